#!/usr/bin/env python3
"""Build sealed56: hand-written sales emails, labelled by the guide's sentence rules.
Each sentence: (text, code, note). Codes: N=NONE, H=hard_close, S=self_serving, T=timidity.
A note starting with 'b:' becomes 'borderline: ...'. Paragraphs are lists of sentences."""
import json, os, collections

E = []
def em(subject, sal, signoff, *paras):
    E.append((subject, sal, signoff, paras))

em("Ammonia plant service, Coldharbour cold store", "Dear Mr Okafor,", "Kind regards,\nPriya Nair\nArcticLine Refrigeration",
 [("Thank you for sending the compressor run hours from your two screw packs.", "N", "thanks, logistics"),
  ("Pack 2 is at 41,000 hours, which is past the point where we normally see shaft seal weep on that model.", "N", "insight from the prospect's data"),
  ("I'd honestly love to walk you through our entire service portfolio, from ammonia to CO2 to glycol, on a long call.", "S", "show off whole suite")],
 [("I've attached a quote for the full service at GBP 6,850, and you'll want to approve it today because our engineers are nearly fully booked into spring.", "H", "legit attachment + manufactured scarcity"),
  ("The seal kit for Pack 2 is in stock at our Leeds depot, and we're the only ammonia specialist in the region with three national refrigeration awards on the wall.", "S", "generic boast"),
  ("Honestly, if the price feels steep I could probably shave a bit off for you.", "T", "unprompted discount with hedge")],
 [("Can we confirm Tuesday 14th for the site survey?", "N", "plain next step with date")])

em("Seat cover refurbishment, ATR fleet", "Hi Dana,", "Cheers,\nMarco\nSkyStitch Interiors",
 [("Great talking yesterday about the 72-seat cabins.", "N", "pleasantry"),
  ('The fabric samples in Cabin Grey are on their way, and any airline that cared about its passengers would have signed off weeks ago.', "H", "legit samples + shaming"),
  ("Our fire-blocking fabric is already certified to the FAR 25.853 burn test your engineering team asked about.", "N", "certification the buyer's process requires"),
  ("I've held the May hangar slot you mentioned, and I'll go ahead and raise the deposit invoice tomorrow unless I hear otherwise.", "H", "legit slot + assumptive invoice, silence as consent"),
  ("Three of your competitors on the island routes have already switched to us, so you'd be the last one still flying tired seats.", "H", "peer shaming"),
  ("The revised cabin layout drawing is attached, and this would be my biggest deal of the year, so it means a lot to me personally.", "S", "seller's stake, no date")])

em("Anaesthetic machine servicing, Day Surgery Unit", "Dear Ms Lindqvist,", "Yours sincerely,\nDr Hamish Reid\nClinical Equipment Partners",
 [("Thank you for the inventory of the eleven anaesthetic machines across theatres 1 to 4.", "N", "thanks"),
  ("The manufacturer ends parts support for the older Aestiva units in March 2027, so it may be worth planning their replacement within this contract period.", "N", "b: real external end-of-life stated once with reason"),
  ("Our engineers hold the manufacturer's factory training, which your medical physics lead listed as a requirement.", "N", "credential the buyer requires"),
  ("I have booked the first service visit for the week of 9 February so your theatre schedule can be planned around it.", "N", "logistics at the prospect's request (they asked for a February start)"),
  ("Could we have a short call on Thursday to confirm the out-of-hours call-out terms?", "N", "plain ask")])

em("Butchery course for the farm shop team", "Hiya Gemma,", "Ta,\nRob\nBlock & Cleaver Academy",
 [("Sorry, sorry, I know you're flat out and I hate adding to your inbox again.", "T", "self-abasing apology for following up"),
  ("I was kind of wondering if you'd maybe had a chance to perhaps look at the two-day course outline?", "T", "stacked hedges"),
  ("It covers seam butchery on the whole lamb and pork sides you buy in from Hill Farm.", "N", "concrete detail tied to prospect"),
  ("The course fits the two Mondays you mentioned, though I'm sorry for even bringing it up again.", "T", "legit dates + apology for following up")],
 [("If the GBP 1,400 is a stretch, just tell me what number works and I'll make it happen.", "T", "asks buyer to name their number"),
  ("Totally get it if now's not the time, I'll try again after Christmas.", "T", "accepts brush-off unprompted")])

