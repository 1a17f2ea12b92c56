#!/usr/bin/env python3
"""sealed46: hand-written held-out emails for the tone coach, labelled by the guide (LABELS.md).
Writes test-emails.jsonl and test.jsonl next to this script. Email labels are derived from the
sentence labels with the guide's email-level scale; no hand overrides."""
import json, os

H, S, T = "hard_close", "self_serving", "timidity"
CODES = {"N": [], "H": [H], "S": [S], "T": [T], "HS": [H, S], "HT": [H, T], "ST": [S, T], "HST": [H, S, T]}

# Each email: (trade, subject, salutation, sign-off, paragraphs); a paragraph is a list of (sentence, code, note).
EMAILS = [
("autoclave validation", "Autoclave validation, Meadow Street and Quarry Road", "Dear Ms Okafor,", "Yours sincerely,\nDavid Penhaligon\nSterivalid Services", [
 [("Thank you for sending over the cycle logs from your three autoclaves at the Meadow Street and Quarry Road clinics.", "N", "thanks for material the prospect sent"),
  ("Validation of all three units would be £1,140, and I will need a card number today so the engineer's van can be loaded for Tuesday.", "H", "price they asked for, plus an assumptive payment demand before any yes")],
 [("Each visit includes a printed report for your audit file, and our validation team is the most decorated in the region, with four industry awards in the last five years.", "S", "generic award boast"),
  ("The logs show unit 2 is failing its vacuum test roughly one cycle in eight, which would be the first thing we look at.", "N", "insight from the prospect's own data"),
  ("The HTM 01-05 audit you mentioned is on 14 March, and frankly any practice manager who cared about their patients would have booked this already.", "H", "the prospect's own audit date plus shaming")],
 [("Every clinic that put this off last year ended up closed for a day, and I would hate to watch yours go the same way.", "H", "manufactured fear of delay to push a decision")]]),

("acrylic display risers", "Risers for the ring cabinet", "Hi Marnie,", "Cheers,\nTess\nClearcut Acrylics", [
 [("Lovely to chat at the trade fair on Sunday!", "N", "pleasantry"),
  ("I've attached a sketch of the stepped risers in 5 mm clear acrylic, sized for your ring trays, and I'm so sorry if it's nothing like what you pictured.", "T", "attachment plus a self-abasing apology")],
 [("I really hope the drawing's alright, and sorry it's taken me so many words to explain three little blocks.", "T", "approval-seeking plus apology for length"),
  ("The set of twelve comes to £264, though honestly I could probably drop that a bit if it feels like a lot.", "T", "the asked-for price plus an unprompted discount with hedges"),
  ("I can cut them on Friday, but whenever it might suit, perhaps you could maybe let me know what you think first?", "T", "stacked hedges plus permission-seeking")],
 [("The edges are flame-polished, so they won't scratch the bands when customers lift rings out.", "N", "product detail tied to the buyer")]]),

("bookplates", "Bookplate proofs for the Wren reading room", "Dear Dr Ashworth,", "With best wishes,\nHelen Marchbank\nMarchbank Ex Libris", [
 [("Thank you for showing me round the Wren reading room on Thursday.", "N", "courtesy"),
  ("As promised, I've enclosed proofs of the bookplate in two sizes, with the college crest taken from the 1890 seal you lent me.", "N", "enclosure as promised")],
 [
  ("Both are on acid-free laid paper with a reversible wheat-starch gum, so your conservator can lift them later if needed.", "N", "value to the buyer")],
 [("Would it help if I came in on the 9th to tip in a test batch alongside your cataloguer?", "N", "clear next step with a date"),
  ("If the Fellows prefer a different version of the crest, I can redraw it before the 20th, the date you gave for the committee.", "N", "the prospect's own date")]]),

("bridge expansion joints", "Carr Bridge joint replacement: revised method statement", "Dear Mr Hebden,", "Yours faithfully,\nR. Sutcliffe\nPennine Structural Joints Ltd", [
 [("Further to your tender clarification of 3 April, please find our revised method statement for the joint replacement at Carr Bridge attached.", "N", "logistics, attachment"),
  ("As you noted, the lane closure permit must be applied for twelve weeks ahead, so we would need instruction by 10 May to hold the August window.", "N", "borderline: real external constraint (permit lead time) stated once with the reason")],
 [("The site team would be led by the engineer who replaced the Ouse Bridge joints in 2023, and we are, as you may know, the only contractor in the north to have been shortlisted for the Civil Engineering Awards three years running.", "S", "award boast"),
  ("Our modular joints feature galvanised edge beams, neoprene seals, drainage troughs, noise-reducing plates, strain sensors and a fifty-year design life.", "S", "feature list not tied to the buyer")],
 [("Frankly, given the state of the existing joints, your authority cannot afford to leave this unsigned any longer.", "H", "directive pressure to sign"),
  ("I am available to present the method statement to your panel on the 16th, and if we do not hear by Friday, I will raise the matter directly with your Director of Highways.", "H", "bypass threat")]]),

("croquet mallets", "Mallets for the Northern final", "Hi Pam,", "All the best,\nGeoff\nLongbank Mallets", [
 [("Great to hear the club made it through to the Northern final!", "N", "pleasantry"),
  ("I've got four ash mallets with brass-bound heads ready to go, and I've already put your name on the invoice so we can ship Monday.", "H", "product detail plus assumptive invoice before a yes")],
 [("It's been a rough season for us small makers, so every order like yours really keeps my workshop going.", "S", "seller's own stake, no blame, no demand (rule 15)"),
  ("The 36-inch shafts you asked for will suit your taller players, and we've taken the makers' prize at the national championships four years running.", "S", "requested detail plus a generic award boast")],
 [("Half the clubs in your league have already moved to our mallets, and it shows on the scoreboard.", "H", "peers already switched, FOMO"),
  ("Happy to post a sample head on Wednesday if you'd like to feel the balance first.", "N", "plain offer with a date")]]),

("crowd safety consultancy", "Crowd management plan, Riverside Park 28 June", "Ravi,", "Regards,\nJo Maddox\nFlowline Crowd Safety", [
 [("You asked for a crowd management plan for the 28 June concert at Riverside Park, with capacity at 18,000.", "N", "restating their brief"),
  ("The plan is attached, and I've booked our four supervisors for the 27th as well, so just sign the order form tonight.", "H", "attachment plus assumptive booking and a demand")],
 [("Your licensing committee can sign off the egress figures later; what matters is getting our name on the contract.", "HS", "overrides the prospect's process for the seller's benefit"),
  ("The pinch point is the north gate, where your current layout funnels 6,000 people through two turnstiles.", "N", "insight")],
 [("We'd hand over the final plan two weeks before the show, and my director has told me this one has to be closed before our half-year figures go in on the 30th.", "HS", "seller-driven deadline, manager and half-year (rule 16)"),
  ("A walk of the site with your safety advisory group on the 12th would let us agree the gate changes, and I'll expect the signed order in my hand when we meet.", "H", "meeting ask plus an assumptive demand for the signature")]]),

("dendrochronology", "Dating the roof timbers at Hollow Lane barn", "Dear Mrs Pryce,", "With kind regards and many thanks,\nDr Alun Rees\nRees Dendro Lab", [
 [("I do hope you will forgive me for writing again so soon, and please do not feel at all obliged to read further.", "T", "apology for following up plus minimising")],
 [("The heritage officer's condition on your listed building consent asks for a dated record of the roof timbers before the trusses are repaired.", "N", "real requirement, neutral"),
  ("I would be so very grateful if you might perhaps consider us, if it is not too great an imposition.", "T", "stacked hedges and permission-begging"),
  ("Sampling twelve cores would cost £1,850, which I am terribly sorry is rather more than you may have hoped.", "T", "price plus apology for the price")],
 [("The cores are 10 mm across and are plugged with matching oak, so the marks will not show once the beams are limewashed.", "N", "concrete detail for the buyer"),
  ("I shall post the core report within six weeks of sampling, but of course, if you would prefer another laboratory, I quite understand and will not trouble you again.", "T", "pre-emptively releasing the prospect")]]),

("etching press", "28-inch etching press for the printmaking room", "Dear Professor Lindqvist,", "Kind regards,\nSimon Tarrant\nTarrant Presses", [
 [("Thank you for the drawings of the printmaking room and the note about the 900 mm door.", "N", "thanks"),
  ("Our 28-inch press ships with the bed in two sections, so it will pass through that door without removing the frame.", "N", "'our', but serves the buyer's constraint")],
 [("The geared drive lets a student turn the wheel single-handed, and we are thrilled to announce that this model has just won Gold at the European Studio Equipment Awards.", "S", "thrilled to announce, award"),
  ("The press is £9,400 delivered, and since I'm keen to clear it off our floor before stocktake, I'll take £1,500 off if the order comes in by Thursday.", "HST", "price plus a discount tied to the seller's date for the seller's reason (rules 7, 16)"),
  ("I'll also ask my head of sales whether we can throw in the blankets for free, if that would make you happier.", "T", "deferring to a manager on a concession, unprompted giveaway")],
 [("Could we book a commissioning visit for the week your students return, 15 September?", "N", "next step on the prospect's date")]]),

("flint knapping demonstrations", "Flint knapping for the Stone Age weekend", "Dear Mrs Caldwell,", "Best greetings,\nJan Vermeulen", [
 [("Thank you for your mail about the museum's Stone Age weekend on 18 and 19 October.", "N", "thanks"),
  ("I make demonstration of flint knapping two times each day, and children can touch the flakes in safe trays.", "N", "offer detail")],
 [("I am knapping since thirty-one years and I have been in television of four countries, also in a famous documentary.", "S", "years in business and media boast"),
  ("Price for two days is 720 euro, but if this is too much, please say me what number you can pay.", "T", "asks the buyer to name their number")],
 [("Also I must have answer until Monday, because my agent says otherwise he gives the dates to other museum.", "HS", "deadline for the seller's side reason (agent) plus scarcity"),
  ("The flint comes from a chalk quarry in Norfolk, and I am the only knapper in Europe who has made replicas for the British Museum.", "S", "concrete detail plus a generic boast")]]),

("gobo projection", "Logo projection for the porte-cochère", "Hi Claire,", "Thanks,\nOwen\nBrightcast Gobos", [
 [("Good to meet you in the lobby last week, and thanks for the floor plan.", "N", "pleasantry"),
  ("For the porte-cochère, a single 150 W LED gobo projector mounted on the canopy beam would throw your logo about 3 metres wide onto the drive.", "N", "recommendation tied to the site")],
 [("The glass gobo costs £95 and can be swapped in two minutes for events, like the winter market you mentioned.", "N", "value tied to their event"),
  
  ("Just a heads-up that the canopy beam is steel, so we'd use clamps rather than drilling.", "N", "borderline: one polite 'just' (rule 1)")],
 [("Could I bring a test unit on Thursday evening after 6 so you can see it after dark?", "N", "clear next step")]]),

("hydrant flushing", "Eastmoor zone hydrant flushing programme", "Dear Ms Varga,", "Yours sincerely,\nMartin Cole\nClearmain Network Services", [
 [("Following the pre-tender meeting, I attach our programme for flushing the 1,240 hydrants in the Eastmoor zone.", "N", "attachment"),
  ("The regulator's discoloured-water target you quoted falls in March, so starting in January gives two passes before it.", "N", "borderline: real external date stated once with the reason")],
 [("We would log pressure and turbidity at every hydrant for your asset register, and we have flushed for eleven water companies, hold every accreditation going and were named Contractor of the Year in 2024.", "S", "generic credentials and award"),
  ("I'd be very grateful if you could put in a good word for us with your procurement lead, as this contract would make my year.", "S", "favour for the seller and the seller's own stake, no date")],
 [("Please note that the rates are only held until 5pm on the 20th, after which they will rise sharply and may not come back.", "H", "price expiry with urgency language"),
  ("Our crews can work nights in the town centre streets to keep the daytime complaints down, and I do apologise for going on at such length.", "T", "value plus an apology for length")]]),

("haggis", "Haggis for your Burns Night menus", "Hello Fiona,", "Warmest wishes,\nCallum\nMacrae's of Dunkeld", [
 [("Thanks so much for the tasting notes from your chefs at the Balmoral and the Ardmore.", "N", "thanks"),
  ("For your Burns Night menus on 25 January, we'd supply 180 haggis in 1 kg casings, and I've already slotted them into our production run, so just ping the card details over.", "H", "offer on the prospect's date plus an assumptive payment step")],
 [("We're a family firm going back to 1921, and my great-grandfather's recipe hasn't changed since.", "S", "borderline: heritage line (rule 8)"),
  ("I know it's a big number, and I feel awful about the price, so please tell me if I've got it wrong.", "T", "apology for the price, approval-seeking"),
  ("Happy to do it at whatever rate you think is fair, honestly.", "T", "asks the buyer to set the price")],
 [("If you could let me know by the 10th, that's the date our butcher needs the order to allocate the lamb.", "N", "borderline: real supply constraint stated once with the reason (rule 4)")]]),

("isokinetic dynamometer", "Dynamometer quote", "Dr Mensah,", "Neil Hartigan\nKinetiq Lab Systems", [
 [("Quote attached: isokinetic dynamometer, knee and shoulder attachments, £61,500.", "N", "attachment, price"),
  ("Install slot is held for you on 3 March; PO and deposit today, please.", "H", "install date plus assumptive payment demand")],
 [("Every Russell Group lab that matters already runs one of ours.", "H", "peer shaming"),
  ("Our software exports to CSV, MATLAB, Python, R, SPSS, Excel and our own cloud portal.", "S", "feature list"),
  ("Your ethics approval requires torque calibration before each session, which the unit does in about 90 seconds.", "N", "prerequisite tied to their process")],
 [("Demo at your lab on the 11th or 12th?", "N", "plain ask with dates")]]),

("job evaluation", "Grading review: next steps", "Hi Gemma,", "Speak soon,\nPriya\nFairband HR Consulting", [
 [("Really enjoyed the call on Tuesday, and thanks a million for even giving us the time of day.", "T", "thanking them for even considering (rule 11)"),
  ("You mentioned 37 roles have drifted out of their bands since the 2019 restructure, which is exactly where a points-based evaluation earns its keep.", "N", "insight tied to their data")],
 [("I'm honestly one signed contract away from my annual target, so this one would mean a lot to me personally.", "S", "seller's target, no date or demand (rule 16)"),
  ("The board meets on 4 June, as you said, so we'd aim to have the draft grades in your hands by 28 May.", "N", "prospect's own date")],
 [("I've gone ahead and scheduled your HR team's interviews for next week so we don't lose momentum; just send the signed terms back.", "H", "assumptive booking and demand for signature"),
  ("I spent my whole weekend building that role matrix for you, so I was a bit gutted to hear nothing back.", "HS", "guilt resting on the seller's effort and feelings (rule 15)")]]),

("kettle chips", "Chips for the 14 pubs", "Dan,", "Mick\nHedgerow Crisps", [
 [("You asked for a price on sea salt and cider vinegar chips for your 14 pubs.", "N", "restating their ask"),
  ("40 g bags, 24 to a case, £11.20 a case, delivered weekly on your Tuesday drop.", "N", "logistics and price")],
 [("At your current sales of about 60 cases a week, that's roughly £670 a week, and the margin per bag is 8p better than your current brand.", "N", "value from their own numbers"),
  ],
 [("If you commit to 52 weeks, I can take 40p off each case.", "N", "borderline: concession traded for term (rule 7)"),
  ("Want samples at the Crown on Monday?", "N", "plain ask")]]),

("lidar survey (airborne)", "Lidar survey of the Glenmoray estate", "Dear Mr Forsyth,", "Yours sincerely,\nDr Isla Grant\nCanopyScan", [
 [("Thank you for your enquiry regarding an airborne lidar survey of the Glenmoray estate's 2,300 hectares.", "N", "thanks"),
  ("The canopy height model would let your forester target the thinning in Compartments 4 to 9, and it is quite simply the most advanced survey product in Britain.", "S", "value tied to their priority plus a generic boast")],
 [("Our sensor captures 240 points per square metre, five returns per pulse, full waveform, 1,550 nm wavelength and RGB and NIR imagery simultaneously.", "S", "feature dump"),
  ("We are backed by two of Europe's leading climate investors and were recently valued at over £40 million.", "S", "investor and valuation boast"),
  ("I'm afraid I shall have to check with my managing director before I can say anything about the price you mentioned.", "T", "deferring to a manager on a price question")],
 [("The flight must be done before leaf-out in late April, so we would need to fly in the first fortnight of that month.", "N", "borderline: real external constraint (leaf-out) stated once with the reason")]]),

("AI straws (bovine)", "Sexed semen for your herd", "Dear Mr Hollis,", "With regards,\nPieter de Graaf\nNordGen Breeding", [
 [("Thank you for meeting with me at the farm on Wednesday and for showing the milking records.", "N", "thanks"),
  ("For your 180 cows I propose the sexed semen from bull Rivermead Atlas, which gives daughters with strong feet and high protein.", "N", "recommendation tied to their herd")],
 [("Many farms in your valley are already using him, and you will be the last one who stays with old genetics.", "H", "peers switched, shaming"),
  ("I already put 200 straws in your name in the tank, so please give me the bank details for the direct debit today.", "H", "assumptive reservation and payment demand")],
 [("My boss is watching my numbers this month, and if I bring your order before the 30th he will give me the big region.", "HS", "seller-driven date for the seller's own gain (rule 16)"),
  ("The straws are delivered in a dry shipper that keeps them safe for three weeks, and sorry, maybe this whole offer is too much to ask of you.", "T", "logistics plus self-abasement")]]),

("beach wheelchairs", "Beach wheelchairs for the north beach", "Dear Councillor Amis,", "Your most humble servant,\nGraham Tolley\nShoreline Mobility", [
 [("Please accept my sincere apologies for taking up your time yet again with another message.", "T", "apology for following up")],
 [("The all-terrain beach wheelchair you trialled at Sandhaven has balloon tyres that stay on top of dry sand, which your lifeguards said was the main problem.", "N", "value tied to their feedback"),
  ("I was wondering whether perhaps, if it were not too inconvenient, you might possibly consider two more for the north beach?", "T", "stacked hedges around a real ask")],
 [("I quite understand if the council would rather not, and I thank you most humbly for even reading this.", "T", "pre-emptive release, thanks for considering"),
  ("The chairs fold to fit in the lifeguards' hut, and each one is £2,150 including the canopy, for which I can only apologise.", "T", "product detail and price plus an apology for the price")]]),

("concrete pumping", "Pump for Thursday's slab", "Kev,", "Baz\nBig Reach Pumping", [
 [("Pour date is Thursday 6th as your site manager set it, 7am start, 38 m boom.", "N", "prospect's own date, logistics"),
  ("Boom reaches over your scaffold from the road, and we're the biggest pump fleet in the county, nobody touches our record.", "S", "generic boast")],
 [("Price is £1,480 for the day, and I've already told the plant that your 62 cubes are coming, so there's no backing out now.", "H", "price plus assumptive commitment and entitlement"),
  ("If you go with the cheap lot down the road, don't come crying to me when their boom fails halfway through your slab.", "H", "sarcasm and threat")],
 [("Our operator will need the road closure sign-off from highways before he sets up on Mill Lane.", "N", "technical prerequisite"),
  ("Need the gate code by Wednesday, and I rang you three times yesterday and texted twice, so I'd appreciate the courtesy of a call back.", "H", "counting multi-channel attempts at the prospect, entitlement (rule 13)")]]),

("daylight and sunlight assessment", "Daylight and sunlight assessment, Leeming Road", "Dear Ms Iqbal,", "Kind regards,\nTom Ellery\nEllery Daylight Consulting", [
 [("Thank you for sending the architect's drawings for the six-storey scheme on Leeming Road.", "N", "thanks"),
  ("The planning officer's pre-application note asks for a BRE daylight and sunlight assessment covering the 14 terraced houses to the north.", "N", "real requirement")],
 [("From the massing alone, I expect the two nearest houses to lose the most winter sun, so the stepped roof in Option B is worth testing first.", "N", "insight and recommendation"),
  ("Our fee for the full assessment, including overshadowing of the rear gardens, is £4,600 plus VAT.", "N", "price")],
 [("We've done assessments next to Victorian terraces in Leeds and Bradford, and in both cases setting back the top floor by two metres was what got the scheme through.", "N", "social proof turned into advice"),
  ("Would a call on Tuesday at 11 work to agree which windows we model?", "N", "clear next step with a date")]]),

("escrow (software source code)", "Escrow for the new supplier contract", "Hi Lauren,", "Thanks!\nBen\nVaultline Escrow", [
 [("Thanks for looping me in on the escrow clause in your new supplier contract.", "N", "thanks"),
  ("A single-beneficiary agreement would cost £1,200 a year, and I'll need it signed by Friday because my manager is closing the month's books.", "HS", "asked-for price plus a seller-driven deadline (rule 16)")],
 [("Honestly, if the price makes you wince, I'm sorry, and I could knock a third off without anyone noticing.", "T", "apology for price plus unprompted discount"),
  ("We'd also love a short quote from you for our website once it's all set up - would you mind?", "S", "asks for a testimonial before any value is delivered"),
  ("And if you could mention us to your counterparts at the other two councils, I'd owe you one.", "S", "referral favour")],
 [("Our team lodges the source code within ten working days of signature, so you're covered before your go-live on 1 July.", "N", "value on the prospect's date")]]),

("goalball equipment", "Balls and court tape for the juniors", "Dear Sue,", "Warmly,\nAnnie\nSenseSport Supplies", [
 [("It was a joy to watch your juniors' session on Saturday.", "N", "pleasantry"),
  ("The official 1.25 kg balls come in a set of six for £390, and we're the only supplier ever given the federation's gold partner badge.", "S", "prices plus a generic credential boast")],
 [("I'm so sorry to keep popping into your inbox, and I really hope I'm not being a nuisance.", "T", "apology for following up, approval-seeking"),
  ("If the grant doesn't stretch that far, I'd happily just give you the tape for nothing, no need to ask.", "T", "unprompted concession")],
 [("Your grant application closes on 31 August, as you said, so I'll send a formal quote for it by the 15th.", "N", "prospect's own deadline"),
  ("The tape comes in white or yellow, and forgive the long email, I know you're busy.", "T", "apology for length")]]),

("ikebana workshops", "Ikebana workshop for the front-of-house team", "Dear Mr Beaumont,", "With respect,\nKeiko Ashby\nSoryu Studio", [
 [("Thank you for your interest in an ikebana workshop for the front-of-house team at The Halden.", "N", "thanks"),
  ("Each session runs for two hours with up to twelve participants, and every arrangement can go straight into the lobby alcoves.", "N", "value tied to the hotel")],
 [("For a March date I would bring early cherry branches, and I trained for nine years in Kyoto under a grand master, have exhibited at Chelsea and was profiled in Vogue Living.", "S", "credential and press boast"),
  ("Would you perhaps be kind enough to leave a review on our Google page after the workshop, in exchange for 20% off the fee?", "ST", "borderline: discount offered for a review (rule 7)"),
  ("The 14th works for me, but I should mention that I am only able to hold it for you until tomorrow at noon, because another hotel is very keen.", "H", "manufactured scarcity and deadline")],
 [("All vessels, kenzan and seasonal branches are included, so your team needs nothing but an apron.", "N", "'needs' in a harmless sense")]]),

("jockey silks", "Silks: Redfern syndicate", "Mr Doyle,", "K. Farrelly\nFarrelly Silks", [
 [("Silks for the Redfern syndicate's three horses: your green and white hoops, £215 a set.", "N", "product and price"),
  ("Jockey Club registration needs the colours approved before the first declaration, which you said is 9 April.", "N", "prerequisite on the prospect's date")],
 [("Invoice raised; payment by tomorrow secures the cutting slot.", "H", "assumptive invoice and payment deadline"),
  ("Two other syndicates asked for that slot this morning.", "H", "scarcity"),
  ("Any serious owner gets these done in January, not at the last minute.", "H", "shaming")],
 [("Proof of the cap design attached.", "N", "attachment")]]),

("kickboards and pull buoys", "Kickboards and pull buoys", "Hi Marcus,", "Cheers,\nLou\nLaneline Kit", [
 [("Thanks for the numbers: 140 swimmers across four squads, training in two lanes on weeknights.", "N", "thanks"),
  ("For that, 60 kickboards and 60 pull buoys would cover your busiest session with a few spares.", "N", "recommendation from their numbers")],
 [("They're closed-cell EVA, so they won't soak up chlorinated water or crumble at the corners the way your current ones do.", "N", "value tied to their problem"),
  ],
 [("Sorry for the slow reply, I was at a gala in Hull all weekend; answers are all above.", "N", "borderline: single courtesy apology with the reason (rule 3)"),
  ("Could your head coach test a couple at Thursday's session before you decide?", "N", "plain ask")]]),

("balloon arches", "Balloon arch for the showroom launch", "Hey Jordan,", "Lots of love,\nSkye\nPop & Bloom", [
 [("Great talking on Monday about the launch of the new showroom on Saturday 17 May.", "N", "pleasantry"),
  ("An organic arch in your brand blue and silver over the main door would be £340, though I could knock a bit off if that feels steep.", "T", "offer and price plus an unprompted discount")],
 [("I hope that's okay and that I haven't overstepped by suggesting silver.", "T", "approval-seeking"),
  ("Only wondering whether you'd maybe had a moment to possibly glance at the mood board?", "T", "stacked hedges, minimising"),
  ("All our balloons are biodegradable latex, and we're the award-winning balloon studio in the North West, as featured on Channel 4!", "S", "award and press boast")],
 [("Helium arches need a day's notice for the cylinder delivery, so I'd need the go-ahead by Thursday.", "N", "borderline: real supply constraint stated once with the reason")]]),

("labelling machines", "Wrap-around labeller for the 340 g jars", "Dear Mrs Whitlock,", "Yours sincerely,\nAndrew Kemp\nLabelRight Machinery", [
 [("Thank you for the samples of your 340 g jars and the designer's label artwork.", "N", "thanks"),
  ("The semi-automatic wrap-around labeller would handle your 1,200 jars a day and place the label within 1 mm, which should end the crooked labels your stockist complained about.", "N", "value tied to their problem")],
 [("The machine can be on your line early next month, but I am under enormous pressure from my regional manager, so I really need your order before the end of our quarter on the 31st.", "HS", "seller-driven deadline, manager and quarter (rule 16)"),
  ("Please do not make me go back to him empty-handed after all the trials I have run for you.", "HS", "guilt resting on the seller's effort and standing (rule 15)")],
 [("The machine is £7,850 with a four-week lead time, so if you are serious about fixing those labels, the purchase order will be with me by Friday.", "H", "price and lead time plus an ultimatum with shaming"),
  ("A trial run on your own jars at our Leicester showroom can be arranged any Tuesday or Wednesday.", "N", "offer")]]),

("anti-ligature fittings", "Aspen Ward door sets", "Dear Mr Oduya,", "Yours sincerely,\nClaire Redmond\nSafeward Fittings", [
 [("Thank you for the ward plans for Aspen Ward and the risk assessment from your estates team.", "N", "thanks"),
  ("The door-top alarm and anti-ligature hinge set you specified are certified to the standard your trust requires.", "N", "certification the buyer's process requires")],
 [("Lead time for the door sets is three weeks, and I'm delighted to say that our product range now spans over 400 SKUs across 19 countries.", "S", "I/we-centric boast"),
  ("Your ward simply must have these in place, and there is nothing left to deliberate on.", "H", "telling the prospect what they need")],
 [("Our fitter can start on 2 June, and I will assume the order is approved unless I hear otherwise by Wednesday.", "H", "silence means yes"),
  ("Installation can be carried out bay by bay so the ward stays open throughout.", "N", "value")]]),

("baler twine", "Baler twine for the summer harvest", "Dear Mr Bramwell,", "Best regards,\nTomasz Wiśniewski\nAgroTwine", [
 [("I write again about the baler twine for your co-op members, this is now my sixth email without any answer from you.", "H", "counting attempts at the prospect (rule 13)"),
  ("Our twine is 130 m per kg with knot strength 110 kg, and it runs in the Claas and New Holland balers your members use without problem.", "N", "product detail tied to their machines")],
 [("I am very sorry for to write again, I know you are very busy man and maybe you don't want.", "T", "apology for following up, self-abasing"),
  ("Maybe I can give you 15% less, or maybe 20%, you tell me what is good for you.", "T", "unprompted discount, buyer names the number")],
 [("Other co-op in the next county already took all our July production, so if you wait you will have nothing for the hay.", "H", "peers and scarcity"),
  ("Delivery is on pallets of 36 spools, free to your yard if you order more than ten pallets.", "N", "concession traded for volume")]]),

("ceilidh band", "Ceilidh band for Hollins End", "Dear Ellie and Sam,", "Best wishes,\nRory\nThe Kendal Reelers", [
 [("Congratulations again on your engagement, and thank you for the lovely message about the barn at Hollins End.", "N", "pleasantry"),
  ("For a four-hour evening, the band would be fiddle, accordion, guitar and a caller, who teaches each dance before it starts so nobody is left standing.", "N", "offer tied to the guests")],
 [("The fee is £1,450, including the PA and travel from Kendal.", "N", "price"),
  ("You mentioned your gran loves the Dashing White Sergeant, so we'd put that in the first set while everyone's still fresh.", "N", "personal detail")],
 [
  ("Would a quick call on Sunday afternoon suit to go through the running order?", "N", "next step")]]),

("dahlia tubers", "Dahlias for the spring bench", "Hi Rosie,", "Best,\nMartin\nBrookfield Dahlias", [
 [("Lovely to see you at the spring trade show.", "N", "pleasantry"),
  ("All our tubers are grown in peat-free compost, and our collection this year includes 64 named varieties, RHS gold medals at four shows and a royal warrant application in progress.", "S", "medals and boast")],
 [("For your four-metre bench, I'd suggest twelve varieties in the £4.50 price band, which is where you told me your customers stop reaching for their wallets.", "N", "recommendation from their data"),
  ("The tubers will ship on 3 March, and I'm holding your pallet in the cold store, so I'll just take payment from the card on file next week.", "H", "ship date plus assumptive payment")],
 [("Loads of garden centres round you have already got theirs in, and you don't want to be the one with bare benches at Easter.", "H", "peers already bought, FOMO"),
  ("Tubers come in bags of three with a photo label, and I'd be ever so grateful for a five-star review on our website once they're in.", "S", "product detail plus a review request before value is delivered")]]),

("exoskeletons (passive, lumbar)", "Lumbar exoskeleton trial for the Rugby DC", "Dear Ms Carver,", "Kind regards,\nJames Whitfield\nLiftwise Exo", [
 [("Thank you for sharing the injury figures from your Rugby distribution centre.", "N", "thanks"),
  ("With 41 lower-back claims last year among your pickers, a passive lumbar exoskeleton could take around a third of the load off each lift.", "N", "borderline: one mild hedge ('could'), value from their data (rule 2)")],
 [("A 30-day trial of ten units costs £3,200, credited against any order, and it would be a huge personal favour if you said yes by the 28th, when my bonus period closes.", "HS", "offer plus a seller-driven date for the seller's bonus (rule 16)"),
  ("Honestly, I'd be heartbroken if this fell through, as I've spent two months of evenings preparing your business case.", "S", "seller's feelings and effort with no blame or demand (rule 15)")],
 [("My VP has promised our investors a logistics customer this quarter, and it would help me enormously if that could be you.", "HS", "seller's quarter as the time frame for this deal, phrased as a favour (rule 16)"),
  ("Your health and safety committee meets on the 19th, so I'll send the trial proposal for its pack by the 12th.", "N", "prospect's own date")]]),

("fall sensors (bed and chair)", "Fall sensors for the night shift", "Dear Mrs Penrose,", "With my humble thanks,\nDeborah Lyle\nNightwatch Care Tech", [
 [("I hope you will not mind me writing, and I am so sorry if this arrives at a bad moment.", "T", "apologising for normal selling"),
  ("The bed and chair sensors alert the staff's pagers within two seconds of a resident standing, which would help on the night shift you described with two carers for 34 rooms.", "N", "value tied to their staffing")],
 [("I was hoping that it might perhaps be possible, if you felt able, to try a few in one corridor?", "T", "stacked hedges"),
  ("The kit for one corridor of eight rooms is £1,960, and I apologise that it is not cheaper.", "T", "price plus apology for the price"),
  ("If it is simpler for you, I would gladly take off whatever amount you feel is right.", "T", "unconditional concession")],
 [("Sorry to hear about the flu outbreak at Beechwood last month; I hope your residents are recovering.", "N", "sympathy, not an apology (rule 3)")]]),

("gymnasium wall bars", "Wall bars, Ashfield Primary hall", "Mrs Boateng,", "P. Greaves\nGreaves Gym Fit", [
 [("Wall bars for the Ashfield Primary hall: six bays, pine rungs, floor and wall fixings, £4,180 fitted.", "N", "product and price"),
  ("Fitting needs the hall empty for one day; your bursar suggested 28 October in half-term.", "N", "prospect's own date")],
 [("Order today or the half-term slot goes to the next school on the list.", "H", "ultimatum"),
  ("Your PE scheme needs this kit, full stop.", "H", "telling the prospect what they need"),
  ("All fixings are tested to BS EN 12346, and we've supplied over 3,000 schools and won the Education Supplier of the Year trophy twice.", "S", "generic boast")],
 [("Drawings attached; the deposit invoice is in there too, payable on receipt.", "H", "attachment plus an assumptive invoice")]]),

("hydroseeding", "Lot 2 embankment restoration: clarifications", "Dear Mr Fairclough,", "Yours sincerely,\nAnna Lowther\nGreenspray Contracting", [
 [("Thank you for the clarification questions on Lot 2 of the embankment restoration package.", "N", "thanks"),
  ("Our proposed mix is native wildflower and fescue at 5 g per square metre, which matches the seed specification in your Appendix C.", "N", "meets their spec")],
 [("On the steeper 1-in-2 cuttings by Junction 14, we would add a bonded fibre matrix so the seed stays put through autumn storms.", "N", "expert recommendation"),
  ("The seeding window in your specification closes on 15 October, so our programme has all 11 hectares done by 30 September.", "N", "the prospect's own deadline")],
 [
  ("I'd be glad to meet your landscape officer on site before the tender closes.", "N", "plain offer")]]),

("instrument hire (musical)", "Pit instruments for the autumn run", "Hiya Beth,", "Cheers,\nNat\nCrescendo Hire", [
 [("Thanks for sending the band parts list for your autumn production.", "N", "thanks"),
  ("We can supply the tenor sax, trombone and a second keyboard with stand for the six weeks from 1 October, but feel free to bin this if it's a hassle.", "T", "offer plus minimising permission")],
 [("I've gone ahead and popped the deposit request through to your treasurer so the instruments are locked in.", "H", "assumptive payment step"),
  ("Small thing: I'm really hoping to win our monthly sales competition, so if you could confirm by Friday you'd be a star.", "HS", "seller-driven date for a sales contest, as a favour (rule 16)")],
 [("Six weeks' hire comes to £620, including insurance while the instruments are in the theatre.", "N", "price"),
  ("Sorry, I know that's probably way more than a society like yours wants to pay.", "T", "apology for the price")]]),

("jump ropes", "Ropes for Skip2Bfit week", "Dear Mr Adeyemi,", "Best wishes,\nCarys\nJumpstart PE", [
 [("It was great to hear about the Skip2Bfit week you're planning for May.", "N", "pleasantry"),
  ("Our beaded ropes come in three lengths, so the Year 3s and the Year 6s can each get a rope that doesn't catch their feet.", "N", "value tied to their pupils")],
 [("Class sets of 32 are £96, and we can colour each length differently so sorting them after lessons takes seconds.", "N", "price and value"),
  ("Did you have a chance to see the email I sent on the 3rd, the one on the 10th and my message on the 17th?", "H", "counting the attempts at the prospect (rule 13)")],
 [("Our read tracker shows the last one was opened four times, so I was a bit surprised not to hear back.", "H", "read-receipt guilt"),
  ("I can drop off a sample set on Thursday, and I'd love to come in and show your team our whole range and tell you the story of how we started.", "S", "'hear our story' demo ask (rule 9)")]]),

("kraft paper mailers", "Paper mailers for your shop", "Dear Mrs Holt,", "Kind regards,\nMarta Zielińska\nPapyra Packaging", [
 [("Thank you for your question about mailers for your online ceramics shop.", "N", "thanks"),
  ("Our kraft mailers have a peel-and-seal strip and a tear line for returns, so your customers can send back a mug without tape.", "N", "value tied to their customers")],
 [("For 5,000 pieces in size C4 the price is 0.31 pound each, but I can go lower if you tell me your number.", "T", "asked-for price plus asking the buyer to name a number"),
  ("The paper is FSC certified, and we are the biggest producer of paper mailers in Poland, with 14 production lines and clients like big fashion brands.", "S", "generic boast")],
 [("If you give us your logo for our reference page, I can give you 10% discount.", "ST", "borderline: discount offered for a logo (rule 7)"),
  ("Please, I need this order very much, my director is not happy with me this year.", "ST", "pleading for the seller's own sake, no date (rule 15)")]]),

("lumbar supports", "Lumbar supports for the Enviro400 seats", "Mr Tennant,", "Gary Marsh\nBackright Seating", [
 [("You asked whether the supports fit the driver seats on your 2019 Enviro400 fleet.", "N", "restating their question"),
  ("They do: the strap goes round the seat back, and the lumbar pad adjusts by 40 mm, which covers your shortest and tallest drivers.", "N", "answer tied to their drivers")],
 [("You need to roll these out across the whole depot, and there's no point trialling it.", "H", "'you need' directive, overriding their process"),
  ("The covers wipe clean for your depot cleaners, and our product is used by the leading bus operators in 22 countries and endorsed by three Olympic physios.", "S", "generic boast")],
 [("Happy to fit a sample in one cab at Northgate depot, but if I don't hear from you by Friday, I'll send the proposal to your managing director, who I'm sure will see sense.", "H", "bypass threat with sarcasm"),
  ("Unit price is £38 for 200 or more, and I've already booked our fitters for the 14th, so send the PO.", "H", "price plus an assumptive booking")]]),

("hairdressing (care home visits)", "Salon days at Elm Lodge", "Dear Janet,", "Warm wishes,\nMaureen\nSilver Scissors Mobile Hairdressing", [
 [("Thank you for the tour of Elm Lodge and for introducing me to your activities coordinator.", "N", "thanks"),
  ("I'd suggest a fortnightly salon day on Wednesdays, since that's when the fewest residents have hospital appointments.", "N", "recommendation tied to their routine")],
 [("Washes and sets would be £14, cuts £12, and I'd bring a portable basin for residents who prefer to stay in their rooms.", "N", "prices and value"),
  ("I'm DBS-checked and insured, and I'll send copies for your compliance file.", "N", "credentials the buyer's process requires")],
 [
  ("Shall I pencil in a trial day on Wednesday 12 March?", "N", "next step with a date")]]),
]

