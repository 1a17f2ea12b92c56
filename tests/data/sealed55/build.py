#!/usr/bin/env python3
"""Hand-written held-out set sealed55 for the Poise tone coach.
Codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combine, e.g. "HS").
A note starting with 'borderline:' marks a sentence decided by a borderline rule of the guide.
Every third email (3, 6, 9, ...) is rendered with curly apostrophes."""
import json, os

E = []
def em(subject, sal, signoff, *paras):
    E.append((subject, sal, signoff, paras))

em("Minutes for the parish council meetings", "Dear Mrs Penhallow,", "Kind regards,\nAlan Voss\nVoss Minute Services",
 [("Thank you for sending over the last six sets of minutes so I could see the house style.", "N", "pleasantry"),
  ("Our clerk would attend all ten meetings in the year and return draft minutes within three working days.", "N", "concrete offer")],
 [("I know £1,150 a year may look steep for a parish your size, and I'm sorry it isn't lower.", "T", "apologises for the price"),
  ("If that's a problem I can simply drop it to £900, whatever keeps you happy.", "T", "unprompted discount plus approval-seeking"),
  ("Your next meeting is on 14 January, so a trial at that one would give the councillors a real sample.", "N", "prospect's own date"),
  ("I've already put the 14th in our diary, so I'll send the invoice for the first quarter alongside the draft minutes.", 'H', "assumptive invoice beside the prospect's date")])

em("Memoir edit for the Wayfarers' Trust", "Hi Priya,", "Best,\nDominic\nRedline Manuscripts",
 [("Loved the sample chapters, and the bus-depot scene in chapter three is the strongest thing in there.", "N", "specific praise of prospect's material"),
  ("We're the most decorated independent editing house in the north, with four industry awards on the shelf.", "S", "generic boast, awards"),
  ('Our authors include two Booker longlistees and a former poet laureate.', 'S', 'name-dropping boast')],
 [("A structural edit of the 82,000 words would be £2,400, and I can start on 3 March as you asked, but only if you confirm before the weekend, because other authors are queuing for that slot.", "H", "legit price and date plus scarcity clause"),
  ("My editor-in-chief wants this in our spring list announcement, so I'd need your go-ahead by Friday.", "HS", "manager's wish as reason for deadline (rule 16)"),
  ("Would a call on Tuesday at 4 work to go through the report format?", "N", "clear next step")])

em("Mycelium packaging for the glassware range", "Hello Ms Okafor,", "Regards,\nJonas Pike\nFungiform Packaging",
 [("You mentioned breakage on the stemware shipments was running at roughly 4%.", "N", "prospect's data"),
  ("Our grown inserts are moulded to each glass, so the bowl never touches the carton wall.", "N", "product detail tied to problem")],
 [("I've attached the drop-test results for a 250 ml wine glass, and three of your competitors have already moved their whole line over, so you'd be the last one still on foam.", "H", "legit attachment plus competitor shaming"),
  ("I've gone ahead and reserved a tooling slot for you on the 20th; just send the PO number and the deposit and we're off.", "H", "assumptive payment step before a yes"),
  ("The samples can reach your Leeds warehouse by Thursday if you'd like to run your own drop test.", "N", "logistics offer"),
  ('My sales director has asked me to get this on the books before our year end on the 31st, so a signature next week would be ideal.', 'HS', 'manager and year end as reason for date (rule 16)')])

em("Nightwear for the Lark Hill in-patient unit", "Dear Sister Maguire,", "With warm wishes,\nRosalind\nSoftwatch Nightwear",
 [("Thank you for showing me round the unit on Monday; the family room is lovely.", "N", "pleasantry"),
  ("You said patients often struggle with buttons after a stroke, so the samples use magnetic closures and back-opening gowns.", "N", "value tied to prospect"),
  ("All fabrics are washable at 71°C to meet your infection-control policy.", "N", "requirement the buyer's process needs"),
  ("I'll send the price list for 60 sets by Wednesday so you have it before your budget meeting.", "N", "next step with date")])

em("Permanent orienteering course, Hollins Academy", "Hey Mr Duarte,", "Cheers,\nTamsin\nControlPoint Courses",
 [("Great to hear the PE department wants something the kids can use every week.", "N", "pleasantry"),
  ("I was kind of wondering if maybe you'd possibly be up for a quick look at a draft map, if it's not too much bother?", "T", "stacked hedges plus permission-seeking")],
 [("Honestly, whatever price you think is fair works for me, just name it.", "T", "asks buyer to name their number"),
  ("Sorry this email went on so long!", "T", "apologises for length"),
  ("The 24 posts are oak with punch plates, and the map would cover the field and the woodland edge.", "N", "product detail"),
  ("P.S. Sorry again for rambling, I'm not very good at these emails.", 'T', 'self-abasing apology')])

