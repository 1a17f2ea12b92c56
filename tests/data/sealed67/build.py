#!/usr/bin/env python3
"""Build sealed67: 40 hand-written sales emails, labelled sentence by sentence from LABELS.md.

Codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combined, e.g. "HS").
A note starting with "borderline:" marks a sentence decided by one of the guide's borderline rules.
Every third email (e003, e006, ...) uses curly apostrophes; the conversion is applied to the
subject, salutation, sign-off and sentences alike, so sentences stay verbatim substrings.
Email-level labels are derived with the guide's scale only (no hand overrides).
"""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["hard_close", "self_serving", "timidity"]
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}

# Each email: (subject, salutation, sign-off, paragraphs); paragraph = list of (sentence, code, note)
EMAILS = [
# e001 marquetry, formal British
("Marquetry panels for the boardroom doors", "Dear Ms Okonkwo,", "Yours sincerely,\nAnthony Garrow\nGarrow Marquetry", [
 [("Thank you for sending the door elevations and the sample of the existing walnut frame.", "N", "courtesy"),
  ("The sycamore and bog-oak pattern you sketched will work at the 1.2 m panel height, and I have priced it with a shellac finish to match the frames.", "N", "concrete product detail tied to the prospect's sketch")],
 [("Our workshop has been honoured by the Worshipful Company of Furniture Makers four times, and our panels hang in two royal residences.", "S", "generic boast: awards and prestige clients, not tied to the buyer"),
  ("The quotation is attached at £14,800, and I must ask you to confirm by Thursday, as after that I shall release your bench time to another client who is waiting.", "H", "legit attachment and price, plus manufactured scarcity/deadline (another client waiting)"),
  ("I would also be grateful if you would let us photograph the finished doors for our catalogue, in return for which I could take a little off the price.", "ST", "borderline: rule 7, discount offered to win a favour (catalogue photos) = self_serving + timidity")],
 [("I can visit the boardroom on 3 March to take final measurements, if that isn't too great an imposition on your diary and you're quite sure it's convenient.", "T", "legit visit date, plus permission-seeking hedges (rule 2)")]]),
# e002 moss wall, chatty American
("Moss wall for the atrium", "Hi Dana,", "Cheers,\nMarco", [
 [("Great meeting you at the walkthrough on Tuesday!", "N", "pleasantry"),
  ("Preserved reindeer moss needs no irrigation or light, which solves the problem you mentioned with the atrium's north glass.", "N", "'needs' is a product property; value tied to prospect's problem")],
 [("Honestly, I've spent most of this week redrawing the layout around your columns, so I'd really appreciate a yes before the holidays.", "HS", "rule 15: seller's effort offered as the reason the prospect owes a decision"),
  ("Your lobby basically needs this wall if you want the building to feel finished.", "H", "'you need this' as a directive, no analysis behind it"),
  ("The 18-foot version comes to $21,400 installed, and I'm happy to shave off another 15% right now if that makes the decision easier.", "T", "legit price, plus unprompted unconditional discount (rule 7)")],
 [("Could we get 20 minutes on Thursday to look at the moss samples together, since my manager wants a signed order from me by the end of the week?", "HS", "legit meeting ask, plus rule 16: seller's manager as the reason for a date on the order")]]),
# e003 mud kitchens, warm British, CLEAN
("Mud kitchens for the Little Wrens garden", "Hello Priya,", "Warm wishes,\nBeth at Puddle & Pan", [
 [("Thank you for showing me round the garden at Little Wrens on Friday; the children's den under the willow was a delight.", "N", "pleasantry")],
 [("Based on the space by the sandpit, I'd suggest two of the larger kitchens rather than three small ones, so that eight children can play at once without queueing.", "N", "confident recommendation with a reason tied to the prospect"),
  ("Both are made from larch offcuts with rounded edges and a removable sink bowl that your staff can tip and rinse in seconds.", "N", "product detail tied to staff benefit"),
  ("Your Ofsted visit is due in the spring term, so we could fit them during February half-term while the garden is empty.", "N", "the prospect's own calendar used for logistics, no pressure")],
 [("The quote for two kitchens, fitted, is £1,960, and it's attached with photographs of similar installs.", "N", "price and attachment, neutral"),
  ("Would Tuesday after pick-up suit for a quick call about colours?", "N", "plain ask with a day")]]),
# e004 music therapy, very deferential
("Music therapy sessions for Rowan Ward", "Dear Mr Haldane,", "With the greatest respect,\nEleanor Vance\nHCPC-registered music therapist", [
 [("I do hope you will forgive me for writing again, and I am truly sorry to take up even a moment of your valuable day.", "T", "apologising for following up, self-abasing (rule 3)"),
  ("I was only wondering whether perhaps, if it might not be too inconvenient, you could possibly consider a trial session on Rowan Ward.", "T", "stacked hedges plus permission-seeking (rule 2)")],
 [("In a pilot at a similar unit, agitation scores during the late-afternoon handover fell by about a third over eight weeks.", "N", "evidence relevant to the prospect's ward"),
  ("A block of ten weekly sessions is £950, though please do tell me what figure would sit comfortably with your budget and I will make it work.", "T", "legit price, plus 'name your number' concession (rule 7)"),
  ("Of course, if the answer is no, I completely understand and will simply try again next year.", "T", "pre-emptively accepting a brush-off without a question (rule 11)")],
 [("The session plan and my registration details are attached, and our service was named best in the region at last year's care awards.", "S", "legit attachment, plus generic award boast")]]),
# e005 model railway, blunt
("Model railway for Ward 4", "Kieran,", "Rob Tanner\nTanner Layouts", [
 [("The OO-gauge layout fits the 2.4 m alcove you measured, behind a perspex screen the infection team can wipe down.", "N", "concrete product detail tied to prospect's constraint"),
  ("The revised drawing is attached, and I can see my last three emails to you were all opened, so I'd expect an answer this time.", "H", "legit attachment, plus counting attempts and read-receipt guilt (rule 13)")],
 [("Everyone else on the charity panel has backed this, so it's your signature holding up something the kids want.", "H", "shaming / peers already on board"),
  ("The April build slot is yours if the order is in by 14 March, because that is when our workshop closes for the Easter break.", "N", "borderline: rule 4, a real constraint stated once, neutrally, with its reason"),
  ("If I don't hear by then, I'll put the proposal to your chief executive myself at the charity awards dinner.", "H", "bypass threat (rule 12)")],
 [("P.S. We built the layout for a London children's hospital and ended up on the evening news for it.", "S", "generic boast: prestige client, media")]]),
# e006 menstrual products, terse, public sector (curly)
("Free period products for the four schools", "Hi Ms Adeyemi,", "Jo\nBloomwell Schools", [
 [("Following up on the free-products scheme you mentioned at the heads' forum.", "N", "single follow-up line (rule 13)"),
  ("The dispensers fit the existing cubicle walls without drilling into tiles, 40 units across the four schools.", "N", "product detail tied to the estate")],
 [("We're the UK's number-one period dignity brand, as seen on breakfast TV.", "S", "generic boast: ranking and media"),
  ("Pricing is attached, and I need a purchase order number from you today to hold these rates.", "H", "legit attachment, plus invented same-day deadline / assumptive PO demand"),
  ("My area manager goes through my numbers on Friday, so signing this week would genuinely save my skin.", "HS", "rule 16: seller's manager as the reason for a date on the prospect's signature")],
 [("I can run a short pupil survey first if that would help the governors, and in exchange I'd ask the trust for a written testimonial.", "S", "legit offer, plus favour for the seller (testimonial)")]]),
# e007 mirrors, non-native English
("Mirrors for studio B", "Dear Mrs. Castellano,", "Best regards,\nTomasz Wiśniewski\nLustro Studio Systems", [
 [("Thank you for your request about the mirrors for studio B.", "N", "courtesy"),
  ("The 6 mm safety-backed glass we propose does not distort the reflection, so your dancers can check the line of the arms exactly.", "N", "'we' but the value is the customer's")],
 [("Sorry very much for the price, I know it is high and I am a little ashamed to ask it.", "T", "apologising for the price, self-abasing (rule 3)"),
  ("We are leader company in Europe for mirrors, with 27 years of experience and many prizes.", "S", "generic boast: leading, years in business, awards"),
  ("If is better for you, we can also make 10% less without any condition.", "T", "unprompted unconditional discount (rule 7)")],
 [("Installation can be on 12 or 13 May, when you said the studio is closed, but please confirm before summer because my boss wants the calendar full.", "HS", "legit dates, plus rule 16: seller's boss as the reason for a time frame on the prospect's decision")]]),
# e008 nut roasts, chatty British, CLEAN
("Nut roasts for the Christmas menu, nine pubs", "Hi Gemma,", "Cheers,\nOllie\nGreenleaf Kitchen", [
 [("Good to hear the Christmas menu tasting went well at the Fox on Wednesday.", "N", "pleasantry")],
 [("For the nine pubs, the chestnut and cranberry roast comes frozen in 1.2 kg logs that slice into eight portions each.", "N", "product detail"),
  ("Your chefs said last year's vegan option sold out by the 20th, so I've quoted 30% more than your 2024 order.", "N", "recommendation from the prospect's own data"),
  ("Our allocation of Kent cobnuts closes on 31 October, which is why I'd suggest confirming December quantities before then.", "N", "borderline: rule 4, real supply allocation stated once with the reason")],
 [("Samples for the head chefs are on their way to the Hall Lane kitchen and should arrive on Monday.", "N", "logistics")]]),
# e009 olive trees, warm (curly)
("Olive trees for the terrace planters", "Dear Sofia,", "Warmly,\nLucía Ferrer", [
 [("It was lovely to walk the terrace with you last week, and I can see why your guests linger there at sunset.", "N", "pleasantry"),
  ("For the twelve planters, I'd recommend 40-year-old Picual trees, which cope with the wind off the bay far better than younger stock.", "N", "expert recommendation with a reason")],
 [("As a third-generation family nursery, we have grown olives since my grandfather's day.", "S", "borderline: rule 8, heritage line = self_serving"),
  ("These trees are going faster than we can lift them, and two other hotels on the coast already have theirs.", "H", "manufactured scarcity plus peers already bought (FOMO)"),
  ("The price is €18,600 delivered, and I've put a €2,000 holding deposit on your account so the crane can be booked.", "H", "legit price, plus assumptive payment step before a yes"),
  ("Our trees stand in the lobbies of the Ritz and two royal palaces.", "S", "generic boast: prestige clients")],
 [("I'll be in Málaga on 9 April and could bring a sample tree that morning, though honestly any date is fine, there's no hurry at all on my side.", "T", "legit visit date, plus minimising / zero-urgency permission")]]),
# e010 pasta dies, terse American
("Bronze dies for the extruder", "Mark,", "Dev, Trafila Works", [
 [("Bronze dies for your extruder, quote attached: rigatoni, mezze maniche, bucatini.", "N", "logistics, attachment"),
  ("Bronze gives the rough surface your chefs asked for, so the sauce clings.", "N", "value tied to the prospect's request"),
  ("Lead time is six weeks, and frankly, any serious pasta maker would have ordered by now.", "H", "legit lead time, plus shaming ('any serious...')"),
  ("I'll knock 20% off if you order before my quarter closes on the 30th.", "HST", "rule 7/16: discount conditioned on the seller's date, seller's quarter as the reason"),
  ("Call me Thursday, or I'll take it up with your head chef directly.", "H", "legit call ask, plus bypass threat")],
 [("P.S. The bucatini die alone took our toolmaker three weekends, so a quick answer is the least I'd expect.", "HS", "rule 15: seller's effort as the reason the prospect owes a reply")]]),
# e011 prayer mats, formal public
("Prayer mats for the multi-faith room", "Dear Chaplaincy Team,", "Yours faithfully,\nImran Sheikh\nNoor Textiles Ltd", [
 [("Thank you for your enquiry about replacement prayer mats for the multi-faith room at St Anselm's.", "N", "courtesy"),
  ("We propose 24 washable low-pile mats, which meet the infection-control specification in your tender.", "N", "requirement the buyer's process sets")],
 [("Our range was shortlisted for three design awards last year and is stocked by leading retailers across the Gulf.", "S", "generic boast: awards, stockists"),
  ("We also offer matching book stands, shoe racks, wudu stools, modesty screens, coat hooks, a qibla compass and an LED noticeboard.", "S", "feature/product dump not tied to the request"),
  ("The framework price is £1,150 including delivery, and I've taken the liberty of raising the invoice so the mats can go out on Monday.", "H", "legit price, plus assumptive invoice before a yes"),
  ("The stock is set aside for St Anselm's, and since I went out on a limb with our warehouse to hold it, I'd expect your answer by Friday.", "HS", "rule 15: seller's favour pulled as the reason the prospect owes an answer, with a date")]]),
# e012 playing cards, formal American, CLEAN
("Casino-grade decks for the 40 blackjack tables", "Dear Mr. Delgado,", "Sincerely,\nRachel Kim\nAce Line Playing Cards", [
 [("Thank you for the specifications from your surveillance team.", "N", "courtesy"),
  ("Our plastic bridge-size decks meet the gaming control board requirements you cited, and the attached certificate covers the current audit cycle.", "N", "'our', but a certification the buyer's process requires (rule 8)")],
 [("For the 40 tables, I'd suggest a two-color back rotation so your dealers can spot a stray deck at a glance.", "N", "insight tied to the buyer's operation"),
  ("The price for 6,000 decks is $2.85 per deck, and a 24-month supply agreement would bring it to $2.60.", "N", "borderline: rule 7, concession traded for a longer term = NONE")],
 [("Could we schedule a call on Tuesday at 2 p.m. to review the logo proof with your marketing director?", "N", "clear next step; executive involved at normal course, not a bypass")]]),
# e013 polo mallets, chatty British
("Mallets for the spring season", "Hi Harry,", "Best,\nCharlie", [
 [("Lovely to see the club in such good form at the Cowdray weekend.", "N", "pleasantry"),
  ("The 52-inch mallets with the tipa heads are ready to try, and I can drop a pair at the yard on Saturday.", "N", "concrete detail plus offer")],
 [("Between you and me, I'm one sale off the top spot in our spring league, so your order would mean the world.", "S", "rule 16: seller's own goal, no date or demand on the prospect = self_serving only"),
  ("Most of the Cheshire clubs have switched to our canes already, and you don't want to be the last yard still on the old ones.", "H", "peers already switched, FOMO shaming"),
  ("The spec sheet for both lengths is attached, and sorry this email has turned into such an essay.", "T", "legit attachment, plus apologising for length (rule 3)")],
 [("I'll ring on Monday to hear how the players got on, and if they're not sold I'll knock a third off, no questions asked.", "T", "legit follow-up, plus unprompted unconditional discount")]]),
# e014 peat-free compost, blunt
("Peat-free compost for the parks nurseries", "Mr Patel,", "Gary Fenwick\nBrackenmoor Growing Media", [
 [("The council's own climate plan commits the parks nurseries to peat-free growing from 2026, so I've quoted our certified blend.", "N", "the prospect's own commitment, not seller pressure"),
  ("That's 180 cubic metres across the three nurseries in bulk bags, and our blend has taken the trade's top growing-media award three years running.", "S", "legit quantity, plus generic award boast"),
  ("Our trial at your Hillside nursery had the bedding plants rooting within a week, the same as on peat.", "N", "proof from the prospect's own site")],
 [("You've had the quote for a month, and frankly the silence is unprofessional.", "H", "guilt/shaming resting on the prospect's conduct only (rule 15: hard_close only)"),
  ("The framework price holds at £38 a cubic metre, but sign by Friday or it rises 12% and you can explain that to your cabinet member.", "H", "legit price, plus ultimatum and sarcasm"),
  ("I need this closed before my regional director's review, so let's not drag it out.", "HS", "rule 16: seller's manager review as the time frame for the prospect's decision")]]),
# e015 rush matting, warm British (curly)
("Rush matting for the great hall", "Dear Hannah,", "With warm regards,\nJudith Alder\nFen Rush Weavers", [
 [("Thank you for the photographs of the great hall floor; the old matting has served you well.", "N", "courtesy"),
  ("We plait the rush by hand and sew it in 3-inch strips, exactly as it would have been laid in the 1560s.", "N", "'we', but method detail the heritage buyer needs")],
 [("Our rush has been chosen for Hampton Court, Hardwick Hall and the Globe, and we won a national crafts award in 2023.", "S", "generic boast: famous clients and awards"),
  ("The cutting season ends in late July, so the rush for your order would have to be harvested this summer.", "N", "borderline: rule 4, a real seasonal constraint stated once with its reason"),
  ("I could visit on 4 June to measure the hall, though I hope you won't think me forward for suggesting it, and do say if I've overstepped.", "T", "legit visit date, plus approval-seeking (rule 'needing approval')"),
  ("If you'd rather not go ahead, please don't feel you need to reply at all; we will quite understand.", "T", "pre-emptive release / feel free to ignore (rule 11)")],
 [("P.S. I'm so sorry, I realise I've gone on far too long again.", "T", "apologising for length")]]),
# e016 rolling ladders, terse American
("Rolling ladders for the reading room", "Hi Len,", "Thanks,\nBrett\nCascade Library Fittings", [
 [("Following your call: two oak rolling ladders for the reading room, 9 ft, with brass rail hardware.", "N", "logistics"),
  ("Both lock onto the rail when someone steps on, which answers your safety officer's question.", "N", "answers buyer's question")],
 [("Price is $7,300 for the pair, and if I don't have your card number by tomorrow the rail brackets go back to stock.", "H", "legit price, plus assumptive payment and invented deadline"),
  ("Bottom line, your archive can't function without these.", "H", "'you need this' directive"),
  ("I'm also hoping you'd give us a logo and a quote for our website once they're in.", "S", "favour for the seller (logo/testimonial) before value delivered"),
  ("I've already put your install in for the 18th, so the only thing outstanding is the deposit.", "H", "assumptive install and payment before a yes")]]),
# e017 rescue manikins, chatty British, CLEAN
("Rescue manikins for the lifeguard course", "Hi Aisha,", "Cheers,\nNeil\nAquaSafe Training Supplies", [
 [("Thanks for the quick call about the lifeguard training programme at the Lido.", "N", "courtesy"),
  ("Just a heads-up that the adult manikins come with a water-fill harness, so they sink the way a casualty does rather than floating.", "N", "borderline: rule 1, one polite 'just'")],
 [("For twelve trainees, two adult manikins and one child manikin should keep everyone rotating without long waits in the water.", "N", "recommendation tied to prospect's numbers"),
  ("I've attached the compatibility note, since your assessor mentioned the NPLQ syllabus.", "N", "attachment serving the buyer's process"),
  ("Apologies for the slow reply, I was on a pool assessment in Leeds all of Thursday.", "N", "borderline: rule 3, single courtesy apology for a real delay with the reason")],
 [("Shall I bring a demo manikin to your Wednesday session?", "N", "plain next step")]]),
# e018 scything course, chatty British (curly)
("Scything day for the meadow volunteers", "Hello Tom,", "Best,\nAnnie\nGreenedge Scythe School", [
 [("Lovely to hear the meadow at Cobb's Field is ready for its first cut, and I do hope you don't mind me writing again so soon.", "T", "approval-seeking about following up"),
  ("A one-day course for 12 volunteers covers peening, sharpening and safe mowing, and we bring Austrian scythes for everyone.", "N", "'we' but concrete offer for the buyer")],
 [("I was sort of thinking we could maybe pencil in a date, if that's all right with you and it wouldn't be any trouble?", "T", "stacked hedges plus permission-seeking (rule 2)"),
  ("We're the longest-running scythe school in England and have trained over 4,000 mowers.", "S", "generic boast: years, numbers"),
  ("Normally it's £780, but I'll happily do it for £500 since you're a charity, or whatever you can manage really.", "T", "unprompted discount plus 'name your number' (rule 7)")],
 [("The yellow rattle should have dropped its seed by mid-July, which makes that the best time for the first cut.", "N", "teaching insight")]]),
# e019 snowshoes, chatty American
("Rental snowshoes for the ridge loop", "Hey Jordan,", "Thanks,\nCasey\nSummit Trail Gear", [
 [("Sounds like your winter guiding program is growing fast, congrats on the new trailhead permit.", "N", "pleasantry"),
  ("For 40 rental pairs, our 25-inch frames with heel lifts suit the mixed terrain your guests hit on the ridge loop.", "N", "product tied to prospect's terrain")],
 [("Between you and me, my sales manager has me on a tight leash this month, and landing your order by the 15th would get him off my back.", "HS", "rule 16: seller's manager as the reason for a date on the prospect's order"),
  ("I've already booked our rep to fit your guides on December 3, so all that's missing is your signature.", "H", "assumptive onboarding booked before a yes"),
  ("The pricing sheet is attached, and I'm sorry it's come out so much higher than I'd have liked.", "T", "legit attachment, plus apologising for the price")],
 [("P.S. I put a lot of late nights into pulling these specs together for you, so a quick reply is the least I'd hope for.", "HS", "rule 15: seller's effort as the reason the prospect owes a reply")]]),
# e020 spinning wheels, very deferential British
("Spinning wheels for the beginners' classes", "Dear Mrs Whitlock,", "With very best wishes,\nMargaret Dunn\nWhorl & Wheel", [
 [("Please forgive me for landing in your inbox once more, and for how long my last message ran.", "T", "apologising for following up and for length (rule 3)")],
 [("The double-treadle wheels would suit your beginners' classes, because they stay steady when treadled slowly.", "N", "recommendation with a reason"),
  ("I do hope the price isn't too shocking; I feel quite awkward quoting £520 per wheel.", "T", "legit price, plus apologising for the price"),
  ("I would hate for you to feel let down by us in any way.", "T", "needing approval"),
  ("Six wheels could be delivered to the craft centre in time for your September term.", "N", "logistics around the prospect's term")],
 [("I wondered if, should you find a spare moment, you might possibly let me know your thoughts, only if it suits.", "T", "stacked hedges plus permission-seeking")]]),
# e021 sleeping pods, formal public (curly)
("Rest pod for the acute medical unit", "Dear Dr Mensah,", "Kind regards,\nOwen Price\nRestwell Systems", [
 [("Thank you for sharing the rest-facility findings from the resident doctors' survey.", "N", "courtesy"),
  ("A single pod fits the small room off the acute medical unit, and the 20-minute wake cycle matches the break guidance your rota team described.", "N", "value tied to the prospect's own guidance")],
 [("Our pods are used by NASA contractors, Google and three Premier League clubs.", "S", "generic boast: famous customers"),
  ("The quote is attached, but as another trust has asked for the same demonstration unit, I can only hold it for you until Monday.", "H", "legit attachment, plus manufactured scarcity and deadline"),
  ("You may have to hand this to your medical director, since it clearly isn't a decision your level can manage.", "H", "shaming the prospect's standing (guilt resting on the prospect, rule 15: hard_close only)")],
 [("I'm in Bristol on the 22nd and could set up a trial pod in the doctors' mess for a week, which would also tick off a visit my regional manager keeps asking me about.", "S", "legit offer, plus the seller's manager's wish with no date on the prospect (rule 16: self_serving only)")]]),
# e022 sumo suits, chatty American, CLEAN
("Sumo suits for the family day", "Hi Meera,", "Best,\nTyler\nBig Bounce Rentals", [
 [("Thanks for thinking of us for the Riverside family day on June 14.", "N", "courtesy")],
 [("Two adult suits and two kids' suits on a 5-meter mat will keep the line moving, since each bout lasts under a minute.", "N", "recommendation with a reason"),
  ("Our attendant handles the helmets and wipes the suits down between bouts, so your volunteers stay free.", "N", "'our', but the value is the customer's"),
  ("The four-hour package is $640 including delivery and setup.", "N", "price"),
  ("Your venue's booking office needs our insurance certificate two weeks ahead, so I've attached it now.", "N", "borderline: rule 4/6, a real external requirement stated once, with the reason")],
 [("Would a call Thursday afternoon work to confirm the layout?", "N", "plain next step")]]),
# e023 trout restocking, blunt British
("Restocking the top lake", "Mr Hargreaves,", "D. Pollard\nPennine Trout Farm", [
 [("Following up on your committee's question about restocking the top lake.", "N", "single follow-up line"),
  ("We can deliver 400 rainbows at 2 lb by tanker on a date of your choosing, and every load carries a health certificate.", "N", "concrete offer")],
 [("With a lake that size, you need these fish in this spring or you'll lose half your members by summer.", "H", "'you need' directive plus scare, no analysis"),
  ("I've kept 400 fish back in our ponds for you for three weeks, feeding them out of my own pocket, so the least I'm owed is a decision this week.", "HS", "rule 15: seller's sacrifice for the prospect as the reason a decision is owed"),
  ("Price per fish is £4.20 delivered, and if I don't hear by Friday I'll ring your chairman and sort it out with him.", "H", "legit price, plus bypass threat with a deadline")],
 [("P.S. Every club on the Calder has restocked with us this year, so you'd be the odd one out.", "H", "peers already bought, FOMO shaming")]]),
# e024 treehouse, warm (curly)
("A treehouse by the lake at Fernhill Glen", "Hi Siobhan,", "All the best,\nCallum\nCanopy Builds", [
 [("Thank you for the tour of Fernhill Glen, and forgive me for how long this has taken, I really am hopeless with paperwork.", "T", "self-abasing apology"),
  ("Our arborist checked the beech, and it can carry a two-bed cabin on a floating bracket system without harm to the tree.", "N", "expert finding for the prospect")],
 [("At your nightly rate, a treehouse usually books 80% of the season and pays for itself in about three years.", "N", "value from the prospect's own numbers"),
  ("We've been named Treehouse Builder of the Year twice and featured on national TV!", "S", "generic boast: awards, media, exclamation"),
  ("The planning office takes eight weeks to decide, so I'd submit by mid-March if you want guests in by August.", "N", "borderline: rule 4, permit lead time plus the prospect's own goal"),
  ("The full build is £68,000 including the bridge walkway, though if budget is the worry we could simply meet you halfway.", "T", "legit price, plus unprompted halving concession (rule 7)")]]),
# e025 turnout gear cleaning, formal American public
("Advanced cleaning of turnout gear, Stations 3 and 7", "Dear Chief Alvarez,", "Respectfully,\nMaria Lopez\nClean Line Gear Services", [
 [("Thank you for the opportunity to bid on advanced cleaning for Stations 3 and 7.", "N", "courtesy"),
  ("Our verified facility would collect the gear on Monday and return it by Wednesday, so no crew is short of a second set over a shift.", "N", "'our', but the value is the customer's")],
 [("We are proud to be the fastest-growing gear care company in the Southwest, backed by two leading private equity firms.", "S", "generic boast: growth, investors"),
  ("The pricing you asked for is attached, and I would like your decision before the 8th, since my director wants this account on the board by then.", "HS", "legit attachment, plus rule 16: seller's director as the reason for a date"),
  ("Several neighboring departments have already signed, and it would look odd for yours to be the holdout.", "H", "peers already bought, shaming")],
 [("I can walk your captains through the inspection report format at the Thursday shift meeting, and while I'm there I'd love to give them our full company story.", "S", "legit next step, plus rule 9: 'hear our story'")]]),
# e026 turntables, chatty British
("Decks for the six student booths", "Hey Femi,", "Later,\nSam\nSpin Supply", [
 [("Cheers for showing me round last week, and sorry again for overrunning, and for the texts, and for this email.", "T", "repeated apologies for normal selling")],
 [("For six student booths, the direct-drive decks with the high-torque motor will stand up to beginners scratching all day.", "N", "product tied to the prospect's use"),
  ("They also have 78 rpm, reverse play, three pitch ranges, removable cables, a start-stop brake dial, a digital pitch display and an anti-skate dial.", "S", "feature dump with no outcome"),
  ("I'm not sure, but maybe it could perhaps be worth having a look at them, if you think so?", "T", "stacked hedges (rule 2)"),
  ("Six decks come to £3,540, which I realise is a lot, sorry about that.", "T", "legit price, plus apologising for the price")],
 [("Would Friday at 4 work to try them in room 2?", "N", "plain next step with a time")]]),
# e027 unicycles, American school, CLEAN (curly)
("Unicycles for the after-school club", "Hi Coach Brennan,", "Best,\nDana\nOne Wheel Sports", [
 [("Thanks for sending over the after-school club numbers.", "N", "courtesy"),
  ("For 18 students in grades 4 and 5, twelve 16-inch and six 20-inch unicycles cover the height range you described.", "N", "recommendation tied to the prospect")],
 [("Each one has plastic pedal caps, which protect your gym floor when kids come off.", "N", "product detail, buyer benefit"),
  ("A set of wall-mounted rails would give beginners something to hold while they find their balance.", "N", "insight"),
  ("The district's spring purchasing window closes on February 28, so I've sent the quote to your business office as you asked.", "N", "the prospect's own (district) deadline, not pressure")],
 [("Can I stop by Tuesday at 3:30 to show the kids how to mount?", "N", "plain next step")]]),
# e028 vintage tractor, blunt British
("Restoring your Ferguson TE20", "Hello Mr Greaves,", "Regards,\nKen Ashby\nAshby Vintage Restorations", [
 [("Thanks for the photos of the TE20; the engine block looks sound, and the rust on the tinwork is only surface deep.", "N", "expert finding"),
  ("We'd strip it, rebuild the engine and repaint it in the original grey, which is roughly twelve weeks' work.", "N", "scope")],
 [("We've restored over 300 Fergies and won best in show at the county rally four years running.", "S", "generic boast: numbers, awards"),
  ("I have a bay free from September, and if you don't book it now you never will, and the tractor will just rot in that barn.", "H", "legit availability, plus 'now or never'"),
  ("Please, I could really do with this job, so even a small yes would help me out.", "ST", "rule 15: pleading for the seller's own sake = self_serving + timidity")],
 [("I can collect it on the low-loader any Wednesday, and I'll take the card details for the £1,500 deposit before I set off.", "H", "legit logistics, plus assumptive payment step before a yes")]]),
# e029 virtual tours, American higher ed
("360 tour of the visit route", "Hello Dr. Whitfield,", "Best regards,\nNate Romero\nWalkround 360", [
 [("Thanks for the admissions numbers you shared; the drop in out-of-state campus visits is striking.", "N", "courtesy, insight"),
  ("A 360-degree tour of the twelve buildings on your visit route would let families in Texas and California walk the quad from home, and honestly your office needs this more than any school I've pitched.", "H", "legit value, plus 'you need this' directive"),
  ("Colleges that added a tour like this saw application starts rise by about 18%, mostly from students who never visited in person.", "N", "social proof turned into relevance")],
 [("Our team has been heads-down on a gorgeous new viewer, and I'm dying to show off everything it can do.", "S", "rule 9: 'show off' our product, seller-centred"),
  ("Every week without the tour is another batch of applicants lost to schools that have one, so this really can't wait.", "H", "rule 5: cost of delay used to push, no number"),
  ("I've attached the proposal, and I'll go ahead and send the invoice Monday unless I hear otherwise.", "H", "legit attachment, plus silence-means-yes assumptive invoice")]]),
# e030 village sign, warm British (curly)
("Restoring the Ashwell village sign", "Dear Mrs Pemberton,", "Kind regards,\nPeter Lunn\nLunn Carving & Signs", [
 [("Thank you for letting me look at the village sign at close quarters on Saturday.", "N", "courtesy"),
  ("The oak post has rot at ground level, so I'd recommend a new post on a steel shoe rather than a patch, which would fail again within a few winters.", "N", "expert recommendation backed by inspection (rule 6)"),
  ("The carved panel can be cleaned and repainted in the original colours from the 1953 photograph, as our family has been carving signs since 1921.", "S", "borderline: rule 8, heritage line (legit scope kept)")],
 [("I'm afraid this may sound a bit silly, but I was rather hoping, if it's not an imposition, that the council might perhaps consider it?", "T", "stacked hedges plus permission-seeking"),
  ("I'm terribly sorry the quote has come to £2,300, and sorrier still to be asking again.", "T", "legit price, plus apologising for the price and for following up"),
  ("The parish council meets on the 14th, so I'll have the written specification with the clerk by the 10th.", "N", "the prospect's own date")]]),
# e031 wave machine, formal British public
("Wave machine refurbishment, Splash Lagoon", "Dear Mr Ahmed,", "Yours sincerely,\nGraham Holt\nAquaTech Leisure Engineering", [
 [("Thank you for sharing the fault log for the wave machine at Splash Lagoon.", "N", "courtesy"),
  ("The log points to the blower bearings, which explains the drop in wave height your duty managers reported.", "N", "insight from the prospect's data")],
 [("Every weekend the waves are off, you're losing families to the leisure centre across town, so you need to get this moving immediately.", "H", "'you need' directive plus push, cost of delay as pressure"),
  ("Our engineer could refurbish both blowers in a single overnight shutdown before the Easter holidays.", "N", "'our', concrete offer"),
  ("I can only keep that shutdown slot if I have your deposit by 5pm tomorrow, as my manager needs the job on this month's figures.", "HS", "legit slot, plus rule 16: seller's manager/figures as the reason for a deadline"),
  ("We'd also like to feature Splash Lagoon as a case study, and I'd take 10% off the refurbishment in return.", "ST", "borderline: rule 7, discount to win a case study = self_serving + timidity")]]),
# e032 writing workshops, warm British
("Memoir course for the education department", "Dear Ruth,", "Warmly,\nClare Holloway", [
 [("Thank you for the time on Thursday, and for the tour of the library at HMP Stanmoor.", "N", "courtesy"),
  ("A six-week memoir course for ten learners would fit the Tuesday education slot, and the pieces could become an anthology for the library shelves.", "N", "value tied to the prospect")],
 [("I've been shortlisted for two national prizes, and my last novel was read on the radio at bedtime.", "S", "generic credential boast, not tied to the learners"),
  ("I'd love to run the first session on 4 March, and I've rather poured my heart into this proposal, so I'd be very hurt to hear nothing back.", "HS", "legit date, plus rule 15: seller's feelings and effort as the reason the prospect owes a reply"),
  ("The fee is £1,800, though I'm a little embarrassed to ask that much and would quite understand if it's too steep.", "T", "legit fee, plus apologising for the price")],
 [("I'm free to meet the governor on any Wednesday in March, and if it helps I could bring the fee down to whatever the budget can stretch to.", "T", "legit meeting offer, plus 'name your number' concession (rule 7)")]]),
# e033 wine list, formal British (curly), CLEAN
("Reworking the list for the three bistros", "Dear Mr Fairbairn,", "Yours sincerely,\nHelena Marsh", [
 [("Thank you for the sales data from the three bistros.", "N", "courtesy"),
  ("The figures show that bottles between £28 and £38 earn most of your margin, yet the list has only four wines in that band.", "N", "insight from prospect data")],
 [("I'd suggest adding eight wines there, weighted towards Loire whites to match the shellfish dishes on the new menu.", "N", "confident recommendation"),
  ("I'd hold off on the pairing flight you mentioned until staff training is in place, because the data suggests it would not yet pay for itself.", "N", "respectful push-back"),
  ("My fee for the review and the staff tasting is £2,400, and the draft list is attached.", "N", "price and attachment")],
 [("Could we meet at the Quayside bistro on Monday at 3 to taste the shortlist?", "N", "clear next step with a time")]]),
# e034 walking frames, non-native English
("Four-wheel frames for the falls clinic", "Dear Mr. O'Donnell,", "Best regards,\nPiotr Nowak\nMobiMed Europe", [
 [("Thank you for your message about the falls clinic.", "N", "courtesy"),
  ("Our four-wheel frames have the seat and the brakes that your physiotherapists asked, and they fold for the car.", "N", "product tied to prospect's request")],
 [("Maybe, if you want, and only if is possible, we could perhaps send some samples?", "T", "stacked hedges plus permission-seeking"),
  ("Also my director is asking me why this order is not closed, so please, can you sign before end of month?", "HS", "rule 16: seller's director as the reason for a date on the signature"),
  ("I attach the price list, and I can also give 15% more discount if this help you to decide.", "T", "legit attachment, plus unprompted discount")],
 [("We can visit the clinic on 7 or 8 November for show the frames, and we are biggest maker in Poland with ISO, CE and many awards.", "S", "legit visit dates, plus generic boast")]]),
# e035 zebrafish, formal American
("Recirculating system for the new aquatics room", "Dear Dr. Lindqvist,", "Best regards,\nJennifer Walsh\nAquaHab Systems", [
 [("Thank you for the floor plan of the new aquatics room, which our award-winning design team has already worked into a layout.", "S", "legit acknowledgement, plus generic award boast"),
  ("A five-rack recirculating system with 300 tanks fits along the north wall, and the UV and biofilter stage keeps pathogen loads within the limits your animal care protocol sets.", "N", "product tied to the buyer's protocol")],
 [("We are the world's leading supplier of aquatic housing, trusted by 19 of the top 20 research universities.", "S", "generic boast: leading, ranking"),
  ("Lead time is 14 weeks, and I'll need the PO before our fiscal year ends on the 31st to get these numbers past my VP.", "HS", "legit lead time, plus rule 16: seller's fiscal year and VP as the reason for a date"),
  ("I have already scheduled our installation engineer for the week of March 9, so please send over the PO and payment details.", "H", "assumptive installation and payment before a yes"),
  ("I can arrange a visit to a university facility that runs the same configuration, and in return we'd want your lab on our reference list.", "S", "legit offer, plus favour for the seller (reference logo)")]]),
# e036 oars, chatty British (curly)
("Oars for the gig club", "Morning Jess,", "Cheers,\nMatt\nTrevose Oars", [
 [("Great to see the crew out at the Newquay regatta, and sorry if my calls last week were a bit much.", "T", "apologising for normal selling (following up)"),
  ("The spruce oars in 3.6 m and 3.8 m are built to the association spec, so they're legal for the championships.", "N", "requirement the buyer's racing needs")],
 [("I'll be honest, if I don't sell ten sets this month I miss my bonus.", "S", "rule 16: seller's need with its own period, no date on the prospect = self_serving only"),
  ("The crew you raced on Sunday already row with ours, and you saw how that went.", "H", "peers already bought, FOMO jab"),
  ("The set of six is £2,850, and I've pencilled in delivery for the 20th, so just let me know which card you'll be paying with.", "H", "legit price, plus assumptive payment step")],
 [("I can bring a pair down to the slipway so the crew can try them, though if they don't suit I completely understand and won't trouble you again.", "T", "legit offer, plus pre-emptive release (rule 11)")]]),
# e037 rust-proofing, blunt
("Rust-proofing the nine minibuses", "Mr Doyle,", "Lee\nShieldCoat Fleet Care", [
 [("Your fleet inspection flagged corrosion on the sills of four of the nine minibuses.", "N", "fact from the prospect's own inspection"),
  ("Cavity wax and underbody treatment on all nine would add about four years to their working life, which is cheaper than the replacement cycle you showed me.", "N", "value from the prospect's own numbers")],
 [("I'm not chasing this forever, so this is your final chance at the fleet rate.", "H", "last-chance ultimatum"),
  ("You clearly don't take your drivers' safety as seriously as your depot manager does.", "H", "shaming"),
  ("The quote for all nine is attached, and if you won't look at it I'll send it to your transport director on Monday and let him decide instead.", "H", "legit attachment, plus bypass threat")],
 [("Frankly, your fleet needs this done before winter, end of story.", "H", "'you need this' directive")]]),
# e038 skateboards, chatty British, CLEAN
("Boards and pads for the Sunday sessions", "Hey Tash,", "Cheers,\nRyan\nConcrete Wave Supply", [
 [("Good to finally meet the crew at the Sunday session.", "N", "pleasantry"),
  ("For twenty kids starting out, complete 8-inch boards with softer wheels will roll better on the car park tarmac you're using.", "N", "recommendation tied to the prospect")],
 [("Helmets and pads are in the quote too, sized small to large, since half your group is under twelve.", "N", "logistics tied to the group"),
  ("The youth fund grant you mentioned closes on 30 September, so I've written the quote in the format their form asks for.", "N", "the prospect's own external deadline, used to help")],
 [("Just let me know if the committee wants different graphics on the decks.", "N", "borderline: rule 1, one polite 'just'"),
  ("Can we chat on Thursday after the session?", "N", "plain next step")]]),
# e039 tug-of-war ropes, formal British (curly)
("Competition ropes for the county show", "Dear Mr Barraclough,", "Yours sincerely,\nAlan Moss\nNorthern Rope Co.", [
 [("Thank you for your enquiry about competition ropes for the county show.", "N", "courtesy"),
  ("Our 35 m manila ropes meet the competition diameter, with the centre and marker tapes already fitted.", "N", "spec the buyer's event requires")],
 [("The rope price is £420 each and the test certificate is attached, but a decision this week would really help me reach my target.", "HS", "legit price and attachment, plus rule 16: seller's target as reason for a date, phrased as a favour"),
  ("Every other show committee in the county has ordered theirs already, so I wouldn't leave it too late.", "H", "peers already bought, manufactured urgency"),
  ("Please do forgive the persistence, and I'm sorry if I've been a nuisance.", "T", "apologising for normal selling"),
  ("Our ropes have been pulled at every national championship since 1982, and we hold a royal warrant.", "S", "generic boast: heritage, warrant")]]),
# e040 window boxes, chatty British
("Window boxes along Market Row", "Hi Kirsty,", "Best,\nFrankie\nBloomline Planting", [
 [("It was good to see Market Row so busy on Saturday, and I'm sorry to pop up again when I know you've far bigger things on.", "T", "apologising for following up"),
  ("For the 26 shopfronts, self-watering troughs would keep the planting going through August without anyone watering daily.", "N", "value tied to the prospect")],
 [("Only dropping back in for a second, and it's honestly fine to leave this unanswered.", "T", "minimising follow-up as the purpose, plus feel free to ignore"),
  ("We are the award-winning planting firm behind Chelsea gold medal gardens and some of London's best-known hotel frontages.", "S", "generic boast: awards, prestige clients"),
  ("Summer bedding has to go in by late May to establish, so we'd plant on the 20th if the order is in by the 9th.", "N", "borderline: rule 4, real horticultural constraint stated once with the reason"),
  ("The troughs are £145 each planted, and if the traders are tight on budget, tell me what you can afford and I'll match it.", "T", "legit price, plus 'name your number' concession")]]),
]


