#!/usr/bin/env python3
"""Build sealed103: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("gargoyle conservation for the st botolph's west front", "formal", "West front gargoyles: survey findings and quotation",
  "Dear Canon Ashworth,", "Yours sincerely,\nHelen Marsh\nMarsh & Pell Stone Conservation",
  [("N", "Thank you for sending the scaffold drawings for the west front on Tuesday.", "logistics, thanks"),
   ("N", "Our stone survey found frost damage in four of the six gargoyles, and two have lost the lead lining in their throats, which is why water is now running down the tracery.", "specific finding tied to the prospect's building")],
  [("S", "We are, I think it fair to say, the most decorated conservation studio in the north, with three national heritage awards hanging in the workshop.", "generic boast: awards and 'most decorated', nothing about the west front"),
   ("S", "The full quotation of £38,400 is attached as you asked, and I would add that our founder trained in the Vatican workshops, which few firms can claim.", "requested quotation plus a generic credential boast"),
   ("H", "Several cathedral chapters have already booked us for next summer, so a chapter that waits for its next meeting will find itself at the back of the queue.", "peers already booked and queue scarcity, pressing past the chapter's own meeting"),
   ("HS", "The carving could start in May, and given the weeks I have already spent on your survey without charge, I think a decision at the next meeting is the least the chapter can offer.", "May start date plus the seller's unpaid effort offered as guilt: hard_close and self_serving (rule 15)")],
  [("N", "Could we walk the scaffold together on 14 March, after your chapter meeting, to agree which heads are carved new and which are pieced in?", "clear next step fitted to the prospect's own meeting date")])

# 2
email("gallery hanging rails for the larchmont arts centre", "very deferential", "Hanging rails for the east gallery",
  "Hi Priya,", "Thank you so much,\nTom",
  [("T", "I'm so sorry to land in your inbox again, I know how stretched you all are before an opening.", "apology for following up, self-abasing"),
   ("T", "I was only wondering whether perhaps the rail quote I sent might possibly still be of some interest for the east gallery?", "follow-up on the quote plus stacked hedges")],
  [("N", "The rails take up to 40 kg per hook, so the large textile pieces you mentioned can hang without anything being fixed into the plaster.", "product detail tied to the prospect's pieces"),
   ("T", "The total for both galleries, as you asked, comes to £2,960, and I'm really sorry it isn't lower, it honestly embarrasses me a bit.", "price the prospect asked for plus apology for the price"),
   ("T", "If it helps at all, I could take 15% off without you needing to ask.", "unprompted, unconditional discount"),
   ("ST", "It's my first big gallery job since I set up on my own, so it would mean the world to me if you said yes.", "pleading for the seller's own sake: self_serving and timidity (rule 15)")],
  [("T", "I could fit them on the Monday before your hang, though whenever you have a spare moment to reply is absolutely fine, and please don't feel you have to.", "fitting date offered plus permission-begging and releasing the prospect from replying")])

# 3
email("gearbox oil analysis for the dunwell quarry dump trucks", "blunt", "Truck 7 gearbox",
  "Gary,", "Dan",
  [("N", "Your last two oil samples from truck 7 showed iron at 180 ppm, roughly triple the level on the rest of your fleet.", "figures from the prospect's own samples"),
   ("N", "On your own maintenance log, the last gearbox rebuild cost £14,000 and kept a truck off the face for eleven days.", "cost figure from the prospect's own records, given as information (rule 5)")],
  [("H", "You need monthly sampling on every truck, full stop, and there's no sense dragging it through another review meeting.", "'you need' directive that dismisses the prospect's review"),
   ("H", "The first sample kits can ship Monday, and I've already set up your account, so just send a PO number back.", "kit shipping date plus an assumptive account set-up and PO demand before a yes"),
   ("H", "Every other quarry in the valley runs our programme already, and you're the one still guessing.", "peers already switched, shaming"),
   ("HS", "The kits are boxed and ready to post, and I've a regional target that your fleet would get me over, so I want the PO by Thursday.", "kits ready plus the seller's target as the reason for a PO date: hard_close and self_serving (rule 16)")],
  [("N", "Ring me on 07700 900412 if anything in the lab report needs explaining.", "plain offer of help")])

# 4 (clean)
email("glulam beam supply for the ashgill sports hall extension", "formal", "Ashgill sports hall: glulam quotation",
  "Dear Ms Okafor,", "Kind regards,\nOwen Pryce\nFellside Glulam",
  [("N", "Thank you for the revised structural drawings from Pell Associates.", "thanks, logistics"),
   ("N", "Our spruce lamella price is fixed until 30 April because our supplier resets its timber index on 1 May, so the figures in the attached quote hold until then.", "borderline: supplier price expiry stated once with its reason, no urgency language (rule 4)")],
  [("N", "The nine 18-metre beams would arrive pre-drilled for the steel shoes, which takes about two days off the frame erection your contractor has programmed.", "concrete value tied to the prospect's programme"),
   ("N", "Building control asked for the fire char calculation, and it is included as appendix B.", "logistics, serves the buyer's approval")],
  [("N", "Would a call on Thursday at 2 pm with your engineer suit, to settle the connection details?", "clear next step with a date")])

# 5
email("gluten-free bread supply for the mariner's rest care home", "warm", "Bread for your coeliac residents",
  "Hello Janet,", "Warmly,\nBeth",
  [("N", "It was lovely to meet the residents at your harvest lunch last week.", "pleasantry"),
   ("N", "Four of your residents are coeliac, so a separate sealed delivery crate would keep their loaves well away from the kitchen's ordinary flour.", "value tied to the prospect's residents")],
  [("S", "I'll be honest, I'm a little behind on my target this month, so your order would mean a great deal to me.", "the rep's target stated with no date or demand: self_serving only (rule 16)"),
   ("S", "I've put a sample box in for Friday as you requested, including our seeded loaf, which won gold at the Free From Food Awards.", "sample the prospect requested plus an award boast"),
   ("S", "We're also very proud to be the fastest-growing free-from bakery in the county!", "generic growth boast with an exclamation mark")],
  [("H", "If the texture suits your residents, a standing order could start in the first week of November, but the slots on our delivery round are nearly all gone, so I wouldn't leave it long.", "standing-order start plus vague scarcity pressure")])

# 6
email("gravity water filters for the fellside bunkhouse", "non-native English", "Water filters offer",
  "Dear Mr Harker,", "Best regards,\nMarek Nowak",
  [("T", "Sorry for disturb you again, I am writing only to check in if maybe you had time to look my offer.", "apology for following up and a check-in as the email's purpose"),
   ("N", "The filter remove 99.99% of bacteria from the stream water, so your guests can drink from the tap without to boil it.", "product detail tied to the bunkhouse's stream supply")],
  [("T", "The price for the 12 units is £1,140 like you ask, and if this is too much I can make lower, you just tell me what number is good for you.", "price the prospect asked for plus asking the buyer to name their number"),
   ("S", "Our company is leader in Europe for gravity filters since 1998 and we have many certificates.", "generic boast: 'leader', years in business, certificates not tied to the buyer"),
   ("T", "I send again the datasheet you ask for, and I hope it is not a problem that I write you so many times.", "datasheet the prospect asked for plus seeking approval for normal follow-up")],
  [("N", "The installation take only one morning and I can come on 3 June, when you told me the bunkhouse is empty.", "logistics on the prospect's own date")])

# 7
email("grain sampling probes for the thornbeck grain store", "terse", "Probe quote",
  "Ian,", "Rob",
  [("HS", "Quote for the two pneumatic probes attached, and I need the signed order by Friday because it closes out my quarter.", "quote attached plus a signing date set by the seller's quarter: hard_close and self_serving (rule 16)"),
   ("H", "Harvest intake starts in three weeks and I've only one set left, so it goes to whoever answers first.", "the prospect's intake date plus manufactured scarcity and a race"),
   ("N", "The probes pull a full-depth sample in under a minute, against the five your crew spends with the hand spear.", "concrete value tied to the prospect's crew"),
   ("S", "The fitter can be with you the day after you order, and between us, this would be the biggest sale I've made all year.", "fitter availability plus the seller's own stake, no demand"),
   ("N", "Reply with your intake dates and I'll book the fitter.", "plain next step")])

# 8
email("hoarding graphics for the castlefield redevelopment site", "chatty", "Castlefield hoardings - proofs are up!",
  "Hey Leanne,", "Cheers,\nMo",
  [("N", "Great to hear the planning sign-off came through, congrats to the whole team!", "pleasantry"),
   ("S", "I'm genuinely buzzing about this one, it's exactly the sort of showpiece job our studio wants in its portfolio.", "rep's excitement and the studio's portfolio, no buyer value")],
  [("N", "The 240 metres of hoarding along Castle Street get about 9,000 people walking past a day, going by the footfall count you shared.", "figure from the prospect's own data"),
   ("S", "The artwork proofs are in the shared folder, and while you're in there, could you drop us a few lines for our testimonials page?", "proofs shared plus asking a testimonial favour before any work is delivered"),
   ("T", "Totally get it if you'd rather wait for the next phase, no hard feelings either way!", "pre-emptively releasing the prospect (rule 11)"),
   ("H", "The proofs lock for print on Friday, and with two other developers waiting on our press, anything later drops to the back of the queue.", "print date plus scarcity from other customers")],
  [("N", "Does Monday morning work to pin down the colour palette with your comms lead?", "clear next step with a date")])

# 9 (clean)
email("hay steamers for the windrush eventing yard", "warm", "Hay steamer for Monty",
  "Hi Sophie,", "Best,\nAlice",
  [("N", "So sorry to hear about Monty's cough, I hope the vet's visit on Saturday brought good news.", "sympathy, not self-abasement (rule 3)"),
   ("N", "Steaming hay at 100 degrees for 50 minutes kills the mould spores that usually set off a cough like his, and it keeps the nutrients that soaking washes out.", "insight tied to the prospect's horse")],
  [("N", "You mentioned twelve horses on the yard, so the larger chamber would do a full day's ration in two cycles.", "value sized to the prospect's yard"),
   ("N", "I can bring one over on Tuesday so your groom can try it with a bale.", "concrete next step")])

# 10
email("herbarium cabinets for the brackenbury university botany department", "formal", "Herbarium cabinet proposal",
  "Dear Dr Feld,", "Yours sincerely,\nGraham Ely\nCurasafe Storage",
  [("N", "Following our meeting, I enclose the specification for 24 steel herbarium cabinets with pest-proof seals.", "logistics, enclosure"),
   ("N", "Your curator's note that the wooden cabinets lost 300 specimens to beetle damage last year is the strongest case for the seals, and I have put that figure at the top of the summary.", "figure from the prospect's own data, tied to the product")],
  [("S", "We already supply the Natural History Museum, Kew and eleven other national collections, and the lead time for your 24 cabinets is ten weeks.", "lead time for the order plus name-dropping clients, not tied to the department's problem"),
   ("H", "The specification covers the full room layout, but as I have not had a decision from you in three weeks, I shall be presenting it directly to the Vice-Chancellor's office on Monday.", "room layout plus a bypass threat over the prospect's head"),
   ("HS", "My director has made it clear that this contract must be signed before our financial year closes on 31 July, so I would be grateful for your signature by then.", "manager's wish and the seller's year-end as the reason for a signing date: hard_close and self_serving (rule 16)")])

# 11
email("hall kitchen refit for the brookvale community centre", "very deferential", "Kitchen refit - with apologies",
  "Dear Margaret,", "With kind regards,\nPeter Yates",
  [("T", "I've put the full breakdown below, and I do apologise for writing such a long email; please forgive me for taking up your evening.", "breakdown provided plus apology for the email's length, self-abasing"),
   ("N", "The worktops by the serving hatch have blown at the joints, and the single sink can't keep up when the lunch club serves sixty people.", "specific finding tied to the prospect's kitchen")],
  [("T", "A new run of worktops, a double sink and a commercial dishwasher would come to £6,450, which I know must seem an awful lot, and I'm sorry it is so much.", "requested price plus apology for the price"),
   ("T", "You asked whether there was any room on the price, and I'll have to ask my manager, as I'm not really allowed to decide that.", "deferring a discount question to the manager (rule 12)"),
   ("ST", "It would honestly make my week if you said yes, as I've had rather a poor run lately.", "pleading for the seller's own sake: self_serving and timidity (rule 15)")],
  [("N", "The work takes four days, so it would fit into the half-term closure you mentioned.", "logistics fitted to the prospect's closure"),
   ("T", "But please don't worry at all if it's not for you.", "pre-emptively releasing the prospect")])

# 12
email("hen houses for the thornaby city farm", "blunt", "Hen houses - again",
  "Karen,", "Steve",
  [("HS", "I drove out to the farm twice and redrew the run layout three times for you, and I'd have thought that earns at least a yes or no by now.", "seller's effort offered as guilt for a reply: hard_close and self_serving (rule 15)"),
   ("H", "This is the fourth time I've written about these hen houses.", "counting the attempts at the prospect (rule 13)")],
  [("N", "The raised floors keep the red mite out, which was the problem you had with the old wooden houses.", "product detail tied to the prospect's problem"),
   ("H", "They can be on site by the 20th, and the invoice for all three is attached, so pay it this week.", "delivery date plus an invoice and payment demand before a yes"),
   ("H", "Frankly, a city farm that takes animal welfare seriously would have sorted its hen houses back in April.", "shaming the prospect's standards")],
  [("HT", "P.S. Sorry to be so short with you, but the delivery slot is pencilled in and I'll be expecting payment by Friday.", "delivery slot plus an apology for normal selling and a payment expectation before a yes: hard_close and timidity")])

# 13 (clean)
email("hotel minibar restocking for the quayside suites", "terse", "Restock trial results",
  "Hi Ravi,", "Thanks,\nJo",
  [("N", "Following up on the restock trial from Friday.", "a single follow-up line (rule 13)"),
   ("N", "Your night team logged 41 rooms short of water and snacks on Saturday, and our van topped up all of them before 8 am.", "result tied to the prospect's own log"),
   ("N", "Weekly restocks for the 60 suites would be £310, with stock charged at cost.", "price, plain"),
   ("N", "Shall I book the first run for Monday the 6th?", "clear next step with a date")])

# 14
email("interpretation panels for the ashbrook castle museum", "chatty", "Panels for the keep",
  "Hiya Dev,", "Cheers,\nLuke",
  [("N", "Thanks for the call earlier, really helpful to hear how the school groups get on in the keep.", "pleasantry"),
   ("S", "Our panels come with anti-glare glass, QR codes, braille strips, tactile maps, UV-stable inks, vandal-proof frames, a ten-year warranty and a companion app.", "feature list not tied to the museum's needs"),
   ("S", "We were voted the UK's number one heritage signage maker two years running, which we're pretty chuffed about!", "award/ranking boast")],
  [("T", "The eight panels for the keep come to £4,200, but honestly, throw me a number and I'll see what I can do.", "price the prospect asked for plus asking the buyer to name their number"),
   ("N", "Your visitor survey said most people skip the first floor, so we'd put the strongest story, the 1644 siege, on the stair landing.", "insight from the prospect's own survey"),
   ("T", "Happy to pop over next week, but no rush at all, honestly, whenever suits!", "visit offer plus permission-begging with zero urgency"),
   ("HS", "Our spring install diary is filling up, and my sales director wants the museum signed off by Easter, so could we agree it this month?", "install diary plus the director's wish as the reason for a date: hard_close and self_serving (rule 16)")])

# 15
email("indoor wayfinding signs for the kelbrook medical centre", "formal", "East wing signage",
  "Dear Mr Osei,", "Yours sincerely,\nClaire Dunn\nWayline Signage",
  [("N", "Thank you for walking me through the new east wing on Wednesday.", "thanks"),
   ("N", "Patients arriving for blood tests currently pass three reception desks before finding the right corridor, which your practice manager estimates costs the front desk about 40 interruptions a day.", "figure from the prospect's own staff")],
  [("H", "Having walked every corridor with you, I can tell you that you need a full new sign system before the wing opens.", "borderline: 'you need' as a directive, but after a real walk-through (rule 6)"),
   ("H", "I have pencilled in our fitters for the 9th and raised the deposit invoice, so only your signature is outstanding.", "fitting date plus a deposit invoice raised before a yes"),
   ("N", "The fire officer has to approve the final layout and needs ten working days for it, so the drawings should reach him by 2 October for your opening on the 16th.", "borderline: a real external approval lead time with its reason, stated once (rule 4)")],
  [("H", "Two other practices in your group have already switched to us, and I would hate Kelbrook to be the one left with the old signs.", "peers already switched, shaming")])

# 16
email("it helpdesk cover for the wendle & cray solicitors", "warm", "Overnight helpdesk for Wendle & Cray",
  "Hi Fiona,", "Best wishes,\nNadia",
  [("N", "I hope the office move went smoothly and the new printers are behaving.", "pleasantry"),
   ("N", "Your team logged 63 password lockouts in September, and our overnight desk would clear those in under ten minutes instead of leaving them for your contractor in the morning.", "value tied to the prospect's own figures")],
  [("S", "I'll admit I've got my heart set on bringing Wendle & Cray on board, you'd be my first law firm.", "seller's personal stake with no blame or demand: self_serving only (rule 15)"),
   ("HST", "The monthly fee is £1,850 as discussed, and I can take 10% off if you sign before the 30th, since that's when my sales contest closes.", "agreed fee plus a discount tied to the seller's contest date: all three labels (rules 7 and 16)"),
   ("S", "Onboarding takes two weeks, and my manager is keen to have a legal client in our case studies, so it would be great to have you.", "onboarding time plus the manager's wish for a case study, a benefit for the seller")],
  [("N", "Could we set up a call with your practice manager next week to go through the onboarding checklist?", "clear next step")])

# 17
email("invasive crayfish trapping for the lune valley angling association", "very deferential", "Crayfish trapping - sorry to write again",
  "Dear Mr Brennan,", "With many thanks and apologies,\nAnna Lowe",
  [("T", "I really hate to bother you again, but the survey results are in, and I'm sorry if my last message came across as too forward.", "survey results plus apology for following up and seeking approval"),
   ("N", "The survey traps at the Crook weir caught 212 signal crayfish in four nights, more than double the count on the upper beats.", "survey result tied to the prospect's water")],
  [("T", "I was thinking that maybe, if it might suit, we could perhaps run the full trapping programme from May?", "programme proposal plus stacked hedges"),
   ("T", "I know budgets are tight for clubs, so I've already dropped the price to £1,900 before you even asked.", "unprompted discount"),
   ("HT", "If you could confirm by Friday I could go down to £1,600, but only until then.", "discount conditioned on the seller's date: hard_close and timidity (rule 7)")],
  [("N", "The trapping licence takes about six weeks to come through, so we would apply in March for a May start.", "borderline: real licence lead time stated once with its reason (rule 4)")])

# 18 (clean)
email("jester hire for the castlemere medieval banquet", "chatty", "Jester for the 12th - your questions",
  "Hi Owain,", "Cheers,\nFinn Jolly",
  [("N", "Thanks for the run sheet, it's really clear.", "pleasantry"),
   ("N", "Apologies for the slow reply, I was performing at a festival in Ludlow all weekend; the answers to your three questions are below.", "borderline: one courtesy apology for a real delay, with the reason (rule 3)")],
  [("N", "The jester would work the tables between the second and third courses, which is when you said the hall tends to go quiet.", "value tied to the prospect's event"),
   ("N", "The costume is correct for the 1400s, so it will sit well with the re-enactors you've booked.", "detail tied to the prospect's booking"),
   ("N", "The fee for the evening is £420, with travel included.", "price, plain")],
  [("N", "Shall I pencil in 12 October and send the contract over?", "clear next step")])

# 19
email("jerky supply for the ridgeline outdoor shops", "chatty", "Jerky at the till",
  "Hi Callum,", "Cheers,\nJamie",
  [("N", "Your three stores sold 1,400 energy bars in August according to the sales sheet you sent, so a protein snack at the till has an obvious slot.", "insight from the prospect's own sales data"),
   ("S", "Our beef jerky is hand-cut, slow-smoked over beech, marinated for 48 hours, gluten-free, high-protein, resealable, and comes in nine flavours.", "feature list not tied to the stores' customers")],
  [("HS", "My area manager needs this account live before the month ends, so I'll need your signed order by the 28th.", "manager's wish and month end as the reason for an order date: hard_close and self_serving (rule 16)"),
   ("H", "The trade price is £2.10 a pack as you asked, but stock is flying out and I can't promise there'll be any left for you after this week.", "requested trade price plus scarcity without a real reason")],
  [("S", "I can drop a tasting box at the Keswick store on Thursday, and if your staff like it, a quick shout-out on your Instagram would be a massive help to us.", "tasting box offer plus a publicity favour for the seller")])

# 20
email("jaw crusher wear parts for the penhallow aggregates plant", "non-native English", "Offer for jaw plates",
  "Dear Mr Penrose,", "Best regards,\nTomasz Zielinski",
  [("N", "Thank you for send me the wear measurements of the jaw plates from last month.", "thanks, logistics"),
   ("N", "With your tonnage, the manganese plates we propose should last about 14 weeks, against 9 weeks for the plates you use now.", "value from the prospect's own tonnage")],
  [("S", "Our factory is the biggest producer of crusher parts in Poland and we win the export award in 2021 and 2022.", "generic boast: size and awards"),
   ("H", "The price in the offer is £3,480 for the pair, but you must order before next Friday, because after this the price go up and the stock is finish.", "price plus an unexplained deadline and scarcity"),
   ("HS", "My boss is asking me every day about your order, so please send me the confirmation today, because I need to close this.", "manager and the seller's need as the reason for a same-day confirmation: hard_close and self_serving (rule 16)")],
  [("T", "Delivery to Cornwall is 3 weeks, and if the price is a problem I can ask my director for discount, but I am not sure he will say yes.", "delivery time plus deferring an unprompted discount to the director"),
   ("T", "Sorry if my English is not perfect and sorry for write so much.", "apology for the length, self-abasing")])

# 21 (curly)
email("joist hanger supply for the fellbeck timber frame builders", "terse", "Joist hangers",
  "Hi Dave,", "Ta,\nPhil",
  [("T", "Just checking in again on the joist hangers, no worries if you've gone elsewhere.", "check-in as the purpose plus pre-emptive release"),
   ("T", "The 2,000 galvanised hangers you asked about come to £1,760, and I can easily knock that down if it's too steep.", "price the prospect asked for plus an unprompted discount"),
   ("N", "They're rated for C24 timber at 47 mm, which matches the spec in your drawings.", "product detail tied to the prospect's spec"),
   ("T", "They're in stock for next-day delivery, sorry again for chasing!", "stock and delivery plus apology for following up")])

# 22 (clean)
email("keynote speaker booking for the harlow fintech forum", "warm", "Keynote for the Harlow Fintech Forum",
  "Dear Helen,", "Best wishes,\nRuth Allen\nLectern Speakers",
  [("N", "Thank you for the program outline and the delegate survey.", "thanks"),
   ("N", "Since 60% of your delegates work in small lenders, a speaker who has run fraud operations at a building society would speak to their day-to-day problems.", "value tied to the prospect's own survey")],
  [("N", "Dr Amara Lewis led the fraud team at Pennine Building Society through its open banking rollout, and her talk could potentially be shaped around the questions your delegates raised.", "borderline: one mild hedge (rule 2)"),
   ("N", "Her fee is £3,500 plus travel, and she is free on both of the dates you are considering.", "price and availability, plain"),
   ("N", "Would it help to set up a twenty-minute call between Dr Lewis and your program chair on the 3rd?", "clear next step with a date")])

# 23
email("kimchi supply for the hanbit restaurant group", "blunt", "Kimchi - decision needed",
  "Min-jun,", "Eun-ji",
  [("H", "I've got three other buyers lined up for this batch, and I'm holding yours back for one more day only.", "manufactured scarcity, other buyers circling"),
   ("N", "The cabbage is fermented for 21 days, which gives the sourness your head chef said the current supplier lacks.", "product detail tied to the prospect's chef")],
  [("H", "Your 40 kg sample order is on the van for Thursday, and I'll bill the full monthly contract with it unless you tell me otherwise.", "sample delivery plus silence-means-yes billing"),
   ("H", "If a group of your size can't decide on kimchi, I'm not sure what it can decide on.", "sarcasm aimed at the prospect"),
   ("HS", "I fought our production manager to keep this batch back for you, and I won't be made to look a fool in front of him.", "seller's effort and standing offered as guilt: hard_close and self_serving (rule 15)"),
   ("N", "Call the office on 0161 496 0723 if you want to move the delivery slot.", "logistics")])

# 24 (curly)
email("kids' coding clubs for the stanmoor library", "very deferential", "Coding club taster - thank you",
  "Dear Ms Patel,", "With warm thanks,\nGrace",
  [("N", "Thank you so much for letting us run the taster session on Saturday.", "thanks"),
   ("N", "Nineteen of the twenty children came back after the break, and six parents asked at the desk whether there would be a full term of it.", "result tied to the prospect's library")],
  [("S", "If you were happy with the session, would you be willing to write a short review for our website?", "borderline: review asked of a happy customer right after value was delivered (rule 10)"),
   ("ST", "I'd gladly take £100 off the term fee in return for a quote we can put on our leaflets.", "borderline: discount offered to win a favour for the seller (rule 7)"),
   ("T", "The ten-week term would be £950, and I'm so sorry it's more than the taster, I really do wish it could be less.", "term price plus apology for the price")],
  [("T", "I hope I haven't overstepped by asking all this.", "needing approval")])

# 25
email("kindergarten furniture for the little acorns preschool", "chatty", "Treetop range catalogue!",
  "Hi Becky!", "Speak soon,\nKirsty",
  [("S", "I'm so excited to finally share our brand-new Treetop range, our design team has been working on it for two whole years!", "rep's excitement about the seller's own product"),
   ("N", "The chairs come in three heights and four colors, so your toddler room and your pre-school room could share one set.", "product detail tied to the prospect's rooms"),
   ("S", "We were named in Nursery World's top ten suppliers and our founder has just been on breakfast telly!", "ranking and media boast")],
  [("S", "The catalogue's attached as you asked, and I'd love to tell you the whole story of how the business started at a kitchen table.", "catalogue asked for plus an offer to 'hear our story' (rule 9)"),
   ("T", "Honestly no pressure, totally happy if you just bin this!", "permission-begging, inviting the prospect to ignore it")],
  [("N", "Would Wednesday at 4 work to bring a sample chair round for your staff to try?", "clear next step with a date")])

# 26
email("lathe servicing for the pennington college engineering workshop", "formal", "Lathe servicing contract",
  "Dear Mr Gould,", "Yours sincerely,\nRichard Vane\nHallam Machine Services",
  [("N", "Thank you for the list of the eight Colchester lathes and their last service dates.", "thanks"),
   ("N", "Three of them are past the 12-month interval your insurer requires for the annual inspection, so they would need to be done first.", "a requirement from the prospect's insurer, 'need' as a prerequisite")],
  [("HS", "The annual contract is £2,640, as requested, and I would need it signed by the 31st as our quarter ends then and my figures depend on it.", "requested price plus the seller's quarter as the reason for a signing date (rule 16)"),
   ("T", "On your question about a reduced rate for a three-year term, I'll have to refer that to my regional manager, as I'm not able to say.", "deferring a discount question to the manager (rule 12)"),
   ("S", "As you may know, Hallam Machine Services has served industry for over 60 years and holds more accreditations than any firm in the region.", "years in business and accreditations, generic boast"),
   ("S", "I have also enclosed our company brochure, which sets out our full history and every make of machine we have ever serviced.", "brochure enclosed plus company history and a service list with nothing for the college")],
  [("N", "I can be on site on 11 September, during your staff training week, so no teaching is disturbed.", "logistics fitted to the prospect's calendar")])

# 27 (clean, curly)
email("lantern glazing for the stanner point lighthouse trust", "formal", "Lantern room glazing",
  "Dear Mrs Tregarthen,", "Yours sincerely,\nMark Penhale\nPenhale Heritage Glazing",
  [("N", "Thank you for the photographs of the lantern room taken after the February storms.", "thanks"),
   ("N", "Seven of the curved panes show crazing at the glazing bars, and the putty has failed along the seaward side, which explains the damp on the lens pedestal.", "finding tied to the prospect's building"),
   ("N", "I'd recommend replacing those seven panes in toughened glass rather than repairing them, as the crazing will spread with each frost.", "a confident, reasoned recommendation")],
  [("N", "The lighthouse authority asks for eight weeks' notice before any work that takes the light out of service, so the notice would need to go in by 1 July for a September window.", "borderline: a real external notice period, stated once with its reason (rule 4)"),
   ("N", "Could I visit on the 12th with our glazier to measure the frames?", "clear next step with a date")])

# 28
email("live captioning for the halverton council meetings", "blunt", "Captioning - where are we?",
  "Councillor Reid,", "Regards,\nGlen Moss",
  [("H", "You told me in March that you'd have an answer by May, and it's now July, so I think I'm owed a straight reply.", "entitlement resting on the prospect's conduct: hard_close only (rule 15)"),
   ("N", "Your own accessibility statement promises captions on every webcast, and at present only the full council sessions have them.", "the prospect's own commitment, as information")],
  [("H", "Our captioners can start with the planning committee on the 14th, and if I don't hear back by then I'll take it up with the chief executive myself.", "start date plus a bypass threat"),
   ("HS", "I've turned down two other contracts to keep the 14th free for you, and frankly that deserves better than silence.", "seller's sacrifice offered as guilt: hard_close and self_serving (rule 15)"),
   ("N", "The cost per meeting stays at £190, as in the proposal.", "price, plain")])

# 29
email("leaf clearance for the ashgarth cemetery paths", "non-native English", "Leaves clearing offer",
  "Dear Mrs Whitley,", "With respect,\nAndrei Popescu",
  [("N", "Thank you for the meeting in the cemetery on Tuesday.", "thanks"),
   ("N", "The leaves on the main path by the chapel are very slippery now, and you told me two visitors have fall there in October.", "the prospect's own incident data")],
  [("T", "The price for every Monday is £95, but I am very sorry, maybe it is too high for you, and maybe you can tell me what price is possible, then I will try to make it.", "price plus apology for the price and asking the buyer to name a number"),
   ("S", "We bring our own leaf machines, the most modern in all the region, eight of them, all new this year.", "equipment provided plus a boast not tied to the cemetery's needs"),
   ("ST", "Please, it is my first season with my own company and I need this contract very much for survive the winter.", "pleading for the seller's own sake: self_serving and timidity (rule 15)")],
  [("N", "We can come every Monday from 3 November until the end of December.", "logistics"),
   ("H", "But the winter is coming and after this I have no more free Mondays for you, so please decide quickly.", "manufactured scarcity and urgency")])

# 30 (curly)
email("lych gate repair for st anne's church, brightholme", "chatty", "Lych gate - quote in the folder",
  "Hi Sam,", "Cheers,\nAsh",
  [("N", "Great to finally see the lych gate up close, it's a lovely bit of Victorian oak.", "pleasantry"),
   ("N", "The two main posts have rotted at ground level where the old concrete collars hold the rain, and the roof's west side has dropped about 40 mm.", "finding tied to the prospect's gate")],
  [("S", "We're the go-to people for this sort of thing, to be honest, we've done more lych gates than anyone in the county.", "generic boast"),
   ("H", "The repair quote is in the folder you set up, and I've already blocked out our carpenters for April, so I'll just need the deposit by card this week.", "quote shared plus an assumptive card deposit before a yes"),
   ("H", "A couple of other parishes have already grabbed our spring slots, so if you sit on this the gate won't be fixed before the wedding season.", "peers already booked plus manufactured urgency"),
   ("T", "Sorry, I know I'm being a bit pushy!", "apology for normal selling")],
  [("N", "Any questions, just give me a shout.", "one polite 'just' (rule 1)")])

# 31
email("life drawing tutors for the harrowfield art college", "very deferential", "Life drawing tutors",
  "Dear Professor Lindqvist,", "With very best wishes and thanks for your patience,\nEleanor Shaw",
  [("T", "Please forgive me for writing again, I know you must be terribly busy and I hate to be a nuisance.", "self-abasing apology for following up"),
   ("T", "I was just wondering whether you might possibly have had a chance to glance at the tutor CVs I attached last month?", "follow-up on the CVs plus stacked hedges")],
  [("N", "Both tutors taught the foundation year at Camberwell, and one of them runs the long-pose workshops your first years missed this term.", "credentials tied to the prospect's students"),
   ("S", "Both could start in January, and our agency has placed tutors at the Slade, the RCA and the Ruskin, which we're rather proud of.", "January start plus name-dropping prestige clients"),
   ("T", "Their rate is £65 an hour, though if that's too much we could surely come down to whatever the department can stretch to.", "rate plus caving to whatever the buyer names"),
   ("T", "Totally understand if you'd rather leave it till next year, I'll write again then.", "accepting a brush-off before it is given, no question")])

# 32
email("lamb and mutton supply for the drover's arms kitchen", "warm", "Fell-bred lamb for the spring menu",
  "Hi Gwen,", "All the best,\nTom Airey",
  [("N", "Thanks for having me in the kitchen on Monday, and for the cracking shepherd's pie.", "pleasantry"),
   ("S", "We've been farming these fells as a family for four generations.", "borderline: heritage line (rule 8)")],
  [("N", "Our hoggets are ready in March, right when you said the spring menu changes.", "product timing tied to the prospect's menu"),
   ("H", "A whole carcass each fortnight would be £310, and frankly a pub that calls itself a drovers' inn ought to have proper local mutton on the menu by now.", "fortnightly price plus shaming the pub's standards"),
   ("H", "The Black Bull down the road took a standing order last month, and you don't want to be the only pub in the dale still serving imported lamb.", "a peer already switched, shaming")],
  [("N", "Would Tuesday week suit to talk through the cuts with your sous chef?", "clear next step")])

# 33 (clean, curly)
email("lacquer restoration of the hollingsworth boardroom table", "formal", "Boardroom table restoration",
  "Dear Mr Hollingsworth,", "Yours sincerely,\nSimon Cole",
  [("N", "Thank you for letting me examine the boardroom table on Friday.", "thanks"),
   ("N", "The white rings near the chairman's end are moisture trapped under the lacquer rather than damage to the walnut, so they can be drawn out without stripping the top.", "insight tied to the prospect's table"),
   ("N", "The bleached strip by the window is sun damage, and I'd suggest a UV film on that pane to stop it coming back.", "recommendation tied to the prospect's room")],
  [("N", "The restoration would take six days in our workshop, and the quotation is £1,980 including collection and return.", "price and logistics"),
   ("N", "Your annual meeting is on 22 May, so collecting the table on 28 April would have it back with a week to spare.", "the prospect's own date, not pressure")])

# 34
email("lighting tower hire for the ashwood country show", "chatty", "Lighting towers for the show",
  "Hi Kath,", "Cheers,\nBev",
  [("N", "Good to chat at the committee meeting last night.", "pleasantry"),
   ("S", "Our towers have 4 kW LED heads, a 9-metre mast, hybrid battery packs, remote dimming, auto-levelling legs, telematics, a silent mode and a 200-hour tank.", "feature list not tied to the showground")],
  [("N", "Six towers along the parking field and the exit lane would cover the evening traffic after the fireworks.", "value tied to the prospect's show"),
   ("HS", "I've put the whole of August aside for your show and turned away a festival, so I'm hoping you won't leave me high and dry now.", "seller's sacrifice offered as guilt: hard_close and self_serving (rule 15)"),
   ("H", "The six towers for both nights would come to £2,250, but another show has its eye on my last units, so I'd grab them while you can.", "price plus scarcity and FOMO")],
  [("N", "If you can send the site plan, I'll mark where the fuel bowser needs to go.", "logistics")])

# 35
email("lidar survey for the harwell flood scheme", "formal", "Harwell Brook lidar survey",
  "Dear Ms Carter,", "Yours sincerely,\nDr Paul Grant",
  [("N", "Thank you for the brief for the Harwell Brook flood alleviation scheme.", "thanks"),
   ("N", "The drone lidar would map the 3.2 km of channel to 5 cm vertical accuracy, which is finer than the 2015 survey your model currently relies on.", "value tied to the prospect's model"),
   ("N", "Your hydraulic modeller asked for the data by 10 December, so we would fly in late November while the trees are bare.", "the prospect's own date, not pressure")],
  [("T", "Our fee is £7,800, as set out in the attached proposal, and I do apologise that it is higher than the 2015 figure.", "fee in the proposal plus apology for the price"),
   ("T", "I'm not certain whether we might perhaps be able to revisit it, but I could possibly ask my director.", "stacked hedges and deferring a price question"),
   ("H", "Other flood groups in the catchment have already commissioned us, and I would not want Harwell to be left behind.", "peers already switched, shaming"),
   ("H", "The survey team is free from 20 November, and I will assume we are proceeding unless I hear otherwise by Monday.", "team availability plus silence-means-yes")])

# 36 (curly)
email("ghost walk guides for the yorkgate heritage trust", "chatty", "Extra guides for October",
  "Hi Nell,", "Speak soon,\nJess",
  [("N", "Loved the candlelit tour of the undercroft, your volunteers were brilliant.", "pleasantry"),
   ("N", "Your October walks sold out in two days last year and 140 people were turned away, so a second guide on Fridays and Saturdays looks like easy money for the trust.", "insight from the prospect's own sales")],
  [("S", "We've just won Best Small Tour Company at the regional tourism awards, which, I'll be honest, we're still celebrating.", "award boast"),
   ("S", "I've attached the guide rota for October, and I'd also love it if you could pop us on your partners page with our logo.", "rota attached plus asking a logo favour for the seller"),
   ("HST", "If you can sign up this week I'll throw in the Halloween walk free, because my boss has promised the team a bonus if we hit twenty trusts by month end.", "concession tied to the seller's date with the seller's reason: all three (rules 7 and 16)")],
  [("N", "Shall we meet at the trust office on Thursday at 5 to go through the routes?", "clear next step with a date")])

# 37
email("gilets for the farrowdale estate gamekeepers", "terse", "Keeper gilets",
  "Hugh,", "Will",
  [("N", "Twelve gilets in olive, sizes as per your list, £56 each with the estate crest embroidered.", "price and spec, plain"),
   ("H", "The order's been keyed in and the card form is attached, so fill it in today.", "assumptive order and payment before a yes"),
   ("H", "Embroidery takes ten working days from the crest proof, and six other estates on the moor already kit their keepers out with us.", "lead time plus peers already switched"),
   ("H", "Crest proof to follow once the card payment clears.", "crest proof plus a payment gate before any yes")])

# 38 (clean)
email("halal meat supply for the crescent school kitchens", "formal", "Spring term supply",
  "Dear Mr Rahman,", "Kind regards,\nYusuf Ali",
  [("N", "Thank you for the menu plan for the spring term and the allergen sheet.", "thanks"),
   ("N", "All our chicken and lamb is HMC certified, which your catering policy lists as a requirement for the school kitchens.", "a certification the buyer's process requires (rule 8)")],
  [("N", "Based on the 480 lunches a day in your plan, two deliveries a week would keep the cold room within its capacity.", "value from the prospect's own figures"),
   ("N", "Would it be useful to see our cutting room in action before you decide?", "borderline: a bare demo offer (rule 9)"),
   ("N", "The price list is attached, and the prices are fixed for the whole school year.", "logistics")])

# 39 (curly)
email("incinerator servicing for the pettering animal crematorium", "blunt", "Secondary chamber CO readings",
  "Dear Martin,", "Keith",
  [("N", "Your last emissions test showed carbon monoxide creeping towards the permit limit on the secondary chamber.", "the prospect's own test data"),
   ("N", "Fouled burner nozzles are the usual cause, and cleaning them takes half a day.", "insight")],
  [("HS", "My commission for the year rides on this contract, so I need your go-ahead by Wednesday.", "the seller's commission as the reason for a decision date: hard_close and self_serving (rule 16)"),
   ("S", "An engineer can be with you on Tuesday, and we service more cremators than any other firm in the country, with a combined 300 years of experience.", "engineer availability plus a generic boast"),
   ("H", "Put it off and you'll be explaining a failed permit test to the regulator, and that's on you, not me.", "blame and loss threat aimed at the prospect"),
   ("T", "Sorry, that came out harsher than I meant, I hope you're not annoyed with me.", "seeking approval, apology for normal selling")])

# 40
email("insect hotels for the marlow road primary eco club", "warm", "Bee and bug hotels",
  "Hi Mrs Dobson,", "Best wishes,\nPoppy",
  [("N", "Thank you for the eco club's drawings, the children clearly know their solitary bees!", "pleasantry"),
   ("N", "A south-facing spot by the pond would give the bees the morning sun they need, and the bug hotel could sit under the hedge where it stays damp.", "advice tied to the school grounds")],
  [("T", "I just wanted to touch base and see if you'd had any thoughts at all, sorry to be a pain.", "touch-base purpose plus apology for following up"),
   ("T", "The two hotels and a planting session come to £385, but if that's too much for the school I'm happy to do it for whatever you have.", "price plus caving to whatever the buyer names"),
   ("S", "Do you think the head might mention us in the school newsletter and on the website?", "asking a publicity favour for the seller")],
  [("S", "I could run the build session with the club on the Wednesday after Easter, and I'd be thrilled to show the children our own wildlife garden, which won the county's green business award last year.", "build session date plus an award boast")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s103e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s103-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed103: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the thirteenth session) from the labelling guide alone, before that session's model change (`sealed58` to\n`sealed89` joining the training data), which it was written to judge, and measured first in that session on the model\nbefore and after it, in the same run: rules + model macro-F1 0.930 before, 0.931 after (hard_close 0.917 → 0.917,\nself_serving 0.929 → 0.931, timidity 0.945 → 0.946; clean sentences flagged 1 → 2 of 109; email agreement 0.975 /\n1.000 / 0.925 → 0.975 / 1.000 / 0.925).\n")
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
    R.append("- Every third email (s103e003, s103e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
