import os
HERE = os.path.dirname(os.path.abspath(__file__))  # writes beside this script
import json
P="|"
E=[]
def e(subj,sal,sign,items): E.append((subj,sal,sign,items))
# codes: N none, H hard_close, S self_serving, T timidity; note starting 'b:' = borderline
e("Cable inspection for the Gondola B line","Dear Mr. Aebischer,","Kind regards,\nMarta Zell\nAlpenSeil Technik AG",[
("Thank you for the site walk on Tuesday and for the drawings of the upper station.","N","pleasantry"),
("Our magnetic rope test found two zones of broken wires near the bull wheel, and the full report is attached.","N","finding tied to prospect, attachment"),
("Your operation needs our monitoring package on Gondola B, which reads the grip force of all 34 cabins, and frankly there is nothing left to deliberate.","H","directive 'you need' plus shut-down of deliberation"),
P,
("The cantonal inspector has asked for rope records before the winter licence renewal on 15 November, so we should have the test data in her hands by early November.","N","b: real external date stated once with reason"),
("Our rope engineers would run the test from the valley station, and we are, after all, the most decorated ropeway engineering house in the Alpine arc.","S","generic boast"),
("I will send the quotation for the sensor rails on Friday morning, and should the figure feel too high I could simply take a fifth off before we even speak.","T","rep commitment plus pre-emptive unconditional discount"),
])
e("hides order - quick one","Hi Dev,","Cheers,\nRuth Okafor\nBramley Tanning Co.",[
("Sorry, sorry, I know I keep turning up in your inbox like a bad penny.","T","self-abasing apology for following up"),
("The veg-tan sides you asked about are 2.8 mm and dyed in your oxblood shade.","N","concrete product detail"),
("Samples go out with the courier on Wednesday, and I'm sorry in advance if that's still too slow for you, I really am.","T","logistics plus repeated self-abasing apology"),
P,
("The 500-side price you asked for is £11.20 a side, and if that makes you wince, tell me what number would feel right and I'll work backwards from it.","T","asks buyer to name their number"),
("Honestly, landing your account would make my whole autumn at the yard.","S","seller's stake, no demand"),
("Have a look when the dust settles, there's honestly no hurry on my end.","T","minimising, zero urgency"),
])
e("Your fleet and the summer season","Hi Gianni,","All the best,\nTom Sheridan\nFrostline Vans Ltd",[
("Good to meet you at the Margate trader's fair last weekend.","N","pleasantry"),
("You mentioned two of your vans lost about 40 litres of stock to freezer faults in August.","N","prospect's own data"),
("A van that sits at -18 all day keeps soft-serve mix sellable, which on your numbers is roughly £600 a van per season.","N","value tied to prospect's numbers"),
P,
("Three other operators on the Kent coast have already signed, and you'll be the one left explaining warm cones to your customers.","H","competitor shaming / FOMO"),
("The retrofit takes two days per van at our Ashford workshop, and only two slots remain before Easter with a chap in Hastings eyeing both.","H","manufactured scarcity"),
("I'll hold your booking form ready and pencil your vans in for the 3rd of March, so just send the deposit across.","H","assumptive demand for deposit before yes"),
])
e("Survey crews for the Stanhope block","Dear Ms Rasmussen,","Regards,\nAnders Lykke\nNordgeo Seismic A/S",[
("Following up on the survey spec we discussed on 2 May.","N","single following-up line"),
("Our 3D crews can shoot the Stanhope block at 25 m receiver spacing, which resolves the fault you flagged in the legacy 2D lines.","N","concrete value"),
("Our crew would be led by Hanne Berg, who shot the neighbouring licence, and we have been operating since 1978 with more than forty patents and two sovereign funds among our investors.","S","generic boasts: years, patents, investors"),
P,
("My regional director wants this survey on our board's books before the quarter closes on 30 June, so please confirm by the 20th.","HS","seller's manager and quarter as reason for deadline"),
("The mobilisation fee is NOK 2.1 million as per the attached schedule, though I might perhaps be able to ask whether we could possibly lower it a little.","T","stacked hedges plus discount"),
("The permit office in Fredrikstad takes about six weeks for ground-vibration approvals, which is why I'd file in early August for an October shoot.","N","b: real external lead time stated with reason"),
])
e("Robes for the Advent concert","Dear Mrs. Pennington,","With warm wishes,\nFelicity Marchbanks\nCantor Robes & Vestments",[
("Thank you for sending the choir's height list and the photos of the old robes.","N","pleasantry"),
("For forty singers I'd suggest the polycotton in Bishop's purple, which washes at 40 and won't shine under stage lights.","N","recommendation tied to need"),
("The seamstresses can finish by 28 November, a week ahead of the date you gave me for the first dress rehearsal.","N","prospect-set date"),
P,
("Could you also send me the choirmaster's email so I can confirm the stole colours with him directly?","N","logistics question"),
("I'll post fabric swatches on Monday.","N","rep commitment"),
])
e("following up :)","Hi Rhiannon,","Thanks so much!!\nJess Abernathy\nDrystane Walling Cooperative",[
("Only wondering if you'd had any thoughts on the quote yet!","T","timid check-in as purpose"),
("I hope it's alright that I'm writing again, I really don't want to be a pest.","T","approval-seeking about normal follow-up"),
("The quote covers 60 metres of Pennine-style wall along the lane with throughstones every metre.","N","concrete content"),
P,
("The labour element is £7,200 of the total, and if it's too much we could easily shave a few hundred off, whatever helps.","T","unconditional concession"),
("Also, if you're happy with the wall afterwards, would you mind writing us a little review on our page and letting us use a photo?","S","review and photo favour for seller, asked before any work is done"),
("No pressure whatsoever, truly, ignore me if you're busy!","T","permission to ignore"),
])
e("Press order, decision","Hello Mr. Holloway,","Sincerely,\nBen Carrow\nOrchard Iron Presses",[
("You said on the phone you'd decide on the hydraulic rack-and-cloth press by the end of September.","N","prospect's own deadline"),
("That's eight days from now, so I'll put the final drawing and the freight quote in your hands on Monday the 22nd.","N","scheduling around prospect's date"),
("If you order the 90-litre belt press instead, my commission on it would finally put me over the line for the year.","S","seller commission, no date demand"),
P,
("Any cider maker who's serious about his craft would have ordered a press like this two seasons ago.","H","shaming 'any serious...'"),
("I've attached the throughput figures from a Herefordshire farm of about your size, which pressed 4 tonnes a day with two people.","N","social proof tied to situation, attachment"),
("The freight quote covers delivery to your barn in Ledbury, and silence from your side by Friday means I'll treat it as a yes and book the haulier.","H","silence means go-ahead"),
])
e("Chamber servicing contract","Dear Dr. Nakamura,","Yours sincerely,\nHelena Drăgulescu\nDeepwell Hyperbaric Services",[
("Thank you for the clear list of requirements from your clinical engineering team.","N","pleasantry"),
("Our technicians hold the pressure-vessel certification your tender asks for, and copies are in section 4 of the attached bid.","N","credential required by buyer's process"),
("The annual service would include acrylic window inspection, the oxygen analyser calibration and a full leak-down test.","N","concrete scope"),
P,
("I will be at the hospital on 12 March for another client and can look at the monoplace unit then if that suits your team.","N","rep serving customer"),
("Could you tell me who signs off on maintenance contracts after the tender panel?","N","discovery question"),
])
e("RE: thatch quote","Evening Mrs Dunmore,","Regards\nGaz Whitlock\nWhitlock Thatching",[
("Third time I've written now and still not a peep back.","H","counting attempts at prospect"),
("The ridge on your cottage is shot, I saw daylight through it from the loft, and you need a new one whether you like it or not.","H","b: 'you need' directive after real inspection"),
("Water reed for the full roof comes to £18,400 as you asked, ridge included.","N","price prospect asked for"),
P,
("I drove out twice on my own time to measure up, so the least I'd expect is a yes or no.","HS","guilt resting on seller's effort"),
("I've left the sample bundle of reed by your gate, and if I don't hear by Thursday I'll ring your husband at his work instead.","H","bypass threat"),
("Scaffold goes up Monday at 8 at the Fenwick job down the road, so I'm close by all week.","N","b: logistics inside pushy email"),
])
e("Frames for the new branch","Hi Priya,","Best,\nLuca Benedetti\nOcchiali Benedetti Srl",[
("Please find attached the catalogue of acetate frames, we are very proud of it.","S","b: attachment plus pride; seller-centred"),
("We are the number one acetate maker in Cadore since 1952 and winner of the Silmo d'Or three times.","S","generic boast, heritage, awards"),
("I am so sorry to disturb you again and so sorry for the long email.","T","repeated apology for normal selling"),
P,
("For your new branch in Leeds, the 48 mm children's range would fit the school-age customers you described.","N","value tied to prospect"),
("I have put the price list for the children's range on page 12, and if it is ok for you, maybe we could perhaps arrange a short call when you have time?","T","hedges plus permission"),
("I can be in Leeds on 9 October with the sample case, but only if you think it's worth it, sorry for asking.","T","commitment plus apology for normal selling"),
])
e("Tug availability for the Hanseatic Star","Dear Captain Voss,","Best regards,\nJurgen Maas\nElbe Towage GmbH",[
("Thank you for the pilot schedule for the Hanseatic Star's call on 14 February.","N","pleasantry/logistics"),
("We can put two 70-tonne bollard-pull ASD tugs on her for the turn in the basin, which covers the wind limit your harbour master set.","N","concrete capability tied to need"),
("Both tugs are free on the 14th from 19:00, but if you do not confirm in the next hour they go to another line and you will have nothing.","H","fake deadline / scarcity"),
P,
("I already told dispatch you are in, so the booking stands unless you cancel in writing.","H","assumptive booking before yes"),
("The harbour master's night restriction for vessels over 300 m starts at 22:00, so the tugs will be on station at 20:30.","N","b: real external constraint with reason"),
])
e("Hive sensor pilot","Hey Kwame,","Talk soon,\nSigrid Halvorsen\nBuzzLog",[
("Good to hear the honey flow was strong on your Ashanti sites this year.","N","pleasantry"),
("I'm thrilled to share that our team just shipped firmware 3.0 for the hive scale you trialled, the biggest release we've ever done!","S","I/we-centric announcement"),
("It has LoRa, solar charging, acoustic swarm alerts, weight, humidity, temperature, an app, an API and an export to twelve formats.","S","feature dump"),
P,
("You said you lose about one hive in eight to absconding, and the swarm alert usually gives a beekeeper three to five days of warning.","N","value from prospect's data"),
("I'll ship ten sensors to Kumasi on the 4th, and in return I'd ask you to record a short video for our investors' update.","S","commitment plus favour for seller"),
("Honestly, we'd love to put your logo on our website too, our marketing folks keep asking me for African customers.","S","logo favour for seller"),
])
e("Pointe shoes for the spring intake","Dear Ms. Lindqvist,","Warmly,\nAmelie Fontaine\nDemi-Pointe Atelier",[
("I hope the auditions went smoothly last week.","N","pleasantry"),
("Forgive me for writing once more, I realise you must be terribly busy and I feel awful taking your time.","T","self-abasing apology"),
("The fitter can come to the academy on 3 April to fit all 22 first-year students, if that's not too much of an imposition on you, of course.","T","logistics plus permission-seeking"),
P,
("Group orders of 20 pairs or more come with a free fitting day, and I'm not sure, but perhaps that might possibly be useful for you?","T","stacked hedges"),
("I hope this isn't overstepping and that you aren't upset with me for asking.","T","needs approval"),
("Our shoes have been worn by principals at the Paris Opera and we have been family run for four generations.","S","b: heritage plus generic name-drop"),
])
e("Mortuary refrigeration for the new wing","Dear Mr. Achterberg,","Kind regards,\nSunita Rao\nCoolRest Medical Refrigeration",[
("Thank you for the floor plan of the new mortuary wing.","N","pleasantry"),
("A six-body roll-in unit would sit on the north wall without blocking the PM room door.","N","concrete fit"),
("Your county's new guidance requires temperature logging at 4°C with an alarm, and the unit's logger meets that out of the box.","N","regulation tied to product"),
P,
("We'll do the installation and commissioning, so your technicians don't lose a day to it.","N","'we' but buyer value"),
("I'll send the revised drawings by Thursday evening.","N","rep commitment"),
])
e("Zip line upgrade - last call","Hi Bronwyn,","Rhys\nSnowdonia Ropeways Ltd",[
("Dropping you another line about the trolley upgrade, in case it slipped down the pile.","T","timid check-in as purpose"),
("The 2026 trolleys are €1,140 each, and this is the final chance to get them at that price, after Friday it's gone and there won't be another.","H","last chance deadline"),
("Parks who wait on brakes like these usually end up on the evening news.","H","fear / manufactured urgency"),
P,
("The magnetic braking trolleys cut rider approach speed at the platform from 40 to 18 km/h, a design I personally fought our engineers for and am very proud of.","S","concrete value plus seller's pride"),
("I'm happy to knock another 15% off if that helps you say yes before Friday.","HT","discount tied to seller's date"),
("Either way I'll phone you Friday, then again Saturday, and pop round on Monday if I still haven't caught you.","H","multi-channel chasing"),
])
e("Re: no thanks","Hi Ola,","Best,\nKaren Bright\nHearthstone Tanners",[
("Thanks for letting me know you've gone with the Italian tannery.","N","acknowledging decision"),
("Totally understand, I'll drop you a line next spring and see how things are.","T","accepts brush-off without question"),
("Thanks so much for even considering us, it means the world.","T","thanking for considering"),
P,
("If you have ten minutes at some point, I'd value hearing what tipped it, so we can learn from it.","N","b: optional loss-review debrief"),
("I'll close this thread on my end.","N","neutral close"),
])
e("Wire rope test - scheduling","Hi Ferdinand,","Thanks,\nElsa Brun\nRopeCheck Services",[
("The NDT crew arrives at your valley station Monday 6 October at 7:00.","N","logistics"),
("They'll need the line stopped for about five hours, so plan for a morning closure.","N","technical prerequisite"),
("Your maintenance lead needs to isolate the drive before the crew clamps the head on.","N","'needs' technical prerequisite"),
P,
("I'll send the test report within 48 hours of the crew leaving.","N","rep commitment"),
("Just a heads-up, the road up to the station is closed Tuesday for resurfacing.","N","b: single polite 'just'"),
])
e("Your survey bid","Dear Dr Mbeki,","Regards,\nCallum Fraser\nHighland Geophysics",[
("Apologies for the delay in getting the costing to you; our nodal supplier changed their lead times and I wanted the numbers right.","N","b: single courtesy apology with reason"),
("The costing for the 120 km² survey comes to R 14.2 million, as you asked, and is attached.","N","price prospect asked for, attachment"),
("On the discount you raised in your email of 3 June, I'll have to run it past my line manager before I can say anything, sorry.","T","deferring on discount to manager"),
P,
("You need seismic before you drill, full stop, and anyone who says otherwise is wasting your money.","H","directive 'you need'"),
("The crew CVs are in appendix B, and you'll see we're frankly the best geophysics outfit in the southern hemisphere.","S","attachment plus generic boast"),
("Could you tell me how your board weighs survey cost against dry-hole risk?","N","insightful question"),
])
e("spectacle frames — stock for December","Hi Omar,","Cheers,\nHannah Lowe\nRimCraft Optical Supply",[
("The titanium frames you asked about are back in stock in gunmetal and rose gold.","N","stock info"),
("I can hold 40 units until Wednesday 5pm, because our warehouse releases reserved stock to the general pool after 48 hours.","N","b: factual hold expiry with reason, no urgency language"),
("My manager says if this isn't booked by Wednesday it comes off my numbers for November, so help me out here.","HS","seller's manager/numbers as deadline reason"),
P,
("And honestly, after I spent my whole Sunday building that planogram for you, I was a bit gutted not to get a reply.","HS","guilt resting on seller's effort"),
("The planogram's attached again, and I'd love a yes on it by the weekend so I can show my regional lead something.","HS","attachment plus seller-driven deadline"),
])
e("Chamber upgrade for the sports clinic","Dear Ms. Ferreira,","Best,\nNoah Brightwater\nPressureWorks Clinical",[
("Thanks for a great conversation on Thursday.","N","pleasantry"),
("I've attached the spec sheet, though honestly I'd mostly like this one for my own numbers this year.","S","attachment plus seller's need, no date demand"),
("Your athletes need our six-seat multiplace chamber, which treats a whole squad in one 90-minute session, and the sooner you admit it, the better.","H","'you need' directive plus needling"),
("Every week you hold off is another stack of recovery days your physio team is throwing away.","H","cost-of-delay used to push, no figure"),
P,
("I've booked the installation engineers for the 17th, so I'll just need the PO number from you today.","H","assumptive booking and demand before yes"),
("I've also pencilled in Friday at 3pm for a run-through with your medical director, who asked to join.","N","scheduling with requested exec"),
("If not, I'll take it straight to your CEO, who I believe would see it differently.","H","bypass threat"),
])
e("Ice cream vans - finance option","Hi Dale,","Ta,\nLiam Corrigan\nWhippy Wheels Conversions",[
("You mentioned cash flow is tight until the season starts in April.","N","prospect's situation"),
("We can spread the conversion over 24 months at no extra cost if you take both vans, since two builds share a single set of jigs.","N","concession traded for volume"),
("I'll email the finance paperwork tonight.","N","rep commitment"),
P,
("The soft-serve machines from Carpigiani are on a 10-week allocation this year, so a January order is what lands them before Easter.","N","b: real manufacturer allocation stated with reason"),
("Does Thursday at 11 work to go through the van layout with your sister?","N","clear next step with date"),
])
e("Stone for the estate walls","Dear Lady Carrington,","Most respectfully,\nPiers Ashdown\nAshdown Walling & Masonry",[
("I do hope you'll forgive the intrusion of yet another letter from me, enclosing the revised quarry schedule.","T","apology for following up"),
("I'm aware I am probably not the person you wished to hear from today, and I would quite understand if you set this aside.","T","self-abasement, pre-emptive release"),
("The Cotswold limestone you requested is quoted at £142 per tonne delivered to the estate yard.","N","price prospect asked for"),
P,
("Were the figure to seem at all steep, I'd of course be happy to accept whatever you felt was fair.","T","name your number"),
("The sample stones reach you on Tuesday, and you'll see the same quality that won us the Guild's gold medal twice.","S","logistics plus award boast"),
("Our waller can begin the ha-ha section on 3 June, the week after your garden opening.","N","logistics around prospect's date"),
])
e("Sensor order - need answer","Kwesi,","Brett\nHiveMind Sensors",[
("You've read my last three emails, the tracker shows it, and still nothing.","H","read-receipt guilt plus counting"),
("Your apiary can't run another season without this, end of story.","H","'you need' directive"),
("Our CEO was on Dragons' Den and our backers include two former Google execs.","S","investor / TV boast"),
P,
("Put the card details in the attached form so I can get the units out Monday.","H","payment details before yes"),
("This is the month I either make club or I don't, and your order decides it.","HS","seller's target tied to this prospect's order by month"),
])
e("Tug contract renewal","Dear Mr. Okonkwo,","Kind regards,\nIngrid Solberg\nFjordline Towage AS",[
("Thank you for renewing the framework agreement talks with us.","N","pleasantry"),
("Your harbour's traffic grew 18% last year, so I'd size the contract for three tugs rather than two.","N","recommendation from prospect's data"),
("The third tug would cover the tanker arrivals you told me cluster on Sunday nights.","N","value tied to prospect"),
P,
("I'll confirm the crew rota wording with our operations manager and send it by Wednesday.","N","checking with someone on non-discount matter, with date"),
("A three-year term would let us hold the 2025 hourly rate, which is how we can move on price.","N","concession traded for term"),
("Would Monday 10:00 work for a call with your port captain?","N","clear next step"),
])
e("hmm","Hi Bea,","Jo\nThatch & Reed Co",[
("so I guess you're ignoring me now, brilliant.","H","sarcasm / entitlement"),
("Really nice of you to let me drive 90 miles for a site visit and then go quiet, thanks for that.","HS","sarcastic guilt resting on seller's effort"),
("The quote for your porch roof in long straw is still £4,600.","N","b: price inside pushy email"),
P,
("I've already pencilled your job in for 1 May, so I'll send the invoice for the deposit over today.","H","invoice before yes"),
("If you don't do it this year you won't do it at all, and the roof will just rot.","H","now-or-never"),
])
e("Choir robes — small adjustment","Dear Father Aidan,","In gratitude,\nMaeve O'Donnell\nSt. Brigid Vestment Makers",[
("I'm so sorry to trouble you yet again, I know you have a parish to run, but could you confirm the count of altar servers' albs?","T","apology for following up"),
("The robes are cut and ready for the gold edging you chose.","N","status"),
("I'm afraid the edging adds €180, and I feel terrible even mentioning it, so please don't feel you must.","T","apologising for the price"),
P,
("Perhaps, if you didn't mind, we might possibly drop the edging cost altogether?","T","stacked hedges plus unconditional concession"),
("The robes are in a matt wool blend that won't crease in the vestry, and we've sewn vestments for three cathedrals and a papal visit, as you may know.","S","generic boast"),
("They can be delivered to the sacristy on 6 December, and I'd be ever so grateful if you'd mention us to the bishop's office.","S","logistics plus referral favour"),
])
e("Next steps on the drystone survey","Hi Callum,","Best,\nIsla Cairns\nBorders Dyking Ltd",[
("Thanks for walking the march dyke with me on Friday.","N","pleasantry"),
("About 300 metres have bellied badly where sheep rub, and I'd rebuild that stretch rather than patch it, because patched stone tends to slump again within two winters.","N","evidence-backed recommendation"),
("The agri-environment grant for boundary restoration closes to applications on 31 January, so it's worth getting the estimate into your application before then.","N","b: real external date with reason"),
P,
("I'll have the written estimate with you by Wednesday.","N","rep commitment"),
("What would your factor need to see to sign off on the rebuild?","N","insightful question"),
("Would next Tuesday at 2 work to go through it together?","N","clear next step"),
])
e("hyperbaric chamber demo","Dear Dr. Lindholm,","Best regards,\nMarco Ruiz\nOxyPlus Chambers",[
("On Wednesday's call, let me walk you through our entire product family, all eleven chambers and the accessories line.","S","whole product suite"),
("We were named Fast Company's most innovative medtech brand and we just closed our Series C.","S","awards and funding boast"),
("I hope it's okay that I'm reaching out directly, sorry if this is unwelcome.","T","approval-seeking, apology"),
P,
("You mentioned your wound-care unit treats about 30 diabetic foot patients a week.","N","prospect's data"),
("The two-seat monoplace would let you run those in parallel and clear the waiting list you described.","N","value tied to prospect"),
("Would Wednesday 14:00 suit for a 30-minute call, or whenever is convenient, honestly any time at all is fine?","T","next step undercut by permission-begging"),
])
e("Cider press - end of season","Hi Nell,","Cheers,\nOwen Pryce\nPryce Press Works",[
("Hope the harvest went well over at Tregothnan.","N","pleasantry"),
("The rack-and-cloth you tried at the show is £7,950, as you asked.","N","price asked for"),
("I really need to get this one over the line by the 30th because that's when our sales league closes and I'm top of it.","HS","seller contest deadline"),
P,
("If that helps, I'll throw in the cloths and a second rack free as long as it's signed by then.","HT","concession tied to seller's date"),
("I've enclosed the spare-parts list you asked for, and can I put you down as a referral for the Devon growers?","S","referral favour"),
("I'm in Truro on Thursday anyway and could bring the press round for you to try with your own fruit.","N","rep serving customer"),
("P.S. The cloths are food-grade polyester and I've put the washing guide in the box.","N","product detail"),
])
e("Survey follow up","Hello Dimitri,","Greetings,\nOleksandr Hrytsenko\nEastGeo Services",[
("I am writing to you only to check in if perhaps you maybe had the time to look at our proposal.","T","check-in purpose plus hedges"),
("Sorry for writing again, I do not want to disturb you, but the insurer needs your site coordinates.","T","apology for following up"),
("Our vibroseis trucks can start on the Poltava licence on 10 May, which matches the spud date you gave.","N","logistics matching prospect date"),
P,
("The quote for the 80 km line is UAH 9.6 million as attached, and if you say it is too much, please just tell me what price you want and I will try to make it.","T","name your number"),
("For me personally this contract is very important, my boss is watching my results this half.","S","seller's standing, no date demand"),
("I will send the crew list and insurance certificates tomorrow.","N","rep commitment"),
])
e("robes reorder","Hi Claire,","Best,\nSam Tetley\nHarmony Gowns",[
("The 12 replacement robes in navy ship from our Leeds unit on Tuesday.","N","logistics"),
("I've attached the sizing sheet so your new altos can be measured before then.","N","attachment"),
("Since the spring concert went so well in them, would you be open to a short quote we could use on our site?","S","b: testimonial ask of happy customer after value"),
P,
("Delivery should reach the school by Thursday, and I'll text you the tracking number.","N","logistics"),
("P.S. The invoice is attached, and sorry it's come out a touch higher than last time.","T","attachment plus apology for the price"),
])
e("Bees","Hi Marta,","Cheers,\nDan Hollis\nApiSense",[
("Writing again only to ask whether the sensor quote has found its way to the top of your pile.","T","timid check-in as purpose"),
("Sorry to be a nuisance about it.","T","apology for following up"),
("We can do the 40 sensors at £38 each, down from £45, no strings.","T","unconditional discount"),
P,
("You said you're losing about a tenth of your colonies to winter starvation, and weight alerts let you feed before that happens.","N","value from prospect's data"),
("If it's easier, I could ask my boss whether he'd go even lower.","T","deferring discount to manager"),
("I'll be at the Royal Welsh Show on Tuesday, where we're the only sensor brand with our own stand, which says a lot about us.","S","rep plans plus boast"),
])
e("Ballet shoe contract","Dear Mr. Petrov,","Regards,\nValentina Sokolova\nPointe Russe",[
("Your teachers must have these shoes for the season; nothing else on the market will hold up.","H","directive 'you need'"),
("Everyone at the Royal Ballet School has already switched, so your academy is now the odd one out.","H","competitor shaming"),
("The first batch of 60 pairs can be shipped by 1 September, as your term calendar requires.","N","prospect's date"),
P,
("Please send me the bank details for the direct debit so I can start production tonight.","H","payment details before yes"),
("It was my idea to propose your school to our director, and my name is on this now.","HS","b: seller's standing as pressure, no explicit demand but implied owed decision"),
("I am at the academy on Friday for the fitting day you arranged.","N","logistics"),
])
e("Chiller — decision","Dr. Whitcombe,","Regards,\nMike Rourke\nColdStore Mortuary Systems",[
("Your hospital's regulator will shut the mortuary if you keep using that old chiller, so honestly you've got no choice.","H","scare-pushing directive"),
("The new four-body unit is £21,300 installed, the figure you asked for.","N","price asked for"),
("I've booked the fitters for the 9th already, all I need is your signature.","H","assumptive booking"),
P,
("Hospitals that dither on this end up in the papers.","H","fear / shaming"),
("The install drawings are attached, and if I haven't heard by Friday I'll forward the whole thing to your Chief Executive.","H","bypass threat"),
("I went out on a limb with our MD to hold this price for you, so I'd expect some courtesy in return.","HS","guilt resting on seller's standing"),
])
e("After your decision","Hello Aroha,","Ngā mihi,\nTama Rewi\nKauri Thatch & Roofing",[
("Thank you for letting me know the iwi trust chose another thatcher.","N","acknowledging"),
("I'll keep calling the trust office until someone explains to me why.","H","badgering after a decision"),
("After everything I put into that tender, I honestly expected better from you.","HS","guilt resting on seller's effort after decision"),
P,
("The reed samples I left are yours to keep.","N","leaving value"),
("P.S. I've told your chair I'll be at Thursday's trust meeting to make my case again.","H","turning up uninvited after a decision"),
])
e("Quick check re frames","Hi Sophie,","Thanks!\nMiguel Duarte\nLentes Duarte",[
("I just wanted to see if maybe you had any feedback, at your leisure of course.","T","touch base plus permission"),
("If it's no bother, could you possibly let me know by next week whether you want the matte or the gloss finish?","T","hedges and permission"),
("The 14 frames you picked are in the attached order form with your trade pricing.","N","attachment"),
P,
("The new tortoiseshell colour is in the order form as well, and we just won the Design Award in Porto for it, which we are incredibly proud of.","S","award boast"),
("I can come to your Bristol shop on 22 May to adjust the display.","N","rep commitment"),
("P.S. Sorry again for all the emails!","T","apology for following up"),
])
e("Tanning chemicals - pricing question","Dear Mr. Bhatt,","Best regards,\nAylin Demir\nAnatolia Leather Chemicals",[
("You asked whether we could match the price from your current supplier.","N","context"),
("Before we talk price, let's confirm the chrome-free agent actually cuts your effluent costs by the 20% your plant manager hoped for.","N","redirect to value"),
("Our trial at a Kanpur tannery of similar size cut sludge disposal by a quarter, and I've attached their lab sheets.","N","proof tied to prospect's situation"),
P,
("If you commit to a 12-month supply, we can bring the per-kilo price down by 6%.","N","concession traded for term"),
("I'll be in Ranipet from 14 to 16 October and can visit the plant on the 15th.","N","rep plans"),
])
e("re: ice cream van","Hey Shaz,","Mick\nVanGo Ice",[
("Right, I've already sent you four messages and a voicemail, and you've not had the decency to reply.","H","counting and entitlement"),
("The van with the Carpigiani machine is £34,000 as discussed.","N","b: price inside pushy email"),
("Somebody from Blackpool wants it and he'll have it by Sunday if you don't.","H","manufactured scarcity"),
P,
("The van comes with a fresh MOT, and I need this one for my target this month, so get back to me by Saturday.","HS","seller target tied to date"),
("I put off two other buyers for you, mind.","HS","b: guilt resting on seller's sacrifice"),
("I'll have it washed and serviced Friday morning either way.","N","rep's plans"),
])
e("seismic data licence","Dear Ms Olawale,","Yours faithfully,\nRobert Klein\nTerraSonic Data",[
("As one of the world's top three seismic libraries, with data on every continent and a client list that speaks for itself, we hardly need an introduction.","S","generic boast"),
("Our licence includes reprocessed 2D, PSDM volumes, well ties, gravity, magnetics, interpretation support, a cloud viewer and a 24/7 hotline.","S","feature dump"),
("The Offshore Block 7 volume you asked about is priced at $420,000 for a five-year licence.","N","price asked for"),
P,
("If this doesn't close by the 31st my quarter is gone, so I'd ask you to sign before then.","HS","seller's quarter as deadline reason"),
("I apologise for pressing about the Block 7 licence, and I hope you won't think less of us for it.","T","apology for selling plus approval"),
("I'll send the data sample on a secure link on Monday, and I do hope that's acceptable and not a nuisance.","T","commitment plus approval-seeking"),
])
e("Ropeway spares","Hi Jakob,","LG\nAndrea Moser\nSeilbahn Teile Moser",[
("I'm hoping this is fine to ask, but did the sheave liners arrive okay?","T","approval-seeking"),
("Sorry that they were a day late, the pallet was held at the Brenner and we've refunded the express charge.","N","b: courtesy apology with reason and fix"),
("Our founder always says that nobody knows sheaves like the Moser family.","S","heritage / boast"),
P,
("Your spring inspection is on 2 April, so I'd fit the new liners by mid-March to give the auditor a full running record.","N","prospect-related date, advice"),
("Could you send the hour-meter reading so I can schedule the next set?","N","logistics question"),
("Your next order can go through the supplier portal, and I'd really appreciate it if you could rate us there, it helps me a lot with my boss.","S","review favour for seller's standing"),
])
out=[];emails=[]
sid=0
for i,(subj,sal,sign,items) in enumerate(E,1):
    eid="s13e%03d"%i
    if i%3==0:
        cq=lambda x:x.replace("'","\u2019")
        sal,sign,subj=cq(sal),cq(sign),cq(subj)
        items=[it if it==P else (cq(it[0]),it[1],it[2]) for it in items]
    paras=[[]];sents=[]
    for it in items:
        if it==P: paras.append([]);continue
        t,c,n=it
        paras[-1].append(t)
        labs=[l for k,l in (("H","hard_close"),("S","self_serving"),("T","timidity")) if k in c] or ["NONE"]
        if c=="N": assert labs==["NONE"]
        b=n.startswith("b: ")
        sents.append((t,labs,("borderline: "+n[3:]) if b else n,b))
    body=[]
    for p in paras:
        ps=[s for s in p if s.startswith("P.S.")]; q=[s for s in p if not s.startswith("P.S.")]
        body.append(" ".join(q))
    pst=[s for p in paras for s in p if s.startswith("P.S.")]
    text=sal+"\n\n"+"\n\n".join(body)+"\n\n"+sign+("\n\n"+"\n".join(pst) if pst else "")
    el={}
    for cat in ("hard_close","self_serving","timidity"):
        hits=[s for s in sents if cat in s[1]]
        nb=[s for s in hits if not s[3]]
        el[cat]=0 if not hits else (2 if len(hits)>=2 and nb else 1)
    emails.append({"email":eid,"subject":subj,"text":text,"labels":el})
    for t,labs,n,b in sents:
        sid+=1
        assert t in text
        out.append({"id":"s13-%04d"%sid,"email":eid,"text":t,"labels":labs,"note":n})
with open(os.path.join(HERE, "test-emails.jsonl"),"w") as f:
    for x in emails: f.write(json.dumps(x,ensure_ascii=False)+"\n")
with open(os.path.join(HERE, "test.jsonl"),"w") as f:
    for x in out: f.write(json.dumps(x,ensure_ascii=False)+"\n")
