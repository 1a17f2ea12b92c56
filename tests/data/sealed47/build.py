#!/usr/bin/env python3
"""Build sealed47: hand-written sales emails labelled from LABELS.md alone.
Codes: N=NONE, H=hard_close, S=self_serving, T=timidity (combinations like HS).
Notes beginning 'b:' are expanded to 'borderline: '."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = [("H", "hard_close"), ("S", "self_serving"), ("T", "timidity")]

# (subject, salutation, sign-off, [paragraph, ...]) ; paragraph = [(sentence, code, note), ...]
E = []
def em(subject, sal, sign, *paras):
    E.append((subject, sal, sign, paras))

em("Meteorite loan for Space Week", "Dear Ms Okafor,", "Kind regards,\nDaniel Reeve\nReeve Meteoritics", [
 ("Thank you for the call on Tuesday about the Space Week handling table.", "N", "pleasantry + context"),
 ("The loan box holds six specimens, including a slice of the Gibeon iron that children can lift.", "N", "concrete product detail"),
], [
 ("We're the only meteorite dealer in Britain with a Royal Society commendation, and our catalogue runs to four hundred pieces.", "S", "generic boast, award + size"),
 ("The loan fee is £340 for the week, and I'll need the museum's card details today to hold the box.", "H", "asked-for price + assumptive payment before a yes"),
 ("Two other science centres have already booked their weeks, so the calendar won't stay open for long.", "H", "peers + scarcity"),
 ("Could you confirm the delivery address by Friday so the courier can plan the route?", "N", "plain logistics ask"),
], "P.S. It would help me enormously to land a museum name for our brochure this year.")

em("Mime troupe for the museum late", "Hi Carys,", "Cheers,\nTomasz", [
 ("Really enjoyed our chat last month, and I do hope it was alright that I got your email from the front desk.", "T", "pleasantry + needing approval"),
 ("Sorry, sorry, I know I keep writing, and I feel terrible taking up your evening with this.", "T", "repeated self-abasing apology for following up"),
 ("Maybe a shorter set could perhaps work instead, if the full one seems a lot?", "T", "stacked hedges"),
 ("Our four performers would work the Egyptian gallery in two 40-minute slots, silent throughout so the audio guides still work.", "N", "concrete offer tied to venue"),
 ("And honestly, if the £900 is a problem, just tell me what you can stretch to.", "T", "name-your-number concession"),
 ("Whatever you decide is totally fine with me, no hard feelings either way!", "T", "pre-emptive release"),
])
# e003 curly
em("Mudlarking walk for the heritage volunteers", "Dear Mr Hollis,", "With best wishes,\nAnnie Marsh\nTideline Walks", [
 ("Following up on the walk for your volunteer group.", "N", "b: single follow-up line (rule 13)"),
 ("The foreshore at Queenhithe is only safe on a low tide, and the Port of London permit for 14 May has to be lodged ten days ahead.", "N", "b: real external permit lead time stated once (rule 4)"),
 ("Each volunteer gets gloves, a finds tray and a short talk on recording what they pick up.", "N", "concrete detail"),
 ("Shall I send the permit form over for your signature this week?", "N", "clear next step"),
 ("Your group's leaflet mentions Roman pottery, and that stretch is where most of our sherds turn up.", "N", "value tied to the prospect"),
])

em("Trail build quote, Copse Hill", "Hi Lewis,", "Ride on,\nMatt\nSingletrack Works", [
 ("Attached is the quote for the 1.2 km blue line you asked about, and I really need it signed before my area manager's review on Thursday.", "HS", "attachment + seller-driven deadline with manager reason (rule 16)"),
 ("We've built more trails than anyone in the north, won the Trail Builder of the Year plaque twice, and were featured on three TV shows.", "S", "generic boast"),
 ("The berms are armoured with local gritstone so they hold up to winter use.", "N", "product detail"),
 ("Every other forestry park in the county has already gone ahead with a build like this, so Copse Hill is frankly behind.", "H", "peers already switched + shaming"),
 ("I pulled two weekends of design work out of my own time for this, so I think I've earned a straight answer.", "HS", "guilt on seller's effort (rule 15)"),
 ("Could we walk the line together on the 9th, since my manager wants a site photo for the regional newsletter?", "S", "meeting ask + manager's wish as reason; no decision date (rule 16: self_serving only)"),
])

em("Hazelnuts for the praline line", "Dear Mr Brandt,", "Best regards,\nIlse Vermeer\nNordnut Trading", [
 ("Thank you for the sample feedback on the Piedmont lot.", "N", "pleasantry"),
 ("The Tonda Gentile kernels we sent roast evenly at 150°C, which matches your spec sheet.", "N", "concrete detail tied to spec"),
 ("The 2026 crop allocation from the growers' cooperative closes on 31 March, since they fix shipments after that date.", "N", "b: real external allocation date with reason (rule 4)"),
 ("I'd suggest the 10-tonne contract over spot buying, because your line runs year-round.", "N", "confident recommendation"),
 ("Shall we confirm volumes on a call next Wednesday?", "N", "next step with date"),
])
# e006 curly
em("Noise barrier panels, A612 bypass", "Dear Ms Adeyemi,", "Yours sincerely,\nRobert Quinn\nQuietway Barriers Ltd", [
 ("Please find the panel specification you requested attached, and do forgive the bother of yet another email from me.", "T", "attachment + apology for following up"),
 ("I'm afraid I must apologise again for the length of this email and for the price, which I know looks high.", "T", "apology for length and price"),
 ("The absorptive timber panels cut traffic noise by about 10 dB at the nearest houses, per your consultant's model.", "N", "value tied to the prospect's data"),
 ("If the county's budget is tight, a fifth off the panels is yours, no questions asked.", "T", "unprompted discount"),
 ("I'd have to check with my director before I could offer anything on payment terms, though.", "T", "deferring on terms"),
 ("I do hope this is all acceptable and that I haven't overstepped.", "T", "needing approval"),
])

em("Orchids for the hotel lobbies", "Hello Priya,", "Warmly,\nNora\nNorthlight Orchids", [
 ("Lovely to hear the trial went well in the Cheapside lobby, which is why I've told my regional director you'll be signing the full contract this month.", "HS", "context + manager + dated decision pressed (rule 16)"),
 ("The weekly swap would cover all eleven lobbies for £1,180 a month, and I've already booked our driver for the 3rd, so just reply with the PO number.", "H", "price asked for + assumptive booking before a yes"),
 ("Three of your rival chains switched to us this spring and haven't looked back.", "H", "peers who switched, pressure framing"),
 ("Our grower has won gold at Chelsea five times, the orchids are Dutch-certified, the pots are hand-thrown, and the moss is hand-picked.", "S", "feature dump + awards"),
 ("Each stem is replaced before the blooms drop, so guests never see a tired display.", "N", "value tied to guests"),
 ("Does Monday at 2 suit for the contract walk-through?", "N", "next step with date"),
])

em("Ostomy supplies for the community nurses", "Dear Sister Lennox,", "Kind regards,\nGareth Pym\nPym Medical", [
 ("It was good to meet the team at the Ashfield hub.", "N", "pleasantry"),
 ("The sample packs you asked for are on their way, and I'll need a signed supply agreement back by return so I can book them into the system.", "H", "legit sample + assumptive contract demand"),
 ("Frankly, your nurses can't do without this range, and a trial would only confirm what I already know.", "H", "you need this directive"),
 ("I've been waiting three weeks for the trust to reply, and my patience is wearing thin.", "HS", "guilt on seller's patience (rule 15)"),
 ("The convex baseplates suit patients with retracted stomas, which your caseload audit flagged.", "N", "value tied to prospect data"),
 ("Come Monday, absent a reply, the Director of Nursing will be my next call.", "H", "bypass threat"),
])
# e009 curly
em("Prosthetic make-up for the zombie scenes", "Hey Jonah,", "Best,\nRia\nGore & Gloss FX", [
 ("Thanks for sending the revised shooting schedule.", "N", "pleasantry"),
 ("For the 40 background zombies we'd use pre-painted foam pieces, color-matched on set, which take about 25 minutes each in the chair.", "N", "concrete detail"),
 ("I'm a bit behind my bookings target this quarter, so landing your shoot would mean a lot to me.", "S", "seller's need, no date (rule 16)"),
 ("Would you mind posting a shout-out to our studio on the production's socials once it wraps?", "S", "favour for seller"),
 ("The quote is £6,400, and it would be a real lifesaver for my month if you signed before Friday.", "HS", "asked-for price + seller-driven deadline as favour (rule 16)"),
 ("Happy to do a test on one extra on the 12th, and I'll shave £500 off on top if that sways the director.", "T", "offer + unprompted discount"),
])

em("Pasta extruder for the deli kitchen", "Dear Mr Ricci,", "Regards,\nHelena Sutton\nSutton Catering Equipment", [
 ("I'm sorry for the delay in getting the figures to you; our supplier only confirmed the bronze dies yesterday.", "N", "b: single courtesy apology with reason (rule 3)"),
 ("The P25 extrudes about 25 kg an hour, enough for the rigatoni and bucatini volumes you described.", "N", "value tied to prospect"),
 ("Bronze dies give the rough surface your chefs wanted for sauce to cling to.", "N", "product detail tied to need"),
 ("Installation needs a 16-amp single-phase socket within two metres of the bench.", "N", "technical prerequisite"),
 ("Would Thursday the 6th suit for a demonstration in your kitchen?", "N", "next step with date"),
 ("I've attached the manual and the service terms.", "N", "attachment"),
])

em("Playing cards for the card room", "Hi Mr Castellano,", "Thanks,\nWes Porter\nPorter Playing Card Co.", [
 ("Hope the card room remodel is going smoothly; I know the center tables were the priority.", "N", "pleasantry"),
 ("This is my sixth message about the casino-grade decks, and the read receipts show every one was opened.", "H", "count of attempts + read receipts (rule 13)"),
 ("The 100% plastic decks you specced are £3.10 each for 2,000, but that price is gone at midnight tomorrow, so you'd better jump on it.", "H", "asked-for price + urgency language on expiry (rule 4)"),
 ("We've printed for Vegas, Macau and Monte Carlo, and our founder is in the Gaming Hall of Fame.", "S", "generic boast"),
 ("Most floor managers I deal with would have had this signed off before the carpet went down.", "H", "shaming"),
], "P.S. Our rep-of-the-month contest ends Friday, so an order from you by then would put me top of the board.")
# e012 curly
em("Reptile encounter for the summer reading launch", "Dear Mrs Achterberg,", "Best wishes,\nSam Tully\nScales & Tails Education", [
 ("Thank you for thinking of us for the summer reading launch at the Eastgate library.", "N", "pleasantry"),
 ("It occurred to me that possibly, if it's convenient at all, my note might be worth a glance at some point?", "T", "stacked hedges + permission"),
 ("The hour-long session brings a corn snake, a bearded dragon and a tortoise, and children can touch each one under supervision.", "N", "concrete detail"),
 ("Please don't feel you have to reply at all if it's not of interest.", "T", "permission to ignore"),
 ("I know £180 is a lot for a library, so sorry about that, and I could always bring it down to £120.", "T", "apology for price + unprompted discount"),
 ("We carry £5m public liability and the animals are licensed by the council, which your events policy asks for.", "N", "b: credential the buyer's process requires (rule 8)"),
])

em("Rare-breed hens for the farm park", "Hi Gwen,", "All the best,\nOwen\nBryn Poultry", [
 ("Good to see you at the Royal Welsh, and well done on dodging every one of my calls since.", "H", "sarcasm at the prospect's conduct (rule 15: hard_close only)"),
 ("The twelve point-of-lay Welsummers would be ready on 2 April, and I've already put your name on the crates and raised the invoice.", "H", "concrete date + invoice before a yes"),
 ("Family run since 1921, we're the oldest poultry breeders in Wales.", "S", "b: heritage line (rule 8)"),
 ("Welsummers lay dark speckled eggs, which your visitors can collect in the morning egg hunt you mentioned.", "N", "value tied to prospect"),
 ("Let these go and that's the end of any rare-breed flock at this price for you.", "H", "now-or-never"),
 ("Fancy a quick look at the birds on Saturday?", "N", "b: bare ask to see (rule 9)"),
])

em("Snails for the Lyon week menu", "Bonjour Chef Duval,", "Cordialement,\nMarc Lefeuvre\nEscargots du Morvan", [
 ("Thank you very much for your kind answer, I am so honoured that a chef like you even reads my email.", "T", "non-native, self-abasement / thanks for considering"),
 ("We are having the biggest snail farm of Burgundy and we win the Concours Général Agricole medal in three years, very famous.", "S", "non-native, generic boast"),
 ("The Helix pomatia are purged and blanched, delivered frozen in boxes of 6 dozen.", "N", "concrete detail"),
 ("My director want absolutely the order before end of our month, so please you confirm this week.", "HS", "manager + month end as reason for a dated decision (rule 16)"),
 ("I am so sorry to disturb you again and again with my emails, please excuse me.", "T", "repeated self-abasing apology"),
 ("If you prefer, I can make the price lower, you just tell me which price you want.", "T", "name-your-number concession"),
])
# e015 curly
em("Sauerkraut for the staff canteens", "Dear Ms Kowalczyk,", "Kind regards,\nPiotr Nowak\nKraut & Co.", [
 ("Thank you for the tasting session at the Midlands campus.", "N", "pleasantry"),
 ("As you asked, the 10 kg tubs come to £2.40 a kilo delivered, and the unpasteurised batch keeps eight weeks chilled.", "N", "price asked for + detail"),
 ("Your menu cycle restarts on 1 September, so I've planned the first delivery for 26 August.", "N", "prospect's own date"),
 ("A canteen group like yours cut its pickled-veg waste by a third after moving to smaller tubs.", "N", "social proof tied to prospect (rule 8)"),
 ("Would it help to add a beetroot kraut to the trial?", "N", "question"),
 ("I'll confirm the allergen wording with our food safety lead and send it by Friday.", "N", "checking on a non-discount matter with a date"),
])

em("Stunt coordination for the heist episode", "Hi Bex,", "Speak soon,\nCallum\nDropzone Stunts", [
 ("Thanks for the script pages.", "N", "pleasantry"),
 ("The roof jump on page 41 needs a descender rig and a 48-hour rehearsal window, and I'm pencilling you in now, so send over the deposit and we're locked.", "H", "technical detail + assumptive deposit demand"),
 ("Honestly I've turned down two features to keep that week free for you, so leaving me hanging like this isn't fair.", "HS", "guilt on seller's sacrifice (rule 15)"),
 ("Our team has doubled for Bond, Bourne and Mission stars, and we hold three Taurus nominations.", "S", "generic boast"),
 ("The council's filming office needs road-closure notice 21 days ahead for the car chase.", "N", "b: real external lead time stated once (rule 4)"),
 ("Failing a reply tomorrow, your showrunner hears from me directly.", "H", "bypass threat"),
])

em("Travel cover for the Svalbard field team", "Dear Dr Lindqvist,", "Yours sincerely,\nEmma Charlton\nPolaris Expedition Insurance", [
 ("Many thanks for sending the team list and itinerary.", "N", "pleasantry"),
 ("The policy covers helicopter evacuation from the Ny-Ålesund station, which your risk assessment flags as the main exposure.", "N", "value tied to prospect"),
 ("We are the market leader in polar cover, with a Lloyd's syndicate behind us and two industry awards this year.", "S", "generic boast"),
 ("The premium for the six of you is £4,260, and the quote stands until 30 April, when our rates are reviewed.", "N", "b: factual price-expiry with reason, no urgency (rule 4)"),
 ("I'm personally hoping this one comes through, as polar cover is the part of the job I love.", "S", "seller's feelings, no blame, no demand (rule 15)"),
 ("Shall I set up a call with your university's insurance office next week, or would you rather I take it straight to your Vice-Chancellor to get things moving?", "H", "next step + bypass threat"),
])
# e018 curly
em("Timpani for the Brahms concert", "Hi Ellen,", "Best,\nRuth Maddox\nMaddox Percussion Hire", [
 ("Just a heads-up that the Dresden-style set is back from the Proms.", "N", "b: one polite 'just' (rule 1)"),
 ("Surfacing again in case my earlier notes got buried, hope that's alright.", "T", "permission-begging follow-up"),
 ("The four drums come with calf heads, which give the warmer sound your conductor asked for.", "N", "value tied to prospect"),
 ("We've hired to the LSO, the Berlin Phil and the Vienna State Opera, and our drums are on two Grammy-winning records.", "S", "generic boast"),
 ("If the hire fee feels steep, I'm happy to halve the delivery charge, no strings.", "T", "unprompted unconditional concession"),
 ("Honestly, pick whenever works, the drums can sit in our store till spring for all I mind.", "T", "permission-begging, no urgency"),
])

em("Usability testing of the parking permit form", "Dear Mr Okonkwo,", "Best regards,\nHannah Friel\nFriel Research", [
 ("Thank you for sharing the drop-off data from the permit form.", "N", "pleasantry"),
 ("Your analytics show 38% of applicants abandon at the proof-of-address step, which is where we'd focus the first round.", "N", "insight from prospect's data"),
 ("Each month the form stays as it is, the council pays for about 600 phone calls from stuck applicants, by your own figures.", "N", "cost of delay from prospect data, offered as information (rule 5)"),
 ("We would recruit eight residents, including two screen-reader users, and run the sessions at the Civic Centre.", "N", "concrete offer"),
 ("What approvals would the research need from your information governance team?", "N", "discovery question"),
 ("I can bring a draft recruitment screener to the meeting on the 18th.", "N", "next step with date"),
])

em("Vanilla for the custard line", "Hello Mr Jansen,", "Kind regards,\nAmélie Rakoto\nSava Vanilla Imports", [
 ("Thank you for your order enquiry about the Madagascar pods.", "N", "pleasantry"),
 ("The grade-A pods are €290 per kilo, as you asked, but your team has to commit today because another dairy is about to take the whole lot.", "H", "asked-for price + fake scarcity"),
 ("A dessert brand that still hasn't locked in its vanilla is frankly asleep at the wheel.", "H", "shaming"),
 ("We are the leading vanilla house in Europe, with investors from three countries and a sustainability award.", "S", "generic boast"),
 ("Our pods average 2.1% vanillin, which should give your custard the deeper flavour your panel wanted.", "N", "value tied to prospect"),
 ("The invoice is already in your inbox, so please arrange payment by Friday.", "H", "invoice before yes + demand"),
], "P.S. I've copied your CEO so she can see what her buyers are passing up.")
# e021 curly
em("Vibration monitoring near St Anne's chapel", "Dear Ms Farrow,", "Regards,\nKeith Osei\nTremorline Monitoring", [
 ("Following your call, here are the monitor positions we proposed for the piling next to the chapel.", "N", "logistics"),
 ("Three triaxial monitors would sit on the chapel's north wall, with text alerts to your site manager above 5 mm/s.", "N", "concrete detail"),
 ("Historic England's consent requires monitoring to be live before the first pile goes in on 4 June.", "N", "b: real external constraint with reason (rule 4)"),
 ("I'm sorry to keep pestering you, and I hope you don't think I'm being pushy.", "T", "apology for following up + need for approval"),
 ("Please, it would honestly mean the world to me if you said yes, I've had a rough run lately.", "ST", "pleading for seller's own sake (rule 15)"),
 ("If cost is the worry, let's call it 15% less before we've even talked it through.", "T", "pre-emptive discount"),
])

em("Veg boxes for the night shift", "Hi Tanvir,", "Thanks,\nLiz\nRootstock Veg", [
 ("Great to chat at the depot open day.", "N", "pleasantry"),
 ("A box for each of your 60 night-shift staff would run £7.50 a week, delivered to the canteen fridge on Tuesdays.", "N", "concrete offer"),
 ("Your wellbeing survey said night staff miss the farmers' market, and the boxes land before their shift starts.", "N", "value tied to prospect"),
 ("Would you like a trial fortnight in March?", "N", "question"),
 ("I can bring a sample box to Thursday's wellbeing committee.", "N", "next step"),
])

em("Wok burners for the Golden Lotus kitchen", "Dear Mr Chen,", "Best regards,\nDerek Walsh\nFlameforce Commercial Kitchens", [
 ("Thank you for the site visit on Monday; I'd hate to think I drove two hours for nothing, so I'm counting on good news.", "HS", "seller's effort as guilt + expectation (rule 15)"),
 ("The three-hole range you asked about is £8,900 fitted, and I've booked the gas engineer for the 20th, so please send your card details to secure the slot.", "H", "asked-for price + assumptive booking and payment"),
 ("We're the UK's number one wok range maker, with 40 years in business and a royal warrant on the wall.", "S", "generic boast + heritage"),
 ("Every big Chinese restaurant on Gerrard Street already runs our burners, so you'd be the odd one out.", "H", "peers + shaming"),
 ("The jet burners reach 150,000 BTU, which matches the heat your chefs said the current range can't hold.", "N", "value tied to prospect"),
 ("My sales manager is breathing down my neck, so I need this signed by Friday.", "HS", "manager reason + dated demand (rule 16)"),
])
# e024 curly
em("Woodwind repads for the county music service", "Dear Mr Abara,", "With thanks,\nClaire Hutton\nHutton Woodwind", [
 ("Thank you for sending the list of instruments.", "N", "pleasantry"),
 ("Forgive me, I realise my quote is probably far too expensive and I do apologise for that.", "T", "apology for price"),
 ("Possibly we could, if it suited, maybe start with a handful of clarinets?", "T", "stacked hedges + permission"),
 ("Full repads on the 22 clarinets would mean the pads seal again, so beginners stop squeaking on the low notes.", "N", "value tied to prospect"),
 ("I'll need to run any discount past my husband, who does the books, before I can say anything.", "T", "deferring on discount"),
 ("Of course, if the clarinets aren't a priority, that's absolutely fine and I'll leave you in peace until the next school year.", "T", "accepts brush-off without a question"),
])

em("Weather forecasting for the Harbour Festival", "Hi Sophie,", "Cheers,\nAlex Rowe\nFrontline Forecasting", [
 ("Thanks for looping me in with the festival safety group.", "N", "pleasantry"),
 ("Our site-specific forecasts give your stage manager wind warnings 6 hours ahead, which matters for the 12 m main-stage roof.", "N", "value tied to prospect"),
 ("We've got 14 meteorologists, a supercomputer partnership, lightning tracking, radar overlays, an app, an API and a 24/7 duty desk.", "S", "feature dump"),
 ("Three festivals down the coast have already signed for next summer, and you really don't want to be the one caught out.", "H", "peers + FOMO"),
 ("Running a coastal festival without this service would be reckless, and your safety group ought to see that.", "H", "you need this directive"),
 ("Could we do 20 minutes on Wednesday to go through your wind thresholds?", "N", "next step"),
])

em("Moth traps for the Longmoor survey", "Dear Dr Pereira,", "Kind regards,\nJoe Ashby\nAshby Field Kit", [
 ("Thanks for the enquiry, and as I'm sure you'll agree, the survey season won't wait, so there's no sense dithering.", "H", "manufactured urgency"),
 ("The six Robinson traps with 125 W bulbs come to £1,740, which is the figure you asked for.", "N", "price asked for"),
 ("Our traps are the best on the market, used by every top entomologist and praised in every journal.", "S", "generic boast"),
 ("I really must have the order in by the 28th, as it's the last day of my sales year and my bonus hangs on it.", "HS", "seller's year end + bonus as reason for a dated order (rule 16)"),
 ("I've already put the traps on a pallet with your name on it, so there's no backing out now.", "H", "assumptive + overriding"),
 ("A drilled lid option lets you run them on a generator-free site, which suits the heathland plots.", "N", "value tied to prospect"),
])
# e027 curly
em("Night safari for the client evening", "Dear Ms Brennan,", "Best wishes,\nOliver Grant\nWildmoor Park Events", [
 ("It was a pleasure showing you round last week.", "N", "pleasantry"),
 ("For your 80 guests, the after-dark truck tour would run from 8 pm, with the lion feed as the finale.", "N", "concrete offer"),
 ("We've just been named Britain's Best Wildlife Attraction for the third year running, and we're very proud of it!", "S", "generic boast, exclamation"),
 ("Would you be willing to write us a glowing review on our website after the event?", "S", "review favour (not after delivered value)"),
 ("If you sign this week, I can throw in 20% off, as long as you agree to be our case study.", "HST", "discount tied to seller's date + case-study favour"),
 ("The park's licence caps night groups at 90, so your numbers fit comfortably.", "N", "logistics fact"),
])

em("Outdoor theatre at the castle", "Hi Dominic,", "Best,\nFreya\nGreenwood Players", [
 ("Thanks for your note about the August dates.", "N", "pleasantry"),
 ("Budget's gone for this year, fair enough, I'll drop you a line when our spring brochure is out.", "T", "accepts brush-off, no question (rule 11)"),
 ("It was kind of you to give a small outfit like ours a moment's thought at all.", "T", "thanking for considering"),
 ("I'll leave our tech rider with you in case the trust's events team ever needs a reference for staging on the bailey.", "N", "b: leaving value behind (rule 11)"),
 ("Sorry again for taking up so much of your time over the summer.", "T", "apology for normal selling"),
], "P.S. If you could pass our name to the other heritage sites in your network, it would be a huge help to us.")

em("Pottery painting for the ward staff", "Hi Marcia,", "Take care,\nDevi\nGlaze Days", [
 ("So sorry to hear the ward's been short-staffed all month.", "N", "sympathy (rule 3)"),
 ("We'd bring bisque mugs, paints and a kiln slot for up to 20 staff in the seminar room.", "N", "concrete offer"),
 ("Each piece is fired and returned within a week, ready for the staff room shelf.", "N", "detail"),
 ("Would a Wednesday after the handover work better than a weekend?", "N", "question"),
 ("The session is £22 per person, including glazes and firing.", "N", "price"),
])
# e030 curly
em("Porcini for the autumn menu", "Dear Mr Hofer,", "Mit freundlichen Grüssen,\nKatrin Egger\nEgger Waldpilze", [
 ("Thank you for the order of 5 kilo test porcini last week.", "N", "pleasantry"),
 ("As agreed, the next delivery arrives Thursday at 6 am, and then you sign the yearly contract, no question.", "H", "agreed delivery + assumptive contract"),
 ("We are mushroom traders since 1889, five generations, the most traditional in Bavaria.", "S", "b: heritage line (rule 8)"),
 ("Also we have won the Slow Food Prize, the gold medal of Munich, the Innovation Award and the Quality Star.", "S", "award list"),
 ("The dried slices rehydrate in 20 minutes, so your kitchen can make the risotto base fresh each service.", "N", "value tied to prospect"),
 ("Please also send me a photo of your dining room with our porcini dishes, for our new catalogue.", "S", "favour for seller"),
])

em("Radio mics for Oliver!", "Dear Mrs Pendleton,", "Best,\nGraham Shore\nShoreline Sound Hire", [
 ("Thanks for the cast list for Oliver!", "N", "pleasantry"),
 ("Sixteen headset mics would cover all your principals, and I'd suggest flesh-toned ones since the cast is so close to the audience.", "N", "recommendation tied to venue"),
 ("I suppose the quote might perhaps deserve a quick look at some stage, if that's not an imposition?", "T", "stacked hedges + permission"),
 ("Please forgive me for writing again, I know I'm being a pain.", "T", "self-abasing apology for following up"),
 ("If it helps at all, I could drop the hire to whatever the school can afford.", "T", "name-your-number concession"),
 ("The mics need to be collected by 10 am on the Monday after the last show.", "N", "logistics"),
], "P.S. Sorry this email ran on so long.")

em("Snow globes for the museum shop", "Hi Amira,", "Cheers,\nBen\nBlizzard Gifts", [
 ("Loved the mock-up, though I'll admit I gave up my whole weekend redrawing it for you, so I'd expect a decision this week.", "HS", "seller's sacrifice as guilt + demand (rule 15)"),
 ("The 65 mm globes with the gallery's dome inside come to £4.20 each at 1,000 units, and I'll need your sign-off by Friday or the factory slot is gone.", "H", "asked-for price + fake deadline ultimatum"),
 ("Four emails this month and not a peep, so a yes or no by Friday seems a fair thing to expect.", "H", "count + entitlement (rule 13/15)"),
 ("Our globes have been on the BBC, in Harrods and in three royal gift shops.", "S", "generic boast"),
 ("A 65 mm globe sits at your £14.99 price point, which the shop's sales data says is the sweet spot.", "N", "value tied to prospect's data"),
])
# e033 curly
em("Tiara hire for the regional final", "Hi Tamsin,", "Thanks,\nSari\nSparkle Hire", [
 ("Thanks for the note about the regional final.", "N", "pleasantry"),
 ("Our crystal tiaras are nickel-free, which answers the allergy question your contestant welfare lead raised.", "N", "value tied to prospect"),
 ("Hire is £45 per tiara for the weekend, though I feel awkward even quoting that and could easily go lower if you'd like.", "T", "price + apologetic unprompted discount"),
 ("Your programme goes to print on the 14th, so I'll send the photos for it by the 10th.", "N", "prospect's own date"),
 ("I've added a spare tiara to Friday's delivery and booked the hire for all twelve finalists, so the invoice will follow on the 1st.", "H", "spare + booking/invoice before a yes"),
 ("Pageants your size usually keep two spares backstage for quick repairs.", "N", "insight"),
])

em("Upright bass hire for the tour", "Hey Lorna,", "Cheers,\nMick\nLowdown Instrument Hire", [
 ("Hope rehearsals are going well, because I've had three other bands begging for this bass all week.", "H", "manufactured scarcity"),
 ("The carved 3/4 bass with the travel case is yours from the 3rd, and I've already charged the deposit to the card on file.", "H", "date + charging without a yes"),
 ("Look, I've bent over backwards to find you this instrument, so ignoring my texts is pretty rude.", "HS", "guilt on seller's effort (rule 15)"),
 ("If the texts keep going unanswered, expect me at your Thursday rehearsal in person.", "H", "threat to turn up uninvited"),
 ("It's got a pickup and a C-extension, which your setlist needs for the low ballads.", "N", "value tied to prospect"),
 ("Collection is from the Camden shop any weekday after noon.", "N", "logistics"),
])

em("Vermouth for the cocktail list", "Dear Mr Alvarez,", "Best regards,\nGiulia Ferri\nFerri Vermouth", [
 ("Thank you for the tasting notes from your bar team.", "N", "pleasantry"),
 ("We are the most awarded vermouth in Italy, with 63 medals and a 100-year recipe.", "S", "generic boast"),
 ("Our rosso uses Piedmont wormwood, a touch of cocoa bean, bitter orange, rhubarb, gentian, cinchona, vanilla, cloves and 22 more botanicals.", "S", "feature dump, not tied to prospect"),
 ("It would really help me out if you could put in the order before my trip report is due on Friday.", "HS", "seller's reason for dated order, as a favour (rule 16)"),
 ("The rosso holds up in a Negroni without being drowned by the gin, which your head bartender said was the issue.", "N", "value tied to prospect"),
 ("I can send six bottles for the team to test this week, and the Instagram post you'll do for us in return would more than cover it.", "S", "offer + favour for seller"),
])
# e036 curly
em("Weighbridge for the recycling yard", "Dear Mr Haddad,", "Yours faithfully,\nSteven Marsh\nMarsh Weighing Systems", [
 ("Thank you for sending the yard drawings at last, after I'd asked for them three times.", "H", "sarcasm + counting attempts at the prospect (rule 13)"),
 ("A 60-tonne surface-mounted bridge fits the space by the gatehouse and avoids digging a pit in your made ground.", "N", "recommendation tied to site"),
 ("The quote is £38,500 installed, and I have to point out that silence from you by the 15th will mean we start fabrication.", "H", "asked-for price + silence-means-yes"),
 ("Every scrap yard in the region has upgraded already, so you're clearly falling behind.", "H", "peers + shaming"),
 ("Each week you wait is throwing money into the skip, frankly.", "H", "cost-of-delay line used to push, no figure given (rule 5)"),
 ("Trading Standards needs the bridge verified before you charge customers by weight.", "N", "technical/regulatory prerequisite"),
])

em("Nautical antiques for the restaurant fit-out", "Hi Jess,", "Best,\nRory\nShip Salvage Emporium", [
 ("Thanks for the mood board, and I hope you didn't mind me sending three follow-ups already.", "T", "needing approval over normal follow-up"),
 ("The brass ship's wheel and the two copper lanterns would suit the bar wall you photographed.", "N", "value tied to prospect"),
 ("Sorry, I know I've been a total nuisance with all these messages, and I'm sorry if the prices put you off.", "T", "apology for following up and price"),
 ("If you like, the wheel is yours at whatever you think is fair.", "T", "name-your-number concession"),
 ("Please don't worry about replying, really, I'll understand if you've gone elsewhere.", "T", "permission not to reply + pre-emptive release"),
 ("Everything can be delivered before your soft opening on the 27th.", "N", "prospect's own date"),
])
# e039 curly
em("Mahjong sets for the community centre", "Dear Mrs Leung,", "Kind regards,\nVivian Tsang\nJade Table Games", [
 ("Thank you for the visit to the Lotus Centre last week.", "N", "pleasantry"),
 ("The eight sets with large-print tiles would help the members whose eyesight you mentioned.", "N", "value tied to prospect"),
 ("Each set comes with a felt mat and a rules card in English and Cantonese.", "N", "product detail"),
 ("The council's community grant you're applying for closes on 30 June, so I've attached a quote in the format they ask for.", "N", "b: real external grant date with reason (rule 4)"),
 ("Would you like me to bring one set to the Thursday club to try?", "N", "offer"),
])

em("Retirement seminars for staff over 55", "Dear Ms Oduya,", "Best regards,\nNigel Barnes\nBarnes Financial Education", [
 ("Thank you for the brief about the council's over-55 staff.", "N", "pleasantry"),
 ("The half-day seminar covers the LGPS options your HR team said staff ask about most.", "N", "value tied to prospect"),
 ("I've added the dates to our diary and raised the purchase order on your behalf, so all I need is the cost code.", "H", "assumptive booking + PO before yes"),
 ("Our founder wrote the bestselling retirement book of 2019 and appears on breakfast TV every month.", "S", "generic boast"),
 ("It would make my year if the council came on board before our board meeting on the 20th.", "HS", "seller's reason for dated decision (rule 16)"),
 ("Can you tell me who signs off on training spend?", "N", "discovery question"),
])

em("Whittling workshops for the scout district", "Hi Andy,", "Cheers,\nHarriet\nGreenwood Crafts", [
 ("Thanks for the chat at the district camp.", "N", "pleasantry"),
 ("Each two-hour session covers knife safety first, then a butter spreader the scouts take home.", "N", "concrete detail"),
 ("Apologies for cluttering your inbox once more, I only wondered if the idea had floated back up your list?", "T", "apology for following up + permission-seeking"),
 ("Honestly, whatever price the district can manage is fine by me.", "T", "name-your-number concession"),
 ("I'd hate for you to feel let down by us, so I hope this is all okay.", "T", "need for approval"),
 ("The district's safeguarding policy needs DBS checks on file, and ours are attached.", "N", "b: credential the buyer's process requires (rule 8)"),
])

def expand(code):
    return ["NONE"] if code == "N" else [name for c, name in ORDER if c in code]

def main():
    assert len(E) == 40, len(E)
    emails, sents = [], []
    sid = 0
    for i, (subject, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s47e%03d" % i
        ptexts, items = [], []
        for p in paras:
            if isinstance(p, str):  # P.S. line, default NONE unless listed in PS_LABELS
                code, note = PS_LABELS[p]
                p = [(p, code, note)]
            ptexts.append(" ".join(fix(t) for t, _, _ in p))
            items.extend((fix(t), c, n) for t, c, n in p)
        text = fix(sal) + "\n\n" + "\n\n".join(ptexts) + "\n\n" + fix(sign)
        counts = {name: [0, 0] for _, name in ORDER}  # [all, nonborderline]
        for t, c, n in items:
            assert t in text, (eid, t)
            sid += 1
            note = "borderline: " + n[3:] if n.startswith("b: ") else n
            labs = expand(c)
            sents.append({"id": "s47-%04d" % sid, "email": eid, "text": t, "labels": labs, "note": note})
            for name in labs:
                if name != "NONE":
                    counts[name][0] += 1
                    if not note.startswith("borderline:"):
                        counts[name][1] += 1
        labels = {}
        for _, name in ORDER:
            a, nb = counts[name]
            labels[name] = 0 if a == 0 else (2 if a >= 2 and nb >= 1 else 1)
        emails.append({"email": eid, "subject": fix(subject), "text": text, "labels": labels})
    with open(os.path.join(HERE, "test-emails.jsonl"), "w") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w") as f:
        for s in sents:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # re-parse checks
    for fn in ("test-emails.jsonl", "test.jsonl"):
        with open(os.path.join(HERE, fn)) as f:
            for line in f:
                json.loads(line)
    # stats
    c = collections.Counter()
    faulty_emails = collections.Counter()
    for s in sents:
        for l in s["labels"]:
            c[l] += 1
        if s["labels"] != ["NONE"]:
            faulty_emails[s["email"]] += 1
    multi = sum(1 for s in sents if len(s["labels"]) > 1)
    border = sum(1 for s in sents if s["note"].startswith("borderline:"))
    clean = sum(1 for e in emails if faulty_emails[e["email"]] == 0)
    two_plus = sum(1 for e in emails if faulty_emails[e["email"]] >= 2)
    lens = [sum(1 for s in sents if s["email"] == e["email"]) for e in emails]
    el = {name: collections.Counter(e["labels"][name] for e in emails) for _, name in ORDER}
    stats = {"emails": len(emails), "sentences": len(sents), "NONE": c["NONE"],
             "NONE_pct": round(100 * c["NONE"] / len(sents), 1),
             "hard_close": c["hard_close"], "self_serving": c["self_serving"], "timidity": c["timidity"],
             "multi_label": multi, "borderline": border, "clean_emails": clean, "emails_2plus_faulty": two_plus,
             "sentences_per_email": [min(lens), max(lens)],
             "email_level": {k: dict(sorted(v.items())) for k, v in el.items()}}
    print(json.dumps(stats, indent=1))
    with open(os.path.join(HERE, "stats.json"), "w") as f:
        json.dump(stats, f, indent=1)

PS_LABELS = {
 "P.S. Our rep-of-the-month contest ends Friday, so an order from you by then would put me top of the board.": ("HS", "P.S. sales contest as reason for a dated order (rule 16)"),
 "P.S. I've copied your CEO so she can see what her buyers are passing up.": ("H", "P.S. going over their head unasked, with a jab"),
 "P.S. Sorry this email ran on so long.": ("T", "P.S. apology for length"),
 "P.S. If you could pass our name to the other heritage sites in your network, it would be a huge help to us.": ("S", "P.S. referral favour after a no"),
 "P.S. It would help me enormously to land a museum name for our brochure this year.": ("S", "P.S. seller's own goal / logo favour"),
}

if __name__ == "__main__":
    main()
