#!/usr/bin/env python3
"""Build sealed112: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("macrame workshops for the willowbrook day hospice", "warm", "Macrame sessions for your Thursday group", "Dear Helen,",
      "Warm wishes,\nBeth Arkwright\nKnot & Loop Studio",
  [("N", "Thank you for showing me round the day room on Tuesday; your volunteers were lovely.", "pleasantry"),
   ("S", "Each kit comes with pre-cut cord, and we've been named Craft Educator of the Year twice and are stocked by three national chains.", "kit detail plus award and stockist boast"),
   ("N", "You mentioned that several of your Thursday guests have limited grip, so I'd suggest the chunky 5 mm cord, which is far kinder to stiff fingers.", "advice tied to the prospect's guests")],
  [("T", "I've attached the six-week plan, and I'm so sorry it's a lot longer than you probably wanted to read.", "attachment plus apology for the length"),
   ("T", "The six sessions come to £420, and if it helps at all I could knock a third off without you having to ask.", "price plus unprompted discount"),
   ("N", "Would the 14th or the 21st suit for a first session?", "meeting ask with dates")])

# 2
email("mannequin refurbishment for the pemberton & vale boutique", "blunt", "Your window mannequins", "Priya,",
      "Dan\nFinish Line Display Repair",
  [("N", "The four mannequins in your front window have chipped fingertips and a yellowed finish that shows from across the street.", "observation about the prospect's stock"),
   ("H", "Your shop needs these redone before the autumn windows go in, full stop.", "'needs' as a directive, no analysis behind it"),
   ("N", "Each one is stripped, filled and resprayed in a satin lacquer that hides handling marks.", "product detail")],
  [("H", "Refinishing all four comes to £640, as you asked, and the deposit request is already on its way to your accounts team.", "price asked for plus assumptive payment request"),
   ("HS", "I held next Monday open against two other shops for you, so a yes or no by tonight is only fair.", "seller's sacrifice turned into a debt the prospect owes"),
   ("HT", "Confirm by tonight and I'll take £100 off, but that offer is gone at midnight.", "discount conditioned on a seller-set deadline")])

# 3
email("medal engraving for the corsham half marathon", "chatty", "Finisher medals - engraving quote", "Hey Tom,",
      "Cheers,\nJules at Brightmark Engraving",
  [("N", "Great to chat at the running club social last week!", "pleasantry"),
   ("T", "For 1,200 medals with the date on the reverse it's £1.35 each, which I know is a bit steep, sorry!", "price asked for plus apology for the price"),
   ("H", "Everyone else on the race circuit has already ordered theirs for spring, so you're cutting it very fine!", "peers-already-ordered urgency"),
   ("S", "Our kit is the fanciest in the county: a 50-watt fibre laser, rotary attachment, 3D relief mode, auto-focus and a 600 mm bed.", "feature list with no link to the race")],
  [("N", "If you send the course record time by Friday, I can add it to the first 50 medals at no extra cost.", "offer tied to the race"),
   ("T", "I can have proofs to you by Wednesday, but honestly no rush at all, whenever suits, or not at all if it's a faff.", "proof date plus permission-begging and releasing the prospect")])

# 4
email("menstrual product dispensers for the ashfield sixth form college", "formal", "Free-vend dispensers: proposal for the student toilets", "Dear Ms Okonjo,",
      "Yours sincerely,\nAnna Whitcombe\nDignity Supplies Ltd",
  [("N", "Thank you for sending the floor plans and the footfall figures from your student services team.", "thanks for the prospect's data"),
   ("N", "On those figures, the six toilet blocks used most at lunchtime would each need one dispenser, with a seventh in the sports hall changing rooms.", "recommendation from the prospect's own data"),
   ("N", "Our refill contract is priced per term, so your costs follow the academic calendar rather than a flat monthly charge.", "'our', but framed around the buyer's budget")],
  [("N", "The national scheme's ordering window for this year closes on 31 March, after which any stock would have to come out of the college's own budget.", "borderline: real external deadline stated once with its reason"),
   ("N", "Could we meet your estates manager on 12 February to agree the fixing points?", "plain ask with a date")])

# 5
email("model-making for the dunholme regeneration planning exhibition", "very deferential", "Model for the Dunholme exhibition", "Dear Mr Fairbairn,",
      "With kind regards and thanks for your patience,\nRupert Lowe\nLowe Architectural Models",
  [("T", "I do hope you don't mind me writing again, and please forgive me if this is a nuisance.", "permission-begging and apology for a normal follow-up"),
   ("T", "I've attached the 1:500 massing study of the riverside blocks you asked for, and I wondered whether you might perhaps possibly find a moment to look at it.", "attachment plus stacked hedges")],
  [("N", "The exhibition opens on 9 May, so a full model would need sign-off by 4 April to allow for painting and transport.", "prospect's own date with the build lead time"),
   ("T", "The full model would be £4,900, though should that be too much I'd gladly lower it to whatever figure you feel is fair.", "price plus name-your-number concession"),
   ("ST", "I have so been looking forward to this project, and it would mean a great deal to me personally if you would consider us.", "pleading for the seller's own sake")])

# 6
email("moorland fire beaters for the greystone grouse estate", "terse", "Fire beaters", "Angus,",
      "Rob\nHeatherline Supplies",
  [("N", "40 beaters with replaceable rubber flaps, £22 each, delivered.", "price"),
   ("H", "Every estate on the north side re-equipped this spring, and you're the odd one out.", "peers-already-switched shaming"),
   ("HS", "I can deliver on the 28th, but I've a target to make by the 30th, so I'll want your order before then.", "delivery date plus deadline set by the seller's target"),
   ("H", "It all comes from our Hexham yard, and if you're still dithering next week, don't come crying to me when the fire season starts.", "delivery detail plus shaming")])

# 7
email("mulled wine supply for the kingsmere christmas market", "chatty", "Mulled wine for the market chalets", "Hi Carla!",
      "Lots of love,\nMaddie\nEmber & Clove Drinks",
  [("S", "I'm SO excited to tell you about our brand-new spiced blend, which our team has been perfecting for months!", "rep's excitement about her own product"),
   ("N", "You said last year's supplier ran dry on the second Saturday, so I've sized the order at 90 cases with a 10-case reserve held at our unit two miles away.", "sizing from the prospect's own problem"),
   ("H", "The price is £48 a case including the urn loan, and honestly if you don't lock it in today you'll be staring at empty urns again.", "price plus now-or-never pressure"),
   ("N", "Every case comes with a recipe card for the non-alcoholic version your family stalls asked about.", "value tied to the prospect")],
  [("HS", "I can bring a tasting flask round on Thursday, and my boss says this account decides my Christmas bonus, so I really need your yes by Friday.", "tasting offer plus bonus as the reason for a deadline"),
   ("S", "Oh, and we were on a regional TV food show last winter!", "generic boast")])

# 8
email("moisture meter calibration for the hartfield damp surveyors", "formal", "Calibration of your moisture meters", "Dear Mr Osei,",
      "Kind regards,\nMarion Clegg\nTracewell Calibration",
  [("N", "Following your call on Monday, I can confirm that we can calibrate all nine of your pin and pinless meters against traceable reference blocks.", "confirmation of scope"),
   ("N", "Your accreditation audit is on 18 June, and the certificates would be in your hands by 6 June if the meters reach us by 27 May.", "the prospect's own date")],
  [("N", "The charge is £38 per instrument, with return courier included.", "price"),
   ("N", "I'll phone on Thursday morning to confirm the collection address.", "clear next step")])

# 9
email("nut and bolt supply for the tarnbrook agricultural engineers", "non-native English", "Offer for fasteners supply", "Dear Mr. Hollis,",
      "Best regards,\nPiotr Zielinski\nSales Department, Baltyk Fasteners",
  [("N", "Thank you for the list of fasteners you send us last week.", "thanks"),
   ("S", "We can supply all 46 lines on your list, and our company is biggest importer of high tensile bolts in the north, with 25 years experience and certificates from many institutes.", "confirms supply plus boast of size and years in business"),
   ("T", "For the M12 and M16 grade 8.8 bolts the price is £0.18 and £0.31 per piece, and I am very sorry if this is too high for you.", "price asked for plus apology for the price")],
  [("T", "Maybe we can perhaps give some extra reduction if you would maybe tell us what price is possible for you.", "stacked hedges and asking the buyer to name the number"),
   ("N", "We can deliver to your workshop in Tarnbrook within three working days.", "logistics"),
   ("H", "Please you send us the order confirmation and payment this week, because the container space is almost finish.", "scarcity push and payment demand before any yes")])

# 10
email("numeracy tutoring for the colbeck adult learning centre", "warm", "Numeracy tutoring for your spring cohort", "Hi Janet,",
      "With warmest wishes,\nSue Pryor\nCount On It Tutoring",
  [("N", "So sorry to hear about the flooding in your ground-floor classrooms; I hope the clean-up is going smoothly.", "sympathy"),
   ("N", "When you're ready, I can run the twelve-week Level 1 course in your upstairs room instead, on the same Wednesday evenings.", "offer adapted to the prospect's situation"),
   ("S", "I can send the scheme of work over this week, and we've had a brilliant year, by the way, with three new contracts and a lovely write-up in the county newsletter.", "scheme of work offer plus boast unrelated to the prospect")],
  [("T", "The fee is £1,850 including exam entry for up to fifteen learners, and I feel awful even mentioning money at a time like this, sorry.", "price plus self-abasing apology"),
   ("ST", "To be honest I was really counting on Colbeck to keep my diary full this spring, so I'd be ever so grateful for anything at all.", "the seller's own stake, pleaded for")])

# 11
email("nursing chairs for the aldergrove maternity ward", "formal", "Nursing chairs for Ward 7", "Dear Sister Bamford,",
      "Yours faithfully,\nGraham Teale\nKinder Seating plc",
  [("N", "Following up on the chair trial we discussed in March.", "single polite follow-up line"),
   ("H", "I note from our read receipts that my last three messages were opened but not answered.", "pointing at opened-but-unanswered emails"),
   ("H", "Having measured every bay on your ward, I can tell you plainly that you need these chairs before winter.", "borderline: 'you need this' directive, delivered after a real measurement")],
  [("H", "The wipe-clean vinyl meets the infection-control spec your matron sent, and if I hear nothing by Friday I'll take that as approval and deliver on Monday.", "product detail plus silence-means-yes"),
   ("H", "Failing that, I will raise the matter directly with your Director of Nursing.", "bypass threat"),
   ("S", "The chairs carry a five-year frame warranty, and we supply more NHS trusts than any other seating maker in the country.", "warranty detail plus ranking boast")])

# 12
email("navy blazers for the st kenelm's grammar school", "warm", "Blazer quote for September", "Hi Mrs Lacey,",
      "Kind regards,\nRachel Moss\nCopperfield Schoolwear",
  [("N", "Lovely to see you again at the uniform fair!", "pleasantry"),
   ("T", "I've attached the quote for the wool-blend blazer with the embroidered crest, at £34.50 each for 300, and I hope it's okay that I'm sending it, I didn't want to overstep!", "attachment with the price plus approval-seeking"),
   ("S", "Your order last year arrived early and your head said parents loved the fit, so would you mind if we quoted her on our website?", "borderline: favour asked of a happy customer right after value was delivered"),
   ("S", "I'm glad to bring sample sizes to school, and I'd love the chance to tell you our whole story, from the first mill in 1920 to our new factory in Leicester.", "sample offer plus 'hear our story' pitch")],
  [("T", "Only dropping you a line to see where things are, and do have a look if a quiet moment ever turns up.", "'checking in' purpose and permission-begging"),
   ("S", "If you do go ahead, could you write a short review for our website before the end of term?", "favour for the seller")])

# 13
email("neckerchief printing for the wolds district scouts", "chatty", "Neckers for the district camp", "Hi Gav,",
      "Cheers,\nMo\nPatchwork Print Co",
  [("N", "Thanks for sending over the new district badge artwork, it looks great.", "pleasantry"),
   ("N", "To print it on 450 neckerchiefs in time for camp on 19 July, we'd need the final colours by 20 June.", "lead time against the prospect's own date"),
   ("N", "Since your leaders will be washing these at camp, I'd go for screen print over transfer, as it won't peel at 40 degrees.", "confident advice tied to the prospect's use")],
  [("N", "Price is £2.10 each with a woggle, or £1.75 without.", "price"),
   ("N", "Shall I post a sample to the scout hut so your leaders can see one?", "plain offer")])

# 14
email("octopus supply for the kalamata taverna", "blunt", "Octopus - your Friday orders", "Nikos,",
      "Stav\nAegean Catch Wholesale",
  [("N", "You told me last month you're losing about a fifth of each delivery to trim on the small octopus.", "the prospect's own figure"),
   ("N", "Our 2-3 kg Moroccan octopus comes pre-tenderised, so that waste drops and your chef saves a good hour of prep each Friday.", "value tied to the prospect's problem"),
   ("H", "Three other Greek places on your street switched to us in January, and frankly you're behind.", "peers-already-switched shaming")],
  [("H", "I'll put you down for 20 kg this Friday at £16.40 a kilo, and the invoice is already in the post.", "price plus assumptive order and invoice"),
   ("H", "My driver's in your area at 6am Friday, so leave the back door open and he'll drop the 20 kg whether you've replied or not.", "delivery logistics plus delivery without a yes"),
   ("T", "And if that's too dear, say the word and I'll drop to whatever you're paying now.", "caving on price before any objection")])

# 15
email("office cleaning for the brightwater recruitment offices", "formal", "Contract cleaning proposal - Brightwater House", "Dear Mr Ahmed,",
      "Yours sincerely,\nCatherine Dove\nPristine Facilities Group",
  [("N", "Thank you for your time on site on 4 March.", "pleasantry"),
   ("S", "Brightwater would be joining a client list that includes two FTSE 100 headquarters and the city's largest law firm, and we hold four industry awards.", "client-list and award boast"),
   ("N", "Based on the desk count you gave me, a nightly clean of the second and third floors would take two operatives three hours.", "scope from the prospect's figures"),
   ("N", "Washroom consumables would be included in that figure, whereas your current contractor invoices them separately.", "value tied to the prospect's costs"),
   ("N", "I would suggest a four-week trial on the third floor first, so that your office manager can judge the standard before the whole building is committed.", "confident next step that lowers the prospect's risk")],
  [("S", "The proposal I've attached runs to 22 pages, as I wanted you to see all 40 of our service options, eco products, app reporting and uniform standards.", "attachment plus feature dump"),
   ("HS", "I would ask that you confirm by 31 March, as that is when my regional director closes the quarter's figures.", "deadline for the seller's quarter and director"),
   ("H", "The crew could start on 7 April, and frankly a firm of your standing should not still be putting up with kitchens left in that state.", "start date plus shaming"),
   ("N", "I'd be glad to answer any questions about the specification.", "offer of help")])

# 16
email("overlocker servicing for the stitchwell sewing school", "very deferential", "Servicing your overlockers", "Dear Mrs Dunmore,",
      "With many thanks and apologies,\nKeith Norris\nNorris Sewing Machines",
  [("T", "I'm afraid it's me again, and I do apologise for eating into your morning.", "repeated apology for following up"),
   ("N", "Your own maintenance log shows the eight overlockers are due their annual service before the September term begins.", "the prospect's own data"),
   ("T", "The service would be £45 per machine, although I'm so sorry it isn't cheaper and I'd completely understand if it's too much.", "price plus apology for the price")],
  [("T", "I could perhaps come on the 2nd, if that might possibly be all right, but only if it really suits you.", "date offer plus stacked hedges"),
   ("N", "Each service includes new loopers, blade sharpening and a tension reset.", "product detail"),
   ("ST", "I'd be so grateful, as my little business relies on the school's custom more than you'd think.", "pleading for the seller's own sake")])

# 17
email("orange juice supply for the sunrise cafe chain", "chatty", "Fresh OJ for your six locations", "Hey Marcus,",
      "Talk soon,\nBrianna\nGroveline Juice Co.",
  [("N", "Great meeting you at the Sunrise on Elm Street; that breakfast rush is no joke!", "pleasantry"),
   ("S", "We're the fastest-growing juice brand in the state, backed by two major VC funds, and our cold-press line won Best Beverage at a national expo.", "growth, investor and award boast"),
   ("N", "You mentioned no-pulp is your customers' favorite, so I've added that option to the attached pricing sheet.", "responds to the prospect's request")],
  [("HS", "Pricing is $3.10 a quart delivered, and I'd need your signature by the 28th since that's when my sales contest wraps.", "price plus deadline set by the seller's contest"),
   ("H", "Seriously, every Saturday without us is another pile of cash you're pouring into the sink.", "cost-of-delay push with no figure"),
   ("HST", "If you sign by the 28th I'll throw in a free month, since that would push me over my contest target.", "free month conditioned on a date, for the seller's contest"),
   ("S", "I'll drop a tasting case at Elm Street on Monday, and would you mind introducing me to the bakery owner next door while I'm there?", "tasting offer plus referral favour for the seller")])

# 18
email("oak sapling supply for the hallam woodland trust", "formal", "Oak saplings for the Hallam planting season", "Dear Dr Whitfield,",
      "Yours sincerely,\nEleanor Frith\nWharfedale Tree Nursery",
  [("N", "Thank you for the planting plan for the Lower Coppice site.", "thanks"),
   ("N", "Your grant conditions require stock of UK provenance, and all 2,000 of our sessile oaks are grown from seed collected in the Peak District.", "'our', but answers the buyer's grant condition"),
   ("N", "Two-year bare-root whips are £1.10 each; cell-grown stock is £1.65 and establishes better on the drier upper slope you described.", "prices with advice tied to the site")],
  [("N", "Lifting begins in late November, so could you let me know by 1 November which mix you'd prefer?", "borderline: real seasonal lifting date, stated once with its reason"),
   ("N", "I'm glad to walk the site with your volunteers before the first planting day.", "offer serving the customer")])

# 19
email("pizza box printing for the forno rosso takeaways", "blunt", "Printed boxes", "Luca,",
      "Craig\nBoxright Print",
  [("H", "Proof of the two-colour 12-inch box is attached, and I've put the card payment form in with it so we can crack on.", "attachment plus assumptive payment step"),
   ("H", "Any takeaway doing your volume needs printed boxes, end of story.", "'you need this' directive"),
   ("H", "Samples are at the shop for you to feel, but honestly, if you'd any sense you'd have ordered last week.", "sample offer plus shaming")],
  [("N", "At 10,000 boxes it's 19p each.", "price"),
   ("HS", "I turned down a bigger job to keep that press slot for you, so I expect an answer today.", "seller's sacrifice as guilt, with a demand")])

# 20
email("parasol hire for the marina sands beach club", "warm", "Parasols for the summer season", "Hi Sophie,",
      "Best,\nLeah\nShade & Co Hire",
  [("N", "Thanks so much for the tour of the terrace on Saturday.", "pleasantry"),
   ("N", "With 60 loungers across the upper and lower decks, 30 three-metre parasols on weighted bases would shade every pair.", "sizing tied to the prospect's deck"),
   ("N", "Season hire from 1 May to 30 September is £2,700 including wind-damage cover.", "price")],
  [("T", "Sorry, I know I've already sent you two emails this week and I hate being a pest.", "apology for following up, self-abasing"),
   ("T", "Only if you have a spare second, would you maybe be up for a quick call on Thursday?", "meeting ask plus permission-seeking hedges"),
   ("N", "Do you have a rough date for when the deck refurbishment will be finished?", "plain question"),
   ("N", "Want to see one of the cantilever models opened up on your deck?", "borderline: bare demo ask")])

# 21
email("proofreading for the wessex housing association annual report", "formal", "Proofreading your 2024 annual report", "Dear Ms Kaur,",
      "With best wishes,\nJulian Reeve\nClearline Editorial",
  [("N", "Thank you for sending the draft report and your house style guide.", "thanks"),
   ("S", "As you may know, our founder edited for two national broadsheets, and our team has collected more plain-language awards than any agency in the region.", "credentials boast"),
   ("N", "The 64-page report can be proofread in two passes by 15 September, which leaves a week before your board meeting on the 22nd.", "timeline against the prospect's own date")],
  [("S", "My fee is £780, and I must say I'm thrilled to be working with a name as big as Wessex at last.", "fee plus the rep's own excitement about the logo"),
   ("S", "I've attached a marked-up sample page, and I'd add that we're the only agency in the county with three former Fleet Street sub-editors.", "sample attachment plus boast"),
   ("HS", "My manager would like the purchase order raised before Friday, so that it can be counted in our half-year figures.", "deadline for the manager's figures"),
   ("T", "Of course, if that's all a bit much, I'm sure we can bring the fee down to whatever your budget is.", "name-your-number concession")])

# 22
email("pumping station servicing for the fenland drainage board", "terse", "Pump servicing - Tydd and Gedney stations", "Mr Barlow,",
      "S. Patel\nAnglia Pump Services",
  [("N", "Quote attached for the annual service of the four submersible pumps at Tydd and Gedney.", "attachment"),
   ("N", "The Environment Agency's winter readiness inspection starts on 1 October, so we'd aim to finish by mid-September.", "borderline: real external date stated once with its reason"),
   ("N", "Total £6,240, including impeller inspection and vibration logs.", "price"),
   ("N", "Which week in August works for your operator?", "plain ask")])

# 23
email("padded envelope supply for the pageturner online bookshop", "chatty", "Mailers for Pageturner", "Hi Ellie,",
      "Speak soon!\nTash\nWrapwell Packaging",
  [("N", "Thanks for the returns data, really useful!", "thanks"),
   ("N", "It shows nearly half of your damaged-in-transit claims are hardbacks with crushed corners, so the rigid-back mailer is the one to trial first.", "recommendation from the prospect's own data"),
   ("T", "Just a little nudge on this one, hope that's alright!", "'just checking in' variant with approval-seeking"),
   ("T", "I've stuck a sample pack in the post for you, and if you hate them, no hard feelings at all, honestly.", "sample offer plus pre-emptive release")],
  [("S", "Oh, and we've just become a certified B Corp, which everyone in the office is super proud of!", "generic boast"),
   ("T", "Pricing's on the sheet, though I'm sure I could shave a bit more off it for you if it looks high.", "price sheet plus unprompted discount")])

# 24
email("pasta extruder supply for the trattoria bellini", "non-native English", "Extruder machine for your restaurant", "Gentile Signor Bellini,",
      "Cordiali saluti,\nMarco Ferri\nFerri Macchine",
  [("N", "Thank you for the nice lunch last Tuesday, the ragu was excellent.", "pleasantry"),
   ("S", "Our machines are made in Bologna since 1958 by the same family, three generations of passion.", "borderline: heritage line, self_serving"),
   ("N", "The model PX-8 make 8 kg of pasta per hour, which is enough for your 90 covers with a margin.", "product detail tied to the prospect")],
  [("H", "The machine comes with two days of training for your chef, but is better you order now, because soon we have no more machine in stock for long time.", "training offer plus scarcity with no date or evidence"),
   ("H", "The PX-8 is 6,400 euro with the four bronze dies you choose, and I send you the invoice already so you can pay and we ship on Monday.", "price plus assumptive invoice"),
   ("HS", "I come to Manchester on the 12th to show the machine, and my director want the contract signed that same day for our yearly result.", "demo visit plus director's deadline for the seller's results"),
   ("S", "Please, if you are happy, can you tell your friends with restaurants about us and give me their numbers?", "referral favour")])

# 25
email("portrait headshots for the calder & finch staff directory", "blunt", "Staff headshots - 85 people, one day", "Dear Fiona,",
      "Best,\nOwen Hart\nOwen Hart Photography",
  [("N", "Following your note, I can photograph all 85 staff in your boardroom on 3 April, at about five minutes a person.", "logistics from the prospect's request"),
   ("N", "The day rate is £1,400, which includes retouching and web-sized files.", "price"),
   ("S", "My work has appeared in two glossy national magazines, and I've shot more than forty celebrity portraits.", "credentials boast"),
   ("H", "Frankly, if your website still shows those phone snaps next quarter, you'll look amateur beside every rival firm.", "shaming the prospect"),
   ("H", "Your marketing lead asked for a price, and I'd have thought a firm that cares about its image wouldn't need three weeks to say yes.", "price request answered plus shaming")],
  [("H", "I've attached the booking form with your company card section already filled in from your last invoice, so just sign.", "booking form plus assumptive payment"),
   ("HS", "I've put a lot of evenings into this mood board for you, and it's disheartening not to hear a word back.", "seller's effort and feelings as guilt for the silence")])

# 26
email("quickstep dance lessons for the larchmont ballroom society", "very deferential", "Quickstep classes this autumn", "Dear Maureen,",
      "With warmest regards,\nPeter Ashdown",
  [("N", "It was a joy to watch your Tuesday group at the tea dance.", "pleasantry"),
   ("N", "For couples moving up from the waltz, I'd start with a six-week quickstep block that builds the quarter turns before the lock step.", "expert recommendation"),
   ("T", "I've attached my rates, and I'm sorry they've gone up a little, I do feel rather embarrassed about it.", "attachment plus apology for the price")],
  [("T", "Maybe we could possibly try a taster class on the last Tuesday of September, if you think it might perhaps be of interest?", "taster date plus stacked hedges"),
   ("N", "The church hall is free from 7pm that evening; I've already checked with the warden.", "logistics")])

# 27
email("quiz machine servicing for the cross keys pub", "terse", "Quiz machine service", "Hi Dave,",
      "Ta,\nKev\nPubPlay Servicing",
  [("N", "Going by the photo you sent, that error code usually means the coin validator needs cleaning, about half an hour's work.", "technical diagnosis; 'needs' is harmless"),
   ("N", "Call-out and labour is £65, parts extra if any are needed.", "price"),
   ("N", "I'm in your area Wednesday afternoon; shall I drop in at 3?", "clear next step")])

# 28
email("racquet restringing for the westholme lawn tennis club", "chatty", "Restringing for your members", "Hi Olly,",
      "Cheers,\nNat\nStringworks",
  [("N", "Cheers for letting me set up at your club night!", "pleasantry"),
   ("N", "You said about forty members string twice a season, so a fortnightly pick-up from the clubhouse would save them the drive into town.", "value from the prospect's figure"),
   ("S", "Our machine is the same model they use at the big grass-court events, with electronic tension, 6-point mounting, diamond clamps and a built-in calibration check.", "feature list and borrowed prestige")],
  [("H", "Basically you'd be mad not to, and every other club in the league has already signed up.", "shaming and peers-already-switched"),
   ("HS", "A standard restring is £18 with string, and I'd really like the nod by Friday because my franchise owner is going over my numbers.", "price plus deadline for the seller's numbers"),
   ("T", "I could do the first batch on Thursday, and sorry if that's a cheeky ask, I know you're slammed.", "date offer plus apology for normal selling"),
   ("N", "I can bring a demo racquet with the new hybrid string on Thursday if anyone wants to hit with it.", "offer")])

# 29
email("records management for the pellow & grant estate agents", "formal", "Off-site storage and retention review", "Dear Mr Grant,",
      "Yours sincerely,\nHilary Marsh\nVaultline Records",
  [("N", "Thank you for letting me see your basement archive on Thursday.", "thanks"),
   ("N", "Your tenancy files from before 2018 are past the six-year retention period you set, so roughly 140 boxes could be securely destroyed rather than stored.", "insight from the prospect's own policy"),
   ("N", "A scan-on-demand service could potentially help your lettings team find old files without a trip to the basement.", "borderline: one mild hedge"),
   ("S", "We are the premier records management provider in the South West, trusted by over 500 organisations.", "'premier' boast"),
   ("T", "I hope you won't think it presumptuous, but I've drafted a schedule, and I'd quite understand if you'd rather not look at it.", "draft schedule plus approval-seeking")],
  [("N", "Storage for the remaining boxes would be £0.32 per box per month.", "price"),
   ("T", "Your storage figures are on the attached sheet, and on the discount you raised, I'll have to go back to my sales director, as that's well above my level.", "attachment plus deferring on a discount"),
   ("T", "I'll simply leave it with you, and please don't feel obliged to reply.", "giving up control, permission to ignore")])

# 30
email("reusable cup scheme for the ashbury town stadium", "blunt", "Reusable cups - matchday", "Jo,",
      "Ben\nRoundtrip Cups",
  [("N", "Your cleaning contractor's figures say 9,000 single-use cups go in the bins on a home matchday.", "the prospect's own data"),
   ("N", "A £1 deposit scheme usually brings back 85 to 90 percent of cups, going by the three grounds we run it at.", "proof tied to the prospect's situation"),
   ("H", "The council's licensing people will come knocking sooner or later, and you can't afford to be the ground still drowning in plastic.", "vague threat used as urgency")],
  [("H", "The first 10,000 cups would be £4,200, and I've already booked delivery for before the derby, so send the PO by return.", "price plus assumptive delivery and PO demand"),
   ("H", "The cups are dishwasher-safe to 200 cycles, and I'll be at your turnstiles on Saturday whether you invite me or not.", "product detail plus turning up uninvited"),
   ("H", "That's four emails now with these same numbers sitting unanswered in your inbox, Jo.", "counting attempts at the prospect")])

# 31
email("reed diffuser supply for the thornfield spa hotel", "warm", "Diffusers for the spa reception and suites", "Hi Annabel,",
      "Warmly,\nIsla\nHearth & Hedgerow Scents",
  [("N", "Thank you for sending the guest feedback summary.", "thanks"),
   ("N", "Several of those comments mention the corridors smelling of chlorine from the pool, so I'd put the larger 500 ml diffusers at each end of the ground floor.", "advice from the prospect's data"),
   ("S", "For the reception desk I'd suggest our new Wild Fig scent, which my team worked on for a year and which I'm personally thrilled about!", "scent recommendation plus rep's excitement")],
  [("S", "The 30 suite diffusers come to £372 a quarter, and if you could mention us in your newsletter it would really lift our profile.", "price plus publicity favour"),
   ("N", "Our refill service swaps the reeds every six weeks, so housekeeping doesn't have to.", "'our', but the value is the customer's")])

# 32
email("rucksack supply for the cramond explorers society", "chatty", "Expedition rucksacks for the Norway trip", "Hi Iain,",
      "All the best,\nFraser\nNorthpack Outdoor",
  [("N", "Thanks for the kit list from your expedition leaders.", "thanks"),
   ("N", "For 24 students carrying tents on the plateau leg, a 65-litre pack with an adjustable back length makes sense, since your group ranges from 14 to 18.", "recommendation tied to the group")],
  [("N", "The price is £72 each with your society's logo embroidered on the lid.", "price"),
   ("N", "We'd need your order by 10 May to have them embroidered before you fly on 20 June.", "lead time against the prospect's own date"),
   ("N", "Could I bring two samples to your meeting on the 2nd so the students can try them loaded?", "plain ask with a date")])

# 33
email("rewilding survey for the carrow hill estate", "formal", "Baseline ecological survey proposal", "Dear Lady Harcourt,",
      "Yours sincerely,\nDr Simon Vane\nVane Ecology LLP",
  [("N", "Thank you for your letter outlining the plans for the northern farmland.", "thanks"),
   ("N", "Apologies for the delay in sending this; our bird surveyor was in the field until Friday, and that section is now complete.", "borderline: single courtesy apology for a real delay, with the reason"),
   ("N", "A baseline survey of the 320 hectares, covering soils, breeding birds and invertebrates, would give the evidence your agreement application asks for.", "value tied to the prospect's application"),
   ("H", "Put simply, the estate must have this survey from us, and the sooner that is accepted the better.", "'you need this' directive")],
  [("S", "Our team could begin fieldwork on 1 April, and I might mention that our consultancy has been featured in The Times, on national television and in two books on rewilding.", "start date plus press boast"),
   ("HS", "Our fee of £14,500 stands as discussed, and my partners have asked me to have your signature before our financial year ends on the 5th.", "fee plus deadline for the seller's financial year"),
   ("H", "Should your land agent slow matters down, I shall write to your trustees myself.", "bypass threat")])

# 34
email("roof rack fitting for the ridley & moss surveyors' vans", "terse", "Roof racks for the fleet", "Tom,",
      "Jas\nRackup Fleet",
  [("N", "We fit at your yard, about 90 minutes a van.", "logistics"),
   ("H", "Racks for your eight Transits are £310 each fitted; card details by 5pm and your fitting day is locked in.", "price plus assumptive payment and invented cut-off")],
  [("T", "Sorry, bit pushy that, ignore me if you're busy.", "apology for being pushy, permission to ignore"),
   ("T", "Happy to knock a hundred off each if that sways it.", "unprompted discount")])

# 35
email("recliner chairs for the brookvale dialysis unit", "very deferential", "Dialysis chairs", "Dear Mr Adeyemi,",
      "With my sincere thanks,\nClaire Benning\nRestwell Medical Seating",
  [("N", "Thank you for trialling our chair in bay 3 last month.", "thanks"),
   ("N", "Your nurses' feedback that the leg section was hard to raise has gone to our design team, and the updated lever is on the chair we would supply.", "acting on the prospect's feedback"),
   ("N", "The Millbrook unit switched to the same chair in spring and found the new lever cut the setup time before each session.", "proof tied to the prospect's situation"),
   ("T", "Please excuse yet another message from me; I hope it isn't an unwelcome one.", "apology for following up and approval-seeking")],
  [("T", "I've enclosed the revised quote, and I humbly wondered if you might perhaps be willing to consider it.", "quote plus stacked hedges"),
   ("ST", "I would be so very grateful, as I've promised my manager this order and I'd hate to let him down.", "pleading for the seller's sake, manager named, no date"),
   ("T", "Of course, if the timing is wrong, I completely understand and will try again next year.", "pre-emptively accepting a brush-off")])

# 36
email("rebar supply for the dunmore bridge contractors", "blunt", "Rebar for the Dunmore deck pour", "Gareth,",
      "Rhys\nCeltic Steel Stockholders",
  [("N", "Your schedule shows 38 tonnes of B500B for the deck, bent to your bar schedule, delivered in two drops.", "the prospect's own figures"),
   ("N", "Our mill price holds until 14 March because the mill's scrap surcharge resets on the 15th.", "borderline: supplier price expiry stated once with its reason"),
   ("H", "Delivery can be split across your two pours, but you'd be daft to leave it, because after that I can't promise you a single bar.", "split delivery plus scarcity threat without evidence")],
  [("S", "We've shipped more rebar than anyone else in Wales for ten years running.", "ranking boast"),
   ("HS", "Price is £742 a tonne bent and delivered, and I'd want the PO by the 10th, seeing as it's my last week to hit this quarter's number.", "price plus deadline for the seller's quarter"),
   ("HT", "Sign by Friday and I'll knock £20 a tonne off; after that it's full whack.", "discount conditioned on a seller-set date")])

# 37
email("oxygen cylinder refills for the tarrant fabrication welding shop", "terse", "Gas cylinder refills", "Hi Lee,",
      "Cheers,\nNadia\nPennine Gas Supplies",
  [("N", "Sorry for the slow reply; I was at our Leeds depot all week and only picked up your message yesterday.", "borderline: single courtesy apology for a real delay, with the reason"),
   ("N", "From your usage log, you're getting through about six oxygen and four acetylene cylinders a fortnight.", "the prospect's own data"),
   ("N", "A fortnightly swap on Tuesdays would keep two full spares on your rack, so a job never stops for gas.", "value tied to the prospect"),
   ("N", "Your hot-works permit for the new bay starts on 3 March, so I'd aim to have the spares racked the week before.", "the prospect's own permit date")],
  [("N", "Rental is £9 per cylinder per month, with refills at the rates on the attached sheet.", "price"),
   ("N", "Can I come by Thursday to check your regulator manifold?", "plain ask")])

# 38
email("meal kit delivery for the larkfield hospital night shift nurses", "chatty", "Hot meals for your night shift", "Hi Grace,",
      "Hugs,\nTilly\nNightbite Kitchen",
  [("N", "Thank you for telling me about the canteen closing at 8pm; that's a long night on vending machine crisps!", "sympathy and rapport"),
   ("N", "We could deliver 40 chilled meals to the ward kitchen each evening, each one ready in three minutes in your microwave.", "offer tied to the prospect's problem"),
   ("S", "Every meal is labelled for allergens, and we're honestly the best-reviewed meal kit company in the country, with over 12,000 five-star reviews.", "allergen detail plus ranking boast"),
   ("S", "We're also crazy proud to have just closed our Series B round!", "investor boast")],
  [("T", "Meals are £4.50 each, and I'm really sorry that's not cheaper, I know budgets are tight.", "price plus apology for the price"),
   ("T", "Name a figure you're comfortable with and I'll match it.", "asking the buyer to name the number"),
   ("N", "Could I drop off a free tasting box for the team on Friday night?", "plain offer with a date")])

# 39
email("notebook printing for the helmsford data conference", "formal", "Delegate notebooks for HDC", "Dear Mr Halvorsen,",
      "Yours sincerely,\nIngrid Solberg\nNordtrykk Conference Print",
  [("N", "Thank you for confirming the delegate count of 1,100.", "thanks"),
   ("N", "A5 notebooks with the programme printed inside the cover would mean attendees keep the schedule alongside their notes.", "value tied to the prospect's event"),
   ("H", "I've attached the artwork proof, together with an invoice for the full run, which I've dated today.", "proof plus assumptive invoice"),
   ("S", "We are, after all, the leading conference stationery house in Scandinavia, with clients such as two global telecoms giants.", "'leading' and client-list boast"),
   ("S", "Delivery to the Helmsford venue is included, and may I mention that we have won the Nordic Print Award three years in a row.", "delivery detail plus award boast")],
  [("HS", "I should add that my commission for the year depends on this order, so I would need your approval by Wednesday.", "commission as the reason for a deadline"),
   ("H", "Otherwise I shall take it up with your chief executive, who I understand cares a great deal about the conference's branding.", "bypass threat"),
   ("N", "The printed price is 3.20 euros per notebook.", "price")])

# 40
email("public address system hire for the kelbrook college graduation ceremony", "chatty", "PA hire for graduation", "Hi Shona,",
      "Cheers!\nDeano\nLoudhailer Events",
  [("N", "Thanks for the floor plan of the sports hall.", "thanks"),
   ("N", "With 600 guests and the stage at the far end, two line-array speakers on stands and a delay pair halfway down will keep the names audible at the back.", "recommendation tied to the venue"),
   ("T", "Just poking my head round the door about my earlier quote, no worries at all if you've not had a look!", "'checking in' purpose and permission-begging"),
   ("T", "The full package is £1,150 with a technician, but I can easily do it for £900 if that's better for you.", "price plus unprompted discount"),
   ("T", "I can pop over on Tuesday to check the hall acoustics, if that's okay, I hope you don't mind me suggesting it.", "site visit offer plus approval-seeking")],
  [("S", "We'd bring a radio mic for your principal too, and we did the sound for a festival with 20,000 people last summer, which was massive for us!", "radio mic offer plus boast about the seller"),
   ("T", "Sorry again for all the emails!", "apology for following up")])
# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s112e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s112-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed112: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the thirteenth session) from the labelling guide alone, after that session's last model change (sentences\nwritten inside whole emails counting twice in training), and measured first in that session on that model (rules +\nmodel macro-F1 0.951: hard_close 0.949, self_serving 0.926, timidity 0.978; 0 of 111 clean sentences flagged; email\nagreement 0.975 / 0.950 / 0.975).\n")
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
    R.append("- Every third email (s112e003, s112e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
