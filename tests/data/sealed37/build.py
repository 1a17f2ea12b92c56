#!/usr/bin/env python3
"""sealed37: hand-written evaluation emails for the Poise tone coach.
Sentences written by hand from the labelling guide alone. Codes: N=NONE, H=hard_close,
S=self_serving, T=timidity (combined e.g. HS). Email labels derived by the guide's scale."""
import json, os

E = []
def em(subject, sal, sign, paras):
    E.append((subject, sal, sign, paras))

em("Brass nameplates for the Fetter Lane chambers", "Dear Ms Okafor,", "Kind regards,\nGareth Lloyd\nLloyd & Vane Engravers", [
 [("Thank you for sending the floor plan with all 34 room numbers marked.", "N", "thanks, logistics"),
  ("Satin brass at 200 x 60 mm comes to £41 per plate, engraved and infilled black, though that price only holds if you confirm before I leave the office tonight.", "H", "legit price + invented same-day expiry")],
 [("We have engraved for the Inns of Court, two cathedrals and a royal household, and our work won Best in Trade three years running.", "S", "generic boasts, awards"),
  ("I've set the plates aside on the engraving bench already, so once you send the card details for the deposit they'll go straight under the cutter.", "H", "assumptive payment step before a yes")],
 [("The proof PDF is attached, with the chambers' typeface matched to your letterhead.", "N", "attachment, buyer-tied"),
  ("Could you reply by the 14th with any changes, since the clerks want the plates up before the new tenants arrive on the 21st?", "N", "borderline: deadline is the prospect's own move-in date, rule 4")]])

em("Nougat for the Christmas food hall", "Hi Priya,", "Cheers,\nTom\nMontelimar Lane Confectioners", [
 [("Great to meet you at the buyers' day!", "N", "pleasantry"),
  ("Our almond and pistachio nougat is hand-cut in 80 g bars, and we're the most decorated nougat maker in Britain, with more Great Taste stars than anyone.", "S", "product detail + generic boast"),
  ("Honestly, I've got a soft spot for your store, so I'd knock 15% off the list price before you've even tasted it.", "T", "unprompted discount")],
 [("Sorry this email is so long, and sorry if the prices look steep, I know they're a bit much.", "T", "apologising for length and price"),
  ("Samples can go out on Thursday by courier for Monday's tasting panel, and I'd be so grateful for the order because it's my first month here and I badly want to impress my boss.", "ST", "legit offer + pleading for the seller's own sake, rule 15"),
  ("The allergen sheet is attached, and I hope that's all okay and that I haven't overstepped in writing again.", "T", "attachment + needing approval")]])

em("Cot beds and low tables for the Acorn Way nursery", "Dear Mrs Hallam,", "With best wishes,\nDeborah Fenn\nLittle Oak Nursery Furniture", [
 [("Thank you for walking me round the baby room on Tuesday.", "N", "pleasantry"),
  ("The stacking cot beds fit the alcove you measured, and all twelve pass the EN 716 test your Ofsted inspector will ask to see.", "N", "certification the buyer's process requires, rule 8"),
  ("The cot beds come in beech or white, and every nursery group in your borough has already moved to our range, so you'd be the odd one out if you stayed with the old cots.", "H", "product detail + peers already switched")],
 [("I really need this order in before our financial year closes on the 31st, so I'd be grateful if you could sign it off this week.", "HS", "seller's year end as reason for a date, rule 16"),
  ("The quote with the low tables is attached.", "N", "attachment"),
  ("I'm free on Thursday at 3 to go through the colours with your room leaders, and I'll treat the order as confirmed unless you tell me otherwise by then.", "H", "meeting ask + silence means yes")],
 [("P.S. My regional manager visits on Friday and I'd love to show him your signed order, so anything before then would be wonderful.", "HS", "manager's wish + date for prospect's signature, rule 16")]])

em("Night-vision monoculars for the ranger team", "Hello Callum,", "Regards,\nSaoirse Byrne\nNocturna Optics Ltd", [
 [("Following up on the trial kit we left at the Glenmore hut.", "N", "single polite follow-up"),
  ("The rangers' log shows they spotted the pine martens at 140 m in full dark, which is the range your survey brief asked for.", "N", "value tied to prospect's data")],
 [("Nocturna is backed by two defence investors and holds nine patents, and our thermal module is the brightest on the market.", "S", "investors, patents, generic boast"),
  ("The loan units can stay with you until the 20th, and I can see from our portal that you've opened the price sheet six times without a word back.", "H", "logistics + opened-but-unanswered, rule 13"),
  ("Six units come to £7,920 including the spare batteries, and if you reply today I'll throw the tripod adapters in free.", "HT", "legit price + concession conditioned on seller's date, rule 7")],
 [("Happy to drive up for a night walk with the team, though as a leading optics house our diary is usually full of far bigger estates.", "S", "offer + generic boast")]])

