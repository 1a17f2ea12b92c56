#!/usr/bin/env python3
"""Build the sealed32 evaluation set for the Poise tone coach.

Every sentence below was written by hand from the labelling guide alone.
Codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combine, e.g. "HS").
A note starting with "borderline:" marks a sentence decided by one of the guide's borderline rules.
Every third email (3, 6, 9, ...) uses curly apostrophes; the swap is applied to the sentences and the
salutation/sign-off alike, so every sentence stays a verbatim substring of its email text.
"""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["hard_close", "self_serving", "timidity"]
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}

# Each email: (subject, salutation, sign-off, industry, register, [paragraphs]); a paragraph is a list of
# (sentence, code, note).
EMAILS = [
# 1 abacus sets, primary trust, warm
("Abacus sets for the Key Stage 1 maths rooms", "Hi Priya,", "Warm wishes,\nGemma", "educational supplies (abacus sets)", "warm", [
 [("Thanks for showing me round the Year 1 classroom on Tuesday, the children were wonderful.", "N", "pleasantry"),
  ("You mentioned the beads on the old frames keep sliding off, so I've quoted our 100-bead sets with sealed end caps for all nine classrooms.", "N", "value tied to the prospect's stated problem")],
 [("The quote is attached, and I've already pencilled in delivery for the 14th, so all I need from you is the trust's card details to lock it in.", "H", "legit attachment + assumptive payment step before a yes")],
 [("Honestly, I've poured a lot of evenings into getting this bundle right for you, so it would mean a great deal to hear back this week.", "HS", "seller's effort as leverage for a reply with a time frame (rule 15)"),
  ("The sets come in trays of 30 that slide into your existing maths cupboards, and every other school in the Fernlea cluster has already moved over to them, so St Aidan's would be the odd one out.", "H", "legit product detail + peers-already-switched shaming")],
 [("Would Thursday after school suit for a ten-minute look at a sample set, or shall I assume the sliding beads don't bother you after all?", "H", "legit meeting ask + sarcasm")]]),
# 2 anvils, blacksmithing college, terse
("Anvils and swage blocks, Forge 2", "Dale,", "Rob", "forge equipment (anvils)", "terse", [
 [("Quote attached for six 125 kg London-pattern anvils and two swage blocks, as you asked.", "N", "legit attachment the prospect asked for"),
  ("Delivery is four weeks from order.", "N", "logistics"),
  ("Your funding bid closes on 31 March, so the order needs raising before then to count against this year's capital budget.", "N", "borderline: a real external deadline (the funder's), stated once with the reason (rule 4)")],
 [("Stands are included at no extra cost, and they bolt to the existing floor plates in Forge 2.", "N", "concrete product detail")],
 [("Call me Friday if the spec needs changing.", "N", "plain next step")]]),
# 3 bagpipe servicing, pipe band, chatty (curly)
("Pipes service before the Highland games", "Hiya Callum,", "Cheers,\nMhairi", "bagpipe servicing", "chatty", [
 [("Great to bump into you at the Cowal practice night, and I hope you don't mind me writing again so soon.", "T", "pleasantry + needing approval"),
  ("I'm just dropping you another wee note in case you'd had a spare minute to think about the service, no rush whatsoever, honestly.", "T", "permission-begging and minimising, no purpose of its own")],
 [("I could re-hemp and reseat all eleven sets before the games on 23 August, which is the date you gave me.", "N", "the prospect's own date, not pressure")],
 [("Sorry again for going on about this, I know I've been a bit of a pest lately.", "T", "apology for normal selling, self-abasing (rule 3)"),
  ("The quote covers new covers and cords for all eleven bags, and if the price feels steep, just say the word and I'll shave whatever you like off it.", "T", "legit product detail + unconditional, open-ended discount (rule 7)")],
 [("P.S. The bag seasoning we talked about is included in the price.", "N", "concrete product detail")]]),
# 4 boxing ring, community club, blunt
("Competition ring for the Eastgate gym", "Tony,", "Lee Marsh\nRingside Fabrications", "boxing ring manufacture", "blunt", [
 [("You've had the drawings three weeks now and I've heard nothing back.", "H", "entitlement/guilt resting on the prospect's conduct (rule 15, hard_close only)"),
  ("The 18-foot ring fits your hall with a metre clear on every side, and the quote includes fitting.", "N", "concrete product detail tied to the prospect's hall")],
 [("The canvas is non-slip and the ropes are padded to the spec in your email, and other clubs don't sit on a quote like this, they sign it the same afternoon.", "H", "legit product detail + shaming via other buyers")],
 [("We're the biggest ring builder in the north, and we've kitted out two Commonwealth Games venues.", "S", "generic boast, credentials not tied to the club (rule 8)"),
  ("I can meet your committee at the gym on Wednesday evening, but if I don't hear by Monday I'll ring your chairman and put it to him directly.", "H", "legit meeting offer + bypass threat")],
 [("P.S. The quote includes corner pads in your club colours, and I'll need the 50% deposit by return to hold them.", "H", "legit product detail + assumptive deposit demand")]]),
# 5 barista training, cafe chain, formal -- CLEAN
("Barista training for the new Harlow and Stevenage sites", "Dear Ms Okafor,", "Kind regards,\nDaniel Reyes\nBarista Academy", "barista training", "formal", [
 [("Thank you for your call on Monday and for the figures on drink waste at the two new sites.", "N", "pleasantry"),
  ("You mentioned that roughly one in twelve flat whites is remade because the milk is overheated, which is the first thing our two-day course tackles.", "N", "value tied to the prospect's own data")],
 [("I've attached an outline that splits the twelve staff into two groups, so neither café is short-handed on a weekday.", "N", "attachment serving the prospect")],
 [("You said the sites open on 3 November, so I'd suggest running both groups in the week of 20 October.", "N", "borderline: the prospect's own date (rule 4)"),
  ("Could you confirm which of the two kitchens has the spare espresso machine we can train on?", "N", "plain logistics question")],
 [("I'll call on Thursday morning to settle the dates.", "N", "clear next step")]]),
# 6 spent grain collection, brewery, non-native (curly)
("Collection of brewers' grain from Tidewater Brewing", "Dear Mr. Halvorsen,", "Best regards,\nJoanna Wiśniewska\nAgri-Feed Loop", "spent grain collection", "non-native English", [
 [("Thank you for the meeting in your brewhouse last week, it was very interesting for me.", "N", "pleasantry"),
  ("We can collect your spent grain three times in week, Monday, Wednesday and Friday, and it goes to our partner farm's cattle as feed at no cost for you.", "N", "concrete offer")],
 [("Please, I am hoping so much you sign before end of this month, because my boss is counting on me for the new route.", "HS", "seller-driven deadline with the manager as reason (rule 16)"),
  ("I am very sorry if my English is not so good and if my emails are too many, I do not want to disturb you.", "T", "self-abasing apology for normal selling (rule 3)")],
 [("We give you a weight ticket for every collection, and also we are the number one grain collector in the region and we won prize for green business in 2024.", "S", "legit service detail + generic boast, award (rule 8)"),
  ("If it helps, maybe we can make the first three months free, or you can tell me what price is good for you.", "T", "unprompted concession + asking the buyer to name their number (rule 7)")]]),
# 7 BMX pump track, town council, formal
("Pump track proposal, Millfield Recreation Ground", "Dear Councillor Birch,", "Yours sincerely,\nSimon Achebe\nTrailform Ltd", "BMX pump track construction", "formal", [
 [("Thank you for forwarding the youth forum's survey, which shows that 61 per cent of respondents want a wheeled-sports facility.", "N", "pleasantry + prospect's own data")],
 [("Our proposal uses an asphalt loop of 85 metres, which suits the slope you described and needs no drainage beyond a single soakaway.", "N", "concrete product detail tied to the site")],
 [("Planning consent is required for the earthworks, and the district's current turnaround is eleven weeks, so a spring opening would mean submitting by early January.", "N", "borderline: real external constraint (permit lead time) stated once with reason (rule 4)"),
  ("The full costing is in section 4 of the proposal, and frankly, a council that cares about its young people would have approved it at the last meeting.", "H", "legit pointer to the costing + guilt/shaming aimed at the prospect")],
 [("We have built over 240 tracks across Europe and were named Sports Contractor of the Year three times running.", "S", "generic boast, awards and counts (rule 8)"),
  ("I'd also be grateful if the council could give us a short quote for our website once the track is open.", "S", "favour for the seller, not after delivered value (rule 10)")]]),
# 8 horn buttons, bespoke tailor, very deferential
("Horn buttons for the autumn commissions", "Dear Mr Lindqvist,", "With my humblest thanks,\nAmelia Porter\nPorter & Vale Buttons", "horn buttons", "very deferential", [
 [("I do hope you'll forgive me for writing to you again, I know how terribly busy the workroom must be.", "T", "apology for following up, self-abasing (rule 3)"),
  ("The sample card of the dark buffalo horn you asked about is enclosed, in the 24- and 32-ligne sizes.", "N", "legit enclosure the prospect asked for")],
 [("I was rather wondering whether you might perhaps feel able to consider a small trial order, if that wouldn't be an imposition?", "T", "stacked hedges plus permission-seeking (rule 2)"),
  ("Each button is cut from a single piece, so the grain runs across the face rather than the edge, which keeps them from splitting on heavy tweed.", "N", "concrete product detail tied to the prospect's use")],
 [("A card of the matching waistcoat sizes can follow next week, and I very much hope I haven't overstepped by offering it unasked.", "T", "legit offer + needing approval")],
 [("P.S. Should the price give you any pause at all, please do just tell me and I'll happily reduce it.", "T", "pre-emptive unconditional discount (rule 7)")]]),
# 9 coir logs, river trust, formal (curly) -- CLEAN
("Coir logs for the Lower Wenning bank works", "Dear Dr Ashworth,", "Kind regards,\nHelen Croft\nRiparian Supplies", "coir logs for riverbank restoration", "formal", [
 [("Thank you for sending the bank profiles for the three eroding bends.", "N", "pleasantry"),
  ("Based on those, I'd recommend the 300 mm diameter logs on bends one and three, and the denser 400 mm logs on bend two, where your photos show the scour is deepest.", "N", "confident recommendation backed by the prospect's own evidence (rule 6)")],
 [("The Environment Agency's in-channel works window closes on 30 September to protect spawning, so delivery is planned for the week of 8 September.", "N", "borderline: real external regulatory date stated once with reason (rule 4)"),
  ("Pre-planted logs with yellow flag iris will need a further three weeks in the nursery, if you want them.", "N", "logistics")],
 [("Could you let me know whether the volunteers will be working from the north or the south bank?", "N", "plain question"),
  ("I'll send a unit-by-unit delivery plan once I know.", "N", "clear next step")]]),
# 10 ceramic dinnerware, restaurant group US, chatty
("Plates for the Lark & Fig openings", "Hey Marcus!", "Talk soon,\nBrianna", "restaurant dinnerware", "chatty", [
 [("So fun seeing the new Lark & Fig space in Austin last week, and sorry for being such a pest ever since!", "T", "pleasantry + apology for following up (rule 3)"),
  ("I put the speckled stoneware in your favorite color on the spec sheet, and the 10-inch coupe plate stacks nine high in your dish pit shelving.", "N", "concrete product detail tied to the prospect's kitchen")],
 [("Real talk, I'm one deal off making President's Club this year, so your order would be a huge win for me personally.", "S", "seller's own need stated without a date or demand (rule 16, self_serving only)"),
  ("Just so you know, I already sent the deposit invoice over to your bookkeeper so we can get you in the kiln queue.", "H", "assumptive invoice before a yes")],
 [("The plates are rated for 1,000 commercial dishwasher cycles, and honestly, every big group in Texas is running them now, so you'd kind of be behind without them.", "H", "legit product detail + peers-already-switched / FOMO")],
 [("Want me to bring a few samples by on Tuesday so your chefs can plate on them?", "N", "plain meeting ask")]]),
# 11 circus skills workshop, primary school, warm
("Circus skills day for Year 5", "Dear Mrs Fenwick,", "With best wishes,\nRuby Lane\nBig Top Schools", "circus skills workshops", "warm", [
 [("Thank you so much for getting back to me about the Year 5 enrichment day.", "N", "pleasantry"),
  ("We'd bring juggling, diabolo, plate spinning and low stilts, and every child would have a go at all four stations before lunch.", "N", "concrete offer")],
 [("You said the hall is free on 12 June, so I've held that date for you.", "N", "the prospect's own date")],
 [("We're the most booked circus company in the South West, and a judge on a national talent show once called our troupe the best in Britain!", "S", "generic boast, exclamation-mark success (rule 8)"),
  ("I've also added our aerial silks package, our fire-free LED show, our parent workshop and our after-school club to the quote in case you fancy any of them.", "S", "feature/product dumping not tied to the prospect's ask")],
 [("If you could let me know whether you'd like the morning or the full day, I'll send the risk assessment the same afternoon, and do forgive me for rambling on at such length.", "T", "legit ask + apology for the length of the email (rule 3)")]]),
# 12 cupcakes, credit union US, chatty (curly)
("Cupcakes for your three branch openings", "Hi Denise,", "Sweetly,\nKayla\nFrosted Co.", "cupcake catering", "chatty", [
 [("I'm so sorry for emailing again, I know you must be swamped and I feel awful cluttering your inbox.", "T", "apology for following up, self-abasing (rule 3)")],
 [("The tasting box with your teal and gold frosting is ready to ship to your Oak Street branch, and I've attached the menu with the gluten-free options you asked for.", "N", "legit attachment and product detail")],
 [("I was kind of hoping maybe you might be able to, like, possibly give me a yes or no sometime?", "T", "stacked hedges")],
 [("Also, if it's easier, I could just knock the delivery fee off, or honestly whatever you think is fair.", "T", "unprompted concession + name your number (rule 7)"),
  ("The box can reach you by Thursday if you'd like to taste first, and no hard feelings at all if you end up going with someone else!", "T", "legit logistics + pre-emptively releasing the prospect (rule 11)")],
 [("P.S. The tasting box ships Monday, and I'm sorry the gluten-free tier costs a little more, I know it's a lot to ask.", "T", "legit logistics + apology for the price (rule 3)")]]),
# 13 dive regulator servicing, police dive unit, formal -- CLEAN
("Annual servicing of the unit's regulators", "Dear Sergeant Moyo,", "Yours faithfully,\nOwen Pryce\nDeepline Technical", "dive equipment servicing", "formal", [
 [("Thank you for the inventory of the unit's 18 first stages and 36 second stages.", "N", "pleasantry"),
  ("Six of the first stages are a model whose manufacturer stops supplying service kits in December, so I'd recommend replacing those rather than servicing them this year.", "N", "borderline: real external end-of-support date stated once with reason (rules 4, 6)")],
 [("Our technicians hold the manufacturer's certification, which your force's procurement framework lists as a requirement.", "N", "a certification the buyer's process requires (rule 8)"),
  ("We can service the remaining twelve in two batches, so the unit always keeps half its kit operational.", "N", "value tied to the prospect's operations")],
 [("Could we visit the dive store on 9 or 10 October to collect the first batch?", "N", "clear next step with dates")]]),
# 14 down duvets, boutique B&B, warm
("Duvets for the Larkrise rooms", "Dear Fiona,", "Warmly,\nSophie\nFeatherstone Bedding", "down duvets", "warm", [
 [("It was lovely speaking with you about your guests' comments on the winter bedding.", "N", "pleasantry"),
  ("For the north-facing rooms you mentioned, the 10.5 tog with the baffle-box stitching keeps the filling even, so guests don't wake with cold spots.", "N", "product detail tied to the prospect's problem")],
 [("I'd be so grateful if you could sign the order this week, as our sales director is reviewing my numbers on Friday.", "HS", "seller-driven deadline phrased as a favour (rule 16)"),
  ("Every duvet is washable at 60 degrees, which your housekeeper asked about, and our family has been making them in Yorkshire since 1921, four generations now.", "S", "borderline: legit product detail + heritage line (rule 8)")],
 [("I've put in so much work pulling these samples together for you, so I'd be a little heartbroken if they came back unopened.", "HS", "seller's effort and feelings as guilt (rule 15)"),
  ("The samples will arrive by courier on Wednesday.", "N", "borderline: logistics line inside a pushy email (rule 14)")]]),
# 15 dry cleaning, theatre wardrobe, terse (curly)
("Costume cleaning, spring season", "Hi Nadia,", "Sam", "theatrical dry cleaning", "terse", [
 [("Following up on the price list I sent on the 4th.", "N", "single follow-up line (rule 13)"),
  ("We can collect after the Sunday matinee and return by Tuesday noon, before your half-hour call.", "N", "logistics tied to the prospect's schedule")],
 [("That's my fourth message and you've opened every one, so a reply isn't much to ask.", "H", "counting attempts + read-tracking guilt (rule 13)"),
  ("Small repairs and re-hemming are included in the rate, and today's the last day the 15% holds, so decide now.", "H", "legit service detail + fake deadline with urgency language (rule 4)")],
 [("The van's booked for Sunday night already, so reply with your billing address and we'll invoice after the first run.", "H", "assumptive booking and invoice before a yes"),
  ("I'll be at stage door on Monday either way, so you may as well sign then.", "H", "turning up uninvited to get a signature")]]),
# 16 dance floor hire, hotel events, blunt
("LED dance floor for the Grand Regent ballroom", "Mark,", "Jason\nStarlite Floors", "dance floor hire", "blunt", [
 [("You asked for a price on a 24 by 24 foot white LED floor for the New Year's Eve gala, and it's $4,800 including install and strike, which you'd be mad to pass up.", "H", "price the prospect asked for + shaming clause"),
  ("Install takes three hours, so our crew would arrive at noon on the 31st.", "N", "logistics")],
 [("This floor is what your gala requires, and there's nothing left to discuss.", "H", "'you need this' directive with no analysis (rule 6)"),
  ("The floor can run in your brand colours at no extra charge, but I've got another hotel ready to take the date, so it's yours until 5 pm and then it's gone.", "H", "legit product detail + manufactured scarcity and invented deadline")],
 [("If you try to run it past your events committee again, we'll lose the date, so just sign it yourself.", "H", "overriding the prospect's own process"),
  ("We're the only outfit in the city with the new pixel-mapped panels, and we've done floors for three Super Bowl parties.", "S", "generic boast (rule 8)")]]),
# 17 ergonomic assessments, law firm, formal
("Workstation assessments for the Chancery Lane office", "Dear Ms Whitcombe-Hale,", "Yours sincerely,\nDr Rana Iqbal\nPosture Works", "ergonomic assessments", "formal", [
 [("Thank you for sharing the absence figures from your HR team.", "N", "pleasantry"),
  ("Of the 19 musculoskeletal absences last year, 14 were in the litigation team, which is where I'd suggest we start the assessments.", "N", "recommendation from the prospect's own data")],
 [("Our proposal covers 80 desks over four days, and the written report for each person arrives within a week.", "N", "concrete offer")],
 [("I'll need to check with my director whether I'm allowed to offer any reduction, as that's not really my call.", "T", "deferring to a manager on a discount (rule 12)"),
  ("I must apologise for the length of this email and for the fee, which I appreciate is not small.", "T", "apologising for length and price (rule 3)")],
 [("Please let me know if the week of 3 March would work for the first visit, or any other week at all, I'm entirely at your disposal.", "T", "legit date ask + giving up control, approval-seeking")]]),
# 18 eyewash stations, metal finishing, terse (curly)
("Eyewash stations, plating line", "Gary,", "Tom\nClearFlow Safety", "emergency eyewash stations", "terse", [
 [("Quote attached for four plumbed stations at the acid tanks, as requested.", "N", "legit attachment"),
  ("Each one delivers tepid water at 1.5 litres a minute for fifteen minutes, which is what your insurer's survey asked for.", "N", "spec tied to the buyer's requirement")],
 [("I've already booked our fitter for Monday, so just send the PO over tonight.", "H", "assumptive booking and PO demand before a yes")],
 [("My area manager wants this closed by Friday, so help me out here.", "HS", "seller-driven deadline, manager's wish (rule 16)"),
  ("Every unit comes with a weekly flush log for your audit file, and any safety manager worth his salt would've signed off last week.", "H", "legit product detail + shaming aimed at the prospect")],
 [("P.S. The brackets are stainless, so they won't corrode near the tanks, and I'd take it as a personal kindness if this reached me before my review on Thursday.", "HS", "legit product detail + seller-driven date as a favour (rule 16)")]]),
# 19 elderflower cordial, farm shops, chatty
("Elderflower cordial for the four Greenhills farm shops", "Hi Lucy,", "Cheers,\nHattie\nHedgerow Pressing Co.", "elderflower cordial", "chatty", [
 [("Lovely to chat at the Royal Norfolk show!", "N", "pleasantry"),
  ("Our cordial is pressed from flowers picked within twenty miles of your shops, which your customers kept asking about on the tasting stand.", "N", "value tied to the prospect's customers")],
 [("Pricing's attached at £3.10 a bottle for 240 bottles, and I can do £2.80 if you take 480 on a year's standing order.", "N", "a concession traded for volume and term (rule 7)")],
 [("We're honestly the best-loved cordial in East Anglia, we've won three Great Taste stars and been on telly twice!", "S", "generic boast, awards (rule 8)"),
  ("Shelf-talkers for the four shops are included free, and I'd also love it if you could pop a review on our Google page, since it really helps us.", "S", "legit offer + favour for the seller, asked of a prospect (rule 10)")],
 [("I'll drop a case round on Friday for the staff to try, and I've already raised the invoice for the first 240 so it can go on the same van.", "H", "legit offer + assumptive invoice before a yes")]]),
# 20 fume cupboard servicing, academy, formal -- CLEAN
("Fume cupboard testing across the Trust's five schools", "Dear Mr Adeyemi,", "Yours sincerely,\nClaire Doherty\nLabSafe Services", "fume cupboard servicing", "formal", [
 [("Thank you for the list of the 23 fume cupboards across the five schools.", "N", "pleasantry"),
  ("Under the guidance your science departments follow, each cupboard needs a face-velocity test every 14 months, and nine of yours are now past that date.", "N", "technical/regulatory requirement, 'needs' as prerequisite (rule 6)")],
 [("I'd suggest we start with those nine during the February half-term, when the labs are empty.", "N", "confident recommendation with a reason"),
  ("Each test takes about forty minutes, and we'll leave a dated label on every cupboard.", "N", "logistics")],
 [("Could your site managers let me know which days the buildings will be open that week?", "N", "plain question")]]),
# 21 flight simulator time, flying school US, blunt (curly)
("Sim block for your instrument students", "Rick,", "Dana Cole\nSkyward Sim Center", "flight simulator time", "blunt", [
 [("Here's the block price you asked for: 40 hours on the Redbird at $95 an hour.", "N", "price the prospect asked for")],
 [("I'm not going to dress it up, we're the best-equipped sim center in three states and everybody in the industry knows it.", "S", "generic boast")],
 [("Those students of yours require this block, end of story.", "H", "'you need this' directive in fresh words (rule 6)"),
  ("The block can be split across any of your instructors' logins, and two of the schools at your field already bought blocks this month while you're the one still dithering.", "H", "legit product detail + peers-already-switched shaming")],
 [("I need the card number by Thursday or the rate goes back to $120.", "H", "assumptive payment demand + fake deadline"),
  ("The contract's attached with your school's name already filled in, so all that's missing is your signature.", "H", "legit attachment + assumptive close before a yes")]]),
# 22 gluten-free bread, hospital, formal -- CLEAN
("Gluten-free bread for patient meals", "Dear Mr Harrington,", "Yours sincerely,\nAlison Grant\nClearcrust Bakery", "gluten-free bread", "formal", [
 [("Thank you for the invitation to quote for gluten-free bread for the patient menus at both hospital sites.", "N", "pleasantry"),
  ("Our bakery is certified by Coeliac UK, which your specification lists as a mandatory requirement.", "N", "certification the buyer requires (rule 8)")],
 [("We can deliver 180 sliced loaves a week to each site's stores before 6 am, frozen, with a 12-month shelf life.", "N", "concrete offer")],
 [("The tender portal closes at noon on 14 November, and our submission will be uploaded by the 12th.", "N", "the prospect's own deadline")],
 [("Would a sample delivery to your dietetics team next week be helpful?", "N", "plain offer")]]),
# 23 gas detectors, water utility, terse
("Four-gas monitors for the network crews", "Ian,", "Marta\nSentinel Gas Safety", "portable gas detectors", "terse", [
 [("Following our call, 60 four-gas monitors with docking-free bump tests, quote attached.", "N", "attachment"),
  ("They log every confined-space entry, which answers the gap your last audit flagged.", "N", "value tied to the prospect's audit")],
 [("Apologies for landing in your inbox yet again, I know this is probably the last thing you want to hear about.", "T", "apology for following up (rule 3)"),
  ("Each unit carries a two-year sensor warranty, and I could possibly maybe drop the price a bit, if that might help at all?", "T", "legit product detail + stacked hedges and unprompted discount (rules 2, 7)")],
 [("The monitors ship from stock within five days, though I'll have to ask my manager before I can say anything on the volume price you mentioned.", "T", "legit lead time + deferring to a manager on a discount (rule 12)"),
  ("Totally get it if now's not the time, I'll try you again next year.", "T", "accepting an imagined brush-off with no question (rule 11)")]]),
# 24 grease trap servicing, restaurant, non-native (curly)
("Grease trap service for your kitchen", "Dear Mr. Russo,", "Thank you and best regards,\nNguyen Van Minh\nCleanDrain Services", "grease trap servicing", "non-native English", [
 [("You told me the water authority gave your restaurant a warning about the fats in the drain, so we propose pump-out every four weeks with a written record for the inspector's file.", "N", "value tied to the prospect's situation")],
 [("The authority gives 30 days to show the service contract, so first visit should be before 20 March.", "N", "borderline: real external deadline stated once with reason (rule 4)"),
  ("But I must tell you, if you do not sign today you will surely receive the big fine and it is your own fault.", "H", "fake urgency, blame on the prospect")],
 [("I already wait two weeks for your answer and I came to your restaurant three times, so please you must reply me now.", "HS", "seller's effort/waiting as guilt (rule 15)"),
  ("The first visit takes about one hour, and our company has 14 trucks, 22 workers, camera inspection, jetting, 24 hours service and online booking.", "S", "legit logistics + feature list not tied to the prospect")]]),
# 25 humidors, cigar lounge, warm
("Walk-in humidor for the Ashby Club lounge", "Dear Charles,", "With warm regards,\nEdmund\nCedar & Smoke Cabinetry", "humidor cabinetry", "warm", [
 [("What a pleasure to see the new lounge taking shape on Saturday.", "N", "pleasantry"),
  ("The Spanish cedar lining I've specified holds 68% humidity with far less swing than the mahogany you have now, so your members' boxes won't dry out over the summer.", "N", "value tied to the prospect's problem")],
 [("I'll confess this build is one I'm personally rooting for, it would be the showpiece of my portfolio.", "S", "seller's stake, no blame or demand (rule 15)"),
  ("The humidity gauge is mounted at eye level so your steward can check it daily, and I was also wondering whether, once it's finished, you might let us photograph it and mention the club in our brochure.", "S", "legit product detail + favour for the seller (rule 10)")],
 [("If that's a yes, I'd happily take 10% off the cabinetry in return.", "ST", "borderline: discount offered for a personal favour (rule 7)")],
 [("Shall I bring the final drawings on Thursday afternoon, along with the first-stage invoice so the joiners can make a start?", "H", "legit meeting ask + assumptive invoice before a yes")]]),
# 26 hydroponic towers, school district US, chatty
("Hydroponic towers for the middle school science labs", "Hi Mr. Delgado,", "Best,\nTaylor Nguyen\nGrowStack Education", "hydroponic grow towers", "chatty", [
 [("Thanks for the great call on Monday, and sorry again that my follow-ups have been so relentless.", "T", "pleasantry + apology for following up (rule 3)"),
  ("You mentioned your seventh graders study plant biology in the spring, so the towers would be producing lettuce right when that unit starts.", "N", "value tied to the prospect's curriculum")],
 [("The quote for six towers is attached, and I've gone ahead and scheduled onboarding for your teachers on the 9th, so we just need the purchase order.", "H", "legit attachment + assumptive onboarding before a yes")],
 [("Each tower holds 28 plants and runs off a standard classroom outlet, and I'd love to walk you through our whole product line too, including the new aquaponics kit our engineers just launched.", "S", "legit product detail + 'let me show you our whole product line' (rule 9)"),
  ("Just floating this back up to see where things landed, no stress if you're busy.", "T", "a 'just' nudge as the email's purpose + minimising (rule 1)")],
 [("Does Wednesday at 3:30 work to meet the science team?", "N", "clear next step with a time")]]),
# 27 infrared thermography, manufacturer, formal (curly) -- CLEAN
("Thermographic survey of the main switchrooms", "Dear Mr Petrakis,", "Yours sincerely,\nLaura Bennett\nHeatSight Surveys", "infrared thermography", "formal", [
 [("Thank you for walking me through the three switchrooms at the Corby plant.", "N", "pleasantry"),
  ("Your insurer's renewal letter asks for a thermographic survey of all distribution boards before the policy renews on 1 April.", "N", "borderline: real external requirement and date, stated once with reason (rule 4)")],
 [("I'd recommend surveying under normal load on a weekday, because loose connections only show up as hot spots when current is flowing.", "N", "confident recommendation with reasoning")],
 [("The survey takes one day, and you'll receive a report ranking each fault by severity within five working days.", "N", "concrete offer")],
 [("Would Tuesday 11 March suit, starting at 8 am?", "N", "clear next step with a date")]]),
# 28 interactive whiteboards, college, very deferential
("Interactive displays for the Business block", "Dear Mrs Kowalczyk,", "With sincere thanks for your patience,\nPeter Ambrose\nBrightBoard Education", "interactive whiteboards", "very deferential", [
 [("Please accept my heartfelt apologies for intruding on your time once more.", "T", "self-abasing apology for following up (rule 3)"),
  ("The 75-inch displays I quoted work with the Teams accounts your staff already use, so no one needs a new login.", "N", "value tied to the prospect's setup")],
 [("The price of £2,150 per display includes installation and a five-year warranty, and I'm truly sorry it isn't lower.", "T", "legit price detail + apologising for the price (rule 3)"),
  ("If it would make things any easier, I could perhaps offer the wall brackets free of charge, with no obligation whatsoever.", "T", "unprompted, unconditional concession (rule 7)")],
 [("The revised quote with the Easter dates is attached, and I do hope it's all acceptable and that I haven't caused any inconvenience.", "T", "legit attachment + needing approval")],
 [("Our installer can fit all 14 displays during the Easter break, if that isn't too presumptuous of me to suggest.", "T", "legit logistics + needing approval")]]),
# 29 jazz trio, accountancy firm dinner, warm
("Jazz trio for your partners' dinner on 7 March", "Hi Rachel,", "All the best,\nMilo\nBlue Note Events", "live jazz trio", "warm", [
 [("Thank you for thinking of us for the dinner at the Guildhall on 7 March.", "N", "pleasantry, the prospect's date"),
  ("For a room of 120 where people want to talk, I'd suggest piano, upright bass and brushes only, kept low until the speeches are over.", "N", "expert recommendation tied to the event")],
 [("The fee for three sets is £1,450, and I'd need an answer by Friday because my agent is chasing me to fill the diary for the quarter.", "HS", "price asked for + seller-driven deadline with the seller's agent/quarter as reason (rule 16)")],
 [("We played for the Lord Mayor last year and were voted best wedding band in London twice, which says it all really!", "S", "generic boast, exclamation-mark success (rule 8)"),
  ("I'm happy to send a short recording of us playing in a similar room, though I do hope you won't think me too forward for offering.", "T", "legit offer + needing approval")],
 [("P.S. If the fee's a stretch, tell me what you'd like to pay and we'll make it work.", "T", "asking the buyer to name their number (rule 7)")]]),
# 30 juicers, juice bar chain, blunt (curly)
("Cold-press juicers for the five Squeeze bars", "Ollie,", "Karen\nPressWorks UK", "commercial cold-press juicers", "blunt", [
 [("The quote for five of the 20-litre-an-hour presses is attached, as you asked, and the install slot I've pencilled in for the 3rd goes to the next buyer if your deposit isn't with me by Friday.", "H", "legit attachment + invented scarcity deadline"),
  ("At your current volumes that cuts prep from three hours a morning to under one, based on the figures your managers gave me.", "N", "value from the prospect's own data (rule 5)")],
 [("Every week you stall is another grand down the drain, so stop overthinking it.", "H", "borderline: cost-of-delay push; the figure is plausible (rule 5)"),
  ("All five can be installed overnight after close, and nobody else in the market comes close to our kit, we've been top-rated for a decade.", "S", "legit logistics + generic boast")],
 [("I've sat through four meetings with your team and driven to Bristol twice for this, so I think I'm owed a straight answer.", "HS", "seller's effort as guilt, entitlement (rule 15)")]]),
# 31 koi pond maintenance, hotel Japanese garden, non-native
("Maintenance of koi pond in your Japanese garden", "Dear Ms. Tanaka-Reid,", "Respectfully,\nKenji Morimoto\nMizu Garden Care", "koi pond maintenance", "non-native English", [
 [("Thank you for to show me the garden of the hotel on Thursday.", "N", "pleasantry"),
  ("Your water test shows ammonia at 0.5, so I recommend to replace the filter media before summer, otherwise the fish become sick when water is warm.", "N", "expert recommendation backed by the prospect's data (rule 6)")],
 [("We visit every two weeks, clean the skimmer, test the water and check health of the 26 fish, for £320 a month, and I already put your hotel in our calendar from 1 May, so I only need your bank details now.", "H", "legit offer + assumptive booking and payment step")],
 [("Maybe, if possible, perhaps you could think about it, if it is not too much trouble for you?", "T", "stacked hedges + permission-seeking (rule 2)"),
  ("I am sorry, I know my price is maybe too high, I can make it lower if you want, any number you say.", "T", "apology for price + name your number (rules 3, 7)")],
 [("Also please, my manager will be very happy if your hotel is our customer, it is important for my position.", "ST", "pleading for the seller's own standing, no date (rules 15, 16)")]]),
# 32 kilt hire, corporate Burns Night, chatty
("Kilts for the Burns Night supper", "Hi Alasdair,", "Slàinte,\nFiona\nTartan Threads Hire", "kilt hire", "chatty", [
 [("Brilliant news that the whole team is going full Highland for Burns Night!", "N", "pleasantry"),
  ("For 38 people I'd suggest the full outfit with Prince Charlie jackets, and we do the fittings at your office so nobody has to trek across town.", "N", "concrete offer")],
 [("The measuring form is attached, and I've already charged the deposit to the card we have on file from last year's booking so your slot is safe.", "H", "legit attachment + assumptive payment before a yes")],
 [("Sporrans and ghillie brogues are included in the hire price, and loads of the firms on your street have already booked with us, so it'd be a shame for yours to miss out.", "H", "legit offer detail + peers-already-switched FOMO"),
  ("Also, cheeky one, could you tag us in the photos on LinkedIn afterwards, it does wonders for my numbers.", "S", "favour for the seller's benefit (rule 10)")]]),
# 33 lathes, university engineering US, formal (curly) -- CLEAN
("Teaching lathes for the engineering student shop", "Dear Professor Alvarez,", "Sincerely,\nGreg Hoffman\nMidwest Machine Tools", "metalworking lathes", "formal", [
 [("Thank you for the floor plan of the renovated student shop.", "N", "pleasantry"),
  ("Given that most of your users are first-year students, I'd recommend the 13-inch lathes with the foot-brake interlock, which stops the spindle within half a turn.", "N", "expert recommendation tied to the users")],
 [("Eight machines fit along the east wall with the 1.2-meter aisle your safety office requires.", "N", "requirement of the buyer")],
 [("Your purchasing office mentioned the fiscal year closes on June 30, so a purchase order by June 1 would allow delivery before then.", "N", "borderline: the prospect's own institutional deadline (rule 4)"),
  ("I'll send the rigging plan for the loading dock by Friday.", "N", "clear next step")]]),
# 34 book jacketing, county library service, very deferential
("Jacketing film for the library service", "Dear Mrs Abernethy,", "With my very best wishes and thanks,\nNicola Hughes\nCoverGuard Library Supplies", "library book jacketing film", "very deferential", [
 [("I'm ever so sorry to trouble you again, and I completely understand if you haven't had a moment.", "T", "apology for following up + minimising (rule 3)"),
  ("The 60-micron film you trialled at the Kirkby branch is the one I've quoted, in 50-metre rolls.", "N", "concrete product detail")],
 [("A price list for the 50-metre rolls is attached, but please don't feel any obligation at all, and do bin this if it's of no use.", "T", "legit attachment + minimising, inviting the prospect to discard the email"),
  ("The film can go out to all eleven branches on one van run, and I wonder if maybe, should you possibly find it convenient, we might perhaps have a quick word about it?", "T", "legit logistics + stacked hedges")],
 [("I'd be so grateful, as this order would help me terribly with my first-year targets.", "ST", "pleading for the seller's own sake (rule 15)"),
  ("Thank you so much for even considering us, it really means a great deal.", "T", "thanking them for even considering (rule 11)")]]),
# 35 lace trim, lingerie brand, formal, non-native seller? make formal
("Leavers lace for the spring lingerie range", "Dear Ms Beaumont,", "Yours sincerely,\nMatthieu Roux\nDentelles Roux", "Leavers lace trim", "formal", [
 [("Thank you for sending the tech packs for the five styles in the spring range.", "N", "pleasantry"),
  ("The scalloped trim you chose is woven on our Leavers looms in widths from 18 to 120 mm, so one pattern can run across the bra, brief and slip.", "N", "product detail tied to the range")],
 [("Samples of the ivory and blush colourways are enclosed, and the price list reflects the 600 metres per colour you specified.", "N", "enclosure and price the prospect asked for")],
 [("Our house has supplied the great names of Paris couture since 1898, as our archive of 40,000 designs shows.", "S", "heritage line plus generic boast about famous clients (rule 8)"),
  ("I must also mention that our general manager has asked me to secure your order before the end of our financial year on the 30th.", "HS", "seller-driven deadline, manager's wish (rule 16)")],
 [("Delivery to your Leicester warehouse would take five weeks, and kindly note that our loom schedule for spring is almost fully booked by other brands, so only this week remains.", "H", "legit lead time + manufactured scarcity")]]),
# 36 mole catching, golf club, blunt (curly)
("Moles on the 4th and 11th fairways", "Steve,", "Bill Harker\nHarker Mole Control", "mole catching", "blunt", [
 [("Walked the course Tuesday and counted 40-odd fresh hills on the 4th and 11th.", "N", "observation from a real site visit"),
  ("Traps only, no gas, so the course stays open while I work.", "N", "concrete offer")],
 [("Going by the hill count, I'd start trapping next week so the fairways are clear for the county qualifier on 6 May you mentioned.", "N", "expert recommendation tied to the prospect's own date"),
  ("Price is £450 for the first month, and I can drop it to £300 if that's what it takes, just say.", "T", "legit price + unprompted concession (rule 7)")],
 [("I can start Monday if that suits, and if I don't hear by tomorrow I'm going straight to your club captain.", "H", "legit start date + bypass threat"),
  ("I've turned down two other jobs to keep next week free for you, so I'm not best pleased to be left hanging.", "HS", "seller's sacrifice and feelings as guilt (rule 15)")]]),
# 37 mezzanine floor, warehouse, terse
("Mezzanine, Unit 7 Brookside", "Aisha,", "Jim", "mezzanine floors", "terse", [
 [("Drawings attached: 420 m² at 4.2 m deck height, clear of your sprinkler heads.", "N", "attachment with concrete detail"),
  ("Building control sign-off is included, and we've put up more mezzanines than anyone else in the Midlands.", "S", "legit detail + generic boast (rule 8)")],
 [("Price is up 8% on 1 July because of the steel surcharge, so sign this week or pay more.", "H", "a real reason, but turned into an ultimatum with urgency")],
 [("My boss is on me to get this one over the line, so you'd be doing me a real favour.", "S", "seller's manager and a favour, no date or demand (rule 16: self_serving only)"),
  ("Your competitor on the estate put one in last year and is already doubling throughput, so you'd better keep up.", "H", "competitor shaming / FOMO"),
  ("If there's no reply by Friday I'll take that as a go-ahead and order the steel.", "H", "silence means we go ahead")]]),
# 38 motorcycle courier, law firm, chatty
("Same-day bikes for court filings", "Hi Jess,", "Cheers,\nDev\nRapid Rider Couriers", "motorcycle courier", "chatty", [
 [("Thanks for the chat about the filing runs to the Rolls Building!", "N", "pleasantry"),
  ("Our riders can collect from Fleet Street and have papers at the court counter within 25 minutes, which gets you ahead of the 4:30 cut-off you mentioned.", "N", "value tied to the prospect's own cut-off")],
 [("I've been wondering if maybe we could possibly set something up, if that's not too forward of me?", "T", "stacked hedges + permission-seeking (rule 2)"),
  ("Weekend runs come on the same account, and honestly, I'm happy to knock a third off the first month if that'd help you decide.", "T", "legit service detail + unprompted discount (rule 7)")],
 [("Just popping back in case my last note got buried, totally no worries if not!", "T", "'just popping back' as purpose + minimising (rule 1)")]]),
# 39 mussels, seafood restaurant, warm (curly)
("Rope-grown mussels for the Harbour Kitchen menu", "Hi Ellie,", "Best,\nNiall\nLoch Creran Shellfish", "rope-grown mussels", "warm", [
 [("It was great to meet you and the chefs on Friday, and the moules frites were superb.", "N", "pleasantry"),
  ("Our rope-grown mussels are depurated and graded to 50–60 per kilo, which your head chef said suits the pot size you use.", "N", "value tied to the prospect's kitchen")],
 [("We could deliver 40 kg on Tuesdays and Fridays, landed before 10 am, at £4.20 a kilo, and I'm sorry that's a touch more than the wholesaler charges, I really am.", "T", "legit offer + apology for the price (rule 3)")],
 [("I've already added you to Tuesday's delivery run, so I just need your card details for the account.", "H", "assumptive booking and payment demand")],
 [("It would honestly make my month if you came on board, I've been hoping to land a restaurant like yours since spring.", "S", "seller's feelings stated without blame or demand (rule 15)"),
  ("Shall I send a 5 kg sample on Tuesday for the team to try?", "N", "plain offer")]]),
# 40 coat hangers, retail chain, formal
("Hangers for the 62 store refit", "Dear Mr Oduya,", "Kind regards,\nHannah Lowe\nHangright Display", "retail coat hangers", "formal", [
 [("Thank you for the store count and the planogram for the autumn refit.", "N", "pleasantry"),
  ("Switching to the recycled-polypropylene hangers with size clips would let your stores reuse them from the distribution centre, rather than binning 1.4 million a year.", "N", "value tied to the prospect's operations")],
 [("I appreciate you said the decision would be made at the June board, but if you wait until then, you'll still be buying landfill hangers in 2030.", "H", "'if you don't do it now you never will' / overriding their process")],
 [("I'm afraid I'm not able to discuss pricing until I've checked with my sales director, so please bear with me.", "T", "deferring to a manager on price (rule 12)"),
  ("The clips come in the eight size colours on your planogram, and we are the UK's leading hanger manufacturer, with 300 staff, three factories and a royal warrant.", "S", "legit product detail + generic boast, size and standing (rule 8)")],
 [("I'll send the sample set to your head office on Monday.", "N", "borderline: logistics line inside an email with faults (rule 14)")]]),
]



