#!/usr/bin/env python3
"""Hand-written held-out set sealed45. Codes: N=NONE, H=hard_close, S=self_serving, T=timidity."""
import json, os

E = []
def em(subject, sal, sign, sents):
    E.append((subject, sal, sign, sents))

# 1 formal - marine radar servicing
em("Radar servicing for the three pilot launches", "Dear Captain Rhys,", "Yours sincerely,\nOwen Prydderch\nHelmsman Marine Electronics", [
 ("Thank you for sending the service logs for Tywi, Teifi and Taf.", "N", "pleasantry, logistics"),
 ("The magnetron on Teifi is at 4,100 hours, so I'd schedule it for replacement at the March lay-up you mentioned.", "N", "expert recommendation tied to their data and their own date"),
 ("Our engineers hold every major manufacturer accreditation and we've won the Coastal Trade award three years running.", "S", "generic boast: awards, accreditations not tied to buyer"),
 ("The quote is attached, but I can only hold the engineer slots until Thursday before other harbours snap them up.", "H", "legit attachment plus invented scarcity"),
 ("Other pilot stations on this coast have already moved their contracts to us, and frankly you're the last one still on annual call-outs.", "H", "peers already switched, shaming"),
 ("Could we go through the schedule on Tuesday at 10, since I'd hate for my manager to think I let a harbour this size slip?", "S", "legit meeting ask plus seller's standing with manager, no date demand (rule 16)"),
 ("P.S. If this sits any longer I'll be sending it straight to your harbour master.", "H", 'bypass threat'),
])
# 2 chatty - meat slicers
em("Slicers for the four Pickering delis", "Hi Marta!", "Cheers,\nDev\nSliceworks", [
 ('Great to finally meet you at the Harrogate show, and sorry again for cornering you at the stand for so long!', "T", 'pleasantry plus apology for normal selling'),
 ("The 300 mm gravity-feed model handles your coppa and mortadella without the shredding you described on the old machines.", "N", "product detail tied to their problem"),
 ("Honestly I was hoping maybe you might perhaps consider a trial unit, if that would possibly be alright?", "T", "stacked hedges plus permission-seeking"),
 ("And since I know budgets are tight I've already knocked 18% off the list price for you.", "T", "unprompted discount"),
 ("I've put the spec sheets in a shared folder, and feel free to ignore them entirely if you're swamped.", "T", 'legit logistics plus permission to ignore'),
 ("Totally fine if it's not the right time, no hard feelings whatsoever!", "T", "pre-emptively releasing the prospect"),
])
# 3 terse - magnetic sweepers (curly)
em("Magnetic sweepers, Canal Yard site", "Kieran,", "Mo\nNailcatch Site Supplies", [
 ("Two 36-inch sweepers as requested, price on the attached sheet.", "N", "logistics, requested price"),
 ("Invoice is already raised and the couriers are booked for Monday, so just send the PO number back.", "H", "assumptive invoice before a yes"),
 ("My area manager wants this one on the board before the month closes, so a yes by Friday helps me.", "HS", "seller's manager and month end as reason for a dated decision"),
 ("Your tyre bills last quarter were over £3,000 from nail punctures alone.", "N", "cost from prospect's own data, informational"),
 ('Call me on 07700 900431 if the handle height is wrong, though every site manager with any sense has ordered these already.', "H", 'legit contact plus shaming by peers'),
 ("Sorry, I know that's a lot of emails from me this week.", "T", 'apology for following up'),
])
# 4 warm - mosquito nets
em("Nets for the Okavango field season", "Dear Priya,", "Warm wishes,\nNaledi\nNightshade Nets", [
 ("I hope the team made it home safely after the Kasane recce.", "N", "pleasantry"),
 ("So sorry to hear two of your guides came down with malaria last season.", "N", "sympathy, not self-abasement"),
 ("The permethrin-treated box nets stay effective for around twenty washes, which covers a full season of your camps.", "N", "product detail tied to their use"),
 ("I've attached the sizing chart, and honestly I've spent three evenings on this proposal, so I'd really feel let down not to hear back.", "HS", "legit attachment plus guilt resting on seller's effort (rule 15)"),
 ("Would a call on Wednesday the 14th suit you to confirm quantities, or whenever you might possibly get a spare moment, there's honestly no rush?", "T", 'legit meeting ask plus stacked hedges and minimising'),
])
# 5 blunt - net mending (clean)
em("Net mending before the October trips", "Alasdair,", "Regards,\nMorag Lennie\nNorthsound Net Loft", [
 ("Your skipper dropped off the two trawl nets on Tuesday.", "N", "logistics"),
 ("The cod-end on the larger one has a tear along 3 metres of the belly, and I'd replace that panel rather than patch it.", "N", "expert recommendation with evidence"),
 ("Patching would save you about £240 now, but panels patched that size usually fail again inside a season.", "N", "confident push-back tied to value"),
 ("You said the boat goes out on 6 October, so I've pencilled the work for the week of the 22nd.", "N", "borderline: deadline is the prospect's own"),
 ("Replacement panel and labour come to £1,180, itemised on the sheet attached.", "N", "requested price"),
 ("Which option do you want?", "N", "plain ask"),
])
# 6 non-native - ozone laundry (curly)
em("Ozone laundry system for Seaview Lodge", "Dear Mr. Whitcombe,", "Best regards,\nJakub Nowicki\nOzoneClean Systems", [
 ("Thank you for the visit in your laundry room last week, was very useful for me.", "N", "pleasantry, non-native phrasing"),
 ("With ozone system your washers can run at 30 degrees instead of 60, so gas bill will go down around one third.", "N", "value tied to prospect"),
 ("Our company is leader in Europe for ozone laundry, we have offices in nine countries and investors from Germany.", "S", "generic boast: leader, offices, investors"),
 ("I am very sorry for the long email and sorry also that the price is maybe high for you.", "T", "apology for length and price"),
 ("Please, I must to close this deal before my quarter finish, so can you sign until 30th?", "HS", "seller quarter as reason for a dated signature (rule 16)"),
 ("If it helps I can maybe ask my boss if we give you more discount.", "T", "deferring to manager on discount, hedged"),
 ('P.S. Thank you very much for even reading my email, I know you are very busy man.', "T", 'thanking for considering, self-abasing'),
])
# 7 formal - porcelain restoration
em("Conservation of the Meissen figure group", "Dear Dr Okonkwo,", "With kind regards,\nHelena Rourke ACR\nRourke Porcelain Conservation", [
 ("Thank you for allowing me to examine the Harlequin group on Monday.", "N", "pleasantry"),
 ("The earlier restoration used an epoxy that has yellowed, and it is now pulling glaze away along the left arm.", "N", "insight from inspection"),
 ("I would recommend reversing that repair before the figure goes back on display in the May rotation you mentioned.", "N", "recommendation tied to their date"),
 ('Please also find my fixed quotation of £2,650 attached, and I would ask that you return the signed acceptance with your card details by return.', "H", 'requested price plus assumptive payment step'),
 ("Three other regional museums have already entrusted their Meissen to me, and your trustees would surely not want to be the ones left behind.", "H", "peer switching used as shaming"),
 ("I have turned down two private commissions to keep April free for you, so I do feel a reply this week is only fair.", "HS", "seller sacrifice as guilt plus demand (rule 15)"),
])
# 8 chatty - punt refit
em("Punt refit for the boathouse", "Hey Tom,", "Speak soon,\nGreg @ Riverbend Boatwrights", [
 ("Hope the May Bumps went well for the college!", "N", "pleasantry"),
 ("I had a look at punts 4 and 7 and the till (the flat deck at the back) has soft patches on both.", "N", "concrete finding"),
 ("Just wondering if maybe you had a second to think about the quote, whenever is good, zero rush?", "T", "stacked hedge plus permission-seeking minimisers"),
 ("Sorry again for chasing, I know I'm being a pain.", "T", "apology for following up, self-abasing"),
 ("We can do both punts for £3,400, and if it helps at all I'd happily shave another £500 off.", "T", "legit price plus unprompted extra discount"),
 ("We're the oldest boatwrights on the river, family-run since 1891.", "S", "borderline: heritage line (rule 8)"),
 ("P.S. The new ash poles are in stock if you want to swap the cracked ones, and I'll throw them in free, no strings.", "T", 'stock detail plus unprompted concession'),
])
# 9 deferential - paint booth filters (curly)
em("Filters for the two spray booths", "Dear Mrs Adeyemi,", "Most respectfully yours,\nNikhil Bhatt\nPrismAir Filtration", [
 ("I do hope you will forgive me for taking up a moment of your valuable time once more.", "T", "self-abasing apology for normal selling"),
 ("The replacement intake filters are rated to G4 and ceiling filters to M5, matching the booth manufacturer's specification you forwarded.", "N", "spec tied to their requirement"),
 ("I hope it is not presumptuous of me to send the price list, and I would be so grateful for any reply at all.", "T", "seeking approval, grovelling"),
 ("If the figure seems too much, please do tell me what number would suit you and I will make it work.", "T", "asking buyer to name their number"),
 ('A filter change every 120 booth hours keeps your finish defects down, and I would be ever so grateful if you might mention us to your sister sites.', "S", 'value statement plus referral favour'),
])
# 10 blunt - pipe relining
em("Relining the soil stacks, Harlow Court", "Bernadette,", "Gary Threlfall\nProLine Pipe Renewals", [
 ("Camera survey shows root ingress at three joints on the main stack and a cracked bend at ground level.", "N", "finding"),
 ("Relining avoids digging up the car park, which was your main worry.", "N", "value tied to prospect concern"),
 ("You need this done before winter, end of story, and there's nothing to discuss with your board.", "H", "directive 'you need this' plus overriding process"),
 ("I've sent you four emails and two voicemails now and the read receipts show you opened every one.", "H", "counting attempts and read-receipt guilt"),
 ("If I don't hear back by Friday I'll raise it with your chief executive directly.", "H", "bypass threat"),
 ("The quote for all three stacks is £14,900 plus VAT, and that's the best price in the county from the best-rated firm in the county.", "S", 'requested price plus generic boast'),
 ("P.S. Half the housing associations in Essex already use us, so don't be the one still digging up car parks.", "H", 'peers already switched, shaming'),
])
# 11 warm - regalia hire
em("Gowns and hoods for the July ceremonies", "Dear Siobhan,", "All the best,\nRachel\nRegalia & Robe Hire", [
 ("Congratulations on the new Nursing programme, what a lovely first cohort to dress.", "N", "pleasantry"),
 ("For 640 graduates over four ceremonies, we'd deliver on the 8th and collect on the 15th, matching your venue booking.", "N", "logistics tied to their dates"),
 ("Would you be up for writing us a short testimonial for our website once the hire is confirmed?", "S", "favour request before value delivered"),
 ("And if you could agree a case study, I'd take 10% off the whole order in return.", "ST", "borderline: discount for a personal favour (rule 7)"),
 ("I'll also include the hood-folding guide for your volunteers, and I've already booked your fitting day for the 1st, so do send over the deposit.", "H", 'value add plus assumptive booking and deposit'),
])
# 12 terse - rabbit netting (curly)
em("Rabbit netting, nursery beds 3-9", "Lorna,", "Callum\nRamsey Fencing Supplies", [
 ("1050 mm netting, 31 mm mesh, 18 rolls as specified.", "N", "spec"),
 ("Delivery Thursday if confirmed by Tuesday noon, haulier's cut-off.", "N", "borderline: real external cut-off stated once with reason"),
 ("Price goes up 12% on Monday and I won't be holding it for anyone, so decide today.", "H", "price expiry with urgency language"),
 ("Every week you wait, the rabbits eat another few hundred pounds of your whips, so stop dithering.", "H", "cost-of-delay used to push, shaming"),
 ("Payment details form attached; fill it in and I'll lock the order.", "H", "assumptive payment step"),
 ("P.S. We've supplied netting for 30 years and we're the best in Scotland, bar none.", "S", 'generic boast, years in business'),
])
# 13 formal - rope play nets (clean)
em("Rope net structure for Brookmead play area", "Dear Ms Farrant,", "Yours sincerely,\nIsobel Kett\nRigTop Play Structures", [
 ("Thank you for sharing the site plan and the consultation results from the parish.", "N", "pleasantry"),
 ("Given that most responses asked for play for the 8 to 12 age group, I'd suggest the 4.5 m pyramid rather than the lower dome.", "N", "recommendation tied to their data"),
 ("The steel-cored rope meets EN 1176, which your insurer listed as a requirement.", "N", "certification the buyer's process requires"),
 ("The grant window you mentioned closes on 31 January, so I've priced both options to fit within your award.", "N", "borderline: the prospect's external deadline, stated neutrally"),
 ("Could we meet on site on 12 December to agree the footprint?", "N", "clear next step"),
])
# 14 non-native - retort pouches
em("Retort pouches for soup range", "Dear Sir Patel,", "Kind regards,\nLi Wen\nPanPack Flexible Packaging", [
 ("Thank you for send the sample of your lentil soup, we tested in our retort at 121 degrees.", "N", "logistics"),
 ("The four-layer pouch keep the shelf life 18 months which is more long than your current tin.", "N", "value tied to prospect"),
 ("Our factory has 42 lines, 900 workers, BRC, ISO, FDA, halal, kosher and also many awards from packaging fair.", "S", "feature and credential dump"),
 ("Also your competitor Sopa Verde already change to our pouch last year, you will be behind if you wait.", "H", "competitors already bought, FOMO"),
 ("Please can you give me the order this month, because my boss will judge me on this.", "HS", "seller's manager as reason for a dated order (rule 16)"),
 ('I attach the price for 50,000 pieces, and I am sorry it is maybe too expensive, I can reduce if you tell me your number.', "T", 'attachment plus apology for price and name-your-number'),
])
# 15 chatty - sandblasting lamp columns (curly)
em("Blasting and recoating the promenade lamp columns", "Hi Sunita,", "Thanks,\nLiam\nShotclean Surface Prep", [
 ("Thanks for walking the promenade with me on Friday, that sea wind was something else.", "N", "pleasantry"),
 ("Of the 46 columns, 11 have pitting deep enough at the base that I'd blast and zinc-spray them first.", "N", "finding with recommendation"),
 ("I'm just one job off my bonus tier this quarter, so this one would honestly make my month.", "S", "seller's need stated with no date or demand (rule 16)"),
 ("The method statement is attached, and I've also gone ahead and booked the road closure for the 3rd so we can crack on.", "H", "legit attachment plus assumptive booking before a yes"),
 ("The council's traffic team needs six weeks' notice for a closure, so that's the realistic lead time.", "N", "borderline: real external constraint stated once with reason"),
 ('Shall I pencil a call for Thursday, or should I just keep ringing your mobile until I catch you?', "H", 'legit ask plus badgering'),
])
# 16 deferential - evacuation chairs
em("Stair evacuation chairs for the Central Library", "Dear Mr Abara,", "With my humblest thanks,\nFrancesca Dunne\nSafeDescent Evacuation Equipment", [
 ("I am so terribly sorry to write again, and I do apologise if my earlier messages were a nuisance.", "T", "repeated self-abasing apology for following up"),
 ("Your fire risk assessment names four stairwells with no lift access, so one chair per landing on floors 2 and 3 would cover them.", "N", "recommendation tied to their document"),
 ("I was wondering whether perhaps, if it were not too inconvenient, you might possibly find a moment to look at the figures?", "T", "stacked hedges and permission-begging"),
 ("Please don't feel any obligation at all, I completely understand if you would rather not reply.", "T", "pre-emptive release"),
 ('Training for up to twelve staff is included in the price, and I would be happy to take a further 20% off straight away if that would help at all.', "T", 'value detail plus unprompted discount'),
 ('Thank you so much for even reading this far.', "T", 'thanking for considering, approval-seeking'),
])
# 17 blunt - safety footwear
em("Safety boots for the Wakefield warehouse", "Neil,", "Darren Moss\nStrideSafe Workwear", [
 ("Your accident book shows nine crush injuries to feet last year, all in trainers or non-rated shoes.", "N", "prospect's own data"),
 ("S3 boots with midsole protection stop most of those, and your insurer's renewal letter asks for them by April.", "N", "borderline: real external constraint (insurer) stated with reason"),
 ("Any ops manager who cared about his people would have ordered these already.", "H", "shaming: any serious leader"),
 ("Sizing sheet attached, and I've taken the liberty of scheduling the fitting van for the 9th, so just sign the order form.", "H", "legit attachment plus assumptive scheduling"),
 ("I've driven up to Wakefield three times for you on my own time, so the least I'm owed is a decision.", "HS", "guilt resting on seller's effort (rule 15)"),
 ("P.S. We're the UK's number-one independent safety footwear supplier.", "S", "generic boast"),
])
# 18 formal - soil nailing (curly)
em("Soil nailing, Cutting 14 at Millbrook", "Dear Mr Henshaw,", "Yours faithfully,\nDr Amara Osei\nSlopeGuard Geotechnical", [
 ("Thank you for the ground investigation report and the monitoring data from the last two winters.", "N", "pleasantry"),
 ("The movement readings at CH 240 have accelerated since November, which in my experience points to a shallow slip forming.", "N", "insight from prospect's data"),
 ("We have designed nail solutions for 60 cuttings on the network, and the lesson on all of them was to install drainage at the same time.", "N", "social proof turned into advice"),
 ("The possession you have booked for 14 to 16 March would allow the full nail pattern in one visit.", "N", "borderline: the prospect's own possession date"),
 ("Our indicative price for design and installation is £186,000, broken down in the attached schedule.", "N", "price and attachment"),
 ("I shall telephone your office on Thursday morning to answer any questions.", "N", "single confident follow-up"),
])
# 19 chatty - line marking paint
em("Line marking paint for the 22 pitches", "Hiya Jo,", "Cheers,\nAbbie\nStripeRight Sports Supplies", [
 ("Good chatting at the groundsman's day!", "N", "pleasantry"),
 ("I'm thrilled to share that our new Ultra-White formula just won Product of the Year at SALTEX!", "S", "boast with exclamation, no tie to buyer"),
 ("It comes in 10 litre tubs, dries in 20 minutes, is rain-fast, mower-safe, pet-safe, frost-proof, UV-stable and low-odour.", "S", "feature list not tied to their outcome"),
 ("Honestly if you're still thinking it over by now you probably never will switch.", "H", "if you don't do it now you never will"),
 ("Your current paint needs re-marking weekly in winter, which is 30 hours of your team's time a month.", "N", "value from prospect's situation"),
 ("Want me to drop some tubs over for a trial, since I've already told my boss you're as good as a yes?", "S", "offer plus seller's standing with boss, no date or blame"),
])
# 20 warm - garden trellis
em("Trellis for the walled garden", "Dear Gwen,", "Warmly,\nMartina\nTrellisworks Garden Metalwork", [
 ("It was a pleasure to see the walled garden in full bloom last month.", "N", "pleasantry"),
 ("Our powder-coated steel trellis would sit well along the south wall where your old timber panels rotted.", "N", "product tied to their problem"),
 ("I've attached a mood board for the terrace, and I must say I've put my heart into this one, so a no would really sting.", "S", "legit attachment plus seller's feelings stated, no blame or demand (rule 15)"),
 ("Sorry it's such a long email, and sorry the forged range is on the pricey side!", "T", "apology for length and price"),
 ("I could probably meet you halfway on the delivery charge if that helps.", "T", "unprompted concession, hedged"),
 ("Let me know which patterns you'd like to see in person, and truly, any time at all is fine, there's no hurry whatsoever on my side.", "T", 'plain ask plus minimising'),
])
# 21 terse - tuk-tuk hire (curly)
em("Tuk-tuks for the launch, 3 May", "Alex,", "Sami\nTuk Tuk Tours Ltd", [
 ("Three tuk-tuks, branded, 10:00 to 16:00 on 3 May as briefed.", "N", "logistics, prospect's date"),
 ("Price for the day is £2,100 including drivers, which you asked for.", "N", "requested price"),
 ("The council's street trading permit takes 28 days, so it needs to go in by 5 April.", "N", "borderline: real external lead time with reason"),
 ("Deposit is due within 24 hours or the vehicles go to the wedding party waiting behind you.", "H", "ultimatum plus invented competing buyer"),
 ("Reply today, last chance.", "H", "urgency language, last chance"),
 ("P.S. We're London's top-rated tuk-tuk firm, five stars on every review site!", "S", 'generic ranking boast'),
])
# 22 blunt - tractor servicing
em("Servicing the estate tractors", "Hamish,", "Fergus Ogilvie\nTaybank Tractor Services", [
 ("Your two Fendts are both overdue their 1,000-hour service according to the logbooks.", "N", "finding from their data"),
 ("I'd do the loader pins and hydraulic filters at the same time, since that's where the Massey failed last autumn.", "N", "recommendation with evidence"),
 ("I'm behind target this half and could really use the work, so please help a guy out here.", "ST", "pleading for seller's own sake (rule 15)"),
 ("If it's the price that's putting you off, name a figure and I'll match it.", "T", "asking buyer to name number"),
 ("I'll be at the Blairgowrie mart on Tuesday, and I'll come and find you there if you keep dodging my calls.", "H", 'logistics plus badgering/turning up uninvited'),
 ("We've been servicing tractors on this estate since my grandfather's day.", "S", 'borderline: heritage line (rule 8)'),
])
# 23 formal - visual merchandising
em("Visual merchandising for the spring season", "Dear Mr Caldwell,", "Kind regards,\nVeronique Laine\nVitrine Visual Merchandising", [
 ("Thank you for the tour of the Stockbridge garden centre on Wednesday.", "N", "pleasantry"),
 ("Your till data showed that 70% of visitors never reach the houseplant hall at the back, which is where your best margins sit.", "N", "insight from prospect data"),
 ("Moving the seasonal feature table to the entrance axis would pull footfall through, as it did at a centre of similar size in Devon.", "N", "social proof tied to prospect situation"),
 ("Our studio has dressed windows for Liberty, Fortnum's and Selfridges, and was shortlisted for a VM Award this year.", "S", "generic name-dropping and awards"),
 ("I have attached the floor concept, and I should mention my director has asked me to have your signature before our financial year ends on the 31st.", "HS", "legit attachment plus manager and year end as reason for a dated signature"),
 ("Might Tuesday the 18th work for a walk-through with your buying team, so I can show off the full portfolio we've built over twenty years?", "S", 'meeting ask plus showing off the seller (rule 9)'),
])
# 24 non-native - vacuum flasks (curly)
em("Flasks for the ward tea trolleys", "Dear Ms Carraway,", "Best regards,\nHiroshi Tanabe\nThermoVac Europe", [
 ("Thank you for reply so quickly about the flasks for Elm and Birch wards.", "N", "pleasantry"),
 ("Our 2 litre steel flask keep water over 70 degrees for eight hours, so nurses do not need to refill at night round.", "N", "value tied to prospect"),
 ("I am afraid I must to apologise again that my English is bad and that I am writing you too many times.", "T", "repeated self-abasing apology for following up"),
 ("I send the invoice already to your accounts team, so you only need to say yes.", "H", "assumptive invoice"),
 ("The NHS supply framework you use closes to new products on 1 March, this is the reason I write now.", "N", "borderline: real external constraint stated once with reason"),
 ('My sales director say Elm and Birch wards are very important for my target, so please I need answer before Friday.', "HS", 'seller target and director as reason for a dated answer (rule 16)'),
])
# 25 warm - route optimisation software (clean)
em("Route planning for the meals-on-wheels service", "Dear Carol,", "With best wishes,\nPeter\nRoutewise Scheduling Software", [
 ("Lovely to meet you and the kitchen team on Friday.", "N", "pleasantry"),
 ("Sorry to hear about the flood at the Rosewood kitchen, I hope the clients weren't left without meals.", "N", "sympathy"),
 ("Your drivers cover 310 drops a day on hand-drawn rounds, and optimised routes would free roughly one van's worth of hours each week.", "N", "value from prospect data"),
 ("Apologies that the quote is a day late; our analyst wanted to check the rounds against your postcode data first, and it's attached now.", "N", "borderline: single courtesy apology with reason and fix"),
 ("The delivery log records each meal's hand-over temperature, which the food safety officer asked you to evidence.", "N", "requirement the buyer's process needs"),
 ("Would 10 o'clock next Wednesday suit for a call with your service manager?", "N", "clear next step"),
])
# 26 blunt - weed control
em("Footpath weed control contract", "Mr Dobson,", "Karl Rennie\nWeedaway Amenity Services", [
 ("Hot foam treatment avoids glyphosate, which your council motion last year ruled out.", "N", "tied to prospect's policy"),
 ("Three passes a year would cover the 140 km of footway in your tender, and I've gone ahead and ordered the foam units on your account.", "H", 'spec plus assumptive order'),
 ("Your procurement panel can sign off later, just get the order raised this week.", "H", "overriding the prospect's process"),
 ("Silence by the 20th and I'll take it as agreement and mobilise the crews.", "H", "silence as consent, assumptive"),
 ("Our commission structure rewards early starts, and that's the honest reason I'm pushing for the 20th.", "HS", "seller commission as reason for a date"),
 ("I've chased your office by phone, email and LinkedIn and still heard nothing.", "H", 'multi-channel chasing pointed at prospect (rule 13)'),
])
# 27 chatty - mash tun (curly)
em("Mash tun for the Fox & Fiddle brewpub", "Hi Ollie,", "Cheers,\nMegan\nMashwerk Brewing Fabrication", [
 ("Loved the stout you poured us Saturday, gorgeous color on it!", "N", "pleasantry"),
 ("A 5 barrel tun with a false bottom and a rake would cut your lauter time roughly in half, based on what you described.", "N", "value tied to prospect"),
 ("We've got a beautiful new CNC line our team's been obsessing over all fall and I'd love to show it off to you.", "S", "showing off seller's new thing (rule 9)"),
 ("I was kind of maybe hoping we could perhaps grab a call, if that's ok?", "T", "stacked hedges plus permission"),
 ("Anyway the drawings are attached, and if we don't hear by Friday we'll cut the steel anyway and invoice you.", "H", "legit attachment plus assumptive silence-as-yes"),
 ("P.S. We'd need the order before the 28th, as our workshop manager wants that slot filled.", "HS", "manager's wish as reason for a dated order (rule 16)"),
])
# 28 terse - manure removal
em("Manure removal, Hollybrook livery", "Jane,", "Mick\nMuckaway Ltd", [
 ("Fortnightly collection, 12 cubic metre skip, £95 a lift.", "N", "requested price"),
 ("The Environment Agency's storage rules mean your heap must be 10 m from the stream, so the skip would sit by the arena gate.", "N", "borderline: regulation stated as technical constraint"),
 ("Other yards in the valley all signed up months ago, you're the odd one out.", "H", "peers already bought, shaming"),
 ("I've had the skip dropped already.", "H", "assumptive delivery before yes"),
 ("Bank details on the form, fill it in today.", "H", "assumptive payment demand"),
 ('Gaffer wants the valley round full by month end, so sign by then.', "HS", "seller's boss and month end as reason for date"),
])
# 29 deferential - stair nosings
em("Non-slip nosings for the East Stand", "Dear Mr Kowalczyk,", "Your humble servant,\nRoisin Gallagher\nNosingTech Safety Products", [
 ("Please accept my heartfelt apologies for intruding upon your inbox yet again.", "T", "self-abasing apology for normal selling"),
 ("Your stewards' incident log records 23 slips on the East Stand steps this season, most on wet match days.", "N", "prospect's data"),
 ("Photoluminescent aluminium nosings would address both the grip and the low-light exits flagged in your safety certificate review.", "N", "value tied to prospect's requirement"),
 ("I have attached the price, and I am so sorry it comes to more than I would have liked.", "T", "legit attachment plus apology for the price"),
 ("I will need to ask my manager whether any further reduction is possible, if that is acceptable to you.", "T", "deferring to manager on discount plus approval-seeking"),
 ("I hope I have not upset you by writing.", "T", "needing approval"),
])
# 30 formal - orangery restoration (curly)
em("Restoration of the orangery, Ashcombe Park", "Dear Lady Fenwick,", "Yours sincerely,\nThomas Marchant\nOrangery & Glasshouse Restorations", [
 ("Thank you for your letter and the photographs of the orangery roof.", "N", "pleasantry"),
 ("Several of the cast-iron glazing bars have cracked where water has pooled, which explains the leaks over the citrus bed.", "N", "insight"),
 ("We were founded in 1873 and hold a Royal Warrant, as our brochure explains at some length.", "S", "heritage and credential boast"),
 ("Listed building consent typically takes eight weeks, so your application would need to go in by April for an August start.", "N", "borderline: real external lead time with reason"),
 ("I would be grateful if you could also mention our name to the Historic Houses Association when you next meet them.", "S", "asking for referral"),
 ('I shall be in Wiltshire on 4 March and could call at the house that afternoon, though I do hope that is not too forward of me, and please say if it is.', "T", 'meeting offer plus approval-seeking'),
])
# 31 chatty - peat-free compost (clean)
em("Peat-free compost for the council nurseries", "Hi Nadia,", "Speak soon,\nJosh\nPeatless Growing Media", [
 ("Thanks for the quick call yesterday, really useful to hear how the bedding trials went.", "N", "pleasantry"),
 ("Just a heads-up that the wood-fibre mix holds less water at the surface, so your team may want to water a touch less in week one.", "N", "borderline: one polite 'just', advice"),
 ("The council's peat-free pledge you mentioned starts in April, and the bulk bag price on the sheet covers the whole of next season.", "N", "prospect's own date and requested price"),
 ("Two London boroughs switched last year and their main lesson was to trial on bedding first, then move the perennials.", "N", "social proof turned into advice"),
 ("Could I bring samples to the Hollins nursery on Monday 9th?", "N", "next step with date"),
])
# 32 blunt - rewiring
em("Rewiring Stainford Community Hall", "Mr Lyle,", "Dean Ashworth\nRewire North Electrical", [
 ("The EICR found C2 faults on 11 circuits and the consumer unit has no RCD protection.", "N", "finding"),
 ("Based on those results, you need a full rewire, not patch repairs.", "H", "borderline: 'you need' directive after real inspection (rule 6)"),
 ("Your insurer will not renew without the C2s cleared, per their letter of 2 May.", "N", "borderline: real external constraint with reason"),
 ("I'll keep phoning the committee every morning until someone gives me a date.", "H", "badgering"),
 ("This is the sixth time I've asked, so a reply is the very least you could manage.", "H", "counting attempts plus entitlement"),
 ("Quote is £18,400, with the hall usable on weekends throughout.", "N", "price and value"),
])
# 33 warm - shower heads (curly)
em("Low-flow showers for Riverside Leisure", "Dear Fran,", "With thanks,\nMalik\nShowerSense Water Saving", [
 ("I really enjoyed seeing the new changing village, the team have done a lovely job.", "N", "pleasantry"),
 ("At your 1,900 showers a week, switching to 7 litre heads would save about 2.1 million litres a year on your current meter readings.", "N", "value from prospect data"),
 ("I'll be honest, this deal would mean the world to me personally.", "S", "seller's stake stated, no demand"),
 ("So if you could see your way to a yes before my quarter closes on Friday, I'd be ever so grateful.", "HS", "seller quarter as reason for a dated yes (rule 16)"),
 ("And to sweeten it I'll drop 15%, but only if you confirm by Friday.", "HT", "discount conditioned on seller's date (rule 7)"),
 ("I've attached the product sheet for the anti-vandal version, along with our full list of 22 industry awards.", "S", 'attachment plus award boast'),
])
# 34 terse - tensile canopy
em("Playground canopy, St Edmund's", "Ms Quinn,", "Ravi\nTentech Tensile Structures", [
 ("Quote attached: 12 x 8 m PVC canopy on four masts, £21,600 fitted.", "N", "requested price"),
 ("Planning takes about eight weeks in your borough, so a summer-term install means applying by March.", "N", "borderline: real external lead time with reason"),
 ("Sorry for the extra email, I know you're busy, sorry.", "T", "repeated apology for following up"),
 ("Happy to go lower if needed, just say.", "T", "unprompted discount"),
 ("Happy to hold off till next year too if that's easier, thanks for even considering us.", "T", "accepting a brush-off unasked, thanking for considering"),
 ('Our canopies have picked up three design awards.', "S", 'generic award boast'),
])
# 35 formal - torque wrench calibration
em("Torque tool calibration for Hangar 3", "Dear Mr Varga,", "Yours sincerely,\nEleanor Bright\nTorqueCal Aerospace Services", [
 ("Thank you for sending the asset list of 214 torque tools.", "N", "pleasantry"),
 ("Our laboratory is UKAS accredited to ISO 17025, which your CAA Part 145 exposition requires for calibration suppliers.", "N", "certification buyer's process requires"),
 ("On-site calibration would keep your tools out of service for hours rather than the ten days you now lose to postal returns.", "N", "value tied to prospect"),
 ("The certificates record measurement uncertainty for each tool, which your quality manager asked about in the audit.", "N", "detail serving buyer requirement"),
 ("Please note that this price is valid until 31 January, when our annual rate review takes effect.", "N", "borderline: factual price expiry, neutral with reason (rule 4)"),
 ("May I call you on Monday to agree the visit schedule?", "N", "clear next step"),
])
# 36 non-native - woodland management plan (curly)
em("Management plan for Ashlow Parish woodland", "Dear Mrs Brennan,", "Best regards,\nMatteo Ricci\nWoodland Planning Co-operative", [
 ("Thank you very much for the walk in Ashlow wood, it was beautiful day.", "N", "pleasantry"),
 ("The ash dieback is in maybe 40% of the trees near the footpath, so the safety felling should be first part of the plan.", "N", "finding with recommendation"),
 ("The Forestry Commission grant for plans closes in October, so the application must be ready in September.", "N", "borderline: real external constraint"),
 ("I am sorry, I know the price is high, and I am sorry also to write again so soon.", "T", "apology for price and follow-up"),
 ("If the parish council say no I will understand completely, thank you only for thinking of us.", "T", "pre-emptive release, thanking for considering"),
 ('My boss tell me this contract is important for my bonus, I hope you understand.', "S", "seller's bonus stated, no date (rule 16)"),
])
# 37 chatty - succession planning
em("Succession planning for Marlow & Sons", "Hi Graham,", "All the best,\nSophie\nSuccessor Family Business Advisory", [
 ("Great to catch up over lunch, and congrats on the 50th anniversary!", "N", "pleasantry"),
 ("You mentioned Ruth and Daniel both want a say in the business but only one wants to run it, which is the classic pinch point.", "N", "insight from prospect"),
 ("We've been named Top Advisory Firm by Family Business Weekly for five years straight.", "S", "generic ranking boast"),
 ("Can I grab ten minutes to walk you through our whole suite of services?", "S", "whole product suite walkthrough (rule 9)"),
 ("Firms that leave this too late end up in court, and I'd hate to see you be one of them, so let's get you signed this week.", "H", "fear framing plus push for signature this week"),
 ("I've attached the outline of the first two family workshops we'd organize, and it would really help me out if you could recommend us to your accountant's other clients.", "S", 'attachment plus referral favour'),
])
# 38 warm - relief chefs (clean)
em("Relief chef cover for the summer weddings", "Dear Hannah,", "Warm regards,\nJoe\nRelief Chefs Direct", [
 ("Thank you for sending the wedding calendar for June to September.", "N", "pleasantry"),
 ("I can see 14 Saturdays where your head chef is on leave or double-booked, so we'd put our two most experienced banqueting chefs on those.", "N", "value tied to their calendar"),
 ("Both hold Level 3 food hygiene, which your venue contract asks for.", "N", "requirement buyer needs"),
 ("You asked for confirmation by 20 May, so I'll send the signed rota on the 18th.", "N", "prospect's own deadline"),
 ("Just a reminder that we'd need your kitchen induction dates too.", "N", "borderline: one polite 'just'"),
 ("Does a call on Thursday at 2 work?", "N", "clear next step"),
])
# 39 blunt - pension review
em("Pension scheme review for Mercer Tool Hire", "Andrew,", "Clare Dunmore\nPensionWise Advisory", [
 ("Your auto-enrolment scheme is charging members 0.9%, against a market rate closer to 0.4% for a scheme your size.", "N", "insight from prospect data"),
 ("On your 160 members that difference is roughly £38,000 a year in their pots.", "N", "cost of delay from their data, informational"),
 ("You need this review, and you need it now.", "H", "directive you need this, urgency"),
 ("My manager has made your firm my number-one target, so I need a meeting booked before month end.", "HS", "manager and month end as reason for dated action"),
 ("I've already put you down for our onboarding session on the 12th.", "H", "assumptive onboarding"),
 ("P.S. I've been in pensions 25 years and won Adviser of the Year twice.", "S", 'generic credential boast'),
])
# 40 deferential - windscreen repair (curly) (clean)
em("Windscreen repair cover for the bus fleet", "Dear Mr Oduya,", "With kind regards,\nMarcus Wren\nWindscreen Rescue Fleet Services", [
 ("Thank you for meeting me at the Stanhope depot on Thursday.", "N", "pleasantry"),
 ("Your defect sheets show 37 chip repairs last year that turned into full replacements because they waited more than a week.", "N", "insight from prospect data"),
 ("With a mobile technician at the depot twice a week, most of those chips could be resin-filled before they spread.", "N", "value tied to prospect"),
 ("I'm sorry for the delay in sending the price; our glass supplier changed their rates on Monday, and the revised schedule is attached.", "N", "borderline: single courtesy apology with reason and fix"),
 ("Could we look at it together with your engineering manager on the 21st?", "N", "clear next step"),
])

