#!/usr/bin/env python3
"""Build sealed81: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("scaffold alarm monitoring for the delph street site", "blunt", "Alarm cover for Delph Street", "Gareth,", "Dean Fairlie\nWatchpost Site Security",
  [("N", "Your site manager told me two of the tower sections were tampered with over the bank holiday weekend.", "the prospect's own incident"),
   ("H", "Alarm heads are flying out of the warehouse this month, and once they're gone you'll be at the back of a very long queue.", "scarcity with no date or source")],
  [("H", "I've attached the quote you asked for and pencilled our engineer in for Monday, so all you've got to do is sign the order form tonight.", "requested quote plus an assumptive booking and a tonight demand"),
   ("N", "It covers six detector heads, a monitored keypad and police-response registration for the eleven weeks of the build.", "product detail tied to the build"),
   ("S", "The monitoring comes from our own control room, which has run since 1987 and taken the industry's top award three years on the trot.", "monitoring detail plus years-in-business and award boast"),
   ("N", "If anyone gets onto the scaffold again, the heads photograph them and the images go straight to your phone.", "value tied to the prospect's incident")])

# 2
email("sauna installation for the pinewood leisure club", "chatty", "Heat room for Pinewood!", "Hey Priya!", "Cheers,\nJosh",
  [("S", "I've attached the brochure for our new infrared cabin range, which the whole team here has been buzzing about for months!", "attachment plus the rep's own excitement"),
   ("N", "You mentioned members keep asking for a heat room they can use after spin class, and the space behind your pool office would take a four-seat cabin.", "tied to the prospect's request")],
  [("T", "The cabin is £11,400 fitted, and sorry, I know that's a bit eye-watering, I could probably shave something off if that helps.", "price plus an apology for it and an unprompted discount"),
   ("N", "Our fitters can do the install in two days while the pool is shut for its October deep clean.", "logistics around the prospect's closure"),
   ("N", "At a club with your membership, a cabin like this usually gets booked around forty times a week, so it tends to pay for itself inside two years.", "value framed on the prospect's size")],
  [("ST", "I'm sure you're rushed off your feet, so no rush at all, but a quick yes would really help my numbers.", "pleading over the rep's own numbers, with 'no rush at all' minimising"),
   ("H", "P.S. Two other clubs near you have already put cabins in and their members love them, so Pinewood really is falling behind here.", "peers-already-switched shaming")])

# 3 (clean)
email("stage curtain flameproofing for the regent theatre", "formal", "Flameproofing the Regent's house tabs", "Dear Ms Okafor,", "Yours sincerely,\nHelen Marsh\nCurtainSafe Ltd",
  [("N", "Thank you for showing me the fly tower on Tuesday.", "pleasantry"),
   ("N", "The council's licensing officer will inspect the auditorium on 3 March, and the certificate for your house tabs lapsed in January, so the curtains will need retreating before that visit.", "borderline: real external inspection date stated once with its reason")],
  [("N", "Our treatment is done on site overnight, so no performances are lost, and each drape gets a dated certificate for your licensing file.", "logistics and value for the theatre"),
   ("N", "Could we have the stage from 11pm on 19 February, after the Thursday show?", "plain ask with a date"),
   ("N", "I'll bring the flame test samples so your technical manager can watch the check himself.", "serves the prospect's checking")])

# 4
email("skip hire for the tanfield road refurbishment", "terse", "Skips, Tanfield Road", "Mark,", "Kev\nBrisk Skips",
  [("H", "Eight-yard skips for Tanfield Road are £240 a lift as you asked, but sign today or that rate's gone.", "requested price plus a sign-today ultimatum"),
   ("T", "Swaps Tuesdays and Fridays, and I can knock a tenner off a lift if that's what it takes.", "swap schedule plus an unprompted discount"),
   ("HS", "Road permit's on us, but I need this on my board by Friday or my gaffer will have my head.", "permit offer plus the boss as reason for a Friday deadline")])

# 5
email("scoreboard upgrade for the ferncliffe cricket club", "warm", "Your new scoreboard", "Dear Alan,", "Warm regards,\nRuth Pennock\nPennock Scoreboards",
  [("N", "It was lovely to see the second XI win on Saturday, and your groundsman's square looked superb.", "pleasantry"),
   ("N", "Following your committee's note, I've priced an LED panel to replace the flip numbers at £6,850, including the wireless controller for the scorer's box.", "requested price with detail")],
  [("S", "The panel comes with Bluetooth, app control, sponsor slots, a clock, an animation library, weatherproof casing and a five-colour display, and we've fitted over four hundred of them nationwide.", "feature list and install-count boast not tied to the club"),
   ("S", "Three generations of our family have built scoreboards in this same workshop.", "borderline: heritage line (rule 8)"),
   ("N", "Your scorers could update the board from the box without climbing the ladder, which your secretary said was the real worry.", "value tied to the prospect's worry")],
  [("T", "I do hope this isn't too forward of me, but I'd be so grateful if you might perhaps put it to the committee, if that would be alright.", "ask to table it plus stacked hedges and approval-seeking"),
   ("N", "Your committee meets on 14 April, so I'll hold a slot in our April build until then.", "the prospect's own date"),
   ("T", "Fitting takes two days in the close season, and if the price feels too steep I'm sure we can come to some arrangement.", "install detail plus an unprompted price concession")])

# 6 (curly) non-native
email("slipway repair for the polkerris gig rowing club", "non-native English", "Slipway repair, our proposal", "Dear Mr. Tregenza,", "Best regards,\nPiotr Nowak\nNowak Marine Concrete",
  [("N", "Thank you for the photos of the slipway, I have look at them together with our engineer.", "pleasantry"),
   ("N", "The concrete toe is undermined on east side, so we recommend to pour new toe before the spring tides in March, because more scour will lift the next panel.", "expert recommendation backed by the photos")],
  [("T", "I am very sorry to write you again and to take your time, please forgive me.", "self-abasing apology for following up"),
   ("S", "We are the best company in Cornwall for this work, everybody knows our name.", "generic ranking boast"),
   ("T", "The price is £9,200, but if it is too much for the club, please tell me what number you can pay and we make it.", "price plus asking the buyer to name their number"),
   ("T", "Our engineer can come in the week of 10 February, but if I do not hear from you, no problem, I will not disturb you any more.", "visit date plus giving up at once")])

# 7
email("trophy engraving for the dunmore bowls league", "chatty", "Shield proofs attached", "Hi Jean,", "Cheers,\nMo\nLinden Engraving",
  [("N", "Hope finals day went well, I heard the weather held for you!", "pleasantry"),
   ("N", "I've attached proofs for the eighteen shields, with the winners' names in the same script as last year's plates.", "attachment and detail")],
  [("HS", "I stayed up till two finishing these for you, so a thumbs-up today is honestly the least I'd hope for.", "seller's late night as guilt for a same-day reply"),
   ("S", "Once you've checked the spellings, engraving takes four working days, and while I've got you, could you pop a five-star review on our Google page?", "timeline plus a review request for the seller"),
   ("S", "A tag on the league's Facebook would be lovely too!", "favour that benefits the seller"),
   ("T", "Sorry if that's a cheek!", "apology for an ordinary ask, approval-seeking")])

# 8
email("tennis court relining for the elmcroft lawn tennis club", "very deferential", "Relining courts 3 and 4", "Dear Mrs Halloway,", "With humble thanks,\nGeorge Pilling\nPilling Sports Surfaces",
  [("T", "Please do forgive me for intruding on your afternoon, and I'm so sorry if this isn't a convenient moment.", "apology for normal selling"),
   ("N", "Your secretary mentioned the baselines on courts 3 and 4 have faded so badly that players are disputing calls.", "the prospect's own problem")],
  [("T", "We could perhaps possibly repaint them before the club tournament, if that might be acceptable to you?", "offer timed to the prospect's tournament plus stacked hedges and approval-seeking"),
   ("T", "The quote is £1,460, though I'd be very happy to bring it down to whatever the committee feels comfortable with.", "price plus an open-ended unprompted concession"),
   ("S", "We use a water-based line paint that is dry in an hour, so the courts can be played the same evening, and if I may say so, we have been voted the region's favourite surfacing firm four years running.", "product detail plus an award boast")],
  [("T", "Whenever you happen to have a spare moment, there's absolutely no urgency at all.", "permission-begging and 'no urgency' minimising")])

# 9 (curly, clean)
email("trolley repair for the castleway supermarket", "formal", "Trolley repairs at Castleway", "Dear Mr Ashworth,", "Yours sincerely,\nClaire Baines\nRollRight Trolley Services",
  [("N", "Thank you for sending the list of the 62 trolleys your team pulled from the bays last week.", "pleasantry"),
   ("N", "From your store's own damage log, about nine trolleys a month are retired for wheel faults, which at £180 each comes to roughly £19,000 a year.", "cost from the prospect's own log, offered as information")],
  [("N", "Our mobile workshop replaces castors and child-seat straps in the car park, so repaired trolleys go back into the bays the same day.", "value tied to the store"),
   ("N", "I'd suggest we start with a trial on twenty trolleys and compare their fault rate with the rest over six weeks.", "confident recommendation"),
   ("N", "Does Thursday 9 May at 7am, before the store opens, suit you to walk the bays together?", "next step with a date")])

# 10
email("turf supply for the hollins park junior pitches", "blunt", "Turf for the junior pitches", "Steve,", "Dave Orme\nGreenlay Turf",
  [("N", "You asked for a price on 3,200 square metres of sports-grade rootzone turf for the two junior pitches.", "restates the prospect's request"),
   ("H", "It's £14,720 laid and rolled, and every other council in the county has already moved to our turf, so you're starting to look like the odd one out.", "requested price plus peers-already-switched shaming"),
   ("H", "The rootzone drains in hours rather than days, and frankly you need to stop patching and reseeding, it's throwing good money after bad.", "product detail plus a 'you need' directive with no analysis")],
  [("N", "Harvest slots for May follow the farm's cutting rota, and I can hold week 19 for you until your committee meets on the 2nd.", "hold tied to the prospect's own meeting date"),
   ("HS", "I've got a regional target to hit by the 31st, so I want your order in by then.", "the rep's target as reason for an order date")])

# 11
email("theodolite calibration for the marsh & pike surveyors", "terse", "Calibration, four total stations", "Hi Fiona,", "Rob\nBenchmark Calibration",
  [("N", "Your four total stations are due calibration under your ISO procedure by 30 June.", "the prospect's own procedure date"),
   ("HT", "Quote's attached at £95 an instrument, and if you book by Friday I'll knock 15% off, after that it's full whack.", "quote plus a discount tied to the seller's Friday date"),
   ("N", "Turnaround five working days, loan instruments included.", "logistics"),
   ("S", "Our lab's UKAS-accredited for the angle range your procedure specifies, and honestly we're the best-equipped calibration house in the north.", "required accreditation plus a generic boast"),
   ("H", "I've put your kit on Monday's collection run already, so just leave it at reception.", "assumptive collection before a yes")])

# 12 (curly)
email("timber decking for the ship inn beer garden", "chatty", "Your new beer garden deck", "Hiya Lou,", "Cheers,\nDanny\nOakrow Decking",
  [("N", "Great to chat at the brewery open day, and sorry to hear about the storm wrecking your old deck.", "sympathy, not self-abasement"),
   ("S", "I've attached a plan for a 60 square metre hardwood deck, drawn by the team that's just been named Garden Build of the Year!", "attached plan plus an award boast")],
  [("N", "It takes twelve more covers and keeps the step-free route to the toilets.", "value tied to the pub"),
   ("ST", "I'm a bit behind on my targets, so I'd really, really appreciate it if you went with us, I'd be so grateful.", "pleading over the rep's own targets"),
   ("N", "Would Wednesday afternoon work for me to measure up before your evening trade?", "plain ask with a time")],
  [("T", "Sorry this email's gone on so long, I do ramble!", "apology for length"),
   ("H", "P.S. I've pencilled the build in for the week of the 14th, so just send over the deposit and we're away!", "build week plus an assumptive deposit request")])

# 13
email("umbrella hire for the lindley house garden party", "warm", "Parasols for the Lindley House garden party", "Dear Harriet,", "Warmly,\nBeatrice Lowe\nShadewell Event Hire",
  [("N", "Thank you for inviting me to see the lawn; it's easy to picture three hundred guests out there in June.", "pleasantry"),
   ("N", "As the long-range forecast for late June is mixed, I'd suggest twelve of our 4-metre parasols, which also give cover if a shower comes through.", "recommendation tied to the event")],
  [("H", "Honestly, if you don't book cover now, you'll be watching guests huddle in the marquee doorway and kicking yourself.", "'book now or regret it' pressure"),
   ("H", "I've gone ahead and raised the deposit invoice with the layout you liked attached, so it's just a case of settling it through the link below.", "layout the prospect liked plus an assumptive invoice"),
   ("T", "I do hope that's not too presumptuous of me!", "approval-seeking"),
   ("S", "We've shaded events for royalty and two Premier League clubs, so you're in very good hands.", "name-dropping boast not tied to the party")],
  [("N", "Your date of 21 June is in our diary in pencil until you confirm.", "the prospect's own date"),
   ("S", "Our crew sets up the evening before so the lawn is clear for your caterers by 8am, and I'd love to bring our photographer so we can feature your party in our new brochure.", "setup logistics plus a favour for the seller's brochure")])

# 14
email("ups battery replacement for the kirkgate council server room", "formal", "UPS battery replacement, Kirkgate server room", "Dear Mr Varga,", "Yours faithfully,\nAndrew Pryce\nContinuum Power Ltd",
  [("N", "The manufacturer ends support for the Series 3 battery modules on 31 December, after which replacement cells will no longer be stocked, so it is worth planning the swap into your next budget.", "borderline: real vendor end-of-support date stated once with its reason"),
   ("N", "The attached schedule replaces the strings in two phases, so the server room is never left on a single string.", "attachment tied to the prospect's uptime")],
  [("HS", "My regional director has asked me to close this order before our financial year ends on the 31st, so I would be obliged if you could sign this week.", "manager and year end as reason for a this-week signature"),
   ("S", "Our engineers can fit the new strings on a Saturday so no users notice, and as the UK's leading independent power-protection specialist we do this for over 2,000 organisations.", "weekend fitting plus a generic 'leading' boast"),
   ("HST", "The replacement is £7,380 as quoted, and should you sign before the 31st I can offer 8% off, which would also secure my year-end target.", "quoted price plus a discount tied to the seller's date and target")],
  [("H", "Should I not hear back by Thursday, I shall forward the proposal to your Chief Executive for a decision.", "bypass threat")])

# 15 (curly)
email("ukulele lessons for the brookfield library", "very deferential", "Ukulele course for Brookfield", "Dear Sunita,", "With thanks,\nEmily Sato\nStrum Along",
  [("T", "I really hope you don't mind me getting in touch, I know how busy the library must be.", "approval-seeking for ordinary contact"),
   ("N", "Our ten-week beginners' course runs for up to fifteen people, with ukuleles provided, so nobody has to buy an instrument to try it.", "value for the library's users")],
  [("T", "I wondered if you might possibly, perhaps, have room for it on a Saturday morning, if it's not too much trouble?", "slot request plus stacked hedges and 'not too much trouble'"),
   ("T", "I'm ever so sorry that the fee is £45 a session, I know budgets are tight.", "price plus an apology for it"),
   ("ST", "Please, it would mean the world to me to land my first library booking.", "pleading for the rep's own sake"),
   ("T", "If it's a no, please don't feel bad at all, and thank you so much for even reading this.", "pre-emptive release and thanks for considering")])

# 16 (clean)
email("venetian plaster for the sorrento trattoria", "warm", "Plaster for the dining room", "Dear Marco,", "Best wishes,\nTom Reddaway\nReddaway Decorative Finishes",
  [("N", "It was a pleasure to eat at the Sorrento on Friday, and the calamari lived up to everything your regulars had promised.", "pleasantry"),
   ("N", "You said the dining room walls have to survive chair knocks and steam from the pass, so I've specified a lime-based polished plaster that can be spot-repaired rather than redone.", "recommendation tied to the prospect's need")],
  [("N", "The terracotta finish sample is on its way to you by courier, and the quote for 84 square metres is attached.", "logistics"),
   ("N", "Just a heads-up that the plaster needs five dry days before the room reopens, so your August closure would be the natural window.", "borderline: one polite 'just', logistics tied to the prospect's closure"),
   ("N", "Shall I come by at 3pm next Tuesday, between services, to go through colours with Giulia?", "next step with a date")])

# 17
email("ventilation duct cleaning for the pembury business centre", "blunt", "Duct readings, floor two", "Ms Clarke,", "Phil Garner\nAirline Duct Services",
  [("N", "Your facilities team reported a smell of burning dust from the second-floor vents when the heating came on.", "the prospect's own report"),
   ("N", "Inspection photos are attached, and the ducts on floor two carry about 4 mm of dust, which is over the threshold your insurer quoted.", "evidence tied to the prospect's insurer")],
  [("H", "Going by those readings, you need this clean done, full stop.", "borderline: 'you need' directive after a real inspection (rule 6)"),
   ("H", "Two of your tenants have already asked me why nothing's been done, and I'd hate for them to hear it's because you sat on the quote.", "shaming the prospect for sitting on the quote"),
   ("S", "I can have two men there on the 14th, and in twenty-two years I've never once lost a job to a cheaper firm.", "date offer plus the rep's own boast")],
  [("HS", "The quote's held at £2,300 for you, and I've turned other work away twice to keep a crew free, so I'd expect an answer this week.", "held quote plus the seller's sacrifice as guilt for an answer")])

# 18 (curly)
email("voice-over recording for the tollgate museum audio guide", "chatty", "Voices for the Viking gallery", "Hi Aoife,", "Speak soon,\nCal\nBrightvoice Studios",
  [("N", "Loved the new Viking gallery, and your idea of letting the blacksmith tell his own story is brilliant.", "pleasantry"),
   ("S", "Our studio has voiced over 300 audio guides, with 90 actors on our books, three booths, Dolby mixing and composers on staff!", "boast and feature list not tied to the museum")],
  [("N", "For the twelve stops you listed, I'd cast one narrator and a second voice for the blacksmith, which keeps the script to about 18 minutes.", "recommendation tied to the prospect's brief"),
   ("HS", "The fee for the full guide is £4,200, and my manager wants it in the books before our quarter closes on the 28th, so a yes this week would make my life so much easier.", "fee plus manager and quarter as reason for a this-week yes"),
   ("T", "The two sample reads are attached, but no pressure at all, only if it's something you think you might maybe want!", "attached samples plus 'no pressure' and stacked hedges")])

# 19 non-native
email("vegetable oil collection for the harbour chip shops", "non-native English", "Used oil collection for your shops", "Hello Mr. Brennan,", "Thank you,\nAhmet Yilmaz\nGreenDrum Oil Recovery",
  [("N", "We can collect the used cooking oil from your three shops each Monday morning before you open.", "logistics"),
   ("H", "We pay 40p for every litre, but this price is only for this week, after it we cannot promise nothing.", "price plus an invented one-week expiry"),
   ("H", "Your neighbour shops on the harbour already give us their oil, only you are left.", "peers-already-switched shaming")],
  [("N", "We give you the waste transfer note on every collection, so your council inspection is easy.", "serves the prospect's compliance"),
   ("S", "We are biggest oil collector in the north and we win many prizes for our service.", "generic boast and awards")])

# 20
email("vinyl wrap for the fernhill bakery vans", "warm", "Van wrap mock-ups", "Hi Nadia,", "Best,\nLeah\nWrapworks",
  [("N", "Thanks for sending photos of the three vans, they're in better nick than most I see.", "pleasantry"),
   ("N", "I've mocked up your loaf logo on the side panels, with the phone number big enough to read across a car park.", "value tied to the bakery")],
  [("HS", "I've put so many evenings into these mock-ups that I'd honestly be gutted not to hear back by Friday.", "seller's evenings as guilt for a Friday reply"),
   ("S", "My manager keeps asking how the bakery job is going, so I'd love to have good news for her.", "the rep's manager as a reason, no date or demand"),
   ("T", "The wrap is £1,150 per van, fitted in a day at your yard, and sorry, I know it's not cheap, so I could do the third van at cost if that swings it.", "price and fitting detail plus an apology for price and an unprompted concession")])

# 21 (curly, clean)
email("window film for the eastcliff library", "formal", "Solar film for the reading room", "Dear Mr Thorne,", "Kind regards,\nMiriam Shaw\nClearsky Window Films",
  [("N", "Thank you for your time on Monday, and for the readings your caretaker took in the reading room.", "pleasantry"),
   ("N", "Those readings show the south windows pushing the room to 29°C on sunny afternoons, which matches the complaints in your visitor book.", "figures from the prospect's own data")],
  [("N", "A solar-control film on those eleven panes would cut the heat gain by roughly half and filter the UV that is fading your local history display.", "value tied to the library"),
   ("N", "Our supplier's film prices rise by 6% on 1 April because of a resin cost increase, so the attached quote holds until then.", "borderline: factual price expiry stated once with its reason"),
   ("N", "If it's helpful, I can fit a single test pane next week so your staff can judge the glare for themselves.", "offer serving the prospect")])

# 22
email("wheel alignment for the starline taxi fleet", "blunt", "Front tyre wear", "Raj,", "Lee\nTrueTrack Tyres",
  [("N", "Going by the invoices you shared, your drivers go through front tyres every 9,000 miles, which points to alignment rather than driving.", "insight from the prospect's own data"),
   ("N", "Four-wheel alignment is £45 a car, so £1,710 across your 38 cars.", "price")],
  [("H", "It's a morning's work per ten cars at your depot, and any fleet manager who actually watched his costs would have booked it months ago.", "job detail plus shaming"),
   ("H", "The tracker shows you've opened my last two emails three times each, so don't tell me you haven't seen them.", "read-receipt guilt"),
   ("HT", "Book the whole fleet by Friday and I'll do the first ten cars free.", "free work tied to the seller's Friday date"),
   ("H", "The alignment rig can be at your depot on Monday at 7, and I've already put your first ten cars down for it, so have them lined up.", "depot slot plus an assumptive booking")])

# 23
email("weed control for the dalesway railway sidings", "formal", "Vegetation management, Dalesway sidings", "Dear Mr Okonjo,", "Yours sincerely,\nGraham Ellory\nTrackside Vegetation Ltd",
  [("N", "Thank you for the walkover of the Dalesway sidings on 4 March.", "pleasantry"),
   ("N", "The vegetation standard requires the cess to be kept clear for staff walking routes, and the survey found growth above 300 mm along roughly 1.2 km.", "survey finding tied to the prospect's standard"),
   ("N", "I have attached a programme using a selective treatment in April and a spot treatment in July, timed around the nesting-season restrictions.", "attachment and plan")],
  [("S", "Our company has held the Gold Standard in rail vegetation management for five consecutive years, and we are proud to count several major operators among our clients.", "award and client boast"),
   ("HS", "In view of my commitment to our sales director to finalise this contract before the month closes, I should be grateful for your signature by Friday.", "sales director as reason for a Friday signature"),
   ("T", "Should the price present any difficulty, I would of course be willing to revisit it, subject to my manager's agreement.", "unprompted concession deferred to the manager"),
   ("S", "The team leader you met on the walkover will run the work, and I would be most grateful if you would allow us to use the Dalesway name as a reference in our future tenders.", "staffing detail plus a reference favour for the seller")],
  [("N", "Our operatives hold the track safety competences your possession plan requires.", "credential the buyer's process requires"),
   ("H", "I will send the method statement you requested on Monday, although I must say that any responsible asset manager would have approved the spring treatment by now.", "requested document plus shaming")])

# 24 (curly)
email("wood-fired oven for the plough inn", "chatty", "That pizza oven!", "Hi Bev,", "Ciao for now,\nSam\nFornoNord",
  [("T", "Just checking in to see if you'd had a chance to look at the oven brochure I sent!", "'just checking in' as the purpose"),
   ("S", "I've attached the spec for the 100 cm dome oven, the same model the Italian ambassador has in his garden, which we're so proud of!", "attached spec plus name-dropping boast")],
  [("N", "It fits the corner of your garden kitchen with 40 cm to spare.", "product detail for the prospect"),
   ("N", "On a busy Saturday it turns out a pizza every 90 seconds, which would let your garden menu keep pace with the queue you described.", "value tied to the prospect's queue"),
   ("T", "If you'd like to see one firing, I'm at the Harrogate show on the 12th, but totally fine if you'd rather leave it.", "demo invitation plus pre-emptive release"),
   ("H", "P.S. The Red Lion down the road put one in last spring and they're rammed every Friday, so don't be the last pub in the village without one!", "peers-already-bought FOMO")])

# 25
email("wifi survey for the gullsway hotel", "terse", "Wifi survey", "Hi Ellen,", "Ollie\nSignalpath",
  [("S", "Survey is half a day, £520, report within a week, and we've wired half the hotels on this coast, best in the business.", "price and turnaround plus a generic boast"),
   ("N", "Your manager's note said the third-floor rooms drop signal, and the survey maps exactly where and why.", "tied to the prospect's problem"),
   ("H", "Guests will keep posting one-star reviews until this is fixed, so book it now, not next month.", "fear-based urgency with no real date"),
   ("H", "Honestly, Ellen, a hotel without decent wifi on every floor isn't a hotel, so this isn't optional.", "telling the prospect what they need"),
   ("H", "I can do the survey on Thursday, and I'll ring reception every day this week until we've got a date in.", "date offer plus badgering by phone")])

# 26 (clean)
email("wedding cake boxes for the sugarloaf bakery", "chatty", "Boxes for the big cakes", "Hi Tasha,", "Speak soon,\nMaddie\nBoxbright Packaging",
  [("N", "Thanks so much for the samples of your three-tier cakes, my office has never been so popular!", "pleasantry"),
   ("N", "I've measured the tallest tier, and our 14-inch rigid box with the window lid would carry it without touching the frosting or the piping colors.", "product detail tied to the prospect")],
  [("N", "At your volume of about twenty weddings a month, the 200-box pack works out to $1.85 a box.", "price from the prospect's own volume"),
   ("N", "Would it help if I sent ten boxes over so your drivers can test them on the Saturday runs?", "offer serving the prospect"),
   ("N", "Either way, I'll give you a call Monday morning.", "single follow-up with a date")])

# 27 (curly)
email("xmas lighting for the ormskirk high street", "formal", "Festive lighting proposal", "Dear Councillor Webb,", "Yours sincerely,\nJames Kirby\nLumiere Festive Lighting",
  [("N", "Thank you for the business improvement district's brief for this year's festive lighting.", "pleasantry"),
   ("N", "Our LED motifs are allocated by the factory in July, and orders placed after 15 July are not guaranteed for November delivery.", "borderline: manufacturer allocation stated once with its reason")],
  [("H", "Only two sets of the illuminated arches remain for this winter, and another town has its eye on both.", "manufactured scarcity"),
   ("HT", "The attached quote covers all forty lamp-post motifs, and if the order is confirmed by Friday I can take 10% off, though that falls away at 5pm.", "quote plus a discount tied to the seller's Friday cutoff"),
   ("S", "I'd be glad to meet the BID board on 12 June, and they may like to know we are the number one festive lighting contractor in the North West, with over 150 towns lit.", "meeting offer plus a generic ranking boast")],
  [("N", "The lamp-post loading survey is included, so your highways team has the structural sign-off it needs.", "serves the prospect's process"),
   ("H", "Your BID board can ratify the choice afterwards; for now, your signature alone will secure the arches.", "overriding the prospect's own approval process")])

# 28
email("xenon lamp replacement for the palace cinema projectors", "very deferential", "Screen 2 lamp", "Dear Mr Haddad,", "With kind regards and apologies,\nOwen Birch\nBrightbeam Projection",
  [("T", "I'm terribly sorry to bother you once more.", "apology for following up"),
   ("N", "Your projectionist mentioned the lamp in screen 2 is past 2,800 hours, which is about when brightness drops below what distributors expect.", "insight tied to the prospect")],
  [("T", "I was hoping that maybe, if you happened to be open to it, I could possibly send over a replacement quote?", "quote offer plus stacked hedges"),
   ("ST", "It would honestly mean so much to me, as my manager keeps asking why I haven't signed a single cinema yet.", "pleading over the rep's standing with his manager"),
   ("T", "I could bring the lamp over on Monday if that suits, and please do tell me if I've overstepped at all.", "delivery offer plus approval-seeking")])

# 29
email("yarn supply for the tenterfield knitting circle", "warm", "Yarn for the ward blankets", "Dear Brenda,", "With warm wishes,\nJune Ackroyd\nTenter Hill Mill",
  [("N", "It was so lovely to meet everyone at the Tuesday circle, and the blanket for the children's ward is beautiful.", "pleasantry"),
   ("S", "You asked for 40 balls of the washable DK in six colours, which comes to £138 with postage from our award-winning mill, whose yarns have been on the London Fashion Week catwalks!", "requested price plus award and catwalk boast")],
  [("N", "The washable DK goes through a hospital laundry cycle without felting, so the blankets will last on the ward.", "product detail tied to the prospect's use"),
   ("ST", "Once you confirm the colours the parcel goes out the same day, and if you could mention us on the circle's Facebook page I'd happily take 10% off.", "borderline: dispatch detail plus a discount offered for a personal favour (rule 7)"),
   ("T", "Sorry for rambling on, I know how busy the circle keeps you!", "apology for length")])

# 30 (curly, clean)
email("yew hedge trimming for the haddon manor gardens", "formal", "The yew walk", "Dear Mrs Fenwick,", "Yours sincerely,\nDaniel Hearn\nHearn Topiary & Hedges",
  [("N", "Thank you for showing me the yew walk last Thursday.", "pleasantry"),
   ("N", "Because nesting birds are protected by law, I'd recommend we cut the hedges in early September, once the last broods have fledged.", "recommendation with its legal reason")],
  [("N", "The topiary birds on the terrace need a lighter hand, so I'd put our two most experienced cutters on them.", "expert plan"),
   ("N", "The attached quote for the full walk is £3,400, including removal of the clippings to your compost bays.", "price and attachment"),
   ("N", "Could I visit on 2 September to agree the heights with your head gardener?", "next step with a date")])

# 31
email("yacht rigging inspection for the fowey charter fleet", "blunt", "Rigging inspections, six boats", "Kate,", "Nick\nHarbourline Rigging",
  [("N", "Your insurer's survey letter asks for a rigging inspection on all six yachts before the charter season starts on 1 May.", "deadline set by the prospect's insurer"),
   ("N", "We check the standing rigging aloft with dye penetrant on the swage terminals, and you get a report per boat for the insurer.", "product detail for the prospect")],
  [("H", "The work order's attached with the prices you asked for, so sign it today, because I'm not holding the riggers for you past that.", "requested prices plus a sign-today ultimatum"),
   ("S", "Frankly, my commission on this job is the only thing keeping my month respectable.", "rep's commission stated with no demand (rule 16)"),
   ("H", "If I haven't heard by Wednesday, I'll take it up with the owners directly.", "bypass threat"),
   ("H", "And don't bother running it past your ops meeting, they'll only rubber-stamp it anyway.", "overriding the prospect's own process")])

# 32 non-native
email("zip wire inspection for the highwood adventure park", "non-native English", "Annual inspection of zip lines", "Dear Mr. Whitley,", "Best regards,\nMarek Dvorak\nAlpinTech Inspections",
  [("N", "Thank you for meeting with me on Wednesday and to show me the three zip lines.", "pleasantry"),
   ("N", "The standard EN 15567 asks an annual inspection by an independent body, and your last report is from April of last year.", "real external requirement, no pressure")],
  [("S", "Our company is inspecting since 1995 and we are the most known inspector in the whole Europe.", "years in business and ranking boast"),
   ("S", "We have many certificates, ISO 9001, ISO 14001, ISO 45001, and our inspectors have also rope access, first aid and many others.", "certificate list not tied to the buyer's needs"),
   ("HS", "The inspection of the three lines is 1,450 pounds, and for my bonus I must close this contract before end of this month, so please sign until Friday.", "price plus the seller's bonus as reason for a Friday signature")],
  [("T", "I will send you our checklist tomorrow, and sorry for my bad English and for so long email.", "promised checklist plus a self-abasing apology and an apology for length")])

# 33 (curly)
email("zinc plating for the kestrel cycle works", "terse", "Plating, frame lugs", "Hi Jon,", "Gav",
  [("N", "Quote for plating the 400 frame lugs attached, £0.62 per part.", "requested quote"),
   ("N", "Salt-spray tested to 240 hours, which is what your drawing calls for.", "spec the buyer requires"),
   ("H", "Your rivals at Pedalforge moved to us in spring, just saying.", "peers-already-switched"),
   ("HT", "Lead time's ten days, and confirm today and I'll drop it to 50p, tomorrow it's back up.", "lead time plus a discount tied to a same-day date"),
   ("S", "We're the only platers in the Midlands with a fully automatic barrel line, by the way.", "generic boast"),
   ("H", "No reply by Wednesday and I'll take it as a yes and start the run.", "silence treated as a yes")])

# 34
email("zen garden for the hollis & grey courtyard", "chatty", "Courtyard garden sketch!", "Hey Laura!", "Love and gravel,\nJade\nStillpoint Gardens",
  [("N", "Thanks for showing me the courtyard, your team clearly needs somewhere quiet to eat lunch that isn't their desk.", "observation about the prospect's need"),
   ("S", "My sketch of the courtyard is attached, and I'm over the moon about it, this is exactly the kind of project I've been dying to put in my portfolio!", "attached sketch plus the rep's excitement and portfolio")],
  [("N", "It keeps the raked gravel away from the fire exit route, and the three granite stones sit where the afternoon light is best, in the gray-and-moss color scheme your team picked.", "design detail tied to the site"),
   ("ST", "I'll be honest, I've had a slow quarter, so if you could pick us I'd be so thankful, even if we have to trim the price a bit.", "pleading over the rep's slow quarter and an unprompted price cut"),
   ("T", "I could start the week of 3 June, but obviously only if you're happy, I'd hate for you to feel rushed into anything!", "start date plus approval-seeking")])

# 35 (clean)
email("standby generator servicing for the fairhaven care home", "warm", "Your generator after Sunday's cut", "Dear Grace,", "Kind regards,\nHugh Merritt\nSteadfast Power",
  [("N", "Sorry to hear the power cut last Sunday left your residents without heating for two hours.", "sympathy, not self-abasement"),
   ("N", "From your maintenance log, the generator hasn't been load-tested since 2022, which is probably why it failed to take over automatically.", "insight from the prospect's own log")],
  [("N", "A full service with a two-hour load bank test would show whether the transfer switch is at fault.", "concrete value"),
   ("N", "Apologies for not getting this to you on Friday as promised; our engineer was called to a hospital outage, so I've included his notes below.", "borderline: single courtesy apology for a real delay, with the reason"),
   ("N", "Could we come on Tuesday at 10, when your handyman is on site?", "next step with a date")])

# 36 (curly)
email("swimming pool covers for the netherby leisure centre", "formal", "Pool cover proposal", "Dear Mr Ilunga,", "Yours sincerely,\nSimon Adeyemi\nThermaCover UK",
  [("N", "Thank you for sharing the Netherby pool's energy bills for the past year.", "pleasantry"),
   ("N", "Based on those bills, overnight evaporation is costing you about £310 a week in heating and make-up water.", "cost from the prospect's own data, offered as information"),
   ("H", "Every week you leave the pool uncovered is another £310 going straight down the drain, so I would press you to decide quickly.", "borderline: cost of delay used to push, number plausible (rule 5)")],
  [("S", "The cover you asked me to price is £8,900, and it features a patented thermal foam, an automatic reel, a remote, a safety lock, a UV-stable finish, an app and a ten-year warranty.", "requested price plus a feature list not tied to the pool"),
   ("T", "I do apologise that the cover is not cheaper; I appreciate that leisure budgets are stretched.", "apology for the price"),
   ("H", "Installation takes two days, and I have taken the liberty of booking our fitters for 14 October, so all that remains is for you to return the signed order.", "install duration plus an assumptive booking")],
  [("N", "I will confirm the reel dimensions with our engineer and send you the drawing by Thursday.", "checking on a technical matter with a date"),
   ("S", "We are, I might add, the only cover manufacturer ever shortlisted for the King's Award for Enterprise.", "award boast"),
   ("N", "I can also arrange a visit to a leisure centre of similar size in Harrogate, where the same cover cut the heating bill by 28%.", "social proof tied to the prospect's situation")])

# 37
email("tachograph analysis for the greythorpe hauliers", "blunt", "Tacho analysis", "Dave,", "Carl\nTachoClear",
  [("N", "You said DVSA flagged three drivers' hours infringements at your last roadside check.", "the prospect's own situation"),
   ("N", "We download every card monthly and send you a plain report of infringements by driver, so you can deal with them before an audit does.", "value tied to the prospect")],
  [("H", "If you're not going to take compliance seriously, don't be surprised when the traffic commissioner pulls your licence.", "shaming and fear"),
   ("HS", "After I drove two hours to your yard and sat through your morning briefing, the least you owe me is a yes or no by Monday.", "seller's effort as guilt for a Monday answer"),
   ("S", "You'd also get a named analyst, and we're the fastest-growing tacho bureau in Yorkshire, backed by a private equity fund.", "named analyst plus growth and investor boast"),
   ("H", "I've attached the contract with the monthly price we discussed, so get it signed and back to me today, no more messing about.", "agreed price plus a same-day demand")])

# 38 (clean)
email("ticket scanners for the castlerock rugby ground", "terse", "Scanners quote", "Hi Mel,", "Rhys\nGatepass Systems",
  [("N", "Quote for twelve handheld scanners is attached, as asked.", "requested attachment"),
   ("N", "Each reads paper and phone tickets and runs ten hours on a charge, enough for a double-header.", "product detail tied to match days"),
   ("N", "Your fixture list has the first home game on 7 September, so delivery on the 1st leaves a week for stewards to practise.", "the prospect's own date"),
   ("N", "Can I call you Thursday at 2 to confirm numbers?", "next step with a time")])

# 39 (curly)
email("solar panel cleaning for the whitby road cold store", "chatty", "Roof panels", "Hi Marcus,", "Cheers,\nBecca\nSunbright Cleaning",
  [("T", "Me again, nudging this back to the top of your pile in case it got lost!", "'just checking in' variant with nothing new"),
   ("N", "Your monitoring export shows the roof array producing 14% less than the same month last year, which lines up with the bird fouling we saw on the east rows.", "insight from the prospect's own data")],
  [("N", "A full clean with purified water is £1,280 for the 620 panels, and we'd work from the parapet so your loading bays stay open.", "price and logistics"),
   ("T", "The quote's attached again, and sorry, I know I keep pestering you!", "re-attached quote plus an apology for following up"),
   ("S", "We could do it on the 22nd while the bays are quiet, and between you and me, if I land this one I hit my bonus, so fingers crossed!", "date offer plus the rep's bonus, no demand"),
   ("H", "If this one goes unanswered too, I'll try your mobile and then swing by the site on Friday, so one way or another we'll talk!", "multi-channel chasing")])

# 40
email("shelving for the brightwater food bank", "very deferential", "Shelving layout for the warehouse", "Dear Yusuf,", "With warmest thanks,\nAnna Pryor\nRackright Storage",
  [("N", "Thank you for the tour of the warehouse, and for everything your volunteers do.", "pleasantry"),
   ("N", "Your volunteers told me they lose about an hour each session moving crates off the floor to reach the tins behind, so I've drawn up a layout with six bays of boltless shelving.", "value tied to the prospect's problem")],
  [("T", "I feel awful even sending a price to a charity, and I'm so sorry it comes to £2,340.", "price plus an apology for it"),
   ("T", "If that's too much, please just tell me what you can manage and I'll make it work.", "asking the buyer to name their number"),
   ("S", "We were also the first racking firm in the county to win the Green Business Award, which we're very proud of.", "award boast"),
   ("S", "We can install on a Monday when the food bank is closed, and it would be really lovely for us to put your logo on our website as a charity partner.", "install day plus a logo favour for the seller")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s81e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s81-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed81: held-out sales emails for the Poise tone coach\n")
    R.append("> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the eleventh session) from the labelling guide alone, before any of that session's changes, which it was\nwritten to judge, and measured first on the code before them (rules + model macro-F1 0.948: hard_close 0.920,\nself_serving 0.959, timidity 0.966; 0 of 108 clean sentences flagged; email agreement 0.950 / 0.975 / 0.925).\n")
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
    R.append("- Every third email (s81e003, s81e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
