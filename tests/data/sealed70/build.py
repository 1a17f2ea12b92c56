#!/usr/bin/env python3
"""Build the sealed70 held-out set for the Poise tone coach.

Every sentence below was written by hand for this set, from the labelling guide alone.
Codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combinations allowed, e.g. "HS").
A note starting with "borderline:" marks a sentence decided by one of the guide's borderline rules.
Email-level labels are derived from the sentences with the guide's 0/1/2 scale (no hand overrides).
"""
import json, os, collections
EMAILS = []
EMAILS.append(("Bagpipe reconditioning before the Games", "Dear Pipe Major Ross,", "Kind regards,\nEwan Tait\nTait Piping Workshop", [
 [("Thank you for sending photos of the six sets; the cracked stock on the second drone is clear enough to quote from.", "N", "specific logistics"),
  ("Full reconditioning is £340 a set, including new hemp, bags and reeds, though I'm happy to come down on that if it sounds like a lot.", "T", "legit price + unprompted price concession")],
 [("You mentioned the Games are on 9 August, so I'd want the pipes back with your band by 19 July for practice.", "N", "borderline: prospect's own date")],
 [("The reeds would be set to your pipe major's pitch before they leave the bench, and our workshop holds three royal warrants and has supplied every Grade 1 band in the country.", "S", "product detail + generic boasts: warrants, rankings"),
  ("I can book the collection van for Monday, and I'll send the deposit invoice tonight so we can get moving.", "H", "assumptive: invoice before a yes"),
  ("If the total feels steep, tell me what figure the committee would be happy with and I'll work to that.", "T", "asking the buyer to name their number")]]))
EMAILS.append(("Brass band uniforms for the centenary", "Hi Carol,", "Cheers,\nDanny\nBandwear Direct", [
 [("Great to hear the band made the area finals again!", "N", "pleasantry"),
  ("Jackets in the maroon you picked are £118 each with the crest on the breast pocket, and I'll need the order confirmed by Friday so my sales manager can count it this month.", "HS", "legit price + seller-driven deadline with manager reason: rule 16")],
 [("Honestly, I've redrawn the crest four times for you this month, so I'd feel a bit let down if it went to another firm.", "HS", "guilt resting on the seller's effort: rule 15"),
  ("I'm sure you'll agree forty players can't march out in mismatched jackets at a centenary.", "H", "telling the prospect what they need, shaming"),
  ("The crest file you sent is ready for the embroiderer, and bands like Carlton Main and Grimethorpe already moved over to us last year, so you'd be the odd one out.", "H", "logistics + peers already switched, FOMO")],
 [("Could you send me the chest sizes by the 14th, which is the cut-off you gave for the committee meeting?", "N", "borderline: prospect's own deadline")]]))
EMAILS.append(("Boccia sets for the inclusive sports club", "Dear Mr Ahmed,", "With best wishes,\nLucy Pryce\nRampart Adaptive Sport", [
 [("I'm so sorry to write again, and I do hope this isn't an intrusion on your week.", "T", "apology for normal follow-up, approval seeking"),
  ("The competition sets you asked about have six soft and six firm balls in each colour plus a jack, and I'm sure you'll agree your club can't go another season without them.", "H", "product detail + telling the prospect what they need")],
 [("I was sort of wondering whether possibly you might perhaps have had a moment to think about it?", "T", "stacked hedges")],
 [("The balls are graded for the BC3 players who use your ramps, and we also make chutes, head pointers, classification kits, score boards, carry bags and referee paddles.", "S", "product detail + feature list unrelated to the ask"),
  ("The county grant you mentioned closes on 31 March, so the order would need to be placed before then to be covered.", "N", "borderline: real external deadline stated once with reason")],
 [("Please don't feel you have to answer if it's not useful, I completely understand.", "T", "pre-emptive release")]]))
EMAILS.append(("Chiropody visits, Willowmead residents", "Hello Janet,", "Warm regards,\nPriya Nair HCPC\nFootfirst Visiting Podiatry", [
 [("Following up on our call about the 38 residents, and I'll admit I've been refreshing my inbox all week hoping for your answer.", "S", "follow-up + seller's feelings stated without blame or demand: rule 15"),
  ("We could visit every six weeks, seeing about twelve residents a morning, with notes added to your care plans the same day.", "N", "logistics tied to prospect")],
 [("My area manager has asked me to have this signed by Friday so it counts towards our quarter.", "HS", "seller-driven deadline with manager/quarter reason: rule 16"),
  ("The first round would include a full foot-health check for every resident, and to get it over the line I'll take 20% off the first year, no strings.", "T", "offer detail + unprompted unconditional discount")],
 [("I've gone ahead and pencilled you into the 3 March round, so just send the signed form back.", "H", "assumptive booking before a yes"),
  ("The nail-clipping backlog you described is the usual sign that a visiting round is overdue, and six-weekly visits stop it building again.", "N", "insight tied to prospect")]]))
EMAILS.append(("Doormats for the four library entrances", "Dear Ms Okafor,", "Best regards,\nTom Hale\nEntrance Matting Co.", [
 [("Thanks for walking me round the four sites on Tuesday.", "N", "pleasantry"),
  ("At Central and Eastfield the grit is getting past your current mats within two metres, which is why the carpet by the returns desk is wearing first.", "N", "insight tied to prospect's sites"),
  ("I'd recommend recessed aluminium-and-brush mats at those two and simple coir at the smaller branches.", "N", "confident recommendation")],
 [("The full quote is attached, at £4,210 fitted, and it's held until 30 April when our aluminium supplier's new price list starts.", "N", "borderline: factual price expiry with reason, no urgency")],
 [("Would Thursday the 12th at 10 work to go through it with your facilities officer?", "N", "clear next step with date")]]))