em("Balance bikes for the Little Acorns rooms", "Dear Mrs Patel,", "Best wishes,\nOwen Hughes\nPedalFirst Nursery Supplies",
 [("Thank you for letting me visit the garden on Monday.", "N", "pleasantry"),
  ("I'm also one order away from this month's target, so I'd be grateful for this one.", "S", "seller's target, no date (rule 16)"),
  ("For the 2-3 year olds, the 10-inch frame with a 28 cm seat height will suit the smaller children you mentioned.", "N", "concrete recommendation tied to prospect"),
  ("We are proud to be Britain's fastest-growing early-years bike brand, as featured in three national parenting magazines!", "S", "generic boast"),
  ("Our bikes come with puncture-proof tyres, steering limiters, rounded bolts, five colours, personalised name plates, a carry strap and a bell.", "S", "feature list not tied to outcome"),
  ("The quote for twelve bikes is attached, and I'll need your card details by Friday to keep them from going to another nursery.", "H", "legit attachment + assumptive payment + scarcity")])

em("Bridal party make-up, 14 June", "Hello Chloe,", "Love,\nAimee\nGlow Up Bridal",
 [("Congratulations again on the engagement!", "N", "pleasantry"),
  ("For 14 June I can bring a second artist so all six of you are ready by 11:00, as you asked.", "N", "prospect's own date and need"),
  ("I'd hate for you to think I'm being pushy, so please forgive me for even mentioning the booking form.", "T", "approval-seeking + apology for normal selling"),
  ("I put aside my whole weekend to design your trial looks, so I was really quite upset not to hear a word back.", "HS", "guilt resting on seller's effort and feelings (rule 15)"),
  ("Everyone booking a June wedding this year has already locked in their artist, and the good ones are gone by now.", "H", "FOMO / peer pressure")],
 [("P.S. I've held the trial at my studio on 3 May at 10:00, so I'll take the GBP 150 deposit from your card tomorrow unless you stop me.", "H", "legit booking + assumptive payment")])

em("Wall calendars for your 2027 client mailing", "Hi Tom,", "Thanks,\nLeah\nCalendarCraft",
 [("Following up on the sample pack we posted on the 2nd.", "N", "b: single follow-up line"),
  ("Every other client on our list signed their proofs last week, so you're the last one holding up the run.", "H", "peer pressure / shaming"),
  ("I need to get this into the system before my month closes on Friday, so can you please sign the proof today?", "HS", "seller-driven deadline (rule 16)"),
  ("If you can do that, I'll throw in an extra 15% off, but only until Friday.", "HT", "discount conditioned on seller's date"),
  ("The 300 gsm stock you picked will survive a year on a workshop wall without curling.", "N", "value tied to prospect")],
 [("Let me know which of the two cover photos your team prefers.", "N", "plain ask")])

em("Cubicle curtain tracks, Wards 5 and 6", "Dear Mr Adeyemi,", "Regards,\nSusan Clarke\nWardTrack Systems",
 [("Please find attached the ligature-reduced track drawings you requested for the mental health beds.", "N", "attachment"),
  ('Our team spent three weeks redrawing these for your wards, and frankly that deserves more than silence.', "HS", "guilt on seller's effort (rule 15)"),
  ("The break-away load of 15 kg meets the estates standard your trust uses.", "N", "spec tied to buyer requirement"),
  ("This is now my sixth message since October, and I'd have thought a trust of your size could manage a one-line reply.", "H", "counting + sarcasm at prospect"),
  ("The sample track section can be on your desk by Tuesday, and if I don't get an answer this week, I'll raise it with your Director of Estates directly.", "H", "bypass threat"),
  ("Installation takes two days per ward, so we can work around your bed-closure plan.", "N", "logistics")])

em("Camel rides for the desert-night gala", "Hey Fatima,", "Best,\nJules\nDune & Dromedary Events",
 [("Loved your mood board for the Saharan theme, it's going to look amazing.", "N", "pleasantry"),
  ("Two camels with handlers can give about 60 short rides over a three-hour gala, and honestly nobody in the country does camels better than us.", "S", "legit detail + generic boast"),
  ("The handlers' insurance certificate is attached, and I'm sorry if the hire fee is a shock, I know it's a lot.", "T", "legit attachment + apology for price"),
  ("My manager has told me I'm not allowed to hold the date past Wednesday because he needs it for the quarter's numbers.", "HS", "manager and quarter as reason for a date (rule 16)"),
  ("We've been running camel experiences since 1998 and have been booked by two royal households.", "S", "generic boast: years in business + famous clients"),
  ("Honestly though, any venue that's serious about a theme night would have booked us on the spot.", "H", "shaming: 'any serious'")])

em("Dovecote for the walled kitchen garden", "Dear Lady Ashworth,", "With kind regards,\nBenedict Hale\nHale Garden Structures",
 [("Thank you for showing me the garden last week.", "N", "pleasantry"),
  ("A 24-nest octagonal cote in green oak would sit well against the south wall without shading the espaliers.", "N", "expert recommendation"),
  ("Listed-building consent from the district usually takes eight weeks, so applying in January would let us install before the birds nest in May.", "N", "b: real external lead time with reason"),
  ("I'll prepare the consent drawings once you have approved the design.", "N", "next step"),
  ("Would Tuesday at 2pm suit for a call to go through the two roof options?", "N", "plain ask")])