em("Oven cleaning for the Cove Cottages lets", "Dear Mr Hale,", "Yours sincerely,\nKaren Ames\nGleam Oven Care",
 [("Following up on the quote I sent on the 2nd for the nine cottages.", "N", "single follow-up line"),
  ("This is the fourth time I've written about it, and I can see from the read receipts that you opened every one.", "H", "counting attempts plus read-receipt guilt"),
  ("I turned down two other jobs to keep your changeover Saturdays free, and I think that deserves at least a yes or no.", "HS", "seller's sacrifice as guilt (rule 15)"),
  ('Frankly, I expected better manners from a business of your standing.', 'H', 'shaming, entitlement')],
 [("The price stands at £65 per oven, including racks and hob, and it won't be on offer after this week.", "H", "price plus fake expiry with urgency"),
  ("If I don't hear by Monday I'll ring your head office in Truro instead.", "H", "bypass threat")])

em("Olive trees for the Meridian rooftop", "Hi Laszlo,", "Talk soon,\nGreta\nCampo Verde Nursery",
 [("The twelve 40-year-old trees you picked are tagged and waiting in the polytunnel.", "N", "logistics"),
  ("They're hardy to minus 12, so the rooftop wind won't be a problem over winter.", "N", "value tied to site")],
 [("I'm one big order short of my target this quarter, so this sale would really make my month.", "S", "seller's target, no date or demand (rule 16)"),
  ("Also, once they're planted, would you mind letting us film the terrace for our website reel?", "S", "favour: case-study content"),
  ("My manager's also keen to hear back before our stock count on Friday, so a quick yes would save me a lot of grief.", 'HS', 'manager and stock count as reason for date (rule 16)'),
  ("Delivery needs a crane lift, and Westminster asks for ten working days' notice for the road closure.", "N", "borderline: real external lead time, stated once with reason")])

em("Papermaking workshops for Hazelbrook Library", "Dear Ms Lindqvist,", "All the best,\nHuw Bevan\nDeckle & Mould",
 [("Thanks for the call yesterday about the half-term programme.", "N", "pleasantry"),
  ("Each session takes 16 children, and they'd leave with three sheets made from the library's own weeded books.", "N", "concrete value")],
 [("Just checking in to see whether you might have had a moment to look at the dates I floated.", "T", "borderline: 'just checking in' as the purpose of the email (rule 1)"),
  ("Feel free to bin this if it doesn't fit, I totally get it.", "T", "pre-emptive release, permission-seeking"),
  ("I'm sorry, I know I've asked a lot of you already.", 'T', 'apology for normal selling'),
  ("Your half-term runs 17-21 February, so any two mornings that week would suit us.", "N", "prospect's own dates")])

em("Pollen counts for the Breathe app", "Dear Dr Farouk,", "Best regards,\nMarta Nilsson\nAerocount Monitoring",
 [("You said users in Glasgow complain that the forecasts lag by a day.", "N", "prospect's problem"),
  ("Our traps read hourly, so the app could push an alert before the grass peak rather than after it.", "N", "value tied to prospect")],
 [("We have twenty-three sites, volumetric traps, spore counts, an API, webhooks, CSV exports, a dashboard and a white-label widget.", "S", "feature dump"),
  ("We're backed by two of Europe's biggest climate-tech funds.", 'S', 'investor boast'),
  ("The licence for Scotland is £7,800 a year, and the price is gone for good if you haven't signed by Friday.", "H", "price asked for plus fake deadline"),
  ("Your users need this before the season starts, end of story.", "H", "'you need this' as directive"),
  ("P.S. The sample data for May is attached, and if we haven't spoken by Monday I'll forward it to your CEO.", "H", "attachment plus bypass threat")])

em("Poetry workshops, HMP Eastmoor education unit", "Dear Mr Crane,", "Sincerely,\nOlu Adeyemi",
 [("Thank you for explaining the security briefing process.", "N", "pleasantry"),
  ("I've run eight-week courses in two Category C prisons, and the lesson was to keep groups at ten so everyone reads aloud.", "N", "social proof turned into advice"),
  ("The fee is £180 per session, which covers materials and the anthology at the end.", "N", "price"),
  ("Your learning manager's deadline for spring bids is 31 January, so I'll send the session plan by the 20th.", "N", "prospect's own deadline"),
  ("Would you like me to bring some sample poems from previous groups to the vetting meeting?", "N", "plain question")])