em("Newsletter redesign for the Ferrybridge Residents' Association", "Dear Alan,", "Best,\nMei Tanaka\nNorthpaper Studio", [
 [("Thank you for the three back issues you posted.", "N", "thanks"),
  ("Your members said in the survey that they miss the planning notices buried on page six, so the draft moves them to the front.", "N", "value tied to the prospect's own survey"),
  ("The two layouts are attached, one for the printed edition and one for email.", "N", "attachment")],
 [("A four-page issue costs £180 to design each quarter, including the photo editing.", "N", "plain price"),
  ("Your committee meets on the 9th, so I'll have the final version with you by the 6th.", "N", "prospect's own date"),
  ("Would you like me to come along to answer questions?", "N", "plain question")]])

em("Nurse-led flu clinics for your depots", "Hi Jodie,", "Many thanks\nRaj\nNorthwell Occupational Nursing", [
 [("I'm so sorry to bother you once again, and I do hope you don't mind me writing.", "T", "self-abasing apology for normal selling"),
  ("Our nurses can run a clinic at each of the four depots in the week of 13 October, the week you mentioned, if you would perhaps be kind enough to maybe allow us.", "T", "prospect's date + stacked hedges and permission"),
  ("Perhaps, if it might possibly suit, we could maybe pencil something in at some point?", "T", "stacked hedges")],
 [("The vaccine allocation from our supplier closes on 26 September, so numbers need confirming by then.", "N", "borderline: real external constraint stated once, rule 4"),
  ("Jabs are £14 per person, and my manager has said she'd be very pleased if I could bring your depots onto the list this month.", "HS", "price + manager's wish with a time frame, rule 16"),
  ("Of course, if you're happy with your current provider, please forget I wrote at all.", "T", "pre-emptively releasing the prospect")]])

em("Odour control at Brackley Road pumping station", "Dear Dr Mensah,", "Yours sincerely,\nPeter Haig\nOlfacta Process Systems", [
 [("Further to the site visit, our readings at the wet well peaked at 38 ppm hydrogen sulphide during the morning flush.", "N", "insight from site data"),
  ("A carbon unit sized at 1,200 m3/h would bring that under the 5 ppm your permit conditions set.", "N", "value tied to their permit")],
 [("Put simply, your station needs this unit, and there is nothing more to weigh up.", "H", "you need this as directive"),
  ("Three neighbouring utilities bought after one meeting, and frankly your board will look slow next to them.", "H", "peers shaming")],
 [("The formal quotation is attached for your engineers, and I've copied your chief executive so he can see how long this has been sitting with you.", "H", "attachment + bypass"),
  ("Unless I hear otherwise by Friday, I'll book the crane and the install crew for the 3rd.", "H", "silence means go-ahead, assumptive")]])

em("Office move, Carlton House to Wharf Street", "Hi Fiona,", "Thanks,\nDanny\nOnward Office Removals", [
 [("Quick one.", "N", "pleasantry"),
  ("Weekend of 15-16 Nov works for two crews, 18 desks and the server cabinet, but you're the fourth firm in this building I've moved and the others didn't dither.", "H", "logistics + peers shaming"),
  ("Price is £6,400 all in, and I can take another £500 off if that's what it takes.", "T", "price + unprompted discount")],
 [("We're the biggest office mover in the North West, 40 years, 12,000 moves, and nobody does it better.", "S", "years in business, generic boast"),
  ("The crates can come on the 8th, but sign today or I release the weekend to the bank that wants it.", "H", "logistics + ultimatum with scarcity")]])

em("Winter pruning, Hollin Lane community orchard", "Dear Ruth,", "Kind regards,\nMarcus Adeyemi\nOld Stock Orchard Care", [
 [("It was lovely to see the old Bramleys on Saturday.", "N", "pleasantry"),
  ("The canker on the three trees by the gate should come out before the sap rises, which is why I'd prune in late January.", "N", "expert recommendation with reason, rule 6"),
  ("I've spent most of my weekend drawing up this plan for you, so I was quite hurt not to hear anything since.", "HS", "seller's effort as guilt, rule 15")],
 [("We're a family firm going back four generations of orchard men.", "S", "borderline: heritage line, rule 8"),
  ("The cost is £950 for the 27 trees, with the prunings chipped on site for your paths, and I could do it for £700 if the committee isn't keen.", "T", "price + pre-emptive discount"),
  ("I'd love your committee to say yes this month, as it would really help me hit my winter bookings.", "HS", "seller's target as reason for a time frame, rule 16")]])

em("Ox roast for the Lowbridge Show", "Hi Jenny,", "All the best,\nSam Rhodes\nOld Forge Spit Roasts", [
 [("Thanks for the call yesterday about the show on 2 August.", "N", "prospect's date"),
  ("A whole ox on the spit feeds roughly 350, and your ticket sales last year were 320, so one beast should do it with a little left for the stewards.", "N", "value from prospect's figures"),
  ("We'd arrive at 5 am to light the pit and carve from noon.", "N", "logistics")],
 [("The council will want our food hygiene certificate and gas safety record, and both are attached.", "N", "paperwork their process needs"),
  ("Price is £2,350 including the bread rolls, sauces and two carvers.", "N", "price"),
  ("Let me know if you'd like a vegetarian option alongside.", "N", "plain offer")]])

