#!/usr/bin/env python3
"""Build the sealed69 evaluation set from hand-written emails (labels by LABELS.md)."""
import json, os, collections

# label codes: N=NONE, H=hard_close, S=self_serving, T=timidity (combined e.g. HS)
# a note starting "b:" is written as "borderline: ..."
E = []
def em(subj, sal, sign, *paras):
    E.append(dict(subj=subj, sal=sal, sign=sign, paras=paras))

em("Iridium handsets for the Kasai field team", "Dear Ms Okonkwo,", "Kind regards,\nTobias Renner\nFarReach Comms",
 [("N", "Thank you for sending the deployment map for the eastern Kasai clinics.", "pleasantry"),
  ("N", "Based on your four-week rotations, twelve handsets with two spare batteries each would cover every team without gaps.", "value tied to their rotations")],
 [("H", "I've pencilled in your purchase order for Monday, so the only thing missing now is the signed form.", "assumptive: PO booked before a yes"),
  ("S", "The handsets ship with rugged cases for the dust you described, and FarReach has won the Humanitarian Logistics Award three years running, which says it all really.", "generic award boast"),
  ("H", "The airtime bundles roll over month to month, so quiet weeks are not wasted, and every other NGO in your cluster is already on them.", "product detail + peers-already-bought pressure")],
 [("HS", "The price in the attached quote holds until the 28th, because that's when my regional target is counted.", "legit attachment + seller's target as deadline reason, rule 16")])

em("Chemistry textbooks for the new A-level cohort", "Hi Priya,", "Best,\nDan",
 [("N", "Good to speak on Tuesday about the switch to the new specification.", "pleasantry"),
  ("T", "I'm so sorry the class set comes to more than last year, I really did try everything to keep it down.", "apologising for the price"),
  ("T", "Delivery is free for orders over 50 copies, and if it helps at all, I could shave fifteen percent off without anything in return.", "unprompted, unconditional discount")],
 [("H", "The worked-example chapters map directly onto the required practicals your department flagged as weak, which is why every other college in your trust has already switched.", "value + peers switched pressure"),
  ("T", "Whenever you happen to have a spare minute, maybe you might let me know what you think?", "stacked hedges + permission"),
  ("H", "Sample copies will reach the department office by Thursday, and I'll pop in on Friday to collect your signed order form.", "logistics + assumptive order")])

em("Guarding for the two carton erectors", "Dear Mr Haldane,", "Regards,\nKarin Foss\nSafeLine Guarding Ltd",
 [("N", "Following the HSE visit you mentioned, I've drawn up fixed guarding with interlocked doors for both carton erectors.", "value tied to their situation"),
  ("S", "Between us, a signed order from a plant your size would put me top of the leaderboard at SafeLine.", "seller's stake, no date"),
  ("N", "The improvement notice gives you until 14 March, so we'd need the order by late January to fabricate and fit in time.", "borderline: real external deadline stated once with reason, rule 4")],
 [("H", "The drawings are attached for your maintenance team, and I'd have expected a site that takes safety seriously to have signed this off by now.", "shaming"),
  ("HS", "I've spent three evenings redrawing these panels for you, so I think I've earned a straight answer this week.", "seller's effort as guilt, rule 15")],
 [("HS", "Could we walk the line together on Wednesday at 9, before my boss starts asking why this hasn't closed?", "meeting ask + manager as reason for the date, rule 16")])

em("Restoration of the Cutty Sark half-model", "Dear Dr Ambrose,", "With best wishes,\nHelen Marsh\nMarsh & Keel Model Conservation",
 [("N", "Thank you for letting me examine the half-model in the store last week.", "pleasantry"),
  ("N", "The rigging is original but brittle, so I'd recommend consolidating it in place rather than re-rigging.", "expert recommendation with evidence")],
 [("N", "My written condition report and a fixed price of 4,800 pounds are attached, as you asked.", "requested price + attachment"),
  ("N", "Sorry this took a week longer than promised; the paint samples had to go to the lab in Bristol.", "borderline: single courtesy apology with reason, rule 3"),
  ("N", "If the work is approved before your gallery closes for refit, the model could be back in its case for the spring reopening.", "prospect's own timeline"),
  ("N", "Would a call on Friday morning suit to go through the report?", "clear next step")])

em("Sleeping bags for the winter shelter beds", "Hello Marcus,", "All the best,\nJen Albright\nNorthtrail Outdoor",
 [("N", "Thanks for the numbers: 46 beds across the two sites, with about a third turned over each week.", "pleasantry/logistics"),
  ("N", "Our washable synthetic bags dry in four hours, which matters with that turnover.", "product detail tied to their need"),
  ("S", "Each bag packs into its own wash net, and we're the UK's fastest-growing outdoor brand, just named in the Sunday Times 100!", "generic boast")],
 [("S", "Once they're in, could you write us a short quote for our charity partners page?", "favour: testimonial not after delivered value"),
  ("T", "Sorry again for going on so long, I know this email is a lot.", "apologising for length"),
  ("H", "The delivery window you gave, 3 to 7 November, works for our warehouse, so I've gone ahead and raised the pro forma for you to pay.", "prospect's date + assumptive payment")])