em("Survey of Fernside residents", "Dear Councillor Haddad,", "Kind regards,\nBeatrix Lowe\nQuorum Research",
 [("We'd design a 20-question paper-and-online survey on the new bin rounds.", "N", "offer detail"),
  ("Apologies for the delay in replying; I was at the market research conference until Thursday.", "N", "borderline: single courtesy apology with reason (rule 3)")],
 [("If I'm honest, this tender matters a great deal to me personally after a slow autumn.", "S", "seller's stake, no demand (rule 15)"),
  ("We've won the MRS award for public-sector research three years running.", 'S', 'awards boast'),
  ("Could you possibly let me know whether perhaps the committee might consider us, if it's convenient?", "T", "stacked hedges"),
  ("Sorry if that's too forward of me.", 'T', 'approval-seeking apology'),
  ("We can do the fieldwork across the two weeks after your meeting on the 9th.", "N", "prospect's date")])

em("Reflexology sessions for the night nurses", "Hi Bernadette,", "Warmly,\nSuki\nSole Therapies",
 [("Lovely to meet you at the wellbeing fair.", "N", "pleasantry"),
  ("I could run 20-minute sessions in the staff room between 2 and 4 am on Tuesdays, if that might perhaps be alright with you and not too much of an imposition?", "T", "offer detail plus hedges and permission-seeking")],
 [("I'm so sorry to keep landing in your inbox like this.", "T", "apologises for following up"),
  ("I feel awful even asking, but could I maybe come in one night?", "T", "self-abasing plus hedge"),
  ("Whenever you get a spare second, there's no rush at all, honestly.", 'T', 'permission-begging minimiser'),
  ("I'm happy to do the first month for free, and honestly half price after that too if it helps.", "T", "unprompted discount"),
  ("P.S. My insurance certificate is attached for your HR file.", "N", "attachment")])

em("Rainwater harvesting, Greystone Primary", "Dear Mrs Adebayo,", "Yours sincerely,\nPaul Kettering\nKettering Water Systems",
 [("The 5,000-litre tank would supply all fourteen toilets in the junior block.", "N", "concrete detail"),
  ("On your own water bills, that's about £1,400 a year saved.", "N", "quantified value from prospect's data (rule 5)")],
 [("Every term you wait, another £470 is literally flushed away, so let's not waste any more time.", "H", "borderline: cost of delay used to push, plausible number (rule 5)"),
  ('The other schools in the trust have all fitted one already, so Greystone is starting to stand out for the wrong reasons.', 'H', 'peers already switched, shaming'),
  ("The Department's capital grant closes on 28 March, so the application would need to go in before then.", "N", "borderline: real external deadline with reason (rule 4)"),
  ("I've already told our installers you'll start in the Easter holidays, so just sign the form when it arrives.", "H", "assumptive booking")])

em("Rewilding plan for the Hollow Oaks course", "Dear Mr Bertolini,", "Best wishes,\nCaitlin Ferris\nWildmargin Ecology",
 [("Thank you for the site walk and the map of the out-of-play areas.", "N", "pleasantry"),
  ("Converting the eleven hectares of rough would cut your mowing bill by about a third, by your greenkeeper's numbers.", "N", "value from prospect's data"),
  ("I'd recommend starting with the strip along the stream rather than the old quarry, and the report explains why.", "N", "confident recommendation"),
  ("Could we meet with your greens committee on the 18th to go through the phasing?", "N", "next step with date"),
  ("The proposal and costs are attached.", "N", "attachment")])

em("Sheet music hire for the spring concert", "Hi Fran,", "Thanks!\nIsaac\nCadenza Library Services",
 [("We've got the Fauré Requiem in the 1893 version, 60 vocal scores and a full orchestral set.", "N", "product detail")],
 [("Any chance you could leave us a Google review after the concert?", "S", "favour: review, no value delivered yet"),
  ("We're the largest choral hire library in the South West.", 'S', 'generic boast'),
  ("It would really help me out with my numbers this month.", "S", "seller's need, no date (rule 16)"),
  ("Hire for six weeks is £210, and I need the booking confirmed by Wednesday or someone else gets the set.", "H", "price plus scarcity ultimatum"),
  ("Does collection from our Bath store on the 3rd suit you?", "N", "logistics question")])

