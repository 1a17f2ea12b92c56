#!/usr/bin/env python3
"""sealed59: hand-written held-out emails for the tone coach.
Each body sentence carries a code: N=NONE, H=hard_close, S=self_serving, T=timidity (combined, e.g. HS).
Email labels are derived with the guide's email-level scale (no hand overrides).
Every third email (e003, e006, ...) uses curly apostrophes."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}

# (subject, salutation, sign-off, paragraphs=[[(text, code, note), ...], ...])
E = []
def em(subj, sal, sign, *paras):
    E.append((subj, sal, sign, paras))

em("Magnetic boards for the Traffic Control Room", "Dear Ms Akande,", "Kind regards,\nMarcus Webb\nBoardline Systems",
 [("Thank you for sending the floor plan of the Traffic Control Room on Tuesday.", "N", "courtesy"),
  ("Based on the plan, two 3 m magnetic glass boards would fit the north wall without blocking the CCTV monitors.", "N", "specific fit to prospect's room")],
 [("We have supplied more than four hundred control rooms across Europe and were named Workspace Supplier of the Year twice running.", "S", "generic boast: scale and award"),
  ("The quote for both boards is attached, and it would help my numbers enormously if the order reached me before the 31st.", "HS", "legit attachment + seller-driven deadline for the order (rule 16)"),
  ("The boards carry a ten-year warranty on the glass, and if the price looks high I can take 15% off straight away.", "T", "legit product detail + unprompted unconditional discount (rule 7)"),
  ("Could we hold a 20-minute call on Thursday to confirm the fixing points with your facilities team, if that isn't too much of an imposition?", "T", "legit meeting ask + permission-seeking")])

em("12 e-mopeds for your delivery drivers", "Hi Marcy,", "Cheers,\nDana\nZipline Moped Leasing",
 [("Hope the new Elm Street store opening went well!", "N", "pleasantry"),
  ("You mentioned your drivers are putting about 60 miles a day on their own cars, so I priced 12 electric mopeds on a 24-month lease.", "N", "tied to prospect's own figure")],
 [("Three other pharmacy chains in the county moved their deliveries onto our mopeds this spring, and honestly you're the last one still paying mileage.", "H", "competitors-already-switched shaming"),
  ("I've also gone ahead and put a deposit invoice in your inbox so we can lock the April delivery slot.", "H", "assumptive invoice before a yes; April slot is the legit part"),
  ("Insurance, helmets and servicing are all included in the monthly figure, and frankly your drivers deserve better than what they're getting now.", "H", "legit product detail + shaming clause"),
  ("I've attached the lease terms for your finance team, and I'm sorry this ran so long, sorry if it's far more than you wanted!", "T", "legit attachment + apology for length, repeated (rule 3)")])

em("Espadín samples and the tobalá", "Hola Tomás,", "Rafa\nAgave Roots Imports",
 [("Samples of the three espadín mezcals you asked about ship Monday, and I'll assume you're taking a full case of each unless you tell me otherwise.", "H", "legit logistics + silence-means-yes assumptive clause"),
  ("Tasting notes and case prices attached.", "N", "attachment")],
 [("We're the only importer in the country with direct family-palenque contracts, twelve medals, and a feature in Spirits Weekly.", "S", "boast: medals, press"),
  ("Our allocation of the tobalá is small, and two other bars in Shoreditch are already asking for it, so I'd grab it today.", "H", "manufactured scarcity, rival buyers"),
  ("Let me know by Friday so I can reserve your cases, I'm chasing my monthly target.", "HS", "seller's monthly target as reason for a date (rule 16)")])

em("Red Route maintenance for the coming season", "Dear Mr Hughes,", "With very best wishes,\nOwen Pryce\nTrailcraft Cymru",
 [("I do hope you don't mind me writing again about the trail maintenance contract, and I'm terribly sorry if it's an intrusion.", "T", "apologising for normal follow-up, permission-seeking"),
  ("Following our walk of the Red Route in March, I counted eleven drainage dips that have silted up and two berms where the armouring has slipped.", "N", "insight from inspection")],
 [("I was wondering if perhaps it might possibly be worth us maybe pricing those before the summer?", "T", "stacked hedges (rule 2)"),
  ("The draft price for the full season of monthly inspections is attached, and I'd be very happy to lower it to whatever figure your budget allows.", "T", "legit attachment + name-your-number concession (rule 7)"),
  ("Your rangers' own footfall counter shows the Red Route carried 41,000 riders last year, which is why the berms are wearing faster than the Blue.", "N", "insight from prospect's data"),
  ("I can walk the Blue Route with your rangers on any weekday in April, whenever you might find a spare moment, there's truly no hurry at all.", "T", "legit offer + permission-begging, minimising")])

em("Weekly bait drop", "Kev,", "Gaz\nWharfside Bait",
 [("Our price list went over on the 2nd.", "N", "plain fact"),
  ("This is the fourth time I've asked whether you want the weekly bait drop, and a simple yes or no isn't much to ask.", "H", "counting attempts + entitlement (rule 13/15)")],
 [("Red and white maggots come in 1-pint and 4-pint tubs, chilled in transit so they reach you lively, and we're the biggest bait farm in the north by a mile.", "S", "legit product detail + generic boast"),
  ("Every week you keep buying from the cash-and-carry, your customers are fishing with half-dead bait and taking their money to the shop in Ripley.", "H", "cost of delay used to push, no figure (rule 5)"),
  ("I'll bring a sample tub of casters for you to try, and I'll be on your doorstep with it Saturday morning whether you reply or not.", "H", "legit sample + turning up uninvited"),
  ("Call me on 07700 900431 if the Tuesday drop suits.", "N", "plain ask")])

em("Mesh nebuliser trial for the respiratory clinic", "Dear Sister Campbell,", "Yours sincerely,\nHelen Marsh\nClinical Account Manager, Aeromist Medical",
 [("Thank you for your time on Wednesday and for the list of questions from Dr Okafor.", "N", "courtesy"),
  ("The mesh nebulisers we discussed deliver a full salbutamol dose in about four minutes, against nine on your current jet units, which matters for the clinic's twenty-minute slots.", "N", "value tied to prospect's slots")],
 [("The infection-control data sheet is attached, since your IPC team asked to see the cleaning protocol before any trial.", "N", "'our' material serving the buyer's process"),
  ("Our framework listing closes to new call-offs on 30 June because the framework is being re-tendered, so any trial order would need to be placed under it before then.", "N", "borderline: real external deadline stated once with reason (rule 4)"),
  ("Would Tuesday 14 May at 2 pm work for a bench demonstration with two of your nurses?", "N", "clear next step with date")])

em("East hut at the airfield museum", "Dear Graham,", "Warmly,\nBeth Halloran\nHalloran Heritage Buildings",
 [("It was lovely to meet you and the volunteers at the airfield museum last weekend.", "N", "pleasantry"),
  ("Having looked at the east hut, I'd recommend replacing the bottom two courses of corrugated sheet rather than patching, because the cut ends have rusted through on both sides.", "N", "expert recommendation with evidence (rule 6)")],
 [("I spent most of Sunday evening drawing up the rib survey for you, so I'd really love to hear back this week.", "HS", "seller's effort as reason to reply (rule 15)"),
  ("We're a family firm, now on the third generation of Hallorans.", "S", "borderline: heritage line (rule 8)"),
  ("The full quote, with the sheeting, ribs and end-wall timber itemised, is attached, and I've called in a few favours with the sheet supplier for you, so a decision soon would mean a lot.", "HS", "legit attachment + favours pulled as reason to decide (rule 15)"),
  ("I'm ever so sorry it's come in a bit higher than you were hoping.", "T", "apologising for the price")])

em("Recording the village memories", "Dear Mrs Fairbairn,", "Best regards,\nAnnika Lund\nVoices Kept",
 [("Thank you for the reply and for telling me about the lottery grant for the archive project.", "N", "courtesy"),
  ("We can record twenty interviews with the older residents, with transcript and summary for each, inside the eight months the grant is covering.", "N", "fits prospect's grant period")],
 [("Please, I am asking you do me the favour to write a short review on our page after the first recordings, it is very important for our small company.", "S", "favour for the seller (rule 10)"),
  ("The price is in the document attached, but if it is too much, please tell me what number you can pay and I will make it fit.", "T", "legit attachment + what-number-works concession (rule 7)"),
  ("I write you again, I know, and I do not want to disturb you too much.", "T", "needing approval for normal follow-up"),
  ("I am free to come to the village hall on the 18th or the 25th to meet the committee, but only if it is convenient, I do not want to make any trouble.", "T", "legit meeting offer + permission-seeking")])

em("Pouch supply for the home-care transition", "Hi Renee,", "Best,\nJordan Ellis\nContour Ostomy Care",
 [("Thanks for forwarding the list of patients transitioning from hospital to home care.", "N", "courtesy"),
  ("In the Lakeside pilot your team ran with us last year, the two-piece pouch with the flexible flange cut leak-related visits by a third.", "N", "proof tied to prospect's own pilot")],
 [("I've already scheduled the onboarding session for your twelve nurses next Monday, so the only thing left is the signed agreement.", "H", "assumptive onboarding before a yes"),
  ("My director has asked me to get this closed before the fiscal year ends on the 30th, so a signature by then would really help me.", "HS", "manager + fiscal year as reason for a date (rule 16)"),
  ("Sample kits for each of the twelve nurses are on their way to the Fairview office, along with the payment authorization form for you to sign.", "H", "legit logistics + assumptive payment step"),
  ("Frankly, it's hard to see how a program that cares about patient outcomes is still on the old pouches.", "H", "shaming the prospect")])

em("Pilot ladders x6", "Mr Quayle,", "T. Ivers\nPortside Marine Safety",
 [("Quote for six SOLAS-compliant pilot ladders attached, 9 m each, as you specified.", "N", "attachment, prospect's spec"),
  ("Side ropes are manila, steps hardwood with rubber inserts, and each comes with the manufacturer's certificate.", "N", "product detail"),
  ("Lead time is three weeks from order.", "N", "logistics")],
 [("Your current ladders were certified in 2019, and the port authority's annual check flags anything over thirty months old, so I'd schedule replacement before the March inspection.", "N", "borderline: real external constraint with reason (rule 4)"),
  ("Can I call you Thursday at 9 to go through the spreader bar options?", "N", "clear next step")])

em("Aftercare for your clients' pets", "Dear Dr Mensah,", "Warm wishes,\nClaire Rowan\nStillwater Pet Cremation",
 [("Thank you for showing me round the Willow Lane practice, and please pass my thanks to Jess for the coffee.", "N", "pleasantry"),
  ("We collect from your practice twice a week in an unmarked van, so owners never see a pet leave by the back door.", "N", "'we' but value is the practice's")],
 [("We were voted the region's best pet crematorium three years running and our memorial garden won a national design award.", "S", "awards boast"),
  ("We'd handle the paperwork with owners directly, so your reception team doesn't spend time on calls about ashes.", "N", "value to prospect"),
  ("Collection is £38 per visit, and to get you started I can waive the first three months of fees, no strings attached.", "T", "legit price + unprompted unconditional concession (rule 7)"),
  ("I've blocked out a signing appointment at your practice on Friday at 4, so please do make sure the partners are there.", "H", "assumptive signing before a yes")],
 [("P.S. If you're happy after the first month, would you be open to being a case study for our website?", "S", "case-study favour, not after delivered value (rule 10)")])

em("Start village toilets, 14,000 runners", "Sandra,", "Lee\nFlushline Event Hire",
 [("You said the route plan is signed off on 12 February, so I'll have the unit layout to you on the 9th.", "N", "prospect's own date (rule 4)"),
  ("At 14,000 runners the guidance is roughly one unit per 80 at the start, so you're looking at 175 units in the start village.", "N", "confident sizing from prospect's numbers")],
 [("Every other big-city marathon in the north already uses us, and you'd look pretty amateur turning up with the old council cabins.", "H", "peer shaming"),
  ("The price per unit is in the attached sheet, but I need a purchase order by Wednesday, otherwise the units go to a festival that's ready to pay.", "H", "legit attachment + ultimatum with rival buyer"),
  ("Pump-outs between waves are included, and I've already told the depot to load your units, so consider it done.", "H", "legit detail + assumptive booking"),
  ("My boss is breathing down my neck on this one, to be honest.", "S", "seller's pressure stated, no date (rule 16)")])

em("Paddleboards for the summer season", "Hi Fran,", "Speak soon,\nKat\nStillwater SUP Supply",
 [("Great to chat on Monday about getting guests out on the water this summer!", "N", "pleasantry"),
  ("For a lake your size, I'd go with eight 10'6\" inflatable boards, since they pack away into the boathouse lockers you showed me.", "N", "confident recommendation tied to prospect")],
 [("Our boards come with triple-layer drop-stitch, carbon-reinforced rails, a dual-chamber core, a kick-pad, a bungee net, a camera mount, a removable fin and a lifetime warranty on seams.", "S", "feature dump"),
  ("Me again, and really sorry to be a pain about this!", "T", "apology for following up"),
  ("The price for eight, with paddles and leashes, is £4,160, and if that's more than you budgeted I could maybe drop it a bit, possibly, if that helps at all?", "T", "legit price + unprompted concession with hedges"),
  ("We can deliver on 3 June, a week before your season opens, though I've only two sets of eight left for that date, so I wouldn't hang about.", "H", "legit date + scarcity")])

em("Phlebotomy training for your healthcare assistants", "Dear Mrs Oduya,", "Yours faithfully,\nMiriam Cole\nVenaSkills Training",
 [("Thank you for your enquiry about phlebotomy training for the eighteen healthcare assistants across your three homes.", "N", "courtesy"),
  ("The two-day course covers venepuncture, sample labelling and needlestick procedure, with a competency sign-off in the second week on your residents' routine bloods.", "N", "concrete detail")],
 [("We are the UK's leading provider of clinical skills training, accredited by five professional bodies and trusted by over 900 organisations.", "S", "'leading' boast"),
  ("The course fee is £3,240 for up to twenty learners, and I would need your booking confirmed by Friday as this is the last week I can count it towards my quarterly target.", "HS", "legit price + seller's quarterly target as reason for date (rule 16)"),
  ("Your account would make a big difference to my year, I won't lie.", "S", "seller's stake, no demand (rule 15)"),
  ("Would the 4th or the 11th of March suit for the first cohort, since my manager wants it in the diary before his review on Monday?", "HS", "legit date options + manager's wish as reason for a date (rule 16)")])

em("Pole-top rescue refresher", "Ian,", "Craig Dunn\nHighline Rescue Training",
 [("Course outline and dates for pole-top rescue attached; we're the top-rated rescue trainer in the UK three years running.", "S", "legit attachment + ranking boast"),
  ("Your team's last refresher was in 2022, and your own safety policy sets three years.", "N", "prospect's own rule stated")],
 [("Six operators in your region have already booked us, and your crews are the only ones still overdue.", "H", "peers already switched, shaming"),
  ("I've pencilled your 24 engineers into the 9 June course and the invoice is in the post.", "H", "assumptive invoice before a yes"),
  ("Each course runs at your depot on our own pole rig, so nobody travels.", "N", "'our' but serves prospect"),
  ("We can also run a second date in July for the night shift, and I'll ring your Head of Safety directly on Monday if I don't hear from you by then.", "H", "legit offer + bypass threat")])

em("Fryer oil for Harbour Road and the Pier", "Hi Alfie,", "All the best,\nRuth Ashby\nWoldside Oils",
 [("Thanks for letting me drop in to the Harbour Road shop on Friday night, the queue was out the door!", "N", "pleasantry"),
  ("Our high-oleic rapeseed oil lasted around 30% longer in the fryer at the Pier Café trial, which at your volumes would be roughly six fewer drums a month.", "N", "value from prospect's volumes")],
 [("It's grown and pressed in Lincolnshire, so it comes on our own lorry with your weekly order rather than by courier.", "N", "logistics benefit"),
  ("Just a heads-up that harvest pricing for the new crop is fixed on 1 September, so the figure I quoted holds until then.", "N", "borderline: one polite 'just' (rule 1) + price expiry with reason, no urgency (rule 4)"),
  ("Shall I drop a drum off for a side-by-side test in the Harbour Road fryer next week?", "N", "clear next step")])

em("Rodeo bull for the Freshers' Fair", "Hey Priya,", "Cheers,\nJake\nBuckaroo Events",
 [("Thanks for getting back to me about the Freshers' Fair on 22 September.", "N", "courtesy"),
  ("The bull comes with an inflatable crash mat, two trained operators and public liability cover up to £10m, which is what your venue team asked for.", "N", "meets prospect's requirement")],
 [("I'll be honest, I really need this booking, I've had a shocking month and my manager is watching my figures.", "ST", "pleading for the seller's own sake (rule 15)"),
  ("So if you could confirm by Thursday, that'd get me out of a hole with him.", "HS", "favour + date for seller's reason (rule 16)"),
  ("To sweeten it, I'll throw in an extra hour free if you book before Friday.", "HT", "concession tied to seller's date, no seller reason (rule 7)"),
  ("Sorry to keep going on about it!", "T", "apology for normal selling")])

em("Reversing cameras for the refuse fleet", "Dear Mr Lowther,", "Yours faithfully,\nPriya Nair\nClearview Fleet Safety",
 [("Thank you for the fleet list showing the 31 refuse vehicles due for camera upgrades.", "N", "courtesy"),
  ("Our four-camera kit removes the nearside blind spot that featured in two of the three reversing incidents in your 2023 fleet report.", "N", "tied to prospect's incident data")],
 [("We would also be delighted to show you our entire product range, including dash cams, load sensors and driver apps, at your earliest convenience.", "S", "show-off whole range (rule 9)"),
  ("Fitting takes about three hours per vehicle and can be done overnight at Eastbrook depot by our award-winning installation team, the best in the business.", "S", "legit logistics + award boast"),
  ("I'm afraid I'll have to check with my sales director before I can say anything about a volume discount.", "T", "deferring to manager on discount (rule 12)"),
  ("The price sheet for 31 kits is attached; please accept my apologies again for chasing, and for the length of this message.", "T", "legit attachment + apology for follow-up and length")])

em("Saffron for the Narenj kitchens", "Dear Mr Karimi,", "Kind regards,\nReza Tehrani\nZafaran House",
 [("Thank you for the tasting last week at the Narenj kitchen.", "N", "courtesy"),
  ("Our saffron is grade 1 sargol, tested above 250 crocin, so your chef can use less in the tahdig and get the same colour.", "N", "value tied to prospect's dish")],
 [("Maybe, if it is possible, perhaps you can think about a small trial order, only if it is not a trouble for you?", "T", "stacked hedges + permission"),
  ("The price for 500 g is in the attached sheet, and I can give 20% less also, without any condition.", "T", "legit attachment + unconditional discount"),
  ("We also have threads in 1 g tins for your shop counter, and all the big restaurants in London already buy them from us, you are maybe the last one.", "H", "legit product + competitors-already-bought shaming"),
  ("I can deliver on Tuesdays together with the rice supplier, as you asked, and I already put your name on the first 2 kg for next week.", "H", "legit logistics + assumptive order")])

em("Fight call for Macbeth", "Hi Dominic,", "Best,\nSam Okoye\nFight director",
 [("Apologies for the slow reply, I was teaching in Glasgow all week; answers to your questions are below.", "N", "borderline: single courtesy apology with reason (rule 3)"),
  ("Congratulations on the casting, Leila told me you've got Amir Haddad as Macbeth.", "N", "pleasantry")],
 [("For the final fight I'd suggest three sessions in the week before tech, so the actors rehearse it on the real set with the real claymores.", "N", "confident recommendation"),
  ("I've attached a draft schedule that fits around your understudy calls.", "N", "attachment"),
  ("I'll be at the first preview to check the fight holds up under show adrenaline, which is usually where things go wrong.", "N", "'I' but serving the client"),
  ("Would a call on Tuesday afternoon suit to agree the session dates?", "N", "clear next step")])

em("Stairlift adaptations, 46 homes", "Dear Ms Rees,", "Kind regards,\nGareth Lewis\nStepwise Stairlifts",
 [("Thank you for the adaptation list covering 46 tenants' homes.", "N", "courtesy"),
  ("Each of our curved-rail stairlifts is surveyed and fitted within 10 working days, which would help you meet the 20-day target in your adaptations policy.", "N", "value tied to prospect's policy")],
 [("I do appreciate you've got a lot on, so please don't feel any obligation to read this at all.", "T", "minimising, feel-free-to-ignore"),
  ("Our founder started the business in his garage in 1988 and we now employ over 300 engineers nationally.", "S", "years in business + size boast"),
  ("I'd be mortified if we let you down, so do tell me if there's anything at all I could be doing differently.", "T", "needing approval"),
  ("Could we meet at your Bridgend office on the 9th to walk through the first ten surveys, if you could possibly spare the time, though I completely understand if not?", "T", "legit meeting ask + hedges and permission-seeking")])

em("Smoke evacuation for the ORs", "Dear Ms Alvarez,", "Sincerely,\nDaniel Cho\nClearField Surgical",
 [("Thank you for your time at the perioperative council meeting on the 14th, and my apologies again for running over and for chasing you so soon.", "T", "courtesy + apology for follow-up, repeated"),
  ("Your own staff survey showed 62% of OR nurses reporting headaches after long electrosurgical cases, and an evacuator at the pencil tip captures the plume before it reaches them.", "N", "insight from prospect's data")],
 [("The state law requiring smoke evacuation in every OR takes effect on January 1, so the hospital needs a compliant system in place by then.", "N", "borderline: real regulatory deadline, 'needs' is a requirement (rules 4, 6)"),
  ("Installation takes one weekend per suite, and I have already sent your purchasing office an invoice for the first eight units to reserve stock.", "H", "legit detail + assumptive invoice"),
  ("Your nurses have waited long enough for someone in purchasing to take their headaches seriously.", "H", "shaming"),
  ("If you can't give me a yes by Friday, I will take it to your Chief Nursing Officer.", "H", "bypass threat with ultimatum")])

em("Dogs for the exam-week wellbeing room", "Hi Ellie,", "Best wishes,\nMolly\nPaws for Thought",
 [("Thanks so much for the lovely chat about your exam-week wellbeing room!", "N", "pleasantry"),
  ("Our six dogs are all assessed and insured, and our founder's spaniel has won Therapy Dog of the Year twice!", "S", "legit detail + award boast")],
 [("I know budgets are tight, so honestly just pay whatever you think is fair.", "T", "name-your-price concession (rule 7)"),
  ("Sorry, I realise I'm probably being a nuisance emailing again so soon.", "T", "self-abasing apology for follow-up"),
  ("Would the Tuesday and Thursday of week 9 work for two-hour sessions in the library foyer?", "N", "clear next step")],
 [("P.S. We were on BBC Breakfast last month, which was pretty amazing!", "S", "press boast with exclamation")])

em("Two tuk-tuks, 6 July", "Rohan,", "Vik\nTukTuk Co.",
 [("Two tuk-tuks are free on 6 July, the date of your Brick Lane launch.", "N", "prospect's own date"),
  ("Both are liveried in plain white, so your team can wrap them with the menu boards you sent.", "N", "product detail")],
 [("Everyone's booking summer dates right now, and if you sit on this you'll be stuck with a rented van like an amateur.", "H", "FOMO + shaming"),
  ("I've had the card payment form sent over so we can get the deposit in today.", "H", "assumptive payment step"),
  ("The driver rota for the day is attached, and this is my third message this week, every one of them opened by you.", "H", "legit attachment + counting and read-receipt guilt (rule 13)"),
  ("Drivers wear your T-shirts and hand out samples at each stop, and the other street-food brands who booked say it doubled their queues, so don't be the one left out.", "H", "legit detail + FOMO")])

em("Staff cabins in the Glenmoor orchard", "Dear Mr Fraser,", "With best wishes,\nIsla Grant\nBothy Homes",
 [("Thank you for showing me the orchard plot at Glenmoor where the staff cabins would sit.", "N", "courtesy"),
  ("For six seasonal staff, three two-bedroom tiny homes on screw piles would avoid pouring foundations over the tree roots.", "N", "expert recommendation")],
 [("The planning officer confirmed that permitted development for seasonal accommodation ends when the new local plan is adopted in April, so the application would need to go in before then.", "N", "borderline: real external constraint with reason (rule 4)"),
  ("We've built tiny homes for four other Highland estates, and the lesson was to plumb them before winter so the pipes can be lagged in the dry.", "N", "social proof turned into advice (rule 8)"),
  ("Each unit arrives finished on a low-loader, so the orchard only sees one day of heavy traffic.", "N", "logistics benefit"),
  ("Would you like me to prepare the planning drawings so your agent can submit them in February?", "N", "clear next step")])

em("Waterless urinals, South and East stands", "Phil,", "Ben Foy\nDryflow",
 [("Retrofit of 140 urinals, South and East stands: quote attached, fitters already reserved, so all that's missing is your signature.", "H", "legit attachment + assumptive close"),
  ("Your water bill shows 19 million litres a year on urinal flushing, so waterless units would save about £38,000 a season at your rate.", "N", "quantified from prospect's data, offered as information (rule 5)")],
 [("Every month you wait is another £3,000 straight down the drain.", "H", "borderline: cost of delay used to push, plausible number (rule 5)"),
  ("Installation fits the close-season window of 20 May to 30 June you gave us.", "N", "prospect's own window"),
  ("Sign this week and I'll take 12% off, it's the last thing I need for my Q2 number.", "HST", "discount tied to seller's date with seller's reason (rules 7, 16)")])

em("Vanilla for the custards and the signature tart", "Hi Chef Laurent,", "Best,\nNina\nSava Bean Co.",
 [("Thanks for the feedback on the samples, I'm glad the Tahitian pods worked in the crème pât!", "N", "pleasantry"),
  ("For your volume, I'd suggest Madagascan grade A for the custards and Tahitian only for the signature tart, which keeps your cost per dessert under 40 cents.", "N", "confident recommendation, prospect value")],
 [("The cyclone season hit the Sava region hard and our grower sets the new-crop price on October 1, so the current quote is good through September.", "N", "borderline: price expiry with reason, no urgency (rule 4)"),
  ("We vacuum-pack in 250 g lots so the pods don't dry out in your walk-in.", "N", "product detail for prospect"),
  ("Could we set up the first monthly shipment for the week of the 12th?", "N", "clear next step")])

em("Softened water for the four salons", "Dear Mrs Whitaker,", "Kindest regards,\nPaula Greer\nPureFlow Softeners",
 [("Thank you ever so much for taking the time to reply, I really do appreciate it.", "N", "courtesy thanks for a reply"),
  ("Your Harrogate and York salons sit in hard-water areas of over 300 ppm, which is what leaves the film on the basins and shortens the life of your boilers.", "N", "insight")],
 [("I was wondering if maybe, possibly, you might have had a moment to think about it?", "T", "stacked hedges"),
  ("The quote for the four salons is £6,800 installed, and please don't worry if that's too much, I can certainly bring it down for you.", "T", "legit price + unprompted concession"),
  ("I hope it's alright that I copied in your office manager, I wasn't sure if that was okay.", "T", "needing approval"),
  ("We could install on a Monday when all four salons are closed, if that's not too much of an inconvenience, and sorry again for the bother.", "T", "legit logistics + apology for selling")])

em("Your two 18 kg machines", "Mr Baptiste,", "Mick\nSpin Cycle Services",
 [("The two 18 kg machines need new door seals and a drum bearing on the left one.", "N", "technical 'need' (rule 6)"),
  ("I've ordered the parts and booked the engineer for Thursday, so I'll expect payment on the day.", "H", "assumptive: booked and billed before a yes")],
 [("A maintenance plan covers both machines for £30 a month, and your launderette can't get through another winter without it, full stop.", "H", "legit price + directive that they must have it (rule 6)"),
  ("Parts and labour come to £420, the fixed price you asked for, and that's me doing you a favour after three trips out to look at them.", "HS", "legit price + seller effort (trips made for the prospect) offered as a favour owed (rule 15)"),
  ("If I don't hear back I'll pop round Saturday and keep coming until it's sorted.", "H", "badgering, turning up")])

em("Wave forecasts for the breakwater extension", "Dear Mr Lindqvist,", "Regards,\nDr Fiona Reid\nSeastate Forecasting",
 [("Thank you for the method statement for the breakwater extension.", "N", "courtesy"),
  ("Site-specific wave forecasts at 3-hourly resolution would let your crane crew plan lifts around the 1.5 m limit in your lift plan.", "N", "value tied to prospect's lift plan")],
 [("We are proud partners of three national met services and recently raised £12m from leading investors.", "S", "investor and partner boast"),
  ("I'd love to give you a full tour of our forecasting platform and tell you our story.", "S", "show off platform, our story (rule 9)"),
  ("The quote is attached; please note it expires on Friday, so move quickly.", "H", "legit attachment + deadline with 'move quickly' (rule 4)"),
  ("Would a call with your marine coordinator next Wednesday work, or shall I go straight to your project director if that's quicker?", "H", "legit meeting ask + bypass")])

em("Xylitol mints for your reception desks", "Hi Aoife,", "Cheers,\nTom Reilly\nFreshbite Dental Supplies",
 [("Thanks for putting me in touch with the practice managers across your eleven surgeries.", "N", "courtesy"),
  ("Patients who chew xylitol after meals get fewer cavities, and a tin at reception is an easy way to start that conversation.", "N", "insight tied to practice")],
 [("Our mints come in spearmint, peppermint, lemon, cinnamon, wild berry and a new matcha flavour, in tins, pouches, sachets, jars and bulk tubs.", "S", "feature/range dump"),
  ("Could you ask each practice manager to leave us a Google review once the first tins are out?", "S", "review favour, not after delivered value (rule 10)"),
  ("Orders of 2,000 tins or more get 10% off, and delivery is free on a 12-month agreement.", "N", "borderline: concession traded for volume and term (rule 7)"),
  ("The first 2,000 tins can ship within ten days of signing, and it'd be a big help to me to get that done before my quarter ends on the 30th.", "HS", "legit lead time + seller's quarter as reason for date, as a favour (rule 16)")])

em("Frozen Yorkshires for the 22 carveries", "Dave,", "Steve\nNorthern Batter Co.",
 [("You asked for a price on frozen Yorkshires for the 22 carveries: it's £9.40 per box of 60, and you won't see that again once this week is out.", "H", "legit price + fake expiry with urgency"),
  ("They bake from frozen in 8 minutes at 220°C, which matters on a Sunday when your chefs are plating 400 covers.", "N", "value tied to prospect")],
 [("Four of your competitors switched to us last year and their Sunday margins went up; you're getting left behind.", "H", "competitors switched, FOMO"),
  ("I've already booked your first delivery for the 2nd, so just send me the PO number.", "H", "assumptive booking"),
  ("Honestly, I've put a lot of work into this proposal, so I'm disappointed I haven't heard a word back.", "HS", "seller's effort and feelings as guilt (rule 15)")])

em("Zeolite media for beds 3 and 4", "Dear Dr Osei,", "Yours sincerely,\nDr Petra Novak\nZeomin Minerals",
 [("Thank you for the filter bed drawings for Hollybrook treatment works, and I'm so sorry for taking up your valuable time with this.", "T", "courtesy + apology for normal selling"),
  ("Replacing the sand in beds 3 and 4 with clinoptilolite would lift ammonium removal at the flows you described without new civil works.", "N", "insight")],
 [("I was hoping that perhaps we could possibly arrange a small pilot, if that would be acceptable?", "T", "stacked hedges + permission"),
  ("A tonne bag of media is £1,150 delivered, and if there are any concerns about price I'd be glad to match whatever your current supplier charges.", "T", "legit price + pre-emptive price cave"),
  ("The media is WRAS-approved, which your drinking water inspector will ask for.", "N", "certification the buyer's process requires (rule 8)"),
  ("Please forgive me for writing at such length.", "T", "apology for length")])

em("A maze for the 12-acre field", "Hi Georgie,", "Happy days,\nHarriet\nAmaize Designs",
 [("Loved seeing the 12-acre field on Saturday, it's a perfect shape for a maze!", "N", "pleasantry"),
  ("We'd cut the design when the maize is knee-high in late June, so the paths settle before your 20 July opening.", "N", "prospect's own date")],
 [("We've designed over 200 mazes across four continents and hold two Guinness world records.", "S", "records boast"),
  ("Our design team's summer is filling up fast, and this is genuinely the last slot we'll ever have at this price.", "H", "scarcity, last-chance"),
  ("Let me know if a sketch with your farm logo as the centrepiece would help the committee decide, though honestly your field needs this more than any I've seen.", "H", "legit offer + 'needs this' directive (rule 6)")],
 [("P.S. Any chance you'd let us use aerial photos of your maze in our own adverts?", "S", "favour for the seller (rule 10)")])

em("Party wall notices, 14 Norland Terrace", "Dear Ms Pennington,", "Kind regards,\nAlan Price MRICS\nPrice Party Wall Surveyors",
 [("Thank you for the drawings of the rear extension at 14 Norland Terrace.", "N", "courtesy"),
  ("Because the new steel beam cuts into the shared wall with No. 12, a party wall notice has to be served on that owner before any work on the wall.", "N", "technical/legal prerequisite (rule 6)")],
 [("On the last three terraces we did in this street, the lesson was to photograph the neighbours' rear rooms before the schedule of condition is agreed, not after.", "N", "social proof turned into advice (rule 8)"),
  ("The Act allows the neighbour two months' notice before work on the wall, so the notice would need to go out by 14 March to keep your builder's mid-May start.", "N", "borderline: real statutory lead time tied to prospect's own start date (rule 4)"),
  ("Shall I draft the notices this week so you can check the neighbours' names and addresses?", "N", "clear next step")])

em("Flaked salt for the beetroot crisps", "Dear Hannah,", "Warmly,\nCarys Jones\nHalen Cymru",
 [("Thank you for the lovely samples of the new beetroot crisps.", "N", "courtesy"),
  ("Our flaked sea salt is milled to 0.3 mm, so it sticks to a kettle-cooked crisp without the bitter clumps you described.", "N", "value tied to prospect's problem")],
 [("If I'm totally honest, landing your brand would mean the world to me personally.", "S", "seller's feelings, no demand (rule 15)"),
  ("I'd be so grateful if you could tell me by Friday, since it's the last day of our sales competition and I'm so close to winning.", "HS", "sales contest as reason for date (rule 16)"),
  ("The price is £2.10 a kilo in 25 kg sacks, and if that's the worry I could always split the difference with you.", "T", "legit price + pre-emptive concession"),
  ("Our spec sheet and allergen declaration are attached for your technical team.", "N", "'our' but serves buyer")])

em("Bronze turkeys, 14 pubs", "Mr Allardyce,", "J. Harker\nHarker Farm Poultry",
 [("Bronze turkeys, 6 to 7 kg, for your 14 pubs: £8.20/kg, as requested.", "N", "price asked for"),
  ("Birds are dry-plucked and hung for 10 days, which gives your chefs a crisper skin than the wet-plucked ones you use now.", "N", "product value")],
 [("Order by 31 October or there won't be a bird left in the country for you.", "H", "fake scarcity ultimatum"),
  ("If it's a no, that's fine, I'll give you a ring next Christmas instead.", "T", "giving up without a question (rule 11)"),
  ("Delivery in the week of 15 December, to each pub, and I'll need your card details today to hold the birds.", "H", "legit logistics + assumptive payment")])

em("Veg boxes for the team", "Hey Marco,", "Best,\nPip\nMuddy Roots Veg",
 [("Thanks for the quick call about the veg box perk for your 120 staff!", "N", "pleasantry"),
  ("Boxes arrive at your office every Wednesday, and the app lets staff swap, skip, rate recipes, track carbon, earn loyalty points, chat to a bot and watch the farm webcam.", "S", "legit logistics + feature dump")],
 [("I've set your account to start billing from next Wednesday so nobody misses the first delivery.", "H", "assumptive billing before a yes"),
  ("Other tech firms on your street signed up months ago, so your people are probably wondering why they don't get one.", "H", "peers switched, shaming"),
  ("Our farm was named Organic Producer of the Year and we've been on Countryfile twice!", "S", "award boast"),
  ("Would a tasting stand in your canteen on the 15th help people decide?", "N", "clear next step")])

em("Muck heap collection, 28 horses", "Hi Sue,", "Cheers,\nNell\nHorseshoe Muck Away",
 [("Thanks for the tour of the yard on Sunday, your muck heap is impressively tidy!", "N", "pleasantry"),
  ("With 28 horses, a fortnightly collection with a 20-yard trailer would keep the heap below the 2 m your insurer allows.", "N", "sized to prospect's constraint")],
 [("Sorry, I know this is the third time I've emailed, I really don't want to be a pest.", "T", "apology for follow-up, self-abasing"),
  ("Each collection is £65, and I can do the first two months at half price if that helps, no catch.", "T", "legit price + unprompted concession"),
  ("Let me know if you'd like us to start in April, whenever you get a minute, there's no rush whatsoever.", "T", "legit ask + minimising")],
 [("P.S. Just say if the answer's no and I'll leave you alone for good.", "T", "pre-emptive release (rule 11)")])

em("Nine stumps, north path", "Dear Mr Ogilvie,", "Yours faithfully,\nRob Castle\nStumpaway",
 [("Thank you for the list of the nine stumps along the north path of the cemetery.", "N", "courtesy"),
  ("Our tracked grinder is 70 cm wide, so it passes between the headstones without lifting any kerbs.", "N", "product detail for prospect")],
 [("We grind to 300 mm below ground and backfill with topsoil, so the grass can be reseeded straight away.", "N", "value"),
  ("I'll check the path width with your sexton and send you a fixed price by Wednesday.", "N", "checking with someone on a non-discount matter, with date"),
  ("We could do the work on a weekday morning when no services are booked, if you let me know which days are free.", "N", "logistics")])

# ---------------- build ----------------
def labels_of(code):
    if code == "N":
        return ["NONE"]
    return [CODE[c] for c in "HST" if c in code]

emails, sents = [], []
sid = 0
for i, (subj, sal, sign, paras) in enumerate(E, 1):
    curly = (i % 3 == 0)
    fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
    eid = "s59e%03d" % i
    body = "\n\n".join(" ".join(fix(t) for t, _, _ in p) for p in paras)
    text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
    per = {"hard_close": [], "self_serving": [], "timidity": []}
    for p in paras:
        for t, code, note in p:
            sid += 1
            t = fix(t)
            assert t in text, (eid, t)
            assert code in {"N", "H", "S", "T", "HS", "HT", "ST", "HST"}, code
            labs = labels_of(code)
            bl = note.startswith("borderline:")
            for l in labs:
                if l != "NONE":
                    per[l].append(bl)
            sents.append({"id": "s59-%04d" % sid, "email": eid, "text": t, "labels": labs, "note": note})
    lab = {}
    for k, v in per.items():
        if not v:
            lab[k] = 0
        elif len(v) == 1 or all(v):
            lab[k] = 1
        else:
            lab[k] = 2
    emails.append({"email": eid, "subject": fix(subj), "text": text, "labels": lab})

with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
    for e in emails:
        f.write(json.dumps(e, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
    for s in sents:
        f.write(json.dumps(s, ensure_ascii=False) + "\n")

# re-parse check
for fn in ("test-emails.jsonl", "test.jsonl"):
    with open(os.path.join(HERE, fn), encoding="utf-8") as f:
        for line in f:
            json.loads(line)

# stats
n = len(sents)
cnt = collections.Counter()
for s in sents:
    for l in s["labels"]:
        cnt[l] += 1
multi = sum(1 for s in sents if len(s["labels"]) > 1)
border = sum(1 for s in sents if s["note"].startswith("borderline:"))
faulty_per_email = collections.Counter(s["email"] for s in sents if s["labels"] != ["NONE"])
clean = [e["email"] for e in emails if faulty_per_email[e["email"]] == 0]
two_plus = [e for e in faulty_per_email if faulty_per_email[e] >= 2]
one_only = [e for e in faulty_per_email if faulty_per_email[e] == 1]
lens = collections.Counter(s["email"] for s in sents)
curly_n = sum(1 for e in emails if "\u2019" in e["text"])
dist = {k: collections.Counter(e["labels"][k] for e in emails) for k in ("hard_close", "self_serving", "timidity")}
stats = {
    "emails": len(emails), "sentences": n, "NONE": cnt["NONE"], "NONE_pct": round(100 * cnt["NONE"] / n, 1),
    "hard_close": cnt["hard_close"], "self_serving": cnt["self_serving"], "timidity": cnt["timidity"],
    "multi_label": multi, "borderline": border, "clean_emails": len(clean), "emails_2plus_faulty": len(two_plus),
    "emails_1_faulty": len(one_only), "sentences_per_email_min_max": [min(lens.values()), max(lens.values())],
    "emails_with_curly_apostrophes": curly_n,
    "email_level": {k: {str(x): dist[k][x] for x in (0, 1, 2)} for k in dist},
}
print(json.dumps(stats, indent=1))
assert len(emails) == 40

README = f"""# sealed59: held-out tone-coach evaluation set

> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its
> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).
> It measures nothing now.

**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on
6 December (the ninth session) from the labelling guide alone, before any change that session, and measured first
on the model and rules of the eighth session (rules + model macro-F1 0.855:
hard_close 0.755, self_serving 0.889, timidity 0.920; 2 of 106 clean sentences flagged; email agreement 0.850 / 0.925 /
0.900).

Hand-written from the labelling guide (`LABELS.md`) and the product description alone, sentence by sentence;
no other data set, rule or code was consulted. Every sentence and its label code live in `build.py`, which writes
`test-emails.jsonl` and `test.jsonl`, derives each email's labels with the guide's email-level scale
(0 = none; 1 = one labelled sentence or all borderline; 2 = two or more with at least one not borderline; no hand
overrides), checks that each sentence is a verbatim substring of its email and that every line parses.
Run `python3 build.py` to rebuild; it prints the counts below.

## Counts (computed by build.py)

| | Count |
|---|---|
| Emails | {stats['emails']} |
| Sentences | {n} |
| NONE | {cnt['NONE']} ({stats['NONE_pct']}%) |
| hard_close | {cnt['hard_close']} |
| self_serving | {cnt['self_serving']} |
| timidity | {cnt['timidity']} |
| Multi-label sentences | {multi} |
| Borderline sentences | {border} |
| Clean emails | {len(clean)} |
| Emails with 2+ faulty sentences | {len(two_plus)} |
| Sentences per email | {min(lens.values())}-{max(lens.values())} |

