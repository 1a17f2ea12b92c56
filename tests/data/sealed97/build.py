#!/usr/bin/env python3
"""Build sealed97: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("stable rubber matting for the larchmere pony club", "chatty", "Matting for the Larchmere stables", "Hi Fiona,", "Cheers,\nMaddie",
  [("N", "Great to meet you and the ponies at the Saturday rally, and thanks for the tea and flapjack.", "pleasantry"),
   ("S", "Bit of background on us: we've kitted out the stables of three Olympic eventers and scooped the Equine Trade gold rosette twice.", "boast of famous clients and awards, not tied to the club")],
  [("N", "Of the eleven stables I looked at, six have bare concrete that's gone glassy by the door, which fits the slip you mentioned with the grey pony in March.", "finding from the prospect's own stables"),
   ("H", "Matting those six is £1,340 as you asked, and you need it down this week before one of the kids' ponies goes over.", "requested price plus 'you need' directive and fear-based urgency"),
   ("T", "The matting is heavy-duty 18 mm with interlocking edges, and I'm so sorry the price is such a big number for a club budget.", "product detail plus apology for the price")],
  [("HS", "I could lay them on Saturday the 12th, and getting the order in before Friday would make my month, since that's when my fitting target closes.", "install date offer plus seller-driven deadline: rep's monthly target")])

# 2
email("stainless steel worktops for the tollgate butchery counters", "formal", "Worktops for the Tollgate counters", "Dear Mr Okafor,", "Yours sincerely,\nEdmund Greaves",
  [("N", "Thank you for your letter of 3 March describing the state of the cutting benches across your four counters.", "courtesy, refers to prospect's letter"),
   ("N", "Your own hygiene log records eleven swab failures on the timber benches since October, none of which would have occurred on sealed 304-grade steel.", "value drawn from the prospect's own data")],
  [("T", "I must apologise for the length of this letter and for imposing upon your valuable time.", "apology for length and for normal selling"),
   ("S", "Your counters would be fabricated at our Sheffield works, and Steelcraft has been the pre-eminent name in commercial worktops since 1921, supplying the Savoy Grill and two Michelin-starred kitchens in Mayfair.", "fabrication detail plus generic boast: years in business and famous clients"),
   ("T", "The fitted price for all four counters is £8,600, though should that seem in any way excessive I would be content to accept whatever figure you consider fair.", "requested price plus asking the buyer to name their number"),
   ("H", "A sample offcut is enclosed, and I trust a business of your standing will not wish to lag behind the other Tollgate traders who have already engaged us.", "enclosed sample plus peers-already-bought shaming")],
  [("N", "I can call at the Tollgate shop on Tuesday 11 March at 8 am to measure the benches before you open.", "clear next step with a date")])

# 3 (clean)
email("sewage pump servicing for the fellmoor caravan site", "warm", "Pump chamber at Fellmoor", "Hello Gareth,", "Warm regards,\nNia",
  [("N", "Thanks for showing me round the pump chamber on Monday, and I'm sorry to hear the site flooded over the bank holiday.", "thanks and sympathy"),
   ("N", "The float switch on pump two is sticking, which is why the high-level alarm didn't trip until the tank was already backing up.", "insight tied to the prospect's problem")],
  [("N", "Your own call-out log shows five emergency visits last season at roughly £380 each, so a quarterly service at £520 a year would pay for itself after two avoided call-outs.", "cost figures from the prospect's own data, offered as information"),
   ("N", "The Environment Agency permit renewal for your discharge is due on 30 June, and they'll want the latest service record with it.", "borderline: real external permit date stated once with its reason")],
  [("N", "Could we pencil in the first service for the week of 14 April, before the Easter bookings arrive?", "clear next step tied to the prospect's season")])

# 4
email("stretch tent hire for the kirkbride food festival", "blunt", "Tents for Kirkbride", "Tom,", "Dan",
  [("N", "Two 12 m stretch tents cover the 40 traders on your site plan with room left for the generator run.", "product detail tied to the prospect's plan"),
   ("S", "Both tents are in stock in ivory, and we've been the busiest stretch-tent outfit in the North for six summers straight.", "stock detail plus generic boast"),
   ("H", "We can rig on Friday the 8th for your Saturday opening, but the crew diary is filling from the top and I won't hold your weekend for anyone who dithers.", "rig date plus scarcity without a date and a jab")],
  [("H", "Half the food festivals in the county have already moved over to us, and the ones that haven't are the ones with soggy punters.", "peers already switched, shaming"),
   ("N", "Price for both tents, rigged and struck, is £2,850.", "requested price, plainly stated"),
   ("H", "The agreement for those dates is attached, and the deposit invoice goes out tonight whether I hear back or not.", "attachment plus assumptive invoice before a yes")])

# 5
email("solar battery storage for the ashwell village hall", "very deferential", "Battery for the hall", "Dear Mrs Pennington,", "With kind regards,\nArthur Bell",
  [("T", "I do hope you'll forgive me for writing again, and I'm terribly sorry if my last message was a nuisance.", "apology for following up, needing approval")],
  [("N", "The meter readings you kindly sent show most of the panel output is exported at midday and bought back in the evening for the badminton club.", "prospect's own data"),
   ("T", "I was sort of thinking that perhaps a battery might possibly help a little with that, if it isn't too presumptuous of me.", "product suggestion plus stacked hedges and permission-seeking"),
   ("N", "A 10 kWh unit would store roughly the evening load you described, which on your figures comes to about £410 a year.", "concrete value from the prospect's figures")],
  [("S", "The battery carries a ten-year warranty, and our little firm did win a regional green business award last year, if that's of any interest at all.", "warranty detail plus award boast"),
   ("T", "The installed price is £5,200, though I could certainly take something off if the committee finds it too dear.", "requested price plus unprompted discount"),
   ("T", "Please take all the time in the world; I'd hate to be any trouble to the committee.", "minimising and approval-seeking")])

# 6
email("sack truck supply for the dunmow brewery dray team", "terse", "Sack trucks quote", "Hi Priya,", "Rob",
  [("N", "Quote attached for 12 stair-climbing sack trucks, as requested.", "requested quote attached"),
   ("S", "Flagship model: puncture-proof tyres, 250 kg rating, folding nose plate, stair tracks, six powder-coat colours, lifetime frame warranty, matching wall bracket.", "feature list not tied to the dray team"),
   ("HS", "The PO can go to the usual orders address, and my regional manager wants this one in by the 31st, so I'll need it by then.", "ordering logistics plus seller-driven deadline: manager"),
   ("H", "Delivery is five working days, or put it on the company card today and I'll have them out tomorrow.", "delivery detail plus assumptive payment step")])

# 7
email("scissor lift hire for the orchard street atrium repaint", "non-native English", "Lift for atrium painting", "Dear Mr Halloran,", "Best regards,\nTomasz Wojcik",
  [("N", "Thank you for the meeting yesterday, it was very useful to see the atrium height of 11 metres by myself.", "thanks and context"),
   ("N", "For this height I recommend our 12 metre lift, because the smaller one cannot reach the skylight frame you want painted.", "expert recommendation with reason"),
   ("S", "Our company is biggest lift hire in Poland and since two years also in England.", "generic size boast")],
  [("T", "Excuse me please for the many questions I ask, I know I am maybe too much disturbing you.", "self-abasing apology for normal selling"),
   ("HT", "The price is £1,150 for two weeks, and if you confirm today I make it £900, tomorrow is not possible.", "requested price plus discount conditioned on the seller's same-day deadline"),
   ("H", "The delivery is Monday at 7 am, and my colleague already start to prepare the lift with your company name, so please send back the payment form.", "delivery time plus assumptive payment step")])

# 8 (clean)
email("tapas catering for the harlow rotary dinner", "warm", "Rotary dinner menu", "Hi Jean,", "Best,\nCarmen",
  [("N", "Lovely to hear the Rotary dinner is going ahead on 21 June at the cricket pavilion.", "pleasantry"),
   ("N", "For 70 guests I'd suggest eight small plates per head, with three of them vegetarian since you mentioned a third of members are.", "recommendation tied to the prospect's numbers")],
  [("N", "The pavilion kitchen has no extraction, so we'd cook the hot dishes at our unit and finish them on induction plates on site.", "logistics"),
   ("N", "You asked for final numbers a fortnight out, so I'll send the dietary form on 1 June and need it back by 7 June.", "the prospect's own timetable")],
  [("N", "Would a tasting on the evening of 15 May suit you and the committee?", "clear next step with a date")])

# 9
email("tennis ball machine hire for the elmbridge junior academy", "chatty", "That ball machine!", "Hey Marcus,", "Cheers,\nJosh",
  [("T", "Bubbling this back up your inbox, hope that's alright and not too annoying!", "check-in variant with no new content, needing approval"),
   ("S", "I'm so stoked about this machine, it's honestly the coolest bit of kit we've ever stocked and I've been itching to get it on a court.", "rep's own excitement, no customer value")],
  [("N", "It feeds topspin and slice at up to 80 mph, so your under-14 squad could drill returns while the coaches run the other court.", "product detail tied to the prospect"),
   ("S", "It packs into a car boot, and three coaches of Wimbledon junior champions use ours, by the way.", "portability detail plus name-dropping boast"),
   ("HS", "It's free for the whole of June, and I've turned down two other clubs to keep it that way, so the least you owe me is a yes or no by Friday.", "availability plus seller's sacrifice used as guilt with a demand")],
  [("T", "Totally fine if not though, no hard feelings whatsoever!", "pre-emptively releasing the prospect")])

# 10
email("tool hire subscription for the kestrel handyman co-op", "formal", "Kestrel co-op membership terms", "Dear Ms Adeyemi,", "Yours sincerely,\nGraham Pike\nAccount Director",
  [("N", "Further to our call, I enclose the membership terms for the co-op's eighteen tradespeople.", "enclosure, logistics"),
   ("S", "The membership covers all eighteen of your tradespeople, and we are the fastest-growing tool hire subscription in the North, backed by two of the region's leading venture funds.", "coverage detail plus growth and investor boast"),
   ("N", "Under the plan, each member could collect a core drill or floor sander from any of our five depots without a separate hire charge.", "product detail tied to members")],
  [("HS", "The agreement is enclosed, and as this is the final week of our quarter, I must ask that the co-op sign it by Friday.", "enclosed agreement plus seller-driven deadline: quarter end"),
   ("H", "Should I not hear from you by then, I shall raise the matter directly with your chair, Mr Leyland.", "bypass threat")])

# 11
email("tree guard supply for the wyvern community orchard", "warm", "Shelters for the orchard", "Hi Bea,", "All the best,\nOwen",
  [("N", "So sorry to hear the deer got into the new plantings again last week.", "sympathy, not borderline"),
   ("N", "Spiral guards won't stop deer, so for your 60 whips I'd go with 1.2 m mesh shelters and a stake each.", "expert recommendation with reason")],
  [("T", "I've attached the quote you asked for at £438, and I feel awful that it's come out so high.", "requested quote plus apology for the price"),
   ("T", "Delivery is free, and if that's still too much I can happily drop it to £350, no questions asked.", "delivery detail plus unprompted, unconditional discount"),
   ("N", "We could deliver on 4 November, in time for your planting day on the 9th.", "the prospect's own date")],
  [("S", "Once they're in, would you mind if we put a photo of the orchard on our website with a quote from you?", "asking a promotional favour before any value is delivered")])

# 12
email("security tagging for the brightmoor pharmacy shelves", "blunt", "Tags and gates", "Mr Ahmed,", "Lewis",
  [("N", "The tags you asked about fit the skincare and baby-milk lines, and the gate alarms cover both doors.", "product detail answering the prospect's question"),
   ("N", "Your stock-loss report puts last year's shrinkage on those two lines at £14,200.", "figure from the prospect's own data"),
   ("H", "Going by that report, each month you wait is roughly another £1,200 walking out the door, so sitting on this makes no sense.", "borderline: cost of delay with a plausible figure, used to push")],
  [("H", "Pharmacies that already switched to us stopped the losses, and the ones still dithering are the ones on the local news.", "peers already switched, shaming"),
   ("S", "The tags are reusable for about five years, and we're the only tagging firm with a King's Award for Enterprise, by the way.", "product lifespan plus award boast"),
   ("H", "The gates come in grey or white, and I've already added them to your account, so the installer will ring on Thursday.", "product detail plus assumptive order and booking")])

# 13 (clean)
email("trench shoring hire for the glebe lane drainage works", "terse", "Shoring for Glebe Lane", "Hi Steve,", "Ta,\nKev",
  [("N", "Thanks for the drawings.", "thanks"),
   ("N", "At 2.8 m deep in that clay, the HSE guidance means you'll need support on the 40 m run before anyone goes in.", "'need' as a safety prerequisite, not pressure"),
   ("N", "Two drag boxes and a hydraulic frame cover it at £1,960 for three weeks.", "requested price and kit"),
   ("N", "Can I drop them on site Monday at 7?", "plain next step")])

# 14
email("uplighters for the saltwell chapel wedding venue", "chatty", "Lighting your chapel!", "Hi Rosie and Jack,", "Love,\nEllie @ Glowbright",
  [("N", "Thanks for sending the photos of the chapel, the stone arches are going to look gorgeous lit from below.", "pleasantry"),
   ("S", "We were voted Best Event Lighting at the North East Wedding Awards three years running, which we're super proud of!", "award boast"),
   ("S", "Our uplighters do 16 million colours, DMX, wireless sync, battery packs, app control, strobe, sound-to-light and a ten-hour runtime.", "feature list not tied to the couple")],
  [("N", "For your arches I'd suggest 14 warm-white units, which keeps the candlelit feel you described.", "recommendation tied to the couple's vision"),
   ("H", "I can hold 14 units for your date of 6 September, but most couples lock in lighting the week they book the venue, so you're cutting it pretty fine.", "their date plus manufactured urgency and mild shaming")],
  [("S", "I'll send the setup plan a week before, and once the big day's done, could you pop us a five-star review and tag us on Instagram?", "setup plan plus review favour asked before any value"),
   ("ST", "If you could mention us to the venue manager I'd be so grateful, and I'll knock £50 off for it.", "borderline: discount offered to win a referral favour")])

# 15
email("ultrasonic cleaning of the harbourside brass band instruments", "very deferential", "Instrument cleaning", "Dear Mr Fenwick,", "Kind regards,\nHilary",
  [("T", "Sorry to trouble you once more, I know you must be terribly busy with the contest season.", "apology for following up")],
  [("N", "The £1,200 bill for seized valves you mentioned is exactly what an annual ultrasonic clean prevents.", "value tied to the prospect's own cost"),
   ("T", "I was wondering, if it wouldn't be too much bother, whether perhaps the committee might maybe consider a trial clean of the cornets?", "trial offer plus stacked hedges and permission-seeking"),
   ("T", "Our price is £18 per instrument, and I'm really sorry it isn't less.", "requested price plus apology for the price")],
  [("T", "Please feel free to bin this if it's of no use at all.", "inviting the prospect to ignore the email")])

# 16
email("uniform embroidery for the pennine ambulance volunteers", "formal", "Volunteer crest embroidery", "Dear Ms Caldwell,", "Yours sincerely,\nRuth Anders",
  [("N", "Thank you for the artwork for the new volunteer crest.", "thanks"),
   ("N", "We can stitch it on the 140 fleeces and 140 polos in your order, in the reflective thread your safety officer specified.", "product detail tied to the prospect's spec"),
   ("S", "I should mention that we are a family business, now in our fourth generation of embroidery.", "borderline: heritage line")],
  [("HS", "I enclose the order form, and as my director has asked that I bring this order in before our financial year closes on 31 March, I would be grateful for your signature by then.", "order form plus seller-driven deadline: director and year end"),
   ("HST", "If the order is signed by that date, he has approved a 10% reduction, which I am afraid I cannot hold beyond it.", "discount tied to the seller's date, with the manager's approval as the reason")])

# 17
email("urban beekeeping training for the tolland street offices", "chatty", "Rooftop hives course", "Hi Sam,", "Bee well,\nIzzy",
  [("N", "Great chat on Tuesday about the rooftop hives and your wellbeing week.", "pleasantry"),
   ("S", "I'll be honest, I've got a lot riding on this one, as it'd be my first corporate booking of the year.", "seller's stake stated with no demand")],
  [("HS", "The custom course plan is attached, and since I gave up most of my weekend writing it, I was a bit gutted to hear nothing back.", "attachment plus seller's effort and hurt used as guilt"),
   ("N", "The half-day session covers hive inspection, swarm control and a honey extraction your staff can take jars home from.", "product detail")],
  [("H", "The outline you asked for is in my last message too, and this is my fourth email since the call, with my tracker showing you've opened every one.", "pointer to requested outline plus counting attempts and read tracking"),
   ("H", "I'll swing by your reception on Friday afternoon with the plan either way.", "turning up uninvited")])

# 18 (clean)
email("vapour barrier installation for the mossley cottage floors", "formal", "Survey results and quotation", "Dear Mr and Mrs Hartley,", "Yours sincerely,\nMeera Patel",
  [("N", "Thank you for letting us survey the cottage on Friday.", "thanks"),
   ("N", "Moisture readings under the kitchen floor averaged 24%, which explains the musty smell you mentioned in the back bedroom.", "finding tied to the prospect's problem"),
   ("N", "I would recommend a sealed membrane across the whole crawlspace rather than patching the kitchen, since the readings were high throughout.", "expert recommendation backed by evidence")],
  [("N", "Our membrane supplier has told us their prices rise on 1 May because of a resin surcharge, so the attached quotation holds until 30 April.", "borderline: supplier price expiry stated once with its reason"),
   ("N", "Apologies for the slight delay in sending this; the laboratory took an extra day with the samples.", "borderline: single courtesy apology for a real delay with its reason")],
  [("N", "Would Tuesday 22 April suit for a call to go through the options?", "clear next step with a date")])

# 19
email("veterinary dental kits for the fairholme cattery", "blunt", "Dental kits", "Hi Linda,", "Pete",
  [("N", "Prices for the dental kits you asked about are £64 each, or £58 each for ten.", "requested price with a volume tier"),
   ("H", "A cattery running 40 pens can't go another season without proper dental kits, so I'd stop weighing it up.", "'you need this' directive, no analysis"),
   ("H", "Your neighbours at Oakridge ordered theirs in January, and they're not the ones with vet bills piling up.", "peers already bought, shaming")],
  [("S", "All kits include a scaler and polishing paste, and they're the best-selling in Europe, with our biggest month ever just behind us.", "kit contents plus generic boast"),
   ("H", "That price only stands while this batch lasts, and it's going fast.", "price reminder plus scarcity without a date"),
   ("T", "Sorry to be so blunt, I know I'm a pain.", "self-abasing apology for normal selling"),
   ("N", "Delivery is next day if you order by 2 pm.", "logistics")])

# 20
email("vintage tableware hire for the morwick tea dance", "warm", "China for the tea dance", "Hello Margaret,", "Warmly,\nDot",
  [("N", "It was lovely to hear about the tea dance, and 1940s china will suit the ballroom beautifully.", "pleasantry"),
   ("N", "For 120 guests I'd allow 120 trios plus about 20 spares, since breakage at dances runs around 15% in our experience.", "expert advice tied to the event")],
  [("T", "Our hire price is £1.20 a setting, but as it's for a good cause I'll make it 80p without you even asking.", "requested price plus unprompted discount"),
   ("S", "We can deliver on the Friday before, and we've supplied china to the BBC for period dramas, and a famous baker once had tea from our cups!", "delivery offer plus celebrity boast")],
  [("T", "I'm so sorry this email has turned into such an essay!", "apology for length")])

# 21
email("voice recorder supply for the kelby court reporters", "terse", "Recorders", "Ms Quinn,", "J. Marsh",
  [("N", "Quote attached for 25 recorders as requested.", "requested quote"),
   ("S", "The units record 40 hours on one charge and are the most advanced recorders on the market, no contest.", "battery detail plus superiority boast"),
   ("H", "Order by Thursday or the units go to the next firm in the queue.", "ultimatum with invented competition"),
   ("HS", "I need this signed this week for my numbers.", "seller-driven deadline: rep's numbers")])

# 22
email("steel band for the bransby care home summer party", "very deferential", "Summer party music", "Dear Jenny,", "With thanks,\nWinston and the Pan Dragons",
  [("N", "Thank you so much for thinking of us for the summer party on 26 July.", "thanks, prospect's date"),
   ("N", "Our set runs 40 minutes with a singalong at the end, and we keep the volume gentle for residents with hearing aids.", "product detail tied to residents")],
  [("T", "Our fee is usually £220, though honestly whatever you can manage is fine, we don't want to be a bother.", "fee plus name-your-number and minimising"),
   ("ST", "We could arrive an hour early to set up, and I'd really love the booking, as things have been very quiet for the band this summer.", "setup offer plus pleading for the seller's own sake")],
  [("T", "Sorry again for going on, and thank you for even reading this far.", "apology for length and thanks for merely considering")])

# 23 (clean)
email("wetroom tanking for the harbour view guest house", "chatty", "Rooms 2 and 5", "Hi Alan,", "Cheers,\nRhys",
  [("N", "Thanks for the tour, and fair play, that sea view from room 4 is something else.", "pleasantry"),
   ("N", "The grout in rooms 2 and 5 is cracked right at the shower tray line, which is where the ceiling stain in the breakfast room is coming from.", "insight from the inspection")],
  [("N", "Tanking both rooms is £3,600 and takes four days, so if we start on 3 November we'd be done well before your Christmas bookings on the 19th.", "price plus the prospect's own date, no fault"),
   ("N", "Just a heads-up that the adhesive needs 48 hours before the rooms can be used.", "borderline: one polite 'just' as a heads-up"),
   ("N", "Shall I hold 3 November for you?", "plain ask")])

# 24
email("wildflower meadow mowing for the cresswell churchyard", "warm", "Re: Churchyard meadow", "Dear Reverend Marsh,", "Blessings,\nClare",
  [("N", "Thank you for your reply and for explaining that the PCC has decided to keep the mowing in-house this year.", "acknowledges the decision"),
   ("T", "Of course, I completely get it, and I won't bother you again until next spring.", "accepting the no at once with self-minimising 'bother', no question"),
   ("T", "Thanks so much for even giving us a thought, it means a lot.", "thanking them for merely considering")],
  [("N", "In case it's useful, cutting the meadow strip once in late August and taking the hay off will keep the orchids coming back.", "leaving value behind")])

# 25
email("survival suit servicing for the porthleven lifeboat crew", "formal", "Drysuit inspection report", "Dear Coxswain Trevithick,", "Yours faithfully,\nPaul Rowe",
  [("N", "Please find attached our inspection report on the crew's twelve drysuits, as you requested after the March exercise.", "requested attachment"),
   ("H", "Three suits show perished neck seals, so you need our full service done before the summer season.", "borderline: inspection finding plus 'you need' directive after a real inspection")],
  [("H", "If I do not have a go-ahead from the station by the 15th, I shall take the report to your divisional inspector myself.", "bypass threat with a deadline"),
   ("S", "The work would be done at our Penzance workshop, where our technicians are the only ones in Cornwall certified on every drysuit brand made since 1990.", "workshop detail plus generic credentials boast"),
   ("T", "I do apologise for pressing the point, and I hope I haven't overstepped.", "apology for normal selling, needing approval")],
  [("N", "We can collect the suits on Wednesday 9 April and return them within five working days.", "logistics with a date")])

# 26
email("welding courses for the tynemouth apprentice scheme", "chatty", "Welding course for the new starters", "Hiya Dev,", "Ta,\nCraig",
  [("N", "Good to hear the apprentice scheme's taking eight new starters in September.", "pleasantry"),
   ("N", "Our 10-week MIG and TIG course lines up with the Level 2 units they'll be assessed on, so the college portfolio work doubles up.", "value tied to the scheme")],
  [("S", "Between us, my commission this half hangs on a couple more group bookings like yours.", "seller's commission, no demand"),
   ("HS", "The booking form's attached, and if you could get it back before the 30th that'd square me away with my sales lead.", "attached form plus seller-driven deadline: sales lead"),
   ("T", "Sorry if that's cheeky of me!", "apology for normal selling")])

# 27
email("shed roof felting for the millbank allotment trust", "non-native English", "Roof felt for sheds", "Hello Mr Doyle,", "Best wishes,\nDragan",
  [("N", "Thank you for the list of sheds, I count 46 sheds where the felt is split or lifting.", "thanks and count from the prospect's list"),
   ("N", "The trust's rule is that every shed roof must be sound by the plot inspection on 1 July, so felting in June keeps all tenants safe from a warning letter.", "borderline: real external inspection date stated once with its reason")],
  [("S", "The felt is torch-on with 20 year guarantee, and our company is biggest roofing felt installer in three countries.", "product detail plus size boast"),
   ("HT", "Price is £42 each shed, but if you order before Saturday I give £35, after Saturday I cannot.", "requested price plus discount tied to the seller's date"),
   ("H", "Many allotment trust in the county already buy from us, only yours is still waiting, it is a bit embarrassing no?", "peers already bought, shaming")],
  [("T", "Sorry for my English and sorry for writing so many times.", "apology for following up")])

# 28 (clean)
email("wood chipper hire for the glenrock tree wardens", "terse", "Chipper for the hedge weekend", "Morning Helen,", "Ian",
  [("N", "Following up on the chipper hire for the hedge-laying weekend.", "single polite follow-up line"),
   ("N", "A 6-inch tracked chipper will get up the bank behind the scout hut, which the wheeled one couldn't last year.", "recommendation tied to the site"),
   ("N", "It's £185 for the weekend including delivery on Friday afternoon.", "price and logistics"),
   ("N", "Do you want me to book it?", "plain ask")])

# 29
email("wind turbine blade inspection for the hexmoor wind farm", "formal", "Turbine 6 blade inspection", "Dear Dr Lindgren,", "Yours sincerely,\nOliver Strand",
  [("N", "Thank you for the SCADA extract for turbines 3 to 9.", "thanks"),
   ("N", "The vibration trend on turbine 6 matches the leading-edge erosion we typically find at about 40,000 hours.", "insight from the prospect's data"),
   ("S", "BladeSight has collected four industry trophies in two years and counts two sovereign wealth funds among its backers.", "awards and investor boast")],
  [("S", "I'd love to meet next week and walk you through our entire drone fleet and how we grew from a garage start-up.", "meeting ask plus the seller's own story"),
   ("N", "A rope-access team can inspect turbine 6 within the low-wind window you mentioned for the week of 12 May.", "offer tied to the prospect's window"),
   ("S", "Once the work is complete, we would also like to feature Hexmoor as a case study in our investor deck.", "case-study favour for the seller's benefit")],
  [("H", "I will copy your chief executive on my next email so the decision does not stall on your desk.", "threat to go over the prospect's head"),
   ("T", "The full inspection schedule is attached; apologies for the length of this, I do tend to get carried away.", "attachment plus apology for length")])

# 30
email("x-ray film digitisation for the ridgeway chiropractic clinic", "chatty", "Those basement films", "Hi Dr Novak,", "Thanks!\nAmy",
  [("T", "Nudging this gently back towards the top of your pile with the sample scan attached, hope that's okay!", "attachment plus check-in wording and approval-seeking"),
   ("N", "You mentioned 9,000 films in the basement and a lease that ends in October, so digitising them frees the room before you move.", "the prospect's own data and date")],
  [("S", "We've digitised over two million films, more than any other firm in the country!", "volume boast"),
   ("H", "Honestly, if it doesn't happen now it'll still be sitting there when the removal men turn up.", "'now or never' pressure"),
   ("HS", "We could start the week of 2 June, and I've already held that slot against my manager's wishes, so I'm in a bit of a spot if you don't commit.", "start date plus seller's standing used as guilt")],
  [("N", "The price is 45p a film, and the scans upload straight into your patient system.", "price and product detail")])

# 31
email("xmas hamper supply for the pemberton law firm", "formal", "Client hampers", "Dear Ms Okonjo,", "Yours sincerely,\nCharles Whitby",
  [("N", "Thank you for sending the client list; I count 85 hampers in total.", "thanks and logistics"),
   ("S", "Each hamper is packed in a wicker trunk with your firm's card, and our hampers have graced the desks of three Prime Ministers.", "packing detail plus celebrity boast"),
   ("N", "Since several of your clients are in the Gulf, I'd suggest the alcohol-free range for those twelve.", "recommendation tied to the prospect's clients")],
  [("T", "The price is £95 per hamper, and I am sorry it is not lower.", "requested price plus apology for the price"),
   ("H", "Firms that leave the order until December end up sending apologetic e-cards instead, which never looks good for a practice of your standing.", "shaming and manufactured urgency"),
   ("HS", "Delivery to all 85 addresses is included, and I would ask you to confirm by 15 November, as that is the cut-off for my seasonal target.", "delivery detail plus seller-driven deadline: target")])

# 32
email("yacht delivery crew for the solent charter co-op", "blunt", "Re: this season", "Kate,", "Mike",
  [("N", "Got your note that the co-op is going with the Lymington crew this season.", "acknowledges the decision"),
   ("HS", "After the three passage plans I drew up for you free of charge, I have to say that stings.", "seller's effort and hurt as guilt after a decision"),
   ("H", "I'll ring the office every morning until someone gives me a proper reason.", "badgering after a clear no"),
   ("H", "Come October you'll be on the phone to me anyway when they've let you down.", "sarcastic break-up line")])

# 33 (clean)
email("yoga teacher cover for the tidewell leisure centre", "warm", "Tuesday and Thursday cover", "Hi Nadia,", "Namaste,\nRuth",
  [("N", "Sorry it took me until Monday to reply, the studio email went down over the weekend.", "borderline: single courtesy apology for a real delay with its reason"),
   ("N", "Thanks for explaining the gap in the Tuesday and Thursday timetable while Lucy's on maternity leave.", "thanks")],
  [("N", "I can cover both 7 pm classes from 3 September, and I've taught the chair-yoga format your older members are used to.", "offer tied to the prospect's need"),
   ("N", "My rate is £38 a class, which matches the instructor band on your job sheet.", "price tied to the prospect's own band"),
   ("N", "Could we meet after the Thursday session this week to go through the register?", "clear next step")])

# 34
email("yield-management software for the cobbled yard bakehouse", "non-native English", "Software for less waste", "Dear Chef Laurent,", "Regards,\nGiulia",
  [("N", "Thank you for showing me the bakery, the sourdough crumb is very beautiful.", "pleasantry"),
   ("N", "Your waste sheet show 9% of dough is thrown at end of day, and our software predict the orders so you mix less on slow days.", "value tied to the prospect's own data"),
   ("S", "The software works on a tablet in the bakery, and it is used by the best bakeries in Paris, Lyon and also the Elysee Palace.", "product detail plus prestige boast")],
  [("H", "The tablet arrive Monday, and I already put your bakery in the system, you only need to send the bank details.", "delivery detail plus assumptive payment step"),
   ("H", "Every good bakery in the city already use us, you are the last one.", "peers already switched, shaming"),
   ("T", "The price is £60 a month, but if is problem you tell me what you want to pay and I accept.", "price plus asking the buyer to name their number")],
  [("T", "Please forgive me if I am too direct, I don't want that you are angry with me.", "needing approval")])

# 35
email("yarn bombing installation for the hexham arts trail", "chatty", "Knitted lamp posts!", "Hi Olu!", "xx\nBex",
  [("N", "Thanks for the map of the trail, the bandstand and the six lamp posts on Fore Street look perfect.", "pleasantry and logistics"),
   ("S", "The covers take about three weeks to knit, and I'm SO excited about this one, it's going to look amazing on our Instagram!", "lead time plus rep's excitement and own promotion")],
  [("N", "We'd knit the covers in the trail's teal and mustard, and they come down cleanly in September with no marks on the paintwork.", "product detail tied to the trail"),
   ("H", "Other towns on the arts circuit booked months ago, so it'd be a shame to be the one left with bare lamp posts.", "peers already booked, shaming"),
   ("ST", "If I'm honest I really need this commission to keep the studio going, so please say yes if you possibly can.", "pleading for the seller's own sake"),
   ("T", "Sorry to be such a pain about it!", "self-abasing apology")])

# 36
email("zander restocking for the kellmere lake fishery", "formal", "Zander stocking proposal", "Dear Mr Grainger,", "Yours sincerely,\nDr Fiona Cole",
  [("N", "Thank you for the fishery's catch returns for the last three seasons.", "thanks"),
   ("N", "Your returns show zander catches falling from 210 to 74, which fits the age profile of the original 2015 stocking.", "insight from the prospect's data"),
   ("N", "The Environment Agency's consent for introducing fish takes about six weeks, so an application in August would allow stocking before the water cools in October.", "borderline: real external lead time stated once with its reason")],
  [("S", "We would deliver the fish in oxygenated tanks, and our hatchery has won the national fish farming award four times, a record nobody else comes close to.", "delivery detail plus award boast"),
   ("H", "Frankly, a fishery that lets its zander stock collapse like this has no business charging day-ticket prices.", "shaming the prospect"),
   ("H", "Anglers are already drifting to Heronsfield, who restocked last winter, and you will be the next to close if you wait.", "rival already bought plus fear of loss"),
   ("T", "I hope you don't think me rude for saying so.", "needing approval")])

# 37
email("zero-emission delivery bikes for the crumb & co bakery", "warm", "Cargo bikes for your round", "Hi Lottie,", "Speak soon,\nJo",
  [("N", "Loved the cinnamon buns, thank you!", "pleasantry"),
   ("N", "Two cargo e-bikes would cover the eight cafes on your wholesale route in about the same time as the van, based on the drop times you sent.", "value from the prospect's own data")],
  [("S", "The bikes take a 200 kg payload with a chilled box, and we're the UK's number one cargo bike brand, with 14 design awards and a feature in Wired.", "product detail plus ranking and award boast"),
   ("HST", "The quote is attached, and my boss has signed off 15% off it if you order before our month closes on Friday, which would help my numbers too.", "attached quote plus discount tied to the seller's month-end date and numbers"),
   ("T", "Sorry it's not cheaper, I know bikes are a big ask.", "apology for the price")],
  [("H", "If the van breaks down again before you switch, you'll honestly have only yourselves to blame.", "blame and guilt aimed at the prospect")])

# 38 (clean)
email("scarifying the pitches for the thornbury cricket club", "blunt", "Square renovation", "Hi Graham,", "Regards,\nNeil",
  [("N", "I walked the square on Saturday and the thatch is about 20 mm deep, which is why the wickets stayed soft after the rain.", "insight from inspection"),
   ("N", "A deep scarify and overseed in mid-September gives the grass six weeks to recover before the frosts.", "expert recommendation with reason"),
   ("N", "The job is £1,450 for the square and the outfield edges.", "price"),
   ("N", "If the committee has questions, I can come to the meeting on the 4th.", "offer tied to the prospect's meeting date")])

# 39
email("sheepdog training for the ravenstone hill farm", "chatty", "Fly", "Hi Dougie,", "Cheers,\nMoira",
  [("N", "Good to see Fly working the ewes on Thursday, she's got a lot of natural balance.", "pleasantry"),
   ("N", "She's losing the sheep on the outrun because she cuts in too early, which a four-week course would tighten up.", "insight tied to the prospect's dog"),
   ("S", "I've trained two International Sheepdog Trial champions, as you'll probably have heard.", "boast of past champions")],
  [("T", "I was kind of hoping that maybe, if it's not a bother, you might possibly think about booking her in?", "booking ask plus stacked hedges"),
   ("T", "The course is usually £300, and I could do it for half that if it makes things any easier.", "price plus unprompted discount"),
   ("H", "Mind, a dog that isn't sorted by lambing is a dog that never will be.", "'now or never' pressure")])

# 40
email("surf lifesaving training for the perranbay beach patrol", "formal", "Lifeguard training proposal", "Dear Ms Tremayne,", "Yours sincerely,\nPaul Kessell",
  [("N", "Thank you for meeting me at the patrol hut and for the incident figures from last summer.", "thanks"),
   ("N", "Your log records 31 rescues in rip currents at the north end, so I'd put most of the course hours into rip-specific drills.", "recommendation from the prospect's data"),
   ("S", "The course is run by former RNLI instructors, and as the most decorated training provider in the South West we have certified more lifeguards than anyone in the country.", "trainer detail plus generic boast")],
  [("H", "Two of the other beach patrols on this coast signed with us in the spring, so you would be the odd one out.", "peers already switched, shaming"),
   ("HS", "I can run the first session on 3 May, and my area manager needs the booking confirmed by Friday for our quarterly target, so I'd appreciate it by then.", "session date plus seller-driven deadline: manager and quarter"),
   ("HT", "If you book by then I'll add the refresher day free of charge, but not after.", "refresher offer plus concession tied to the seller's date")],
  [("N", "I've attached the course outline and the May dates you asked about.", "requested attachment"),
   ("T", "I'm sorry for the length of this and for pushing, and I really hope it's okay.", "apology for length and for selling, needing approval")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s97e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s97-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed97: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the twelfth session) from the labelling guide alone, blind to that session's second Apply changes (after\nrounds 89 to 92), which it was written to judge, and measured first in that session on a detector those changes leave\nas it was (rules + model macro-F1 0.889: hard_close 0.882, self_serving 0.851, timidity 0.933; 4 of 102 clean\nsentences flagged; email agreement 0.900 / 0.850 / 0.925).\n")
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
    R.append("- Every third email (s97e003, s97e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