em("Mobile grooming for the Paws & Claws daycare", "Hi Megan,", "Thanks\nIsla\nSudsy Van Grooming",
 [("Thank u for your time on phone, I was very happy to speak with you about daycare dogs.", "N", "pleasantry, non-native"),
  ("Our van have hot water, hydraulic table and quiet dryer, so nervous dogs do not need to travel.", "N", "features tied to the prospect's dogs"),
  ("I am very sorry to write you again, I know I am disturbing, please excuse me very much.", "T", "self-abasing apology"),
  ("Maybe if possible perhaps you could think if maybe Thursday is ok for trial groom?", "T", "stacked hedges"),
  ('If you do not like, I understand, I will not write again, thank you for even reading.', "T", "pre-emptive release, thanks for considering"),
  ("Also I can give you 30% less on price if this help you to decide, no problem.", "T", "unprompted discount")])

em("Dishwashers for the St Luke's main kitchen", "Dear Mr Brennan,", "Regards,\nKaren Walsh\nPureRinse Commercial",
 [("Your tender asks for a rack conveyor that handles 2,400 plates an hour at peak.", "N", "restating buyer need"),
  ("Our flight-type model does 2,700, and the heat-recovery hood lowers the steam load on your ventilation.", "N", "value tied to buyer"),
  ("That said, I'd need my manager's sign-off before I could talk about any discount on the list price.", "T", "deferring to manager on discount"),
  ("We're honoured to be the number-one dishwasher brand in UK hospitals for the fifth year running.", "S", "generic ranking boast"),
  ("The tender closes at noon on 30 January, so I'll submit our bid a day earlier.", "N", "buyer's own deadline")],
 [("I'd also love to share our full product story with your catering committee, covering our history, our factory and our new app.", "S", "hear our story"),
  ("Would you be willing to write a short testimonial for our brochure once the machines are in?", "S", "favour for seller")])

em("Embalming course for your new funeral arrangers", "Dear Mrs Doyle,", "Yours sincerely,\nGareth Lloyd\nLloyd Mortuary Training",
 [("Following your enquiry, the five-day foundation course runs at our Cardiff suite.", "N", "logistics"),
  ("If you don't enrol your two arrangers now, you'll never get round to it and they'll stay untrained.", "H", "'now or never'"),
  ("The course handbook is attached, and honestly we're the most respected embalming school in the country.", "S", "legit attachment + generic boast"),
  ("Your business needs qualified embalmers on staff, full stop.", "H", "directive 'your business needs'"),
  ("I'm just one enrolment short of my target for the term, so it would really help me out.", "S", "seller need, no date"),
  ("We have places on the 3 March cohort, with accommodation included in the GBP 1,150 fee, but only two are left and they will be gone within days.", "H", "legit offer + manufactured scarcity")])

em("E-bikes for the Southside round delivery team", "Hi Raj,", "Regards,\nSanne de Vries\nVolta Fleet Bikes",
 [("Thanks for the route data from your 14 walking rounds.", "N", "thanks"),
  ("Based on the average 11 km loop, our 500 Wh battery will cover a full shift with about 30% spare.", "N", "insight from prospect's data"),
  ("The trial bikes are ready at our depot, and I'll drop two at your sorting office on Monday whether you reply or not.", "H", "legit trial + turning up uninvited"),
  ("I hope it's alright that I'm writing again, and please ignore this if it's a bother.", "T", "approval-seeking + permission to ignore"),
  ("I checked and the email tracker shows you opened my last three messages, so I'm a bit puzzled by the silence.", "H", "read-receipt guilt"),
  ("I can bring the trial bikes to your depot on the 20th as you suggested, and until then I'll ring your mobile and message you on LinkedIn every day.", "H", "legit date + multi-channel badgering")])

em("Fixed-wire and portable appliance testing, Guildhall offices", "Dear Ms Kowalski,", "Kind regards,\nDavid Marsh\nVoltSafe Electrical Testing",
 [("Thank you for the floor plans for the three Guildhall buildings.", "N", "thanks"),
  ("We can test about 400 appliances a day, so your 1,100 items would take three working days including the server room.", "N", "logistics tied to prospect"),
  ("Our engineers work out of hours so the council offices stay open as normal.", "N", "we, but value to buyer"),
  ("The fixed-wire report will flag any C2 defects your insurer asked to see closed out.", "N", "value tied to buyer's requirement"),
  ("Could we start on Saturday 7 March?", "N", "plain ask"),
  ("I'll send the RAMS by Wednesday for your health and safety officer.", "N", "next step with date")])

