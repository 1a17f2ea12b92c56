#!/usr/bin/env python3
"""Build sealed94: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("abattoir hygiene audit for the dunsley meat plant", "formal", "Hygiene audit proposal for the Dunsley plant",
  "Dear Mr Hargreaves,", "Yours sincerely,\nDr Alan Petrie\nPetrie Hygiene Assurance",
  [("N", "Thank you for sending over the swab results from the March inspection.", "thanks, logistics"),
   ("N", "The two failures on the boning line both trace back to the same rinse step, which our audit would examine first.", "value tied to the prospect's own inspection results")],
  [("HS", "I spent most of last weekend preparing a bespoke audit plan for your site, so I would expect at least the courtesy of a decision this week.", "seller's lost weekend offered as guilt for a decision (rule 15)"),
   ("H", "The plan and quotation are attached; we have already pencilled in the audit team for the 14th, so please confirm the purchase order number by return.", "attachment plus assumptive booking and PO demand before a yes"),
   ("H", "The audit would take two days on site, and frankly I am amazed it has taken a failed inspection for you to look at this.", "product detail plus shaming the prospect")],
  [("S", "As you may know, we were named Food Safety Consultancy of the Year for the third time running.", "generic award boast")])

# 2
email("accessible swing installation for the marbury adventure playground", "warm", "The basket swing for Marbury",
  "Hi Joanne,", "Warmly,\nPriya\nOpenPlay Installations",
  [("N", "It was lovely to meet you and the friends group at the playground on Saturday.", "pleasantry"),
   ("N", "You mentioned that two children who use wheelchairs currently watch from the bench while their siblings play, and that stayed with me.", "recalls the prospect's own goal")],
  [("N", "The basket swing we discussed fits the existing frame, so the install is one day with the area taped off.", "product detail tied to the site"),
   ("N", "Your grant application closes on 30 June, so I've put together the costing sheet in the format the council asks for.", "the prospect's own deadline, served"),
   ("N", "Could we meet on site next Wednesday at 4 to measure the safety surfacing?", "clear next step with a date")])

# 3
email("alpine plant supply for the kelmscott rock garden", "very deferential", "Saxifrages for the north bed",
  "Dear Mrs Ashworth,", "With very best wishes,\nEdwin Marlow\nMarlow Alpines",
  [("T", "I'm so terribly sorry to be writing to you again, and I do hope this isn't an intrusion.", "self-abasing apology for following up, seeking approval"),
   ("T", "I was wondering whether you might perhaps consider possibly taking a few of the saxifrages for the north bed?", "product offer plus stacked hedges")],
  [("N", "The plants are grown in gritty compost, so they will not sulk when moved into your scree.", "product detail tied to the prospect's garden"),
   ("T", "If the price feels at all high, please just tell me what you'd be comfortable paying and I'll make it work.", "asks the buyer to name their number"),
   ("T", "They would be ready to lift on 4 May, though of course I'll fit around you whenever suits, there's no hurry whatsoever.", "delivery date plus minimising and permission-begging")],
  [("S", "Our nursery took three golds at the Harrogate show this spring, which I am rather proud of.", "award boast and the seller's pride")])

# 4
email("antique map framing for the burnside hotel corridors", "chatty", "Frames for the corridor maps",
  "Hey Tom,", "Cheers,\nMaddie\nMapleframe Studio",
  [("N", "Great chatting on Tuesday about the corridor refurb!", "pleasantry"),
   ("S", "Before I forget, we've got huge news: our workshop has been nominated for a Royal Warrant and the whole team is buzzing!", "boast and the seller's excitement, nothing for the buyer")],
  [("S", "I've attached the quote for the twelve maps you picked, and I'd love to walk you through every moulding profile we stock, all forty of them.", "quote attachment plus seller-led tour of the whole range"),
   ("T", "The conservation glass adds £180 to the total, sorry about that, I know it's a lot!", "price detail plus apology for the price"),
   ("N", "It blocks 99% of UV, which matters because the corridor windows face south and the maps you chose are hand-coloured.", "concrete value tied to the prospect"),
   ("H", "The frames take three weeks to make, and our diary is filling up so fast you'd be wise to grab a slot before they're all gone.", "lead time plus scarcity without a date")])

# 5
email("anemometer calibration for the whinfell wind farm", "blunt", "Turbine 7 anemometer",
  "Gareth,", "Rob Kettle\nWindtrue Instruments",
  [("N", "Your turbine 7 anemometer is reading 0.4 m/s low against the met mast, based on the SCADA export you shared.", "figure from the prospect's own data"),
   ("N", "At your site's average wind speed that under-reading is costing roughly £1,900 a month in curtailment decisions.", "cost of delay from the prospect's data, offered as information (rule 5)"),
   ("H", "Frankly, it's embarrassing that a site of your size has let this drift for a year.", "shaming the prospect")],
  [("H", "The recalibration takes half a day per turbine, and I've already raised the invoice for all twelve so we can start Thursday.", "product detail plus assumptive invoice"),
   ("S", "I've attached a sample calibration certificate, and you should know I'm well short of my target this quarter, so this one matters to me.", "attachment plus the seller's target, no date pressed (rule 16)"),
   ("H", "I'll send the full SCADA comparison over today, and if I hear nothing by tomorrow it goes straight to your asset director.", "data offer plus bypass threat")])

# 6
email("aluminium window refurbishment for the grayson house offices", "formal", "East elevation window survey",
  "Dear Ms Fenwick,", "Yours sincerely,\nKatherine Doyle\nSales Manager, Allglaze Ltd",
  [("N", "Please find attached the survey of the 46 windows on the east elevation, with the eleven failed seals marked in red.", "attachment, logistics"),
   ("N", "Refurbishing rather than replacing the frames keeps the listed facade intact, which your planning officer flagged as a condition.", "value tied to the prospect's planning condition")],
  [("HS", "The work could start on 7 April, but I would be grateful for the order before 31 March, as that is when my regional target is assessed.", "start date plus a deadline set by the seller's target (rule 16)"),
   ("T", "The price reflects marine-grade seals, although I could of course reduce it if you felt that necessary.", "price detail plus unprompted discount")],
  [("S", "My director has also asked whether Grayson House could feature as a case study in our spring brochure.", "case-study favour for the seller"),
   ("S", "We have been trading since 1952 and have completed more than 9,000 projects.", "years in business and volume boast"),
   ("H", "Several other buildings on your street have already had their windows done, so Grayson House is now rather conspicuous.", "peers already switched, shaming")])

# 7
email("axe throwing lanes for the hollybank leisure barn", "chatty", "Axe lanes for the barn",
  "Hi Dev,", "Cheers,\nLiam\nBullseye Build Co",
  [("N", "Thanks for the floor plan, the barn has room for four lanes with the safety cage along the back wall.", "logistics"),
   ("T", "Bumping this to the top of your pile in case it got buried, I know you're swamped.", "empty bump, minimising the follow-up")],
  [("HT", "The four-lane build is £18,500, and if you confirm by Friday I'll knock 15% off, but after that it's back to full price.", "price plus discount tied to the seller's date (rule 7)"),
   ("N", "The lanes come with the targets pre-mounted, so you could open for the half-term bookings you mentioned.", "value tied to the prospect's own plans"),
   ("S", "The target boards are our own patented design, they won Best New Leisure Product, and honestly they're my pride and joy.", "product detail plus award boast and the seller's excitement")],
  [("T", "Totally fine if now's not the moment, I won't hassle you.", "pre-emptively releasing the prospect")])

# 8
email("boules piste construction for the elmstead retirement village", "terse", "Piste layout and dates",
  "Hi Amara,", "Thanks,\nOwen\nGroundworks South",
  [("N", "Layout attached, with the piste set beside the bowls green as the residents' committee asked.", "attachment, the prospect's own request"),
   ("N", "The crushed granite surface is level enough for walking frames, so residents can reach the far end safely.", "value tied to the prospect's residents"),
   ("N", "Want to see a finished piste before you decide?", "borderline: bare demo-style ask (rule 9)"),
   ("N", "Does Monday at 11 work for a ten-minute call to pick the edging color?", "clear next step with a date")])

# 9
email("ballot box supply for the ellerby parish elections", "non-native English", "Ballot boxes for Ellerby",
  "Dear Mr Thornton,", "Kind regards,\nTomasz Wiśniewski\nUrnaPol Supplies",
  [("T", "Excuse me very much for to write again, I am sorry to take your time one more time.", "repeated apology for following up"),
   ("T", "Maybe if is possible, perhaps you can think about our boxes, only if you want of course.", "product offer plus stacked hedges and permission-seeking")],
  [("N", "The boxes have numbered seals, which the returning officer's guidance asks for since last year.", "product detail meets the buyer's requirement"),
   ("T", "The price is £14 for each box, and I can give 20% less already, I hope this is okay for you.", "price plus unprompted discount and approval-seeking"),
   ("N", "We can deliver to the parish office on 2 April, two weeks before polling day.", "logistics with a date"),
   ("S", "The boxes are made in our factory in Poznan, which is the biggest in Poland and won many prizes for the design.", "product origin plus size and prize boast")])

# 10
email("bog garden planting for the castlemoor community park", "warm", "Planting the wet corner",
  "Hello Sunita,", "Best wishes,\nHarriet\nMarshmallow Wetland Plants",
  [("N", "Congratulations on the friends group's pollinator pledge passing last night.", "pleasantry"),
   ("S", "We're genuinely the biggest bog plant nursery in the north, and our founder was on Gardeners' World last month!", "generic boast with exclamation")],
  [("N", "For the waterlogged corner by the play area, a mix of marsh marigold, purple loosestrife and sedges would soak up the standing water your volunteers keep complaining about.", "value tied to the prospect's problem"),
   ("S", "The quote you asked for is attached, and while you're reading it, would you mind leaving us a review on Google?", "requested quote plus review favour from a prospect"),
   ("H", "Planting needs to happen by mid-September, and parks that dither on this sort of thing end up looking foolish in the local paper.", "planting window plus shaming")],
  [("N", "Would Thursday the 12th suit for a site walk with your volunteers?", "clear next step with a date")])

# 11
email("child-safe window restrictors for the oakridge lettings portfolio", "blunt", "Restrictor survey results",
  "Mark,", "Regards,\nSteve Bannerman\nSafeLatch Services",
  [("H", "You must get these restrictors fitted across the whole portfolio, end of story.", "directive telling the prospect what to buy"),
   ("N", "Our survey found opening windows without restrictors in 23 of your 61 flats, most of them in children's bedrooms.", "figure from the survey of the prospect's flats")],
  [("H", "Having walked every one of those flats, I can tell you that you need the full retrofit, not a spot fix.", "borderline: 'you need' directive, delivered after a real inspection (rule 6)"),
   ("H", "Fitting takes two days, and three other letting agents in Oakridge signed up last month, so you're rather the odd one out now.", "install detail plus peers-already-switched shaming"),
   ("S", "We're the number-one name in window safety across the country, with a cabinet of awards to prove it.", "generic leadership and award boast")])

# 12
email("beach hut repainting for the walmsley bay town council", "formal", "Beach hut repainting: proposal",
  "Dear Councillor Pryce,", "Yours sincerely,\nFiona Leckie\nShoreline Decorators",
  [("N", "Following your email of 3 March, I've set out below how we would repaint the 64 huts on the east promenade.", "logistics, single follow-up on the prospect's email"),
   ("N", "Your maintenance log shows the seaward faces blistering within two seasons, so we would use a marine primer on those faces only.", "figure from the prospect's own records, tied to value")],
  [("N", "Our public liability certificate is renewed each January; the current one is attached for your procurement file.", "credential the buyer's process requires (rule 8)"),
   ("N", "Our paint supplier has notified us of a 9% price rise on 1 May, so the rate in this quote holds until 30 April.", "borderline: factual price expiry stated once with its reason, no urgency (rule 4)"),
   ("N", "I'd be glad to present this at your next full council meeting on the 21st.", "clear next step with a date")])

# 13
email("braille menu printing for the lantern tea rooms", "chatty", "Braille menus!",
  "Hi Rosie!", "Speak soon,\nBex\nDotwise Print",
  [("T", "Me again, sorry sorry, I know I'm a pest!", "self-abasing apology for following up")],
  [("N", "The braille menus are on 300gsm card with a wipe-clean laminate, so they'll survive the scone crumbs.", "product detail tied to the prospect"),
   ("T", "I've attached a sample, and honestly I wasn't sure whether to even send it, so I hope that's alright.", "attachment plus needing approval"),
   ("T", "The first batch of 40 menus would be ready in ten days, and if it's easier I can do it at cost, totally your call.", "lead time plus unprompted discount"),
   ("N", "Your visually impaired regulars could order without asking staff to read the menu aloud.", "value tied to the prospect's customers"),
   ("S", "We're actually the only braille printer in the region with a King's Award, which is a massive deal for us!", "award boast, the seller's excitement")],
  [("T", "Anyway, I'll leave it with you and I'll understand completely if it's a no.", "pre-emptively accepting a no")])

# 14
email("bread crate washing for the stallard bakery depot", "terse", "Crate wash contract",
  "Hi Carl,", "Dan\nCrateCare",
  [("HS", "The contract is twelve months at a fixed rate; get it back to me by Friday, because my pipeline review with my boss is Monday morning.", "contract term plus a date pressed for the seller's pipeline review (rule 16)"),
   ("N", "Our wash line handles 2,400 crates an hour, which covers your Saturday peak.", "value tied to the prospect's volume"),
   ("T", "The price is 8p a crate, and I'm sorry it isn't lower.", "price plus apology for the price")],
  [("S", "Between you and me, this deal would make my year.", "the seller's stake, no demand (rule 15)"),
   ("H", "The contract's attached, and I've told the depot team you'll be our first Monday collection, so let's not keep them waiting.", "attachment plus assumptive start and pressure")])

# 15
email("coracle building workshops for the wolfscar scout group", "warm", "Coracle weekend",
  "Hi Martin,", "All the best,\nNell\nWillow & Water",
  [("N", "Thanks for ringing on Thursday about the summer programme.", "pleasantry"),
   ("N", "For 18 scouts, we'd run three boats of six, and each patrol paddles its own coracle on the lake on the Sunday.", "logistics tied to the prospect's group")],
  [("N", "Sorry to hear the storm flattened your camp at Easter; it's good nobody was hurt.", "sympathy, not self-abasement"),
   ("N", "The full weekend comes to £640 including the willow and calico, and the quote is attached.", "price and attachment"),
   ("N", "If you'd like the workshop before your July camp, could you let me know by 10 June so we can cut the willow in time?", "the prospect's own date with the reason")])

# 16
email("compressor servicing for the harlow tyre bay", "blunt", "Compressor quote",
  "Hi Kev,", "Cheers,\nPaul\nAirline Compressor Services",
  [("N", "Following up on the compressor quote from the 2nd.", "single polite follow-up (rule 13)"),
   ("HS", "I drove out to Harlow twice on my own time to strip that unit down, so a bit of loyalty wouldn't go amiss.", "seller's effort offered as guilt (rule 15)"),
   ("H", "The service is still £480, and the tracking on my email tells me you've opened the quote four times now.", "price plus read-receipt guilt")],
  [("N", "The receiver tank's pressure examination is due in August under your written scheme, so the service would cover that too.", "borderline: real external date stated once with its reason (rule 4)"),
   ("H", "Garages that skip this end up buying a new compressor, and you'll have nobody to blame but yourself.", "blame and shaming aimed at the prospect")])

# 17
email("cotton tote bags for the wenbury book festival", "chatty", "Tote bags for the festival",
  "Hi Lucy,", "Best,\nJo\nBagWorks",
  [("S", "So excited to share that we've just launched our new organic range, and I think it's the best thing we've ever made!", "the seller's excitement about its own launch"),
   ("S", "It comes in 14 colors, 3 weights and 5 handle lengths, with gussets, pockets, zips and drawstring options.", "feature list unrelated to the buyer's need")],
  [("N", "For 2,000 bags with your festival logo on one side, the price is £1.85 each, as you asked.", "price the prospect asked for"),
   ("S", "We've supplied Glastonbury, the BBC and the Tate, so you're in very good company.", "name-dropping boast"),
   ("N", "Printing takes three weeks, so artwork by 1 July would get them to you for the August opening.", "the prospect's own date")],
  [("H", "I've attached the order form with your logo already on the proof, and the deposit invoice is in there too, ready to pay.", "proof attachment plus assumptive invoice")])

# 18
email("crazy golf course refurbishment for the marram bay seafront", "non-native English", "Refurbishment of the course",
  "Dear Mr Pellow,", "Best regards,\nMarco Bellini\nMiniGolf Italia UK",
  [("N", "Thank you for the photos of the course after the winter.", "thanks"),
   ("HST", "If you sign the order before Friday I can give you 10% less, because my boss look at my numbers of the month on Monday.", "discount tied to a date set by the seller's boss (rules 7, 16)")],
  [("N", "The new fibreglass obstacles do not crack in frost, which was the problem with holes 4 and 11.", "value tied to the prospect's damage"),
   ("T", "The quote is in attachment, and please excuse me for the price, I know it is much.", "attachment plus apology for the price"),
   ("N", "Our team can start on 15 March so the course is open for Easter.", "logistics with a date")],
  [("T", "Sorry if this email is too long, I hope is not a problem.", "apology for length, approval-seeking")])

# 19
email("ceiling tile replacement for the hallam street job centre", "formal", "Ceiling tiles: survey and quotation",
  "Dear Mr Adeyemi,", "Yours sincerely,\nMargaret Hollis\nCeilingFix Contracts",
  [("N", "Thank you for letting us survey the ground floor last Tuesday.", "thanks"),
   ("N", "Of the 320 tiles, 41 are water-stained from the old leak, and our sampling found the remainder free of asbestos.", "survey findings for the prospect")],
  [("T", "I do apologise that our price is higher than you might have hoped.", "apology for the price"),
   ("T", "Should it help, I am happy to reduce it by whatever amount you think is fair.", "asks the buyer to name the discount"),
   ("T", "On the 60-day payment terms you asked about, I shall need to check with my sales director before I can say anything.", "terms question plus deferring to a manager")],
  [("S", "Our fitters are fully certified and, if I may say so, the finest team in the trade, having won the national interiors award twice.", "certification plus award boast"),
   ("N", "The work can be done over two weekends so the office stays open.", "logistics tied to the prospect"),
   ("H", "We can begin on the weekend of the 14th, and I have taken the liberty of raising the deposit invoice so that nothing holds us up.", "start date plus assumptive invoice")])

# 20
email("curling stone refurbishment for the lochgarry curling club", "warm", "Regrinding the club stones",
  "Hi Fraser,", "Cheers,\nAlasdair\nGranite & Ice",
  [("N", "Good to see the club on the local news after the junior win!", "pleasantry"),
   ("S", "I'll be honest, your club's order would go a long way towards my bonus this year.", "the seller's bonus, no date (rule 16)")],
  [("N", "Regrinding the running bands on all 32 stones would bring back the curl your skips said was missing at the last bonspiel.", "value tied to the prospect's complaint"),
   ("HS", "After all the favours I pulled to get you a slot in the grinding queue, I was a bit hurt not to hear back.", "seller's favours and hurt offered as guilt (rule 15)"),
   ("T", "I've attached the quote again, sorry for nagging you about it.", "attachment plus apology for following up")],
  [("H", "The stones would be back with you in three weeks, and my email tracker says you've looked at the last message six times, so I know it's on your radar.", "turnaround plus opened-but-unanswered guilt (rule 13)"),
   ("N", "I'm around on Thursday if you'd like to talk it through.", "next step")])

# 21
email("calendar printing for the harbourside maritime museum shop", "very deferential", "Calendar proofs",
  "Dear Helen,", "Kindest regards,\nAnnabel\nPagewise Printers",
  [("T", "The proofs are attached, and I'm so sorry they're late, and sorry for the rushed note, and for the one before it.", "attachment plus repeated apologies")],
  [("T", "I really hope they're alright and that I haven't let you down in any way.", "approval-seeking"),
   ("N", "Your shop's sales data showed the wall calendars selling twice as fast as the desk ones, so I'd lead with those.", "recommendation from the prospect's own data"),
   ("ST", "If you'd consider a short testimonial for our website, I could take a little off the first order.", "borderline: discount offered for a personal favour (rule 7)")],
  [("N", "The print run can be delivered by 1 October, in time for your Christmas stock.", "logistics tied to the prospect's season")])

# 22
email("deer fencing for the glenroy estate plantation", "blunt", "Plantation fencing",
  "Morning Hamish,", "Regards,\nCallum Reid\nHighland Boundary Fencing",
  [("N", "I walked the new plantation boundary with your keeper on Monday.", "logistics"),
   ("N", "The roe damage on the eastern compartment is heavier than you thought, with about one sapling in five browsed.", "insight from the site walk")],
  [("H", "Our gang could start on 2 September, but there's only one gap left before autumn and another estate is sniffing around it.", "start date plus scarcity and a rival buyer"),
   ("HS", "I've already given you more of my time than any other client this season, so I'm owed a straight answer by the weekend.", "seller's time as guilt plus a demand (rule 15)"),
   ("N", "The 1.8 m spec would keep out roe and the occasional red, and the line drawing is attached.", "product detail tied to the site")],
  [("S", "We've fenced for three dukes and a royal estate, and that speaks for itself.", "generic name-dropping boast")])

# 23
email("dumper truck hire for the ferncliffe reservoir embankment works", "terse", "Dumpers from the 9th",
  "Hi Jas,", "Cheers,\nMo\nGroundShift Hire",
  [("N", "Two 6-tonne swivel dumpers are available from the 9th, as you asked.", "logistics, the prospect's own date"),
   ("T", "Sorry again for the delay, and sorry for chasing, I know this is probably the last thing you want.", "repeated apologies, apologising for following up"),
   ("HT", "Book by tomorrow and I'll throw in the second week free, otherwise it's the standard rate.", "concession tied to the seller's date (rule 7)")],
  [("S", "They're the latest Thwaites models, and between you and me my manager's watching how many I get out on hire this month.", "product detail plus the seller's manager, no date pressed"),
   ("N", "Delivery and collection are included.", "logistics"),
   ("H", "Both the other contractors on the Ferncliffe job already hire from us, just so you know.", "peers already bought, as pressure")])

# 24
email("dough sheeter for the porthleven pasty company", "formal", "Dough sheeter quotation",
  "Dear Mrs Trevithick,", "Kind regards,\nPeter Lanyon\nCornish Bakery Equipment",
  [("N", "Thank you for showing me round the bakehouse on Friday.", "thanks"),
   ("N", "Your team rolls around 1,800 pasties a day by hand, and the sheeter would cut that step from three hours to under one.", "value from the prospect's own figures")],
  [("N", "Apologies for sending the quotation a day later than promised; our scheduling system was down on Monday, and it is attached now.", "borderline: single courtesy apology for a real delay, with the reason (rule 3)"),
   ("N", "The machine runs on a standard 13 amp socket, so you would not need an electrician.", "'need' as a technical point"),
   ("N", "I could bring a demonstration unit on Tuesday the 8th if that suits your early shift.", "clear next step with a date")])

# 25
email("driveway resurfacing for the st cuthbert's vicarage", "chatty", "Your drive",
  "Hi Reverend Moss,", "Cheers,\nTerry\nSmoothway Surfacing",
  [("N", "Lovely to meet you after the Sunday service.", "pleasantry"),
   ("S", "We've got the best-reviewed tarmac crew in the county, five stars across the board, and more trophies on the office wall than we can count!", "generic boast")],
  [("H", "Honestly, that drive is an accident waiting to happen and you'd be mad to leave it another winter.", "shaming the prospect into acting"),
   ("N", "The drainage channel at the gate would stop the puddle that forms by the porch.", "value tied to the prospect's drive"),
   ("HT", "The quote comes to £4,200, and if you confirm by Monday I'll take £400 off.", "price plus discount tied to the seller's date (rule 7)"),
   ("H", "I've pencilled your job in for the 20th and attached the deposit form, so pop your card details in today and it's locked.", "attachment plus assumptive card details")],
  [("T", "Oh and if the price is still a stretch, I'm sure we can sort something, just name a figure.", "asks the buyer to name their number")])

# 26
email("deckchair hire for the sandsend beach festival", "chatty", "Deckchairs for the festival",
  "Hi Ellie,", "Take care,\nJess\nStripes Deckchair Hire",
  [("N", "Thanks for your note about the festival dates.", "thanks"),
   ("T", "I know you've probably already found someone, so no worries at all if we're out of the running!", "pre-emptively releasing the prospect")],
  [("H", "Honestly, a beach festival without proper deckchairs isn't much of a festival, so these aren't optional for you.", "directive telling the prospect what they must have"),
   ("N", "We can deliver 400 deckchairs to the promenade on the Thursday evening before the festival.", "logistics"),
   ("T", "The quote is £1,600, sorry it's on the steep side, the stripy canvas costs a fortune these days.", "price plus apology for the price"),
   ("ST", "If it's not a cheeky ask, could you pass our name to the other festival organisers you know?", "referral favour wrapped in permission-begging")])

# 27
email("drone pilot training for the wetherby land surveyors", "formal", "Drone training for your survey team",
  "Dear Mr Castellano,", "Yours sincerely,\nLaura Finch\nSkyward Academy",
  [("N", "Thank you for the outline of your survey schedule for the summer.", "thanks"),
   ("N", "The CAA's updated operator rules come into force on 1 January, and your three pilots would need the new certificate before then.", "borderline: real external regulation date, stated once with the reason (rule 4)")],
  [("S", "Our academy is the largest drone training school in the UK, backed by two venture funds and featured in The Times.", "size, investors and press boast"),
   ("HS", "Our trainers could start on 12 November, and I'd appreciate your booking by the 28th, since that is our quarter close and I've promised my director this one.", "start date plus a deadline for the seller's quarter and director (rule 16)"),
   ("N", "The course runs over three days at your offices, so no travel is needed.", "logistics tied to the prospect")],
  [("T", "I could come to your office on the 6th to outline the syllabus, if that would not be too much of an imposition.", "meeting ask plus permission-begging")])

# 28
email("eye tests for the keldale bus drivers", "terse", "Driver eye tests",
  "Hi Sandra,", "Best,\nImran\nSightline Workplace Optometry",
  [("N", "We can test all 85 drivers at your depot over two days, using the DVLA vision standard your HR policy refers to.", "value tied to the prospect's policy"),
   ("N", "Results go straight into your occupational health system, so nobody re-keys them.", "value for the prospect"),
   ("N", "Would 14 or 15 October work?", "clear next step with dates")])

# 29
email("exercise bikes for the stonegate police gym", "blunt", "Gym bikes",
  "Inspector Walsh,", "Regards,\nGavin Doyle\nPowerCycle Fitness",
  [("H", "Every other force in the region has already upgraded, and yours is the only gym still running bikes from 2009.", "peers already switched, shaming")],
  [("N", "The bikes log each officer's fitness test efforts, which your welfare lead said was the main ask.", "value tied to the prospect's stated need"),
   ("H", "The bikes fit your existing floor fixings, and if you don't get them into the budget now, you'll still be patching those old machines when you retire.", "product detail plus now-or-never pressure"),
   ("S", "The bikes carry a five-year warranty, and we're the official supplier to three Premier League clubs, which tells you everything.", "warranty plus generic boast")],
  [("HT", "The quote for 12 bikes is attached, and I'll take 10% off if the order comes in before the end of this week.", "quote attachment plus discount tied to the seller's date (rule 7)")])

# 30
email("energy audit for the millfield leisure centre", "warm", "What your meter readings show",
  "Hi Olu,", "Best,\nYetunde\nBrightWatt Energy Audits",
  [("N", "Thanks for sending the last twelve months of meter readings.", "thanks"),
   ("N", "The pool hall is using about 38% of your gas, and most of that goes at night when the cover is off.", "insight from the prospect's own data"),
   ("N", "On those figures, each month the cover stays off at night costs you about £2,300.", "cost of delay from the prospect's data, offered as information (rule 5)")],
  [("H", "So every week you sit on this is another £500 straight down the drain, and I really wouldn't wait.", "borderline: cost of delay used to push, plausible figure (rule 5)"),
   ("S", "We've audited over 200 leisure centres and won the Energy Institute's award for it, which is why I know pool halls so well.", "audit experience plus generic award boast"),
   ("H", "I've held Tuesday the 9th for the site audit and will send the invoice on Monday unless you tell me otherwise.", "audit date plus assumptive invoice")])

# 31
email("ewe scanning for the hartside sheep farm", "chatty", "Scanning this winter",
  "Hi Bill,", "Ta,\nDave\nFellside Scanning",
  [("T", "I could be with you on 4 February, only if you're keen, mind, I don't want to be a bother.", "date offer plus permission-begging")],
  [("T", "I'd do the whole flock of 600 for 45p a ewe instead of my usual 60p if that sweetens it.", "service offer plus unprompted discount"),
   ("N", "Knowing which ewes carry twins lets you feed them separately, which your vet said would cut the prolapse cases.", "value tied to the prospect's vet advice"),
   ("H", "The Armstrongs and the Dixons down the valley have both booked already, so you'll not want to be left behind.", "neighbours already bought, fear of missing out"),
   ("ST", "It's been a poor winter for me and I'd really appreciate the work, if you can see your way to it.", "pleading for the seller's own sake (rule 15)")])

# 32
email("course marker buoys for the tarnwick sailing regatta", "formal", "Marker buoys for the regatta",
  "Dear Commodore Blythe,", "Yours faithfully,\nCharles Ainsley\nAinsley & Daughter Marine",
  [("N", "Thank you for the course plan for this year's regatta.", "thanks"),
   ("N", "The inflatable buoys can be printed with your class letters and delivered by 10 August, a week before the first race.", "logistics tied to the prospect's date")],
  [("S", "I've attached the quote, and in return we would ask for our logo on the regatta programme and a mention at the prizegiving.", "quote attachment plus logo and mention favour"),
   ("S", "Ainsley & Daughter has been making marine gear in the same Tarnwick boatshed since 1898.", "borderline: heritage line (rule 8)"),
   ("S", "Our buoys won Gold at the Marine Equipment Awards two years running.", "award boast")],
  [("H", "We can deliver to the clubhouse on the 10th, and I'll take that as agreed unless I hear otherwise by Friday.", "delivery date plus silence-as-yes"),
   ("T", "I do hope this proposal meets with your approval, and I apologise for its length.", "approval-seeking and apology for length")])

# 33
email("estate agency floor plans for the bell & rowe lettings team", "chatty", "Floor plans",
  "Hiya Sam,", "Cheers,\nAbi\nPlanPerfect",
  [("T", "Hope you don't mind me popping up again, I know I've been a bit of a pain!", "apologetic, self-abasing follow-up")],
  [("T", "I was thinking maybe, if it's alright, we might possibly try the floor plans on a couple of your listings?", "trial offer plus stacked hedges"),
   ("S", "Our plans are used by four of the five biggest agents in the city, and we're dead proud of that!", "name-dropping boast with exclamation"),
   ("N", "Your photographer already visits every property, so our surveyor can go along on the same appointment.", "logistics tied to the prospect"),
   ("T", "And honestly, the price is totally up to you, just tell me what you'd want to pay.", "asks the buyer to name their number")],
  [("HST", "If you sign up before my month closes on Friday I'll do the first ten plans half price, because I'm so close to my target.", "discount tied to the seller's month-end and target (rules 7, 16)")])

# 34
email("feather flags for the ridgemoor car dealership", "blunt", "Flags for the spring offer",
  "Hi Nathan,", "Cheers,\nGreg\nFlagPoint",
  [("N", "Here's the mock-up of the flags with your spring offer on them, as you asked.", "logistics, the prospect's request"),
   ("H", "They're $38 each with printing, and stock is flying out, so once this batch goes that's it for the season.", "price plus scarcity without a date")],
  [("HS", "The flags would ship on Monday, and my commission for the month closes on Friday, so I'd like your order in by Thursday.", "ship date plus a date pressed for the seller's commission (rule 16)"),
   ("N", "The bases are water-fillable, so they'll stay up in the wind off the highway.", "product detail tied to the site"),
   ("H", "The dealership across the street put in their order yesterday, by the way.", "competitor-already-bought pressure")])

# 35
email("flight cases for the northern sinfonia touring orchestra", "formal", "Flight cases for the autumn tour",
  "Dear Ms Okonjo,", "Yours sincerely,\nDavid Ferreira\nRoadcase Works",
  [("N", "Thank you for the instrument list for the autumn tour.", "thanks"),
   ("S", "Before we turn to your cases, allow me to take you through our full range, from cello trunks to drum risers and our new modular rack system.", "seller-centred tour of the whole range")],
  [("S", "Each case is hand-built in our Sheffield workshop, which, I might add, was voted Manufacturer of the Year by the trade press.", "build detail plus award boast"),
   ("N", "For the double basses, shock-mounted cases would stop the bridge slippage your stage manager reported in Vienna.", "value tied to the prospect's problem"),
   ("T", "The quotation for 22 cases is attached, and I am sorry that it is rather expensive.", "attachment plus apology for the price"),
   ("T", "Should you prefer, we could simply come down to whatever the orchestra has budgeted.", "unconditional concession, buyer names the number"),
   ("N", "The cases can be ready by 1 September, a fortnight before your first date in Leeds.", "logistics tied to the prospect's date")])

# 36
email("fog machines for the wraithwood haunted house attraction", "chatty", "Fog for the corridors",
  "Hey Kirsty,", "Cheers,\nRyan\nHazeLab FX",
  [("N", "Thanks for the tour of the attraction, the crypt room is genuinely creepy!", "pleasantry"),
   ("N", "For the corridors, a low-lying fog unit would keep the haze at ankle height, so the smoke detectors in the ceiling won't trip.", "value tied to the prospect's venue")],
  [("N", "The fluid is water-based and rated for enclosed spaces, and the data sheet your insurer asked for is attached.", "attachment the buyer's insurer requires"),
   ("N", "Just a heads-up that the units need a 20-minute warm-up, so your staff would switch them on before doors.", "borderline: one polite 'just' (rule 1)"),
   ("N", "Shall I bring two units over on Wednesday evening so you can see them in the crypt?", "clear next step with a date")])

# 37
email("food waste digester for the kingsmoor hospital kitchens", "formal", "Food waste digester",
  "Dear Mr Brennan,", "Yours sincerely,\nNadia Kurt\nGreenCycle Digesters",
  [("N", "Thank you for the waste audit figures from the catering team.", "thanks"),
   ("N", "Your kitchens send about 1.2 tonnes of food waste to landfill each week, which the digester would turn into grey water on site.", "value from the prospect's own figures")],
  [("H", "As you have not replied to my last three messages, I have copied your chief executive, who I am sure will want this resolved.", "counting attempts plus going over his head"),
   ("S", "We have been shortlisted for four sustainability awards this year, and our investors include two of the largest green funds in Europe.", "awards and investors boast"),
   ("HS", "Installation could be finished by the end of March, and as my regional director asks me about this order every morning, I would like your signature before the month closes.", "install date plus a date pressed for the seller's director (rule 16)")])

# 38
email("french polishing for the wendover guildhall boardroom table", "warm", "The boardroom table",
  "Dear Elaine,", "Kind regards,\nJonathan Heap\nHeap & Son Polishers",
  [("N", "I understand the committee has decided to hold off on the table this year.", "acknowledges the decision"),
   ("HS", "After three visits and a sample panel made up at my own expense, I must say I'm disappointed to be left without even a reason.", "seller's effort and disappointment as guilt after a decision (rule 15)"),
   ("H", "I'm sure the committee will come to regret it once the veneer starts lifting.", "sarcastic guilt after a no"),
   ("S", "Heap & Son has restored furniture for half the big houses in this county, and I had rather hoped to add the guildhall to that list.", "boast and the seller's own hopes, nothing for the buyer")],
  [("N", "In the meantime, I've left care notes for the table with the caretaker, so the finish lasts as long as possible.", "leaving value after a no (rule 11)")])

# 39
email("foul-weather jackets for the islay ferry crew", "non-native English", "Jackets for the crew",
  "Dear Mr MacLeod,", "Best regards,\nIngrid Solberg\nNordvind Workwear",
  [("N", "Thank you for your message and for the sizes of the crew.", "thanks"),
   ("N", "The jackets we propose are windproof and have the reflective band on the shoulders, like your safety officer required.", "product meets the buyer's requirement")],
  [("N", "For 46 jackets with embroidered logo, the price is £29 each, delivery included.", "price the prospect asked for"),
   ("N", "We can send two samples to the ferry office this week, so the crew can try them on deck.", "clear next step")])

# 40
email("fireworks display for the kelsall rugby club bonfire night", "blunt", "Bonfire night",
  "Hi Pete,", "Cheers,\nMick\nSkyburst Displays",
  [("N", "Good to catch up at the club dinner.", "pleasantry"),
   ("HS", "I've turned down two other bookings to keep your date free, so the least I deserve is a yes this week.", "seller's sacrifice as guilt plus a demand (rule 15)")],
  [("H", "We could fire from the far touchline at 7 pm, but bonfire Saturday is going fast and I can't promise your slot will still be there by the time you get round to it.", "timing plus scarcity without a date"),
   ("N", "The 15-minute show fits inside your licence's 9:30 pm cut-off, and the fallout zone clears the clubhouse roof.", "value tied to the prospect's licence"),
   ("S", "Every show is set to music by me personally, and I'm chuffed to bits with how this year's routines have turned out.", "product detail plus the seller's own pride"),
   ("T", "The sparkler finale could come free of charge as well, if that makes saying yes any easier.", "product offer plus unprompted concession")],
  [("N", "The booking form went out to your club secretary this morning.", "borderline: logistics line inside a pushy email (rule 14)")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s94e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s94-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed94: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the twelfth session) from the labelling guide alone, blind to that session's second Apply changes (after\nrounds 89 to 92), which it was written to judge, and measured first in that session on a detector those changes leave\nas it was (rules + model macro-F1 0.943: hard_close 0.917, self_serving 0.969, timidity 0.944; 1 of 103 clean\nsentences flagged; email agreement 0.975 / 1.000 / 0.950).\n")
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
    R.append("- Every third email (s94e003, s94e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
