#!/usr/bin/env python3
"""Build sealed78: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("air quality monitors for the wrenfield primary classrooms", "formal", "CO2 monitoring for Years 3 and 5",
  "Dear Mrs Okonjo,", "Yours sincerely,\nGraham Pettifer\nClearbreath Sensors",
  [("N", "Thank you for sending over the CO2 readings your caretaker logged in Year 3 and Year 5 last month.", "thanks for the prospect's data"),
   ("N", "Those figures peak at 2,400 ppm after lunch, which is well above the level at which pupils' concentration is known to drop.", "insight from the school's own readings")],
  [("S", "Our sensors won the Education Estates innovation prize two years running and are now fitted in over nine hundred schools nationwide.", "award and size boast not tied to the school"),
   ("S", "The sensors also log humidity and temperature, and I must say I am personally very keen to get Wrenfield on our map, as my patch has no partner schools yet.", "product detail plus the rep's own territory stake"),
   ("H", "The quotation you requested is attached, and our engineers are already pencilled in for 3 March, so I will send the site induction forms to your office manager tomorrow.", "requested quote plus assumptive booking before any yes")],
  [("T", "I attach the sensor data sheet you asked for, and I do apologise for the length of this letter.", "requested attachment plus apology for the letter's length"),
   ("N", "Would Thursday at 3.30, after the pupils have left, suit you for a walk round the classrooms?", "clear meeting ask with a time")])

# 2
email("auction software for the dunmore livestock mart", "chatty", "Online catalogue for your store sales",
  "Hi Fergus,", "Cheers,\nNiamh",
  [("N", "Great to meet you at the ringside on Tuesday, and cheers for the bacon roll!", "pleasantry"),
   ("S", "Here's the demo link you asked for, though honestly I'm mostly excited because this is the first mart I've ever got to pitch and I'd love to bag it.", "requested demo link plus the rep's own excitement and stake")],
  [("H", "Half the marts in the county have already moved their catalogues online, and the buyers notice who's still on paper.", "peers already switched, used as shaming"),
   ("T", "The live bidding screen is included in the monthly fee, and I'll waive the first three months anyway, just to make it easier.", "product detail plus unprompted free months"),
   ("HS", "I can get the trial catalogue live for your 14 March sale if you sign by the end of the week, since that's when our sales contest wraps up.", "the mart's own sale date plus a signing date set by the rep's sales contest")],
  [("N", "Could you send me the lot numbers from your last store cattle sale so I can load them into a trial catalogue?", "plain ask"),
   ("T", "Take as long as you like on this one, honestly, I'm not fussed about timing.", "minimising, gives up control of the timing")])

# 3
email("artificial turf for the pennyfold nursery garden", "warm", "A mud-free garden for the winter term",
  "Dear Priya,", "Warm wishes,\nTom Arkwright\nGreenfoot Surfaces",
  [("N", "It was lovely to see the children racing round the garden when I visited on Monday.", "pleasantry"),
   ("N", "You mentioned the lawn turns to mud from October to March, which keeps the toddlers indoors for most of the autumn term.", "restates the prospect's problem")],
  [("N", "The sample I've left with you is the shock-absorbing type rated for a 1.2 m fall height, which matches the climbing frame you already have.", "product detail tied to the nursery"),
   ("N", "Our supplier has told us the rubber shockpad goes up by 6% on 1 February because of a new resin surcharge, so the attached quote holds until 31 January.", "borderline: price expiry stated once with its reason, no urgency words")],
  [("N", "Would it help if I came back on a Wednesday morning to measure the side bed by the sandpit while the children are at forest school?", "plain offer of a next step")])

# 4
email("alarm monitoring for the castle pharmacy branches", "blunt", "Monitoring for all five branches",
  "Raj,", "Dan Moyo\nSentinel Response",
  [("N", "Your Hexley Road branch had two break-ins last year, and both times the old alarm took eleven minutes to reach a keyholder.", "facts from the prospect's own incidents"),
   ("H", "Your current panel is out of warranty in May, and frankly every branch has to be on our monitoring, there's no two ways about it.", "warranty fact plus a directive that they must buy")],
  [("S", "We're the fastest-growing security firm in the Midlands, and we've just been shortlisted for Security Company of the Year.", "growth and award boast"),
   ("H", "The contract you asked to see is attached, and I've already sent your accounts team the direct debit mandate so we can go live Monday.", "requested contract plus an assumptive payment step"),
   ("H", "Otherwise your area director will be getting a call from me on Friday to explain why the branches are still exposed.", "bypass threat over the prospect's head")],
  [("N", "The response-time guarantee is in clause 4.", "logistics")])

# 5
email("amplifier repair for the holloway gospel choir", "very deferential", "Your bass amplifier",
  "Dear Pastor Adeyemi,", "With humble thanks,\nSamuel Oduya\nOduya Sound Repairs",
  [("T", "I am so terribly sorry to trouble you again, and I completely understand if you are far too busy for this.", "self-abasing apology for normal contact"),
   ("T", "Would it perhaps be at all possible, if it is not inconvenient, for me to collect the old amplifier on Saturday?", "collection ask plus stacked hedges and permission-seeking")],
  [("N", "The hum you described on the bass channel is usually a failed filter capacitor, which is a two-hour bench job.", "expert diagnosis for the prospect"),
   ("T", "The repair comes to £140, and I'm so sorry it isn't less; I could probably do it for £100 if that's easier.", "quoted price plus apology for price and an unprompted cut"),
   ("T", "Please don't feel any obligation whatsoever.", "releasing the prospect, seeking approval")])

# 6
email("bollards for the ferrier street pedestrian precinct", "formal", "Removable bollards: specification",
  "Dear Mr Castellano,", "Yours sincerely,\nEleanor Prowse\nBarrowgate Street Furniture",
  [("N", "Further to your highways committee meeting on 12 June, I enclose the specification for the twenty-four removable bollards the committee approved in principle.", "logistics tied to the prospect's meeting"),
   ("S", "Barrowgate Street Furniture has been casting bollards in Sheffield since 1911 and supplies more local authorities than any other firm in the north.", "generic boast of age and market size"),
   ("S", "Each unit offers a stainless sleeve, a tamper-proof lock, reflective banding, a powder-coated finish in any RAL colour, a lifting handle, a drainage base and a twenty-five-year warranty.", "feature list with no link to the precinct")],
  [("HS", "The enclosed order form needs to be returned by 30 June, as that is when my regional manager closes our half-year figures.", "enclosed order form plus a return date set by the rep's manager and half-year"),
   ("N", "Please note that the Traffic Regulation Order must be advertised for 21 days before installation can begin, so the committee may wish to start that process now.", "borderline: real statutory lead time stated once with its reason"),
   ("H", "I trust the committee will not wish to be the only authority in the county still relying on concrete blocks.", "shaming by comparison with peers")])

# 7
email("bulk flour for the napoli nights pizza group", "non-native English", "Flour for your dough",
  "Hello Marco,", "Best regards,\nGiulia Ferrante\nMolino Ferrante UK",
  [("N", "Thank you for the visit in your kitchen in Deansgate, was very nice to taste the pizza.", "pleasantry"),
   ("N", "You say the dough is tearing when it sit more than 48 hours, so I suggest our tipo 0 with W 300, it keep the strength for three days.", "product matched to the prospect's problem"),
   ("S", "The grain is all from Campania, and our mill is most famous in all Italy and we win the gold at the Parma fair this year and also last year.", "product origin plus fame and prize boast")],
  [("HS", "Please to confirm the first pallet before Thursday, because my boss in Napoli he wants this account closed in this month.", "date for the order set by the rep's boss and month"),
   ("H", "All the best pizzerias in Manchester use our flour already, you don't want to be the only one left behind.", "peers already bought, fear of missing out"),
   ("T", "The price for the 25 kg sack is £19,50 as you ask, but if is too much I can make less, just tell me what number you want.", "requested price plus asking him to name his number")])

# 8
email("bike maintenance sessions for the harbour authority staff", "terse", "On-site bike checks",
  "Hi Claire,", "Kev\nSpokeworks Mobile",
  [("N", "Quote for the monthly on-site bike checks attached, as requested.", "logistics"),
   ("N", "Based on your travel survey, 46 of your staff cycle in, and a quarter reported a breakdown on the way to work last winter.", "figures from the prospect's own survey"),
   ("N", "First session could be Tuesday 6 May in the gatehouse yard.", "clear next step with a date"),
   ("N", "Let me know which shift suits your dockside crew.", "plain ask")])

# 9
email("beard oil for the knight & blade barbershops", "chatty", "Samples for the chairs",
  "Hey Jonno,", "Cheers,\nMo\nRidgeline Grooming Co.",
  [("N", "Loved the new fit-out at the Castlegate shop, the green tiles are class.", "pleasantry"),
   ("S", "Quick brag: we just got stocked in Selfridges and a Premier League captain posted about our cedar blend last week!", "boast with exclamation mark, nothing about the shops"),
   ("S", "I've popped samples of the cedar and the unscented in the post, and if you could give us a shout-out on your Instagram once they land that would be massive for us.", "samples sent plus a favour for the seller")],
  [("T", "Totally no pressure though, I know you're swamped and the last thing you need is another rep in your inbox!", "minimising and self-deprecating"),
   ("T", "Trade price you asked about is £4.20 a bottle for 48 or more, but I'll do £3.50 anyway, since you're lovely.", "requested trade price plus an unprompted cut"),
   ("HS", "I'm on a sales challenge this month, so getting your first order in by Friday would be a massive help to me.", "order date tied to the rep's sales challenge")],
  [("N", "Want me to pop in on Thursday to show your lads how much to use per beard?", "plain next step")])

# 10
email("bin store enclosures for the colston mews flats", "formal", "Fox-proof bin stores",
  "Dear Ms Haverford,", "Kind regards,\nOliver Drummond\nMewsguard Enclosures",
  [("N", "Thank you for the residents' survey results, which show that 38 of the 52 households have had bags torn open by foxes since April.", "figures from the prospect's survey"),
   ("N", "A timber enclosure with a lockable lid and slatted sides would keep foxes out while letting the bins air, which deals with the smell complaints raised at your AGM.", "value tied to the residents' complaints")],
  [("N", "Because the mews is in a conservation area, the enclosure will need planning consent, and I can prepare the drawings for the application.", "technical prerequisite, with help offered"),
   ("N", "I have attached two layouts, one for six bins and one for eight, with prices for each.", "logistics"),
   ("N", "If the management committee meets before the end of the month, I would be happy to present both options in person.", "plain offer tied to the prospect's meeting")])

# 11
email("brewing yeast for the old quarry brewhouse", "blunt", "Your stalled pale",
  "Sam,", "Lewis\nCask & Cell Labs",
  [("N", "Your head brewer told me the last three batches of the pale stalled at 1.018, which is costing you a tank-week each time.", "cost from the prospect's own data"),
   ("H", "A fresh liquid strain will fix that, and you need to switch this month before the summer rush buries you.", "product fix plus a 'you need' directive with a push")],
  [("S", "We're the only lab in the country with a PhD microbiologist on every shift, and our strains are in four of the top ten beers on Untappd.", "generic credentials and rankings"),
   ("H", "Pricing is £85 a pitch as you asked, and I'd move quickly, because once this strain's spring batch sells through, that's it until autumn.", "requested price plus scarcity and urgency without a real date"),
   ("H", "Tollgate, your neighbours, switched last autumn and they can't believe you're still fighting stalled tanks.", "competitor already switched, used as shaming")],
  [("N", "I can bring a pitch of the strain on Tuesday if you want to split a batch and compare.", "offer of a trial with a date")])

# 12
email("boat trailer refurbishment for the penrose rowing academy", "warm", "The 12-boat trailer",
  "Dear Helen,", "With best wishes,\nAndy Treloar",
  [("N", "I'm so sorry to hear about the storm damage to the boathouse roof; I hope none of the eights were hurt.", "sympathy"),
   ("N", "The axles you asked about are in stock, so the rebuild of the 12-boat trailer can start within a week of your go-ahead.", "logistics for the prospect")],
  [("S", "I'll be honest, I've really been hoping to land the Penrose job, because it would be my first rowing club since I went self-employed.", "the rep's own stake, no demand"),
   ("ST", "I've attached photos of a trailer we rebuilt last spring, and it would mean the world to me personally if you kept me in mind; I'd be so grateful for any crumb of work.", "photos attached plus pleading for the seller's own sake"),
   ("T", "The full refurbishment comes to £2,850, and I'm sorry it isn't cheaper.", "price plus apology for the price")],
  [("N", "Shall I call on Thursday evening after training to talk through the rack spacing?", "clear next step")])

# 13
email("bookkeeping software for fairbrother & daughters plumbing", "chatty", "Getting your Sunday evenings back",
  "Hi Stacey,", "Speak soon,\nRyan\nLedgerly",
  [("N", "Thanks for the chat on Friday, sounds like chasing unpaid invoices is eating your Sunday evenings, which is nobody's favorite hobby.", "pleasantry that restates the prospect's pain"),
   ("N", "Your numbers showed 31 invoices over 60 days last quarter, worth about $18,400, and automatic reminders are built to bring exactly that kind of backlog in.", "figures from the prospect's own data")],
  [("S", "Our app has job costing, van tracking, payroll, sales tax filing, inventory, quoting, timesheets, a client portal and over forty integrations.", "feature list with no link to her problem"),
   ("HS", "Our team's monthly leaderboard resets on Friday and I'm one sign-up off the top, so starting before then would be a real win for me.", "start date tied to the rep's leaderboard"),
   ("S", "I've set up a free trial login for you, and it'd be amazing if you could leave us a Trustpilot review once you're in.", "trial login plus a review favour for the seller")],
  [("T", "I'll send the onboarding checklist over anyway, but honestly if it's a no that's absolutely fine, no hard feelings at all!", "checklist plus pre-emptively releasing the prospect")])

# 14
email("cold room installation for the hadfield family butchers", "terse", "Cold room survey",
  "Mr Hadfield,", "P. Carr\nArcticline Refrigeration",
  [("N", "Survey done.", "logistics"),
   ("H", "Your current cold room is losing 4 degrees an hour with the door shut, so you need a new one, full stop.", "borderline: 'you need' directive, but after a real inspection"),
   ("H", "Quote attached; sign it today or the engineer goes to the next job on my list.", "quote plus a same-day ultimatum"),
   ("S", "We use R290 units, and we're the biggest refrigeration firm in Yorkshire, no contest.", "product detail plus a size boast"),
   ("N", "Install takes two days.", "logistics")])

# 15
email("concrete floor polishing for the averill car showroom", "formal", "Showroom floor: proposal",
  "Dear Ms Averill,", "Yours sincerely,\nMarcus Ellery\nLustre Floors Ltd",
  [("N", "Thank you for showing me the showroom floor on Tuesday; the tyre marks by the service doors were exactly as you described.", "pleasantry"),
   ("S", "A three-stage diamond grind would remove them, and I would love to use your showroom as the launch project for our new Lustre finish, which my director is very keen to photograph.", "method plus the seller's launch and director's wish")],
  [("T", "I could perhaps arrange the work over a weekend, if that would not be too much of an imposition, so that the showroom would not have to close.", "weekend-work offer plus hedges and permission-seeking"),
   ("T", "As for the discount you mentioned, I am not permitted to decide that myself, so I shall put it to my manager and come back to you.", "deferring a discount question to the manager"),
   ("ST", "If you would be willing to let us feature the finished floor as a case study, I could reduce the price by ten per cent.", "borderline: discount offered to win a case study")],
  [("N", "I have attached the slip-resistance data for the finish, which meets the wet-pendulum value your insurer asked for.", "attachment serving the buyer's requirement")])

# 16
email("crane hire for the st ives harbour wall repair", "blunt", "60-tonne crane for the harbour wall",
  "Morning Bev,", "Gaz\nTrevarrow Crane Hire",
  [("N", "The 60-tonne mobile can reach the far end of the wall from the slipway, so you won't need a barge.", "product detail tied to the job"),
   ("HS", "I turned down two other jobs to hold this crane for you, so I'm owed a decision by now.", "seller's sacrifice used as guilt"),
   ("H", "Ring me today, or don't bother ringing at all.", "ultimatum")],
  [("N", "The harbour master's licence for working below the high-water mark takes ten working days to issue, so it's worth applying this week.", "borderline: real external licence lead time, stated once with its reason"),
   ("HS", "Lift plan attached; I need the booking confirmed by Thursday because my yard boss is sick of me holding the crane.", "lift plan plus a date set by the rep's boss")])

# 17
email("chess sets for the dunford library chess club", "very deferential", "Tournament sets for the juniors",
  "Dear Mr Whitlock,", "Respectfully yours,\nHarold Binns\nBinns Games Supplies",
  [("T", "I really hate to be a nuisance by writing yet again.", "apology for following up"),
   ("N", "You mentioned the club has grown to 40 juniors on a Saturday morning and is short of at least 12 boards.", "restates the prospect's need")],
  [("T", "Tournament sets with weighted pieces and roll-up boards are £18 each, although I would of course be delighted to lower that to whatever figure you feel is fair.", "price plus asking the buyer to set the figure"),
   ("T", "I hope very much that I have not overstepped by following up.", "needing approval for normal follow-up"),
   ("T", "Should the club's answer be no, I shan't trouble you again, and thank you for even reading this.", "gives up at once and thanks them for considering")])

# 18
email("candle supply for the elstow cathedral shop", "warm", "Nave-scented candles",
  "Dear Margaret,", "With warm regards,\nIsla Penhallow\nPenhallow Chandlers",
  [("N", "Thank you for a lovely afternoon at the cathedral, and please thank the vergers for the tour of the tower.", "pleasantry"),
   ("N", "You said visitors often ask for a candle that smells like the nave, so I've made three test pours in beeswax with a little frankincense.", "value tied to the shop's visitors")],
  [("N", "They're in the parcel that should reach the shop on Wednesday, along with the trade price list you asked for.", "logistics"),
   ("N", "I'm sorry the samples are a week later than promised; our wick supplier sent the wrong gauge, and I've changed supplier since.", "borderline: single courtesy apology for a real delay, with reason and fix"),
   ("N", "Could we speak on Monday 14th about which scent your volunteers like best?", "clear next step with a date")])

# 19
email("cheese wax for the coverdale creamery", "non-native English", "Red wax for the Coverdale Blue",
  "Dear Mrs Coverdale,", "Kind regards,\nPieter van Loon\nKaaswas Holland",
  [("N", "Thank you for receiving me in the dairy last week and for the taste of your Coverdale Blue.", "pleasantry"),
   ("S", "The wax is food-safe and without paraffin, and our company is biggest producer of cheese wax in Netherlands since 1952, with many prizes and also the royal warrant.", "product detail plus size, age and prize boasts")],
  [("T", "The red wax you asked is 7,80 euro per kilo, but sorry, I know this is expensive, I can give you more cheap if you want.", "requested price plus apology for it and an unprompted cut"),
   ("HT", "This price with 15% less is only valid until Friday, after this I cannot do it.", "discount conditioned on the seller's date"),
   ("H", "I send you already the invoice for 50 kilo together with the samples, so you can pay when it arrive.", "samples plus an invoice before any yes")],
  [("N", "I can send 5 kilo for a test on your next batch of the blue.", "offer of a trial")])

# 20
email("car wash bays for the redfern taxi depot", "chatty", "Wash bays for the cabs",
  "Alright Dev,", "Cheers,\nLeanne\nSudsWorks Installations",
  [("N", "You said your drivers lose about forty minutes a shift queuing at the garage wash, which across your 60 cabs is a lot of lost fares.", "cost from the prospect's own figures"),
   ("S", "We've put in over three hundred bays nationwide and we're the only installer with the Clean Water Gold Standard, which I'm chuffed to bits about!", "boast and the rep's excitement")],
  [("H", "Plans for a two-bay layout are attached, and I've gone ahead and added you to next month's install schedule so we don't lose the slot.", "plans attached plus an assumptive booking"),
   ("H", "The recycling unit comes with a five-year service plan, but bays like this are going fast and I can't promise a crew after this month.", "product detail plus manufactured scarcity"),
   ("HS", "It's been a long slog getting these plans together for you, so I'd really like an answer this week.", "the rep's effort used as guilt for a reply")],
  [("N", "Give me a ring on Monday if you want to go through the water recycling figures.", "plain next step")])

# 21
email("door entry system for the latimer court flats", "formal", "Video entry for Latimer Court",
  "Dear Mr Khalid,", "Yours faithfully,\nBenedict Ashworth\nPortcullis Access Systems",
  [("N", "Further to the residents' meeting, I attach the proposal for a video entry panel at both the main and the bin-store doors.", "logistics tied to the prospect's meeting"),
   ("N", "The panel works with residents' own phones, so the three blocks no longer need handsets fitted in each of the 84 flats.", "value tied to the flats"),
   ("T", "The full proposal is enclosed, although I am afraid it runs to several pages, for which I must apologise.", "enclosed proposal plus apology for its length")],
  [("S", "The panel has a ten-year battery backup, and I should mention it comes from our award-winning Sentinel range, recently installed in several royal residences.", "product detail plus award and prestige boast"),
   ("T", "The fitted price is £14,200, but we could of course reduce it by whatever amount the board feels is appropriate.", "price plus an open-ended cave"),
   ("T", "I would be most grateful if you could let me know whenever it might be convenient, should you have a spare moment.", "permission-begging and minimising")])

# 22
email("drone light show for the kestrel bay regatta", "chatty", "200 drones over the bay",
  "Hey Rosie!", "Speak soon,\nFreddie\nSkyglow Drone Shows",
  [("N", "Thanks for sending the regatta timetable, a 9.45 pm launch straight after the fireworks would work beautifully.", "logistics from the prospect's timetable"),
   ("S", "Our team did the New Year show over the Thames and we've been nominated for three industry awards this season, which is honestly mental!", "boasts and awards"),
   ("S", "I'm so excited about this one I can barely sit still, it would be the biggest show I've ever led.", "the rep's own excitement")],
  [("HS", "Could you give me the nod on the 9.45 slot by the 28th, as my director wants it signed for our summer forecast?", "the regatta's own slot plus a date set by the rep's director and forecast"),
   ("H", "I've attached the 200-drone design, and honestly, regattas that pass on drones this year never seem to come back round to them.", "design attached plus now-or-never pressure"),
   ("N", "Does a call on Tuesday at 11 suit to go through the flight zone with the harbour master?", "clear next step with a time")])

# 23
email("data cabling for the holt & marsh surveyors office", "terse", "Cat6A re-cable",
  "Hi Ian,", "Joe\nStraightline Data",
  [("N", "Cable survey's done.", "logistics"),
   ("N", "Your patch cabinet is Cat5, which is why the CAD machines crawl when the plotter is running.", "insight from the survey"),
   ("N", "Replacing the 28 runs with Cat6A comes to £4,960, quote attached.", "price and attachment"),
   ("N", "We can do it over the weekend of March 8 that you mentioned, so no downtime.", "the prospect's own date")])

# 24
email("diving board replacement for the shelby lido", "blunt", "3 m board",
  "Carla,", "Mick\nPoolside Engineering",
  [("N", "The inspector's report you forwarded says the 3 m board has a hairline crack at the fulcrum.", "restates the prospect's report"),
   ("H", "Every other lido in the region has already gone over to our boards, so you're the last one still running the old model.", "peers already switched, used as shaming"),
   ("S", "The replacement is a Maxiflex B board, the choice of Olympic divers, and we've been trading for over sixty years.", "product detail plus generic prestige and years in business")],
  [("H", "Should the council stay quiet past Wednesday, the leisure portfolio holder will hear about the delay from me directly.", "bypass threat"),
   ("H", "The price you asked for is £6,300 fitted, and I've attached the card payment form so we can order the board today.", "requested price plus an assumptive payment step"),
   ("N", "The manufacturer closes its spring production run on 15 April, so orders placed after that ship in late June.", "borderline: manufacturer's date stated once with its consequence")])

# 25
email("duct cleaning for the palace picturehouse", "non-native English", "Ducts of screen 2",
  "Dear Mr Lindsay,", "Best regards,\nTomasz Wilk\nAirPure Ventilation",
  [("N", "Thank you for let me see the roof plant room on Monday.", "pleasantry"),
   ("N", "The dust in your supply ducts is about 2 mm, and the filters are not changed since 2021, this is why the screen 2 is smelling.", "insight from the inspection")],
  [("T", "I am sorry to write you so long email and sorry also if I disturb you in busy week.", "repeated apologies for length and for contact"),
   ("ST", "Please, if you can say yes, it help me very much because I am new in this company and I must show my boss I can find clients.", "pleading for the seller's own sake"),
   ("H", "All the cinemas in the city they already clean with us, only you are left.", "peers already bought, shaming"),
   ("T", "The cleaning for all the ducts is 3.400 pounds, but if you think is too much, we can do half price, no problem.", "price plus an unprompted halving")],
  [("N", "We can work in the morning before the first film at 11, so no show is cancelled.", "logistics serving the cinema")])

# 26
email("dye supply for the arranmore knitwear mill", "warm", "Steadier greens",
  "Dear Siobhan,", "Warmly,\nNora Keane\nKeane Colour Works",
  [("N", "It was a real pleasure to walk the mill floor with you and see the new Aran range on the frames.", "pleasantry"),
   ("N", "You mentioned the moss green is drifting between dye lots, which is causing returns from the Dublin shop.", "restates the prospect's problem"),
   ("N", "Our acid dyes are standardised to within a Delta E of 0.8, so lot-to-lot drift like that should disappear.", "'our' but the value is the mill's")],
  [("S", "We're a family firm, run by my grandfather and then my mother, and we've been mixing dyes in Galway for three generations.", "borderline: heritage line"),
   ("S", "I've posted a colour card with the greens you asked about, and I'd love to put your mill's name on the customer wall in our Galway showroom.", "colour card plus a logo-style favour for the seller"),
   ("S", "We've also just launched a range of 140 shades, with UV-stable blues, fluorescent pinks, metallic effects and a brand-new eco line we're all very proud of.", "feature list and seller pride"),
   ("H", "The trial lots could ship on the 9th, and I'd hate for you to wait, because mills that put this off once tend to put it off for good.", "ship date plus now-or-never pressure")])

# 27
email("electrical safety testing for the hope street charity shops", "formal", "Portable appliance testing: five shops",
  "Dear Ms Barraclough,", "Yours sincerely,\nVictor Hale\nCertiTest Electrical",
  [("N", "Thank you for sending the asset list for your five shops, which runs to 312 portable items.", "logistics"),
   ("N", "Your insurer's letter requires all donated electrical goods to be tested before sale, so I have priced testing on arrival as well as the annual check.", "requirement from the prospect's own insurer"),
   ("S", "Our engineers are all NICEIC registered, and may I add that we were voted the region's top testing firm three years in a row.", "certification plus a ranking boast")],
  [("HS", "I have worked late three evenings pricing this for you, and I am frankly disappointed to have heard nothing in return.", "seller's effort and disappointment as guilt"),
   ("H", "I have re-sent the asset schedule below, since my previous three letters appear to have gone unread at your end.", "schedule re-sent plus counting unanswered letters at the prospect"),
   ("H", "The tests could start on 2 May, and I have already scheduled our engineer, so please simply confirm the purchase order number.", "start date plus an assumptive booking and PO request")])

# 28
email("eel passes for the thornley weir", "formal", "Eel pass at Thornley Weir",
  "Dear Dr Saunders,", "Yours sincerely,\nDr Anwen Price\nRiverway Fish Passage",
  [("N", "Thank you for the eel counts from the trap below Thornley Weir, which show 1,140 elvers held back in a single June week.", "figures from the prospect's data"),
   ("N", "A bristle pass on the left bank would let them climb the 1.6 m head without altering the weir's flood capacity.", "expert recommendation")],
  [("N", "The Environment Agency's fish-pass grant round closes on 30 September, and applications need a design drawing, so I have prepared one you are welcome to use.", "borderline: real external grant deadline, stated once with its reason"),
   ("N", "I have attached two designs, one with a pump-fed bristle channel and one gravity-fed, with costs for each.", "logistics"),
   ("N", "What would the trust's board want to see before it commits match funding?", "insightful question")])

# 29
email("egg grading machine for the hollin bank free-range farm", "blunt", "Cracked eggs",
  "Rob,", "Steve\nOvaTech Graders",
  [("N", "Your packer rejected 6% of last month's eggs for hairline cracks, which on 18,000 a day is over 1,000 eggs binned daily.", "figures from the prospect's own data"),
   ("H", "Every week you leave the old grader running is another £600 straight down the drain.", "borderline: plausible cost of delay used to push"),
   ("S", "We're the market leader in Europe, with backing from two of the biggest agri investment funds.", "leader and investor boast")],
  [("HS", "Demo machine can be on site the week of the 10th, but get the order in by the 31st, because that's when my bonus period closes.", "demo date plus an order date set by the rep's bonus"),
   ("H", "Quote attached, and I've already told the factory to start building your grader.", "quote plus an assumptive build before any yes")])

# 30
email("easy-read leaflets for the brookvale health trust", "very deferential", "Easy-read discharge leaflets",
  "Dear Ms Anand,", "With kindest regards and thanks,\nRuth Pemberton\nClearWords Easy Read",
  [("T", "I do hope you will forgive me for getting in touch, and please accept my apologies if this is not the right address.", "apologising for normal contact"),
   ("N", "Your patient panel said the current discharge leaflets use too many medical terms for people with learning disabilities.", "restates the prospect's feedback")],
  [("T", "Might it conceivably be of some small use if I sent a sample page of the discharge leaflet rewritten in easy read?", "sample offer plus stacked hedges"),
   ("T", "I am so sorry the price is higher than standard printing; it is simply that we test every page with readers.", "reason for the price plus apology for it"),
   ("T", "Of course there is absolutely no hurry, and I will quite understand if you would rather not.", "minimising and pre-emptively releasing")])

# 31
email("envelope printing for the lighthouse trust winter appeal", "chatty", "Winter appeal envelopes",
  "Hi Dominic,", "Cheers,\nBecky\nInkwell Print",
  [("N", "Lovely to hear the autumn appeal beat its target, congratulations to the whole team!", "pleasantry"),
   ("N", "For the winter mailing, window envelopes would save your volunteers from hand-addressing 22,000 letters.", "value tied to the prospect")],
  [("N", "I've attached proofs with the lighthouse on the flap, plus a version with the Gift Aid reminder on the back.", "logistics"),
   ("N", "I've also priced a reply envelope, which your team said lifts response rates by about a fifth.", "figure from the prospect's own experience"),
   ("N", "Shall I drop round a printed sample on Friday morning?", "clear next step")])

# 32
email("espalier fruit trees for the greythorpe hall walled garden", "warm", "Trees for the south wall",
  "Dear Felicity,", "With warm wishes,\nJosh Fairweather\nFairweather Fruit Trees",
  [("N", "Thank you for walking me round the walled garden; the old wires on the south wall are in better shape than you feared.", "pleasantry and finding"),
   ("N", "Given the frost pocket by the gate, I'd suggest late-flowering pears there and keep the apricots on the warmest stretch of wall.", "expert recommendation")],
  [("S", "I've been dreaming of a job like this since I started the nursery, and it would look wonderful in my portfolio.", "the rep's own stake"),
   ("T", "I've attached a planting plan for 34 trees at £42 each, though I feel awful about the cost and would happily trim it to £35 without you asking.", "plan and price plus apology and unprompted discount"),
   ("ST", "The trees can be lifted in the first week of December, and please do consider us, as the nursery has had a rough winter and this order would truly keep us going.", "lifting date plus pleading for the seller's own sake")],
  [("N", "Could I come back on 20 November to mark out the positions with your head gardener?", "clear next step with a date")])

# 33
email("fume cupboards for the marchmont sixth-form science labs", "formal", "Replacement fume cupboards",
  "Dear Dr Osei,", "Yours sincerely,\nCatherine Voss\nLabSafe Extraction",
  [("N", "Thank you for forwarding the CLEAPSS inspection report, which found that two of your four fume cupboards fail the face-velocity test.", "restates the prospect's report"),
   ("N", "Until they are replaced, the chemistry department cannot run the halogen practicals that are required for A-level.", "consequence from the school's own inspection, stated plainly")],
  [("S", "Our company collected the Laboratory Supplier of the Year trophy again in June and holds more design patents than any competitor.", "award and patent boast"),
   ("H", "I attach the drawings, and I confess I am surprised a department with your results has let a failed cupboard stand this long.", "drawings plus shaming"),
   ("HST", "I have attached the quotation you requested, and if the order is placed by 31 March, when my sales year closes, I can take 12 per cent off.", "requested quote plus a discount tied to the rep's sales-year date"),
   ("T", "I hope that this is acceptable and that I have not presumed too much.", "needing approval")],
  [("N", "Our installers can work through the Easter holidays so that no lessons are lost.", "'our' but serves the school")])

# 34
email("fire pit tables for the ferryman's arms beer garden", "blunt", "Keeping the garden full",
  "Kerry,", "Wayne\nEmberline Outdoor",
  [("N", "You told me covers in the garden drop by half once the evenings turn cold, from about 120 on a Friday to 60.", "figures from the prospect"),
   ("H", "Every pub on the riverfront has already got them, so you're frankly losing your regulars to the Anchor and the Swan.", "peers already bought, shaming"),
   ("S", "The tables run on bottled propane, and we're the UK's leading outdoor heating brand, as seen on Channel 4.", "product detail plus a leader boast")],
  [("H", "Price you asked for is £890 a table, and I've raised the invoice for eight so the order can go in.", "requested price plus an invoice before any yes"),
   ("H", "Stock's down to four sets and once they're gone, they're gone.", "manufactured scarcity"),
   ("N", "Gas safety certificate for each table is attached.", "logistics")])

# 35
email("falconry displays for the lowdale country show", "non-native English", "Birds of prey for the Sunday arena",
  "Dear Mr Pryce,", "Best regards,\nAndrzej Sokol\nSokol Falconry",
  [("N", "Thank you for the show programme, the arena slot at 2 pm on the Sunday is very good for the birds, they fly best in the afternoon.", "logistics from the prospect's programme"),
   ("N", "Our display is 40 minutes with the eagle owl, the Harris hawks and a peregrine stoop over the crowd.", "product detail for the arena slot"),
   ("S", "We have flown for the King at Sandringham and are the most famous falconers in Europe.", "prestige boast")],
  [("T", "I am very sorry to disturb again, I know you are very busy man.", "apology for following up"),
   ("HT", "The price you ask is 1.200 pounds for two days, and if you confirm before Monday I make 20% less, after Monday is full price again.", "requested price plus a discount conditioned on the seller's date"),
   ("H", "Other shows in the area they all book us already, you will be the only one without birds this summer.", "peers already bought, fear of missing out")],
  [("N", "I can send the public liability insurance certificate and the risk assessment this week.", "logistics")])

# 36
email("feather duvets for the tidemill guesthouse", "chatty", "Warmer duvets for the sea-view rooms",
  "Hi Bridget,", "Cheers,\nAmy\nNestdown Bedding",
  [("T", "Me again, hope you don't mind me nudging this back to the top of your pile!", "checking-in variant seeking permission"),
   ("N", "You mentioned guests in the sea-view rooms have been asking for something warmer than the polyester duvets.", "restates the prospect's need")],
  [("T", "The 13.5 tog goose-down ones are £64 each, which I know is a lot, so let's call it £50 instead.", "price plus an unprompted cut"),
   ("S", "They come with a ten-year guarantee, and between us it'd be a lovely feather in my cap to land a seafront guesthouse.", "guarantee plus the rep's own stake"),
   ("T", "Honestly though, reply in a week, a month, whenever, it's all good with me!", "permission-begging, gives up the timing")],
  [("N", "I can bring a sample one round on Thursday so you can try it on a bed.", "clear next step")])

# 37
email("fermentation tanks for the wildfern kombucha brewery", "terse", "2,000 L tanks",
  "Priti,", "Dean\nBrewsteel",
  [("N", "Spec for the four 2,000 liter tanks attached.", "logistics"),
   ("S", "Tanks are 316 stainless with glycol jackets; we're the number one tank maker in the UK, backed by Northstar Ventures.", "spec plus leader and investor boast"),
   ("HS", "Need your PO by Friday, quarter closes and my manager's watching.", "order date set by the rep's quarter and manager"),
   ("H", "Tracking says you've opened the spec four times, so you clearly know what you want.", "read-receipt pressure"),
   ("H", "Deposit invoice attached so we can start cutting steel Monday.", "invoice before any yes"),
   ("N", "Lead time is nine weeks from order.", "logistics")])

# 38
email("floodlights for the alderbrook lawn tennis club", "very deferential", "Winter floodlighting, courts 1 to 3",
  "Dear Mrs Greenhalgh,", "With respectful good wishes,\nNigel Ormerod\nCourtside Lighting",
  [("N", "Thank you for the committee's note that members would like to play until 9 pm through the winter.", "restates the prospect's goal"),
   ("N", "Eight LED columns across courts 1 to 3 would give the 500 lux the LTA recommends for club play.", "value tied to the club")],
  [("T", "I do apologise most sincerely for taking up your time, and I am so sorry if my last email seemed at all pushy.", "repeated apologies for normal selling"),
   ("T", "The quote is £21,500, which I quite understand may seem rather a lot, so please do tell me what the committee would feel comfortable paying.", "quote plus asking the buyer to name the number"),
   ("ST", "I confess that winning the club would mean a great deal to me, as my manager has been rather unhappy with my figures, so I would be immensely grateful for your kindness.", "pleading for the seller's own sake, manager's view")])

# 39
email("fridge magnets for the portmellon tourist information centre", "warm", "Harbour, lifeboat and puffin magnets",
  "Dear Jan,", "All the best,\nMeg Trewin\nTrewin Ceramics",
  [("N", "Thank you for the sales figures from the centre's shop; it's striking that magnets are your best seller after maps, at over 3,000 a season.", "figures from the prospect's data"),
   ("N", "Visitors seem to love local scenes, so I've drawn up designs of the harbour, the lifeboat and the puffins on the island.", "value tied to the shop")],
  [("N", "It might be worth trying the puffin on its own first, as it's the one the schoolchildren picked.", "borderline: one mild hedge"),
   ("N", "Samples will reach you on Tuesday, and the price list you requested is attached.", "logistics"),
   ("N", "Would 10 am on Friday suit for a quick call about quantities?", "clear next step with a time")])

# 40
email("ferry ticketing kiosks for the caldey sound crossing", "formal", "Self-service kiosks at the slipway",
  "Dear Mr Rhys,", "Yours sincerely,\nHoward Grice\nQuayPass Systems",
  [("N", "Thank you for the passenger counts for August, which show queues at the slipway ticket hut of up to 35 minutes on changeover days.", "figures from the prospect's data"),
   ("N", "Two self-service kiosks would clear that queue in under ten minutes, based on the card-payment share in your own figures.", "value from the prospect's own data"),
   ("S", "We are proud to be the leading kiosk supplier to the UK ferry sector, with an award-winning interface and investors including Harbour Capital.", "leader, award and investor boast")],
  [("HS", "As I have explained twice already, my patience is wearing thin, and I believe I have earned a decision by now.", "seller's patience and effort as guilt"),
   ("H", "I attach the contract you requested, and failing a reply by Friday, I shall be writing to your chief executive about it.", "requested contract plus a bypass threat")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s78e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s78-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed78: held-out sales emails for the Poise tone coach\n")
    R.append("> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the eleventh session) from the labelling guide alone, before any of that session's changes, which it was\nwritten to judge, and measured first on the code before them (rules + model macro-F1 0.919: hard_close 0.879,\nself_serving 0.949, timidity 0.929; 0 of 105 clean sentences flagged; email agreement 0.925 / 0.975 / 0.975).\n")
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
    R.append("- Every third email (s78e003, s78e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
