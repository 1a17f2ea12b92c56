#!/usr/bin/env python3
"""Build sealed110: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("abacus sets for the tilbury lane maths hub", "chatty", "Abacus frames for the Year 3 classes",
  "Hi Joanne,", "Cheers,\nMarcus\nCountwell Classroom Supplies",
  [("N", "Great to hear the Year 3 teachers got on well with the trial abacus frames last week.", "pleasantry about the prospect's trial"),
   ("S", "Honestly, our frames are the best-made in the country and we've scooped the Education Resources award two years running, so you're in safe hands.", "generic boast and award, nothing about the hub"),
   ("H", "You asked what 30 sets would cost, which is £540, and every other school in your trust has already moved over to us, so you'd be the odd one out.", "requested price plus peers-already-switched shaming")],
  [("N", "Each set comes with a teacher guide for place-value lessons, which fits the mastery scheme you mentioned.", "product detail tied to the prospect's scheme"),
   ("T", "If the price feels steep, I could probably shave a tenner off each set anyway, no questions asked.", "unprompted, unconditional discount"),
   ("HS", "I'll bring samples round on Thursday, and if the order could go in that same afternoon it would put me over my target for the term.", "sample visit plus seller-driven same-day order for the rep's target")])

# 2
email("ammonite replicas for the whitcliffe geology trail shop", "formal", "Cast ammonite replicas: trade prices",
  "Dear Mr Okonkwo,", "Yours sincerely,\nHelen Voss\nPellow Casts Ltd",
  [("N", "Thank you for your enquiry regarding cast ammonite replicas for the visitor shop.", "courtesy opener"),
   ("N", "As requested, I enclose our trade price list; the medium resin cast is £4.20 per unit at 200 units.", "requested price, no pressure"),
   ("S", "Our foundry has been run by the Pellow family since 1962, across three generations.", "borderline: heritage line with no link to the shop's needs")],
  [("H", "The enclosed order form is already made out for 500 units, and I have pencilled in delivery for the 14th, so only your signature remains.", "order form attachment plus assumptive quantity and delivery before any yes"),
   ("S", "My director is keen to add the Whitcliffe Trail to the list of heritage clients in our next brochure.", "manager's wish and a logo favour for the seller"),
   ("S", "I would be glad to discuss quantities once you have your visitor projections for the spring, although I must say our replicas are stocked by every major museum shop in Britain.", "offer to discuss plus generic boast")])

# 3
email("apiary inspections for the hollowmere honey co-op", "warm", "Spring hive inspections",
  "Hello Bryony,", "Warmly,\nRuth\nHeathside Bee Health",
  [("N", "It was lovely meeting the co-op members at the open day on Saturday.", "pleasantry"),
   ("T", "I've attached the inspection schedule you asked about, though I'm really not sure it's any good and I'd completely understand if you'd rather not bother with it.", "requested attachment plus self-abasement and permission to ignore it"),
   ("N", "Spring inspections catch most foulbrood cases before they spread between hives, which is where your members lost colonies last year.", "insight tied to the co-op's losses")],
  [("T", "Sorry again for going on about it, I know you're all terribly busy.", "apology for normal selling"),
   ("S", "I'd bring our hive scanner, which our little team designed ourselves and which won an innovation prize in the spring.", "equipment offer plus award boast"),
   ("T", "Would it perhaps be alright if I maybe came along to the April meeting, if that isn't too much of an imposition?", "meeting ask plus stacked hedges and permission-seeking"),
   ("N", "Either way, thank you for the lovely jar of heather honey.", "pleasantry")])

# 4
email("aromatherapy oil supply for the stillwater day spa", "formal", "Fortnightly deliveries of lavender and neroli",
  "Dear Ms Adeyemi,", "Kind regards,\nFern Ashdown\nOlea Botanicals",
  [("N", "Thank you for the call on Tuesday and for walking me through the treatment menu.", "courtesy opener"),
   ("N", "You mentioned that the lavender and neroli blends run out before each monthly delivery, so I've priced a fortnightly drop of both at the same unit cost.", "solution tied to the spa's problem")],
  [("N", "Our distiller in Grasse has told us that neroli prices rise on 1 March because of a poor blossom harvest, so the current rate holds for orders placed before then.", "borderline: supplier price expiry stated once with its reason"),
   ("N", "I'd suggest starting with a three-month trial so your therapists can judge the blends on real clients.", "confident recommendation"),
   ("N", "Could we speak on Monday at 11 to agree the first order quantities?", "clear next step with a time")])

# 5
email("backdrop painting for the marchmont operatic society", "blunt", "Your Pirates backcloth",
  "Gordon,", "Dev\nDeepcut Scenic Art",
  [("H", "Your Pirates backdrop is frankly an embarrassment and you need us to redo it before opening night.", "shaming and a you-need directive"),
   ("H", "The quote you asked for is £1,850, and if I don't have a yes by noon tomorrow my painters go to another company and you're on your own.", "requested price plus invented ultimatum"),
   ("S", "The cloth would be repainted in our Salford workshop, which has done work for the Royal Exchange, Opera North and two West End tours, so we know our stuff.", "workshop detail plus name-dropping boast"),
   ("H", "Our painters have a gap from Monday, and the deposit invoice is attached for you to pay today.", "schedule detail plus assumptive deposit invoice")],
  [("N", "The cloth would have to come down from the fly tower by the 3rd for us to get it back to you for the technical rehearsal on the 20th.", "logistics from the society's own schedule"),
   ("H", "Don't bother taking it to the committee, that lot will only dither.", "overriding the prospect's process with sarcasm")])

# 6
email("badminton court relining for the oakhurst sports barn", "very deferential", "Court relining quotation",
  "Dear Mrs Thornley,", "With my sincere thanks,\nAlan Pryce\nCourtmark Surfaces",
  [("T", "I'm so sorry to be landing in your inbox yet again, I do hope I'm not making a nuisance of myself.", "apology for following up"),
   ("N", "Following our site visit, I measured the wear on courts two and three, where the service lines are almost gone.", "finding from the visit")],
  [("T", "The relining would come to £960, which I'm terribly sorry about, I know it's a lot for a community barn.", "price plus apology for the price"),
   ("T", "If that's too much, please just tell me what figure would work and I'll do my very best to match it.", "asks the buyer to name their number"),
   ("N", "The line paint needs 48 hours to cure, so a Friday start would have the courts back for your Monday club night.", "technical need tied to the club's night"),
   ("ST", "I can start on whichever Friday you prefer, and I'd be ever so grateful for the job, as my manager says I may lose my patch if I don't bring in more community work.", "start-date offer plus pleading for the seller's own sake"),
   ("T", "I only hope none of this has put you out.", "seeking approval")])

# 7
email("banjo setup and repair for the dustbowl bluegrass club", "chatty", "Your three banjos",
  "Hey Luke,", "Cheers,\nSam\nHollow Neck Guitars",
  [("N", "Thanks for bringing the three banjos into the shop Saturday.", "pleasantry"),
   ("N", "The Deering's neck has a slight forward bow, so I'd adjust the truss rod and then reset the bridge, which should stop the buzzing on the fifth fret.", "expert diagnosis"),
   ("S", "I'm super excited about this one, it's exactly the kind of job I got into luthiery for!", "rep's own excitement, no value to the club")],
  [("S", "All three would be $210 including new strings, and if you could leave us a five-star review on Google afterwards that'd really help the shop climb the rankings.", "requested price plus review favour for the seller"),
   ("HS", "I've already stayed late two nights ordering parts for you, so I'm counting on a go-ahead from you today.", "seller's effort as guilt with a same-day demand"),
   ("H", "Pickup would be Thursday after 4, and I've already put the new strings on the Gibson, so there's really no backing out now.", "pickup logistics plus assumptive work before a yes")])

# 8
email("billiard table recovering for the holmfield working men's club", "non-native English", "Recover of two billiard tables",
  "Dear Mister Hargreaves,", "Best regards,\nTomasz Wrona\nBaize Masters",
  [("N", "Thank you for receive me at the club on Monday and show me the two tables.", "courtesy opener"),
   ("N", "The cloth on table one is wore through near the baulk cushion and the slate joint is lifting a little.", "inspection finding")],
  [("T", "I am very sorry to write you again, I know you are busy man and I do not want to disturb.", "apology for following up"),
   ("T", "The price for both tables is £1,100, but if is too much I can make maybe £800, no problem, you just tell me.", "price plus unprompted discount"),
   ("HS", "My boss he say this month I must bring more jobs or is trouble for me, so please you sign before Friday.", "seller-driven deadline with the boss as reason"),
   ("N", "We can do the work on a Sunday so the club does not lose a match night.", "logistics serving the club")])

# 9
email("batik workshops for the sunnybank women's institute", "warm", "Batik session: new room and date",
  "Hi Margaret,", "Best wishes,\nAnita Kaur\nWaxresist Studio",
  [("N", "Thanks so much for your email, and I was sorry to hear about the flooding in the hall kitchen.", "sympathy, not self-abasement"),
   ("N", "I'm happy to move the batik session to the library meeting room if that helps while the repairs go on.", "practical help"),
   ("N", "For twelve members the fee is £180, and that covers wax, dyes, tjanting tools and a cotton square each.", "price with what it covers")],
  [("N", "Apologies for the slow reply; I was teaching a residential course in Shropshire all week.", "borderline: single courtesy apology with the reason"),
   ("N", "Would the 12th or the 19th suit your members better?", "clear choice of dates")])

# 10
email("caviar supply for the marlowe oyster bar", "terse", "Oscietra tins",
  "Rafe,", "J.\nSturgeon & Row",
  [("H", "Attached: Oscietra 30g tins at £68, and once Friday's passed you'll have missed them.", "price list attachment plus a dated scarcity with no reason"),
   ("H", "The Crown Grill signed with us last week, so you're the last oyster bar on the street without us.", "peer already switched, used to shame"),
   ("S", "We're the only importer on the street shortlisted for the Fine Food Awards.", "award boast"),
   ("H", "Delivery is Mondays, and I'll put you down for six tins a week unless you say otherwise.", "delivery day plus silence taken as a yes"),
   ("N", "Samples Tuesday?", "plain ask")])

# 11
email("candy floss machine hire for the greystone hospital fun day", "chatty", "Candy floss for the fun day!",
  "Hiya Sophie,", "Lots of love,\nKelly x\nFlossy Fun Hire",
  [("T", "Only me again, wondering if my last note ever made it to the top of your pile, no panic at all!", "just-checking-in as the purpose, with minimising"),
   ("N", "The machine comes with 300 cones and sugar, and I'll set it up by the tombola so the queue doesn't block the fire lane.", "offer detail serving the event"),
   ("S", "We've done over 400 events this year and our machines are the shiniest in Yorkshire, ha!", "generic boast")],
  [("ST", "It would honestly make my month if this one came through, things have been really quiet for me lately.", "pleading for the seller's own sake"),
   ("T", "The hire is £95 for the day, but I'm happy to do it for £60 if that's easier, honestly whatever works!", "requested price plus unprompted discount"),
   ("HST", "I can do the 14th you pencilled in at half price if you book by Friday, because I need one more booking to hit my target.", "prospect's date plus discount tied to the seller's date and target"),
   ("H", "Let me know the final date once the ward managers confirm it, but dates are going fast and I can't promise I'll still have a machine by then.", "prospect's own date plus vague scarcity")])

# 12
email("chandlery stock for the pengelly sailing club", "formal", "Season chandlery list: pricing",
  "Dear Commodore Blake,", "Yours faithfully,\nCaptain (retd) R. Lowe\nQuayline Chandlery",
  [("N", "Thank you for the club's list of chandlery requirements for the coming season.", "courtesy opener"),
   ("N", "I have matched each line, and the shackles and blocks are the same Harken and Ronstan parts your members already use.", "detail tied to the club's kit"),
   ("N", "Where the list asks for 8 mm braid, I would suggest 10 mm for the club's Wayfarers, since the thinner line has been chafing through on the jib sheets.", "expert advice")],
  [("H", "I have taken the liberty of raising an invoice for the full list, £3,240, which I trust you will settle by the end of the week.", "price plus assumptive invoice before a yes"),
   ("S", "Our new online portal, which our developers spent eighteen months building, offers live stock, wish lists, loyalty points, order history, click-and-collect and a members' forum.", "feature list about the seller's portal"),
   ("HS", "Frankly, having already set the stock aside in our warehouse at my own risk, I had expected rather more than silence in return.", "seller's sacrifice as guilt for the silence")],
  [("H", "The committee is of course welcome to see the list, though I would suggest the Commodore simply approves it on the club's behalf and spares everyone the bother.", "offer of committee review plus overriding the club's process"),
   ("N", "I would be pleased to attend your committee meeting on the 9th to answer any questions.", "meeting offer on the club's date")])

# 13
email("charcoal supply for the ember and oak grill house", "blunt", "Charcoal costs on the Josper",
  "Marco,", "Nico\nBlackbark Fuel Co.",
  [("N", "You're burning through roughly 60 kg a night on the Josper, going by the invoices you sent over.", "figure from the prospect's data"),
   ("N", "At that rate, our restaurant-grade lumpwood would save you about £340 a month against your current bags, because it burns longer at high heat.", "quantified value from the prospect's own data")],
  [("H", "That figure is real, but every week you sit on it is another £85 you're setting fire to, so stop dithering.", "borderline: plausible weekly cost of delay plus a push to stop dithering"),
   ("H", "If you're serious about your kitchen you'll have an order in before service tonight.", "shaming with a same-day ultimatum"),
   ("S", "Blackbark moves more charcoal than any other importer north of the Trent.", "generic boast"),
   ("H", "I can have the first pallet there Thursday morning, and I've already put you down for a standing order of twelve bags a week.", "delivery offer plus assumptive standing order")])

# 14
email("chiropody chairs for the weyford foot clinic", "formal", "Podiatry chairs: quotation",
  "Dear Dr Farouk,", "Yours sincerely,\nClaire Dunmore\nMedistep Equipment",
  [("N", "Thank you for the tour of the clinic on Wednesday.", "courtesy opener"),
   ("N", "Given that two of your podiatrists mentioned back strain, the electric height adjustment on the Podia 3 chair would let them work seated at the correct level for every patient.", "value tied to the clinic's staff"),
   ("N", "I would recommend the Podia 3 over the Podia 2 for that reason, although the Podia 2 also meets your infection-control requirements.", "confident recommendation with reasoning")],
  [("N", "The quotation for two chairs, including installation and removal of your old units, is attached.", "attachment"),
   ("N", "Your practice manager mentioned that the refurbishment closes the clinic from 4 to 8 August, so we could install during that week without disrupting appointments.", "prospect's own dates"),
   ("N", "I look forward to hearing your thoughts.", "courtesy close")])

# 15
email("churro cart hire for the alderley summer fiesta", "non-native English", "Churros cart for your fiesta",
  "Hello Mrs Patel,", "Many thanks,\nJavier Morales\nChurros La Abuela",
  [("N", "Thank you for your message about the fiesta on 21 June.", "courtesy opener"),
   ("T", "I am sorry very much for disturbing you with another email, maybe you are too busy for me.", "self-abasing apology for following up"),
   ("T", "If you want, we can maybe bring the cart, I think, if is possible, perhaps for the afternoon only?", "offer plus stacked hedges")],
  [("S", "Our churros are fried fresh in front of the guests, and they are the best of all Cheshire, everybody say it, we win the street food prize two times!", "product detail plus boast and award"),
   ("N", "The cart needs one 16-amp socket and a space of three by two metres.", "technical requirement"),
   ("T", "If you prefer other company I understand, no problem, thank you for even reading.", "pre-emptive release, thanks for even considering")])

# 16
email("clarinet servicing for the brantwood concert band", "warm", "The school clarinets",
  "Hi Ellen,", "All the best,\nGraham\nReedwell Woodwind Repairs",
  [("N", "It was a treat to hear the band play in the park on Sunday.", "pleasantry"),
   ("N", "I had a quick look at the four school-owned clarinets, and two have leaking pads on the lower joint, which is why the low notes were cracking.", "diagnosis tied to the band's problem")],
  [("S", "A full service is £75 per instrument, and I'd love the chance to finally show off the new pad-seating bench I've been saving up for.", "price plus the rep showing off his own kit"),
   ("HS", "I turned down a paid gig to come and inspect them for you, so I'd hoped to hear back before now.", "seller's sacrifice as guilt for a reply"),
   ("S", "Between you and me, my month has been dreadful and a band contract would really help my figures.", "seller's own figures, no date or demand"),
   ("N", "If you can drop them at the shop by Wednesday, they'll be back for your rehearsal on the 14th.", "logistics from the band's own date")])

# 17
email("clog making for the kettlewell clog dancers", "terse", "Clogs x8",
  "Hi Pam,", "Ta,\nNed\nIrongate Clogs",
  [("T", "Price for eight pairs is £1,560, sorry, I know that's a lot.", "price plus apology for the price"),
   ("T", "Could drop 15% off the total without you even asking.", "unprompted discount"),
   ("N", "Lead time is six weeks, so measuring at your practice on the 3rd gets them to you for the May festival.", "lead time against the side's own date"),
   ("S", "Every pair is carved in the workshop my grandad opened in 1951.", "borderline: heritage line"),
   ("T", "If you'd rather hang on to the old pairs, fair enough, I won't bother you again.", "pre-emptive release, gives up at once")])

# 18
email("crayon supply for the puddleducks childminding network", "warm", "Chunky crayons for your childminders",
  "Hi Dawn,", "Warmly,\nLaura\nBeeline Crayons",
  [("N", "Thank you for sending the list of what each of your twelve childminders gets through in a term.", "courtesy opener"),
   ("N", "Based on your numbers, the chunky beeswax crayons would last about twice as long as the wax ones, because toddlers can't snap them.", "value from the prospect's own data")],
  [("S", "The crayons are made from beeswax and food-grade pigment, and we're the UK's fastest-growing eco art supplier, named in a top 50 startups list this spring.", "product detail plus ranking boast"),
   ("S", "I'd be so grateful if you'd let us put the Puddleducks logo on our website as a customer.", "logo favour for the seller"),
   ("H", "The chunky crayons are in stock now, but honestly a network that takes safety seriously wouldn't still be buying the snappable ones.", "stock detail plus shaming"),
   ("T", "I've attached the order form, though please don't feel you have to use it, fill it in in your own good time or not at all.", "attachment plus permission-begging and minimising")])

# 19
email("crossword compiling for the tarnbridge evening gazette", "chatty", "Puzzle page ideas",
  "Hi Tom,", "Cheers,\nOlly Bract\nGridlock Puzzles",
  [("N", "Thanks for sending over last month's reader survey.", "courtesy opener"),
   ("N", "It looks like the cryptic is the most-read puzzle among your over-60s, but the under-40s skip it because the clues feel dated.", "insight from the prospect's data"),
   ("N", "I'd suggest alternating one classic cryptic with one themed quick crossword each week, so you keep the loyal solvers and give younger readers a way in.", "confident recommendation")],
  [("N", "I've put three sample grids in the attachment so your editor can try them out.", "attachment"),
   ("N", "Just a heads-up that I'm away from the 10th to the 17th, so a call before then would be ideal.", "borderline: one polite just, with a reason")])

# 20
email("crumpet supply for the old station tearoom, hexley", "formal", "Standing order for crumpets",
  "Dear Mrs Greaves,", "With kind regards,\nPhilip Marsh\nHearthstone Bakery",
  [("N", "Many thanks for trying our crumpets at the Hexley food market on Saturday.", "courtesy opener"),
   ("N", "You mentioned that your afternoon tea orders double in the summer holidays, so a standing order that steps up in July would save you running out.", "value tied to the tearoom's pattern")],
  [("HS", "My regional manager has asked me to confirm your standing order by 30 April, as that is when our quarter closes.", "seller-driven deadline with the manager and quarter as reason"),
   ("S", "We are the official crumpet of a national tea festival and hold three Great Taste stars.", "generic boast and awards"),
   ("H", "You will need our crumpets if the tearoom is to keep up with the new café at the station.", "you-need directive with competitor fear")],
  [("H", "Deliveries would be every Tuesday and Friday before 8am, and I have already put the tearoom on our Tuesday round from next week.", "delivery logistics plus assumptive start before a yes"),
   ("T", "I have enclosed a price sheet for both the classic and the sourdough crumpet, and I am so sorry if the prices seem rather high.", "attachment plus apology for the price")])

# 21
email("cymbal supply for the ironwood percussion academy", "chatty", "Cymbal packs for the teaching rooms",
  "Hey Jas,", "Rock on,\nDanny\nCrashpoint Percussion",
  [("N", "Good to catch up at the drum center last week!", "pleasantry"),
   ("S", "We carry 14 cymbal brands and 300-plus models: hand-hammered, lathed, B20, B8, splash, china, crash, ride, stacks, effects and our own signature line.", "feature and range dump"),
   ("N", "For the teaching rooms, the B8 packs at $189 a set are a better fit than the pro cymbals, because students crack the thin crashes quickly.", "recommendation tied to the academy")],
  [("H", "Three other academies in the region have already moved over to us, so I'd hate for your students to be the ones left behind.", "peers already switched, FOMO"),
   ("H", "Happy to bring samples Thursday, and I've gone ahead and set up your trade account, so all I'm missing is your payment details to push the first order through.", "meeting offer plus assumptive card request"),
   ("HS", "The samples fit in my car, so Thursday's easy, and full disclosure, my sales contest ends on the 28th, so an order before then would be huge for me.", "sample visit plus seller-driven date with the rep's contest as reason"),
   ("N", "Let me know if Thursday doesn't work for you.", "plain logistics")])

# 22
email("denim workwear repair for the coldwell brewery crew", "blunt", "Aprons and jeans",
  "Hi Jo,", "Cheers,\nFrankie\nRivet & Mend",
  [("N", "Your cellar team's aprons and jeans are tearing at the knees and pockets within a couple of months, from what your ops manager told me.", "prospect's own problem"),
   ("N", "Reinforced patches with Kevlar thread would triple their life, and at £12 a repair that beats buying new at £65.", "concrete value"),
   ("H", "Honestly, a brewery your size should have sorted this years ago.", "shaming")],
  [("HS", "My commission for the month is worked out on the 31st, so get it signed before then and let's not drag it out.", "seller-driven deadline with commission as reason"),
   ("T", "Or if the price is a problem I suppose I could do them at cost.", "caving on price unprompted"),
   ("H", "I'll swing by Thursday to pick up the first batch, and I'll bring the invoice for the full year with me.", "pickup visit plus assumptive annual invoice")])

# 23
email("embalming supplies for the pryor & gant funeral service", "very deferential", "Formaldehyde-free fluids",
  "Dear Mr Gant,", "With deepest respect,\nMargaret Holloway\nSerenity Mortuary Supplies",
  [("N", "I was very sorry to hear of your father's passing, and I hope the family is bearing up.", "sympathy"),
   ("T", "I do apologise for writing at all, and I hope you will forgive the intrusion entirely.", "self-abasing apology for normal selling")],
  [("N", "The formaldehyde-free fluids you asked about are now in stock, and they meet the new HSE exposure limits your inspector raised.", "value tied to the prospect's inspection"),
   ("T", "The price per case is £96, although I would of course be more than willing to lower it to whatever you feel is fair.", "requested price plus name-your-number concession"),
   ("T", "I shall quite understand if you prefer to stay with your current supplier and will not trouble you again.", "gives up at once without a question")])

# 24
email("etiquette training for the belmont grange butler school", "formal", "Spring term: protocol modules",
  "Dear Mr Ashworth-Lane,", "Yours sincerely,\nDr Imogen Fairley\nFairley Protocol",
  [("N", "Thank you for your letter and for the outline of the spring term.", "courtesy opener"),
   ("N", "You mentioned that your graduates are increasingly placed with Gulf and East Asian households, so I would build the second module around the dining and greeting customs they will meet there.", "insight tied to the school's placements")],
  [("N", "The fee for six sessions is £2,400; if the school commits to both the spring and autumn terms, I can reduce that to £2,100 per term.", "concession traded for a longer commitment"),
   ("N", "I have attached a sample lesson plan and two references from hotel schools.", "attachment"),
   ("N", "Would Thursday 6 March at 2pm suit for a call with your director of studies?", "clear next step")])

# 25
email("falafel supply for the hartmoor university refectory", "chatty", "Falafel for the refectory",
  "Hi Raj,", "Cheers,\nAmira\nGolden Chickpea Kitchen",
  [("N", "Thanks for the tasting session yesterday, the students' feedback cards were really helpful.", "pleasantry"),
   ("N", "Most of them asked for a gluten-free option, and our baked falafel uses chickpea flour only, so it would cover that.", "value tied to the students' feedback"),
   ("S", "The falafel would come hot-held in our own units, and we just won Best Street Food Supplier at the Midlands awards, which I'm honestly still buzzing about!", "product detail plus award and the rep's excitement")],
  [("HT", "If you confirm by Friday I'll take 20% off, but after that the offer's gone.", "discount conditioned on the seller's date"),
   ("H", "Loads of other universities have already put us on their menus, so you don't want to be the last.", "peers already switched, FOMO"),
   ("H", "Happy to send the allergen sheets to your catering manager today, or I can go straight to your head of estates if you'd rather I didn't wait on you.", "document offer plus bypass threat")])

# 26
email("feng shui consultancy for the lotusbank wellness centre", "warm", "Layout review for the treatment rooms",
  "Dear Lian,", "With warmth,\nSerena\nStillpoint Spaces",
  [("N", "It was so good to walk round the centre with you and hear your plans for the new treatment rooms.", "pleasantry"),
   ("S", "I'd bring a full floor plan of the new rooms, and I should say I've been featured in three interiors magazines and on breakfast television and have consulted for two Premier League footballers.", "floor plan offer plus name-dropping boast")],
  [("S", "My fee for the full layout review is £650, and I'd adore it if you'd write me a glowing testimonial for my new book afterwards.", "price plus testimonial favour for the seller"),
   ("ST", "If you agree to appear as a case study in the book, I'll drop the fee to £450.", "borderline: discount offered to win a personal favour"),
   ("T", "I hope that doesn't sound too forward, I'd be mortified if you thought less of me.", "seeking approval"),
   ("N", "I could come on the 18th while the rooms are still empty, which is the easiest time to move the reception desk.", "date with a reason")])

# 27
email("fireguard fitting for the little wren childminders", "terse", "Fireguards for the log-burner homes",
  "Hi Kath,", "Rob\nSafehearth",
  [("N", "Ofsted expects a fixed guard around any open fire in a room children use, so the two homes with log burners will need them before their next inspection.", "external requirement, a technical need"),
   ("H", "£140 each fitted, and I've booked my fitter for Monday, so reply with your payment details and he'll be there at eight.", "price plus assumptive booking and payment"),
   ("H", "Any childminder who cared about the kids would have done this already.", "shaming"),
   ("S", "Guards are powder-coated steel, and we're the only fitter in the county holding a royal warrant.", "product detail plus boast"),
   ("N", "Fitting takes under an hour per home.", "logistics")])

# 28
email("flapjack supply for the pelsall leisure centre cafe", "non-native English", "Flapjack for your cafe",
  "Dear Mr Collins,", "Best wishes,\nAndrzej Nowak\nGoldcrust Bakes",
  [("N", "Thank you for meeting me last week at the leisure centre cafe.", "courtesy opener"),
   ("S", "Our company is very big and very famous, we have 20 years, we have many prizes and the best machines from Germany.", "generic boast"),
   ("S", "Also please, if you are happy, can you write for us a recommendation on our internet page, it help us very much.", "review favour for the seller")],
  [("T", "I send you the sample box today, and I think maybe possibly you can try it, if you want, only if you want.", "sample offer plus stacked hedges and permission-seeking"),
   ("N", "The oat flapjack with no added sugar is good for the swimmers after training, and your cafe sells mostly to them.", "product tied to the cafe's customers"),
   ("T", "Sorry for my bad English and for to write so long.", "apology for the length")])

# 29
email("flint wall repair for the aldwick rectory garden", "formal", "Rectory garden wall: estimate",
  "Dear Reverend Shaw,", "With best wishes,\nWill Hobday\nHobday Flint & Lime",
  [("N", "Thank you for showing me the garden wall on Friday.", "courtesy opener"),
   ("N", "The bulge by the gate is caused by a failed lime core rather than the facing flints, so patching the face alone would not hold.", "expert insight"),
   ("N", "I'd recommend taking down and rebuilding the four-metre section in hydraulic lime, and repointing the rest.", "confident recommendation")],
  [("N", "As the rectory is in a conservation area, the council needs six weeks' notice of works to the wall, so the notice would have to go in by mid-May for a July start.", "borderline: real permit lead time stated once with its reason"),
   ("N", "The estimate, with a breakdown of materials and labour, is enclosed.", "attachment"),
   ("N", "I'm free to meet the churchwardens on any weekday evening next week.", "meeting offer")])

# 30
email("fondue evening catering for the cairnlea ski club", "chatty", "Fondue night!",
  "Hi Fergus,", "Cheers,\nIsla\nMelt Mountain Catering",
  [("T", "Poking my nose in again to see if there's any news, totally fine if not!", "just-checking-in variant as the purpose, with minimising"),
   ("N", "For 40 members I'd suggest two cheese pots and one chocolate pot, which keeps the queue under ten minutes.", "recommendation for the club")],
  [("T", "It comes to £620, and sorry, I know that's probably more than you were hoping for.", "price plus apology for the price"),
   ("T", "Maybe you could tell me what budget you had in mind and I'll work backwards from that?", "asks the buyer to name the number"),
   ("S", "The cheese would be a Gruyere and Vacherin mix, and I've been dying to do a proper Swiss night since I got back from my training in Gruyeres!", "menu detail plus the rep's own excitement"),
   ("N", "The hut kitchen has two induction rings, which is plenty.", "logistics")])

# 31
email("foraging walks for the hartswood hotel guests", "formal", "Saturday foraging walks for guests",
  "Dear Ms Kowalczyk,", "Yours sincerely,\nRoland Yew\nHedgerow Larder Walks",
  [("N", "Thank you for your interest in guided foraging walks for Hartswood guests.", "courtesy opener"),
   ("N", "Your guest survey showed that weekend visitors want more to do on Saturday mornings, and a two-hour walk ending with a wild-food tasting fills exactly that slot.", "value from the prospect's own survey"),
   ("S", "I would lead each walk myself, and I am, I believe, the most experienced forager in the county, with over 25 years in the field and a bestselling guidebook.", "offer to lead plus generic boast")],
  [("H", "I can offer Saturdays from April at £25 per guest, but I have only two slots left in my diary and another hotel is about to take them.", "offer plus invented scarcity"),
   ("H", "The contract is ready to go, and should Monday pass without word from you, I shall take it that you are content and send it for signing.", "contract ready plus silence taken as a yes"),
   ("N", "I have attached my insurance certificate and food-safety training record, which your events team asked for.", "requested documents")])

# 32
email("fresco conservation for the bellmont chapel ceiling", "very deferential", "The chapel ceiling",
  "Dear Father Dominic,", "Your humble servant,\nDr Paolo Ferri\nFerri Conservation Studio",
  [("N", "Thank you for allowing me up the scaffold on Tuesday to examine the ceiling.", "courtesy opener"),
   ("N", "The flaking in the north bay is caused by salts drawn up from the damp wall, so the damp must be cured first or any consolidation will fail within a few years.", "expert insight, a technical need")],
  [("T", "I was wondering whether perhaps, if it would not be an inconvenience, I might possibly be allowed to send a short proposal?", "proposal offer plus stacked hedges"),
   ("T", "Of course, if the parish would prefer another conservator, I would entirely understand and would not dream of objecting.", "pre-emptive release"),
   ("T", "I'm so sorry for the length of this letter.", "apology for the length"),
   ("S", "I would use lime-based consolidants only, as I did on an Umbrian basilica whose restoration won me a European heritage medal.", "method detail plus award boast")])

# 33
email("frog tunnels for the kelsall lane road scheme", "blunt", "Amphibian crossing on Kelsall Lane",
  "Hi Martin,", "Regards,\nSteve Dunn\nCrossway Ecology Products",
  [("N", "The crossing survey your ecologist did shows about 2,000 toads and frogs crossing Kelsall Lane each March.", "prospect's own data"),
   ("N", "Two under-road tunnels with guide fencing would cover the main crossing point, based on those counts.", "recommendation from the data"),
   ("N", "The works need a licence from Natural England before the February migration, so the application would have to go in by early November.", "borderline: real licence lead time stated once with its reason")],
  [("S", "The tunnels are precast polymer concrete, and we're the most decorated supplier in the industry, with four national engineering awards.", "product detail plus award boast"),
   ("H", "I've called your office four times and emailed six, and I'm not sure what else I can do to get a reply.", "counting attempts at the prospect"),
   ("H", "I can send the tunnel drawings to your design team this week, but Friday is my limit, after which your cabinet member for highways gets the whole file from me directly.", "drawings offer plus bypass threat")])

# 34
email("futsal kit supply for the denholm youth futsal league", "chatty", "Kit quote for the league",
  "Hi Kemi,", "Cheers,\nTy\nFive-a-Side Kit Co.",
  [("N", "Great to see the under-12s final on Sunday, what a game!", "pleasantry"),
   ("N", "You said the current shirts shrink after a few washes, so I've quoted our polyester mesh kit, which keeps its size at 60 degrees.", "solution tied to the league's complaint")],
  [("N", "Sixteen teams of ten kits comes to £2,880, and if the league signs for two seasons we can hold that price and add numbering for free.", "concession traded for a two-season term"),
   ("N", "I've attached size charts so the coaches can collect sizes before the order goes in.", "attachment"),
   ("N", "Could we have a quick call on Wednesday evening to go through the colours?", "clear next step")])

# 35
email("crepe stall hire for the marlbury christmas market", "chatty", "Crepes for the Christmas market",
  "Hi Nadia,", "Speak soon!\nBen\nFlip & Fold Crepes",
  [("N", "Lovely to chat at the traders' evening, and congratulations on getting the market back after last year's cancellation.", "pleasantry"),
   ("H", "Here's the quote you wanted, £450 for the weekend, and frankly a Christmas market without a crepe stall is a car park with fairy lights, so you need us.", "requested quote plus a you-need directive with sarcasm")],
  [("HT", "Sign by Sunday and there's £100 off, after that it's full price.", "discount conditioned on the seller's date"),
   ("S", "My manager's been asking me every day whether Marlbury's in the bag yet.", "manager as the reason, no date"),
   ("ST", "Please, I really need a win this month, you'd be doing me a massive favour.", "pleading for the seller's own sake"),
   ("N", "We bring our own generator, so we won't need a pitch with power.", "logistics")])

# 36
email("display plinths for the greywater sculpture park", "formal", "Plinths for the summer exhibition",
  "Dear Ms Harrington,", "Yours sincerely,\nEdmund Vane\nVane Plinthworks",
  [("N", "Thank you for sending the curator's list of the twelve works to be shown in the summer exhibition.", "courtesy opener"),
   ("N", "For the three bronzes over 200 kg, I would recommend concrete-cored plinths, since your lawn slopes and timber ones would settle unevenly.", "expert recommendation with reason"),
   ("S", "The plinths would be finished in a matt stone render, the same one that has graced the Venice Biennale, the Serpentine and Frieze, and our founder holds an OBE for services to the arts.", "finish detail plus name-dropping and honours")],
  [("HS", "I have personally spent three weekends drawing these bespoke designs for the park, so I confess I am rather disappointed not to have had the courtesy of a reply.", "seller's effort and disappointment as guilt"),
   ("H", "The drawings are attached, and I have already asked our workshop to begin cutting, so please arrange payment of the deposit this week.", "attachment plus assumptive production and deposit demand"),
   ("N", "I would be glad to walk the site with your installation team beforehand.", "offer serving the buyer")])

# 37
email("foosball tables for the wensley student union bar", "chatty", "Foosball for the bar",
  "Hey Callum,", "Cheers,\nMo\nSpinShot Games",
  [("N", "Thanks for showing me round the union bar on Monday.", "pleasantry"),
   ("N", "From the figures you showed me, bar takings dip by about a third on weekday afternoons, and two coin-op tables usually bring in £60 to £80 a week each in a venue your size.", "value from the prospect's own figures")],
  [("T", "Sorry to keep bugging you, I know you've got exams and everything.", "apology for following up"),
   ("T", "I could bring two tables over for a free trial week, if that's maybe something you might possibly be okay with?", "trial offer plus stacked hedges"),
   ("S", "The tables have steel frames and sealed rods, literally the same ones used at the world championships, and we've sold over 10,000 of them!", "product detail plus generic boast"),
   ("HS", "The tables are 140 cm long, so they'd fit either side of the pool table, and I'll be honest, my boss wants this signed before the end of term for our half-year numbers.", "product detail plus seller-driven deadline with the boss as reason")])

# 38
email("cheerleading uniforms for the harlow hawks squad", "warm", "Uniform samples for the Hawks",
  "Hi Coach Daniels,", "With love,\nTasha\nSpiritwear Squad Kits",
  [("N", "It was wonderful watching the Hawks at the regional competition, and congratulations on the silver.", "pleasantry"),
   ("S", "You mentioned the current skirts ride up during basket tosses, so the sample I sent uses a four-way stretch, the same fabric our award-winning pro range is famous for.", "fix for the squad's problem plus award boast")],
  [("HT", "If the order comes in before the end of this week, I can take 10% off the whole squad's kit, but not a day later.", "discount conditioned on the seller's date"),
   ("T", "I really hope you like them, please tell me they're okay!", "seeking approval"),
   ("HS", "Our sales director needs the squad signed up before the 30th for her quarterly figures, so anything you can do to hurry it along would mean a lot.", "seller-driven deadline, the director's quarter as reason"),
   ("N", "Sizes can go on the form in the attachment.", "borderline: logistics line inside a pushy email")])

# 39
email("crockery hire for the elmfield harvest supper", "very deferential", "Crockery for the harvest supper",
  "Dear Mrs Oduya,", "Kindest regards,\nGwen Tolley\nTolley Tableware Hire",
  [("T", "I do hope you don't mind me writing again, and I apologise if I'm being a pest.", "apology for following up"),
   ("N", "For 120 guests you'd need 130 sets including spares, which is £1.10 a set with washing included.", "quantity need and price, no pressure")],
  [("T", "If that's too dear I could let you have them for nothing over the breakages deposit, it's really no bother.", "caving on price unprompted"),
   ("T", "Please don't feel any obligation at all, I'd only be glad you thought of us.", "minimising and thanks for considering"),
   ("H", "Only, I've three other harvest suppers after the same stock that weekend, so the sets will be gone the moment one of them says yes.", "manufactured scarcity"),
   ("HT", "The sets can be boxed and ready by the Friday, and if you let me know by Wednesday I'd take another tenth off the price, if that's alright.", "delivery detail plus discount tied to the seller's date"),
   ("N", "We deliver to the hall on the Friday and collect on the Monday morning.", "logistics")])

# 40
email("cyclorama painting for the brightlane film studio", "terse", "Cyc repaint",
  "Hi Priya,", "Ali\nInfinity Walls",
  [("N", "Your cyc's chroma green has yellowed along the cove, which is why your keying has been struggling at the floor line.", "insight into the studio's problem"),
   ("N", "We'd sand, prime and repaint in two days, and the studio could shoot again on day four once it's cured.", "plan with the studio's downtime"),
   ("N", "Quote attached; is the week of the 9th free?", "attachment and plain ask")])
# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s110e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s110-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed110: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the thirteenth session) from the labelling guide alone, after that session's last model change (sentences\nwritten inside whole emails counting twice in training), and measured first in that session on that model (rules +\nmodel macro-F1 0.941: hard_close 0.926, self_serving 0.938, timidity 0.959; 4 of 109 clean sentences flagged; email\nagreement 1.000 / 0.950 / 0.950).\n")
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
    R.append("- Every third email (s110e003, s110e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
