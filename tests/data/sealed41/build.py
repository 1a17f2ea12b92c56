"""sealed41: hand-written held-out sales emails for the Poise tone coach.
Labels per sentence written by hand from LABELS.md; email labels derived by the guide's scale."""
import json, collections, os
H, S, T = "hard_close", "self_serving", "timidity"
CODE = {"N": [], "H": [H], "S": [S], "T": [T], "HS": [H, S], "HT": [H, T], "ST": [S, T], "HST": [H, S, T]}
# each email: (subject, salutation, signoff, curly, paragraphs); paragraph = list of (sentence, code, note)
E = []
def em(subj, sal, sign, paras): E.append((subj, sal, sign, paras))

em("Marquetry panels for the Aurelia saloon", "Dear Mr Castellan,", "Kind regards,\nPietro Valli\nValli Intarsia", [
 [("Thank you for sending the saloon drawings and the photos of the damaged bulkhead.", "N", "thanks, logistics"),
  ("Sycamore and bog oak will hold colour far better than the walnut burr under salt air, so I'd suggest that pairing for the four panels.", "N", "expert recommendation tied to the boat"), ("Do let me know what you think whenever you have a moment, no hurry at all, truly.", "T", "permission-begging, minimising")],
 [("The sample board you asked for ships Thursday, and honestly the yard would be foolish to let another maker near these panels.", "H", "legit sample shipment plus shaming the prospect's alternatives")],
 [("Our workshop has won the Guild medal three years running and our veneers have been in two royal yachts.", "S", "generic boast, awards and names")],
 [("I'll need the 40% deposit wired before the sample even arrives so we can lock your bench time.", "H", "assumptive payment before a yes")]])

em("Licensing the in-store music, 212 branches", "Hi Dana,", "Cheers,\nMarcus\nTrackwell Licensing", [
 [("Following up on the call with your ops team last Tuesday.", "N", "single plain follow-up"),
  ("Based on your footfall numbers, the blanket licence comes out about 18% cheaper per branch than the per-venue route you're on now.", "N", "value from prospect's data"), ("Our catalog has 40 million tracks, a mood-scheduling engine, a mobile app and a dashboard nobody else in the market has.", "S", "feature dump with a boast")],
 [("The blanket licence would start on 1 April as you wanted, and I'm honestly one signature short of President's Club, so getting yours before the 31st would mean the world to me.", "HS", "seller's contest as reason for a dated signature, rule 16")],
 [("The rate card you asked for is attached, and if it's easier, I can simply knock another 10% off and we forget the three-year term.", "T", "unprompted unconditional concession")],
 [("Sorry again for how long this email turned out, and sorry for pushing.", "T", "apology for length and for normal selling")]])

em("Motorhome hire for the Tidelines touring exhibition", "Dear Ms Okafor,", "With best wishes,\nRhiannon Pryce\nPryce Motorhomes", [
 [("Thank you for the itinerary; the eleven stops from Penzance to Berwick are all within our service range.", "N", "logistics"),
  ("The two 7.5-tonne coachbuilts have the rear lockers your curators wanted for the display crates.", "N", "product detail tied to need")],
 [("I'd be so grateful if maybe, when you have a spare moment, you might possibly let me know whether the dates could work?", "T", "stacked hedges plus permission-begging")],
 [("I hope it's alright that I've pencilled both vans in, and please do tell me if I've overstepped.", "T", "needing approval")],
 [("Insurance for the named drivers has to be arranged at least ten working days before collection, as the underwriter requires.", "N", "borderline: real external constraint stated once with reason, rule 4")],
 [("Apologies that our rates are higher than the big hire chains.", "T", "apologising for the price")]])

em("Focus groups for the oat-drink relaunch", "Hi Priya,", "Best,\nGreg Halloran\nMeridian Panels", [
 [("Great to meet you at the category review, and I've already sent the contract to your finance team for payment.", "H", "pleasantry plus assumptive payment step"),
  ("Four groups of eight, split by age and city, would give you enough to compare the two pack designs you showed me.", "N", "concrete plan tied to prospect")],
 [("We're the fastest-growing qualitative agency in the North, backed by Halcyon Ventures, with a 97% client retention rate!", "S", "generic boast, investor, ranking")],
 [("Your brand team needs this research before another quarter slips away, full stop.", "H", "directive 'you need' plus urgency")],
 [("The fieldwork slot you asked about, 14 to 17 April, is still open, but another brand is sniffing around it so I wouldn't dawdle.", "H", "legit date plus manufactured scarcity")],
 [("I'll send the discussion guide on Friday, and once it's all done, would you mind letting us use your logo on our website?", "S", "favour for seller, not after delivery")]])

