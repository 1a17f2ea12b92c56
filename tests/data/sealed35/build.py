#!/usr/bin/env python3
"""Build the sealed35 held-out set for the Poise tone coach.

Every sentence below was written by hand from the labelling guide (LABELS.md) alone.
Codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combined, e.g. "HS").
A note starting with "borderline:" marks a sentence decided by one of the guide's borderline rules.
Email labels are derived with the guide's email-level scale, with no hand overrides.
Every third email (3, 6, 9, ...) uses curly apostrophes; the rest use straight ones.
"""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["hard_close", "self_serving", "timidity"]
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}

EMAILS = [
# 1 needle-felting kits, craft-shop chain, chatty, British
dict(subject="Felting kits for the autumn order", sal="Hi Rosa,", sign="Cheers,\nDan", paras=[[
 ("Thanks for sending over the sales figures from your six shops, they were really useful.", "N", "thanks, pleasantry"),
 ("The beginner robin kit sold through fastest in Harrogate, so I'd lead the autumn order with that and the hedgehog.", "N", "confident recommendation tied to the prospect's own data"),
],[
 ("I've pencilled your order into our November production slot and will raise the proforma tomorrow unless I hear otherwise.", "H", "assumptive: silence treated as a yes, proforma before any agreement"),
 ("Honestly, I'd be gutted to lose you to one of the bigger wholesalers after the hours I've spent building your planograms.", "HS", "guilt resting on the seller's feelings and effort (rule 15)"),
 ("We're also the only UK maker whose kits have been shown on a TV craft programme twice, which is a nice feather in our cap.", "S", "generic boast with no link to the buyer's outcome"),
],[
 ("Would Thursday at 11 work to go through quantities shop by shop, or honestly whenever might suit you, if you don't mind me asking?", "T", "a fair meeting ask diluted by 'whenever suits' and permission-seeking"),
]]),
# 2 nutritional analysis lab, snack brand, formal, American
dict(subject="Nutrition panel testing for the four granola bars", sal="Dear Ms. Adeyemi,", sign="Sincerely,\nGrant Whitfield\nClient Services", paras=[[
 ("Thank you for the recipe sheets for the four new granola bars.", "N", "thanks"),
 ("To print compliant Nutrition Facts panels before your March 3 retailer deadline, we would need samples by February 7, as our analysis takes fifteen business days.", "N", "borderline: the prospect's own deadline plus a real lab lead time stated once with the reason (rule 4)"),
 ("Our laboratory has tested over 40,000 products since 1987 and was named Lab of the Year by a trade journal in 2022.", "S", "years in business and an award, not tied to the buyer (rule 8)"),
],[
 ("I have attached the quote for the four bars, though I realize it may be more than you had hoped, and I am sorry about that.", "T", "apologising for the price beside a legitimate attachment"),
 ("If the figure is a problem, please tell me what you can spend and I will do my best to meet it.", "T", "asks the buyer to name their number (rule 7)"),
 ("I might perhaps be able to ask whether the lab could possibly fit in a rush slot, if that would be all right with you.", "T", "stacked hedges plus permission-seeking (rule 2)"),
]]),
# 3 night porter cover, boutique hotel, warm, British, curly
dict(subject="Night porter cover for the Marlowe", sal="Hello Margaux,", sign="Warmly,\nIsla", paras=[[
 ("It was lovely to walk the building with you and the duty managers on Tuesday.", "N", "pleasantry"),
 ("As promised, cover from 11pm to 7am, seven nights, comes in at £21.50 an hour, with the same two porters on rotation so guests see familiar faces.", "N", "the price the prospect asked for, service detail"),
 ("Lots of the hotels along your stretch of the seafront have already moved their night cover over to us, and you won't want to be the one still relying on agency temps.", "H", "peers-already-switched shaming / FOMO"),
],[
 ("I've attached the training records you asked for, and if I'm being honest, getting your group signed would make my whole year.", "S", "seller's own stake with no date or demand: self_serving only (rule 15), beside a requested attachment"),
 ("Could you let me know by Friday, as that's when my manager closes the month's numbers?", "HS", "a date for the decision with the manager's month-end as the reason (rule 16)"),
],[
 ("P.S. Our porters can also take the late room-service orders, and I'll happily throw in the first month of that free if it helps you decide.", "T", "unprompted concession beside a useful service detail (rule 7)"),
]]),
# 4 oatcakes for ferry cafes, terse, British -- clean
dict(subject="Oatcakes for the ferry cafés", sal="Hi Callum,", sign="Best,\nMoira", paras=[[
 ("Oatcakes for the four ferry cafés: quote attached, built on the volumes you gave me.", "N", "logistics, attachment"),
 ("Cases of 48, shelf life nine months, which covers your winter timetable without waste.", "N", "product detail tied to the prospect's situation"),
 ("The seaweed-and-pepper flavour outsold plain three to one on the other island route we supply.", "N", "social proof tied to a comparable route (rule 8)"),
 ("Your purchasing window closes on 30 September, so I'll put samples on the 8:40 sailing on the 15th.", "N", "the prospect's own deadline, not pressure"),
 ("Can your café leads taste them on the 16th and send comments by the 23rd?", "N", "plain ask with dates"),
]]),
# 5 organic cotton sleepsuits, dept store own brand, blunt, American
dict(subject="Organic sleepsuits for the own-brand line", sal="Jen,", sign="Tom", paras=[[
 ("Your buyer said the own-brand line has to hit a $14 retail, and our landed cost of $4.10 leaves you the margin you asked for.", "N", "value tied to the buyer's stated target"),
 ("Stop comparing us with the cheap conventional mills, because nobody serious in babywear still buys from them.", "H", "shaming: 'nobody serious'"),
 ("Send the PO today and we'll hold the GOTS-certified fabric; wait until next week and it goes to another brand.", "H", "ultimatum and scarcity beside a real product detail"),
],[
 ("We've got the biggest booth at every trade fair and three design awards on the wall, so we're hardly a risk.", "S", "generic boasts"),
 ("The lab reports for the snap fasteners are attached, since your QA team flagged pull strength.", "N", "attachment answering the buyer's concern"),
 ("My numbers this month depend on your order, so I need the PO by the 28th.", "HS", "date pressed on the prospect for the seller's own target (rule 16)"),
]]),
# 6 outdoor education instructors, very deferential, British, curly
dict(subject="Instructors for the Year 8 residential", sal="Dear Mrs Pemberton,", sign="With my very best wishes,\nOwain Pritchard", paras=[[
 ("Thank you so very much for even reading my last email, I truly don't take it for granted.", "T", "thanking the prospect for merely reading: need for approval"),
 ("I wondered if it might perhaps be possible, if you felt it appropriate, to have a short call at some point.", "T", "stacked hedges plus permission-seeking (rule 2)"),
],[
 ("For your Year 8 residential on 9-11 June, we'd provide four instructors for gorge walking, canoeing and the night navigation you mentioned.", "N", "concrete offer tied to the prospect's plan"),
 ("All our instructors hold the national governing body awards your local authority's off-site visits policy requires, and their certificates are attached.", "N", "credential the buyer's process requires (rule 8)"),
 ("I'm so sorry the quote runs to three pages; I'm sure you have far more important things to read.", "T", "apologising for length, self-abasing (rule 3)"),
 ("If the price is at all a worry, I could take a fifth off straight away.", "T", "unprompted, unconditional discount (rule 7)"),
]]),
# 7 olive wood boards, kitchenware shop, non-native English
dict(subject="Olive wood boards for your shop", sal="Dear Mr Hollis,", sign="Best regards,\nJavier Ortega", paras=[[
 ("Thank you for your message and for the interest in our olive wood boards.", "N", "thanks"),
 ("The boards are cut from pruned branches in Jaén, each one is oiled by hand and has own grain, so no two are same in your window.", "N", "concrete product detail tied to the shop's display"),
 ("Our family make this since four generations and we win many prizes in Spain for the quality.", "S", "heritage plus prizes: a generic boast (rule 8)"),
],[
 ("Please you confirm the order this week, because after Sunday the price I cannot keep anymore and many shops want the same boards.", "H", "invented deadline plus scarcity"),
 ("I send already the invoice for 120 pieces so you can pay and we prepare the shipping.", "H", "assumptive invoice before a yes"),
 ("For the 40 cm size I can send you two samples on Monday, and I am sorry if I write too much, I hope it is not a problem for you.", "T", "sample offer followed by an apology for length and approval-seeking"),
]]),
# 8 popcorn kernels and oil, cinema chain, formal, British -- clean
dict(subject="Popcorn kernels and oil for the 14 cinemas", sal="Dear Ms Okafor,", sign="Kind regards,\nPhilippa Grange", paras=[[
 ("Thank you for the sales figures for your 14 sites; they put annual demand at roughly 38 tonnes of kernels.", "N", "thanks, restating the prospect's data"),
 ("Our round-popping kernels hold toppings better and break less in the large tubs, which cuts the waste your managers mentioned.", "N", "'our' but the value is the buyer's"),
 ("The new calorie-labelling rules for your English sites take effect on 1 April, so we'd supply the per-tub figures your menu boards will need by then.", "N", "borderline: a real regulatory date stated once with the reason (rule 4)"),
],[
 ("I have attached the allergen and food-safety certificates your procurement team requested.", "N", "attachment the buyer asked for"),
 ("Would a 30-minute call on Wednesday 12th suit to agree a trial at Cardiff and Swansea?", "N", "clear next step with a date"),
]]),
# 9 plinths for sculpture walk, chatty, American, curly
dict(subject="Plinths for the sculpture walk", sal="Hey Marcus,", sign="Cheers,\nBeth", paras=[[
 ("Great news that the sculpture walk got its funding!", "N", "pleasantry"),
 ("I've priced the 22 plinths in marine ply with a limestone-effect finish, since most of them sit outdoors from May to September.", "N", "concrete recommendation tied to the site"),
 ("Just wanted to pop back in and see if you'd had any thoughts at all, whenever works for you.", "T", "content-free check-in as the purpose plus 'whenever works' (rule 1)"),
],[
 ("We also do vitrines, wall panels, pedestals, crating, touring packs and install crews, so we're basically a one-stop shop.", "S", "feature list with no link to this project"),
 ("I held the quote at $9,800 as you asked, and I'll knock another 15% off if it helps you say yes.", "T", "unprompted discount beside the price the prospect asked for (rule 7)"),
 ("Could I swing by the site on the 14th to check ground levels, and grab a photo of you with the plinths for our Instagram while I'm there?", "S", "site-visit ask plus a favour that serves the seller's marketing (rule 10)"),
]]),
# 10 paintball, company summer party, blunt/terse, British
dict(subject="Paintball for 60, 4 July", sal="Hi Graham,", sign="Luis", paras=[[
 ("Paintball for 60 on 4 July at our Reading site: £2,340 including kit, 500 paintballs each and a marshal per team.", "N", "the quote the prospect asked for"),
 ("I've sent three emails now and you've opened every one, so a yes or no isn't much to ask.", "H", "counting attempts and read-receipt entitlement aimed at the prospect (rules 13, 15)"),
 ("We're the paintball venue of choice for half the tech firms on the M4 corridor.", "S", "generic boast"),
],[
 ("If I haven't heard by Monday I'll book the marshals and send the deposit invoice.", "H", "silence treated as a yes, assumptive invoice"),
 ("Your HR lead asked about under-18s, and the minimum age is 12 with a signed parental consent form.", "N", "answers the prospect's question"),
],[
 ("P.S. I've already turned away another group for your date, so it would be a real shame to waste that.", "HS", "guilt resting on a sacrifice the seller made for the prospect (rule 15)"),
]]),
# 11 pressure-relief mattresses, nursing homes, warm, American
dict(subject="Alternating-pressure mattresses for Maple Court", sal="Hi Denise,", sign="Warmly,\nKaren Liu", paras=[[
 ("I'm sorry to hear that two of your residents at Maple Court developed pressure injuries over the winter.", "N", "sympathy, not an apology (rule 3)"),
 ("Our alternating-pressure mattresses cut new pressure injuries by 40% at a group of nursing homes about your size, mainly because the pump alarms when a cell deflates.", "N", "social proof tied to the prospect's situation (rule 8)"),
 ("I've attached pricing for the 30 beds you listed, and my director would really love this one on the board before our fiscal year ends on the 30th.", "HS", "seller's manager and fiscal year as the reason for a date, beside a requested attachment (rule 16)"),
],[
 ("If it helps at all, I'm happy to drop the price by whatever amount makes this work for you.", "T", "open-ended price cave (rule 7)"),
 ("I'd hate for you to think we were pushing you, so please just ignore me if this isn't a good fit.", "T", "approval-seeking and pre-emptive release"),
 ("Would a four-week trial of five mattresses on your second floor be useful, and could you send your PO number now so the units go out on Monday's truck?", "H", "trial offer turned into an assumptive PO demand"),
]]),
# 12 quail eggs, restaurant group, terse, British, curly
dict(subject="Quail eggs, five kitchens", sal="Tom,", sign="Ed", paras=[[
 ("Quail eggs for your five kitchens: 90 dozen a week, delivered Tuesday and Friday.", "N", "logistics"),
 ("Price is 38p an egg, held to 31 December because that's when our feed contract renews.", "N", "borderline: factual price expiry with a reason and no urgency language (rule 4)"),
 ("I've booked your first drop for Tuesday and need a card on file by tonight to release it.", "H", "assumptive booking and payment demand"),
],[
 ("Every other group in Soho moved to us months ago, so you're the last one left on the old supplier.", "H", "peers-already-switched shaming"),
 ("The eggs are hand-graded to the size your head chef specified, and frankly any kitchen that cares about its scotch eggs would have switched already.", "H", "product detail beside 'any kitchen that cares' shaming"),
 ("I can bring a tray to the Dean Street kitchen on Thursday, and a short quote from your head chef for our website afterwards would be a big help to us.", "S", "tasting offer plus a testimonial favour before any value delivered (rule 10)"),
]]),
# 13 quantity surveying, village hall extension, formal, British
dict(subject="Cost plan for the village hall extension", sal="Dear Mr Ashworth,", sign="Yours sincerely,\nHelen Marsh MRICS", paras=[[
 ("Thank you for the architect's Stage 3 drawings for the village hall extension.", "N", "thanks"),
 ("My initial cost plan puts the build at £412,000, and I'm confident ours is the best-qualified practice in the county to manage it.", "S", "cost figure beside a generic 'best-qualified' boast"),
 ("The Lottery deadline you mentioned is 14 May, so I propose issuing the cost plan to your committee on 28 April.", "N", "the prospect's own deadline"),
],[
 ("Our practice has been established for 62 years and sits on every major framework in the region.", "S", "years in business and rankings: generic boast (rule 8)"),
 ("It would be a personal favour to me if the committee could approve my appointment at its March meeting, as my senior partner is keen to fill our spring diary.", "HS", "a date for the decision with the senior partner's wish as the reason, phrased as a favour (rule 16)"),
 ("I do apologise for the fee, which I appreciate is more than a small village might expect to pay.", "T", "apologising for the price (rule 3)"),
]]),
# 14 radio jingles, car dealership, chatty, American
dict(subject="Jingle demos for the dealership", sal="Hey Ricky,", sign="Talk soon,\nJoey", paras=[[
 ("Loved the tagline you pitched on the call, \"Drive Home Happy\" really sings.", "N", "pleasantry"),
 ("I've got three demos for you, a 5-second sting, a 15 and a 30, and my sales manager is counting on this one closing before the month's out.", "HS", "concrete deliverables beside a month-end time frame with the manager as the reason (rule 16)"),
 ("Our studio has written jingles for 400+ brands, won two international awards and has a Grammy-nominated producer on staff!", "S", "generic boasts"),
],[
 ("Sign off by Friday and I'll throw in the 60-second version for free, otherwise it goes back to full price.", "HT", "concession conditioned on the seller's date, no seller reason given (rule 7)"),
 ("The dealership across town already runs our jingle and their phones haven't stopped ringing, so you don't want to get left behind.", "H", "competitor FOMO"),
 ("Want me to play them for you on a quick call Tuesday at 2?", "N", "next step with a time"),
]]),
# 15 rehearsal studio hire, touring theatre, warm, British, curly -- clean
dict(subject="Studio A for the spring tour rehearsals", sal="Dear Priya,", sign="All the best,\nFinn", paras=[[
 ("Thanks for walking me through the tech needs for the spring tour of \"The Lighthouse Keeper\".", "N", "thanks"),
 ("Studio A is 14 by 11 metres, which fits your full set footprint with a metre spare on each side.", "N", "product detail tied to the prospect's set"),
 ("It's free for the four weeks from 3 February, and you'd have sole use of the green room and the sprung floor.", "N", "availability, logistics"),
],[
 ("Just a heads-up that the council's parking suspension on Wharf Street runs during week two, so the van would need to unload at the rear gate.", "N", "borderline: one polite 'just' with useful information (rule 1)"),
 ("Apologies for the slow reply, I was at a get-in in Leeds until yesterday.", "N", "borderline: single courtesy apology for a real delay with the reason (rule 3)"),
 ("Shall I hold the dates provisionally until your producer confirms on the 20th, as you suggested?", "N", "the prospect's own date"),
]]),
# 16 reusable cups, football stadium, blunt, British
dict(subject="Reusable cups for next season", sal="Hi Sandra,", sign="Regards,\nMark", paras=[[
 ("You need to get rid of single-use cups this season, full stop.", "H", "'you need' as a directive with no analysis (rule 6)"),
 ("Our 568 ml cups survive 500 washes, and at your 22,000 capacity the deposit scheme pays for itself by the sixth home match.", "N", "value tied to the prospect's numbers"),
 ("Three other clubs in your league have already signed, and yours is the only ground in the division still sweeping plastic off the terraces.", "H", "competitors-already-bought shaming"),
],[
 ("I've put your name down for 30,000 cups, and your payment details are all I need to get them into production.", "H", "assumptive order and payment request"),
 ("Your safety officer's point about thrown cups is fair, and our soft-rim design was tested for exactly that.", "N", "answers the prospect's objection"),
 ("Our cups are used at the national stadium, two Olympic parks and every major festival in Europe.", "S", "generic client-list boast"),
]]),
# 17 stunt coordination, TV drama, chatty, American
dict(subject="Rooftop chase, episode 5", sal="Hi Naomi,", sign="Best,\nCarlos", paras=[[
 ("Thanks for sending the block 2 scripts; the rooftop chase in episode 5 is a great sequence.", "N", "thanks"),
 ("I'd suggest we rig a descender rather than use a crash mat for the fall, because your location's parapet is only 90 cm high.", "N", "expert recommendation with the reason"),
 ("Sorry, I know you're slammed, and sorry again for the long email, I really hate to take up your time.", "T", "repeated apologies for normal selling and length (rule 3)"),
],[
 ("Our team doubled for the leads on three superhero franchises and a spy film, and we've got the reel to prove it.", "S", "generic credits boast"),
 ("Day rates are attached, and to be honest I'd be thrilled just to get our name on a prestige show like yours.", "S", "seller's stake, no blame or demand (rule 15), beside an attachment"),
 ("Could we do a recce at the Ferris Building on the 9th, and if that's no good I'll completely understand and leave you in peace?", "T", "recce ask followed by pre-emptive release (rule 11)"),
]]),
# 18 stocktaking, convenience stores, terse, British, curly
dict(subject="Year-end stocktakes, 9 stores", sal="Hi Priti,", sign="Ta,\nRaj", paras=[[
 ("Stocktakes for your 9 stores: two counters per store, overnight, results by 8am.", "N", "logistics"),
 ("Your auditor wants counts within 7 days of the 31 March year end, so we'd do all nine between 27 and 31 March.", "N", "the prospect's own external constraint, not the seller's"),
 ("Honestly I'm just hoping you say yes, because it would really help me out.", "ST", "pleading for the seller's own sake, no date pressed on the prospect (rules 15, 16)"),
],[
 ("Sorry to keep popping up in your inbox like this.", "T", "apologising for following up (rule 3)"),
 ("If £85 a store feels steep, name a figure and I'll see how close I can get.", "T", "'name your number' concession (rule 7)"),
 ("Can I come to the Hounslow store on Monday to walk the layout, and I'll bring the contract so we can get it signed while I'm there?", "H", "site visit turned into an assumptive signing before a yes"),
]]),
# 19 storytelling sessions, library summer programme, warm, American
dict(subject="Storytelling for Ocean Worlds", sal="Hi Lorraine,", sign="With warmth,\nAbigail", paras=[[
 ("Thank you for telling me about this summer's reading challenge theme, Ocean Worlds.", "N", "thanks"),
 ("I'd plan six 45-minute sessions of sea folktales and call-and-response songs, and I've poured my heart into this plan for you, so I'd hate to see it go to waste.", "HS", "concrete plan beside guilt resting on the seller's effort and feelings (rule 15)"),
 ("I've already blocked out every Tuesday in July for your branches and sent the invoice to your finance office so it's ready to go.", "H", "assumptive booking and invoice before a yes"),
],[
 ("It has been a hard year for freelance storytellers, and I'd be so grateful if you could find it in your heart to book me.", "ST", "pleading for the seller's own sake (rule 15)"),
 ("I've performed at over 200 libraries, two national festivals and a White House event!", "S", "generic boast"),
 ("Would a short call on Thursday work to settle which branches suit the sessions best?", "N", "next step with a day"),
]]),
# 20 timber cladding, visitor centre tender, formal, British
dict(subject="Cladding for the Coldwater Visitor Centre", sal="Dear Mr Farrow,", sign="Yours sincerely,\nAnna Lindqvist", paras=[[
 ("Thank you for the tender documents for the Coldwater Visitor Centre, which our bid team has already given up a fortnight to, so frankly we'd expect the council to repay that with the contract.", "HS", "guilt and entitlement resting on the seller's effort (rule 15)"),
 ("For the north elevation I'd recommend thermally modified ash over the specified larch, because the site sits in a severe wind-driven rain zone and the ash moves less.", "N", "confident expert push-back with the reason"),
 ("The tender closes at noon on 18 October, and our priced schedule will be with you by the 16th.", "N", "the buyer's own deadline"),
],[
 ("On the 5% reduction your QS asked about, I'd have to check with my sales director before I could say anything.", "T", "deferring on a discount question (rule 12)"),
 ("We supplied the cladding for a prize-shortlisted gallery, a royal residence and the largest timber office in Europe.", "S", "generic boast not tied to this project"),
 ("Frankly, any council that cared about its carbon targets would have specified us already.", "H", "shaming: 'any council that cared'"),
]]),
# 21 toastmaster, livery company dinner, very deferential, British, curly
dict(subject="Toastmaster for the livery dinner", sal="Dear Mr Okonjo,", sign="Respectfully yours,\nGeorge Mbeki", paras=[[
 ("I'm terribly sorry to write to you again, and I hope you'll forgive the intrusion.", "T", "apologising for following up, self-abasing"),
 ("For the Company's dinner on 14 March I'd run the grace, the loyal toast and the speeches to the timings your Clerk set, so the meal finishes before the 10.30 coaches.", "N", "concrete plan built on the prospect's timings"),
 ("I'll meet your Master beforehand to rehearse the order of precedence he asked about.", "N", "answers the prospect's request"),
],[
 ("I quite understand if you'd rather not, and please don't feel you have to reply at all.", "T", "pre-emptive release (rule 11)"),
 ("If you'd like, I could also reduce my fee by 10% without anything in return, just so it's easier to agree.", "T", "unconditional discount (rule 7)"),
 ("Would it be alright if I perhaps sent over the running order, if you thought it might maybe be useful?", "T", "stacked hedges plus permission-seeking (rule 2)"),
]]),
# 22 treasure hunt, product launch, chatty, American -- clean
dict(subject="Treasure hunt for the May 17 launch", sal="Hi Jess,", sign="Cheers,\nDev", paras=[[
 ("Fun brief, thanks for sending it over!", "N", "pleasantry"),
 ("For the Brooklyn launch on May 17 we can run a two-hour treasure hunt for 120 guests, with clues placed between the Navy Yard and your pop-up.", "N", "concrete offer on the prospect's date"),
 ("The city's special event permit takes 30 days, so we'd file it by April 15 to keep your date safe.", "N", "borderline: permit lead time stated once with the reason (rule 4)"),
],[
 ("Clue cards in your spring colors are included, and the proofs go to your design team a week before.", "N", "logistics"),
 ("Does Monday at 10 work for a call to lock the route?", "N", "next step with a time"),
]]),
# 23 underwater archaeology, marina redevelopment, formal-warm, British
dict(subject="Underwater archaeology ahead of the marina works", sal="Dear Dr Hartley,", sign="Kind regards,\nSimon Reyes", paras=[[
 ("Thank you for showing me round the harbour on Friday, and I do hope I didn't overstay my welcome or upset anyone.", "T", "thanks followed by approval-seeking"),
 ("The 1850s charts show a wreck site inside the new pontoon line, so I'd recommend a diver-led assessment of that strip before your dredging consent is finalised.", "N", "expert recommendation backed by evidence"),
 ("We're the UK's most decorated marine archaeology team, with two national heritage awards and over a million pounds' worth of survey kit.", "S", "awards and kit boast"),
],[
 ("The quote is attached, and it only stands until Friday because I've got a waiting list of clients after that week.", "H", "manufactured scarcity and deadline beside an attachment"),
 ("Given how much of my own time I've already put into planning this, I think a decision this week is only fair.", "HS", "guilt resting on the seller's effort (rule 15)"),
 ("Your planning officer wanted the written scheme of investigation by 1 March, which our schedule comfortably allows.", "N", "the prospect's own deadline"),
]]),
# 24 UPS batteries, co-working operator, blunt, American, curly
dict(subject="UPS batteries for the server room", sal="Kayla,", sign="Sam", paras=[[
 ("Here's the plan for the server room: replace the 40 battery modules in your two UPS cabinets, which are past their five-year design life.", "N", "concrete proposal with the reason"),
 ("New modules restore the 20 minutes of runtime your generator needs to start and take the load, which the last outage showed you don't have today.", "N", "'needs' as a technical prerequisite, insight from the prospect's own outage"),
 ("The 40 modules are in stock at our Oakland warehouse, but decide by Wednesday or I sell the lot to another customer.", "H", "ultimatum and scarcity beside a real stock fact"),
],[
 ("If you go quiet on me again, I'll take this straight to your CEO, who I know is keen.", "H", "bypass threat (rule 12)"),
 ("We've been named a top-five power partner by every major vendor, and our founder gives keynote talks on data center resilience.", "S", "rankings and founder boast"),
 ("Install would be the weekend of the 14th, as your maintenance window requires, and I'll need a card on file by tonight to hold the crew.", "H", "install fact beside an assumptive payment demand"),
]]),
# 25 catheters, community nursing team, formal, British
dict(subject="Catheter trial for the district nursing team", sal="Dear Sister Campbell,", sign="Yours sincerely,\nClaire Dunn", paras=[[
 ("Thank you for letting me join your team meeting on Thursday.", "N", "thanks"),
 ("Your nurses said 30% of catheter call-outs are for blockages, and our hydrophilic silicone catheter cut blockage visits by about a third for a similar community team in Leeds.", "N", "social proof tied to the prospect's own data"),
 ("I'm afraid I'd have to ask my area manager whether we could match your current supplier's price.", "T", "deferring to a manager on price (rule 12)"),
],[
 ("I'm so sorry for taking up your meeting time, I know it must have been an imposition.", "T", "apologising for normal selling, self-abasing"),
 ("The samples your team asked for are in the post, and my boss has told me I need this trial signed before the end of the quarter.", "HS", "seller's manager and quarter as the reason for a time frame, beside a real logistics clause (rule 16)"),
 ("Would 10 March suit for a short training session, or any other date at all that's easier, as I really don't want to be a nuisance?", "T", "training date diluted by 'any date at all' and need for approval"),
]]),
# 26 virtual reception, small architecture office, chatty, British
dict(subject="Virtual reception for the Wapping office", sal="Hi Olly,", sign="Cheers,\nHannah", paras=[[
 ("Great to meet you and the office team on Monday.", "N", "pleasantry"),
 ("For your call volumes I'd go with the daytime plan plus overflow after 4pm, since that's when your two coordinators are out on site visits.", "N", "expert recommendation with the reason"),
 ("Just popping up again to see if you've had a moment to look, honestly no rush whatsoever.", "T", "content-free check-in plus minimising (rule 1)"),
],[
 ("We've just won Outsourcing Provider of the Year for the third time running, and we answer the phones for a household-name bank.", "S", "awards and client boast"),
 ("I can see the plan fits your budget, so I've gone ahead and scheduled the porting of your number for the 3rd.", "H", "assumptive booking before a yes"),
 ("There's also a diary-management add-on at £180 a month, and I'll halve it for the first year if that sweetens things.", "T", "product offer beside an unprompted, unconditional discount (rule 7)"),
]]),
# 27 velodrome track time, cycling club, formal, British, curly -- clean
dict(subject="Track sessions for the junior squad", sal="Dear Mr Castellano,", sign="Best regards,\nMaria Delgado", paras=[[
 ("Thank you for the club's training calendar for the winter.", "N", "thanks"),
 ("The track is free on Tuesday and Thursday evenings from 7 to 9, which matches the two sessions your coaches want for the junior squad.", "N", "availability tied to the prospect's plan"),
 ("Under the governing body's rules riders need a track induction before open sessions, so we'd run inductions for your new juniors in the first two weeks.", "N", "'need' as a prerequisite set by a third party"),
],[
 ("I wanted to follow up on the proposal I sent on the 2nd.", "N", "a single follow-up line (rule 13)"),
 ("Last winter your juniors lost about a third of their sessions to weather, according to your head coach's figures, and indoor track time removes that.", "N", "cost of inaction from the prospect's data, offered as information (rule 5)"),
 ("Would Wednesday at 3 work to confirm the block booking with your head coach?", "N", "next step with a time"),
]]),
# 28 vacuum-packing machines, butcher, non-native English
dict(subject="Vacuum machine for your shop", sal="Hello Mr Greaves,", sign="Kind regards,\nMarek Nowak", paras=[[
 ("Thank you for the visit of your shop last week, it was very nice to see your dry-aged beef.", "N", "pleasantry"),
 ("For your volume the VP-400 chamber model is correct size, it seals 4 packs in 30 seconds and has gas flush for the mince.", "N", "recommendation tied to the shop's volume"),
 ("Our company is number one in Europe since 1971, with more than 80 patents and offices in 30 countries.", "S", "ranking, years, patents: generic boast"),
],[
 ("You must buy the machine now, before the price go up, because later you will regret and it is too late.", "H", "'buy now or never' pressure"),
 ("I give you 20 percent discount already, without you ask, because I want very much that we work together.", "T", "unprompted discount (rule 7)"),
 ("I can bring the demonstration machine on Thursday morning, and many butchers in your town buy already, so you should not be the last one.", "H", "demo offer beside peers-already-bought shaming"),
]]),
# 29 wildflower turf, council roundabouts, formal, British
dict(subject="Wildflower turf for the 11 roundabouts", sal="Dear Ms Bradshaw,", sign="Yours sincerely,\nRuth Kember", paras=[[
 ("Thank you for the list of the 11 roundabouts in the verges programme; we're proud to be the country's leading wildflower turf grower.", "S", "thanks followed by a 'leading' boast (rule 8)"),
 ("Wildflower turf would take your mowing from eight cuts a year to one, which on your figures saves about £14,000 a year across the sites.", "N", "value from the prospect's own figures"),
 ("The mix includes 34 native species and meets the guidance your biodiversity officer referred to.", "N", "meets the buyer's requirement"),
],[
 ("Every month you spend deliberating is another £1,200 of mowing money thrown away, so the sooner you sign the better.", "H", "borderline: plausible cost-of-delay figure used to push (rule 5)"),
 ("I've already told our nursery to lift the turf for you, so all I need now is your order number.", "H", "assumptive: order steps taken before a yes"),
 ("I'm happy to meet your biodiversity officer on site on the 22nd, though I'd honestly hoped for an answer by now after all the drawings I've prepared for you.", "HS", "site-visit offer beside guilt resting on the seller's effort (rule 15)"),
]]),
# 30 wax jackets, gamekeepers, chatty, British, curly
dict(subject="Jackets for the keepers", sal="Hi Fergus,", sign="All the best,\nRory", paras=[[
 ("Good to chat at the game fair, and thanks for the sizes for your eight keepers.", "N", "pleasantry"),
 ("The Ridgeway jacket is thornproof 8 oz waxed cotton with a game pocket big enough for a brace of pheasant.", "N", "product detail tied to the buyer's use"),
 ("I know you said you're happy with your current supplier until next season, so no worries at all, I'll leave it with you.", "T", "accepting a brush-off without a single question (rule 11)"),
],[
 ("Mind you, a couple of the big estates round you have already swapped to us, and their keepers won't wear anything else now.", "H", "peers-already-switched FOMO"),
 ("Re-waxing is free for the first three years, which matters when the keepers are in gorse every day.", "N", "value tied to the prospect's conditions"),
 ("P.S. Sorry for going on so long about jackets, I do get carried away.", "T", "apologising for the length of the email (rule 3)"),
]]),
# 31 welding training, apprentices, terse, American
dict(subject="MIG and stick course, 16 apprentices", sal="Luis,", sign="Dale", paras=[[
 ("Proposal for the 12-week MIG and stick course for your 16 apprentices is attached.", "N", "attachment"),
 ("Your certification target for the bridge contract is June, and the schedule gets them tested in week 11.", "N", "plan built around the prospect's own date"),
 ("This is the fourth time I've sent this, and the tracker shows you've opened it twice.", "H", "counting attempts and read-receipt guilt (rule 13)"),
],[
 ("Our shop has been training welders since 1952 and has more awards than any school in the state.", "S", "years and awards boast"),
 ("If we don't hear by Friday, we'll take it you're in and start the enrollment paperwork.", "H", "silence treated as a yes"),
 ("Price is $38,400, and my regional manager wants this booked before our fiscal year closes on the 30th.", "HS", "price stated beside a date with the manager and fiscal year as the reason (rule 16)"),
]]),
# 32 xylophones, primary school, warm, British
dict(subject="Xylophones for music week", sal="Dear Mrs Chowdhury,", sign="Warmest wishes,\nBeatrice", paras=[[
 ("It was a joy to hear about your music week plans, and I do hope you don't mind me writing again so soon.", "T", "pleasantry followed by permission-seeking for following up"),
 ("A class set of 15 alto xylophones with removable bars would let your Year 3s play the pentatonic pieces in the scheme of work you showed me.", "N", "value tied to the school's scheme"),
 ("I know school budgets are tight, so I feel awful about the price and I'm so sorry it isn't lower.", "T", "apologising for the price (rule 3)"),
],[
 ("I could easily do them at cost if that makes it easier, I really don't mind at all.", "T", "unprompted concession (rule 7)"),
 ("Would you be able to write a little review for our website once they arrive, and in return I'll add a free set of beaters?", "ST", "borderline: a concession offered to win a review (rule 7)"),
 ("The music hub grant portal closes on 31 January, so I've attached a quote in the format they ask for.", "N", "borderline: real external deadline stated once with the reason (rule 4)"),
]]),
# 33 yak-wool socks, outdoor retailer, blunt-chatty, American, curly
dict(subject="Yak wool socks for fall", sal="Hey Trevor,", sign="Later,\nBrooke", paras=[[
 ("Thanks for the sell-through data from your 12 stores, which only took three weeks of chasing to get out of you.", "H", "sarcasm resting on the prospect's conduct, not the seller's effort: hard_close only (rule 15)"),
 ("Your merino hiking socks sit at 71% sell-through, and yak wool at the same $26 price point gives shoppers the warmth without the itch complaints your staff mentioned.", "N", "insight from the prospect's own data"),
 ("Honestly, you need these on your shelves before fall, period.", "H", "'you need these' directive (rule 6)"),
],[
 ("So what's the hold-up, because I've put weeks of work into your line sheets and I'd expect a bit more courtesy.", "HS", "guilt resting on the seller's effort (rule 15)"),
 ("I've been the top rep in our company three years running, so I know what sells.", "S", "the seller's own ranking"),
 ("Want to see the heathered colors on a video call Thursday?", "N", "borderline: a bare demo ask (rule 9)"),
]]),
# 34 zero-waste refill stations, university shops, chatty, British
dict(subject="Refill stations for the campus shops", sal="Hi Shona,", sign="Speak soon,\nKiera", paras=[[
 ("Thanks for the floor plans for the three campus shops, and sorry, you must be sick of hearing from me by now.", "T", "thanks followed by an apology for following up (rule 3)"),
 ("Twenty-four gravity bins per shop would cover the pasta, rice, oats and lentils your students asked for in the sustainability survey.", "N", "offer tied to the prospect's own survey"),
 ("The only reason I'm asking is that our sales director is breathing down my neck to get the university signed by the end of March.", "HS", "a date for the prospect's signature with the seller's boss as the reason (rule 16)"),
],[
 ("Ooh, and we're \"Refill Brand of the Year\" for 2024, with 300 stores on our books and a brand new app!", "S", "award and feature boast"),
 ("If you'd rather stick with your current supplier, totally fine, and thanks so much for even thinking of us.", "T", "pre-emptive release and thanks for considering (rule 11)"),
 ("All the bins are food-safe and dishwasher-safe, which is what your catering audit checks for.", "N", "meets the buyer's requirement"),
]]),
# 35 stargazing evenings, country-house hotel, formal, British -- clean
dict(subject="Stargazing evenings for Alder House guests", sal="Dear Ms Venn,", sign="Kind regards,\nAlistair Burn", paras=[[
 ("Thank you for the winter events calendar for Alder House.", "N", "thanks"),
 ("For your guests I'd suggest Friday sessions from November to February, when the sky is dark by six and families needn't stay up late.", "N", "confident recommendation with the reason"),
 ("We bring two 8-inch telescopes and red torches, and each session runs 90 minutes on the lawn, with a talk in the library as the cloudy-night fallback.", "N", "service detail"),
],[
 ("I've attached the risk assessment your duty managers can keep at reception.", "N", "useful attachment"),
 ("Could I come over on a clear evening next week to check the light spill from the car park?", "N", "next step"),
]]),
# 36 footplate experience, corporate thank-you, chatty, British, curly
dict(subject="Footplate day for your engineers", sal="Hi Natalie,", sign="Best,\nTess", paras=[[
 ("Lovely to hear your team hit its target, and a footplate day sounds like the perfect thank-you.", "N", "pleasantry"),
 ("We can take 12 of your engineers on the Saturday 10 May run, each doing a stint firing and driving under one of our drivers.", "N", "concrete offer"),
 ("Our railway has been running since 1863, we've got the oldest working tank engine in England and we've been on national TV three times!", "S", "heritage and publicity boast"),
],[
 ("I've reserved all 12 places in your name and put the payment link below so you can get it sorted today.", "H", "assumptive reservation and payment request"),
 ("Sorry, I realise I'm probably being a pest, and I hope you don't mind me saying all this.", "T", "self-abasing apology and approval-seeking"),
 ("The 10 May run is the last steam day before the boiler inspection, so after that the next footplate dates are in September.", "N", "borderline: real external constraint stated once with the reason (rule 4)"),
 ("P.S. Several firms on your business park have already booked their own summer days, so don't be the one left out.", "H", "peers-already-booked FOMO"),
]]),
# 37 rain ponchos, theme park, terse, American -- clean
dict(subject="Ponchos for the park shops", sal="Hi Andre,", sign="Thanks,\nKim", paras=[[
 ("Ponchos for the park shops: quote attached for 60,000 units in your four colors.", "N", "attachment"),
 ("They're 0.08 mm recycled PE, which is thick enough for the log flume and folds to pocket size.", "N", "product detail tied to the park's rides"),
 ("Your merchandising team wanted stock in by April 20 for opening weekend; we can deliver April 12.", "N", "the prospect's own deadline"),
 ("Custom print of the park logo adds 4 cents a unit.", "N", "price detail"),
 ("Can I send six samples to your Orlando office this week?", "N", "plain ask"),
]]),
# 38 rubber ducks, charity duck race, chatty, British
dict(subject="Racing ducks for 15 August", sal="Hi Bev,", sign="Thanks so much,\nJen", paras=[[
 ("Thanks for the details of the Riverside Hospice duck race on 15 August.", "N", "thanks"),
 ("Weighted racing ducks float upright in a current, which avoids the pile-ups you had at the weir last year.", "N", "insight tied to the prospect's past problem"),
 ("All 2,000 come numbered on the base with a free retrieval net, and we're the most-awarded duck race supplier in the country, with over a million ducks raced!", "S", "product detail beside a generic award boast"),
],[
 ("If you could pop a lovely testimonial on our Facebook page after the race, that would mean the world to us.", "S", "asking for a review before any value delivered (rule 10)"),
 ("I'm terribly sorry to keep bothering you, and I'd completely understand if you'd rather go elsewhere.", "T", "apologising for following up and pre-emptive release"),
 ("To be upfront, I'm desperate to hit my numbers this month, so the sooner you order the better for me.", "HS", "a time frame pressed on the prospect with the seller's target as the reason (rule 16)"),
]]),
# 39 UXO survey, residential scheme, formal, British, curly
dict(subject="UXO survey ahead of piling, Wharfside", sal="Dear Mr Sandhu,", sign="Yours sincerely,\nKate Mallory", paras=[[
 ("Thank you for sending the site plan for the Wharfside scheme, and please accept my sincere apologies for troubling you with yet another email.", "T", "apologising for following up (rule 3)"),
 ("The desk study shows the site was within 400 m of a bombed rail yard in 1941, so I'd recommend a non-intrusive survey before your piling starts.", "N", "expert recommendation backed by evidence (rule 6)"),
 ("Your principal designer's programme has piling starting on 2 June, so our report would need to be with you by 26 May.", "N", "the prospect's own date"),
],[
 ("Our firm has cleared sites for the Olympics and the Ministry of Defence, and we hold more accreditations than any competitor.", "S", "generic credentials boast"),
 ("To be blunt, any responsible developer would have commissioned this survey months ago.", "H", "shaming: 'any responsible developer'"),
 ("I can have the survey team on site on the 12th, and if I haven't heard from you by Thursday I'll take this up with your managing director instead.", "H", "bypass threat beside a legitimate offer (rule 12)"),
]]),
# 40 podiatry in care homes, non-native English, formal -- clean
dict(subject="Foot care for residents in your three homes", sal="Dear Mrs Hughes,", sign="Best regards,\nAnil Mehta", paras=[[
 ("Thank you for your email about the foot care for residents in your three homes.", "N", "thanks"),
 ("Our podiatrists can visit each home every 8 weeks and bring all instruments sterilised, so your staff do not need to prepare anything.", "N", "'need' in a harmless sense"),
 ("For residents with diabetes the national guidance says they need an annual foot check, and we record it directly in your care plan system.", "N", "technical requirement, not a directive"),
],[
 ("The price is £18 per resident for each visit, and there is no charge for residents who are in hospital on the day.", "N", "price stated plainly"),
 ("Could we start at Oak Lodge on 4 March, as your manager suggested?", "N", "the prospect's own date"),
]]),
]