EMAILS.append(("Gas detectors for the sewer crews", "Hi Marcus,", "Best,\nJade\nSentinel Gas Safety", [
 [("The four-gas units you trialled are £389 each with calibration in the attached quote, and frankly no competent safety manager would send a crew down without them.", "H", "price and attachment + shaming"),
  ("I'll be honest, I'm one unit short of my top-seller bonus, so your order would mean a lot to me.", "S", "seller's bonus stated, no demand: rule 16")],
 [("The bump-test station is in the attached quote too, and I saw that quote has been opened nine times with still nothing back from you.", "H", "attachment + read-receipt guilt: rule 13"),
  ("If I don't hear by Wednesday I'll just ring your operations director, since she's the one who signs anyway.", "H", "bypass threat")],
 [("Your confined-space policy needs a detector that logs peaks, and these store a year of readings.", "N", "borderline: technical requirement, not a directive: rule 6"),
  ("Sorry again for the length of this, I know your days are full.", "T", "apology for length of email")]]))
EMAILS.append(("Golf buggies for the hospital site shuttle", "Dear Mr Whitfield,", "Yours sincerely,\nHelen Marsh\nFairway Utility Vehicles", [
 [("Thank you for your enquiry about the car-park shuttle, and forgive me for taking so long to write such a lengthy reply.", "T", "apologising for the length of the email"),
  ("A six-seat electric buggy with a rear ramp would carry a wheelchair user and a carer on the 400-metre loop you described.", "N", "concrete detail tied to need")],
 [("We are the UK's fastest-growing buggy brand and winners of the Green Fleet Award two years running!", "S", "generic boasts, exclamation"),
  ("Every other trust in the region has already put buggies on site, and patients are noticing which hospitals haven't.", "H", "competitor shaming")],
 [("Three buggies would come to £41,700 on a five-year service plan, or less if you commit to seven years.", "N", "borderline: concession traded for term: rule 7"),
  ("Delivery would be eight weeks from order, and silence by the end of the month I'll take as a go-ahead to put your vehicles into the build queue.", "H", "lead time + silence means yes")]]))
EMAILS.append(("Irish dance costumes, Cashel School of Dance", "Hiya Siobhan,", "Lots of love,\nNiamh\nSolas Dancewear", [
 [("Oh I loved the video of the girls at the Feis, congrats to them!", "N", "pleasantry"),
  ("The solo dresses in royal blue velvet are €420 each, and the team dresses in the lighter crepe are €265.", "N", "price asked for")],
 [("I'm a wee bit embarrassed about the prices, sorry, I know it's a lot for the parents.", "T", "apologising for price"),
  ("If it helps at all I can just drop them to €300 and €200, no need for anything in return.", "T", "unconditional discount")],
 [("Every dress is made to each girl's own measurements, and honestly the stitching on ours is the best in the country, everyone says so.", "S", "product detail + generic boast"),
  ("Measurements need to reach me by 1 May for dresses to arrive before the Oireachtas, because each one is cut by hand.", "N", "borderline: real lead time with reason, stated once")]]))
EMAILS.append(("Kendo armour for the university club", "Dear Dr Sato,", "Respectfully yours,\nGraham Ellery\nShinbu Martial Supplies", [
 [("Thank you very much for your kind reply and for the list of twelve new members.", "N", "pleasantry"),
  ("The 6 mm machine-stitched bogu sets are £265, which fits your treasurer's budget, and if it is easier I can also lower this price, only please tell me.", "T", "price tied to budget + unprompted discount")],
 [("Please forgive me for my many messages, I am truly sorry if I have been a nuisance to you.", "T", "repeated self-abasing apology"),
  ("I humbly hope that maybe, if it would not be too much trouble, you could perhaps let me know your decision.", "T", "stacked hedges plus permission seeking")],
 [("My director says he will be very disappointed in me if this order does not come in this month.", "HS", "seller's standing, pressed with a time frame: rules 15/16"),
  ("We can deliver to the sports centre in one consignment so the members can do their first fitting together.", "N", "logistics, value")]]))
EMAILS.append(("Cheerleading uniforms, varsity squad", "Hi Coach Delgado,", "Thanks!\nAshley Moore\nSpiritline Apparel", [
 [("Thanks for sending over the school colors and the logo file.", "N", "logistics"),
  ("The shell and skirt sets run $96 each, and with 24 athletes plus four alternates that's $2,688 before shipping.", "N", "price asked for"),
  ("You said tryouts wrap up June 6, so if sizing happens that week the uniforms would arrive in time for the first home game.", "N", "prospect's own date")],
 [("I've attached the proof with the name bar in silver like you asked.", "N", "attachment"),
  ("Does Tuesday after practice work for a 15-minute call on sizing?", "N", "clear next step")]]))
