#!/usr/bin/env python3
"""Build sealed24: hand-written sales emails labelled sentence by sentence.

Each email: subject, salutation, sign-off, paragraphs of (sentence, code, note).
Codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combined, e.g. HS).
A note starting with "borderline:" marks a sentence decided by a borderline rule.
Email labels are derived with the guide's email-level scale; no hand overrides.
Every third email (3, 6, 9, ...) uses curly apostrophes.
"""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = ["hard_close", "self_serving", "timidity"]
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}

EMAILS = []


def E(subject, salutation, signoff, paragraphs):
    EMAILS.append((subject, salutation, signoff, paragraphs))


# 1 neon restoration, cinema facade (formal, British)
E("Neon restoration for the Regal facade", "Dear Ms Okonkwo,",
  "Yours sincerely,\nGraham Pettifer\nPettifer Neon Works", [
    [("Thank you for sending the photographs of the Regal's facade; the lettering on the north side has clearly lost its gas in at least four tubes.", "N", "diagnosis from the prospect's own photos"),
     ("Our bending shop can re-pump those tubes in the original ruby red, and frankly the cinema would be foolish to let anyone else near them.", "H", "legit capability plus shaming the prospect's judgement")],
    [("The quote you asked for is attached: £4,860 for the north side, worked from a cherry picker so no scaffold is needed.", "N", "requested price and attachment"),
     ("I've pencilled our glass bender in for the 14th, so please send the 40% deposit over today and we'll treat the job as confirmed.", "H", "assumptive payment before any yes, beside a date"),
     ("We have won the Heritage Lighting Guild medal three years running and have relit signs for two royal warrant holders.", "S", "generic awards boast"),
     ("Your licensing officer will want the transformer certificates before the sign is relit, and I will bring copies to the site visit.", "N", "technical/regulatory prerequisite, serves the buyer")],
    [("P.S. I've copied in your chief executive, as I expect she'll want to know why this is taking so long.", "H", "going over the prospect's head")],
])

# 2 carriage hire, heritage parade (chatty)
E("Carriages for the Founders' Day parade", "Hi Declan,", "Cheers,\nMaddie", [
    [("Great chatting on Tuesday about the Founders' Day route through the old market.", "N", "pleasantry"),
     ("Two landaus and a pair of greys would cover the mayor's party and the veterans, and I'd be over the moon to land this one because my boss has been on at me all month about parade bookings.", "S", "legit proposal plus the rep's manager pressure, no date or demand (rule 16)"),
     ("The greys are shod for cobbles and the drivers have done that route before, so the tight turn at Bridge Street won't be a problem.", "N", "concrete value tied to the route")],
    [("The package is £1,150 for the day including both drivers, and honestly, if that looks steep I could drop a couple of hundred without anyone asking questions.", "T", "legit price plus unprompted discount"),
     ("Sorry, I know I'm rambling on a bit here!", "T", "apology for length"),
     ("Can we do a quick call Thursday at 11 to lock in timings with your stewards, if it isn't too much of a bother and you can spare the time?", "T", "legit meeting ask plus permission-seeking")],
])

# 3 hemp rope, maritime museum (very deferential)
E("Hemp mooring lines for the Endeavour replica", "Dear Dr Ashworth,",
  "With every good wish,\nEdmund Hale\nHale Ropewalk", [
    [("I hope you will forgive a second letter from me, and please accept my apologies for intruding on what must be a very full week.", "T", "apologising for following up, self-abasing"),
     ("Our three-strand hemp is laid on the same walk our family has used since 1790.", "S", "borderline: heritage line (rule 8)"),
     ("Your conservator's brief asks for a 48 mm line with a right-hand lay, which we can supply in the lengths listed on page two.", "N", "answers the buyer's spec")],
    [("Might it perhaps be possible, if it is not asking too much, for me to send a short sample length for your conservator to handle?", "T", "stacked hedges plus permission-seeking (rule 2)"),
     ("The full quotation for 120 metres is on page three, and naturally I would understand entirely if you preferred another ropewalk.", "T", "legit quote plus pre-emptively releasing the prospect (rule 11)"),
     ("The sample could reach Portsmouth by the 9th, ahead of the trustees' meeting you mentioned.", "N", "the prospect's own date")],
    [("P.S. I do hope the length of this letter has not tried your patience.", "T", "apology for length")],
])

# 4 mosaic tesserae, council leisure centre (blunt)
E("Tesserae for the Marsh Lane pool mural", "Kevin,", "Phil Barrow\nBarrow Mosaics", [
    [("The sample board went to your office on the 3rd, and the tracking link tells me it has been opened four times without a word back.", "H", "legit logistics plus opened-but-unanswered guilt (rule 13)"),
     ("Unglazed vitreous tesserae hold up in chlorinated water far better than the glazed ones your architect specified, and I'll put that in writing.", "N", "expert push-back tied to the buyer"),
     ("Three other councils in the county have moved over to us already, which leaves Marsh Lane looking like the odd one out.", "H", "peers who already switched, shaming")],
    [("The colours match your artist's cartoon exactly, and I want the purchase order on my desk by Friday, end of discussion.", "H", "legit product fact plus first-person ultimatum with no reason (rule 16 -> rule 4)"),
     ("If it isn't with me by then, the whole file goes to your director of leisure.", "H", "bypass threat"),
     ("Your contractor's tiling window opens on 2 June, and the tesserae need ten working days on their mesh sheets before they can be laid.", "N", "borderline: real production lead time stated once with the reason (rule 4)")],
])

# 5 cryostat servicing, hospital pathology (formal) - CLEAN
E("Cryostat service contract, histopathology", "Dear Mr Lindqvist,",
  "Kind regards,\nRuth Adeyemi\nService Contracts Manager", [
    [("Thank you for the inventory of your six cryostats and the fault log for the past year.", "N", "courtesy"),
     ("Four of the six are the same model, and the log shows the same pattern of blade-holder icing, which usually traces back to a worn defrost gasket rather than the compressor.", "N", "insight from the buyer's data"),
     ("Replacing those gaskets at the first visit should remove most of the unplanned call-outs your team described.", "N", "value tied to the prospect")],
    [("The manufacturer ends parts support for the two older units in March 2027, so I would budget to replace them within the contract term rather than repair them.", "N", "borderline: vendor end-of-life stated once with reason (rule 4)"),
     ("Apologies for the slow reply; our engineer was on site at another trust until Wednesday, and the full quote is now attached.", "N", "borderline: single courtesy apology with reason and fix (rule 3)"),
     ("Would Tuesday the 18th at 2 pm suit a walk-through with your laboratory manager?", "N", "clear next step")],
])