em("Underpass mural, Kingsley Road", "Dear Councillor Adeyemi,", "Yours sincerely,\nNell Marsh\nMarsh & Oduya Murals", [
 [("Thank you for the brief and the notes from the residents' workshop.", "N", "thanks"),
  ("The anti-graffiti coating you specified adds two days of curing, so the wall would be finished on 19 September rather than the 17th.", "N", "logistics with reason")],
 [("Sorry to hear the consultation ran late; we can shift the community painting day to suit.", "N", "sympathy, not self-abasement")],
 [("The highways permit for the lane closure takes six weeks, so we'd need to apply by 1 August to paint in September.", "N", "borderline: real external permit lead time, stated once, rule 4")],
 [("I've attached three colour roughs based on the children's drawings you shared.", "N", "attachment, logistics")],
 [("Could we walk the site together on Tuesday at 9 to agree the final design?", "N", "clear next step with date")]])

em("Nitrogen tyre inflation for the Bluecab fleet", "Hi Tom,", "Ta,\nJas\nNitroLine", [
 [("Quick one after our chat at the depot, which I'm chuffed about because you'd be my first fleet account.", "S", "seller's stake stated with no blame or demand, rule 15"),
  ("Your pressure logs show about a third of the fleet running 4 psi low by Friday, which is roughly £900 a month in fuel on 60 cars.", "N", "cost of delay from prospect's own data, offered as information, rule 5")],
 [("I'll drop the inflation unit round on Monday and send the invoice with it, so it's basically done.", "H", "legit delivery plus assumptive invoice")],
 [("My gaffer's breathing down my neck about this month's numbers, mate.", "S", "seller's manager/number without a date for prospect, rule 16")],
 [("Every week you keep dithering is another grand going up in smoke.", "H", "borderline: cost of delay used to push, plausible number, rule 5")],
 [("The unit fits in your tyre bay without any building work, and I'm happy to do it at cost if that gets you over the line.", "T", "unprompted concession")]])

em("Headsets for the Croydon contact centre", "Dear Mr Lindqvist,", "Regards,\nSophie Arkwright\nQuietline Audio", [
 [("Thank you for letting us trial ten headsets on your claims team.", "N", "thanks"),
  ("Average handling time on the trial desks dropped by 21 seconds, mostly because agents asked callers to repeat themselves less.", "N", "value from prospect's trial"), ("Forgive me, I realise I'm probably being a nuisance, and I'm sorry.", "T", "self-abasing apology")],
 [("I've attached the trial report, and since I stayed until ten every night that week pulling the data together, I'd really expect the courtesy of a decision.", "HS", "legit attachment plus seller effort as guilt, rule 15")],
 [("Happy to run the trial for your second floor too, but if I don't hear by Wednesday I'll forward everything to your Chief Operating Officer.", "H", "bypass threat")],
 [("We also offer Bluetooth, USB-C, noise-cancelling boom mics, ear cushions in four sizes, a charging dock, a mute LED, and a lifetime cable guarantee.", "S", "feature dump not tied to outcome")]])

em("Oyster shell collection, your three restaurants", "Hello Bea,", "Warmly,\nIsla\nShellback Reef Project", [
 [("Lovely to finally meet you at the harbour market.", "N", "pleasantry"),
  ("Your three kitchens shuck roughly 4,000 oysters a week, and at the moment those shells are going to general waste at £140 a lift.", "N", "prospect's data")],
 [("We'd collect twice weekly at no charge and the shells go back into the estuary reef restoration.", "N", "offer tied to value")],
 [("I'll be honest, this partnership is one I'm personally really hoping for.", "S", "seller's feelings, no blame or demand, rule 15")],
 [("Could we pop in Thursday afternoon to measure up the bin store?", "N", "clear next step"), ("My manager has asked me to sign three restaurant partners before our grant report goes in on the 15th, so yours by then would really help me.", "HS", "seller's manager and report as reason for a dated signature, rule 16")],
 [("If you did sign, would you be up for a short video for our funders about why you joined?", "S", "favour for seller")]])

em("Ostrich plumes for the spring revue", "Dear Madame Fontaine,", "Respectfully,\nKwabena Asante\nAsante Plumes", [
 [("I am sorry, sorry, for writing again so soon, I know you are very busy woman.", "T", "repeated self-abasing apology, non-native register")],
 [("The 60 dyed plumes in coral you asked for can be ready on 2 March, but only if you confirm today, after that the price is gone forever.", "H", "legit date plus fake deadline ultimatum")],
 [("I am not sure, maybe it is possible, perhaps, that we could make small reduction if this is problem for you?", "T", "stacked hedges plus pre-emptive discount")],
 [("Feathers are from farms with CITES paperwork, which your wardrobe department's customs import will need.", "N", "certification the buyer's process requires")],
 [("I hope I did not make you upset with my last message.", "T", "needing approval")]])

em("Pewter christening cups for the Christmas window", "Hi Lorna,", "All best,\nDewi Hughes\nHughes Pewter", [
 [("Thanks for the order sheet for the Christmas window.", "N", "thanks"),
  ("Engraving on the 48 cups takes five working days, so ordering by 24 November gets them to you for the first December weekend you mentioned.", "N", "deadline derived from prospect's own date")],
 [("Our lead-free alloy meets the EN 71 toy-safety limits, which matters as these will end up in little hands.", "N", "credential relevant to buyer")],
 [("I've enclosed the two rim shapes you asked about side by side.", "N", "attachment")],
 [("Shall I ring you Monday morning to confirm quantities?", "N", "clear next step")]])

