#!/usr/bin/env python3
"""Build sealed30: 40 hand-written sales emails, labelled sentence by sentence from LABELS.md.

Codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combined, e.g. "HS").
Notes starting with "borderline:" mark sentences decided by one of the guide's borderline rules.
Every third email (e003, e006, ...) is rendered with curly apostrophes.
"""
import json, os, re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LAB = {"H": "hard_close", "S": "self_serving", "T": "timidity"}

# Each email: (industry, register, subject, salutation, sign-off, paragraphs); a paragraph is a list of (text, code, note).
EMAILS = [
("anechoic chamber hire for radar testing", "formal", "Chamber time for the radar module pre-scan", "Dear Dr Okafor,", "Yours sincerely,\nHelena Marsh\nCompliance Test Services", [
 [("Thank you for sending the test plan for the 77 GHz module; I have read it alongside your draft schedule.", "N", "courtesy and context"),
  ("Our 10-metre chamber is free in the week of 9 March, which matches the window your certification house gave you.", "N", "availability tied to the prospect's own window")],
 [("The chamber's 3 m turntable takes your full bumper assembly, and we have run the region's largest facility since 1987 and been shortlisted for the Electronics Industry Awards three years running.", "S", "product detail kept; generic boasts: size, years, awards"),
  ("I have attached the day-rate sheet you asked for, and I'd need a purchase order number by Thursday to pencil you in, as two other firms are eyeing the same week.", "H", "requested attachment kept; invented scarcity and PO deadline"),
  ("I can hold the March week provisionally, and my director is keen to see it confirmed before our financial year closes on the 31st.", "HS", "provisional hold kept; seller's manager and year end as the reason for a dated booking (rule 16)")],
 [("Would a call on Tuesday at 14:00 suit to go through the antenna positioning, or would that be asking too much of your week?", "T", "meeting ask kept; minimising and permission-seeking")]]),

("auctioneering for a hospice gala", "warm", "Auctioneer for the Starlight Ball on 14 November", "Hi Priya,", "Warmly,\nJonty Fairweather", [
 [("It was lovely to hear how much the hospice's night-care team means to your supporters.", "N", "warm opener"),
  ("For a room of 300 guests, I'd run a twelve-lot live auction with the two experience lots last, since that is usually where the bidding gets competitive.", "N", "confident expert recommendation")],
 [("I've done this for nine years and honestly I'd be so grateful for the chance, as things have been a little quiet for me since the summer.", "ST", "pleading for the seller's own sake (rule 15)"),
  ("My fee is normally £650, but I'd happily do it for whatever you feel is fair.", "T", "price kept; then asks the buyer to name the number"),
  ("And if it's easier, I could drop the fee altogether in exchange for a glowing write-up I can put on my website.", "ST", "borderline: concession offered to win a personal favour (rule 7)")],
 [("Could we speak on Wednesday about the lot order and the paddle system, though only if you can spare a minute and it's not an inconvenience?", "T", "meeting ask kept; permission-begging")]]),

("aprons for a restaurant group", "chatty", "Aprons for the open kitchens", "Hey Marco,", "Cheers,\nDani", [
 [("Great meeting you at the Ember Street site on Monday, the pass looks fantastic.", "N", "pleasantry"),
  ("The waxed-canvas bib apron with the cross-back straps would stop the neck strain your chefs mentioned during long services.", "N", "product detail tied to the prospect's problem")],
 [("We've got 14 colourways, brass or copper hardware, leather or webbing straps, embroidered or debossed logos, three lengths, and a matching bar cloth range.", "S", "feature dump with no outcome"),
  ("Sample pack is in the post, and honestly every other group on the street has already kitted out with us, so you'd be the odd one out.", "H", "samples kept; peers-already-bought shaming"),
  ("I've put an order for 120 aprons through our system so the stitching slot is secured; just reply with the card you'd like billed.", "H", "order and payment assumed before a yes")],
 [("Let me know what you think of the colour once the samples land, and I'd be thrilled if you'd let us shoot our new lookbook at your pass.", "S", "plain ask kept; favour for the seller (rule 10)")]]),

("biochar for council street trees", "formal", "Biochar for the Holbeck Road tree pits", "Dear Mr Adeyemi,", "Yours faithfully,\nRuth Penhaligon\nCarbon Soils Ltd", [
 [("Further to your tender notice, please find our method statement for the 46 new street trees, which our team spent the whole of last week perfecting for this bid.", "S", "method statement kept; seller's effort stated with no blame or demand (rule 15)"),
  ("The council's planting season closes on 31 March because of the nesting restrictions in your biodiversity policy, so delivery would need to be in the first half of February.", "N", "borderline: real constraint from the buyer's own policy, stated once with the reason (rule 4)"),
  ("Our product is independently certified to the European Biochar Certificate standard, which your specification lists as a requirement.", "N", "credential the buyer's process requires (rule 8)")],
 [("I'm afraid I was wondering whether it might perhaps be possible to arrange a short site visit, if that wouldn't be too much of an imposition.", "T", "meeting ask kept; stacked hedges plus permission-seeking"),
  ("The price is £86 per cubic metre delivered, and I do apologise that it is higher than peat-based mixes.", "T", "price kept; apology for the price"),
  ("The rate includes delivery to each pit, and we could also reduce it by 15% with no change to the volume if that would make the decision easier.", "T", "delivery detail kept; unprompted, unconditional discount")]]),

("bagels, wholesale to a café chain", "terse", "Bagel pricing, 6 cafés", "Sam,", "Lev\nHoop & Crumb Bakery", [
 [("Prices for the plain, sesame and everything bagels are in the sheet attached, per dozen, delivered.", "N", "requested prices"),
  ("We bake at 3 a.m. and reach your Northside café by 6:30, before your breakfast rush.", "N", "logistics tied to the prospect's rush")],
 [("You mentioned your current supplier's bagels go stale by noon; ours are boiled before baking, which keeps them soft into the afternoon.", "N", "value tied to the prospect's complaint"),
  ("If you sign up for twelve months rather than monthly, the per-dozen price drops by 40p.", "N", "borderline: concession traded for a longer term (rule 7)"),
  ("Can I drop a tasting box to your Eastgate café on Friday?", "N", "plain ask with a day")]]),

("bird netting for a rail station canopy", "blunt", "Pigeon netting, platform 3 canopy", "Gareth,", "Dave Lorimer\nPerchGuard", [
 [("Your cleaners are spending two hours a day on droppings under the platform 3 canopy, which I have now pointed out in four emails and two voicemails.", "H", "prospect's cost kept; counting attempts across channels (rule 13)"),
  ("Netting the canopy bays stops that, and it should be installed before spring nesting starts in March, when the law stops us disturbing active nests.", "N", "borderline: real legal constraint stated once with the reason (rule 4)")],
 [("Frankly, you have to stop dithering on this and sign the order.", "H", "directive telling the prospect what to do, with a jab"),
  ("Unless you tell me otherwise by Monday, the crew goes up on the 14th.", "H", "silence treated as a yes"),
  ("If I don't get an answer this week I'll raise it with your station director at the stakeholder meeting.", "H", "threat to go over the prospect's head")],
 [("The revised drawing with the access hatch you asked for is attached.", "N", "borderline: logistics line inside a pushy email (rule 14)")]]),

("cast-iron radiator restoration for a homeowner", "very deferential", "Your eleven radiators", "Dear Mrs Whitlock,", "With kind regards,\nTomasz", [
 [("Thank you ever so much for letting me see the radiators on Saturday, and please forgive me for taking up so much of your morning.", "T", "thanks kept; apology for normal selling"),
  ("Nine of the eleven can be shot-blasted, pressure-tested and re-enamelled; the two in the hall have cracked sections that I'd recommend replacing with reclaimed ones.", "N", "expert recommendation from the inspection")],
 [("The total comes to £4,380, and I'm so sorry it's such a large figure.", "T", "price kept; apology for the price"),
  ("I hope it's alright that I've also included a cheaper option, though of course I'd completely understand if you'd rather go elsewhere.", "T", "approval-seeking and pre-emptively releasing the buyer"),
  ("The reclaimed sections come from a Victorian school in Bradford, so the profile will match your existing column radiators.", "N", "concrete product detail tied to the house")],
 [("Would the week of 3 November work for us to collect them, or honestly any week at all, as there's no hurry whatsoever on my side?", "T", "collection ask kept; giving away all urgency")]]),

("crossword setting for a regional newspaper", "non-native English", "Crossword for your Saturday edition", "Dear Mrs Gallagher,", "Best regards,\nMarek Zieliński", [
 [("I am writing about the weekly cryptic crossword you are looking to bring back, and I hope very much it is okay that I write to you directly, please do not be angry.", "T", "context kept; approval-seeking"),
  ("I set puzzles for 14 years, I am member of three setter guilds and my puzzles are in magazines in six countries, also I won the Golden Grid prize two times.", "S", "credentials and prizes as a generic boast"),
  ("Please find attached two sample grids in your house style, with the clues checked by a second solver.", "N", "attachment serving the buyer")],
 [("For me it is very important to have this contract, because my agency count my newspaper clients for my yearly bonus.", "S", "seller's bonus stated without a date (rule 16: self_serving only)"),
  ("Your start in February is good for me, so please can you give the answer before 20 December, when my agency closes the year figures.", "HS", "prospect's start date kept; decision date pressed for the seller's own year-end (rule 16)"),
  ("If the price of £85 per puzzle is too much, tell me which number you can pay and I accept it.", "T", "price kept; asks the buyer to name their number")]]),

("confetti (dried petals) for a wedding barn", "chatty", "Petal confetti for the barn weddings", "Hi Lottie,", "Love,\nBea at Petalfall", [
 [("Thanks for the call yesterday, it was great to hear the barn's booked solid through next September.", "N", "pleasantry"),
  ("Our dried delphinium petals dissolve in rain within a week, so they meet the no-plastic rule in your lease from the estate.", "N", "product detail tied to the buyer's constraint")],
 [("We can do the pale blue mix you liked, but the growers' harvest is tiny this year and I honestly can't promise there'll be a single box left if you wait past this weekend.", "H", "product detail kept; manufactured scarcity with a weekend cut-off"),
  ("I've sent the 40 cones you wanted for the Hendry wedding, and the invoice for the full season supply is already on its way to your accounts team.", "H", "ordered cones kept; invoice for an unagreed season supply")],
 [("Shall I bring a few colour swatches when I drop by on Thursday, and the card machine so we can settle the season's deposit there and then?", "H", "visit kept; payment assumed before a yes")],
 [("P.S. If you could tag us in your posts and write us a review that would be amazing, it'd really help our little business get noticed.", "S", "favour for the seller before any value delivered (rule 10)")]]),

("drawer boxes (dovetailed) for a kitchen maker", "terse", "Drawer boxes, Hayes kitchen", "Hi Owen,", "Ben", [
 [("Quote for the 22 drawer boxes attached: solid oak sides, 12 mm birch ply bases, hand-cut dovetails front and back.", "N", "requested quote"),
  ("Lead time is three weeks from drawings.", "N", "logistics"),
  ("Your client wants soft-close runners, so I've sized the boxes 26 mm narrower than the carcass openings.", "N", "detail tied to the client's need")],
 [("The oak price from our mill goes up on 1 February, so orders placed after that would be about 6% higher.", "N", "borderline: factual price change stated once with the reason, no urgency language (rule 4)"),
  ("Send the final carcass dimensions and I'll confirm a delivery date the same day.", "N", "clear next step")]]),

("driver training (defensive) for a county highways fleet", "formal", "Defensive driving course for the highways fleet", "Dear Ms Okonjo,", "Kind regards,\nPaul Ferris\nRoadSense Training", [
 [("Thank you for sharing the claims summary; 31 of last year's 44 incidents were low-speed reversing collisions at depots.", "N", "the prospect's data"),
  ("Our course spends a full morning on reversing and banksman signals, which is where those claims sit.", "N", "value tied to the prospect's claims")],
 [("I'll be honest, my manager has told me this account needs to land in the next fortnight, so I'd be grateful if you could get the order approved by the 24th.", "HS", "manager's wish as the reason for a dated approval (rule 16)"),
  ("To make it easy, I'll take 20% off if the order arrives before then.", "HT", "discount conditioned on the seller's date; reason not in this sentence (rules 7, 16)"),
  ("We are the UK's highest-rated fleet training provider and have trained drivers for over 200 organisations, including two Premier League clubs.", "S", "generic boast and name-dropping")],
 [("I can run the first cohort at your Denby depot on any weekday in March, and I'd love to be able to tell my manager it's in the diary.", "S", "logistics kept; seller's manager as a motive, no decision date (rule 16)")]]),

("eel pass for a rivers trust weir", "warm", "Eel pass at Tamsworth weir", "Dear Fiona,", "Warm wishes,\nAlun Pritchard\nRiverway Fish Passes", [
 [("Thank you for walking me round the weir last week; the elvers stacking up below the apron made the problem clear, and no serious river trust could let it run another year.", "H", "site visit kept; shaming the prospect"),
  ("A bristle pass on the left bank would let them climb the 1.8 m drop without changing the weir's flood performance.", "N", "expert recommendation"),
  ("The Environment Agency's permit for in-channel works takes about eight weeks, so if you'd like it in before the May migration, the application should go in by early March.", "N", "borderline: permit lead time stated once with the reason (rule 4)")],
 [("After three weekends of unpaid design work on your behalf, it was a blow to see the board meeting pass without a decision.", "HS", "guilt resting on the seller's effort and feelings (rule 15)"),
  ("Please, I'd be so grateful if you could push it through for my sake, as this project means a lot to me.", "ST", "pleading for the seller's own sake (rule 15)"),
  ("Could I present the drawings to your board on 12 February, as you suggested?", "N", "the prospect's own date")]]),

("easels for an art college", "blunt", "Studio easels for the foundation year", "Mr Navarro,", "Ray Kettering\nTripod Studio Supply", [
 [("Your foundation studios have 90 students and 60 easels, which is why your tutors are queuing them in shifts.", "N", "the prospect's situation"),
  ("Our beech H-frame easel takes canvases up to 2.1 m and folds flat against the wall, so the studio can double as a crit space.", "N", "product detail tied to the use"),
  ("Thirty easels at £142 each comes to £4,260 before delivery, for a design that has collected three industry awards this year alone.", "S", "price kept; awards boast")],
 [("Every other art school in the region has already moved to our frames, and frankly yours is starting to look behind.", "H", "competitors-already-bought shaming"),
  ("The price includes wall brackets for all thirty, and it holds until Friday, after which I won't be able to do anything for you.", "H", "product detail kept; invented deadline with no reason"),
  ("You've seen the samples and you have the budget, so stop sitting on it.", "H", "directive; telling the prospect to decide")]]),

("fermentation crocks (stoneware)", "non-native English", "Stoneware crocks for your kimchi production", "Hello Mrs Park,", "Kind regards,\nJoost van Dijk\nKeramiek Aardewerk", [
 [("Thank you for the visit in our workshop and for the kimchi, it was very delicious.", "N", "pleasantry"),
  ("The 30-litre crocks have a water-seal rim, so your cabbage can ferment without the mould problems you told me about.", "N", "product detail tied to the prospect's problem")],
 [("I am sorry, I am sorry again that my email is so long and maybe too boring for you.", "T", "repeated apology for the email's length"),
  ("The glaze is food-safe and lead-free, and perhaps, if it is possible, maybe you could consider possibly a small trial order, only if you want.", "T", "product detail kept; stacked hedges"),
  ("The price for 20 crocks is 1,900 euro, but I can also make 30% less already now, no conditions.", "T", "price kept; unconditional discount")],
 [("We can deliver on 6 May, the date you need for the new season, but only if this is okay for you, I hope I do not disturb.", "T", "prospect's date kept; approval-seeking")]]),

("firewood for a pub group", "chatty", "Seasoned ash logs for the winter", "Hi Bridget,", "Cheers,\nCal\nHolt Lane Logs", [
 [("Good to speak on Tuesday, and glad the fires in the snug have been such a hit with your regulars.", "N", "pleasantry"),
  ("Our ash is air-dried for two summers and comes in under 20% moisture, so it won't blacken the stove glass like the last batch you had.", "N", "value tied to the prospect's past problem"),
  ("A cubic metre crate for each of your four pubs every three weeks would see you through to March.", "N", "confident recommendation")],
 [("Just a heads-up that the Ready to Burn certification is required for wood sold in volumes under two cubic metres, and ours carries it.", "N", "borderline: one polite 'just' with a real regulation (rules 1, 4)"),
  ("Shall I bring the first crates over on the 2nd, before your quiz night?", "N", "clear next step")]]),

("ferry charter for a partners' weekend", "formal", "Private charter for your partners' weekend", "Dear Mr Sørensen,", "Yours sincerely,\nAstrid Holm\nFirth Charters", [
 [("Thank you for the outline of the partners' weekend on 20 and 21 September.", "N", "courtesy"),
  ("Our 120-seat vessel can take your group from the harbour to the island in 40 minutes, with a catered lounge on the upper deck.", "N", "concrete product detail for the event")],
 [("We are proud to be the region's only four-time winner of the Coastal Tourism Excellence Award, and were recently named in the Sunday papers' list of Britain's fifty finest crossings.", "S", "awards and rankings as boast"),
  ("I have attached the charter terms, and should you not confirm by tomorrow evening, I must tell you the date will be released to a waiting party.", "H", "attachment kept; invented deadline and rival buyer"),
  ("A deposit of 30% is taken when the signed terms are returned.", "N", "logistics: applies only once the prospect signs"),
  ("Also, as this is my first charter since joining the company, I would be most grateful if you would help me make a strong start here.", "ST", "pleading for the seller's own standing (rule 15)")],
 [("I would be glad to arrange a walk-through of the vessel next week, and I shall copy your chairman so that he is aware of the deadline.", "H", "walk-through kept; going over the prospect's head")]]),

("go-karting team night", "chatty", "Karting night for the sales floor", "Hey Josh,", "Cheers,\nKyle", [
 [("Cool to hear you want a team night for 40 before the summer kick-off.", "N", "pleasantry"),
  ("We'd split them into four grand-prix heats and a final, all done in about three hours, with food in the pit lounge after.", "N", "format for the group")],
 [("I've got a sales contest running until the 30th, so it'd be massive for me if you booked before then.", "HS", "seller's contest as the reason for a booking date (rule 16)"),
  ("We've got the longest indoor track in the North, 45 karts, a VR simulator zone, a laser tag arena, a cocktail bar, a podium photo wall and a merch shop.", "S", "boast and feature list"),
  ("The heat-by-heat timings are attached, and the tracker tells me you opened my last two emails three times each, so I know you've seen this.", "H", "attachment kept; read-receipt guilt (rule 13)")],
 [("Thursday evenings are our quietest, and after the hour I spent mapping out heats for you, a yes would only be fair.", "HS", "logistics kept; guilt resting on the seller's effort (rule 15)")]]),

("garden design for a hospice", "warm", "Garden design for the Day Therapy courtyard", "Dear Helen,", "With warm wishes,\nNell Ashdown", [
 [("Thank you for showing me the courtyard, and I'm so sorry to hear the fundraising walk was rained off.", "N", "sympathy, not self-abasement (rule 3)"),
  ("Raised beds at 75 cm would let patients in wheelchairs garden without leaning, which your therapy team said is the main barrier now.", "N", "value tied to the prospect's need")],
 [("I'm sorry for yet another email, and sorry too if this feels like I'm pushing.", "T", "apologies for following up and for being pushy"),
  ("I've kept the design fee at £1,200 as we discussed, though honestly I'd do it for less if that's what it takes.", "T", "agreed fee kept; unprompted caving"),
  ("It would upset me to think you were unhappy with anything I've sent, so do tell me if I've got something wrong.", "T", "approval-seeking")],
 [("Could we meet on the 8th with your therapy lead to walk the plan, if you can possibly bear another meeting with me?", "T", "meeting ask kept; self-abasing")]]),

("haylage for a riding school", "blunt", "Haylage, 2025 first cut", "Morning Jess,", "Rob Tindall\nTindall Farm", [
 [("Analysis for this year's first cut attached: 11% protein, 55% dry matter, low sugar.", "N", "attachment"),
  ("That sugar level suits the two laminitic ponies you mentioned.", "N", "value tied to the prospect"),
  ("Sixty bales at £38 delivered, and your name's already on the lorry list, so a deposit by bank transfer tomorrow please.", "H", "price kept; deposit demanded before a yes")],
 [("Half the yards round here have already taken theirs and the rest will be scrabbling by November, so don't be the one left short.", "H", "peers and FOMO"),
  ("The bales are wrapped six times so they keep till spring, and if I've not heard by Friday I'll assume you're in and drop the first 20 on Monday.", "H", "product detail kept; silence treated as an order")],
 [("Ring me if you want to see the bales first.", "N", "plain offer")]]),

("hi-vis jackets for a council parks team", "formal", "Hi-vis jackets for the parks team", "Dear Mr Brennan,", "Yours sincerely,\nClaire Odell\nBrightline Workwear", [
 [("Thank you for your enquiry about 85 winter jackets for the parks and open spaces team.", "N", "courtesy"),
  ("The jacket is certified to EN ISO 20471 Class 3, which your framework agreement lists as the minimum for roadside work.", "N", "credential the buyer's process requires (rule 8)"),
  ("It has a removable fleece liner, so the same jacket can be worn from October through to April.", "N", "product detail tied to use")],
 [("Prices for sizes S to 4XL are attached, and the framework allows you to call off without a further tender.", "N", "logistics serving the buyer"),
  ("Would it help if I brought three sample sizes to your depot on Tuesday for a fitting?", "N", "plain offer with a day")]]),

("icon painting for an Orthodox parish", "very deferential", "Icon of St Nicholas for the narthex", "Dear Father Dimitrios,", "With respect and gratitude,\nAnna Lysenko", [
 [("Thank you for your kind letter and for the photographs of the narthex wall.", "N", "courtesy"),
  ("For a panel of 60 by 80 cm, I would work in egg tempera on a gessoed lime board, with 23.5-carat gold leaf for the background.", "N", "concrete craft detail")],
 [("Please forgive me for writing again so soon, I know how full the parish's calendar must be.", "T", "apology for following up"),
  ("Might it perhaps be possible, should the parish council not object, for me to call in after the Sunday liturgy, if that seems acceptable?", "T", "meeting ask kept; stacked hedges plus permission-seeking"),
  ("My fee would be £3,400, though I would gladly accept whatever the parish feels it can spare.", "T", "fee kept; asks the buyer to name the number"),
  ("I would completely understand if you chose another iconographer, and I am grateful you gave my letter any thought at all.", "T", "pre-emptive release and gratitude for being considered at all (rule 11)")]]),

("improv workshop for law-firm associates", "blunt", "Improv workshop for the associates", "Hi Rachel,", "Best,\nMorgan", [
 [("Your associates told you they freeze when clients go off script, and that's exactly what a half-day improv session rehearses.", "N", "insight tied to the prospect's problem"),
  ("We'd run it in your largest meeting room with groups of 12, and you'd be joining three Magic Circle firms who can't stop raving about us.", "S", "logistics kept; name-dropping boast")],
 [("I've pencilled in 15 May and sent the booking form to your finance team, who can raise the PO while you think it over.", "H", "date and paperwork assumed before a yes"),
  ("A partner who still hasn't invested in this by now is frankly leaving their juniors to sink.", "H", "shaming the prospect"),
  ("I've done over 400 shows at the Fringe and trained with the original Second City cast, and the reviews speak for themselves.", "S", "generic boast")],
 [("If the date moves, tell me by the 1st so I can release the trainers.", "N", "borderline: logistics line inside a pushy email (rule 14)")]]),

("jacquard woven labels for a knitwear brand", "non-native English", "Woven labels for the autumn knitwear", "Dear Ms Lindqvist,", "Best regards,\nRui Carvalho", [
 [("Thank you for the artwork of your new logo, we made a digital proof and it is attached.", "N", "attachment"),
  ("On the damask quality the small letters of the care text stay readable after 50 washes, so you have no reason to wait more, you must order.", "H", "product detail kept; telling the prospect what to do")],
 [("Our factory is the biggest label weaver of Portugal, we have 80 looms, clients in 30 countries and we are in the business since 1962.", "S", "size, reach and years as generic boast"),
  ("If you confirm the order this week, I can give 10% extra discount, because my area manager must see the order in this month's report.", "HST", "discount tied to the seller's date, with the manager as the reason (rules 7, 16)"),
  ("The minimum is 1,000 labels per design and the delivery is three weeks after approval.", "N", "logistics")],
 [("My area manager ask me every day about your account, so please help me and answer before Friday.", "HS", "manager as the reason for a dated reply (rule 16)")]]),

("jam for a hotel breakfast", "warm", "Jam for the breakfast buffet", "Hi Fenella,", "With love from the kitchen,\nPoppy\nHedgerow Preserves", [
 [("Thank you for the tasting on Tuesday, and what a view from your breakfast room!", "N", "pleasantry"),
  ("Our damson and the rhubarb-and-ginger were the two your guests picked, and both come in the 2 kg tubs your kitchen prefers.", "N", "value tied to the prospect")],
 [("We've been stirring jam in the same farmhouse kitchen since my grandmother's day.", "S", "borderline: heritage line (rule 8)"),
  ("I'd be so grateful if you'd mention us on the hotel's breakfast menu card, as it really helps a small maker like us.", "S", "favour for the seller (rule 10)"),
  ("Delivery is free over 12 tubs, though I'm afraid I'd have to check with Mum before I could offer anything off the price.", "T", "delivery term kept; deferring on a discount (rule 12)")],
 [("Shall I send a first case of each for the week of the 10th, with the invoice tucked in so it's all sorted?", "H", "delivery ask kept; invoice before a yes")]]),

("kennel blocks for a dog rescue charity", "warm", "Kennel block for the rescue centre", "Hi Imran,", "Best,\nSophie\nBarkwell Kennels", [
 [("Thanks for the tour on Saturday; the dogs in the old block were lovely, if a bit loud!", "N", "pleasantry"),
  ("The insulated kennel runs we talked about have a sloped floor with a drainage channel, so your volunteers can hose down in half the time.", "N", "value for the prospect's volunteers"),
  ("I'd recommend the 12-run block rather than the 10, because your intake numbers have grown every winter for three years.", "N", "confident recommendation from the prospect's data")],
 [("Your planning officer said the application needs the acoustic report, so I've asked our consultant to visit on the 19th.", "N", "technical prerequisite; 'needs' is harmless"),
  ("Could we go through the layout with your trustees at their meeting on the 26th?", "N", "the prospect's own meeting")],
 [("P.S. The trust grant you mentioned closes to applications on 31 January, so it may be worth getting the quote into that round.", "N", "borderline: real external date stated once with the reason (rule 4)")]]),

("keyword research for a small plumbing firm", "blunt", "Search visibility for Flowright Plumbing", "Dan,", "Ali\nRankwise", [
 [("Your site ranks on page 4 for 'emergency plumber Leeds', where the calls you told me you want actually come from.", "N", "insight tied to the prospect's goal"),
  ("The fix is a keyword plan and eight service pages, not a redesign.", "N", "confident push-back")],
 [("Your competitors are already all over page 1 and eating your lunch while you wait.", "H", "competitor shaming and urgency"),
  ("Four emails with these figures now and not a word back, which is poor form from a business owner.", "H", "count of attempts plus shaming (rules 13, 15)"),
  ("Every week you put this off is another twenty lost callouts, money straight out of your pocket.", "H", "borderline: cost of delay used to push, plausible number (rule 5)")],
 [("I can start on the 3rd, and I've told my boss you're as good as signed, so don't make a liar of me.", "HS", "start date kept; guilt resting on the seller's standing (rule 15)")]]),

("lampshades for a boutique hotel", "very deferential", "Lampshades for the 32 bedrooms", "Dear Ms Achterberg,", "With kindest regards,\nIsobel Rhee", [
 [("Thank you so much for the fabric swatches from your designer.", "N", "courtesy"),
  ("The hand-rolled cotton drum shades in 40 cm would suit the bedside lamps, and they are fire-rated to the standard your insurer asked for.", "N", "product detail tied to the insurer's requirement")],
 [("Sketches of the three shade shapes are attached; I really do hope this is alright, and please do say if I've overstepped by sending them.", "T", "attachment kept; approval-seeking"),
  ("I'm terribly sorry that the quote has come out at £2,900; I do realise it's a lot.", "T", "price kept; apology for the price"),
  ("Should it make things easier, I'd be happy to knock a third off the total.", "T", "unprompted discount"),
  ("Please do not feel you have to reply; I'll understand completely if the timing's wrong.", "T", "inviting the buyer to ignore the email")],
 [("The shades would be ready four weeks after you approve the fabric.", "N", "logistics")]]),

("leaflet distribution for a borough consultation", "formal", "Leaflet drop for the Local Plan consultation", "Dear Mr Achebe,", "Yours sincerely,\nGraham Lowther\nDoorstep Direct", [
 [("Thank you for your brief for distributing 38,000 consultation leaflets across the borough.", "N", "courtesy"),
  ("The consultation opens on 6 October, so our teams would deliver in the week of 29 September to give residents the full six weeks you have set.", "N", "schedule from the prospect's own dates")],
 [("Our firm has been voted Distributor of the Year twice and counts three of the Big Six energy companies among its clients.", "S", "awards and client names as boast"),
  ("Our teams can cover all 14 wards in five days, though I must stress that late-September slots are being taken by other councils, and once they are gone, there will be nothing I can do.", "H", "capacity detail kept; manufactured scarcity"),
  ("The contract terms are attached, and our managing director has asked me to secure this contract before our board meets on the 15th.", "HS", "attachment kept; seller's managing director and board as the reason for a dated decision (rule 16)")],
 [("GPS-tracked route maps for every round would be sent to you within 48 hours, one of over thirty reporting features our in-house developers have built.", "S", "deliverable kept; feature boast")]]),

("gloves (nitrile) for a home-care agency", "chatty", "Nitrile gloves for your care workers", "Hi Kerry,", "Thanks so much,\nMegan\nGloveline", [
 [("Your carers get through about 9,000 gloves a week across the three branches, going by the order history you sent.", "N", "the prospect's data"),
  ("Our 3.5 g nitrile glove is thicker at the fingertips, which should cut the tearing your staff complained about.", "N", "value tied to the prospect's complaint")],
 [("We've got certifications coming out of our ears and our founder was on Dragons' Den, so you're in good hands!", "S", "generic boast"),
  ("Honestly, I'm so excited to land my first care account, it'd be such a win for me.", "S", "seller's stake stated with no demand (rule 15)"),
  ("I'm sorry to keep landing in your inbox like this, I know I'm probably being a pain.", "T", "self-abasing apology for following up"),
  ("The 3.5 g box is £4.20 for 100, but if cost is a worry, name a price per box and I'll see if I can match it.", "T", "price kept; asks the buyer to name the number")],
 [("A sample box of each size is on its way to your Ashby branch.", "N", "logistics")]]),

("marble restoration in a hotel lobby", "formal", "Restoring the marble columns in the lobby", "Dear Mr Haddad,", "Yours sincerely,\nLucia Ferrante\nVeneto Stone Care", [
 [("Thank you for letting us inspect the lobby columns on Monday night.", "N", "courtesy"),
  ("The etching around the base of each column comes from the cleaning product your night team uses, which is acidic.", "N", "insight from the inspection"),
  ("We'd hone and re-polish the eight columns in situ, working between midnight and 6 a.m. so guests never see the screens.", "N", "method serving the buyer")],
 [("I'd also recommend switching your team to a pH-neutral cleaner, or the marks will be back within a year.", "N", "borderline: expert recommendation backed by the inspection (rule 6)"),
  ("Our quotation and a sample of the cleaner are attached.", "N", "attachment"),
  ("Would the week of 12 January, after your New Year events, work for the first two nights?", "N", "clear next step")]]),

("meditation app licences for an NHS trust", "chatty", "Mindfulness app licences for your staff wellbeing plan", "Hi Dr Mensah,", "Best wishes,\nTheo", [
 [("Thanks for sharing the staff survey; 41% of your nurses reporting poor sleep is striking.", "N", "the prospect's data"),
  ("Our sleep programme is the part I'd point them to first, since the short night-shift sessions fit round a 12-hour rota.", "N", "recommendation tied to the prospect")],
 [("I'd love to give you the grand tour of everything we've built: all 2,400 sessions, our new AI coach and the leadership series we launched last month.", "S", "showing off the whole suite (rule 9)"),
  ("Other trusts your size signed up months ago, so your staff risk being the ones left behind.", "H", "peers-already-bought FOMO")],
 [("Would Thursday at 11 work for a 20-minute call with your wellbeing lead, since I really need to show my manager some movement on this account?", "S", "call ask kept; seller's manager as the reason, no decision date (rule 16)")],
 [("P.S. We're backed by two of the biggest health-tech investors in Europe and were named App of the Year.", "S", "investors and awards as boast")]]),

("magnets (souvenir) for a museum shop", "terse", "Fridge magnets for the shop relaunch", "Hi Aoife,", "Finn", [
 [("Mock-ups of the six designs from your gallery photos are attached.", "N", "attachment"),
  ("At 500 per design the unit price is 68p, which leaves your usual margin at a £3.50 retail price.", "N", "price tied to the prospect's margin")],
 [("Need the go-ahead today or I lose the factory slot.", "H", "same-day ultimatum"),
  ("Already raised the pro-forma, pay it when you can.", "H", "invoice before a yes"),
  ("Turnaround is 18 working days from artwork sign-off, and I've already booked the production run in your name.", "H", "lead time kept; booking assumed before a yes"),
  ("My boss says this is the last order I can squeeze in before our year closes, so it really has to be this week.", "HS", "seller's boss and year end as the reason for a dated order (rule 16)")]]),

("mead for a castle banquet venue", "warm", "Mead for the banquet nights", "Hello Gwen,", "Warmly,\nHuw\nCwm Mead", [
 [("Lovely to meet you at the castle and to hear about the Tudor banquet nights starting in April.", "N", "pleasantry"),
  ("Our spiced mead would pour well from the stoneware jugs you showed me, and at 11% it's lower than most, which your licensing officer will like.", "N", "product detail tied to the venue")],
 [("We've won so many gold medals I've honestly lost count, and we supply half the great houses in the country.", "S", "awards and client boast"),
  ("Those label designs cost me a good few late nights, so the silence since has stung, to be honest.", "HS", "guilt resting on the seller's effort and feelings (rule 15)"),
  ("I'll hold the 40 cases at the current price, but if I haven't heard from you by Friday, I'll ring the castle office every morning until someone picks up.", "H", "hold kept; badgering threat")],
 [("Would you like me to bring a few bottles to your next staff briefing, or shall I leave it if you're too busy, I'd hate to be a bother?", "T", "offer kept; permission-seeking")]]),

("gong bath sessions for an insurer's wellbeing week", "very deferential", "Gong bath sessions for your wellbeing week", "Dear Ms Adair,", "With gratitude,\nMaya Solano", [
 [("Thank you for thinking of sound sessions for your wellbeing week on 10-14 March.", "N", "courtesy"),
  ("A 45-minute session works best in a room with blinds, and your fourth-floor training room sounds ideal.", "N", "logistics")],
 [("Whenever a spare moment might arise, you may perhaps like to glance at the attached outline, if that seems all right.", "T", "attachment kept; stacked hedges and permission"),
  ("My fee for the week is £1,800, and I do apologise if that is more than you were expecting, and again for the length of this email.", "T", "price kept; apology for price and length"),
  ("If the budget is tight I could simply waive the fee for the first day.", "T", "unprompted concession")],
 [("Each session suits up to 25 people, so four a day would cover your London office, and I'm ever so hopeful you'll say yes, as it would be my first corporate booking.", "ST", "sizing kept; pleading for the seller's own sake (rule 15)")]]),

("cufflinks for a bank's long-service awards", "formal", "Cufflinks for the long-service awards", "Dear Mr Whitfield,", "Kind regards,\nPriti Shah\nArgent & Co", [
 [("Thank you for the brief for 60 sets of cufflinks for the long-service awards on 4 December.", "N", "courtesy"),
  ("To meet your event date, the engraving proofs would need your sign-off by 3 November, as casting and engraving take three weeks after that.", "N", "deadline derived from the prospect's own event date")],
 [("Sterling silver with the bank's oak-leaf emblem, as your events team suggested, keeps each set under the £75 gift limit in your compliance policy.", "N", "value tied to the buyer's policy"),
  ("Photographs of sample sets in silver and gold vermeil are attached.", "N", "attachment"),
  ("Shall I bring the physical samples to your office on the 14th?", "N", "clear next step")]]),

("dunnage bags for an exporter's container loads", "formal", "Dunnage bags for the Felixstowe loads", "Dear Mr Kowalczyk,", "Regards,\nStefan Brandt\nLoadLock", [
 [("Your claims log shows 14 damaged containers in the last quarter, nearly all from loads shifting on the rail leg.", "N", "the prospect's data"),
  ("Our woven polypropylene bags hold at 0.2 bar and are AAR-approved, which the rail operator requires for that leg.", "N", "credential the buyer's route requires")],
 [("I'll be straight with you: my numbers for this season are looking thin.", "S", "seller's target with no date or demand (rule 16)"),
  ("Ordering before the 30th would help me hugely with my numbers, and I'd knock 12% off to make it worth your while.", "HST", "discount tied to a date for the seller's numbers (rules 7, 16)"),
  ("Our inflation gun, the new pallet kit, the desiccant range and the corner board line are all on page 3 of the attached brochure, which I'd love you to read through.", "S", "product-line dump with no outcome")],
 [("Could I come to the depot on Wednesday to see how your team loads, and bring our CEO along to tell you the company's story?", "S", "visit kept; 'hear our story' (rule 9)")]]),

("edible flowers for a fine-dining restaurant", "non-native English", "Edible flowers for your tasting menu", "Dear Chef Romano,", "Best regards,\nAnouk Dubois\nFleurs Comestibles", [
 [("Thank you for the meeting, I enjoyed very much to see your kitchen.", "N", "pleasantry"),
  ("For the spring menu I suggest the violas and borage, and I am so sorry that they cost more than the supermarket flowers.", "T", "recommendation kept; apology for the price")],
 [("Only two restaurants more can have our flowers this season, and three other chefs are asking for them already.", "H", "manufactured scarcity and rival buyers"),
  ("You must take this, your menu cannot be serious in fine dining without it.", "H", "telling the prospect what they need, with shaming"),
  ("I send the invoice for the spring season today, so we can start the delivery on Monday.", "H", "invoice before a yes")],
 [("Which days of the week do you receive deliveries?", "N", "plain question")]]),

("chiller-door strip curtains for a distribution warehouse", "blunt", "Strip curtains for the chiller doors", "Hi Sandeep,", "Pete", [
 [("The energy audit you shared puts the chiller dock doors at about £11,000 a year in lost cooling, and I can see you've opened my last email six times without answering.", "H", "prospect's data kept; opened-but-unanswered guilt (rule 13)"),
  ("Overlapping polar-grade PVC strips on the three dock doors would cut most of that, and pallet trucks can drive straight through.", "N", "value tied to the audit"),
  ("On your own audit figures, that's roughly £900 a month while the doors stay open.", "N", "borderline: cost of delay from the prospect's data, offered as information (rule 5)")],
 [("I'm not going to keep chasing, so either you sign this week or I'll take it you're happy burning money.", "H", "ultimatum with sarcasm"),
  ("The payback sums are in the attached sheet, and if I don't hear back, I'll send them to your operations director, who I'm sure will want to know why nothing's been done.", "H", "attachment kept; threat to go over the prospect's head"),
  ("I've also taken the liberty of booking our fitter for the 9th.", "H", "installation booked before a yes")]]),

("forensic accounting for a housing association", "formal", "Forensic review of the repairs contract", "Dear Ms Farouk,", "Yours sincerely,\nJonathan Reeve\nReeve Forensic LLP", [
 [("Thank you for the board's paper on the repairs contract and the 2,300 invoices your audit committee flagged.", "N", "courtesy with substance"),
  ("We would test the invoices against the schedule of rates and the job records, and our reports are widely regarded as the finest in the profession.", "S", "method kept; generic boast")],
 [("Our firm is ranked first by Legal 500 and the partners have worked on the biggest fraud cases of the last decade.", "S", "rankings as generic boast"),
  ("Apologies for the delay in sending this; a partner was in court all week, and the engagement letter is attached.", "N", "borderline: single courtesy apology for a real delay with the reason (rule 3)"),
  ("I would add, with respect, that I am frankly disappointed after the hours I gave your team on the scoping call without any commitment in return.", "HS", "guilt resting on the seller's effort and feelings (rule 15)"),
  ("The engagement letter sets a fixed fee of £48,000, and if we cannot agree terms by the 20th, I will need to raise it with your chief executive directly.", "H", "fee kept; ultimatum and threat to go over the prospect's head")]]),

("heat treatment (ISPM 15) of export pallets", "terse", "ISPM 15 treatment for your export pallets", "Hello Mr Osei,", "Regards,\nGeorge Mills\nMidland Pallet Treatment", [
 [("We can heat-treat and stamp the 400 pallets for your Ghana shipment at our yard in Leek.", "N", "offer"),
  ("Ghana's plant health rules reject untreated wood on arrival, so the mark has to be on every pallet before loading.", "N", "borderline: technical and regulatory prerequisite stated once (rules 4, 6)"),
  ("Price is £2.10 per pallet, collection included.", "N", "price")],
 [("Your ship date is 18 July, so collecting on the 7th leaves a week of margin.", "N", "the prospect's own date"),
  ("Does the 7th work for your yard?", "N", "plain ask")]]),
]

