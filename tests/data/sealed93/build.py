#!/usr/bin/env python3
"""Build sealed93: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
import json, os, collections

# label codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combinations in that order)
CODE = {"N": ["NONE"], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"],
        "HS": ["hard_close", "self_serving"], "HT": ["hard_close", "timidity"],
        "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}

# Each email: (industry, register, subject, salutation, sign-off, [paragraphs of (code, sentence, note)])
E = []
def email(ind, reg, subj, sal, sign, *paras):
    E.append((ind, reg, subj, sal, sign, paras))

email("sawdust bedding for the hollowmere stables", "chatty", "Low-dust bedding for the winter coughers", "Hi Fern,", "Cheers,\nDanny",
  [("N", "Great to meet you and the ponies at the yard on Saturday.", "greeting"),
   ("S", "Our dust-extracted pine shavings are what I'd put under the two horses you said cough through winter, and honestly, we've won three trade-show rosettes and ship to over 200 yards, which I never get tired of saying!", "product fit plus awards and size boast")],
  [("H", "The bale price you asked for is £8.40 delivered, and just so you know, every livery yard round Hollowmere has already moved over, so you'd be the odd one out.", "price she asked for plus peers-already-switched shaming"),
   ("T", "Sorry it isn't cheaper, and if that helps at all I could shave a pound off every bale straight away.", "apology for the price and an unprompted discount"),
   ("HS", "The trial pallet is free, and my area manager is watching this one closely, so getting your order in before the month's out would really help me.", "free trial offer plus a month-end order pressed for the seller's manager")],
  [("N", "Shall I drop a trial pallet off on Thursday morning so you can bed down the two coughers first?", "clear next step with a day")])

email("sea kayak guiding for the brenmouth corporate retreat", "formal", "Guided sea kayak session, 19 June", "Dear Ms Okafor,", "Yours sincerely,\nAlasdair Penrose\nOperations Manager",
  [("N", "Thank you for your enquiry about a guided sea kayak session for your leadership team of fourteen on 19 June.", "courtesy, the prospect's own date"),
   ("N", "Our guides hold the sea leader award that your insurer lists as a requirement in the form you sent.", "credential the buyer's insurer requires")],
  [("S", "Please find our quotation attached; we have, I might add, been voted the finest outdoor provider on this coast four years running.", "attachment plus an award boast"),
   ("H", "I have also taken the liberty of booking the minibus from the station, and its invoice is enclosed for settlement.", "transport logistics plus an invoice before any yes"),
   ("HS", "I would be grateful for your signed booking form by Friday, as my director is finalising our summer forecast and has asked me to secure this date.", "booking ask plus a Friday deadline set by the seller's forecast and director"),
   ("H", "Should I not hear from you by then, I shall take the matter up with your chief executive, whom I met at the chamber dinner.", "threat to go over her head")],
  [("N", "The tides on the 19th favour a ten o'clock launch from the north slipway.", "logistics")])

email("seed potato supply for the carnock allotment society", "warm", "Seed potatoes for next season", "Hello Margaret,", "Warm regards,\nPriya",
  [("N", "Thank you for sending over last year's order sheet, it made this much easier.", "courtesy"),
   ("N", "Going by your members' notes on blight in the lower plots, I'd suggest Sarpo Mira for half the maincrop order, as it held up well in wet seasons on heavy clay like yours.", "expert recommendation tied to the prospect's own notes")],
  [("N", "Our grower releases the certified seed in late January, and the blight-resistant varieties are allocated by the grower each autumn, so orders placed before 30 November are guaranteed a share.", "borderline: real allocation constraint stated once with its reason"),
   ("N", "I've put the prices per 2 kg net in the attached sheet, laid out by plot so your treasurer can check it against the members' forms.", "attachment that serves the buyer's task"),
   ("N", "Would it help if I came to the society's December meeting to answer questions about chitting?", "offer of help with a date")])

email("smoke alarm testing for the fairlawn lettings portfolio", "blunt", "Alarm tests for your 42 flats", "Tom,", "Rob",
  [("N", "The council's letter you forwarded gives you until 1 March to show test records for all 42 flats.", "the prospect's own regulatory deadline, from his letter"),
   ("N", "A test visit takes about 20 minutes a flat, so tenants only need to be in for a short window.", "logistics tied to the prospect"),
   ("H", "Frankly, your portfolio can't do without a firm like ours, so there's nothing left to weigh up.", "telling the prospect what he needs and closing off thought"),
   ("H", "The week of 10 February gets you well inside the council's deadline, and I've already raised the invoice, so the purchase order number is all I'm missing.", "a date that meets his deadline plus an assumptive invoice before a yes")],
  [("S", "Every result is logged in our app, so you'll have the records the council wants, and we test more alarms than anyone in the county.", "product detail serving his records plus a size boast"),
   ("H", "Ring me on 07700 900412 if the dates clash with tenant access, though every landlord on your street has signed with us already.", "contact logistics plus peers-already-signed pressure")])

email("smokehouse kiln repair for the kirkhaven kipper smokery", "non-native English", "Repair of kiln lining", "Dear Mr Baird,", "Best regards,\nTomasz",
  [("N", "Thank you for the photos of the kiln door and the broken brick lining.", "courtesy"),
   ("T", "I am very sorry to write you again and take your precious time, I am only small company and maybe my offer is not so interesting for you.", "self-abasing apology for writing")],
  [("T", "The repair price is £3,600 like you asked, but I am sorry it is so high, and maybe you tell me what number is good for you?", "price he asked for plus an apology for the price and asking him to name his number"),
   ("N", "We can rebuild the lining in three days, so your smoking stops only Monday to Wednesday.", "concrete value for the prospect"),
   ("H", "The new lining is same firebrick like the original builder used, and other smokeries on the coast already use us, maybe you are the last one still waiting.", "product detail plus peers-already-switched shaming"),
   ("ST", "Please, if you say yes it helps me very much, because this month I have almost no jobs and my boss is not happy with me.", "pleading on the seller's own workload and boss")])

email("snooker table recovering for the riverside working men's club", "chatty", "Recovering tables 1 to 3", "Hiya Keith,", "Cheers,\nMick",
  [("N", "Cracking to chat at the club on Tuesday, and sorry to hear the roof leak got to table three.", "greeting and sympathy"),
   ("N", "A full recover in Strachan 6811 cloth with new cushion rubbers is £680 a table, which is the figure you asked me for.", "price the prospect asked for"),
   ("S", "I've got to say I'm buzzing about this one, it's the kind of job that makes my week!", "the rep's own excitement")],
  [("H", "Half the clubs in the league are already on the new cloth, and the lads from the Legion were having a laugh about your tables at the last match night.", "peers already switched and shaming"),
   ("S", "I'm also chasing top spot in our sales league, so landing your three tables would be a big one for me.", "the seller's own goal, no date pressed on the prospect"),
   ("T", "Drop me a weekend that fits the fixture list, but no rush on my end, whenever is fine, and ignore me if it's a bad moment!", "ask for a date plus permission-begging and minimising")],
  [("N", "If you book the three tables together, we'll do them over one weekend so nobody loses a league night.", "value tied to the club")])

email("soap dispenser refills for the westmere gym chain", "terse", "Refill pricing", "Hi Jordan,", "Sam",
  [("N", "Refill pricing for your six gyms attached, as requested.", "attachment the prospect asked for"),
   ("S", "Dispensers free with the refill contract, best on the market, fourteen design awards.", "free-dispenser offer plus an award boast"),
   ("H", "Price holds only while stock lasts and it's going fast.", "scarcity with no date or reason"),
   ("HT", "Sign by Thursday and I'll knock another 10% off.", "discount conditioned on the seller's date"),
   ("N", "Delivery is fortnightly, Tuesdays.", "logistics")])

email("spring water delivery for the calloway architects office", "terse", "Water for the Clerkenwell studio", "Hi Nadia,", "Best,\nLeo",
  [("N", "Following up on Monday's call about the water for your Clerkenwell studio.", "a single follow-up line"),
   ("N", "Based on the bottle count your office manager gave me, eight 19-litre bottles a week covers your 35 staff with a margin.", "figures from the prospect's own data"),
   ("N", "That works out at £46 a week including cooler rental, against the £61 you're paying now.", "concrete saving for the prospect"),
   ("N", "Can I drop a cooler round on Wednesday for a two-week trial?", "plain ask with a day")])

email("stationery supply for the penfold accountancy practice", "very deferential", "Our stationery list, if useful", "Dear Mrs Penfold,", "With kindest regards,\nBeatrice Hale",
  [("T", "I do hope you'll forgive me for intruding on your day, and please feel free to delete this if it's of no interest at all.", "apology for writing and permission to ignore"),
   ("T", "I was rather hoping you might perhaps be open to possibly letting me drop the catalogue in on Thursday, if that would be alright?", "meeting ask plus stacked hedges and permission-seeking")],
  [("N", "You mentioned the January tax-return rush eats through lever-arch files and archive boxes, so the attached list puts those at trade price.", "value tied to her busy season"),
   ("T", "Delivery is free on orders over £50, and I'm also very happy to take 15% off everything before you've even looked, should that make it easier.", "delivery offer plus an unprompted unconditional discount"),
   ("T", "I'd truly hate for you to feel let down by us, so please do say if I've got anything wrong.", "needing approval")],
  [("N", "Orders placed by 3 p.m. arrive the next working day.", "logistics")])

email("sunbed servicing for the goldglow tanning salons", "blunt", "Your eight tired beds", "Kerry,", "Gaz",
  [("N", "Your tube-hours log shows eight of the twelve beds past 800 hours, which is beyond the manufacturer's replacement point.", "figures from the prospect's own log"),
   ("H", "Each day you leave them costs you roughly £40 a bed in customers walking out, so stop stalling and book it.", "borderline: cost of delay used as a push, with a plausible figure"),
   ("HS", "I've given up two Saturdays on your beds already without charging a penny, so the least you owe me is a yes this week.", "the seller's unpaid effort used as guilt for a decision")],
  [("N", "A full service with new tubes on the eight beds is £2,240, the figure you asked for on the phone.", "price the prospect asked for"),
   ("H", "New tubes take about a day per four beds, so I'll be round Monday at 8 to start, and your manager can put the deposit on a card when I arrive.", "job length plus a start date and payment assumed before a yes")])

email("taxi meter calibration for the bluebird cabs fleet", "warm", "Meter recalibration after the tariff change", "Hi Anwar,", "Warmly,\nHelen",
  [("N", "Lovely to finally meet you at the licensing forum last week.", "greeting"),
   ("N", "The licensing office told your drivers that meters must be recalibrated by 31 July after the tariff change, so I've pencilled in your depot on 14 and 15 July for the 38 cabs, subject to your okay.", "the prospect's regulatory date, with a proposed slot")],
  [("S", "We calibrate in your depot so no cab is off the rank for more than 40 minutes, and we've been named Calibration Firm of the Year twice, which we're very proud of.", "value for his fleet plus an award boast"),
   ("S", "I'll admit I'm new in the role, so landing your fleet would do wonders for my first review.", "the seller's stake stated without a demand"),
   ("T", "The quote is attached, and do tell me if it feels too much, I'm happy to go with whatever you think is fair.", "attachment plus letting the buyer set the price")],
  [("T", "Would Thursday at 11 suit for a quick call about depot access, only if it's no bother at all, of course?", "meeting ask plus permission-begging")])

email("telephone system upgrade for the mellor lane veterinary surgery", "formal", "Proposal: telephone system replacement", "Dear Dr Ashworth,", "Yours sincerely,\nGraham Nuttall",
  [("N", "Further to our meeting, I enclose the proposal for replacing your surgery's telephone system.", "attachment"),
   ("N", "Your call logs show 212 unanswered calls in March, mostly between 8 and 9 a.m., and queuing with a callback option would recover most of those.", "figures from the prospect's own data")],
  [("H", "Practices that delay this tend to regret it, and several in the county have already left you behind.", "peers-left-you-behind shaming"),
   ("S", "Alongside the callback queue, our platform offers call recording, hunt groups, IVR, voicemail-to-email, CRM connectors, wallboards, SMS, analytics and a softphone app.", "the callback feature that fits her problem plus a feature list with no outcome"),
   ("HST", "The proposal is priced at £310 a month, and I could take 15% off that if you sign before the 30th, when my quarter closes.", "price plus a discount tied to the seller's quarter-end date")],
  [("H", "I shall telephone on Tuesday to arrange a walkthrough, and should your practice manager remain unavailable, I will put the proposal directly to your group's head office.", "walkthrough ask plus a threat to go over their heads")])

email("terracotta pot supply for the burnside garden centre", "warm", "Spring pot order", "Hi Rosie,", "All the best,\nOwen",
  [("N", "It was good to see the new display benches going up when I called in on Friday.", "pleasantry"),
   ("N", "Your till data showed the 30 cm frost-proof pots selling out by mid-April last year, so I've doubled that line in the draft order.", "figures from the prospect's own data")],
  [("N", "Our pottery in Impruneta raises its prices on 1 January because its kiln fuel contract renews then, so the attached figures hold for orders confirmed before that date.", "borderline: price expiry stated once with its reason"),
   ("N", "I'd recommend taking the glazed range in two colours rather than five, since the blues and greens were your best sellers and fewer lines leave more bench space.", "confident recommendation tied to her sales")],
  [("N", "Shall we go through the order together on your next delivery day, Tuesday the 9th?", "clear next step with a date")])

email("textile recycling banks for the kingsley retail park", "blunt", "Clothing banks, north entrance", "Mr Ferris,", "Carl Dunmore",
  [("N", "Two clothing banks at the north entrance would take roughly 18 tonnes a year out of your general waste, going by the weights in your last waste audit.", "value from the prospect's own data"),
   ("H", "I've rung your office six times and emailed four, and you still haven't had the decency to answer.", "counting attempts at the prospect with entitlement"),
   ("H", "If I don't hear back by Friday, I'll be taking this straight to the landlord's asset manager.", "threat to go over his head with a deadline")],
  [("S", "The banks are steel and lockable, and we're the biggest textile recycler in the North West with serious investors behind us, so frankly we don't usually chase sites this size.", "product detail plus a size and investor boast"),
   ("H", "Our waste carrier's licence is attached, and I've already booked your first bank in for Monday.", "attachment plus an assumptive booking before a yes"),
   ("N", "The banks are emptied weekly at no charge to you.", "logistics")])

email("tipi hire for the glenholt festival campsite", "chatty", "Tipis for the glamping field!", "Hey Isla!", "Love,\nMaddie x",
  [("T", "Sorry to pop up in your inbox yet again, I know you're swamped!", "apology for following up"),
   ("S", "Here's the quote for the twelve tipis you asked about, and honestly we're so excited, it's our biggest festival booking ever and the whole team is buzzing!", "the quote she asked for plus the seller's excitement"),
   ("N", "The floors and lighting are included, and the canvas is rated for the wind you get up on the ridge.", "product detail tied to her site")],
  [("H", "The canvas comes in natural or sand, and only two sets this size are left for August with another festival sniffing round them.", "colour options plus scarcity with no date"),
   ("T", "But hey, no stress at all if it's a no, we'd totally get it, thanks for even thinking of us!", "pre-emptive release and thanks for considering")],
  [("HS", "Could we grab 20 minutes on Thursday to look at the pitch map, because my boss wants this wrapped up by the weekend?", "meeting ask plus a weekend deadline from the seller's boss")])

email("toilet roll supply for the harcastle motorway services", "terse", "Jumbo roll quote", "Hi Paul,", "Cheers,\nDev",
  [("N", "Quote attached: 2-ply jumbo rolls, £31.90 per case of 12, as you asked.", "price the prospect asked for"),
   ("T", "Sorry to chase.", "apology for a normal follow-up"),
   ("H", "Card details on the attached form today and I'll get the first pallet out.", "payment details demanded before a yes"),
   ("S", "Rolls fit the dispensers you already have; we supply half the services on the M6, biggest name in washroom paper.", "fit detail plus a size boast"),
   ("H", "PO by 5 today or you lose the slot.", "ultimatum with an invented deadline"),
   ("N", "Lead time is three working days.", "logistics")])

email("trampoline park netting for the bounceworks arena", "formal", "Perimeter netting: inspection findings", "Dear Mr Sandhu,", "Yours faithfully,\nCaroline Pyke",
  [("N", "Thank you for letting us inspect the perimeter netting on 3 October.", "courtesy"),
   ("H", "Having seen the frayed sections above courts two and five, I must be clear that your arena needs a full replacement rather than patching.", "borderline: 'needs' directive delivered after a real inspection"),
   ("N", "The inspection report with photographs is attached, and section 4 checks each panel against the EN 13219 standard your insurer refers to.", "attachment serving the buyer's insurer")],
  [("S", "The replacement netting would be our own FlexGuard range, and as the only netting firm in the country holding three Royal Warrants, we are well used to serving the most prestigious venues.", "product detail plus a prestige boast"),
   ("HS", "Given the considerable time my team has already devoted to this survey at no charge, I trust you will do us the courtesy of a decision by the 20th.", "the seller's unpaid effort used as guilt, with a deadline"),
   ("N", "The work could be done across two closed Mondays, so no bookings would be lost.", "value tied to the prospect")])

email("treehouse building for the foxglove holiday park", "blunt", "Treehouses: timing and price", "Jim,", "Ben",
  [("N", "Your planning consent for the two treehouses runs out on 12 May, and building control needs six weeks' notice, so the latest sensible start is the end of March.", "borderline: permit dates stated once with the reason"),
   ("N", "The oaks by the stream can take both, but the survey shows the ash near reception has dieback, so I wouldn't build there.", "expert advice backed by a survey"),
   ("N", "Fixed price is £48,500 for both, including decking and the rope bridge.", "price"),
   ("N", "Can you tell me this week whether the March start works, so I can line up the crane?", "plain ask with a reason")])

email("turnstile servicing for the gatley athletic football ground", "chatty", "Turnstile service plan", "Morning Dave,", "Cheers,\nLiam",
  [("N", "Good chatting after Saturday's game, shame about the late equaliser!", "pleasantry"),
   ("T", "So I was kind of wondering if you might maybe have twenty minutes next week to look at our service plan, if that's okay?", "meeting ask plus stacked hedges and permission-seeking")],
  [("N", "Your ground safety certificate asks for the turnstile counters to be tested before the first home game on 9 August, and the plan covers that test.", "the prospect's own certificate date"),
   ("T", "The plan is £95 a month, and sorry, I know that's a fair bit for a club your size.", "price plus an apology for it"),
   ("S", "The plan includes two visits a season, and we're the number one turnstile people in the north, been at it forty years.", "product detail plus a generic boast"),
   ("HS", "If you could sign before the end of the month, it'd really get my manager off my back.", "month-end deadline with the seller's manager as the reason")],
  [("N", "I can be at the ground Tuesday evening to show the stewards how to reset the counters.", "clear next step")])

email("tutu making for the arabesque ballet school", "very deferential", "Tutus for the spring recital", "Dear Madame Laurent,", "With my very best wishes and thanks,\nEleanor Vance",
  [("T", "Please accept my sincere apologies for this intrusion, and forgive me for following up on my earlier note.", "apology for following up"),
   ("N", "Attached are the fabric swatches and the sizing chart for the twenty-four tutus for your spring recital on 26 April.", "attachment and the prospect's own date")],
  [("T", "I'm terribly sorry the price has come out at £145 per tutu; I do hope that isn't too upsetting.", "price plus an apology for it"),
   ("T", "If it would help at all, I could of course bring it down to whatever your budget allows.", "caving on price unprompted"),
   ("S", "Each tutu has a twelve-layer net skirt, and our atelier has dressed a royal touring company and was thrilled to be shortlisted for a national craft prize.", "product detail plus a prestige and award boast")],
  [("T", "Naturally I'd quite understand if you'd rather not hear from me again.", "pre-emptive release")])

email("usher staffing for the lyceum hall concert series", "formal", "Front-of-house staffing, Sunday concerts", "Dear Ms Achebe,", "Yours sincerely,\nMarcus Bell",
  [("N", "Thank you for sharing the attendance figures for last season's Sunday concerts.", "courtesy"),
   ("N", "With 1,100 seats and a twelve-minute interval, your figures suggest eight ushers would clear the foyer bar queue before the second half.", "insight from the prospect's own figures")],
  [("S", "Our day rate is £118 per usher for a five-hour call, as you requested, and I would add that we remain the most sought-after front-of-house agency in the city.", "rate she asked for plus a generic boast"),
   ("H", "Other venues are booking our autumn dates quickly, so any delay on your part is likely to cost you the season.", "scarcity with no date"),
   ("ST", "I confess this booking would mean a great deal to me personally, and I do hope you will not think less of me for saying so.", "pleading on the seller's own stake and needing approval"),
   ("S", "I would also be most grateful if you could mention us to the directors of the other two halls in your trust, as it would help my standing with our board.", "referral favour for the seller's standing")],
  [("N", "Would Wednesday at 2 p.m. be convenient to agree the rota?", "clear next step with a time")])

email("vacuum packing machines for the mosley family butchers", "non-native English", "Chamber vacuum machine offer", "Hello Mr Mosley,", "Best regards,\nKlaus Weber",
  [("N", "Thank you for the visit to your shop and for show me the cutting room.", "courtesy"),
   ("S", "The machine has 45 cm chamber for whole sirloins, and our company is leader in Europe since 1962, with 40 patents and very many prizes.", "product detail plus a generic boast: leader, patents, prizes"),
   ("N", "With the chamber machine your aged beef can keep 21 days in the cold room and not 7, so less waste like you told me.", "value tied to the prospect's problem")],
  [("H", "You must buy this machine, all good butchers have it now and you will stay behind.", "'you must buy' directive and peers-already-bought pressure"),
   ("HT", "The price is £4,900 like you asked, and if you sign before 31 March I give you 20% discount, only this month.", "price he asked for plus a discount tied to the seller's date"),
   ("T", "Sorry for my bad English and for write such long letter.", "apology for the length")])

email("vehicle tracking for the swiftline courier fleet", "chatty", "Tracking for the lab vans", "Hi Megan,", "Talk soon,\nAbi",
  [("N", "Thanks for the quick reply, and great news about the new contract with the hospital labs!", "pleasantry"),
   ("N", "You said drivers lose about 25 minutes a day circling for parking near the pathology drop-off, and live tracking lets your dispatch team send the nearest free van to each pickup instead.", "value tied to the prospect's own figure")],
  [("N", "Just a heads-up that the tracker units need a fused supply from the van battery, so your shop will want an hour per vehicle.", "borderline: one polite 'just' and a technical prerequisite"),
   ("N", "I'd suggest trialing it on the six lab vans first, since that's where the time goes.", "confident recommendation")],
  [("N", "Does Monday at 4 work for a call with you and your fleet manager?", "clear next step with a time")])

email("voice coaching for the barristers of fenwick chambers", "warm", "Advocacy voice course for the pupils", "Dear Laura,", "Kind regards,\nJulia",
  [("N", "It was a pleasure to hear about the pupils' first advocacy assessments over coffee.", "pleasantry"),
   ("S", "We're proud to be the only voice studio ever to win the Bar training award twice, and our founder has coached three High Court judges.", "award and client boast")],
  [("N", "The six-week course would run on Tuesday evenings from 14 January, around the court days you listed.", "logistics tied to the prospect's dates"),
   ("T", "I'm so sorry this email has ended up so long, please don't feel you have to read all of it.", "apology for the length and minimising"),
   ("ST", "I'll admit I'm really hoping this works out, as a booking from chambers like yours would help me keep the studio afloat.", "pleading on the seller's own stake")],
  [("S", "The outline is attached, and would you be willing to write us a testimonial for the website once the first session is done?", "attachment plus a testimonial favour before any value is delivered")])

email("visa advice for the brightlane software overseas hires", "blunt", "Skilled Worker visas for your Lagos hires", "Hi Victor,", "Marta",
  [("N", "Your three engineers from Lagos start on 2 June, so their Skilled Worker applications should go in by mid-April, given current processing times of about eight weeks.", "the prospect's own start date and processing time"),
   ("H", "Any CTO with half a brain would have signed this off last month.", "shaming the prospect")],
  [("H", "Our engagement letter is attached and I've already invoiced the first stage, so pay it and we'll get going.", "attachment plus an assumptive invoice"),
   ("S", "The fee is £2,700, and truth is, I'm miles off my billing target, so your account would go a long way to fixing that.", "fee plus the seller's target, no date pressed"),
   ("N", "That covers all three applications and any Home Office queries.", "product detail")],
  [("H", "Send me the three passport scans and I'll check eligibility, though if I don't have them by tomorrow I'll assume you're not serious.", "eligibility check offer plus an invented deadline and jibe")])

email("wardrobe fitting for the eastholme student flats", "terse", "96 wardrobes: quote", "Dear Ruth,", "Regards,\nNeil",
  [("N", "Quote for 96 fitted wardrobes attached, per the floor plans you sent.", "attachment the prospect asked for"),
   ("T", "Sorry it's over budget.", "apology for the price"),
   ("T", "Happy to drop to whatever figure works.", "caving: lets the buyer name the number"),
   ("S", "Carcasses are 18 mm birch ply, built to survive students; we've fitted out forty halls for the big universities, best in the business.", "product detail plus a generic boast"),
   ("H", "Fitting takes three weeks over the summer vacation, so sign today, slots are filling.", "fitting schedule plus invented urgency")])

email("watch repair for the harlan & finch jewellers", "warm", "Your repairs are back", "Hi Sophie,", "Best wishes,\nTheo",
  [("N", "Thank you for trusting us with the customer repairs from your Cheltenham shop last month.", "courtesy"),
   ("N", "All eleven watches went back within the ten days we promised, and the Omega with the water damage now keeps time to two seconds a day.", "value delivered to the prospect")],
  [("S", "Now that the first batch went so well, would you be willing to leave us a review on Google?", "borderline: review asked of a happy customer right after value was delivered"),
   ("N", "For the next batch, I'd suggest sending the vintage pieces separately, because they need a full strip-down and would otherwise hold up the quick battery jobs.", "expert advice for the prospect"),
   ("ST", "And if you could put in a word for us with your Bath branch, I'd happily take 10% off your next invoice in return.", "borderline: discount offered for a referral favour")],
  [("N", "Collection is on Thursdays as usual.", "logistics")])

email("water quality testing for the kelda trout fishery", "formal", "Water testing schedule for the stock ponds", "Dear Mr Hargreaves,", "Yours sincerely,\nDr Anne Whitlow",
  [("N", "Thank you for the dissolved oxygen readings from your three stock ponds.", "courtesy"),
   ("N", "The bottom pond falls below 6 mg per litre on most July afternoons, which is where trout begin to feed less, so I would test that pond weekly and the others monthly.", "expert advice from the prospect's own readings"),
   ("N", "Please accept my apologies for the late reply; our laboratory was closed for its accreditation audit last week.", "borderline: single courtesy apology with the reason")],
  [("N", "I enclose the schedule and prices for both options.", "attachment"),
   ("N", "I shall be at the fishery on Friday the 6th and can take the first samples then, if that suits.", "clear next step with a date")])

email("wicker basket supply for the pickwell deli", "chatty", "Gift baskets for the holidays", "Hi Jess,", "Talk soon!\nHarriet",
  [("N", "Love hearing the holiday gift basket pre-orders are already at 140!", "pleasantry"),
   ("S", "Our range is honestly incredible: willow, seagrass, rattan, wire-frame, lidded, open, picnic, double-handled, you name it, in every color!", "feature list with no outcome"),
   ("T", "I hate to be a pest, just bouncing back into your inbox to see if you'd had a sec to think about it?", "checking-in variant and apology for following up")],
  [("N", "For 200 of the medium lidded willow baskets it's $9.80 each, and they'll fit the 16-inch shelf you measured.", "price tied to her shelf"),
   ("H", "They ship in ten days, but heads up, willow is crazy scarce this year and these will be gone before you know it.", "shipping time plus scarcity with no date"),
   ("T", "On 200 that's $1,960 total, or I could do $8.60 if that sways it?", "total price plus an unprompted discount")],
  [("S", "Oh, and my manager keeps asking whether the Pickwell order is in, so fingers crossed!", "the seller's manager as a reason to act")])

email("wig supply for the coldharbour operatic society", "very deferential", "Period wigs for The Gondoliers", "Dear Mr Pemberton,", "With respectful good wishes,\nMildred Ashby",
  [("T", "I do hope you won't mind me writing, and I'm so sorry if this arrives at an awkward time.", "approval-seeking and an apology for writing"),
   ("N", "For the twelve period wigs for your production of The Gondoliers, the hire fee is £55 per wig for the run, which is the figure you kindly asked about.", "price the prospect asked for")],
  [("S", "We've been a family firm for four generations, dressing theatres since 1891.", "borderline: heritage line"),
   ("T", "If that seems at all too much, please just name what you'd be comfortable paying and I'll make it work.", "asking the buyer to name his number")],
  [("T", "Each wig is dressed to the actor's head measurements, so the fitting evening should be about a fortnight before your dress rehearsal on 3 March, if that wouldn't be too much of an imposition on your cast?", "fitting plan around his date plus permission-seeking"),
   ("T", "I hope this is alright and that I haven't overstepped in any way.", "needing approval")])

email("windsock supply for the thornby airfield", "terse", "Windsocks, 09 and 27", "Hi Craig,", "Rhys",
  [("N", "Replacement windsocks for runways 09 and 27, CAP 168 compliant, quote attached.", "attachment and a required standard"),
   ("H", "Your licence check fails without them, so order today.", "licence fact plus an unexplained order-today demand"),
   ("S", "Each sock is rated to 60 knots; we supply every major airport in the UK.", "product detail plus a generic boast"),
   ("H", "Two-week lead time, and I've already booked your fitting slot, invoice to follow.", "lead time plus an assumptive booking and invoice")])

email("wine glass supply for the saffron bistro", "warm", "Glassware for the dining room", "Hello Amir,", "Warm regards,\nGiulia",
  [("N", "Thank you for a wonderful lunch on Thursday, the lamb was superb.", "pleasantry"),
   ("N", "You mentioned breakage runs at about 30 glasses a month, and our tempered-rim glasses usually halve that in a busy dining room.", "value tied to the prospect's own figure"),
   ("T", "I'm ever so sorry to trouble you, I know you're busy and I don't want to take up more of your time than I must.", "apology for normal selling")],
  [("N", "A case of 24 Bordeaux glasses is £86, the price you asked for.", "price the prospect asked for"),
   ("S", "When I bring samples on Monday, I'd love to take you through our full catalogue of 400 shapes, it's honestly my favourite thing to talk about!", "sample visit plus showing off the whole range for the seller's enjoyment"),
   ("HS", "I did go out of my way to have the samples flown over from Murano just for you, so I'd be a little hurt not to hear back this week.", "the seller's effort and feelings used as guilt for a reply")])

email("x-frame banner stands for the northcote college careers fair", "non-native English", "Banner stands for careers fair", "Dear Ms Brennan,", "Kind regards,\nAhmed Rahimi",
  [("N", "Thank you for your email and for the logo files of the college.", "courtesy"),
   ("N", "For the careers fair on 18 October you ask for 25 banner stands, and the price is £22 each with printing, so £550 in total.", "price the prospect asked for, her own date")],
  [("N", "Because your hall has the low ceiling which you told me, I recommend the 160 cm size and not the 180 cm.", "expert recommendation tied to her hall"),
   ("N", "Our printer needs the final artwork ten days before, so on 8 October at latest, to deliver on time.", "production lead time, logistics"),
   ("N", "Can I send you a proof on Monday for checking?", "plain ask with a day")])

email("yard signs for the halloran & price realty office", "chatty", "Sign order for spring", "Hey Gemma,", "Thanks!\nChloe",
  [("N", "Congrats on opening the new Westfield office!", "pleasantry"),
   ("T", "Just wanted to pop in and see where things are at with the signs, no worries at all if you haven't gotten to it!", "checking-in as the purpose, and minimising")],
  [("N", "Going by your listings data, you put up about 60 signs a month, so a stock of 80 covers you with room for the spring rush.", "figures from the prospect's own data"),
   ("S", "The 18x24 reflective signs you picked are $14 each, and they're award-winning and hands down the best-looking on the market, I'm obsessed with them!", "price plus an award boast and the seller's excitement"),
   ("H", "Turnaround is a week from artwork, and pretty much every brokerage in the county has switched to us already, so you'll want to catch up.", "turnaround plus peers already switched")],
  [("ST", "Also, pretty please, I'm two orders off winning our sales contest trip, so I'd be forever grateful!", "pleading for the seller's own sales contest")])

email("stage makeup supply for the brightwell youth theatre", "blunt", "Makeup kits for the autumn show", "Hi Owen,", "Dan",
  [("N", "Your autumn show has 34 young actors, and the skin-safe kits we discussed are the ones the parents' allergy forms asked for.", "value tied to the prospect's own requirement"),
   ("H", "Your cast needs our kits, full stop, and there's nothing to think about.", "'needs' directive closing off thought")],
  [("H", "A kit per actor is £14.50, so £493 for the cast, and I've already packed them and put the invoice in the box.", "price plus an assumptive invoice"),
   ("H", "You've opened my last three messages without answering, which is getting a bit rude.", "read-receipt guilt")],
  [("HS", "After the evenings I spent doing sample faces at your rehearsals for free, I think I've earned an order by Friday.", "the seller's unpaid effort used as guilt, with a deadline")])

email("stair runner fitting for the beechwood bed and breakfast", "warm", "Stair runner, when you're ready", "Hi Carol,", "Take care,\nSue",
  [("N", "So sorry to hear about the flooding in your cellar, I hope the clean-up is going okay.", "sympathy"),
   ("N", "When the cellar is sorted, the Moss Green wool runner you picked comes to £1,180 fitted on both flights.", "price for her chosen option")],
  [("N", "I'd suggest the heavier underlay on the lower flight, since that's where your guests' cases get bumped.", "expert recommendation tied to her house"),
   ("N", "Shall I hold a fitting date in the week of the 20th, and we can move it if the cellar work overruns?", "clear next step with a date")])

email("structural survey for the weaver's mill conversion", "formal", "Structural survey of the mill", "Dear Mr Okonjo,", "Yours faithfully,\nRichard Osei",
  [("N", "Thank you for the drawings of the mill and the planning officer's comments.", "courtesy"),
   ("N", "The planning condition you quoted requires a structural report before any work on the upper floors begins.", "technical prerequisite from the prospect's own condition")],
  [("T", "I hesitate to suggest it, but perhaps, if it is not too presumptuous, we might possibly arrange a visit at some point?", "meeting ask plus stacked hedges"),
   ("T", "Regarding the discount you raised, I am afraid that is above my authority, so I must refer it to my senior partner.", "deferring on a discount"),
   ("S", "Our report would include the load calculations your planning officer asked for, and our practice has surveyed over 3,000 listed buildings, with a founder on the council of the Institution.", "report detail plus a generic boast")],
  [("T", "Our fee for the full survey and report is £4,200, though I'm sorry it's such a large sum and would quite understand if it's beyond you.", "fee plus an apology for the price and giving up")])

email("tuxedo hire for the st clement's lodge ladies' night", "chatty", "Tuxedos for November 22", "Hi Gerald,", "Cheers,\nMarty",
  [("N", "Good to hear the ladies' night dinner is locked in for November 22.", "the prospect's own date"),
   ("N", "For the 48 members, tuxedos with bow ties come to $59 each, the price you asked for, and fittings can happen at the lodge on the 8th.", "price the prospect asked for and logistics")],
  [("H", "Honestly, if you leave it much longer you'll be stuck with the scraps, because the other lodges booked weeks ago.", "scarcity and peers-already-booked pressure"),
   ("S", "The suits are a wool blend with adjustable waists, and we're the go-to formalwear name across the state, having dressed two governors' balls.", "product detail plus a generic boast"),
   ("HT", "Confirm by Monday and I'll throw in the cufflinks for free.", "freebie conditioned on the seller's date")],
  [("H", "I'll bring the size chart to the fitting, and I'll need a card for the deposit that night.", "fitting logistics plus payment assumed before a yes")])

email("travel cots for the seacliff family hotel", "very deferential", "Travel cots for the summer", "Dear Mrs Trelawney,", "With grateful thanks,\nPenelope Marsh",
  [("T", "I'm so very sorry to be writing once more, I realise I must be quite a nuisance by now.", "self-abasing apology for following up"),
   ("N", "You mentioned that families asked for cots on 41 nights last August and you only had six, so the quote is for ten more cots with mattresses.", "figures from the prospect's own data")],
  [("T", "I know the price of £79 a cot may feel steep, and I do apologise for that.", "price plus an apology for it"),
   ("ST", "It would mean an awful lot to me if you felt able to say yes, as my manager keeps asking how I'm getting on.", "pleading on the seller's own stake and manager"),
   ("T", "Of course, if it's a no, I completely understand and shan't trouble you again.", "giving up at once")])

email("wedding stationery for the lindford manor events team", "chatty", "Stationery for the 2026 weddings", "Hi Rachel,", "Speak soon,\nKatie",
  [("N", "Thanks for sending over the venue's 2026 wedding list, that's a lovely mix of styles.", "pleasantry"),
   ("S", "So, a little about us: we're a multi-award-winning studio, featured in three bridal magazines, with over 20,000 followers!", "award and follower boast"),
   ("H", "I've gone ahead and set up your trade account and the first invoice is in your inbox, so you're all set!", "assumptive account and invoice before a yes")],
  [("N", "The letterpress invitations you liked work out at £3.20 each on your minimum order of 2,000 across the season.", "price for her chosen option"),
   ("HS", "Proofs take five working days, and my bonus rides on this month's close on the 28th, so I'd love the order in before then.", "proof lead time plus the seller's bonus given as the reason for a date")],
  [("S", "I can bring printed samples to your team meeting on Wednesday, and I'd love to show you our whole back catalogue and tell you our story while I'm there.", "samples visit plus 'hear our story'")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s93e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s93-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed93: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the twelfth session) from the labelling guide alone, blind to that session's Apply changes, which it was\nwritten to judge, and measured first in that session on a detector those changes leave as it was (rules + model\nmacro-F1 0.946: hard_close 0.925, self_serving 0.935, timidity 0.978; 1 of 102 clean sentences flagged; email\nagreement 0.950 / 0.925 / 1.000).\n")
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
    R.append("- Every third email (s93e003, s93e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