em("Pontoon hire, Lakeside Triathlon swim start", "Hi Coach Reyes,", "Talk soon,\nBenny Oduya\nPontoonPro", [
 [("Attached is the layout for the two 30-metre swim-start pontoons you asked for.", "N", "attachment")],
 [("Just popping back into your inbox to see if you'd had a sec to glance at it, whenever suits, honestly.", "T", "just-checking-in purpose plus permission language, rule 1")],
 [("We've anchored starts for 40 events, including two Ironman qualifiers, and we've never once lost a pontoon!", "S", "exclamation success boast")],
 [("Heads up: the harbor authority needs our mooring plan 21 days ahead of any in-water structure.", "N", "borderline: real external rule stated once, rule 4")],
 [("Honestly, any race director who cared about athlete safety would have booked us already.", "H", "shaming the prospect")],
 [("Delivery and the lifeguard platform add-on are in the quote as you requested, and I'm happy to waive both if that helps you decide.", "T", "legit quote detail plus unprompted concession")]])

em("Padel courts at Ashgrove Sports Club", "Dear Mr Whitaker,", "Yours,\nCarmen Ruiz\nVolea Padel Builds", [
 [("Thank you for the committee's questions after the site visit.", "N", "thanks"),
  ("The two panoramic courts fit on the old bowls rink without moving the floodlight columns.", "N", "specific to prospect")],
 [("The members' vote is on the 12th, as you said, so I've set the final drawings to reach you by the 8th.", "N", "prospect's own date")],
 [("Frankly, the committee can rubber-stamp it afterwards; you just need to sign the order now.", "H", "overriding prospect's process")],
 [("The final drawings are attached, and my director has told me she won't approve the steel price past Friday because our half-year closes, so I need it signed by then.", "HS", "seller's manager/period as reason for dated signature, rule 16")],
 [("Three clubs in your league have already put courts in, and their members are laughing at anyone still dithering.", "H", "competitor shaming, FOMO")]])

em("Pinball for the Tilt bar", "Yo Mick,", "Rob\nFlipside Amusements", [
 [("Got your list.", "N", "terse logistics"),
  ("Four machines, two modern Sterns and two 80s classics, as asked.", "N", "product detail")],
 [("The Sterns ship Friday; card number today and they're yours.", "H", "legit ship date plus assumptive payment ask")],
 [("Other bars are queuing for these exact units.", "H", "manufactured scarcity")],
 [("Biggest pinball dealer in the Midlands, 25 years.", "S", "generic boast, years in business")],
 [("Monthly revenue share option on page 2 if you'd rather not buy outright.", "N", "offer, logistics")]])

em("Poker tables for the Marina Casino card room", "Dear Ms Ferreira,", "Sincerely,\nAnton Weiss\nWeiss Gaming Furniture", [
 [('Thank you for the floor plan of the card room, and I must say I was a little hurt that my last three messages went unanswered.', 'HS', "legit thanks plus seller's hurt feelings as guilt and counting attempts, rules 13 and 15")],
 [("I must apologise for the cost of the tables, I know it is a lot to ask.", "T", "apologising for the price")],
 [("Before we discuss a reduction, I would like to confirm the ten-seat layout actually adds the 14 seats your gaming manager wants.", "N", "redirecting discount to value")],
 [("Delivery in the week of 20 May works for us, but I will have to check with my manager whether any discount is possible at all.", "T", "deferring on discount, rule 12")],
 [("The gaming commission must approve the table design before installation, and they currently take about four weeks.", "N", "borderline: real external constraint, rule 4")],
 [("I hope that is acceptable, and I would hate for you to be disappointed in us.", "T", "needing approval")]])

em("Propane for the Foxhollow glampsite", "Hi Jenna,", "Thanks,\nOwen\nValley Gas Co.", [
 [("Thanks for yesterday's call about the winter season.", "N", "thanks"),
  ("With 22 pods on heaters, your usage last February was about 3,100 litres, so a 4,000-litre tank would cover your peak month with room to spare.", "N", "prospect's data, recommendation")],
 [("We can hold the price at 58p a litre if you sign for two years rather than one.", "N", "concession traded for term, rule 7")],
 [("The tank needs a concrete base and a 3-metre clearance from the pods before we can fill it.", "N", "technical prerequisite")],
 [("Would Thursday at 2 work for our engineer to mark out the base?", "N", "next step with date")]])

