#!/usr/bin/env python3
"""Builds sealed39: hand-written sales emails labelled by the tone-coach guide."""
import json, os, collections

H, S, T = "hard_close", "self_serving", "timidity"
CODES = {"N": [], "H": [H], "S": [S], "T": [T], "HS": [H, S], "HT": [H, T], "ST": [S, T], "HST": [H, S, T]}

# Each email: subject, salutation, sign-off, paragraphs; each paragraph a list of (sentence, code, note).
E = []
def email(subject, hello, bye, *paras):
    E.append((subject, hello, bye, paras))

email("Tuning forks for the audiology clinics", "Dear Ms Okafor,", "Kind regards,\nDaniel Reyes\nAcuTone Instruments",
 [("Thank you for sending the list of frequencies your team uses for Rinne and Weber testing.", "N", "thanks, logistics"),
  ("The 256 Hz and 512 Hz aluminium forks are in stock, and since every other trust in the region has already moved to our forks, yours is starting to look like the odd one out.", "H", "legit stock detail plus peer-shaming clause")],
 [("I have attached the quote for 40 forks with cases, as you asked, and I've booked our courier for Thursday so I'll just need a card number.", "H", "requested attachment plus assumptive payment step"),
  ("Honestly, this order would put me over my target for the month, so it would mean a lot to me.", "S", "seller's target, no date or demand: rule 16"),
  ("We are the only forge-tempered fork maker left in Sheffield and have won the Queen's Award twice.", "S", "generic boast, awards: rule 8"),
  ("I'm really sorry to write again so soon.", "T", "apology for following up: rule 3")])

email("Terrazzo floor in the Council Chamber lobby", "Hi Gareth,", "Best,\nMira",
 [("Good to meet you on site Tuesday.", "N", "pleasantry"),
  ("The cracking runs along the old brass divider strips, so I'd regrind and re-seat those rather than fill the cracks.", "N", "confident expert recommendation"),
  ("I'm sorry the estimate came out so high, I know it's a lot to ask of a council budget.", "T", "apologising for the price: rule 3")],
 [("If it helps, I could shave 15% off without changing the scope.", "T", "unprompted, unconditional discount: rule 7"),
  ("Would Thursday at 2 work to go through the method with your conservation officer, or shall I ring your chief executive and skip a step?", "H", "legit meeting ask plus bypass threat"),
  ("I was thinking perhaps, if it's not too much of an imposition, you might possibly want a sample patch first?", "T", "stacked hedges plus permission-seeking: rule 2")])

email("Topsoil for Plots 14-40, Hawthorn Rise", "Ravi,", "Cheers\nKev Dunmore\nTrueGrade Soils",
 [("Screened topsoil to BS 3882, 600 tonnes, delivered in 20-tonne loads from your start date of 3 March.", "N", "concrete product detail, prospect's date"),
  ("I've already pencilled your loads into the April haulage plan and put the deposit invoice in the post, so that's sorted.", "H", "assumptive invoice before a yes")],
 [("Every developer on the A14 corridor is booking with us this spring; wait another fortnight and you'll be buying whatever's left in the yard.", "H", "peer pressure plus manufactured scarcity"),
  ("Soil test certificates for the current stockpile are attached, though frankly you should have signed off on this a week ago.", "H", "attachment plus entitlement/shaming clause"),
  ("Ring me today, not tomorrow.", "H", "ultimatum-style urgency")])

email("Ball machines for the junior programme", "Hello Coach Amara,", "Warmly,\nLiz at TopSpin Machines",
 [("Thanks so much for the chat after Saturday's session, the kids were fantastic.", "N", "pleasantry"),
  ("You mentioned the juniors lose about 20 minutes a session collecting balls, and the Pro 5 holds 150 balls, which covers most of a drill block.", "N", "value tied to the prospect's own problem"),
  ("I'd love to walk you through our whole 2025 range, which my team has spent two years perfecting!", "S", "demo of whole range plus seller's effort: rule 9")],
 [("I know you're so busy, and honestly I feel awful even sending another note, so please do forgive me.", "T", "self-abasing apology for normal selling"),
  ("The quote for two machines is attached, with the club rate you asked about.", "N", "attachment with requested price"),
  ("Whenever you get a spare second, no rush at all, any reply would be lovely.", "T", "permission-begging, minimising"),
  ("P.S. If you could pop a quick Google review up after the trial session, it would really help our little business.", "S", "review favour before any value delivered: rule 10")])

email("Taps and dies, M3 to M20 set", "Mr Kowalczyk,", "Regards,\nT. Baines",
 [("Set quoted at GBP 1,840, HSS-E, with a spiral-point tap for each size as you asked.", "N", "price as requested, product detail"),
  ("Price stands until 31 January, when our steel surcharge is reviewed.", "N", "borderline: factual price expiry with a reason, no urgency: rule 4"),
  ("Lead time 5 working days, but order by Friday or I can't promise you a set before Easter.", "H", "legit lead time plus invented deadline: rule 4")],
 [("Your torque readings on the M8 blind holes suggest the current taps are worn; I'd replace those first.", "N", "insight tied to their data"),
  ("Tell me which delivery day suits the workshop.", "N", "plain ask"),
  ("Forty years making taps and nobody has beaten ours, full stop.", "S", "years in business, generic boast: rule 8")])

