#!/usr/bin/env python3
"""Build sealed96: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("moth treatment for the kelvedon costume archive", "chatty", "Freezer plan for the basement rails", "Hi Priya,", "Cheers,\nDom",
  [("N", "Thanks for walking me round the basement stores on Tuesday; the moth traps by the Edwardian rail were busier than I'd expected.", "visit recap with a specific finding"),
   ("S", "The treatment plan you asked for is attached, and between us it's the slickest proposal our team has ever turned out.", "requested attachment plus the seller praising its own work"),
   ("H", "Honestly, you can skip the trustees on this one and just give me the nod, they'll only slow things down.", "overrides the prospect's approval process")],
  [("N", "The freezer cycle takes 72 hours per batch, so the silk gowns and the wool uniforms would go in separate weeks.", "logistics tied to her collection"),
   ("T", "The costs are on page two, and sorry this has turned into such a long read, I get carried away with moths!", "pointer to the costs plus an apology for length"),
   ("H", "I've put us down for a call this Friday at 11 to sign off the first batch, and I'll take silence as a yes.", "meeting ask plus silence treated as agreement")])

# 2
email("mural painting for the eastbrook underpass", "blunt", "Underpass mural - revised sketch", "Gareth,", "Lena",
  [("N", "You wanted a design that survives the tagging crews, so the quote includes an anti-graffiti topcoat on the lower two metres.", "price detail tied to the prospect's stated need"),
   ("H", "The sketch is attached, but our muralist has exactly one gap left before autumn and another council is already eyeing it.", "attachment plus scarcity with a rival buyer and no real date"),
   ("HS", "I've redrawn this thing three times on my own evenings, so the least the committee owes me is a yes on Monday.", "seller's effort used as guilt for a decision: rule 15")],
  [("S", "We've painted over forty walls across the north and picked up the Civic Pride award twice.", "generic boast and award"),
   ("H", "Send me the final wall dimensions by Wednesday, and if I've heard nothing by then I'll order the paint on the council's account.", "plain ask plus an assumptive order on silence")])

# 3
email("mobility scooter servicing for the ashdene retirement village", "very deferential", "Scooter servicing for Ashdene residents", "Dear Mrs Okafor,", "With kindest regards,\nMartin Hale",
  [("T", "I do hope you don't mind me writing again, and please forgive the intrusion on what I'm sure is a very busy week.", "permission-seeking and an apology for a normal follow-up"),
   ("N", "Following your note about the two scooters that stalled on the ramp, I've put together a servicing schedule for all eighteen residents' machines.", "follow-up that adds something new"),
   ("T", "I was rather hoping that, if it seemed at all suitable, we might possibly begin with a trial visit one morning?", "meeting ask plus stacked hedges")],
  [("HT", "The full schedule comes to £1,260 a year, and if you could possibly confirm before Friday I would happily take fifteen per cent off.", "price she asked for plus a discount tied to the seller's date: rule 7"),
   ("N", "The battery load test alone tends to catch most stalls before they happen on a slope.", "concrete value tied to her problem"),
   ("T", "Please don't feel you need to reply at all if this isn't of interest.", "pre-emptive release, permission-begging")])

# 4 (clean)
email("mussel rope supply for the holy island shellfish beds", "terse", "Spat rope quote", "Hi Ewan,", "Rob",
  [("N", "Quote for 4,000 metres of 18 mm spat rope attached, as requested.", "requested attachment"),
   ("N", "Prices hold until 30 September because our polypropylene supplier resets its rates on 1 October.", "borderline: supplier price expiry stated once with its reason, no urgency language"),
   ("N", "Delivery to the slipway is two weeks from order.", "logistics"),
   ("N", "Do you want the ropes pre-cut to your 6-metre droppers?", "plain question about his setup")])

# 5
email("mastic asphalt repair for the ferrier street flat roofs", "formal", "Flat roof repairs, blocks C and D", "Dear Mr Adeyemi,", "Yours sincerely,\nHelen Marsh\nContracts Manager",
  [("N", "Thank you for forwarding the caretaker's leak log; the eleven entries since March all sit under blocks C and D.", "figures from the prospect's own data"),
   ("H", "A housing board that lets its tenants spend another winter emptying buckets on the landings will struggle to explain itself.", "shaming the prospect's board"),
   ("S", "Please find enclosed the specification you requested, together with our brochure setting out thirty-two years of trading and every trade award we have won.", "requested specification plus years-in-business and award boast")],
  [("HS", "The order form is enclosed, and I would be grateful to have it signed by the 28th, as that is when my director closes our half-year figures.", "enclosed order form plus a signing date pressed for the seller's reporting reason: rule 16"),
   ("N", "Our surveyor can attend on any weekday to core the roof and confirm the membrane depth.", "logistics serving the prospect"),
   ("N", "Please let me know which day suits the caretaker.", "plain ask")])

# 6
email("microfilm scanning for the dunhollow county record office", "non-native English", "Scanning of microfilm reels - proposal", "Dear Ms Fairweather,", "Best regards,\nTomasz Wojcik",
  [("N", "Thank you for the meeting of last week and for showing us the reader room.", "pleasantry"),
   ("S", "Our company is number one in Europe for microfilm, we have scanned more than 90 million frames and our investors are very strong.", "ranking, volume and investor boast"),
   ("S", "The proposal you asked is attached, and our scanner have auto-crop, deskew, despeckle, OCR, batch rename, polarity switch, blip detection, barcode read, PDF/A and cloud export.", "requested proposal plus a feature list with no tie to her outcome"),
   ("H", "Also the archives in Norwich and Lincoln already use us, and they ask me why Dunhollow is still waiting.", "peers-already-bought shaming")],
  [("N", "For your 3,200 reels of parish and court records, we estimate eleven weeks with two operators on site.", "value tied to the prospect"),
   ("HT", "The price is £0.09 per frame, and if you sign until end of this month I can give 10% discount, after that is not possible anymore.", "price plus a discount conditioned on the seller's date: rule 7"),
   ("N", "I send the sample scans of reel 114 on Monday so your team can check the quality.", "next step with a date")])

# 7
email("meeting room booking panels for the cardew engineering offices", "chatty", "Room panels for the new building", "Hey Jordan,", "Thanks!\nSam",
  [("N", "Great chatting Tuesday, and congrats on the move into the new building!", "pleasantry"),
   ("T", "Just wanted to float back up to the top of your inbox and see if you'd had a sec to peek at the panel quote.", "'just checking in' variant as the purpose of the email"),
   ("HS", "Quick heads-up that I'm one signed order away from making President's Club, so if yours could land before Friday's cut-off it would honestly mean a lot.", "order date pressed for the rep's sales contest: rule 16")],
  [("N", "Your facilities lead mentioned people squatting in the big room without booking, and the panels release a room automatically after ten minutes of no-show.", "product detail tied to the prospect's problem"),
   ("H", "The panels run off your existing Outlook calendars, and half the firms in your business park have already switched, so you really don't want to be the last office on paper sign-up sheets.", "product detail plus peers-already-switched shaming"),
   ("T", "The demo unit can come to you whenever, zero rush whatsoever, ping me back once things calm down on your end!", "demo offer plus no-urgency permission-begging")])

# 8
email("mortice lock upgrade for the priory gardens flats", "blunt", "Locks for the ground-floor doors", "Hi Carol,", "Steve\nPriory Locks",
  [("N", "The insurer's letter you forwarded asks for BS 3621 locks on all ground-floor doors by 1 March, so that's the standard I've quoted to.", "the prospect's insurer's requirement and date"),
   ("HT", "It's £2,340 for the 26 doors, and if you confirm by tomorrow night I'll knock 20% off the lot.", "price she asked for plus a discount tied to the seller's date: rule 7"),
   ("H", "I've gone ahead and attached the invoice so the crew can be booked the moment it's paid.", "assumptive invoice before a yes")],
  [("S", "We've been locksmiths in this town since my grandad opened the shop in 1961.", "borderline: heritage line, rule 8"),
   ("N", "Let me know which flats will need a key handover and I'll set the times with each tenant.", "logistics")])

# 9 (clean)
email("memorial bench supply for the westholme parish council", "formal", "Memorial benches on the green", "Dear Councillor Pryce,", "Yours sincerely,\nAnne Whitlock",
  [("N", "Thank you for the minutes from Thursday's meeting and for the photographs of the three sites by the green.", "pleasantry"),
   ("N", "I've attached drawings for the hardwood bench with a brass plaque, which matches the two already outside the church.", "attachment tied to the council's setting")],
  [("N", "Because the green is common land, the county's consent takes around eight weeks, so I'd suggest the clerk submits the application at your next meeting.", "borderline: real external lead time stated once with its reason"),
   ("N", "Would it help if I attended the November meeting to answer questions about installation?", "plain offer of a next step"),
   ("N", "I'll follow up after that meeting with anything the councillors ask for.", "single follow-up commitment")])

# 10
email("nappy changing units for the larchfield motorway services", "chatty", "Baby-change units for Larchfield", "Hi Marcus,", "Best,\nChloe",
  [("N", "Your customer survey put baby-change facilities in the bottom three scores for the site, which is exactly what these units are built to fix.", "prospect's own data tied to value"),
   ("S", "The FoldAway 3 has the wipe-clean antibacterial shelf your cleaning team asked about, and we're all just so excited to finally launch it after two whole years of design work!", "product detail plus the seller's excitement about its own launch"),
   ("S", "The brochure you asked for is attached, and would you mind popping us a five-star review on Trustpilot once you've had a read?", "requested brochure plus a review favour before any value")],
  [("N", "The wall-mounted version needs a 60 cm clear width, so the accessible toilet would be the natural spot.", "technical prerequisite"),
   ("H", "I've pencilled the fitters in for the 9th, so all that's left is for you to fill in the card form on the link below.", "install date plus an assumptive payment step"),
   ("T", "Apologies if I'm coming across as pushy, it's honestly the last thing I want!", "apology for normal selling")])

# 11
email("newspaper archive hosting for the wensley gazette", "terse", "Re: archive hosting", "Fiona,", "Kev",
  [("T", "Bumping this again, sorry.", "bare bump with an apology for following up"),
   ("H", "This is the fourth time I've written and the tracker says you opened the last two.", "counting attempts and read-receipt guilt: rule 13"),
   ("H", "Hosting for the 1890-1995 pages is £420 a month as you asked, but that rate vanishes next week, so move fast.", "price she asked for plus an unexplained expiry with urgency language"),
   ("H", "The search index covers every edition the library has digitised, and I really shouldn't have to spell that out a fifth time.", "product detail plus entitlement aimed at the prospect")])

# 12
email("noise barrier fencing for the kestle lane depot", "formal", "Acoustic barrier along the eastern boundary", "Dear Ms Lindqvist,", "Kind regards,\nOliver Grant",
  [("N", "Thank you for sharing the acoustic report from the residents' complaint.", "pleasantry"),
   ("N", "It records 68 dB at the boundary during the 5 a.m. loading window, against the 55 dB limit in your planning condition.", "figures from the prospect's own data"),
   ("N", "Our 3-metre absorptive barrier along the eastern fence line should bring that reading under the limit.", "concrete value tied to the prospect")],
  [("S", "I should mention that my regional manager is keen to use your depot as a flagship case study, which would be a real feather in my cap.", "seller's standing and a case-study wish"),
   ("ST", "If you'd agree to appear in that case study, I could take 12% off the installation.", "borderline: discount offered for a personal favour, rule 7"),
   ("T", "I have pencilled in a crew for the first week of July, though I'd completely understand if you'd rather wait, and please don't feel obliged to respond.", "provisional date plus permission-begging and a pre-emptive release")])

# 13
email("nesting bird survey for the ormsby quarry extension", "blunt", "Bird survey before clearance", "Hi Raj,", "Nat",
  [("N", "Nesting season runs from March to August, and the planning condition on your extension bars clearance until a survey has cleared each block.", "borderline: real external constraint stated once with its reason"),
   ("H", "You need us on site this month, no two ways about it.", "'you need' directive"),
   ("H", "Our ecologist can walk the first block on the 12th, and if you won't commit to that today you'll be watching diggers sit idle all summer.", "site date plus now-or-never pressure")],
  [("N", "Our ecologists hold the protected-species licences your planning officer asked to see.", "credential the buyer's process requires"),
   ("S", "We're the biggest ecology consultancy in the county by headcount and it isn't even close.", "generic ranking boast"),
   ("H", "If I don't hear by Friday, I'll raise it with your operations director at the quarry liaison meeting.", "bypass threat")])

# 14 (clean)
email("numberplate recognition cameras for the highfold retail car park", "warm", "Camera layout for Highfold", "Hi Bethany,", "Warm wishes,\nAisha",
  [("N", "Lovely to meet you and Tom at the car park on Monday.", "greeting"),
   ("N", "You mentioned that about a third of the spaces are taken by commuters who never set foot in the shops, so I've modelled the camera layout around the two entrances off Mill Road.", "value tied to the prospect's own observation"),
   ("N", "The attached quote covers two cameras, the signage your landlord requires, and twelve months of support.", "attachment")],
  [("N", "Sorry to hear the barrier fiasco last winter cost you so much goodwill with the tenants.", "sympathy, not self-abasement"),
   ("N", "Could we go through the signage wording with your landlord on a call next Wednesday?", "clear next step with a date")])

# 15
email("non-slip stair nosings for the greaves public library", "very deferential", "Stair nosings - quotation", "Dear Mr Bellamy,", "With very best wishes,\nPeter Lomax",
  [("T", "I'm so sorry to trouble you yet again, and I do apologise for cluttering up your inbox.", "repeated apology for following up"),
   ("N", "Following the fall on the main staircase you mentioned, I've measured all 64 treads from the photographs you sent.", "follow-up that adds something new"),
   ("T", "The quotation is attached, and I'm terribly sorry that it has come out rather higher than I'd hoped.", "requested quotation plus an apology for the price")],
  [("T", "The nosings come to £48 a tread fitted, but if it helps at all I could of course bring that down to whatever figure the library feels is fair.", "price plus asking the buyer to name their number"),
   ("N", "The aluminium nosings carry a slip-resistance rating suitable for wet entrance areas.", "product detail relevant to the library's risk"),
   ("T", "I hope I haven't overstepped by sending all of this.", "approval-seeking")])

# 16
email("ornamental pond restoration for the wyncliffe hall gardens", "warm", "The lily pond", "Dear Harriet,", "Warmly,\nJudith",
  [("N", "It was a pleasure to see the lily pond again, and I'm sorry to hear the heron has taken so many of the golden orfe.", "sympathy"),
   ("N", "The silt survey shows about 40 cm over the liner at the shallow end, which is what's clouding the water.", "insight from site work"),
   ("S", "We've just won Gold at the Harrogate show for the third year running, so you're in very good hands!", "award boast with exclamation")],
  [("HS", "I've turned down two other jobs to keep April free for Wyncliffe, so I'm rather counting on your go-ahead this week.", "seller's sacrifice used as guilt for a decision: rule 15"),
   ("S", "The quote for desilting, relining the margin and a heron guard is attached, and I do think it's some of the best design work our little studio has done.", "requested quote plus the seller admiring its own work"),
   ("H", "Desilting is best done before the frogs spawn in March, and ponds left in this state rarely survive another summer, the owners who put it off always end up paying twice.", "seasonal timing fact plus fear-based urgency without data"),
   ("T", "Shall I come by on the 3rd to mark out the new planting shelf with your head gardener, if you can bear yet another visit from me?", "meeting ask plus self-deprecating permission-seeking")])

# 17
email("oil interceptor emptying for the harcourt road filling station", "terse", "Interceptor empty", "Hi Dev,", "Cheers,\nMo",
  [("N", "Your discharge permit requires the interceptor to be emptied before the sludge reaches 90%, and your last reading was 84%.", "regulatory requirement with the prospect's own reading, stated neutrally"),
   ("HS", "The tanker costs £385 a visit, and I need this one signed by Thursday or my month-end numbers are shot.", "price plus a signing date pressed for the seller's month end: rule 16"),
   ("S", "You'll get the waste transfer note after each visit, and my boss reckons your forecourt would look great in the logo strip on our website too.", "paperwork detail plus the manager's wish for a logo"),
   ("N", "The tanker can attend any night after 10 pm so the forecourt stays open.", "logistics serving the prospect")])

# 18
email("open-water swim buoys for the ketley triathlon club", "chatty", "Buoys for the lake course", "Hiya Sophie,", "Speak soon,\nLou",
  [("N", "Thanks for the photos of the lake course, super helpful!", "pleasantry"),
   ("T", "So, um, I was kind of wondering whether you might maybe have had a chance to look at the buoy quote, if that's okay to ask?", "stacked hedges and permission-seeking"),
   ("N", "The 1.2 m inflatable markers you asked about are £38 each, in the orange your race referee specified.", "price she asked for tied to her course")],
  [("T", "I totally get it if it's a no, no hard feelings at all!", "pre-emptive release"),
   ("S", "They come with anchor weights and 10 m lines, and any chance you'd tag us on the club's Instagram when they go in?", "product detail plus a favour for the seller's promotion"),
   ("N", "If you can confirm numbers by the 20th, they'll arrive before your first open-water session on the 2nd.", "the prospect's own date")])

# 19 (clean)
email("optician display cabinets for the clearview eyewear shops", "formal", "Display cabinets for Elm Street and Harbor Road", "Dear Ms. Carter,", "Sincerely,\nDaniel Ruiz",
  [("N", "Thank you for the floor plans for the Elm Street and Harbor Road stores.", "pleasantry"),
   ("N", "Based on your current stock of roughly 900 frames per store, the eight-bay lockable cabinets would hold the full range with room for your seasonal lines.", "value tied to the prospect's own figures"),
   ("N", "Tempered glass is the better choice here, because both stores face the street and acrylic yellows in direct sun.", "confident recommendation with reasoning")],
  [("N", "Pricing is attached, itemized by store as you requested.", "requested attachment"),
   ("N", "Does the 12th at Elm Street work to confirm the layout with your regional manager?", "clear next step with a date")])

# 20
email("occupational hearing tests for the tillbrook sawmill crew", "blunt", "Hearing tests for the planer shed", "Mr Haworth,", "J. Pickering",
  [("N", "Your noise assessment puts the planer shed at 92 dB, which is above the upper action value, so annual hearing checks are a legal duty for that crew.", "legal requirement drawn from the prospect's own data"),
   ("H", "Any mill owner who cared about his men would have had them tested years ago.", "shaming the prospect"),
   ("S", "We are the fastest-growing occupational health provider in Yorkshire, backed by two private equity funds.", "growth ranking and investor boast")],
  [("H", "The van can be on site Monday, and I've already told the lads to expect us, so it'd be awkward for you to back out now.", "site date plus an assumptive booking before a yes"),
   ("S", "Each test takes twelve minutes per person, and there isn't a mill from here to Carlisle that hasn't heard of us.", "test logistics plus a generic reputation boast")])

# 21
email("oil-fired range cooker servicing for the fairholme farmhouse b&b", "non-native English", "Service of your range cooker", "Dear Mrs Dobson,", "Best regards,\nAndrzej",
  [("N", "Thank you for call on Friday about the range cooker which is smoking in the mornings.", "pleasantry"),
   ("T", "I am very sorry to disturb you again, I know you are very busy lady and I not want to be annoying.", "self-abasing apology for following up"),
   ("N", "The smoke usually mean the burner nozzle is worn, and we replace it as part of the full service.", "insight tied to her problem")],
  [("T", "The service is £165, I am sorry it is not cheaper, maybe I can make less if is too much for you.", "price she asked for plus an apology for the price and a pre-emptive discount"),
   ("T", "I can come on Tuesday or Thursday morning, but please, only when you have little time, you can answer, there is no hurry.", "visit offer plus permission-begging")])

# 22
email("oast house cowl repair for the hopfield farm", "warm", "North kiln cowl", "Hello Rosie,", "Love to the dogs,\nBen",
  [("N", "Thank you for the tea and the tour of the roundels, what a special building.", "pleasantry"),
   ("N", "The cowl on the north kiln has lost its fan and about a third of its weatherboarding, so it's no longer turning into the wind.", "insight from the site visit"),
   ("S", "The quote's attached, and you may have seen our work on the telly last spring, we were the firm on the Heritage Rescue episode!", "requested quote plus a TV boast")],
  [("S", "I'll be honest, this would be my first big job since I went out on my own, and it would mean the world to me.", "seller's personal stake, no demand: rule 15"),
   ("ST", "Please, please say yes, I really do need this one.", "pleading for the seller's own sake: rule 15"),
   ("N", "The conservation officer has confirmed listed building consent isn't needed for a like-for-like repair.", "useful logistics for the prospect")])

# 23
email("pew cushion making for st wilfrid's congregation", "warm", "Pew cushions for the nave", "Dear Reverend Ashby,", "With best wishes,\nCatherine",
  [("N", "Many thanks for sending the pew measurements, all 42 of them!", "pleasantry"),
   ("N", "For the nave I'd suggest a 5 cm fire-retardant foam with a wool cover, since the church hosts concerts and your insurer asks for the fire rating.", "recommendation tied to the prospect's requirement"),
   ("S", "Our cushions grace three cathedrals, a royal chapel and a famous Oxford college, and we've been featured in Country Life.", "prestige client list and press boast")],
  [("S", "Could I possibly ask you to mention us from the pulpit, or in the parish magazine?", "promotional favour"),
   ("HS", "I'd really appreciate the PCC's decision before the 31st, as my sales manager needs the order on this year's books.", "decision date pressed for the manager's wish: rule 16"),
   ("T", "The quote comes to £1,890 for all 42 cushions, and I do hope it isn't too much of a shock.", "price plus an apology-style hedge about the price"),
   ("H", "I'll bring fabric samples to the PCC meeting on the 14th, and it would save everyone time if the council simply approved the order there and then without a second reading.", "next step with a date plus overriding the PCC's own process")])

# 24 (clean)
email("pharmacy fridge monitoring for the castleton chemists", "terse", "Fridge monitoring", "Hi Gurdeep,", "Thanks,\nAmy",
  [("N", "Following up on the fridge alarm quote from last week.", "single polite follow-up line"),
   ("N", "Your inspector's report asked for continuous temperature logs, and the sensors record every five minutes to the dashboard.", "product detail tied to the prospect's requirement"),
   ("N", "For your four branches that's £29 per fridge per month, installation included.", "price"),
   ("N", "If you decide against it, could you tell me which part fell short, the price or the setup?", "accepts with a diagnostic question")])

# 25
email("plotter rental for the hargreaves surveying practice", "chatty", "Plotter options", "Hi Tessa,", "Best,\nRyan",
  [("N", "Thanks for the print volumes, 1,100 A1 sheets a month is more than I'd guessed.", "prospect's own data"),
   ("T", "Just circling back on this in case it slipped through the cracks, totally no pressure!", "checking-in purpose with no-pressure minimizing"),
   ("N", "At that volume the 44-inch model on the Standard plan comes out at $310 a month, ink included.", "price tied to her volumes")],
  [("T", "That said, if it's over budget just tell me what number works and I'll make it happen.", "asks the buyer to name their number"),
   ("HST", "Or if you can sign by the 31st I can do 10% off, since my manager only signs off discounts inside the month.", "discount conditioned on a date set by the manager's approval: rules 7 and 16"),
   ("T", "The contract is 24 months, though anything on length I'd have to run past my manager first, sorry.", "contract term plus deferring on terms to the manager with an apology"),
   ("N", "Want me to send a sample plot of your site drawings so you can compare line quality?", "borderline: bare offer to see it in action, rule 9")])

# 26
email("pub sign painting for the wheatsheaf inn", "blunt", "Your sign", "Alright Mick,", "Cheers,\nBaz",
  [("N", "Had another look at the old sign on the way past, and the wheatsheaf is peeling right down to the board.", "observation tied to the prospect"),
   ("H", "The brewery's already had two of your rivals on the ring road repainted by us, so you'll look pretty shabby next to them.", "peer shaming"),
   ("H", "It's £780 for the double-sided board like you asked, but only until I fill this week's slots.", "price he asked for plus scarcity without a real reason")],
  [("S", "Got to say, my signs have been in three magazines and I've won the county's Best Signwriter twice.", "award and press boast"),
   ("H", "I'll be round Saturday with the ladders and the gold leaf whichever way you decide.", "materials detail plus turning up regardless of the decision"),
   ("N", "Let me know if you want gold leaf on the lettering or the standard enamel.", "plain question")])

# 27
email("playing field drainage for the ashcott rugby club", "formal", "Drainage of the first-team pitch", "Dear Mr Thorne,", "Yours sincerely,\nGraham Reeve",
  [("N", "Thank you for the fixture list; I note the first XV lost four home games to waterlogging last season.", "prospect's own data"),
   ("N", "Our trial pits show a clay band at 30 cm, which is why the slit drains from 2009 have stopped working.", "insight from site work"),
   ("H", "Frankly, the club cannot afford another season of cancellations, and every home game lost is another £2,000 of bar takings down the drain.", "borderline: cost of delay used to push, plausible figure, rule 5")],
  [("N", "The union's facilities loan window closes on 15 May, so the application would need to go in before then.", "borderline: real external funding deadline stated once with its reason"),
   ("HS", "The proposal is enclosed, and given the evenings I've spent on your pitch with a spade, I would expect an answer from the committee on Thursday.", "enclosed proposal plus the seller's effort used as guilt: rule 15"),
   ("S", "We are, after all, the leading sports-turf contractor in the south-west.", "generic 'leading' boast")])

# 28
email("piano removals for the larkhill music centre", "very deferential", "Moving the concert grand", "Dear Imogen,", "Kind regards,\nFelix",
  [("N", "Thank you for letting me know the concert grand has to be in the new recital room before term starts on 8 September.", "the prospect's own date"),
   ("T", "I've put a rough plan for the move together, and I really hope it's alright that I did so without being asked.", "plan offered plus approval-seeking"),
   ("N", "We'd use a piano board and a stair-climber for the two flights, and the move takes about three hours.", "logistics")],
  [("T", "Our price for the move is £640, and I know that's more than the big firms charge, so I'm truly sorry about that.", "price plus an apology for the price"),
   ("T", "We'd also re-tune it free a week after the move, once it has settled, and I hope that isn't presumptuous of me?", "free re-tune plus approval-seeking"),
   ("T", "Honestly, any date at all is fine with us, whatever is easiest for you, we'll fit round you completely.", "order-taker, treating the prospect as king")])

# 29 (clean)
email("plasma cutter servicing for the halgate fabrication shop", "terse", "Torch service on the 6th", "Hi Craig,", "Jen",
  [("N", "Torch service for your two plasma units is pencilled in for the 6th, pending your OK.", "logistics awaiting his decision"),
   ("N", "Your consumables log shows electrodes lasting half their rated life, which points to a worn gas regulator.", "insight from the prospect's own data"),
   ("N", "Replacing the regulator adds £140 but should double the time between electrode changes.", "concrete value tied to the prospect"),
   ("N", "Just so you know, our yard gates stay locked the Friday before, as that's our stocktake day.", "borderline: one polite 'just', rule 1")])

# 30
email("popcorn machine supply for the palace picturehouse", "chatty", "KernelKing for the foyer", "Hey Marco,", "Cheers,\nKayla",
  [("N", "Thanks again for the tour, that 1930s foyer is gorgeous.", "pleasantry"),
   ("S", "It ships with a three-year parts warranty, and honestly the KernelKing 8 is the coolest thing I've ever gotten to sell, I can't stop talking about it!", "warranty detail plus the rep's own excitement"),
   ("S", "The spec sheet is attached: stainless kettle, LED cabinet, auto-oiler, heated deck, kernel sieve, one-touch clean cycle and WiFi diagnostics.", "requested spec sheet plus a feature list with no tie to his outcome")],
  [("H", "At your Saturday volume of about 400 tubs, the 8 oz kettle keeps the queue under two minutes, and every cinema that held off on this has ended up regretting it.", "value tied to his volume plus fear of missing out"),
   ("HST", "If you can get the PO over by the 30th, I can shave 15% off, because that's the day my quarter closes.", "discount conditioned on a date set by the seller's quarter: rules 7 and 16"),
   ("T", "And if that's still a stretch, I'm sure we can land somewhere in the middle.", "pre-emptive halfway concession")])

# 31
email("quiche and tart supply for the brookhaven garden centre cafe", "warm", "Quiche for the cafe", "Hi Jess,", "Best wishes,\nMeg",
  [("N", "Thanks for sending the till data; quiche is your best-selling lunch at 210 slices a week.", "prospect's own data"),
   ("N", "Our 12-portion quiche would save your team the early bake, since they currently make them from scratch before opening.", "value tied to the prospect"),
   ("S", "We're a family bakery through and through, four generations of Hartleys and counting!", "borderline: heritage line, rule 8")],
  [("H", "The price list you asked for is attached, and honestly half the garden centres in the county already stock us, so you're the odd one out now.", "requested price list plus peers-already-switched shaming"),
   ("S", "It'd be brilliant if you could put in a good word for us with the Greenfingers group buyer too.", "referral favour"),
   ("T", "I could drop off a tasting box on Tuesday morning, only if it's no trouble at all, of course, I'd hate to get in the way.", "tasting offer plus permission-begging"),
   ("H", "If I don't hear otherwise by Friday, I'll put you on the Monday delivery round.", "silence treated as an order")])

# 32
email("quarantine tanks for the sealcove aquarium", "formal", "Quarantine system for new arrivals", "Dear Dr. Menon,", "Sincerely,\nLaura Kim\nSenior Account Executive",
  [("N", "Thank you for sharing the mortality figures from the last two intake batches.", "pleasantry"),
   ("N", "The 14% loss you recorded in the October batch is consistent with the parasite loads we see when new arrivals share water with display fish.", "insight from the prospect's data"),
   ("S", "Our 800-liter system has its own filtration and UV loop, and it is installed at more than 200 public aquariums worldwide, including the most prestigious in the country.", "product detail plus a generic prestige boast")],
  [("H", "I have taken the liberty of scheduling our installation team for the 18th; your payment details can be entered on the secure form attached.", "assumptive booking and payment form before a yes"),
   ("HS", "I am also copying your director, Mr. Haas, so that he can see how many hours of my time this proposal has taken while it sat on your desk.", "escalation over her head and guilt resting on the seller's effort: rule 15"),
   ("N", "The tanks fit through a standard double door, so no building work is needed.", "logistics")])

# 33
email("quaker meeting house roof repair at kendalby", "non-native English", "Roof of the meeting house", "Dear Friends at Kendalby Meeting,", "With respect,\nPiotr Nowak",
  [("N", "Thank you for let me see the roof last Saturday.", "pleasantry"),
   ("N", "I find 23 slates broken and the lead in the valley is cracked, so water is coming to the ceiling of the small room.", "insight from the inspection"),
   ("H", "You must decide this week, otherwise the ceiling will fall down, I am sure about it.", "ultimatum with a scare")],
  [("H", "The price is £3,480 with scaffold, as your clerk requested, but this price is only for this week because many people want me.", "price the clerk asked for plus scarcity without a real reason"),
   ("HS", "I have already say no to other customer for keeping this week free for you, so you should give me the answer now.", "seller's sacrifice used as guilt: rule 15"),
   ("S", "My company is very famous in Poland and we have many prizes for our roof works.", "generic award boast")])

# 34 (clean)
email("relief chef cover for the harbour lights hotel", "warm", "Chef cover for the wedding weekends", "Hi Andrea,", "Best wishes,\nCallum",
  [("N", "What rotten luck about your head chef's wrist, I hope she's mending well.", "sympathy"),
   ("N", "I can have a chef with banqueting experience with you from Friday for the two wedding weekends you mentioned.", "offer tied to the prospect's dates"),
   ("N", "Our daily rate is £310, and the chef will work from your own menus and allergen sheets.", "price")],
  [("N", "Sorry my answer took a day longer than promised; I ended up covering a shift in Whitby myself.", "borderline: single courtesy apology with its reason, rule 3"),
   ("N", "Can you send me the kitchen rota so I can match the shift times?", "plain ask")])

# 35
email("rugby scrum machine for the tolland rfc", "blunt", "Scrum machine", "Hi Gethin,", "Rhys",
  [("N", "Your forwards coach said the old sled is rusting through at the pads, so I've quoted a two-man machine with replaceable pads.", "value tied to the prospect's problem"),
   ("H", "Before preseason this has to be in your shed, and I won't be taking no for an answer.", "directive and a refusal to accept a no"),
   ("S", "The machine weighs 310 kg on its skids, and we supply half the Premiership, and it was designed with a former Lions prop.", "product detail plus a generic prestige boast")],
  [("HT", "The machine is £3,950 delivered, and if you order before Friday I'll throw the spare pads in free, after that it's full whack.", "price plus a concession tied to the seller's date: rule 7"),
   ("H", "Delivery is on a tail-lift lorry next Tuesday, so I'll need your card details today to get it loaded.", "delivery logistics plus an assumptive payment demand")])

# 36
email("record racking for the spinning crow vinyl shop", "chatty", "Racking for the back room", "Hey Nadia,", "Tom",
  [("N", "Loved poking around the shop on Saturday, and thanks for the coffee!", "pleasantry"),
   ("T", "Sorry to bug you, I'm just checking in to see if you'd had any thoughts?", "apology and 'just checking in' as the purpose"),
   ("N", "The racking plan is attached, and it fits 3,600 LPs in the back room where the crates are now.", "attachment tied to her space")],
  [("S", "Full disclosure, my boss has me on a commission-only deal this year, so every order really counts for me.", "commission stake, no demand: rule 16"),
   ("ST", "Seriously, you'd be doing me a massive favour, I'm begging a little here.", "pleading for the seller's own sake: rule 15"),
   ("T", "Shall I book the fitters for the Monday you're closed, the 22nd, or is that too forward of me, sorry!", "install date plus approval-seeking apology")])

# 37
email("river gauge telemetry for the allerdale flood group", "formal", "Telemetry on the footbridge gauge", "Dear Mr Kerr,", "Yours sincerely,\nMargaret Oyelaran",
  [("N", "Thank you for the group's minutes and for the flood log from the last three winters.", "pleasantry"),
   ("N", "Your volunteers recorded the river reaching the footbridge on six nights, each time between midnight and 4 a.m., when nobody was watching the gauge.", "prospect's own data"),
   ("N", "A telemetry sensor would text the warden list the moment the level passes your chosen trigger.", "value tied to the prospect")],
  [("S", "I'm delighted to share that our parent company was recently named in the Sunday Times Tech Track 100.", "ranking boast"),
   ("T", "I would be grateful for any thoughts at all, whenever convenient, and I do apologise for the length of this email.", "permission-begging and an apology for length"),
   ("S", "The costings are enclosed, and our managing director is also keen to have a quote from your chair for our annual report.", "enclosed costings plus the seller's manager wanting a quote for PR")],
  [("HS", "We would ideally need the group's decision by the end of the month, as that is when my director sets next year's targets.", "decision date pressed for the seller's target-setting: rule 16"),
   ("T", "I'd quite understand if the group prefers to wait until next year, and I shall simply check back then.", "accepting a brush-off without a question")])

# 38
email("rush seat re-weaving for the hartmoor chapel chairs", "terse", "Chapel chairs", "Hi Ellen,", "Mary",
  [("N", "Eighteen of the chapel chairs need full re-rushing, and the other twelve only need the corners rewoven.", "finding from the inspection"),
   ("HS", "It comes to £1,150 with collection and return, but I'll need the deposit this week to keep my boss off my back.", "price plus a deposit date pressed for the seller's manager: rule 16"),
   ("S", "I'm one of only four master rushers left in England, as featured on BBC Countryfile.", "credential and press boast"),
   ("N", "The chairs would be back in the chapel within five weeks of collection.", "logistics")])

# 39 (clean)
email("respirator fit testing for the corbeck joinery shop", "formal", "Fit testing for the spray booth team", "Dear Mr Ferris,", "Yours sincerely,\nClare Whitby",
  [("N", "Thank you for sending the list of the nine operatives who use tight-fitting masks in the spray booth.", "pleasantry"),
   ("N", "Each of them needs a fit test before using a new mask model, and you mentioned the new masks arrive on the 4th.", "technical prerequisite and the prospect's own date"),
   ("N", "I can test all nine in one morning on the 5th, which keeps the booth out of use for less than half a day.", "next step tied to the prospect")],
  [("N", "The certificate for each operative goes straight into your health and safety file.", "value for the prospect"),
   ("N", "Would the 5th at 8 am suit your foreman?", "clear next step with a date")])

# 40
email("race timing for the pendlebury 10k", "chatty", "Chip timing for the 10k", "Hi Owen,", "All the best,\nSaoirse",
  [("N", "Thanks for the call yesterday, and congratulations on selling out the 10k for the second year.", "pleasantry"),
   ("N", "With 1,400 runners, mats at the start, 5k and finish give everyone an accurate net time.", "value tied to the prospect"),
   ("T", "I know it's a bit of a cheek, but might it be okay if we perhaps grabbed twenty minutes sometime to talk through the options?", "meeting ask plus stacked hedges and permission-seeking")],
  [("T", "That's £2.10 per runner with the live results page, as you asked, but sorry it isn't cheaper, I can drop it to £1.80 straight off if that helps.", "price he asked for plus an apology for the price and an unprompted discount"),
   ("H", "Your race is on 14 June, and I'd grab the date quickly because the other crews are nearly booked out that weekend.", "the prospect's race date plus unverified scarcity with urgency"),
   ("S", "We time the biggest races in the north-west and our results app has a 4.9-star rating.", "generic boast"),
   ("S", "If you're happy, could we also put the Pendlebury logo on our client page?", "logo favour for the seller")],
  [("N", "Your entry page says packs go out on 1 June, so I'd need the final runner list by 25 May to code the chips.", "prospect's own date and a technical prerequisite"),
   ("T", "No worries at all if you decide to stick with manual timing, thanks so much for even thinking of us!", "thanking them for considering, pre-emptive release")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s96e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s96-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed96: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the twelfth session) from the labelling guide alone, blind to that session's second Apply changes (after\nrounds 89 to 92), which it was written to judge, and measured first in that session on a detector those changes leave\nas it was (rules + model macro-F1 0.882: hard_close 0.860, self_serving 0.818, timidity 0.967; 2 of 105 clean\nsentences flagged; email agreement 0.925 / 0.925 / 0.925).\n")
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
    R.append("- Every third email (s96e003, s96e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