em("Heating oil tank replacement, Stainby Village Hall", "Dear Mr Pritchard,", "Yours faithfully,\nKaren Ould\nOakmere Tank Services", [
 [("I hope you're keeping well.", "N", "pleasantry"),
  ("Your current tank is single-skinned and sits 1.2 m from the hall wall, so it no longer meets the building regulations for a replacement.", "N", "technical constraint, buyer-tied"),
  ("A 2,500-litre bunded tank would cost £3,180 fitted, and I know that's a lot, I do apologise for the price.", "T", "legit price + apologising for the price")],
 [("I must say I stuck my neck out with my director to get you a site survey so quickly, so I'd expect at least the courtesy of a decision.", "HS", "seller's standing as guilt, rule 15"),
  ("Any responsible hall committee would have replaced that tank two winters ago.", "H", "shaming, any sensible leader"),
  ("The survey photos are attached for your trustees, and I've already pencilled in the fitting for Monday and raised the deposit invoice.", "H", "attachment + assumptive invoice")],
 [("P.S. Forgive the length of this, I know I've gone on.", "T", "apologising for length")]])

em("Pipette calibration, School of Biosciences", "Dear Professor Lindqvist,", "Best regards,\nAnders Kowal\nPrecisa Calibration Services", [
 [("Thank you for sending the asset list of 310 pipettes across the four teaching labs.", "N", "thanks"),
  ("We can calibrate them on site during reading week, which your technician said is the only window without practicals.", "N", "prospect's own window"),
  ("Our UKAS certificates carry the uncertainty figures your ISO 17025 auditors asked about last year.", "N", "credential the buyer's process requires")],
 [("We were also voted Calibration Lab of the Year and our founder sits on three standards committees!", "S", "awards, exclamation boast"),
  ("To be transparent, I'm one contract away from my annual target.", "S", "seller's target, no demand, rule 16"),
  ("Would it help if I joined your lab managers' meeting on the 4th, ideally leaving with a signed order, as that's the last day my annual target counts?", "HS", "meeting ask + seller's target date, rule 16")]])

em("Paper straws for the Halcyon bars", "Hey Louis,", "Speak soon,\nBea\nPapyra Straws", [
 [("Hope the new menu launch went well!", "N", "pleasantry"),
  ("Just wanted to pop up in your inbox again in case you'd had a sec to glance at the samples, no rush at all.", "T", "just wanted to + minimising, purpose of email")],
 [("The 8 mm black straws hold up in a negroni for about 90 minutes, which covers your longest sitting.", "N", "product detail tied to prospect"),
  ("Honestly, if money's tight just tell me what number works and I'll make it happen.", "T", "asking buyer to name their number")],
 [("The straws come in your bar's colours, and half the bars on your street have already switched to us, so you're kind of the last one holding out.", "H", "product detail + peers shaming"),
  ("Crates of 5,000 are £62 each, delivered on your Tuesday drop, and sorry, I know that's probably more than you wanted to pay.", "T", "price + apologising for price")],
 [("P.S. I'll be honest, I'd be gutted to lose this one.", "S", "seller's feeling, no blame or demand, rule 15")]])

em("Replacement covers for the four polytunnels", "Hello Mr Ellery,", "Thank you,\nJoanna Sikora\nPolycraft Horticulture", [
 [("Please excuse my English, I am writing from our office in Poznan.", "N", "borderline: single courtesy apology with reason, rule 3"),
  ("The 200 micron anti-fog film you asked for is in stock, in 9.1 m widths for your tunnels.", "N", "product detail they asked for"),
  ("Price for four covers is 2,760 pounds, but this price is only for this week, after that it is finished.", "H", "price + invented expiry")],
 [("I am very sorry, I know I write too much and maybe I disturb you, forgive me please.", "T", "self-abasing apologies"),
  ("We can send a film sample by post, and maybe if it is possible, perhaps you could think about it, if you have maybe time?", "T", "offer + stacked hedges"),
  ("If the price is problem, I can ask my boss if he gives you 10% less.", "T", "deferring on discount to manager, rule 12")]])

em("Restoring the cornices, Assembly Rooms first floor", "Dear Ms Achterberg,", "Yours sincerely,\nNiall Crossan\nPlasterwork & Co.", [
 [("Thank you for letting us take moulds from the surviving egg-and-dart run in the east salon.", "N", "thanks"),
  ("The moulds show three earlier repairs in gypsum, so I'd recommend running new lengths in lime to match the original and avoid further cracking.", "N", "expert recommendation backed by evidence, rule 6"),
  ("Listed building consent for the work usually takes eight weeks with your council, so an application in January would let us start in spring.", "N", "borderline: real external lead time, rule 4")],
 [("Our estimate of £18,400 covers 46 metres of cornice and the ceiling rose in the stairwell.", "N", "price"),
  ("Your conservation officer asked for sample sections, and two are ready for her visit.", "N", "prospect's process"),
  ("I'll bring them to the site meeting you proposed for the 12th.", "N", "logistics")]])

