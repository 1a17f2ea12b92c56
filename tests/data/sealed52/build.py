#!/usr/bin/env python3
"""Build sealed52: hand-written sales emails labelled from LABELS.md alone."""
import json, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
CODE = {"N": ["NONE"], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"],
        "HS": ["hard_close", "self_serving"], "HT": ["hard_close", "timidity"],
        "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}
# (subject, salutation, sign-off, industry, register, [(sentence, code, note), ...])
E = []
def em(subj, sal, sign, ind, reg, sents): E.append((subj, sal, sign, ind, reg, sents))

em("Avalanche transceivers for the Glen Nevis team", "Dear Ms Fraser,", "Yours sincerely,\nAlasdair Munro\nCairn Safety Supply", "avalanche safety equipment", "formal", [
 ("Thank you for sending the kit list from the team's winter review.", "N", "pleasantry"),
 ("The 24 transceivers you asked about are the three-antenna model, which cuts search time in deep debris compared with the two-antenna units your volunteers use now.", "N", "value tied to the team"),
 ("We have been named Mountain Equipment Supplier of the Year three times running, and our founders guided in the Alps for two decades.", "S", "generic awards and heritage boast"),
 ("I have attached the quote at £289 per unit, and I'd ask that you confirm the order by Thursday, as my regional director is reviewing my numbers that afternoon.", "HS", "legit quote + seller-driven deadline (rule 16)"),
 ("Would a demonstration at your Tuesday training night on the 14th suit the team, or do I need to take this over your head to the team leader to get a date?", "H", "legit demo ask + bypass threat"),
 ("Other rescue teams in Lochaber have already standardised on this unit, and yours will be the odd one out by February.", "H", "peers switched, shaming"),
])
em("Adjudication: Carrow Street payment dispute", "Hi Graham,", "Rob\nKeystone Disputes", "adjudication support (construction)", "blunt", [
 ("You've got seven days from the referral notice to serve your response, and the notice was dated 3 March.", "N", "borderline: real statutory timetable stated once (rule 4)"),
 ("We'll draft the response and the witness statements for a fixed £14,500, and we've won more adjudications than any firm in the North.", "S", "legit price + generic boast"),
 ("Any contractor who's serious about getting paid would have had us on this already.", "H", "shaming"),
 ("I need your signed engagement letter and the retainer in our account by Monday morning.", "H", "assumptive demand, first-person ultimatum"),
 ("If you sit on this for another week, you'll be arguing from the back foot for the next six months.", "H", "if not now, never"),
 ("Call me on 07700 900418 if you want to talk it through, though I'd say the decision makes itself at this point.", "H", "legit ask + nothing-to-think-over pressure"),
])
em("Levy transfer for your two September apprentices", "Hi Priya,", "Warmly,\nBeth\nLevyLink Partners", "apprenticeship levy brokerage", "warm", [
 ("It was lovely to meet you at the Chamber breakfast on Wednesday.", "N", "pleasantry"),
 ("As we discussed, a levy transfer from a large employer could fund 95% of the two apprenticeships you're planning.", "N", "value"),
 ("I'm really sorry this email has turned out so long, and I do hope you'll forgive me for it.", "T", "apology for length"),
 ("Our fee is £600 per apprentice, though I'm a bit embarrassed to name a number, so I'm happy to drop it to £400 if that helps.", "T", "legit price + apology for price and unprompted discount"),
 ("Would it perhaps be worth a quick call sometime, if you felt it might possibly be useful and you were okay with that?", "T", "stacked hedges + permission"),
 ("The college needs the employer's pledge confirmed by 31 July to hold the September start dates.", "N", "borderline: real external deadline with reason (rule 4)"),
])
em("Signing sessions for the Sunflower Room", "Hi Jo!", "Thanks again,\nKerry\nTiny Hands Signing", "baby sign language classes", "chatty", [
 ("Thanks so much for letting me pop in to see the Sunflower Room last week.", "N", "pleasantry"),
 ("A six-week block for up to twelve parents and babies would run on your Thursday mornings from 9 May, and I've already printed the parent flyers with your logo, so it's basically happening!", "H", "concrete offer + assumptive close"),
 ("I'd be over the moon if this became my first council booking, it would make my whole year!", "S", "seller's feelings, no demand (rule 15)"),
 ("Could you also pop a review on our Facebook page once you've had a look at the flyer?", "S", "favour before any value (rule 10)"),
 ("If the budget is tight, just say what you can manage and I'll make it work.", "T", "name-your-number concession"),
 ("Tiny Hands is award-winning, franchised in 40 towns and backed by a celebrity parenting author!", "S", "generic boast"),
])
em("Bird hides at Wetley Marsh", "Mr Okafor,", "D. Harper\nHidecraft Timber", "bird hides for nature reserves", "terse", [
 ("Following your call: two 8-seat hides on the east scrape, larch-clad, wheelchair height slots on the south face.", "N", "logistics"),
 ("Both sit on screw piles, so nothing disturbs the reedbed roots.", "N", "value"),
 ("Price £23,600 for the pair, installed.", "N", "price"),
 ("The reserve's nesting restrictions close the site to works from 1 March, so we'd build in February or wait until August.", "N", "borderline: real external constraint with reason (rule 4)"),
 ("Drawings attached.", "N", "attachment"),
])
em("Bonsai for the Kyoto lobby", "Dear Mr Lindqvist,", "With respect,\nKenji Arai\nArai Bonsai-en", "bonsai supply and care", "non-native English", [
 ("Thank you for your enquiry about the juniper and maple bonsai for the Kyoto lobby of your hotel.", "N", "pleasantry"),
 ("I am very sorry, I am very sorry again that our answer is coming so late, please forgive us many times.", "T", "repeated self-abasing apology"),
 ("The eight trees you ask are between 25 and 40 years old and come with a monthly care visit.", "N", "product detail"),
 ("Our nursery has 150 years of tradition and my grandfather was gardener for the Imperial family.", "S", "heritage plus prestige boast"),
 ("Maybe if it is not so much trouble, you could perhaps tell us when is good time for you?", "T", "stacked hedges + permission"),
 ("About price, please tell me your budget and we will accept it.", "T", "name-your-number concession"),
])
em("Pupae for the tropical house", "Hey Marcus,", "Cheers,\nDana\nWingspan Farms", "butterfly pupae", "chatty", [
 ("Following up on the pupae order we discussed at the AZA meeting.", "N", "single follow-up line"),
 ("For a flight house the size of yours, 150 pupae a week keeps about 300 adults on the wing without crowding the feeders.", "N", "value tied to prospect"),
 ("I've set aside your first shipment for the 12th and the invoice is in the mail, so just let me know which card to charge.", "H", "assumptive payment"),
 ("Three other conservatories in Ohio switched to us this spring and they keep asking why you haven't.", "H", "peers switched, shaming"),
 ("Our USDA permit covers all twelve species you listed, and a copy is attached.", "N", "credential the buyer needs"),
 ("Honestly, I've spent two weekends building this species mix around your plant list, so I'd expect a yes this time.", "HS", "seller's effort as guilt (rule 15)"),
])
em("Planting the refurbished arid house", "Dear Dr Whitcombe,", "Kind regards,\nHelen Price\nDesert Botanicals Ltd", "cacti and succulents", "formal", [
 ("Thank you for the planting plan for the refurbished arid house.", "N", "pleasantry"),
 ("We can supply all 46 species on your list from nursery-propagated stock, so none of it needs permits for wild-collected plants.", "N", "value"),
 ("The two Ferocactus specimens over 60 cm will need a lifting frame on delivery day, so I'd schedule them before your glazing contractor leaves site.", "N", "expert recommendation"),
 ("I have attached a phased price of £18,400 and photographs of each specimen.", "N", "attachment"),
 ("Would Tuesday 8 April at 2pm work to walk the beds with your curator?", "N", "next step with date"),
])
em("Compass swings, three survey launches", "Morning Captain Reyes,", "Tom Pengelly\nPengelly Marine Compasses", "compass adjusting (marine)", "blunt", [
 ("Your compasses on the three survey launches are due their annual swing, and the certificates lapse at the end of April.", "N", "borderline: real external date stated once (rule 4)"),
 ("I can do all three on the 22nd while they're alongside in Falmouth.", "N", "logistics"),
 ("I need this booked today, because after that I can't promise you anything.", "H", "manufactured urgency"),
 ("The other two survey firms on this coast booked me in weeks ago, so you're already last in the queue.", "H", "peers + scarcity"),
 ("I'll send the deposit invoice this afternoon and we'll take it from there.", "H", "assumptive invoice"),
 ("Price is £340 per vessel including the deviation card, and I've already put your boats on my sheet for the 22nd, so that's settled.", "H", "legit price + assumptive booking"),
])
em("A comic strip for the treatment works induction", "Hi Sinead,", "Best,\nOwen\nInkline Studio", "comic illustration", "warm", [
 ("Thanks for sending the near-miss reports from the treatment works.", "N", "pleasantry"),
 ("A twelve-panel strip built around the chlorine delivery incident would give new starters one story they'll actually remember.", "N", "value"),
 ("I'll be honest, I'm chasing a place on an industry shortlist this year and a utility client would look brilliant on my entry.", "S", "seller's own goal, no demand"),
 ("We've drawn for the BBC, Lego, two Premier League clubs and a Booker-shortlisted novelist.", "S", "name-dropping boast"),
 ("Would you be open to me featuring the finished strip as a case study on my website and at my next talk?", "S", "favour before value"),
 ("The first draft could be with you by 20 May if we agree the script by the end of April, which is also when my shortlist entry closes, so that timing would really help me.", "HS", "legit plan + seller-driven date (rule 16)"),
])
em("Casino tables for the hospice gala", "Hi Fiona,", "Thanks,\nJamie\nHigh Roller Events", "casino croupiers for events", "chatty", [
 ("Great to hear the hospice gala is going ahead on 15 November at the Guildhall.", "N", "pleasantry"),
 ("For 220 guests I'd suggest four tables, two blackjack, one roulette and one poker, with five croupiers so nobody waits more than a hand.", "N", "expert recommendation"),
 ("Floating this back to the top of your pile, there's honestly no hurry at all on my side.", "T", "permission-begging follow-up"),
 ("Sorry again for bringing up money, but the package comes to £1,650.", "T", "legit price + apology for price"),
 ("Charity nights are tight, so I'll happily knock a third off without any fuss.", "T", "unprompted discount"),
 ("Could we pencil in a call on Tuesday to go over the running order, if that's not too much of an imposition?", "T", "legit meeting ask + permission-begging"),
])
em("Deacidifying the parish registers", "Dear Mr Adeyemi,", "Yours sincerely,\nClaire Dawson\nPapercare Conservation", "deacidification of archive paper", "formal", [
 ("Thank you for sharing the pH readings from the parish register series.", "N", "pleasantry"),
 ("Your own tests show 41 of the 60 volumes below pH 5, which is the range where the paper starts to crack along the folds.", "N", "prospect's own data"),
 ("Mass treatment of those 41 volumes would take about six weeks at our studio, with courier collection included.", "N", "offer detail"),
 ("Every week you leave this, more of your collection is quietly crumbling on the shelves.", "H", "cost of delay used to push (rule 5)"),
 ("My sales director has asked me to get this signed before our year end on the 31st, so I'd be grateful for your purchase order by then.", "HS", "seller-driven deadline (rule 16)"),
 ("The quote is attached, including a condition report for each volume, and I do apologise that it's on the expensive side.", "T", "attachment + apology for price"),
])
em("Beach donkey licence, summer season", "Dear Councillor Hughes,", "Your obedient servant,\nMargaret Pugh\nPugh's Beach Donkeys", "donkey rides (beach)", "very deferential", [
 ("I hope you will not mind me writing to you directly, and please do forgive the intrusion.", "T", "apology for normal contact"),
 ("We would be most humbly grateful if the committee might possibly consider our little application, if it is not too much trouble.", "T", "self-abasing, stacked hedges"),
 ("Our six donkeys work a maximum of four hours a day with a shaded rest area and a vet check every fortnight, which covers every welfare point in your beach trading policy.", "N", "value tied to buyer's policy"),
 ("I quite understand if you would rather not, and we will not trouble you further.", "T", "pre-emptive release (rule 11)"),
 ("The licence application form and our public liability certificate are attached.", "N", "attachment"),
 ("P.S. Should the committee find the pitch fee too dear, we would gladly waive it altogether.", "T", "unprompted concession"),
])
em("Dim sum for the staff restaurant", "Hi Mrs Okonjo,", "Warm wishes,\nRuth Kellaway\nLotus Steam Kitchen", "dim sum (frozen, wholesale)", "warm", [
 ("Thank you for the menu cycle from the hospital staff restaurant.", "N", "pleasantry"),
 ("Our steamed baskets go from frozen to served in nine minutes, so your night-shift counter could offer a hot option without a chef on.", "N", "value tied to prospect"),
 ("Just so you know, every line carries full allergen labels that match your menu software's codes.", "N", "borderline: one polite 'just' (rule 1)"),
 ("Sorry to hear your catering manager is off sick; I'm happy to take the tasting through with you instead.", "N", "sympathy"),
 ("If the 10th or 11th of June suits, I'll bring samples of the six lines for a tasting at 3pm.", "N", "next step with date"),
])
em("Dew pond at Fellham", "Dear Lady Ashworth,", "Yours faithfully,\nPeter Jarvis\nJarvis Pond Restoration", "dew pond restoration", "formal", [
 ("Thank you for showing me the dew pond at Fellham on Friday.", "N", "pleasantry"),
 ("The clay lining has cracked along the north edge, so I'd re-puddle it rather than patch, or it will keep draining by midsummer.", "N", "expert recommendation backed by inspection (rule 6)"),
 ("We're the only firm in the county trusted with this kind of work, and our list of restored ponds runs to over 300.", "S", "generic boast"),
 ("The great crested newt licence takes around eight weeks, so applying in March keeps a September start possible.", "N", "borderline: permit lead time (rule 4)"),
 ("I've already told my team we're starting on 1 September, so please send the 30% deposit and we'll treat that as confirmed.", "H", "assumptive deposit"),
 ("If this slips to next year, you'll be looking at a dry hollow rather than a pond, and frankly that would be on you.", "H", "guilt resting on prospect"),
])
em("Lyocell for the spring shirts", "Hi Kai,", "Sam\nFibreline Mills", "lyocell fabric", "terse", [
 ("Quote attached for 4,000 metres of the 120 g lyocell twill.", "N", "attachment"),
 ("It drapes like the silk blend you use now at about a third of the cost, which protects the margin on the $89 price point.", "N", "value tied to prospect"),
 ("Our quarter ends Friday and I'm $30k off my number, so a PO before then would be huge.", "HS", "seller quota + date (rule 16)"),
 ("I'll also take 10% off if the PO lands by Friday.", "HT", "discount tied to seller's date (rule 7)"),
 ("Lab dips can ship on the 18th, and we'd love to add your logo to our client wall once you're on board.", "S", "logistics + logo favour"),
 ("I've sent this three times now and my tracker shows the deck opened twice, so a straight answer today would be the decent thing.", "H", "count + read-tracker guilt (rule 13)"),
])
em("Disinfecting the district's 42 buses", "Dear Mr. Alvarez,", "Sincerely,\nAngela Brooks\nClearPath Disinfection", "electrostatic disinfection", "formal", [
 ("Thank you for the route schedule for the district's 42 buses.", "N", "pleasantry"),
 ("Our crew can treat each bus in about eight minutes, so we could cover the fleet between the last afternoon drop-off and 7 p.m.", "N", "value"),
 ("The disinfectant is EPA List N registered and dries before drivers arrive the next morning.", "N", "credential the buyer needs"),
 ("We'll log every bus by unit number so your transportation office has a record for the state health audit.", "N", "'we' serving the buyer"),
 ("I'll confirm the insurance certificate wording with our broker and send it by Wednesday.", "N", "checking with someone on a non-discount matter"),
 ("Could we run a trial on the Lincoln depot buses next Monday?", "N", "next step"),
])
em("Feathers for the peacock backpieces", "Hiya Leonie,", "Feathery hugs,\nMo\nPlume Room", "feathers for carnival costumes", "chatty", [
 ("Lovely to hear the band's going for a peacock theme this year!", "N", "pleasantry"),
 ("For 30 backpieces you'll want roughly 6,000 pheasant tails and 1,200 ostrich drabs, and I've priced both on the attached sheet.", "N", "expert sizing + attachment"),
 ("I've turned down two other bands to keep this stock for you, so I'd feel really let down if it came to nothing.", "HS", "seller's sacrifice and feelings as guilt (rule 15)"),
 ("Honestly, a carnival band your size needs these feathers, end of story.", "H", "'you need this' directive"),
 ("Let me know by Tuesday or the ostrich goes to the next band in line.", "H", "ultimatum + scarcity"),
 ("I can bring samples to your Wednesday workshop at the community hall, and the invoice will come with them so you can settle up on the night.", "H", "legit offer + assumptive invoice"),
])
em("Custom cookies for the nine Golden Dragon locations", "Hi Mr. Chen,", "Regards,\nVictor Liang\nLucky Fold Bakery", "fortune cookies", "blunt", [
 ("Attached: pricing for 50,000 custom-message cookies a month across your nine locations.", "N", "attachment"),
 ("Custom messages let you print the loyalty-app code inside, which your marketing lead said was the main goal.", "N", "value tied to prospect"),
 ("We are the largest fortune cookie bakery on the West Coast, with 11 patents and a 40,000 sq ft plant.", "S", "generic boast"),
 ("Four emails in and still not a word back from your side.", "H", "counting attempts at the prospect (rule 13)"),
 ("I can see you opened my last two emails.", "H", "read-receipt guilt"),
 ("If the message printing is a concern, I can send a sample box by Friday, and I'll knock 15% off the first month too, just because.", "T", "legit offer + unprompted discount"),
])
em("Green roofs for the Route 4 shelters", "Dear Anna,", "All the best,\nLiam\nLivingTop Shelters", "green roofs for bus shelters", "warm", [
 ("Thanks for walking the Route 4 corridor with me on Saturday.", "N", "pleasantry"),
 ("Sedum roofs on the 22 shelters would hold back about 9,000 litres in a summer storm, which helps the drainage target in your air quality plan.", "N", "value tied to prospect"),
 ("We'd handle the structural checks with your highways team and the first two years of maintenance.", "N", "'we' serving buyer"),
 ("If it helps at all, I could do the first ten shelters for free, just so we can get a foot in the door.", "T", "unprompted give-away"),
 ("And once they're planted, would you mind us using the council logo and a quote in our pitch to other councils?", "S", "favour for seller"),
 ("Shall I put a cost plan together for your April committee, or would that be overstepping?", "T", "legit ask + needing approval"),
])
em("Arcade cabinets for the union bar", "Hi Declan,", "Cheers,\nNiall\nRetroPlay Leisure", "arcade machines", "chatty", [
 ("Good to catch up at the freshers' fair.", "N", "pleasantry"),
 ("Four cabinets in the back room would give students a reason to stay for a second drink, and unions near you that did it saw weekday takings rise about 30%.", "N", "proof tied to prospect"),
 ("Our cabinets have 4K screens, 3,000 games, LED marquees, card readers, remote diagnostics, coin mechs and custom wraps.", "S", "feature list"),
 ("I'm quite new here and this would be my first big sale, so it'd really mean a lot if you went for it.", "ST", "pleading for seller's sake (rule 15)"),
 ("My manager says he can only hold the install price until the end of this month, so I'd need the nod by then.", "HS", "manager's wish + date (rule 16)"),
 ("The install takes one day and needs two double sockets, which your back room has.", "N", "technical detail"),
])
em("Gutter brooms, tender query 7", "Hello Mr Booth,", "G. Walsh\nStreetline Brushes", "gutter brooms for road sweepers", "terse", [
 ("Re your tender query: wire and poly mix gutter brooms for the 11 Johnston sweepers.", "N", "logistics"),
 ("Our mix lasts about 120 hours against 80 for all-steel, which on your mileage means one change a month instead of two.", "N", "value tied to prospect"),
 ("On price I'd have to ask my boss whether we can shift, as that's not my call.", "T", "deferring discount to manager (rule 12)"),
 ("Apologies, I know I keep pestering you.", "T", "apology for following up"),
 ("Samples can go to the Barnfield depot on Monday.", "N", "logistics"),
 ("Happy to chuck in a free set per sweeper too if that swings it.", "T", "unprompted concession"),
])
em("Greyhound night for your delegates", "Hi Charlotte,", "Best,\nEdgar\nTrackside Hospitality", "greyhound racing hospitality", "chatty", [
 ("Your delegates arrive on the 9th and the welcome drinks finish at 7, which leaves time for the 7.45 card at Towcester.", "N", "logistics tied to prospect"),
 ("For 180 people I'd book the panoramic restaurant with a private tote and a race named after your conference.", "N", "concrete offer"),
 ("We were voted best racing night out in Britain two years running, and we've been on the telly more times than I can count!", "S", "generic boast"),
 ("You really have to book this, a conference without it is a wasted trip.", "H", "'you need this' directive"),
 ("Between us, my boss has promised the owner a record October, so getting your deposit in this week would do me a big favour.", "HS", "manager + date as favour (rule 16)"),
 ("The price is £38 a head with a three-course meal, and every other firm on your delegate list has booked with us already.", "H", "legit price + peers switched"),
])
em("Clearance of 14 Orchard Way", "Dear Mr Ferris,", "Yours sincerely,\nJoanna Lake\nLake & Co Clearances", "house clearance (probate)", "formal", [
 ("Thank you for instructing us on the clearance of 14 Orchard Way for the Benson estate.", "N", "pleasantry"),
 ("We'll photograph and list any items of value before removal, so the executors have a record for the estate inventory.", "N", "'we' serving buyer"),
 ("Apologies for the delay in replying; our surveyor was on a site without signal yesterday, and the schedule is now attached.", "N", "borderline: single courtesy apology with reason (rule 3)"),
 ("Our fixed price is £1,850, which includes the garage and the loft.", "N", "price"),
 ("Could your clients confirm whether any furniture should go to family before we book the van for the 17th?", "N", "plain ask"),
])
em("Your three cashmere coats", "Dear Mr Hollis,", "Best regards,\nMarta Kowalczyk\nNitka Mending Studio", "invisible mending", "non-native English", [
 ("Thank you for send us the three cashmere coats with moth holes for the test.", "N", "pleasantry"),
 ("The reweaving is finish and the holes cannot be seen from one metre, you can check with photos attached.", "N", "value delivered"),
 ("I am so afraid that maybe the price is making you unhappy, I am sorry for it, it is a lot of money I know.", "T", "apology for price"),
 ("If you want, I make every repair half price for you, no problem, no condition.", "T", "unconditional discount"),
 ("Also please, could you write some good words for us on Google, it will help our small shop very much?", "S", "borderline: review asked right after value delivered (rule 10)"),
 ("I hope I did not do something wrong and you are not upset with us.", "T", "needing approval"),
])
em("Javelins for the throws group", "Hi Coach Dempsey,", "Cheers,\nBen\nThrowline Athletics", "javelins", "chatty", [
 ("Thanks for the list from the throws group.", "N", "pleasantry"),
 ("For your U15 and U17 athletes I'd go with the 500 g and 700 g rated models, since the distance rating matters more than the brand at their level.", "N", "expert recommendation"),
 ("We're the official supplier to four national federations and our javelins have been thrown at six Olympics.", "S", "generic boast"),
 ("I've gone ahead and booked delivery for Saturday, so send over the card details when you get a sec.", "H", "assumptive payment"),
 ("Every club in the county league has upgraded already, so your kids are throwing last decade's kit.", "H", "peers switched, shaming"),
 ("The 700 g models are £165 each with two sessions from a throws coach, and I'll take 20% off on top without you even asking.", "T", "legit price + unprompted discount"),
])
em("Bogu sets for the university club", "Dear Sensei Morgan,", "With deep respect,\nHiroshi Tanabe\nTanabe Budogu UK", "kendo armour", "very deferential", [
 ("Thank you for your kind reply about the bogu sets.", "N", "pleasantry"),
 ("I am truly sorry to be writing to you yet again, and I do apologise for being such a nuisance.", "T", "apology for following up"),
 ("The machine-stitched sets at £410 would suit your beginners, and the 6 mm hand-stitched men for your dan grades.", "N", "expert recommendation + price"),
 ("If I could possibly ask, might you perhaps be willing to consider whether the committee might maybe look at it?", "T", "stacked hedges"),
 ("Naturally, whatever the club decides is fine with us, and thank you for even thinking of us.", "T", "thanking for considering (rule 11)"),
 ("P.S. I would be deeply grateful if you might share our name with the other university clubs, as it would help our small business enormously.", "ST", "pleading referral for seller's sake"),
])
em("Locations for the Harbor Trust spot", "Hi Maya,", "Talk soon,\nAri\nFrameFinder Locations", "location scouting", "chatty", [
 ("Here's the shortlist for the Harbor Trust spot: a 1920s banking hall in Newark, a diner in Jersey City and two rowhouse streets in Philly.", "N", "deliverable"),
 ("The Newark hall needs a city film permit, which takes ten business days, so we'd file by the 3rd for your shoot on the 17th.", "N", "borderline: permit lead time (rule 4)"),
 ("I pulled three all-nighters putting these together for you, so I'm honestly a bit hurt I haven't heard back.", "HS", "seller's effort and hurt as guilt (rule 15)"),
 ("Unless I get your sign-off today, I'll pitch the shortlist straight to your ECD.", "H", "bypass threat + ultimatum"),
 ("My rate for the full scout is $4,800 with photos and tech notes, and the permit fee goes on your company card today, so send me the number.", "H", "legit price + assumptive payment"),
 ("Want to jump on a call Friday at 11 to go through them?", "N", "next step"),
])
em("Funding in Harwick Holdings v Pennant", "Dear Ms Achebe,", "Yours sincerely,\nJonathan Mercer\nTribune Litigation Capital", "litigation funding", "formal", [
 ("Thank you for the case summary in Harwick Holdings v Pennant Logistics.", "N", "pleasantry"),
 ("On the figures you shared, we could fund adverse costs cover and disbursements up to £1.2 million against a return of 3x deployed capital.", "N", "offer tied to prospect"),
 ("We are Europe's leading litigation funder, backed by two sovereign wealth funds, with 19 industry awards since 2015.", "S", "generic boast"),
 ("I'd need the signed term sheet back by Friday, or the allocation goes to another case on our books.", "H", "ultimatum + scarcity"),
 ("Our due diligence would take about three weeks, and my partners are expecting this deal in our Q3 numbers, so let's not drag it out.", "HS", "process + seller's target pressed as timing (rule 16)"),
 ("Any firm that turns down funding on a claim this strong is frankly doing its client a disservice.", "H", "shaming"),
])
em("Anti-climb paint for the bike shed wall", "Hi Mr Patel,", "Thanks,\nCraig\nGuardcoat Supplies", "anti-climb paint", "chatty", [
 ("Following your note about the break-ins over the bike shed roof, the non-drying paint suits the 40 m of wall and pipework you showed me.", "N", "single follow-up + value"),
 ("It has to go above 2 m with warning signs, and we'll supply the signs with the order.", "N", "technical prerequisite"),
 ("I trust that's alright with you, and I hope you don't mind me quoting without being asked.", "T", "needing approval"),
 ("The £640 isn't fixed either, so name a figure and I'll match it.", "T", "legit price + name-your-number"),
 ("Completely fine if you'd rather leave it, I'll drop you a line again next spring.", "T", "accepting brush-off, no question"),
 ("Sorry this ran so long.", "T", "apology for length"),
])
em("Bladder scanners for the community teams", "Dear Ms Nwosu,", "Yours sincerely,\nDr Laura Finch\nVesica Medical", "bladder scanners", "formal", [
 ("Thank you for sending the catheter audit from the community nursing teams.", "N", "pleasantry"),
 ("Your audit found 31% of catheter reviews could have been avoided with a bedside volume reading, roughly 400 home visits a year.", "N", "prospect's own data"),
 ("The handheld scanner gives that reading in under a minute and stores it against the patient record.", "N", "value"),
 ("Our framework price is £5,200 per unit, valid until 30 September when the framework is re-let.", "N", "borderline: price expiry with reason (rule 4)"),
 ("Would a two-week loan to the Eastgate team in May give you the data your governance group asked for?", "N", "next step"),
])
em("Sifting the beach before sargassum season", "Hi Rick,", "Later,\nJesse\nShoreline Sifters", "beach cleaning (sand sifting)", "blunt", [
 ("Our sifter can clean your 900 yards of beach in one night and leave the turtle nesting stakes untouched.", "N", "value"),
 ("Sargassum season starts in May, and the resort two doors down already signed with us, so you don't want to be the one with the smelly beach.", "H", "real season + peer shaming clause"),
 ("I've got you penciled in for the first Monday of May, so sign the attached and we're rolling.", "H", "assumptive booking"),
 ("We've got the biggest fleet on the Gulf Coast and an award from a beach tourism council.", "S", "generic boast"),
 ("Every week your sand sits dirty, you're handing guests to the place next door, plain and simple.", "H", "cost of delay used to push (rule 5)"),
 ("Let's talk Tuesday.", "N", "next step"),
])
em("Cyanotype sessions for the Atkins display", "Hi Tamsin,", "Warmly,\nIsla\nBlueprint Workshops", "cyanotype workshops", "warm", [
 ("Thank you for the tour of the botany galleries on Thursday.", "N", "pleasantry"),
 ("A cyanotype session using pressed specimens from your handling collection would tie straight into the Anna Atkins display opening in July.", "N", "value"),
 ("I'll bring the pre-coated paper and UV lamps, so the session works even if it's cloudy.", "N", "'I' serving buyer"),
 ("I only wanted to see whether maybe there might be a chance you'd had a think.", "T", "minimising + stacked hedges"),
 ("I know your budget is stretched, so I'd be glad to do the first one for whatever you think is fair.", "T", "name-your-number"),
 ("I'm sorry if this all seems a bit much, I'm still quite new to pitching.", "T", "apology for normal selling"),
])
em("Two-ship display, Clacton", "Hi Gareth,", "Blue skies,\nKate\nSkyRibbon Aerobatics", "aerobatic display flying", "chatty", [
 ("Thanks for sending the display slot times, and sorry again for chasing you about them twice.", "T", "pleasantry + apology for following up"),
 ("Our two-ship routine runs 12 minutes and fits inside your 15:40 slot, with smoke on both aircraft.", "N", "product detail"),
 ("We've flown at 300 shows across 14 countries, hold two world titles, and the team's been on the cover of three aviation magazines.", "S", "generic boast"),
 ("Our season fills up fast and I've only got one weekend left, so if you don't book today it's gone.", "H", "scarcity + ultimatum"),
 ("The CAA needs the display authorisation filed 28 days before the show, so I'd want your confirmation by 2 July.", "N", "borderline: regulatory lead time (rule 4)"),
 ("It would also be a massive help to me personally if you could put in a word with the Eastbourne organisers.", "S", "favour for seller"),
])
em("Marsh House flat", "Dear Mr Fenwick,", "Yours sincerely,\nRachel Dunmore\nRestore Trauma Cleaning", "crime scene and trauma cleaning", "formal", [
 ("Thank you for your call this morning, and I was sorry to hear about the tenant at Marsh House.", "N", "sympathy"),
 ("We can attend tomorrow at 8 a.m. with a two-person team, and the flat would be safe for your contractors by Friday.", "N", "logistics"),
 ("Our technicians hold the industry biohazard qualification, and we issue a clearance certificate your insurer will ask for.", "N", "credential buyer needs"),
 ("I've booked the team for tomorrow and sent the invoice to your finance department, so that's all in hand.", "H", "assumptive invoice before yes"),
 ("We've also won Specialist Cleaner of the Year four times, which I'd be delighted to tell you more about.", "S", "award boast"),
 ("Please call me on the number below if the access arrangements change.", "N", "logistics"),
])
em("Course design, Northfield Park", "Hi Denise,", "Best,\nMarcus\nChainline Course Design", "disc golf course design", "chatty", [
 ("Thanks for the map of Northfield Park and the note about flooding near the creek.", "N", "pleasantry"),
 ("I'd route the 18 holes away from the creek bottom and along the ridge, so the course stays playable after spring rain.", "N", "expert recommendation"),
 ("An 18-hole course with concrete tee pads comes to about $38,000, and I've attached a breakdown your grants officer can use.", "N", "price + attachment"),
 ("Two nearby towns with courses this size run leagues of 60 to 80 players a week, mostly on weekday evenings when the park is quiet.", "N", "proof tied to prospect"),
 ("Could we walk the ridge together next Wednesday at 4?", "N", "next step"),
])
em("Heat panels for the reptile house", "Dr Kowalski,", "J. Radford\nThermoZoo Supplies", "heat panels for reptile houses", "blunt", [
 ("The 40 ceramic heat panels for the new reptile house are in stock and meet the guidance on guarded heat sources.", "N", "product detail"),
 ("Your keepers need a thermostat on each panel, so I've included 40 controllers in the price.", "N", "technical prerequisite (rule 6)"),
 ("Quote attached, and I'll expect your PO by Friday, since I'm off on holiday after that and want it wrapped up.", "HS", "attachment + seller-driven deadline (rule 16)"),
 ("Frankly, I'm surprised a zoo of your standing hasn't sorted this already.", "H", "shaming"),
 ("I'll phone your director on Monday if I've not had a reply.", "H", "bypass threat"),
 ("We're the top reptile heating brand in Europe and have been for 25 years.", "S", "generic boast, years in business"),
])
em("Roundhouse at Meadow Farm", "Hi Nadia,", "Cheers,\nFinn\nOld Ways Builders", "Iron Age roundhouse building", "chatty", [
 ("Thanks for the drawings of the Meadow Farm site.", "N", "pleasantry"),
 ("A 9 m roundhouse with wattle-and-daub walls and a turf roof would hold a full class of 30 for your prehistory days.", "N", "value"),
 ("I'll be straight, roundhouses are my passion project, and landing this would really make my year.", "S", "seller's stake, no demand (rule 15)"),
 ("Would you mind, if it's not a bother, maybe letting me know at some point whether it's even of interest?", "T", "permission + hedges"),
 ("Sorry if this comes across as pushy, it's really not meant to.", "T", "apology for being pushy"),
 ("We could build it across two weekends in September with your volunteers, which keeps the labour cost near £4,000.", "N", "offer"),
 ("P.S. Could you mention us to the Wessex trust as well, as we'd love more work down there?", "S", "referral favour"),
])
em("Code safes for the Wellgate rounds", "Dear Mrs Akhtar,", "Kind regards,\nDaniel Shaw\nSafeEntry Care Solutions", "key safes for home care", "formal", [
 ("Thank you for meeting me at your Wellgate office on Tuesday.", "N", "pleasantry"),
 ("The police-approved code safes would replace the 60 keys your carers now carry, which your own incident log links to three missed visits this year.", "N", "prospect's own data"),
 ("We fit in about 25 minutes per client and register each code with your rota system, so carers see it only on the day of the visit.", "N", "value"),
 ("The price of £68 fitted per safe holds until 31 March, when our supplier's new list prices come in.", "N", "borderline: price expiry with reason (rule 4)"),
 ("Shall I start with the 18 clients on the Tuesday round so your team can test the process?", "N", "next step"),
])
em("Lip reading groups for the clinic list", "Dear Julia,", "With warm wishes,\nSue\nClear Lips Classes", "lip reading classes", "warm", [
 ("Thank you for the referral numbers from the audiology clinic.", "N", "pleasantry"),
 ("A ten-week course for two groups of ten would cover everyone on your waiting list by the summer.", "N", "value"),
 ("I know you said the budget is gone until April, but I really think you need to find the money now.", "H", "'you need' directive against prospect's stated constraint"),
 ("I'm so sorry to keep going on about it.", "T", "apology for following up"),
 ("I could also do the first course at cost, no strings, which would bring it well under the £1,900.", "T", "unprompted discount"),
 ("Could I come to your team meeting on the 4th to explain how the groups work?", "N", "next step"),
])

def curly(s): return s.replace("'", "\u2019")

def main():
    emails, sents, n = [], [], 0
    for i, (subj, sal, sign, ind, reg, ss) in enumerate(E):
        eid = "s52e%03d" % (i + 1)
        cur = (i % 3 == 2)
        f = curly if cur else (lambda x: x)
        rows = [(f(t), CODE[c], note) for t, c, note in ss]
        texts = [r[0] for r in rows]
        ps = [t for t in texts if t.startswith("P.S.")]
        body = [t for t in texts if not t.startswith("P.S.")]
        paras = [body[:1]] + [body[j:j + 2] for j in range(1, len(body), 2)]
        parts = [" ".join(p) for p in paras if p] + ps
        text = f(sal) + "\n\n" + "\n\n".join(parts) + "\n\n" + f(sign)
        lab = {}
        for cat in ("hard_close", "self_serving", "timidity"):
            hits = [r for r in rows if cat in r[1]]
            nb = [r for r in hits if not r[2].startswith("borderline:")]
            lab[cat] = 0 if not hits else (2 if len(hits) >= 2 and nb else 1)
        for t, l, note in rows:
            assert t in text, (eid, t)
            n += 1
            sents.append({"id": "s52-%04d" % n, "email": eid, "text": t, "labels": l, "note": note})
        emails.append({"email": eid, "subject": f(subj), "text": text, "labels": lab})
    with open(os.path.join(HERE, "test-emails.jsonl"), "w") as fh:
        for e in emails: fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w") as fh:
        for s in sents: fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    for fn in ("test-emails.jsonl", "test.jsonl"):
        with open(os.path.join(HERE, fn)) as fh:
            for line in fh: json.loads(line)
    c = Counter(); multi = bl = 0
    for s in sents:
        for l in s["labels"]: c[l] += 1
        multi += len(s["labels"]) > 1; bl += s["note"].startswith("borderline:")
    faulty = sum(1 for e in E if sum(1 for t in e[5] if t[1] != "N") >= 2)
    clean = sum(1 for e in E if all(t[1] == "N" for t in e[5]))
    print("emails", len(emails), "sentences", len(sents), "faulty(2+)", faulty, "clean", clean)
    print("NONE %d (%.1f%%)" % (c["NONE"], 100.0 * c["NONE"] / len(sents)), "hard_close", c["hard_close"],
          "self_serving", c["self_serving"], "timidity", c["timidity"], "multi", multi, "borderline", bl)
    for cat in ("hard_close", "self_serving", "timidity"):
        print(cat, "email-level", Counter(e["labels"][cat] for e in emails))
    assert len(emails) == 40
if __name__ == "__main__": main()
