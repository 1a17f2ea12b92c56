#!/usr/bin/env python3
"""Build sealed68: hand-written sales emails labelled sentence by sentence from LABELS.md.

Each email: subject, salutation, sign-off, paragraphs of (sentence, code, note).
Codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combined: HS, HT, ST, HST).
A note starting with "borderline:" marks a sentence decided by one of the guide's borderline rules.
Every third email (3, 6, 9, ...) is written with curly apostrophes; the conversion is applied to the
sentences themselves, so the verbatim-substring check still holds.
"""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["hard_close", "self_serving", "timidity"]
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}

E = []


def email(subject, salutation, signoff, *paras):
    E.append(dict(subject=subject, salutation=salutation, signoff=signoff, paras=paras))


# 1 air rifles, formal, British, public (cadets)
email("Air rifles for the Ashby detachment range",
      "Dear Captain Morland,",
      "Yours sincerely,\nGraham Tulley\nTulley Sporting Arms",
      [("Thank you for sending the range dimensions for the Ashby detachment.", "N", "logistics"),
       ("For a 10-metre range of that size, eight precharged rifles with adjustable stocks would let two relays shoot in a standard parade evening, and I must say a cadet contract would look splendid on our client list.", "S", "legit recommendation + seller-centred aside about their client list")],
      [("We are the only supplier in the region to hold every major target-rifle franchise, and we have done so for thirty-one years.", "S", "generic boast: franchises and years in business"),
       ("Our price is £4,960 including the two spare air cylinders you asked about, although I do realise that is a great deal to ask of a cadet budget and I am sorry it is not lower.", "T", "legit quoted price + apology for the price")],
      [("Delivery to Ashby would be in the week of 3 March, and if it would help I could simply take £600 off before you have even seen the rifles.", "T", "legit delivery date + unprompted, unconditional discount"),
       ("Could your quartermaster confirm whether the range safety certificate is dated after 2023, as that decides whether we can deliver straight to the range?", "N", "plain question with reason")])

# 2 map restoration, chatty, American
email("Your two county survey maps",
      "Hi Dana,",
      "Best,\nRuth Okafor\nOkafor Paper Conservation",
      [("Great to meet you at the Philadelphia antiques fair on Saturday!", "N", "pleasantry"),
       ("I had a closer look at the photos of the two county surveys, and the foxing is mostly on the margins, so the engraved areas should clean up well.", "N", "expert insight"),
       ("Honestly, this is the kind of project I've been dying to add to my portfolio, so it would mean the world to me to land it.", "S", "seller's own stake, no blame or demand (rule 15)")],
      [("I've already blocked out my bench for the week of March 9 and written the full conservation report on spec, so I'd expect a yes from you by Friday.", "HS", "seller's effort offered as what the prospect owes a decision for (rule 15)"),
       ("Once you approve, I'll collect the maps in a climate-controlled crate, and your firm's three other partners have clearly been sitting on this long enough.", "H", "legit pickup detail + sarcasm/shaming aimed at the prospect"),
       ("Would the first week of March suit your office manager for the pickup?", "N", "clear next step")])

# 3 art handling, terse, British, public museum (curly)
email("Kestle touring show: handling quote",
      "Dear Mr Pryce,",
      "Regards,\nSimone Hartigan\nFairway Fine Art Logistics",
      [("Quote for the Kestle touring show attached, as requested.", "N", "attachment as requested"),
       ("Two-person crew, climate-controlled van, crates built to your condition reports.", "N", "concrete product detail"),
       ("Every gallery in the Northern Touring Network has already moved its handling to us, so you're rather the odd one out.", "H", "peers-switched shaming")],
      [("Price holds until 28 February because our fuel surcharge is reviewed on 1 March.", "N", "borderline: factual price expiry with a reason, no urgency language (rule 4)"),
       ("I need the signed booking form back by Wednesday or the crew goes to another venue.", "H", "ultimatum, no reason given (rule 4/16)"),
       ("Happy to walk the loading bay with your registrar's team on Thursday, though if it's not booked by then I'll assume you've gone elsewhere and give the date away.", "H", "legit site-visit offer + threat/fake deadline")])

# 4 aircraft tow tractors, blunt, American, public airport authority
email("Tow tractor for the Q400s",
      "Ray,",
      "Mike Brandt\nTarmac Motive Equipment",
      [("You asked for a tow tractor rated for your two Q400s and the occasional A320 diversion.", "N", "restates their requirement"),
       ("Our TX-40 handles both, and the electric drive would cut the diesel in your sustainability report by about 11,000 gallons a year.", "N", "value tied to their data"),
       ("Frankly, your ramp needs this unit, and there isn't much left to debate.", "H", "'needs this' as a directive, no analysis")],
      [("I've taken the liberty of scheduling operator training for April 14, so all I need from you is the purchase order number.", "H", "legit training detail + assumptive PO before a yes"),
       ("I'll bring the demo unit to your hangar on April 2 as you asked, and if I don't have the PO by then I'll raise it with your airport director at the board meeting.", "H", "legit demo date the prospect asked for + bypass threat"),
       ("The spec sheet and the lease-versus-buy comparison are attached, and we have won the national ground-support supplier award four years straight.", "S", "legit attachment + awards boast")])

# 5 artificial grass, warm, British, tiny private nursery (clean)
email("Garden surface for Little Oaks",
      "Dear Harriet,",
      "Warm wishes,\nTom Ellery\nEllery Landscapes",
      [("Because the slope by the sandpit drains towards the fence, I'd lay a perforated base there so the surface dries within an hour of rain.", "N", "expert recommendation with reason"),
       ("The 30 mm pile we discussed is soft enough for crawling babies and still stands up to ride-on toys.", "N", "product detail tied to their use")],
      [("I've attached two options: the full garden at £7,820 or the sandpit area alone at £3,150.", "N", "prices asked for"),
       ("Your council tree officer mentioned the protection order on the oak, so we'd hand-dig within the root zone rather than use the machine.", "N", "real constraint, handled"),
       ("Would a half-term install in the week of 16 February work for your staff?", "N", "clear next step with date")])