# 6 maple evaporator, sugarhouse (chatty, American)
E("Evaporator for the sugarhouse", "Hey Tom,", "Talk soon,\nJess", [
    [("Loved seeing the new sap lines going up on the north slope last weekend!", "N", "pleasantry"),
     ("Our 3x10 rig has a raised flue pan, a preheater hood, auto-draw, a float box, a stainless arch, a forced-draft blower, a steam-away and a digital hydrometer cup.", "S", "feature list with no tie to the buyer"),
     ("Your 1,200 taps should run about 300 gallons of sap an hour at peak, which the 3x10 handles with room to spare.", "N", "sizing tied to the prospect")],
    [("I'm one unit shy of first place in our dealer contest, so getting your order in before the month is out would really save my bacon.", "HS", "seller's contest as the reason for a date (rule 16)"),
     ("The quote comes to $18,400 delivered, and heck, I'll toss the preheater in for free if you're still on the fence.", "T", "legit price plus unconditional concession"),
     ("I'll swing by Saturday morning to measure the sugarhouse floor and pick up your deposit check while I'm there.", "H", "legit visit plus assumptive payment before a yes")],
])

# 7 weather balloons, university (terse)
E("Radiosonde balloons, 600 g", "Dr Park,", "B. Novak", [
    [("Quote for 200 x 600 g balloons attached, as requested.", "N", "requested quote"),
     ("Price holds until 31 January, when our latex supplier's new rates take effect.", "N", "borderline: factual price expiry with a reason, no urgency language (rule 4)"),
     ("Lead time is three weeks from order, and the other met departments on our list ordered weeks ago, so you're already behind.", "H", "legit lead time plus peer FOMO/shaming"),
     ("Helium regulator spec is on page 3, and I'll charge the card on your department's account today so the order ships Monday.", "H", "legit attachment plus assumptive payment"),
     ("Balloons are stored sealed and dated, so shelf life runs to 2029.", "N", "product fact"),
     ("Apologies for the nag.", "T", "apology for following up")],
])

# 8 apostille service, exporter (non-native English)
E("Legalisation of your export documents", "Dear Mrs Fontaine,",
  "Best regards,\nMarek Zielinski\nZielinski Document Services", [
    [("Thank you for your message about the certificates of origin for the Gulf shipment.", "N", "courtesy"),
     ("We can make the apostille and the embassy legalisation in 6 working days, and please I beg you to give us this job because our office have very few clients this winter.", "ST", "legit offer plus pleading for the seller's own sake (rule 15)"),
     ("Also I am very sorry that our price is more high than the chamber of commerce, I know it is much money.", "T", "apology for the price")],
    [("If it helps, you tell me what price you want to pay and we will make it.", "T", "asking the buyer to name their number"),
     ("The embassy accepts documents only on Tuesday and Thursday mornings, so we need the originals by Monday to be in the first queue.", "N", "borderline: real external constraint with the reason (rule 4)"),
     ("Sorry again for this long message.", "T", "apology for length")],
])

# 9 bunker sand, golf club (warm) - CLEAN
E("Bunker sand for the back nine", "Hello Fiona,", "Warm wishes,\nAnya", [
    [("The washed sand on the 12th and 15th has compacted badly, and the lab results you shared show too many fines for the drainage you've got.", "N", "insight from the buyer's data"),
     ("Our angular silica sits at 0.25 to 1.0 mm, which should stop the plugged lies your members complain about and drain after heavy rain.", "N", "product detail tied to the prospect")],
    [("The greenkeepers want the work done before the club championship on 14 June, so I've planned delivery for the week of 19 May.", "N", "the prospect's own date"),
     ("Sorry to hear Stuart's back is playing up again; we can move the delivery walk-round to a day he's fit.", "N", "sympathy, not self-abasement (rule 3)"),
     ("Shall I bring a tonne bag for a trial bunker on the 6th?", "N", "clear next step")],
])

# 10 oyster spat, shellfish farm (blunt)
E("Triploid spat for the spring set", "Callum,", "Iain", [
    [("Your mortality figures from last summer point to the diploid stock, not the site.", "N", "insight from the buyer's data"),
     ("Triploid spat don't spawn, so they hold condition through August, which is exactly when your losses were.", "N", "value tied to the prospect"),
     ("Any grower still putting diploids in the water in 2026 is asking to go under.", "H", "shaming the prospect's judgement")],
    [("I've set 500,000 aside for you at 1.4p each and the invoice goes out tomorrow unless I hear otherwise.", "H", "legit price plus silence-means-yes"),
     ("Mind you, I'd come down to 1.1p if that's what it takes.", "T", "unprompted discount"),
     ("After I drove up to Loch Creran twice to look at your bags, the least I'm owed is a straight answer this week.", "HS", "guilt resting on the seller's effort, with a demand (rule 15)")],
])

# 11 lumpwood charcoal, restaurant group (chatty)
E("Charcoal for the three grill kitchens", "Hi Priya,", "Ta,\nRob", [
    [("Thanks for the tasting invite, the lamb off the grill was unreal.", "N", "pleasantry"),
     ("Our restaurant-grade lumpwood is kiln-dried hornbeam, so it burns hotter and throws far less spark than the birch you're on now.", "N", "product detail tied to the buyer"),
     ("A 10 kg sack is £14.20 delivered, and we're the UK's number one charcoal brand as voted by Grill Trade readers, with a founder who's been on the telly!", "S", "legit price plus generic boast")],
    [("I've attached the burn-time test you asked about, and sorry for pestering you yet again, I know you're slammed.", "T", "legit attachment plus apology for following up"),
     ("Reply in a month or next year, it's all good with me!", "T", "minimising, giving up control"),
     ("I can have 40 bags at each kitchen by next Wednesday if the trial goes ahead, and a quick five-star review on our site afterwards would really help me out.", "S", "legit delivery offer plus a favour for the seller (rule 10)")],
])

# 12 fresco pigments, conservation studio (deferential)
E("Lime-fast pigments for the chapel fresco", "Dear Signora Bianchi,",
  "With great respect,\nAnnelise Brandt\nBrandt Pigmente", [
    [("I truly hope this note is not an unwelcome intrusion on your work.", "T", "needing approval"),
     ("The green earth and burnt sienna you listed are both in stock, and I have attached the batch analyses your conservation plan requires.", "N", "answers the buyer's requirement"),
     ("The lapis blue is £210 for 100 g, and I am a little ashamed of how expensive that is, for which I apologise.", "T", "legit price plus apology for the price")],
    [("We would be so grateful for a short testimonial for our website once the chapel is finished, and I'd happily take 15% off the order in return.", "ST", "borderline: discount offered for a personal favour (rule 7)"),
     ("All pigments ship in sealed amber jars, and I can only hope they will be judged worthy of your studio.", "T", "legit product detail plus needing approval"),
     ("Please do not feel the least obligation to answer.", "T", "permission-begging, minimising")],
])