em("Sofas for the Kingfisher Court common rooms", "Dear Ms Lindqvist,", "Yours sincerely,\nOmar Sheikh\nSettle Contract Seating",
 [("N", "Thank you for the floor plans for the six common rooms at Kingfisher Court.", "pleasantry"),
  ("N", "The contract range uses replaceable seat cushions, so a damaged cover costs about 60 pounds instead of a whole sofa.", "value tied to student wear")],
 [("H", "Other universities in the Russell Group moved to us two summers ago, and frankly Kingfisher is the odd one out now.", "competitors already bought shaming"),
  ("H", "The sample sofa arrives on Tuesday, and we'll raise the deposit invoice the same afternoon.", "legit sample delivery + assumptive invoice")],
 [("HS", "I'd be grateful for a yes before the 31st, as our sales director is reviewing my accounts that day.", "seller's manager as deadline reason, rule 16"),
  ("H", "Happy to bring fabric swatches to the estates meeting, though the committee's view is really a formality you can skip if you sign now.", "offer + overriding their process")])

em("Underwater treadmill for the hydrotherapy room", "hey Beth!", "cheers,\nSam @ AquaStride",
 [("N", "Great to see the new hydrotherapy room taking shape on your Instagram.", "pleasantry"),
  ("H", "The AS-200 fits through a standard double door, so you won't need the wall taken out, which makes it something you'd be mad to pass up.", "product detail + directive pressure")],
 [("S", "It's got variable speed, jets, a heated tank, camera ports, a ramp, a touch panel, app control and six programs!", "feature dump"),
  ("T", "I totally get if it's not the right time, so I'll leave it with you until next year.", "accepting brush-off with no question")],
 [("T", "I've attached the floor-loading sheet your builder asked for, and I hope it's okay I messaged you here rather than through the website.", "needing approval"),
  ("N", "Just a heads-up that the installer is in your area on 12 May if that's useful.", "borderline: one polite just, rule 1")])

em("Your wedding cake for 20 September", "Dear Chloe and Rhys,", "Warmly,\nAgnes\nCrumb & Crown Cakes",
 [("N", "It was lovely meeting you both at the tasting on Saturday.", "pleasantry"),
  ("T", "The four-tier design with the lemon and elderflower middle tier comes to 640 pounds, including delivery to Hartwell Barn, and I'm sorry it's so dear, I know it's a lot of money.", "requested price + apology for price")],
 [("H", "I've only got one more weekend free in September and another couple asked about it this morning, so I'd grab it while you can.", "manufactured scarcity"),
  ("HST", "If you can book by Friday I'll take 80 pounds off, since I'm trying to fill my diary before my own summer break.", "seller's reason for date + discount tied to date, rules 7 & 16")],
 [("N", "Please send me the final guest count by 1 September so the tiers are sized correctly.", "logistics")],
 [("N", "P.S. The sugar flowers can be matched to your bridesmaids' dresses if you send me a swatch.", "offer, P.S.")])

em("Wildfire suppression training, ranger team", "Dear Mr Cairns,", "Kind regards,\nFiona Drummond\nHeathline Fire Training",
 [("N", "Thank you for the summary of last spring's moorland fires at Glen Ardie.", "pleasantry"),
  ("N", "Your note that two of the three fires started at car parks suggests we focus day two on early detection and first attack near access points.", "insight from their data")],
 [("N", "The two-day course for 14 rangers costs 3,900 pounds, with leaf blowers and beaters supplied.", "requested price"),
  ("N", "The muirburn season opens on 1 October, so the course would be most useful in September.", "borderline: real external date with reason, rule 4"),
  ("N", "Could you tell me which days your rangers are off rota in September?", "plain question"),
  ("N", "I'll hold a draft programme ready to send once you confirm.", "next step")])

em("Gumshields for the junior section", "Hi Gareth,", "Ta,\nLeon\nBiteGuard Sports",
 [("H", "Thanks for the order form from the U12s and U14s, though I was starting to think you'd forgotten I exist.", "sarcasm about the prospect's silence"),
  ("T", "Sorry, sorry, I know I keep emailing you about this.", "apology for following up, repeated"),
  ("HS", "I went out of my way to get your club the youth sizes ahead of everyone else, so it's a bit rough to hear nothing back.", "seller's effort as guilt")],
 [("H", "The boil-and-fit guards come in six colours, so each age group can have its own, and the invoice is already on its way to your treasurer.", "product detail + invoice before yes"),
  ("H", "Sizes can be swapped free within 30 days, but don't make me chase your chairman for this.", "bypass threat")])