# 6 bath resurfacing, very deferential, British, housing association (curly)
email("Resurfacing the 46 baths",
      "Dear Mr Whitfield,",
      "With kind regards,\nPauline Marsh\nGlazewell Bath Renovation",
      [("Please forgive me for writing to you yet again, and I do hope this message does not arrive at a bad moment.", "T", "apology for following up + approval-seeking"),
       ("I was wondering whether perhaps you might possibly have had a moment to consider our quote for the 46 chipped baths.", "T", "stacked hedges"),
       ("Resurfacing in place takes one day per flat, so tenants keep their bathrooms instead of waiting a week for a refit.", "N", "value for tenants")],
      [("I am so sorry the price came to £11,500; I know it must seem a great deal.", "T", "apology for the price"),
       ("Of course, if you felt it was too much, you could tell me any figure you had in mind and I would do my very best to match it.", "T", "asks the buyer to name their number"),
       ("Our enamel carries a five-year warranty against peeling, which your maintenance manager asked about, and I'd be so grateful if you could forgive me for going on at such length.", "T", "legit warranty answer + apology for the email's length")],
      [("P.S. As you suggested on the phone, I have copied your colleague Mrs Adeyemi.", "N", "copying a colleague at the prospect's request")])

# 7 clay targets, chatty, British, small shooting ground
email("Targets for next season",
      "Hi Gav,",
      "Cheers,\nLiam Doherty\nPennine Clays",
      [("Cheers for the order history, that made it easy to work out your season.", "N", "pleasantry"),
       ("You got through roughly 90,000 standard targets last year, so a pallet every six weeks would keep your store from overflowing and, to be fair, would get me my first bonus of the season.", "S", "legit value + seller's bonus, no date on the prospect (rule 16)"),
       ("We're the UK's top-rated target maker three years running, and our biodegradable range won Product of the Year at the Game Fair!", "S", "awards and rankings, generic boast")],
      [("Every ground in your county has switched to us, so I'd hate you to be the last one still throwing the old pitch targets.", "H", "peers-switched shaming"),
       ("The biodegradable ones break cleaner in damp weather, which should help with the lost-bird complaints you mentioned, and I've already put your first pallet on Thursday's lorry.", "H", "legit product point + assumptive delivery before a yes"),
       ("Shall I bring a case of each type to your Sunday shoot so your regulars can try them?", "N", "plain offer")])

# 8 cyber awareness, formal, American, savings bank
email("Phishing training after the Maple Avenue incident",
      "Dear Ms. Lindqvist,",
      "Sincerely,\nAaron Feld\nSentryLoop Security Training",
      [("Thank you for your time on Tuesday's call about the phishing incident at your Maple Avenue branch, which is exactly the kind of story that made us the fastest-growing firm in the sector.", "S", "legit context + growth boast"),
       ("Based on your incident report, a 40-minute module on invoice fraud, followed by quarterly simulated phishing, would address the exact attack your teller received.", "N", "insight tied to their incident"),
       ("Our platform includes gamified modules, a leaderboard, SCORM export, Slack integration, 40 languages, custom branding, and an AI tutor.", "S", "feature dump not tied to their outcome")],
      [("I'm also three seats short of my Q4 number, so getting your signature before December 31 would make my year.", "HS", "seller's quota + date for the prospect's signature (rule 16)"),
       ("Your examiners will expect documented training before the April review, which is why I suggested starting in February.", "N", "borderline: real external constraint stated once with reason (rule 4)"),
       ("Could you share the number of staff at each of your seven branches so I can finalize the license count, and frankly any CFO who has just had a teller phished shouldn't need persuading?", "H", "legit ask + shaming the prospect")])

# 9 card terminals, non-native English, British council markets (curly)
email("Card payment for Saturday market traders",
      "Dear colleagues of the market office,",
      "Best regards,\nJoão Ferreira\nPagaFácil Payments UK",
      [("I read your note that 38 traders still take cash only and lose sales when the machine on the square is empty.", "N", "restates their problem"),
       ("Our terminals work on 4G, so the traders do not need the wifi of the market hall.", "N", "technical fact, value"),
       ("Also we are very proud, our company is number one in Portugal and won many prizes, it's a very big success story!", "S", "generic boast with exclamation")],
      [("I send already the contract and the invoice for 38 terminals, please only sign and pay before the 15th.", "H", "assumptive invoice and payment before a yes"),
       ("Other market in Leicester use our terminals since long time, they will laugh if you stay with cash.", "H", "peer shaming"),
       ("If you want, I can come to the market on Saturday 8th and show the traders how it work, but honestly I put so many hours in this offer that I feel you owe me at least an answer.", "HS", "legit demo offer + seller's effort as guilt (rule 15)")])

# 10 copper stills, warm, American (clean)
email("Pot still drawings",
      "Hi Marcus,",
      "All the best,\nJenna Castellano\nBlue Ridge Coppersmiths",
      [("Congratulations on getting your federal permit approved, that's a huge milestone.", "N", "pleasantry"),
       ("For the 250-gallon pot still, we'd recommend a helmet with a thumper, since you want a heavier bourbon style.", "N", "expert recommendation with reason")],
      [("The permit office told you to allow 90 days for the fire marshal's sign-off, so I've planned fabrication to finish in week 10.", "N", "real external lead time, the prospect's own process"),
       ("The drawings and the payment schedule are attached, with the deposit due only after you approve the final drawings.", "N", "attachment, payment after approval"),
       ("Does Thursday at 2 p.m. work to go through the drawings?", "N", "clear next step")],
      [("P.S. The fire marshal will want the pressure-relief valve certificate, so I've included a copy.", "N", "technical prerequisite, logistics")])