email("Traffic counts for the Westbrook junction study", "Dear Dr Haldane,", "Yours sincerely,\nPriya Venkat\nTallyLine Surveys",
 [("Thank you for the invitation to quote for the seven-day ATC and turning-count survey.", "N", "thanks"),
  ("We can place tubes on all four arms and video on the junction itself, with classified counts by 15-minute interval, and we've invested over a million pounds in our own camera fleet.", "S", "service detail plus investment boast")],
 [("I must tell you that my director has asked me to have this signed before our half-year closes on Friday, so I'd be grateful for your order by then.", "HS", "seller's manager and half-year as reason for a date: rule 16"),
  ("I was also hoping, if you have a moment, that perhaps you might maybe put us forward to your colleagues in the Highways team?", "ST", "referral favour with stacked hedges"),
  ("Our company has been counting traffic since 1987 and is ranked first in the region by the national survey index.", "S", "years in business, ranking: rule 8")],
 [("Please find our method statement attached.", "N", "attachment")])

email("Telescopes for the society's outreach nights", "Hey Tom,", "Clear skies,\nWes",
 [("Great question about the 8-inch Dobsonians versus the goto refractors.", "N", "pleasantry"),
  ("For school groups I'd go Dobsonian: no batteries, no alignment, and a nine-year-old can find Saturn in a minute.", "N", "confident recommendation tied to their use"),
  ("Sorry to keep popping up like this, I promise I'm not trying to be a pest!", "T", "apology for following up: rule 3")],
 [("Honestly, you need three of these, there's nothing more to think about.", "H", "directive 'you need' plus closing down thought: rule 6"),
  ("Happy to knock a hundred quid off each scope if the committee's nervous about the price.", "T", "pre-emptive discount"),
  ("I've put the three scopes on hold under the society's name, so the invoice goes out tomorrow morning.", "H", "assumptive invoice before a yes"),
  ("P.S. The society down the road took six of them last month, so don't get left behind.", "H", "peer FOMO")])

email("TMVs for the Elmhurst bathrooms", "Dear Mrs Patel,", "Kind regards,\nOwen Price\nTempSafe Valves",
 [("I hope the CQC visit went smoothly last week.", "N", "pleasantry"),
  ("As you noted, the HSE guidance sets a 44 C maximum at the outlet for vulnerable residents, and the TMV3 valves we quoted are certified to that scheme.", "N", "certification the buyer's process requires: rule 8"),
  ("I've attached the quote for 28 valves and I've also sent the direct debit mandate so we can take the deposit as soon as you're back.", "H", "attachment plus assumptive payment step")],
 [("I did spend my whole weekend on the site survey drawings for you, so I was a little hurt not to hear anything back.", "HS", "seller's effort and hurt as guilt: rule 15"),
  ("If I hear nothing by Monday I'll take it that we're going ahead and book the fitters.", "H", "silence means yes"),
  ("Any questions, just call.", "N", "borderline: one polite 'just': rule 1")])

email("Toboggans for the winter park", "Hallo Mr. Lindqvist,", "Best greetings,\nJonas Brückner\nTalfahrt Sledges GmbH",
 [("Thank you for your mail about the 60 toboggans for the new season.", "N", "thanks"),
  ("Our ash-wood model with steel runners is made for rental use, it's allowed for 120 kg and the runners can be changed in ten minutes.", "N", "concrete product detail"),
  ("Please excuse me that my English is not so good and that I write you again, I hope you are not angry with me.", "T", "self-abasing apology, approval seeking")],
 [("We are very proud, we are the biggest toboggan factory in Bavaria and have 14 design prizes.", "S", "generic boast"),
  ("Maybe you could possibly say us which price is okay for you, we will make it fit.", "T", "hedges plus 'name your number': rule 7"),
  ("I send the order confirmation already today so the production can begin, only the signature is missing.", "H", "assumptive order before yes"),
  ("Our offer is valid only until Friday, after this the price goes up, so please be quick.", "H", "deadline with urgency language: rule 4")])

email("Travel vaccinations for the field team", "Dear Helen,", "With best wishes,\nDr Sam Adeyemi\nTravelWell Clinics",
 [("Thank you for sending the deployment dates for your Kenya and DRC teams.", "N", "thanks"),
  ("Yellow fever needs to be given at least ten days before entry for the certificate to be valid, so for your 14 April flight we'd want the clinic done by 2 April.", "N", "borderline: real external constraint with the reason, stated once: rule 4"),
  ("We can run the clinic at your office, which saves your 22 staff a half-day each of travelling to us.", "N", "'we' but the value is the customer's")],
 [("I'll hold the morning of 1 April unless you'd prefer another slot.", "N", "clear next step, prospect's date"),
  ("The Rabies course needs three doses over 21 days, so that one has to start by mid-March.", "N", "borderline: technical prerequisite with a real schedule: rule 6")])

