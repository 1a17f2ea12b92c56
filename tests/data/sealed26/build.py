#!/usr/bin/env python3
"""sealed26: hand-written held-out sales emails for the Poise tone coach.

Every sentence below was written by hand from the labelling guide (LABELS.md).
Label codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combined, e.g. HS).
A note starting with "borderline:" marks a sentence decided by one of the guide's borderline rules.
Email-level labels are derived with the guide's 0/1/2 scale; there are no hand overrides.
"""
import json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = ["hard_close", "self_serving", "timidity"]
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}

E = []
def em(subject, sal, sign, sents):
    E.append(dict(subject=subject, sal=sal, sign=sign, sents=sents))

# 1 formal, goods, public music hub
em("Steel pans for the Year 7 ensemble", "Dear Ms Adeyemi,", "Yours sincerely,\nGrant Baptiste\nPanworks UK", [
 ("Thank you for sending the list of twelve pans you'd like for the Year 7 ensemble, and I'm so sorry it took me a whole week to reply, I feel dreadful about it.", "T", "legit thanks + self-abasing apology"),
 ("The tenor and double-second pans are tuned in our Trinidad workshop and re-tuned on delivery, so your tutor starts the term with a balanced set.", "N", "product detail tied to the buyer's outcome"),
 ("The quote for all twelve, with stands and cases, is attached, and I'd want the purchase order back by Thursday because after that I can't promise anything.", "H", "legit attachment + invented deadline with vague threat"),
 ("We were voted the UK's top pan maker three years running, and our players have performed at the Royal Albert Hall.", "S", "generic boast: ranking and prestige"),
 ("Honestly, if the hub's budget is tight, tell me what figure you can manage and I'll make it work.", "T", "asks the buyer to name their number"),
 ("Could we pencil in a fitting visit on 9 September, the date you gave for the first rehearsal?", "N", "clear next step on the prospect's own date"),
])
# 2 chatty, service, parish council
em("Headstone re-fixing, St Olave's churchyard", "Hi Margaret,", "Cheers,\nDave Hollis\nHollis Memorial Masonry", [
 ("Lovely to chat at the parish meeting on Tuesday!", "N", "pleasantry"),
 ("From the walk-round, 31 memorials failed the push test and nine are leaning badly enough to tape off now.", "N", "findings from inspection"),
 ("We can re-fix the nine worst ones the week of 14 October, and I'd honestly be chuffed if you'd let us put St Olave's on our website afterwards as a showcase.", "S", "legit date + case-study favour asked before any work is done"),
 ("I know it's a lot of money and I'm really sorry the figure came out so high.", "T", "apologises for the price"),
 ("My gaffer has been on at me all week to get this one over the line before the end of the month, so a yes by the 30th would be amazing.", "HS", "manager's wish as the reason for a date on the prospect's decision (rule 16)"),
 ("I can come to the October council meeting to walk members through the ground-anchor method, though if they'd rather leave it till next year I'll simply wait to hear.", "T", "legit offer + pre-emptively accepts delay without a question"),
])
# 3 terse, goods, touring theatre
em("Flight cases, autumn tour", "Priya,", "Ross\nCaseCraft", [
 ("Quote for the 18 cases attached, lids lined with 30 mm foam as you asked.", "N", "logistics"),
 ("Lead time is three weeks from order, and we're the only case maker in Britain with our own foam-cutting line and a royal warrant.", "S", "legit lead time + generic boast"),
 ("Other touring companies on your circuit have already moved all their kit into our cases, so you'd be the odd one out.", "H", "peers-already-switched shaming"),
 ("Dimensions match the drawings you sent, and I've taken the liberty of raising an invoice so we can cut the ply on Monday.", "H", "legit detail + invoice raised before any yes"),
 ("Our range has recessed butterfly catches, ball corners, castor boards, stacking lids, aluminium extrusion and a dozen colour options.", "S", "feature list not tied to the buyer"),
 ("P.S. Call me if the wagon dimensions change.", "N", "logistics"),
])
# 4 warm, goods, tiny farm -- clean
em("Hop poles and wirework for the new garden", "Hello Tom and Ellie,", "Warm wishes,\nMarian Foley\nWeald Hop Structures", [
 ("It was a treat to walk the new hop garden with you both on Saturday.", "N", "pleasantry"),
 ("For a two-acre plot on your clay, I'd set the chestnut poles 1.2 m deep rather than the metre you mentioned, because the wind on that ridge will work them loose otherwise.", "N", "expert push-back with reason"),
 ("The quote covers 140 poles, the top wire and the anchors, and our crew would need four days in March before the bines go up.", "N", "scope and schedule"),
 ("If you'd rather do the stringing yourselves, I've priced that separately so you can see the saving.", "N", "option for the buyer, not a concession"),
 ("Sorry to hear about the flooding in the lower field; we can leave that corner until it drains.", "N", "sympathy, not an apology for selling (rule 3)"),
 ("Would Thursday the 6th suit for a final look at the layout?", "N", "clear next step"),
])
# 5 blunt, service, food factory
em("Dry-ice cleaning of the fryer line", "Gareth,", "Neil Carter\nCryoClean Industrial", [
 ("Your line three fryer hood had about 4 mm of carbonised fat when I looked, which is a fire risk your insurer will flag.", "N", "insight from inspection"),
 ("Dry-ice blasting gets that off in one night shift without water, so you lose no production.", "N", "value tied to the buyer"),
 ("You need to get this booked, end of story.", "H", "directive 'you need' with no room to decide"),
 ("I've held the 22 November night slot for you, and if I don't hear by tomorrow it goes to the crisps plant down the road, who are keen.", "H", "legit slot + manufactured scarcity from a rival buyer"),
 ("I've already spent two full days drawing up this method statement for you, so the least I'd expect is a straight answer.", "HS", "seller's effort as a debt the prospect owes (rule 15)"),
 ("The method statement is attached, and I'll ring your site manager, your MD and your production planner until one of them books it.", "H", "legit attachment + multi-channel chasing over the prospect's head"),
])
# 6 very deferential, goods, boutique hotel
em("Guest soap for the Harbour House rooms", "Dear Mrs Lindqvist,", "With kindest regards,\nRosie Penhallow\nPenhallow Soap Co.", [
 ("I do hope you don't mind me writing again, and I'm so sorry to take up more of your time.", "T", "apologises for following up"),
 ("Might you, at some point, perhaps have found a moment to try the samples, do you think?", "T", "stacked hedges"),
 ("The seaweed bar is 40 g, cold-processed and wrapped in recycled card, which fits the plastic-free pledge on your website.", "N", "product detail tied to the buyer"),
 ("We're a family business, making soap in Cornwall for four generations.", "S", "borderline: heritage line (rule 8)"),
 ("If it helps at all, I'm very happy to take 20% off the whole order, whatever you decide.", "T", "unprompted, unconditional discount"),
 ("Please feel free to set this aside if the timing is wrong, I'd completely understand.", "T", "pre-emptive permission to ignore"),
 ("The price list is attached, and I'd be ever so grateful if you could mention us to the other hotels in your group.", "S", "legit attachment + referral favour (rule 10)"),
])
# 7 non-native, goods, poultry farm
em("Insect meal for your layer flock", "Dear Mr. Okafor,", "Best regards,\nJan de Vries\nInsecta Feeds B.V.", [
 ("Thank you for the call of last week and for the feed analysis you have sent.", "N", "thanks"),
 ("Our black soldier fly meal has 52% protein and can replace one third of the soya in your layer ration without change of the yolk colour.", "N", "product detail tied to the buyer's ration"),
 ("Our company is recognized as number one insect protein producer in Europe and we have received investment from three big funds.", "S", "ranking and investors boast"),
 ("I must close this deal before the 31st because is end of our financial year and my director is watching the numbers.", "HS", "seller's year end and director as the reason for a date (rule 16)"),
 ("Please send me the bank details of your company so I can prepare the first delivery for next week.", "H", "assumptive payment step before a yes"),
 ("If you want, we can arrange one trial of 2 tonnes for one month first, and I can give 25% discount on it even if you never order after.", "T", "legit trial offer + unconditional discount"),
])
# 8 formal, goods, bat maker
em("Grade 1 clefts for the 2026 season", "Dear Mr Ashworth,", "Yours faithfully,\nHugh Brackley\nBrackley Willow Ltd", [
 ("Further to your enquiry, we have 400 Grade 1 English willow clefts air-drying at our Essex yard, all from trees felled this winter.", "N", "answers the enquiry"),
 ("They will reach the moisture level your pressing shop specified by the end of April.", "N", "spec tied to the buyer"),
 ("Stock of this grade is finite, and I'm surprised a workshop of your reputation has left it this late.", "H", "shaming the prospect"),
 ("We can hold 200 clefts at the price quoted, though I would need a decision this week, as our sales director wants this season's book closed by Friday.", "HS", "legit hold + manager's wish as the reason for a deadline (rule 16)"),
 ("I must also apologise for the length of this letter.", "T", "apology for normal selling (length)"),
 ("I would be glad to send ten sample clefts so your pressers can judge the grain, and I should add that our yard has supplied the willow for England captains' bats since 1887.", "S", "legit offer + prestige boast"),
])
# 9 chatty, goods, allotment association -- clean
em("Seed potatoes for the allotment shop", "Hi Sue,", "All the best,\nKeith\nNorthern Seed Tatties", [
 ("Great to hear the allotment shop is reopening in February!", "N", "pleasantry"),
 ("Based on what sold last year, I'd go heavier on Charlotte and Pink Fir Apple and drop the Maris Bard, which your plot holders said went down with blight.", "N", "confident recommendation from the buyer's data"),
 ("The 25 kg sacks are £19.50 each, and orders need to reach us by 20 January for the Scottish growers to ship in time for chitting.", "N", "borderline: real external date stated once with reason (rule 4)"),
 ("Just a heads-up that Sarpo Mira is short this year after the wet harvest in Fife.", "N", "borderline: one polite 'just', real supply fact (rules 1, 4)"),
 ("How many members are ordering through the shop, so I can split the delivery into two drops?", "N", "plain logistics question"),
])
# 10 warm, goods, chocolatier
em("Tempering machine for the Easter moulds", "Hi Chloe,", "Warmly,\nBeth\nTempera Machines", [
 ("It was lovely to taste your salted caramel eggs at the Bath fair, and sorry again for hovering at your stand for so long.", "T", "pleasantry + apology for normal selling"),
 ("The 24 kg continuous temperer would let you run the egg moulds all day without re-seeding by hand, which you said costs you two hours each morning.", "N", "value tied to the buyer's own pain"),
 ("I'll be honest, this one means a lot to me, because I've been pushing my boss to let me open accounts with small chocolatiers like you.", "S", "seller's own stake, no demand (rule 15)"),
 ("Delivery takes five weeks, so if you're not signed up by Friday you'll miss Easter altogether, and please don't sit on it.", "H", "lead time turned into urgency language"),
 ("Our machines are used by Michelin-starred pastry kitchens in Paris, London and Tokyo!", "S", "exclamation-mark prestige boast"),
 ("Would a demo at your unit on the 12th work, so you can run your own couverture through it?", "N", "clear next step"),
])
# 11 blunt, service, community transport charity
em("Minibus conversion quote", "Hi Raj,", "Lee\nAccessWay Conversions", [
 ("Two rear lift options are in the quote: the cassette lift keeps the boot floor flat, the under-floor one saves 40 kg.", "N", "options"),
 ("I'd go for the cassette, since your drivers load shopping bags as well as wheelchairs.", "N", "confident recommendation with reason"),
 ("Your trustees have been dragging their feet for two months, which is frankly embarrassing for a charity that says it cares about access.", "H", "shaming the prospect"),
 ("Come Monday, your chair gets a copy of this email from me.", "H", "bypass threat"),
 ("The DVLA need the seat plan re-certified after conversion, and we handle that.", "N", "technical prerequisite, seller takes the work"),
 ("We've converted more vehicles than anyone else in the North West.", "S", "generic boast"),
])
# 12 very deferential, service, council parks
em("Crown reduction, Victoria Park lime avenue", "Dear Mr Pemberton,", "With many thanks,\nOwen Price\nPrice Arboriculture", [
 ("Apologies for writing again, I know you must be terribly busy.", "T", "apology for following up"),
 ("The 38 limes on the avenue have heavy epicormic growth, and the three nearest the playground have deadwood over the path that should come out before spring.", "N", "inspection finding"),
 ("I hope it's okay that I've put a price together without being asked, and I'd be so sorry if it isn't what you wanted.", "T", "approval-seeking"),
 ("The council's bat survey has to be done before we cut, and the ecologist can fit that in during April.", "N", "regulatory prerequisite"),
 ("If the price is a worry, I'd be happy to work to whatever figure the parks budget allows.", "T", "caves on price, buyer names the number"),
 ("Could we maybe, if it's at all possible, meet on site one morning, only if that suits you of course?", "T", "stacked hedges plus permission-seeking"),
])
# 13 non-native, service, bowls club
em("Renovation of your bowling green", "Dear Mr. Gallagher,", "Kind regards,\nTomasz Wiśniewski\nGreenline Turf Care", [
 ("Thank you for showing me the green on Saturday.", "N", "thanks"),
 ("The moss in the south rink comes from a thatch layer of almost 25 mm, so hollow tining and top dressing in September will help more than the moss killer you use now.", "N", "insight and push-back"),
 ("We are the most famous company for sports turf in the region, with more than 40 years and many prizes.", "S", "generic boast: fame, years, prizes"),
 ("Is important for me to sign this contract, because my commission of this month depends of it.", "S", "seller's commission, no date pressed on the prospect (rule 16)"),
 ("The price include all the sand and seed, and we already put your club in the schedule for 8 September, so please only pay the deposit of 30% now.", "H", "legit price detail + assumptive deposit request"),
 ("If you want, I can also present the plan to your committee at the next meeting, and I will come to the club on Saturday for your signature even if you do not expect me.", "H", "legit offer + turning up uninvited for a signature"),
])
# 14 formal, goods, council tender
em("Beach huts, East Promenade tender", "Dear Ms Ferreira,", "Yours sincerely,\nAlan Crowther\nSeaward Joinery", [
 ("Please find attached our response to the East Promenade tender, covering all 24 huts in the specification.", "N", "logistics"),
 ("The huts are built in Siberian larch on galvanised skids, so your team can move them above the winter tide line with a telehandler.", "N", "product detail tied to the buyer"),
 ("I note the tender closes at noon on 14 March, and our submission is complete.", "N", "the buyer's own deadline"),
 ("Our joinery has won the Coastal Design Award twice and was featured in Country Life last spring.", "S", "awards and press boast"),
 ("We could also reduce the price by 15% if the council would agree to appear in our case study brochure.", "ST", "borderline: discount offered for a case study (rule 7)"),
 ("I would welcome the chance to present our proposal to the panel, and I apologise in advance that this letter has run on so long.", "T", "plain ask + apology for length"),
])
# 15 chatty, service, heritage railway -- clean
em("Boiler overhaul for No. 7 Lady Anne", "Hi Geoff,", "Cheers,\nMartin\nFootplate Boilerworks", [
 ("Thanks for sending over the last ten-year ticket and the inspector's notes.", "N", "thanks"),
 ("The firebox tubeplate is the big unknown, and I'd rather ultrasound it before quoting than guess and surprise you later.", "N", "expert approach"),
 ("Her current ticket runs out in October 2026, so to have her steaming for your Santa specials we'd want the boiler in our shop by February.", "N", "borderline: real external date with reason, stated once (rule 4)"),
 ("We overhauled a tank engine at Ravenglass last year, and the lesson there was to order the copper stays early, as they took eleven weeks.", "N", "social proof turned into advice"),
 ("Could your volunteers lift the boiler out, or should I price that in too?", "N", "scoping question"),
 ("Can I come up on the 19th to do the ultrasound survey?", "N", "clear next step"),
])
# 16 terse, software, US school district
em("SpeechPath licenses, district pilot", "Dr. Morales,", "Kevin Tran\nSpeechPath", [
 ("Pricing for 60 SLP seats attached, per your request.", "N", "logistics"),
 ("IEP progress reports export straight to your Frontline system, plus we've got gamified drills, 4,000 picture cards, AI scoring, parent portals and a Chromebook app.", "S", "legit integration + feature dump"),
 ("Sorry again about the price, I know it's steep.", "T", "apology for the price"),
 ("Every district in your county signed on last year, so you're the last one holding out.", "H", "peers-switched shaming"),
 ("I'm a few seats short of my quarterly number, so getting this signed by the 30th would really help me out.", "HS", "seller's quota as the reason for a date (rule 16)"),
 ("Available Thursday at 2 for a walkthrough with your SLP leads.", "N", "clear next step"),
])
# 17 warm, service, private clinic group
em("Sharps collection across your four clinics", "Dear Dr Shah,", "Kind regards,\nHelen Marsh\nSafeSharps", [
 ("Thank you for the tour of the Kingsway clinic last week; your team was so welcoming.", "N", "pleasantry"),
 ("A fortnightly collection at all four sites, with consignment notes filed for you, would take the paperwork off your practice managers.", "N", "value tied to the buyer"),
 ("I was really counting on this contract, and I'm a bit crestfallen not to have heard back after all the hours I put into the site audits.", "HS", "seller's feelings and effort as guilt (rule 15)"),
 ("Our vans are brand new, and we have a dedicated app, live tracking, barcode scanning, digital transfer notes and a 24-hour helpline.", "S", "feature dump"),
 ("If the budget won't stretch, I'm sure we can find a monthly rate that works for you, whatever it is.", "T", "pre-emptive open-ended concession"),
 ("The proposal is attached, and I can start on 1 December, the date you suggested.", "N", "logistics on the prospect's date"),
])
# 18 blunt, goods, US school district
em("Tofu for the district lunch program", "Ms. Robinson,", "Dan Kowalski\nPlainfield Soy Foods", [
 ("Our extra-firm tofu holds its shape in the steam tables, which was the problem your cooks had with the last supplier.", "N", "value tied to the buyer's problem"),
 ("It counts as a meat alternate under the USDA meal pattern, so it fits your menus without a waiver.", "N", "regulatory fit"),
 ("Your menu committee needs to quit overthinking this and put it on the October cycle.", "H", "telling the prospect what to do, overriding their process"),
 ("The case price is $31.40 as you asked, and I'll go down to $28 anyway, just so we get started.", "T", "requested price + unprompted discount"),
 ("I can see my last three emails were opened several times without a reply.", "H", "read-receipt guilt (rule 13)"),
 ("Samples can go out to your central kitchen on Monday, and I've already told my distributor you're on board, so please don't make a liar of me.", "HS", "legit logistics + seller's standing as guilt (rule 15)"),
])
# 19 very deferential, goods, small pasta maker
em("Heritage flour for the pasta range", "Dear Signora Bellini,", "With warmest regards,\nAnnie Coulter\nCoulter's Mill", [
 ("Please forgive me for troubling you once more about the flour.", "T", "apology for following up"),
 ("Our stone-ground emmer has 13.5% protein, which should give your tagliatelle the bite you described without extra egg.", "N", "product tied to the buyer"),
 ("I do hope the sample wasn't a disappointment, and please tell me if I've done anything wrong.", "T", "approval-seeking"),
 ("The 25 kg sacks are £58 each, and I'll have to ask my manager whether any discount is possible, as that's beyond me.", "T", "requested price + deferring on discount (rule 12)"),
 ("We're a family mill, grinding on the same stones since 1790.", "S", "borderline: heritage line (rule 8)"),
 ("Would a delivery on the 3rd, before your new menu launch, be useful, or would that be asking too much?", "T", "legit next step + permission-seeking"),
])
# 20 non-native, service, property manager
em("Helicopter lift for the rooftop chillers", "Dear Mr. Hargreaves,", "Best regards,\nLars Eriksen\nNordLift Aviation", [
 ("Thank you for the roof drawings; the two chillers of 1.8 tonnes are inside the limit of our AS332 helicopter.", "N", "technical answer"),
 ("The lift need a Sunday morning with the road closed, and the council require the application 8 weeks before.", "N", "borderline: permit lead time stated neutrally (rule 4)"),
 ("Please, you must confirm today, otherwise the helicopter go to another customer and you will wait until summer.", "H", "ultimatum + scarcity"),
 ("Our company is the biggest in heavy-lift aviation, with 60 aircraft and clients like the Ministry of Defence and big oil companies.", "S", "size and client-name boast"),
 ("I already blocked 15 June for you and I will send the invoice for the deposit tomorrow, so the pilot is fixed.", "H", "assumptive invoice before a yes"),
 ("P.S. I can send the lift plan we made for a similar hospital roof in Leeds, and it would help me very much with my director if you confirm before my monthly report on Friday.", "HS", "legit offer + seller's report and director as reason for a date (rule 16)"),
])
# 21 formal, service, university sports lab -- clean
em("Wind tunnel time for the aero helmet", "Dear Dr Whitfield,", "Yours sincerely,\nDr Priya Nair\nAeroLab Testing", [
 ("Thank you for the CAD files of the team's two helmet shells.", "N", "thanks"),
 ("At the yaw angles your riders see in time trials, the vents on shell B are likely to cost more drag than its smoother tail saves, so I would test both from 0 to 15 degrees.", "N", "insight the buyer did not have"),
 ("A full day in the tunnel with a mannequin and two riders is £4,800, as set out in the attached schedule.", "N", "price and logistics"),
 ("The equipment approval date of 1 March that you mentioned leaves time for one round of changes if we test in January.", "N", "the prospect's own date"),
 ("Would 14 or 15 January suit your team?", "N", "clear next step"),
])
# 22 chatty, goods, egg farm
em("Egg trays for the new packhouse", "Hey Josh,", "Cheers,\nAmy\nPulpPak", [
 ("Great to finally see the new packhouse up and running, and I've told my boss you're as good as signed, so don't leave me hanging!", "HS", "pleasantry + seller's standing as guilt (rule 15)"),
 ("Our 30-cell pulp trays stack 20% higher before they crush, which matters on the pallets you showed me.", "N", "value tied to the buyer"),
 ("Me again, hoping you might have found a spare minute for the samples, though honestly whenever suits.", "T", "apologetic follow-up + permission language"),
 ("Honestly, if it makes life easier, I'll knock a tenner off every thousand, no strings.", "T", "unconditional discount"),
 ("Everyone else in the county egg co-op has already switched to us, so it'd be a bit odd to be the only farm still on the old trays.", "H", "peers-switched shaming"),
 ("P.S. The pallet spec is attached.", "N", "logistics"),
])
# 23 terse, service, housing association
em("Neighbour mediation contract", "Ms Kaur,", "Paul Redmond\nCommonGround Mediation", [
 ("Proposal for 40 mediation cases a year attached.", "N", "logistics"),
 ("Our mediators hold the first joint meeting within 10 days of referral, which should cut the repeat complaints your tenancy team flagged.", "N", "value tied to the buyer"),
 ("Need your sign-off by Friday, my regional manager reviews my pipeline on Monday.", "HS", "seller's pipeline review as the reason for a date (rule 16)"),
 ("Otherwise your chief executive will be hearing from me.", "H", "bypass threat"),
 ("I can meet your panel on the 8th.", "N", "next step"),
 ("We're the largest mediation provider in England, accredited by every body that matters.", "S", "generic size boast"),
])
# 24 warm, goods, prison service
em("Rowing machines for the HMP Ashfield gym", "Dear Mr Doyle,", "Warm regards,\nSally Greaves\nFitSecure Ltd", [
 ("Thanks so much for the tour of the gym, and please pass my thanks on to the PE officers.", "N", "pleasantry"),
 ("The anti-ligature frame on our rower has no gap wider than 6 mm, which meets the prison estate spec you sent.", "N", "spec the buyer requires"),
 ("I've pulled favours at the factory to get these built ahead of the queue for you, so I'd really hope for a yes this week after everything I've done.", "HS", "favours pulled as guilt (rule 15)"),
 ("We'd be so grateful if you'd write us a short testimonial for our website.", "S", "review favour before any delivery (rule 10)"),
 ("Delivery and fitting are in the quote, and since your governor is hard to pin down, I'll send the paperwork to the area manager at HMPPS instead.", "H", "legit scope + going over the prospect's head"),
 ("Shall we aim for the fit on the 20th, when you said the sports hall is closed?", "N", "next step on the prospect's date"),
])
# 25 blunt, goods, large infrastructure contractor
em("Rock bolts, Northern Tunnel Section 3", "Mr Lindgren,", "Stefan Bauer\nGeoAnchor Systems", [
 ("The 25 mm resin bolts in our quote meet the 250 kN pull-out load in your spec.", "N", "spec answer"),
 ("Your geologist's logs show the fractured zone around chainage 1400, so I'd run 4 m bolts there rather than the 3 m you priced.", "N", "expert push-back from the buyer's data"),
 ("Frankly, a project of this size shouldn't still be dithering over anchors at this stage.", "H", "shaming the prospect's process"),
 ("The order form goes to you today, so get it signed and we'll lock in the mill slot.", "H", "assumptive demand to sign"),
 ("We supply the world's biggest mines and were named Supplier of the Year by an industry magazine.", "S", "generic award boast"),
 ("Delivery to site is six weeks, and on any discount you'd have to wait while I check with head office.", "T", "legit lead time + deferring on discount (rule 12)"),
])
# 26 warm, service, wildlife charity -- clean
em("Boardwalk repairs at Fen Reserve", "Dear Janet,", "Best wishes,\nOlly Barnes\nWetland Access Ltd", [
 ("Thank you for walking the boardwalk with me in the rain on Wednesday.", "N", "thanks"),
 ("About 60 m of decking near the bird hide has rot in the bearers, not only the boards, so I'd replace the bearers in that stretch and re-deck the rest with the recycled boards you liked.", "N", "expert recommendation backed by inspection"),
 ("Natural England's consent is needed before we work in the SSSI, and they usually take six weeks, so I'd apply this month.", "N", "borderline: real permit lead time with reason (rule 4)"),
 ("Working between September and February keeps us clear of the nesting season.", "N", "planning insight"),
 ("Apologies for the late quote; my notes got soaked and I had to go back out on Friday to re-measure.", "N", "borderline: single courtesy apology with the reason (rule 3)"),
 ("Shall I submit the consent application on the reserve's behalf?", "N", "offer to take the work"),
])
# 27 non-native, service, public gallery
em("Framing for the 30 Hokusai prints", "Dear Ms. Campbell,", "Kind regards,\nKenji Sato\nSato Framing Studio", [
 ("Thank you for the list of the 30 prints and the sizes, it's very clear.", "N", "thanks"),
 ("We use museum glass with 99% UV filter and conservation board, so the colours of the woodblocks do not fade in your bright gallery.", "N", "product tied to the buyer"),
 ("I am very sorry to write you again, and sorry also that our price is maybe too high.", "T", "apology for following up and for price"),
 ("Maybe we could possibly make a smaller price, if you think is okay, please tell me the number you want.", "T", "stacked hedges + asks the buyer to name the number"),
 ("Our workshop has framed for the British Museum and the V&A, and we won the Guild gold award.", "S", "client names and award boast"),
 ("We can deliver on 2 May, before your exhibition opens, but only if you confirm today, because after today I cannot promise nothing.", "H", "legit date + invented same-day deadline"),
])
# 28 formal, service, dairy farm
em("Hoof trimming for the Meadowbank herd", "Dear Mr Pritchard,", "Yours sincerely,\nGwyn Morgan\nMorgan Hoof Care", [
 ("Thank you for sending the mobility scores from your last vet visit, and forgive me for pressing the point yet again after our call.", "T", "thanks + apology for following up"),
 ("With 22% of the herd scoring 2 or 3, a routine trim every six months would likely lift yield more than the footbath changes you are considering.", "N", "insight from the buyer's data"),
 ("Each lame cow costs around £330, and frankly every week you delay is more money poured down the drain.", "H", "borderline: cost of delay used to push, plausible number (rule 5)"),
 ("I have also put you in the diary for 4 November, so I shall raise the deposit invoice today to confirm it.", "H", "assumptive booking and payment step"),
 ("Our crush is the only one in Wales with a hydraulic tilt, a weigh cell, a rotating table and LED work lights.", "S", "feature list boast"),
 ("I would be glad to demonstrate the crush on your yard.", "N", "borderline: bare demo offer (rule 9)"),
])
# 29 chatty, service, woodland trust
em("Horse logging in Hanger Wood", "Hi Fiona,", "Cheers,\nTess\nHeavy Horse Forestry", [
 ("Loved seeing Hanger Wood on Thursday, the bluebell bank is something else.", "N", "pleasantry"),
 ("With the ground that wet, our two Ardennes horses will take out the thinnings without the ruts a forwarder would leave.", "N", "value tied to the site"),
 ("I'll be honest, I'm a bit gutted, because I turned down another job to keep February free for the trust and haven't heard a peep since.", "HS", "seller's sacrifice and feelings as guilt (rule 15)"),
 ("And if the trust decides against it, don't give it a second thought, I'll try again next winter.", "T", "pre-emptively accepts a no without a question (rule 11)"),
 ("Oh, and we'd love a quote from you for our new website once you've seen the work!", "S", "testimonial favour before any work"),
 ("The felling licence you already hold covers the thinning, so that side is sorted.", "N", "regulatory fact"),
])
# 30 terse, service, university space lab -- clean
em("TVAC slot for your CubeSat", "Dr. Ibrahim,", "Mark Jensen\nOrbital Test Services", [
 ("Quote for eight thermal cycles, -40 to +80 °C, attached.", "N", "logistics"),
 ("Your launch provider wants the test report by 12 March, so a slot in the week of 16 February leaves room for one retest.", "N", "the prospect's external date, planned around"),
 ("Our chamber holds 10^-6 mbar, below the level in your provider's test spec.", "N", "spec the buyer's process requires"),
 ("Bring the flight harness; a mismatch there caught two teams out last year.", "N", "advice from experience"),
 ("Does the 16th work?", "N", "clear next step"),
])
# 31 warm, service, small jeweller
em("Hallmarking for the wedding-ring collection", "Hi Georgia,", "Warmly,\nNadia\nMarque Assay Services", [
 ("Congratulations on the new collection; the hammered platinum bands are beautiful.", "N", "pleasantry"),
 ("We can laser-mark up to 200 pieces a week, so the rings keep the hammered texture that punching would flatten.", "N", "value tied to the product"),
 ("Our laser suite is the most advanced in the country, and we picked up an industry innovation award in the spring.", "S", "generic boast"),
 ("I'd hate for you to think we're pushy, and I hope this email is all right.", "T", "approval-seeking"),
 ("My manager has told me I must land two new studios this month, so if you could send your first batch before the 31st you'd be a real lifesaver.", "HS", "manager's target as the reason for a date, phrased as a favour (rule 16)"),
 ("P.S. Just a note that sterling silver under 7.78 g doesn't need a hallmark, so you can leave the small stacking rings out.", "N", "borderline: one polite 'just', useful legal fact (rule 1)"),
])
# 32 blunt, goods, zoo
em("Enrichment feeders for the primate house", "Tom,", "Mike\nEnrichmentWorks", [
 ("The puzzle feeders are HDPE, dishwasher safe and rated for a 120 kg gorilla, and you need these in every enclosure, full stop.", "H", "product facts + 'you need' directive"),
 ("Your keepers said the orangutans empty the current feeders in four minutes; ours take around forty.", "N", "value tied to the buyer"),
 ("Put the order through today or you'll be waiting till spring, I'm not holding stock for people who dither.", "H", "ultimatum + sarcasm"),
 ("Most other collections moved to our feeders ages ago, so frankly you're behind.", "H", "peers-switched shaming"),
 ("And sorry, I know this email's gone on a bit.", "T", "apology for length"),
 ("Price list attached, and I've already put you down for 12 units on next month's invoice.", "H", "legit attachment + assumptive invoice"),
])
# 33 very deferential, service, US university
em("Dark fiber between your two campuses", "Dear Mr. Ellison,", "Respectfully,\nDana Whitmore\nRailPath Fiber", [
 ("I hope it isn't an imposition to follow up, and I'm so sorry if I'm bothering you at a hectic time.", "T", "apology for following up"),
 ("The route runs 14 miles along the rail corridor, which keeps it clear of the street works that cut your current circuit twice last year.", "N", "insight tied to the buyer"),
 ("Would a short call be something you'd possibly consider, perhaps, if it isn't too inconvenient?", "T", "stacked hedges + permission-seeking"),
 ("We'd be thrilled to walk you through our complete portfolio, from metro Ethernet to colocation to managed SD-WAN.", "S", "whole-suite showcase (rule 9)"),
 ("The 20-year IRU is quoted in the attachment, and I'd be fine with whatever monthly rate your budget committee feels comfortable with.", "T", "legit quote + lets the buyer set the price"),
])
# 34 non-native, finance service, importer
em("Hedging the dollar invoices", "Dear Mrs. Novak,", "Best regards,\nPetr Dvořák\nMerkur FX", [
 ("Thank you for the meeting and for the list of your supplier payments in dollars.", "N", "thanks"),
 ("With 70% of your costs in USD and the sales in euro, a move of 5 cents would take about €90,000 from your margin this year.", "N", "quantified risk from the buyer's data, as information (rule 5)"),
 ("For your company this hedging is obligatory, we do not need more discussion.", "H", "directive telling the prospect what they must buy"),
 ("Our bank has the best FX desk in Central Europe, many awards, and very famous investors behind us.", "S", "awards and investors boast"),
 ("Please sign the framework agreement today, then my bonus for this quarter is safe.", "HS", "seller's bonus as the reason to sign today (rule 16)"),
 ("I can show you an example of a forward contract for your March payment, but every week you wait without hedge is a gamble you will regret.", "H", "legit offer + cost-of-delay used to push, no number (rule 5)"),
])
# 35 formal, consulting, sheet-metal firm -- clean
em("Lean workshop for the press shop", "Dear Mr Okonjo,", "Yours sincerely,\nRuth Ambler\nAmbler Lean Consulting", [
 ("Thank you for the walk through the press shop on Monday.", "N", "thanks"),
 ("The changeovers on press 4 took 52 minutes when we watched, and plants with similar tooling usually halve that within a month.", "N", "insight with relevant proof"),
 ("I would recommend starting with that press rather than the whole shop, because the team will see a result inside two weeks.", "N", "confident recommendation"),
 ("The two-day workshop costs £3,900, and the follow-up audit at 30 days is included.", "N", "price"),
 ("Before we discuss the wider programme, it would be worth agreeing what changeover time would make the second shift unnecessary.", "N", "redirect to value"),
 ("Could we hold the workshop on 10 and 11 March, when you said the order book is lighter?", "N", "next step on the prospect's date"),
])
# 36 chatty, goods, US high school
em("Lacrosse sticks for the girls' JV team", "Hey Coach Delgado,", "Talk soon,\nBrandon\nCrosseCraft Lacrosse", [
 ("Thanks for the roster and the head-shape preference, and sorry for the flurry of texts and calls yesterday!", "T", "thanks + apology for following up"),
 ("The 30 women's sticks with mesh pockets come to $1,740, and I've already set up your account and booked the shipment for Friday, so just reply with the card you'd like to use.", "H", "requested price + assumptive payment step"),
 ("We're the official stick of three Division I programs and were just ranked the fastest-growing lacrosse brand in America!", "S", "ranking boast"),
 ("If that's too much, tell me what your booster club can swing and I'll match it.", "T", "buyer names the number"),
 ("My sales manager is running a contest, so it'd be huge for me if you ordered before Thursday.", "HS", "sales contest as the reason for a date (rule 16)"),
 ("Sizes for the goalie stick are on page 2 of the attachment.", "N", "logistics"),
])
# 37 warm, goods, children's hospice
em("Weighted blankets for the family rooms", "Dear Sophie,", "With warm wishes,\nLucy\nCalmWeight", [
 ("Thank you for telling me about the children on the ward and how the evenings are hardest.", "N", "thanks"),
 ("Our blankets come in 2, 3 and 4 kg weights with covers that go through a hospice laundry at 71 °C.", "N", "product detail tied to the buyer"),
 ("So sorry to keep landing in your inbox, and I hope I'm not being a pest.", "T", "apology for following up + approval-seeking"),
 ("The invoice for the 20 blankets is attached, and I've booked the van for Monday, so it's all ready to go.", "H", "invoice and delivery before a yes"),
 ("If you'd let us share your story on our social media, I'll take 30% off.", "ST", "borderline: discount for a publicity favour (rule 7)"),
 ("I can bring samples in on Wednesday afternoon, and the nurses at the two hospices down the road already swear by them, so your families are missing out.", "H", "legit offer + peers-already-bought FOMO"),
])
# 38 blunt, goods, deli -- clean
em("Smoked fish for the deli counter", "Harriet,", "Callum\nStrathnaver Smokehouse", [
 ("Our cold-smoked salmon is dry-cured for 24 hours, so it slices cleanly on your machine without the wet sheen you complained about.", "N", "value tied to the buyer's complaint"),
 ("Kippers and hot-smoked trout come on the same van, which saves you one of the three drop-offs you pay for now.", "N", "value"),
 ("Prices are on the sheet: £28 a kilo for the salmon, £14 for the trout.", "N", "price"),
 ("If you want a lower price, the way to get it is a standing weekly order, which takes the salmon to £25.", "N", "concession traded for volume (rule 7)"),
 ("Tasting at your shop on Tuesday at 8?", "N", "clear next step"),
])
# 39 very deferential, goods, gliding club
em("Winch cable for the launch point", "Dear Mr Fairbanks,", "Yours most respectfully,\nGraham Lowe\nSkyline Cables", [
 ("Please excuse this further message; I really don't wish to be a nuisance.", "T", "apology for following up"),
 ("Our Dyneema line weighs a seventh of your steel cable, so the winch gets the glider higher on the same engine and the cable breaks less in crosswinds.", "N", "value tied to the buyer"),
 ("The 1,200 m drum is £2,150, and I'm terribly sorry it isn't cheaper; I'd completely understand if that puts the club off.", "T", "price fact + apology for the price"),
 ("We've supplied every club in the top ten of the national ladder, and our cable was used at the World Championships!", "S", "generic boast"),
 ("If the committee isn't interested, please don't worry at all, and thank you so much for even considering us.", "T", "pre-emptive release, thanks for considering (rule 11)"),
 ("Your CFI asked about splice training, and I can run that on the day we deliver.", "N", "answers the buyer's question"),
])
# 40 non-native, goods, NHS hospital
em("Medicinal leeches for the plastics unit", "Dear Sister Adams,", "Best regards,\nMarek Kowal\nHirudo Medical", [
 ("Thank you for your email about the flap salvage cases in your unit.", "N", "thanks"),
 ("Our leeches are farm-bred and CE-marked as a medical device, which your pharmacy procurement requires.", "N", "certification the buyer's process requires (rule 8)"),
 ("We deliver within 4 hours to your hospital, and the other hospitals in your region already order from us, so it is strange that you still do not.", "H", "legit delivery fact + peers-switched shaming"),
 ("I wait your answer since three weeks and I am very disappointed, after I prepared all the documents especially for you.", "HS", "seller's disappointment and effort as guilt (rule 15)"),
 ("Next week I will write to your medical director instead of you.", "H", "bypass threat"),
 ("The price per leech is £12, including the transport box, and this is now my fourth email about it.", "H", "legit price + counting attempts at the prospect (rule 13)"),
])