# 11 crisis comms, blunt, British, large water utility
email("Crisis communications retainer",
      "Helen,",
      "Rob Aitken\nBrightline Crisis Counsel",
      [("Following up on last week's pitch for the crisis communications retainer.", "N", "single follow-up line (rule 13)"),
       ("Your last boil-water notice took nine hours to reach social media, and that gap is where the complaints came from.", "N", "insight from their incident"),
       ("I'll be blunt: if your board doesn't sign this quarter, you'll be explaining the next outage to the regulator on your own.", "H", "'now or never' fear push")],
      [("This is my fourth email since the pitch, and I'd appreciate the courtesy of a reply.", "H", "counting attempts + entitlement (rule 13)"),
       ("The retainer is £8,400 a month for round-the-clock cover with a two-hour response guarantee, and I'll need your director's signature on it by Friday.", "H", "legit price + unexplained ultimatum"),
       ("I can be at your Reading office on Monday if that's easier than another email, or I'll put it straight to your chief executive.", "H", "legit meeting offer + bypass threat")])

# 12 cavity wall ties, chatty, British, letting agency (curly)
email("Wall ties for the Albion Street flats",
      "Hi Priya,",
      "Thanks,\nDave Cullen\nCullen Wall Tie Services",
      [("Thanks for the list of the 22 flats where landlords have reported cracks along the mortar joints, and I do hope you don't mind me sending this on a Sunday.", "T", "legit thanks + approval-seeking"),
       ("Stainless helical ties drilled in from outside would stop the outer leaf bowing, with no need to get inside the flats.", "N", "product detail tied to their problem"),
       ("We're a family firm and have been repairing brickwork in this town for four generations.", "S", "borderline: heritage line (rule 8)")],
      [("Sorry, I know this email has gone on far too long, and sorry again for chasing.", "T", "apologies for length and for following up"),
       ("I suppose we could just do the whole lot at cost if that would make it easier for you.", "T", "unprompted discount"),
       ("Would Tuesday morning suit for a survey at the Albion Street block, if that's all right and not too much of a bother?", "T", "legit meeting ask + permission-begging")])

# 13 clinical coding audit, formal, British, NHS trust
email("Clinical coding audit proposal",
      "Dear Dr Osei,",
      "Yours sincerely,\nFrances Lowe\nMeridian Coding Assurance",
      [("Thank you for sharing the coding accuracy figures from your last external audit, and I do apologise for taking up so much of your time with this.", "T", "legit thanks + apology for normal selling"),
       ("At 82% accuracy on primary diagnosis, your trust is likely under-recovering income on complex respiratory cases.", "N", "insight from their data"),
       ("We audited three trusts of a similar size last year, and the quickest gain came from a coder-clinician query process on discharge.", "N", "social proof turned into advice")],
      [("Our director has asked me to secure one more NHS logo for our website before the financial year ends, so a signed order by 31 March would help me enormously.", "HS", "logo favour + manager's wish as reason for a date (rule 16)"),
       ("To make that easier, I would be glad to take 15% off if the order is signed by that date.", "HT", "discount conditioned on the seller's date, reason not in this sentence (rule 7)"),
       ("The attached proposal sets out a 12-week audit of 600 episodes across respiratory and cardiology, and I should add that we were shortlisted for three national healthcare awards last year.", "S", "legit proposal detail + generic awards boast")])

# 14 cocktail bitters, terse, American, bar group
email("Bitters samples",
      "Sam,",
      "Nico\nHollow Root Bitters Co.",
      [("Samples of the orange and cardamom bitters ship today, as you asked.", "N", "logistics"),
       ("Both hold up in a stirred drink, which is what your Old Fashioned program needs.", "N", "'needs' in a harmless sense"),
       ("Price is $14 a bottle at 120 bottles a month, and it won't be that low once the other bars in your group hear about it.", "H", "legit price + manufactured urgency")],
      [("Half the bars on Fulton Street already pour ours, so you're behind.", "H", "peer shaming"),
       ("I'll put you down for the first 120 bottles, invoice to follow.", "H", "assumptive order and invoice"),
       ("Tell me which of the four locations gets the delivery.", "N", "borderline: logistics line inside a pushy email (rule 14)")])

# 15 demand forecasting, warm, American, regional grocer (clean, curly)
email("Berry waste at Elm Grove",
      "Hi Tasha,",
      "Warmly,\nDev Raman\nShelfcast Analytics",
      [("Thanks for walking me through the shrink numbers at the Elm Grove store, it was really helpful to see where the waste happens.", "N", "pleasantry"),
       ("Your produce team is ordering from last year's sales, which is why the berries spoiled after the early heat wave.", "N", "insight"),
       ("Our model pulls in the local weather forecast, so it would have raised the berry order before that heat wave and cut it afterward.", "N", "'our', but value is the buyer's")],
      [("Apologies for the delay in sending this; our data team needed an extra day to clean your POS export.", "N", "borderline: single courtesy apology with the reason (rule 3)"),
       ("I'd suggest a 12-week pilot in the Elm Grove and Cedar Park stores, measured against the other four as a control.", "N", "confident recommendation"),
       ("Could we review the pilot design with your category manager next Wednesday?", "N", "next step with date")])

