import os
HERE = os.path.dirname(os.path.abspath(__file__))  # writes beside this script
import json
E=[]
def e(subj,sal,sents,sign,ps=None,curly=False): E.append(dict(subj=subj,sal=sal,sents=sents,sign=sign,ps=ps,curly=curly))
N,H,S,T="N","H","S","T"
e("Autoclave units for the kennel wing","Dear Dr. Okafor,",[
("Thank you for walking me through the kennel wing on Tuesday.",N,"pleasantry"),
("Based on what you showed me, the autoclave cycle is costing your nurses about forty minutes a day.",N,"insight from prospect's own situation"),
("We are, quite simply, the most decorated sterilisation brand in European veterinary care.",S,"generic boast"),
("The revised quote for the two units you asked about is attached, and I'd be happy to knock another 15% off it if that makes things easier.",T,"unprompted unconditional discount beside a legitimate attachment"),
("Could we meet Thursday at 2 pm to go through the installation plan with your head nurse?",N,"clear next step with date")],
"Kind regards,\nHelena Marsh\nSterivet Solutions",
("P.S. My director has asked me to get this on the books before the month closes, so a signature by the 28th would really help me.","HS","seller-driven deadline with manager/month-end reason (rule 16)"))
e("Borescope kit","Hi Raj,",[
("Following up on the borescope kit quote from last week.",N,"single following-up line"),
("Frankly, a hangar running your cycle count can't do without this kit, and the evaluation has gone on long enough.",H,"'you need this' directive"),
("I've pencilled your techs in for training on the 14th, so just send over the PO and we're set.",H,"assumptive: training booked and PO demanded before a yes"),
("The calibration certificates you asked for are in the shared folder.",N,"logistics"),
("We've also just been written up in two trade magazines, which the whole team is very proud of.",S,"press boast, no buyer value"),
("The kit lists at $12,900, and I can shave 10% off that if it gets things moving.",T,"unprompted discount")],
"Thanks,\nDev\nAeroScope MRO Tools")
e("Twill sample","Hello Mrs. Brandt,",[
("I am so sorry to write you again, I know you are very busy and I don't want to disturb.",T,"apology for following up"),
("I was wondering if maybe it would be possible, perhaps, to send you the dye-house sample next week?",T,"stacked hedges"),
("We can also make the price lower, you tell me what number is good for you.",T,"asks buyer to name their number"),
("The sample is 200 metres of the cotton twill in the indigo shade you picked at the fair in Frankfurt.",N,"specifics"),
("Our mill is the oldest in Bursa and we supply many famous European brands.",S,"generic boast, heritage and client names"),
("I attach the colour card with the three indigo shades, hopefully this email is okay and not too much.",T,"approval-seeking beside an attachment")],
"Best regards,\nMehmet Yıldız\nAnatolia Weaving Co.")
e("East intake turbidity review","Dear Mr. Pereira,",[
("Thank you for sending the turbidity logs from the east intake.",N,"pleasantry"),
("Apologies for the two-day delay on my side; our lab had to re-run one sample, and the corrected results are attached.",N,"borderline: single courtesy apology for a real delay, with reason and fix (rule 3)"),
("The logs show your filters backwashing about 30% more often than the design spec, which points to the coagulant dose rather than the media.",N,"insight"),
("The state's revised lead and copper rule takes effect in October, so it would be sensible to include the corrosion study in this year's budget.",N,"borderline: real external regulatory date stated once with reason (rule 4)"),
("Your operators need read access to the SCADA historian before we can run the dosing model.",N,"'need' as technical prerequisite"),
("Would Wednesday the 9th at 10:00 work to review the findings with your plant superintendent?",N,"next step with date")],
"Regards,\nCatherine Owusu\nClearFlow Process Engineering")
e("Catalogue press quote","Hey Tamsin,",[
("Just poking my head in to see whether the press quote made it onto your desk yet!",T,"'just checking in' as the email's purpose"),
("The proofs will be ready on the 14th, but no rush at all, whenever suits you is totally fine.",T,"minimising beside a real date"),
("Our six-colour press would run your catalogues in a single day, and honestly it's the fastest in the county, with three awards on the wall to prove it.",S,"generic boast, awards"),
("Your quote for the 5,000 catalogues is still £3,420 as we discussed.",N,"logistics / figure"),
("I'll drop by your studio on Wednesday with proofs whether or not you reply.",H,"turning up uninvited"),
("Let me know if anything's unclear.",N,"plain close")],
"Cheers,\nOllie\nRedLeaf Print Works",curly=True)
e("Conveyor sensors","Mr. Castellanos,",[
("This is the fourth time I've written about the conveyor sensors, and every one of them shows as opened on my end.",H,"counting attempts plus read-receipt guilt (rule 13)"),
("Each shift you hold off is another torn belt you're paying for out of your own pocket.",H,"cost of delay used to push, no figure"),
("If I don't hear back by Friday, I'll raise it directly with your general manager at the Antofagasta site.",H,"bypass threat"),
("My regional director asks me every day about this deal, so I need your signature before our half-year closes on the 30th.","HS","seller-driven deadline (rule 16)"),
("The spec sheet for the 40 mm belt you mentioned is attached.",N,"borderline: logistics line inside a pushy email (rule 14)")],
"Regards,\nTobias Klein\nBeltGuard Mining Systems")
e("Routes running late","Hi Marcy,",[
("Great to meet you at the district transportation expo last week.",N,"pleasantry"),
("I have to be honest, I'm chasing a couple more signed contracts to hit my number, so your district would be a big one for me.",S,"seller's target stated without a date or demand (rule 16)"),
("We've got GPS tracking, parent alerts, route optimisation, driver scorecards, fuel reports, ridership counts and an open API.",S,"feature dump"),
("On Tuesday's call you mentioned 14 routes running late most mornings, so I'd start with the route optimiser for those.",N,"recommendation tied to prospect's data"),
("I'll send the route map you asked for tonight, and could you do me a favour and mention us to the transport director over in Millbrook?",S,"referral favour"),
("Does Thursday at 3:30 work for the walkthrough?",N,"next step with time")],
"Thanks so much,\nJenna Park\nRouteWise School Transit")
e("Freezer hall door seals","Hi Sunil,",[
("Thanks for the tour of the Leicester freezer hall on Monday.",N,"pleasantry"),
("The 8% reduction you asked about only works if I see a signed order by 5 pm tomorrow, after that it's gone.","HT","discount conditioned on the seller's date (rule 7)"),
("Honestly, you'd be mad to let the operator across the road get ahead on energy costs when they've already switched.",H,"competitor shaming / FOMO"),
("Our door-seal retrofit cut blast-freezer defrost cycles by a third at a site the same size as yours.",N,"social proof tied to prospect's situation"),
("I've attached the energy model built from your own meter readings.",N,"logistics")],
"Best,\nGrace Whitfield\nPolarSeal Cold Chain",curly=True)
e("Lighting for the costume cases","Dear Ms. Adeyemi,",[
("I hope the new textile gallery opening went well.",N,"pleasantry"),
("Our family has been hand-building museum lighting for three generations.",S,"borderline: heritage line (rule 8)"),
("When I visit on the 12th I'd love to take you through our entire catalogue of fixtures, from track spots to the fibre-optic range we launched in spring.",S,"'show off the whole range' demo ask (rule 9)"),
("The UV-filtered fittings come to £7,300 for the six cases, and I do apologise that they're a bit pricey.",T,"apologising for the price"),
("The lux readings you requested for the costume cases are in the attached report.",N,"logistics"),
("Would you have time on 12 March at 11:00 to review them with your conservator, if that's not too much of an imposition?",T,"permission-seeking tacked onto a dated next step")],
"With best wishes,\nRupert Hale\nHale & Sons Museum Lighting")
e("Dispensing robot order","Hi Priya,",[
("Good talking yesterday about the dispensing robot for your two branches.",N,"pleasantry"),
("My regional manager needs the order in before our quarter closes on the 30th, so can you get the signed form back to me by Wednesday?","HS","seller-driven deadline with manager and quarter reason (rule 16)"),
("I've already booked the engineers for the 4th, so please send over the billing details for the deposit today.",H,"assumptive payment demand before a yes"),
("The clinical checking workflow you asked about is on page 6 of the attached guide.",N,"logistics"),
("The onboarding checklist is attached too, and sorry again for pushing, I know it's a lot.",T,"apology for being pushy beside an attachment")],
"Thanks,\nMarcus Lee\nDispensa Automation")
e("Sensor install and pricing","Hi Joaquín,",[
("So sorry to hear about the hail damage on the north blocks; we can move the sensor install back two weeks.",N,"sympathy, not self-abasement"),
("On the discount you asked about: we can take 10% off the per-hectare rate if you commit to a three-year term.",N,"concession traded for a longer term (rule 7)"),
("I'll confirm the data-ownership clause with our legal team and send you the wording by Friday.",N,"check with legal on a non-discount matter, with a date"),
("Growers on similar clay soils near Mendoza cut irrigation volume by about 18% in the first season, mostly by skipping the early-morning cycle.",N,"social proof turned into advice"),
("What would need to be true for the co-op board to approve this before the next planting?",N,"insightful question")],
"Un saludo,\nLucía Ferrer\nRaízData Agritech",curly=True)
e("E-signature rollout","Hi Gareth,",[
("Just wanted to touch base again about the e-signature rollout, sorry if this is annoying.",T,"touch-base purpose plus apology for following up"),
("If you can spare a second, could you maybe forward the audit-trail questions from your compliance team?",T,"permission-seeking plus hedge, beside a real request"),
("I totally get that it's a busy time, so no need to reply to this one if it's a hassle.",T,"feel free to ignore"),
("We are also the fastest-growing e-signature company in the Nordics, backed by three top-tier investors.",S,"growth and investor boast"),
("Honestly, every other firm your size has already moved off wet signatures, so you're a bit behind here.",H,"competitor shaming"),
("The integration with your document system takes about two days, and our team does the setup.",N,"'our', but value is the customer's")],
"Best wishes,\nAmara\nInkSure E-Signature")
e("Out-of-network diesel","Hi Dana,",[
("We were named Fleet Product of the Year again, which makes it three in a row for us!",S,"award boast"),
("Honestly, it's hard to see why a fleet manager who cares about costs hasn't switched already.",H,"shaming"),
("Your 62 vans spent roughly $4,100 on out-of-network diesel last quarter, based on the statements you shared.",N,"prospect's own data"),
("Our card locks purchases to approved stations, so that leakage mostly goes away.",N,"value tied to outcome"),
("I was really hoping to get this across the line before our regional leaderboard resets on Friday, so a signature by then would be amazing.","HS","seller-driven deadline phrased as a wish (rule 16)"),
("Sorry to bother you with yet another email, but the station list for your Ohio depots is attached.",T,"apology for following up beside an attachment"),
("Can we talk Tuesday at 9, so I can tell my manager this one's in the bag?",S,"borderline: meeting time with the seller's manager as reason; no decision or signature date pressed, so self_serving only (rules 12, 16)")],
"Cheers,\nBrett Kowalski\nFuelTrack Cards")
e("Encoder proposal","Dear Mr. Nakamura,",[
("Thank you for the encoder test results from your Osaka studio.",N,"pleasantry"),
("I have invested a great many hours into this proposal, and frankly I expected the courtesy of a reply by now.","HS","guilt resting on the seller's effort (rule 15)"),
("If I cannot get an answer from your engineering team, I will send the proposal to your network president myself.",H,"bypass threat"),
("The latency figures you asked for are on slide 4 of the attached deck.",N,"logistics"),
("The signed NDA is attached, and we would also be grateful if your station would let us put its logo on our home page.",S,"logo favour")],
"Yours sincerely,\nSimon Achterberg\nStreamCore Broadcast Systems")
e("Warehouse contract","Hi Leanne,",[
("I understand you've gone with another provider for the warehouse contract.",N,"acknowledges decision"),
("No hard feelings at all, and thanks so much for even considering us!",T,"pre-emptive release and thanks for considering (rule 11)"),
("I've attached the rodent-activity map from our inspection so your new provider can start from it.",N,"leaves value behind"),
("After the three free inspections I squeezed in for you, I'd honestly hoped you'd show us a little more loyalty.","HS","guilt resting on seller's effort after a decision (rule 15)"),
("Completely get it, I'll drop you a line again once spring comes around.",T,"accepts brush-off without a question")],
"All the best,\nNeil Barker\nGuardline Pest Control",curly=True)
e("Linen service decision","Hi Farida,",[
("Thanks for letting me know the board decided to keep the linen service in-house this year.",N,"acknowledges decision"),
("Before I close this out, was it mainly the per-kilo rate or the delivery windows that tipped the decision?",N,"diagnostic question after a no"),
("Honestly, I poured a month of evenings into that proposal, so I'd at least expect a proper reason in writing.","HS","guilt resting on the seller's effort after a decision (rule 15)"),
("Here is the wash-temperature audit we ran, in case it helps your in-house team meet the infection-control standard.",N,"leaves value behind"),
("Thanks a million for even giving us the chance, we really don't deserve it.",T,"self-abasing thanks for being considered")],
"Kind regards,\nOwen Price\nBrightwash Commercial Laundry")
e("Canning line","Hey Mo,",[
("Loved the new hazy IPA, by the way.",N,"pleasantry"),
("I know you said the canning line is on hold till spring, but if you sign this week I'll throw in the seamer for free.","HT","concession tied to seller's date, overriding the prospect's timing (rule 7)"),
("Sorry to keep bugging you about this, I promise I'm not trying to be pushy!",T,"apology for following up / being pushy"),
("The CIP cycle we talked about would save you about 300 litres of water per batch, going by your own meter.",N,"quantified value from prospect's data"),
("Happy to hop on a call Friday at 4, or whenever you get a sec, honestly no stress.",T,"minimising beside a real time")],
"Cheers,\nSkye\nHopline Brewing Equipment",curly=True)
e("String 14 faults","Dear Ms. Lindqvist,",[
("Thank you for the inverter fault logs from the Kalmar array.",N,"pleasantry"),
("The logs show string 14 tripping on most mornings above 28°C, which usually means a failing connector rather than an inverter fault.",N,"insight"),
("Just a heads-up that the manufacturer ends warranty support for that inverter model in March 2027, so replacement parts will get harder to source after that.",N,"borderline: real vendor end-of-support date, stated once with reason (rule 4); one polite 'just'"),
("I'd recommend replacing the connectors on strings 12 to 16 now and leaving the inverters for the next budget cycle.",N,"confident recommendation"),
("Our thermal-imaging report is attached; page 3 has the hot spots marked.",N,"'our' serving buyer's task"),
("Does Monday the 16th at 13:00 suit you to go through the repair schedule with your site lead?",N,"next step with date")],
"Kind regards,\nJonas Berg\nNordSol O&M")
e("Lift modernisation","Hi Mr. Duarte,",[
("The modernisation price of €86,000 you asked for is attached, but it's only good until Friday, so move quickly.",H,"fake deadline with urgency language beside a requested price"),
("I can send the crew schedule you asked for, though only two install crews are left this year and another building on your street is after one.",H,"manufactured scarcity beside a requested schedule"),
("My boss is watching this deal closely, and it would really make me look good if we got it over the line.",S,"seller's standing, no date or demand"),
("The breakdown of the €86,000 is on page 2, and I'm sorry the price is what it is; I did try to get it lower for you.",T,"apologising for the price"),
("Our controllers cut average wait times at a 12-storey residential block like yours from 48 to 19 seconds.",N,"proof tied to prospect's situation"),
("Can you share the last two inspection certificates so we can plan the works?",N,"logistics request")],
"Regards,\nIvo Marković\nLiftTec Services",
("P.S. Both certificates can be scanned straight from your phone; a photo is fine for planning.",N,"logistics"))
e("Safety manual translation","Dear Mr. O'Brien,",[
("Please forgive me for writing again, I apologise for taking your time once more.",T,"repeated apology for following up"),
("Our agency is working with more than 900 linguists and we have many big clients like banks and airlines.",S,"generic boast"),
("The sample translation of your safety manual is attached as you requested, and if the price is too high I will talk with my manager to see if some discount is possible.",T,"defers discount to manager, beside an attachment"),
("Maybe, if it is possible, we could perhaps have a short call sometime?",T,"stacked hedges"),
("For the German version, your engineers need to approve the glossary before we begin, so terms stay consistent.",N,"technical prerequisite")],
"With kind regards,\nAnna Kowalczyk\nLinguaBridge Translations")
e("Newspaper collection scanning","Dear Professor Haddad,",[
("Following up on the scanning estimate for the 1920s newspaper collection.",N,"single following-up line"),
("I'd hoped to hear back after the hours I spent cataloguing your sample boxes over the weekend, so a short reply really isn't too much to ask.","HS","guilt resting on seller's effort (rule 15)"),
("The per-page price you asked for is 14 cents, and I'm glad to drop it to 11 cents straight away if that helps the committee.",T,"unconditional price drop beside the requested price"),
("The contract is attached, and your committee can always approve it retroactively, so let's just get it signed this week.",H,"overriding the prospect's process"),
("The attached sample scans show the 600 dpi setting we'd use for the brittle issues.",N,"logistics"),
("Please let me know which of the two dates in the estimate suits your team.",N,"next step")],
"Best regards,\nClaire Dubois\nArchivum Digital")
e("Front-desk booking","Hi Pete,",[
("I've held Thursday at 10 for you, and I'm really excited to show off everything our team has been building over the past year.",S,"show-off demo ask (rule 9)"),
("I totally understand if now's not the time, and please don't feel any pressure whatsoever.",T,"pre-emptive release / no pressure"),
("The arrangement-booking module would replace the paper diary your front desk uses, which you said causes double-bookings twice a month.",N,"value tied to prospect's problem"),
("I've attached the pricing sheet you asked for, and I hope I haven't overstepped by sending it.",T,"approval-seeking beside an attachment"),
("Want to see it in action?",N,"borderline: bare demo ask (rule 9)")],
"Warmly,\nRosie Tate\nHaven Funeral Software",
("P.S. If this lands at a bad moment, just bin it, I won't mind one bit.",T,"invites the prospect to discard the email"),curly=True)
e("Freezers","Dr. Mensah,",[
("Your lab needs these freezers before the next power outage wipes out your samples, and you know it.",H,"'you need this' directive"),
("Invoice #4471 for the two units is attached; I've already raised it so it's ready the moment you pay.",H,"invoice sent before a yes"),
("Frankly, I'm surprised a director with your experience is still sitting on this.",H,"shaming"),
("Our freezers hold the industry's top reliability rating, and our CEO was just on the cover of a lab trade magazine.",S,"ranking and press boast"),
("The alarm-integration spec you requested is in section 3.",N,"borderline: logistics inside a pushy email (rule 14)")],
"Best,\nKarl Jensen\nCryoVault Systems")
e("Pilot and pricing review","Hi Benoît,",[
("Just a quick note that the test environment is back up after last night's maintenance.",N,"borderline: one polite 'just' (rule 1)"),
("Per your CEO's request, I've added her to Thursday's pricing review at 15:00.",N,"CEO included at their own request"),
("On the discount question, I'd rather first confirm the lift-queue savings hold up against your own turnstile data.",N,"push-back redirecting to value"),
("Last season your Saturday queues averaged 22 minutes at the main gondola, and resorts that moved to dynamic ticketing typically cut peak queues by about a quarter.",N,"proof tied to prospect's data"),
("Which of your ticket offices would be the best place to pilot the scanners?",N,"question")],
"À bientôt,\nÉmilie Roux\nPisteFlow Ticketing",curly=True)
e("Compactor lease","Hi Jordan,",[
("Three weeks of silence must be some kind of office record over there.",H,"sarcasm aimed at the prospect's conduct"),
("This is my sixth message about the compactor lease, and you can't tell me none of them reached you.",H,"counting attempts at the prospect (rule 13)"),
("I'm going to keep calling your office and your mobile until we get a time in the diary.",H,"multi-channel badgering"),
("The lease terms you asked about in April are attached again.",N,"borderline: logistics inside a pushy email (rule 14)")],
"Thanks,\nTerry Vance\nGreenBale Recycling",
("P.S. I've got a lot riding on this account personally.",S,"seller's stake, no demand (rule 15)"))
e("Lobby screens","Dear Ms. Hartmann,",[
("We are delighted to announce the launch of our new SignOS platform, the result of two years of work by our award-winning design team.",S,"we-centric announcement, award"),
("SignOS offers cloud scheduling, 4K playback, touch overlays, emergency broadcast, content templates, analytics, multi-site management and an open API.",S,"feature dump"),
("Our investors include two of the largest venture funds in Europe.",S,"investor boast"),
("Apologies in advance if this is too much information, I hope that's alright.",T,"apology for email length plus approval-seeking"),
("For your hospital lobby, the emergency broadcast feature would let security push evacuation routes to every screen at once.",N,"feature tied to prospect's outcome"),
("I've attached the floor-plan mark-up you asked for, and we'd love a quick testimonial from you for our launch brochure.",S,"testimonial favour beside a legitimate attachment"),
("Would 24 June at 10:30 work for a site visit, so I can finally show you the full SignOS suite end to end?",S,"whole-suite show-off beside a dated visit (rule 9)")],
"Kind regards,\nFelix Brandt\nLumaSign GmbH")
e("Marisol renewal","Hi Captain Reyes,",[
("Thanks for sending the hull survey for the Marisol.",N,"pleasantry"),
("The renewal quote you asked for comes to $18,200, and if that feels steep, just tell me what figure you had in mind.",T,"asks buyer to name their number beside the requested price"),
("I need to book this renewal before my month-end numbers are locked on the 31st, so I'd appreciate your signature by then.","HS","seller-driven deadline (rule 16)"),
("The survey flags corrosion on the rudder stock, so I'd recommend repairing it before the policy starts, which also keeps the premium from rising.",N,"expert recommendation backed by evidence"),
("Sorry for the long email!",T,"apology for the length of the email")],
"Fair winds,\nLena Okoro\nHarborline Marine Insurance",curly=True)
e("Knee system","Dear Mr. Whitaker,",[
("Three other trusts in your region are already using our knee system, and I'd hate for yours to be the one left behind.",H,"competitor FOMO / shaming"),
("Please send the purchase order number by Thursday and I'll get the instrument trays allocated to your theatre list.",H,"assumptive PO demand before a yes"),
("Our company has been the number-one orthopaedic brand in the UK for eleven straight years, and the loan kit you asked about ships on Monday.",S,"ranking boast"),
("Your surgeons asked about revision rates, and the registry data on page 9 of the attached pack covers that.",N,"answers prospect's question"),
("Thanks for the theatre schedule you sent, and I'd be so grateful if you could also put me in touch with the procurement lead at your sister trust.",S,"referral favour"),
("I'm on site Wednesday and can run the saw-bones workshop for your registrars.",N,"starts with I, serves the customer")],
"Best regards,\nSophie Grant\nOrthoCore Medical")
e("Narita drone trial","Hello Mr. Tanaka,",[
("Thank you for the meeting at Narita on Monday.",N,"pleasantry"),
("I am very sorry that our proposal was maybe not so clear and I hope you are not disappointed with us; the corrected cost table is on page 3.",T,"self-abasing apology, needing approval"),
("We can give 30% discount already now, without any conditions, because we want very much to work with you.",T,"unconditional discount"),
("Also my manager ask me to get your decision before our fiscal year ends on 31 March, please.","HS","seller-driven deadline, manager and fiscal year (rule 16)"),
("The flight test results you asked for are in the attached PDF, pages 4 to 7, and I really hope they are good enough for you.",T,"approval-seeking beside an attachment")],
"Best regards,\nWei Zhang\nSkyCargo Drones")
e("Line 2 proofer","Hi Gemma,",[
("Following up on the proofing-cabinet humidity data you sent.",N,"single following-up line"),
("Your Line 2 proofer is running at 68% humidity against a target of 80%, which matches the dry crusts you described.",N,"insight from prospect data"),
("I'd replace the steam injector rather than recalibrate, because the logs show it drifting again within a week each time.",N,"expert recommendation with evidence"),
("The replacement part is £640, and I'll need your go-ahead by Friday because my manager wants it on this month's sheet.","HS","seller-driven deadline beside the part price (rule 16)"),
("Sorry to chase you again on this, but could you send me the serial number off the injector plate?",T,"apology for following up beside a real request"),
("Shall I book the engineer for Tuesday the 3rd?",N,"next step with date")],
"Thanks,\nAlan\nCrumbTech Bakery Engineering")
e("Okapi feed","Hi Nadia,",[
("Just wanted to pop back into your inbox one more time, hope that's okay!",T,"touch-base purpose plus approval-seeking"),
("The first shipment is 40 bags at £1,180, and I can easily knock it down to half price if budgets are tight.",T,"pre-emptive discount"),
("We're the feed supplier of choice for the world's top zoos, and our nutritionists have won more awards than anyone in the field.",S,"generic boast"),
("For your two new okapis, the low-starch browse pellet would cover the fibre gap your keepers mentioned.",N,"value tied to prospect's need"),
("Could you leave us a review on the zoo suppliers' directory once the pellets arrive?",S,"review favour"),
("Samples can be with you by the 20th, but only if you confirm today, as stock is nearly gone.",H,"manufactured scarcity beside a delivery date")],
"Thanks a million,\nKelly O'Shea\nWildGrain Nutrition",curly=True)
e("Harvester renewal","Mr. Lindahl,",[
("I saw your note that you'll be renewing with your current harvester dealer.",N,"acknowledges decision"),
("After everything I did to get you that demo machine for a whole week, I'm honestly disappointed you didn't even call me first.","HS","guilt resting on seller's effort and feelings after a decision (rule 15)"),
("I think you're making a mistake you'll regret for years, and I'll be stopping by the depot on Monday to talk you out of it.",H,"badgering after a no, turning up uninvited"),
("If it's really decided, I suppose there's nothing more I can say, and sorry for taking up so much of your time.",T,"accepts the no with self-abasing apology, no question"),
("The fuel-consumption figures from the demo week are attached for your records.",N,"borderline: logistics inside a pushy email (rule 14)")],
"Regards,\nErik Sandvik\nNorrskog Machinery")
e("Surgical ward swab results","Dear Ms. Chowdhury,",[
("Thank you for letting our team swab the surgical wards last Thursday.",N,"pleasantry"),
("Given that 11 of the 40 swabs came back above the ATP threshold, you need to change disinfectant before the next audit.",H,"borderline: 'you need' directive delivered after a real analysis (rule 6)"),
("Put this off and the next audit will find exactly what we found, only with your name on the report.",H,"fear-based pressure to act now"),
("I'm personally very keen on this one, since it would be my first hospital account.",S,"seller's stake, no demand"),
("If the budget's an issue, I'll ask my area manager whether he can do anything on price.",T,"defers discount to manager"),
("Full results are in the attached lab report, table 2.",N,"logistics"),
("Could we review it with your infection-control lead on Tuesday at 11?",N,"next step")],
"Kind regards,\nDaniel Osei\nPureWard Hygiene")
e("Market Street car park","Dear Councillor Evans,",[
("Thank you for the occupancy survey from the Market Street car park.",N,"pleasantry"),
("It shows the top two decks under 30% full on weekdays, so sensor guidance could send drivers there before they circle the ground floor.",N,"insight"),
("The quote you requested is £52,400 and is valid until 31 May, when our supplier's steel pricing is revised.",N,"borderline: factual price expiry with reason, no urgency (rule 4)"),
("You mentioned the cabinet decides on 12 June, so I've pencilled in the final technical review for 5 June.",N,"deadline set by the prospect"),
("Which officer should I send the data-protection assessment to?",N,"logistics question")],
"Yours sincerely,\nGareth Pugh\nParkSense UK")
e("Real-time transcript feed","Hi Attorney Brooks,",[
("Sorry, sorry, I know I keep writing.",T,"repeated apology for following up"),
("I was kind of hoping maybe you'd possibly be open to a trial of the real-time transcript feed?",T,"stacked hedges"),
("If cost is the issue, I could probably bring the per-page rate down to whatever works for your firm.",T,"caving on price"),
("Our firm has covered more high-profile trials than anyone in the state, and we can have a reporter at your March 3 hearing.",S,"generic boast"),
("If I don't hear from you this week, I'll try your paralegal and your cell as well.",H,"multi-channel chasing"),
("The sample transcript from the Hendricks deposition you asked for is attached.",N,"logistics")],
"Thanks,\nMaya\nVerbatim Court Reporting",curly=True)
e("First crown order","Hi Dr. Patel,",[
("My team lead is counting on a first crown order from you by Friday, so anything you can do there would save my skin.","HS","seller-driven deadline phrased as a favour (rule 16)"),
("The zirconia crowns come back in five working days, which fits the turnaround your receptionist asked about.",N,"value tied to prospect need"),
("The shade guide you asked for goes out in today's post, and we've been voted Lab of the Year four years running, not that I'm counting!",S,"award boast"),
("Sorry to be a pest, but could you let me know either way?",T,"apology for normal selling beside a real question")],
"Thanks so much,\nHolly Burke\nPrecision Smile Dental Lab")
e("Summer linen","Hi Andrés,",[
("Thanks for the occupancy forecast for the summer season.",N,"pleasantry"),
("Unless I hear otherwise by Wednesday, I'll assume we're going ahead and schedule the first delivery for the 1st.",H,"silence-means-yes assumptive demand"),
("A hotel your size simply has to have a service like ours, there's no sensible alternative.",H,"'you need this' directive"),
("The linen-par calculation in the attached sheet uses your 140 rooms and two changes a day.",N,"specific value"),
("I'll also copy your regional VP so she can get this signed off without waiting for your procurement review.",H,"bypass / overriding the prospect's process"),
("Sorry if that sounds forward.",T,"apology for normal selling")],
"Best,\nTom Reilly\nCrispLine Hotel Linen",curly=True)
e("Aran routes booking platform","Hi Siobhán,",[
("Thanks for letting me know you've chosen another booking platform for the Aran routes.",N,"acknowledges decision"),
("Would you be open to a 15-minute debrief on where our proposal fell short?",N,"borderline: optional loss-review debrief after a decision (rule 10)"),
("In the meantime, here's the vessel-capacity report we built from your 2025 sailings, which your new provider can use as a starting point.",N,"leaves value behind"),
("I'll mark this one as closed on our side.",N,"neutral close-the-loop")],
"All the best,\nCiarán Walsh\nTideTicket")
e("Volumetric flasks","Dear Dr. Varga,",[
("Only nudging this back up your inbox about the borosilicate glassware order, in case you had a spare moment to look.",T,"chasing with no new content plus minimising (rule 1)"),
("The quote for the 300 volumetric flasks you asked about is €4,950, and I'm really sorry it's higher than last year.",T,"apologising for the price beside a requested figure"),
("Our new Class A range comes with laser etching, batch certificates, custom graduations, colour coding, amber variants and a lifetime breakage guarantee.",S,"feature dump"),
("Batch certificates matter for your ISO 17025 audit in September, so I've attached a sample one.",N,"credential the buyer's process requires"),
("Between us, your lab was my very first customer, so keeping this account means a lot to me personally.",S,"seller's feelings, no demand")],
"Kind regards,\nTamás Horváth\nKristal Laboratory Supply")
e("Shift-handover refresher","Hi Thandiwe,",[
("Thanks for the incident summary from the Rustenburg shaft.",N,"pleasantry"),
("Three of the five near-misses happened during shift handover, which is exactly where our refresher module focuses.",N,"insight tied to prospect data"),
("We ran this at two platinum operations last year, and the main lesson was to train the shift supervisors a week before everyone else.",N,"social proof turned into advice"),
("Would the 18th or the 25th work better for the supervisor session?",N,"next step"),
("Our accreditation certificate is attached, since your procurement form asks for it.",N,"'our', serving the buyer's process")],
"Best regards,\nSipho Dlamini\nDeepSafe Training",
("P.S. Sorry to hear about the flooding on level 4 last month; we can shift either date if the clean-up runs long.",N,"sympathy, not self-abasement"),curly=True)

