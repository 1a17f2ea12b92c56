#!/usr/bin/env python3
"""Build sealed42: hand-written sales emails labelled sentence by sentence (Poise tone coach).

Every sentence below was written by hand from the labelling guide (LABELS.md) alone.
Codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combined e.g. HS).
A note starting 'borderline:' marks a sentence decided by one of the guide's borderline rules.
Email labels are derived with the guide's email-level scale (no hand overrides).
"""
import json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["hard_close", "self_serving", "timidity"]
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}

# (subject, salutation, sign-off, industry, register, paragraphs[[(sentence, code, note)]])
EMAILS = [
("Anaesthetic machine servicing, day surgery unit", "Dear Ms Okafor,", "Yours sincerely,\nGraham Petrie\nService Manager",
 "anaesthetic machine servicing (NHS day surgery)", "formal", [
 [("Thank you for sending the asset list for the nine machines in the day surgery unit.", "N", "thanks, logistics"),
  ("Our engineers are factory-trained on all three models you listed, and we can complete the planned maintenance over two weekends so no theatre list is cancelled.", "N", "'our' but value is the buyer's uninterrupted lists"),
  ("Your machines would be serviced by our Gold Service team, which has won the national service award four years running.", "S", "legit service detail plus a generic award boast")],
 [("I have attached the schedule you asked for, and I will need the signed order back by Thursday because my regional director is reviewing my numbers on Friday.", "HS", "requested attachment plus a signing date driven by the seller's director review (rule 16)"),
  ("Should the price be the obstacle, I am able to take 15% off without any change to the scope.", "T", "unprompted unconditional discount (rule 7)"),
  ("Would Tuesday at 2pm suit for a short call with your clinical engineering lead, or shall I simply raise the invoice now to save us both time?", "H", "a meeting ask plus an invoice before a yes")]]),

("Transceivers for the winter call-outs", "Hi Fiona,", "Cheers,\nDuncan",
 "avalanche transceivers (mountain rescue charity)", "chatty", [
 [("Great to chat on Monday about the team's kit refresh!", "N", "pleasantry"),
  ("The 3-antenna units we talked about pick up a buried signal at 60 m, which fits the wide search strips you described on the north corries.", "N", "product detail tied to the buyer's terrain"),
  ("Our beacons went up Everest twice and the Swiss army uses them, so they're basically the gold standard.", "S", "name-dropping boast"),
  ("Honestly, half the teams in the Highlands made the jump last winter, so you're a bit of an outlier still running the old sets.", "H", "peers-already-switched shaming")],
 [("I've pencilled your crew in for the fitting day on 8 November, so send over the card details and we're sorted.", "H", "real fitting date plus an assumptive payment step before a yes"),
  ("Happy to hold the charity price until your committee meets on the 20th, as you suggested.", "N", "the date is the prospect's own")],
 [("P.S. I've sunk a ridiculous number of evenings into this spec for you, so a quick yes would really make my week.", "HS", "seller's effort offered as a reason to decide (rule 15)")]]),

("Levy funds expiring: your March figures", "Ruth,", "Paul",
 "apprenticeship levy advice (engineering employer)", "terse", [
 [("Your levy statement shows £38,200 unspent, and the oldest £9,400 expires on 30 April under the 24-month rule.", "N", "borderline: real external rule stated once with the reason (rule 4)"),
  ("We can map that against the four maintenance apprentices you want to start in September, which would also get me over my first-quarter target.", "S", "value tied to the buyer's plan plus the seller's target, no date pressed (rule 16)"),
  ("Sign the engagement letter today or you'll watch that money vanish and have nobody to blame but yourselves.", "H", "ultimatum with shaming"),
  ("We're the top-rated levy adviser in the Midlands, 500+ employers, five stars on every platform.", "S", "generic ranking boast"),
  ("Call Thursday 11am?", "N", "plain ask with a time")]]),

("Your two Ampeg heads and the monitor desk", "Hi Priya,", "Warmly,\nTess",
 "amplifier repair (independent music venue)", "warm", [
 [("It was lovely meeting you at the Crown & Anchor soundcheck last week.", "N", "pleasantry"),
  ("I've had a look at the photos, and the hum on the older head sounds like dried-out filter caps, which is a one-day job.", "N", "diagnosis for the buyer"),
  ("The full repair comes to £340, and I'm so sorry it's that much when I know money is tight for venues.", "T", "the asked-for price plus an apology for the price (rule 3)"),
  ("If it helps at all, I could probably do both heads for whatever you feel is fair.", "T", "asking the buyer to name their number (rule 7)")],
 [("I can collect them on Wednesday morning before your 7pm doors, and they'd be back by Saturday's gig.", "N", "logistics tied to the venue's schedule"),
  ("And if you'd be kind enough to leave us a glowing Google review once they're back, I'd be so grateful.", "S", "review favour asked before any value delivered (rule 10)")]]),

("Avgas supply for the flying club, 2027", "Dear Mr Halloran,", "Kind regards,\nSiobhan Adeyemi\nAviation Fuels",
 "aviation fuel supply (flying club)", "formal", [
 [("Thank you for your note about the club's uplift figures for last season.", "N", "thanks"),
  ("Based on the 41,000 litres you reported, a monthly bowser delivery would keep your tank above the 25% reserve your operations manual requires.", "N", "value from the buyer's own data")],
 [("Our current supply price is fixed until 31 January, when the refinery's new quarterly pricing takes effect.", "N", "borderline: factual price expiry with a reason, no urgency language (rule 4)"),
  ("We'd also fit a sampling point on the tank so your members can do the daily water check without climbing the ladder.", "N", "'we' but value is the members'"),
  ("Could we visit the airfield on the 14th to check access for the delivery vehicle?", "N", "clear next step with a date")]]),

("Bandstand repainting, Memorial Gardens", "Dear Councillor Pryce,", "With very best wishes,\nAlan Greaves",
 "bandstand repainting (parish council)", "very deferential", [
 [("I do hope you don't mind me writing again, and please forgive me for taking up your valuable time once more.", "T", "apologising for following up"),
  ("I was wondering if perhaps the council might possibly consider our quote, if it's not too much of an imposition.", "T", "stacked hedges plus permission-seeking (rule 2)")],
 [("The ironwork survey showed surface rust on six of the eight columns, so we would treat those with a zinc primer before the two coats of heritage green.", "N", "expert finding and method"),
  ("The parish clerk mentioned the work has to finish before the brass band season opens on 1 May, and our schedule fits comfortably inside that.", "N", "the buyer's own deadline")],
 [("I'd hate for you to be disappointed in us, so do tell me if anything at all in the quote is not to your liking.", "T", "needing approval"),
  ("I've attached the full survey, and I do apologise for how long this email has become.", "T", "attachment plus an apology for the email's length (rule 3)")]]),

("Birthing pools for the midwife-led unit", "Dr Mensah,", "Regards,\nMark Ellison",
 "birthing pools (hospital maternity unit)", "blunt", [
 [("Your unit currently has one pool for 2,300 births a year, which is below the one-per-1,000 ratio your own birth-choices report recommends.", "N", "insight from the buyer's own report"),
  ("You need two more pools, full stop, and there is frankly nothing left to discuss.", "H", "'you need this' as a directive"),
  ("The freestanding model fills in 12 minutes and needs no floor reinforcement, which matters on your second-floor suite.", "N", "product detail tied to the buyer's building")],
 [("The quote is attached, and if I don't have a PO by Friday I'll raise it directly with your chief executive.", "H", "attachment plus a bypass threat"),
  ("This is the fourth time I've sent these figures and they still haven't been opened by anyone on your team.", "H", "counting attempts and read tracking (rule 13)")],
 [("P.S. My regional bonus depends on landing two hospital units this year.", "S", "the seller's bonus, no date pressed (rule 16)")]]),

("Ballistic glazing for your counters", "Dear Mrs Kowalczyk,", "Best regards,\nTomasz Wiśniewski",
 "ballistic counter glazing (post office branches)", "non-native English", [
 [("Thank you for receive our engineer last Tuesday in the Harrow branch.", "N", "thanks"),
  ("The measure of the three counters is done and the drawings are in attachment.", "N", "logistics, attachment"),
  ("Our company exist since 1961 and is family business of three generations, very proud.", "S", "borderline: heritage line (rule 8)")],
 [("We make the glass to BR4 rating which your insurer ask in the letter you show us, and this month I must reach my target, so please to confirm the order before 25th.", "HS", "the buyer's required rating plus an order date pressed for the seller's target (rule 16)"),
  ("Also if you give us the permission to use your branch photo for our catalogue, I can give 5% more discount.", "ST", "borderline: discount offered for a favour to the seller (rule 7)"),
  ("We can install on Sunday when the branch is closed, and I will be very sad if you choose other company after all my visits.", "HS", "logistics plus the seller's feelings and effort as guilt (rule 15)")]]),

("Baby signing sessions at Riverside Children's Centre", "Hi Jade,", "Thanks so much,\nMegan",
 "baby sign language classes (council children's centre)", "chatty", [
 [("Thanks so much for showing me round the sensory room on Friday!", "N", "pleasantry"),
  ("Popping into your inbox again in case my last few messages got buried, whenever you've got a sec.", "T", "permission-begging follow-up with 'whenever'"),
  ("I totally get it if this isn't a priority, honestly no hard feelings if you'd rather pass.", "T", "pre-emptively releasing the prospect (rule 11)")],
 [("Parents who learn 20 signs in the first year tend to report fewer tears at pick-up, which fits the settling-in work your staff described.", "N", "insight tied to the buyer's goal"),
  ("A six-week block for up to 12 families is £480, but I'm happy for you to name whatever price feels right.", "T", "the price plus asking the buyer to name a number (rule 7)"),
  ("We won Best Family Class at the regional awards and were featured in two parenting magazines this year!", "S", "awards and press boast"),
  ("Could I come in on the 3rd to run a free taster with your Tuesday group?", "N", "clear ask with a date")]]),

("Bingo units for the Social Club", "Hi Les,", "Kev",
 "electronic bingo machines (working men's social club)", "terse", [
 [("Quote attached for two electronic ball blowers with the caller display.", "N", "attachment"),
  ("The display runs off your existing TV via HDMI, so no new screen.", "N", "product detail saving the buyer cost"),
  ("Gambling Commission rules need the RNG certificate on file before first use; it's in the pack.", "N", "'need' as a regulatory prerequisite"),
  ("Install takes two hours.", "N", "logistics"),
  ("Free Wednesday after 2?", "N", "plain ask")]]),

("Centrifuge service contract, processing lab", "Dear Dr Lindqvist,", "Yours sincerely,\nHenrik Aalto",
 "centrifuge servicing (blood transfusion service)", "formal", [
 [("Thank you for the inventory of the fourteen floor-standing centrifuges in the component processing lab.", "N", "thanks"),
  ("We can validate the rotor speeds and temperature profiles against your MHRA requirements, and our report format drops straight into your quality system.", "N", "'we' but serves the buyer's compliance"),
  ("Our service covers rotor inspection, imbalance testing, tachometer calibration, brush replacement, gasket renewal, lid-lock testing, refrigerant checks and a 24-hour helpline.", "S", "feature list with no tie to the buyer's outcome")],
 [("Since I've personally spent three weekends preparing this proposal, I'd expect at least the courtesy of a decision this month.", "HS", "seller's effort as guilt for a decision (rule 15)"),
  ("The price we discussed holds until 31 March, when our parts supplier's increase comes through.", "N", "borderline: price expiry with a reason, stated once (rule 4)"),
  ("Could your lab manager join a call on the 12th to agree the visit sequence?", "N", "clear next step")],
 [("P.S. A short quote from you for our website afterwards would help me enormously.", "S", "testimonial favour for the seller (rule 10)")]]),

("Coracle-building day for your volunteers", "Dear Hannah,", "All the best,\nRhys",
 "coracle-building workshops (corporate volunteering day)", "warm", [
 [("What a treat to hear your volunteers want to try something hands-on for the September away day.", "N", "pleasantry"),
  ("Each pair weaves a willow frame and stretches calico over it, and by mid-afternoon they paddle their own coracle on the mill pond.", "N", "concrete product detail"),
  ("Other firms in your building have already booked theirs, and it'd be a shame if your team were the only ones left behind.", "H", "competitors-already-bought FOMO")],
 [("I'd really appreciate it if you could confirm, because my manager is on at me to fill the September dates by the end of this week.", "HS", "decision pressed by a date for the manager's reason (rule 16)"),
  ("If the budget's a stretch, I'd happily knock a third off, no questions asked.", "T", "unconditional discount (rule 7)"),
  ("The pond is step-free from the car park, so your colleague who uses a wheelchair can join the launch.", "N", "access detail for the buyer's team")]]),

("Crutch supply, fracture clinic", "Mr Duncan,", "Rob Tait",
 "crutch supply and return scheme (NHS fracture clinic)", "blunt", [
 [("Your clinic issues about 90 pairs a week and gets fewer than 30 back, which is roughly £11,000 a year walking out the door.", "N", "quantified cost from the buyer's own data, as information (rule 5)"),
  ("Our return scheme puts a QR tag on each pair and pays patients £5 at any pharmacy when they drop them off.", "N", "product detail")],
 [("Every month you sit on this is another few grand gone, so stop dithering and sign.", "H", "borderline: cost of delay used to push, plausible number (rule 5)"),
  ("We hold the only patented tag on the market and have been written up in the trade press twice.", "S", "generic credentials boast"),
  ("Samples can be with you Monday, and I'll keep phoning the clinic office every morning until someone gives me a yes.", "H", "logistics plus a badgering threat")]]),

("Cash collection for the Saturday market", "Dear Mr Boateng,", "With respect,\nPeter Quayle",
 "cash-in-transit (market traders' association)", "very deferential", [
 [("Thank you most sincerely for even considering a small firm like ours.", "T", "thanking them for even considering the seller (rule 11)"),
  ("I was only hoping that, if it were at all convenient, you might possibly find a moment to look at the attached proposal.", "T", "stacked hedges plus permission-seeking (rule 2)")],
 [("The van would collect from the 46 stalls between 4pm and 5pm and bank the takings the same evening, so traders no longer carry cash home on the bus.", "N", "value tied to the traders' safety"),
  ("I'm truly sorry the weekly fee came out higher than I'd wanted, and I can certainly bring it down if you think it's too much.", "T", "apology for the price plus an unprompted concession"),
  ("I hope this is all right, and that I haven't overstepped in writing to you directly.", "T", "needing approval"),
  ("Could I attend the traders' meeting on the 9th to answer questions, if that wouldn't be too much of a nuisance?", "T", "a clear ask plus permission-begging")]]),

("Dovecote at Ashworth Grange", "Hi Charles,", "Best,\nNell",
 "dovecote restoration (private estate)", "chatty", [
 [("Thanks for the walk round the dovecote on Saturday, and for the excellent coffee.", "N", "pleasantry"),
  ("The lean on the north wall is coming from the rotten sole plate, so I'd replace that before touching the brickwork rather than patching the cracks first.", "N", "expert recommendation backed by evidence (rule 6)"),
  ("Listed building consent usually takes eight weeks with your district council, so if you want the work done before the autumn rains, the application should go in by mid-June.", "N", "borderline: permit lead time stated once with the reason (rule 4)")],
 [("I've attached three photos of a similar octagonal cote we rebuilt near Ludlow, including the potence ladder we repaired.", "N", "social proof tied to the buyer's structure"),
  ("Shall I come back on the 2nd with the joiner to measure up?", "N", "clear next step")]]),

("Dialect coaching for The Cherry Orchard tour", "Dear Ms Adair,", "With kind regards,\nMoira Keenan",
 "dialect coaching (touring theatre company)", "formal", [
 [("Thank you for sending the cast list and the rehearsal calendar.", "N", "thanks"),
  ("For a Northern Irish setting, I would start with the vowel work in week one, so the actors are not unlearning habits during the tech.", "N", "insight for the buyer's production"),
  ("I have coached at the National, the RSC and the Abbey, and my clients include two Olivier winners.", "S", "credentials boast not tied to the buyer")],
 [("I can offer the four weeks at the rate you asked for, and I will need your deposit by Monday, as my agent insists I fill my autumn diary before her holiday.", "HS", "the asked-for rate plus a payment date for the seller's own reason (rule 16)"),
  ("Would you be able to hold a two-hour slot on the first Tuesday for a group session?", "N", "clear ask"),
  ("I would also love it if you could mention my name in the programme and on your social channels.", "S", "asking a favour that benefits the seller (rule 10)")],
 [("P.S. Apologies if my fee seems steep; I could shave a little off if that helps.", "T", "apology for the price plus an unprompted discount (rule 7)")]]),

("Dyslexia screening, Level 3 intake", "Hi Sam,", "Ta,\nJo",
 "dyslexia screening (further education college)", "terse", [
 [("Costs for 180 screenings attached, and sorry for chasing again, I know you're slammed.", "T", "attachment plus an apology for following up (rule 3)"),
  ("Screening in week two lets your learning support team put exam access arrangements in place before the first assessments in November.", "N", "value tied to the buyer's calendar"),
  ("Can drop to £18 a head if that's easier, totally your call.", "T", "unprompted discount (rule 7)"),
  ("Or honestly ignore this if it's not useful.", "T", "permission to ignore the email"),
  ("Happy to run the first group on the 14th, though I'd have to ask my manager before confirming that rate.", "T", "a date plus deferring to a manager on the discount (rule 12)")]]),

("Glass-bottle milk for the studio", "Hello Anya,", "Warmly,\nBeth",
 "doorstep milk delivery in glass (small design studio)", "warm", [
 [("It was such a pleasure to hear your team want to cut the plastic out of the kitchen.", "N", "pleasantry"),
  ("Twelve pints a week in returnable glass would take about 620 plastic bottles a year out of your recycling.", "N", "value tied to the buyer's goal"),
  ("We're a family dairy farming the same fields since 1887, and we've been named a national food hero twice!", "S", "heritage plus award boast")],
 [("I've already put you on Tuesday's round, so pop your bank details in the form and the first crate lands next week.", "H", "delivery logistics plus an assumptive payment step"),
  ("Honestly, every other studio on your street switched months ago, so you'd hardly want to be the last.", "H", "peers-already-switched shaming")],
 [("P.S. If you'd share a photo of the crate on your studio's Instagram, I'd be ever so grateful.", "S", "favour benefiting the seller (rule 10)")]]),

("Fogging for the five schools over half-term", "Mr Sandhu,", "Dan Kerr",
 "electrostatic disinfection fogging (primary school trust)", "blunt", [
 [("Half-term starts on the 24th, which is the only week all five schools are empty, so that's the window.", "N", "borderline: real external constraint stated once with the reason (rule 4)"),
  ("Each classroom takes eight minutes to fog and is safe to re-enter after 20, and our kit is the same one three Premier League clubs use.", "S", "product detail plus a name-dropping boast"),
  ("Your trust is exposing kids to avoidable illness, and any competent business manager would've sorted this by now.", "H", "shaming ('any competent leader')")],
 [("Our crew has been blocked out for you, so send the signed schedule and the deposit and we'll crack on.", "H", "assumptive signature and payment before a yes"),
  ("I've given you three chances to answer and you've ignored every one.", "H", "counting attempts at the prospect (rule 13)"),
  ("Frankly I've bent over backwards rearranging my team's rotas for your schools, and I'm owed a straight answer.", "HS", "seller's effort as guilt owed a reply (rule 15)")]]),

("Pulks for the polar training course", "Dear Mr Lindgren,", "Best regards,\nAnders Nygård",
 "expedition pulk sledges (polar training school)", "non-native English", [
 [("Thank you for your message and the list of the course participants.", "N", "thanks"),
  ("For the 8 students and the loads of 60 kg you describe, I recommend the 168 cm pulk with the rigid poles, because the soft traces are difficult on the sea ice.", "N", "expert recommendation with reason"),
  ("Our factory have a long queue in January, so if you want them for the February course, the order is best to arrive before 10 December.", "N", "borderline: manufacturer lead time stated once with the reason (rule 4)")],
 [("I send the price list and the care instruction in attachment.", "N", "attachment"),
  ("Can we speak by phone on Thursday, 10 o'clock your time?", "N", "plain ask with a time"),
  ("If you prefer, our workshop in Tromsø can also fit your old harnesses to the new pulks.", "N", "offer saving the buyer cost")]]),

("Standby generator hire during the switchboard replacement", "Dear Mr Ashdown,", "Yours sincerely,\nClaire Montague",
 "emergency generator hire (hospital estates)", "formal", [
 [("Thank you for confirming the switchboard outage dates of 3 to 7 March.", "N", "the prospect's own dates"),
  ("A 500 kVA set with a synchronising panel would carry both theatres and the ICU with room for the lifts, and frankly any estates team without one booked is taking a reckless gamble.", "H", "sizing detail plus shaming"),
  ("We are the UK's largest independent power rental company, with over 4,000 sets and offices in 19 countries.", "S", "size boast")],
 [("I must stress that only one 500 kVA unit remains for March and another trust is already asking about it, so a decision today would be wise.", "H", "manufactured scarcity with a rival buyer"),
  ("I'm sending the hire agreement today so it can go to your finance team, and I'll ask your director of estates to countersign if I hear nothing by Friday.", "H", "paperwork logistics plus a go-over-your-head threat"),
  ("Our engineer can attend your site survey on the 18th as you requested.", "N", "the prospect's requested date")]]),

("Floodlights on the back pitch", "Hey Gareth,", "Cheers,\nLiam",
 "floodlight repair (amateur rugby club)", "chatty", [
 [("Good to see the lads under the lights on Thursday, shame about the dark corner by the clubhouse!", "N", "pleasantry"),
  ("Two of the six lamps have failed and the third column's control gear is cooked, which is why that corner drops out first.", "N", "diagnosis"),
  ("I was sort of hoping, maybe, if you had a minute at some point, we could perhaps chat about the fix?", "T", "stacked hedges (rule 2)")],
 [("We could do the column and both lamps on the 6th, and if the quote's too steep, tell me what you can stretch to and I'll make it work.", "T", "a real date plus asking the buyer to name a number (rule 7)"),
  ("My boss wants this booked in before the end of the month so I look good at the review, so a quick nod would be ace.", "HS", "a date for the buyer's yes driven by the seller's boss and review (rule 16)"),
  ("That would have the corner lit before your first home league game, and sorry for going on, I know you're busy.", "T", "value plus an apology for normal selling (rule 3)")]]),

("Star ceiling for your cinema room", "Dear Mrs Forsythe,", "Respectfully yours,\nOliver Marsh",
 "fibre-optic star ceilings (private home cinema)", "very deferential", [
 [("Please accept my apologies for writing a third time; I do realise how very busy you must be.", "T", "apologising for following up"),
  ("The 450-point kit would give a realistic Milky Way band across your 4 by 5 metre ceiling, with a dimmer on your existing control panel.", "N", "product detail tied to the room"),
  ("I hope you won't mind my saying that it would mean a great deal to me personally to complete this, as it's my first commission since starting out.", "ST", "pleading for the seller's own sake (rule 15)")],
 [("Whatever figure you have in mind, I'll do my very best to match it.", "T", "asking the buyer to name their number (rule 7)"),
  ("I could come on the 15th, when your decorator is finished, to fit it in a single day.", "N", "logistics around the buyer's schedule")],
 [("P.S. I'd also be ever so grateful for a testimonial for my new website once it's done.", "S", "testimonial favour asked before any value delivered (rule 10)")]]),

("Ghee for your 7 kitchens", "Imran,", "Raj",
 "ghee supply (curry house group)", "blunt", [
 [("Your chefs are getting through about 140 kg of ghee a week on the last delivery notes you sent.", "N", "the buyer's own data"),
  ("Our cultured ghee has a smoke point of 250°C, so your tandoor team can cook with it without losing flavour.", "N", "product detail tied to the kitchen"),
  ("Any owner serious about his food would've switched to us ages ago.", "H", "shaming ('any serious owner')")],
 [("I've already printed the delivery labels with your name on them, so I'll need a card number to release the first pallet.", "H", "assumptive payment demand before a yes"),
  ("We supply 600 restaurants, we won three Great Taste stars, and we're stocked in every major cash-and-carry.", "S", "generic boasts"),
  ("Samples are in the van for Thursday if you want them, but honestly you'd be daft to say no.", "H", "plain offer plus a shaming push")]]),

("Geocaching trail for Holmwood Country Park", "Dear Isla,", "Warm wishes,\nFreya",
 "geocaching trail design (council country park)", "warm", [
 [("Thank you for walking me round the lakeside path last week; the heron was a lovely bonus.", "N", "pleasantry"),
  ("A 12-cache loop starting at the visitor centre would bring families past the cafe at the halfway point, which could help with the spring footfall you mentioned.", "N", "value tied to the buyer's goal"),
  ("Each cache would carry a small nature fact, so the trail doubles as the outdoor learning resource your education officer asked about.", "N", "value tied to the buyer's request")],
 [("I'm sorry to hear the Easter event had to be cancelled; the trail could give you something to launch in its place.", "N", "sympathy, not self-abasement"),
  ("Could we meet on the 21st to agree the route before the ranger team marks it?", "N", "clear next step")]]),

("Tamper-evident hologram labels, own-brand range", "Dear Ms Kaur,", "Yours faithfully,\nEdward Lyle",
 "hologram security labels (pharmacy chain own-brand)", "formal", [
 [("Thank you for your specification for the 38 own-brand lines.", "N", "thanks"),
  ("A void-pattern hologram would show your customers at a glance that a pack has been opened, which addresses the two returns incidents you described.", "N", "value tied to the buyer's problem"),
  ("Our holograms are protected by seven patents and are used by three of the world's five largest banknote printers.", "S", "generic credentials boast")],
 [("I have attached the artwork proofs, and I must have your approval by Wednesday, as it is the final day of our sales quarter.", "HS", "attachment plus an approval date for the seller's quarter (rule 16)"),
  ("Should that be difficult, I could instead hold our old price if your marketing team agrees to a joint case study.", "ST", "borderline: concession offered for a case study (rule 7)"),
  ("Please let me know whether your packaging technologist can attend a trial run on the 9th, as I've promised my manager a trial before the month is out.", "HS", "a trial date pressed for the manager's wish (rule 16)")]]),

("Hurdles for the athletics club", "Hello Coach Baxter,", "Kind regards,\nLuca Bertoni",
 "athletics hurdles (amateur athletics club)", "non-native English", [
 [("Thank you for the call yesterday and for explain the needs of your junior group.", "N", "thanks"),
  ("The adjustable hurdle go from 50 cm to 106 cm, so the same set serve the under-11 and the seniors.", "N", "product detail tied to the club"),
  ("I am very sorry, I am not sure, maybe it is possible perhaps to send you some samples, if you agree?", "T", "apology plus stacked hedges plus permission-seeking")],
 [("Sorry again for my many emails, I do not want to disturb.", "T", "apologising for following up"),
  ("Delivery to the track is possible on 5 April, and if the price is problem I can give 20% off immediately, no condition.", "T", "a real date plus an unconditional discount (rule 7)"),
  ("The frames stack on one trolley, so two juniors can move the whole set, and all the big clubs in Italy already use this model, so if you wait you stay behind.", "H", "product detail plus peers-already-bought FOMO")]]),

("Horse walker for the yard", "Hi Sophie,", "Speak soon,\nHarriet",
 "horse walkers (livery yard)", "chatty", [
 [("Loved seeing the new barn, the rubber matting looks fab.", "N", "pleasantry"),
  ("A six-horse walker on the paddock by the arena would free up about two hours of your staff's day, going by the turnout rota you showed me.", "N", "value from the buyer's own rota"),
  ("Your yard needs this, no question, and I'd hate you to be the yard that dithers while the others race ahead.", "H", "'you need this' directive plus FOMO")],
 [("Ground works would start on the 12th, and I've asked our accounts team to raise the deposit invoice so it's waiting for you.", "H", "a start date plus an invoice before a yes"),
  ("We've installed over 3,000 walkers across Europe and our founder rode at Badminton!", "S", "generic boast with exclamation"),
  ("Fancy a look at one running at a yard near you?", "N", "borderline: bare demo ask (rule 9)")]]),

("Infusion pump lease, Ward 3", "Dr Obi,", "Alex",
 "infusion pump leasing (community hospital)", "terse", [
 [("Lease terms attached as requested.", "N", "attachment"),
  ("The pumps share one drug library, so your nurses program once for all 24.", "N", "value for the buyer's nurses"),
  ("I'll have to check with my sales director whether I can go lower on the monthly rate.", "T", "deferring to a manager on a discount (rule 12)"),
  ("Need your answer before Friday, my forecast closes then.", "HS", "decision date for the seller's forecast (rule 16)"),
  ("Training could run on 2 and 3 June, and I'll be honest, this deal would put me top of the team leaderboard.", "S", "logistics plus the seller's own stake, no demand")]]),

("Injection mould tool for the 38 mm closure", "Mr Reinholt,", "Nick Farrow",
 "injection mould toolmaking (packaging manufacturer)", "blunt", [
 [("Your current tool is running at 14.2 seconds a cycle against 9 for a modern hot-runner design.", "N", "insight from the buyer's data"),
  ("At your volume of 11 million caps a year, that gap costs you roughly a second shift.", "N", "quantified cost of delay as information (rule 5)"),
  ("I'd recommend the 32-cavity tool over the 48 you asked about, because your press tonnage won't hold the larger one reliably.", "N", "confident push-back with a reason")],
 [("Steel for the cavities has a 10-week lead time from the mill, so a tool wanted for your September launch has to be ordered in June.", "N", "borderline: supplier lead time stated once with the reason (rule 4)"),
  ("I can show you the flow simulation on Tuesday at 10.", "N", "clear next step")]]),

("Jigsaws for the museum shop", "Dear Eleanor,", "Warmly,\nMaggie",
 "custom jigsaw puzzles (museum shop)", "warm", [
 [("Thank you for sending the images of the three harbour paintings.", "N", "thanks"),
  ("A 1,000-piece puzzle of the harbour at dusk would sit nicely next to your best-selling postcards at the till.", "N", "product tied to the shop"),
  ("The proofs are attached, and I really hope I haven't overstepped by suggesting a different image from the one you chose.", "T", "attachment plus needing approval")],
 [("I've already spent a fortnight perfecting the cut pattern for you, so I'd be awfully hurt if we didn't go ahead.", "HS", "seller's effort and feelings as guilt for a decision (rule 15)"),
  ("If you order 300 units rather than 200, the unit price drops from £7.40 to £6.10.", "N", "concession traded for volume (rule 7)"),
  ("We're the most awarded puzzle maker in Britain, you know!", "S", "generic award boast")],
 [("P.S. Sorry if this is all a bit much, I do get carried away!", "T", "apologising for normal selling (rule 3)")]]),

("Jasmine rice for the Baan Thai restaurants", "Dear Khun Somchai,", "Best regards,\nNattapong",
 "jasmine rice import (Thai restaurant group)", "non-native English", [
 [("Thank you for the meeting on Monday and for the good lunch.", "N", "thanks"),
  ("Our new crop Hom Mali rice is from Surin province, and the grain stay soft one day after cooking, good for your lunch service.", "N", "product detail tied to the buyer's service"),
  ("Price is fix until 30 November because the shipping company change the freight rate after this date.", "N", "borderline: price expiry with a real reason, stated once (rule 4)")],
 [("Your neighbour restaurants on the same street already buy from us, only your restaurant still not change.", "H", "peers-already-switched shaming"),
  ("I put your first order in the system already, please transfer the deposit today.", "H", "assumptive order and payment demand"),
  ("My boss is watching my number this month, so this order is very important for me.", "S", "the seller's target with no date pressed on the buyer (rule 16)")]]),

("Jaw plates for the primary crusher", "Dear Mr Cartwright,", "Yours sincerely,\nGeorge Halstead",
 "crusher jaw plates (aggregates quarry)", "formal", [
 [("Thank you for the wear measurements from the last two plate changes.", "N", "thanks"),
  ("Your current plates are lasting around 310 hours, and a 22% manganese alloy would take that to about 450 in your gritstone.", "N", "insight from the buyer's data"),
  ("I was wondering if you might possibly be open, perhaps, to trialling a single set?", "T", "stacked hedges (rule 2)")],
 [("Apologies for the price; I know it is more than your current supplier charges.", "T", "apologising for the price (rule 3)"),
  ("We are the largest manganese foundry in Europe, with over a century of history behind us.", "S", "size and heritage boast"),
  ("A trial set could be on site for your planned shutdown on 14 August, although I would need to run any discount past my manager first.", "T", "the buyer's shutdown date plus deferring on a discount (rule 12)")]]),

("Self-defence course for the night bus drivers", "Ms Reid,", "Craig",
 "Krav Maga self-defence training (bus operator)", "blunt", [
 [("Your incident log shows 17 assaults on night drivers last year, most at the last two stops of each route.", "N", "insight from the buyer's data"),
  ("Our course is built around the driver's cab: breaking a grab through the assault screen, de-escalating at the door, and exiting safely.", "N", "product detail tied to the buyer's risk"),
  ("If one of your drivers gets hurt next month, it's on you, not me.", "H", "guilt and blame")],
 [("I told my team lead I'd land your depot this week, and I'm not going back to him empty-handed.", "HS", "a time frame for the buyer's yes driven by the seller's standing with his lead (rule 16)"),
  ("The tracker says you opened my last three emails, so don't tell me you haven't seen this.", "H", "read-receipt guilt (rule 13)"),
  ("Sessions can run at the depot on Sundays when the fewest drivers are rostered, and I'll be at your depot gate on Monday whether you reply or not.", "H", "logistics plus a threat to turn up uninvited")]]),

("Kneepads for the gas engineers", "Hi Bev,", "Kath",
 "PPE kneepads (gas servicing contractor)", "terse", [
 [("Sizing chart and prices for 60 pairs attached.", "N", "attachment"),
  ("The gel insert model meets EN 14404 Type 2, which your safety manager listed as required.", "N", "certification the buyer's process requires (rule 8)"),
  ("Just a heads-up: the strap colour changes from next month's batch, so reorders may not match.", "N", "borderline: one polite 'just' (rule 1)"),
  ("Can do delivery to all three depots on the 4th.", "N", "logistics"),
  ("Any questions, ring me.", "N", "plain close")]]),

("Lab coats for the undergraduate labs", "Hi Dr Patel,", "Cheers,\nChloe",
 "lab coats (university chemistry department)", "chatty", [
 [("Thanks for the tour of the new teaching labs, they look amazing!", "N", "pleasantry"),
  ("Our poly-cotton coats with snap fastenings come off in one pull if a student spills something, which your safety officer flagged as the priority.", "N", "product detail tied to the buyer's priority"),
  ("We offer 14 colors, 9 sizes, embroidery, name tapes, three pocket layouts, stud or button fronts and a laundry service.", "S", "feature list")],
 [("I know you said the budget is set in April, but honestly you'd be mad to wait that long.", "H", "overriding the prospect's own process with pressure"),
  ("Everyone in the Physics building already wears ours, so you'd be the odd ones out.", "H", "peers-already-switched shaming"),
  ("Could I pop in on the 11th with the sample sizes, and sorry again if I'm being pushy!", "T", "a clear ask plus an apology for normal selling (rule 3)")]]),

("Diode laser for the Elmtree Skin Clinic", "Dear Dr Hassan,", "Yours most respectfully,\nNadia Fleming",
 "laser hair removal equipment (independent skin clinic)", "very deferential", [
 [("Thank you so very much for allowing me to visit the clinic on Thursday.", "N", "thanks"),
  ("The 808 nm diode handles skin types I to VI, which suits the mix of clients you described.", "N", "product detail tied to the buyer"),
  ("I'm terribly sorry to trouble you again, and I completely understand if you'd prefer not to hear from me.", "T", "apology for following up plus pre-emptive release")],
 [("I hope it's acceptable that I've included a finance option; please forgive me if it's presumptuous.", "T", "needing approval, self-abasing apology"),
  ("Please don't feel obliged to reply at all if it isn't convenient.", "T", "permission to ignore"),
  ("Our trainer could deliver the two-day course on 9 and 10 October, and I'd be glad to take 30% off straight away if that would make you more comfortable.", "T", "the buyer's requested dates plus an unprompted discount (rule 7)")]]),

("Locum cover for the Christmas rota", "Dear Mr Oyelaran,", "Yours sincerely,\nPriyanka Shah",
 "locum pharmacist agency (pharmacy chain)", "formal", [
 [("Thank you for the rota showing the 31 uncovered shifts between 18 December and 3 January.", "N", "thanks, the buyer's dates"),
  ("All of our locums are GPhC-registered and have worked on your dispensing system, so no shift would lose time to induction.", "N", "credential the buyer needs, tied to value"),
  ("We have been voted best locum agency five years running and work with every major chain in the country.", "S", "award and size boast")],
 [("I can confirm cover for all 31 shifts, but I'd need the agreement signed by tomorrow, as my director only approved these rates until then.", "HS", "legit cover confirmation plus a signing date for the manager's approval (rule 16)"),
  ("If that's awkward, I could leave the rates open and let you set them.", "T", "letting the buyer name the price (rule 7)"),
  ("Shall we speak on Friday at 9 to go through the branch list?", "N", "clear next step")]]),

("Crazy golf for the South Cliff gardens", "Hi Tom,", "Cheers,\nDev",
 "crazy golf course build (seaside borough council)", "chatty", [
 [("Thanks for the tour of South Cliff on Monday, what a spot!", "N", "pleasantry"),
  ("An 18-hole pirate course on the old putting green would keep families on site for an extra hour, which helps the cafe concession you're re-letting.", "N", "value tied to the buyer's goal"),
  ("Planning officers usually want eight weeks for a change of use, so an Easter opening means submitting in January.", "N", "borderline: permit lead time stated once with the reason (rule 4)")],
 [("Every resort along the coast has one now, and I'd hate to see you left as the only town without.", "H", "peers-already-bought FOMO"),
  ("My manager's already asking me where this one's up to, so can you get it through cabinet by the 30th?", "HS", "a decision date for the manager's reason (rule 16)"),
  ("We've built 240 courses worldwide and won Leisure Operator of the Year!", "S", "generic boast")],
 [("P.S. Sorry this email has turned into an essay.", "T", "apologising for the length (rule 3)")]]),

("Hangar door repair, Hangar 2", "Dear Mr Shaw,", "Kind regards,\nMalcolm Reid",
 "hangar door repair (private airfield)", "formal", [
 [("Thank you for sending the video of the door sticking at the halfway point.", "N", "thanks"),
  ("From the sound, the bottom guide rollers have worn flat and the drive chain is slipping on the sprocket.", "N", "diagnosis"),
  ("Apologies for the slow reply; I was on a job in Orkney until Tuesday.", "N", "borderline: single courtesy apology with the reason (rule 3)")],
 [("We can replace the rollers and the chain in one day, with the door open so your aircraft can still move.", "N", "'we' but the value is the buyer's"),
  ("Would Monday the 8th suit, given your club's flying calendar?", "N", "clear next step")]]),
]