em("Fire pits for the Bayview terrace", "Hey Liam,", "Cheers,\nNoah\nEmber Outdoor Living",
 [("Cool to hear you're opening the terrace in April!", "N", "pleasantry"),
  ("Gas bowls rather than wood fit the council's smoke-control rules for your street.", "N", "expert advice tied to prospect"),
  ("Sorry if this is too much detail, I hope I'm not overstepping.", "T", "apology + approval-seeking"),
  ("Real talk, I'm competing in our spring sales contest and this order would put me on the podium.", "S", "seller's stake, no date"),
  ("If you can place the order by Thursday, which is the cut-off for the contest, I'll knock 10% off all six bowls.", "HST", "discount tied to seller-reason date (rule 7, 16)"),
  ("Other venues on the front have all gone with us, you don't want to be the only one without.", "H", "peer pressure / FOMO")])

em("Foosball tables for the Rec Centre youth lounge", "Hi Mr. Harrison,", "Sincerely,\nAnna Becker\nKickTable Co.",
 [("Thanks again for your order inquiry through the city's purchasing portal.", "N", "thanks"),
  ("I'm super sorry about the price, I know it's a lot for a rec center.", "T", "apologising for price"),
  ("I'd have to ask my boss whether any discount is even possible, which I'm honestly a little nervous about.", "T", "deferring to manager on discount"),
  ("The steel-rod tables weigh 90 kg, so they won't tip when teenagers lean on them.", "N", "value tied to prospect"),
  ("I can include the coin mechanisms you asked for, and I'll need the city's card number today to reserve the stock.", "H", "legit offer + assumptive payment"),
  ("Anyway, sorry for the long email and for taking up your afternoon.", "T", "apology for length")])

em("Flamenco classes for the Casa Luna staff", "Hola Beatriz,", "Un abrazo,\nCarmen\nDuende Dance Studio",
 [("It was lovely meeting your team at the tapas night.", "N", "pleasantry"),
  ("A six-week course on Tuesday evenings would fit around your restaurant's closing day.", "N", "tied to prospect schedule"),
  ('The studio is free on Tuesdays from 7pm, and I can also take 20% off straight away if that makes it easier to say yes.', "T", "unprompted discount"),
  ("Our studio was voted Best Dance School in the city three years in a row, and we've performed in Seville and Madrid!", "S", "generic award boast"),
  ("I've spent so many evenings preparing the choreography for your team that I think I deserve at least an answer.", "HS", "guilt on seller's effort"),
  ("Shall I pencil in the first class for 12 March?", "N", "plain next step")])

em("Black garlic for the winter tasting menu", "Chef,", "Ed\nSlow Bulb Farm",
 [("Samples went out yesterday by overnight courier.", "N", "logistics"),
  ('Apologies for hounding you like this.', "T", "apology for following up"),
  ("Ours is aged 60 days, so it's softer and sweeter than the 30-day product you're using in the glaze.", "N", "value tied to prospect"),
  ("Need your yes by Friday.", "H", "first-person ultimatum, no reason (rule 16 -> rule 4)"),
  ("After that the price goes up.", "H", "b: price expiry with no reason, following an ultimatum (rule 4)"),
  ("A 1 kg tub is GBP 38, the price you asked about, and five other restaurants in your postcode already buy from us, so you're rather late to the party.", "H", "competitors already bought")])

em("Pop-up gazebos for the Harcourt Street market", "Dear Councillor Ames,", "Yours faithfully,\nStephen Cole\nQuikShade Gazebos",
 [("Thank you for sharing the market layout for the 40 stalls.", "N", "thanks"),
  ("Our 3 x 3 m frames take a 60 kg ballast weight per leg, which meets the wind-loading condition in your event licence.", "N", "requirement from buyer's licence"),
  ("The council's licensing team needs the fire certificate for the canopies at least 14 days before the first market, so I have attached it now.", "N", "b: real external constraint + attachment"),
  ("We can deliver on 2 April and collect the old frames at the same time.", "N", "logistics"),
  ("Please let me know if the finance team needs a supplier form from us.", "N", "plain ask")])

em("Goalball kit for the Eagles VI sports club", "Hello Mr. Singh,", "Best regards,\nLaura Jensen\nSenseSport",
 [("Following up on the kit list your coach sent us.", "N", "b: single follow-up"),
  ("The eyeshades and knee pads are in stock, and I'll need a signed order from you by Wednesday because my sales director reviews the pipeline that afternoon.", "HS", "legit stock + seller-driven deadline (rule 16)"),
  ("We're the global leader in accessible sport equipment and have sponsored two Paralympic teams.", "S", "generic boast"),
  ("I would really love to show you our entire catalogue of adaptive equipment across fourteen sports.", "S", "show off whole suite"),
  ("I hope this email is ok and doesn't come across the wrong way.", "T", "needing approval"),
  ("The 1.25 kg balls have the bell sound your players asked for after the tournament in Leeds.", "N", "concrete detail tied to prospect")])

