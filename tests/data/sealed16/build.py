#!/usr/bin/env python3
"""Build sealed16: hand-written sales emails for the Poise tone coach.

Each email: subject, salutation, sign-off, body paragraphs; each body sentence is
(text, code, note). Codes: N = NONE, H = hard_close, S = self_serving, T = timidity
(combined as e.g. "HS"). A note starting with "borderline:" marks a borderline item.
Every third email (e003, e006, ...) uses curly apostrophes.
"""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["hard_close", "self_serving", "timidity"]
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}

E = []
def email(subject, sal, signoff, *paras):
    E.append(dict(subject=subject, sal=sal, signoff=signoff, paras=paras))

# 1 tram maintenance, formal
email("Bogie overhaul schedule for the Line 4 fleet", "Dear Mr Okonkwo,", "Kind regards,\nHelen Marsh\nTrackline Rail Services",
 [("Thank you for sending the wheel-wear readings from the March inspection.", "N", "greeting, logistics"),
  ("They confirm what we suspected: the rear bogies on cars 12 to 19 are wearing about twice as fast as the front ones.", "N", "insight from prospect's data")],
 [("I have attached the overhaul plan you asked for, and I would point out that three other city operators signed theirs in January, so your network is now the one lagging behind.", "H", "legit attachment + peer shaming clause"),
  ("Our depot is ten minutes from your Line 4 sidings, and we hold ISO 9001, IRIS Gold and two national maintenance awards, with forty years of combined engineering experience.", "S", "legit proximity + credential boast clause"),
  ("The works order is attached for signature, and please return it by Thursday so that I can include it in this month's figures for my regional director.", "HS", "legit attachment + rule 16: date + seller's reason")],
 [("The overhaul can start on 3 February, the date your fleet engineer gave, and I'd be very grateful for a short testimonial from you after the first car rolls out.", "S", "prospect's date + testimonial favour before any value delivered")])

# 2 sign language interpreting, warm
email("Interpreters for your autumn lecture series", "Hi Priya,", "Warmly,\nDeclan\nClearHands Interpreting",
 [("It was lovely to hear how well the first two lectures went.", "N", "pleasantry"),
  ("For the remaining six dates you listed, we can place the same two BSL interpreters so your regular attendees see familiar faces.", "N", "value tied to prospect")],
 [("The fee for the six dates is in the attached sheet, and I'm so sorry it's come out higher than last term, I feel awful about it.", "T", "legit attachment + apology for price clause"),
  ("If that's a stretch, I'm very happy to just drop it back to last year's rate, whatever keeps you comfortable.", "T", "unprompted concession"),
  ("Would you be okay with me holding the dates, if that's alright, or would you maybe rather I waited a bit?", "T", "stacked permission-seeking")],
 [("P.S. I've put the interpreter bios in the shared folder you set up.", "N", "logistics")])

# 3 gondola paint, chatty (curly)
email("Re: tower and cabin coating quote", "Hey Lukas,", "Cheers,\nMarta\nAlpineCoat",
 [("Good to catch you at the trade day in Innsbruck!", "N", "pleasantry"),
  ("The quote for the twelve cabins and the two mid-station towers is attached, priced at the per-square-metre rate you asked for.", "N", "legit attachment and asked-for price")],
 [("Our polyurethane system won Coating of the Year twice and it's on lifts in nine countries, which is pretty cool if you ask me!", "S", "generic award boast"),
  ("The paint crew is pencilled in for 2 June already, so I'll send the deposit invoice over this afternoon.", "H", "legit crew date + assumptive invoice before yes"),
  ("Honestly, I've put a ridiculous number of evenings into this spec for you, so I'd really expect at least a yes or no by Friday.", "HS", "rule 15: seller's effort as guilt + demand")],
 [("We could also probably do it a bit cheaper if that's what's holding you back, just say the word.", "T", "unprompted concession + hedge")])

# 4 optometry lenses, terse
email("Lens order follow-up", "Dr Adeyemi,", "Tom Reyes\nOptiSource Labs",
 [("Following up on the sample pack of high-index lenses sent on the 3rd.", "N", "single follow-up line, rule 13"),
  ("Third email on this and the read receipts show you've opened both of the others.", "H", "counting attempts + read receipts")],
 [("The blue-filter range suits the screen-heavy patients you described, and frankly every other practice in your postcode already stocks it, so you're the odd one out.", "H", "legit product fit + peer shaming clause"),
  ("Honestly, your practice needs this range now, not next year.", "H", "directive you-need, no analysis"),
  ("Price is locked until the 30th, then the new catalogue rate applies.", "N", "borderline: factual price-expiry stated once; reason (catalogue change) and no urgency language"),
  ("The first order would ship from our lab within five days, so reply with your account number and I'll process it today.", "H", "legit lead time + assumptive payment clause")])

# 5 saddlery, blunt
email("Dressage saddle fitting for the yard", "Sarah,", "Rob Hale\nHale & Sons Saddlers",
 [("You said the yard's three warmbloods are all showing dry patches under the panels.", "N", "restating prospect's situation"),
  ("That usually means the tree is too narrow, and flocking alone won't fix it.", "N", "expert insight")],
 [("Your horses need new saddles, full stop, and there's nothing to think about.", "H", "directive you-need without analysis"),
  ("We've been stitching saddles in this workshop since 1921, four generations of the same family.", "S", "borderline: heritage line, rule 8"),
  ("I can come to the yard on the 14th with three demo trees, which is the date you asked for.", "N", "concrete next step, prospect's date"),
  ("Mind you, this is the fourth time I've offered that visit, and you've ignored it every time.", "H", "rule 13: counting attempts at the prospect")],
 [("If you shop around and go cheap, don't come crying to me when the backs get sore again.", "H", "sarcastic threat / shaming")])

