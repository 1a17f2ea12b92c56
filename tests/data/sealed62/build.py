#!/usr/bin/env python3
"""Build the sealed62 evaluation set: 40 hand-written sales emails, labelled sentence by sentence.

Label codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combined, e.g. "HS").
Notes starting with "borderline:" mark sentences decided by one of the guide's borderline rules.
Every third email (3, 6, 9, ...) is written with curly apostrophes (’).
"""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["hard_close", "self_serving", "timidity"]
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}

# Each email: (subject, salutation, sign-off, industry, register, paragraphs)
# paragraphs: list of lists of (sentence, code, note)
EMAILS = [
("CO2 sensors for the Brindle Academy classrooms", "Dear Mr Okafor,", "Yours sincerely,\nHelen Marsh\nAirwise Monitoring Ltd",
 "air-quality sensors (academy trust classrooms)", "formal", [
  [("Thank you for sending the floor plans for the twelve classrooms in the science block.", "N", "thanks, logistics"),
   ("Based on the room volumes, I'd place one sensor per room at head height on the wall opposite the windows, which gives a truer reading than a ceiling mount.", "N", "expert recommendation tied to the rooms")],
  [("The quotation you requested is attached at £2,940 for all twelve units, and I'll need a purchase order number by Thursday to hold that figure, as our stock is very nearly gone.", "H", "requested quote kept, but invented deadline plus scarcity clause"),
   ("We are the only sensor maker in the UK to have won the Educational Estates Innovation Award three years running.", "S", "generic award boast"),
   ("Your governors will want this signed off before half-term, and frankly there is nothing left to deliberate.", "H", "tells the prospect the decision is made for them")],
  [("I can come in on Tuesday 14 October at 4 pm to show your site team how the dashboard flags a room that needs airing, and I'll bring the invoice so we can settle it that afternoon.", "H", "dated visit kept; assumptive invoice before a yes")],
  [("P.S. Our founder was on BBC Breakfast last month talking about classroom air, in case you missed it.", "S", "P.S. media boast")]]),

("Avgas deliveries for the club", "Hi Gemma,", "Cheers,\nDan",
 "avgas delivery (flying club)", "chatty", [
  [("Lovely to meet you at the fly-in on Saturday, and congratulations on the new clubhouse!", "N", "pleasantry"),
   ("I know you've got a lot on, so please don't feel you have to read all of this, honestly.", "T", "minimising own email, permission-seeking")],
  [("Our bowser can top up your 10,000-litre tank on a fortnightly run, which would save the committee the trip to Leckford for drums.", "N", "value tied to the club"),
   ("The price works out at £2.41 a litre, and I'm really sorry it's not lower than that, it's the best I could get.", "T", "price given, but apology for the price"),
   ("If that still feels steep I'll happily knock another 15p off, whatever gets us started.", "T", "unprompted, unconditional discount")],
  [("Would a quick call on Wednesday evening suit, so I can check the tank fittings with you?", "N", "plain ask with a reason")],
  [("P.S. Sorry again for the essay, and feel free to bin the whole thing if the timing's wrong!", "T", "P.S. apology for length plus 'ignore this'")]]),

("Sexed semen, spring breeding", "Rob,", "Mark",
 "artificial insemination straws (dairy farm)", "terse", [
  [("Straws for the 180 heifers are in stock: Holstein sexed, 90% female rate.", "N", "product fact"),
   ("I've pencilled your delivery for 3 March and the invoice goes out tomorrow, so just send the card details back.", "H", "assumptive payment step before a yes"),
   ("Every other herd in the valley switched to us last year, so you're the odd one out.", "H", "peers-already-switched shaming"),
   ("Tank hire included, and I'll be on your yard Monday whether you've replied or not.", "H", "detail kept; turning up uninvited"),
   ("Ring me if the heat-detection collars need checking first.", "N", "helpful offer")]]),

("Altar breads for the twelve parishes", "Dear Father Anselm,", "With warm regards,\nRuth Pennington\nPennington Breads",
 "altar breads (Catholic diocese)", "warm", [
  [("It was a joy to speak with you after the deanery meeting last week.", "N", "pleasantry"),
   ("As you asked, the low-gluten hosts are made in a separate room and tested to below 20 ppm, which should reassure the families you mentioned.", "N", "answers the prospect's concern")],
  [("We have been baking altar breads by hand for four generations, since my great-grandmother started in 1921.", "S", "borderline: heritage line, rule 8"),
   ("I'd be grateful if you could also mention us in the diocesan newsletter, as it would do wonders for our little business.", "S", "favour for the seller's benefit"),
   ("Our new range includes white, wholemeal, low-gluten, embossed, priest's hosts, people's hosts, boxed, bulk and presentation tins.", "S", "feature list with no tie to the buyer")],
  [("I'll post a sample box to the presbytery on Monday so the sacristans can compare the texture, and I'd be so grateful for a photograph of them in use for our website.", "S", "sample offer kept; asks a favour for the seller's marketing")]]),

("Breath testers, Kelso Road depot", "Mr Fairley,", "Regards,\nCraig Hollis\nSobrio Systems",
 "breathalysers (bus depot)", "blunt", [
  [("You asked in September for a price on six fixed breath-alcohol testers for the drivers' sign-on room.", "N", "context"),
   ("I sent it on 2 October, and my system shows you've opened it four times without a word back.", "H", "read-receipt guilt, rule 13"),
   ("If I don't hear by Friday, I'll put the proposal in front of your operations director instead.", "H", "bypass threat")],
  [("The units log every test against the driver's card, which is what your insurer asked for in the audit.", "N", "value tied to insurer requirement"),
   ("Frankly, any depot manager who cared about his drivers would have installed these last year.", "H", "shaming"),
   ("I can install on a Saturday so the morning shift isn't disrupted, and until then I'll be ringing your mobile and your office line every day until one of them picks up.", "H", "install offer kept; multi-channel chasing, rule 13")]]),

("Bassinets for the postnatal ward", "Dear Sister Adeyemi,", "Kind regards,\nPriya Nair\nCradleline Medical",
 "bassinets (NHS postnatal ward)", "very deferential", [
  [("I hope it is alright that I am writing to you directly, and I do hope I haven't overstepped by doing so.", "T", "approval-seeking"),
   ("I was wondering whether perhaps you might possibly have a few minutes at some point to look at our bassinets?", "T", "stacked hedges")],
  [("The clear-sided model lets staff see the baby from the bedside, and the height adjusts to the mother's bed after a caesarean.", "N", "product value for the ward"),
   ("I must apologise for how long this email has become.", "T", "apology for length"),
   ("If it helps at all, I could take 20% off the twelve units straight away, without any conditions.", "T", "unconditional discount")],
  [("The trust's framework reference is MED-2291, so the order can go through your usual route, and I do hope that isn't too much of a nuisance for you.", "T", "logistics kept; approval-seeking tail")]]),

("Boot dryers for the Alpenrose ski room", "Dear Ms Brunner,", "Kind regards,\nThomas Egger\nTrockenwerk GmbH",
 "boot dryers (mountain hotel ski room)", "formal", [
  [("Thank you for showing me round the ski room on Thursday.", "N", "thanks"),
   ("With 64 guests and boots coming in wet at four o'clock, a 24-pair forced-air rack on each wall would have every pair dry by the morning lift.", "N", "value tied to the hotel's numbers"),
   ("Each rack runs on a timer, so the heaters switch off at 2 am and you are not paying to heat dry boots.", "N", "feature tied to the buyer's cost")],
  [("I have attached a layout showing both racks clear of the bench you want to keep.", "N", "attachment"),
   ("The installer needs three weeks' notice for the electrical work, so an order by 10 November keeps you ready for the December opening you mentioned.", "N", "borderline: real lead time stated once with the reason, tied to the prospect's own date (rule 4)"),
   ("Would Monday at 11 suit for a short call to agree the wall positions?", "N", "dated next step")]]),

("Bonded storage for your whisky casks", "Dear Mr. Campbell,", "Best regards,\nLukas Novak\nForthbond Storage",
 "bonded warehousing (craft distillery)", "non-native English", [
  [("Thank you for your inquiry about to store 400 casks under bond in our warehouse in Leith.", "N", "thanks"),
   ("We have 30 years experience and many prizes, we are the most best bonded warehouse in all Scotland.", "S", "generic boast: years, prizes, 'best'")],
  [("This month I must reach my target of new contracts, so please to sign the agreement before 30 November.", "HS", "seller's target as the reason for a signing date, rule 16"),
   ("The rate is £1.10 per cask per week, insurance and HMRC record keeping is included.", "N", "price and inclusions"),
   ("Also if you sign this week I can give you two months free of charge.", "HT", "discount conditioned on the seller's date, rule 7")],
  [("We can arrange a visit for your team to see the racking and the security, maybe Tuesday or Wednesday next week, and I will also show you our new tasting room that we are very proud of.", "S", "visit kept; show-off tour of the seller's pride, rule 9")]]),

("Swinging brushes for the new cubicle shed", "Hey Siobhan,", "Cheers,\nAoife",
 "cow brushes (dairy farm)", "chatty", [
  [("Great to see the new shed up, it looks fantastic from the road!", "N", "pleasantry"),
   ("For 220 cows I'd go with three rotating brushes spaced along the feed passage, so the dominant cows don't hog one, and I'd like the order in before my area sales figures go in on Friday.", "HS", "expert advice kept; seller's sales figures as the reason for a date, rule 16")],
  [("Honestly, I've driven out to your farm four times now on my own diesel, so I'd really appreciate you making a decision this week.", "HS", "seller's effort as guilt with a demand, rule 15"),
   ("Our brush is the bestselling one in Europe, with over 40,000 sold and a gold medal at EuroTier.", "S", "generic boast"),
   ("Herds on similar systems tell us yield goes up around 3% once the cows settle, which on your numbers is roughly £9,000 a year.", "N", "proof tied to the prospect's numbers, rule 8")],
  [("I can get you a fitter on the 19th, the date you said suits before calving starts, though the fitters' diary is filling fast and I can't promise it past tomorrow.", "H", "prospect's date kept, invented scarcity clause added")]]),

("Crampons and axes, club kit", "Hi Duncan,", "Rab\nSummit Supply",
 "crampons and ice axes (university mountaineering club)", "blunt", [
  [("Sixteen sets of C2 crampons and technical axes, as per your kit list, come to £3,360.", "N", "requested price"),
   ("Your club needs these before the first winter meet, and waiting is how someone gets hurt.", "H", "'you need' directive with fear, no inspection"),
   ("If you want the 12% club discount, the order has to be in by the 30th, because that's when my sales quarter closes.", "HST", "discount tied to the seller's quarter-end date, rules 7 and 16")],
  [("The anti-balling plates are fitted as standard, which your members asked about after last winter.", "N", "answers the buyer's question"),
   ("Sizes can be swapped free until March.", "N", "logistics"),
   ("I've already told the warehouse to pack them, so just reply with the card number.", "H", "assumptive payment step")]]),

("Cut-out standees for the half-term family season", "Hi Josie,", "Warmly,\nBea\nStandout Displays",
 "cardboard standees (independent cinema)", "warm", [
  [("Thanks for the lovely chat about the half-term family season at the Palace.", "N", "pleasantry"),
   ("You mentioned the foyer feels empty between screenings, so I've mocked up three life-size standees that could sit by the sweet counter and the stairs.", "N", "value tied to the prospect's remark"),
   ("Each one is made from 10 mm recycled board and folds flat, so your team can store them under the stage after the season.", "N", "feature tied to the buyer")],
  [("Sorry to hear the roof leak closed Screen 2 last week; I've left the date flexible so it can wait until you're back to full strength.", "N", "sympathy, not self-abasement"),
   ("Could we meet on Friday morning to pick the three films?", "N", "plain dated ask")]]),

("Cable tray for the Corby extension", "Dear Mrs Whitcombe,", "Yours sincerely,\nGareth Lyle\nTrayline Systems",
 "cable tray, stainless (food factory extension)", "formal", [
  [("Following up on my note of 4 June about the cable tray package for your Corby extension.", "N", "single follow-up line, rule 13"),
   ("I appreciate I've been rather persistent, and I'm sorry for adding yet another email to your inbox.", "T", "apology for following up")],
  [("Your drawings put the wet-area runs under the chillers, and stainless wire tray will drain and wash down there, where galvanised ladder would rust inside two years.", "N", "insight from the prospect's own drawings"),
   ("I'd hate for you to think badly of us, so please do say if I've got any of this wrong.", "T", "need for approval"),
   ("We could also simply meet you on whatever price you have in mind.", "T", "asks the buyer to name their number")],
  [("I'm on site at the Corby plant on 17 June and could bring sample lengths for your electrical contractor, if that isn't too much trouble for you.", "T", "dated offer kept; permission-begging tail")]]),

("Deckchairs, Marine Parade", "Hi Paula,", "Jim",
 "deckchairs (seaside council)", "terse", [
  [("Quote for 300 beech deckchairs attached, as requested.", "N", "attachment"),
   ("Council tender rules say bids close 12 noon on 6 March, so I'll get the signed forms to you by the 4th.", "N", "the buyer's own deadline"),
   ("Price holds till Friday, after that it goes up, simple as that.", "H", "expiry date with no reason and a pressing tone")],
  [("We've been a family firm for four generations.", "S", "borderline: heritage line, rule 8"),
   ("Five other councils have already signed, and I'd hate Marine Parade to be the one left with last year's tatty chairs.", "H", "peers-already-bought shaming"),
   ("Canvas in your blue stripe at no extra cost, mostly because I need one more council on my board before my year-end review.", "S", "offer kept; seller's own need stated, no date pressed on the buyer, rule 16")]]),

("Driftwood sculpture for the Linden lobby", "Hi Marguerite,", "Best,\nFern\nTideline Studio",
 "driftwood sculpture (boutique hotel)", "chatty", [
  [("Thanks so much for the tour of the Linden yesterday, the new lobby is gorgeous.", "N", "pleasantry"),
   ("I've sketched a suspended cloud of bleached driftwood over the reception desk, and it needs nothing more than a dust twice a year, so housekeeping won't have to fuss with it.", "N", "value tied to the hotel"),
   ("Just a quick heads-up that the winter beach haul is in, so I can reserve the silver-grey pieces you liked.", "N", "borderline: one polite 'just', rule 1")],
  [("We were featured in Vogue Living twice this year and our Instagram just passed 80k followers!", "S", "press and follower boast"),
   ("I'd love to show you our whole portfolio, every wedding and shop window we've done since we started.", "S", "show-off demo ask, rule 9"),
   ("And if you could tag us when the install is done, it would really help our little studio.", "S", "favour for the seller")],
  [("Would Thursday at 3 work to measure the ceiling height, or shall I simply put it in your diary and bring the deposit form along?", "H", "dated ask kept; assumptive payment step")]]),

("Speech recognition for the Parkside partners", "Dear Dr Ahmed,", "Kind regards,\nEmma Hartley\nDictaMed UK",
 "dictation software, clinical (GP practice)", "formal", [
  [("Thank you for the demo session with your six partners on Tuesday.", "N", "thanks"),
   ("The medical vocabulary recognised bisoprolol and Raynaud's first time, which you said the current system never manages.", "N", "value tied to the prospect's complaint")],
  [("I've attached the licence agreement, and my regional director has asked me to have it signed before our financial year closes on the 31st.", "HS", "attachment kept; manager and year-end as the reason for a signing date, rule 16"),
   ("I've also booked your practice manager onto onboarding next Monday, so there's only the signature left.", "H", "assumptive onboarding before a yes"),
   ("The licence covers your salaried GPs and registrars as well, at no extra cost, and I'm sorry this email has turned into such a wall of text.", "T", "value kept; apology for length")],
  [("Could you give me ten minutes on Thursday to confirm who should sign?", "N", "plain ask")],
  [("P.S. If you can sign by the 31st, I can also take 15% off the first year.", "HT", "P.S. discount conditioned on the seller's date, no seller reason given, rule 7")]]),

("Back-support exosuits for the picking team", "Dear Ms Lindqvist,", "With my sincere thanks,\nOliver Grant\nLiftAssist Europe",
 "exoskeletons, passive (warehouse picking team)", "very deferential", [
  [("Thank you ever so much for even considering us, it truly means a great deal.", "T", "thanks for merely considering"),
   ("The passive suit takes up to 30% of the load off the lower back when your pickers lift from floor-level pallets, which is where your injury log shows most strains.", "N", "value tied to the prospect's data")],
  [("I wonder if maybe, if it isn't too much of an imposition, you might perhaps allow us a trial of two suits?", "T", "stacked hedges plus permission"),
   ("The trial set is ready to ship, and I am so very sorry that the price is a little higher than the older models.", "T", "fact kept, apology for the price"),
   ("Honestly, this account would mean everything to me this quarter, so I'm rather hoping you'll take pity on me.", "ST", "pleading for the seller's own sake, rule 15")],
  [("A trial suit can be with you on 2 December, the week you said the night shift starts.", "N", "the prospect's own date")]]),

("Permit variation for the Halden Road yard", "Dear Harriet,", "Warm wishes,\nJonah Reid\nFairhome Environmental",
 "environmental permit consultancy (wood recycling yard)", "warm", [
  [("It was lovely walking the Halden Road yard with you and your site manager on Saturday.", "N", "pleasantry"),
   ("Adding the wood-chipping line means a variation to your existing permit rather than a new one, which keeps the application fee to about a third.", "N", "expert recommendation")],
  [("The regulator is currently taking around four months to determine a variation, so submitting in February would let the new line start in the summer you're planning for.", "N", "borderline: real permit lead time stated once with the reason, rule 4"),
   ("I'd recommend including a noise management plan up front, because your neighbours on Orchard Close complained last year and the officer will ask for one anyway.", "N", "confident recommendation with reasoning")],
  [("I'm sorry for the slow reply; I was at a hearing in Leeds all week, and the draft scope is attached now.", "N", "borderline: single courtesy apology with reason and fix, rule 3"),
   ("Shall I come over on 8 January to walk the proposed layout with your site manager?", "N", "dated next step")]]),

("Cabling for the converted barn offices", "Greg,", "Steve",
 "ethernet cabling (architects' barn office)", "blunt", [
  [("I walked the barn with your electrician on Monday and counted 46 outlets.", "N", "survey fact"),
   ("Cat6A to every desk is the right call, because your architects are moving big render files and the Wi-Fi won't carry them.", "N", "confident push-back with the reason")],
  [("This is the third time I've had to chase you, and I'd expect a bit more courtesy after the survey I did for free.", "HS", "counting chases plus guilt resting on the seller's free work, rules 13 and 15"),
   ("I've already ordered the cable drums on your account, so we're really only talking about when, not whether.", "H", "assumptive step before a yes"),
   ("My commission on this one is decent, I won't pretend otherwise.", "S", "seller's commission, no demand")],
  [("I can start on the 14th, once the plasterers are out, and if I've heard nothing by then I'll take it up with your senior partner.", "H", "start date kept; bypass threat")]]),

("Foraging walk for your kitchen brigade", "Hello Chef Moreau,", "Best wishes,\nMarek",
 "foraging walks (restaurant team)", "non-native English", [
  [("Thank you for your message, I am happy you think about a foraging day for your team.", "N", "thanks"),
   ("In October the woods near Hartwell have good ceps and wood sorrel, and on the coast the sea buckthorn, very good for your tasting menu.", "N", "value for the kitchen")],
  [("I am so sorry, I know I write you too many times, forgive me please.", "T", "repeated self-abasing apology for following up"),
   ("Maybe if it is possible, perhaps you could maybe tell me if the date is okay, if not it is no problem at all.", "T", "stacked hedges and minimising"),
   ("I can make the price lower also, you tell me what you want to pay.", "T", "asks the buyer to name the price")],
  [("The walk is three hours, for maximum twelve persons, and we finish with a lunch in the field, and I am very sorry the price is 85 pounds each person, I know it is expensive.", "T", "details kept; apology for the price")]]),

("Star ceiling for the Crown and Anchor function room", "Dear Mr Bellamy,", "Yours sincerely,\nCharles Wren\nFirmament Ceilings",
 "fibre-optic star ceilings (pub group)", "formal", [
  [("Thank you for sending the refit drawings for The Crown and Anchor.", "N", "thanks"),
   ("I have mapped the sky over the town on the night the pub first opened in 1893, from the date your area manager found, and the 600 fibre points will give the function room the soft glow you wanted for weddings.", "N", "value tied to the refit")],
  [("Our star ceilings glow above a royal private cinema, the Ritz and four of the world's top-ten bars, as our brochure proudly shows.", "S", "name-dropping boast"),
   ("The quote you asked for is enclosed at £9,400, and we can only hold it until 5 pm tomorrow, so I would move quickly.", "H", "requested quote kept; expiry with 'move quickly', rule 4"),
   ("Please pass this to your directors, and I shall of course ring your chairman next week if there is any further delay.", "H", "threat to go over the buyer's head")],
  [("A sample panel is in the post today, along with our forty-page history of the firm and its royal warrants.", "S", "samples kept; unrequested brochure about the seller's pedigree")]]),

("Frozen meals for the winter night shelter", "Hi Tasha,", "All the best,\nLaura\nHearthside Kitchens",
 "frozen ready meals (homeless charity)", "chatty", [
  [("Thanks for the call yesterday, and sorry to hear the shelter's boiler gave out again.", "N", "sympathy"),
   ("Our meals go from freezer to plate in 35 minutes in an ordinary oven, which matters when your volunteers are cooking for forty at nine at night.", "N", "feature tied to the buyer's routine")],
  [("I've put 600 aside at the charity rate you asked about, £1.90 each.", "N", "price the prospect asked for"),
   ("Delivery is free to anywhere in the city.", "N", "logistics"),
   ("Would it help if I brought a few round on Thursday so your volunteers can try them?", "N", "plain offer with a date")]]),

("Ghost walk for the Year 9 history trip", "Hi Raj,", "Ellen\nShadows of York Tours",
 "ghost walks (secondary school trip)", "terse", [
  [("Confirmed we can take 80 students on Tuesday 9 September.", "N", "confirmation"),
   ("Four guides, groups of twenty, starting from the Assembly Rooms steps at 6.30 pm.", "N", "logistics"),
   ("The route avoids the cobbled lane, given your two wheelchair users.", "N", "tailored to the client"),
   ("£9 per head, invoiced to the school after the visit.", "N", "price"),
   ("If it rains we switch to the vaults tour, same time.", "N", "contingency")]]),

("Garden furniture for the Rosemead terraces", "Dear Mrs Osei,", "Yours sincerely,\nAlan Price\nHavenwood Outdoor",
 "garden furniture (care home group)", "formal", [
  [("Thank you for inviting me to see the terraces at Rosemead.", "N", "thanks"),
   ("The armchairs I've suggested have higher seats and firm arms, so residents can stand without help, which your physiotherapist raised.", "N", "value tied to the residents")],
  [("As you'll know, we were named Outdoor Furniture Brand of the Year and are stocked in over 400 garden centres.", "S", "award and size boast"),
   ("The range also comes with cushions, parasols, covers, lanterns, planters, side tables, footstools and a heated bench.", "S", "feature list with no tie to the buyer"),
   ("I'd be awfully grateful for a review on our website once it's all in, and in return I could take 10% off the order.", "ST", "borderline: discount offered to win a review, rule 7")],
  [("Your order can be delivered in time for the residents' summer fete on 21 June.", "N", "the prospect's own date")]]),

("Graphic recording for the care conference", "Hi Nadia,", "Speak soon,\nCal\nDrawn Live",
 "graphic recording / live illustration (NHS trust conference)", "warm", [
  [("It was great to hear about the care staff conference you're planning for March.", "N", "pleasantry"),
   ("A live illustrator on a 4-metre wall would turn each workshop into one picture your teams can take back to their wards, and we bring the boards and lights, so you won't lose a morning setting up.", "N", "'our' but value is the buyer's")],
  [("We've got 40 illustrators, three studios, a podcast booth, an animation team, a print room, a gallery and a rooftop terrace.", "S", "feature dump"),
   ("I've had to turn away three bookings to keep the 12th open for you, so I'd really expect a yes by tomorrow.", "HS", "seller's sacrifice as guilt plus a demand, rule 15"),
   ("A half-day is £650 and a full day is £1,100, though honestly I'd knock a couple of hundred off either if it gets you over the line.", "T", "prices kept; unprompted discount")],
  [("Shall I pencil a call for Monday so your events lead can check the room layout?", "N", "plain dated ask")]]),

("Hydrant flushing, north district", "Mr Delgado,", "Dale Kowalski\nClearline Utility Services",
 "hydrant flushing (municipal water utility, US)", "blunt", [
  [("Per your specification, we'd flush and inspect the 1,140 hydrants in the north district between April and June.", "N", "scope per spec"),
   ("The state health code requires every hydrant to be flushed once a year, so the June 30 finish keeps you compliant.", "N", "borderline: real regulation stated once with the reason, rule 4")],
  [("Your crews are clearly overstretched, and without outside help you'll be in the same backlog five years from now.", "H", "'you'll never fix it' pressure"),
   ("Contract's attached, so sign it and I'll have the trucks rolling Monday.", "H", "attachment kept; directive to sign plus assumptive start"),
   ("Three of your neighboring utilities signed with us this spring, so you'd be the last in the county still doing this in-house.", "H", "peers-already-switched shaming"),
   ("We log pressure and flow at each hydrant, which gives your engineers the data for the capital plan, and we're the biggest flushing contractor in three states.", "S", "value kept; size boast appended")]]),

("Fresh horseradish for the Sunday carvery", "Hi Bev,", "Cheers,\nTom\nRootstock Growers",
 "horseradish, fresh (pub carvery group)", "chatty", [
  [("Thanks for letting me drop the samples off on Friday, and glad the chefs liked the heat.", "N", "pleasantry"),
   ("Fresh-grated root keeps its kick for about five days in the walk-in, so a weekly Wednesday drop would see you through every Sunday.", "N", "insight tied to use")],
  [("For your 14 sites that's roughly 35 kg a week, at £4.80 a kilo.", "N", "price"),
   ("If the chefs prefer it ready-grated, we can do 1 kg tubs for 40p a kilo more.", "N", "option")],
  [("Shall I set up the first drop for Wednesday the 8th?", "N", "clear next step with a date")]]),

("Hydraulic breaker for the secondary bench", "Dear Mr Lindgren,", "Yours sincerely,\nMartin Shaw\nRockmaster Attachments",
 "hydraulic breakers (aggregates quarry)", "formal", [
  [("Thank you for the visit to the Brackenfell face last week.", "N", "thanks"),
   ("After looking at the oversize rock on the secondary bench, I'd fit a 3-tonne breaker to your 35-tonne excavator, which should clear the boulders without reblasting.", "N", "expert recommendation after inspection")],
  [("Having seen the crusher jams myself, I'll be direct: this breaker has to be on site before winter.", "H", "borderline: directive 'you need it' delivered after a real inspection, rule 6"),
   ("Every week without it costs your crushing line around 11 hours, which is money down the drain while you dither.", "H", "borderline: plausible cost of delay used to push, rule 5"),
   ("I'll admit this deal has been a long slog on my side, and landing it would be a real lift for me.", "S", "seller's stake stated, no blame or demand, rule 15")],
  [("The price includes the hydraulic kit and fitting at your workshop, and a service at 500 hours, and I can shave 10% off if that makes it easier to say yes.", "T", "inclusions kept; unconditional discount"),
   ("Could we meet on the 21st to go through the fitting plan with your plant foreman?", "N", "dated next step")]]),

("IT helpdesk for the Sundari hotels", "Dear Ms. Carter,", "With regards,\nArjun Mehta\nNetseva Support Services",
 "IT helpdesk, outsourced (hotel group)", "non-native English", [
  [("Many thanks for the meeting in Jaipur and for show us the plans of your new hotels.", "N", "thanks"),
   ("For the six properties we set up 24-hour helpdesk for the front desk systems, it take six weeks for onboarding, so your opening in May is realistic if we start in February.", "N", "lead time tied to the prospect's own date")],
  [("Please you must decide this week, because after this our engineers go to another big client and you lose your place.", "H", "manufactured scarcity, rival buyer"),
   ("We are the famous company, many awards from government, and we support best hotels in Europe and Dubai.", "S", "generic boast"),
   ("Also I need to make my sales target for December, so for me it is very important you order now.", "HS", "seller's target pressed as a time frame, rule 16")],
  [("I send you the contract draft by email tomorrow, and please forgive me for all the trouble I make you.", "T", "logistics kept; self-abasing apology for normal selling")]]),

("Indoor skydiving for your apprentice intake", "Hi Kirsty,", "Thanks a million,\nJess\nAirborne Tunnel",
 "indoor skydiving (engineering firm HR)", "chatty", [
  [("Great to hear you've got 24 new apprentices starting in September!", "N", "pleasantry"),
   ("A tunnel session works well as an icebreaker, because everyone is equally nervous and it gets them cheering each other on by the second flight.", "N", "insight for the buyer")],
  [("Poking my head round the door again to see if you've had any thoughts, sorry if I'm being a pain!", "T", "contentless nudge plus apology for following up"),
   ("Totally get it if it's not for you, no hard feelings at all.", "T", "pre-emptive release, rule 11"),
   ("The group package is two flights each, a briefing and the certificates, at £59 a head, and I'm sorry it isn't cheaper.", "T", "price kept; apology for the price"),
   ("I'd hate to be a nuisance, so I'll leave it with you and wait to hear.", "T", "self-abasing, hands over control")]]),

("Icing sugar, 25 kg sacks", "Morning Phil,", "Ta,\nKev",
 "icing sugar, wholesale (bakery chain)", "terse", [
  [("Price for the 40 sacks a month you asked about: £21.50 a sack, delivered.", "N", "requested price"),
   ("Beet crop came in short, so refiners have cut allocations from January; I can guarantee your volume if we agree before the 15th.", "N", "borderline: manufacturer allocation stated once with the reason, rule 4"),
   ("Got to be honest, my boss is on my back about this account, so a yes this week would get him off it.", "HS", "manager's wish as the reason for a time frame, rules 12 and 16"),
   ("I've already put you on the delivery schedule for the 3rd, so invoice to follow.", "H", "assumptive invoice before a yes"),
   ("Fine grind, no anti-caking agent, as your pastry team wanted.", "N", "spec tied to the buyer")],
  [("P.S. We've been crowned Baking Supplier of the Year twice, so you're in safe hands.", "S", "P.S. award boast")]]),

("Rescue water craft for the summer beaches", "Dear Sarah,", "Warm regards,\nBen Tregothnan\nSurfwatch Marine",
 "jet skis for rescue (beach lifeguard service)", "warm", [
  [("Thank you for having me along on Saturday's training session at Polzeath, your team were brilliant.", "N", "pleasantry"),
   ("The rescue sled on our craft sits low enough that your lifeguards can roll a casualty on from the water without lifting them.", "N", "value for the lifeguards")],
  [("I know budgets are tight, so I've already taken 25% off the price before we've even discussed it.", "T", "pre-emptive discount"),
   ("I really do hope this is all okay and that I haven't overstepped anywhere.", "T", "need for approval"),
   ("We're the official supplier to three Olympic sailing teams, as I'm sure you've seen on our website.", "S", "generic credential boast")],
  [("Would a demonstration at Polzeath on 3 May suit your season start, or honestly whenever is easiest, any day at all is fine by us?", "T", "dated ask kept; dissolves it into 'any day is fine'")]]),

("Re: club jerseys", "Lee,", "Mike",
 "jerseys, custom cycling (cycling club)", "blunt", [
  [("I saw that the committee went with another supplier for the jerseys.", "N", "acknowledges the decision"),
   ("After I redrew your club crest six times at no charge, I'm honestly gutted that I didn't even get a thank-you.", "HS", "guilt resting on the seller's effort and feelings, rule 15"),
   ("Congratulations on picking the cheapest option, I'm sure the fabric will last all of one season.", "H", "sarcasm after a decision")],
  [("I'll keep sending over samples each month until you see sense.", "H", "badgering after a no"),
   ("For what it's worth, if the new kit pills in the wash, our offer on the 220 gsm fabric still stands.", "N", "leaves value behind, rule 11")]]),

("Job evaluation for the Maple Valley classified staff", "Dear Ms. Robinson,", "Sincerely,\nMarcus Bell\nEquiGrade Consulting",
 "job evaluation consultancy (US school district)", "formal", [
  [("Thank you for including us in the district's request for proposals.", "N", "thanks"),
   ("Our approach scores all 140 classified job descriptions against one framework, which would settle the pay-equity grievances your custodians and aides filed last year.", "N", "value tied to the district")],
  [("The board votes on the contract on March 12, so I'll have the signed pricing forms to your office by March 5.", "N", "the buyer's own date"),
   ("I'll also have our CEO phone each board member personally before the vote, so the procurement scoring won't matter much.", "H", "overrides the buyer's process"),
   ("We'd love a glowing reference letter from you for our next bid in the county, if you'd be so kind.", "S", "favour for the seller"),
   ("Our firm has won the Governor's Small Business Award, an HR Excellence Medal and a Best Workplace ranking, all in the past five years.", "S", "award list, no tie to the district")],
  [("Per your question on compliance, the scoring method meets the state's pay-equity audit standard, as your district policy requires.", "N", "standard the buyer's process requires")]]),

("Keynote for the regional housing conference", "Hi Oona,", "Best,\nRhiannon Price",
 "keynote speaking (housing association conference)", "chatty", [
  [("Thanks for sending the conference programme, the theme of homes that last is right up my street.", "N", "pleasantry"),
   ("I'd pitch the keynote around the three retrofit schemes that cut tenants' heating bills by a third, since your audience is mostly housing association directors.", "N", "content tailored to the audience")],
  [("Forty minutes plus fifteen for questions fits neatly before your lunch break.", "N", "logistics"),
   ("My fee is £2,200 plus travel from Leeds.", "N", "price"),
   ("Could we do a quick video call next Tuesday to talk through who's in the room?", "N", "plain dated ask")]]),

("Help-centre software for your support team", "Hi Zoe,", "Thanks,\nAmir\nAnswerbase",
 "knowledge-base software (online retailer)", "blunt", [
  [("The trial workspace I set up yesterday already has your 212 help articles imported, and I've gone ahead and added your card on file for when the trial converts.", "H", "trial set-up kept; assumptive payment step before a yes"),
   ("Your ticket export shows a third of last month's tickets asked where an order was, and a search box on the help page would answer most of those without an agent.", "N", "value tied to the buyer")],
  [("My manager says we can only offer this price to customers who commit by Friday, because he wants the month's numbers to look good.", "HS", "manager and month's numbers as the reason for a date, rule 16"),
   ("Half the online shops in your sector have already moved over to us, so it's a bit odd you haven't.", "H", "peers-already-switched shaming"),
   ("Any chance you'd pop our logo in your help-centre footer, by the way?", "S", "favour for the seller")],
  [("If you take 20 seats instead of 8, the price per seat drops from £31 to £24 a month.", "N", "volume trade, rule 7")],
  [("P.S. This is my fourth email this month, so a yes or a no really isn't too much to ask.", "H", "P.S. counting attempts plus entitlement, rules 13 and 15")]]),

("Lecture capture for the Hartley Building theatres", "Dear Imogen,", "Warm wishes,\nSelin\nCapturely",
 "lecture capture systems (university)", "warm", [
  [("I so enjoyed meeting you and the learning technology team on Tuesday, and the new theatres look superb.", "N", "pleasantry"),
   ("In the two tiered theatres, a ceiling camera that follows the lecturer and records the visualiser will give students the worked examples they keep asking for, which was your main worry.", "N", "value tied to the buyer's worry")],
  [("Forgive me for cluttering your inbox once more, I know how busy you must be.", "T", "apology for following up"),
   ("If the price is a worry, please just tell me what figure you'd be comfortable with.", "T", "asks the buyer to name the number"),
   ("Perhaps, if it's alright with you, I might possibly pop by at some point, only if convenient.", "T", "stacked hedges plus permission")],
  [("I'll bring the demo kit you asked about on Thursday the 4th, and you'll be pleased to know we've just been named EdTech Supplier of the Year.", "S", "visit kept; award boast")]]),

("Red lentils for the district kitchens", "Hi Carlos,", "Dana\nPrairie Pulse Co.",
 "lentils, red (US school food service)", "terse", [
  [("Price for 2,000 lb of split red lentils a month: $0.92/lb, delivered to the central kitchen.", "N", "price"),
   ("They cook down in 15 minutes, so your dhal fits inside the morning prep window.", "N", "value tied to the kitchen"),
   ("Allergen sheet and USDA certificate attached.", "N", "attachment"),
   ("A 12-month contract would lock that price against the spring harvest.", "N", "price traded for term"),
   ("Want me to send a 50 lb trial bag this week?", "N", "plain offer")]]),

("Log splitter for the estate yard", "Dear Mr Ferris,", "Yours sincerely,\nRichard Ormond\nTimberforce Machinery",
 "log splitters (rural estate)", "formal", [
  [("Thank you for your time at the estate yard on Wednesday.", "N", "thanks"),
   ("Given the 300 tonnes of hardwood you process each winter, a tractor-mounted 22-tonne splitter would double your output over the electric unit you have now.", "N", "value from the buyer's numbers")],
  [("Our machines are the most awarded splitters on the market, and we have supplied the royal estates since 1962.", "S", "awards and pedigree boast"),
   ("The full quotation is attached, and I am sorry it has come out at £8,900, I do realise it is a lot to ask.", "T", "attachment kept; apology for the price"),
   ("If you would prefer, I could of course ask my sales director whether we can do something on the price.", "T", "defers a discount to the manager, rule 12")],
  [("The splitter could be delivered before the winter felling starts on 1 November, as you wanted, though I'd quite understand if you'd rather leave it all until next year.", "T", "prospect's date kept; gives the sale away unasked")]]),

("Lone-worker badges for the housing officers", "Hi Sam,", "Cheers,\nRosie\nSafeCall Devices",
 "lone-worker safety badges (council housing team)", "chatty", [
  [("Thanks for letting me sit in on the housing team's briefing on Tuesday.", "N", "pleasantry"),
   ("Your incident log shows 14 threats to officers on doorstep visits last year, and a badge with a discreet alert button puts them through to a trained operator in under ten seconds.", "N", "value tied to the buyer's issue")],
  [("I'm not saying you'd be negligent to leave your officers without one, but your counterparts in Harrowfield and Dunmore switched last spring and haven't looked back.", "H", "peers-switched shaming with implied negligence"),
   ("Also, I'm one sale off winning our regional contest, so this order would be a huge help to me.", "S", "seller's contest, no date pressed, rule 16"),
   ("The badges pair with the phones your officers already carry, and I've taken the liberty of raising the order so it's ready for your signature.", "H", "value kept; assumptive order before a yes")],
  [("Shall I bring two badges to Monday's briefing for the team to try?", "N", "dated next step")],
  [("P.S. I've copied in your director of housing so he can see how far behind the other councils you are.", "H", "P.S. going over the buyer's head plus shaming")]]),

("Dock levellers, Bays 1-8", "Dear Mr Ng,", "Kind regards,\nHannah Cole\nDockright Services",
 "loading dock levellers (distribution centre)", "very deferential", [
  [("Thank you for the survey access at your Dartmoor Road distribution centre.", "N", "thanks"),
   ("Bays 3 and 6 have cracked lip hinges, so those two should be replaced before the peak season, while the other six only need new hydraulic seals.", "N", "expert finding and recommendation")],
  [("I've attached the quote for all eight bays, and I'll need your signed acceptance and a deposit by Monday, since my area manager wants it booked in this month.", "HS", "attachment kept; manager's wish as the reason for a signing date, rule 16"),
   ("Please don't worry if it's not a good time, I completely understand and can simply try again next year.", "T", "gives up at once, rule 11"),
   ("I'm so sorry if any of this comes across as pushy, it honestly isn't meant to be.", "T", "apology for 'being pushy', rule 3"),
   ("Our engineers can do two bays a night, so your day shift keeps loading throughout, and I'll pop over on Friday with the paperwork whether or not you're free.", "H", "logistics kept; turning up uninvited")]]),
]