em("Squash courts 2 and 4 refurbishment", "Dear Mr Castellanos,", "Regards,\nNigel Orr\nCourtline",
 [("Our survey found hollow plaster behind the front wall on court 4, about 6 square metres of it.", "N", "finding"),
  ("The ball bounces dead there, which is the complaint your league players raised.", "N", "tied to prospect")],
 [("With those results, you need to replaster the whole front wall rather than patch it.", "N", "borderline: 'you need' after real inspection, with evidence (rule 6)"),
  ("We were voted Court Contractor of the Year twice and we've been trading since 1974.", "S", "awards and years in business"),
  ("If you haven't replied by Friday, I'll take that as a yes and order the plaster.", 'H', 'silence means yes'),
  ("We can do both courts over the August closure you mentioned, but only if you commit today, as the August slots are nearly gone.", "H", "prospect's date plus pressure clause"),
  ("Please send the card details for the 30% deposit today so I can lock in our plasterers.", "H", "payment demand before a yes")])

em("Stable doors for the Ridgeview yard", "Hello Mrs Kowalczyk,", "Best,\nRoman\nHalterstone Joinery",
 [("Sorry, I know you said you've gone with another joiner.", "N", "acknowledges decision"),
  ("But I'm going to keep phoning until you at least let me measure up.", "H", "badgering after a clear no"),
  ("I drove out twice on my own time to draw up those designs, so I was hurt not to hear back before you decided.", "HS", "seller's effort and feelings as guilt (rule 15)")],
 [("Funny how the cheap quotes always seem to win, isn't it?", "H", "sarcasm after decision"),
  ("My tablet photos of the existing frames are attached in case the other joiner needs them.", "N", "borderline: logistics line in a pushy email (rule 14)")])

em("Subtitles for the onboarding videos", "Hi Moira,", "Best,\nFelix Andersen\nCaptionworks",
 [("You have 38 videos, around 6 hours in total, so our turnaround would be eight working days.", "N", "concrete plan"),
  ("We'd burn in the captions and also give you SRT files for the LMS.", "N", "offer detail")],
 [("Since I'll be going over the price anyway, I've taken the liberty of adding a 15% discount, so that the number doesn't put you off.", "T", "unprompted discount"),
  ("I hope that's okay and that I haven't overstepped at all.", "T", "approval-seeking"),
  ('Our platform offers speaker IDs, 40 caption styles, AI timing, a review portal and brand fonts.', 'S', 'feature dump'),
  ("I'll check with my manager whether I can go any lower still.", "T", "defers on discount to manager"),
  ("Your accessibility audit is due on 1 June, so the files would be in place with time to spare.", "N", "prospect's own date")])

em("Tyre collection for the Halden garages", "Mr Whitlock,", "Gary Stone\nRetread Recovery Ltd",
 [("Three collections a month, all four sites, £1.10 per car tyre.", "N", "terse offer"),
  ("Waste transfer notes included, which your Environment Agency audit asks for.", "N", "requirement the buyer needs")],
 [("Your neighbours at Keyline and Motorvogue switched to us in the spring and you're the only group still on the old contract.", "H", "peers already switched, shaming"),
  ("Need the signed form back tomorrow morning, last chance.", "H", "fake deadline, 'last chance'"),
  ("Told my gaffer this one's in the bag, so don't make me look daft.", 'HS', "seller's standing as guilt (rule 15)"),
  ("First van booked Tuesday.", "H", "assumptive booking before a yes")])

em("Trench shoring for the Alder Street main", "Dear Ms Quigley,", "Regards,\nBrendan Ahern\nSoundsides Hire",
 [("For the 2.4 m depth you described, we'd supply hydraulic box shoring with two 3.5 m panels.", "N", "technical detail"),
  ("Your method statement needs the engineer's design certificate before the trench opens, and I've attached it.", "N", "technical prerequisite, attachment"),
  ("Hire is £640 a week including delivery to site.", "N", "price"),
  ("I'll be on site Monday at 8 if your ganger would like a walk through the install.", "N", "next step serving prospect")])

em("Taiko drumming for the Northgate away day", "Hey Jess!", "Cheers!\nKenji\nThunderbeat Taiko",
 [("Sixty people, two hours, forty drums in the barn at Fellside: sounds brilliant.", "N", "logistics"),
  ("We've performed at Glastonbury, the Edinburgh Fringe, the Commonwealth Games and for two Premier League clubs!", "S", "exclamation-mark boasts")],
 [("Honestly, your team needs a shake-up like this, and there's nothing more to discuss.", "H", "'needs this' directive, closes discussion"),
  ("Sorry it's a bit pricier than the usual away day, I know.", 'T', 'apologises for price'),
  ("The date you gave, 12 June, is still free, and I've pencilled it in for you.", "N", "prospect's date, logistics"),
  ("My boss is keen to announce you as our first corporate client of the year, so a yes by the end of the week would be great.", "HS", "manager's wish as reason for deadline (rule 16)")])

