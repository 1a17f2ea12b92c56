#!/usr/bin/env python3
"""Build sealed77: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("mushroom substrate for the hollowfield growers", "chatty", "Substrate blocks for your autumn flush", "Hi Priya,", "Cheers,\nDan",
  [("N", "Great to chat at the growers' day in Evesham last week.", "greeting"),
   ("S", "Our blocks come pre-spawned at 2% so they colonise in ten days, and honestly, nobody in the trade makes a cleaner block than we do.", "product detail plus a generic boast")],
  [("N", "Your own figures show 18% of blocks lost to green mould last season, and our pasteurisation run targets exactly that.", "value from the prospect's own data"),
   ("HS", "I spent three evenings building your yield model, so I reckon I've earned a yes or no from you by Friday.", "yield model delivered plus seller effort used as guilt for a Friday answer (rule 15)"),
   ("H", "The pallet quote you asked for is attached, and I've already pencilled you into the October delivery run, so just fire the PO over.", "requested quote attached plus assumptive booking before any yes"),
   ("T", "I can drop samples at the farm on Wednesday, if that's alright, though please don't go out of your way on my account.", "sample drop-off offer plus permission-seeking and self-effacement")],
  [("T", "P.S. The mould figures are on page two; sorry this got so long, I do ramble when I'm keen!", "pointer to the figures plus an apology for the length")])

# 2
email("marquetry panel repair for the harlow museum", "formal", "Marquetry panels in the east gallery", "Dear Dr Okafor,", "Yours sincerely,\nHelen Marsh\nMarsh Conservation",
  [("N", "Thank you for the photographs of the two veneered panels in the east gallery.", "courtesy"),
   ("N", "The lifting along the lower border is typical of humidity swings, and your own logger readings, which dip to 38% in January, fit that pattern.", "insight from the prospect's own data")],
  [("N", "I would recommend consolidating the loose veneer in situ rather than removing the panels, as removal risks splitting the satinwood banding.", "confident recommendation with a reason"),
   ("N", "Our conservator's day rate is held at the quoted figure until 31 March, when the new insurance premium for on-site work takes effect.", "borderline: price expiry stated once, neutrally, with its reason (rule 4)"),
   ("N", "Could we visit on the 14th or 15th to take moisture readings before confirming the method?", "clear next step with dates")])

# 3
email("microbrewery canning line for the tidewell brewery", "blunt", "Canning line - decision", "Tom,", "Rob",
  [("H", "You've had the spec for a month, and frankly a brewery your size can't keep hand-filling and call itself serious.", "shaming the prospect into a decision")],
  [("N", "The line runs 1,800 cans an hour, which covers your summer peak with room to spare.", "product detail tied to the prospect's peak"),
   ("S", "It handles both 330 and 440 ml cans, and we're the only firm in the county the big regional brewers trust.", "product detail plus a generic boast"),
   ("H", "Three other breweries in the valley moved to seamers last spring, and you're the one left looking old-fashioned.", "peers already switched, used to shame"),
   ("HS", "My area director asks me about this deal every morning, so I need your signature before the month closes.", "seller's manager as the reason for a signing deadline (rule 16)")],
  [("H", "I can be at the brewhouse Tuesday at 9 to measure the floor, and I'll bring the contract so we can get it signed on the spot.", "site visit ask plus assumptive signing before a yes"),
   ("N", "The seamer fits through your existing double doors, so no building work is needed.", "logistics tied to the prospect's site")])

# 4
email("night-sky lighting audit for the fellhope dark-sky reserve", "very deferential", "Lighting audit, if convenient", "Dear Ms Lindgren,", "With kind regards and many thanks,\nOwen Pryce",
  [("T", "I'm terribly sorry to intrude on your week, and I do hope this message isn't an imposition.", "apology for normal selling and approval-seeking")],
  [("N", "Your visitor survey mentioned that glare from the car park lamps spoils the first stretch of the observing trail.", "the prospect's own data"),
   ("T", "Would there be any chance, at some point, that you might perhaps let us look at the car park lighting, if that would be all right?", "site visit ask plus stacked hedges and permission-seeking"),
   ("N", "A survey of the twelve columns would take one evening and would show which lamps breach the reserve's own upward-light limit.", "concrete value tied to the prospect's standard"),
   ("T", "Our fee for the audit is 680 pounds, though we could of course drop it by a third if that would make things easier.", "fee stated plus an unprompted discount")],
  [("T", "Please don't feel under any obligation to reply.", "releasing the prospect from even answering"),
   ("S", "It would also give our little team a lovely boost to have a reserve like yours on our client list.", "the seller's own benefit offered as a reason")])

# 5
email("oil tank replacement for the nettlebed village hall", "warm", "Your oil tank at Nettlebed", "Hi Margaret,", "Warm wishes,\nJess",
  [("N", "Lovely to meet you and the hall committee on Saturday, and thank you for the tea.", "pleasantry"),
   ("N", "The bund on your current tank doesn't meet the oil storage regulations, and your insurer's letter gives you until 30 November to replace it.", "borderline: a real external deadline stated once with its reason (rule 4)")],
  [("N", "I've attached two tank sizes with prices, and the 1,200-litre one would see you through a full winter of bookings.", "attachment with value tied to the hall"),
   ("S", "We've been fitting tanks since 1962, three generations of the same family.", "borderline: heritage line (rule 8)"),
   ("S", "The 1,200-litre tank is the one I'd pick, and honestly, I'd be over the moon if you went with us, as it's been a slow month for me.", "recommendation plus the seller's slow month as a reason, no demand (rule 15)"),
   ("HS", "I'd be so grateful to get this booked before Friday, as it would put me top of our sales board.", "a Friday booking pressed for the seller's sales-board standing (rule 16)")])

# 6
email("orchard pruning for the longmead cider farm", "terse", "Pruning quote", "Ben,", "Gareth",
  [("N", "Quote for the 400 standards attached, as you asked.", "requested quote, logistics"),
   ("H", "Crew starts Monday; I'll take it you're in unless I hear otherwise by Thursday.", "start date plus silence taken as a yes"),
   ("T", "Sorry it's on the pricey side.", "apology for the price")])

# 7
email("outdoor gym equipment for the saltings park", "non-native English", "Outdoor gym for Saltings Park", "Dear Mr. Hughes,", "Best regards,\nMarek Nowak",
  [("N", "Thank you for the meeting yesterday and for showing me the area by the playground.", "courtesy"),
   ("S", "Our company is number one in Europe for outdoor fitness and we win many design prizes, also in Germany and Poland.", "rankings and awards boast"),
   ("S", "We have pull-up bars, leg press, sit-up bench, air walker, rower, cross trainer, twister, chest press, parallel bars and stretch station.", "feature list with no tie to the park")],
  [("N", "For your budget of 40,000 pounds I suggest the eight-station set, which fit the space you showed me and is usable by wheelchair users.", "recommendation tied to the prospect's budget and site"),
   ("H", "The price is in the attached offer, but you must order now because after this the stock is finish and other councils are waiting.", "attached offer plus scarcity without a date"),
   ("H", "Installation take two weeks, and if you do not order this month, your park will stay behind the other towns forever.", "installation time plus now-or-never pressure"),
   ("T", "If you think it is too expensive, I can ask my boss for a special discount for you.", "unprompted discount deferred to the manager")])

# 8
email("packaging redesign for the ravel chocolatier", "formal", "Packaging proposal: Ravel gift range", "Dear Mr Ravel,", "Yours sincerely,\nClaire Dubois\nFolio Studio",
  [("N", "Thank you for sending the returns data for the Easter range.", "courtesy"),
   ("N", "Crushed corners account for 61% of your returns, so the proposal concentrates on the outer sleeve rather than the artwork.", "insight from the prospect's own data"),
   ("S", "Our studio has been shortlisted for the Pentawards twice and counts several household names among its clients.", "awards and client names as a generic boast")],
  [("HS", "The full proposal is attached, and because my partners want the studio's order book full before the summer, I would need your approval by 20 May.", "attachment plus a deadline set for the seller's partners (rule 16)"),
   ("ST", "If it helps, I could reduce the fee by 15% in exchange for permission to feature Ravel in our portfolio.", "borderline: discount offered to win a portfolio favour (rule 7)"),
   ("N", "I would be glad to present the sleeve prototypes at your office on 9 May.", "next step with a date")])

# 9
email("pressure washing for the glebe street car park", "chatty", "Gum and grime at Glebe Street", "Hey Sandra!", "Cheers!\nKelly",
  [("T", "Nudging the quote I sent on the 3rd in case it got buried under the weekend's post, no rush whatsoever!", "follow-up on the quote plus minimising check-in language")],
  [("N", "The chewing gum by the pay machines is the thing your customers mention most in the reviews you sent over.", "the prospect's own data"),
   ("N", "We can do the whole site overnight on a Sunday so no bays are lost.", "logistics that protect the prospect's revenue"),
   ("HS", "We could do the wash on Sunday the 12th, and it would really save my month if you confirmed by Wednesday.", "date offer plus the seller's month as the reason for a deadline (rule 16)"),
   ("T", "The price is 1,950 pounds for the lot, but I totally get it if you're swamped, so if it's not for you, just let it sink to the bottom of your inbox.", "price plus inviting the prospect to ignore the email")],
  [("ST", "Also, between us, I'm a bit behind on my numbers, so a yes from you would honestly mean a lot to me.", "pleading for the seller's own numbers (rule 15)"),
   ("S", "We've just been voted the county's top cleaning firm, which the whole office is still celebrating!", "award boast, the seller's excitement")])

# 10
email("pond dredging for the whitmore estate lake", "blunt", "The lake silt", "Mr Whitmore,", "Neil Harper",
  [("N", "The sonar survey we ran last week puts the silt at 70 cm over most of the lake bed.", "finding from a real survey"),
   ("H", "On that evidence, you need a full dredge this winter.", "borderline: 'you need' directive, but after a real survey (rule 6)"),
   ("H", "Every month you sit on this, another lorry-load of silt settles, and that's money poured straight into the mud.", "cost of delay used to push, no figure")],
  [("H", "The price for the full dredge is attached as requested, and if you won't make the call, I'll put it to your estate trustees myself.", "requested price plus a bypass threat"),
   ("HS", "I've kept a digger crew free for you since September at my own cost, so I expect a decision this week.", "seller sacrifice as guilt with a demand (rule 15)"),
   ("N", "The spoil can be spread on the east paddock, which saves the haulage cost.", "concrete value for the prospect")])

# 11
email("print finishing for the larkspur poetry press", "warm", "Foil blocking for the anniversary editions", "Hi Nadia,", "Best,\nIsla",
  [("N", "Thanks so much for sending the cover proofs, they look beautiful.", "pleasantry"),
   ("N", "Since you mentioned the launch is on 12 September, we'd need final artwork by 15 August to allow for the foil dies and drying time.", "the prospect's own date, with the lead time")],
  [("N", "Sorry to hear the first printer let you down on the spine lettering; we'll send a physical sample before the run so you can check it.", "sympathy and a concrete fix"),
   ("N", "A matte copper foil on the uncoated stock you chose would keep the titles readable in shop lighting, which was your main worry.", "recommendation tied to the prospect's concern"),
   ("N", "Shall I post samples to the office for Thursday?", "plain next step")])

# 12
email("quarantine kennels for the moorfield animal rescue", "formal", "Isolation kennel block proposal", "Dear Ms Adeyemi,", "Yours sincerely,\nMark Ellison",
  [("N", "Thank you for your time on Tuesday and for the tour of the intake area.", "courtesy"),
   ("N", "Your intake records show a parvo outbreak every second spring, and a sealed four-pen block with its own drainage would let you isolate new arrivals.", "insight from the prospect's records")],
  [("S", "Kennelcraft is the UK's leading supplier of animal housing, backed by a private equity partner since 2021.", "'leading' and investor boast"),
   ("S", "I would love to take you through the four-pen layout and, while we are at it, our full catalogue of forty kennel models, which the whole team is enormously proud of.", "meeting ask plus a walkthrough of the whole range for the seller's pride"),
   ("HS", "The quote is attached, and given that our financial year closes on the 30th and my director has asked me to land this order first, could you sign it by then?", "attachment plus the seller's year end and director as the reason for a date (rule 16)")],
  [("T", "I can come back on Thursday to walk the site with your vet, and I do hope I haven't overstepped in writing so frankly.", "meeting ask plus approval-seeking")])

# 13
email("quartz countertops for the cedar ridge model homes", "chatty", "Countertops for Cedar Ridge", "Hey Marcus,", "Talk soon,\nJenna",
  [("T", "Hope I'm not being a pest by reaching out again!", "apologising for following up")],
  [("N", "Your sales team said buyers keep asking for waterproof surfaces in the kitchens, and quartz answers that directly.", "value tied to the prospect's buyers"),
   ("N", "Each slab carries a 15-year warranty against staining, which covers the question your buyers ask most.", "product detail tied to the buyer"),
   ("T", "Whatever budget you've got in mind, just tell me the number and I'll make it work.", "asking the buyer to name the number")],
  [("HT", "If you can sign off by Friday, I'll throw in the backsplashes for free, but after that the offer's gone.", "giveaway conditioned on the seller's date (rule 7)"),
   ("T", "I can bring three slab samples to the Cedar Ridge office on Wednesday at 2, if that's maybe not too much of an imposition?", "meeting ask plus hedge and permission-seeking"),
   ("S", "Those will include the Calacatta finish your buyers liked, which, between us, is the line my manager most wants me to push this year.", "samples plus the manager's product push as the reason, no date")])

# 14
email("rubber crumb resurfacing for the ashleigh road playground", "terse", "Playground surface", "Hi Colin,", "Lee",
  [("N", "Survey attached: 14 square metres under the swings fail the critical fall height test.", "survey finding"),
   ("H", "Price is 6,300 pounds fitted, and you'll want to book now, because slots like these don't come round twice.", "requested price plus scarcity without a date"),
   ("H", "Other parish councils nearby fixed theirs last year, so yours is starting to look neglected.", "peers already switched, used to shame"),
   ("H", "The crew can start the Monday after half term, and I'll need a signed order by return to hold it.", "start date plus a demand with no reason")])

# 15
email("ramp hire for the st anselm's charity concert", "very deferential", "Access ramps for the concert", "Dear Father Brennan,", "With humble thanks,\nAgnes Kerr",
  [("T", "Please forgive me for writing again, I know how terribly busy you must be and I'm sorry to take up your time.", "stacked apologies for following up")],
  [("N", "Your flyer says the concert is on 6 June, so we'd deliver the ramps on the 5th and collect them on the 7th.", "the prospect's own date"),
   ("N", "The two ramps cover the vestry step and the side door, which would let wheelchair users come in with everyone else.", "value tied to the event"),
   ("T", "I've attached the price, and I'm so sorry it's a little higher than last year.", "attachment plus apology for the price"),
   ("S", "Fitting on the morning is included, and if you could possibly mention us in the parish newsletter, I'd be ever so grateful.", "fitting detail plus a favour for the seller"),
   ("T", "If it's too much, please just tell me what you can manage and I'll accept whatever that is.", "asking the buyer to name the number")])

# 16
email("septic tank emptying for the brook meadow campsite", "blunt", "Septic tank - still waiting", "Sally,", "Rick",
  [("H", "I've left you two voicemails, sent a text and messaged you on Facebook, and you still haven't come back to me.", "multi-channel chasing counted at the prospect (rule 13)"),
   ("HS", "I drove out twice in my own time to measure up your tank, so I think I'm owed a straight answer this week.", "seller effort as guilt with a demand (rule 15)")],
  [("N", "The last service report shows the tank at 85% capacity, and the season starts on 1 April.", "facts from the prospect's own report"),
   ("S", "Emptying it before the season costs 240 pounds, and I'll be honest, I've got a van payment due, so the work would really help me out.", "price plus the seller's own money worries, no date"),
   ("H", "I can empty it on 25 March, and if I don't hear back I'll just turn up at the site office on Monday to sort it.", "a date offered plus threat to turn up uninvited")])

# 17
email("shop fitting for the marlowe street bookshop", "non-native English", "Shelves for your new bookshop", "Dear Mrs Fairley,", "Kind regards,\nJoao Ferreira",
  [("N", "Thank you for send me the floor plan of the new shop.", "courtesy"),
   ("T", "I am very sorry for disturb you again and I hope you are not angry with me for writing so often.", "apology for following up and approval-seeking")],
  [("N", "For the children corner I propose low shelves of 90 cm, so the children can reach the books alone, like you asked.", "recommendation tied to the prospect's request"),
   ("T", "I can come to measure again next Tuesday, if it is not too much trouble for you, maybe?", "visit ask plus hedges and permission-seeking"),
   ("S", "Our company made shelves for more than 300 shops and we have many prizes, we are very famous in Portugal.", "generic boast"),
   ("ST", "The price for all shelves is 14,200 euro, and if it is too much I make you 10% less when you write for us a review on Google.", "borderline: price plus a discount offered for a review (rule 7)")],
  [("S", "Delivery is possible in three weeks, and my boss say this project is very important for our company image in England.", "delivery detail plus the seller's company standing, no demand")])

# 18
email("tarmac resurfacing for the st peter's church lane", "warm", "Church Lane resurfacing", "Dear Reverend Clarke,", "Warm regards,\nPaul Denton",
  [("N", "It was a pleasure to walk the lane with you and Mr Ainsley after the service.", "pleasantry"),
   ("N", "The potholes by the lychgate are the ones your insurer flagged, so we'd start there.", "plan tied to the prospect's insurer")],
  [("N", "Our price holds until the end of June, because the bitumen supplier's new rates start in July.", "borderline: price expiry stated once with its reason (rule 4)"),
   ("HS", "I've really gone out on a limb with my boss to hold that price for you, so it would be a poor return if the PCC sat on it.", "seller's standing used as guilt (rule 15)"),
   ("S", "We'd lay a 60 mm binder course with a camber so water runs to the gullies, just as we've done for cathedrals, stately homes and even a royal estate.", "method detail plus a generic boast")],
  [("N", "Would a Monday start suit, as the lane is quietest then?", "next step with a reason")])

# 19
email("taxidermy conservation for the holcombe natural history museum", "formal", "Conservation of the bird cases", "Dear Dr Whitcombe,", "Yours faithfully,\nDr Simon Harcourt",
  [("N", "Thank you for allowing us to examine the Victorian bird cases last Thursday.", "courtesy"),
   ("N", "Eleven of the forty specimens show active moth damage, which we confirmed from the frass beneath the mounts.", "inspection finding")],
  [("N", "Freezing treatment would halt the infestation without leaving chemical residues on the plumage.", "product detail tied to the collection"),
   ("H", "Your trustees must commission this at once; frankly, it reflects poorly on the museum that it has been left this long.", "directive and shaming"),
   ("H", "I have taken the liberty of raising the invoice for the first phase, which you will find attached for payment.", "assumptive invoice before a yes"),
   ("H", "Our treatment plan is enclosed, and I shall assume we may begin on 2 June unless you tell me otherwise.", "treatment plan plus silence taken as a yes"),
   ("S", "Our conservators hold the Icon accreditation your insurer asked about, and we are, I might add, the only firm in the country to hold both of the major ones.", "credential the buyer needs plus a generic only-firm boast")])

# 20
email("tile restoration for the beaumont hotel hallway", "chatty", "Those lovely hallway tiles", "Hi Georgie,", "Speak soon,\nAmy x",
  [("N", "So glad you liked the test patch by the front door!", "pleasantry"),
   ("S", "The new steam-clean rig lifts grime without soaking the grout, and I'm seriously buzzing about it, the team's been dying to show it off.", "product detail plus the seller's excitement about its own kit")],
  [("N", "Your guests walk across that floor a few hundred times a day, so we'd use the commercial-grade sealant.", "recommendation tied to the prospect's traffic"),
   ("T", "The full hallway comes to 3,400 pounds, but no pressure at all, honestly, take as long as you like.", "price plus minimising"),
   ("T", "And if that's a stretch, I'm happy to knock a chunk off, just say the word.", "unprompted discount"),
   ("S", "We'd start on a Monday when the hotel is quiet, and I'd love to grab a photo of the finished floor for our Instagram.", "scheduling plus a favour for the seller's marketing")])

# 21
email("uv water treatment for the ferndale holiday cottages", "terse", "UV unit", "Hi Rhys,", "Thanks,\nCeri",
  [("N", "Your last water test showed coliforms at two of the five cottages.", "the prospect's own data"),
   ("N", "A UV unit after the filter clears that without chemicals; spec and price attached.", "value and attachment"),
   ("N", "Installation takes half a day; would the 18th work?", "next step with a date")])

# 22
email("vertical blinds for the ashby road surgery", "very deferential", "Blinds for the consulting rooms", "Dear Dr Mistry,", "With every good wish,\nMargaret Lowe",
  [("N", "Thank you so much for letting me measure the consulting rooms on Monday.", "courtesy"),
   ("T", "I do apologise for the length of this message, and for any inconvenience my visit may have caused.", "apology for length and for normal selling")],
  [("N", "Blackout blinds for rooms 3 and 4 would stop patients being seen from the car park, which your practice manager raised.", "value tied to the prospect's concern"),
   ("T", "If it weren't too much bother, might you possibly be willing to cast an eye over the attached quote at some point?", "quote attached plus stacked hedges"),
   ("T", "The blinds could go up on a Wednesday afternoon when the surgery is closed, though naturally I would fit in with whatever suits you, any time at all.", "fitting slot plus minimising"),
   ("T", "Of course, if another supplier suits you better, I completely understand and thank you for even thinking of us.", "pre-emptive release and thanks for considering")])

# 23
email("video walls for the northfield sports bar", "blunt", "Video wall install", "Dave,", "Mike",
  [("N", "Here's the pricing you asked for on the 3x3 wall: $18,400 installed.", "requested price"),
   ("N", "The panels are rated for 18 hours a day, which covers your opening hours with margin.", "product detail tied to the bar")],
  [("H", "Every sports bar on Main Street already has one, so right now you're the only place where fans can't see the game properly.", "peers already bought, used to shame"),
   ("S", "The wall comes with our in-house content system, which our engineers built and which, frankly, is the best thing on the market.", "product detail plus a boast"),
   ("HS", "The tracker shows you opened my last three emails, and after the hours I put into your layout, the silence is pretty disrespectful.", "read-receipt guilt and seller effort as guilt (rules 13, 15)"),
   ("H", "The install crew is free on the 9th, and I'm sending the deposit invoice today to lock them in.", "install date plus an assumptive invoice")])

# 24
email("vineyard netting for the hartfield wine estate", "warm", "Netting before veraison", "Dear Anna,", "All best,\nTheo",
  [("N", "Thank you for showing me round the Bacchus block on Friday, and congratulations on the medal for the 2022 sparkling.", "pleasantry"),
   ("N", "You lost about a fifth of the Bacchus to starlings last year, which at your cellar-door price is close to 9,000 pounds.", "cost figure from the prospect's own data, as information")],
  [("N", "The netting mill allocates stock for August delivery by 15 June, so an order after that would likely arrive after veraison.", "borderline: manufacturer allocation stated once with its reason (rule 4)"),
   ("N", "I'd suggest netting the Bacchus and Ortega rows this year and reviewing the rest after harvest.", "confident recommendation"),
   ("N", "Could we talk it through on Thursday afternoon?", "plain ask")])

# 25
email("welding fume extraction for the castleford fabrication works", "formal", "Fume extraction following the HSE visit", "Dear Mr Okoro,", "Yours sincerely,\nRachel Dunn",
  [("N", "Thank you for sharing the HSE inspector's letter.", "courtesy"),
   ("N", "The letter requires on-tool extraction for all MIG welding by 1 September, so the install would need to start in early August.", "borderline: a regulator's deadline stated once with its reason (rule 4)")],
  [("S", "Airclear Systems is proud to be the most-awarded extraction specialist in the North.", "awards boast"),
   ("S", "Our units offer HEPA filtration, auto-start sensors, spark arrestors, Bluetooth monitoring, app control, LED status rings and a five-year warranty.", "feature list"),
   ("HS", "Installation takes two days during your August shutdown, and my sales director has asked to see your order on this month's figures.", "install detail plus the director's month as the reason to order (rule 16)"),
   ("H", "The quotation for the four bays is attached; please return the signed order form with card details for the 30% deposit by return.", "quotation plus an assumptive payment demand")])

# 26
email("wood pellet supply for the birkdale primary school", "non-native English", "Pellets for your school boiler", "Hello Mr. Carter,", "Best regards,\nAndrei Popescu",
  [("N", "Thank you for answer my questions about the boiler on the phone.", "courtesy"),
   ("T", "Sorry, sorry, I know I write you too many times, please forgive me.", "repeated apology for following up")],
  [("N", "With a 10-tonne delivery in October, your boiler has enough for the whole autumn term.", "value tied to the school"),
   ("T", "I can also deliver on Saturday when the school is empty, and if the price is too high, I give you 15% less, no problem.", "delivery offer plus an unprompted discount"),
   ("H", "The price is 285 pounds per tonne, but you have to decide today, because tomorrow the price go up and you will regret it all winter.", "price plus a fake deadline and regret"),
   ("HS", "My manager say if I don't bring this contract before end of month he is very disappointed with me, so please sign soon.", "manager as the reason for a month-end signature (rule 16)")])

# 27
email("x-ray inspection of the delgado foundry castings", "chatty", "X-ray inspection for the valve bodies", "Hi Luis,", "Cheers,\nBeth",
  [("N", "Great talking on Tuesday about the porosity problem on the valve bodies.", "pleasantry"),
   ("N", "If 6% of castings are failing at your customer's pressure test, catching them before machining would save you the machining cost on every reject.", "value from the prospect's own figure")],
  [("S", "Fun fact: we've got the biggest real-time X-ray cabinet in the Midwest, and we just got written up in Foundry Monthly!", "generic boast"),
   ("ST", "I'm really hoping to get this one over the line, it'd be my first big win since I started, so fingers crossed you say yes!", "pleading for the seller's own first win"),
   ("T", "We could run a free test batch of twenty castings next week, if that's not too cheeky to suggest?", "test offer plus approval-seeking"),
   ("H", "Honestly, your line can't go another quarter without this, so let's get the paperwork done this week.", "directive with pressure")])

# 28
email("yard lighting for the abbotsfield haulage depot", "formal", "Yard lighting survey results", "Dear Mr Grant,", "Yours sincerely,\nAlan Brierley",
  [("N", "Thank you for arranging access to the yard on Wednesday night.", "courtesy"),
   ("N", "Lux readings at the fuel island were under 20, well below the 50 your insurer specifies for night refuelling.", "finding tied to the prospect's requirement")],
  [("N", "Apologies that the survey report is a day late; one of our meters failed calibration and we re-ran the readings to be sure.", "borderline: single courtesy apology for a real delay with its reason (rule 3)"),
   ("N", "Six LED floods on the existing columns would bring every loading bay above the insurer's figure.", "concrete value"),
   ("N", "I will call on Monday at 10 to go through the figures with you.", "next step with a date")])

# 29
email("zoo signage for the thornwick wildlife park", "blunt", "Signage", "Helen,", "Graham",
  [("N", "Your visitor feedback says people can't find the lemur walk-through, and that's exactly what wayfinding signs fix.", "value from the prospect's feedback"),
   ("N", "The full set of 22 signs comes to 8,900 pounds, printed and installed.", "price")],
  [("H", "Our print shop is nearly booked out for the season, and I won't be able to hold your place much longer.", "scarcity without a date"),
   ("T", "But if money's tight, I'll match the cheapest quote you've had, no questions asked.", "unconditional price match"),
   ("H", "Please don't make me chase you for this one.", "entitlement aimed at the prospect"),
   ("H", "The proofs are attached, and I've told our printer you're going ahead, so the deposit invoice will follow tomorrow.", "proofs attached plus an assumptive invoice")])

# 30
email("music therapy sessions for the willowbank care home", "warm", "Music sessions at Willowbank", "Dear Jo,", "With warm wishes,\nCarys",
  [("N", "Thank you for welcoming me to the lounge last week, and please pass my thanks to Edna for the song requests.", "pleasantry"),
   ("N", "You mentioned that afternoons are when residents with dementia become most unsettled, so I'd suggest weekly sessions at 3 o'clock.", "recommendation tied to the prospect's concern")],
  [("S", "The sessions would use songs from the residents' own youth, and I'm so excited about this, it's honestly the project I've been dreaming of since I qualified.", "product detail plus the seller's excitement and dreams"),
   ("N", "I've attached a sample session plan and the fee for a 12-week block.", "attachment, logistics"),
   ("ST", "It would mean the world to me personally if you'd give us the chance.", "pleading for the seller's own sake (rule 15)"),
   ("T", "The first session could be on Tuesday the 4th, but only if you're sure, I really don't want to be any trouble.", "proposed date plus approval-seeking")])

# 31
email("machine guarding for the pennine packaging plant", "terse", "Guarding quote", "Karen,", "Steve",
  [("N", "Guarding quote for lines 2 and 3 attached, as discussed.", "attachment"),
   ("HS", "Need it signed by Friday, the quarter closes then and I'm short.", "seller's quarter as the reason for a date (rule 16)"),
   ("H", "No reply means I book the fitters.", "silence taken as a yes"),
   ("H", "Fitters are free on the 12th; card details today and they're yours.", "install date plus an assumptive payment demand")])

# 32
email("nut-free catering for the hollybrook school trips", "very deferential", "Nut-free lunches for the school trips", "Dear Mrs Patel,", "Yours most sincerely,\nLinda",
  [("N", "Thank you for explaining the allergy plans for the Year 5 trips.", "courtesy"),
   ("T", "I'm so sorry to be a nuisance, but I only wanted to gently see whether the menu had made it anywhere near the top of your pile?", "apology and check-in as the purpose")],
  [("N", "Every lunch would be prepared in our nut-free kitchen and labelled with each child's name, as your allergy policy requires.", "value tied to the prospect's policy"),
   ("S", "The full menus are attached, and I'd be so grateful if you could recommend us to the other schools in the trust.", "attachment plus a referral favour"),
   ("T", "The price is 4.20 pounds per child, and I do hope that isn't a problem, but if it is, I'm sure I could bring it down for you.", "price plus apology and an unprompted discount"),
   ("T", "I'd be heartbroken to let you down, so please tell me if I've got anything wrong.", "need for approval")])

# 33
email("plumbing backflow testing for the riverside medical center", "formal", "Annual backflow testing", "Dear Ms. Alvarez,", "Sincerely,\nDaniel Reyes",
  [("N", "Thank you for your inquiry about testing the backflow preventers at the Riverside campus.", "courtesy"),
   ("N", "Your facilities manager mentioned the city's report is due October 31, so we'd aim to test in the second week of September.", "the prospect's own deadline")],
  [("S", "We are the premier backflow firm in the tri-state area, with over 25,000 devices tested and an A+ rating.", "generic boast"),
   ("HS", "The agreement is ready for signature, and frankly, my regional manager is expecting this account on the books by Friday, so I'll need it back before then.", "agreement ready plus the manager's wish as the reason for a date (rule 16)"),
   ("H", "A facility of your reputation really shouldn't be dragging its feet on water safety.", "shaming")],
  [("N", "The agreement covers all fourteen devices on the campus.", "product detail")])

# 34
email("quiz night hosting for the fox and hounds", "chatty", "Quiz nights at the Fox", "Hiya Sue,", "Ta,\nDeb",
  [("N", "Thanks for the chat on Thursday, and good luck with the new menu launch!", "pleasantry"),
   ("N", "You said Tuesdays are your quietest night, with under 30 covers, so a weekly quiz is exactly where it'd earn its keep.", "value from the prospect's own figure")],
  [("T", "Only bobbing back up to see whether it's still on your radar, totally fine if not!", "check-in as the purpose, minimised"),
   ("S", "We've got quizmasters, a buzzer system, a music round app, picture rounds, a leaderboard screen, themed nights and our own branded answer sheets.", "feature list"),
   ("S", "Could you pop us a five-star review on Tripadvisor while you're mulling it over?", "review favour before any service"),
   ("H", "You mentioned wanting something for Tuesdays from next month, so I've gone ahead, booked you in from the 7th and put the invoice in the post.", "the prospect's own goal plus an assumptive booking and invoice")])

# 35
email("rodent proofing for the haverleigh grain store", "blunt", "Rodent proofing, grain store", "Mr Fenwick,", "J. Stott",
  [("N", "Straight to it: we found eleven gaps under the cladding large enough for rats.", "inspection finding"),
   ("N", "Your own trap counts doubled between August and October, which fits those entry points.", "the prospect's own data")],
  [("N", "Sealing them costs 2,350 pounds, and I'd do that before spending any more on bait.", "price and confident recommendation"),
   ("N", "If you'd rather not go ahead, what would you want to see first?", "question accepting a possible no")])

# 36
email("sandbags and flood gates for the riverside cottages", "warm", "Flood gates for the cottages", "Hi Eleanor,", "Best wishes,\nTom",
  [("N", "I'm so sorry to hear the ground floor flooded again in February, that must have been exhausting.", "sympathy"),
   ("N", "Demountable gates on the two doorways would have kept out the 40 cm you had that night.", "value tied to the prospect's flood")],
  [("N", "I've attached the measurements and a price for both doors.", "attachment"),
   ("H", "Another winter like that and you'll have nobody but yourself to blame, so please don't let this slide.", "guilt aimed at the prospect"),
   ("S", "The gates are aluminium and go up in under ten minutes, and I have to say we were named Flood Product of the Year, which we're chuffed about.", "product detail plus an award boast"),
   ("HT", "Both gates come to 2,100 pounds, and if you order before Sunday I'll take a fifth off, but that disappears after the weekend.", "price plus a discount conditioned on the seller's date (rule 7)")])

# 37
email("stair nosing replacement for the castlemead shopping centre", "formal", "Stair nosings, Castlemead", "Dear Mr Bhatt,", "Yours sincerely,\nRuth Ingham",
  [("N", "Thank you for the incident log covering the east stairs.", "courtesy"),
   ("N", "Seven of the nine slips recorded this year happened on the two worn flights, where the nosings have lost their contrast strip.", "insight from the prospect's log")],
  [("N", "We recommend replacing those two flights first, with high-contrast aluminium nosings that meet the current building regulations.", "confident recommendation"),
   ("N", "Just a note that the stairs would be closed for one evening per flight, which your security team can sign off.", "borderline: one polite 'just' (rule 1)"),
   ("N", "Could we confirm a date with your operations manager next week?", "plain next step")])

# 38
email("tapestry cleaning for the aldbury castle great hall", "non-native English", "Cleaning of the tapestries", "Dear Mrs Hollis,", "Kind regards,\nLieve Janssens",
  [("N", "Thank you very much for the visit of the great hall on Monday.", "courtesy"),
   ("N", "The two tapestries near the window have much dust and the blue colours are fading, I think from the afternoon light.", "inspection finding")],
  [("S", "Our atelier is working for famous museums in Belgium, France and Italy, also for the royal family, we are the best in Europe.", "generic boast"),
   ("T", "We can clean one corner as a test, and maybe, if possible, perhaps you could think about it, only if you want, of course.", "test offer plus stacked hedges"),
   ("HS", "I need to close this before my director come back from holiday on the 20th, so please confirm before this date.", "director as the reason for a date (rule 16)"),
   ("T", "The price for both tapestries is 7,600 euro, I am sorry it is so much.", "price plus an apology for the price")])

# 39
email("tree planting for the whinfell housing estate", "chatty", "Trees for Whinfell Green", "Hi Sam,", "Cheers,\nNia",
  [("N", "Thanks for the walk round Whinfell Green yesterday, the kids' football game was brilliant.", "pleasantry"),
   ("N", "Residents in your survey asked for shade by the play area, so I've put four limes and two field maples there.", "plan tied to the prospect's survey")],
  [("N", "Bare-root trees are cheapest and establish best, and they have to go in before they break dormancy in March.", "technical constraint with the reason"),
   ("N", "I'm around Friday morning if you'd like to mark the spots together.", "plain next step")])

# 40
email("wheelchair-accessible minibus for the elmfield day centre", "warm", "Minibus for the day centre", "Dear Patrick,", "Kind regards,\nFiona",
  [("N", "Thank you for sending through the outing schedule for the spring.", "courtesy"),
   ("N", "With six wheelchair users on the Thursday trips, the 16-seat bus with a rear lift would take everyone in one run.", "recommendation tied to the prospect's schedule")],
  [("HS", "I've bent over backwards for you on this, so it stings a bit that the board still hasn't decided.", "seller effort and hurt feelings as guilt (rule 15)"),
   ("H", "The finance figures you asked for are attached, and I'll copy your chief executive into my next email so this stops drifting.", "requested figures attached plus a bypass threat"),
   ("N", "I could bring the demonstrator bus on 3 April, if that works for the board.", "next step with a date"),
   ("T", "The lease is 1,150 pounds a month, and I could probably go lower if the board would rather.", "price plus an unprompted discount")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s77e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s77-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed77: held-out sales emails for the Poise tone coach\n")
    R.append("> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on\n7 December (in the tenth session) from the labelling guide alone, after that session's sentence-model change and its\nlast Apply changes, which it was written to judge, and measured first on that model (rules + model macro-F1 0.924:\nhard_close 0.925, self_serving 0.894, timidity 0.953; 0 of 105 clean sentences flagged; email agreement 0.950 / 0.975 /\n0.975).\n")
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
    R.append("- Every third email (s77e003, s77e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
