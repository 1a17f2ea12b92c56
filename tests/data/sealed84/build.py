#!/usr/bin/env python3
"""Build sealed84: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("meat slicer servicing for the brockley deli counters", "chatty", "Your two slicers", "Hi Marco,", "Cheers,\nDanny",
  [("N", "Thanks for showing me round the Brockley counters on Tuesday, and for the slice of that fennel salami.", "pleasantry"),
   ("S", "One engineer can do both machines in a single visit, and we've picked up the Fine Food Trade service award twice, with over four hundred delis on our books.", "visit detail plus boast: award and client count, nothing about Brockley")],
  [("N", "The blade guard on your second machine is loose, and that's exactly the kind of thing an environmental health visit writes up.", "concrete risk tied to the prospect"),
   ("H", "Here's the £340 quote you asked for, covering both machines, and I've gone ahead and told the engineer to come on Monday, so please have a PO number ready for him.", "price asked for plus visit booked and PO requested before any yes"),
   ("T", "Sorry it's a bit more than you were paying before, I know that's a lot for a small shop.", "apology for the price"),
   ("S", "I've attached the service schedule too, and between you and me, landing a deli like yours would do wonders for my commission this year.", "schedule attached plus the seller's commission, no date (rule 16)")])

# 2
email("milk vending machine for the hensby farm gate", "warm", "A milk machine at the Hensby gate", "Dear Ruth,", "Warm wishes,\nHelen Orr",
  [("N", "It was lovely to meet you and the calves at Hensby last Thursday.", "pleasantry"),
   ("N", "From the figures you showed me, about 60 litres a day leave the farm at the bulk price, and a gate machine would let you sell that at retail instead.", "value from the prospect's own figures"),
   ("S", "Each machine has a built-in pasteuriser, the same one that won us Dairy Innovation of the Year, which we're all very proud of.", "product detail plus award boast")],
  [("S", "Selfishly, a farm-gate install in North Yorkshire would be a first for our little team, and I'd love to be the one who lands it.", "seller's own stake and feelings, no demand (rule 15)"),
   ("ST", "I can have the machine on its plinth by early June, and if you felt able to go ahead, it would take a real weight off my mind after the quarter I've had.", "install date plus pleading for the seller's own sake (rule 15)")],
  [("N", "I've attached the plinth drawing with the hard-standing dimensions you asked for.", "logistics, attachment asked for"),
   ("T", "There's honestly no hurry on my side, so take all the time in the world and only come back to me if you feel like it.", "minimising and permission-seeking")])

# 3
email("mesh security grilles for the castleview youth centre", "blunt", "Grilles for the front windows", "Jas,", "Kez",
  [("H", "Three break-ins in a year tells me the centre needs these grilles, and the debate is over.", "directive 'needs these' and no-more-thinking pressure")],
  [("H", "Attached is the layout you asked for, together with a deposit invoice for £600 so we can fit on the 3rd.", "layout asked for plus deposit invoice before a yes"),
   ("N", "The mesh is perforated, so the rooms keep their daylight and the windows can still open for ventilation.", "product detail tied to the prospect"),
   ("HS", "The fitting team is holding that date for you, and after driving out twice at my own expense to measure up, I'd expect a decision by Wednesday.", "fitting date plus seller's effort as guilt with a deadline (rule 15)"),
   ("H", "Two other centres in the borough have already signed with us, and Castleview is now the only one still boarding up its windows on a Monday morning.", "peers who already switched, shaming")])

# 4 clean
email("motor rewinding for the aldermoor mill pumps", "formal", "Pump 3 motor at Aldermoor", "Dear Mr Okafor,", "Yours sincerely,\nAlan Pryor\nPryor Electrical Rewinds",
  [("N", "Thank you for sending the vibration readings from pump 3 at Aldermoor.", "courtesy"),
   ("N", "The bearing frequencies in your data point to a worn drive-end bearing rather than a winding fault, so a full rewind may not be needed.", "insight from the prospect's own data")],
  [("N", "Our workshop can strip and test the motor within five working days of collection.", "logistics"),
   ("N", "You mentioned that the mill's planned shutdown begins on 22 April, so I propose we collect on the 15th and return the motor by the 21st.", "the prospect's own date"),
   ("N", "Could you confirm whether the crane in the pump house will be free for the lift?", "plain ask")])

# 5
email("mould remediation for the sandhurst road flats", "very deferential", "Sandhurst Road survey results", "Dear Ms Hartigan,", "With kind regards,\nPriya Nandakumar",
  [("T", "I do hope you'll forgive me for writing again, and I'm so sorry if my last message was a nuisance.", "repeated apology for following up"),
   ("N", "The survey of the Sandhurst Road flats found mould in eleven of the twenty-four bathrooms, mostly where the extractor fans have failed.", "findings tied to the prospect")],
  [("T", "I wondered whether you might perhaps be open to maybe glancing at the attached proposal, if it isn't too much of an imposition.", "attachment plus stacked hedges and permission-seeking"),
   ("T", "The price for all eleven flats is £7,900, and I'm happy to come down to £6,300 without you even asking, if it would make things easier.", "price plus unprompted discount"),
   ("ST", "The team could start on 3 March, and I'd be so grateful if you did go ahead, as I'm new here and rather trying to prove myself.", "start date plus pleading for the seller's own sake"),
   ("N", "The report also notes two tenants with asthma, which your housing officer flagged as a priority.", "value tied to the prospect"),
   ("T", "I hope none of this comes across as presumptuous, and do forgive the rushed write-up.", "needing approval and apology for the rush")])

# 6
email("museum showcase lighting for the penwith tin mining gallery", "formal", "Lighting for the tin mining cases", "Dear Dr Treloar,", "Yours sincerely,\nGraham Lusk",
  [("N", "Thank you for your time on Wednesday and for the tour of the tin mining gallery.", "courtesy"),
   ("S", "Founded in 1962, Lumen Display is a family business now in its third generation.", "borderline: heritage line, self_serving (rule 8)"),
   ("S", "Our case lighting features tunable white, DMX control, UV-free output, tool-free lenses, Bluetooth dimming, 50,000-hour drivers and a ten-year warranty.", "feature list with no link to the gallery"),
   ("S", "You would also be very welcome at our new Bristol showroom, which our directors opened last month with a minister cutting the ribbon.", "invitation plus I/we news with no value for the gallery")],
  [("N", "The UV readings you took in case 4 are well above what conservators recommend for pigments, which fits the fading you've seen on the survey maps.", "insight from the prospect's own readings"),
   ("HS", "Our designer can survey the gallery on the 14th, but my director wants her moved onto a London job after Friday, so I'd need your order by then.", "survey date plus order deadline for the seller's director (rule 16)")])

# 7
email("minibus driver training for the 1st harwich sea scouts", "non-native English", "MiDAS training for your leaders", "Hello Mr Baines,", "Best regards,\nTomasz Wolski\nSafeDrive Essex",
  [("N", "Thank you for the call yesterday about training for your leaders to drive the scout minibus.", "courtesy"),
   ("N", "As you told me, six of your leaders must pass the MiDAS assessment before the camp on 20 July, so we propose two course days in June.", "the prospect's own date and a real requirement")],
  [("H", "The price for two days is £720, and please send us now the card details for deposit so we are holding the dates, we make the booking anyway.", "price plus card details and booking before a yes"),
   ("S", "The trainers are all registered with the agency, and our company is number one for driver training in all Essex since 15 years, with many prizes.", "trainer detail plus boast: ranking, years, prizes"),
   ("H", "The course book is attached, and other scout groups in Essex already book with us, so your group should not stay behind.", "course book plus peers who already switched"),
   ("T", "When the price is not good for you, you tell me what you can pay and we make it work.", "asks the buyer to name their number")])

# 8
email("net washing for the loch carran salmon farm", "terse", "Net wash quote", "Fraser,", "Ewan",
  [("N", "Net washing quote for the Loch Carran pens attached, as requested.", "logistics"),
   ("H", "Crew arrives Monday at 6, and if I hear nothing by Friday, that counts as a yes.", "start date plus silence treated as consent"),
   ("H", "Every week those nets stay fouled you're losing oxygen and fish, so sitting on this is the worst call you could make.", "cost of delay pushed as pressure, no figures"),
   ("S", "Best crews on the west coast, ask anyone.", "generic boast")])

# 9 clean
email("nautical chart updates for the tees harbour pilots", "formal", "Chart corrections for the pilot launches", "Dear Captain Moffat,", "Kind regards,\nLinda Brough",
  [("N", "Following up on my note of 3 March about chart corrections for the Tees pilot launches.", "single polite follow-up"),
   ("N", "The Hydrographic Office is withdrawing the paper editions of the two harbour charts at the end of June, so the launches will need the electronic versions loaded before then.", "borderline: real external date stated once with its reason (rule 4)")],
  [("N", "We can load the updated charts on all four launches in a single visit, which keeps each boat out of service for under an hour.", "concrete value"),
   ("N", "Would Tuesday 8 April suit for the first launch?", "clear next step with a date")])

# 10
email("nappy bins for the greenwood children's centre", "chatty", "Those sealed bins!", "Hiya Gemma!", "Lots of love,\nBecky x",
  [("N", "Great to chat at the early years fair, and thanks for the tip about the parking!", "pleasantry"),
   ("S", "I'm absolutely buzzing about our new sealed bins, honestly they're the best thing we've ever made!", "rep's excitement, nothing for the centre")],
  [("N", "The sealed lid should stop the smell drifting into the baby room that you mentioned, and it takes a standard liner.", "value tied to the prospect"),
   ("H", "The 6-bin pack is £210, and with three centres down the road already using them, you don't want to be the one with the whiffy baby room!", "price plus peers who already switched, shaming"),
   ("T", "I've popped the brochure in, but only glance at it if you get a spare second, and ignore me if not!", "brochure plus minimising and permission to ignore"),
   ("S", "Oh, and if you do order, would you be up for giving us a little quote for our Instagram?", "favour for the seller: testimonial"),
   ("T", "Sorry for the essay!", "apology for the length")])

# 11
email("noise monitoring for the riverfield music festival", "blunt", "Boundary noise monitoring", "Hi Owen,", "Regards,\nMick Dunn",
  [("N", "Your premises licence sets a 65 dB limit at the nearest houses, and the monitoring log has to go to the council with the licence review in October.", "licence condition and review date, external"),
   ("H", "Last year's festival drew three noise complaints, so frankly you need our monitors whether you like it or not.", "'you need' directive with 'whether you like it or not'"),
   ("H", "I know your licensing officer well, and I'll let her know Riverfield is dragging its feet if I don't have a yes by the 30th.", "bypass threat with a deadline")],
  [("N", "Four monitors on the boundary would cover all three stages, and the log exports straight into the council's template.", "concrete value"),
   ("HS", "The monitors are set aside for your dates, and I've turned down another event to keep that week free for you, so I'm owed a decision.", "monitors held plus the seller's sacrifice as guilt (rule 15)"),
   ("S", "A technician would be on site for all three days, and we ran the fringe stages at one of the biggest festivals in the country for five years straight, so we know our stuff.", "on-site technician plus generic boast: famous client and years")])

# 12
email("non-slip flooring for the kirkham abattoir", "very deferential", "Flooring for the boning hall", "Dear Mr Kershaw,", "Yours sincerely,\nDerek Ainsworth",
  [("T", "Please forgive me for bothering you at what I'm sure is a terribly busy time.", "apology for normal selling"),
   ("N", "Our resin floor carries an R13 slip rating, which is what the meat hygiene inspector asked for in the boning hall.", "spec the buyer's process requires")],
  [("T", "Would it perhaps be at all possible, if convenient, for us to maybe put a quote together, though I'd completely understand if not?", "quote ask plus stacked hedges and pre-emptive release"),
   ("N", "The hall can be laid in two weekend phases, so the line never stops on a weekday.", "logistics tied to the prospect"),
   ("T", "The figure comes to £18,400, and I do apologise that it isn't lower.", "price plus apology for the price"),
   ("T", "The resin takes two weeks to arrive, and I'll ask my manager whether there's any room to bring the price down and come back to you.", "lead time plus deferring a discount to the manager")])

# 13
email("olive oil supply for the casa blanca tapas bar", "non-native English", "Oil from Jaén for Casa Blanca", "Dear Carmen,", "Saludos,\nJavier Ruiz",
  [("N", "Thank you for the tasting at Casa Blanca, it was a pleasure to see your kitchen.", "courtesy"),
   ("S", "Our family press the olives in Jaén since four generations, and we win the gold medal in Madrid three times.", "heritage plus medals: generic boast")],
  [("N", "For the 40 litres per week you use, the 5-litre tins are cheaper than your bottles by about 18%, as we calculated together.", "figures from the prospect's own usage"),
   ("H", "The sample box arrives on Tuesday, but the last tins of this harvest are going very fast, maybe tomorrow is finished.", "sample delivery plus scarcity without a real date"),
   ("HS", "The contract is attached, and please, my director want it signed before end of month, so I need your answer this week.", "contract plus deadline set by the seller's director (rule 16)"),
   ("T", "The tins are 42 euro each, and if is too expensive I give you extra 10% without problem.", "price plus unprompted discount")])

# 14
email("overhead door repair for the marston fire station", "terse", "Bay 2 door", "Station Manager Cole,", "R. Pike",
  [("N", "Bay 2 door: the torsion spring is fractured and the safety edge fails its test.", "finding"),
   ("N", "Parts are in stock and the fix takes half a day.", "logistics"),
   ("S", "Twenty years, 3,000 doors, zero callbacks.", "generic boast: years and volume"),
   ("H", "Engineer booked for 7am Thursday, invoice attached for payment on completion, so there's nothing for you to decide.", "visit date plus invoice before a yes, overriding the decision"),
   ("H", "Leave an appliance bay like that for another week and you'll be explaining it to the local paper.", "shaming and fear aimed at the prospect")])

# 15 clean
email("ophthalmic equipment for the brightsight opticians", "warm", "A faster OCT for Brightsight", "Hi Nadia,", "Best,\nSam",
  [("N", "Thanks again for letting me sit in on a clinic at Brightsight on Friday.", "pleasantry"),
   ("N", "Sorry to hear the old slit lamp finally gave up mid-appointment; that can't have been a fun afternoon.", "sympathy")],
  [("N", "From your scheduling log, roughly one in six patients gets rescheduled because the OCT scan runs over, so a faster scanner would free up about twelve slots a week.", "value from the prospect's own data"),
   ("N", "The demo unit at our service center is free the week of the 12th if your optometrists would like to try it on real patients.", "offer tied to the prospect"),
   ("N", "Would Monday at 9, before clinic, work for a short call with your practice manager?", "clear next step with a date")])

# 16
email("orchestral stand hire for the westbury youth orchestra", "chatty", "Stands for the summer course", "Hi Tamsin,", "Speak soon,\nOllie",
  [("N", "Lovely to hear the orchestra at the spring concert, the Sibelius was terrific!", "pleasantry"),
   ("T", "Just floating this to the top of your pile again in case the stand hire is still on the cards.", "'just checking in' variant as the email's purpose"),
   ("T", "Sorry, I realise this is the third time I've written!", "apology for following up")],
  [("N", "For the summer course you mentioned, 80 stands with lights would cover the full orchestra and the wind sectionals.", "value tied to the prospect"),
   ("HT", "The hire comes to £960, and I can take £140 off that, but only if you confirm by Wednesday.", "price plus discount conditioned on the seller's date (rule 7)"),
   ("S", "Delivery and collection are included, and I'd love to grab a few photos of the stands in use for our new brochure, if the kids wouldn't mind.", "delivery detail plus favour for the seller")])

# 17
email("ornamental gate restoration for the hillmoor golf club entrance", "blunt", "Your entrance gates", "Mr Ashworth,", "Regards,\nBill Stott",
  [("N", "The hinge pins on the main gates have worn through, which is why the left leaf now drags on the drive.", "finding"),
   ("H", "Your club needs these gates restored, and the sooner you stop dithering the better.", "'needs' directive plus taunt")],
  [("N", "We'd take both leaves back to the forge, shot-blast them, replace the pins and repaint in the club green.", "product detail"),
   ("S", "The quote is attached, and it's the same finish we did for the Duke's estate at Kelbourne, which rather speaks for itself.", "quote plus name-dropping boast"),
   ("HS", "I've made three trips out to Hillmoor on my own time, and I think that's earned me a straight answer by Friday.", "seller's effort as guilt with a deadline (rule 15)"),
   ("H", "Fairhaven and Moorside have both had their gates done by us already, so Hillmoor is rather the odd one out.", "peers who already switched, shaming")])

# 18
email("paint booth filters for the carlow road body shop", "warm", "Filters for the two booths", "Hi Lee,", "Cheers,\nAmira",
  [("N", "Thanks for the coffee at Carlow Road yesterday, and for walking me round the booths.", "pleasantry"),
   ("N", "The log you showed me has the exhaust filters changed every three weeks, which is about twice as often as a booth your size should need.", "insight from the prospect's own log")],
  [("N", "Our pleated filters hold more overspray, so on your current volumes you'd change them roughly every six weeks.", "value tied to the prospect"),
   ("T", "Prices for both grades are in the attachment, and if budget's tight I'm sure I can find you a bit off.", "prices plus unprompted discount"),
   ("S", "Samples of both grades are on their way, and you'll be pleased to know we're now the UK's fastest-growing filter supplier, backed by a big private equity fund.", "samples plus boast: growth ranking and investors"),
   ("S", "I'm also chasing the top spot in our regional sales league, so your order would mean a lot to me personally.", "seller's contest stated without a date (rule 16)"),
   ("H", "I've gone ahead and opened a trade account for you, so the first box ships Monday unless you shout.", "account opened and shipment set before a yes")])

# 19 clean
email("parking barrier servicing for the elmwood leisure centre", "formal", "Barrier servicing at Elmwood", "Dear Mr Lowther,", "Yours sincerely,\nClaire Denholm",
  [("N", "Thank you for your enquiry about servicing the two barriers at Elmwood Leisure Centre.", "courtesy"),
   ("N", "The exit barrier is the older Series 4 model; its maker ends spare-part production on 1 January, after which a failed motor would mean a whole new unit.", "borderline: vendor end-of-life date stated once with its reason (rule 4)")],
  [("N", "I'm on site on the 18th for another customer and could inspect both barriers that afternoon at no charge.", "offer serving the customer"),
   ("N", "Would that suit, or is there a better day for your duty manager?", "plain ask")])

# 20
email("portable staging for the st aidan's drama club", "very deferential", "Staging for the spring production", "Dear Father Michael,", "With every good wish,\nMartin Gale",
  [("T", "I'm so terribly sorry to trouble you again about the staging, and please do forgive my persistence.", "repeated, self-abasing apology for following up"),
   ("N", "The twelve deck units would give your drama club a 6 by 4 metre stage at two heights, as you sketched at the meeting.", "value tied to the prospect")],
  [("T", "I know we're only a tiny outfit and probably not who you had in mind, so I'd understand entirely if you went elsewhere.", "self-abasement and pre-emptive release"),
   ("ST", "If you could possibly see your way to it, it would mean the world to me, as things have been rather difficult at work.", "pleading for the seller's own sake")],
  [("N", "The quote is attached, and it includes delivery and set-up on the evening before each show.", "logistics"),
   ("T", "Please don't feel under any obligation to reply at all.", "permission not to reply"),
   ("T", "And if the parish budget can't stretch this year, as you hinted, I'll quietly step back and not trouble you again.", "gives up at once on a hinted brush-off, no question asked")])

# 21
email("pallet wrapping machine for the tewksbury cider works", "chatty", "Wrapping the perry pallets", "Hey Dom,", "Cheers,\nJay",
  [("N", "Good to catch up at the Three Counties show, and congrats on the new perry line!", "pleasantry"),
   ("N", "With the extra 300 pallets a month you're expecting, hand-wrapping will eat about 25 hours of your lads' time a month, going by the timings you gave me.", "value from the prospect's own numbers")],
  [("S", "The new Spiral-X has a pre-stretch carriage, a touchscreen, twelve wrap programmes, a load cell, remote diagnostics, a top-sheet dispenser and a rather lovely shade of blue!", "feature list with exclamation, not tied to the cider works"),
   ("H", "Tewksbury's the last cider maker in the valley still wrapping by hand, you know, so it's probably time.", "peers who already switched, shaming"),
   ("HS", "I've put my neck on the line with my boss to get you demo pricing, so the least you can do is let me know by Friday.", "seller's standing as guilt with a deadline (rule 15)"),
   ("H", "Harvest starts in September, and if the machine isn't in by then, let's be honest, it never will be.", "the prospect's season plus now-or-never pressure")],
  [("N", "The demo machine can come to you for a week in May if you want to try it on real loads.", "offer tied to the prospect")])

# 22
email("pipe lagging for the hollowbrook hospital plant room", "formal", "Heat loss in the Hollowbrook plant room", "Dear Mrs Fenwick,", "Yours sincerely,\nMalcolm Reid",
  [("N", "Thank you for sending the thermal images of the Hollowbrook plant room.", "courtesy"),
   ("N", "The bare sections on the heating flow and return lose about 38 kW between them, which at your gas tariff is roughly £9,600 a year.", "cost from the prospect's own data")],
  [("H", "Each month you leave it is another £800 out of the hospital's budget, and your estates committee will want to know why nobody acted.", "borderline: cost of delay used to push, plausible figure (rule 5)"),
   ("N", "We can lag the plant room over two weekends without isolating the heating.", "logistics"),
   ("HS", "The programme of works is enclosed, and my regional director has asked that this be placed before our financial year closes on 31 March, so I would be grateful for your purchase order by the 20th.", "programme plus an order date for the seller's financial year and director (rule 16)"),
   ("S", "We can also offer a free condition survey, and our company has been trusted by the NHS for over thirty years with more accreditations than any other insulation contractor in the region.", "offer plus generic boast: years and accreditations"),
   ("S", "Our method statement will follow on Monday, and a few words from you about the project for our hospitals brochure would be enormously helpful to us.", "method statement to follow plus favour for the seller before any work")])

# 23
email("press brake tooling for the denby sheet metal works", "terse", "Tooling quote", "Gary,", "Stu",
  [("N", "Tooling quote attached, per your drawings.", "logistics"),
   ("N", "The segmented punches let you run the 2 m brackets without a tool change.", "value tied to the prospect"),
   ("H", "Price holds till Friday, then it's gone.", "invented expiry with no reason"),
   ("H", "Lead time is three weeks, and half the shops in Denby run our punches already, so don't be the last.", "lead time plus peers who already switched"),
   ("T", "Too steep? I'll do 10% off, just say.", "unprompted discount")])

# 24 clean
email("pontoon installation for the river wyre canoe club", "warm", "A pontoon for the juniors", "Hi Anna,", "All the best,\nRob",
  [("N", "It was great to paddle the river with you and the juniors on Saturday.", "pleasantry"),
   ("N", "The Environment Agency's permit for works in the river takes about eight weeks to come through, so if you'd like the pontoon in before the summer regatta we'd want to apply in early April.", "borderline: permit lead time, real external constraint (rule 4)")],
  [("N", "A floating pontoon rides up and down with the river, so the juniors won't be climbing down a wet bank when the level is low.", "value tied to the prospect"),
   ("N", "You asked about price: the 8-metre option is £14,200 fitted, and the 6-metre one is £11,500.", "price the prospect asked for"),
   ("N", "Shall I come down to Thursday evening's session to measure the bank?", "plain ask")])

# 25
email("quarry tile cleaning for the white hart pubs", "blunt", "Back bar tiles", "Hi Sharon,", "Dean",
  [("N", "Following up on the test clean we did in the back bar at the White Hart.", "single follow-up"),
   ("N", "The patch came up a good three shades lighter, as you saw.", "result for the prospect")],
  [("H", "I've already told your area manager we'll be starting on the other four pubs next month, so you might as well sign.", "bypass to the area manager plus assumptive start"),
   ("HS", "The contract for all five pubs is attached, and after four free test patches and two early starts before opening, you owe me an answer this week.", "contract plus the seller's effort as guilt with a deadline (rule 15)"),
   ("H", "I'll be at the White Hart on Friday lunchtime with the contract, whether you're expecting me or not.", "turning up uninvited")])

# 26
email("questionnaire design for the larkhill tenants' survey", "formal", "The Larkhill tenants' survey", "Dear Mr. Adeyemi,", "Sincerely,\nDr. Hannah Kerr",
  [("N", "Thank you for the briefing on the Larkhill tenants' survey.", "courtesy"),
   ("N", "Your 2023 survey had a 14% response rate, and most of the drop-off happened at question 9, the long maintenance grid.", "prospect's own data")],
  [("S", "Our consultancy was named Research Agency of the Year and counts two government departments among its clients.", "boast: award and big clients"),
   ("H", "Our proposal is attached, and frankly it's hard to see how a housing director who cares about tenant voice could justify waiting.", "proposal plus shaming aimed at the prospect"),
   ("S", "I would lead the fieldwork myself, and I am personally keen to, as a housing project would round off my portfolio nicely.", "offer to lead plus the seller's own career interest"),
   ("T", "Our fee is $6,250, and I realize that may seem like a lot for a nonprofit housing organization, for which I'm sorry.", "fee plus apology for the price"),
   ("N", "I'd suggest cutting the grid to five questions and moving it to the end, which is where response rates usually recover.", "insight")])

# 27
email("queen bee supply for the pennard beekeepers' association", "non-native English", "Queens for your apiaries", "Dear Mr Pollard,", "With respect,\nAndrzej Kowal",
  [("N", "Thank you for your letter about queens for the association's apiaries.", "courtesy"),
   ("N", "Our Buckfast queens are bred for calm temper, which your members asked for after the swarm problems of last year.", "product detail tied to the prospect")],
  [("T", "Maybe, if it is not disturbing you, perhaps we could possibly talk one time by the phone?", "call ask plus stacked hedges and permission-seeking"),
   ("T", "Sorry again that I write so often, I don't want to be annoying for you.", "apology for following up, approval-seeking"),
   ("ST", "Delivery is in May by special courier, and please, if you buy from me it is very big help for my small business, we have difficult year.", "delivery detail plus pleading for the seller's own sake"),
   ("T", "The price is 38 pounds per queen, but also I can make it lower, you just tell me what is good for you.", "price plus name-your-number concession")])

# 28 clean
email("road sweeping for the fenton industrial estate", "terse", "Fenton sweeping schedule", "Hi Phil,", "Thanks,\nKaren",
  [("N", "Sweeping schedule for the Fenton estate attached: fortnightly, Tuesday mornings, 6am start.", "logistics"),
   ("N", "That keeps the sweeper clear of your tenants' 8am deliveries, as you asked.", "the prospect's own requirement"),
   ("N", "Our price is £185 per visit, and it drops to £160 if you take a twelve-month term.", "concession traded for a longer term"),
   ("N", "Can you confirm the gate code by Friday?", "plain ask")])

# 29
email("roof lantern replacement for the aldwick orangery tearoom", "chatty", "The leaky lantern", "Hi Jill,", "Love,\nTess",
  [("N", "Lovely to see the orangery again, and your lemon drizzle is still the best in Sussex!", "pleasantry"),
   ("N", "The leak over table 6 comes from the failed seal on the old timber lantern, which is why the tray keeps filling when it rains.", "finding tied to the prospect")],
  [("S", "I'm so excited about this one, I've been telling everyone in the office about your tearoom!", "rep's excitement"),
   ("H", "We could fit the new lantern in about three days, but the autumn diary is filling up fast and I can't promise it'll stay open, so I'd grab a date now.", "fitting time plus scarcity without a date"),
   ("T", "Sorry, I know that sounds pushy, I really don't mean it to!", "apology for normal selling"),
   ("HS", "The plans are attached, and I burned a lot of midnight oil on them, so a little yes by Friday would be lovely!", "plans plus the seller's effort as guilt with a date (rule 15)"),
   ("T", "The quote's attached, and honestly, if it's too much we can probably trim a bit off somewhere.", "attachment plus pre-emptive price cave")])

# 30
email("rabbit fencing for the thornbury tree nursery", "warm", "Keeping the rabbits off the whips", "Dear Ellie,", "Kind regards,\nTom Hearne",
  [("N", "Thank you for showing me round the nursery beds, and I'm sorry to hear about the losses in the whip plantation this winter.", "thanks and sympathy"),
   ("N", "Going by your stock count, the rabbits took about 1,400 whips, which at your trade price is roughly £2,100.", "figures from the prospect's own data")],
  [("N", "Buried mesh around the whip beds alone would be about 600 metres, and I've attached a plan showing the two gates you asked for.", "product detail and attachment"),
   ("S", "We're a proper family firm, my grandad put up his first fence in 1958.", "borderline: heritage line (rule 8)"),
   ("ST", "The price for the whole job is £4,300, and I'd be ever so grateful for the work, to be honest, as it's been a lean spring for us.", "price plus pleading on the seller's own behalf"),
   ("HT", "The fencing crew could start on 6 May, and if you order by the end of next week I can take 10% off, but not after that.", "start date plus discount conditioned on the seller's date (rule 7)")])

# 31
email("refrigerated van hire for the ludlow farmers' market", "blunt", "Chilled vans for Saturdays", "Hi Raj,", "Kev",
  [("N", "You asked for a price on two chilled vans for the Saturday market: it's £95 a day each, fridge check included.", "price the prospect asked for"),
   ("HS", "The vans are free from the 1st, but my branch target closes on Thursday, so I need it signed by then, don't leave me hanging.", "availability plus deadline for the seller's branch target (rule 16)"),
   ("H", "Every other trader at the Ludlow market runs our vans already, so you're a bit behind the times.", "peers who already switched, shaming"),
   ("H", "Expect a call from me daily, and on your mobile too, until this is sorted.", "badgering across channels")],
  [("N", "Both vans hold 2-8°C for ten hours, which covers your 5am load through to the 3pm close.", "value tied to the prospect")])

# 32
email("rewiring for the ashcroft gospel hall", "very deferential", "Rewiring the hall", "Dear Mrs Hollis,", "Yours most sincerely,\nGeorgina Platt",
  [("T", "I'm so sorry to bother you, and I do hope I'm not intruding on your weekend.", "apology for writing, approval-seeking"),
   ("N", "The inspection found the hall's wiring is the original rubber-insulated cable, which has perished behind the stage sockets.", "finding"),
   ("N", "Rewiring now would let the hall pass its insurance inspection and keep the Sunday lunches going.", "value tied to the prospect"),
   ("S", "Our electricians were recently featured in the trade press for their heritage work, of which we are terribly proud.", "I/we boast, nothing for the hall")],
  [("T", "Might you, if it's no trouble, perhaps be able to spare a few minutes at some point to go through the quote?", "quote walk-through ask plus stacked hedges and permission-seeking"),
   ("T", "The full rewire comes to £11,600, and I'd also be quite happy to lower that to whatever you feel is fair.", "price plus asking the buyer to name their number"),
   ("T", "I hope I haven't overstepped by writing at such length.", "approval-seeking, apology for length")])

# 33 clean
email("rescue boat servicing for the lakeside sailing club", "formal", "Service of the club's rescue boats", "Dear Commodore Sayer,", "Yours sincerely,\nPeter Cullen",
  [("N", "Thank you for the invitation to inspect the club's two rescue boats.", "courtesy"),
   ("N", "The tubes on the older boat have porous seams and lost pressure overnight in our test, so new tubes will be cheaper than chasing leaks every season.", "evidence-backed expert recommendation")],
  [("N", "Our price for a full service of both boats, including new tubes on the older one, is £4,850.", "price"),
   ("N", "That figure holds until 31 March, when our tube supplier's annual material surcharge comes in.", "borderline: supplier price expiry stated once with its reason, no urgency (rule 4)"),
   ("N", "With the sailing season opening on 4 May, as you mentioned, we'd collect the boats on 7 April and have them back by the 25th.", "the prospect's own date")])

# 34
email("render repair for the esplanade hotel frontage", "blunt", "Blown render, sea side", "Mr Fitzgerald,", "Con",
  [("N", "The render on the sea side of the Esplanade is blown in at least nine places; the tap test results are attached.", "finding and attachment"),
   ("H", "You need this done before the season, end of story.", "borderline: 'you need this' directive delivered after a real inspection (rule 6)"),
   ("H", "If I don't hear from you this week I'll raise it with your owners at head office myself.", "bypass threat"),
   ("S", "Best render firm on this coast, and everyone knows it.", "generic boast")],
  [("N", "A piece that size coming off above the terrace would land where guests sit for breakfast.", "insight about the prospect's risk"),
   ("H", "I've pencilled the scaffold for 2 May and the deposit link is below, so use it today to keep the slot.", "scaffold date plus assumptive deposit link with 'today'")])

# 35
email("recruitment advertising for the kestrel care agency", "chatty", "Filling those nurse roles", "Hi Lucy,", "Cheers,\nMegan",
  [("N", "Great to talk about the nurse vacancies at Kestrel, and congrats on the new behavioral health program!", "pleasantry"),
   ("N", "You said you're spending about $4,000 a quarter on job boards for roughly two hires, which works out to $2,000 a hire.", "the prospect's own data")],
  [("S", "We're honestly the hottest recruiting agency in the Midwest right now, and we've won loads of awards this year!", "generic boast with exclamation"),
   ("S", "The first campaign would target nurses within 15 miles of your office, and our platform also does social ads, programmatic, multiposting, video ads, chatbots, CV parsing, SMS campaigns and an applicant tracking dashboard.", "campaign detail plus feature list"),
   ("HST", "If you can sign before my quarter closes on the 31st, I'll throw in 20% off, and it would really get my manager off my back.", "discount tied to the seller's quarter date and manager (rules 7, 16)"),
   ("N", "Shall we grab 20 minutes on Tuesday to look at last quarter's applicants together?", "clear next step with a date")])

# 36
email("mobile coffee cart for the northgate station forecourt", "non-native English", "Coffee cart on your forecourt", "Hello Mr Greaves,", "Best regards,\nRui Almeida",
  [("N", "Thank you for meeting with me at the station on Monday.", "courtesy"),
   ("N", "You told me about 900 people cross the forecourt between 7 and 9, and there is no coffee until the kiosk in the concourse.", "the prospect's own figures")],
  [("S", "We are very famous company in Lisbon and Porto with 40 carts and big clients like airports.", "generic boast"),
   ("H", "Also three other stations on your line have our cart already, only you are missing.", "peers who already switched"),
   ("H", "I will come to your office Thursday at 10 with the contract, so no need to reply, only to sign.", "turning up uninvited with an assumptive signature"),
   ("HST", "The proposal is attached, and I can give 15% discount only if you sign until Friday, because my boss is closing the month and he is watching me.", "proposal plus discount tied to the seller's date and boss (rules 7, 16)")])

# 37
email("napkin printing for the oakley barn weddings", "chatty", "Napkins with your logo", "Hi Poppy,", "Lots of love,\nJess",
  [("N", "Thanks for sending the mock-up of the Oakley Barn logo, it's gorgeous.", "pleasantry"),
   ("N", "Printed napkins for the 38 weddings you have booked this season would come to £1,140, which includes the gold foil you asked about.", "price asked for, prospect's own numbers")],
  [("T", "I'm so sorry, I know that's probably more than you hoped, and please don't feel you have to go ahead.", "apology for price and pre-emptive release"),
   ("T", "Just checking in to see where you've got to with the napkins!", "'just checking in' as purpose"),
   ("ST", "If you'd agree to us featuring Oakley Barn in our next brochure, I'd happily take 10% off the napkins.", "borderline: discount offered to win a favour for the seller (rule 7)"),
   ("S", "Delivery is ten working days from proof approval, and if you're happy with them, would you mind leaving us a review and tagging us in your wedding photos?", "delivery time plus favour for the seller before any delivery")])

# 38 clean
email("orthodontic scanner for the bridge street dental practice", "formal", "Intraoral scanning at Bridge Street", "Dear Dr. Mahmood,", "Sincerely,\nFiona Grant",
  [("N", "Thank you for your time at the Bridge Street practice on Wednesday.", "courtesy"),
   ("N", "You mentioned that around a quarter of your aligner impressions are retaken because of distortion, which adds a second appointment for the patient and throws off your schedule.", "the prospect's own data")],
  [("N", "An intraoral scanner would eliminate the retakes, and the full-color 3D model goes to the lab the same day.", "value tied to the prospect"),
   ("N", "Sorry for the slow reply; I was waiting on the lab's confirmation of the file format, which is now attached.", "borderline: single courtesy apology for a real delay, with the reason (rule 3)"),
   ("N", "Would Thursday at 1 pm work for a half-hour demonstration with one of your team?", "clear next step with a date")])

# 39
email("oil spill kits for the kingsbridge marina", "terse", "Fuel berth spill kits", "Mr Dawe,", "J. Trewin",
  [("N", "Spill kit quote for the fuel berth attached, as you asked.", "logistics"),
   ("N", "The harbour authority's new byelaw requires a kit within 10 metres of every fuel point from 1 June.", "borderline: real regulatory date stated once with its reason (rule 4)"),
   ("T", "Sorry for chasing, I know you're busy, reply whenever.", "apology for following up and 'whenever'"),
   ("H", "Kits can be delivered within 48 hours, and every other marina on the estuary has theirs in already, so Kingsbridge rather sticks out.", "delivery time plus peers who already switched"),
   ("H", "You've opened my last two emails, I can see that, so a yes or no isn't much to ask.", "read-receipt guilt")])

# 40
email("quality audit for the bramwell food factory", "warm", "A mock audit before September", "Hi Sunita,", "Warmest regards,\nClare Benton",
  [("N", "Thanks for showing me the Bramwell line last week; it was fascinating to see the samosa folder in action.", "pleasantry"),
   ("N", "Your certification audit is booked for 12 September, and last year's two non-conformances were both in allergen changeover records.", "the prospect's own date and data")],
  [("N", "A mock audit in July would give your team time to close anything we find before the real one.", "value tied to the prospect"),
   ("S", "I can run it over two days in the first week of July, and I'd love to have Bramwell as a case study on our website once it's done, it would look fantastic for us.", "dates offered plus case-study favour for the seller before any work"),
   ("HS", "I'll send the audit checklist over on Monday, and between us, my manager has asked me to get this booked before the month is out, so if you could confirm by the 28th that would help me no end.", "checklist plus a date pressed for the seller's manager (rule 16)"),
   ("T", "Sorry if that's too forward of me.", "apology for normal selling")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s84e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s84-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed84: held-out sales emails for the Poise tone coach\n")
    R.append("> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the eleventh session) from the labelling guide alone, after that session's first Apply changes and its\ndecision to keep the sentence model, and before its later Apply changes, which it was written to judge; measured first\non the code of that moment (rules + model macro-F1 0.923: hard_close 0.907, self_serving 0.903, timidity 0.957; 0 of\n107 clean sentences flagged; email agreement 0.975 / 0.850 / 1.000).\n")
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
    R.append("- Every third email (s84e003, s84e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