em("Tonewood for the Ashdown workshop", "Dear Mr Hargreaves,", "Best regards,\nIngrid\nNordklang Tonewoods",
 [("The Italian spruce tops you asked about are air-dried for eight years and quartersawn.", "N", "product detail"),
  ("I'm not sure, but they might perhaps possibly suit your archtop build, if you'd maybe like to try.", "T", "stacked hedges")],
 [("I am deeply sorry for offering something so expensive, it is not my wish to trouble you.", "T", "apologises for price, self-abasing"),
  ("If you want, please tell me what price you can pay and I will try to match it.", "T", "asks buyer to name number"),
  ('Please forgive my bad English and my many questions.', 'T', 'self-abasing apology'),
  ("Twenty sets would be €1,640, with shipping to Sussex included.", "N", "price asked for"),
  ("P.S. The grading photos of each set are attached.", "N", "attachment")])

em("Crew support for the Ridgeline 100", "Hi Ollie,", "Tom\nFootfall Race Support",
 [("We'd run six aid stations plus the sweep, with radios and medics at miles 40 and 72.", "N", "concrete offer"),
  ("Last year your cut-off at mile 58 was where most DNFs happened, so we'd put our biggest station there.", "N", "insight from prospect's data")],
 [("I need this locked in by Friday, because I've got to hand in the season's forecast to my director on Monday.", "HS", "deadline with seller's forecast reason (rule 16)"),
  ("Send over the 50% deposit when you get the invoice, which I've already raised.", "H", "assumptive payment before yes"),
  ("Every race director in the region books us, so you'd be the odd one out.", 'H', 'FOMO, peer shaming'),
  ("Race day is 7 September, and permits from the National Park take eight weeks.", "N", "borderline: real external lead time (rule 4)")])

em("Visitor sign-in for Brambleford Primary", "Dear Mr Osei,", "Kind regards,\nLeah Dunmore\nPassmark Visitor Systems",
 [("Thanks for telling me about the Ofsted note on visitor badges.", "N", "pleasantry"),
  ("The system prints a photo badge and checks each name against your DBS list in about ten seconds.", "N", "value tied to prospect")],
 [("So sorry to be so pushy, I know schools are busy places.", "T", "apologises for normal selling"),
  ("I hope this email is okay and doesn't come across as rude.", 'T', 'approval-seeking'),
  ("If the budget isn't there this year, no worries at all, I'll try you again next September.", "T", "accepts brush-off without a question"),
  ("Whenever you've a moment I'd be grateful for a reply, but really, no rush.", 'T', 'minimising, permission-begging'),
  ("A licence for one entrance is £38 a month, which I know is a lot, sorry.", "T", "price plus apology for the price")])

em("Retubing the backline amps", "Yo Declan,", "Rob\nGlowbottle Valve Works",
 [("Had a look at the eight heads you dropped off.", "N", "logistics"),
  ("Five have worn power tubes and the Orange has a cracked rectifier, which is why it's cutting out mid-set.", "N", "finding tied to problem")],
 [("Full retube and bias on all eight is £520, parts included.", "N", "price"),
  ("Half the studios in town already run their amps through us, mate, so you're a bit behind.", "H", "peers switched, shaming"),
  ('Been doing this twenty years, best tech in the city, ask anyone.', 'S', 'boast, years in business'),
  ("I need an answer tonight or they're going to the back of the queue until March.", "H", "ultimatum")])

em("Window boxes for the Lower High Street", "Dear Ms Achterberg,", "Yours sincerely,\nMalcolm Reay\nSillgreen Planters",
 [("We'd supply 46 galvanised boxes, planted for summer and winter.", "N", "offer detail"),
  ("The brackets fit the Victorian sills without drilling into the listed stone.", "N", "value tied to constraint")],
 [("If it is not too much trouble, I wonder whether maybe you might glance at the drawings when you have a free moment.", "T", "stacked hedges plus permission"),
  ("Sorry again for asking, and sorry for the length of this.", "T", "repeated apology, length"),
  ("I'd hate for the traders' association to be let down by us.", "T", "approval-seeking"),
  ('I could also bring the price down by 10% if that would help at all.', 'T', 'unprompted discount'),
  ("The quote is attached and holds until 30 April, when our steel supplier's new prices start.", "N", "borderline: factual price expiry with reason (rule 4)")])

em("Wilderness first aid for the field team", "Dear Dr Mbeki,", "Best,\nAnnika Hess\nTreeline Medic",
 [("A 16-hour course over two days would cover the remote-site scenarios you described, including long evacuations.", "N", "offer detail"),
  ("Your insurer requires the certificate before the August expedition, so the course dates in May work well.", "N", "borderline: external requirement with reason (rule 4)"),
  ("For twelve people the fee is £2,280, including manuals.", "N", "price"),
  ("Do Thursday 8 and Friday 9 May work for the team?", "N", "plain ask with date")])