Email-level label distribution (0/1/2): {json.dumps(stats['email_level'])}

## Design

- Many faults sit in one clause beside something the rep must keep (a quoted price, an attachment, a date the
  prospect named, a delivery slot), e.g. a legitimate quote followed by a seller-quota deadline or an unprompted
  concession.
- Fault wordings avoid the textbook phrases; they cover peers-already-switched shaming, assumptive invoices and
  bookings, bypass threats, read-receipt counting, seller effort/feelings guilt, quota/contest/manager deadlines,
  award/investor boasts and feature lists, review and case-study favours, name-your-price concessions, stacked
  hedges, apologies for price/length/follow-up, and giving up at once.
- Hard negatives: real external deadlines (regulation, framework re-tender, planning, licensing lead times, crop
  pricing), the prospect's own dates, confident recommendations, quantified value from the prospect's own data,
  "our"/"we" lines that serve the buyer, a single courtesy apology with a reason, concessions traded for volume/term.
- Notes beginning `borderline:` mark sentences decided by one of the guide's borderline rules.

## Trades (one per email, all starting M-Z)

magnetic boards, moped leasing, mezcal import, mountain-bike trail maintenance, maggots (live bait), nebulisers,
Nissen hut restoration, oral history recording, ostomy supplies, pilot ladders, pet cremation, portable toilets,
paddleboards, phlebotomy training, pole-top rescue training, rapeseed frying oil, rodeo bull hire, reversing
cameras, saffron, stage combat, stairlifts, surgical smoke evacuation, therapy dogs, tuk-tuk hire, tiny homes,
waterless urinals, vanilla, water softeners, washer-extractor repair, wave/weather forecasting, xylitol mints,
Yorkshire puddings, zeolite filter media, maize maze design, party wall surveying, sea salt, turkeys, organic veg boxes,
manure collection, stump grinding.

Buyers mix public sector (council highways, NHS clinic, county council, water utility, parish, housing
association, state hospital) and private (pharmacies, bars, salons, pubs, launderette, tech firm, livery yard),
tiny firms and large ones.

## Registers

Formal, chatty, terse, warm, blunt, very deferential and non-native English; British and American spellings;
every third email (e003, e006, ...) uses curly apostrophes, the rest straight; a few P.S. lines.
"""
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
    f.write(README)