# 16 dust suppression, blunt, British, large quarry firm
email("Haul road dust, north boundary",
      "Mr Halloran,",
      "Steve Pask\nGroundLock Dust Control",
      [("Your haul road dust readings at the north boundary breached the permit limit twice in August.", "N", "fact from their data"),
       ("A polymer binder sprayed weekly would hold the fines down far longer than the water bowser, and any quarry manager who cared about his permit would have ordered it after the first breach.", "H", "legit recommendation + shaming")],
      [("I've driven up to your site three times on my own time to take those readings, so the least I'm owed is a decision this week.", "HS", "seller's effort as guilt (rule 15)"),
       ("The Environment Agency's review of your permit is on 14 November, which is why I'd want the first application done in October.", "N", "borderline: real external date, stated once with reason (rule 4)"),
       ("I can have a trial section sprayed on Tuesday, and if you don't take it I'll be writing to your group operations director about those breaches.", "H", "legit trial offer + bypass threat")],
      [("P.S. The binder is water-based and safe beside the brook along your east boundary.", "N", "product fact tied to their site")])

# 17 diamond blades, non-native English, British stonemason
email("Blade for the granite memorial",
      "Dear Mr Pendry,",
      "Kind regards,\nTomasz Wieczorek\nDiamax Tools",
      [("Thank you for the meeting in your workshop last week, the granite for the memorial is very beautiful.", "N", "pleasantry"),
       ("For this granite I recommend our segmented blade of 600 mm, it cuts 30% faster than the blade you use now and stays cool.", "N", "recommendation tied to their material"),
       ("Maybe, if it is possible, perhaps you could eventually consider to try one blade, if you have time and it is not disturbing?", "T", "stacked hedges + permission-seeking")],
      [("The blade is guaranteed for 400 metres of cut in granite, and I am sorry, I know our price is high, I am very sorry for this.", "T", "legit guarantee + repeated apology for the price"),
       ("My boss say I must sell ten blades in this month or I have a problem, so please help me.", "ST", "seller's target, no date on the prospect's action, pleading for own sake (rules 15/16)"),
       ("The blade is €389 and we deliver in three days, and of course I can ask my manager if he can make it cheaper for you.", "T", "legit price and delivery + deferring on discount to manager")])

# 18 epoxy resin, chatty, American, small surfboard shaper (curly)
email("Resin kit follow-up",
      "Hey Kai,",
      "Talk soon,\nBri Nakamura\nClearline Composites",
      [("Stoked you liked the sample kit!", "N", "pleasantry"),
       ("Our UV-stable resin won't yellow on the white boards you mentioned, and the slower hardener gives you more time on the long rails.", "N", "'our', value tied to their boards"),
       ("We were just named the #1 resin brand by Shaper Weekly, beat out all the big guys, and our founder was on a podcast last month!", "S", "rankings and press boast")],
      [("Could you do me a solid and post a review on your Instagram, since my marketing team keeps pushing me for shaper testimonials?", "S", "favour that benefits the seller"),
       ("If you post it, I'll knock 20% off your first order.", "ST", "borderline: discount offered to win a personal favour (rule 7)"),
       ("A 5-gallon kit runs $389, ships from San Diego in two days, and I'll need your card today to hold the batch.", "H", "legit price + assumptive payment step")])

# 19 electrolyte sachets, formal, British, county council
email("Hydration for the highways crews",
      "Dear Ms Achebe,",
      "Yours sincerely,\nCallum Reid\nHydraWork Ltd",
      [("Thank you for your enquiry about hydration for the highways crews during summer resurfacing.", "N", "pleasantry"),
       ("Your occupational health team's heat-stress log showed six incidents last July, all on days above 28°C.", "N", "their data"),
       ("Our sachets are dosed for outdoor manual work, as the twelve Olympic medallists who endorse us will tell you, and each crew van would carry a month's supply in a small tub.", "S", "legit product detail + endorsement boast")],
      [("I should mention that we hold a Royal Warrant, have been featured on national television and are backed by two leading sports investors.", "S", "credentials and investors, generic boast"),
       ("I have reserved the pallet for you and will invoice on Friday unless I hear otherwise.", "H", "silence means go-ahead"),
       ("Stocks of the lemon flavour your crews preferred are nearly gone and another council is eyeing the rest, so I would not sit on this.", "H", "legit flavour detail + scarcity and urgency")])

# 20 equine physio, warm, British, public mounted police (clean)
email("Physio for the mounted section",
      "Dear Sergeant Kaur,",
      "Best wishes,\nAnna Threlfall MCSP\nThrelfall Equine Physiotherapy",
      [("Thank you for showing me round the stables at Hylton Road on Thursday.", "N", "pleasantry"),
       ("Of the twelve horses, Bramble and Caspian showed the most tension through the back after long standing duty at football matches.", "N", "insight from assessment"),
       ("I'd suggest a monthly visit for the whole string, with fortnightly sessions for those two until the season ends.", "N", "confident recommendation")],
      [("So sorry to hear that Major is lame again; I'm happy to liaise with your vet before I treat him.", "N", "sympathy, not an apology"),
       ("My fees are £55 per horse, and the vet's referral form you need for the insurer is attached.", "N", "price and a technical prerequisite"),
       ("Would the first Monday of next month work for the initial visit?", "N", "next step")])

# 21 freeze dryer, terse, American, university pilot plant (curly)
email("Pilot freeze dryer quote",
      "Dr. Huang,",
      "Greg Sorensen\nCryoPrime Systems",
      [("Quote for the 10 m² pilot freeze dryer is attached.", "N", "attachment"),
       ("It fits the 2.4 m ceiling height in your Building C bay, and three of the top ten pharma schools already run one.", "S", "legit fit detail + generic prestige boast"),
       ("Our unit has CIP, SIP, Part 11 audit trails, remote monitoring, a 15-inch HMI, a recipe library, and nitrogen backfill.", "S", "feature list not tied to their outcome")],
      [("Lead time is 26 weeks because the compressor comes from Germany, so don't drag your feet or you'll lose the slot.", "H", "legit lead time + urgency language"),
       ("The price is only good until Friday, and after that you're on your own.", "H", "fake deadline with a threat"),
       ("Sign by Friday and I'll throw in the installation free.", "HT", "concession conditioned on the seller's date (rule 7)")])