em("Quartz oscillators for the doorbell board", "Dear Mr Tanaka,", "Best regards,\nHelga Strauss\nQuarzWerk GmbH", [
 [("Thank you for the updated BOM for the doorbell camera board.", "N", "thanks"),
  ("The 24 MHz part you listed is on 16-week lead time from us, while our 25 MHz alternative is in stock and your chipset supports it.", "N", "insight tied to prospect")],
 [("We are the market leader in timing components with over 1,200 patents and customers in 60 countries.", "S", "generic boast")],
 [("I can ship the first 5,000 pieces in week 22 as you asked, but our quarter closes on 30 June and my sales director needs the PO before then, so please release it this week.", "HS", "seller's quarter/director as reason for dated PO, rule 16")],
 [("Please also send your company credit card details for the pro-forma so the reel can be allocated.", "H", "assumptive payment before yes")],
 [("If you need, I can also remove the tooling fee completely, no problem.", "T", "unprompted concession")]])

em("Refurbished laptops for the adult learning centres", "Dear Mrs Ndlovu,", "Kind regards,\nFiona Baird\nRenew IT Ltd", [
 [('Thank you for the tender clarification about battery health, and thank you for even giving a small firm like ours a look.', 'T', 'thanking for being considered, rule 11'),
  ("Every unit in the quote has a battery tested above 85% capacity and a three-year warranty, which meets your lot 2 spec.", "N", "product detail meeting buyer's spec")],
 [("I'm so sorry to keep nagging you, and I do apologise for emailing again.", "T", "apology for following up, repeated")],
 [("We were named Refurbisher of the Year and have been featured in The Guardian and on BBC Breakfast.", "S", "awards, press boast")],
 [("The council's procurement portal closes on 14 March at noon.", "N", "borderline: external deadline stated once, rule 4")],
 [("If the budget is tight, just tell me whatever number you had in mind and I'll make it work.", "T", "asking buyer to name their number")]])

em("Van hire for the Cardiff shoot", "Hey Lou,", "Laters,\nKev\nReelVans", [
 [("Quick update on the Cardiff shoot.", "N", "pleasantry"),
  ("Three Lutons with tail-lifts are ring-fenced for 3 to 9 June, the dates your line producer gave us.", "N", "prospect's dates")],
 [("This is my fourth email this week and the tracker says you've opened all of them, so a yes or no would be nice.", "H", "counting attempts plus read-receipt guilt, rule 13")],
 [("I bent over backwards with our fleet manager to save you those vans, so leaving me hanging now is a bit much.", "HS", "seller's effort as guilt, rule 15")],
 [("The vans are still held for your dates, and I'll keep ringing the production office every morning until someone gives me an answer.", "H", "badgering, multi-channel chasing")],
 [("Drivers can be added to the policy up to the day before collection.", "N", "logistics")]])

em("Roller skates for Friday roller disco", "Hi Charlie,", "Love,\nMia\nRollerama Supplies", [
 [("So glad the first disco night sold out, congrats!", "N", "pleasantry")],
 [("Sizing across 120 pairs matters more than the brand: from your first two nights, 5 to 8 were 70% of hires, so I've weighted the order that way.", "N", "insight from prospect's data")],
 [("I'm not trying to be pushy, honestly, and I'm really sorry if it comes across that way.", "T", "apology for being pushy")],
 [("Feel free to bin this if it's not useful, no offence taken at all!", "T", "pre-emptive permission to ignore")],
 [("The quote is attached, and remember that places that wait on this usually end up with empty floors by spring.", "H", "attachment plus fear-mongering push")],
 [("Could we do Tuesday at 4 to go through sizes?", "N", "clear next step")]])

em("BSL training for the library front desks", "Dear Ms Harrington,", "Best wishes,\nAmara Lewis\nSignBridge Training", [
 [("Thank you for the outline of the front-desk rota.", "N", "thanks"),
  ("Level 1 over ten weekly sessions would let each of your 18 staff handle a basic enquiry without an interpreter.", "N", "value tied to prospect")],
 [("Our trainers are Deaf native signers, and the course is accredited by Signature, which your learning team said it requires.", "N", "credential the buyer's process requires, rule 8")],
 [("Sorry for the late reply; I was running a course in Leeds on Friday, and the answers to your three questions are below.", "N", "borderline: single courtesy apology for real delay with reason, rule 3")],
 [("The spring cohort could start on 6 May, as your service manager suggested.", "N", "prospect's own date")],
 [("Shall I send a draft schedule on Thursday?", "N", "next step")]])

em("Sleep apnoea screening for your drivers", "Dear Mr Grady,", "Regards,\nDr Leo Banerjee\nSomnoCheck", [
 [("Thank you for the incident data from your compliance team.", "N", "thanks"),
  ("Two of last year's four near-misses happened on early-morning runs, which matches the pattern we see when apnoea goes undiagnosed.", "N", "insight from prospect's data")],
 [("Home kits for your 85 drivers would take three weeks, and you frankly need this done before someone gets hurt.", "H", "borderline: legit timing plus 'you need this' as a directive, given after the rep's look at their incident data, rule 6")],
 [("I spoke to your MD at the haulage expo and will copy him in from now on so things move faster.", "H", "going over the prospect's head")],
 [("We're the UK's number one occupational sleep provider.", "S", "generic boast")],
 [("Kits can be posted straight to drivers' homes to avoid taking them off the road.", "N", "logistics, value"), ("We can start screening on the 2nd as you asked, and I'll send the onboarding pack and invoice over today so we're all set.", "H", "prospect's date plus assumptive invoice before a yes")]])

