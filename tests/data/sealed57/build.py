"""Build sealed57: hand-written sales emails labelled from the labelling guide alone.
Each sentence: (text, code, note). Codes: N=NONE, H=hard_close, S=self_serving, T=timidity (combine e.g. HS).
Email labels are derived with the guide's email-level scale; no hand overrides."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = {"H": "hard_close", "S": "self_serving", "T": "timidity"}
E = []
def em(subject, sal, signoff, *paras, register=""):
    E.append(dict(subject=subject, sal=sal, signoff=signoff, paras=paras, register=register))

em("Scanning the 1980s slide archive", "Dear Dr Okafor,", "Kind regards,\nMaren Holt\nLumenpath Digitisation",
 [("Thank you for walking me round the pathology store on Tuesday.", "N", "pleasantry"),
  ("Your 41,000 glass slides can be scanned at 40x on site, so none of them leave the building.", "N", "value tied to prospect")],
 [("Each slide gets a barcode match to its record in your lab system, and we are the only digitisation house in the region with three Queen's Award plaques on the wall.", "S", "product detail kept; generic boast: awards"),
  ("The quote you asked for is attached, and I've pencilled your porter team in for an induction on the 3rd, so all I need back is the signed order.", "H", "attachment kept; assumptive booking before a yes")],
 [("The price is 42p a slide, the per-slide figure you asked for, and I'm sorry it came out higher than either of us would have liked.", "T", "requested price kept; apologising for the price"),
  ("Could we hold a call on Thursday at 2 to go through the scanning schedule?", "N", "clear next step with date")], register="formal")

em("Macarons for the turndown trays", "Hi Priya,", "Cheers,\nTom\nPetit Four Co.",
 [("Loved meeting you and the housekeeping team yesterday!", "N", "pleasantry"),
  ("Pistachio and salted caramel travel best in the humidity of the upper floors, so I'd lead with those two.", "N", "expert recommendation")],
 [("Honestly, I've been baking test batches till midnight all week for you, so it'd be a bit rough to hear nothing back.", "HS", "rule 15: seller's effort as guilt"),
  ("The first delivery could land on the 14th as you suggested, and three of the other boutique hotels on the front already switched their pillow treats to us last spring, and you'd be the odd one out.", "H", "prospect's date kept; competitors-already-bought shaming")],
 [("Also, if the per-piece price feels steep I can just drop it to 38p, whatever works for you really.", "T", "unprompted discount + name your number")], register="chatty")

em("Pipe bending, hull block 14", "Mr Varga,", "Regards,\nJ. Ruud\nRuud Pipework",
 [("Drawings received.", "N", "logistics"),
  ("We can bend the 114 mm runs cold, no heat marks, and ship by week 32 as your planner asked, which is a slot I fought my production manager for, so I expect the order today.", "HS", "prospect's date kept; rule 15 favour pulled as leverage + demand")],
 [("The price for the 60 spools is in the attached sheet; sign the PO before Friday or your slot in the bender queue goes to the next yard.", "H", "attachment kept; ultimatum with invented expiry"),
  ("If you stall on this, you'll still be hand-fitting spools next year.", "H", "if you don't do it now you never will")],
 [("Our cell has a CNC bender, an induction unit, a 3D measuring arm, a flushing rig and an in-house NDT bay.", "S", "feature list with no outcome")], register="terse")

em("Sheepskin slippers for the spa changing rooms", "Dear Ms Achterberg,", "With warm wishes,\nLowri Price\nFleece & Fell",
 [("It was lovely to hear how much your guests liked the trial pairs.", "N", "pleasantry"),
  ("The washable soles you asked about survive sixty cycles at 40 degrees in our tests, which suits your laundry contract.", "N", "value tied to prospect's constraint")],
 [("I hope it's alright that I'm writing again, and I truly hope I haven't been a nuisance.", "T", "needing approval, self-abasing"),
  ("The size chart is attached, and I was maybe wondering if perhaps you might possibly have a view on the mix yet?", "T", "attachment kept; stacked hedges")],
 [("Our family has been tanning and stitching fleece in the valley for four generations.", "S", "borderline: heritage line, rule 8"),
  ("P.S. Please don't feel you have to reply at all if it's not the right moment.", "T", "permission-begging, releasing them")], register="very deferential")

em("Propane for the poultry sheds", "Hello Mr Dunmore,", "Best regards,\nAnnika Voss\nNorthgas Rural",
 [("Following up on the tank survey from the 12th.", "N", "single follow-up line"),
  ("The two 4-tonne tanks can sit behind shed 3, clear of the vehicle turning circle your farm manager marked.", "N", "concrete detail")],
 [("Your brooding season starts on 1 March, so the tanks would need to be filled by 20 February.", "N", "deadline derived from the prospect's own date, not pressure"),
  ("The planning officer needs ten working days to sign off the siting, so I'd submit the form this month.", "N", "borderline: real external lead time stated once, rule 4")],
 [("Would Wednesday at 9 suit you to confirm the layout on site?", "N", "clear next step")], register="formal")

em("Rocking horses for the toy museum", "Dear Hannah,", "Yours,\nGideon Ashby\nAshby Rocking Horse Restoration",
 [("Thank you for sending photos of the three dapple greys.", "N", "pleasantry"),
  ("The 1890s Lines horse needs its bow rockers re-pinned before anything else, as the crack is spreading from the front pin.", "N", "expert finding")],
 [("I'd be ever so grateful if you'd put in a word with the trustees, because a museum job would look marvellous on my portfolio.", "ST", "pleading for seller's own sake, rule 15"),
  ("I'll return the first horse on 2 May, the date your curator asked for, and could you post a review on our page once it's back?", "S", "prospect's date kept; asking for a review before value delivered")],
 [("Your trustees meet on the 9th, and honestly any board that cared about its collection would have approved this at the last meeting.", "H", "prospect's date kept; shaming")], register="warm")

em("Roti for the staff canteens", "Hi Deepa,", "Thanks,\nRaj\nTawa Fresh",
 [("Good to speak earlier.", "N", "pleasantry"),
  ("Frozen par-cooked roti finish on your flat grills in forty seconds, which fits the 12:30 rush you described.", "N", "value tied to prospect"),
  ("My manager says I must land one more catering account this month, so please get the trial order in by the 28th.", "HS", "rule 16: manager and month-end as reason for a date")],
 [("The trial pallet of 600 roti is packed, and I've already keyed your card details from the deposit form into our system so it can go.", "H", "product detail kept; assumptive payment step"),
  ("We're the fastest-growing flatbread brand in the Midlands, backed by two big food investors.", "S", "generic boast: ranking, investors")], register="chatty")

em("Shellfish depuration tanks", "Dear Mr Pengelly,", "Yours sincerely,\nRosalind Teague\nClearwater Depuration Systems",
 [("Please find the layout drawing for the two 1.2-tonne tanks attached, and apologies once more for how long and rambling my emails have been.", "T", "attachment kept; apologising for length"),
  ("The UV units are sized for the 42-hour cycle your classification requires.", "N", "requirement tied to prospect")],
 [("This is the fourth time I've written about this, and I can see from our system that you opened every one.", "H", "counting attempts + read tracking, rule 13"),
  ("The sampling plan is in section 4 of the drawing pack, and I'll copy your harbour commissioner on my next message if I don't hear back.", "H", "attachment kept; bypass threat")],
 [("I'm terribly sorry to keep pestering you, really I am.", "T", "apologising for following up"),
  ("The Environmental Health sampling dates are published on their website if you want to plan around them.", "N", "logistics")], register="formal")

em("Tandoor ovens, four kitchens", "Hey Imran,", "Speak soon,\nKaz\nClayfire Ovens",
 [("Great to finally see the Leicester kitchen in person.", "N", "pleasantry"),
  ("A 700 mm mouth gives your naan chefs room for eight breads a load, which matches the Friday numbers you showed me.", "N", "value tied to prospect's data")],
 [("Honestly mate, every serious curry house in the city has already gone over to clay-lined units, so I'm not sure what you're waiting for.", "H", "competitor shaming + sarcasm"),
  ("I'll send the invoice for the first two ovens tonight, and you can tell me if anything looks off.", "H", "invoice before a yes")],
 [("Both ovens carry a two-year refractory warranty, and we're the number one tandoor supplier in the UK, with the catering equipment award three years running.", "S", "product detail kept; generic boast")], register="blunt")

em("Restoring tram 27", "Dear Councillor Hibbert,", "Kind regards,\nEdwin Marsh\nMarsh Heritage Transport Engineering",
 [("Thank you for the tender pack for tram 27.", "N", "pleasantry"),
  ("Our survey found the truck frame sound but the controller contacts worn beyond re-facing, so I'd budget for new ones.", "N", "expert recommendation from inspection")],
 [("The heritage grant window closes on 31 May, so the application would need the costed programme by 15 May.", "N", "borderline: real external deadline stated once with reason"),
  ("The full programme and costs are enclosed, as requested.", "N", "attachment")],
 [("Could your transport officer join a site visit on the 8th or the 10th?", "N", "clear next step")], register="formal")

em("Wayfinding signs for the new outpatients wing", "Hi Colette,", "Best,\nNiamh Corrigan\nWaymark Studio",
 [("Thanks for the floor plans.", "N", "pleasantry"),
  ("Colour-banded zones cut wrong turns at two trusts we've worked with, mainly because patients remember 'green' better than 'Level 2 East'.", "N", "social proof turned into advice")],
 [("I'll be frank: this one matters enormously to me, because my bonus this half is riding on health contracts.", "S", "rule 16: seller's need with no date, self_serving only"),
  ("I need your go-ahead by Thursday so I can hit my number before the half closes.", "HS", "rule 16: seller's own reason for a date")],
 [("The concept drawings for all four zones are attached, and if the design fee is the worry, we could simply halve it.", "T", "attachment kept; unconditional discount"),
  ("Our studio has been shortlisted for eleven design awards since 2019.", "S", "generic boast")], register="blunt")

em("VHF radio course for the harbour staff", "Dear Captain Mbeki,", "Yours faithfully,\nSiobhan Quill\nQuill Maritime Training",
 [("Thank you kindly for your message.", "N", "pleasantry"),
  ("The course is two days and the examiner come to your office, so crew not need to travel, and our school is best school in whole country with many many prizes.", "S", "logistics kept; generic boast, non-native phrasing")],
 [("Please, I am very sorry for my late answer and also sorry for my poor English and sorry if the price is too much.", "T", "repeated self-abasing apologies + for price"),
  ("Maybe if it is possible, perhaps we could find some small time to speak, only if you want?", "T", "stacked hedges + permission")],
 [("The next course dates are 3 and 4 April, and if you do not book now, your staff will never be certified before the season.", "H", "concrete dates kept; now-or-never"),
  ("For you I give 30 percent less, no condition.", "T", "unconditional discount")], register="non-native English")

em("Mochi for the dessert counter", "Hi Jun,", "x\nSaki\nMochi Moon",
 [("So glad the yuzu ones went down well with your tasters!", "N", "pleasantry"),
  ("They thaw in 30 minutes on the counter, so your closing team can pull the next day's tray at 4pm.", "N", "logistics tied to prospect")],
 [("I'm just popping back in case you'd had a second to think, no rush whatsoever!", "T", "permission-begging, purpose of email"),
  ("Fingers crossed it's not annoying that I keep messaging!", "T", "needing approval")],
 [("I'll send the allergen sheet with the first box, and would you mind doing a little Instagram shout-out for us once they're on the menu?", "S", "offer kept; favour for the seller"),
  ("Our mochi were in a Sunday supplement's top ten this year, which was so exciting for us!", "S", "exclamation-mark boast")], register="chatty")

em("Nut-free snack bars for the primary schools", "Dear Mrs Adeyemi,", "Many thanks,\nOwen Pryce\nSafeBite Bars",
 [("Thank you for the allergen policy you shared.", "N", "pleasantry"),
  ("Every batch is made in a nut-free site and we send the lab certificate with each delivery, which your catering manager asked for.", "N", "credential the buyer's process requires")],
 [("Your term starts on 4 September, so I've allowed ten days for the first delivery, but do get the order to me quickly because these slots vanish by August.", "H", "prospect's date kept; manufactured urgency clause"),
  ("Just a heads-up that the oat variety has changed supplier, so the label wording differs slightly.", "N", "borderline: one polite just, rule 1")],
 [("Shall I bring samples to the heads' meeting on the 18th, if it's not too much of an imposition and only if you think it might possibly be worthwhile?", "T", "meeting ask kept; permission-seeking + stacked hedges"),
  ("If it helps with the budget, we'd hold the unit price for a two-year agreement.", "N", "concession traded for term, rule 7")], register="warm")

em("Repairing the club's oars", "Hi Gareth,", "Rob\nRowlock Oar Repairs",
 [("Collected the 16 sweeps on Saturday; thanks for having them ready.", "N", "logistics"),
  ("Six have delaminated sleeves and two have cracked looms, so I'd retire those two rather than patch them.", "N", "expert recommendation from inspection")],
 [("You need a full re-sleeve across the fleet and there's nothing to debate.", "H", "borderline: 'you need' after a real inspection, rule 6"),
  ("Regatta is on the 21st, but if the order isn't back from you by tomorrow night, your oars go to the back of the pile.", "H", "prospect's date kept; invented ultimatum")],
 [("The guys in the workshop gave up their bank holiday to strip yours, so a reply is the least they're owed.", "HS", "rule 15: seller's effort as guilt")], register="blunt")

em("Padel courts at the tennis centre", "Dear Mr Lindqvist,", "Regards,\nCarla Montes\nMontes Padel Build",
 [("Thank you for the ground survey.", "N", "pleasantry"),
  ("Your existing tarmac base is level enough to take two panoramic courts without re-laying.", "N", "value tied to prospect"),
  ("At your current booking rates, the two courts would cover their cost in about 26 months.", "N", "quantified value from prospect's data")],
 [("Glass panels are on a 9-week lead from the manufacturer, so a June opening means ordering by late March.", "N", "borderline: real external lead time stated once"),
  ("Could we review the drawings with your committee on the 14th?", "N", "clear next step")], register="formal")

em("Parcel lockers for the halls of residence", "Hi Mo,", "Thanks,\nEsme\nDropBank Lockers",
 [("Attached is the site plan with the four bank positions your estates team marked.", "N", "attachment"),
  ("Students would collect within 24 hours, which clears the porters' lodge of the 600 parcels a week you mentioned.", "N", "value tied to prospect's numbers")],
 [("I know your deadline for proposals is the 30th, but I'm at 92% of target with two weeks left, so getting this signed by Friday would honestly make my year.", "HS", "prospect's date kept; rule 16 seller's target for a date"),
  ("Installation takes four days per bank, and your halls need this before freshers arrive, full stop.", "H", "product detail kept; you-need directive")],
 [("Sorry, this ended up such a long email!", "T", "apologising for length"),
  ("We're backed by a top venture fund and were named Proptech Startup of the Year.", "S", "generic boast: investors, award")], register="chatty")

em("Short-grain rice for the poke bars", "Dear Ms Kealoha,", "Best regards,\nTakumi Ono\nOno Rice Trading",
 [("Thank you for the trial feedback from the Shoreditch bar.", "N", "pleasantry"),
  ("The 2025 crop holds its shape after seasoning for four hours, which answers the sogginess complaints you raised.", "N", "value tied to prospect")],
 [("The 25 kg sacks you asked about are available, but our allocation from the mill will be gone by Monday, and another chain is ready to take your share.", "H", "requested product kept; manufactured scarcity"),
  ("I've already reserved 12 tonnes in your name and will invoice on Monday unless I hear otherwise.", "H", "silence means we go ahead")],
 [("If you could sign this week it would really save me with my regional director.", "HS", "rule 16: favour to seller's standing with a date")], register="formal")

em("Base layers for the refuse crews", "Hi Sandra,", "Regards,\nDerek Whitlow\nWhitlow Workwear",
 [("Thanks for letting me ride along with the Tuesday round.", "N", "pleasantry"),
  ("Merino blend dries on the cab heater between rounds, which matters for your 5am starts.", "N", "value tied to prospect")],
 [("I won't lie, the time I put into that ride-along means I'm pretty disappointed to still be waiting on a decision.", "HS", "rule 15: seller's effort and feelings as guilt"),
  ("I can revise the sizes any time before cutting, but if I don't hear by Wednesday, I'll take the pricing straight to your director of environment.", "H", "offer kept; bypass threat")],
 [("Sizes for all 84 crew are in the attached sheet, as you asked, so perhaps you could have the courtesy to open this one.", "H", "attachment kept; sarcasm/entitlement on prospect's conduct"),
  ("The tracker shows you've opened my quote five times, so you must have something to say about it.", "H", "read-tracking pressure")], register="terse")

em("Underfloor heating for the village hall", "Dear Mr Fairbairn,", "Kind regards,\nHelen Okoro\nOkoro Heating",
 [("Apologies for the slow reply; I was on a job in Caithness without signal, and the figures are below.", "N", "borderline: single courtesy apology with reason, rule 3"),
  ("A screeded wet system over the existing slab adds 60 mm, so the kitchen door would need trimming, although I may well be wrong, I'm probably overthinking it, perhaps you'd know better.", "T", "technical detail kept; stacked hedges + self-abasement")],
 [("I'm so sorry the price is what it is; I feel awful sending it.", "T", "apologising for price, self-abasing"),
  ("Happy to knock off whatever you think is fair if the committee balks.", "T", "name-your-number concession")],
 [("The quote includes the manifold and thermostats for all three rooms, and our firm has fitted over 3,000 systems and holds every accreditation going.", "S", "quote detail kept; generic boast"),
  ("Please let me know whether the 11 July committee meeting is still the date for a decision.", "N", "prospect's own date, plain ask")], register="very deferential")

em("Winter tyres for the community minibuses", "Hi Aled,", "Cheers,\nBethan\nPenmaen Tyres",
 [("Quick note on the quote you asked for on Friday, which I've probably made far too complicated, sorry about that.", "T", "quote kept; self-abasing apology for normal selling"),
  ("Eight minibuses on 3PMSF tyres would keep the hill routes to Cwm Isaf running in the frost, which is where you lost days last year.", "N", "value tied to prospect")],
 [("Whenever you get a spare minute, no stress at all, there's honestly zero urgency.", "T", "permission-begging minimising"),
  ("Sorry again for bothering you on a Monday.", "T", "apology for normal selling")],
 [("The fitting bay is booked for you for Thursday, so it just needs your card to secure it.", "H", "assumptive booking + payment")], register="warm")

em("Panel recruitment for the library survey", "Dear Ms Oduya,", "Kind regards,\nFelix Brand\nMeridian Panels",
 [("Thank you for the brief for the library users' survey.", "N", "pleasantry"),
  ("We would recruit 400 residents weighted by ward, so the non-users your cabinet member asked about are properly represented.", "N", "value tied to prospect"),
  ("The costed method is attached.", "N", "attachment")],
 [("The council's consultation period ends on 19 October, so fieldwork would need to start by 22 September.", "N", "borderline: real external constraint, rule 4"),
  ("Would a call on Monday at 11 suit to agree the questionnaire?", "N", "clear next step")], register="formal")

em("Orange juice for the breakfast rooms", "Hello Jens,", "Best\nAstrid\nSunpress Juices",
 [("Thanks for the tasting notes from your chefs.", "N", "pleasantry"),
  ("Cold-pressed in 5-litre bag-in-box, it keeps 21 days chilled, which fits your twice-weekly delivery, so I've set you up as a standing order from Monday and the direct debit mandate is on its way.", "H", "product detail kept; assumptive payment step"),
  ("My quarter closes on Friday, and my team lead has asked me to get yours in before then.", "HS", "rule 16: quarter and manager as reason for date")],
 [("Frankly, the hotels that are still serving concentrate look cheap next to the ones that moved over to us.", "H", "shaming via competitors"),
  ("The price for 60 boxes a week is €4.10 a box, as you asked, and if it bothers you, I'll just take 15% off.", "T", "requested price kept; unprompted discount")], register="blunt")

em("Pool hoist for the hydro pool", "Dear Mrs Bellamy,", "Yours sincerely,\nPatrick Nwosu\nAquaLift Access",
 [("Thank you for the measurements of the pool surround.", "N", "pleasantry"),
  ("A fixed hoist on the deep-end corner clears your changing-room door and takes users up to 180 kg.", "N", "concrete detail")],
 [("I've taken the liberty of scheduling the installers for the 15th, so please send the purchase order today.", "H", "assumptive booking, demand"),
  ("Your centre needs this hoist; any manager who took disabled access seriously would already have one.", "H", "you-need + shaming")],
 [("It would mean a great deal to me personally to get this one over the line.", "S", "rule 15: seller's stake, no blame or demand"),
  ("Please let me know if any of the measurements look wrong, though my fitters have already been told it's going ahead.", "H", "plain ask kept; assumptive go-ahead before a yes")], register="formal")

em("Revolving stage for the summer season", "Hi Freya,", "Tom Asquith\nTurnstage Hire",
 [("Thanks for the ground plan of the big top.", "N", "pleasantry"),
  ("A 10 m revolve fits inside your ring fence with a metre to spare for the cast exits, though forgive me, I'm sure you've thought of all this already.", "T", "product detail kept; self-abasing approval seeking")],
 [("Honestly, I'm a bit embarrassed to send the hire price, so sorry about that.", "T", "apologising for price"),
  ("We might perhaps be able to possibly look at a slightly lower figure, if that would be alright with you?", "T", "stacked hedges + permission + caving")],
 [("I can ring you on Tuesday to go through the revolve, and let me give you the full tour of our 40-year history and all our West End credits while we're on.", "S", "meeting ask kept; hear-our-story demo ask, rule 9"),
  ("Your get-in is 2 July, so we'd deliver on the 30th.", "N", "prospect's own date")], register="very deferential")

em("Resin-bound drive at the vicarage", "Dear Reverend Akande,", "Yours,\nCallum Stead\nStead Surfacing",
 [("Thank you for showing me the drive.", "N", "pleasantry"),
  ("A permeable resin-bound surface lets the rainwater soak away, so you avoid the drainage consent a tarmac drive would need.", "N", "insight tied to prospect")],
 [("I'm only in your area until the end of next week, so you need to decide by Friday or lose the crew.", "H", "manufactured urgency + ultimatum"),
  ("The quote covers 140 square metres with a 15-year guarantee, and I've knocked 20% off already because I could tell the budget was tight.", "T", "quote detail kept; unprompted discount")],
 [("The deposit link is below, so let's get you locked in today.", "H", "assumptive payment step"),
  ("We're the highest-rated surfacing firm in the county, five stars on every site.", "S", "generic boast")], register="chatty")

em("Scissor lifts for the warehouse fit-out", "Hi Grant,", "Regards,\nLeah Mensah\nUpReach Access Hire",
 [("Following up on the rental schedule you asked for.", "N", "single follow-up line"),
  ("Two 12 m electric scissors will cover the racking heights on your drawing and run a full shift on one charge.", "N", "value tied to prospect"),
  ("Your operators will need IPAF cards before they can use the machines on site.", "N", "technical prerequisite, rule 6")],
 [("If you book both for 12 weeks rather than 8, the weekly rate drops by 10%.", "N", "concession traded for term"),
  ("I can deliver on 3 March, the date your site manager gave.", "N", "prospect's own date")], register="terse")

em("Soft play frame for the family pub", "Dear Ms Haroun,", "Kind regards,\nWinston Obi\nPlaybox Interiors",
 [("It was good to see the old skittle alley space.", "N", "pleasantry"),
  ("A two-tier frame with a toddler zone fits the 9 x 6 m footprint and keeps sightlines clear from the bar.", "N", "value tied to prospect")],
 [("We're an award-winning, ISO-certified, multi-national play company with 600 installations, 14 patents and a royal warrant.", "S", "boast and credential pile"),
  ("Every pub in the chain that has one saw covers jump, so frankly you'd be mad to wait.", "H", "urgency + shaming")],
 [("The 3D render for your area manager is attached, but please do feel free to ignore it if you're busy.", "T", "attachment kept; permission-begging"),
  ("Would you consider writing a short testimonial for our brochure in return for 10% off?", "ST", "borderline: discount for a personal favour, rule 7")], register="formal")

em("Spin bikes for the studio refit", "Hey Lou,", "Dan\nCadence Fitness Supply",
 [("Quick one.", "N", "pleasantry"),
  ("Belt-drive bikes cut your maintenance visits to two a year, which you said was the biggest headache for your center.", "N", "value tied to prospect")],
 [("My commission this month depends on this deal, I'm not going to pretend otherwise.", "S", "rule 16: seller's need, no date"),
  ("You've ignored my last three texts, which isn't great manners.", "H", "guilt on prospect's conduct + multi-channel count")],
 [("Sign by Thursday and I'll throw in a 20% discount.", "HT", "rule 7: discount conditioned on seller's date"),
  ("P.S. I'll keep ringing the studio until I get you on the phone.", "H", "badgering")], register="blunt")

em("Phones for the surgery", "Dear Dr Whitfield,", "Regards,\nAnil Rao\nVoxline Practice Telecoms",
 [("Thank you for letting me sit in on the 8am rush.", "N", "pleasantry"),
  ("Call queuing with a callback option would have saved about 140 of the 380 abandoned calls you logged last Monday.", "N", "quantified from prospect's data"),
  ("Your current contract ends on 30 April, so the number port would need to be requested by 10 April.", "N", "borderline: real external date with reason")],
 [("The practice manager's questions on the data protection side are answered in the attached note.", "N", "attachment"),
  ("Shall I come back on the 22nd to show the reception team the queue screen?", "N", "clear next step")], register="formal")

em("Dugouts for the rugby ground", "Hi Sean,", "Mike\nTouchline Structures",
 [("Measured up both sides on Sunday.", "N", "logistics"),
  ("Polycarbonate fronts keep your replacements dry without blocking the spectators' view, which the committee was worried about.", "N", "value tied to prospect"),
  ("The RFU facilities fund closes to applications on 1 June, so I can send a costed spec for your bid this week.", "N", "borderline: real external deadline, stated once")],
 [("Do you want the 6-seat or the 10-seat version?", "N", "plain question"),
  ("I can be at the club on Tuesday evening after training to go through it.", "N", "next step")], register="terse")

em("Wakeboard sessions for the youth club", "Hi Jade,", "Thanks!\nKofi\nLakeline Cable Park",
 [("Great to hear the group loved the taster.", "N", "pleasantry"),
  ("A 6-week block would get most of the group standing up and riding the straight by week four, and I'll be straight with you, I really need a good month.", "S", "value kept; seller's need with no date, rule 16")],
 [("Aww, I'm just a bit gutted I haven't heard back after I stayed late to run the taster for you.", "HS", "rule 15: seller's effort and feelings as guilt"),
  ("Totally get it if it's a no though, we'll try again next summer!", "T", "pre-emptive release, accepting brush-off")],
 [("I've attached the kit list for parents, and sooo sorry for the double message!", "T", "attachment kept; apologising for follow-up"),
  ("We were voted best cable park in the North three years running!", "S", "exclamation boast")], register="chatty")

em("Meditation cushions for the retreat centre", "Dear Anselm,", "In gratitude,\nMira Solberg\nStillpoint Cushions",
 [("Thank you for the retreat timetable.", "N", "pleasantry"),
  ("Buckwheat-filled zafus hold their shape through the eight daily sittings you described.", "N", "value tied to prospect")],
 [("I must be honest that I have turned away another order to keep stock for you, so I feel rather let down by the silence.", "HS", "rule 15: favour and feelings as guilt"),
  ("The 24 zafus can be dyed in the saffron you chose, but if the order is not in by the new moon, the price will go up and the stock will go elsewhere.", "H", "product detail kept; invented deadline ultimatum")],
 [("Our cushions are stitched by hand in our own workshop, as they have been since my grandmother's time.", "S", "borderline: heritage line, rule 8"),
  ("Please forgive me, I hope I haven't overstepped.", "T", "needing approval")], register="warm")

em("Microfibre mops for the cleaning contract", "Hello Mr Castellano,", "Regards,\nIngrid Solheim\nNordiclean Supplies",
 [("Thank you for the trial report from the Westmoor offices.", "N", "pleasantry"),
  ("Color-coded heads would let your cleaners meet the hospital contract's cross-contamination rule without extra training.", "N", "value tied to prospect's contract")],
 [("I write you again because I still did not receive any answer to my four previous emails.", "H", "counting attempts at prospect"),
  ("You need to place this order this week, otherwise your teams will be running out of heads by the audit.", "H", "you-need directive with pressure")],
 [("I must check with my boss if we can do something on the price and then I come back.", "T", "deferring on discount, rule 12"),
  ("We supply 300 contractors across Scandinavia and are the market leader.", "S", "generic boast")], register="non-native English")

em("Night lights for the family rooms", "Dear Ms Farrant,", "Warm regards,\nRuth Agyei\nGlowworm Lighting",
 [("Thank you for the tour of the family rooms on Thursday.", "N", "pleasantry"),
  ("The amber lamps are under 3 lux, so parents can check on a child without waking them.", "N", "value tied to prospect"),
  ("So sorry to hear the charity shop flooded; we can move the fitting day to suit.", "N", "sympathy, not self-abasement")],
 [("The lamps are wipe-clean to the infection-control standard your nurse lead sent over.", "N", "credential buyer requires"),
  ("Would 24 or 25 November suit for fitting?", "N", "clear next step")], register="warm")

em("Refurbished laptops for the learning centre", "Hi Owen,", "Cheers,\nPip\nRebootWorks",
 [("Got your list of courses for the fall program.", "N", "logistics"),
  ("Forty refurbished i5 laptops with 16 GB would run the spreadsheet and coding courses you listed, at under half the new price, and we've been voted the UK's greenest IT refurbisher two years in a row.", "S", "value kept; generic award boast clause")],
 [("I'm only nudging this up your inbox in case, no worries at all if not.", "T", "just checking in as purpose, minimising"),
  ("I hate to ask, but any chance you could refer me to the other centres in your network?", "S", "referral request for seller")],
 [("The charity grant you mentioned closes on 14 March, and we'll send the spec sheet your bid needs by Friday.", "N", "prospect's named date, plain offer"),
  ("The machines can be imaged with your software by the 10th, and I'll warn you now, if this drags on I'll go straight to your chair of trustees.", "H", "offer kept; bypass threat")], register="chatty")

em("Sous-vide baths for the banqueting kitchen", "Dear Chef Moreau,", "Best regards,\nLukas Brenner\nThermaChef Systems",
 [("Many thanks for the menu for the spring banquets.", "N", "pleasantry"),
  ("Eight 56-litre baths would hold 400 portions of lamb at temperature, so service no longer depends on the pass.", "N", "value tied to prospect")],
 [("Our latest model has Wi-Fi, app control, HACCP logging, eight probes, a touchscreen and a self-clean cycle.", "S", "feature list with no outcome"),
  ("The baths fit under your existing pass, and I'd love to show you the whole range our engineers have been perfecting.", "S", "product detail kept; show-off demo, rule 9")],
 [("The quote you asked for is attached, and please note it expires the moment my sales month ends on Friday.", "HS", "attachment kept; rule 16 seller month as deadline"),
  ("Our 2 April demonstration in Lyon is open if your sous-chef would like to attend, and it would help me hugely with my events target if you came.", "S", "invitation kept; seller's target, no date for a decision, rule 16")], register="formal")

em("Tactile paving for the station forecourt", "Dear Mr Osei,", "Regards,\nHarriet Voss\nTerrastep Paving",
 [("Thank you for the forecourt survey and the access audit findings.", "N", "pleasantry"),
  ("Corduroy blister tiles at the two crossing points would close the three gaps the audit flagged.", "N", "value tied to prospect")],
 [("If I'm honest, I was rather hoping that perhaps we might, if it's not too much trouble, arrange a brief call?", "T", "stacked hedges + permission"),
  ("I'm terribly sorry, I know you must be busy, and I apologise for writing again.", "T", "repeated apologies for following up")],
 [("Only a handful of production batches remain at last year's price, and two other rail operators are circling them.", "H", "scarcity + competitor pressure"),
  ("Could your engineer confirm the kerb heights by the 20th, the date you gave for the design freeze?", "N", "prospect's own date, plain ask")], register="very deferential")

em("Welfare units for the track gangs", "Hi Carys,", "Ta,\nRhodri\nTrackside Welfare",
 [("Thanks for the possession calendar.", "N", "logistics"),
  ("A towable unit with a drying room and generator cuts out the 40-minute round trip to the depot for breaks.", "N", "value tied to prospect")],
 [("I'll need that PO signed off by tomorrow, no excuses.", "H", "first-person ultimatum, no reason, rule 16"),
  ("Units come with weekly servicing and waste removal, and every other contractor on the route has already signed up with us, so don't be the last.", "H", "product detail kept; competitors already bought")],
 [("My area manager keeps asking why this one hasn't closed, and I'm running out of answers.", "S", "rule 16: manager, no date tied"),
  ("Four units could be on site for your first possession on 6 January, and I'll take that as a yes unless you stop me by Friday.", "H", "prospect's date kept; silence means go ahead")], register="blunt")

em("Screens in the surgery waiting room", "Dear Ms Latimer,", "Kind regards,\nGwen Rhys\nWaitwise Media",
 [("Thank you for the call on Wednesday.", "N", "pleasantry"),
  ("Rotating your flu-clinic and repeat-prescription messages on the screen could free the reception desk from the same questions all morning.", "N", "borderline: one mild hedge, rule 2")],
 [("I'm really sorry to trouble you again and I do hope this isn't an imposition.", "T", "apology for normal selling + approval seeking"),
  ("Twelve months of content and the screen come to £1,450, the figure you asked me for, and if the cost is a problem, please just tell me what you could pay.", "T", "requested price kept; name-your-number")],
 [("We're the proud winners of the Digital Signage Innovator award, as featured in three national titles.", "S", "generic boast"),
  ("Could I take ten minutes at your practice meeting on the 12th?", "N", "clear next step")], register="very deferential")

# ---------------------------------------------------------------------
def labels_of(code):
    if code == "N":
        return ["NONE"]
    return [L[c] for c in "HST" if c in code]

emails, sents = [], []
sid = 0
for i, e in enumerate(E, 1):
    eid = "s57e%03d" % i
    curly = (i % 3 == 0)
    fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
    paras = []
    body = []
    for p in e["paras"]:
        ps = []
        for text, code, note in p:
            t = fix(text)
            ps.append(t)
            body.append((t, code, note))
        paras.append(" ".join(ps))
    text = fix(e["sal"]) + "\n\n" + "\n\n".join(paras) + "\n\n" + fix(e["signoff"])
    score = {}
    for lab in ("hard_close", "self_serving", "timidity"):
        carriers = [(c, n) for _, c, n in body if lab in labels_of(c)]
        nb = [1 for c, n in carriers if not n.startswith("borderline:")]
        if not carriers:
            score[lab] = 0
        elif len(carriers) >= 2 and nb:
            score[lab] = 2
        else:
            score[lab] = 1
    emails.append({"email": eid, "subject": fix(e["subject"]), "text": text, "labels": score})
    for t, code, note in body:
        sid += 1
        assert t in text, (eid, t)
        sents.append({"id": "s57-%04d" % sid, "email": eid, "text": t, "labels": labels_of(code), "note": note})
    e["_nfault"] = sum(1 for _, c, _n in body if c != "N")

with open(os.path.join(HERE, "test-emails.jsonl"), "w") as f:
    for o in emails:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "test.jsonl"), "w") as f:
    for o in sents:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
for fn in ("test-emails.jsonl", "test.jsonl"):
    for line in open(os.path.join(HERE, fn)):
        json.loads(line)

n = len(sents)
c = {k: sum(1 for s in sents if k in s["labels"]) for k in ("NONE", "hard_close", "self_serving", "timidity")}
multi = sum(1 for s in sents if len(s["labels"]) > 1)
bl = sum(1 for s in sents if s["note"].startswith("borderline:"))
clean = sum(1 for e in E if e["_nfault"] == 0)
two = sum(1 for e in E if e["_nfault"] >= 2)
per = [len([s for s in sents if s["email"] == m["email"]]) for m in emails]
print("emails", len(emails), "sentences", n, "per-email", min(per), max(per))
print("NONE %d (%.1f%%)" % (c["NONE"], 100 * c["NONE"] / n), "hard_close", c["hard_close"], "self_serving", c["self_serving"], "timidity", c["timidity"])
print("multi", multi, "borderline", bl, "clean", clean, "2+faulty", two)
lvl = {k: [sum(1 for m in emails if m["labels"][k] == v) for v in (0, 1, 2)] for k in ("hard_close", "self_serving", "timidity")}
print("email-level 0/1/2", lvl)