# 13 music engraving, orchestra library (formal)
E("Engraving the Holmqvist symphony parts", "Dear Mr Achterberg,",
  "Yours sincerely,\nCatriona Mair\nMair Music Setting", [
    [("Thank you for the manuscript scans of the Holmqvist symphony; the hand is clear enough that we can engrave directly from them.", "N", "courtesy and logistics"),
     ("For the parts, I would recommend placing page turns at rests rather than at system breaks, since your strings flagged awkward turns in the last commission.", "N", "confident recommendation tied to the buyer"),
     ("Our studio has engraved for eleven of the world's top twenty orchestras and was shortlisted for a Paul Revere award twice.", "S", "generic credentials boast")],
    [("To hold the March slot I have already raised an invoice for the first half, attached for immediate settlement.", "H", "invoice before a yes, beside a scheduling fact"),
     ("My director has asked me to have this signed before our financial year closes on the 31st, so I would be grateful for your signature by then.", "HS", "manager's wish as the reason for a date (rule 16)"),
     ("The first proofs could be with your librarian by 20 February, and I'd love a quote from you for our new brochure once the set is out.", "S", "legit date plus a testimonial favour for the seller (rule 10)")],
])

# 14 facade cleaning via building gondola (terse) - CLEAN
E("Facade clean, Harbour Point", "Mr Dlamini,", "Sipho Mahlangu\nClearView Facades", [
    [("Quote attached for two full cleans a year using the building's own gondola.", "N", "requested quote"),
     ("Your gondola's thorough examination expires on 30 April, and we can't operate it after that date under LOLER.", "N", "borderline: regulation stated once with reason (rule 4)"),
     ("Booking the exam through your lift contractor in early April keeps the spring clean on schedule.", "N", "advice"),
     ("Salt film on the east elevation is etching the low-E coating; a clean before summer stops it getting worse.", "N", "insight, real cost of waiting"),
     ("Call Thursday 9:30?", "N", "next step")],
])

# 15 wood-fired ovens, pub group (warm)
E("Pizza ovens for the Red Lion and the Anchor", "Hi Jo,", "Warmly,\nLuca", [
    [("Thanks again for the tour of both kitchens, and congratulations on the Anchor's refurb!", "N", "pleasantry"),
     ("The 1100 model fits the Red Lion's back bar with 20 cm to spare and reaches 450 degrees in 40 minutes, which matches the lunchtime rush you described.", "N", "detail tied to the buyer"),
     ("I'll be honest, I've put so many evenings into these floor plans for you that it would mean the world to get a yes this week.", "HS", "seller's effort as leverage with a date (rule 15)")],
    [("The floor plans are attached, and the three other pubs on your high street already serve wood-fired, so you'd be the one left with frozen bases.", "H", "attachment plus competitor shaming"),
     ("Fitting takes two days per pub, and if budget's the worry, I'm happy to knock the flue kit off the bill, no questions asked.", "T", "legit install detail plus unconditional concession")],
    [("P.S. Sorry this got so long, I got carried away!", "T", "apology for length")],
])

# 16 rowing shells, university boat club (chatty)
E("Two eights for the boat club", "Hey Ollie,", "Cheers,\nFrankie", [
    [("Good luck at the Head on Saturday, the crew looked sharp in the video you sent.", "N", "pleasantry"),
     ("Our carbon eight is 14 kg lighter than the wooden shells you're in, which is worth roughly a length over 2k for a crew at your level.", "N", "value tied to the buyer"),
     ("Both shells carry a ten-year hull warranty, and not to brag, but boats from our yard have won 19 Olympic golds across the last four Games.", "S", "legit product detail plus generic boast")],
    [("The demo boat is free on 12 and 13 March, and you can expect to see me at your landing stage after every outing until the day your captain agrees to a test row.", "H", "legit availability plus turning up uninvited, badgering"),
     ("Four colleges down the river have already switched to our shells, so your club is last to the party.", "H", "peers who switched, shaming"),
     ("Which of those two days fits your outing schedule, and could we put your club crest on our sponsors page afterwards?", "S", "legit question plus a logo favour for the seller (rule 10)")],
])

# 17 scale model, planning consultation (formal)
E("Scale model for the Canal Basin consultation", "Dear Ms Harcourt,",
  "Yours faithfully,\nHugo Brennan\nBrennan Model Studio", [
    [("Thank you for the drawing pack and the consultation dates, and I must apologise in advance for how long my proposal runs.", "T", "courtesy plus apology for length"),
     ("A 1:500 model of the whole basin would let residents see the massing of the two towers against the listed warehouse, which was the main concern raised at the first event.", "N", "value tied to the prospect"),
     ("We could potentially add lift-off roofs to the towers so people can see the courtyard layout.", "N", "borderline: one mild hedge (rule 2)")],
    [("The model must be delivered by 3 October for the public exhibition you are opening on the 5th.", "N", "the prospect's own date"),
     ("I should add that our studio was founded by two RIBA gold medallists and our models have hung at the Royal Academy summer show for twelve years.", "S", "generic credentials boast"),
     ("Our team has given up three weekends to this proposal, so I trust the council will honour that effort with a decision this month.", "HS", "seller's effort as guilt with a demand (rule 15)")],
])

# 18 seaweed extract, cosmetics firm (non-native English)
E("Seaweed extract for your night cream", "Dear Mr Hollis,", "Best regards,\nYann Le Goff", [
    [("Thank you for the specification of your new night cream, it's very clear.", "N", "courtesy"),
     ("Our cold-pressed kelp extract has the low iodine your formulator asked, under 50 ppm, and the certificate is attached.", "N", "answers the buyer's spec"),
     ("We are the biggest seaweed house of Brittany, with prizes from Cosmetic Valley and a visit of the minister last year.", "S", "generic boast")],
    [("Maybe it is possible that perhaps you could test a small sample, if you think it is okay?", "T", "stacked hedges plus permission-seeking"),
     ("The sample is 500 ml and I can post it tomorrow, but my boss say me I must bring one new client before Christmas, so please order before 20 December.", "HS", "legit offer plus the manager's target as the reason for a date (rule 16)"),
     ("Price is 42 euro per kilo in 25 kg drums, and if you want I can also give 20% less without any condition.", "T", "legit price plus unconditional discount")],
])