em("Skylights, Marshgate Library reading room", "Dear Mr Oyelaran,", "Yours faithfully,\nEdith Crane\nCrane Rooflights", [
 [("Thank you for the structural survey of the reading-room roof.", "N", "thanks")],
 [("I wondered if perhaps it might be worth possibly considering the larger lanterns, if that's not too much to ask?", "T", "stacked hedges plus permission")],
 [("Forgive me for the length of this email and for the price, which I know must seem steep.", "T", "apology for length and price")],
 [("The conservation officer will want sample frames before approving anything on a listed building, so I've booked the workshop to make two.", "N", "external requirement and logistics")],
 [("I'd quite understand if you'd rather not go ahead, and thank you so much for even considering us.", "T", "pre-emptive release, thanking for considering, rule 11")],
 [("Our rooflights come with triple glazing, self-cleaning glass, rain sensors, remote openers, blackout blinds, bird guards and a 20-year guarantee.", "S", "feature dump")]])

em("Snowshoes for the winter guiding season", "Hi Kari,", "Cheers,\nJens\nNorthtrail Outfitters", [
 [("Hope the autumn trips went well.", "N", "pleasantry")],
 [("The 40 pairs you asked about are in stock, and I've set aside 25-inch frames for your heavier clients with packs.", "N", "product detail"), ("I've attached the size chart you wanted, and sorry, I know our price is a lot higher than the online shops.", "T", "attachment plus apology for price")],
 [("The quote for 40 pairs is valid as discussed, but my boss says if you're not in by Friday we lose the allocation, so can you confirm before then?", "HS", "manager as reason for prospect's deadline, rule 16")],
 [("Truthfully, a guiding company that still rents out worn-out frames shouldn't be taking people on the glacier.", "H", "shaming the prospect")],
 [("I could also just throw in the poles for free, if that helps at all.", "T", "unprompted concession")]])

em("Sound engineers for the AGM at the Guildhall", "Hi Saoirse,", "All the best,\nDylan Shaw\nSoundcheck Events", [
 [("Thanks for sending the running order for the 20th.", "N", "thanks"),
  ("With 400 members and questions from the floor, four roving mics and a delay line for the back of the hall would stop the usual 'can't hear' complaints.", "N", "recommendation tied to prospect")],
 [("We've done this for two other housing co-ops, and the lesson was to rehearse the voting handsets the afternoon before.", "N", "social proof turned into advice")],
 [("Just a heads-up that the Guildhall only allows load-in from 7am.", "N", "borderline: one polite just, rule 1")],
 [("I've attached the kit list and the two-engineer quote.", "N", "attachment")],
 [("Could we confirm by Friday so I can book the crew for your date?", "N", "clear ask tied to prospect's date")]])

em("Terrarium kits for the garden centres", "Hello Graham,", "Kind regards,\nZara Okonkwo\nTinyWorlds", [
 [("Thank you for the sell-through figures from the two trial stores.", "N", "thanks"),
  ("The small kits sold out twice in six weeks, mostly to under-35s, which is the customer you said you were trying to reach.", "N", "value from prospect data"), ("We're also the only terrarium brand ever to win Best New Product at the trade show two years running.", "S", "award boast")],
 [("I was really hoping you might be able to do me a quick favour and write a review for our trade page.", "S", "favour for seller, before value delivered to this buyer")],
 [("The Christmas order has to be in by 30 September, and honestly this really is your last chance to get on board.", "H", "legit deadline plus last-chance language, rule 4")],
 [("We've got an extra 15% off for you if you write that review, too.", "ST", "borderline: discount to win a personal favour, rule 7")]])

em("Truck wash bay, Pennine Haulage", "Dear Ms Varga,", "Yours,\nBrian McTeer\nClearLane Wash Systems", [
 [("Thank you for the site plan and the water-board consent letter.", "N", "thanks")],
 [("The recycling unit would cut your mains water use by about 80%, which on your 70 units is roughly £11,000 a year.", "N", "value in prospect terms")],
 [("I've put a lot of my own weekends into this design, so I do think I'm owed more than silence.", "HS", "seller's effort as guilt, rule 15")],
 [("I've already booked the groundworks crew for 3 March, so all I need now is your signature.", "H", "assumptive booking before yes")],
 [("This is the third time I've asked, so please do give me an answer today.", "H", "counting attempts at prospect, rule 13")]])

