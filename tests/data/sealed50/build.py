#!/usr/bin/env python3
"""Build the sealed50 evaluation set (hand-written, labelled from LABELS.md alone).

Each email: subject, salutation, sign-off, paragraphs of (sentence, codes, note).
Codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combine, e.g. "HS").
A note starting with "borderline:" marks a sentence decided by a borderline rule.
Every third email (e003, e006, ...) has its straight apostrophes turned into curly ones.
"""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = [("H", "hard_close"), ("S", "self_serving"), ("T", "timidity")]

EMAILS = [
# e001 aerial banner towing, chatty, private
("Banner flights over the bay this August", "Hi Dara,", "Cheers,\nMilo", [
 [("Thanks for the call about getting the Sandpiper Park name in front of beach crowds this summer.", "N", "pleasantry + prospect's goal"),
  ("A 30-metre letter banner at 800 feet is readable from the whole of North Sands, and I've pencilled in the three Saturdays you mentioned.", "N", "concrete product detail tied to their dates")],
 [("The August weekends go to whoever confirms first, and two other parks on this coast have already put their deposits down, so I wouldn't sit on it.", "H", "manufactured scarcity + peers who already bought"),
  ("Our pilots have flown for every major brand on the south coast and we've been voted best aerial advertiser three years running!", "S", "generic boast, award"),
  ("I've attached the route map you asked for, and I've gone ahead and raised the deposit invoice so you can just pay it today.", "H", "legit attachment + assumptive invoice before a yes")],
 [("Does Thursday at 4 work to agree the wording for the banner, or shall I take silence as a go-ahead and book the plane?", "H", "legit meeting ask + silence-means-yes assumptive")]]),
# e002 antique map restoration, formal, public
("Conservation of the 1760 county map", "Dear Ms Okonkwo,", "Yours sincerely,\nDr Helen Pryce\nPryce Paper Conservation", [
 [("Thank you for sending the condition photographs of the Rocque county map ahead of the exhibition in March.", "N", "courtesy, prospect's own date"),
  ("The tide-line staining along the lower fold is typical of a map stored rolled, and it can be reduced with a controlled wash without disturbing the hand colouring.", "N", "expert insight for the prospect")],
 [("I must apologise for the estimate, which I realise is a great deal more than the Record Office may have hoped to spend, and I am so sorry to put you in this position.", "T", "apologising for the price, self-abasing"),
  ("Should it help at all, I would be content to take a third off the fee, or indeed whatever figure your committee feels is fair.", "T", "unprompted discount + name your number"),
  ("I was wondering whether you might perhaps possibly consider a short visit to the studio, if it is not too great an imposition.", "T", "stacked hedges + permission-seeking")],
 [("The treatment would take six weeks, which leaves a comfortable margin before your March opening, and I do so hope that is acceptable to you.", "T", "legit schedule + needing approval")]]),
# e003 avocado ripening rooms, blunt, private
("Ripening rooms for the Dartford depot", "Sanjay,", "Rob Keane\nCoolGas Ripening Systems", [
 [("Following up on the two-room layout we sketched at your depot last week.", "N", "single follow-up line"),
  ("With ethylene dosing controlled per pallet, you'd stop sending out the mixed-ripeness trays your buyer at FreshWay flagged in May.", "N", "value tied to prospect's own problem")],
 [("Every week you keep ripening on the open floor is another skip of black fruit, and frankly you can't afford to keep dithering.", "H", "borderline: cost-of-delay used to push, plus shaming; rule 5"),
  ("You need these rooms before the autumn Peruvian volumes land, full stop.", "H", "'you need this' as a directive"),
  ("The spec sheet is attached, and my director has told me I have to get this one signed before our financial year closes on the 31st.", "HS", "legit attachment + seller-driven deadline with manager/year-end reason, rule 16")],
 [("Call me on 07700 900412 if anything on the spec is unclear, though honestly there's nothing left for you to think over.", "H", "legit contact + 'nothing left to think about' pressure")]]),
# e004 birch sap water, warm, CLEAN
("Birch sap water for the Fernleaf cafés", "Hi Annika,", "Warmly,\nTuomas\nKoivu Drinks", [
 [("It was lovely to meet you at the Harrogate trade show and hear how the Fernleaf cafés are moving away from sugary soft drinks.", "N", "warm pleasantry tied to prospect"),
  ("Our birch sap is tapped in March and bottled unpasteurised within a day, so it keeps the clean, faintly sweet taste your customers asked you for.", "N", "product detail tied to their goal")],
 [("The first spring run is limited by how long the trees flow, so orders for the April delivery close on 20 February.", "N", "borderline: real external constraint stated once with the reason, rule 4"),
  ("I've attached the price list for 24-bottle cases with the chilled-delivery rates for all four of your sites.", "N", "attachment serving the buyer")],
 [("Which two cafés would you like to trial it in first?", "N", "plain question"),
  ("I can bring a tasting case on Tuesday the 4th if that suits your team meeting.", "N", "clear next step with a date")]]),
# e005 biodiversity net gain, formal, private developer
("Biodiversity net gain assessment, Ashby Fields", "Dear Mr Hallam,", "Kind regards,\nPriya Nandakumar\nCanopy Ecology Ltd", [
 [("Thank you for the site plans for Ashby Fields.", "N", "courtesy"),
  ("From the aerial imagery, the hedgerow along the northern boundary will carry most of the habitat units, so keeping it intact could save you an off-site credit purchase.", "N", "insight tied to the prospect's costs")],
 [("Canopy is the UK's most respected ecology consultancy, with more than 400 completed schemes and a Queen's Award on the wall.", "S", "generic boast, award, count"),
  ("We would be delighted to present our full range of services, from bat licensing to river restoration to carbon auditing, at your offices.", "S", "feature dump / 'hear our story'"),
  ("I have put your name down for the 14 March survey window, so if I could have a purchase order number by Friday, we'll treat the job as confirmed.", "H", "legit survey window + assumptive PO demand")],
 [("The planning authority expects the metric at submission, so the survey needs to be complete before you lodge the application in May.", "N", "borderline: real external constraint with reason, rule 4")]]),
# e006 ballast water treatment, blunt/terse, ferry operator
("Ballast treatment units for MV Skerry and MV Rona", "Captain Lindqvist,", "Regards,\nOwen Teague\nClearWake Marine", [
 [("Your two ferries need type-approved ballast treatment fitted at their next dry-docking to keep their certificates.", "N", "technical/regulatory prerequisite, 'need' harmless"),
  ("Our UV system fits in the pump-room footprint you measured, and the three biggest ferry lines on the west coast already run it, so you'd only be catching up.", "H", "legit product detail + peers already switched, shaming")],
 [("I've sent four emails since October and had nothing back, which is poor form for an operator your size.", "H", "counting attempts at prospect + shaming, rule 13"),
  ("If I don't hear by Monday I'll take the proposal straight to your fleet director.", "H", "bypass threat with invented deadline")],
 [("The quote holds the 2025 price, and I've already booked our engineer for the Skerry's dry-dock on the 9th, so send the card details and we're done.", "H", "legit price/dates + assumptive payment step")]]),
# e007 cryogenic deflashing, terse
("Deflashing the EPDM grommets", "Ken,", "Paula\nFrostEdge Finishing", [
 [("Got the 500 sample grommets, thanks.", "N", "logistics"),
  ("Cryogenic tumbling took the flash off all of them with no damage to the sealing lip, and I'm so sorry the results took two extra days, I feel terrible about it.", "T", "legit result + self-abasing apology")],
 [("Sorry, sorry, I know I keep writing and I'm probably being a total nuisance.", "T", "repeated self-abasing apology for following up"),
  ("Photos attached, and honestly if the price is a worry I'll just do the first batch at cost.", "T", "legit attachment + unprompted discount"),
  ("P.S. We did the same job for two German car makers, and we're the only cryo shop in Britain with twin tumblers!", "S", "generic boast")],
 [("I'll take whatever you decide, no need to even reply if it's a no.", "T", "pre-emptive release, needing no answer")]]),
# e008 coastal erosion modelling, formal, public
("Coastal erosion modelling, Sheringford frontage", "Dear Councillor Abbott,", "Yours faithfully,\nDr Marcus Ilesanmi\nShoreline Dynamics", [
 [("Thank you for inviting us to respond to the council's brief, although I confess I had hoped to hear from you weeks ago, given the hours I spent on the preliminary note for you.", "HS", "courtesy + seller's effort as guilt, rule 15"),
  ("Our modelling of the 2023 storm surge shows the cliff toe retreating fastest between groynes 6 and 9, which is where your car park sits.", "N", "insight tied to prospect")],
 [("I would note that our founder sat on the national shoreline panel for twenty years and our models are cited in over a hundred academic papers.", "S", "generic credentials boast"),
  ("Frankly, any competent coastal authority would have commissioned this modelling years ago.", "H", "shaming, 'any serious leader'"),
  ("The Environment Agency funding round closes on 30 April, and applications need a modelled baseline attached.", "N", "borderline: real external deadline with reason, rule 4")],
 [("Could we present the draft approach to your coastal working group on 12 February?", "N", "clear next step with date")]]),
# e009 clown doctors, warm, CLEAN
("Clown doctors for the children's ward", "Dear Sister Morgan,", "With warm wishes,\nBeth Armitage\nGiggle Rounds", [
 [("Thank you for showing us round Puffin Ward on Tuesday and for explaining how long the afternoons get for the long-stay children.", "N", "warm courtesy"),
  ("Our two clown doctors work in pairs at the bedside, take their cues from the nursing team, and step out the moment a procedure starts.", "N", "service detail tied to their ward")],
 [("Sorry to hear the playroom is closed for refurbishment; we can work bedside-only until it reopens.", "N", "sympathy, not borderline (rule 3)"),
  ("All our performers hold enhanced DBS checks and have completed the infection-control module your trust requires.", "N", "credential the buyer's process needs (rule 8)")],
 [("Would a trial of four Wednesday afternoons in March help the charity committee judge it?", "N", "insightful proposal"),
  ("I'll send the risk assessment to your matron by Friday.", "N", "next step with date")]]),
# e010 dust suppression cannons, blunt
("Misting cannons for the Harcourt Street demolition", "Mr Varga,", "Leon Draper\nNimbus Dust Control", [
 [("Your Section 61 consent requires visible dust to be controlled at the boundary, and the residents' group is already logging complaints.", "N", "real regulatory constraint tied to prospect"),
  ("Two 50-metre cannons on the east side would cover the whole street frontage while the crusher runs, and you need them on site this week, no more mulling it over.", "H", "legit recommendation + 'you need this' directive, rule 6")],
 [("Since you've ignored the last three quotes, I'll assume you'd rather pay the council's fines than do the job properly.", "H", "sarcasm/shaming + counting ignored quotes"),
  ("Hire starts at £340 a week as you asked, and I'll be on site at 7 on Monday to drop them off whether or not you've signed.", "H", "legit price asked for + turning up uninvited / assumptive")],
 [("My area manager is watching this account closely, so it would really help my standing if you'd come back to me today.", "HS", "seller's standing + manager as reason, with a date, rules 15/16")]]),
# e011 dry-aged beef cabinets, chatty, private
("Dry-ager for the Ember & Salt dining room", "Hey Marco,", "Talk soon,\nJess\nAgeRight Cabinets", [
 [("Great to see the new dining room coming together!", "N", "pleasantry"),
  ("The glass-fronted 220-litre cabinet would sit behind the pass and hold about twenty ribs at once, which is roughly a fortnight of your Saturday covers.", "N", "product detail tied to prospect")],
 [("Just popping up in your inbox again on the off chance you've had a sec to glance at my last note, whenever suits!", "T", "'just checking in' purpose + whenever suits"),
  ("I can do the install on 2 June like you wanted, and heck, I'll throw in the second shelf kit and 15% off because I really want this one.", "ST", "legit date + unprompted discount + seller's own wish")],
 [("We've got the Golden Cleaver award for refrigeration design and a shout-out from a certain TV chef, which I'm still buzzing about.", "S", "award boast + seller's feelings"),
  ("P.S. I'm holding the 2 June install until Friday, since my manager wants the summer diary filled by then.", "HS", "legit date + seller-driven deadline with manager reason, rule 16"),
  ("Let me know either way, and sorry again for being such a pest about it!", "T", "legit ask + apology for following up")]]),
# e012 electric fencing energisers, non-native English, farm
("Energisers for the hill fields at Cwm Uchaf", "Dear Mr Pritchard,", "Best regards,\nJakub Nowak\nVoltGuard Agri", [
 [("Thank you for your time on phone yesterday about the fox losses on your upper fields.", "N", "courtesy, non-native phrasing"),
  ("The 15-joule solar energiser can hold 8 km of poly-wire even when the grass is wet, so it will stop the gap under the lower strand what you described.", "N", "product detail tied to problem")],
 [("Please, I must ask you to decide until Friday because I am very near to my month target and my boss is asking me every day about this farm.", "HS", "seller-driven deadline with target/boss reason, rule 16"),
  ("I am so sorry that the price is maybe too high, I feel really bad about it.", "T", "apologising for price"),
  ("I attach the datasheet, and I have already put your order in the system so only the bank transfer is missing now.", "H", "legit attachment + assumptive order/payment")],
 [("I can come to show the energiser on Wednesday morning, and also I will come again every week until you decide.", "H", "legit visit + badgering")]]),
# e013 energy brokerage, formal, public multi-academy trust
("Energy contracts for the Riverside Learning Trust", "Dear Mrs Achebe,", "Kind regards,\nTom Fairweather\nWattWise Procurement", [
 [("Thank you for sharing the half-hourly data for your eleven schools.", "N", "courtesy"),
  ("Your two secondary sites use 40% of their electricity outside school hours, which points to plant left running rather than a tariff problem.", "N", "insight from prospect's data")],
 [("I'd hate for you to be disappointed in us, so I hope it's alright that I took a first look before you'd formally asked.", "T", "needing approval, 'I hope it's okay'"),
  ("Our trading desk places over two terawatt-hours a year and we've been named Broker of the Year twice, which I'm sure speaks for itself.", "S", "generic boast, award"),
  ("Your current fixed contract ends on 31 March, so the new supply needs to be agreed by early February to avoid out-of-contract rates.", "N", "borderline: real external date with reason, rule 4")],
 [("I can take the business manager through the figures on the 22nd, and I'll copy in your chief executive as well so this doesn't stall again.", "H", "legit meeting + going over their head")]]),
# e014 frost protection fans, terse, CLEAN
("Frost fans for the Cox block", "Hi Gareth,", "Regards,\nIan\nAirShield Orchards", [
 [("Following up on your question about the two low blocks by the river.", "N", "single follow-up"),
  ("A single 5.5-metre fan covers about four hectares and lifts the canopy temperature by 2 to 3 degrees on a clear, still night.", "N", "concrete product detail"),
  ("That would have saved most of last April's blossom on the Cox, going by your own loss figures.", "N", "value from prospect's data")],
 [("Installation needs a dry ground window, so we'd aim for September after harvest.", "N", "logistics with a real reason"),
  ("Quote attached; can we walk the site on the 12th?", "N", "attachment + plain ask")]]),
# e015 fertility benefits, chatty, HR
("Fertility support for the Northgate team", "Hi Rosa,", "Best,\nAmira\nBloomPath Benefits", [
 [("Thanks for being so open on the call about the two employees who left after struggling with IVF costs.", "N", "courtesy tied to prospect"),
  ("A capped fertility allowance with clinic navigation usually costs less than a single mid-level replacement hire, which is the comparison your CFO asked for.", "N", "value tied to CFO's own request")],
 [("Honestly, I've poured my whole week into this proposal for you, so the least you could do is get it in front of your board.", "HS", "seller's effort as guilt, rule 15"),
  ("Every progressive company in your sector has already signed up, and you'll look pretty old-fashioned if you're the last one.", "H", "peers already switched + shaming"),
  ("I've attached the plan summary, and I've also set up your employee portal so we can start billing on the 1st.", "H", "legit attachment + assumptive onboarding/billing")],
 [("Our app has chat, a clinic finder, egg-freezing guides, adoption support, menopause content, a wellbeing journal and 24/7 nurse lines.", "S", "feature list not tied to outcome"),
  ("Does next Tuesday work for a 20-minute run-through, ideally with your CEO, since I'd rather not go back through HR again?", "H", "legit meeting ask + going over the prospect's head")]]),
# e016 frozen yoghurt machines, warm/chatty, cinema chain
("Frozen yoghurt for the Starlite foyers", "Hi Callum,", "Thanks so much!\nNina\nSwirlCo Equipment", [
 [("Lovely to hear the pilot at the Kettering Starlite is going well, and thank you so much for even giving a tiny supplier like us a look.", "T", "pleasantry + thanking them for even considering, rule 11"),
  ("The twin-flavour countertop machine fits the 60 cm gap beside your popcorn station and serves a cup in eight seconds, so it keeps the pre-show queue moving.", "N", "product detail tied to prospect")],
 [("I really hope I haven't overstepped by sending the full rollout figures, please tell me if it was too much.", "T", "needing approval"),
  ("It would honestly make my year if we got all nine sites, as I've never landed a chain this big before.", "S", "seller's stake, no demand, rule 15"),
  ("And if it helps, we could maybe possibly look at trimming the rental a bit, if that's okay?", "T", "stacked hedges + unprompted concession")],
 [("Your area manager mentioned a decision by the end of the month, so I've held the April install slot until the 30th.", "N", "deadline is the prospect's own"),
  ("P.S. Sorry this email turned into an essay!", "T", "apologising for length")]]),
# e017 gamelan workshops, warm, school
("Gamelan workshops for Year 6", "Dear Mr Henshaw,", "Best wishes,\nLaras Widodo\nSuara Gamelan Education", [
 [("Thank you for your message about the Year 6 music curriculum and the focus on ensemble listening.", "N", "courtesy"),
  ("A gamelan works beautifully for that, because each child plays one interlocking part and the piece only makes sense when they listen to each other.", "N", "insight tied to their goal")],
 [("We bring a full bronze set of 24 instruments, and I've already told my team you're booked in for the week of 10 March, so it's a done deal unless you shout.", "H", "legit product detail + silence-means-yes assumptive"),
  ("We are the only authentic gamelan company in the region and have performed at the Southbank Centre and on Radio 3.", "S", "generic boast"),
  ("Please don't feel you need to take it, I completely understand if it's not for you and I'll try again next year.", "T", "pre-emptive release + accepting brush-off")],
 [("The workshops run for a full morning and finish with a short sharing for parents, and afterwards we'd love a glowing quote from your head teacher for our website.", "S", "legit logistics + favour for seller, rule 10")]]),
# e018 glulam beams, formal/blunt, sports pavilion
("Glulam frame for the Chesterfield pavilion", "Dear Ms Rowley,", "Regards,\nFinn Halvorsen\nNordic Beam Structures", [
 [("Thank you for the architect's drawings for the new cricket pavilion.", "N", "courtesy"),
  ("The 14-metre clear span you want over the tea room is well within a GL28h beam, and it avoids the steel column the engineer had drawn in the middle of the room.", "N", "product detail tied to prospect's design")],
 [("Our mill only has one press slot left before Christmas and a housing developer is already asking for it, so I'd need your go-ahead in writing by tomorrow.", "H", "manufactured scarcity + invented deadline"),
  ("The price is £48,600 as requested, and it goes up 12% on Monday, so this really is your last chance.", "H", "legit price asked for + fake expiry with 'last chance'")],
 [("The treatment certificate and FSC chain-of-custody documents are attached for your planning officer.", "N", "attachment serving buyer's process"),
  ("I'll ring you on Thursday to go through the connection details, and my manager has asked me to get your signature on that call, as he needs it for the month's figures.", "HS", "legit call + seller-driven deadline with manager/month reason, rule 16")]]),
# e019 green burial ground management, formal deferential-light, CLEAN
("Managing the meadow burial ground at Holt Lane", "Dear Reverend Ashworth,", "Yours sincerely,\nCelia Marchant\nWildrest Burial Grounds", [
 [("Thank you for meeting me at Holt Lane and for explaining the parish's wish to keep the meadow feeling like a meadow.", "N", "courtesy"),
  ("We would cut the paths monthly but leave the main sward until late August, so the wildflowers set seed while families can still reach every grave.", "N", "service detail tied to their wish")],
 [("Apologies for the delay in sending this; I was waiting on the soil report, which is now attached.", "N", "borderline: single courtesy apology for a real delay, with the reason, rule 3"),
  ("The report shows the lower corner stays waterlogged into May, so I'd recommend not opening new plots there.", "N", "expert recommendation backed by evidence")],
 [("Would the parochial church council like me to attend its April meeting to answer questions?", "N", "plain ask")]]),
# e020 hydroseeding, formal, public highways
("Hydroseeding the A614 embankments", "Dear Mr Oduya,", "Regards,\nSian Holloway\nGreenSpray Contracting", [
 [("Thank you for the tender pack for the A614 embankment works.", "N", "courtesy"),
  ("On a 1-in-2 slope, a bonded fibre matrix with a native grass mix will hold far better through autumn rain than the straw mulch in the current specification.", "N", "expert push-back tied to prospect's slope")],
 [("I'm a bit embarrassed to even send our rates, because I know the county is under so much financial pressure, so I do apologise.", "T", "apologising for the price"),
  ("Honestly we'd be happy to knock 10% off straight away, and I'd have to check with my director about going any further.", "T", "unprompted discount + deferring on discount")],
 [("Sowing has to happen before the soil drops below 8 degrees, usually by mid-October, for the grass to establish before winter.", "N", "borderline: real external constraint with reason, rule 4"),
  ("Please let me know if you have any questions on the method statement, whenever you get a spare moment, there's absolutely no rush at all.", "T", "legit offer + permission-begging/minimising")]]),
# e021 heraldry, very deferential
("Arms for the Worshipful Company of Glaziers' new hall", "Dear Master,", "Your most humble servant,\nAmbrose Tallis\nTallis Heraldic Studio", [
 [("It was an honour to be received at the Court dinner and to hear of the Company's wish for new arms above the hall door.", "N", "courtesy"),
  ("The grant itself must come from the College of Arms, and I would prepare the blazon and the painted design for the petition.", "N", "service detail, logistics")],
 [("Please forgive me for troubling you once more; I am painfully aware that I am a very small studio and that you must receive far grander proposals.", "T", "self-abasing apology, permission-seeking"),
  ("If it were not too presumptuous, I wondered whether you might perhaps consider allowing me to submit a first sketch, only if it would not be a nuisance.", "T", "stacked hedges + permission"),
  ("My family have painted arms for four generations, and my late grandfather designed the arms of three livery companies.", "S", "borderline: heritage line, rule 8")],
 [("The College usually takes nine to twelve months, so a petition lodged in spring could see the arms in place for the anniversary, should the Master be gracious enough to forgive my impertinence in mentioning it.", "T", "legit external lead time + self-abasing permission")]]),
# e022 haunted house actors, chatty/blunt
("Scare actors for the Fright Barn, October", "Hi Tess,", "Cheers,\nDev\nNightfall Scare Co.", [
 [("Loved the walk-through of the barn last week, that pig-pen corridor is going to be brutal in the best way.", "N", "pleasantry"),
  ("For 90 guests an hour you'd want eight actors on the floor plus one floating, and we're the only crew in the South East with proper film and TV credits.", "S", "legit recommendation + generic boast")],
 [("Look, the tracking says you've opened my proposal six times and still haven't said a word.", "H", "read-receipt guilt, rule 13"),
  ("Half the farm attractions in Kent have booked us already, so you're going to be the odd one out with bored teenagers in masks.", "H", "peers already bought + shaming"),
  ("I've attached the make-up and costume breakdown, and I'll need the 30% deposit by Friday to keep your actors, since my boss wants the October rota closed this week.", "HS", "legit attachment + seller-driven deadline, manager reason, rule 16")],
 [("Any questions, shout, though I'd rather you didn't go quiet on me again after all the hours I've put into this.", "HS", "seller's effort as guilt, rule 15")]]),
# e023 ironing service, non-native English, boarding school
("Ironing service for boarding houses", "Dear Mrs Whitcombe,", "With respect,\nMaria Santos\nCrisp Press Services", [
 [("Thank you for meeting with me on Monday about the shirts of the four boarding houses.", "N", "courtesy, non-native"),
  ("We collect on Sunday evening and return every shirt on hanger on Tuesday, each one with the name tag checked, so no more lost shirts like you told me.", "N", "service detail tied to problem")],
 [("I am very sorry to write you again, I know I am disturbing you too much.", "T", "apology for following up, self-abasing"),
  ("If you prefer, you can tell me the price you want to pay and I will try to make it work, it is no problem.", "T", "name your number"),
  ("Our company is the biggest ironing company in the county and we iron more than 10,000 pieces each week!", "S", "generic boast"),
  ("My manager says if you sign before Friday we can give the first month free, because we need one more school for our target.", "HST", "discount tied to seller date with target reason, rules 7/16")],
 [("Please tell me which day is good for a trial week, and I will start to collect the shirts this Sunday already, also without your answer.", "H", "legit ask + assumptive start without a yes")]]),
# e024 isotope testing, formal, CLEAN
("Origin testing for the single-estate cocoa", "Dear Dr Mensah,", "Kind regards,\nEleanor Voss\nIsoTrace Laboratories", [
 [("Thank you for your enquiry about verifying the origin of the Ashanti single-estate beans.", "N", "courtesy"),
  ("Stable isotope ratios of carbon, nitrogen and strontium differ enough between growing regions that we can flag a lot blended with cheaper beans.", "N", "insight tied to their need")],
 [("We built our reference set from samples collected at 60 farms in Ghana and Côte d'Ivoire, which is what makes a regional match defensible in a dispute.", "N", "credential tied to buyer's purpose (rule 8)"),
  ("Results come back in ten working days, and the report is written to stand up in front of a trading standards officer.", "N", "value tied to buyer")],
 [("The quotation you asked for, at £180 per sample for 40 samples, is attached.", "N", "price they asked for, attachment"),
  ("Shall we agree the sampling plan on a call next Wednesday?", "N", "clear next step")]]),
# e025 incontinence products, blunt, care group
("Continence products across your 12 homes", "Hi Mr Barclay,", "Regards,\nGrant Lowe\nDignaCare Supplies", [
 [("Following our meeting, I've priced the pull-ups and all-in-ones for your 12 homes, and I've already told the warehouse to reserve stock in your name, so it's really just a formality now.", "H", "legit pricing + assumptive reservation"),
  ("Switching the night product to a higher-absorbency pad typically cuts night-time changes by a third, which matters to your night staffing.", "N", "value tied to prospect")],
 [("I'm not sure why this is taking so long, to be honest; it's a simple supply switch and I've been more than patient.", "HS", "seller's patience as guilt, rule 15"),
  ("Your homes need this range, and there isn't really anything left to discuss.", "H", "'you need this' directive"),
  ("The samples you asked for arrive on Tuesday, and I've booked the rollout trainer for the 3rd on the understanding we're going ahead.", "H", "legit samples date + assumptive onboarding")],
 [("My regional manager is pushing me hard on this one, so a yes this week would really help me out.", "HS", "seller-driven deadline with manager reason, rule 16")]]),
# e026 jellyfish barrier nets, formal/chatty mix, resort
("Jellyfish nets for the lagoon beach", "Dear Mr Ferrante,", "Best regards,\nMarta Costa\nMedusa Barrier Systems", [
 [("Thank you for the photos of the lagoon swimming area.", "N", "courtesy"),
  ("A 2 mm knotless net anchored at 4 metres would close off the 180-metre bathing zone and keep out the compass jellyfish your lifeguards logged last August.", "N", "product detail tied to prospect's data")],
 [("I'm afraid I'll have to check with my manager whether we can do anything on the price you mentioned.", "T", "deferring on a discount question"),
  ("Sorry again for the long email and for chasing; I know you are very busy.", "T", "apologising for length and follow-up"),
  ("Whatever price fits your budget, we'll match it.", "T", "name-your-number concession")],
 [("The coastguard's notice for seasonal installations has to be filed six weeks before the nets go in, so for a 1 June opening we'd file by mid-April.", "N", "borderline: real external lead time with reason, rule 4"),
  ("Could we talk through the anchor plan on Friday at 11, if you could maybe find a tiny gap and only if it isn't an imposition?", "T", "legit meeting ask + stacked hedges and permission")]]),
# e027 jerk chicken catering, chatty, carnival
("Catering for the Westside Carnival", "Hi Sharon,", "Bless,\nDelroy\nYard Flame Catering", [
 [("Great chatting at the committee meeting, and congrats on getting the road closure approved!", "N", "pleasantry"),
  ("Two drum grills and a rice-and-peas station can serve around 600 plates an hour, which covers the after-parade rush you described.", "N", "product detail tied to prospect")],
 [("We've been on the telly twice, won Best Street Food at the Notting Hill awards and feed half the celebrities in London.", "S", "generic boast"),
  ("The menu's attached like you asked, and I've already put you down for the full package, so just send over the deposit.", "H", "legit attachment + assumptive payment")],
 [("If I'm honest, I turned down a wedding to keep that Saturday free for you, so I'd be gutted not to hear back by Friday.", "HS", "seller's sacrifice as guilt with a date, rule 15"),
  ("Any other carnival with a bit of ambition would have booked us months ago.", "H", "shaming comparison")]]),
# e028 kiwifruit, formal, public
("Kiwifruit for the school fruit scheme", "Dear Ms Patel,", "Yours sincerely,\nHamish Reid\nGreenfield Fresh Produce", [
 [("Thank you for the invitation to quote for the spring term of the school fruit scheme.", "N", "courtesy"),
  ("Gold kiwifruit are sweeter than green and far less sharp, which matters for the four- to six-year-olds in your scheme.", "N", "insight tied to the buyer")],
 [("I do hope I am not being a bother, but I wondered if you might be so kind as to let me know whether it could possibly be of interest.", "T", "stacked hedges + permission-seeking"),
  ("We could also drop the price by 8% if that makes things easier, and I'd be grateful you considered us at all.", "T", "unprompted discount + grateful for even considering"),
  ("Sorry again for taking up so much of your valuable time with this.", "T", "apology for normal selling")],
 [("The fruit would be delivered to each of your 31 schools on Monday mornings, and our family has grown fruit in Kent since 1880.", "S", "borderline: legit logistics + heritage line, rule 8")]]),
# e029 kids' coding clubs, warm, CLEAN, public library
("Coding clubs for the library service", "Hi Jonah,", "Best wishes,\nCleo Barnard\nByteSized Clubs", [
 [("Thanks for the great chat about the Saturday sessions at the central library.", "N", "pleasantry"),
  ("You mentioned that most of your regulars are 9 to 12, so I'd pitch the first term at block coding and move to Python only after half-term.", "N", "expert recommendation tied to prospect")],
 [("Each club needs one library staff member present for safeguarding; our tutor brings all the laptops.", "N", "'needs' is a prerequisite"),
  ("Since the grant you're applying under closes on 15 January, I've kept the costing to the format the fund asks for.", "N", "prospect's own deadline")],
 [("Just a heads-up that the laptops need two power points near the tables.", "N", "borderline: one polite 'just', rule 1"),
  ("Does a call on Thursday afternoon work to finish the plan?", "N", "next step")]]),
# e030 labyrinth design, warm, hospice
("A labyrinth for the hospice garden", "Dear Hannah,", "With kind regards,\nOlwen Price\nStillpath Labyrinths", [
 [("Thank you for showing me the lower lawn and for explaining how families often need a quiet place to walk during long visits.", "N", "courtesy"),
  ("A seven-circuit design in resin-bound gravel would fit the lawn, take wheelchairs, and need almost no upkeep from your volunteers.", "N", "product detail tied to prospect")],
 [("I'll be honest that this project means a lot to me personally and I've been hoping for a commission like it for years.", "S", "seller's stake, no demand (rule 15)"),
  ("I've enclosed the plan you asked for, though I'm terribly sorry it's more than the figure you'd hoped for; I'd understand completely if you went elsewhere.", "T", "legit enclosure + apology for price + pre-emptive release")],
 [("Maybe, if it's not too much trouble, you could possibly share it with your trustees at some point?", "T", "stacked hedges + permission-seeking"),
  ("I can be at the hospice on the 18th to mark out the circuits with string, if you'd possibly allow it, and I do hope that's alright.", "T", "legit visit + permission-seeking, needing approval")]]),
# e031 lubricants, blunt, quarry
("Oils and greases for the Bardon Hill fleet", "Steve,", "Regards,\nMartin Kerr\nGritline Lubricants", [
 [("Oil analysis from your two dump trucks shows silicon at three times the normal level, which points to a breather problem rather than oil quality.", "N", "insight from prospect's data"),
  ("Fixing the breathers first will do more for engine life than any oil change.", "N", "confident push-back, advice")],
 [("That said, you need to switch to our synthetic range now, and if you keep dragging your feet those engines will be scrap by next year.", "H", "'you need this' + threatening prediction, rule 6"),
  ("I'll be ringing the site office every morning until someone gives me an answer.", "H", "badgering")],
 [("The bulk price you asked for is on page 2, and my sales director says it only stands until our quarter closes on Friday.", "HS", "legit price + seller-driven deadline, quarter/director, rule 16"),
  ("Call me on the number below, and if I can't get you I'll try your mobile, the site radio and the weighbridge until somebody picks up.", "H", "legit contact + multi-channel chasing, rule 13")]]),
# e032 leather restoration vintage cars, chatty, private collector
("Leather for the 1958 Bristol 405", "Hi Mr Ainsworth,", "All the best,\nKit Lawson\nHideworks Restoration", [
 [("Thanks for letting me look over the Bristol at the Beaulieu autojumble.", "N", "pleasantry"),
  ("The original Connolly hide on the rear bench is cracked but not torn, so it can be cleaned, re-dyed and fed rather than replaced, which keeps the car's originality for the concours judges.", "N", "expert recommendation tied to prospect's goal")],
 [("We've restored interiors for three Pebble Beach winners and have a waiting list longer than my arm!", "S", "generic boast, exclamation success"),
  ("Just wanted to pop back up and see if you'd maybe had a moment to think, sorry to chase.", "T", "'just checking in' purpose + apology for following up")],
 [("I'm holding the workshop slot in May you asked about, and if you let me know by Friday I'll knock £400 off, since I'd love to get it into my end-of-month figures.", "HST", "legit slot + discount tied to seller's date with month-end reason, rules 7/16")]]),
# e033 legal costs drafting, formal, law firm
("Costs budget for Harrow v Lennox Developments", "Dear Ms Ferreira,", "Kind regards,\nDaniel Osei\nCostLine Drafting", [
 [("Thank you for instructing us on the Precedent H budget.", "N", "courtesy"),
  ("The budget has to be filed and exchanged 21 days before the costs management conference on 6 May, so we'll need the fee-earner time records by 4 April.", "N", "borderline: real court deadline with reason, rule 4")],
 [("We're the largest independent costs firm in England and we were ranked Tier 1 by every directory this year.", "S", "generic boast, rankings"),
  ("I'd also be very grateful if you could give us a short testimonial for our website once the budget is filed.", "S", "favour for seller")],
 [("On the fee, we can reduce it by 10% if the firm commits to sending us its costs work for the next 12 months.", "N", "concession traded for volume, rule 7"),
  ("Can we speak on Monday about the disbursements schedule, and about whether your firm would let us use its logo in our pitch materials?", "S", "legit meeting + logo favour for seller")]]),
# e034 aquatic weed harvesting, formal, CLEAN
("Weed cutting on Marlow Lake", "Dear Ms Kemp,", "Yours sincerely,\nAndrew Hale\nClearwater Harvesting", [
 [("Thank you for sending the angling club's notes on the weed growth at the north end of Marlow Lake.", "N", "courtesy"),
  ("The species in your photographs is Canadian pondweed, which regrows quickly from fragments, so we would collect the cut material rather than leave it to drift.", "N", "expert insight")],
 [("Cutting during the bird nesting season needs an ecologist's check, so we'd plan the first cut for late July.", "N", "borderline: real external constraint with reason, rule 4"),
  ("Our harvester draws 40 cm, so it can work the shallow margins where the swimmers go.", "N", "product detail tied to their use")],
 [("The quote for two cuts and disposal is attached.", "N", "attachment"),
  ("Would you like me to meet the club committee on site in June?", "N", "plain ask")]]),
# e035 baobab powder, chatty, cereal maker
("Baobab powder for the granola relaunch", "Hi Fran,", "Speak soon,\nKofi\nSavanna Superfoods", [
 [("Good to hear the new recipe panel liked the tangy note in the test batch.", "N", "pleasantry"),
  ("At 4% of the mix, baobab lets you put 'high in vitamin C' on the pack, which your marketing team said was the claim they wanted.", "N", "value tied to prospect's goal")],
 [("The supply chain for this is really fragile and your competitors are grabbing every tonne, so waiting even a week is a huge risk.", "H", "manufactured scarcity + competitors"),
  ("Honestly I'll only keep this price if you sign today, and my bonus this quarter kind of depends on it too.", "HS", "seller date + bonus reason, rule 16")],
 [("I've posted the 2 kg sample you asked for, and I've taken the liberty of putting a full pallet on order for you too.", "H", "legit sample + assumptive order"),
  ("Let me know once it lands, and if you could mention us in your launch press release that'd be a massive favour to me.", "S", "legit ask + favour for seller")]]),
# e036 cooling vests, terse/blunt, foundry
("Cooling vests for the pour team", "Hi Alan,", "Thanks,\nBecky\nCoolCore Workwear", [
 [("The phase-change vests hold 15 degrees for about two and a half hours, which covers a full pour shift at your furnace.", "N", "product detail tied to prospect"),
  ("They're flame-retardant to the EN standard your safety officer listed, and we've won more workwear awards than anyone in the country.", "S", "legit required credential + generic award boast")],
 [("I've now emailed you five times, so a yes or no really isn't too much to ask.", "H", "counting attempts + entitlement, rules 13/15"),
  ("Sizing chart attached, and I've put 24 vests on your account already so they ship Monday.", "H", "legit attachment + assumptive order"),
  ("Nearly every foundry in the Midlands has these now, so you're a bit behind the curve.", "H", "peers already bought, shaming")],
 [("If budget is tight I'll just do them at cost, whatever works.", "T", "unprompted discount")]]),
# e037 dried mango, non-native English, snack box
("Dried mango for the snack box", "Dear Mr Reilly,", "Kind regards,\nNguyen Thi Lan\nMekong Sun Foods", [
 [("Thank you for your email and the specification of the snack box.", "N", "courtesy"),
  ("Our mango is dried without sulphite and without added sugar, so it can go in your children's range like you requested.", "N", "product detail tied to prospect")],
 [("We are number one exporter of dried mango in our province and we have many awards from trade fairs in Dubai, Paris and Tokyo.", "S", "generic boast"),
  ("I am sorry, maybe our price is too expensive, I can give you more discount if you want, just say the number.", "T", "apology for price + name your number")],
 [("Also, could you please write a recommendation for us on your website, it would help us so much to find new customers in UK.", "S", "favour for seller"),
  ("P.S. Please excuse my many emails, I will not disturb you again if you don't want.", "T", "apology for following up + pre-emptive release"),
  ("The samples will arrive to your office on 14 March by DHL, and please reply me before this date because my director want to close the contract this month.", "HS", "legit logistics + seller-driven deadline, director/month, rule 16")]]),
# e038 edge banding, terse, CLEAN
("Edge banding for the wardrobe line", "Hi Petra,", "Regards,\nKarl\nEdgeTech Supplies", [
 [("The 2 mm ABS in Halifax oak matches the board sample you sent within the tolerance your QA team set.", "N", "product detail tied to prospect"),
  ("It's pre-primed for your hot-melt edgebander, so no change to the glue pot settings.", "N", "value, logistics")],
 [("Price for 40 rolls is £12.80 a roll; at 100 rolls it drops to £11.40.", "N", "volume-based price, rule 7"),
  ("Lead time is three weeks from order.", "N", "logistics")],
 [("Want me to send a roll for a line trial?", "N", "borderline: bare demo-style ask, rule 9")]]),
# e039 hemp bedding, chatty/warm, livery yard
("Hemp bedding for the Brookfield yard", "Hi Lucy,", "Cheers,\nAmos\nHempBed UK", [
 [("Thanks for showing me round on Saturday, the new barn looks fab, and it was a long drive so I'm hoping it was worth my while!", "S", "pleasantry + seller's effort, no blame or demand, rule 15"),
  ("Chopped hemp absorbs about four times its weight, so most liveries find they muck out half as much and the muck heap shrinks too, which was your big headache.", "N", "value tied to prospect's problem")],
 [("I'm pretty sure you'd regret it forever if you passed on this, because people who don't switch now never get round to it.", "H", "'if you don't now you never will'"),
  ("I hope it's okay that I'm writing again, and I'm so sorry if I came across as pushy on Saturday.", "T", "needing approval + apology for being pushy")],
 [("Delivery to the yard is free for 30 bales or more, as you asked, and I'll sort the first load the moment you say yes.", "N", "borderline: logistics line inside a pushy email, rule 14; the price they asked for and a next step conditional on their yes"),
  ("P.S. Our bales are dust-extracted twice, which helps with the cob that coughs.", "N", "product detail tied to prospect")]]),
# e040 lumpfish, formal/blunt, salmon farm
("Lumpfish for the Loch Erisort pens", "Dear Mr MacLeod,", "Regards,\nIngrid Solberg\nCleanerFish Hatcheries", [
 [("Thank you for sharing the sea lice counts from the last three months.", "N", "courtesy"),
  ("At your stocking density, a 5% lumpfish ratio should bring the adult female lice count under the 0.5 threshold without a further bath treatment.", "N", "insight from prospect's data")],
 [("Our hatchery has won the Aquaculture Innovation Award and we supply the largest salmon producers in Norway, Faroe and Chile.", "S", "generic boast"),
  ("Vaccinated fish for the autumn stocking are allocated in order of signed contracts, and the September batch is nearly gone, so I'd sign before someone else takes your share.", "H", "legit allocation fact + manufactured scarcity push")],
 [("If I haven't heard from you by Friday, I'll raise it with your managing director directly.", "H", "bypass threat"),
  ("The health certificates and transport plan are attached for your vet, and I'll take it we're agreed unless your vet objects by Wednesday.", "H", "legit attachment + silence-means-yes")]]),
]