# 6 sawmill blade sharpening (curly)
email("Band-saw blade service contract", "Good morning Mr Lindqvist,", "Best,\nAnnika Berg\nEdgeRight Sharpening",
 [("I hope this is okay to send, and apologies for writing yet again about the blades.", "T", "approval-seeking + apology for following up"),
  ("I was just wondering if possibly, when you have some free moment, you might maybe consider our weekly pickup?", "T", "stacked hedges + permission"),
  ("The pickup van passes your yard on Tuesdays anyway, so collection adds no downtime to your headrig.", "N", "logistics tied to prospect value")],
 [("The monthly fee covers sharpening and re-tensioning all 14 blades, but if that's too much, just tell me what number would work and I'll try to match it.", "T", "legit price detail + name-your-number clause"),
  ("The pickup schedule is at the bottom, and sorry this email got so long, I know you're busy.", "T", "legit pointer + apology for length")])

# 7 seed bank storage, formal, CLEAN
email("Freezer capacity for the 2027 accession intake", "Dear Dr Haldane,", "Yours sincerely,\nMaria Costa\nCryoVault Systems",
 [("Thank you for the tour of the seed vault last week.", "N", "pleasantry"),
  ("From the intake forecast you shared, your current -20C capacity will be full by roughly the second quarter of 2027.", "N", "insight from prospect's data")],
 [("Adding two modular chest units in the east room would give you about 40% more space without touching the main vault.", "N", "value tied to prospect"),
  ("The grant window you mentioned closes on 15 January, so I have drafted the equipment annex in the funder's format.", "N", "borderline: real external deadline the prospect raised, stated once with reason")],
 [("Could we meet on Tuesday the 9th to check the floor loading with your estates team?", "N", "clear next step with date"),
  ("I will bring the humidity logs from a comparable installation in Uppsala.", "N", "logistics")])

# 8 bell foundry, very deferential
email("Recasting the tenor bell", "Dear Reverend Ashworth,", "With the greatest respect,\nGeoffrey Pell\nPell Bellfounders",
 [("Please forgive me for intruding on your time once more; I'm painfully aware this is yet another letter from me.", "T", "repeated self-abasing apology"),
  ("I completely understand if the parish would prefer to go elsewhere and I would not take it amiss in the slightest.", "T", "pre-emptively releasing the prospect")],
 [("Our foundry has been casting bells for over two centuries and we hold a royal warrant.", "S", "generic heritage/credential boast"),
  ("The tuning report you requested is enclosed, showing the tenor is nearly a semitone flat of the ring.", "N", "legit attachment, prospect's request")],
 [("The quotation for recasting and retuning is enclosed, and should it seem too high I could certainly take a fifth off straight away.", "T", "legit enclosure + unprompted discount clause"),
  ("I have pencilled in the week after Easter for collection, as the churchwardens asked, and I do hope I haven't caused any offence by writing.", "T", "legit date the prospect named + approval-seeking clause")])

# 9 archery range equipment (curly)
email("Target butts for the indoor range", "Hi Jonno,", "Cheers,\nKez\nFletch Supply Co",
 [("Quick one after our call on Monday.", "N", "pleasantry"),
  ("You mentioned the straw bosses are shredding in six weeks, and our layered foam butts typically last about a season at your shot volume.", "N", "value tied to prospect")],
 [("Delivery takes three days, and I need the order in before Friday because it's the last week of our sales contest and I'm neck and neck for first.", "HS", "legit lead time + rule 16: date + sales contest"),
  ("Every archery club I've talked to this year has already made the switch, so honestly I'm surprised you're still on straw.", "H", "peer shaming")],
 [("Happy to send two sample butts for the juniors this Saturday, and if you'd rather not, honestly no offence taken at all.", "T", "legit offer + pre-emptive release clause"),
  ("My boss thinks your club would make a brilliant case study, so could you write us a short review once they arrive?", "S", "favour for seller + manager")])

# 10 planetarium projectors, non-native English
email("About new projector for your dome", "Dear Mrs Varga,", "With best regards,\nKenji Sato\nStarField Optics",
 [("Thank you for receive me in your planetarium in last month.", "N", "pleasantry, non-native"),
  ("Your dome is 18 metres, so our dual-head laser projector gives the 8K resolution you told is needed for the school shows.", "N", "value tied to prospect")],
 [("Our company is leading in planetarium world, we have more than 400 installations and many prizes.", "S", "generic boast"),
  ("The system have 6000 stars catalog, fulldome video, live sky, 30 languages, laser pointer, app control and also fog effect.", "S", "feature dump"),
  ("I must have your purchase order before 20 December because my director want to close the year with this contract.", "HS", "rule 16: date + manager")],
 [("Please tell if the 14 January is okay to make online demonstration for your technicians, and I am very sorry to ask you again and again.", "T", "legit meeting ask + apology for following up")])

# 11 sheep shearing contractors, chatty
email("Shearing gang for November", "Hiya Fiona,", "Ta,\nBen\nBlade & Comb Shearing",
 [("Hope lambing went easier this year!", "N", "pleasantry"),
  ("For 1,800 ewes, a gang of four can have you done in two and a half days, weather allowing.", "N", "logistics, value")],
 [("Just popping back in again in case you'd had a sec to look at my last note, no rush at all whenever suits.", "T", "just checking in + no rush"),
  ("I'm a bit gutted not to have heard back after I drove all the way out to count your pens, to be honest.", "HS", "rule 15: seller effort and feelings as guilt")],
 [("I can offer the gang on the 20th or 21st, but other farms in the valley have already booked, so you'd better grab one before there's nothing left.", "H", "legit dates + manufactured scarcity clause"),
  ("The wool board collection date is 28 November, which is why I'd shear by the 25th.", "N", "borderline: real external date stated once with reason")],
 [("P.S. My boss has been on at me about the autumn bookings, so if you could confirm by Wednesday you'd be doing me a real favour.", "HS", "rule 16: manager + date, phrased as favour")])