em("Glass partitions for the third floor", "Hi Marco,", "Best,\nHelen Vasquez\nPaneline Interiors", [
 [("Good to speak earlier.", "N", "pleasantry"),
  ("The acoustic double-glazed partitions cut speech transfer to 44 dB, which covers the HR rooms you were worried about.", "N", "value tied to prospect"),
  ("I'll need a purchase order number from you today so I can lock the glass slot at the factory.", "H", "assumptive demand before yes")],
 [("We've fitted out Google, Deloitte and Unilever, and we're the fastest-growing partition firm in Europe.", "S", "brand names, ranking boast"),
  ("Lead times are jumping next month, so move quickly or your floor will sit empty until spring.", "H", "urgency language, move quickly"),
  ("The drawings and the price breakdown are attached, and I'll be ringing and texting you each morning until I have your answer.", "H", "attachment + multi-channel chasing")],
 [("P.S. Our new partition range just picked up a Design Week gold, which we're all very proud of!", "S", "award boast")]])

em("Pickleball paddles for the Eastside Rec program", "Hi Coach Dana,", "Thanks a ton,\nKevin Marsh\nPaddleworks Sports", [
 [("Thanks for letting me know the spring league is moving to Tuesdays and Thursdays.", "N", "pleasantry"),
  ("Our composite paddles at 7.8 oz suit the older players in your beginners' session, who said the wooden ones tired their wrists.", "N", "product detail tied to prospect"),
  ("Forty paddles plus the ball bucket come to $1,960, and I've gone ahead and charged the card on file from your catalog order so they ship Monday.", "H", "price + assumptive payment")],
 [("The paddles come with edge guards for the gym floor, and honestly you need to replace those wooden paddles now.", "H", "product detail + you need as directive"),
  ("This is the third time I've written and I'd at least appreciate the courtesy of a reply.", "H", "counting attempts + entitlement, rule 13")]])

em("Perspex screens for the Civic Centre reception", "Dear Mr Abara,", "Regards,\nSuzanne Pike\nPolyclear Fabrications", [
 [("Thank you for the measurements of the six counter positions.", "N", "thanks"),
  ("We can cut 6 mm screens with a 300 mm pass-through slot for documents, as your front-of-house team requested, and I hope it's all right that I sketched it without asking.", "T", "product detail + needing approval"),
  ("I'm sorry, I really am, the price has come out higher than I hoped and I feel awful sending it.", "T", "apologising for price, self-abasing")],
 [("Fitting takes one morning before you open, and if it helps, I can drop 20% straight away, no questions asked.", "T", "logistics + unconditional discount"),
  ("I'd also be so grateful if you could put in a good word for us with the council's procurement team.", "S", "favour for seller, referral"),
  ("The quotation is attached and is valid until 31 March, when our acrylic supplier's new price list starts.", "N", "borderline: factual price expiry with reason, rule 4")]])

em("Rosettes for the Wenslow County Show", "Dear Mrs Haddow,", "Kind regards,\nLiam Torrance\nRibbon & Rosette Co.", [
 [("Thank you for your order enquiry for the 2026 show.", "N", "thanks"),
  ("Three-tier rosettes in your show colours, printed with the class name, come to £1.85 each for 1,200, a price I can only honour if you confirm by tomorrow lunchtime.", "H", "price asked for + invented deadline"),
  ("We've made rosettes since 1921 and supply the Royal Show, Crufts and half the county shows in England.", "S", "years in business and boast"),
  ("I'll go ahead and raise the invoice now so we can get started, then you can approve the artwork afterwards.", "H", "invoice before yes")],
 [("Can you confirm whether you'd like the champion rosettes with sashes this year, and quickly please, as my manager wants all my show orders booked by Friday?", "HS", "question + manager's date, rule 16"),
  ("P.S. If you could leave us a review on the show suppliers' directory, that would really help us.", "S", "favour, review")]])

em("Rain gardens for Orchard Close", "Dear Ms Lindberg,", "Best wishes,\nOwen Price\nRillstone Landscapes", [
 [("Thank you for forwarding the flooding reports from your tenants on Orchard Close.", "N", "thanks"),
  ("The drainage survey shows that the gullies at numbers 4 to 12 carry roof runoff straight to the road, which is why the kerb floods after 15 mm of rain.", "N", "insight from prospect's data"),
  ("Four rain gardens along the verge would hold about 18 cubic metres and take that pressure off the gullies.", "N", "value, 'pressure' harmless")],
 [("The county's sustainable drainage grant closes on 28 February, so your application would need to go in before then.", "N", "borderline: real external grant deadline, rule 4"),
  ("I've attached a planting list your residents can help choose from.", "N", "attachment"),
  ("Would a walk round with your tenant liaison officer next Wednesday be useful?", "N", "plain ask")]])

em("Rebar for the Unit 9 ground slab", "Mark,", "Thanks\nJas Dhillon\nReinbar Steel", [
 [("Quote attached: 38 t of B500B, cut and bent to your schedule, £31,900 delivered.", "N", "attachment, price"),
  ("Mill price goes up on the 1st, and honestly there's only one truckload left at this rate, so you'd better decide fast.", "H", "scarcity + move fast"),
  ("We can keep your bending schedule on file, but if you don't book it now you'll be chasing steel all summer.", "H", "offer + now-or-never")],
 [("My sales director is on my back about this one, so help me out and sign before Friday.", "HS", "manager + help me out + date, rule 16"),
  ("Delivery to site can be in two drops to match your pour sequence, but any contractor worth his salt would have ordered last week.", "H", "logistics + shaming")]])