em("Pork pies for the Saturday shoot lunches", "Morning Mr Pryce,", "Best wishes,\nRuth Gaskell\nGaskell's of Melton",
 [("N", "Thank you for the shoot dates through to the end of January.", "pleasantry"),
  ("N", "Forty hand-raised pies each Saturday, delivered hot to the lodge by 12:30, comes to 3.10 pounds a pie.", "requested price + logistics"),
  ("H", "Shoots round here that went elsewhere have all come crawling back, so I'd not waste your time shopping around.", "shaming/discouraging comparison"),
  ("S", "We've been raising pies the same way since my great-grandfather opened the shop in 1921.", "borderline: heritage line, rule 8")],
 [("T", "I hope you don't mind me asking, but would it be at all possible, maybe, to arrange a tasting, if it's not a bother?", "stacked hedges + permission"),
  ("T", "The pies keep for three days chilled, and if the price feels at all high, just tell me what you'd like to pay.", "asking the buyer to name a number")])

em("Rubber matting for the calf pens", "Dear Mrs Hewitt,", "Regards,\nAlun Pryor\nGripMat Agri",
 [("N", "Thanks for the measurements of the six calf pens.", "pleasantry"),
  ("N", "The 17 mm interlocking mats drain at the joints, which should help with the damp bedding you described.", "value tied to their problem"),
  ("S", "We're the only mat maker with a Royal Show gold medal, three years on the trot.", "award boast"),
  ("H", "Farms that hold off on this usually end up with a shed full of scour and a vet bill twice the size.", "fear pressure, no data")],
 [("HS", "The quote is attached, and I really need it signed before the month closes because my bonus depends on it.", "attachment + seller's bonus as deadline reason"),
  ("N", "We can fit them the week after weaning if that suits your routine.", "confident next step")])

em("Silt curtains for the Ness Quay dredge", "Dear Mr Petrović,", "Best regards,\nIngrid Vale\nTurbiGuard Marine",
 [("N", "Thank you for sending the Marine Licence conditions for the Ness Quay works.", "pleasantry"),
  ("N", "Condition 9 limits suspended sediment at the oyster beds, so I'd specify a full-depth curtain on the seaward side.", "expert recommendation with evidence"),
  ("S", "We also just launched our new Type 3 curtain, which our engineers are really proud of and I'm excited to tell you about.", "I/we-centric, no customer value")],
 [("H", "The crew is booked for 3 March, so I'll assume we go ahead unless I hear otherwise by Friday.", "silence-means-yes assumptive"),
  ("H", "I've attached the hire rates you asked for, split by week and by metre, and as our fleet is nearly all spoken for, they only stand for today.", "requested attachment + manufactured scarcity deadline")])

em("Cover for the slurry lagoon", "Hi Tom,", "Cheers,\nWill Barraclough\nCoverTek",
 [("N", "Good to meet you at the grassland event.", "pleasantry"),
  ("N", "A floating cover on your 4,000 cubic metre lagoon would keep out roughly 900 cubic metres of rain a year, going by the Met Office figures for your area.", "value from their data"),
  ("N", "The current Farming Equipment grant round closes on 15 April, and applications need a supplier quote attached.", "borderline: real external grant deadline, rule 4")],
 [("N", "I can put the quote together this week if you send me the lagoon dimensions.", "plain next step"),
  ("N", "Would Thursday afternoon work for a site visit?", "clear ask")])

em("Seed drill demo, Low Farm", "Dear Mr Ashworth,", "Sincerely,\nPaula Brennan\nTerraSow UK",
 [("N", "Thank you for showing me round Low Farm in August.", "pleasantry"),
  ("N", "On your heavy clay, the disc coulters would let you drill straight into stubble and save the cultivation pass.", "insight tied to their land"),
  ("H", "Two of your neighbours on the estate have already bought one, and you don't want to be the last to catch up.", "peer shaming/FOMO")],
 [("HS", "The demo drill is with you on the 9th as you asked, and as I've stuck my neck out with my manager to get it, I'll be expecting an order.", "prospect date + seller's standing as leverage"),
  ("H", "The bout width is 4 metres, which matches your sprayer tramlines, and I've already told our transport team to drop one off after the demo.", "product detail + assumptive delivery"),
  ("S", "Oh, and if you're happy afterwards, a video for our YouTube channel would really help me out.", "favour: testimonial for seller")])

em("Shade sails for the kindergarten playground", "Dear Mrs. Oduya,", "Kind regards,\nLiam Hart\nShadeWorks",
 [("N", "Thank you for sending photos of the kindergarten playground.", "pleasantry"),
  ("T", "The design drawing is attached, and I really hope I haven't overstepped by suggesting it before you asked.", "needing approval"),
  ("N", "Two triangular sails over the sandpit would shade it from 11 until 3, when the children are outside.", "value tied to their timetable")],
 [("T", "I know budgets are tight in schools, so I've already knocked a quarter off the price below.", "pre-emptive discount"),
  ("T", "If none of this is any use, do ignore me, I'm used to it.", "minimising/self-abasing"),
  ("N", "The city does not require a building permit for sails under 13 feet high.", "useful fact")])

