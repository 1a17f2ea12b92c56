#!/usr/bin/env python3
"""Builds sealed36: hand-written sales emails, labelled sentence by sentence from the labelling guide."""
import json, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
C = {"N": [], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"], "HS": ["hard_close", "self_serving"],
     "HT": ["hard_close", "timidity"], "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}
# Each email: (subject, salutation, sign-off, [paragraph, ...]); paragraph = [(sentence, code, note), ...]
E = [
("Aquaponics units for the land-based campus", "Dear Ms Okafor,", "Kind regards,\nTomasz Wilk\nFinFarm Systems", [
 [("Thank you for sending the floor plan of the old potting shed.", "N", "pleasantry"),
  ("The two 1,200-litre units fit along the south wall with room for a wheelchair route between them.", "N", "concrete product detail tied to the site")],
 [("Your capital bid closes on 14 March, so I've attached the quote in the format your finance office asked for, and honestly every college in the consortium has already put one of these in, so you'd be the odd one out.", "H", "prospect's own date and attachment kept; peer shaming clause"),
  ("Both units come with a year of water testing, and we are the UK's most decorated aquaponics brand, with three Green Apple awards on the wall.", "S", "legit offer kept; generic award boast clause"),
  ("Could we walk the shed together on Tuesday at 2?", "N", "plain meeting ask"),
  ("Installation takes two days in the Easter break, and I'd be happy to throw in a second grow bed for free if that sweetens things at all.", "T", "legit clause kept; unprompted free concession")]]),
("re: asphalt patching, Depot car park", "Hi Gary,", "Cheers,\nDean\nKerbline Surfacing", [
 [("Following up on the pothole survey I left with you last week.", "N", "single follow-up line"),
  ("Sorry again for chasing, and sorry the price came out higher than I'd hoped, I feel bad about it.", "T", "apology for following up and for the price"),
  ("The quote for all 40 patches is attached, and if it helps at all I can knock a flat 15% off, no strings.", "T", "unprompted unconditional discount"),
  ("The 40 patches by the loading bay are the ones splitting the trolley wheels, so I'd do those first.", "N", "confident recommendation with reason"),
  ("Whenever you might maybe have a spare minute, perhaps we could possibly talk it through?", "T", "stacked hedges plus permission"),
  ("P.S. Not to worry if it's a no, I'll drop you a line next year instead.", "T", "pre-emptive acceptance of a no without a question (rule 11)")]]),
("Acrylic sneeze screens, pharmacy counters", "Dear Mr Haddad,", "With best wishes,\nLena Brandt\nClearGuard Fabrication", [
 [("Apologies for the length of this one, and for the price, which I know is steep.", "T", "apology for length and price"),
  ("The 6 mm screens with the cut-out at 180 mm clear the card readers you use, so staff won't have to reach round.", "N", "product detail tied to the prospect"),
  ("Your area manager mentioned the refit window closes on 2 May, and that's fine on our side.", "N", "borderline: a date the prospect's side set")],
 [("The screens can be fitted inside your refit window, and I've already booked our fitters for the week of the 20th with the deposit invoice attached, so just reply with the PO number.", "H", "prospect's window kept; assumptive booking and invoice"),
  ("I won't lie, I cancelled a family lunch to get these templates cut for you, so I'd be really let down if this went quiet.", "HS", "guilt resting on seller's effort and feelings (rule 15)"),
  ("P.S. The colour samples you asked for are in the post, and my manager is keen to get this signed before our half-year closes on the 30th.", "HS", "legit clause kept; seller's manager and period as reason for a date (rule 16)")]]),
("Alpine plants for the rock garden", "Hello Ms Pryce,", "Warmly,\nRuth Ellery\nScree & Crevice Nursery", [
 [("It was a pleasure to meet you at the plant fair on Saturday.", "N", "pleasantry"),
  ("You mentioned the new scree bed faces north-east, so I'd lean towards saxifrages and gentians rather than the sun-loving sedums.", "N", "expert recommendation tied to the site"),
  ("A mixed tray of 40 plugs comes to GBP 186 delivered, which is the figure you asked for.", "N", "price the prospect asked for"),
  ("Autumn planting lets the roots settle before frost, so late September is ideal.", "N", "value reasoning"),
  ("Shall I hold a delivery slot in the week of 22 September?", "N", "clear next step with date")]]),
("OSCE role-play actors, spring exams", "Dear Dr Mensah,", "Best regards,\nHal Quartey\nStandinCast", [
 [("Apologies for the late-night email and for chasing, I'm conscious I keep turning up.", "T", "apology for following up"),
  ("We have trained 300 simulated patients, appeared in The Times twice, and won Training Provider of the Year!", "S", "generic boast list"),
  ("The contract is attached with the 24 station slots you asked for, and my director needs it across the line by Friday so it lands in our quarter.", "HS", "attachment kept; seller's director/quarter as reason for a date (rule 16)"),
  ("The breaking-bad-news station will need two actors who can repeat the scenario identically 24 times, and ours are calibrated for exactly that.", "N", "product detail tied to their exam"),
  ("If it's not too much trouble, I hope it's okay that I also copied your exams officer.", "T", "permission-seeking and approval-needing"),
  ("We can run a rehearsal with your examiners on the 3rd as you suggested, though every other medical school in the region has already signed with us, so you'd be the only one left running it in-house.", "H", "legit clause kept; peers-already-switched shaming")]]),
("Alarm monitoring for your five depots", "Dear Mr Lindqvist,", "Yours sincerely,\nPriya Sandhu\nNightwatch Receiving Centre", [
 [("Following your call on Monday, I've attached the monitoring schedule for all five depots.", "N", "logistics with attachment"),
  ("It's a bit of a worry that an operator your size still has its depots watched by a part-timer with a phone.", "H", "shaming the prospect"),
  ("Your insurer's letter requires a Cat II receiving centre by 1 July, and ours holds that grading.", "N", "borderline: real external constraint stated once with reason"),
  ("Frankly, your depots can't go another winter without this, full stop.", "H", "'you need this' directive"),
  ("Your transport manager is welcome at the control room any weekday, and I'd love to give you the grand tour and the story behind it.", "S", "legit clause kept; 'hear our story' demo ask (rule 9)"),
  ("Does Thursday at 10 work for a call with your transport manager?", "N", "clear next step with date")]]),
("Cardboard balers, Unit 3", "Hi Sonia,", "Thanks,\nMarek\nBaleRight", [
 [("Just a heads-up that the V40 baler needs a 16-amp supply, which your electrician can fit in a morning.", "N", "borderline: one polite 'just'; technical prerequisite"),
  ("At your volume of 3 tonnes a week, bales at that density would cut your skip lifts from four to one.", "N", "value from prospect's data")],
 [("We can hold the rental at GBP 95 a month if you take a three-year term.", "N", "concession traded for a longer term (rule 7)"),
  ("I hate to be a pest and I'm so sorry for filling your inbox again.", "T", "self-abasing apology for following up"),
  ("Honestly, I'm one baler off a trip to Lisbon in our sales contest, so this one would mean the world to me.", "S", "seller's contest stake, no date or demand (rule 16)"),
  ("The baler ships with a year's supply of strapping, and I'll pencil you in for delivery on the 3rd and send the direct debit form tonight.", "H", "legit clause kept; assumptive: delivery and payment before a yes")]]),
("Bike repair stations for the campus", "Hey Jordan,", "Talk soon,\nCass\nSpokeStop", [
 [("Great chatting on Wednesday!", "N", "pleasantry"),
  ("The stations bolt to your existing paving and come with the pump, the stand and eight tethered tools.", "N", "product detail"),
  ("The stations are vandal-rated for open quads, and two of your rivals in the Big Ten already put them in and, frankly, it's a bit embarrassing that you haven't.", "H", "legit clause kept; competitors-already-bought shaming"),
  ("Your facilities director asked to see the install drawings, so I've added her to this thread.", "N", "borderline: senior leader copied at her own request (rule 12)"),
  ("Six stations come to USD 14,800 installed, which is the number you asked for, but that pricing holds only until Friday, so you'll want to move fast.", "H", "price asked for kept; deadline with urgency language"),
  ("I've held a spot on our install calendar for the 9th and will send the invoice once the stations land.", "H", "assumptive booking and invoice before a yes")]]),
("Wild bird seed for the 12 garden centres", "Dear Mrs Abernethy,", "Kind regards,\nOwain Price\nHedgerow Seed Co.", [
 [("Thank you for the sales data on your four current blends.", "N", "pleasantry"),
  ("I'm sorry to hear about the flooding at the Ludlow branch.", "N", "sympathy, not timidity"),
  ("The no-mess sunflower hearts are outselling husked mixes three to one in your spring figures, so I'd widen that range first.", "N", "insight from prospect's data"),
  ("I've attached a planogram for a 1.2 m bay and a price list at the volumes you gave me.", "N", "logistics with attachment"),
  ("Could we review it with your buying team on 9 April?", "N", "clear next step with date")]]),
("Brass quintet for the civic reception", "Dear Councillor Ahmed,", "With respect,\nEvelyn Marsh\nGuildhall Brass", [
 [("I apologise for writing at such length, I know how busy you must be, and please forgive me for taking up your time.", "T", "apology for length, self-abasing"),
  ("We would play a 40-minute set in the foyer as guests arrive, then the national anthem at the start of the speeches.", "N", "concrete service detail"),
  ("I humbly hope it would not be presumptuous to ask whether you might possibly consider us.", "T", "stacked hedges, approval-seeking"),
  ("Our fee is GBP 950, but truly we would accept whatever figure the council feels is fair.", "T", "price stated, then caving clause: buyer names the number"),
  ("We can also play a short fanfare for the Mayor's arrival, and we have played for two Lord Mayors and at the Royal Albert Hall.", "S", "legit clause kept; generic credential boast"),
  ("I do hope I have not upset you by asking.", "T", "needing approval")]]),
("Blood pressure cuffs, 40 community pharmacies", "Hi Mr Chen,", "Regards,\nAbby Fuentes\nCardiaMed Supply", [
 [("We're the fastest-growing cardiology supplier in the country, backed by Northgate Ventures.", "S", "ranking and investor boast"),
  ("The ArmRight cuff is on the BIHS validated list your clinical lead asked about, so it clears that step of your procurement.", "N", "credential the buyer's process requires (rule 8)"),
  ("Who at regional level gives the final nod on new devices?", "N", "discovery question"),
  ("Your regional stock code is on the attached order form, and since this one's been sitting with you three weeks, I've taken the liberty of raising the order in your name.", "H", "legit clause kept; assumptive order before a yes"),
  ("The sample cuffs ship on Monday as you asked, and if I don't hear back by then I'll send the quote straight up to your CEO.", "H", "prospect's request kept; bypass threat clause")]]),
("Baby changing units, station toilets", "Dear Ms Barlow,", "Best wishes,\nNiall Foster\nNestle Washroom Fit", [
 [("We're proud to be the market leader in washroom fit-out, with more installs than anyone.", "S", "'leading' boast"),
  ("Our horizontal units fold flat to 102 mm, which meets the clearance in your accessible cubicles.", "N", "product detail tied to their spec"),
  ("We've been family owned since 1958.", "S", "borderline: heritage line (rule 8)"),
  ("I'll be honest, I've bent over backwards pulling favours at the factory for you, so a no now would sting me personally.", "HS", "guilt on seller's effort and feelings (rule 15)"),
  ("Our technical team is pulling the anti-bacterial coating test data, and you'll have it on Thursday.", "N", "logistics with a date"),
  ("The fitting team can work nights so the toilets stay open, and it would be a real feather in my cap with the regional director if we won all twelve stations.", "S", "legit clause kept; seller's standing, no date or demand (rule 15)")]]),
("Deck waterproofing, Fenham footbridge", "Dear Mr Osei,", "Yours faithfully,\nCharlotte Dunne\nMembraTech Civil", [
 [("We've been the go-to name for bridge membranes for thirty years, as the trade press never tires of saying.", "S", "generic reputation boast"),
  ("The chloride levels in your survey are past the point where sealing the joints alone holds up, so the full membrane is the sound option.", "N", "expert recommendation backed by evidence (rule 6)"),
  ("The network rail possession you booked starts on 11 August, and our crew can work inside it.", "N", "prospect's own date"),
  ("Our spray membrane features 48-hour cure, UV resistance, 2 mm build, crack bridging, BBA certification, colour options and a 25-year guarantee.", "S", "feature dump"),
  ("I can hold our crew for your August possession, but if you don't lock this in now, you'll be patching that deck every winter for the next decade.", "H", "legit offer kept; 'if not now, never' pressure clause"),
  ("The method statement is attached, and our whole estimating team stayed up two nights on it, so I trust you'll give us a decision this week.", "HS", "attachment kept; guilt on seller's effort with a demand (rule 15)")]]),
("Cable glands for the Substation 4 job", "Dear Ms Ito,", "Regards,\nRaj Patel\nGlandex Industrial", [
 [("Thanks for sending the cable schedule.", "N", "pleasantry"),
  ("The 20S brass glands suit your SWA sizes and the ATEX ones cover the two hazardous-area runs.", "N", "product detail tied to their spec"),
  ("Lead time from the mill is currently six weeks because of brass allocation, so an order by 10 June keeps your energisation date.", "N", "borderline: real manufacturer allocation stated once with reason"),
  ("I've attached the datasheets and ATEX certificates for your file.", "N", "attachment"),
  ("Would a call on Wednesday help settle the shroud options?", "N", "clear next step")]]),
("Ceramic foam filters for the iron foundry", "Hello Mr Kowalski,", "Best,\nGreta Lind\nPoroCast", [
 [("The 10 ppi zirconia filters cut the inclusions your scrap report blamed for 4% of the pump housings.", "N", "value tied to prospect's data"),
  ("Sorry, I know I'm probably being pushy, sorry.", "T", "repeated apology for normal selling"),
  ("Happy to shave the unit price down to whatever your last supplier charged, whatever works.", "T", "unprompted concession to the buyer's number"),
  ("Volume pricing for 10,000 filters is on the sheet, but any further discount would have to go up to my boss first, I can't make that call myself.", "T", "legit clause kept; deferring discount to manager (rule 12)"),
  ("I've attached the trial plan for two pours on line B.", "N", "attachment, logistics"),
  ("A trial box of 200 filters is free of charge, and our filters are sold in 40 countries with four patents behind them.", "S", "legit clause kept; generic boast")]]),
("chainsaw courses", "Hi Pete,", "Cheers,\nMo\nTimberSafe Training", [
 [("Floating this one up again in case it got buried.", "T", "checking-in as the purpose of the email"),
  ("CS30 and CS31 run over four days at your yard, so nobody travels.", "N", "concrete service detail"),
  ("Course dates are flexible around your mowing rota, and since I've heard nothing back I'll ring your mobile and the office line every day till we've got dates in.", "H", "legit detail kept; multi-channel badgering clause"),
  ("All the kit is provided, and our lead instructor was on Countryfile last year, which tells you all you need to know.", "S", "legit clause kept; generic boast"),
  ("Would the week of 7 October work for the first group of four?", "N", "clear next step"),
  ("I hope that's all okay and I haven't overstepped by sending this.", "T", "approval-seeking")]]),
("Cattle ear tags, spring calving", "Dear Mr Hughes,", "Kind regards,\nBethan Rees\nTagline Livestock", [
 [("Thank you for the order history from last year.", "N", "pleasantry"),
  ("I'm really sorry, I'm only resurfacing to see whether you'd found even a second to look.", "T", "apology plus checking-in as the purpose"),
  ("The tissue-sampling tags you asked about come pre-numbered with your herd mark and a BVD pot.", "N", "product detail the prospect asked for"),
  ("They come to GBP 1.10 a pair, sorry, I know that's not cheap.", "T", "price kept; apology for the price"),
  ("If now isn't good, no worries at all, I'll try again next spring.", "T", "accepting brush-off without a question (rule 11)"),
  ("The price list is attached, but totally fine if this isn't useful, just bin it!", "T", "legit clause kept; pre-emptive release")]]),
("Comedians for the hospice charity night", "Hi Anya,", "Laughs,\nBen Tate\nPunchline Bookings", [
 [("Lovely to hear the hospice night is going ahead on 8 November.", "N", "prospect's own date"),
  ("Our headliner packs a 30-minute clean set, which suits a room with grandparents and teenagers.", "N", "tied to their audience"),
  ("Trust me, a night like this lives or dies on the opener, and your guests simply need our headliner.", "H", "'you need this' directive"),
  ("The fee for both acts is GBP 1,400 as you asked, and I've already told them they're booked, so I'll just need your card details to secure them.", "H", "price asked for kept; assumptive payment clause"),
  ("Both acts can stay for the raffle, and we're the number-one comedy agency in the North, as voted by Chortle readers!", "S", "legit clause kept; ranking boast"),
  ("This is my third try getting hold of you, so it'd be nice to hear something back.", "H", "counting attempts at the prospect (rule 13)")]]),
("Candyfloss machines for the summer fete", "Hello Mrs Doyle,", "All the best,\nFreddie Gold\nSpun Sugar Hire", [
 [("Thank you for getting back to me about the fete on 5 July.", "N", "pleasantry, prospect's date"),
  ("Two machines and 400 cones come to GBP 240 for the day, and the operator is included.", "N", "price and detail"),
  ("I've attached the hire agreement, and be warned, we only have one pair of machines left for that weekend and three other schools are circling it.", "H", "attachment kept; manufactured scarcity clause"),
  ("Confirming by Thursday would rescue my month, as that's when our sales month closes.", "HS", "seller's month as reason for a date (rule 16)"),
  ("Would you like the machines near the tombola or by the gate?", "N", "logistics question"),
  ("Sugar and sticks are included, and we won the South West Events Award in 2023 and 2024.", "S", "legit clause kept; award boast")]]),
("Culvert clearance, Millbeck Lane", "Dear Mr Farrow,", "Yours sincerely,\nJoanna Pike\nClearFlow Civils", [
 [("Thank you for the CCTV footage of the Millbeck Lane culvert.", "N", "pleasantry"),
  ("The silt line is at 60% of the barrel, so it will back up the lane in the next heavy rain.", "N", "insight from prospect's footage"),
  ("The Environment Agency consent takes about 21 days to issue, so we'd apply this week for a late-October window.", "N", "borderline: real permit lead time stated once with reason"),
  ("We'd use a jetter from the downstream end, with a silt trap so nothing reaches the beck.", "N", "method detail"),
  ("Could we meet on site at 9 on Tuesday to agree the traffic plan?", "N", "clear next step")]]),
("Cheer uniforms for the varsity squad", "Hey Coach Ramirez!", "Go team,\nKelsey Ward\nSpiritline Athletics", [
 [("Hope it's cool that I'm reaching out again, I totally don't want to be annoying!", "T", "approval-seeking about following up"),
  ("The sublimated shells hold color through 100 washes, which matters if the girls wear them twice a week.", "N", "product detail tied to their use"),
  ("The size chart you asked for is attached, and this is my fourth email about it, and I can see you opened the last two.", "H", "attachment kept; counting attempts and read-tracking (rule 13)"),
  ("Honestly, the other coaches at the meet were asking why your girls are still in last decade's shells.", "H", "shaming"),
  ("Sizing takes ten minutes at practice on Thursday, if you wouldn't mind terribly and if that's maybe okay?", "T", "legit clause kept; hedges plus permission-seeking"),
  ("P.S. If you post a photo of the squad in them and tag us, I'll take 10% off.", "ST", "borderline: discount offered for a personal favour (rule 7)")]]),
("Team cookery day for the finance department", "Dear Ms Adeyemi,", "Best regards,\nLouis Varga\nCopper Pot Kitchen School", [
 [("Thank you for the brief for 24 people on 12 June.", "N", "pleasantry, prospect's date"),
  ("A pasta and sauce course works well for mixed skill levels and ends with everyone eating together.", "N", "tied to their group"),
  ("The kitchen has 24 stations so everyone cooks, and we're the most reviewed cookery school in Manchester with over 5,000 five-star ratings.", "S", "legit clause kept; generic ranking boast"),
  ("The menu is attached, and I'd also be so grateful if you'd write us a review and let us use your logo on our corporate page.", "S", "attachment kept; favours asked before any value delivered"),
  ("Could you confirm any allergies by 1 June so we can order?", "N", "logistics with a real reason"),
  ("Could you let me have a decision by Monday, as my manager wants the June diary filled before our review?", "HS", "manager's wish as reason for a date (rule 16)")]]),
("Dehydrated meals for the Greenland crossing", "Dear Dr Sørensen,", "Best regards,\nIsla Moore\nTrailFuel Expeditions", [
 [("Thank you for the ration plan for the six-person team.", "N", "pleasantry"),
  ("At 5,500 kcal per person per day, the high-fat range keeps your sled weight about 9 kg lower than your current mix.", "N", "value from prospect's plan"),
  ("Our shipping cut-off for Kangerlussuaq is 3 March because of the freight flight schedule.", "N", "borderline: real external constraint stated once with reason"),
  ("I've attached the nutrition sheets and allergy matrix.", "N", "attachment"),
  ("Shall we finalise quantities on a call next Monday?", "N", "clear next step")]]),
("Drum kits for the youth centre", "hi Shaun,", "cheers\nLeo\nBeatbox Music Supply", [
 [("Sorry to be a pain, I know you're slammed.", "T", "apology for normal selling"),
  ("Five kits with mesh heads keep the noise down for the flats above you.", "N", "product detail tied to their site"),
  ("I've got a target to hit by the 31st and you're the last one on my list, so I'd need your yes before then.", "HS", "seller's target as reason for a date (rule 16)"),
  ("Delivery to the centre on a Tuesday is fine, and happy to throw in 20% off regardless, whatever you decide.", "T", "logistics kept; unconditional discount clause"),
  ("The council grant you mentioned closes on 30 November, so I've put the quote on your grant template.", "N", "borderline: real external date plus legit attachment"),
  ("Each kit comes with a stool, cymbals and a year's warranty, and every youth centre round here already has kits like these, you're honestly the last.", "H", "legit clause kept; peer shaming")]]),
("DPF cleaning for the bus fleet", "Dear Mr Bailey,", "Kind regards,\nAnika Shah\nFilterFresh Diesel Services", [
 [("Sorry, sorry, I know I keep landing in your inbox.", "T", "repeated apology for following up"),
  ("Buses 14 to 22 have the highest back-pressure readings, so they should go first in the thermal cleaning cycle.", "N", "insight from prospect's data"),
  ("We can collect ten filters a night and return them before the 5 a.m. pull-out, and quite frankly, after the hours I've spent on your fleet data, I'm owed a straight answer this week.", "HS", "legit logistics; guilt on seller's effort with a date (rule 15)"),
  ("Each cleaned filter comes back with a flow-test certificate, and your competitors across the county have all moved to us already.", "H", "legit clause kept; peers-already-switched pressure"),
  ("Could I present the plan to your engineering lead on the 19th?", "N", "clear next step"),
  ("Sorry if that came out blunt, I really hope I haven't offended you.", "T", "approval-seeking apology")]]),
("Dewatering pumps for the Block D dig", "Hi Frank,", "Thanks,\nSteph\nDryPit Pump Hire", [
 [("Your site manager said excavation starts on the 4th, and the two 6-inch pumps can be there the day before.", "N", "prospect's own date"),
  ("The pumps come with a 24-hour call-out, and I've put the hire order through already with the first week's invoice on its way to your accounts team.", "H", "legit detail kept; assumptive invoice clause"),
  ("Spare pumps sit in our Coventry yard an hour from your site, and we've got the biggest pump fleet in the Midlands.", "S", "legit clause kept; generic boast"),
  ("Honestly, my boss will have my head if this one slips, so please don't let me down.", "ST", "pleading for seller's own sake (rule 15)"),
  ("The silenced units stay under 65 dB at the boundary, which keeps you inside your section 61 consent.", "N", "value tied to their consent"),
  ("We've hired pumps to every major contractor in the UK, as you'll see on our website.", "S", "generic boast")]]),
("Medjool dates for the Eid boxes", "Dear Brother Yusuf,", "Peace,\nSamir Haddad\nOasis Fine Foods", [
 [("Thank you for your message about the mosque's 1,500 gift boxes.", "N", "pleasantry"),
  ("The jumbo Medjool from the Jordan Valley fit four to a compartment in the tray size you sent.", "N", "product detail"),
  ("I am very much sorry, I am a little worried maybe the price is too high for you and I apologise for this.", "T", "non-native register; apology for the price"),
  ("The tray price for 1,500 boxes is in the attached sheet, but if you wish, you can tell me what price is good for you and I will make it.", "T", "legit clause kept; buyer names the number"),
  ("Also I must say, my boss say I have to finish this order this week for our month target.", "HS", "seller's boss and monthly target as reason for a date (rule 16)"),
  ("The Ramadan shipping from Aqaba closes on 20 January because of the port schedule, so I have attached the order form with this date.", "N", "borderline: real external constraint plus attachment")]]),
("Employee assistance programme, hospital trust", "Dear Mr O'Brien,", "Yours sincerely,\nDr Helen Ruiz\nSteadyMind EAP", [
 [("I know I'm one of a hundred vendors in your inbox, so I'm truly grateful you're reading this at all.", "T", "self-abasing gratitude"),
  ("With 31% of nurses reporting burnout, the 24-hour clinical helpline would give night staff support when your occupational health office is closed.", "N", "value tied to prospect data"),
  ("Your framework call-off deadline is 28 February, which I've noted on the attached pricing sheet.", "N", "prospect's own process date, attachment"),
  ("We also offer 62 modules, manager training, apps, webinars, legal advice, debt advice and a podcast.", "S", "feature dump with no tie to the prospect"),
  ("Should we not be the right fit, I'd truly be grateful just to have been considered at all.", "T", "thanking for even considering (rule 11)"),
  ("I'm free for the governance call you proposed on the 9th, and in the meantime I've asked our CEO to ring your chief executive directly, since this is taking a while.", "H", "prospect's meeting kept; going over their head")]]),
("Ear defenders for the bottling hall", "Hi Aisha,", "Best,\nColm\nQuietLine PPE", [
 [("Thanks for the noise readings from lines 1 and 2.", "N", "pleasantry"),
  ("At 94 dB on the filler, the SNR 32 muffs bring your operators comfortably under the upper action value.", "N", "value from prospect data"),
  ("Could you possibly let me know, whenever is convenient, if maybe a trial might be alright?", "T", "stacked hedges and permission-begging"),
  ("Honestly, I'd give anything to land this one, I've been here six months and haven't won a bottling plant yet.", "S", "seller's own stake, no date or demand (rule 15/16)"),
  ("The muffs are in stock, so if your safety committee can't meet this week, sign now and let them catch up on the paperwork afterwards.", "H", "stock detail kept; overriding the prospect's process"),
  ("The hygiene-kit pricing is coming from our warehouse team and will be with you on Wednesday.", "N", "logistics with a date"),
  ("Sorry for the delay on this, our courier lost the sample pack; a new one goes out today.", "N", "borderline: single courtesy apology with the fix")]]),
("Exhaust extraction for Station 9", "Captain Moreno,", "Respectfully,\nGrant Whitley\nClearBay Extraction", [
 [("Thanks for letting me walk the apparatus bay on Tuesday.", "N", "pleasantry"),
  ("Your three engines idle for around four minutes before each run, which is when crews take in the most diesel exhaust.", "N", "insight from the visit"),
  ("Based on what I saw on the bay, you need source-capture hoses on all three bays, not just the ladder.", "H", "borderline: 'you need' directive after a real inspection (rule 6)"),
  ("The hoses run on rails so they release as the engine pulls out, and other departments in the county went with us years ago, so honestly you're way behind.", "H", "product detail kept; peer shaming clause"),
  ("I've gone ahead and scheduled the install crew for the 15th, so all that's missing is your signature.", "H", "assumptive booking before a yes"),
  ("Each hose drop is sized for your exhaust outlets, and our founder invented the first magnetic-release nozzle back in 1987.", "S", "legit clause kept; generic credential boast")]]),
("Lash extension course for your stylists", "Hiya Jade,", "Love,\nMia\nLuxeLash Academy", [
 [("Hope you don't mind me messaging, I got your email off the salon's Instagram.", "T", "approval-seeking"),
  ("The two-day classic course includes a kit, a live model each and a certificate your insurer accepts.", "N", "product detail tied to insurer need"),
  ("We've trained 12,000 artists and won Beauty Educator of the Year three years running!!", "S", "award boast with exclamation marks"),
  ("The March course runs on the Monday and Tuesday you asked for, but there are only four seats left and they're going fast, so grab them today.", "H", "prospect's days kept; scarcity plus urgency clause"),
  ("The kit list is in the booking form, so pop your card details in and I'll reserve two seats right now.", "H", "legit clause kept; assumptive payment step"),
  ("Sorry if this is a bit much, I hope that's alright!", "T", "approval-seeking apology")]]),
("Espadrilles for the SS26 range", "Dear Clémence,", "Best regards,\nJordi Puig\nAlpargatas Puig", [
 [("Thank you for the tech pack and the colour standards.", "N", "pleasantry"),
  ("Our workshop in La Rioja hand-stitches the jute sole, which gives you the story your customers pay for at EUR 79.", "N", "heritage tied to the prospect's price point"),
  ("For 3,000 pairs or more we can bring the unit price to EUR 14.20.", "N", "concession traded for volume"),
  ("Samples in the four colourways can be with you by 18 October.", "N", "logistics date"),
  ("Would you like me to add the wedge version to the sample run?", "N", "plain question")]]),
("Exam invigilators for the summer series", "Dear Mrs Whitfield,", "Kind regards,\nDaniel Kerr\nQuietHall Staffing", [
 [("Our team was named Best Education Support Partner at last year's awards, so you'd be in very good hands.", "S", "award boast"),
  ("We can supply 14 invigilators a session, all DBS-checked and trained on the JCQ rules your exams officer listed.", "N", "tied to their requirement"),
  ("My manager has said that if you sign before our year-end on the 31st, he'll approve 12% off.", "HST", "discount conditioned on seller's date with manager reason (rule 7, 16)"),
  ("Happy to join your exams officer's planning meeting on the 4th, where I can tell you about our journey from a two-person start-up to a national brand.", "S", "legit clause kept; 'hear our story'"),
  ("Sorry to keep bothering you with this, I'm really sorry.", "T", "repeated apology for following up"),
  ("If this year isn't right, totally understand, I'll try you again next September.", "T", "accepting brush-off without a question (rule 11)")]]),
("Egg-free mayonnaise for the canteens", "Hello Mr Grant,", "Regards,\nSophie Lam\nPlantBind Foods", [
 [("Your own head chef told me the current mayo is a problem, so there's really no decision left for your buying panel to make.", "H", "overriding the prospect's own process"),
  ("Swapping to the egg-free mayo removes egg from 11 of your sandwich lines, which clears most of your allergen flags.", "N", "value tied to their menus"),
  ("I'm sending the contract and the first delivery note together, and if I don't hear by Friday I'll take that as a go-ahead.", "H", "silence-means-yes assumptive"),
  ("The allergen sheets you wanted are attached, and I've framed your unbroken streak of silence for our office wall.", "H", "attachment kept; sarcasm at the prospect"),
  ("We'd deliver in 10-litre pails to reduce the plastic your sustainability team asked about.", "N", "tied to their request"),
  ("I've been patient for six weeks and gone out of my way on samples, so the least you can do is reply.", "HS", "guilt on seller's patience and effort (rule 15)")]]),
("Folding chairs for the village hall", "Dear Mr Parsons,", "With best wishes,\nDiane Holt\nHallmark Seating", [
 [("Thank you for showing me round the hall on Thursday.", "N", "pleasantry"),
  ("The beech chairs stack 12 high on a trolley, so your volunteers can clear the floor in minutes.", "N", "tied to their use"),
  ("I'm ever so sorry, I feel terrible that 120 chairs comes to so much.", "T", "apology for the price"),
  ("The trolleys are included, and perhaps I might possibly be able to do something on price if you think it might help?", "T", "legit detail kept; hedges plus unprompted price offer"),
  ("We've been making chairs since 1921.", "S", "borderline: heritage line (rule 8)"),
  ("Delivery is the week after half-term as you asked, and I could also waive the delivery charge if that makes it any easier at all.", "T", "legit clause kept; unprompted concession")]]),
("Fuel polishing, standby generators", "Dear Ms Kaur,", "Kind regards,\nPeter Lowe\nPureDiesel Services", [
 [("I've put a fair bit of my own reputation on the line internally to get you this slot.", "S", "seller's standing, no blame or demand (rule 15)"),
  ("The water content in tanks 2 and 3 is above the limit your generator supplier sets, so I'd polish those before the winter load test.", "N", "expert recommendation backed by evidence"),
  ("Your load test is on 14 November and we can finish both tanks the week before.", "N", "prospect's own date"),
  ("Our tanker can be on site at 7 to miss your shift change, and every other data centre on the park has already signed with us, so you'd be the one left exposed.", "H", "legit clause kept; peers-already-switched pressure"),
  ("I've attached the method statement, and off the record, landing this one would get me over my bonus line for the year.", "S", "attachment kept; seller's bonus, no date (rule 16)"),
  ("I was a bit hurt, to be honest, that you didn't reply after I stayed late running your numbers.", "HS", "guilt on seller's effort and feelings (rule 15)")]]),
("Freeze-dried raspberries for the granola line", "Hi Tom,", "Best,\nNadia\nCrispFruit Ingredients", [
 [("Thanks for the spec sheet for the new granola.", "N", "pleasantry"),
  ("Our 3-6 mm crumble matches the pieces you asked for and holds under 3% moisture in your bags.", "N", "product detail tied to spec"),
  ("Your buyer set 1 April for supplier sign-off, so I've sent the specs a fortnight early.", "N", "prospect's own date"),
  ("Would it be useful to see it run on a line like yours?", "N", "borderline: bare demo ask (rule 9)"),
  ("The same crumble comes in strawberry if you extend the range next year.", "N", "product detail"),
  ("Could we book a 20-minute call on Thursday?", "N", "next step")]]),
("Face painting for the family fun day", "Hi Becky,", "Love Rosa x\nRainbow Faces", [
 [("It was lovely to chat about the fun day on 16 August!", "N", "pleasantry, prospect's date"),
  ("Two painters can do about 60 faces an hour, so the queue stays short.", "N", "detail tied to their event"),
  ("The booking form is attached, and I'd be ever so grateful if you could sign it by the weekend, as it'd help me hit my target for the month.", "HS", "legit clause kept; seller's target as reason for a date (rule 16)"),
  ("We bring our own gazebo in case of rain, and you'll regret it if the kids are stood around bored because you hesitated.", "H", "legit detail kept; shaming pressure clause"),
  ("P.S. I'll happily knock off GBP 30 if you leave us a Google review afterwards.", "ST", "borderline: discount for a personal favour (rule 7)"),
  ("Sorry again for messaging on a Sunday, and sorry this is so long!", "T", "apology for normal selling and length")]]),
("Forest school sessions for the nursery", "Dear Mrs Kapoor,", "Warm regards,\nOlly Fenwick\nMossy Roots Outdoor Learning", [
 [("Thank you for your email about the woodland behind the nursery.", "N", "pleasantry"),
  ("Weekly sessions for your pre-school group would build the physical skills your last Ofsted report asked for.", "N", "value tied to their inspection"),
  ("Our leaders hold Level 3 Forest School and paediatric first aid, which your insurer requires.", "N", "credential the buyer's process requires"),
  ("I've attached a risk assessment for the site and a sample term plan.", "N", "attachment"),
  ("Would a visit on Friday at 10 suit you?", "N", "clear next step")]]),
("Franking machines for the post room", "Dear Mr Ellis,", "Kind regards,\nGemma Frost\nPostMark Solutions", [
 [("Thanks for letting me know the board picked another supplier.", "N", "pleasantry"),
  ("I completely understand, and thank you so much for even thinking of us.", "T", "thanking for even considering (rule 11)"),
  ("Frankly, after everything I've done for your account this year, I'm disappointed you'd walk away like this.", "HS", "break-up guilt on seller's effort and feelings (rule 15)"),
  ("I'll leave the postage-rate comparison with your post room, and I'll keep dropping by your reception every month until the board changes its mind.", "H", "value left behind kept; badgering after a decision"),
  ("If you're happy to, I'd value ten minutes on what tipped the decision.", "N", "borderline: optional loss-review debrief (rule 10)"),
  ("P.S. Honestly, no hard feelings at all!", "T", "pre-emptive release after a decision (rule 11)")]]),
]
assert len(E) == 40, len(E)

def main():
    emails, sents, n = [], [], 0
    for i, (subj, sal, sign, paras) in enumerate(E, 1):
        eid = "s36e%03d" % i
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        body = "\n\n".join(" ".join(fix(s) for s, _, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        score = {}
        rows = []
        for p in paras:
            for s, code, note in p:
                n += 1
                s = fix(s)
                assert s in text, (eid, s)
                labs = C[code]
                rows.append({"id": "s36-%04d" % n, "email": eid, "text": s, "labels": labs or ["NONE"], "note": note})
        for lab in ("hard_close", "self_serving", "timidity"):
            carr = [r for r in rows if lab in r["labels"]]
            if not carr: score[lab] = 0
            elif len(carr) >= 2 and any(not r["note"].startswith("borderline:") for r in carr): score[lab] = 2
            else: score[lab] = 1
        assert 5 <= len(rows) <= 7, (eid, len(rows))
        emails.append({"email": eid, "subject": fix(subj), "text": text, "labels": score})
        sents.extend(rows)
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails: f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for r in sents: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for fn in ("test-emails.jsonl", "test.jsonl"):
        with open(os.path.join(HERE, fn), encoding="utf-8") as f:
            for line in f: json.loads(line)
    cnt = Counter(l for r in sents for l in r["labels"])
    faulty = Counter(e["email"] for e in sents if e["labels"] != ["NONE"])
    print("emails", len(emails), "sentences", len(sents))
    print("NONE %d (%.1f%%)" % (cnt["NONE"], 100 * cnt["NONE"] / len(sents)))
    for k in ("hard_close", "self_serving", "timidity"): print(k, cnt[k])
    print("multi-label", sum(len(r["labels"]) > 1 for r in sents))
    print("borderline", sum(r["note"].startswith("borderline:") for r in sents))
    print("emails with 2+ faulty", sum(1 for e in emails if faulty[e["email"]] >= 2),
          "clean", sum(1 for e in emails if faulty[e["email"]] == 0),
          "one faulty", sum(1 for e in emails if faulty[e["email"]] == 1))
    print("curly emails", sum(1 for e in emails if "\u2019" in e["text"]))
    for lab in ("hard_close", "self_serving", "timidity"):
        print(lab, "email scores", Counter(e["labels"][lab] for e in emails))

if __name__ == "__main__":
    main()
