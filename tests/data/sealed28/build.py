#!/usr/bin/env python3
"""Build sealed28: hand-written sales emails, labelled sentence by sentence from the labelling guide.

Codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combined, e.g. "HS").
A note starting with "borderline:" marks a sentence decided by one of the guide's borderline rules.
Every third email (3, 6, 9, ...) is rendered with curly apostrophes.
"""
import json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}

EMAILS = [
# 1 acupuncture needles, formal, UK, private chain
("Acupuncture needles for the Kinetic Physio clinics", "Dear Ms Okafor,", "Yours sincerely,\nHelen Marsh\nSales Manager, Fennick Medical", [
 [("Thank you for sending over the usage figures from your eleven clinics.", "N", "courtesy"),
  ("At roughly 40,000 needles a quarter, the guide-tube format would cut your unit cost by about 18% against your current supplier.", "N", "value tied to the prospect's own figures")],
 [("We are the only needle maker in Europe to hold three consecutive design awards, and our coatings team has published more papers than any rival.", "S", "generic boast, awards"),
  ("I have attached the sterility certificates your governance lead asked for, and I have already put your first pallet on the 14 March despatch, so the invoice will go out tomorrow.", "H", "legit attachment beside an assumptive invoice before any yes"),
  ("Several of the big physio groups moved to us over the winter, and I'd hate for Kinetic to be the one still stuck on last decade's needles.", "H", "peers already switched, shaming")],
 [("Would Thursday at 11 suit for a short call with your governance lead, so I can take you through our whole range and the story of how the company began?", "S", "legit meeting ask beside a whole-suite, hear-our-story pitch (rule 9)")]]),

# 2 anodising, chatty, US
("Anodizing for the new crank arms", "Hi Marco,", "Cheers,\nDana", [
 [("Great to hear the prototype crank arms passed fatigue testing last week!", "N", "pleasantry"),
  ("For a Type II finish in the matte black you sampled, we can turn batches of 500 in eight working days.", "N", "concrete product detail")],
 [("Heads up, my sales manager is all over me about September numbers, so if you could get the PO over by the 29th that would save my skin.", "HS", "seller's manager and month as the reason for a date"),
  ("Between us, I'm a whisker short of target, and your order would make my year.", "S", "seller's own target, no date or demand"),
  ("The quote for the first 2,000 arms is attached, and I can also throw in a free color-matching run and drop the setup fee entirely, whatever helps get this over the line.", "T", "legit attachment beside an unprompted, unconditional concession"),
  ("The dye lot you liked is in stock now, and I'd grab it before somebody else does, because once it's gone it's gone.", "H", "real stock fact beside manufactured scarcity")],
 [("P.S. Let me know which rack configuration you want quoted, and if you could put in a word for us with the other frame builders at the trade show, I'd owe you one.", "S", "legit ask beside a referral favour for the seller")]]),

# 3 auctioneers, council vehicles, very deferential (curly)
("Disposal of the surplus highways vehicles", "Dear Mr Pritchard,", "With kind regards,\nGeoffrey Allam\nAllam & Rhodes Auctioneers", [
 [("I do hope you will forgive me for writing again, and I am so sorry if my last message came across as too forward.", "T", "self-abasing apology for following up"),
  ("Your list of 23 vehicles, including the four gritters, would suit our timed online sale on 6 May, which usually draws trade buyers from across the North West.", "N", "concrete fit to the prospect's list")],
 [("Our buyer's premium is paid by the purchaser, so the council receives the hammer price less our 3% commission.", "N", "plain commercial fact"),
  ("Might it perhaps be conceivable, should the council not object, for us to possibly value one or two of them?", "T", "stacked hedges plus permission-seeking"),
  ("If the commission seems high, do tell me what figure you would be comfortable with and I will match it.", "T", "asks the buyer to name their number"),
  ("The vehicles would need to be at our Warrington yard by 28 April for photography, though of course I completely understand if that is asking far too much of your team.", "T", "legit logistics date beside self-minimising")]]),

# 4 bagpipe repair, warm, clean
("Your two sets of Hendersons", "Hi Iain,", "All the best,\nRuth\nMacRae Pipe Workshop", [
 [("Lovely to meet the band at the Lochview games on Saturday.", "N", "pleasantry"),
  ("I've had a proper look at the photos you sent, and the cracked ferrule on the tenor drone is a straightforward fix.", "N", "expert assessment")],
 [("The bag on the second set is sheepskin and very dry, so I'd replace it with a synthetic one rather than season it again, given how often the band plays in the rain.", "N", "borderline: expert recommendation backed by what was seen (rule 6)"),
  ("Both sets together come to £310, and I can have them back before your competition in Dunoon on 22 August.", "N", "the prospect's own date"),
  ("Would it be easier if I collected them from the band hall on Tuesday evening?", "N", "logistics question")]]),

# 5 bronze casting, memorial, blunt
("Casting the miners' memorial figure", "Councillor Hughes,", "Rhys Bevan\nBevan Art Foundry", [
 [("Thanks for the sculptor's maquette and the committee's brief.", "N", "courtesy"),
  ("Lost-wax casting in silicon bronze at 1.6 metres will take fourteen weeks from approval of the wax, and ours is the only foundry in Wales ever to cast a royal commission.", "S", "legit lead time beside a generic boast")],
 [("Other towns in the valley have already commissioned their memorials from us, and frankly Abercwm will look like the one that couldn't be bothered if it waits much longer.", "H", "peers already bought, shaming"),
  ("Your committee doesn't really need to meet again on this; the chair can sign the contract and the others can catch up afterwards.", "H", "overriding the prospect's own process"),
  ("The quote is attached, and the price holds until 30 June because our bronze ingot supplier reprices every quarter.", "N", "borderline: factual price expiry with a reason, no urgency language (rule 4)"),
  ("I can show the committee a patina sample at your meeting on the 9th, and I'd expect a decision in the room that night, given how long I've already waited on Abercwm.", "HS", "legit offer beside a demand resting on the seller's waiting (rule 15)")]]),

# 6 bollards, terse (curly)
("Removable bollards, Kings Walk", "Hi Priya,", "Tom", [
 [("Quote attached for the 14 removable bollards.", "N", "logistics"),
  ("Steel, powder-coated RAL 7016, telescopic with lift-assist, as per your spec, and the same model every other city centre up north bought last year, so you're well behind.", "H", "legit spec beside peers-already-bought shaming")],
 [("The crash test certificate you asked for is attached, and we've held the Crash-Rated Product of the Year trophy three years running.", "S", "legit attachment beside a generic award boast"),
  ("Need the signed order and a card for the deposit by close of play today, otherwise the install slot goes to Leeds.", "H", "ultimatum plus assumptive payment"),
  ("I'll ring you at 4 to take the card number.", "H", "assumptive payment step before a yes"),
  ("Install drawings to follow, and my MD wants this one booked in before our half-year closes on Friday, so don't leave me hanging.", "HS", "legit drawings beside a seller-driven deadline (rule 16)")]]),

# 7 bunk beds, non-native English
("Bunk beds for the Haldon hostel refurbishment", "Dear Mrs Collins,", "Best regards,\nTomasz Wróbel\nBaltic Timber Furniture", [
 [("Thank you for the meeting in last week and for showing me the dormitories.", "N", "courtesy"),
  ("For the 64 beds, our oak model with integrated ladder and 90 cm guard rail pass the EN 747 test, which your fire officer asked about.", "N", "certification the buyer's process requires")],
 [("Please, I am sorry for the long email and also I am sorry that price is maybe higher than you hoped.", "T", "apology for length and price"),
  ("The price for 64 beds is £27,800, and I can make 15% less already now, if this helps you.", "T", "legit price beside an unprompted discount"),
  ("Also I must tell you that my director is asking me every day about this order, so please can you confirm until Friday to make him happy.", "HS", "manager's wish as the reason for a Friday date (rule 16)"),
  ("Delivery to Haldon can be in the week of 12 October, before your reopening, but only if you pay the full amount this week, because the factory will not wait for you.", "H", "legit delivery date beside a pressure condition with no real reason")]]),

# 8 cork stoppers, chatty
("Bar-top corks for the Marram gin relaunch", "Hey Fiona,", "Speak soon,\nJess", [
 [("Loved the new label artwork you shared, the sea-holly illustration is gorgeous.", "N", "pleasantry"),
  ("Our agglomerated corks with a beech head would fit your 70 cl bottle neck at 18.5 mm, and we'd laser-brand the top with your wave logo.", "N", "product detail tied to her bottle")],
 [("We supply 40 of the top 50 craft gins in the UK, we've been named Closure Supplier of the Year twice, and our new head-finishing line is the fastest in Europe!", "S", "bragging, rankings, awards"),
  ("Pretty much every distillery on the Moray coast has moved over to us, so you'd be the last one still on synthetic.", "H", "peers switched, FOMO shaming"),
  ("I'll pop a sample box of 200 in the post this week so you can run them on the bottling line, and I'll book your full order in alongside it so we're not wasting time.", "H", "legit sample offer beside booking an order before a yes")],
 [("P.S. Once you're up and running, would you mind recording a short video for our website about why you switched?", "S", "favour for the seller, asked before any value delivered")]]),

# 9 cremator relining, formal, clean (curly)
("Relining cremator 2, Hillbrook Crematorium", "Dear Mr Adeyemi,", "Yours sincerely,\nMargaret Hale\nContracts Engineer, Pyrocraft Refractories", [
 [("Thank you for the thermal survey readings from cremator 2.", "N", "courtesy"),
  ("The hot-face temperatures on the hearth suggest the refractory is down to about 60 mm, so I'd advise a full reline of the hearth and secondary chamber rather than patch repairs.", "N", "borderline: expert recommendation backed by the survey data (rule 6)")],
 [("A full reline takes eleven working days, and we can schedule it for the fortnight you identified in late January, when your bookings are lightest.", "N", "the prospect's own window"),
  ("Your environmental permit requires the abatement plant to be re-tested after any reline, so I have included the stack emission test in the price.", "N", "regulatory prerequisite, stated neutrally"),
  ("I'm at Ashcombe on 4 December and could call in at Hillbrook that afternoon if a site meeting would help.", "N", "'I' but serving the customer")]]),

# 10 cleanroom garments, blunt, US
("ISO 4 coveralls for Fab 2", "Kevin,", "Brad Keller\nStatClean Garment Services", [
 [("Your particle counts from the gowning audit are high on the sleeve seams, which is exactly where our bound-seam coveralls shed least.", "N", "insight tied to the prospect's data"),
  ("I've sent the garment spec and the contamination test data you asked for, and our plant is already cutting your sizes, so all that's missing is the PO.", "H", "legit attachment beside an assumptive step before a yes")],
 [("You need to switch before your next audit, period; there's nothing left to evaluate.", "H", "'you need' as a directive"),
  ("This is the fourth time I've written about this, and I can see you opened every one of them.", "H", "counting attempts plus read-tracking"),
  ("I can present the results to your contamination team on Wednesday, but if I don't hear back by then I'll take the proposal straight to your VP of Operations.", "H", "legit meeting offer beside a bypass threat"),
  ("A rental program with weekly laundering would run $14.20 per garment per week, and that rate is only good until I say otherwise, so I wouldn't sit on it.", "H", "legit price beside vague expiry pressure")]]),

# 11 diamond core drilling, warm
("Core drilling for the Ward Block riser", "Hello Sanjay,", "Warm regards,\nClaire Dunmore\nCoreTech Drilling", [
 [("Thanks for walking me round the Ward Block on Monday, and please pass my thanks to the estates team.", "N", "courtesy"),
  ("The 42 cores through the post-tensioned slab will need GPR scanning first, so we don't clip a tendon.", "N", "'need' as a technical prerequisite")],
 [("I'll be honest, I've put three evenings of my own time into this proposal, and it would mean a great deal to me to see it through.", "S", "seller's effort and stake, no blame or demand (rule 15)"),
  ("We can drill between 10 pm and 6 am to keep noise away from the wards, as your infection control lead asked, and we're the only contractor in the region with a gold site award three years running.", "S", "legit arrangement beside a generic award boast"),
  ("I hate even mentioning the cost, and I'm sorry it's come out at £18,400; I really did try to keep it down.", "T", "legit price beside an apology for the price"),
  ("Could we meet your infection control lead next Wednesday to agree the dust containment plan, or whenever might possibly suit, if at all?", "T", "legit meeting ask beside hedged permission-seeking")]]),

# 12 dialysis chairs, formal, NHS (curly)
("Dialysis chairs for the satellite unit at Pennfield", "Dear Dr Saunders,", "Yours sincerely,\nAndrew Firth\nClinical Account Manager, Renalis UK", [
 [("Thank you for your time on the unit on Thursday.", "N", "courtesy"),
  ("The chair's powered tilt answers the hypotension episodes your nurses described, and the arm pads wipe down with your chlorine-based disinfectant.", "N", "value tied to the prospect's problem")],
 [("I've attached pricing for all 18 chairs you asked about, and I'd urge you not to sit on it, because our allocation for the year is nearly gone and another trust is ready to take it.", "H", "legit attachment beside manufactured scarcity"),
  ("The framework reference is on the quote, so no separate tender is needed.", "N", "logistics that helps the buyer's process"),
  ("Replacement parts ship within 48 hours, and we're proud winners of the Medilink Export Award, trusted by clinicians since 1952.", "S", "legit service detail beside an award and heritage boast"),
  ("Would a demonstration for your nursing team on 2 or 3 October work, or if those are a nuisance, any day at all that suits you, and I'm sorry to impose on your diary?", "T", "legit meeting ask beside surrendering the next step and apologising for normal selling")]]),

# 13 door entry, blunt
("Door entry upgrade, Fairfield Court", "Hi Joanne,", "Thanks,\nGary", [
 [("Following up on the survey we did at Fairfield Court on the 3rd.", "N", "single follow-up line (rule 13)"),
  ("The existing audio panels dial out over copper lines that the network operator is switching off in your exchange area next spring, so they'll stop working then.", "N", "borderline: real external constraint stated once (rule 4)")],
 [("Our video panels would also let your housing officers disable lost fobs remotely, which deals with the subletting problem you mentioned.", "N", "value tied to the prospect's problem"),
  ("I've pencilled in the install for the week of 11 November and will send the invoice for the 30% deposit on Monday, unless you shout.", "H", "assumptive invoice; silence means go-ahead"),
  ("I've sent this to you three times now, and a straight answer is frankly overdue from your side.", "H", "count plus entitlement aimed at the prospect (rules 13, 15)"),
  ("Plenty of landlords would be embarrassed to leave their tenants with a dying intercom for this long.", "H", "shaming")],
 [("P.S. I'll also ring your mobile and drop a note through the office door tomorrow, in case this one goes astray as well.", "H", "multi-channel chasing (rule 13)")]]),

# 14 escalator handrails, formal US, clean
("Handrail replacement, escalators E3 and E4", "Good morning Ms. Delgado,", "Best regards,\nMarcus Lee\nVertex Escalator Service", [
 [("Thanks for sending the maintenance logs for E3 and E4.", "N", "courtesy"),
  ("The handrail stretch you're seeing matches what we'd expect at about eleven years of service, and it's why the rails have been slipping against the drive.", "N", "insight from the prospect's logs")],
 [("Replacing both handrails takes two nights per unit, so the escalators stay in service during mall hours.", "N", "value to the prospect"),
  ("One thing to plan around: the state elevator inspector has to witness the return-to-service test, and their office currently books about three weeks out.", "N", "borderline: real external lead time stated once (rule 4)"),
  ("Can I come by Tuesday at 9 to measure the newel ends with your chief engineer?", "N", "clear next step")]]),

# 15 enamel badges, very deferential (curly)
("Enamel badges for the Tarrow Valley Railway", "Dear Mr Fenwick,", "With many thanks,\nPauline Stroud\nStroud Enamels", [
 [("I hope it's alright that I took your address from the society newsletter.", "T", "seeking approval for making contact"),
  ("For the 500 locomotive badges, hard enamel with gold-plated edges would keep the fine lining on the tank engine crisp at 30 mm.", "N", "product detail")],
 [("I'm very conscious that you probably have far more important things on your plate than little badges from me.", "T", "minimising the seller's own offer"),
  ("It occurred to me that a sample could perhaps, possibly, be of some small use, if that seemed reasonable?", "T", "stacked hedges"),
  ("The price would be £1.12 each including a backing card with the society crest, though I could easily bring that down if it's too much.", "T", "legit price beside a pre-emptive discount"),
  ("Please don't feel obliged to reply if it isn't for you.", "T", "inviting the prospect to ignore the email")]]),

# 16 speaking coaching, warm, US
("Speaking coaching for the surgical residents", "Hi Dr. Amari,", "Warmly,\nJen Alvarez\nClearVoice Coaching", [
 [("It was great to hear about the changes to your morbidity and mortality conference.", "N", "pleasantry"),
  ("For the 12 residents presenting this spring, two sessions work best: one on structuring a case in four minutes, one on handling hostile questions.", "N", "concrete recommendation for the prospect")],
 [("I'd love to walk you through our entire curriculum, all 27 modules, plus the podcast and the app we just launched.", "S", "show-off of the whole suite (rule 9)"),
  ("Our founder coached three TED speakers and we were featured in Forbes twice this year!", "S", "generic boast"),
  ("The two dates you proposed, March 4 and 11, both work, and my program director is keen to land a teaching hospital this month, so it would really help me if you could confirm them by Friday.", "HS", "the prospect's own dates beside a seller-driven deadline (rule 16)"),
  ("Would a 20-minute call next Tuesday work to go over the session plan, and could we list the hospital among our clients on our site afterwards?", "S", "legit call ask beside a logo favour")]]),

# 17 fog machines, chatty
("Low-lying fog for Hollowmere Manor", "Hey Dave,", "Cheers,\nLiam\nMistworks FX", [
 [("Nudging this back to the top of your inbox on the off chance you've had a second for my last note, it can totally wait!", "T", "minimising follow-up, permission-begging"),
  ("For the crypt room, a chiller-based low-fog unit keeps the fog under knee height without setting off the detectors your venue manager is worried about.", "N", "value tied to the prospect's concern")],
 [("The two units would be £1,640 including delivery to Hollowmere, and I can knock a hundred quid off each and throw in the season's fluid if that makes it easier.", "T", "legit price beside an unprompted concession"),
  ("They run on a standard 13 amp socket, so no electrician is needed.", "N", "logistics"),
  ("Honestly, feel awful chasing you when you're mid-build, sorry sorry.", "T", "repeated apology for following up"),
  ("Anyway, if you've gone elsewhere that's completely fine by me, I won't take it personally!", "T", "pre-emptive release (rule 11)")]]),

# 18 flagpoles, formal (curly)
("Flagpoles for the County Hall forecourt", "Dear Ms Ashworth,", "Yours sincerely,\nNorman Bright\nBright Masts Ltd", [
 [("Thank you for confirming the three flagpole positions on the forecourt plan.", "N", "courtesy"),
  ("Our 8-metre tapered aluminium poles have internal halyards, which would stop the halyard theft you've had at the war memorial.", "N", "feature tied to the prospect's problem")],
 [("Your planning consent expires on 31 March, so the foundations need to be in before then; we can start on site on 3 March.", "N", "borderline: real external date stated once with the reason (rule 4)"),
  ("I've reserved the last three 8-metre poles in our warehouse for you, and I'll need an order number by tomorrow lunchtime or they go to another council.", "H", "legit reservation beside a scarcity ultimatum"),
  ("I've put an enormous amount of work into these drawings for you, and my patience is wearing thin waiting for any acknowledgement.", "HS", "guilt resting on the seller's effort and feelings (rule 15)"),
  ("The drawings and a sample of the halyard lock are on their way to you, and I'd rather not have to chase your chief executive about it.", "H", "legit dispatch beside a bypass threat")]]),

# 19 fudge, chatty, clean
("Fudge for the Harbourside gift shop", "Hi Becky,", "Best,\nMolly\nMolly's Kitchen Fudge", [
 [("Thanks so much for popping into the kitchen on Friday, it was lovely to show you round.", "N", "pleasantry"),
  ("Based on your summer footfall, I'd start with four flavours in 150 g bags rather than the full range, so nothing sits long enough to go grainy.", "N", "confident recommendation tied to the prospect")],
 [("Sea salt caramel and rum-and-raisin sold best at the two other harbour shops we supply, mostly to coach parties.", "N", "social proof turned into advice (rule 8)"),
  ("Sorry for the slow reply, the oven was down on Wednesday and I've been catching up on orders.", "N", "borderline: single courtesy apology with a reason (rule 3)"),
  ("Shall I drop off a tasting box when I'm passing on Thursday?", "N", "plain ask")]]),

# 20 french polishing, formal UK
("Restoring the boardroom table", "Dear Mr Singh,", "Yours sincerely,\nEdmund Carr\nCarr & Son, French Polishers", [
 [("Thank you for letting me inspect the boardroom table on Tuesday.", "N", "courtesy"),
  ("The white rings are moisture trapped in the shellac rather than damage to the mahogany, so they will come out with reviving rather than stripping.", "N", "insight")],
 [("I can do the work over the weekend of 14 June as you requested, and frankly it's a little embarrassing that visiting clients have been staring at those rings for so long.", "H", "the prospect's own date beside shaming"),
  ("Our workshop has held a Royal Warrant since 1911, and we have restored furniture for two cathedrals and a prime minister.", "S", "heritage and credential boast"),
  ("The quote is £2,350 plus VAT, and I do apologise that it is rather more than you might have hoped.", "T", "legit price beside an apology for the price"),
  ("I will bring colour samples for the new leather inserts, and I think you'll agree the firm needs this done before anyone important sees that table again.", "H", "legit next step beside a 'needs this' directive")]]),

# 21 geotextile, terse (curly)
("Geotextile for the Scar Top path", "Hi Alun,", "Ta,\nSteve", [
 [("Spec sheet attached for the 300 g nonwoven you asked about.", "N", "logistics"),
  ("At 2 km of path on peat, you'd want the 4-metre rolls, 38 of them.", "N", "concrete recommendation")],
 [("The rolls come on pallets of ten, and we're the largest geotextile distributor in the UK with over 40 depots and a 4.9-star rating.", "S", "product detail beside a ranking boast"),
  ("Park authorities that waited last year paid 20% more, so get the order in today.", "H", "unsourced cost-of-delay fear plus a 'today' push; the invented urgency makes it more than rule 5's borderline"),
  ("We're behind target this quarter, so an order this week would help me out no end.", "HS", "seller's target as the reason for this week (rule 16)"),
  ("Delivery can be to the Cwm Du car park or your depot, whichever you like, and sorry if that all came across a bit pushy.", "T", "legit logistics beside an apology for 'being pushy'")],
 [("P.S. Can I put the park's logo on our website once it's down?", "S", "asking for a logo favour")]]),

# 22 springboards, warm
("Springboards for the competition hall", "Hi Nadia,", "Warm wishes,\nHolly\nApex Gym Supplies", [
 [("Congratulations on the club's results at the regionals, and sorry in advance for yet another email from me!", "T", "apology for following up"),
  ("Both springboards are FIG-certified, which your regional judges will check before the March qualifier.", "N", "certification the buyer needs")],
 [("If you take the vault table and landing mats together, we can take 8% off the whole order.", "N", "borderline: concession traded for volume (rule 7)"),
  ("I'd be mortified if we let the club down, so please tell me straight away if anything at all isn't perfect.", "T", "needing approval"),
  ("Do excuse me for going on so much about springboards, I know I get carried away.", "T", "apologising for normal selling"),
  ("We could deliver on 20 February, in time for your first session in the new hall, and I hope that date is okay and I haven't assumed too much.", "T", "the prospect's own date beside approval-seeking")]]),

# 23 gutter clearing, blunt
("Gutter clearing, four schools", "Mr Oduya,", "Regards,\nDean Walsh\nClearflow Gutters", [
 [("Quote attached for clearing and camera-checking the gutters at all four of your schools, the third time I've sent it, so a reply would be nice.", "H", "legit attachment beside counting attempts at the prospect (rule 13)"),
  ("The downpipe at Brookfield Primary is blocked at the shoe, which is why the staffroom wall is staining.", "N", "insight from the survey")],
 [("You'd be mad not to take this up before the leaves come down.", "H", "directive with shaming"),
  ("The other trusts round here signed up months ago, so you're the odd one out.", "H", "peers already bought, shaming"),
  ("I've booked the cherry picker for half term, so all I need from you is the purchase order.", "H", "assumptive step before a yes"),
  ("Half term starts on 27 October.", "N", "borderline: logistics line inside a pushy email (rule 14)")]]),

# 24 hat blocks, warm formal, clean (curly)
("Hat blocks for the millinery studio", "Dear Professor Lang,", "Kind regards,\nAnnabel Price\nPrice Hat Blocks", [
 [("Thank you for the list of block shapes your second-year students will be working on.", "N", "courtesy"),
  ("For a class of 16, I'd suggest eight crown blocks in sizes 56 to 58 cm and four brim blocks, because students share brims more easily than crowns.", "N", "confident recommendation with a reason")],
 [("All our blocks are carved from jelutong and sealed, so they take steam and pins for years in a busy studio.", "N", "'our' but the value is the studio's"),
  ("Since your term starts on 22 September and the lead time is nine weeks, ordering by mid-July would have them with you in time.", "N", "the prospect's own date"),
  ("I would be glad to bring a few blocks to the studio so the students can try them.", "N", "offer")]]),

# 25 hot tubs, non-native English
("Service of hot tubs at Pine Hollow lodges", "Hello Mr Dawson,", "Best regards,\nAndrei Popescu\nAquaCare Lodge Service", [
 [("Thank you for the list of the 26 hot tubs and the photos of the filter housings.", "N", "courtesy"),
  ("After to see the photos, I think the filters on lodges 4 to 9 are old, so the water turn cloudy after two guests.", "N", "insight from the prospect's photos")],
 [("We can make the weekly service every Monday, when is your changeover day, and I already put your name in our system and will take first payment on Monday.", "H", "legit schedule beside an assumptive payment"),
  ("Is really important that you sign this week, because my boss say if I don't bring this contract before end of month I will have problem.", "HS", "seller's boss and month end as the reason for a date (rule 16)"),
  ("Price for the season is 9,800 pounds for all 26 tubs, and I can give you 20% discount immediately, without any condition, only so you say yes.", "T", "legit price beside an unconditional concession"),
  ("Sorry, sorry again for write so many times to you.", "T", "repeated apology for following up")]]),

# 26 halal catering, chatty US
("Halal catering for the Global Health conference", "Hi Sarah,", "Thanks!\nAmira\nSaffron Table Catering", [
 [("Thanks for the headcount update, 340 for the Friday lunch and 180 for the dinner.", "N", "logistics"),
  ("We're HFSAA certified, which your dining services office asked for in the vendor forms.", "N", "certification the buyer's process requires (rule 8)")],
 [("Our lamb biryani and grilled vegetable platter would cover your halal and vegetarian guests in one service line, and I'm so sorry the menu runs to three pages.", "T", "legit menu detail beside an apology for length"),
  ("Our team has run events of 400 covers, and we were voted best caterer in the tri-state area three years running, with our CEO on the Food Network last month!", "S", "relevant capacity beside a generic boast"),
  ("If it helps, I can cut the per-head price by $4, just tell me what number your budget needs and I'll make it work.", "T", "unprompted discount plus name-your-number"),
  ("I'm holding the Friday for you, but my team lead says I have to confirm or release it by Monday, so please don't make me look bad.", "HS", "manager's rule as reason for a date, seller's standing (rules 15, 16)")]]),

# 27 hedge laying (curly)
("Laying the roadside hedges at Upper Farm", "Dear Mrs Pennington,", "Regards,\nBen Tyler\nTyler Hedgecraft", [
 [("It was good to walk the roadside hedges with you and your farm manager.", "N", "pleasantry"),
  ("The hawthorn along the lane is tall and gappy at the base, so laying it Midland style would thicken it from the bottom and keep the sheep in.", "N", "expert insight")],
 [("Under your stewardship agreement the laying has to be done between 1 November and the end of February, outside the nesting season.", "N", "borderline: real external rule stated once (rule 4)"),
  ("The quote for the 640 metres is attached, and I'll need a deposit by Friday or the crew takes the other job they've been offered.", "H", "legit quote beside an ultimatum"),
  ("I turned down two jobs to keep November free for you, so I'd expect at least a yes or no by now.", "HS", "guilt resting on the seller's sacrifice (rule 15)"),
  ("If I don't hear by the weekend I'll come up to the farmhouse and we can sort it on the doorstep.", "H", "turning up uninvited")],
 [("P.S. Our family has laid hedges in this county for four generations.", "S", "borderline: heritage line (rule 8)")]]),

# 28 iron railings, formal
("Restoring the railings, Albemarle Square", "Dear Mrs Osei,", "Yours sincerely,\nPhilip Morrow\nMorrow Architectural Metalwork", [
 [("Thank you for the committee's notes on the railings around the garden.", "N", "courtesy"),
  ("The cast finials are mostly sound, but about a fifth of the bars have lost section where they sit in the stone coping.", "N", "inspection finding")],
 [("Listed building consent usually takes eight weeks, so we would apply in January for a spring start.", "N", "borderline: permit lead time stated neutrally (rule 4)"),
  ("If the committee can sign by Friday, I can take 12% off, as that is the last day of our financial year and my director wants the contract on this year's books.", "HST", "discount conditioned on a seller date with the seller's reason (rules 7, 16)"),
  ("Failing that, I'm afraid I shall have to raise it with your chairman directly.", "H", "bypass threat"),
  ("We can recast the three missing finials from the pattern you found, and, I think it fair to say, we are the finest ironworkers in the south, with the awards to prove it.", "S", "legit offer beside a generic boast")]]),

# 29 insect screens, formal, clean
("Fly screens for the main kitchen, St Bride's", "Dear Ms Harper,", "Yours sincerely,\nOwen Reece\nClearview Screens", [
 [("Thank you for the copy of the environmental health officer's report.", "N", "courtesy"),
  ("The report asks for screens on all opening windows in food preparation areas, so I have measured the nine kitchen windows and the pot wash.", "N", "serving the prospect's requirement")],
 [("Following up on my note of the 4th: the revised price with stainless mesh is £2,140.", "N", "single follow-up adding something new (rule 13)"),
  ("The officer's revisit is on 19 May, so we would aim to fit them in the first week of the month.", "N", "borderline: real external date stated once (rule 4)"),
  ("Would Monday or Tuesday morning suit for fitting, when the kitchen is quieter?", "N", "clear next step")]]),

# 30 illustration, chatty (curly)
("Illustrations for the children's wing signage", "Hi Grace,", "Best,\nPoppy", [
 [("I loved the idea of each floor being a different habitat.", "N", "pleasantry"),
  ("For the ground floor riverbank, I'd keep the animals at about 90 cm, so younger children can use them as landmarks.", "N", "insight for the prospect")],
 [("I've attached three sketches, and I'll need the 50% deposit wired today so I can block out my diary for you.", "H", "legit attachment beside an assumptive payment demand"),
  ("I've been shortlisted for a national illustration prize, I've been on children's TV, and I have 80k followers.", "S", "generic credentials boast"),
  ("Could you also tag me in the hospital's posts when it opens and write me a review for my site?", "S", "favours for the seller"),
  ("Shall we have a call on Thursday with the play specialists, or if that's a bother I can simply wait to hear from you whenever?", "T", "legit call ask beside permission-begging")]]),

# 31 jet washing, blunt
("Jet washing the Westfield bus depot", "Hi Craig,", "Cheers,\nLee\nPowerBlast Depot Cleaning", [
 [("Following up from our chat at the depot on Tuesday, my third message since, in case the other two got buried.", "H", "counting attempts at the prospect (rule 13)"),
  ("The diesel staining in bays 4 to 12 needs hot water at 140 degrees to lift; cold washing just spreads it.", "N", "'needs' as a technical fact")],
 [("Every other depot in your group already uses us, so it doesn't look great that Westfield is still doing it by hand.", "H", "peers switched, shaming"),
  ("Your depot manager said yes in principle, so I've gone ahead and scheduled the first clean for Sunday night.", "H", "assumptive booking"),
  ("The first clean takes about six hours, and I'm one contract off my bonus this month, so it'd really help me if you could sign before the 30th.", "HS", "legit detail beside the bonus as the reason for a date (rule 16)"),
  ("The interceptor can take the wash water, so no tankering is needed.", "N", "logistics")]]),

# 32 joinery, very deferential
("Oak counter for the Marlow Road library", "Dear Ms Fairbanks,", "With my sincere thanks,\nRoger Hale\nHale Joinery", [
 [("Thank you so very much for even taking the time to look at our proposal; we are truly grateful.", "T", "thanking them for considering"),
  ("The counter has a lowered section at 760 mm for wheelchair users, which your access officer asked for.", "N", "buyer's requirement met")],
 [("I'm terribly sorry to write again, and please forgive me if this is becoming a nuisance.", "T", "apology for following up"),
  ("The oak is FSC certified and the counter is built in three modules, so the library need only close for two days.", "N", "value to the prospect"),
  ("Our price for the counter is £14,600 fitted, but if it would help at all we would of course reduce it to whatever the council feels is fair.", "T", "legit price beside a name-your-number concession"),
  ("I'd be glad to come to the library on Wednesday at 2 to show the veneer samples, if that's not too much of an intrusion on your day.", "T", "legit meeting ask beside permission-seeking")]]),

# 33 jute sacks, non-native English (curly)
("Jute sacks for the basmati packing line", "Dear Mr Mehta,", "Kind regards,\nRahim Uddin\nDelta Jute Mills", [
 [("Thank you for sending the sample of the 25 kg sack which you use now.", "N", "courtesy"),
  ("Our hessian is 10 oz with food-grade batching oil, so it is suitable for rice and your auditor will accept the certificate.", "N", "product detail tied to the buyer's audit")],
 [("I am attaching the price for 60,000 sacks, and you must confirm today because many mills are already buying from us and the stock will not wait for you.", "H", "legit attachment beside scarcity and 'today' demand"),
  ("We are biggest jute mill in our country with 4,000 workers and 12 international awards, and we have new Italian looms.", "S", "generic boast"),
  ("I want also to say that I have spend three months for this deal and my manager is not happy, so please give me the order until 15th.", "HS", "seller's effort and manager as reason for a date (rules 15, 16)"),
  ("The container can leave Chittagong on 2 June and arrive at Felixstowe around 5 July, and I am sorry, very sorry, that it is not faster.", "T", "legit shipping dates beside a repeated apology for normal terms")]]),

# 34 kettlebells, terse, clean
("Kettlebells for Station 14", "Hi Lt. Moreno,", "Thanks,\nRay\nIronbell Supply", [
 [("Quote attached for the 8 to 32 kg set you asked about.", "N", "logistics"),
  ("Competition-style bells keep the same handle size at every weight, so your crew won't change grip between sets.", "N", "value tied to the crew")],
 [("The set is $1,180 with freight and ships from Ohio in five business days.", "N", "plain facts"),
  ("If you add a second set for Station 9, the freight is free.", "N", "borderline: concession traded for volume (rule 7)"),
  ("Want me to hold them for the March 1 start of your fitness program?", "N", "the prospect's own date")]]),

# 35 kerbstones, formal-blunt
("Granite kerbs for Thornby High Street", "Dear Mr Lawson,", "Yours faithfully,\nGordon Shaw\nShaw Stone Supplies", [
 [("Thank you for the schedule of 420 metres of kerb for the Thornby scheme.", "N", "courtesy"),
  ("Our granite kerbs match the silver-grey setts in the conservation area, which your heritage officer flagged.", "N", "product detail tied to the prospect")],
 [("The price is £62 per metre delivered, as you requested, and I'd strongly suggest you stop deliberating and place the order, because your scheme simply needs this stone.", "H", "legit price beside a 'needs this' directive"),
  ("We have supplied granite to more than 300 councils and were named Highways Supplier of the Decade.", "S", "ranking boast"),
  ("Your engineer asked for the dropped-kerb details, which I'll send tomorrow, but if he's still sitting on the fence next week I'll send the quote to your Director of Place myself.", "H", "legit promise beside a bypass threat"),
  ("Samples of the dropped kerbs can be with you next week, and I'll be very disappointed after all my effort if they sit unopened.", "HS", "legit samples beside guilt on the seller's effort and feelings (rule 15)")]]),

# 36 kites, warm (curly)
("Giant show kites for the Saltburn kite weekend", "Hi Ellie,", "Warmly,\nSue\nSkyward Kite Displays", [
 [("What a fun brief, thank you!", "N", "pleasantry"),
  ("For a beach show, two 20-metre octopus kites and a ring of line laundry would fill the sky even in light wind.", "N", "confident recommendation")],
 [("I can bring the team on 9 and 10 August as you asked, and I really hope that's all right and that I haven't overstepped by suggesting the octopuses.", "T", "the prospect's own dates beside approval-seeking"),
  ("Forgive me for how long this email is; I'm hopeless at keeping things short.", "T", "apology for length"),
  ("The fee for both days is £2,800 including the team's travel, and I'm sorry it isn't lower, I did try.", "T", "legit price beside an apology for the price"),
  ("Maybe, if possible, you could perhaps let me know what you think, whenever suits, no rush at all?", "T", "stacked hedges and minimising")]]),

# 37 buoyancy aids, chatty
("Buoyancy aids for the youth fleet", "Hi Tom,", "Cheers,\nMatt\nHarbour Watersports Supply", [
 [("Good to see the youth fleet out on the reservoir on Sunday.", "N", "pleasantry"),
  ("For the 40 cadets, 50N aids with a front zip are easier for cold hands than overhead ones, which your instructors mentioned.", "N", "value tied to the prospect")],
 [("Your recognition visit in April asks for all aids to be checked and tagged, so we include the tags and the check log.", "N", "real requirement of the prospect's process"),
  ("I've added the 40 aids and spare sizes to an order in your name, and I'll take payment on the club card we have on file tomorrow unless I hear otherwise.", "H", "assumptive payment; silence means go-ahead"),
  ("Honestly, I've gone out of my way to get you this price, so I think I've earned a quick yes.", "HS", "guilt resting on the seller's effort (rule 15)"),
  ("They come in five sizes, and we're proud to be official supplier to three Olympic squads with two design awards to our name.", "S", "product fact beside a generic boast")]]),

# 38 lockers, formal US
("Lockers for the Eastside Recreation Center", "Dear Mr. Grant,", "Sincerely,\nKaren Boyd\nSecureStow Lockers", [
 [("Thank you for the floor plan of the two locker rooms.", "N", "courtesy"),
  ("Phenolic lockers won't rust in the pool humidity the way your steel ones have, and keyless locks would end the lost-key charges your front desk handles.", "N", "value tied to the prospect's problems")],
 [("We are excited to announce our brand-new lock platform with Bluetooth, NFC, app unlocking, usage analytics, custom skins, and voice control!", "S", "announcement plus feature list"),
  ("I'm sorry to keep pestering you, I know you must be sick of hearing from me.", "T", "self-abasing apology for following up"),
  ("Your budget request is due to the parks board on April 12, so I've put the pricing in the board's template.", "N", "the prospect's own deadline"),
  ("Could we walk the locker rooms together on Thursday afternoon, or I can take 10% off right now if that saves you the meeting?", "T", "legit meeting ask beside an unprompted discount")]]),

# 39 mobility scooters, warm formal, clean (curly)
("Scooters for the Shopmobility scheme", "Dear Janet,", "Kind regards,\nMartin Hughes\nLiberty Mobility", [
 [("Thank you for showing me round the Shopmobility office at the Riverside Centre.", "N", "courtesy"),
  ("From your hire log the scooters are out about three hours at a time, so a 20-mile battery would cover a full day of hires on one charge.", "N", "value from the prospect's data")],
 [("I'm sorry to hear about the break-in over the weekend; I hope the volunteers are all right.", "N", "sympathy (rule 3), not borderline"),
  ("I can bring two demonstrators for your users' group on 15 May, as you suggested.", "N", "the prospect's own date"),
  ("Our full quote for eight scooters is attached.", "N", "logistics")]]),

# 40 milk vending, chatty
("Milk vending machine for the Brackenridge farm shop", "Hi Jo,", "Cheers,\nSam\nDairyVend", [
 [("Thanks for the tour of the dairy, and tell Ollie the calves are gorgeous.", "N", "pleasantry"),
  ("A 200-litre machine with a bottle vending unit would suit the 150 litres a day you expect, with room to grow.", "N", "value tied to the prospect's volume")],
 [("It takes contactless, so you won't be emptying coins every evening.", "N", "value"),
  ("The machine is £9,400 installed, and I know money's tight, so sorry about the price, I feel awful even sending it.", "T", "legit price beside an apology for the price"),
  ("Every farm shop in the county has had one of these for ages, so you're really missing out by hanging back.", "H", "peers already bought, FOMO"),
  ("I've put the install in for the 3rd of next month and the engineer will want card details on arrival, so have them ready.", "H", "assumptive booking and payment")],
 [("P.S. If it's not for you, I'll quietly step aside, you owe me nothing at all.", "T", "pre-emptive release (rule 11)")]]),
]