em("Edge protection netting, Block B", "Dear Mr Kowalczyk,", "Regards,\nDeclan Ross\nSafeCatch Netting",
 [("N", "Thanks for the programme for the Block B frame.", "pleasantry"),
  ("N", "Fan netting at levels 3 and 6 would cover the two drop zones your site manager marked on the drawing.", "value tied to their drawing"),
  ("HS", "I've cut my margin to the bone for you, so a week of silence is a poor way to repay that.", "seller's sacrifice as guilt, rule 15"),
  ("H", "We've got installers on site for you on Monday, so get the purchase order over today.", "assumptive demand")],
 [("H", "That makes four copies of this quote in your inbox now, and still not a word back.", "counting follow-ups + entitlement, rule 13"),
  ("H", "The netting comes with its inspection certificate, and if I don't hear back, I'll take it up with your contracts director myself.", "bypass threat")])

em("Photocopiers for the Deansgate office", "Dear Ms Hargreaves,", "Yours sincerely,\nCallum Reid\nPrintPoint Managed Services",
 [("N", "Thank you for your time on Wednesday and for the current meter readings.", "pleasantry"),
  ("N", "At 38,000 pages a month, three A3 devices on a cost-per-page lease would cost you around 11 percent less than your current contract.", "value from their data")],
 [("S", "My manager has asked me to get this one over the line, as it's our biggest bid this quarter.", "seller's manager and quarter, no date"),
  ("H", "Secure release printing is included, so client files are never left sitting in the tray, and I've already booked our engineer to take out your old machines on the 3rd.", "value + assumptive booking")],
 [("N", "Could we book a 30-minute call with your IT lead next week?", "clear next step"),
  ("T", "I realise you're very busy, so I'll understand completely if you'd rather not hear from me again.", "pre-emptive release"),
  ("N", "P.S. Your current lease ends on 30 June, so the notice period of 90 days starts on 1 April.", "borderline: external contract date, neutral, rule 4")])

em("Divider curtains for the main sports hall", "Hi Natasha,", "Thanks,\nOwen\nHallSplit Ltd",
 [("T", "Thanks for sending over the hall drawings, and apologies for being such a pest about them.", "apology for following up"),
  ("T", "Sorry to clutter your inbox once more, I do feel awful.", "apology for following up, self-abasing"),
  ("N", "A motorised curtain between courts 2 and 3 would let you run the badminton club and the birthday parties at once.", "value tied to their bookings")],
 [("T", "The curtain is flame-retardant to the standard your insurer asked for, but on the discount you asked about, I'll have to ask my boss and get back to you.", "deferring on discount"),
  ("T", "Take as long as you like over it, honestly, I'll fit round whatever you decide.", "minimising/permission"),
  ("T", "We can survey the hall on a weekday morning before 9, if that's not too much of an imposition on you.", "logistics + permission-seeking")])

em("Hull thickness survey, MV Larkspur", "Dear Captain Moen,", "Best regards,\nErik Salvesen\nNordic NDT",
 [("N", "Thank you for the docking plan for MV Larkspur.", "pleasantry"),
  ("N", "The class society requires ultrasonic readings on the shell plating at this special survey, and our technicians are approved by DNV.", "certification the buyer's process requires"),
  ("N", "We'd take around 1,200 readings over two days while she is in dry dock.", "detail"),
  ("N", "The price for the two days is 6,400 euros, including the report in the format your superintendent uses.", "requested price")],
 [("N", "Please confirm the dry dock dates when you have them, and I'll book the team.", "plain next step")])

em("Chipper for the arb crew", "Rob,", "Dave\nBranchline Machinery",
 [("N", "Quote for the 8-inch tracked chipper attached.", "attachment"),
  ("S", "Comes with a spare set of blades, and it's the best-selling chipper in the country five years straight.", "generic boast"),
  ("H", "Price is good till Friday and then it's gone, so move.", "fake deadline + urgency")],
 [("N", "Tracks will get it through the garden gates you mentioned.", "value tied to their jobs"),
  ("H", "Every week on that old machine is costing you blades and hours, so stop dithering.", "push with unquantified cost of delay"),
  ("H", "Told the yard you're having it, so I'll need the deposit card details by tomorrow.", "assumptive payment demand")])