email("Tide gauge for the inner harbour", "Captain Moreau,", "Regards,\nAlice Tran\nTidewise Instruments",
 [("Following our call, I've attached the specification for a radar tide gauge on the north pier with 1-minute logging.", "N", "attachment, follow-up with content"),
  ("Any harbour master who cared about safety would have replaced that float gauge years ago.", "H", "shaming: 'any serious leader' kind")],
 [("I've checked the figures with our engineering team and can confirm the mount fits your existing davit.", "N", "checking on a non-discount matter"),
  ("This is now my fourth email and I can see from the tracker that you've opened every one of them.", "H", "counting attempts plus read-receipt guilt: rule 13"),
  ("If I don't hear from you this week I will take the proposal to your board chair directly.", "H", "bypass threat"),
  ("We are, after all, the award-winning supplier to 40 ports worldwide.", "S", "generic boast")])

email("Woodworm treatment, Highbury Barn", "Hi Jo and Chris,", "All the best,\nNadia\nTimberCare",
 [("Lovely to see the barn again, the oak frame is in better shape than you feared.", "N", "pleasantry with a finding"),
  ("The boring dust under the tie beam is fresh, so there is an active infestation in those two bays and I'd treat them before the plastering goes on.", "N", "expert recommendation backed by inspection"),
  ("The full written report is attached, with photos of each bay.", "N", "attachment")],
 [("Your plasterer starts on the 9th, so we'd aim to finish on the 6th and leave the timber to dry over the weekend.", "N", "prospect's own date"),
  ("Does a site visit on Friday morning suit you both to agree the scope?", "N", "clear next step")])

email("Underground utility locating, Quarry Lane depot", "Dear Mr Osei,", "Kind regards,\nFiona Blake\nUndersight Locating",
 [("Thank you for the drawings of the depot extension.", "N", "thanks"),
  ("We'll use GPR and EML across the whole footprint and mark services to PAS 128 survey type B.", "N", "service detail"),
  ("I've booked our crew for the 12th and will send the card payment link tonight, so please have your card handy.", "H", "assumptive booking and payment")],
 [("Your excavation contractor started on a site like yours last year without a survey and hit a gas main, and I'd hate to see you make the same mistake.", "H", "fear-based shaming to push"),
  ("My quarter closes on the 30th, so a yes this week would really help me out.", "HS", "seller's quarter as reason for a date: rule 16"),
  ("We've surveyed for Network Rail, Heathrow and the Olympic Park, so you're in good hands.", "S", "client-name boast, not tied to their site: rule 8")])

email("Underwater housings for the dive school", "Hiya Sofia!", "Speak soon,\nBen @ UnderLens",
 [("Loved seeing your reef photos from the Red Sea trip.", "N", "pleasantry"),
  ("The Aquashell 6 takes all three of the compact cameras you listed and is rated to 60 m, deeper than your deepest training dive.", "N", "product detail tied to their use"),
  ("Just checking in to see if you'd maybe had a chance to glance at it?", "T", "'just checking in' as purpose plus hedge: rule 1")],
 [("No pressure whatsoever, seriously, ignore me if it's not a good time!", "T", "minimising, feel free to ignore"),
  ("I could also do them at cost if you'd write us a review on your school's page.", "ST", "borderline: discount offered for a review: rule 7"),
  ("P.S. Our founder was a Navy diver and we've got investors from three countries behind us now!", "S", "heritage and investors boast")])

email("Upcycled furniture for Loom Yard", "Hi Priyanka,", "Thanks,\nCal\nUnderhill Reworks",
 [("Thanks for the floor plan and the mood board.", "N", "thanks"),
  ("The 12 reclaimed school-lab tables you liked are solid iroko and seat six each, which gets you the 70 hot-desk places you asked for.", "N", "product detail tied to their target"),
  ("Apologies for taking until Monday to reply; the workshop was flooded over the weekend and I've now measured everything.", "N", "borderline: single courtesy apology with reason and fix: rule 3")],
 [("The tables would be ready for your opening on 2 May if we start sanding in the first week of April.", "N", "prospect's date"),
  ("Shall I bring a sample table top to your site on Thursday?", "N", "next step")])

email("Utility carts for the greens crew", "Mr. Harrington,", "Respectfully,\nDenise Cole\nUtilityWorks Turf",
 [("I'm following up on the quote for four electric utility carts I sent on the 3rd.", "N", "single polite follow-up"),
  ("I apologize yet again for writing, and for the length of this email, and for the price, which I know is steep.", "T", "repeated apologies for price and length"),
  ("Please know that whatever you decide will be completely fine with me, and I'd hate to have upset you.", "T", "approval seeking")],
 [("My regional manager has been asking me daily about your club, and I'd be so grateful if you could sign by the 15th for his sake.", "HS", "manager's wish as reason for a date: rule 16"),
  ("If the price is a problem, I can ask my manager whether there's anything more we can do.", "T", "deferring on a discount to the manager: rule 12"),
  ("Each cart carries 450 kg and the lithium pack runs a full 36-hole day on one charge, and I need the signed order back this week to keep that spec.", "H", "product detail plus invented deadline, no reason: rule 4")])

