#!/usr/bin/env python3
"""Build sealed66: 40 hand-written sales emails with sentence labels.

Each email: subject, salutation, sign-off, and paragraphs of (sentence, code, note).
Codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combined, e.g. "HS").
Email-level labels are derived with the guide's scale (no hand overrides).
Every third email (3, 6, 9, ...) is written with curly apostrophes.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["hard_close", "self_serving", "timidity"]
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}

E = []


def email(subject, salutation, signoff, *paragraphs):
    E.append((subject, salutation, signoff, paragraphs))


# 1 aircraft paint stripping - formal
email("Paint stripping for the two Dash 8s", "Dear Ms Okafor,",
      "Yours sincerely,\nGraham Tait\nSurface Finishing, Airframe Services Ltd",
      [("Thank you for sending the hangar slot dates; we can take the first aircraft on 3 March as you proposed.", "N", "the prospect's own date, confirmed"),
       ("Our media-blast process lifts the topcoat without touching the primer, which is what your CAMO asked for, and frankly it's the finest finish money can buy.", "S", "spec detail kept; generic superlative boast")],
      [("The quote for both aircraft is attached, and I'd ask you to countersign it by Thursday because our region closes its half-year numbers that evening.", "HS", "attachment kept; signing date pressed for the seller's half-year close (rule 16)"),
       ("We have stripped more liveries than any other maintenance shop in northern Europe and hold three industry awards for it.", "S", "generic boast: ranking and awards"),
       ("Rates are in the second table, and if the figure looks high I could take 15% off before you even raise it.", "T", "price pointer kept; unprompted discount")])

# 2 aerosol valves - chatty, US
email("Valves for the dry shampoo relaunch", "Hi Dana,", "Cheers,\nMarco",
      [("Great talking Tuesday about the clogging you've had on the 200 ml cans.", "N", "pleasantry with the prospect's problem"),
       ("The wider-stem valve we discussed would cut the residue build-up your QA team flagged, and I've been sitting on my hands for two weeks waiting, so a little feedback would be nice.", "HS", "value kept; seller's waiting offered as guilt (rule 15)"),
       ("Half the dry shampoo brands on the shelf moved to this valve last year, and they aren't looking back.", "H", "peers already switched, used to shame"),
       ("Samples can ship Friday, and I'll raise a deposit invoice today so the 5,000 pieces are held for you.", "H", "ship date kept; assumptive invoice before a yes")],
      [("Let me know what volume you're forecasting for Q3 and I'll size the tooling to it, though I'm sorry to keep piling questions on you.", "T", "plain ask kept; apology for normal selling")],
      [("P.S. The actuator colour can match your new cap, which your designer asked about.", "N", "useful P.S.")])

# 3 acrylic display cases - very deferential (curly)
email("Cases for the fossil room", "Dear Dr Pemberton,", "With every good wish,\nHelen Marsh\nMarsh Display Cases",
      [("I'm so sorry to trouble you again, and I do apologise for how long my last letter was.", "T", "apology for writing and for length"),
       ("You mentioned the ammonite slabs weigh up to 40 kg, so the bases I've drawn use a steel sub-frame rather than acrylic alone.", "N", "concrete detail from the prospect's need")],
      [("I was wondering if perhaps it might possibly be worth a short call, if you had a spare moment at some point?", "T", "stacked hedges plus permission-seeking"),
       ("The UV-filtering acrylic blocks 99% of ultraviolet, which matters for the pyritised specimens you said were deteriorating, though of course you'd know far better than I would.", "T", "value kept; self-abasing deference"),
       ("I've included a price for the two wall cases as well, and please forgive me that it's rather more than the floor cases.", "T", "price kept; apology for the price")])

# 4 buckwheat pillows - warm, clean
email("Buckwheat pillows for the guest rooms", "Hello Priya,", "Warmly,\nAnna",
      [("Thanks for letting me know the retreat reopens on 2 May.", "N", "pleasantry"),
       ("For 24 rooms I'd suggest the medium-fill pillow, since your guests are mostly side sleepers on the floor futons you described.", "N", "confident recommendation tied to the guests"),
       ("Each pillow has a zip so housekeeping can top up or wash the hulls separately, which answers your hygiene question.", "N", "product detail answering the buyer")],
      [("Because of your 2 May opening, the order would need to be placed by 11 April to allow for drying the hulls and stitching.", "N", "borderline: real production lead time, stated once with the reason, from the prospect's own date (rule 4)"),
       ("Would a Wednesday call work to go through fill weights with your housekeeping lead?", "N", "clear next step"),
       ("I'll bring two sample pillows when I'm in Totnes on the 20th.", "N", "logistics")])

# 5 bulb planting - blunt, council
email("Crocus planting, Westfield Cemetery verges", "Mr Doyle,", "R. Finch\nFinch Grounds",
      [("Your tender asks for 40,000 bulbs in by the end of October, which is still possible.", "N", "the prospect's own deadline"),
       ("Our crews use a turf-lifting planter, so the verges look untouched the day after, and honestly the frost won't wait for committee meetings, so sign it off and let's get going.", "H", "method kept; push to override the prospect's committee process")],
      [("Other parishes along the valley signed with us weeks ago, and they'll be enjoying the colour while your verges stay bare.", "H", "peer shaming and FOMO"),
       ("The planting plan by section is attached, and if I don't have the order by Monday I'll take it up with the cabinet member for environment.", "H", "attachment kept; bypass threat with an ultimatum"),
       ("Bulbs are stored at our yard until planting, so nothing sits on your grounds.", "N", "logistics")])

# 6 blast chillers - non-native English (curly)
email("Blast chillers for the six school kitchens", "Dear Mrs Holloway,", "Best regards,\nLuca Ferretti",
      [("Thank you for the meeting of last week and for show me the kitchen at Brook Primary, it's very beautiful.", "N", "pleasantry, non-native phrasing"),
       ("The 20 kg chiller brings the cooked food from 70 to 3 degrees in 90 minutes, so your cooks can make the cook-chill menu you are planning.", "N", "value tied to the buyer's menu")],
      [("Our company is the biggest maker of chillers in all Italy, with 62 years of history and many prizes.", "S", "boast: ranking, years, awards"),
       ("Also it has touch screen, probe, HACCP memory, wifi, USB, self-clean, night mode and 14 programmes.", "S", "feature dump with no outcome"),
       ("For me this order is very important, because my director is watching my numbers this month.", "S", "seller's need stated, no date pressed on the prospect (rule 16)"),
       ("I attach the quotation for six units and I can visit on the 14th, but please I must have your answer before, otherwise the price is finish.", "H", "attachment and visit kept; ultimatum with no reason")])

# 7 compost bins - formal, clean
email("Subsidised compost bins for borough households", "Dear Councillor Reid,", "Yours sincerely,\nJames Okoro\nHomeGrow Composting Ltd",
      [("Thank you for your questions after the environment committee on Tuesday.", "N", "pleasantry"),
       ("The 330-litre bin is made from recycled polypropylene and fits the narrow terraced gardens you mentioned in Northside.", "N", "product detail tied to the prospect")],
      [("On your pilot data of 1,200 households, each bin diverts roughly 150 kg of garden and kitchen waste a year from collection.", "N", "value from the prospect's own data"),
       ("The county's co-funding round closes on 31 January, so the application would have to go in before then to get the match funding.", "N", "borderline: real external deadline stated once with the reason (rule 4)"),
       ("I have attached a delivery plan that staggers drop-offs by ward to keep the depot clear.", "N", "attachment, logistics")])

# 8 cyc wall - chatty
email("Cyc wall for Studio 2", "Hey Tom,", "Cheers,\nJas",
      [("Loved the tour, and the 7 m width in Studio 2 gives you room for a proper two-wall cove.", "N", "pleasantry with insight"),
       ("Floating the drawings back to the top of your inbox in case you found a sec, take all the time you like, honestly.", "T", "permission-seeking follow-up and minimising")],
      [("We can build it over the Easter weekend you said the studio is dark, and if the budget's tight, just tell me what number works and I'll make it fit.", "T", "the prospect's dates kept; name-your-number concession"),
       ("Our cycs have been shot on by some seriously big names, fashion mags, sportswear, you name it!", "S", "generic name-dropping boast"),
       ("The plaster is paintable 48 hours after we finish, and sorry, I know I keep filling your inbox about it.", "T", "product detail kept; apology for following up"),
       ("Want me to send a photo of the coving detail from a similar-sized build?", "N", "plain offer")])

# 9 Christmas trees - terse (curly)
email("Christmas trees for the 30 branches", "Karen,", "Dev",
      [("Quote attached for 30 Nordmann firs, 3 m, delivered week of 24 November as you asked.", "N", "attachment and the prospect's own date"),
       ("Fire-retardant spray included, per your insurer's note.", "N", "logistics tied to the buyer"),
       ("Delivery is held for the 24th as you wanted, but I need a yes by Friday, another buyer is already sniffing round this batch.", "H", "the prospect's date kept; ultimatum plus manufactured scarcity"),
       ("Stands and netting on page two, and my bonus rides on this one, so your signature before the month is out would really help me.", "HS", "pointer kept; seller's bonus pressed with a date (rule 16)")],
      [("P.S. This is the third time I've sent this, so a reply would be nice.", "H", "counting attempts at the prospect (rule 13)")])

# 10 crowd egress modelling - warm
email("Egress modelling for the south stand", "Hi Claire,", "Best,\nOwen",
      [("It was good to see the concourse plans, and the pinch point at gate 7 is exactly what the model is built to test.", "N", "insight tied to the prospect"),
       ("We've run the same simulation for two grounds of your size, and the main lesson was that stair widths matter less than where the stewards stand.", "N", "social proof turned into advice")],
      [("I'd love to walk you through our whole modelling suite, including the bits you probably won't need.", "S", "show-off demo of the whole suite (rule 9)"),
       ("Your licensing authority wants updated egress figures before the season, so I've already told our modellers to start on the 12th and will raise the purchase order paperwork for you this afternoon.", "H", "real constraint kept; assumptive onboarding before a yes"),
       ("I'm sorry, I know I keep sending you these long emails.", "T", "apology for length and for following up"),
       ("What crowd numbers are you planning for the cup fixtures?", "N", "discovery question"),
       ("The model handles the standing terraces you mentioned, and it was shortlisted for a national engineering award, which we're all very proud of.", "S", "fit kept; award boast")])

# 11 dry slope matting - blunt
email("Matting for the Pendle dry slope", "Hi Gareth,", "Rob",
      [("Your nursery slope matting is worn through in three places, and that's where beginners catch an edge.", "N", "insight from the prospect's site"),
       ("Our bristle mat is denser, so falls on it hurt less, and I'll be honest, my commission on this one would make my winter.", "S", "value kept; seller's commission, no date (rule 16)")],
      [("I've held this price three times now, and after the site visits I made on my own weekends, I think I've earned a straight answer.", "HS", "seller's effort and sacrifice as guilt (rule 15)"),
       ("Every other slope in the north-west replaced theirs last summer, so you're the odd one out.", "H", "peer shaming"),
       ("The fitting takes four days, and if I hear nothing by the 30th, I'll take that as a yes and book the crew.", "H", "duration kept; silence means we go ahead")])

# 12 driving simulator - very deferential (curly)
email("Driving simulator for the road-safety room", "Dear Ms Appiah,", "With kind regards and thanks,\nPeter Lowe",
      [("It's very generous of you to give a small outfit like ours a look at all, I know how stretched your team must be.", "T", "self-abasing gratitude for being considered (rule 11)"),
       ("The simulator runs the hazard clips your instructors already use for the young drivers' course, so no new content is needed.", "N", "value tied to the buyer's course")],
      [("I've attached the quote, and I really hope it's not a bother that I put the brochure in as well.", "T", "attachment kept; needing approval"),
       ("The price is £14,900 including the steering rig, and I'm afraid that's quite a lot, I'm truly sorry.", "T", "price kept; apology for the price"),
       ("If it's easier, I could simply lend you the unit for the spring term for free, no strings at all.", "T", "unconditional give-away before value is agreed (rule 7)"),
       ("We could install it during your February half-term, when the room is empty, if you would be so kind as to perhaps let me know whenever you might possibly have a moment.", "T", "install date kept; stacked hedges and whenever")])

# 13 desalination unit - formal
email("Desalination unit for the Sgarbh campsite", "Dear Mr Macleod,", "Yours faithfully,\nFiona Grant\nClearwater Marine Systems",
      [("Thank you for the test results from the spring; with salt at that level, reverse osmosis is the right route.", "N", "confident expert recommendation"),
       ("The 2,000-litre-a-day unit covers your 40 pitches at peak with a margin for the shower block.", "N", "sizing tied to the prospect")],
      [("Our membranes come from the same factory that supplies the navy, and we've won the Highlands and Islands innovation prize twice.", "S", "generic boast"),
       ("The ferry company needs a week's notice to carry a pallet that size, and respectfully, any sensible site owner would have this in before the summer rush.", "H", "real constraint kept; 'any sensible owner' shaming"),
       ("If you'd like a May install, please let me know by 14 April so the ferry can be booked.", "N", "borderline: real external lead time, stated once with the reason (rule 4)"),
       ("I'm on the island on the 3rd and can check the pump house then, and since I'm making a special crossing just for you, I'd hope to leave with a signed order.", "HS", "visit kept; seller's sacrifice as something owed (rule 15)")])

# 14 dosimetry - chatty, US hospital
email("Dosimeters for the cath lab team", "Hi Marcus,", "Best,\nJenna",
      [("Thanks for the headcount, 46 badges for the cath lab and IR staff.", "N", "logistics"),
       ("The ring dosimeters you asked about give your interventional cardiologists a proper extremity reading, which your last audit said was missing.", "N", "value tied to the audit")],
      [("Quick confession: I'm two contracts short of President's Club, so this one would mean a lot to me personally.", "S", "seller's stake, no date or demand (rules 15, 16)"),
       ("It would really get me out of a hole if you could send the PO before the quarter wraps on the 30th.", "HS", "favour tied to the seller's quarter-end date (rule 16)"),
       ("Badges can ship on the 1st so your wear period lines up with the old provider's, and I'll throw in the first quarter's processing free, no conditions.", "T", "ship date kept; unconditional concession"),
       ("Who on your side signs off the safety report, because if it stalls I'll go straight to your CMO?", "H", "question kept; bypass threat")])

# 15 electrostatic respray - terse (curly)
email("Respray of the filing cabinets", "Mr Shah,", "Nadia\nRespray Direct",
      [("We can respray the 60 cabinets on site over two weekends, so no one loses access to their files.", "N", "value and logistics"),
       ("Colour match to your RAL 7016 is included, plus our 25-year guarantee, best in the trade, ask anyone.", "S", "detail kept; generic boast"),
       ("Just wondering if maybe you'd possibly had a chance to look, whenever suits?", "T", "stacked hedges plus 'whenever suits'"),
       ("Sorry for chasing yet again.", "T", "apology for following up"),
       ("Weekend rate is on the quote, and I can do 20% off if that gets it over the line.", "T", "price pointer kept; unprompted discount")])

# 16 espresso servicing - warm, clean
email("Servicing the espresso machines, 9 cafés", "Hi Rosa,", "All the best,\nSam",
      [("Thanks for sending the list of machines across the nine cafés.", "N", "pleasantry"),
       ("Six of them are the same two-group model, so one engineer can carry the gaskets and shower screens for all of them in a single round.", "N", "insight saving the buyer visits"),
       ("Descaling every eight weeks would suit your water, which tested quite hard at the Canal Street site.", "N", "expert recommendation from the buyer's data")],
      [("Apologies for the slow reply, our van was off the road on Monday; the schedule is attached now.", "N", "borderline: single courtesy apology with the reason and the fix (rule 3)"),
       ("Could we start with Canal Street on the 9th, since that's the machine your baristas said was running slow?", "N", "clear next step with a reason")])

# 17 employee ownership trust advisory - formal
email("Employee ownership trust: next steps", "Dear Mr Whitfield,", "Yours sincerely,\nEleanor Brooks\nBrooks Ownership Advisory",
      [("Thank you for the accounts; on those figures, the trust could fund the purchase over about seven years from profits.", "N", "value from the prospect's numbers"),
       ("Tax clearance normally takes six to eight weeks, so your 1 April target means applying in January.", "N", "borderline: real external lead time against the prospect's own date (rule 4)")],
      [("We are the country's leading employee ownership advisers, trusted by over 300 companies and backed by two national awards.", "S", "generic boast"),
       ("Frankly, a company in your position can't do without this structure, and putting it off another year would simply be poor stewardship.", "H", "'you need this' directive plus shaming"),
       ("I've taken the liberty of booking our valuer for the 8th, and the engagement letter is ready for you to sign to make it official.", "H", "assumptive booking before a yes"),
       ("The draft trust deed is attached for your lawyer, and my senior partner has asked me to get the engagement signed before our financial year closes on the 31st.", "HS", "attachment kept; manager's wish and year-end as the reason for a signing date (rule 16)")])

# 18 float pod - chatty (curly)
email("Float pod for the Quiet Room", "Hi Becca,", "Speak soon!\nMia",
      [("So good to meet you at the spa show, and thanks for the floor plan.", "N", "pleasantry"),
       ("The pod fits your 3 x 2.5 m room with space for a shower, and the filtration runs between clients so turnaround is 20 minutes.", "N", "fit and value for the buyer")],
      [("I don't want to be a pain, so just bin this if it's a bad time!", "T", "permission-begging, invitation to ignore"),
       ("Could I ask a huge favour and have you post a review of our stand at the spa show online?", "S", "review favour asked of a prospect, not a happy customer (rule 10)"),
       ("If that review goes up, I'll take £500 off the pod.", "ST", "borderline: discount offered to win a personal favour (rule 7)"),
       ("Would Thursday work to go through the plumbing with your contractor, or any day at all, I really don't mind, I'll fit round you?", "T", "next step kept; gives up control, any time suits")])

# 19 foam props - blunt
email("Foam props for the Pirate Cove play area", "Hi Lewis,", "Kieran",
      [("The carved cannon and treasure chest come in a hard polyurea coat, so they survive climbing children and pressure washing.", "N", "product detail tied to use"),
       ("I've attached the render of the shipwreck bow at the scale you gave us, and the read receipts tell me you've opened the last one nine times without a word back.", "H", "attachment kept; read-receipt guilt (rule 13)")],
      [("We won Best Themed Attraction Supplier two years running and our work is in five countries.", "S", "awards and reach boast"),
       ("I'll keep ringing the office every day until someone books the sign-off meeting.", "H", "badgering, multi-day chasing"),
       ("The build slot for a June opening starts on 14 April, and there are only two of those left, with a water park in Kent eyeing both.", "H", "real slot kept; manufactured scarcity")],
      [("P.S. The paint can be matched to your existing rope bridge.", "N", "useful P.S.")])

# 20 fulfilment - formal, clean
email("Fulfilment for the subscription boxes", "Hi Amara,", "Regards,\nTobias Wren",
      [("We can take over pick and pack from your March box, which is when you said your current contract ends.", "N", "the prospect's own date"),
       ("At 4,000 boxes a month, our per-order rate is £1.85, including the tissue wrap and the insert card you use now.", "N", "the price asked for, plain")],
      [("Our warehouse is 12 miles from your supplier in Leicester, which cuts the inbound leg you said was costing you a day.", "N", "value tied to the buyer"),
       ("What does your current returns process look like, and how many boxes come back each month?", "N", "discovery question"),
       ("I can show you the packing line on a video call on Monday if that's useful.", "N", "clear next step")])

# 21 geodesic dome - warm (curly)
email("Geodesic dome for the outdoor classroom", "Dear Mrs Abbott,", "Warm wishes,\nBen Harlow",
      [("The children's drawings of the dome made our whole workshop smile.", "N", "pleasantry"),
       ("A 6 m dome seats a class of 30 and has the clear cover you wanted for sky lessons, though I'll admit I'm nervous it won't be quite what you pictured.", "T", "fit kept; seeking reassurance")],
      [("I'll be honest, after all the evenings I've spent redrawing this for you, I was a bit hurt not to hear back.", "HS", "seller's effort and hurt as guilt (rule 15)"),
       ("Our domes are hand-built by a family firm going back three generations.", "S", "borderline: heritage line (rule 8)"),
       ("We could build it over the May half-term so no lessons are lost, and half the schools in your trust already have one, so I'd hate your pupils to be the ones missing out.", "H", "build date kept; peer FOMO shaming"),
       ("Is the grass area by the pond still your preferred spot?", "N", "plain question")])

# 22 glasswashers - blunt
email("Glasswashers for the Tap & Tun bars", "Steve,", "Dan\nBrightRinse",
      [("Your staff are hand-polishing because the old units leave scale, and that's an hour a night per bar.", "N", "insight from the prospect's operation"),
       ("The reverse-osmosis glasswasher fixes that and pays for itself in about 11 months at your volumes.", "N", "quantified value from the buyer's data")],
      [("These have to be in before Christmas, full stop, so let's stop going round in circles.", "H", "directive telling the prospect what they must do"),
       ("Fitting is two hours per bar before opening, and I've sent the direct debit form, so pop your bank details in and we ship Monday.", "H", "fitting detail kept; assumptive payment step"),
       ("I can demo the rinse cycle at the Market Street bar on Thursday, and if I don't hear from you by then I'll ring your finance director, since she signs the cheques anyway.", "H", "demo offer kept; bypass threat"),
       ("Which bar would you want done first?", "N", "plain question")])

# 23 gold refining - non-native English
email("Refining of your gold scrap", "Dear Mr Patel,", "Kind regards,\nOlek Nowak",
      [("Thank you for the sample of scrap, the assay is done and I attach the result.", "N", "attachment"),
       ("Your mixed 9 and 18 carat will return about 61 grams of fine gold, paid at the London fix on the day of melt.", "N", "concrete value for the buyer")],
      [("We are refinery since 1952, the most big in our region, with the certificate of many organisations.", "S", "years in business and ranking boast"),
       ("I must ask please that you send the material this week, because my boss want the metal in the furnace before the month end.", "HS", "date pressed for the boss's month-end (rule 16)"),
       ("Also I hope you are not angry with me for write again so soon.", "T", "needing approval, apology for following up"),
       ("The insured courier bag can be collected from your shop on any weekday, and I already book it for Thursday so everything is ready.", "H", "logistics kept; assumptive booking before a yes")])

# 24 garage doors - formal, clean (curly)
email("Garage doors, Elm Road lock-up garages", "Dear Mr Hughes,", "Yours sincerely,\nAlan Dewar\nDewar Doors",
      [("Thank you for the survey list of the 48 lock-up garages on Elm Road, and for the estate office's access notes.", "N", "pleasantry"),
       ("Eleven of the doors have failed springs, so I have priced replacement canopy doors for those and a spring kit for the rest.", "N", "expert recommendation from the survey")],
      [("The galvanised doors come in the green the estate office specified, so they match the blocks already done.", "N", "product detail tied to the buyer"),
       ("Our fitters can work block by block, which keeps most garages in use while tenants are told in advance.", "N", "we-statement serving the buyer"),
       ("I was sorry to hear about the break-ins last month; the new doors have anti-lever locks, which the police advised.", "N", "sympathy, not an apology (rule 3)"),
       ("Would you like me to walk the site with your housing officer on the 17th?", "N", "clear next step")])

# 25 horse walker - chatty
email("Horse walker for the yard", "Hi Sophie,", "Cheers,\nTilly",
      [("Good to hear the four-horse walker would fit beside the new barn.", "N", "pleasantry"),
       ("The rubber panels and soft-start motor mean the young horses you mentioned won't get spooked, and we're the only firm in the county with a royal warrant, as I'm sure you've heard.", "S", "value kept; generic credential boast")],
      [("Only nudging this back up your inbox again, sorry if I'm being a pest!", "T", "contentless follow-up plus apology for following up"),
       ("If you're not ready, totally fine, I'll try you again next year.", "T", "pre-emptively accepting a brush-off"),
       ("The groundworks quote is separate, and I could probably knock that off entirely if it sways things.", "T", "quote detail kept; unprompted concession")])

# 26 haggis - warm/chatty
email("Haggis for the Burns Night covers", "Hi Callum,", "Slainte,\nMoira",
      [("Thanks for the numbers, 620 covers across the four restaurants on 25 January.", "N", "the prospect's own date"),
       ("Our haggis is made with lamb from the Borders, and we can do a vegetarian one for the 15% of guests you said order it.", "N", "product tied to the buyer")],
      [("Orders by the 10th let us make and vacuum-pack your batch, because after that the kitchen is taken up with the big Burns suppers.", "N", "borderline: real capacity constraint, stated once with the reason (rule 4)"),
       ("Our haggis was crowned Scotland's best for the fourth year running, as you probably saw in the papers!", "S", "award boast with exclamation"),
       ("My sales manager is keen to hear back before the 5th, so a decision by then would help me out.", "HS", "manager's wish plus 'help me out' with a date (rule 16)"),
       ("Sorry this one is so long, I do go on.", "T", "apology for length")],
      [("P.S. The neeps and tatties mix is on the price list too, and a quick five-star review from you on our site would make my week.", "S", "price-list pointer kept; review favour from a prospect")])

# 27 humanist celebrant - warm (curly)
email("Celebrant for the hospice remembrance evening", "Dear Joanna,", "With warm wishes,\nRuth",
      [("Thank you for telling me about the evening on 8 November, and I was sorry to hear how hard this year has been for the families.", "N", "sympathy about the prospect's situation"),
       ("I'd write the ceremony around the names the families send in, with a reading slot for any relatives who want one.", "N", "concrete service detail")],
      [("I hope I'm not stepping on any toes by suggesting a shorter format this year.", "T", "needing approval for a recommendation"),
       ("I've led over 400 ceremonies and was named Celebrant of the Year, so you'd be in very good hands.", "S", "generic award boast"),
       ("I can hold 8 November for you, but I'll need to know by Friday, otherwise the date goes to another hospice that's been asking.", "H", "the prospect's date kept; ultimatum plus scarcity"),
       ("My fee is £280, and I'm so sorry it's gone up since last time.", "T", "fee kept; apology for the price")])

# 28 head lice clinics - terse
email("Head lice clinics, spring term", "Ms Carter,", "M. Price\nNitty Gritty Clinics",
      [("We can run checks in all five schools in the first week back, as you asked.", "N", "the prospect's own date"),
       ("Each clinic takes a morning per 200 pupils, and I'll send the invoice for all five now so the nurses are locked in.", "H", "logistics kept; assumptive invoice"),
       ("The consent letter for parents is attached, and this is my fourth message on it without a reply.", "H", "attachment kept; counting attempts at the prospect (rule 13)"),
       ("Parents at two neighbouring trusts already rely on us, so yours will soon ask why you don't.", "H", "peer shaming"),
       ("Book by Friday and I'll hold last year's rate.", "HT", "discount tied to the seller's date (rule 7)")])

# 29 ikebana - very deferential
email("Ikebana session for the Tokyo delegation", "Dear Mr Harrington,", "With deepest respect,\nKeiko Arden",
      [("Please forgive me for writing, I know I am probably the last thing you need this week.", "T", "self-abasing apology for writing"),
       ("For a group of 20, a 90-minute session with seasonal branches works well before the dinner you described.", "N", "recommendation tied to the prospect's event")],
      [("If it would not inconvenience you terribly, might you possibly let me know whether the date could perhaps still work?", "T", "stacked hedges plus permission-seeking"),
       ("The materials list is attached and includes the kenzan, vessels and flowers for each guest, and I am so sorry that it runs to three pages.", "T", "attachment kept; apology for length"),
       ("Of course, if the price is an issue, I am very happy to do it for whatever you feel is fair.", "T", "name-your-number concession")])

# 30 IV poles - formal, clean (curly)
email("IV poles for the oncology day unit", "Dear Mr Lindqvist,", "Yours sincerely,\nRachel Osei\nWard Supply Co.",
      [("Thank you for the equipment list from the oncology day unit.", "N", "pleasantry"),
       ("The five-castor pole with the 18 kg rated hook takes the two pumps your nurses hang per chair without tipping.", "N", "product detail tied to the ward")],
      [("As discussed with your infection control lead, the stainless finish withstands the chlorine wipes used on the unit.", "N", "answers the buyer's requirement"),
       ("I'll confirm the delivery window with our warehouse and send it to you by Wednesday.", "N", "checking with someone on a non-discount matter, with a date"),
       ("Should we plan the swap-out over two days so the unit never runs short of poles?", "N", "clear next step")])

# 31 induction hobs - blunt
email("Induction hobs, food tech room", "Mr Grant,", "Ian Bell\nSafeCook Education",
      [("Induction hobs cut the burns you logged last year, as the glass stays cool once the pan is off.", "N", "value from the prospect's data"),
       ("You've had the quote three weeks, which is long enough for anyone to manage a yes or no.", "H", "entitlement and shaming about the prospect's pace")],
      [("Delivery to the school is free, and my manager needs the order on the board before our year-end on the 31st.", "HS", "delivery detail kept; manager and year-end as the reason for the order date (rule 16)"),
       ("Twelve stations with isolators come to £8,400 as you asked, and that goes up on 1 March if you sit on it.", "H", "the asked-for price kept; price expiry used as a push"),
       ("Install is two days in the Easter holiday, and your deputy head tells me she's keen, so let's skip the governors and get it ordered.", "H", "logistics kept; overriding the prospect's process")])

# 32 javelins - chatty
email("Javelins and shot for the county squad", "Hi Mel,", "Cheers,\nNeil",
      [("The 600 g and 700 g javelins you asked for are in stock and certified for county competitions.", "N", "certification the buyer's competitions require"),
       ("Since your throwers train on grass, the rubber-tipped practice javelins would save the school pitch, so I'll pop an invoice for a dozen in the post today as well.", "H", "recommendation kept; assumptive invoice")],
      [("We're the official implement supplier to three national federations, and our catalogue runs to 400 products.", "S", "generic boast"),
       ("Sorry again for the mix-up with the shot sizes last time, I feel terrible about it, I really do, so sorry.", "T", "repeated, self-abasing apology"),
       ("We can do 10% off on 30 or more implements, since that lets us ship on one pallet.", "N", "borderline: concession traded for volume (rule 7)"),
       ("Would Saturday at the track suit to check grip sizes with the juniors?", "N", "clear next step")])

# 33 jackfruit - chatty (curly)
email("Young jackfruit for the pulled burger line", "Hi Kofi,", "Best,\nLena",
      [("The brined young jackfruit comes in 10 kg pouches, so your line team can skip the can-opening step they hate.", "N", "value tied to the buyer's line"),
       ("We ran a test batch with your barbecue rub, and the texture held through the 90-second reheat your restaurant partners use.", "N", "evidence tied to the buyer")],
      [("Four of the big plant-based brands switched to us this year, and anyone still on tins is frankly behind.", "H", "peers switched, shaming"),
       ("I've worked every weekend on these samples for you, so I'd expect at least the courtesy of a decision this week.", "HS", "seller's effort as guilt with a demand (rule 15)"),
       ("The spec sheets are attached, along with the news that our founder made a 30 Under 30 list, which says it all about us.", "S", "attachment kept; generic founder boast")],
      [("P.S. Whenever a moment frees up is fine, there's really no hurry on my side, honestly.", "T", "permission-begging and minimising")])

# 34 kilim cushions - warm/deferential
email("Kilim cushions for the Saltmarsh lounge", "Dear Imogen,", "With warm regards,\nSelin",
      [("It was lovely to see the lounge, and the rust and ochre pieces would sit well against your oak panelling.", "N", "pleasantry with a recommendation"),
       ("Each cushion is cut from a vintage kilim, so no two in the lounge would match, which is the look you said you wanted.", "N", "product detail tied to the buyer")],
      [("I hope you don't mind me sending a second email so soon, and sorry if this feels like too much.", "T", "needing approval, apology for following up"),
       ("I could maybe, if it helps at all, possibly lower the price a little?", "T", "stacked hedges plus an unprompted price cut"),
       ("Delivery to Aldeburgh is free for 40 pieces, and I do so hope you won't be disappointed in us.", "T", "logistics kept; needing approval"),
       ("Would you like me to bring a selection on the 22nd so you can try them on the sofas?", "N", "clear next step")])

# 35 kraft void fill - terse, clean
email("Kraft void fill for the packing benches", "Hi Joe,", "Regards,\nPaula",
      [("The paper void fill machine uses 60 gsm kraft, which replaces the air pillows your customers complained about.", "N", "value tied to the buyer's complaint"),
       ("At your 2,500 parcels a day, one machine per bench keeps up with your peak rate.", "N", "sizing from the buyer's data"),
       ("Rolls are delivered every fortnight.", "N", "logistics"),
       ("Can I book 30 minutes on Thursday to look at the bench layout?", "N", "clear next step"),
       ("Spec sheet attached.", "N", "attachment")])

# 36 kitchen replacements - formal (curly)
email("Kitchen replacements, 60 void flats", "Dear Ms Fraser,", "Yours sincerely,\nDavid Kerr\nKerr Interiors",
      [("Thank you for the void schedule; we can turn each kitchen round in four working days, so the flats re-let faster.", "N", "value tied to the buyer"),
       ("We've run this programme for two housing associations of your size, and the main lesson was to order units in batches of ten.", "N", "social proof turned into advice")],
      [("We are an award-winning contractor with a 4.9 rating and a turnover of £40 million.", "S", "generic boast"),
       ("The pricing schedule you asked for is attached, and your board needs to approve it at the next meeting rather than sending it round for more comments.", "H", "attachment kept; directive overriding the prospect's process"),
       ("I have asked my director whether we can drop the price, and I will let you know what he says.", "T", "deferring a discount to a manager (rule 12)"),
       ("Our site manager can meet your voids officer at Fern House on Monday, and I've asked him to bring the contract so it can be signed on the spot.", "H", "meeting kept; assumptive signing before a yes")])

# 37 charity lottery - chatty
email("Weekly lottery for the hospice", "Hi Hannah,", "Best wishes,\nChris",
      [("Thanks for the figures, at 3,000 players the weekly lottery would raise about £78,000 a year after prizes, the kind of result we're famous for.", "S", "value kept; self-congratulation"),
       ("We handle the Gambling Commission licence paperwork, so your team wouldn't have to.", "N", "we-statement serving the buyer")],
      [("The Commission's next licensing window closes on 15 May, so we'd need your board's decision before then to launch in the summer.", "N", "borderline: real external deadline stated once with the reason (rule 4)"),
       ("I'd love to tell you our whole story, from one hospice to 120 good causes in six years!", "S", "'hear our story' (rule 9)"),
       ("Could you also mention us to the other hospices in your network, since referrals really help my numbers?", "S", "referral favour for the seller's numbers"),
       ("If the board says no, no hard feelings at all, and thanks for even hearing me out!", "T", "pre-emptive release and thanks for considering")])

# 38 letters of credit - formal
email("Letters of credit for the Chittagong orders", "Dear Mr Rahman,", "Yours sincerely,\nSimon Achebe\nTrade Finance, Harbour Commercial Bank",
      [("Thank you for the order schedule; at six shipments a year, a revolving letter of credit would save you issuing a new one each time.", "N", "insight tied to the buyer"),
       ("Our trade desk checks documents within one working day, which matters given the demurrage charges you had at Felixstowe.", "N", "value tied to the buyer's cost")],
      [("The credit committee slot is already booked for you, so I'll need your signed facility letter and the first fee by Tuesday.", "H", "assumptive payment step before a yes"),
       ("Frankly, every importer your size moved to us after the rate changes, and you're one of the last.", "H", "peers switched, shaming"),
       ("The fee schedule is on page three, and if it's a concern, I'll waive it for the first year, no questions asked.", "T", "pointer kept; unconditional concession"),
       ("I can take your finance team through the drawing process on Thursday at 10.", "N", "clear next step")])

# 39 loyalty app - chatty (curly)
email("Loyalty app for the Ferngrove garden centres", "Hi Ellie,", "Cheers,\nRaj",
      [("Your cafés already take 40% of weekend footfall, so tying stamps to plant sales could lift basket size.", "N", "insight from the prospect's data"),
       ("Our app is built on the latest AI, blockchain-backed, with push, geofencing, gamification, NFC and a full CMS.", "S", "buzzword feature dump")],
      [("Just a heads-up that the app stores take about ten days to approve a new listing.", "N", "borderline: one polite 'just' and a real external lead time (rules 1, 4)"),
       ("I'm sure you're swamped, so honestly, whenever you get a moment is absolutely fine, no rush at all.", "T", "minimising and permission-seeking"),
       ("The pilot is £450 a month as you asked, and I've set your account up already, so all I need is your card details to switch it on.", "H", "the asked-for price kept; assumptive payment step"),
       ("Could we run a pilot at the Ashbourne centre in April?", "N", "clear next step")],
      [("P.S. My manager would love your logo on our website, so do let me know if that's okay.", "S", "logo favour for the seller's benefit (rule 10)")])

# 40 LEGO Serious Play - formal, clean
email("Strategy workshop for the leadership offsite", "Dear Marion,", "Kind regards,\nTom Ashdown",
      [("Thanks for sending the offsite agenda for 12 and 13 June.", "N", "pleasantry"),
       ("A half-day LEGO Serious Play session on the second morning would let your twelve directors build and test the three-year priorities you listed.", "N", "value tied to the prospect's agenda"),
       ("Each director builds a model of the business as they see it, which tends to surface the disagreements that slides keep hidden.", "N", "insight")],
      [("I'd suggest we keep the group to twelve, as the method loses depth above that.", "N", "confident recommendation"),
       ("The price for the half day, including materials and a written summary, is £3,200.", "N", "plain price"),
       ("Could we have 20 minutes next week to agree the questions with your chief of staff?", "N", "clear next step")])


def labels_of(code):
    if code == "N":
        return ["NONE"]
    out = [CODE[c] for c in code]
    return [l for l in ORDER if l in out]


def main():
    assert len(E) == 40, len(E)
    emails, sents = [], []
    sid = 0
    for i, (subject, sal, sign, paras) in enumerate(E, start=1):
        eid = "s66e%03d" % i
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        body_paras = []
        these = []
        for p in paras:
            texts = []
            for text, code, note in p:
                assert code in {"N", "H", "S", "T", "HS", "HT", "ST", "HST"}, code
                t = fix(text)
                texts.append(t)
                these.append((t, labels_of(code), note))
            body_paras.append(" ".join(texts))
        text = fix(sal) + "\n\n" + "\n\n".join(body_paras) + "\n\n" + fix(sign)
        # email-level scale from the guide
        lab = {}
        for l in ORDER:
            hits = [n for _, ls, n in these if l in ls]
            nonb = [n for n in hits if not n.startswith("borderline:")]
            if not hits:
                lab[l] = 0
            elif len(hits) >= 2 and nonb:
                lab[l] = 2
            else:
                lab[l] = 1
        for t, ls, note in these:
            assert t in text, t
            sid += 1
            sents.append({"id": "s66-%04d" % sid, "email": eid, "text": t, "labels": ls, "note": note})
        emails.append({"email": eid, "subject": fix(subject), "text": text, "labels": lab})

    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for s in sents:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")

    # re-parse and check
    em = [json.loads(l) for l in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8")]
    se = [json.loads(l) for l in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8")]
    bytext = {e["email"]: e["text"] for e in em}
    for s in se:
        assert s["text"] in bytext[s["email"]]
    subjects = [e["subject"] for e in em]
    assert len(set(subjects)) == len(subjects)

    n = len(se)
    none = sum(1 for s in se if s["labels"] == ["NONE"])
    faulty_per_email = {}
    for s in se:
        if s["labels"] != ["NONE"]:
            faulty_per_email[s["email"]] = faulty_per_email.get(s["email"], 0) + 1
    clean = [e["email"] for e in em if e["email"] not in faulty_per_email]
    two_plus = [k for k, v in faulty_per_email.items() if v >= 2]
    print("emails", len(em), "sentences", n)
    print("NONE %d (%.1f%%)" % (none, 100.0 * none / n))
    for l in ORDER:
        print(l, sum(1 for s in se if l in s["labels"]))
    print("multi-label", sum(1 for s in se if len(s["labels"]) > 1))
    print("borderline", sum(1 for s in se if s["note"].startswith("borderline:")))
    print("P.S. lines", sum(1 for s in se if s["text"].startswith("P.S.")))
    print("clean emails", len(clean), "emails with 2+ faulty", len(two_plus))
    print("sentences per email min/max", min(sum(1 for s in se if s["email"] == e["email"]) for e in em),
          max(sum(1 for s in se if s["email"] == e["email"]) for e in em))
    for l in ORDER:
        dist = [0, 0, 0]
        for e in em:
            dist[e["labels"][l]] += 1
        print("email-level", l, "0/1/2 =", dist)
    print("curly emails", sum(1 for e in em if "\u2019" in e["text"]))


if __name__ == "__main__":
    main()