em("Radar for the Morwenna", "Hello Jim,", "Regards,\nKerensa Hocking\nHocking Marine Electronics",
 [("N", "Good to see you on the quay at Newlyn yesterday.", "pleasantry"),
  ("N", "With the Morwenna working inshore among the pots, a 4 kW solid-state radar would pick out the marker buoys better than your old magnetron set.", "value tied to their fishing"),
  ("T", "The quote includes the new display and cabling, and I'm really not trying to be pushy, so please forgive me if I come across that way.", "apology for normal selling")],
 [("HS", "I've already ordered the scanner on my own account so it's ready for you, and I'd take it hard if it ended up sitting on my shelf.", "seller's sacrifice/feelings as leverage"),
  ("N", "Fitting takes one day, and we can do it while she's in for her winter lift-out.", "logistics")],
 [("N", "P.S. The harbour master says the lift-out crane is booked from 2 to 6 December.", "external date, P.S.")])

em("Smokeless fuel for the almshouses", "Dear Mr Tremayne,", "Yours faithfully,\nGeorgina Hale\nHale & Sons Fuel Merchants",
 [("N", "Thank you for the trustees' letter about heating the twelve almshouses this winter.", "pleasantry"),
  ("N", "Since the smoke control order came into force, only authorised fuels can be burnt on open fires in the conservation area.", "borderline: real regulation, stated neutrally, rule 4"),
  ("N", "Our ovoids are on the authorised list and burn for about five hours, which suits residents who bank their fires overnight.", "value tied to residents")],
 [("N", "Delivery is every other Thursday, bagged and carried to each coal store.", "logistics"),
  ("N", "Could one of the trustees let me know how many bags each house used last winter?", "discovery question")])

em("Mobile dipping, spring", "Dear Mr Lewis,", "Regards,\nGethin Morgan\nDipWell Mobile",
 [("N", "Thank you for getting back about the 1,100 ewes at Cwm Isaf.", "pleasantry"),
  ("H", "Put simply, your farm can't do without this, so let's skip the deliberating.", "you need this directive"),
  ("S", "We bring our own water bowser, and we have the biggest mobile dipping fleet in Wales with the newest trailers on the road.", "generic boast")],
 [("N", "Our operators hold the certificate of competence, as the dip regulations require.", "required certification"),
  ("H", "The price is 1.20 pounds a head, and I'll need half of it paid up front today to hold your date.", "price + payment before yes"),
  ("HS", "I've turned down two farms to hold the 14th for you, so I'm counting on a booking in return.", "seller's sacrifice as guilt, rule 15")])

em("Tree safety survey, parish open spaces", "Dear Mrs Pike,", "Kind regards,\nSimon Ellery\nEllery Arboriculture",
 [("N", "Thank you for the list of the parish's open spaces and the insurer's letter.", "pleasantry"),
  ("N", "The insurer asks for a survey of trees next to public paths every 18 months, so I'd start with the churchyard and the rec.", "recommendation from their requirement"),
  ("N", "For about 140 trees, the survey and report would cost 1,650 pounds.", "requested price")],
 [("N", "I'll send a sample report so the council can see the level of detail.", "next step"),
  ("N", "Could I present it at the council meeting on the 18th, as you suggested?", "prospect's date")])

em("Crash cushion hire for the A14 works", "Dear Ms Achterberg,", "Regards,\nKeith Lomas\nImpactGuard Hire",
 [("N", "Thank you for the traffic management plan for the A14 lane closures.", "pleasantry"),
  ("N", "Two TMA trucks would cover the moving works in both directions, as the plan requires.", "value tied to their plan"),
  ("H", "Both trucks carry crash-tested cushions to the current standard, and you must understand that if you wait, every firm in the region will have them booked and you'll get nothing.", "manufactured scarcity")],
 [("S", "Frankly I need this contract, my commission this year is well down.", "seller's commission, no date"),
  ("HS", "Please sign by Thursday, because my branch head wants the June figures finished.", "manager's wish as deadline, rule 16"),
  ("H", "The attached rate card shows the weekly price with driver included, and I've marked the first four weeks as confirmed on our side.", "attachment + assumptive booking")])

em("Wall tie replacement, Heron Estate", "Dear Mr Banerjee,", "Yours sincerely,\nRachel Oyelaran\nTieFix Structural",
 [("N", "Thank you for the engineer's report on the Heron Estate blocks.", "pleasantry"),
  ("N", "The report found corroded ties in 60 percent of the cavities tested, so I'd replace them across both blocks rather than patching.", "evidence-based recommendation"),
  ("S", "We're the only wall-tie firm in the North West with a royal warrant.", "credential boast, not required by buyer"),
  ("T", "I do apologise that our price is higher than the other tenders, I'm very sorry about that.", "apology for price, repeated"),
  ("T", "We could maybe perhaps look at splitting the cost of the scaffolding, if you think that might be all right?", "stacked hedges + unprompted concession")],
 [("H", "Residents can stay at home during the works, as all drilling is from outside, and I'll have the site cabin delivered on the 2nd so we're ready the moment you sign.", "value + assumptive mobilisation")])