# 12 hearing aid clinic software (curly), CLEAN
email("Reminder texts and your no-show rate", "Hi Dr Moreau,", "Best regards,\nSam Oduya\nAudiaDesk",
 [("Thanks for the figures from last quarter.", "N", "pleasantry"),
  ("You're losing about 11 fitting appointments a month to no-shows, which at your average fitting fee is close to 4,000 euros.", "N", "quantified cost from prospect's data, offered as info (rule 5)")],
 [("Two-way SMS reminders have cut no-shows by roughly half at clinics your size, mostly among patients over seventy who don't check email.", "N", "social proof tied to prospect's situation"),
  ("Your front desk just needs to confirm the patient's mobile number at booking for it to work.", "N", "borderline: one polite just, technical prerequisite")],
 [("Would a 20-minute call on Wednesday at 2 suit, so your practice manager can see the reminder flow?", "N", "clear next step with date")])

# 13 tidal turbine coatings, formal
email("Anti-fouling trial on the nacelle housings", "Dear Dr Rhys,", "Yours faithfully,\nOliver Grant\nMarineShield Coatings",
 [("Further to our discussion in Swansea, please find attached the trial protocol for the two test nacelles.", "N", "legit attachment"),
  ("The protocol follows the Crown Estate monitoring template, since your consent conditions require it.", "N", "certification the buyer's process requires (rule 8)")],
 [("The test panels ship on 4 March, and I will need your company card details now to hold them.", "H", "legit date + assumptive payment clause"),
  ("The panel drawings are in the appendix, and should I not hear from you this week, I will write to your chief executive directly.", "H", "legit pointer + bypass threat clause"),
  ("I would also be grateful if you could agree to let us put your logo on our website in the meantime.", "S", "logo favour before value delivered")],
 [("Frankly, my bonus depends on this trial going ahead by the end of the month, so please sign the protocol by the 28th.", "HS", "rule 16: bonus + date")])

# 14 locksmith supply, terse
email("Master key system quote", "Carl,", "Dev\nKeyline Trade",
 [("Quote for the 64-door master key system attached, as requested.", "N", "legit attachment"),
  ("Lead time on restricted profiles is six weeks from the manufacturer.", "N", "logistics")],
 [("The price includes the 64 cylinders and 200 keys you specified, and I can knock another 10% off if that helps you decide.", "T", "legit price detail + unprompted concession clause"),
  ("Sign today or the profile allocation goes to the next customer in line.", "H", "ultimatum/scarcity"),
  ("Any halfway competent facilities manager would have a master system by now.", "H", "shaming"),
  ("Let me know by noon, otherwise I'm ringing your MD.", "H", "fake deadline + bypass threat")])

# 15 climbing wall holds (curly)
email("New hold sets for the bouldering cave", "Hey Ines,", "Climb on,\nTheo\nCrimpWorks",
 [("Loved the new setting in the cave when I came through on Saturday.", "N", "pleasantry"),
  ("You asked about dual-texture holds, so I've attached the catalogue pages for the macro sets that fit your 10-degree wall.", "N", "attachment, prospect asked")],
 [("We're basically the brand every top gym in Europe uses, our holds were at three World Cups this year!", "S", "generic boast, exclamation success"),
  ("Full transparency, I'm chasing a personal bonus this year, so your account matters a lot to me.", "S", "rule 16: seller's need stated, no date or demand"),
  ("I've already reserved the delivery van for the 12th, so all I need from you is the card number.", "H", "legit delivery date + assumptive payment clause")],
 [("P.S. Sorry if this comes across pushy, I really don't want to annoy you.", "T", "apology for normal selling + approval")])

# 16 municipal parking meters, blunt
email("Your meter replacement decision", "Mr Dufresne,", "Regards,\nGail Ortiz\nUrbanPay Systems",
 [("You told me on the 2nd that the council had chosen another supplier.", "N", "context"),
  ("I'm going to keep calling the transport office every day until somebody explains that decision to me.", "H", "badgering after a no")],
 [("Frankly, after the three site surveys I did for your team for free, I think I'm owed better than a two-line email.", "HS", "rule 15: seller effort + entitlement"),
  ("Councils that picked the cheaper option have all regretted it within a year, and you will too.", "H", "shaming / fear")],
 [("The usage analysis is attached as promised, though a council that brushes off suppliers like this shouldn't be surprised when nobody bids next time.", "H", "legit attachment + sarcasm on prospect's conduct"),
  ("I also happen to be short of target this quarter, so this loss stings me personally.", "S", "rule 15/16: seller's stake stated, no blame, no demand")])

# 17 violin bow rehair, CLEAN
email("Rehair service for the conservatoire's bows", "Dear Ms Kowalczyk,", "Best wishes,\nAnton Richter\nRichter Bow Workshop",
 [("Thank you for the inventory of the student string section's 42 bows.", "N", "pleasantry"),
  ("Apologies for the slow reply; I was at a repair fair in Cremona until yesterday, and the quote is attached now.", "N", "borderline: single courtesy apology with reason and fix")],
 [("Twenty of the bows were last rehaired more than two years ago, so those are where the students will hear the biggest difference.", "N", "insight from prospect's data"),
  ("I'd recommend rehairing those twenty before the January auditions and leaving the rest until summer, which spreads the cost across two budget years.", "N", "confident recommendation"),
  ("Could I collect the first batch on Monday the 17th?", "N", "plain ask with date")])

# 18 commercial aquarium maintenance (curly)
email("Re: reef tank service for the lobby", "Hi Daniel,", "Thanks,\nLeah\nBlueLagoon Aquatics",
 [("Sorry to hear the last contractor left the tank in such a state.", "N", "sympathy, not borderline (rule 3)"),
  ("From the photos, the algae bloom looks like a phosphate problem, which a weekly water test would catch early.", "N", "insight")],
 [("A visit would let me test the phosphate levels, and I was sort of hoping we could perhaps maybe set that up, if it isn't too much of an ask?", "T", "legit meeting purpose + stacked hedges and permission"),
  ("Totally fine if you'd rather leave it, I'll try you again next spring.", "T", "accepting brush-off pre-emptively"),
  ("You asked about a discount on the annual plan, and I'll have to run that past my manager first, as I'm not really allowed to decide it.", "T", "legit reference to their request + deferring on discount")],
 [("I can test the water on Thursday when I'm in your building anyway, though sorry, I know that's probably a nuisance.", "T", "legit visit offer + apology for normal selling")])

