#!/usr/bin/env python3
"""Build the sealed61 evaluation set (hand-written, labelled from LABELS.md alone).

Codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combine, e.g. "HS").
A note starting with "b:" is written out as "borderline: ...".
Every third email (index divisible by 3) gets curly apostrophes.
Email labels are derived from sentence labels with the guide's email-level scale only.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}
ORDER = ["hard_close", "self_serving", "timidity"]

E = []
def email(subject, sal, sign, *sents):
    E.append(dict(subject=subject, sal=sal, sign=sign, sents=sents))

# 1 marine salvage - formal
email("Raising the workboat at Pontoon C", "Dear Ms Okafor,", "Yours sincerely,\nGraham Pike\nPike Marine Salvage",
 ("N", "Thank you for the photographs of the sunken workboat at Pontoon C; the hull looks intact apart from the stern gland.", "thanks plus a concrete finding"),
 ("H", "Our divers can fit lifting bags on Tuesday 14 May, the low-water window your harbourmaster gave us, but I'd need your card details today to hold the crew.", "legit date kept; payment details demanded before a yes"),
 ("S", "Her engine can still be saved if she's out within 48 hours, and for what it's worth we hold every major industry accolade going.", "legit engine advice; generic boast clause"),
 ("H", "The quote of £6,850 covers refloating, pumping and towing her to the hard at Kelling Yard, and frankly you'd be foolish to pass it up.", "legit price; shaming clause"),
 ("N", "If the diesel tank starts leaking, the Environment Agency will expect a boom in place within hours, so I've included one in the price.", "b: real external constraint stated once with the reason (rule 4)"),
 ("HS", "P.S. My diving supervisor gave up his day off to survey her, so I'd hope that's worth a quick reply.", "seller-side effort offered as something owed a reply (rule 15)"),
)
# 2 mist nets - non-native
email("Mist nets for your ringing group", "Hello Mr Evans,", "Best regards,\nTomasz Wieczorek",
 ("N", "I am writing about the 12-metre mist nets which your ringing group asked in the spring.", "context"),
 ("T", "Please excuse me very much that I write to you again and again, I know you are busy man.", "apologising for following up"),
 ("N", "The nets are 16 mm mesh, black nylon, with four shelves, good for the small warblers you mention.", "product detail tied to prospect"),
 ("T", "Maybe if it is possible, perhaps you could maybe tell me if the price is okay for you?", "stacked hedges"),
 ("T", "The price is 38 pounds for each net with poles and guy lines, but if it is too expensive, please say me what price you like and I make it.", "legit price; asks the buyer to name their number"),
 ("T", "I can send them by courier on 3 April, it is the date you want for the first session, and I hope this is okay for you and I did not upset you with my price.", "prospect's date kept; approval-seeking clause"),
)
# 3 music boxes - chatty (curly)
email("Music box movements for the gift shop", "Hi Priya,", "Cheers,\nDan",
 ("N", "Great to hear the wind-up carousel boxes sold out over half-term!", "pleasantry"),
 ("S", "I've put together a mixed order of 120 movements with the three tunes you picked, and I'll admit a big order like this would make my year.", "order detail kept; seller's stake with no blame and no demand (rule 15)"),
 ("H", "Everyone we supply in the museum sector has already moved to the new brass mechanism, and you'll be the odd one out at the spring trade fair.", "peers already switched, shaming"),
 ("N", "The brass movements play for about 90 seconds per wind, which is roughly double the old ones.", "concrete product detail"),
 ("T", "I've attached the tune list and the brass spec sheet, and sorry this email is such an essay!", "legit attachment; apology for length"),
 ("S", "Would a call on Thursday at 2 suit to settle the tune mix, and could you also leave us a review on the trade directory afterwards?", "legit meeting ask; review favour for the seller"),
)
# 4 navigation buoys - formal public, clean
email("Replacement lateral buoys, Outer Channel", "Dear Captain Rhodes,", "Yours faithfully,\nEleanor Voss\nTidewater Navigation Aids Ltd",
 ("N", "Thank you for sending the Harbour Authority's buoyage schedule for the Outer Channel.", "thanks"),
 ("N", "For the four port-hand buoys, I'd recommend the 1.8 m polyethylene body rather than steel, because your last survey showed heavy corrosion on the chain shackles after only three seasons.", "confident recommendation backed by the prospect's evidence"),
 ("N", "The lanterns are IALA-compliant and the flash characters can be set on site to match the Notice to Mariners you issued in January.", "credential the buyer's process requires"),
 ("N", "The lighthouse authority will need the updated positions before the buoys go in, so we would submit the paperwork on your behalf two weeks ahead.", "technical prerequisite, seller takes the work"),
 ("N", "Could we meet at the pilot station on 9 October to agree the installation sequence?", "clear next step with a date"),
)
# 5 natural swimming pond - warm
email("Your natural swimming pond at Hollybank", "Dear Fiona and Mark,", "Warmly,\nRuth Calloway\nStillwater Ponds",
 ("N", "It was lovely to walk the orchard with you both on Saturday and see where the old duck pond sits.", "pleasantry"),
 ("N", "The regeneration zone planted with water mint and flag iris will keep the water clear without chlorine, which was your main wish.", "value tied to the prospect's goal"),
 ("HS", "Since I spent most of Sunday redrawing the plans around your willow, I'd be a bit crushed if they ended up in a drawer.", "seller's effort and feelings as guilt (rule 15)"),
 ("S", "The pond would be 12 metres by 6 with a swimming zone 2 metres deep, and we've been featured in three garden magazines and won gold at two national shows.", "legit design detail; awards boast clause"),
 ("N", "The excavation needs dry ground, so if you'd like swimming by next July, digging in September is the sensible window.", "b: real constraint tied to the prospect's own goal (rule 4)"),
 ("H", "I've put a deposit invoice in with the plans so we can lock in that September slot straight away.", "invoice before a yes"),
 ("H", "P.S. Two of your neighbours on Orchard Lane have already signed up with us, so you'd be in good company.", "peers already bought as pressure"),
)
# 6 osprey platforms - terse (curly)
email("Osprey platforms, Loch Tay sites", "Hi Alasdair,", "Neil",
 ("N", "Quote attached for three platforms on 14 m poles, installed before the birds return in late March.", "attachment and a real seasonal date"),
 ("H", "That's the price; I need a yes by Friday or the poles go to another trust.", "ultimatum with scarcity"),
 ("H", "Your board will sign off whatever you put in front of them, so there's no point waiting for the meeting.", "overriding the prospect's process"),
 ("H", "Access track at site 2 needs a tracked digger, included, and I've already told the driver you're a yes.", "legit detail; assumes the yes"),
 ("H", "Reply today.", "bare demand for an immediate answer"),
)
# 7 pantomime scripts - warm, timid
email("Script licence for Jack and the Beanstalk", "Hello Margaret,", "With best wishes,\nJune Harrow\nHarrow Plays",
 ("N", "Thank you for reading the sample of our Jack and the Beanstalk script with the committee.", "thanks"),
 ("T", "I completely understand if it's not what the Players were after, and please don't feel you owe me anything at all.", "pre-emptively releasing the prospect (rule 11)"),
 ("T", "The licence for four performances in a hall of 150 seats is £210, and I'm sorry it's more than last year's.", "legit price; apology for the price"),
 ("T", "The fee includes band parts and a rehearsal script for each cast member, but I could probably drop it to £150 if that would make things easier for you.", "legit product detail; unprompted discount"),
 ("N", "The script has parts for twelve adults and up to twenty children, which fits the cast size you described.", "value tied to prospect"),
 ("T", "If the committee would like to read the full second act, I can post a copy this week, though I'd totally understand if you'd rather stay with last year's writer.", "legit offer; pre-emptive release clause"),
 ("T", "P.S. Thank you ever so much for even taking the time to read it.", "thanking them for even considering (rule 11)"),
)
# 8 pipeline pigging - blunt
email("Pigging on the sauce transfer line", "Rob,", "Steve Harker\nPureline Pigging",
 ("N", "Your changeover from the tomato base to the curry sauce is currently flushing about 400 litres to drain each time.", "insight from the prospect's own process"),
 ("N", "A pigging system on the 80 mm line would recover most of that product and cut rinse water by roughly two thirds.", "value tied to prospect"),
 ("H", "You need this, plain and simple, and every week you sit on it is another skip of sauce down the drain.", "directive 'you need' plus cost of delay used to push (rules 5, 6)"),
 ("H", "Three of the other sauce plants in the region already run our system and they're eating your margin.", "competitors-already-bought shaming"),
 ("S", "The pig launcher fits your existing CIP valves without a new manifold, and we're the only pigging outfit in the country with a royal export award, twice.", "legit product detail; award boast clause"),
 ("HS", "I can have an engineer survey the line on 11 March, during the shutdown you mentioned, and my manager's asked me to get a signed order off the back of it before our year end.", "legit survey date; seller's manager and year end set the signing date (rule 16)"),
)
# 9 pheasant poults - chatty (curly)
email("Poults for the Thornhill shoot", "Morning Jim,", "All the best,\nPete",
 ("N", "Good to speak at the game fair, and glad the release pens came through the winter in one piece.", "pleasantry"),
 ("H", "We can do 1,500 seven-week poults for delivery on 2 July, the week your keeper asked for, but I'll need a 50% deposit by card this afternoon to hold them.", "prospect's date kept; payment demanded before a yes"),
 ("HS", "My sales manager has told me to get this booked before our half-year count, so could you confirm by Wednesday?", "manager and half-year as the reason for a date (rule 16)"),
 ("HT", "The price is £4.60 a bird delivered, and if you confirm by Wednesday I'll throw in 10% off as well.", "legit price; discount conditioned on the seller's date (rule 7)"),
 ("S", "All our birds come from our own laying flock, which avoids the disease risk of buying in eggs, and we've won best game farm at the county show five years straight.", "useful fact kept; award boast clause"),
 ("N", "Any questions on the vaccination schedule, just give me a ring.", "b: one polite 'just' (rule 1)"),
)
# 10 quaichs - very deferential
email("Quaichs for the clan gathering", "Dear Mr MacLeod,", "With the greatest respect,\nAngus Ferrier\nFerrier Pewter",
 ("T", "I do hope you'll forgive me for taking up your valuable time with yet another note.", "self-abasing apology for following up"),
 ("T", "I only wondered whether you might perhaps have had a moment, if it isn't too much trouble, to look at the pewter quaichs.", "stacked hedges plus permission-seeking"),
 ("N", "Each quaich is hand-raised in Edinburgh and can be engraved with the clan crest on both handles.", "concrete product detail"),
 ("T", "Please don't feel any obligation whatsoever; I'd be honoured simply that you considered us.", "thanking for even considering (rule 11)"),
 ("T", "We can deliver forty pieces in time for the 22 August gathering if the artwork is agreed by late July, though I do hope that timing meets with your approval.", "prospect's date kept; approval-seeking clause"),
 ("T", "P.S. The engraving proof will reach you within a week of the artwork, and should the price trouble you in the slightest, I would gladly reduce it by whatever amount you felt fair.", "legit proof timing; unprompted, open-ended discount"),
)
# 11 rotavating allotments - clean
email("Rotavating the vacant plots, Mill Lane allotments", "Dear Mr Singh,", "Regards,\nKieran Doyle\nDoyle Groundworks",
 ("N", "Thanks for the plot map; I walked the site on Monday and counted 23 vacant half-plots.", "thanks and finding"),
 ("N", "Eleven of them have couch grass through the whole bed, so I'd rotavate those twice, two weeks apart, rather than once.", "expert recommendation with evidence"),
 ("N", "The price for all 23 plots is £1,380, including removal of the old carpet and plastic sheeting we found on plots 4 and 17.", "price, plainly"),
 ("N", "The ground needs to be dry enough to crumble, so I'd suggest the week of 7 April, weather permitting.", "technical prerequisite and proposed date"),
 ("N", "Shall I pencil that week in and confirm with you on the Friday before?", "clear next step"),
)
# 12 regalia repair - formal (curly)
email("Repair of the Mayoral chain", "Dear Ms Abbott,", "Yours sincerely,\nHenry Latimer\nLatimer & Crane, Goldsmiths",
 ("N", "Thank you for bringing the Mayor's chain of office to our workshop; two of the enamelled links are cracked and the clasp is worn thin.", "findings"),
 ("N", "We would re-enamel both links and fit a new 18-carat clasp, for a total of £2,940 including insurance in transit.", "price and scope"),
 ("S", "We have held a Royal Warrant for over a century and our work hangs in more than forty town halls.", "years-in-business and prestige boast"),
 ("S", "We will photograph the chain before and after for the Council's insurance records, and our managing director would also like to feature it in our centenary brochure, if the Council would kindly allow it.", "legit service detail; favour for the seller's marketing"),
 ("T", "Given the sums involved, I'll have to ask my director whether any reduction is possible before I can say more on the price.", "deferring to a manager on a discount (rule 12)"),
 ("H", "The work takes five weeks, so the chain would be back well before the civic service on 18 June, provided we hear by Friday, as I'm told we can't hold the bench past then.", "legit timing; invented hold-by date"),
)
# 13 ram hire - blunt
email("Tups for November", "Gareth,", "Dai",
 ("N", "Four Texel shearlings ready for you from 1 November, scanned and MV-accredited, as you asked.", "delivers what was asked"),
 ("HS", "I've held them back from the sale for you, so the least you can do is give me an answer this week.", "favour pulled as guilt (rule 15)"),
 ("H", "Hire is £180 a head for the season, collection from my yard, and you won't find cheaper so don't bother shopping around.", "legit price; pressure against comparing"),
 ("H", "They're wormed and foot-bathed, and if I don't hear by Sunday, I'll take it that you're in and drop them off.", "legit health detail; silence means yes"),
 ("H", "Half the valley's already using my rams and you know it.", "peer shaming"),
)
# 14 shoe trees - chatty, clean
email("Cedar shoe trees for the Jermyn Street shop", "Hi Oliver,", "Cheers,\nAmelia\nTreeline Shoe Trees",
 ("N", "Thanks for sending over the last shapes for your new Oxford and loafer lines.", "thanks"),
 ("N", "I've matched each to one of our split-toe cedar trees, so the heel knobs sit properly in the narrower loafer.", "'I' but serving the customer"),
 ("N", "Your sales team mentioned customers asking what to do after buying a £600 pair, and a tree in the box answers that at the till.", "value tied to prospect"),
 ("N", "At 300 pairs, the price is £14.20 a pair with your logo branded on the heel.", "price"),
 ("N", "Once you've tried them in stock, would a quick call next Monday work to settle sizes?", "next step with a date"),
)
# 15 seaplane transfers - warm (curly)
email("Seaplane transfers for the loch wedding", "Dear Isla,", "Warmest wishes,\nCatriona\nLochside Air",
 ("N", "Congratulations again on the engagement, and thank you for thinking of us for the guests' transfers.", "pleasantry"),
 ("H", "Our eight-seat Caravan can make four rotations from Glasgow to the loch on the morning of 12 September, and I'll need the full fare paid this week to put you on the flight plan.", "legit capacity and date; payment before a yes"),
 ("H", "Only two summer Saturdays are left in our calendar and another couple viewed that date yesterday, so I wouldn't sleep on it.", "manufactured scarcity"),
 ("S", "We've flown for royalty, film crews and a famous footballer's stag weekend!", "exclamation-mark boast"),
 ("T", "The package for forty guests is £5,200 including return flights, and if it helps, I'm happy to knock £400 off before we've even talked numbers.", "legit price; pre-emptive discount"),
 ("N", "Flights go only if the cloud base is above 1,000 feet, and if we cancel for weather you get a full refund.", "safety fact and terms"),
 ("ST", "P.S. If you'd write us a little review after the day, I'll upgrade the two of you to a private flight for free.", "b: concession offered to win a review (rule 7)"),
)
# 16 saltmarsh lamb - chatty
email("Saltmarsh lamb for the Anchor menu", "Hi Sam,", "Thanks,\nBeth Airey",
 ("N", "Lovely to meet you at the farmers' market on Sunday.", "pleasantry"),
 ("N", "Our lambs graze the marsh at Cartmel all summer, which gives the sweet, slightly herby flavour your chef liked in the sample.", "'our' but tied to the chef's reaction"),
 ("H", "I can do four whole lambs a fortnight from August, and I've already put the Anchor on the delivery round, so just send your card details over.", "legit offer; assumptive payment"),
 ("S", "To be honest, this would be my first restaurant account and it would mean the world to me.", "seller's stake, no blame, no demand (rule 15)"),
 ("T", "The price is £9.80 a kilo deadweight, which is where most marsh lamb sits this year, though I'm sorry it isn't lower.", "legit price; apology for the price"),
 ("N", "Does a tasting with your chef next Tuesday work?", "plain ask"),
)
# 17 tribunal representation - formal
email("Representation at your employment tribunal hearing", "Dear Mr Adeyemi,", "Yours sincerely,\nCaroline Whitfield\nPartner, Whitfield Brook LLP",
 ("N", "Thank you for sending the claim form and the Tribunal's listing notice for the four-day hearing starting 3 November.", "thanks"),
 ("N", "The case management order requires witness statements to be exchanged by 15 September, so preparation would need to begin in August.", "b: real external deadline stated once with the reason (rule 4)"),
 ("S", "We are ranked Band 1 by both major legal directories and our partners lecture nationally on tribunal practice.", "rankings boast"),
 ("H", "Our fixed fee for preparation and the full hearing is £18,500 plus VAT, and I've already opened a file and allocated counsel, so all I need now is your signature.", "legit fee; assumptive close"),
 ("H", "Frankly, any competent HR director would have instructed counsel the day the claim arrived.", "shaming"),
 ("S", "I'll send the draft witness timetable on Monday, and I'd be grateful if you could also mention us to your group's other subsidiaries, since referrals are how our employment team grows.", "legit next step; referral favour for the seller"),
)
# 18 tahini - non-native (curly)
email("Tahini for your hummus line", "Dear Mrs Georgiou,", "Kind regards,\nDimitris Papadakis",
 ("N", "Thank you for the visit to our factory in Thessaloniki last month, it was pleasure for us.", "pleasantry"),
 ("N", "Our tahini is from Humera sesame, stone-ground, and it stays smooth without separating for nine months, which solve the problem of oil layer you had.", "product detail tied to the prospect's problem"),
 ("T", "I am sorry, I am sorry, our price is higher than your current supplier's, I know this.", "repeated apology for the price"),
 ("HS", "My boss say me that I must finish this contract before end of June or he will be angry with me.", "manager's wish sets the date (rule 16)"),
 ("T", "The pallet of 48 buckets can ship from Piraeus on 6 June, as your purchasing team asked, and if you want I can make a discount of 12% without any condition.", "prospect's date kept; unconditional discount"),
 ("T", "Please find attached the specification sheet and the allergen declaration, and I hope very much you are not angry that I send so many papers.", "legit attachment; approval-seeking clause"),
)
# 19 tote betting - blunt
email("Tote terminals for the point-to-point", "Hi Claire,", "Mike Dunmore\nPaddock Tote Systems",
 ("N", "Six handheld tote terminals with a central pool server, on site for your two race days in April.", "scope"),
 ("H", "You've opened my last four emails and not answered one, which isn't great manners.", "read-tracking and counting at the prospect (rule 13)"),
 ("H", "The hire is £2,400 for both days, including two operators, and I've already pencilled your club in as confirmed.", "legit price; assumes the yes"),
 ("H", "I've attached the hire agreement, and if I haven't heard back by Monday I'll ring your chairman directly, since he was keen on this at the AGM.", "legit attachment; bypass threat"),
 ("N", "Your old paper tote lost you thousands in unclaimed dividends last year, by your own treasurer's account.", "cost from the prospect's own data, as information (rule 5)"),
)
# 20 underwater welding - terse, clean
email("Pile repairs, North Pier", "Dear Mr Hollis,", "Regards,\nFinn Carver\nDeepwater Weld Services",
 ("N", "Dive inspection report attached.", "attachment"),
 ("N", "Piles 14, 15 and 22 have lost up to 30% of wall thickness at the splash zone.", "finding"),
 ("N", "We'd weld doubler plates underwater on all three, which avoids the cofferdam your engineer priced last year.", "value tied to prospect"),
 ("N", "Five working days, £31,600, on neap tides between 20 and 31 May.", "price and real tidal window"),
 ("N", "Shall we book a pre-start meeting at the pier office on 12 May?", "next step with a date"),
)
# 21 udder care - chatty (curly)
email("Teat dip trial for the Holmfield herd", "Hi Sarah,", "Cheers,\nTom",
 ("N", "Thanks for showing me round the parlour on Tuesday, your 240 cows looked in great shape.", "pleasantry"),
 ("T", "I just wanted to pop my head back into your inbox and see whether you'd had a chance to think about the trial at all.", "'just wanted to' check-in as the purpose of the email (rule 1)"),
 ("N", "The iodine barrier dip stays on the teat for up to eight hours, which should help with the summer mastitis spike you described.", "value tied to prospect"),
 ("S", "We've got twelve products in the range: pre-dips, post-dips, sprays, foams, wipes, creams, balms, gels, towels, cups, scoops and a dispensing unit.", "feature list"),
 ("T", "I can bring the trial results from the Dalton herd to show you, no rush at all, whatever suits you, honestly.", "legit offer; minimising permission-begging"),
 ("T", "I can drop a 200-litre drum for a four-week trial on 6 June, before your turnout, if that's not too much of an imposition.", "legit offer and date; permission-begging clause"),
)
# 22 vanity units - formal
email("Vanity units for the 86 bathrooms at the Marlborough", "Dear Mr Fontaine,", "Yours sincerely,\nPhilippa Grant\nGrant & Oak Bathrooms",
 ("S", "Further to your refurbishment brief, I enclose drawings for a 900 mm wall-hung oak vanity with a quartz top, a design that won Best in Show at Milan last spring.", "legit drawings; award boast"),
 ("N", "Wall-hung units leave the floor clear, which your housekeeping manager said saves time on every room clean.", "value tied to prospect"),
 ("H", "I have taken the liberty of reserving production for all 86 units from 2 March, and an invoice for the 30% deposit is enclosed.", "invoice before a yes"),
 ("S", "Samples of the oak and the quartz are on their way to your site office, and our founder's story of building the business from a garage in Leeds is on the back of the brochure, which I do think is worth a read.", "legit samples; 'hear our story' clause (rule 9)"),
 ("N", "Lead time is ten weeks from sign-off, which meets your reopening on 1 June if the order is placed by mid-March.", "deadline derived from the prospect's own date"),
)
# 23 vaccine fridges - public, clean
email("Vaccine fridges for the five practices", "Dear Dr Mensah,", "Kind regards,\nRachel Kemp\nColdsafe Medical",
 ("N", "Thank you for the audit summary showing two cold-chain breaches across the practices last winter.", "thanks"),
 ("N", "Both incidents came from domestic-style fridges losing temperature after a door was left ajar, which our pharmacy units alarm for after 60 seconds.", "insight tied to the prospect's incidents"),
 ("N", "Each fridge logs temperatures every five minutes, and the data can be exported straight into the format your inspector asked for.", "serves the buyer's task"),
 ("N", "The price for five 400-litre units with installation and validation is £11,250, and the current framework rates hold until 31 March, when the framework is renewed.", "b: factual price expiry with a reason, no urgency (rule 4)"),
 ("N", "Would it help if I met your practice manager at the Elm Road site to check the space for the larger unit?", "plain offer"),
)
# 24 walking sticks - very deferential (curly)
email("Hazel walking sticks for the estate shop", "Dear Ms Penrose,", "Yours most humbly,\nWalter Briggs",
 ("T", "Thank you so much for your kind reply, and please forgive me for writing again so soon.", "apology for following up"),
 ("T", "I quite understand that small makers like me must be a nuisance, and I hope this isn't too forward.", "self-abasement and approval-seeking"),
 ("T", "The sticks are cut from the estate's own hazel coppice, with a thumbstick or crook top, at £24 each wholesale, which I'm sorry to say is a touch more than the imported ones.", "legit product and price; apology for the price"),
 ("T", "Each stick is waxed and fitted with a rubber ferrule, and if the price is a worry at all, I could let the first fifty go at cost.", "legit product detail; unprompted discount"),
 ("N", "I'd be happy to bring a dozen to the shop on any day you choose, and collect any that don't sell.", "concrete offer (sale or return)"),
)
# 25 wayleave agents - blunt
email("Wayleaves for the Ashby substation feeder", "Hi Nadia,", "Rob",
 ("N", "We've mapped 31 landowners along the proposed 11 kV route, from the parcel data your design team sent.", "work done for the prospect, stated plainly"),
 ("HS", "I'm three signatures short of my annual number, so I'd really like the purchase order by the 28th.", "quota sets a date for the prospect (rule 16)"),
 ("N", "We can start landowner visits within a week of the PO, which keeps your energisation date of October realistic.", "prospect's own date"),
 ("H", "Honestly, your last agent made a mess of this, and you'd be mad to go back to them.", "shaming the prospect's choice"),
 ("HT", "Our fee is £420 per landowner, and I'll throw in the title work for nothing if you sign today.", "legit fee; concession tied to the seller's date (rule 7)"),
 ("H", "P.S. I've blind-copied your ops director, since he'll want to know this is stalling.", "going over the prospect's head"),
)
# 26 naming rights - formal commercial
email("Naming rights for the East Stand", "Dear Mr Chowdhury,", "Yours sincerely,\nLaura Bennett\nCommercial Director",
 ("N", "Naming the East Stand would put the Ridgeway name in front of roughly 8,000 people every home match, plus every televised highlight.", "value tied to the prospect's brand"),
 ("S", "We're the fastest-growing club in the league, with record crowds, a new academy and a sell-out corporate lounge!", "exclamation boast"),
 ("H", "This is our fourth approach, and frankly we expected the courtesy of a reply by now.", "counting attempts plus entitlement (rule 13)"),
 ("H", "The attached deck sets out the signage plan, and the board has already earmarked the stand for another sponsor if we haven't signed by the 30th.", "legit attachment; fake deadline with a rival buyer"),
 ("N", "The three-year package is £95,000 a season, with signage, hospitality and digital rights as set out in the attached deck.", "price and attachment"),
 ("S", "P.S. Landing this deal would put me at the top of our commercial team's league table, just so you know.", "seller's goal with no date or demand (rule 16)"),
)
# 27 marching band show design - chatty, American (curly)
email("Show design for the fall field show", "Hey Coach Ramirez,", "Talk soon,\nJess",
 ("N", "Thanks for sending video of last season's show, your brass section really opened up in the closer.", "pleasantry"),
 ("N", "For 72 marchers, I'd build the drill around three big company fronts so the judges see your strongest players up front.", "expert recommendation for the prospect"),
 ("HS", "I poured two whole weekends into the concept sketches, so I was kinda bummed not to hear anything back.", "seller's effort and hurt as guilt (rule 15)"),
 ("S", "Our designs have placed at state finals nine years running, and we've got the trophies lining the office to prove it.", "generic boast"),
 ("T", "Drill, music arranging and color guard choreography come to $6,800, with the first drill sets by June 15 like you asked, and I could shave off a grand if the budget's tight.", "legit price and prospect's date; unprompted discount"),
 ("S", "Happy to hop on a call Tuesday after your rehearsal to walk through the sketches, and it'd be awesome if you could put in a good word with the other band directors in your conference.", "legit meeting offer; referral favour clause"),
)
# 28 moorland restoration - public, clean
email("Peat dams on Blackmoss Edge", "Dear Dr Thornton,", "Yours sincerely,\nMartin Ashcroft\nUpland Restoration Partnership",
 ("N", "Of the 140 gullies on your drone survey, we would block the 62 deeper than one metre with peat dams, and use stone dams on the six where the flow is strongest.", "scope from the prospect's data"),
 ("N", "Raising the water table there should cut the dissolved colour reaching your reservoir, which your treatment team named as the main cost.", "value tied to prospect"),
 ("N", "Ground-nesting birds close the moor to machinery from 15 March, so the work would run from September to February.", "b: real external constraint stated once (rule 4)"),
 ("N", "The attached price of £84,300 includes helicopter drops of materials to the upper sites.", "price and attachment"),
 ("N", "Could we walk the upper gullies with your ranger in the week of 18 August?", "next step with a date"),
)
# 29 obstacle course - chatty
email("Obstacle course for your team day", "Hi Kofi,", "Cheers,\nBecky",
 ("N", "Loved hearing about the team day plans on the phone!", "pleasantry"),
 ("N", "Our 5 km course has 24 obstacles, and every one has an easier lane, so the people in your finance team who said they're not sporty can still finish.", "value tied to prospect"),
 ("T", "The longer course adds a river crossing, and I'm not sure, but it might possibly be worth maybe thinking about it, if that's alright?", "legit product detail; stacked hedges plus permission"),
 ("T", "Sorry if I'm being pushy, I really don't mean to be!", "apologising for normal selling"),
 ("N", "For 60 people it's £2,100 including hot showers and a barbecue, and we have 19 July free as you asked.", "price and the prospect's date"),
 ("T", "Totally get it if it's a no, I'll just try you again next summer.", "pre-emptively accepting a no"),
 ("T", "P.S. Sorry again for the long email!", "apology for length"),
)
# 30 pigeon race transport - terse (curly)
email("Transporter for the channel races", "Ken,", "Len",
 ("N", "Our 4,000-bird transporter is free for your six channel races, starting with Fougeres on 23 May.", "availability against the prospect's dates"),
 ("H", "The club needs this transporter, full stop, no more thinking about it.", "'you need this' directive"),
 ("H", "Your secretary has had the contract for three weeks; get it signed.", "demand overriding their process"),
 ("H", "Price per race is £1,150, diesel included, and I've already put your birds on the first manifest.", "legit price; assumes the yes"),
 ("H", "The crates are disinfected between every race, and every other club in the federation has booked already.", "legit detail; peers already bought"),
 ("H", "P.S. Don't make me chase this again.", "entitled badgering"),
)
# 31 runway friction testing - formal
email("Runway friction testing, Runway 08/26", "Dear Mr Lindqvist,", "Yours sincerely,\nEmma Lowther\nRunway Surface Services",
 ("N", "Thank you for sharing the maintenance records for Runway 08/26.", "thanks"),
 ("N", "The regulator's guidance sets survey intervals by aircraft movements, and with your new summer schedule the interval drops to every four months.", "insight from a real external rule"),
 ("S", "We'd use a continuous friction measuring device at 65 and 95 km/h, a service our chief executive calls the finest in Europe.", "legit method; boast clause"),
 ("T", "I was wondering whether perhaps you might consider, if it isn't an imposition, letting us quote for the full year?", "stacked hedges plus permission"),
 ("T", "The annual contract covers three surveys with a written report within five days of each, and should the price feel too high, just let me know what figure you have in mind.", "legit scope; asks the buyer to name their number"),
 ("S", "I'd also be glad to present our full product suite to your operations team, including pavement scanning, lighting audits and weather software.", "whole-suite pitch"),
)
# 32 swarf briquetting - chatty/blunt
email("Briquetting the aluminium swarf", "Hi Dev,", "Cheers,\nMarcus",
 ("N", "Thanks for the tour of the machining hall; those 14 skips of wet swarf a month are costing you twice.", "insight"),
 ("H", "A briquetter would squeeze the coolant out for reuse and get you a better scrap price for dense aluminium pucks, and frankly I can't see why you've let it go on this long.", "legit value; shaming clause"),
 ("N", "Using your own figures, the coolant you recover would be worth about £1,900 a month.", "cost from the prospect's own data (rule 5)"),
 ("HS", "I'm going to be straight: I need this one to make my bonus, and I'd love it signed before the 31st.", "bonus sets the signing date (rule 16)"),
 ("S", "Our machine has a 22 kW drive, 200 bar pressing force, PLC control, touchscreen, remote diagnostics and a 60-litre hopper.", "feature list"),
 ("T", "The unit is £46,000 installed, and if it helps get it over the line, I'll take 15% off straight away.", "legit price; unconditional discount"),
)
# 33 traction engine hire - warm (curly)
email("Traction engine for the village steam fair", "Dear Mr Hartley,", "Kind regards,\nSusan Pettigrew",
 ("N", "Thank you for your letter about the steam fair on the August bank holiday.", "thanks"),
 ("N", "Our 1912 Burrell can be in steam on the green from 10 until 4, with rides on the trailer for the children.", "offer tied to the event"),
 ("S", "We're a family outfit, four generations with the same engine.", "b: heritage line (rule 8)"),
 ("ST", "I'll be honest, my husband and I have put our savings into her restoration, so a booking would really help us keep going.", "pleading for the seller's own sake (rule 15)"),
 ("N", "We'd need the field to be firm enough for a 14-tonne engine, so a quick look at the ground in July would be wise.", "technical prerequisite"),
 ("T", "Our fee is £650 plus coal and water, and I'm sorry it's so dear.", "legit fee; apology for the price"),
)
# 34 wedding dress preservation - clean
email("Preserving your dress after the 14 June wedding", "Hi Hannah,", "Best wishes,\nAlice\nHeirloom Gown Care",
 ("N", "With silk tulle and glass beading, I'd hand-clean rather than machine-clean, because the beads are glued on and can lift.", "expert recommendation"),
 ("N", "We then box it in acid-free tissue, which stops the yellowing you mentioned on your mum's dress.", "value tied to prospect"),
 ("N", "The full service is £295, including collection from your home in a padded garment carrier.", "price"),
 ("N", "Sweat and make-up marks set over time, so most brides send the dress to us within a month of the wedding.", "b: real reason for timing, stated once (rule 4)"),
 ("N", "Would it suit you if I collected it on Saturday 28 June?", "next step with a date"),
)
# 35 figurehead carving - warm/deferential
email("Restoring the figurehead of the Pelican", "Dear Ms Carrow,", "With kind regards,\nThomas Fenn",
 ("N", "Thank you for letting me see the Pelican's figurehead in the museum store last week.", "thanks"),
 ("N", "The rot in the left arm runs about 200 mm deep, so I'd recommend a new carved section in seasoned yellow pine rather than a filler repair.", "expert recommendation with evidence (rule 6)"),
 ("T", "I'm terribly sorry to keep pestering you, and I feel awful even asking again.", "self-abasing apology for following up"),
 ("S", "I'd carve the new section in my workshop at Whitby, and as a Master Carver of the Guild I've carved for the royal barge and been on television twice.", "legit logistics; credentials boast clause"),
 ("HS", "If it were possible to approve the work by the end of the month, it would let me keep my apprentice on, which matters a great deal to me.", "seller's reason for a date, phrased as a wish (rule 16)"),
 ("T", "The restoration would take about eleven weeks and the estimate of £8,400 is attached, though I can of course do it for less if that's what it takes.", "legit estimate; unprompted discount"),
)
# 36 tour merchandise - chatty (curly)
email("Merch for the spring tour", "Hey Jordan,", "Cheers,\nSkye\nRoadstock Merch",
 ("N", "Thanks for the tour dates, 18 shows is a big run!", "pleasantry"),
 ("N", "Based on your last tour's sell-through, I'd order 600 tees and 150 hoodies, weighted towards the UK dates.", "recommendation from the prospect's data"),
 ("H", "I've gone ahead and booked your production slot for 3 February and set the order up, so just pop your card through on the link.", "assumptive payment step"),
 ("H", "Honestly every band on your label is already with us, so it'd be weird if you weren't.", "peers already switched"),
 ("S", "Our warehouse ships to every venue the day before load-in, so your merch person never carries stock, and we're the only merch company ever to win a music-industry supplier award.", "legit logistics value; award boast clause"),
 ("T", "Give me a shout if you want to see samples, though no stress if you're flat out, whenever works is fine.", "legit offer; minimising permission-begging clause"),
 ("HS", "P.S. It'd be a massive help for my commission if we could get this done before I go on leave on the 20th.", "commission and seller's leave set the date (rule 16)"),
)
# 37 radiotherapy masks - formal, clean
email("Immobilisation masks for the radiotherapy department", "Dear Mr Osei,", "Yours sincerely,\nDr Helen Marsh\nClinical Specialist, Orbis Radiotherapy",
 ("N", "Our open-face thermoplastic masks leave the eyes, nose and mouth uncovered, which your head and neck team said would help patients who struggle with claustrophobia.", "value tied to prospect"),
 ("N", "The masks fit the indexing on your existing couch tops, so no new baseplates are needed.", "removes a cost"),
 ("N", "Pricing for 1,200 masks a year under the national supply framework is attached.", "attachment"),
 ("N", "I'll confirm the sterilisation guidance with our regulatory team and send it by Friday.", "checking with a colleague on a non-discount matter, with a date"),
 ("N", "Would two weeks of trial masks on one linac be useful before your evaluation panel meets?", "next step tied to their process"),
)
# 38 milestone restoration - formal public
email("Restoring the cast-iron milestones, A591", "Dear Mrs Lowe,", "Yours sincerely,\nGeorge Waddell\nWaddell Foundry Conservation",
 ("N", "Thank you for the County Council's list of the 23 cast-iron milestones on the A591.", "thanks"),
 ("N", "Nine are leaning and four have lost their lettering, so we'd reset the posts in concrete and repaint the raised letters in the original black and white.", "scope from findings"),
 ("N", "The highway authority needs two weeks' notice for the traffic management, so the works could start on 8 September.", "b: real external lead time stated once (rule 4)"),
 ("HST", "If you could sign the order before Friday, my boss says we can do the whole lot at last year's rate.", "discount tied to the seller's date, with the manager's approval as reason (rules 7, 16)"),
 ("S", "We'd reset them in the positions shown on your 1890s survey, and we've been in the business since 1887 with work for the national heritage body, two trusts and two royal estates.", "legit method; years-in-business and name-dropping boast"),
 ("S", "Please find the method statement and risk assessment attached, together with our 40-page company history.", "legit attachment; 'hear our story' clause"),
)
# 39 procession torches - chatty (curly)
email("Torches for the winter procession", "Hi Morven,", "Cheers,\nIain",
 ("N", "Thanks for the route map for the procession on 29 January.", "thanks"),
 ("H", "Our wax torches burn for about 90 minutes, which covers the 2.5 km route and the gathering at the harbour, and every other festival on the coast has switched to ours, so you'd stick out with anything else.", "legit product fact; peers-switched pressure clause"),
 ("H", "I'd say you need 600, and you need them ordered today, because once they're gone they're gone.", "directive plus manufactured scarcity"),
 ("T", "The 600 torches come to £1,140 with delivery to the harbour, though I'm not even sure that works for you, so maybe just tell me what you'd want to pay?", "legit price; hedge plus name-your-number"),
 ("N", "Each torch comes with a drip guard, which your safety officer asked about after last year's burns to gloves.", "answers the prospect's question"),
 ("N", "Apologies for the delay on the quote; our wax supplier changed their pallet sizes and I had to reprice.", "b: single courtesy apology with the reason (rule 3)"),
)
# 40 orbital welding - blunt
email("Orbital welding, Suite 4 WFI loop", "Dear Ms Varga,", "Regards,\nBen Taggart\nTaggart Orbital Ltd",
 ("N", "We'd weld all 340 joints with autogenous orbital heads and borescope every weld, with the records packaged for your validation team.", "scope serving the buyer"),
 ("H", "Our welders can mobilise for your shutdown, and if there's no purchase order from you by Tuesday, I'll escalate it to your site director, who I met at the trade expo.", "legit availability; bypass threat"),
 ("S", "Our crews hold every certification under the sun and we've never lost a tender in this region.", "generic boast"),
 ("H", "We're busy, and you're not the only plant asking.", "manufactured scarcity"),
 ("N", "The shutdown you scheduled for 12 to 26 July gives enough time if the tubing arrives by 1 July.", "prospect's own shutdown date"),
 ("N", "P.S. The borescope records go straight into your validation package, so your QA team won't need to re-inspect.", "value tied to the prospect"),
)

def curl(s):
    return s.replace("'", "\u2019")

def main():
    assert len(E) == 40, len(E)
    emails, sents = [], []
    sid = 0
    for i, e in enumerate(E, 1):
        eid = "s61e%03d" % i
        fix = curl if i % 3 == 0 else (lambda s: s)
        body, para = [], []
        items = []
        for code, text, note in e["sents"]:
            assert set(code) <= set("NHST") and code, code
            assert ("N" in code) == (code == "N"), code
            labels = ["NONE"] if code == "N" else [CODE[c] for c in "HST" if c in code]
            if note.startswith("b:"):
                note = "borderline:" + note[2:]
            items.append((fix(text), labels, note))
        for text, labels, note in items:
            if text.startswith("P.S."):
                if para: body.append(" ".join(para)); para = []
                body.append(text)
            else:
                para.append(text)
                if len(para) == 3: body.append(" ".join(para)); para = []
        if para: body.append(" ".join(para))
        full = fix(e["sal"]) + "\n\n" + "\n\n".join(body) + "\n\n" + fix(e["sign"])
        # email-level scale
        lab = {}
        for L in ORDER:
            carrying = [it for it in items if L in it[1]]
            firm = [it for it in carrying if not it[2].startswith("borderline:")]
            lab[L] = 0 if not carrying else (2 if len(carrying) >= 2 and firm else 1)
        emails.append({"email": eid, "subject": fix(e["subject"]), "text": full, "labels": lab})
        for text, labels, note in items:
            sid += 1
            assert text in full, text
            sents.append({"id": "s61-%04d" % sid, "email": eid, "text": text, "labels": labels, "note": note})
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for o in emails: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for o in sents: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # re-parse and verify
    E2 = [json.loads(l) for l in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8")]
    S2 = [json.loads(l) for l in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8")]
    byid = {o["email"]: o for o in E2}
    for s in S2:
        assert s["text"] in byid[s["email"]]["text"]
        assert s["labels"] == ["NONE"] or s["labels"] == [l for l in ORDER if l in s["labels"]]
    # counts
    n = len(S2)
    none = sum(s["labels"] == ["NONE"] for s in S2)
    cnt = {L: sum(L in s["labels"] for s in S2) for L in ORDER}
    multi = sum(len(s["labels"]) > 1 for s in S2)
    border = sum(s["note"].startswith("borderline:") for s in S2)
    faulty_per = {}
    for s in S2:
        if s["labels"] != ["NONE"]:
            faulty_per[s["email"]] = faulty_per.get(s["email"], 0) + 1
    clean = sum(1 for o in E2 if o["email"] not in faulty_per)
    two_plus = sum(1 for v in faulty_per.values() if v >= 2)
    one = sum(1 for v in faulty_per.values() if v == 1)
    dist = {L: [sum(o["labels"][L] == k for o in E2) for k in (0, 1, 2)] for L in ORDER}
    curly = sum("\u2019" in o["text"] for o in E2)
    ps = sum(s["text"].startswith("P.S.") for s in S2)
    stats = dict(sentences=n, emails=len(E2), none=none, none_pct=round(100 * none / n, 1), **cnt,
                 multi=multi, borderline=border, clean_emails=clean, emails_2plus_faulty=two_plus,
                 emails_1_faulty=one, email_scale_0_1_2=dist, curly_emails=curly, ps_lines=ps)
    print(json.dumps(stats, indent=1))
    write_readme(stats)

def write_readme(st):
    d = st["email_scale_0_1_2"]
    txt = f"""# sealed61: held-out sales-email evaluation set for the Poise tone coach

> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its
> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).
> It measures nothing now.

**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on
6 December (the ninth session) from the labelling guide alone, before any change that session, and measured first
on the model and rules of the eighth session (rules + model macro-F1 0.851: hard_close 0.816,
self_serving 0.853, timidity 0.884; 1 of 106 clean sentences flagged; email agreement 0.875 / 0.950 / 0.950),
then on that session's lower hard-close threshold, which it was written to judge: 0.863 (hard_close 0.851).

Written by hand, sentence by sentence, from the labelling guide (`corpus/LABELS.md`) and the product
description alone. No other data set, rule file or code was read, and no sentence was generated by a model or
copied from the guide's examples. `build.py` holds every email (subject, salutation, sign-off, body sentences
with a label code and a short note), writes `test-emails.jsonl` and `test.jsonl`, derives each email's labels
with the guide's email-level scale (0 none, 1 one sentence or only borderline ones, 2 two or more with at least one
not borderline; no hand overrides), checks that every sentence is a verbatim substring of its email text, and
re-parses both files. Run `python3 build.py` to rebuild; the counts below are printed by it.

## Counts (computed by build.py)

| | Count |
|---|---|
| Emails | {st['emails']} |
| Sentences | {st['sentences']} |
| NONE | {st['none']} ({st['none_pct']}%) |
| hard_close | {st['hard_close']} |
| self_serving | {st['self_serving']} |
| timidity | {st['timidity']} |
| Multi-label sentences | {st['multi']} |
| Borderline sentences | {st['borderline']} |
| P.S. lines | {st['ps_lines']} |
| Clean emails (all NONE) | {st['clean_emails']} |
| Emails with 2+ faulty sentences | {st['emails_2plus_faulty']} |
| Emails with curly apostrophes | {st['curly_emails']} |