em("Zine workshops at Canal Street Library", "Hi Rosa,", "x\nMarnie\nStaple & Fold",
 [("Love that the teen group asked for this themselves!", "N", "pleasantry"),
  ("I can bring the long-arm staplers, the photocopier-safe papers and a pile of example zines.", "N", "offer detail")],
 [("We're the biggest zine collective in the UK and have been in The Guardian, Dazed and on Radio 4.", "S", "generic boast"),
  ("I'd love to show off the new riso press our team has been working on all winter.", "S", "I/we-centric, showing off"),
  ('Could you also write us a little testimonial for our funding bid afterwards?', 'S', 'favour before any value delivered'),
  ("Would the 22nd work, after school?", "N", "plain ask"),
  ('Sorry if this is a lot to ask!', 'T', 'apology, approval-seeking')])

em("Music therapy at Elm Lodge", "Dear Mrs Penrose,", "With best wishes,\nAlistair\nCantilena Music Therapy",
 [("Thank you for meeting me and describing how evenings can be unsettled on the dementia floor.", "N", "pleasantry"),
  ("A weekly 45-minute group at 5 pm has reduced sundowning in two similar homes I work with, and staff there found it best straight after tea.", "N", "social proof turned into advice")],
 [("After all the unpaid hours I've spent on your care plans, I'd really expect a decision by now.", "HS", "seller's effort as guilt (rule 15)"),
  ("Your silence on my last three emails speaks volumes about how your home treats visitors.", "H", "shaming, counting emails"),
  ("I'll be phoning your office every afternoon until someone gives me an answer.", 'H', 'badgering'),
  ("The proposal is attached again for convenience.", "N", "borderline: logistics in pushy email (rule 14)")])

em("Rewinding the pump motors at Hollin Bank", "Dear Mr Fairbairn,", "Regards,\nStefan Wolski\nArmature Rewinds",
 [("Insulation tests on pump 2 gave 1.2 megohms, well below the 50 you'd want.", "N", "finding"),
  ("A full rewind with Class H insulation would take nine working days at £3,900, and I've already told the workshop to strip it down, so just send the order number.", "H", "price plus assumptive order step")],
 [("We can work out of hours so your standby pump is never left on its own.", "N", "value"),
  ("Frankly, any competent engineer would have signed this off last month.", "H", "shaming, 'any competent...'"),
  ('Our workshop has rewound over 12,000 motors since 1962.', 'S', 'years in business boast'),
  ("If I don't hear from you, I'll take it to your operations director on Friday.", "H", "bypass threat")])

em("Screens for the Riverside bus station", "Hi Nadia,", "Best,\nPieter\nBeaconcast Displays",
 [("Thanks for the floor plan and the passenger counts.", "N", "pleasantry"),
  ("Twelve 55-inch screens at the stands would show live departures from your existing feed, and the gray housings match your canopy color.", "N", "offer tied to prospect")],
 [("I'm under real pressure from my regional manager, so it would be a huge personal favour if you signed by the 28th.", "HS", "manager as reason for deadline, favour (rule 16)"),
  ("If you sign by then, I can take 10% off to help get it over the line.", "HT", "discount conditioned on seller's date (rule 7)"),
  ('Our displays have won three Red Dot awards and feature 4K, anti-glare glass, IP65, remote management and a seven-year warranty.', 'S', 'awards plus feature dump'),
  ("Installation needs a two-night closure of the concourse, which your facilities team would schedule.", "N", "logistics")])

em("Outrigger canoes for the paddle club", "Hello Keoni,", "Aloha,\nMele\nPueo Canoe Co.",
 [("The two OC6 hulls you asked about are carbon-Kevlar and weigh 150 kg each.", "N", "product detail"),
  ("They'd let your masters crews train in the same color-coded boat model they race at nationals, which fits the program your coach laid out.", "N", "value tied to prospect"),
  ("The pair is $19,400 including the riggings and paddles.", "N", "price asked for"),
  ("Shipping from Oahu takes about ten weeks, so I'd send the build slot options by Friday.", "N", "borderline: real lead time, with next step (rule 4)")])

em("Check-in inventories for Fielding Lettings", "Dear Ms Yardley,", "Kind regards,\nHannah Roe\nClearview Inventories",
 [("We'd provide check-in and check-out reports with timestamped photos for all 140 units.", "N", "offer detail"),
  ("Deposit disputes with clear photo evidence are settled in the landlord's favour far more often, which is the problem you described.", "N", "value tied to prospect")],
 [("I'm guessing you've gone quiet, so I'll assume silence by Friday means you're happy for us to start.", "H", "silence means yes"),
  ("Our team is the best in the county, no question, and our reviews prove it.", "S", "generic boast"),
  ("You'll regret it at the next deposit dispute if you don't sign this week.", 'H', 'manufactured urgency, threat'),
  ("Your tenancy renewals start on 1 October, when most check-outs fall.", "N", "prospect's date")])

