#!/usr/bin/env python3
"""Build sealed111: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("grain silo cleaning for the hewthorpe grain co-op", "blunt", "Silo 3 before harvest intake", "Gareth,", "Rob Hale\nHale Silo Services",
  [("N", "Your intake log shows silo 3 held wheat at 16% moisture for nine days last August, which is where the crust on the north wall came from.", "figures from the prospect's own log"),
   ("N", "A two-day clean takes the crust off and leaves the aeration floor clear for your own inspection.", "concrete value tied to the prospect's bin")],
  [("H", "I've pencilled the crew in for the 14th, so all I need back from you is the signed works order.", "date plus booking the crew before a yes"),
   ("S", "We've emptied more bins than any outfit north of the Humber, and the certificates are framed in our reception to prove it.", "generic boast, nothing about the co-op's silo"),
   ("HS", "Price for both silos is £2,600, and I've turned another job away to keep my lads free for you, so I'd expect your signature this week.", "requested price plus the seller's sacrifice used as guilt for a signature"),
   ("H", "The other co-ops in the Vale sorted theirs back in March, so you're the last ones still dithering.", "peers who already bought, used to shame")])

# 2
email("green waste composting for the dunbury tree surgeons", "warm", "Where your chip and brash could go", "Dear Priya,", "Warm wishes,\nHelen Ashby",
  [("N", "Thank you for showing me round the yard on Tuesday; the crew were brilliant with the chipper demonstration.", "pleasantry"),
   ("N", "From the tipping sheets you shared, you're paying gate fees on roughly 40 tonnes of arisings a month.", "figures from the prospect's own data")],
  [("T", "I do hope it wasn't too forward of me to stay on for tea afterwards.", "seeking approval for an ordinary visit"),
   ("S", "Weekly collection would take all of that to our windrows at Marsh End, which have been voted the best composting site in the county three years on the trot.", "collection detail plus a ranking boast")],
  [("T", "Our quote is attached at £31 a tonne, and if that still feels steep, tell me what figure you had in mind and I'll make it work.", "requested price plus asking the buyer to name their number"),
   ("ST", "Winning Dunbury would honestly mean the world to me after such a slow spring, so I'm rather hoping you'll take pity on me.", "pleading for the seller's own sake")])

# 3
email("garden room build for the tollard house dental practice", "formal", "Garden room: drawings and programme", "Dear Dr Okonjo,", "Yours sincerely,\nMartin Greaves\nTollard Garden Rooms",
  [("N", "Following our meeting on 3 June, I enclose drawings for a 4 x 6 metre garden room to house the two additional surgeries you described.", "attachment and the prospect's own brief"),
   ("N", "Please note that the council's validation queue is currently running at eight weeks, so an application lodged in July would be decided in September at the earliest.", "borderline: real external lead time (planning), stated once with the reason")],
  [("S", "Tollard Garden Rooms has been family-owned since 1962 and was named Regional Builder of the Year in 2019, 2021 and 2023.", "heritage and award boast with no link to the practice"),
   ("HS", "I should be grateful if you could sign the enclosed order by the 28th, as that is the date my director has set for closing our summer book.", "enclosed order plus a signing date set for the director's reason"),
   ("T", "I do apologise for the length of this letter and for taking up so much of your time.", "apology for length and for normal selling")],
  [("T", "I shall telephone on Thursday afternoon to answer any questions on the drawings, if that would not be too much of an intrusion.", "follow-up call with a date plus permission-seeking")])

# 4 clean
email("geocaching trail design for the hollowmere country estate", "chatty", "Lake trail: first route", "Hi Lucy!", "Cheers,\nJamie",
  [("N", "Great to hear the trustees liked the idea of a family trail around the lake.", "pleasantry"),
   ("N", "Your gate counts show about 60% of weekend visitors arrive with children under twelve, so I've kept every cache within 800 metres of the cafe.", "figures from the prospect's own data tied to the design")],
  [("N", "The draft route map is attached, with the three caches near the heronry marked for your ranger to check against the nesting season.", "logistics, attachment"),
   ("N", "Just a heads-up that the listing site reviews new trails in monthly batches, so to be live for October half-term it would need submitting by 20 September.", "borderline: one polite 'just' and a real external deadline with its reason"),
   ("N", "Would Wednesday at 2 work to walk the route with your ranger?", "plain next step with a time")])

# 5
email("golf simulator installation for the birchwood social club", "chatty", "Simulator for the back lounge", "Hey Derek,", "Talk soon,\nCasey",
  [("N", "Thanks for sending over the bar takings from last winter; the dip between November and February is even steeper than you said.", "pleasantry about the prospect's own data"),
   ("S", "The SwingBay Pro fits your 5 metre back lounge, and it also packs 4K projection, launch tracking, 200 courses, online leagues, club fitting, a skills academy and a tablet for ordering pizza.", "product fit detail plus a feature list"),
   ("S", "Honestly I'm so fired up about this unit that I've been telling the whole office about your club.", "the rep's own excitement")],
  [("H", "Three clubs in the county already have one, and their members are asking why Birchwood is still stuck in 2005.", "peers who already bought, used to shame"),
   ("HT", "The deposit is £1,200, and if you get it over to me by Friday I'll knock 15% off the install.", "requested deposit figure plus a discount tied to the seller's date"),
   ("N", "It runs off a normal 13-amp socket, so there's no electrician needed.", "product detail"),
   ("T", "We could fit it on the 3rd, if that's not too presumptuous of me?", "install date plus seeking approval")])

# 6
email("gondola shelving for the pennock village store", "terse", "Shelving quote", "Mrs Pennock,", "Dave",
  [("N", "Quote for six runs of gondola shelving attached, as requested.", "attachment the prospect asked for"),
   ("H", "This finish won't hang about in the warehouse, so I'd order today.", "scarcity without a date and act-now push"),
   ("S", "We fit out more village shops than any firm in Yorkshire, and we were in The Grocer last month.", "generic boast"),
   ("N", "Install takes one evening after you close.", "logistics"),
   ("H", "Tell me the colour by Friday, or I'll take it as white and put the order through.", "colour question plus silence taken as an order")])

# 7
email("graphic recording for the thornbury nhs trust away day", "very deferential", "Away day on 12 March", "Dear Ms Adeyemi,", "With kind regards,\nIsobel Hart",
  [("T", "I'm so terribly sorry to trouble you again, and please forgive me for writing when you must be rushed off your feet.", "self-abasing apology for following up"),
   ("N", "You mentioned that the away day on 12 March is meant to get the ward managers agreeing three priorities for the winter plan.", "the prospect's own goal and date"),
   ("N", "A live drawing of the discussion gives each manager one wall chart of those priorities to take back to the ward.", "concrete value tied to the prospect")],
  [("T", "I was wondering whether you might perhaps consider having me along on the day, if that wouldn't be too much of an imposition?", "booking ask plus stacked hedges and permission-seeking"),
   ("T", "My day rate is £650, and I'm so sorry it's that much; I could easily bring it down if the budget is tight.", "requested rate plus apology for price and an unprompted discount"),
   ("T", "Please don't feel under any obligation to reply.", "minimising the rep's own email")])

# 8
email("grave digging contract for the wetherden parish council", "formal", "Cemetery contract from April", "Dear Councillor Pryor,", "Yours faithfully,\nGeorge Linton",
  [("N", "Thank you for the tender pack for the cemetery contract from April.", "pleasantry"),
   ("N", "Our price of £420 per full-depth grave, including backfilling and reinstatement of the turf after settlement, is set out on page 2.", "requested price and scope")],
  [("S", "We have been in business for 48 years, and the Bishop himself has praised the dignity of our work.", "years in business and a boast"),
   ("HS", "I have kept my team free for your parish all winter at some cost to myself, and I feel the council now owes me a decision this month.", "seller's sacrifice offered as guilt for a decision"),
   ("H", "The method statement is attached, and if the council cannot decide at the March meeting I shall take the matter to the District Councillor directly.", "attachment plus a threat to go over the council's head")],
  [("H", "I should be glad to answer any questions on the method statement, though I would remind the committee that the Clerk led me to believe this contract was mine to lose.", "offer of help plus entitlement aimed at the council")])

# 9 clean
email("garment printing for the ravensgill fun run t-shirts", "warm", "Fun run shirts: proofs and price", "Hi Sian,", "Best,\nTom",
  [("N", "Lovely to hear the fun run has 340 entries already, up from 210 last year.", "pleasantry"),
   ("N", "I've attached proofs of the front and back with the sponsor logos at the sizes your committee agreed.", "attachment"),
   ("N", "For 400 shirts in the size split on your spreadsheet, the price is £4.10 each, printed and bagged by size.", "price the prospect asked for")],
  [("N", "Our blank supplier has told us cotton prices rise on 1 May because of a new freight surcharge, so that figure holds for orders placed before then.", "borderline: price expiry stated once with its reason, no urgency language"),
   ("N", "If the proofs look right, shall I book the print for the week of 12 May so the shirts arrive ten days before race day?", "clear next step tied to the prospect's date")])

# 10
email("hamper packing for the ashwell food bank", "non-native English", "Packing of Christmas hampers", "Dear Mr. Collins,", "Best regards,\nMarek Nowak\nLinden Pack Services",
  [("N", "Thank you for the meeting last week and for explain us how the volunteers are making the Christmas hampers now.", "pleasantry"),
   ("N", "You told us 1,200 hampers must be ready by 18 December, so our team can pack 300 per day in your hall from the 11th.", "the prospect's own date with a plan")],
  [("T", "I am very sorry to write you again, I know you are very busy and I do not want to disturb.", "apology for following up"),
   ("S", "The price for the four days is attached, and our company is the biggest packing company in the region with the Logistics Excellence prize two times.", "attachment plus a generic boast"),
   ("H", "We come on the 11th with six people, and I send the contract already so you only need to sign it today.", "start date plus a same-day signature demand before a yes"),
   ("T", "Maybe we can make it cheaper also, maybe 30% less, if this helps you to decide.", "unprompted discount with hedges"),
   ("S", "When you are happy with the work, it helps us very much if you write a Google review for our company.", "review request for the seller, before any work is done")])

# 11
email("helmet cameras for the kestrel fell rescue team", "blunt", "Cameras for the team", "Andy,", "Mick",
  [("N", "You said the team logged 41 call-outs last year where the casualty's position was hard to describe to the air ambulance.", "figures from the prospect's own records"),
   ("N", "The K7 helmet camera streams over your existing radio mesh to the control van, so the doctor sees what your first responder sees.", "product detail tied to the prospect's problem")],
  [("H", "A demo on your next training night would show it working, but honestly, no team that cares about its casualties should be going out without these, and every week you wait is another rescue done blind.", "demo offer plus shaming and a cost-of-delay push"),
   ("H", "Eight units come to £3,960, and I've already raised the invoice, so send over the PO number.", "price plus an invoice raised before a yes"),
   ("S", "Battery life is nine hours in the cold, and we shipped 600 of these last year with two of the biggest outdoor brands as our investors.", "product detail plus volume and investor boast")])

# 12
email("heated seed propagators for the kirkwood community nursery", "chatty", "Propagators for the sowing season", "Hi Fran,", "Cheers,\nAnna",
  [("T", "Me again, nudging this up your inbox in case the propagator idea got lost under everything else, no rush whatsoever!", "check-in with no purpose plus minimising"),
   ("N", "Last time you mentioned the tomato and chilli sowings kept damping off in the cold greenhouse.", "the prospect's own problem"),
   ("N", "The heated benches hold a steady 21 degrees at the roots, which is usually what stops damping off in early sowings.", "product detail tied to the prospect")],
  [("T", "I hope it's okay that I asked your volunteer Ben for your direct number.", "seeking approval"),
   ("T", "A four-bench set is £480, but I know money is tight for a community nursery, so I'd happily do them at cost if that makes it easier.", "price plus an unprompted discount"),
   ("T", "I can bring a demo bench on Saturday morning when the volunteers are in, if that's alright and I won't be getting in anyone's way.", "demo offer plus permission-seeking")])

# 13
email("high-ropes course inspection for the treetop trail adventure park", "blunt", "Annual inspection", "Dear Mr Faulkner,", "Regards,\nClaire Moss",
  [("N", "Your operating manual requires an independent annual inspection of the course, and your last report is dated 14 April last year.", "the prospect's own process"),
   ("N", "Your insurer's certificate is conditional on that inspection, so a new report needs to be in place by 14 April for the cover to run on.", "borderline: real external constraint stated once with the reason")],
  [("H", "Frankly, any operator who cared about the children on those platforms would have booked this already.", "shaming the prospect"),
   ("H", "I've put you down for the 3rd, and unless I hear otherwise by Monday the crew will turn up.", "date plus silence taken as a yes"),
   ("N", "The inspection covers all 42 elements, the belay system and a timed staff rescue drill.", "scope detail"),
   ("S", "The report comes back within five days, and our team was on BBC Look North twice last year and took the Outdoor Safety Award in the autumn.", "turnaround detail plus media and award boast")])

# 14 clean
email("horse dentistry for the fallowfield livery yard", "warm", "Yard dental day", "Dear Rachel,", "Best wishes,\nEllen Ward, BAEDT",
  [("N", "I was sorry to hear Bramble has been off her feed since the colic scare.", "sympathy"),
   ("N", "Sharp hooks like the ones you described on her back molars often make an older mare drop feed, so it would be worth seeing her first.", "expert insight tied to the prospect's horse"),
   ("N", "For the 18 liveries on your list, a routine check and rasp is £55 a horse, and I can do the whole yard over two days.", "price the prospect asked for")],
  [("N", "I'm at the yard next door on the 9th; shall I start with Bramble that afternoon?", "clear next step with a date"),
   ("N", "If anything comes up before then, ring me on 07700 900412.", "logistics")])

# 15
email("house clearance for the ashby & pole probate solicitors", "formal", "14 Orchard Way", "Dear Ms Pole,", "Yours sincerely,\nPhilip Ashe\nClearwell House Clearance",
  [("N", "Thank you for your instructions regarding 14 Orchard Way; I understand the executors would like vacant possession by the end of the month.", "the prospect's own date"),
   ("S", "Clearwell is proud to be the top-rated clearance firm on three review sites, with over 10,000 houses cleared.", "rankings and volume boast"),
   ("S", "I'm also delighted to tell you about our brand-new premium estate service, which I'm personally very excited about.", "announcement and the rep's excitement")],
  [("N", "Our fixed price of £1,850 covers full clearance, a furniture valuation for the estate accounts and a broom-clean finish.", "price and scope the prospect needs"),
   ("S", "We can start on Monday 8th, and once the house is done, would your firm recommend us to your other probate clients and let us use your logo on our website?", "start date plus referral and logo requests"),
   ("HS", "Our terms of business are attached, and I'd ask for them back signed by Friday, as my area manager reviews the probate figures on Monday.", "attachment plus a signing date for the manager's reason")])

# 16
email("humidor cabinet for the churchill cigar lounge", "chatty", "Your humidor", "Hi Victor,", "Cheers,\nLuca",
  [("N", "Thanks for the tour of the lounge; the corner by the bar is a great spot for the cabinet.", "pleasantry"),
   ("HS", "I spent my whole weekend redrawing the cabinet around your pillar, so I'd honestly have expected a yes or no from you by now.", "seller's weekend offered as guilt for a decision"),
   ("HS", "The revised drawing is attached, and my sales manager is on my back to get it on the board before month end, so can we get it signed by the 30th?", "attachment plus a signing date for the manager's and month-end reason")],
  [("N", "The cabinet holds humidity within half a point of 70%, which is what stops wrappers splitting in a heated room.", "product detail tied to the prospect's room"),
   ("S", "Lead time is five weeks, and we also do wine walls, cigar lockers, tasting tables, bespoke bar backs and climate-controlled wardrobes.", "lead time plus a feature dump unrelated to the request")])

# 17
email("ice cream van hire for the lindsey high school prom", "chatty", "Van for the prom", "Hi Ms Greene,", "Thanks,\nGina",
  [("N", "Confirming we have the van free on Friday 27 June for the prom.", "logistics"),
   ("H", "Hire is £380 for two hours with 250 cones, as you asked, and I'll need your card number by return to hold the date.", "requested price plus card details before a yes"),
   ("H", "There's only one June Friday left and another school is sniffing around it, so I'll need a decision today.", "scarcity and demand for a decision today"),
   ("T", "Sorry if that sounds pushy, I really don't mean to be!", "apology for being pushy"),
   ("S", "The van comes with two servers, and we once did a royal garden party, which we still can't quite believe!", "staffing detail plus a name-dropping boast")])

# 18
email("indoor bowls carpet replacement for the kirkbride bowls club", "very deferential", "Re: carpet decision", "Dear Mr Henshaw,", "Kind regards,\nPaul Dennison",
  [("N", "Thank you for letting me know the committee has decided to hold off on the carpet until next year.", "acknowledging the decision"),
   ("T", "Of course, that makes complete sense, and thank you so much for even thinking of us; I'll drop you a line again next spring.", "accepting the brush-off and thanking them for considering"),
   ("T", "I do hope I didn't put anyone on the committee off with my presentation.", "seeking approval")],
  [("T", "I've attached the rink measurements for your files, and if it helps when you revisit it, I could probably take a good chunk off the price.", "attachment plus an unprompted discount"),
   ("ST", "It would be a real kindness to me if you kept us in mind, as I'm quite new and this would have been my first club.", "pleading for the seller's own sake")])

# 19 clean
email("insect zoo visits for the hazelmere primary science week", "chatty", "Minibeasts for science week", "Hi Dr Shah,", "Best,\nOmar",
  [("N", "Thanks for the timetable for science week; the Year 2 slots on the Tuesday look ideal.", "pleasantry"),
   ("N", "Each session handles 30 children, so your four Year 2 classes would each get a 40-minute session with the stick insects and millipedes.", "logistics tied to the prospect"),
   ("N", "We just need a table and a socket for the heat mat in each classroom.", "plain 'just' on a technical prerequisite")],
  [("N", "Would it help if I sent our risk assessment to your site manager this week?", "plain offer with a time")])

# 20
email("insect protein feed for the fernlea poultry unit", "blunt", "Feed costs", "Morning Joe,", "Phil",
  [("N", "Your flock records show feed at 61% of your cost per dozen this year, up from 52%.", "figures from the prospect's own data"),
   ("N", "Swapping a third of the soya for our larvae meal has held lay rates steady in trials with flocks of your size.", "evidence tied to the prospect"),
   ("S", "It's made at our new Lincolnshire plant, the biggest insect farm in Europe, which a government minister opened for us last spring.", "origin detail plus size and VIP boast")],
  [("HS", "I've got a quarter-end number to hit, so I need your order confirmed by Thursday.", "order date for the seller's quarter-end reason"),
   ("H", "The trial pallet price is attached, and I noticed you've opened my last three emails without replying, which isn't great manners.", "attachment plus pointing out opened-but-unanswered emails"),
   ("H", "If I don't hear back I'll ring the owner directly and put the numbers in front of him.", "threat to go over the prospect's head")])

# 21
email("japanese garden design for the kyoto court retirement village", "warm", "A quiet garden for Kyoto Court", "Dear Mrs Tanaka,", "Warm regards,\nHana Brooke",
  [("N", "It was lovely to meet the residents' committee and hear how much they'd like a quiet garden to sit in after lunch.", "pleasantry"),
   ("S", "The planting would be low-care mosses and acers, and our studio took Gold at Chelsea in 2022 with a founder who trained for six years in Kyoto.", "planting detail plus award and pedigree boast")],
  [("S", "I'd love to take you through our whole portfolio, from the embassy courtyard in Tokyo to the rooftop we did for a Premier League club.", "showing off the whole portfolio"),
   ("N", "For the space by the dining room, I'd suggest a dry garden with level paths and benches at 48 cm, which suits residents using walking frames.", "confident recommendation tied to the residents"),
   ("S", "I'll be honest, the commission on this one would make a real difference to my year.", "the seller's own need, no date or demand")],
  [("N", "I've attached a first sketch; shall we go through it with the committee on the 15th?", "attachment and clear next step"),
   ("T", "The planting list is on page 2, and I do hope I haven't overstepped by suggesting the acers.", "attachment detail plus seeking approval"),
   ("H", "The sketch covers everything the committee raised, so there's really no need to wait for their next meeting; sign it now and I'll explain it to them afterwards.", "sketch detail plus overriding the prospect's own process")])

# 22
email("jumbo screen hire for the thornfield fun run", "chatty", "Big screen price", "Hi Kev,", "Cheers,\nDanny",
  [("N", "Here's the price for the 12 square metre screen you asked about: £1,450 for the day, operator included.", "price the prospect asked for"),
   ("HT", "Book it by 5pm tomorrow and I'll take £300 off, but after that it goes back to full price.", "discount conditioned on the seller's date"),
   ("T", "Or to be honest, just tell me what you can afford and we'll see what we can do.", "asking the buyer to name their number"),
   ("H", "The crew need access from 7am, and I'll need the deposit on your card today or the screen goes to the next caller.", "access logistics plus card demand and ultimatum")],
  [("N", "The screen runs off its own generator, so you won't need power at the finish line.", "product detail tied to the prospect"),
   ("S", "We did the screens on the side stages at a massive festival last summer, which was huge for us!", "exclamation-mark success story")])

# 23
email("keg washing machine for the brewhouse lane brewery", "blunt", "Monday keg washing", "Hi Sam,", "Cheers,\nNia",
  [("N", "You said two of your staff spend most of Monday hand-washing 120 kegs.", "the prospect's own figures"),
   ("N", "The KW2 runs 40 kegs an hour on a caustic and acid cycle, so Monday's backlog would be done before lunch.", "product detail tied to the prospect")],
  [("H", "Every Monday you put this off, you're paying two people to scrub steel instead of brew beer, so stop sitting on it.", "cost-of-delay line used to push"),
   ("H", "A brewery your size can't keep doing this by hand, so let's stop talking and get it ordered.", "telling the prospect what they need and demanding the order"),
   ("N", "I can bring the demo unit over on Wednesday if you want to run a batch through it.", "clear next step"),
   ("S", "It carries a two-year warranty, and we were crowned Brewing Supplier of the Year at the trade show, which the whole team is thrilled about.", "warranty detail plus an award and the seller's excitement"),
   ("HT", "The demo unit can stay with you for a week, and if you order before it comes back to us I'll knock 8% off.", "trial offer plus a discount tied to the seller's date")])

# 24 clean
email("kinetic sculpture maintenance for the portmere shopping centre atrium", "formal", "Atrium sculpture: bearing noise", "Dear Mr Aldous,", "Yours sincerely,\nRuth Cavell",
  [("N", "I'm sorry this reply has taken a week; our Leeds install overran and I only got back on Thursday.", "borderline: single courtesy apology for a real delay with the reason"),
   ("N", "Thank you for sending the fault log for the atrium sculpture; the bearing noise you recorded in January matches the wear we would expect after six years of continuous running.", "insight from the prospect's own log")],
  [("N", "I recommend replacing both main bearings rather than greasing them again, because the log shows the noise returning within a fortnight each time.", "confident recommendation with evidence"),
   ("N", "The work takes one night with the centre closed, and our quotation of £3,200 includes the bearings and a full balance test.", "price and scope"),
   ("N", "Could you let me know which night in March suits your security team?", "plain ask")])

# 25
email("kettle and urn descaling for the stanbridge village hall", "very deferential", "The hall urns", "Dear Mrs Ellery,", "With thanks,\nMargaret Oakes",
  [("T", "Sorry to bother you once more about the urns, I know I've been a terrible nuisance.", "self-abasing apology for following up"),
   ("N", "The two 20-litre urns you mentioned take about 40 minutes to boil, which is usually a sign of heavy scale on the element.", "insight tied to the prospect")],
  [("T", "I was only wondering whether you'd maybe had a moment to look at my little quote?", "check-in plus stacked hedges and minimising"),
   ("T", "A descale is £25 per urn, and I'd be so grateful to hear back whenever you have a free moment, but only if it's no trouble.", "price plus permission-begging"),
   ("ST", "I could come on Tuesday, and it would be such a help to me, as I'm trying ever so hard to build up my little round.", "visit date plus pleading for the seller's own sake")])

# 26
email("lab glassware washers for the carrow college biology department", "formal (American)", "Glassware washer proposal", "Dear Dr. Lindqvist,", "Best regards,\nMark Tillman",
  [("N", "Thank you for sharing your technician hours; 14 hours a week on hand-washing glassware is a lot of lab time lost to the sink.", "figures from the prospect's own data"),
   ("N", "The LW-60 runs a validated program for microbiology glassware and dries it in the same cycle, which your team asked about.", "product detail the prospect asked for")],
  [("S", "We are the leading name in laboratory washing, trusted by over 400 universities worldwide and backed by a major private equity group.", "leader, customer-count and investor boast"),
   ("HS", "The quote is attached, and I'd appreciate your purchase order before June 30, since that's when our fiscal year closes and my region needs the numbers.", "attachment plus an order date for the seller's fiscal-year reason"),
   ("N", "The state equipment grant you mentioned closes applications on May 15, so the quote is dated to match if you plan to use it.", "borderline: external grant deadline the prospect raised, stated neutrally")],
  [("H", "Installation is penciled in for July 8, and I've already raised the invoice so your accounts payable team can get it moving.", "install date plus an invoice raised before a yes"),
   ("T", "A spec sheet is attached too, and I apologize in advance if it's more detail than you wanted.", "attachment plus apology for the length of normal selling")])

# 27
email("lagoon aeration for the westmere carp fishery", "non-native English", "Aerators for the lagoon", "Hello Mr Barker,", "Best regards,\nPiotr Zielinski",
  [("N", "Thank you for send the oxygen readings from the lagoon, they show below 4 mg per litre on six mornings in July.", "figures from the prospect's own readings"),
   ("N", "Our aerator with two paddles can keep above 6 mg in a lake of your size, also in the hot nights.", "product detail tied to the prospect")],
  [("H", "You must order now, because in August everybody want aerators and your fish will die.", "act-now push with scarcity and fear"),
   ("S", "Our company is working since 1987 and we are number one in Europe for fishery aeration.", "years in business and ranking boast"),
   ("H", "The price is 2,900 euro and I send already the invoice, please pay this week so we can deliver.", "price plus invoice and payment demand before a yes"),
   ("T", "I can visit on Tuesday for measuring, and sorry for my many emails and for my bad English.", "visit offer plus apology for following up and self-abasement")])

# 28
email("lane rope supply for the harwood swimming club", "chatty", "Re: lane ropes", "Hi Beth,", "Ta,\nRyan",
  [("N", "Thanks for letting me know the committee went with another supplier for the lane ropes.", "acknowledging the decision"),
   ("HS", "After I drove out twice to measure your pool for nothing, I'm honestly gutted you didn't even pick up the phone first.", "seller's effort and feelings as guilt after a decision"),
   ("H", "Well done on choosing the cheapest ropes going; I'm sure the galas will be lovely and choppy.", "sarcasm at the prospect after a decision")],
  [("N", "If the new ropes don't calm the water as much as you hoped, our wave-damping discs fit most standard ropes and can be added later.", "leaving value behind after a no"),
   ("H", "I'll keep an eye on how it goes and pop along to your next gala to see for myself.", "turning up uninvited after a no")])

# 29 clean
email("luxury vinyl tile flooring for the heathcote dental surgery", "formal", "Surgery floors over Easter", "Dear Dr Mensah,", "Kind regards,\nOwen Price",
  [("N", "Further to your email, your infection control lead is right that the new floor needs coved skirting in both surgeries to meet the cleaning standard.", "'needs' as a technical prerequisite"),
   ("N", "I've quoted LVT with welded seams and 100 mm coving, at £68 per square metre fitted, for the 46 square metres on your plan.", "price the prospect asked for")],
  [("N", "We'd fit it over the Easter closure you mentioned, finishing on Tuesday 22 April so the adhesive has 48 hours before patients return.", "the prospect's own dates"),
   ("N", "On the cheaper option you raised, it's worth checking first that it holds the same slip rating, because your hygienist's room is often wet.", "respectful push-back redirecting to value"),
   ("N", "I'll call on Friday at 10 to go through the sample boards.", "single follow-up with a time")])

# 30
email("lorry wash bay for the kendrick haulage yard", "terse", "Wash bay", "Kendrick team,", "J. Mercer",
  [("N", "You run 38 trucks and pay £22 a wash at the truck stop, about £40k a year going by your own fuel card data.", "figures from the prospect's own data"),
   ("H", "I've now tried you by phone, email and LinkedIn and still haven't had the courtesy of a reply.", "multi-channel chasing and entitlement"),
   ("H", "The payback sheet is attached, and Dunmore Freight put one in last year and are undercutting you on every tender.", "attachment plus peers who switched used to shame")],
  [("N", "I can be on site any day next week to mark out the drainage.", "clear next step"),
   ("HS", "I'll drop by on Monday with the drawings, because after the hours I've sunk into this proposal I think I've earned ten minutes of your time.", "visit with drawings plus the seller's effort used as guilt")])

# 31
email("legal translation for the halberg & ross immigration practice", "formal", "Certified translations for the April appeals", "Dear Mr Ross,", "Yours sincerely,\nAnna Kowal\nLinguaLex",
  [("N", "Thank you for the sample bundle of Romanian and Polish birth certificates for the April appeals.", "pleasantry"),
   ("S", "LinguaLex is an award-winning agency with 3,000 linguists in 140 languages and a Queen's Award for Enterprise on the wall.", "award and size boast, no link to the appeals")],
  [("N", "Certified translations with a statement of truth are £38 per page, and we can return the April bundle in five working days.", "price and turnaround the prospect needs"),
   ("S", "Files come back through our client portal, which also has live tracking, glossaries, a mobile app, single sign-on and an AI assistant.", "return method plus a feature list"),
   ("S", "We can sign your confidentiality terms as they stand, and once the appeals are through we would be grateful for a written case study we can share with other firms.", "accepting the prospect's terms plus a case-study request for the seller"),
   ("T", "The rate includes certification and postage, and should it prove a difficulty we could of course meet you halfway.", "rate detail plus an unprompted concession")],
  [("N", "Please let me know if the firm would like us to go ahead with the April bundle.", "plain ask")])

# 32
email("limescale water softeners for the brookmere laundrette", "chatty", "Your washers and the water", "Hi Tony,", "Cheers,\nKaren",
  [("N", "Thanks for the water bills and the repair invoices you sent over.", "pleasantry"),
   ("N", "By my count you've spent £2,300 on heating elements in the last year, most of it on the two big washers by the window.", "figures from the prospect's own data")],
  [("T", "Sorry, I know this email is a bit of an essay and you're busy.", "apology for length"),
   ("HT", "The softener is £1,750, and if you say yes by the 20th I'll throw the install in for free.", "price plus a concession tied to the seller's date"),
   ("T", "It fits under the counter and needs a salt top-up once a fortnight, and I'd be ever so grateful for your thoughts whenever you get a spare minute.", "product detail plus permission-begging")],
  [("S", "We're the fastest-growing water treatment company in the South East, by the way!", "growth boast"),
   ("S", "A service visit each spring is included, and we've been going 30 years, which I always like to mention!", "service detail plus a years-in-business boast")])

# 33
email("lobster pot supply for the porthallow fishermen's co-op", "very deferential", "Pots for the co-op", "Dear Mr Trelawney,", "Respectfully,\nAlan Penrose",
  [("N", "Thank you for showing me the pots on the quay after Saturday's landing.", "pleasantry"),
   ("N", "The split bridles you pointed out usually come from the rope rubbing on the steel frame, which our sleeved frames are built to stop.", "insight tied to the prospect's gear")],
  [("T", "I hope you don't mind me writing to you directly; I wasn't sure it was my place.", "seeking approval"),
   ("ST", "I'd be glad to supply the first fifty pots for nothing if the co-op would let us feature the boats in our brochure.", "borderline: concession offered to win a marketing favour"),
   ("T", "Any price beyond that I'd need to run past my manager before I could confirm it, I'm afraid.", "deferring on price to the manager")],
  [("N", "I'll be on the quay on the 9th for the harbour meeting if it's useful to talk then.", "single follow-up with a date")])

# 34 clean
email("log burner installation for the cragside holiday barns", "chatty", "Stoves for the barns", "Hi Megan,", "Cheers,\nFinn",
  [("N", "Sorry to hear the storm took out the Swallow fence; I hope the clean-up wasn't too grim.", "sympathy"),
   ("N", "Thanks for the photos of the three barns; the chimney breasts in Swallow and Kestrel look sound.", "pleasantry")],
  [("N", "Your booking data shows winter occupancy at 31%, and the two barns on your list that already have stoves book at nearly twice that.", "figures from the prospect's own data"),
   ("N", "Each install needs building control sign-off, which is taking about four weeks at the moment, so a start in September gets the stoves lit before your October bookings.", "borderline: real external lead time stated with its reason"),
   ("N", "Quote attached for three 5 kW stoves with liners and hearths, at £2,950 per barn.", "attachment and price"),
   ("N", "Does a site visit on the 4th work for you?", "plain next step with a date")])

# 35
email("gas cylinder cages for the hartfield campsite shop", "blunt", "LPG cage", "Mr Hartfield,", "Regards,\nK. Doyle",
  [("N", "Your site licence says LPG cylinders must be kept in a ventilated locked cage at least 3 metres from the shop door.", "the prospect's own licence condition"),
   ("H", "The 12-cylinder cage on the attached sheet fits the spot by the bins, and I've told the office you're having it.", "attachment and fit plus an order assumed before a yes")],
  [("H", "Your inspector will shut the shop if you keep dragging your feet, so order it today.", "fear and an act-now demand"),
   ("H", "It's £640 fitted, and I've already booked the fitter for Tuesday, so have the money ready for him.", "price plus booking the fitter and payment before a yes"),
   ("S", "Delivery is free within 30 miles, and we're the biggest LPG storage supplier in Cumbria with never a single complaint.", "delivery detail plus a generic boast")])

# 36
email("hydration stations for the ironmoor marathon", "chatty", "Water stations", "Hiya Lou,", "Thanks so much,\nSophie",
  [("T", "Just checking in to see if you'd had a chance to think about the water stations at all.", "'just checking in' as the purpose"),
   ("N", "With 4,000 runners and the heat you're expecting, one station every 5 km means eight on your course.", "plan tied to the prospect's race"),
   ("T", "I've probably got the numbers all wrong, so feel free to ignore me if it's no help!", "self-abasement and 'feel free to ignore'")],
  [("S", "We've just been named Event Supplier of the Year and I'm still buzzing from the awards night!", "award and the rep's excitement"),
   ("HS", "My boss wants three marathon bookings from me by the end of the month, so it would be amazing if you could confirm by Friday.", "confirm-by date for the boss's target"),
   ("T", "Each station comes with refill taps, cup bins and two staff, and I'm sorry it all costs a bit more than plain tables.", "product detail plus apology for the price"),
   ("H", "The quote for eight stations is attached, and they'll go to another race if I haven't heard from you by tonight.", "attachment plus a same-day ultimatum")])

# 37
email("hedgehog survey for the oakley lane housing site", "formal", "Hedgehog survey, Oakley Lane", "Dear Ms Varga,", "Yours sincerely,\nDr Helen Marsh",
  [("N", "Thank you for forwarding the planning condition requiring a hedgehog survey before vegetation clearance at Oakley Lane.", "the prospect's own requirement"),
   ("N", "Surveys have to run between April and October while hedgehogs are active, so for clearance in November the fieldwork would need to start by early September.", "borderline: real external seasonal constraint with its reason")],
  [("H", "Fieldwork could begin on 2 September, but if you do not commission us this week you will miss the season and your whole development will stall.", "start date plus a this-week ultimatum with fear"),
   ("S", "We are the most respected ecology consultancy in the country, with more than 900 surveys completed and a string of industry awards.", "reputation and award boast"),
   ("N", "Our fee for a three-visit survey with footprint tunnels and thermal imaging is £2,400.", "price the prospect needs")],
  [("T", "I am so sorry the fee is higher than you might have hoped, and if it is a problem I can certainly look at reducing it.", "apology for price and an unprompted discount")])

# 38 clean
email("infection control audit for the briarwood care home", "warm", "Audit before the re-inspection", "Dear Joyce,", "Kind regards,\nNkechi Obi",
  [("N", "Thank you for sending the last CQC report; I can see the inspector flagged laundry segregation and the sluice room as the two things to improve.", "pleasantry and the prospect's own report"),
   ("N", "The audit would start with those two areas and then work through the rest of the home against the same framework the inspector uses.", "value tied to the prospect")],
  [("N", "You mentioned the re-inspection is expected in the autumn, so a visit in July would leave time to act on the findings before then.", "the prospect's own date"),
   ("N", "The fee is £780 for a one-day audit and a written action plan.", "price"),
   ("N", "Just let me know which day in July suits you and your deputy.", "borderline: one polite 'just' on a plain ask")])

# 39
email("job advert copywriting for the hartley motors recruitment drive", "chatty", "Technician adverts", "Hey Ray,", "Cheers,\nZoe",
  [("N", "Great chatting on Monday about filling the four technician roles before the spring rush.", "pleasantry"),
   ("S", "I'm beyond excited about this one, our team has been dying to write for a car dealer for ages!", "the rep's excitement"),
   ("S", "We've written adverts for 300 brands, won two industry awards, and our founder used to write for a national paper.", "generic boasts")],
  [("N", "For the four adverts and the LinkedIn versions you asked about, the fee is £1,400.", "price the prospect asked for"),
   ("H", "Every dealer on the ring road is already hiring, so you'll be left with nobody if you don't get moving.", "peers and manufactured urgency"),
   ("N", "Shall I send two draft adverts by Thursday for you to show the workshop manager?", "clear next step with a date"),
   ("HS", "The contract is attached, and I'd love your go-ahead by Friday because I'm one signing away from employee of the month.", "attachment plus a go-ahead date for the seller's own contest"),
   ("T", "If the fee's a stretch, I can bring it down to whatever works for you.", "asking the buyer to name their number")])

# 40
email("key-man insurance for the lowell robotics founders", "formal", "Key person cover for completion", "Dear Dr Lowell,", "Yours sincerely,\nJames Quarrie",
  [("N", "Thank you for explaining that your Series A term sheet requires key-person cover on both founders before completion.", "the prospect's own requirement"),
   ("N", "For £2 million of cover on each founder over five years, the annual premium is £3,460, based on the medical forms you returned.", "price the prospect needs")],
  [("HST", "If you can sign the proposal by Friday, I can take 10% off, as it would get me over my target for the quarter.", "discount tied to the seller's date and quarterly target"),
   ("S", "Our brokerage has been voted Best Specialist Broker four years running.", "award boast"),
   ("T", "The policy wording is attached, and if the premium is a worry I'll ask head office what they can knock off it.", "attachment plus deferring a discount to head office"),
   ("H", "With your investors waiting, I'd suggest the board skips its usual review and you sign this one yourself.", "overriding the prospect's own process")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s111e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s111-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed111: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the thirteenth session) from the labelling guide alone, after that session's last model change (sentences\nwritten inside whole emails counting twice in training), and measured first in that session on that model (rules +\nmodel macro-F1 0.950: hard_close 0.939, self_serving 0.933, timidity 0.978; 3 of 107 clean sentences flagged; email\nagreement 0.975 / 0.950 / 0.975).\n")
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
    R.append("- Every third email (s111e003, s111e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