em("Weather routing for the Atlantic fleet", "Dear Mr. Lindgren,", "Best regards,\nMaya Ferreira\nOceanPath Routing",
 [("N", "Thank you for the voyage data for your eight bulk carriers.", "pleasantry"),
  ("N", "Your log shows 14 days lost to heavy weather on the North Atlantic last winter, which optimized routing could have cut by about half.", "cost from their own data"),
  ("S", "We were founded by ex-navy forecasters and are backed by Nordic Ventures and two leading hedge funds.", "investor/credential boast")],
 [("S", "Would you be able to give us a reference for our website once you've signed up?", "favour: reference"),
  ("H", "I'll be sending the contract to your CEO as well, since these things seem to sit with you.", "bypass threat with dig"),
  ("HS", "A 60-day trial on two ships would give you a fair comparison, and since my quarter ends on the 30th I'd love the trial signed before then.", "offer + seller's quarter as deadline, rule 16")])

em("Pre-purchase survey, Contessa 32 'Halcyon'", "Hi Andrew,", "Best,\nPete Lowry\nLowry Yacht Surveys",
 [("N", "Thanks for sending the broker's listing for Halcyon.", "pleasantry"),
  ("N", "For a 1978 boat I'd include a moisture survey of the hull and a close look at the keel bolts.", "expert recommendation"),
  ("N", "The full survey is 780 pounds, and the lift-out at the yard is extra at their rates.", "requested price")],
 [("N", "The yard has given me 11 or 12 June for the lift.", "external logistics date"),
  ("N", "Which day suits you to come along?", "plain question")])

em("Microfiche readers for the research center", "Dear Ms. Fairbairn,", "Best,\nJoe Kessler\nFicheView Systems",
 [("N", "Thank you for the details about the parish register collections on fiche.", "pleasantry"),
  ("S", "We're a global leader in imaging technology with offices in eleven countries.", "generic boast"),
  ("S", "Our readers have 4K screens, auto-focus, OCR, cloud upload, USB export, dual zoom lenses and a 24-inch panel.", "feature list")],
 [("N", "Visitors can save a page to a USB stick instead of paying for prints, which your volunteers said causes the longest line at the front desk.", "value tied to their problem"),
  ("T", "Forgive the essay, I always write far too much.", "apology for length"),
  ("H", "The readers take both 16 mm and 35 mm film, and archives that haven't upgraded are really starting to look behind the times.", "shaming")])

em("Note counters for the bureau branches", "Dear Mr Castellano,", "Sincerely,\nNadia Petrenko\nCountSure",
 [("N", "Thank you that you have met me at the Oxford Street branch last week.", "pleasantry"),
  ("N", "The CS-9 is counting and checking twelve currencies in one batch, so your staff do not need to sort the euros and dollars before.", "value tied to their work"),
  ("HT", "If you are signing before 31 March, I give you two more machines for free.", "discount tied to seller's date, rule 7")],
 [("T", "I hope it was not a disturb for you that I came in the branch without appointment.", "seeking approval"),
  ("HS", "The machines are detecting false notes with UV and magnetic check, and our director is waiting your signature this month for his report.", "product detail + manager's wish with time frame, rule 16"),
  ("N", "Can we make a trial in the Victoria branch in April?", "clear next step")])

em("Mole ploughing, the lower fields", "Dear Mr Strickland,", "Regards,\nHarry Cole\nColedrain Contracting",
 [("N", "Thank you for walking the lower fields with me.", "pleasantry"),
  ("N", "The clay is right for moling, and channels at 2 metres spacing should clear the standing water by next spring.", "expert recommendation"),
  ("S", "Between you and me, it's been a slow season for us, so this job would mean a lot to me.", "seller's stake stated, no demand, rule 15"),
  ("N", "The soil needs to be dry enough to crack, so realistically it's August or early September.", "borderline: real external constraint, rule 4")],
 [("T", "Fair enough if you'd rather leave it a year, I'll give you a shout next summer then.", "accepting brush-off, no question"),
  ("T", "I'll leave the drainage map with you, and thanks so much for even thinking about us.", "thanking for considering")])

em("Steeplejack inspection, Corn Exchange tower", "Dear Councillor Mbeki,", "Yours sincerely,\nAnne Pollard\nPollard Steeplejacks",
 [("N", "Thank you for the photos of the loose finial on the Corn Exchange tower.", "pleasantry"),
  ("S", "We can reach the finial by rope without scaffolding, which saves around four weeks of road closure, a technique we pioneered and no other firm in Britain can match.", "value + boast"),
  ("S", "Pollard's has been climbing the county's towers since 1888.", "borderline: heritage line")],
 [("H", "If the council drags its heels on this, don't come to me when a piece lands on someone.", "fear and blame pressure"),
  ("HS", "I've been patient for two months while your committee talks, and I'm honestly getting fed up.", "seller's patience as guilt, rule 15"),
  ("N", "The inspection day costs 1,150 pounds, with a written report the following week.", "price")],
 [("S", "P.S. We were featured on Channel 4's Britain's Toughest Jobs last year, if you fancy a look.", "generic boast, P.S.")])