# 19 weathervane regilding, parish council (very deferential)
E("Regilding the market cross weathervane", "Dear Councillor Pryce,",
  "Your obedient servant,\nWalter Keble, Gilder", [
    [("Please forgive me for writing to you directly, and I do hope the council will not think it impertinent of me.", "T", "needing approval, apology for normal selling"),
     ("The cockerel on the market cross has lost most of its leaf on the windward side, and the bare copper is starting to pit.", "N", "diagnosis"),
     ("Regilding with 23.5 carat double leaf should last twenty-five to thirty years in that position.", "N", "product value")],
    [("My written quotation is enclosed, though I am almost embarrassed to name the figure and so sorry it comes to £1,950.", "T", "legit enclosure and price plus apology for the price"),
     ("If the council would prefer, I could of course do the work for whatever sum it feels is fair.", "T", "name-your-number concession"),
     ("I would be ever so grateful for any word at all, at a moment of the council's choosing.", "T", "permission-begging, minimising")],
])

# 20 carousel restoration, seaside pier (warm) - CLEAN
E("Restoring the gallopers on the West Pier", "Dear Margaret,",
  "All the best,\nNell Ashby\nAshby Fairground Restoration", [
    [("The three horses with split necks can be splinted and re-carved in lime wood, which keeps the 1920s look your visitors love.", "N", "value tied to the prospect"),
     ("Sorry to hear the storm took part of the pier rail last month; we'll bring our van through the north gate so your repair crew isn't disturbed.", "N", "sympathy plus logistics (rule 3)")],
    [("The Heritage Fund's current round closes on 12 May, so if you want the restoration in that bid, you'll need our condition report by late April.", "N", "borderline: real external funding deadline stated once with reason (rule 4)"),
     ("I'll have that report to you by 25 April, with photographs of each horse.", "N", "confident next step with a date"),
     ("Would a site visit on the 15th suit you and the pier trust?", "N", "clear ask")],
])

# 21 cricket practice nets, school (blunt)
E("Practice nets for the summer term", "Mr Greaves,", "D. Walsh\nWalsh Sports Nets", [
    [("Your two nets are torn at the bowling end and the frame on lane 2 is bent, as I saw on Monday.", "N", "finding from a real inspection"),
     ("You need new nets, and there's nothing more to talk about.", "H", "borderline: 'you need' as a directive after a real inspection (rule 6)"),
     ("Our frames are galvanised and the netting is 54-ply and UV-stabilised, which matters on a south-facing field like yours.", "N", "detail tied to the buyer")],
    [("I turned down two clubs to keep the week of the 14th free for your school, so I expect the order by Friday.", "HS", "seller's sacrifice as guilt with a demand (rule 15)"),
     ("Carry on ignoring my emails and your boys will be batting in the car park come May.", "H", "sarcasm, shaming"),
     ("The price is £2,340 fitted, as you asked, and every other school in the county went with us last spring, so don't be the last.", "H", "requested price plus peer shaming")],
])

# 22 trial randomisation software, CRO (formal, American)
E("Randomization and supply management for Study 118", "Dear Dr. Chen,",
  "Best regards,\nDaniel Okafor\nAccount Executive", [
    [("Thank you for walking me through the protocol for Study 118 on Monday, and I'm delighted to tell you we've just closed our Series C.", "S", "courtesy plus an I/we announcement with no customer value"),
     ("With 42 sites and a stratified block design, the biggest risk your team named was drug supply running short at sites that enroll faster than forecast.", "N", "restating the buyer's problem"),
     ("Our platform forecasts resupply per site from live enrollment, which is how a sponsor with a similar oncology study cut emergency shipments by two thirds.", "N", "social proof tied to the prospect's situation (rule 8)")],
    [("We're backed by three top-tier venture firms, we were named a Cool Vendor, and our CEO gave the keynote at DIA last June.", "S", "investors and awards boast"),
     ("The pricing you requested is attached, and I've gone ahead and scheduled kickoff for the week of the 9th and asked your procurement team to raise the PO.", "H", "requested pricing plus assumptive onboarding"),
     ("If you don't lock this in before your first patient, you'll be patching spreadsheets for the rest of the study.", "H", "now-or-never pressure")],
    [("P.S. Our new AI forecasting module launches next month, and I'd love to give you the full tour of everything it does.", "S", "I/we-centric tour of the seller's product (rule 9)")],
])

# 23 horse air transport, equestrian team (chatty)
E("Flights for the team horses to Aachen", "Hi Sinead,", "Cheers,\nAoife", [
    [("Congrats on the Nations Cup selection, and honestly, every other team in your group has its flights booked already.", "H", "pleasantry plus FOMO about peers"),
     ("We can fly all four horses from Shannon to Liege on the 27th with a groom on board, and I've attached the stall plan and the vet paperwork checklist.", "N", "logistics and attachment"),
     ("The health certificates have to be signed by your vet within 48 hours of departure, so it's worth booking that visit for the 25th.", "N", "regulatory prerequisite")],
    [("Sorry, sorry, I know this is my third email this week and I feel awful about it.", "T", "apologising for following up"),
     ("The all-in price is €14,800 for the four horses, and if that's what's holding you back, give me a figure and I'll try to make it work.", "T", "legit price plus name-your-number concession"),
     ("I could ask my manager whether we might maybe waive the fuel surcharge as well, if that's okay with you?", "T", "deferring on a discount plus hedges and permission-seeking")],
])

# 24 fossil casts, natural history museum (formal) - CLEAN
E("Casts of the ichthyosaur for the touch gallery", "Dear Dr Mensah,",
  "Yours sincerely,\nPhilippa Grant\nGrant Casting", [
    [("Thank you for the CT data of the ichthyosaur skull; it is detailed enough to print a master without handling the original.", "N", "courtesy and logistics"),
     ("For a touch gallery, I'd recommend a polyurethane cast with a pigmented core, so scratches from visitors don't show as white marks.", "N", "confident recommendation"),
     ("We made a similar set for a regional museum with a school-heavy audience, and their main lesson was to bolt the casts to the plinth rather than rely on adhesive.", "N", "social proof turned into advice (rule 8)")],
    [("The quote you asked for is attached: £6,200 for two casts, including the mounting plates.", "N", "requested price"),
     ("Just a note that our moulding room closes for two weeks over Christmas, so a decision by 5 December keeps delivery on track for your February reopening.", "N", "borderline: real constraint stated once, tied to the prospect's date; one polite 'just' (rules 1, 4)"),
     ("Could we speak on Thursday at 3 to confirm the colour references with your conservator?", "N", "clear next step")],
])