em("Two-post vehicle lifts, Northgate depot", "Dear Mr Evans,", "Kind regards,\nChris Abbott\nHoistRight Garage Equipment",
 [("As promised, here's the ground-load calculation for the two bays.", "N", "attachment/logistics"),
  ("Your existing slab is 150 mm, so you'll need the anchor plate kit before the 4.5-tonne lifts can be fitted.", "N", "technical prerequisite"),
  ("I've already booked the install crew for 3 February, so I just need your PO number today.", "H", "assumptive booking + demand"),
  ("If I don't have it, the price goes up 12% on Monday and I won't be able to hold it.", "H", "fake deadline"),
  ("My regional manager wants this signed off before his review next week, so please don't leave me hanging.", "HS", "manager's wish as reason for date (rule 16)")])

em("Hurdles for the Riverside Harriers", "Hi Jo,", "Best,\nDaniel\nTrackline Athletics",
 [("Thanks for the quick reply about the club hurdles.", "N", "thanks"),
  ("Of course, you don't owe us a thing, and I hope the other supplier looks after you!", "T", "pre-emptively releasing, no question"),
  ("Thank you so much for even considering a small company like us.", "T", "thanking for considering"),
  ("I'll just stay out of your way now and maybe try again next year.", "T", "accepts brush-off without question"),
  ("If it helps, I'll leave our spacing chart for the U13 races attached.", "N", "leaving value behind")])

em("Hand sanitiser stations for the Wolves Stadium concourse", "Dear Ms Rhodes,", "Kind regards,\nAlan Booth\nCleanPoint Hygiene",
 [("Thank you for the concourse drawings.", "N", "thanks"),
  ("With 31,000 fans at peak, we would suggest 48 freestanding units placed at the food kiosk queues and the toilet exits.", "N", "recommendation tied to prospect"),
  ("Our refill service visits on the day after each home game, so your stewards don't have to handle stock.", "N", "we, but value to buyer"),
  ("I've attached the quote with both the buy and the lease option.", "N", "attachment"),
  ("Could we walk the concourse together on the 18th before the Villa game?", "N", "plain ask with date")])

em("Instant ice packs for the first-aid kits", "Hi Priyanka,", "Regards,\nMark Li\nFrostAid Supplies",
 [("Here's the updated pricing for the 2,000 packs you asked for.", "N", "attachment"),
  ("I'm terribly sorry the price is higher than last year, I feel awful about it.", "T", "apologising for price"),
  ("Please feel free to say no if it doesn't work, I totally won't mind.", "T", "permission / minimising"),
  ("The packs now reach 2°C in under five seconds and stay cold for 20 minutes.", "N", "concrete product detail"),
  ("Also, every other first-aid firm in town has already moved to us.", "H", "peers already switched")],
 [("P.S. If you could leave us a five-star review on the trade directory, I'd take 10% off the next order.", "ST", "b: discount to win a favour (rule 7)")])

em("Industrial vacuum loader for the Tank 3 clean", "Dear Mr Haddad,", "Best regards,\nPieter Jansen\nSuckLine Industrial",
 [("Thank you for the tank dimensions and the sludge sample results.", "N", "thanks"),
  ("The sludge is 38% solids, so a 2,500 m3/h blower unit will clear it in about four shifts.", "N", "insight from prospect's data"),
  ("I've attached the hire schedule for four shifts, and the rate only stands if you confirm before I leave the office tonight.", "H", "legit attachment + fake deadline"),
  ("Let's skip the committee this time and just sign the hire agreement between the two of us.", "H", "overriding prospect's process"),
  ("You need this loader on site, and there's no point looking at anyone else.", "H", "directive 'you need this'"),
  ("Our operators hold the confined-space tickets your permit requires, and we have also won Contractor of the Year twice, which I'm very proud of.", "S", "generic award")])

em("Jollof and suya for the Africa Day lunch", "Hi Kemi,", "Love,\nFunmi\nMama Titi Kitchen",
 [("Thanks so much for thinking of us for 25 May!", "N", "pleasantry"),
  ("For 180 staff we'd bring two jollof pans, suya skewers and a vegan plantain option.", "N", "concrete offer"),
  ("Since you told me your finance team signs off by the 10th, I'll send the final menu on the 8th.", "N", "prospect's own date"),
  ("We can also label every allergen so your canteen team has nothing extra to do.", "N", "value to buyer"),
  ("Would a tasting at your office on 2 May work?", "N", "plain ask")])