def labels_of(code):
    if code == "N":
        return ["NONE"]
    labs = [CODE[c] for c in code]
    return [l for l in ORDER if l in labs]


def curly(s):
    return s.replace("'", "\u2019")


def main():
    assert len(EMAILS) == 40, len(EMAILS)
    trades = set()
    email_rows, sent_rows = [], []
    sid = 0
    for i, (subject, sal, sign, industry, register, paras) in enumerate(EMAILS, 1):
        eid = "s62e%03d" % i
        conv = curly if i % 3 == 0 else (lambda s: s)
        assert industry not in trades
        trades.add(industry)
        paras = [[(conv(t), c, n) for (t, c, n) in p] for p in paras]
        body = "\n\n".join(" ".join(t for (t, c, n) in p) for p in paras)
        text = conv(sal) + "\n\n" + body + "\n\n" + conv(sign)
        counts = {l: [0, 0] for l in ORDER}  # [all, non-borderline]
        for p in paras:
            for (t, c, n) in p:
                assert c in ("N", "H", "S", "T", "HS", "HT", "ST", "HST"), c
                assert t in text, t
                assert t.count(".") >= 0
                sid += 1
                labs = labels_of(c)
                bl = n.startswith("borderline:")
                for l in labs:
                    if l in counts:
                        counts[l][0] += 1
                        if not bl:
                            counts[l][1] += 1
                sent_rows.append({"id": "s62-%04d" % sid, "email": eid, "text": t, "labels": labs, "note": n})
        elabels = {}
        for l in ORDER:
            n_all, n_firm = counts[l]
            elabels[l] = 0 if n_all == 0 else (2 if n_all >= 2 and n_firm >= 1 else 1)
        email_rows.append({"email": eid, "subject": conv(subject), "text": text, "labels": elabels,
                           "_industry": industry, "_register": register})

    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for r in email_rows:
            f.write(json.dumps({k: v for k, v in r.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for r in sent_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # re-read and verify
    em = [json.loads(l) for l in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8")]
    se = [json.loads(l) for l in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8")]
    bytext = {e["email"]: e["text"] for e in em}
    for s in se:
        assert s["text"] in bytext[s["email"]], s["id"]
        assert s["labels"] == ["NONE"] or all(l in ORDER for l in s["labels"])

    c = collections.Counter()
    faulty_per_email = collections.Counter()
    for s in se:
        for l in s["labels"]:
            c[l] += 1
        if s["labels"] != ["NONE"]:
            faulty_per_email[s["email"]] += 1
    multi = sum(1 for s in se if len(s["labels"]) > 1)
    border = sum(1 for s in se if s["note"].startswith("borderline:"))
    clean = sum(1 for e in em if faulty_per_email[e["email"]] == 0)
    two_plus = sum(1 for e in em if faulty_per_email[e["email"]] >= 2)
    one = sum(1 for e in em if faulty_per_email[e["email"]] == 1)
    curly_n = sum(1 for e in em if "\u2019" in e["text"])
    ps = sum(1 for s in se if s["text"].startswith("P.S."))
    lvl = {l: collections.Counter(e["labels"][l] for e in em) for l in ORDER}
    stats = {
        "emails": len(em), "sentences": len(se),
        "NONE": c["NONE"], "NONE_pct": round(100.0 * c["NONE"] / len(se), 1),
        "hard_close": c["hard_close"], "self_serving": c["self_serving"], "timidity": c["timidity"],
        "multi_label": multi, "borderline": border,
        "emails_2plus_faulty": two_plus, "emails_1_faulty": one, "emails_clean": clean,
        "emails_curly": curly_n, "ps_lines": ps,
        "email_levels": {l: {str(k): lvl[l][k] for k in (0, 1, 2)} for l in ORDER},
    }
    print(json.dumps(stats, indent=1))
    write_readme(stats, email_rows)


def write_readme(st, rows):
    L = []
    L.append("# sealed62: held-out evaluation set for the Poise tone coach")
    L.append("")
    L.append("> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    L.append('**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on')
    L.append("6 December (the ninth session) from the labelling guide alone, after that session's hard-close line and blind to its")
    L.append('Apply changes, which it was written to judge, and measured first on the model and rules of that session (rules + model macro-F1 0.899:')
    L.append('hard_close 0.896, self_serving 0.878, timidity 0.923; 2 of 116 clean sentences flagged; email agreement 0.975 / 0.925 /')
    L.append('0.875).')
    L.append("")
    L.append("Hand-written sales emails, labelled sentence by sentence. The sentences, labels and notes were written by hand, "
             "using only the labelling guide (`shared/corpus/LABELS.md`) and the product description (`shared/PRODUCT.md`). "
             "No other data set, rule file, code or mail corpus was read, and nothing was generated by a model or copied from the guide's examples.")
    L.append("")
    L.append("## Files")
    L.append("")
    L.append("- `build.py`: holds every email (subject, salutation, sign-off, body sentences with a label code and a short note), "
             "writes the two JSONL files and this README, derives each email's labels from its sentences with the guide's email-level scale "
             "(no hand overrides), checks that every sentence is a verbatim substring of its email text, and re-reads every line to check it parses. "
             "Run `python3 build.py` from this folder.")
    L.append("- `test-emails.jsonl`: one email per line (`email`, `subject`, `text` = salutation, body paragraphs, sign-off; `labels` on the 0/1/2 scale).")
    L.append("- `test.jsonl`: one body sentence per line (P.S. lines included, salutations and sign-offs excluded); `labels` is `[\"NONE\"]` or a list in the order "
             "hard_close, self_serving, timidity; a note starting `borderline:` marks a sentence decided by one of the guide's borderline rules.")
    L.append("")
    L.append("## Email-level scale (from the guide)")
    L.append("")
    L.append("0 = no sentence carries the label; 1 = exactly one sentence does, or every one that does is borderline; "
             "2 = at least two sentences do and at least one is not borderline.")
    L.append("")
    L.append("## Counts (computed by build.py)")
    L.append("")
    L.append("| | Count |")
    L.append("|---|---|")
    for k, lab in [("emails", "Emails"), ("sentences", "Sentences"), ("NONE", "NONE"), ("hard_close", "hard_close"),
                   ("self_serving", "self_serving"), ("timidity", "timidity"), ("multi_label", "Multi-label sentences"),
                   ("borderline", "Borderline sentences"), ("ps_lines", "P.S. lines"),
                   ("emails_2plus_faulty", "Emails with 2+ faulty sentences"), ("emails_1_faulty", "Emails with exactly 1 faulty sentence"),
                   ("emails_clean", "Clean emails (all NONE)"), ("emails_curly", "Emails with curly apostrophes")]:
        v = st[k]
        if k == "NONE":
            v = "%d (%.1f%%)" % (st["NONE"], st["NONE_pct"])
        L.append("| %s | %s |" % (lab, v))
    L.append("")
    L.append("Email-level label distribution (number of emails at 0 / 1 / 2):")
    L.append("")
    for l in ORDER:
        d = st["email_levels"][l]
        L.append("- %s: %s / %s / %s" % (l, d["0"], d["1"], d["2"]))
    L.append("")
    L.append("## What the set tests")
    L.append("")
    L.append("- Many faulty sentences carry the fault in one clause beside something the rep must keep (a requested quote, an attachment, "
             "the prospect's own date, a visit, a product fact): e.g. a dated visit plus an assumptive invoice, a price plus an apology for it.")
    L.append("- Fault wordings avoid the textbook phrases: seller effort and feelings as leverage, escalation threats, assumptive payment and "
             "account steps, peers who already switched, the rep's quota/manager/contest as the reason, award and feature lists, unprompted "
             "discounts, self-abasement, stacked hedges, apologies for price or length, giving up at once.")
    L.append("- Hard negatives (NONE): real external dates (tender close, permit lead time, state code, refiner allocation), the prospect's own "
             "dates, single follow-up lines, one polite 'just', a single courtesy apology with its reason, confident recommendations, "
             "volume or term trades, sympathy lines, proof tied to the prospect's numbers.")
    L.append("")
    L.append("## Emails: trade (buyer) and register")
    L.append("")
    L.append("Trades all start with a letter from A to L; no two emails share a trade. Goods and services, public and private buyers, "
             "tiny firms and large ones; British and American spellings; every third email (3, 6, 9, ...) uses curly apostrophes.")
    L.append("")
    L.append("| Email | Register | Trade (buyer) |")
    L.append("|---|---|---|")
    for r in rows:
        L.append("| %s | %s | %s |" % (r["email"], r["_register"], r["_industry"]))
    L.append("")
    L.append("Registers used: formal, chatty, terse, warm, blunt, very deferential, non-native English.")
    L.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))

if __name__ == "__main__":
    main()