em("River rafting for the finance team away day", "Hi Lauren!", "Cheers!\nGethin\nRapid Dee Adventures", [
 [("Thanks so much for the enquiry, the Dee is running beautifully at the moment!", "N", "pleasantry"),
  ("A half-day on the grade 2 section suits mixed groups, and your 22 people would need four rafts plus a safety kayaker.", "N", "product detail tied to group"),
  ("We've been crowned Best Adventure Provider in Wales four times, and we've got a wall full of trophies to prove it!", "S", "awards boast")],
 [("Lunch is at the riverside hut, and if you don't book in the next 24 hours I can't promise anything, dates are flying out the door.", "H", "logistics + fake deadline and scarcity"),
  ("I've popped a provisional hold on Friday 13 June and added your deposit to the card we have on file from the brochure request.", "H", "assumptive payment step"),
  ("Price is £68 per person including wetsuits and a hot lunch, and sorry if that's steep, we can probably do £55 if you'd like.", "T", "price + apology and discount")]])

em("Radiology reporting for out-of-hours CT", "Dear Dr Oyelaran,", "With kind regards,\nDr Hannah Reiss\nRadiant Reporting Ltd", [
 [("Thank you for sharing the out-of-hours activity data for the last quarter.", "N", "thanks"),
  ("Your CT volumes between midnight and 8 am average 46 scans, and our consultants report head CTs within 30 minutes, which would keep you inside the stroke pathway targets.", "N", "value tied to prospect's data"),
  ("We appreciate this is a procurement framework purchase and will follow your trust's tender timetable.", "N", "respects prospect's process")],
 [("I'll be in Leeds on 3 March and could meet your clinical director then.", "N", "meeting ask"),
  ("Our information governance pack, including the DSPT submission, is attached.", "N", "attachment"),
  ("Please let me know which of your consultants should join the clinical review.", "N", "plain ask")]])

em("Rye crispbread for the in-flight snack box", "Dear Ms Jansen,", "Yours sincerely,\nLars Holm\nRugstad Bakeri AS", [
 [("Thank you for the specification for the economy snack box.", "N", "thanks"),
  ("Our rye crispbread in 12 g twin packs is nut-free and meets the airline allergen matrix you sent.", "N", "product detail, buyer's requirement"),
  ("Also we are the number one crispbread in Scandinavia since 1887, with 14 gold medals and royal warrant.", "S", "heritage plus medals, generic boast")],
 [("Please, we must receive your signature before 30 November, because my director said this is the last day for our annual bonus.", "HS", "seller's bonus as reason for a date, rule 16"),
  ("We already sent the pallet of samples to your Schiphol store, so you only need to pay the invoice which is attached.", "H", "assumptive payment before yes"),
  ("Samples of the sesame version can follow if your panel wants to compare, but really you need our crispbread, there is no other good choice.", "H", "offer + you need this")],
 [("P.S. Perhaps you could also write a small testimonial for our website, we would be very happy.", "S", "favour, testimonial")]])

em("Rostering for the three community hospitals", "Hi Beth,", "Best,\nChris\nRotaWise", [
 [("Following up on the demo last week.", "N", "single follow-up line"),
  ("Your ward managers said they spend about six hours a week fixing gaps in the rota, and the auto-fill rules we set up in the demo would take most of that away.", "N", "value from prospect's own figures")],
 [("RotaWise has 52 modules, from shift swaps, leave, skills matrices, e-timesheets, fatigue rules and bank staff to payroll export, analytics and a mobile app.", "S", "feature dump"),
  ("You'll be losing thousands every week you wait, and frankly that's money down the drain.", "H", "cost of delay used to push, rule 5"),
  ("Training for your ward managers is included, and I'd hate for you to be disappointed with us, so I hope that's all right to say.", "T", "offer + needing approval")],
 [("The licence quote for 640 staff is attached, and a quick yes would really help me, as my director reviews my pipeline on Friday.", "HS", "attachment + seller's pipeline date, rule 16")]])

em("Mineral licks for the suckler herd", "Dear Mr Cathcart,", "Yours faithfully,\nFiona Gault\nSaltmere Feeds", [
 [("Thank you for sending the forage analysis from the upland fields.", "N", "thanks"),
  ("The selenium and copper figures are low, which fits the retained cleansings you mentioned at calving.", "N", "insight from prospect's data"),
  ("A high-selenium lick bucket at one per 20 cows would address that before turnout.", "N", "recommendation")],
 [("For 140 cows that is seven buckets a month at £38 each, delivered with your usual feed.", "N", "price"),
  ("Your vet may want to check the levels again in May, and I'm glad to send her the analysis sheet.", "N", "offer"),
  ("I'll ring you on Thursday morning unless another time suits better.", "N", "plain next step")]])

