#!/usr/bin/env python3
"""Build the sealed14 evaluation set for the Poise tone coach.

Every sentence below was written by hand from the labelling guide (LABELS.md) alone.
Label codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combined, e.g. HS).
A note starting with "borderline:" marks a sentence decided by one of the guide's borderline rules.
Email-level labels are derived with the guide's scale only (no hand overrides):
0 = no sentence carries the label; 1 = exactly one does, or all that do are borderline;
2 = at least two do and at least one of them is not borderline.
Every third email (3, 6, 9, ...) is written with curly apostrophes.
"""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["hard_close", "self_serving", "timidity"]
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}

# Each email: (subject, salutation, [paragraph, ...], sign-off); paragraph = [(sentence, code, note), ...]
EMAILS = [
# 1 veterinary practice software - formal
("Appointment reminders for Harbourside Vets", "Dear Dr. Okafor,", [
 [("Thank you for showing me the front desk on Tuesday; the queue at eight o'clock made the problem plain.", "N", "pleasantry tied to the visit"),
  ("Our reminder module cut no-shows by a fifth at a three-vet clinic in Leeds, which on your volumes would free roughly nine consults a week.", "N", "social proof tied to the prospect's situation"),
  ("The trial licence you asked for is attached, though I'd point out that the two practices down the road signed last month and are already filling those slots.", "H", "legit attachment + peers-already-switched FOMO clause")],
 [("Beyond reminders, the platform offers lab integration, stock control, loyalty cards, SMS, a client app, telehealth and a boarding planner.", "S", "feature list not tied to the prospect's outcome"),
  ("I've reserved Thursday the 14th for your onboarding call, so please send card details for the first quarter by Wednesday.", "H", "assumptive onboarding and payment before any yes"),
  ("P.S. The API notes for your lab system sit in the same folder as the trial licence, and forgive the long email, I know your mornings are hectic.", "T", "legit link + apology for the length of the email, rule 3")],
], "Kind regards,\nMarcus Hale\nClinicFlow"),

# 2 crane hire - blunt
("Saturday lift, Carver Street", "Hi Dev,", [
 [("Quote for the 60-tonne mobile crane is below: £2,850 for the day, operator and slinger included.", "N", "price the prospect asked for"),
  ("You asked about the Saturday lift on Carver Street, and I'll say it plainly: if you don't lock it in now, you'll be begging for a crane in March like everyone else.", "H", "legit reference to the prospect's request + now-or-never pressure clause"),
  ("The council's road-closure permit takes ten working days, so the application has to go in by the 3rd for that Saturday to hold.", "N", "borderline: real external constraint (permit lead time) stated once with the reason, rule 4")],
 [("The crane will be on site from 6 a.m. with a banksman, and honestly, most site managers I deal with would have had this booked a fortnight ago.", "H", "legit logistics + shaming clause"),
  ("I've pencilled your job into the diary and raised the deposit invoice, so it goes ahead unless you shout.", "H", "assumptive invoice plus silence-means-yes"),
  ("Sorry if that sounds a bit much, I don't mean to be pushy.", "T", "apology for 'being pushy', rule 3")],
], "Rob\nBellway Lifting"),

# 3 school uniforms - warm, curly
("Blazer samples for Ashgrove Primary", "Hi Mrs. Pennington,", [
 [("It was lovely to meet you and the PTA at the open evening!", "N", "pleasantry"),
  ("I'm so sorry again for keeping you so late, and sorry too that our blazers come in above what you pay now.", "T", "repeated apology, including for the price")],
 [("The sample pack with the embroidered crest is on its way and should reach the school office on Friday, and I do hope that's all right with you.", "T", "legit delivery date + approval-seeking clause"),
  ("Would you maybe be able to, if it isn't too much bother, perhaps pass it round the governors at some point?", "T", "stacked hedges plus permission-seeking, rule 2"),
  ("The blazers are machine-washable at 40 degrees, and if it helps I could knock 15% off the whole order straight away.", "T", "legit product detail + unprompted discount clause, rule 7"),
  ("Our family has been stitching school uniforms in Bradford since 1952.", "S", "borderline: heritage line, rule 8")],
], "Warmly,\nJoanne Firth\nFirth & Daughters Schoolwear"),

# 4 payroll - chatty
("Overtime rules + pricing", "Hey Priya,", [
 [("Great chatting yesterday about the overtime muddle with your warehouse shifts.", "N", "pleasantry"),
  ("For context, your Q3 overtime export showed 14% of hours paid at the wrong rate, which comes to roughly £6,200 a month.", "N", "borderline: quantified cost from the prospect's own data offered as information, rule 5"),
  ("The pricing you asked for is in the attached sheet, and I'll be straight with you: landing this one before the 31st would put me over target for the half.", "HS", "legit attachment + seller's target tied to a date for this deal, rule 16")],
 [("My manager is also keen to get your logo onto our customer page.", "S", "seller's manager and a logo favour"),
  ("Implementation takes three weeks, and whatever budget you've got, just tell me the number and I'll make it work.", "T", "legit fact + name-your-number concession, rule 7"),
  ("Does Thursday at 2 work to map your pay rules with our implementation lead?", "N", "clear next step with a date")],
], "Cheers,\nTom"),

# 5 solar farm O&M - formal, clean
("Holloway Farm array: string 7 findings", "Dear Ms. Adebayo,", [
 [("Thank you for the survey data for the Holloway Farm array.", "N", "pleasantry"),
  ("Inverter string 7 is running about 11% below its neighbours, which points to soiling or a failed bypass diode rather than shading.", "N", "insight"),
  ("I'd recommend a thermal drone pass before the cleaning contract is renewed, since it would tell you which of the two it is.", "N", "confident recommendation with a reason")],
 [("The grid operator's curtailment rules change on 1 April, so it's worth having the monitoring upgrade in place before then.", "N", "borderline: real external date stated once with the reason, rule 4"),
  ("Could we walk through the findings with your asset manager on Wednesday the 9th at 10:00?", "N", "clear next step with a date")],
], "Yours sincerely,\nAlan Mercer\nBrightfield O&M"),

# 6 commercial printing - very deferential, curly
("Spring catalogue proofs", "Dear Mr. Castellano,", [
 [("Please forgive me for writing again, and forgive me also for the length of my last message.", "T", "apology for following up and for length"),
  ("The proofs for the spring catalogue are attached with the Pantone corrections you marked.", "N", "logistics")],
 [("I truly hope our quotation has not disappointed you in any way.", "T", "approval-seeking"),
  ("Should the price be too high, please tell me what figure you had in mind and I will do my very best to match it.", "T", "name-your-number concession, rule 7"),
  ("The 2,000-copy run can be on your loading dock within six working days of approval, and we were named Printer of the Year by the regional print guild twice running.", "S", "legit lead time + generic award boast, rule 8"),
  ("Could you let me know whether the run is still planned for March, whenever you've a spare moment, of course?", "T", "legit question + whenever-you-get-a-chance minimiser")],
], "With respect,\nGiles Arundel\nArundel Press"),

# 7 pet insurance partner scheme - blunt
("Referral scheme for your four clinics", "Hi Sam,", [
 [("Following up on the referral scheme we discussed for your four clinics.", "N", "borderline: single following-up line, rule 13"),
  ("I can see the proposal has been opened six times this week, so it isn't that you haven't seen it.", "H", "opened-but-unanswered guilt, rule 13"),
  ("Clients who take out cover at the first vaccination visit approve recommended treatment about three times as often, which lifts your average invoice.", "N", "value tied to the prospect")],
 [("The reception leaflets are printed with your practice name on them, and if Friday passes without a word, your clinical director will be getting a copy from me directly.", "H", "legit detail + bypass threat, rule 12"),
  ("Happy to run the first month's figures for you once it's live, and the other two practices in your group already said yes, so you'd hardly want to be the one holding out.", "H", "legit offer + peers-already-switched shaming clause")],
], "Luke Barrow\nPawSure Partnerships"),

# 8 boat engines - non-native English
("Repower for the water taxi", "Hello Mr. Lindqvist,", [
 [("Thank you for the photos of the two outboards on your water taxi.", "N", "pleasantry"),
  ("From the corrosion on the lower units I think a repower is more sensible than a rebuild, because the gearcase parts alone are 60% of a new engine price.", "N", "borderline: expert recommendation backed by evidence, rule 6"),
  ("Our company is the biggest marine dealer on all the southern coast and we win the manufacturer dealer award five years.", "S", "generic boast, rule 8")],
 [("The two 150 hp engines you want are in stock in Gdańsk, and I must say also that this month I am very near my bonus, so your order before the 30th is helping me very much.", "HS", "legit stock fact + bonus tied to an order date, rule 16"),
  ("Delivery take six working days and our mechanic can fit them at your pier, and I already make the invoice so you can pay this week.", "H", "legit logistics + assumptive invoice before a yes"),
  ("Please, I will be so thankful if you say yes, it is very important for me.", "ST", "pleading for the seller's own sake, rule 15")],
], "Best regards,\nTomasz Wierzbicki\nBaltic Marine Power"),

# 9 lab reagents - terse, curly
("CoAs + anti-CD4 availability", "Dr. Haas,", [
 [("Certificates of analysis for lots 2231 and 2232 attached.", "N", "logistics"),
  ("The anti-CD4 clone you asked about ships Tuesday, and frankly any lab still trusting the cheaper supplier's antibody is gambling its grant money.", "H", "legit ship date + shaming clause"),
  ("Three other groups in your building have already moved their orders over to us.", "H", "peers-already-switched pressure"),
  ("The clone is validated for flow and IHC, and we were Supplier of the Year at the last two Lab Expos.", "S", "legit product detail + award boast, rule 8"),
  ("List prices rise 4% on 1 March when the manufacturer's new price book takes effect.", "N", "borderline: factual price change stated once with a reason, no urgency language, rule 4"),
  ("Send your PO today and I'll reserve the vials; there are two in the freezer and a core facility across town has been asking about them.", "H", "legit order step + manufactured scarcity / rival buyer")],
], "K. Brandt\nLumen Reagents"),

# 10 hotel linen - warm, clean
("Linen par levels for the rooftop wing", "Hi Aisha,", [
 [("Thanks for the tour of the laundry room last week, and congratulations on opening the rooftop wing.", "N", "pleasantry"),
  ("Sorry to hear the flood set your housekeeping team back by a few days.", "N", "sympathy, not an apology for selling")],
 [("Based on your occupancy figures, a par level of 3.5 sets per room would stop the afternoon shortages without tying up cash in stock.", "N", "value tied to the prospect's data"),
  ("We can switch just the suites to the heavier 250-thread sheets, which keeps the cost change under 2%.", "N", "borderline: one polite 'just' in a harmless sense, rule 1"),
  ("Our van routes change in January, so collections would move to Tuesday mornings.", "N", "logistics"),
  ("Would Monday at 3 suit for a call with your head housekeeper?", "N", "next step with a date")],
], "Best,\nNora Quinlan\nQuinlan Linen Services"),

# 11 forklift leasing - blunt
("Lease for the three electric trucks", "Gary,", [
 [("You said on the phone that your finance committee approves leases on the 20th.", "N", "the prospect's own date"),
  ("The lease documents are attached; there's no need to wait for the committee, sign it yourself today and let them catch up afterwards, so the trucks ship Monday.", "H", "legit attachment + overriding the prospect's own process"),
  ("The electric models cut your charging cost by about £40 per truck per week against the LPG units you run now.", "N", "value tied to the prospect")],
 [("I also put my neck on the line with our credit team to get you these terms, so I think I've earned a yes or no by tonight.", "HS", "seller's standing and favours pulled as guilt, plus a demand, rule 15"),
  ("Call me on the mobile if anything in clause 9 needs explaining, and if I hear nothing by 5 I'll take it that we're going ahead.", "H", "legit offer of help + silence-means-yes clause")],
], "Dean Carter\nLiftline Leasing"),

# 12 festival staging - chatty, curly
("Main stage roof for Meadowfest", "Hey Marlon!", [
 [("Loved the line-up announcement, the Sunday headliner is a huge get.", "N", "pleasantry"),
  ("So we've just launched our brand-new modular roof system and the whole crew is buzzing about it!", "S", "I/we-centric announcement with no customer value"),
  ("We've built stages for over 400 festivals, worked with every big promoter in the country, and our riggers have more trophies than shelf space.", "S", "generic boasts, rule 8")],
 [("For your main field, the 18-metre roof copes with the wind loading the site survey flagged, and it's the same roof that won us Best Temporary Structure at the industry awards three years running.", "S", "legit product fit + award boast clause, rule 8"),
  ("The hire quote you asked for is attached, and I'll need your deposit by Friday or the roof goes to the next festival on my list.", "H", "legit quote + ultimatum with scarcity"),
  ("Can I get on a call with you and your production manager next Tuesday to go through the stage plot?", "N", "next step with a date"),
  ("P.S. The stage plot PDF is attached, and any chance you'd put our logo on the festival's partner page?", "S", "legit attachment + logo favour for the seller, rule 10")],
], "Cheers,\nKat\nRigRight Staging"),

# 13 translation - very deferential
("Your IFU translations", "Dear Ms. Moreau,", [
 [("I hope you will not mind me writing to you once more about the manual translations.", "T", "approval-seeking for a normal follow-up"),
  ("I understand completely if you are too busy, and please do not feel any obligation to reply at all.", "T", "minimising, releasing the prospect")],
 [("Our translators are certified medical linguists, which your notified body requires for the IFU documents.", "N", "borderline: credential the buyer's process requires, rule 8"),
  ("Our team can deliver all 14 languages in five weeks, and we have been translating for the medical sector for almost thirty years, with offices in Lyon, Milan and Leipzig.", "S", "legit delivery time + years-in-business and offices boast, rule 8"),
  ("The German and Italian sample pages you asked for are attached, and I hope very much that they are good enough for you.", "T", "legit attachment + approval-seeking clause"),
  ("I am afraid our rate is a little high, and I am sorry for that; perhaps I could reduce it by whatever amount you feel is fair?", "T", "apology for price + name-your-number concession")],
], "With kind regards,\nElena Rossi\nVerbum Medical Translations"),

# 14 pipe organ restoration - formal
("Condition report, St Aidan's organ", "Dear Canon Whitlock,", [
 [("Thank you for allowing our voicer to examine the Great division on Monday.", "N", "pleasantry"),
  ("The leather on the pallets has perished across the Swell, which is why notes cipher in damp weather.", "N", "insight"),
  ("The Heritage Fund round closes on 28 February and the application needs our condition report, so I will have it with you by the 14th.", "N", "borderline: real external deadline with the reason, rule 4")],
 [("Our firm has cared for cathedral organs for five generations and holds a Royal Warrant.", "S", "heritage plus a generic credential boast, rule 8"),
  ("I am sure you appreciate that I have already given a great deal of time to this survey without charge, and I would expect the courtesy of a reply this week.", "HS", "seller's effort offered as guilt with a demand, rule 15"),
  ("The full quotation is enclosed, and I must mention that my director wants the contract signed before our financial year ends in March, so I would be grateful for the Chapter's decision before then.", "HS", "legit enclosure + manager's wish as the reason for a decision date, rule 16")],
], "Yours faithfully,\nHenry Ashdown\nAshdown & Sons Organ Builders"),

# 15 fish feed - terse, clean, curly
("Pen 4 trial results", "Hi Ingrid,", [
 [("FCR numbers from your pen 4 trial attached.", "N", "logistics"),
  ("The high-energy diet got you to 4.2 kg harvest weight nine days sooner than the control pens.", "N", "value from the prospect's data"),
  ("At your current feed price that's a saving of about NOK 0.38 per kilo produced.", "N", "quantified value from the prospect's data"),
  ("I'd suggest running it across pens 5 to 8 next cycle to confirm before committing the whole site.", "N", "confident recommendation"),
  ("Can we go through it with your site manager on the 12th?", "N", "next step with a date")],
], "Erik\nNordAqua Feeds"),

# 16 church roofs - warm, guilt
("South aisle roof, St Mary's", "Dear Reverend Okonjo,", [
 [("I hope the Harvest Festival went well.", "N", "pleasantry"),
  ("Three of my own evenings went into redrawing the lead-work specification for St Mary's, and the silence since has left me feeling rather taken for granted.", "HS", "seller's effort and feelings as guilt, rule 15"),
  ("The quote for the south aisle, £38,400 including scaffolding, still stands as we discussed.", "N", "borderline: logistics line inside a pushy email, rule 14"),
  ("Our lead-work carries a 25-year guarantee, and our roofers were featured in Period Homes magazine last spring.", "S", "legit guarantee + press-feature boast, rule 8")],
 [("The lead will go on before the first frosts if we start in October, and if the parish lets it slide past winter you'll be emptying buckets in the nave for another decade.", "H", "legit schedule + now-or-never pressure clause"),
  ("It was kind of you to give a small firm like ours any thought at all.", "T", "thanking them for even considering, rule 11")],
], "With every blessing,\nPeter Hollis\nHollis Heritage Roofing"),

# 17 HVAC - chatty
("Building C rooftop units", "Hi Brenda,", [
 [("Your maintenance logs show the rooftop units on Building C running 30% longer cycles than Building B, which usually means a refrigerant leak.", "N", "insight from the prospect's data"),
  ("Replacing the two oldest units would cut your summer peak demand charge by roughly $1,100 a month.", "N", "value tied to the prospect"),
  ("The utility's efficiency rebate closes with this calendar year, so a December install would qualify for the $4,000 credit.", "N", "borderline: rebate programme closing, stated once with the reason, rule 4")],
 [("The two-unit quote is attached, and I can take 12% off the install if you sign by Friday, since that's when my quarter closes.", "HST", "legit quote + discount tied to the seller's quarter date, rules 7 and 16"),
  ("We run 40 trucks, our techs are all certified, and we've been voted the county's best HVAC contractor six years straight.", "S", "generic boasts, rule 8"),
  ("The new units are 20% quieter than your current ones, and I've already put you down for the 22nd with the crane, so just send the card details.", "H", "legit product detail + assumptive booking and payment demand")],
], "Thanks,\nMike Torres\nCoolFlow Mechanical"),

# 18 court transcription - formal, curly
("Reyes deposition transcript", "Dear Ms. Gallagher,", [
 [("Following up on the transcription estimate for the Reyes deposition.", "N", "borderline: single following-up line, rule 13"),
  ("Our reporters can deliver an expedited transcript within 48 hours, which fits the filing date of the 17th you mentioned.", "N", "value tied to the prospect's own date"),
  ("Four emails and not one reply, which is frankly surprising from a firm of your standing.", "H", "counting attempts at the prospect + sarcasm, rule 13")],
 [("Our rate sheet is attached, and if the silence continues I will copy your managing partner on the next one.", "H", "legit attachment + bypass threat, rule 12"),
  ("The reporter's certification number is on page 2, though I'm frankly not sure why I keep sending details to someone who never writes back.", "H", "legit detail + sarcasm aimed at the prospect's silence (rests on the prospect's conduct, rule 15: hard_close only)")],
], "Regards,\nDaniel Pryce\nVeritas Court Reporting"),

# 19 farm drones - chatty/warm, timid
("Nitrogen mapping for the north fields", "Hi Hamish,", [
 [("Great to see the barley coming up on the north fields in your photos.", "N", "pleasantry"),
  ("Only floating this back to the top of your pile in case the spraying demo is still of any interest at all.", "T", "minimising follow-up as the purpose of the email"),
  ("I totally get that you're flat out, so honestly, next week, next month or after harvest, it's all the same to me.", "T", "no ownership of timing, zero urgency")],
 [("The drone maps nitrogen variability at 2 cm resolution, so you'd see exactly where the headlands are under-fed, and pretty much every big estate in the county has signed up this season.", "H", "legit product detail + peers-already-bought FOMO clause"),
  ("The day rate is £480 for up to 200 hectares, but if that put you off I'm happy to drop it to whatever you think is fair.", "T", "legit price + name-your-number concession, rule 7"),
  ("Sorry, I know I've been a pest about this.", "T", "self-abasing apology for following up, rule 3")],
], "Thanks a million,\nFiona\nSkyField Agronomy"),

# 20 orthodontic aligners - formal, clean
("Refinement rates and a pilot", "Dear Dr. Varga,", [
 [("Thank you for sending the refinement rates from your last 60 aligner cases.", "N", "pleasantry"),
  ("Your refinement rate of 38% is well above the 20% we see in practices using our attachment templates, mostly because of rotations on lower premolars.", "N", "insight tied to the prospect's data"),
  ("I'd suggest a pilot on your next ten adult cases, which would show whether the templates close that gap for you.", "N", "confident recommendation")],
 [("I'd rather hold the lab-fee conversation until we know how many chair hours fewer refinements would hand back to your team.", "N", "respectful push-back redirecting to value"),
  ("Could we meet at your Buda clinic on Thursday the 18th at 8:30, before your first patient?", "N", "next step with a date")],
], "Kind regards,\nDr. Lena Brandt\nClearPath Aligners"),

# 21 fleet telematics - blunt, curly
("Trackers for the 45 vans", "Carl,", [
 [("You told me the board signs off capital spend on the 2nd, so the final quote will be with you by the 28th.", "N", "the prospect's own deadline"),
  ("Your own fuel cards show 19% of spend going on idling across the 45 vans, about £2,300 a month.", "N", "borderline: quantified cost from the prospect's data, offered as information, rule 5"),
  ("Sitting on this until the new year means roughly another seven grand gone, so the sooner you stop dithering the better.", "H", "borderline: plausible cost of delay used to push, rule 5")],
 [("You have to put trackers on this fleet, end of story.", "H", "directive telling the prospect what they must have, rule 6"),
  ("The installer needs two days on site, and my manager is on my back about this one, so a signature by Friday would get him off it.", "HS", "legit logistics + manager's wish as the reason for a signing date, rule 16"),
  ("The units come with a three-year SIM plan, and I've already ordered all 45 on your account so they're here for install week.", "H", "legit product detail + assumptive order before a yes")],
], "Steve\nTrakline Fleet"),

# 22 scaffolding - chatty
("Mill Lane + final invoice", "Hi Jo,", [
 [("Glad the tower came down without a hitch on Friday and the client's happy with the render.", "N", "pleasantry"),
  ("While it's fresh, would you do me a favour and leave us a five-star Google review?", "S", "borderline: review asked of a happy customer right after value, rule 10"),
  ("And if you pass our name to the developer on the Mill Lane job, I'll knock 10% off your next hire.", "ST", "borderline: discount offered to win a referral, rule 7"),
  ("Honestly, I'd be chuffed to bits if you did, we've had a slow month.", "S", "seller's feelings and slow month, no blame or demand, rule 15 (self_serving only)")],
 [("The invoice for the final week is attached, with the two days of standing time taken off as agreed.", "N", "logistics"),
  ("Your Elm Road job needs a loading bay on the second lift, so I've drawn one in.", "N", "technical need, not a directive")],
], "Ta,\nLiam\nStraightup Scaffolding"),

# 23 EV chargers - formal
("Chargers for Riverside Retail Park", "Dear Mr. Osei,", [
 [("Thank you for the car park layout and the electrical single-line diagram.", "N", "pleasantry"),
  ("Your supply has about 110 kVA of headroom, enough for six 22 kW chargers without a substation upgrade.", "N", "insight tied to the prospect's site"),
  ("I'm thrilled to share that our ChargeHub 3 has just won Product of the Year at the EV Infrastructure Awards!", "S", "award boast, rule 8")],
 [("The chargers take both card and app payments, and several of your neighbours on the park already have theirs in, so shoppers are choosing their bays over yours.", "H", "legit product detail + competitors-already-bought pressure"),
  ("The layout drawing is attached, and I'll need your yes by the 15th, after which I can't promise to hold this layout for you.", "H", "legit attachment + first-person ultimatum with no seller reason, judged by rule 4 (rule 16)"),
  ("Your facilities team would need to clear the two end bays for trenching on the day.", "N", "technical prerequisite")],
], "Yours sincerely,\nRuth Adeyemi\nVoltBay"),

# 24 industrial coatings - non-native English, curly
("Floor coating for the battery room", "Dear Mr. Fischer,", [
 [("Sorry, sorry, I am writing you again about this topic of floor coating.", "T", "repeated apology for following up, rule 3"),
  ("I hope you are not angry that I send the datasheet one more time.", "T", "approval-seeking"),
  ("Our epoxy system is rated for forklift traffic and for acid splash in your battery room, and I think maybe it could possibly be good for you, if you agree.", "T", "legit product detail + stacked hedges with permission-seeking, rule 2")],
 [("About the price, I must ask my boss if maybe we can give some discount, and I will come back to you.", "T", "deferring a discount question to the manager, rule 12"),
  ("The cure time is 24 hours, so your line can be back in use after one weekend.", "N", "value tied to the prospect"),
  ("Also I'm sorry that my English is not so good, please forgive me for everything.", "T", "self-abasing apology, rule 3")],
], "Best regards,\nMehmet Yilmaz\nAnatolia Coatings"),

# 25 restaurant POS - chatty, clean
("Printer lag + card fees", "Hey Luca,", [
 [("Thanks for letting me watch Friday service, that kitchen moves fast.", "N", "pleasantry"),
  ("Apologies that the fee table I sent on Friday had last year's rates in it; the corrected version is attached.", "N", "borderline: single courtesy apology for a real error, with the fix, rule 3")],
 [("The ticket printer lag you mentioned is the old router, not the till, so swapping it is a £60 fix whichever system you choose.", "N", "insight"),
  ("Your card fees are running at 1.9% and our flat rate is 1.4%, which on your takings is about £450 a month back.", "N", "value from the prospect's data"),
  ("Would next Tuesday at 3, between lunch and dinner, work for a walkthrough with your floor manager?", "N", "next step with a date")],
], "Cheers,\nAmara\nTabletop POS"),

# 26 warehouse racking inspection - blunt
("Aisle 6 uprights", "Hello Bridget,", [
 [("I've left three voicemails now, and I'm starting to think your phone only makes outgoing calls.", "H", "counting attempts + sarcasm at the prospect, rule 13"),
  ("The inspection found two bent uprights in aisle 6, which have to be replaced before those bays can be loaded again.", "N", "borderline: technical prerequisite, rule 6"),
  ("Our engineers are SEMA-approved, as your insurer's audit requires.", "N", "borderline: credential required by the buyer's process, rule 8"),
  ("The full inspection report is attached, and our firm has been inspecting racking since 1979, with a wall of safety awards to show for it.", "S", "legit attachment + years-in-business and awards boast, rule 8")],
 [("The replacement frames are in our yard, and I'll be on site Monday to fit them whether or not I hear from you.", "H", "legit stock fact + turning up uninvited / assumptive"),
  ("Send the purchase order today and I'll have the invoice with your accounts team by lunch.", "H", "assumptive payment step before a yes")],
], "Regards,\nColin\nRackSafe Inspections"),

# 27 sign language interpreting - warm, curly
("Interpreters for the May conference", "Hi Dana,", [
 [("Thank you for thinking of us for the conference in May.", "N", "pleasantry"),
  ("We're so excited to tell you that we just passed 10,000 interpreted hours and got a shout-out from the mayor!", "S", "I/we-centric boast with exclamation, rule 8"),
  ("For a two-day event with three breakout rooms you'll want two interpreters per room, since they swap every 20 minutes to stay accurate.", "N", "expert advice tied to the event")],
 [("I've held the team for those dates, so please send the booking fee this week and we're all set.", "H", "assumptive payment before a yes"),
  ("Could we also feature your conference as a case study on our website once it's done?", "S", "favour for the seller, not after delivered value, rule 10"),
  ("P.S. I'll confess I've got my heart set on this one, it would be a joy for our team to work.", "S", "seller's feelings with no blame or demand, rule 15 (self_serving only)")],
], "Warmly,\nSiobhan\nClearHands Interpreting"),

# 28 greenhouse lighting - very deferential
("LED retrofit, glasshouse 3", "Dear Mr. van Dijk,", [
 [("I do hope you might forgive me for intruding on your week once more.", "T", "apology for normal follow-up"),
  ("Would it perhaps be at all possible, I wonder, to arrange a short call at a time that suits you, if that is not too much of an imposition?", "T", "stacked hedges plus permission-seeking, rule 2")],
 [("The LED retrofit would cut your lighting energy per square metre by about 40% against the sodium fittings in glasshouse 3.", "N", "value tied to the prospect"),
  ("The tomato growers we supply in Westland kept the same fruit weight at lower light sums once they shifted the spectrum towards far-red, so I'd trial that on one bay first.", "N", "borderline: social proof turned into advice, rule 8"),
  ("The fittings carry a seven-year warranty, and naturally I would be very happy to take a good slice off the price before we go any further.", "T", "legit product detail + unprompted discount, rule 7"),
  ("The payback on your current tariff is about three years, and I do apologise for the price, which I know is more than you were hoping to spend.", "T", "legit payback figure + apology for the price, rule 3")],
], "With my sincere respects,\nPieter Jansen\nLumiGrow Horticulture"),

# 29 lift maintenance - blunt
("Lift contract renewal", "Mr. Harlow,", [
 [("Your lift maintenance contract with us ends on 31 March.", "N", "logistics"),
  ("The thorough examination on car 2 is due on 9 April, and the regulations require an insurer-approved inspector for it.", "N", "borderline: real regulatory date stated once with the reason, rule 4"),
  ("If the renewal isn't back by Friday, this year's rate dies with it and you drop to the back of the call-out queue.", "H", "ultimatum with a threat")],
 [("Your two call-outs this year were both answered within 90 minutes, per the attached log, and three other buildings on your street have already renewed with us for two years.", "H", "legit record + peers-already-switched pressure clause"),
  ("The renewal form is attached, and if it slips I'll go straight to your facilities director, who I know wants this kept with us.", "H", "legit attachment + bypass threat, rule 12"),
  ("The renewal keeps your 24-hour cover on both cars, and our regional manager has told me it must be closed by the end of the month for our targets, so I'd appreciate the form back by then.", "HS", "legit cover detail + manager and targets as the reason for a return date, rule 16")],
], "B. Kowalczyk\nSummit Lift Services"),

# 30 water treatment - formal, clean, curly
("Cooling tower cycles of concentration", "Dear Mrs. Achterberg,", [
 [("Thank you for the cooling tower water analysis from last Tuesday.", "N", "pleasantry"),
  ("Your conductivity readings suggest the tower is cycling only about three times, so a lot of treated water is going to drain.", "N", "insight from the prospect's data"),
  ("Raising that to five cycles with our scale inhibitor would save about 1,800 cubic metres of make-up water a year at your site.", "N", "value tied to the prospect")],
 [("Your Legionella risk assessment is due for review in June, so we could align the new dosing plan with it.", "N", "borderline: real regulatory date, stated once, rule 4"),
  ("Our chemist is checking whether your existing dosing pumps can handle the new inhibitor, and I'll have her answer to you on Thursday.", "N", "checking with a colleague on a technical matter, with a date"),
  ("Would a site visit on the 21st be convenient?", "N", "next step with a date")],
], "Kind regards,\nFrans Dekker\nAquaGuard Water Treatment"),

# 31 kitchen exhaust cleaning - chatty
("Re: ductwork contract", "Hi Marco,", [
 [("Thanks for letting me know you're going with another contractor for the ductwork.", "N", "neutral acknowledgement"),
  ("Completely fair, I'll pop back in touch after Easter then.", "T", "accepting the brush-off without a single question, rule 11"),
  ("Absolutely no grudges here, and thanks so much for even giving us a look.", "T", "pre-emptive release + thanking for considering, rule 11")],
 [("One thing worth checking: a kitchen your size has to have the grease ducts cleaned to bare metal every quarter under the fire code, so ask them for before-and-after photos.", "N", "borderline: leaving value behind after a no, rule 11"),
  ("Our crews clean for every Michelin-starred kitchen in the city, by the way.", "S", "generic boast, rule 8"),
  ("Honestly, I'm a bit gutted, we really wanted this one.", "S", "seller's feelings with no blame or demand, rule 15 (self_serving only)")],
], "All the best,\nDes\nFlueClean"),

# 32 legal e-discovery - formal
("Hartmann review: engagement letter", "Dear Mr. Whitfield,", [
 [("Thank you for the overview of the Hartmann litigation and the 2.1 million documents in scope.", "N", "pleasantry"),
  ("Our continuous active learning model typically cuts first-pass review volume by 60% in a production that size, which would bring your review well inside the court's 30 June deadline.", "N", "value tied to the prospect's real deadline")],
 [("A draft engagement letter is attached, and I should be transparent that our regional director has asked me to have it signed before our fiscal half closes on the 31st.", "HS", "legit attachment + manager's wish setting a signing date, rule 16"),
  ("Our reviewers work in German and English, and we are backed by three of Europe's largest legal-tech investors and ranked first in the Legal Tech Index.", "S", "legit capability + investors and rankings boast, rule 8"),
  ("I would also be delighted to give you the full tour of every module we offer, along with the awards our analytics team has won.", "S", "show-off tour of everything, rule 9"),
  ("Would Tuesday at 11 work to go through the review protocol with your litigation support team?", "N", "next step with a date")],
], "Yours sincerely,\nCaroline Beaumont\nLexSift Discovery"),

# 33 trade show booths - chatty, curly
("Booth render + price", "Hi Tasha,", [
 [("Here's the render of the 6x9 booth with the product wall you sketched.", "N", "logistics"),
  ("The price you asked for is £14,200 all-in, and honestly you'd be mad to let another exhibitor grab our last build slot for that week.", "H", "legit price + scarcity and shaming clause"),
  ("Three of your rivals at the show have already booked us, so you won't want to be the odd one out in hall B.", "H", "competitors-already-bought pressure")],
 [("Lighting is LED throughout, so the stand stays under the organiser's 6 kW power limit, and I've already booked the electrician for your build day on the assumption you're in.", "H", "legit product detail + assumptive booking before a yes"),
  ("I really need this one to land this month to hit my number, so help me out here.", "HS", "seller's target tied to a time frame for this deal + 'help me out', rule 16"),
  ("P.S. I can knock another £1,000 off if that's what it takes.", "T", "unprompted, unconditional discount, rule 7")],
], "Cheers,\nOllie\nBoothCraft"),

# 34 fire sprinkler inspection - non-native English
("Annual sprinkler inspection", "Dear Mr. Nakamura,", [
 [("Thank you for your time in the meeting at your warehouse on Monday.", "N", "pleasantry"),
  ("According to the standard, the sprinkler system of your warehouse must have the annual inspection before 15 May, otherwise the insurance is not valid.", "N", "borderline: real external constraint with the reason, stated once, rule 4"),
  ("We can do the inspection on 2 May and the report is ready three days after, and our company is the most famous fire protection company in Osaka with many prizes.", "S", "legit date offer + generic boast, rule 8")],
 [("Maybe we could possibly also, if you think it is okay, check the fire pump in the same visit?", "T", "stacked hedges plus permission-seeking, rule 2"),
  ("The price is in the attached offer, and please excuse me for it, it is a little expensive and I am really sorry.", "T", "legit attachment + apology for the price, rule 3"),
  ("Our inspector can also show your staff how to check the valves, and if your company is serious about safety, you will sign it today.", "H", "legit offer + shaming and demand clause")],
], "Best regards,\nKenji Sato\nSafeFlow Fire Protection"),

# 35 audiobook narration - warm, clean
("Two voices for the sisters", "Hi Rosalind,", [
 [("I listened to the first chapter of the manuscript and loved the two voices you imagined for the sisters.", "N", "pleasantry"),
  ("Here's a five-minute sample with both voices, recorded in our Bristol studio.", "N", "logistics"),
  ("A 90,000-word novel comes to about ten finished hours, which fits the August release your publisher set.", "N", "the prospect's own date")],
 [("I'd recommend recording the dialogue-heavy chapters first, since that's where the sisters' voices settle in.", "N", "confident recommendation"),
  ("Shall we get on a call Thursday morning to talk through casting?", "N", "next step with a date"),
  ("P.S. Sorry to hear your launch event had to move; I hope the new venue works out.", "N", "sympathy, rule 3 (not borderline)")],
], "Warmly,\nMaya\nInkwell Audio"),

# 36 bakery ovens - blunt, curly
("Deck oven quote", "Hi Gordon,", [
 [("The deck oven quote you asked for is attached: £24,500 installed, with the steam module.", "N", "price the prospect asked for"),
  ("Take it by Thursday and I'll throw in 8% off; come Friday, that discount is off the table.", "HT", "discount conditioned on the seller's date, no seller reason given, rule 7"),
  ("Don't overthink it; this is the oven you have to have.", "H", "directive telling the prospect what they must have, rule 6")],
 [("Your oven's hours log shows 14% of bake time lost to recovery between loads, which the new deck would roughly halve.", "N", "insight from the prospect's data"),
  ("The steam module is the same one the Edinburgh craft bakeries use, and we're the number one oven supplier in Scotland, by the way.", "S", "legit product detail + 'number one' ranking boast, rule 8"),
  ("Our installer has the 12th free for the fit, so I'll need the 30% deposit from you by Monday.", "H", "legit install date + assumptive deposit demand")],
], "Cheers,\nRay\nHearth & Crumb Equipment"),

# 37 cold-chain data loggers - chatty
("Loggers for the vaccine contract", "Hi Ines,", [
 [("Great to hear the vaccine contract came through, and I'd be thrilled if you'd let us announce you as our newest customer on LinkedIn.", "S", "legit congratulation + favour for the seller (logo/announcement), rule 10"),
  ("I'd love to give you the grand tour of everything we make and tell you how our founders started the company in a garage.", "S", "show-off demo and 'our story', rule 9"),
  ("For the cold rooms you'd want the fixed-probe model, and our loggers also have Bluetooth, LTE, GPS, NFC, e-ink displays, a five-year battery, tamper alerts and a cloud API.", "S", "legit recommendation + feature list not tied to the outcome, rule 8")],
 [("For the contract's 2-8 °C requirement, the LTE model sends an alert within a minute of an excursion, so your drivers can act before a pallet is lost.", "N", "value tied to the prospect"),
  ("Want to see one on a live shipment?", "N", "borderline: bare demo ask, rule 9")],
], "Best,\nJonas\nFrostTrack"),

# 38 library RFID - formal, very deferential
("Self-service kiosks for the branch libraries", "Dear Mr. Abernathy,", [
 [("Thank you for your enquiry about self-service kiosks for the four branch libraries.", "N", "pleasantry"),
  ("On the question of a discount, I am afraid that is not something I can decide myself, so I shall need to put it to my regional manager.", "T", "deferring a discount question, rule 12"),
  ("I do apologise for the delay this will cause, and for any inconvenience my earlier quotation may have caused you.", "T", "repeated, self-abasing apology"),
  ("Installation takes one day per branch, and if it would help at all I could perhaps also lower that fee a little, only if you think that is acceptable.", "T", "legit fact + unprompted concession with hedges and approval-seeking, rule 7")],
 [("Tagging your 180,000 items would take our team about six weeks, which fits inside your summer closure, although of course we shall fit around whatever suits you best, with no hurry whatsoever.", "T", "legit schedule fact + zero-urgency deference clause"),
  ("The council's accessibility standard requires the kiosk screens at wheelchair height, and our units meet it.", "N", "borderline: requirement of the buyer's process, rule 8")],
], "Yours most respectfully,\nEdwin Marsh\nBiblioTag"),

# 39 van conversions - chatty, after a no, curly
("Re: your van build", "Hey Kiera,", [
 [("Saw your message that you've gone with the other converter.", "N", "neutral acknowledgement"),
  ("I redid that layout four times around your surfboards, so a bit of loyalty would've been nice.", "HS", "seller's effort as guilt after a decision, rule 15"),
  ("Expect a call from me every day this week, because I'm not letting this go until I've matched their quote.", "H", "badgering after a clear decision"),
  ("Five messages in, and I still haven't had a straight answer about why.", "H", "counting attempts at the prospect after a decision, rule 13")],
 [("Just so you've got it, the diesel heater spec I sent needs a separate fuel tap on the Transit, whoever fits it.", "N", "borderline: one polite 'just', leaving value behind, rules 1 and 11"),
  ("Best of luck with the trip.", "N", "pleasantry")],
], "Jay\nWanderbuild Vans"),

# 40 gym fit-out - terse, clean
("Studio floor plan", "Hi Farah,", [
 [("Floor plan for the new studio attached, with the rig against the north wall.", "N", "logistics"),
  ("The rig has to be anchored into the concrete, so the rubber tiles go down after the anchors are set.", "N", "technical prerequisite"),
  ("Your member survey put squat racks at the top of the wish list, so I've prioritised four over the extra cable machine.", "N", "value tied to the prospect's data"),
  ("Factory lead time is eight weeks, which gets the kit installed before your 1 March opening if we order by 3 January.", "N", "borderline: real lead time against the prospect's own date, rule 4"),
  ("Want me to walk your head coach through the layout on Friday?", "N", "next step with a date")],
], "Thanks,\nBen\nIronworks Fit-Out"),
]