EMAILS.append(("Compression garments for the lymphoedema clinic", "Dear Sister Nolan,", "Kind regards,\nMark Devlin\nLymphaCare Medical", [
 [("Thank you for the list of sizes from last quarter's fittings.", "N", "pleasantry"),
  ("Our flat-knit class 2 stockings are £38 a pair on your framework price, and I've already raised the first delivery note against your account.", "H", "legit price + assumptive order step")],
 [("Frankly, a clinic that cares about its patients wouldn't still be using round-knit for swollen limbs.", "H", "shaming the prospect"),
  ("Made-to-measure orders take ten working days, and stock at that price is almost gone with another trust asking about the same allocation.", "H", "lead time + manufactured scarcity")],
 [("We've been a family business for four generations, since my great-grandfather sold surgical belts in Leeds.", "S", "borderline: heritage line: rule 8"),
  ("I'd be very grateful if you'd also put in a good word with your procurement lead for our case study.", "S", "favour for seller")]]))
EMAILS.append(("Duckboards for the trench experience", "Dear Alistair,", "Regards,\nOwen Pritchard\nTimberform Heritage Joinery", [
 [("Your designer's drawings came through and the 40-metre trench run is straightforward in oak; I'll have the deposit taken on Monday unless you tell me otherwise.", "H", "logistics + silence means yes, payment step"),
  ("For visitor safety I'd add a ribbed top and a 15 mm gap, because flat boards get slick under a misting system.", "N", "expert recommendation with reason")],
 [("We were shortlisted for the Museum + Heritage Awards and our trenches are in more attractions than anyone else's.", "S", "awards and boasts"),
  ("Let me walk your whole board through our portfolio and the story of how we started.", "S", "hear our story: rule 9")],
 [("I'll be out of the country from the 20th, so really you need to sign before then or I can't guarantee anything.", "H", "seller's absence as an ultimatum, no self-serving reason given"),
  ("The revised quote of £18,600 is attached, and apologies that it has crept up, I feel awful about it.", "T", "attachment and price + apologising for price")]]))
EMAILS.append(("Helium balloons for the store openings", "Hey Rachel,", "Speak soon,\nKai\nFloatworks", [
 [("Nice one on the two new store leases!", "N", "pleasantry"),
  ("The arch you liked is 6 metres of latex in your teal and white with a foil logo balloon on top, £180 installed, and I've already put both store dates in our van diary and sent the invoice.", "H", "product and price + invoice before a yes")],
 [("Nudging this up your inbox again to see where your head's at, whenever you've got a second.", "T", "nudge as the whole purpose, plus minimising"),
  ("No stress either way, it's totally fine if you'd rather go elsewhere.", "T", "pre-emptive release")],
 [("Everyone else on your retail park has been using us for months, so you'd be the only unit without one on opening day.", "H", "peers/competitor shaming"),
  ("I can knock off a tenner per arch if you book both.", "N", "borderline: concession traded for volume: rule 7")]]))
EMAILS.append(("Limestone cladding repairs, Guildhall east elevation", "Dear Ms Barrington,", "Yours faithfully,\nRobert Clegg\nClegg Masonry Conservation", [
 [("Thank you for sharing the condition survey from your conservation officer.", "N", "pleasantry"),
  ("The survey shows 14 blocks with delamination, and replacing those rather than patching avoids the water trap behind the repairs.", "N", "expert recommendation with evidence: rule 6")],
 [("I need your signature by Friday because that's when my commission period closes.", "HS", "seller-driven deadline with commission reason"),
  ("After all the unpaid hours I spent on your method statement, I think I'm owed at least a decision.", "HS", "guilt resting on seller's effort: rule 15")],
 [("We will require the purchase order and your card details for the deposit today to hold the scaffold slot.", "H", "assumptive payment demand"),
  ("Listed building consent has to be in place before work starts, and the council's current turnaround is eight weeks.", "N", "borderline: real external constraint stated once")]]))
EMAILS.append(("Etiquette training for the concierge team", "Dear Mr Lindqvist,", "With kind regards,\nAmelia Rowe\nRowe Hospitality Training", [
 [("Thank you for the notes from your guest reviews.", "N", "pleasantry"),
  ("Most of the complaints are about the first ninety seconds at the desk, which is exactly what a half-day session can fix.", "N", "insight tied to prospect"),
  ("I'd suggest two sessions of eight people so the desk stays covered.", "N", "confident recommendation")],
 [("The fee is £1,450 for both sessions, with a follow-up observation shift a month later.", "N", "price"),
  ("Could we find an hour next week with your front-office manager to agree the scenarios?", "N", "clear next step")]]))
EMAILS.append(("Altar wine for the deanery parishes", "Dear Father Michael,", "Yours in Christ,\nBernadette Kealy\nSt Martin's Altar Supplies", [
 [("I hope the Confirmation Masses went well last weekend.", "N", "pleasantry"),
  ("Our altar wine is made under diocesan supervision and comes in cases of twelve at £86, and we were named Church Supplier of the Year, as I'm sure you've heard.", "S", "product detail + award boast")],
 [("I do apologise for emailing once more, and again, and I hope I haven't upset you at all by doing so.", "T", "repeated apology, approval seeking"),
  ("Samples can come with the next parish delivery on the 12th, and perhaps, if it's alright, maybe you might consider a trial case, only if it suits?", "T", "logistics + stacked hedges")],
 [("To be perfectly frank, our diocesan sales target this year rests rather on your deanery, so do keep us in mind.", "S", "seller's target, no date: rule 16"),
  ("If the twelve parishes order together before Advent, we can bring the price down to £79 a case.", "N", "borderline: concession traded for volume")]]))
