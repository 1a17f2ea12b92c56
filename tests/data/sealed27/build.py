#!/usr/bin/env python3
"""Build the sealed27 evaluation set for the Poise tone coach.

Every sentence below was written by hand from the labelling guide alone.
Codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combined, e.g. "HS").
A note starting with "borderline:" marks a sentence decided by one of the guide's borderline rules.
Run: python3 build.py  (writes test-emails.jsonl and test.jsonl next to this file and checks them)
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}
ORDER = ["hard_close", "self_serving", "timidity"]

# (subject, salutation, sign-off, register, industry, sentences)
EMAILS = [
("Reupholstering the Roxy's 212 seats", "Hi Dev,", "Cheers,\nMaddie", "chatty", "cinema seat reupholstery", [
 ("Great to finally see the Roxy auditorium in person on Tuesday, those 1930s frames are in better shape than I expected.", "N", "pleasantry plus a concrete observation"),
 ("The mohair sample in claret is in the post and should reach you by Friday, and honestly I've spent three evenings matching that dye lot for you, so I'd love a yes before the weekend.", "HS", "legit sample logistics beside the seller's effort used as leverage for a dated yes"),
 ("Our workshop has won the Guild of Upholsterers gold four years running, and we were the people the Ritz Bournemouth called when their balcony flooded.", "S", "generic awards and name-dropping"),
 ("Doing the stalls in two batches of 106 means you never close more than one screen at a time.", "N", "value tied to the prospect's operation"),
 ("The per-seat price is 118 pounds including new webbing, and if that feels steep I can happily knock 15% off, whatever makes it easier.", "T", "legit price beside an unprompted unconditional discount"),
 ("Could we walk the balcony together on the 14th to measure the end-of-row arms, assuming that's not a nuisance and you don't mind me suggesting it?", "T", "legit dated ask beside permission-seeking and a hedge"),
]),
("Festive illuminations, High Street and Market Square", "Dear Councillor Ahmed,", "Yours sincerely,\nGraham Pell\nLumenfest Displays", "formal", "Christmas illuminations for a town council", [
 ("Thank you for the tender pack and the site plan of the 38 lamp columns.", "N", "courtesy"),
 ("Your structural engineer's report notes that columns 12 to 19 cannot take a cross-street catenary, so we have designed wall-mounted motifs for that stretch instead.", "N", "insight tied to the prospect's own document"),
 ("The council's submission deadline is noon on 3 October, and our priced schedule will be with you on 26 September.", "N", "borderline: rule 4, the prospect's own deadline, not pressure"),
 ("Neighbouring towns such as Ashby and Coleford have already committed to us for this winter, and I should hate for yours to be the only dark high street in the valley.", "H", "competitor-shaming / FOMO"),
 ("I have also copied your Chief Executive so that she can see the design before the committee does.", "H", "bypass: copying the CEO unasked, over the contact's head"),
 ("I would be glad to present the lighting sequence to the events committee on 2 October, and I trust the committee will bear in mind how many evenings my designers have already given up for this scheme.", "HS", "rule 15: legit meeting offer beside the seller's effort as guilt"),
]),
("Ultrasound gel for the imaging department", "Hello Priya,", "Kind regards,\nTom Ellery", "warm", "medical ultrasound gel", [
 ("I hope the move into the new imaging wing went smoothly last week.", "N", "pleasantry"),
 ("You mentioned that the 5 L refill bottles were causing cross-contamination worries, so I've quoted single-use 20 ml sachets for the interventional rooms, and truly your department needs them without another week's delay.", "H", "value tied to the prospect beside a 'you need' directive with urgency"),
 ("I'm so sorry this quote has ended up so long, and sorry again that the sachet price is higher than the bottles.", "T", "apologising for length and price"),
 ("The trial box holds 200 sachets, and I was wondering if maybe you might possibly be able to let me know which rooms you'd want to trial it in first?", "T", "product detail beside stacked hedges"),
 ("A sterile gel is a requirement of your trust's infection control policy for any needle-guided procedure.", "N", "borderline: rule 6, a real prerequisite from the buyer's own policy"),
 ("I hope it's alright that I've copied in Sam from supplies, I didn't want to overstep.", "T", "needing approval"),
]),
("Your Olympia SM3 and the two Remingtons", "Jules,", "Ted", "terse", "typewriter repair for a film props house", [
 ("All three machines are on my bench.", "N", "logistics"),
 ("The Olympia needs a new drawband before it will carriage-return at all.", "N", "technical prerequisite"),
 ("Repairs total 410 pounds and they're ready for collection Thursday, but I've already booked the courier on your account, so it's just the card number I need.", "H", "legit price and date beside an assumptive payment step"),
 ("Your shoot is on the 9th, so Thursday gives you a week to test them on set, and if you dither past Wednesday they go to the back of the queue behind my regulars.", "H", "the prospect's date beside an invented cut-off"),
 ("Don't overthink it.", "H", "pressure, telling the prospect not to deliberate"),
 ("Every other props house in Leavesden sends me their machines, so I don't know why you'd go anywhere else.", "HS", "boast of peers plus shaming"),
]),
("Braille embosser for the Disability Resource Centre", "Dear Dr Okafor,", "With best regards,\nHannah Lisle\nDotWorks Assistive", "formal", "braille embossers for a university", [
 ("Thank you for sending the list of module handbooks your students need in braille this term.", "N", "courtesy tied to the prospect"),
 ("At roughly 900 pages a week, a double-sided interpoint embosser would halve the paper volume your team currently handles.", "N", "value from the prospect's numbers"),
 ("The unit is 40 dB in its acoustic hood, so it can sit in the shared office rather than the basement.", "N", "concrete product detail tied to the prospect"),
 ("Your procurement office confirmed that orders over 10,000 pounds need three quotes, which I have attached as a comparison sheet.", "N", "process fact plus attachment"),
 ("Could we demonstrate it to your transcription team on 11 March?", "N", "clear next step with a date"),
]),
("Falafel for the three campus canteens", "Hey Marco,", "Speak soon,\nYasmin @ Sesame Street Foods", "chatty", "wholesale falafel", [
 ("Loved the tasting yesterday, your chefs went back for thirds on the beetroot ones!", "N", "pleasantry"),
 ("The frozen 30 g balls come in 5 kg cases and go from freezer to fryer in four minutes, which fits your lunchtime rush.", "N", "product detail tied to the prospect"),
 ("We're the UK's fastest-growing chickpea brand, backed by the same investors behind Oatly's early rounds, and we were on Dragons' Den last spring.", "S", "investors, ranking, TV boast"),
 ("I've pencilled your first delivery for Monday the 3rd and the invoice will follow on Friday, so we're all set unless I hear otherwise.", "H", "assumptive: delivery and invoice before a yes, silence as consent"),
 ("My boss has put your account at the top of the month-end board, so getting your PO by the 30th would honestly make my month.", "HS", "rule 16: seller's manager and month-end as the reason for a dated PO"),
 ("Do you want the vegan-certified spec sheet for your allergen file, and would you be a star and leave us a Google review before the first case even lands?", "S", "helpful offer beside a review favour before any value delivered"),
]),
("Quarterly inspection, Bounce Republic Leeds", "Hi Kerry-Ann,", "Thanks,\nRuss", "blunt", "trampoline park maintenance", [
 ("Our technician found 14 torn spring covers and two beds with frayed stitching on court B.", "N", "findings"),
 ("Under the PAS 5000 standard, those beds have to come out of use until the stitching is repaired.", "N", "borderline: rule 6, a real technical/safety requirement"),
 ("You need our full maintenance plan, there's no other sensible way to run a park your size.", "H", "'you need' directive, no analysis offered"),
 ("Half-term starts on the 17th and we can re-stitch both beds on the 15th, but that slot goes to whoever confirms first, and Sheffield Jump already wants it.", "H", "legit dates beside manufactured scarcity"),
 ("I've attached the inspection photos for each court, and if I don't hear back by tomorrow I'll take them up with your regional ops director.", "H", "attachment beside a bypass threat"),
 ("The quote for spring covers and stitching is 1,860 pounds plus VAT, and I'll raise the job sheet in your name by close of play unless you stop me.", "H", "legit price beside silence-as-consent"),
]),
("Elastomeric bearings, Mill Lane bridge", "Dear Ms Barraclough,", "Regards,\nIfan Prys\nBearing Solutions Ltd", "non-native", "bridge bearing replacement for a county council", [
 ("Thank you for the invitation to quote for the replacement of the eight bearings on Mill Lane bridge.", "N", "courtesy"),
 ("Our engineers has reviewed the inspection photos and the laminated bearings on pier 2 show the bulging which usually mean the steel plates are delaminated.", "N", "insight from the prospect's own data"),
 ("Please excuse me for to write again, and excuse also that our price is more high than last time, I am very sorry for this.", "T", "apology for following up and for the price, repeated"),
 ("Our price includes the temporary propping and the new anchor bolts, and if the price is a problem, please tell us what number you can accept and we will try to make it.", "T", "product detail beside asking the buyer to name their number"),
 ("The road closure permit from the highways team needs twelve weeks, so to work in the August school holiday the order would be needed by mid-May.", "N", "borderline: rule 4, permit lead time stated once with the reason"),
 ("We will prepare the jacking method statement for your approval before any site work, and we hope very much this is acceptable and that you are not angry with us.", "T", "legit next step beside needing approval"),
]),
("Goalposts for the first-team pitch", "Hiya Gareth,", "Cheers,\nLowri", "warm", "rugby goalposts", [
 ("Thanks for showing me round Parc y Glyn on Saturday, and congratulations on the promotion!", "N", "pleasantry"),
 ("The 16 m hinged posts would let two volunteers lower them for mowing without the tractor, and clubs that leave it till next season always end up kicking themselves.", "H", "value beside FOMO"),
 ("I'll be honest, I've got a lot riding on this one, it's the first club I've signed up myself.", "S", "rule 15: seller's stake stated with no blame or demand, self_serving only"),
 ("Sorry for being such a pest, and sorry again for chasing.", "T", "repeated apology for following up"),
 ("I totally get it if you'd rather wait, no hard feelings at all whatever you decide!", "T", "pre-emptively releasing them"),
 ("Could I drop the padding samples in at training on Thursday, only if it's not a pain, and if not that's completely fine too?", "T", "legit ask beside permission-seeking and minimising"),
]),
("Audio guide handsets for the cathedral", "Dear Canon Whitfield,", "Yours sincerely,\nEleanor Marsh\nVoxTour", "formal", "audio guides for a cathedral", [
 ("Thank you for your letter of 4 May and for the chapter's notes on the visitor route.", "N", "courtesy"),
 ("Your visitor survey showed that 60% of tour groups never reach the crypt, so we have placed two of the twelve stops below ground.", "N", "value from the prospect's data"),
 ("The handsets charge overnight in a locking cabinet, which answers the verger's concern about them being left on pews.", "N", "product detail tied to the prospect's concern"),
 ("A French and a German recording are included in the price; further languages are quoted separately.", "N", "plain offer details"),
 ("Please let me know whether the chapter meeting on 19 June is the right point to present the sample narration.", "N", "next step tied to the prospect's meeting"),
]),
("Cryotherapy chamber for the Kingsway clinic", "Hi Ben,", "Best,\nNatalia\nArcticWell", "chatty", "whole-body cryotherapy chambers", [
 ("Good to speak on Monday about the new recovery suite, and thanks a million for even giving us the time of day.", "T", "pleasantry beside thanking them for even considering"),
 ("Our chamber runs on electricity rather than liquid nitrogen, so you avoid the weekly dewar deliveries you said were blocking your loading bay.", "N", "value tied to the prospect"),
 ("It has 22 presets, Bluetooth, mood lighting, a 15-inch touchscreen, voice guidance, cloud logging, app booking, and a built-in playlist manager.", "S", "feature list unconnected to the prospect"),
 ("Would love to walk you through our whole product range and the story of how our founders started out in Helsinki.", "S", "rule 9: 'hear our story' demo ask"),
 ("The lead time is ten weeks, and frankly clinics that sit on this for a month end up watching their athletes drive across town to a competitor.", "H", "legit lead time beside FOMO"),
 ("I'd be glad to send the electrical checklist for your builder, and any chance you'd mention us in your next newsletter, even before you buy?", "S", "helpful offer beside a favour for the seller"),
]),
("Silk scarves for the cabin crew refresh", "Dear Ms Lindqvist,", "With warm regards,\nAnnika Hale", "very deferential", "printed silk scarves for an airline", [
 ("Thank you so very much for even considering us for the crew refresh, it is truly an honour just to be asked.", "T", "thanking them for even considering"),
 ("The strike-off in your navy and coral is attached, printed on 16-momme twill as your brand team specified.", "N", "attachment and spec tied to the prospect"),
 ("I do hope the colours are acceptable, and please forgive me if I have got anything wrong.", "T", "needing approval plus apology"),
 ("We could perhaps, if it were not too much trouble, possibly send a few more samples whenever might suit you.", "T", "stacked hedges and permission-seeking"),
 ("Your launch is 1 April, so a bulk order placed by 10 January leaves time for the fire-retardant test your cabin safety team requires.", "N", "borderline: rule 4, the prospect's own date plus their own test requirement"),
 ("Each scarf has a hand-rolled edge, which holds its shape after the 40 washes in your durability brief, and I am so sorry to go on at such length about it.", "T", "concrete detail beside apologising for length"),
]),
("Lining the Westgate car park", "Tony,", "Mick", "terse", "car park line painting", [
 ("Thermoplastic lines, 320 bays, 4,200 pounds.", "N", "plain quote"),
 ("We can do it over the night of the 22nd, when your store is shut, but I need your card details tonight to hold the crew.", "H", "legit date beside an assumptive payment demand"),
 ("Price holds till Friday, after that it's gone.", "H", "fake deadline, no reason"),
 ("Third time I've emailed, a yes or no isn't much to ask.", "H", "counting attempts plus entitlement"),
 ("Your insurer flagged the faded disabled bays in March, so those should be first.", "N", "recommendation from the prospect's own situation"),
]),
("Photography for the October catalogue", "Dear Imogen,", "All best,\nFelix Drummond", "warm", "auction catalogue photography", [
 ("It was a pleasure to see the Hartwell collection in the saleroom stores last week.", "N", "pleasantry"),
 ("Shooting the silver on a graduated black sweep will keep the hallmarks readable, which your specialists said bidders zoom in on.", "N", "insight tied to the prospect"),
 ("Your catalogue goes to the printer on 2 September, so I've planned the shoot for the 18th to 22nd August.", "N", "the prospect's own date"),
 ("I would also be really grateful for a short quote from your head of department for my website once we're done.", "S", "rule 10: testimonial favour asked before any work is delivered, so not borderline"),
 ("I'm so sorry to ask, and I hope it doesn't seem presumptuous.", "T", "self-abasing apology for an ordinary ask"),
 ("Day rate is 850 pounds, including retouching of up to 120 lots, though I could drop to 700 if that's kinder on your budget.", "T", "legit price beside an unprompted discount"),
]),
("Screen repairs for the Year 9 tablets", "Hi Mrs Oduya,", "Thanks,\nKwame\nFixPoint Education", "blunt", "tablet repair for a secondary school", [
 ("We collected the 47 cracked tablets on Tuesday, which took my whole team the afternoon, so I think we've earned a quick answer.", "HS", "rule 15: logistics beside the seller's effort as guilt"),
 ("Thirty-one need new screens, and the other sixteen only need the charging port cleaned.", "N", "findings"),
 ("The screens are 38 pounds each with a 12-month warranty, and honestly any head who cared about their budget would have signed this off already.", "H", "legit price beside shaming"),
 ("I've already started on the first ten so the invoice is going out today.", "H", "assumptive: work and invoice before a yes"),
 ("Rugged cases at 9 pounds each would cut next year's breakages roughly in half, based on the cracks we saw.", "N", "value from the prospect's data"),
 ("Can you confirm by Monday so the tablets are back before your mock exams on the 20th?", "N", "borderline: rule 4, a date tied to the prospect's own exams"),
]),
("Conflict-resolution training for Brightwater Homes", "Hello Sunita,", "Best wishes,\nOwen Carrick", "formal", "conflict-resolution training for a housing association", [
 ("Thank you for sharing last quarter's incident log.", "N", "courtesy"),
 ("Three of your five incidents happened on doorsteps during arrears visits, so the first session would rehearse exactly that conversation.", "N", "insight from the prospect's data"),
 ("Training would run in 90-minute sessions at your Eastgate office, so each neighbourhood officer loses only a morning.", "N", "value tied to the prospect"),
 ("Your insurer's renewal on 1 July asks for evidence of lone-worker training, and the attendance report would be ready by mid-June.", "N", "borderline: rule 4, a real external date from the prospect's insurer, stated once"),
 ("Would Wednesday 14th at 2 pm work to agree the scenarios with your housing manager?", "N", "next step with a date"),
]),
("Tote bags for the eight Folio shops", "Hi Beth,", "Warmly,\nCass", "warm", "organic cotton tote bags for a bookshop chain", [
 ("Thank you for the lovely chat about the poetry window!", "N", "pleasantry"),
 ("The 10 oz organic canvas bag with your fox logo comes to 3.10 pounds each at 2,000 units, and I'm so sorry it isn't cheaper, I really did try.", "T", "price the prospect asked for beside apologising for it"),
 ("Our family has been weaving cotton in Bolton for four generations, and we're incredibly proud of that.", "S", "borderline: rule 8, heritage line"),
 ("I'd hate for you to feel I was pushing, so please only reply if it's no bother at all.", "T", "needing approval and permission-seeking"),
 ("If 3.10 is too much I'm sure we can meet somewhere in the middle, especially if you'd let us feature the Folio shops in a case study.", "ST", "borderline: rule 7, a discount offered to win a case-study favour, self_serving + timidity"),
 ("I'll bring the printed sample to the Ludlow shop on the 6th if that suits your manager's visit.", "N", "next step fitting the prospect"),
]),
("Llama trek for your team away day", "Hi Oliver!", "Hope to see you on the fells,\nGwen @ Fellside Llamas", "chatty", "llama trekking for a corporate away day", [
 ("Lovely to hear from you and the team at Pathway Legal!", "N", "pleasantry"),
 ("A two-hour trek for 18 people is 1,080 pounds, with a picnic lunch at the tarn included.", "N", "price asked for"),
 ("We've had three celebrities, two TV crews and a royal visit, and we're the top-rated llama experience in Cumbria three years in a row!", "S", "generic boasts and rankings"),
 ("There's only one Friday left in June, and another company is looking at it, so you'll want to grab it today.", "H", "manufactured scarcity"),
 ("It would really help my numbers if you could book before the end of the month.", "HS", "rule 16: seller's numbers as the reason for a dated booking"),
 ("P.S. The route is fine for trainers, but bring waterproofs, and a five-star review afterwards would mean the world to me.", "S", "logistics beside a review favour for the seller"),
]),
("Altitude tents for the pre-season block", "Hi Sergio,", "Regards,\nNils", "non-native", "altitude tents for a cycling team", [
 ("Thank you for the call with your performance director on Thursday.", "N", "courtesy"),
 ("For 12 riders sleeping at simulated 2,800 metres, you will need the 8-unit generator, because the 4-unit cannot hold the oxygen level with the tent door opened.", "N", "borderline: rule 6, technical prerequisite with reason"),
 ("I am not sure, but maybe it could perhaps be better if possibly we talk one more time before you decide, if you agree?", "T", "stacked hedges and permission-seeking"),
 ("The 8-unit generator is 6,400 euros including the tents, and if it helps, I can already give 20 percent discount now, without any condition.", "T", "legit price beside an unconditional discount"),
 ("I must ask my sales director first if the free delivery to Girona is possible, so I cannot promise you anything.", "T", "deferring on terms without owning it"),
 ("The team camp starts on 8 January, so delivery on 2 January gives the riders time to adapt, but please confirm before the 15th because it is your last chance for this price.", "H", "the prospect's date beside a last-chance price cut-off"),
]),
("Bedside TV and radio for Ward 12", "Dear Mr Feeney,", "Yours sincerely,\nCarla Moss\nWardView", "formal", "bedside entertainment units for a hospital", [
 ("Thank you for the ward layout and the estates team's notes on socket positions.", "N", "courtesy"),
 ("The arm-mounted units can be cleaned with your chlorine-based wipes without clouding the screen, which your infection control team asked about.", "N", "detail tied to the prospect's question"),
 ("Patients use them free of charge, and the trust pays a fixed monthly fee of 6 pounds per bed, which frankly only a careless estates department would turn down.", "H", "legit terms beside shaming"),
 ("Our account team will contact your finance director to arrange payment before the end of this week.", "H", "assumptive payment plus going to the finance director unasked"),
 ("Frankly, any trust that still makes patients pay for bedside television is behind the times.", "H", "shaming"),
 ("We have also been named Healthcare Supplier of the Year and are proud partners of over 200 hospitals worldwide.", "S", "generic award and scale boast"),
]),
("Customs brokerage for your Vietnam containers", "Hi Rachel,", "Thanks,\nAndy Cho", "blunt", "customs brokerage for a furniture importer", [
 ("Your last three containers sat at Felixstowe for an average of six days waiting for entry, which your warehouse charges at 95 pounds a day.", "N", "quantified cost of delay from the prospect's data, as information"),
 ("We file entries before the vessel berths, so most of your boxes would clear on arrival, and I'm not exaggerating when I say we're the best broker on the east coast.", "S", "value beside a generic boast"),
 ("Every week you don't switch is money you're burning, plain and simple.", "H", "borderline: rule 5, cost of delay used to push"),
 ("I'd need a signed direct representation form and your EORI number before we can lodge anything.", "N", "technical prerequisite"),
 ("Your next container lands on the 14th, and I'll keep calling your office every morning until we get this sorted.", "H", "the prospect's real date beside badgering"),
 ("Per-entry fee is 55 pounds with no monthly minimum, and the other importers on your industrial estate moved to us last spring, so you're rather the odd one out.", "H", "legit price beside peers-already-switched shaming"),
]),
("First dance lessons before the big day", "Hi Aisha and Tom,", "Much love,\nRosa\nRosa Reyes Dance", "warm", "private dance lessons for a wedding couple", [
 ("Congratulations again on your engagement, and thank you for sending the song!", "N", "pleasantry"),
 ("At that tempo a slow rumba works beautifully, and it's forgiving for two people who told me they've never danced before.", "N", "insight tied to the prospect"),
 ("Four lessons of an hour each is 240 pounds, and I'd suggest starting about eight weeks before your wedding on 21 September.", "N", "price asked for, the prospect's own date"),
 ("I can come to your flat if the studio commute is tricky after work, and I'll bring a speaker so we can practise with your own recording.", "N", "offer serving the prospect"),
 ("Would a Tuesday or Thursday evening work better for the first one?", "N", "plain question"),
]),
("Private-label pickles for Stack Burgers", "Hey Jordan,", "Stay crunchy,\nRenée\nBrineworks Pickle Co.", "chatty", "private-label pickles", [
 ("So glad the bread-and-butter chips and their sweet, tangy flavor landed well with your kitchen team!", "N", "pleasantry"),
 ("A 3-gallon pail of crinkle-cut dills with your own label comes to 21.40 dollars at 400 pails, the label proof is attached, and I've already told our packing line you're in for the June run.", "H", "legit price and attachment beside an assumptive commitment"),
 ("Honestly, the Smashburger folks and half the chains at the NRA show have already moved to private label, so you're kind of the last one holding out.", "H", "peers already switched, shaming"),
 ("Our pickles have won 17 Good Food Awards, we're stocked in Whole Foods, and our founder was on the Today show.", "S", "awards and boasts"),
 ("Happy to set it all up on your card today so you're locked in before the summer rush.", "H", "assumptive payment step with urgency"),
 ("P.S. Our cucumber grower in Michigan finishes picking in September, so the batch for your menu launch would be packed from fresh cucumbers in October.", "N", "real external timing, stated as information"),
]),
("Sewer CCTV survey, Riverside catchment", "Dear Mr Adeyemi,", "Yours faithfully,\nDr Martin Kessler\nPipeSight Surveys", "formal", "sewer CCTV surveying for a water utility", [
 ("Thank you for the invitation to tender for the Riverside catchment survey, reference WU-2291.", "N", "courtesy"),
 ("Your asset register lists 4.2 km of 1960s clay pipe, and in similar catchments root ingress has been the main cause of blockages, so we would survey those lengths first.", "N", "insight tied to the prospect's data"),
 ("We have attached our WRc certification, which your framework requires of every survey contractor.", "N", "borderline: rule 8, certification the buyer's process requires"),
 ("We are the largest independent sewer survey firm in Europe, with 65 crawler units, 28 years in business, and an unmatched reputation.", "S", "scale, years, reputation boast"),
 ("I must be candid that this tender matters a great deal to my division's annual target.", "S", "rule 16: seller's goal with no date or demand, self_serving only"),
 ("Our price schedule is enclosed, and should we not hear from you by 1 November we shall take it that PipeSight is your preferred bidder.", "H", "attachment beside silence-as-consent"),
]),
("Induction loop for the council chamber", "Dear Ms Kowalczyk,", "Regards,\nPhilip Ashe", "very deferential", "hearing loop installation for a council", [
 ("Please forgive me for taking up your time again, I know how busy the democratic services team must be.", "T", "apology for following up"),
 ("The loop would cover the public gallery and the members' horseshoe, with a separate phase-array so it does not spill into committee room 2 next door.", "N", "concrete product detail tied to the prospect"),
 ("The quote includes commissioning and a test certificate, and I really do hope this is all right, I'd be so sorry if anything in it disappointed you.", "T", "concrete offer beside needing approval"),
 ("If the budget is difficult I could probably ask my manager whether we might go a little lower, if you'd like me to.", "T", "deferring a discount to the manager plus hedges"),
 ("Of course if you've decided to go elsewhere, I completely understand and will just try again next year.", "T", "accepting a brush-off with no question"),
 ("The Equality Act duty applies to the chamber, so I've attached a short note on the BS 7594 standard for your report.", "N", "real regulation, attachment serving the prospect"),
]),
("Wrestling mats for the new practice room", "Coach Delgado,", "Best,\nTrey Harmon\nTakedown Mats", "blunt", "wrestling mats for a high school", [
 ("Two 42 by 42 foot mats with the Falcons logo come to 14,600 dollars delivered in your team colors, and I'd hate to see the Eagles across town grab the last production slot before you.", "H", "price asked for beside rival-school scarcity"),
 ("The 2-inch flexi-roll foam meets the NFHS spec your athletic director asked about.", "N", "borderline: rule 8, certification the buyer asked for"),
 ("Look, I went out on a limb with my regional manager to get you this price, so the least you can do is get me a decision.", "HS", "rule 15: seller's standing/favour used as guilt"),
 ("If your district can't find the money for kids' safety, I'm not sure what they're spending it on.", "H", "shaming"),
 ("Delivery takes three weeks, and your season opens December 2.", "N", "fact plus the prospect's own date"),
 ("I'm sending the PO paperwork to your superintendent today since you've gone quiet.", "H", "bypass / going over their head"),
]),
("Re-weaving the terrace chairs at the Beaumont", "Dear Mr Castellano,", "Kind regards,\nSiobhan Reilly\nCane & Rush Workshop", "warm", "rattan furniture re-weaving for a hotel", [
 ("Thank you for letting me see the terrace furniture before breakfast service on Wednesday.", "N", "courtesy"),
 ("Of the 64 chairs, 40 need only their seats re-woven, so the frames can stay in use while we do them in batches of ten.", "N", "value tied to the prospect's operation"),
 ("Full re-weave is 95 euros per chair and seat-only is 55, and I really can't apologise enough for how much that must look.", "T", "legit price beside apologising for it"),
 ("Your terrace reopens on 1 May, so the first batch would come back on 10 April.", "N", "the prospect's own date"),
 ("We could also take a little off the total if that would help you say yes.", "T", "unprompted discount"),
 ("Would you like me to leave a sample of the UV-treated cane with your concierge, or shall I simply take it that the terrace is booked in and send the deposit request?", "H", "legit offer beside an assumptive deposit step"),
]),
("Aspen bedding for the Biomedical Services Unit", "Dear Dr Haverford,", "Yours,\nJenny Orme\nLabNest Supplies", "formal", "laboratory animal bedding", [
 ("Thank you for sending the unit's ammonia readings from the last three months.", "N", "courtesy"),
 ("Your readings rise sharply after day four in the rat rooms, and aspen chips at this grade usually hold ammonia below 25 ppm for seven days, which would let you move to weekly changes.", "N", "insight from the prospect's data"),
 ("The bedding is autoclavable at 121 degrees and the certificate of analysis for each lot is attached, and every serious research unit in the country has long since moved to this grade.", "H", "detail and attachment beside peer shaming"),
 ("If it isn't too much of an imposition, I might perhaps send a trial pallet at some point, only if you think it's okay.", "T", "stacked hedges and permission-seeking"),
 ("We also supply the Francis Crick Institute, Oxford, Cambridge, Imperial and most of the Russell Group, which says it all.", "S", "name-dropping boast"),
 ("My regional lead has told me to get this account signed by the end of quarter, so could we agree the order by 30 September?", "HS", "rule 16: manager and quarter-end as the reason for a dated order"),
]),
("Ex-bourbon casks for the 2027 fill", "Hi Fraser,", "Slainte,\nCallum\nCooperage North", "chatty", "whisky cask sourcing for a distillery", [
 ("Good to catch up at the Spirit of Speyside tasting.", "N", "pleasantry"),
 ("I've found 120 first-fill barrels from a Kentucky distillery, charred at level 3 as you wanted, at 165 pounds each landed, and I've told the seller you'll wire the money on Monday.", "H", "concrete offer beside an assumptive payment step"),
 ("They'd be shipped in February, which gives your team time to re-char any that were damaged in transit.", "N", "logistics"),
 ("That said, two other distilleries are sniffing round this lot, so if you don't jump now you'll be stuck on sherry butts.", "H", "manufactured scarcity and 'now or never'"),
 ("Honestly, I'm gutted I've not heard back after I spent a week in Bardstown hunting these down for you.", "HS", "rule 15: seller's effort and feelings as guilt"),
 ("Could we get 20 minutes on Thursday to look at the fill schedule together, since my sales director keeps asking me where this one has got to?", "S", "rule 12/16: legit meeting ask, the seller's manager as the reason, no decision date, so self_serving only"),
]),
("Desk space for Quanta Labs", "Hi Priyanka,", "Best,\nLeo\nForge Works Coworking", "terse", "coworking desk rental for a startup", [
 ("Six dedicated desks are 2,100 pounds a month, 24/7 access included.", "N", "price asked for"),
 ("The room with the three-phase supply would take your test rig.", "N", "value tied to the prospect"),
 ("Your lease ends on 31 March, so a 1 March start gives you four weeks of overlap.", "N", "the prospect's own date"),
 ("Can you come for a look on Wednesday at 10?", "N", "next step with a date"),
 ("I'll send the floor plan ahead so your engineers can check the bench layout.", "N", "helpful logistics"),
]),
("Oat milk for the Grindhouse cafés", "Hi Saoirse,", "Thanks a mil,\nDara", "warm", "barista oat milk for a café chain", [
 ("Your baristas said the current oat milk splits in the flat whites, and ours is stabilised to stay smooth at 65 degrees.", "N", "value tied to the prospect's problem"),
 ("A pallet of 1 L cartons is 1.38 euros a litre, the allergen sheet your head office asked for is attached, and I'll pop the first pallet on Thursday's van unless you tell me otherwise.", "H", "price and attachment beside silence-as-consent"),
 ("We've just launched our new pistachio, hazelnut, hemp and protein lines, and we're thrilled to tell everyone about them!", "S", "I/we announcement with no customer value"),
 ("Apologies, I was at a trade show all week, so my reply is later than promised.", "N", "borderline: rule 3, single courtesy apology with reason"),
 ("Any chance you'd put a little 'proudly using Daisy Oat' sign on your counters for us, as a favour?", "S", "favour for the seller"),
 ("The sample case can go out on Thursday's van whenever you get a chance to tell me which café, no rush at all, I'm sure you're swamped.", "T", "logistics beside permission-seeking and minimising"),
]),
("Ski hire for the February trip", "Dear Mr Pritchard,", "Best regards,\nMarkus Egger\nAlpenHire Zell", "non-native", "ski and boot hire for a school trip", [
 ("Thank you for your booking request for 44 pupils and 5 teachers from 14 to 21 February.", "N", "courtesy"),
 ("For beginners we recommend the short carving ski of 130 cm, it is much easier to turn for children on the first days.", "N", "expert recommendation"),
 ("The price is 89 euros per pupil for six days, with helmet, and I am sorry that it is more than the shop in the village, I know it is a lot.", "T", "price asked for beside apologising for it"),
 ("We are also the biggest rental shop in the Pinzgau with 3,000 pairs of skis and we have best ratings of all shops, as you maybe saw.", "S", "size and ratings boast"),
 ("Please send the deposit of 20 percent until Friday, otherwise I give the boots to another school who is waiting.", "H", "deposit ultimatum with manufactured scarcity"),
 ("Also my boss says it is important for our season numbers that you confirm this week.", "HS", "rule 16: manager and season numbers as the reason for a dated decision"),
]),
("Revolving doors, north and south entrances", "Dear Ms Yeung,", "Yours sincerely,\nDaniel Frost\nVertex Entrance Systems", "formal", "automatic revolving door servicing for a shopping centre", [
 ("Thank you for forwarding the incident report about the north entrance door.", "N", "courtesy"),
 ("The north door is rotating 3 per cent faster than its set speed, which is why shoppers are being clipped by the wing, and our engineer's measurements are attached.", "N", "insight plus attachment"),
 ("After that measurement, we would recommend replacing both drive units this year rather than repairing them.", "N", "borderline: rule 6, expert recommendation backed by the inspection"),
 ("The manufacturer is discontinuing this drive unit in December, so the last order date for the original part is 15 October.", "N", "borderline: rule 4, vendor end-of-life stated once with reason"),
 ("We would carry out the work overnight so both entrances are back in service before the centre opens at 8.", "N", "value tied to the prospect"),
]),
("Waterjet cutting for the Hawksmoor screens", "Hi Nadia,", "Cheers,\nBrendan", "blunt", "waterjet cutting for an architectural metalwork firm", [
 ("We can cut the 24 bronze screen panels on our 5-axis waterjet with no heat-affected edge, so you won't need to re-patinate.", "N", "value tied to the prospect"),
 ("Price is 7,900 pounds, and to be straight, I've been chasing this since June and I'm running out of patience with your lot.", "HS", "legit price beside seller's feelings as guilt"),
 ("That's my sixth email and your read receipts keep coming back, so I know you've seen them.", "H", "counting attempts and read receipts"),
 ("If you sign today I'll drop it to 7,000, but that's only until 5 pm.", "HT", "rule 7: discount conditioned on the seller's date"),
 ("DXF files at 1:1 would let us start the nesting straight away, so get them over before I change my mind.", "H", "plain technical ask beside an implied threat"),
]),
("ADHD assessments to clear the adult waiting list", "Dear Dr Simmonds,", "With kind regards,\nClaire Barton\nClearPath Assessments", "warm", "outsourced ADHD assessments for an NHS trust", [
 ("Thank you for the candid briefing on your waiting list of 1,140 adults.", "N", "courtesy"),
 ("At 60 assessments a month, our clinicians would bring the longest waits under 18 weeks by next spring.", "N", "value tied to the prospect's target"),
 ("All our psychiatrists hold a licence to practise and are on the specialist register, which your contracting team said was required.", "N", "borderline: rule 8, credential the buyer's process requires"),
 ("I know the board meets on 12 March, and I'd be happy to provide a one-page summary for the papers.", "N", "the prospect's own date and a useful offer"),
 ("Could we agree a pilot of 40 assessments first, so your team can audit the reports before committing to more?", "N", "confident next step"),
 ("P.S. Your clinical lead asked about titration afterwards, and our prescribers can hand patients back to their GPs with a shared-care letter.", "N", "P.S. answering the prospect's question"),
]),
("Container classroom for the Key Stage 2 garden", "Hi Mr Brennan,", "Thanks,\nAlys\nBoxRoom Modular", "chatty", "shipping-container classroom conversion for a school", [
 ("Thanks for sending over the old site drawings, they were a big help!", "N", "pleasantry"),
 ("The 1970s drawing shows a drainage run under the spot you'd picked, so I'd set the container 4 metres east and keep the manhole reachable.", "N", "insight tied to the prospect"),
 ("So sorry to bother you again, I know I've emailed a lot, sorry!", "T", "repeated apology for following up"),
 ("Just popping up again in case this slipped down your inbox at all.", "T", "borderline: rule 1, 'just' as the whole purpose of the touch"),
 ("We're an award-winning, ISO-certified, multi-disciplinary modular building firm with yards in five cities.", "S", "generic boast"),
 ("Could we deliver it on the first Saturday of half-term, when the playground is empty, if you'd perhaps be willing, whenever might possibly suit?", "T", "legit ask beside stacked hedges and permission-seeking"),
]),
("Recovering the over-90-day invoices", "Dear Mrs Fenwick,", "Yours sincerely,\nRoger Halloran\nHalloran Solicitors", "formal", "commercial debt recovery for a wholesaler", [
 ("Thank you for sending the aged-debt report.", "N", "courtesy"),
 ("The oldest invoices, from May 2020, reach the six-year limitation period this May, so those letters should go out first.", "N", "borderline: rule 4, statutory limitation date stated once with the reason"),
 ("Debts of this age in your sector usually recover at 55 to 70 per cent when chased within the quarter, and we would very much like to name you in our next brochure as a client we recovered thousands for.", "S", "insight beside a case-study favour before any value delivered"),
 ("Our fee is 12% of sums recovered, nothing if we recover nothing, and I do apologise that it is not lower.", "T", "legit fee beside apologising for the price"),
 ("My partners are keen that I bring this instruction in before our financial year closes on 31 March, so a signed engagement letter by then would be much appreciated.", "HS", "rule 16: seller's partners and year-end as the reason for a dated signature"),
 ("We have also been ranked in the Legal 500 for six consecutive years.", "S", "ranking boast"),
]),
("Speed cushions for the Orchard estate", "Hi Lorraine,", "Best,\nDean Walsh", "blunt", "rubber speed cushions for a housing estate", [
 ("The residents' survey you sent shows 60% of complaints are about Orchard Way, so that's where I'd put four of the six cushions.", "N", "recommendation from the prospect's data"),
 ("Recycled-rubber cushions are 690 pounds each fitted, and we're proud to be the only supplier in the North West holding a royal warrant.", "S", "legit price beside a generic boast"),
 ("Your board meets on the 9th, and I'll need a yes from you by then or I'm pulling the installation slot.", "H", "the prospect's date twisted into an ultimatum"),
 ("Honestly, any housing manager who's had a child clipped on that road would have ordered these already.", "H", "shaming"),
 ("I've pre-booked your traffic management for the 20th, so just send the deposit.", "H", "assumptive payment step"),
 ("The highways authority needs a 21-day notice period before installation.", "N", "borderline: rule 4, real external notice period, stated neutrally"),
]),
("Fresh wasabi for the Kaiseki group", "Hello Chef Tanaka,", "Best,\nMarisol Vega\nCascade Wasabi Farm", "very deferential", "fresh wasabi rhizomes for a restaurant group", [
 ("Thank you very, very much for taking my call, I know it was a great kindness on your part.", "T", "self-abasing gratitude"),
 ("The rhizomes are grown in spring-fed beds in Oregon and ship chilled in damp moss, which keeps the clean flavor your chefs asked for.", "N", "product detail tied to the prospect"),
 ("I'm terribly sorry that the wasabi is 140 dollars a pound this month, I feel awful quoting it.", "T", "apologising for the price"),
 ("Perhaps, if you felt it might be all right, we could maybe try a small order sometime, it would mean so much to me personally as I am new in this job.", "ST", "rule 15: stacked hedges plus pleading for the seller's own sake"),
 ("The rhizomes keep three weeks wrapped in damp cloth in your walk-in, and whatever price you think is fair, we'll make it work.", "T", "product detail beside asking the buyer to name their price"),
 ("Our delivery truck is in Koreatown on Tuesdays and Fridays, so either day would suit your two sites.", "N", "logistics tied to the prospect"),
]),
("Welcome hampers, Larchwood Holiday Park", "Hi Steve,", "Cheers,\nGary\nHedgerow Hampers", "terse", "welcome hampers for a holiday park", [
 ("Packed 12 of your 30 welcome hampers today.", "N", "logistics"),
 ("All nut-free, as your booking form asks for the family lodges.", "N", "product detail tied to the prospect"),
 ("Your half-term guests arrive on the 3rd, per your email, so the rest will be in before then.", "N", "the prospect's own date"),
 ("Do the other 18 on Monday?", "N", "plain question"),
 ("Drop them at reception as usual?", "N", "logistics"),
]),
]

CURLY_EVERY = 3  # every third email uses the curly apostrophe


def codes_to_labels(code):
    if code == "N":
        return ["NONE"]
    labs = [CODE[c] for c in code]
    return [l for l in ORDER if l in labs]


def main():
    emails_out, sents_out = [], []
    sid = 0
    for i, (subject, sal, signoff, register, industry, sents) in enumerate(EMAILS, 1):
        eid = "s27e%03d" % i
        curly = (i % CURLY_EVERY == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        subject, sal, signoff = fix(subject), fix(sal), fix(signoff)
        texts = [fix(t) for t, _, _ in sents]
        # paragraphs: body in chunks of 2-3 sentences, P.S. on its own
        body, ps = [t for t in texts if not t.startswith("P.S.")], [t for t in texts if t.startswith("P.S.")]
        paras, k = [], 0
        sizes = [2, 3, 2, 3]
        while k < len(body):
            n = sizes[len(paras) % 4]
            paras.append(" ".join(body[k:k + n])); k += n
        paras += ps
        text = sal + "\n\n" + "\n\n".join(paras) + "\n\n" + signoff
        agg = {l: [0, 0] for l in ORDER}  # [count, non-borderline count]
        for (t0, code, note), t in zip(sents, texts):
            assert t in text, (eid, t)
            assert code in ("N",) or set(code) <= set("HST"), (eid, code)
            sid += 1
            labs = codes_to_labels(code)
            for l in labs:
                if l in agg:
                    agg[l][0] += 1
                    if not note.startswith("borderline:"):
                        agg[l][1] += 1
            sents_out.append({"id": "s27-%04d" % sid, "email": eid, "text": t, "labels": labs, "note": note})
        labels = {}
        for l in ORDER:
            c, nb = agg[l]
            labels[l] = 0 if c == 0 else (2 if c >= 2 and nb >= 1 else 1)
        emails_out.append({"email": eid, "subject": subject, "text": text, "labels": labels})

    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails_out:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for s in sents_out:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")

    # re-read and check
    em = [json.loads(l) for l in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8")]
    se = [json.loads(l) for l in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8")]
    bytext = {e["email"]: e["text"] for e in em}
    for s in se:
        assert s["text"] in bytext[s["email"]], s["id"]
    assert len(set(e["subject"] for e in em)) == len(em)
    assert len(set(ind for *_, ind, _ in [(x[0], x[4], None) for x in EMAILS])) == len(EMAILS), "duplicate trade"

    n = len(se)
    none = sum(1 for s in se if s["labels"] == ["NONE"])
    cnt = {l: sum(1 for s in se if l in s["labels"]) for l in ORDER}
    multi = sum(1 for s in se if len(s["labels"]) > 1)
    border = sum(1 for s in se if s["note"].startswith("borderline:"))
    faulty_per_email = {}
    for s in se:
        faulty_per_email.setdefault(s["email"], 0)
        if s["labels"] != ["NONE"]:
            faulty_per_email[s["email"]] += 1
    clean = sum(1 for v in faulty_per_email.values() if v == 0)
    two_plus = sum(1 for v in faulty_per_email.values() if v >= 2)
    one = sum(1 for v in faulty_per_email.values() if v == 1)
    elev = {l: [sum(1 for e in em if e["labels"][l] == k) for k in (0, 1, 2)] for l in ORDER}
    curly = sum(1 for e in em if "\u2019" in e["text"])
    print("emails", len(em), "sentences", n)
    print("NONE %d (%.1f%%)" % (none, 100.0 * none / n))
    for l in ORDER:
        print(l, cnt[l], "email-level 0/1/2:", elev[l])
    print("multi-label", multi, "borderline", border)
    print("emails with 2+ faulty", two_plus, "with exactly 1", one, "clean", clean)
    print("emails using curly apostrophe", curly)
    print("sentences per email min/max", min(collections_count(se).values()), max(collections_count(se).values()))


def collections_count(se):
    d = {}
    for s in se:
        d[s["email"]] = d.get(s["email"], 0) + 1
    return d


if __name__ == "__main__":
    main()
