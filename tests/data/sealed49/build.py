#!/usr/bin/env python3
"""Build sealed49: hand-written sales emails labelled per LABELS.md. Run: python3 build.py"""
import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
C = {"N": [], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"],
     "HS": ["hard_close", "self_serving"], "HT": ["hard_close", "timidity"],
     "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}
# each email: (subject, salutation, sign-off, [paragraphs]); paragraph = list of (sentence, code, note)
# a note starting "b:" is written out as "borderline: ..."
E = [
("Microfilm scanning, Gazette run 1921-1968", "Dear Ms Okafor,", "Yours sincerely,\nHelen Marsh\nReelwise Imaging", [
 [("Thank you for sending the reel list from the record office.", "N", "pleasantry"),
  ("Our quote covers all 412 reels at 400 dpi greyscale, and frankly your trustees would be foolish to let another budget year pass on this.", "H", "quote detail plus shaming clause")],
 [("We are the only bureau in the region to hold three national heritage awards, a claim nobody else can make.", "S", "generic award boast"),
  ("The full-text search output will let your volunteers answer family enquiries without pulling the reels, though I've put a great deal of my own time into this and would expect the courtesy of a decision this week.", "HS", "value clause plus seller's effort as guilt for a decision (rule 15)"),
  ("I have reserved the scanner for you from 3 March and will issue the deposit invoice tomorrow.", "H", "assumptive invoice before a yes")],
 [("Would Thursday afternoon suit for a call with your conservator, or failing that shall I simply phone your chief executive?", "H", "meeting ask plus bypass threat")]]),
("Navigation lights, Trent swing bridge", "Hi Gareth,", "Best,\nNeil Rowntree", [
 [("Following up on the lantern spec you sent over last week, and sorry again for all the repeated emails.", "T", "follow-up plus apology for following up"),
  ("The sector lights we proposed meet the harbour authority's colour and range requirement, so the notice to mariners won't need amending.", "N", "requirement the buyer's process needs")],
 [("Sorry, I know this email has got far too long, apologies for that.", "T", "apology for length"),
  ("I was sort of hoping you might maybe be able to look at the drawings when you perhaps get a spare minute?", "T", "stacked hedges plus permission-seeking"),
  ("If the price is the worry, I could probably take a chunk off before you even ask.", "T", "pre-emptive discount")],
 [("Either way, the drawings are attached, and if it's a no, no hard feelings whatsoever!", "T", "attachment plus pre-emptive release (rule 11)")]]),
("LCL consolidation from Ningbo", "Hello Ms Ferreira,", "Kind regards,\nOwen Tait\nBluewake Forwarding", [
 [("Thanks for the shipment profile covering your eight sofa suppliers.", "N", "pleasantry"),
  ("Consolidating them at one Ningbo warehouse would cut your container count from eleven to seven a quarter, based on your own volumes.", "N", "value from prospect's data")],
 [("Two other furniture importers on your trading estate have already moved to us, and it shows in their margins while you keep paying for half-empty boxes.", "H", "peers already switched, shaming")],
 [("My regional director has asked me to get this on the books before our financial year closes on the 31st, so a signature this week would make all the difference.", "HS", "manager and year-end as reason for a dated signature (rule 16)"),
  ("I can put you in the first sailing slot on 14 April, which is the date you gave for the spring range.", "N", "the prospect's own date"),
  ("I've also gone ahead and asked our accounts team to set up your credit account.", "H", "assumptive step before a yes")]]),
("Marek's vaccination crew for the June placement", "Dear Mr Hollis,", "With respect,\nAgnieszka Nowak\nFlockGuard Services", [
 [("Thank you for the meeting at the farm on Tuesday.", "N", "pleasantry"),
  ("Our crew of six can vaccinate the 32,000 pullets in two days, which is inside the window your vet gave.", "N", "concrete product detail tied to prospect"),
  ("Please excuse me very much, I am sorry that I write again, I do not want to disturb you at all.", "T", "self-abasing apologies")],
 [("If it is not too much trouble for you, maybe you can perhaps tell me if the price is acceptable, and if not, I can lower it as you wish.", "T", "hedges plus invite to name the price"),
  ("I would be very sad to lose this job after all my work with your vet, and I hope you will not leave me without an answer.", "HS", "seller's feelings and effort as guilt (rule 15)")],
 [("I can come Thursday to show the crew's biosecurity plan, if you maybe think it is possibly okay for you.", "T", "meeting offer plus stacked hedges and permission")]]),
("Rotisserie ovens for the 14 deli counters", "Hi Priya,", "Cheers,\nTom Varga", [
 [("Good to meet you at the category review.", "N", "pleasantry"),
  ("The 8-spit model fits your 1.2 m counter bays and cooks 40 birds an hour, so the Friday evening gap you described closes.", "N", "product detail tied to prospect's goal"),
  ("Our ovens have a self-cleaning cycle, dual-zone heating, app control, 14 presets, a glass door, halogen lighting, a grease trap and a drip tray.", "S", "feature dump")],
 [("I've attached the lease terms you asked for, and honestly it'd be a massive help to me if you got them signed by Friday because I'm a deal short of my target.", "HS", "attachment plus seller-driven dated push (rule 16)"),
  ("Our install team has pencilled in the first six stores for the 20th, so just send your PO number over and we're away.", "H", "assumptive install + PO before a yes")],
 [("Does Wednesday at 9 suit for the trial at your Bexley store, or shall I just tell my boss you're in and save us both the time?", "H", "meeting ask plus assumptive close")]]),
("Sphagnum for the propagation benches", "Hello Iris,", "Warmly,\nRuth Ellingham\nMosslands Growers", [
 [("It was lovely to hear the sundews are flowering early this year.", "N", "pleasantry"),
  ("The New Zealand long-fibre grade holds moisture for about twice as long as the chopped bale you use now, so your misting rounds can drop to twice a day.", "N", "insight tied to prospect"),
  ("The 10 kg bales are £86 each, as you asked, delivered on a pallet of twelve.", "N", "price the prospect asked for")],
 [("We'll keep a pallet aside until the end of the month, when the next shipment is allocated to our trade list.", "N", "borderline: factual hold date with reason, no urgency words (rule 4)"),
  ("Would it help if I sent a sample bale with your next order of perlite?", "N", "plain offer")]]),
("Theodolite calibration, all eleven instruments", "Dear Mr Banerjee,", "Regards,\nStuart Pryce\nMeridian Metrology", [
 [("I'm writing again about calibrating the survey team's instruments, which makes this my sixth attempt to get an answer out of you.", "H", "counting attempts at the prospect (rule 13)"),
  ("Every one of your instruments is past its interval, and you need this done now, full stop.", "H", "directive 'you need this' without analysis")],
 [("We've calibrated for the county's highways department since 1974 and were named Metrology Lab of the Year twice.", "S", "years in business and award boast"),
  ("Our UKAS certificate is attached, which is what your client's quality plan asks for.", "N", "credential the buyer's process requires")],
 [("I'll be blunt: if I don't hear back by Monday, I'll raise it with your managing director at the Chamber lunch.", "H", "bypass threat with deadline"),
  ("Collection can be the same morning, so the team isn't without kit for more than two days.", "N", "logistics value")]]),
("Vacuum excavation around the High Street limes", "Hi Denise,", "Thanks,\nCallum Reid", [
 [("Thanks for the tree survey and the plan showing the root protection areas.", "N", "pleasantry"),
  ("Vacuum excavation lets your contractor expose the ducts without cutting roots over 25 mm, which is the condition your arboricultural officer set.", "N", "value tied to prospect's condition")],
 [("The highways permit needs ten working days, so to start on the 9th we'd need to submit it by the 24th.", "N", "borderline: real external permit lead time stated once (rule 4)"),
  ("Our day rate is £1,450 including the operator and tipping.", "N", "price")],
 [("Shall I hold the 9th for you while you check with the tree officer?", "N", "plain ask")]]),
("Private water supply sampling, Glenbrae holiday lets", "Dear Mrs Cairns,", "Kind regards,\nFiona Strachan\nWaterwise Labs", [
 [("Thank you for the call this morning about the spring-fed supply.", "N", "pleasantry"),
  ("I'm really sorry to keep chasing you like this, I feel terrible about it.", "T", "apology for following up"),
  ("Honestly, I've spent two evenings on your risk assessment, so I was a bit hurt not to get even a line back.", "HS", "seller's effort and hurt as guilt (rule 15)")],
 [("The council requires an annual sample for lets with paying guests, and we can do the collection and the paperwork in one visit.", "N", "real regulation plus value"),
  ("Anyone running holiday lets who skips testing is frankly asking for trouble with their guests.", "H", "shaming the prospect"),
  ("I'll send the booking form with your October date filled in.", "N", "logistics with the prospect's date")]]),
("Crushing the demolition arisings at Canal Wharf", "Mark,", "Dean", [
 [("Crusher can be on site the 3rd, 2,000 tonnes a week, best kit in the county, ask anyone.", "S", "logistics plus generic boast"),
  ("The 6F2 output meets your spec, so you stop importing fill.", "N", "value tied to prospect")],
 [("Price is £4.20 a tonne, and I'll drop it to £3.60 if it helps, no strings.", "T", "price plus unconditional discount"),
  ("Bring the start forward and I'll knock off another 10%, but only if you sign by Friday.", "HT", "discount conditioned on seller's date (rule 7)")],
 [("Third time I've sent you this price, Mark.", "H", "counting attempts at the prospect (rule 13)")]]),
("Medical gas pipeline verification, Wards 4-9", "Dear Dr Achebe,", "Yours sincerely,\nLaura Whitcombe\nHTM Assurance", [
 [("Thank you for the invitation to quote for the verification of the new terminal units.", "N", "pleasantry"),
  ("Our authorised persons hold the HTM 02-01 competence your estates policy asks for.", "N", "credential the buyer requires"),
  ("We can test the 180 outlets in three night shifts, so no ward closes during the day.", "N", "value tied to prospect")],
 [("The quotation is attached, together with a sample certificate.", "N", "logistics"),
  ("Could your estates team confirm the isolation valves by 14 May, the date the theatres open?", "N", "prospect's own date"),
  ("I'll call on Tuesday morning to go through any questions.", "N", "clear next step")]]),
("Mounts for the Wovens of the Silk Road gallery", "Hi Sunita,", "All best,\nMaya Lindqvist\nArmature Studio", [
 [("Loved walking the gallery with you and the registrar last week.", "N", "pleasantry"),
  ("The slant boards we sketched keep the kaftan fibres at 15 degrees, which is what your conservator asked for.", "N", "product detail tied to prospect"),
  ("We've mounted for pretty much every big museum you could name, so this will be easy for us.", "S", "generic boast")],
 [("And if you could mention us in your conference paper and send a few names our way, that would mean the world to me.", "S", "asking for referrals and mention"),
  ("Honestly, I'll happily take 20% off in exchange for a case study quote.", "ST", "borderline: discount offered for a favour (rule 7)")],
 [("Shall we talk through the fabrication schedule on Monday, since my studio director is keen to get this on our portfolio page?", "S", "meeting ask plus seller's own motive, no decision date")]]),
("Names for the new pale ale range", "Hey Jonah,", "Speak soon!\nTess\nBrandfold", [
 [("We'd test each shortlist against the trademark register before you see it, so none of the favourites gets binned late.", "N", "value tied to prospect")],
 [("Our agency has been featured in Creative Review and won a Drum award and a D&AD pencil!", "S", "award boast with exclamation"),
  ("If you're not on board by Thursday, you'll have missed the boat, mate, because we won't be taking on any more breweries this year.", "H", "manufactured scarcity ultimatum")],
 [("I'd love to show off our whole process deck, which the team spent months on.", "S", "self-serving demo ask (rule 9)"),
  ("The workshop fee is £3,200 for two days, as you asked, but I'd knock it down to £2,500 if that makes it easier.", "T", "requested price plus unprompted discount")],
 [("P.S. Could you share our award post on LinkedIn too? It means a lot to the team.", "S", "P.S.: favour for the seller")]]),
("Soft pretzels for the arena concourse", "Hi Carla,", "Thanks,\nBen Ostrowski\nTwistworks Bakery", [
 [("Your stands sell out of hot snacks by the second period, so a par-baked pretzel that finishes in 90 seconds adds a new flavor line without extra staff.", "N", "insight from prospect data")],
 [("Every concession group in the league is already on our pretzels, and you don't want to be the arena that got left behind.", "H", "peers switched + FOMO"),
  ("Just send over your card details and I'll get the first pallet on the truck for the home opener.", "H", "assumptive payment ask")],
 [("Sorry if the price seems a little high; I really hope that's okay with you.", "T", "apologising for price + approval-seeking"),
  ("Should I bring a sample batch to Thursday's menu tasting, or would it be quicker if I went straight to your general manager?", "H", "offer plus bypass threat")]]),
("Telescopic seating for the Eastfield sports hall", "Dear Mr Daniels,", "Yours faithfully,\nAlison Crane\nTierline Seating", [
 [("Thank you for the drawings of the hall and the fire strategy.", "N", "pleasantry"),
  ("The 5-tier unit gives you 240 seats and folds into 900 mm of wall, so the badminton courts stay full width.", "N", "product detail tied to prospect"),
  ("The academy trust's deadline for the capital grant claim is 30 June, so the order would need to be placed by 12 May for the install to count.", "N", "borderline: real external grant deadline stated once with reason (rule 4)")],
 [("Apologies that the revised quote is a day late; our estimator was on site in Hull, and it is attached now.", "N", "borderline: single courtesy apology for real delay with fix (rule 3)"),
  ("We can hold the price if you prepay half, which would let us buy the steel before the June increase.", "N", "concession traded for prepayment (rule 7)")],
 [("Could we meet on site on the 2nd to check the floor fixings?", "N", "clear next step with date")]]),
("Refuse chute cleaning, Beacon Tower and Wren Tower", "Hi Louise,", "Best wishes,\nAmir Haddad\nChuteCare", [
 [("Thanks for the residents' complaint log you forwarded.", "N", "pleasantry"),
  ("The smell reports cluster on floors 12 to 18, which usually points to a blocked hopper door rather than the chute itself.", "N", "insight")],
 [("I've asked four times now and the portal shows you've opened every one of my emails, so a reply really isn't much to ask.", "H", "counting + read-receipt guilt (rule 13)"),
  ("Our price for both towers is £2,900, and I'll hold that until 31 March as long as you sign off before my quarterly review.", "HS", "price plus seller-driven dated push (rule 16)")],
 [("I'll bring the camera survey from Beacon Tower to your team meeting on the 12th, and frankly any housing manager who cared about residents would have booked this already.", "H", "next step plus shaming")]]),
("Septic tank emptying, Lower Combe cottages", "Hi Mr Penhale,", "Cheers,\nJake Trewin\nTrewin Tankers", [
 [("Thanks for ringing about the overflowing tank at number 3.", "N", "pleasantry"),
  ("A 3,000-gallon tank on a six-month cycle will stop it backing up in the wet months.", "N", "advice tied to prospect"),
  ("I know it's a lot of money, sorry, I feel awful quoting it.", "T", "apologising for price")],
 [("I'd honestly take whatever you think is fair, just name a figure.", "T", "asking the buyer to name their number"),
  ("But if you'd rather leave it, no worries at all, I'll give you a ring next spring.", "T", "accepting brush-off pre-emptively")],
 [("We could come Friday morning if the lane is clear, whenever you get a sec to let me know, no rush at all.", "T", "logistics plus permission-begging")]]),
("Phased array UT on the Line 3 weld seams", "Dear Ms Kowalczyk,", "Kind regards,\nDaniel Fairweather\nSonicheck NDT", [
 [("Thank you for the weld map and the acceptance criteria from your client.", "N", "pleasantry"),
  ("Phased array will inspect the 96 seams in about a third of the time radiography needs, and our kit list also runs to TOFD, eddy current, MPI, dye pen, hardness testing, PMI and drone inspection.", "S", "value clause plus feature dump")],
 [("Our technicians are PCN Level 2 in phased array, which your client's inspection plan asks for.", "N", "credential the buyer's process requires"),
  ("I'm personally rooting for this one, as it would be my first big contract since I took over the north region.", "S", "seller's stake with no demand (rule 15)")],
 [("Your client wants the report by 21 October, so we'd plan to scan in the week of the 6th.", "N", "the prospect's own date"),
  ("Please don't feel you have to reply quickly, honestly, whenever suits is fine, and if this isn't of interest just ignore it.", "T", "permission-begging and release")],
 [("P.S. We were shortlisted for NDT Company of the Year, which was a lovely moment for the whole team.", "S", "P.S.: award boast")]]),
("Zero-alcohol beer for the clubhouse", "Hi Sam,", "Cheers,\nEd Quinlan\nZeroHour Brewing", [
 [("Your bar takings show a drop on Sunday afternoons, when most of the members are driving, so a zero-alcohol lager on draught is where I'd start.", "N", "insight from prospect's data")],
 [("We're the fastest-growing brewery in the country and have raised £4m from top investors.", "S", "growth and investor boast"),
  ("Every clubhouse that dithered on this last season regretted it, and I'd hate to see you make the same mistake.", "H", "pressure/shaming about not buying"),
  ("The cellar cooler can stay as it is, since it runs at the right temperature for our kegs.", "N", "technical detail")],
 [("Shall I drop off a keg for the Sunday after next, and pop the direct debit form in with it so we're all set?", "H", "offer plus assumptive payment step")]]),
("Period product dispensers, four secondary schools", "Dear Mr Osei,", "Best regards,\nHannah Lowther\nDignity Dispensers", [
 [("Thank you for the survey results from the four student councils.", "N", "pleasantry"),
  ("Free-vend units in every girls' and gender-neutral toilet match what students asked for in your survey.", "N", "value tied to prospect")],
 [("I do apologise, I realise I've probably written far too much and that you are very busy, and I'm sorry for taking up your time.", "T", "stacked apologies for length and selling"),
  ("I wonder if perhaps you could possibly let me know whether it might be worth me sending a sample?", "T", "stacked hedges"),
  ("My manager has told me I need the trust's order in by 31 July for our year-end figures.", "HS", "manager and year-end as reason for dated order (rule 16)")],
 [("I'll come to the business managers' meeting on the 18th, as you suggested.", "N", "the prospect's own suggestion")],
 [("P.S. Every other trust in the county has already signed, so yours is rather the odd one out.", "H", "P.S.: peers already bought, as pressure")]]),
("Pressure mapping for the seating clinic", "Hi Dr Nwosu,", "Thanks,\nRachel Adair\nContour Diagnostics", [
 [("Following up on the demo at the wheelchair services day.", "N", "single follow-up line"),
  ("The mat shows peak pressure under the ischial tuberosities in real time, so your therapists can adjust a cushion while the client is still in the chair.", "N", "product detail tied to prospect"),
  ("Clinics that adopted it cut repeat appointments for pressure sores by about a third, which addresses the waiting list you mentioned.", "N", "social proof tied to prospect")],
 [("Would you like to see it in action with one of your own clients?", "N", "borderline: bare demo ask (rule 9)"),
  ("I can bring the system on Tuesday the 4th.", "N", "clear next step")]]),
("Resuscitation manikins for the lifeguard courses", "Hi Colin,", "Best,\nKirsty Munro\nRevive Training Supplies", [
 [("The feedback manikins show compression depth and rate on a tablet, so your trainers can pass candidates against the actual standard.", "N", "product detail tied to prospect")],
 [("I'll be straight with you: my bonus this quarter depends on this order, so it really matters to me.", "S", "seller's own need, no date (rule 16)"),
  ("You asked for 24 units, and I've already put them on an invoice so you just need to pay it before the end of the week.", "H", "prospect's quantity plus assumptive invoice and payment push"),
  ("Our manikins come with 12 modes, Bluetooth, CPR app, airway head, choking vest, wipe-clean skins, carry bags and a trainer clicker.", "S", "feature dump")],
 [("Can we talk Thursday after your course finishes?", "N", "plain ask")],
 [("P.S. A yes by Friday would be great, since that's when my sales manager runs the forecast call.", "HS", "P.S.: manager's forecast as reason for a dated yes (rule 16)")]]),
("Tachograph analysis, 30 HGVs", "Dear Mr Fenwick,", "Yours sincerely,\nGraham Lees\nTachoTrack", [
 [("Thank you for the download from your last DVSA visit.", "N", "pleasantry"),
  ("Most of the infringements were break-rule breaches on the Scottish night trunks, which a driver briefing can fix fast.", "N", "insight from prospect data")],
 [("Any transport manager worth their licence would have sorted this out months ago.", "H", "shaming"),
  ("Frankly, it's disappointing after I rearranged my whole week to review your files, and I think I'm owed a decision.", "HS", "seller's effort as guilt (rule 15)")],
 [("The monthly analysis is £9 per vehicle, with the driver reports included, and I'm sorry it isn't cheaper.", "T", "price plus apology for price"),
  ("If I don't hear back, I'll pass this over to your operations director.", "H", "bypass threat")]]),
("Reproofing the estate's wax jackets", "Dear Lady Harcourt,", "With the greatest respect,\nFreddie Ashby\nThornbury Rewaxing", [
 [("Thank you so much for your kind note after the shoot day.", "N", "pleasantry"),
  ("I hope it is quite alright that I write to you directly, and please forgive me if it is an intrusion.", "T", "approval-seeking and apologetic permission"),
  ("We could reproof the 22 beaters' jackets before the October season, which is the date your keeper gave us.", "N", "the prospect's own date")],
 [("We've been a family firm since 1908, four generations of rewaxing under one roof.", "S", "borderline: heritage line (rule 8)"),
  ("I would be terribly grateful for any work at all, and I would quite understand if you decided against us.", "ST", "pleading for seller's sake + pre-emptive release")],
 [("Collection could be on the 16th with the estate Land Rover, though of course only if it's no bother whatsoever.", "T", "logistics plus permission-seeking")]]),
("Stainless enclosures for the pump control panels", "Hi Martin,", "Regards,\nSofia Greco\nNorthplate Fabrication", [
 [("Drawings for the 600 x 800 enclosures are attached, as you asked.", "N", "attachment the prospect asked for"),
  ("316 stainless with a 2 mm wall will survive the wash-down regime at your dairy site.", "N", "expert recommendation")],
 [("We've got the biggest laser bed in the county, the fastest press brake, and more ISO badges than anyone.", "S", "generic boast"),
  ("The lead time is four weeks, but that's only if you confirm today, because after that the slot goes to someone else.", "H", "lead time plus manufactured scarcity")],
 [("Totally get it if you're not ready, I'll try you again next year.", "T", "accepting brush-off"),
  ("By the way, could you leave us a review on Google?", "S", "asking for a review")]]),
("Terracotta for the garden centre spring display", "Hello Beatrice,", "Best wishes,\nLuca Bianchi\nImpruneta Direct", [
 [("Lovely to see you at the trade show in Birmingham.", "N", "pleasantry"),
  ("The frost-proof pots from Impruneta are fired at 1,000 degrees, so they'll hold up in your outdoor yard through January.", "N", "product detail tied to prospect")],
 [("I've put together the mixed pallet you asked for, and I've booked the lorry for 2 February, so I'll just need your payment details to lock it in.", "H", "pallet the prospect asked for plus assumptive payment ask"),
  ("Your rivals in the county are already stocking these, so it's rather your move.", "H", "competitors already bought")],
 [("I'm also a little behind on my number this half, which is why this account matters so much to me.", "S", "seller's target stated with no demand or date for the prospect (rule 16)"),
  ("P.S. The price list has the new 60 cm urns on page 4, and between us, I'd take 10% off those for you straight away.", "T", "P.S.: logistics plus unprompted discount")]]),
("Whey protein for the six gyms' shake bars", "Hi Kelsey,", "Thanks!\nMo Rahman\nFuelStack Nutrition", [
 [("Your members buy chocolate almost three times more than any other flavour, so I'd cut the range from nine to four and reduce your waste.", "N", "insight from prospect data"),
  ("The 5 kg tubs are £48 each, with free delivery above ten, and we're the number-one whey brand on Amazon, by the way.", "S", "price plus ranking boast")],
 [("Sign up before the sales contest closes this Friday and I get the trip to Dubai, so it's a win-win, right?", "HS", "seller's contest as reason for dated signature (rule 16)"),
  ("And I can chuck in a 15% discount on top, which I'll have to run past my manager first.", "T", "unprompted discount + deferring to manager")],
 [("Shall we book a tasting at the Leeds site on Tuesday?", "N", "clear next step")]]),
("Quiet pods for the third floor", "Hi Aisha,", "Best,\nCarl Jensen\nHushframe", [
 [("Thanks for sending the floor plan and the occupancy data.", "N", "pleasantry"),
  ("Your badge data shows 40 calls an hour taken at desks, so four single pods by the lifts would take most of the noise off the open plan.", "N", "insight from prospect data"),
  ("The pods sit on the existing raised floor and only need a 13 A socket, so no electrical works.", "N", "technical detail")],
 [("Building control needs the fire-rated version in that corridor, which I have quoted.", "N", "technical prerequisite"),
  ("Could we do a 20-minute walkthrough with your facilities lead on Thursday at 2?", "N", "clear next step with date")]]),
("Nail guns for the framing crew", "Hi Troy,", "Later,\nKyle Brandt", [
 [("Got your note about the jams on the old guns.", "N", "pleasantry"),
  ("The new coil framers take 3-inch ring shanks without jamming, so your crew won't lose 20 minutes a wall clearing them, and the color-coded depth dial stops overdriving.", "N", "value tied to prospect")],
 [("Honestly your crew needs these yesterday, there's no thinking this over.", "H", "directive 'you need' + no room to think"),
  ("Quote for 12 guns is attached, and I already told the warehouse you're taking them so they're on the truck Monday.", "H", "attachment plus assumptive shipping")],
 [("This is the fourth voicemail plus two texts, Troy, I'm starting to think you're dodging me.", "H", "multi-channel count + sarcasm")],
 [("P.S. This price is good till the 30th, after that it's gone, so don't sit on it.", "H", "P.S.: dated offer with urgency language, no reason (rule 4)")]]),
("Outplacement support for the Dunmore plant closure", "Dear Ms Abiodun,", "With regards,\nPatricia Kerr\nNextStep Careers", [
 [("Thank you for trusting us with the first conversation about the plant closure.", "N", "pleasantry"),
  ("For the 140 operators affected, on-site CV clinics in the canteen before the last shift reach far more people than online modules.", "N", "insight tied to prospect")],
 [("We are the UK's most recognised career transition firm and were voted best in class three years running.", "S", "generic boast"),
  ("I feel that I have gone above and beyond for you by writing this proposal over the weekend, so I would really appreciate a decision by Wednesday.", "HS", "seller's effort used to press a decision (rule 15)"),
  ("Apologies, I am aware that our fees may look high and I hope you won't think badly of us for them.", "T", "apologising for price + approval")],
 [("The programme outline is attached with the costs per cohort, and I'm happy to trim them by whatever amount you think is right.", "T", "attachment plus 'name your number' concession")]]),
("RIB hull repair before the survey season", "Hi Elin,", "Cheers,\nRhodri Price\nSeaboot Marine", [
 [("Thanks for the photos of the tube damage on Survey 2.", "N", "pleasantry"),
  ("The abrasion at the bow looks like it's through two layers, so I'd re-tube rather than patch, given how much beach work you do.", "N", "expert recommendation backed by evidence (rule 6)")],
 [("We can have her back by 10 April, the date you gave for the first seal count.", "N", "prospect's own date"),
  ("Could you let me know by Friday whether you want the Hypalon or the PVC tubes?", "N", "plain ask with date, no pressure")],
 [("P.S. The trailer can stay with us while she's in the shed.", "N", "P.S. logistics")]]),
("Shoe shine stand in the members' lobby", "Good afternoon Mr Ellery,", "Yours respectfully,\nSamuel Adeyemi\nPolish & Co", [
 [("Thank you for considering us, it is an honour that you even read my proposal.", "T", "thanking for even considering (rule 11)"),
  ("A stand by the cloakroom, staffed from 7 to 10 each morning, would serve the members who come in for breakfast before court.", "N", "value tied to prospect")],
 [("We have shined shoes for three prime ministers and were written up in the Financial Times!", "S", "exclamation-mark boast"),
  ("Our booking system for the members is ready, and I have already put the first week in your events calendar, so you only need to sign the agreement.", "H", "assumptive booking before a yes")],
 [("Sorry, sorry, I know I am too pushy, please forgive me.", "T", "apology for being pushy"),
  ("I could start on 1 September if the committee agrees, and I would be so grateful if you told them how hard I have worked on this.", "ST", "offer plus pleading for the seller's own sake (rule 15)")]]),
("Tow bars for the parks vans", "Dear Mr Hughes,", "Yours sincerely,\nJoanne Birch\nHitchright Fleet Services", [
 [("Thank you for the fleet list of the 18 Transit Customs.", "N", "pleasantry"),
  ("The detachable swan-neck bars take the 2,000 kg mower trailers and keep the rear sensors working when removed.", "N", "product detail tied to prospect"),
  ("We can fit six vans a day at your depot, so no van is off the road for more than one shift.", "N", "logistics value")],
 [("Your framework call-off needs a quote on the council's template, which I have used.", "N", "the prospect's process"),
  ("I'll phone on Monday to see whether the fleet manager has questions.", "N", "clear next step")]]),
("Vacuum-formed inserts for the gift boxes", "Hi Nadia,", "Thanks,\nPeter Molyneux\nFormpak", [
 [("Thanks for the samples of the three candle jars.", "N", "pleasantry"),
  ("A recycled PET insert with a 2 mm lip holds the jar without glue, so your packing line won't need the hot-melt station.", "N", "value tied to prospect")],
 [("The tooling cost is £640 and, frankly, if you hesitate now you'll still be hand-wrapping jars next Christmas.", "H", "price plus 'if not now, never'"),
  ("I'll send the tooling invoice today so we can cut on Monday.", "H", "assumptive invoice")],
 [("If that's too much, I'm sure I can find some money off for you somewhere.", "T", "unprompted discount"),
  ("Could you send me the final jar heights by Wednesday?", "N", "plain logistics ask")],
 [("P.S. We've been doing this since 1962, three generations of Molyneuxs.", "S", "borderline: P.S. heritage line (rule 8)")]]),
("Woodturning blanks for the craft shop", "hi Glenn,", "cheers\nAlfie", [
 [("got your order sheet, thanks.", "N", "pleasantry"),
  ("spalted beech, ash and walnut all in, 50 mm squares, and I've put your card through for the lot already.", "H", "product detail plus assumptive payment")],
 [("Walnut's nearly gone and three other shops are after it, so you'd better move sharpish.", "H", "manufactured scarcity + urgency words"),
  ("We're the best timber yard in the north, everyone knows it.", "S", "generic boast")],
 [("Sorry to be a pain again, honestly ignore me if you're busy.", "T", "apology for following up + release")]]),
("Neoprene sleeves for the Year 7 laptops", "Dear Mrs Whitfield,", "Kind regards,\nGemma Tully\nSnugCase Education", [
 [("Thank you for the purchase order for the 180 sleeves.", "N", "pleasantry"),
  ("Our 5 mm sleeves fit the 11.6-inch models you listed, and as the country's leading education case brand we've now supplied over 3,000 schools.", "S", "product fit plus 'leading' boast")],
 [("I am just writing to see if it might perhaps be possible, when you have a moment, to confirm the delivery address.", "T", "stacked hedges + permission-seeking"),
  ("The sleeves will arrive before the 3 September start date you gave.", "N", "prospect's own date")],
 [("Would you mind very much writing a short testimonial for our website, as it would really help my figures?", "S", "asking a favour for seller's figures")]]),
("Pizza boxes for the 20 takeaways", "Hi Gino,", "Grazie,\nMarco Ruggeri\nCartone Packaging", [
 [("Thanks for the delivery schedule for your 20 shops.", "N", "pleasantry"),
  ("The corrugated E-flute box with vents keeps the base crisp for about eight minutes longer, which is the complaint your drivers keep hearing.", "N", "insight tied to prospect")],
 [("I've booked your print run for the 14th and the invoice follows, so no need to reply.", "H", "assumptive booking + invoice"),
  ("I went to my director for this price and stuck my neck out for you, so I'm owed a yes.", "HS", "seller's standing used as guilt (rule 15)")],
 [("Per your email, the 12-inch and 14-inch sizes are priced at 21p and 26p.", "N", "price the prospect asked for")],
 [("P.S. Your two nearest competitors switched to these boxes in the spring, just saying.", "H", "P.S.: peers already switched")]]),
("Mobile cash machine for the County Show", "Dear Ms Pemberton,", "Regards,\nSteve Lindley\nCashPoint Mobile", [
 [("Thank you for sending the site plan for the County Show.", "N", "pleasantry"),
  ("Two machines by the livestock rings would help the traders who told you card signal dropped last year.", "N", "value tied to prospect")],
 [("Our mobile fleet has 40 units, satellite links, armoured housings, 24-hour CCTV, and a dedicated events hotline.", "S", "feature list"),
  ("If you don't sign by Friday, I'll offer the two units to another show.", "H", "ultimatum with no reason"),
  ("Or I can just drop the fee by half if that helps get it over the line.", "T", "unconditional discount")],
 [("I'll be at the showground on the 5th if you'd like to walk the plots.", "N", "clear next step")],
 [("P.S. I'm one signature off winning our regional sales trophy, just so you know.", "S", "P.S.: seller's contest stated with no date (rule 16)")]]),
("Pedometers for the Step Up challenge", "Hi Olu,", "Best,\nSarah Kinsella\nStridewell", [
 [("Thanks for the email about the Step Up challenge for the warehouse staff.", "N", "pleasantry"),
  ("Our clip-on pedometers need no app, which matters since your pickers can't carry phones on the floor.", "N", "product detail tied to prospect")],
 [("Please don't think I'm pushing, I'm really not, and honestly any time would be fine for us.", "T", "permission-begging, zero urgency"),
  ("Your June start date works well, and the 400 units can ship by 20 May.", "N", "prospect's own date")],
 [("I'd love you to hear our story, because our founder started this in her garage!", "S", "'hear our story' self-serving"),
  ("Shall I send the order form, or would you prefer I ask your HR director to sign it instead?", "H", "plain ask plus bypass threat")]]),
("Replacement swing seats, 11 play areas", "Dear Mr Sato,", "Yours faithfully,\nBridget Coles\nPlaysafe Parts", [
 [("Thank you for the inspection report showing the worn seats.", "N", "pleasantry"),
  ("The rubber flat seats with the anti-wrap chain fit the 11 frames listed in your report.", "N", "product detail tied to prospect")],
 [("Since your inspector has marked 14 seats as high risk, you need these replaced before the summer holidays.", "H", "borderline: 'you need' after a real inspection (rule 6)"),
  ("I have already told our warehouse to pick the order, so please send your card details to pay.", "H", "assumptive payment")],
 [("I'm also sorry if I came across as rude on the phone, I really hope you're not cross with me.", "T", "approval-seeking apology"),
  ("We can fit them on the 7th if that suits, and I promise I'll only charge what you're comfortable paying.", "T", "logistics plus 'what number works' concession")]]),
]

def main():
    emails, sents = [], []
    n = 0
    for i, (subj, sal, sign, paras) in enumerate(E, 1):
        eid = "s49e%03d" % i
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        body = "\n\n".join(" ".join(fix(t) for t, _, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); nonbl = collections.Counter()
        for p in paras:
            for t, code, note in p:
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                note = ("borderline: " + note[2:].strip()) if note.startswith("b:") else note
                labs = C[code]
                for l in labs:
                    counts[l] += 1
                    if not note.startswith("borderline:"):
                        nonbl[l] += 1
                sents.append({"id": "s49-%04d" % n, "email": eid, "text": t,
                              "labels": labs or ["NONE"], "note": note})
        lab = {}
        for l in ("hard_close", "self_serving", "timidity"):
            c = counts[l]
            lab[l] = 0 if c == 0 else (2 if c >= 2 and nonbl[l] >= 1 else 1)
        emails.append({"email": eid, "subject": fix(subj), "text": text, "labels": lab})
    with open(os.path.join(HERE, "test-emails.jsonl"), "w") as f:
        for e in emails: f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w") as f:
        for s in sents: f.write(json.dumps(s, ensure_ascii=False) + "\n")
    for fn in ("test-emails.jsonl", "test.jsonl"):
        for line in open(os.path.join(HERE, fn), encoding="utf-8"): json.loads(line)
    # stats
    st = collections.Counter()
    for s in sents:
        for l in s["labels"]: st[l] += 1
    multi = sum(1 for s in sents if len(s["labels"]) > 1)
    bl = sum(1 for s in sents if s["note"].startswith("borderline:"))
    faulty_emails = collections.Counter(s["email"] for s in sents if s["labels"] != ["NONE"])
    clean = sum(1 for e in emails if faulty_emails[e["email"]] == 0)
    two = sum(1 for e in emails if faulty_emails[e["email"]] >= 2)
    print("emails", len(emails), "sentences", len(sents))
    print("NONE %d (%.1f%%)" % (st["NONE"], 100 * st["NONE"] / len(sents)))
    for l in ("hard_close", "self_serving", "timidity"): print(l, st[l])
    print("multi-label", multi, "borderline", bl, "clean emails", clean, "emails with 2+ faulty", two)
    el = collections.Counter()
    for e in emails:
        for k, v in e["labels"].items(): el[(k, v)] += 1
    print("email-level", sorted(el.items()))

if __name__ == "__main__":
    main()
