#!/usr/bin/env python3
"""Hand-written held-out set sealed18 for the Poise tone coach.
Sentences, labels and notes are written by hand below; email labels are derived by the
guide's email-level scale (no overrides). A note starting with '~' becomes 'borderline: '."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
CODE = {"N": ["NONE"], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"],
        "HS": ["hard_close", "self_serving"], "HT": ["hard_close", "timidity"],
        "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}
P = "/"  # paragraph break marker

# (industry, register, subject, salutation, sign-off, [sentences or P])
EMAILS = [
("patent illustration drafting", "formal", "Drawings for the sensor-housing application",
 "Dear Ms. Okafor,", "Sincerely,\nGerald Pike", [
 ("Thank you for the sketches; the fee schedule you asked for is attached, though I must apologize up front for how it's priced.", "T", "attachment kept; apology for the price"), P,
 ("We can deliver the eleven formal sheets by the 14th, the date your filing calendar shows, and I'd want your approval of the quote by tomorrow morning so nobody else grabs our draftsman's week.", "H", "keeps prospect's date; manufactured scarcity on the draftsman"),
 ("The quote includes the three perspective views you asked for, and our studio has been honored by the Illustrators' Guild four years running.", "S", "requested detail kept; generic award boast"),
 ("Each sheet will follow the USPTO margin and line-weight rules, so the examiner has no grounds for a drawing objection.", "N", "value tied to prospect"), P,
 ("Frankly, my director is watching this account closely, and landing it before our fiscal month closes on Friday would settle a lot for me.", "HS", "seller's month end as the reason for a date, rule 16"),
 ("Could you confirm whether the exploded view should show the gasket separately?", "N", "plain question"),
]),
("pension actuarial consulting", "chatty", "Re: valuation timing for the retirement plan",
 "Hi Raj,", "Cheers,\nMolly", [
 ("Great chatting on Tuesday about the plan's funding target, and I really hope I didn't come across as too forward.", "T", "needing approval"),
 ("I was kind of hoping that maybe, if it's not a hassle, you might consider letting us take a crack at the valuation?", "T", "stacked hedges plus permission seeking"), P,
 ("The trustees meet on March 3, which you mentioned, so we'd aim to have draft numbers to you by February 24.", "N", "prospect's own date"),
 ("I know our fee came in higher than your current actuary's, and I'm really sorry about that.", "T", "apologising for the price"),
 ("The draft valuation will use the mortality table your trustees prefer, and I'm happy to shave 15% off the fee straight away if that makes things easier.", "T", "concrete detail kept; unprompted unconditional discount"), P,
 ("Would a 30-minute call Thursday at 2 work to walk through the assumptions?", "N", "clear next step"),
 ("P.S. If the trustees would rather wait a year, no problem at all, I'll simply check back next spring.", "T", "accepting a stall without a question, rule 11"),
]),
("nonprofit grant-writing consultancy", "terse", "Foundation proposal - next steps",
 "Ana,", "- Dev", [
 ("Draft narrative attached.", "N", "logistics"),
 ("The Whitcombe Foundation portal closes on April 10 at 5 p.m. Eastern, so we should lock the budget page a week earlier.", "N", "~real external deadline stated once with reason, rule 4"),
 ("The budget page follows the funder's template you forwarded, so send me the organization's card details today and I'll start billing.", "H", "assumptive payment step before a yes"),
 ("Groups your size that waited a cycle already switched to us and have moved on.", "H", "peers-already-switched shaming"),
 ("I've also held back my two best writers for you, which hasn't been easy on our side, so I'm counting on a yes.", "HS", "seller sacrifice as guilt, rule 15"),
 ("Your board needs this proposal done by us, end of story.", "H", "telling the prospect what they need"),
]),
("escape-room design consulting", "warm", "Loved seeing your space",
 "Hi Teodora,", "Warmly,\nJune", [
 ("It was such a treat to walk through your new unit on Saturday.", "N", "pleasantry"),
 ("The low ceiling in the back room is perfect for a vault-style finale, and raising the puzzle density there would lift your average group rating.", "N", "insight tied to prospect"), P,
 ("I'll be honest, I've poured three weekends into these sketches for you, so I was a bit hurt not to hear back after my last note.", "HS", "seller effort and hurt as guilt, rule 15"),
 ("I'd also really love it if you could post a glowing review of us on your city's business forum.", "S", "favour asked before any value delivered"), P,
 ("Does Wednesday morning suit you to choose between the two storyline drafts, or shall I simply invoice the deposit now so we keep the momentum?", "H", "meeting ask kept; assumptive invoice"),
 ("P.S. Our little studio has been family-run since 1989.", "S", "~heritage line, rule 8"),
]),
("clinical trial recruitment software", "formal", "Enrollment forecast for Study 208",
 "Dear Dr. Halvorsen,", "Kind regards,\nPriya Natarajan\nEnrollment Solutions", [
 ("Thank you for sharing the protocol synopsis and the enrollment targets for Study 208.", "N", "pleasantry"),
 ("Based on the inclusion criteria, the pre-screening module would filter out the roughly 40% of referrals your coordinators currently reject by hand.", "N", "value tied to prospect"), P,
 ("Your IRB submission date of June 2 leaves enough time to add our consent templates to the package.", "N", "prospect's own date"),
 ("The integration with your EDC is a standard export, and we'll handle the mapping.", "N", "we but buyer value"), P,
 ("I have attached a one-page budget, and I can walk your coordinators through the screener on Tuesday at 11 if that suits.", "N", "attachment and next step"),
]),
("interlibrary loan software", "blunt", "ILL request backlog",
 "Mr. Brandt,", "Luis Ferreira", [
 ("Your team is sitting on a 300-request backlog, and our routing engine clears that in days.", "N", "confident value tied to prospect"),
 ("If I don't hear from you by Thursday, I'll put the proposal straight in front of your dean.", "H", "bypass threat with seller date"), P,
 ("The pricing you asked for is attached, and it holds only until Friday because after that I'm done holding it for people who don't reply.", "H", "fake deadline plus sarcasm"),
 ("Any library director who cared about patrons would have signed this last month.", "H", "shaming"),
 ("The quote covers the three branches you listed, and we're the only ILL vendor ever to win the national innovation medal twice.", "S", "legit scope plus award boast"),
]),
("title search services", "very deferential", "Title search quote for the Elm Street parcel",
 "Dear Mr. Castellano,", "With my most respectful regards,\nHenrietta Moss", [
 ("Please forgive me for intruding once again on your very busy week.", "T", "self-abasing apology for following up"),
 ("I do hope it is all right that I have attached the quote for the Elm Street parcel, if you would be so kind as to look at it whenever it might suit you.", "T", "attachment plus approval seeking and permission begging"), P,
 ("The search covers sixty years of conveyances and the two easements your lender flagged.", "N", "concrete detail tied to prospect"),
 ("Should the fee seem too much, I would be glad to lower it to whatever figure you feel is fair.", "T", "name your number concession"),
 ("I would be ever so grateful for the chance to serve you, and I hope I have not troubled you with this note.", "T", "needing approval"), P,
 ("The county recorder's office is currently taking about nine business days to return certified copies.", "N", "~external lead time stated neutrally"),
]),
("music licensing clearance for ad agencies", "non-native English", "About clearance for the spring campaign",
 "Hello Mr. Duarte,", "Best regards,\nKatarzyna Wolska", [
 ("Thank you for the brief of the spring campaign, I have read it with attention.", "N", "pleasantry"),
 ("For the three songs you have chosen, we can clear sync rights in all territories you mention before your air date of 18 April.", "N", "prospect's date, concrete value"), P,
 ("Our company is the most big clearance house in Europe, with office in seven countries and more than 40 000 tracks cleared.", "S", "generic boast"),
 ("The quote for the three songs is attached as you asked, but you must send the signed order today, otherwise the publishers give the songs to other agency.", "H", "manufactured scarcity and demand"),
 ("Also my manager is asking me for this deal this week because of the quarter, so please help me.", "HS", "manager and quarter as the reason for a this-week close, rule 16"), P,
 ("If you want, I can send the cue sheet template this afternoon.", "N", "offer"),
 ("P.S. This is now my third letter without any answer, which is not very professional from your side.", "H", "counting attempts plus reproach, rule 13"),
]),
("genealogy research service", "chatty", "Your great-grandmother's records",
 "Hi Colleen!", "Talk soon,\nBeth", [
 ("So fun hearing about the family stories from County Clare!", "N", "pleasantry"),
 ("I found two baptism entries that look like a match, and I can order certified copies this week.", "N", "concrete offer"), P,
 ("Sorry again for rambling on so long in this email, and sorry if it's too much!", "T", "apologising for length, repeated"),
 ("I totally get if this isn't something you want to spend on, so feel free to just ignore me.", "T", "pre-emptive release"), P,
 ("The certified copies cost $25 each, and I could bring my research fee down to whatever figure you're comfortable with, honestly.", "T", "name your number, rule 7"),
 ("The parish archive closes for renovation from July 1 to September 15, so any in-person lookups would need to happen before then.", "N", "~real external date with reason"),
 ("Want me to put the full research plan together so you can see the costs line by line?", "N", "plain ask"),
]),
("freight audit software", "terse", "Invoice audit results",
 "Kelsey,", "Mark", [
 ("We ran your last quarter's LTL invoices through the audit engine.", "N", "logistics"),
 ("It found $48,200 in duplicate and misrated charges, about 3.1% of spend.", "N", "value from prospect's data"),
 ("Full report attached.", "N", "attachment"),
 ("Recovery claims must be filed within 180 days of the invoice date under most carrier tariffs.", "N", "~real external limit stated once"),
 ("Call Monday at 9 to plan the claims?", "N", "next step"),
]),
("restaurant menu engineering", "warm", "Ideas for the autumn menu",
 "Hi Marco,", "All the best,\nSasha", [
 ("Thanks so much for the tasting last night; the short rib was outstanding.", "N", "pleasantry"),
 ("Your top-margin dishes are buried at the bottom of the page, and moving them into the upper-right panel typically lifts their share of orders.", "N", "insight"), P,
 ("Since you asked about price, the full re-engineering is $4,800, and I'd really need you to commit this week because I'm one signing away from my bonus.", "HS", "prospect asked price; seller bonus as reason for date, rule 16"),
 ("I can re-shoot the dish photos for the new layout at no extra cost, and we've worked with celebrity chefs, two Michelin-starred rooms and a cruise line.", "S", "offer kept; name-dropping boast"), P,
 ("If that's too steep, I could do it for $3,000 instead, whatever keeps you happy.", "T", "unconditional discount"),
 ("Either way, I'll bring the sales mix analysis to our meeting on the 9th.", "N", "logistics"),
 ("P.S. Two restaurants on your block signed with us last month, so you'd be playing catch-up.", "H", "peers-already-switched pressure"),
]),
("open-plan office acoustic consulting", "blunt", "Noise survey results",
 "Dana,", "Ruth Akinola\nAcoustic Partners", [
 ("Your open floor measured 58 dBA at the desks, well over the 45 your staff survey complaints point to.", "N", "value from prospect's data"),
 ("You need our panels, and pretending otherwise is just wasting everyone's afternoon.", "H", "directive need plus sarcasm; measurement exists but wording is pushy"), P,
 ("I sent the survey on the 2nd and my tracking shows you opened it four times without a word back.", "H", "read-tracking guilt"),
 ("Sign the install order today and I'll throw in the reception-area treatment free.", "HT", "discount conditioned on seller's date, rule 7"), P,
 ("The panels ship in four weeks from order, a slot I went to the mat with our factory to protect for you, so I'd expect the courtesy of a decision.", "HS", "product detail kept; seller effort as guilt, rule 15"),
]),
("cybersecurity tabletop exercises", "formal", "Tabletop exercise proposal for the finance team",
 "Dear Mr. Aziz,", "Regards,\nElena Voss", [
 ("Thank you for outlining the audit committee's request for a ransomware exercise this year.", "N", "pleasantry"),
 ("Our scenario would start from the wire-fraud incident your controller described, so the team rehearses the decisions they actually face.", "N", "value tied to prospect"), P,
 ("The insurer's renewal questionnaire, due on September 30, asks whether an exercise has been held in the last twelve months.", "N", "~real external date with reason"),
 ("I have attached the proposed agenda and a sample after-action report.", "N", "attachment"), P,
 ("Would October 8 or 9 suit your team for the three-hour session?", "N", "next step"),
]),
("immigration case software for law firms", "chatty", "Following up on the H-1B season demo",
 "Hey Priyanka,", "Thanks!\nOwen", [
 ("Hope cap season prep is going okay; I'm up against a sales contest cutoff on the 15th, so it would be amazing to have your signature before then.", "HS", "contest as reason for a dated signature, rule 16"),
 ("Following up on the demo from last week, I've added the RFE tracker view you asked about.", "N", "single follow-up adding something new"), P,
 ("Honestly I've rebuilt the demo twice for your team and stayed late on it, so I'd kind of expect at least a yes or no from you by now.", "HS", "seller effort as guilt, rule 15"),
 ("Most of the firms on your floor of the building already moved over, so you'd be the last holdout.", "H", "peers switched, shaming"),
 ("We've got auto-fill, e-signature, a client portal, USCIS case-status sync, billing, calendaring, chat, reports and a mobile app.", "S", "feature dump"), P,
 ("Want me to set up a sandbox with two of your live matters so the paralegals can try it?", "N", "offer"),
]),
("zoning and land-use consulting", "very deferential", "Re: variance application",
 "Dear Councilwoman Reyes,", "Most humbly yours,\nArthur Feld", [
 ("I am so very sorry to disturb you once more, and I apologize for my previous note as well.", "T", "repeated apology for following up"), P,
 ("The variance hearing is set for May 21 by the planning board, and the packet is due at the clerk's office ten days before.", "N", "~external date with reason"),
 ("I was wondering whether perhaps you might possibly find a moment to glance at our draft, only if it is convenient.", "T", "stacked hedges plus permission"),
 ("Naturally I would need to ask my senior partner before I could say anything about reducing the retainer.", "T", "deferring on discount, rule 12"), P,
 ("The draft addresses the setback issue the neighbors raised at the March meeting.", "N", "concrete detail"),
 ("Thank you ever so much for even considering a small firm like ours.", "T", "thanking for considering, rule 11"),
]),
("bookkeeping for architecture firms", "terse", "Monthly close proposal",
 "Hi Sam,", "Nadia", [
 ("Proposal attached: $1,450 a month, close by the 8th.", "N", "attachment and price"),
 ("That covers project-level job costing, which your partners said they lack.", "N", "value tied to prospect"),
 ("The close would run on your existing QuickBooks file, but I need your answer by Wednesday or the slot goes to the firm behind you.", "H", "ultimatum, manufactured scarcity"),
 ("Billing starts Monday unless I hear otherwise.", "H", "silence means go-ahead"),
 ("I can also sit in on your WIP review on the 15th, though forgive me for even suggesting it.", "T", "offer kept; apologising for normal selling"),
]),
("website accessibility audits", "formal", "WCAG audit scope for the patient portal",
 "Dear Ms. Lindqvist,", "Yours sincerely,\nTomasz Byrne", [
 ("Thank you for sending the list of portal templates for review.", "N", "pleasantry"),
 ("The Department of Justice rule for state and local government sites sets an April 2026 compliance date for entities of your size.", "N", "~real regulatory date stated neutrally"), P,
 ("We are, without question, the premier accessibility firm in North America, trusted by Fortune 100 brands.", "S", "generic boast"),
 ("I have attached the scope you requested, and I will need a signed statement of work by Friday as my regional vice-president wants this in the quarterly forecast.", "HS", "attachment kept; VP and forecast as reason for date, rule 16"), P,
 ("Our auditors test with screen readers used by your patients, not only automated scanners.", "N", "we but buyer value"),
 ("Might we schedule the kickoff for the week of the 20th, and could your team also record a short video testimonial for our homepage?", "S", "meeting ask kept; favour before any value delivered"),
]),
("voice-over casting agency", "warm", "Voices for your audiobook line",
 "Hi Fern,", "Big hugs,\nCaleb", [
 ("It was lovely to hear about the new middle-grade series, and please forgive how long this took me, I'm hopeless at deadlines.", "T", "self-abasing apology"),
 ("I've pulled five narrators whose samples match the playful tone you described, links below.", "N", "concrete value"), P,
 ("I'm just popping back in to see if you'd had a second, whenever suits, no rush at all.", "T", "check-in purpose plus permission begging"),
 ("Our roster includes Emmy nominees, two Grammy winners and the voice of a famous cereal mascot!", "S", "generic boast"),
 ("I'd be heartbroken to let you down, so please tell me if anything here isn't right.", "T", "needing approval"), P,
 ("Studio time for the lead narrator is booked from the 3rd, so auditions would need to wrap by the 28th.", "N", "~real external constraint"),
]),
("fuel card programs for fleets", "blunt", "Fuel card pricing",
 "Terry,", "Jake Mullins", [
 ("Your 60 vans burned roughly 9,400 gallons last month.", "N", "prospect's data"),
 ("At our network discount, that's about $1,100 a month back, based on your own statements.", "N", "quantified value from prospect data"), P,
 ("Every week you sit on this you're lighting cash on fire, so let's stop dithering.", "H", "cost-of-delay push with no number in the sentence, plus 'stop dithering', rule 5"),
 ("I already booked your driver onboarding for Tuesday, so just send the fleet list.", "H", "assumptive onboarding"),
 ("I've called your office, your cell and messaged you on LinkedIn this week, so you know I'm serious.", "H", "multi-channel chasing, rule 13"), P,
 ("The card works at 95% of stations on your routes, and I'll need your bank details by tonight to get the cards issued.", "H", "product detail kept; assumptive payment step"),
]),
("tenant screening software", "non-native English", "Screening tool for your buildings",
 "Dear Mrs. Pohl,", "With regards,\nIgor Levchenko", [
 ("Thank you for the call yesterday and for the numbers of your units.", "N", "pleasantry"),
 ("With 240 units, our tool can cut the time of your leasing agents from two days to one hour for each applicant.", "N", "value tied to prospect"), P,
 ("I am very sorry, I am sorry to write again, I know you are busy and I am disturbing.", "T", "repeated self-abasing apology"),
 ("Maybe if is possible, maybe you can perhaps think about one small trial, if you want, if not is okay also.", "T", "stacked hedges and pre-emptive release"),
 ("The trial can start on Monday with your two biggest buildings, and I can give 30% less price from today, no condition.", "T", "unconditional discount"), P,
 ("The price list you ask for is in the attachment, and I am hoping very much you like it, I do not want to disappoint you.", "T", "attachment kept; needing approval"),
]),
("homeowners association management software", "chatty", "Your board's dues question",
 "Hi Glenn,", "Best,\nTrish", [
 ("Thanks for looping me in on the board's question about online dues.", "N", "pleasantry"),
 ("The autopay module is what cut late payments by half at a 180-home association near you, mostly because owners can switch on automatic bank drafts.", "N", "social proof tied to prospect"), P,
 ("Between us, my sales manager is breathing down my neck about this one, so getting the board to vote before the 30th would save my skin.", "HS", "manager as reason for a dated decision, rule 16"),
 ("I'd also owe you big time if you could put our logo request to the board for our website.", "S", "favour: logo"), P,
 ("Your annual meeting is on the 12th, so I can present the demo then if you'd like.", "N", "prospect's own date"),
 ("The board portal also handles architectural requests, and oh, we were named a Top 10 PropTech Startup by two magazines this year!", "S", "product detail kept; generic award boast"),
]),
("car wash membership software", "warm", "Membership numbers for your three sites",
 "Hi Lorena,", "Cheers,\nDevin", [
 ("Thanks for the tour of the Maple Avenue tunnel, it's a beautiful site.", "N", "pleasantry"),
 ("With the license-plate recognition you already have, members would roll through without stopping at the pay station.", "N", "value tied to prospect"), P,
 ("The setup fee is $2,500, which I know is a lot, and I apologize for that.", "T", "apologising for price"),
 ("Installation at all three sites takes about two days, and I'd happily waive the whole setup fee, no strings attached.", "T", "unconditional concession"),
 ("I have to confess I'd be really proud to have your sites on my board this year.", "S", "seller stake with no demand, rule 15"), P,
 ("Shall I send the rollout plan by Thursday for you to share with your partners?", "N", "next step"),
]),
("homeschool tutoring marketplace", "blunt", "Co-op tutor roster",
 "Hi Brenda,", "Lisa", [
 ("I've matched four tutors to your co-op's algebra and chemistry gaps.", "N", "concrete value"),
 ("The roster is attached; the enrollment link is live now and closes tonight, after which these tutors are gone to other families.", "H", "attachment kept; fake deadline and scarcity"), P,
 ("Honestly, parents who actually prioritize their kids' futures signed up weeks ago.", "H", "shaming"),
 ("Your co-op can't get through the fall without this roster, full stop.", "H", "directive need"),
 ("Each tutor has passed a background check, and we're the fastest-growing tutoring platform in the state, backed by two major venture funds.", "S", "product detail kept; investor boast"), P,
 ("The first session slots are Monday and Wednesday afternoons, and I've gone ahead and charged the deposit to the card you used for the info session.", "H", "logistics kept; assumptive payment"),
]),
("podcast editing agency", "chatty", "Edit of episode 12",
 "Hey Nico,", "Talk soon,\nAbby", [
 ("Loved the interview with the lighthouse-keeper-turned-novelist, what a story.", "N", "pleasantry"),
 ("I cleaned up the cross-talk at 14:20 and added chapter markers, so listeners can skip straight to the book reading.", "N", "value tied to prospect"), P,
 ("Full honesty: I'm two clients short of my target this quarter, so a yes from you would mean a lot.", "S", "seller need without date, rule 16"),
 ("Could you also leave us a five-star rating on the agency directory before we've even finished the trial edit?", "S", "favour before value"), P,
 ("I'll have the invoice for the full season over tomorrow so you can get started straight away.", "H", "invoice before a yes"),
 ("The edit file is in the shared folder, and I'd like your notes by Friday so the episode can go out Tuesday as you planned.", "N", "prospect's own release plan"),
]),
("property tax appeal consulting", "formal", "Assessment appeal for 400 Harbor Drive",
 "Dear Mr. Whitfield,", "Sincerely,\nCarolyn Osei", [
 ("Thank you for sending the county's revised assessment notice.", "N", "pleasantry"),
 ("Comparable sales within half a mile suggest the building is over-assessed by roughly $1.2 million.", "N", "insight from prospect's data"), P,
 ("The appeal window closes 45 days after the notice date, which puts the filing deadline at July 17.", "N", "~real statutory deadline stated once"),
 ("Our fee is contingent at 30% of the first year's savings, as you asked to see.", "N", "price requested"), P,
 ("Would Tuesday at 10 work to review the comparables together?", "N", "next step"),
]),
("event security staffing", "non-native English", "Security staff for the marathon",
 "Dear Mr. Hollis,", "Regards,\nAhmed Benali", [
 ("Thank you for the route map of the marathon, it is very clear.", "N", "pleasantry"),
 ("For the 26 crossing points, we propose 52 guards in two shifts, as the police plan you sent requires.", "N", "concrete detail tied to prospect"), P,
 ("I have prepared this offer during all my holiday, so I think you must give me answer tomorrow.", "HS", "seller sacrifice as guilt, rule 15"),
 ("The guard schedule follows your police plan exactly, and if you not reply, I will call to your city manager directly for the decision.", "H", "bypass threat"),
 ("Our company was founded by my grandfather and is serving since three generations.", "S", "~heritage line, rule 8"), P,
 ("The price list is in attachment, as you requested.", "N", "attachment"),
 ("P.S. We have 5 000 guards, dogs, drones, cameras, radios, vehicles and our own control room.", "S", "feature dump"),
]),
("elevator inspection services", "very deferential", "Inspection scheduling for the Ridgeway buildings",
 "Dear Ms. Albright,", "Ever at your service,\nPhilip Grant", [
 ("I do hope you will pardon this further note, and please forgive me for writing at such length.", "T", "apologising for following up and length"),
 ("The state requires annual inspection of all four cars, and your current certificates lapse on August 31.", "N", "~real regulatory date"), P,
 ("If it would not be too great an imposition, perhaps you might consider us, though of course I would understand entirely if not.", "T", "hedges plus permission and pre-emptive release"),
 ("I can inspect all four cars on one day in July, and I would be happy to reduce the fee by any amount you think right.", "T", "name your number"), P,
 ("I'm terribly sorry our quote sits above what your previous provider charged.", "T", "apologising for the price"),
 ("Each inspection includes a load test and a written report for your insurer, and our firm has proudly held the city's Golden Gear award since 1998.", "S", "product detail kept; award boast"),
]),
("dog daycare booking software", "terse", "Booking app setup",
 "Hi Jen,", "Aaron", [
 ("Your front desk takes about 70 booking calls a day, per your note.", "N", "prospect's data"),
 ("Online booking with vaccine-record upload would cut most of those.", "N", "value tied to prospect"),
 ("Trial account attached.", "N", "logistics"),
 ("Can we talk Thursday at 3?", "N", "next step"),
 ("Your staff would need to add each dog's vaccine expiry once before check-in works.", "N", "technical prerequisite"),
]),
("medical coding audit services", "blunt", "Your denial rate",
 "Dr. Simmons,", "Karen Wu", [
 ("Your practice's denial rate is 14%, double the specialty benchmark, based on the remittances you shared.", "N", "insight from prospect data"),
 ("I've attached the sample audit you asked for, and I need the engagement letter signed by Thursday because that's when my commission period closes.", "HS", "attachment kept; commission as reason for date, rule 16"), P,
 ("The audit would cover your top 20 CPT codes, and frankly, you need our auditors, the sooner you admit it the better.", "H", "scope kept; directive need with a jab"),
 ("We've audited 3,000 practices, won three industry awards and have the highest NPS in revenue cycle.", "S", "generic boast"), P,
 ("The on-site audit can start on the 3rd as you suggested, though this is my fourth email with no answer, which says a lot about how your office runs.", "H", "counting attempts plus sarcasm, rule 13"),
 ("The audit takes two weeks on site.", "N", "logistics"),
]),
("land surveying for boundary disputes", "warm", "Survey for the fence line",
 "Hi Mr. and Mrs. Castillo,", "Kind regards,\nHolly Brennan, PLS", [
 ("Thank you for walking the fence line with me on Friday, and the lemonade was a delight.", "N", "pleasantry"),
 ("The deed calls and the old iron pins disagree by about four feet on the north side, so a recorded survey is the right next step.", "N", "expert recommendation with evidence"), P,
 ("The mediation session you scheduled is on the 19th, so I'll have the stamped plat to you by the 16th.", "N", "prospect's own date"),
 ("I'm sorry it took me three days to reply; I was waiting on the county's plat copy, which arrived this morning.", "N", "~single courtesy apology with reason"), P,
 ("Would you like me to set the corners on the 12th?", "N", "next step"),
]),
("expert witness sourcing for law firms", "formal", "Candidates for the valve litigation",
 "Dear Ms. Harrington,", "Respectfully,\nDouglas Meyer", [
 ("Thank you for the summary of the valve-failure matter; I'll admit I've been personally hoping to land a case of this profile all year.", "S", "seller's stake with no demand, rule 15"),
 ("I have attached three candidate CVs, each with prior Daubert testimony, and I would ask for your retainer approval by close of business today so that nobody else retains them first.", "H", "attachment kept; scarcity pressure"), P,
 ("We are recognized as the most prestigious expert network in the country, with a roster of over 60,000 professionals.", "S", "generic boast"),
 ("Your expert disclosure deadline of October 4 leaves roughly six weeks for the report.", "N", "prospect's court date"), P,
 ("Any litigator serious about winning would not hesitate over a retainer of this size.", "H", "shaming"),
 ("Might we arrange a conflict check call tomorrow at 4?", "N", "next step"),
]),
("employee relocation services", "chatty", "Relocation packages for your Denver hires",
 "Hi Mei,", "Best,\nSean", [
 ("Congrats on the Denver office opening, and apologies for landing in your inbox yet again.", "T", "apologising for following up"),
 ("For the twelve hires you mentioned, a lump-sum package with home-finding support usually cuts time-to-start by about three weeks.", "N", "value tied to prospect"), P,
 ("Just wanted to pop my head in again in case you'd found a spare moment.", "T", "check-in purpose"),
 ("Totally understand if it's not a priority, so I'll reach back out next year.", "T", "accepting brush-off without a question, rule 11"),
 ("Sorry, I know I've been a bit of a pest about this.", "T", "apologising for normal selling"), P,
 ("Happy to send the sample policy whenever it's handy for you.", "T", "offer kept; permission begging 'whenever it's handy'"),
]),
("virtual data rooms for M&A", "terse", "Data room for Project Alder",
 "Chris,", "Ilana", [
 ("Room set up per your index, 14 folders.", "N", "logistics"),
 ("Two other sell-side teams grabbed our last premium rooms this month, so don't expect this one to sit around.", "H", "manufactured scarcity"),
 ("Watermarking and page-level tracking are on, as your counsel required.", "N", "requirement of prospect"),
 ("Invoice for the first three months is attached; please remit by Friday.", "H", "invoice before a yes, assumptive"),
 ("Buyers open the room Monday, your date.", "N", "prospect's own date"),
 ("Your counsel's Q&A module is included at no extra charge, but rates go up 20% after this week, so lock it in now.", "H", "fake deadline with urgency"),
]),
("carbon accounting software for logistics firms", "non-native English", "Scope 3 reporting question",
 "Dear Mr. Okonkwo,", "Kind regards,\nLena Hoffmann", [
 ("Thank you for your question about the Scope 3 categories for your subcontracted carriers.", "N", "pleasantry"),
 ("Our tool calculates emissions from your existing shipment data, so your team does not need to collect fuel receipts from each carrier.", "N", "we but buyer value"), P,
 ("The EU reporting obligation for your company size starts with the financial year 2025, as you mentioned.", "N", "~real regulatory date"),
 ("I send you the comparison of the two plans you asked for.", "N", "attachment/logistics"), P,
 ("Please tell me if Wednesday 10:00 is good for a short call.", "N", "next step"),
]),
("executive ghostwriting for LinkedIn", "warm", "Your LinkedIn voice",
 "Hi Rachel,", "Warmly,\nTess", [
 ("I loved your keynote clip on supply-chain hiring; your stories are gold.", "N", "pleasantry"),
 ("Turning those keynote stories into a weekly post series would put you in front of the operations leaders you're trying to recruit.", "N", "value tied to prospect"), P,
 ("I'm so sorry to chase you again, and sorry this note is so long, and sorry if I've overstepped.", "T", "stacked apologies for normal selling"),
 ("I've written four sample posts for you on my own time, so I'd hope you'd at least tell me what you think of them.", "HS", "seller effort as guilt, rule 15"), P,
 ("Honestly I'd knock a third off the monthly fee if you'd let me feature you as a case study.", "ST", "~discount for personal favour, rule 7"),
 ("The sample posts are in the doc I linked.", "N", "logistics"),
]),
("collections management software for historical societies", "blunt", "Catalog migration",
 "Walter,", "Jess Romano", [
 ("Your catalog is still in a 2004 Access database that your volunteers can't search remotely.", "N", "insight about prospect"),
 ("We'll migrate all 22,000 records, and I need the signed order form by Monday because our team lead wants the June numbers to look good.", "HS", "manager's numbers as reason for date, rule 16"), P,
 ("Societies like yours that dragged their feet ended up losing their volunteers to groups that did switch.", "H", "FOMO and peer shaming"),
 ("Your society has to have this, plain and simple.", "H", "directive need"), P,
 ("The migration includes your image files and accession numbers as they are.", "N", "concrete detail"),
 ("P.S. I've personally carried your file through three internal pricing reviews, so a reply this week really isn't much to ask.", "HS", "seller effort as guilt, rule 15"),
]),
("retail mystery shopping services", "very deferential", "Mystery shopping for your 30 stores",
 "Dear Mr. Vasquez,", "With deepest respect,\nOliver Quint", [
 ("I hope you will kindly excuse my writing to you yet again.", "T", "apologising for following up"),
 ("With your permission, and only if it pleases you, I might possibly send a sample report, should that be of any interest at all.", "T", "stacked hedges plus permission seeking"), P,
 ("The sample would score checkout speed and upselling at the stores your regional managers flagged.", "N", "value tied to prospect"),
 ("Regarding the volume discount you raised, I would have to ask my director before I could promise anything.", "T", "deferring on discount, rule 12"),
 ("Should you decide against us, please know there are no hard feelings whatsoever.", "T", "pre-emptive release, rule 11"), P,
 ("Our shoppers visit within the 10 a.m. to 2 p.m. window you specified.", "N", "prospect's own requirement"),
]),
("restaurant food-safety auditing", "non-native English", "Audit for your four kitchens",
 "Hello Chef Dimitriou,", "Best wishes,\nJoão Ribeiro", [
 ("Thank you to receive me in your kitchen on Monday.", "N", "pleasantry"),
 ("I see the walk-in cooler temperature logs have gaps in weekends, and the health inspector will ask about this.", "N", "insight with evidence"), P,
 ("The health department inspection you told me is on 22 May, so we can do the pre-audit on 15 May.", "N", "prospect's own date"),
 ("Our pre-audit follows the same checklist as the city inspector, and our company is number one in food safety in all the region, with many prizes.", "S", "product detail kept; generic boast"),
 ("If you sign today, I can give 25% discount, because tomorrow my boss closes the month and needs the number.", "HST", "discount tied to seller date with boss and month end, rule 7 + 16"), P,
 ("I attach the checklist we use, so your team can prepare.", "N", "attachment"),
 ("Also, after I send the checklist, you can please write one recommendation for us on Google?", "S", "review favour before value delivered"),
]),
("procurement consulting for universities", "chatty", "Savings on lab and office spend",
 "Hi Aisha,", "Best,\nMatt", [
 ("Thanks for sending last year's spend cube, super helpful.", "N", "pleasantry"),
 ("About 60% of your office supply spend goes to off-contract vendors, so a consolidated agreement would likely save around $180k a year.", "N", "value from prospect data"), P,
 ("I'll also ask our legal team to confirm the cooperative-contract wording and send it by Wednesday.", "N", "check-with on non-discount matter with a date"),
 ("If the timing doesn't fit this budget year, what would need to happen for it to come back onto your list?", "N", "accepting timing with a question"), P,
 ("Could we grab 20 minutes Friday to go through the top five categories?", "N", "next step"),
]),
("water damage restoration", "blunt", "Basement moisture readings",
 "Hi Craig,", "Dale\nDryRight Restoration", [
 ("Moisture readings in the east wall were 28%, well above the 16% where mold starts, so I'd pull the drywall rather than just run fans.", "N", "expert recommendation with evidence"),
 ("Your estimate is attached, and I've already scheduled the crew for 7 a.m. tomorrow, so have the deposit ready when they arrive.", "H", "attachment kept; assumptive booking and payment"), P,
 ("I turned down two other jobs to keep tomorrow open for you, so the least you can do is confirm tonight.", "HS", "seller sacrifice as guilt, rule 15"),
 ("Your insurer gave you 30 days from the loss date to file, which lands on the 24th.", "N", "~real insurer deadline stated neutrally"), P,
 ("Homeowners who waited on this ended up tearing out the whole floor, and you'd only have yourself to blame.", "H", "shaming FOMO"),
]),
]

def main():
    emails, sents = [], []
    cnt = collections.Counter()
    n = 0
    for i, (ind, reg, subj, sal, sign, items) in enumerate(EMAILS):
        eid = "s18e%03d" % (i + 1)
        curly = (i % 3 == 2)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        paras, cur = [], []
        rows = []
        for it in items:
            if it == P:
                if cur: paras.append(" ".join(cur)); cur = []
                continue
            text, code, note = it
            text = fix(text)
            if text.startswith("P.S."):
                if cur: paras.append(" ".join(cur)); cur = []
                paras.append(text)
            else:
                cur.append(text)
            if note.startswith("~"):
                note = "borderline: " + note[1:]
            rows.append((text, CODE[code], note))
        if cur: paras.append(" ".join(cur))
        full = fix(sal) + "\n\n" + "\n\n".join(paras) + "\n\n" + fix(sign)
        lab = {}
        for L in ("hard_close", "self_serving", "timidity"):
            carr = [r for r in rows if L in r[1]]
            nb = [r for r in carr if not r[2].startswith("borderline:")]
            lab[L] = 0 if not carr else (2 if len(carr) >= 2 and nb else 1)
        for text, labels, note in rows:
            assert text in full, (eid, text)
            n += 1
            sents.append({"id": "s18-%04d" % n, "email": eid, "text": text, "labels": labels, "note": note})
        emails.append({"email": eid, "subject": fix(subj), "text": full, "labels": lab,
                       "_ind": ind, "_reg": reg, "_nfault": sum(1 for r in rows if r[1] != ["NONE"])})
    with open(os.path.join(HERE, "test-emails.jsonl"), "w") as f:
        for e in emails:
            f.write(json.dumps({k: v for k, v in e.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w") as f:
        for s in sents:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # re-parse checks
    for fn in ("test-emails.jsonl", "test.jsonl"):
        with open(os.path.join(HERE, fn)) as f:
            for line in f:
                json.loads(line)
    inds = [e["_ind"] for e in emails]
    assert len(set(inds)) == len(inds), "duplicate industry"
    for s in sents:
        for l in s["labels"]:
            cnt[l] += 1
    multi = sum(1 for s in sents if len(s["labels"]) > 1)
    border = sum(1 for s in sents if s["note"].startswith("borderline:"))
    clean = sum(1 for e in emails if e["_nfault"] == 0)
    two = sum(1 for e in emails if e["_nfault"] >= 2)
    one = sum(1 for e in emails if e["_nfault"] == 1)
    curly = sum(1 for e in emails if "\u2019" in e["text"])
    ps = sum(1 for s in sents if s["text"].startswith("P.S."))
    lvl = {L: collections.Counter(e["labels"][L] for e in emails) for L in ("hard_close", "self_serving", "timidity")}
    stats = {"emails": len(emails), "sentences": len(sents), "NONE": cnt["NONE"],
             "NONE_pct": round(100.0 * cnt["NONE"] / len(sents), 1),
             "hard_close": cnt["hard_close"], "self_serving": cnt["self_serving"], "timidity": cnt["timidity"],
             "multi_label": multi, "borderline": border, "clean_emails": clean,
             "emails_2plus_faulty": two, "emails_1_faulty": one, "curly_emails": curly, "ps_lines": ps,
             "email_levels": {L: dict(sorted(v.items())) for L, v in lvl.items()}}
    print(json.dumps(stats, indent=1))
    write_readme(stats, emails)
    return emails

def write_readme(st, emails):
    regs = collections.Counter(e["_reg"] for e in emails)
    lines = [
        "# sealed18: held-out tone-coach evaluation set",
        "",
        "Forty sales emails written by hand for this set, from the labelling guide (`shared/corpus/LABELS.md`) and",
        "the product brief alone; no other data set, rule or code was consulted. Each sentence was labelled by hand",
        "against the guide (sections 1-5) and re-checked once; notes beginning `borderline:` mark sentences decided",
        "by one of the guide's borderline rules. Email labels are derived by `build.py` with the guide's email-level",
        "scale (0 none, 1 one sentence or only borderline ones, 2 two or more with at least one not borderline), with",
        "no hand overrides.",
        "",
        "Files: `build.py` (all sentences, labels and notes; writes the two JSONL files and this README, checks that",
        "every sentence is a verbatim substring of its email and that every line parses), `test-emails.jsonl`,",
        "`test.jsonl`. Run `python3 build.py` to regenerate.",
        "",
        "## Counts (computed by build.py)",
        "",
        "| | Count |", "|---|---|",
        "| Emails | %d |" % st["emails"],
        "| Sentences | %d |" % st["sentences"],
        "| NONE | %d (%.1f%%) |" % (st["NONE"], st["NONE_pct"]),
        "| hard_close | %d |" % st["hard_close"],
        "| self_serving | %d |" % st["self_serving"],
        "| timidity | %d |" % st["timidity"],
        "| Multi-label sentences | %d |" % st["multi_label"],
        "| Borderline sentences | %d |" % st["borderline"],
        "| Emails with 2+ faulty sentences | %d |" % st["emails_2plus_faulty"],
        "| Clean emails | %d |" % st["clean_emails"],
        "| P.S. lines | %d |" % st["ps_lines"],
        "| Emails with curly apostrophes (every third) | %d |" % st["curly_emails"],
        "",
        "Email-level distribution (level: emails): " + "; ".join(
            "%s %s" % (L, ", ".join("%s: %d" % kv for kv in v.items())) for L, v in st["email_levels"].items()) + ".",
        "",
        "## Design",
        "",
        "- Many faulty sentences put the fault in one clause beside something legitimate the rep must keep (an",
        "  attachment, a price the prospect asked for, the prospect's own date, a meeting ask, a product detail).",
        "- Fault wordings avoid textbook phrases: seller effort and feelings as leverage, bypass threats, assumptive",
        "  invoices and payment steps, peers who already switched, quota/contest/manager reasons, boasts and feature",
        "  lists, unprompted discounts, self-abasing apologies, stacked hedges, giving up at once.",
        "- NONE sentences include hard negatives: real external dates (regulators, insurers, grant portals, archives),",
        "  the prospect's own dates, confident value statements from the prospect's data, technical prerequisites,",
        "  a single courtesy apology with its reason, a check with legal on a non-discount matter with a date.",
        "- American spellings; services, software and professional work.",
        "",
        "## Industries (one per email)",
        "",
    ] + ["- %s: %s (%s)" % (e["email"], e["_ind"], e["_reg"]) for e in emails] + [
        "",
        "## Registers",
        "",
        ", ".join("%s %d" % kv for kv in sorted(regs.items())) + ".",
        "",
    ]
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write("\n".join(lines))

if __name__ == "__main__":
    main()