# 25 shot peening, aerospace (terse)
E("Shot peening, landing-gear pins", "Hi Raj,", "Gary", [
    [("Almen strip results from the trial batch attached; intensity is inside your 0.010A to 0.014A window.", "N", "results for the buyer"),
     ("Coverage is 200% on all 30 pins.", "N", "fact"),
     ("We have Nadcap, AS9100, 40 years, 3 plants, robotic cells and a client list you'd recognise.", "S", "feature and credentials dump, not tied to the buyer's process")],
    [("Full run is 1,200 pins at £3.10 each, and it's PO today or the April capacity goes to someone else.", "H", "legit price plus ultimatum"),
     ("My quarter shuts next week and this deal is in my forecast, so I need it signed before then.", "HS", "seller's quarter as the reason for a date (rule 16)"),
     ("Can do 10% off if it helps.", "T", "unprompted discount")],
])

# 26 bulk bags, grain co-op (blunt)
E("Bulk bags for harvest", "Morning Hamish,", "Ewan", [
    [("Your members lost about 4% of last harvest's oats to split bags, going by the claims sheet you sent.", "N", "insight from the buyer's data"),
     ("Our four-loop bags are tested at a 5:1 safety factor, so a tonne of damp grain won't tear the side seams like the cheap ones did.", "N", "value tied to the buyer")],
    [("I've had 3,000 printed with the co-op's name already, so there's no backing out now.", "H", "assumptive order, entitlement"),
     ("Strathmore signed up within a day; I can't see what's taking you so long.", "H", "peer comparison with shaming"),
     ("The bags leave the factory in Izmir on 3 July, the last sailing that lands before your harvest starts.", "N", "borderline: real shipping constraint stated once (rule 4)"),
     ("Samples are on the pallet by your weighbridge, and I'll be parked at your weighbridge each morning this week waiting for someone to sign.", "H", "legit logistics plus badgering")],
])

# 27 litter-picking kits, borough volunteers (warm)
E("Litter-picking kits for your volunteer groups", "Dear Aisha,", "Best wishes,\nTamsin", [
    [("It was lovely to meet you at the community clean-up in Jubilee Park.", "N", "pleasantry"),
     ("Each kit has a lightweight picker, a bag hoop, gloves and a hi-vis tabard, plus a sharps tube so volunteers never handle needles.", "N", "product detail tied to the buyer's volunteers"),
     ("I do hope you don't mind me writing again, and I'm sorry if this comes across as pushy.", "T", "apology for normal selling")],
    [("It would honestly make my month if the borough came on board, as I've not had a single public-sector win this year.", "S", "seller's stake, no date or demand (rule 15)"),
     ("Your grant form asks for three quotes by 30 June, so I've put ours in the borough's format, and if the budget won't stretch we could just halve the price.", "T", "legit formatting to the buyer's date plus an unprompted halving of price"),
     ("Would a delivery to the depot on Harcourt Road work for the first 50 kits, or shall I simply wait until you're less busy, whenever that may be?", "T", "legit ask plus giving up control")],
])

# 28 lifebuoy housings, city council (formal)
E("Lifebuoy housings, Riverside quays", "Dear Mr Ferreira,",
  "Yours sincerely,\nNicola Stroud\nSafeguard Water Safety Ltd", [
    [("Thank you for the tender clarification on the 22 lifebuoy points along the quays.", "N", "courtesy"),
     ("Our housings are moulded in high-visibility yellow and carry tamper alarms that text your duty officer when a buoy is removed.", "N", "product detail tied to the buyer"),
     ("We have been named Water Safety Supplier of the Year four times and equip most of Britain's seaside resorts.", "S", "awards boast")],
    [("I have given a great many evenings to this bid, so I think the council owes me a decision before the summer recess.", "HS", "guilt resting on the seller's effort, with a demand (rule 15)"),
     ("Installation can start two weeks after order, working from the towpath, and every month the council dithers is another month someone could drown on its watch.", "H", "legit logistics plus guilt/shaming push"),
     ("The alarm units run on a ten-year battery, so there is no wiring along the quay wall, and we are the only firm in Europe holding a patent on that design.", "S", "legit product fact plus a generic boast")],
])

# 29 ballot boxes, county elections office (formal, American) - CLEAN
E("Ballot boxes for the November general", "Dear Ms. Alvarez,",
  "Sincerely,\nMarcus Bell\nCivic Supply Co.", [
    [("Our 24-gallon boxes meet the state's secure-container standard, and the certification letter your procurement office asked for is attached.", "N", "certification the buyer's process requires (rule 8)"),
     ("Each box ships with two serialized seal sets, so your poll workers can log the numbers on the chain-of-custody form you already use.", "N", "value tied to the buyer")],
    [("State law requires the boxes at precincts 30 days before the election, which means we'd need the order by August 15 to meet your October 6 distribution.", "N", "borderline: regulation stated once with reason (rule 4)"),
     ("I'll confirm the seal color options with our factory and send samples by Friday.", "N", "checking with someone on a non-discount matter, with a date"),
     ("Would a 20-minute call on Tuesday work to go through the delivery schedule by precinct?", "N", "clear next step")],
])

# 30 probate genealogy, law firm (deferential)
E("Tracing the beneficiaries in the Whitcombe estate", "Dear Mr Lavery,",
  "With kind regards,\nBeatrice Onslow\nOnslow Probate Research", [
    [("Thank you for the file on the late Mrs Whitcombe; I have already confirmed a brother who emigrated to Ontario in 1961.", "N", "progress for the buyer"),
     ("Our standard search, covering civil registration, probate indexes and overseas archives, usually closes an estate of this size in eight to ten weeks, and I only hope our work proves good enough for a firm like yours.", "T", "legit service detail plus approval-seeking"),
     ("I do apologise for how many questions follow, and I really hope none of them comes across as presumptuous.", "T", "over-apologising, needing approval")],
    [("I hesitate to mention it, but our fee is 12%, and I'm terribly sorry it isn't lower.", "T", "apology for the price"),
     ("Of course, if you'd rather use another firm, please don't give it a second thought; I'd completely understand.", "T", "pre-emptive release (rule 11)"),
     ("Could you confirm whether the will names any charities, so I know whether to trace the residuary side as well?", "N", "discovery question")],
])

