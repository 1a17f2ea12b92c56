#!/usr/bin/env python3
"""Build sealed89: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
import json, os, collections

# label codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combinations in that order)
CODE = {"N": ["NONE"], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"],
        "HS": ["hard_close", "self_serving"], "HT": ["hard_close", "timidity"],
        "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}

# Each email: (industry, register, subject, salutation, sign-off, [paragraphs of (code, sentence, note)])
E = []
def email(ind, reg, subj, sal, sign, *paras):
    E.append((ind, reg, subj, sal, sign, paras))

email("seed drill calibration for the whitlow arable partnership", "chatty", "Getting the drill right before spring",
  "Hi Gareth,", "Cheers,\nTom Beardsley\nTrueSeed Calibration",
  [("N", "Good to meet you at the ploughing match on Saturday, and thanks for the tour of the yard afterwards.", "greeting and thanks"),
   ("N", "You mentioned the drill was putting on about 12% more seed than its setting on the bean field last spring, which at this year's seed prices is real money.", "prospect's own figure tied to their cost")],
  [("S", "We'll check the metering rollers and the seed rate on your own seed, and we're the only calibration outfit in the county with three regional innovation awards on the wall.", "what the visit covers plus an awards boast"),
   ("HS", "I drove two hours out of my way to see you on Saturday, so I'd hope that earns me a firm booking this week.", "seller's effort offered as something the prospect owes a booking for (rule 15)"),
   ("T", "Our usual rate is £340 per drill, but I can happily drop it to £250 if that makes things easier.", "rate quoted plus an unprompted discount")],
  [("H", "Would Thursday the 6th at 8am work for a calibration run, as the spring slots are nearly gone and I'd grab it while you can?", "meeting ask plus scarcity with no date"),
   ("N", "That way the drill is set right before you start on the spring barley.", "value tied to the prospect's own timing")])

email("signwriting for the cobbled lane bookshop", "warm", "Hand-painted fascia for Cobbled Lane Books",
  "Dear Priya,", "Warm wishes,\nEllen Marsh\nMarsh & Daughter Signwriters",
  [("N", "It was lovely to hear how the shop has grown since you took it over from your aunt.", "pleasantry"),
   ("N", "I've attached two fascia sketches in the green and gold you picked, one with a serif letter and one with a plainer italic.", "attachment the prospect asked for")],
  [("S", "We've been painting signs by hand in this town since my grandfather opened the workshop in 1961.", "borderline: heritage line (rule 8), self_serving"),
   ("T", "The quote comes to £1,180, and I'm so sorry it's that much, I know what a squeeze it is for a small shop.", "price plus an apology for the price"),
   ("H", "I've gone ahead and ordered the 23-carat leaf for your lettering, which keeps its shine for decades outdoors, so it's only your go-ahead we're waiting on now.", "product detail plus an assumptive order before any yes")],
  [("ST", "If it's not too much bother, a mention on the shop's Instagram once it's up would mean the world to our little team.", "favour for the seller wrapped in permission-begging"),
   ("N", "Could I pop by on Tuesday after closing to measure the board properly?", "plain ask with a date")])

email("steeplejack survey for the all saints spire", "formal", "All Saints spire: survey proposal and access dates",
  "Dear Canon Whitfield,", "Yours sincerely,\nDavid Orme\nOrme Steeplejacks Ltd",
  [("N", "Thank you for sending the quinquennial inspection report, which was most helpful.", "courtesy"),
   ("N", "The architect's note on the weathered pinnacle stones at the north-east corner matches what we saw through binoculars on our visit.", "observation tied to the prospect's own report")],
  [("N", "The diocesan faculty application usually takes around eight weeks to clear, so the form would need to go in by the end of March for a June climb.", "borderline: real external lead time stated once with its reason (rule 4)"),
   ("N", "Our survey would record each course of the spire with photographs and a marked-up elevation, so your architect can specify repairs stone by stone.", "concrete value to the prospect")],
  [("N", "Would it suit the churchwardens if I attended the PCC meeting on the 14th to answer questions?", "plain ask with a date")])

email("surfboard repair for the gwithian board hire hut", "blunt", "Your damaged boards",
  "Jess,", "Kai\nSaltwater Ding Repair",
  [("N", "You've got fourteen boards racked with dings and snapped fins, by your own count, and the season opens at Easter.", "prospect's own count and date"),
   ("H", "Every week they sit in the shed is hire money down the drain, so stop dithering.", "delay used as a push, with a jab")],
  [("H", "The two hire shops up the coast had their fleets done with us in January, and frankly they'll be nicking your customers by March.", "peers who already bought, used to shame"),
   ("S", "Our turnaround is five days, and we do vacuum-bagged epoxy, UV-cure resin, carbon fin boxes, custom glassing, color-matched sprays and same-day ding fixes.", "turnaround time plus a feature list")],
  [("H", "Collection on Monday gets them back to you by the 20th, so I've pencilled you in and the invoice goes out tonight.", "turnaround date plus an assumptive booking and invoice before a yes")])

email("shower conversion for the rosebank sheltered flats", "very deferential", "Walk-in showers at Rosebank",
  "Dear Mrs Okafor,", "With kind regards and many thanks,\nLeonard Fisk\nFisk Accessible Bathrooms",
  [("T", "I'm so sorry to trouble you again, and I do hope you don't mind me writing.", "apology for writing and approval-seeking"),
   ("N", "Your maintenance log shows eleven falls in bathrooms over the past two years, most of them stepping over the bath edge.", "figure from the prospect's own data"),
   ("T", "I was wondering whether you might perhaps have a spare moment at some point to look at the layout I've attached?", "attachment plus stacked hedges")],
  [("N", "A level-access tray with a fold-down seat removes that step entirely, and each flat would be out of use for only two days.", "concrete value to the residents"),
   ("T", "The conversion is £3,900 per flat, but if that's a worry at all, please just tell me what figure you had in mind and I'll try to make it work.", "price plus asking the buyer to name a number"),
   ("S", "The work would be done by our own fitters, and it would mean such a lot to me personally, as Rosebank would be my very first big contract.", "who does the work plus the seller's own stake, no demand (rule 15)")],
  [("T", "Thank you so much for even reading this far.", "thanks for even being read")])

email("sandblasting for the ironbridge gate railings", "terse", "Railings quote",
  "Mr Hale,", "R. Dunn\nDunn Blast & Coat",
  [("N", "Quote attached for blasting and powder-coating the 60 m of railings, £4,900 as you asked.", "price the prospect asked for"),
   ("HT", "Knock 10% off if you confirm by Friday, full price after that.", "discount tied to a seller-set Friday cutoff (rule 7)"),
   ("S", "The coating is a zinc primer under polyester powder, and we did the Victoria Bridge job, the one that was in all the papers.", "product detail plus a generic boast"),
   ("N", "Site visit Tuesday 9am?", "plain ask with a date")])

email("silage sheeting for the howgill dairy", "non-native English", "About silage sheets for your clamps",
  "Dear Mr Atkinson,", "Best regards,\nMarek Kowalczyk\nAgroFilm UK",
  [("N", "Thank you for the call on Monday and for tell me the size of your two clamps.", "thanks"),
   ("N", "For clamps of 30 by 12 metre I recommend the oxygen barrier film under the main sheet, because your analysis from last year show 9% dry matter loss in the top layer.", "expert recommendation from the prospect's own data")],
  [("S", "The barrier film is 45 micron, and our company is the biggest supplier of silage film in whole Europe with many prizes at agriculture shows.", "product detail plus a generic boast"),
   ("H", "The price for both clamps is £1,260, but you must order now, because the film is almost finished in warehouse and other farmers buy everything.", "price plus manufactured scarcity"),
   ("HS", "Also my director ask me every day about your order, so please confirm before end of this month.", "manager as the reason for a dated decision (rule 16)")],
  [("T", "I can send you samples of both films by post so you can feel the thickness, and sorry if I disturb you with so many emails.", "sample offer plus an apology for following up")])

email("slate roofing for the pendle chapel", "warm", "Pendle Chapel roof: what we found",
  "Dear Margaret,", "With warm regards,\nOwen Pritchard\nPritchard Heritage Roofing",
  [("N", "Thank you for letting us up on the roof last Wednesday; the view over the valley was worth the climb alone.", "pleasantry"),
   ("H", "Having lifted a dozen slates and found the battens soft right along the south slope, you need to strip and relay the whole of that side.", "borderline: 'you need' directive delivered after a real inspection (rule 6)"),
   ("N", "Welsh slate from Penrhyn would match the originals, and the reclaimed slates in good condition can go back on the north side.", "expert detail tied to the building")],
  [("S", "I'll confess I've fallen a little in love with this building and I'd dearly like it on our portfolio page.", "seller's feelings and showcase, no demand"),
   ("T", "The figures are attached, so whenever you and the trustees get a moment, no rush at all, maybe have a look?", "attached figures plus permission-begging and 'no rush'"),
   ("T", "The total is £18,600 including scaffold, and if that frightens anyone, I'm sure we can shave something off it.", "price plus a pre-emptive discount")])

email("sign language interpreting for the westbrook town council meetings", "formal", "BSL interpreting for full council meetings",
  "Dear Ms Adeyemi,", "Yours sincerely,\nHelen Carr\nClearSign Interpreting",
  [("N", "Thank you for your email of 3 February asking about interpreting for the monthly full council meetings.", "courtesy"),
   ("N", "Apologies for the slow reply; I was interpreting at a tribunal all last week and have only now caught up.", "borderline: single courtesy apology for a real delay, with the reason (rule 3)")],
  [("N", "For meetings over two hours, two registered interpreters work in rotation so that accuracy holds, so I have quoted for a pair at £95 an hour each.", "technical requirement explained with the price"),
   ("N", "Your clerk mentioned that two residents who use BSL have asked to speak at the March meeting, so it would help to know their topics in advance so we can prepare vocabulary.", "logistics tied to the prospect's meeting")],
  [("N", "Could we hold a short call on Monday 10 February at 11am to go through the agenda format?", "clear next step with a date")])

email("skylight replacement for the harlow artists' studios", "chatty", "Those leaky skylights!",
  "Hey Sam,", "Cheers!\nLeah\nBrightSky Rooflights",
  [("N", "Great to finally see the studios in person, and the ceramics on the top floor are seriously impressive.", "pleasantry"),
   ("N", "You said the drips over bench four ruined two canvases in November, so that's the first one I'd swap.", "recommendation from the prospect's own problem")],
  [("S", "The replacement would be our new thermally broken frame, and I'm absolutely buzzing about it, it's honestly the best thing we've ever made!", "product detail plus the rep's excitement"),
   ("HS", "The quote's attached, and I'm one install short of winning our sales trip to Lisbon, so getting you signed before the 31st would be amazing for me.", "attachment plus the seller's sales contest as the reason for a dated signature (rule 16)"),
   ("T", "Sorry, this has turned into a bit of an essay!", "apology for length")],
  [("N", "Shall I book the scaffold tower for the week of the 10th, while the studios are quiet for half term?", "confident next step tied to the prospect's calendar")])

email("stonemasonry for the cross keys inn gable", "blunt", "Gable end",
  "Rob,", "Phil Sykes\nSykes Stonework",
  [("H", "The gable's lost about a third of its pointing and two copings are loose, as you saw from the ladder, and any landlord with half a brain would have had it sorted before winter.", "shared finding plus shaming")],
  [("H", "Lime mortar is the right fix, and you either book us now or explain to the brewery why a coping stone landed on a customer.", "correct material plus an ultimatum"),
   ("N", "The scaffold would be up for about nine days.", "logistics"),
   ("HS", "I turned down a paying job in Skipton to hold this week open for you, so I expect a yes by tomorrow.", "seller's sacrifice as guilt, with a deadline (rule 15)")])

email("stump grinding for the lowfold cemetery", "terse", "Stump grinding, Lowfold",
  "Hi Carol,", "Thanks,\nDan\nGroundLevel Stump Services",
  [("T", "Price for the 23 stumps along the east path is £1,150 including chip removal, as you asked, and sorry if that's steep, I can probably do it for less.", "price asked for plus an apology for it and an unprompted cut"),
   ("S", "We're rated the top stump firm in the region, by the way.", "generic boast"),
   ("T", "Only checking in really, no need to reply if you're busy.", "checking-in purpose with permission to ignore")])

email("timesheet software for the brightpath cleaning contractors", "chatty", "Timesheets at Brightpath",
  "Hi Mo,", "Cheers,\nAnnie\nClockwise Timesheets",
  [("N", "Thanks for the slot on Thursday, and for showing me the paper timesheet mountain in the back office!", "thanks"),
   ("N", "With 140 cleaners across 38 sites, your payroll clerk told me she spends around two days a fortnight keying in hours.", "figure from the prospect's own data")],
  [("S", "It would take the keying-in off her desk completely, and it also has GPS clock-in, geofencing, shift swapping, holiday requests, overtime rules, team chat and a kiosk mode.", "value to the prospect plus a feature list"),
   ("S", "We also just closed our Series B with two of the biggest investors in London, which is huge for us.", "investor boast")],
  [("HT", "I've attached the order form for the 140 licences with 20% off, but that discount vanishes at midnight tomorrow.", "order form plus a discount tied to a seller-set cutoff (rule 7)"),
   ("H", "Could we get your payroll clerk on a 20-minute call on Tuesday to check the export matches your Sage setup, because firms your size still on paper are going to be left behind very fast?", "meeting ask plus FOMO")])

email("tutoring for the fairfield sixth form maths group", "warm", "Further maths tutoring for your Year 13s",
  "Dear Mr Hussain,", "Kind regards,\nRuth Adebayo\nAdebayo Maths Tutoring",
  [("N", "It was a pleasure to speak with you after the open evening.", "pleasantry"),
   ("N", "You mentioned that eight of your Year 13s are aiming for STEP papers this June, and that mechanics is where most of them drop marks.", "prospect's own goal and date")],
  [("N", "I'd suggest two ninety-minute sessions a week from after half term, built around past STEP questions and worked in pairs.", "confident recommendation"),
   ("N", "It might be worth running that for a month before committing to the full term.", "borderline: one mild hedge (rule 2)"),
   ("N", "Would Wednesday at 4pm suit for a trial session with the group?", "clear next step with a date")])

email("toner supply for the harcourt estate agency", "very deferential", "Toner for your branches",
  "Dear Mr Harcourt,", "Yours most humbly,\nAndrew Pell\nInkwise Office Supplies",
  [("T", "Please forgive me for writing out of the blue, I know how terribly busy you must be.", "apology for normal selling"),
   ("N", "Your office manager mentioned you're spending roughly £620 a month on toner across the three branches, buying from the high street.", "figure from the prospect's own data"),
   ("N", "Our compatible cartridges for your Brother printers come to about £380 a month for the same volume, with free next-day delivery.", "concrete saving tied to the prospect")],
  [("T", "I've attached a price list for your three printer models, and if you're not interested at all, please don't feel you have to reply, I completely understand.", "attached price list plus a pre-emptive release"),
   ("ST", "I'd be ever so grateful if you could give us a try, as I'm still new here and really need to show my manager I can bring in a customer.", "pleading for the rep's own standing (rule 15)")])

email("typewriter restoration for the bellhaven writers' retreat", "non-native English", "Restoration of your Olympia typewriters",
  "Hello Ms Grant,", "Best regards,\nStefan Novak\nNovak Typewriter Works",
  [("N", "I visit your retreat last week and see the six Olympia machines in the library, very beautiful models from the 1960s.", "pleasantry and context"),
   ("N", "Three have the ribbon vibrator stuck and one has a broken carriage spring, so the guests cannot type on them now.", "findings")],
  [("H", "Honestly, a writers' retreat with broken typewriters is a little embarrassing, you must decide this week.", "shaming with an invented deadline"),
   ("S", "I am the most famous typewriter restorer in the north of England, many celebrities and one minister are my customers.", "generic boast"),
   ("H", "The restoration is £180 per machine, and other retreats already book me for all spring, so if you wait I have no time for you.", "price plus scarcity and peers already booked")],
  [("T", "I can come again on Saturday 12th and take the first two machines to my workshop, and if price is a problem, tell me what you can pay and we find a way.", "visit date plus asking the buyer to name a number")])

email("thermostatic mixing valve servicing for the meadowside care home", "formal", "TMV servicing at Meadowside",
  "Dear Mr Bellamy,", "Yours faithfully,\nGraham Pettit\nCastell Water Services",
  [("N", "Thank you for your enquiry regarding servicing of the thermostatic mixing valves at Meadowside.", "courtesy"),
   ("N", "Guidance for care settings expects these valves to be tested at least every six months, and your records show the last test was in April.", "external requirement and the prospect's own records, no pressure")],
  [("S", "Our engineers are all Legionella-trained, and Castell Water Services, established in 1987, has received the Water Hygiene Excellence Award for four consecutive years.", "relevant training plus years in business and awards"),
   ("H", "I have accordingly scheduled our engineers for 2 March and attached a purchase order for your signature.", "attached order plus an assumptive booking before any yes"),
   ("HS", "I should add that my regional director has asked that this contract be finalised before our financial year closes on 28 February.", "manager and year end as the reason for a dated decision (rule 16)")],
  [("T", "Please let me know if any residents' rooms require special arrangements for access, and I do hope all of the above is acceptable.", "access logistics plus approval-seeking")])

email("tyre recycling for the brennan motors group", "blunt", "Tyre collections",
  "Hi Declan,", "Lee Burton\nCircleTread Recycling",
  [("N", "You're storing around 400 used tyres a month across the four garages, and the pile behind the Kirkby site is now above the fence line.", "prospect's own situation"),
   ("S", "We'd collect weekly with a waste transfer note for each pickup, so your permit paperwork stays clean, and getting Brennan on our client list would look great for us too.", "collection offer plus a seller-centred aside")],
  [("H", "The proposal's attached, and if I don't hear from you by Wednesday I'll put it straight in front of your MD.", "attached proposal plus a threat to go over his head"),
   ("H", "My tracker tells me you've opened my last three emails, so I know you've seen them.", "read-receipt guilt (rule 13)"),
   ("H", "Three of the big dealer groups round here switched to us last year, and you're the one left holding the pile.", "peers who already switched, used to shame")])

email("tractor servicing for the ridley estate farm", "chatty", "Pre-harvest tractor checks",
  "Morning Jim,", "Cheers,\nBeth\nDale Agri Services",
  [("N", "Hope lambing's behind you and the ewes are behaving!", "pleasantry"),
   ("N", "You mentioned the 6R lost a day last August with a hydraulic leak mid-harvest, which is exactly what a proper pre-season service should catch.", "value tied to the prospect's own history")],
  [("T", "I know I keep popping up, sorry about that, I'm only following up on the servicing if that's alright.", "apology for following up with permission-seeking"),
   ("S", "We've just been named Agri Dealer of the Year, which is a lovely feather in our cap!", "award boast"),
   ("T", "The service is £295 per tractor and I can do both on the 18th at your yard, but there's zero pressure, whenever suits, even if that's after harvest.", "price and date plus 'zero pressure, whenever suits'")],
  [("ST", "It would give my numbers a lift, to be honest, but only if you want to, of course!", "pleading for the seller's own sake (rule 15)")])

email("usb charging lockers for the greystone college library", "formal", "Charging lockers for the library",
  "Dear Dr Ferreira,", "Yours sincerely,\nMichael Dent\nVoltBay Lockers Ltd",
  [("N", "Thank you for the opportunity to present to the library committee on Tuesday.", "courtesy"),
   ("N", "Your helpdesk logged 212 requests for charging cables last term, which suggests students are arriving with flat devices and nowhere to charge them.", "figure from the prospect's own data"),
   ("N", "A 24-bay locker by the entrance, with PIN access, would let students charge while they study without leaving bags unattended.", "concrete value")],
  [("S", "The lockers carry a five-year warranty, and we are proud to be the market-leading provider of secure charging in the UK education sector.", "warranty detail plus a generic boast"),
   ("T", "The unit is £6,750 installed, and I must apologise for the price, which I appreciate is no small sum for a library.", "price plus an apology for the price"),
   ("HST", "My sales director has approved a 12% reduction, provided the committee commits before our year end on 31 March.", "unprompted discount tied to the seller's year end and director (rules 7 and 16)"),
   ("T", "Should there be any hesitation about terms, I would need to refer to him before discussing anything further.", "deferring to a manager on terms")],
  [("N", "I would be glad to bring a demonstration unit to the committee's meeting on 4 March.", "next step with a date")])

email("underground cable locating for the millfield housing site", "terse", "Cable and pipe survey, Millfield plots 1-40",
  "Hi Stuart,", "Cheers,\nMike Rowe\nTerraTrace Surveys",
  [("N", "Quote attached for the cable and pipe location survey across plots 1 to 40, as discussed on site.", "attachment the prospect asked for"),
   ("N", "The utility records you sent show a 33kV cable crossing plot 12, so we'd start there with ground-penetrating radar.", "expert plan from the prospect's own records"),
   ("N", "We can mobilise on the 9th if that still fits your groundworks start on the 16th.", "prospect's own date"),
   ("N", "Any questions, ring me.", "logistics")])

email("umpire chairs for the westcliff tennis club", "warm", "Umpire chairs for the summer championships",
  "Dear Fiona,", "Warmest wishes,\nClaire Hobbs\nCourtside Equipment",
  [("N", "Congratulations on the club being chosen to host the county junior championships in July!", "pleasantry"),
   ("N", "For grass courts, I'd suggest our aluminium chairs with wide feet, which won't sink into or mark the turf the way your old steel ones did.", "recommendation tied to the prospect's courts")],
  [("S", "We've supplied 47 clubs, three national centres and a Grand Slam qualifying venue, which is quite a record, if I say so myself!", "generic boast"),
   ("HS", "I've put so many hours into this proposal, a Sunday included, that I'd be heartbroken if the committee went elsewhere.", "seller's hours and feelings as leverage on the decision (rule 15)")],
  [("S", "The chairs take about three weeks to build, so numbers by early June would have them ready for July, and once they're in, would you write us a glowing testimonial for the brochure?", "lead time tied to the prospect's date plus a testimonial favour asked before any value is delivered")])

email("violin bow rehairing for the tyneside youth strings", "very deferential", "Bow rehairs for the orchestra",
  "Dear Mr Dobson,", "With my humblest thanks,\nPeter Grainger\nGrainger Bows",
  [("T", "I do hope you'll forgive this intrusion, and I'm terribly sorry if I've caught you at a bad time.", "self-abasing apology"),
   ("N", "At the rehearsal I noticed several cello and viola bows with the hair worn thin on one side, which makes a clean spiccato almost impossible for young players.", "insight tied to the prospect's players")],
  [("S", "We've been making and mending bows in the same little workshop for four generations.", "borderline: heritage line (rule 8), self_serving"),
   ("T", "I wondered if perhaps, should it possibly be convenient, you might consider letting me rehair a few of them?", "service offer plus stacked hedges"),
   ("T", "A full rehair with Mongolian hair is £45 per bow and takes two days, and thank you so very much for considering me at all.", "price plus thanks for even being considered"),
   ("T", "I could happily do the first ten at half price, or even free, if that would help at all.", "offer of the first ten plus an unprompted give-away")])

email("video production for the corwen mountain rescue appeal", "chatty", "Your appeal film - ideas!",
  "Hi Gwen,", "Speak soon,\nRhys\nHiraeth Films",
  [("N", "Loved chatting on Friday about the new Land Rover appeal.", "pleasantry"),
   ("N", "Your last appeal raised £18,000, mostly from the short clip of the night rescue on Cadair Idris, so a two-minute film built around one real call-out looks like the right shape.", "insight from the prospect's own results")],
  [("S", "We shot the film that won Best Charity Short at the Celtic Media Festival, and we've got a shelf full of other gongs too!", "award boast"),
   ("S", "Could we meet at your base on the 20th, so I can take you through our full showreel and the story of how I started the company in my spare room?", "meeting ask plus an 'our story' pitch (rule 9)"),
   ("H", "Teams without a proper film these days are basically invisible, so honestly, you need this.", "'you need this' directive with shaming")],
  [("H", "The other rescue teams in Snowdonia already have films out, so you're rather the odd one out.", "peers who already bought, used to shame"),
   ("ST", "If you'd let us use the finished film as a case study on our website, I could take 15% off the fee.", "borderline: discount offered to win a case study (rule 7)")])

email("veneer repair for the harrowby auction house", "formal", "Walnut table veneers ahead of the April sale",
  "Dear Mr Ashworth,", "Yours sincerely,\nJulian Marr\nMarr Furniture Conservation",
  [("N", "Thank you for sending photographs of the four walnut tables consigned for your April sale.", "courtesy"),
   ("N", "The lifting on the two loo tables appears to come from a dry winter in storage, and can be relaid with hide glue without replacing any veneer.", "expert diagnosis"),
   ("N", "The quarter-veneered top with the missing banding would need a patch cut from period stock, which I hold.", "technical need, not pressure")],
  [("N", "My timber merchant's price for figured walnut rises by about 15% on 1 April when his new shipment is invoiced, so the attached quote holds until 31 March.", "borderline: factual price expiry with its reason, no urgency language (rule 4)"),
   ("N", "Your catalogue deadline of 20 March gives me three weeks, which is enough for all four pieces.", "prospect's own deadline")],
  [("N", "May I collect them on Monday?", "plain ask")])

email("walk-in freezer repair for the golden wok takeaway", "non-native English", "Your freezer problem",
  "Hello Mr Chen,", "Thank you,\nWei Zhang\nArctic Line Refrigeration",
  [("N", "Thank you for calling us on Sunday night when the freezer alarm was going.", "thanks"),
   ("N", "The compressor is okay, but the door seal is broken and the evaporator fan is making ice, so the temperature go up to minus 12 in busy time.", "diagnosis")],
  [("H", "If you not repair this week, for sure environmental health will close your kitchen and all your food go in the bin.", "fear-based manufactured urgency"),
   ("HS", "New seal and fan together is £420 fitted, and I come out on Sunday night for you, very late, so I think you give me the job, yes?", "price plus the seller's effort as leverage (rule 15)"),
   ("S", "New parts come from the maker with one year warranty, and we are the number one refrigeration company in the whole city, everybody know us.", "warranty detail plus a generic boast")],
  [("T", "I can do Thursday morning before you open, and if it is too expensive I give big discount, no problem, just tell me.", "visit slot plus an unprompted discount")])

email("water softener servicing for the bridgend salons", "warm", "Softener service for the three salons",
  "Dear Nia,", "Warmly,\nSian Pugh\nSoftFlow Water",
  [("N", "So sorry to hear about the flood at the Porthcawl salon last month; I hope the insurance side is getting sorted.", "sympathy, not self-abasement"),
   ("N", "Your stylists mentioned that the basins at Bridgend are scaling up again, and the hard water seems to be dulling colour work too.", "prospect's own problem")],
  [("H", "Our twice-yearly service covers resin cleaning, brine valve checks and a hardness test at £85 per salon, and salons that skip it always regret it, so it's really not one to put off.", "service and price plus manufactured urgency"),
   ("T", "I really hope that's okay, and I'd hate for you to think I'm being pushy by mentioning it.", "approval-seeking and apology for normal selling"),
   ("S", "To be honest, I'm rather hoping to win all three salons, as they'd make this my best month of the year.", "seller's goal stated, no date pressed on the prospect (rule 16)")],
  [("T", "I could come on the 14th to do Bridgend first, only if it suits, of course, and do ignore this if not!", "visit date plus permission to ignore")])

email("website accessibility audit for the thornfield housing association", "blunt", "Your tenant portal fails accessibility checks",
  "Hi Ravi,", "Regards,\nNadia Shah\nOpenPath Accessibility",
  [("N", "I ran your tenant portal through an automated checker and it flagged 146 color contrast and labeling errors, including on the repairs form, which a screen reader can't complete.", "concrete finding about the prospect"),
   ("N", "Public sector sites already have to meet WCAG AA under the 2018 accessibility regulations, and regulators are asking housing providers the same questions.", "real external requirement, stated neutrally")],
  [("H", "Frankly you need this audit, and the longer you sit on it the worse it looks for you.", "'you need' directive with a jab"),
   ("H", "I've copied your chief executive so she can see what's at stake.", "copying the CEO uninvited (bypass)"),
   ("H", "I've also left you two voicemails and a LinkedIn message, so you can't say you weren't told.", "multi-channel chasing with entitlement (rule 13)"),
   ("S", "We audited a Cabinet Office pilot service and we're on every major procurement framework, so we're not just anybody.", "generic boast")],
  [("H", "The full audit, with fixes prioritized by tenant impact, is £3,200, and I've already booked the end-of-month slot with your digital team, so that's settled.", "price plus an assumptive booking before a yes")])

email("woodburning stove installation for the thwaite farm holiday barns", "chatty", "Stoves for the barns",
  "Hi Alison,", "Cheers,\nMatt\nHearthside Stoves",
  [("N", "Lovely to meet you and Bramble the sheepdog on Tuesday!", "pleasantry"),
   ("N", "Since your guests book mostly October to March, a stove in each of the three barns would be a real selling point, and the chimneys you already have will take a flexible liner.", "value tied to the prospect's season"),
   ("H", "A 5kW Ecodesign stove with liner, hearth and HETAS certificate comes to £2,650 per barn, and I'll take a 50% deposit by card today to hold the fitting dates.", "price plus an assumptive payment step before a yes")],
  [("S", "We've fitted over two thousand stoves, we were Installer of the Year and we've even been on the telly!", "generic boast"),
   ("HT", "Sign for all three by Friday and I'll throw in the log stores free, but after that the offer's gone.", "freebie tied to a seller-set Friday cutoff (rule 7)"),
   ("H", "Barns without a stove just don't get booked in winter anymore, so you really can't afford to sit on this.", "manufactured urgency"),
   ("S", "I'm also hoping you'll let us put our sign at the end of your lane while we're fitting, it'd do wonders for us.", "favour for the seller")])

email("window cleaning for the stanmore retail terrace", "terse", "Window cleaning, Stanmore Parade",
  "Hi Jo,", "Thanks,\nGary\nClearview Window Care",
  [("N", "As requested, a four-weekly clean of all 14 shopfronts and the first-floor windows is £310 per visit.", "price the prospect asked for"),
   ("N", "We use water-fed poles from the pavement, so there are no ladders in the way of your customers.", "value tied to the prospect"),
   ("N", "First clean could be Monday 2nd, before the shops open at nine.", "next step with a date")])

email("wheelchair ramp installation for the elmhurst community library", "very deferential", "Ramp for the library entrance",
  "Dear Councillor Boateng,", "Yours very gratefully,\nNeil Ashby\nLevel Access Ramps",
  [("T", "I'm so very sorry to bother you with yet another email about the ramp.", "apology for following up"),
   ("N", "At present the three steps to the main entrance mean wheelchair users have to ring a bell and wait for staff to bring out the portable ramp.", "prospect's own problem")],
  [("N", "A permanent ramp at 1:15 with handrails both sides would fit along the west wall, as shown in the attached drawing.", "concrete solution with attachment"),
   ("ST", "I know it's a lot to ask, but I'm rather desperate to get this one over the line for my own sake, so anything you could do would be so appreciated.", "pleading for the seller's own sake (rule 15)"),
   ("T", "The price is £8,200, and if that's more than the council hoped, I'm sure I could find a little off somewhere.", "price plus a pre-emptive discount")],
  [("T", "I could survey the entrance on Wednesday the 12th, but please don't feel you need to reply if the timing isn't good, I quite understand.", "survey date plus permission not to reply")])

email("waste oil heater for the ferrybridge vehicle workshop", "blunt", "Heat the workshop with your own waste oil",
  "Carl,", "Steve\nThermOil North",
  [("N", "You told me you pay a collector to take away about 2,000 litres of sump oil a year, while spending £4,000 a year heating the workshop with gas.", "prospect's own figures"),
   ("N", "A waste oil heater would burn that oil to warm the bays, and registering a small burner with the council is straightforward.", "concrete value")],
  [("H", "That's roughly £330 a month of gas you're burning for nothing, every month you wait.", "borderline: cost of delay with a plausible number, used to push (rule 5)"),
   ("H", "The 30kW model would heat all four bays, and you need it in before the cold snap, end of story.", "product detail plus a 'you need' directive"),
   ("S", "We're the biggest waste oil heater distributor in the north, and I've personally sold more of these than anyone in the company.", "boast")],
  [("H", "The unit is £3,400, and I'll drop it round Thursday so you can pay the fitter when he's done.", "price plus assumptive delivery and payment before a yes")])

email("weathervane regilding for the market hall cupola", "formal", "Regilding the Market Hall weathervane",
  "Dear Mrs Lowther,", "Yours sincerely,\nEleanor Voss\nVoss Architectural Gilding",
  [("N", "Thank you for inviting us to inspect the weathervane on the Market Hall cupola last week.", "courtesy"),
   ("N", "The gilding has failed across the cockerel's tail, and the spindle bearing has seized, which explains why it has pointed west since the autumn.", "expert finding")],
  [("S", "We would take the vane down, strip and regild it in 23.5 carat leaf and replace the bearing, all by gilders who trained with the Royal Collection and whose work has been exhibited at the V&A.", "scope of work plus a credentials boast"),
   ("H", "The total cost is £6,400, and I trust the Council will appreciate that no responsible authority would leave a listed landmark in such a state.", "price plus shaming")],
  [("S", "We would be delighted if the Council would allow us to feature the project in our brochure and our next award entry.", "favour for the seller"),
   ("T", "On the matter of any reduction, I would of course have to defer to our managing director.", "deferring to a manager on discount")])

email("workbench supply for the harwood college engineering workshop", "chatty", "Benches for the engineering workshop",
  "Hi Priti,", "Cheers,\nTasha\nBenchmark Workshop Supplies",
  [("N", "Thanks for the tour, it's an amazing space once the old lathes are out.", "pleasantry"),
   ("N", "For 24 students working in pairs, twelve double benches with a vice at each end would keep the layout you sketched.", "recommendation tied to the prospect's plan")],
  [("T", "Sorry, I know I've sent you loads already, I'll keep this really short.", "apology for following up and for length"),
   ("H", "The steel-top benches are £640 each, but there's only one batch left and another college is eyeing them, so you'd want to grab them quickly.", "price plus scarcity without a date"),
   ("HS", "My boss is breathing down my neck for a signed order by the 25th, so that would help me no end!", "manager as the reason for a dated order (rule 16)")],
  [("T", "Would Monday at 3 work for a quick call to confirm the vice positions, but honestly, no worries at all if not!", "meeting ask plus a pre-emptive release")])

email("xmas tree supply for the lambton shopping centre", "warm", "A real tree for the atrium",
  "Dear Alan,", "With best wishes,\nKatie Moss\nFellside Christmas Trees",
  [("N", "Thank you for showing me the atrium on Friday; I can see why you want a real tree there this year.", "pleasantry"),
   ("N", "For a 25-foot Nordmann fir under your glass roof, I'd suggest delivery no earlier than 25 November, as the warmth of the atrium will dry it out if it goes up sooner.", "expert advice on timing")],
  [("N", "Your footfall figures show December weekends are up 40% on the rest of the year, so a tree that still looks full on Christmas Eve is what matters.", "insight from the prospect's own data"),
   ("N", "The price for the tree, the stand and installation with our crane is £3,400.", "price")],
  [("N", "Could we pencil in a call on Thursday to agree the lighting with your events team?", "clear next step with a date")])

email("yacht varnishing for the hamble classic charter fleet", "non-native English", "Varnish work on your classic yachts",
  "Dear Mr Pearce,", "Kind regards,\nLuca Bertolini\nBertolini Brightwork",
  [("N", "Thank you for show me the two Hillyard yachts in the marina on Tuesday.", "thanks"),
   ("N", "The brightwork on the coachroof is lifting in many places and water is already going under the varnish near the hatches.", "finding")],
  [("T", "Maybe I am wrong, and maybe it is not my business, but perhaps you would possibly think about a quotation?", "quotation offer plus stacked hedges"),
   ("T", "The price is £7,800 for both yachts, and I am very sorry it is so high, I feel bad to ask so much.", "price plus an apology for the price"),
   ("H", "Your neighbour boat Marguerite is already done with me, only yours still look so tired.", "peer who already bought, used to shame"),
   ("S", "I use eight coats of Epifanes, and in Italy I varnish for very rich people and famous shipyards, so my level is very high.", "product detail plus a generic boast")],
  [("T", "The work need about three weeks and is finished before your first charter on 1 May, and if you don't like the price, I make it cheaper, no problem.", "prospect's own date plus an unprompted discount")])

email("yellow line repainting for the fairmead hospital access roads", "formal", "Road marking renewal, Fairmead Hospital",
  "Dear Mr Oduya,", "Yours faithfully,\nRichard Fenn\nLineworks Road Marking Ltd",
  [("H", "Further to our site meeting, I enclose our proposal for renewing the yellow lines and hatching, and may I remind you that this is the third time I have written without a reply.", "enclosed proposal plus counting attempts at the prospect (rule 13)"),
   ("N", "Your security team's log shows 37 ambulances obstructed by parked cars at the A&E turn last quarter, and the faded lines are almost certainly part of the problem.", "figure from the prospect's own data")],
  [("S", "Lineworks is an award-winning market leader with over 30 years of experience and a fleet of 40 vehicles.", "generic boast"),
   ("HST", "If the order could be placed by 31 March, when my quarterly target closes, I could offer a 10% reduction.", "discount tied to the seller's quarter-end date (rules 7 and 16)")],
  [("N", "Works can be carried out overnight to avoid disruption to the A&E entrance.", "logistics tied to the prospect")])

email("youth hostel bunk beds for the stoneywell youth hostel", "chatty", "Bunks for the Stoneywell dorms",
  "Hi Hannah,", "Cheers,\nOllie\nBunkworks",
  [("N", "Thanks for the photos of the dorms, they're really useful!", "thanks"),
   ("N", "Since you said the old pine bunks creak whenever someone turns over, our steel-frame ones with rubber joint sleeves should fix the complaint that keeps showing up in your reviews.", "value tied to the prospect's problem"),
   ("N", "They also come with fire-retardant mattresses meeting BS 7177, which your insurer asked about.", "certification the buyer's process requires")],
  [("N", "Want to come and see one at our showroom?", "borderline: bare demo ask (rule 9)"),
   ("N", "I'm in on Tuesday and Friday this week, so just say which day and I'll have one set up.", "one polite 'just' with a clear next step")])

email("zip fastener repair for the ridgeline outdoor kit hire", "warm", "Zips on your hire jackets",
  "Hi Ewan,", "Cheers,\nMaddie\nStitch & Slide Repairs",
  [("N", "Thanks for dropping the box of jackets in yesterday.", "thanks"),
   ("N", "Of the 30 jackets, 22 just need new sliders, which is a quick job, and eight need full zip replacements.", "finding; 'just' harmless")],
  [("H", "Sliders are £6 and full zips £28, so £356 in all, and I've already started on the sliders, so I'll need your card details to finish.", "price plus work started and card details asked before a yes"),
   ("S", "We fit YKK sliders, and we're the official repair partner for three major outdoor brands, which is a pretty big deal in our world.", "parts detail plus a generic boast"),
   ("S", "A five-star review from you would really help us out after the quiet winter we've had.", "review favour for the seller")],
  [("T", "Sorry for going on!", "apology for length")])

email("zinc anode supply for the penarth marina moorings", "blunt", "Anodes for the pontoons and workboats",
  "Morning Bryn,", "Cheers,\nDewi Morgan\nMorgan Marine Supplies",
  [("N", "The anodes on your four workboats were down to about 20% when your lads lifted them last week, and the pontoon ones look much the same.", "prospect's own finding"),
   ("N", "Replacing them before the spring haul-out means the boats aren't coming back out of the water in June.", "value tied to the prospect's schedule")],
  [("H", "Your marina is one of the last on this coast still buying anodes piecemeal, and frankly it shows.", "shaming against peers"),
   ("H", "The full set is £1,940 including the pontoon anodes, and I'll invoice you for it on Monday unless I hear otherwise.", "price plus a silence-means-yes invoice"),
   ("HS", "I went out of my way to get these in from Sheffield at cost, so the least you could do is sign the order.", "seller's effort as guilt (rule 15)")],
  [("S", "I'm also chasing a bonus this spring, I won't pretend otherwise.", "seller's own need, no demand (rule 16)"),
   ("N", "The anodes are sitting in our Cardiff unit and can go on a van the same day.", "borderline: logistics line inside a pushy email (rule 14)")])
# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s89e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s89-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed89: held-out sales emails for the Poise tone coach\n")
    R.append("> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the eleventh session) from the labelling guide alone, after that session's Apply gate, which it was\nwritten to judge, and measured first on that code (rules + model macro-F1 0.902: hard_close 0.882, self_serving 0.894,\ntimidity 0.932; 1 of 102 clean sentences flagged; email agreement 0.875 / 0.900 / 0.925).\n")
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
    R.append("- Every third email (s89e003, s89e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