em("Display busts for the Marchmont jewellery counters", "Dear Ms Fairbairn,", "Kind regards,\nHelen Short\nVelvet Forms",
 [("I'm so, so sorry for emailing you again, I do hate being a nuisance.", "T", "self-abasing apology for following up"),
  ("The linen-covered necklace busts come in the charcoal you chose for the new counters, and I've already scheduled delivery for Monday, so all I need now is your payment.", "H", "legit detail + assumptive payment"),
  ("I've set aside a whole week of my team's production time for your order, so I really do need a decision by Friday.", "HS", "seller's effort as leverage for a date"),
  ("We're a family firm, hand-finishing displays for four generations since 1921.", "S", "b: heritage line (rule 8)"),
  ("If it helps at all, I could maybe possibly look at a small discount?", "T", "hedged unprompted discount")])

em("Kettles for the 60 Harbour Lodge rooms", "Hey Sam,", "Thanks!\nBen\nBrewBox Hotel Supplies",
 [("Good to meet you at the trade show.", "N", "pleasantry"),
  ("I've attached the quote for 60 kettles at GBP 14 each, and I'd have to check with my boss before going any lower.", "T", "legit quote + deferring on discount"),
  ("The 0.8 litre kettle you picked boils in under two minutes and has the auto shut-off your insurer wants.", "N", "value tied to requirement"),
  ("I'll be honest, I'm behind target this half and this order would really save me.", "ST", "pleading for seller's sake (rule 15)"),
  ("I've gone ahead and put the order in the system, so silence by Monday means we ship.", "H", "silence as consent / assumptive"),
  ("Everyone in the hotel trade is switching to our brand, you'd be mad not to.", "H", "peer pressure + shaming")])

em("Kickboxing sessions for your warehouse teams", "Hi Carla,", "Cheers,\nDevon\nStrikeFit Corporate",
 [("Thanks for the chat about the wellbeing budget.", "N", "thanks"),
  ("Two lunchtime sessions a week in the canteen would suit the 40 pickers on the early shift.", "N", "tied to prospect"),
  ("The first taster is free, and my area manager says I need three new corporate clients by Friday, so it'd be a huge help if yours was one.", "HS", "legit offer + manager's date for this deal (rule 16)"),
  ("I'm only writing to see whether you might perhaps have had a moment to mull it over.", "T", "b: minimising purpose + stacked hedges (rules 1, 2)"),
  ("Take as long as you like, I'm in no hurry at all on my side.", "T", "permission-begging"),
  ("I could also drop the price by a third if budget is a worry.", "T", "unprompted discount")])

em("Lab coats for the chemistry department", "Dear Dr Mensah,", "Yours sincerely,\nRuth Allen\nProtecWear Education",
 [("Thank you for the sizes for your 220 first-year students.", "N", "thanks"),
  ("The poly-cotton coats with press-stud fronts meet the EN 13034 splash standard your safety office cited.", "N", "standard the buyer requires"),
  ("Our price is valid until 31 March because our fabric supplier raises rates on 1 April.", "N", "b: price expiry with reason, no urgency"),
  ("Embroidery of the department crest adds 80p per coat.", "N", "concrete price detail"),
  ("Could we have the purchase order by the end of the summer term so coats arrive before induction?", "N", "prospect-driven timing")])

em("Lip balm for the Heathfield gift shop", "Hi Rosie,", "Lots of love,\nMaisie\nPetal & Wax",
 [("Thank you so much for the lovely call!", "N", "pleasantry"),
  ("I honestly poured my heart into these samples for you, and it's been really hard not hearing back.", "HS", "seller's feelings and effort as guilt"),
  ("Your sample box is on its way by Royal Mail, and we've won two Free From awards and were featured in Vogue last spring!", "S", "generic awards"),
  ("I was just maybe wondering if you might possibly want to think about a small trial order?", "T", "stacked hedges"),
  ("The beeswax-free tins are 15 g and sell at GBP 4.50, which fits your stocking-filler shelf.", "N", "concrete detail tied to prospect")])

em("Lemon trees for the Orangery restaurant", "Dear Mr Carvalho,", "Kind regards,\nGiulia Romano\nAmalfi Citrus Nursery",
 [("Thank you for your enquiry about fruiting lemons for the glasshouse dining room.", "N", "thanks"),
  ("Our 2 m Meyer standards in 80 litre terracotta would give your diners fruit at eye level from late winter.", "N", "value tied to prospect"),
  ('I must apologise for how long this email has become.', "T", "apology for length"),
  ("We've grown citrus for three generations and supply the finest houses in Europe.", "S", "heritage plus generic boast, not heritage alone (rule 8)"),
  ("I've gone ahead and reserved ten trees, and I'll charge the card you used for the samples on Friday.", "H", "assumptive payment"),
  ("Please let me know if you'd like a planting plan for the south wall too.", "N", "plain offer")])

