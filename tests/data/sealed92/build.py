#!/usr/bin/env python3
"""Build sealed92: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("marble floor polishing for the hartfield register office", "formal",
  "Marble floor in the main ceremony room", "Dear Ms Okafor,", "Yours sincerely,\nGraham Pell\nPell Stoneworks",
  [("N", "Thank you for showing me the ceremony room on Tuesday.", "pleasantry"),
   ("N", "The dull patches you pointed out run exactly along the route guests walk from the door to the registrar's table, which is why they look worse than the corners.", "insight tied to the prospect's room")],
  [("S", "The sample of the sealer you asked about is in the post, and it is the very one we used on the two cathedrals and the royal residence that made our name.", "requested sample plus boast about famous past clients"),
   ("H", "The quote for the honing and resealing you requested is attached, and I have taken the liberty of pencilling our crew in for the 14th, so the deposit invoice will follow tomorrow.", "requested quote plus assumptive booking and invoice before any yes"),
   ("S", "A start on the 14th would also let us photograph the finished room for our new brochure.", "start date plus the seller's own brochure as the benefit"),
   ("H", "I trust you would not wish to be the one register office still showing scuffed marble in every couple's wedding album.", "shaming the prospect")],
  [("N", "Would a short call on Monday at 11 suit you to agree the closure arrangements for the room?", "clear next step with a date")])

# 2
email("mountain bike trail building for the coldwell forest park", "chatty",
  "Red route rebuild - thoughts after the walk", "Hey Danny,", "Cheers,\nMo",
  [("N", "Great to finally ride the red route with you and the rangers last week.", "pleasantry"),
   ("N", "The braking bumps on the lower switchbacks are mostly a drainage problem, so I'd armour those three corners with stone before we touch the jumps.", "insight and recommendation")],
  [("S", "We were the first trail crew in the north to get ISO 14001, which I'm pretty proud of.", "credential boast with no link to his trails"),
   ("T", "My corner-by-corner notes are in the attached PDF, though I'm honestly no expert next to your rangers, so do tell me if I've got the whole thing backwards.", "survey notes plus self-abasement"),
   ("T", "I've put the costings in the sheet you asked for, and I'm really sorry the total came out higher than I'd hoped.", "requested costings plus apology for the price"),
   ("T", "The build itself would take three weeks in October, and if the price is a stretch I could probably shave a fair bit off the labour line, whatever works for you really.", "build schedule plus unprompted discount")],
  [("T", "Ping me if you want the drainage plan as a separate drawing, and I hope none of this comes across as me overstepping.", "offer of a drawing plus approval-seeking")])

# 3
email("maize maze design and seed for the linwood farm attraction", "blunt",
  "Maize maze - seed order", "Rob,", "Phil",
  [("N", "Your drilling window for the maze is the last week of May, per your own plan.", "the prospect's own date"),
   ("N", "Seed is 48 bags at 62 pounds a bag, delivered to the yard.", "plain price and logistics")],
  [("H", "That's the seed quote you asked for, and I'll treat it as approved unless I hear otherwise by Thursday.", "requested quote plus silence-means-yes"),
   ("H", "This variety germinated at 96% in last year's trials, and every farm attraction within forty miles has already signed up with us this season, so you'd be the odd one out.", "product detail plus peers already switched as shaming"),
   ("HS", "I've redrawn the maze design four times for you without charging a penny, so I think I've earned a straight answer by now.", "guilt resting on the seller's unpaid work")])

# 4 (clean)
email("mobile library van conversion for the eskdale county libraries", "formal",
  "Conversion specification for the Eskdale mobile library", "Dear Mr Halloran,", "Kind regards,\nSiobhan Reid\nFleetwise Conversions",
  [("N", "Thank you for sending the route map and the list of stops the van serves each fortnight.", "pleasantry"),
   ("N", "Because eleven of your stops have no level ground, I'd recommend a rear tail-lift rather than a side ramp, and the attached drawing shows both for comparison.", "expert recommendation with evidence")],
  [("N", "DVSA test slots for modified vehicles in your region are currently running at about seven weeks, so we would need the chassis by 3 March to have it back on the road for your April timetable.", "borderline: real external lead time stated once with the reason"),
   ("N", "Your own figures show the Tuesday route loses roughly forty minutes to boarding at the current step, which the lift should remove.", "figures from the prospect's own data"),
   ("N", "Could we meet at the depot on the 12th to confirm shelving heights with your drivers?", "clear next step with a date")])

# 5
email("milking robot servicing for the brackenhurst dairy", "non-native English",
  "Service contract for your milking robots", "Hello Mrs Ward,", "Best regards,\nJan de Vries",
  [("N", "Thank you for the meeting at your farm on Wednesday, it was very interesting to see the two robots working.", "pleasantry"),
   ("T", "Here is the price list you ask for, and I am sorry to write you again so soon, I hope it is not a problem for you.", "requested price list plus apology for writing again and approval-seeking")],
  [("S", "Our company is number one for service of milking robots in whole Europe and we win the prize for best service partner three years in a row.", "boast and award"),
   ("S", "We have 24-hour hotline, laser calibration, software update, liner change, vacuum test, cleaning test, online report and also many other services.", "feature list with no link to her farm"),
   ("N", "From your own data, robot two has 9% more failed attachments than robot one, and this is typical sign that the laser needs calibration.", "insight from the prospect's data")],
  [("HT", "I send you the contract for your two robots, and if you sign before the end of this month I give you 15% less on the price.", "contract plus discount tied to the seller's date"),
   ("N", "Please tell me which day is good for the first visit.", "plain ask")])

# 6
email("model railway layout for the stanton transport museum", "very deferential",
  "Layout proposal - with apologies", "Dear Dr Ambrose,", "With my most humble thanks,\nPeter Colley",
  [("T", "I'm so terribly sorry to intrude on your week yet again.", "over-apologising for writing"),
   ("T", "I have attached the layout drawings you requested, though I do hope they aren't too much of a disappointment.", "requested drawings plus approval-seeking")],
  [("N", "The drawing puts the branch line at child eye level, 90 cm from the floor, since your visitor survey showed most of your Saturday visitors are families.", "design tied to the prospect's own survey"),
   ("S", "Our workshop has built layouts for museums in four countries and has twice taken the gold medal at the Model Engineer exhibition.", "generic boast and award"),
   ("N", "The whole layout fits inside the 6 metre bay you measured.", "logistics")],
  [("T", "I wondered whether it might perhaps be possible, should you possibly have a spare moment at some stage, to glance over them before your trustees meet on the 9th?", "review before the prospect's own meeting plus stacked hedges"),
   ("T", "Please don't feel in the least obliged to reply, and do forgive me for writing at such length.", "permission to ignore and apology for length")])

# 7
email("motorised blinds for the tidemill conference centre", "blunt",
  "Blinds for Suite B", "Karen,", "Dave",
  [("N", "Suite B faces south-west, so the afternoon glare you mentioned lands right on the projector screen from 2pm.", "insight tied to the prospect's room"),
   ("H", "The blackout fabric takes that glare to nothing, and your delegates can't sit through another season squinting at that screen, so this has to happen now.", "product detail plus directive telling the prospect what they need"),
   ("S", "We're the only installer in the county with a Somfy gold partnership, and frankly nobody else comes close.", "generic boast")],
  [("H", "The quote for the eight windows is attached and I've provisionally booked your fitting for the 9th, so send the signed form back with the deposit transfer today.", "requested quote plus assumptive booking and payment"),
   ("HT", "Confirm by tomorrow lunchtime and I'll throw the remote handsets in free, otherwise it's full whack.", "concession tied to the seller's date"),
   ("S", "This would be my biggest install of the year, so I'm keen to get it over the line.", "the seller's own stake, no date")])

# 8
email("magnetic whiteboards for the corley academy trust", "warm",
  "Whiteboards for the new science block", "Hi Priya,", "Warmly,\nBeth",
  [("N", "I hope the opening of the new science block went brilliantly on Friday.", "pleasantry"),
   ("T", "Sorry, I know I've already emailed you twice this week!", "apology for following up")],
  [("S", "I've attached the quote for the 24 boards your heads of department asked for, and honestly I'm so excited about this one, it's the coolest project I've had all year!", "requested quote plus the rep's own excitement"),
   ("N", "The low-glare surface on the lab boards means students at the back benches can read them under the strip lights.", "value tied to the prospect")],
  [("ST", "I'm a little behind on my numbers this term, so I'd be ever so grateful if you could find a way to pick us.", "pleading for the seller's own target"),
   ("S", "Installation would take two days over the half-term you mentioned, and afterwards we'd love to put the Corley crest on our website as a client.", "install dates plus logo favour for the seller"),
   ("N", "Shall I hold those two days in the diary while the trust reviews the quote?", "plain ask")])

# 9 (clean)
email("nest boxes for the harrowdene woodland trust", "chatty",
  "Nest boxes for the north wood", "Hi Lorna,", "All the best,\nOwen",
  [("N", "Thanks for the tour of the north wood on Saturday, the bluebells were something else.", "pleasantry"),
   ("N", "Going by your volunteers' survey, I'd put most of the 60 boxes along the oak edge where you logged the blue tits, with 32mm holes to keep the sparrows out.", "recommendation from the prospect's own data")],
  [("N", "Our timber merchant has told us the FSC larch price rises on 1 February because their import costs are going up, so the attached quote holds until then.", "borderline: price expiry stated once with its reason, no urgency words"),
   ("N", "Your nesting season starts in mid-March, so the boxes need to be up by the end of February to give the birds time to prospect them.", "a real seasonal constraint, technical need"),
   ("N", "Would Thursday the 18th work for delivery to your yard?", "clear next step with a date")])

# 10
email("nightclub door supervision for the velvet rooms", "terse",
  "Door team from the 1st", "Marcus,", "Lee",
  [("N", "Weekend cover is four SIA badge holders, 10pm to 4am, at 22 pounds an hour each.", "plain price"),
   ("S", "We run the doors at the top three venues in the city.", "generic boast"),
   ("H", "Two bars on your street dithered over door cover last year and lost their late licence, so don't be the third.", "fear and shaming to force a decision"),
   ("HT", "Sign by Thursday and I'll waive the first month's fee, after that it's gone.", "discount tied to the seller's date"),
   ("H", "The contract is attached, and you'll be hearing from me on the phone daily until it comes back signed.", "contract plus badgering"),
   ("H", "If that doesn't work, your owner will be getting a visit from me instead.", "bypass threat")])

# 11
email("nursery cots for the little wrens day nursery", "warm",
  "Cots for the baby room", "Hi Jess,", "Take care,\nAmira",
  [("N", "So sorry to hear about the flooding in the baby room last week, I hope everyone's alright.", "sympathy"),
   ("N", "The twelve stacking cots on the quote fit the 4 by 5 metre room you described, with the 90cm walkway between rows that your inspection requires.", "logistics tied to the prospect's requirement")],
  [("S", "We're a family firm that's been making cots in Yorkshire since 1952.", "borderline: heritage line"),
   ("T", "I've held the price at 139 pounds a cot as you asked, and honestly if that's still too much I'm happy to drop it further, just say the word.", "requested price plus unprompted further discount"),
   ("T", "Sorry for rambling on, I know you've got far more important things on your plate.", "apology for length and self-minimising")],
  [("N", "Shall I bring a sample cot round on Monday morning so your staff can try the side release?", "clear next step with a date")])

# 12
email("needlepoint kneeler restoration for st anne's church", "very deferential",
  "The kneelers", "Dear Reverend Hollis,", "With every good wish,\nMargaret Tull",
  [("T", "Please forgive me for troubling you once more, I'm sure I'm the last person you wish to hear from.", "self-abasing apology"),
   ("N", "I've now looked at all forty kneelers, and the wool has worn through on about a dozen where the backing canvas is still sound.", "findings tied to the prospect")],
  [("T", "My estimate is enclosed, and should the figure be too much I would be only too happy for the parish to pay whatever it feels is fair.", "enclosed estimate plus asking the buyer to name the price"),
   ("ST", "This commission would mean a great deal to me personally, and I'd be so grateful for any little piece of work you could send my way.", "pleading for the seller's own sake"),
   ("N", "The dozen worst could be finished before Easter if the parish decides at the PCC meeting on the 4th, as you suggested.", "the prospect's own date")])

# 13
email("nail gun servicing for the ashburn roofing crews", "blunt",
  "Nail guns - service quote", "Steve,", "Cheers,\nTony",
  [("N", "You told me three of your coil guns jammed on the Fenwick job last month.", "the prospect's own report"),
   ("N", "That's almost always worn driver blades, which we swap on the day.", "insight")],
  [("H", "Price is 45 pounds a gun, collected and back within 48 hours, and your lads need this sorted before somebody loses a finger.", "plain price plus directive with fear"),
   ("S", "We lend you spare guns while yours are in, and we've been voted trade supplier of the year twice, with half the roofers in the north-east on our books.", "loan-gun offer plus award and boast"),
   ("HS", "My target for the month is still a couple of jobs short, so I need your order in by Friday.", "the seller's target as the reason for a Friday deadline"),
   ("H", "If I've not heard by then, I'll be turning up at your yard on Saturday morning to get an answer.", "turning up uninvited")])

# 14 (clean)
email("nordic walking poles for the silverdale health walks group", "warm",
  "Poles for the Tuesday walkers", "Hi Carol,", "Warm regards,\nNadia",
  [("N", "It was lovely meeting your Tuesday group at the lakeside and hearing how far some of them have come since spring.", "pleasantry"),
   ("N", "Since several of your walkers mentioned sore wrists, I'd suggest the poles with the angled grip and the padded strap; both options are in the attached quote.", "recommendation tied to the prospect's walkers"),
   ("N", "The color-coded tips make it easy for your volunteers to organize the loan poles by height.", "value for the prospect's volunteers")],
  [("N", "Does Wednesday afternoon work for me to drop off two sample pairs for the group to try?", "clear next step with a day")])

# 15
email("office coffee machines for the pennant insurance brokers", "chatty",
  "Coffee on the 3rd floor", "Hi Sam,", "Cheers,\nRita",
  [("T", "I'm only dropping a line to see where things stand with the coffee machines, nothing more.", "just-checking-in variant as the purpose of the email"),
   ("T", "The bean-to-cup option came in a bit above the budget you gave me, so I'm really sorry about that.", "budget reference plus apology for the price")],
  [("N", "With 80 staff on the floor, the machine you trialled would pay for itself in about seven months against the pod costs you showed me.", "value from the prospect's own figures"),
   ("S", "Installation is free with the lease, and a sale this size would make my month, so fingers crossed!", "installation detail plus the seller's stake, no date"),
   ("T", "But honestly, if you'd rather stick with the pods, that's absolutely fine by me, you owe me nothing!", "pre-emptively releasing the prospect"),
   ("N", "I can bring the trial machine back on Thursday if your team wants another week with it.", "logistics offer")])

# 16
email("outdoor classroom canopy for the fernhill primary school", "formal",
  "Outdoor classroom canopy - revised proposal", "Dear Mrs Whitaker,", "Yours sincerely,\nAndrew Lyle",
  [("N", "Thank you for passing on the governors' feedback on our first proposal.", "pleasantry"),
   ("N", "The revised design widens the canopy to 8 metres, so a full class of 30 can sit under it with the whiteboard facing away from the afternoon sun.", "value tied to the prospect's feedback")],
  [("S", "We were named Education Supplier of the Year at the national schools show, and our canopies now stand at over three hundred schools.", "award and generic boast"),
   ("H", "The revised price of 18,400 pounds is enclosed, and I must stress that it is withdrawn at 5pm on Friday, after which I can guarantee nothing.", "revised price plus invented expiry"),
   ("HS", "Frankly, I have gone out on a limb with my directors to hold this price for you, and I would feel badly let down to see that ignored.", "guilt resting on the seller's standing")],
  [("S", "I would also be grateful if the school could provide a testimonial for our website once the canopy is up, and I am available to present the design to the governors on the 23rd.", "presentation date plus testimonial favour for the seller")])

# 17
email("occupational therapy assessments for the brightwater housing trust", "formal",
  "OT assessments for your adapted homes", "Dear Ms Carrick,", "Yours sincerely,\nDr Helen Marsh",
  [("N", "Thank you for sharing the list of 46 tenants awaiting an adaptation assessment.", "pleasantry"),
   ("N", "Your own figures show the median wait is now 19 weeks, which is where most of the complaints to your board come from.", "figures from the prospect's own data")],
  [("H", "Every week this waits costs the trust roughly 2,300 pounds in temporary care packages, so holding off any longer would be a false economy.", "borderline: cost of delay used to push, plausible figure"),
   ("S", "Each assessment comes with a written report your housing officers can act on, and our practice is accredited by every major professional body and has been operating for over thirty years.", "report detail plus credentials and years in business as a boast"),
   ("H", "I can send two therapists from the 2nd, each completing four assessments a day, and I would expect your purchase order by the end of next week.", "availability plus a first-person ultimatum"),
   ("H", "I'd have thought a trust that takes tenant safety seriously would have moved on this already.", "shaming the prospect")])

# 18
email("orienteering maps for the kelder harriers", "terse",
  "Map update", "Hi Gail,", "Ken",
  [("N", "Survey of the east block is done; the new fence lines and the fallen beeches are on the draft.", "logistics"),
   ("T", "Sorry to keep pestering you about this.", "apology for following up"),
   ("S", "The map uses the ISOM 2017 symbols your controllers asked for, the same ones we used when we mapped for the British championships twice, as you'll probably know.", "requested map standard plus boast"),
   ("T", "The fee's in the attachment, but if it's an issue I'll happily do it for whatever the club can spare.", "fee plus asking the buyer to name the number"),
   ("T", "Final files could be with you by the 10th, in time for your league event on the 20th, if that's alright with you and not too much bother?", "delivery date for the prospect's event plus permission-seeking")])

# 19 (clean)
email("organic fertiliser supply for the greenfold market garden", "blunt",
  "Fertiliser for the polytunnels", "Hi Arjun,", "Rhys",
  [("N", "Your soil report shows potassium well below what your tomatoes will want by July.", "insight from the prospect's data"),
   ("N", "I'd go for the seaweed-based pellet over the chicken manure blend, because your tunnels already run high in nitrogen.", "confident recommendation with reason"),
   ("N", "Price is 410 pounds a tonne, and two tonnes covers all six tunnels for the season.", "plain price"),
   ("N", "I'll drop the order form off on Friday when I'm passing; tell me then if you want it.", "clear next step")])

# 20
email("oriel window repair for the deanery guest house", "non-native English",
  "Repair of oriel window", "Dear Mrs Pennington,", "Best regards,\nTomasz Nowak",
  [("N", "Thank you for letting me to see the oriel window on Monday.", "pleasantry"),
   ("N", "The lower rail is rotten in two places, but the glass and the upper frame are in good condition, so I suggest to repair and not replace.", "expert recommendation with evidence")],
  [("S", "My workshop have restored windows for many famous buildings and we are very well known in all the country.", "generic boast"),
   ("H", "I can use oak from the same mill as the original, and other hotels in the town already ask me for this work, so you should not wait.", "product detail plus peers used as pressure"),
   ("T", "The price is 2,850 pounds as in the attached paper, but I am very sorry that it is so expensive, and maybe I can make it cheaper if you want.", "quoted price plus apology and unprompted discount"),
   ("H", "You must decide this week, because after this I am not sure I can help you anymore.", "ultimatum with invented deadline")],
  [("N", "I can start after the conservation officer gives approval.", "logistics")])

# 21
email("poultry housing for the greenacre free-range farm", "chatty",
  "Hen houses - quick one", "Morning Bill,", "Cheers,\nGeoff",
  [("N", "Good to catch up at the market on Saturday.", "pleasantry"),
   ("S", "Our new mobile houses are honestly the best thing we've ever built: solar pop-holes, auto-feeders, perches, roll-away nests, egg belts, the lot.", "the rep's excitement and a feature list"),
   ("N", "Your flock of 4,000 would need two of the large units to stay inside the stocking limit for free-range.", "technical need")],
  [("HS", "I've spent the best part of three weekends drawing up your layout, so I'd hoped for a bit more than silence.", "guilt resting on the seller's effort"),
   ("H", "Most of the free-range lads round here switched to our houses last spring, so you're a bit behind the times.", "peers already switched, used as shaming"),
   ("H", "The quote for the two units is attached and I've put you down for March delivery, so the deposit invoice goes out Monday.", "quote plus assumptive order and invoice")])

# 22
email("pool table recovering for the railway club snooker room", "terse",
  "Re: table cloths", "Hi Ray,", "Cheers,\nNorm",
  [("N", "Both tables recovered in the green West of England cloth, 390 pounds each including cushion rubbers.", "plain price"),
   ("S", "We've recovered tables for three world champions, mind.", "generic boast"),
   ("T", "Sorry to chase, I know it's a bore.", "apology for following up"),
   ("T", "I can fit them in the week before your league starts, but happy to wait as long as you like, honestly, no hurry this end.", "slot before the prospect's league plus minimising")])

# 23
email("pressure sensor mats for the ashlea dementia unit", "formal",
  "Falls prevention mats for the Ashlea unit", "Dear Matron Fielding,", "With kind regards,\nClaire Benton",
  [("N", "Thank you for letting me observe the night shift handover last week.", "pleasantry"),
   ("N", "Your incident log shows nine of this year's twelve falls happened between 2am and 5am, when residents stood up unassisted.", "figures from the prospect's own data"),
   ("N", "The wireless mats would alert the night staff's pagers within two seconds of a resident standing, without the cables your team said they trip over.", "value tied to the prospect")],
  [("S", "I've attached the quote for the twelve mats you asked about, along with our brochure covering our complete range of 140 care products.", "requested quote plus a dump of the whole product range"),
   ("S", "The mats carry a two-year warranty, and our company was recently ranked among the fastest-growing care technology firms in Britain.", "warranty detail plus ranking boast"),
   ("H", "I'm afraid a unit like yours simply cannot go another winter without these, and I'll be raising it with your regional director on Monday if we haven't agreed a trial by then.", "directive, then a bypass threat"),
   ("N", "Could we arrange a trial on one corridor from the 6th?", "clear next step with a date")])

# 24 (clean)
email("projector lamps for the starlight community cinema", "chatty",
  "Lamps for the Saturday screenings", "Hi Tess,", "Best,\nJoel",
  [("N", "Thanks for sending over the model number of your projector, that saved me a lot of digging.", "pleasantry"),
   ("N", "Your lamp has logged 2,900 of its rated 3,000 hours, so it's likely to dim noticeably before your holiday program starts.", "insight from the prospect's data")],
  [("N", "Sorry for the slow reply, I was at a trade fair all week; the replacement lamp is in stock at $289.", "borderline: single courtesy apology for a real delay, with the reason"),
   ("N", "If you order by Wednesday, it'll arrive in time to swap it before your Friday matinee.", "logistics tied to the prospect's date"),
   ("N", "Let me know if you'd like me to show your volunteers how to reset the lamp counter.", "offer of help")])

# 25
email("punch bag supply for the ironside boxing gym", "blunt",
  "Bags", "Kev,", "Mick",
  [("N", "The 6ft leather bags you asked about are 165 pounds each, or 150 each if you take ten or more.", "price with a volume concession traded for value"),
   ("H", "They're the 40kg ones with the double-stitched chains you liked, and stock like this doesn't hang around, so I wouldn't sit on it if I were you.", "product detail plus scarcity without a date"),
   ("H", "Every gym in the city has upgraded by now; yours are the last of the old canvas bags I've seen.", "peers already switched, shaming"),
   ("HS", "I talked my boss into that volume price for you personally, so I'd be pretty gutted if you walked away from it.", "guilt resting on the seller's standing and feelings")])

# 26
email("potato grading machine for the fenmoor growers", "formal",
  "Grader proposal for the Fenmoor store", "Dear Mr Osborne,", "Yours faithfully,\nMartin Greaves",
  [("N", "Thank you for the tour of the store and for the grading figures from last season.", "pleasantry"),
   ("N", "Your figures show around 7% of the baker grade being downgraded for sizing errors, which at last year's contract price is roughly 38,000 pounds.", "figures from the prospect's own data"),
   ("N", "The optical grader would bring that under 1%, based on the trial we ran on your Maris Pipers.", "value tied to the prospect's trial")],
  [("S", "We have installed graders on four continents and count three of the largest supermarket suppliers among our customers.", "generic boast"),
   ("H", "A business of your size really ought to be embarrassed to be losing that sort of money to a machine from the nineties.", "shaming the prospect"),
   ("HST", "If you confirm by the 30th, I can take 10% off, as that is when my regional target closes.", "discount tied to the seller's date, reason is the seller's target"),
   ("N", "I would be glad to bring our engineer over on the 14th to measure the conveyor run.", "clear next step with a date")])

# 27
email("pedalo fleet refurbishment for the mereside boating lake", "warm",
  "Swan pedalos before the summer", "Hi Fiona,", "Warmly,\nCath",
  [("N", "Lovely to see the lake so busy on Sunday, even in the drizzle.", "pleasantry"),
   ("N", "Four of your swans have gelcoat cracks below the waterline, which is where the water in the hulls is coming from.", "insight")],
  [("ST", "Between you and me, my manager's been on at me about my numbers, so getting your fleet would really save my bacon.", "pleading for the seller's own sake"),
   ("T", "I've attached the refurbishment plan, and I do hope I haven't overstepped by suggesting the full respray.", "attached plan plus approval-seeking"),
   ("S", "Would you mind leaving us a review online as well, it really helps us get noticed?", "review favour for the seller")],
  [("T", "The work would take three weeks and have the boats back on the water before your May half-term, but take all the time in the world deciding, there's no hurry on my side.", "schedule tied to the prospect's date plus minimising"),
   ("N", "Do you want me to come out on Tuesday to mark up the cracks with your boat hand?", "clear next step")])

# 28
email("pendant lighting for the copperfield gastropub", "chatty",
  "Lights over the bar", "Hey Jamie,", "Cheers,\nLuis",
  [("N", "Great chatting on Tuesday about the new look for the bar.", "pleasantry"),
   ("N", "The smoked-glass pendants at 2700K would warm up the bar without the glare your regulars complained about.", "value tied to the prospect")],
  [("S", "Our designs were featured in four magazines this year, and we just picked up another design award in Milan!", "awards and press boast"),
   ("S", "I can bring two sample pendants round on Friday and take you through our entire catalog while I'm there, there are over 300 fixtures and I love every one of them.", "sample visit plus whole-catalog tour and the seller's enthusiasm"),
   ("H", "The quote for the six pendants is attached, and since two other pubs are eyeing the same batch, you'll want to grab them today.", "requested quote plus invented rival buyers"),
   ("HS", "My manager has set me a target of two pubs this month, so I'd love your order by the weekend.", "the manager's target as the reason for a weekend deadline"),
   ("H", "Honestly, your bar is crying out for these, there's no two ways about it.", "telling the prospect what they need")],
  [("N", "Installation takes one morning, before you open at noon.", "logistics")])

# 29 (clean)
email("quilt restoration for the heyworth textile museum", "formal",
  "Conservation proposal for the Heyworth wedding quilt", "Dear Ms Achebe,", "Yours sincerely,\nDr Elinor Vance",
  [("N", "Thank you for allowing me to examine the 1840s wedding quilt in your store last Thursday.", "pleasantry"),
   ("N", "The silk patches along the border are shattering, and I would recommend stabilising them under crepeline rather than replacing them, which keeps the original fabrics in your collection.", "expert recommendation with evidence")],
  [("N", "The Heritage Fund's small grants round closes on 15 April, and I have written the proposal so that it can go in with your application.", "borderline: real external deadline stated once, neutrally"),
   ("N", "The work would take about ten weeks in our studio, with humidity-controlled transport both ways.", "logistics"),
   ("N", "Would it help if I joined your trustees' meeting on the 2nd to answer their questions about the treatment?", "clear next step with a date")])

# 30
email("quayside bollard painting for the whitby harbour board", "blunt",
  "Bollard painting - decision needed", "Mr Brannigan,", "Regards,\nDes Harker",
  [("H", "I've now written to you four times about the bollards, and I'm beginning to wonder whether anyone at the harbour board reads its post.", "counting attempts at the prospect, with sarcasm"),
   ("H", "Our mail system tells me my last message was opened three times.", "read-receipt guilt")],
  [("N", "The 64 bollards on the fish quay would be blasted and coated in a two-pack marine epoxy at 95 pounds each.", "plain price"),
   ("HS", "I gave up two Sundays to survey your quay at low tide, and I think that deserves better than stony silence.", "guilt resting on the seller's effort"),
   ("H", "Failing a response by Friday, I'll be raising this with your chairman.", "bypass threat with a deadline")])

# 31
email("quarterly fire alarm testing for the beckside student flats", "warm",
  "Fire alarm testing for Beckside", "Hi Lauren,", "Best wishes,\nSunil",
  [("N", "Thanks for the walk round the Beckside blocks yesterday.", "pleasantry"),
   ("N", "BS 5839 asks for a weekly call-point test and a six-monthly service at minimum, and with 400 students I'd recommend quarterly visits to keep the false alarms down.", "technical requirement and expert recommendation"),
   ("N", "Your log shows 23 false alarms last term, mostly from the kitchens on floors three and four, which heat detectors there would largely stop.", "figures from the prospect's own data")],
  [("T", "Sorry if that sounded a bit preachy, I really didn't mean to tell you how to run your buildings.", "apology for normal selling"),
   ("S", "Our engineers hold the BAFE certificate your insurer asks for, and we're the largest independent fire safety firm in the north, with over 25 years behind us.", "certificate the insurer requires plus generic boast and years in business"),
   ("T", "The quarterly contract is 2,160 pounds a year, though I'm sure I could sweeten that if you felt it was on the high side.", "contract price plus unprompted concession")],
  [("T", "Could we perhaps maybe book the first visit for the week of the 8th, if that's not too much of an imposition?", "visit ask plus stacked hedges and permission-seeking")])

# 32
email("quoting software for the dunmore joinery workshop", "chatty",
  "Quoting app trial", "Hi Gareth,", "Cheers,\nEmma",
  [("N", "Hope the kitchen job in Alnwick went well.", "pleasantry"),
   ("N", "In the trial, your team cut the time on a typical staircase quote from about two hours to twenty minutes.", "value from the prospect's trial")],
  [("S", "The next update adds the stair-string calculator you asked for, and we've just closed a big funding round with two venture capital firms, so the app's only going to get bigger and better.", "requested feature plus investor boast"),
   ("HS", "The annual licence is 1,140 pounds as discussed, and I need it signed before the 31st because that's when my commission period resets.", "agreed licence fee plus the seller's commission period as the deadline reason"),
   ("H", "Your estimators can't keep pricing jobs on the back of an envelope, so let's just get this done.", "directive telling the prospect what they need"),
   ("S", "I'll send the login for your second estimator today, and if you could point a couple of other joiners our way I'd really appreciate it.", "login logistics plus referral favour")],
  [("T", "Sorry this email's a bit long-winded!", "apology for length")])

# 33 (clean)
email("riding arena lighting for the ashgrove equestrian centre", "formal",
  "Floodlighting for the outdoor arena", "Dear Mrs Lacey,", "Yours sincerely,\nRichard Amos",
  [("N", "Thank you for the arena plan and for marking where your neighbours' windows are.", "pleasantry"),
   ("N", "Asymmetric LED floods on six columns would light the arena evenly to 200 lux without spilling onto the houses to the east.", "value tied to the prospect's site")],
  [("N", "Your council requires planning consent for columns above four metres and is currently taking about eight weeks to decide, so an application in January would have the lights up before your spring evening lessons.", "borderline: permit lead time stated once with the reason"),
   ("N", "I'd be glad to prepare the lighting plan the council will ask for.", "offer that serves the prospect"),
   ("N", "Does Friday at 2pm suit for a site visit with your yard manager?", "clear next step with a date")])

# 34
email("reclaimed brick supply for the tannery lane housing scheme", "blunt",
  "Reclaimed brick, 40,000", "Hi Jo,", "Craig",
  [("N", "The planning condition on your scheme asks for a brick to match the old tannery, and the Victorian reds we've got are a near exact match.", "value tied to the prospect's planning condition"),
   ("S", "We deliver on our own crane flatbed, and we're the biggest reclamation yard north of the Trent, as everyone in the trade knows.", "delivery detail plus generic boast"),
   ("H", "Bricks like these are getting scarcer by the month, and once this batch goes there won't be another.", "scarcity without a date")],
  [("H", "I've priced the 40,000 you need at 95p a brick, and I'll start palletising on Monday on the understanding that you're going ahead.", "requested price plus assumptive go-ahead"),
   ("HT", "Confirm today and I'll drop the delivery charge, but that's only good until five.", "concession tied to the seller's date"),
   ("N", "Samples are at the yard if your conservation officer wants to see them.", "logistics")])

# 35
email("refuse chute cleaning for the marlowe tower flats", "very deferential",
  "Chute cleaning - a small suggestion", "Dear Mr Adeyemi,", "With many thanks,\nGrace Ofori",
  [("T", "I do hope you'll excuse yet another email from me, I realise I must be becoming quite a nuisance.", "self-abasing apology for following up"),
   ("N", "Your residents' complaints about the smell on floors 10 to 14 match what we usually find when a chute hasn't been washed down in over a year.", "insight tied to the prospect's complaints")],
  [("T", "Might it be at all possible, if it wasn't too inconvenient, that we could perhaps arrange a trial clean of the chute on a weekday morning?", "trial ask plus stacked hedges"),
   ("N", "A quarterly clean could potentially help keep the smell from coming back.", "borderline: one mild hedge"),
   ("ST", "It would honestly mean the world to me to have Marlowe Tower on our books.", "pleading for the seller's own sake"),
   ("T", "Of course, if you decide against it, I completely understand and won't trouble you again.", "giving up at once")])

# 36
email("radio handsets for the broadmead shopping centre security team", "formal",
  "Radio handsets - next steps", "Dear Mr Kowalczyk,", "Yours sincerely,\nElaine Foster",
  [("N", "Following up on your question about coverage in the underground car park, I've attached the signal survey from Tuesday.", "single follow-up that adds something"),
   ("N", "The survey shows two dead spots on level -2, which a single repeater by the lift core would cover.", "insight tied to the prospect's site")],
  [("S", "The handsets are IP67 rated for the rain on your roof patrols, and as you may know they're carried by more security teams than any other brand in the country.", "product detail plus generic boast"),
   ("HS", "The twenty handsets and the repeater come to 9,860 pounds with licences included, and my director has asked me to have the order confirmed before our financial year ends on the 28th.", "requested price plus the seller's director and year end as the deadline"),
   ("H", "I can attend your committee on the 20th if they would like to see the survey, though frankly I can't see what there is left for them to discuss.", "offer to attend plus overriding the prospect's own process")])

# 37
email("retractable seating for the arden sports hall", "chatty",
  "Seating for the hall", "Hi Tom,", "Cheers,\nAnita",
  [("N", "Thanks for sending the hall dimensions.", "pleasantry"),
   ("N", "A 4-row retractable unit along the east wall would seat 180 and still leave the full badminton markings clear when it's closed.", "value tied to the prospect's hall")],
  [("T", "I'm really sorry this has taken me so long, and sorry again for all the questions last time, and sorry in advance if the price gives you a fright!", "repeated apologies, including for the price"),
   ("T", "The quote is attached at 46,500 pounds, but if that's too steep, tell me what figure you had in mind and I'll see what I can do.", "quote plus asking the buyer to name their number"),
   ("S", "Lead time is 14 weeks from order, and I'd love to show you round our showroom of 40 seating systems while you're deciding.", "lead time plus showing off the whole range")])

# 38 (clean)
email("rockfall netting for the glenbrae road cutting", "terse",
  "Glenbrae cutting - netting proposal", "Dear Mr Munro,", "Regards,\nFiona Grant",
  [("N", "Our geotechnical survey of the Glenbrae cutting is attached.", "logistics"),
   ("N", "It found loose blocks of up to half a cubic metre above the northbound lane, so I'd recommend draped mesh over the full 180 metre face rather than the catch fence in your tender brief.", "expert recommendation backed by evidence"),
   ("N", "The closure you have booked for 6 to 10 October gives us enough time to install it with two crews.", "the prospect's own date"),
   ("N", "Could we meet on site on the 19th to agree anchor positions with your engineer?", "clear next step with a date")])

# 39
email("reverse osmosis units for the crystal clear window cleaners", "non-native English",
  "About pure water system for your vans", "Hi Darren,", "Best regards,\nAndrei",
  [("N", "Was nice to meet you at the trade show in Birmingham.", "pleasantry"),
   ("S", "Our RO unit fits in the back of your Transit vans and is most advanced in the market, with triple filter, digital TDS meter, auto-flush, booster pump, frost protection, app control and aluminium frame.", "fit detail plus feature list with no link to his business"),
   ("N", "For your five vans the unit makes enough pure water for about 150 houses a day.", "value tied to the prospect")],
  [("H", "All the big window cleaning companies in your city use this system already, only you are still doing the old way.", "peers already switched, shaming"),
   ("HST", "I send you the offer with 12% discount, but only if you order before Friday, because my boss give me this target for the month.", "offer plus discount tied to the seller's date and the boss's target"),
   ("H", "If I not hear from you, I will call you again every day this week.", "badgering")])

# 40
email("rosette printing for the hexley agricultural show", "warm",
  "Rosettes for the show", "Hi Margaret,", "Warm wishes,\nJune",
  [("N", "Thank you so much for your lovely note after last year's show, it made our week.", "pleasantry"),
   ("N", "Your class list has 210 classes this year, so I've quoted for 630 rosettes to cover first to third place in each.", "quote tied to the prospect's data")],
  [("S", "Since your judges were so pleased with last year's rosettes, would you be willing to write a few lines we could use as a testimonial?", "borderline: testimonial asked of a happy customer after value was delivered"),
   ("ST", "If you're happy to do that, I'd take 5% off this year's order as a thank-you.", "borderline: discount offered to win a personal favour"),
   ("N", "The proofs can be with you by the 1st so your committee can check the class names.", "logistics with a date")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s92e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s92-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed92: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the twelfth session) from the labelling guide alone, blind to that session's Apply changes, which it was\nwritten to judge, and measured first in that session on a detector those changes leave as it was (rules + model\nmacro-F1 0.890: hard_close 0.857, self_serving 0.905, timidity 0.909; 2 of 108 clean sentences flagged; email\nagreement 0.950 / 0.925 / 0.900).\n")
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
    R.append("- Every third email (s92e003, s92e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