# 19 pharmacy compounding software
email("Compounding records and your inspection", "Hello Ayesha,", "Best,\nMarcus Lee\nMixLog Pharma",
 [("You mentioned the regulator's inspection is booked for 11 April.", "N", "prospect's own date"),
  ("Inspectors now expect batch records to show who checked each weighing, and paper logs make that hard to prove.", "N", "insight")],
 [("You need MixLog, and any pharmacy still on paper at this point is asking for a failed inspection.", "H", "directive you-need + shaming"),
  ("Setup takes about three weeks, so I've gone ahead and booked your onboarding for next Monday; just send the signed form back.", "H", "legit lead time + assumptive booking before yes"),
  ("Our founders came out of Oxford and we're backed by two of the biggest health-tech investors in the country.", "S", "investor boast")],
 [("Happy to show you the batch record screen on a short call, if useful.", "N", "borderline: bare demo offer, rule 9"),
  ("I've attached the data-protection assessment your trust asked for, and I'd appreciate it if you could introduce me to the pharmacists at your other sites.", "S", "legit attachment + referral favour")])

# 20 glass recycling bins, non-native
email("Offer for underground glass containers", "Dear Sir Novak,", "Best greetings,\nPiotr Zielinski\nEcoSink Containers",
 [("I write you again regarding our offer from 2 weeks ago.", "N", "single follow-up line"),
  ("I am very sorry that I disturb you so many times, please excuse me for this.", "T", "repeated self-abasing apology")],
 [("Maybe it is possible, if you agree, that perhaps we can make small meeting when you will have some time?", "T", "stacked hedges + permission"),
  ("For 30 containers in the old town the crane lift reduces emptying time to 4 minutes per container, as your street plan needs.", "N", "value tied to prospect"),
  ("The price in offer include installation and two years service, and also I can give you 15% discount now already, without any condition.", "T", "legit price detail + unconditional discount clause")],
 [("The containers are made to order in six weeks, and this is your last chance before the prices go up.", "H", "legit lead time + last-chance clause (rule 4)")])

# 21 equestrian arena surfaces (curly), CLEAN
email("Arena surface for the new indoor school", "Hi Mrs Pemberton,", "Kind regards,\nJoe Whitley\nTrueGround Surfaces",
 [("Thanks for sending the drainage survey.", "N", "pleasantry"),
  ("It shows the sub-base is holding water at the north end, so I'd fix that before any new surface goes down.", "N", "expert recommendation backed by evidence")],
 [("A fibre-and-sand mix would suit the show jumping you're planning and stays consistent in the frost you get there.", "N", "value tied to prospect"),
  ("We can hold the price in the quote if you go for a three-year maintenance plan.", "N", "concession traded for term (rule 7)"),
  ("Just a heads-up that the quarry closes for two weeks over Christmas, so sand deliveries stop on the 20th.", "N", "borderline: one polite just + real external date with reason")])

# 22 sports turf irrigation
email("Pitch irrigation upgrade", "Hi Gareth,", "All the best,\nNia Evans\nGreenLine Irrigation",
 [("Good to see the first team back on the main pitch.", "N", "pleasantry"),
  ("The design covers the three pitches you listed, with pop-up heads that stay below the mowing line.", "N", "concrete product detail")],
 [("I'm going to need a yes by the end of the month, because my manager has told me this deal has to be in his forecast.", "HS", "rule 16: manager + forecast + date"),
  ("Honestly it's been a rough quarter for me, so I'm begging you, this would be a huge help personally.", "ST", "rule 15: pleading for seller's own sake, no date"),
  ("Clubs down the road in your league have already upgraded, and you don't want to be the only ground with patchy grass.", "H", "peer shaming")],
 [("The water company's rebate on efficient irrigation closes on 31 March, which would cover about a fifth of the cost.", "N", "borderline: rebate programme closing, stated once with reason"),
  ("I can bring the soil sensor kit to Tuesday's site visit, and if budget's the issue just tell me what you can afford.", "T", "legit visit + name-your-number clause")])

# 23 ship chandlery
email("Provisioning for the Aurora refit", "Captain Mbeki,", "Best,\nLars\nHarbourside Chandlers",
 [("Apologies for following up again, and I'm so sorry if I'm being a nuisance.", "T", "apology for follow-up, self-abasing"),
  ("The provisioning list is attached, and whenever you get a spare minute, no stress at all, could you maybe look over it?", "T", "legit attachment + permission-begging and minimising")],
 [("The list covers all the deck hardware on the refit spec you sent, with the stainless upgrades priced separately.", "N", "legit detail"),
  ("We'd love to tell you all about our story and our new warehouse, it really is a special place!", "S", "hear our story"),
  ("I've also attached our catalogue, which runs to 4,000 lines, our full history and every award we've won since 1978.", "S", "attachment + boast clause")],
 [("If there's anything I've done to upset you, please do tell me.", "T", "approval-seeking")])

# 24 courier bicycle fleet (curly)
email("Cargo bikes for the Leeds depot", "Hi Anya,", "Cheers,\nFinn\nPedalFreight",
 [("As promised, here's the total-cost comparison for 20 cargo bikes against your current four vans.", "N", "legit promised info"),
  ("On your delivery density, the bikes would save about 9,000 pounds a year in fuel and congestion charges.", "N", "value from prospect's data")],
 [("This is my sixth email and I can see you've looked at the comparison four times, so what's the hold-up?", "H", "counting + read-tracking"),
  ("If you let this slide now, you'll still be paying congestion charges on the same vans in 2030.", "H", "if not now, never"),
  ("I've got your fleet pencilled in for delivery on the 3rd, so silence by Friday means I'll confirm the order.", "H", "legit delivery date + silence-means-yes clause")],
 [("P.S. The bike spec sheet is attached, and if it helps, I can knock 20% off the first ten bikes straight away.", "T", "legit attachment + unprompted discount")])