em("Resoling boots for the mounted unit", "Dear Sergeant Whyte,", "Respectfully yours,\nMalcolm Dee\nSoleright Cobblers", [
 [("I am most grateful to you for even considering a small shop like mine, and I hope I'm not wasting your valuable time.", "T", "thanking for considering, self-abasing"),
  ("We resole riding boots with a Vibram heel and stitched welt for £64 a pair, turned round in ten working days.", "N", "price and detail"),
  ("I do understand completely if you'd rather stay with your current supplier, and I shan't trouble you again.", "T", "accepting brush-off without question")],
 [("That said, I did drive to your stables twice at my own expense to measure the boots, so a reply would be the decent thing.", "HS", "seller's effort as guilt, rule 15"),
  ("The measurements for the 14 pairs are attached, and please forgive me for taking up so much of your time with such a long letter.", "T", "attachment + apologising for length")]])

em("Sound masking for the fourth floor", "Hello Nadia,", "Kind regards,\nTheo Blackwood\nSonance Workplace", [
 [("Thank you for the call with your facilities team on Monday.", "N", "thanks"),
  ("Your staff survey said 61% can't concentrate near the sales desks, and masking at 42 dBA usually halves that complaint within a month.", "N", "value tied to prospect's survey"),
  ("I had to really battle my managing director to get this price approved for you, so I'm counting on you not to let me down.", "HS", "seller's standing/effort as guilt, rule 15")],
 [("If we can get the order in by the 30th, I'd qualify for our quarterly sales trip, which would mean the world to me.", "HS", "sales contest as reason for a date, rule 16"),
  ("I've already pencilled in your installation for the 8th and told the engineers to expect your deposit.", "H", "assumptive booking and payment"),
  ("The acoustic survey report is attached, and we're the only Platinum masking partner in the UK, with a string of industry awards behind us.", "S", "attachment + generic boast")]])

em("Snow clearing, Westmoor Hospital car parks", "Dear Mr Hughes,", "Yours sincerely,\nGraham Sutherland\nSnowline Grounds Services", [
 [("Thank you for inviting us to quote for the winter contract.", "N", "thanks"),
  ("We would grit the A&E approach and staff car parks by 6 am whenever the road surface forecast drops below 1 degree, as your specification sets out.", "N", "service detail to prospect's spec"),
  ("We keep a gritter on standby at our depot two miles from the hospital, and we are the largest winter maintenance contractor in the country, with 300 gritters and more awards than anyone.", "S", "service detail + generic boast")],
 [("The price for the season is £21,600, and I apologise that it's such a large figure, and for the length of this email.", "T", "legit price + apologising for price and length"),
  ("Could you possibly perhaps let us know, if it isn't too much trouble, whether you might consider us?", "T", "stacked hedges + permission"),
  ("Your tender closes at noon on 17 October and our submission will be on the portal before then.", "N", "prospect's own deadline")]])

em("Carved lettering for the Corn Exchange pediment", "Dear Councillor Mbeki,", "Yours faithfully,\nEdmund Vale\nStonegrave Carvers", [
 [("Thank you for the photographs of the eroded inscription.", "N", "thanks"),
  ("The Portland stone has lost about 4 mm of face, so I'd re-cut the letters in situ rather than replace the block, which keeps the original stone.", "N", "expert recommendation with evidence"),
  ("Scaffold access would need the highways licence, which your team told me takes six weeks.", "N", "external lead time, logistics")],
 [("Our quotation for re-cutting and gilding the 38 letters is £9,750.", "N", "price"),
  ("I could meet your heritage officer on site on 6 May, when the scaffolders are already there for the clock.", "N", "meeting ask"),
  ("The method statement is attached for your committee papers.", "N", "attachment")]])

em("Shuttle buses for Medica Summit", "Hi Aisha,", "Best,\nRyan Cole\nSwiftlink Coaches", [
 [("Thanks for the hotel list for the summit, 9-11 September.", "N", "prospect's dates"),
  ("Four 49-seaters looping the three hotels every 20 minutes would cover your 900 delegates at the morning peak.", "N", "value tied to numbers"),
  ("Only two coaches are left in our whole fleet for that week, and another event is about to grab them.", "H", "manufactured scarcity")],
 [("Honestly, any organiser who leaves transport this late is asking for trouble.", "H", "shaming"),
  ("I emailed, texted and left voicemails on Monday and Tuesday, and I'll keep trying your mobile till I hear back.", "H", "multi-channel chasing, rule 13"),
  ("The three-day price is £8,850 including drivers' hotel rooms, but that figure disappears at midnight tonight.", "H", "price + invented expiry")],
 [("P.S. I've already blocked the coaches and sent the booking confirmation to your finance inbox, so it's only the signature left.", "H", "assumptive booking")]])

em("Spirometry for the foundry team", "Dear Mrs Kaur,", "Kind regards,\nDr Simon Flett\nSpiroCare Occupational Health", [
 [("Thank you for the list of the 86 staff in the casting and fettling shops.", "N", "thanks"),
  ("Your COSHH assessment names respirable silica, which means annual lung function testing for those roles under the health surveillance rules.", "N", "regulatory prerequisite"),
  ("We can test up to 30 people a day in a room on site, so the whole group would take three days.", "N", "logistics")],
 [("The fee is £24 per person, including a report your HSE inspector can read.", "N", "price"),
  ("I'd suggest the week after your summer shutdown, when the shifts are back to normal.", "N", "recommendation tied to prospect"),
  ("Shall I send the consent forms to your HR team?", "N", "plain ask")]])

