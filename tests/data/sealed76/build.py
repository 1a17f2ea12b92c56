#!/usr/bin/env python3
"""Build sealed76: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
import json, os, collections

# label codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combinations in that order)
CODE = {"N": ["NONE"], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"],
        "HS": ["hard_close", "self_serving"], "HT": ["hard_close", "timidity"],
        "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}

# Each email: (industry, register, subject, salutation, sign-off, [paragraphs of (code, sentence, note)])
E = []
def email(ind, reg, subj, sal, sign, *paras):
    E.append((ind, reg, subj, sal, sign, paras))

email("accordion repair for the Harbourside folk club", "chatty", "Those squeaky bass boxes",
  "Hi Morag,", "Cheers,\nRory",
  [("N", "Great to hear the Thursday session is back on after the summer break.", "pleasantry"),
   ("T", "I was kind of wondering if maybe, once things calm down, you might possibly want me to have a look at the two squeaky bass boxes?", "repair offer plus stacked hedges")],
  [("N", "The bellows on Ewan's Hohner are leaking at the corners, which is why it runs out of air halfway through a reel.", "concrete diagnosis tied to the club's instrument"),
   ("H", "Honestly, every other club on the coast has had their boxes rebuilt by us already, so Harbourside is starting to look like the odd one out.", "peers-already-did-it shaming"),
   ("S", "I've attached photos of the boxes we rebuilt for the Ullapool club, and our reed work has been called the finest in Scotland by more than one magazine.", "attachment plus a generic boast"),
   ("N", "I could collect the Hohner after the session on the 19th and have it back before your ceilidh.", "clear next step with a date"),
   ("T", "Sorry for rambling on, I know this one turned into an essay.", "apology for the email's length")])

email("anchor winch servicing for the Porthgwarra lifeboat station", "formal", "Anchor winch: service proposal",
  "Dear Coxswain Trevithick,", "Yours sincerely,\nGeraint Powell\nTrevanion Marine",
  [("N", "Thank you for sending the maintenance log for the anchor winch last week.", "courtesy"),
   ("N", "I have also read the note from your mechanic about the chain stripper.", "logistics"),
   ("N", "The log shows the brake slipping twice under load in March, so the brake band is the part I would inspect first.", "insight from the prospect's own log")],
  [("S", "Trevanion Marine has been servicing winches since 1962 and has collected more industry commendations than any other firm in the South West.", "boast: years in business and commendations, nothing about the station"),
   ("S", "The service proposal is attached, and our new package covers gearbox strip-downs, brake band renewal, hydraulic flushing, remote telemetry, annual load testing, corrosion mapping and a branded logbook.", "attachment plus a feature list not tied to the station's need"),
   ("T", "The full service comes to £1,180, though if that seems steep I'm sure we could shave something off it.", "quoted price plus an unprompted concession"),
   ("H", "Our engineer can attend on the 14th, and I have taken the liberty of raising the purchase order in your name so the invoice can go out the same day.", "visit date plus assumptive purchase order and invoice before any yes"),
   ("HS", "I would appreciate your answer before my area manager reviews our pipeline on Friday.", "seller-driven deadline: the manager's pipeline review (rule 16)")])

email("bread oven relining for the Kettlewell village bakery", "warm", "Your oven relining",
  "Hi Bronwen,", "Warmly,\nDafydd",
  [("N", "It was lovely to see the queue out of the door on Saturday morning.", "pleasantry"),
   ("N", "The firebricks at the back have cracked right through, and that's why the left side of each batch comes out pale.", "diagnosis tied to the prospect's bake"),
   ("S", "The new bricks are the grade the oven makers specify, and we were the first firm in Wales to earn their certificate, which I'm rather proud of.", "product detail plus pride in the firm's own standing")],
  [("HS", "I drove up twice in the snow to measure that oven for you, so I'd really expect the courtesy of a yes or no by now.", "guilt resting on the seller's own effort (rule 15)"),
   ("T", "The relining comes to £2,950 as you asked, and I'm so sorry it costs what it does, I really wish I could make it cheaper for you.", "the price she asked for plus an apology for the price"),
   ("N", "Would Tuesday the 9th suit for the crew to start, since you're closed that day anyway?", "plain ask with a date chosen around the prospect")])

email("barcode scanners for the Ormsby builders' merchant", "blunt", "Scanners for the yard",
  "Keith,", "Dan",
  [("N", "You said the yard loses about forty minutes a day keying in timber codes by hand.", "the prospect's own figure"),
   ("HS", "The spec sheet is attached, and I need your order this week because the commission on this one would make my whole quarter.", "attachment plus a seller-driven deadline (commission, quarter)"),
   ("H", "The handhelds read the faded labels on outdoor stock, and your counter staff need them, full stop, so there's nothing more to weigh up.", "product detail plus a you-need-this directive"),
   ("H", "If I haven't heard back by Wednesday, I'll put the quote in front of Mr Ormsby himself.", "bypass threat with an invented date"),
   ("N", "The pen scanners you have now can't read anything that's been out in the rain for a month.", "concrete value tied to the yard")])

email("bleacher seating for the Castleford speedway", "non-native English", "Seating for the home straight",
  "Dear Mr Holroyd,", "Best regards,\nTomasz Wisniewski",
  [("N", "Thank you for the meeting in the pits on Sunday, it was very interesting to see the stadium from inside.", "courtesy"),
   ("T", "Please excuse me that I disturb you again, I am very sorry for writing so often.", "apology for following up")],
  [("S", "For me this order is very important because my director is watching my numbers this month.", "the rep's own numbers and director, no date pressed (rule 16)"),
   ("N", "The aluminium seats we discussed do not need painting and will stand the winter on the open terrace.", "product detail tied to the open terrace"),
   ("H", "The seats can be delivered in March, but the other tracks in the league already sign with us, so you should not be the last one.", "delivery date plus peers-already-signed shaming"),
   ("T", "I attach the offer for 600 seats, but if the price is too high for you, please tell me what number you can pay and I will try to make it.", "attached offer plus asking the buyer to name their number")])

email("cobblestone relaying for the Market Hill square", "formal", "Market Hill setts: method and costing",
  "Dear Ms Okafor,", "Kind regards,\nPeter Lindsay",
  [("N", "Thank you for walking the square with me on Monday.", "courtesy"),
   ("N", "The setts outside the butter cross have sunk because the sand bed has washed out, so we'd lift and relay that section on a lime mortar base.", "expert recommendation with the reason")],
  [("N", "Highways have told us the road closure permit takes six weeks to issue, so if the council wants the work finished before the Christmas market, the application would need to go in by 20 October.", "borderline: real external permit lead time, stated once with the reason"),
   ("N", "I've attached the method statement and the costing you asked for.", "attachment the prospect requested"),
   ("N", "Could we meet again on the 2nd to agree the phasing with the market traders?", "clear next step with a date")])

email("coffee roaster servicing for the Ferrybridge roastery", "chatty", "Service plan for the Probat",
  "Hey Sam,", "Cheers,\nLeah",
  [("T", "Just popping my head round the door again to see if the service plan ever made it onto your radar.", "checking-in as the email's whole purpose"),
   ("N", "The drum bearings on the Probat were running hot when I looked at them in May.", "concrete observation about the prospect's machine"),
   ("H", "The plan covers both roasters and the afterburner, and every other roastery in town has already signed up, so you'd be the only one left exposed.", "product detail plus peers-already-switched pressure")],
  [("ST", "I'll be honest, I really need a win this month, so anything you could do for me here would mean the world.", "pleading for the seller's own sake, no date for the prospect (rule 15)"),
   ("T", "The plan includes two bearing changes a year, and I'm happy to knock a chunk off the annual fee too, no strings at all.", "product detail plus an unprompted, unconditional discount")])

email("curtain walling cleaning for the Albion Tower", "terse", "Albion Tower glazing",
  "Mr Farrell,", "J. Bell",
  [("H", "Quote attached; only two abseil slots left before the autumn and another building is after both.", "quote attachment plus scarcity with a rival buyer"),
   ("H", "Sign the schedule by Friday or the spring rate goes.", "ultimatum with an invented deadline"),
   ("HS", "Need your yes this week too, my quarter closes Friday.", "seller-driven deadline: the rep's quarter (rule 16)"),
   ("N", "Crew needs roof access from 7am.", "logistics; need is a technical prerequisite")])

email("damp proofing for the Holmside terrace cottages", "very deferential", "Number 4, party wall",
  "Dear Mrs Ashworth,", "With my very best wishes,\nHarold Pym",
  [("T", "I do hope you don't mind me writing, and please forgive the intrusion.", "apology and approval-seeking for ordinary contact"),
   ("N", "When I surveyed number 4, the meter read over 90 per cent at skirting height on the party wall.", "survey finding"),
   ("S", "I've enclosed a leaflet about us, and I ought to mention that we've been guild members for forty years and hold its gold award.", "enclosed leaflet plus a boast")],
  [("T", "I was wondering whether you might perhaps consider, if it isn't too much bother, letting me send over a small quotation for that wall?", "quotation offer plus stacked hedges and permission-seeking"),
   ("N", "Left as it is, the plaster will keep blowing and the skirting on that side will rot within a couple of winters.", "loss-framing from the survey, information not a push"),
   ("T", "Of course, I completely understand if you'd rather leave it until next year, and thank you ever so much for even reading this.", "pre-emptive release and thanks for being considered")])

email("drainage jetting for the Eastgate retail units", "blunt", "Interceptor behind unit 6",
  "Priya,", "Gary",
  [("N", "Following up on the blocked interceptor behind unit 6.", "a single follow-up line"),
   ("H", "That's my fourth email on this, and the read receipts tell me you've opened every one of them.", "counting attempts and read-receipt guilt (rule 13)")],
  [("N", "Another backflow into the loading bay would shut unit 6 for the day, as it did in July.", "the prospect's own incident, information"),
   ("S", "We run the biggest jetting fleet in the county, with the newest cameras money can buy.", "generic boast"),
   ("HS", "The jetting crew is free on the 2nd, but I need the signed order back by the 30th because that's when my regional target closes.", "crew date plus a seller-driven deadline (target)"),
   ("H", "The CCTV survey from July is attached, and if there's no reply this week I'll be ringing your facilities director instead.", "attachment plus a bypass threat")])

email("dry ice blasting for the Kilnworth bottling line", "formal", "Cleaning the capper heads in place",
  "Dear Dr Henriksen,", "Yours sincerely,\nMarcus Lindgren\nCryoClean Industrial",
  [("N", "Thank you for the tour of the filler hall on Thursday.", "courtesy"),
   ("S", "I'm delighted to tell you that CryoClean was named Industrial Cleaning Innovator of the Year for the third time running.", "award boast")],
  [("N", "Blasting the capper heads in place would save your team the four-hour strip-down they do every Sunday night.", "value tied to the prospect's routine"),
   ("S", "Our CEO has personally asked me to bring Kilnworth on board, as a brewery of your profile would look superb in our investor deck.", "the seller's CEO and logo value, no date"),
   ("S", "I would love to bring a trial unit on the 18th and show you the full range of machines our engineers have spent two years perfecting.", "trial date plus showing off the whole range"),
   ("H", "I have already pencilled the 18th into our diary and posted a deposit invoice for the first year's contract so that it's all settled.", "trial date plus an assumptive invoice"),
   ("N", "If the trial goes well, the same unit can do the labeler rollers during your January shutdown.", "value tied to the prospect's schedule"),
   ("T", "The trial itself is free, and if the full contract feels like too much, I could knock a third off or go to whatever figure suits you.", "free trial offer plus an unprompted discount and asking for their number")])

email("ergonomic workstation assessments for the Castlerigg tax team", "warm", "Workstation assessments, second floor",
  "Hi Fiona,", "Best wishes,\nAnna",
  [("N", "Thanks for sharing the absence figures; 31 of the 140 sick days last year were logged as back or neck pain.", "the prospect's own data"),
   ("N", "That's where assessments tend to pay off fastest, because most of those cases come down to monitor height and chair setup.", "insight tied to the data")],
  [("N", "Sorry to hear Martin's shoulder is still giving him trouble.", "sympathy"),
   ("N", "If it helps, I could start with his desk and the eleven other staff who flagged discomfort in your survey.", "concrete offer tied to the prospect's survey"),
   ("N", "Does Wednesday the 12th at 10 work for a walk round the second floor?", "clear next step with a date")])

email("event ticket wristbands for the Greystone folk festival", "chatty", "Wristbands!!",
  "Hiya Jess!", "Love,\nBecky x",
  [("S", "We're super excited because we've just launched our brand new holographic range and honestly it's the coolest thing we've ever made!", "the rep's excitement about their own product"),
   ("S", "Loads of massive festivals use us, and we were even shortlisted at the Festival Supplier Awards!", "generic boast and award")],
  [("N", "Your ticketing platform can export the QR codes straight to our print file, so there's no re-keying at your end.", "value tied to the prospect's process"),
   ("H", "Our lookbook is attached, and seriously, the festivals that waited last year ended up with paper tickets and queues round the block, so don't be that festival!", "attachment plus fear-of-missing-out pressure"),
   ("HT", "The 5,000 fabric bands come to £1,400, and if you order by Friday I'll throw in 15% off, since I can't hold it forever.", "price plus a discount conditioned on the seller's date (rule 7)"),
   ("T", "No rush whatsoever, ping me back whenever you've got a sec, only if it's no hassle!", "permission-begging and minimising")])

email("exhibition stand build for the Marlowe Cables trade show", "formal", "Island stand, NEC, March",
  "Dear Mr Marlowe,", "Yours sincerely,\nElaine Carver\nStandworks",
  [("N", "Thank you for confirming the 6 by 4 metre island space at the NEC show in March.", "courtesy and logistics"),
   ("N", "The organisers close stand plan submissions on 15 January and send late plans to a paid review, so we would want your approval of the drawings by the 10th.", "borderline: external organiser deadline, stated once with the reason")],
  [("HST", "If you can sign before my quarter closes on the 31st, I can take 12 per cent off the build, which would get me over my target.", "discount conditioned on the seller's date with the seller's quota as reason (rules 7 and 16)"),
   ("H", "The drawings are attached, and your rivals at Dunmore Wire have already booked us for the same show, so you wouldn't want to be the cable firm with the plain shell scheme.", "attachment plus competitor shaming"),
   ("S", "Our design team, winners of four Exhibition Excellence awards, produced the 3D visual attached.", "attached visual plus an award boast"),
   ("N", "The lit cable drum wall in the drawings gives your reps somewhere to demonstrate the fire-rated range.", "design tied to the prospect's goal")])

email("fibre broadband for the Wolds business units", "chatty", "Outages at the Wolds units",
  "Hi Tom,", "Cheers,\nNadia",
  [("N", "Your tenants logged 23 outage tickets between January and June, according to the spreadsheet you sent.", "the prospect's own data"),
   ("H", "Each week you sit on this is another £600 of rent rebates you're pouring down the drain, so let's get it signed.", "borderline: cost of delay used to push, plausible number (rule 5)")],
  [("S", "We're the fastest-growing fibre provider in the county and our investors include two of the biggest names in telecoms.", "boast: growth and investors"),
   ("T", "The install is £4,200 for all nine units, and sorry, I know that's a big number to drop on you.", "price plus an apology for the price"),
   ("S", "The survey team can be on site Monday the 3rd, and it'd be a massive help to me if we could put the Wolds logo on our website once it's live.", "survey date plus a logo favour for the seller"),
   ("N", "Each unit gets its own line, so one tenant's backup job won't slow the others down.", "product detail tied to the tenants"),
   ("H", "Installs can start in the new year, but every estate around you has already switched to us, so don't be the last site left on copper.", "install timing plus peers-already-switched shaming")])

email("fire extinguisher servicing for the Lister Street workshops", "terse", "Extinguishers",
  "Hi Colin,", "Thanks,\nMike",
  [("T", "Sorry to bother you again, just seeing if you'd had a chance to look.", "apology and checking-in"),
   ("N", "Six of your CO2 units are past their five-year discharge test, which your insurer checks.", "external requirement, information"),
   ("H", "Your insurer's visit is on the 20th, so book me this week or you'll have nobody to blame but yourself.", "the insurer's real date plus blame aimed at the prospect"),
   ("T", "The full service is £340, though I can probably do better, I'll ask my boss what he'll let me give you.", "price plus deferring an unrequested discount to the manager")])

email("floor scrubber hire for the Halewood bus garage", "warm", "Scrubber for the wash bay",
  "Hello Deborah,", "Kind regards,\nLinda",
  [("N", "Thanks for the call this morning, and for sending the floor plan of the wash bay.", "courtesy"),
   ("H", "Here is the weekly hire price you asked for, £185, and I've already put the machine on Monday's delivery van, so just send your card details and it's yours.", "the price she asked for plus card details before a yes")],
  [("N", "The ride-on model clears the diesel film in one pass, so the night shift won't have to mop twice.", "value tied to the garage"),
   ("HT", "The machine comes with a spare set of pads and squeegee blades, and if you confirm before Friday I'll knock £30 off every week, as I can't hold the machine beyond that.", "product detail plus a discount conditioned on the seller's date (rule 7)"),
   ("S", "We're the North West's number one hire company, with a fleet twice the size of anyone else's.", "generic boast"),
   ("T", "I hope that's all okay and that I haven't been too forward.", "approval-seeking")])

email("gate automation for the Brampton Court apartments", "formal", "Rear gate options",
  "Dear Mr Adeyemi,", "Yours sincerely,\nRuth Ellison",
  [("N", "Thank you for the residents' committee minutes, which set out the three break-ins through the rear gate since April.", "courtesy and the prospect's own record"),
   ("N", "An automated gate with fob access would log every entry, so the committee can see who used the gate and when.", "value tied to the committee's problem")],
  [("N", "I'd recommend the sliding model over the swing gate, because the drive slopes and a swing leaf would foul the kerb.", "confident recommendation with the reason"),
   ("N", "Our quote holds until 30 November because the motor supplier raises its list prices on 1 December.", "borderline: price expiry stated once with the supplier's reason, no urgency words"),
   ("N", "Would the committee like me to present the options at its meeting on the 21st?", "plain ask tied to the prospect's own meeting")])

email("gin botanicals for the Saltcote distillery", "chatty", "Juniper and orris",
  "Hi Callum,", "Cheers,\nIsla",
  [("N", "Loved the new sea-buckthorn batch you poured at the tasting.", "pleasantry"),
   ("S", "Our juniper comes from a family farm that's been growing it for four generations.", "borderline: heritage line (rule 8)")],
  [("T", "I know you're swamped so feel free to bin this, but I thought maybe you might like a sample of the new juniper, if that's not a pain?", "sample offer plus stacked hedges and leave to ignore"),
   ("N", "The orris root we discussed is in stock now, at £42 a kilo.", "product detail and price"),
   ("H", "The sample would come with our price list, and honestly, everyone else on the gin trail switched to our juniper ages ago.", "sample offer plus peers-already-switched pressure"),
   ("T", "And if cost is what's holding you back, we can just meet you halfway on the first order.", "unprompted split of the price")])

email("grease trap emptying for the Kingsway food court", "blunt", "Grease traps, units 3 and 7",
  "Ms Duarte,", "Regards,\nSteve Kerr",
  [("N", "Your own inspection log shows the traps at units 3 and 7 at 80 per cent full on the last two checks.", "the prospect's own data"),
   ("HS", "I've chased this for you for six weeks and gave up a Sunday to survey your traps, so I'd expect rather more than silence.", "guilt resting on the seller's effort (rule 15)")],
  [("H", "You need our contract, and frankly anyone running a food court properly would have signed it in the spring.", "you-need-this directive and shaming"),
   ("H", "A tanker can clear all nine traps on a Sunday night, and if I hear nothing by the end of the week I'll take it as a yes and send it.", "product detail plus silence taken as consent"),
   ("S", "We are the only firm in the city with our own treatment plant, and our director has been on the telly twice.", "generic boast")],
  [("N", "Would you like me to price a one-off clean first, before any contract?", "plain ask offering the prospect a choice")])

email("heat pump installation for the Thornfield village hall", "warm", "Heating the hall",
  "Dear Margaret,", "Best wishes,\nOwen",
  [("N", "Thank you for the hall's last two years of oil bills; at roughly £3,400 a year, the heating is your biggest running cost.", "the prospect's own figures"),
   ("N", "The Community Energy Fund closes to applications on 31 January, and the grant would cover up to half of the installation.", "borderline: real external grant deadline, stated once with the reason"),
   ("N", "Your committee's plan to open the hall for weekday toddler groups would make the steady low heat of a heat pump a good fit.", "value tied to the prospect's own plan")],
  [("S", "I'll admit that Thornfield would be my very first heat pump as lead engineer, so it means a great deal to me personally.", "the seller's stake, no blame or demand (rule 15)"),
   ("T", "The quote is £18,600 before the grant, and I'm ever so sorry it's so much, I do hope that doesn't put you off.", "quoted price plus an apology for the price and approval-seeking"),
   ("ST", "I can present the running-cost comparison to your committee on the 14th, and please don't go with the other firm, I'd be so gutted after all I've put into this.", "meeting offer plus pleading for the seller's own sake")])

email("hops supply for the Wharf Lane brewery", "non-native English", "Saaz hops for this year",
  "Hello Mr Brennan,", "Best regards,\nJiri Novak",
  [("N", "Thank you for your order of Saaz last year, the brewers told me the pilsner was very good.", "courtesy"),
   ("H", "This year harvest is small and many breweries already buy, so you must decide very fast or nothing will stay for you.", "scarcity without a date and peers already buying"),
   ("T", "If the price is a problem, I can make it lower, you tell me how much.", "unprompted discount and asking for their number")],
  [("H", "The alpha acid is around 3.8 per cent this year, and I already make the invoice for 200 kg, please only send the payment and I ship.", "product detail plus an assumptive invoice"),
   ("S", "Our company is the biggest hop trader in Zatec and win many prizes in Europe.", "boast: size and prizes"),
   ("HS", "Please confirm until Friday because my boss close the books for the season and want this order in.", "seller-driven deadline: the boss's books (rule 16)")])

email("horse box servicing for the Ashridge eventing team", "chatty", "The 7.5-tonner",
  "Morning Harriet,", "Cheers,\nBen",
  [("N", "Hope the horses came back sound from Burghley.", "pleasantry"),
   ("N", "The floor on the 7.5-tonner flexed when I stood on it, and on a lorry that age that's usually rot under the rubber matting.", "inspection finding"),
   ("S", "The new floor would be aluminium chequer plate, and I'll be honest, having Ashridge on our customer board would be a real feather in my cap.", "product detail plus the seller's own prestige")],
  [("H", "You need a new floor before the spring season, no question about it.", "borderline: you-need directive, though after a real inspection (rule 6)"),
   ("HS", "I've bent over backwards rearranging my whole workshop diary around your lorry, so the least you can do is confirm the booking.", "guilt resting on the seller's effort (rule 15)"),
   ("N", "I can have it in on 4 November and back to you by the 11th.", "clear dates")])

email("hydrotherapy pool maintenance for the Cedarwood rehab centre", "very deferential", "The hydrotherapy pool",
  "Dear Dr Marsh,", "With kind regards,\nSimon Blake",
  [("T", "I'm terribly sorry to trouble you once more, and I do apologise for how long this message has become.", "apology for following up and for length"),
   ("N", "Your physiotherapists mentioned the water clouding on Monday afternoons after the busiest sessions.", "the prospect's own observation"),
   ("S", "I've enclosed our brochure, which shows our eleven awards and the very impressive list of spas we look after.", "enclosed brochure plus an award boast")],
  [("T", "We could possibly, perhaps, look at the dosing pump at some point, if that might be of any interest at all?", "offer to inspect plus stacked hedges"),
   ("ST", "It would honestly mean so much to me to have Cedarwood as a customer, as I'm rather new and my manager is keeping a close eye on me.", "pleading on the seller's own standing"),
   ("N", "Would Thursday morning suit, before the first session at 9?", "plain ask")])

email("ice rink resurfacing for the Glenfield arena", "formal", "Ice depth readings",
  "Dear Mr Kowalski,", "Yours sincerely,\nKatarzyna Brandt",
  [("N", "Thank you for letting our engineer measure the ice depth after Saturday's hockey match.", "courtesy"),
   ("N", "Apologies for the late report; the laser level was away for calibration last week, and the readings are now verified.", "borderline: single courtesy apology for a real delay, with the reason")],
  [("N", "The readings ranged from 28 mm at centre ice to 61 mm in the corners, which is why your resurfacer struggles to leave an even sheet.", "insight from measurements"),
   ("N", "Shaving the corners back to 35 mm would cut the brine plant's load, which your own meter data puts at about £900 a month.", "figure from the prospect's own data"),
   ("N", "Would the closed session on Tuesday the 8th give us enough time to do the corners?", "clear next step")])

email("invoice scanning for the Maple & Tanner builders' merchants", "terse", "Scanning proposal",
  "Hi Raj,", "Lou",
  [("T", "Just checking in on the scanning proposal.", "checking-in as the purpose"),
   ("N", "Your AP team handles about 1,900 paper invoices a month, per your note.", "the prospect's own figure"),
   ("T", "The pilot program covers your two busiest branches, and if the price is an issue, just tell me what you'd like to pay.", "pilot detail plus asking the buyer to name their number"),
   ("HT", "Sign by Thursday and I'll drop the setup fee altogether.", "discount conditioned on the seller's date (rule 7)")])

email("IT asset disposal for the Brinkworth council offices", "formal", "Disposal of 340 laptops",
  "Dear Ms Fairbairn,", "Yours sincerely,\nAlan Procter",
  [("N", "Thank you for the inventory of the 340 laptops due for retirement in the spring.", "courtesy"),
   ("S", "We hold every accreditation going and were voted Best Recycling Partner at last year's Green IT Awards.", "award boast")],
  [("HS", "My sales director has asked me to have this contract signed before our financial year closes on the 28th, so I'd be grateful for your signature this week.", "seller-driven deadline: manager and year end (rule 16)"),
   ("H", "The contract is attached, and if your procurement board needs more time, it can approve it afterwards while you simply sign now.", "attachment plus overriding the prospect's process"),
   ("N", "Each drive is wiped to the standard your security policy asks for, with a certificate per serial number.", "credential the buyer's process requires"),
   ("T", "Pricing is per device as you asked, £6.50 each, and I'm sorry for being so pushy about the timing.", "the price she asked for plus an apology for normal selling")])

email("jet washing for the Seafield caravan park", "chatty", "Spring clean of the vans",
  "Hi Donna,", "Speak soon,\nKev",
  [("N", "Thanks for showing me round the park on Friday, the sea view from the top field is something else.", "pleasantry"),
   ("S", "We've got the shiniest new rig in Yorkshire, with a hot-water lance, a surface cleaner, a 1,000-litre bowser, a softwash kit and a roof-cleaning boom!", "feature list and excitement")],
  [("T", "The full clean of the 64 vans comes to £3,200 as you asked, and I'm really sorry it isn't less, I know it's a lot.", "the price she asked for plus an apology for the price"),
   ("N", "Green algae on the north-facing sides comes back fastest, so I'd do those first in March.", "insight tied to the park"),
   ("H", "I've pencilled you in for the first week of March, and the deposit invoice is on its way so we can lock it in.", "date plus an assumptive invoice before a yes"),
   ("T", "No worries at all if it's a no, I won't take it personally!", "pre-emptive release")])

email("janitorial supplies for the Greymoor leisure centre", "formal", "Washroom consumables",
  "Dear Mr Quinn,", "Yours sincerely,\nPauline Greenhill",
  [("N", "Further to your request, I attach our price list for washroom consumables.", "attachment the prospect requested"),
   ("N", "Your pool team mentioned that the current hand towels jam the dispensers; the interfold towels on page 3 fit your existing units.", "value tied to the prospect's problem")],
  [("H", "Stock of the concentrated floor cleaner on page 5 is almost gone across the region, so I would strongly advise ordering today before it disappears.", "product detail plus scarcity without a date"),
   ("H", "We have put you down for monthly delivery from the 1st, and the direct debit form is enclosed for your signature.", "assumptive payment step before a yes"),
   ("T", "A sample box is on its way to you, and I do apologise if all of this feels like rather a lot of paperwork.", "sample offer plus an apology for normal selling"),
   ("S", "Founded in 1948, Greenhill Hygiene remains proudly family run.", "borderline: heritage line (rule 8)")])

email("jetty decking for the Windermere sailing school", "blunt", "Jetty boards",
  "Chris,", "Pete",
  [("N", "Walked the jetty on Tuesday.", "logistics"),
   ("N", "Eleven boards at the outer end have soft spots, and two bearers are split where the fixings rusted.", "inspection finding"),
   ("N", "I'd replace the outer 12 metres rather than patch, since the bearers won't take new screws.", "expert recommendation with evidence (rule 6)")],
  [("N", "Quote's attached, £4,850 including the hardwood.", "attachment and price"),
   ("N", "We can do it the week after your last course on 24 October.", "date chosen around the prospect")])

email("kennel cleaning contract for the Oakhurst boarding kennels", "warm", "After the outbreak",
  "Hi Sue,", "Take care,\nGemma",
  [("N", "So sorry to hear about the kennel cough outbreak over the bank holiday.", "sympathy"),
   ("N", "A weekly deep clean with a virucidal fogger would cover the runs and the isolation block.", "value tied to the prospect"),
   ("HS", "We can start on the 1st, and I really need your yes this week so I can tell my manager I've hit my numbers.", "start date plus a seller-driven deadline (manager, numbers)")],
  [("H", "I've attached the contract, and honestly, if you don't put this in place now, you'll be facing the same outbreak every summer for years.", "attachment plus now-or-never pressure"),
   ("S", "It'd be a lovely boost for me too, as I'm right at the bottom of our team's leaderboard this quarter.", "the seller's own standing, no date (rule 16)"),
   ("T", "Anyway, I'm sure you're overwhelmed, so only reply if and when you ever feel like it.", "permission-begging")])

email("knife sharpening for the Fenwick hotel kitchens", "terse", "Knife service",
  "Chef,", "Vic",
  [("N", "Blades collected Mondays, back sharpened Tuesdays.", "logistics"),
   ("N", "Sixty pounds a month for up to 40 knives, as you asked.", "the price the prospect asked for"),
   ("N", "Start date is your call.", "leaves the decision with the prospect")])

email("ladder inspections for the Harwood window cleaners", "non-native English", "Ladder register",
  "Dear Mr Harwood,", "Kind regards,\nAndrei Popescu",
  [("T", "I am very sorry to write you again, I hope I am not disturbing too much.", "apology for following up and approval-seeking"),
   ("N", "Your insurance asks for a documented inspection of every ladder each six months, so I can make this with a register you can show them.", "value tied to the insurer's requirement"),
   ("S", "The register is included in the price, and our company is the most famous inspection company in all of Romania and UK.", "product detail plus a generic boast")],
  [("T", "I have free time on 12 and 13 May, so maybe if you want, perhaps we could do a small visit, but only if you think it is good idea?", "visit dates plus stacked hedges and permission-seeking"),
   ("T", "I can give also 20% discount, it is no problem for me.", "unprompted discount")])

email("leather sofas for the Blackthorn hotel lounge", "formal", "Chesterfields for the lounge",
  "Dear Ms Whitcombe,", "Yours sincerely,\nCharles Avery",
  [("N", "Thank you for the photographs of the lounge and the fabric samples from your designer.", "courtesy"),
   ("N", "The deep-buttoned backs your designer sketched are standard on our Chesterfields, so there's no extra charge for them.", "product detail tied to the prospect's design"),
   ("S", "Our sofas have appeared in three television period dramas and are stocked by the finest department stores in London.", "generic boast")],
  [("N", "The aniline hide will take the odd spilled glass of red better than the semi-aniline, which suits a bar lounge.", "product detail tied to the lounge"),
   ("T", "The pair would be £7,900, and if that is beyond your budget, I could quietly bring it down to whatever figure you had in mind.", "price plus an unprompted cave on price"),
   ("H", "I can bring the hide swatches on the 9th, but only two of the oxblood Chesterfields remain from this batch and another hotel is considering them.", "meeting offer plus scarcity with a rival buyer"),
   ("S", "Once you've decided, I would be grateful for a short quote about us for our new brochure.", "favour for the seller's marketing")])

email("luggage lockers for the Eastbrook coach station", "warm", "Lockers for the concourse",
  "Hello Kirsty,", "Best,\nMartin",
  [("N", "Thanks for the footfall counts from the ticket office.", "courtesy"),
   ("N", "With around 400 passengers a day changing coaches at Eastbrook, a bank of 24 lockers would pay back in under two years on your own occupancy estimate.", "value from the prospect's own data")],
  [("N", "The lockers take contactless only, so your staff won't have to empty cash boxes.", "product detail tied to the staff"),
   ("N", "Just a heads-up that the wall behind the waiting room is a stud partition, so we'd freestand the bank rather than fix it.", "one polite just, not timidity (rule 1)"),
   ("N", "Shall I send the drawings over by Friday?", "clear next step")])

email("loft boarding for the Millfield housing association", "blunt", "Loft boarding, first 40 homes",
  "Joanne,", "Craig",
  [("N", "Your stock survey lists 112 homes with loft insulation below 100 mm.", "the prospect's own data"),
   ("N", "Raised boarding keeps the insulation at full depth, which plain boarding squashes.", "value tied to the prospect's stock")],
  [("HS", "My boss wants this signed before the month is out, so I need your approval on the first 40 homes by the 30th.", "seller-driven deadline: manager (rule 16)"),
   ("H", "I've emailed, rung your mobile and left a note at your office, and I'll keep at it until I get an answer.", "multi-channel chasing and badgering"),
   ("H", "The first homes can be done in January, and any landlord who cared about their tenants would have booked this last winter.", "date plus shaming aimed at the prospect"),
   ("S", "The costing is attached, and we've boarded more lofts than any other contractor in the region, with the trade awards to prove it.", "attachment plus a generic boast")])

email("baby changing units for the Ravenhill motorway services", "chatty", "Changing room complaints",
  "Hi Aisha,", "Cheers,\nMel",
  [("N", "Thanks for the feedback forms; 46 complaints about the changing room in one quarter is a lot.", "the prospect's own data"),
   ("N", "The fold-down units we talked about fit the existing wall fixings, so there's no retiling and the room stays open.", "value tied to the prospect"),
   ("N", "I'd put one in the accessible toilet as well, since three of the complaints came from dads with nowhere to change a baby.", "recommendation from the prospect's data"),
   ("N", "Just say when suits and I'll bring one along for your maintenance lead to look at.", "one polite just with a plain offer")])

email("cellar cooling for the Three Horseshoes inn", "blunt", "Your cellar",
  "Alright Terry,", "Dave",
  [("N", "Your cellar was at 17 degrees when I checked it in August, and cask ale wants to sit at 11 to 13.", "finding tied to the prospect"),
   ("S", "We'd fit our top-of-the-range Arctic 500, the best cooler on the market by a mile.", "product detail plus a boast"),
   ("HS", "I've been patient with you for three months and put my name on the line with the bosses for this price, so I'm frankly disappointed not to have heard a word.", "guilt resting on the seller's patience and standing (rule 15)")],
  [("H", "The fitter can do it on a Monday when you're shut, and every other pub down this road has had a cooler in for years except yours.", "fitting date plus peers-already-bought shaming"),
   ("N", "A cooler that size draws about the same power as your glass washer.", "product detail")])

email("ceiling fans for the Quarry Bank yoga studio", "very deferential", "Fans for the hot room",
  "Dear Anjali,", "Warmest wishes,\nClaire",
  [("N", "Thank you so much for the class on Sunday, it was wonderful.", "pleasantry"),
   ("N", "The large slow-turning fans could potentially help with the stuffiness in the hot yoga room.", "borderline: one mild hedge (rule 2)")],
  [("T", "I wondered if perhaps it might possibly be helpful for me to maybe send a few fan options, whenever you might have a spare moment?", "offer of options plus stacked hedges and permission-seeking"),
   ("N", "The quietest model runs at 32 decibels, which is quieter than a whisper.", "product detail"),
   ("S", "The options would include our award-winning Zephyr model, and I'm so proud of our team for designing it.", "product options plus an award boast and the rep's pride"),
   ("T", "I'm so sorry, I realise you must get so many of these messages, and I hope it was okay for me to write.", "self-abasing apology and approval-seeking")])

email("dog grooming tables for the Pawfect salon", "chatty", "A second table?",
  "Hi Lauren,", "Cheers,\nSophie",
  [("N", "So glad the hydraulic table from March has made such a difference to Nina's back.", "pleasantry about delivered value"),
   ("S", "Would you mind popping a quick review on our Google page now that it's bedded in?", "borderline: review asked of a happy customer after value (rule 10)")],
  [("N", "A second table would let Chloe groom the large breeds at the same time instead of waiting for the first one.", "value tied to the salon"),
   ("H", "The table is £890, and I've already put one aside on your account, so I'll invoice it Friday unless you shout.", "price plus an assumptive invoice with silence as consent"),
   ("ST", "If you write us a case study, I'll take 10% off your second table.", "borderline: discount offered for a favour (rule 7)"),
   ("S", "Our new range has electric lift, a swivel top, anti-slip rubber, stainless legs, a grooming arm, a tool tray and six color options!", "feature list")])


# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s76e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s76-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed76: held-out sales emails for the Poise tone coach\n")
    R.append("> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on\n7 December (in the tenth session) from the labelling guide alone, after that session's sentence-model change and its\nlast Apply changes, which it was written to judge, and measured first on that model (rules + model macro-F1 0.961:\nhard_close 0.947, self_serving 0.970, timidity 0.966; 1 of 103 clean sentences flagged; email agreement 0.950 / 1.000 /\n0.950).\n")
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
    R.append("- Every third email (s76e003, s76e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