ORDER = ["hard_close", "self_serving", "timidity"]
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}

def labels_of(code):
    if code == "N":
        return ["NONE"]
    ls = {CODE[c] for c in code}
    return [l for l in ORDER if l in ls]

def curl(s):
    return s.replace("'", "\u2019")

here = os.path.dirname(os.path.abspath(__file__))
emails, sents = [], []
sid = 0
for i, (subj, sal, sign, ss) in enumerate(E, 1):
    eid = "s45e%03d" % i
    cur = (i % 3 == 0)
    fix = curl if cur else (lambda x: x)
    body_s = [(fix(t), c, n) for t, c, n in ss]
    main = [t for t, c, n in body_s if not t.startswith("P.S.")]
    ps = [t for t, c, n in body_s if t.startswith("P.S.")]
    paras, k = [], 0
    while k < len(main):
        step = 2 if (len(main) - k) in (2, 4) else 3 if len(main) - k >= 3 else 1
        if len(main) - k == 4: step = 2
        paras.append(" ".join(main[k:k + step])); k += step
    paras += ps
    text = fix(sal) + "\n\n" + "\n\n".join(paras) + "\n\n" + fix(sign)
    counts = {l: [0, 0] for l in ORDER}  # [total, non-borderline]
    for t, c, n in body_s:
        assert t in text, (eid, t)
        sid += 1
        labs = labels_of(c)
        sents.append({"id": "s45-%04d" % sid, "email": eid, "text": t, "labels": labs, "note": n})
        for l in labs:
            if l in counts:
                counts[l][0] += 1
                if not n.startswith("borderline:"):
                    counts[l][1] += 1
    lab = {}
    for l in ORDER:
        tot, nb = counts[l]
        lab[l] = 0 if tot == 0 else (2 if tot >= 2 and nb >= 1 else 1)
    emails.append({"email": eid, "subject": fix(subj), "text": text, "labels": lab})