def labels_of(code):
    if code == "N":
        return ["NONE"]
    return [c for c in CAT if c[0].upper() in code]

def curl(s):
    return s.replace("'", "\u2019")

emails, sents = [], []
sid = 0
for i, e in enumerate(E, 1):
    eid = "s26e%03d" % i
    conv = curl if i % 3 == 0 else (lambda s: s)
    body = [(conv(t), c, n) for t, c, n in e["sents"]]
    main = [b for b in body if not b[0].startswith("P.S.")]
    ps = [b for b in body if b[0].startswith("P.S.")]
    # paragraphs: opener, middle, closer, then any P.S.
    paras = [[main[0][0]], [b[0] for b in main[1:-1]], [main[-1][0]]] + [[b[0]] for b in ps]
    text = conv(e["sal"]) + "\n\n" + "\n\n".join(" ".join(p) for p in paras if p) + "\n\n" + conv(e["sign"])
    counts = {c: [0, 0] for c in CAT}  # [all, non-borderline]
    for t, c, n in body:
        assert t in text, (eid, t)
        assert c in {"N", "H", "S", "T", "HS", "HT", "ST", "HST"}, c
        sid += 1
        labs = labels_of(c)
        sents.append({"id": "s26-%04d" % sid, "email": eid, "text": t, "labels": labs, "note": n})
        for lab in labs:
            if lab in counts:
                counts[lab][0] += 1
                if not n.startswith("borderline:"):
                    counts[lab][1] += 1
    lab = {c: (0 if a == 0 else (2 if a >= 2 and nb >= 1 else 1)) for c, (a, nb) in counts.items()}
    emails.append({"email": eid, "subject": conv(e["subject"]), "text": text, "labels": lab})

