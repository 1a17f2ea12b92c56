#!/usr/bin/env python3
"""Build sealed75: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
import json, os, collections

# label codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combinations in that order)
CODE = {"N": ["NONE"], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"],
        "HS": ["hard_close", "self_serving"], "HT": ["hard_close", "timidity"],
        "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}

# Each email: (industry, register, subject, salutation, sign-off, [paragraphs of (code, sentence, note)])
E = []
def email(ind, reg, subj, sal, sign, *paras):
    E.append((ind, reg, subj, sal, sign, paras))

# 1
email("mattress supply for the seaview student residence", "chatty", "Mattresses for the September intake", "Hi Priya,", "Cheers,\nDan",
  [("N", "Thanks for showing me round the residence on Tuesday, it was good to see the rooms before the refit.", "greeting and context"),
   ("S", "The pocket-sprung model you tried in room 14 is the one I'd pick for you, and honestly we're the biggest contract mattress maker north of Leeds and have been for donkey's years.", "product recommendation plus generic size and longevity boast"),
   ("N", "You said 212 beds need replacing before the September intake, and that model fits your existing frames without adapters.", "value tied to the prospect's own numbers and date")],
  [("HT", "The full price for 212 is £41,300 as you asked, but tell you what, I'll knock 12% off if the paperwork is back with me by Friday.", "price the prospect asked for plus unprompted discount tied to the seller's Friday"),
   ("S", "It'd be a massive win for me personally, as I'm one order off a place on our sales trip to Lisbon.", "seller's own incentive, no date pressed"),
   ("N", "The delivery crew can take the old mattresses away for recycling on the same day.", "logistics")])

# 2
email("mezzanine floor for the quayside print works", "formal", "Mezzanine floor: revised drawings", "Dear Mr Okafor,", "Yours sincerely,\nHelen Ashby\nContracts Manager",
  [("N", "Thank you for your letter of 3 March and for the floor plans of the finishing hall.", "courtesy"),
   ("N", "Building control will need the structural calculations lodged at least five weeks before installation, so we would submit them in the week of 14 April.", "borderline: real external lead time stated once with its reason"),
   ("H", "The proposed mezzanine gives you 180 square metres of storage above the guillotines, and frankly your operation needs it now rather than after another year of pallets in the aisles.", "product detail plus directive that the business needs it now")],
  [("H", "Three other print works in the city have already moved their paper stock upstairs, and I would not wish Quayside to be the one left behind.", "peers already bought, shaming"),
   ("S", "Our firm holds the Steel Construction Excellence Award for the fourth consecutive year, and our installations are regularly featured in the trade press.", "generic award and press boast"),
   ("H", "The revised drawings are attached, together with the deposit invoice so that fabrication can begin as soon as it is settled.", "attachment plus assumptive invoice before a yes"),
   ("S", "We would also be delighted if you agreed to a short case study once the floor is in, as it would help us enormously with other printers.", "case-study favour for the seller")])

# 3
email("mobile shredding for the castlegate accountants", "warm", "Shredding visits for Castlegate", "Hi Tom,", "Warmly,\nBeth",
  [("N", "Hope the year-end crunch has eased off a little for you and the team.", "pleasantry"),
   ("T", "I'm so sorry to be popping up again, I know you're snowed under and the last thing you need is another email from me.", "apology for following up, self-abasing"),
   ("N", "You mentioned around forty archive boxes a month, so a fortnightly visit from our shredding van would clear them before they pile up in the stairwell.", "value tied to the prospect's volume")],
  [("T", "The price comes to £95 per visit, which I'm sorry to say is a bit more than the drop-off service you use now.", "price the prospect asked for plus apology for the price"),
   ("ST", "If at all possible I'd be so grateful for the chance, as this would be my very first account since I took over the Castlegate patch.", "pleading for the seller's own sake"),
   ("T", "Could we perhaps pencil in a quick visit, maybe, if you think you might possibly have a gap at some point?", "visit ask plus stacked hedges"),
   ("T", "But honestly, no rush whatsoever, whenever suits is lovely.", "minimising, no urgency offered")])

# 4
email("neon sign restoration for the roxy bingo hall", "terse", "Roxy sign quote", "Hi Marcus,", "Rob",
  [("N", "Quote attached for the Roxy sign: £4,380 including the two replacement letters.", "price the prospect asked for"),
   ("N", "The glass bender can start on 22 May, and the sign would be off the facade for nine working days.", "logistics"),
   ("N", "Your landlord's consent is needed before we lift it, since the bracket is fixed to their wall.", "technical prerequisite, 'needed' harmless"),
   ("N", "Shall I book the scaffold for the 21st?", "clear next step with a date")])

# 5
email("nurse call system for the whitfield hospice", "blunt", "Nurse call: next step", "Sandra,", "Gary",
  [("N", "Your night staff told me they walk the east corridor twice an hour because the current panel cannot show which room is ringing.", "prospect's own observation"),
   ("H", "The wireless system shows the room number on every corridor display, and honestly you need it, full stop.", "product detail plus 'you need it' directive"),
   ("H", "Two hospices in the county went live with us last year, and I'd hate for Whitfield to be the one still explaining missed calls to the inspectors.", "peers already switched, shaming")],
  [("S", "We're the most installed nurse call brand in the country, with a shelf of innovation trophies to prove it.", "generic ranking and trophy boast"),
   ("HS", "The wiring plan is attached, and since I gave up three Saturdays redrawing it, I'd expect at least a yes or no from you this week.", "attachment plus seller's sacrifice as guilt with a demand")])

# 6
email("nitrogen generator for the wexford laser cutting shop", "non-native English", "Nitrogen generator offer", "Dear Mr Brennan,", "Best regards,\nKlaus Weber",
  [("N", "Thank you for the meeting last week in your workshop, it was very interesting to see the fibre laser.", "courtesy"),
   ("N", "From your bills you are paying about €1,900 every month for the nitrogen cylinders, and the generator makes the same gas on site for the cost of the electricity.", "figures from the prospect's own data"),
   ("S", "The generator is quiet enough to stand beside the laser, and our company has won many prizes in Germany and Italy since 1962.", "product detail plus generic prizes and years in business"),
   ("S", "We also supplied the biggest laser shops in Bavaria, they are all very happy with us!", "generic success-story boast")],
  [("HST", "My director allows me to give 8% discount only until end of this month, because we must close our quarter numbers.", "discount tied to the seller's date, the seller's quarter as reason"),
   ("T", "The quotation is attached, and I hope it is not disturbing you too much that I write again so soon.", "attachment plus apology for following up"),
   ("T", "If it is not too much trouble, our engineer could maybe measure the compressor room when he is in Cork on 9 June, only if you agree.", "engineer visit offer plus permission-begging and hedges")])

# 7
email("organ tuning for st bride's church", "very deferential", "Tuning and swell pedal repair", "Dear Canon Ellis,", "With kind regards,\nJames Holloway",
  [("N", "Thank you for asking us to quote for the annual tuning and the repair to the swell pedal.", "courtesy"),
   ("T", "The tuning visit is £640 and the pedal repair a further £210, and I do hope that is not too great a shock to the parish.", "price asked for plus apology for the price"),
   ("S", "Both can be done in a single day before the Easter services, and I might add that our founder was organ builder to the Chapel Royal.", "logistics plus generic pedigree boast")],
  [("T", "Should the PCC wish, I could perhaps ask my superior whether something might be taken off the total.", "deferring to a superior on a discount, hedged"),
   ("T", "I would quite understand if the parish felt unable to stretch to it, and thank you for thinking of us at all.", "pre-emptive release and thanks for considering"),
   ("N", "Our tuner, Mr Abbott, would arrive at 8 so the church is clear before the flower arrangers come in.", "logistics")])

# 8
email("orthotic insoles for the redcar police officers", "chatty", "Insoles for the response team", "Hey Sergeant Lowe,", "Cheers,\nKayleigh",
  [("N", "Cheers for passing on the occupational health figures, they were really useful.", "thanks"),
   ("N", "Forty-one days lost to foot and heel pain last year across your response team is a lot for a unit that size.", "prospect's own data"),
   ("S", "We're SO excited about our new gel-core insole, it's honestly the best thing our lab has ever made!", "rep's excitement about own product")],
  [("S", "The sample pair is in the post to you, and it has gel heels, carbon shanks, antimicrobial covers, memory foam, arch inserts, moisture wicking and a lifetime wash guarantee.", "sample offer plus feature list untied to outcome"),
   ("H", "Happy to fit the first twenty officers on 4 June, and I've already pencilled your shift in, so we'll see everyone in the parade room at 7.", "fitting date offer plus assumptive booking before a yes"),
   ("S", "Oh, and if you could get the Chief Constable to give us a quote for our website, that would be brilliant.", "testimonial favour for the seller")])

# 9
email("office chairs for the lindqvist architects studio", "warm", "Trial chairs for the studio", "Hi Ingrid,", "Warm wishes,\nAnna",
  [("N", "It was lovely to meet the team on Thursday, and thank you for the coffee.", "pleasantry"),
   ("N", "You said six of your designers have raised back pain with HR this year, so I've brought two chairs with adjustable lumbar support for them to trial.", "value tied to the prospect's issue"),
   ("N", "They can keep them for a fortnight, and I'll collect whichever ones don't earn their place.", "offer, logistics")],
  [("N", "So sorry to hear that Lars is off after his operation; we can easily move the fitting session until he is back.", "sympathy, not self-abasement"),
   ("N", "Would Wednesday 11 June at 9 work for the fitting?", "clear next step with a date")])

# 10
email("pallet racking for the hexworth cold store", "terse", "Racking layout", "Jon,", "Mick",
  [("N", "Drawings for the 14-bay layout attached.", "attachment"),
   ("H", "Price is £23,900 as drawn, but steel's going up next month, so order now or pay more.", "price plus act-now ultimatum with no real date"),
   ("H", "Load-rated for 1,200 kg a level, and if I haven't heard by Monday I'll take silence as a go and book the install crew.", "product detail plus silence-means-yes booking"),
   ("HS", "Need this one signed before my month-end figures close.", "signature pressed by the seller's month-end figures")])
# 11
email("photocopier lease for the northgate solicitors", "very deferential", "Running costs you asked about", "Dear Ms Achterberg,", "With my very best wishes,\nPeter Lund",
  [("T", "I do hope you will forgive me for writing to you again, and please tell me if I am being a nuisance.", "apology for following up, approval-seeking"),
   ("N", "You asked for the running cost per page, and on your volume of 22,000 pages a month it comes to 0.6p for mono and 4.1p for colour.", "figures the prospect asked for"),
   ("T", "I was wondering whether you might perhaps be able to spare twenty minutes at some point, if that would not be too much of an imposition.", "meeting ask plus stacked hedges and permission-begging")],
  [("T", "The lease is £148 a month over five years, though I am very happy to bring it down to whatever figure you feel is fair.", "price plus asking the buyer to name their number"),
   ("N", "The machine on the quote staples and hole-punches, which covers the court bundles your secretaries currently assemble by hand.", "product detail tied to the prospect's work"),
   ("T", "Thank you so very much for even considering us.", "thanking for being considered")])

# 12
email("pension advice clinics for the farrow & dean staff", "blunt", "Clinic proposal", "Hi Rachel,", "Owen",
  [("N", "Following up on the clinic proposal I sent on the 2nd.", "single follow-up line"),
   ("H", "The proposal covers all three offices, and the tracking tool tells me you've opened it four times, so I know it's landed.", "scope detail plus read-receipt guilt"),
   ("H", "If I don't have an answer by Thursday, I'll raise it with Mr Dean directly at the chamber lunch.", "bypass threat with a deadline"),
   ("S", "Our clinics won Workplace Wellbeing Provider of the Year, by the way.", "generic award boast")],
  [("N", "The clinics run for a day per site, and your staff book 30-minute slots through the intranet.", "product detail, logistics"),
   ("HS", "Your April dates are held, but I turned down two other firms to keep them free, so leaving me hanging now really isn't on.", "the prospect's dates plus seller's sacrifice as guilt"),
   ("N", "Tuesday at 10 or Wednesday at 3 for a final call?", "clear next step")])

# 13
email("quad bikes for the fellside hill farm", "warm", "The 450 for the top pastures", "Morning Alan,", "All the best,\nSteve",
  [("N", "Good to see you at the Kendal show, and I hope the lambs sold well.", "pleasantry"),
   ("N", "Given how steep your top pastures are, I'd recommend the 450 with the roll bar rather than the 300, because it keeps its footing on wet grass.", "confident recommendation with a reason"),
   ("S", "We're the number one ATV dealer in Cumbria six years running, and our workshop has more awards than I can fit on the wall!", "generic ranking and awards boast")],
  [("ST", "The quote is attached, and between us I'm desperate to hit my bonus this quarter, so I'd really appreciate you thinking of me.", "attachment plus pleading for the seller's bonus"),
   ("T", "The 450 is £9,850 on the road, and if that's a worry, just name a figure and I'll see what I can do.", "price plus asking the buyer to name their number"),
   ("H", "Mind, prices go up when the new model year lands, so I wouldn't hang about.", "vague price rise used to hurry"),
   ("T", "I'll bring the demo bike up on Friday afternoon if the weather holds, and no worries at all if you'd rather I didn't bother.", "demo visit plus pre-emptive release")])

# 14
email("queue management screens for the brixham passport office", "formal", "Queue screens: findings and options", "Dear Ms Pellow,", "Yours sincerely,\nDavid Trethewey",
  [("N", "Thank you for sending the footfall data for January to March.", "courtesy"),
   ("N", "Your peak wait of 74 minutes on Monday mornings falls to an estimated 40 if customers are called by ticket rather than by standing queue, based on the sites we compared.", "value from the prospect's own data"),
   ("N", "The screens need a wired network point at each counter, which your IT contractor would fit before our visit.", "technical prerequisite")],
  [("N", "Our prices are held until 30 June, when the panel manufacturer's annual list price revision takes effect.", "borderline: factual price expiry with its reason, no urgency"),
   ("N", "I can present the options to your management board on 12 May, if that date suits them.", "next step with a date")])

# 15
email("radon testing for the dartmoor holiday lets", "non-native English", "Radon tests for your cottages", "Hello Mrs Hext,", "Kind regards,\nTomasz",
  [("N", "Thank you for your question about the radon tests for your seven cottages.", "courtesy"),
   ("N", "The detectors stay in the cottages for three months, and after we send them to the laboratory you receive a report for each property.", "product detail"),
   ("H", "The detectors can be posted to you on Monday, but you must to decide this week, because after that all are gone to other customers.", "logistics plus scarcity with no real reason")],
  [("S", "The price is £45 for each cottage, and we are very best company for radon in all South West, everybody is knowing us.", "price plus generic boast"),
   ("T", "Sorry, sorry if my email is too long, and sorry also for my English.", "repeated apology, for length among others"),
   ("T", "If you like, I can make the price lower, just tell me what you want to pay.", "unprompted discount, name your number")])

# 16
email("rainwater harvesting tank for the eastfield allotments", "terse", "Tank price", "Hi Geoff,", "Ray",
  [("N", "Tank spec and price as requested: 5,000 litres, £2,150 fitted.", "price the prospect asked for"),
   ("S", "Ten-year guarantee, and it's the best tank on the market: British made, award-winning, UV-stable, food-grade, frost-proof.", "guarantee plus award and feature list"),
   ("H", "Committee vote can come later, just sign and we'll sort it.", "overriding the prospect's process"),
   ("H", "Delivery slot's the 12th, so get the deposit over now and it's yours.", "delivery date plus payment demanded before a yes"),
   ("N", "Ground needs to be level before delivery.", "technical prerequisite")])

# 17
email("salt gritting for the ashgrove retail park", "chatty", "Gritting this winter", "Hi Nadia,", "Speak soon,\nLiam",
  [("N", "Hope you had a good weekend!", "pleasantry"),
   ("T", "Just wanted to pop my head round the door and see if you'd had a chance to look at the gritting quote at all.", "checking in as the purpose of the email"),
   ("N", "Last winter your car park was closed on four Saturdays, and the centre manager reckoned each closure cost the tenants around £30,000 in takings.", "cost figures from the prospect's own data")],
  [("HT", "Your quote covers 60 visits at £185 each, and I can throw in the first two call-outs free if I have a yes by Friday.", "price plus concession tied to the seller's date"),
   ("S", "The routes are planned from our Dewsbury yard, where we've got twenty-two gritters, a brand-new salt barn, GPS on every truck and a shiny new website too.", "logistics plus feature list untied to outcome"),
   ("T", "Anyway, no pressure at all, I know you've got loads on!", "minimising")])

# 18
email("sterilisers for the brookside tattoo studio", "formal", "Autoclave for the studio", "Dear Ms Varga,", "Yours sincerely,\nMargaret Cole",
  [("N", "Thank you for your enquiry regarding a Class B autoclave for the studio.", "courtesy"),
   ("N", "The council's licensing officer will expect validated sterilisation records at your renewal inspection in September, and this unit prints them automatically after each cycle.", "real external requirement tied to the product"),
   ("S", "The autoclave carries a two-year warranty, and we are the only supplier in the region endorsed by the Institute of Decontamination Sciences, trading since 1978.", "warranty plus generic credentials and years in business")],
  [("H", "The unit would replace your bench model, and I must say any professional studio would have made that change years ago.", "product detail plus 'any professional would' shaming"),
   ("S", "We would also be grateful if you would allow us to feature the studio in our next brochure.", "favour for the seller"),
   ("H", "I have reserved a unit in your name and will dispatch it on Monday unless I hear otherwise.", "silence-means-yes dispatch"),
   ("N", "Delivery is five working days from order.", "logistics")])

# 19
email("stained glass repair at st oswald's", "chatty", "North aisle window", "Hi Reverend Sam,", "Best,\nHannah",
  [("N", "Lovely to meet you and the churchwardens at the site visit on Monday.", "pleasantry"),
   ("N", "The cracked panel in the north aisle has lost about a fifth of its lead, so I'd take it out completely and re-lead it rather than patch it in place.", "expert recommendation backed by evidence"),
   ("N", "The diocesan faculty usually takes eight to ten weeks, so it's worth applying before the summer if you want the window back in for Advent.", "borderline: real external lead time with its reason, stated once")],
  [("N", "I've attached photos of the damaged sections so the advisory committee can see exactly what we found.", "attachment serving the buyer's task"),
   ("N", "Just a heads-up that our studio is closed for the bank holiday week.", "one polite 'just'"),
   ("N", "Give me a shout if the wardens have any questions.", "plain offer")])

# 20
email("soundproofing for the canal street rehearsal rooms", "blunt", "Noise test results", "Dev,", "Carl",
  [("N", "You mentioned three neighbour complaints since January, all about the drum room on a Friday night.", "prospect's own situation"),
   ("H", "The noise test report is attached, and if you don't act on it now you'll be having this same conversation with the council in a year.", "attachment plus now-or-never pressure"),
   ("H", "Your competitor down at the Wharf already did their rooms with us, and their bookings are through the roof.", "competitor already bought")],
  [("S", "We've done the practice rooms at two national concert halls, so we know our stuff.", "generic name-dropping boast"),
   ("HS", "The prices in the quote are the ones I put my neck out with my boss to hold for you, so I'd like to know that wasn't wasted.", "quoted prices plus seller's standing as guilt"),
   ("N", "The work takes four days per room, and we can do it room by room so you never close completely.", "logistics, value")])
# 21
email("sports physio for the ebbw vale rugby academy", "warm", "Hamstring screening for the under-18s", "Hi Gareth,", "Diolch,\nCerys",
  [("N", "Hope the lads came through Saturday's cup game in one piece.", "pleasantry"),
   ("N", "You told me eleven of your under-18s missed three or more weeks with hamstring strains last season, and that is the pattern our screening programme is built to catch early.", "value tied to the prospect's data"),
   ("T", "I was sort of hoping, if it wasn't too cheeky, that maybe we could possibly pop down to a training night.", "visit ask plus stacked hedges")],
  [("ST", "I'd happily do the first month at half price if you'd let us use the academy's badge in our marketing.", "borderline: discount offered to win a logo favour for the seller"),
   ("S", "The screening takes 40 minutes per player, and we've worked with two Premiership clubs and an Olympic rower, which we're really proud of.", "product detail plus generic name-dropping"),
   ("T", "Sorry again for the long message, I know your evenings are precious.", "apology for the length")])

# 22
email("thatching the old forge roof", "terse", "Old Forge roof survey", "Mr Pryce,", "Jim Cottle",
  [("N", "Survey done.", "logistics"),
   ("H", "The ridge is shot and the north slope is weeks from letting water in, so you need a full rethatch, no question.", "borderline: 'you need' directive delivered after a real inspection"),
   ("N", "Quote for £38,600 attached, reed and labour included.", "attachment, price")],
  [("H", "I can start on 8 September, but my slots for this year are nearly gone and someone else is after that window.", "start date plus manufactured scarcity"),
   ("HS", "Deposit of £5,000 wanted by the 20th so I can show my figures to the bank.", "deposit amount plus the seller's own reason for the payment date")])

# 23
email("tyre fitting for the calder council gritters", "formal", "Tender response: winter fleet tyres", "Dear Mr Haigh,", "Yours faithfully,\nSusan Priestley\nPublic Sector Accounts",
  [("N", "Further to the tender clarification meeting on 6 October, please find our response attached.", "logistics"),
   ("N", "Our mobile units would change tyres at your Brighouse depot, which avoids the 40-minute run to a workshop that your fleet manager described.", "value tied to the prospect"),
   ("S", "Our fitters hold the national tyre safety accreditation, and we are proud to be the largest independent tyre company in West Yorkshire, with a turnover exceeding £30 million.", "accreditation plus generic size boast")],
  [("HS", "We would be delighted to start on 1 November, and it would be enormously helpful to me if the council could confirm its award before our financial year closes on 31 October.", "start date plus seller's year-end as reason for a decision date"),
   ("N", "We can hold the quoted rates until 30 November, when our supplier's winter price list takes effect.", "borderline: factual price expiry with its reason"),
   ("T", "I trust this is acceptable, and I apologise if our submission has been in any way inconvenient.", "approval-seeking apology for normal selling")])

# 24
email("translation of the meyer tools safety manuals", "blunt", "Manual translations: yes, by 1 September", "Hi Jurgen,", "Marta",
  [("N", "Straight answer to your question: yes, we can have all 14 manuals in Polish and Czech by your launch on 1 September.", "the prospect's own date"),
   ("N", "Your legal team needs the translations certified before the distributors receive them, so I've built two weeks for that into the schedule.", "technical prerequisite in the prospect's process"),
   ("N", "The cost is €18,400, and it includes one round of edits after your engineers review the terminology.", "price")],
  [("N", "I'd push back on machine translation for the warning labels, because one wrong verb on a grinder guard is a liability you can't undo.", "respectful push-back with a reason"),
   ("N", "Can we fix the kick-off for Monday?", "next step")])

# 25
email("telehandler hire for the ridgeway barn conversion", "chatty", "That telehandler", "Alright Phil,", "Cheers,\nDanny",
  [("T", "Sorry to chase, mate, just checking in again about the telehandler.", "apology for following up plus checking-in purpose"),
   ("N", "The 14-metre machine will reach the ridge on the east side without you moving the scaffold.", "product detail tied to the job"),
   ("HS", "It's on hold in the yard for you, but I've had to sweet-talk the boss to keep it back, so I really need a yes today or I'm in trouble.", "hold plus seller's standing as leverage with a deadline")],
  [("H", "Weekly rate is £480 including delivery, and half the builders in Wantage have one on site already, so you're a bit behind the times.", "price plus peer shaming"),
   ("S", "It's our brand-new model, we've only had it a month and the lads are buzzing about it!", "rep's excitement about own kit")])

# 26
email("underfloor heating for the greenbank nursery", "warm", "Heating for the baby room", "Dear Louise,", "With warm wishes,\nFiona",
  [("N", "Thank you for the tour of the baby room; the children were a delight.", "pleasantry"),
   ("N", "Because the little ones spend most of the day on the floor, underfloor heating keeps them warm without any hot radiator surfaces at their height.", "value tied to the prospect"),
   ("T", "I know money is tight for nurseries at the moment, so I feel awful even sending a quote, and I'm sorry it's as much as it is.", "quote plus apology for the price")],
  [("T", "I could probably do it for less if that would help at all.", "unprompted discount, hedged"),
   ("S", "I'd be running the job myself, and it would mean a great deal to me personally, as my own two went to Greenbank.", "logistics plus seller's personal stake, no demand"),
   ("T", "The installation fits into the August closure fortnight, if that's alright with you and not too much disruption for the staff.", "install timing plus approval-seeking")])

# 27
email("usability testing for the clearwater bank app", "formal", "Payee journey testing", "Dear Mr Adeyemi,", "Yours sincerely,\nEleanor Marsh",
  [("N", "Thank you for sharing the drop-off figures from the new payee journey.", "courtesy"),
   ("N", "Losing 38% of users at the confirmation-of-payee screen suggests the wording, rather than the layout, is where they stall.", "insight from the prospect's data"),
   ("S", "The full method statement is attached; for context, we have twice been named UX Agency of the Year and count three of the five largest high-street banks among our clients.", "attachment plus award and client name-dropping")],
  [("HS", "We can begin testing on 2 June, and my managing director has asked me to have the contract signed before our board meets on the 18th, so I would be grateful for your signature by then.", "start date plus manager's wish as reason for a signature date"),
   ("H", "Should there be any delay, I will take the matter up with your Chief Digital Officer.", "bypass threat")])

# 28
email("ultrasound scanner for the ashdown equine clinic", "non-native English", "Scanner quotation", "Dear Dr Fenwick,", "Best regards,\nLuca Benedetti",
  [("N", "Thank you for letting me to demonstrate the scanner at your clinic on Thursday.", "courtesy"),
   ("N", "Your vets said the tendon images were more clear than the old machine, especially for the suspensory ligament.", "prospect's own feedback"),
   ("S", "Our new probe has 18 MHz, wireless, battery of 6 hours, cloud storage, AI measuring, doppler, and very beautiful screen.", "feature list untied to outcome")],
  [("HT", "The price for the scanner with two probes is £24,600, and special for you 10% less but only if you order before Friday.", "price plus discount tied to the seller's date"),
   ("T", "I attach the quotation, and sorry for disturbing you again with this, I hope it is okay that I write.", "attachment plus apology for following up and approval-seeking")])

# 29
email("vinyl pressing for the loud weather record label", "warm", "Pressing quote for the album", "Hi Ellie,", "Best,\nJo",
  [("N", "Congratulations on the album; the test tracks sounded great.", "pleasantry"),
   ("N", "For a run of 500 on 180-gram black vinyl, the price is $2,870 including jackets and inner sleeves.", "price"),
   ("N", "Your release date of October 17 means we'd need the final masters by August 1, since the plant is running at about ten weeks right now.", "the prospect's own date with a real lead time"),
   ("N", "Would a call on Thursday afternoon work to go through the jacket artwork specs?", "next step")])

# 30
email("valet parking for the hartwell wedding venue", "blunt", "Valet service proposal", "Hi Victoria,", "Nick",
  [("N", "Following up on the valet proposal from last week.", "single follow-up line"),
   ("H", "This is the fourth time I've written, and I'd have thought a reply was the minimum courtesy by now.", "counting attempts plus entitlement"),
   ("N", "With 140 guest cars on your busiest Saturdays, a valet team would free up the front lawn for photographs.", "value from the prospect's numbers")],
  [("HS", "The team is held for your June 14 wedding, and since I've already given you more of my time than any other venue this season, I'm owed a decision.", "the prospect's date plus seller's effort as guilt"),
   ("H", "I'll send the revised staffing plan tomorrow, and I'll also be calling your cell and messaging you on LinkedIn until we get this sorted.", "plan offer plus multi-channel badgering"),
   ("H", "You can't keep dodging me forever.", "sarcasm and entitlement at the prospect")])
# 31
email("van leasing for the meadowlark florist deliveries", "chatty", "Electric vans for Meadowlark", "Hiya Jess,", "Amber",
  [("N", "Loved the Valentine's window, by the way!", "pleasantry"),
   ("N", "You said your two vans clock around 900 miles a week between them, so the electric model's 160-mile range covers a full day's rounds with room to spare.", "value from the prospect's data"),
   ("S", "The test drive is free any day next week, and honestly I'm buzzing to show you our new fleet, we've just had them wrapped and they look amazing!", "test-drive offer plus rep's excitement")],
  [("H", "Loads of florists round here have already gone electric, so you don't want to be left behind with the diesels.", "peers already switched"),
   ("ST", "I'm a bit behind on my numbers this month, so any chance you could help me out?", "pleading for the seller's own numbers"),
   ("T", "I can do the lease at £289 a month, or lower if that's too much, just say.", "price plus unprompted concession")])

# 32
email("water coolers for the brinkley call centre", "very deferential", "Coolers for the second floor", "Dear Mr Hargreaves,", "Yours most gratefully,\nAlison Peel",
  [("T", "Please forgive the intrusion, and I do apologise for taking up your valuable time once again.", "apology for following up, self-abasing"),
   ("N", "You mentioned that staff on the second floor queue at the kitchen tap during breaks, and two plumbed-in coolers there would end that.", "value tied to the prospect"),
   ("N", "A technician would fit both in under two hours, with no need to shut the kitchen.", "logistics")],
  [("T", "The monthly rental is £22 per cooler including filters, though I would completely understand if you felt it wasn't for you.", "price plus pre-emptive release"),
   ("T", "If it's not too much trouble, might it perhaps be possible to arrange a short visit at whatever time might be least inconvenient?", "visit ask plus stacked hedges and permission-begging"),
   ("T", "I really hope I haven't overstepped in writing.", "approval-seeking")])

# 33
email("weather station for the farleigh vineyard", "terse", "Frost station", "Hi Luc,", "Sam",
  [("N", "Price for the station with frost alerts: £1,640, install included.", "price the prospect asked for"),
   ("N", "Your frost losses in April 2023 were about a third of the Bacchus crop, and an alert at 2°C gives your team time to light the bougies.", "prospect's own data tied to value"),
   ("H", "Install can happen the week of 10 March, and every grower on the ridge is signing up this spring, so don't be the last.", "install date plus peer pressure"),
   ("S", "The station logs leaf wetness too, and we've got 4,000 of them in the field and a Royal Agricultural Society medal.", "product detail plus generic scale and medal boast"),
   ("T", "Sorry if that sounds like a hard sell.", "apology for normal selling")])

# 34
email("warehouse led lighting retrofit at the tanners yard depot", "non-native English", "LED proposal for the two bays", "Dear Mr Osei,", "Best regards,\nPiotr Nowak",
  [("N", "Thank you for the walk around the depot on Monday and for the electricity bills you sent after.", "courtesy"),
   ("N", "From these bills the lighting in the two bays is using around 96,000 kWh per year, and with the new LED fittings this will go down to about 38,000.", "figures from the prospect's own data"),
   ("N", "Sorry for the late answer, our surveyor was sick two days and the calculation is now finished.", "borderline: single courtesy apology for a real delay, with the reason")],
  [("N", "The grant from the regional energy fund closes on 31 July, so the application should be made before this date.", "borderline: real external deadline stated once with its reason"),
   ("N", "Can we meet on Tuesday 8 July to look at the proposal together?", "next step with a date")])

# 35
email("xylophones for the greenside primary music room", "warm", "Class set of xylophones", "Hi Mrs Oduya,", "Best wishes,\nClare",
  [("N", "Thank you so much for letting me sit in on the Year 3 music lesson.", "pleasantry"),
   ("N", "With thirty children sharing six instruments, most of them only get to play for a few minutes a lesson, so a class set of twelve would double that.", "value tied to the prospect"),
   ("S", "We're a proud family firm, making instruments in the same Suffolk workshop for four generations.", "borderline: heritage line")],
  [("ST", "If the school could write us a little review for our website, I'd happily take £50 off, and I'd be ever so grateful.", "borderline: discount offered for a review favour"),
   ("T", "I'm so sorry the total comes to £1,140, I know school budgets are stretched to breaking.", "price plus apology for the price"),
   ("T", "I'd love to bring a sample in on Friday, if that's alright and not too much bother, and only if you think it might possibly be useful.", "visit offer plus permission-seeking and hedges"),
   ("N", "The instruments come with soft beaters, which are kinder on small ears.", "product detail")])

# 36
email("yurts for the bramble hill glamping field", "chatty", "Yurts for the summer", "Hi Tasha,", "Lots of love,\nMeg",
  [("N", "Hope the season's off to a flying start up at Bramble Hill!", "pleasantry"),
   ("H", "Our last six yurts for summer delivery are flying out the door, and I've got another site in Devon sniffing round them.", "manufactured scarcity, rival buyer"),
   ("N", "The 5-metre yurt with the wood burner would let you open the field in March, two months earlier than your bell tents allow.", "value tied to the prospect")],
  [("H", "The spec sheet's attached, and I've gone ahead and sent over the payment link so we can lock yours in.", "attachment plus assumptive payment step"),
   ("HS", "Delivery would be the first week of May, and gotta be honest, my boss is breathing down my neck to close Bramble Hill by the bank holiday.", "delivery date plus manager's wish as reason for a close date"),
   ("T", "Totally up to you though, no stress at all if it's not the right time!", "minimising and pre-emptive release")])

# 37
email("yearbook printing for oakfield high", "formal", "Yearbook proposal", "Dear Mr Castellano,", "Sincerely,\nRebecca Thornton\nAccount Director",
  [("N", "Thank you for meeting with the yearbook committee on January 14.", "courtesy"),
   ("N", "For 320 copies at 96 pages, hardback with a matte laminate, the price is $7,850, as you requested.", "price the prospect asked for"),
   ("S", "Each book is printed on our own presses, and we are the nation's fastest-growing yearbook publisher, backed by two leading private equity funds.", "production detail plus ranking and investor boast")],
  [("HST", "Should the committee confirm by this Friday, when our fiscal quarter closes, we can extend a further 15% reduction.", "discount tied to the seller's date, the seller's quarter as reason"),
   ("H", "Many districts have already secured their spring slots, and we would not want Oakfield to miss out.", "peers already bought, fear of missing out"),
   ("S", "Proofs would reach you within three weeks of receiving your final pages, and we would also appreciate an introduction to the other principals in your district.", "logistics plus referral favour for the seller")])

# 38
email("zinc roofing for the millbrook library extension", "blunt", "Zinc roof order", "Ms Drummond,", "Ian Boyd",
  [("N", "Your architect's specification calls for standing-seam zinc, and we've priced it at £86,500 for the extension roof.", "price to the prospect's own spec"),
   ("H", "Lead time from the mill is eight weeks, and the council meeting is a formality, so sign the order now and let them catch up.", "lead time plus overriding the prospect's process"),
   ("N", "Zinc from our mill has a 40-year design life, which matters on a public building you won't want to re-roof.", "product detail tied to the buyer")],
  [("S", "We roofed the new concert hall in Aberdeen, and it was on the BBC.", "generic name-dropping boast"),
   ("HS", "I've spent weeks chasing the mill on your behalf to get this slot, and I won't be made to look a fool in front of them.", "seller's effort and standing as guilt"),
   ("H", "The figures are attached, and if your office won't commit, I'll put them in front of the council leader myself.", "attachment plus bypass threat")])

# 39
email("zero-waste refill station for the harbour co-op", "formal", "Refill wall for the dried goods aisle", "Dear Mr Lindsay,", "Kind regards,\nMorag Fyfe",
  [("N", "Thank you for the co-op's sales figures for dried goods.", "courtesy"),
   ("N", "Your members bought 2.4 tonnes of pasta and rice last year, almost all of it in single-use packets, which is the category a gravity refill wall handles best.", "value from the prospect's data"),
   ("N", "I'd recommend starting with eight dispensers rather than twenty, so the team can learn which lines sell before committing more floor space.", "confident recommendation with a reason")],
  [("N", "Would you like to see it in action at the Anstruther shop one afternoon?", "borderline: bare demo ask"),
   ("N", "If the board decides against it, I'd welcome a short call to hear what tipped the balance.", "borderline: optional loss-review debrief")])

# 40
email("night security patrols for the kingfisher industrial estate", "non-native English", "Patrols for the estate", "Dear Mrs Whitaker,", "With regards,\nAhmed Karimi",
  [("N", "Thank you for the meeting with the tenants' committee last Tuesday.", "courtesy"),
   ("N", "You told us there were nine break-ins on the estate since November, and most of them between 2 and 4 in the morning.", "prospect's own data"),
   ("H", "The first patrol can start on 1 March, and honestly your estate needs it immediately, it is not something to think about for long time.", "start date plus 'your estate needs it' directive"),
   ("S", "Our company is the biggest in the region with 300 guards, and we have many famous clients like the football stadium.", "generic size and client boast")],
  [("HS", "My manager says he need the contract signed by the 30th, because it is the end of our financial year.", "manager and financial year as reason for a signature date"),
   ("T", "The proposal with the patrol times is in the attachment, and sorry again for the many emails, I feel I am too much pushy.", "attachment plus apology for normal selling")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s75e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s75-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
                for l in labs:
                    if l == "NONE": continue
                    counts[l] += 1
                    if not note.startswith("borderline:"): strong[l] += 1
        lab = {}
        for l in ("hard_close", "self_serving", "timidity"):
            if counts[l] == 0: lab[l] = 0
            elif counts[l] >= 2 and strong[l] >= 1: lab[l] = 2
            else: lab[l] = 1
        emails.append({"email": eid, "subject": fix(subj), "text": text, "labels": lab})
    with open(os.path.join(here, "test-emails.jsonl"), "w") as f:
        for e in emails: f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "test.jsonl"), "w") as f:
        for s in sents: f.write(json.dumps(s, ensure_ascii=False) + "\n")
    for fn in ("test-emails.jsonl", "test.jsonl"):
        for line in open(os.path.join(here, fn)): json.loads(line)
    # stats
    c = collections.Counter(); multi = bord = 0
    for s in sents:
        for l in s["labels"]: c[l] += 1
        multi += len(s["labels"]) > 1; bord += s["note"].startswith("borderline:")
    faulty = collections.Counter(e for e in (s["email"] for s in sents if s["labels"] != ["NONE"]))
    clean = [e["email"] for e in emails if e["email"] not in faulty]
    one = [e for e, k in faulty.items() if k < 2]
    print("emails", len(emails), "sentences", len(sents))
    print("NONE %d (%.1f%%)" % (c["NONE"], 100 * c["NONE"] / len(sents)))
    for l in ("hard_close", "self_serving", "timidity"): print(l, c[l])
    print("multi-label", multi, "borderline", bord)
    print("clean emails", len(clean), clean, "emails with exactly one faulty sentence", one)
    print("email-level", {l: collections.Counter(e["labels"][l] for e in emails) for l in ("hard_close", "self_serving", "timidity")})
    print("industries", "; ".join(x[0] for x in E))
    mixed = sum(1 for s in sents if s["labels"] != ["NONE"] and " plus " in s["note"])
    nf = len(sents) - c["NONE"]
    print("faulty sentences", nf, "of which fault-in-one-clause beside a legit element", mixed)
    el = {l: collections.Counter(e["labels"][l] for e in emails) for l in ("hard_close", "self_serving", "timidity")}
    regs = collections.Counter(x[1] for x in E)
    R = []
    R.append("# sealed75: held-out sales emails for the Poise tone coach\n")
    R.append("> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on\n7 December (in the tenth session) from the labelling guide alone, blind to that session's later changes, and\nmeasured first on the model and rules of that session, with twelve rules made advice only (rules + model macro-F1 0.878:\nhard_close 0.822, self_serving 0.867, timidity 0.946; 2 of 105 clean sentences flagged; email agreement 0.900 / 0.900 /\n0.950).\n")
    R.append("Written by hand, from the labelling guide (`shared/corpus/LABELS.md`) and the product note (`shared/PRODUCT.md`) alone. "
             "No other data set, rule or code was read. Every sentence was composed for this set; none of the guide's example "
             "sentences is copied or paraphrased. `build.py` holds the emails (subject, salutation, sign-off, body sentences each "
             "with a label code and a short note), writes `test-emails.jsonl` and `test.jsonl`, derives the email-level labels "
             "from the sentences with the guide's 0/1/2 scale (no hand overrides), and checks that every sentence is a verbatim "
             "substring of its email text and that every output line parses. Run `python3 build.py` to rebuild; the counts "
             "below are computed by it.\n")
    R.append("## Counts\n")
    R.append("| | Count |\n|---|---|")
    R.append("| Emails | %d (%d clean, %d with 2+ faulty sentences) |" % (len(emails), len(clean), len(emails) - len(clean)))
    R.append("| Sentences | %d |" % len(sents))
    R.append("| NONE | %d (%.1f%%) |" % (c["NONE"], 100 * c["NONE"] / len(sents)))
    for l in ("hard_close", "self_serving", "timidity"): R.append("| %s | %d |" % (l, c[l]))
    R.append("| Multi-label sentences | %d |" % multi)
    R.append("| Borderline sentences (note starts `borderline:`) | %d |" % bord)
    R.append("| Faulty sentences with the fault in one clause beside a legitimate element (note contains 'plus') | %d of %d |\n" % (mixed, nf))
    R.append("Email level (0/1/2): " + "; ".join("%s %s" % (l, dict(sorted(el[l].items()))) for l in el) + "\n")
    R.append("## Design\n")
    R.append("- About half the faulty sentences keep something the rep legitimately needs (a price the prospect asked for, an "
             "attachment, the prospect's own date, a meeting ask, a product detail, an offer) and put the fault in one clause beside it.")
    R.append("- Fault wordings avoid the textbook phrases; they use seller effort and feelings as leverage, bypass threats, "
             "assumptive invoices and card forms, peers who already switched, the rep's quota or manager, boasts, awards and "
             "feature lists, unprompted discounts, self-abasement, stacked hedges, apologies for price or length, and giving up at once.")
    R.append("- Many NONE sentences are hard negatives: permit and licence dates, the prospect's own deadlines, a price expiry "
             "with its reason, cost figures from the prospect's own data, a single follow-up, sympathy, plain asks.")
    R.append("- Every third email (s75e003, s75e006, ...) uses curly apostrophes; the others use straight ones. British and "
             "American spellings both appear; a few emails are written in non-native English.\n")
    R.append("## Registers\n")
    R.append(", ".join("%s (%d)" % (k, v) for k, v in regs.most_common()) + "\n")
    R.append("## Emails and trades\n")
    R.append("| Email | Trade | Register | Subject | hard_close | self_serving | timidity |\n|---|---|---|---|---|---|---|")
    for e, x in zip(emails, E):
        R.append("| %s | %s | %s | %s | %d | %d | %d |" % (e["email"], x[0], x[1], e["subject"], e["labels"]["hard_close"], e["labels"]["self_serving"], e["labels"]["timidity"]))
    with open(os.path.join(here, "README.md"), "w") as f: f.write("\n".join(R) + "\n")

if __name__ == "__main__":
    build()