EMAILS.append(("Blacksmithing course for the apprentices", "Hi Gareth,", "Cheers,\nMo\nForgeline Courses", [
 [("Thanks for the call yesterday.", "N", "pleasantry"),
  ("Two days at the forge for your eight apprentices would be £1,900, all steel and tools included, and it's the last course I can fill before my manager reviews my numbers, so I need it booked this week.", "HS", "price + seller-driven deadline with manager reason: rule 16")],
 [("I've already got the invoice written and sent it to your accounts team this morning.", "H", "invoice before a yes"),
  ("Every engineering firm worth its name in the county has sent apprentices to us, so I'd be embarrassed for you if you didn't.", "H", "shaming, peers")],
 [("Each apprentice would go home with a forged hook and a set of tongs, and we've got four forges, a power hammer, a fly press, a treadle hammer, two anvils per student and a guillotine.", "S", "outcome + feature dump"),
  ("Just a heads-up that the forge is closed for the whole of August while the chimney's relined.", "N", "borderline: one polite just, logistics")]]))
EMAILS.append(("Bugles for the cadet corps", "Dear Lt Col Fairbrother,", "Respectfully,\nJames Okoro\nRegimental Brass Ltd", [
 [("Thank you for the order of 16 B-flat bugles for the Remembrance parade.", "N", "pleasantry"),
  ("Each bugle comes with a lanyard in your corps colours and a hard case, and sorry the lanyards add a little to the price, I did try.", "T", "product detail + apologising for price")],
 [("Would it be possible to add a testimonial from you for our website after the parade?", "S", "favour: testimonial"),
  ("I'd throw in the cleaning kits free if you'd agree to that.", "ST", "borderline: concession for a favour: rule 7")],
 [("The bugles need to reach you by 31 October for the drill rehearsals you scheduled, so I'll confirm the ship date on Monday.", "N", "prospect's own date")]]))
EMAILS.append(("Barn owl boxes for the parish nature plan", "Hi Pauline,", "Best wishes,\nSam Dewar\nHollow Oak Nestboxes", [
 [("Thanks so much for the map of the farm edges and the landowners' permissions.", "N", "pleasantry"),
  ("The pole-mounted boxes are £145 each and the barn ones £92, but honestly pay whatever feels fair to you.", "T", "price + asking buyer to name their number")],
 [("Sorry, sorry, I know I'm being a pest, I'll try not to keep bothering you.", "T", "repeated self-abasing apology"),
  ("The parish plan you sent mentions owls on the Moor Lane farms, but I totally understand if you'd rather leave it, maybe I'll try again next spring.", "T", "prospect detail + accepting brush-off without a question")],
 [("You'd also be helping me hugely, as I've put my own savings into this little business.", "ST", "pleading for seller's sake: rule 15"),
  ("The boxes should go up before mid-February, when owls start prospecting for nest sites.", "N", "borderline: real external constraint")]]))
EMAILS.append(("Cobbler service for the theatre wardrobe", "Dear Maureen,", "All the best,\nLeon Bright\nBright's Shoe Repairs", [
 [("It was good to see the state of the dancers' character shoes myself on Wednesday.", "N", "pleasantry"),
  ("Resoling with suede and reinforcing the shanks would take all 30 pairs through the winter run.", "N", "value tied to prospect")],
 [("I'd collect on Mondays, when the theatre is dark, and return by Thursday's matinee.", "N", "logistics"),
  ("The price is £18 a pair, or £15 if we agree a full-season contract.", "N", "borderline: concession traded for term")],
 [("Shall I come by at 11 next Monday to pick up the first batch?", "N", "clear next step")]]))
EMAILS.append(("Cave tours for the geology field week", "Dear Dr Hammond,", "Best regards,\nIsla Penrose\nUnderdale Cave Guiding", [
 [("Thank you for the group numbers: 44 second-years split over two days.", "N", "logistics"),
  ("The Lower Series trip passes the fault exposure your module handbook mentions, and any department that wants to be taken seriously simply has to do it.", "H", "value tied to prospect + directive/shaming")],
 [("We are Britain's only five-star rated caving outfit and have guided royalty, film crews and Olympic teams.", "S", "generic boasts"),
  ("Dates in May are being snapped up by other universities right now, so hesitate and your students go without.", "H", "manufactured scarcity and FOMO")],
 [("Helmets, lamps and oversuits are provided; students just need wellies and a warm layer.", "N", "borderline: harmless just, logistics"),
  ("I've taken the liberty of reserving 14 and 15 May and will need the 30% deposit card payment by return.", "H", "assumptive payment demand")]]))
EMAILS.append(("Chimney pots for the Almshouse terrace", "Mr Kendrick,", "R. Alder\nAlder Reclamation", [
 [("Got your sizes.", "N", "logistics, terse"),
  ("Twelve buff cannon-head pots, 900 mm, matched to the originals, £95 each from our yard.", "N", "concrete product and price")],
 [("Only two pallets of that pattern left in the country and a builder in Bath wants the lot.", "H", "manufactured scarcity"),
  ("Order today or forget it.", "H", "ultimatum")],
 [("I need the sale this month for my yard bonus.", "HS", "time frame for this order with the seller's bonus as reason: rule 16"),
  ("Conservation officer will want a sample pot before sign-off, I can drop one round Thursday.", "N", "real constraint, logistics")]]))