# 25 library RFID tags
email("RFID tagging for the central library", "Dear Ms Achebe,", "Kind regards,\nRuth Fenwick\nShelfSense",
 [("Thank you for the stock figures; 210,000 items is well within a single summer tagging project.", "N", "value, logistics"),
  ("I have pencilled in the week of 8 July, which is when you said the branch closes for refurbishment.", "N", "prospect's own date")],
 [("Our tags are the most advanced on the market, with anti-theft, self-checkout, stocktaking, sorting, reader apps, analytics and a smart returns chute.", "S", "boast + feature dump"),
  ("The total for tagging and the four self-checkout kiosks is on page 3, and I'm sorry it's higher than you'd hoped, I really do feel bad about it.", "T", "legit price location + apology for price"),
  ("My manager asked me to mention that we'd love a quote from you for our annual report.", "S", "manager + favour for seller"),
  ("Libraries across the county have already switched over, and yours is starting to look dated by comparison.", "H", "peer shaming")])

# 26 dog grooming tables, CLEAN
email("Hydraulic tables for the new salon", "Hi Kerry,", "Best,\nMo Rahman\nGroomPro Equipment",
 [("Congratulations on signing the lease for the second salon.", "N", "pleasantry"),
  ("You mentioned two of your groomers have had back trouble, which is the main reason salons move to electric-lift tables.", "N", "insight tied to prospect")],
 [("With 12 dogs a day per groomer, lifting the large breeds is where most of that strain comes from.", "N", "insight"),
  ("I'd suggest two electric tables for the big-dog bays and keep your existing hydraulic ones for the small dogs.", "N", "confident recommendation"),
  ("Does Thursday morning work for me to measure the bays?", "N", "plain ask")])

# 27 quarry blasting mats (curly)
email("Blasting mats for the east face", "Dear Mr Hargreaves,", "Regards,\nPaula Stein\nRockGuard Mats",
 [("Following your request, the quote for 24 rubber blasting mats sized for the east face benches is attached.", "N", "legit attachment"),
  ("The mats are rated for the 150 mm holes you described.", "N", "product detail tied to prospect")],
 [("The price includes delivery to your weighbridge and is valid until Friday, after which I can't promise anything, so please move quickly.", "H", "legit price detail + rule 4 deadline with move quickly"),
  ("We are the only mat maker in the country with a Queen's Award for Enterprise, which nobody else can say.", "S", "award boast"),
  ("If you haven't signed by then, I'll assume you're happy to let your neighbours' houses take the flyrock.", "H", "sarcasm / shaming")],
 [("P.S. Our sales director is very keen to meet you, so it would help me a lot if you took the call.", "S", "manager + help me out, no date")])

# 28 theatre ticketing software
email("Box office system for next season", "Hi Rosa,", "Best wishes,\nEthan Cole\nCurtainUp Ticketing",
 [("Thanks for the chat after the matinee, and I'm sorry for taking up so much of your evening.", "T", "pleasantry + apology for normal selling"),
  ("Your season launches on 1 September, so migration would need to finish by mid-August to give the box office a fortnight's training.", "N", "prospect's own date, logistics")],
 [("Before we get into price, let's check the 12% uplift in repeat bookings we discussed is realistic for your audience.", "N", "push-back redirecting to value"),
  ("I was kind of wondering whether you might perhaps be open to possibly a short demo?", "T", "stacked hedges"),
  ("Setup includes importing your 40,000 patron records, and we could maybe just split that fee down the middle if it makes things easier.", "T", "legit product detail + unprompted concession clause")],
 [("I'm free Tuesday or Thursday for the demo, but any time that works for you is totally fine, there's absolutely no hurry on my side.", "T", "legit meeting ask + minimising clause")])

# 29 cemetery mapping software
email("Plot mapping for the municipal cemeteries", "Dear Mr Farrell,", "Yours sincerely,\nIngrid Sollie\nRestMap",
 [("Thank you for the scanned burial registers.", "N", "pleasantry"),
  ("Matching them to the drone survey, about 300 plots are recorded as free but are in fact occupied.", "N", "insight from prospect's data")],
 [("The plot map you asked for is ready, and I've already raised the invoice so you can pay it before the weekend.", "H", "legit deliverable + assumptive invoice"),
  ("I'll be frank, I stuck my neck out with my director to get you this pricing, so I really do need your answer by Wednesday.", "HS", "rule 15 standing + demand with date"),
  ("Any council that cared about grieving families would have fixed these records years ago.", "H", "shaming")],
 [("I would be glad to walk your bereavement team through the map on the 19th, as you suggested.", "N", "prospect's date")])

# 30 brewery keg tracking (curly)
email("Keg tracking pilot", "Hi Siobhan,", "Cheers,\nNate\nKegTrail",
 [("Dropping a line to see whether you'd had a moment to glance at the pilot proposal, no big deal if not.", "T", "purpose-less nudge + minimising (new wording of the just-checking-in idea)"),
  ("Sorry again for chasing.", "T", "apology for follow-up")],
 [("You said you lose around 250 kegs a year to pubs that don't send them back.", "N", "prospect's data"),
  ("At 90 pounds a keg, that's 22,500 pounds a year, which is why we'd put the tags on your cask fleet first.", "N", "quantified cost from prospect's data as info")],
 [("If the pilot price doesn't work, I could drop it by a third if you'd agree to be our launch case study.", "ST", "borderline: discount for personal favour (rule 7)"),
  ("Otherwise no worries at all, I'll get back in touch next year sometime.", "T", "accepting brush-off")])

