#!/usr/bin/env python3
"""Build sealed20: hand-written sales emails for the Poise tone coach.

Codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combined, e.g. HS).
A note starting with "b:" is written out as "borderline: ..." (decided by a borderline rule of the guide).
Email labels are derived from sentences with the guide's email-level scale (no hand overrides).
Every third email (3, 6, 9, ...) uses curly apostrophes.
"""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"H": "hard_close", "S": "self_serving", "T": "timidity"}
ORDER = ["hard_close", "self_serving", "timidity"]

E = []
def em(industry, register, subject, salutation, signoff, sents):
    E.append(dict(industry=industry, register=register, subject=subject,
                  salutation=salutation, signoff=signoff, sents=sents))

em("hospital vending restock", "formal", "Ward-level vending restock proposal", "Dear Ms Okonkwo,",
   "Yours sincerely,\nGraham Pell\nPell Vending Services", [
 ("N", "Thank you for sending the footfall figures for the east wing, which make the night-shift gap very clear.", "thanks tied to prospect data"),
 ("N", "Our proposal moves the restock run to 5 a.m. so the machines outside A&E are full before the shift change you described.", "value tied to the prospect's problem"),
 ("S", "We are, as you may know, the largest independent vending operator in the Midlands and were named Operator of the Year twice running.", "generic boast: size and award"),
 ("HS", "I have attached the pricing you requested, and I would be grateful for a signed order by the 28th, as that is when my regional director closes the quarter's forecast.", "legit attachment + seller-driven deadline (director, forecast), rule 16"),
 ("H", "Frankly, any trust that still leaves night staff without hot food is behind the times.", "shaming the prospect"),
 ("H", "Would Tuesday at 2 p.m. suit for a walk-round with your estates manager, and I'd hope for a quicker answer than last time round.", "legit meeting ask + jab at the prospect's conduct (guilt on the prospect, not the seller): hard_close only, rule 15"),
])
em("microfilm digitisation for a county council", "chatty", "Those reels in your basement", "Hi Dev,",
   "Cheers,\nMaddie", [
 ("N", "Great to finally meet you at the archives conference last week!", "pleasantry"),
 ("T", "I was sort of wondering whether you might maybe have had a moment to think about the scanning quote, if that's not a nuisance?", "stacked hedges + permission-seeking"),
 ("N", "The 1,900 reels of planning files you mentioned would come back as searchable PDFs, which means your team stops making the trip downstairs for every enquiry.", "value tied to prospect"),
 ("T", "I know the price was higher than you hoped, and I'm really sorry about that, it's honestly the part of my job I like least.", "apology for the price"),
 ("T", "If it helps I could take 15% off the whole batch straight away.", "unprompted discount"),
 ("T", "The reels stay in your building the whole time, since our operator scans them on site, and sorry again for going on about it.", "legit product detail + apology for normal selling"),
 ("T", "P.S. Totally fine if this one slips off your radar, I won't take it personally!", "pre-emptively releasing the prospect"),
])
em("rodent control for a restaurant group", "terse", "Pest control - your Leeds sites", "Hi Tom,",
   "Rob\nNorthline Pest", [
 ("N", "Quote for the four Leeds kitchens attached, as requested.", "logistics"),
 ("H", "Your sites need this contract, end of discussion.", "telling the prospect what they need"),
 ("HS", "Bait stations go in on the 3rd as you asked, and I've put you down for the 12-month plan already, since my area manager wants it on the board before Friday.", "prospect's date kept + assumptive booking with manager-driven deadline, rule 16"),
 ("H", "Two of your competitors on Call Lane signed last month and their inspections came back spotless.", "competitors-already-bought shaming"),
 ("N", "Environmental health revisits on the 20th, so the first treatment has to be done before then.", "b: real external date stated once with its reason, rule 4"),
 ("H", "Card details by return so I can lock in the technician.", "assumptive payment demand"),
])
em("taxi dispatch software", "warm", "Dispatch for the late-night rush", "Hi Sandra,",
   "Warmly,\nPriya", [
 ("N", "It was lovely chatting with you and Kev on Thursday, and thank you for the biscuits.", "pleasantry"),
 ("N", "You said the Saturday 1 a.m. surge is when drivers double-book, and that's exactly what the auto-allocate feature stops.", "value tied to prospect's pain"),
 ("S", "I'll be honest, this would be my first big account since I joined, so it means an awful lot to me personally.", "seller's stake, no demand: self_serving only, rule 15"),
 ("ST", "If it's not too cheeky, would you maybe put in a word with the other cab firms at the licensing forum for me?", "referral favour + hedge with permission-seeking"),
 ("HS", "The trial setup is ready to go whenever you are, though I'd love to get it live before the 30th because that's my team's contest cut-off.", "legit offer + seller-driven date phrased as a wish, rule 16"),
 ("T", "Shall I bring a tablet round on Wednesday so your night controller can try it with live bookings, if that's not too much of an imposition and only if you're really sure?", "legit meeting ask + permission-begging"),
])
em("equine joint supplements for a riding school", "blunt", "Joint supplement for your older horses", "Jo,",
   "Dan", [
 ("N", "You've got nine horses over eighteen and two were lame after the winter, so joint support is worth looking at now.", "insight from prospect's own situation"),
 ("N", "Our glucosamine mix costs £1.10 a day per horse at the dose your vet suggested.", "price fact"),
 ("N", "Before we talk about a bulk price, I'd want to see whether the trial tub makes a difference to the two lame ones.", "redirecting to value before price"),
 ("N", "I'll drop a tub off on Friday and ring you in three weeks to hear what your instructors noticed.", "clear next step with date"),
 ("N", "If it doesn't help, tell me straight and we'll stop there.", "confident, no pressure language"),
])
em("pool chemical dosing for a leisure centre", "very deferential", "Dosing system for the main pool", "Dear Mr Haddad,",
   "With kind regards,\nEleanor Voss", [
 ("T", "I do hope you will forgive me for writing to you again, and I am so sorry if my last message was a bother.", "apologising for following up"),
 ("N", "The automatic dosing unit keeps chlorine within the band your pool plant operator logs every two hours, so the manual top-ups you described would stop.", "value tied to prospect"),
 ("T", "I was wondering if it might perhaps be possible, should you be agreeable, to have a very short call at some point?", "stacked hedges"),
 ("T", "Please do not worry at all about the price, as I am quite sure my manager could be persuaded to lower it for you.", "unprompted discount + deferring to manager"),
 ("N", "The installation needs the pool closed for one morning, which we can schedule on your maintenance day.", "logistics; 'needs' technical"),
 ("T", "I hope very much that this email has been acceptable and not too long.", "approval-seeking + apology for length"),
])
em("neon sign restoration for a diner", "non-native English", "About the sign of your diner", "Hello Mr Ruiz,",
   "Best regards,\nLuca Ferrante\nFerrante Neon", [
 ("N", "Thank you for sending the photos of the big sign over the door, the red letters have the gas leak like you think.", "diagnosis for prospect"),
 ("N", "We can restore the tubes and change the old transformer, the price for this is 2.400 dollars as you ask.", "price the prospect asked for"),
 ("S", "Our workshop is famous in all the state, we have won many prizes and we are in business since 1978.", "generic boast: prizes, years in business"),
 ("H", "I tell you honestly, you must do this now, if not you will never do it and the sign will be dead.", "now-or-never pressure"),
 ("HT", "If you say yes before end of this week, I give you 10% less.", "discount conditioned on the seller's date, no seller reason, rule 7"),
 ("H", "We can come to measure on Monday morning before you open, and I already put you in our calendar as confirmed client.", "legit visit offer + assumptive confirmation"),
])
em("welding gas cylinder rental", "formal", "Argon cylinder rental - revised terms", "Dear Mr Adeyemi,",
   "Yours sincerely,\nMargaret Hollis\nHollis Industrial Gases", [
 ("N", "Further to our meeting on the 4th, I enclose the revised rental schedule for argon and argon-CO2 mixes.", "single follow-up with attachment"),
 ("N", "Moving your twelve cylinders to a monthly swap means the fabrication bay no longer runs dry mid-weld, which you said cost you two half-days last month.", "value from prospect's data"),
 ("H", "I note that I have now written to you on four separate occasions without the courtesy of a reply.", "counting attempts at the prospect + entitlement, rule 13"),
 ("HS", "Given the considerable time I have personally invested in preparing these figures for you, I trust a decision will be forthcoming this week.", "seller's effort as guilt with a demand, rule 15"),
 ("H", "Should I not hear from you by Friday, I shall forward the proposal directly to your managing director.", "bypass threat"),
 ("H", "The delivery driver can collect the empty cylinders on the same visit, and I have taken the liberty of raising the first invoice accordingly.", "legit logistics + invoice before a yes"),
])
em("fireworks display for a town council", "chatty", "Bonfire night display - a few ideas", "Hi Councillor Briggs,",
   "Cheers!\nJaz\nSkylark Pyrotechnics", [
 ("N", "Loved your idea of a quieter display near the care home, and we've got a low-noise package that keeps the big shells to the far end of the park.", "value tied to prospect's idea"),
 ("S", "We've done the displays for three Premier League clubs and a royal wedding, so you're in seriously good hands!", "generic boast with exclamation"),
 ("N", "The safety plan has to be with the licensing team 28 days before the event, so we'd need your go-ahead by 8 October to file it.", "b: real external lead time stated once with reason, rule 4"),
 ("HST", "Honestly, I'd be over the moon if you could confirm by Friday since I'm chasing my bonus this month, and I'd even knock £300 off to make it happen.", "seller-driven deadline (bonus) + discount tied to that date, rules 7 and 16"),
 ("S", "Oh, and we'd love to use the council's logo on our website if the night goes well.", "logo favour before value delivered"),
 ("N", "Want me to pop over to the park with our site plan on Tuesday afternoon?", "plain meeting ask"),
])
em("typeface licensing for a publisher", "terse", "Licence quote - serif family", "Hi Annika,",
   "Max\nHolm Type", [
 ("N", "Quote attached for the serif family across print and e-book, 40 titles a year.", "logistics"),
 ("N", "The e-book clause covers embedding, which your current licence doesn't.", "insight for the prospect"),
 ("N", "Price holds until 31 March, when our annual rate card changes.", "b: factual price expiry with reason, no urgency language, rule 4"),
 ("N", "Can you confirm whether audiobook covers fall under print or digital in your contracts?", "discovery question"),
 ("N", "Call Thursday at 11?", "plain next step"),
])
em("diving inspection of a harbour wall", "warm", "Your harbour wall survey", "Hi Fiona,",
   "Warm wishes,\nCallum", [
 ("N", "Thanks so much for showing me the slipway on Monday, and sorry to hear the storm took out the fender posts.", "sympathy, not an apology"),
 ("H", "Our divers would map the undercutting along the north wall so your engineers can price repairs before the winter tides, and honestly the harbour board would be mad not to jump at it.", "legit value + shaming clause"),
 ("T", "I'm so sorry the quote ran to four pages, I know how busy you are and I really hate taking up your time.", "apology for length"),
 ("ST", "It would mean the world to me if we could do this one together, I've been hoping to get a harbour job like yours for years.", "pleading for the seller's own sake, rule 15"),
 ("T", "If the budget is tight, just tell me what figure works and I'll make it fit.", "asking the buyer to name their number"),
 ("N", "The Marine Management Organisation licence takes about six weeks, so we should apply in early September to dive in October.", "b: real external permit lead time, rule 4"),
])
em("grain silo cleaning for a farmers' co-op", "blunt", "Silo 3", "Pete,",
   "Steve\nClearflow Silo Services", [
 ("N", "Silo 3 is crusted about a metre up the wall, which is why your last load tested high for mould.", "insight from inspection"),
 ("N", "We clean it with a remote whip, so nobody from your co-op goes inside.", "value for prospect"),
 ("H", "Frankly, your co-op needs us and there's nothing to weigh up.", "telling the prospect what they need, directive"),
 ("H", "I've been ringing your mobile, your office line and your son, so pick one and answer it.", "multi-channel chasing + demand"),
 ("H", "Price is £1,850 for the silo, as you asked, and that's a figure you won't see again after this week.", "requested price + fake expiry"),
 ("H", "I've booked the crew for the 14th and will invoice on the day.", "assumptive booking and invoice"),
])
em("hearing-aid batteries for audiology clinics", "very deferential", "Size 312 batteries for the audiology clinics", "Dear Dr Menon,",
   "Yours most respectfully,\nHarold Finch\nCellwise Medical Supplies", [
 ("N", "Thank you for the tender documents; our size 312 cells meet the mercury-free specification in section 4.", "requirement the buyer's process asks for"),
 ("T", "I am so terribly sorry to land in your inbox once more, and I fully understand if you would rather not hear from us.", "self-abasing apology + pre-emptive release"),
 ("T", "I was hoping that perhaps, if you felt it might possibly be useful, I could send a few samples?", "stacked hedges"),
 ("N", "Our packs of sixty would cut the number of orders your clinic staff place each month from four to one.", "value tied to prospect"),
 ("T", "With respect to the price, I would need to ask my director whether any reduction is possible, which I hope is all right.", "deferring on discount + approval-seeking"),
 ("T", "Thank you so much for even reading this far.", "thanking for mere consideration"),
])
em("ergonomic chairs for a call centre", "non-native English", "Chairs for your call centre", "Dear Ms Lindqvist,",
   "Best regards,\nTomasz Nowak", [
 ("N", "Thank you for the meeting on Tuesday, it was very useful to see your agents on the floor.", "pleasantry"),
 ("N", "You said many agents have back pain after long shift, our chair have lumbar support which they can adjust alone without tool.", "value tied to prospect"),
 ("S", "Our chair have 14 adjustments, memory foam, mesh back, headrest, armrest 4D, anti-static wheels, three colours and ten year warranty.", "feature dump"),
 ("HS", "My boss is asking me every day for this order, so please can you sign before 30 June because this is the end of our half year.", "manager + period end as reason for a signing date, rule 16"),
 ("H", "Other call centre in your city already change all the chairs, you will look old if you wait.", "competitors shaming / FOMO"),
 ("S", "I can bring two sample chairs for your team to try during one week, and my manager will be very happy with me if this go well.", "legit offer + seller's standing, no demand"),
])
em("pallet stretch film for a warehouse", "formal", "Pre-stretched film trial - results", "Dear Mr Clarke,",
   "Kind regards,\nHelen Marsh\nWrapline Packaging", [
 ("N", "Please find attached the results of last week's trial on your outbound dock.", "logistics"),
 ("N", "The pre-stretched film used 38% less material per pallet than your current roll, with no load failures across 412 pallets.", "evidence from prospect's trial"),
 ("N", "At your volumes, that equates to roughly £9,400 a year, before any saving on waste collection.", "quantified value from prospect's data"),
 ("N", "I would suggest a second trial on the chilled line, since condensation behaves differently there.", "expert recommendation"),
 ("N", "Would Thursday 10th at 9 a.m. suit to review the figures with your shift managers?", "clear next step"),
 ("N", "I apologise that the report arrived a day late; the load-test rig needed recalibrating.", "b: single courtesy apology for a real delay with reason, rule 3"),
])
em("mobile library van conversion", "chatty", "Your new mobile library!", "Hey Gwen,",
   "Cheers,\nOwen", [
 ("N", "So good to hear the lottery grant came through, that's brilliant news for the villages!", "pleasantry"),
 ("N", "The layout we sketched keeps the children's section low and puts the wheelchair lift at the back door, like your outreach team asked.", "product detail tied to prospect"),
 ("S", "We're thrilled to share that our new van range just launched, and honestly I could talk about it all day.", "we-centric announcement"),
 ("H", "The grant paperwork's done, so I've gone ahead and sent the deposit invoice to your finance team.", "legit fact + invoice before a yes"),
 ("HT", "We've got one chassis slot left this year and another county is sniffing around it, but I'll shave 5% off if you grab it this week.", "scarcity + discount tied to seller's date"),
 ("S", "Does a video call next Tuesday work to go through the floor plan with your drivers, and maybe a quick photo with the van for our socials once it's done?", "legit meeting ask + favour for the seller"),
])
em("theatre wig making", "terse", "Wigs - Act 2", "Hi Carla,",
   "Mo\nCrown & Curl Wigs", [
 ("N", "Six lace-front wigs for Act 2, human hair, ready by your tech week on the 9th.", "prospect's own date"),
 ("N", "Fittings need two hours per actor; send me the cast schedule.", "logistics"),
 ("S", "We did wigs for a West End hit and two Oscar shortlists.", "generic boast"),
 ("HS", "Deposit by Monday please, my books close then.", "payment date with seller's own reason, rule 16"),
 ("T", "Sorry for pushing.", "apology for normal selling"),
 ("H", "Last chance on this rate.", "last-chance urgency"),
])
em("chimney sweeping for a letting agency", "warm", "Chimney sweeps for your rental homes", "Hi Aisha,",
   "Take care,\nBen\nBen Ashworth & Sons", [
 ("N", "Thanks for the list of 38 properties with open fires, it really helps to plan routes.", "logistics"),
 ("N", "Your insurer asks for a sweep certificate every year, and we email each one straight to your portal the same day.", "requirement of the buyer's process"),
 ("T", "We could do all of them in November, before tenants light fires for the winter, and I'm sorry this email is so long.", "legit proposal + apology for length"),
 ("HS", "I've put in so many evenings mapping these routes for you that it honestly stings not to hear back.", "seller's effort and hurt as guilt, rule 15"),
 ("T", "Whenever suits you is perfect, there's really no hurry at all on our side.", "minimising, giving up control"),
 ("S", "P.S. We're a family firm going back four generations of sweeps, my great-grandad started it with one brush!", "borderline: heritage line, rule 8"),
])
em("water-jet cutting subcontract", "blunt", "Your bracket job", "Kris,",
   "Gaz", [
 ("N", "We can cut the 400 stainless brackets on the water-jet with no heat-affected zone, which fixes the warping your welder complained about.", "value tied to prospect"),
 ("H", "£4.20 each, 10 working days from drawing approval, and I won't be holding that number for long so don't sit on it.", "price and lead time + manufactured urgency"),
 ("H", "Your current supplier is costing you a fortune and anyone running a proper shop would have switched already.", "shaming"),
 ("H", "Send the PO today and I'll slot you in; otherwise you're at the back of a long queue.", "ultimatum"),
 ("S", "We've got the biggest water-jet bed in the county and more machines than anyone else.", "generic boast"),
 ("N", "Send me the DXF when it's ready.", "logistics"),
])
em("hydroponic salad for school kitchens", "very deferential", "Fresh salad for the school kitchens", "Dear Mrs Osei,",
   "With kind regards,\nSamuel Adjei\nGreenstack Farms", [
 ("N", "Thank you very much for taking the time to visit our growing unit last Wednesday.", "pleasantry"),
 ("N", "As you mentioned, the current lettuce arrives with two days of shelf life left, whereas ours is cut the morning of delivery.", "value tied to prospect"),
 ("N", "We could supply all nine primary kitchens on Mondays and Thursdays, which matches your meal plan.", "logistics tied to prospect"),
 ("N", "The county's food standards checklist asks for a traceability sheet with each delivery, and we include one.", "requirement of buyer's process"),
 ("N", "Would it be helpful if I came to your catering meeting on the 19th to answer the cooks' questions?", "polite offer with a date"),
])
em("mattress recycling for university halls", "non-native English", "Old mattress collection from halls", "Dear Mr Patel,",
   "Kind regards,\nAndrei Popescu", [
 ("N", "Thank you for the information, I understand you will change 1.200 mattresses in the halls this summer.", "restating prospect's need"),
 ("N", "We can collect all in July after the students leave, and you get a certificate that they are recycled and not in landfill.", "value tied to prospect"),
 ("T", "Sorry, sorry again for write one more time, I know I am disturbing you.", "repeated apology for following up"),
 ("T", "Maybe if possible perhaps we can make a small call, only if you want.", "stacked hedges"),
 ("ST", "Please, help me, this contract is very important for my target of this year.", "pleading for seller's target, no date, rules 15 and 16"),
 ("T", "The price is 9 pounds for each mattress, transport included, but if it is too much you tell me your price and I accept.", "legit price + name-your-number cave"),
])
em("memorial stencil and abrasive supply", "formal", "Stencil and abrasive supply", "Dear Mr Whitfield,",
   "Yours faithfully,\nRichard Tull\nTull Abrasives Ltd", [
 ("N", "Thank you for your enquiry regarding sandblast stencil and aluminium oxide grit.", "pleasantry"),
 ("N", "Our 0.5 mm stencil holds fine serif lettering on granite, which addresses the edge lifting you mentioned on the last memorial.", "value tied to prospect"),
 ("HS", "I have enclosed the price list you requested, and I would ask that you confirm the order before the 30th, as my sales manager has asked me to close it this month.", "legit attachment + manager-driven deadline, rule 16"),
 ("S", "We have been supplying the trade since 1952 and hold the Royal Warrant.", "generic credentials boast"),
 ("H", "Samples of both stencil gauges are on their way by post, and I have already reserved your first delivery slot and will invoice on dispatch.", "legit samples + assumptive order and invoice"),
 ("H", "I must say I find it surprising that a firm of your standing has not yet moved to a modern supplier.", "shaming"),
])
em("falconry display for a country show", "chatty", "Birds of prey for your show day", "Hi Lucy!",
   "Lots of love,\nHattie & the birds", [
 ("N", "So the owls and the Harris hawk are free for your show on 17 August, hooray!", "prospect's date, logistics"),
 ("N", "The flying display is 40 minutes and we'd need a roped area about 30 metres long, away from the dog agility ring.", "technical need"),
 ("S", "We were on Countryfile last spring and honestly the phones haven't stopped since!", "generic boast"),
 ("H", "Loads of the other shows in the county have already booked us, so you'd be the odd one out without birds this year.", "peers-already-bought shaming"),
 ("S", "Would you mind writing us a little testimonial for our website before the show?", "favour for seller before value delivered"),
 ("H", "Give me a shout if you want a call this week to sort the timings, though I'll need a decision from you in the next day or two as the diary's filling up fast.", "legit call offer + manufactured scarcity"),
])
em("clinical trial patient recruitment ads", "terse", "Recruitment campaign - Phase II", "Hi Dr Alvarez,",
   "Jen\nReach Trials", [
 ("H", "Draft ad set attached, written to your ethics committee's approved wording, and the kickoff call is booked for Monday so we just need your signature.", "legit attachment + assumptive onboarding"),
 ("N", "Your site needs 60 patients by March; the last similar campaign hit 48 in ten weeks.", "'needs' is the prospect's target; evidence"),
 ("H", "Sign the SOW today or your enrolment slips a quarter, simple as that.", "ultimatum"),
 ("H", "My tracker shows you've opened the proposal five times, so a reply seems overdue.", "read-receipt guilt"),
 ("S", "We're the top-ranked recruitment agency on three industry lists.", "ranking boast"),
 ("N", "Ethics review takes about three weeks, so the ads would go live in early February.", "b: real external lead time, rule 4"),
])
em("flags and bunting for a town council", "warm", "Bunting for the high street", "Hi Marcus,",
   "All the best,\nNell\nHighline Flags", [
 ("N", "Thank you for walking me down the high street on Friday, it's easy to see why the traders want more colour for the summer.", "pleasantry"),
 ("N", "Your 1.4 km run works out at about 180 lengths of bunting in the council's green and gold.", "specifics for prospect"),
 ("N", "We'd use flame-retardant polyester, which your highways team said they need for anything above the footpath.", "requirement of buyer"),
 ("N", "Just a heads-up that the fabric mill is closed for the first two weeks of August, so an order by 10 July gets it hung before the festival.", "b: one polite just + real external constraint with reason, rules 1 and 4"),
 ("N", "Shall I send a sample length to your office so the traders' group can see the colours?", "plain offer"),
])
em("fencing kit for a university club", "blunt", "Fencing kit for the club", "Sam,",
   "Lee\nPiste Supply", [
 ("N", "Twenty FIE-rated jackets and eight electric foils, as on your list, come to £3,960.", "price asked for"),
 ("N", "The FIE rating matters because your team moves up to BUCS Premier next season and needs 800N kit.", "technical prerequisite"),
 ("H", "Your club needs new kit and you know it, so stop dithering.", "you-need directive"),
 ("HS", "I've gone out on a limb with my boss to hold this price for you, so I'd expect a yes by Friday.", "seller's standing as guilt + demand, rule 15"),
 ("H", "If the committee can't decide, just sign it yourself and tell them later.", "overriding prospect's process"),
 ("H", "Delivery is two weeks from order, and I'm putting the order through tonight unless you stop me.", "legit lead time + silence-means-yes"),
])
em("checkweigher calibration for a food factory", "very deferential", "Calibration for the packing-line scales", "Dear Ms Kowalczyk,",
   "Yours respectfully,\nPeter Ng\nAccuWeigh Services", [
 ("N", "Thank you for letting us know your trading standards visit is in May.", "prospect's own date"),
 ("N", "Calibrating all 22 checkweighers in April would give you fresh certificates for that visit.", "value tied to prospect's date"),
 ("T", "I do apologise for the price, I realise it is rather a lot and I feel quite awful about it.", "apology for price"),
 ("T", "Please forgive me if I am overstepping, but might it perhaps be possible to hear back at some point?", "stacked hedges + permission"),
 ("T", "If you would prefer not to go ahead, I quite understand and I will simply try again next year.", "accepting a brush-off pre-emptively"),
 ("T", "Our engineer can work overnight so the lines are not stopped during production, if that would be acceptable and if I am not asking too much.", "legit offer + approval-seeking"),
])
em("knife sharpening exchange for an abattoir", "non-native English", "Knife service for your plant", "Hello Mr Dunne,",
   "Regards,\nJoão Silva", [
 ("N", "Thank you for the visit of your plant on Thursday, I see the boning line is very fast.", "pleasantry"),
 ("N", "With our exchange service, every morning the sharp knives arrive and we take the dull ones, so your workers never stop for sharpen.", "value tied to prospect"),
 ("S", "We are the number one knife service in Europe with more than 300 clients and many awards.", "generic boast"),
 ("HT", "If you sign this week I make 20% discount, after this the price go up.", "discount tied to seller's date, rule 7"),
 ("H", "I already prepare the contract with start on 1st of next month, you only must put the signature.", "assumptive close"),
 ("T", "Which day is good for one trial week on the boning line, and sorry, I know I write too much to you.", "legit ask + apology for normal selling"),
])
em("branded golf umbrellas for a resort", "formal", "Branded umbrellas for the clubhouse shop", "Dear Mr Lawson,",
   "Yours sincerely,\nCharles Dunmore\nDunmore Leisure Goods", [
 ("N", "Thank you for your enquiry regarding branded umbrellas for the clubhouse shop and the buggy fleet.", "pleasantry"),
 ("N", "Our 62-inch double canopy withstands the coastal gusts you described, and the crest is embroidered so it does not peel.", "product detail tied to prospect"),
 ("ST", "I would be most grateful for your business, as I am personally rather behind on my targets this season.", "pleading for seller's target, no date, rule 16"),
 ("T", "I am sorry to have written at such length, and I do hope it has not been an imposition.", "apology for length + approval"),
 ("N", "Minimum order is 150 units, with a lead time of five weeks.", "logistics"),
 ("T", "Should the price present any difficulty, we would of course be content to meet you halfway.", "unprompted discount"),
])
em("pathology sample courier for GP surgeries", "chatty", "Sample runs from the GP surgeries", "Hi Rachel,",
   "Cheers,\nLiam", [
 ("N", "Thanks for the chat yesterday, I've had a proper think about the afternoon gap you mentioned.", "pleasantry"),
 ("N", "If we add a 3 p.m. pickup from the six surgeries, samples reach your lab before the evening batch instead of waiting till morning.", "value tied to prospect"),
 ("N", "All our drivers are trained for UN3373 packaging, which your lab manager said was non-negotiable.", "credential required by buyer"),
 ("N", "We did this exact switch for a trust up north, and the big lesson was to tell reception staff the new cut-off a week early.", "social proof turned into advice, rule 8"),
 ("N", "What's the best way to get the surgeries' practice managers in the loop?", "discovery question"),
 ("N", "Sorry for the slow reply, I was out on a route covering a sick driver.", "b: single courtesy apology with reason, rule 3"),
])
em("farrier contract for a mounted police unit", "terse", "Farrier contract - mounted unit", "Sergeant Holt,",
   "Dale Morgan\nForge & Hoof", [
 ("N", "Tender response attached, covering 24 horses on a six-week shoeing cycle.", "logistics"),
 ("N", "Road nails with tungsten studs are included, as your spec asks.", "product detail per spec"),
 ("H", "You've ignored three calls and two emails; answer this one.", "counting attempts + multi-channel + demand"),
 ("H", "Otherwise I'll raise it with your chief superintendent directly.", "bypass threat"),
 ("S", "We shoe for two royal households.", "generic boast"),
 ("H", "Available to visit the stables Tuesday or Wednesday, and I expect one of those confirmed today.", "legit availability + demand"),
])
em("dust extraction for a woodworking school", "warm", "Dust extraction for the workshop", "Hi Imogen,",
   "Warmly,\nEsther\nClearAir Workshops", [
 ("N", "Thank you for the tour, your students are lucky to have such a lovely old workshop.", "pleasantry"),
 ("N", "The air readings we took show fine dust above the workplace limit near the sanders, so I'd fit extraction at those three stations first.", "expert recommendation from evidence"),
 ("N", "That keeps you inside the HSE limit and means the students can work without masks on the finishing days.", "value tied to prospect"),
 ("S", "We've just been shortlisted for a national innovation award, which the whole team is buzzing about!", "award boast"),
 ("ST", "I'd be ever so grateful if you could say yes, it would really make my month after a rough spell.", "pleading for seller's sake, no date, rule 15"),
 ("T", "Oh and I'm sorry for rattling on, I always write too much!", "apology for length"),
])
em("electric ice resurfacer for a rink", "blunt", "Electric resurfacer", "Martin,",
   "Vic", [
 ("N", "Your propane resurfacer is why the CO readings spike in the stands after each flood.", "insight"),
 ("N", "The electric model removes that problem and costs less to run at your six floods a day.", "value tied to prospect"),
 ("H", "Every week you leave it is another week of families breathing fumes, so stop putting it off.", "cost of delay used to push, no number"),
 ("H", "I've already told the factory to build yours, so I'll need the deposit by Monday.", "assumptive order + payment demand"),
 ("H", "Price is $148,000 installed, as you asked, and that price evaporates the moment you hang up.", "requested price + fake expiry"),
 ("H", "Don't make me come down to the rink to get an answer.", "threat to turn up uninvited"),
])
em("will-writing benefit for a credit union", "very deferential", "Will-writing offer for your members", "Dear Mrs Abara,",
   "With humble thanks,\nGrace Mensah\nMensah Wills", [
 ("N", "Thank you for your note about adding a will-writing benefit for your members.", "pleasantry"),
 ("T", "I hope it is all right that I am writing directly, and I do apologise if this is an intrusion.", "approval-seeking + apology for normal selling"),
 ("N", "Members could book a 30-minute appointment at the branch, and the fixed fee of £95 would be half the high-street rate.", "value tied to prospect"),
 ("ST", "If it is not too much of an imposition, would you perhaps consider mentioning us in your newsletter, as it would help me enormously?", "favour for seller + hedges"),
 ("T", "I really would hate for you to be disappointed in us in any way.", "needing approval"),
 ("T", "I can send the draft member leaflet for your compliance team to check, and then perhaps you might possibly find a moment to look at it, if convenient.", "legit offer + stacked hedges"),
])
em("cloud backup for an architecture practice", "non-native English", "Backup for your drawings", "Hello Ms Varga,",
   "Best regards,\nNikola Horvat", [
 ("N", "Thank you for explain the problem with the server in your office last month.", "pleasantry"),
 ("N", "With our backup, every drawing file is copied each hour, so if the server break again you lose maximum one hour of work.", "value tied to prospect"),
 ("N", "Your insurance company ask for backup outside the office, and our data centre is in Frankfurt, so this is covered.", "requirement of buyer"),
 ("N", "Price is 6 euro for each user per month, for your 14 people this is 84 euro.", "price"),
 ("N", "Can we make a test with one project on Wednesday next week?", "plain next step"),
])
em("greeting cards for a garden centre", "formal", "Greeting card range for the gift hall", "Dear Mrs Pemberton,",
   "Yours sincerely,\nFelicity Ward\nWard & Leaf Cards", [
 ("N", "Thank you for your time at the trade fair; I enclose our catalogue as promised.", "logistics"),
 ("N", "The botanical range would sit well beside your seed and bulb displays, where your buyers said impulse gifts sell best.", "value tied to prospect"),
 ("S", "We are delighted to announce that our studio has been named Card Publisher of the Year for a third consecutive time.", "award announcement"),
 ("HS", "I should be obliged if you could place your opening order by the 15th, that being the close of my sales period.", "seller-driven deadline, rule 16"),
 ("T", "If the opening order feels large, I could simply waive the minimum and add a free display stand.", "unprompted concession"),
 ("H", "Our representative can set up the stand on your next delivery day, and I have already entered your opening order on that basis.", "legit logistics + assumptive order"),
])
em("accessible bathroom conversions for a housing association", "chatty", "Level-access showers - quick update", "Hi Jamal,",
   "Cheers,\nKatie", [
 ("N", "Quick update: the occupational therapist signed off the designs for all twelve flats this morning.", "news for prospect"),
 ("N", "Swapping baths for level-access showers should cut the falls your tenancy team logged last winter.", "value from prospect's data"),
 ("H", "Your tenants need this sorted and frankly there's nothing left to discuss.", "you-need directive"),
 ("S", "We've won the regional housing awards three years on the trot, so yeah, we know our stuff!", "award boast"),
 ("HS", "Honestly I've bent over backwards on this quote for you, so a bit of a reply wouldn't go amiss.", "seller's effort as guilt, rule 15"),
 ("H", "Could you send me the access arrangements for the ground-floor flats, since I've pencilled in our crew for the 3rd and the deposit invoice is on its way?", "legit ask + assumptive booking and invoice"),
])
em("aircraft de-icing fluid for a regional airport", "terse", "Type IV fluid - winter supply", "Hi Ingrid,",
   "Ola", [
 ("N", "Type IV quote attached, 40,000 litres delivered in October.", "logistics"),
 ("N", "Holdover time is 80 minutes at your typical -3°C, enough for the morning bank.", "value tied to prospect"),
 ("HT", "Commit by Friday and I'll drop the price 8%, after that it's gone.", "discount tied to seller's date, rule 7"),
 ("H", "Three other regionals are already locked in; don't be the one left short in January.", "peers shaming + FOMO"),
 ("N", "Your tank farm needs the bund certificate renewed before first delivery.", "technical prerequisite, rule 6"),
 ("T", "Sorry the price is up on last year, I know it stings.", "apology for the price"),
 ("N", "Call me Tuesday?", "plain next step"),
])
em("seasoning blends for a meat processor", "warm", "Seasoning blends for the new burger line", "Hi Fergus,",
   "Warmly,\nRosie", [
 ("N", "Lovely to catch up at the plant, and congratulations on landing the supermarket listing!", "pleasantry"),
 ("N", "The smoked paprika blend you liked is allergen-free, which keeps your new line off the mustard declaration.", "value tied to prospect"),
 ("N", "We can hold the same batch for all your runs through spring, so the flavour doesn't drift between deliveries.", "value tied to prospect"),
 ("HS", "I'll admit I've got a lot riding on this one, so if you could confirm before my quarter ends on the 31st that'd be a massive help.", "seller's quarter as reason for a date, rule 16"),
 ("S", "P.S. Once the line's up and running, would you mind if we featured you in a case study?", "case-study favour before value delivered"),
 ("T", "P.P.S. Sorry, I know that's a lot of asks in one email!", "apology for normal selling"),
])
em("puppet workshops for primary schools", "blunt", "Puppet workshops - spring term", "Hi Mr Castell,",
   "Ruth\nHand & Heart Puppets", [
 ("N", "Your Year 3 literacy plan mentions retelling stories aloud, and that's what our puppet workshops drill.", "value tied to prospect"),
 ("N", "A half-day session covers 30 pupils, £240, materials included.", "price"),
 ("N", "The county's arts fund closes applications on 1 February, so if you want it to cover the cost, we should submit by then.", "b: real external deadline with reason, rule 4"),
 ("N", "I'd skip the one-off taster and book three sessions, because the shy kids only start talking in the second one.", "confident recommendation with reason"),
 ("N", "Does Wednesday at 4 work for a call?", "plain next step"),
])