# 22 feng shui, very deferential, British, large bank
email("Guildford branch layout",
      "Dear Ms Farrant,",
      "With every good wish,\nLorna Vesey\nHarmony Space Consulting",
      [("I do hope you will forgive me for troubling you once more about the Guildford branch layout.", "T", "apology for following up"),
       ("You mentioned customers feel hemmed in at the counter, and turning the queue line to face the window would open the space.", "N", "recommendation tied to their complaint"),
       ("I would completely understand if this isn't really for you, and please don't feel you have to reply at all.", "T", "pre-emptive release / permission to ignore")],
      [("My usual fee for a branch of that size is £1,450, but if that is a concern I could do it for whatever you feel is fair.", "T", "legit fee + name-your-number concession"),
       ("The written report would arrive within five working days of the site visit, and I really hope that's all right with you.", "T", "legit delivery detail + approval-seeking")],
      [("P.S. I'm terribly sorry if my last email came across as pushy.", "T", "apology for normal selling")])

# 23 foundry patterns, blunt, British, small foundry
email("Pump housing pattern",
      "Keith,",
      "Jim Arkwright\nArkwright Patternmakers",
      [("Got your drawings for the pump housing pattern.", "N", "logistics"),
       ("In oak and resin the core prints would last about 2,000 moulds, which covers your three-year order from the water company.", "N", "value tied to their order"),
       ("My commission this quarter rides on big orders like yours, so I'd rather we got it across the line.", "S", "seller's commission stated, no date on the prospect's action (rule 16)")],
      [("Let me know by Thursday or I release the pattern shop's slot to the next customer and you go to the back of the queue.", "H", "ultimatum"),
       ("Shrinkage allowance is 1.3%, per your metallurgist's note, and frankly your foundry needs these patterns whether you like it or not.", "H", "legit technical detail + 'you need this' directive (rule 6)"),
       ("Call me if anything in the drawings doesn't match, and don't make me chase you a third time.", "H", "legit close + counting/entitlement at the prospect (rule 13)")])

# 24 flags, warm, American, city hall (curly)
email("Flags for the sister-city visit",
      "Hi Carla,",
      "Warmly,\nBeth Ann Moody\nStarfield Flag Works",
      [("It was wonderful to hear the flags are going up for the sister-city visit in June.", "N", "pleasantry"),
       ("For the 14 poles on Main Street, I'd suggest our 3x5 knitted polyester, which won't fray in the wind off the river and which won us Best in Show at the national flag expo three years running.", "S", "legit recommendation + award boast"),
       ("Since you need them by May 20, I'd place the order by April 15 to allow for the sewn-in crests.", "N", "deadline derived from the prospect's own date")],
      [("I'm really hoping this one comes through, because my manager has been on me about city accounts all spring.", "S", "seller's stake, no date or demand (rule 16)"),
       ("Honestly, I've spent two weekends redrawing your crest for free, so I was a bit crushed not to hear back.", "HS", "seller's effort and feelings as guilt (rule 15)"),
       ("Proofs are attached for your committee, and Riverside and Elmhurst have already ordered theirs, so you don't want to be the town with bare poles.", "H", "legit attachment + peer shaming")])

# 25 genomic sequencing, formal, British, salmon hatchery (clean)
email("Genomic selection for the broodstock",
      "Dear Dr MacLeod,",
      "Yours sincerely,\nPeter Stroud\nHelix Aquagenomics",
      [("Thank you for the summary of your broodstock programme at the Loch Creran hatchery.", "N", "context"),
       ("Low-pass sequencing of 2,400 fish would give you genomic breeding values for sea-lice resistance at roughly a third of the cost of a SNP array.", "N", "value tied to their programme"),
       ("We ran the same design for a Norwegian hatchery last year, and their key lesson was to fin-clip at tagging rather than at sorting.", "N", "social proof turned into advice")],
      [("Samples would need to reach us in ethanol within ten days of clipping to keep the DNA usable.", "N", "technical prerequisite"),
       ("I will confirm the data-sharing terms with our legal team and send them by Friday.", "N", "checking with someone on a non-discount matter, with a date"),
       ("Could we fix a call with your geneticist before the spawning season?", "N", "next step")])

# 26 gender pay gap, chatty, British, university
email("Your pay gap snapshot",
      "Hi Jo,",
      "Best,\nNaomi Kettle\nEquiMetric Consulting",
      [("Thanks for sending your snapshot data through so quickly, and sorry in advance for the essay that follows!", "T", "legit thanks + apology for length"),
       ("Your mean gap is 17.9%, but most of it sits in the grade 9 and 10 roles, which is a very different story from an equal-pay problem.", "N", "insight from their data"),
       ("A second pass on the bonus data would show whether the gap is in base pay or in who gets bonuses, and we've been named Consultancy of the Year twice, with our founder on the government's advisory panel.", "S", "legit insight + awards and status boast")],
      [("I'm sure you're flat out, so honestly whenever suits, even after Christmas is absolutely fine!", "T", "minimising, zero urgency"),
       ("And do feel free to tell me to go away if this isn't helpful.", "T", "permission to ignore"),
       ("The statutory deadline for your 2025 publication is 4 April, so I'd book the analysis for February, but honestly I'll go with whatever you decide, I wouldn't want to overstep.", "T", "legit external deadline + approval-seeking, gives up the recommendation")])