EMAILS.append(("Cravats for the wedding party rental range", "Dear Ms Fenwick,", "Kind regards,\nOliver Strand\nStrand & Vale Neckwear", [
 [("I\u2019ve attached swatches of the paisley silk and the plain satin in the eight colours you shortlisted.", "N", "attachment"),
  ("At 150 cravats the price comes to \u00a314.20 each, and I can hold that until 20 March when the silk mill\u2019s new prices apply.", "N", "borderline: factual price expiry with reason")],
 [("We hold a Royal Warrant, a Queen\u2019s Award for Enterprise and the Drapers\u2019 Cup for three years running.", "S", "awards boast"),
  ("Your boutique needs this range if it wants to keep up, and there\u2019s honestly nothing to deliberate over.", "H", "you need this, nothing to think over")],
 [("I\u2019m afraid I\u2019ve had to raise prices and I\u2019m terribly sorry, I feel dreadful asking this much.", "T", "apologising for price"),
  ("Would a short video call on Tuesday suit, so I can show you the colours on camera and take you through our whole range of ties, braces, pocket squares and waistcoats?", "S", "meeting ask + whole product suite: rule 9")]]))
EMAILS.append(("Dog grooming van for your doggy daycare", "Hey Becca,", "Woof,\nJess\nSuds on Wheels", [
 [("Loved meeting Biscuit and the gang on Thursday!", "N", "pleasantry"),
  ("With 30 dogs a week I'd park up on Wednesdays and do baths and nails for £22 a dog, so owners collect them clean.", "N", "offer and price tied to prospect")],
 [("Sooo this is me popping up in your inbox one more time, I hope that's okay!", "T", "minimising, approval seeking"),
  ("Feel free to bin this if it's a no, zero hurt feelings, I promise.", "T", "pre-emptive release")],
 [("If you're worried about the price I'm happy to just do £18, no need to ask.", "T", "unprompted discount"),
  ("The van takes mains water from your outside tap and I bring my own drainage, and I've already pencilled you in for this Wednesday, so the first invoice is on its way.", "H", "logistics + assumptive booking and invoice")]]))
EMAILS.append(("Diabetic socks for the podiatry clinics", "Dear Mrs Adeyemi,", "Kind regards,\nStephen Cole\nCareStep Hosiery", [
 [("Thank you for the usage figures from your three clinics.", "N", "pleasantry"),
  ("Based on 600 pairs a quarter, the seam-free bamboo socks would be \u00a33.40 a pair delivered.", "N", "price tied to prospect figures"),
  ("Your nurses mentioned patients taking socks off because of the toe seam, and these are knitted flat at the toe for that reason.", "N", "value tied to prospect")],
 [("Samples in each size are in the post today.", "N", "logistics"),
  ("Could we speak on Monday afternoon to agree the sizing split?", "N", "clear next step")]]))
EMAILS.append(("Electrolysis training for your salon team", "Dear Ms Kowalczyk,", "Regards,\nAnna Berg\nBerg Academy", [
 [("Thank you for answering about your four therapists.", "N", "pleasantry"),
  ("The course is 3 days with practice on models and costs 780 pounds each person, and many salons in your city already take it, so you will stay behind if you wait.", "H", "price + peers already switched, FOMO")],
 [("Me and my manager we must close this course booking before the year end, so please you reply until Friday.", "HS", "seller-driven deadline with manager/year-end reason"),
  ("The next course starts on 3 March, and also I can make 30% less, no problem, only say yes.", "T", "date + unprompted discount")],
 [("I already send you the booking form and the bank details for pay the deposit.", "H", "assumptive payment step"),
  ("The insurance company of your salon will ask for the certificate before therapists can offer the treatment.", "N", "borderline: technical prerequisite")]]))
EMAILS.append(("Ferret racing for the village show", "Hi Dave,", "Ta,\nBaz\nBaz's Ferret Derby", [
 [("Cheers for the pitch map, the spot by the beer tent's perfect, and I'd have thought after me driving out twice to look at it you'd have booked by now.", "HS", "logistics + guilt resting on seller's effort: rule 15"),
  ("For \u00a3250 you get six races through the afternoon, a commentator, and the kids can pick which ferret to cheer.", "N", "offer details")],
 [("I'll be straight, I've turned down two other shows for that Saturday waiting on you, so you owe me an answer.", "HS", "guilt from seller's sacrifice: rule 15"),
  ("The commentary mic runs off my own battery pack, and this is the fourth time I've asked you with nothing back.", "H", "logistics + counting attempts at the prospect: rule 13")],
 [("If the committee can't decide, I'll come and ask them myself at the next parish meeting.", "H", "turning up uninvited, bypass"),
  ("The ferrets need shade and a water point, which your map shows near the oak.", "N", "borderline: technical need")]]))
EMAILS.append(("Futsal goals for the Westside sports hall", "Dear Mr Barros,", "Yours sincerely,\nChloe Wynn\nArena Goals UK", [
 [("Thank you for the floor plan and the photos of the hall.", "N", "pleasantry"),
  ("Our folding futsal goals lock to the wall so your badminton courts stay clear, and the order form is attached with the card details box ready for you to fill in today.", "H", "product detail + assumptive payment demand")],
 [("Both goals fold flat in under a minute, and we're a leading supplier trusted by over 2,000 clubs and backed by Sport Ventures Capital.", "S", "product detail + boast: leading, investors"),
  ("I'd like to show you our entire catalogue of nets, posts, scoreboards and benches when we meet.", "S", "walk through whole product suite")],
 [("Could you give me a sense of how your lettings team decides on equipment purchases?", "N", "discovery question"),
  ("If the quote doesn't fit, I'll have to ask my regional manager whether any discount is possible, I'm not allowed to decide.", "T", "deferring on discount")]]))