CURLY = {i for i in range(1, len(EMAILS) + 1) if i % 3 == 0}

def codes_to_labels(c):
    labs = [name for k, name in ORDER if k in c]
    return labs or ["NONE"]

def main():
    assert len(EMAILS) == 40, len(EMAILS)
    emails_out, sents_out = [], []
    sid = 0
    trades_subjects = set()
    for i, (subject, sal, sign, paras) in enumerate(EMAILS, 1):
        eid = "s50e%03d" % i
        fix = (lambda s: s.replace("'", "\u2019")) if i in CURLY else (lambda s: s)
        subject, sal, sign = fix(subject), fix(sal), fix(sign)
        assert subject not in trades_subjects
        trades_subjects.add(subject)
        body_paras = []
        email_sents = []
        for para in paras:
            texts = []
            for text, codes, note in para:
                assert set(codes) <= set("NHST") and codes, codes
                assert ("N" in codes) == (codes == "N")
                text = fix(text)
                texts.append(text)
                email_sents.append((text, codes_to_labels(codes), note))
            body_paras.append(" ".join(texts))
        full = sal + "\n\n" + "\n\n".join(body_paras) + "\n\n" + sign
        scores = {}
        for _, lab in ORDER:
            carriers = [(t, n) for t, l, n in email_sents if lab in l]
            nonborder = [c for c in carriers if not c[1].startswith("borderline:")]
            if not carriers:
                scores[lab] = 0
            elif len(carriers) >= 2 and nonborder:
                scores[lab] = 2
            else:
                scores[lab] = 1
        for text, labs, note in email_sents:
            assert text in full, (eid, text)
            sid += 1
            sents_out.append({"id": "s50-%04d" % sid, "email": eid, "text": text, "labels": labs, "note": note})
        emails_out.append({"email": eid, "subject": subject, "text": full, "labels": scores})
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails_out:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for s in sents_out:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # re-read and check
    ems = [json.loads(l) for l in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8")]
    ss = [json.loads(l) for l in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8")]
    bytext = {e["email"]: e["text"] for e in ems}
    for s in ss:
        assert s["text"] in bytext[s["email"]]
    cnt = collections.Counter()
    per_email_faulty = collections.Counter()
    for s in ss:
        if s["labels"] == ["NONE"]:
            cnt["NONE"] += 1
        else:
            per_email_faulty[s["email"]] += 1
            for l in s["labels"]:
                cnt[l] += 1
            if len(s["labels"]) > 1:
                cnt["multi"] += 1
        if s["note"].startswith("borderline:"):
            cnt["borderline"] += 1
    faulty2 = sum(1 for e in ems if per_email_faulty[e["email"]] >= 2)
    clean = sum(1 for e in ems if per_email_faulty[e["email"]] == 0)
    print("emails", len(ems), "sentences", len(ss))
    print("NONE %d (%.1f%%)" % (cnt["NONE"], 100 * cnt["NONE"] / len(ss)))
    for k in ("hard_close", "self_serving", "timidity", "multi", "borderline"):
        print(k, cnt[k])
    print("emails with 2+ faulty", faulty2, "clean", clean, "other", len(ems) - faulty2 - clean)
    dist = collections.Counter()
    for e in ems:
        for k, v in e["labels"].items():
            dist[(k, v)] += 1
    print("email-level", sorted(dist.items()))
    spe = collections.Counter(sum(1 for s in ss if s["email"] == e["email"]) for e in ems)
    print("sentences/email", spe)
    curly = sum(1 for e in ems if "\u2019" in e["text"])
    ps = sum(1 for s in ss if s["text"].startswith("P.S."))
    table = "\n".join([
        "| | Count |", "|---|---|",
        "| Emails | %d |" % len(ems),
        "| Sentences | %d |" % len(ss),
        "| NONE | %d (%.1f%%) |" % (cnt["NONE"], 100 * cnt["NONE"] / len(ss)),
        "| hard_close | %d |" % cnt["hard_close"],
        "| self_serving | %d |" % cnt["self_serving"],
        "| timidity | %d |" % cnt["timidity"],
        "| Multi-label sentences | %d |" % cnt["multi"],
        "| Borderline sentences | %d |" % cnt["borderline"],
        "| Emails with 2+ faulty sentences | %d |" % faulty2,
        "| Clean emails | %d |" % clean,
        "| P.S. lines | %d |" % ps,
        "| Emails with curly apostrophes | %d |" % curly,
    ])
    lvl = "\n".join("| %s | %d | %d | %d |" % (k, dist[(k, 0)], dist[(k, 1)], dist[(k, 2)]) for _, k in ORDER)
    readme = open(os.path.join(HERE, "README.tmpl"), encoding="utf-8").read()
    readme = readme.replace("{{COUNTS}}", table).replace("{{LEVELS}}", lvl)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme)

if __name__ == "__main__":
    main()