em("Vacuum toilet retrofit, Class 156 units", "Dear Mr Hussain,", "Kind regards,\nLena Brauer\nAquaVac Rail",
 [("N", "Thank you for the fault data from the depot.", "pleasantry"),
  ("N", "Your records show 40 percent of toilet failures come from the flush valves, which our retrofit kit replaces.", "value from their data"),
  ("N", "The kit fits during a standard exam, so each unit is out of service for one shift.", "detail")],
 [("N", "The accessible-toilet rules for these units apply from 1 January, so most operators are scheduling fits in the autumn.", "borderline: regulation deadline, rule 4"),
  ("N", "Shall I bring a kit to the depot on Tuesday so your engineers can see the fitting?", "clear ask")])

em("Organic certification for Foxglove Herbs", "Hi Suki!", "Warmly,\nMeena\nTerraVerde Certification",
 [("N", "Thank you for your message about certifying the herb beds and the drying shed.", "pleasantry"),
  ("N", "Your conversion period can count from when the fields last had sprays, so the March date on your records may save you a year.", "insight from their records"),
  ("S", "Our inspectors cover Devon every month, and we are the number one certification body in the UK with the most happy members!", "generic boast")],
 [("T", "I'm so sorry if this seems like a lot of paperwork, I feel bad even sending it.", "apology for normal selling"),
  ("ST", "If you could possibly write us a review, I'd take twenty percent off your first-year fee.", "borderline: discount offered for a favour (review), rule 7"),
  ("H", "The application form is attached, and I've already put you down for the March inspection slot so there's no backing out.", "attachment + assumptive booking")])

em("Name tapes for the boarding houses", "Dear Mrs Whitcombe,", "Yours sincerely,\nHarriet Lowe\nTapeMark",
 [("N", "Thank you for the boarding house lists for September.", "pleasantry"),
  ("T", "We can send each family their tapes with the house colour woven in, so the laundry team can sort by house at a glance, if that idea is alright with you of course, I didn't want to presume.", "value + approval seeking"),
  ("S", "My sales lead is keen that I sign a big school this term, so this matters to me.", "seller's manager, no date")],
 [("H", "Tapes are iron-on or sew-in, whichever matron prefers, but order by this Friday or you'll pay full price for the rest of the year.", "ultimatum, no reason"),
  ("T", "The 500-tape pack works out at 9 pence a tape, but I'm sure I could do less if you told me your budget.", "price + asking buyer to name a number")])

em("Pipe freezing for the theatre block valves", "Dear Mr Fenwick,", "Kind regards,\nClaire Boateng\nFreezeSeal Services",
 [("N", "Thank you for the schematics for the theatre block.", "pleasantry"),
  ("S", "We're the fastest-growing pipe freezing firm in the country, with a Queen's Award on the wall.", "award/growth boast"),
  ("HS", "Freezing the pipes either side of each valve means theatres 1 to 4 can stay open while we swap them, and I have to get this booked before my commission cut-off on the 20th.", "value + commission as deadline, rule 16"),
  ("H", "Our team arrives on the 4th regardless, so please have someone meet them with the purchase order.", "assumptive, before yes")],
 [("H", "I can see you've opened this proposal three times without replying.", "read-receipt pressure"),
  ("T", "Sorry for bringing it up, I honestly don't mean to nag.", "apology for following up")])

em("Render repairs, Hill View terrace", "Dear Ms Dobrev,", "Regards,\nKevin Shaw\nShaw Render & Repair",
 [("S", "Thanks for letting us take samples from the gable ends, which took my lads a full day unpaid, mind you.", "seller's effort stated, no demand, rule 15"),
  ("N", "The cracking is moisture behind cement render, so I'd remove it and use a breathable render.", "evidence-based advice"),
  ("HS", "I was personally embarrassed in front of my team when you cancelled the site visit, and you owe me a reply at least.", "seller's feelings/standing as guilt")],
 [("H", "My men start on Monday, so payment on account is due now.", "assumptive payment before a yes"),
  ("N", "The quote includes the scaffold and making good around the windows.", "price detail")])

em("Tachograph analysis for the Leeds depot", "Dear Ms Nakamura,", "Best regards,\nRoss Whitaker\nChartCheck",
 [("N", "Thank you for the infringement summary from the DVSA visit.", "pleasantry"),
  ("N", "Most of the 43 infringements were missed breaks on the Scotland runs, which a weekly report would catch within days.", "insight from their data"),
  ("T", "Analysis for your 38 drivers would be 4.50 pounds per driver per month, and I can drop that to 3 pounds straight away if it's too steep.", "requested price + unprompted discount"),
  ("H", "Operators who shrug off a DVSA warning like yours tend to lose their licence, so I wouldn't sit on this.", "borderline: plausible cost of inaction used to push, rule 5")],
 [("N", "I'll send a sample weekly report before our call on Friday.", "next step"),
  ("N", "Does 10am still work for you?", "clear ask")])