CURLY_EVERY = 3  # every third email uses the curly apostrophe


def labels_of(code):
    if code == "N":
        return ["NONE"]
    got = [CODE[c] for c in code]
    return [l for l in ORDER if l in got]


def main():
    sent_rows, email_rows = [], []
    sid = 0
    seen_subjects = set()
    for i, (subj, sal, sign, industry, register, paras) in enumerate(EMAILS, 1):
        eid = "s42e%03d" % i
        assert subj not in seen_subjects
        seen_subjects.add(subj)
        curly = (i % CURLY_EVERY == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        subj, sal, sign = fix(subj), fix(sal), fix(sign)
        paras = [[(fix(t), c, n) for (t, c, n) in p] for p in paras]
        body = "\n\n".join(" ".join(t for (t, _, _) in p) for p in paras)
        text = sal + "\n\n" + body + "\n\n" + sign
        score = {l: 0 for l in ORDER}
        carrying = {l: [] for l in ORDER}
        for p in paras:
            for (t, c, n) in p:
                assert t in text, (eid, t)
                assert c in ("N", "H", "S", "T", "HS", "HT", "ST", "HST"), (eid, c)
                labs = labels_of(c)
                sid += 1
                sent_rows.append({"id": "s42-%04d" % sid, "email": eid, "text": t, "labels": labs, "note": n})
                for l in labs:
                    if l in carrying:
                        carrying[l].append(n.startswith("borderline:"))
        for l in ORDER:
            b = carrying[l]
            if not b:
                score[l] = 0
            elif len(b) >= 2 and not all(b):
                score[l] = 2
            else:
                score[l] = 1
        email_rows.append({"email": eid, "subject": subj, "text": text, "labels": score,
                           "_industry": industry, "_register": register, "_curly": curly})

    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for r in sent_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for r in email_rows:
            f.write(json.dumps({k: v for k, v in r.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")

    # re-parse and check
    sents = [json.loads(l) for l in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8")]
    ems = [json.loads(l) for l in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8")]
    bytext = {e["email"]: e["text"] for e in ems}
    for s in sents:
        assert s["text"] in bytext[s["email"]]
        assert s["labels"] == ["NONE"] or all(l in ORDER for l in s["labels"])
    n = len(sents)
    c = Counter()
    for s in sents:
        for l in s["labels"]:
            c[l] += 1
    multi = sum(1 for s in sents if len(s["labels"]) > 1)
    border = sum(1 for s in sents if s["note"].startswith("borderline:"))
    faulty_per_email = Counter(s["email"] for s in sents if s["labels"] != ["NONE"])
    clean = [e["email"] for e in ems if faulty_per_email[e["email"]] == 0]
    two_plus = [e for e in faulty_per_email if faulty_per_email[e] >= 2]
    one_only = [e for e in faulty_per_email if faulty_per_email[e] == 1]
    per_email = Counter(s["email"] for s in sents)
    stats = {
        "emails": len(ems), "sentences": n,
        "NONE": c["NONE"], "NONE_pct": round(100.0 * c["NONE"] / n, 1),
        "hard_close": c["hard_close"], "self_serving": c["self_serving"], "timidity": c["timidity"],
        "multi_label": multi, "borderline": border,
        "clean_emails": len(clean), "emails_2plus_faulty": len(two_plus), "emails_1_faulty": len(one_only),
        "sentences_per_email_min_max": [min(per_email.values()), max(per_email.values())],
        "curly_emails": sum(1 for e in email_rows if e["_curly"]),
        "email_level": {l: dict(sorted(Counter(e["labels"][l] for e in ems).items())) for l in ORDER},
    }
    print(json.dumps(stats, indent=1))
    print("registers:", dict(Counter(e["_register"] for e in email_rows)))
    return stats, email_rows


if __name__ == "__main__":
    main()