# 27 GRP grating, non-native English, British chemical plant (curly)
email("GRP grating for the acid plant walkways",
      "Dear Mr Oduya,",
      "Best regards,\nMehmet Aydın\nNorthern Composite Grating",
      [("We receive your drawing for the walkways over the acid tanks, thank you very much, and please excuse me for writing you again so soon.", "T", "legit thanks + apology for following up"),
       ("Over the acid tanks the grating needs vinylester resin, or the fumes will attack it inside two years.", "N", "technical prerequisite / expert recommendation (rule 6)"),
       ("Our factory is the biggest in the north, three pultrusion lines, and we have ISO 9001, ISO 14001, ISO 45001 and many other certificates.", "S", "boast and certificate list not asked for")],
      [("Other chemical plants in Teesside they all come to us now, only you are still buying steel grating.", "H", "peer shaming"),
       ("The price is £1,840 for all 60 panels, please send the deposit of £1,200 today and we start to cut them on Monday.", "H", "legit price + assumptive payment"),
       ("I am so sorry if this sounds too strong, please don't be offended.", "T", "needing approval, apology for selling")])

# 28 glass beads, terse, American, striping contractor
email("Bead quote, I-80 job",
      "Luis,",
      "Pat Greer\nBrightway Glass Beads",
      [("Following up on the bead quote from March 3.", "N", "single follow-up line (rule 13)"),
       ("Type 3 beads at your application rate would get the I-80 job past the state's 250 mcd retroreflectivity spec.", "N", "value tied to their spec"),
       ("$0.68 a pound, delivered to the Sparks yard, and Mesa Striping already locked in their summer tonnage at that.", "H", "legit price + competitor shaming/FOMO")],
      [("The tracker shows you opened the quote four times, so I'm not sure why I haven't heard back.", "H", "read-receipt guilt (rule 13)"),
       ("I've put 40 tons on hold in your name, so just send the PO and a card for the deposit.", "H", "assumptive payment step"),
       ("I'll call Thursday at 9, and again Friday, and every day after that until this is settled.", "H", "legit call time + badgering")])

# 29 event insurance, formal, American, conference organizer
email("Cover for the ClinTech Summit",
      "Dear Mr. Abara,",
      "Sincerely,\nLaura Kessler\nBeacon Event Underwriting",
      [("Thank you for the details of the ClinTech Summit in Denver, October 12 to 14, and congratulations on finally getting back to me after three weeks of silence.", "H", "legit thanks + sarcasm at the prospect's conduct (rule 15, guilt on the prospect only)"),
       ("Given that 60% of your revenue comes from the two keynote sessions, I'd recommend adding non-appearance cover for both speakers.", "N", "recommendation from their data"),
       ("Our carrier has been A-rated for 70 years, is trusted by the world's leading brands, and has won more industry awards than any other.", "S", "generic boast")],
      [("I've already bound the policy in principle, so please send the card details for the $6,200 premium today.", "H", "assumptive payment before a yes"),
       ("If the hotel contract's force majeure clause stays as drafted, weather is excluded, so it's worth asking them to amend it.", "N", "insight for the prospect"),
       ("I'm happy to join your call with the hotel's legal team next week, and I'd expect your answer on the policy before then, given how much of my week this has taken.", "HS", "legit offer + seller's effort as leverage for a decision (rule 15)")])

# 30 intranet, very deferential, British, county council (curly)
email("Staff intranet, phase two",
      "Dear Mrs Blake,",
      "With kind regards,\nOliver Penrose\nClearpath Digital",
      [("I hope you don't mind me getting in touch again about the staff intranet.", "T", "approval-seeking for following up"),
       ("Your survey found that 4 in 10 staff can't find the HR policies, which is costing the HR helpdesk about 300 calls a month.", "N", "insight from their data"),
       ("I was hoping that perhaps, if it wasn't too much of an imposition, we might possibly arrange a short call.", "T", "stacked hedges + permission")],
      [("Our price came in at £38,000, and I'm really sorry it isn't lower.", "T", "apology for the price"),
       ("Of course I completely understand if you'd rather leave it, and I'll simply try again next year.", "T", "accepts a brush-off pre-emptively without a question"),
       ("The discovery report from the first phase is attached.", "N", "attachment")])

# 31 isotope analysis, warm, British, small archaeology unit (clean)
email("Isotopes for the Barrow Lane burials",
      "Dear Fiona,",
      "All best,\nDr Ines Carrow\nStrata Isotope Lab",
      [("Thanks so much for the skeleton report from the Barrow Lane cemetery.", "N", "pleasantry"),
       ("Strontium and oxygen isotopes on the 14 burials would show whether any of them grew up outside the chalk downland.", "N", "insight"),
       ("We dated the Roman burials at a nearby site, so we already have a baseline strontium map for your part of the downs.", "N", "credential tied to their site")],
      [("If you could send the teeth in the sealed bags we'll post you, that avoids any modern contamination.", "N", "logistics with reason"),
       ("The cost is £340 per sample, with results in eight weeks.", "N", "price and turnaround"),
       ("Your post-excavation assessment is due to the county archaeologist on 30 June, so we'd want the teeth by late March.", "N", "deadline derived from the prospect's own date")])

# 32 jewellery casting, chatty, American, small designer
email("Casting the fall rings",
      "Hi Mia,",
      "xo,\nTess Alvarado\nBench & Flame Casting",
      [("Love the wax carvings for the fall collection!", "N", "pleasantry"),
       ("Casting the rings in recycled 14k will keep the porosity down on those thin bands.", "N", "expert insight"),
       ("Thought I'd float my quote from last week back to the top of your pile, in case you'd had half a second?", "T", "a nudge with no new content, minimising and permission-seeking (rule 1)")],
      [("No worries if not, I know you're slammed, I can totally wait forever!", "T", "minimising, zero urgency"),
       ("The quote is $2,140 for all 36 rings, and I could also just match whatever the other caster quoted you, if that makes it easier.", "T", "legit price + unprompted price match"),
       ("Turnaround is ten business days from the time we receive the waxes, and sorry again for filling up your inbox.", "T", "legit turnaround + apology for following up")])