email("Vellum for the register rebinding", "Dear Dr Fairbairn,", "Yours,\nEleanor Quist\nVelin & Quist",
 [("Thank you for the sample leaf from the 1743 parish register.", "N", "thanks"),
  ("Calfskin in the weight you describe would match the original text block well, and goat would be too stiff for the spine.", "N", "expert recommendation"),
  ("We are the last vellum makers in England, a family firm for six generations, and our skins are in the King's library.", "S", "heritage and prestige boast: rule 8")],
 [("Forgive the long delay, and forgive me for the price as well, I'm terribly sorry it isn't lower.", "T", "apologising for price, repeated"),
  ("The eight skins you need are set aside, and since a cathedral archive is also after them, I'd move quickly.", "H", "legit detail plus manufactured scarcity"),
  ("P.S. I would be so honoured if your archive would let us use your name on our website.", "S", "logo/name favour for the seller: rule 10")])

email("Worm farms for the Year 4 science garden", "Hi Mrs Duarte,", "Best wishes,\nAidan\nVermaGrow",
 [("Thanks for showing me round the garden on Monday.", "N", "pleasantry"),
  ("The three-tier bins take about 2 kg of fruit and veg scraps a day, roughly what your canteen told us it throws away.", "N", "value tied to their data"),
  ("Your bid deadline to the county eco fund is 28 February, so I've put the quote into the format their form asks for.", "N", "prospect's external deadline, serves them")],
 [("I'll pop the worms in the post on Monday along with the setup guide.", "N", "logistics"),
  ("Would a short assembly for Year 4 on the day the bins arrive be useful?", "N", "question, plain ask")])

email("Vintage bus for your wedding day", "Hi Laura and Tom!", "Love,\nRosie x\nVanguard Vintage Buses",
 [("Congratulations again on your engagement!", "N", "pleasantry"),
  ("The 1962 Routemaster seats 64, which is enough for all your guests from the church to Oakley Hall in one run, and honestly, you need it, there's no other option worth a thought.", "H", "product detail plus 'you need it' directive: rule 6"),
  ("Just so you know, we only have 2 buses left for July and three other couples viewed them this week.", "H", "manufactured scarcity")],
 [("I've already asked our driver to keep your date free, so just pop your deposit across and you're done!", "H", "assumptive payment step"),
  ("Honestly I've been so patient with your questions, and after all the photos I've sent you I think I deserve a yes.", "HS", "seller's patience and effort as guilt: rule 15"),
  ("P.S. We were voted best wedding transport in the county three years running!", "S", "generic award boast")])

email("A ventriloquist for the ward party", "Dear Ms Gibbons,", "With thanks,\nMartin Hale",
 [("Thank you for thinking of me for the Christmas party on Ward 5.", "N", "thanks"),
  ("My show runs 30 minutes and can be done bedside for children who can't get to the playroom, and I'm the only children's entertainer in the county with a national comedy award.", "S", "service detail plus award boast"),
  ("I completely understand if you'd rather book someone else, and I'm grateful you even considered me.", "T", "pre-emptive release, thanking for considering: rule 11")],
 [("I'm so sorry, I know the fee probably seems a lot for a hospital, and I'm happy to do it for whatever you think is fair.", "T", "apology for price plus name-your-number"),
  ("I'd better check with my agent before I say anything more on the fee.", "T", "deferring on price: rule 12"),
  ("My DBS certificate is attached, as your play team requested.", "N", "attachment requested")])

email("Windows for the Harrow Street flagship", "Dear Ms Achebe,", "Kind regards,\nSimone Park\nVista Display",
 [("Thank you for your brief for the six Harrow Street windows.", "N", "thanks"),
  ("For the spring launch, I'd theme the windows on the linen range your buyers said is carrying the season, rather than the whole collection.", "N", "confident recommendation tied to their goals"),
  ("Our studio won Retail Window of the Year in 2022 and 2023, and we've dressed for Selfridges, Liberty and Harvey Nichols.", "S", "award and client-name boast")],
 [("I'd love to present our full showreel and the story of how we started, it takes about an hour.", "S", "'hear our story' demo: rule 9"),
  ("The concept boards are attached, and I need your approval on them by Friday or the slot goes to another brand.", "H", "attachment plus ultimatum"),
  ("I'm sorry if this feels like a lot, I know you must get pitched constantly.", "T", "apologising for normal selling")])

email("Coaching for the Harbourmen", "Hi Frank,", "Keep singing,\nJeanette\nVoiceWorks",
 [("It was a joy to hear the Harbourmen on Sunday, the tag on 'Sweet Adeline' gave me goosebumps.", "N", "pleasantry"),
  ("Your leads are pushing in the upper register, and four sessions on breath support before the convention would fix most of it.", "N", "insight the prospect may not have, with a plan"),
  ("Your convention is on 14 June, so I'd start the sessions in the first week of May.", "N", "prospect's own date")],
 [("I'm so sorry for the long email, I do get carried away, I hope that's alright!", "T", "apology for length plus approval seeking"),
  ("I'll send dates for the first two sessions tomorrow.", "N", "next step"),
  ("Whenever suits you, there's really no hurry on my side at all.", "T", "minimising, giving up control"),
  ("Would your music team be free for a 20-minute call on Wednesday evening?", "N", "plain ask with date")])