CODE_OK = re.compile(r"^(N|H?S?T?)$")


def curly(s):
    return s.replace("'", "\u2019")


def level(rows, lab):
    hits = [r for r in rows if lab in r["labels"]]
    if not hits:
        return 0
    if len(hits) == 1 or all(r["note"].startswith("borderline:") for r in hits):
        return 1
    return 2


def main():
    assert len(EMAILS) == 40
    emails, sents = [], []
    n = 0
    for i, (industry, register, subject, sal, sign, paras) in enumerate(EMAILS, 1):
        eid = "s30e%03d" % i
        conv = curly if i % 3 == 0 else (lambda s: s)
        subject, sal, sign = conv(subject), conv(sal), conv(sign)
        body, rows = [], []
        for para in paras:
            texts = []
            for text, code, note in para:
                assert code and CODE_OK.match(code), (eid, code)
                text = conv(text)
                labels = ["NONE"] if code == "N" else [LAB[c] for c in "HST" if c in code]
                n += 1
                rows.append({"id": "s30-%04d" % n, "email": eid, "text": text, "labels": labels, "note": note})
                texts.append(text)
            body.append(" ".join(texts))
        full = sal + "\n\n" + "\n\n".join(body) + "\n\n" + sign
        for r in rows:
            assert r["text"] in full, r["id"]
            assert r["text"] not in (sal, sign)
        labs = {lab: level(rows, lab) for lab in ("hard_close", "self_serving", "timidity")}
        emails.append({"email": eid, "subject": subject, "text": full, "labels": labs})
        sents.extend(rows)
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for s in sents:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # re-read and check every line parses
    for fn in ("test-emails.jsonl", "test.jsonl"):
        with open(os.path.join(HERE, fn), encoding="utf-8") as f:
            for line in f:
                json.loads(line)
    # stats
    c = Counter()
    for s in sents:
        for l in s["labels"]:
            c[l] += 1
    multi = sum(1 for s in sents if len(s["labels"]) > 1)
    border = sum(1 for s in sents if s["note"].startswith("borderline:"))
    faulty_per_email = Counter(s["email"] for s in sents if s["labels"] != ["NONE"])
    clean = sum(1 for e in emails if faulty_per_email[e["email"]] == 0)
    two_plus = sum(1 for e in emails if faulty_per_email[e["email"]] >= 2)
    one = sum(1 for e in emails if faulty_per_email[e["email"]] == 1)
    per = Counter()
    for e in emails:
        for k, v in e["labels"].items():
            per[(k, v)] += 1
    print("emails", len(emails), "sentences", len(sents))
    print("NONE %d (%.1f%%)" % (c["NONE"], 100.0 * c["NONE"] / len(sents)))
    for l in ("hard_close", "self_serving", "timidity"):
        print(l, c[l], "email levels 0/1/2:", per[(l, 0)], per[(l, 1)], per[(l, 2)])
    print("multi-label", multi, "borderline", border)
    print("clean emails", clean, "emails with 2+ faulty", two_plus, "emails with exactly 1 faulty", one)
    print("curly emails", sum(1 for e in emails if "\u2019" in e["text"]))
    print("P.S. lines", sum(1 for s in sents if s["text"].startswith("P.S.")))
    sizes = Counter(len([s for s in sents if s["email"] == e["email"]]) for e in emails)
    print("sentences per email", dict(sorted(sizes.items())))
    faulty = [s for s in sents if s["labels"] != ["NONE"]]
    kept = sum(1 for s in faulty if " kept;" in s["note"])
    print("faulty sentences with a legitimate clause kept beside the fault", kept, "of", len(faulty))
    write_readme(emails, sents, c, multi, border, clean, two_plus, per, kept, len(faulty), sizes)