em("Frozen smoothie packs for the Ironhouse gyms", "Hey Jamal,", "Catch you soon,\nMaddie\nSippa Smoothies", [
 [("Loved the new juice bar at the Canal Street site!", "N", "pleasantry"),
  ("Our packs blend in 40 seconds from frozen, so your front-desk staff could serve one between check-ins.", "N", "value tied to prospect"),
  ("We're stocked in Selfridges, backed by two Dragons and we just won Best New Brand, woohoo!", "S", "investors, awards, exclamation boast")],
 [("Could you maybe sign the supply agreement by Friday, because we're trying to hit a big number for our investors this month?", "HS", "seller's target as reason for a date, rule 16"),
  ("We'd supply the blender at no cost, and all your competitors in Leeds have already got us in their fridges.", "H", "offer + peers already bought"),
  ("Prices are £1.10 per pack, 120 packs per case, and if that feels high just say so and I'll cut it, whatever you need.", "T", "price + caving")]])

em("Self-storage for the props and costumes", "Dear Ms Rourke,", "Warm regards,\nNathan Osei\nSafeStow Storage", [
 [("Thank you for showing me round the scenery dock.", "N", "pleasantry"),
  ("A 300 sq ft unit on the ground floor takes a full-height flat and has roller-door access for your van.", "N", "product detail"),
  ("The first three months would be £240 a month, the rate you asked for, and we've been voted the best-rated storage site in the region five years straight.", "S", "price asked for + ranking boast")],
 [("I'm afraid I haven't been quite myself since you went quiet, and I'd really appreciate some word after all the viewings I've organised.", "HS", "seller's feelings and effort as guilt, rule 15"),
  ("Once the paperwork's signed you'd have a code for the gate the same day.", "N", "logistics"),
  ("Happy to answer anything else about insurance or access hours, though I can't promise to hold this rate for you past Friday.", "H", "offer + invented price hold")]])

em("Electronic scoreboard for Ashcombe CC", "Hi Pete,", "Cheers,\nSteve\nScoreline Displays", [
 [("Good to chat at the nets on Sunday.", "N", "pleasantry"),
  ("The 4 m board shows runs, wickets, overs, both batters and the target, readable from the far boundary in sunlight.", "N", "product detail"),
  ("The ECB facilities fund grant covers up to 50% and its spring round closes on 31 January, so your committee might want to apply now.", "N", "borderline: real external deadline with reason, rule 4")],
 [("Price is £6,900 installed, or £6,400 if you commit to the three-year service plan.", "N", "concession traded for term, rule 7"),
  ("The app lets your scorers update from the pavilion by Bluetooth, and we also make sightscreens, PA systems, clocks, video walls, tickers and a members' app.", "S", "feature + feature dump"),
  ("Would the 14th suit for a look at a working board at Hatfield, and could you bring the club card so we can take the deposit there and then?", "H", "meeting ask + assumptive payment")]])

em("Sugar-free syrups for the Beanline cafés", "Hi Olivia,", "Best wishes,\nCarla\nSyrupworks", [
 [("Hope the winter menu is going well.", "N", "pleasantry"),
  ("Just checking in to see if you'd had a chance to think about it, no rush whatsoever, whenever you're free.", "T", "just checking in as purpose, minimising"),
  ("The sugar-free vanilla and caramel come in 1 litre pump bottles, 100 servings each, and I could let you have the first case free if that would help at all.", "T", "product detail + unprompted concession")],
 [("I know you said you're happy with your current supplier, so no problem at all, I'll try again next year.", "T", "accepting brush-off without question"),
  ("Sorry again for bothering you, I really do hope I haven't been a nuisance.", "T", "apology for normal selling, needing approval")]])

em("Synthetic ice rink for Winter Lights", "Dear Mr Ferreira,", "Yours sincerely,\nIngrid Solberg\nSkateFlow Rinks", [
 [("Thank you for the site plan of the Market Square.", "N", "thanks"),
  ("A 20 x 10 m synthetic rink needs no refrigeration or power, so it avoids the generator noise your residents complained about last year.", "N", "value tied to prospect"),
  ("With the grid you showed me, 70 skaters at a time fits comfortably, and the bigger councils nearby have all booked one, so you won't want to be the only town without.", "H", "detail + peers FOMO")],
 [("Our rink was in Vogue, on the BBC and at Davos, and we have more five-star reviews than any other rink company in Europe.", "S", "media mentions, rankings"),
  ("Set-up takes two days before the lights switch-on, but leave it any longer and you'll regret it when your square is empty at Christmas while the next town is packed.", "H", "logistics + FOMO"),
  ("The hire quote for six weeks, with 200 pairs of skates, is attached, and I'm sorry to keep filling your inbox like this.", "T", "attachment + apology for following up")]])

