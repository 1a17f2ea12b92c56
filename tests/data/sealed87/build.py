#!/usr/bin/env python3
"""Build sealed87: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("gold leaf gilding for the aldgate lodge hall doors", "formal", "Regilding the lodge doors", "Dear Mr Okafor,",
      "Yours sincerely,\nMargaret Ilsley\nIlsley & Daughter Gilders",
  [("N", "Thank you for showing me the lodge doors on Tuesday and for the photographs of the original lettering.", "courtesy and recap"),
   ("N", "The test patch on the lower panel confirms the old size has failed, which is why the leaf is lifting along the top rail.", "diagnosis from the inspection")],
  [("S", "Our workshop has gilded for three cathedrals, two livery halls and a royal yacht, and we hold more heritage awards than any firm in the county.", "boast: prestige clients and awards not tied to the doors"),
   ("H", "The quotation you asked for is attached, and I have taken the liberty of pencilling your deposit into our ledger for the 14th so the gold can be ordered.", "requested quotation plus assumptive deposit before any yes")],
  [("HS", "I turned down a church job to keep that week free for your lodge, so I would take it rather poorly if the committee left me hanging.", "seller's sacrifice offered as guilt: hard_close and self_serving"),
   ("S", "I would be glad to meet the committee on the 20th, when I can also screen the film of our Westminster commission that won last year's gilding prize.", "meeting ask plus prize-winning showreel")])

# 2
email("grass seed supply for the penrose cricket club", "chatty", "Seed for the square", "Hi Dev,",
      "Rob\nFieldline Seeds",
  [("T", "Hope you don't mind me bobbing up in your inbox again, I know the start of the season is chaos!", "asks permission for a routine follow-up"),
   ("T", "I've put the renovation mix prices in the sheet you asked for, though honestly if they look steep I'm sure I could shave a bit off.", "requested price sheet plus unprompted discount")],
  [("N", "Your square had bare ends at both wickets in April, so the mix with more perennial rye would knit in faster before the first home fixture.", "value tied to the club's pitch"),
   ("T", "If you fancied a quick call I'm around all week, but only if it's no bother and you're not swamped.", "call offer plus permission-begging"),
   ("S", "It's the same mix we supplied to the county ground, and I'd be chuffed to bits to tell my boss I'd landed Penrose as well.", "product detail plus the seller's own stake"),
   ("N", "Good luck against Hatfield on Saturday.", "pleasantry")])

# 3
email("geothermal borehole drilling for the wendover primary school", "blunt", "Boreholes for Wendover", "Mrs Pryor,",
      "Gareth Moss\nDeepline Geothermal",
  [("N", "Following up on the borehole survey from last month.", "a single plain follow-up line"),
   ("H", "Every other school in the trust has already switched off gas, and Wendover is starting to look like the one that couldn't keep up.", "peers already switched, used to shame")],
  [("H", "You said the school closes on 19 July, and I've already told the rig crew to mobilise that Monday, so please have the gate unlocked from 7am.", "the school's own closing date plus mobilising before any yes"),
   ("HS", "I drove out to Wendover three times in my own time to get this design right, so a yes is frankly the decent thing to give me.", "seller's effort as guilt: hard_close and self_serving"),
   ("H", "A head who cared about the heating bills would have had this approved at the spring governors' meeting.", "shaming the prospect's judgement")],
  [("N", "The heat-loss model attached uses your own meter readings from last winter.", "attachment built on the prospect's data")])

# 4 clean
email("gas detector calibration for the harlow chemical stores", "formal", "Detector calibration visit", "Dear Ms Achterberg,",
      "With kind regards,\nNeil Barraclough\nSentinel Gas Services",
  [("N", "Thank you for sending the asset list for the twelve fixed detectors and the four portable units.", "courtesy"),
   ("N", "The sensor manufacturer is withdrawing the current calibration gas cylinders at the end of September because of a formulation change, so we would plan your visit before then.", "borderline: real external supply date stated once with its reason")],
  [("N", "Your log shows two of the portable units drifted by more than ten percent between the last two checks, so we would bump-test those first.", "insight from the prospect's own log"),
   ("N", "Would Thursday 12 June at 8am suit, before your first delivery arrives?", "clear next step with a date"),
   ("N", "I will confirm the certificate format with our quality manager and send a sample by Monday.", "checks with a colleague on a non-price matter, with a date")])

# 5
email("greeting card printing for the kettlewell gift shop", "warm", "Your hare cards", "Hi Priya,",
      "Warmly,\nJune\nPaperlark Press",
  [("N", "It was lovely to meet you at the trade fair, and your watercolour hares are still on my mind.", "pleasantry"),
   ("S", "We're so excited to unveil our new foil-press line, which our team has been pouring its heart into since January!", "the rep's excitement about their own launch"),
   ("S", "The sample pack is on its way, and in it you'll find our brochure of every paper, finish, envelope colour, fold, die cut and coating we offer.", "sample pack plus feature list")],
  [("N", "For a run of 500 per design, the four hare cards would come to £312 including envelopes.", "price the prospect asked for"),
   ("S", "I'd love to pop in on Thursday and show you the whole range, every single card we've ever designed!", "visit ask plus showing off the whole range"),
   ("H", "I've set aside press time for you on the 3rd, so I'll put the order through unless you shout.", "press date plus silence treated as a yes"),
   ("S", "Once the cards are selling, would you be a sweetheart and leave us a glowing review on our website?", "asks a favour that benefits the seller before any value")])

# 6
email("grappling dummies for the halden police training centre", "terse", "Dummies - order", "Sgt Booth,",
      "Lee\nMatwise Training Kit",
  [("H", "Third email on this now and still nothing back.", "counts unanswered attempts at the prospect"),
   ("H", "The spec sheet is attached and the invoice for the first six went out today, so we're ready to go.", "attachment plus assumptive invoice"),
   ("N", "Two of your existing dummies split at the seams in March.", "fact about the prospect's kit")],
  [("S", "We kit out the gyms of three premiership football clubs, so you couldn't be in better hands.", "generic boast about clients"),
   ("H", "Delivery can be on the 9th, the date your instructor gave me, and I've already put you down for the annual replacement plan.", "the prospect's own date plus assumptive contract"),
   ("H", "Happy to show your instructors how to refill them, but if I don't hear by Friday I'll take it up with your superintendent.", "training offer plus bypass threat")])

# 7
email("grit blasting for the tennant bridge railings", "very deferential", "Tennant Bridge railings", "Dear Councillor Ashe,",
      "With my humble thanks,\nDesmond Fairlie\nFairlie Surface Prep",
  [("T", "Please forgive me for writing yet again and taking up more of your valuable time.", "apologises for an ordinary follow-up"),
   ("T", "I was only wondering whether perhaps you might possibly have had a moment to look at the railing figures, if it isn't too much of an imposition.", "stacked hedges and permission-seeking")],
  [("T", "I attach the revised method statement you requested, and I do apologise that the price has come out higher than I had hoped.", "requested method statement plus apology for the price"),
   ("N", "The coating on the north span is failing at the base plates, so blasting and priming before winter would stop the corrosion spreading into the castings.", "expert recommendation with the reason"),
   ("T", "Of course, if the council would rather go elsewhere I would entirely understand, and I am simply grateful to have been considered.", "pre-emptive release and thanks for being considered")])

# 8
email("gemstone supply for the thornley jewellery school", "non-native English", "Garnets and peridots for student kits", "Dear Mrs Thornley,",
      "Best regards,\nTomasz Wrona\nWrona Gems Ltd",
  [("N", "Thank you for your inquiry from last week about the garnets and peridots for the student kits.", "courtesy"),
   ("S", "Our company is biggest gemstone importer in north of England since 1987 and we have certificates from many international associations.", "boast: size, years in business, certificates not tied to the school")],
  [("T", "Price for 200 mixed stones is £640, but if this is too much for you please tell me what price you can pay and I will try to match it.", "requested price plus asking the buyer to name their number"),
   ("N", "The stones can be send by tracked post within five working days.", "logistics"),
   ("H", "They are ready to ship on the 10th like you write, and I already prepare the invoice for you to pay.", "the prospect's own date plus assumptive invoice"),
   ("ST", "Also my boss is watching my numbers very close, so please, it will help me very much personally if you choose us.", "pleading for the seller's own sake: self_serving and timidity")])

# 9 clean
email("harp restoration for the cathedral music school", "warm", "The Erard in the practice room", "Dear Elspeth,",
      "With best wishes,\nOwen Teague\nTeague Harp Workshop",
  [("N", "Thank you for letting me spend the afternoon with the Erard in your practice room.", "courtesy"),
   ("N", "The soundboard crack is stable, but the pedal rods are worn enough that the D and G strings will keep buzzing until they are rebushed.", "diagnosis"),
   ("N", "I'd suggest doing the action work now and leaving the soundboard until the summer, since the pupils' recital on 22 March is the date that matters most to you.", "confident recommendation around the prospect's own date")],
  [("N", "Apologies for the slow reply; I was waiting for the parts maker in Paris to confirm they still make the rod bushes, and they do.", "borderline: single courtesy apology for a real delay with the reason"),
   ("N", "Could I collect the action on the 3rd, so it's back with you a full week before the recital?", "next step with a date")])

# 10
email("hydroponic towers for the hillgate community kitchen", "chatty", "Growing your own salad!", "Hey Sam!",
      "Cheers,\nMia\nGrowStack",
  [("S", "Big news from our end: we just closed our Series A and the investors are over the moon with our growth!", "boast about investors and growth"),
   ("N", "You mentioned the kitchen spends about £90 a week on salad leaves, which four towers would cover from about week six.", "value from the prospect's own figures")],
  [("T", "I've booked a slot on Thursday at 2 to show you the towers, but honestly don't worry about it if you're too busy, I totally get it.", "meeting ask plus pre-emptive release"),
   ("T", "And I know charities run on tight budgets, so I'm happy to knock a third off before we've even talked.", "unprompted discount before value"),
   ("H", "The towers would fit your back yard with room to spare, and honestly every community kitchen in the city has them already, so you're falling behind.", "site fit plus peers-already-bought shaming")],
  [("HS", "PS: I've held the Monday delivery slot for you, and if we can get this signed by the 30th it would really help me hit my target for the month!", "held delivery slot plus a signing date driven by the seller's monthly target")])

# 11
email("heritage paint matching for the carrington mill flats", "formal", "Historic colour analysis: Carrington Mill", "Dear Mr Hallam,",
      "Yours sincerely,\nClaire Wetherell\nPalimpsest Colour",
  [("N", "Thank you for the paint scrapes from the stairwell; the laboratory has found three historic layers beneath the magnolia.", "courtesy and finding"),
   ("S", "As the only firm in Britain with its own pigment laboratory, we are proud to be the first choice of the country's leading conservation architects.", "boast: unique lab and prestige"),
   ("S", "Our report is enclosed, and you will notice it runs to forty pages, as we are quite simply the most thorough analysts in the trade.", "enclosed report plus boast")],
  [("H", "Our colourist has only a couple of commissions left to allocate this season, and two other developers are already asking after them.", "scarcity without a date, with rival buyers"),
   ("HS", "I have given this project a great many of my own evenings, and after that I think a firm answer from the board is the least I am owed.", "seller's effort as guilt: hard_close and self_serving"),
   ("N", "The sample boards for the three colours will be at your site office on Monday 9 June.", "logistics with a date"),
   ("N", "Your conservation officer will want the second layer, a Georgian stone colour, on the stair balusters.", "insight tied to the prospect's listing")])

# 12
email("helipad lighting for the northfell air ambulance base", "blunt", "Helipad ring lights", "Hi Jonas,",
      "Nadia\nBeacon Aviation Lighting",
  [("N", "The aviation authority's lighting guidance changes in April, so the new perimeter lights would have to be fitted before your night-flying audit.", "borderline: regulatory date stated once with the reason"),
   ("H", "I've attached the spec you requested and reserved the installation crew for the 15th, so I'll want your card details today to hold them.", "requested spec plus card demand before a yes")],
  [("S", "We're the supplier of choice for most of Europe's private heliports and have a shelf full of design awards to show for it.", "generic boast and awards"),
   ("H", "Wait any longer and you'll be the only base in the region grounding night flights over a lighting fault.", "manufactured fear and shaming"),
   ("H", "The lights carry a five-year warranty, and should nobody object by Wednesday, I'll treat that as approval and start ordering.", "warranty detail plus silence treated as a yes"),
   ("HS", "They will suit both of your pads, and I'd really like this one booked before my quarter closes on the 31st.", "fit for the pads plus a date set by the seller's quarter")])

# 13
email("hat blocking for the mayfield milliners", "very deferential", "Wooden hat blocks", "Dear Miss Cardew,",
      "Yours most gratefully,\nEmily Stott\nStott Blockmakers",
  [("T", "I am so terribly sorry to trouble you again, and I do hope my earlier note did not come across as pushy.", "apology for following up and approval-seeking"),
   ("T", "The crown blocks you asked about are £85 each, which I know is a lot, and I'm truly sorry it can't be less.", "requested price plus apology for the price")],
  [("N", "Each block is turned from seasoned lime, so it will take steam for years without splitting.", "product detail tied to the milliner's use"),
   ("N", "The head sizes you listed, from 54 to 58, are all in stock.", "logistics"),
   ("N", "Blocks ordered by the 10th would reach you in time for the bridal season you mentioned.", "logistics around the prospect's season"),
   ("T", "I'll post the catalogue tomorrow, but I would have to ask my father whether there is any room on price, as I wouldn't dare decide that myself.", "catalogue plus deferring a price question to a manager")])

# 14 clean
email("handrail installation for the bramhope sheltered housing", "terse", "Stair rails - quote", "Hi Carol,",
      "Thanks,\nMartin\nSteadyrail",
  [("N", "Survey done on all three stairwells.", "logistics"),
   ("N", "Your residents' falls log shows four incidents on stair B since January, so that is where I would start.", "recommendation from the prospect's own data"),
   ("N", "Quote attached: £4,380 for stainless rails on both sides of all three stairs.", "plain price"),
   ("N", "Can we fit stair B on Monday 2 June, while your day centre is closed?", "next step with a date")])

# 15
email("hydraulic hose replacement for the ouseburn tipper fleet", "chatty", "Hoses for the tippers", "Morning Kev,",
      "Cheers,\nDaz\nFlexline Hydraulics",
  [("S", "Quick one, mate, I'm a couple of jobs short of my bonus this month so this order would make my week.", "seller's bonus stated, no date pressed on the prospect"),
   ("HS", "The hose prices you wanted are on the attached sheet, and if you could get the PO over by Friday that'd sort my month-end numbers.", "requested prices plus a deadline for the seller's month-end")],
  [("N", "Your fleet report shows the tipping rams on trucks 4 and 7 weeping at the crimp, which is the usual sign the hoses are near the end.", "insight from the prospect's report"),
   ("S", "We've got the biggest hose van fleet in the North East and won Distributor of the Year again, so you're in safe hands.", "boast and award"),
   ("H", "I've pencilled you in for Tuesday and already put the card from your last order through, to save time.", "booked slot plus charging the card before a yes"),
   ("N", "I can be at the depot on Tuesday at 6am before the wagons go out.", "next step with a date")])

# 16
email("ice sculpture for the harcourt hotel winter ball", "warm", "A swan for the winter ball", "Dear Annabel,",
      "Warm wishes,\nLaurence\nCrystal Chisel",
  [("N", "Thank you for sending the ballroom floor plan and the swan motif from your invitations.", "courtesy"),
   ("S", "Our carvers have appeared on three television craft shows, and our swans have been photographed by several celebrity magazines.", "boast about media exposure")],
  [("T", "I've pencilled in 13 December as you asked, but please don't feel at all obliged, and do say if you'd rather not go ahead.", "the prospect's own date plus pre-emptive release"),
   ("T", "I've also taken a little off the price already, in case it was more than you'd budgeted for.", "unprompted discount"),
   ("N", "A two-metre swan will last about five hours in your ballroom at twenty degrees, which covers the reception and dinner.", "product detail tied to the event"),
   ("S", "The design sketch is attached, and I must say it's the piece of work I'm proudest of this year.", "attached sketch plus the rep's own pride")])

# 17
email("ironmongery for the penhale cottage restoration", "formal", "Door furniture for Penhale Cottage", "Dear Mr and Mrs Pascoe,",
      "Yours faithfully,\nAlan Trewin\nTrewin Forge",
  [("N", "Thank you for your list of door furniture for the cottage.", "courtesy"),
   ("H", "The hand-forged latches you selected come to £1,140, and that price vanishes at the end of the week, so do move quickly.", "requested price plus invented expiry with urgency"),
   ("S", "Every piece is hand-forged in our Cornish workshop, which has been featured in Country Life twice and counts a duke among its clients.", "product detail plus boast: press and titled clients")],
  [("H", "Owners who settle for reproduction fittings in a house like yours always regret it, and I would hate to see you become the people who cut corners.", "shaming the prospect"),
   ("N", "Each latch comes with a matching keep and hand-cut nails.", "product detail"),
   ("H", "The forge will begin cutting your hinge straps on Monday unless I hear otherwise, and delivery will be on the 28th as you asked.", "the prospect's delivery date plus silence-as-consent")])

# 18
email("infrared heaters for the marlowe church cafe", "non-native English", "Heaters for church cafe", "Hello Reverend Mills,",
      "Best regards,\nAndrei Popescu\nWarmray Heating",
  [("T", "Sorry for write again, I hope I am not disturbing you too much with my many emails.", "apologises for following up"),
   ("N", "The heaters we discussed can warm the seating area in about ten minutes, so the cafe don't need to heat the whole nave.", "value tied to the cafe; need is harmless")],
  [("T", "I send the price list like you ask, but if it is too expensive for the church I can give maybe 20 percent less, no problem.", "requested price list plus unprompted discount"),
   ("T", "Maybe if possible we could perhaps meet next Tuesday at the church, only if you have some free moment?", "meeting ask plus stacked hedges"),
   ("N", "Installation takes one day and needs one 16 amp circuit near the serving hatch.", "technical prerequisite"),
   ("N", "The heaters make no noise, so they will not disturb the Tuesday prayer group.", "product detail tied to the church")])

# 19 clean
email("indoor plant hire for the castlebar insurance offices", "chatty", "Plants for the second floor", "Hi Lucy,",
      "Speak soon,\nTom\nLeafline Interiors",
  [("N", "Great to walk the second floor with you yesterday!", "pleasantry"),
   ("N", "Your staff survey said the open-plan area feels noisy and bare, and a row of tall planters along the glass wall would soften both.", "value tied to the prospect's survey")],
  [("N", "Just a heads-up that the nursery's spring price list runs until 31 May, after which their new tariff adds about 6% for transport costs.", "borderline: supplier price expiry stated once with its reason"),
   ("N", "Shall I bring a mock-up on your floor plan to Thursday's facilities meeting?", "plain ask with a date"),
   ("N", "Sorry to hear about the flooding in the basement, by the way; I hope the archive came through it.", "sympathy")])

# 20
email("isolation gowns for the greyfield care homes", "blunt", "Gowns - decision needed", "Mr Adeyemi,",
      "Regards,\nSimon Clegg\nBarrierCare Supplies",
  [("HS", "I spent two weeks building this costing for your homes, so I'd expect the courtesy of a decision rather than silence.", "seller's effort as guilt: hard_close and self_serving"),
   ("N", "Your infection-control audit logged 3,200 gowns used across the four homes last quarter.", "figure from the prospect's own data")],
  [("HS", "At that volume the price is £0.41 a gown, and I need the order in before my quarter closes on the 30th.", "volume price plus a deadline set by the seller's quarter"),
   ("H", "The rival group down the road moved to us last year and hasn't had a stock-out since, so you're rather the odd one out.", "peers already switched, used to shame"),
   ("S", "My director is watching this account closely, and I'd like to have good news to report back to him.", "seller's manager as the reason, no date")])

# 21
email("ivy removal for the ashdown hall boundary wall", "warm", "The boundary wall", "Dear Gwen,",
      "All the best,\nIvor\nHollins Stone & Lime",
  [("N", "It was a pleasure to walk the boundary with you and see how far the ivy has got into the coping.", "pleasantry"),
   ("N", "Where the roots have opened the mortar, the stones will start to drop within a couple of winters, so I'd take the ivy off and repoint in one visit.", "expert recommendation with evidence")],
  [("S", "We're a family firm, three generations of stonemasons, and I'm very proud of that.", "borderline: heritage line"),
   ("S", "Would you mind if we put a photo of your wall on our Instagram and tagged the Hall, as it'd be a lovely feather in our cap?", "asks a publicity favour before any work is done")],
  [("T", "The quote is attached, and I'm so sorry it's turned into such a long email, I do go on!", "attachment plus apology for length"),
   ("T", "Honestly, no rush whatsoever, get back to me whenever, or not at all if it's not for you.", "minimising and pre-emptive release")])

# 22
email("journal printing for the harwick local history society", "chatty", "Printing the Harwick journal", "Hey Marcus,",
      "Cheers,\nKat\nInkwheel Print Co.",
  [("S", "So stoked to tell you we just picked up two Gold awards at the print industry show for our short-run work!", "awards and the rep's excitement"),
   ("S", "Our shop runs a ten-color press, a perfect binder, a foil stamper, a die cutter, a digital proofer, a laminator and three designers on call.", "feature list not tied to the journal")],
  [("N", "Your annual journal launches at the society's meeting on 1 September, so we'd want the proofs signed off by mid-August to leave time for binding.", "the prospect's own date"),
   ("ST", "I've attached three cover ideas, and if you could write us a short testimonial afterwards I'd happily take 15% off.", "borderline: attached covers plus a discount offered for a testimonial")],
  [("H", "I've pencilled your proofs in for the 5th and the deposit invoice is already sitting in your inbox.", "proof date plus assumptive invoice"),
   ("N", "Does Tuesday at 11 work for a call with your program editor?", "next step with a date")])

# 23
email("juggling workshops for the fairfield primary summer club", "very deferential", "Circus skills for the summer club", "Dear Mrs Okonkwo,",
      "With many thanks,\nPip Marlowe\nThrow & Catch Circus Skills",
  [("T", "I hope you don't mind me getting in touch, and please bin this without a second thought if it's of no use to you.", "permission-seeking and minimising"),
   ("N", "Last summer our sessions at two nearby schools kept forty children busy for a whole morning, and the staff used the scarves and rings for the rest of the holiday.", "proof tied to the prospect's situation")],
  [("T", "I could come in on 29 July as your club leaflet suggests, but only if that's truly convenient and I won't be in anyone's way.", "the prospect's own date plus permission-seeking"),
   ("N", "A session for up to thirty children is £180, including all equipment.", "plain price"),
   ("N", "The children only need clothes they can move in, and we bring crash mats for the indoor hall.", "logistics"),
   ("T", "If the fee is a worry at all, I'm sure we could find some way to make it cheaper for you.", "unprompted concession")])

# 24 clean
email("jointing compound supply for the haybridge drylining firm", "blunt", "Compound trial results", "Dave,",
      "Cheers,\nRuth\nSmoothcoat Supplies",
  [("N", "Following up on the compound trial at the Orchard Street job.", "a single plain follow-up line"),
   ("N", "Sorry to hear the Bridge Road job was held up by the scaffolders.", "sympathy"),
   ("N", "Your lads reported the lightweight mix sanded in about half the time, which on your 40-board days saves roughly an hour per plasterer.", "value from the prospect's own trial"),
   ("N", "Pallet price for 48 tubs is £612, or £580 if you take two pallets a month on a six-month agreement.", "concession traded for volume and term"),
   ("N", "Shall I drop a second trial pallet at your yard on Thursday so the Mill Lane crew can try it too?", "clear next step with a date")])

# 25
email("jute rug supply for the millstone yoga studio", "warm", "Rugs for the new studio", "Hi Aisha,",
      "Love and light,\nBecca\nLoomroot Rugs",
  [("N", "Thanks so much for the tour of the new studio, the light in that room is gorgeous.", "pleasantry"),
   ("T", "I've attached the swatch card, and thought I'd float back up to the top of your inbox in case the rugs had crossed your mind at all.", "attachment plus a timid check-in")],
  [("N", "The tight-weave jute grips well under mats and won't shed fibres onto the studio floor.", "product detail tied to the studio"),
   ("ST", "Between us, I've had a really slow spring, so an order from you would honestly be a lifesaver for me.", "pleading for the seller's own sake: self_serving and timidity"),
   ("T", "For the twelve rugs you measured for it's £960, but I'd be happy to go lower if that feels like too much.", "requested price plus unprompted discount")])

# 26
email("jar labelling machine for the bramblewick honey farm", "formal", "Labelling the hexagonal jars", "Dear Mr Featherstone,",
      "Yours sincerely,\nGerald Prentice\nLabelwright Machinery",
  [("N", "Thank you for your enquiry about labelling the 340g hexagonal jars.", "courtesy"),
   ("N", "At your current 600 jars a week, the machine would free roughly a day of hand-labelling for your packing staff.", "value from the prospect's own volume")],
  [("S", "Labelwright is the fastest-growing machinery firm in the county and has recently secured backing from a major private equity house.", "boast: growth and investors"),
   ("H", "Producers who hesitate on automation this season tend to find their shelf space taken by the farms that did not.", "FOMO"),
   ("H", "I enclose the specification you requested, together with our direct debit mandate, which I would ask you to complete and return so that delivery can be arranged.", "requested specification plus assumptive payment mandate")],
  [("HS", "I have personally spent many hours on your configuration, so I hope you will repay that with a decision this week.", "seller's effort as guilt with a date: hard_close and self_serving"),
   ("H", "I have copied in your finance director, who will want the payback figures, and who will no doubt also want to know why this is still waiting.", "payback figures plus going over the prospect's head")])

# 27
email("kerosene tank replacement for the hollins farmhouse", "non-native English", "Your oil tank", "Dear Mr Hollins,",
      "Best regards,\nMarek Nowak\nSafeTank Services",
  [("N", "Thank you that you let me inspect the oil tank on Monday.", "courtesy"),
   ("N", "The old tank is single skin and the base is cracked near the outlet, so a leak would go straight into the stream behind the barn.", "inspection finding"),
   ("S", "Our tanks come with ten years warranty, and also we are the most famous tank company in all Cumbria.", "warranty plus boast"),
   ("H", "After what I see on the base, you need a new bunded tank, there is no other option for you.", "borderline: 'you need' directive delivered after a real inspection")],
  [("HS", "I must sell three tanks before end of this month or my manager is not happy, so please you give me answer before Friday.", "deadline pressed for the seller's manager and target: hard_close and self_serving"),
   ("HT", "The new tank can come on 3 July like you want, and if you sign before Friday I take off £150, after that no more discount.", "the prospect's date plus a discount tied to the seller's date")])

# 28
email("kids' magic shows for the larkspur library holiday club", "chatty", "Magic for the holiday club", "Hiya Jen,",
      "Cheers,\nZara\nAbracadabra Parties",
  [("T", "Soooo sorry to be that person clogging up your inbox again!", "apologises for following up"),
   ("N", "The half-hour show for under-eights includes a reading trick where the kids pick a book and the magician finds their page.", "product detail tied to the library")],
  [("T", "I can do the 4th or the 11th of August like you said, but honestly any day at all suits, I'll bend over backwards to fit round you.", "the prospect's own dates plus order-taker deference"),
   ("T", "Also if £150 is too much, tell me what you can stretch to and we'll make it work.", "asks the buyer to name their number"),
   ("S", "I can send the booking form today, and honestly my little business is my whole world, so every booking means so much to me.", "booking form plus the seller's feelings"),
   ("N", "Would it help if I sent a short video from last year's show at Brierley library?", "plain useful offer")])

# 29 clean
email("kerb ramp installation for the stanhope high street", "formal", "Dropped kerbs on the High Street", "Dear Ms Winterbottom,",
      "Yours sincerely,\nPaul Ekwueme\nLevelway Civils",
  [("N", "Thank you for sending the access audit carried out by your disability forum.", "courtesy"),
   ("N", "It identifies eleven crossings where the kerb height exceeds 25mm, which is the main barrier for wheelchair and scooter users.", "insight from the prospect's audit"),
   ("N", "I would recommend doing the four crossings by the surgery first, since the audit recorded the most complaints there.", "confident recommendation")],
  [("N", "The highway authority wants permit applications six weeks before works start, so for a late-September start we would submit by mid-August.", "borderline: permit lead time stated once with the reason"),
   ("N", "Our estimate for all eleven crossings is £27,500, with the work phased so no more than two crossings are closed at once.", "plain price"),
   ("N", "Could we meet on site on Wednesday 16 July at 10am with your highways officer?", "next step with a date")])

# 30
email("kite supply for the saltcoats kite festival", "blunt", "Festival kites", "Morag,",
      "Gus\nSkyline Kites",
  [("H", "Five messages and not one reply; you could at least tell me where this stands.", "counts attempts and demands a reply"),
   ("S", "The kites can carry the festival logo on both sides, and we're the UK's number-one kite brand, stocked in over 300 shops, with a celebrity ambassador.", "product detail plus boast: ranking, reach, celebrity")],
  [("H", "The order form for the 400 festival kites is attached, and I've already filled in your bank details from last year's invoice so it's ready to go.", "attached order form plus assumptive payment"),
   ("N", "Your festival opens on 23 August, so kites would need to land by the 16th for the welcome packs.", "the prospect's own date")],
  [("HS", "I turned down a bigger order from Skegness to keep this stock for you, so I'm owed more than silence.", "seller's sacrifice as guilt: hard_close and self_serving"),
   ("H", "There's a festival in Fife ready to take the whole batch, so it's yours today or it's theirs.", "scarcity ultimatum")])

# 31
email("keyboard lessons for the riverside u3a", "warm", "Keyboard course for beginners", "Dear Pamela,",
      "Kindest regards,\nHugo Wren",
  [("N", "Thank you for inviting me to the committee meeting; your members' questions were wonderful.", "courtesy"),
   ("N", "Several mentioned arthritis, so I'd run the beginners' group on keyboards with lighter keys and shorter sessions.", "value tied to the members"),
   ("N", "The library's upstairs room has enough sockets for eight keyboards, so the group could meet there on Wednesday mornings.", "logistics")],
  [("T", "I hope I didn't overstay my welcome, and I'm sorry if I rambled on about myself.", "approval-seeking and self-abasing apology"),
   ("T", "I've attached the ten-week course outline, though I'll completely understand if it's not what the committee had in mind and you'd prefer someone else.", "attachment plus pre-emptive release"),
   ("S", "The fee is £12 per person per session, and I've played the Royal Albert Hall twice and taught some very well-known names, as my website shows.", "requested fee plus boast")])

# 32
email("lectern microphones for the ashworth crematorium chapel", "formal", "Chapel sound system", "Dear Mr Pennington,",
      "Yours sincerely,\nRichard Dunmore\nClearvoice Audio",
  [("N", "I was very sorry to hear that the old system failed during a service last week; that must have been distressing for the family.", "sympathy"),
   ("N", "A gooseneck microphone with a feedback suppressor would stop the howl you described when the celebrant steps away from the lectern.", "value tied to the problem described")],
  [("S", "Installation would take one morning, and we have fitted sound systems in more than four hundred places of worship, with the best-qualified engineers in the country.", "installation detail plus generic boast"),
   ("H", "The quotation you asked for is enclosed, and as I'm sure you realise, any responsible chapel manager would have replaced this system years ago.", "requested quotation plus shaming"),
   ("H", "Each funeral held on the old system is another family's day spoiled, and that is on your conscience rather than mine.", "guilt aimed at the prospect")],
  [("H", "I am sending the same quotation to your chairman of trustees, so that he is aware of the delay on your side.", "copy of the quotation plus bypass to the chairman")])

# 33
email("lightbox signage for the petal & stem florists", "chatty", "Your new sign", "Hi Nell!",
      "Cheers!\nOllie\nGlowbox Signs",
  [("S", "Our team is buzzing because we've just become an official partner of a big-name design software company!", "boast and the rep's excitement"),
   ("N", "A slim LED lightbox above the door would make the shop visible from the bus stop across the road, which you said is where most of your walk-ins come from.", "value tied to the prospect's customers")],
  [("S", "I'll be honest, I'm keen on this one because a florist sign in my portfolio would help me land more shop clients.", "seller's own interest stated, no demand"),
   ("HST", "The mock-up is attached, and if you sign before the month ends I'll take 10% off, because that gets me over my target.", "attached mock-up plus a discount tied to a date for the seller's target"),
   ("H", "The frame is 1.8 metres wide to fit your fascia, and it's the last one in stock with the barber across the road eyeing it up.", "product detail plus scarcity and a rival buyer"),
   ("N", "The install would take two hours on a Monday, when the shop is closed.", "logistics")])

# 34 clean
email("laser engraving of the halcombe rowing club oars", "warm", "Presentation blades", "Dear Fiona,",
      "Best wishes,\nSeb\nKeel & Kerf Engraving",
  [("N", "Congratulations to the women's eight on the regatta win, what a race!", "pleasantry"),
   ("N", "For the twelve presentation blades you described, we can engrave the crew names and date on the loom and the club crest on the spoon.", "product detail tied to the request")],
  [("N", "The price is £38 per blade, or £34 if you'd like us to do the captains' blades each year as well.", "concession traded for repeat volume"),
   ("N", "I think the crest could potentially look sharper with gold infill than plain engraving, but the proof will show you both.", "borderline: a single mild hedge"),
   ("N", "Could you send the crest artwork by Friday, so the proofs reach you before your dinner on the 20th?", "next step tied to the prospect's date")])

# 35
email("language tutoring for the brenford export sales team", "blunt", "Spanish for the export team", "Mr Rossi,",
      "Chiara Bellini\nLinguaReady",
  [("N", "You told me the team loses Spanish-speaking leads because nobody can handle a first call.", "recap of the prospect's problem"),
   ("H", "Your exporters can't afford to stay monolingual another quarter, and this course is the one they have to take.", "telling the prospect what they need")],
  [("S", "We've trained staff at twenty FTSE firms, our founder wrote a bestselling phrasebook, and we've been ranked top tutor network three years running.", "boast: clients, founder, rankings"),
   ("H", "I've enclosed the timetable, and I've already put your team on the 3 June cohort, so just send the signed form back.", "enclosed timetable plus assumptive enrolment"),
   ("H", "Going by your own lead log, every month without Spanish costs you around eight enquiries, which is money you're handing to competitors.", "borderline: cost of delay from the prospect's data used to push")])

# 36
email("livestock trailer servicing for the kirkby stephen auction mart", "terse", "Trailers", "Hi Bill,",
      "Ta,\nNorman\nFellside Trailers",
  [("T", "Only nudging this again, sorry.", "contentless nudge with an apology"),
   ("N", "The floor boards on your double-deck were soft at the rear when I looked in May.", "inspection finding"),
   ("T", "Could do the 24th as you said, if that's really alright and it's not a nuisance.", "the prospect's own date plus permission-seeking"),
   ("ST", "Been a quiet month here so the work would really help me out, if you can.", "pleading for the seller's own sake"),
   ("T", "Totally fine if you'd rather leave it till next year, I'll drop you a line then.", "pre-emptively releases the prospect")])

# 37
email("lawnmower servicing for the ashcombe golf course", "formal", "Re: Mower servicing contract", "Dear Mr Fairweather,",
      "Yours sincerely,\nAndrew Kettle\nCutwell Turf Machinery",
  [("N", "Thank you for letting me know the committee has decided to stay with your current contractor this year.", "courtesy acknowledging the decision"),
   ("N", "Your greenkeeper mentioned the fairway units are due for regrinding in March, so I have attached our grinding notes for whoever does it.", "leaves value behind after the no"),
   ("T", "I quite understand, and I'm grateful you gave us a thought at all.", "accepts the no and thanks them for considering"),
   ("HS", "That said, I did spend three Saturdays measuring up your fleet, so I'm disappointed not to have been given a proper chance.", "seller's effort and feelings as guilt after a decision")],
  [("N", "If it would be useful, I'd welcome ten minutes to hear what tipped the decision, so we can improve.", "borderline: optional loss-review debrief"),
   ("H", "I'll stop by the greenkeepers' shed next week anyway, in case the committee has second thoughts.", "turning up uninvited after a clear no")])

# 38 clean
email("locker room refit for the westfield swimming baths", "chatty", "Changing room lockers", "Hi Shaz,",
      "Cheers,\nDanny\nPoolside Fitouts",
  [("N", "Thanks for the walk round on Friday, the tiled benches are going to look great once they're cleaned up.", "pleasantry"),
   ("N", "Your maintenance log lists 31 lockers with broken hinges, so we'd replace the whole bank on the men's side rather than patch it.", "recommendation from the prospect's own log"),
   ("N", "Laminate lockers won't rust in the humidity the way the current steel ones have.", "product detail tied to the site")],
  [("N", "We could work nights from 14 July so the changing rooms stay open for your school swimming bookings.", "logistics serving the prospect"),
   ("N", "Any questions on the drawings, ring me on the number below.", "plain close")])

# 39
email("lpg supply for the harbour view caravan park", "non-native English", "Gas supply for the caravans", "Dear Mrs Quayle,",
      "Kind regards,\nLuca Ferri\nCoastgas",
  [("N", "I write about the gas supply for the 60 caravans, as we discussed on the phone.", "logistics"),
   ("S", "Our company is number one LPG supplier in the region and we win many prizes for the service.", "boast: ranking and prizes")],
  [("HST", "The price you ask is 68p per litre, and if you confirm before Thursday I make it 62p, because Thursday is the end of my sales competition.", "requested price plus a discount tied to the seller's contest deadline"),
   ("H", "Other parks on this coast they all changed to us already, you will be the last one.", "peers already switched, used to shame"),
   ("T", "Delivery can start on 1 March, and if still you think it is expensive, say me your price and I try.", "start date plus asking the buyer to name their number"),
   ("N", "The tanks have remote gauges, so we refill before they run low and your guests never lose heating.", "product detail tied to the park")])

# 40
email("lighting design for the orion gallery exhibition", "formal", "Lighting the autumn exhibition", "Dear Dr Mensah,",
      "Yours sincerely,\nDr Felix Arden\nArden Light Studio",
  [("N", "Thank you for the tour of the east galleries and for the loan conditions from the lending museum.", "courtesy"),
   ("N", "Their limit of 50 lux on the works on paper means we would light the drawings from low-UV LED tracks and keep the sculpture hall brighter for contrast.", "insight tied to the prospect's loan conditions"),
   ("S", "Let me take you through our complete portfolio, from our award-winning opera house commission to our flagship showroom in Milan.", "walk-through of the seller's whole portfolio")],
  [("T", "I enclose the fee proposal, and I apologise that it is a little higher than last year's; I would be glad to reduce it if the board prefers.", "enclosed fee plus apology for price and unprompted cut"),
   ("ST", "I confess this commission would mean a great deal to my young studio, so I attach a draft plan and would be so very grateful for the chance.", "draft plan plus pleading for the seller's own sake"),
   ("T", "I was also wondering, if it isn't too forward of me, whether you might perhaps allow me to join the curators' meeting?", "meeting ask plus stacked hedges and permission-seeking"),
   ("N", "The exhibition opens on 4 October, so the lighting rehearsal would need to be complete by 27 September.", "the prospect's own date")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s87e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s87-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed87: held-out sales emails for the Poise tone coach\n")
    R.append("> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the eleventh session) from the labelling guide alone, after that session's Apply gate, which it was\nwritten to judge, and measured first on that code (rules + model macro-F1 0.930: hard_close 0.887, self_serving 0.961,\ntimidity 0.941; 0 of 103 clean sentences flagged; email agreement 0.950 / 0.975 / 1.000).\n")
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
    R.append("- Every third email (s87e003, s87e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