Email-level scale (emails at 0 / 1 / 2): hard_close {d['hard_close']}, self_serving {d['self_serving']},
timidity {d['timidity']}.

## What it tests

- About half the faulty sentences carry the fault in one clause next to something the rep must keep (a date the
  prospect named, a price, an attachment, a meeting ask, a product detail): e.g. a delivery date followed by a
  demand for card details, or a fee followed by an apology for it.
- Fault wordings avoid the textbook phrases: seller's effort and feelings as leverage, favours pulled, bypass
  threats, silence-means-yes, read-tracking, assumptive invoices and payment links, peers who already switched,
  quota/bonus/commission/manager/year-end dates, awards and feature lists, referral and review favours,
  unprompted discounts, name-your-number, stacked hedges, apologies for price, length or "being pushy",
  pre-emptive release.
- Many NONE sentences are hard negatives: real external dates (a case management order, nesting season,
  highway notice periods, a framework renewal), the prospect's own dates, cost of delay from the prospect's own
  figures, confident recommendations, one polite "just", one courtesy apology with a reason, a
  check with a colleague on a non-discount matter with a date.

## Trades (one per email, all starting M to Z)

Marine salvage; mist nets for bird ringing; music box movements; navigation buoys; natural swimming pond;
osprey nest platforms; pantomime script licensing; pipeline pigging; pheasant poults; pewter quaichs;
rotavating allotments; regalia (chain of office) repair; ram hire; shoe trees; seaplane transfers; saltmarsh
lamb; tribunal representation; tahini; tote betting terminals; underwater welding; udder care (teat dip);
vanity units; vaccine fridges; walking sticks; wayleave agents; naming rights; marching band show design;
moorland restoration (peat dams); obstacle course team day; pigeon race transport; runway friction testing;
swarf briquetting; traction engine hire; wedding dress preservation; ship carving (figurehead); tour
merchandise; radiotherapy immobilisation masks; milestone restoration; procession torches; orbital welding.

Buyers mix public bodies (harbour authority, councils, NHS departments, a water company, an airport) and
private ones (a sauce plant, a hotel, a law client, a band, farmers, a wedding couple, a football club), tiny
sole traders and large firms, goods and services.

## Registers

Formal, chatty, terse, warm, blunt, very deferential, and non-native English (emails 2 and 18); British and
American spellings (the marching-band email is American); straight apostrophes, with every third email using
curly ones; a few P.S. lines.

## Doubtful calls

- s61e035, the apprentice sentence: a seller-driven date phrased as a wish, labelled hard_close + self_serving
  (rule 16); its soft "if it were possible" could be read as pleading (rule 15), which would add timidity.
- s61e012, the last sentence: the "can't hold the bench past Friday" date is treated as invented seller
  scarcity (hard_close), not a real external constraint.
- s61e040, "We're busy, and you're not the only plant asking": labelled hard_close as manufactured scarcity.
- s61e010, "I do hope that timing meets with your approval": labelled timidity as approval-seeking though mild.
"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(txt)

if __name__ == "__main__":
    main()
