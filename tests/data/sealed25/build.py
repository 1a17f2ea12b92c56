#!/usr/bin/env python3
"""Build the sealed25 held-out set: hand-written emails, sentence labels, email-level scores."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"N": [], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"],
         "HS": ["hard_close", "self_serving"], "HT": ["hard_close", "timidity"],
         "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}

# Each email: (subject, salutation, paragraphs, sign-off, industry, register)
# paragraph = list of (sentence, code, note)
E = []
def em(subject, sal, paras, sign, industry, register):
    E.append((subject, sal, paras, sign, industry, register))

em("Bathymetric survey of Holloway Reservoir", "Dear Ms Adeyemi,", [
  [("Thank you for sending the 2019 drawdown records and the intake tower drawings.", "N", "thanks for material"),
   ("Our survey boat can cover the full 38 hectares in two days, provided the water level stays above the spillway crest as it did in your April figures.", "N", "concrete plan tied to their data")],
  [("Your reservoir safety engineer asked for the silt volume at the draw-off, so we would run denser lines within 50 metres of the tower.", "N", "serves the engineer's request"),
   ("The Environment Agency needs 28 days' notice of any launch on a statutory reservoir, so a survey in late June means notifying them by the end of this month.", "N", "borderline: real external notice period stated once with its reason (rule 4)"),
   ("Would Thursday 12th at 10:00 suit for a call with your engineer to agree the line spacing?", "N", "clear next step with a date")]],
  "Kind regards,\nGareth Morland\nMorland Hydrographic", "reservoir bathymetry (water utility)", "formal, British")

em("Tactile room signs for the Science Quad", "Hi Danielle,", [
  [("It was lovely meeting you and Marcus at the facilities expo last week!", "N", "pleasantry"),
   ("I've attached the mock-up of the ADA room sign with Grade 2 Braille that you asked for, and honestly, after the three evenings I spent redrawing it, I was hoping for a quicker yes than this.", "HS", "legit attachment + guilt resting on the seller's effort (rule 15)"),
   ("Install takes a single day per floor, and we're the most decorated signage studio in the Northeast, with eleven design awards on the wall.", "S", "legit install detail + generic boast, awards")],
  [("The raised characters sit at 1/32 inch as the ADA standards require, which keeps you clear of the audit your accessibility office mentioned.", "N", "compliance tied to the buyer"),
   ("The quote did come out higher than your last vendor's, and I feel awful about that, truly.", "T", "apologising for the price"),
   ("Could we walk the Science Quad together on Tuesday at 2 to confirm mounting heights, if that's not too much of an imposition on your week?", "T", "legit meeting ask + permission-seeking")]],
  "Warmly,\nRosa Delgado\nTouchpoint Signage", "tactile and Braille signage (university)", "warm, American")

em("Coins for the 800th anniversary", "Dear Councillor Pryce,", [
  [("I do hope you will forgive me for writing to you directly, and I completely understand if this is not something you would wish to consider.", "T", "self-abasing apology + pre-emptive release"),
   ("Enclosed are the two obverse designs showing the town charter seal, struck in cupro-nickel at 38.6 mm to the committee's specification, and I do so hope they are not too disappointing.", "T", "legit enclosure + approval seeking"),
   ("The price for 2,000 coins in presentation cards is £9,400, as requested, and if that feels at all high I could reduce it by whatever amount the committee would feel comfortable with.", "T", "legit requested price + name-your-number concession (rule 7)")],
  [("The charter anniversary falls on 14 September, so striking would need to begin in the first week of August to have the coins boxed in time.", "N", "borderline: the prospect's own date with the real production lead time (rule 4)"),
   ("Our mint has been in the family for four generations.", "S", "borderline: heritage line (rule 8)"),
   ("I was rather wondering if it might perhaps be possible, should you have a spare moment, to hear what the committee thought?", "T", "stacked hedges + permission")]],
  "With my humble thanks,\nEdmund Fairweather\nFairweather Mint", "commemorative coins (town council)", "very deferential, British")

em("House yeast banking for Cask & Fern", "Hey Jordan!", [
  [("Great chatting at the guild meetup, and thanks for the tour of the cellar.", "N", "pleasantry"),
   ("We can bank your house strain in triple-redundant cryovials and ship a fresh pitch within 48 hours of any order, and no other lab in the state can touch that, which is why we've got a shelf full of industry awards.", "S", "legit product detail + boast"),
   ("Our cryo facility is audited twice a year, and half the breweries in the Tri-County guild moved their banking over to us last year, so you're kind of the last holdout at this point.", "H", "legit audit fact + peers-already-switched shaming")],
  [("The pricing sheet you asked for is attached, and I'll set up your account and charge the card on file Monday unless I hear otherwise.", "H", "legit attachment + assumptive payment, silence means yes"),
   ("The agreement's in your inbox, and my sales manager is riding me hard on Q3 numbers, so getting it back by Friday would be a lifesaver for me.", "HS", "legit pointer to agreement + seller's manager/quarter as reason for a dated signature (rule 16)"),
   ("Want me to bring a sample pitch by on Thursday so your head brewer can run a side-by-side?", "N", "concrete offer with date")],
  [("P.S. The viability report from your last pitch is attached too, in case it's useful for the QA file.", "N", "P.S., useful attachment")]],
  "Cheers,\nSam\nPitchRight Labs", "brewing yeast banking (craft brewery)", "chatty, American")

em("Lightning protection, Hall B", "Tom,", [
  [("Your risk assessment under BS EN 62305 came back at LPL II for Hall B, as your insurer asked.", "N", "fact tied to buyer's insurer"),
   ("The survey showed two down conductors corroded through at the north elevation, so I'd replace them before the storm season rather than patch.", "N", "expert recommendation backed by evidence (rule 6)"),
   ("This system isn't optional for a site like yours, so let's stop dancing around it.", "H", "directive, 'you need this' idea (rule 6)")],
  [("The quote includes surge protection on the incoming supply, and we've protected more than 400 sites, hold every accreditation going, and won Installer of the Year twice.", "S", "legit quote detail + generic boast"),
   ("I'll bring the corroded conductor samples to show your facilities team on Thursday, though frankly I want this off my desk because my manager's been on at me for a month.", "S", "legit visit + seller's manager as reason, no date (rule 16)"),
   ("The crew can start on the 3rd, but sign the order by Wednesday or they go to another client and you wait until October.", "H", "legit start date + ultimatum")]],
  "Dan Kerr\nStrikeGuard Ltd", "lightning protection (data centre)", "blunt, British")

em("Middle White pork, weekly", "Hi Priya,", [
  [("Two sides a week, delivered Tuesdays, at the £6.40/kg you asked for.", "N", "the price they asked for"),
   ("That price holds to 30 June, when our abattoir fees go up.", "N", "borderline: factual price expiry with its reason, no urgency (rule 4)"),
   ("Only three sides left for the summer and the Fox & Hound want them too, so it's today or never.", "H", "scarcity + ultimatum"),
   ("Came by the kitchen twice last week and rang Saturday as well, in case you missed all that.", "H", "multi-channel chasing (rule 13)")],
  [("Delivery's free inside 20 miles, and could drop to £5.80 a kilo if that helps at all.", "T", "legit delivery detail + unprompted discount"),
   ("Tasting box at the pub Thursday 11am, and sorry again for hounding you about this.", "T", "legit meeting + apology for following up")]],
  "Rob\nHollow Lane Farm", "rare-breed pork (gastropub)", "terse, British")

em("Restoring the Brickfield glass negatives", "Dear Margaret,", [
  [("Thank you so much for bringing the box of glass plates to the open day; the society's collection is in far better shape than most we see.", "N", "pleasantry"),
   ("Of the 64 plates, 51 can be scanned as they are, and 13 have flaking emulsion that we would consolidate first.", "N", "findings"),
   ("For the exhibition on 3 October you mentioned, we would return the prints and the digital files by 15 September, leaving your volunteers a fortnight to frame them.", "N", "the prospect's own date")],
  [("Apologies for the delay in getting this to you; our scanner was away for recalibration last week and it is back now.", "N", "borderline: single courtesy apology with the reason (rule 3)"),
   ("Just a note that the Heritage Lottery small grants round closes on 30 July, in case the society wants to apply for the framing costs.", "N", "borderline: one polite 'just' and a real external deadline stated once (rules 1, 4)"),
   ("Shall I come round on Wednesday afternoon to collect the first batch?", "N", "dated next step")]],
  "Warm wishes,\nHelen Oduya\nSilverlight Conservation", "glass-negative photo restoration (local history society)", "warm, British")

em("Tail-lift for your 12 delivery vans", "Dear Mr. Novak,", [
  [("Thank you for the meeting on Monday, it was very useful for understand your fleet.", "N", "pleasantry, non-native"),
   ("Like you request, I send in attachment the offer for 12 column lifts of 750 kg, and please understand I must close this order before the month is finish because my director is checking my numbers.", "HS", "legit attachment + seller-driven month-end deadline (rule 16)"),
   ("Our company is number one in Central Europe and we have certificate ISO 9001, ISO 14001 and many prizes.", "S", "generic boast")],
  [("If the price is problem, I can maybe ask my boss for some discount, I am not sure.", "T", "deferring on discount + hedge (rule 12)"),
   ("The lift fits your Sprinter chassis without any cutting, and other three couriers in your city already changed to our lifts, so you will be the only one with old system.", "H", "legit product fit + peers switched, shaming"),
   ("I am in Leeds on 9 May and I can show the lift on a demo van at your depot, but you must confirm today because after this my calendar is full until August.", "H", "legit demo offer + manufactured urgency")]],
  "Best regards,\nMarek Zielinski\nLiftMax Sp. z o.o.", "van tail-lifts (courier fleet)", "non-native English")

em("Spring dental round for the school ponies", "Hi Becky,", [
  [("Hope the new arena is drying out after all that rain!", "N", "pleasantry"),
   ("For your 18 ponies I'd do the full check and rasp over two mornings, which fits around the lesson timetable you sent.", "N", "plan tied to their timetable"),
   ("Three of the ponies were quidding hay at the last check, so those are the ones I'd look at first, and no yard that cared about its ponies would leave it another month.", "H", "legit finding + shaming")],
  [("I've pencilled you in for the 14th and 15th and the invoice goes over tonight so it's all sorted.", "H", "assumptive invoice before a yes"),
   ("Honestly, I turned down a big eventing yard to keep those dates free for you, so a reply would be nice.", "HS", "seller's sacrifice as guilt (rule 15)"),
   ("Sorry, sorry, I know I keep going on about this!", "T", "repeated apology for following up")]],
  "Cheers,\nAmy\nBitwise Equine Dentistry", "equine dentistry (riding school)", "chatty, British")

em("Glassblowing afternoon for your graduate intake", "Dear Mr Okafor,", [
  [("Thank you for your enquiry about a team afternoon for the 24 graduates starting in September.", "N", "thanks"),
   ("Each participant would blow and shape their own paperweight, and the pieces are annealed overnight and couriered to your office two days later.", "N", "concrete detail"),
   ("We are the oldest and most celebrated hot-glass studio in the Midlands, as featured on national television on several occasions.", "S", "generic boast")],
  [("Saturdays are fully booked until November, so I was wondering whether you might possibly be open to perhaps considering a weekday date?", "T", "legit availability fact + stacked hedges"),
   ("I would be most grateful for a short review on our website, in return for which I could take 15% off the booking.", "ST", "borderline: discount offered for a personal favour (rule 7)"),
   ("Would a call on Monday at 11 suit to agree the date and numbers, or really any moment you can spare, there is no hurry whatsoever on our side?", "T", "legit call ask + minimising, permission")]],
  "Yours sincerely,\nClaire Whitby\nFurnace Lane Glass", "glassblowing team experience (corporate)", "formal, British")

em("Felling the Albion Mill chimney", "Mr Hardcastle,", [
  [("The stack is 61 metres and we'd take it down by hand to 20 metres, then fell the rest into the yard as your structural engineer recommended.", "N", "method tied to their engineer"),
   ("You told me last month you'd decide in a fortnight, and six weeks of silence later that's frankly poor form.", "H", "shaming the prospect's conduct"),
   ("I've got a crew sat idle on your account and it's costing me money every day, so I want an answer.", "HS", "seller's cost/sacrifice as guilt + demand (rule 15)")],
  [("The council's demolition notice takes six weeks, so a start in September means lodging it in July.", "N", "borderline: permit lead time stated once (rule 4)"),
   ("Our quote is attached again, and if I don't hear by Friday it goes in front of your chairman myself.", "H", "legit attachment + bypass threat")]],
  "Mick Shaw\nShaw Steeplejacks", "industrial chimney demolition (mill owner)", "blunt, British")

em("Ceiling hoists for the six inpatient rooms", "Dear Sister Byrne,", [
  [("Thank you for showing us the inpatient wing on Tuesday.", "N", "thanks"),
   ("A room-covering track in each of the six rooms would let a single nurse transfer a patient from bed to the en-suite, which addresses the two back injuries your manager mentioned.", "N", "value tied to their problem"),
   ("Each track is ceiling-fixed, so there are no floor legs for the nurses to trip on, and we are the UK's leading moving-and-handling company, named Care Supplier of the Year in 2023 and 2024.", "S", "legit product detail + generic boast"),
   ("The system offers H-frame tracks, powered traverse, scale integration, 272 kg capacity, a remote handset, emergency lowering, battery monitoring and a five-year warranty.", "S", "feature list not tied to outcome")],
  [("The Friends' Trust grant, which you said must be spent by 31 March, would cover roughly two thirds of the cost.", "N", "the prospect's own deadline"),
   ("I have reserved an installation week in March and will need your purchase order number by the 20th to keep it.", "H", "assumptive booking + invented deadline"),
   ("Forgive me for landing in your inbox once more; I do hope you won't find this too forward.", "T", "apology for following up + approval seeking")]],
  "Yours sincerely,\nAndrew Pike\nAscend Care Systems", "ceiling track hoists (hospice)", "formal, British")

em("Dartboards for the league nights", "Hi Lee,", [
  [("Cheers for letting me set up the demo board at the Crown on Saturday.", "N", "pleasantry"),
   ("Your regulars loved the auto-scoring, and to be blunt the Crown is the last pub in the league still scoring on chalk, which is a bit embarrassing.", "H", "legit observation + shaming")],
  [("The contract's attached, and look, I'm one sale off my bonus this month, so signing before the 31st would be massive for me.", "HS", "legit attachment + seller's bonus + dated push (rule 16)"),
   ("The twelve boards can be fitted the week you reopen, and if you could stick a five-star review on our Google page that'd really help me out.", "S", "legit install + review favour for seller"),
   ("I'll chuck in the dart sets free and knock another tenner off each board, no strings.", "T", "unprompted, unconditional discount")],
  [("P.S. Want me to leave the demo board at the Crown for another week so the Thursday team can try it?", "N", "P.S., concrete offer")]],
  "Cheers,\nKev\nTon80 Boards", "electronic dartboards (pub chain)", "chatty, British")

em("Family history research for episode 4", "Hi Naomi,", [
  [("Thank you for the brief on your presenter's grandmother, and for the copy of the 1939 Register entry.", "N", "thanks"),
   ("From what you sent, the strongest lead is the Liverpool shipping records, which should tell us when the family arrived from Cork.", "N", "insight"),
   ("Some of the parish registers are held in Dublin and need a reading-room booking that usually takes two weeks to confirm, so I'd request it now to stay inside your filming date of 12 March.", "N", "borderline: real external lead time with the prospect's own date (rule 4)")],
  [("I'd suggest we focus on two family lines rather than four, because a 20-minute segment rarely has room for more and the story lands better with fewer names.", "N", "confident recommendation with reasoning"),
   ("Sorry to hear the first researcher fell through at such short notice.", "N", "sympathy, not an apology (rule 3)"),
   ("Could we speak on Thursday at 3 to agree which lines to follow?", "N", "dated next step")]],
  "Best wishes,\nJoanna Leary\nRootline Research", "genealogy research (TV production)", "warm, British")

em("Fenders, berth 2", "Karl,", [
  [("Drawings for the two 1,200 mm cone fenders attached, as requested.", "N", "attachment"),
   ("Energy absorption matches the ferry's berthing load from your consultant's report.", "N", "fit to their data"),
   ("Our fenders are on every major ferry terminal in Europe, bar none.", "S", "generic boast"),
   ("Need your PO and deposit by Friday to hold the moulding slot.", "H", "assumptive payment + invented deadline")],
  [("Fixings schedule is on page 3; fourth time I'm sending these, for the record.", "H", "legit pointer to drawings + counting attempts at the prospect (rule 13)"),
   ("Can knock 10% off if you sign this week.", "HT", "discount conditioned on the seller's date, no reason (rule 7)")]],
  "Ian\nPortguard Marine", "marine fenders (ferry terminal)", "terse, British")

em("Roller shutters for Parade shops", "Hello Mrs. Karimi,", [
  [("Thank you for answer my call yesterday and for the photos of the six shop fronts.", "N", "thanks"),
   ("I make the measure for all six shutters on Wednesday like you want, and the galvanized slats are certified LPS 1175 as your insurer ask.", "N", "certification the buyer's insurer requires (rule 8)")],
  [("Please excuse me for so many emails, I am very sorry to disturbing you again and again.", "T", "repeated apology for following up"),
   ("Maybe if possible you could tell me if the offer is okay for you, and if not is also no problem.", "T", "stacked hedges + pre-emptive release"),
   ("The price for six shutters is £8,700 with fitting, and I know is already best price, but I can give also 20% less if you want.", "T", "legit price + unprompted discount"),
   ("My manager say he want this contract signed this week because it is last week of our year, so please help me.", "HS", "manager + year end as reason for dated signature (rule 16)")]],
  "Kind regards,\nYusuf Demir\nSecureFront Shutters", "roller shutters (shop parade landlord)", "non-native English")

em("Slotting analysis for the Reno DC", "Hi Gabriel,", [
  [("Thanks for sending the 90-day pick history for the Reno distribution center.", "N", "thanks"),
   ("About 8% of your SKUs generate 61% of the picks, and a third of those sit on the top levels, which is where most of your travel time goes.", "N", "insight from their data"),
   ("Moving those 420 SKUs to golden-zone locations would cut pick travel by an estimated 18%, roughly 2.5 labor hours per shift at your current volume.", "N", "quantified value from their data")],
  [("Your WMS needs the location master exported as a CSV before we can run the full model.", "N", "technical prerequisite (rule 6)"),
   ("We've done this for two other regional grocery distributors, and the main lesson was to re-slot in waves over weekends rather than all at once.", "N", "social proof turned into advice"),
   ("Does Tuesday at 10 Pacific work to walk your ops manager through the results?", "N", "dated next step")]],
  "Best,\nMeera Shah\nPathwise Analytics", "warehouse slotting analytics (distributor)", "formal, American")

em("Trademark watch for the Lumea range", "Dear Ms Laurent,", [
  [("Further to our call, I attach the proposal for watching the LUMEA mark across the EU, UK and US registers, and I apologise that it runs to eleven pages.", "T", "legit attachment + apology for length"),
   ("Any filing that conflicts with your mark would reach you within five working days, leaving time to oppose within the EUIPO's three-month window.", "N", "value tied to the buyer"),
   ("Our firm has been ranked Tier 1 by every legal directory for twelve consecutive years.", "S", "rankings, years")],
  [("Watching classes 3 and 5 covers the serums you launch in spring, and your competitors in clean beauty have had such services in place for years, so frankly you are rather behind.", "H", "legit scope tied to buyer + competitor shaming"),
   ("I appreciate that our fee is considerably higher than the online services, and I do apologise for that.", "T", "apology for price"),
   ("The engagement letter is enclosed, and I will need it signed by Monday, as my partner wants the matter opened before our financial year closes.", "HS", "legit attachment + manager/year end deadline (rule 16)")]],
  "Yours sincerely,\nOliver Grant\nGrant & Hale IP", "trademark watch service (cosmetics brand)", "formal, British")

em("Lifeguard towers, North Bay", "Mr Evans,", [
  [("The three towers would be marine-grade aluminium and GRP, rated for the 100 mph gusts your coastal team logged last winter.", "N", "spec tied to their data"),
   ("Your tender closes on 4 June, so we'll submit on 2 June with the structural calcs you asked for.", "N", "the prospect's own deadline")],
  [("Any council serious about bather safety would have these up already.", "H", "'any serious leader would' shaming"),
   ("Each tower comes with a 25-year corrosion warranty, and every other resort on this coast bought from us years ago.", "H", "legit warranty detail + peers already bought"),
   ("We're the biggest beach-equipment maker in Britain.", "S", "generic boast"),
   ("Site visit Monday 9am, and if your coastal manager can't make it I'll take the drawings straight to the council leader.", "H", "legit visit + bypass threat")]],
  "Gary Tull\nShoreline Structures", "lifeguard towers (seaside council)", "blunt, British")

em("Debate coaching for the spring season", "Hi Coach Ramirez,", [
  [("So great to see your team at the Westfield invitational, they've got real talent!", "N", "pleasantry"),
   ("Our program would run twice a week through the state qualifier on March 8, with case-writing drills aimed at the rebuttal scores your kids lost points on.", "N", "value tied to their results, their date")],
  [("Only surfacing again in case the proposal had made it anywhere near the top of your pile?", "T", "follow-up with nothing new, minimising"),
   ("Our coaches are all national champions and we've been featured in Education Week, the Times, and on NPR!", "S", "generic boast"),
   ("The full season is $4,800 for up to 16 students, and if cost is the issue, just tell me what number works and we'll make it happen.", "T", "legit price + 'what number works' concession (rule 7)"),
   ("Completely fair if the money's not there this year, I'll drop you a line again in the fall.", "T", "accepts brush-off with no question (rule 11)")]],
  "Thanks so much,\nTyler\nArgue Well Coaching", "debate coaching (public high school)", "chatty, American")

em("Safes, 140 rooms", "Ms Chen,", [
  [("Quote for 140 laptop-size safes with audit trail attached, per your spec.", "N", "attachment"),
   ("The safes take your existing master PIN system, so housekeeping needs no new training.", "N", "value tied to buyer"),
   ("Override unit and spare keys come boxed with each safe, and you'd be mad to pass on this.", "H", "legit detail + pressure/shaming"),
   ("Install crew booked for 2 May, card details needed today to confirm.", "H", "assumptive payment")],
  [("Price goes up 12% after Friday.", "H", "borderline: price expiry with no reason given (rule 4)"),
   ("Rest of your group's hotels switched months ago, so you're the holdout.", "H", "peers switched shaming")]],
  "J. Marsh\nVaultline Hospitality", "in-room safes (hotel)", "terse, American")

em("Urns for the Garden of Rest shop", "Dear Mrs Whitfield,", [
  [("Thank you very much indeed for taking the time to meet me on Thursday.", "N", "pleasantry"),
   ("The biodegradable salt urns you asked about dissolve within four hours in water, which suits the scattering ceremonies at the lake you described.", "N", "product detail tied to their use"),
   ("I am terribly sorry the samples arrived a day late, and I apologise again, and I do hope I have not caused you any trouble.", "T", "repeated, self-abasing apology (rule 3)")],
  [("I hope it is all right that I have included a few extra designs, and please do not feel any obligation at all to look at them.", "T", "approval seeking + minimising"),
   ("The price list you asked for is enclosed, and if the prices seem too high, please just say and I will lower them to whatever suits you.", "T", "legit requested enclosure + name-your-number concession"),
   ("We are a small family pottery, running since 1952.", "S", "borderline: heritage line (rule 8)")],
  [("P.S. Would it be helpful if I brought the full range to the crematorium on the 18th, if that would not be too much of a nuisance for you?", "T", "P.S., legit offer + permission-seeking")]],
  "With kind regards,\nAlice Penrose\nPenrose Pottery", "cremation urns (municipal crematorium)", "very deferential, British")

em("Mobile slaughter unit, your autumn lambs", "Jim,", [
  [("We can bring the unit to the farm on 6 and 7 October for your 40 lambs.", "N", "logistics"),
   ("The FSA vet has to be booked ten working days ahead, so I need the numbers confirmed by 22 September.", "N", "borderline: real external booking constraint stated once (rule 4)"),
   ("Killing on farm saves the lambs the two-hour haul to Carlisle, and grading tends to come back better without the transport stress.", "N", "value for the buyer")],
  [("Price is £18 a head, same as last year.", "N", "price"),
   ("Your pens need a solid gate at the loading end before the unit can back up.", "N", "technical prerequisite (rule 6)"),
   ("Ring me if any of that doesn't work.", "N", "plain ask")]],
  "Stuart\nFellside Mobile Abattoir", "mobile abattoir (smallholder)", "blunt, British")

em("Penetration test ahead of your NCUA exam", "Dear Ms. Holloway,", [
  [("Thank you for the scope document covering the home-banking portal and the two branch networks.", "N", "thanks"),
   ("Your NCUA examination is scheduled for October, so a test in July leaves time to remediate and retest any critical findings.", "N", "borderline: the prospect's own external date, stated once with the reason (rule 4)"),
   ("Credit unions that wait until after an exam end up with findings in the report, so delaying really isn't an option for you.", "H", "fear + 'not an option' directive")],
  [("The final report maps every finding to the NCUA's ACET domains, and we're a Gartner-recognized firm backed by three top-tier venture funds.", "S", "legit deliverable tied to buyer + rankings, investors"),
   ("I'd also be so grateful for a referral to your peers at the state league, as that would really help my numbers this quarter.", "S", "referral favour + seller's numbers, no date (rule 16)"),
   ("Could we hold a scoping call on Wednesday at 2 Eastern with your IT director, since my VP wants this signed before our quarter closes on the 30th?", "HS", "legit call + manager/quarter as reason for a dated signature (rule 16)")]],
  "Sincerely,\nDerek Fong\nIronGate Security", "penetration testing (credit union)", "formal, American")

em("Explainer films for the employment team", "Hi Sophie,", [
  [("Loved the brainstorm on Tuesday, your team's got loads of stories that would work brilliantly as short animations.", "N", "pleasantry"),
   ("I'd love to tell you all about our studio, our award-winning animators, and how the whole thing started in a garage!", "S", "'hear our story' + awards (rule 9)"),
   ("The draft running order is at the bottom, and sorry this email is such an essay, bear with me!", "T", "legit pointer to running order + apology for length")],
  [("Eight films of 90 seconds each, scripted in two workshops at your office, would fit the partners' diaries as you described.", "N", "plan tied to their constraint"),
   ("I've gone ahead and booked our storyboard team for the 9th and sent the deposit invoice to your accounts team, so that's all in motion.", "H", "assumptive invoice before a yes"),
   ("I might maybe be able to do a small discount if that would possibly help?", "T", "stacked hedges + unprompted discount")]],
  "Speak soon,\nHattie\nInkpot Motion", "explainer animation (law firm)", "chatty, British")

em("Trolley collection service for your three stores", "Dear Mr. Okonkwo,", [
  [("Thank you for the data of lost trolleys, 310 in last year across your three stores is quite a lot.", "N", "thanks, their data"),
   ("Our team collect the abandoned trolleys twice per week and repair wheels on site, so you will not need to buy new ones.", "N", "value tied to buyer")],
  [("You must take this service, without it your stores will continue losing money every day, it is very clear.", "H", "'you need this' directive"),
   ("I have waited for your answer since three weeks and I did many visits to your stores to prepare this offer, so I think is fair you give me answer now.", "HS", "seller's effort as guilt + demand (rule 15)"),
   ("If you say no I will call every day to your office until we can speak.", "H", "badgering after a no"),
   ("We can start on 1 June if the contract is signed in May.", "N", "borderline: logistics line inside a pushy email (rule 14)")]],
  "Best regards,\nPiotr Nowak\nCartBack Services", "trolley retrieval (supermarket)", "non-native English")

em("EPDM gaskets, pump housing", "Anna,", [
  [("Samples of the 180 mm EPDM gasket go out Monday, WRAS-approved as your drinking-water customers require.", "N", "certification the buyer needs"),
   ("Tooling is £1,450, unit price £2.10 at 5,000 off, and apologies that it's so steep.", "T", "the price they asked for + apology for price")],
  [("Tooling stays yours after the first run, and we can probably split its cost with you if that helps.", "T", "legit tooling fact + unprompted concession, hedged"),
   ("Shore hardness is 70A as your drawing specifies, and we're ISO-certified, award-winning, and supply half the FTSE 100.", "S", "legit spec detail + generic boast"),
   ("Lead time four weeks from PO.", "N", "logistics")]],
  "Chris\nBoltonseal", "custom rubber gaskets (pump manufacturer)", "terse, British")

em("Compressed air leak survey, Unit 4", "Dear Mr Sandhu,", [
  [("Thank you for sending the electricity bills for the last twelve months.", "N", "thanks"),
   ("Your two 55 kW compressors run through the weekend when the line is idle, which points to leakage of around 30% of output.", "N", "insight from their data"),
   ("At your tariff that is roughly £14,000 a year, so the survey would pay for itself within the first month of repairs.", "N", "quantified cost from their own data as information (rule 5)")],
  [("We would tag each leak, log its size, and give your maintenance team a priority list to work through during planned shutdowns.", "N", "deliverable"),
   ("The survey needs the system pressurised, so a Saturday morning would be ideal.", "N", "technical prerequisite"),
   ("Would Saturday 20 April at 8:00 suit?", "N", "dated next step")]],
  "Yours sincerely,\nKatherine Moss\nAirAudit Ltd", "compressed air leak survey (factory)", "formal, British")

em("Hearing checks for the quarry team", "Hi Lorraine,", [
  [("It was good to meet you at the site, and thank you for the hard hat tour!", "N", "pleasantry"),
   ("Our mobile unit can test all 46 of your crew in one day without anyone leaving site, and we've been voted the region's top occupational health provider four years running.", "S", "legit detail + award boast"),
   ("Under the noise regulations anyone exposed above 85 dB needs a baseline test, and three of your operators haven't had one since 2021.", "N", "regulatory prerequisite, their data")],
  [("Thought I'd float this back up your inbox on the off chance you'd had a minute to peek?", "T", "minimising follow-up as purpose"),
   ("I've attached the consent forms your crew would sign on the day, and I really hope I haven't overstepped by following up.", "T", "legit attachment + approval seeking, apologising for follow-up"),
   ("Honestly, this one would make my month, my team leader has been asking about it all week.", "S", "seller's stake, no date or demand (rule 16)")]],
  "Warmly,\nNisha\nClearTone Occupational Health", "occupational audiometry (quarry)", "warm, British")

em("Servicing the teaching microscopes", "Dear Dr Abara,", [
  [("Thank you for the inventory of the 60 compound microscopes in Teaching Lab 2.", "N", "thanks"),
   ("We could clean and realign all 60 during the reading week you mentioned, and I could take 20% off before you have even asked, if that helps.", "T", "legit plan on their date + unprompted discount"),
   ("I'm only a junior engineer, so I'm really not sure I'm the right person to advise you, and I do apologise.", "T", "self-abasement")],
  [("The quote covers parts and labour at £48 per instrument, and I would have to check with my supervisor before I could offer anything off it.", "T", "legit price + deferring on discount (rule 12)"),
   ("It would mean ever so much to me personally to win this contract, as I'm hoping it will help my promotion case.", "ST", "pleading for the seller's sake (rule 15)"),
   ("Would it be all right if I perhaps visited, if that's not too much of an imposition?", "T", "hedge + permission seeking")]],
  "With many thanks,\nLeo Hart\nOptiServ Scientific", "microscope servicing (university teaching lab)", "very deferential, British")

em("Silent disco kit for Oakwood Barn", "Hey Ellie!", [
  [("Thanks for the barn tour, that courtyard is going to look amazing lit up.", "N", "pleasantry"),
   ("The 200-headset package gives your couples three channels, so the late crowd can dance without breaking the 11pm noise condition on your licence.", "N", "value tied to their licence"),
   ("We just won Best Event Supplier at the Wedding Industry Awards and we're all still buzzing!", "S", "award boast")],
  [("Headsets recharge overnight in their carry cases, and honestly every wedding venue in the county has these now, so you'll look pretty behind without them.", "H", "legit product detail + peers/FOMO shaming"),
   ("Only two kits left for the summer and another venue's eyeing them, so let me know by tonight.", "H", "manufactured scarcity + deadline")],
  [("P.S. I'll pop by next Wednesday to run a headset test in the courtyard and bring the contract so you can sign it while I'm there.", "H", "P.S., legit visit + assumptive signature")]],
  "Lots of love,\nJess\nHush Party Hire", "silent disco hire (wedding venue)", "chatty, British")

em("Vintage photo booth for your wedding on 21 June", "Hi Chloe and Sam,", [
  [("Congratulations again on the engagement, and thanks for such a lovely chat about the day!", "N", "pleasantry"),
   ("The booth prints two strips per guest in under a minute, so all 120 of your guests can take one home as a favour, as you hoped.", "N", "value tied to buyer")],
  [("I've attached the booking form, and I've also put the deposit through on the card you used for the enquiry.", "H", "legit attachment + assumptive payment"),
   ("I'd be really grateful if you could tag us in your wedding photos and leave a review afterwards, with a little discount on the hire in return.", "ST", "borderline: discount offered for a review (rule 7)"),
   ("We've been a family business for three generations.", "S", "borderline: heritage line (rule 8)"),
   ("Our attendant will dress the booth with ribbons in your colours on the morning, and I'm sorry the hire costs more than the app-based booths, I know it's a lot.", "T", "legit detail + apology for price")]],
  "Warmest wishes,\nPauline\nSnapHappy Booths", "vintage photo booth hire (wedding couple)", "warm, British")

em("Conservation of the Diana tapestries", "Dear Lady Ashworth,", [
  [("Thank you for allowing us to examine the three Diana tapestries in the Long Gallery last week.", "N", "thanks"),
   ("The second panel has weakened warps along the lower border, which will tear if it is hung again without support.", "N", "insight"),
   ("We would recommend wet cleaning and full lining of that panel, and surface cleaning only for the other two.", "N", "confident recommendation")],
  [("Your insurer requires the panels to travel in a climate-controlled vehicle, which we have included in the estimate.", "N", "buyer's requirement"),
   ("The studio can take them from 1 November, after the house's last opening day, and return them by mid-March for the spring season.", "N", "the prospect's own dates"),
   ("I shall telephone on Monday to answer any questions from your trustees.", "N", "clear next step")]],
  "Yours sincerely,\nDr Frances Whitlow\nWhitlow Textile Conservation", "tapestry conservation (stately home)", "formal, British")

em("Timing chips for the summer series", "Phil,", [
  [("Read the committee minutes; they want live results on the website this year, which our system does out of the box.", "N", "value tied to their minutes"),
   ("The chips are reusable and clip to the seatpost, so riders don't lose them between rounds.", "N", "product detail"),
   ("Your secretary has opened my last three emails and still nothing, so what's the hold-up?", "H", "read-receipt guilt + count (rule 13)")],
  [("Hire agreement attached; sign it by the 15th because I've got a target to hit by month end.", "HS", "legit attachment + seller's target as reason for a dated signature (rule 16)"),
   ("Every club in the regional league already runs our chips.", "H", "peers already bought"),
   ("Results export straight to the British Cycling format, and if you can't decide I'll sort it with your chairman at Sunday's race.", "H", "legit detail + bypass threat")]],
  "Craig\nLapTrack Timing", "race timing transponders (cycling club)", "blunt, British")

em("Extra virgin olive oil for your five restaurants", "Dear Chef Marchetti,", [
  [("Thank you for the tasting last week, I was happy that your team liked the Koroneiki oil.", "N", "pleasantry"),
   ("Like you asked, the price for 5-litre tins is €38 each with delivery every two weeks, but this price is only for you until Friday, after I cannot promise nothing.", "H", "the price they asked for + invented expiry with urgency"),
   ("Our family grow olives since 1890 and we win gold medals in New York, London, Tokyo and many other competitions.", "S", "heritage plus medals: generic boast")],
  [("Harvest is very small this year and many restaurants want our oil, so you must decide very quick or you lose it.", "H", "scarcity + urgency"),
   ("Sorry if my email is too long and sorry for my English, I hope you are not angry with me.", "T", "apology for length + approval seeking"),
   ("The first delivery can arrive on 3 March, and I can send 20 litres extra free with it, also without you ask.", "T", "legit delivery date + unprompted concession")]],
  "Best regards,\nNikos Papadakis\nKalamata Grove Oils", "olive oil (restaurant group)", "non-native English")

em("Rammed-earth walls for the Brook Lane house", "Hi Tom and Aisha,", [
  [("Loved seeing the plot, and the soil from the test pit came back with a clay content that's spot on for stabilised rammed earth.", "N", "insight"),
   ("Planning have to sign off the external finish before we book the formwork, and they usually take eight weeks.", "N", "borderline: permit lead time stated once (rule 4)"),
   ("I've sunk so many evenings into these drawings for you that I'd be pretty gutted not to hear back this week.", "HS", "seller's effort + feelings as guilt, with a time frame (rule 15)")],
  [("A 450 mm wall meets the U-value your architect quoted without added insulation, and our walls have been on Grand Designs and in three magazines, with four sustainability awards.", "S", "legit spec tied to buyer + generic boast"),
   ("Anyway, get to it if and when you can, it can sit in your inbox as long as you like!", "T", "permission-begging, minimising"),
   ("Can we meet on site on the 5th to agree the wall colours?", "N", "dated next step")]],
  "Cheers,\nFinn\nEarthform Builders", "rammed-earth walls (private self-builders)", "chatty, British")

em("Stretcher servicing, 14 vehicles", "Hi Dave,", [
  [("Quote for servicing 14 powered stretchers attached.", "N", "attachment"),
   ("The manufacturer ends parts support for the older model in December, so I'd plan to replace those four next year.", "N", "borderline: vendor end-of-life stated once with the reason (rule 4)"),
   ("We'd do them at your depot overnight, so no vehicle comes off the road.", "N", "value")],
  [("Sorry for the slow reply; I was on a training course Monday.", "N", "borderline: single courtesy apology with reason (rule 3)"),
   ("Does the 12th work to start?", "N", "dated next step")]],
  "Lee\nMedLift Services", "ambulance stretcher servicing (private ambulance firm)", "terse, American")

em("Artworks for the Canary Wharf floors", "Dear Mr Whitmore,", [
  [("Thank you for the floor plans of levels 12 to 14.", "N", "thanks"),
   ("We would propose 36 works by emerging British painters, rotated annually, which fits your brief to give the client suites a fresh look each year.", "N", "value tied to brief"),
   ("Every work comes framed and insured for the lease term, and our gallery represents the most sought-after artists in London, featured in every major art magazine.", "S", "legit lease detail + generic boast")],
  [("As I have not been able to get a decision from you, I have sent the leasing contract to your CFO directly.", "H", "bypass over the prospect's head (rule 12)"),
   ("Please sign before the end of the month, as my director has asked me to close all open proposals before our year end.", "HS", "manager + year end as reason for dated signature (rule 16)"),
   ("Could we walk the floors on Thursday so I can show you where each piece would hang, and perhaps you could give us a quote for our annual brochure while we're at it?", "S", "legit meeting + favour for the seller")]],
  "Yours sincerely,\nSebastian Crane\nHalcyon Art Partners", "corporate art leasing (investment bank)", "formal, British")

em("Line cleaning for your eight pubs", "Gavin,", [
  [("Fortnightly cleaning across all eight pubs, £22 per line, as you asked.", "N", "the price they asked for"),
   ("Your cellars lost 4% of yield to fobbing last quarter, about £9,000 at your volumes.", "N", "quantified cost from their data, as information (rule 5)"),
   ("There's no universe where skipping this makes sense for you, and you know it.", "H", "directive, 'you need this' idea (rule 6)")],
  [("Every week you hold off is another grand poured down the drain.", "H", "borderline: cost of delay used to push, plausible number (rule 5)"),
   ("I've been more than patient with you on this, and my patience has run out.", "HS", "seller's feelings as guilt (rule 15)"),
   ("Start date Monday 3rd if you sign.", "N", "borderline: logistics line inside a pushy email (rule 14)")]],
  "Steve\nCleanPour", "beer line cleaning (pub group)", "blunt, British")

em("Dog waste bins for the parish", "Dear Mrs Hollis,", [
  [("Thank you so very much for your kind reply, and for sending the map of the twelve footpath sites.", "N", "thanks"),
   ("The 50-litre post-mounted bins would suit the narrow verges on Church Lane that you were worried about, though I quite understand if you would rather go with someone else.", "T", "legit product fit + pre-emptive release"),
   ("The parish precept is set in January, so the council would need the quote by its December meeting to include the bins.", "N", "the prospect's own budget process")],
  [("I am so sorry for taking up your valuable time yet again with another email.", "T", "apology for following up"),
   ("I would hate for the council to be disappointed in us, so I hope the enclosed quote is acceptable.", "T", "approval seeking"),
   ("Please do not feel you need to reply if the council has decided against it, and I'm grateful you gave us even a moment's thought.", "T", "pre-emptive release + thanks for considering (rule 11)")]],
  "Yours most respectfully,\nGeorge Ainsley\nVerdant Street Furniture", "dog waste bins (parish council)", "very deferential, British")


def curl(s):
    return s.replace("'", "\u2019")

def main():
    emails, sents = [], []
    n = 0
    for i, (subj, sal, paras, sign, ind, reg) in enumerate(E, 1):
        eid = "s25e%03d" % i
        c = curl if i % 3 == 0 else (lambda s: s)
        body = "\n\n".join(" ".join(c(t) for t, _, _ in p) for p in paras)
        text = c(sal) + "\n\n" + body + "\n\n" + c(sign)
        counts = {k: [0, 0] for k in ("hard_close", "self_serving", "timidity")}  # [total, non-borderline]
        for p in paras:
            for t, code, note in p:
                n += 1
                t = c(t)
                assert t in text, (eid, t)
                labs = CODES[code] or ["NONE"]
                bl = note.startswith("borderline:")
                for l in CODES[code]:
                    counts[l][0] += 1
                    if not bl:
                        counts[l][1] += 1
                sents.append({"id": "s25-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
        lab = {}
        for k, (tot, nb) in counts.items():
            lab[k] = 0 if tot == 0 else (2 if tot >= 2 and nb >= 1 else 1)
        emails.append({"email": eid, "subject": c(subj), "text": text, "labels": lab})
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for s in sents:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # re-parse
    for fn in ("test-emails.jsonl", "test.jsonl"):
        with open(os.path.join(HERE, fn), encoding="utf-8") as f:
            for line in f:
                json.loads(line)
    # stats
    per = collections.Counter()
    for s in sents:
        for l in s["labels"]:
            per[l] += 1
    faulty_emails = sum(1 for e in emails if sum(1 for s in sents if s["email"] == e["email"] and s["labels"] != ["NONE"]) >= 2)
    clean = sum(1 for e in emails if all(s["labels"] == ["NONE"] for s in sents if s["email"] == e["email"]))
    lens = collections.Counter(s["email"] for s in sents)
    stats = {
        "emails": len(emails), "sentences": len(sents),
        "NONE": per["NONE"], "NONE_pct": round(100 * per["NONE"] / len(sents), 1),
        "hard_close": per["hard_close"], "self_serving": per["self_serving"], "timidity": per["timidity"],
        "multi_label": sum(1 for s in sents if len(s["labels"]) > 1),
        "borderline": sum(1 for s in sents if s["note"].startswith("borderline:")),
        "emails_2plus_faulty": faulty_emails, "clean_emails": clean,
        "min_len": min(lens.values()), "max_len": max(lens.values()),
        "email_level": {k: dict(collections.Counter(e["labels"][k] for e in emails)) for k in ("hard_close", "self_serving", "timidity")},
        "curly_emails": sum(1 for e in emails if "\u2019" in e["text"]),
    }
    print(json.dumps(stats, indent=1))
    assert len(set(e[4] for e in E)) == len(E)
    return stats

if __name__ == "__main__":
    main()