TRADES = ["needle-felting kits", "nutrition label testing", "night porter staffing", "oatcakes", "organic cotton babywear",
 "outdoor education instructors", "olive wood boards", "popcorn supply", "sculpture plinths", "paintball",
 "pressure-relief mattresses", "quail eggs", "quantity surveying", "radio jingles", "rehearsal studio hire",
 "reusable stadium cups", "stunt coordination", "stocktaking", "storytelling sessions", "timber cladding",
 "toastmaster", "treasure hunts", "underwater archaeology", "UPS batteries",
 "urology catheters", "virtual reception", "velodrome track time", "vacuum-packing machines", "wildflower turf",
 "wax jackets", "welding training", "xylophones", "yak-wool socks", "zero-waste refill stations", "stargazing evenings",
 "steam footplate experiences", "rain ponchos", "racing ducks for charity races", "UXO surveys", "podiatry visits"]


def curly(s):
    return s.replace("'", "\u2019")


def codes_to_labels(code):
    if code == "N":
        return ["NONE"]
    got = {CODE[c] for c in code}
    assert len(got) == len(code), code
    return [l for l in ORDER if l in got]


def main():
    assert len(EMAILS) == 40 and len(TRADES) == 40
    email_rows, sent_rows = [], []
    sid = 0
    for i, e in enumerate(EMAILS, 1):
        eid = "s35e%03d" % i
        conv = curly if i % 3 == 0 else (lambda s: s)
        paras = [[(conv(t), c, n) for (t, c, n) in p] for p in e["paras"]]
        blocks = []
        for p in paras:
            cur = []
            for (t, c, n) in p:
                if t.startswith("P.S.") and cur:
                    blocks.append(" ".join(cur)); cur = []
                cur.append(t)
            blocks.append(" ".join(cur))
        body = "\n\n".join(blocks)
        text = conv(e["sal"]) + "\n\n" + body + "\n\n" + conv(e["sign"])
        counts = {l: [0, 0] for l in ORDER}  # [total, non-borderline]
        for p in paras:
            for (t, c, n) in p:
                sid += 1
                assert t in text, (eid, t)
                labels = codes_to_labels(c)
                border = n.startswith("borderline:")
                for l in labels:
                    if l in counts:
                        counts[l][0] += 1
                        counts[l][1] += 0 if border else 1
                sent_rows.append({"id": "s35-%04d" % sid, "email": eid, "text": t, "labels": labels, "note": n})
        lab = {}
        for l in ORDER:
            tot, nb = counts[l]
            lab[l] = 0 if tot == 0 else (2 if tot >= 2 and nb >= 1 else 1)
        email_rows.append({"email": eid, "subject": conv(e["subject"]), "text": text, "labels": lab})

    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for r in email_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for r in sent_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # re-read and check
    E = [json.loads(l) for l in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8")]
    S = [json.loads(l) for l in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8")]
    etext = {e["email"]: e["text"] for e in E}
    for s in S:
        assert s["text"] in etext[s["email"]], s["id"]
        assert s["labels"] == ["NONE"] or (s["labels"] == [l for l in ORDER if l in s["labels"]] and "NONE" not in s["labels"])
    per_email = collections.Counter(s["email"] for s in S)
    assert all(5 <= v <= 7 for v in per_email.values()), per_email
    faulty = collections.Counter(s["email"] for s in S if s["labels"] != ["NONE"])
    clean = [e["email"] for e in E if faulty[e["email"]] == 0]
    multi = [e for e in faulty if faulty[e] >= 2]
    assert all(faulty[e] != 1 for e in per_email), "an email with exactly one faulty sentence"

    n = len(S)
    none = sum(1 for s in S if s["labels"] == ["NONE"])
    lc = collections.Counter(l for s in S for l in s["labels"] if l != "NONE")
    ml = sum(1 for s in S if len(s["labels"]) > 1)
    bl = sum(1 for s in S if s["note"].startswith("borderline:"))
    curly_n = sum(1 for e in E if "\u2019" in e["text"])
    ps = sum(1 for s in S if s["text"].startswith("P.S."))
    elev = {l: collections.Counter(e["labels"][l] for e in E) for l in ORDER}
    stats = dict(sentences=n, emails=len(E), none=none, none_pct=round(100.0 * none / n, 1),
                 hard_close=lc["hard_close"], self_serving=lc["self_serving"], timidity=lc["timidity"],
                 multi_label=ml, borderline=bl, clean_emails=len(clean), emails_2plus_faulty=len(multi),
                 curly_emails=curly_n, ps_lines=ps)
    print(json.dumps(stats, indent=1))
    print("email-level:", {l: dict(sorted(elev[l].items())) for l in ORDER})

    lines = [
        "# sealed35: held-out evaluation set for the Poise tone coach",
        "",
        "> **Training data since the tenth session.** This set was once sealed and was read several times while sealed (its",
        "> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).",
        "> It measures nothing now.",
        "",
        '**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on',
        "6 December (the seventh session) from the labelling guide alone and measured first on that session's last model",
        '(rules + model macro-F1 0.867: hard_close 0.792, self_serving 0.897, timidity 0.913; 2 of 108 clean sentences',
        'flagged; email agreement 0.875 / 0.925 / 0.925). It is the source of round 34 of the Apply sample.',
        "",
        "Written by hand, email by email, from the labelling guide (`shared/corpus/LABELS.md`) and the product",
        "description (`shared/PRODUCT.md`) alone. No other data set, rule or code was read; no sentence was copied",
        "or paraphrased from the guide's examples. Every sentence and its label and note live in `build.py`, which",
        "writes `test-emails.jsonl` and `test.jsonl`, derives each email's labels with the guide's email-level scale",
        "(0 none; 1 one sentence or all borderline; 2 two or more with at least one not borderline; no hand overrides),",
        "and checks that every sentence is a verbatim substring of its email and every line parses.",
        "",
        "Run: `python3 build.py` (from this folder).",
        "",
        "## Counts (computed by build.py)",
        "",
        "| | Count |", "|---|---|",
        "| Emails | %d |" % len(E),
        "| Sentences | %d |" % n,
        "| NONE | %d (%.1f%%) |" % (none, 100.0 * none / n),
        "| hard_close | %d |" % lc["hard_close"],
        "| self_serving | %d |" % lc["self_serving"],
        "| timidity | %d |" % lc["timidity"],
        "| Multi-label sentences | %d |" % ml,
        "| Borderline sentences | %d |" % bl,
        "| Clean emails (no faulty sentence) | %d |" % len(clean),
        "| Emails with 2+ faulty sentences | %d |" % len(multi),
        "| Emails with curly apostrophes | %d |" % curly_n,
        "| P.S. lines | %d |" % ps,
        "",
        "Email-level label distribution (score: emails): " + "; ".join(
            "%s %s" % (l, ", ".join("%d: %d" % (k, v) for k, v in sorted(elev[l].items()))) for l in ORDER),
        "",
        "## Design",
        "",
        "- About half the faulty sentences put the fault in one clause beside something legitimate the rep must keep",
        "  (a requested attachment, a quoted price, a real product detail, a meeting offer).",
        "- Fault wordings avoid the textbook phrases; they use seller effort and feelings as leverage, bypass threats,",
        "  assumptive payment and invoicing, peers who already switched, the rep's manager or target as the reason,",
        "  boasts and feature lists, unprompted discounts, self-abasing apologies, stacked hedges, instant give-ups.",
        "- Many NONE sentences are hard negatives: the prospect's own deadlines, real external dates (permits,",
        "  manufacturer allocation, a regulation, a grant portal), confident recommendations, single follow-ups,",
        "  cost-of-inaction figures taken from the prospect's data, 'need' in a technical sense, sympathy.",
        "",
        "## Industries (one trade per email, names N to Z)",
        "",
        ", ".join(TRADES) + ".",
        "",
        "Goods and services; public-sector buyers (a county council, schools, an NHS community nursing team, a library",
        "service, a university, a village hall committee) and private ones (a football club, a cinema chain, a theme park,",
        "a butcher, a co-working operator, a livery company, hotels, a cycling club); one-person suppliers to large firms.",
        "",
        "## Registers",
        "",
        "Formal, chatty, terse, warm, blunt, very deferential and non-native English; British and American spellings;",
        "every third email (3, 6, 9, ...) uses curly apostrophes (’), the others straight ones; %d P.S. lines." % ps,
    ]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
