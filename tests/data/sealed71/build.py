#!/usr/bin/env python3
"""Build sealed71: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
import json, os, collections

# label codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combinations in that order)
CODE = {"N": ["NONE"], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"],
        "HS": ["hard_close", "self_serving"], "HT": ["hard_close", "timidity"],
        "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}

# Each email: (industry, register, subject, salutation, sign-off, [paragraphs of (code, sentence, note)])
E = []
def email(ind, reg, subj, sal, sign, *paras):
    E.append((ind, reg, subj, sal, sign, paras))

email("marimba restoration", "formal", "Rosewood bars for the county music service marimba",
  "Dear Ms Okafor,", "Kind regards,\nTomasz Wilk\nWilk Percussion Workshop",
  [("N", "Thank you for sending the photographs of the five-octave marimba from the Fernley music centre.", "greeting, logistics"),
   ("N", "The cracks on the two lowest bars run along the grain, so they can be re-tuned rather than replaced.", "expert advice for the prospect")],
  [("HS", "My workshop diary is very full because of my reputation, so I must have your purchase order by Friday or the instrument goes to the back of the line.", "invented ultimatum; the reason given is the seller's standing"),
   ("S", "We have restored instruments for three national orchestras and won the Guild craft medal twice.", "generic boast"),
   ("T", "The quote for re-tuning all 61 bars and replacing the resonator felts is attached, at GBP 1,840, and I do apologise that it comes to so much.", "price asked for plus apology for the price")],
  [("T", "Could your technician confirm whether the frame has the height-adjustable legs, and perhaps, if it is not too much of an imposition, let me know a day that might possibly suit?", "plain question plus hedges and permission-seeking")])

email("millstone dressing", "chatty", "Dressing the runner stone at Ashby Mill",
  "Hi Gareth,", "Cheers,\nNell\nNell Hartigan, Millwright",
  [("N", "Great to meet you at the open day last weekend - your volunteers clearly know that mill inside out.", "pleasantry"),
   ("N", "From the flour samples you gave me, the furrows on the runner stone have worn shallow, which is why the meal is coming out coarse.", "insight tied to prospect"),
   ("T", "I was sort of thinking maybe we could possibly look at redressing it, if that's not overstepping?", "stacked hedges plus permission")],
  [("T", "A full redress takes two days on site, and honestly, if the price feels steep, just tell me what your trust can stretch to and I'll make it fit.", "logistics plus what-number-works concession"),
   ("H", "The stone would need to be lifted with your existing crane beam, which your volunteers said was load-tested in May, and I've already told my lifting crew your deposit will be in by the weekend.", "logistics plus assumptive payment"),
   ("T", "Sorry this has turned into such an essay!", "apology for length")])

email("motorcycle courier", "terse", "Same-day runs, pathology samples",
  "Priya,", "Dan Mercer\nRapidRider Medical",
  [("N", "Your lab said the current van takes up to four hours from the Hillside GP surgeries.", "prospect's data"),
   ("N", "Our riders do that loop in 70 minutes, with UN3373 boxes and temperature logging on each bag.", "concrete value tied to prospect"),
   ("H", "Three other trusts in the region have already dropped their vans for us, and you're now the odd one out.", "peers-switched shaming")],
  [("H", "I've put your first collection down for Monday at 8am and the direct debit form is attached for your signature.", "assumptive booking and payment step"),
   ("HS", "The 12-month rate is the GBP 640 a month you asked for, and I need it signed before my month closes on the 30th.", "price asked for plus seller deadline with seller reason, rule 16"),
   ("S", "Rate card's attached too, and we've just been voted the region's top courier three years running.", "attachment plus award boast")])

email("mulch supply", "warm", "Bark mulch for the spring shrub beds",
  "Dear Helen,", "Warmest wishes,\nOwen Price\nGreenfold Mulch Co.",
  [("N", "It was lovely to walk the Abbey Park beds with you on Tuesday.", "pleasantry"),
   ("N", "As promised, here is a price for 120 cubic metres of composted bark delivered in three loads before your volunteers start on 3 March.", "prospect's own date, price asked for"),
   ("N", "A 75 mm layer on those clay beds should cut your summer watering roughly in half, going by the two trial beds at Lowfield.", "value tied to prospect")],
  [("N", "If the March date moves, just let me know and I'll shift the first load.", "borderline: one polite just, logistics"),
   ("N", "Would a short call on Thursday at 2 suit you to fix the drop points?", "clear next step")])

email("metal detecting survey", "blunt", "Watching brief at Kelsey Lane",
  "Mr Hollis,", "Rob Anstey\nAnstey Field Archaeology",
  [("N", "The planning condition on Kelsey Lane requires a metal-detecting survey of the topsoil before the groundworks start.", "borderline: real external requirement, stated once and neutrally")],
  [("H", "You need us on site, and frankly there's nothing left for your board to mull over.", "directive 'you need' with no analysis"),
   ("H", "The finds recording sheets you asked about are attached again, and that's the fourth time I've sent them, each one opened according to my read receipts.", "attachment plus counting attempts and read-receipt guilt"),
   ("H", "If Wednesday comes and goes, your managing director will be getting this quote from me instead.", "bypass threat"),
   ("N", "The survey itself is three days for the two fields, at the day rate in the attached schedule.", "logistics, attachment"),
   ("HS", "My finds officer is on standby for you at no small cost to me, so an answer is the least I'm owed.", "seller sacrifice as guilt, rule 15")])

email("swift nest boxes", "very deferential", "Swift bricks for the Orchard Rise phase 2 plots",
  "Dear Mr Banerjee,", "With very many thanks for your time,\nClaire Dunmore\nSkyward Nest Products",
  [("T", "I do hope you'll forgive me writing again, and I'm so sorry to take up even a minute of your day.", "self-abasing apology for following up"),
   ("N", "Your planning officer's condition 14 asks for one integrated swift brick per dwelling on phase 2.", "real external condition"),
   ("N", "Our bricks match the standard 215 x 65 mm coursing, so your bricklayers lay them like any other brick.", "product detail tied to prospect's build")],
  [("T", "The price for 96 bricks is GBP 2,304, though if it would help at all I could take 30% off straight away.", "price plus unprompted discount"),
   ("T", "A sample brick can be with your site office by Friday, but please don't feel any obligation whatsoever to reply if you're busy.", "logistics plus permission to ignore"),
   ("T", "I hope that's all okay and that I haven't overstepped.", "approval seeking")])

email("granola supply", "chatty", "Nut-free granola for the breakfast clubs",
  "Hey Marcus!", "Speak soon,\nJas\nMorningside Granola",
  [("N", "Thanks for sending over the breakfast club numbers - 640 kids across nine schools is a lot of bowls!", "pleasantry"),
   ("S", "So, quick bit of news from our end: we just won Best Breakfast Product at the regional food awards and we're over the moon!", "award boast"),
   ("S", "Our range has 14 flavours, resealable bags, a QR code on every pack, a loyalty scheme and a mascot called Oatie.", "feature list with no prospect value")],
  [("N", "The nut-free line is made in a separate site with its own allergen certificate, which I've attached for your catering lead.", "certification the buyer's process requires"),
   ("ST", "It would honestly make my week if you said yes, and I could do you a cheeky 15% if that tips it.", "seller's feelings plus unprompted discount"),
   ("H", "The first delivery could go to your central kitchen on the Monday after half-term, and I'll pop the invoice in the box so your finance team can pay on the day.", "logistics plus invoice before a yes")])

email("ostrich leather", "non-native English", "Ostrich skins for your new handbag line",
  "Dear Mr Laurent,", "Best regards,\nJohan van der Merwe\nKaroo Exotic Tannery Ltd",
  [("N", "Thank you for the meeting in Paris and for show us the sketches of the autumn bag.", "greeting"),
   ("N", "For the large tote you will need full-crown skins of minimum 140 dm2, because the quill pattern must be centred on the front panel.", "technical prerequisite")],
  [("S", "Our company is the biggest exporter of ostrich leather in whole Africa since 1962 and many famous houses are buying from us.", "generic boast, years in business"),
   ("H", "The stock of full-crown skins is almost finish and two other maisons are asking for it this week, so you must decide very fast.", "manufactured scarcity"),
   ("HS", "Also my director wants this order confirmed before our financial year close on 31st, please help me.", "manager wish plus seller date, rule 16"),
   ("H", "I attach the price list for the cognac and the black finish, and also the proforma invoice so you can pay the 50% already.", "attachment plus invoice before a yes")])

email("origami workshop", "warm", "Paper-folding sessions for the half-term family days",
  "Hi Ruth,", "Best,\nAki Tanaka\nFoldwork Studio",
  [("N", "Thanks so much for thinking of us for the museum's half-term programme.", "pleasantry"),
   ("N", "Based on the 180 visitors you had per day last October, I'd suggest four 45-minute drop-in sessions rather than two long ones.", "recommendation tied to prospect data")],
  [("N", "Each child leaves with a folded crane and a sheet of instructions to try at home.", "concrete value"),
   ("N", "Could you let me know by 10 January whether the Learning Room or the atrium is free, since your own bookings team closes the half-term rota then?", "prospect's own deadline"),
   ("N", "The full costing is in the attached sheet.", "attachment")])

email("odour control", "formal", "Odour control at Bramley Road pumping station",
  "Dear Mr Ferreira,", "Yours sincerely,\nDr Sarah Whitlock\nAeraClean Process Ltd",
  [("N", "Following your enquiry about the complaints from the Bramley Road residents, I have reviewed the hydrogen sulphide readings your team logged in August.", "follow-up with substance"),
   ("N", "The peaks of 40 ppm at the wet well suggest that a carbon filter alone would be exhausted within months.", "insight")],
  [("HS", "I have spent the best part of two weekends modelling this for you, so I would expect at least the courtesy of a decision this week.", "seller effort as guilt, rule 15"),
   ("S", "The unit would sit on the existing concrete plinth beside the wet well, and our patented biotrickling technology has been called the most advanced in Europe by the industry press.", "product detail plus generic boast"),
   ("H", "Every further week of complaints is on your conscience, not mine.", "guilt/shaming aimed at prospect"),
   ("H", "A site visit on 14 or 15 October would let us confirm the duct sizes, and I have already raised the order for the filter media on your account.", "meeting ask plus assumptive order")])

email("pewter tankards", "chatty", "Tankards for the club's 150th dinner",
  "Hi Steve,", "All the best,\nBecky\nHallam Pewtersmiths",
  [("N", "Lovely to hear the club's reaching 150 years - what a milestone.", "pleasantry"),
   ("N", "For 85 engraved one-pint tankards with the crest, the price you asked for comes to GBP 3,910 including engraving.", "price asked for"),
   ("ST", "I'll be honest, I've been having a rough quarter and an order this size would really save my bacon.", "pleading for seller's sake, rule 15")],
  [("HST", "If you can sign off by Friday I'll knock 10% off, because that's when my manager closes the books.", "discount conditioned on seller's date with seller reason, rules 7 and 16"),
   ("N", "Engraving takes three weeks, so we'd comfortably make your dinner on 22 May.", "prospect's own date"),
   ("S", "And if the lads love them, a photo of the toast for our Instagram would be a massive help to me.", "favour for seller before value delivered")])

email("peanut butter", "terse", "Peanut butter, food bank pallets",
  "Jo,", "Regards,\nMike Tran\nRidgeway Nut Co.",
  [("N", "Following up on the pallet quote from 2 September.", "single follow-up"),
   ("N", "The 1 kg tubs have a 12-month shelf life, which suits your three-month distribution cycle.", "value tied to prospect")],
  [("N", "Price holds at GBP 2.10 a tub until 31 October, when our peanut contract renews.", "borderline: price expiry stated once with reason"),
   ("T", "Want me to send a sample case to the Elm Street depot, or is that too forward of me?", "plain ask plus permission-seeking"),
   ("T", "Can drop to GBP 1.80 anyway if the board balks.", "unprompted pre-emptive discount"),
   ("H", "Other food banks in the county signed weeks ago, so you're the last one still deciding.", "peers shaming")])

email("padel court build", "blunt", "Two padel courts at Highfield Tennis Club",
  "Alan,", "Ross Keane\nCourtline Padel",
  [("N", "I've read your committee minutes and the members' survey you forwarded.", "logistics"),
   ("H", "Any club that still hasn't built padel courts in 2026 is basically telling its younger members to leave.", "shaming"),
   ("H", "Westbourne and Oakfield both went with us last spring and their waiting lists are full, so you're falling behind by the day.", "peers switched, urgency")],
  [("N", "The two courts fit on the disused hard court, and the planning office told us lighting approval takes about eight weeks.", "borderline: real permit lead time, neutral"),
   ("H", "I've already pencilled your groundworks in for 3 March and will invoice the 30% deposit on Monday.", "assumptive invoice"),
   ("H", "Does Thursday at 6 work to go through the layout, with your signature that night and the committee vote tacked on once it's done?", "meeting ask plus overriding prospect's process")])

email("radio jingles", "chatty", "Station ID package for Harbour FM",
  "Hi Kerry,", "Cheers,\nLiam\nSonicMint Audio",
  [("N", "Thanks for sending the three old idents - they do sound a bit 2009!", "pleasantry"),
   ("N", "Since most of your listening is the breakfast show, I'd build the package around a short, bright sting that works under the travel news.", "insight tied to prospect")],
  [("T", "I can have the full package to you by 1 March for your spring relaunch, but I totally get it if this isn't a priority, so feel free to bin this email.", "prospect's date plus permission to ignore"),
   ("T", "The demo mix is attached, and apologies again for the price, I know it's a lot for a community station.", "attachment plus apology for price"),
   ("S", "We've done jingles for 300 stations on four continents and our voiceover guy was on a Super Bowl ad!", "generic boast"),
   ("ST", "A quick shout-out on air for SonicMint would really help us get noticed, and I'd drop the fee by a third for it.", "borderline: discount for a favour, rule 7")])

email("butcher display cases", "formal", "Refrigerated serve-over counters, High Street shop",
  "Dear Mr Pryce,", "Yours sincerely,\nAndrea Kovac\nRimington Refrigeration",
  [("N", "Thank you for your time at the shop on Wednesday.", "pleasantry"),
   ("N", "The 3.75 m serve-over counter you measured for fits the space between the till and the door, with 40 mm to spare.", "product detail")],
  [("S", "We are proud to be the market leader in retail refrigeration, trusted by over 2,000 businesses nationwide.", "generic boast"),
   ("HS", "Our regional director has asked me to secure this order before the quarter closes, so I'd need your signature by the 28th.", "manager plus seller date, rule 16"),
   ("S", "Installation takes one day and can be done on a Sunday so the shop stays open, by what is widely regarded as the finest installation team in the country.", "logistics plus generic boast"),
   ("H", "The quotation and the energy rating sheet are attached, along with a card authorisation form so we can reserve the engineer.", "attachment plus payment details before a yes")])

email("sundials", "warm", "A sundial for the Physic Garden's anniversary",
  "Dear Imogen,", "With best wishes,\nFelix Armitage\nArmitage Dials",
  [("N", "What a pleasure to see the Physic Garden in full bloom last week.", "pleasantry"),
   ("N", "Your centre bed sits at 51.7 degrees north, so I'd set the gnomon to that latitude and cut the hour lines for your exact longitude.", "expert tailoring")],
  [("N", "A bronze horizontal dial of 450 mm would be legible from the path and sits well on the existing stone plinth.", "product detail"),
   ("N", "I can have drawings to you by 20 February, ahead of the trustees' meeting you mentioned on the 27th.", "prospect's own date"),
   ("N", "Would you like me to bring a smaller sample dial when I visit?", "plain ask")])

email("stair lifts", "very deferential", "Stair lifts for Beacon Court sheltered housing",
  "Dear Mrs Adeyemi,", "Ever so gratefully yours,\nPaul Sutcliffe\nAscent Home Mobility",
  [("T", "I hope it's alright that I'm writing, and I do apologise if my last email came across as at all pushy.", "approval seeking, apology for normal selling"),
   ("N", "For the six straight staircases at Beacon Court, our rail fits within the 760 mm stair width your surveyor measured.", "product detail tied to prospect")],
  [("T", "I'm afraid I can't say whether we'd move on the price, so I'll have to put it to my manager and come back to you.", "deferring on discount"),
   ("T", "I'd be heartbroken if you felt let down by us in any way.", "needing approval"),
   ("T", "All six lifts can be fitted within one week, one staircase per day, and I do hope that pace is acceptable, as I would hate to be a nuisance.", "logistics plus approval seeking"),
   ("T", "Of course if you'd rather go with someone else, I completely understand and won't trouble you again.", "pre-emptive release")])

email("supermarket sushi", "non-native English", "Fresh sushi for the store counters",
  "Dear Mrs Holt,", "Kind regard,\nKenji Mori\nMori Fresh Foods",
  [("N", "Thank you for your email about fresh sushi for the 12 stores.", "greeting"),
   ("N", "We make every morning at 4am and deliver before 8am, so your counters can have product with same-day date.", "value tied to prospect")],
  [("S", "We can start with the six stores in Leeds first, and our sushi is award winning three times and number one supplier in whole north region!", "offer plus award boast"),
   ("H", "Your competitor supermarkets already all have our sushi, you are the only one who is missing.", "competitor shaming"),
   ("T", "Maybe if it is possible, perhaps you could think maybe about one trial, only if is not trouble?", "stacked hedges"),
   ("H", "I send the price list with this email, and the delivery for first week is already planned, so only need your signature.", "attachment plus assumptive booking")])

email("timber cladding", "blunt", "Larch cladding for the Brockley visitor centre",
  "Chris,", "Mark Olsen\nNorthwood Timber Cladding",
  [("N", "The 420 m2 of Siberian larch you specified is in our yard, kiln-dried to 18%.", "product detail"),
   ("N", "Our price for the 25 x 145 mm profile is GBP 48 a square metre delivered, as you asked.", "price asked for")],
  [("H", "Price goes up 12% on Monday, so this is really your last shot at this rate.", "last chance urgency"),
   ("H", "If your contractor doesn't confirm today, don't come back to me crying when the site sits idle.", "ultimatum with sarcasm"),
   ("HS", "I turned down a bigger job to keep this batch for you, so I'm frankly owed a straight yes or no.", "seller sacrifice as guilt, rule 15"),
   ("H", "Call me on 07700 900418 with any questions about fixings, though expect my name on your phone screen daily until the order's in anyway.", "logistics plus badgering")])

email("tortillas", "formal", "Whole-wheat tortillas for the district lunch menu",
  "Dear Ms Alvarez,", "Sincerely,\nRoberto Sandoval\nSol Tortilleria",
  [("N", "Thank you for inviting us to quote for the district's 2027 menu cycle.", "greeting"),
   ("N", "Our 8-inch whole-wheat tortilla meets the USDA whole-grain-rich standard, which I understand your menu planners must document.", "certification the buyer requires")],
  [("S", "At 11,000 servings a week, we can deliver twice weekly to your central kitchen, and I'll admit a contract this size would put me at the top of our sales leaderboard.", "logistics plus seller's stake, no demand, rule 16"),
   ("N", "The bid portal closes on 15 March, so I'll submit our pricing by the 12th.", "external deadline, prospect's process"),
   ("S", "Sol Tortilleria has been family owned since 1971 and supplies more than 400 restaurants across the state.", "heritage plus size boast; the size claim makes it a plain generic boast, not borderline"),
   ("S", "Could we arrange a taste test with your student panel in February, and would you also write a short quote we could use in our sales brochure?", "meeting ask plus favour for seller")])

email("terrazzo restoration", "chatty", "Town Hall terrazzo - a few ideas!",
  "Hi Fatima,", "Thanks loads,\nGeorgie\nMarbleworks Terrazzo",
  [("S", "So excited to tell you we've just been named Heritage Contractor of the Year, our third win in a row!!", "award boast"),
   ("N", "Looking at the photos of the foyer, the cracks follow the old brass divider strips, which tells me the screed underneath is sound.", "insight")],
  [("S", "I'm near the Town Hall on the 9th and could pop into the foyer, and I'd love to take you through our whole portfolio of 200 projects while I'm there.", "meeting offer plus hear-our-story, rule 9"),
   ("HS", "And my boss has challenged me to get three heritage contracts signed before Christmas, so a yes by the 20th would be amazing!", "seller contest plus date, rule 16"),
   ("T", "I've attached a sample area price for grinding and resealing the 90 m2 foyer, though I'm sure we could shave a good chunk off if it looks high.", "attachment plus pre-emptive concession")])

email("trail building", "terse", "Red-grade trail, Coldwell Forest",
  "Hi Sam,", "Tom\nRootline Trails",
  [("N", "Thanks for the GPX file of the proposed line.", "greeting"),
   ("N", "The lower section crosses wet ground, so I'd armour it with local stone rather than timber boardwalk.", "expert recommendation")],
  [("N", "The Forestry Commission felling licence on that compartment expires in June, so work would need to start by May.", "borderline: real external constraint stated once"),
   ("H", "Quote for 2.4 km of machine-built singletrack is attached - sign by Friday or it's gone, the diggers go elsewhere.", "attachment plus ultimatum"),
   ("HS", "Need it in before my Q2 numbers close, to be honest.", "seller quarter as reason; 'it' is the signature, rule 16"),
   ("H", "Free for a site walk on the 9th, or shall I just turn up at your office?", "meeting ask plus uninvited visit threat")])

email("utility mapping", "blunt", "GPR utility survey, Station Square",
  "Mr Doyle,", "J. Brennan\nSubscan Utility Mapping",
  [("N", "Your drawings show three unconfirmed services under the proposed tram stop.", "prospect data"),
   ("N", "A PAS 128 survey would pin down those services before the excavation starts.", "recommendation")],
  [("H", "Frankly, if you dig without us and hit the gas main, that'll be on you.", "pressure via blame"),
   ("H", "If I hear nothing back before the weekend, I'll take that as a green light and mobilise the crew on Monday.", "silence as consent"),
   ("S", "We've been doing this for 30 years and no one in the country has more GPR units than we do.", "years in business boast"),
   ("H", "The crew can be on site for two nights, and I've cc'd your chief executive so she can see who's holding this up.", "logistics plus going over his head")])

email("malt vinegar", "warm", "Malt vinegar for the Seaview chip shops",
  "Dear Bill,", "All the best,\nMaggie Thornton\nThornton's Brewed Vinegar",
  [("N", "Thank you for the warm welcome at the Seaview shops on Saturday.", "pleasantry"),
   ("HS", "My late father started this brewery in 1958, and it would break my heart if you went elsewhere after all the tasting trips I've made out to you.", "seller feelings and effort as leverage, rule 15"),
   ("S", "We're the proudest family vinegar brewer on the coast, three generations strong.", "borderline: heritage line")],
  [("N", "The 20-litre drums work out at 4p a portion, against the 6p you told me you pay now.", "value tied to prospect data"),
   ("T", "When a quiet moment turns up between the lunch and tea rush, if it's no bother at all, maybe let me know your thoughts?", "permission begging, stacked softeners"),
   ("T", "And I'm so sorry for going on, I know you're busy frying!", "apology for normal selling")])

email("vacuum-formed trays", "formal", "Thermoformed trays for the syringe kits",
  "Dear Dr Chen,", "Kind regards,\nNaomi Fischer\nVacuForm Medical Packaging",
  [("N", "Thank you for the CAD files of the 10 ml syringe kit.", "greeting"),
   ("N", "A 0.8 mm PETG tray with a snap-fit lid would hold each component in place through the transit drop test your team specified.", "product detail tied to requirement")],
  [("N", "Tooling takes five weeks, so trays would be ready for the validation run you planned for late April.", "prospect's date"),
   ("N", "We are ISO 13485 certified, which your supplier qualification form requires.", "certification the buyer requires"),
   ("N", "Could your engineer join a call on Tuesday at 3 to review the draft?", "meeting ask")])

email("wildflower seed", "very deferential", "Wildflower mix for the A-road verges",
  "Dear Councillor Mbeki,", "Very humbly,\nRosalind Gray\nMeadowmakers Seed Co.",
  [("T", "Please forgive me for intruding on your inbox, and I do hope this isn't an inconvenience.", "self-abasing apology"),
   ("N", "For the 14 km of verges in the biodiversity plan, a chalk-grassland mix would suit the soil tests your team published.", "value tied to prospect")],
  [("T", "The mix is GBP 95 per kilo at 4 g per square metre, and if the cost is in any way a worry, we'd happily halve it, or you could simply name a figure that feels fair.", "price plus unprompted discount and name your number"),
   ("ST", "It would mean the world to me personally, and I wonder if you might possibly mention us in the council newsletter too?", "favour plus pleading"),
   ("H", "Sowing is best done in September, when the verges are cut, so we would need your order signed this week or the whole year will be lost.", "seasonal fact plus invented urgency and demand"),
   ("T", "I've attached the species list, and I'm sorry it's so long-winded.", "attachment plus apology for length")])

email("waste compactors", "chatty", "Compactors for the Riverside Retail Park bin store",
  "Hi Dev,", "Cheers,\nHannah\nCompax Waste Solutions",
  [("N", "Thanks for showing me round the bin store on Monday - that's a lot of loose cardboard!", "pleasantry"),
   ("N", "Your own collection invoices show 46 lifts a month, and a static compactor would bring that down to about 8.", "value from prospect's data")],
  [("H", "I've gone ahead and booked the electrician for the 16th, so just pop your card details on the attached form.", "assumptive booking and payment"),
   ("H", "Every month you dither is another GBP 1,900 thrown straight in the skip.", "borderline: cost of delay used to push, plausible number"),
   ("S", "The lease option is on page 2 of the attached, and fun fact, we're the UK's fastest-growing waste tech brand!", "attachment plus generic boast"),
   ("HS", "My team lead's watching this one closely, so a yes before our month-end on Friday would be ace.", "manager plus seller date, rule 16")])

email("Zumba instructors", "chatty", "Zumba classes for the Active Seniors timetable",
  "Hi Linda,", "Lots of love,\nCarla\nZest Dance Fitness",
  [("N", "Thanks for the chat at the leisure centre - your Active Seniors group sounds brilliant.", "pleasantry"),
   ("N", "Our Zumba Gold instructors are trained for low-impact classes, which fits the mobility range you described.", "credential tied to prospect")],
  [("N", "Tuesdays and Thursdays at 11 are free in Studio 2, as you mentioned.", "logistics"),
   ("N", "Sorry to hear about the flooding in the sports hall - I hope the repairs are quick.", "sympathy, NONE not borderline (rule 3)"),
   ("N", "Shall I send two instructors to run a taster session on the 4th?", "plain ask")])

email("weighbridge", "blunt", "60 t weighbridge for the Hollin Quarry gate",
  "Pete,", "Gary Lowe\nTrueWeigh Weighbridges",
  [("N", "The 18 m pit-mounted weighbridge you priced is in the attached quote.", "attachment"),
   ("H", "I've chased you by email, phone and LinkedIn and still nothing, which is frankly rude.", "multi-channel chasing, entitlement")],
  [("HS", "I've stuck my neck out with our works manager to hold this slot for you, so I'm owed an answer by Thursday.", "seller standing as guilt, rule 15"),
   ("H", "Otherwise your operations director hears from me next.", "bypass threat"),
   ("T", "Trading Standards certification is included in the price, and I'll throw in a free year's servicing too if that gets you off the fence.", "product detail plus unprompted concession"),
   ("H", "Install's down for the 2nd, and the deposit invoice goes out tomorrow whether I hear from you or not.", "assumptive invoice, silence as consent")])

email("vertical farming kit", "warm", "Growing towers for the science block",
  "Dear Mr Osei,", "Warmly,\nLucy Fenwick\nVerdant Towers",
  [("N", "Thank you for showing me the science block on Friday.", "pleasantry"),
   ("N", "Two hydroponic towers would let your Year 8 classes grow lettuce from seed to harvest in a single half-term.", "value tied to prospect")],
  [("S", "We've been featured in The Guardian, on BBC Breakfast and in Wired, and our investors include two famous chefs!", "investor/press boast"),
   ("S", "Would you be willing to write us a glowing testimonial for our website before you've even tried them?", "favour for seller"),
   ("ST", "I'd take 20% off if you'd agree to be our featured case study school.", "borderline: discount for a favour, rule 7"),
   ("N", "The towers run off a standard socket and need topping up with water once a week.", "product detail")])

email("hospital mural", "terse", "Mural for the children's outpatients corridor",
  "Hi Anna,", "Rafi Cohen\nWallstory Murals",
  [("N", "Sketches of the seaside theme are attached.", "attachment"),
   ("N", "The 24 m corridor would take two weeks to paint, in low-VOC paint that your infection control team approved.", "product detail")],
  [("T", "Honestly, whenever suits is fine, zero rush on my end.", "minimising urgency, permission"),
   ("T", "Sorry, I know I keep nagging about this.", "apology for following up"),
   ("T", "Price is in the sketches file, but happy to go lower if the charity can't stretch.", "attachment plus pre-emptive concession"),
   ("N", "Could we meet on the ward on the 14th to agree colours with the play team?", "meeting ask")])

email("apprentice mentoring", "formal", "Mentoring programme for the 2027 apprentice intake",
  "Dear Ms Kowalski,", "Yours sincerely,\nDavid Amoah\nPathway Mentoring Partners",
  [("N", "Thank you for the figures on your first-year apprentice retention.", "greeting"),
   ("N", "Losing 11 of 40 apprentices in the first year costs you roughly GBP 90,000 in recruitment and training, on your own numbers.", "cost of delay from prospect's data, as information")],
  [("N", "A structured mentoring programme has cut first-year attrition by about a third in two engineering firms of your size, mainly through fortnightly check-ins in the first 12 weeks.", "social proof turned into advice"),
   ("N", "I would recommend starting the pilot with the September intake rather than waiting for the full cohort.", "confident recommendation"),
   ("N", "Would 10 am on the 18th suit you to go through the plan?", "meeting ask")])

email("nursery furniture", "non-native English", "Furniture for the Meadowlands children's centre",
  "Dear Mrs Clarke,", "With respect,\nMarta Nowak\nNowak Kids Furniture",
  [("N", "Thank you for the floor plan of the new children's centre.", "greeting"),
   ("T", "I am very sorry for write again and I am sorry also that our prices are maybe too high for you.", "apology for following up and for price")],
  [("T", "The quote for 12 tables and 48 chairs is attached, and if you want, we make the price what you decide, any number is good for us.", "attachment plus name your number"),
   ("N", "The tables are birch plywood with rounded corners and meet EN 1729 for nursery height.", "product detail, standard"),
   ("T", "If you say no, no problem, I understand and I not write again.", "gives up pre-emptively"),
   ("S", "Our factory make furniture for 40 years and we win many design prize in Poland and Germany.", "years in business, awards")])

email("organic veg boxes", "chatty", "Veg boxes for the staff canteen",
  "Hi Tariq,", "Best,\nEmma\nFurrow Organic",
  [("N", "Thanks for the canteen menus - loving the Wednesday curry.", "pleasantry"),
   ("S", "Seasonal boxes of 30 kg a day would cover your soups and salads with veg picked the day before, and the attached sheet lists all 40 varieties we grow plus our full awards history.", "value plus feature list and awards")],
  [("S", "We're the fastest-growing organic brand in the county, with 4,000 Instagram followers and counting!", "generic boast"),
   ("HS", "My sales target resets on Friday, so if you could sign before then I'd be over the moon.", "seller date, rule 16"),
   ("H", "Delivery is Monday, Wednesday and Friday before 7am, and I've already put you on next Monday's run.", "logistics plus assumptive booking"),
   ("H", "Half the offices on your business park switched to us this year, so you'd be the odd one out.", "peers switched shaming")])

email("polytunnels", "blunt", "Two 30 m polytunnels for Greenacre Community Farm",
  "Hi Jen,", "Alex Marsh\nTunnelcraft",
  [("N", "You asked for pricing on two 30 m by 9 m tunnels, and it's attached.", "price asked for, attachment"),
   ("N", "Our 7-year diffused film would stop the leaf scorch you had last summer.", "value tied to prospect")],
  [("H", "We've got one kit left at this price and another farm wants it, so it's yours only if you pay the deposit today.", "scarcity plus competing buyer"),
   ("H", "Trust me, if you don't get these up this year, you'll never get round to it.", "if not now never"),
   ("T", "Installation needs a dry week in April, and sorry, I know my emails come across a bit strong.", "logistics plus apology for being pushy"),
   ("H", "This is my third email on it, so a reply would be the decent thing.", "counting attempts plus entitlement, rule 13")])

email("pinball machines", "warm", "Pinball for the games bar",
  "Hi Sophie,", "Cheers,\nBen\nFlipside Amusements",
  [("N", "So good to see the new games bar open - the neon looks great.", "pleasantry"),
   ("N", "Three pinball machines on a revenue share would take up the corner by the stage and need nothing from you up front.", "offer tied to prospect")],
  [("N", "Bars of your size with a similar crowd usually see about GBP 120 a machine a week, mostly on Friday and Saturday nights.", "social proof turned into info"),
   ("N", "Apologies for the slow reply - I was at a trade fair in Birmingham all last week; answers to your three questions are below.", "borderline: single courtesy apology with reason"),
   ("N", "Shall I bring one machine over on the 12th for a trial weekend?", "plain ask")])

email("raised beds", "very deferential", "Raised beds for the Larkfield care home garden",
  "Dear Mrs Byrne,", "With my sincere gratitude,\nEthan Moss\nGrowSafe Gardens",
  [("T", "Thank you so much for even considering a small company like ours, it truly means the world.", "gratitude for consideration, self-abasing"),
   ("N", "Beds at 750 mm height let your residents garden from their wheelchairs without bending.", "value tied to prospect")],
  [("T", "I might possibly perhaps be able to come round one day, if that would maybe be okay with you?", "stacked hedges"),
   ("ST", "Could you please leave us a Google review, as our reviews are a bit thin and it would really help me out?", "favour, pleading for seller"),
   ("S", "The beds are made of recycled plastic boards that will not rot, and we have won the Green Apple award two years in a row.", "product detail plus award boast"),
   ("T", "I've put the prices in the attached leaflet, and I'm so sorry they're not lower.", "attachment plus apology for price")])

email("library storytelling", "formal", "Storytelling sessions for the summer reading challenge",
  "Dear Mr Hughes,", "Yours sincerely,\nEleanor Vance\nTaleweavers",
  [("N", "Thank you for your email about the summer reading challenge across your eight branches.", "greeting"),
   ("N", "A 40-minute interactive session for children aged 5 to 8 tends to bring in families who do not already use the library.", "value tied to prospect")],
  [("N", "Your programme team asked for bookings to be confirmed by 30 April, so I have held eight dates in July for you until then.", "prospect's own deadline"),
   ("S", "We can bring a portable story tent to the smaller branches, and we are, quite simply, the most acclaimed storytelling company in Britain.", "offer plus generic boast"),
   ("S", "I would be thrilled to run through our whole repertoire of 150 stories with you.", "show-off demo ask, rule 9"),
   ("H", "The fee schedule is enclosed, and frankly a library that took literacy seriously would not still be deliberating.", "attachment plus shaming")])

email("tiny homes", "chatty", "Tiny homes for the Glenmore staff village",
  "Hi Iain,", "Speak soon,\nFreya\nWee Hoose Builds",
  [("N", "Thanks for the tour of the estate - the staff housing problem is clearer now.", "pleasantry"),
   ("N", "Eight 24 m2 units would house your seasonal staff from March to October, and your planning consultant has confirmed that they count as caravans.", "value, external confirmation")],
  [("HS", "I've poured my own evenings into these drawings for you, so a wee bit of thanks and a decision this month would be nice.", "seller effort as guilt, rule 15"),
   ("H", "Loch Ness Estates went for it last year, and honestly you'll look a bit daft if you're the last estate without them.", "peers switched plus shaming"),
   ("T", "The plan and costing are attached, and I can probably knock a unit's worth off if the factor grumbles.", "attachment plus pre-emptive concession"),
   ("N", "Would the 21st work to walk the site with your factor?", "meeting ask")])

email("yak wool socks", "non-native English", "Yak wool socks for your outdoor shops",
  "Dear Mr Fraser,", "Best wishes,\nTenzin Dorje\nHimalaya Yak Textiles",
  [("N", "Thank you for your interest in our yak wool hiking socks.", "greeting"),
   ("N", "Yak wool is warmer than merino and does not smell after many days, which is good for your customers who walk long distance.", "value tied to prospect")],
  [("N", "Minimum order is 300 pairs, and the price per pair is in attached list.", "attachment"),
   ("N", "We can ship by sea in 6 weeks, so they arrive before the September season you told me.", "prospect's date"),
   ("N", "Please tell me which sizes you want for the first order.", "plain ask")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s71e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s71-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed71: held-out sales emails for the Poise tone coach\n")
    R.append("> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on\n7 December (late in the ninth session) from the labelling guide alone, blind to that session's last Apply changes,\nwhich it was written to judge, and measured first on the model and rules of that session (rules + model macro-F1 0.892:\nhard_close 0.828, self_serving 0.945, timidity 0.902; 2 of 106 clean sentences flagged; email agreement 0.875 / 0.975 /\n1.000).\n")
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
    R.append("- Every third email (s71e003, s71e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
