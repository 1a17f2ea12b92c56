#!/usr/bin/env python3
"""Build sealed79: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("gantry crane inspection for the holbeck steel stockholders", "formal", "Thorough examination of your two overhead gantries",
  "Dear Mr Ashworth,", "Yours sincerely,\nGareth Pryce\nPryce Lifting Compliance",
  [("N", "Thank you for showing me round the Holbeck yard on Tuesday and for sending over the maintenance logs for both overhead gantries.", "thanks and context"),
   ("N", "The logs show the east crane was last thoroughly examined fourteen months ago, and the lifting regulations require a thorough examination every twelve months for a crane of that type.", "borderline: regulatory interval stated once, neutrally, with its reason")],
  [("S", "The written report reaches you as a PDF within a day, and Pryce Lifting has collected more safety commendations than any inspection firm in Yorkshire, eleven years running.", "report detail plus generic commendations boast"),
   ("H", "I have put our engineer down for the 9th and raised the invoice already, so all I am waiting on is your purchase order number.", "inspection date plus invoice raised before any yes"),
   ("HS", "A PO this week would suit me, as my area manager wants the Holbeck job signed before his review on the 15th.", "area manager's review as the reason for an order date")],
  [("H", "Both cranes can be done in a single morning, and frankly a yard that lets a certificate run this far over is asking for a prohibition notice.", "duration detail plus shaming the prospect's conduct"),
   ("N", "Our engineer will need the isolators for both cranes locked off before he goes up.", "logistics")])

# 2
email("graffiti removal for the fernside underpass", "chatty", "Fernside underpass clean-up",
  "Hi Dana,", "Cheers,\nMo\nBrightwall Graffiti Care",
  [("N", "Great to meet you on the parish walkabout yesterday, and thanks for pointing out the tags along the Fernside underpass.", "pleasantry and context"),
   ("T", "I've attached a rough quote for the clean, and I'm so sorry it's come out higher than I'd hoped, I know budgets are tight.", "attached quote plus apology for the price")],
  [("T", "The anti-graffiti coating is £1,240 on top of the clean, but if that's a problem just tell me what you'd be comfortable paying and I'll make it work.", "coating price plus asking the buyer to name the number"),
   ("N", "With the coating on, any new tags wash off with a hose, so your street team isn't out there with solvents every fortnight.", "value tied to the prospect's team"),
   ("T", "I was sort of thinking, if it's not a daft idea, that we might wander down there together one morning?", "site-visit ask plus stacked hedges")],
  [("T", "Anyway, this can sit at the very bottom of your list, honestly, and ignore me if you're swamped!", "minimising and permission to ignore")])

# 3
email("golf buggy batteries for the wrexley park golf club", "blunt", "Lithium packs for the Wrexley fleet",
  "Tom,", "Rick\nVoltFairway",
  [("H", "Swapping all forty carts to lithium isn't optional at this point, it's simply what your course has to do.", "directive telling the prospect what they must buy"),
   ("N", "Your pro shop log shows 61 tow-ins last season, almost all on the back-nine hills, which is exactly where lead-acid packs sag first.", "figures from the prospect's own data")],
  [("H", "Three clubs in your county switched over this spring, and nobody wants to be the club still pushing dead carts up the eighteenth.", "peers who already switched, used to shame"),
   ("S", "Our packs carry a 9-year warranty, Bluetooth health monitoring, regen support, a cold-weather heater, a companion app and a titanium-look casing.", "feature list with no tie to the club's outcome"),
   ("H", "Price is $1,850 per cart as you asked, and I need a signed order by Friday or the pallet goes to another club.", "requested price plus ultimatum with invented scarcity")],
  [("H", "Expect calls to the pro shop, your cell and your GM's line from my team until we get a yes.", "multi-channel chasing")])

# 4
email("gearbox rebuild for the tollbridge ferry", "formal", "Port gearbox inspection findings",
  "Dear Ms Okafor,", "Kind regards,\nDeclan Morrow\nMorrow Marine Transmissions",
  [("N", "Following your call on Monday, I inspected the port gearbox on the Tollbridge ferry yesterday afternoon.", "context"),
   ("N", "The input shaft bearing shows pitting on the outer race, and the oil sample carried bronze particles, which points to early cage wear.", "inspection finding")],
  [("N", "I would recommend a full rebuild rather than a bearing swap, because the cage is likely to fail within the next few hundred running hours otherwise.", "expert recommendation backed by evidence"),
   ("N", "Your winter lay-up starts on 3 November, so we could collect the unit that week and return it before the January timetable.", "the prospect's own date"),
   ("N", "The quotation is attached; shall I hold that collection slot for you?", "plain next step")])

# 5
email("gas safety checks for the elmstead letting agency", "very deferential", "Landlord gas safety certificates",
  "Dear Mrs Hale,", "With very best wishes,\nPriya Sandhu\nHearthsafe Gas Services",
  [("T", "I do hope you will forgive me for writing again, and I am terribly sorry if this is an intrusion on your busy week.", "self-abasing apology for writing"),
   ("T", "I wondered, if it isn't presumptuous, whether it could conceivably help to have our schedule for the 140 properties you manage?", "schedule offer plus stacked hedges")],
  [("N", "Each landlord certificate has to be renewed within twelve months of the last check, and your spreadsheet shows 23 of them falling due in March.", "borderline: legal renewal interval stated once with its reason, set against the prospect's own data"),
   ("T", "Our rate is £58 per property, which I'm afraid is a little more than some, and I completely understand if that rules us out.", "price plus apology for it and a pre-emptive release")],
  [("ST", "This account would be a real lifeline for me personally, so I would be ever so grateful.", "pleading for the seller's own sake"),
   ("T", "Please don't feel under any obligation to reply if it isn't convenient.", "permission-begging")])

# 6
email("geotextile matting for the banksfield riverbank works", "warm", "Matting for the Banksfield slump",
  "Hi Owen,", "Warmly,\nFen\nRootmat Supplies",
  [("N", "Thanks for the tour of the Banksfield bank on Friday, it was useful to see the slump near the outfall with my own eyes.", "thanks and context"),
   ("N", "For that gradient I'd use the 400 g coir matting rather than the jute, since it holds the seed for two growing seasons instead of one.", "expert recommendation tied to the site")],
  [("S", "I've attached the spec sheet, and if it's not a bother, could your team also give us a glowing write-up on the Environment Trust forum once the seed takes?", "spec sheet attached plus request for a public review"),
   ("ST", "Honestly, this order would make my month, so I'm rather hoping you'll take pity on me and say yes.", "pleading for the seller's own sake"),
   ("S", "Coir is the only matting we'd trust on a slope like that, and we were named Erosion Control Supplier of the Year twice, with our founder writing the trade body's handbook.", "product recommendation plus awards and founder boast")],
  [("N", "Could we walk the lower section on the 14th with your engineer so I can measure the toe?", "meeting ask with a date")])

# 7
email("greaseproof paper for the pickering fish and chip shops", "non-native English", "Offer greaseproof paper",
  "Dear Mr Pickering,", "Best regards,\nTomasz Wielgosz\nPapierex Export",
  [("N", "I am writing about the greaseproof paper for your four fish and chip shops, as we discussed on telephone last week.", "context"),
   ("S", "Our company is biggest paper converter in Poland and we have 32 years of experience, ISO certificates and many prizes on fairs.", "size, years in business and prizes boast")],
  [("H", "Price is 41 pounds per case of 1000 sheets like you asked, but this price is only for who order until Thursday, after this it is gone.", "requested price plus invented expiry with urgency"),
   ("N", "The 40 gsm sheet stays crisp under hot fish for about ten minutes, which fits your takeaway times.", "product detail tied to the prospect"),
   ("HS", "I have prepared all samples personally during my weekend and they go to you by courier tomorrow, so I think is fair that you give me answer this week.", "sample shipment plus seller's weekend work as guilt for a reply")])

# 8
email("hangar door servicing for the northmoor aero club", "chatty", "Hangar doors",
  "Hey Callum,", "Cheers,\nJosh\nSkyline Door Services",
  [("N", "Good to finally see the Northmoor hangar in person, thanks for the coffee and the tour.", "pleasantry"),
   ("T", "So, I just wanted to circle round with the service quote you asked about, sorry it's taken me an age to send.", "quote delivery plus touch-base minimiser and apology")],
  [("N", "The bottom rollers on doors 2 and 3 are flat-spotted, which is why they judder and jam whenever the wind gets under them.", "inspection finding"),
   ("S", "Rollers can be swapped in a day, and we've got the best reviews of any door firm in the region, five stars across the board!", "duration detail plus review-score boast"),
   ("T", "For the three doors it's around £1,900 all in, but honestly I'm fine with whatever you think is fair, you know the club's budget better than me.", "price plus letting the buyer set it")],
  [("T", "And if it's a no, totally cool, I'll try you again next spring!", "pre-emptively accepts a no and gives up")])

# 9
email("hand-painted shopfront signage for the crane lane barbers", "warm", "Sketches for the new fascia",
  "Hi Marcus,", "Best,\nIsla\nIsla Reid Signwriting",
  [("N", "Lovely to chat on Saturday about the new fascia for Crane Lane Barbers.", "pleasantry"),
   ("N", "I've attached three sketches in your green and cream, including the gold-leaf pole stripe you mentioned.", "attachment tied to the prospect's request"),
   ("N", "Could I come by on Tuesday after you close to hold the boards up against the shopfront?", "plain ask with a date")])

# 10
email("hull survey for the calder belle pleasure cruiser", "blunt", "Re: Calder Belle survey",
  "Mr Dunne,", "J. Mallory\nMallory Marine Surveys",
  [("N", "I got your note that you've decided to go with the yard in Goole for the Calder Belle survey.", "acknowledges the decision"),
   ("H", "That's a mistake, and if you won't reconsider I'll be raising it with the trust's board at their meeting next week.", "bypass threat after a decision"),
   ("HS", "I spent two full days on your hull drawings for nothing, so the least you owe me is a phone call.", "seller's effort used as guilt for a reply")],
  [("S", "We are the best-known hull surveyors on the inland waterways, as anyone in the trade will tell you.", "reputation boast"),
   ("H", "I'm not treating this as final, and I'll keep sending revised figures until the trust sees sense.", "badgering after a clear no"),
   ("N", "Last year's ultrasound thickness readings are attached in case they help whoever does the work.", "leaves value behind")])

# 11
email("horticultural grow lights for the penhallow herb nursery", "warm", "Winter light for the basil benches",
  "Hello Ruth,", "Warm regards,\nKit Anand\nLumengrow",
  [("N", "Thanks again for the numbers from your propagation house, they made this much easier.", "thanks"),
   ("N", "Your own meter readings show the basil benches sitting at about 180 micromoles through January, well under the 300 they want, which matches the leggy growth you described.", "figures from the prospect's own data")],
  [("S", "The LED bars I'm proposing would fix that, and they're the very ones that won us Best Innovation at GrowTech and got us onto the Sunday Times Fast Track.", "product proposal plus awards and ranking boast"),
   ("S", "I'm personally really excited about this project, it's exactly the sort of showcase I've wanted to put in front of my director.", "the rep's excitement and standing in their company"),
   ("N", "On your figures the extra light should bring the basil to sale about nine days sooner per batch.", "value tied to the prospect's data")],
  [("H", "Fitting takes a single day, and growers who waited last winter are still trying to catch up on lost batches, so I wouldn't leave this till spring.", "fitting detail plus manufactured urgency with no real date"),
   ("S", "A 20-minute call on Thursday would let me talk you through our whole range, including the new growing app our team has poured a year into.", "call ask plus pitch of the whole range and the team's effort")])

# 12
email("hot food display cabinets for the ashfield garage forecourts", "formal", "Quotation: heated display cabinets",
  "Dear Mr Rahman,", "Yours sincerely,\nEleanor Voss\nHotline Catering Equipment",
  [("N", "Please find attached the quotation for six heated display cabinets, one for each Ashfield forecourt.", "attachment"),
   ("N", "The price holds until 31 May, because the manufacturer has announced a 7% steel surcharge on all orders placed after that date.", "borderline: price expiry stated once with a supplier reason, no urgency words")],
  [("N", "Your sales data shows pasties selling out by 2 pm at the three motorway sites, so I have sized those cabinets one shelf larger.", "figures from the prospect's own data"),
   ("N", "If it would help, I can bring a working unit to your head office on the 12th so your area managers can see the humidity control.", "offer with a date")])

# 13
email("hoist servicing for the larchwood nursing home", "very deferential", "Hoist servicing at Larchwood",
  "Dear Matron Fielding,", "With kind regards,\nAnne-Marie Cole\nCarelift Services",
  [("T", "I'm ever so sorry to land in your inbox once more, I know how stretched the home is and I hate to be a nuisance.", "self-abasing apology for writing"),
   ("N", "Sorry to hear that one of your ceiling hoists was out of action over the weekend.", "sympathy")],
  [("N", "Hoists used for lifting residents must be thoroughly examined every six months, and your last report for the Rowan wing is dated August.", "borderline: legal examination interval stated once with its reason, set against the prospect's own record"),
   ("T", "We might be able to service all eleven hoists on the 20th, should that conceivably suit, though do say if not.", "service date plus stacked hedges and permission-seeking"),
   ("T", "The usual price is £95 per hoist, but I could happily drop it to £70 straight away if that makes things easier for you.", "quoted price plus unprompted discount")],
  [("ST", "It would honestly mean the world to me to keep Larchwood on our books, so I do hope you'll think of us kindly.", "pleading for the seller's own sake")])

# 14
email("hearing screening for the dunmore bottling plant workforce", "chatty", "Hearing checks for the filling hall",
  "Hi Kevin,", "Talk soon,\nBrianna\nSoundCheck Mobile Audiology",
  [("N", "Thanks for the heads-up about the noise survey results from the Dunmore filling hall.", "thanks"),
   ("N", "Your readings of 91 dB on line 3 put those operators above the level where annual hearing tests are required, so screening them first makes sense.", "prospect's own data and a real requirement"),
   ("H", "Honestly, I'm surprised a plant with your safety record has let it slide this long.", "shaming the prospect's delay")],
  [("HS", "I've promised my regional director I'd have Dunmore booked by the end of the month, so could you confirm the screening dates by the 28th?", "screening dates ask plus director's wish as the reason for a deadline"),
   ("N", "Our mobile booth tests twelve people an hour and parks right by the canteen, so no one is off the line for more than fifteen minutes.", "logistics tied to the prospect"),
   ("S", "Results go straight into your HR system, and we've screened over two million workers, we're backed by Hartwell Ventures, and we were ranked number one at the Occupational Health Awards.", "integration detail plus volume, investor and ranking boast")],
  [("H", "Your safety audit is on the 19th and it would look pretty bad to walk in without screening done, so let's lock it in today.", "prospect's audit date plus pressure to commit today")])

# 15
email("ice cream freezers for the promenade kiosks", "terse", "Freezers",
  "Lou,", "Vic\nPolarPier",
  [("H", "Quote for eight freezers is attached; pay the deposit through the link tonight and they're yours.", "quote attached plus payment demand before a yes"),
   ("H", "Every other kiosk on the pier swapped to our units in April, so you're the odd one out now.", "peers who switched, used to shame")],
  [("N", "The units draw 40% less power than your current chest freezers at the same load.", "product value"),
   ("S", "Each freezer holds 24 tubs, and we supply half the seafronts in the South West and have just won Coastal Trader of the Year again.", "capacity detail plus reach and award boast"),
   ("H", "I'll pencil in the 12th for install, and no reply by Wednesday means I take that as a go-ahead.", "install date plus silence treated as consent"),
   ("HT", "Sign tonight and I'll throw in a second year of servicing free; tomorrow that offer won't exist.", "free extra tied to the seller's date")])

# 16
email("intercom replacement for the sefton mews apartments", "formal", "Door entry system at Sefton Mews",
  "Dear Ms Carraway,", "Yours sincerely,\nRobert Lanning\nLanning Access Systems",
  [("N", "Thank you for forwarding the residents' committee minutes about the Sefton Mews door entry system.", "thanks"),
   ("N", "The minutes record eleven complaints about the panel failing after rain, which matches the corroded keypad I found on my visit.", "the prospect's own records")],
  [("N", "Just a note that the network operator switches off the analogue lines your current panel dials through next April, so a like-for-like repair would only last until then.", "borderline: one polite 'just' and a real external switch-off date with its reason"),
   ("N", "I would recommend the 4G panel in option B, since it removes the phone-line dependency altogether.", "confident recommendation with a reason"),
   ("N", "Your committee meets on the 18th; I can attend that evening to answer residents' questions if that is useful.", "the prospect's own date and an offer")])

# 17
email("industrial sewing machine servicing for the brennan upholstery works", "non-native English", "Service for your sewing machines",
  "Dear Mrs Brennan,", "Kind regards,\nGiulia Ferraro\nFerraro Macchine Service",
  [("T", "Sorry, sorry for disturb you again, I know you are very busy lady and my emails are maybe too much.", "repeated, self-abasing apology"),
   ("S", "I send you our price list for service of the 14 machines, and also I want to tell that our company has 25 years and was chosen best service partner by Juki three times.", "price list plus years-in-business and award boast")],
  [("N", "On the walking-foot machines the timing is slipping, this is why the thread breaks on the thick leather.", "diagnosis"),
   ("T", "The service is 65 euro per machine but for you I can make 50, or if still too much you tell me the price.", "price plus unprompted discount and name-your-number")],
  [("T", "If you are not interested, no problem, I understand and I will not write more.", "gives up at once without a question")])

# 18
email("irrigation sensors for the kelsall apple orchards", "warm", "Water use in the north block",
  "Hi Jen,", "Best,\nSam Oduya\nRootSense",
  [("N", "Thanks for sending the water bills and the yield sheet for the Kelsall blocks.", "thanks"),
   ("N", "Your bills show the north block using about 30% more water per tree than the south, with no difference in yield.", "figures from the prospect's own data"),
   ("H", "On your own numbers that's roughly £90 a week running into the ground, so every week you sit on this is money you won't see again.", "borderline: cost of delay from their data, but used to push")],
  [("S", "The sensors feed a simple dashboard, and I'll be honest, I'd love Kelsall as a flagship logo on our website.", "product detail plus logo request for the seller"),
   ("HS", "My manager has asked me to bring in two more orchard contracts before the end of June, so if you could sign by then it would really help me.", "manager's target as the reason for a signing date"),
   ("N", "Could we put the first two sensors in the north block on the 10th and compare readings for a month?", "trial ask with a date")])

# 19
email("interactive whiteboards for the harlowe elementary classrooms", "chatty", "Panels for the fourth-grade rooms",
  "Hi Mrs. Delgado,", "All the best,\nTyler Brooks\nBrightBoard Education",
  [("N", "Thank you for letting me sit in on Ms. Patel's fourth-grade math lesson on Thursday.", "thanks"),
   ("N", "The kids at the back were craning to see the projector, and a 75-inch panel would put the same image at eye level for every table.", "value tied to the classroom")],
  [("HT", "If the PO reaches me by Friday I'll take 18% off the whole order, and after that it's off the table.", "discount tied to the seller's date"),
   ("S", "Our panels have 40-point touch, 4K resolution, built-in Android, Wi-Fi 6, dual pens, a document camera, screen mirroring and a lifetime cloud license.", "feature list with no tie to the school"),
   ("H", "I've reserved the 14th with our fitters, so please forward the district's card authorization form.", "install date plus card form before a yes")],
  [("T", "The brochure with the mounting options is attached, and I'm sorry this email got so long, I hope that's okay.", "brochure attached plus apology for length and approval-seeking")])

# 20
email("ink supply for the brantwood screen printers", "terse", "Low-bleed white",
  "Hi Dev,", "Ta,\nNeil\nInkhouse Supplies",
  [("N", "Following up on the plastisol order we discussed on the 2nd.", "single follow-up line"),
   ("N", "Your last three batches of white cured patchy on the dark tees, and the low-bleed white should cover in one pass.", "the prospect's own problem and a fix"),
   ("N", "I'll drop off a 5 kg tub on Thursday so you can run it against your current white on the same job.", "confident next step with a date"),
   ("N", "If it doesn't beat what you've got, tell me what went wrong and I'll stop pushing it.", "invites a frank verdict")])

# 21
email("jute sacks for the tamworth coffee importers", "formal", "Hessian sacks for green coffee",
  "Dear Mr Osei,", "Yours faithfully,\nHamish Doig\nDoig & Sons Jute",
  [("N", "Thank you for the sample of the sacks you currently use for your Ethiopian lots.", "thanks"),
   ("S", "As the oldest jute house in Dundee, family-run since 1911, we take real pride in our heritage.", "borderline: heritage line")],
  [("S", "I attach our catalogue, which covers our full range of 63 sack sizes, our seven weave grades and every print option we have ever offered.", "catalogue attached plus dump of the whole range"),
   ("N", "For 60 kg green coffee lots, our food-grade hessian is processed without mineral batching oil, which is the standard your roaster customers ask for.", "product detail tied to the prospect's customers"),
   ("S", "I would be glad to send a sample bale, and could you also introduce me to two or three other importers you know, since referrals are how we grow?", "sample offer plus referral request for the seller")],
  [("T", "Samples can reach you next week, and should you by any chance be able to spare a moment, I would be glad, if it suits, to bring them in person.", "sample delivery plus stacked hedges"),
   ("HS", "My sales director has set me a target to land a Midlands importer this quarter, and I would be grateful for your order by the 30th.", "sales director's target as the reason for an order date")])

# 22
email("jewellery display cabinets for the merrow lane goldsmiths", "warm", "Cabinet layouts for Merrow Lane",
  "Hi Anya,", "Warmly,\nBeth\nCaseworks Display",
  [("N", "It was a pleasure to see the Merrow Lane shop, and congratulations on the new bridal collection.", "pleasantry"),
   ("N", "Your current cabinets put the rings below knee height, which is why customers keep stooping to look.", "observation tied to the prospect")],
  [("T", "I've attached two layouts, and I'm really sorry the quote is on the pricier side, toughened glass just costs what it costs.", "layouts attached plus apology for the price"),
   ("N", "The LED strips in the lids would also take the yellow cast off your white gold.", "value tied to the stock"),
   ("T", "Delivery is six weeks from order, and I'd happily trim the glass price straight away if that's what it takes.", "lead time plus unprompted discount")],
  [("T", "I suppose we could maybe talk it through sometime, if you thought it was worth it at all?", "call ask plus stacked hedges")])

# 23
email("jumbo bag filling station for the hexley fertiliser blenders", "blunt", "Bulk bag filler",
  "Gordon,", "Stuart Kemp\nBulkfill Engineering",
  [("H", "This is the fourth quote I've sent, and the portal shows you've opened every single one.", "counts the attempts and cites the open-tracker"),
   ("N", "The station fills a 1-tonne bag in 90 seconds, against the four minutes your team told me the manual rig takes.", "value against the prospect's own figure")],
  [("H", "Commissioning is pencilled for 2 March and the deposit invoice is already in your inbox.", "commissioning date plus invoice sent before a yes"),
   ("HS", "I've held this slot open for weeks at my own company's expense, so I'd expect the courtesy of a yes or no by Friday.", "seller's sacrifice used as guilt for a decision"),
   ("S", "The station comes with a two-year parts warranty, and we're the market leader in bulk bag handling with a Queen's Award to prove it.", "warranty detail plus market-leader and award boast")])

# 24
email("jet ski servicing for the porthleven watersports centre", "chatty", "Impellers before Easter",
  "Hi Mel,", "Cheers,\nRory\nKernow Jet Service",
  [("N", "Thanks for the list of the Porthleven fleet, it's handy having all the engine hours in one place.", "thanks"),
   ("N", "Four of the skis are past 100 hours since their last impeller change, and that's the part that usually goes first in sandy water.", "insight from the prospect's own data")],
  [("N", "I'd suggest doing those four before Easter and the rest in the May half-term lull you mentioned.", "recommendation around the prospect's dates"),
   ("N", "Does Wednesday the 4th work for me to come and collect the first two?", "next step with a date")])

# 25
email("job costing software for the drayton electrical contractors", "chatty", "Live job costing for Drayton",
  "Hi Carla,", "Best,\nJordan Reyes\nWattTrack",
  [("N", "Thanks for walking me through how Drayton tracks labor on jobs today.", "thanks"),
   ("N", "You said your estimators only find out a job has run over once the final invoice goes out, which is exactly where live costing helps most.", "insight tied to the prospect's problem"),
   ("N", "Want to see it in action on one of your own jobs?", "borderline: bare demo ask")],
  [("S", "The mobile app is included, and we just closed our Series B with Kestrel Capital, so the whole team is buzzing about what's next.", "product detail plus investor news and the team's excitement"),
   ("HS", "If I can get this signed before our fiscal year ends on the 31st, I'll make President's Club, so could we aim for that?", "seller's sales contest as the reason for a signing date"),
   ("S", "I've attached the pricing you asked for, and it would be a huge favor if you'd agree to a case study once you're live.", "requested pricing plus case-study favour")],
  [("T", "Sorry if this email comes across as pushy, that's the last thing I want.", "apology for normal selling")])

# 26
email("juice extractors for the greenleaf smoothie bars", "non-native English", "Offer juice extractors for Greenleaf",
  "Hello Mr Green,", "Best regards,\nMarek Nowicki\nPressCo",
  [("N", "Thank you for meeting me at the Greenleaf bar on Monday, the smoothies were very good.", "thanks"),
   ("S", "Our machine has 3 speeds, 2 sieves, stainless body, reverse function, auto-clean, timer, LED display and 5 colours.", "feature list with no tie to the bars")],
  [("HT", "Normal price is 1,290 euro per unit, but if you order before end of this week I give 15% discount, after this no.", "quoted price plus discount tied to the seller's date"),
   ("N", "With your 6 bars and about 400 juices a day, the bigger chute will save your staff the cutting of apples.", "value tied to the prospect's volumes"),
   ("H", "Other bars in your city order already from us, you are the last one.", "peers who already bought, used to shame")],
  [("T", "Maybe if is possible, when you have some moment, you can perhaps tell me which day is good for a demonstration in your bar?", "demo ask plus stacked hedges and whenever-you-can")])

# 27
email("kettlebells for the ironside strength gym", "blunt", "Comp bells",
  "Yo Dean,", "Reece\nForgeFit Supply",
  [("H", "Every serious gym in Leeds has moved to competition bells, and the ones that haven't look dated, no offence.", "peers who switched, used to shame"),
   ("N", "Competition bells keep the same handle size across every weight, which your coaches said is the main gripe with the 28 kg.", "value tied to the prospect's complaint")],
  [("H", "Full set is £3,400 like you asked, and I've already sent the invoice so they can go on the van Monday.", "requested price plus invoice sent before a yes"),
   ("S", "Between us, I'm one sale off my bonus this month, so you'd be doing me a proper solid here.", "seller's bonus, no date pressed on the prospect"),
   ("H", "This price walks out the door with me on Friday, and I won't be bringing it back.", "invented price deadline, no reason")])

# 28
email("keyless entry for the wardle road self-storage", "formal", "App entry for Wardle Road",
  "Dear Mr Haddad,", "Kind regards,\nSimone Archer\nClearKey Access",
  [("N", "Thank you for the floor plan of the Wardle Road site and the list of the 212 units.", "thanks"),
   ("N", "You mentioned that lost padlock keys cost your staff about six hours a week, and app entry removes that task entirely.", "value tied to the prospect's figure")],
  [("N", "We would need your broadband line to reach the gate controller before the readers can be commissioned, so that is worth checking with your provider first.", "technical prerequisite"),
   ("N", "I will confirm the fire-door interlock wording with our compliance lead and send it to you by Friday.", "checking with a colleague on a non-price matter, with a date")],
  [("N", "Would 10 am on the 22nd suit for a walk-round with your site manager?", "next step with a date")])

# 29
email("kiosk ordering screens for the smokestack burger bar", "chatty", "Self-order kiosks",
  "Hey Luis,", "Thanks a ton,\nKayla\nTapOrder",
  [("T", "Me again, only swinging by to see where things landed, no stress if nowhere yet!", "content-free check-in with minimising"),
   ("N", "Your Friday rush is when the line goes out the door, and two kiosks would take about a third of those orders off the counter.", "value tied to the prospect's rush")],
  [("S", "The screens come in 22 or 32 inch, and we're honestly the hottest name in self-order right now, we just made the Fast Company list.", "product detail plus ranking boast"),
   ("T", "I could send the quote over, or not, totally whatever works, I don't want to be pushy.", "quote offer plus minimising and fear of seeming pushy"),
   ("H", "The quote's good till Friday and then it's gone, so grab it while you can!", "quote offer plus invented expiry with urgency")],
  [("ST", "I'd be so grateful if you'd give us a shot, it'd really make my week.", "pleading for the seller's own sake")])

# 30
email("kombucha supply for the saltway cafe chain", "warm", "Kombucha on tap",
  "Hi Harriet,", "With love,\nNell\nBrewbright Kombucha",
  [("N", "Thanks for the tasting at the Saltway kitchen last week, your team's feedback on the ginger one was spot on.", "thanks"),
   ("N", "Your till data shows soft drinks making up 18% of lunch sales, and kegged kombucha carries a higher margin than the bottled lemonade.", "figures from the prospect's own data")],
  [("S", "We've won Great Taste gold three years running and had a full page in Vogue last spring.", "awards and press boast"),
   ("HST", "If you can confirm by Friday I can shave 10% off, since it would get me over my quarterly target.", "discount tied to the seller's date and quota"),
   ("T", "I've popped the price list in, and sorry it's so wordy, I do ramble!", "price list plus apology for the length")],
  [("N", "I can have the first two kegs and the taps with you on the 3rd if that suits your delivery day.", "logistics with a date")])

# 31
email("kiln-dried logs for the fellgate inn wood burners", "terse", "Logs for the Fellgate",
  "Hi Pete,", "Cheers,\nAlf\nDalewood Fuel",
  [("N", "Had a look at the log store and the three wood burners at the Fellgate on Saturday.", "context"),
   ("N", "Your moisture meter read 27% on the seasoned ash, well above the 20% the stove makers recommend.", "the prospect's own reading"),
   ("H", "After that reading, you need kiln-dried logs in those stoves before the winter trade starts, no question.", "borderline: 'you need' directive after a real inspection")],
  [("H", "Two other pubs on the pass already switched to us, and they're not the ones with smoke in the bar.", "peers who already switched, used to shame"),
   ("N", "A cubic metre crate is £145 delivered, and it fits the gap beside your cellar door.", "price and logistics"),
   ("H", "I'll drop four crates off on Thursday and you can settle up with me at the bar.", "delivery day plus assumptive payment before a yes")])

# 32
email("knitting machine repair for the corrie mill hosiery", "very deferential", "Your two flatbed machines",
  "Dear Mrs Corrie,", "Yours most respectfully,\nDavid Ellery\nEllery Knitting Engineers",
  [("T", "I am so sorry to follow up once more, and I do apologise if I am becoming a bother.", "apology for following up, self-abasing"),
   ("N", "The two Stoll flatbeds you mentioned are dropping stitches because the needle latches are worn, which I could see on the samples you posted.", "diagnosis")],
  [("T", "Replacing the needle beds would be about £2,300, though I'm quite happy to go lower, whatever figure you feel comfortable with.", "price plus invitation to name a lower figure"),
   ("T", "The work would take two days, though I'll have to ask my manager before I can promise anything on payment terms.", "duration detail plus deferring to the manager on terms"),
   ("T", "I could come up any day at all that suits you, I'm completely at your disposal.", "visit offer plus treating the buyer as king")])

# 33
email("kerbstone replacement for the fairholme housing estate", "formal", "Kerb survey: Fairholme Drive",
  "Dear Mr Whitlow,", "Yours sincerely,\nMargaret Oyelaran\nKerbline Civils",
  [("N", "Thank you for your time at the Fairholme estate on Wednesday.", "thanks"),
   ("N", "Of the 380 kerbs on Fairholme Drive, our survey found 64 cracked or sunk by more than 25 mm, most of them near the bus turning circle.", "survey finding")],
  [("H", "Our quotation is enclosed, and if the estates team cannot decide, I am sure your chief executive will want to know how long it has sat unanswered.", "enclosed quote plus veiled bypass threat"),
   ("S", "I would add that we have relaid more estate roads than any contractor in the county, and our managing director sits on the national highways board.", "ranking and director's status boast"),
   ("HS", "Our quarter closes on the 30th and my director expects this order in it, so I must ask for your signature before then.", "seller's quarter and director as the reason for the signing date")],
  [("H", "I would remind you that the council's other estates signed with us without any of this delay.", "peers who already signed, used to shame")])

# 34
email("line marking for the crossgates hospital car park", "chatty", "Crossgates visitor car park lines",
  "Hi Nadia,", "Thanks,\nGav\nStripeRight Lining",
  [("N", "Thanks for sending the photos of the Crossgates visitor car park, the faded bays by A&E really stand out.", "thanks"),
   ("N", "Sorry for the slow reply, I was on a night job at the airport until Thursday.", "borderline: single courtesy apology for a real delay, with the reason")],
  [("N", "Thermoplastic lines would last about four years under your traffic, against roughly one for the paint used last time.", "value tied to the site"),
   ("N", "We'd work overnight in two halves so the A&E side is never fully closed.", "logistics tied to the prospect"),
   ("N", "Shall I pencil in the nights of the 6th and 7th, subject to your estates team's okay?", "next step with dates")])

# 35
email("lime plastering for the saddleworth weaver's cottage", "warm", "North wall at the cottage",
  "Dear Helen,", "With best wishes,\nRosalind Mayhew\nMayhew Lime & Earth",
  [("N", "It was lovely to see inside the weaver's cottage, and the original window seats are a treasure.", "pleasantry"),
   ("N", "The gypsum patches on the north wall are trapping damp, which is why the paint blisters every winter.", "diagnosis")],
  [("N", "I'd strip those back and re-plaster in haired lime, so the wall can breathe again.", "expert recommendation"),
   ("ST", "The lime work itself is about £3,800, and if you'd let us photograph it for a case study, I'd take 10% off the labour.", "borderline: price plus discount offered for a case study"),
   ("S", "We've been featured on two television restoration programmes, and I'm sure you'd love the clips on our website.", "TV features boast")],
  [("T", "The full estimate is enclosed, and I'm sorry it's a touch dear, lime work is slow.", "estimate plus apology for the price")])

# 36
email("lightning protection testing for st wilfrid's spire", "formal", "Lightning protection at St Wilfrid's",
  "Dear Canon Harper,", "Yours faithfully,\nEdmund Grey\nSteeple Safe Ltd",
  [("N", "Thank you for letting me up the tower at St Wilfrid's on Thursday.", "thanks"),
   ("N", "The down conductor has come away from the wall for about three metres below the belfry louvres, and the earth reading at the base was 28 ohms, well above the 10 ohms the standard expects.", "inspection finding")],
  [("H", "I must be blunt: a parish that leaves its spire unprotected after being told is gambling with its congregation.", "shaming the prospect's conduct"),
   ("HS", "I have reserved our steeplejacks for the week of the 14th at some cost to my own schedule, and I would be disappointed not to receive your signed order by Friday.", "booking date plus seller's sacrifice and disappointment as guilt"),
   ("S", "The test certificate will satisfy your insurer, and for what it is worth we have tested over 900 churches and hold a royal warrant.", "certificate detail plus volume and royal warrant boast")],
  [("N", "The Diocesan Advisory Committee will need to approve the reattachment method, and I can draft that application for you.", "technical prerequisite and an offer")])

# 37
email("linen hire for the quayhead restaurant group", "chatty", "Napkins and tablecloths for Quayhead",
  "Hi Aaron,", "Best,\nMaddie\nCrispFold Linen",
  [("N", "Thanks for the tour of all three Quayhead kitchens on Monday.", "thanks"),
   ("T", "I'm really sorry to keep bugging you, I know I've been a pest lately.", "apology for following up, self-abasing")],
  [("N", "Your teams go through about 600 napkins a night across the sites, and on the numbers you shared your laundry costs work out to roughly 14 cents each.", "figures from the prospect's own data"),
   ("T", "Our rate is 11 cents a napkin, and honestly, if that's still high, name a number and we'll make it work.", "rate plus name-your-number concession"),
   ("S", "The napkins are a heavy cotton twill, the same cloth we supply to three Michelin-starred kitchens, which I'm pretty proud of.", "fabric detail plus star-client boast and the rep's pride")],
  [("H", "We have two vans free for June, and the restaurants that didn't sign last year are the ones begging for slots this summer.", "van availability plus manufactured scarcity and FOMO"),
   ("H", "I'll drop the first 2,000 napkins off on Friday and bill you at the end of the month, so there's nothing for you to do.", "delivery date plus billing before a yes")])

# 38
email("loading bay doors for the aintree parcel hub", "blunt", "Re: goods-in doors",
  "Mr Kowalczyk,", "Rob Sheard\nRapidRoll Doors",
  [("N", "I saw your email saying you've decided to keep the existing doors for another year.", "acknowledges the decision"),
   ("HS", "After the three site visits and the free survey I did for you, I'm honestly stunned that's all I get.", "seller's effort and feelings as guilt after a decision")],
  [("H", "I'll be outside your goods-in gate on Monday to go through it with you face to face.", "turning up uninvited after a no"),
   ("H", "Your warehouse needs high-speed doors, whether you admit it now or next winter.", "'needs' directive after a no")])

# 39
email("library shelving for the stanwick college learning centre", "non-native English", "Offer mobile shelving Stanwick",
  "Dear Dr Ashby,", "Best regards,\nLars Henriksson\nNordhylla AB",
  [("N", "Thank you for your visit to our showroom and for the drawings of the Stanwick learning centre.", "thanks"),
   ("N", "On the first floor, the mobile shelving gives you 40% more books in the same room, which solves the problem of the overflow boxes in the corridor.", "value tied to the prospect's problem")],
  [("S", "The shelves are made in our own factory, the largest in Scandinavia, with 400 workers, the newest robots and the design prize of Stockholm fair 2023.", "manufacturing detail plus size and prize boast"),
   ("T", "I send the offer in attachment, and I apologise very much that the price is high, I feel bad about it.", "offer attached plus apology for the price"),
   ("S", "We can deliver in week 32, and I must tell you that my boss is watching this project very much, it is important for my position.", "delivery week plus the seller's standing with the boss")],
  [("T", "Sorry if my English is not so good, I hope this email is okay for you.", "apology and approval-seeking")])

# 40
email("lock rekeying for the hyde park student lets", "warm", "Hyde Park rekey done",
  "Hi Zara,", "Thanks,\nIbrahim\nKeyRight Locksmiths",
  [("N", "Glad the rekeying at the Hyde Park houses went smoothly and every tenant had new keys by move-in day.", "pleasantry after delivered work"),
   ("N", "I've attached the key register for all 26 doors so your office has a copy.", "attachment serving the customer")],
  [("S", "If you were happy with the job, would you mind leaving us a quick Google review?", "borderline: review asked of a happy customer right after the job"),
   ("N", "For the next intake, master-keyed cylinders would let your maintenance man into the plant rooms without carrying 26 keys.", "value tied to the customer"),
   ("S", "We can survey the plant rooms any weekday, and we're the fastest-growing locksmith in West Yorkshire, just shortlisted for a national business award.", "survey offer plus growth and award boast")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s79e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s79-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed79: held-out sales emails for the Poise tone coach\n")
    R.append("> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the eleventh session) from the labelling guide alone, before any of that session's changes, which it was\nwritten to judge, and measured first on the code before them (rules + model macro-F1 0.924: hard_close 0.923,\nself_serving 0.913, timidity 0.935; 2 of 102 clean sentences flagged; email agreement 0.975 / 0.925 / 0.950).\n")
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
    R.append("- Every third email (s79e003, s79e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