em("Urinal retrofit, Kingsway Stadium", "Dear Mr Hollis,", "Regards,\nPaula Dreyer\nDryFlow Washrooms", [
 [("Thank you for the meter readings from the last four home matches.", "N", "thanks"),
  ("Converting the 96 urinals to waterless cartridges would save about 1.9 million litres a season on those figures.", "N", "value from prospect data")],
 [("I hope it's not a problem that I found your email on the club website.", "T", "needing approval")],
 [("Your board needs this, there is nothing left to discuss.", "H", "directive need, shutting down discussion")],
 [("The sample cartridge you asked for is in the post, and if you won't reply I'll be raising it with your chairman at the sponsors' lunch.", "H", "legit sample plus bypass threat")],
 [("We are the premier washroom innovator in Europe, as seen at the Stadium Business Awards.", "S", "generic boast")]])

em("Posts and nets for the beach volleyball courts", "Hi Shona,", "x\nMaddie\nSpikeline Sports", [
 [("Hope the regional beach squad had a good weekend!", "N", "pleasantry")],
 [("Just wanted to touch base, whenever you get a chance of course, no rush whatsoever.", "T", "touch-base purpose, permission language, rule 1")],
 [("The two sets of posts meet the FIVB spec your head coach asked about, and the Hartfield and Dunmore clubs have both switched already, so you're rather behind.", "H", "legit spec plus peers-switched shaming"), ("I've attached the quote with the court line sets you asked for, and I'm sorry it's so long, I do go on.", "T", "attachment plus apology for length")],
 [("The sample net can stay with you till March, and I completely understand if now's not the time, I'll try you again next year.", "T", "accepting brush-off without a question, rule 11")],
 [("We could probably split the delivery cost with you if that makes it easier.", "T", "unprompted concession")]])

em("Valve actuators, Hollin Water Treatment Works", "Dear Mr Achterberg,", "Yours sincerely,\nRaj Menon\nFlowtork Actuation", [
 [("Thank you for the shutdown window you gave us for filter block B.", "N", "thanks")],
 [("Swapping the 14 pneumatic actuators for electric units removes the compressor from the gallery, which your maintenance log shows failed three times last year.", "N", "insight from prospect data")],
 [("The manufacturer ends spare-part support for the current model in December 2026, so I'd plan the change before then.", "N", "borderline: vendor end-of-life, stated once with reason, rule 4")],
 [("We can move on price only if the order covers both filter blocks.", "N", "concession traded for volume, rule 7")],
 [("I'll confirm the IP68 rating with our engineering team and send the datasheet by Friday.", "N", "checking with someone, non-discount, with date")],
 [("Does Wednesday the 9th at 10 work for a site meeting?", "N", "next step")]])

em("Living wall for the Alder Wing atrium", "Dear Dr Kamau,", "With thanks,\nOlivia Strand\nVerdant Walls", [
 [("Thank you for showing me around the atrium.", "N", "thanks"),
  ("The north wall gets barely two hours of direct light, so I'd plant ferns and pothos there rather than the flowering mix in our brochure's color pages.", "N", "expert recommendation")],
 [("I'll be honest, my bonus this year rides on landing one hospital project, so this one matters a lot to me.", "S", "seller's need, no date or demand, rule 16")],
 [("Would you be willing to feature in a case study for our investors once it's installed?", "S", "favour for seller")],
 [("I've put together the irrigation plan you asked for, and please do sign off before the 28th as that's when my team's target period ends.", "HS", "attachment plus seller-period deadline, rule 16")],
 [("If the cost is a worry, we can certainly knock a chunk off, whatever you think is fair.", "T", "name-your-number concession")]])

em("Resurfacing the lecture-hall whiteboards", "Hi Andrew,", "Best,\nNadia\nRewrite Surfaces", [
 [("Thanks for the list of rooms from estates.", "N", "thanks")],
 [("Resurfacing the 64 boards costs about a third of replacing them, and the new film wipes clean without ghosting.", "N", "value tied to prospect")],
 [("We'd work over the Easter closure so no teaching is lost, as you asked.", "N", "logistics tied to prospect's need")],
 [("I've attached a before-and-after from one of the boards in room G12 we tested.", "N", "attachment")],
 [("Could I come in on Monday the 3rd to do the two remaining test boards?", "N", "next step")]])

em("Walk-in freezer at the Quay Kitchen", "Alright Sam,", "Cheers,\nDes\nArctic Fix Refrigeration", [
 [("Sorry to hear about the stock you lost on Saturday, that's grim.", "N", "sympathy, rule 3")],
 [("The compressor's shot, so I'd replace it rather than regas; patching it will just fail again in the summer heat.", "N", "expert recommendation after inspection, rule 6")],
 [("I can fit it Thursday, but I'll want the card details today to order the part.", "H", "legit fit date plus assumptive payment")],
 [("I dropped another job to come out to you on a Sunday, so the least you can do is get back to me.", "HS", "seller's sacrifice as guilt, rule 15")],
 [("Sorry for bugging you again, I know you're slammed.", "T", "apology for following up")],
 [("The part is £640 fitted, and if you wait on this you'll lose another fridge full next week, and that's on you.", "H", "blame, push")]])

