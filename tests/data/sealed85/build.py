#!/usr/bin/env python3
"""Build sealed85: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("sand arena resurfacing for the thornleigh riding school", "chatty", "Your outdoor school surface", "Hi Marguerite,", "Cheers,\nTom Ashby\nAshby Arenas",
  [("N", "Thanks for walking me round the yard on Saturday, and for letting me meet Biscuit and the rest of the string.", "greeting"),
   ("N", "From what I saw, the sand in the outdoor school has worn down to about 5cm on the track, which is why your instructors are seeing ponies slip on the corners.", "insight tied to the prospect's problem")],
  [("S", "We've surfaced arenas for two Olympic eventers and a royal mews, so your ponies would be in very grand company!", "generic boast about famous clients"),
   ("HT", "I can waive the delivery charge on all forty tonnes of sand, but only if you confirm before Friday, after which it goes back up.", "concession conditioned on the seller's own date, no reason given")],
  [("T", "I've attached the depth readings for each corner, and sorry, I know it's a lot of arena talk, so have a read whenever you get a minute.", "attachment plus apology for length and permission-begging"),
   ("H", "Does Tuesday morning before the first lesson work for me to take core samples, and shall I bring the contract so we can get it signed on the spot?", "meeting ask plus assumptive signing before a yes")])

# 2
email("sash window draught-proofing for the wellgate vicarage", "formal", "Draught-proofing the vicarage sashes", "Dear Reverend Okafor,", "Yours sincerely,\nHelen Marsh\nMarsh Joinery Conservation",
  [("N", "Thank you for showing me the study and the two front bedrooms on Wednesday.", "pleasantry"),
   ("N", "Of the fourteen sashes, nine have worn parting beads and no brush seals, which accounts for most of the draught you described in the study.", "inspection finding tied to the prospect's complaint"),
   ("N", "The diocesan heating figures you forwarded show the vicarage used roughly 30% more gas than the curate's house last winter, and the windows are the likeliest single cause.", "figures from the prospect's own data")],
  [("N", "Because the house is listed, the conservation officer must approve the work first, and her office is quoting six weeks, so applying this month would get the seals in before the frosts.", "borderline: real permit lead time stated once with its reason"),
   ("N", "I have attached a room-by-room quotation and a photograph of each window, and I can meet the conservation officer on site if that would help.", "attachment and a helpful offer"),
   ("N", "Would Thursday the 14th at ten suit you to go through it?", "plain ask with a date")])

# 3
email("sheet music library software for the carrow philharmonic", "warm", "Finding the marked-up parts", "Hello Priya,", "Warmly,\nDaniel Fry\nScorekeep",
  [("N", "It was lovely to hear the orchestra's Elgar on Sunday, and thank you for the tea afterwards.", "pleasantry"),
   ("T", "You mentioned the librarians lose around a day a month hunting for marked-up parts, and I was sort of wondering whether perhaps a short look at how we index bowings might possibly be of interest?", "prospect's own pain point plus stacked hedges")],
  [("S", "I'm honestly so excited about our new annotation module; my whole team has been living and breathing it since the spring.", "rep's excitement about the seller's own launch"),
   ("ST", "I'll be straight with you, my region is well off its subscription target, so a yes from a flagship orchestra would really rescue my year, if you could see your way to it.", "seller's target with no date, pleaded for the seller's own sake")],
  [("N", "The attached sample catalogue uses three of your own pieces from the spring season, so you can see how the parts would be filed.", "attachment tied to the prospect's material"),
   ("T", "Could we perhaps find forty minutes with you and the head librarian before the autumn rehearsals, if it isn't too much of an imposition?", "meeting ask plus hedge and permission-seeking")])

# 4
email("signal boosters for the holmbrook quarry office", "blunt", "Weighbridge signal", "Gareth,", "Rob Kettle\nKettle Signal Co.",
  [("N", "Your weighbridge office drops mobile signal most afternoons, which your drivers say costs them about twenty minutes per load waiting to confirm tickets.", "cost from the prospect's own data, offered as information"),
   ("H", "The booster would mount on the crusher mast where our survey found a usable signal, and frankly every other quarry in the county sorted this out years before you did.", "product detail plus peer shaming"),
   ("S", "We hold the industry's top installer rating three years running and we don't lose sleep over competitors.", "generic boast about ratings")],
  [("H", "I've pencilled our engineer in for Monday and the deposit invoice is already in your inbox, so pay it and we're set.", "assumptive booking and invoice before a yes"),
   ("N", "Installation takes a day and the office stays open throughout.", "logistics")])

# 5
email("snow clearance for the hillview retirement village", "very deferential", "Winter path clearing", "Dear Mrs Pemberton,", "With kind regards,\nAlan Tweed\nTweed Ground Care",
  [("T", "I do hope you'll forgive me for writing again, and I'm so sorry if this is an intrusion on your busy week.", "repeated apology for following up"),
   ("T", "You asked for the winter price, which is \u00a31,840 for the season, though I appreciate that may feel like rather a lot and I'm sorry it isn't lower.", "price the prospect asked for plus apology for the price")],
  [("S", "That covers gritting and clearing all paths before 7am whenever the forecast drops below zero, and I've been longing to add a retirement village to our little list of clients.", "service detail plus the seller's own wish"),
   ("T", "If it helps at all, I could take a hundred pounds off straight away, or you could tell me what figure would feel more comfortable.", "unprompted discount and name-your-number"),
   ("S", "We're a small family firm, three generations on the same tractor, and very proud of it.", "borderline: heritage line")],
  [("T", "I can start on the first frosty morning after 1 November, but please don't feel any obligation whatsoever to reply if it isn't the right time.", "start date plus permission to ignore the email")])

# 6
email("spill kits for the tarnside fuel depot", "terse", "Spill kit quote", "Hi Cal,", "Sam\nSorbex Supplies",
  [("N", "Quote for the 40 forecourt spill kits attached, as requested.", "attachment as requested"),
   ("HS", "Restocking is included for a year, but I need the PO by the 28th because that's when my numbers for the quarter get locked.", "restocking detail plus seller's quarter as the reason for an order date"),
   ("N", "Each kit holds 240 litres, which matches the largest compartment on your delivery tankers.", "product detail tied to the prospect's tankers"),
   ("H", "Delivery is 48 hours from order, and three depots down the road already restocked with us last month, so don't be the one left behind.", "delivery detail plus peers-already-bought pressure")])

# 7
email("staff lockers for the riverside fire station", "non-native English", "Lockers for changing room", "Dear Station Manager Hughes,", "Best regards,\nTomasz Wielgosz\nVentra Lockers",
  [("N", "Thank you for the meeting last Tuesday and for show me the changing room.", "pleasantry"),
   ("N", "As you ask, I send the price: 32 ventilated lockers is \u00a36,400 with fitting.", "price the prospect asked for"),
   ("T", "Maybe is too expensive, sorry for this, I can make also cheaper if you say me a number.", "apology for price and name-your-number concession")],
  [("S", "The lockers have ten-year guarantee, and our company is biggest locker maker in Europe and win many prize for design.", "guarantee plus generic boast and awards"),
   ("S", "Also my director say he want very much a photo of the installed lockers for our brochure, so please to allow this.", "favour for the seller's marketing, manager's wish")],
  [("N", "The ventilated doors dry wet kit overnight, which your crew told me is the main problem now.", "value tied to the crew's problem"),
   ("T", "I can come on 12 May to measure, but only if is good for you, I don't want to make any trouble.", "measuring date plus need for approval")])

# 8
email("steam cleaning for the kingsmead hotel carpets", "chatty", "Ballroom carpet", "Hey Jordan,", "Best,\nKayla Ruiz\nFreshPile Cleaning",
  [("N", "Following up on the carpet quote I sent over on the 2nd.", "single follow-up line"),
   ("HS", "I drove out twice to take samples from your ballroom and stayed late rerunning the stain tests, so I'd honestly expect at least a yes or no by now.", "seller's effort as guilt for a reply"),
   ("H", "I can see from the tracker you've opened the proposal six times, so something's obviously holding you up.", "read-receipt guilt")],
  [("N", "The tests showed the red wine marks lift fully with low-moisture extraction.", "test result tied to the prospect's carpet"),
   ("H", "The low-moisture method means the ballroom is usable the same evening, so if it isn't booked in by this weekend you'll be staring at those stains through every wedding of the season.", "product detail plus manufactured urgency"),
   ("H", "Are you free Thursday to pick a date, or do I need to ring your GM?", "meeting ask plus bypass threat")])

# 9
email("stone cleaning for the trinity chapel west front", "formal", "Trinity Chapel west front: trial patch", "Dear Mr Adeyemi,", "Yours sincerely,\nFrances Lindley\nLindley Masonry Care",
  [("N", "Thank you for your letter of 3 March and for the photographs of the west front.", "pleasantry"),
   ("N", "Apologies for the slow reply; I was on a scaffold in Ripon all last week and only saw your letter on Monday.", "borderline: single courtesy apology for a real delay with the reason")],
  [("N", "The black crust on the lower courses is sulphation, and a trial patch would show whether a poultice lifts it without harming the stone.", "insight"),
   ("N", "Your churchwardens' target of the patronal festival in September leaves room for the trial in May and the full clean in July.", "the prospect's own date"),
   ("N", "I would recommend the poultice over steam for the carved string course, and the attached note sets out why.", "confident recommendation with reasoning")],
  [("N", "Could I visit on the 21st to take the trial-patch samples?", "clear next step with a date")])

# 10
email("surveillance cameras for the millpond boatyard", "blunt", "Cameras for the hard standing", "Dave,", "Pete\nHarbourwatch Security",
  [("N", "You told me three outboards walked off the hard standing since Easter, which is over \u00a39,000 by your own figures.", "figures from the prospect's own data"),
   ("H", "Four cameras on the slipway and the gate would cover every route those engines left by, and the yards either side of you went live with us in March, so you're the easy target now.", "product detail plus peers-already-bought pressure")],
  [("H", "You need to sign this week, because thieves don't wait and neither should you.", "directive with a manufactured deadline"),
   ("S", "It'd also get me over the line for my monthly target, which wouldn't hurt my mood either.", "seller's target stated without a date in the sentence"),
   ("HS", "The contract's attached, and if it's signed by Friday my manager has promised to release the install crew for the following Monday.", "attachment plus seller-driven date with the manager's approval as reason")])

# 11
email("tablet rental for the cobham conference", "warm", "Check-in tablets for Cobham", "Hi Eleanor,", "Warm wishes,\nJoe Perrin\nTabletHire Direct",
  [("N", "Congratulations on selling out the Cobham conference again this year!", "pleasantry"),
   ("N", "You mentioned registration queues ran to forty minutes last time, so I've costed 25 check-in tablets that would bring that under ten.", "value tied to the prospect's own figure"),
   ("T", "I've put a rough floor plan together too, and I hope that's okay, I really didn't want to overstep.", "floor plan plus approval-seeking")],
  [("S", "We've supplied tablets to Glastonbury, the Brit Awards and two royal garden parties, as you might have heard.", "generic boast of famous clients"),
   ("T", "If the price is an issue, I could do them at cost, honestly.", "unprompted discount"),
   ("S", "Shall we speak on Monday at 2, so I can show you the floor plan and the new app our developers are so proud of?", "meeting ask plus showing off the seller's product")])

# 12
email("tarpaulins for the eastfield market traders", "chatty", "Stall tarps", "Morning Bev,", "Ta,\nNeil\nCoverall Tarps",
  [("N", "Lovely to catch you at the market committee meeting on Thursday.", "pleasantry"),
   ("N", "The 3x3m heavy tarps with eyelets every 50cm would fit your stall frames, and at \u00a324 each for sixty you'd be well inside the committee's budget.", "price and fit tied to the prospect")],
  [("T", "Only nudging this along in case it slipped under the pile, honestly don't worry if not.", "checking-in variant and minimising"),
   ("S", "Our tarps are PVC-coated, UV-stabilised, fire-retardant, rot-proof, tear-stop woven, reinforced at the corners, weighted at the hem and available in nine colours.", "feature list not tied to an outcome"),
   ("H", "The Halesby market has already kitted out every stall with them, so you'd hate to be the tattiest market in the district.", "peers already bought, shaming")],
  [("HT", "The tarps can be with you by Saturday's market, and if the committee says yes by Friday I'll throw in the bungees free, but that offer is gone on Monday.", "delivery date plus freebie conditioned on the seller's date")])

# 13
email("textbook supply for the harrowgate adult learning centre", "formal", "Autumn reading lists", "Dear Ms Varga,", "Kind regards,\nOwen Rees\nRees Educational Supply",
  [("N", "Thank you for sending the reading lists for the autumn ESOL and GCSE maths courses.", "pleasantry"),
   ("N", "Just a note that the exam board moves to a new maths specification from September, so the 2019 editions on your list will no longer match the papers.", "one polite 'just' with an external fact"),
   ("N", "Based on last year's enrolment of 140 learners, I have quoted 150 copies of each title to allow for late joiners.", "figures from the prospect's own data")],
  [("N", "The publisher's current trade price holds until 31 July, when their annual list-price rise takes effect; I mention it only so you can plan the order.", "borderline: price expiry stated once with its reason, no urgency"),
   ("N", "Would you like me to reserve stock now and invoice once your budget is confirmed in August?", "plain question about the prospect's preference")])

# 14
email("thermal imaging for the bellwood data center", "blunt", "Hall B panels", "Marcus,", "Brandon Cole\nInfraSight Thermal",
  [("S", "We're the only thermography firm in the state with a Level III certification and a 2023 Innovation Award on the wall.", "generic boast and award"),
   ("N", "The last scan of your Hall B showed two breaker panels running 18\u00b0C above their neighbors, which usually means a loose lug.", "insight from the prospect's own scan"),
   ("H", "Every month that lug stays loose raises the odds of an outage, and any competent facilities director would have booked the fix already.", "risk insight plus shaming of the prospect")],
  [("HS", "The report will be with your team within 48 hours, but I need your sign-off by the 30th, since that's when my VP closes out the forecast.", "report turnaround plus seller's forecast and VP as the reason for a date"),
   ("H", "The scan takes one night shift and needs no shutdown, so there's no excuse left for putting it off.", "logistics plus shaming the prospect's delay")])

# 15
email("towing contract for the greenhill car auctions", "non-native English", "Moving unsold cars", "Hello Mr Okonkwo,", "Best regards,\nAhmet Yilmaz\nYilmaz Recovery",
  [("N", "Thank you very much for your email about moving the unsold cars after each auction.", "pleasantry"),
   ("T", "I am so sorry to disturb you again and again, I know you are very busy man.", "repeated apology for normal selling")],
  [("N", "Our price for the Tuesday and Friday auctions is \u00a385 per car within 20 miles, like you asked.", "price the prospect asked for"),
   ("T", "I think maybe, if possible, we could perhaps start with a small trial on the Friday auctions, if you don't mind it?", "trial offer plus stacked hedges"),
   ("T", "If you find cheaper, please tell me and I will go lower, no problem.", "caving on price before any objection")],
  [("S", "Our two flatbeds are free from 6 pm on auction days, when your yard closes, and we are most famous recovery company in the county with many trophy.", "logistics plus boast and awards")])

# 16
email("typesetting for the corrin parish magazine", "warm", "Sample pages for the magazine", "Dear Sheila,", "With best wishes,\nRuth Calder\nCalder Type & Print",
  [("N", "So sorry to hear about the flooding in the church hall; I hope the clear-up is going well.", "sympathy"),
   ("N", "The sample pages attached use the April issue you sent, set in the larger 12-point type several readers asked for.", "attachment tied to the prospect's readers")],
  [("N", "Moving the notices to a fixed back page would save your volunteers about an hour each month on layout.", "concrete value"),
   ("N", "The price stays at \u00a33.10 per copy for 300 copies, the same as your current printer.", "plain price"),
   ("N", "Could I ring you on Wednesday afternoon to hear what the committee thought?", "single plain follow-up ask")])

# 17
email("upright pianos for the fernbank school of music", "chatty", "Pianos for the practice rooms", "Hi Oliver,", "All the best,\nMia Holt\nHolt & Varley Pianos",
  [("N", "Great to see the new practice rooms taking shape when I popped in on Friday.", "pleasantry"),
   ("S", "We were named Britain's piano maker of the year twice, and our instruments are in half the concert halls in London.", "awards and generic boast"),
   ("N", "For rooms that size, the 118cm uprights would give your Grade 8 students a full enough bass without swamping the space.", "expert recommendation tied to the prospect")],
  [("T", "The quote attached is \u00a38,640 for six instruments, and I'm really sorry it came out higher than last time.", "quote plus apology for the price"),
   ("ST", "If you'd let us film a short case study in the new rooms, I'd happily knock 10% off the total.", "borderline: discount offered to win a personal favour"),
   ("H", "I've already reserved the six instruments in your name and set delivery for the 14th, so there's not really anything left for you to decide.", "assumptive booking before a yes")],
  [("N", "Let me know if the 14th clashes with any exams.", "logistics")])

# 18
email("urn and tea kit hire for the lowfield cricket club", "terse", "Tea kit", "Hi Jan,", "Cheers,\nLiam\nTeaTime Hire",
  [("T", "Two 20-litre urns, 80 cups and the cake stands are \u00a345 a weekend, as asked, sorry if that's more than you'd hoped.", "price the prospect asked for plus apology for the price"),
   ("S", "Could you do me a big favour and leave us a review on the league's Facebook page?", "review favour asked before any value delivered"),
   ("T", "Collection from the pavilion any Friday after 4, or honestly whenever, I don't mind.", "logistics plus minimising")])

# 19
email("upholstered booth seating for the harbour lights diner", "chatty", "Your booths", "Hey Rosa,", "Talk soon,\nBrett\nBoothWorks",
  [("N", "Thanks for the tour of the diner on Tuesday, and that key lime pie was unreal.", "pleasantry"),
   ("N", "Your booths seat 64 on a good night, and you mentioned losing about four covers a week to split vinyl nobody wants to sit on.", "the prospect's own figures")],
  [("S", "The stain-shield fabric wipes clean with water, and I'm so pumped about it, it's honestly the coolest thing we've launched in years.", "product detail plus rep's excitement"),
   ("HS", "I'm two installs away from the top spot in our company's spring contest, so locking this in before May 1 would mean a lot to me.", "seller's sales contest as the reason for a date"),
   ("T", "Sorry, I know that's a weird thing to share, please don't feel any pressure from it!", "apology and minimising")],
  [("H", "Could I come by at 3 on Thursday to show you the swatches in your own booths, and I'll bring the card reader so we can get the deposit sorted?", "meeting ask plus assumptive payment step")])

# 20
email("vacuum lifters for the penrith granite works", "formal", "Slab handling at the loading bay", "Dear Mr Gilchrist,", "Yours faithfully,\nCatherine Mowbray\nLiftwell Handling Ltd",
  [("N", "Thank you for the opportunity to observe the slab-handling line on 9 October.", "pleasantry"),
   ("N", "Your own accident book shows five hand injuries at the loading bay in the past year, all during manual turning of slabs over 60 kg.", "figures from the prospect's own data"),
   ("H", "Given that record, your company simply needs a vacuum lifter, and I would not expect the board to reach any other conclusion.", "borderline: 'you need this' directive after a real analysis")],
  [("S", "Our lifters feature dual-circuit vacuum, a 4:1 safety factor, wireless remotes, 360\u00b0 rotation, tilt to 90\u00b0, battery backup, audible alarms, quick-change pads and a five-year warranty.", "feature dump"),
   ("H", "I will send the risk assessment by Friday, and if we do not hear back by the 15th, I shall raise the matter directly with your managing director.", "promised document plus bypass threat"),
   ("N", "I enclose the specification and a draft installation plan for your health and safety manager's review.", "enclosure for the prospect's process")])

# 21
email("van racking for the swiftfix plumbers", "chatty", "Racking for the vans", "Hi Kieran,", "Cheers,\nAnna Brook\nRackRight",
  [("N", "Good to meet you and the lads at the depot on Monday; I'd forgotten how early plumbers start.", "pleasantry"),
   ("N", "Your fitters said they spend twenty minutes a morning digging fittings out of the back of the vans, which over eleven vans is close to four hours a day.", "figures from the prospect's own team")],
  [("N", "The modular racking puts every fitting in a labelled bin at waist height, and it moves across to the new vans when your lease renews in spring.", "value tied to the prospect's lease"),
   ("N", "We fitted the same system for another plumbing firm running Transit Customs, and their advice was to do two vans first so the fitters can tweak the layout before the rest.", "social proof turned into advice"),
   ("N", "Shall I book two vans in for Saturday the 8th?", "clear next step with a date")])

# 22
email("vet locum cover for the harbourside animal clinic", "very deferential", "Saturday cover over the summer", "Dear Dr Mensah,", "With very best wishes and thanks,\nLucy Farrant\nVetCover Locums",
  [("T", "I'm terribly sorry to trouble you, and I completely understand if you're far too busy to read this.", "apology for writing and minimising"),
   ("N", "You mentioned the practice is short of a vet on Saturdays through the summer while Dr Lowe is on maternity leave.", "the prospect's own situation")],
  [("T", "We have two locums who have covered practices of your size, and they might perhaps possibly be able to share your Saturday rota, if that wouldn't be an imposition.", "product detail plus stacked hedges"),
   ("N", "Both have worked with exotic pets, which your reception team said is a growing share of Saturday appointments.", "value tied to the prospect")],
  [("ST", "It would honestly mean the world to me personally, as I'm new in the role and rather desperate to make a good start.", "pleading for the seller's own sake"),
   ("T", "But of course, if you'd rather not, I'll simply try again next year.", "giving up at once")])

# 23
email("vinyl flooring for the oakdene dental surgery", "blunt", "Flooring price", "Dr Kaur,", "Gary Pollard\nPollard Floors",
  [("N", "Price for the two surgeries and the waiting room is \u00a37,950 fitted, which you asked for on the phone.", "price the prospect asked for"),
   ("H", "That's a price for people who decide, not for people who sit on it for a month.", "sarcasm aimed at the prospect")],
  [("S", "The welded-seam sheet meets the infection-control standard your CQC inspector flagged, and we do more surgeries than any other flooring contractor in the North West, not that we're shy about it.", "standard met plus generic boast"),
   ("H", "Fitting takes two days over a weekend so no appointments are lost, and I've only got one weekend left before August.", "logistics plus scarcity without a reason"),
   ("HS", "I've held this slot open for you and turned down two other jobs for it, so I'm owed an answer by Wednesday.", "seller's sacrifice as guilt and entitlement")])

# 24
email("visitor sign-in kiosks for the cresswell pharma reception", "formal", "Visitor log for your Cambridge site", "Dear Ms. Hollis,", "Sincerely,\nDerek Lam\nSignPoint Systems",
  [("N", "Thank you for the walkthrough of your Cambridge reception on Tuesday.", "pleasantry"),
   ("N", "Your security team logs roughly 220 visitors a day on paper, and your auditors flagged last year that the sign-out times were incomplete.", "the prospect's own data")],
  [("S", "We're backed by two of the largest venture funds in Boston and were recently ranked the fastest-growing company in our space.", "investors and rankings"),
   ("N", "Our kiosks record sign-in and sign-out automatically and export the log in the format your auditors requested.", "'our' but serves the buyer's audit"),
   ("HT", "Setup takes one afternoon, and if you can confirm by month-end I'll waive the setup fee, though it reverts after that.", "setup detail plus fee waiver conditioned on the seller's date"),
   ("S", "I'd also love to walk you through our entire product suite, including the parts you didn't ask about.", "showing off the whole suite")],
  [("N", "Would Thursday the 16th at 11 a.m. suit for a short call with your security lead?", "clear next step with a date")])

# 25
email("wall murals for the st kilda children's ward", "warm", "Mural sketches", "Dear Nadia,", "With love from the studio,\nBea Hartley\nHartley Murals",
  [("N", "Thank you so much for the tour of the ward, and please pass on my thanks to the play specialists.", "pleasantry"),
   ("N", "The drawings the children did in the playroom are wonderful, and I'd like to build the mural around their ideas.", "value tied to the patients")],
  [("T", "I do hope the attached sketches are okay and that I haven't got anything badly wrong.", "attachment plus need for approval"),
   ("T", "The quote is \u00a34,200, and I'm sorry it isn't less; I'd be quite happy to bring it down if the budget won't stretch.", "price plus apology for the price and caving"),
   ("S", "Would you mind writing a few words about us for our website once it's up?", "testimonial favour for the seller")],
  [("T", "Could I come in on the 3rd to measure the corridor walls, or any day at all that suits you, I'm completely flexible?", "measuring ask plus whenever-suits minimising")])

# 26
email("washing machine servicing for the bubbles launderette", "terse", "Machines 3, 7 and 9", "Hi Sonia,", "Mo\nSpinCare Services",
  [("N", "Your machines 3, 7 and 9 are showing the same drum-bearing wear I found on the others last month.", "insight from an inspection"),
   ("H", "Each week you leave them, you're throwing roughly \u00a3200 straight down the drain, so sort it now.", "borderline: cost of delay used to push, plausible number"),
   ("S", "The service for all three is \u00a3390, as you asked, and a five-star review from you would really help me out this month.", "price the prospect asked for plus review favour"),
   ("H", "Engineer's booked for Tuesday and I'll take payment on the day, so reply only if there's a problem.", "assumptive booking, silence taken as yes"),
   ("T", "Sorry for being pushy.", "apology for normal selling")])

# 27
email("waterproofing for the ridgeway cellar bar", "non-native English", "Damp in cellar bar", "Dear Mr Brennan,", "Kind regards,\nMarek Nowak\nDryCellar Ltd",
  [("N", "Thank you for let me see the cellar bar on Friday.", "pleasantry"),
   ("N", "The damp on the back wall is coming from the ground, not from the pipes, because the salts are only in the bottom metre.", "insight")],
  [("S", "Our company have forty years experience and win the golden trowel prize two times, so we are the best in the city.", "years in business and awards"),
   ("H", "The tanking we propose for this wall is \u00a33,600, and you must do it now, before summer, or the damp will finish your bar.", "price plus directive and doom-laden urgency"),
   ("HS", "My boss is asking me every day about this job, so please you sign the paper before Friday for me.", "manager's wish as the reason for a signing date")],
  [("H", "The work takes three days, and other bars on your street already have done it with us, you are the last one.", "duration plus peers-already-bought shaming")])

# 28
email("wetsuit hire for the tidebreak surf school", "chatty", "Summer wetsuits", "Hey Ash,", "Cheers,\nFinn\nSwellGear Hire",
  [("N", "Cheers for the chat at the beach hut yesterday.", "pleasantry"),
   ("N", "You said about a third of your summer lessons lose ten minutes while kids swap ill-fitting suits, so I've quoted sizes weighted towards juniors.", "value tied to the prospect's own figure"),
   ("N", "We can move on the weekly rate only if you take the full June-to-September block.", "concession traded for a longer term")],
  [("N", "The 4/3 suits could be a better fit than the 3/2s for your early-morning groups.", "borderline: one mild hedge"),
   ("N", "Can I drop a sample rack round on Saturday morning before your 9 o'clock group?", "clear next step")])

# 29
email("wine racking for the cellar door merchants", "formal", "Racking for the tasting cellar", "Dear Mr Fairweather,", "Yours sincerely,\nJulian Ashcroft\nAshcroft Cellar Design",
  [("N", "Thank you for your enquiry about racking for the new tasting cellar.", "pleasantry"),
   ("S", "As Europe's premier bespoke racking house, we have supplied palaces, embassies and three of the world's top fifty restaurants.", "generic boast"),
   ("N", "For the 2,400 bottles you plan to hold, oak bin racking would make best use of the curved back wall.", "expert recommendation tied to the prospect")],
  [("T", "The quotation you requested is enclosed at \u00a311,800 including installation, and I must apologise for the price, which I fear may seem steep.", "price the prospect asked for plus apology for the price"),
   ("S", "The oak is kiln-dried to the humidity of a working cellar, and our master joiner has won more guild medals than any craftsman in the country.", "product detail plus award boast")],
  [("H", "Installation takes four days, and our workshop diary is filling so quickly that I cannot promise a slot if you delay much longer.", "installation detail plus scarcity without a date"),
   ("H", "I have taken the liberty of arranging for the deposit invoice to be raised this afternoon.", "assumptive invoice before a yes")])

# 30
email("wool carding for the hebden spinners' guild", "warm", "Your Jacob fleeces", "Hi Margaret,", "Love,\nJen\nHebble Fibre Mill",
  [("N", "Thank you for bringing the fleeces to the show, and for the lovely cake.", "pleasantry"),
   ("S", "I'm so proud of our new drum carder, it's the first one in Yorkshire and we'd love everyone to see it!", "rep's excitement and boast"),
   ("N", "The Jacob fleeces you left with me would card best in 500g batches, which keeps the colours from blending too much.", "expert advice tied to the prospect's fleeces")],
  [("T", "The carding is \u00a39 a kilo, but I feel awful charging friends, so I could probably go down to \u00a36 if that's easier.", "price plus unprompted cut"),
   ("ST", "Honestly, I'd be so grateful for the business, it's been a very quiet year for me.", "pleading for the seller's own sake"),
   ("H", "I can have the first batch back to you by the guild meeting on the 19th, so I've already started carding them and will bring the invoice along.", "prospect's own date plus assumptive invoice")])

# 31
email("workwear laundry for the foxdale garage", "blunt", "Overalls", "Hi Craig,", "Lee\nCleanLine Workwear",
  [("N", "As promised, here's the weekly price for 14 mechanics: \u00a33.20 per set of overalls, collected and returned Mondays.", "price as promised"),
   ("H", "This is the fourth time I've sent it, so surely it's worth thirty seconds of your day to reply.", "counting attempts plus entitlement")],
  [("S", "Every set is pressure-washed at 75\u00b0C to strip oil, and we're the biggest workwear laundry in Lancashire by volume and have never lost a contract.", "process detail plus generic boast"),
   ("H", "Your insurer's audit requires oily overalls to be washed off site, so you need this contract, full stop.", "insurer requirement plus 'you need this' directive"),
   ("HS", "I've bent over backwards getting my depot to squeeze your garage onto the Monday van, so the least you owe me is a decision this week.", "seller's effort as guilt for a decision")])

# 32
email("x-ray aprons for the hillside dental group", "formal", "Apron replacements before June 12", "Dear Dr. Castellano,", "Best regards,\nAngela Duarte\nShieldWear Medical",
  [("N", "Thank you for forwarding the state inspection report for your four offices.", "pleasantry"),
   ("N", "The inspector noted that six of your lead aprons failed the tactile check and must be replaced before the follow-up visit on June 12.", "the prospect's own regulatory date")],
  [("N", "Our lead-free aprons meet the shielding standard cited in the report and weigh about 30% less, which your hygienists said would help during long appointments.", "'our' but tied to the buyer's requirement"),
   ("N", "Because the manufacturer allocates stock monthly, orders placed by May 20 ship in time for the inspection; I'm noting it once so the date doesn't catch you out.", "borderline: manufacturer allocation stated once with its reason"),
   ("N", "Would a 15-minute call on Tuesday work to confirm sizes for each office?", "clear next step")])

# 33
email("xlr cable supply for the riverbank theatre", "terse", "XLR leads", "Hi Sunil,", "Rich\nCableBox Pro Audio",
  [("H", "Fifty 10m XLR leads with the locking connectors your sound team prefers come to \u00a3620, and I'll need a card number today to hold them.", "price plus assumptive payment demand"),
   ("T", "I could probably drop that to \u00a3500 if it helps, whatever works for you really.", "unprompted discount and minimising"),
   ("H", "They're in stock for next-day delivery, but it's nearly gone and another theatre is sniffing around it, so I wouldn't sit on this.", "delivery detail plus manufactured scarcity"),
   ("T", "Sorry for the hassle!", "apology for normal selling")])

# 34
email("yoghurt cultures for the dalewood dairy", "formal", "March trial results", "Dear Ms Thornton,", "Yours sincerely,\nMartin Voss\nCultura Nordic",
  [("N", "Thank you for the trial results from your March batches.", "pleasantry"),
   ("N", "Your lab sheets show the new culture cut setting time by 40 minutes per vat, which at six vats a day frees most of a shift.", "figures from the prospect's own data")],
  [("S", "We are the leading culture house in Northern Europe, with laboratories on three continents and a research budget larger than most rivals' turnover.", "generic boast"),
   ("HST", "If the order is placed before our financial year closes on the 31st, I can offer 12%, as my director has approved that only until then.", "discount conditioned on the seller's date with the seller's year-end and director as reasons"),
   ("H", "The attached supply agreement covers twelve months with quarterly deliveries, as you requested, and I have already booked your first delivery for the 3rd.", "attachment plus assumptive booking before a yes")],
  [("S", "Once the first deliveries are in, we would also like to use Dalewood's name in our next trade press release.", "logo favour for the seller's marketing")])

# 35
email("youth football kit for the ashmount colts", "chatty", "Kit for next season", "Hi Debbie,", "Cheers,\nGav\nTouchline Teamwear",
  [("N", "Thanks for sending the squad numbers for all nine age groups.", "pleasantry"),
   ("N", "Based on your list of 146 players, I've quoted 160 kits so the September joiners aren't left waiting.", "figures from the prospect's own list"),
   ("N", "Your sponsor's logo can go on the front at no extra cost, since the printing is done in the same pass.", "value with a reason")],
  [("N", "Just a heads-up that the supplier's price list changes on 1 August when their new range comes in, so orders after that would be quoted again.", "borderline: price expiry stated once with its reason, one polite 'just'"),
   ("N", "Shall I bring a sample shirt in each size to training on Tuesday night?", "clear next step")])

# 36
email("yard sweeper hire for the holmfirth builders' yard", "blunt", "Sweeper", "Alright Phil,", "Dean\nYardmaster Plant Hire",
  [("H", "Weekly hire on the ride-on sweeper is \u00a3260, delivered Monday, which is what you asked for, and it's the last one in the depot till June.", "price the prospect asked for plus manufactured scarcity"),
   ("H", "It clears a yard your size in under an hour, so if you lot can't make your mind up on that, I'd hate to see how long a house takes you.", "product detail plus sarcasm"),
   ("S", "I've got a bonus riding on twenty hires this month, not that it's your problem.", "seller's bonus stated with no demand")],
  [("H", "I'll bring it round Monday regardless and you can sign for it on the day.", "assumptive delivery before a yes"),
   ("T", "Sorry, that came out a bit strong, ignore me if you like.", "apology for being pushy and permission to ignore")])

# 37
email("zorb hire for the pendleton youth fun day", "very deferential", "Zorbs for the fun day", "Dear Councillor Barnes,", "Yours most respectfully,\nKelly Dunn\nBounceAbout Events",
  [("T", "I hope you don't mind me getting in touch, and I'm so sorry if this isn't something you deal with.", "permission-seeking and apology for writing"),
   ("N", "Your fun day on 20 July has space on the lower field, and six zorbs with a fenced run would keep around 60 children an hour busy.", "value tied to the prospect's event")],
  [("T", "We could bring everything on the morning of the 20th, if that's at all convenient, and I wondered whether you might perhaps possibly consider us?", "delivery offer plus stacked hedges"),
   ("S", "We've been voted the region's best party hire company and we were on local television last spring!", "award and boast"),
   ("S", "The hire is \u00a3480 for the day, including two trained marshals and public liability cover to \u00a310 million, and it would be such a thrill for our little team to have a council event on our books.", "price plus the seller's own stake"),
   ("HT", "I can take \u00a380 off if you let me know by tomorrow lunchtime, after which I'm afraid it goes back up.", "discount conditioned on the seller's invented date")])

# 38
email("zone heating controls for st cuthbert's church hall", "warm", "Heating the hall only when it's booked", "Dear Peter,", "With warm regards,\nSusan Pike\nZoneWise Heating",
  [("N", "Thank you for letting me look round the hall after the coffee morning.", "pleasantry"),
   ("N", "Your bookings diary shows the main room empty most weekday mornings while the boiler heats it anyway, which is where most of your gas is going.", "insight from the prospect's own data"),
   ("S", "Separate zones for the main room, the kitchen and the vestry would let each one heat only when it's booked, and it's the very system that won us regional installer of the year.", "product detail plus award boast")],
  [("S", "I'll confess this project is close to my heart, as I'd love a church hall on our website to show how versatile the system is.", "seller's own wish for a showcase"),
   ("HS", "I'm happy to present at the PCC meeting on the 4th, and my area manager has asked me to get it confirmed before his review on the 10th, so I'd be grateful for a decision by then.", "offer to present plus manager's review as the reason for a decision date"),
   ("H", "The controls would pay for themselves in about two winters on your own gas bills, and if the PCC leaves it another year, frankly they'll never get round to it.", "payback figure plus now-or-never pressure")],
  [("N", "The work itself takes two days and can be done in the half-term break.", "logistics")])

# 39
email("sprinkler testing for the elmford primary school", "formal", "Sprinkler flow test", "Dear Mr Osei,", "Yours sincerely,\nGrace Whitley\nFlowCheck Fire Systems",
  [("N", "Thank you for sending the fire risk assessment for the Elmford Road site.", "pleasantry"),
   ("N", "The assessment notes that the sprinklers in the new classroom block have not had a quarterly flow test since installation, and your insurer has asked for evidence of one.", "the prospect's own document and insurer requirement"),
   ("N", "Our engineers can run the test after school hours, so lessons would not be disturbed.", "logistics tied to the prospect")],
  [("T", "I would be happy to discuss pricing, though I'd quite understand if you'd prefer to go with someone else, and please don't feel you need to reply.", "offer to discuss pricing plus pre-emptive release"),
   ("T", "The test and certificate come to \u00a3340, and we could reduce that by 15% straight away, should that make things simpler for you.", "price plus unprompted discount"),
   ("H", "Naturally, should there be a fire in the meantime, I doubt the governors would want it known that our quote sat unanswered on your desk.", "guilt and shaming aimed at the prospect")])

# 40
email("tuk-tuk hire for the rushbrook street festival", "chatty", "Tuk-tuks for the festival", "Hiya Marcus,", "Cheers!\nZara\nTukTuk Tours",
  [("N", "Loved the festival plans you showed me last week, the lantern parade sounds brilliant.", "pleasantry"),
   ("S", "Our tuk-tuks have Bluetooth speakers, LED underglow, USB chargers, cup holders, rain canopies, heated seats, a horn that plays six tunes and custom wraps.", "feature list"),
   ("N", "Three tuk-tuks on a loop between the car park and the main stage would move about 400 people an hour, which clears last year's shuttle queue.", "value tied to the prospect's problem")],
  [("HS", "I've turned away two weddings to keep that Saturday free for you, so I'm a bit gutted to still be waiting.", "seller's sacrifice and feelings as guilt"),
   ("N", "The drivers all hold taxi licences from your council, which your events officer said the road-closure permit requires.", "requirement from the prospect's process"),
   ("T", "You asked for the full-day price, and it's \u00a31,350 for all three with drivers, but if that's too much just tell me what you can stretch to.", "price the prospect asked for plus name-your-number")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s85e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s85-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed85: held-out sales emails for the Poise tone coach\n")
    R.append("> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the eleventh session) from the labelling guide alone, after that session's first Apply changes and its\ndecision to keep the sentence model, and before its later Apply changes, which it was written to judge; measured first\non the code of that moment (rules + model macro-F1 0.923: hard_close 0.889, self_serving 0.925, timidity 0.956; 0 of\n100 clean sentences flagged; email agreement 0.975 / 0.925 / 0.975).\n")
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
    R.append("- Every third email (s85e003, s85e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