EMAILS.append(("Hat pins for the millinery shop counter", "Dear Mrs Ashdown,", "With every good wish,\nFelicity Garner\nGarner Pinworks", [
 [("It was a joy to meet you at the trade fair and to see the cloche collection.", "N", "pleasantry"),
  ("The pearl-end and jet-bead pins are \u00a34.60 each at a minimum of 200, packed on display cards with your shop name.", "N", "product detail and price")],
 [("I feel so awful bothering you again, and I really am sorry to be such a nuisance.", "T", "self-abasing apology"),
  ("I\u2019d hate for you to think badly of us, so please do tell me if I\u2019ve done anything wrong.", "T", "approval seeking")],
 [("Proofs of the display cards can be with you by Friday, and we could also halve their price if that would tip things in our favour.", "T", "logistics + unconditional discount"),
  ("The cards need your logo as a vector file before they can go to the press.", "N", "borderline: technical prerequisite")]]))
EMAILS.append(("Playground markings, Brookfield Primary", "Dear Mrs Caldwell,", "Kind regards,\nNeil Ferris\nPlayline Thermoplastic", [
 [("Thank you for showing me the infant yard on Tuesday.", "N", "pleasantry"),
  ("The hopscotch, snake and number grid you chose would fit along the fence line, leaving the ball area clear.", "N", "value tied to prospect"),
  ("Thermoplastic needs two dry days above 5 degrees, so the October half-term is the safest window.", "N", "borderline: real external constraint stated once")],
 [("The quote attached is \u00a32,340 including removal of the faded markings.", "N", "attachment and price"),
  ("Shall I pencil in a site meeting with your caretaker on the 18th?", "N", "clear next step")]]))
EMAILS.append(("Kettle corn for the stadium concourse", "Hey Tyler,", "Later,\nMarisol\nPop Kettle Co.", [
 [("Good catching up at the vendor day!", "N", "pleasantry"),
  ("We'd run two kettles on the north concourse so lines stay short in the 7th-inning rush, and I'll have our contract sent straight to your GM so it's on his desk Monday.", "H", "plan tied to prospect + going over her head")],
 [("Real talk, my boss said if I don't land the stadium by the 30th I'm off the account, so help a girl out.", "HS", "seller's job and manager as reason, date pressed"),
  ("Every other ballpark in the league is already selling kettle corn, and fans notice who's behind.", "H", "peer shaming")],
 [("We use non-GMO kernels and cane sugar, which fits the clean-label menu your team wants, and our recipe won Best Snack at the State Fair three years straight!", "S", "value tied to prospect + awards boast"),
  ("Revenue share would be 18% to the venue, as in the sheet I sent.", "N", "price and attachment")]]))
EMAILS.append(("Kabaddi mats for the community centre", "Respected Mr Sandhu ji,", "With regards,\nHarpreet Gill\nGill Sports Flooring Supplies", [
 [("Thank you for your kind reply about the kabaddi programme for the youth group.", "N", "pleasantry"),
  ("The 40 mm competition mats are \u00a3118 each, and a full court of 90 mats fits your hall length exactly.", "N", "price and detail tied to prospect")],
 [("I am very much sorry for disturbing you so many times, please do not be angry with me.", "T", "repeated apology, approval"),
  ("Kindly understand that I have done three site visits without any charge, so please at least give decision this week.", "HS", "guilt from seller's effort with date: rule 15")],
 [("Delivery to the community centre is free, and if the price is making difficulty, you please tell me what amount is comfortable for you.", "T", "logistics + asking buyer to name their number"),
  ("The mats are same as those used in the Pro Kabaddi league, so the players train on the real surface.", "N", "proof tied to prospect's players")]]))
EMAILS.append(("Laser tag for the staff away day", "Hi Nadia,", "Thanks,\nRyan Cho\nZone Tactical Events", [
 [("Thanks for the headcount: 56 staff on 18 June at Hillcrest Farm.", "N", "prospect's date, logistics"),
  ("We'd run it as four teams rotating through 20-minute missions, and I'm sorry the price is what it is, I know it isn't cheap.", "T", "plan + apologising for price")],
 [("Honestly, any company that cares about its people would have booked this weeks ago.", "H", "shaming"),
  ("I've already blocked out our kit and crew, so we're basically locked in, just send over the purchase order.", "H", "assumptive booking")],
 [("All the kit is cleaned between sessions, and we've run events for Google, the BBC and three Premier League clubs!", "S", "logistics + name-drop boast"),
  ("Quick question: does the farm allow vehicles on the field for setting up?", "N", "logistics question")]]))