# 31 rope access training, CLEAN
email("IRATA Level 1 course for your wind techs", "Hi Craig,", "Kind regards,\nEllen Byrne\nVertical Skills Training",
 [("Thanks for confirming the six technicians for the February intake.", "N", "logistics"),
  ("Your insurer's letter requires IRATA certification before anyone works on the blades, so the course is assessed to that standard.", "N", "certification the buyer's process requires")],
 [("The assessor's calendar for February fills up in early January, so I'd confirm the dates before the holidays.", "N", "borderline: real external constraint with reason, stated once"),
  ("I've attached the joining instructions and the medical form each technician needs to complete.", "N", "attachment; need as prerequisite")],
 [("If the February dates clash with the maintenance window, what would need to change for March to work?", "N", "insightful question")])

# 32 allergy testing kits for clinics
email("Skin-prick kits for your paediatric clinic", "Dear Dr Hussain,", "Best regards,\nCamille Roux\nAllerTest Supplies",
 [("Per your practice manager's request, I have copied her on this email.", "N", "senior leader copied at their request"),
  ("The kits use single-use lancets pre-loaded with the twelve allergens on your referral protocol, and we're proud to be the market leader in three countries.", "S", "legit product detail + generic boast clause")],
 [("It's the end of my quarter on Friday, and it would really save me if you could put the order in by then.", "HS", "rule 16: quarter-end + favour + date"),
  ("Your first delivery is booked for the 14th as you asked, and I'd hate for you to be disappointed in us, so do tell me if anything at all isn't perfect.", "T", "legit prospect date + need for approval clause"),
  ("The kits ship in cases of 50, and we'd be happy to throw in a second case free, no strings, if you like.", "T", "legit logistics + unprompted free concession")],
 [("Could you also leave us a review on the supplier portal once the kits arrive?", "S", "review favour before value delivered")])

# 33 water well drilling (curly)
email("Borehole for the farm", "Hi Mr Dlamini,", "Regards,\nHendrik\nDeepWater Drilling",
 [("The hydrogeology report you commissioned puts the aquifer at about 80 metres, which matches our nearest boreholes.", "N", "insight tied to prospect"),
  ("The water permit office needs eight weeks to process an application, so I've attached the forms filled in with your details.", "N", "borderline: permit lead time with reason, stated once + attachment")],
 [("The rig is only here until the end of the month and three other farms want it, so it's now or never.", "H", "scarcity + now-or-never"),
  ("You need a borehole, and after the last drought I'm frankly amazed you're still on the municipal line.", "H", "you need + sarcasm"),
  ("The rig can be on site on the 9th, and I'll pop the drilling deposit through on your account today so the slot is secured.", "H", "legit date + assumptive payment clause")],
 [("P.S. I've attached our drilling certificates, and with 600 boreholes and a Farmer's Choice award behind us, we're simply the best crew in the province.", "S", "attachment + boast clause")])

# 34 exhibition carpet rental
email("Carpet for your hall at the September expo", "Hi Jasmine,", "Thanks,\nOwen\nFloorShow Rentals",
 [("Floor plans received, thanks.", "N", "logistics"),
  ("For the 2,400 square metres in Hall B, we'd lay the anthracite carpet with protective film, ready by the 7 September build-up you confirmed.", "N", "concrete detail, prospect's date")],
 [("We're thrilled to announce that we've just opened our third warehouse and launched a brand new colour range!", "S", "I/we announcement, no customer value"),
  ("Could you do me a favour and mention us to the other organisers you work with?", "S", "referral favour"),
  ("The underlay you asked about is included at no extra cost, and while I've got you, our CEO would love a photo of your hall for our brochure.", "S", "legit inclusion + favour for seller"),
  ("Our crew can lay Hall B in a single day, and my commission this month depends on this booking, so I need a signed order from you by Monday.", "HS", "legit detail + rule 16: commission + date")])

# 35 flour mill sieves, CLEAN
email("Plansifter sieve replacement", "Dear Mr Bakker,", "Best regards,\nSofia Lind\nMeshTech Milling",
 [("Thank you for letting us inspect the plansifters during the shutdown.", "N", "pleasantry"),
  ("Seven of the 28 sieve frames show torn cleaners, which explains the bran specks you're seeing in the patent flour.", "N", "insight from inspection")],
 [("Replacing those seven now and the rest at the spring shutdown keeps you inside this year's maintenance budget.", "N", "value, recommendation"),
  ("I will confirm the food-contact certificates with our quality team and send them by Friday.", "N", "check with someone on non-discount matter with date"),
  ("Would Tuesday at 9 suit to agree the fitting date with your shift supervisor?", "N", "clear next step")])

# 36 car wash chemicals (curly)
email("Chemical supply for your four sites", "Hi Tariq,", "Best,\nJade\nShineChem",
 [("Good to meet you at the forecourt show, and thanks for even considering a small supplier like us.", "T", "pleasantry + self-abasing thanks for considering"),
  ("The price list you asked for is attached, and it's only valid for 48 hours, so you'll want to move fast.", "H", "legit attachment + fake deadline with move-fast (rule 4)")],
 [("Our pre-soak lifts the winter road film your customers complain about, and it's award-winning and used by every major chain you've heard of!", "S", "legit product fit + generic award boast clause"),
  ("I've already loaded your first pallet onto Tuesday's truck, so just send payment details and we're done.", "H", "assumptive shipment + payment"),
  ("Honestly, I'd be really let down if you went with someone else after all the sampling I did at your sites.", "HS", "rule 15: seller's feelings + effort as guilt")])

