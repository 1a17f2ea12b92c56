#!/usr/bin/env python3
"""Build sealed83: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("glazing repairs for the whitcombe pool hall", "formal", "Glazing survey findings, pool hall roof lights",
  "Dear Ms Okafor,", "Yours sincerely,\nGraham Pell\nPell & Rowe Glazing",
  [("N", "Thank you for letting our surveyor onto the roof on Tuesday.", "pleasantry"),
   ("N", "He found hairline cracks in four of the twelve roof lights above the shallow end, and two of the seals have failed entirely.", "inspection findings for the prospect"),
   ("H", "I can send the method statement your health and safety lead will want, but if you shelve this now, it simply won't get done before the next inspection either.", "method statement offer plus 'now or never' pressure"),
   ("H", "Frankly, a leisure manager who leaves cracked glass over swimmers until the autumn is taking a gamble no insurer would forgive.", "shames the prospect's judgement to force a decision")],
  [("HS", "The quote you asked for is attached at £6,480, and since I fought our scheduling team hard to hold a crew for you, I'd expect a decision by Friday rather than more silence.", "requested quote plus the seller's effort offered as guilt with a demanded date (rule 15)"),
   ("N", "The crew would need the pool closed for two days, which we could schedule across a weekend.", "logistics"),
   ("S", "The replacement units carry a fifteen-year warranty, and we're the most decorated glazing firm in the region, with a cabinet of trade awards to prove it.", "warranty detail plus a generic award boast (rule 8)")])

# 2
email("garden furniture for the ribbleside tea garden", "chatty", "Benches and tables for the terrace",
  "Hi Maggie!", "Cheers,\nDanny",
  [("S", "We've only gone and been named Outdoor Furniture Supplier of the Year for the north-west, and we're all still buzzing about it!", "award boast and the rep's excitement, nothing about her terrace"),
   ("S", "Our range now covers teak, powder-coated steel, recycled plastic, rattan weave, folding bistro sets, parasol bases, cushions and storage covers.", "feature list with no link to the buyer's outcome"),
   ("N", "The tables seat four and fold flat for winter storage.", "product detail")],
  [("N", "For a terrace that floods in heavy rain like yours, the recycled plastic benches won't swell or rot.", "value tied to the prospect's site"),
   ("H", "The benches can be with you by Easter, and the café down the lane has already ordered a set, so you won't want to be the only terrace without them.", "delivery date plus peers-already-bought pressure"),
   ("T", "I've attached the brochure you asked about, and if the prices look steep I'm happy to knock a chunk off before you even ask.", "requested brochure plus an unprompted discount (rule 7)"),
   ("T", "Anyway, no rush at all, get back to me whenever you've a spare minute, or not at all if it's not for you!", "permission-begging and releasing her in advance")])

# 3
email("gravestone cleaning for the holy trinity churchyard", "very deferential", "Memorial cleaning proposal",
  "Dear Reverend Aske,", "With every good wish,\nHilary Dunn",
  [("T", "I do hope you'll forgive me for writing to you again, and I'm so sorry if my last letter was an imposition.", "self-abasing apology for following up (rule 3)"),
   ("N", "The parochial church council asked for a price to clean the twenty-three Victorian headstones along the north path, and I've set it out below.", "answers the council's request")],
  [("T", "The figure is £1,150, and I'm terribly sorry it isn't lower, as I know parish budgets are stretched.", "requested price plus an apology for the price (rule 3)"),
   ("N", "We use a low-pressure steam method that is approved for soft sandstone, so none of the lettering is lost.", "product detail tied to the churchyard's stones"),
   ("T", "I've enclosed a photograph of a stone we cleaned last spring, though please don't feel at all obliged to look at it.", "enclosed photo plus minimising permission-seeking"),
   ("T", "If it wouldn't be too much bother, might you perhaps consider mentioning it at the next meeting, only if you think it appropriate?", "agenda ask plus stacked hedges and permission-seeking (rule 2)")])

# 4
email("glass bottle collection for the marsden bistros", "blunt", "Bottle collection contract",
  "Tom,", "Rob Ferris\nClearway Glass Recycling",
  [("H", "Three weeks and nothing from you, though the read receipts say every one of my emails has been opened.", "points out opened-but-unanswered emails (rule 13)"),
   ("H", "The contract for twice-weekly collection across your four sites is attached, and I've already pencilled your bins onto Monday's route, so consider it started.", "contract attachment plus an assumptive start before any yes"),
   ("N", "Each collection includes a weight ticket, which gives you the recycling figures your council return asks for.", "value tied to the prospect's reporting"),
   ("S", "The first month is free for new sites, and landing a four-site group like yours would put me top of our regional leaderboard.", "offer plus the seller's contest standing, no date (rule 16)")],
  [("H", "The route plan is below for your site managers, but if I hear nothing by Wednesday I'll be taking it to Carla in head office instead.", "route plan plus a threat to go over his head")])

# 5
email("gelato machines for the portobello parlour", "warm", "Batch freezer options for the summer",
  "Hi Lucia,", "Warm regards,\nMarco",
  [("N", "It was lovely to taste your pistachio flavor on Saturday, and I can see why the line goes around the corner.", "pleasantry"),
   ("N", "You mentioned the current machine takes eleven minutes a batch and you run out by three on hot afternoons.", "the prospect's own figures")],
  [("N", "The 12-litre batch freezer would cut that to about seven minutes, so on your own numbers you'd get roughly four extra batches before closing.", "value computed from the prospect's data"),
   ("N", "I've attached the spec sheet and the quote you asked for, which comes to €8,900 installed.", "requested price and attachment"),
   ("N", "Could we meet at the shop on Thursday at 10 so your team can try a test batch with your own base?", "clear next step with a date")])

# 6
email("goat milk supply for the dale end cheesery", "non-native English", "About goat milk for your cheeses",
  "Dear Mr Hartley,", "Best regards,\nPiet van Dijk",
  [("N", "I write you about the goat milk you are looking for your new soft cheese.", "purpose of the email"),
   ("S", "Our farm is family business since four generations and we are very proud of it.", "borderline: heritage line (rule 8)"),
   ("S", "We can deliver 400 litres each Tuesday, and my boss is asking me every day when I will bring a new cheese maker, so for me it is important.", "delivery offer plus the rep's manager and own need, no date pressed (rule 16)")],
  [("T", "If price is problem, please tell me what price you want to pay and we will do it.", "asks the buyer to name the number (rule 7)"),
   ("H", "Also the first delivery can be next Tuesday already, I put your name on the list so you only pay when the milk comes.", "delivery date plus an assumptive booking before any yes"),
   ("N", "The milk is tested every week for somatic cells, and I can send you the last three months of results.", "quality evidence the buyer can use")])

# 7
email("grand piano hire for the carlisle recital series", "formal", "Concert grand hire for the October recitals",
  "Dear Mr Pryor,", "Yours sincerely,\nEleanor Marsh\nMarsh Pianos",
  [("N", "Thank you for sending the dates of the four October recitals.", "pleasantry"),
   ("N", "Your programme note says the hall must be set by 5 pm on each concert day, so we'll deliver the instrument the evening before and tune it at noon.", "the prospect's own deadline, planned around")],
  [("N", "The hire fee is £2,400 for the month including two tunings, and I've attached the terms.", "price and attachment"),
   ("N", "Our insurer requires the booking to be confirmed in writing by 1 September, because their cover for instruments on loan is issued a month in advance.", "borderline: real external constraint stated once with its reason (rule 4)"),
   ("N", "Would a call on Monday at 11 suit you to agree the delivery route into the hall?", "clear next step with a date")])

# 8
email("hairdressing chairs for the velvet comb salons", "chatty", "Chairs for the new branches!!",
  "Hey Jess,", "Speak soon,\nKayleigh x",
  [("S", "So excited to tell you we've just signed a partnership with a huge London salon group, which is massive for us!", "the rep's excitement and a boast, no buyer value"),
   ("HS", "The quote for 18 hydraulic chairs is in the attachment, and if you could get the order in before the 30th that would push me over my target for the month.", "quote attachment plus a date pressed for the seller's target (rule 16)")],
  [("N", "The chairs have a 180-degree swivel lock, which your stylists said they wanted for the narrow units.", "product detail tied to the stylists' request"),
   ("T", "I've put the color swatches in the mail too, and sorry if that's a bit forward of me!", "swatches mailed plus an apology for normal selling"),
   ("HST", "Tell you what, sign this week so I hit my numbers and I'll take 15% off the lot.", "discount tied to the seller's date with her numbers as the reason (rules 7, 16)"),
   ("N", "Let me know which finish you've settled on.", "plain ask")])

# 9
email("hammocks for the wildwood treehouse retreat", "terse", "Hammocks",
  "Hi Owen,", "Nina",
  [("T", "Only bobbing back up to see if you'd given the hammocks any thought at all.", "'just checking in' variant as the whole purpose (rule 1)"),
   ("N", "Price for 14 is £1,820, delivered.", "price"),
   ("T", "Sorry again for chasing.", "apology for following up (rule 3)")])

# 10
email("hose reel testing for the brunswick mill offices", "blunt", "Hose reel tests due",
  "Mr Kaur,", "Dev Sandhu\nSandhu Fire Services",
  [("N", "Your fire risk assessment lists the hose reels as due for their annual test in March, and the fire authority checks that date at inspection.", "borderline: real external date from the prospect's own document, stated with its reason (rule 4)"),
   ("H", "You need us in before then, simple as that, and there's nothing to weigh up.", "'you need' directive shutting down deliberation (rule 6)")],
  [("H", "Engineers are booked for the 4th, and the deposit invoice for £340 is already in your accounts inbox.", "price plus an invoice sent and engineers booked before any yes"),
   ("T", "The test certificate goes straight to your insurer, and apologies if I've been a nuisance about all this.", "certificate detail plus an apology for normal selling"),
   ("H", "Every other tenant in the mill signed with us in January, so you're the last one holding out.", "peers-already-bought shaming"),
   ("N", "The test takes about an hour per floor and doesn't need the alarms switched off.", "logistics")])

# 11
email("humidity sensors for the kirkby violin workshop", "warm", "Humidity logging for the workshop",
  "Dear Ruth,", "All best,\nSimon",
  [("N", "Thanks for showing me round the workshop last week; the cellos drying in the back room were beautiful.", "pleasantry"),
   ("N", "Your own logbook shows the humidity dropping to 32% on three days in January, which is low enough to open seams on new instruments.", "insight from the prospect's own data"),
   ("N", "Four wireless sensors would alert your phone when any room goes below 40%, so you could switch the humidifiers on before damage starts.", "value tied to the prospect's problem")],
  [("N", "The kit is £610, and I'd recommend the model with the longer battery life over the cheaper one, for the reasons in the attached note.", "confident recommendation with price"),
   ("N", "Sorry to hear the heating failed over Christmas; if it helps, we can fit the sensors before your new boiler goes in.", "sympathy, not self-abasement"),
   ("N", "Would Wednesday at 2 work for a short call?", "clear next step with a date")])

# 12
email("haylage supply for the whinmoor livery stables", "chatty", "Haylage for the winter",
  "Hiya Beth,", "Ta,\nJoe",
  [("N", "Hope the new arena's dried out after all that rain!", "pleasantry"),
   ("S", "We've been baling for over forty years and our haylage has taken first at the county show six times running.", "years in business and prize boast (rule 8)")],
  [("ST", "I can do 60 bales at £38 each, and I'd honestly be so grateful for the order because it's been a really tough season for us.", "price plus pleading for the seller's own sake (rule 15)"),
   ("N", "The bales are wrapped in six layers, so they'll keep in your open-fronted barn until March.", "product detail tied to her storage"),
   ("H", "There's still room on Thursday's trailer, and half the yards round you have already stocked up, so don't be the one left buying at Christmas prices.", "delivery slot plus peers-already-bought pressure"),
   ("T", "Sorry to keep going on, I know you're flat out, ignore me if you've already sorted it!", "apology for normal selling and permission to ignore")])

# 13
email("hardwood sash window repair for the linden crescent townhouses", "formal", "Sash window repairs, Linden Crescent",
  "Dear Mr Ellison,", "Yours faithfully,\nAndrew Coyle",
  [("N", "Following our survey of numbers 4 to 12, I enclose the schedule of repairs you requested.", "requested schedule"),
   ("N", "Thirty-one of the sashes need new cords and parting beads, and nine have rot in the bottom rails.", "findings; 'need' is technical")],
  [("HS", "Having spent two full days on those ladders for you without charge, I think I've earned a yes or no by the end of this week.", "the seller's unpaid effort as guilt with a demanded date (rule 15)"),
   ("S", "We are, after all, the only firm in the county to hold the Heritage Joinery Gold Standard three years in a row.", "generic award boast (rule 8)"),
   ("N", "The conservation officer will want to see the repair method before work starts, and I can send it to her directly.", "logistics serving the buyer"),
   ("T", "I have attached two alternative specifications, and I do apologise that this letter has run to such a length.", "attached specifications plus an apology for length (rule 3)")])

# 14
email("home care scheduling app for the kindly hands agency", "formal", "Scheduling app: the pricing you asked for",
  "Hello Priya,", "Kind regards,\nTom Ashby",
  [("N", "You asked for per-carer pricing, so here it is: £6 per carer per month for your 85 carers.", "requested price"),
   ("N", "From the rota export you shared, your coordinators spend about 14 hours a week redrawing runs after sickness calls, which the auto-rescheduler would cut to under three.", "value from the prospect's own data"),
   ("N", "Carers would keep using the phones they already have, and the app works offline in the valleys where signal drops out.", "value tied to the agency's carers"),
   ("N", "The price above holds until 31 May, when our hosting provider's new rates take effect.", "borderline: factual price expiry with its reason, no urgency language (rule 4)")],
  [("HS", "I can have you onboarded in June, but my director has asked me to get this signed before our half-year close on the 15th.", "onboarding offer plus a date pressed for the seller's manager and half-year (rule 16)"),
   ("S", "We're backed by two of the biggest health-tech investors in Europe, which says a lot about where we're going.", "investor boast"),
   ("T", "There's a twelve-month contract option, although if the price is a worry I'm sure I could find you 20% off without any commitment.", "contract option plus an unconditional discount (rule 7)"),
   ("N", "Does Tuesday at 3 work to show your coordinators the rescheduler with last week's rota?", "clear next step with a date"),
   ("N", "If your finance lead wants to join, I'll bring the cost comparison against your current spreadsheet process.", "offer serving the buyer's process")])

# 15
email("ice baths for the castlegate rugby recovery room", "blunt", "Ice baths",
  "Gaz,", "Lee",
  [("H", "Every club in your league has cold-water recovery now, and yours is the only changing room still filling wheelie bins with ice.", "peers-already-bought shaming"),
   ("H", "The two-tub unit is £4,200, and I've only one left before the spring shipment, with another club sniffing round it.", "price plus manufactured scarcity with no real date"),
   ("N", "It drops to 8°C in about forty minutes and filters itself, so your physio isn't emptying bins after every session.", "value tied to his team"),
   ("S", "Installation's included, and our tubs are in two Premiership clubs and an Olympic training centre, best kit on the market.", "installation detail plus a generic boast")],
  [("H", "Don't sit on this like you did with the GPS vests.", "sarcasm about the prospect's past delay")])

# 16
email("ironing presses for the spotless dry cleaners", "very deferential", "Steam presses - only if useful",
  "Dear Mrs Begum,", "With kind regards,\nAmir Rashid",
  [("T", "I'm so sorry to trouble you, and I completely understand if you don't have time to read this.", "apology for normal selling and permission to ignore"),
   ("N", "You mentioned that the two older presses leave shine marks on wool suits.", "the prospect's own problem"),
   ("N", "The press runs off your existing steam supply, so no new boiler would be needed.", "technical detail tied to her shop")],
  [("T", "Our vacuum-head press would avoid that, and I was wondering whether you might possibly, if convenient, let me bring one round for a trial?", "product detail and trial ask plus stacked hedges (rule 2)"),
   ("T", "I know £2,950 is a lot, and I apologise that it can't be cheaper.", "apology for the price (rule 3)"),
   ("T", "I've also asked my manager whether I'm allowed to offer you anything off, and I'll let you know what he says.", "unprompted discount deferred to a manager (rule 12)")],
  [("T", "Thank you so much for even reading this far.", "thanks for merely being considered (rule 11)")])

# 17
email("insect screens for the mill house bakery", "formal", "Fly screens before your hygiene inspection",
  "Dear Mr Thwaite,", "Kind regards,\nJulia Penrose",
  [("N", "You told me the environmental health visit is booked for 12 June, so I've planned backwards from that date.", "the prospect's own date"),
   ("N", "We can measure the six window openings on Monday and fit the screens by the 2nd, leaving you ten days of margin.", "clear plan"),
   ("N", "The aluminium we use is on a manufacturer's allocation this quarter, so orders placed after 20 May go into July's batch.", "borderline: manufacturer allocation stated once with its reason (rule 4)"),
   ("N", "The total is £1,340, including the magnetic screen for the loading door.", "price")])

# 18
email("inflatable rescue boats for the porthcawl lifeguard club", "non-native English", "Rescue boats offer for your club",
  "Hello Mr Doyle,", "Best regards,\nTomas Kalnins",
  [("N", "Thank you for the meeting on Friday at the lifeguard club.", "pleasantry"),
   ("N", "The boats fit on the standard trailer your club already uses.", "detail tied to the club"),
   ("S", "Our company is number one producer of rescue boats in Baltic region and we have won many prizes in the exhibitions.", "generic ranking and prize boast"),
   ("S", "The boat has aluminium floor, self-bailing valves, four handles, double chamber, kevlar keel, LED mount, foot pump, repair kit and carrying bag.", "feature list not tied to the club's needs")],
  [("H", "The price is 3,100 euros per boat, but this price is only for this week, after it goes up, so you must decide quick.", "price plus an unexplained deadline with urgency language (rule 4)"),
   ("HS", "I have spent much of my own time for preparing this offer, so I think it is not fair that you do not answer me.", "the seller's effort as guilt for a reply (rule 15)")])

# 19
email("instrument hire for the holmwood school orchestra", "warm", "Instrument hire for September",
  "Hi Mrs Carver,", "Best,\nCarys",
  [("N", "Thanks for the list of the twelve beginners starting in September.", "pleasantry"),
   ("S", "I'd love to give you the full tour of everything we stock, from our vintage brass room to the new percussion showroom we've just finished.", "tour of the seller's whole range (rule 9)"),
   ("N", "For beginners, the three-quarter-size violins and the plastic trombones usually survive the first year best.", "expert advice for her pupils"),
   ("H", "I can hold the twelve instruments for you until Friday, after which they go to another school that's been asking.", "hold offer plus manufactured scarcity")],
  [("ST", "The termly hire is £24 per instrument, and if you'd write us a review on the schools' music forum afterwards I could drop that to £20.", "borderline: price plus a discount offered for a review (rule 7)"),
   ("T", "Hope that's alright, and do say if I've got any of it wrong!", "seeking approval")])

# 20
email("inventory counting for the ashby lane hardware stores", "terse", "Year-end stock count",
  "Hi Carl,", "Ian",
  [("N", "Following up on the stock count quote from last Tuesday.", "a single follow-up line (rule 13)"),
   ("N", "Your year end is 31 March, so a count on Sunday the 29th keeps the tills closed for the fewest hours.", "the prospect's own date"),
   ("N", "Six counters, £1,050, with the variance report in your format by Tuesday.", "offer details"),
   ("N", "Shall I hold the 29th?", "plain ask")])

# 21
email("jigs and fixtures for the ashmore machine shop", "blunt", "Fixtures for the bracket job",
  "Steve,", "Mick",
  [("N", "Your cycle time on the bracket is 9 minutes and the drawing shows four set-ups.", "the prospect's own data"),
   ("N", "A modular fixture would get that to two set-ups, which by your own volumes frees up about 60 machine-hours a month.", "value from the prospect's numbers"),
   ("N", "The fixture plates bolt straight onto your existing pallets.", "product detail")],
  [("HS", "The quote is £7,300 and I need the PO this month, because it's the last one that counts towards my bonus.", "price plus a date pressed for the seller's bonus (rule 16)"),
   ("S", "My commission's been dire since January, if I'm honest.", "the seller's own need, no demand (rule 16)"),
   ("H", "So stop dithering and send the order over.", "scolding demand for a decision"),
   ("T", "Drawings for the fixture are attached, and sorry if I came across a bit strong there.", "attached drawings plus an apology for being pushy (rule 3)")])

# 22
email("jockey silks for the kinloch racing stables", "chatty", "Silks for the new owners' colours",
  "Morning Fiona,", "Cheers,\nMorag",
  [("N", "Great to see your grey win at Perth on Saturday!", "pleasantry"),
   ("N", "You said three new owners have registered colours this season, so I've priced three sets of silks with matching caps.", "answers the prospect's need"),
   ("H", "The embroidery takes three weeks, and I've already sent your colours to the machine room, so the invoice will follow this afternoon.", "lead time plus an assumptive order and invoice")],
  [("T", "It comes to £870 for all three, but I could probably do them for less if that's a problem, so tell me what you'd be happy paying.", "price plus an unprompted cave and name-your-number (rule 7)"),
   ("S", "Our silks were worn by the Grand National winner last year, and the year before, and we've got the photos up on the wall!", "exclamation-mark success boast (rule 8)"),
   ("T", "Anyway, really only dropping a line to see how things are, nothing urgent at all.", "'touch base' variant as the purpose, minimising")])

# 23
email("jump wings for the greyfell equestrian centre", "warm", "Wings and poles for the new arena",
  "Dear Helen,", "Best wishes,\nRachel",
  [("N", "Thank you for the arena plan; the 60 by 40 metre layout gives plenty of room for a twelve-fence course.", "pleasantry and insight"),
   ("N", "Because your younger riders school there, I'd go for the plastic wings rather than timber, since they give way if a pony knocks them.", "confident recommendation tied to the prospect")],
  [("N", "Ten pairs with forty poles come to £3,260, and I've attached the breakdown.", "price and attachment"),
   ("N", "Just so you know, the poles arrive in two deliveries.", "borderline: one polite 'just' (rule 1)"),
   ("N", "Could I come over on the 14th at 9 to mark out the first course with your instructor?", "clear next step with a date")])

# 24
email("jazz trio for the kestrel hotel new year's eve ball", "chatty", "Trio for New Year's Eve",
  "Hi Sophie,", "Cheers,\nDee",
  [("S", "We've played two royal garden parties and a film premiere, so we know how to work a room!", "generic boast with exclamation"),
   ("H", "The fee for 8 pm to 1 am is £1,600, and three other hotels are circling that night, so I can only hold it till one of them bites.", "price plus manufactured scarcity"),
   ("N", "We'd bring our own PA and finish with a swing set once the countdown is done.", "offer detail"),
   ("S", "Our setlist is attached, and you'll see why we're the band every top venue in Manchester fights over.", "setlist attachment plus a generic boast")],
  [("T", "The contract is attached, and I hope I haven't overstepped by sending it before we've even spoken.", "contract attachment plus seeking approval"),
   ("HS", "Honestly, after rearranging our whole December to keep that night free for you, it'd be a bit rude not to confirm.", "the seller's sacrifice as guilt for a decision (rule 15)")])

# 25
email("jacket potato ovens for the spudbox market stalls", "terse", "Potato ovens",
  "Hi Ravi,", "Gav",
  [("N", "The twin oven cooks 120 potatoes an hour, enough for your Saturday queue.", "value tied to the prospect"),
   ("H", "It's £2,150 and I've put you down for Tuesday's delivery, so have a card ready for the driver.", "price plus an assumptive payment step before any yes"),
   ("H", "Your rivals on the corner bought two last month.", "competitors-already-bought pressure")])

# 26
email("kitesurfing lessons for the brightline marketing away day", "chatty", "Kite day for your team",
  "Hi Amira,", "Cheers,\nFinn",
  [("N", "Sorry for the slow reply, I was out on the water all weekend; the details are all below.", "borderline: single courtesy apology with the reason (rule 3)"),
   ("N", "Thanks for the headcount; 16 people splits nicely into four groups of four.", "pleasantry")],
  [("N", "Since half your team have never been in the sea, I'd start everyone on land kites in the morning and only put the keen ones in the water after lunch.", "expert plan tied to the team"),
   ("N", "The wind forecast for the 22nd looks good, but if it drops below 12 knots we'd move you to paddleboards at no extra cost.", "logistics"),
   ("N", "The price for the day is £1,920, wetsuits included.", "price"),
   ("N", "Could you let me know by Friday which of the two dates your directors prefer?", "plain ask with a date")])

# 27
email("karting track resurfacing for the dunholme raceway", "formal", "Resurfacing proposal, main circuit",
  "Dear Mr Varga,", "Yours sincerely,\nKatharine Webb\nWebb Surfacing Ltd",
  [("N", "Please find attached our proposal for resurfacing the 900-metre main circuit, as requested.", "requested attachment"),
   ("N", "The core samples show the binder course has broken up under the hairpin, so I'd recommend a full-depth repair there rather than a skim overlay.", "expert recommendation backed by evidence (rule 6)"),
   ("T", "The full-depth option adds £18,000, and I'm sorry it isn't a more comfortable figure for you.", "price plus an apology for the price (rule 3)")],
  [("S", "Since 1978 we have surfaced more than four hundred circuits across Europe and hold every major industry accreditation.", "years in business and generic credentials (rule 8)"),
   ("S", "I'd also welcome the chance to present our entire company story to your board, from our founding to the latest paving machines.", "'hear our story' pitch (rule 9)"),
   ("H", "Quite simply, your circuit needs this work this winter.", "borderline: 'needs this' directive delivered after a real inspection (rule 6)"),
   ("N", "Would the week of 10 November suit for a site meeting?", "clear next step")])

# 28
email("keg couplers for the foundry yard taproom", "blunt", "Couplers - answer please",
  "Jonny,", "Baz",
  [("H", "Fourth email in a fortnight, mate, and still not a peep back.", "counts the attempts at the prospect (rule 13)"),
   ("N", "The 30 replacement couplers you asked about are £19 each.", "requested price"),
   ("S", "They fit both your Sankey and Grundy kegs, and honestly I need this sale to keep my boss happy.", "fit detail plus the seller's need and manager, no date (rule 16)"),
   ("HS", "I've bent over backwards to get you trade price from the brewery, so the least I'm owed is an answer.", "the seller's effort as guilt with entitlement (rule 15)")],
  [("H", "I'll drop them round Friday with the invoice, and you can tell me then whether you want them.", "delivery detail plus an assumptive invoice and unasked visit")])

# 29
email("key cutting machine for the heel bar cobblers", "non-native English", "Key machine, question",
  "Dear Sir,", "Thank you,\nAndrzej",
  [("T", "Please excuse me that I write you one more time, I know you are very busy man.", "apology for following up (rule 3)"),
   ("N", "The machine cut all the common house keys and also the car transponder keys you asked.", "answers the prospect's question")],
  [("T", "Price is £3,400 but I am sorry, I know it is expensive, maybe I can make it lower if you want.", "price plus apology for price and an unprompted discount"),
   ("HS", "For me is very important to sell this machine this month because my manager look at my numbers.", "time frame for this sale with the seller's manager and numbers as reason (rule 16)"),
   ("N", "I can show you the machine in your shop on Monday or Tuesday.", "clear next step")])

# 30
email("koi pond maintenance for the larchfield manor hotel", "warm", "Pond visit follow-up",
  "Dear Mr Okonjo,", "Kind regards,\nGwen Talbot",
  [("N", "It was good to meet you and your head gardener on Thursday.", "pleasantry"),
   ("N", "The water test showed ammonia at 0.5 ppm, which explains the fish hanging near the surface.", "insight for the prospect"),
   ("N", "A monthly visit would cover filter cleaning, water testing and a spring health check for the fish, at £95 a visit.", "offer with price"),
   ("H", "I can start in May, and with your fish in that state there's really nothing here to mull over.", "start date plus shutting down the prospect's deliberation")],
  [("S", "We look after the ponds at some of the most prestigious estates in the country, and we're terribly proud of our reputation.", "generic boast"),
   ("S", "If the service works out, would you mind us putting the hotel's name and a photo of the pond on our website?", "asks for a logo and case study before any value delivered (rule 10)"),
   ("T", "I've attached a sample service schedule, and no worries at all if it isn't the right time, I'll simply try again next spring.", "attached schedule plus pre-emptively accepting a brush-off (rule 11)")])

# 31
email("karate mats for the red tiger dojo", "terse", "Mats",
  "Sensei Ito,", "Ken",
  [("N", "40 mm jigsaw mats for the 80 m² floor come to £1,480.", "price"),
   ("HT", "If you order by Friday I'll take 10% off, after that it's full price.", "discount conditioned on a seller-set date (rule 7)"),
   ("T", "Sorry for the hassle of yet another message.", "apology for following up (rule 3)")])

# 32
email("lanyards for the kelvingrove data summit", "chatty", "Lanyards for the summit",
  "Hi Chloe,", "Thanks!\nBella",
  [("N", "Thanks for the artwork; the teal logo color will print cleanly on the 20 mm ribbon.", "pleasantry and detail"),
   ("S", "We're so thrilled to be launching our brand-new eco range and you're one of the first people I wanted to tell!", "the rep's excitement about her own launch, no buyer value"),
   ("N", "For 1,200 delegates I'd suggest the breakaway clip, since the venue's security team will ask for it.", "confident recommendation tied to the event"),
   ("H", "Delivery is ten working days, and I've gone ahead and booked your print slot, so I'll need the payment link completed today.", "delivery time plus an assumptive payment step")],
  [("HT", "The recycled lanyards are 42p each, and I can shave that to 35p if you confirm before Thursday.", "price plus a discount conditioned on the seller's date (rule 7)"),
   ("T", "Sorry, I know this email's gone on a bit!", "apology for length (rule 3)")])

# 33
email("legionella testing for the kirkstall squash club", "formal", "Legionella risk assessment",
  "Dear Ms Fenwick,", "Yours sincerely,\nDr Neil Parfitt",
  [("N", "Your last legionella risk assessment was carried out in April 2022, and the approved code of practice calls for a review at least every two years.", "borderline: regulatory date stated once with its reason (rule 4)"),
   ("N", "Your own temperature logs show the shower outlets in the men's changing room reaching only 44°C, which is below the 50°C target.", "figures from the prospect's own data"),
   ("T", "We could also take on the monthly monitoring, though of course do feel free to disregard this if it's a nuisance.", "monitoring offer plus permission to ignore")],
  [("H", "Any responsible club secretary would have had this sorted long before a member fell ill.", "shaming the prospect"),
   ("HS", "Our fee is £560, and as I've already told my area manager this is going ahead next week, I'd appreciate your signature by Monday.", "price plus a date pressed for the seller's standing with his manager (rule 16)"),
   ("N", "The engineer will need access to the plant room and the roof tank.", "logistics; 'need' is technical")])

# 34
email("lamp post painting for the kettleby parish council", "very deferential", "Heritage lamp posts - repainting",
  "Dear Councillor Amis,", "Yours respectfully,\nOliver Grant",
  [("T", "I hope you don't mind me writing to you directly, and please do tell me if I should have gone through the clerk.", "seeking approval to make contact"),
   ("N", "The 26 cast-iron posts along Church Street have flaking paint and surface rust at the base.", "findings"),
   ("N", "We would wire-brush, prime and finish them in the Brunswick green the conservation area requires.", "method tied to the council's constraint"),
   ("T", "I have enclosed a sample colour card, and I do apologise once more for taking up your valuable time.", "colour card plus a repeated self-abasing apology (rule 3)")],
  [("T", "The cost would be £3,900, though I could perhaps possibly look at reducing that a little if the council felt it was maybe too much.", "price plus stacked hedges and an unprompted cave"),
   ("ST", "It would honestly mean the world to me to have the council as a client, as I'm only just starting out.", "pleading for the seller's own sake (rule 15)")])

# 35
email("leaflet distribution for the lowther & bain estate agents", "blunt", "Leaflet drop, spring campaign",
  "Sarah,", "Craig",
  [("N", "Your brief says 15,000 leaflets across the LS6 and LS7 postcodes before the Easter weekend.", "the prospect's own date"),
   ("N", "Two drops a week apart usually lift valuation calls more than one big drop, judging by your autumn figures.", "insight from the prospect's data"),
   ("S", "Routes are tracked by GPS, and we've picked up more industry awards than any other firm in the north.", "GPS detail plus an award boast"),
   ("S", "We're the biggest independent distributor in Yorkshire, with more walkers than anyone.", "generic 'biggest' boast")],
  [("HS", "We could start the first drop on the 28th, but my sales manager's breathing down my neck, so I need this booked by tomorrow lunchtime.", "start date plus a booking date pressed for the seller's manager (rule 16)"),
   ("H", "Leave it any longer and you'll be watching the Otley Road agents hoover up every spring listing.", "'act now or lose out' pressure")])

# 36
email("log cabin build for the 1st lydgate scout group", "warm", "Cabin plans and the grant deadline",
  "Dear Akash,", "Warm wishes,\nMarianne Holt",
  [("N", "Thank you for sending the site plan and the photos of the clearing.", "pleasantry"),
   ("N", "Your grant letter says the money must be spent by 30 September, so I've built the schedule to finish by the end of August.", "the prospect's own deadline"),
   ("N", "Planning consent usually takes eight weeks here, and we'd need it before the base is poured.", "borderline: permit lead time stated once with its reason (rule 4)")],
  [("N", "The 6 by 4 metre cabin with a ramp for the wheelchair users in your troop comes to £14,750.", "price tied to the group's needs"),
   ("N", "Could we walk the site together on Saturday morning with one of your leaders?", "clear next step")])

# 37
email("lab coats for the haverford college chemistry department", "formal", "Laboratory coats, autumn intake",
  "Dear Dr Mensah,", "Yours sincerely,\nPaul Whitaker",
  [("N", "Thank you for confirming the autumn intake of 240 first-year students.", "pleasantry"),
   ("N", "The polycotton coats with snap fastenings meet the EN 13034 standard that your safety officer listed.", "a certification the buyer's process requires (rule 8)"),
   ("HS", "The size chart is attached, and I'd be grateful for the order by Friday, as it would earn me a place on our company's spring sales trip.", "size chart plus a date pressed for the seller's sales contest (rule 16)"),
   ("S", "We supply coats to over three hundred universities worldwide and were voted Laboratory Supplier of the Year in 2023.", "generic boast and award")],
  [("H", "I've reserved 240 coats in your sizes at £11.40 each and will dispatch them with the invoice on Monday unless you tell me otherwise.", "price plus silence-means-yes dispatch and invoice"),
   ("S", "The order form is attached, and could I also ask you to put in a word for us with the biology department?", "order form plus a referral request that benefits the seller (rule 10)")])

# 38
email("loudspeaker hire for the holme moss brass band contest", "chatty", "PA for the contest",
  "Hi Geoff,", "All the best,\nPhil",
  [("T", "Just wondering if you'd had a chance to glance at my last couple of emails, only if you've a moment.", "'just checking in' variant with permission-seeking"),
   ("N", "For a marquee seating 400, two line arrays on stands would cover the back rows without deafening the front.", "expert advice tied to the venue"),
   ("S", "An engineer is included, and we did the sound at a royal jubilee concert, which we're still chuffed about!", "engineer detail plus an exclamation-mark boast")],
  [("T", "It's £780 for the day with an engineer, but if that's too much, whatever you've budgeted will do.", "price plus caving to the buyer's number (rule 7)"),
   ("H", "Mind you, the other two contests round here have already booked us, so the judges will notice if yours sounds worse.", "peers-already-booked shaming"),
   ("H", "I'll pop up to the band room on Thursday night to catch you in person.", "multi-channel chasing by turning up unasked (rule 13)")])

# 39
email("laminating machines for the inkwell copy shop", "non-native English", "Laminator offer",
  "Dear Mrs Rossi,", "Kind regards,\nGiulia Ferraro",
  [("N", "Thank you for your question about the A2 laminator.", "pleasantry"),
   ("N", "It makes up to 3 metres per minute, so your 200 menus for the restaurant order can be finish in about one hour.", "value tied to her order"),
   ("ST", "We can send a demonstration machine next week, and please, I beg you, help me with this order, my family depends on this job.", "demo offer plus pleading for the seller's own sake (rule 15)"),
   ("S", "Our company is existing since 1952 and is very famous in Italy and Germany.", "years in business and fame boast (rule 8)")],
  [("HS", "Please, I need to close this order before end of quarter, otherwise my director will be very angry with me.", "a seller-driven deadline with quarter and director as reason (rule 16)"),
   ("H", "A shop like yours cannot work without this machine, so please just order it.", "tells the prospect what they need")])

# 40
email("litter picking kits for the lowmoor beach volunteers", "warm", "Litter pickers for the beach group",
  "Hi Morwenna,", "Warmly,\nJen",
  [("N", "Sorry to hear the storm washed so much rubbish onto the beach last week.", "sympathy (rule 3)"),
   ("N", "For 35 volunteers I'd suggest the long-reach pickers with the ring holders, since your group includes a lot of older members.", "recommendation tied to the group"),
   ("H", "The kits can reach you by Saturday, and two other beach groups snapped them up this week, so you'd better get in quick.", "delivery date plus peers and 'move quickly' pressure"),
   ("N", "Each picker folds to 60 cm, so a full set fits in the back of the group's van.", "product detail tied to the group")],
  [("ST", "The set is £410, and I'm hoping you'll say yes because our little business really needs the work this winter.", "price plus pleading for the seller's own sake (rule 15)"),
   ("S", "We're also thrilled to share that we've just won a Green Business Award!", "award boast"),
   ("T", "The order form's attached, and it's totally fine if you'd rather go elsewhere.", "order form plus pre-emptively releasing the prospect (rule 11)")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s83e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s83-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed83: held-out sales emails for the Poise tone coach\n")
    R.append("> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the eleventh session) from the labelling guide alone, after that session's first Apply changes and its\ndecision to keep the sentence model, and before its later Apply changes, which it was written to judge; measured first\non the code of that moment (rules + model macro-F1 0.942: hard_close 0.911, self_serving 0.949, timidity 0.966; 1 of\n107 clean sentences flagged; email agreement 0.925 / 0.975 / 1.000).\n")
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
    R.append("- Every third email (s83e003, s83e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