# (industry, register) per email, in order; used for the README
META = [
    ('veterinary practice software', 'formal'),
    ('crane hire', 'blunt'),
    ('school uniforms', 'warm'),
    ('payroll', 'chatty'),
    ('solar farm O&M', 'formal'),
    ('commercial printing', 'very deferential'),
    ('pet insurance partner scheme', 'blunt'),
    ('boat engines', 'non-native English'),
    ('lab reagents', 'terse'),
    ('hotel linen', 'warm'),
    ('forklift leasing', 'blunt'),
    ('festival staging', 'chatty'),
    ('translation', 'very deferential'),
    ('pipe organ restoration', 'formal'),
    ('fish feed', 'terse'),
    ('church roofs', 'warm'),
    ('HVAC', 'chatty'),
    ('court transcription', 'formal'),
    ('farm drones', 'chatty'),
    ('orthodontic aligners', 'formal'),
    ('fleet telematics', 'blunt'),
    ('scaffolding', 'chatty'),
    ('EV chargers', 'formal'),
    ('industrial coatings', 'non-native English'),
    ('restaurant POS', 'chatty'),
    ('warehouse racking inspection', 'blunt'),
    ('sign language interpreting', 'warm'),
    ('greenhouse lighting', 'very deferential'),
    ('lift maintenance', 'blunt'),
    ('water treatment', 'formal'),
    ('kitchen exhaust cleaning', 'chatty'),
    ('legal e-discovery', 'formal'),
    ('trade show booths', 'chatty'),
    ('fire sprinkler inspection', 'non-native English'),
    ('audiobook narration', 'warm'),
    ('bakery ovens', 'blunt'),
    ('cold-chain data loggers', 'chatty'),
    ('library RFID', 'formal, very deferential'),
    ('van conversions', 'chatty'),
    ('gym fit-out', 'terse'),
]


