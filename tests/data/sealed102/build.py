#!/usr/bin/env python3
"""Build sealed102: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
import json, os, collections

# label codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combinations in that order)
CODE = {"N": ["NONE"], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"],
        "HS": ["hard_close", "self_serving"], "HT": ["hard_close", "timidity"],
        "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}

# Each email: (industry, register, subject, salutation, sign-off, [paragraphs of (code, sentence, note)])
E = []
def email(ind, reg, subj, sal, sign, *paras):
    E.append((ind, reg, subj, sal, sign, paras))

# 1
email("anvil and tooling supply for the coldharbour blacksmithing school", "chatty",
  "Anvils for the teaching forge", "Hi Dougie,", "Cheers,\nMarcus",
  [("N", "Great to meet you at the open day on Saturday, and thanks for letting me watch the beginners forge their first S-hooks.", "pleasantry"),
   ("S", "We stock more anvil patterns than anyone north of Sheffield, and our tooling catalogue runs to swage blocks, hardies, fullers, flatters, tongs, cone mandrels and bick irons.", "boast and a tooling list with no link to the school"),
   ("H", "You asked what eight 75 kg anvils would cost, and it's £4,960 delivered, though frankly a school charging students for classes can't carry on with those battered old blocks another term.", "price the prospect asked for plus telling the school what it must buy")],
  [("N", "Each stand would be built to your instructors' working height, so nobody is stooping over the face through a three-hour class.", "product detail tied to the school"),
   ("T", "I could pop over on the 14th to measure up, if that isn't too much of an imposition and you don't mind me getting under everyone's feet.", "visit ask plus permission-seeking and self-effacement"),
   ("S", "Between us, I've spent most of the week on the phone to the foundry chasing these, so it'd be lovely to see them go to a good home.", "seller's effort offered as a reason, no blame or demand (rule 15)")],
  [("H", "P.S. The stand drawings are attached, and I've gone ahead and raised the invoice so the foundry can start casting.", "drawings attached plus an assumptive invoice")])

# 2
email("air handling unit refurbishment for the brynmoor leisure pool", "formal",
  "Pool hall air handling: refurbishment proposal", "Dear Mr Okafor,", "Yours sincerely,\nHelen Marsh\nContracts Director, Dyfed Air Systems",
  [("N", "Thank you for sending the plant room drawings and the humidity logs from the last two winters.", "thanks and logistics"),
   ("N", "Your logs show relative humidity above 70% in the pool hall on 41 days last January, which is what is corroding the roof purlins.", "figures from the prospect's own data"),
   ("H", "The refurbishment we have specified would bring that below 60%, and I must be candid that leaving it to the next budget round would be negligent towards your own building.", "proposed outcome plus shaming the delay")],
  [("S", "The full specification is enclosed, and for context we have refurbished more air handling units than any other contractor in Wales and were named Building Services Contractor of the Year in 2022 and 2023.", "specification enclosed plus ranking and awards with no tie to the pool"),
   ("HS", "I have also spent three unpaid weekends on your survey, so I would expect the courtesy of a decision by the end of this month.", "seller's unpaid effort used as guilt for a decision (rule 15)"),
   ("HS", "I can walk your finance officer through the payment schedule, and my managing director would like the contract countersigned before our financial year closes on the 31st.", "walkthrough offer plus the seller's year end as the date (rule 16)"),
   ("N", "I can present it to your trustees on the 22nd if that date suits them.", "meeting offer with a date")])

# 3
email("antenna mast inspection for the halvergate amateur radio society", "terse",
  "Mast inspection", "Gareth,", "Rhys",
  [("N", "Mast inspection done this morning; report attached.", "logistics"),
   ("H", "The top section has a cracked weld at the rotator plate, so you need the replacement we quoted, full stop.", "borderline: inspection finding plus 'you need' as a directive (rule 6)"),
   ("H", "The replacement section is £2,300 fitted, and if you don't confirm by Friday the rigging crew goes to a job in Truro and you'll be waiting till spring.", "price plus an ultimatum with crew scarcity"),
   ("T", "Sorry if that sounds pushy, and sorry the report is a bit rough, I typed it up in the van.", "apologies for normal selling and repeated")])

# 4 clean
email("artisan biscuit supply for the larchford hotel bedrooms", "warm",
  "Turndown biscuits for the Larchford", "Dear Priya,", "Warmly,\nBeth\nLarch Lane Bakehouse",
  [("N", "It was lovely to hear that your guests have been asking after the ginger shortbread on the welcome trays.", "pleasantry"),
   ("N", "You mentioned you restock 140 rooms a night, so I've costed a twice-weekly delivery of 2,000 twin packs at 18p a pack.", "price built on the prospect's own figures"),
   ("N", "Our ovens bake to order, so every box reaches you within four days of baking and keeps for six weeks on the shelf.", "'our' but the value is the hotel's")],
  [("N", "Our flour miller has told us its price rises on 1 March after the poor harvest, so the 18p holds for orders placed before then.", "borderline: supplier price expiry stated once with its reason (rule 4)"),
   ("N", "Would Thursday at 3 suit you for a tasting with your head of housekeeping?", "plain ask with a date")])

# 5
email("access audit for the wendlebury town museum", "very deferential",
  "Access audit for the museum", "Dear Ms Hollings,", "With my sincere thanks,\nAnthony Bell",
  [("T", "I am mortified to be writing to you yet again, and I do hope you will forgive the intrusion.", "self-abasing apology for following up"),
   ("T", "I was only wondering whether you might perhaps, if it were at all convenient, consider letting us quote for the access audit of the museum?", "quote ask plus stacked hedges")],
  [("N", "The audit would cover step-free routes, hearing loops, signage contrast and the accessible toilet, and would give you a costed list of fixes for your Arts Council bid.", "value tied to the prospect's bid"),
   ("T", "The fee is £1,850, which I realise is a great deal, and I would quite understand if it is simply too much.", "fee plus apologising for the price"),
   ("T", "If it would help at all, I could take a few hundred pounds off without any trouble.", "unprompted discount"),
   ("N", "Your bid deadline of 30 June would leave enough time to finish the fieldwork in May.", "the prospect's own deadline")])

# 6 curly
email("antique carousel restoration for the penmarsh pier", "chatty",
  "Your gallopers!", "Hiya Sandra,", "Speak soon!\nKirsty",
  [("N", "Loved seeing the old gallopers up close last week, they're in better nick than I expected for 1920s horses.", "pleasantry"),
   ("S", "Photos from our last job are attached, and honestly we're the best carousel restorers in the country, we've done rides for three theme parks and a TV period drama!", "photos attached plus a generic boast with exclamation"),
   ("H", "Two other piers on the south coast have already booked winter restorations, so you'd be the odd one out if the Penmarsh horses are still peeling next Easter.", "peers already bought, used as shaming")],
  [("S", "My boss is keen to get a seaside pier on our books this year, so this one would mean a lot to the team.", "manager's wish as the reason, no date (rule 12)"),
   ("N", "The quote for stripping, filling and repainting all 24 horses, with gold leaf on the manes, is £38,400.", "price and scope"),
   ("HT", "If you confirm before the end of the week I can knock 15% off, but after that it's gone.", "discount tied to the seller's date (rule 7)")])

# 7
email("accessible changing places toilet for the ormsworth retail park", "blunt",
  "Changing Places unit: drawings and deposit", "Mr Adeyemi,", "Regards,\nDean Whitlock",
  [("N", "Your footfall counter logged 1.2 million visits last year, and the Changing Places guidance expects a centre of that size to have at least one facility.", "prospect's own figures with a guidance fact"),
   ("N", "The unit would include a ceiling hoist, an adult-sized changing bench and a peninsular toilet, all to the current standard.", "product detail"),
   ("N", "Planning consent for the extension lapses on 9 May and the council has said it won't extend it, so work would have to start on site before then.", "borderline: permit lapse stated once with its reason (rule 4)"),
   ("H", "Your own tenants are already asking why you haven't got one, and frankly it's embarrassing for a retail park in this day and age.", "shaming the prospect")],
  [("H", "The drawings are attached, and I've put the deposit invoice in with them so you can get it paid this week.", "drawings attached plus an assumptive invoice"),
   ("H", "I'm free to walk the site with you on Tuesday, but if I don't hear from you by Monday I'll be putting the proposal in front of your asset manager at the fund.", "site visit offer plus a bypass threat"),
   ("S", "I've put a month of evenings into these drawings, which is more than I'd do for most clients.", "seller's effort with no explicit demand (rule 15)")])

# 8
email("bridal gown alterations for the rosehill bridal boutique", "non-native English",
  "Alterations for your busy season", "Dear Mrs Lambert,", "Best regards,\nGiulia Bassi",
  [("N", "Thank you for your message about the alterations you cannot fit in during the wedding season.", "thanks"),
   ("S", "Our portfolio is attached, and we are atelier with forty years of experience and many prizes from the fashion schools of Milano and Paris.", "portfolio attached plus years in business and prizes as a boast"),
   ("T", "Maybe is possible, if you are agree, that we perhaps can try some small work first, only if you want?", "trial offer plus stacked hedges and permission-seeking")],
  [("N", "For hem, bustle and taking in of the bodice we charge £145 per gown, and we return every dress within ten days.", "price and turnaround"),
   ("T", "If this price is too much, please tell me your price and I will accept it.", "asks the buyer to name the number"),
   ("HS", "Please, I must have one new client this month for my commission, so answer me before Friday.", "commission given as the reason for a Friday deadline (rule 16)")])

# 9 curly clean
email("bagel supply for the ketterby coworking hub", "terse",
  "Bagel samples", "Hi Tom,", "Ana",
  [("N", "Samples of the plain, sesame and everything bagels are at your front desk.", "logistics"),
   ("N", "At 180 a day for your two floors it's 62p each, delivered before 7:30 so they're fresh for the early desks.", "price on the prospect's volume"),
   ("N", "You said the members' survey closes on the 20th; want me to hold the start date until you have the results?", "the prospect's own date"),
   ("N", "Either way, I'll ring on Tuesday to hear what the team thought.", "a single follow-up with a date")])

# 10
email("balcony balustrade replacement for the seagrave court flats", "formal",
  "Seagrave Court: balustrade replacement", "Dear Ms Osei,", "Yours sincerely,\nRobert Fane",
  [("N", "Thank you for forwarding the structural engineer's report on the Seagrave Court balconies.", "thanks"),
   ("N", "The report records corrosion at 17 of the 48 fixing points, and on that evidence I would replace the north elevation balustrades rather than repair them.", "expert recommendation backed by evidence (rule 6)"),
   ("H", "Every month this waits adds roughly £2,000 to the insurer's risk loading, so further delay is simply throwing the leaseholders' money away.", "borderline: cost-of-delay figure used to push (rule 5)")],
  [("H", "Most of the blocks along the seafront have already upgraded, and I expect your residents will soon be asking why Seagrave was left behind.", "peers already switched, used as shaming"),
   ("S", "Our costed schedule is enclosed, and I might add that we are the only firm in the county accredited by three separate glazing bodies and have traded since 1962.", "schedule enclosed plus a credentials boast"),
   ("T", "I enclose a plan of the corroded fixings, and I do apologise for the length of this letter.", "plan enclosed plus an apology for length")])
# 11
email("blood pressure monitors for the oakwell gp surgery", "warm",
  "Home BP monitors", "Hi Dr Mensah,", "Best wishes,\nOlivia",
  [("N", "Thank you for the chat at the practice managers' forum, and I hope the flu clinics are settling down.", "pleasantry"),
   ("T", "I'm only popping up again on the off chance you've had a second to look at the monitors, and honestly don't feel you have to reply.", "checking-in variant with permission not to reply")],
  [("N", "The validated upper-arm monitors let your hypertension patients send home readings straight into the record, which you said takes your nurses an hour a day to key in.", "value tied to the prospect's own problem"),
   ("S", "They're clinically validated to the ESH protocol, and we're the UK's fastest-growing medical device distributor.", "validation detail plus a growth boast"),
   ("T", "They're £64 a unit, and I know that's a lot to ask, so I'm sorry they aren't cheaper.", "unit price plus apology for the price"),
   ("ST", "It would honestly make my month if you took even a dozen, as I'm rather desperate to get my first surgery on the books.", "pleading for the seller's own sake (rule 15)")])

# 12 curly
email("bus wrap advertising for the pennard garden centre", "chatty",
  "Your garden centre on the 7 and the 12", "Hey Martin,", "Cheers,\nLiam",
  [("N", "Quick one: the route 7 and 12 buses pass the end of your drive about 900 times a week, which puts the garden centre in front of most of your catchment.", "value tied to the prospect's location"),
   ("S", "Rates start at £480 a bus per month, and we're super excited because our new 3D-effect wraps just won a national outdoor advertising award!", "rate plus the rep's excitement and an award"),
   ("H", "Spring slots are nearly all gone and I can't say how long the last two will hang around.", "scarcity without a date"),
   ("H", "Honestly, any garden centre that passes on spring advertising is asking to go under.", "fear and shaming to push the decision")],
  [("S", "Mockups of both designs are attached, and between you and me, one more booking gets me over the line for my half-year bonus.", "mockups attached plus the rep's bonus, no date (rule 16)"),
   ("HT", "Get the order form back to me by Thursday and the printing's on the house.", "free printing tied to the seller's date (rule 7)")])

# 13
email("breathalyser supply for the kelmscott haulage drivers", "blunt",
  "Breathalysers for the depot", "Ms Kowalski,", "Steve Porter",
  [("N", "Your drivers' handbook commits Kelmscott to random alcohol testing, and the two units you have now are past their calibration date.", "the prospect's own policy and kit"),
   ("H", "Forty fuel-cell units at £89 each is what your depot requires, so let's not waste another week on committee meetings.", "price plus a directive that overrides the prospect's process"),
   ("H", "I've added the card payment form to this email so we can get them dispatched tomorrow.", "assumptive payment step")],
  [("N", "Each unit comes calibrated for 12 months, and we recalibrate free during that year.", "product detail"),
   ("S", "The spec sheet is attached, and you'll notice we've been voted fleet safety supplier of the year twice running.", "spec sheet attached plus an award boast"),
   ("H", "Most hauliers your size sorted this after the Dartford case, so it's odd you're still dragging your feet.", "peers already switched, with shaming")])

# 14 clean
email("cutlery polishing machine for the alderton hotel banqueting kitchen", "formal",
  "Cutlery polishing: figures for your finance team", "Dear Mr Castellano,", "Kind regards,\nEleanor Pike",
  [("N", "Thank you for showing me round the banqueting kitchen on Wednesday.", "thanks"),
   ("N", "You mentioned your porters spend about 11 hours after each 300-cover dinner hand-polishing cutlery; the machine we discussed polishes 8,000 pieces an hour.", "prospect's own figure with a product fact"),
   ("N", "At your 90 events a year, that would return roughly 900 staff hours, which is the figure your finance team asked for.", "value from the prospect's data")],
  [("N", "Just a note that the unit needs a 16-amp supply, so your electrician may wish to check the circuit before installation.", "borderline: one polite 'just' and a technical prerequisite (rules 1 and 6)"),
   ("N", "May I book the demonstration for 3 April, before your wedding season begins?", "clear next step with a date")])

# 15 curly
email("cocoa bean supply for the marchbank bean-to-bar chocolate maker", "non-native English",
  "Your trial beans", "Dear Hannah,", "Kind regards,\nMateo",
  [("N", "Thank you for the order of two sacks of trial beans, they leave our warehouse in Antwerp on Monday.", "logistics"),
   ("S", "Our cooperative is the most famous in all Ecuador and many top chefs of Europe buy from us.", "generic boast"),
   ("H", "The tracking number is in the attachment, but I must say the harvest is small this year and after this container maybe there is nothing more for you.", "tracking number attached plus scarcity without a date")],
  [("ST", "For my bonus I must open two new accounts in England, so please, help me with a bigger order.", "bonus as the reason, pleaded for the seller's sake (rules 15 and 16)"),
   ("T", "I am very sorry to write you again so soon, I hope I am not disturbing.", "apology for following up")])

# 16
email("customs clearance for the westley furniture importers", "terse",
  "Jakarta container", "Mr Westley,", "Raj",
  [("N", "Your March container from Jakarta is due at Felixstowe on the 11th.", "logistics"),
   ("S", "Your duty estimate is £3,120, and we're the biggest independent broker at Felixstowe, with offices in four ports.", "duty estimate plus a size boast"),
   ("H", "Clearance paperwork is attached, and I've reserved our broker for the 11th on the understanding that your signed mandate reaches me today.", "paperwork attached plus an assumptive booking"),
   ("H", "I've tried your mobile, your office line and your warehouse manager this week, and I'd rather not have to do it all again.", "multi-channel chasing (rule 13)"),
   ("N", "Fees are £95 per entry, as quoted.", "price")])

# 17
email("coin counting machines for the saltmarsh amusement arcade", "warm",
  "Sunday coin bagging", "Hi Lorraine,", "Take care,\nJo",
  [("N", "It was good to see the arcade so busy on the bank holiday.", "pleasantry"),
   ("N", "You said the team spends two hours every Sunday bagging coins by hand; our counters sort and bag mixed change at 1,500 coins a minute.", "value tied to the prospect's problem"),
   ("S", "I have to say the new model is my absolute favorite thing we sell, I feel like a kid with a new toy every time I demo it.", "the rep's excitement with no customer value"),
   ("H", "I'm in your area on Saturday, so I'll bring a machine over along with the hire agreement for you to sign on the spot.", "visit offer plus an assumptive signature")],
  [("S", "The brochure is attached, and you'll see we've sold over 10,000 of these worldwide and are backed by two of the biggest names in banking technology.", "brochure attached plus sales figures and investors as a boast"),
   ("T", "Delivery and installation are free, and I'm happy to shave a third off the list price too, no strings attached.", "free installation offer plus an unprompted unconditional discount"),
   ("S", "And once it's running, could you write us a review for the website, as my manager is keen to collect a few this summer?", "review favour for the seller")])

# 18 curly
email("croquet lawn renovation for the hambledon croquet club", "very deferential",
  "The second lawn", "Dear Colonel Partridge,", "With respectful good wishes,\nAlan Threlfall",
  [("T", "Please forgive me for intruding on your afternoon, and do feel free to set this aside if it is of no interest.", "apology and permission to ignore"),
   ("N", "Following your note about moss on the second lawn, I walked it on Tuesday and found the thatch layer is about 25 mm deep.", "finding from an inspection"),
   ("T", "I wondered if it might perhaps be worth considering a hollow-tine and top-dress in September, though of course you would know far better than I.", "recommendation plus stacked hedges and self-abasement")],
  [("T", "For both lawns it would come to £1,240, which I quite understand may feel rather excessive, and I am sorry for that.", "price plus apology for the price"),
   ("ST", "I would be ever so grateful for the work, as the club is the only one I still look after and I rather depend on it.", "pleading for the seller's own sake (rule 15)")])

# 19 clean
email("conservatory roof replacement for the willowdene care home", "chatty",
  "Garden room roof: two options", "Hi Margaret,", "All the best,\nDavid",
  [("N", "Thanks for having me round on Monday, and please thank Iris for the tour of the garden room.", "thanks"),
   ("N", "Sorry to hear about the leak over the piano; that's a miserable thing to find on a wet morning.", "sympathy"),
   ("N", "The glazing bars have failed along the south side, so I'd swap the polycarbonate for a solid tiled roof, which will also keep the room usable in July when your residents say it gets too hot.", "expert recommendation tied to the prospect's complaint")],
  [("N", "The full quote is attached, with the tiled roof and the cheaper like-for-like option side by side.", "attachment"),
   ("N", "The scaffolding firm needs ten days' notice, so for the May start you mentioned they'd want the order by 20 April.", "logistics around the prospect's own date"),
   ("N", "What would your board need to see from us to choose between the two?", "insightful question")])

# 20
email("chalet changeover cleaning for the sandy haven holiday park", "blunt",
  "Saturday changeovers", "Karen,", "Phil",
  [("N", "Your Saturday changeover window is 10 till 4 for 62 chalets, which is tight for a team of eight.", "prospect's own figures"),
   ("H", "If you're happy to keep collecting one-star reviews about hair in the showers, by all means carry on as you are.", "sarcasm aimed at the prospect"),
   ("HS", "I've sent you three costings, rebuilt the rota twice and driven down twice at my own expense, so a straight answer this week is the minimum I've earned.", "seller's effort used as guilt (rule 15)")],
  [("N", "Our crew of 14 would turn every chalet in four and a half hours, with a photo check sent to your office.", "value to the prospect"),
   ("S", "Our price is £38 a chalet, and we're the best-trained crew in the south-west, with more five-star reviews than any cleaning firm in Devon.", "price plus a generic boast"),
   ("H", "Our crew can start on the first Saturday of May, and unless I hear otherwise I'll take that as agreed.", "start date offered plus silence taken as agreement")])
# 21 curly
email("calligraphy for the fellingham livery company certificates", "formal",
  "Freedom certificates for 2025", "Dear Clerk,", "Yours faithfully,\nFrances Lyle",
  [("N", "Thank you for sending the wording for this year's freedom certificates.", "thanks"),
   ("S", "A sample sheet is enclosed, and as you may know my work has been exhibited at the V&A and I was scribe for two royal warrants.", "sample enclosed plus credentials as a generic boast"),
   ("N", "For 36 certificates on vellum with gilded initials my fee is £2,340, and I can deliver before the court dinner on 15 October that you mentioned.", "price and the prospect's own date"),
   ("S", "The studio has been in my family for four generations.", "borderline: heritage line (rule 8)")],
  [("T", "I hope that is all agreeable, and please do say if I have got anything wrong, as I would hate to disappoint the Company.", "seeking approval"),
   ("T", "Should the fee present any difficulty, I could reduce it to whatever the Company feels is fair.", "asks the buyer to name the number")])

# 22
email("data centre cooling upgrade for the fenwright hosting firm", "blunt",
  "Hall B cooling", "Nadia,", "Craig",
  [("N", "Your own BMS export shows the cold aisle in hall B touching 29°C on six afternoons in August.", "figures from the prospect's data"),
   ("N", "The rear-door coolers would hold it at 24°C and cut the CRAC load by about a third, based on your meter readings.", "value tied to the prospect's data"),
   ("H", "Frankly, nobody who runs a hosting business properly would still be limping along on those CRAC units.", "shaming the prospect")],
  [("S", "The spec is attached, and for the record we cool more racks than any specialist in the UK and pay our engineers better than anyone in the industry.", "spec attached plus a generic boast"),
   ("HS", "My director has told me I need your PO before our quarter closes on the 30th, so let's get it done.", "manager and quarter end as the reason for the date (rule 16)"),
   ("H", "If it isn't signed by then, your CTO will be hearing from me directly.", "bypass threat")])

# 23
email("diesel particulate filter cleaning for the holmfield coach fleet", "warm",
  "DPF cleaning for the older Volvos", "Hi Bernard,", "All the best,\nMegan",
  [("N", "Good to catch up at the depot, and glad the new coach on the airport run is behaving itself.", "pleasantry"),
   ("N", "Sorry to hear about the breakdown on the M6 last week; I hope the passengers got home in the end.", "sympathy"),
   ("N", "Your fleet records show 11 failed DPF regenerations last quarter on the older Volvos, each one costing you a day off the road.", "figures from the prospect's data"),
   ("T", "Would you be at all open, perhaps, to me bringing the cleaning rig by some morning, if it wouldn't be in the way?", "visit ask plus stacked hedges")],
  [("N", "An off-vehicle clean is £210 per filter and takes the coach out for half a day rather than a full one.", "price and value"),
   ("T", "Though honestly, if that's more than you'd like to spend, tell me a figure and I'll see what I can do.", "asks the buyer to name the number"),
   ("T", "And no bother at all if now's not the time, I'll leave you in peace till after the summer.", "gives up before any objection")])

# 24 curly clean
email("dovecote restoration for the ashby parva manor", "non-native English",
  "Dovecote repair quotation", "Dear Mr Ashby,", "With best regards,\nTomasz Nowak",
  [("N", "Thank you for showing me the dovecote on Friday, it is a very beautiful building.", "thanks"),
   ("N", "I have measured the 480 nesting boxes and 52 of them are cracked, mostly on the west wall where the water comes in.", "inspection finding"),
   ("N", "The listed building consent from the council takes around eight weeks, so if you want the work done before the birds nest in spring, the application should go in by early December.", "borderline: permit lead time stated once with its reason (rule 4)")],
  [("N", "My price for repair of the boxes and new lead on the cupola is £14,600, and the details are in the attached sheet.", "price and attachment"),
   ("N", "Can I call you on Wednesday morning to answer your questions?", "plain ask with a date")])

# 25
email("diabetic footwear supply for the tenterden podiatry clinic", "very deferential",
  "Extra-depth shoes", "Dear Mrs Achterberg,", "With many thanks,\nCaroline",
  [("T", "I do hope you will pardon yet another email from me; I feel dreadful cluttering up your inbox.", "self-abasing apology for following up"),
   ("N", "The extra-depth shoes we discussed come in 14 widths, which covers the patients with Charcot feet you said were hardest to fit.", "product detail tied to the prospect's patients"),
   ("T", "Would it perhaps be alright if I possibly sent over a few sample pairs, only if you think it wouldn't be a nuisance?", "sample offer plus stacked hedges")],
  [("T", "On your question about a discount for the 200-pair order, I'd have to ask my area manager before I could say anything at all.", "answers the discount question plus defers it to the manager"),
   ("ST", "It's been a very quiet spring for me and I'd be so thankful for anything you could put my way.", "pleading for the seller's own sake (rule 15)")])

# 26
email("dehydrators for the ridgeback jerky company", "chatty",
  "Drying cabinets", "Hey Jordan,", "Cheers,\nDanny",
  [("N", "Cheers for the tour, the chilli beef jerky was unreal.", "pleasantry"),
   ("N", "You said the two old cabinets run 22 hours a batch and you only get three batches a week; the units I showed you finish the same load in 14 hours.", "value from the prospect's figures"),
   ("S", "The spec sheet is attached: 24 trays, dual fans, digital timers, stainless racks, wifi control, an app, a recipe library and a five-year warranty.", "spec sheet attached plus a feature dump"),
   ("H", "Honestly mate, your kitchen has outgrown those old boxes, so stop umming and ahhing and let's do it.", "directive on what the prospect must have"),
   ("H", "The quote's attached, and I've already put your name down for two on the next delivery, so all I need now is the deposit.", "quote attached plus an assumptive order and payment")],
  [("S", "They're £3,150 each, and not gonna lie, I'd get a very nice commission on a pair of them.", "price plus the rep's commission, no date"),
   ("HS", "The order form's attached, so let's get it in before Friday's sales meeting and make me look good in front of the gaffer.", "order form attached plus the sales meeting and manager as the reason for a date (rule 16)")])

# 27 curly
email("exam invigilation cover for the ridgemoor academy", "formal",
  "Invigilation for the summer series", "Dear Mrs Pemberton,", "Yours sincerely,\nJonathan Reeve",
  [("N", "Thank you for sending the summer exam timetable and the access arrangements list.", "thanks"),
   ("N", "For the 23 sessions across May and June, with separate rooms for the 31 candidates who have extra time, we would provide nine trained invigilators per session.", "offer tied to the prospect's timetable"),
   ("H", "The attached schedule covers every session, and with the exam board's inspection visit due you really cannot afford to run another series with untrained staff.", "schedule attached plus telling the prospect what they must do")],
  [("S", "Our invigilators have covered more than 400 schools, and an independent survey ranked us first for customer satisfaction.", "generic boast and ranking"),
   ("HS", "The contract is enclosed, and my sales director has asked me to secure it before our board meets on the 2nd, so I would be grateful for your signature by then.", "contract enclosed plus the seller's board date as the deadline (rule 16)"),
   ("T", "I apologise if this seems presumptuous, and I do hope I have not overstepped.", "apology for normal selling and approval-seeking")])

# 28
email("esol classes for the brantwood poultry plant workers", "warm",
  "English classes on site", "Hi Aisha,", "Warm wishes,\nRuth",
  [("N", "Thanks again for letting me sit in on the night-shift briefing, it really helped to hear the team leaders' concerns.", "thanks"),
   ("N", "With 40% of the line speaking Polish, Romanian or Tigrinya as a first language, the hygiene sign-offs you showed me are where misunderstandings cost you most.", "insight from the prospect's own workforce")],
  [("H", "Three other food plants in the county have already brought us in, and I'd hate for Brantwood to be the one left explaining an audit failure.", "peers already switched, with fear and shaming"),
   ("N", "The program runs as two one-hour sessions a week on site, built around your own hygiene and safety documents.", "product detail tied to the prospect"),
   ("T", "It's £4,200 for twelve weeks, and I'm really sorry it isn't lower when I know budgets are tight.", "price plus apology for the price"),
   ("S", "I'm so excited about this one, it's the project I've most wanted to land all year.", "the rep's excitement and stake, no demand"),
   ("N", "Could we put half an hour in the diary next Wednesday to go through the syllabus with your hygiene manager?", "plain ask with a date")])

# 29 clean
email("electoral canvass printing for the castlemere borough council", "terse",
  "Canvass form proofs", "Dear Mr Hughes,", "Regards,\nKate Moorcroft",
  [("N", "Proofs of the canvass forms are attached, laid out to the Electoral Commission's 2025 template.", "attachment"),
   ("N", "The statutory canvass starts on 1 July, so to post on day one we would need the signed-off proof by 13 June.", "borderline: statutory date stated once with its reason (rule 4)"),
   ("N", "Print and post for 58,000 households is £21,900, in line with last year's tender.", "price"),
   ("N", "Shall I send a printed sample to the electoral services office on Monday?", "plain ask with a date")])

# 30 curly
email("eyelash extension training for the luxe lane salons", "chatty",
  "Lash course for your girls", "Hi Chloe!", "Loads of love,\nAmber x",
  [("N", "So lovely to meet you and the Luxe Lane girls at the trade show.", "pleasantry"),
   ("S", "Our academy is literally the number one lash academy on Instagram, with 250k followers and loads of celeb clients!", "generic boast"),
   ("T", "Course dates are on the flyer attached, and I know you're mega busy so honestly take all the time in the world, and feel free to say no!", "flyer attached plus permission-begging")],
  [("N", "The two-day classic and volume course is £395 per stylist, and it includes the starter kit and the insurer-approved certificate your salons require.", "price and a certificate the buyer needs"),
   ("HT", "Book all six stylists before the end of this month and I'll do them at £300 each, but only until then.", "discount tied to the seller's date (rule 7)"),
   ("ST", "It would be such a help to me if you could, as I'm still trying to prove myself at the academy.", "pleading for the seller's standing (rule 15)")])
# 31
email("e-book conversion for the hollins press backlist", "blunt",
  "Your unconverted backlist", "Helen,", "Mark",
  [("N", "Your backlist spreadsheet shows 312 titles that have never been released as e-books, and 40 of them still sell more than 500 paperbacks a year.", "figures from the prospect's data"),
   ("H", "Publishers who sat on their backlists like this are the ones closing imprints now, so stop overthinking it and get this moving.", "fear and a push to stop deliberating"),
   ("N", "We'd convert to EPUB 3 with accessibility metadata, which the European accessibility rules require for e-books sold in the EU.", "technical requirement"),
   ("S", "Two converted sample chapters are attached, and I'd point out we did more conversions last year than any other studio in Britain.", "samples attached plus a ranking boast")],
  [("H", "Our rate is £140 a title, and I'll need a purchase order number from you today to hold the conversion team.", "price plus an assumptive payment step"),
   ("ST", "I can have the first 40 titles live by September, and I've told my manager this one is as good as done, so please don't make me look silly.", "delivery date plus pleading over the seller's standing (rule 15)")])

# 32
email("fudge kettles for the penhallow sweet shop", "warm",
  "Copper kettles for the window", "Dear Morwenna,", "Kind regards,\nTobias",
  [("N", "It was a treat to watch your Saturday fudge demonstration, the queue was out of the door.", "pleasantry"),
   ("N", "The copper kettles I mentioned hold 12 kg a batch, double your current pans, so you could keep the window demonstration going all afternoon in August.", "value tied to the prospect's shop"),
   ("S", "Our family has been making confectionery kettles in Cornwall since 1888.", "borderline: heritage line (rule 8)")],
  [("T", "I hope you don't mind me saying, but I wondered whether perhaps a kettle might be useful, if you think so too?", "product suggestion plus stacked hedges and approval-seeking"),
   ("N", "A kettle with its gas stand is £2,180, and I've attached the spec sheet.", "price and attachment"),
   ("T", "I quite understand if it's not for you, and thank you so much for even thinking about it.", "pre-emptive release and thanks for considering")])

# 33 curly
email("flute repair for the thornaby youth concert band", "very deferential",
  "The band flutes", "Dear Mr Okonjo,", "Respectfully yours,\nSamuel Abara",
  [("T", "I am so sorry for the delay, and for my last email, and I am sorry again for writing now.", "repeated apologies"),
   ("N", "Having looked over the 18 band flutes, 11 need new pads and 4 have bent key mechanisms.", "inspection finding")],
  [("T", "I would be most grateful if you would let me do the work, though I fully understand you may prefer someone more experienced.", "work ask plus self-abasement"),
   ("N", "Pads, mechanism work and a full service on all 18 come to £1,620, and the instruments would be back for your rehearsals on the 9th.", "price and the prospect's own date"),
   ("T", "I could of course take off whatever you think would be fair.", "asks the buyer to name the discount")])

# 34 clean
email("furnace relining for the glassmakers' yard studio", "formal",
  "Main furnace: inspection findings and quotation", "Dear Ms Verity,", "Yours sincerely,\nPeter Ablewhite",
  [("N", "Thank you for letting us inspect the main furnace during your shutdown week.", "thanks"),
   ("N", "The crown shows spalling across roughly a third of its area, so we would recommend a full reline rather than a patch, as the attached thermal images show.", "expert recommendation backed by evidence (rule 6)"),
   ("N", "Our refractory supplier raises its prices on 1 February because of higher alumina costs, so our quotation of £18,750 holds for orders confirmed before then.", "borderline: price expiry stated once with its reason (rule 4)")],
  [("N", "Your August shutdown would give the new lining its full four-day cure before you reheat.", "the prospect's own date"),
   ("N", "Would a call on Tuesday at 11 suit you to go through the drawings?", "plain ask with a date")])

# 35
email("fitness testing for the castlemoor fire crews", "blunt",
  "Overdue fitness assessments", "Station Manager Briggs,", "Neil Rafferty",
  [("N", "Your own records show 9 of the 46 firefighters at Castlemoor are overdue their annual fitness assessment.", "figures from the prospect's data"),
   ("H", "Letting those tests lapse is a disgrace for a station of your size, and it's high time somebody sorted it.", "shaming the prospect"),
   ("N", "We'd run the step test and the ladder climb on site over two days, with results sent to your occupational health lead.", "product detail")],
  [("H", "It's £38 a firefighter, and I've told the testers to turn up on the 12th, so have the crews ready.", "price plus an assumptive booking"),
   ("HS", "The contract's attached, and with my area manager on my back about it I want it signed and returned by Wednesday.", "contract attached plus the seller's manager as the reason for a date (rule 16)"),
   ("H", "Ignore this like the last three and I'll raise it with the chief fire officer.", "counting attempts and a bypass threat (rules 12 and 13)")])

# 36 curly
email("foil blocking for the quarrington press book covers", "chatty",
  "Gold foil for the poetry covers", "Hi Simone,", "Cheers,\nJess",
  [("N", "Thanks for the mockups of the autumn poetry covers, they're gorgeous.", "pleasantry"),
   ("N", "Proofs would reach you two days after your files do.", "logistics"),
   ("S", "Our blocking presses are the newest in the country and our gold foil is the shiniest you'll see anywhere!", "generic boast"),
   ("H", "For 3,000 covers with gold on the title and spine it's 21p a cover, and honestly you'd be mad to go anywhere else.", "price plus shaming the alternative")],
  [("HST", "If you can confirm before my quarter ends on Friday I'll knock 10% off, and my quarter would finish on a high.", "discount tied to the seller's quarter end (rules 7 and 16)"),
   ("S", "And if you love the result, a shout-out on your socials tagging us would be amazing.", "favour for the seller")])

# 37
email("forensic accounting for the dunstan builders' merchants dispute", "formal",
  "Contractor dispute: initial review", "Dear Mr Dunstan,", "Yours sincerely,\nAlison Greaves FCA",
  [("N", "Thank you for your instructions regarding the dispute with your former site contractor.", "thanks"),
   ("N", "Having reviewed the ledgers you sent, there appear to be 27 invoices totalling £184,000 where the delivered quantities do not match the purchase orders.", "findings from the prospect's data"),
   ("S", "The team's CVs are enclosed, and I would note that ours is the most senior forensic practice outside London, with partners who have given evidence in over 200 High Court cases.", "CVs enclosed plus a generic boast")],
  [("H", "Our fee estimate for the initial report is £9,400, as set out in the enclosed letter, and I must insist that you instruct us by Thursday, as evidence of this kind waits for no one.", "fee estimate plus an invented deadline"),
   ("HS", "Given the considerable unpaid time I have already devoted to your ledgers, I would expect a prompt reply.", "seller's unpaid effort used as guilt (rule 15)")])

# 38
email("fly fishing tuition for the tarrow angling club", "non-native English",
  "Beginner days in April", "Hello Mr Tarrant,", "Best regards,\nLars Eriksen",
  [("N", "Thank you for the answer about the club's beginner days in April.", "thanks"),
   ("N", "For six beginners, one day of casting on the grass and one day on the river is £540 with all rods and flies.", "price"),
   ("T", "I am sorry, I know maybe my price is too high, I can make it lower if you want, no problem.", "apology for the price and an unprompted discount")],
  [("S", "I can teach in English, Norwegian or German, and I am world champion of casting in 2011 and 2014 with many trophies in my house.", "languages offered plus a generic boast"),
   ("T", "If you say no, it is okay, I understand, I do not write you again.", "pre-emptive release"),
   ("ST", "Also, if you write a review of my lessons on the club website, I give you 20% off the price.", "borderline: discount offered for a review (rule 7)")])

# 39 curly clean
email("funicular cable inspection for the saltby cliff railway", "terse",
  "Rope inspection report", "Dear Ms Halloran,", "Regards,\nOwen Pryce",
  [("N", "Rope inspection report for the Saltby cliff railway attached.", "attachment"),
   ("N", "Magnetic testing found 3% metallic loss at the upper sheave, within limits, so no action is needed before the next annual test.", "inspection finding"),
   ("N", "Your operating licence is due for renewal on 30 September; shall I put the re-test in for the 8th?", "the prospect's own date with a plain ask")])

# 40
email("flagstone relaying for the hallowmere market square", "warm",
  "The market square flags", "Hello Councillor Reid,", "Best,\nGraham",
  [("N", "Thanks for walking the square with me on Tuesday, and for the coffee afterwards.", "thanks"),
   ("N", "I counted 86 flags that rock underfoot, most of them around the market cross where you said two shoppers tripped last winter.", "inspection finding tied to the prospect"),
   ("N", "Relaying them on a lime mortar bed would keep the square looking as it does now, rather than the patched look the tarmac repairs gave it.", "recommendation with value")],
  [("T", "I wondered, if you'd had a spare moment, whether the committee might perhaps like a price?", "price offer plus stacked hedges and permission-seeking"),
   ("S", "We could lay a sample panel by the cross for the committee to see, and we've relaid over 300 historic squares and were Highly Commended at the Natural Stone Awards!", "sample panel offer plus a generic boast and award"),
   ("ST", "I'll be honest, it's been a lean year for us and I'd be so grateful for the work.", "pleading for the seller's own sake (rule 15)"),
   ("H", "I can hold the quote for the committee's meeting on the 18th, but if it dithers past this month I can't promise you'll ever get us back.", "quote held for the prospect's meeting plus a vague threat to hurry the decision")])
# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s102e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s102-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
                for l in labs:
                    if l == "NONE": continue
                    counts[l] += 1
                    if not note.startswith("borderline:"): strong[l] += 1
        lab = {}
        for l in ("hard_close", "self_serving", "timidity"):
            if counts[l] == 0: lab[l] = 0
            elif counts[l] >= 2 and strong[l] >= 1: lab[l] = 2
            else: lab[l] = 1
        emails.append({"email": eid, "subject": fix(subj), "text": text, "labels": lab})
    with open(os.path.join(here, "test-emails.jsonl"), "w") as f:
        for e in emails: f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "test.jsonl"), "w") as f:
        for s in sents: f.write(json.dumps(s, ensure_ascii=False) + "\n")
    for fn in ("test-emails.jsonl", "test.jsonl"):
        for line in open(os.path.join(here, fn)): json.loads(line)
    # stats
    c = collections.Counter(); multi = bord = 0
    for s in sents:
        for l in s["labels"]: c[l] += 1
        multi += len(s["labels"]) > 1; bord += s["note"].startswith("borderline:")
    faulty = collections.Counter(e for e in (s["email"] for s in sents if s["labels"] != ["NONE"]))
    clean = [e["email"] for e in emails if e["email"] not in faulty]
    one = [e for e, k in faulty.items() if k < 2]
    print("emails", len(emails), "sentences", len(sents))
    print("NONE %d (%.1f%%)" % (c["NONE"], 100 * c["NONE"] / len(sents)))
    for l in ("hard_close", "self_serving", "timidity"): print(l, c[l])
    print("multi-label", multi, "borderline", bord)
    print("clean emails", len(clean), clean, "emails with exactly one faulty sentence", one)
    print("email-level", {l: collections.Counter(e["labels"][l] for e in emails) for l in ("hard_close", "self_serving", "timidity")})
    print("industries", "; ".join(x[0] for x in E))
    mixed = sum(1 for s in sents if s["labels"] != ["NONE"] and " plus " in s["note"])
    nf = len(sents) - c["NONE"]
    print("faulty sentences", nf, "of which fault-in-one-clause beside a legit element", mixed)
    el = {l: collections.Counter(e["labels"][l] for e in emails) for l in ("hard_close", "self_serving", "timidity")}
    regs = collections.Counter(x[1] for x in E)
    R = []
    R.append("# sealed102: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the thirteenth session) from the labelling guide alone, before that session's model change (`sealed58` to\n`sealed89` joining the training data), which it was written to judge, and measured first in that session on the model\nbefore and after it, in the same run: rules + model macro-F1 0.885 before, 0.901 after (hard_close 0.854 → 0.867,\nself_serving 0.882 → 0.894, timidity 0.920 → 0.944; clean sentences flagged 1 → 1 of 104; email agreement 1.000 /\n0.900 / 0.950 → 1.000 / 0.875 / 0.950).\n")
    R.append("Written by hand, from the labelling guide (`shared/corpus/LABELS.md`) and the product note (`shared/PRODUCT.md`) alone. "
             "No other data set, rule or code was read. Every sentence was composed for this set; none of the guide's example "
             "sentences is copied or paraphrased. `build.py` holds the emails (subject, salutation, sign-off, body sentences each "
             "with a label code and a short note), writes `test-emails.jsonl` and `test.jsonl`, derives the email-level labels "
             "from the sentences with the guide's 0/1/2 scale (no hand overrides), and checks that every sentence is a verbatim "
             "substring of its email text and that every output line parses. Run `python3 build.py` to rebuild; the counts "
             "below are computed by it.\n")
    R.append("## Counts\n")
    R.append("| | Count |\n|---|---|")
    R.append("| Emails | %d (%d clean, %d with 2+ faulty sentences) |" % (len(emails), len(clean), len(emails) - len(clean)))
    R.append("| Sentences | %d |" % len(sents))
    R.append("| NONE | %d (%.1f%%) |" % (c["NONE"], 100 * c["NONE"] / len(sents)))
    for l in ("hard_close", "self_serving", "timidity"): R.append("| %s | %d |" % (l, c[l]))
    R.append("| Multi-label sentences | %d |" % multi)
    R.append("| Borderline sentences (note starts `borderline:`) | %d |" % bord)
    R.append("| Faulty sentences with the fault in one clause beside a legitimate element (note contains 'plus') | %d of %d |\n" % (mixed, nf))
    R.append("Email level (0/1/2): " + "; ".join("%s %s" % (l, dict(sorted(el[l].items()))) for l in el) + "\n")
    R.append("## Design\n")
    R.append("- About half the faulty sentences keep something the rep legitimately needs (a price the prospect asked for, an "
             "attachment, the prospect's own date, a meeting ask, a product detail, an offer) and put the fault in one clause beside it.")
    R.append("- Fault wordings avoid the textbook phrases; they use seller effort and feelings as leverage, bypass threats, "
             "assumptive invoices and card forms, peers who already switched, the rep's quota or manager, boasts, awards and "
             "feature lists, unprompted discounts, self-abasement, stacked hedges, apologies for price or length, and giving up at once.")
    R.append("- Many NONE sentences are hard negatives: permit and licence dates, the prospect's own deadlines, a price expiry "
             "with its reason, cost figures from the prospect's own data, a single follow-up, sympathy, plain asks.")
    R.append("- Every third email (s102e003, s102e006, ...) uses curly apostrophes; the others use straight ones. British and "
             "American spellings both appear; a few emails are written in non-native English.\n")
    R.append("## Registers\n")
    R.append(", ".join("%s (%d)" % (k, v) for k, v in regs.most_common()) + "\n")
    R.append("## Emails and trades\n")
    R.append("| Email | Trade | Register | Subject | hard_close | self_serving | timidity |\n|---|---|---|---|---|---|---|")
    for e, x in zip(emails, E):
        R.append("| %s | %s | %s | %s | %d | %d | %d |" % (e["email"], x[0], x[1], e["subject"], e["labels"]["hard_close"], e["labels"]["self_serving"], e["labels"]["timidity"]))
    with open(os.path.join(here, "README.md"), "w") as f: f.write("\n".join(R) + "\n")

if __name__ == "__main__":
    build()