EMAILS.append(("Lorry wash for the Brantham depot", "Morning Steve,", "Cheers,\nKev Holt\nHolt Fleet Wash", [
 [("Thanks for showing me round the yard.", "N", "pleasantry"),
  ("Your 38 tractor units would be washed on Sunday nights when they're back, and to be honest the lads here are counting on this contract to keep them busy through winter.", "S", "value + seller's stake stated without a demand: rule 15")],
 [("The rig brings its own water so your yard drains aren't touched, and it also has foam lances, brush arms, chassis jets, reclaim mats, a recycler and a generator.", "S", "value + feature list"),
  ("Each wash is \u00a328 a unit, or \u00a324 on a two-year contract.", "N", "borderline: concession for longer term")],
 [("If I don't have an answer by Tuesday, I'll take it to your MD on Wednesday and let him decide.", "H", "bypass threat"),
  ("Frankly, your trucks are the filthiest on the A14 and everyone can see it.", "H", "shaming sarcasm")]]))
EMAILS.append(("Air horns for the regatta marshals", "Hello Gwen,", "All best,\nFinn\nSeaSignal Supplies", [
 [("Great to hear the regatta is back on for 26 July.", "N", "pleasantry with prospect date"),
  ("The refillable horns you asked about are \u00a319 each, and the foot pump is \u00a332.", "N", "price asked for"),
  ("Refillable ones save your marshals buying canisters every year and are quieter on the water than the gas horns.", "N", "value tied to prospect")],
 [("Delivery to the club is free on orders over \u00a3150.", "N", "logistics"),
  ("Let me know the number of marshal boats and I'll put together a pack for each.", "N", "plain ask")]]))
EMAILS.append(("Bath lifts for the sheltered housing flats", "Dear Mr Hughes,", "Yours sincerely,\nMargaret Lyle\nLyle Mobility", [
 [("Thank you for your email about the 22 flats at Orchard Court, and I'm so very sorry it has taken me this long, please forgive me.", "T", "self-abasing apology with no reason or fix"),
  ("The reclining bath lift runs on a rechargeable battery and lowers to 6 cm, which suits the shallow baths fitted there.", "N", "product detail tied to prospect")],
 [("I've reserved 22 lifts in your name and our fitter will call the warden on Monday to arrange access.", "H", "assumptive booking before yes"),
  ("I'm not sure you realise how many hours I've spent on this proposal, so a reply would be appreciated.", "HS", "guilt resting on seller's effort")],
 [("We're one of the longest-established mobility firms in Wales, since 1971.", "S", "borderline: heritage/years in business"),
  ("Our occupational therapist can assess the residents who have told the warden they struggle, before any lift is fitted.", "N", "value tied to prospect")]]))
EMAILS.append(("Grave digging contract, Holmwood Cemetery", "Dear Councillor Page,", "Yours faithfully,\nDerek Mullins\nMullins Groundworks", [
 [("Thank you for the tender documents, and we'd happily drop our rates further if any other bidder comes in lower.", "T", "pleasantry + unconditional price cave"),
  ("Our price is \u00a3420 per standard grave and \u00a3510 for a double, including shoring and backfill.", "N", "price")],
 [("I'm two contracts short of my yearly target, so winning this would make my year.", "S", "seller's target, no demand: rule 16"),
  ("Please return the tender by Friday, as that's the date my bonus is calculated on.", "HS", "seller-driven deadline with bonus reason")],
 [("Bereavement Services told us a 48-hour turnaround is needed for faith burials, and we can meet it with two crews on call.", "N", "value tied to prospect need"),
  ("Our insurance and method statements are in the tender pack, and I'd be prepared to cut the rate by 10% if that secures it.", "T", "attachment + unprompted discount")]]))
EMAILS.append(("Hog roast for the summer staff party", "Hi Lauren,", "Cheers,\nTom\nSpit & Crackle", [
 [("Thanks for the numbers, 120 guests on Friday 11 July.", "N", "prospect's date"),
  ("A whole pig serves that comfortably with apple sauce, stuffing and rolls, for \u00a31,150.", "N", "price and detail")],
 [("Only wondering if you'd had a chance to look, there's no hurry whatsoever, whenever suits.", "T", "permission-seeking nudge plus minimising"),
  ("The roaster comes with its own gas and a trained carver, and apologies if I'm being pushy, I really don't mean to be.", "T", "offer detail + apologising for normal selling")],
 [("I've got two other firms after that date, so sooner you confirm the better.", "H", "manufactured scarcity, urgency"),
  ("We'd need a flat, covered spot near a power socket for the roaster.", "N", "technical prerequisite")]]))
EMAILS.append(("Gargoyle replicas for the west tower", "Dear Dr Pennington,", "Yours sincerely,\nBeatrix Hollis\nHollis Stone Carving", [
 [("Thank you for the laser scans of the four surviving gargoyles.", "N", "pleasantry"),
  ("Carving them in Clipsham stone would match the repairs your architect specified for the parapet.", "N", "value tied to prospect")],
 [("Each replica takes about seven weeks in the workshop, so four would be ready by late May if we start in February.", "N", "logistics"),
  ("The fabric committee meets on 3 February, you said, so I'll have the samples with you by 27 January.", "N", "prospect's own date")],
 [("Would you like me to bring a finished head to the meeting so members can see the tooling?", "N", "plain offer")]]))