# 33 jury research, formal, American, law firm (curly)
email("Mock juries for Harlan v. Westfield",
      "Dear Ms. Greenbaum,",
      "Respectfully,\nDaniel Mercer\nVerdict Lens Research",
      [("Thank you for outlining the Harlan v. Westfield trial schedule, and I hope you'll forgive the length of what follows.", "T", "legit thanks + apology for the email's length"),
       ("Two mock juries drawn from Cook County would show you whether the damages model lands before your expert is deposed.", "N", "insight for their case"),
       ("We have conducted more than 900 mock trials, our founders clerked for two appellate judges, and we were ranked first by a national trial magazine.", "S", "credentials and rankings boast")],
      [("I need your engagement letter by Monday, since our managing partner is finalizing the quarter's revenue forecast.", "HS", "date for the prospect + seller's forecast reason (rule 16)"),
       ("Frankly, any firm that goes to trial without testing its damages theme is gambling with the client's money.", "H", "'any serious firm' shaming"),
       ("Panel recruitment takes three weeks, so the jury sessions could run on May 2 and 3.", "N", "real lead time, logistics")])

# 34 kinship carer training, blunt, British, public (county council)
email("Kinship carer training, spring intake",
      "Mr Gill,",
      "Tony Rawlins\nHearthside Family Training",
      [("Your team placed 31 children with grandparents, aunts and uncles last year, and most of those carers had no training before the child arrived.", "N", "their data"),
       ("Our six-evening course covers contact with birth parents and managing trauma, so your social workers stop fielding the same crisis calls at 10 p.m.", "N", "value tied to their problem"),
       ("Your service can't go another year without this course, so it wants signing before the spring intake, full stop.", "H", "directive ('can't go without this') + invented deadline")],
      [("I've already booked the venue for all six evenings, so send over the signed agreement and we'll invoice from the 1st.", "H", "assumptive booking and invoice"),
       ("The draft agreement covers all six evenings from the 1st of next month, and I'll keep ringing your office each morning until someone signs it.", "H", "legit contract detail + badgering"),
       ("The fee is £640 per cohort of twelve carers, and every other council in the region already pays it.", "H", "legit price + peers-already-bought pressure")])

# 35 kiddie rides, warm, British, shopping centre (clean)
email("Rides by the food court",
      "Dear Ellie,",
      "Kind regards,\nGareth Pugh\nHappy Penny Amusements",
      [("Lovely to meet you and the marketing team at the Westway Centre on Monday.", "N", "pleasantry"),
       ("Your footfall data shows families lingering by the food court, so two rides beside the seating would keep children busy while parents finish their coffee.", "N", "value from their data"),
       ("We'd take 60% of the takings and you'd keep 40%, with no upfront cost to the centre.", "N", "terms")],
      [("We can go to 50:50 only if the agreement runs for three years.", "N", "concession traded for term (rule 7)"),
       ("Your fire officer's point about the exit route is taken, so I've moved both rides two metres back on the plan.", "N", "responds to their constraint"),
       ("Would a site visit on 3 March suit your operations manager?", "N", "next step")])

# 36 kitting, chatty, American, cosmetics startup (curly)
email("Holiday gift sets",
      "Hi Bree,",
      "Cheers,\nSofia Lindgren\nPackRight Fulfillment",
      [("So fun seeing your holiday gift-set samples come together, and I'd love to feature them in our new case-study reel if you'd let us!", "S", "legit pleasantry + case-study favour (rule 10)"),
       ("Packing 8,000 sets by hand would take your team about three weeks, and we could turn them around in five days.", "N", "value tied to their volume"),
       ("Our facility is FDA-registered, which your retail buyer's vendor checklist asks for.", "N", "certification the buyer's process requires (rule 8)")],
      [("Also, my manager is breathing down my neck to close Q4, so if you could sign by Friday it'd really save me.", "HS", "manager's wish + date for the signature (rule 16)"),
       ("I'm sure you're swamped, so sorry for all the emails lately!", "T", "apology for following up"),
       ("The quote with the per-unit price of $1.85 is attached, and honestly I could probably go lower if that's what it takes.", "T", "legit attachment + unprompted discount")])

# 37 litigation funding, formal, British, small claimant company
email("Funding your claim against the former distributor",
      "Dear Mr Sandhu,",
      "Yours sincerely,\nCatherine Nwosu\nArden Litigation Capital",
      [("Thank you for sending the summary of your claim, which I have spent the better part of two weekends reviewing for you, so I trust you will give our terms the serious answer they deserve.", "HS", "seller's effort offered as what the prospect owes a decision for (rule 15)"),
       ("On the figures in the expert report, a claim of £2.1 million with a strong documentary record fits our funding criteria.", "N", "value tied to their claim"),
       ("Our investment committee next meets on 18 September, which is the next date a funding decision can be made.", "N", "borderline: a real scheduling constraint stated once, neutrally (rule 4)")],
      [("Other claimants in your position have snapped up our terms within days, and I cannot promise they will still be available next week.", "H", "manufactured scarcity"),
       ("Should you decide to walk away now, you will simply be swallowing the loss for good.", "H", "'if not now, never' framing"),
       ("I would suggest a call with your solicitor on Thursday to go through the term sheet; we have, after all, funded more claims than any other firm in the country.", "S", "legit next step + generic boast")])

# 38 lobbying, terse, British, trade association
email("Planning reform campaign",
      "Martin,",
      "Ruth\nCorridor Public Affairs",
      [("Draft engagement letter for the planning reform campaign attached.", "N", "attachment"),
       ("The consultation closes on 9 May, so the submission should be drafted by mid-April.", "N", "borderline: real external deadline, stated once with reason (rule 4)"),
       ("The campaign plan covers your three target constituencies, and we've worked with eleven former ministers and won three industry awards this year alone.", "S", "legit plan detail + generic boast")],
      [("Signing this week would get me over my annual target, which would be a big help.", "HS", "seller's target + date for the signature (rule 16)"),
       ("Happy to take half off the first month as a thank-you if you sign by Friday.", "HT", "discount conditioned on the seller's date (rule 7)"),
       ("Your chair's note on avoiding party-political events is reflected in clause 4.", "N", "responds to their requirement")])

