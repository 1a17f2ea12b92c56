#!/usr/bin/env python3
"""Build the sealed63 evaluation set (hand-written emails, labelled by the guide).

Every body sentence below carries a label code and a short note:
N = NONE, H = hard_close, S = self_serving, T = timidity (combined: HS, HT, ST, HST).
A note starting with "borderline:" marks a sentence decided by one of the guide's borderline rules.
Every third email (3, 6, 9, ...) uses curly apostrophes; the conversion is done here.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"H": "hard_close", "S": "self_serving", "T": "timidity"}
ORDER = ["hard_close", "self_serving", "timidity"]

# (subject, salutation, sign-off, [ (text, code, note), ... ])  -- a text starting "P.S." is a P.S. line
EMAILS = [
("Teaching specimens for the Petrology lab", "Dear Dr Okafor,", "Yours sincerely,\nHenry Calloway\nCalloway Minerals", [
 ("Thank you for sending the list of gaps in the teaching collection after Tuesday's call.", "N", "courtesy"),
 ("I can supply the 40 hand specimens you named, including the banded iron formation and the kimberlite, at £1,860 delivered, and I'd like that order confirmed before the weekend so the pieces don't go to the other universities bidding on this lot.", "H", "legit price + invented rival bidders and a seller deadline in one clause"),
 ("Each specimen comes with a locality card and a thin-section offcut, which should let your second-years compare hand and microscope views in the same practical.", "N", "value tied to the teaching use"),
 ("We have been trading minerals for four generations and have supplied the Natural History Museum, the Sorbonne and two royal households.", "S", "heritage plus generic client boasts, not tied to the prospect"),
 ("Could we hold a 20-minute call on Thursday to agree the labelling format, if that's not too much of an imposition and you can possibly spare it?", "T", "legit meeting ask + hedge and permission-seeking"),
 ("I'd also be grateful for a short testimonial from your department for our catalogue once the pieces arrive.", "S", "favour for the seller, asked before any value delivered (rule 10)"),
]),
("Guides for the Kilimanjaro climb", "Hi Dana,", "Cheers,\nMarco\nSummit Line Expeditions", [
 ("Great talking with you Monday about the foundation's climb next February!", "N", "pleasantry"),
 ("I've pencilled in four lead guides and a medic for your group of 18, and I've already sent the deposit invoice to your finance team so the dates are locked.", "H", "legit staffing detail + invoice sent before any yes (assumptive)"),
 ("Honestly, I fought hard with our ops director to get you those guides, so it would sting a bit if this went quiet now.", "HS", "seller's effort and feelings as guilt for a reply (rule 15)"),
 ("The Lemosho route we discussed adds two acclimatization days, which is what gets first-time climbers to the summit.", "N", "insight tied to the prospect's group"),
 ("The February permits are confirmed on our side, and other hospital foundations in your region signed up back in October, so you're already trailing them.", "H", "legit logistics + peers already bought, shaming"),
 ("Are you free Thursday at 2 to go over the fitness plan with your team captains, since my manager wants this one in the forecast by Friday?", "HS", "legit meeting ask + manager's forecast as the reason for a date (rule 16)"),
 ("P.S. I've knocked 10% off the guide fees already, so you won't even have to ask.", "T", "unprompted discount"),
]),
("Matzah for the Pesach seders in your homes", "Dear Mrs Feldman,", "With warmest regards,\nRuth Abelman\nAbelman's Bakery", [
 ("I'm writing with the kashrut certificate you asked for, and I'm terribly sorry for intruding on your week yet again.", "T", "legit attachment + apology for following up"),
 ("Our shmurah matzah is baked under the Beth Din's supervision, and the certificate is attached for your kashrut officer.", "N", "credential the buyer's process requires"),
 ("I was wondering if perhaps it might possibly suit you to try a small box first, if that's at all acceptable.", "T", "stacked hedges plus permission-seeking"),
 ("For the 11 homes on your list, 260 boxes would cover both seder nights with a margin for visitors.", "N", "sizing tied to the prospect"),
 ("If the price feels high, I'd be glad to take 15% off straight away, and please forgive me for even quoting it.", "T", "unprompted discount + apology for the price"),
 ("Your kitchens would need the delivery by 3 April, since that's when your homes' Pesach kitchen changeover begins.", "N", "the prospect's own date; 'need' is a real prerequisite"),
]),
("Public performance licence for your studios", "Tom,", "Greg Nolan\nTempoRights", [
 ("Your 23 gyms are playing commercial tracks in the studios without a public performance licence, which I confirmed on site visits in Leeds and Hull.", "N", "finding from the prospect's own sites"),
 ("Fines for unlicensed playback start at £3,000 per site, and every week you sit on this is another week of exposure you'll regret.", "H", "borderline: plausible cost of delay used to push (rule 5)"),
 ("Your business has to take our blanket licence, full stop, and there's nothing to deliberate.", "H", "borderline: directive 'you need this' after a real site check (rule 6)"),
 ("I've hit 60% of my target this quarter, so getting your estate signed would make my month.", "S", "seller's target, no date pressed on the prospect (rule 16)"),
 ("I'll be in Sheffield on the 14th and can audit the class playlists at your flagship that morning.", "N", "'I' line that serves the customer"),
 ("The quote for all 23 sites is attached, and if I don't hear back by Friday I'll put it in front of your CEO myself.", "H", "legit attachment + bypass threat with an invented deadline"),
]),
("Mistletoe for the Christmas market", "Hello Siân,", "Warm wishes,\nElin\nTeme Valley Greenery", [
 ("Thanks for the photos of last year's stall; the display looked lovely under the festoon lights.", "N", "pleasantry"),
 ("Our mistletoe is cut from the Tenbury orchards in the last week of November, so it will still be full of berries when your market opens on 5 December.", "N", "concrete detail tied to the prospect's date"),
 ("You mentioned that sprigs dropped berries by mid-month last year; we pack ours in damp hessian rather than plastic, which keeps them on for roughly three weeks.", "N", "answers the prospect's stated problem"),
 ("For 600 bunches, the price is £1.10 each, or £0.95 if you take the full 1,000 and collect from Tenbury yourself.", "N", "concession traded for volume and collection"),
 ("Would a sample crate on Friday help you decide between the two sizes?", "N", "plain ask with a date"),
]),
("Casualty make-up for the Fenton Quarry exercise", "Dear Station Officer Reyes,", "Yours faithfully,\nAnnika Strand\nTrue Wound Studio", [
 ("Thank you for the scenario brief for the 8 May multi-casualty exercise at Fenton Quarry.", "N", "courtesy"),
 ("Our team can apply moulage to 35 casualty actors, including the crush injuries and burns your scenario lists, and frankly no serious training officer would run this exercise without us.", "H", "legit scope + shaming the prospect"),
 ("We are the UK's most decorated moulage studio, with three BAFTA craft nominations and a client list that includes every major hospital drama.", "S", "awards and client boasts"),
 ("The plan I've attached is priced at £7,400, and I'd need the purchase order back by Monday or the artists will be released to another booking.", "H", "legit attachment and price + ultimatum with invented scarcity"),
 ("My regional manager has asked me to land one emergency-services contract before the financial year closes, so this one matters to me.", "S", "manager's wish and the seller's stake, no date pressed on this prospect (rule 16)"),
 ("Would a walk-through with your exercise controller on 22 April work?", "N", "clear next step"),
]),
("Mooncakes for your client gifts", "Dear Ms Leung,", "Best regards,\nWei Chen\nGolden Moon Pâtisserie", [
 ("Thank you for your interest for our mooncakes for your bank clients gift.", "N", "courtesy, non-native phrasing"),
 ("We make the lotus paste with double yolk in our kitchen in Manchester, and our mooncake win gold medal in Hong Kong three times, we are most famous in UK.", "S", "legit product detail + awards boast, non-native"),
 ("Please kindly send us your company card number today so we can reserve the oven time for you.", "H", "payment details before a yes"),
 ("Mid-Autumn Festival is on 6 October this year, so for delivery to your 300 clients the order should be final by 15 September.", "N", "borderline: real external date stated once with the reason (rule 4)"),
 ("Also, if you are happy, maybe you could write a small review on our website, then we give you 10% discount.", "ST", "borderline: discount offered to win a review (rule 7)"),
 ("The tin artwork proof will come tomorrow, and we are sorry to ask so many things, sorry again.", "T", "legit logistics + repeated apology for normal selling"),
]),
("Track panels for the Riverside extension", "Hi Alan,", "Rob\nDalesway Rail Supplies", [
 ("Quote attached: 400 m of 2 ft gauge track panels, 20 kg/m rail, hardwood sleepers, £38,200.", "N", "terse logistics"),
 ("Lead time 9 weeks from order, and I've already booked your panels onto the fabrication schedule.", "H", "legit lead time + assumptive booking before a yes"),
 ("The rail is from a single rolling batch, so the panels will match, but another heritage line has asked about the same batch and I can't hold it past Wednesday.", "H", "legit product detail + manufactured scarcity with a seller deadline"),
 ("Your winter works window closes 1 March, per your email, so ordering by mid-December keeps you inside it.", "N", "the prospect's own date"),
 ("Happy to walk the relay section with your p-way volunteers on Saturday, and I'll bring the invoice along so we can settle it there.", "H", "legit site offer + invoice before a yes"),
 ("This is my third message on this quote, so a yes or no would be only fair.", "H", "counting attempts at the prospect plus entitlement (rule 13)"),
]),
("Refit review, MV Isla Bheag", "Dear Captain MacLeod,", "Kind regards,\nFiona Baird\nBaird Marine Design", [
 ("Thank you for sending the stability booklet and the general arrangement drawings for MV Isla Bheag.", "N", "courtesy"),
 ("We can review the refit proposal against the current MCA requirements and report within 15 working days, for a fixed fee of £12,500, which I appreciate may sound steep, so apologies for that.", "T", "legit scope and fee + apology for the price"),
 ("We are an award-winning naval architecture practice with offices in Glasgow, Bergen and Singapore, and our founders have designed over 200 vessels.", "S", "generic boast"),
 ("Your refit adds 14 tonnes of new accommodation above the main deck, which will raise the vertical centre of gravity, so the inclining experiment should be booked early.", "N", "insight from the prospect's drawings"),
 ("Please sign and return the engagement letter today, as the council's committee can rubber-stamp it afterwards.", "H", "legit document + overriding the buyer's own approval process"),
 ("I'll ask our lead naval architect to join the call on 3 March, and I'd love to use the Isla Bheag as a case study on our website once we're done.", "S", "legit logistics + case-study favour for the seller"),
]),
("Nativity scene for the atrium", "Hi Priya,", "Best,\nJoanne\nNoel Carving Co.", [
 ("Lovely to meet you at the retail expo last week!", "N", "pleasantry"),
 ("Our life-size nativity is hand-carved lime wood, weatherproofed for your open atrium, and we're the only carvers in Britain ever to have made a nativity for Westminster Abbey.", "S", "legit product detail + generic boast"),
 ("I've put the install method and insurance details below, and I'm so sorry this email is such a long one, I know how busy you are.", "T", "legit detail + apology for length"),
 ("The set is £9,800 to hire for six weeks, and if that's too much I can probably just drop it to whatever your budget allows.", "T", "legit price + 'name your number' cave"),
 ("The visuals for the atrium layout are attached, and hopefully I haven't overstepped by sending them before you asked!", "T", "legit attachment + approval-seeking"),
 ("Would Tuesday suit for a site visit to measure the atrium?", "N", "clear next step"),
 ("P.S. The install crew will need the atrium closed for two hours, so an early-morning slot works best.", "N", "logistics"),
]),
("Sea survival for the Moray technicians", "Mr Haldane,", "Kenny Rowe\nNorthSea Survival Ltd", [
 ("Your 26 turbine technicians start on the Moray array in April, and GWO Sea Survival is mandatory before anyone steps onto a transfer vessel.", "N", "real regulatory prerequisite"),
 ("Our next pool course runs 10–12 March in Aberdeen and has 12 seats, which will be gone by Friday, I guarantee it.", "H", "legit date + manufactured scarcity"),
 ("Our director wants this booked before our year-end on the 31st, so could you confirm by then?", "HS", "manager's wish and year-end as the reason for the prospect's date (rule 16)"),
 ("Every other operator on the Moray Firth has already booked with us, and frankly it looks odd that you haven't.", "H", "peers switched + shaming"),
 ("I've put your team's names on the course list and will charge the card on file at the end of the week unless you tell me otherwise.", "H", "silence means go + assumptive payment"),
 ("The course covers helicopter underwater escape and vessel-to-turbine transfer in the wave pool, which is where new starters most often freeze.", "N", "insight tied to the prospect's staff"),
]),
("Boom for the fuel berth", "Dear Harbourmaster,", "With every good wish,\nPeter Hollis\nHollis Marine Response", [
 ("Please forgive me for writing to you again, I know I have already taken up far too much of your time.", "T", "self-abasing apology for following up"),
 ("The 200 m of solid-flotation boom you asked about is in stock at our Grimsby depot, and another port authority has its eye on it, so I wouldn't sit on this.", "H", "legit stock fact + rival buyer as pressure"),
 ("I wondered if it might perhaps be helpful, if it's not too presumptuous, to send a small sample section?", "T", "stacked hedges plus permission-seeking"),
 ("The boom is £68 a metre, and if that's beyond the harbour's budget I'll happily bring it down to whatever you can manage.", "T", "legit price + unconditional concession"),
 ("Your oil spill contingency plan is due for its review in June, and the 200 m figure matches the length your plan specifies for the fuel berth.", "N", "the prospect's own document and date"),
 ("I quite understand if you'd rather not reply at all, no hard feelings whatsoever.", "T", "pre-emptively releasing them (rule 11)"),
]),
("Guide shoes and chain, Arts Tower paternoster", "Dear Ms Adeyemi,", "Yours sincerely,\nDavid Pryce\nPryce Lift Engineering", [
 ("Thank you for showing us round the Arts Tower on Thursday.", "N", "courtesy"),
 ("Having inspected the paternoster, we found wear on 9 of the 38 car guide shoes and a chain elongation of 1.8%, just below the 2% replacement threshold.", "N", "inspection finding"),
 ("I'd recommend replacing the guide shoes now and re-measuring the chain in six months, rather than replacing the chain this year.", "N", "confident recommendation that saves the buyer money"),
 ("Our quote for the guide shoes and the six-monthly check is £14,600, and the work can be done over the Easter closure you mentioned.", "N", "price + the prospect's own window"),
 ("Apologies for the delay in sending this; our chain measurement needed a second reading.", "N", "borderline: single courtesy apology with the reason (rule 3)"),
 ("Shall we book the work for the week of 6 April?", "N", "clear next step"),
]),
("Hail dents in lot C", "Hey Marcus,", "Talk soon,\nJ.T.\nDentFix Mobile", [
 ("Thanks for letting me look at the hail-damaged cars in lot C yesterday.", "N", "courtesy"),
 ("I counted 112 vehicles with dents under two inches, which PDR can fix for about a third of what a body shop charges per panel.", "N", "value from the prospect's own fleet"),
 ("Our techs are certified, insured, featured on three TV shows, and have won the Dent Olympics twice!", "S", "boast with exclamation"),
 ("I've already scheduled my crew for Monday at 7 a.m., so all I need from you is the PO number.", "H", "legit crew/time + assumptive booking before a yes"),
 ("Real talk, I've got a contest at work this month and your fleet would put me over the top, so could you sign by the 30th?", "HS", "seller's sales contest as the reason for a date (rule 16)"),
 ("I can also send the before-and-after photos from lot C, and if Monday's too fast, no sweat at all, whatever works for you.", "T", "legit offer + minimising, whatever-suits-you"),
]),
("Pasties for the three service areas", "Hi Gemma,", "All the best,\nTamsin\nTrevithick Pasty Co.", [
 ("It was great to hear the Westbound site sold out of the trial pasties by 2 p.m. on Saturday.", "N", "pleasantry with prospect data"),
 ("Based on those numbers, I'd plan 180 a day across the three sites, though please tell me if I've overstepped by suggesting a figure at all.", "T", "legit recommendation + approval-seeking"),
 ("We've been baking in Redruth since 1952, and the family recipe hasn't changed in three generations.", "S", "borderline: heritage line (rule 8)"),
 ("I'm personally hoping this one comes off, because I pitched your account to the whole team at our Christmas do.", "S", "seller's stake stated with no blame and no demand (rule 15)"),
 ("Our pasties also took gold at the World Pasty Championships three years running, which we're terribly proud of!", "S", "awards boast"),
 ("The frozen bake-off range has a 9-month shelf life, so your night staff can bake to demand and waste less.", "N", "value tied to the prospect"),
 ("Could we meet at Westbound on the 18th to taste the winter special with your catering lead?", "N", "next step with a date"),
]),
("Carrier bags, samples sent", "Hi Nell,", "Meg\nKraftline Bags", [
 ("Following up on the carrier bag samples I posted on the 2nd.", "N", "single follow-up line (rule 13)"),
 ("Kraft, twisted handles, 320 x 220 mm, your logo one colour, 5,000 at 21p each.", "N", "terse spec and price"),
 ("I've attached the logo proof you asked for, and apologies for cluttering your inbox again.", "T", "legit attachment + apology for following up"),
 ("Price can come down if you want it to, just name a figure.", "T", "asking the buyer to name their number"),
 ("Honestly, I could really use this order, so please say yes if you can.", "ST", "pleading for the seller's own sake (rule 15)"),
 ("If the team would rather wait until spring, no bother at all, I'll leave you in peace until then.", "T", "accepting a stall without a question (rule 11)"),
]),
("Guest pagers for the Saturday queues", "Ravi,", "Dev\nBuzzBack", [
 ("Your food hall queues on Saturdays hit 25 minutes at the grill counter, which you said is costing you walk-outs.", "N", "prospect's own problem"),
 ("Our pagers buzz customers back when the order is ready, and a hall like yours usually sees queue walk-outs halve in the first month.", "N", "proof tied to the prospect's situation"),
 ("You've had the proposal for three weeks and the read receipts say you've opened it four times.", "H", "read-receipt guilt (rule 13)"),
 ("The price is £2,950 for 60 pagers and two chargers, and it goes up 20% on Monday, so move quickly.", "H", "legit price + expiry with urgency language"),
 ("Frankly, any operator who cared about their Saturday trade would have signed this by now.", "H", "shaming ('any serious leader would')"),
 ("Can I bring a demo set to the Saturday lunch service?", "N", "plain ask"),
 ("P.S. Our pagers are already buzzing in over 3,000 venues across 14 countries!", "S", "generic success boast"),
]),
("PP-25 peeler for your shop", "Hello Mr Demetriou,", "Regards,\nLuca Bianchi\nPelaTech UK", [
 ("Thank you for visit our stand at Harrogate's frying trade show.", "N", "courtesy, non-native"),
 ("The PP-25 peeler do 25 kg of potatoes in two minutes, and I already book the engineer for install on Tuesday, you only need pay the deposit.", "H", "legit product detail + assumptive install and payment"),
 ("I must say, your shop cannot go on without this machine, there is nothing more to think.", "H", "telling the prospect what they need, closing off thought"),
 ("The demo machine can come to your shop on Thursday, and my boss say if I sell three more machine before end of month I get bonus, so please order this week.", "HS", "legit demo offer + seller's bonus and boss as the reason for a date (rule 16)"),
 ("Our company is the best in all Europe, we have prize from Italy and Germany and 40 years experience.", "S", "generic boast"),
 ("I send you the manual and video of cleaning, please tell me if your staff have question.", "N", "attachment, offer of help"),
]),
("Your young carers' weekend, 14-15 June", "Hi Orla,", "Speak soon,\nCaitlin\nGlenbrae Trekking", [
 ("Thanks for sending the group details for the 14 young carers on your June weekend.", "N", "courtesy"),
 ("We can run two rides on the Saturday, a gentle one for the seven who've never been on a pony and a longer one over the ridge for the others.", "N", "plan tailored to the group"),
 ("Just a heads-up that riders over 14 stone can't go on our Highland ponies, so please let me know if anyone's near that.", "N", "borderline: one polite 'just' (rule 1)"),
 ("The cost is £38 a rider for a two-hour ride, including hats and body protectors.", "N", "price"),
 ("Do any of the group have additional needs our instructors should plan for?", "N", "discovery question"),
]),
("Speed signs for Mill Lane", "Dear Mrs Whitlock,", "Yours sincerely,\nGraham Tate\nSlowDown Signs Ltd", [
 ("Thank you for the council's request for a quotation for two battery-powered radar speed signs on Mill Lane.", "N", "courtesy"),
 ("Each sign logs every vehicle's speed and time, so the council will have the data the county's highways team asks for before it will consider traffic calming.", "N", "value tied to the buyer's goal"),
 ("I'd hate for the council to think we're being pushy, so please do tell me if I've said anything out of turn.", "T", "approval-seeking"),
 ("We can supply both signs for £5,780 installed, although I'll have to run any discount question past my sales director before I can say anything.", "T", "legit price + deferring on discount to a manager (rule 12)"),
 ("Our own fitters install within two weeks of order, and villages all around you have already fitted these, so it doesn't look great for Mill Lane to be the last.", "H", "legit install detail + peers switched, shaming"),
 ("Your next council meeting is on 12 March, so I'll send the data sheet by the 5th for the agenda pack.", "N", "the prospect's own date"),
]),
("Kashan rose water for the pastry kitchens", "Dear Shirin,", "Warmly,\nLeila\nGolestan Imports", [
 ("It was a joy to taste the sholeh zard at your Finchley branch last week.", "N", "pleasantry"),
 ("Our Kashan rose water is steam-distilled from Damask roses and has no added fragrance, so it won't turn bitter when you bake with it.", "N", "product detail tied to use"),
 ("I do need to say that I put in a lot of late nights getting these samples through customs for you, so I was a bit hurt not to hear back.", "HS", "seller's effort and hurt as guilt (rule 15)"),
 ("We were also named Importer of the Year by Fine Food Digest, as I'm sure you've seen.", "S", "award boast"),
 ("A 20-litre drum is £164, and I've gone ahead and reserved six drums against your account so that's all sorted.", "H", "legit price + assumptive reservation before a yes"),
 ("Would a short call on Wednesday help settle which grade suits your pastry chefs, assuming of course you could maybe find a moment, if it's not a nuisance?", "T", "legit ask + stacked hedges and permission-seeking"),
]),
("Retro jars for the summer", "Hiya Bev,", "Cheers,\nDaz\nSweet Memories Wholesale", [
 ("Hope the half-term rush was kind to you!", "N", "pleasantry"),
 ("Our new retro jar range has 48 lines, including the sherbet pips and cola cubes your customers kept asking about, and we're the biggest retro sweet wholesaler in the North, as you probably know.", "S", "legit range detail + generic boast"),
 ("Only dropping a line again in case the list had floated to the top of your pile, whenever suits, there's honestly no hurry.", "T", "minimising follow-up plus whenever-suits"),
 ("Minimum order is £150 and we deliver free to Whitby on Thursdays.", "N", "logistics"),
 ("Our jars cost a touch more than the cash-and-carry because they're filled to order, so sorry about that.", "T", "legit value reason + apology for the price"),
 ("If you're not keen, totally fine, I'll try you again next summer.", "T", "accepting a brush-off without a question (rule 11)"),
]),
("Helford seagrass restoration: tender response", "Dear Dr Pennington,", "Yours sincerely,\nDr Amira Hassan\nTidewater Ecology", [
 ("Thank you for the partnership's tender documents for the Helford seagrass restoration.", "N", "courtesy"),
 ("We propose planting 2 hectares of Zostera marina using seed bags at the four sites in your monitoring plan.", "N", "proposal"),
 ("Seed collection has to happen in late August, when the spathes ripen, so the contract would need to be awarded by the end of July for planting this winter.", "N", "borderline: real external (seasonal) constraint with the reason (rule 4)"),
 ("On a similar estuary in Plymouth Sound, seed-bag planting established at roughly twice the density of hand planting, and the main lesson was to avoid sites with heavy summer moorings.", "N", "social proof turned into advice"),
 ("Our full method statement and costs of £86,400 are attached.", "N", "attachment"),
 ("Could we visit the Helford sites with your project officer at low water on 19 June?", "N", "next step with a date"),
]),
("Clay animation for the winter appeal", "Hi Kayla,", "Best,\nNate\nClayhouse Studio", [
 ("Thanks for sharing the storyboard for the food bank's winter appeal, it's a lovely idea.", "N", "pleasantry"),
 ("We can shoot the 60-second piece with clay figures on our tabletop set, which tends to get more shares than live action for charity appeals.", "N", "'we' but value for the prospect"),
 ("We're the most-awarded stop-motion studio in the Pacific Northwest, with 14 Emmys on the shelf and Netflix as a client.", "S", "awards and client boasts"),
 ("Our team spent two weekends building sample puppets for you without being asked, so I think we've earned a yes on this.", "HS", "seller's effort as entitlement to a decision (rule 15)"),
 ("The budget is $24,000, and I've already told our crew to start building the set on Monday.", "H", "legit budget + assumptive start before a yes"),
 ("Could we get 30 minutes with your comms director next week to agree the script, or should I just send it straight to your CEO instead?", "H", "legit meeting ask + bypass threat"),
]),
("Tartan tin proof", "Morag,", "Alasdair\nCaledonian Tinplate", [
 ("Artwork proof for the tartan tin attached.", "N", "attachment"),
 ("250 g round tins, four-colour, embossed lid, 20,000 units at 68p, and I've already booked the production slot in your name.", "H", "legit spec and price + assumptive booking"),
 ("Colours match your Pantone refs; need sign-off today or the slot on the line goes.", "H", "legit proof check + ultimatum with no real reason"),
 ("My MD's watching this account, so I need it over the line before month end.", "HS", "seller's MD and month end as the reason for the prospect's order date (rule 16)"),
 ("We've just been shortlisted for Packaging Supplier of the Year, by the way.", "S", "award boast"),
 ("Cheers for the quick turnaround on the colour references.", "N", "thanks"),
]),
("Dating the tithe barn timbers", "Dear Mr Fairbrother,", "Most respectfully,\nDr Edmund Avery\nRingwood Dendrochronology", [
 ("Thank you so much for your kind reply, and I'm ever so sorry for troubling you a second time.", "T", "apology for following up"),
 ("Sampling the tithe barn would take one day, with 12 cores from the principal rafters and tie-beams, and a report in about eight weeks.", "N", "scope"),
 ("I hope you won't think me impertinent, but perhaps the trust might conceivably consider a short site visit on 14 May, when I'm in the county?", "T", "legit visit date + approval-seeking and stacked hedges"),
 ("The fee is £2,900, though I'd be more than happy to reduce it to whatever the trust feels is fair.", "T", "legit fee + name-your-number concession"),
 ("If the barn's timbers are from a single felling, the report would give you a precise date, which your heritage grant application says you currently lack.", "N", "value tied to the prospect's grant"),
 ("If the trust decides against it, please don't give it another thought, and thank you so much for even considering us.", "T", "pre-emptive release + thanks for considering (rule 11)"),
]),
("Milder tempeh for North Dining Hall", "Hi Jordan,", "Best,\nSam\nRooted Ferments", [
 ("Thanks for the feedback from the tasting at North Dining Hall.", "N", "courtesy"),
 ("You mentioned students found the first batch bitter, so we've switched to a shorter fermentation that gives a milder, nuttier flavor.", "N", "answers the prospect's objection"),
 ("Our 5 lb chickpea tempeh blocks are $7.80 each, and they keep for 10 days chilled, which fits your twice-weekly delivery.", "N", "price tied to logistics"),
 ("Sorry to hear the walk-in cooler went down last week; we can hold your order until it's repaired.", "N", "sympathy, not self-abasement (rule 3)"),
 ("Would it help if our chef joined your Tuesday menu meeting to talk through three entrée ideas?", "N", "offer with a date"),
]),
("Till rolls for the 38 branches", "Hi Paul,", "Carl\nRollRight Supplies", [
 ("Your 38 pharmacies use about 9,000 rolls a month, and you told me the current supplier delivered short twice this autumn.", "N", "prospect's own data"),
 ("Our BPA-free 57 x 40 mm rolls are £0.19 each on a 12-month contract, with weekly deliveries from Wakefield.", "N", "price and logistics"),
 ("Twelve of your competitors moved to us this year; don't be the chain still waiting on a van.", "H", "competitors already switched, shaming"),
 ("I've already raised a credit account in your name and our first pallet is loaded.", "H", "assumptive account and shipment"),
 ("Let me walk you through our whole catalogue of 400 consumables on a call.", "S", "whole-catalogue pitch (rule 9)"),
 ("Which day next week suits you for a 20-minute call with your procurement lead?", "N", "plain ask"),
 ("P.S. Feel free to bin all this if the timing's wrong, I won't mind a bit.", "T", "minimising, releasing them in advance"),
]),
("Cactus leather for the AW crossbody", "Hi Ines,", "Speak soon,\nAbi\nPelle Verde", [
 ("Thank you for sending the tech pack for the AW crossbody.", "N", "courtesy"),
 ("Our cactus-based leather comes in the oat and olive colourways you picked, at £24 per metre for 300 metres, and sorry, I know that's on the pricey side.", "T", "legit price + apology for the price"),
 ("Could you send a quick quote for our website about how much you love the material, even before you've cut a sample?", "S", "favour for the seller (testimonial)"),
 ("If that's over budget I could shave it to £19, honestly whatever feels right to you.", "T", "unprompted discount and whatever-you-think"),
 ("Swatches of both colourways are in the post, and sorry if I've got the tone wrong here, I really hope this is all okay.", "T", "legit logistics + apology and approval-seeking"),
 ("The material passes EN ISO 17707 flex testing at 100,000 cycles, so the strap won't crack at the fold like the PU you used last season.", "N", "value tied to the prospect's past problem"),
]),
("Masks for the Hospice Masquerade", "Dear Lady Ashworth,", "With kind regards,\nAlessandra Vio\nBottega Vio", [
 ("Thank you for inviting us to quote for the 250 masks for the Hospice Masquerade on 15 November.", "N", "courtesy"),
 ("Each mask is hand-gilded papier-mâché with satin ribbon ties, and I'll need a 50% deposit by return to put the 250 into production.", "H", "legit product detail + deposit demanded before a yes"),
 ("Our masks have dressed the Venice Carnival, the Met Gala and three Hollywood films, and we are the only workshop with a Doge's seal.", "S", "generic boasts"),
 ("To have them in London by your ball, the order would need to reach us by 20 September, as gilding takes six weeks.", "N", "borderline: real lead time stated once with the reason (rule 4)"),
 ("I must ask for your card details today to secure the gold leaf.", "H", "payment details before a yes"),
 ("The committee's chair assured me last year she would order, and I would hate to tell my director the hospice went back on its word.", "HS", "seller's standing inside her company as guilt (rule 15)"),
]),
("Track taster for your team day", "Hi Ben,", "Cheers,\nLauren\nHallam Velodrome", [
 ("Thanks for the headcount: 32 people, mostly non-cyclists, on Friday 12 September.", "N", "logistics"),
 ("We'd split the group into four taster sessions of eight, so everyone gets 45 minutes on the boards with a coach.", "N", "plan tailored to the group"),
 ("Bikes, helmets and shoes are included, and anyone nervous can start on the flat blue band.", "N", "reassurance for the prospect's people"),
 ("The package is £2,240 including a team pursuit race at the end, which tends to be the bit people talk about on Monday.", "N", "price tied to the outcome"),
 ("Is there anyone with mobility needs we should plan an alternative activity for?", "N", "discovery question"),
]),
("Poles for the junior vaulters", "Hi Coach Rahman,", "Cheers,\nMatt\nVaultline Sports", [
 ("Good to see your juniors at the indoor meet on Sunday.", "N", "pleasantry"),
 ("For the six vaulters you listed, I'd suggest four poles from 11 ft 130 lb up to 13 ft 150 lb, so each athlete can move up a pole as they gain speed.", "N", "expert recommendation"),
 ("The set comes to £2,680 delivered, and because I'm a bit desperate to hit my numbers I could knock another 10% off if you order by Friday.", "HST", "legit price + discount tied to a seller date with the seller's numbers as the reason (rules 7, 16)"),
 ("I'll keep ringing the clubhouse every evening until one of your committee picks up.", "H", "badgering"),
 ("We're the sole UK importer for a brand that two Olympic finalists vault on.", "S", "generic credential boast"),
 ("All four poles carry the certification label your county league checks at competitions.", "N", "credential the buyer's process requires"),
]),
("Wagyu striploin for the tasting menu", "Dear Chef Morales,", "Kind regards,\nOliver Pike\nMoorgate Wagyu", [
 ("Thank you for the tasting on Tuesday; I was pleased the striploin matched the marbling you wanted for the tasting menu.", "N", "courtesy"),
 ("Our British wagyu is graded BMS 7-8, and I can only promise 40 kg of striploin a week if you confirm before the two other restaurants I'm talking to.", "H", "legit grade and volume + rival buyers as pressure"),
 ("The striploin will hold its marbling on your charcoal grill, and you and I both know the serious kitchens in London have already switched, so I'd be surprised to see you fall behind.", "H", "legit product point + peers switched, shaming"),
 ("For a 12-month contract, we can reduce the price from £78 to £71 per kilo.", "N", "concession traded for term (rule 7)"),
 ("I've gone out on a limb with our farm partner to reserve this supply for you, and it would reflect very badly on me if it came to nothing.", "HS", "seller's favour and reputation as guilt (rule 15)"),
 ("Our farm has been in the same family for five generations.", "S", "borderline: heritage line (rule 8)"),
]),
("Roll-on covers for the square", "Hi Steve,", "Jas\nCoverpoint Sports", [
 ("Quote for the roll-on wicket covers: 24 x 6 m, PVC on aluminium frame, £4,350 fitted.", "N", "spec and price"),
 ("Your groundsman said you lost three home games to rain on the square last season, and these go on in under five minutes.", "N", "value from the prospect's data"),
 ("These covers are a must for you before April, end of discussion.", "H", "directive telling the prospect what they need"),
 ("I can fit the covers the week of 3 March, and if I've got nothing back by Monday I'll call your chairman and take it up with him.", "H", "legit install date + bypass threat"),
 ("Half the clubs in the Bradford League bought these last winter, and you don't want to be the one still dragging tarps about.", "H", "peers bought + shaming"),
 ("The order deadline for the spring production run is 15 January, since the factory in Pudsey closes its order book then.", "N", "borderline: real external constraint stated once with the reason (rule 4)"),
]),
("Sextants for the celestial navigation module", "Dear Mr O'Neill,", "Yours sincerely,\nHelen Marsh\nMeridian Nautical Instruments", [
 ("Thank you for the college's enquiry about 16 sextants for the celestial navigation module.", "N", "courtesy"),
 ("For cadets, I'd recommend our aluminium frame model over the brass one; it's 40% lighter, which matters when they're taking sun sights for an hour at a time.", "N", "confident recommendation with reasoning"),
 ("Each comes with a full-horizon mirror, a 4x scope and a calibration certificate your assessor can check.", "N", "features tied to the buyer's assessment"),
 ("At 16 units the price is £620 each, falling to £585 if the college commits to a second set next year.", "N", "concession traded for volume (rule 7)"),
 ("Would it help to send two demonstration units for your instructors to try on the quayside?", "N", "plain offer"),
]),
("Quoits and beds for the eight clubs", "Hi Gareth,", "Diolch,\nRhys\nTaff Vale Quoits", [
 ("Lovely to chat at the league AGM on Friday.", "N", "pleasantry"),
 ("Our quoits are forged steel, 5 lb 8 oz to league weight, with clay beds and pins made to match, and honestly I'm sorry they cost what they do.", "T", "legit product detail + apology for the price"),
 ("I put in three evenings sorting your league's sizing after hours, so the least the committee can do is give me an answer.", "HS", "seller's effort as something owed (rule 15)"),
 ("We're the oldest quoits maker in Wales, and the only one ever featured on Countryfile.", "S", "years in business and media boast"),
 ("For all eight clubs, the price would be £1,920, and I can hold it until your committee meets on the 28th.", "N", "the prospect's own date"),
 ("P.S. Sample quoits can be at the Red Lion for Friday's match, but a league over in Powys is after the same batch, so you'd better be quick.", "H", "legit sample offer + manufactured scarcity"),
]),
("Guided walks for your congress delegates", "Dear Mrs Olsen,", "Best regards,\nJulien Moreau\nAuld Reekie Walks", [
 ("Thank you for your message about the guided walks for the 400 delegates of your congress in Edinburgh.", "N", "courtesy"),
 ("We can organise 20 groups of 20 people for £9,200, but if this is too much for you, you tell me the number and I make it lower.", "T", "legit plan and price + asking the buyer to name their number"),
 ("I hope very much that my proposal is not too bad, and I am sorry if it is not what you want.", "T", "approval-seeking plus apology"),
 ("Maybe it could be possible, if you like, perhaps to have a small call with me?", "T", "stacked hedges"),
 ("Our company win the prize of best tours of Scotland in 2022 and 2023 and is number one in TripAdvisor.", "S", "awards and rankings"),
 ("The Old Town walk takes 90 minutes and finishes at the conference centre, so delegates are back for the 2 p.m. plenary.", "N", "detail tied to the prospect's programme"),
]),
("Samosa samples", "Hi Anita,", "Kiran\nSpice Route Foods", [
 ("Samples went out this morning: vegetable, lamb keema, paneer.", "N", "logistics"),
 ("Frozen, 60 g each, £0.42 each for 10,000 a month, and the first invoice is already raised so we can start Monday.", "H", "legit spec and price + invoice before a yes"),
 ("Price includes delivery to all four of your sites, final offer, valid till 5 p.m. today and then it's gone.", "H", "legit price term + fake deadline"),
 ("I've been chasing you by phone, text and LinkedIn, so please reply.", "H", "multi-channel chasing (rule 13)"),
 ("My area manager has me on a target for new canteen accounts this quarter, so yours would really help me.", "S", "seller's target, no date pressed (rule 16)"),
 ("Tell me which of the three your caterers rate highest and I'll match the spice level for the Diwali week menu.", "N", "plain ask tied to the prospect's menu"),
]),
("Ten large figures for the Scarecrow Trail", "Hello Marion,", "Warm regards,\nBeth\nStrawfolk Makers", [
 ("Thanks for sending the map of the 30 scarecrow spots for the Haddon trail.", "N", "courtesy"),
 ("We can make the ten large figures you asked for, each about 2 m tall on a treated timber frame so they'll stand up to the wind on the green.", "N", "product tied to the site"),
 ("You said the trail opens on 2 August, so we'd install on 30 and 31 July with two of our team.", "N", "the prospect's own date"),
 ("Each figure is £240, and we'll collect and store them after the festival if you'd like to reuse them next year.", "N", "price and offer"),
 ("Do you have themes in mind, or would you like us to suggest a few from the village's history?", "N", "question"),
]),
("Reader obituaries for the Saturday Courier", "Dear Mr Greaves,", "Yours sincerely,\nClare Dunmore\nLifeLines Writers", [
 ("Thank you for the call about the Courier's plan to run longer reader obituaries on Saturdays.", "N", "courtesy"),
 ("Our writers interview families by phone and file a 600-word piece within three days, and we've been voted the UK's top obituary service by the Society of Editors two years running.", "S", "legit service detail + awards boast"),
 ("My team leader has asked me to bring in one newspaper contract by the end of March, so please could the Courier decide by then.", "HS", "manager's wish as the reason for the prospect's date (rule 16)"),
 ("Apologies again for chasing, and apologies if this seems presumptuous.", "T", "repeated apology for following up"),
 ("A trial of 10 obituaries would be £1,500, and I'm sorry it isn't cheaper, I know newspaper budgets are dreadful.", "T", "legit price + apology for the price"),
 ("Would Wednesday afternoon work for a call with your features editor?", "N", "next step"),
]),
]

# (trade, buyer, register) per email, for the README
META = [
 ("mineral specimens", "university geology department", "formal, British"),
 ("mountain guiding (Kilimanjaro charity climb)", "hospital foundation", "chatty, American"),
 ("matzah bakery", "care-home group", "very deferential"),
 ("music licensing", "gym chain", "blunt"),
 ("mistletoe growing", "Christmas market trader", "warm (clean)"),
 ("moulage / casualty make-up", "ambulance service", "formal"),
 ("mooncakes", "private bank", "non-native English"),
 ("narrow-gauge track panels", "heritage railway volunteers", "terse"),
 ("naval architecture", "council-owned ferry operator", "formal"),
 ("nativity carving and hire", "shopping centre", "chatty, deferential"),
 ("offshore sea-survival training", "offshore wind operator", "blunt"),
 ("oil-spill booms", "harbour authority", "very deferential"),
 ("paternoster lift engineering", "university estates", "formal (clean)"),
 ("paintless dent repair", "car rental fleet", "chatty, American"),
 ("pasty bakery", "motorway services operator", "warm"),
 ("paper carrier bags", "small farm-shop group", "terse"),
 ("pagers for guest queues", "food hall", "blunt"),
 ("potato peelers", "one-shop chip fryer", "non-native English"),
 ("pony trekking", "young carers' charity", "chatty (clean)"),
 ("radar speed signs", "parish council", "formal, deferential"),
 ("rose water import", "Persian bakery chain", "warm"),
 ("retro sweets wholesale", "seaside sweet shop", "chatty"),
 ("seagrass restoration", "estuary partnership (public tender)", "formal (clean)"),
 ("stop-motion animation", "food bank charity", "chatty, American"),
 ("shortbread tins", "biscuit maker", "terse, blunt"),
 ("tree-ring dating", "heritage trust", "very deferential"),
 ("tempeh", "university dining", "chatty, American (clean)"),
 ("thermal till rolls", "pharmacy chain", "blunt"),
 ("vegan leather", "small handbag brand", "chatty"),
 ("Venetian masks", "hospice gala committee", "formal"),
 ("velodrome sessions", "corporate team day", "chatty (clean)"),
 ("vaulting poles", "athletics club", "chatty"),
 ("wagyu beef", "steakhouse", "formal"),
 ("wicket covers", "cricket club", "blunt"),
 ("sextants", "maritime college", "formal (clean)"),
 ("quoits", "pub quoits league", "warm, Welsh"),
 ("walking tours", "congress organiser", "non-native English"),
 ("samosas", "contract caterer", "terse"),
 ("scarecrow making", "village festival", "warm (clean)"),
 ("obituary writing", "regional newspaper", "formal"),
]

def curl(s):
    return s.replace("'", "\u2019")

def main():
    assert len(EMAILS) == 40, len(EMAILS)
    emails_out, sents_out = [], []
    sid = 0
    for i, (subject, sal, signoff, sents) in enumerate(EMAILS, 1):
        eid = "s63e%03d" % i
        curly = (i % 3 == 0)
        fix = curl if curly else (lambda s: s)
        subject, sal, signoff = fix(subject), fix(sal), fix(signoff)
        sents = [(fix(t), c, n) for (t, c, n) in sents]
        assert 5 <= len(sents) <= 7, (eid, len(sents))
        # paragraphs: body sentences in pairs, P.S. on its own
        body = [s for s in sents if not s[0].startswith("P.S.")]
        ps = [s for s in sents if s[0].startswith("P.S.")]
        paras = [" ".join(t for t, _, _ in body[k:k + 2]) for k in range(0, len(body), 2)]
        paras += [t for t, _, _ in ps]
        text = sal + "\n\n" + "\n\n".join(paras) + "\n\n" + signoff
        counts = {l: [0, 0] for l in ORDER}  # [carrying, non-borderline carrying]
        for t, c, n in sents:
            assert t in text, (eid, t)
            assert c == "N" or all(ch in CODES for ch in c), (eid, c)
            labels = ["NONE"] if c == "N" else [l for l in ORDER if any(CODES[ch] == l for ch in c)]
            border = n.startswith("borderline:")
            for l in labels:
                if l in counts:
                    counts[l][0] += 1
                    if not border:
                        counts[l][1] += 1
            sid += 1
            sents_out.append({"id": "s63-%04d" % sid, "email": eid, "text": t, "labels": labels, "note": n})
        scale = {}
        for l in ORDER:
            n_all, n_nb = counts[l]
            scale[l] = 0 if n_all == 0 else (2 if n_all >= 2 and n_nb >= 1 else 1)
        emails_out.append({"email": eid, "subject": subject, "text": text, "labels": scale})
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails_out:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for s in sents_out:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # re-parse and verify
    E = [json.loads(l) for l in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8")]
    S = [json.loads(l) for l in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8")]
    etext = {e["email"]: e["text"] for e in E}
    for s in S:
        assert s["text"] in etext[s["email"]]
    n = len(S)
    none = sum(1 for s in S if s["labels"] == ["NONE"])
    per = {l: sum(1 for s in S if l in s["labels"]) for l in ORDER}
    multi = sum(1 for s in S if len(s["labels"]) > 1)
    border = sum(1 for s in S if s["note"].startswith("borderline:"))
    faulty_per_email = {}
    for s in S:
        if s["labels"] != ["NONE"]:
            faulty_per_email[s["email"]] = faulty_per_email.get(s["email"], 0) + 1
    clean = sum(1 for e in E if e["email"] not in faulty_per_email)
    two_plus = sum(1 for v in faulty_per_email.values() if v >= 2)
    one = sum(1 for v in faulty_per_email.values() if v == 1)
    dist = {l: [sum(1 for e in E if e["labels"][l] == k) for k in (0, 1, 2)] for l in ORDER}
    print("emails", len(E), "sentences", n, "NONE", none, "(%.1f%%)" % (100.0 * none / n))
    for l in ORDER:
        print(l, per[l], "email scale 0/1/2:", dist[l])
    print("multi-label", multi, "borderline", border)
    print("emails with 2+ faulty", two_plus, "with exactly 1", one, "clean", clean)
    print("curly emails", sum(1 for e in E if "\u2019" in e["text"]))
    print("P.S. lines", sum(1 for s in S if s["text"].startswith("P.S.")))
    assert len(META) == len(E)
    lines = []
    lines.append("# sealed63: held-out evaluation set for the tone coach")
    lines.append("")
    lines.append("> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    lines.append('**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on')
    lines.append("6 December (the ninth session) from the labelling guide alone, after that session's hard-close line and blind to its")
    lines.append('Apply changes, which it was written to judge, and measured first on the model and rules of that session (rules + model macro-F1 0.891:')
    lines.append('hard_close 0.768, self_serving 0.953, timidity 0.951; 2 of 113 clean sentences flagged; email agreement 0.900 / 0.975 /')
    lines.append('0.925).')
    lines.append("")
    lines.append("Written by hand from the labelling guide (`shared/corpus/LABELS.md`) and the product description alone; no")
    lines.append("other data set, rule or code was read. Every sentence was composed for this set and labelled sentence by")
    lines.append("sentence against the guide, then re-read. Email-level labels are derived by `build.py` with the guide's")
    lines.append("0/1/2 scale (no hand overrides). Run `python3 build.py` to rebuild both files and print these counts.")
    lines.append("")
    lines.append("Files: `test-emails.jsonl` (one email per line), `test.jsonl` (one body sentence per line, P.S. lines")
    lines.append("included, salutations and sign-offs excluded), `build.py` (the sentences, labels and notes, plus checks that")
    lines.append("each sentence is a verbatim substring of its email and that every line parses).")
    lines.append("")
    lines.append("## Counts (computed by build.py)")
    lines.append("")
    lines.append("| | Count |")
    lines.append("|---|---|")
    lines.append("| Emails | %d |" % len(E))
    lines.append("| Sentences | %d |" % n)
    lines.append("| NONE | %d (%.1f%%) |" % (none, 100.0 * none / n))
    for l in ORDER:
        lines.append("| %s | %d |" % (l, per[l]))
    lines.append("| Multi-label sentences | %d |" % multi)
    lines.append("| Borderline sentences | %d |" % border)
    lines.append("| Emails with 2+ faulty sentences | %d |" % two_plus)
    lines.append("| Clean emails | %d |" % clean)
    lines.append("| P.S. lines | %d |" % sum(1 for s in S if s["text"].startswith("P.S.")))
    lines.append("| Emails with curly apostrophes | %d |" % sum(1 for e in E if "\u2019" in e["text"]))
    lines.append("")
    lines.append("Email-level distribution (emails scored 0 / 1 / 2):")
    lines.append("")
    for l in ORDER:
        lines.append("- %s: %d / %d / %d" % (l, dist[l][0], dist[l][1], dist[l][2]))
    lines.append("")
    lines.append("## Design")
    lines.append("")
    lines.append("- %d of the %d faulty sentences put the fault in one clause beside something the rep must keep (a price, a" % (sum(1 for s in S if s["labels"] != ["NONE"] and "legit" in s["note"]), n - none))
    lines.append("  date, an attachment, a meeting ask, a product detail); their notes start the reason with \"legit ... +\".")
    lines.append("- Fault wordings avoid the stock phrases; hard negatives include the prospect's own dates, real external lead")
    lines.append("  times and seasons, single follow-ups, confident recommendations, concessions traded for term or volume,")
    lines.append("  sympathy, and one courtesy apology with its reason.")
    lines.append("- Every third email (3, 6, ..., 39) uses curly apostrophes; British and American spellings both occur.")
    lines.append("")
    lines.append("## Trades, buyers and registers")
    lines.append("")
    lines.append("| Email | Trade | Buyer | Register |")
    lines.append("|---|---|---|---|")
    for i, (t, b, r) in enumerate(META, 1):
        lines.append("| s63e%03d | %s | %s | %s |" % (i, t, b, r))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    main()