# P.S. lines (appended as the last body paragraph of the named email, before the sign-off).
PS = {
 5: ("P.S. I've put a sample of the brass binding in the post so you can see the finish.", "N", "P.S., logistics"),
 14: ("P.S. Two other housing associations asked me for this slot, so I'd grab it while you can.", "H", "P.S., manufactured scarcity"),

 26: ("P.S. We've been voted the North West's top events supplier three years in a row!", "S", "P.S., award boast"),
 37: ("P.S. Sample ropes in all three lengths are on their way to the school office.", "N", "P.S., logistics"),
}


README_HEAD = """# sealed46: held-out evaluation emails for the tone coach

> **Training data since the tenth session.** This set was once sealed and was read several times while sealed (its
> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).
> It measures nothing now.

**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on
6 December (the eighth session) from the labelling guide alone, blind to that session's later Apply changes, and
measured first on the model of the seventh session (rules + model macro-F1 0.895: hard_close 0.860, self_serving
0.864, timidity 0.962; 1 of 114 clean sentences flagged; email agreement 0.925 / 1.000 / 1.000).

Written by hand for this set, from the labelling guide (`shared/corpus/LABELS.md`) and the product
description (`shared/PRODUCT.md`) alone; no other data set, rule or code was read. Every sentence was
composed for this set, and none copies or paraphrases the guide's example sentences.

- `build.py` holds the emails (subject, salutation, sign-off, body sentences with a label code and a
  short note) and writes the files below. Email labels come from the guide's email-level scale
  (0 none; 1 one sentence, or only borderline ones; 2 two or more with at least one not borderline),
  with no hand overrides. It checks that every sentence is a verbatim substring of its email and
  that every line parses.
- `test-emails.jsonl`: 40 emails. `test.jsonl`: every body sentence, P.S. lines included,
  salutations and sign-offs excluded. Notes starting `borderline:` mark sentences decided by one of
  the guide's borderline rules.

Design: 32 emails carry two or more faulty sentences, 8 are clean. About half the faulty sentences
(roughly 55 of 122 by my count) put the fault in one clause beside something legitimate (the asked-for price, the prospect's date, an
attachment, a meeting ask, a product detail). Many NONE sentences are hard negatives: the prospect's
own dates, real permit, leaf-out or supply constraints stated once, concessions traded for term or
volume, single courtesy apologies with a reason, sympathy, technical "needs", credentials the buyer's
process requires.

Registers: formal, chatty, terse, warm, blunt, very deferential and non-native English; spelling is
almost all British (American spelling is barely represented); every third email (s46e003, s46e006, ...) uses the curly apostrophe; a few P.S.
lines. Buyers range from sole traders and clubs to councils, NHS wards, universities and large
distribution companies; goods and services both.
"""