# 31 cocktail training, hotel bar (chatty)
E("Cocktail training for the Lantern Bar team", "Hi Marco,", "Cheers,\nKat", [
    [("Loved the new menu, the smoked negroni is a belter.", "N", "pleasantry"),
     ("Two half-day sessions would cover dilution, batching and speed-rail setup, which is where your team said the Friday queues start.", "N", "value tied to the buyer"),
     ("We've trained the bar teams at four Michelin-starred restaurants and won Bar Educator of the Year, so we basically wrote the book.", "S", "generic boast")],
    [("My manager's breathing down my neck to fill February, so if you could sign by Friday that'd be a lifesaver.", "HS", "manager's wish as the reason for a date (rule 16)"),
     ("Both sessions together come to £780, and if you book by Friday I'll throw in a third one for free.", "HT", "legit price plus a concession conditioned on the seller's date, no seller reason in this sentence (rule 7)"),
     ("What does your rota look like for the Mondays in February, or would it be easier if I waited until things calm down for you?", "T", "legit question plus giving up control")],
])

# 32 grant writing, nonprofit (warm, American)
E("Grant support for the youth literacy program", "Hi Denise,", "Warmly,\nGrace", [
    [("Thank you for sharing last year's outcomes report; the jump in reading scores at the two after-school sites is a strong story.", "N", "insight tied to the buyer"),
     ("The Carver Foundation's cycle closes April 15 and its reviewers weight measured outcomes heavily, so your data puts you in a good spot.", "N", "borderline: real external deadline stated once (rule 4)"),
     ("Would there maybe be some chance, should your diary allow it, that we could perhaps find half an hour to talk?", "T", "stacked hedges plus permission-seeking")],
    [("Full disclosure, our rate is $95 an hour, and I'm a little embarrassed about that.", "T", "apologetic about price"),
     ("Honestly, whatever amount your board feels comfortable paying works for me.", "T", "name-your-number concession"),
     ("I can have a draft logic model to you by February 20 if we start this month, and I'd be so grateful if you could mention us to the other directors in your network.", "S", "legit next step plus a referral favour (rule 10)")],
])

# 33 ceramic bearings, bicycle maker (non-native English) - CLEAN
E("Hybrid bearings for the 2027 gravel frames", "Dear Mr Janssen,", "Best regards,\nWei-Lin Chou", [
    [("Thank you for the drawing of the new bottom bracket shell, it is very helpful.", "N", "courtesy"),
     ("For the gravel frames I recommend the sealed hybrid bearing, because the full ceramic one doesn't like mud and water in the winter.", "N", "confident recommendation"),
     ("In our test with a Dutch brand like yours, the hybrid bearing had 30% fewer warranty returns after two seasons.", "N", "social proof tied to the prospect (rule 8)")],
    [("The price for 5,000 pieces is in the attached offer, valid until 15 March because the steel price from our supplier changes in April.", "N", "borderline: factual price expiry with a reason (rule 4)"),
     ("Sorry for the late answer, our engineer was at the Taipei show and came back only yesterday.", "N", "borderline: single courtesy apology with reason (rule 3)"),
     ("Can we make a video call on Wednesday at 10 to check the tolerances with your engineer?", "N", "clear next step")],
])

# 34 needlepoint kneelers, cathedral chapter (very deferential)
E("Needlepoint kneelers for the Lady Chapel", "Dear Canon Whitfield,",
  "Yours in service,\nMargaret Penrose\nSt Aldhelm's Embroiderers' Guild", [
    [("I hope you will pardon this further note, and I am sorry to be such a nuisance.", "T", "self-abasing apology for following up"),
     ("The twelve designs you approved in October are ready to stitch, in wools matched to the chapel's east window.", "N", "logistics"),
     ("Our guild has stitched for cathedrals since 1924 and counts three royal commissions among its work.", "S", "heritage plus royal-commission boast (rule 8)")],
    [("I confess I stitched the first two samples myself over many late evenings, and I do feel the chapter might owe me a decision by Advent.", "HS", "seller's effort as guilt with a demand (rule 15)"),
     ("The full set of twelve would be £1,440, and should that give any pause, I would be content to lower it to whatever the chapter thinks right.", "T", "legit price plus name-your-number concession"),
     ("The samples can come to the chapter meeting on the 2nd, as you suggested.", "N", "the prospect's own date")],
])

# 35 breast pump rental, neonatal unit (formal)
E("Hospital-grade breast pumps for the neonatal unit", "Dear Sister Okoye,",
  "Yours sincerely,\nClaire Whitmore\nLactaCare Rentals", [
    [("Thank you for the unit's usage figures; with 28 cots and an average of 19 mothers expressing, eight pumps explains the queueing your staff described.", "N", "insight from the buyer's data"),
     ("Our pumps are closed-system, so they can move between mothers after a surface clean, without the autoclave step your team does now.", "N", "value tied to the buyer")],
    [("The rental rate you asked for is £38 per pump per month, and I'll need your signed order by Wednesday to hit my monthly target.", "HS", "requested price plus seller's target as the reason for a date (rule 16)"),
     ("Delivery and staff training are included in that rate, and we are proud to be the fastest-growing medical rental company in the North, with a string of innovation awards.", "S", "legit product detail plus generic boast"),
     ("Other trusts in your region made the switch months ago, and your unit is starting to look out of step.", "H", "peers who switched, shaming"),
     ("I can bring two demonstration units on Monday the 10th for your staff to try.", "N", "clear next step")],
])

# 36 calf jackets, dairy farm (terse)
E("Calf jackets", "Dave,", "Mick", [
    [("Forty jackets in stock, sizes S and M, £18.50 each.", "N", "price and stock"),
     ("At your shed temperatures a jacket stops a calf burning around 15% of its feed just keeping warm in the first three weeks.", "N", "value tied to the buyer; one harmless 'just'"),
     ("Told the lads they're yours, so send the money over and I'll load them Tuesday.", "H", "assumptive payment before a yes"),
     ("Don't make me drive out to your yard a third time for nothing.", "HS", "guilt resting on the seller's effort (rule 15)"),
     ("Washable at 60 degrees, and we've been in the calf trade longer than anybody in the county.", "S", "product fact plus years-in-business boast (rule 8)"),
     ("Can do £15 each if you're short, no bother.", "T", "unprompted discount")],
])