em("Radio campaign for Brookvale Garden Centre", "Dear Mr Pennington,", "All best,\nJade Summers\nWave 104 Sales",
 [("Spring is when 40% of your annual plant sales happen, from what you told me.", "N", "prospect's data"),
  ("A four-week burst in March would reach about 180,000 listeners in your catchment.", "N", "value")],
 [("I'm really hoping this one comes through; it's my first month in the role.", "S", "seller's stake, no demand"),
  ("Please, it would mean the world to me if you'd just give it a go.", "ST", "pleading for seller's sake (rule 15)"),
  ("Sorry to keep writing, I know I'm probably annoying you.", "T", "apology for following up, self-abasing"),
  ('I could throw in a free week of airtime too, if that would change your mind.', 'T', 'unprompted concession'),
  ("The schedule and costs are attached, and I've pencilled your slots in, so all I need now is a card number for the booking fee.", "H", "attachment plus assumptive payment step")])

em("Roast chestnuts for the Christmas market", "Hi Dev,", "Merry!\nOona\nEmber Cart Co.",
 [("Two carts, five weekends, from 29 November as you said.", "N", "prospect's dates"),
  ("We bring our own gas, fire blanket and food hygiene paperwork.", "N", "logistics"),
  ("Pitch fee split is 15% of takings, or £300 flat a weekend, whichever you prefer.", "N", "price options"),
  ("Shall I send the stall footprint for your site map?", "N", "plain ask")])

em("Moorings for the sailing club", "Dear Commodore Blake,", "Yours,\nDuncan Rees\nTidemark Moorings",
 [("Your divers found that 14 of the 40 risers have chain worn past 30% of diameter.", "N", "finding"),
  ("I'd replace those fourteen now and re-inspect the rest in a year, rather than doing the whole field.", "N", "confident recommendation")],
 [("Sorry, I know I should have sent this quote weeks ago, and sorry that it's higher than you hoped.", "T", "repeated apology, for price"),
  ("I could probably knock off a few hundred if that makes the committee happier.", "T", "unprompted concession"),
  ("I hope that's alright and I haven't overstepped.", 'T', 'approval-seeking'),
  ("The harbour authority needs notice of the work by 1 March, so the lift-out can fit the spring tide window.", "N", "borderline: real external constraint with reason (rule 4)")])

em("Stonewash finishing for the Loomhead denim", "Hi Saoirse,", "Ciao,\nMatteo\nLavanderia Blu",
 [("I send the shade cards for light, mid and dark wash as you asked.", "N", "attachment, non-native"),
  ("Our enzyme process use 60% less water than pumice, good for your sustainability report.", "N", "value tied to prospect")],
 [("We are very famous in Italy and we win the Textile Innovation prize three times.", "S", "awards boast"),
  ("Also we make finishing for many big brands, like Diesel, Replay, Pepe and more many.", "S", "name-dropping boast"),
  ("If you confirm before Friday we give 20% discount, because my director want close this month numbers.", "HST", "discount tied to seller's date with manager/month reason (rules 7, 16)"),
  ("For 1,200 pairs the price is €2.80 each.", "N", "price")])

em("Water polo goals and caps for Millbrook Swim", "Dear Coach Aranda,", "Regards,\nFiona\nPoolside Sport",
 [("The floating goals you asked for fit your 25 m pool and fold flat for storage.", "N", "product detail"),
  ("Two goals and thirty caps would be £1,680 delivered, and I can hold that only until tomorrow because another club is eyeing the last pair of goals.", "H", "price plus manufactured scarcity")],
 [("Honestly you're the only club in the county still playing with those old goals, which says a lot.", "H", "shaming"),
  ("I need your confirmation by Wednesday, full stop.", "H", "first-person ultimatum with no reason: rule 4 via rule 16"),
  ("I've put a lot of evenings into this quote, so a reply would be the decent thing.", 'HS', "seller's effort as guilt (rule 15)"),
  ("Our caps come in twelve colours with ear guards, numbers, custom logos, UV-resistant straps and a two-year warranty.", "S", "feature dump")])