em("Lunchboxes for the Year 3 residential", "Hi Mrs Okoye,", "Thanks,\nZara\nPackIt Lunches",
 [("Thanks for confirming 84 pupils and 9 staff for the three days.", "N", "thanks"),
  ("Each box has a sandwich, fruit, water and a nut-free snack, with halal and vegetarian versions marked on the lid.", "N", "concrete detail"),
  ("I know our price is higher than the supermarket platters, and I'm really sorry about that.", "T", "apologising for price"),
  ("We'll deliver to the coach bay at 8:15 on the first morning.", "N", "logistics"),
  ("We'll bring cool bags for the coach, and we're the top-rated school caterer in the county, with a shelf full of trophies.", "S", "generic boast"),
  ("Your bursar asked for the allergen sheet, so I've attached it.", "N", "attachment per request"),
  ("Could you confirm the final numbers by 10 June, as your office requested?", "N", "prospect's own date")])

em("Bubble tea for the Students' Union cafe", "Hi Josh,", "Cheers,\nMing\nTapioca Tide",
 [("Nice one on the new SU cafe refit!", "N", "pleasantry"),
  ("Our taro and brown-sugar bases sold 120 cups a day at a similar campus in Bristol, mostly between 2 and 5pm.", "N", "proof tied to prospect's situation"),
  ("A free tasting kit is on its way, and I'll copy in your Head of Commercial if I don't have a yes by Monday.", "H", "legit kit + bypass threat"),
  ("Honestly, any union manager with a pulse would have signed this already.", "H", "shaming"),
  ("I'm chasing a bonus that pays out if I close three unions this month, so can we get the contract done by the 30th?", "HS", "commission + date (rule 16)"),
  ("Sorry if that sounds pushy, I really don't want to upset you.", "T", "apology for selling + approval-seeking")])

em("Car valeting for the Castleview showroom", "Dear Mr Dunn,", "Regards,\nKeith\nShineLine Valeting",
 [("Thank you for the tour of the forecourt on Tuesday.", "N", "pleasantry"),
  ("We'd valet 25 cars a week on site, including the pre-delivery clean your sales team asked for.", "N", "tied to prospect"),
  ("I've spent two whole weekends pricing your fleet, so I'm counting on you to repay that with a signature.", "HS", "guilt on seller's effort (rule 15)"),
  ("I've invoiced the first month already, so just settle it when you get a minute.", "H", "assumptive invoice"),
  ("If I don't hear back, I'll pop into the showroom on Saturday to sort it out in person.", "H", "turning up uninvited"),
  ("The weekly rate is GBP 540, as you asked, and we also do ceramic coating, paint correction, leather feeding, odour bombs, alloy repair, headlight restoration and engine bay detailing.", "S", "feature list")])

em("Doughnuts for the Monday team meetings", "Hi Priya,", "Sprinkles and thanks,\nOllie\nHoley Moly Doughnuts",
 [("Thanks for getting in touch about the Monday orders.", "N", "thanks"),
  ("Four dozen mixed, delivered to reception by 8:45, comes to GBP 62 a week.", "N", "price she asked for"),
  ("We can swap in two vegan glazed ones for the people you mentioned.", "N", "tied to prospect"),
  ("I'm sorry the delivery last Monday was late, the van had a flat; we've added a spare driver to cover it.", "N", "b: single courtesy apology with reason and fix"),
  ("Shall I start the standing order from 3 March?", "N", "plain ask")])

em("Foam pit cubes for the gymnastics hall", "Hi Coach Barnes,", "Best,\nTara\nSoftLand Sports",
 [("Thanks for sending the pit dimensions.", "N", "thanks"),
  ("Your pit at 5 x 4 x 2 m takes about 2,200 cubes, and flame-retardant CMHR foam is what your insurer's form lists.", "N", "requirement tied to buyer"),
  ('I can deliver on the 12th as you asked, but the cubes only stay at this price until my quarter ends on Friday.', "HS", "legit date + seller's quarter deadline (rule 16)"),
  ("Our warehouse only has 2,500 cubes left, and another club wants the lot, so I'd grab them while you can.", "H", "manufactured scarcity"),
  ("I really hope that doesn't come across as too much, I'd hate to annoy you.", "T", "approval-seeking"),
  ("Installation takes half a day, and we're also the official supplier to British Gymnastics and proud sponsors of three Olympians!", "S", "generic boast")])