def write_readme(emails, sents, c, multi, border, clean, two_plus, per, kept, nfaulty, sizes):
    regs = Counter(e[1] for e in EMAILS)
    L = []
    L.append("# sealed30: held-out evaluation emails for the Poise tone coach\n")
    L.append("> **Training data since the tenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    L.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on\n6 December (the seventh session) from the labelling guide alone, after that session's model retraining and first\nApply changes and before its last Apply change, and measured first on the code then (rules + model macro-F1 0.849:\nhard_close 0.825, self_serving 0.824, timidity 0.900; 1 of 110 clean sentences flagged; email agreement 0.900 /\n0.925 / 0.925). It is a source of the Apply sample that judges the last change.\n")
    L.append("Written by hand, from the labelling guide (`corpus/LABELS.md`) and the product description alone. "
             "No other data set, rule or code was read; none of the guide's example sentences is copied or paraphrased. "
             "Every sentence, subject, salutation and sign-off is typed into `build.py`, email by email, with a label code "
             "and a short note per sentence. `python3 build.py` writes `test-emails.jsonl`, `test.jsonl` and this README.\n")
    L.append("## What the script does\n")
    L.append("- assembles each email as `<salutation>\\n\\n<body paragraphs>\\n\\n<sign-off>`;")
    L.append("- checks every sentence is a verbatim substring of its email text, and that every written line parses as JSON;")
    L.append("- derives the email labels with the guide's email-level scale (0 none; 1 one sentence or all borderline; "
             "2 two or more with at least one not borderline), with no hand overrides;")
    L.append("- renders every third email (s30e003, s30e006, ...) with curly apostrophes (\u2019); the rest use straight ones.\n")
    L.append("## Counts (computed by build.py)\n")
    L.append("| | Count |\n|---|---|")
    L.append("| Emails | %d |" % len(emails))
    L.append("| Sentences | %d |" % len(sents))
    L.append("| NONE | %d (%.1f%%) |" % (c["NONE"], 100.0 * c["NONE"] / len(sents)))
    for l in ("hard_close", "self_serving", "timidity"):
        L.append("| %s | %d |" % (l, c[l]))
    L.append("| Multi-label sentences | %d |" % multi)
    L.append("| Borderline sentences (note starts with `borderline:`) | %d |" % border)
    L.append("| P.S. lines | %d |" % sum(1 for s in sents if s["text"].startswith("P.S.")))
    L.append("| Clean emails (no faulty sentence) | %d |" % clean)
    L.append("| Emails with 2+ faulty sentences | %d |" % two_plus)
    L.append("| Faulty sentences whose fault sits in one clause beside a legitimate point (note contains `kept;`) | %d of %d |" % (kept, nfaulty))
    L.append("")
    L.append("Sentences per email: " + ", ".join("%d sentences: %d emails" % (k, v) for k, v in sorted(sizes.items())) + ".\n")
    L.append("Email-level labels (emails at level 0 / 1 / 2):\n")
    L.append("| label | 0 | 1 | 2 |\n|---|---|---|---|")
    for l in ("hard_close", "self_serving", "timidity"):
        L.append("| %s | %d | %d | %d |" % (l, per[(l, 0)], per[(l, 1)], per[(l, 2)]))
    L.append("")
    L.append("## Registers\n")
    L.append(", ".join("%s: %d" % (k, v) for k, v in sorted(regs.items())) + ".\n")
    L.append("British and American spellings both appear; buyers include councils, an NHS trust, a rivers trust, "
             "charities and a parish as well as one-person firms and large companies; goods and services are mixed.\n")
    L.append("## Industries (one trade per email, all starting A to M)\n")
    for i, e in enumerate(EMAILS, 1):
        L.append("- s30e%03d: %s (%s)" % (i, e[0], e[1]))
    L.append("")
    L.append("## Design notes\n")
    L.append("- Hard negatives among the NONE sentences: the prospect's own dates, permit and regulation lead times, a factual "
             "price rise, concessions traded for term, credentials the buyer's process requires, a single courtesy apology "
             "with its reason, sympathy, cost figures from the prospect's own audit, plain asks and one polite \"just\".")
    L.append("- Fault wordings avoid the textbook phrases; they express the guide's ideas in new words (guilt resting on the "
             "seller's effort or standing, bypass threats, assumptive invoices and deposits, peers who already bought, "
             "the seller's manager, contest or year end, boasts and feature lists, unprompted discounts, self-abasement, "
             "stacked hedges, apologies for price or length, pre-emptive release).")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