em("Watercolour afternoons for Linden Court residents", "Dear Mrs Bamford,", "Warm regards,\nFrances Leigh\nBrushstrokes Community Art", [
 [("Thank you so much for the lovely tour of Linden Court on Monday.", "N", "pleasantry")],
 [("I do hope it's alright, but I've put together a little plan, if you'd possibly like to look at it at some point, no worries if not.", "T", "approval seeking, hedges, permission")],
 [("Sessions would be 90 minutes, with large-handled brushes for residents with arthritis.", "N", "product detail tied to prospect"), ("I'd also be ever so grateful if you could mention me to the other homes in your group.", "S", "referral favour for the seller, before any value delivered")],
 [("I'm terribly sorry that the fee is what it is, I know budgets in care are awful.", "T", "apologising for price")],
 [("I'd be happy to do the first month for nothing, if that makes things easier.", "T", "unprompted concession")]])

em("Wood-burning stoves for the Coombe cottages", "Hi Ellie,", "Best wishes,\nGareth\nHearthcraft Stoves", [
 [("Thanks for sending the chimney survey for the six cottages.", "N", "thanks")],
 [("Two of the flues need relining before any stove goes in, as building regs require.", "N", "technical prerequisite")],
 [("From 2027 only Ecodesign-ready stoves can be sold in your area, so I've quoted those.", "N", "borderline: regulation stated once, rule 4")],
 [("The 5 kW model heats the small cottages fully without guests overheating in spring, which your reviews mention.", "N", "value from prospect data")],
 [("I'd suggest a site visit on Tuesday the 14th, but pick quickly, because once the spring rush starts you'll be waiting till autumn and that's on you.", "H", "legit visit ask plus manufactured urgency and blame"), ("We've been fitting stoves since 1968 and our installers were voted best in the region three times.", "S", "years in business plus awards, generic boast")]])

em("Youth mentoring for the Eastbank estate", "Dear Ms Quarshie,", "Yours sincerely,\nDaniel Otieno\nStepUp Mentoring", [
 [("Thank you for the board papers, which I read twice over my weekend, so I'm sure you'll agree I've earned a quick decision.", "HS", "seller's effort as something owed, rule 15")],
 [("Pairing 20 young people with mentors for a year would fit the outcomes your funder asked you to report on.", "N", "value tied to prospect")],
 [("I'm afraid I've got to get this contract signed this month for our trustees' report, so I'd be so grateful for an answer by the 30th.", "HS", "seller-side report as reason for prospect's dated answer, rule 16")],
 [("We won the Charity Times award and were shortlisted for the national Youth Impact prize.", "S", "awards boast")],
 [("I hope I haven't overstepped by writing to you directly.", "T", "needing approval")],
 [("We'll handle DBS checks and mentor training, so your staff won't carry that load.", "N", "we but value for customer")]])

em("Zumba for the staff wellbeing week", "Hey Leanne,", "Peace,\nRosa\nRosa Moves", [
 [("Thanks for thinking of me for wellbeing week!", "N", "pleasantry")],
 [("Four lunchtime sessions in the atrium, 30 minutes each, so people can be back at their desks by 1.30, as you asked.", "N", "logistics tied to prospect"), ("And if your HR director doesn't answer me by Friday, I'll just turn up at your office to sort it in person.", "H", "threat to turn up uninvited")],
 [("I'm fully insured and have danced at six of the biggest festivals in Europe, which is kind of a big deal!", "S", "generic boast with exclamation")],
 [("If you don't book me now, you'll just keep running the same boring wellbeing week forever.", "H", "if-not-now-never")],
 [("My rate is £60 a session with music licensing included, but honestly, I'll do it for half price, I just love doing these.", "T", "unprompted concession")]])

em("Meditation retreat for the leadership team", "Dear Mr Fairbanks,", "In stillness,\nKaito Mori\nStill River Retreats", [
 [("Thank you for the outline of the leadership offsite; I'm sorry it took me a few days, and sorry too for always bothering you.", "T", "repeated apology including apology for normal selling, rule 3")],
 [("Two days at our Dartmoor centre, with the morning sessions aimed at the decision fatigue your HR lead described, would suit twelve people.", "N", "value tied to prospect"), ("Our founder trained for ten years in Kyoto and has been on Radio 4 twice.", "S", "generic credentials boast")],
 [("I'm thrilled to tell you about our brand-new sound meditation dome, which our team has spent a year building.", "S", "we-centric announcement")],
 [("The dates you pencilled, 12 and 13 May, are held, but the deposit must be in by Friday or they'll be released and you'll be stuck.", "H", "legit dates plus ultimatum")],
 [("Forgive me for following up yet again.", "T", "apology for following up")]])

em("Temporary traffic lights, Moorside Road works", "Dear Mr Ibekwe,", "Regards,\nSandra Kowalczyk\nSignalSafe Hire", [
 [("Thank you for the programme for the Moorside Road water-main works.", "N", "thanks")],
 [("Three-way portable signals with a pedestrian phase would satisfy the highway authority's condition for the junction outside the school.", "N", "product meets buyer's requirement")],
 [("The street-works permit application needs 10 working days, so I'd submit by the 4th to start on the 18th.", "N", "borderline: real external lead time with reason, rule 4")],
 [("I've attached the signal plan and the 24-hour call-out details.", "N", "attachment")],
 [("Could we have a 15-minute call on Tuesday to confirm the phasing?", "N", "next step")]])

