#!/usr/bin/env python3
"""Build sealed106: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("almond flour supply for the pettigrew macaron kitchen", "chatty", "Superfine almond flour for the macaron kitchen",
  "Hi Odile,", "Cheers,\nRory",
  [("N", "Thanks for sending over last month's usage sheet, it made quoting much easier.", "pleasantry, thanks for data"),
   ("N", "Going by your own figures you went through 180 kilos of almond flour in March, so the 25-kilo sacks would save you about 40 bag openings a month.", "value from the prospect's own data"),
   ("H", "The blanched superfine grade is £9.40 a kilo, and I'd grab it today because once the other patisseries on the high street hear about it there won't be any left.", "price she asked for plus scarcity with no date or reason"),
   ("H", "Samples of the blanched and the natural grade are in the post, and I've taken the liberty of booking your first pallet for the 14th so you're not caught short.", "samples plus first delivery booked before a yes")],
  [("S", "We've been milling for longer than anyone in the county and our flour has taken three golds at the Fine Baking Awards.", "years in business and awards, not tied to her macarons"),
   ("T", "I've attached the spec sheet, and honestly if the price is a stretch just tell me what you'd like to pay and I'll make it work.", "attachment plus asking the buyer to name her number")])

# 2
email("artificial grass laying for the wrenbury nursery garden", "very deferential", "Toddler lawn layout",
  "Dear Mrs Achebe,", "With kind regards and thanks,\nPhilippa Naylor",
  [("T", "I'm so sorry to trouble you again, and I do hope this message doesn't land at an awkward moment.", "apologises for following up and seeks approval"),
   ("T", "I wondered if you'd maybe had a moment, should it be convenient, to glance at the layout for the toddler lawn?", "question about the layout plus stacked hedges and permission-seeking")],
  [("N", "The quote covers 140 square metres of 30 mm pile with a shock pad rated for a 1.2 metre fall height, which matches the climbing frame you mentioned.", "product detail tied to her climbing frame"),
   ("S", "We could lay it over the Easter closure, which would suit us nicely as it's our first nursery job and we're hoping to put it in our brochure.", "install window plus the seller's own brochure interest"),
   ("T", "The total is £6,860, and I'm really sorry it's that much.", "the total plus apology for the price"),
   ("T", "Please take all the time in the world with it, I'd never want you to feel hurried by me.", "minimises the ask, seeks approval")])

# 3 (clean)
email("attic conversion surveys for the hallow lane housing trust", "formal", "Hallow Lane loft survey results",
  "Dear Mr Okonkwo,", "Yours sincerely,\nHelena Marsh\nSenior Surveyor",
  [("N", "Thank you for your time on Tuesday and for arranging loft access at the four Hallow Lane properties.", "thanks, logistics"),
   ("N", "Our surveyor found adequate head height in numbers 12 and 14, while 16 and 18 would need the roof pitch raised, which planning is unlikely to allow in a conservation area.", "expert finding tied to the properties")],
  [("N", "Building control told us their current lead time for a full plans decision is eight weeks, so if the trust wants work to start in the summer holidays, the application would need to go in by mid-April.", "borderline: real external lead time stated once with its reason"),
   ("N", "I have attached the survey pack with floor plans and the structural notes for each house.", "attachment, logistics"),
   ("N", "Would Thursday the 10th at 2pm suit for a call with your asset manager to decide which two properties go forward?", "clear next step with a date")])

# 4
email("antler chandelier restoration for the craigmore shooting lodge", "blunt", "Your antler chandelier",
  "Alasdair,", "Fergus",
  [("H", "There's no decision to make here: that chandelier comes down and gets restored before the first guns arrive.", "tells the prospect what he must do, no choice offered"),
   ("N", "Two of the tines have hairline splits and the wiring is cloth-covered from the 1950s.", "inspection finding"),
   ("H", "I've pencilled in our van for the 3rd and sent the deposit invoice, so just pay it when it lands.", "proposed date plus invoice sent before any yes")],
  [("HS", "The measurements are attached, and I drove four hours up that glen to take them for you, so a straight answer is the least I'm owed.", "attachment plus the seller's effort used as guilt for a reply (rule 15)"),
   ("H", "Having been up a ladder with a torch, I can tell you the lodge needs that wiring replaced, no two ways about it.", "borderline: you-need directive after a real inspection (rule 6)"),
   ("N", "The rewiring alone takes a day, and the whole job is three days on site.", "logistics")])

# 5
email("atlas reprinting for the kellhope geography department", "warm", "Updated atlases for Kellhope",
  "Hi Priya,", "Warmly,\nBeth",
  [("N", "Lovely to see you at the regional conference, and I hope the Year 9 field trip went well despite the rain.", "pleasantry"),
   ("N", "You mentioned that 30 of your 120 atlases have lost their covers and the rest still show the pre-2020 boundaries.", "restates the prospect's own problem")],
  [("S", "We can reprint the full set with the updated boundaries in six weeks, and I'm genuinely thrilled about this one because our new binding line has been my pet project all year.", "offer and timescale plus the rep's excitement about her own project"),
   ("H", "I've held a slot on the press for you in week 22, though I can't promise it'll survive if you take more than a few days to decide.", "print slot plus vague scarcity with no real reason"),
   ("S", "Our bindery has printed for the Royal Geographical collections, two national museums and a former prime minister's library.", "name-dropping with no link to the school's need"),
   ("ST", "It would honestly mean a lot to me personally to land this one, so I'd be ever so grateful for a yes.", "pleading for the seller's own sake (rule 15)"),
   ("N", "I can bring a sample copy to your department meeting on the 14th if that's useful.", "concrete offer with a date")])

# 6
email("airbrush make-up training for the velvet reel film crew", "chatty", "Airbrush course for your crew",
  "Hey Marcus,", "Cheers!\nJas",
  [("N", "Great chatting on set last week!", "pleasantry"),
   ("T", "Just popping my head round the door to see if you'd had any thoughts, no pressure whatsoever.", "checking in as the whole purpose, minimising")],
  [("S", "Our academy has trained make-up artists for three BAFTA-nominated dramas and we were named Training Provider of the Year twice.", "credits and award as a generic boast"),
   ("N", "For your crew, the two-day course covers airbrush foundation under 4K lighting, which is where your colourist flagged the blotching on the last shoot.", "value tied to the crew's own problem"),
   ("HT", "The course is £2,400 for six people, but I'll drop it to £1,900 if you confirm before Friday lunchtime.", "price plus discount conditioned on the seller's date (rule 7)"),
   ("T", "Hope that's alright and that I haven't overstepped by asking!", "seeks approval for normal selling")])

# 7
email("baler twine supply for the wethercote contractors", "terse", "Twine price",
  "Tom,", "Gaz",
  [("H", "Price for 130 pallets of 20,000 ft twine is £38.50 a spool, good till Friday, then it's gone.", "price he asked for plus deadline with no reason"),
   ("H", "Delivery is free over 100 pallets, and Hollins and Broadbent switched to us already, so you'll be the odd one out come silage.", "delivery terms plus peers who already switched, used to shame"),
   ("S", "Best twine in the north, ask anyone.", "generic boast"),
   ("N", "We can deliver to your Skipton yard on the 22nd, before first cut.", "logistics with a date tied to his season")])

# 8 (clean)
email("barbecue catering for the dunstable rowing regatta", "warm", "Regatta barbecue plan",
  "Hi Harriet,", "Best wishes,\nTariq",
  [("N", "Thanks for the headcount, 420 rowers and about 300 spectators is very doable from two grills.", "thanks, logistics"),
   ("N", "Since racing starts at 7am, I'd suggest we open with bacon rolls at the boat tents and move to the full barbecue at noon, so crews racing early still get fed.", "confident recommendation tied to her event")],
  [("N", "Your committee said the halal option was missing last year, so we'd run a separate grill for it to avoid any cross-contact.", "value tied to the prospect's own feedback"),
   ("N", "The quote for both days is attached, including the gas, marquee and waste collection.", "attachment, logistics"),
   ("N", "Shall I come down to the river on Saturday morning to look at where the vans can park?", "plain ask with a time")])

# 9
email("barometer restoration for the pengarrow maritime museum", "formal", "FitzRoy barometer restoration",
  "Dear Dr Pascoe,", "Yours sincerely,\nGeoffrey Trelawny",
  [("N", "Thank you for your letter and the photographs of the FitzRoy barometer.", "thanks"),
   ("S", "Our family has repaired scientific instruments in this town for four generations.", "borderline: heritage line (rule 8)"),
   ("N", "From the photographs, the tube has a small air bubble and the scale is tarnished, both of which we can correct without replacing original parts.", "expert assessment of the object")],
  [("S", "The restoration would take around ten weeks, and I should add that our workshop was voted Best Heritage Craft Business in the south-west this spring.", "timescale plus award boast"),
   ("S", "It would also be a real coup for us to add the museum's name to our client list, so I hope you will let us feature the piece on our website afterwards.", "asks a favour that serves the seller"),
   ("T", "The fee would be £2,900, though I appreciate that may seem a great deal, and I would entirely understand if the museum felt unable to proceed.", "fee plus apologetic hedging and pre-emptive release"),
   ("N", "I would be glad to visit on the 18th to inspect the tube in person.", "next step with a date")])

# 10
email("bean bag seating for the fernhollow teen library", "non-native English", "Bean bags for teen corner",
  "Hello Mrs Dunmore,", "Best regards,\nAndrei Popescu",
  [("T", "Sorry for to write you again, I am not wanting to disturb.", "apologises for the follow-up itself"),
   ("N", "Last time you say the teen corner need 24 seats that can be wiped clean.", "restates the prospect's need")],
  [("T", "Our wipe-clean bean bag is £58 each, but maybe it is too expensive, so I can give you 20 percent less without problem.", "price plus unprompted discount"),
   ("N", "The cover is fire-tested to BS 5852 and has a zip that children cannot open.", "product detail relevant to a library"),
   ("S", "We can deliver in two weeks, and our company is biggest importer of bean bags in Romania and Moldova.", "delivery time plus size boast"),
   ("T", "If you prefer other supplier, I understand completely and I will not write more.", "releases the prospect pre-emptively")])

# 11
email("bed linen supply for the corrie glen bothy lodges", "blunt", "Linen quote",
  "Morag,", "Ian",
  [("N", "Following up on the linen quote from the 2nd.", "single follow-up line"),
   ("HS", "The order form's attached, and since my quarterly target closes on the 30th and I'm still well off it, I need it back by then.", "attachment plus a date for her order with the seller's target as the reason (rule 16)"),
   ("H", "The 200-thread percale sets are £31 each as you asked, and I've already set up a direct debit form for you to fill in.", "requested price plus payment form before a yes")],
  [("N", "They survive 200 washes at 60 degrees, which matters with your changeover laundry.", "value tied to her operation"),
   ("H", "I've put you down for 90 sets on the delivery run of the 3rd, so just tell me where to drop them.", "delivery date plus order assumed before a yes"),
   ("S", "Honestly, my manager's been on at me about this account every single morning.", "seller's manager pressure, no date (self_serving only)")])

# 12
email("binoculars for the saltholme estuary hide", "warm", "Binoculars for the hide",
  "Hi Gwen,", "All the best,\nOwen",
  [("N", "It was lovely to meet your volunteers on Sunday; the avocets were a treat.", "pleasantry"),
   ("N", "For the hide, I'd suggest 8x42 roof-prism binoculars, because the lower magnification keeps the image steady for younger visitors and the waterproofing copes with the sea air.", "confident recommendation with reasons")],
  [("T", "Twelve pairs come to £1,140, and I really hope that's not too dear for you, I feel awful even quoting it.", "quote plus apology for the price"),
   ("HT", "If you can confirm this week I could take £100 off, would that help at all?", "discount conditioned on a date the seller chose (rule 7)"),
   ("T", "I hate to be a nuisance, but I thought I'd nudge this back in front of you.", "checking-in variant with self-abasement"),
   ("N", "The manufacturer has told us this is their last batch before a June price rise, which they put down to prism glass costs.", "borderline: supplier's price change stated once with its reason")])

# 13
email("bird seed supply for the hartwick wetland centre", "chatty", "Seed mixes for the feeding station",
  "Hiya Leanne,", "Ta,\nKirsty",
  [("N", "Hope the new feeding station is pulling in the tree sparrows!", "pleasantry"),
   ("S", "Big news from our end: we've just launched a whole new range and I can't wait to show it to everyone.", "seller's own news and excitement, no customer value"),
   ("S", "The sunflower heart mix you asked about is £24 per 25 kg, and it's our bestselling, most-awarded, most-reviewed blend by a mile.", "price she asked for plus boast")],
  [("HS", "Getting an order from you this month would rescue my figures, which are looking grim.", "order by month end for the seller's own numbers (rule 16)"),
   ("H", "You took 500 kg last winter, so I've already put the same on your account for November and the invoice will follow.", "her own past volume plus order placed and invoiced before a yes"),
   ("T", "I've attached the bulk price list, and if anything looks high just tell me what you'd want to pay.", "attachment plus asking her to name her number")])

# 14 (clean)
email("cafetiere supply for the marram bay guest rooms", "terse", "Cafetieres quote",
  "Hi Sunita,", "Thanks,\nLuke",
  [("N", "Quote attached for 36 three-cup cafetieres with spare glass beakers.", "attachment"),
   ("N", "The beakers are borosilicate, so they'll survive your dishwasher cycle.", "product detail tied to her use"),
   ("N", "We can deliver on the 9th, before your Easter reopening.", "logistics tied to her date"),
   ("N", "Does that date work?", "plain ask")])

# 15
email("campervan conversion for the roamwell hire company", "blunt", "Conversions - need an answer",
  "Dan,", "Steve",
  [("H", "This is the fourth time I've written about the conversions and I've had nothing back from you.", "counts the attempts at the prospect (rule 13)"),
   ("H", "My tracking shows you opened the last quote three times yesterday, so I know you've seen it.", "read-receipt guilt")],
  [("N", "The four-berth layout fits your Transit fleet, and the swivel seats mean you can rent them as six-seaters for day hire.", "value tied to his fleet"),
   ("H", "I can start on the first van on Monday, and if I don't hear by Friday I'll take that as a go-ahead.", "start date plus silence taken as a yes"),
   ("S", "The swivel seats carry a five-year warranty, and our conversions have been in two glossy magazines this year alone.", "warranty detail plus press boast"),
   ("H", "I've attached the revised floor plan, and if there's nobody at your end who can make this call, I'm happy to put it to your owner directly.", "attachment plus bypass threat")])

# 16
email("cello hire for the brandling youth strings", "very deferential", "Cello hire options",
  "Dear Ms Aldous,", "With warmest wishes and thanks again,\nClement Harding",
  [("T", "I do hope you don't mind me writing, and I apologise for the length of this message, but I wanted to set out the hire options for your new cellists.", "purpose of the email plus permission-seeking and apology for length"),
   ("N", "Half-size and three-quarter instruments are £14 a month each, and the hire fees can go towards buying the instrument later, which families in your scheme have asked about.", "price with value tied to families' request")],
  [("T", "If that feels like too much, please do tell me whatever figure would be comfortable and I'll see what I can do.", "asks the buyer to name her number"),
   ("T", "I'm afraid I'd have to ask my director before agreeing any different terms, so please forgive me if that takes a little while.", "defers on terms to his director, with apology"),
   ("S", "I'd also be ever so grateful if you would mention our shop in the concert programme.", "favour that benefits the seller")])

# 17
email("chicken feed supply for the windyridge free-range flock", "non-native English", "Layer feed for the moult",
  "Dear Mr Bellwood,", "Kind regards,\nTomasz Nowak",
  [("N", "Thank you for meeting with me on Wednesday and for showing the layer sheds.", "thanks"),
   ("N", "You told that your egg numbers drop every November when the birds moult.", "restates the prospect's problem"),
   ("N", "Our high-protein layer pellet is made for this period, and other farms with 3,000 hens see the drop much smaller.", "social proof tied to his flock size")],
  [("H", "You must to change the feed now, there is nothing more to think.", "directive telling him what he needs"),
   ("S", "Delivery is with our own lorry, and I want to say we are the biggest feed mill of the north with 70 years of history.", "delivery detail plus size and heritage boast"),
   ("H", "I send already the invoice for first 2 tonnes at £398 per tonne, so you pay and we deliver Thursday.", "price and delivery day plus invoice before a yes")])

# 18
email("chopping board resurfacing for the copperpot cookery school", "chatty", "Your end-grain boards",
  "Hi Fiona,", "Speak soon,\nNiall",
  [("N", "Thanks for letting me poke around the kitchens on Friday.", "thanks"),
   ("N", "Your 40 end-grain boards have deep knife scoring, and that's where bacteria hide, so resurfacing them now saves replacing them at about £90 each.", "insight with value from her own kit"),
   ("H", "Every month those boards stay in service is roughly another £300 of replacements down the drain, so the sooner the better.", "borderline: quantified cost of delay used to push (rule 5)")],
  [("S", "We can plane and oil the lot in two days, and between you and me I'm dead proud of our new planer, it's the fanciest bit of kit we've ever bought.", "offer plus seller boasting about his machine"),
   ("ST", "If you'd let us film the job for our socials, I'll knock 15% off the price.", "borderline: discount offered to win a favour (rule 7)"),
   ("T", "Anyway, sorry for rambling on, I know you're flat out!", "apology for the length")])

# 19 (clean)
email("chess clock supply for the fennick chess congress", "formal", "Clocks for the congress",
  "Dear Mr Havel,", "Yours sincerely,\nRuth Abernethy",
  [("N", "Thank you for confirming the congress will run 64 boards across the three sections.", "thanks, logistics"),
   ("N", "I would recommend clocks with a Fischer increment for the Open section, since the rating rules require increment at that time control, and simpler delay clocks for the juniors.", "recommendation tied to a requirement"),
   ("N", "Since you already own 20 clocks from 2019, we can use those in the junior section and you would only need to buy 44.", "saves the prospect money")],
  [("N", "Apologies for the late reply; our warehouse was closed for stocktake, and the full quote is now attached.", "borderline: single courtesy apology for a real delay, with the reason"),
   ("N", "Could we speak on Monday to settle the delivery date ahead of the congress on 12 October?", "next step with a date")])

# 20
email("croissant supply for the larkhill station kiosk", "chatty", "Bake-off croissants",
  "Morning Jo!", "Ta ra,\nBen",
  [("N", "Great to hear the kiosk is doing 300 covers before 9am now.", "pleasantry about her business"),
   ("H", "Every cafe along that line has moved to our bake-off croissants already, so you're honestly the last one holding out.", "shaming with peers who already switched"),
   ("H", "There's already a crate with your name on it for Monday's van, so all I need is your signature.", "delivery day plus delivery booked before a yes"),
   ("S", "We're the fastest-growing bakery in the region and we've got two big investors backing us.", "growth and investors boast")],
  [("HS", "Happy to start deliveries on the 1st, and if you could sign before month-end that'd get me over the line for my bonus.", "start date offer plus signing date for the seller's bonus (rule 16)"),
   ("N", "The all-butter ones bake in 14 minutes from frozen, so your morning staff can load them at 6 and have them out by the first train.", "value tied to her rush")])

# 21
email("confetti cannon hire for the belvoir arena concerts", "terse", "Cannons - 3 nights",
  "Kara,", "Rich",
  [("H", "Quote for six cannons across the three nights attached; we only hold two sets and another promoter wants them, so I'd decide today.", "attachment plus manufactured scarcity"),
   ("S", "The cannons run off a standard 13 amp socket, and our effects were on the main stage at three of the biggest festivals this summer.", "power detail plus festival name-dropping"),
   ("N", "Biodegradable tissue, so your cleaners won't need the industrial vacs.", "product detail tied to her cleanup"),
   ("H", "Honestly, I'd have thought someone running an arena would have had the sense to book these by now.", "sarcasm shaming the prospect's judgement"),
   ("N", "Crew arrives three hours before doors.", "logistics")])

# 22
email("compass supply for the ribblemoor duke of edinburgh groups", "warm", "Compasses for the expeditions",
  "Hi Graham,", "Warm regards,\nSally",
  [("T", "Thought I'd drop you a quick line to see how you're getting on, nothing in particular!", "touching base with no purpose, minimising"),
   ("N", "You said the bronze groups keep losing the cheap fixed-bezel compasses, and the silver groups need declination adjustment for the Lakes expedition.", "restates the prospect's needs")],
  [("N", "The baseplate model with adjustable declination and a lanyard would cover both, at £16.50 each for 60.", "recommendation with price"),
   ("T", "Totally fine if the budget's already gone, I'll just try you again after Easter.", "pre-emptively accepts a no without a question"),
   ("T", "I've attached the spec sheet, but I completely get it if you'd rather stick with what you've got, sorry for going on!", "attachment plus pre-emptive release and apology"),
   ("S", "The compasses can be with you by the 1st, and I'd also love it if you'd pop a review on our Google page, we're trying to get to 500.", "delivery date plus a favour for the seller")])

# 23
email("duck egg supply for the pudding lane bakehouse", "non-native English", "Duck eggs for custard tarts",
  "Hello Vikram,", "Many greetings,\nLiang",
  [("N", "Thank you for the order list, it is very clear.", "thanks"),
   ("S", "Our farm is number one duck farm in whole region, we have many prizes and also we are on TV two times.", "boast: ranking, prizes, TV")],
  [("S", "For your custard tarts I propose 360 eggs every Tuesday, and I tell you honestly this contract will help me very much with my boss.", "delivery proposal plus the seller's standing with his boss, no date"),
   ("N", "Duck yolks are bigger and more rich, so you can use 2 in place of 3 hen eggs in your custard.", "value tied to his recipe"),
   ("T", "Price is 42p for each egg, but if it is too much I can go down, just say me the number.", "price plus asking him to name his number"),
   ("H", "First delivery can be next Tuesday, and if you not reply by Friday I understand it is yes.", "first delivery date plus silence taken as a yes")])

# 24 (clean)
email("donkey rides for the saltwick sands beach", "warm", "Summer season on the sands",
  "Dear Alison,", "Best wishes,\nMaggie",
  [("N", "Thank you for the chat about the summer season and for sending the council's beach licence conditions.", "thanks"),
   ("N", "The licence renewal has to reach the licensing team by 31 March for a May start, so I've filled in our part and attached it for your signature.", "borderline: council deadline stated once with its reason"),
   ("N", "All six donkeys have this year's vet certificates, which your conditions ask to see.", "credential the buyer's process requires")],
  [("N", "I'm sorry to hear about the storm damage to the lifeguard hut; we can move our rope line further along the sand if the builders need the space.", "sympathy and a helpful offer"),
   ("N", "Would Wednesday afternoon suit to walk the pitch with you?", "plain ask")])

# 25
email("dolls' house restoration for the tolworth toy museum", "very deferential", "The 1880s dolls' house",
  "Dear Dr Everleigh,", "With my sincere thanks,\nBeatrice Quill",
  [("T", "Please forgive me for troubling you once more, I do realise how busy you must be.", "self-abasing apology for following up"),
   ("N", "I've now looked closely at the 1880s dolls' house in your photographs, and the main concerns are the lifting wallpaper in the nursery and the cracked staircase spindles.", "expert assessment"),
   ("T", "I was thinking we might perhaps be able to repair the spindles in situ, if that wouldn't be too much of an imposition, though of course I may be wrong.", "repair proposal plus stacked hedges and permission-seeking")],
  [("N", "The wallpaper can be relaid with wheat-starch paste, which is fully reversible and meets the museum's conservation policy.", "method tied to the buyer's policy"),
   ("T", "My estimate is £1,850, but I'm very happy to do it for less if the budget is tight, really whatever you think is fair.", "estimate plus unprompted discount and name-your-number"),
   ("T", "I hope this is all right and that I haven't overstepped in any way.", "needs approval"),
   ("N", "I can bring my tools to the museum on any Tuesday in May.", "logistics")])

# 26
email("doormat supply for the greyfield hotel", "blunt", "Logo mats",
  "Hi Neil,", "Regards,\nCraig",
  [("S", "We're the UK's biggest logo mat maker, with 14 colours, three pile heights, rubber or coir backing, laser-cut edging and a 95% five-star rating.", "size boast and feature list"),
   ("N", "For your front entrance, a 3-meter recessed coir mat would trap the grit that's been scratching the new oak floor.", "recommendation tied to his floor"),
   ("H", "The proofs are attached, and the other two hotels on your street have both ordered, so you don't want to be the one with the tatty old mat.", "attachment plus peers used to shame")],
  [("HS", "The mock-ups are attached, and as I've spent the best part of two weeks on them for you, I'd really expect a decision by now.", "attachment plus the seller's effort as guilt for a decision (rule 15)"),
   ("S", "It's been a slow month for me, I won't lie.", "seller's own situation, no demand")])

# 27
email("diary printing for the brackenfield prep school", "formal", "Pupil diaries 2025-26",
  "Dear Mrs Hollis,", "Yours sincerely,\nMalcolm Reid",
  [("N", "Thank you for returning the proofs with the new term dates marked.", "thanks"),
   ("N", "I have corrected the half-term week and moved the house points page to the back as you asked.", "logistics, done as asked")],
  [("HT", "The order for 480 diaries comes to £2,260, and I will take ten per cent off if it is confirmed by close of play tomorrow.", "price plus discount tied to the seller's date (rule 7)"),
   ("S", "Delivery would be in the last week of August, and I should say that we print for more than 300 schools and won the Independent Printer award in 2023.", "delivery timing plus customer count and award boast"),
   ("H", "Frankly, schools that dither past this week tend to end up handing out photocopied planners in September.", "shaming and manufactured urgency"),
   ("T", "I do apologise for being so pushy about it.", "apology for normal selling")])

# 28
email("dumpling wrappers for the jade lantern dim sum house", "chatty", "Wrappers for har gow",
  "Hi Mei,", "Cheers,\nAdam",
  [("N", "Thanks for letting me sit in during the lunch rush, that was quite a sight!", "thanks"),
   ("N", "Your chefs are rolling about 2,000 wrappers by hand each morning, which ties up two people until 11.", "observation from her own kitchen"),
   ("N", "Our machine-pressed wrappers are 0.8 mm, the thickness your head chef said he wanted for har gow.", "product detail tied to her chef's need")],
  [("S", "I've personally got a lot riding on this, since it'd be my first restaurant group account.", "seller's stake, no demand"),
   ("ST", "I can bring a trial box on Thursday, and please, please give us a go, I'd be so grateful.", "trial offer plus pleading for the seller's sake"),
   ("HST", "If you say yes before Friday I'll knock 10% off, since that's when my probation review happens.", "discount tied to a date with the seller's own review as the reason (rules 7, 16)"),
   ("T", "Oh, and the price is £3.10 per 100, sorry it's a bit more than the frozen ones.", "price plus apology for it")])

# 29 (clean)
email("etching press servicing for the inkwell print studio", "chatty", "Press bed wobble",
  "Hi Rosa,", "Cheers,\nHal",
  [("N", "Thanks for the photos of the press bed.", "thanks"),
   ("N", "That wobble is almost certainly worn bearings on the top roller, which also explains the uneven plate tone your members mentioned.", "insight tied to her members' complaint"),
   ("N", "A service is a half-day job: new bearings, roller realignment and fresh felts, for £340.", "scope and price")],
  [("N", "It might be worth booking it before your summer open studio.", "borderline: one mild hedge, nothing else"),
   ("N", "I can come Tuesday the 6th or Thursday the 8th; which is better?", "clear next step with dates")])

# 30
email("eiderdown cleaning for the whitlow manor hotel", "blunt", "Eiderdown cleaning",
  "Mr Fairbrother,", "D. Carter",
  [("N", "You asked for a price to clean the 22 eiderdowns before the shooting season.", "restates his request"),
   ("H", "It's £48 each, and you'll want these done now, because if you leave them you'll never get round to it.", "price he asked for plus now-or-never pressure"),
   ("S", "We've cleaned for three royal households and we're the only firm in the county with a royal warrant.", "generic prestige boast")],
  [("HS", "The rate includes collection and return, but my manager says I can only hold it if your order's in by Friday.", "what the rate covers plus a deadline with the seller's manager as the reason (rule 16)"),
   ("H", "Expect me at your front desk on Monday if I've not heard from you by then.", "threatens to turn up uninvited")])

# 31
email("espadrille stock for the seastone beach boutique", "chatty", "Summer espadrilles!",
  "Hey Lola!", "Speak soon,\nMaya x",
  [("N", "Loved the window display last time I was in!", "pleasantry"),
   ("N", "You said last summer's espadrilles sold out by July in sizes 38 and 39, so I've weighted the order heavily towards those.", "order shaped by her own sales data")],
  [("T", "I've attached the new lookbook, and sorry for bugging you, I know it's been ages and I was only seeing how you were!", "attachment plus apology for following up and checking in"),
   ("S", "Our new jute range is honestly my baby, I designed half of it myself and I'm so excited.", "rep's excitement about her own work"),
   ("HS", "Could you get the order to me before the 20th, as that's when my sales figures go to head office?", "order date pressed for the seller's own figures (rule 16)"),
   ("T", "The pre-order comes to £1,420 at wholesale, and I can do 15% off if that helps at all.", "price plus unprompted discount")])

# 32
email("event stewarding for the kelmarsh beer festival", "formal", "Stewarding for the festival",
  "Dear Ms Okafor,", "Yours faithfully,\nLt Col (Retd) James Pryor\nPryor Event Security",
  [("N", "Thank you for the site plan and the expected attendance of 4,000 per day.", "thanks"),
   ("N", "Your licence conditions require one SIA-badged steward per 100 people in the bar areas, so I have quoted for 28 stewards, 10 of whom hold the badge.", "requirement from her own licence"),
   ("S", "Our stewards are trained to our own written standard, and I may say we hold stadium contracts that most firms can only dream of.", "training detail plus contracts boast")],
  [("H", "The sensible course is to stop comparing quotes and put this in our hands today.", "directive to decide now"),
   ("H", "I have attached the contract, and we will release your dates to another festival that has asked for them unless it is signed by Monday.", "attachment plus ultimatum with rival-buyer scarcity"),
   ("H", "Frankly, a festival of your size running without us would be asking for trouble.", "fear and telling her what she needs")])

# 33 (clean)
email("flume repair for the splashzone leisure pool", "formal", "Flume inspection findings",
  "Dear Mr Adeyemi,", "Yours sincerely,\nKatherine Lowe\nLowe Composite Repairs",
  [("N", "Thank you for arranging access to the flume tower on Thursday morning.", "thanks"),
   ("N", "Our inspection found gel-coat cracking at the joints of two fibreglass sections, which is letting water into the laminate.", "inspection finding"),
   ("N", "Your own maintenance log shows the leak rate has doubled since January, so I would recommend repairing these sections during the closure you have already planned for the last week of August.", "cost of delay from the prospect's own data, with his own date")],
  [("N", "The repair involves grinding back the joints, relaminating and re-coating, and a method statement for your health and safety officer is attached.", "scope, attachment"),
   ("N", "The manufacturer has confirmed the replacement gaskets are still available, which avoids the cost of new flanges.", "value to the prospect"),
   ("N", "Could you let me know by the end of next week whether the August closure dates are fixed, so that we can reserve the crew?", "plain ask with its reason")])

# 34
email("festoon lighting for the marsh lane food market", "terse", "Festoons",
  "Sam,", "Lee",
  [("H", "Festoons for the 40 stalls are £3,900 fitted, and I'll need your card details today to lock in the install.", "price plus card request before a yes"),
   ("S", "Eighteen lamp colours, dimmers, timers, app control, weatherproof plugs, motion sensors, the works.", "feature dump with no outcome")],
  [("HS", "I've pulled strings with our installers to hold that slot for you, so I'd be gutted to hear you've gone cold on me now.", "seller's favours and feelings as guilt (rule 15)"),
   ("N", "The market runs till 10, so a dusk timer would save you the manual switch-on.", "value tied to his hours"),
   ("H", "Three other markets in the city already have our lights up, so yours is going to look a bit sad without them.", "peers used to shame")])

# 35
email("frisbee discs for the harrowden university ultimate club", "chatty", "Discs for nationals",
  "Hey Chris,", "Catch you later,\nJordan",
  [("N", "Congrats on making the nationals, that's huge for the program!", "pleasantry"),
   ("S", "We're literally the official disc supplier to four national teams and our founder used to play for GB.", "generic credentials boast"),
   ("N", "You mentioned your current discs warp in the cold, and our 175 g competition disc holds its shape down to freezing.", "product detail tied to his problem"),
   ("HT", "Delivery takes ten days, and if you order by Sunday night I'll throw in free printing on the rim.", "delivery time plus a freebie tied to the seller's date (rule 7)")],
  [("S", "Once the season's wrapped, would you mind leaving us a quick review, since the team's been so happy with the last batch?", "borderline: review asked of a happy customer after value was delivered (rule 10)"),
   ("T", "Fifty discs with your club logo is £700, sorry, I know student budgets are tight, and I can knock a hundred off without any fuss.", "price plus apology for it and an unprompted discount")])

# 36
email("fortune cookie supply for the golden phoenix restaurants", "blunt", "Loyalty-code cookies",
  "Mr Chan,", "Wilson Tsang",
  [("N", "Following our call, here are the numbers for your five restaurants.", "single follow-up line"),
   ("N", "At your current 9,000 covers a month, printing your loyalty code inside each cookie would cost about £85 a month more than plain ones.", "figures from his own data")],
  [("H", "You've ignored me for a month now, which frankly isn't how a decent business treats people.", "guilt resting on the prospect's conduct"),
   ("HS", "I put my own neck on the line with my director to get you this pricing, and you haven't had the courtesy to reply.", "seller's standing as guilt for a reply (rule 15)"),
   ("H", "I've attached the order form, and if it isn't signed by Thursday the price goes up 30%.", "attachment plus ultimatum with no reason")])

# 37
email("flask supply for the tollgate utilities field teams", "non-native English", "Flasks for field engineers",
  "Dear Mr Pritchard,", "Yours faithfully,\nKarolina Wisniewska",
  [("N", "Thank you for reply to my last email.", "thanks"),
   ("S", "Our company is founded in 1962 and is leader of thermal products in all Europe with more than 40 patents.", "years, leadership and patents boast"),
   ("N", "Your engineers work outside in winter, and our flask keeps drink hot for 24 hours, so they do not need to stop at cafes between jobs.", "value tied to his teams")],
  [("ST", "For 150 flasks the price is £11 each, and I must say this order is very important for my position in the company, so please help me with it.", "price plus pleading for the seller's own standing"),
   ("T", "If it is not good moment, no problem, I can write again next year.", "pre-emptively accepts a no"),
   ("H", "I attach the order form, please return it signed this week, otherwise I must give your price to another company.", "attachment plus ultimatum with no reason")])

# 38 (clean)
email("figurine repair for the brackwater porcelain museum", "warm", "The shepherdess figurine",
  "Dear Ingrid,", "With best wishes,\nAnnelise",
  [("N", "I'm so sorry to hear the shepherdess was knocked during the school visit; these things do happen.", "sympathy"),
   ("N", "From your photographs, the break at the wrist is clean, and the missing finger can be modelled from the matching shepherd in your collection.", "expert assessment"),
   ("N", "We use a reversible conservation adhesive, so a future conservator could undo the repair if needed.", "'we' serving the museum's needs")],
  [("N", "The cost would be £420, and I could collect the piece on the 22nd.", "price and logistics"),
   ("N", "Would that suit?", "plain ask")])

# 39
email("fiddle lessons for the tarn end folk club", "blunt", "Re: fiddle tutoring",
  "Hi Declan,", "Siobhan",
  [("N", "I understand the club has decided to go with the volunteer tutors instead.", "acknowledges the decision"),
   ("HS", "Considering the evenings I've put into your open sessions for free, a phone call before you decided would have been the decent thing.", "seller's effort as guilt after a decision (rule 15)"),
   ("H", "I've told your chair I'll be at Thursday's session to put my case again, invited or not.", "badgering after a no, turning up uninvited"),
   ("S", "I've taught at two national fiddle schools and my students have won the All-Ireland three times.", "credentials boast after a decision")],
  [("T", "Sorry, that came out wrong, I hope I haven't upset anyone.", "needs approval, self-abasing apology")])

# 40
email("fish food supply for the koi hollow aquatic centre", "warm", "Colour food for the show koi",
  "Hi Pete,", "Cheers,\nMel",
  [("N", "Thanks for the tour of the new koi house, the filtration setup is impressive.", "thanks"),
   ("N", "You said the big show fish lose color over winter, and a spirulina-enriched food at 38% protein is what most breeders use to keep the reds deep.", "insight tied to his problem"),
   ("S", "We're the only koi food maker with a Japanese breeders' seal and we've sponsored the national show for nine years running.", "credentials and sponsorship boast")],
  [("S", "I'll bring 20 kg of samples on Friday, and I'd love to show off the new floating pellet our lab has spent two years perfecting.", "sample offer plus showing off the seller's product"),
   ("HST", "If you can put the order through before the 31st, I'll take 12% off, because that gets me to my quarterly target.", "discount tied to a date with the seller's target as reason (rules 7, 16)"),
   ("T", "I realise I've gone on a bit, sorry!", "apology for the length")],
  [("N", "Either way, I'll drop the feeding chart round with the samples.", "logistics, leaves value")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s106e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s106-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed106: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the thirteenth session) from the labelling guide alone, after that session's model change and before a\nsecond one tried on it and not kept (`sealed90` to `sealed101` as training data), and measured first in that session\non the model as it stands (rules + model macro-F1 0.937: hard_close 0.949, self_serving 0.928, timidity 0.935; 1 of\n102 clean sentences flagged; email agreement 0.925 / 0.925 / 0.925).\n")
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
    R.append("- Every third email (s106e003, s106e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