em("Forced rhubarb for the Fenwick Group kitchens", "Hi Chef Marlowe,", "Best,\nAgnes\nCandlelit Rhubarb Farm",
 [("The first pulls from the sheds start in early January, pink and tender as you saw.", "N", "product detail"),
  ("Weekly boxes of 10 kg across your four kitchens would be £9.50 a kilo.", "N", "price")],
 [("We're a fourth-generation family farm, going right back to 1898.", "S", "borderline: heritage line (rule 8)"),
  ("Could you also tag us on Instagram whenever it's on the menu?", "S", "favour, promotional"),
  ('Chefs at three Michelin-starred places swear by us!', 'S', 'exclamation-mark boast'),
  ("If you commit to a full season to May, I can bring it down to £8.60.", "N", "borderline: concession traded for term (rule 7)"),
  ("Shall I drop samples at the Canal Street kitchen on Tuesday?", "N", "plain ask")])

em("Custom tartan for the Glenardle distillery", "Dear Ms Drummond,", "Kind regards,\nEwan MacRae\nMacRae Tartan Mill",
 [("The three setts we drew up pick out the heather and the peat colours from your labels.", "N", "value tied to prospect"),
  ("Registering the tartan with the Scottish Register takes about six weeks, so the visitor-centre opening in August is comfortably in reach.", "N", "borderline: real external lead time (rule 4)"),
  ("A first run of 60 metres is £4,200, with scarves and ties from the same cloth if you want them.", "N", "price"),
  ("Could we do a video call on Friday to choose the sett?", "N", "next step with date")])

# --------------------------------------------------------------------------
CODES = {"N": [], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"]}
ORDER = ["hard_close", "self_serving", "timidity"]
def labels_of(code):
    if code == "N":
        return ["NONE"]
    s = set()
    for c in code:
        s.update(CODES[c])
    return [l for l in ORDER if l in s]

def curly(s): return s.replace("'", "\u2019")

here = os.path.dirname(os.path.abspath(__file__))
emails, sents = [], []
n = 0
for i, (subj, sal, sign, paras) in enumerate(E, 1):
    eid = "s55e%03d" % i
    conv = curly if i % 3 == 0 else (lambda s: s)
    subj, sal, sign = conv(subj), conv(sal), conv(sign)
    blocks = []
    for p in paras:
        cur = []
        for t, _, _ in p:
            if t.startswith("P.S."):
                if cur: blocks.append(" ".join(cur)); cur = []
                blocks.append(conv(t))
            else:
                cur.append(conv(t))
        if cur: blocks.append(" ".join(cur))
    body = "\n\n".join(blocks)
    text = sal + "\n\n" + body + "\n\n" + sign
    per = []
    for p in paras:
        for t, code, note in p:
            t = conv(t)
            assert t in text, (eid, t)
            n += 1
            labs = labels_of(code)
            sents.append({"id": "s55-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
            per.append((labs, note.startswith("borderline:")))
    lab = {}
    for L in ORDER:
        carrying = [b for labs, b in per if L in labs]
        if not carrying: lab[L] = 0
        elif len(carrying) == 1 or all(carrying): lab[L] = 1
        else: lab[L] = 2
    emails.append({"email": eid, "subject": subj, "text": text, "labels": lab})

with open(os.path.join(here, "test-emails.jsonl"), "w") as f:
    for e in emails: f.write(json.dumps(e, ensure_ascii=False) + "\n")
with open(os.path.join(here, "test.jsonl"), "w") as f:
    for s in sents: f.write(json.dumps(s, ensure_ascii=False) + "\n")
for fn in ("test-emails.jsonl", "test.jsonl"):
    for line in open(os.path.join(here, fn)): json.loads(line)

# counts
from collections import Counter
c = Counter()
for s in sents:
    for l in s["labels"]: c[l] += 1
faulty_emails = sum(1 for e in emails if sum(1 for s in sents if s["email"] == e["email"] and s["labels"] != ["NONE"]) >= 2)
clean = sum(1 for e in emails if all(s["labels"] == ["NONE"] for s in sents if s["email"] == e["email"]))
stats = {
  "emails": len(emails), "sentences": len(sents),
  "NONE": c["NONE"], "NONE_pct": round(100 * c["NONE"] / len(sents), 1),
  "hard_close": c["hard_close"], "self_serving": c["self_serving"], "timidity": c["timidity"],
  "multi_label": sum(1 for s in sents if len(s["labels"]) > 1),
  "borderline": sum(1 for s in sents if s["note"].startswith("borderline:")),
  "emails_2plus_faulty": faulty_emails, "clean_emails": clean,
  "email_level": {L: dict(Counter(e["labels"][L] for e in emails)) for L in ORDER},
}
print(json.dumps(stats, indent=1))
json.dump(stats, open(os.path.join(here, "stats.json"), "w"), indent=1)