# 37 bird control at airports
email("Wildlife hazard programme", "Dear Ms Lindgren,", "Yours sincerely,\nRaj Patel\nSkyClear Wildlife Control",
 [("Thank you for sharing last year's strike reports.", "N", "pleasantry"),
  ("Most strikes cluster around the grass strips near runway 27 in September, when the gulls follow the harvest.", "N", "insight from prospect's data")],
 [("The aviation authority's new wildlife rule takes effect on 1 March, which is why I've proposed starting patrols in February.", "N", "borderline: regulation date stated once with reason"),
  ("If I still don't have a decision by the 15th, I will take the proposal straight to your airport director.", "H", "first-person deadline with no reason + bypass threat")],
 [("Any airport that has already had two engine ingestions this year ought to be embarrassed to delay.", "H", "shaming"),
  ("I have copied your operations director, as you asked in your last note.", "N", "senior copied at their request"),
  ("The patrol roster is attached, and our falconers have flown at more airports than anyone else in Europe.", "S", "legit attachment + generic boast clause")])

# 38 police body camera storage
email("Evidence storage for body-worn cameras", "Dear Chief Inspector Walsh,", "Kind regards,\nDana Brooks\nVaultEvidence",
 [("Thank you for your frank email; I understand the force has decided to stay with its current supplier this year.", "N", "acknowledges a no"),
  ("What was the main factor, so I can learn from it?", "N", "borderline: optional loss-review question (rule 10/11)")],
 [("If it's useful, I'll leave you our retention-schedule checklist, which you can use with any supplier.", "N", "leaving value behind"),
  ("I'll still send the checklist, but I'll also be ringing your deputy chief constable to make sure this decision was looked at properly.", "H", "legit offer + going over their head after a no"),
  ("I'll close this thread on my end.", "N", "neutral close-the-loop")],
 [("That said, I'm truly disappointed after spending two months building your custom demo, and I feel you owe us at least a call.", "HS", "rule 15: seller feelings + effort + owe")])

# 39 loom parts for textile mill (curly), CLEAN
email("Heddle and reed stock for the jacquard looms", "Hi Mr Haworth,", "Best,\nYusuf Demir\nWarpLine Parts",
 [("Thanks for the parts list from your maintenance lead.", "N", "pleasantry"),
  ("The reeds for the 2.8-metre looms are in stock; the heddles come from the manufacturer in batches every eight weeks.", "N", "logistics")],
 [("The next batch is allocated on 10 October, so an order by the 3rd would get you into it.", "N", "borderline: manufacturer allocation, real external date, stated once"),
  ("We can take 6% off the heddles if you order the full year's supply in one go.", "N", "concession traded for volume")],
 [("Sorry for the mix-up on the invoice last month; the corrected copy is attached.", "N", "borderline: single courtesy apology for a real error with the fix")])

# 40 organic fertiliser for golf courses
email("Fertiliser programme for the greens", "Hi Stuart,", "Cheers,\nMegan\nTurfNourish",
 [("Thanks for sending the soil tests from the 18 greens.", "N", "pleasantry"),
  ("Low potassium on 9 of them lines up with the thin patches you pointed out on the back nine.", "N", "insight")],
 [("I know you said you'd decide after the committee meets on the 22nd, but can't they just rubber-stamp it later so you sign today?", "H", "overriding prospect's process"),
  ("I'll be honest, I've got a monthly target to hit, and this greens programme is one I'd love to land.", "S", "rule 16: seller's target stated, no date or demand"),
  ("The application schedule is on the last page, and sorry the proposal is so long, I hope that's alright.", "T", "legit pointer + apology for length + approval")],
 [("P.S. The potassium blend ships in 25 kg bags, so your greenkeepers can spread it with the existing rotary spreaders.", "N", "product detail")])


def labels_of(code):
    if code == "N":
        return ["NONE"]
    ls = [CODE[c] for c in code]
    return [l for l in ORDER if l in ls]