email("Track hire for the Saturday sessions", "Hello Gemma,", "Cheers,\nDave\nVelo Park",
 [("Following on from your email, Saturdays 8 to 10 am are open on the velodrome from February, but not for long, three other clubs are circling them.", "H", "real availability plus manufactured scarcity"),
  ("The block rate you asked for is GBP 220 a session, or GBP 190 if you commit to the whole 20-week season.", "N", "price requested, concession traded for term: rule 7"),
  ("I'll be honest, this block booking is the last one I need to hit my bonus, so it would make my year.", "S", "seller's bonus, no date or demand")],
 [("Sorry, sorry, I know I'm going on, I'll shut up now!", "T", "self-abasing apology for length"),
  ("I could even drop it to GBP 170 without the season commitment, if that helps.", "T", "unconditional concession after a traded one: rule 7"),
  ("If you don't take the slot now, you'll be riding in the car park next winter.", "H", "'if not now' threat")])

email("Wheelbarrows for the parks teams", "Dear Mr Hussain,", "Yours faithfully,\nRachel Kerr\nWellbarrow Supplies Ltd",
 [("Thank you for your request for quotation reference PK-2291.", "N", "thanks"),
  ("The 110-litre steel barrow with puncture-proof tyre meets the spec in your RFQ and is priced at GBP 64 each for 80 units.", "N", "product detail, price requested"),
  ("I regret to say that if your council doesn't order before the 20th, the price will rise and you will only have yourselves to blame.", "H", "threatening deadline and blame")],
 [("Our patented tipping frame, triple-coat paint, ergonomic grips, rust-proof bolts, spare-part kit and ten-year warranty make us the market leader.", "S", "feature dump plus 'market leader'"),
  ("My sales director also insists I confirm the order before our year-end on the 31st.", "HS", "seller's director and year end as date: rule 16"),
  ("Delivery would be to your Hollins Lane depot within ten days, and given how long you've sat on this, I expect an answer by return.", "H", "logistics plus entitlement")])

email("Waffle irons for the breakfast room", "Hi Chef Marco,", "Best,\nAnnika\nWaffleworks Pro",
 [("Thanks for letting me see the breakfast service on Sunday, the queue at the waffle station was impressive.", "N", "pleasantry"),
  ("The double rotating iron turns out 60 Belgian waffles an hour, which would cut that 15-minute queue by about two thirds.", "N", "value tied to what they saw"),
  ("The spec sheet and price are attached, as you asked.", "N", "attachment requested")],
 [("I'd suggest one double unit rather than two singles, because it takes one socket and your counter only has two.", "N", "confident recommendation with reason"),
  ("Could we set up a trial iron on Friday for the weekend rush?", "N", "plain ask with date")])

email("Wax seals for the Aldwych client letters", "Dear Mr Whitcombe,", "Most respectfully yours,\nHenry Ashdown\nWaxmark & Co.",
 [("I humbly thank you for the honour of your enquiry, and I beg your pardon for any inconvenience my reply may cause.", "T", "self-abasing, apology for normal selling"),
  ("The brass seal with your firm's monogram would be engraved by hand and supplied with 500 sticks of burgundy wax.", "N", "concrete product detail")],
 [("If it is not too much trouble, and only if you might perhaps be willing, I wondered whether we could speak briefly.", "T", "stacked hedges plus permission"),
  ("Naturally, should the figure trouble you in any way, I would happily reduce it by whatever you see fit.", "T", "unconditional 'name your number' discount"),
  ("Our seals were used by three prime ministers and a royal household, a fact of which we are enormously proud.", "S", "prestige boast"),
  ("May I say again how very sorry I am for troubling you at such a busy time.", "T", "repeated apology for normal selling")])

email("Wetland plugs for the Colne reedbed", "Dear Dr Nkemelu,", "Best regards,\nTamsin Rowe\nWetroot Nurseries",
 [("Thank you for the planting schedule for the Colne reedbed.", "N", "thanks"),
  ("We've grown 40,000 Phragmites and 8,000 mixed marginals from Essex-provenance seed, as your ecologist specified.", "N", "provenance requested by the buyer"),
  ("Plugs must go in before the end of May, while the water table is high enough for them to establish.", "N", "borderline: real external constraint with a reason: rule 4")],
 [("I've attached the planting density plan, which leaves room for the water vole corridor.", "N", "attachment"),
  ("I can be on site on 14 April to check the levels with your contractor before planting.", "N", "next step, seller's 'I' serves customer")])