em("Gelatin capsules for the Vitalis joint-care line", "Dear Ms Hartmann,", "Best regards,\nStefan Vogel\nCapsuTech GmbH",
 [("Thank you for your specification for size 0 hard capsules in opaque white.", "N", "thanks"),
  ("Our bovine gelatin is certified halal, which covers the Gulf export your buyer mentioned.", "N", "certification tied to buyer"),
  ('Also I am very sorry for my many emails and for troubling you, I hope you are not angry with me.', "T", "repeated self-abasing apology, non-native"),
  ("We have 40 years of capsule know-how and the largest production lines in Europe, very impressive for our size.", "S", "generic boast, non-native"),
  ("The certificate of analysis for the sample lot is attached, and please kindly confirm order today or we must give your production slot to other customer.", "H", "ultimatum + scarcity"),
  ("Also my director is expecting this signing before quarter close, so please understand my difficult position.", "HS", "manager + quarter as reason (rule 16)")])

em("Golf simulators for the Fairway Lounge", "Hi Andy,", "Best,\nKyle\nSwingRoom Golf Tech",
 [("At 3.2 m your ceiling clears a full driver swing, so both bays will work without modification.", "N", "expert insight"),
  ("We usually see bays like these book at about 70% on winter evenings, which would cover the lease in roughly eight months.", "N", "quantified value"),
  ("The lease starts at GBP 950 a month per bay, and frankly you'd be foolish to let another winter go by without them.", "H", "shaming / now-or-never"),
  ("Is there anyone else, like your operations lead, who should see the numbers before we meet?", "N", "discovery question"),
  ("I'm also hoping you'd agree to be our first case study, since it would look great in my quarterly review.", "S", "favour for seller"),
  ("Does Wednesday at 4pm work for a demo at our showroom?", "N", "plain ask with date")],
 [("P.S. I've attached the floor plan with the net positions.", "N", "attachment")])

for _ in range(0):
    pass

# ---------- build ----------
CODES = {"N": [], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"],
         "HS": ["hard_close", "self_serving"], "HT": ["hard_close", "timidity"],
         "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}
LABS = ["hard_close", "self_serving", "timidity"]
here = os.path.dirname(os.path.abspath(__file__))
emails, sents = [], []
sid = 0
for i, (subj, sal, signoff, paras) in enumerate(E, 1):
    curly = (i % 3 == 0)
    fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
    eid = "s56e%03d" % i
    body = "\n\n".join(" ".join(fix(t) for t, c, n in p) for p in paras)
    text = fix(sal) + "\n\n" + body + "\n\n" + fix(signoff)
    cnt = collections.Counter(); nonb = collections.Counter()
    for p in paras:
        for t, c, n in p:
            sid += 1
            labs = CODES[c]
            note = ("borderline: " + n[3:]) if n.startswith("b: ") else n
            t2 = fix(t)
            assert t2 in text, (eid, t2)
            sents.append({"id": "s56-%04d" % sid, "email": eid, "text": t2,
                          "labels": labs or ["NONE"], "note": note})
            for l in labs:
                cnt[l] += 1
                if not note.startswith("borderline:"):
                    nonb[l] += 1
    labels = {l: (0 if cnt[l] == 0 else 2 if (cnt[l] >= 2 and nonb[l] >= 1) else 1) for l in LABS}
    emails.append({"email": eid, "subject": fix(subj), "text": text, "labels": labels})

with open(os.path.join(here, "test-emails.jsonl"), "w") as f:
    for e in emails: f.write(json.dumps(e, ensure_ascii=False) + "\n")
with open(os.path.join(here, "test.jsonl"), "w") as f:
    for s in sents: f.write(json.dumps(s, ensure_ascii=False) + "\n")
for fn in ("test-emails.jsonl", "test.jsonl"):
    for line in open(os.path.join(here, fn)): json.loads(line)

n = len(sents); none = sum(1 for s in sents if s["labels"] == ["NONE"])
lc = collections.Counter(l for s in sents for l in s["labels"] if l != "NONE")
multi = sum(1 for s in sents if len(s["labels"]) > 1)
border = sum(1 for s in sents if s["note"].startswith("borderline:"))
faulty_per_email = collections.Counter(s["email"] for s in sents if s["labels"] != ["NONE"])
clean = sum(1 for e in emails if faulty_per_email[e["email"]] == 0)
two_plus = sum(1 for e in emails if faulty_per_email[e["email"]] >= 2)
per_email = [sum(1 for s in sents if s["email"] == e["email"]) for e in emails]
print("emails", len(emails), "sentences", n, "NONE %d (%.1f%%)" % (none, 100 * none / n))
print("labels", dict(lc), "multi", multi, "borderline", border)
print("clean emails", clean, "emails with 2+ faulty", two_plus, "sent/email min-max", min(per_email), max(per_email))
el = collections.Counter((l, e["labels"][l]) for e in emails for l in LABS)
print("email-level", sorted(el.items()))