EMAILS.append(("Heraldic painting for the livery hall", "Dear Clerk,", "With respectful regards,\nSimon Achterberg\nAchterberg Heraldic Art", [
 [("Thank you for the list of the 31 Masters whose arms hang in the hall.", "N", "pleasantry"),
  ("Repainting the boards in gouache and gold leaf would cost \u00a3380 each, or \u00a311,780 for the set.", "N", "price asked for")],
 [("I cannot thank you enough for even considering a humble painter like me.", "T", "thanking for consideration, self-abasing"),
  ("If you perhaps might possibly find it in your heart to reply, I would be so very grateful.", "T", "stacked hedges, pleading")],
 [("Six of the boards show flaking over the gilding, so I'd begin with those before the winter damp lifts more paint.", "N", "expert recommendation with evidence"),
  ("Please sign before the 31st, as my studio has to hit its figures for the year, or I shall have to withdraw the price.", "HS", "seller-driven deadline with target and ultimatum")]]))

# P.S. lines, appended as a final paragraph of the given email (1-based email number)
PS = {
    2: ("P.S. The sample jacket can go to your bandroom for the players to try on at Thursday's rehearsal.", "N", "P.S. logistics offer"),
    11: ("P.S. I've also added you to our newsletter so you won't miss any of our award news.", "S", "P.S. seller-centred: the seller's award news"),
    26: ("P.S. Sorry for my English, and sorry again for so many emails.", "T", "P.S. repeated apology for following up"),
    27: ("P.S. The kids' ferret-handling corner is included at no extra cost.", "N", "P.S. offer detail"),
    33: ("P.S. That date only opened because another client cancelled, and it won't sit empty for long.", "H", "P.S. manufactured scarcity"),
    38: ("P.S. Vegetarian guests can have halloumi and vegetable skewers at \u00a36 a head.", "N", "P.S. offer detail"),
}

CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}
ORDER = ["hard_close", "self_serving", "timidity"]


def fix_apos(s, curly):
    return s.replace("'", "\u2019") if curly else s.replace("\u2019", "'")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    assert len(EMAILS) == 40, len(EMAILS)
    emails_out, sents_out = [], []
    sid = 0
    for i, (subject, sal, sign, paras) in enumerate(EMAILS, 1):
        eid = "s70e%03d" % i
        curly = (i % 3 == 0)
        paras = [list(p) for p in paras]
        if i in PS:
            paras.append([PS[i]])
        para_texts, rows = [], []
        for p in paras:
            texts = []
            for (t, codes, note) in p:
                t = fix_apos(t, curly)
                note = fix_apos(note, curly)
                assert codes == "N" or all(c in CODE for c in codes), (eid, codes)
                labels = ["NONE"] if codes == "N" else [l for l in ORDER if any(CODE[c] == l for c in codes)]
                texts.append(t)
                rows.append((t, labels, note))
            para_texts.append(" ".join(texts))
        text = fix_apos(sal, curly) + "\n\n" + "\n\n".join(para_texts) + "\n\n" + fix_apos(sign, curly)
        agg = {}
        for lab in ORDER:
            carrying = [r for r in rows if lab in r[1]]
            if not carrying:
                agg[lab] = 0
            elif len(carrying) == 1 or all(r[2].startswith("borderline:") for r in carrying):
                agg[lab] = 1
            else:
                agg[lab] = 2
        for (t, labels, note) in rows:
            assert t in text, (eid, t)
            sid += 1
            sents_out.append({"id": "s70-%04d" % sid, "email": eid, "text": t, "labels": labels, "note": note})
        emails_out.append({"email": eid, "subject": fix_apos(subject, curly), "text": text, "labels": agg})

    with open(os.path.join(here, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails_out:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "test.jsonl"), "w", encoding="utf-8") as f:
        for s in sents_out:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")

    # re-read and check every line parses, and every sentence is in its email
    em = {}
    for line in open(os.path.join(here, "test-emails.jsonl"), encoding="utf-8"):
        o = json.loads(line)
        em[o["email"]] = o
    ss = [json.loads(l) for l in open(os.path.join(here, "test.jsonl"), encoding="utf-8")]
    for s in ss:
        assert s["text"] in em[s["email"]]["text"], s["id"]

    c = collections.Counter()
    per_email_faulty = collections.Counter()
    for s in ss:
        if s["labels"] == ["NONE"]:
            c["NONE"] += 1
        else:
            per_email_faulty[s["email"]] += 1
        for l in s["labels"]:
            if l != "NONE":
                c[l] += 1
        if len(s["labels"]) > 1:
            c["multi"] += 1
        if s["note"].startswith("borderline:"):
            c["borderline"] += 1
        if s["text"].startswith("P.S."):
            c["ps"] += 1
    n = len(ss)
    clean = [e for e in em if per_email_faulty[e] == 0]
    two_plus = [e for e in em if per_email_faulty[e] >= 2]
    one = [e for e in em if per_email_faulty[e] == 1]
    lvl = {lab: collections.Counter(e["labels"][lab] for e in em.values()) for lab in ORDER}
    print("emails", len(em), "sentences", n)
    print("NONE %d (%.1f%%)" % (c["NONE"], 100.0 * c["NONE"] / n))
    for lab in ORDER:
        print(lab, c[lab], "email-level 0/1/2:", lvl[lab][0], lvl[lab][1], lvl[lab][2])
    print("multi-label", c["multi"], "borderline", c["borderline"], "P.S.", c["ps"])
    print("clean emails", len(clean), "emails with 2+ faulty", len(two_plus), "emails with exactly 1 faulty", len(one))
    lens = collections.Counter(s["email"] for s in ss)
    print("sentences per email min/max", min(lens.values()), max(lens.values()))


if __name__ == "__main__":
    main()