HERE = os.path.dirname(os.path.abspath(__file__))


def curly(s):
    return s.replace("'", "\u2019")


def build():
    emails, sents = [], []
    sid = 0
    trades = set()
    for i, (trade, subject, sal, sign, paras) in enumerate(EMAILS, 1):
        assert trade not in trades, trade
        trades.add(trade)
        paras = [list(p) for p in paras]
        if i in PS:
            paras.append([PS[i]])
        conv = curly if i % 3 == 0 else (lambda s: s)
        eid = "s46e%03d" % i
        body = "\n\n".join(" ".join(conv(t) for t, _, _ in p) for p in paras)
        text = conv(sal) + "\n\n" + body + "\n\n" + conv(sign)
        counts = {H: [0, 0], S: [0, 0], T: [0, 0]}  # [all, non-borderline]
        for p in paras:
            for t, code, note in p:
                t = conv(t)
                assert t in text, (eid, t)
                labs = CODES[code]
                for l in labs:
                    counts[l][0] += 1
                    if not note.startswith("borderline:"):
                        counts[l][1] += 1
                sid += 1
                sents.append({"id": "s46-%04d" % sid, "email": eid, "text": t,
                              "labels": labs or ["NONE"], "note": note})
        def scale(a, nb):
            if a == 0:
                return 0
            if a >= 2 and nb >= 1:
                return 2
            return 1
        emails.append({"email": eid, "subject": conv(subject), "text": text,
                       "labels": {l: scale(*counts[l]) for l in (H, S, T)}})
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for s in sents:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # re-read and check
    E = [json.loads(l) for l in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8")]
    X = [json.loads(l) for l in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8")]
    bytext = {e["email"]: e["text"] for e in E}
    for s in X:
        assert s["text"] in bytext[s["email"]], s["id"]
        assert s["labels"] == ["NONE"] or all(l in (H, S, T) for l in s["labels"])
    n = len(X)
    none = sum(s["labels"] == ["NONE"] for s in X)
    faulty_per = {}
    for s in X:
        if s["labels"] != ["NONE"]:
            faulty_per[s["email"]] = faulty_per.get(s["email"], 0) + 1
    stats = {
        "emails": len(E), "sentences": n, "NONE": none, "NONE_pct": round(100 * none / n, 1),
        H: sum(H in s["labels"] for s in X), S: sum(S in s["labels"] for s in X), T: sum(T in s["labels"] for s in X),
        "multi_label": sum(len(s["labels"]) > 1 for s in X),
        "borderline": sum(s["note"].startswith("borderline:") for s in X),
        "emails_2plus_faulty": sum(v >= 2 for v in faulty_per.values()),
        "clean_emails": len(E) - len(faulty_per),
        "emails_1_faulty": sum(v == 1 for v in faulty_per.values()),
        "curly_emails": sum("\u2019" in e["text"] for e in E),
        "ps_lines": sum(s["text"].startswith("P.S.") for s in X),
        "sentences_per_email": (min(sum(s["email"] == e["email"] for s in X) for e in E),
                                max(sum(s["email"] == e["email"] for s in X) for e in E)),
        "email_scale": {l: [sum(e["labels"][l] == k for e in E) for k in (0, 1, 2)] for l in (H, S, T)},
    }
    print(json.dumps(stats, indent=1))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD)
        f.write("\n## Counts (computed by build.py)\n\n| | Count |\n|---|---|\n")
        for k in ("emails", "sentences", "NONE", "NONE_pct", H, S, T, "multi_label", "borderline",
                  "emails_2plus_faulty", "clean_emails", "curly_emails", "ps_lines"):
            f.write("| %s | %s |\n" % (k, stats[k]))
        f.write("\nEmail-level scores (number of emails at 0 / 1 / 2):\n\n")
        for l in (H, S, T):
            f.write("- %s: %s\n" % (l, " / ".join(map(str, stats["email_scale"][l]))))
        f.write("\n## Industries (one trade per email)\n\n")
        for i, e in enumerate(EMAILS, 1):
            f.write("- s46e%03d: %s\n" % (i, e[0]))
    return stats


if __name__ == "__main__":
    build()