def labels_of(code):
    if code == "N":
        return ["NONE"]
    got = [CODE[c] for c in code]
    return [l for l in ORDER if l in got]


def curl(s):
    return s.replace("'", "\u2019")


def main():
    assert len(EMAILS) == 40, len(EMAILS)
    emails_out, sents_out = [], []
    sid = 0
    subjects = set()
    for i, (subject, sal, signoff, paras) in enumerate(EMAILS, 1):
        eid = "s67e%03d" % i
        c = (i % 3 == 0)
        f = curl if c else (lambda s: s)
        assert subject not in subjects
        subjects.add(subject)
        body_paras = []
        rows = []
        for para in paras:
            texts = []
            for text, code, note in para:
                assert set(code) <= set("NHST") and (code == "N" or "N" not in code), code
                t = f(text)
                texts.append(t)
                rows.append((t, labels_of(code), note))
            body_paras.append(" ".join(texts))
        text = f(sal) + "\n\n" + "\n\n".join(body_paras) + "\n\n" + f(signoff)
        score = {}
        for lab in ORDER:
            carriers = [r for r in rows if lab in r[1]]
            nonb = [r for r in carriers if not r[2].startswith("borderline:")]
            if not carriers:
                score[lab] = 0
            elif len(carriers) >= 2 and nonb:
                score[lab] = 2
            else:
                score[lab] = 1
        for t, labs, note in rows:
            assert t in text, (eid, t)
            sid += 1
            sents_out.append({"id": "s67-%04d" % sid, "email": eid, "text": t, "labels": labs, "note": note})
        emails_out.append({"email": eid, "subject": f(subject), "text": text, "labels": score})
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as fh:
        for e in emails_out:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as fh:
        for s in sents_out:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    # re-read and check parse
    for name in ("test-emails.jsonl", "test.jsonl"):
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            for line in fh:
                json.loads(line)
    # stats
    cnt = collections.Counter()
    faulty_per_email = collections.Counter()
    for s in sents_out:
        for l in s["labels"]:
            cnt[l] += 1
        if s["labels"] != ["NONE"]:
            faulty_per_email[s["email"]] += 1
    multi = sum(1 for s in sents_out if len(s["labels"]) > 1)
    border = sum(1 for s in sents_out if s["note"].startswith("borderline:"))
    n = len(sents_out)
    clean = [e["email"] for e in emails_out if faulty_per_email[e["email"]] == 0]
    two_plus = [e["email"] for e in emails_out if faulty_per_email[e["email"]] >= 2]
    one = [e["email"] for e in emails_out if faulty_per_email[e["email"]] == 1]
    lens = collections.Counter(sum(1 for s in sents_out if s["email"] == e["email"]) for e in emails_out)
    elev = {l: collections.Counter(e["labels"][l] for e in emails_out) for l in ORDER}
    print("emails", len(emails_out), "sentences", n)
    print("NONE %d (%.1f%%)" % (cnt["NONE"], 100.0 * cnt["NONE"] / n))
    for l in ORDER:
        print(l, cnt[l], "email-level", dict(sorted(elev[l].items())))
    print("multi-label", multi, "borderline", border)
    print("clean emails", len(clean), clean)
    print("2+ faulty emails", len(two_plus), "exactly one faulty", one)
    print("sentences per email", dict(sorted(lens.items())))
    assert len(clean) == 8 and len(two_plus) == 32
    LEGIT[0] = sum(1 for x in sents_out if x["labels"] != ["NONE"] and x["note"].startswith("legit"))
    write_readme(n, cnt, multi, border, elev, clean, two_plus, lens, emails_out)