# 37 satellite imagery, crop insurer (blunt)
E("Satellite imagery for claims on the winter wheat book", "Ms Rasmussen,", "Lars Eide\nOrbitScope", [
    [("Your adjusters visited 1,400 fields last season, and by your own numbers 60% of those visits found no loss at all.", "N", "insight from the buyer's data"),
     ("Weekly 3 m imagery would flag the fields worth a visit and let you skip most of the rest.", "N", "value tied to the buyer"),
     ("Sample maps for your Lincolnshire fields are attached, and we've processed imagery for NASA, three of the top five reinsurers and the UN, with 14 patents pending.", "S", "legit attachment plus generic boast")],
    [("Every week you wait costs another £40,000 in wasted site visits, so stop dithering.", "H", "borderline: cost of delay from the buyer's data, used to push (rule 5)"),
     ("The proposal is attached, and if I haven't heard back by Monday it goes straight to your chief underwriter.", "H", "attachment plus bypass threat"),
     ("The free trial covers 200 of your own fields from last season, so you can check our flags against the adjusters' reports.", "N", "offer tied to the buyer")],
    [("P.S. You've opened my last two emails several times, so I know they reached you.", "H", "pointing out opened-but-unanswered emails (rule 13)")],
])

# 38 axe throwing, accounting firm team night (chatty) - CLEAN
E("Axe throwing for your team night", "Hi Bethan,", "Cheers,\nNiamh\nSplit Log Axe Club", [
    [("Thanks for getting in touch, a team night for 24 after tax season sounds like a great idea.", "N", "pleasantry"),
     ("We'd split everyone across four lanes with a coach on each, and the first half hour is safety and technique, so nobody needs to have thrown before.", "N", "logistics; 'needs' harmless"),
     ("The two dates you mentioned, 14 and 21 May, are both free, and I've held the 21st for you until Friday.", "N", "borderline: factual hold date stated once on the prospect's own dates (rule 4)")],
    [("Just so you know, closed-toe shoes are a must on the lanes.", "N", "borderline: one polite 'just' (rule 1)"),
     ("Shall I send the booking form over?", "N", "plain ask")],
])

# 39 recumbent trikes, rehab charity (warm)
E("Recumbent trikes for the stroke rehab group", "Dear Femi,",
  "With warm regards,\nCallum\nFreewheel Adaptive Cycles", [
    [("It was so moving to watch your Tuesday group on the track last week.", "N", "pleasantry"),
     ("A trike with a one-handed brake lever and a pedal holder would let riders with weakness on one side get going without help, which your physios said was the biggest barrier.", "N", "value tied to the buyer"),
     ("I'll be honest, our company needs a charity case study for our own funding bid, so it would help us enormously if you'd feature in it.", "S", "favour for the seller (rule 10)")],
    [("I've already ordered two trikes in your colours on the assumption you'll say yes, so I'll need the deposit this week.", "H", "assumptive payment"),
     ("I'm sorry, that probably sounded far too pushy, please ignore me if it did.", "T", "apology for normal selling, permission to ignore"),
     ("Could I bring a demo trike on the 18th for the physios to try, and might I possibly stay for the session too, if that would be all right?", "T", "legit ask plus hedges and permission-seeking")],
])

# 40 chandelier cleaning, hotel ballroom (formal)
E("Chandelier restoration, Grand Ballroom", "Dear Mr Beaumont,",
  "Yours sincerely,\nAdrian Vale\nVale Crystal Restoration", [
    [("Thank you for the walk-through of the Grand Ballroom on Thursday, and forgive me for taking up so much of your afternoon.", "T", "courtesy plus apology for normal selling"),
     ("Your three Bohemian chandeliers carry around 14,000 drops between them, and the lowering winches on two of them need new cable before anyone can safely bring them down.", "N", "technical prerequisite (rule 6)"),
     ("We can complete all three over four nights in the quiet week you mentioned, 6 to 9 January, so no events are affected.", "N", "the prospect's own dates")],
    [("The winch survey is attached, though I must say I'm rather hurt not to have had a word of thanks for doing it free of charge.", "HS", "attachment plus guilt resting on the seller's effort and feelings (rule 15)"),
     ("Our firm has restored chandeliers at Versailles and the Bolshoi and holds a Royal Warrant.", "S", "generic credentials boast"),
     ("The full quote is £9,600 for all three chandeliers, and should you wish, I could take 20% off straight away.", "T", "legit price plus unprompted discount")],
])

# (industry, register, buyer) per email, in order; used only for README.md
META = [
    ("neon sign restoration", "formal, British", "private cinema"),
    ("horse-drawn carriage hire", "chatty", "town council parade"),
    ("heritage hemp rope", "very deferential", "maritime museum"),
    ("mosaic tesserae", "blunt", "council leisure centre"),
    ("cryostat servicing", "formal", "hospital pathology lab"),
    ("maple syrup evaporators", "chatty, American", "small sugarhouse"),
    ("radiosonde weather balloons", "terse", "university department"),
    ("apostille and document legalisation", "non-native English", "exporter"),
    ("golf bunker sand", "warm", "members' golf club"),
    ("triploid oyster spat", "blunt", "shellfish farm"),
    ("restaurant charcoal", "chatty", "restaurant group"),
    ("fresco pigments", "very deferential", "conservation studio"),
    ("music engraving", "formal", "orchestra library"),
    ("facade cleaning from a building gondola", "terse", "office tower owner"),
    ("wood-fired pizza ovens", "warm", "pub group"),
    ("rowing shells", "chatty", "university boat club"),
    ("architectural scale models", "formal", "council planning team"),
    ("seaweed extract", "non-native English", "cosmetics maker"),
    ("weathervane regilding", "very deferential", "parish council"),
    ("fairground carousel restoration", "warm", "pier trust"),
    ("cricket practice nets", "blunt", "school"),
    ("clinical-trial randomization software", "formal, American", "contract research organization"),
    ("air transport for horses", "chatty", "equestrian team"),
    ("fossil casts", "formal", "natural history museum"),
    ("shot peening", "terse", "aerospace manufacturer"),
    ("bulk bags", "blunt", "grain co-operative"),
    ("litter-picking kits", "warm", "borough council volunteers"),
    ("lifebuoy housings", "formal", "city council"),
    ("ballot boxes", "formal, American", "county elections office"),
    ("probate genealogy", "very deferential", "law firm"),
    ("cocktail training", "chatty", "hotel bar"),
    ("grant writing", "warm, American", "nonprofit"),
    ("hybrid bicycle bearings", "non-native English", "bicycle maker"),
    ("needlepoint kneelers", "very deferential", "cathedral chapter"),
    ("breast pump rental", "formal", "NHS neonatal unit"),
    ("calf jackets", "terse", "dairy farm"),
    ("satellite imagery", "blunt", "crop insurer"),
    ("axe-throwing team nights", "chatty", "accounting firm"),
    ("recumbent trikes", "warm", "rehab charity"),
    ("chandelier restoration", "formal", "hotel"),
]