em("Organic baby food for the Little Acorns nurseries", "Hi Meera,", "Thanks so much,\nTessa\nSprout Kitchen", [
 [("Thanks for the menu cycle and the allergen sheet from your cook.", "N", "thanks")],
 [("Our pouches are free of the 14 major allergens, which lets your staff serve one lunch instead of three.", "N", "value tied to prospect")],
 [("I'm really sorry, I know I keep emailing, and I really hope I'm not being a pain.", "T", "apology for following up, needing approval")],
 [("Every other nursery group in the county has already switched to us, so you'd honestly be the odd one out.", "H", "peers switched, shaming")],
 [("We're B Corp certified, Soil Association approved, carbon neutral, Great Taste winners, and stocked in Waitrose.", "S", "credential boast list")],
 [("The tasting box for your cook goes out Monday, and totally fine if you'd rather leave it, I won't take it personally!", "T", "pre-emptive release")]])

em("Panic alarms for the housing officers on lone visits", "Dear Mr Sandhu,", "Kind regards,\nJoanna Price\nGuardPoint Safety", [
 [("Thank you for the risk assessment your health and safety team shared.", "N", "thanks")],
 [("With 38 officers doing evening visits, the fall-detection model covers the two incident types your assessment rates highest.", "N", "value from prospect data")],
 [("Since I put in a good word with our MD to hold this price for you, I'd really appreciate you not leaving me out on a limb.", "HS", "seller's standing as guilt, rule 15")],
 [("The demo units arrive on the 12th as agreed, and I've cc'd your director of housing so she can sign it off without waiting for your panel.", "H", "bypass, overriding process")],
 [("The devices come with a 24/7 monitoring centre, so your team doesn't need to run an out-of-hours rota.", "N", "value, 'need' harmless")],
 [("We can take 8% off only if you commit to a three-year term.", "N", "concession traded for term, rule 7")]])

def score(sents, lab):
    hits = [x for x in sents if lab in x["labels"]]
    if not hits: return 0
    nb = [x for x in hits if not x["note"].startswith("borderline:")]
    return 2 if len(hits) >= 2 and nb else 1

here = os.path.dirname(os.path.abspath(__file__))
emails, sents = [], []
for i, (subj, sal, sign, paras) in enumerate(E, 1):
    eid = "s41e%03d" % i
    curly = (i % 3 == 0)
    fix = (lambda t: t.replace("'", "\u2019")) if curly else (lambda t: t)
    ps = []
    for para in paras:
        ps.append(" ".join(fix(t) for t, c, n in para))
    text = fix(sal) + "\n\n" + "\n\n".join(ps) + "\n\n" + fix(sign)
    mine = []
    for para in paras:
        for t, c, n in para:
            t = fix(t)
            assert t in text, t
            sid = "s41-%04d" % (len(sents) + 1)
            d = {"id": sid, "email": eid, "text": t, "labels": CODE[c] or ["NONE"], "note": n}
            sents.append(d); mine.append(d)
    emails.append({"email": eid, "subject": fix(subj), "text": text,
                   "labels": {l: score(mine, l) for l in (H, S, T)}})
with open(os.path.join(here, "test.jsonl"), "w") as f:
    for d in sents: f.write(json.dumps(d, ensure_ascii=False) + "\n")
with open(os.path.join(here, "test-emails.jsonl"), "w") as f:
    for d in emails: f.write(json.dumps(d, ensure_ascii=False) + "\n")
# re-parse checks
for fn in ("test.jsonl", "test-emails.jsonl"):
    for line in open(os.path.join(here, fn)): json.loads(line)
cnt = collections.Counter(l for d in sents for l in d["labels"])
faulty = [e for e in emails if sum(1 for d in sents if d["email"] == e["email"] and d["labels"] != ["NONE"]) >= 2]
clean = [e for e in emails if all(d["labels"] == ["NONE"] for d in sents if d["email"] == e["email"])]
per = collections.Counter(d["email"] for d in sents)
stats = {"emails": len(emails), "sentences": len(sents), "NONE": cnt["NONE"],
         "NONE_pct": round(100 * cnt["NONE"] / len(sents), 1), H: cnt[H], S: cnt[S], T: cnt[T],
         "multi_label": sum(1 for d in sents if len(d["labels"]) > 1),
         "borderline": sum(1 for d in sents if d["note"].startswith("borderline:")),
         "emails_2plus_faulty": len(faulty), "clean_emails": len(clean),
         "sentences_per_email": [min(per.values()), max(per.values())],
         "email_scores": {l: dict(collections.Counter(e["labels"][l] for e in emails)) for l in (H, S, T)}}
print(json.dumps(stats, indent=1))
