#!/usr/bin/env python3
"""Build the sealed40 evaluation set: hand-written sales emails labelled from the guide alone.
Codes: N=NONE, H=hard_close, S=self_serving, T=timidity (combinations like HS). A note starting
with 'borderline:' marks a sentence decided by one of the guide's borderline rules.
Every third email (index 2, 5, 8, ...) uses curly apostrophes; the script converts them."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["hard_close", "self_serving", "timidity"]
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}

# (subject, salutation, sign-off, industry, register, sentences[(text, code, note)])
EMAILS = [
("Display rail extrusions, Kingsgate fit-out", "Hi Marta,", "Best,\nOwen Pryce\nHalden Extrusions", "aluminium extrusions (shopfitter)", "chatty", [
 ("Thanks for sending the rail drawings on Monday.", "N", "pleasantry"),
 ("The 6063 profile you marked up anodises cleanly in satin silver, so the finish will match your existing fixtures.", "N", "product detail tied to prospect"),
 ("We're the largest independent extruder north of Birmingham and we've won the regional manufacturing award three years on the trot.", "S", "generic boast: size and awards"),
 ("I've pencilled in a die slot for the 14th, and the only thing missing now is your purchase order number.", "H", "assumptive step: PO before any yes"),
 ("Honestly, I've spent most of two evenings redoing these tolerances for you, so I'd really expect a yes this week.", "HS", "seller's effort as guilt with a demand (rule 15)"),
 ("Can we get twenty minutes on Thursday to go through the end caps, and if I hear nothing by then I'll take that as a go-ahead?", "H", "meeting ask plus silence-means-yes clause"),
]),
("Baltic amber pendants for the gallery shop", "Dear Ms Okafor,", "Kind regards,\nIlse Varga\nNordglow Amber", "amber jewellery wholesale (public museum)", "very deferential", [
 ("I hope you do not mind me writing to you directly, and please forgive the intrusion into what must be a very busy week.", "T", "self-abasing apology for writing"),
 ("I was thinking that perhaps, if it seemed suitable, you might possibly consider a small trial order?", "T", "stacked hedges"),
 ("Each pendant comes with a provenance card, which fits the natural-history theme of your new coastal gallery.", "N", "value tied to prospect"),
 ("I am so sorry that the wholesale price is higher than the glass pieces you carry now.", "T", "apology for the price"),
 ("If it helps at all, I would happily take a third off the first order, whatever you decide.", "T", "unprompted unconditional discount"),
 ("Samples can be with you by Friday if you let me know the delivery address, and again, I'm so sorry for eating into your time with all this.", "T", "logistics plus self-abasing apology clause"),
]),
("Air quality monitors: results from Room 12", "Hi Dev,", "Cheers,\nPriya Lal\nClearRoom Sensors", "classroom air quality monitors (school trust)", "warm", [
 ("Thanks for letting us run the trial monitor in Room 12 over half term.", "N", "pleasantry"),
 ("CO2 climbed past 1,800 ppm by the last period on four of the five days, which lines up with the drowsiness your teachers mentioned.", "N", "insight from prospect data"),
 ("Based on that data, I'd put a unit in every south-facing room first, since those heat up fastest.", "N", "borderline: expert recommendation backed by evidence (rule 6)"),
 ("The summary charts are attached so you can share them with the governors.", "N", "attachment"),
 ("Would Wednesday after school work to walk your site lead through the dashboard?", "N", "clear next step"),
 ("If the governors need costings for their 3 March meeting, I'll have them to you by the 24th.", "N", "prospect's own date"),
]),
("Bookkeeping for the Friends of Larkfield Park", "Hello Sandra,", "Warmly,\nGeorge Amis\nAmis Ledger Services", "bookkeeping for a small charity", "blunt", [
 ("Your treasurer is stepping down in April, as you said, so the handover needs sorting before then.", "N", "borderline: prospect's own date (rule 4)"),
 ("Most committees your size are already on a managed service, and you'll look pretty behind at the AGM if you're still on spreadsheets.", "H", "peer shaming"),
 ("Our monthly fee is £85, which includes the Gift Aid claim you asked about, and I'm sorry it isn't lower, I know every pound counts for you.", "T", "price they asked for plus apology for the price"),
 ("That rate disappears at midnight Friday, so don't sit on it.", "H", "fake deadline with urgency"),
 ("I've been chasing this for three weeks now and I'm starting to wonder if anyone on your committee reads their email.", "H", "sarcasm aimed at prospect's conduct (rule 15 no)"),
 ("P.S. Send me the name of whoever signs off; I've already told my boss you're a done deal, so please don't make me look daft.", "HS", "plain ask plus seller's standing as guilt (rule 15)"),
]),
("Bubble tea supplies for the Canal Street shops", "Hey Jun,", "Talk soon,\nMia Tran\nPearlPoint Wholesale", "bubble tea ingredients (small café chain)", "chatty", [
 ("Great to meet you at the trade fair last week!", "N", "pleasantry"),
 ("Our brown sugar pearls hold their chew for four hours after cooking, so your late shift won't be binning a batch at 9 pm.", "N", "value tied to prospect"),
 ("We've got eighty-two syrup flavours, six pearl types, popping boba, cheese foam powder, jellies, sealing film and branded cups.", "S", "feature dump"),
 ("I'm honestly one account away from the top of our sales ladder this month, so yours would mean a lot to me.", "S", "seller's need, no date or demand (rule 16)"),
 ("Two other shops on your street have already moved over to us, and they won't be waiting around for you to catch up.", "H", "competitors already bought"),
 ("Happy to drop off a tasting box on Tuesday, and our founder was just named on a national 30 Under 30 list, so she might even come along!", "S", "offer plus generic boast clause"),
]),
("Backflow testing, Westbrook elementary campuses", "Mr. Delgado,", "Respectfully,\nRay Coleman\nColeman Backflow & Plumbing", "backflow preventer testing (US school district)", "formal", [
 ("The county water authority requires annual certification of every backflow assembly by June 30, so the six campuses would need testing in May.", "N", "borderline: real external regulatory deadline (rule 4)"),
 ("We test, tag and file the reports with the county directly, so your facilities office doesn't have to.", "N", "we, but value is buyer's"),
 ("The quote for all 23 assemblies is attached, as you requested.", "N", "attachment they asked for"),
 ("Should we not hear back by Friday, I will forward the quote to your superintendent so it can be approved at her level.", "H", "bypass threat"),
 ("I have booked our technicians for May 6 and will need the district card details to hold them.", "H", "assumptive payment step"),
 ("Please let me know which campus you would like us to start with; my regional manager has asked me to have this on the books before our quarter closes on the 31st.", "HS", "plain ask plus manager/quarter deadline (rule 16)"),
]),
("Clay shoot for the sales team, 19 September", "Hi Ruth,", "All the best,\nTom Hale\nHollow Lane Shooting Ground", "clay pigeon team day (corporate)", "warm", [
 ("Thanks for the quick reply about the 19th.", "N", "pleasantry"),
 ("For a group of 24 with mostly first-timers, I'd run three stands with an instructor each so nobody waits more than ten minutes.", "N", "confident recommendation"),
 ("The half-day package is £95 a head including lunch, cartridges and ear defenders.", "N", "price detail"),
 ("Shall I hold the morning session for you until you've checked numbers with the team?", "N", "offer, respects process"),
 ("If it's easier I can send the risk assessment straight to your HR lead.", "N", "logistics"),
 ("Any questions on the day itself, just ring me.", "N", "borderline: one polite just (rule 1)"),
]),
("CAD refresher for the planning team", "Dear Councillor Myers,", "Yours sincerely,\nHelen Brook\nDraftwise Training", "CAD training (local council)", "formal", [
 ("Thank you for your time at the planning committee on Tuesday.", "N", "pleasantry"),
 ("As a company we have trained over 40,000 professionals and hold more industry accreditations than any provider in the country.", "S", "generic boast"),
 ("I'd be grateful if you could let us put the council's crest on our website's client page once the course is booked.", "S", "asking for logo favour"),
 ("My director has asked me to have this signed before our financial year closes on the 31st, so I'd appreciate your approval by then.", "HS", "manager-driven deadline (rule 16)"),
 ("I will ring your office on Monday, Tuesday and Wednesday mornings until I catch you.", "H", "multi-call badgering"),
 ("The course outline you asked for is attached, along with a list of our 27 modules, our five awards and the logos of every council we've ever trained.", "S", "attachment plus feature/award dump"),
]),
("Chocolate fountains for the Summit welcome evening", "Hi Grace,", "Sweet regards,\nLena Fox\nCascade Fountains", "chocolate fountain hire (events)", "chatty", [
 ("Lovely to hear the welcome evening has moved to the atrium, there's loads more room for a proper display.", "N", "pleasantry"),
 ("Sorry, sorry, I know this is my third message this week and I feel terrible for cluttering your inbox.", "T", "repeated self-abasing apology"),
 ("No rush on anything, honestly, whatever suits you is absolutely fine with us.", "T", "permission-begging, no urgency"),
 ("For 300 guests I'd suggest two fountains so the queue doesn't back up into the bar, and I've already reserved both, so the deposit is all that's left.", "H", "recommendation plus assumptive deposit"),
 ("If the price feels a bit much, just tell me what you'd like to pay and I'll make it work.", "T", "name your number"),
 ("I hope this is all okay and I haven't overstepped.", "T", "needing approval"),
]),
("Dehumidifiers for the basement stacks", "Dear Mr Halloran,", "Regards,\nAnnika Stroud\nDryline Hire", "dehumidifier hire (public library, flood recovery)", "terse", [
 ("Sorry to hear about the flooding in the basement stacks.", "N", "sympathy, not borderline (rule 3)"),
 ("Relative humidity above 65% for more than 48 hours is when mould starts on paper, so the first two days matter most.", "N", "insight"),
 ("We can have four desiccant units on site by 7 am tomorrow.", "N", "logistics"),
 ("Hire is £42 per unit per day, weekly rate £220.", "N", "price"),
 ("Reply with a yes and I'll book the van.", "N", "plain next step"),
]),
("Denim repairs for the Recraft take-back line", "Hi Sol,", "Ciao,\nMarco Bellini\nMend & Rivet Studio", "denim repair service (clothing brand)", "non-native English", [
 ("Thank you for the meeting of yesterday, it was very inspiring for me.", "N", "pleasantry (non-native)"),
 ("Like we discussed, we can repair the knees and crotch blowouts for 120 jeans each week, with darning in matching indigo.", "N", "product detail they asked for"),
 ("Our studio is famous in Milano, we had article in Vogue Italia and we are working with very big names since 1998.", "S", "generic boast, heritage"),
 ("Please be so kind to write us a review on our page, this will help us very much to grow.", "S", "favour for seller"),
 ("I send already the invoice for the first month, so you can pay it before we start on the 3rd.", "H", "invoice before yes"),
 ("If you want I come to your warehouse to see the stock, but only if this is not disturbing you too much, I am sorry.", "T", "offer plus permission-seeking apology"),
]),
("Event cancellation cover for ExpoBuild 2027", "Hi Darren,", "Best regards,\nFiona Keyes\nKeyes Event Insurance", "event cancellation insurance (trade show organiser)", "blunt", [
 ("You mentioned the venue contract has a 90-day cancellation penalty of £180,000, which is exactly the exposure this policy covers.", "N", "value tied to prospect"),
 ("Your insurer's renewal window closes on the 15th, per their letter, so we'd need the proposal form before then.", "N", "borderline: real external date with reason (rule 4)"),
 ("Frankly, any organiser who runs a show this size uninsured is gambling with other people's money.", "H", "shaming: any serious leader"),
 ("I've put my name on the line with our underwriters to get you this rate, so you owe me at least a straight answer.", "HS", "seller's standing as guilt (rule 15)"),
 ("The quote holds until the 30th because the underwriter reprices every quarter.", "N", "borderline: factual price-expiry with reason (rule 4)"),
 ("If you leave it, you'll be the one explaining to the exhibitors why their money vanished.", "H", "fear-based push"),
]),
("Ergonomic keyboards for the Leeds contact centre", "Dear Nadia,", "Kind regards,\nPaul Ives\nPosture Works", "ergonomic keyboards (call centre)", "formal", [
 ("Thank you for sharing the absence figures from your occupational health team.", "N", "pleasantry"),
 ("Wrist-related absence cost you 310 agent-days last year, and a split keyboard trial in Dublin cut a similar figure by a third.", "N", "quantified cost from prospect data, offered as info (rule 5)"),
 ("I've attached the trial report and a price for 400 units, and I should mention we're the only firm in the country with three ergonomic design awards.", "S", "attachment plus generic boast"),
 ("Our board was thrilled to launch our new wireless range this spring, and I'd love to show you our whole catalogue.", "S", "we-centric, show off whole range (rule 9)"),
 ("I'm happy to discuss the pricing with my manager, but I can't promise anything.", "T", "borderline: deferring on price to manager (rule 12)"),
 ("Would Tuesday 10 am suit for a short call with your facilities lead, or if not, no worries, I'll leave it with you until next year?", "T", "meeting ask plus pre-emptive giving up"),
]),
("Fire pits for the river terrace", "Hi Alex,", "Thanks,\nJo Marsh\nEmberline Outdoor", "gas fire pits (hotel terrace)", "chatty", [
 ("Loved seeing the terrace plans, it's going to look brilliant.", "N", "pleasantry"),
 ("The 1.2 m steel bowl runs on bottled gas, so you won't need any pipework under the decking.", "N", "product detail tied to prospect"),
 ("Eight units come to £6,400 delivered, which I've set out in the attached quote, though I completely get it if that's more than you wanted to spend and I'm sorry about that.", "T", "price plus apology for price"),
 ("Just popping back up in case the quote slipped past you, no stress whatsoever if you haven't looked.", "T", "just checking in, minimising"),
 ("I'd hate for you to be disappointed in us, so do tell me if anything's not right.", "T", "needing approval"),
 ("And honestly, if the budget's tight, I can probably shave a few hundred off anyway.", "T", "unprompted discount"),
]),
("Fruit for the Harbour Road offices", "Hi Claire,", "Best,\nDom Reilly\nOrchard Desk", "office fruit delivery", "warm", [
 ("Thanks for the headcount for both floors.", "N", "pleasantry"),
 ("For 140 staff, two boxes on Monday and one on Thursday usually means nothing is left to go brown by Friday.", "N", "advice tied to prospect"),
 ("Our family has been growing and packing fruit in Kent since 1952.", "S", "borderline: heritage line (rule 8)"),
 ("I'm a little behind my target this quarter, so it would be lovely if you could start in the next fortnight.", "HS", "seller's target with time frame (rule 16)"),
 ("The first delivery is already on our van schedule for Monday, so just let me know the gate code.", "H", "assumptive booking"),
 ("If you'd like a seasonal box with less citrus, that's an easy swap, and once you've signed we'd love a quote from you for our brochure.", "S", "offer plus testimonial favour before value delivered"),
]),
("Golf simulator for the Fairway Lounge", "Jay,", "Rob Acton\nSwingBay Simulators", "golf simulator (sports bar)", "terse", [
 ("Launch monitor quote attached, 2 bays, installed.", "N", "attachment"),
 ("Price goes up 12% on the 1st, so move quickly.", "H", "deadline with urgency language"),
 ("Bar down the road signed last week.", "H", "competitors already bought"),
 ("Need your card to hold install week.", "H", "assumptive payment"),
 ("P.S. Call me if the ceiling height is under 3 m, and do it today, not next week.", "H", "technical ask plus urgency push"),
]),
("Garment steamers for the womenswear floor", "Dear Mr. Patel,", "Kind regards,\nAnya Rusk\nSteamcraft Commercial", "garment steamers (department store)", "formal", [
 ("I'm sorry for the delay in getting this back to you; our warehouse system was down on Tuesday.", "N", "borderline: single courtesy apology with reason (rule 3)"),
 ("The SC-40 heats in 45 seconds and runs for two hours on one tank, so your stock team can steam a full delivery without stopping.", "N", "product detail tied to prospect"),
 ("If we order twelve, we can take 8% off because the pallet ships full.", "N", "borderline: concession traded for volume (rule 7)"),
 ("The quote for twelve is attached.", "N", "attachment"),
 ("Could you let me know who signs off equipment at your store?", "N", "discovery question"),
 ("I'll follow up on Thursday with the service plan details.", "N", "single follow-up"),
]),
("Handyman cover for your 60 lets", "Hi Becky,", "Cheers,\nMatt Dyer\nOddJob Property Services", "handyman service (letting agency)", "blunt", [
 ("Your tenants reported 212 small repairs last year, and most of them were doors, taps and shelves we can fix in one visit.", "N", "value from prospect data"),
 ("Fixed rate is £38 per job under an hour, and I'll need a deposit by card today to lock in the first month's visits.", "H", "price plus assumptive payment"),
 ("I've sent over four emails now and the read receipts say you've opened every one.", "H", "read-receipt guilt, counting"),
 ("Any agency that cared about its tenants would have sorted this months ago.", "H", "shaming"),
 ("I'll just keep showing up at your office on Fridays until we get this agreed.", "H", "turning up uninvited"),
 ("Happy to do a trial month on your Eastgate properties first, but that offer's off the table if I haven't heard by noon tomorrow.", "H", "offer plus invented ultimatum"),
]),
("Sanitiser stations for the North Stand", "Hi Kev,", "Speak soon,\nSara Whyte\nCleanHands UK", "hand sanitiser stations (football stadium)", "warm", [
 ("Hope the season's started well for you.", "N", "pleasantry"),
 ("Freestanding units at each turnstile bank would cover the 8,000 fans who come in through the north gates.", "N", "value tied to prospect"),
 ("To be honest, my manager keeps asking me when this one lands, and it would really get him off my back if we finalised by the weekend.", "HS", "manager reason plus date (rule 16)"),
 ("I know money's tight after the roof works, so I'm very sorry the refill contract isn't cheaper.", "T", "apology for price"),
 ("Forget what I said about the standard rate, take 15% off and let's call it done.", "T", "unconditional discount"),
 ("I can bring a demo unit on matchday if that's useful, only if it's no bother at all, and do ignore me if it's a hassle.", "T", "offer plus permission-begging"),
]),
("Edge-band adhesive for the Spalding line", "Dear Ms Lund,", "Best regards,\nKarl Henning\nHenning Adhesives", "industrial adhesives (furniture maker)", "non-native English", [
 ("Thank you for the samples of your board, we tested them last week in our lab.", "N", "logistics"),
 ("Our PUR hotmelt gave a peel strength 30% higher than your current EVA on your oak veneer, the report is in attachment.", "N", "insight with prospect data"),
 ("We are market leader in Europe and we have a big list of awards, the most innovative company of the year two times.", "S", "generic boast"),
 ("I must close this order before end of December because of my yearly bonus, so please send PO this month.", "HS", "seller's bonus, deadline (rule 16)"),
 ("If you do not order now, you will never change from the old glue and the problems will stay always.", "H", "if not now, never"),
 ("I can visit your factory on 12 December to make a line trial, and I have already paid the train ticket from my own pocket, so please do not let me travel for nothing.", "HS", "visit plus seller's sacrifice as guilt (rule 15)"),
]),
("Retiring the Physics department laptops", "Hi Dr. Osei,", "Best,\nLiam Crowe\nSecureCycle ITAD", "IT asset disposal (university)", "formal", [
 ("Thanks for confirming the 340 laptops are ready for collection after exams.", "N", "logistics"),
 ("Every drive is wiped to NIST 800-88 on site and you get a certificate per serial number, which is what your data protection office asked for.", "N", "certification the buyer's process requires (rule 8)"),
 ("Resale value on the 2021 models should cover most of the collection fee.", "N", "value"),
 ("We'd be glad to collect on 24 June, the date your IT manager suggested.", "N", "prospect's own date"),
 ("The collection checklist is attached.", "N", "attachment"),
 ("Let me know if your team would like to watch the first batch being wiped.", "N", "offer"),
]),
("Janitorial supply contract, Hall of Justice", "Ms. Carver,", "Sincerely,\nDon Ruiz\nRuiz Janitorial Supply", "janitorial supplies (county courthouse)", "formal", [
 ("Thank you for issuing the county's bid packet.", "N", "pleasantry"),
 ("The county's bid window closes on October 4 under the purchasing code, and our response is attached.", "N", "borderline: real external deadline, public process (rule 4)"),
 ("We carry every certification on your Green Seal checklist.", "N", "certification buyer requires (rule 8)"),
 ("I was hoping the board could rubber-stamp the bid afterwards and you could just sign the supply agreement now.", "H", "overriding prospect's process"),
 ("The board secretary told me they're leaning our way, so it's really just your signature holding it up.", "H", "assumptive pressure"),
 ("Please let me know if any line item needs clarification, though my supervisor would be delighted if I could tell him by Friday that it's ours.", "HS", "plain offer plus supervisor-driven date (rule 16)"),
]),
("Journal package for the Trust library", "Dear Mr Abbott,", "With best wishes,\nRoz Bell\nMedJournals Direct", "journal subscriptions (hospital library)", "very deferential", [
 ("Thank you so much for even taking the time to read my emails, I know I'm not a priority.", "T", "self-abasing thanks"),
 ("The bundle covers 42 of the 50 titles your clinicians requested in the survey.", "N", "value tied to prospect"),
 ("I really am sorry this email is so long.", "T", "apology for length"),
 ("Perhaps, if it's not too much trouble, you could maybe let me know at some point whether it might be of interest?", "T", "stacked hedges, permission"),
 ("Totally understand if budgets are frozen, I'll simply try again next financial year.", "T", "accepts brush-off without question"),
 ("The title list is attached for your reference, and please feel free to delete it if it's of no use at all.", "T", "attachment plus feel-free-to-ignore"),
]),
("Keynote for the Coastal Tourism Forum", "Hi Imogen,", "Warm wishes,\nTheo Grant\nPodium Speakers", "keynote speaker booking (trade association)", "warm", [
 ("It was good to hear the Forum sold out again this year.", "N", "pleasantry"),
 ("Dr Lewin's talk on off-season visitor spend fits your theme well, and she can tailor the data to the South West.", "N", "value tied to prospect"),
 ("Her fee is £4,500 plus travel, as you asked, though I could bring it down to £3,500 if that makes things easier.", "T", "price asked for plus unprompted discount"),
 ("Her diary fills fast, and three other associations are looking at that same date right now.", "H", "manufactured scarcity"),
 ("I'd need you to confirm today, or I can't promise she'll still be free.", "H", "ultimatum"),
 ("Would a short call with her on Friday help, or can your programme committee do the formal vote afterwards once you've signed?", "H", "meeting ask plus overriding prospect's process"),
]),
("Coding clubs for the three primary schools", "Hi Mrs Adeyemi,", "Thanks so much,\nBen Shaw\nByteSized Clubs", "kids' coding clubs (primary schools)", "chatty", [
 ("Thanks for the lovely chat at the head teachers' conference!", "N", "pleasantry"),
 ("Our after-school club runs for ten weeks and ends with each child building a small game, and we've honestly been showered with awards for it this year.", "S", "product detail plus award boast"),
 ("We've been named edtech startup of the year and we're backed by two of the biggest venture funds in London!", "S", "awards and investors"),
 ("Would you mind recording a little video for our website about how much the pupils enjoy it?", "S", "testimonial favour, before value delivered"),
 ("I'm doing my best to keep this short and I'm really sorry if I'm being pushy.", "T", "apology for being pushy"),
 ("I can send the safeguarding pack over today, and the invoice for the first term will come with it so you can get it paid before half term.", "H", "logistics plus invoice before a yes"),
]),
("Dock levellers, bays 4 to 9", "Hi Gareth,", "Best,\nNina Holt\nLiftline Loading Systems", "loading dock levellers (distribution warehouse)", "blunt", [
 ("From the survey, the lips on bays 5 and 7 are cracked and the hydraulics on bay 9 are leaking.", "N", "insight from inspection"),
 ("You need to replace all six now, there's nothing left to weigh up.", "H", "borderline: you need after a real inspection (rule 6)"),
 ("Each week those bays stay as they are is another week of money going down the drain.", "H", "cost of delay used to push, no figure (rule 5)"),
 ("The quote is attached and our fitters are free from 10 March.", "N", "attachment and logistics"),
 ("If I don't hear from you by Monday, I'll take it to your operations director.", "H", "bypass threat"),
 ("Happy to walk the bays with your shift manager next week, and I'll bring the contract so he can sign it on the spot.", "H", "offer plus assumptive signature"),
]),
("Lift servicing across the Ashgrove blocks", "Dear Ms Fenwick,", "Yours sincerely,\nCraig Lomas\nVerticon Lifts", "lift maintenance (housing association)", "formal", [
 ("Thank you for the breakdown log for your eleven lifts.", "N", "pleasantry"),
 ("Seven of the 38 call-outs last year were door faults on the two oldest cars, which a door operator upgrade would remove.", "N", "insight from prospect data"),
 ("Our comprehensive contract is £1,150 per lift per year, including parts.", "N", "price"),
 ("Would you be open to a three-year term in exchange for holding that price flat?", "N", "borderline: concession traded for term (rule 7)"),
 ("I'll confirm the response-time wording with our legal team and send it by Wednesday.", "N", "checking on non-discount matter with date"),
 ("Does the 14th suit for a site walk with your asset manager?", "N", "confident next step"),
]),
("Glassware washers for the teaching labs", "Hi Professor Yuen,", "Kind regards,\nElla Stamp\nLabClean Systems", "lab glassware washers (university teaching labs)", "chatty", [
 ("Thanks for showing me round the teaching labs on Wednesday.", "N", "pleasantry"),
 ("Two washers with the pipette rack would clear the Friday backlog your technicians described in under three hours.", "N", "value tied to prospect"),
 ("The quote is attached and we can have both installed before the autumn term starts on the 22nd, as you asked, so I'll go ahead and book the electrician for you.", "H", "assumptive booking beside prospect's date"),
 ("Our latest model has a touchscreen, 40 programmes, Wi-Fi, conductivity sensing, dosing pumps, an app and a HEPA dryer.", "S", "feature list"),
 ("I'll be honest, I've got a big commission riding on this one.", "S", "seller's commission, no demand (rule 16)"),
 ("P.S. Let me know if your technicians want a demo, and I'd love to give them the grand tour of every product we've launched this year.", "S", "demo ask plus show off whole range (rule 9)"),
]),
("Live captioning for the webinar series", "Hi Tasha,", "Best wishes,\nOmar Khan\nClearWord Captions", "live captioning (public health agency)", "warm", [
 ("Thanks for sending the webinar dates for the spring series.", "N", "pleasantry"),
 ("Our captioners work at 98% accuracy on medical terminology, which matters for your clinician audience.", "N", "value tied to prospect"),
 ("The rate is £95 per hour and the price sheet is attached, though I'm sorry it's on the pricier side.", "T", "price plus apology for price"),
 ("We could knock the price down for you if you'd write us a case study afterwards.", "ST", "borderline: discount for a personal favour (rule 7)"),
 ("I'll be straight with you: my region is behind target and I'd be thrilled to have your name on the board.", "S", "seller's target, no date (rule 16)"),
 ("Would a quick call on Thursday help, or whenever you can spare a moment, really, there's no hurry at all?", "T", "meeting ask plus minimising"),
]),
("Boxing bags for the Community Fight Club", "Hi Lewis,", "Cheers,\nDanny Roe\nRedCorner Equipment", "boxing bags and stands (community gym)", "chatty", [
 ("Good to speak on the phone about the new unit.", "N", "pleasantry"),
 ("The 120 cm bags come filled with shredded textile, which is quieter for the flats above you.", "N", "product detail tied to prospect"),
 ("I'll be cheeky and ask, would you leave us a Google review once they're up?", "S", "review favour"),
 ("We're the biggest boxing supplier in the UK and Olympic squads train on our kit.", "S", "generic boast"),
 ("Just wondering if maybe you'd possibly had a chance to look at the quote yet?", "T", "stacked hedges, minimising"),
 ("I can deliver Saturday morning while you're open, and the other three gyms in your league have already ordered, so you'd be the odd one out.", "H", "logistics plus peers-already-bought shaming"),
]),
("Dishwashers for the Oakridge school kitchens", "Mr. Brennan,", "Regards,\nKaty Sloan\nHobart-Pro Kitchen Supply", "commercial dishwashers (school district kitchens)", "terse", [
 ("Rack conveyor quote attached for both kitchens.", "N", "attachment"),
 ("It cuts water use about 40% over the door units you have now.", "N", "value tied to prospect"),
 ("Your kitchens need this machine, period.", "H", "you need this directive"),
 ("This is my sixth email, a reply would be the decent thing.", "H", "counting attempts with entitlement"),
 ("I've put hours into this for you and it stings to get nothing back.", "HS", "seller's effort and feelings as guilt (rule 15)"),
 ("Install window is the summer break, and slots are nearly gone, so decide today.", "H", "logistics plus scarcity and urgency"),
]),
("Drama therapy groups at St Columba's Hospice", "Dear Ms Quinn,", "With warm regards,\nAnna Lake\nStagelight Therapies", "drama therapy (hospice)", "very deferential", [
 ("Thank you for writing back after the open day.", "N", "pleasantry"),
 ("The eight-week group gives families a space to tell their story, which your bereavement lead said was missing.", "N", "value tied to prospect"),
 ("I really hope I haven't upset anyone by following up again.", "T", "needing approval, apology for follow-up"),
 ("I was wondering if maybe, when you have a spare moment, you might perhaps like to look at the outline?", "T", "stacked hedges"),
 ("If the fee is a problem we could just do the first four sessions for free.", "T", "unprompted concession"),
 ("The outline is attached, and I'm so sorry again for all the trouble I'm causing.", "T", "attachment plus repeated self-abasing apology"),
]),
("Electrical safety testing, six branches", "Hi Priya,", "Best,\nSam Wood\nVoltCheck Services", "electrical safety testing (retail chain)", "blunt", [
 ("Your insurer's letter says the fixed wiring reports for all six branches are due by 31 May.", "N", "borderline: real external deadline (rule 4)"),
 ("We test out of hours, so tills stay open during trading.", "N", "value"),
 ("The quote for the six branches is attached, and it's only valid if you sign before Friday, after that it's gone.", "H", "fake deadline beside attachment"),
 ("We've got half your high-street competitors on our books already, you're lagging.", "H", "peer shaming"),
 ("Let's book a call for Tuesday at 2, and have your card handy so we can take the deposit on the call.", "H", "next step plus assumptive payment"),
 ("Thanks for the floor plans, and for the record, we're the top-rated testing firm on every review site by a mile.", "S", "thanks plus generic boast"),
]),
("Food safety training for the summer staff", "Hi Lou,", "Thanks,\nGreta Holm\nSafePlate Training", "food safety training (holiday park)", "non-native English", [
 ("Thank you for the answer about the number of new staff, 35 is very good for one day.", "N", "logistics (non-native)"),
 ("We can make the Level 2 course at your site on 2 May, the day you proposed, with certificate same day.", "N", "prospect's own date"),
 ("I am sorry to write so many times, I feel bad to disturb you again and again.", "T", "repeated apology for following up"),
 ("My boss say this month is very important for our numbers, so please confirm me before Friday.", "HS", "manager/numbers as reason plus date (rule 16)"),
 ("If you want, I make the price lower, you say me what is good for you.", "T", "name your number"),
 ("The course programme is in attachment, and I will phone you every day this week until I have the answer.", "H", "attachment plus badgering"),
]),
("Ghost walk for the conference's first evening", "Hi Ollie,", "Spookily yours,\nMaud Price\nOld Town Ghost Walks", "ghost tours (conference evening)", "chatty", [
 ("Delighted you liked the sound of the ghost walk!", "N", "pleasantry"),
 ("For 90 delegates I'd split them into three groups leaving ten minutes apart, so everyone can hear the guide in the narrow closes.", "N", "expert recommendation"),
 ("It's £18 per person and we finish at the pub by your hotel, which I think your committee will like.", "N", "price and value"),
 ("I've gone ahead and printed your lanyards with the tour times, so we're pretty much locked in now.", "H", "assumptive step"),
 ("We've been voted the best tour in the city four years running and were on the telly last Halloween!", "S", "awards boast"),
 ("Tell me if you'd prefer a later start, though honestly I'd hate to let you down, so whatever you want is fine by us.", "T", "offer plus approval-seeking"),
]),
("Continence products for the Elmwood homes", "Dear Mrs Harper,", "Kind regards,\nJoanna Wills\nDignaCare Supplies", "incontinence products (care home group)", "formal", [
 ("Thank you for sharing the product usage from your four homes.", "N", "pleasantry"),
 ("Moving night-time residents to the higher-absorbency pad would cut your changes by about a third, based on the usage figures you sent.", "N", "insight from prospect data"),
 ("A free assessment by our continence nurse is included for every resident, and homes that drag their feet on this always end up regretting it.", "H", "value plus vague fear push"),
 ("The price list is attached, and frankly a manager who cared about dignity would have moved on this already.", "H", "shaming beside attachment"),
 ("We've delivered to care homes since 1968, three generations of my family.", "S", "borderline: heritage line (rule 8)"),
 ("Could we arrange a visit to Elmwood on the 9th, since I've already turned down two other homes to keep that day free for you?", "HS", "meeting ask plus seller's sacrifice as guilt (rule 15)"),
]),
("Kettles for the 120 bedrooms", "Hi Marcus,", "Best,\nRhea Collins\nKettleHouse Hospitality", "hotel room kettles", "warm", [
 ("Thanks for your note, and good luck with the refurb.", "N", "pleasantry"),
 ("The 0.8 litre model has a concealed element and a short cord, which your housekeeping team said was their main complaint.", "N", "product detail tied to prospect"),
 ("The 120 units come to £2,160, and I can hold that price until the 28th, when our supplier's new list starts.", "N", "borderline: factual price expiry with reason (rule 4)"),
 ("Happy to send two samples for your housekeeping manager to try.", "N", "offer"),
 ("Let me know which colour finish suits the new rooms.", "N", "plain ask"),
 ("P.S. I'll check in again on Monday once the samples have landed.", "N", "single follow-up with new reason (rule 13)"),
]),
("Limoncello for the Trattoria Bella group", "Ciao Franco,", "A presto,\nGiulia Neri\nCosta Gialla Liquori", "limoncello (restaurant group)", "non-native English", [
 ("Thank you for the tasting at the Soho restaurant, your team was very kind.", "N", "pleasantry"),
 ("Our limoncello is made with Amalfi lemons only, 28% alcohol, and is good for digestivo and also for your spritz menu.", "N", "product detail tied to prospect"),
 ("I am very happy to say we won gold medal in Verona, in Milano, and in London, and we are in the best hotels of Europe.", "S", "awards boast"),
 ("Please, I really need this order, otherwise my director is not happy with me.", "ST", "pleading for seller's sake (rule 15)"),
 ("I have put already six cases for you on the pallet of Thursday, so you only need to confirm the payment.", "H", "assumptive payment"),
 ("For twelve cases the price is €14 per bottle, as you asked, but only if you confirm before Friday, because Friday is my last day to reach the target.", "HST", "price plus discount conditioned on seller's date with seller's target (rules 7, 16)"),
]),
("Barcode scanners for the Corby warehouse", "Hi Jess,", "Cheers,\nMark Tully\nScanPoint Systems", "barcode scanners (warehouse)", "blunt", [
 ("Thanks for the walkthrough of goods-in.", "N", "pleasantry"),
 ("Your pickers scan 2,400 lines a shift, and ring scanners would free both hands for the heavy totes you showed me.", "N", "value from prospect data"),
 ("Quote for 60 units is attached.", "N", "attachment"),
 ("You said no for this year, fine, but I'll ring again next week and the week after until you change your mind.", "H", "badgering after a no"),
 ("After everything I've done for you, a bit of loyalty wouldn't go amiss.", "HS", "seller's effort as guilt (rule 15)"),
 ("If anything changes on your side, what would need to be true to revisit it?", "N", "accepts with diagnostic question"),
]),
("Riding lessons for the Year 10 enrichment block", "Dear Mr Pike,", "Kind regards,\nHattie Lowe\nBramble Hill Equestrian", "horse riding lessons (secondary school)", "formal", [
 ("Thank you for your enquiry about the spring enrichment block.", "N", "pleasantry"),
 ("We can take groups of eight on Wednesday afternoons, with all hats and body protectors provided.", "N", "logistics"),
 ("The six-week block is £165 per pupil, including transport from school.", "N", "price"),
 ("Our instructors hold BHS coaching qualifications, which your outdoor education policy requires.", "N", "certification buyer requires (rule 8)"),
 ("The risk assessment is attached for your educational visits coordinator.", "N", "attachment"),
 ("Would it help if I came in to speak to the pupils before they choose their options?", "N", "offer"),
]),
]

CURLY = lambda i: i % 3 == 2

def conv(s, i):
    return s.replace("'", "\u2019") if CURLY(i) else s

def labels_of(code):
    if code == "N":
        return ["NONE"]
    return [CODE[c] for c in "HST" if c in code]

def main():
    emails_out, sents_out = [], []
    sid = 0
    subjects = set()
    for i, (subj, sal, sign, industry, register, sents) in enumerate(EMAILS):
        eid = "s40e%03d" % (i + 1)
        assert subj not in subjects; subjects.add(subj)
        assert 5 <= len(sents) <= 7, (eid, len(sents))
        texts = [conv(t, i) for t, _, _ in sents]
        body_s = [t for t in texts if not t.startswith("P.S.")]
        ps = [t for t in texts if t.startswith("P.S.")]
        paras = []
        k = 0
        sizes = [2, 2, 3] if len(body_s) == 7 else ([2, 2, 2] if len(body_s) == 6 else [2, 3])
        for n in sizes:
            if k < len(body_s):
                paras.append(" ".join(body_s[k:k + n])); k += n
        if k < len(body_s):
            paras.append(" ".join(body_s[k:]))
        paras += ps
        text = conv(sal, i) + "\n\n" + "\n\n".join(paras) + "\n\n" + conv(sign, i)
        count = collections.Counter(); strong = collections.Counter()
        for (t, code, note), tt in zip(sents, texts):
            assert tt in text, (eid, tt)
            labs = labels_of(code)
            sid += 1
            sents_out.append({"id": "s40-%04d" % sid, "email": eid, "text": tt, "labels": labs, "note": note})
            for l in labs:
                if l == "NONE":
                    continue
                count[l] += 1
                if not note.startswith("borderline:"):
                    strong[l] += 1
        elabs = {}
        for l in ORDER:
            if count[l] == 0:
                elabs[l] = 0
            elif count[l] >= 2 and strong[l] >= 1:
                elabs[l] = 2
            else:
                elabs[l] = 1
        emails_out.append({"email": eid, "subject": conv(subj, i), "text": text, "labels": elabs,
                           "_industry": industry, "_register": register})
    with open(os.path.join(HERE, "test-emails.jsonl"), "w") as f:
        for e in emails_out:
            f.write(json.dumps({k: v for k, v in e.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w") as f:
        for s in sents_out:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # re-parse
    for fn in ("test-emails.jsonl", "test.jsonl"):
        with open(os.path.join(HERE, fn)) as f:
            for line in f:
                json.loads(line)
    n = len(sents_out)
    none = sum(1 for s in sents_out if s["labels"] == ["NONE"])
    per = collections.Counter(l for s in sents_out for l in s["labels"] if l != "NONE")
    multi = sum(1 for s in sents_out if len(s["labels"]) > 1)
    border = sum(1 for s in sents_out if s["note"].startswith("borderline:"))
    faulty_per_email = collections.Counter(s["email"] for s in sents_out if s["labels"] != ["NONE"])
    clean = sum(1 for e in emails_out if faulty_per_email[e["email"]] == 0)
    two_plus = sum(1 for e in emails_out if faulty_per_email[e["email"]] >= 2)
    one = sum(1 for e in emails_out if faulty_per_email[e["email"]] == 1)
    lvl = {l: collections.Counter(e["labels"][l] for e in emails_out) for l in ORDER}
    stats = {"emails": len(emails_out), "sentences": n, "NONE": none, "NONE_pct": round(100 * none / n, 1),
             "hard_close": per["hard_close"], "self_serving": per["self_serving"], "timidity": per["timidity"],
             "multi_label": multi, "borderline": border, "clean_emails": clean,
             "emails_2plus_faulty": two_plus, "emails_1_faulty": one,
             "email_levels": {l: dict(sorted(lvl[l].items())) for l in ORDER}}
    print(json.dumps(stats, indent=1))
    return stats, emails_out

if __name__ == "__main__":
    main()
