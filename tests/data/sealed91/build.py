#!/usr/bin/env python3
"""Build sealed91: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("genealogy research for the hartsop family history society", "chatty", "Parish records project: next steps", "Hi Maureen,", "Cheers,\nDuncan",
  [("N", "Thanks for sending over the list of the forty surnames your members most want traced.", "thanks and logistics"),
   ("S", "Our researchers have more than ninety years at the record offices between them, and we've been written up in three national genealogy magazines.", "generic boasts: years in the trade and press coverage")],
  [("N", "From the sample you shared, about a third of the names sit in the Hartsop tithe apportionments, which most societies never think to check.", "insight tied to the prospect's own list"),
   ("T", "I was half thinking we could maybe start with a handful of those, if that isn't too forward of me?", "pilot suggestion plus stacked hedges and permission-seeking"),
   ("H", "Honestly, a society that truly cared about its members' roots would have commissioned this years ago.", "shaming the prospect's conduct")],
  [("T", "I've attached a sample tree we drew up for another local family, and I'm so sorry it's taken me an age to send, I really am hopeless.", "attachment plus self-abasing apology")])

# 2
email("generator hire for the larkmoor open-air theatre", "blunt", "Generator for the summer season", "Priya,", "Gareth",
  [("N", "The 60 kVA unit you asked about is £410 a week, delivered and collected.", "price the prospect asked for"),
   ("S", "It runs 14 hours on a tank, which covers your longest matinee-and-evening day, and we're the best-rated hire firm in the county by a mile.", "runtime detail plus boast"),
   ("H", "The unit fits through your 2.4 m gate, but we've got two left for July and a festival crew is eyeing both, so I'd grab one today.", "access detail plus scarcity with a rival buyer and no real date"),
   ("HS", "I held one back for you against my manager's wishes, so the least you can do is confirm by tonight.", "a favour pulled and the rep's standing used as guilt, with a deadline")],
  [("N", "Your stage manager mentioned the boundary noise limit is 65 dB, and this unit runs at 58 dB at seven metres.", "value tied to the prospect's constraint"),
   ("H", "The hire form is attached with your details filled in, and I'll take the deposit from the card you used last year unless I hear otherwise.", "attachment plus assumptive payment step")])

# 3
email("glovebox recertification for the pellham nanomaterials lab", "formal", "Glovebox recertification before your ISO audit", "Dear Dr. Okafor,", "Respectfully,\nLaura Chen\nField Services Manager",
  [("N", "Thank you for the call on Tuesday and for walking me through the three argon gloveboxes in Lab 2.", "thanks"),
   ("N", "Your ISO 17025 surveillance audit is on October 14, and the assessor will expect leak-rate certificates dated within the last twelve months.", "the prospect's own audit date and the standard's requirement"),
   ("S", "We are proud to be the only recertification firm in the region holding Gold Partner awards from two separate glovebox manufacturers.", "award boast with no tie to the lab's needs")],
  [("ST", "I'd be personally so grateful for this one, since my whole month rides on it, and I hope it isn't too much to say so.", "pleading for the rep's own month and seeking approval"),
   ("T", "Our quote of $2,850 for all three boxes is attached, and if that feels steep, just tell me what figure would work and I'll make it fit.", "attached quote plus asking the buyer to name their number"),
   ("N", "Could we book the site visit for the week of September 8, so the certificates are in hand a month before the assessor arrives?", "clear next step with a date and reason"),
   ("H", "The certificates would be issued on the day, and I've already asked our office to raise the invoice, so please send a purchase order number by Friday.", "product detail plus assumptive invoice before a yes")])

# 4 clean
email("gps fleet tracking for the swiftline courier vans", "terse", "Tracking pilot numbers", "Hi Marcus,", "Thanks,\nRenee",
  [("N", "Your dispatch logs show drivers spent 212 hours idling last month, mostly at the Eastside depot gate.", "figures from the prospect's own data"),
   ("N", "A two-week pilot on ten vans would tell us how much of that is queueing and how much is early arrivals.", "concrete value tied to the prospect"),
   ("N", "Does Thursday at 9 work to set it up with your dispatch lead?", "plain ask with a date")])

# 5
email("graduation gown hire for the kesworth further education college", "very deferential", "Gown hire for the July ceremony", "Dear Mrs Abernethy,", "With warmest regards and thanks,\nEleanor Pike",
  [("T", "I do hope you'll forgive me for troubling you yet again, and please don't feel in any way obliged to read on.", "over-apology and releasing the reader"),
   ("N", "You mentioned the ceremony on 11 July will have roughly 340 graduands across two sittings.", "the prospect's own date and numbers")],
  [("N", "We'd deliver the gowns and hoods, colour-matched to your awarding bodies, on the morning of 10 July and collect them after the second sitting.", "logistics tied to the prospect's event"),
   ("S", "The hoods come in all your awarding bodies' colours, and we were the very first gown company in England to win a royal warrant.", "product detail plus award boast"),
   ("T", "The price works out at £18.50 per graduand, and I'm terribly sorry it isn't lower; I could probably take a pound or two off without anyone minding.", "requested price plus apology for the price and an unprompted discount"),
   ("T", "Would it be at all possible, perhaps, for me to pop in one afternoon with a sample gown, only if it wouldn't be an imposition?", "visit ask plus stacked hedges and permission-seeking"),
   ("T", "If it's no good at all, I completely understand and won't trouble you again.", "giving up at once")])

# 6
email("green roof installation for the brockmoor council depot", "warm", "Sedum roof for the depot: survey findings", "Hello Tom,", "Warm regards,\nBethan",
  [("N", "It was good to meet you and Shirin on the depot roof last week, even in that wind.", "pleasantry"),
   ("N", "The core we took shows the deck can carry a saturated load of 120 kg per square metre, which is comfortably enough for a sedum blanket.", "expert finding with evidence")],
  [("N", "The council's green infrastructure grant closes to applications on 30 September, and the roof would qualify for up to 40% of the cost.", "borderline: real external deadline stated once with its reason"),
   ("HS", "My regional director has already pencilled this job into our autumn forecast, so I need your go-ahead before the end of this month.", "seller's forecast and director as the reason for a date"),
   ("S", "We've planted more green roofs than any other firm in the North West, and our crew picked up a national landscaping award in the spring.", "generic boasts: ranking and award")],
  [("H", "The drainage layer is specified in the attached drawing, and I've already put your depot down for a March start, so I'll take silence as a yes.", "attached drawing plus assumptive booking and silence-as-yes"),
   ("T", "I've attached the planting plan too, and I'm sorry it runs to twelve pages; I did try to keep it short.", "attachment plus apology for length"),
   ("N", "I'll bring the maintenance schedule to Thursday's meeting so your facilities team can see the two visits a year it needs.", "confident next step, 'needs' is practical")])

# 7
email("haberdashery supply for the aldwych playhouse wardrobe department", "chatty", "Trims and notions for the winter show", "Hey Jules!", "Cheers,\nDani",
  [("N", "Thanks for the fabric list for the winter show, that's a fun one.", "thanks"),
   ("S", "We're super excited to finally show off our new range: three hundred ribbons, forty button lines, Swiss lace, hook-and-eye tape, boning, and our shiny new bias binding machine!", "rep's excitement and a feature list")],
  [("T", "I'm also checking back in to see if maybe you'd had a chance to peek at the catalog, no rush at all.", "'just checking in' variant with hedge and minimising"),
   ("N", "The 12 mm grosgrain you flagged comes in the exact burgundy from your swatch, and we have 200 meters in stock.", "product detail tied to the prospect's swatch"),
   ("H", "We can ship the grosgrain by Thursday, but honestly, a wardrobe department that leaves trims to the last minute is asking for disaster.", "delivery date plus shaming the prospect"),
   ("S", "The order form is attached, and while you're at it, could you leave us a little review on our Google page, since it'd really help us climb the rankings?", "attachment plus review favour for the seller")])

# 8
email("haccp training for the cobble street food vans", "blunt", "HACCP course dates", "Ravi,", "Kev",
  [("N", "Your environmental health visit flagged missing cooling logs on two of the vans.", "the prospect's own situation"),
   ("H", "You need this course, full stop, and there's nothing to mull over.", "'you need' directive"),
   ("H", "Every other trader on the Cobble Street pitch has already booked their crews in, so you'll stand out like a sore thumb at the next inspection.", "peers who already bought, and shaming")],
  [("N", "The Level 2 course runs on 4 and 18 March at our Leeds room, six hours, £95 a head.", "logistics and price"),
   ("S", "The course covers cooling, reheating and allergen logs, and our trainers have taught more chefs than anyone else in Yorkshire.", "course content plus boast"),
   ("H", "Lunch and the certificates are included, and I've put your four names on the 4 March list with the invoice on its way.", "course detail plus assumptive booking and invoice before a yes")])

# 9 clean
email("handbell restoration for the ashby magna handbell ringers", "formal", "Handbell restoration: our findings and a quote", "Dear Mr Haworth,", "Yours sincerely,\nAlan Pryce",
  [("N", "Thank you for bringing the two octaves of bells to the workshop on Saturday.", "thanks"),
   ("N", "Eleven of the clappers have worn leather pegs, which is why the lower bells sound dull on the back stroke.", "insight from the inspection")],
  [("N", "Replacing the pegs and re-felting the clapper heads would cost £640 for the full set, as you asked us to price.", "price the prospect asked for"),
   ("N", "Apologies that this reply took a week; our usual restorer was away and I wanted him to check the castings himself.", "borderline: single courtesy apology for a real delay, with the reason"),
   ("N", "If the committee agrees at its meeting on the 21st, we could have the bells back to you before your Christmas concert.", "the prospect's own dates")])

# 10
email("heat treatment of export pallets for the dunford pallet yard", "non-native English", "ISPM 15 treatment offer", "Dear Mr. Dunford,", "Best regards,\nTomasz Wieczorek",
  [("N", "Thank you for your mail from Monday about the pallets for your customer in Canada.", "thanks"),
   ("N", "The new import rule in Canada apply from 1 January, and after this date untreated wood is refused at the port.", "borderline: real external regulation date stated once with the reason")],
  [("S", "Our company is the biggest in heat treatment in whole region and we have very modern kiln, best in the market.", "generic boast"),
   ("T", "Maybe it is possible that you would perhaps consider a small trial, if it is not disturbing you too much?", "trial ask plus stacked hedges and permission-seeking"),
   ("T", "Price is 2,10 EUR for each pallet, and I am sorry it is not cheaper, I can give also 15% less if you want.", "price plus apology for price and unprompted discount"),
   ("H", "We can treat the first 500 pallets in your week 6 like you asked, but you must send the order today, tomorrow the kiln is full for other customer.", "the prospect's own week plus act-now scarcity")],
  [("S", "Please, this order is very important for me because my boss is watching my numbers this month.", "the rep's own numbers and boss, no date pressed on the prospect")])

# 11
email("hgv driver cpc training for the harlan haulage night shift", "warm", "Driver CPC for your night shift", "Morning Sue,", "All the best,\nJo",
  [("N", "Hope the new depot at Wakefield is settling in.", "pleasantry"),
   ("N", "Looking at the renewal dates you sent, nine of your drivers' CPC cards expire between April and June.", "the prospect's own data")],
  [("HS", "I've spent most of the last fortnight building a timetable around your night shifts, so I'd really expect at least a yes or no by Friday.", "seller effort as guilt with a deadline"),
   ("N", "We can run the 35 hours as five Saturday sessions, so nobody loses a paid shift.", "value for the prospect"),
   ("S", "The trainer would be Dave, who ran your last refresher, and between you and me, your signature would put me top of our sales board.", "trainer detail plus the rep's own sales-board standing"),
   ("T", "The Saturday dates are in the attached plan, but totally appreciate you're flat out, and no worries at all if you'd rather leave it for another year.", "attached plan plus releasing the prospect before any objection")],
  [("H", "That said, if you don't sort it now, you'll have lorries parked up and loads missed come June.", "if-not-now threat")])

# 12
email("hydrographic survey of the thirlby reservoir", "formal", "Bathymetric survey of Thirlby Reservoir", "Dear Ms. Varga,", "Sincerely,\nDavid Marsh\nSenior Hydrographer",
  [("N", "Thank you for sharing the 2009 survey; comparing it with a new sweep will show how much storage the reservoir has lost to silt.", "insight tied to the prospect's data"),
   ("S", "Our firm operates four multibeam vessels, two autonomous survey drones, side-scan sonar, sub-bottom profilers, RTK positioning, and proprietary processing software.", "feature list with no outcome")],
  [("S", "The full survey is priced at $18,400 as you requested, and I should mention we were named Survey Firm of the Year by a leading trade journal for the third time running.", "requested price plus award boast"),
   ("HST", "If you sign before our fiscal year closes on the 30th, I can take 12% off, but after that the price goes back up.", "discount tied to the seller's fiscal year-end date"),
   ("H", "I'll be reaching out to your utility's general manager next week to make sure this lands on the right desk.", "bypass threat"),
   ("T", "A kickoff call on the 4th would let us plan the fieldwork, though I realize I may be overstepping by even suggesting it.", "meeting ask plus need for approval")])

# 13 clean
email("heritage bus restoration for the calderdale transport museum", "chatty", "The 1958 Leyland: what we found", "Hi Gordon,", "Cheers,\nPhil",
  [("N", "Great to finally get under the old Leyland on Tuesday!", "pleasantry"),
   ("N", "The chassis rails are sound, but the rear platform has rot through two of the ash frames, so I'd replace those rather than patch them.", "expert recommendation backed by evidence")],
  [("N", "Just a heads-up that the coachbuilder's price for seasoned ash goes up on 1 May, because their timber merchant is adding a kiln charge.", "borderline: one polite 'just' and a price change stated once with its reason"),
   ("N", "Could your trustees look at the two options when they meet on the 9th?", "plain ask tied to the prospect's own meeting")])

# 14
email("hydrant flow testing for the cedar ridge apartment complex", "blunt", "Hydrant test results", "Mike,", "- Carl",
  [("N", "Our crew flow-tested all six hydrants on the property Tuesday morning.", "logistics"),
   ("N", "Two of them came in under 500 gallons per minute, which is below what your fire marshal's code requires.", "finding tied to an external requirement"),
   ("H", "Based on what we measured, you need the valve work done this month, not next quarter.", "borderline: 'you need' directive, but delivered after a real test")],
  [("HS", "Frankly, after I drove out twice on my own time to rerun those tests for you, I'm a little stung that I've heard nothing back.", "seller effort and hurt feelings as guilt"),
   ("H", "I'm sure your fire marshal will be thrilled to learn you sat on this.", "sarcasm aimed at the prospect"),
   ("H", "The repair is $1,240 and takes one day, and I've already told my crew to show up Monday, so just have someone unlock the gate.", "price plus assumptive booking")])

# 15
email("icing and sugarcraft supplies for the rosewell cake school", "very deferential", "Sugarcraft supplies for your spring term", "Dear Ms Hollis,", "Most humbly,\nRosalind Gray",
  [("T", "I'm so sorry to intrude on your day, and I do hope this message isn't an unwelcome interruption.", "over-apology for normal selling"),
   ("N", "Your course outline mentions forty students making wired sugar flowers in the second half of term.", "the prospect's own plan")],
  [("N", "Our trial pack has the 26-gauge wire, flower paste and petal cutters for that module, enough for a class of forty.", "product detail tied to the prospect"),
   ("S", "The flower paste dries in about four hours, and we also stock over 2,000 other lines: edible glitter, airbrush kits, cake drums, dowels, stencils, moulds and more.", "product detail plus feature dump"),
   ("T", "I wondered if perhaps, at some point when you have a spare moment, you might possibly glance at the enclosed price list?", "enclosed price list plus stacked hedges and permission-seeking"),
   ("ST", "It would mean the world to me personally, as I'm rather new here and still trying to find my feet.", "pleading for the rep's own sake")],
  [("T", "Please feel free to bin this if it's of no use whatsoever.", "pre-emptively releasing the prospect")])

# 16
email("invoice factoring for the greaves & holt joinery firm", "terse", "Factoring quote", "Hi Anil,", "Thanks,\nMeg",
  [("N", "Attached is the quote you asked for: 85% advance on approved invoices at a 1.4% monthly fee.", "the quote the prospect asked for"),
   ("S", "We fund over 3,000 businesses and are backed by a tier-one private equity house.", "boast: customer count and investors"),
   ("H", "This rate holds until Friday and won't come round again, so I'd move fast.", "fake deadline with urgency language"),
   ("HT", "If that rate feels high I could shave it to 1.2%, but only if you sign today.", "unprompted discount conditioned on the seller's date")])

# 17
email("injection moulding tooling for the pennywhistle toy works", "chatty", "Tooling for the stacking-cup range", "Hi Fiona,", "Cheers,\nStuart",
  [("N", "Thanks for the samples of the stacking cups, the kids in our office had a good go at them.", "thanks"),
   ("N", "Looking at the sink marks on the base of the big cup, the wall thickness jumps from 1.8 mm to 3 mm, which is what's causing them.", "insight the prospect did not have")],
  [("S", "I've got to be honest, I really need a big win this quarter, and you're top of my list.", "the rep's own need, no date pressed on the prospect"),
   ("N", "A four-cavity tool with a redesigned base would cost £23,500 and run your annual 200,000 cups in about five weeks of press time.", "price tied to the prospect's volume"),
   ("HT", "If you can confirm by the 20th I'll knock the design fee off altogether, but after that it's back to full whack.", "discount conditioned on the seller's date")],
  [("T", "Sorry for hounding you, I know I've been a pest this week.", "apology for following up"),
   ("N", "Shall I bring the revised drawings to your Wednesday production meeting?", "confident next step"),
   ("S", "The revised drawings are attached, and I'd love it if you'd let us show your cups on our stand at the trade fair.", "attachment plus favour for the seller's stand")])

# 18 clean
email("inkjet coding printers for the tarrant dairy bottling line", "formal", "Coding printers: follow-up", "Dear Mr Bhatt,", "Kind regards,\nHelen Asante",
  [("N", "Following up on my note of 3 March about the date coding on your two-litre line.", "single polite follow-up"),
   ("N", "Your retailer's new code of practice asks for a legible best-before date and batch code on every cap, and the line rejected 2.3% of bottles for smudged codes last month.", "external requirement and the prospect's own figures")],
  [("N", "A continuous inkjet coder with a quick-dry ink would cost £6,150 installed and would be fitted on a Sunday, when the line is down.", "price and logistics"),
   ("N", "Would a call on Tuesday morning suit you to go through it?", "plain ask with a date")])

# 19
email("insulated panel repair for the fenby fish processors' cold store", "blunt", "Cold store panels: time to decide", "Neil,", "Ray",
  [("N", "We finished the survey of the blast freezer walls on Monday.", "logistics"),
   ("N", "Seven panels behind the evaporators have crushed joints, which is why you're getting ice build-up on the ceiling.", "expert finding")],
  [("H", "This is the fourth time I've written since then, and my tracking tool says every one of them has been opened.", "counting attempts and read-receipt guilt"),
   ("HS", "I put my name on the line with our fitters to squeeze you in ahead of two other sites, and frankly I deserve better than silence.", "seller standing and favour as guilt"),
   ("H", "The quote is attached, and if I've not heard by Thursday I'll take it to your managing director myself.", "attached quote plus bypass threat with a deadline")])

# 20
email("internet leased line for the port keswick marina office", "non-native English", "Leased line for the marina", "Hello Mr. Pearce,", "Best regards,\nLuca Bernardi",
  [("N", "I was happy to visit your harbour office on Friday, it is a very beautiful place.", "pleasantry"),
   ("N", "You told me the card machines at the fuel pontoon lose connection many times on busy weekends.", "the prospect's own problem")],
  [("S", "Our network is the fastest and most awarded in all the country, we have won more prizes than any other provider.", "generic boast"),
   ("N", "A 100 Mb leased line with 4G backup will keep the card machines working even when the main line is down.", "value tied to the prospect"),
   ("HS", "My director asks me to bring your order before 30 June, so please sign quickly.", "manager's wish as the reason for a date")],
  [("T", "The contract is in attachment, and if the price is a problem, tell me your budget and I make the price fit to it.", "attached contract plus asking the buyer to name their number"),
   ("T", "I can come again on Tuesday to measure the cable route, if it is not disturbing you and only if you are sure.", "visit offer plus permission-seeking")])

# 21
email("ignition interlock devices for the redwater school bus fleet", "formal", "Ignition interlock proposal for the Redwater fleet", "Dear Mr. Osei,", "Sincerely,\nKaren Lutz",
  [("N", "Thank you for the incident summary; the two driver suspensions last year are a useful starting point.", "thanks and the prospect's own data"),
   ("S", "I'm absolutely thrilled to share that our company just closed a $40 million funding round led by two of Silicon Valley's top firms.", "rep's excitement and investors")],
  [("N", "Interlocks on your 62 buses would stop a bus from starting if a driver tests over the limit, and log every test for your safety team.", "value tied to the prospect"),
   ("S", "The devices are on your state's approved list, and I'd be thrilled to finally land a school district, since it's the one logo missing from our website.", "required certification plus the seller's own stake"),
   ("H", "Three of the four transit agencies in your state have already made the switch, and you don't want to be the one explaining why you didn't.", "peers who already switched, and shaming"),
   ("T", "I've attached the pricing sheet your procurement office asked for, and I apologize for how long this email is and for the price, which I know is a lot to ask.", "requested pricing sheet plus apology for length and price")],
  [("H", "Fitting takes one day per ten buses, so I'll go ahead and schedule the installers for the 15th unless you stop me.", "installation detail plus assumptive scheduling")])

# 22
email("japanese knotweed treatment for the cresthaven allotment society", "warm", "Knotweed on plots 14 to 17", "Dear Margaret,", "Warm wishes,\nJanet",
  [("N", "Thank you for showing me round the allotments on Sunday, and for the excellent rhubarb.", "thanks"),
   ("N", "The stand behind plots 14 to 17 covers about 30 square metres, and the rhizome has already reached the path edge.", "finding from the site visit")],
  [("N", "A three-year herbicide programme, with a management plan your society can show to any buyer of the neighbouring land, would cost £1,680 in total.", "price tied to the prospect's need"),
   ("H", "The first spraying window is late August, and frankly, a committee that lets this spread into the neighbours' gardens is asking to be sued.", "treatment date plus shaming"),
   ("S", "We're a family firm, run by the same two families since 1962.", "borderline: heritage line")],
  [("T", "Sorry, I know I keep going on about it, and I do hope I haven't overstepped by writing again.", "apology for following up and need for approval"),
   ("T", "I could also come to your committee meeting on the 4th, but if they'd rather not, that's absolutely fine, and thank you so much for even thinking of us.", "meeting offer plus thanking them for considering and releasing them")])

# 23 clean
email("job evaluation review for the riverbend housing trust", "chatty", "Pay grading review", "Hey Dom,", "Talk soon,\nAsh",
  [("N", "Loved the photos from the new Maple Street homes, by the way.", "pleasantry"),
   ("N", "Your staff survey said people can't see why two maintenance roles doing similar work sit three grades apart, and that's usually the first thing an equal pay claim looks at.", "insight tied to the prospect's own survey")],
  [("N", "Scoring your 48 roles against one framework would take about six weeks and cost $9,200, including a session with your union reps.", "price and scope"),
   ("N", "Want to see what the scoring sheet looks like for one of the maintenance roles?", "borderline: bare demo-style ask")])

# 24
email("jet engine borescope inspection for the skylark flight school", "terse", "Borescope slots", "Hi Claire,", "Rob",
  [("N", "Your two Seneca engines are at 1,850 hours, so the borescope check falls due at the next 100-hour inspection.", "the prospect's own data"),
   ("H", "Our slots go like hot cakes, so take one now or you'll be grounded for weeks.", "scarcity without a date, act-now push"),
   ("S", "We'd do both engines in one day at your hangar, and we've been at this for over forty years and hold every approval going.", "logistics offer plus boast about years and approvals")],
  [("N", "I'll send the booking link once you've picked a week.", "logistics"),
   ("HT", "Each engine takes half a day, and I'll knock £200 off if you book before Friday.", "job detail plus discount tied to the seller's date")])

# 25
email("jousting display for the aldercastle summer fair", "chatty", "Knights for the summer fair", "Hi Sam,", "Cheers,\nBeth",
  [("N", "Thanks for ringing on Monday about the fair on 23 August.", "thanks and the prospect's own date"),
   ("N", "A twenty-minute joust in your outer bailey would fit between the falconry and the archery, which keeps the crowd moving round the site.", "value tied to the prospect's event")],
  [("S", "Our knights have performed for two royal households, three film productions and a celebrity wedding you'd definitely have heard of!", "generic boast"),
   ("S", "The booking form is attached, and could you also pop our logo on your posters and ask a few visitors to post reviews for us afterwards?", "attachment plus logo and review favours"),
   ("H", "Loads of castles have already signed us for next summer, so you really can't afford to dither.", "peers who already bought and urgency")],
  [("T", "Our fee is £2,200, though I could drop it to £1,800 if that's a stretch for you.", "fee plus unprompted discount"),
   ("T", "I'll pencil you in for the 23rd once you're happy, and sorry for rattling on!", "booking step plus apology for length")])

# 26
email("joint sealant replacement for the tannery lane multistorey car park", "formal", "Expansion joint sealant at Tannery Lane car park", "Dear Ms Okoro,", "Yours sincerely,\nMartin Hale",
  [("N", "Thank you for the access to levels 3 to 6 last Wednesday.", "thanks"),
   ("N", "Of the 48 deck joints we inspected, 19 have failed sealant, and water is tracking through to the ceilings of the levels below.", "inspection finding")],
  [("N", "Replacing those 19 joints with a polyurethane system would cost £14,600, closing one level at a time over four weekends.", "price and logistics"),
   ("S", "Polyurethane stays flexible down to minus 30, and our sealant team won a national contractor award for the second year running.", "product detail plus award boast"),
   ("HS", "I'll be candid that my commission for the year depends heavily on this job, so I'd need your order by month end.", "seller's commission as the reason for a date"),
   ("H", "Every week you leave it is another £1,000 of concrete damage down the drain, so dragging your feet is the costly option.", "borderline: cost of delay used to push, plausible number")],
  [("T", "I'm sorry if this sounds pushy; that's honestly the last thing I want, and I hope you're not cross with me.", "apology for being pushy and need for approval"),
   ("N", "I can take your facilities team through the phasing on site on any weekday morning next week.", "confident next step")])

# 27
email("keel repair for the saltfleet dinghy sailing club", "non-native English", "Keel repair for your club boats", "Dear Mr. Lowe,", "With best regards,\nPieter van Dijk",
  [("N", "Thank you for let us see the six Wayfarers in your boat park on Saturday.", "thanks"),
   ("N", "Four of them have the keel band loose and water is coming in the centreboard case, so they need repair before the season starts.", "'need' as a technical finding")],
  [("T", "I am so sorry, I know our price is maybe little bit high, please excuse me for it.", "apology for price"),
   ("T", "The quotation is in attachment, and perhaps if you want we could maybe do it cheaper, only say me what number is good for you.", "attached quote plus hedges and asking the buyer to name their number"),
   ("S", "We are the oldest boatyard in the whole estuary, and our founder was building boats for the navy.", "boast about age and history"),
   ("H", "There is still space in our shed for March, but other clubs are asking already, so you should say yes quickly.", "shed availability plus scarcity push")],
  [("N", "We can take the boats on 3 March and bring them back on 24 March, before your first race.", "logistics tied to the prospect's season"),
   ("ST", "We can also varnish the centreboards, and please, if you choose us I get a small bonus, it would help me very much.", "offer plus pleading for the rep's bonus")])

# 28 clean
email("kosher catering for the brookline educators' conference", "warm", "Catering for the conference", "Hi Rachel,", "Warmly,\nNaomi",
  [("N", "So sorry to hear about the flooding at your office; I hope everyone's things came through all right.", "sympathy"),
   ("N", "I've kept the tasting on the calendar for the 12th, but we can move it a week if that helps.", "logistics, flexible out of courtesy")],
  [("N", "For 280 guests, we'd run two meat lunch lines and one pareve line under full supervision, which keeps the queue under fifteen minutes.", "value tied to the prospect's numbers"),
   ("N", "Our supervisor's certificate is attached, since your venue's contract asks to see it.", "credential the buyer's process requires"),
   ("N", "Let me know by Friday whether the lunch should be boxed or plated, and I'll finalize the menu.", "logistics with a date")])

# 29
email("kinesiology tape supply for the harbury netball squad", "chatty", "Tape for the new season", "Hiya Lou,", "Ta,\nKirsty",
  [("T", "Only popping up again in case my last two emails got buried, sorry!", "'just checking in' variant with an apology"),
   ("N", "The 5 cm roll in your squad colours is £4.20 a roll if you take a box of 24.", "price with a volume condition"),
   ("H", "The glue holds through a full match in the wet, and every other club in your league already uses it, so you'd be the odd ones out.", "product detail plus peers and shaming"),
   ("ST", "Honestly you'd be helping me out loads, as I'm miles off my target this month.", "pleading for the rep's own target")])

# 30
email("kilt hire for the stromness rowing club ceilidh", "blunt", "Kilts for the ceilidh", "Alasdair,", "Fraser",
  [("N", "Got your numbers: 34 kilts, mostly 36 to 40 inch waist, for Saturday 14 February.", "the prospect's own numbers and date"),
   ("H", "Stock for that weekend is vanishing by the hour, so I wouldn't sit on this.", "scarcity without a date"),
   ("HS", "I stayed late three nights pulling sizes from our other branches for you, and I'm frankly fed up at being left hanging.", "seller effort and feelings as guilt")],
  [("N", "Full outfits are £45 each, or £38 for kilt and sporran only.", "price"),
   ("S", "The kilts are all in the Orkney tartan you asked for, and we're the biggest kilt hire firm north of Perth.", "product detail plus boast"),
   ("H", "Send the deposit today, I've already put your club in the book.", "assumptive payment step")])

# 31
email("kidney dialysis chairs for the lakemont renal unit", "formal", "Dialysis chairs for the Lakemont renal unit", "Dear Dr. Hanley,", "Sincerely,\nJonathan Reyes",
  [("N", "Thank you for letting our clinical specialist observe two of your afternoon sessions.", "thanks"),
   ("N", "Your nurses reposition patients an average of four times per session, mostly because the current chairs do not recline independently of the leg rest.", "insight from the prospect's own sessions")],
  [("S", "Our flagship chair features twelve motor positions, memory foam, heated seat pads, USB charging, a tablet arm, Bluetooth speakers, and four color options.", "feature list with no outcome"),
   ("S", "The quote for 14 chairs at $7,300 each is attached as your purchasing team requested, and we're honored to be the fastest-growing medical seating brand in North America.", "requested quote plus ranking boast"),
   ("S", "We'd also love to feature Lakemont in a case study for our next investor update.", "case-study favour for the seller"),
   ("H", "Delivery takes six weeks from order, and frankly any unit that cared about its patients' comfort would have replaced these chairs long ago.", "lead time plus shaming")],
  [("T", "If the budget committee balks, I'll have to run any discount past my regional VP, so I can't promise anything myself.", "deferring a discount question to a manager"),
   ("N", "Would Tuesday the 18th at 2 p.m. work to review the configuration with your nurse manager?", "clear next step with a date")])

# 32
email("key safe installation for the kindred care homecare clients", "warm", "Key safes for your new clients", "Hi Bernadette,", "Many thanks,\nCarol",
  [("N", "Thanks for the list of the twelve new clients starting with your carers next month.", "thanks"),
   ("T", "We'd fit police-approved key safes at all twelve addresses in the week before their first visit, and I'm so sorry the £95 each is more than the hardware shop charges.", "offer plus apology for the price"),
   ("T", "Whenever you get a moment, no hurry whatsoever, perhaps we might possibly find a time to chat?", "meeting ask plus minimising and stacked hedges")])

# 33 clean
email("leak detection for the fellside estate water main", "terse", "Leak survey results", "Morning Ian,", "Steve",
  [("N", "Your meter readings show the estate main losing about 14 cubic metres a day overnight.", "figures from the prospect's own data"),
   ("N", "Our acoustic survey found two leaks, one under the cattle grid and one near the old dairy.", "finding"),
   ("N", "Repairs are £2,300 for both; at your water rate that pays back in about five months.", "cost figure from the prospect's own data"),
   ("N", "Shall I book the excavation for the week of the 10th?", "plain ask with a date")])

# 34
email("lone worker alarms for the brightwater property managers", "chatty", "Lone worker alarms for your property managers", "Hi Dana,", "Best,\nTyler",
  [("N", "Thanks for the chat yesterday, and for being so open about the incident at the Elm Street showing.", "thanks"),
   ("N", "With eleven managers doing solo showings, a pendant alarm that connects straight to a monitoring center means nobody is more than one press away from help.", "value tied to the prospect")],
  [("T", "I was kind of wondering if, when things calm down a bit, you might maybe want to take a look at the demo, if it's not too much of a bother?", "demo ask plus stacked hedges and permission-seeking"),
   ("S", "Plus, our app has been downloaded over a million times and was featured on a morning TV show!", "generic boast with exclamation"),
   ("HS", "The order form is attached, and I'd be super grateful to get it back by Friday, since my manager is reviewing everyone's pipeline that afternoon.", "attached form plus seller's pipeline review as the reason for a date")],
  [("H", "Honestly, after what happened on Elm Street, waiting another month would be pretty irresponsible.", "shaming the prospect")])

# 35
email("lettercutting restoration for the bramwith war memorial", "very deferential", "Recutting the memorial lettering", "Dear Mrs Featherstone,", "With kindest regards,\nPatricia Moss",
  [("T", "Please forgive me for writing again, and I'm terribly sorry if I'm being a nuisance.", "over-apology for following up"),
   ("N", "The 212 names on the east face have weathered badly, and about forty are now hard to read from the path.", "finding tied to the prospect's memorial"),
   ("T", "I could start on 14 November, though only if that's truly convenient, and do tell me if I've got it all wrong.", "start date plus need for approval")],
  [("T", "My usual rate is £6 a letter to recut and paint, but I'd happily do it for whatever the parish feels it can spare.", "price plus asking the buyer to name their number"),
   ("ST", "If you felt able to mention my little business in the parish magazine afterwards, I'd take a further ten percent off.", "borderline: discount offered for a personal favour"),
   ("N", "I could do the work in the fortnight after your Remembrance service, so the memorial is never screened off on the day.", "logistics tied to the prospect's date")])

# 36
email("luthier repairs for the kittiwake folk orchestra", "warm", "Instrument repairs before the tour", "Hello Siobhan,", "Best wishes,\nOwen",
  [("N", "It was lovely to hear the orchestra rehearse on Thursday.", "pleasantry"),
   ("N", "Of the nine instruments you left with me, the two cellos need new bridges before they'll hold their tuning, and the mandolin's neck has a hairline crack at the heel.", "'need' as a technical finding")],
  [("N", "The full set of repairs comes to £780, and I can have everything back to you by 2 May, a week before your tour starts.", "price and the prospect's own date"),
   ("H", "The cello bridges take a week to cut, so if you don't say yes today you'll be touring with two cellos that won't stay in tune.", "lead time plus if-not-now push"),
   ("S", "I've restored instruments for some very famous players over the years, and my work has been on the radio more times than I can count.", "generic boast"),
   ("S", "Could I ask, while I have you, whether you'd introduce me to a few other orchestras on your circuit?", "referral favour for the seller")])

# 37
email("lifejacket servicing for the riverside belle cruises", "blunt", "Lifejacket servicing - last call", "Jim,", "Dale",
  [("N", "Your Coast Guard inspection is on April 22, and every inflatable jacket aboard needs a current service tag.", "the prospect's own date and a technical requirement"),
   ("H", "I've now called you three times and texted twice, so I know the messages are getting through.", "multi-channel chasing counted at the prospect"),
   ("HS", "I went out on a limb with my boss to get you this price, so you owe me an answer by Monday.", "seller standing as guilt with a deadline")],
  [("N", "Servicing all 140 jackets is $2,380, with a two-day turnaround.", "price and logistics"),
   ("H", "We can collect the jackets Wednesday, and your competitor down the dock signed up last month, so I'd hate to see you get caught out.", "collection offer plus peers who already bought")])

# 38 clean
email("lecture capture for the northbury university law school", "formal", "Lecture capture: pilot proposal", "Dear Professor Adeyemi,", "Yours sincerely,\nDr Fiona Grant",
  [("N", "Thank you for your time on Monday, and for the figures from last year's student survey.", "thanks"),
   ("N", "Sixty-two percent of your part-time students said they miss at least one lecture a week because of work, which recordings would directly address.", "the prospect's own data")],
  [("N", "The faculty's accessibility plan already asks for recorded lectures for any student with a learning agreement, so a pilot in the two largest theatres would cover that too.", "value tied to the prospect's own policy"),
   ("N", "Our quote for the pilot, £8,900 including installation, stands until 31 July, when our camera supplier's price list changes.", "borderline: price expiry stated once with its reason"),
   ("N", "Would it help if I joined the faculty board on the 15th to answer questions?", "plain offer tied to the prospect's meeting")])

# 39
email("llama trekking for the fernhill software team away day", "chatty", "Llama trek for your away day", "Hi Jas,", "Cheers,\nMolly",
  [("N", "Great news that the away day is confirmed for 17 June!", "pleasantry and the prospect's own date"),
   ("N", "A two-hour trek on the fell path suits groups of up to fourteen, and the llamas are very forgiving of people who've never led one before.", "value tied to the prospect's group")],
  [("S", "The trek ends with tea at our farm café, and we're genuinely the most-reviewed llama trek in England, with Best Rural Attraction two years running!", "itinerary detail plus generic boasts"),
   ("T", "The price is £55 per person, and I'm really sorry, I know that's a bit much, so I could do it for £45 if that helps.", "price plus apology for price and unprompted discount"),
   ("T", "Floating this back to the top of your inbox on the off chance you've had a second to think.", "'just checking in' variant"),
   ("H", "The booking form is attached, and I've already reserved fourteen llamas in your name, so just send the deposit over.", "attachment plus assumptive payment step")])

# 40
email("letterpress printing for the quillon & hart wedding stationers", "terse", "Letterpress run", "Ana,", "J.",
  [("N", "Proofs for the 400 invitations are attached, as promised.", "attachment"),
   ("HS", "Need your sign-off by Wednesday, my boss wants this on the books before the quarter closes.", "seller's boss and quarter as the reason for a date"),
   ("S", "The paper is the 600 gsm cotton you picked, and we're the top-rated letterpress shop on the West Coast, by the way.", "the prospect's paper choice plus ranking boast"),
   ("H", "No sign-off, no press slot, and I can't hold it past then.", "ultimatum")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s91e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s91-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed91: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the twelfth session) from the labelling guide alone, blind to that session's Apply changes, which it was\nwritten to judge, and measured first in that session on a detector those changes leave as it was (rules + model\nmacro-F1 0.944: hard_close 0.915, self_serving 0.928, timidity 0.989; 0 of 106 clean sentences flagged; email\nagreement 0.975 / 0.950 / 1.000).\n")
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
    R.append("- Every third email (s91e003, s91e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