def labels_of(code):
    if code == "N":
        return ["NONE"]
    return [CODES[c] for c in "HST" if c in code]

def curly(s):
    return s.replace("'", "\u2019")

emails, sents = [], []
sid = 0
for i, e in enumerate(E, 1):
    eid = "s20e%03d" % i
    conv = curly if i % 3 == 0 else (lambda s: s)
    items = [(c, conv(t), n) for c, t, n in e["sents"]]
    assert 5 <= len(items) <= 7, eid
    body = [t for c, t, n in items if not t.startswith("P.")]
    ps = [t for c, t, n in items if t.startswith("P.")]
    if len(body) >= 5:
        paras = [body[:2], body[2:-1], body[-1:]]
    else:
        paras = [body[:2], body[2:]]
    paras = [" ".join(p) for p in paras if p] + ps
    text = conv(e["salutation"]) + "\n\n" + "\n\n".join(paras) + "\n\n" + conv(e["signoff"])
    counts = collections.defaultdict(lambda: [0, 0])  # label -> [all, non-borderline]
    for c, t, n in items:
        assert t in text, (eid, t)
        sid += 1
        note = ("borderline: " + n[2:].strip()) if n.startswith("b:") else n
        labs = labels_of(c)
        sents.append({"id": "s20-%04d" % sid, "email": eid, "text": t, "labels": labs, "note": note})
        for l in labs:
            if l != "NONE":
                counts[l][0] += 1
                if not note.startswith("borderline:"):
                    counts[l][1] += 1
    el = {}
    for l in ORDER:
        a, nb = counts[l]
        el[l] = 0 if a == 0 else (2 if a >= 2 and nb >= 1 else 1)
    emails.append({"email": eid, "subject": conv(e["subject"]), "text": text, "labels": el,
                   "_industry": e["industry"], "_register": e["register"]})