with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
    for r in emails:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
    for r in sents:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# checks: every line parses, sentences are verbatim substrings
em_text = {}
for line in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8"):
    r = json.loads(line); em_text[r["email"]] = r["text"]
    assert set(r["labels"]) == set(CAT)
n = 0
for line in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8"):
    r = json.loads(line); n += 1
    assert r["text"] in em_text[r["email"]]
    assert r["labels"] == ["NONE"] or r["labels"] == [c for c in CAT if c in r["labels"]]
assert n == len(sents) and len(em_text) == 40

# counts
C = Counter()
for r in sents:
    for l in r["labels"]:
        C[l] += 1
multi = sum(1 for r in sents if len(r["labels"]) > 1)
border = sum(1 for r in sents if r["note"].startswith("borderline:"))
faulty_per_email = Counter(r["email"] for r in sents if r["labels"] != ["NONE"])
n2 = sum(1 for e in emails if faulty_per_email[e["email"]] >= 2)
clean = sum(1 for e in emails if faulty_per_email[e["email"]] == 0)
lvl = {c: Counter(e["labels"][c] for e in emails) for c in CAT}
curly = sum(1 for e in emails if "\u2019" in e["text"])
stats = {
    "emails": len(emails), "sentences": len(sents),
    "NONE": C["NONE"], "NONE_pct": round(100.0 * C["NONE"] / len(sents), 1),
    "hard_close": C["hard_close"], "self_serving": C["self_serving"], "timidity": C["timidity"],
    "multi_label": multi, "borderline": border,
    "emails_2plus_faulty": n2, "clean_emails": clean, "emails_with_curly_apostrophes": curly,
    "email_levels": {c: dict(sorted(lvl[c].items())) for c in CAT},
}
print(json.dumps(stats, indent=1))