def curl(s):
    return s.replace("'", "\u2019")


def labels_of(code):
    if code == "N":
        return ["NONE"]
    return [CODE[c] for c in "HST" if c in code]


def main():
    emails_out, sents_out = [], []
    sid = 0
    for i, (subject, greet, signoff, industry, register, paras) in enumerate(EMAILS, 1):
        eid = "s32e%03d" % i
        fix = curl if i % 3 == 0 else (lambda s: s)
        body = "\n\n".join(" ".join(fix(t) for t, _, _ in p) for p in paras)
        text = fix(greet) + "\n\n" + body + "\n\n" + fix(signoff)
        counts = {k: [0, 0] for k in ORDER}  # [total, non-borderline]
        for p in paras:
            for t, code, note in p:
                sid += 1
                t = fix(t)
                assert t in text, (eid, t)
                labs = labels_of(code)
                bl = note.startswith("borderline:")
                for l in labs:
                    if l != "NONE":
                        counts[l][0] += 1
                        counts[l][1] += 0 if bl else 1
                sents_out.append({"id": "s32-%04d" % sid, "email": eid, "text": t, "labels": labs, "note": note})
        lab = {}
        for k in ORDER:
            tot, nb = counts[k]
            lab[k] = 0 if tot == 0 else (2 if tot >= 2 and nb >= 1 else 1)
        emails_out.append({"email": eid, "subject": fix(subject), "text": text, "labels": lab,
                           "_industry": industry, "_register": register})
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails_out:
            f.write(json.dumps({k: v for k, v in e.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for s in sents_out:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # parse checks
    E = [json.loads(l) for l in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8")]
    S = [json.loads(l) for l in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8")]
    byid = {e["email"]: e for e in E}
    for s in S:
        assert s["text"] in byid[s["email"]]["text"]
        assert s["labels"] == ["NONE"] or s["labels"] == [l for l in ORDER if l in s["labels"]]
    # stats
    c = collections.Counter()
    per_email_faulty = collections.Counter()
    for s in S:
        if s["labels"] == ["NONE"]:
            c["NONE"] += 1
        else:
            per_email_faulty[s["email"]] += 1
            for l in s["labels"]:
                c[l] += 1
            if len(s["labels"]) > 1:
                c["multi"] += 1
        if s["note"].startswith("borderline:"):
            c["borderline"] += 1
    clean = [e["email"] for e in E if per_email_faulty[e["email"]] == 0]
    two_plus = [e["email"] for e in E if per_email_faulty[e["email"]] >= 2]
    one = [e["email"] for e in E if per_email_faulty[e["email"]] == 1]
    lens = collections.Counter(s["email"] for s in S)
    el = {k: collections.Counter(e["labels"][k] for e in E) for k in ORDER}
    stats = {
        "emails": len(E), "sentences": len(S), "NONE": c["NONE"],
        "NONE_pct": round(100.0 * c["NONE"] / len(S), 1),
        "hard_close": c["hard_close"], "self_serving": c["self_serving"], "timidity": c["timidity"],
        "multi_label": c["multi"], "borderline": c["borderline"],
        "clean_emails": len(clean), "emails_2plus_faulty": len(two_plus), "emails_1_faulty": one,
        "sentences_per_email": [min(lens.values()), max(lens.values())],
        "email_level": {k: dict(sorted(el[k].items())) for k in ORDER},
        "curly_emails": sum(1 for e in E if "\u2019" in e["text"]),
        "ps_lines": sum(1 for s in S if s["text"].startswith("P.S.")),
    }
    print(json.dumps(stats, indent=1))
    inds = [(e["email"], e["_industry"], e["_register"]) for e in emails_out]
    write_readme(stats, inds)


def write_readme(st, inds):
    L = ["# sealed32: held-out sales-email evaluation set for Poise", "",
         "> **Training data since the tenth session.** This set was once sealed and was read several times while sealed (its",
         "> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).",
         "> It measures nothing now.",
         "",
         '**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on',
         "6 December (the seventh session) from the labelling guide alone, blind to that session's last Apply change, and",
         'measured first on the code then (rules + model macro-F1 0.905: hard_close 0.860, self_serving 0.914, timidity 0.940;',
         '2 of 107 clean sentences flagged; email agreement 0.975 / 1.000 / 0.950). It is a source of round 31 of the Apply',
         'sample.',
         "",
         "Written by hand, from the labelling guide (`shared/corpus/LABELS.md`) and the product description alone:",
         "no other data set, rule or code was read. Every sentence is original; none copies or paraphrases the guide's",
         "examples. `build.py` holds the emails sentence by sentence (label code plus a short note each), writes",
         "`test-emails.jsonl` and `test.jsonl`, derives every email-level score from the sentence labels with the guide's",
         "0/1/2 scale (no hand overrides), checks that each sentence is a verbatim substring of its email and that every",
         "line parses, and writes this README's counts. Run `python3 build.py` to rebuild.", "",
         "Every third email (3, 6, 9, ...) uses curly apostrophes (U+2019); the others use straight ones. The swap is",
         "applied by the script to the sentences and the email text together.", "",
         "## Counts (computed by build.py)", "",
         "| | Count |", "|---|---|",
         "| Emails | %d |" % st["emails"],
         "| Sentences | %d |" % st["sentences"],
         "| NONE | %d (%.1f%%) |" % (st["NONE"], st["NONE_pct"]),
         "| hard_close | %d |" % st["hard_close"],
         "| self_serving | %d |" % st["self_serving"],
         "| timidity | %d |" % st["timidity"],
         "| Multi-label sentences | %d |" % st["multi_label"],
         "| Borderline sentences | %d |" % st["borderline"],
         "| Clean emails (no faulty sentence) | %d |" % st["clean_emails"],
         "| Emails with 2+ faulty sentences | %d |" % st["emails_2plus_faulty"],
         "| Sentences per email | %d-%d |" % tuple(st["sentences_per_email"]),
         "| P.S. lines | %d |" % st["ps_lines"],
         "| Emails with curly apostrophes | %d |" % st["curly_emails"], "",
         "Email-level scores (emails per score 0 / 1 / 2):", ""]
    for k in ORDER:
        d = st["email_level"][k]
        L.append("- %s: %s / %s / %s" % (k, d.get(0, 0), d.get(1, 0), d.get(2, 0)))
    L += ["", "## What it tests", "",
          "- Just under half the faulty sentences (54 of 123; their notes start with `legit`) hold the fault in one clause beside something the rep must keep (an",
          "  attachment, a price the prospect asked for, a meeting ask, a product detail, a delivery date).",
          "- Fault wordings avoid the textbook phrases: the seller's effort and feelings as leverage, bypass threats,",
          "  assumptive invoices and card requests, peers who already bought, the rep's manager, review, agent or",
          "  President's Club as the reason, boasts and feature lists, unprompted discounts and name-your-number offers,",
          "  apologies for price, length and following up, stacked hedges, pre-emptive release.",
          "- Many NONE sentences are hard negatives: real external dates (funder deadlines, a permit turnaround, a",
          "  regulator's works window, an insurer's renewal, a manufacturer's end of support), the prospect's own dates,",
          "  a single follow-up line, a concession traded for volume and term, certifications the buyer requires,",
          "  expert recommendations grounded in the prospect's data.",
          "", "## Industries and registers", "",
          "One trade per email, all starting with a letter from A to M; goods and services, public and private buyers,",
          "one-person firms and large suppliers, British and American spelling.", "",
          "| Email | Trade | Register |", "|---|---|---|"]
    for e, ind, reg in inds:
        L.append("| %s | %s | %s |" % (e, ind, reg))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