inds = [e["_industry"] for e in emails]
assert len(set(inds)) == len(inds)
with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
    for e in emails:
        f.write(json.dumps({k: v for k, v in e.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
    for s in sents:
        f.write(json.dumps(s, ensure_ascii=False) + "\n")

# re-read and check
E2 = [json.loads(l) for l in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8")]
S2 = [json.loads(l) for l in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8")]
bytext = {e["email"]: e["text"] for e in E2}
for s in S2:
    assert s["text"] in bytext[s["email"]]
    assert s["labels"] == ["NONE"] or s["labels"] == [l for l in ORDER if l in s["labels"]]

n = len(S2)
none = sum(s["labels"] == ["NONE"] for s in S2)
lab = collections.Counter(l for s in S2 for l in s["labels"] if l != "NONE")
multi = sum(len(s["labels"]) > 1 for s in S2)
bord = sum(s["note"].startswith("borderline:") for s in S2)
faulty_per = collections.Counter(s["email"] for s in S2 if s["labels"] != ["NONE"])
clean = sum(1 for e in E2 if faulty_per[e["email"]] == 0)
two_plus = sum(1 for e in E2 if faulty_per[e["email"]] >= 2)
scale = {l: collections.Counter(e["labels"][l] for e in E2) for l in ORDER}
stats = dict(emails=len(E2), sentences=n, none=none, none_pct=round(100.0 * none / n, 1),
             hard_close=lab["hard_close"], self_serving=lab["self_serving"], timidity=lab["timidity"],
             multi_label=multi, borderline=bord, clean_emails=clean, emails_2plus_faulty=two_plus,
             email_scale={l: dict(sorted(scale[l].items())) for l in ORDER})
print(json.dumps(stats, indent=1))
def fmt_scale(d):
    return ", ".join("%s: %d" % (k, v) for k, v in d.items())
rows = "\n".join("| %s | %s | %s |" % (e["email"], e["_industry"], e["_register"]) for e in emails)
README = """# sealed20: held-out sales emails for the Poise tone coach

Written by hand from the labelling guide (`LABELS.md`) and the product description alone, without looking at any
code, rules or other data set. Every sentence, subject, salutation and sign-off is typed into `build.py`, email by
email, with its label code and a short note. `python3 build.py` writes `test-emails.jsonl` and `test.jsonl` and
this README, derives each email's labels from its sentences with the guide's email-level scale (0 none; 1 one
sentence or all borderline; 2 at least two sentences and one not borderline; no hand overrides), and checks that
every sentence is a verbatim substring of its email text, that every line parses and that label lists keep the
order hard_close, self_serving, timidity.

Notes starting with `borderline:` mark sentences decided by one of the guide's borderline rules (section 5).
Every third email (s20e003, s20e006, ...) uses curly apostrophes; the rest use straight ones. P.S. lines are
sentence entries; salutations and sign-offs are not.

## Counts (computed by build.py)

| | Count |
|---|---|
| Emails | %(emails)d |
| Sentences | %(sentences)d |
| NONE | %(none)d (%(none_pct)s%%) |
| hard_close | %(hard_close)d |
| self_serving | %(self_serving)d |
| timidity | %(timidity)d |
| Multi-label sentences | %(multi_label)d |
| Borderline sentences | %(borderline)d |
| Clean emails (no faulty sentence) | %(clean_emails)d |
| Emails with 2+ faulty sentences | %(emails_2plus_faulty)d |

Email-level scale: hard_close {%(hc)s}; self_serving {%(ss)s}; timidity {%(ti)s}.

## Design

- About half of the faulty sentences keep a legitimate point (the price the prospect asked for, their own date,
  an attachment, a meeting ask, a product detail) and put the fault in one clause beside it.
- Fault wordings avoid the textbook phrases: guilt built on the seller's effort or standing, bypass threats,
  assumptive invoices and bookings, silence-means-yes, peers who already bought, quota/manager/contest/bonus
  reasons, boasts and feature lists, unprompted discounts, stacked hedges, apologies for price or length,
  pre-emptive releases.
- Hard negatives among the NONE sentences: real external dates stated once with a reason (permit and licence lead
  times, a fund closing, a mill shutdown), the prospect's own dates, technical "needs", confident recommendations,
  social proof turned into advice, single courtesy apologies with a reason, sympathy, plain asks.
- Registers: formal, chatty, terse, warm, blunt, very deferential, non-native English (rotated). British and
  American spellings both; goods and services; public-sector and private buyers; one-person firms to large ones.

## Emails, industries and registers

| Email | Industry | Register |
|---|---|---|
%(rows)s
""" % dict(stats, hc=fmt_scale(stats["email_scale"]["hard_close"]), ss=fmt_scale(stats["email_scale"]["self_serving"]),
           ti=fmt_scale(stats["email_scale"]["timidity"]), rows=rows)
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
    f.write(README)
if __name__ == "__main__" and os.environ.get("S20_LIST"):
    for e in emails:
        print(e["email"], "|", e["_industry"], "|", e["_register"])