README = """# sealed24: held-out sales emails for the tone coach

> **Training data since the tenth session.** This set was once sealed and was read several times while sealed (its
> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).
> It measures nothing now.

**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on
6 December after that evening's model change, at the same time as the last Apply changes and blind to them, and
measured first on that model (rules + model macro-F1 0.843: hard_close 0.810, self_serving 0.872, timidity 0.848;
1 of 112 clean sentences flagged; email agreement 0.925 / 0.900 / 0.950), then used for the Apply sample of round 24.

Written by hand, from the labelling guide (`LABELS.md`) and the product description alone; no other data set,
rule or code was consulted. Every sentence was written for this set and labelled sentence by sentence against the
guide, then re-read once more. `build.py` holds the emails (subject, salutation, sign-off, body sentences with a label
code and a short note each), writes `test-emails.jsonl` and `test.jsonl`, derives each email's labels with the
guide's email-level scale (0 none; 1 exactly one sentence or only borderline ones; 2 two or more with at least one not
borderline; no hand overrides), and checks that every sentence is a verbatim substring of its email and every line
parses. Run `python3 build.py` to rebuild; the counts below are computed by it.

## Counts

| | Count |
|---|---|
| Emails | {emails} |
| Sentences | {n} |
| NONE | {none} ({nonepct:.1f}%) |
| hard_close | {hc} |
| self_serving | {ss} |
| timidity | {ti} |
| Multi-label sentences | {multi} |
| Borderline sentences | {bord} |
| Clean emails (no faulty sentence) | {clean} |
| Emails with 2+ faulty sentences | {two} |
| Emails with curly apostrophes | {curly} |

Email-level label distribution (0/1/2):

{elev}

## Design

- Many faulty sentences keep a legitimate point beside the fault in one clause (a requested price, an attachment,
  a date the prospect named, a meeting ask, a product detail), so a rewrite has to keep it.
- Fault wordings avoid the textbook phrases; they use the seller's effort and feelings as leverage, bypass threats,
  assumptive payment steps, peers who already switched, the rep's contest/quarter/manager as the reason for a date,
  boasts and feature lists, unprompted discounts, self-abasement, stacked hedges, apologies for price or length.
- Hard negatives (NONE): real external dates (regulations, funding rounds, shipping, vendor end-of-life), the
  prospect's own dates, confident recommendations, single courtesy apologies with a reason, sympathy, plain asks.
- Every third email (3, 6, 9, ...) uses curly apostrophes; British and American spellings both appear; a few P.S. lines.

## Emails: industry, register, buyer

{table}
"""


def curly(s):
    return s.replace("'", "\u2019")


def labels_of(code):
    if code == "N":
        return ["NONE"]
    return [CODE[c] for c in "HST" if c in code]


def main():
    assert len(EMAILS) == 40, len(EMAILS)
    email_rows, sent_rows = [], []
    sid = 0
    for i, (subject, sal, signoff, paras) in enumerate(EMAILS, 1):
        conv = curly if i % 3 == 0 else (lambda s: s)
        eid = "s24e%03d" % i
        body = "\n\n".join(" ".join(conv(t) for t, _, _ in p) for p in paras)
        text = conv(sal) + "\n\n" + body + "\n\n" + conv(signoff)
        counts = Counter()
        nonbord = Counter()
        for p in paras:
            for t, code, note in p:
                assert set(code) <= set("NHST") and (code == "N" or "N" not in code), code
                t2 = conv(t)
                assert t2 in text, (eid, t2)
                labs = labels_of(code)
                sid += 1
                sent_rows.append({"id": "s24-%04d" % sid, "email": eid, "text": t2,
                                  "labels": labs, "note": note})
                for l in labs:
                    if l != "NONE":
                        counts[l] += 1
                        if not note.startswith("borderline:"):
                            nonbord[l] += 1
        elabs = {}
        for c in CATS:
            if counts[c] == 0:
                elabs[c] = 0
            elif counts[c] == 1 or nonbord[c] == 0:
                elabs[c] = 1
            else:
                elabs[c] = 2
        email_rows.append({"email": eid, "subject": conv(subject), "text": text, "labels": elabs})

    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for r in email_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for r in sent_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # re-read and check every line parses and every sentence is in its email
    emails = {}
    with open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            emails[r["email"]] = r
    sents = []
    with open(os.path.join(HERE, "test.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            assert r["text"] in emails[r["email"]]["text"]
            sents.append(r)

    n = len(sents)
    lab = Counter(l for r in sents for l in r["labels"])
    multi = sum(1 for r in sents if len(r["labels"]) > 1)
    bord = sum(1 for r in sents if r["note"].startswith("borderline:"))
    per_email = Counter(r["email"] for r in sents)
    faulty_per_email = Counter(r["email"] for r in sents if r["labels"] != ["NONE"])
    clean = [e for e in emails if faulty_per_email[e] == 0]
    two_plus = [e for e in emails if faulty_per_email[e] >= 2]
    one = [e for e in emails if faulty_per_email[e] == 1]
    curly_n = sum(1 for e in emails.values() if "\u2019" in e["text"])
    el = {c: Counter(e["labels"][c] for e in emails.values()) for c in CATS}
    print("emails", len(emails), "sentences", n)
    print("NONE %d (%.1f%%)" % (lab["NONE"], 100.0 * lab["NONE"] / n))
    for c in CATS:
        print(c, lab[c], "email-level", dict(sorted(el[c].items())))
    print("multi-label", multi, "borderline", bord)
    print("sentences per email min/max", min(per_email.values()), max(per_email.values()))
    print("clean emails", len(clean), "2+ faulty", len(two_plus), "exactly 1 faulty", len(one))
    print("emails with curly apostrophes", curly_n)
    assert len(META) == len(EMAILS)
    elev = "\n".join("- %s: %s" % (c, ", ".join("%d: %d" % (k, el[c][k]) for k in (0, 1, 2))) for c in CATS)
    table = "\n".join("| s24e%03d | %s | %s | %s |" % (i, a, b, c) for i, (a, b, c) in enumerate(META, 1))
    table = "| email | industry | register | buyer |\n|---|---|---|---|\n" + table
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README.format(emails=len(emails), n=n, none=lab["NONE"], nonepct=100.0 * lab["NONE"] / n,
                              hc=lab["hard_close"], ss=lab["self_serving"], ti=lab["timidity"], multi=multi,
                              bord=bord, clean=len(clean), two=len(two_plus), curly=curly_n, elev=elev,
                              table=table))


if __name__ == "__main__":
    main()