order=["hard_close","self_serving","timidity"]
code={"H":"hard_close","S":"self_serving","T":"timidity"}
emails=[];sents=[];sid=0
for i,em in enumerate(E,1):
    eid=f"s9e{i:03d}"
    fix=(lambda s:s.replace("'","\u2019")) if em["curly"] else (lambda s:s)
    ss=[(fix(t),l,n) for t,l,n in em["sents"]]
    k=len(ss)
    if k>=5: paras=[ss[:2],ss[2:]]
    else: paras=[ss[:1],ss[1:]]
    body="\n\n".join(" ".join(t for t,_,_ in p) for p in paras)
    text=fix(em["sal"])+"\n\n"+body+"\n\n"+em["sign"]
    allss=list(ss)
    if em["ps"]:
        p=(fix(em["ps"][0]),em["ps"][1],em["ps"][2]); allss.append(p); text+="\n\n"+p[0]
    elab={c:0 for c in order}
    for t,l,n in allss:
        sid+=1
        labs=["NONE"] if l=="N" else [code[c] for c in "HST" if c in l]
        sents.append({"id":f"s9-{sid:04d}","email":eid,"text":t,"labels":labs,"note":n})
    for c in order:
        hits=[s for s in sents if s["email"]==eid and c in s["labels"]]
        if not hits: v=0
        elif len(hits)==1 or all(s["note"].startswith("borderline:") for s in hits): v=1
        else: v=2
        elab[c]=v
    emails.append({"email":eid,"subject":em["subj"],"text":text,"labels":elab})
with open(os.path.join(HERE, "test-emails.jsonl"),"w") as f:
    for x in emails: f.write(json.dumps(x,ensure_ascii=False)+"\n")
with open(os.path.join(HERE, "test.jsonl"),"w") as f:
    for x in sents: f.write(json.dumps(x,ensure_ascii=False)+"\n")