em("Spreadsheet training for the finance team", "Dear Mr. Adeyemi,", "Kind regards,\nSophie Laurent\nGridSkills",
 [("N", "Thank you for the list of the finance team's month-end tasks.", "pleasantry"),
  ("H", "The reconciliation steps you described could be organized around lookup formulas, saving each analyst around three hours a month, and frankly your team will be lost without it.", "value + telling them what they need"),
  ("T", "I hope you don't think I'm being cheeky, but maybe possibly we could perhaps try one session?", "stacked hedges")],
 [("S", "Sessions run on-site using your own workbooks, and we've trained over 50,000 people and won Training Provider of the Year twice!", "generic boast"),
  ("HS", "Our trainer's day is penciled in for the 9th, so I'd appreciate your signature, since I'm running a sales contest this month.", "seller's contest as deadline reason")])


# ---------------------------------------------------------------- generation
LAB = {"H": "hard_close", "S": "self_serving", "T": "timidity"}
ORDER = ["hard_close", "self_serving", "timidity"]

def curly(t):
    return t.replace("'", "\u2019")

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, e in enumerate(E, 1):
        eid = "s69e%03d" % i
        conv = curly if i % 3 == 0 else (lambda t: t)   # every third email uses curly apostrophes
        paras = []
        esents = []
        for p in e["paras"]:
            texts = []
            for code, text, note in p:
                text = conv(text)
                labs = ["NONE"] if code == "N" else [l for l in ORDER if any(LAB[c] == l for c in code)]
                assert code == "N" or len(labs) == len(code), code
                esents.append((text, labs, note))
                texts.append(text)
            paras.append(" ".join(texts))
        body = "\n\n".join(paras)
        full = conv(e["sal"]) + "\n\n" + body + "\n\n" + conv(e["sign"])
        scores = {}
        for l in ORDER:
            carrying = [s for s in esents if l in s[1]]
            nonb = [s for s in carrying if not s[2].startswith("borderline:")]
            if not carrying:
                scores[l] = 0
            elif len(carrying) >= 2 and nonb:
                scores[l] = 2
            else:
                scores[l] = 1
        for text, labs, note in esents:
            n += 1
            assert text in full, text
            assert text.strip() == text and text
            sents.append({"id": "s69-%04d" % n, "email": eid, "text": text, "labels": labs, "note": note})
        emails.append({"email": eid, "subject": conv(e["subj"]), "text": full, "labels": scores})
    with open(os.path.join(here, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for r in emails:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "test.jsonl"), "w", encoding="utf-8") as f:
        for r in sents:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-parse and check
    em_rows = [json.loads(l) for l in open(os.path.join(here, "test-emails.jsonl"), encoding="utf-8")]
    se_rows = [json.loads(l) for l in open(os.path.join(here, "test.jsonl"), encoding="utf-8")]
    byid = {r["email"]: r for r in em_rows}
    for r in se_rows:
        assert r["text"] in byid[r["email"]]["text"]
        assert r["labels"] == ["NONE"] or (r["labels"] and all(x in ORDER for x in r["labels"]))
    subjects = [r["subject"] for r in em_rows]
    assert len(set(subjects)) == len(subjects)
    c = collections.Counter()
    per_email = collections.Counter()
    for r in se_rows:
        if r["labels"] == ["NONE"]:
            c["NONE"] += 1
        else:
            per_email[r["email"]] += 1
            for l in r["labels"]:
                c[l] += 1
            if len(r["labels"]) > 1:
                c["multi"] += 1
        if r["note"].startswith("borderline:"):
            c["borderline"] += 1
    clean = [r["email"] for r in em_rows if per_email[r["email"]] == 0]
    faulty2 = [r["email"] for r in em_rows if per_email[r["email"]] >= 2]
    single = [r["email"] for r in em_rows if per_email[r["email"]] == 1]
    lens = collections.Counter(r["email"] for r in se_rows)
    print("emails", len(em_rows), "sentences", len(se_rows), "per email min/max", min(lens.values()), max(lens.values()))
    print("NONE %d (%.1f%%)" % (c["NONE"], 100.0 * c["NONE"] / len(se_rows)))
    for l in ORDER:
        print(l, c[l])
    print("multi-label", c["multi"], "borderline", c["borderline"])
    print("clean emails", len(clean), "emails with 2+ faulty", len(faulty2), "emails with exactly 1 faulty", single)
    for l in ORDER:
        print("email-level", l, dict(collections.Counter(r["labels"][l] for r in em_rows)))
    print("curly emails", sum(1 for r in em_rows if "\u2019" in r["text"]), "P.S. lines", sum(1 for r in se_rows if r["text"].startswith("P.S.")))

if __name__ == "__main__":
    main()