def curl(s):
    return s.replace("'", "\u2019")

def email_score(sents, lab):
    hits = [s for s in sents if lab in s["labels"]]
    if not hits:
        return 0
    nonb = [s for s in hits if not s["note"].startswith("borderline:")]
    if len(hits) >= 2 and nonb:
        return 2
    return 1

def main():
    emails, sents = [], []
    n = 0
    for i, (subj, sal, sign, paras) in enumerate(EMAILS, 1):
        eid = "s28e%03d" % i
        curly = (i % 3 == 0)
        f = curl if curly else (lambda s: s)
        esents = []
        for para in paras:
            for text, code, note in para:
                assert code == "N" or all(c in "HST" for c in code), (eid, code)
                assert code == "N" or list(code) == sorted(code, key="HST".index), (eid, code)
                labels = ["NONE"] if code == "N" else [CODE[c] for c in code]
                n += 1
                esents.append({"id": "s28-%04d" % n, "email": eid, "text": f(text), "labels": labels, "note": note})
        body = "\n\n".join(" ".join(f(t) for t, _, _ in para) for para in paras)
        text = f(sal) + "\n\n" + body + "\n\n" + f(sign)
        for s in esents:
            assert s["text"] in text, s["id"]
        labs = {l: email_score(esents, l) for l in ("hard_close", "self_serving", "timidity")}
        emails.append({"email": eid, "subject": f(subj), "text": text, "labels": labs})
        sents.extend(esents)
    assert len(emails) == 40
    assert len({e["subject"] for e in emails}) == 40
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as fh:
        for e in emails:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as fh:
        for s in sents:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    # re-read and check every line parses
    for name in ("test-emails.jsonl", "test.jsonl"):
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            for line in fh:
                json.loads(line)
    # stats
    c = Counter()
    for s in sents:
        for l in s["labels"]:
            c[l] += 1
    faulty = Counter()
    for e in emails:
        k = sum(1 for s in sents if s["email"] == e["email"] and s["labels"] != ["NONE"])
        faulty["clean" if k == 0 else ("2+" if k >= 2 else "1")] += 1
    per_email = Counter(sum(1 for s in sents if s["email"] == e["email"]) for e in emails)
    stats = {
        "emails": len(emails), "sentences": len(sents),
        "NONE": c["NONE"], "NONE_pct": round(100.0 * c["NONE"] / len(sents), 1),
        "hard_close": c["hard_close"], "self_serving": c["self_serving"], "timidity": c["timidity"],
        "multi_label": sum(1 for s in sents if len(s["labels"]) > 1),
        "borderline": sum(1 for s in sents if s["note"].startswith("borderline:")),
        "ps_lines": sum(1 for s in sents if s["text"].startswith("P.S.")),
        "emails_by_faulty_sentences": dict(faulty),
        "sentences_per_email": dict(sorted(per_email.items())),
        "email_level": {l: dict(Counter(e["labels"][l] for e in emails)) for l in ("hard_close", "self_serving", "timidity")},
    }
    print(json.dumps(stats, indent=1))
    return stats

if __name__ == "__main__":
    main()