def main():
    emails_out, sents_out = [], []
    sid = 0
    for i, e in enumerate(E, 1):
        eid = "s16e%03d" % i
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        paras = []
        for p in e["paras"]:
            paras.append(" ".join(fix(t) for t, _, _ in p))
        text = fix(e["sal"]) + "\n\n" + "\n\n".join(paras) + "\n\n" + fix(e["signoff"])
        score = {}
        rows = []
        for p in e["paras"]:
            for t, code, note in p:
                t = fix(t)
                assert t in text, (eid, t)
                assert code in {"N", "H", "S", "T", "HS", "HT", "ST", "HST"}, code
                sid += 1
                rows.append({"id": "s16-%04d" % sid, "email": eid, "text": t,
                             "labels": labels_of(code), "note": note})
        for lab in ORDER:
            carrying = [r for r in rows if lab in r["labels"]]
            nonbl = [r for r in carrying if not r["note"].startswith("borderline:")]
            if not carrying:
                score[lab] = 0
            elif len(carrying) >= 2 and nonbl:
                score[lab] = 2
            else:
                score[lab] = 1
        emails_out.append({"email": eid, "subject": fix(e["subject"]), "text": text, "labels": score})
        sents_out.extend(rows)

    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for o in emails_out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for o in sents_out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

    # re-read and check every line parses
    em = [json.loads(l) for l in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8")]
    se = [json.loads(l) for l in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8")]
    texts = {o["email"]: o["text"] for o in em}
    for s in se:
        assert s["text"] in texts[s["email"]]

    c = collections.Counter()
    per_email_faulty = collections.Counter()
    for s in se:
        for l in s["labels"]:
            c[l] += 1
        if s["labels"] != ["NONE"]:
            per_email_faulty[s["email"]] += 1
        if len(s["labels"]) > 1:
            c["multi"] += 1
        if s["note"].startswith("borderline:"):
            c["borderline"] += 1
            if s["labels"] != ["NONE"]:
                c["borderline_faulty"] += 1
    clean = sum(1 for o in em if per_email_faulty[o["email"]] == 0)
    two_plus = sum(1 for o in em if per_email_faulty[o["email"]] >= 2)
    one = sum(1 for o in em if per_email_faulty[o["email"]] == 1)
    lens = [sum(1 for s in se if s["email"] == o["email"]) for o in em]
    print("emails", len(em), "sentences", len(se), "sentences/email min-max", min(lens), max(lens))
    print("NONE %d (%.1f%%)" % (c["NONE"], 100.0 * c["NONE"] / len(se)))
    for l in ORDER:
        print(l, c[l])
    print("multi-label", c["multi"], "borderline", c["borderline"], "(faulty borderline %d)" % c["borderline_faulty"])
    print("emails clean", clean, "emails with 2+ faulty", two_plus, "emails with exactly 1", one)
    ec = {l: collections.Counter(o["labels"][l] for o in em) for l in ORDER}
    for l in ORDER:
        print("email-level", l, dict(sorted(ec[l].items())))
    curly = sum(1 for o in em if "\u2019" in o["text"])
    print("emails with curly apostrophes", curly)
    mixed = sum(1 for x in se if x["labels"] != ["NONE"] and "legit" in x["note"])
    faulty = sum(1 for x in se if x["labels"] != ["NONE"])
    print("faulty sentences", faulty, "of which fault in one clause beside legit content", mixed)
    write_readme(len(em), len(se), c, clean, two_plus, ec, curly, mixed, faulty, min(lens), max(lens))


INDUSTRIES = """tram maintenance; sign language interpreting; gondola paint; optometry lenses; saddlery;
sawmill blade sharpening; seed bank cold storage; bell foundry; archery range targets; planetarium projectors;
sheep shearing contractors; hearing-aid clinic software; tidal turbine coatings; locksmith trade supply;
climbing wall holds; municipal parking meters; violin bow rehair; commercial aquarium maintenance;
pharmacy compounding software; underground glass recycling containers; equestrian arena surfaces;
sports turf irrigation; ship chandlery; cargo bike fleets; library RFID tagging; dog grooming tables;
quarry blasting mats; theatre ticketing; cemetery plot mapping; brewery keg tracking; rope access training;
allergy skin-prick kits; water well drilling; exhibition carpet rental; flour mill sieves; car wash chemicals;
airport wildlife control; body-worn camera evidence storage; textile loom parts; golf green fertiliser"""


def write_readme(n_em, n_se, c, clean, two_plus, ec, curly, mixed, faulty, lo, hi):
    pct = 100.0 * c["NONE"] / n_se
    lines = [
        "# sealed16: held-out sales emails for the Poise tone coach",
        "",
        "Hand-written evaluation set. Every email and sentence was written by hand for this set, using only the",
        "labelling guide (`shared/corpus/LABELS.md`) and the product description (`shared/PRODUCT.md`); no other",
        "data set, rule file or code was read, and none of the guide's example sentences was copied or paraphrased.",
        "",
        "`build.py` holds the emails (subject, salutation, sign-off, body sentences each with a label code and a",
        "short note) and writes `test-emails.jsonl`, `test.jsonl` and this README. Email-level labels are derived",
        "from the sentence labels with the guide's 0/1/2 scale (0 none; 1 one sentence or all borderline; 2 two or",
        "more with at least one not borderline), with no hand overrides. The script checks that every sentence is a",
        "verbatim substring of its email text and that every written line parses. Run: `python3 build.py`.",
        "",
        "Notes starting with `borderline:` mark sentences decided by one of the guide's borderline rules (section 5).",
        "",
        "## Counts (computed by build.py)",
        "",
        "| | Count |",
        "|---|---|",
        "| Emails | %d |" % n_em,
        "| Sentences | %d (%d-%d per email) |" % (n_se, lo, hi),
        "| NONE | %d (%.1f%%) |" % (c["NONE"], pct),
        "| hard_close | %d |" % c["hard_close"],
        "| self_serving | %d |" % c["self_serving"],
        "| timidity | %d |" % c["timidity"],
        "| Multi-label sentences | %d |" % c["multi"],
        "| Borderline sentences | %d (%d of them carry a label) |" % (c["borderline"], c["borderline_faulty"]),
        "| Clean emails (no faulty sentence) | %d |" % clean,
        "| Emails with 2+ faulty sentences | %d |" % two_plus,
        "| Faulty sentences whose fault sits in one clause beside legitimate content | %d of %d |" % (mixed, faulty),
        "| Emails using curly apostrophes (every third) | %d |" % curly,
        "",
        "Email-level label distribution (0/1/2):",
        "",
    ]
    for l in ORDER:
        lines.append("- %s: %s" % (l, ", ".join("%d: %d" % (k, v) for k, v in sorted(ec[l].items()))))
    lines += [
        "",
        "## What the set tests",
        "",
        "- Faults placed in one clause next to something the rep must keep (an attachment the prospect asked for,",
        "  the prospect's own date, a requested price, a meeting ask, a product detail), so a rewrite has to keep it.",
        "- Fresh wordings of the guide's ideas (seller's effort and feelings as leverage, going over the prospect's",
        "  head, assumptive payment and booking steps, peers who already switched, quota/bonus/commission/manager as",
        "  the reason, boasts and feature lists, unprompted discounts, self-abasement, stacked hedges, apologising",
        "  for price or length, giving up at once), avoiding the textbook phrases.",
        "- Hard negatives labelled NONE: real external dates stated once with a reason (permit office, grant window,",
        "  rebate, regulation, manufacturer allocation, quarry closure), the prospect's own dates, quantified cost",
        "  from the prospect's own figures, confident recommendations, concessions traded for term or volume, a",
        "  senior person copied at the prospect's request, a single follow-up line, a courtesy apology with a reason,",
        "  sympathy, acceptance of a no with a question.",
        "",
        "## Industries",
        "",
        INDUSTRIES,
        "",
        "## Registers",
        "",
        "Formal, chatty, terse, warm, blunt, very deferential, and non-native English (planetarium projectors, glass",
        "containers). Straight and curly apostrophes are mixed: emails s16e003, s16e006, ... s16e039 use the curly",
        "apostrophe. Several emails end with a P.S. line, which is a sentence entry.",
        "",
    ]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))

if __name__ == "__main__":
    main()
