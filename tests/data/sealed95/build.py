#!/usr/bin/env python3
"""Build sealed95: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("gin still repair for the hollowbrook distillery", "chatty", "Your lyne arm and that sulphur note",
  "Hi Morag,", "Cheers,\nCallum",
  [("N", "Thanks for showing me round the still house on Tuesday, and for the coffee.", "greeting and thanks"),
   ("N", "The copper on the lyne arm is thinning where the old weld sits, which explains the faint sulphur note your team picked up in the last two batches.", "insight tied to her own batches")],
  [("S", "Our coppersmiths have rebuilt more stills than any other firm in Scotland, and we picked up the Heritage Craft Award again this spring.", "generic boast and award, nothing about her still"),
   ("H", "The repair quote you asked for is attached, and I've already raised the deposit invoice so the crew can be booked.", "requested quote plus deposit invoice raised before any yes"),
   ("H", "I've held Thursday the 14th for your still, and if I don't have a yes by tonight it goes to a distillery in Keith that has been chasing it.", "date held plus an invented overnight deadline and a rival buyer"),
   ("T", "Sorry again for rabbiting on for so long in the still house, I know you're flat out.", "apology for ordinary selling (the length of the visit)")],
  [("N", "Could we talk it through on Friday morning before your bottling run starts?", "plain ask with a date")])

# 2
email("glazed tile restoration for the pendleton tea rooms", "formal", "Restoration of the front-room dado tiles",
  "Dear Mrs Ashworth,", "Yours sincerely,\nEdmund Hale\nHale & Pryor Architectural Ceramics",
  [("N", "Thank you for your letter of 3 March and the photographs of the tiled dado in the front room.", "courtesy"),
   ("N", "Of the forty tiles you marked, thirty-one can be consolidated in place; the remaining nine will have to be remade from moulds taken off the originals.", "specific finding for her tiles")],
  [("S", "The method statement for the consolidation is enclosed, and you will find that our practice has restored tiles in three royal residences and two cathedrals.", "method statement plus prestige clients, a generic boast"),
   ("H", "The estimate you requested is enclosed; please be aware that our kiln calendar fills quickly and the spring firing slots are unlikely to last beyond this week.", "requested estimate plus manufactured scarcity of kiln slots"),
   ("HS", "I should add that my director has asked me to have your signed acceptance on file by Friday, as he is finalising the spring forecast.", "date pressed on her for the director's forecast (rule 16)")],
  [("N", "I can bring the glaze samples to the tea rooms on Wednesday afternoon, if that suits your opening hours.", "clear next step with a day")])

# 3
email("gravel resurfacing for the ashby crematorium drive", "very deferential", "Revised drive layout (sorry!)",
  "Dear Mr Okafor,", "With my very best wishes and thanks,\nPriya",
  [("T", "I'm so sorry to be troubling you yet again, and I completely understand if this isn't a good moment at all.", "apology for following up and permission-seeking"),
   ("T", "The quote stands at £6,400 as we discussed, but please don't feel you have to go ahead, I'd hate to be a nuisance.", "agreed price plus pre-emptive release and approval-seeking"),
   ("T", "I've attached the revised drive layout you asked for, though I do hope it's not too much of an imposition to send it over.", "requested layout plus permission-begging")],
  [("N", "The new layout keeps the hearse turning circle clear and moves the soakaway away from the garden of remembrance.", "value tied to his site"),
   ("N", "Our crew would work outside service hours, so no funeral would be disturbed by the rollers.", "we, but the value is the customer's"),
   ("T", "Should the figure feel high, I'm sure I could shave fifteen percent off without anyone minding.", "unprompted discount"),
   ("T", "Would it perhaps, if it's not inconvenient, be at all possible for you to maybe share your thoughts at some stage?", "stacked hedges")])

# 4
email("grout cleaning for the bayview leisure pool", "terse", "Grout results, learner pool",
  "Hi Dev,", "Rob",
  [("N", "Following up on the grout samples we lifted from the learner pool surround.", "single follow-up line"),
   ("N", "Lab results show biofilm in 12 of the 20 joints, which fits the slip complaints in your incident log.", "figures from the prospect's own log"),
   ("N", "Your environmental health inspection is on 2 June, so I'd schedule the deep clean for the closure week you already have booked in May.", "borderline: real external inspection date, stated once, with the prospect's own closure week"),
   ("N", "Which of the two closure days suits your lifeguard rota better?", "plain logistics question")])

# 5
email("gutter guard fitting for the elmwood bungalows", "blunt", "Gutter guards - 48 bungalows",
  "Mr Draper,", "G. Pollard\nPollard Roofline Ltd",
  [("N", "You've had our quote for the 48 bungalows since the 2nd of last month.", "neutral statement of fact"),
   ("H", "That's three emails, two voicemails and a letter from me with nothing back from your office.", "counting attempts and multi-channel chasing at the prospect"),
   ("H", "Every week you sit on this is another blocked downpipe and another damp complaint landing on your desk, and you know it.", "cost of delay used to push, no figures")],
  [("H", "The block-by-block breakdown your surveyor asked for is attached along with our invoice, and the fitting team is down for Monday the 9th.", "surveyor's requested breakdown plus invoice and crew booked before any yes"),
   ("H", "If I don't hear from you by Friday, I'll raise it with your chief executive at the housing board meeting.", "bypass threat with an invented deadline")])

# 6
email("hearse servicing for the coleridge funeral home", "warm", "The fuel pump relay",
  "Hello Ruth,", "Warmly,\nJosh",
  [("N", "So sorry to hear about the breakdown on the way to St Peter's last week; that must have been an awful morning for the family and for your team.", "sympathy, not self-abasement"),
   ("N", "From the fault code you sent, it's the fuel pump relay, which is a common failure on that model once it passes 90,000 miles.", "diagnosis from her own fault code")],
  [("S", "I'll be honest, your fleet would be a lovely one for me to land, as I'm a little short of my target this half.", "rep's own target, no date or demand"),
   ("S", "I'd love to bring our new mobile workshop over, which we've kitted out with a hydraulic lift, a diagnostic rig, a tyre machine, an air-con station, a coffee machine and heated seats.", "visit offer plus a feature list with no link to her hearses"),
   ("N", "We can service both hearses overnight, so neither is off the road on a service day.", "we, but the value is hers"),
   ("S", "Our mechanic can come to you on Thursday, and I'm really chuffed, as it would be my first funeral-home account since I was promoted.", "visit date plus the rep's own milestone"),
   ("S", "And once we've done the first service, a quick review on our Google page would mean the world to me.", "review favour for the seller, asked before any work")])

# 7
email("herb garden planting for the riverstone hospice", "warm", "Planting plan for the day-therapy garden",
  "Dear Anna,", "With best wishes,\nHelen",
  [("N", "It was a real pleasure meeting you and the day-therapy group on Thursday.", "pleasantry"),
   ("N", "Raised beds at 80 cm would let the patients who use wheelchairs reach the thyme and mint without leaning.", "specific value for her patients"),
   ("S", "I'll bring the seed list on Thursday, and I'm thrilled to say our nursery has just been shortlisted for a national garden award.", "meeting plus an award boast"),
   ("T", "I've attached a planting plan, and I'm so sorry it runs to six pages, I do go on.", "attached plan plus apology for length")],
  [("ST", "I'd be ever so grateful if you could put in a word with your trustees, because a project like this would really help me keep my place on the team.", "pleading for the rep's own job"),
   ("T", "No worries at all if it's not for you, I'll pop it in the file and leave you in peace.", "pre-emptively releasing the prospect")])

# 8
email("hockey stick supply for the ravenscar ladies hockey club", "chatty", "Sticks for next season!",
  "Hey Jess!", "Cheers!\nDan",
  [("N", "Great to chat at the tournament on Saturday, your second XI looked sharp.", "pleasantry"),
   ("S", "We're the fastest-growing hockey brand in the north and our sticks are used by four international squads!", "generic boast"),
   ("H", "Honestly, half the clubs in your league have already switched to us, so you'd be the odd ones out.", "peers already switched, used as shaming")],
  [("H", "The squad price you asked about is £62 a stick, but I can only hold it until tomorrow night because stock is flying.", "requested price plus invented overnight expiry and scarcity"),
   ("N", "The 22 mm low bow you tried would suit your drag-flickers best.", "product advice tied to her players"),
   ("HT", "If you order by Friday I'll throw in a free bag with every stick, but after that it's off the table.", "concession tied to the rep's date"),
   ("S", "I'll drop two demo sticks at Thursday's training, and any chance your captain could post a photo with them and tag us?", "demo drop-off plus a favour for the seller's marketing")])

# 9
email("horseshoeing for the harbrook riding school", "chatty", "Shoeing cycle for the school ponies",
  "Hi Lou,", "Cheers,\nTam",
  [("N", "Thanks for sending over the lameness notes for the eleven school ponies.", "thanks"),
   ("N", "Three of them are landing heel-first on the left fore, which usually settles with a slightly rolled toe and a shorter cycle.", "insight from her own notes"),
   ("N", "I'd suggest a five-week cycle for those three and six weeks for the rest, which keeps your Saturday lessons running.", "confident recommendation tied to her lessons")],
  [("N", "Just so you know, I'm away at the farriers' exams on the 12th, so I've moved your yard visit to the 13th.", "one polite just, logistics"),
   ("N", "Does 8 am suit, before the first ride goes out?", "plain ask with a time")])

# 10
email("hospital bed servicing for the dunwold community hospital", "formal", "Service report, Wards 2 and 3",
  "Dear Ms Fairbairn,", "Yours sincerely,\nMartin Kell\nSenior Account Manager",
  [("N", "Please find attached the service report for the 36 profiling beds on Wards 2 and 3.", "logistics"),
   ("N", "Four beds failed the side-rail entrapment check and have been taken out of use, as the MHRA guidance requires.", "real external requirement stated neutrally")],
  [("HST", "If you could approve the annual contract before the 31st, I can take 12% off, as that would close out my quarter.", "discount tied to a date, for the rep's quarter"),
   ("HS", "I have given up a great many evenings to this proposal on your behalf, and I had expected at least the courtesy of a reply.", "guilt resting on the seller's effort"),
   ("T", "The revised schedule of rates is attached, and I do apologise if the figures seem rather steep.", "attached rates plus an apology for the price"),
   ("N", "I will be on the wards on Tuesday and can walk your estates team through the failed rails.", "starts with I, but serves the customer")])
# 11
email("hazel hurdle fencing for the kestrel lane allotments", "non-native English", "Hurdles for allotment plots",
  "Dear Mr Hobbs,", "Thank you very much,\nTomasz",
  [("T", "I am very sorry for to write you again, I know you are very busy man.", "apology for following up"),
   ("N", "The hurdles for your plot boundaries are 1.8 metre long and made from hazel cut in our wood this winter.", "product detail"),
   ("T", "Price is £38 each like you asked, but if it is too much I can make it cheaper, you tell me what number is good for you.", "requested price plus asking the buyer to name a number")],
  [("T", "I will be at the allotments on Saturday, so maybe if possible, when you have maybe a little time, perhaps you can meet me there?", "meeting ask plus stacked hedges"),
   ("N", "Delivery to the allotments is free for orders of twenty or more.", "volume terms, stated plainly")])

# 12
email("ice skate sharpening for the northmere ice rink", "terse", "Sharpening contract",
  "Kerry,", "Gav",
  [("H", "Third time asking: do you want the contract or not?", "counting attempts at the prospect and demanding an answer"),
   ("HS", "I've turned down two other rinks to keep Saturdays free for you, so a yes or no isn't much to ask.", "guilt resting on the seller's sacrifice"),
   ("N", "Hire skates want a fresh edge every 40 hours on the ice; judging by the wear, yours are at about 70.", "insight from her skates")])

# 13
email("infant car seat fitting for the bramblecot nursery minibuses", "warm", "Seats for the new minibus",
  "Hi Sophie,", "Best wishes,\nNicola",
  [("N", "Lovely to hear the new minibus has arrived!", "pleasantry"),
   ("N", "The ISOFIX points on that model sit lower than on your old one, so the seats you have now may not lock in properly.", "insight tied to her minibus"),
   ("H", "The fitting slot on the 21st is the last one I have before Christmas, so I've reserved it and will send the invoice on Monday.", "fitting slot plus scarcity and an invoice before any yes"),
   ("T", "I'm only nudging this again to see whether my last note made it past your other emails, no rush whatsoever.", "checking-in variant with minimising")],
  [("S", "I can fit and check all eight seats on the 21st, and I'm itching to try out the new fitting rig our team just bought.", "fitting date plus the rep's excitement about own kit"),
   ("T", "I hope that's all okay and that I haven't overstepped by mentioning the ISOFIX thing.", "needing approval"),
   ("S", "Could you also pass my name to the managers at your other two nurseries, as referrals count towards my bonus?", "referral favour for the rep's bonus")])

# 14
email("irrigation pump repair for the hawthorn market garden", "formal", "Pump report and motor test",
  "Dear Mr Penrose,", "Kind regards,\nAlun Price",
  [("N", "Apologies for the late reply; I was on a call-out in Ledbury until Wednesday, and the pump report is below.", "borderline: single courtesy apology for a real delay, with the reason"),
   ("N", "The impeller is scored and the mechanical seal has been weeping, which is why your pressure drops after about twenty minutes.", "diagnosis tied to his symptom"),
   ("N", "Your own meter readings show the pump drawing 14% more current than in March, so the motor is working harder than it should.", "figures from the prospect's own data")],
  [("N", "A replacement impeller and seal would be £410 fitted; a new pump would be £1,260, and I'd only recommend that if the motor test fails.", "prices with a confident recommendation"),
   ("N", "Could I come out on Tuesday morning to run the motor test before you decide?", "clear next step with a date"),
   ("N", "The Environment Agency abstraction licence on your borehole is up for renewal in September, so it may be worth checking the flow figures at the same visit.", "borderline: real external licence date, stated once with the reason")])

# 15
email("jewellery valuation for the ashford pawnbrokers", "blunt", "Sample valuation",
  "Morning Raj,", "Steve",
  [("S", "We've valued for Sotheby's, two royal households and half the pawnbrokers in Kent, so we know what we're doing.", "generic boast of clients"),
   ("S", "The sample valuation you asked for is attached, and while you're looking, I need two more contracts like yours to make my commission band this month.", "requested sample plus the rep's commission band"),
   ("HS", "The service agreement is attached too, and I need it back signed by Thursday, because my area manager goes through my numbers that afternoon.", "attached agreement plus a date set for the rep's review (rule 16)"),
   ("N", "Of the twelve rings you sent, two are lab-grown stones sold as mined, which your staff would want to know before they lend against them.", "concrete value from his own items")],
  [("H", "Frankly, a shop that keeps lending against fake diamonds after seeing that deserves what it gets.", "shaming and sarcasm"),
   ("H", "I can do Tuesdays and Thursdays at your counter from next week, but only if you sign today, as other shops are queueing for those days.", "availability plus a same-day ultimatum and rival buyers")])

# 16
email("junk clearance for the old maltings studios", "chatty", "Storeroom clearance",
  "Hi there Nadia,", "Thanks so much!!\nBecca",
  [("T", "Sorry, sorry, me again!", "apology for following up"),
   ("T", "Bobbing back up to see if the clearance is still something you might want, totally fine if not.", "checking-in variant and pre-emptive release")],
  [("N", "From your floor plan, the ground-floor storeroom alone is about three skip-loads, mostly old kiln shelving and pallets.", "estimate from her own plan"),
   ("T", "I've pencilled in the 14th for the van, but only if that's okay with you, and sorry if that's presumptuous!", "proposed date plus permission-seeking and an apology"),
   ("HT", "The price you asked for is £1,850, and I'll bring it down to £1,500 if you can say yes by this Friday.", "requested price plus a discount conditioned on the rep's Friday date"),
   ("N", "We recycle the metal and timber, so you'd get a waste transfer note for your landlord.", "we, but the value is hers")])

# 17
email("kennel heating for the dalesview dog rescue", "formal", "Heating for the outdoor runs",
  "Dear Trustees,", "Yours faithfully,\nC. Wainwright",
  [("N", "Thank you for inviting us to quote for heating the twenty outdoor runs.", "courtesy"),
   ("N", "Infrared panels above each bed area would keep the dogs at 15°C through January for about £9 a day at your current tariff.", "value from the prospect's own tariff"),
   ("H", "A rescue that truly cares about its dogs will have this installed before the first frost, and I am sure you would not wish to be the exception.", "shaming and moral pressure")],
  [("HS", "I have attached the quotation, and I must ask for your decision by the 30th, since my managing director wants the job in this year's order book.", "attached quote plus a date set for the director's order book (rule 16)"),
   ("H", "I will send the wiring diagram your caretaker asked for on Monday, and if I hear nothing from the committee by then I will write directly to your patron.", "caretaker's requested diagram plus a bypass threat"),
   ("N", "Our electrician is free to survey the runs on the 18th or the 19th.", "logistics with dates")])

# 18
email("knee brace supply for the crossfield physio practice", "non-native English", "Knee braces - catalogue",
  "Hello Dr Mensah,", "Best regards,\nLuca Bianchi",
  [("N", "Thank you for meeting with me last week in your clinic.", "courtesy"),
   ("S", "Our company is number one brace maker in Europe and we win the MedTech Design Prize three years one after another.", "ranking and award boast"),
   ("S", "Our brace have carbon frame, silver-ion liner, quick strap, app tracking, cold pack pocket, five size and eight colour.", "feature list with no patient outcome")],
  [("T", "I send you the catalogue with prices, and I am sorry the price is high, I hope it is not problem for you.", "catalogue plus apology for the price"),
   ("N", "For your ACL patients, the hinged model lets you lock the range of motion in 10 degree steps.", "product detail tied to her patients"),
   ("ST", "We can deliver in two weeks, and I make special price only for you if you say yes, because I really want to start in UK market.", "delivery time plus an unprompted discount and the rep's own ambition")])

# 19
email("knot garden restoration for the wexcombe manor gardens", "formal", "The parterre: proposed approach",
  "Dear Mrs Tremayne,", "With kind regards,\nFrancis Oduya",
  [("N", "Thank you for walking me round the parterre on Monday.", "courtesy"),
   ("N", "The box blight has taken hold in the western quarter, so I would replace those hedges with Ilex crenata rather than replant box.", "expert recommendation backed by what was seen")],
  [("N", "Your visitor figures show June and July bring almost half your year's income, so I would plant in October and have the knots looking full by spring.", "prospect's own figures as information"),
   ("N", "Before we talk about the cost of the full restoration, it is worth agreeing which of the four quarters matter most for your open days.", "respectful redirect to value"),
   ("N", "Would Thursday 9th at 11 suit to walk through the plan with your head gardener?", "clear next step with a date")])

# 20
email("kitchen porter cover for the lantern hotel", "blunt", "KP cover from the 1st",
  "Hi Marco,", "Kev",
  [("N", "Got your message about the two porters leaving at the end of the month.", "acknowledgement"),
   ("H", "You need agency cover from the 1st, no ifs or buts.", "directive telling the prospect what he needs"),
   ("H", "The rate you asked for is £13.40 an hour, but only three porters are left on our books for August and another hotel is asking after them.", "requested rate plus manufactured scarcity and a rival buyer"),
   ("HT", "The contract's attached, and I'll trim 50p an hour off if you sign before Friday.", "attached contract plus a discount tied to the rep's Friday date")],
  [("T", "That said, if the rate's too steep, it's my boss who decides on anything lower, so I'd have to put it to him.", "deferring to the manager on price"),
   ("N", "Send me your rota and I'll match names to shifts by Wednesday.", "clear next step with a date")])
# 21
email("keyring printing for the cliffside aquarium gift shop", "chatty", "Turtle and seahorse keyrings",
  "Hiya Megan,", "Love,\nAbbie x",
  [("S", "I am SO excited about our new glitter-resin range, the whole studio has been buzzing about it for weeks!", "the rep's excitement about own product"),
   ("N", "The turtle and seahorse designs you picked would print at 45p each on an order of 2,000.", "price for her chosen designs"),
   ("T", "I could probably do them at 35p, though, just say the word.", "unprompted discount")],
  [("ST", "Fingers crossed you say yes, I really need a win after the month I've had!", "pleading for the rep's own sake"),
   ("N", "Samples can be with you on Tuesday if you'd like to see the colours under your shop lights.", "clear offer with a date"),
   ("S", "The artwork proofs are attached, and if you could leave us a five-star review when they arrive that'd really help me hit my target!", "attached proofs plus a review favour for the rep's target")])

# 22
email("lace curtain cleaning for the ambleside guest house", "very deferential", "Your lace curtains",
  "Dear Mrs Dobson,", "With kind regards,\nMargaret Lund",
  [("T", "I do hope you don't mind me writing, and please forgive the intrusion.", "permission-seeking and apology for selling"),
   ("N", "Antique Nottingham lace like yours is best hand-washed in a pH-neutral soak and dried flat, which stops the edges shrinking.", "expert insight for her curtains")],
  [("T", "Our price for the eight bay-window panels is £96, and I'm awfully sorry it comes to that much.", "the price plus an apology for it"),
   ("N", "We collect on Mondays and return within the week.", "logistics"),
   ("T", "I could come on Monday for the first panels, if that wouldn't put you out, and of course only if it suits.", "collection date plus stacked permission-seeking"),
   ("T", "I'd quite understand if you'd rather not, and thank you ever so much for even reading this.", "pre-emptive release and thanks for considering")])

# 23
email("lacrosse sticks for the brackwell girls' school", "chatty, American", "JV stick order",
  "Hi Coach Reyes,", "Best,\nTyler",
  [("N", "Thanks for the great call yesterday and for sharing the JV roster.", "thanks"),
   ("N", "For your freshman players, the lighter 6000-series shafts should help with cradling control.", "product advice tied to her players")],
  [("HS", "I'd really appreciate it if you could get the PO over by Thursday, since that's when our regional sales contest closes.", "date for her order, for the rep's sales contest (rule 16)"),
   ("ST", "Honestly, your order would be huge for me, so anything you can do to get it over the line would make my month.", "pleading for the rep's own sake"),
   ("H", "I've attached the order form, and I went ahead and kept your card on file from last fall so we can ship Monday.", "attached form plus an assumptive payment step"),
   ("S", "The demo sticks come in both shaft weights, and we're also the official stick partner of three Division I programs, which is pretty awesome.", "product detail plus a generic boast"),
   ("S", "I can bring demo sticks to Tuesday's practice, and it'd be great to get a shout-out from you on the team's Instagram too.", "demo offer plus a publicity favour for the seller")])

# 24
email("lampshade recovering for the regent ballroom", "warm", "Silk for the sconce shades",
  "Dear Mr Castellano,", "Kind regards,\nIsla Brennan",
  [("N", "Thank you for sending the measurements for the twenty-four wall sconces.", "thanks"),
   ("N", "The silk you chose is no longer woven, but the mill has 30 metres left, which covers all twenty-four shades and two spares.", "real stock fact tied to his order"),
   ("N", "The mill has told us its price for that stock holds until 15 May, when its new price list comes in.", "borderline: factual price expiry, stated once with the reason")],
  [("N", "If you'd like, I can send a swatch to hold against the ballroom's gilding before you decide.", "helpful offer"),
   ("N", "We could then start on the shades the week after your New Year's Eve event, as you suggested.", "the prospect's own timing")])

# 25
email("landline porting for the wickham dental group", "blunt", "Digital lines for your three practices",
  "Dr Wickham,", "Neil Barrow\nCrossline Telecom",
  [("N", "The copper lines in your exchange area are being switched off in January 2027, so your practices will have to move to digital lines before then.", "borderline: real external switch-off date, stated once with the reason"),
   ("H", "The tracking on my last two emails shows you opened them six times between you, so I know they're landing.", "pointing out opened-but-unanswered emails"),
   ("H", "Practices that drag their feet on this end up with dead phones on a Monday morning and patients walking to the competition, and I won't be the one picking up the pieces.", "fear and sarcasm used to push")],
  [("H", "The porting form is attached; I've filled in everything but your signature, and the migration is already booked for the 4th.", "attached form plus a migration booked before any yes"),
   ("N", "Your three sites can keep their existing numbers.", "value for the prospect")])

# 26
email("lantern supply for the elmbridge lantern parade", "warm", "Lantern kits for 300 children",
  "Hi Bethan,", "Love,\nCarys",
  [("N", "What a brilliant turnout at last year's parade, the photos on the council page are gorgeous.", "pleasantry"),
   ("N", "For 300 children, the willow-and-tissue kits are the safest choice, as they take LED tea lights rather than candles.", "recommendation tied to her event")],
  [("S", "We're a family business going back four generations, and lantern-making is in our blood.", "borderline: heritage line, self_serving by rule 8"),
   ("ST", "I'll send the kit list this week, and if you'd let us feature the parade as a case study I'd happily take 20% off.", "borderline: kit list plus a discount offered for a case study"),
   ("T", "Hope that's all right, and sorry if I've rambled!", "needing approval and apologising for length")])

# 27
email("leadwork repair for the holy cross chapel roof", "formal", "North valley leadwork",
  "Dear Father Doyle,", "Yours faithfully,\nGeoffrey Amis",
  [("N", "Thank you for letting me up onto the chapel roof on Saturday.", "courtesy"),
   ("N", "The code 5 lead on the north valley has split along two seams, which is where the water is reaching the vestry ceiling.", "finding from the inspection"),
   ("H", "You need to commit to the full re-lay now, because patching would only waste the parish's money.", "borderline: 'you need' directive, though delivered after a real roof inspection")],
  [("HS", "I turned away a cathedral job to keep this month free for Holy Cross, and I would be deeply let down to hear nothing back after that.", "guilt resting on the seller's sacrifice and feelings"),
   ("N", "Lead theft has hit two churches in the deanery this year, so I would suggest a roof alarm alongside the repair.", "insight for the prospect"),
   ("H", "Should the parochial church council not have decided by the 20th, I shall take it that you are content for us to proceed.", "silence treated as consent")])

# 28
email("lime mortar supply for the hatherleigh stone builders", "terse", "NHL 3.5 pricing",
  "Hi Jon,", "Ta,\nSue",
  [("S", "We've just won Supplier of the Year at the Stone Federation awards, our third in a row.", "award boast"),
   ("S", "NHL 3.5 is £14.20 a bag as you asked, and I'm keen to get you on the books as I'm being measured on new accounts this quarter.", "requested price plus the rep's own metric"),
   ("N", "Pallets of 40 ship next day from Gloucester.", "logistics"),
   ("H", "Delivery is free on a full pallet, but the price only holds until Friday, so best get the order in quick.", "free delivery detail plus a dated offer with urgency language")])

# 29
email("linoleum flooring for the moorview scout hut", "chatty", "Floor for the hut",
  "Hi Graham,", "All the best,\nPete",
  [("N", "Thanks for the tour of the hut on Wednesday night, the Cubs were a lively bunch!", "pleasantry"),
   ("N", "Marmoleum sheet would cope with the muddy boots and is easy to patch if a tent peg goes through it.", "product detail tied to his hut")],
  [("N", "At 64 square metres, it comes to £2,150 fitted, and the district grant you mentioned covers up to £1,500 of that.", "price with his own grant"),
   ("N", "Your grant application closes on 30 June, so I've put the written quote in the format the district asks for.", "the prospect's own deadline"),
   ("N", "Once you hear back about the grant, shall we pick a fitting weekend when the hut isn't booked?", "plain next step")])

# 30
email("log splitter hire for the hartside woodland crew", "chatty", "20-tonne splitter",
  "Hi Ellie,", "Dave",
  [("T", "Sorry for chasing, I know you've got loads on.", "apology for following up")],
  [("HT", "Weekly hire is £195 as quoted, and I'll drop it to £150 if you book before I leave the office today.", "quoted price plus a discount tied to the rep's same-day deadline"),
   ("H", "Honestly, you'd be mad not to grab it, half the crews in the valley are already on ours.", "shaming and peers who already switched"),
   ("N", "It runs on the same hydraulic oil as your tractor, so there's nothing extra to carry.", "detail tied to her kit"),
   ("T", "The splitter's free from Monday, so take as long as you like, honestly, there's no hurry on my side!", "availability plus minimising and giving up control")])
# 31
email("loom repair for the carrbridge tweed weavers", "formal", "Your Hattersley loom",
  "Dear Mr MacLeod,", "Yours sincerely,\nIain Forbes",
  [("N", "Thank you for your call about the Hattersley loom that stopped mid-warp on Monday.", "courtesy"),
   ("N", "From your description, the picking stick has cracked at the shoe, which is a common failure on looms of that age and a straightforward repair.", "diagnosis from his description")],
  [("S", "Allow me to tell you a little about our firm: we have restored looms for the National Trust, we exhibit at every textile fair in Europe and we hold a royal warrant.", "the firm's story and credentials, nothing about his loom"),
   ("S", "I could be with you on Thursday, and I would dearly love to photograph the loom afterwards for our new brochure.", "visit offer plus a favour for the seller's brochure"),
   ("T", "The parts list is enclosed; I do apologise for the length of this letter, I tend to get carried away where old looms are concerned.", "enclosed parts list plus an apology for length"),
   ("H", "A replacement picking stick is in stock at our Galashiels store today, but I should warn you that parts for these looms are vanishing fast and there may be none left by next month.", "stock detail plus manufactured scarcity without a real date or reason")])

# 32
email("loose box building for the ferrywood stud", "blunt", "Foaling boxes - drawings",
  "Hi Harriet,", "Cheers,\nOwen",
  [("N", "Good to see you at the sales last week.", "pleasantry"),
   ("N", "For your mares and foals, 4.2 by 4.2 metre boxes with a half-height partition would let them see each other during weaning.", "design tied to her stock")],
  [("HS", "I've been up till midnight three nights running on these drawings for you, so I think I've earned a straight answer this week.", "guilt resting on the seller's effort, with a demand"),
   ("S", "We've built stables for two Derby winners, you know.", "generic boast"),
   ("H", "The drawings are attached and I've already ordered the timber, so it's really just a case of you signing.", "attached drawings plus materials ordered before any yes"),
   ("S", "Ground works would take about ten days once planning comes through, and frankly this job would set me up nicely for the year.", "timescale plus the rep's own stake")])

# 33
email("goose deterrent lasers for the millpond business park", "formal, American", "Geese at Building C",
  "Dear Ms Kowalski,", "Best regards,\nKayla Nguyen",
  [("N", "Thank you for the photos of the geese on the lawn outside Building C.", "thanks"),
   ("N", "A low-power green laser run at dusk for two weeks usually moves a flock of that size on, and it doesn't harm the birds.", "value tied to her problem"),
   ("H", "The site map you requested is attached, and I've gone ahead and sent the invoice to your accounts team so our technician can start on the 18th.", "requested site map plus an invoice sent before any yes"),
   ("T", "I've attached our pricing, and honestly I'm open to whatever figure you think is fair.", "attached pricing plus asking the buyer to name the number")],
  [("T", "The two-week dusk program is $1,400 as you asked, though any discount would be my manager's call, not mine, so I'd need to run it past her first.", "requested price plus deferring to the manager on discount"),
   ("S", "We're the only company in the state that's been featured on both CNN and Good Morning America!", "media boast"),
   ("S", "I'm super excited to finally show off our new dashboard, which I designed myself.", "I-centric excitement with no customer value")])

# 34
email("gymnastics springboards for the larchmont tumbling academy", "terse", "Springboard quote",
  "Dear Coach Ferris,", "Regards,\nAndre",
  [("N", "Following up on last week's demo at your gym.", "single follow-up line"),
   ("N", "Your coaches rated the firm-spring board highest for the level 8 vaulters, so I've quoted two of those and one soft board for beginners.", "quote built on the prospect's own feedback"),
   ("N", "We can take 8% off if you sign a three-year service plan alongside the boards.", "concession traded for a longer term"),
   ("N", "Would Monday at 4 work for a short call with your program director?", "clear next step with a time")])

# 35
email("hand sanitiser refills for the pennine bus station", "chatty", "Gates 4 and 7",
  "Hey Lauren,", "Thanks!\nSam",
  [("T", "Giving this a little wave again in case the last one got buried!", "checking-in variant with no new content"),
   ("N", "Your cleaning log shows the stations by gates 4 and 7 running dry by mid-afternoon, so a 5-litre refill on those two would fix it.", "insight from the prospect's own log"),
   ("S", "Also, our refills just won Best Cleaning Product at the Facilities Show, which we're dead proud of!", "award boast"),
   ("T", "If the timing's off, that's completely fine, I'll leave it with you until after the summer.", "giving up at once, no question")],
  [("HT", "The bulk price you asked about is £7.90 a litre, and I'll shave a pound off it if the order's in by Friday.", "requested price plus a discount tied to the rep's date"),
   ("N", "I can drop off a test case on Monday.", "clear next step")])

# 36
email("heritage lamp standard restoration for the kingsmead promenade", "formal", "Promenade lamp standards: tender",
  "Dear Councillor Adeyemi,", "Yours sincerely,\nRoderick Vance",
  [("N", "Thank you for the condition survey of the forty-two cast-iron lamp standards on the promenade.", "thanks"),
   ("N", "Salt spray has lifted the paint on the seaward side, and six bases show section loss above 20%, so those six should be recast rather than repaired.", "expert recommendation backed by the survey"),
   ("H", "Any council that lets its seafront rot like this ought to be embarrassed, frankly.", "shaming")],
  [("HS", "Our tender is attached, and since my bonus depends on the contract being signed before the summer recess, I would ask for the committee's decision by 10 July.", "attached tender plus a date set for the rep's bonus (rule 16)"),
   ("H", "Your procurement panel can tidy up the paperwork afterwards; what matters is getting the order placed now.", "overriding the prospect's own approval process"),
   ("S", "Our method statement for the recasting is in section 4, and as you may know, our foundry was named Heritage Contractor of the Year.", "method statement plus an award boast")])

# 37
email("insulated delivery boxes for the hearthside meals on wheels", "non-native English", "Boxes for hot meals",
  "Dear Mrs Patel,", "Kind regards,\nAndrei Popescu",
  [("N", "Thank you for reply to my email from Monday.", "courtesy"),
   ("N", "Our boxes keep the hot meals above 63 degrees for 90 minutes, so also your longest rural round is covered.", "value tied to her rounds")],
  [("T", "I am very sorry, I know our price is not so cheap, please excuse.", "apology for the price"),
   ("T", "I attach the quote, and I can already make it 30 percent lower for you, no problem.", "attached quote plus an unprompted discount"),
   ("S", "My boss is watching my numbers very close this month, so this order is very important for me.", "the rep's own need, no date for her"),
   ("H", "The sample box can come on Friday, but also I see you open my email three times already, so please answer me.", "sample offer plus pointing out opened-but-unanswered emails"),
   ("ST", "Please, help me with this one, I will be very thankful.", "pleading for the rep's own sake")])

# 38
email("giant letter hire for the oakbrook wedding barn", "warm", "LOVE letters for the Harper wedding",
  "Hi Chloe,", "Speak soon,\nMia",
  [("N", "Lovely to speak to you about the Harper wedding on 14 September.", "pleasantry"),
   ("N", "The four-foot LOVE letters fit through the barn's side door, so we can bring them in after the ceremony and light them for the evening.", "logistics tied to her venue"),
   ("N", "Sorry to hear the florist let you down; if it helps, I know two who still have September dates.", "sympathy and help")],
  [("N", "Want to see the letters lit up before you book?", "borderline: bare demo ask"),
   ("N", "We're in the yard most weekdays, or I can send a video tonight.", "logistics"),
   ("N", "Hire is £180 for the weekend including delivery.", "plain price")])

# 39
email("greenkeeping software for the tarnside golf club", "chatty", "Your 6th and 11th greens",
  "Hi Alistair,", "Cheers,\nFinn",
  [("N", "Your greens log shows you mowed the 6th and 11th twice as often as the others last summer, which is where the disease outbreaks were.", "insight from the prospect's own log")],
  [("S", "Our app covers the greens module you asked about, along with spray records, staff rotas, weather alerts, moisture maps, bunker logs, tee rotations, irrigation control and a members' newsletter.", "requested module plus a feature list with no outcome"),
   ("S", "We've got backing from two of the biggest names in golf investment, so we're not going anywhere.", "investor boast"),
   ("H", "The trial login you asked for is below, and I've taken the liberty of starting your paid subscription from the 1st so there's no gap.", "requested login plus a paid subscription started before any yes"),
   ("H", "Clubs who leave it another season are going to look pretty silly next to the ones that have moved.", "shaming and FOMO")],
  [("T", "Apologies for such an epic email, I know you're busy.", "apology for length"),
   ("N", "I'm at the course on Thursday if you'd like to go through the 6th and 11th together.", "clear offer with a day")])

# 40
email("hazard signage for the tolland quarry haul roads", "formal", "Signage for the two blind bends",
  "Dear Mr Greaves,", "Regards,\nHelen Ashby",
  [("N", "Thank you for sending the haul-road plan and last year's near-miss reports.", "thanks"),
   ("N", "Eleven of your fourteen near misses happened at the two blind bends, so those are where reflective signs and convex mirrors would do the most good.", "insight from the prospect's own reports"),
   ("S", "We have been making safety signs since 1968 and supply most of the big quarry groups in the country.", "years in business and client boast")],
  [("H", "At roughly £4,000 per lost-time incident, every month you delay is money being thrown down the quarry face.", "borderline: cost of delay used to push, with a plausible figure"),
   ("S", "I can be on site on the 3rd, and if the signs go in as planned, would you be willing to give us a short testimonial for our website?", "site visit plus a testimonial favour for the seller"),
   ("H", "The mirror quote is attached, and for the record, the bends have now featured in four of my emails without a word back, Mr Greaves.", "attached quote plus counting attempts at the prospect"),
   ("N", "I'll send the mirror specification on Friday.", "clear next step")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s95e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s95-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed95: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the twelfth session) from the labelling guide alone, blind to that session's second Apply changes (after\nrounds 89 to 92), which it was written to judge, and measured first in that session on a detector those changes leave\nas it was (rules + model macro-F1 0.914: hard_close 0.938, self_serving 0.915, timidity 0.889; 1 of 106 clean\nsentences flagged; email agreement 1.000 / 1.000 / 0.925).\n")
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
    R.append("- Every third email (s95e003, s95e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