readme = """# sealed26: held-out sales emails for the Poise tone coach

> **Training data since the tenth session.** This set was once sealed and was read several times while sealed (its
> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).
> It measures nothing now.

**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on
6 December after that evening's last Apply and model changes and measured first on them (rules + model macro-F1
0.885: hard_close 0.845, self_serving 0.907, timidity 0.902; 1 of 110 clean sentences flagged; email agreement
0.975 / 0.900 / 0.950), then used for the Apply sample of round 25.

Written by hand for this set, from the labelling guide (`LABELS.md`) and the product description alone. No other
data set, rule or code was consulted, and none of the guide's example sentences is copied or paraphrased.
`build.py` holds every sentence with its label code and a short note, assembles the emails, derives the email-level
labels with the guide's 0/1/2 scale (no hand overrides), checks that each sentence is a verbatim substring of its
email and that every line parses, and writes this README's counts.

Files: `test-emails.jsonl` (40 emails), `test.jsonl` (one body sentence per line, P.S. lines included, salutations
and sign-offs excluded). A note starting with `borderline:` marks a sentence decided by a borderline rule.

## Counts (computed by build.py)

| | Count |
|---|---|
| Emails | {emails} |
| Sentences | {sentences} |
| NONE | {NONE} ({NONE_pct}%) |
| hard_close | {hard_close} |
| self_serving | {self_serving} |
| timidity | {timidity} |
| Multi-label sentences | {multi_label} |
| Borderline sentences | {borderline} |
| Emails with 2+ faulty sentences | {emails_2plus_faulty} |
| Clean emails | {clean_emails} |
| Emails using curly apostrophes | {emails_with_curly_apostrophes} |

Email-level distribution (level: emails): hard_close {lh}; self_serving {ls}; timidity {lt}.

## Design

- Many faulty sentences keep a legitimate element beside the fault (a price the prospect asked for, an attachment,
  the prospect's own date, a booked slot, a delivery fact) with the pressure, boast or concession in one clause.
- Fault wordings avoid the stock phrases; they use peers who already switched, read receipts, bypass threats,
  assumptive invoices and card requests, the seller's effort or feelings as guilt, quota/contest/manager/bonus
  reasons, awards and feature lists, unprompted discounts, "name your number", apologies for price or length,
  stacked hedges and giving up at once.
- Hard negatives: real external dates (permit lead times, a launch provider's report date, grower shipping cut-off),
  the prospect's own dates, expert push-back, quantified risk from the prospect's data, a concession traded for a
  standing order, a single courtesy apology with a reason, one polite "just", sympathy.

## Industries (one trade per email)

Steel pans (school music hub); headstone re-fixing (parish council); theatre flight cases; hop poles and wirework;
dry-ice blasting (food factory); hotel guest soap; insect protein feed (poultry); cricket-bat willow clefts; seed
potatoes (allotment shop); chocolate tempering machines; wheelchair minibus conversion (community transport);
tree surgery (council park); bowling-green renovation; beach huts (council tender); heritage steam boiler overhaul;
speech-therapy software (US school district); clinical sharps collection; tofu for school lunches (US); heritage
grain flour (pasta maker); helicopter lift of rooftop plant; wind-tunnel testing (helmets); moulded pulp egg trays;
neighbour mediation (housing association); prison gym rowing machines; tunnel rock bolts; nature-reserve boardwalk
repair; conservation framing (gallery); dairy hoof trimming; horse logging (woodland trust); thermal-vacuum testing
(university CubeSat); hallmarking (jeweller); zoo enrichment feeders; dark fibre (US university); FX hedging
(importer); lean workshop (sheet-metal shop); lacrosse sticks (US high school); weighted blankets (children's
hospice); smoked fish (deli); glider winch cable (gliding club); medicinal leeches (NHS plastics unit).

## Registers

Formal, chatty, terse, warm, blunt, very deferential and non-native English, mixed across goods and services,
public-sector and private buyers, tiny firms and large ones, British and American spellings. Every third email
(3, 6, 9, ...) uses curly apostrophes; the rest use straight ones.
""".format(lh=dict(sorted(lvl["hard_close"].items())), ls=dict(sorted(lvl["self_serving"].items())),
           lt=dict(sorted(lvl["timidity"].items())), **stats)
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
    f.write(readme)
