#!/usr/bin/env python3
"""Build sealed82: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("anodising for the tolland bike frame workshop", "chatty", "Bronze finish for the gravel frames", "Hi Priya,", "Cheers,\nDan",
  [("N", "Thanks for sending over the drawings for the new gravel frame on Tuesday.", "thanks and logistics"),
   ("N", "For the 40 frames you mentioned, a Type II bronze finish comes to £6.80 a frame.", "price she asked for"),
   ("S", "That's the same bronze we did for a frame that took best in show at Bespoked, and honestly our vats turn out more colours than anyone else's north of the Trent.", "boast: show win and colour range, nothing about her frames")],
  [("H", "I've attached the colour card you wanted, and I've gone ahead and raised the invoice for the first batch so the vat slot is yours.", "attachment plus an invoice raised before any yes"),
   ("S", "Between us, landing your workshop would put me top of our team's board.", "rep's own standing, no date or demand"),
   ("N", "Would Thursday at 2 suit for a quick call about masking the bottle-cage bosses?", "plain meeting ask with a time")])

# 2
email("aquarium maintenance for the seabright dental surgery", "formal", "Reception aquarium: monthly care", "Dear Dr Okafor,", "Yours sincerely,\nMargaret Hale\nReefline Aquatics",
  [("N", "Thank you for your enquiry about the reception aquarium at Seabright.", "courtesy"),
   ("N", "You mentioned that nervous patients often wait twenty minutes, and a well-kept tank is one of the few things that reliably holds their attention.", "value tied to her patients")],
  [("T", "A monthly visit covering water tests, glass cleaning and filter changes is £85, and I apologise that it is not a lower figure.", "the price she asked for plus an apology for the price"),
   ("T", "Should that seem high, I would be perfectly willing to take £20 off each visit from the outset.", "unprompted discount"),
   ("H", "Most practices on your parade already have a tank from us, so you would hardly want to be the exception.", "peers already bought, used as pressure"),
   ("S", "Every visit includes a written water report for your compliance file, and we have held the Aquatic Trade Guild gold seal three years running across more than 140 practices.", "product detail plus award and client-count boast")],
  [("T", "If it were at all convenient, and only if you felt it could conceivably be worthwhile, I wonder whether a first visit might be arranged?", "meeting ask plus stacked hedges")])

# 3
email("archery targets for the kelbrook bowmen", "blunt", "Foam bosses", "Gary,", "Rob",
  [("N", "You told me the straw bosses on your 70-metre line are shot through after one season.", "restates the prospect's problem"),
   ("H", "The layered foam boss takes about 20,000 arrows before the faces need turning, and your club simply has to stop patching straw and order them.", "product detail plus a 'you must' directive"),
   ("H", "Three clubs in your county league switched this spring, so you'll be the last ones out there with straw.", "peers already switched, used to shame")],
  [("HS", "Get the order to me by the 28th, because that's the day my area manager tallies the month.", "seller-driven deadline: the manager's monthly tally"),
   ("S", "Ten bosses with stands come to £1,450 delivered, and nobody makes a better boss than we do, as the trophy cabinet in our showroom shows.", "price plus a generic boast"),
   ("N", "I can drop a sample boss at the range on Sunday morning if you want your seniors to shoot into it.", "concrete offer tied to the club")])

# 4
email("asphalt pothole repair for the wickford farm track", "terse", "Track repair quote", "Mr Dunning,", "Steve Marsh\nMarsh Surfacing",
  [("N", "Measured the track yesterday: 23 potholes over the first 400 metres, the worst about 15 cm deep.", "site findings"),
   ("N", "Hot-patching the lot is £2,140 before VAT.", "price"),
   ("N", "The asphalt plant closes for its annual shutdown on 9 August, so anything after that waits until the 26th.", "borderline: supplier's shutdown date stated once with its reason, no urgency language"),
   ("N", "Shall I book the crew for the week of 28 July?", "plain ask with a date")])

# 5
email("bakery mixer servicing for the haworth cob shop", "warm", "Your spiral mixer", "Dear Helen,", "Warmly,\nJoanne",
  [("N", "It was lovely to meet you and Sam at the shop on Saturday, and the cheese scones were every bit as good as people say.", "pleasantry"),
   ("N", "I had a look at the spiral mixer while I was there, and the bowl drive chain is stretched enough to slip under a full dough.", "finding tied to her machine")],
  [("T", "I'm ever so sorry to land in your inbox again so soon, but I promised you the chain measurements, and they're below.", "the promised measurements plus an apology for following up"),
   ("T", "A service with a new chain and belts is £260, but if that feels like too much, tell me what you'd be comfortable paying.", "price plus asking the buyer to name her number"),
   ("N", "We'd do it on a Sunday afternoon so you don't lose a bake.", "logistics that serve her"),
   ("H", "I've put you down for Sunday the 14th, and I'll take silence as a yes.", "service date plus silence taken as a yes"),
   ("ST", "It would honestly make my week to have you on my books, so I'd be so grateful if you could see your way to it.", "pleading for the seller's own sake")])

# 6
email("balloon arches for the pemberton school prom", "very deferential", "Balloon arch for the prom", "Dear Mrs Achterberg,", "With kindest regards,\nBeverley Nolan",
  [("T", "I hope you won't mind me writing, and please do forgive the intrusion into what must be a very full week.", "permission-seeking and apology for normal selling"),
   ("N", "For the prom on 4 July, a double arch in the school's navy and silver would be £340, including putting it up and taking it down.", "her own date and the price"),
   ("T", "I realise that's probably more than you'd hoped, and I'm truly sorry about that.", "apology for the price")],
  [("S", "I've attached photos of the arch we did for the St Luke's leavers' ball, and we were voted best party decorator in the county by Gazette readers, which we're all still very proud of!", "attachment plus award boast with an exclamation"),
   ("T", "Perhaps, if you thought it suitable, you could maybe let me know at some stage?", "stacked hedges on the ask")])

# 7
email("bamboo flooring for the stillwater pilates studio", "chatty", "Studio floor quote", "Hey Lena!", "Cheers,\nTom",
  [("N", "Great chatting Friday about the new studio floor.", "pleasantry"),
   ("S", "I'm super excited about this one, it's the first job I've quoted since joining the team and I really want to crush it.", "rep's excitement and own stake"),
   ("N", "Strand-woven bamboo is about twice as hard as oak, so the reformer feet won't dent it the way they dented your old laminate.", "value tied to her problem"),
   ("N", "The natural caramel color will also hide chalk dust better than the gray you had.", "product detail tied to her studio"),
   ("H", "Real talk, your studio can't keep limping along on that laminate, this floor is what it needs.", "directive telling her what she needs")],
  [("HS", "The quote's attached and it's good until the 31st, which is when my bonus window closes, so if you could sign before then that'd be amazing.", "attachment plus a deadline set by the seller's bonus"),
   ("T", "Could I swing by Tuesday evening to check the subfloor moisture, or whenever, honestly, zero stress either way?", "site-visit ask plus minimising")])

# 8
email("barrier arm repair for the kingsmead hospital car park", "formal", "Level 2 exit barrier", "Dear Mr Fairweather,", "Yours sincerely,\nAlan Pritchard\nService Manager",
  [("N", "Further to your estates team's report, our engineer inspected the exit barrier on Level 2 on Monday.", "logistics"),
   ("N", "The arm drive motor is failing intermittently, which explains the queues your staff reported at shift change.", "diagnosis tied to his problem")],
  [("S", "Replacement of the motor and control board is quoted at £1,870, as attached, and I would add that we are the largest barrier contractor in the region.", "price and attachment plus a generic size boast"),
   ("H", "Frankly, I'm astonished a hospital of Kingsmead's size has let this run on as long as it has.", "shaming the prospect"),
   ("H", "Our engineer can fit the parts on the 14th, but if I have not heard from you by Friday I will raise the matter directly with your Director of Facilities.", "install date plus a bypass threat")])

# 9
email("bale wrap supply for the ravensworth agricultural contractors", "blunt", "Wrap for the season", "Jim,", "Mick",
  [("N", "You asked what 200 rolls of 750 mm black wrap would cost for the season: £58 a roll, delivered in two drops.", "price he asked for"),
   ("N", "Your own count was 30-odd bales lost to split wrap last summer, and this film is 25 microns, which is what stops it tearing on stubble.", "figures from his own data, value tied to them"),
   ("N", "The manufacturer's price rises on 1 May because of a resin surcharge, so an order placed before then is at the current rate.", "borderline: supplier price expiry with its reason, no urgency language")],
  [("N", "If you'd rather not store it all, we can hold half at our yard until August.", "offer for his convenience"),
   ("N", "You said first cut is usually the last week of May, so tell me by the 20th if you want the first drop before it.", "date worked back from his own schedule")])

# 10
email("circadian lighting for the hollyfield sleep clinic", "warm", "Lighting for rooms 3 and 4", "Dear Dr Saunders,", "Kind regards,\nRuth Ellison",
  [("N", "Thank you for showing me round the sleep lab last week, and I'm sorry to hear your night technician has been off with her back.", "sympathy, not self-abasement"),
   ("N", "The readings I took in rooms 3 and 4 showed bright blue-white light at 11 p.m., which fits the trouble your patients described settling.", "finding tied to her problem")],
  [("S", "We've made lamps in the same family workshop for three generations, and my grandfather's name is still over the door.", "borderline: heritage line (rule 8)"),
   ("T", "The quote is attached, and I've shaved 15% off the price already, in case the budget is tight.", "attachment plus unprompted discount"),
   ("ST", "I'd be awfully grateful for a review on our website afterwards, and I'd take a little more off for that.", "borderline: discount offered for a review (rule 7)"),
   ("T", "I can measure the remaining rooms on Thursday, and I hope all of this is okay and that I haven't overstepped in any way.", "measuring offer plus approval-seeking")])

# 11
email("brass instrument repair for the carlow colliery band", "non-native English", "Repair of cornets and euphonium", "Dear Mr Evans,", "Best regards,\nTomasz Wrobel",
  [("N", "Thank you for your mail about the two cornets and the euphonium with the stuck valves.", "courtesy"),
   ("T", "Please excuse that I write again, I know I am disturbing you very much with my mails.", "self-abasing apology for following up"),
   ("N", "The repair for all three is 190 pounds and I can return them before your contest on 14 June.", "price and his own date")],
  [("S", "Our workshop has the certificate of excellence from the European Brass Makers Association and we repair for many famous orchestras.", "award and client boast"),
   ("T", "Maybe if you are agree, possibly we could perhaps arrange the collection on Saturday, but only if it is not problem for you.", "collection ask plus stacked hedges"),
   ("T", "Also I can make it more cheap, you can tell me the price you want.", "unprompted discount, asks buyer to name the number")])

# 12
email("bench restoration for the ripley park memorial benches", "blunt", "Ripley Park benches", "Councillor Hart,", "Ken Lowther",
  [("N", "Of the 26 memorial benches in Ripley Park, I counted 11 with rotten slats and 4 with loose plaques.", "survey findings"),
   ("N", "Restoring all 26 in iroko would be £7,800, and families keep their original plaques.", "price and value")],
  [("H", "I've put the job in our diary for the 3rd and the deposit form is attached, so fill it in and we're away.", "start date plus an assumptive deposit before a yes"),
   ("HS", "I want the go-ahead this week, frankly, because my director is going through my figures on Monday.", "seller-driven deadline: director's review"),
   ("H", "Every month the council sits on this is another month of complaints it's brought on itself.", "shaming the prospect"),
   ("S", "We can start with the eleven worst benches so the park is never short of seats, and we've restored benches for the Royal Parks, so Ripley won't find anyone better.", "phasing offer plus a generic boast")])

# 13
email("cctv upgrade for the dunholme garden center", "terse", "Camera upgrade", "Hi Mark,", "Paul",
  [("N", "Quote for the 12-camera upgrade attached, $5,600 installed.", "attachment and price"),
   ("H", "That's the fourth time I've sent it, and my read receipts say you've opened all three.", "counting attempts and read-receipt guilt"),
   ("N", "The new cameras cover the parking lot blind spot where the two carts of stock went missing in March.", "value tied to his loss"),
   ("S", "We're the top-rated installer in the state, btw.", "generic ranking boast")],
  [("H", "Crew's confirmed for Wednesday, so the deposit goes on your card today.", "assumptive booking and payment"),
   ("T", "Happy to walk the site with you first; sorry again for chasing.", "site-walk offer plus an apology for chasing")])

# 14
email("chair re-caning for the ravenscar tea rooms", "warm", "Your bentwood chairs", "Dear Mrs Penrose,", "Best wishes,\nAlan Thwaite",
  [("N", "Thank you for bringing two of the bentwood chairs to the workshop on Thursday.", "courtesy"),
   ("N", "The seats are hand-caned rather than pre-woven, which is good news, because they can be re-caned without taking the frames apart.", "expert finding")],
  [("N", "For all 24 chairs it would be £1,080, and I can do them in batches of six so the tea room is never short of seating.", "price and logistics that serve her"),
   ("N", "You mentioned wanting them back before the Folk Week crowds at the end of August, so I'd suggest starting with the first batch on 7 July.", "date worked back from her own deadline"),
   ("N", "Sorry this is a day later than promised; my van was off the road on Monday.", "borderline: one courtesy apology for a real delay, with the reason")])

# 15
email("climbing hold cleaning for the cragside bouldering wall", "chatty", "Hold clean", "Hey Jonno,", "Laters,\nBex",
  [("N", "Cheers for letting me have a go on the new comp wall on Sunday, those blue problems are savage.", "pleasantry"),
   ("S", "So we've just launched our new pressure-wash rig and I'm dying to show it off, it's honestly the coolest bit of kit we've ever had.", "rep's excitement about own kit"),
   ("S", "It's got a 3,000 psi pump, a heated tank, a chalk trap, an eco mode, a 40-metre hose, LED work lights and a rinse-recovery system.", "feature list with no outcome"),
   ("H", "Half the walls in Sheffield have already had us in, and you don't want to be the grotty one.", "peers already bought, used to shame")],
  [("N", "Stripping the chalk and rubber off all 900 of your holds takes us two nights, so the wall stays open in the day.", "value tied to his opening hours"),
   ("HT", "It's £1,200, and if you book before Friday I'll chop 30% off, after that it's back to full whack.", "price plus a discount tied to the seller's date"),
   ("T", "But yeah, whenever really, I don't want to be that guy!", "minimising the ask")])

# 16
email("clay supply for the wheelhouse pottery studio", "formal", "Buff stoneware for the autumn classes", "Dear Ms Adeyemi,", "Yours sincerely,\nGeorge Ambler",
  [("N", "Thank you for your enquiry about 40 bags of buff stoneware for the autumn evening classes.", "courtesy"),
   ("N", "The clay fires between 1220°C and 1280°C, which suits the cone 8 glazes your students use.", "product detail tied to her classes")],
  [("T", "Our price is £14.20 per 12.5 kg bag; as to a trade discount, I regret that I must refer that to my sales director.", "price plus deferring a discount question to a manager"),
   ("T", "Should you find another supplier cheaper, I would entirely understand, and I am grateful you would think of a small firm like ours at all.", "pre-emptive release and gratitude for being considered at all"),
   ("S", "Samples are on their way to you by courier, and I would also ask whether you might allow us to display your studio's logo on our customer page.", "samples plus a logo favour for the seller")])

# 17
email("composting toilets for the greenhill nature trail", "blunt", "Toilets for the trail", "Sarah,", "Dave",
  [("N", "The two composting units would go at the car park end of the trail, where your volunteers counted 180 visitors on a typical Sunday.", "figures from her own data"),
   ("N", "The pair comes to £9,600 fitted, and they need no water or mains connection.", "price and value"),
   ("H", "Frankly, a nature reserve still sending people behind the hedge in this day and age should be embarrassed.", "shaming the prospect")],
  [("HS", "I put three weekends of my own time into the site plan for you, so I expect a yes or no from you by Monday in return.", "seller's effort as guilt, with a date"),
   ("S", "The site plan is attached, and our units have won the Green Apple award twice.", "attachment plus award boast"),
   ("N", "The planning officer says prior approval takes eight weeks, so lodging it by May keeps a summer install possible.", "borderline: real external lead time stated once with its reason")])

# 18
email("cleanroom garments for the avonlea optics lab", "very deferential", "Class 5 coveralls", "Dear Dr Moreau,", "With my sincere thanks,\nImogen Clarke",
  [("T", "I'm terribly sorry to trouble you once more, and I do hope this isn't an unwelcome interruption.", "apology for following up"),
   ("N", "Following your note, the ISO Class 5 coveralls are £38 each, or £34 each on a two-year laundering contract.", "concession traded for a longer term"),
   ("T", "I've attached the sizing chart you requested, and I wondered whether, if it wasn't too inconvenient, you might conceivably find a moment to look at the samples?", "attachment plus stacked hedges")],
  [("S", "The samples went out by courier this morning, and we were named Supplier of the Year at the Cleanroom Expo, which I mention only because we were all so thrilled.", "logistics plus award boast and seller's feelings"),
   ("T", "Please don't feel at all obliged to reply; I'll quite understand if you're too busy.", "permission to ignore")])

# 19
email("cycle-to-work scheme for the ferrand logistics staff", "formal", "Cycle scheme for the depot", "Dear Mr Ferrand,", "Yours sincerely,\nClaire Benson",
  [("N", "Thank you for the staff survey results, which show that 62 of your 210 warehouse staff live within five miles of the depot.", "figures from his own data"),
   ("N", "Under the scheme, an employee on the basic rate saves roughly a third on a £900 bike, and the company's National Insurance saving covers our fee.", "value tied to his staff")],
  [("N", "Before we discuss our fee further, I would suggest confirming with your payroll provider that salary sacrifice will not take anyone below minimum wage, as that is the usual obstacle.", "push-back that redirects to a real prerequisite"),
   ("N", "Could your HR lead and I speak on Wednesday the 13th at 3 p.m.?", "clear next step with a date")])

# 20
email("dock leveller repair for the ashworth freight depot", "terse", "Doors 4 and 6", "Raj,", "Lee",
  [("N", "Doors 4 and 6 levelers: hydraulic seals gone, lip not extending fully.", "findings"),
   ("H", "$1,650 for both, parts and labor, and these need doing now, end of story.", "price plus a directive"),
   ("H", "Two other depots on your lot signed this month; you're the odd one out.", "peers already signed, used to shame"),
   ("T", "Can do $1,300 if that's easier, and I'm free Thursday morning to fit them.", "fitting slot plus unprompted discount")])

# 21
email("drum skin supply for the bellfield samba school", "chatty", "New heads for the bateria", "Hiya Carla!", "Cheers,\nMel",
  [("N", "Loved seeing the bateria at the carnival on Saturday, the surdos sounded massive.", "pleasantry"),
   ("N", "For the 14 surdos and 10 repiques, a full reskin in synthetic heads would be £620, covering every size on your list.", "price she asked for")],
  [("S", "Bit of news from our end: we're now the official head supplier to two samba schools in Rio, which is mad!", "boast with an exclamation"),
   ("T", "Only nudging because it's been a couple of weeks, feel free to ignore me if you're swamped!", "minimised follow-up and permission to ignore"),
   ("HS", "I stayed up till 2 doing your sizing list, so a yes by Friday feels like a fair trade lol.", "seller's effort as guilt, with a date"),
   ("ST", "I can bring sample heads to Thursday's rehearsal, and it'd really help me out with my first month's numbers if you went for it, I'm sort of begging here haha.", "sample offer plus pleading for the seller's numbers, no date")])

# 22
email("dishwasher lease for the elmbridge community cafe", "warm", "A machine for the lunchtime rush", "Dear Janet,", "Warm wishes,\nSue",
  [("N", "Thank you for the tour of the cafe; it was clear how much your volunteers do on very little.", "pleasantry"),
   ("N", "Your till figures show about 140 covers a day, which is more than a domestic machine can wash over lunch, hence the queue for cups.", "figures from her own data")],
  [("HS", "A commercial pass-through machine on a three-year lease is £29 a week including servicing, and I pulled a lot of strings to get you that rate, so I'd be hurt to see it go to waste.", "price plus guilt resting on the seller's effort and feelings"),
   ("H", "The engineer can install it on the 9th, and I'll pop the direct debit mandate in the post today so we can get you started.", "install date plus an assumptive payment step"),
   ("H", "I'm passing on Thursday, so I'll drop in and collect the signed form then.", "assumes a signed form and turns up uninvited"),
   ("S", "We supply more charity cafes than anyone in Surrey, and we've a wall of thank-you cards to show for it.", "generic boast"),
   ("T", "Sorry for going on so long, I do hope it's all right.", "apology for length and approval-seeking")])

# 23
email("dementia-friendly signage for the rowan court care home", "formal", "Signage for the east wing", "Dear Ms Kaur,", "Yours sincerely,\nHelen Morris",
  [("N", "Thank you for arranging for me to walk the corridors with your activities coordinator on Wednesday.", "courtesy"),
   ("N", "Residents in the east wing repeatedly walked past the lounge door, which is the same cream as the walls; a contrasting door colour and a picture sign address exactly that.", "observation tied to her residents")],
  [("S", "Allow me first to tell you a little about our company, founded in 1998 and now employing over sixty specialists across four offices.", "company story, no customer value"),
   ("S", "The picture signs would sit at eye level for seated residents, and our wider range includes tactile signs, braille signs, floor vinyls, coloured handrails, illuminated exit signs and clock-calendars.", "product detail plus a feature list"),
   ("HS", "The quote for the east wing is £2,240, and I would be most grateful for your signature before the end of the month, since that is the close of our financial year.", "price plus a deadline set by the seller's year end"),
   ("H", "Our installer can fit the east wing in a single day, and he will arrive on 3 March unless you tell me otherwise by Friday.", "product detail plus silence taken as consent"),
   ("N", "Our installers hold enhanced DBS checks, which your safeguarding policy requires.", "credential her process requires")])

# 24
email("drywall finishing for the penfold office fit-out", "blunt", "Second floor walls", "Chris,", "Gaz",
  [("N", "Walked the second floor this morning: the tapers have left the joints proud on the north wall, and they'll show under the downlights.", "site finding"),
   ("N", "We'd skim the north and east walls to a level 5 finish for £3,150.", "price"),
   ("N", "You need the first-fix electrics signed off before we skim, or the sparky will be cutting into fresh plaster.", "technical prerequisite, not a directive")],
  [("N", "Your handover to the tenant is 18 October, so we'd want to start by the 30th to leave drying time.", "date worked back from his own handover"),
   ("N", "Call me if anything on the drawings has changed.", "plain logistics")])

# 25
email("dust extraction for the greaves joinery workshop", "non-native English", "Extraction system offer", "Hello Mr Greaves,", "Best regards,\nMarek Nowak",
  [("N", "Thank you for show me your workshop on Monday, it was very interesting.", "courtesy"),
   ("N", "The dust in the air near the panel saw was 4 mg per cubic metre on my meter, this is more than the HSE limit of 3 for hard wood dust.", "measured finding tied to his workshop"),
   ("H", "So you must buy the system this month, otherwise the inspector will close you, I am sure of this.", "directive with an invented threat")],
  [("S", "Our company is number one in Europe for extraction, we have 35 years and many prizes.", "generic boast: ranking, years, prizes"),
   ("HS", "The offer is in attachment, and my boss say me I must close this order before Friday, so please sign it for me.", "attachment plus a deadline set by the seller's boss"),
   ("T", "Delivery is six weeks from order, and I can already take 18% from the price, no condition.", "lead time plus an unprompted unconditional discount")])

# 26
email("emergency lighting tests for the pentland community theatre", "warm", "Annual emergency lighting test", "Hi Fiona,", "Best,\nKirsty",
  [("N", "Thanks so much for the tickets to the panto dress rehearsal, the kids loved it.", "pleasantry"),
   ("N", "Your last BS 5266 certificate is dated 28 November, so the annual three-hour test falls due by the end of this November.", "borderline: real regulatory date with its reason, stated once")],
  [("T", "I'm so sorry to bring up money, it always feels a bit awkward, but the test and certificate for all 46 fittings is £380.", "price plus an apology for raising it"),
   ("N", "We'd do it on a Monday when the theatre is dark, so no show is affected.", "logistics that serve her"),
   ("S", "We'd bring our own test kit, and we also look after the lights at the Royal Lyceum, so you'd be in very grand company.", "logistics plus name-dropping boast"),
   ("T", "I'd be gutted if we didn't live up to what you need, so do tell me if any of this isn't right.", "approval-seeking"),
   ("T", "And if it's simpler to stay with your last contractor, I completely get it, and there'd be nothing but goodwill from me!", "pre-emptive release")])

# 27
email("exhaust hood repair for the marlow glassblowing studio", "blunt", "Glory-hole hood", "Anna,", "Phil",
  [("N", "The airflow readings on the glory-hole hood were 40% below spec, which is why the studio's been running so hot.", "measured finding tied to her problem"),
   ("H", "A new fan motor and ducting come to £540, and I'm not going to keep asking, so book it or don't, but stop leaving me hanging.", "price plus entitlement aimed at the prospect")],
  [("HS", "After driving out twice to diagnose this for nothing, I reckon I've earned an answer by Thursday.", "seller's effort as guilt, with a date"),
   ("H", "If I don't hear back, I'll ring your business partner and sort it with him.", "bypass threat")])

# 28
email("enamel signage for the tollcross heritage railway", "chatty", "Station nameboards", "Hi Duncan,", "All the best,\nHarriet",
  [("N", "Brilliant to see the restored tank engine in steam at the gala last weekend.", "pleasantry"),
   ("N", "For the six station nameboards in the original LNER style, vitreous enamel would be £295 each, and they'll outlast the platform.", "price and value"),
   ("S", "The enamel is fired at 800 degrees so the colours won't fade, and fun fact: our signs are in the V&A's collection and we've been on the telly three times.", "product detail plus a generic boast")],
  [("S", "Before we get into your lettering, let me take you through our whole back catalogue of designs going back to 1921.", "walk-through of the seller's catalogue, no value to him"),
   ("H", "Every other heritage line in the county has proper enamel boards by now, so Tollcross is starting to look a bit shabby.", "peers already bought, used to shame"),
   ("T", "Could you send me the original drawings from your archive so I can match the lettering, only if you've a free moment, I don't want to be a nuisance?", "plain ask plus permission-begging"),
   ("N", "Shall I bring a sample board up to the engine shed so you can see the finish for yourself?", "borderline: bare offer to see the product (rule 9)")])

# 29
email("epoxy flooring for the calder brewery tap room", "chatty", "Tap room floor", "Hi Jules,", "Cheers,\nOwen",
  [("N", "Thanks for the tour and the pint of the new stout, it was superb.", "pleasantry"),
   ("N", "By your reckoning the bar floor takes about 200 spills a night, and the current paint is lifting around the drains, which is where slips start.", "figures from his own account, finding tied to them"),
   ("N", "A 3 mm anti-slip epoxy with a coved skirting would be £6,900 for the 140 square metres.", "price")],
  [("N", "Just so you know, it needs 48 hours to cure, so a Monday-Tuesday closure would do it.", "borderline: one polite 'just' on a logistics point"),
   ("N", "Shall I pencil in the Monday after your beer festival, the 15th, or is there a better week?", "clear next step built on his own calendar")])

# 30
email("air curtain installation for the benton cafes", "terse", "Door air curtains", "Tariq,", "Nadia",
  [("N", "Your Hanbury Street cafe loses its heat every time the door opens, which is the cold-seat complaint in your reviews.", "finding tied to his reviews"),
   ("HST", "Air curtains over all four doors are $3,200 installed, and if you sign by the 30th I'll take 20% off, since that's my month-end target.", "price plus a discount tied to the seller's month-end target"),
   ("H", "Your rival on the corner switched to us last month, just saying.", "competitor already bought, used to shame")],
  [("S", "Our techs can fit all four on a Monday, and they're all ex-champion installers, by the way.", "fitting logistics plus a boast")])

# 31
email("exterior painting for the larkhill almshouses", "very deferential", "Painting the almshouses", "Dear Reverend Atkins,", "Yours most respectfully,\nWilliam Roe",
  [("N", "Thank you most kindly for showing me round the almshouses on Tuesday.", "courtesy"),
   ("N", "The window frames on the south side are down to bare timber, and two cills are soft, so they will want splicing before any paint goes on.", "expert finding"),
   ("T", "I am so very sorry for the length of this letter, and for troubling you with it at all.", "apology for length and for writing")],
  [("T", "The full exterior, including the cill repairs, would be £11,400 in the linseed paint the conservation officer asked for, though I could perhaps manage a little off if you felt it was rather too much.", "price plus an unprompted hedged discount"),
   ("ST", "It would mean a great deal to me personally to work on such a lovely building, and I'd be so thankful if you'd consider me.", "pleading for the seller's own sake"),
   ("T", "I'll certainly understand if the trustees prefer someone else, and I'm honoured just to have been asked to quote.", "pre-emptive release and gratitude for being asked")])

# 32
email("fruit machine servicing for the clifton pier arcade", "blunt", "Coin mechs", "Dean,", "Kev",
  [("N", "Your own takings sheet shows the six older machines down £1,100 a month since the coin mechs started jamming.", "figures from his own data"),
   ("N", "Your council gaming machine licence comes up for renewal on 1 October, and the refitted mechs keep all six within the category it covers.", "the prospect's own licence date, given as information"),
   ("H", "Reconditioned mechs for all six, fitted, would be £1,650, and frankly you're throwing money in the sea every day you sit on your hands.", "price plus cost of delay used to push"),
   ("HS", "The parts are in stock, but I need your answer by Friday as my gaffer's on my back for the numbers.", "stock detail plus a deadline set by the seller's boss")],
  [("S", "We look after more arcades than anyone on this coast, and there's a trade association plaque on our wall to prove it.", "generic boast"),
   ("H", "I'll ring Friday afternoon to hear what you think, and if I still don't hear I'll be down on the pier Saturday to sort it face to face.", "a call plus turning up uninvited")])

# 33
email("feed silo cleaning for the marsden poultry unit", "formal", "Silo cleaning proposal", "Dear Mr Holroyd,", "Yours sincerely,\nJ. R. Whitaker",
  [("N", "Further to your telephone call, I enclose our proposal for cleaning the three feed silos before the next flock is placed.", "attachment and logistics"),
   ("N", "Your vet's report notes mould at the base of silo 2, which is consistent with the crusting we see when silos go more than a year between cleans.", "expert reading of his own report")],
  [("S", "The cost for all three is £1,140, and I might add that we are the only silo contractor in the north to hold a King's Award.", "price plus an award boast"),
   ("HS", "I should be grateful for your confirmation by the 15th, as my regional manager has asked me to finalise my figures by then.", "deadline set by the seller's manager"),
   ("H", "Were the next flock to go down with a mould infection, I fear the responsibility would be rather hard to explain away.", "guilt and fear aimed at the prospect"),
   ("T", "Please accept my apologies should this letter seem at all presumptuous.", "self-abasing apology for normal selling")])

# 34
email("fly screens for the harbourside bakery kitchen", "warm", "Screens for the kitchen", "Dear Sanjay,", "Best wishes,\nLouise",
  [("N", "I was sorry to hear the environmental health visit made for such a stressful morning.", "sympathy"),
   ("N", "The inspector's report you forwarded asks for screens on the two opening windows and the back door by 30 September.", "a date the regulator already gave the prospect"),
   ("N", "Magnetic screens on the windows and a roller screen on the door would cover all three for £465 fitted.", "price")],
  [("N", "They lift off for cleaning, which your inspector also mentioned.", "value tied to his report"),
   ("N", "I can fit them on the 10th or the 17th; which suits your baking rota better?", "clear next step with dates")])

# 35
email("draught-proofing for the stonebridge church hall", "chatty", "Keeping the hall warm", "Hi Margaret,", "Ta-ra,\nPete",
  [("N", "Thanks for the coffee and the tour of the hall on Wednesday.", "pleasantry"),
   ("T", "Sorry, sorry, me again, but I've now got the thermal images you asked for!", "the images she asked for plus a double apology for writing"),
   ("N", "They show most of your heat going out round the fourteen sash windows and both doors, which fits the £3,200 gas bill you mentioned.", "finding tied to her own figures")],
  [("N", "Draught-proofing the lot would be £2,850, so on that gas bill it should pay for itself in under three years.", "value from her own data"),
   ("S", "We've just done our 5,000th install and had a cake in the office and everything!", "seller's milestone with an exclamation"),
   ("HT", "If the committee says yes before Sunday I'll knock £400 off, but after that I can't hold it.", "discount tied to the seller's date"),
   ("H", "The booking form is attached with the images, so just pop your bank details in and we're sorted.", "attachment plus an assumptive payment step"),
   ("T", "Honestly though, don't feel you have to, I'm easy either way.", "minimising and releasing")])

# 36
email("freight forwarding for the yardley ceramics exports", "formal", "Sea freight to Toronto", "Dear Ms Yardley,", "Yours sincerely,\nRichard Okonjo",
  [("N", "Thank you for your enquiry about sea freight for the three pallets of tableware bound for Toronto.", "courtesy"),
   ("N", "Consolidated groupage from Felixstowe would be £1,380 door to door, with a transit time of about 24 days.", "price she asked for"),
   ("N", "The carrier's rate is valid until 31 March, after which its annual general rate increase takes effect.", "borderline: supplier price expiry with its reason, stated once")],
  [("S", "Our customs team will prepare the Canadian import declaration for you, and we are a multi-award-winning forwarder backed by two of the City's largest investment houses.", "customs help plus awards and investor boast"),
   ("S", "I would also welcome the chance to present our full suite of services, from customs brokerage to warehousing to our own tracking platform.", "wants to present the whole suite"),
   ("H", "To catch the 14 March sailing you mentioned, I have taken the liberty of reserving space and will issue our invoice on Monday.", "her sailing date plus an assumptive booking and invoice"),
   ("H", "Most of your neighbours in the Stoke potteries moved their exports to us last year, and I'd hate to see you left behind.", "peers already switched, used as pressure")])

# 37
email("forecourt canopy repair for the brindley filling station", "non-native English", "Canopy repair", "Dear Mr Brindley,", "Regards,\nAhmet Yilmaz",
  [("N", "Thank you for the photos of the canopy fascia that came loose in the storm.", "courtesy"),
   ("H", "I checked on site and two brackets are corroded, so you need to replace them before the winter winds.", "borderline: 'you need' after a real inspection (rule 6)"),
   ("H", "You must sign the repair today, tomorrow can be too late.", "ultimatum")],
  [("N", "The repair of brackets and fascia is 2,300 pounds, and we can start on Tuesday.", "price and start date"),
   ("S", "We will paint the new brackets in your brand green, and we are the best canopy company in all Midlands, everybody know us.", "product detail plus a generic boast"),
   ("T", "But if you want I make it cheaper, only say me the number.", "asks buyer to name the number")])

# 38
email("field drainage for the cawthorne cricket club", "warm", "Draining the outfield", "Dear Colin,", "Best wishes,\nMalcolm",
  [("N", "Thank you for walking the outfield with me on Sunday, and congratulations on the win over Denby.", "pleasantry"),
   ("N", "The standing water at the pavilion end sits over a clay band about 30 cm down, so slit drains at one-metre centres would clear it in hours rather than days.", "expert finding and recommendation")],
  [("S", "Slit drainage across the whole outfield is £8,400, with the layout attached, and I'll confess this one matters to me, as I played my first game on that ground when I was eleven.", "price and attachment plus the seller's personal stake"),
   ("HS", "I did three nights of drawings for you in my own time, so I'd really hoped for a reply before now.", "guilt resting on the seller's effort"),
   ("T", "I'll be at the club on Saturday if you'd like to see the spoil samples, and sorry for pestering you.", "offer to meet plus an apology for following up"),
   ("N", "The Sport England grant round you mentioned closes on 10 February, so I'll send the costings your treasurer needs for the form by the end of January.", "the prospect's own external date, with a next step")])

# 39
email("acrylic sneeze guards for the moorgate deli counters", "terse", "Counter screens", "Hi Nina,", "Ian",
  [("N", "Attached: drawings for the three counter screens, 6 mm acrylic, 750 mm high.", "attachment"),
   ("N", "$780 for the three, installed.", "price"),
   ("N", "Following up on the fixing question: clamps, so no drilling into your marble.", "single follow-up line that answers her question"),
   ("N", "Tuesday or Thursday next week to install?", "plain ask")])

# 40
email("anti-slip treatment for the cresswell swimming pool deck", "formal", "Pool surround slip resistance", "Dear Mr Okoro,", "Yours sincerely,\nEllen Marsh",
  [("N", "Thank you for sending the slip-test results for the pool surround.", "courtesy"),
   ("N", "Pendulum readings of 24 on the shallow-end tiles put them in the high slip-risk band, which is where your two incidents last quarter happened.", "reading of his own data")],
  [("S", "Our treatment lifts the reading above 36 without changing the look of the tiles, and our client list includes the Olympic Aquatics Centre and several royal households.", "product detail plus name-dropping"),
   ("N", "At £12 per square metre, the 420 square metres of surround come to £5,040.", "price"),
   ("H", "I would remind you that a third incident on that deck would rest squarely on your shoulders.", "guilt aimed at the prospect"),
   ("HS", "Our team can treat the deck over two closure days, and I would ask for your instruction by the 20th, as my director wishes to see the contract signed before his holiday.", "closure plan plus a deadline set by the seller's director"),
   ("T", "Should you feel the price is too steep, I am entirely open to whatever figure you consider fair.", "asks buyer to name the number")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s82e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s82-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed82: held-out sales emails for the Poise tone coach\n")
    R.append("> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the eleventh session) from the labelling guide alone, after that session's first Apply changes and its\ndecision to keep the sentence model, and before its later Apply changes, which it was written to judge; measured first\non the code of that moment (rules + model macro-F1 0.903: hard_close 0.882, self_serving 0.884, timidity 0.944; 2 of\n107 clean sentences flagged; email agreement 0.950 / 1.000 / 0.950).\n")
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
    R.append("- Every third email (s82e003, s82e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