with open(os.path.join(here, "test-emails.jsonl"), "w") as f:
    for e in emails: f.write(json.dumps(e, ensure_ascii=False) + "\n")
with open(os.path.join(here, "test.jsonl"), "w") as f:
    for s in sents: f.write(json.dumps(s, ensure_ascii=False) + "\n")

# checks
for fn in ("test-emails.jsonl", "test.jsonl"):
    with open(os.path.join(here, fn)) as f:
        for line in f: json.loads(line)
assert len(emails) == 40
from collections import Counter
c = Counter(); multi = bord = 0
for s in sents:
    for l in s["labels"]: c[l] += 1
    multi += len(s["labels"]) > 1
    bord += s["note"].startswith("borderline:")
faulty_emails = Counter()
for s in sents:
    if s["labels"] != ["NONE"]: faulty_emails[s["email"]] += 1
clean = sum(1 for e in emails if faulty_emails[e["email"]] == 0)
two_plus = sum(1 for e in emails if faulty_emails[e["email"]] >= 2)
per_email = Counter(s["email"] for s in sents)
print("emails", len(emails), "sentences", len(sents))
print("NONE %d (%.1f%%)" % (c["NONE"], 100 * c["NONE"] / len(sents)))
for l in ORDER: print(l, c[l])
print("multi-label", multi, "borderline", bord)
print("clean emails", clean, "emails with 2+ faulty", two_plus)
print("sentences per email min/max", min(per_email.values()), max(per_email.values()))
for l in ORDER: print("email-level", l, Counter(e["labels"][l] for e in emails))
