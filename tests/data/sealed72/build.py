#!/usr/bin/env python3
"""Build sealed72: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("Aerial photography for the Cranmore quarry survey", "chatty", "Drone survey of Cranmore quarry", "Hi Dervla,", "Cheers,\nTam",
  [("N", "Good to finally put a voice to the name on Tuesday's call.", "pleasantry"),
   ("HS", "I've attached the flight plan you asked for, and after three evenings redrawing it around your blast schedule, I'd have hoped for at least a quick thumbs-up by now.", "attachment she asked for plus guilt resting on the rep's own evenings of work")],
  [("S", "Our pilots have flown for two national broadcasters and a Formula One team, and our drone fleet is the newest in the county.", "generic boasts, nothing about her survey"),
   ("S", "We'd process the data in-house on the same kit we used for the Channel 4 bridge documentary, which was a pretty big deal for us, not gonna lie.", "processing detail plus a boast about the seller's TV work"),
   ("N", "The orthomosaic comes back at 2 cm per pixel, which is fine enough for your stockpile volume reconciliation.", "concrete value tied to her reconciliation")],
  [("H", "I can hold the 14 April flight you asked about, but dates like that vanish fast this time of year, so I'd lock it in before the weekend.", "her requested date plus vague scarcity and a weekend rush"),
   ("H", "The full survey comes to £2,400, and your neighbours at Holm quarry signed up last month, so you don't want to be the last one still sending a bloke round with a theodolite!", "price she asked for plus peers who switched and mockery")])

# 2
email("Allergen labelling software for the Hartley bakeries", "very deferential", "Label templates for Hartley's", "Dear Mrs Okafor,", "With my very best wishes,\nGeraint Hollis",
  [("T", "I do hope you'll forgive me for writing again so soon after my last note.", "apologises for following up"),
   ("T", "I've put the label templates for your fourteen-allergen matrix in the attached PDF, and I'd be so relieved to hear they're acceptable to you.", "attachment plus seeking her approval")],
  [("N", "The system prints prepacked-for-direct-sale labels with the full ingredient list, so your sandwich counter stays on the right side of Natasha's Law.", "concrete value tied to her counter"),
   ("T", "I realise the subscription is more than you'd budgeted for, and I'm truly sorry it isn't lower.", "apology for the price"),
   ("T", "If it would help at all, I could waive the first three months entirely and we could see about the rest later.", "unprompted, unconditional discount")])

# 3
email("Archive digitisation of the Ashcombe parish registers", "formal", "Imaging the Ashcombe registers", "Dear Reverend Pask,", "Yours sincerely,\nDr Miriam Fawcett\nFawcett Imaging Ltd",
  [("N", "Thank you for letting me see the registers in the vestry last week.", "thanks"),
   ("N", "The 1740s volumes have active red rot on the spines, so I'd recommend consolidating the leather before any of them goes under the camera.", "expert recommendation backed by what was seen")],
  [("N", "The diocesan heritage grant you mentioned closes to applications on 31 May, and our quote follows its cost headings in case that's useful.", "borderline: external grant deadline, stated once with its reason, rule 4"),
   ("N", "Could we meet on Thursday 8 May at 2pm to agree the order in which the volumes are imaged?", "clear next step with a date"),
   ("N", "I'll bring the handling cradles so you can see how the bindings will be supported.", "logistics")])

# 4
email("Asbestos survey for Lowther Mill", "blunt", "Lowther Mill refurb survey", "Keith,", "Dave Rudd\nNorthfell Asbestos Consultants",
  [("N", "Our surveyor can be at the mill on Monday at 8am.", "logistics"),
   ("N", "A refurbishment survey is a legal requirement before any intrusive work under the Control of Asbestos Regulations, and the report usually takes five working days.", "regulatory fact stated neutrally"),
   ("H", "Frankly, anyone running a site that age without one is gambling with his crew's lungs, and a serious owner would have seen that by now.", "shames the prospect's judgement")],
  [("H", "The quote's attached; I've already slotted your job into the lab's queue and will raise the invoice on Friday unless you stop me.", "attachment plus an assumptive invoice, silence taken as yes"),
   ("S", "The survey is £1,150 for the whole mill, and we've been at this longer than anyone in the North West, so you're in the best hands going.", "price plus a years-in-business boast")],
  [("H", "Keep stalling and the next person asking you about this will be an HSE inspector, not me.", "threat and shaming to force a decision"),
   ("H", "I'll be on site Monday either way, and if you're not there I'll ring your landlord direct and tell him what's in his ceilings.", "site visit plus a threat to go over his head")])

# 5
email("Beehives for the Carrick House roof garden", "chatty", "Bees on the roof!", "Hey Priya!", "Bee well,\nJo x",
  [("N", "Loved seeing the roof terrace on Friday, and your lavender beds are going to make the bees very happy.", "pleasantry"),
   ("S", "I'm over the moon about this one, honestly it's the project I've been most excited to pitch all year!", "rep's own excitement, no buyer value")],
  [("S", "Every colony comes from our own apiary in Kent, where we've been crowned Urban Beekeeper of the Year twice and took gold at the London honey show.", "product detail plus awards"),
   ("S", "The two-hive package is £1,850 for the season, and we'd love you to let us film a short feature on your roof for our Instagram.", "price she asked for plus a favour for the seller"),
   ("N", "That covers the hives, the colonies, monthly inspections and an extraction day for your staff in August.", "what the price includes")],
  [("ST", "Between us, I'm one hive short of my spring target, so you'd really be saving my bacon here, pretty please!", "rep's target, pleading for her own sake")])

# 6
email("Bicycle shelters for the Pinfold Hospital staff car park", "terse", "Cycle shelter quote", "Hi Martin,", "Rob",
  [("N", "Quote for the 40-space shelter attached.", "attachment"),
   ("S", "Galvanised steel, green-roof option, and we're the market leader in NHS cycle parking.", "spec plus a market-leader boast"),
   ("HS", "Install can start the week of 9 June, but I need the PO by the 28th as that's when my quarter closes.", "install date plus the rep's quarter-end as the reason for a PO date"),
   ("H", "Your sister sites at Wrexham and Mold are already on board, so you'd be the odd one out.", "peers who already bought, used as pressure"),
   ("N", "Groundworks take two days.", "logistics")])

# 7
email("Boiler servicing for the Langley almshouses", "warm", "Boiler service for the almshouses", "Dear Ruth,", "Warm regards,\nAlan Pryce",
  [("N", "It was lovely to meet some of the residents on Wednesday, and thank you for the tea.", "pleasantry"),
   ("N", "Having looked at all twelve flats, I'd start with the four Baxi units in the east row, since two of them failed their last flue gas test.", "recommendation backed by findings")],
  [("N", "Sorry to hear Mr Denby had such a cold night last week; our engineer can call in tomorrow morning to check his radiators at no charge.", "sympathy with practical help, not self-abasement"),
   ("N", "The annual service for all twelve comes to £1,140, including the gas safety certificates your landlord insurance requires.", "price with what it covers"),
   ("N", "Would Tuesday the 17th suit for the first visit, starting with the east row?", "next step with a date")])

# 8
email("Bookbinding for the Emsworth University thesis office", "formal", "Hardbound thesis copies", "Dear Dr Lindqvist,", "Yours sincerely,\nHenry Holloway",
  [("N", "Thank you for your enquiry about hardbound thesis copies for the summer submission period.", "thanks"),
   ("S", "Holloway Bindery has been run by the same family since 1898.", "borderline: heritage line, rule 8")],
  [("T", "Our price per copy is £38, which I appreciate may seem steep, and I do apologise that we cannot do better.", "price she asked for plus an apology for it"),
   ("N", "That includes gold blocking on the spine and a three-day turnaround from receipt of the PDF.", "what the price includes"),
   ("T", "Should the pricing present any difficulty, perhaps you might let me know what figure you had in mind, and I shall see what can be arranged.", "asks the buyer to name her number")],
  [("S", "We have also recently installed a new foil press from Germany, the only one of its kind in the region, and a second guillotine.", "equipment boast with no outcome for her")])

# 9
email("Calibration of the lab balances at Greyfriars Pharma", "blunt", "Balances before your audit", "Hi Sanjay,", "Gareth",
  [("N", "Your audit is on 3 June and 11 of the 26 balances on the asset list you sent are past their calibration date.", "prospect's own date and data"),
   ("H", "That's not a conversation to have with an MHRA inspector, so let's stop dithering and get it booked.", "shames him for dithering to force a booking")],
  [("H", "I've put you down for the 20th and sent over the card payment form, so fill it in and we're sorted.", "proposed date plus an assumptive card form before any yes"),
   ("N", "Each balance takes about forty minutes, including the UKAS certificate.", "logistics"),
   ("S", "Our technicians are UKAS-accredited, and we've been the fastest-growing calibration firm in the country three years running.", "accreditation he needs plus a growth-ranking boast"),
   ("H", "Every other lab on the science park has already moved over to us, and you're the last one still with the old contractor.", "peers who switched, used to shame")])

# 10
email("Canoe hire for the 3rd Kirkby Scouts summer camp", "chatty", "Canoes for camp", "Hiya Phil,", "Cheers,\nBex",
  [("T", "Me again, popping up in your inbox one more time, hope that's alright!", "check-in variant asking permission"),
   ("N", "Twelve Canadian canoes for the 2nd to the 6th of August is absolutely doable, with buoyancy aids in all the sizes you listed.", "his dates and needs")],
  [("T", "The total would be £960, though honestly if that's too much we can knock a good chunk off, just say the word.", "price he asked for plus an unprompted discount"),
   ("HT", "The trailer's £80 extra, but confirm by Wednesday and I'll throw it in for free.", "trailer price plus a free extra tied to the rep's own date"),
   ("N", "We'll drop the canoes at the lakeside on the 1st so they're ready when the first patrol arrives.", "logistics")],
  [("T", "I've pencilled the canoes in under your troop's name, and there's no rush at all on this, seriously, get back to me whenever the stars align!", "provisional booking plus minimising that hands over all control of timing")])

# 11
email("Chimney sweeping for the Glenridding holiday cottages", "non-native English", "Sweeping of 8 chimneys", "Dear Mr Albright,", "Best regards,\nTomasz Wrobel",
  [("N", "Thank you for your message about the eight cottages with wood stoves.", "thanks"),
   ("S", "Our company is the most biggest sweeping company in all Cumbria and we have very many five-star reviews.", "size boast and reviews")],
  [("HS", "We can come on 12 October, but my boss is saying I must have your confirmation before Friday or he gives the day to other client.", "date plus the manager's wish as the reason for a Friday deadline"),
   ("H", "Also I am seeing on booking websites that your guests write about smoke in the rooms, so really you cannot wait, you must sign now.", "detail from his listings plus a directive to sign now"),
   ("N", "Each sweep is with certificate for your insurance and we check also the bird guards.", "what is included")],
  [("T", "I am very sorry if this email is too long and takes your time.", "apology for the length")])

# 12
email("Clock restoration for the Corn Exchange tower", "formal", "Corn Exchange clock: condition report", "Dear Councillor Haynes,", "Yours faithfully,\nEdmund Clare\nClare & Sons Turret Clocks",
  [("N", "Further to our inspection on 2 September, I enclose the condition report on the Corn Exchange clock.", "attachment"),
   ("N", "The going train's pivots are worn oval and the escapement needs re-bushing, which is why the clock has been losing four minutes a week.", "findings explained"),
   ("H", "Having been up in the tower myself, I am clear that the council needs to fund a full restoration this financial year.", "borderline: 'needs to' directive, but after a real inspection, rule 6")],
  [("S", "The work would be carried out by the same team that restored the clocks at three cathedrals, whose work has been featured on the BBC.", "team detail plus generic boasts"),
   ("H", "I also attach our fixed-price schedule; you will appreciate that a price of this kind cannot be held indefinitely, and I would urge the council to act on it without delay.", "attachment plus vague urgency with no date or reason"),
   ("HS", "I would be grateful for the committee's decision by the end of the month, as our directors review the order book then and I have assured them this contract is secure.", "decision date pressed for the seller's directors and his standing")],
  [("N", "I should be glad to present the report to the committee at its meeting on the 24th.", "offer to present")])

# 13
email("Cold-brew coffee kegs for the Foundry coworking space", "chatty", "Cold brew on tap", "Morning Lotte,", "Talk soon,\nFinn",
  [("N", "Thanks for letting me set up the tasting by the hot desks yesterday, it was great to see a line forming.", "pleasantry"),
   ("S", "We're backed by the same investors as two of the biggest coffee brands in America, which tells you how fast we're growing.", "investor boast")],
  [("S", "The kegerator is on free loan with a two-keg weekly minimum, and it would be amazing if you'd put our logo in your members' newsletter too.", "offer detail plus a logo favor for the seller"),
   ("S", "Our cold brew is steeped 20 hours, nitro-infused, oat-milk ready, Fairtrade, carbon-neutral, and available in six single-origin flavors.", "feature list with no outcome for her"),
   ("N", "Going by the badge-in numbers you shared, about 140 people are in on a typical day, so two kegs should cover a week with some to spare.", "sizing from her own data")],
  [("H", "Delivery's every Monday morning, and pretty much every coworking space in Denver has moved over to us already, so don't get left behind!", "delivery detail plus peers who switched and FOMO")])

# 14
email("Dental chairs for the Orchard Lane practice", "blunt", "Chairs for Orchard Lane", "Dr Mensah,", "Marcus Lee\nDentaline",
  [("N", "You asked about lead time on the three chairs: it's currently six weeks from order.", "answers her question"),
   ("H", "Only two of this model are left in the UK warehouse and another practice was asking about them this morning.", "manufactured scarcity"),
   ("H", "The spec sheet is attached; send over your bank details today and I'll get the finance agreement drawn up before anyone else grabs them.", "attachment plus an assumptive payment step and a rush")],
  [("S", "They come with the five-year parts warranty, and we're the biggest dealer for this brand in the country by a mile.", "warranty detail plus a size boast"),
   ("HS", "I've given up two Saturdays to your floor plans so far, so a yes this week is the least I'd expect.", "guilt resting on the rep's own Saturdays")],
  [("N", "Your opening date of 1 September leaves time for install and the radiation protection survey if the order goes in by late June.", "her own date"),
   ("H", "That six-week lead time is exactly why there's no room left for sitting on the fence.", "lead time plus urgency language to push")])

# 15
email("Defibrillators for the Upper Dale village halls", "warm", "Defibs for the five halls", "Dear Gwen,", "With warm wishes,\nHannah",
  [("N", "Thank you so much for showing me round all five halls on Saturday, and please pass my thanks to the caretakers.", "thanks"),
   ("N", "Sorry to hear the Westby hall lost its old cabinet in the storm; we can fit the new one on the sheltered wall by the porch.", "sympathy and a practical fix")],
  [("N", "Each unit comes with a heated cabinet and is registered on The Circuit, so 999 call handlers can send people to it.", "value tied to the halls"),
   ("T", "The five units are £6,250 in total, and I'm sorry the figure is so high, I know village budgets are tight.", "price she asked for plus an apology for it")],
  [("T", "I feel awful asking about the order form again, and I really hope I'm not making a nuisance of myself.", "self-abasing apology for following up"),
   ("ST", "I'll be honest, this sale would mean a great deal to me, as I'm trying hard to prove myself in my first year here, so I'd be ever so grateful.", "rep's own standing, pleading for her own sake")])

# 16
email("Drone thermal survey of the Brackenridge solar farm", "formal", "Underperforming strings at Brackenridge", "Dear Ms Abara,", "Yours sincerely,\nOwen Bright\nSkyline Thermography",
  [("N", "Thank you for sending the string-level output data for the past twelve months.", "thanks"),
   ("N", "Your figures show strings 14 to 22 producing about 9% less than the site average since March, which usually points to cracked cells or soiling rather than an inverter fault.", "insight from her own data")],
  [("N", "A thermal survey of the whole array takes one day and would pinpoint the affected panels before the module warranty's claim window closes in November.", "borderline: the warranty's own claim window, stated once, rule 4"),
   ("N", "Would Wednesday 11 June at 9am suit for a briefing with your asset manager?", "next step with a date")])

# 17
email("Dry-stone walling at Hollins Farm", "terse", "Boundary wall", "Mr Teasdale,", "J. Metcalfe",
  [("N", "Price for the 120 m of boundary wall is £14,400, as asked.", "price he asked for"),
   ("S", "Work would start 5 May, and I've won the county walling championship four times.", "start date plus a trophy boast"),
   ("H", "That rate's good till Friday and won't come round again.", "invented deadline, no reason")],
  [("HS", "Held my gang back a fortnight for you, so I want an answer.", "the rep's sacrifice used to demand an answer"),
   ("H", "Third time I've written now and still not a word back.", "counts attempts at the prospect"),
   ("N", "Stone from your own field clearance can go back in the wall.", "value detail")])

# 18
email("Ear defenders for the Ravensbury foundry", "chatty", "Muffs for the knockout station", "Hi Chris,", "Thanks a million,\nAmy",
  [("T", "Sorry, sorry, I know I'm clogging up your inbox again!", "apology for following up"),
   ("N", "The noise survey you sent shows 94 dB at the knockout station, so the SNR 33 muffs would bring your people comfortably under the upper action value.", "value from his own survey")],
  [("T", "I was kind of wondering whether maybe, possibly, you might be up for a trial of twenty pairs next week?", "trial offer plus stacked hedges"),
   ("N", "They fit under the welding helmets your fettlers already wear.", "product detail tied to his team"),
   ("T", "And if it's a no, that's completely fine, I won't take it personally, promise!", "pre-emptively releases him")])

# 19
email("Embroidered crests for the Ashbourne Choral Society robes", "very deferential", "Crests for the choir robes", "Dear Mr Carrington,", "With the greatest respect,\nMargaret Ellis",
  [("T", "Please forgive the intrusion, I know how terribly busy you must be with the concert season.", "apologises for normal selling"),
   ("N", "Embroidering the society's crest on forty-two robes would take us about three weeks.", "logistics")],
  [("T", "The cost comes to £630, but I would be more than happy to bring it down to whatever suits the society's funds.", "price he asked for plus caving on price"),
   ("T", "I shall have to ask my manager whether anything further is possible on the price, if that's all right.", "defers to her manager on a discount"),
   ("S", "I've attached a sample stitch-out, and if you were pleased with it, a short review on our website would help us enormously.", "attachment plus a review favour for the seller")])

# 20
email("Escalator maintenance for the Kingsgate Center", "formal", "Kingsgate Center escalator maintenance agreement", "Dear Mr. Farouk,", "Sincerely,\nClaire Devereux\nVertex Lift & Escalator Inc.",
  [("N", "Thank you for the meeting on Monday and for sharing the fault log from the past year.", "thanks"),
   ("N", "The log shows 31 stoppages on escalators 3 and 4, mostly step-chain faults, which is precisely what a preventive maintenance program is designed to catch.", "insight from his own log")],
  [("HS", "The five-year contract we discussed is enclosed, and I must ask that it be signed by June 30, when our regional sales director finalizes the half-year figures.", "contract plus a signing date set by the seller's director"),
   ("N", "The signature page is on page 14.", "borderline: logistics line inside a pushy email, rule 14"),
   ("S", "The contract includes 24-hour callout, and I am delighted to say we have just launched our new remote-monitoring suite, of which our organization is immensely proud.", "contract detail plus the seller's pride in its launch"),
   ("S", "Our engineers maintain over four thousand escalators worldwide, and we were recently ranked first for uptime by a major industry magazine.", "generic boasts and rankings")],
  [("H", "Our first engineer visit is penciled in for July 7, and the ACH authorization form is enclosed for your finance team to complete.", "visit date plus an assumptive payment form before any yes"),
   ("H", "I trust it will not be necessary to write again, as this is now my fourth letter on the matter.", "counts attempts at the prospect"),
   ("H", "Should I not hear back by June 30, I will take the matter up directly with the center's owners.", "threat to go over his head"),
   ("N", "A sample monthly report is attached so your team can see the format.", "attachment serving the buyer")])

# 21
email("Fire door inspections at Weston Court", "blunt", "Weston Court fire doors", "Hi Lorna,", "Sam",
  [("N", "Fire safety rules now require quarterly checks on communal fire doors in blocks over 11 metres, and Weston Court is 14.", "regulatory fact stated once"),
   ("N", "Of the 38 doors we looked at, nine won't close fully from open, mostly from dropped hinges.", "findings"),
   ("N", "I'd fix those nine first and leave the rest for the quarterly round.", "confident recommendation"),
   ("N", "Can you get me access on the 24th from 8?", "plain ask with a date")])

# 22
email("Fishing rods for the Lune Valley angling club juniors", "non-native English", "Junior rods offer", "Hello Mr Barker,", "Kind regards,\nLuca Bernardi",
  [("N", "Thank you for your question about the junior rods.", "thanks"),
   ("S", "Our factory is winning many prizes in Europe and our rods are used from world champions in six countries.", "prizes and champions boast")],
  [("T", "Maybe if you want, perhaps we can maybe send some samples, only if it is not making any problem for you.", "sample offer plus stacked hedges and permission-seeking"),
   ("T", "The price for 30 rods is 1,450 euro, but I can make it 1,000 euro if you think is too much.", "price he asked for plus an unprompted discount"),
   ("N", "Delivery to England is five to seven working days with DPD.", "logistics")])

# 23
email("Forklift training for the Parkgate distribution warehouse", "chatty", "Forklift certification for your crew", "Hey Dom,", "Later,\nKelly",
  [("N", "Great chatting at the warehouse, and thanks again for the breakfast burrito.", "pleasantry"),
   ("HS", "I'm one booking away from winning our sales contest this month, so if you could get the form back before the 31st you'd be an absolute legend.", "date pressed for the rep's sales contest")],
  [("N", "The three-day course covers sit-down counterbalance and reach trucks for up to four of your guys at a time.", "product detail"),
   ("H", "The dates you asked about, the 9th and 10th, are open, and I've already sent the invoice to your accounts team so the seats are locked in.", "his requested dates plus an assumptive invoice"),
   ("S", "All our instructors are certified trainers, and we've got more five-star Google reviews than the next three providers put together!", "credential he needs plus a review-count boast"),
   ("S", "We've trained more than ten thousand operators since 2009 and we've got a wall full of trophies to prove it.", "generic boasts")],
  [("H", "The refresher's only one day, and every week you leave it is a week you're one bump away from an OSHA visit, so let's get moving.", "course detail plus fear used to push"),
   ("N", "Want to come watch a session at our Gary yard first?", "borderline: bare invitation to see it in action, rule 9"),
   ("N", "Let me know if any of them are already certified and we'll switch them to the refresher.", "logistics")])

# 24
email("Fountain restoration in Abbey Square", "formal", "Abbey Square fountain: costing", "Dear Ms Whitcombe,", "Yours faithfully,\nRobert Anstey",
  [("N", "I am writing further to your email of 4 March requesting a costing for the Abbey Square fountain.", "context"),
   ("T", "I must first apologise profusely for the delay in replying and for any inconvenience it may have caused, and I do hope you will accept my sincere apologies.", "repeated, self-abasing apology")],
  [("N", "The cast-iron basin has two cracks that will need stitching, and the pump housing should be replaced rather than repaired.", "expert findings"),
   ("T", "The full restoration would be £38,500, a figure I am almost embarrassed to put before you, and I would perfectly understand if you decided against us.", "price she asked for plus apology and pre-emptive release")],
  [("T", "If I may be so bold, might there perhaps be some possibility of a brief site visit at a time that might suit you?", "site visit ask plus stacked hedges")])

# 25
email("Gazebos for the Wetherby farmers' market", "terse", "Gazebo quote", "Hi Jan,", "Nick",
  [("N", "Twenty 3x3 m gazebos, white, with weight bags: £2,980.", "price she asked for"),
   ("N", "Our supplier's price goes up on 1 April with the steel surcharge, so that figure holds for orders placed before then.", "borderline: supplier's price expiry with its reason, no urgency language, rule 4"),
   ("N", "We can deliver before your 12 April opening day.", "her own date")])

# 26
email("Greenhouse heating for the Kew Road nursery", "warm", "Heating the glasshouses", "Dear Alison,", "Warmly,\nIain",
  [("N", "Thank you for walking me round the glasshouses, the pelargoniums look wonderful.", "pleasantry"),
   ("N", "Your gas bills show about £2,100 a month over winter, and a heat pump sized for the two main houses would bring that to roughly £900.", "figures from her own bills")],
  [("S", "The design uses the same Swedish heat pumps we fitted at the Chelsea Flower Show, where our stand won a silver-gilt medal.", "product detail plus an award boast"),
   ("H", "Every month we leave it is another £1,200 you'll never see again, so let's not drag our heels.", "borderline: cost of delay from her own bills used to push, rule 5"),
   ("HS", "I've waited all winter for this one and put a lot of myself into the design, so it would hurt to be left hanging now.", "guilt resting on the rep's feelings and effort")],
  [("N", "I could come back on Thursday morning to go through the plans with you and Tom.", "next step")])

# 27
email("Gym flooring for the Southside boxing club", "blunt", "Rubber floor for the gym", "Darren,", "Lee",
  [("N", "The 1.5-inch rubber tiles you asked about are $4.20 per square foot, installed.", "price he asked for"),
   ("H", "Your members deserve better than that split old matting, and honestly you should have dealt with it years ago.", "shames his past choices"),
   ("HST", "Sign by Thursday and I'll knock 15% off, because that's when my boss sees the month's numbers.", "discount tied to the rep's date for his boss")],
  [("S", "We did the floors at three Olympic training centers, so we know what we're doing.", "generic boast"),
   ("H", "I can install on the 12th, and if you pass on this you'll be stuck with those mats until somebody breaks an ankle.", "install date plus now-or-never fear"),
   ("N", "Your 950 square feet takes one day.", "logistics")])

# 28
email("Harpist for the Aldermore conference dinner", "chatty", "Harp for your dinner", "Hi Sophie,", "Love,\nCerys",
  [("N", "Lovely to hear from you, and congratulations on the conference selling out!", "pleasantry"),
   ("T", "Floating back to the top of your inbox in case my last note got buried under everything else.", "check-in variant with nothing new")],
  [("N", "For the drinks reception and dinner, 6.30 to 10pm, the fee is £650 including travel.", "price she asked for"),
   ("T", "If that's more than you'd planned, tell me what you can stretch to and I'll make it work.", "asks her to name her number"),
   ("T", "I've attached the full set list, and I really hope I haven't overstepped by suggesting the Celtic set, I'd hate for you to think badly of me.", "set list plus seeking approval")])

# 29
email("Hearing loop for St Aidan's parish hall", "very deferential", "Hearing loop for the hall", "Dear Father Dominic,", "Yours most humbly,\nPeter Nwosu",
  [("T", "I'm so sorry to be writing yet again, and I do hope I haven't made a pest of myself.", "self-abasing apology for following up"),
   ("N", "The loop would cover all 120 seats in the main hall and meets the BS EN 60118-4 standard the diocese asks for.", "certification the buyer requires")],
  [("T", "I've enclosed the quote of £2,300, though please don't feel you have to read it unless you happen to have a spare moment.", "quote plus minimising"),
   ("ST", "If the parish were happy for us to write the installation up as a case study, I could take £300 off.", "borderline: discount offered for a case study, rule 7"),
   ("N", "Fitting takes one day and can be done midweek so Sunday services aren't disturbed.", "logistics")])

# 30
email("Hedge laying on the Brockhurst estate", "warm", "Laying the bridleway hedge", "Dear Felicity,", "Best wishes,\nWill Ashdown",
  [("N", "It was a pleasure to walk the hedgerows with you on Tuesday.", "pleasantry"),
   ("N", "Apologies for the slow reply, I was laid up with flu last week; the costing is below.", "borderline: one courtesy apology for a real delay, with the reason, rule 3")],
  [("N", "The 400 m along the bridleway is ideal for Midland-style laying, and it would double as the stock-proof boundary you wanted for the ewes.", "value tied to her goal"),
   ("N", "Countryside Stewardship pays £17 a metre for hedge laying, which would cover most of the labour.", "funding information"),
   ("N", "We could start once the bird-nesting season ends, in early September.", "logistics")],
  [("N", "Could I ring you on Friday afternoon to talk through the figures?", "plain ask with a date")])

# 31
email("Honey for the Harrogate hotel breakfasts", "non-native English", "Honey for your breakfast", "Dear Mrs Pemberton,", "Best regards,\nElif Demir",
  [("N", "Thank you for tasting our honeys at the food fair in York.", "thanks"),
   ("S", "I am very excited, it is my dream to see our honey in a famous hotel like yours!", "rep's own excitement and dream")],
  [("H", "The price for 200 portion jars is £84 each month, and other hotels in Harrogate are already buying this, so you must not stay behind.", "price she asked for plus peers used as pressure"),
   ("HS", "We can start deliveries in June, but I need your signature this week because my boss counts this contract for our summer target.", "start date plus a signing week set by the boss's target"),
   ("T", "Excuse me please for writing so many times, I do not want to disturb you.", "apology for following up"),
   ("N", "We deliver every second Monday with our own van.", "logistics")])

# 32
email("Ice machines for the Grimsby fish market", "blunt", "Flake ice machines", "Steve,", "Paul Hardy\nArcticflake",
  [("N", "Your three flake ice machines are 14 years old, and the service sheets you sent show two compressors failing twice this year.", "prospect's own data"),
   ("H", "Replace them now or you'll be back in this exact mess next winter and the one after.", "now-or-never ultimatum"),
   ("HS", "I went out of my way to get the factory to hold three units for you, so I'm not impressed that I've had to chase.", "guilt resting on the rep's favour and annoyance")],
  [("H", "The finance paperwork is attached and I've filled in your company details already, so I'll expect it back signed by tomorrow.", "attachment plus assumptive paperwork and an invented deadline"),
   ("S", "Installation is one day per machine, and we run the biggest refrigeration fleet on the east coast.", "install detail plus a size boast"),
   ("N", "Each machine makes 1.5 tonnes a day, which covers your peak landings with room to spare.", "value tied to his landings")],
  [("H", "Your quote's in there too; ring me back today or I'll go over your head to the harbour board.", "quote plus a bypass threat")])

# 33
email("Insulation for the 5th Morley scout hut", "chatty", "Warmer hut for winter", "Hi Karen,", "Cheers!\nMel",
  [("N", "Thanks for the photos of the loft, they really help.", "thanks"),
   ("S", "We've just launched our new eco range and I can't wait to show it off to everyone, it's my absolute baby!", "rep's excitement about her own range")],
  [("N", "Laying 270 mm of sheep's wool across the 60 m² loft would cut the hut's heating oil use by about a third.", "concrete value for the hut"),
   ("T", "It comes to £1,450, and please don't think I'm being pushy, I'd honestly be fine with whatever you decide, even if it's nothing at all.", "price she asked for plus approval-seeking and pre-emptive release"),
   ("T", "I could come round Saturday to measure up, if that's even remotely okay, and sorry again for the bother.", "visit offer plus apology and permission-seeking")],
  [("S", "If you're happy with the work, would you mind writing us a Google review and tagging us on the group's Facebook page?", "review favour asked before any work is done")])

# 34
email("Iron railing restoration on Princes Terrace", "formal", "Princes Terrace railings", "Dear Mr Achebe,", "Yours sincerely,\nAnna Kowalczyk\nForge & Finial Ltd",
  [("N", "Thank you for arranging access to the basement areas on Thursday.", "thanks"),
   ("N", "The railings along numbers 2 to 14 are original 1830s wrought iron, and about a fifth of the uprights have rusted through at the base.", "findings")],
  [("N", "Because the terrace is Grade II listed, the conservation officer will want a method statement before any bars are cut, and Listed Building Consent usually takes eight weeks.", "borderline: consent lead time stated once with its reason, rule 4"),
   ("N", "I would recommend casting replacement finials from an original rather than using catalogue patterns, so the street keeps its character.", "confident recommendation with a reason"),
   ("N", "I can have the method statement with you by 20 March and would be glad to meet the conservation officer with you.", "next step with a date")])

# 35
email("Jigsaw puzzles for the Rosebank care home activity room", "warm", "Puzzles for Rosebank", "Dear Bernadette,", "With love from all of us,\nPauline",
  [("N", "It was so nice to meet the residents at the craft morning.", "pleasantry"),
   ("N", "Our large-format puzzles have pieces twice the usual size, which should suit the residents you mentioned who have arthritis.", "product tied to her residents")],
  [("S", "There are twenty new designs this spring, and we're the UK's number one puzzle maker for care settings, with a Queen's Award on the wall.", "range detail plus number-one and award boasts"),
   ("T", "The catalogue is attached, and I'll leave it entirely with you and won't bother you again, I'm sure you have far more important things on your plate.", "attachment plus giving up at once, self-abasing"),
   ("T", "Sorry for rambling on, I do get carried away!", "apology for the length")])

# 36
email("Joinery for the Coniston boathouse doors", "terse", "Boathouse doors", "Graham,", "Ian",
  [("N", "Oak doors, pair, 3.2 m wide, as drawn: £7,800 fitted.", "price he asked for"),
   ("H", "Stop mulling it over and order them.", "directive to decide"),
   ("S", "Green oak from Grizedale, and there's no better joiner in the Lakes than me.", "material detail plus a boast"),
   ("H", "If I don't hear by Monday the slot goes to the next job.", "invented deadline, no reason"),
   ("HST", "Order by the 30th and I'll take 10% off, it's my quarter end.", "discount tied to the rep's quarter-end date")])

# 37
email("Kayak storage racks for the Tyne rowing club", "very deferential", "Racks for the boathouse", "Dear Commodore Reid,", "Your humble servant,\nOliver Quayle",
  [("T", "I hope you don't mind my writing once more, and I'm ever so sorry if this is an unwelcome intrusion.", "apologises for following up"),
   ("N", "The wall racks would hold 24 kayaks in the space your floor cradles now take for ten.", "value tied to his space")],
  [("T", "Would it perhaps be at all possible, if it's not too much of an imposition, for me to pop down and measure the bay one evening?", "visit ask plus stacked hedges and permission-seeking"),
   ("N", "They're marine-grade aluminium, so they won't corrode in the damp of the boathouse.", "product detail tied to his boathouse"),
   ("ST", "I won't pretend otherwise: my first commission cheque rides on this order, so I'd be so grateful for anything you could do.", "rep's commission, pleading for his own sake")])

# 38
email("Kiln servicing for the Hive pottery studio", "chatty", "Your big kiln", "Hi Nadia!", "xo,\nSaffron",
  [("N", "Thanks for sending the firing logs, super useful.", "thanks"),
   ("N", "Your big kiln is taking nearly two hours longer to reach cone 6 than it did in January, which usually means the elements are on their way out and explains the duller glaze color you mentioned.", "insight from her own logs")],
  [("S", "We're the only Bartlett-certified techs in the Midwest, and we've serviced kilns for some seriously famous potters, not to name-drop!", "boasts about certification and famous clients"),
   ("N", "Element replacement for the big kiln is $420 including parts and a test firing.", "price"),
   ("HT", "Book the service by Friday and I'll throw in a new thermocouple for free, after that it's full price.", "free part tied to the rep's Friday date")],
  [("HS", "I can come Tuesday to swap the elements, and honestly I'm dying to get this one signed before my manager's review next week!", "visit date plus a signing deadline set by the rep's review")])

# 39
email("Laundry service for the Bellhaven hotel", "formal", "Linen service for the summer", "Dear Mr Castellano,", "Kind regards,\nIsabel Marsh\nTidewater Linen Services",
  [("N", "Thank you for the occupancy figures for the last two summers.", "thanks"),
   ("N", "With 38 rooms at 85% occupancy, you'd be sending roughly 1,100 kg of linen a week in July and August, so I'd suggest daily collection in peak season and three a week otherwise.", "recommendation from his own figures")],
  [("N", "Following up on my note of 2 May, I've now added the cost of a spare par stock so housekeeping is never short on changeover days.", "single follow-up that adds something new"),
   ("N", "Before we discuss rates, it would help to know whether guests have raised any complaints about the current towels.", "redirects to value before price")],
  [("N", "Would Monday 19 May at 11am suit for a call with your head housekeeper?", "next step with a date")])

# 40
email("Lifeguard training for the Kelvin leisure centre", "non-native English", "NPLQ course for your staff", "Dear Mr Dunlop,", "Regards,\nPiotr Zielinski",
  [("N", "I write again about the NPLQ course for your new pool staff.", "single follow-up line"),
   ("N", "The course is 36 hours over five days and we can run it in your own pool.", "logistics")],
  [("T", "If you are not interested, it is no problem at all, and thank you very much for even reading my emails.", "pre-emptive release and thanks for considering"),
   ("HS", "But I wait three weeks already for an answer, and I made the whole course plan only for your centre, so I think I deserve one reply at least.", "guilt resting on the rep's waiting and work")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s72e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s72-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed72: held-out sales emails for the Poise tone coach\n")
    R.append("> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on\n7 December (early in the tenth session) from the labelling guide alone, blind to that session's Apply changes,\nwhich it was written to judge, and measured first on the model and rules of that session (rules + model macro-F1 0.899:\nhard_close 0.915, self_serving 0.818, timidity 0.965; 1 of 106 clean sentences flagged; email agreement 0.975 / 0.950 /\n0.975).\n")
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
    R.append("- Every third email (s72e003, s72e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
