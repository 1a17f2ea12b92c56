#!/usr/bin/env python3
"""Build sealed104: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("marine antifouling for the pelham quay yacht club", "chatty", "Antifouling quote for the club boats", "Hi Gareth,", "Cheers,\nDan Pryce\nPryce Marine Coatings",
  [("N", "Thanks for walking me round the hardstanding on Saturday; it was good to see the boats out of the water before the lift-in.", "thanks and context"),
   ("S", "I've attached the antifouling quote for the twelve boats you listed, and honestly I'm buzzing about this one because it would be the biggest single job my crew has landed all year.", "attachment plus the rep's own excitement and stake")],
  [("N", "Your committee said the boats must be back in by 14 April, so we'd start the scrape-back on 24 March to leave proper drying time.", "the prospect's own date, planned around"),
   ("T", "You asked for a total, which comes to £4,150, and I'm really sorry it isn't lower, I know clubs run on a shoestring.", "price the prospect asked for plus an apology for the price"),
   ("T", "If it helps at all, I could probably take a few hundred off before you even put it to the committee.", "unprompted, unconditional discount")],
  [("N", "Would Thursday evening suit for a ten-minute call with your bosun to confirm the hull list?", "plain next step with a day"),
   ("H", "P.S. I can hold 24 March for your boats, though the other two clubs on the estuary have already booked us for that month, so I'd hate for Pelham to be the odd one out.", "date hold plus peers who already bought, used as pressure")])

# 2
email("maypole dancing tuition for the brackenfold primary may fair", "warm", "Maypole sessions for Year 4", "Dear Mrs Okafor,", "Warm wishes,\nRuth Ellery",
  [("N", "It was lovely to meet your Year 4 class on Tuesday, and thank you for the tea.", "pleasantry"),
   ("N", "As you asked, the six weekly sessions would run on Wednesday afternoons from 6 May, which leaves the week before your fair on 13 June free for a full run-through.", "schedule built on the prospect's own date")],
  [("N", "I bring the portable pole and ribbons myself, so the only thing you'd need to find is a flat patch of the field roughly eight metres across.", "logistics; 'need' is a practical prerequisite"),
   ("N", "Last year a class of a similar size learned three dances in that time, and the spider's web was the one the parents remembered.", "proof tied to the prospect's situation")],
  [("N", "Could you let me know by Friday whether the Wednesday slot works with your PE timetable?", "plain ask with a date")])

# 3
email("mill wheel repair for the hatherton watermill museum", "formal", "Hatherton wheel: inspection report", "Dear Mr Halstead,", "Yours sincerely,\nPeter Vance\nVance & Thorne Millwrights",
  [("N", "Further to our inspection on 3 October, I enclose the report on the wheel's shrouding and the two cracked buckets.", "attachment and context"),
   ("H", "You need to replace the full ring of buckets this winter, and I would not accept a patch on any of them.", "borderline: 'you need' directive, given after a real inspection (rule 6)")],
  [("S", "Our millwrights have restored more than forty wheels across the country, and we were named heritage contractor of the year twice running.", "generic boast and award"),
   ("S", "The report sets out the work in full, prepared by our award-winning team with the latest laser survey rig, a fifteen-camera drone and our own timber yard.", "the report plus a boast and an equipment list"),
   ("H", "I can have the millwrights on site in the first week of November, and most working mills in the county have already moved their maintenance to us, so I would not like Hatherton to be left behind.", "start date plus peers who already switched, used as shaming")],
  [("N", "I would be glad to meet your trustees on site on 18 October to take their questions on the report.", "confident next step with a date")])

# 4
email("mineshaft capping at the gorsebank former colliery site", "blunt", "Gorsebank shafts", "Colin,", "Mick Dunn\nDunn Ground Engineering",
  [("N", "The Coal Authority permit for capping takes about ten weeks to come through, so the application has to go in by late January if you want the site clear for the spring sale.", "borderline: permit lead time stated once with its reason (rule 4)"),
   ("H", "Your board has had the drill results for a month, and any developer who had read them would have signed by now.", "shaming the prospect's conduct")],
  [("H", "The quote is attached, and I've already pencilled my rig crew in for 2 February and raised the deposit invoice, so it only needs paying.", "attachment plus an assumptive invoice before a yes"),
   ("HS", "I turned down two other jobs to keep that week free for you, so the least you owe me is a straight answer by Friday.", "the seller's sacrifice used as guilt with a demand (rule 15)")],
  [("N", "Ring me on the mobile if the board wants the grout volumes explained.", "plain offer of help")])

# 5
email("musical instrument insurance for the wendham youth orchestra", "very deferential", "Instrument cover for the orchestra", "Dear Ms Whitlock,", "With my very best wishes and thanks,\nGeorgina Pell",
  [("T", "I'm so terribly sorry to intrude on your week, and please do forgive me for writing again so soon.", "self-abasing apology for following up"),
   ("T", "I've attached the cover summary for the 64 instruments on your inventory, though I do hope it isn't too long or too much of a bother to look through.", "attachment plus an apology for length and approval-seeking")],
  [("N", "The policy covers instruments in transit and on tour abroad, which matches the Prague trip you mentioned for July.", "product detail tied to the prospect's plans"),
   ("T", "The annual premium you asked about is £1,280, and I feel rather awkward about that figure, so please tell me what you'd be comfortable paying instead.", "price the prospect asked for plus asking the buyer to name a number"),
   ("ST", "The cover could start on 1 March to match your renewal, and it would honestly mean so much to me to have an orchestra like yours on my books.", "start date plus pleading for the seller's own sake (rule 15)")],
  [("T", "Of course, if you'd rather not hear from me again, I'll completely understand and won't trouble you further.", "giving up before any answer")])

# 6
email("milkshake machine supply for the starlite diner", "chatty", "Shakes, shakes, shakes", "Hey Marco!", "Cheers,\nTash",
  [("S", "Guess what, we just won Foodservice Supplier of the Year, and the whole office is still buzzing!", "award and the seller's excitement"),
   ("S", "The twin-spindle model you asked about is £2,300, and on top of that it does twelve flavours, app control, a touchscreen, mood lighting, a night mode and a built-in speaker.", "price the prospect asked for plus a feature list with no tie to the diner")],
  [("N", "On your Saturday numbers, 140 shakes between noon and four, a twin-spindle unit would cut the queue at the counter by about a third.", "value from the prospect's own data"),
   ("H", "Half the diners on your strip already have one, and their customers are noticing what you don't have.", "competitors already bought, FOMO")],
  [("HS", "I can bring the demo unit round on Tuesday, and I'd really need you to order it that day, since my rep-of-the-month contest closes on Wednesday.", "demo visit plus a dated order push for the rep's sales contest (rule 16)")])

# 7
email("motion sensor lighting for the alder court stairwells", "terse", "Stairwell lighting", "Hi Priya,", "Sam",
  [("N", "Following up on the stairwell survey from last week.", "single follow-up line (rule 13)"),
   ("H", "Your managing agent's figures put the stairwell lights at £3,900 a year, so every month you sit on this is money straight into the bin.", "borderline: prospect's own figure plus a cost-of-delay push (rule 5)"),
   ("S", "We can start on 3 June, and we're the fastest-growing lighting contractor in the region with our tenth engineer just hired.", "start date plus a generic boast about the seller"),
   ("H", "The revised proposal is attached, and if I don't hear back by Thursday I'll take it to your residents' committee chair myself.", "attachment plus a bypass threat"),
   ("N", "Install takes two days per block.", "logistics")])

# 8
email("metal polishing for the holloway arcade shopfronts", "non-native English", "Price for brass shopfronts", "Dear Mr. Fenwick,", "Best regards,\nLuca Bianchi",
  [("N", "Thank you for the photos of the brass fronts, they help very much to make the price.", "thanks"),
   ("T", "I am sorry to write you again, I know you are very busy man and maybe you have no time for me.", "self-abasing apology for following up")],
  [("T", "The price for all eighteen shopfronts is £2,700, but if this is too much I can go down, you tell me the number.", "price plus caving and asking the buyer for a number"),
   ("S", "We can start next Monday, and also my boss say I must bring one more big contract this month or I have problem with him.", "start date plus the rep's manager and target, no date pressed on the prospect (rule 16)"),
   ("N", "We polish at night, so the shops stay open and nobody must step around ladders.", "value tied to the prospect")])

# 9
email("meditation classes for the fenbridge call handlers", "warm", "Calm sessions for your team", "Hi Joanne,", "With warmth,\nAmara",
  [("N", "I was sorry to hear how hard the winter has been on your team, with the flood calls stacking up.", "sympathy"),
   ("N", "You mentioned sickness absence went from 4% to 7% over the year, and that is the figure these sessions are built to move.", "prospect's own data tied to value")],
  [("S", "Honestly, teaching a team like yours would mean the world to me personally, it's the kind of work I started this business for.", "the seller's feelings, no demand (rule 15)"),
   ("T", "I've pencilled in a taster for 9 May, but only if that's all right with you, and please say if I've overstepped by suggesting a date at all.", "proposed date plus approval-seeking"),
   ("S", "Would you also be willing to write a short testimonial for my website, even before we've agreed anything more?", "favour for the seller before any value")],
  [("HST", "I'd be so grateful if you could say yes by the end of the month, as it's my last chance to hit my first-year target, and I'd happily halve the taster fee to make that happen.", "seller-driven date with the rep's target and a concession tied to it (rules 7, 16)")])

# 10
email("mud kitchen building for the little acorns preschool", "chatty", "Your mud kitchen!", "Hiya Bev,", "Speak soon,\nKerry x",
  [("N", "Great to hear the children loved the sample tap and sink on the visit!", "pleasantry"),
   ("S", "We're the number one outdoor play builder in the north-west, and we've got the trophies on the shelf to prove it.", "generic boast and awards"),
   ("H", "Loads of the nurseries round here already have one of ours, so the parents are bound to ask why you don't.", "peers who already bought, used as shaming")],
  [("T", "The larch version would last twice as long in your wet corner, so I was sort of wondering whether you might maybe perhaps want to think about it?", "product recommendation plus stacked hedges"),
   ("T", "The larch one is £1,450 as you asked, and I'm really sorry it's a bit steep, so I'll knock 15% off anyway.", "price the prospect asked for plus an apology and an unprompted discount"),
   ("S", "I'll send the planting plan over tonight, and if you could leave us a five-star review on Google that would really help us climb the rankings.", "sending the plan plus a review ask for the seller's benefit")])

# 11
email("narrow gauge track repair for the brinscombe light railway", "formal", "Coppice bank sleepers", "Dear Mr Ainsworth,", "Yours sincerely,\nHelen Marsh\nMarsh Permanent Way Ltd",
  [("N", "Thank you for the track walk on Saturday and for the gradient profile of the Coppice bank.", "thanks"),
   ("N", "Of the 310 sleepers we inspected, 74 show rot at the chair seats, so I would replace that length rather than pack it.", "expert recommendation backed by evidence (rule 6)")],
  [("N", "Our rail supplier has told us the current price for 20 lb rail holds until 31 March, when their new steel contract starts.", "borderline: supplier price expiry stated once with its reason (rule 4)"),
   ("N", "Your board meets on 12 March, so I will send the revised schedule by the 5th to give members a week to read it.", "the prospect's own date"),
   ("N", "If it would help, I could walk the bank again with your permanent way volunteers before the meeting.", "offer of help")],
  [("N", "What would the board most want to see in the schedule to be comfortable approving it?", "insightful question")])

# 12
email("noodle machine supply for the kaze ramen bar", "blunt", "Noodle machine - decision", "Kenji,", "Ray",
  [("H", "I've sent four emails and left three voicemails since the trade show, and your read receipts say you opened every one.", "counting attempts and read-receipt guilt (rule 13)"),
   ("HS", "The demo showed your dough sheets cleanly at 1.2 mm, and since I drove two hours each way to run it, I think that earns me a yes or no this week.", "demo result plus the seller's effort as guilt with a demand (rule 15)")],
  [("N", "The machine does 180 portions an hour, which covers your Friday peak with room to spare.", "value tied to the prospect"),
   ("H", "I've attached the order form with the card details box already highlighted, so fill it in and I'll ship Monday.", "attachment plus an assumptive payment step")],
  [("H", "P.S. I'll be ringing the restaurant line at opening time every day until I get you.", "badgering, multi-day chasing")])

# 13
email("notary services for the dunstan export company", "formal", "Notarization for your certificates of origin", "Dear Ms. Kowalczyk,", "Sincerely,\nDaniel Reyes\nReyes & Hart Notaries",
  [("N", "Thank you for the list of the eleven certificates of origin your shipping team needs notarized this quarter.", "thanks, the prospect's need"),
   ("N", "The Mexican consulate moves to appointment-only legalization from June 1, so I'd plan for documents to reach us by May 20.", "borderline: external constraint stated once with its reason (rule 4)")],
  [("S", "Our firm has been serving the Tri-County business community since 1962, a legacy we are very proud of.", "borderline: heritage line (rule 8)"),
   ("S", "Our fee schedule is attached, and I would be delighted to walk you through our entire suite of services, from apostilles and estate planning to real estate closings and our new mobile signing division.", "attachment plus a tour of the seller's whole service range"),
   ("HS", "Our first open signing day is Tuesday, and my managing partner has asked me to have your retainer signed before our fiscal year closes on the 30th.", "first available date plus a seller-driven deadline, the manager's wish (rule 16)")],
  [("N", "Please let me know which days your team is available for the first batch.", "plain logistics ask")])

# 14
email("nightclub door staff for the velvet room", "blunt", "Re: door cover", "Tony,", "Lee\nIronside Security",
  [("N", "Got your message saying you're staying with your current door firm for now.", "acknowledging the decision"),
   ("H", "That's a mistake, and you'll be the one explaining it when the licensing officer walks in on a busy Saturday.", "shaming after a clear no"),
   ("S", "We're the biggest door firm in the city and everybody in the trade knows it.", "generic boast")],
  [("H", "I'll be at the club on Friday night anyway, so we can sort it out at the bar.", "turning up uninvited after a no"),
   ("H", "Our SIA-licensed team of six would cost you £1,150 a weekend, and you need to get them in before the council review.", "staff and price detail plus a 'you need' directive after a no")])

# 15
email("oven door seal replacement for the cobblestone bakery", "terse", "Deck oven seals", "Hi Maureen,", "Thanks,\nOwen\nDeckside Oven Services",
  [("N", "The seals on decks two and three are perished on the hinge side, which is why the bottom-shelf loaves are coming out pale.", "diagnosis tied to the prospect's problem"),
   ("N", "Replacement is £186 per deck, fitted, including the gasket and a hinge adjustment.", "price"),
   ("N", "I can do both on Monday after your last bake, so you lose no production.", "next step with a day"),
   ("N", "Sorry for the slow reply; the parts supplier only confirmed stock this morning.", "borderline: single courtesy apology for a real delay with the reason (rule 3)")])

# 16
email("oak beam treatment for the wraysbury guildhall", "very deferential", "Guildhall roof timbers", "Dear Councillor Haddon,", "With kind regards,\nMartin Cole\nHeartwood Timber Care",
  [("N", "Thank you for letting us into the roof space last week, and for the loan of the ladder.", "thanks"),
   ("T", "I really hope you weren't put out by how long we stayed up there, and I'm sorry if we got in anyone's way.", "approval-seeking apology for normal work")],
  [("N", "We found active deathwatch beetle in the two tie beams nearest the west gable, with the rest of the roof showing only old exit holes.", "findings"),
   ("T", "We would suggest treating the whole roof, though of course we might be wrong and perhaps it possibly isn't needed, so only if you feel it's right.", "treatment recommendation plus stacked hedges and permission-seeking"),
   ("S", "We can return with the moisture meter on the 20th, and we are, I should say, the only firm in the county accredited by three separate heritage bodies.", "return visit plus a credentials boast the buyer did not ask for")],
  [("T", "The cost would be £3,400, although I'd have to ask my director whether we could bring it down for you if that's a worry.", "price plus deferring a discount to the director"),
   ("T", "Please don't feel at all obliged to reply, and do ignore this if now isn't convenient.", "permission-begging, invites being ignored")])

# 17
email("ox roast catering for the stanmoor harvest fair", "chatty", "Ox roast for the fair", "Hi Jill,", "Ta,\nBarry",
  [("N", "Thanks for the headcount, 450 is a cracking turnout for a village fair.", "pleasantry"),
   ("S", "We've been spit-roasting since 1978 and we've got three royal show rosettes hanging in the van.", "boast with awards")],
  [("H", "Your fair on 13 September is still free in our diary, but it's the only Saturday left that month and two other fairs are after it.", "the prospect's date plus scarcity with rival buyers"),
   ("H", "To answer your question on serving, one ox feeds about 400, and I've already sent the deposit invoice so the date is locked in.", "answer to the prospect's question plus an assumptive deposit invoice"),
   ("T", "Mind you, if money's tight I'm sure we can sort something cheaper out, just say the word.", "unprompted discount")],
  [("N", "Let me know whether you want the veggie option on the same stand.", "logistics question")])

# 18
email("pressure vessel inspection for the kelderby cheese dairy", "formal", "Written scheme examination: steam boilers", "Dear Ms Thwaite,", "Yours sincerely,\nAnita Rowe\nPennine Plant Inspection",
  [("N", "Under the Pressure Systems Safety Regulations, the written scheme for your two steam boilers is due its next examination by 30 November.", "borderline: regulatory due date stated once with its reason (rule 4)"),
   ("N", "Our engineer can examine both vessels during your planned shutdown on 14 November, so the vat room loses no production.", "the prospect's own date, value to them")],
  [("N", "The examination fee is £620 for both, and the report would reach you within five working days.", "price and logistics"),
   ("N", "Could you confirm the shutdown date still stands, and who on site should hold the isolation keys?", "plain logistics questions")])

# 19
email("pulpit restoration for the ebenezer chapel, holmfirth", "warm", "The Ebenezer pulpit", "Dear Reverend Morgan,", "Yours, with thanks,\nBethan Lloyd",
  [("N", "It was a privilege to see the Ebenezer pulpit up close, and thank you for telling me its story.", "pleasantry"),
   ("N", "The carved panels can be cleaned and consolidated in place, but the stair treads will have to come out to the workshop for new oak nosings.", "expert assessment")],
  [("S", "I'll admit this project matters a great deal to me, as it would be the finest piece in my portfolio.", "the seller's stake, no demand (rule 15)"),
   ("ST", "If you'd let us photograph the work for our brochure, I could take 20% off, which would help me out enormously.", "borderline: discount offered to win a seller favour (rule 7)"),
   ("T", "I'm sorry to mention money at all in a chapel, and I feel quite awkward doing so.", "apology for normal selling")],
  [("N", "The full estimate is enclosed, with the panels and the stair priced separately.", "attachment")])

# 20
email("paint spray booth servicing for the fairlane body shop", "blunt", "Booth service", "Hi Steve,", "Cheers,\nGraham",
  [("N", "Your booth filters were last changed in March, and the manometer reading we took on Tuesday was double the limit.", "finding from the prospect's own booth"),
   ("H", "Your shop needs a proper service contract, not another one-off call-out, full stop.", "'you need' directive"),
   ("H", "I've booked our engineer in for next Wednesday and will take payment on the day, since the paperwork is a formality.", "booking date plus assumptive payment before a yes")],
  [("S", "We service the booths for every main dealer in the county and we're the only firm with a five-star trade rating.", "generic boast"),
   ("HT", "The annual contract is £1,450 as you asked, and if you sign this week I'll throw in the first filter change free, but after Friday that's gone.", "price the prospect asked for plus a freebie conditioned on the seller's date (rule 7)"),
   ("N", "The full filter and burner service takes about six hours.", "logistics")])

# 21
email("pet grooming van hire for the whiskers & wags kennels", "non-native English", "Grooming van for your kennels", "Hello Mrs Dawson,", "Thank you and best regards,\nPiotr Nowak",
  [("T", "Sorry, sorry for disturb you again with my email.", "repeated apology for following up"),
   ("N", "The van has warm water, a hydraulic table and a dryer, so your groomer can work in the car park while the kennels are full.", "product detail tied to the prospect")],
  [("T", "Rent is £95 for one day like you ask, but if it is too expensive I give you for £70, no problem.", "price the prospect asked for plus an unprompted cut"),
   ("S", "The van is free from 3 June, and our company is the most big van hire in the region, we have forty vans and many prizes.", "availability date plus a generic boast"),
   ("H", "Many kennels in your town already take our van, only you are not.", "peers who already bought, used as shaming"),
   ("T", "If you are not interested, it is okay, I understand and I will not write again.", "giving up at once")])

# 22
email("pantomime costume hire for the tollbridge amateur players", "warm", "Aladdin costumes", "Hello Sandra,", "Love,\nMoira\nCurtain Call Costumes",
  [("N", "Thank you for sending the cast list for Aladdin, all twenty-two of them!", "thanks"),
   ("N", "We can fit everyone at your read-through on 8 October, and any alterations would be back with you by the 29th.", "logistics around the prospect's date")],
  [("S", "I'm beyond excited about this, our new sequinned range is the most gorgeous thing we've ever made and I can't wait to show it off.", "the seller's excitement, showing off"),
   ("HS", "Could you confirm the booking by Friday, as it would really round off my month nicely on the sales board?", "seller-driven deadline phrased as a favour (rule 16)"),
   ("H", "I've attached the hire agreement and already taken the dame's wigs off the shelf for you, so it's really only a signature now.", "attachment plus an assumptive close"),
   ("T", "Sorry for going on, I always get carried away!", "apology for length")])

# 23
email("parking permit software for the kellsby district council", "formal", "Parking permit system: tender", "Dear Mr Okonjo,", "Yours faithfully,\nClaire Denholm\nPermitWise",
  [("N", "Thank you for the procurement timetable; I note that tenders close on 4 March and the evaluation panel sits on the 11th.", "the prospect's own dates")],
  [("H", "The order form is attached, and while I appreciate there is a formal process, your panel can simply ratify the decision afterwards if you sign it now.", "attachment plus overriding the prospect's own process"),
   ("S", "Our platform offers virtual permits, ANPR integration, cashless payments, visitor vouchers, a resident portal, an enforcement app, bulk mailing and a reporting suite.", "feature list with no tie to the council"),
   ("S", "Our reference sites are listed in the attached pack, and our investors include two of the largest funds in Europe.", "reference pack plus an investor boast")],
  [("H", "I shall also copy in your chief executive, as I am sure she would not want the council to miss out.", "bypass to the chief executive"),
   ("HS", "I would add that my sales director is keen to see this signed before our year-end on 31 March.", "seller-driven deadline, the director's wish (rule 16)"),
   ("N", "We would be glad to present to the panel on the 11th if invited.", "respects the prospect's process")])

# 24
email("permeable paving for the ashdown road surgery car park", "terse", "Car park quote", "Dr Ahmed,", "Ian",
  [("N", "Quote for the 28-space car park attached, as requested.", "attachment"),
   ("H", "Three other surgeries in your network have already gone permeable, and patients notice.", "peers who already switched, used as pressure"),
   ("S", "We've paved more surgery car parks than anyone in the county.", "generic boast"),
   ("T", "Floating this back up in case it got buried under the flu clinic post.", "'just checking in' variant as the purpose")],
  [("N", "Works take nine days and we can phase them to keep half the spaces open.", "logistics tied to the prospect"),
   ("T", "Drawings to follow tomorrow, and apologies for the brevity, I'm rushing between sites.", "drawings promised plus an apology for the rush")])

# 25
email("pergola building for the riverside hospice garden", "warm", "A pergola for the east terrace", "Dear Helen,", "Warmly,\nTom Greaves",
  [("N", "I was so moved by the garden on my visit, and by what your day patients said about sitting out there.", "pleasantry"),
   ("N", "A pergola over the east terrace would give shade from eleven until four, the hours you said most patients are outside.", "value tied to the prospect's own observation")],
  [("T", "I've drawn up a design, but I was wondering if you might possibly perhaps have a moment to look at it, whenever suits, there's honestly no hurry.", "design plus stacked hedges and permission-begging"),
   ("ST", "This one really means a lot to me personally, so I'd be so grateful if you could find a way to say yes.", "pleading for the seller's own sake (rule 15)"),
   ("S", "Once it's built, I'd love it if you would let us use the hospice name and a few photos on our website.", "favour for the seller (logo and case study)")])

# 26
email("quoits set supply for the dale valley pub league", "chatty", "Quoits for the new season", "Hi Dave,", "Cheers,\nNeil",
  [("N", "Good to chat at the league AGM, and congratulations on the Plough winning the shield again.", "pleasantry"),
   ("N", "You said twelve pubs need a full set of quoits and a clay bed each before the season opens on 2 May.", "the prospect's own need and date")],
  [("N", "The steel quoits are £38 a set, and the beds come as a kit the landlords can fill themselves.", "price and product detail"),
   ("N", "If the league buys all twelve in one order, I can include the pins and a spare set at no charge.", "concession traded for volume (rule 7)"),
   ("N", "Shall I bring a sample set to your committee night on the 15th?", "next step with a date")])

# 27
email("quay wall repointing for the portlow harbour trust", "formal", "Inner harbour quay wall", "Dear Captain Rees,", "Yours sincerely,\nRichard Penhale\nPenhale Marine Works",
  [("N", "Thank you for the tide tables and the berth plan for the inner harbour.", "thanks"),
   ("N", "The marine licence we hold for this stretch expires on 31 August, so the work would need to finish by then or we reapply, which takes about four months.", "borderline: licence expiry stated once with its reason (rule 4)")],
  [("HS", "I must ask for your decision by the 15th, as my regional director has set that as the date for our half-year figures.", "seller-driven deadline, the director and the half-year (rule 16)"),
   ("S", "Our method statement for the lime repointing is enclosed, and we are, without question, the leading marine masonry contractor in the south-west.", "attachment plus a generic 'leading' boast"),
   ("H", "Every harbour trust that has put this kind of work off has ended up paying double, and I would hate to see Portlow join them.", "fear and shaming to force a decision")],
  [("N", "Our site manager can meet your harbourmaster at low water on any weekday next week.", "logistics")])

# 28
email("quantity surveying for the bethel chapel conversion", "non-native English", "Cost plan for the chapel", "Dear Mr Price,", "Kind regards,\nAndrzej Wisniewski",
  [("N", "Thank you for the drawings of the chapel, I have studied them this week.", "thanks"),
   ("N", "The cost plan you asked for is attached, it shows the roof and the gallery floor are the two biggest risks for your budget.", "attachment with insight for the prospect")],
  [("S", "Our fee is £3,200, and I must tell you that my target for this quarter is very behind, so this job is important for me.", "fee plus the rep's own target, no date (rule 16)"),
   ("HS", "I work on your drawings three evenings already, so I think it is fair you give me answer this week.", "the seller's effort as guilt with a demand (rule 15)"),
   ("T", "I can start the detailed estimate next week, but maybe you could possibly tell me if perhaps you want to continue, only if it is not problem for you.", "offer to start plus stacked hedges and permission-seeking"),
   ("T", "I am sorry that I send you so long document.", "apology for length")])

# 29
email("quicklime supply for the hallowmere conservation builders", "blunt", "Quicklime for the manor job", "Morning Jack,", "Rob\nLimeworks Direct",
  [("N", "You asked for 40 bags of kibbled quicklime for the hot-mix mortar at the manor, delivered in March.", "restating the prospect's request"),
   ("H", "We can deliver on 4 March, but stock's going fast this spring and I can't promise there'll be any left next week.", "delivery date plus manufactured scarcity without a real reason")],
  [("H", "It's £21 a bag as you asked, and I'll need a card number today to hold the pallet.", "price the prospect asked for plus an assumptive payment demand"),
   ("S", "I've been in lime for thirty years, mate, nobody knows it better than me.", "boast about the seller"),
   ("H", "Tell you what, if you'd rather wait and watch your plasterers stand about, that's your call.", "sarcasm aimed at the prospect")],
  [("N", "Our kibbled lime slakes faster than the powdered, which suits your cold-weather mixing.", "product detail tied to the prospect")])

# 30
email("quadrat kits for the malham field studies centre", "warm", "Quadrat kits for the spring courses", "Dear Dr Lindqvist,", "Kind regards,\nSophie Hart",
  [("N", "I hope the spring courses are off to a good start up at the tarn.", "pleasantry"),
   ("S", "The kits ship in one box within a week, and we're so proud of the range, it has won three education awards and we think it's the best on the market.", "delivery detail plus awards and the seller's pride")],
  [("T", "The 30 kits you asked about come to £1,140, and I'm awfully sorry about that, I know field centres are stretched.", "price the prospect asked for plus an apology for the price"),
   ("T", "I could also do another 10% off straight away if that would make it any easier.", "unprompted discount"),
   ("N", "Each kit has a folding half-metre frame, a pin set and waterproof recording cards, all of which survive a wet week on the fell.", "product detail tied to the prospect's use")],
  [("S", "It would also be wonderful if you could mention us to the other centres in your network.", "referral favour before any value delivered")])

# 31
email("rag rug workshops for the moorfield day centre", "chatty", "Rag rug Tuesdays", "Hi Linda,", "Bye for now,\nJo",
  [("N", "Thanks again for the tour, and for the biscuits.", "pleasantry"),
   ("N", "Four Tuesday sessions would give each member time to finish a small rug, even those with stiffer hands, since we use larger prodders.", "value tied to the prospect's members")],
  [("N", "The £240 covers all materials, and I'll bring bags of offcuts so nobody has to raid their wardrobe.", "price and logistics"),
   ("N", "Would it help to see a finished rug before you decide?", "borderline: bare offer to see the product (rule 9)"),
   ("N", "I'm free to pop in on the 12th or the 19th if either suits your activity calendar.", "next step with dates")])

# 32
email("reflexology sessions for the westbrook maternity unit midwives", "very deferential", "Sessions for your midwives", "Dear Sister Adeyemi,", "With gratitude,\nLucy Fern",
  [("T", "Please forgive me for taking up your precious time yet again.", "self-abasing apology for following up"),
   ("T", "I've put together a plan for fortnightly sessions in the staff room, if that's not too much of an imposition and you don't mind me suggesting it.", "plan plus permission-seeking")],
  [("N", "Each session is twenty minutes, so a midwife can have one in her break and still be back on the ward on time.", "value tied to the prospect"),
   ("ST", "I've been so excited about this all week, and it would mean ever so much to me if you could find it in your heart to agree.", "the seller's feelings and pleading for her own sake (rule 15)"),
   ("T", "And if it's a no, truly, I won't mind one bit.", "pre-emptively releasing the prospect")])

# 33
email("rainwear supply for the ashburn delivery office posties", "blunt", "Jackets", "Kev,", "Gaz",
  [("N", "You said 60 of your posties are still in the old jackets that wet through at the seams.", "the prospect's own problem"),
   ("H", "You need these jackets before autumn, end of story.", "'you need' directive"),
   ("S", "Sizes run from XS to 4XL, and they're the best jackets on the market, no contest.", "sizing detail plus a generic boast")],
  [("HS", "The sizing form is attached, and I need it back by Friday because my area manager is reviewing my numbers on Monday.", "attachment plus a seller-driven deadline, the manager's review (rule 16)"),
   ("N", "Taped seams, reflective panels and a hood that fits over a cap.", "product detail tied to the problem")])

# 34
email("railway carriage restoration for the wenlow valley heritage line", "formal", "Survey of coaches 41 and 52", "Dear Mrs Cartwright,", "Yours sincerely,\nEdward Blythe\nBlythe Rolling Stock",
  [("N", "Thank you for allowing us to survey the two Gresley coaches in the Wenlow carriage shed.", "thanks"),
   ("N", "The teak panelling on coach 41 is sound, but the underframe of coach 52 has corrosion at both bogie pivots, and I would treat that as the priority.", "expert assessment")],
  [("S", "Our workshop holds a royal warrant, and our restorations have appeared on national television.", "generic boast"),
   ("H", "Our proposal is enclosed, and because other railways are queuing for our shop, the slot will go to someone else unless you confirm very quickly.", "proposal plus manufactured scarcity"),
   ("H", "If the trust lets this winter pass, it may as well accept that coach 52 will never run again, and the members will want to know why.", "now-or-never pressure with shaming")],
  [("S", "In return for our time on the survey, I would also ask you to put us forward to the other lines in the heritage railway association.", "referral favour for the seller"),
   ("N", "I would welcome the chance to take your trustees round the workshop.", "offer of a visit")])

# 35
email("rickshaw hire for the shah and delaney wedding", "chatty", "Rickshaws for your big day", "Hi Priya and Sean,", "Cheers,\nMatt",
  [("N", "Congratulations again on the engagement, and thanks for sending over the venue map!", "pleasantry"),
   ("N", "Two rickshaws would get the whole wedding party from the chapel to the reception in three trips, about fifteen minutes in all.", "value tied to the prospect's plan")],
  [("T", "Sorry for the super long email and for bugging you guys again.", "apology for length and for following up"),
   ("T", "It's $650 for the afternoon like you asked, but honestly, what number would work for you?", "price the prospect asked for plus asking the buyer to name a number"),
   ("S", "Both rickshaws come decorated in your colors, and we've been voted Best Wedding Vendor in the tri-state three years running, so you're in great hands!", "product detail plus a generic award boast"),
   ("HT", "We have your date open on the calendar, and if you book by Sunday I'll throw in the champagne cooler for free, otherwise it's gone.", "the couple's date plus a freebie conditioned on the seller's deadline (rule 7)")])

# 36
email("rope swing installation for the hazelbank forest school", "terse", "Swing on the pond oak", "Hi Fiona,", "Cheers,\nAli",
  [("N", "Checked the oak by the pond: the limb is sound and high enough for a swing with a four-metre arc.", "finding"),
   ("N", "We'd fit a steel-lined sling and a safety-rated rope, inspected and tagged on the day.", "product detail"),
   ("N", "It's £310 fitted, including the first annual inspection.", "price")])

# 37
email("roof truss replacement for the 4th marwood scout hut", "warm", "Scout hut roof", "Hi Graham,", "All the best,\nPhil",
  [("N", "Thanks for letting me in on Sunday, and please thank the Beavers for the tour.", "pleasantry"),
   ("N", "Two of the six trusses have split at the heel joint, so I'd replace those and fit steel straps to the other four.", "expert recommendation with evidence")],
  [("S", "The work would take four days in the October half-term, and we've won the county building awards four years on the trot.", "timing plus a generic award boast"),
   ("T", "The quote's attached, and I'm sorry it's more than you hoped, I did try to keep it down.", "attachment plus an apology for the price"),
   ("HS", "After the two weekends I gave up measuring and drawing for you, I do think I've earned an answer before the month's out.", "the seller's sacrifice as guilt with a demand (rule 15)")])

# 38
email("rubber stamp making for the millbeck registry office", "formal", "Date and signature stamps", "Dear Ms Featherstone,", "Yours sincerely,\nAlan Price\nStampcraft UK",
  [("T", "I do hope this email finds you well and that I'm not being a nuisance.", "approval-seeking"),
   ("N", "Thank you for the artwork for the twelve date and signature stamps.", "thanks"),
   ("S", "We are proud to be the UK's premier stamp maker, trusted by more than 2,000 organisations.", "generic boast")],
  [("T", "I'm just nudging this back to the top of your inbox in case it slipped by.", "'just checking in' variant as the purpose"),
   ("H", "The proofs are attached, and unless I hear otherwise by Wednesday I will send them to production and invoice you.", "attachment plus silence-means-yes invoicing")],
  [("N", "The self-inking models last roughly 10,000 impressions before the pad needs changing.", "product detail")])

# 39
email("radio advertising for the fernhollow garden centre", "chatty", "Spring fair on the breakfast show", "Hi Carol,", "Speak soon,\nJess",
  [("N", "Loved chatting about the spring plant fair, it sounds like it'll be a busy weekend.", "pleasantry"),
   ("N", "A two-week campaign on our breakfast show reaches about 38,000 listeners within twenty miles of you.", "value tied to the prospect")],
  [("HS", "I'm so close to hitting my target that if you could sign before the 31st it would genuinely make my year.", "seller-driven deadline, the rep's target (rule 16)"),
   ("H", "Your fair is on the 12th, and the garden centre across the bypass has already booked their spring slots, so you'll want to keep up.", "the prospect's date plus a competitor who already bought, FOMO"),
   ("HT", "Airtime for the fortnight is £1,800, but I can bring it down to £1,400 if you sign today.", "price plus a discount conditioned on the seller's date (rule 7)")],
  [("N", "I'd suggest leading with the fair date and your free coffee offer.", "confident recommendation")])

# 40
email("pony trekking for the hollin lane youth club", "terse", "Trek on 7 June", "Hi Dean,", "Kath\nHigh Fell Trekking",
  [("N", "Twelve riders on Saturday 7 June, two hours on the moor, as you asked.", "restating the prospect's request"),
   ("N", "It's £28 a head, and a £50 deposit holds the date.", "price and logistics"),
   ("N", "Hats and boots are provided, and the route stays off the road the whole way.", "product detail"),
   ("N", "If any of the group have never ridden, we'll put them on the steadiest ponies with a leader walking beside them.", "value tied to the prospect"),
   ("N", "Can you send me the riders' heights and weights by the end of May so I can match the ponies?", "plain ask with a date")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s104e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s104-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed104: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the thirteenth session) from the labelling guide alone, before that session's model change (`sealed58` to\n`sealed89` joining the training data), which it was written to judge, and measured first in that session on the model\nbefore and after it, in the same run: rules + model macro-F1 0.954 before, 0.965 after (hard_close 0.925 → 0.958,\nself_serving 0.970 → 0.970, timidity 0.966 → 0.966; clean sentences flagged 1 → 0 of 100; email agreement 0.950 /\n0.950 / 0.975 → 0.975 / 0.950 / 1.000).\n")
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
    R.append("- Every third email (s104e003, s104e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
