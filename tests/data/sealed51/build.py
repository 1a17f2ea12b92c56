#!/usr/bin/env python3
"""Build the sealed51 evaluation set (hand-written, labelled from LABELS.md)."""
import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
C = {"N": [], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"],
     "HS": ["hard_close", "self_serving"], "HT": ["hard_close", "timidity"],
     "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}
# (subject, salutation, sign-off, [(sentence, code, note)])
E = [
("Spun lip blanks, Trent 700 nacelle repair", "Dear Ms Okafor,", "Kind regards,\nDaniel Hurst\nHurst Metal Spinning", [
 ("Thank you for the drawing pack for the 14 inlet lip blanks.", "N", "pleasantry and logistics"),
 ("We can spin them from 2024-T3 on our 3-metre lathe and hold the 0.3 mm profile tolerance you specified.", "N", "concrete capability tied to their spec"),
 ("Our first-article inspection report would follow the AS9102 format your quality team asked for.", "N", "our, but serves the buyer's process"),
 ("The quote is attached, and I'd want the purchase order in hand by Thursday because our half-year numbers close that night.", "HS", "legit attachment plus seller-driven deadline (rule 16)"),
 ("The blanks can ship in week 32 as your planner asked, and three other MRO shops in the region have already moved their spinning work to us, so you'd hardly be taking a gamble.", "H", "legit clause plus peers already switched, used to push"),
 ("Could we hold a 30-minute call on Tuesday to go through the heat-treat sequence, given I've bent over backwards to get this quote out for you?", "HS", "legit meeting ask plus seller effort as leverage (rule 15)"),
 ("P.S. Our spinning cell was just ranked the fastest in Europe by a trade magazine.", "S", "generic ranking boast"),
]),
("Mortgage clinics for your ward staff", "Hi Priya,", "Warmly,\nJo Pennick\nKeystone Home Finance", [
 ("It was lovely to meet you at the staff benefits fair last week.", "N", "pleasantry"),
 ("Our advisers could run drop-in clinics on both early and late shifts, and honestly every other Trust in the region has signed up already, so it would look odd to be the exception.", "H", "value plus peers switched, shaming"),
 ("I feel a bit cheeky even suggesting it, and I completely understand if the Trust is far too busy for something like this.", "T", "self-abasement, pre-emptive release"),
 ("The sessions are free to staff and run 20 minutes each, and we've been named Regional Broker of the Year three times running, which we're very proud of.", "S", "legit clause plus generic award boast"),
 ("Would a pilot at the Elmwood site in March be worth discussing, or would that be overstepping, sorry?", "T", "plain ask plus approval-seeking apology"),
 ("A draft poster for the staff room is attached, and if it helps we could waive the set-up fee entirely, just say the word.", "T", "legit clause plus unprompted unconditional concession"),
]),
("Resilvering the ballroom mirrors", "Hey Marcus,", "Cheers,\nTess\nSilverline Mirror Works", [
 ("Great chatting on Friday about the six pier mirrors in the ballroom.", "N", "pleasantry"),
 ("From the photos, the foxing is confined to the lower third, so resilvering should let you keep the original glass.", "N", "expert insight"),
 ("I've honestly spent most of my weekend on these photos for you, so I was a bit gutted not to hear anything back.", "HS", "seller's effort as guilt (rule 15)"),
 ("The quote is attached, and I've gone ahead and pencilled our van in for the 9th, so you just need to pay the deposit.", "H", "legit attachment plus assumptive payment step"),
 ("Let me know if the 9th clashes with any events you've got booked.", "N", "logistics"),
 ("P.S. Sorry this email turned into such an essay!", "T", "apology for length (rule 3)"),
]),
("Macramé hangers, 12 stores", "Sam,", "Ruth\nKnotwork Supply", [
 ("Samples of the 90 cm hanger posted Monday.", "N", "logistics"),
 ("Cord is recycled cotton, rated to 8 kg.", "N", "product detail"),
 ("Price is 4.10 a unit at 600, 3.85 at 1,200.", "N", "volume pricing asked for"),
 ("Spring stock goes to your buyer's planogram deadline of 28 February, as you said.", "N", "prospect's own date"),
 ("Call Weds?", "N", "terse plain ask"),
]),
("Mud kitchens for the Acorn nurseries", "Dear Mrs Whitfield,", "With my very humble respects,\nGraham Ellery\nPuddle & Plank", [
 ("I do hope you will forgive me for writing to you again, and I am so very sorry to take up your valuable time.", "T", "repeated, self-abasing apology"),
 ("Might it, perhaps, be conceivable that you could consider a small look at our mud kitchen catalogue?", "T", "stacked hedges"),
 ("Each unit is larch with a stainless sink and sits at 55 cm, which suits the two-to-four age group you mentioned.", "N", "product detail tied to prospect"),
 ("The price list for the three sizes is enclosed, and of course, if it seems too high, please do tell me what figure you had in mind and I will try to match it.", "T", "legit clause plus asking buyer to name their number"),
 ("I really hope I have not overstepped in any way.", "T", "needing approval"),
]),
("Plates for the Hepburn surgical atlas", "Dear Dr Vance,", "Yours sincerely,\nMiriam Castell\nCastell Medical Illustration", [
 ("Thank you for sending the chapter outline for the hepatobiliary section.", "N", "pleasantry"),
 ("For the 38 plates, I would propose line-and-tone in a consistent palette, so the vessels read clearly in the greyscale print edition.", "N", "expert recommendation"),
 ("Your production editor set 30 June for final art, so I have planned roughs for 14 April and a review call on 2 May.", "N", "borderline: deadline is the prospect's own (rule 4)"),
 ("My fee is attached as a schedule per plate, as you requested.", "N", "requested price attachment"),
 ("Would Wednesday at 3 suit for a short call to agree the labelling style?", "N", "meeting ask"),
]),
("Mule string for the Ridge Trail crew", "Ranger Diaz,", "Bo Harlan\nHigh Switchback Packers", [
 ("Got your note on packing tools and rock bar to the upper camp in July, and I expect an answer today given how long I've held those mules for you.", "HS", "logistics plus seller's waiting as guilt and entitlement (rule 15)"),
 ("Eight mules, two trips a week, 1,400 lb a trip, and we carry our own weed-free feed, which your forest order requires.", "N", "concrete detail, requirement-based"),
 ("Frankly, hiring us is the only sensible call for your crew, end of discussion.", "H", "directive telling the prospect what they need"),
 ("Pay the deposit by Friday, or the string goes to the county job and you can haul it yourselves.", "H", "ultimatum"),
 ("We can start the first haul on 8 July as you asked, and the other district already signed with us, so I'd hate for you to look like the slow one.", "H", "legit clause plus peer shaming"),
 ("Call me on the number below with questions.", "N", "plain ask"),
]),
("Notebooks for the delegate bags", "Hi Leonie!", "Speak soon,\nAbi\nDotline Paper Co.", [
 ("Hope the venue walk-through went well yesterday!", "N", "pleasantry"),
 ("Floating this back up your inbox in case our notebook samples got buried.", "T", "purpose is checking in (rule 1)"),
 ("The A5 dot-grid with your logo blind-debossed comes to 3.20 each for 450, delivered to the venue dock by 6 October.", "N", "price and logistics asked for"),
 ("I've already sent the artwork to production for you, so consider it booked.", "H", "assumptive step before a yes"),
 ("A sample with your logo is on its way, and we're genuinely the most-loved notebook brand on the events scene, with more five-star reviews than anyone.", "S", "legit clause plus generic boast"),
 ("Honestly, a yes from you would make me very happy, since I've got a team target riding on it.", "S", "seller's stake, no date (rule 16 no)"),
 ("Happy to do a quick call Thursday to pick the cover colour, but no stress at all if it's not for you, totally fine either way!", "T", "legit clause plus pre-emptive release"),
]),
("Orrery for the Discovery Hall", "Dear Professor Lindqvist,", "Yours faithfully,\nEdmund Faraday-Cole\nOrbis Instruments Ltd", [
 ("Thank you for the gallery plan and the visitor figures; we are also delighted to announce that our new Celestia range launched this week to great acclaim.", "S", "pleasantry plus we-centric announcement"),
 ("Our proposal is a 2.4-metre brass orrery with a hand-crank drive, which school groups can operate safely under supervision.", "N", "value tied to prospect"),
 ("We are the oldest instrument makers in the country, founded in 1791, and have supplied observatories on four continents.", "S", "borderline: heritage plus generic boast (rule 8)"),
 ("Our range features brass gearing, LED planet illumination, a motorised drive, app control, sound narration, a time-lapse mode and a remote diagnostic port.", "S", "feature dump"),
 ("Your capital grant closes on 31 March, so the order would need to be placed by mid-February to secure the build slot.", "N", "borderline: real external constraint stated once with reason (rule 4)"),
 ("The price we quoted holds until 31 January, after which the brass surcharge review may change it.", "N", "borderline: factual price expiry with reason, no urgency"),
 ("Would a visit to our workshop on the 24th be helpful, where I would love to show off every instrument our team has built this decade?", "S", "meeting ask plus show off whole range (rule 9)"),
]),
("Oud for the Eid evening reception", "Dear Farah,", "With warm wishes,\nYusuf Karam", [
 ("Thank you for thinking of me for the reception on the 12th.", "N", "pleasantry"),
 ("I would play a 90-minute set of maqam pieces, quiet enough for guests to talk over during the first hour.", "N", "service detail tied to event"),
 ("I have turned down two weddings to keep that evening free for you, so a confirmation this week is the least I would expect.", "HS", "seller sacrifice as guilt with entitlement (rule 15)"),
 ("My agent tells me yours is one of the biggest bookings of my season, which would mean a great deal to me.", "S", "seller's stake, no blame or demand (rule 15)"),
 ("My agent also says your booking needs to be locked before his month closes, so please sign the rider by Friday.", "HS", "seller's agent/month as reason for a date (rule 16)"),
 ("The rider with the sound requirements is attached.", "N", "attachment"),
 ("P.S. Forgive me for being so forward about all of this.", "T", "apology for normal selling"),
]),
("Owl pellets for Year 6 science", "Dear Mr. Hallam,", "Best regard,\nAnke Vermeulen\nPelletLab Education", [
 ("Thank you for your question about the owl pellets, and sorry, so sorry for my slow answer and my bad English.", "T", "pleasantry plus repeated self-abasing apology"),
 ("All our pellets are heat-sterilised at 120 degrees and come with a bone identification chart for each pupil.", "N", "product detail tied to use"),
 ("For 90 pupils the price is 1.60 for each pellet, and we send within three days from order.", "N", "price asked for"),
 ("Please, the price list is in the attachment, and I am sorry it is not so cheap, I know schools have very small budgets.", "T", "legit clause plus apologising for the price"),
 ("I hope very much the school will still be happy with a small company like ours.", "T", "needing approval"),
 ("Can you tell me the week of your science topic, so I plan the delivery?", "N", "logistics question"),
]),
("Restringing the pearl strands", "Nadia,", "Colm", [
 ("Received the 22 strands, thanks; your neighbour on Hatton Row already switched to us, so you'd be in good company.", "H", "logistics plus peers already switched"),
 ("Silk, knotted between each pearl, 9 per strand, 5 working days.", "N", "price and detail"),
 ("Two of the clasps are worn thin; I'd replace rather than risk a customer's strand dropping.", "N", "borderline: expert recommendation with evidence (rule 6)"),
 ("Our insurance upgrade is a must for you as well, full stop.", "H", "you need this, directive"),
 ("I'll put your card on file to cover it when the strands go back.", "H", "assumptive payment step"),
]),
("Bent hydraulic lines, harvester build", "Mr Szabo,", "Pete Morrow\nMorrow Tube Forming", [
 ("Your sample set of 40 lines is bent and measured, report attached.", "N", "attachment"),
 ("All bends came in within 0.5 degrees on our CNC bender, so no rework on your side.", "N", "value stated plainly"),
 ("My foreman is on my back about filling next month's schedule, so I'm counting on this one.", "S", "seller's need, no date on the prospect's action (rule 16 no)"),
 ("This is the fourth time I've sent this report and the read receipt says you opened it twice.", "H", "counting attempts and read-receipt guilt"),
 ("The bend data is in the same folder as the drawings, and if I hear nothing by Monday I'll put it in front of your ops director myself.", "H", "legit clause plus bypass threat"),
 ("Unless you stop me by the 20th, we start the 2,000-piece run.", "H", "silence as consent"),
 ("Questions on the bend radii, ring me.", "N", "plain ask"),
]),
("Sunray pleating for AW", "Hi Clara,", "x Rosie\nFold & Form Pleating", [
 ("Loved the chiffon swatches you sent over, they'll take a sunray pleat beautifully.", "N", "pleasantry"),
 ("We can turn 60 metres in a week, set at 160 degrees, and I'll pop the invoice over tonight so we can get cracking.", "H", "product detail plus invoice before a yes"),
 ("We've dressed every big runway in London, won loads of awards, and our Instagram is honestly huge.", "S", "generic boast"),
 ("We'll courier the finished panels on Friday, and would it be a massive favour to tag us when the collection drops?", "S", "legit clause plus favour benefiting seller"),
 ("And if the price feels steep, I can do 15% off, I just really want to work with you.", "ST", "unprompted discount pleaded for seller's own sake"),
 ("Sample panel ready by Thursday if you confirm today.", "N", "borderline: logistics, no urgency language (rule 14)"),
]),
("Prayer mats for the multi-faith room", "Dear Reverend Achebe,", "Yours most respectfully and gratefully,\nHamid Qureshi\nQibla Textiles", [
 ("Thank you for your kind reply about the multi-faith room at St Luke's, which I truly did not deserve after pestering you so.", "T", "pleasantry plus self-abasement"),
 ("The mats are wipe-clean, flame-retardant to the standard your estates team quoted, and fold flat into the wall cupboard.", "N", "certification the buyer's process requires"),
 ("I must apologise again for writing, and again for the length of my last letter, and for any inconvenience I have caused.", "T", "repeated apologies for normal selling"),
 ("Should a spare minute ever present itself, and only if it would not inconvenience you, I would be grateful for any reply at all.", "T", "permission-begging"),
 ("We can deliver 24 mats in the week of 3 March, and I would be honoured to supply them at cost, if that would make things easier for you.", "T", "legit clause plus unprompted concession"),
 ("Should the chaplaincy decide otherwise, thank you so much for even reading my letters.", "T", "thanking them for considering"),
]),
("Portrait of the outgoing Vice-Chancellor", "Dear Dr Osei,", "Yours sincerely,\nHelena Marsh", [
 ("Thank you for the committee's brief and the photographs of the Senate Room.", "N", "pleasantry"),
 ("I would suggest a three-quarter length in oils at 120 by 90 cm, which would hang well beside the existing portraits.", "N", "expert recommendation"),
 ("Four sittings of two hours would be enough, and I can work from the Vice-Chancellor's own study.", "N", "logistics"),
 ("The fee is set out in the attached letter, with staged payments as your finance office requested.", "N", "requested price and terms"),
 ("The unveiling date of 19 September you gave leaves comfortable time for varnishing.", "N", "prospect's own date"),
]),
("Sleepers for the raised vegetable beds", "Hello Mr. Pryce,", "Many greeting,\nJan Kowalczyk\nKowal Timber", [
 ("Thank you for your question about the sleepers for the community garden.", "N", "pleasantry"),
 ("We have new oak sleepers, not treated with creosote, so they are safe for growing food.", "N", "product detail tied to use"),
 ("I want to be honest, my boss is watching my numbers very close this year.", "S", "seller's need, no date or demand (rule 16 no)"),
 ("The price for 40 sleepers is in the file attached, and you must pay before Friday because after that my boss will not allow this price.", "HS", "legit attachment plus seller's manager as reason for date (rule 16)"),
 ("We can deliver on Saturday morning when your garden is open, and all the other allotments in your town already buy from us, you will be the last one.", "H", "legit clause plus peers switched, shaming"),
 ("Delivery is with our own lorry with a crane arm, and we are the biggest timber firm in all the region since 1962.", "S", "logistics plus generic boast"),
]),
("Sat phones, Atacama team", "Ines,", "Marco\nFarReach Comms", [
 ("Six handsets plus two data terminals, quote attached, price only good till my month-end tally on Friday.", "HS", "attachment plus seller's month end as reason for date (rule 16)"),
 ("Each ships with a pre-loaded SIM and tested on our roof before dispatch.", "N", "product detail"),
 ("The airline's lithium battery rules need the spares packed in your hand luggage, so I've included the right pouches.", "N", "technical prerequisite"),
 ("Kit must leave us by 2 March to reach Santiago before your 10 March start.", "N", "borderline: real lead time tied to prospect's own date (rule 4)"),
 ("Shout with questions, but your team needs these, end of story.", "H", "plain ask plus you-need-this directive"),
]),
("Sled dogs for the February away day", "Hey Tom!", "Woof woof,\nKirsty\nNorthern Paws Sledding", [
 ("Thanks for the call, sounds like your team is up for an adventure!", "N", "pleasantry"),
 ("We could run three 20-minute mushing sessions with six-dog teams, and my boss says if you book before the 1st it counts toward our winter promo.", "HS", "service detail plus seller's boss/promo as reason for date (rule 16)"),
 ("Just thought I'd pop up again in case this one slid down your inbox, sorry!", "T", "checking in plus apology for following up"),
 ("Warm boots and overtrousers are included for everyone, and our dogs were on telly last Christmas and we've got more trophies than shelf space!", "S", "legit clause plus generic boast with exclamation"),
 ("I went ahead, held the 14th for you and sent over the invoice, so pay that and we're set.", "H", "invoice before a yes"),
 ("Seriously though, I'd be gutted to miss my target, so you'd really be doing me a solid.", "ST", "pleading for the seller's own sake, no date (rule 15)"),
]),
("Tintype portraits at the Founders' Dinner", "Dear Imogen,", "Warmly,\nArlo Penhale\nWet Plate Studio", [
 ("It was a pleasure to hear about the Founders' Dinner on 8 November.", "N", "pleasantry"),
 ("I'd set up a portable darkroom in the library and make around 30 portraits on aluminium, each finished and varnished within 15 minutes.", "N", "service detail"),
 ("Guests take home a plate that lasts a century, which fits the heritage theme you described.", "N", "value tied to prospect"),
 ("The silver nitrate needs a ventilated corner, so the library's side room would be ideal.", "N", "technical prerequisite"),
 ("Could we talk on Tuesday afternoon to confirm the room?", "N", "meeting ask"),
]),
("Vapour blasting the SU carbs", "Gareth,", "Dean\nBlastworks Classics", [
 ("Six carb bodies, 45 each, two weeks turnaround.", "N", "price asked for"),
 ("We bag and tag every jet so nothing goes missing.", "N", "value detail"),
 ("Been waiting on you for three weeks while I kept this slot free, mate, so the least you can do is answer.", "HS", "seller's waiting/sacrifice as guilt (rule 15)"),
 ("Collection's free inside the M25, but book by tonight, tomorrow the price goes up and you've missed it for good.", "H", "legit clause plus fake deadline"),
 ("Your mate at the owners' club already booked his in, so don't be the only one with crusty carbs.", "H", "peer shaming"),
 ("And if it's the money, fine, call it 35 a carb, whatever gets you over the line.", "T", "caving on price"),
]),
("Wax figure for the Victorian street gallery", "Dear Ms Adeyemi,", "Yours sincerely,\nGeorgina Thorne\nThorne Waxworks", [
 ("Thank you for the curatorial brief for the lamplighter figure.", "N", "pleasantry"),
 ("We would sculpt from the two 1880s photographs you supplied, with period clothing made by our costume partner.", "N", "service detail tied to prospect"),
 ("The figure can be ready for your October opening, and our studio has won the Museum Design Gold three times and counts the national collections among its clients.", "S", "legit clause plus generic awards"),
 ("I would love to walk you through our whole portfolio and the story of how the studio began.", "S", "hear our story (rule 9)"),
 ("If budget is a concern, I could likely shave a fifth off the price for you.", "T", "pre-emptive discount"),
 ("Would 14 May suit for a studio visit to see the head study, or is that too forward of me, I am so sorry?", "T", "meeting ask plus self-abasing apology"),
]),
("Swift bricks for Phase 2, Orchard Rise", "Dear Mr Latimer,", "Regards,\nSophie Brandt\nSkyward Ecology Products", [
 ("Thanks for sending the Phase 2 elevations.", "N", "pleasantry"),
 ("The planning condition requires one swift brick per dwelling, so 86 bricks would cover Phase 2.", "N", "technical prerequisite (planning condition)"),
 ("The bricks match a standard course height, so your bricklayers won't need to cut the surrounding units.", "N", "value tied to prospect"),
 ("The discharge of conditions deadline your planning consultant gave is 30 April, so delivery on 10 April keeps you clear.", "N", "borderline: deadline is the prospect's own / external (rule 4)"),
 ("Would a 15-minute call with your site manager on Thursday help?", "N", "meeting ask"),
]),
("Copper rain chains, Linden Court", "Hi Owen,", "All the best,\nHarriet\nCascade Rainware", [
 ("Following up on the copper rain chains for the Linden Court courtyard.", "N", "single follow-up line (rule 13)"),
 ("The cup-style chain handles the downpipe flow you measured without splashing the render.", "N", "value tied to prospect"),
 ("This is now my sixth message without a word back, which isn't very professional of you.", "H", "counting attempts plus shaming"),
 ("I've also copied your managing director so that someone actually makes a decision.", "H", "bypass"),
 ("The price sheet you asked for is attached, and I'll need a signed order from you today or the copper allocation goes to another client.", "H", "legit attachment plus ultimatum"),
 ("P.S. We were shortlisted for three national design awards this year, by the way.", "S", "generic awards"),
]),
("Rag-rug workshops for the winter programme", "Dear Kathleen,", "Very best wishes,\nMaeve Doherty", [
 ("Thank you for the lovely chat about the library's winter programme.", "N", "pleasantry"),
 ("I'd run four two-hour sessions for up to 12 people, and I wondered if maybe you might possibly like that, if it's not a bother?", "T", "service detail plus stacked hedges and permission"),
 ("My fee for the four sessions is 280 including materials, and I'm ever so sorry it's a bit more than last year's, I do feel awful asking.", "T", "legit clause plus apologising for price"),
 ("I was thinking maybe, if it's alright, we could possibly try one session first and see?", "T", "stacked hedges"),
 ("If the budget won't stretch, that's completely fine, I'll try you again next winter.", "T", "accepting a brush-off without a question"),
]),
("Tabla lessons for the music hub", "Dear Mr Banerjee,", "With regards,\nRavi Sandhu\nTaal Academy", [
 ("Thank you for the invitation to propose tabla lessons across your three schools.", "N", "pleasantry"),
 ("I'd suggest small groups of six, since beginners need hands-on correction in the first term.", "N", "expert recommendation"),
 ("All instruments are provided for the first term, and we are the number one tabla academy in the Midlands, with a famous alumni list and a national TV appearance.", "S", "legit clause plus generic boast"),
 ("Your pupils simply have to have this on the timetable, it's not a question.", "H", "directive telling the prospect what they need"),
 ("A term's price is in the attached sheet, and if you don't book this term you'll never get round to it.", "H", "legit attachment plus now-or-never"),
 ("Could we meet on 3 October to plan the first term, since my head of sales wants your booking confirmed before his review that week?", "HS", "meeting ask plus seller's manager as reason for date (rule 16)"),
]),
("Tapas for the staff summer party", "Hi Lucia,", "Un abrazo,\nPilar\nCasa Pilar Catering", [
 ("Thanks for the headcount, 140 guests on 11 July is perfect for us.", "N", "prospect's own date"),
 ("We'd do eight hot and cold tapas with the bravas made on site, and we're the award-winning caterer every magazine in the city raves about.", "S", "product detail plus generic boast"),
 ("The menu and price per head are attached, and I'll take a 50% deposit by bank transfer today to lock in the date.", "H", "legit attachment plus assumptive payment step"),
 ("My manager is pushing me to fill July, so a yes by Wednesday would really save my skin.", "HS", "seller's manager as reason, date (rule 16)"),
 ("If it helps, I'll knock 10% off if you sign by Wednesday.", "HT", "discount conditioned on seller's date (rule 7)"),
 ("Any dietary needs, just let me know.", "N", "borderline: one polite just (rule 1)"),
]),
("Vitreous enamel street nameplates", "Dear Mr Fairclough,", "Yours faithfully,\nAnnette Voss\nVoss Enamel Signs", [
 ("Thank you for the schedule of 64 street nameplates for the conservation area.", "N", "pleasantry"),
 ("Vitreous enamel on steel keeps its colour for decades, which meets the heritage officer's requirement.", "N", "requirement-based value"),
 ("Our current lead time is nine weeks because the firing kiln is booked for a rail contract until June.", "N", "factual lead time with reason"),
 ("As you asked, a sample plate in the approved green is attached.", "N", "attachment"),
 ("Could we agree the lettering proof by 15 May?", "N", "plain ask with date"),
]),
("Your ceremony, 21 September", "Hi Anya and Joel,", "Lots of love,\nBeth\nWillow Celebrancy", [
 ("It was so lovely to meet you both over coffee on Saturday!", "N", "pleasantry"),
 ("A 25-minute ceremony under the barn's oak beams, with your grandmother's handfasting cord woven in, would suit everything you told me.", "N", "product tied to prospect"),
 ("I really hope you liked everything and I didn't come across as too pushy on the day!", "T", "apology for normal selling / approval-seeking"),
 ("I've attached a sample running order, and please could you leave us a review on Google, it would mean the world to our little business.", "S", "legit clause plus favour benefiting seller"),
 ("I'm only 2 bookings away from my best year ever, so fingers crossed you pick us!", "S", "seller's stake, no date"),
 ("The quote is attached, and I'll hold the date until 1 June when my diary opens to other couples.", "N", "borderline: factual hold date, stated once, reason given (rule 4)"),
]),
("Nettle cloth for the capsule collection", "Hi Jonas,", "Best,\nEllen Marsh\nUrtica Textiles", [
 ("Thanks for the tech pack for the eight-piece capsule.", "N", "pleasantry"),
 ("Our nettle-linen blend at 210 gsm drapes like the linen you showed, and it takes your indigo dye well.", "N", "product tied to prospect"),
 ("Lab dips in your indigo can be with you by the 20th, and we just landed a Series B from two big-name funds and we're on every sustainability list this year.", "S", "legit clause plus investors and rankings"),
 ("Full transparency, I need to hit my number this quarter, so a PO before the 31st would be huge for me.", "HS", "seller's quarter as reason for date (rule 16)"),
 ("I've already booked the mill run for you, so we just need payment to start.", "H", "assumptive step"),
 ("Happy to jump on a call Tuesday to talk finishes, whenever you can spare a moment, if that's not too pushy of me.", "T", "meeting ask plus permission-begging"),
]),
("Guided rides for the sales kickoff", "Yo Dev,", "Ride on,\nMatt\nRidgeLine Guiding", [
 ("Great to hear the team wants something outdoors for the kickoff on 17 April.", "N", "prospect's own date"),
 ("We'd split 40 people into four skill groups so nobody spends the day waiting at the top.", "N", "value tied to prospect"),
 ("I've pencilled your group in and the card payment link is below, so that's us sorted.", "H", "assumptive payment step"),
 ("Here's what we offer: e-bikes, full-sus, helmets, pads, GoPros, drone footage, a trail lunch, and a pro photographer.", "S", "feature dump"),
 ("Most sales directors I work with wouldn't have dithered this long over a day out.", "H", "shaming"),
 ("Lunch is a packed trail lunch with veggie options, and my boss asked me to get your logo for our website, could you sort that?", "S", "legit clause plus favour for seller"),
]),
("Polo lessons for client hospitality", "Dear Mr Castellano,", "Kind regards,\nHenrietta Blakeney\nBlakeney Park Polo", [
 ("Thank you for your enquiry about a polo morning for your clients in June.", "N", "pleasantry"),
 ("We would start on the wooden horse, then move to stick-and-ball on quiet ponies, so complete beginners feel safe.", "N", "service detail"),
 ("Our family has played polo here for four generations.", "S", "borderline: heritage line (rule 8)"),
 ("Parking is on the lawn by the clubhouse, and I am told several private banks in your street have already made this their summer event, and you would not wish to be left behind.", "H", "legit clause plus competitor FOMO"),
 ("Would a site visit on the 6th be convenient, as I must confess my manager is keen to have your signature before the month is out?", "HS", "meeting ask plus manager's wish as reason for a date (rule 16)"),
]),
("Powder coating, outdoor gym frames", "Mr Ahmed,", "Regards,\nNeil Cartwright\nCartwright Finishing", [
 ("Thanks for the frame drawings, and I hope it was alright that I got your email off the council website.", "T", "pleasantry plus approval-seeking"),
 ("We'd zinc-prime then coat in your RAL 6005, which gives the salt-spray life your parks spec asks for.", "N", "requirement-based value"),
 ("Apologies for filling your inbox again, and for the quote being on the high side.", "T", "apology for following up and for the price"),
 ("The 20-year coating guarantee is in the attached spec, and on discount I'd honestly have to check with my boss, he decides those things.", "T", "legit clause plus deferring on discount (rule 12)"),
 ("But look, I can probably come down a fair bit without asking him.", "T", "caving on price"),
 ("When could we collect the first 20 frames?", "N", "logistics question"),
 ("P.S. Sorry again for the long email, I do ramble on.", "T", "apology for length"),
]),
("Rally day for the dealer awards", "Hi Kerry,", "Cheers,\nLiam\nGravel Run Rally School", [
 ("Thanks for sending the shortlist of 24 award winners.", "N", "pleasantry"),
 ("Each guest gets three stages in a prepped Fiesta with an instructor, then a passenger ride with our champion driver.", "N", "service detail"),
 ("You asked for prices by the 14th for your board, so they're attached now.", "N", "prospect's own date plus attachment"),
 ("I've put a lot of my own time into planning this for you, so it would be pretty disappointing to lose it now.", "HS", "seller's effort as guilt (rule 15)"),
 ("Honestly, your awards night would fall flat without this, nothing else comes close.", "H", "you need this"),
 ("Let me know if a call Friday works, though if I don't hear back I'll raise it with your MD at the dealer dinner.", "H", "plain ask plus bypass threat"),
]),
("Seed bombs for the pollinator campaign", "Dear Chloe,", "Thanks ever so much,\nPoppy\nSeedBurst", [
 ("Thanks so much for your reply on the seed bombs for the council's pollinator campaign.", "N", "pleasantry"),
 ("Each bomb holds 14 native species from the list your ecologist approved.", "N", "requirement-based detail"),
 ("I'm really so sorry for chasing, I know how busy councils are.", "T", "apology for following up"),
 ("Maybe we could perhaps, if you think it's okay, try a smaller order first?", "T", "stacked hedges plus permission"),
 ("The bombs ship in compostable pouches of 50, and I can take 20% off if that tips it, no questions asked.", "T", "legit clause plus unconditional discount"),
 ("If it's a no, I quite understand and I'll drop you a line next spring.", "T", "accepting a brush-off without a question"),
]),
("Turnout gear cleaning, Station 3 and 7", "Chief Ramos,", "Respectfully,\nTravis Boone\nCleanLine PPE Services", [
 ("Thanks for the walkthrough of the gear room at Station 3.", "N", "pleasantry"),
 ("We'd wash to NFPA 1851 specs, with advanced inspection logged per set, which your accreditation review will ask for.", "N", "certification buyer's process requires"),
 ("A pickup every Tuesday means no crew member is without a second set for more than 48 hours.", "N", "value tied to prospect"),
 ("The pricing you asked for is attached, per set and per station.", "N", "attachment"),
 ("Would your captains' meeting on the 9th be a good time to present it?", "N", "meeting ask"),
]),
("Wind-up radios for the resilience packs", "Dear Ms Kowalski,", "Best regards,\nOliver Grant\nCrankwell Ltd", [
 ("Thank you for the resilience team's brief on the 3,000 household packs.", "N", "pleasantry"),
 ("One minute of winding gives 30 minutes of FM and emergency weather band, so residents aren't dependent on batteries.", "N", "value tied to prospect"),
 ("Each radio also charges a phone by USB, and we are proud to be the UK's leading emergency radio brand, trusted by governments worldwide.", "S", "legit clause plus generic boast"),
 ("Every week you wait is another week residents are left in the dark, so let's just get this signed.", "H", "cost-of-delay used to push"),
 ("My director wants this contract in our year-end figures, so please send the PO before 30 September.", "HS", "seller's director as reason for date (rule 16)"),
 ("The sample radio should reach you tomorrow, and as I've already raised the invoice for all 3,000, please settle it within 14 days.", "H", "logistics plus invoice before a yes"),
]),
("Sourdough classes for the community kitchen", "Hi Aisha,", "Warmly,\nNell\nRise & Crumb", [
 ("Thanks for showing me round the community kitchen on Saturday.", "N", "pleasantry"),
 ("I'd run a six-week course so each person takes home their own starter and bakes every week.", "N", "service detail"),
 ("Your grant report is due in November, so I'll log attendance each week in the format the funder uses.", "N", "prospect's own date"),
 ("Could we meet Monday to fix the start date?", "N", "meeting ask"),
 ("Any questions at all, just ring.", "N", "borderline: one polite just (rule 1)"),
]),
("Period props for Series 2", "Hi Rachel,", "Best,\nSimon\nProphouse Hire", [
 ("Thanks for the episode 3 prop list.", "N", "pleasantry"),
 ("We hold most of the 1920s kitchen pieces, but three other productions are eyeing the range, so it won't sit here long.", "H", "product detail plus manufactured scarcity"),
 ("After my team pulled three late nights cataloguing this for you, I was frankly hurt that nobody replied.", "HS", "seller's team effort as guilt (rule 15)"),
 ("The hire quote is attached, and if I don't have the signed form by 5 pm I'll go straight to your producer.", "H", "legit attachment plus bypass threat"),
 ("Nice to know our emails make such gripping reading that nobody ever answers them.", "H", "sarcasm about the prospect's conduct"),
 ("The range would need two porters and a ramp for your studio door.", "N", "logistics"),
]),
("Trout stocking for the angling club", "Dear Mr Hughes,", "Kind regards,\nGwen Price\nAfon Fish Farm", [
 ("Thank you for the club's question about stocking the upper lake.", "N", "pleasantry"),
 ("We'd suggest 400 triploid brown trout at 1.5 lb, which won't breed with the wild fish your Environment Agency permit protects.", "N", "requirement-based recommendation"),
 ("Stocking has to happen before the permit window closes on 15 March, so a delivery in the first week of March would be safest.", "N", "borderline: real external constraint stated once with reason (rule 4)"),
 ("The fish come health-certified, but I'm afraid we're quite a small farm, so I hope that's not a problem for a club like yours.", "T", "legit clause plus needing approval"),
 ("I'd also be really grateful if you'd write us a testimonial for the website, and in return I'd knock 10% off.", "ST", "borderline: discount to win a personal favour (rule 7)"),
 ("Please tell me the day that suits your bailiff, and really, any day at all is fine for us, there is no hurry whatsoever.", "T", "logistics plus minimising"),
]),
]
assert len(E) == 40, len(E)
CURLY = lambda i: i % 3 == 2  # every third email

def fix(s, i):
    return s.replace("'", "\u2019") if CURLY(i) else s

emails, sents = [], []
n = 0
for i, (subj, sal, sign, body) in enumerate(E):
    eid = "s51e%03d" % (i + 1)
    paras, cur = [], []
    for t, code, note in body:
        t = fix(t, i)
        if t.startswith("P.S."):
            if cur: paras.append(cur); cur = []
            paras.append([t]); continue
        cur.append(t)
        if len(cur) == 3: paras.append(cur); cur = []
    if cur: paras.append(cur)
    text = fix(sal, i) + "\n\n" + "\n\n".join(" ".join(p) for p in paras) + "\n\n" + fix(sign, i)
    scores = {}
    for lab in ("hard_close", "self_serving", "timidity"):
        carr = [(note.startswith("borderline:")) for t, c, note in body if lab in C[c]]
        if not carr: scores[lab] = 0
        elif len(carr) == 1 or all(carr): scores[lab] = 1
        else: scores[lab] = 2
    emails.append({"email": eid, "subject": fix(subj, i), "text": text, "labels": scores})
    for t, code, note in body:
        t = fix(t, i)
        assert t in text, (eid, t)
        n += 1
        sents.append({"id": "s51-%04d" % n, "email": eid, "text": t,
                      "labels": C[code] or ["NONE"], "note": note})

with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
    for e in emails: f.write(json.dumps(e, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
    for s in sents: f.write(json.dumps(s, ensure_ascii=False) + "\n")
for fn in ("test-emails.jsonl", "test.jsonl"):
    with open(os.path.join(HERE, fn), encoding="utf-8") as f:
        for line in f: json.loads(line)

cnt = collections.Counter(l for s in sents for l in s["labels"])
faulty_emails = sum(1 for i, (_, _, _, b) in enumerate(E) if sum(1 for x in b if x[1] != "N") >= 2)
clean = sum(1 for (_, _, _, b) in E if all(x[1] == "N" for x in b))
print("sentences", len(sents), "emails", len(emails))
print("NONE %d (%.1f%%)" % (cnt["NONE"], 100 * cnt["NONE"] / len(sents)))
for k in ("hard_close", "self_serving", "timidity"): print(k, cnt[k])
print("multi-label", sum(1 for s in sents if len(s["labels"]) > 1))
print("borderline", sum(1 for s in sents if s["note"].startswith("borderline:")))
print("emails with 2+ faulty", faulty_emails, "clean", clean)
print("curly emails", sum(1 for i in range(40) if CURLY(i)))