em("Scrub caps for the theatre teams", "Dear Sister Mahon,", "Kind regards,\nPriscilla Ng\nSurgiTex Apparel", [
 [("Thank you for the feedback from the theatre staff trial.", "N", "thanks"),
  ("Named caps with role printed on the band help the team identify who is who at the WHO checklist, which your staff said saves time at sign-in.", "N", "value tied to feedback"),
  ("I'd really love to make this my biggest order of the year, as it'd put me top of the leaderboard at work.", "S", "seller's stake, no date or demand")],
 [("And if you could sign by Wednesday, I'd get my commission in this month's pay.", "HS", "commission as reason for date, rule 16"),
  ("Delivery would be the week of the 10th, and I've already sent your details to our finance team so they can set up the direct debit.", "H", "logistics + assumptive payment"),
  ("Reusable caps are £7.20 each, with free name printing for orders over 200.", "N", "price, volume concession")]])

em("Junmai sake for the Kagura restaurants", "Dear Chef Yamada,", "Respectfully,\nKenji Ota\nSakura Sake Imports", [
 [("Thank you very much for the tasting last Thursday.", "N", "thanks"),
  ("The Junmai Ginjo from Niigata is dry and light, and I think it goes very well with the sashimi course you showed me.", "N", "product tied to prospect"),
  ("Please forgive me, I am very sorry for taking your time again, I know you are very busy.", "T", "self-abasing apology for selling")],
 [("If the price is too high, you can tell me any number you like and I will accept it.", "T", "name your number"),
  ("Maybe, perhaps, if you think it is possibly okay, I could bring the other sake next week, only if it is not trouble?", "T", "stacked hedges + permission"),
  ("A case of 12 bottles of 720 ml is 396 pounds, and I am so sorry that it is expensive.", "T", "price + apologising for price")]])

em("Repair of laparoscopic instruments", "Dear Mr Delaney,", "Regards,\nRebecca Asante\nSurgiFix Instrument Services", [
 [("Further to your question about turnaround, we return repaired graspers and scissors within five working days.", "N", "answer to prospect's question"),
  ("We repaired 340 instruments for your trust last year, and the sterile services manager tells me none came back twice.", "N", "social proof tied to prospect"),
  ("Unfortunately your sterile services team chose to go to tender without even calling me, which I must say was rather unprofessional.", "H", "shaming the prospect's conduct")],
 [("I have forwarded this thread to your chief executive, who I'm sure will want to know why a proven supplier is being overlooked.", "H", "bypass threat"),
  ("Our prices for the new framework are in the attached schedule, and after eleven years of personally looking after your theatres, I think I deserve better than this.", "HS", "attachment + seller's effort as guilt, rule 15")]])

def codes(c):
    if c == "N":
        return ["NONE"]
    m = {"H": "hard_close", "S": "self_serving", "T": "timidity"}
    return [m[k] for k in "HST" if k in c]

here = os.path.dirname(os.path.abspath(__file__))
sents, emails = [], []
sid = 0
for i, (subj, sal, sign, paras) in enumerate(E, 1):
    curly = (i % 3 == 0)
    fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
    eid = "s37e%03d" % i
    body = "\n\n".join(" ".join(fix(t) for t, c, n in p) for p in paras)
    text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
    cnt = {"hard_close": [0, 0], "self_serving": [0, 0], "timidity": [0, 0]}
    for p in paras:
        for t, c, n in p:
            sid += 1
            t = fix(t)
            assert t in text, (eid, t)
            labs = codes(c)
            bl = n.startswith("borderline:")
            for l in labs:
                if l != "NONE":
                    cnt[l][0] += 1
                    if not bl:
                        cnt[l][1] += 1
            sents.append({"id": "s37-%04d" % sid, "email": eid, "text": t, "labels": labs, "note": n})
    lab = {k: (0 if v[0] == 0 else (2 if v[0] >= 2 and v[1] >= 1 else 1)) for k, v in cnt.items()}
    emails.append({"email": eid, "subject": fix(subj), "text": text, "labels": lab})

with open(os.path.join(here, "test.jsonl"), "w", encoding="utf-8") as f:
    for s in sents:
        f.write(json.dumps(s, ensure_ascii=False) + "\n")
with open(os.path.join(here, "test-emails.jsonl"), "w", encoding="utf-8") as f:
    for e in emails:
        f.write(json.dumps(e, ensure_ascii=False) + "\n")

# checks: every line parses, counts
for fn in ("test.jsonl", "test-emails.jsonl"):
    with open(os.path.join(here, fn), encoding="utf-8") as f:
        for line in f:
            json.loads(line)
from collections import Counter
c = Counter()
for s in sents:
    for l in s["labels"]:
        c[l] += 1
faulty_counts = Counter(s["email"] for s in sents if s["labels"] != ["NONE"])
print("emails", len(emails), "sentences", len(sents))
print("NONE %d (%.1f%%)" % (c["NONE"], 100.0 * c["NONE"] / len(sents)))
for k in ("hard_close", "self_serving", "timidity"):
    print(k, c[k])
print("multi-label", sum(1 for s in sents if len(s["labels"]) > 1))
print("borderline", sum(1 for s in sents if s["note"].startswith("borderline:")))
print("emails with 2+ faulty", sum(1 for e in emails if faulty_counts[e["email"]] >= 2),
      "clean", sum(1 for e in emails if faulty_counts[e["email"]] == 0),
      "one faulty", sum(1 for e in emails if faulty_counts[e["email"]] == 1))
for k in ("hard_close", "self_serving", "timidity"):
    print("email", k, Counter(e["labels"][k] for e in emails))