email("Whistles for the grassroots referees", "Hi Sean,", "Thanks\nMo\nWhistleTech",
 [("Got your note re: the 300 whistles for the county's new refs.", "N", "logistics"),
  ("The pealess design won't jam in the rain, which was the complaint your refs raised at the last forum.", "N", "value tied to prospect's problem"),
  ("Price attached, and we've already printed your logo on them, so really the only thing left is to sign.", "H", "attachment plus assumptive production")],
 [("Other county FAs already bought this whistle in bulk, so you're honestly falling behind.", "H", "peers already switched shaming"),
  ("Between us, my boss keeps asking why I haven't landed a county account yet.", "S", "seller's manager and standing, no date or demand: rule 16"),
  ("Look forward to hearing from you, and I'll keep ringing the office every morning until I do.", "H", "pleasantry plus badgering threat")])

email("Windbreaks for the Sandy Cove pitches", "Hello Mrs Pryce,", "Kind regards,\nTerry\nWindshield Camping",
 [("Thanks for your call yesterday about the 120 pitch windbreaks.", "N", "thanks"),
  ("Our 5-pole canvas windbreak survives 40 mph gusts and packs flat for your winter store, and I can knock 20% off straight away if that helps.", "T", "product detail plus unprompted discount: rule 7"),
  ("I'm afraid the price is higher than you hoped, and for that I'm so sorry.", "T", "apology for price")],
 [("I'll have to check with my manager if I can do anything about the discount you mentioned.", "T", "deferring on discount: rule 12"),
  ("No worries at all if it's a no, I'll try you again next season.", "T", "accepting a brush-off without a question: rule 11"),
  ("P.S. I'd love to tell you all about our brand-new range, which the whole team is so excited about.", "S", "I/we-centric, no customer value")])

email("Small wind turbine for Ty Newydd Farm", "Dear Mr Griffiths,", "Regards,\nLowri Jenkins\nWestwind Micro",
 [("Thank you for sharing the anemometer data from your top field.", "N", "thanks"),
  ("At your 6.1 m/s mean, a 10 kW turbine would generate around 24,000 kWh a year, roughly your dairy's whole usage.", "N", "value from the prospect's own data"),
  ("Every month you wait is about GBP 600 of power blown away, literally, so sign this now.", "H", "borderline: plausible cost of delay used to push: rule 5")],
 [("You need this turbine, full stop.", "H", "'you need this' directive"),
  ("Planning permission in Ceredigion typically takes eight weeks, so we'd submit in March for a summer install.", "N", "borderline: real external constraint, permit lead time: rule 4"),
  ("The company has been in business for 30 years and is the UK's number one micro-wind brand.", "S", "years and ranking boast")])

email("Wellies for forest school", "Hi Mr Abbott,", "Thanks so much!\nJess\nWellyBox",
 [("Thank you for the list of sizes for the 90 children in Reception and Year 1.", "N", "thanks"),
  ("I hope it's okay that I've also included a few spare pairs, I'd hate for you to be disappointed in us.", "T", "approval seeking"),
  ("The pairs come in a wash-down rack that holds 30, so your TAs can hose them after each session.", "N", "product detail tied to their routine")],
 [("I'm so embarrassed to keep asking, but would you maybe possibly be able to let me know soon?", "T", "apologetic stacked hedges"),
  ("If you could also mention us in your school newsletter I'd throw in a free rack.", "ST", "borderline: concession for publicity favour: rule 7"),
  ("All 90 pairs can be with you by 1 September, ready for the first week of term, as long as you pay today.", "H", "legit delivery date plus pay-today ultimatum")])

email("Whale-watching trip for the sales kickoff", "Hi Kenji,", "Cheers,\nAsh\nWild Atlantic Whales",
 [("Great to hear your team of 45 is coming to Kinsale in June.", "N", "pleasantry"),
  ("Our 3-hour trip on the 12th leaves at 10, which fits between your morning sessions and the dinner.", "N", "prospect's date and logistics"),
  ("I'm pencilling in 45 seats and will take the deposit from the card we have on file, unless you shout.", "H", "assumptive payment, silence means yes")],
 [("I should mention I'm in a staff contest and the winner is whoever books the biggest group by the end of the month, so a quick yes would be amazing.", "HS", "sales contest as reason for a date: rule 16"),
  ("Our skipper has 22 years on these waters and we've been featured on the BBC!", "S", "generic boast with exclamation"),
  ("Your colleagues in the Dublin office did this trip last year, so don't be the team that missed out.", "H", "peer FOMO")])

email("Wreath-making afternoon for residents", "Dear Mrs Fenwick,", "Warm regards,\nPhoebe\nWildwreath Workshops",
 [("Thank you for inviting us to run the Christmas wreath afternoon for your residents.", "N", "thanks"),
  ("All the foliage is pre-cut and the bases are lightweight, so residents with limited grip can still make a wreath to take home.", "N", "value tied to their residents"),
  ("Saturday 13 December at 2 pm, as you suggested, is fine for us.", "N", "prospect's date")],
 [("Apologies for the slow reply, I was running workshops all week; I've now confirmed the florist.", "N", "borderline: single courtesy apology with reason: rule 3"),
  ("Could you let me know how many residents are likely to join so I bring enough materials?", "N", "plain logistics question")])