LEGIT = [0]

INDUSTRIES = """marquetry; moss walls (preserved); mud kitchens (early years); music therapy (NHS ward);
model railway (children's ward); menstrual products (schools); mirrors (dance studio); nut roasts (pub group);
olive trees (hotel terrace); pasta dies (bronze); prayer mats (hospital chaplaincy); playing cards (casino);
polo mallets; peat-free compost (council nurseries); rush matting (heritage hall); rolling library ladders;
rescue manikins (lido); scything courses; snowshoes (rental fleet); spinning wheels; rest pods (hospital doctors);
sumo suit hire; trout restocking (angling club); treehouse build (holiday park); turnout-gear cleaning
(fire department); turntables (DJ school); unicycles (school club); vintage tractor restoration; virtual tours
(360-degree, university admissions); village sign restoration (parish council); wave-machine refurbishment (leisure
pool); writing workshops (prison education); wine-list consultancy; walking frames (falls
clinic); zebrafish housing (research lab); oars (gig rowing); rust-proofing (minibus fleet); skateboards
(youth project); tug-of-war ropes (county show); window boxes (business improvement district)."""


def write_readme(n, cnt, multi, border, elev, clean, two_plus, lens, emails_out):
    legit = LEGIT[0]
    rows = "\n".join("| %s | %d | %s |" % (l, cnt[l], ", ".join("%d: %d" % kv for kv in sorted(elev[l].items())))
                     for l in ORDER)
    txt = """# sealed67: held-out evaluation set (40 sales emails)

> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its
> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).
> It measures nothing now.

**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on
6 December (the ninth session) from the labelling guide alone, blind to that session's later Apply changes, which it
was written to judge, and measured first on the model and rules of that session (rules + model macro-F1 0.925:
hard_close 0.882, self_serving 0.928, timidity 0.964; 0 of 111 clean sentences flagged; email agreement 0.950 / 0.925 /
0.975).

Written by hand, from the labelling guide (`corpus/LABELS.md`) and the product brief alone: no other data set,
rule file or code was read. Every subject, salutation, sentence and sign-off was composed for this set, and
each sentence was labelled one by one against the guide, then re-read once more against it.
`build.py` holds the emails sentence by sentence (label code and a short note each), writes `test.jsonl` and
`test-emails.jsonl`, derives every email-level score with the guide's 0/1/2 scale (no hand overrides), checks
that each sentence is a verbatim substring of its email text, and re-parses every written line.
Run `python3 build.py` to rebuild; it also rewrites this README with the counts below.

## Counts (computed by build.py)

| | Count |
|---|---|
| Emails | %d |
| Sentences | %d |
| NONE | %d (%.1f%%) |
| hard_close | %d |
| self_serving | %d |
| timidity | %d |
| Multi-label sentences | %d |
| Borderline sentences | %d |
| Clean emails (no faulty sentence) | %d |
| Emails with 2+ faulty sentences | %d |

Sentences per email: %s.

Email-level score distribution (0/1/2):

| Label | Sentences | Emails by score |
|---|---|---|
%s

## Design

* %d of the %d faulty sentences (notes starting "legit ...") put the fault in one clause beside something the
  rep must keep (a quoted price, an attachment, a visit date, a lead time, an offer), so a rewrite has to keep
  the legitimate part.
* Fault wordings avoid the textbook phrases; they cover seller effort and feelings as leverage, bypass threats,
  assumptive invoices, deposits and bookings, peers who already bought, the rep's manager, VP, bonus or target
  as the reason, boasts, award and client lists, feature dumps, favours (testimonials, logos, case studies),
  unprompted and name-your-number discounts, stacked hedges, apologies for price, length and following up,
  and pre-emptive surrender.
* Many NONE sentences are hard negatives: the prospect's own dates (council meetings, grant windows, term
  dates), real external constraints stated once with a reason (planning lead time, harvest season, supply
  allocation, venue insurance rules), confident recommendations, proof drawn from the prospect's own data,
  a single follow-up line, one polite "just", one courtesy apology with a reason, a concession traded for term.
* A note starting `borderline:` marks a sentence decided by one of the guide's borderline rules.

## Industries (one trade per email, all M to Z)

%s

## Registers and mix

Formal, chatty, terse, warm, blunt, very deferential and non-native English. British and American spellings
and currencies (GBP, USD, EUR). Public buyers (NHS wards and trusts, councils, parish council, schools and a
school district, prison education, fire department, university) and private ones from one-person firms to
large groups; goods and services. Every third email (s67e003, s67e006, ...) uses curly apostrophes, the others
straight ones. Several emails carry a P.S. line, which is a sentence entry; salutations and sign-offs are not.
""" % (len(emails_out), n, cnt["NONE"], 100.0 * cnt["NONE"] / n, cnt["hard_close"], cnt["self_serving"],
       cnt["timidity"], multi, border, len(clean), len(two_plus),
       ", ".join("%d sentences: %d emails" % kv for kv in sorted(lens.items())), rows, legit, n - cnt["NONE"], INDUSTRIES)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(txt)


if __name__ == "__main__":
    main()