# 39 lifeboat davits, formal, British, ferry operator (curly)
email("Davit load tests for the island ferries",
      "Dear Captain Lamont,",
      "Yours faithfully,\nIain Sutherland\nNorthsea Davit Services",
      [("Thank you for the vessel list for your three island ferries, and please accept my humble apologies for being so bold as to reply at such length.", "T", "legit thanks + self-abasing apology for normal selling"),
       ("Under SOLAS, each davit and winch needs a five-yearly load test, and MV Corran's falls due at her June refit.", "N", "borderline: real regulatory date, stated once with reason (rule 4)"),
       ("Our engineers can do the load test in the refit yard at Troon, so the ship loses no extra days out of service.", "N", "value tied to their schedule")],
      [("Our crew can also service the rescue boat release hooks on the same visit, and we are the leading davit service company in Europe, with offices in nine countries.", "S", "legit offer + 'leading' boast"),
       ("I am afraid I will have to check with my sales director before I could offer anything off the day rate.", "T", "deferring on a discount to a manager (rule 12)"),
       ("I would be ever so grateful for a word back at your leisure, should it ever be convenient, if at all possible.", "T", "permission-begging, minimising")])

# 40 labelling machines, non-native English, American small producer (clean)
email("Labeller for your jar line",
      "Dear Mrs. Hollis,",
      "Best regards,\nLuca Bernardi\nEtichetta Machines USA",
      [("Thank you for the video of your jar line, it was very useful.", "N", "pleasantry"),
       ("With your 30 jars per minute, our wrap-around labeller is enough, and it also marks the date code, so you stop doing it by hand.", "N", "value tied to their line")],
      [("The machine is $11,400, and we can install it in the week of June 9 that you asked for.", "N", "price + prospect's own date"),
       ("The price is valid until June 30, when the new price list from our factory in Italy starts.", "N", "borderline: factual price expiry with a reason, no urgency (rule 4)"),
       ("Our technician installed the same model at a salsa producer in Vermont, and their tip was to order spare rolls on the 3-inch core.", "N", "social proof turned into advice"),
       ("I can also send you a video of the machine with jars like yours.", "N", "plain offer")])


def labels_of(code):
    if code == "N":
        return ["NONE"]
    return [CODE[c] for c in "HST" if c in code]


def curl(s):
    return s.replace("'", "\u2019")


def main():
    emails_out, sents_out = [], []
    n = 0
    for i, e in enumerate(E, 1):
        eid = "s68e%03d" % i
        curly = (i % 3 == 0)
        fix = curl if curly else (lambda s: s)
        paras = [[(fix(t), c, note) for (t, c, note) in p] for p in e["paras"]]
        body = "\n\n".join(" ".join(t for t, _, _ in p) for p in paras)
        text = fix(e["salutation"]) + "\n\n" + body + "\n\n" + fix(e["signoff"])
        counts = {k: [0, 0] for k in ORDER}  # [non-borderline, borderline]
        for p in paras:
            for t, c, note in p:
                n += 1
                assert t in text, (eid, t)
                assert c in {"N", "H", "S", "T", "HS", "HT", "ST", "HST"}, (eid, c)
                labs = labels_of(c)
                bl = note.startswith("borderline:")
                for l in labs:
                    if l != "NONE":
                        counts[l][1 if bl else 0] += 1
                sents_out.append({"id": "s68-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
        lab = {}
        for k in ORDER:
            nb, b = counts[k]
            tot = nb + b
            lab[k] = 0 if tot == 0 else (2 if tot >= 2 and nb >= 1 else 1)
        emails_out.append({"email": eid, "subject": fix(e["subject"]), "text": text, "labels": lab})

    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for o in emails_out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for o in sents_out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

    # re-parse and check
    for fn in ("test-emails.jsonl", "test.jsonl"):
        with open(os.path.join(HERE, fn), encoding="utf-8") as f:
            for line in f:
                json.loads(line)
    em = {o["email"]: o for o in emails_out}
    for s in sents_out:
        assert s["text"] in em[s["email"]]["text"]

    c = Counter()
    for s in sents_out:
        for l in s["labels"]:
            c[l] += 1
    multi = sum(1 for s in sents_out if len(s["labels"]) > 1)
    border = sum(1 for s in sents_out if s["note"].startswith("borderline:"))
    faulty_per_email = Counter(s["email"] for s in sents_out if s["labels"] != ["NONE"])
    clean = [e["email"] for e in emails_out if faulty_per_email[e["email"]] == 0]
    two_plus = sum(1 for e in emails_out if faulty_per_email[e["email"]] >= 2)
    one = [e["email"] for e in emails_out if faulty_per_email[e["email"]] == 1]
    per_email = Counter(len([s for s in sents_out if s["email"] == e["email"]]) for e in emails_out)
    lvl = {k: Counter(e["labels"][k] for e in emails_out) for k in ORDER}
    print("emails", len(emails_out), "sentences", len(sents_out))
    print("NONE %d (%.1f%%)" % (c["NONE"], 100.0 * c["NONE"] / len(sents_out)))
    for k in ORDER:
        print(k, c[k], "email levels", dict(sorted(lvl[k].items())))
    print("multi-label", multi, "borderline", border)
    print("clean emails", len(clean), clean)
    print("emails with 2+ faulty", two_plus, "with exactly 1", one)
    print("sentences per email", dict(sorted(per_email.items())))


if __name__ == "__main__":
    main()