email("Xeriscape for the Meridian business park verges", "Dear Mr Alvarez,", "Best regards,\nCarla Ruiz\nXericScapes",
 [("Thank you for the site plan and last summer's water bills.", "N", "thanks"),
  ("Replacing the 2,400 m2 of irrigated lawn with gravel and drought-tolerant planting would cut your water use by about 70%, based on those bills.", "N", "value from the prospect's own data"),
  ("I've spent over 40 hours on these designs for you, so I honestly feel you owe me at least a call back.", "HS", "seller's effort plus entitlement: rule 15")],
 [("I wonder if it might be possible, if you'd perhaps be open to it, to meet for coffee?", "T", "stacked hedges"),
  ("If price is the concern, I can drop the design fee entirely.", "T", "unconditional concession"),
  ("The planting would go in this October, when the autumn rains settle the roots, and I'll need your signature by Monday to hold that.", "H", "real seasonal fact plus first-person deadline with no reason: rule 16")])

email("Yuzu juice for the bar group", "Hi Nate,", "Best,\nHana\nYuzu Direct",
 [("Thanks for sending over the cocktail specs for the spring menu.", "N", "thanks"),
  ("Our fresh-pressed Kochi yuzu keeps 14 days chilled, which fits your weekly delivery to the four bars.", "N", "product detail tied to their logistics"),
  ("I've included the pricing you asked for, and honestly any bar manager who still uses the bottled stuff is embarrassing themselves.", "H", "price requested plus shaming clause")],
 [("Ping me by tomorrow afternoon, or this harvest goes to the buyer from Soho.", "H", "ultimatum with scarcity"),
  ("We also supply three Michelin-starred kitchens in London, and I'd love to tell you all about them.", "S", "name-drop boast"),
  ("Also, apologies if the price looks steep, I feel bad even quoting it.", "T", "apologising for the price: rule 3")])

email("Varnishing the sailing school's fleet", "Dear Commodore Hayes,", "Yours,\nBen Hollis\nYachtbright Brightwork",
 [("Thank you for the chance to look over the six Wayfarers last Saturday.", "N", "thanks"),
  ("The gunwales on four boats have water under the varnish, so I'd strip those to bare wood and rebuild eight coats.", "N", "expert recommendation after inspection"),
  ("The quote is attached with a separate line for each boat, as your treasurer requested.", "N", "attachment requested")],
 [("We'd want the boats by 1 March to have them back for your club's season opening on 5 April.", "N", "prospect's own date"),
  ("I've booked collection with your bosun for 24 February, so please send the 50% deposit by return.", "H", "assumptive booking and payment before a yes"),
  ("We have refinished boats for two Olympic sailors and hold a Royal Warrant, as you may know.", "S", "prestige boast: rule 8")])

email("Beacons for the Mill Road zebra crossing", "Dear Ms Drummond,", "Kind regards,\nAlan Yates\nZebralite Highways",
 [("Thank you for the tender pack for the Mill Road crossing upgrade.", "N", "thanks"),
  ("Our LED Belisha beacons meet BS EN 12368 and run at 8 W each, against 60 W for the globes you have now.", "N", "specification the buyer requires, value"),
  ("We won the Highways Innovation Award and are the most trusted beacon brand in Britain.", "S", "awards, 'most trusted'")],
 [("I'd also be grateful if your authority could give us a quote for our website once the beacons are in.", "S", "testimonial favour before any value delivered"),
  ("If the council doesn't confirm by Friday I'll be escalating this to your Cabinet Member for Transport.", "H", "bypass threat with deadline"),
  ("Tender clarification questions close on 20 March, per your own timetable.", "N", "prospect's deadline")])

email("Mowers for the cemetery grounds team", "Hey Lisa,", "Thanks\nGreg\nZeroTurn Direct",
 [("Good talking Tuesday.", "N", "pleasantry"),
  ("The ZT-52 trims to 5 cm from headstones and turns in its own length, which is what your crew said the ride-ons can't do.", "N", "value tied to their complaint"),
  ("I've already loaded two units on the truck for Monday, so I'll just need your PO number today.", "H", "assumptive delivery and payment step")],
 [("Really sorry for nagging, I know I'm a pain.", "T", "apology for following up"),
  ("Tell you what, I'll throw in 10% off if you sign by Thursday.", "HT", "discount conditioned on the seller's date: rule 7"),
  ("P.S. My commission this month depends on this one, I won't lie.", "S", "seller's commission, no demand")])

email("Zips for the AW26 shells", "Dear Ines,", "Kind regards,\nWei Zhang\nZipline Components",
 [("Thank you for sending the tech pack for the AW26 waterproof shells.", "N", "thanks"),
  ("The #5 water-repellent coil zip matches your 10,000 mm hydrostatic spec and comes in the 12 colors on your card.", "N", "product detail tied to their spec"),
  ("I've attached the pricing for 18,000 units, with a lower tier at 25,000 if you commit to the full year.", "N", "attachment, volume concession traded: rule 7")],
 [("Our factory slots for July are full, and the next free line is from 15 August.", "N", "borderline: real capacity constraint stated once, neutrally: rule 4"),
  ("Would a call on Tuesday at 9 your time suit to confirm the colors?", "N", "next step with date")])

