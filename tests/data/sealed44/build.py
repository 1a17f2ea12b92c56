#!/usr/bin/env python3
"""sealed44: hand-written sales emails, labelled by the tone-coach guide. Writes test.jsonl and test-emails.jsonl."""
import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
C = {"N": ["NONE"], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"],
     "HS": ["hard_close", "self_serving"], "HT": ["hard_close", "timidity"],
     "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}
# each email: (subject, salutation, sign-off, [(sentence, code, note), ...]); "|" as a sentence starts a new paragraph
E = []
def em(subject, sal, sign, *sents):
    E.append((subject, sal, sign, list(sents)))

em("Essential oils for the Lavant Spa treatment rooms", "Dear Ms Okafor,", "Kind regards,\nRuth Penhaligon\nStillwater Botanicals",
 ("Thank you for sending over the treatment menu and the usage figures from your two therapists.", "N", "thanks, logistics"),
 ("Based on 40 massages a week, a 500 ml bottle of each base blend should last roughly six weeks.", "N", "specific value from prospect's data"),
 "|",
 ("We have won the Natural Beauty Award three years running and supply over 300 spas across Europe.", "S", "generic awards and size boast"),
 ("The price list is attached, and I'm afraid it's a little higher than last year, for which I can only apologise.", "T", "mixed: attachment kept; apology for the price"),
 ("The 250 ml size works out at GBP 11.40 a bottle, and if that is a problem I could take 15% off the first order without any fuss.", "T", "mixed: price kept; unprompted discount"),
 ("Would Thursday at 11 suit for a short call to agree the blends, or whenever you might have a spare moment, there's truly no hurry?", "T", "mixed: meeting ask kept; permission-begging clause"))

em("Archival boxes for the search room move", "Dear Mr Harland,", "With best wishes,\nDaniel Frew\nFolio Conservation Supplies",
 ("You mentioned the collections need to be reboxed before the search room closes on 14 March.", "N", "the prospect's own date"),
 ("Our lignin-free boxes pass the Photographic Activity Test, which your conservator listed as a requirement.", "N", "credential the buyer's process requires"),
 ("For 2,400 boxes in three sizes, the total comes to GBP 9,860 including delivery to your loading bay.", "N", "price asked for"),
 ("Board mills are quoting eight weeks on the grey-blue stock this winter, so an order by mid-January keeps you inside your March date.", "N", "borderline: real external lead time stated once with the reason"),
 ("I can bring samples to the office on the 9th if that helps your conservator compare them.", "N", "offer serving the customer"))

em("Anti-slip nosings for the Marlowe House stairwells", "Hi Priya,", "Cheers,\nTom\nGripline Safety",
 ("Good to meet you and the tenants' rep on site last week.", "N", "pleasantry"),
 ("The survey drawings are attached, and honestly the stairs are a claim waiting to happen, so your board needs to sign this off now.", "H", "mixed: attachment kept; directive 'needs to sign now'"),
 ("Every housing association around you has already fitted these, and you don't want to be the one left explaining a fall.", "H", "peers already switched, shaming"),
 ("I've already pencilled our fitters in for the 3rd, so I'll just need a purchase order number from you by return.", "H", "assumptive booking before a yes"),
 ("The nosings come in a contrasting yellow that meets the visibility guidance, and frankly I'm amazed it's taken your team this long to notice the problem.", "H", "mixed: product detail kept; sarcasm aimed at the prospect"),
 "|",
 ("P.S. This one would really make my month, if I'm honest.", "S", "seller's stake, no date"))

em("Restoring the 1870s Malby globe", "Dear Mr Castellane,", "Yours sincerely,\nHelena Mörk\nMörk Globe & Map Studio",
 ("Many thanks for the photographs of the globe and its stand.", "N", "thanks"),
 ("I do hope you won't mind me saying so, but I was perhaps wondering whether you might possibly consider letting us take a look at it?", "T", "stacked hedges plus permission-seeking"),
 ("I am so sorry this letter has run so long, and sorry too for writing again so soon.", "T", "apology for length and for follow-up"),
 ("The gores around the Pacific show flaking varnish, which usually means the plaster beneath is sound but the size layer has failed.", "N", "expert insight"),
 ("Please forgive me if our estimate seems too much; I would quite understand if you chose someone cheaper.", "T", "apology for the price, pre-emptive release"),
 ("We could collect it on 2 April, the date you gave for the house clearance, though of course only if that is all right and you do not mind terribly.", "T", "mixed: prospect's date kept; permission-seeking"))

em("Bulb planting on the Westfield verges", "Dear Councillor Ames,", "Kind regards,\nJosh Teller\nVerge & Meadow Ltd",
 ("Thank you for the verge map and the council's biodiversity brief.", "N", "thanks"),
 ("We're the UK's fastest-growing naturalistic planting firm and were named Landscaper of the Year at the 2025 Green Awards.", "S", "generic boasts and award"),
 ("Our machines plant crocus, narcissus, camassia, snake's head fritillary, alliums, tulips, scilla, chionodoxa, muscari and wild garlic.", "S", "feature dump with no tie to the brief"),
 ("Planting has to happen before the ground freezes, which on these verges usually means by the end of November.", "N", "borderline: real external constraint stated once with reason"),
 ("The planting plan for all six verges is attached, and my director is keen to have Westfield as a showcase, so we'd need the order confirmed before our half-year closes on the 31st.", "HS", "mixed: attachment kept; seller's director and half-year as reason for the date (rule 16)"),
 ("Could your officer confirm the verge widths on the Hadley Road stretch, and I'll send the contract the same afternoon so we can take payment on the 1st?", "H", "mixed: plain ask kept; assumptive payment step"))

em("Basketry workshops for the summer programme", "Hello Marta,", "Warmly,\nBeth Aldous\nWillow Thread Workshops",
 ("It was lovely to hear the museum wants hands-on craft days for families this summer.", "N", "pleasantry tied to prospect"),
 ("Wondering if my last note found its way to you yet, whenever suits, no rush whatsoever.", "T", "permission-begging, minimising"),
 ("I know you're terribly busy and I hate to be a nuisance.", "T", "self-abasing"),
 ("Each workshop takes 12 people for two hours and everyone leaves with a finished willow bird feeder.", "N", "concrete product detail"),
 ("The fee is GBP 480 per workshop including all the willow, but if that's more than you'd planned, just tell me what figure works and I'll make it fit.", "T", "mixed: price kept; name-your-number concession"),
 ("I can run a trial session on 19 June, the date you mentioned for the volunteers' preview, and I'd be ever so grateful for a testimonial for our leaflet afterwards.", "S", "mixed: prospect's date kept; testimonial favour before any value delivered"))

em("Blast chillers for the Grange Primary kitchen", "Dear Mr Osei,", "Best regards,\nCarla Winthorpe\nColdline Catering Equipment",
 ("Following your kitchen manager's request, I've attached the spec sheet for the 10-tray roll-in chiller.", "N", "attachment requested"),
 ("It brings a full batch of cottage pie from 70 to 3 degrees in under 90 minutes, which keeps you inside your food safety plan.", "N", "value tied to prospect's plan"),
 ("The price is GBP 6,450 installed, and that only holds until Friday, so I'd move quickly if I were you.", "H", "mixed: price kept; fake deadline with urgency language"),
 ("Frankly, any head who cared about food safety would have replaced the old unit last year.", "H", "shaming"),
 ("I've spent two full afternoons on your kitchen layout, so the least I'd expect is a yes or no this week.", "HS", "seller's effort as guilt with demand"),
 ("Installation takes half a day and can be done over half-term, but the fitters go to another school if I don't have your signature by tonight.", "H", "mixed: logistics kept; invented deadline"))

em("Cultured butter for the Maison Roux bakeries", "Hi Léa,", "Best,\nOwen Pryce\nPryce Dairy",
 ("Thanks for the croissant trial feedback from the Camden bakery.", "N", "thanks"),
 ("Your team's note that the lamination tore at 18 degrees fits what we see with butters under 82% fat.", "N", "insight from prospect's data"),
 ("Our 84% block holds its plasticity up to 21 degrees, so the tears should stop in warmer kitchens.", "N", "product detail tied to their problem"),
 ("Pricing for 400 kg a week is EUR 8.10 per kilo, as you asked.", "N", "price asked for"),
 ("Could we run a second trial at the Islington site on the 12th?", "N", "clear next step"))

em("Crampons for the Glencoe call-outs", "Hi Iain,", "Stay safe,\nRhona MacKay\nSummit Hardware",
 ("Got your message, and apologies for cluttering your inbox all autumn.", "T", "apology for normal selling"),
 ("Fair enough that the team is staying with the old supplier, I'll drop you a line again next winter.", "T", "accepts brush-off without a question"),
 ("Thanks so much for even giving us a thought, it really means a lot.", "T", "thanking for considering"),
 ("For what it's worth, the anti-balling plates on the C12 are what most teams on the west coast swap in after a wet February.", "N", "leaving value behind"),
 ("If you ever want the fit guide for the new boot sizes, it's on our site.", "N", "leaves value"))

em("Chainmail gloves for the boning hall", "Dear Mr Kowalczyk,", "Regards,\nAnna Lindqvist\nSteelguard Protective",
 ("The sample gloves your line asked for went out last Monday, and this is the fourth time I've written about them with still no answer.", "H", "mixed: logistics kept; counting attempts at the prospect (rule 13)"),
 ("I can see you opened yesterday's quote twice, so I know it reached you.", "H", "read-receipt guilt"),
 ("I'm at your site for the hygiene walk on Thursday, and if I still haven't heard back by then I'll raise it with your plant director directly.", "H", "mixed: visit kept; bypass threat"),
 ("The quote covers 60 ambidextrous gloves in five sizes with replaceable straps, as your safety lead asked, and it has to be countersigned by Wednesday for my quarter to count it.", "HS", "mixed: requested spec kept; seller's quarter as reason for the date (rule 16)"),
 ("Our region has fallen behind plan this quarter, so I'm keen to see this over the line.", "S", "seller's need, no date"),
 ("Happy to send two sample sizes for your line to test.", "N", "offer"))

em("Coppicing the Hollowbrook hazel", "Dear Sian,", "All the best,\nGareth Bowen\nUnderwood Crafts",
 ("Thank you for walking me round the hazel compartments on Tuesday.", "N", "thanks"),
 ("Most of the stools in compartment 4 are over 20 years since their last cut, so they're starting to split and shade out the bluebells.", "N", "expert insight from the visit"),
 ("I'd recommend cutting compartments 4 and 5 this winter and leaving 6 for the dormice, and here's why.", "N", "confident recommendation"),
 ("Felling has to stop by the end of February under the nesting-season guidance.", "N", "borderline: real external constraint stated once"),
 ("The quote for both compartments, including laying the brash for habitat, is attached.", "N", "attachment"))

em("Dice and games for the Meeple & Mug café", "Hey Jordan!", "Roll well,\nKit\nCritical Hit Supply Co.",
 ("Loved the café, and the dice towers on every table are a brilliant touch.", "N", "pleasantry"),
 ("We've got the resin sets you asked about at GBP 4.20 each for 200 sets, and honestly you need to grab them before the rush.", "H", "mixed: price kept; directive and urgency"),
 ("Three other cafés in Leeds switched to us this month and they're already selling out.", "H", "peers already switched as pressure"),
 ("We're basically the biggest dice maker in the north, with 40,000 followers and a feature in Tabletop Monthly!", "S", "boast, followers, press"),
 ("Delivery is free over GBP 300, and would you be up for leaving us a review on our shop page once the order's in?", "S", "mixed: delivery term kept; review favour"),
 ("Sets ship in gift tins, so they'll double as shelf stock, and they come in metal, gemstone, bone, wood, glow-in-the-dark, liquid-core, galaxy resin and 40 other finishes.", "S", "mixed: product detail kept; feature dump"))

em("Dosimetry badges for the imaging department", "Dear Dr Fenwick,", "Yours sincerely,\nMaurice Ade\nRadMetrics",
 ("Thank you for the staff numbers across CT, fluoroscopy and interventional radiology.", "N", "thanks"),
 ("I'm afraid I'm not sure I can answer the question on extremity rings myself, I'll have to see what my manager thinks about any discount.", "T", "defers on discount to manager"),
 ("Apologies for the delay in replying, and apologies again if the figures are not what you hoped.", "T", "repeated apologies"),
 ("Our badges are read in a UKAS-accredited lab, which your Radiation Protection Adviser listed as essential.", "N", "credential the buyer requires"),
 ("Perhaps, if your diary could bear it, we might possibly arrange a short call at some point?", "T", "stacked hedges plus permission"),
 ("The draft contract is attached for your RPA to review, and I hope it's okay that I sent it without asking first.", "T", "mixed: attachment kept; approval-seeking"))

em("Drone light show for the Riverside New Year", "Dear Ms Adeyemi,", "Best regards,\nLuca Ferri\nSkyglow Displays",
 ("Congratulations on the funding for the New Year event.", "N", "pleasantry"),
 ("A 200-drone show over the river would be visible from both banks, which answers the crowd-spread worry in your safety plan.", "N", "value tied to the prospect's plan"),
 ("The CAA needs our operating application 28 days before the flight date, so we'd want your go-ahead by 2 December.", "N", "borderline: real regulatory lead time with reason"),
 ("We've flown shows for Coldplay, the Dubai Expo and two Olympic ceremonies, and our investors include Lightspeed.", "S", "brag, investors"),
 ("The flight safety case your officers asked for is attached, and I've already drafted the deposit invoice and will send the card link this afternoon.", "H", "mixed: attachment kept; assumptive payment step"),
 ("We'd supply the full flight plan and the marshalling crew, and our team would be thrilled to finally have a city council logo on our homepage.", "S", "mixed: offer kept; seller-centred logo wish"))

em("Companion visits for your Sheltered Housing tenants", "Dear Mrs Holloway,", "With kind regards,\nSunita Rao\nSilverthread Companions",
 ("Thank you for your time on the phone on Monday.", "N", "thanks"),
 ("You said loneliness scores in the last tenant survey were highest at Elm Court and Birch Row, so I've started the proposal there.", "N", "tied to prospect's data"),
 ("Each companion is DBS-checked and trained in spotting early signs of self-neglect.", "N", "product detail serving residents"),
 ("We can start with 30 tenants in February, the month your committee named.", "N", "prospect's date"),
 ("Would it help if I joined your committee meeting on the 22nd to answer questions?", "N", "offer with date"))

em("Etched glass awards for the Builders' Federation dinner", "Hi Neil,", "Thanks,\nMel Strachan\nClearcut Awards",
 ("Thanks for the list of 14 award categories.", "N", "thanks"),
 ("The proofs are attached, and the engravers can only hold your slot until tomorrow at noon, so don't sit on this.", "H", "mixed: attachment kept; fake scarcity with urgency"),
 ("I've bent over backwards to squeeze your dinner into the schedule, so a signature today feels only fair.", "HS", "seller's effort as guilt with demand"),
 ("I can deliver all 14 awards to the venue on the afternoon of the dinner, and if it helps get this over the line, I'll throw in the lettering for free.", "T", "mixed: logistics kept; unconditional concession"),
 ("Each award is 12 mm optical glass on a walnut base, as your chair asked, and it's the same glass we cut for a BAFTA after-party, which we're terribly proud of.", "S", "mixed: product detail kept; generic boast"),
 "|",
 ("P.S. My boss has said this is the order that decides my bonus this month.", "S", "seller's bonus, no date"))

em("Tarot and palm readings at your Halloween party", "Hiya Chloe,", "Mystically yours,\nMadame Zora (Zoe Hart)\nZora's Parlour",
 ("So excited you're thinking of a fortune teller for the agency party on the 31st!", "N", "pleasantry, prospect's date"),
 ("I've done readings at over 500 events and won Best Entertainer at the Midlands Wedding Awards three times!!", "S", "exclamation boasts"),
 ("Forgive me for writing again so soon, I really don't mean to be a pain.", "T", "apologising for writing again, self-abasing"),
 ("My fee for the evening is GBP 350, and honestly I'd be so grateful for the booking, this season has been really quiet for me.", "ST", "mixed: price kept; pleading for the seller's own sake (rule 15)"),
 ("For three hours I'd do about 30 short readings, so most of your 80 guests get a turn.", "N", "concrete detail tied to the prospect"),
 ("Would Friday work for a quick call to confirm the room, or if you're busy, just ignore me, I won't mind one bit?", "T", "mixed: meeting ask kept; feel-free-to-ignore"))

em("Foam party for Freshers' Week", "Hi Sam,", "Speak soon,\nDev\nFroth Events",
 ("Thanks for the floor plan of the Union main hall.", "N", "thanks"),
 ("The cannon covers about 150 square metres, so the dance floor you marked is the right size.", "N", "detail tied to prospect"),
 ("The foam is non-toxic and hypoallergenic, and the safety data sheet is attached for your venue team.", "N", "attachment for buyer's task"),
 ("Could you confirm whether the hall has floor drains near the stage?", "N", "plain question"),
 ("I'll hold 22 September as the date you asked for.", "N", "prospect's date"))

em("Goat yoga for the Kestrel Software wellbeing day", "Hey Aisha,", "Namaste,\nFern\nHoof & Flow",
 ("Floating my last message back to the top of your pile, as I'm sure you're flat out and I don't want to nag.", "T", "just checking, minimising"),
 ("Every tech company in Shoreditch is doing this now, so you'll look pretty behind if you skip it.", "H", "peers and shaming"),
 ("I've gone ahead and pencilled in your team for 9 May, so I just need the deposit to confirm.", "H", "assumptive booking and payment"),
 ("We run 45-minute sessions for up to 20 people with four pygmy goats and a trained handler.", "N", "concrete product detail"),
 ("Honestly I'd knock a bit off the price if that makes it easier, whatever works for you.", "T", "unprompted discount"),
 ("The goats are insured and our risk assessment is attached, so honestly there's nothing left for your HR team to think over.", "H", "mixed: attachment kept; shuts down the prospect's deliberation"))

em("Geodesic dome for the Ashby Lane outdoor classroom", "Dear Mrs Patel,", "Kind regards,\nMatteo Russo\nDomeworks",
 ("Thank you for the photos of the field behind the Year 3 block.", "N", "thanks"),
 ("A 6-metre dome seats a class of 30 and stays dry on the timber base we discussed.", "N", "detail tied to prospect"),
 ("It's the same design we're putting in at three schools in your trust, and the heads tell us the acoustics suit storytelling.", "N", "social proof tied to the prospect's situation"),
 ("The quote is attached, and I'm terribly sorry it comes to more than you hoped, I did try.", "T", "mixed: attachment kept; apology for the price"),
 ("Groundworks would take three days in the Easter holidays, and I could probably take GBP 800 off if your governors are worried.", "T", "mixed: logistics kept; pre-emptive discount"),
 ("We've been family-run since 1962 and are very proud of our heritage.", "S", "borderline: heritage line"))

em("Hula hoop workshops for Year 2", "Hi Mr Daly,", "Thanks a lot,\nJess Moreno\nHoopla Active",
 ("Lovely to meet you at the PE conference.", "N", "pleasantry"),
 ("The sessions follow the fundamental movement skills in your PE scheme, so they slot in without extra planning.", "N", "value tied to prospect"),
 ("We are Hoopla, the UK's number one hoop fitness brand, seen on BBC Breakfast!", "S", "generic boast"),
 ("Sorry for the really long email and sorry if I'm being pushy.", "T", "apology for length and pushiness"),
 ("A morning covers three classes of 30, and if your budget is tight I'm happy to do the first one free, no strings.", "T", "mixed: product detail kept; unconditional free offer"),
 ("Could we look at the week of 16 March, which you said was free, and if I could have a decision before my team meeting on Monday that would really help me out?", "HS", "mixed: prospect's week kept; seller-driven deadline phrased as a favour (rule 16)"))

em("Hay nets for the Millbrook livery yard", "Hi Jo,", "Thanks,\nRob\nGraze Right Equestrian",
 ("Here's the price you asked for: GBP 9.40 per slow-feeder net for 60 nets, and I'll put them on Friday's lorry unless you tell me otherwise.", "H", "mixed: requested price kept; silence treated as a yes"),
 ("The 30 mm holes cut waste hay by about a fifth, which on your yard's bale count is roughly 40 bales a winter.", "N", "quantified value from prospect's data"),
 ("Stock of the 30 mm size is limited, and I'd hate to see you miss out, so order today.", "H", "manufactured scarcity, urgency"),
 ("Delivery is three working days from your order, and your liveries need these before the first frost, no question about it.", "H", "mixed: logistics kept; 'you need' directive"),
 ("We've been making nets for three generations.", "S", "borderline: heritage line"))

em("Hockey kit for the Ice Wolves juniors", "Hi Coach Brennan,", "Go Wolves,\nJamie Kerr\nBlue Line Sports",
 ("Thanks for the roster with sizes for the under-11s and under-13s.", "N", "thanks"),
 ("I can have the full order at the rink by 3 October, and I'd really appreciate it if you could confirm before Friday, since that's the day my commission tier resets.", "HS", "mixed: delivery date kept; seller's commission as reason for the date (rule 16)"),
 ("Your parents have waited long enough for proper gear, and it's frankly embarrassing for the club.", "H", "shaming"),
 ("Each set is CSA-certified helmet, cage, shoulder pads and pants in your team colors, which covers the league's equipment rules.", "N", "certification buyer's league requires"),
 ("I'm happy to bring fitting samples to Saturday's practice, and sorry again for hassling you with yet another email.", "T", "mixed: offer kept; apology for following up"))

em("Club jerseys for Ridgeway Wheelers", "Hi Gemma,", "Ride safe,\nOllie\nKadence Kit",
 ("Thanks for sending the design with the club's green chevrons.", "N", "thanks"),
 ("Apologies that the mock-up took a week longer than promised, our designer was off sick; it's attached now.", "N", "borderline: single courtesy apology with reason and fix"),
 ("The fabric is the same breathable mesh as your current kit, with a longer drop tail your members asked for.", "N", "detail tied to prospect"),
 ("For 60 jerseys the price is GBP 52 each, and I'm sorry it's not cheaper, I feel bad even sending it.", "T", "mixed: requested price kept; apology for the price"),
 ("Could your committee confirm sizes by 20 April, the date you set for the spring run?", "N", "prospect's date"),
 "|",
 ("P.S. We kit out two pro continental teams, which I never get tired of mentioning!", "S", "generic boast with exclamation"))

em("Jackfruit for the Green Patty burger range", "Hello Mr Tanaka,", "Best regards,\nAshok Menon\nKerala Harvest Foods",
 ("Thank you kindly for your time at the trade fair in Cologne.", "N", "thanks"),
 ("Our young jackfruit is the best quality, very famous in all India and we are most leading exporter of this since many years.", "S", "generic boast, leading, years in business"),
 ("The price is USD 1,150 per tonne FOB Kochi as you asked, but please you must send the purchase order this week because the container is going full very quickly.", "H", "mixed: requested price kept; scarcity push with demand"),
 ("The brine-packed 10 kg pouches keep 18 months unopened, which fits your central kitchen storage.", "N", "product detail tied to prospect"),
 ("Also if you give us good feedback on the website we can make special price for you.", "ST", "borderline: discount for a review"),
 ("The spec sheet and allergen statement are attached as requested, and all the big burger chains in Germany already buy from us, so you will be the last one.", "H", "mixed: attachment kept; peers-already-bought shaming"))

em("Kaleidoscopes for the Discovery Centre shop", "Hi Farah,", "All best,\nNina\nPrism & Co.",
 ("Sorry to land in your inbox once more, I promise this is the very last time I'll interrupt your week.", "T", "apologising for follow-up, self-abasing"),
 ("The sample box went out on Monday by tracked post, and I was kind of hoping that perhaps you might maybe have a moment to look at it?", "T", "mixed: logistics kept; stacked hedges"),
 ("The brass teleidoscopes retail at around GBP 18, which sits right in your gift-shop sweet spot.", "N", "value tied to prospect"),
 ("Anyway, if it's a no, I won't take it personally in the slightest, honestly!", "T", "pre-emptive release"),
 ("I can send a mixed case of 24 for your Easter window, and I'm happy to do it at cost if you'd rather not pay full price.", "T", "mixed: offer kept; unprompted concession"))

em("Leaf blowers for the grounds team", "Dear Mr Whitcombe,", "Regards,\nKaren Doyle\nGreenway Power Tools",
 ("Thanks for confirming the crew size and the acreage of the main campus.", "N", "thanks"),
 ("Battery blowers would keep you inside the university's 55 dB limit for early-morning work near the dorms, and we'd organize the charging racks by crew.", "N", "value tied to prospect's constraint"),
 ("We'll handle the battery swap schedule, so your crew isn't stuck waiting on charges mid-shift.", "N", "'we' but value is the customer's"),
 ("The manufacturer's trade-in scheme for petrol units closes on 31 March, so that's worth weighing.", "N", "borderline: real external date stated once"),
 ("Would Wednesday at 2 work to demo two models on the quad?", "N", "clear next step"))

em("Lampwork beads for the autumn kits", "Hi Rosa,", "Take care,\nIsla\nFlame & Bead",
 ("The colour chart you asked for is attached, and since I turned down two other orders to keep your slot free, I'd expect a yes by the weekend.", "HS", "mixed: attachment kept; seller's sacrifice as guilt with a demand (rule 15)"),
 ("It has taken me six weeks to develop those colours for your shop, and I'll admit I've grown very attached to them.", "S", "seller's effort and feelings, no blame or demand (rule 15)"),
 ("Delivery of the first 2,000 beads would be 10 October, and I'll need your card details today to book the studio time.", "H", "mixed: delivery date kept; payment before a yes"),
 ("Every bead is annealed for 12 hours, so your customers won't see cracks in finished bracelets.", "N", "product detail with buyer value"),
 ("Would be wonderful if you could mention us on your shop's Instagram too.", "S", "asking a favour"))

em("Artificial Christmas trees for the Oakgate Center atrium", "Dear Mr Brandt,", "Best wishes,\nHolly Turner\nEvergreen Displays",
 ("Thank you for the dimensions of the center atrium and the load limits from your structural engineer.", "N", "thanks"),
 ("A 30-foot tree sits well under the 900 lb limit he set for the mezzanine.", "N", "value tied to prospect data"),
 ("The quote for the 30-foot tree is USD 18,900, as requested, and I'm under real pressure from my sales director to land it before our year end, so please sign by the 15th.", "HS", "mixed: requested price kept; seller's director and year end as reason (rule 16)"),
 ("Our trees are flame-retardant, pre-lit, color-matched, hinged, PVC-free, UV-stable, modular, shatterproof and come with a 10-year warranty.", "S", "feature list"),
 ("If you haven't decided by then, I'll assume we're going ahead and send the installers.", "H", "silence means yes"),
 ("The fire certificate your insurer asked for is attached.", "N", "attachment"))

em("Bamboo toothbrushes for the Smile Street practices", "Hi Dr Sato,", "Many thanks,\nGrace\nTerraBrush",
 ("Thanks for the order sizes for your four practices and your hygienists' notes.", "N", "thanks"),
 ("The soft-bristle heads meet the BDA guidance your hygienists mentioned, and each brush carries your logo on the handle.", "N", "product detail tied to buyer's requirements"),
 ("For 8,000 brushes the price is GBP 0.41 each, and it drops to 0.36 if you commit to a 12-month call-off.", "N", "concession traded for volume/term"),
 ("Sample packs will reach the practices on Tuesday, with a note on the week's colors.", "N", "logistics"),
 ("Does a call on the 14th suit to agree the logo placement?", "N", "next step"))

em("Crêpe stand for the Addison wedding", "Dear Helen,", "With warm regards,\nSophie Laurent\nLa Petite Crêperie",
 ("Thank you for getting in touch about your daughter's wedding on 14 June.", "N", "thanks, prospect's date"),
 ("We've been named the best wedding caterer in the county by Bride magazine and have served three celebrities!", "S", "boast"),
 ("We have a second van for the evening service, but I must be honest, June is our busiest month and the date will surely be gone in a day or two if you don't confirm.", "H", "mixed: offer kept; manufactured scarcity"),
 ("Our buckwheat galettes are naturally gluten-free, which covers the six guests you mentioned.", "N", "detail tied to prospect"),
 ("I'm very sorry if this is more than you wanted to spend, I could take off whatever amount you think is fair.", "T", "apology for price, name your number"),
 ("The menu and the pricing for 120 guests are attached, and I'd need a 50% deposit by card today to lock the van in.", "H", "mixed: attachment kept; payment before a yes"))

em("Knocking-in service for the junior bats", "Hi Raj,", "Cheers,\nBen\nWillowcraft Bats",
 ("Got your note that the club's going with the sports shop in town this year.", "N", "acknowledges decision"),
 ("Really disappointed after all the hours I put into those sample bats for your juniors, I thought we had something.", "HS", "seller's feelings and effort as guilt after a decision"),
 ("I've left the sample bats with your groundsman, and I'll keep dropping by the nets on Tuesday evenings until the committee changes its mind.", "H", "mixed: logistics kept; badgering after a no"),
 ("Congratulations on choosing the cheapest option, I'm sure the kids will love the broken bats.", "H", "sarcasm"),
 ("Any chance you'd recommend us to the Chiltern clubs anyway?", "S", "referral favour"))

em("Dashcams for the Bluebell Cars fleet", "Hi Marcus,", "Thanks,\nDaniela Costa\nRoadEye Systems",
 ("Thanks for the fleet list; 48 cars across two depots is just the size the dual-lens kit suits.", "N", "tied to prospect; harmless 'just'"),
 ("Your insurer's note that disputed claims cost you GBP 61,000 last year is the number I'd build the case around.", "N", "value from prospect's data"),
 ("On your own figures, each month without cameras costs roughly GBP 5,000 in unresolved claims.", "N", "quantified cost of delay as information"),
 ("Before we talk about the discount you asked for, let's check the claims saving justifies the spend.", "N", "redirects discount to value"),
 ("Could we meet at the Harlow depot on Thursday at 10?", "N", "next step"))

em("Evacuation chairs for the Corn Street offices", "Dear Mr Akhtar,", "Best regards,\nClaire Boyd\nSafeDescent Ltd",
 ("Please find attached the quote for six evacuation chairs, one per stairwell landing, as your facilities team asked, and you'd better get them ordered before someone gets hurt on your watch.", "H", "mixed: requested quote kept; fear-based directive"),
 ("Your office needs these, full stop, and there's nothing to discuss further.", "H", "directive, shuts down process"),
 ("The chairs can be fitted on the 12th your facilities team proposed; your procurement panel can rubber-stamp it afterwards, so just sign the order form today.", "H", "mixed: prospect's date kept; overriding the prospect's process"),
 ("Each chair carries a 250 kg load and comes with staff training, and we are the market leader in evacuation equipment with a 98% satisfaction rating.", "S", "mixed: product detail kept; generic boast"),
 ("The chairs fold to 20 cm deep, so they won't obstruct the escape route on your narrow landings.", "N", "product detail tied to prospect"))

em("Foraging walk for the Harwood & Lyle team day", "Hi Bea,", "Warmly,\nTobias Finch\nWild Larder Walks",
 ("Thanks for the headcount of 26 and the dietary list.", "N", "thanks"),
 ("I'm ever so sorry to chase, I know I'm probably the last thing on your mind.", "T", "apology for following up, self-abasing"),
 ("The price for 26 is GBP 1,040 including lunch, though if it's easier we could maybe do it at half price just to get started?", "T", "mixed: price kept; unprompted discount"),
 ("The September walk along the Wye finds hen of the woods and sloes, and we finish with a cooked lunch in the barn.", "N", "concrete detail"),
 ("Would the 18th you mentioned work for a 10 o'clock start, if that's alright, and I really hope I'm not being too forward by asking?", "T", "mixed: prospect's date kept; approval-seeking"))

em("Chewing gum removal, Market Street", "Dear Ms Greaves,", "Yours sincerely,\nPaul Ingram\nClearStreet Services",
 ("Thank you for the map of the pedestrianised zone.", "N", "thanks"),
 ("Our steam units lift gum without damaging the York stone, which your conservation officer raised.", "N", "value tied to prospect concern"),
 ("This is my sixth email on this, and still nothing, which I find quite remarkable.", "H", "counting attempts, sarcasm"),
 ("I have put my reputation on the line with my director to secure you this rate, so I need your answer by Friday.", "HS", "seller's standing as guilt, demand"),
 ("A trial patch outside the library takes one morning, and if I don't hear back, I'll write to the council leader myself.", "H", "mixed: offer kept; bypass threat"),
 ("The pricing for a quarterly clean is GBP 3,200 per visit.", "N", "price"))

em("Hovercraft rides for the Sandbay regatta", "Hi Lewis,", "Cheers,\nMaddie\nAirCushion Adventures",
 ("Brilliant to hear the regatta committee liked the idea.", "N", "pleasantry"),
 ("The two-seater runs 10-minute loops across the mudflats, so you'd fit about 90 rides across the afternoon.", "N", "concrete detail"),
 ("The craft is insured for passengers aged eight and over, and we've been featured on Top Gear, Countryfile and The One Show and hold three Guinness records.", "S", "mixed: product detail kept; media boast"),
 ("I'll be honest, I really need this booking to hit my target this summer.", "S", "seller's need, no date"),
 ("The harbourmaster needs our method statement 21 days before the event, so I'd send it by 1 July.", "N", "borderline: real external lead time stated once"),
 ("The insurance certificate is attached, and my manager says we can only hold 9 August until Monday, so I'd grab it.", "HS", "mixed: attachment kept; manager's hold date as reason to decide (rule 16)"))

em("Iftar catering for the Brightwell office", "Dear Yasmin,", "Best wishes,\nOmar Haddad\nNoor Kitchen",
 ("Thank you for choosing us for last year's iftar evenings.", "N", "thanks"),
 ("For this year I've attached a menu for 140 staff with two vegetarian mains, as you asked.", "N", "attachment requested"),
 ("Since everything went so well last time, would you mind leaving a short review on our Google page?", "S", "borderline: review asked of happy customer after value"),
 ("Sunset falls around 6:50 pm in late March, so we'd plan to have dates and water on the tables by 6:40.", "N", "real external timing"),
 ("Shall I pencil in a tasting on the 3rd, or would you rather I wait until you've had time to think, honestly whatever suits you is fine?", "T", "mixed: meeting ask kept; permission-begging"))

em("Jet ski training for the harbour patrol", "Dear Harbourmaster Quinn,", "Respectfully yours,\nSven Albrecht\nMarineSkill Academy",
 ("Thank you very much for your kind enquiry, and I hope you are well.", "N", "pleasantry"),
 ("Please accept my deepest apologies for our price, I know it is very high and I feel quite ashamed about it.", "T", "apology for price, self-abasing"),
 ("The course price includes fuel and the loan of two craft, but I will need to ask my boss if any reduction is possible, I cannot decide such things myself.", "T", "mixed: price detail kept; defers on discount to manager"),
 ("The course is two days and covers rescue sled towing, which your patrol lead's letter said was the gap.", "N", "value tied to prospect"),
 ("We would be most grateful if you could possibly perhaps consider us, if it would not be an imposition.", "T", "stacked hedges and permission"),
 ("The RYA syllabus is attached, and we are proud to be the most awarded training school in all Northern Europe.", "S", "mixed: attachment kept; generic award boast"))

em("Kitchen porter cover for the Grand Hotel conference season", "Hi Stefan,", "Thanks,\nLeanne\nPrepForce Staffing",
 ("Thanks for the rota gaps for September and October.", "N", "thanks"),
 ("We can cover all 46 shifts, and every porter has a Level 2 food hygiene certificate.", "N", "detail tied to prospect"),
 ("Every porter can start on 1 September as you asked, but you really ought to sign today, because honestly there won't be a porter left in the city by next week.", "H", "mixed: prospect's start date kept; manufactured scarcity"),
 ("It would help me massively to get this signed before my manager's review on Friday.", "HS", "seller-driven deadline as favour"),
 ("Our rate is GBP 14.80 an hour all-in, and if you'd like I can drop it by GBP 1.50 straight away.", "T", "mixed: price kept; unprompted discount"),
 ("Our onboarding pack is attached, and I'll start sending porters on Monday unless I hear otherwise.", "H", "mixed: attachment kept; silence means yes"))


README_HEAD = """# sealed44: held-out sales emails for the Poise tone coach

> **Training data since the tenth session.** This set was once sealed and was read several times while sealed (its
> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).
> It measures nothing now.

**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on
6 December (the eighth session) from the labelling guide alone, blind to that session's later Apply changes, and
measured first on the model of the seventh session (rules + model macro-F1 0.897: hard_close 0.876, self_serving
0.875, timidity 0.940; 2 of 102 clean sentences flagged; email agreement 0.975 / 0.975 / 0.975).

Written by hand, sentence by sentence, from the labelling guide (`shared/corpus/LABELS.md`) and the product
description alone; no other data set, rule or code was consulted, and no sentence was generated or copied. The
guide's example sentences were not reused or paraphrased. `build.py` holds every email (subject, salutation,
sign-off, body sentences with a label code and a short note), writes `test.jsonl` and `test-emails.jsonl`, derives
each email's labels from its sentences with the guide's 0/1/2 scale (no hand overrides), checks that every sentence
is a verbatim substring of its email and that every line parses, and writes the counts below. Re-run with
`python3 build.py`.

## Design

- 40 emails, 5-6 body sentences each; P.S. lines are sentence entries, salutations and sign-offs are not.
- 32 emails carry two or more faulty sentences, 8 are clean (all hard negatives: prospect-set dates, real
  external lead times, prices asked for, confident recommendations, a discount traded for term).
- About half of the faulty sentences are mixed: the fault sits in one clause beside something the rep must keep
  (a requested price, an attachment, the prospect's own date, a meeting ask, a product detail, an offer). Their
  notes start with `mixed:`.
- Fault wordings avoid the textbook phrases: the seller's effort and feelings as leverage, silence taken as a yes,
  card details before a yes, bypass threats, peers who already bought, quota/commission/manager reasons, award and
  media boasts, feature lists, unprompted discounts, name-your-number, self-abasement, stacked hedges, apologies for
  price and length, releasing the prospect pre-emptively.
- Notes starting with `borderline:` mark sentences decided by one of the guide's borderline rules (external lead
  times, a single courtesy apology with a reason, heritage lines, a review asked of a happy customer, a discount
  offered for a review).
- Every third email (3, 6, 9, ...) uses curly apostrophes; the others use straight ones.

## Trades (one per email, names starting A-L)

Aromatherapy oils (day spa), archival boxes (county record office), anti-slip stair nosings (housing association),
antique globe restoration (private collector), bulb planting (town council verges), basketry workshops (museum),
blast chillers (primary school kitchen), cultured butter (bakery chain), crampons (mountain rescue team),
chainmail gloves (meat plant), coppicing (wildlife trust), gaming dice (board-game café), dosimetry badges
(hospital imaging), drone light show (city council), elder companion visits (sheltered housing), etched glass
awards (trade federation), fortune telling (agency party), foam party (students' union), goat yoga (software firm),
geodesic dome classroom (primary school), hula hoop workshops (infant school), hay nets (livery yard), ice hockey
kit (junior club), cycling jerseys (club), jackfruit (vegan burger chain), kaleidoscopes (science centre shop), leaf
blowers (university grounds), lampwork beads (craft shop), artificial Christmas trees (shopping center), bamboo
toothbrushes (dental group), crêpe stand (wedding), cricket bat knocking-in (junior club), dashcams (taxi fleet),
evacuation chairs (offices), foraging walk (team day), chewing gum removal (town centre), hovercraft rides
(regatta), iftar catering (office), jet ski training (harbour patrol), kitchen porter cover (hotel).

Goods and services, public buyers (councils, record office, hospital, schools, harbour, university) and private
ones from sole traders to hotel groups; British and American spellings and currencies (GBP, EUR, USD).

## Registers

Formal (record office, dosimetry, evacuation chairs), chatty (dice, goat yoga, hovercraft), terse (hay nets,
kitchen porters), warm (basketry, companion visits, iftar), blunt (blast chillers, chainmail gloves, gum removal),
very deferential (antique globe, jet ski training), non-native English (jackfruit, jet ski training).

## Counts (computed by build.py)

"""

def curl(s):
    return s.replace("'", "\u2019")

def main():
    emails, sents = [], []
    n = 0
    for i, (subj, sal, sign, items) in enumerate(E):
        eid = "s44e%03d" % (i + 1)
        curly = (i % 3 == 2)
        f = curl if curly else (lambda s: s)
        paras, cur, rows = [], [], []
        for it in items:
            if it == "|":
                if cur: paras.append(cur); cur = []
                continue
            text, code, note = it
            text = f(text)
            cur.append(text)
            if len(cur) == 3:
                paras.append(cur); cur = []
            rows.append((text, C[code], note))
        if cur: paras.append(cur)
        body = "\n\n".join(" ".join(p) for p in paras)
        full = f(sal) + "\n\n" + body + "\n\n" + f(sign)
        lab = {}
        for L in ("hard_close", "self_serving", "timidity"):
            hits = [r for r in rows if L in r[1]]
            if not hits: lab[L] = 0
            elif len(hits) == 1 or all(r[2].startswith("borderline:") for r in hits): lab[L] = 1
            else: lab[L] = 2
        for text, labels, note in rows:
            assert text in full, (eid, text)
            n += 1
            sents.append({"id": "s44-%04d" % n, "email": eid, "text": text, "labels": labels, "note": note})
        emails.append({"email": eid, "subject": f(subj), "text": full, "labels": lab})
    with open(os.path.join(HERE, "test.jsonl"), "w") as fh:
        for s in sents: fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test-emails.jsonl"), "w") as fh:
        for e in emails: fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    for fn in ("test.jsonl", "test-emails.jsonl"):
        for line in open(os.path.join(HERE, fn)): json.loads(line)
    cnt = collections.Counter(l for s in sents for l in s["labels"])
    faulty = collections.Counter(s["email"] for s in sents if s["labels"] != ["NONE"])
    ml = sum(len(s["labels"]) > 1 for s in sents)
    bl = sum(s["note"].startswith("borderline:") for s in sents)
    mixed = sum(s["note"].startswith("mixed:") for s in sents)
    faulty_n = sum(s["labels"] != ["NONE"] for s in sents)
    lines = ["| | Count |", "|---|---|", "| Emails | %d |" % len(emails), "| Sentences | %d |" % len(sents),
             "| NONE | %d (%.1f%%) |" % (cnt["NONE"], 100 * cnt["NONE"] / len(sents))]
    lines += ["| %s | %d |" % (L, cnt[L]) for L in ("hard_close", "self_serving", "timidity")]
    lines += ["| Multi-label sentences | %d |" % ml, "| Borderline sentences | %d |" % bl,
              "| Faulty sentences with the fault in one clause (mixed) | %d of %d |" % (mixed, faulty_n),
              "| Emails with 2+ faulty sentences | %d |" % sum(1 for e in emails if faulty[e["email"]] >= 2),
              "| Clean emails | %d |" % sum(1 for e in emails if faulty[e["email"]] == 0), "",
              "Email-level scores (0 / 1 / 2):", ""]
    for L in ("hard_close", "self_serving", "timidity"):
        c = collections.Counter(e["labels"][L] for e in emails)
        lines.append("- %s: %d / %d / %d" % (L, c[0], c[1], c[2]))
    with open(os.path.join(HERE, "README.md"), "w") as fh:
        fh.write(README_HEAD + "\n".join(lines) + "\n")
    print("emails", len(emails), "sentences", len(sents))
    print("NONE %d (%.1f%%)" % (cnt["NONE"], 100 * cnt["NONE"] / len(sents)))
    for L in ("hard_close", "self_serving", "timidity"): print(L, cnt[L])
    print("multi-label", sum(len(s["labels"]) > 1 for s in sents))
    print("borderline", sum(s["note"].startswith("borderline:") for s in sents))
    print("emails with 2+ faulty", sum(1 for e in emails if faulty[e["email"]] >= 2),
          "clean", sum(1 for e in emails if faulty[e["email"]] == 0),
          "one faulty", sum(1 for e in emails if faulty[e["email"]] == 1))
    for L in ("hard_close", "self_serving", "timidity"):
        print(L, "email scores", collections.Counter(e["labels"][L] for e in emails))
    print("sentences per email", collections.Counter(collections.Counter(s["email"] for s in sents).values()))

if __name__ == "__main__":
    main()