def curly(s):
    return s.replace("'", "\u2019")


def labels_of(code):
    if code == "N":
        return ["NONE"]
    assert code and all(c in CODE for c in code), code
    labs = [CODE[c] for c in code]
    assert len(set(labs)) == len(labs), code
    return [l for l in ORDER if l in labs]


def email_scale(sents, label):
    carrying = [s for s in sents if label in s["labels"]]
    if not carrying:
        return 0
    if len(carrying) == 1 or all(s["note"].startswith("borderline:") for s in carrying):
        return 1
    return 2


def build():
    emails_out, sents_out = [], []
    sid = 0
    for i, (subject, salutation, paragraphs, signoff) in enumerate(EMAILS, 1):
        eid = "s14e%03d" % i
        use_curly = (i % 3 == 0)
        fix = curly if use_curly else (lambda s: s)
        subject, salutation, signoff = fix(subject), fix(salutation), fix(signoff)
        paras = []
        for p in paragraphs:
            cur = []
            for (t, c, n) in p:
                if t.startswith("P.S.") and cur:  # a P.S. always opens its own paragraph
                    paras.append(cur)
                    cur = []
                cur.append((fix(t), c, n))
            paras.append(cur)
        body = "\n\n".join(" ".join(t for (t, _, _) in p) for p in paras)
        text = salutation + "\n\n" + body + "\n\n" + signoff
        these = []
        pos = 0
        for p in paras:
            for (t, c, n) in p:
                sid += 1
                assert t == t.strip() and t, (eid, t)
                k = text.find(t, pos)
                assert k >= 0, ("not a verbatim substring", eid, t)
                pos = k + len(t)
                if not use_curly:
                    assert "\u2019" not in t, (eid, t)
                else:
                    assert "'" not in t, (eid, t)
                rec = {"id": "s14-%04d" % sid, "email": eid, "text": t, "labels": labels_of(c), "note": n}
                these.append(rec)
        assert 5 <= len(these) <= 7, (eid, len(these))
        labs = {l: email_scale(these, l) for l in ORDER}
        emails_out.append({"email": eid, "subject": subject, "text": text, "labels": labs})
        sents_out.extend(these)
    return emails_out, sents_out


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def check(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            rows.append(json.loads(line))
    return rows


README_HEAD = """# sealed14: held-out evaluation set for the Poise tone coach

40 hand-written sales emails (`test-emails.jsonl`) and their body sentences (`test.jsonl`), labelled with the three
categories of the tone-coach labelling guide: `hard_close`, `self_serving`, `timidity` (or `NONE`).

## How it was written

- Written by hand, from the labelling guide (`corpus/LABELS.md`) and the product description alone; no other data
  set, rule file or code was read. No sentence copies or paraphrases the guide's example sentences, and the
  textbook trigger phrases (the stock "checking in" / "act now" kind) were deliberately avoided so that faults are
  expressed in fresh wordings.
- Every email, its subject, salutation, sign-off and body sentences, each with a label code and a short note,
  lives in `build.py`. Running `python3 build.py` writes both JSONL files and this README.
- Sentence labels were decided one by one against the guide's definitions and borderline rules, then re-read once
  more against the guide. A note that starts with `borderline:` marks a sentence decided by one of the guide's
  borderline rules (section 5).
- Email-level labels are derived by the script with the guide's scale, with no hand overrides: 0 = no sentence
  carries the label; 1 = exactly one sentence does, or every sentence that does is borderline; 2 = at least two do
  and at least one of them is not borderline.
- The script checks that every sentence is a verbatim substring of its email text (in order), that every line of
  both files parses back to the same records, that each email has 5-7 sentences, and that apostrophes are
  consistent within each email.
- Salutations and sign-offs are in the email text but are not sentence entries; P.S. lines are sentence entries
  and open their own paragraph.
- Every third email (s14e003, s14e006, ...) uses curly apostrophes (U+2019); the rest use straight ones.

## What it tests

- About half of the faulty sentences put the fault in one clause beside something legitimate the rep must keep
  (a date the prospect named, a requested price, an attachment, a meeting ask, a product detail, an offer); their
  notes start with "legit ... +".
- Many `NONE` sentences are hard negatives: real external dates (permit lead times, regulations, rebate
  programmes, manufacturer price books), the prospect's own deadlines, quantified value from the prospect's own
  data, confident recommendations, a single "following up" line, one polite "just", a single courtesy apology with
  its fix, "sorry to hear" sympathy, technical prerequisites and required credentials.
- Faults use new wordings for the guide's ideas: the seller's feelings and effort as leverage, bypass threats,
  assumptive payment and booking steps, peers who already switched, the rep's quota / manager / bonus as the
  reason, boasts, awards and feature lists, unprompted discounts and name-your-number concessions, deferring
  discounts to a manager, self-abasement, stacked hedges, apologies for price or length, giving up at once.
"""


def write_readme(e2, s2):
    n = len(s2)
    none = sum(1 for s in s2 if s["labels"] == ["NONE"])
    per = Counter(l for s in s2 for l in s["labels"] if l != "NONE")
    multi = sum(1 for s in s2 if len(s["labels"]) > 1)
    border = sum(1 for s in s2 if s["note"].startswith("borderline:"))
    faulty = n - none
    mixed = sum(1 for s in s2 if s["labels"] != ["NONE"] and s["note"].startswith("legit"))
    fpe = Counter(s["email"] for s in s2 if s["labels"] != ["NONE"])
    clean = sum(1 for e in e2 if fpe[e["email"]] == 0)
    two = sum(1 for e in e2 if fpe[e["email"]] >= 2)
    ps = sum(1 for s in s2 if s["text"].startswith("P.S."))
    combos = Counter(" + ".join(s["labels"]) for s in s2)
    out = [README_HEAD, "## Counts (computed by build.py)\n",
           "| | Count |", "|---|---|",
           "| Emails | %d |" % len(e2), "| Sentences | %d |" % n,
           "| NONE | %d (%.1f%%) |" % (none, 100.0 * none / n),
           "| hard_close | %d |" % per["hard_close"], "| self_serving | %d |" % per["self_serving"],
           "| timidity | %d |" % per["timidity"], "| Multi-label sentences | %d |" % multi,
           "| Borderline sentences | %d |" % border,
           "| Faulty sentences with the fault in one clause beside legitimate content | %d of %d |" % (mixed, faulty),
           "| Emails with 2+ faulty sentences | %d |" % two, "| Clean emails | %d |" % clean,
           "| P.S. lines | %d |" % ps, "",
           "Label combinations: " + ", ".join("%s %d" % (k, v) for k, v in sorted(combos.items())), "",
           "Email-level scale (emails scoring 0 / 1 / 2):", ""]
    for l in ORDER:
        c = Counter(e["labels"][l] for e in e2)
        out.append("- %s: %d / %d / %d" % (l, c[0], c[1], c[2]))
    out += ["", "## Emails, industries and registers", "",
            "| Email | Industry | Register | Apostrophes | hard_close | self_serving | timidity |",
            "|---|---|---|---|---|---|---|"]
    for e, (ind, reg) in zip(e2, META):
        ap = "curly" if "\u2019" in e["text"] else "straight"
        L = e["labels"]
        out.append("| %s | %s | %s | %s | %d | %d | %d |" % (e["email"], ind, reg, ap, L["hard_close"], L["self_serving"], L["timidity"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    emails, sents = build()
    write_jsonl(os.path.join(HERE, "test-emails.jsonl"), emails)
    write_jsonl(os.path.join(HERE, "test.jsonl"), sents)
    e2, s2 = check(os.path.join(HERE, "test-emails.jsonl")), check(os.path.join(HERE, "test.jsonl"))
    assert e2 == emails and s2 == sents
    by_email = {e["email"]: e for e in e2}
    for s in s2:
        assert s["text"] in by_email[s["email"]]["text"]
    # statistics
    n = len(s2)
    none = sum(1 for s in s2 if s["labels"] == ["NONE"])
    per = Counter(l for s in s2 for l in s["labels"] if l != "NONE")
    multi = sum(1 for s in s2 if len(s["labels"]) > 1)
    border = sum(1 for s in s2 if s["note"].startswith("borderline:"))
    faulty_border = sum(1 for s in s2 if s["note"].startswith("borderline:") and s["labels"] != ["NONE"])
    faults_per_email = Counter(s["email"] for s in s2 if s["labels"] != ["NONE"])
    clean = sum(1 for e in e2 if faults_per_email[e["email"]] == 0)
    two_plus = sum(1 for e in e2 if faults_per_email[e["email"]] >= 2)
    one = sum(1 for e in e2 if faults_per_email[e["email"]] == 1)
    curly_emails = sum(1 for e in e2 if "\u2019" in e["text"])
    ps = sum(1 for s in s2 if s["text"].startswith("P.S."))
    scale = {l: Counter(e["labels"][l] for e in e2) for l in ORDER}
    print("emails", len(e2), "sentences", n)
    print("NONE %d (%.1f%%)" % (none, 100.0 * none / n))
    for l in ORDER:
        print(l, per[l], "| email scale 0/1/2:", scale[l][0], scale[l][1], scale[l][2])
    print("multi-label", multi, "borderline", border, "(of which labelled faulty:", faulty_border, ")")
    print("emails with 2+ faulty sentences", two_plus, "| exactly one", one, "| clean", clean)
    print("emails with curly apostrophes", curly_emails, "| P.S. lines", ps)
    print("combos", dict(Counter("+".join(s["labels"]) for s in s2)))
    assert len(META) == len(e2)
    write_readme(e2, s2)


if __name__ == "__main__":
    main()