email("Water taxis for the delegates", "Dear Ms Laurent,", "Regards,\nPaolo Conti\nWaterway Shuttles",
 [("Thank you for the programme for the Venice symposium on 8-10 October.", "N", "thanks"),
  ("Three 12-seat taxis on a 20-minute loop between the hotel and the venue would move all 180 delegates before your 9 am keynote.", "N", "plan tied to their schedule"),
  ("I am writing for the fifth time now, and it is not very polite to leave a person without any answer.", "H", "counting attempts plus entitlement: rules 13, 15")],
 [("Because I have already refused two other clients for these dates to keep them for you, I really think you must confirm this week.", "HS", "seller's sacrifice as guilt: rule 15"),
  ("If the budget is difficult, you can tell me any number and I will accept.", "T", "name your number"),
  ("Also my boss asks me every day about this contract, and he wants it closed before our quarter ends on the 30th.", "HS", "manager and quarter as reason for a date: rule 16")])


def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (subject, hello, bye, paras) in enumerate(E):
        eid = "s39e%03d" % (i + 1)
        curly = (i % 3 == 2)
        fix = (lambda x: x.replace("'", "\u2019")) if curly else (lambda x: x)
        blocks, items = [], []
        for para in paras:
            cur = []
            for text, code, note in para:
                text = fix(text)
                items.append((text, code, note))
                if text.startswith("P.S."):
                    if cur:
                        blocks.append(" ".join(cur)); cur = []
                    blocks.append(text)
                else:
                    cur.append(text)
            if cur:
                blocks.append(" ".join(cur))
        body = fix(hello) + "\n\n" + "\n\n".join(blocks) + "\n\n" + fix(bye)
        counts = collections.Counter(); firm = collections.Counter()
        for text, code, note in items:
            assert code in CODES, code
            assert text in body, text
            labs = CODES[code]
            n += 1
            for l in labs:
                counts[l] += 1
                if not note.startswith("borderline:"):
                    firm[l] += 1
            sents.append({"id": "s39-%04d" % n, "email": eid, "text": text, "labels": labs or ["NONE"], "note": note})
        lv = {}
        for l in (H, S, T):
            if counts[l] == 0: lv[l] = 0
            elif counts[l] == 1 or firm[l] == 0: lv[l] = 1
            else: lv[l] = 2
        emails.append({"email": eid, "subject": fix(subject), "text": body, "labels": lv})
    with open(os.path.join(here, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails: f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "test.jsonl"), "w", encoding="utf-8") as f:
        for s_ in sents: f.write(json.dumps(s_, ensure_ascii=False) + "\n")
    # re-read and check
    E2 = [json.loads(l) for l in open(os.path.join(here, "test-emails.jsonl"), encoding="utf-8")]
    S2 = [json.loads(l) for l in open(os.path.join(here, "test.jsonl"), encoding="utf-8")]
    byid = {e["email"]: e for e in E2}
    for s_ in S2:
        assert s_["text"] in byid[s_["email"]]["text"]
        order = [l for l in (H, S, T) if l in s_["labels"]]
        assert s_["labels"] == ["NONE"] or s_["labels"] == order
    subj = [e["subject"] for e in E2]
    assert len(set(subj)) == len(subj)
    # stats
    c = collections.Counter(); multi = bl = 0
    faulty_per = collections.Counter()
    for s_ in S2:
        for l in s_["labels"]: c[l] += 1
        if len(s_["labels"]) > 1: multi += 1
        if s_["note"].startswith("borderline:"): bl += 1
        if s_["labels"] != ["NONE"]: faulty_per[s_["email"]] += 1
    per = collections.Counter(s_["email"] for s_ in S2)
    clean = sum(1 for e in E2 if faulty_per[e["email"]] == 0)
    two = sum(1 for e in E2 if faulty_per[e["email"]] >= 2)
    one = sum(1 for e in E2 if faulty_per[e["email"]] == 1)
    lvl = {l: collections.Counter(e["labels"][l] for e in E2) for l in (H, S, T)}
    print("emails", len(E2), "sentences", len(S2), "per-email min/max", min(per.values()), max(per.values()))
    print("NONE %d (%.1f%%)" % (c["NONE"], 100.0 * c["NONE"] / len(S2)))
    for l in (H, S, T): print(l, c[l], "email levels", dict(sorted(lvl[l].items())))
    print("multi-label", multi, "borderline", bl)
    print("clean emails", clean, "emails with 2+ faulty", two, "with exactly 1 faulty", one)
    print("curly emails", sum(1 for e in E2 if "\u2019" in e["text"]), "P.S. lines", sum(1 for s_ in S2 if s_["text"].startswith("P.S.")))

if __name__ == "__main__":
    build()
