#!/usr/bin/env python3
"""Build sealed105: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("sand dune fencing for the carrowmore beach trust", "chatty", "Chestnut paling for the north dunes",
  "Hi Ffion,", "Cheers,\nGethin",
  [("N", "Thanks for walking me along the north dunes on Saturday, and for the flask of tea, which was a lifesaver in that wind.", "pleasantry"),
   ("N", "From what I saw, the two blowouts by the car park path have grown since your last survey photos, mostly because people are cutting straight up the face instead of using the boardwalk.", "insight from the prospect's own site"),
   ("S", "I can fence both blowouts with chestnut paling in two days, and honestly our paling is the best thing to happen to dune work in twenty years, the whole trade says so.", "offer of the work plus a generic boast")],
  [("H", "I could start on the 12th, but half the beach trusts on this coast have booked me already, so you'd be the odd one out if you left it.", "start date plus peers already booked used as shaming"),
   ("T", "Anyway, it's entirely your call and I won't be offended in the slightest if you'd rather I left you in peace!", "pre-emptively releases the prospect, approval-seeking"),
   ("N", "Would a site meeting on Tuesday the 4th work to agree the fence lines with your wardens?", "plain ask with a date"),
   ("HS", "P.S. I've attached the fence-line sketch, and since I turned down a paying job to keep Saturday free for your walk-round, I'd really appreciate a yes this week.", "sketch attachment plus the seller's sacrifice as guilt with a demand for a yes")])

# 2
email("sharps bin collection for the millgate podiatry clinic", "formal", "Clinical waste collection from 1 May",
  "Dear Ms Achterberg,", "Yours sincerely,\nPhilippa Grange\nAccount Manager, Sterimove Environmental",
  [("N", "Thank you for your enquiry of 3 March regarding clinical waste collection at the Millgate clinic.", "greeting"),
   ("N", "You mentioned that your current contractor's licence lapses at the end of April, so I have set out below a fortnightly collection that could begin on 1 May without any gap in cover.", "the date is the prospect's own constraint"),
   ("S", "We can also supply the sharps containers themselves, and I should mention that Sterimove Environmental holds a Green Apple Environment Award, has twice been named Regional Waste Carrier of the Year, and is backed by the Halden Growth Fund.", "product detail plus awards and investors not tied to the clinic")],
  [("N", "The fortnightly rate for up to six 7-litre containers is £38, which includes the consignment notes your inspection file requires.", "price with buyer-relevant detail"),
   ("H", "I have attached the completed consignment paperwork and have already raised the first quarter's invoice, so that your account is active and we may simply proceed from 1 May.", "attachment plus an assumptive invoice before a yes"),
   ("HS", "The service agreement is enclosed, and I would be grateful to have it signed by 31 March, as that is the date on which our regional director closes the quarter's new accounts.", "enclosed agreement plus a signing date with the seller's director and quarter as the reason"),
   ("H", "Should I not hear from you by that date, I shall take it that you are content for collections to begin.", "silence treated as agreement")])

# 3
email("stilt walker hire for the harrowfield summer carnival", "warm", "Stilt walkers for the carnival parade",
  "Hi Rosa,", "Warmly,\nLou",
  [("N", "It was lovely to hear how much the children loved the parade last year, and I can see why you'd like something taller in the line-up this time!", "warm pleasantry"),
   ("S", "I'm so excited about this one, our troupe has been longing to do a carnival like yours and I've been telling everyone in the office about it.", "the rep's own excitement, nothing for the buyer"),
   ("S", "We've led the Notting Hill parade four years running, so you'd be in very good company!", "generic boast with an exclamation")],
  [("T", "Our rate for three walkers across the afternoon is £540, though I'm really sorry it comes out that high and I'd completely get it if that's too much.", "price the prospect asked for plus an apology for the price"),
   ("T", "Face paint for the walkers is included, and if it would help at all, I could take £100 off straight away.", "product detail plus an unprompted, unconditional discount"),
   ("H", "I've pencilled the troupe in for your date and will send the booking invoice tonight so it's all sorted.", "date hold plus an invoice before any yes"),
   ("N", "Could you send me the parade route so I can check for low branches or bunting lines over the road?", "logistics question")])

# 4
email("steam room descaling for the kingsbridge health club", "terse", "Steam generator trips",
  "Hi Deon,", "Thanks,\nMarek",
  [("N", "Your duty manager said the steam room generator was tripping twice a week in January.", "prospect's own report"),
   ("N", "That pattern usually means scale on the heating elements; on a unit of that age a descale takes half a day and normally stops the trips.", "insight tied to the prospect's fault"),
   ("N", "I can do it on Monday 10 February before you open, £260 all in.", "clear offer with a date and price"),
   ("N", "Does 6am suit, or would you rather I came after close?", "plain ask")])

# 5
email("spring rider replacement for the pellow green playground", "very deferential", "Spring riders for Pellow Green",
  "Dear Councillor Pryce,", "With very best wishes,\nAnnette Colley",
  [("T", "I do hope you'll forgive me for writing again, and I'm so sorry if my last message was a nuisance in any way.", "self-abasing apology for following up"),
   ("T", "I was wondering whether it might perhaps be acceptable for me to send over the quotation for the four spring riders the parish asked about?", "offer of the requested quote plus stacked hedges")],
  [("N", "The quotation covers four rocking animals on new ground anchors, fitted in one morning, at £2,960.", "price and scope"),
   ("N", "The two closed riders failed the annual inspection on spring fatigue, so this would let the toddler corner reopen as soon as the new ones are in.", "value tied to the parish's inspection result"),
   ("T", "The price includes the safety surfacing under each rider, but if that's too dear, please just tell me what figure the parish had in mind and I'll do my very best to match it.", "product detail plus asking the buyer to name their number"),
   ("ST", "It would mean the world to me if the parish could see its way to a yes, as I've had rather a thin spring.", "pleading for the seller's own sake")],
  [("T", "I'm ever so sorry this email has turned out so long.", "apology for the length")])

# 6
email("seat belt retrofit for the dunhaven heritage coach tours", "blunt", "Lap belts for the Bedford",
  "Mike,", "Rob",
  [("N", "You said the 1968 Bedford needs lap belts fitted before you can take the school bookings in September.", "the prospect's own requirement and date"),
   ("N", "I can do all 29 seats, with the anchorage certificate, for £4,350.", "price and scope"),
   ("H", "Everyone else in the heritage coach game sorted this years ago, frankly, so you're well behind already.", "shaming with peers who already did it")],
  [("H", "I've booked the coach into the workshop for 2 June and my lads will be expecting it, so get the keys over by then.", "workshop date plus an assumptive booking before a yes"),
   ("S", "The belts are the same pattern we fit to museum coaches, and we've done more vintage retrofits than anyone in the country, with the trophies on the wall to prove it.", "product detail plus a boast about trophies"),
   ("HS", "The job takes five working days, and my gaffer's on my back to fill June, so I need your yes by the end of the week.", "job length plus a yes demanded by a date for the seller's manager")])

# 7
email("shoe dryer cabinets for the cairnfell ski hire", "non-native English", "Boot drying cabinets - offer",
  "Hello Mr Lindsay,", "Best regards,\nAndrej Novak\nTrockenwerk GmbH",
  [("N", "Thank you for the call on Tuesday about the wet boots in your hire shop.", "greeting"),
   ("S", "Our company is making the drying cabinets since 1987 and we are number one in all Europe for this product.", "years in business and a 'number one' boast"),
   ("S", "The cabinet have ozone function, UV lamp, timer, humidity sensor, 40 boot places, glove hooks, stainless body, app control and also LED light inside.", "feature list not tied to the prospect")],
  [("N", "With two cabinets, all the boots from your evening returns can be dry before you open at 8 next morning.", "value tied to the prospect's hours"),
   ("HS", "Delivery time is three weeks, and please to confirm the order before Friday, because my boss is asking me for this one in the monthly report.", "delivery time plus an order date with the seller's boss and report as the reason"),
   ("T", "Also I can give 15% discount if you want it, I am not wanting to lose you.", "unprompted discount and pleading")])

# 8
email("salad bar chillers for the oxleigh staff restaurant", "chatty", "That salad well",
  "Hey Jas,", "Cheers,\nDan",
  [("N", "Great to meet you at the catering show, and thanks for the tip about the noodle stand!", "pleasantry"),
   ("N", "You mentioned the current salad well is losing about 4 degrees over lunch service, which is why your EHO flagged it.", "prospect's own problem"),
   ("T", "I've put together a spec for a three-well refrigerated unit that holds 5 degrees all service, but sorry in advance, it's a bit of an essay!", "spec attachment plus an apology for the length"),
   ("T", "Feel free to skim it or bin it, whatever's easiest for you honestly.", "permission to ignore")],
  [("S", "Could you also do me a massive favour and put in a word with your facilities director about us for the other canteens?", "referral favour for the seller"),
   ("S", "I'm hoping I can still hit my monthly target, so fingers crossed you like it!", "the seller's target, no date or demand"),
   ("T", "Shall I bring a demo unit round on Thursday, if that's not too much of an imposition and only if you're sure it's no bother?", "demo visit plus permission-seeking hedges")])

# 9
email("tombstone re-lettering for the holmcroft cemetery", "formal", "Re-lettering quotation, Holmcroft centenary",
  "Dear Mr Okafor,", "Yours sincerely,\nHelen Marsh\nMarsh Memorials",
  [("N", "Thank you for sending the list of the eleven headstones the friends' group would like re-lettered before the centenary service on 11 November.", "the prospect's own date"),
   ("N", "Having looked at the photographs, seven are sandstone and will need the lettering recut, while the four granite stones only need the existing letters repainted.", "expert assessment"),
   ("N", "Our gilder has told us the gold leaf price rises on 1 July when their new contract with the refiner starts, so the quotation below holds until 30 June.", "borderline: factual price expiry with its reason, stated once")],
  [("N", "The total for all eleven is £2,780, and the work can be done over two weeks in September so it is finished well ahead of the service.", "price and plan"),
   ("N", "Would it help if I walked the site with your committee one afternoon to agree the order of work?", "plain offer")])

# 10
email("trouser press supply for the bellingham court hotel", "blunt", "Trouser presses, again",
  "Gary,", "Steve",
  [("H", "This is the fourth time I've sent this and I still haven't had so much as a yes or no from you.", "counts the attempts at the prospect"),
   ("HS", "I spent two evenings measuring every room on your floor plans for this, so the least you could do is pick up the phone.", "seller's effort used as guilt"),
   ("N", "The quote for 64 presses, wall-mounted with the safety timer, is £5,760.", "price")],
  [("HT", "That price includes fitting, and I'll knock 10% off if you finally commit by Thursday.", "fitting detail plus a discount conditioned on the seller's date"),
   ("H", "If I've heard nothing by then, the quote goes in front of your general manager instead.", "bypass threat")])

# 11
email("turntable servicing for the wavecrest community radio", "warm", "Your decks after the flood",
  "Hi Priya,", "Take care,\nOllie",
  [("N", "Sorry to hear the studio flooded over the weekend, that sounds like an awful Monday.", "sympathy"),
   ("N", "Once things have dried out, both of your Technics decks are worth checking, as damp tends to get into the tonearm bearings and the pitch control.", "insight tied to the prospect's situation"),
   ("S", "We can test both decks' speed stability on the bench while you wait, and we're the only engineers in the county trusted by three national broadcasters, written up twice in Record Collector.", "service detail plus a generic boast")],
  [("T", "I can look at both decks on Friday for £90, and I'm sorry even to mention money when you've had such a rough week.", "offer and price plus an apology for the price"),
   ("T", "But honestly, if it's all too much right now, don't give it another thought and I'll leave you be.", "pre-emptively releases the prospect"),
   ("T", "Sorry this has ended up so rambly.", "apology for the length")])

# 12
email("toy library restocking for the ashby fold family centre", "chatty", "Your grant order!",
  "Hi Nadia!", "Speak soon,\nBecca x",
  [("N", "Thanks so much for sending over the list of what gets borrowed most, the wooden train set being top doesn't surprise me at all.", "pleasantry"),
   ("S", "We just won Best Educational Toy Supplier at the Little Learners Awards and I'm still buzzing!", "award and the rep's excitement"),
   ("S", "Our range now covers over 3,000 lines, from sensory balls and shape sorters to ride-ons, puppets, magnetic tiles, play kitchens, dollhouses and musical instruments.", "feature dump")],
  [("N", "For the $800 grant you mentioned, I'd suggest two more train sets, a second doctor's kit and some chunky puzzles for the under-twos, since those are the ones with waiting lists.", "recommendation tied to the prospect's data"),
   ("H", "I've put the grant order through already and our driver is down for next Wednesday, so just let me know if the side door is best.", "delivery question plus an order placed before a yes"),
   ("H", "The puzzles come in a storage crate that fits your shelves, and loads of the other family centers around here have restocked with us, so you wouldn't want to be the one with the sad old toys!", "product detail plus peers who already bought, used to shame")])

# 13
email("tent pole repair for the kestrel ridge outdoor centre", "terse", "Poles",
  "Hi Sam,", "Col",
  [("N", "Got the box of broken poles, thanks.", "logistics"),
   ("N", "Nineteen of the 24 sections can be resleeved; five need new sections at £7 each.", "assessment and price"),
   ("H", "The resleeved poles will see you through this season, but honestly the whole fleet wants swapping for our Ridgeline domes, and there's nothing to think over.", "repair advice plus telling the prospect what they need, no room to consider"),
   ("S", "Nobody in the north comes close to us on tents.", "generic boast"),
   ("H", "I've already put twelve domes on order for you, invoice attached.", "attachment plus an assumptive order and invoice"),
   ("H", "Prices are going up soon and stock's almost gone, so decide today.", "scarcity without a date, act now")])

# 14
email("steeplechase barrier supply for the morland athletics club", "warm", "Barriers for the steeplechase group",
  "Hi Bernie,", "All the best,\nClaire",
  [("N", "Thanks for the chat after the league meeting on Wednesday.", "pleasantry"),
   ("N", "You said two of your old timber barriers split during the county trials and the steeplechase group has been training over only three since.", "the prospect's own situation"),
   ("N", "Five of our aluminium barriers with adjustable heights would let the juniors and seniors train in the same session, as the top rail drops from 914mm to 762mm in a minute.", "product detail tied to the club's needs"),
   ("N", "It could potentially make it easier for you to host a league fixture as well.", "borderline: a single mild hedge"),
   ("N", "A set of five is £3,250, and I can deliver before your first track session on 22 March.", "price and a date set by the prospect's calendar"),
   ("N", "Would you like me to show your coaches how to change the heights when I drop them off?", "plain offer")])

# 15
email("tram shelter cleaning for the ironbridge light rail", "formal", "Shelter cleaning schedule",
  "Dear Mr Haldane,", "Yours sincerely,\nGraham Pell\nClearline Facilities",
  [("N", "Further to our meeting on 14 May, I enclose the cleaning schedule for the 38 shelters on the Ironbridge line.", "attachment and context"),
   ("N", "You mentioned complaints had risen after the shelters went uncleaned for six weeks over the winter, so the schedule includes a glass and seating clean every fortnight and graffiti removal within 48 hours.", "plan tied to the prospect's complaints data"),
   ("S", "The schedule reflects forty years of experience, and I should add that our firm is proud to hold a royal warrant.", "schedule note plus years in business and a royal warrant boast")],
  [("HS", "The agreement is enclosed, and as my commission for the year depends on contracts signed before the end of June, I would ask you to return it signed by then.", "enclosed agreement plus a signing deadline for the seller's commission"),
   ("HT", "If it is signed by 30 June, I am also able to remove 12% from the annual fee.", "discount conditioned on the seller's date"),
   ("N", "I would be pleased to meet your operations team at the depot to go through the night-time access arrangements.", "clear next step")])

# 16
email("unicycle supply for the fandango circus school", "chatty", "Unicycles for the beginners",
  "Hiya Tamsin,", "Ta-ra,\nMikey",
  [("N", "Loved watching your Saturday juniors, the one who rode backwards round the cones was brilliant!", "pleasantry"),
   ("N", "For the beginners' class of twelve, I'd go for 16-inch trainers with the padded saddle, as they're low enough for the younger ones to step off safely.", "recommendation tied to the class"),
   ("T", "Twelve of them come to $980, but look, I know that's a lot for a small school, so let's say $800 and call it done.", "price asked for plus an unprompted discount")],
  [("T", "Sorry, I know I've sent you about a million messages this week!", "apology for following up"),
   ("S", "They ship with spare tires included, and once they arrive, would you mind making a little video of the kids for our Instagram?", "product detail plus a favor for the seller"),
   ("H", "You'd be mad not to grab them while I've still got twelve in the warehouse.", "scarcity and shaming"),
   ("H", "I can bring them to your Thursday session so the instructors can check the sizes, and I'll bring the card reader too so we can settle up there.", "delivery offer plus an assumptive payment step")])

# 17
email("urinal water-free conversion for the broadstone rugby club", "blunt", "Your water bill",
  "Keith,", "Dave",
  [("N", "Your meter readings show the clubhouse urinals flushing around 900 litres a day, even in summer when nobody's training.", "figures from the prospect's own data"),
   ("N", "At your water rate that comes to roughly £1,400 a year.", "cost from the prospect's data, offered as information"),
   ("H", "Every month you leave it is another £115 gone, so the sooner the better.", "borderline: cost of delay from their own figures but used to push")],
  [("S", "The waterless cartridges last about 7,000 uses, and we've converted more clubhouses than anyone in the north, with the testimonials to prove it.", "product detail plus a boast"),
   ("H", "The fitter can be there on the 14th and you can pay him on the day.", "fitting date plus an assumptive booking and payment before a yes"),
   ("H", "Frankly, any treasurer worth the title would have signed this off the first time I sent it.", "shaming the prospect")])

# 18
email("ultraviolet nail lamps for the polished & pretty salons", "very deferential", "Lamps for your technicians",
  "Dear Kerry,", "With warmest thanks,\nNina",
  [("T", "I'm so sorry to trouble you again, and I do hope I haven't overstepped by writing.", "self-abasing apology, approval-seeking"),
   ("N", "You asked which lamp would cure the gel polish your technicians use in under a minute.", "the prospect's question"),
   ("N", "The 48-watt model cures that brand in 45 seconds, which frees about ten minutes per full set on a busy Saturday.", "value tied to the prospect")],
  [("T", "I've attached the price list, though I'm aware it may perhaps seem a little steep, and I'd completely understand if it's not for you.", "attachment plus hedged apology for the price"),
   ("T", "I could ask my area manager whether there's any room on price, if you think that would help at all?", "defers to a manager on a discount, unprompted")])

# 19
email("under-sink water heaters for the harcombe community kitchen", "warm", "Hot water at the hand-wash sinks",
  "Hi Joanne,", "Best wishes,\nTomasz",
  [("N", "Thanks for the photos of the kitchen, it's a great space for what you're doing.", "pleasantry"),
   ("N", "You said the two hand-wash sinks only run cold, and the environmental health officer has asked for hot water at both before the Sunday lunches restart.", "the prospect's own requirement"),
   ("N", "A 10-litre unvented heater under each sink would give hot water in under a minute, and neither needs a new pipe run from the boiler.", "product detail tied to the need")],
  [("N", "Our community groups rate is £390 for both, fitted, and we'll take away the old sink cupboard doors if they need replacing.", "price"),
   ("N", "Just a heads-up that each heater needs its own fused spur, so it's worth asking the landlord before we come.", "one polite 'just' and a technical prerequisite"),
   ("N", "Would Saturday the 8th work for the fitting?", "plain ask with a date")])

# 20
email("vacuum excavation for the blackfen gas main renewal", "non-native English", "Vacuum excavation - Blackfen Road",
  "Dear Ms Ferreira,", "Kind regards,\nAndrzej Kowal\nSuckerline Ltd",
  [("N", "Thank you for the drawings of Blackfen Road section.", "greeting"),
   ("N", "Because the old cast-iron main is running within 300mm of two fibre ducts, the vacuum excavation for the trial holes let your crews to expose all three without the strike risk of a bucket.", "insight tied to the prospect's drawings"),
   ("N", "The highway permit for that stretch need ten working days of notice, so for start on 2 June the application must go in by 16 May.", "borderline: permit lead time stated once with the reason")],
  [("S", "The unit comes with two trained operatives, and Suckerline is the fastest-growing excavation company of UK, as featured in the Sunday Times Fast Track.", "crew detail plus a ranking boast"),
   ("S", "Our excavators have GPS guidance, twin-fan suction, 8 cubic metre body, remote boom, telematics and Euro 6 engine.", "feature list"),
   ("H", "Several contractors of your framework have already moved to us, and I would not like you to be the one left behind.", "peers already switched, fear of missing out"),
   ("H", "Day rate is £1,450, and I have already reserved the unit for your dates and made the deposit invoice, which is attached.", "price plus an assumptive reservation and invoice")])

# 21
email("video doorbells for the lilac court sheltered housing", "very deferential", "Doorbells for the residents",
  "Dear Margaret,", "With kind regards,\nSunita",
  [("N", "It was good to hear the residents' meeting went well, and thank you so much for passing on their questions.", "pleasantry"),
   ("N", "The biggest worry seemed to be doorstep callers, so the doorbells can show a picture on the resident's own TV and let the warden see who called.", "value tied to the residents' concern"),
   ("ST", "I'll be honest, I'm a long way behind my numbers this month and I'd be so very grateful if you could help me out with this one.", "the seller's numbers as pleading")],
  [("T", "The price for all 24 flats is £3,100, and I'm truly sorry, I know it isn't cheap.", "price plus an apology for the price"),
   ("HST", "I could bring it down to £2,700 if you were able to sign this week, as that would get me over the line for my target.", "discount tied to a signing date, with the seller's target as the reason"),
   ("T", "Would it perhaps be all right, if it's really no trouble, for me to come to the next coffee morning and answer the residents' questions in person?", "meeting ask plus stacked hedges and permission-seeking")])

# 22
email("vocal booth building for the tall tales podcast studio", "chatty", "Killing that fridge hum",
  "Hey Rich,", "Cheers,\nAsh",
  [("N", "Thanks for sending the recordings from your spare room, I could hear the fridge kicking in halfway through episode 40!", "pleasantry with a concrete detail"),
   ("N", "A 1.2m booth lined with 100mm panels would cut that hum and the street noise, and it fits the corner you showed me.", "value tied to the prospect")],
  [("S", "We've built booths for three of the top ten podcasts in the country, and one of them just won a British Podcast Award, so we're kind of a big deal now haha.", "boast"),
   ("S", "I'm honestly so pumped to get going on this, it's exactly the kind of build our guys love showing off.", "rep's excitement, seller-centered"),
   ("H", "The build slot is the week of the 9th, and it's the only gap I have before summer, so you'll want to grab it before someone else does.", "build date plus scarcity with a rival buyer implied"),
   ("S", "If you like, I can give you the full tour of our workshop and tell you the whole story of how we started.", "demo offer plus 'hear our story'"),
   ("T", "I've attached a price sheet for both sizes, and if the budget's tight, just tell me what number works and I'll make it happen.", "price sheet attachment plus asking the buyer to name their number")])

# 23
email("vet bed supply for the hollybush boarding kennels", "terse", "Vet bed",
  "Hi Lyn,", "Ta,\nBev",
  [("T", "Just floating this back to the top of your inbox in case it slipped by.", "a 'just checking in' variant as the purpose of the email"),
   ("H", "Tried ringing as well, and the read receipt says you've opened my last one twice.", "multi-channel chasing and read-receipt guilt"),
   ("N", "The 40 fleeces you asked about are £6.20 each with the non-slip backing.", "price the prospect asked for"),
   ("T", "Happy to do less if that's too much, just say.", "caves on price unprompted")])

# 24
email("string quartet booking for the carlton assembly rooms gala", "formal", "Quartet for the charity gala, 18 October",
  "Dear Mrs Adebayo,", "Kind regards,\nSimon Ashe\nAshe Music Agency",
  [("N", "Thank you for the running order for the charity gala on 18 October.", "greeting"),
   ("N", "For the drinks reception and the dinner, I would suggest the Linden Quartet, who can play two forty-minute sets and a short fanfare for the auction.", "recommendation tied to the event"),
   ("N", "The fee is £1,150, including travel and a sound check at 5pm.", "price")],
  [("N", "Apologies for the slow reply; our office was closed for the bank holiday, and I have now held the quartet for your date.", "borderline: a single courtesy apology for a real delay, with the reason and the fix"),
   ("N", "Please let me know the name of the person who will meet the players at the stage door.", "logistics")])

# 25
email("wader repair for the tarrowburn angling club", "blunt", "Your club waders",
  "Alasdair,", "Fraser",
  [("N", "Your secretary said six pairs of the club waders are leaking at the boot seams after two seasons.", "the prospect's own report"),
   ("N", "Seam repair at £28 a pair will get them through the spring runs; the two with split knees need a patch too, at £15 each.", "assessment and price")],
  [("H", "Seam tape is the right fix for the boot joints, and frankly any club that cared about its members would have had this sorted before the season opened.", "repair advice plus shaming"),
   ("H", "I'll be round on Monday to collect them either way, so have them bagged up.", "collection date plus turning up uninvited on an assumed yes"),
   ("HS", "I've done you a real favour squeezing you in at all, so you owe me a quick yes.", "seller's favour used as guilt")])

# 26
email("visualiser cameras for st anselm's junior school", "very deferential", "Visualisers for Key Stage 2",
  "Dear Mrs Harcourt,", "With kindest regards,\nMartin Ebdon",
  [("T", "I hope you don't mind me getting in touch, and please do forgive me if this isn't a good time.", "permission-seeking and an apology for normal selling"),
   ("N", "Your bursar mentioned that the Key Stage 2 teachers are holding exercise books up to the class because the old visualisers no longer focus.", "the prospect's own problem"),
   ("N", "The new cameras autofocus in under a second and plug straight into the projectors you already have.", "product detail tied to the need")],
  [("T", "I could perhaps possibly come in over half term to demonstrate one, if that might maybe be all right with you?", "demo visit plus stacked hedges"),
   ("T", "Whatever you decide, I'm simply grateful you've even taken the time to read this.", "thanks for even considering"),
   ("ST", "And if the school were willing to let us put your name on our website afterwards, I'd happily take 10% off for that.", "borderline: discount offered to win a favour for the seller")])

# 27
email("standing desks for the seagate claims call centre", "formal", "Sit-stand desks for the claims floor",
  "Dear Mr Nakamura,", "Yours faithfully,\nDr Imogen Hale\nUpright Workspace Ltd",
  [("N", "Thank you for the absence figures you shared; 31 of last year's 118 sickness days in the claims team were recorded as back or neck pain.", "figures from the prospect's own data"),
   ("N", "Sit-stand desks on the 60 agent positions, with a short set-up session for each agent, are the usual first step in bringing that number down.", "recommendation tied to the data"),
   ("S", "I enclose the proposal, and I would add that we are the country's premier workspace supplier, with the Health at Work Supplier Award five years running.", "proposal attachment plus a generic boast")],
  [("HS", "I have given up a great deal of my own time to prepare this proposal, and I must say I expected the courtesy of a reply by now.", "seller's effort as guilt"),
   ("H", "Your competitors at Fenwick Direct signed with us last month, and I would hate to see Seagate fall behind them.", "competitors already bought, used as pressure"),
   ("S", "The desks carry a ten-year frame warranty, and I would also be most grateful if your HR director could provide a written testimonial for our website.", "warranty detail plus a favour for the seller"),
   ("N", "I would be glad to present the plan to your facilities committee on a date of their choosing.", "clear offer, the prospect's process")])

# 28
email("water butt supply for the fenby allotment association", "chatty", "Water butts for the sheds",
  "Hi Geoff,", "Cheers,\nPaula",
  [("N", "Lovely to see the plots looking so good at the open day, and the runner beans were seriously impressive.", "pleasantry"),
   ("N", "You mentioned the water company cuts off the standpipe in dry spells, so a 210-litre butt on each shed would give most plot holders a week or so of watering.", "value tied to the prospect's problem"),
   ("T", "I really don't want to be a pest, so only look at this if you've genuinely got a spare moment.", "permission-begging, minimising")],
  [("T", "Forty butts with downpipe kits would be £1,360, but I'd hate for that to put you off, so I can drop to £1,100 if it helps.", "price plus an unprompted discount"),
   ("S", "Each butt has a child-safe lid and a tap at watering-can height, and we're the best-loved garden supplier in the county, our reviews are through the roof!", "product detail plus a boast"),
   ("N", "Would Saturday mornings be the easiest time to deliver to the allotment gates?", "logistics question")])

# 29
email("wood-turning lathe servicing for the oakmere men's shed", "blunt", "The two lathes",
  "Hi Ron,", "Cheers,\nMalcolm",
  [("N", "I had a look at the photos of the two lathes.", "context"),
   ("N", "The older Record wants a new drive belt and bearings, and the tailstock on the Axminster is out of line, which is why the long spindles are chattering.", "expert diagnosis"),
   ("N", "You need the belt guard refitted before anyone uses the Record again, as it isn't safe without it.", "'need' as a safety prerequisite"),
   ("N", "Both together are £210 in parts and labour, and I can come on Wednesday afternoon when the shed is open.", "price and a date")])

# 30
email("shuttle bus hire for the dales ramblers festival", "non-native English", "Shuttle bus for your festival",
  "Dear Mrs Thwaite,", "Best regards,\nKatarzyna Wolska\nDalesLink Minibus",
  [("N", "Thank you for your email about the festival walks on 6 and 7 September.", "greeting"),
   ("N", "For bring the walkers back from the finish points to the village, we can give two 16-seat buses running every 30 minutes from 2pm.", "offer tied to the festival plan"),
   ("H", "The price is £450 for both days, and I already book our drivers for you and send the invoice, please to pay this week.", "price plus an assumptive booking, invoice and payment before a yes")],
  [("H", "Only two buses are left for September and other festivals are asking also, so you must decide now.", "scarcity, act now"),
   ("S", "Our buses have the space for rucksacks and walking poles, and I think you should know we are the biggest minibus company in Yorkshire with the award from tourist board.", "product detail plus a boast"),
   ("T", "Also I am very sorry for my English and for sending so many emails, please forgive me.", "self-abasing apology for following up")])

# 31
email("x-ray baggage scanner for the stenport ferry terminal", "formal", "Baggage screening for the foot-passenger lounge",
  "Dear Captain Rees,", "Yours sincerely,\nJonathan Pike\nSentinel Screening Systems",
  [("N", "Thank you for meeting us at the terminal on Thursday.", "greeting"),
   ("N", "The new screening standard applies to your foot-passenger lounge from 1 January, so the scanner will need to be commissioned by mid-December to allow for the certification visit.", "borderline: external regulation date stated once with the reason"),
   ("N", "Our model is on the approved list for that standard, which your security manager said would be the first thing the inspector checks.", "a credential the buyer's process requires")],
  [("HS", "The lead time is six weeks, and I would also be grateful to have the order before 15 November, since that would complete my regional target for the year.", "lead time plus an order date with the seller's target as the reason"),
   ("T", "I am sorry to press the point, and I hope you will not think me impertinent for raising it.", "apology for normal selling, approval-seeking"),
   ("S", "Installation would take two nights with the lounge closed, and our board has also asked whether Stenport would be willing to feature as a reference site in our next brochure.", "installation detail plus a favour for the seller"),
   ("S", "You may also like to know that our chairman was recently knighted for services to aviation security.", "irrelevant boast")])

# 32
email("xmas grotto building for the pennyworth garden centre", "chatty", "A new grotto!",
  "Hi Claire,", "Best,\nJodie",
  [("N", "Thanks for sending the photos of the old grotto, I can see why the reindeer have to go!", "pleasantry"),
   ("N", "For the space by the café, I'd suggest a timber cabin front with a walk-through queue, so families waiting can watch the elves without blocking the tills.", "design tied to the prospect's layout"),
   ("HT", "I can do 10% off the build if you sign off the design by the end of the week.", "design sign-off plus a discount conditioned on the seller's date")],
  [("H", "Honestly, if you don't lock it in now, you'll end up with the same tired grotto again and kick yourself.", "'now or never' pressure"),
   ("ST", "It'd make my year if this came through, my manager keeps asking about it and I'm starting to feel a bit desperate!", "pleading with the seller's manager and feelings"),
   ("T", "Sorry to go on, I know this is a lot!", "apology for the length"),
   ("H", "Could we meet on site next Tuesday to measure up, and if you bring your card details we can get the deposit taken there and then?", "site meeting ask plus card details requested before a yes")])

# 33
email("yellowfin tuna supply for the harbourside sushi bar", "terse", "Yellowfin",
  "Hi Pete,", "Dom",
  [("N", "Sashimi-grade yellowfin loins are £31 a kilo, landed Tuesdays and Fridays.", "price and logistics"),
   ("N", "On your Saturday covers that's roughly 9 kilos a week.", "figure from the prospect's own volume"),
   ("HS", "Need this one signed by Friday to hit my numbers, mate.", "signature date for the seller's numbers"),
   ("H", "Standing order form's attached, just sign and send it back.", "order form pressed before any yes"),
   ("HST", "I'll give you 5% off if it's in by Friday and gets me over my target.", "discount tied to the seller's date and target")])

# 34
email("youth mentoring for the riverside pupil referral unit", "warm", "Mentoring for the Year 10 group",
  "Dear Kofi,", "Warm regards,\nAbena",
  [("N", "Thank you for telling me more about the Year 10 group, and for being so candid about what hasn't worked before.", "pleasantry"),
   ("N", "From what you described, the students respond best to adults who turn up every week without fail, so I'd suggest one mentor per three students for the whole spring term rather than a one-off workshop.", "recommendation tied to the prospect's account"),
   ("N", "Two of our mentors grew up on the Eastfield estate, which may help with the lads who've been hardest to reach.", "proof tied to the prospect's situation")],
  [("N", "Your attendance data shows the drop-off usually starts just after February half term, so I'd aim to have the pairs meeting before then.", "timing from the prospect's own data"),
   ("N", "The cost for the term is £2,400, which I understand the council's youth fund can cover in full.", "price"),
   ("N", "Would a call on Monday with your deputy head work to agree the students and the room?", "clear next step")])

# 35
email("zero-alcohol beer supply for the wendham cricket club", "formal", "Zero-alcohol range for the pavilion bar",
  "Dear Mr Carlisle,", "Yours faithfully,\nRoger Dunmore\nClearhead Brewing Co.",
  [("N", "Thank you for the bar sales figures from last season.", "greeting"),
   ("N", "They show soft drinks outselling bitter on match days after 4pm, which suggests the drivers and the juniors' parents are the ones you are missing at the bar.", "insight from the prospect's own data"),
   ("H", "The range would suit a trial over the first four home fixtures, and your committee must approve it immediately, as there is nothing further to consider.", "trial suggestion plus a directive with no room to consider")],
  [("H", "Should I not receive your order this week, I shall take the matter up with your club president directly.", "bypass threat"),
   ("T", "The price list is attached, and I do apologise that the figures are rather higher than you may have hoped.", "attachment plus an apology for the price"),
   ("T", "Delivery to the pavilion is free, and I would also be willing to reduce every line by 15% without any change to the term.", "delivery detail plus an unconditional discount")])

# 36
email("zoom lens rental for the brackenhurst film society", "chatty", "That heron doc",
  "Hi Imran,", "Cheers,\nFreya",
  [("N", "Loved your short about the lido, the underwater shots were gorgeous.", "pleasantry"),
   ("N", "For the wildlife doc you mentioned, a 100-400mm zoom would let you film the herons from the hide without spooking them.", "recommendation tied to the project"),
   ("S", "The lens comes with a hood and a tripod collar, and we've got the biggest cine lens collection outside London, over 400 lenses, and a Hollywood crew rented from us once!", "product detail plus a boast")],
  [("T", "It's £65 a day, but sorry, I know that's pricey for a society, and I'd totally understand if you'd rather borrow one from a friend.", "price plus an apology and a pre-emptive release"),
   ("S", "If you rent for a full week I can do it at half the daily rate, because I really need my rental figures up this month.", "weekly-rate trade plus the seller's own figures as the reason"),
   ("S", "And if it all goes well, it'd really help us out if you could put us in the credits and tag us on socials.", "favor for the seller"),
   ("N", "Which dates are you filming, so I can hold the lens?", "logistics question")])

# 37
email("smokeless fuel delivery for the hebblewick cottages", "warm", "Fuel for the cottages this winter",
  "Hi Anne,", "Best wishes,\nHuw",
  [("N", "Thanks for letting me know the cottages switched to multi-fuel stoves last autumn.", "pleasantry"),
   ("N", "As the village comes into the new smoke control area in October, your guests will need to burn approved smokeless fuel from then on, so I've listed the approved brands below.", "borderline: external regulation stated once with the reason")],
  [("S", "It would mean a lot to me personally to win this one, as it's my first big account since taking over from my dad.", "the seller's personal stake, no demand"),
   ("S", "We've been a family business for four generations, delivering coal to these valleys since 1921.", "borderline: heritage line"),
   ("T", "A pallet of 50 bags is £395 delivered, and I'm sorry it isn't cheaper, fuel prices are out of my hands.", "price plus an apology for the price"),
   ("H", "I can deliver in the first week of September, and most of your neighbours have already switched over to us, so it'd look odd to leave it.", "delivery date plus peers already switched as shaming")])

# 38
email("sports hall floor sealing for the dunstall leisure centre", "blunt", "Badminton court floor",
  "Paul,", "Neil",
  [("N", "Your staff told me two people slipped on the badminton courts last month where the seal has worn through.", "the prospect's own report"),
   ("N", "A full sand and two-coat seal takes four days, and the hall can reopen on day five.", "plan"),
   ("H", "After the slip-test readings we took on Tuesday, you need this done before the winter leagues, full stop.", "borderline: 'you need this' directive after a real inspection")],
  [("H", "The quote is £3,800, attached, and if you don't book it now you'll still be talking about it this time next year.", "price plus 'now or never' pressure"),
   ("HS", "I've bent over backwards getting you a quote this fast, so I'd expect an answer by Monday.", "seller's effort as guilt with a demand")])

# 39
email("trestle table hire for the ashdown village show", "chatty", "Tables for the show",
  "Hi Jean,", "Cheers,\nBarry",
  [("N", "Thanks for the show schedule, it looks like a cracking day.", "pleasantry"),
   ("N", "For the produce and baking tents you'll want about 30 six-foot trestles, plus five smaller ones for the children's classes.", "quantity advice tied to the schedule"),
   ("N", "Thirty-five tables for the weekend are £175, and we deliver on the Friday afternoon so the stewards can set up that evening.", "price and logistics")],
  [("N", "Following up on the tablecloths you asked about: we have 40 white ones at £2 each.", "a single follow-up line that adds something new"),
   ("N", "Shall I put you down provisionally, and you can confirm numbers after the committee meets on the 12th?", "hold with the prospect's own date")])

# 40
email("visitor counter sensors for the halston country park", "terse", "Gate counters",
  "Hi Owen,", "Best,\nKate",
  [("T", "Nudging this up again with the mounting diagram attached, sorry, in case you've had a minute to look.", "diagram attachment plus an apologetic nudge"),
   ("N", "Four sensors on the main gates would give you daily visitor numbers for the report the lottery fund wants in March.", "value tied to the prospect's own deadline"),
   ("T", "Sorry, I know I'm probably the last person you want to hear from.", "self-abasing apology"),
   ("T", "Totally fine if it's not a priority this year, I'll try again next spring.", "accepts a brush-off and gives up at once")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s105e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s105-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed105: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the thirteenth session) from the labelling guide alone, before that session's model change (`sealed58` to\n`sealed89` joining the training data), which it was written to judge, and measured first in that session on the model\nbefore and after it, in the same run: rules + model macro-F1 0.892 before, 0.921 after (hard_close 0.907 → 0.929,\nself_serving 0.867 → 0.915, timidity 0.903 → 0.918; clean sentences flagged 0 → 1 of 110; email agreement 0.975 /\n0.900 / 0.975 → 0.950 / 0.975 / 0.975).\n")
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
    R.append("- Every third email (s105e003, s105e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
