#!/usr/bin/env python3
"""Hand-written held-out set sealed53. Codes: N=NONE, H=hard_close, S=self_serving, T=timidity (combine, e.g. HS).
Notes beginning 'borderline:' mark sentences decided by a borderline rule of the guide."""
import json, os
from collections import Counter

E = [
("Marquetry panels for the lift cars", "Dear Ms Okafor,", "Kind regards,\nJulian Pettigrew\nPettigrew Inlay Studio", [
 ("N","Thank you for sending the lift-car dimensions and the photographs of the existing walnut panels.","logistics"),
 ("N","Sycamore and bog oak would echo the lobby floor you described, and both hold up well to daily cleaning.","value tied to buyer"),
 ("S","Our studio has been named Craft Workshop of the Year three times, and we were featured in two national design magazines last spring.","generic awards"),
 ("HT","The drawings are attached as you asked, and if you confirm by Friday I'll take 15% off, though after that the figure goes back up.","legit attachment + discount tied to seller date"),
 ("H","Could we visit on the 14th to template the first car, and have your card details ready so we can take the deposit on the day?","legit meeting ask + assumptive payment"),
]),
("Mosquito surveillance traps for the 2027 season", "Dear Dr. Alvarez,", "Respectfully,\nDenise Harlan\nVectorline Field Supply", [
 ("N","Per your note, the district needs 60 CO2-baited traps in place before the first larval counts in April.","prospect's own date"),
 ("N","The state reimbursement window for vector equipment closes June 30, so the purchase order would need to clear before then to qualify.","borderline: real external deadline stated once with reason (rule 4)"),
 ("H","Three neighboring districts have already standardized on our trap, and you'll look out of step at the regional meeting if Maricopa Flats is the last holdout.","peer shaming"),
 ("HS","The revised quote for the 60 traps is attached, and my regional director is reviewing pipeline on Monday, so I need a signed PO from you before the weekend.","legit attachment + seller's manager as reason for date"),
 ("S","Our traps also feature solar panels, cellular uploads, species-level counts, tamper alarms, a weatherproof shell and a ten-year frame warranty.","feature list"),
 ("S","I can bring a demonstration unit to your Tuesday staff meeting, and I'd be grateful if you'd mention us in the state association newsletter afterward.","legit offer + favour for seller"),
]),
("Mural for the Ferry Lane underpass", "Hi Tom,", "Cheers,\nMaya\nBrightwall Murals", [
 ("N","Great to hear the residents' group picked the river-heron sketch on Saturday.","pleasantry + buyer news"),
 ("T","I'm really sorry the quote came out so high, I know it's a lot for a town council to find.","apologising for price"),
 ("T","If it helps at all, I could probably drop it to whatever the grant covers.","unprompted concession / name your number"),
 ("N","The anti-graffiti coat adds about three days, but it means the first tag can be washed off rather than painted over.","value tied to buyer"),
 ("T","I hope it's okay that I've pencilled in a site visit, and honestly don't feel you have to reply if you're swamped.","legit site visit + approval-seeking + permission to ignore"),
 ("N","P.S. The highways team will need two weeks' notice to close the footpath while we prime the walls.","borderline: real external lead time (rule 4)"),
]),
("Mentoring for the new team leads", "Priya,", "Ben", [
 ("N","Attached: the 12-week outline for your six first-time managers.","attachment"),
 ("H","Sessions run fortnightly, one-to-one, starting the week of 3 March you gave me, and I've already put your six names into our calendar so that part is settled.","legit date + assumptive booking"),
 ("HS","The fee is £4,800 for all six, as you asked, but I'm a booking short of my target for the quarter, so I'd need your yes by Thursday to make it count.","legit price asked for + seller quota + date"),
 ("H","Honestly, leads who skip this stuff are usually gone within a year, and then you'll be back here anyway.","fear/never-will pressure"),
 ("HS","I built the outline around your six people specifically, so it would sting to hear nothing back after all that work.","seller effort as guilt (rule 15)"),
 ("N","Questions on format welcome.","plain"),
]),
("Moss on the paths at Heron Court", "Dear Mrs Whitlow,", "Warm wishes,\nGareth Llewellyn\nGreenstep Grounds", [
 ("N","Thank you for showing me round the paths at Heron Court on Wednesday.","pleasantry"),
 ("N","The north-facing ramp is the worst, and it's the one your residents with walkers use to reach the bus stop.","insight tied to buyer"),
 ("N","I'd recommend a soft wash and a biocide treatment rather than jet washing, because the flags are already lifting at the edges.","confident recommendation with reason"),
 ("N","A full treatment of all four paths comes to £1,480, including the follow-up visit in six weeks.","price"),
 ("N","Sorry to hear about the fall last month; I hope the resident is recovering well.","sympathy"),
 ("N","Would the week of the 20th suit, while the weather stays dry?","clear next step"),
]),
("Mixing desk for the church hall", "Dear Pastor Ndiaye,", "With respect,\nKaspar Nowak\nNowak Pro Audio", [
 ("N","Thank you for the meeting on Sunday after the service, it was good to hear the choir in the hall.","pleasantry"),
 ("S","Our company is the biggest audio dealer in the region since 1998 and many famous venues are trusting us.","boast / years in business"),
 ("N","For your hall a 16-channel digital desk is enough, because you told me you have maximum eight microphones and the keyboard.","value tied to buyer"),
 ("HT","The price I sent is 2,350 euro, but if you pay the deposit before the end of this week I give you also the stage box for free.","legit price + free extra tied to seller's date"),
 ("H","I have already reserved the installer for 9 November, so only the deposit from you is missing.","legit install date + assumptive booking"),
 ("T","Please forgive me for writing again and again, I know you are very busy with the church.","over-apology for following up"),
]),
("Music stands for the county youth orchestra", "Dear Ms Featherstone,", "Yours most sincerely,\nRupert Ames\nAmes Music Supplies", [
 ("T","I do hope you'll forgive me for troubling you once more about the stands.","apology for normal selling"),
 ("N","Following your question about weight, the folding model is 2.1 kg and fits twelve to a transit bag.","answer to buyer's question"),
 ("T","I was wondering whether you might perhaps possibly have had a moment to consider the quotation, if it isn't an imposition.","stacked hedges + permission"),
 ("T","The quotation for 60 stands is £2,940 including delivery, and if that gives any difficulty, please simply tell me what you'd be comfortable paying and I'll make it work.","legit price + name your number"),
 ("H","The stands can be delivered to the rehearsal centre before your summer course on 28 July, and our warehouse has already packed them, so I shall only need your order number by return.","legit date + assumptive order"),
 ("T","I'd be so sorry if we disappointed you in any way.","approval-seeking"),
]),
("Ostrich feathers for the revue!", "Hiya Roz,", "Big love,\nFern\nPlume & Co.", [
 ("N","Loved the finale rehearsal footage, the fan section is going to bring the house down.","pleasantry"),
 ("N","For twelve fans at 80 cm you'll want about 360 drab plumes, which we can dye to your teal swatch.","concrete detail"),
 ("H","Fair warning though, the last bale of drab went to a cabaret in Blackpool this morning and the next one's nearly spoken for too.","manufactured scarcity"),
 ("S","We're literally the only feather house in the UK that's dressed three West End shows, so you're in good hands.","generic boast"),
 ("H","I've popped the invoice in with your dye sample, so just settle that and we're off.","legit dye sample + assumptive invoice"),
 ("HS","Happy to send a swatch card first, though after the hours I spent matching that teal I'd hoped you'd simply trust me.","legit offer + seller effort as guilt (rule 15)"),
]),
("Psychometric testing for the graduate scheme", "Mr Deakin,", "Regards,\nSimone Carr\nMetricMind Assessments", [
 ("N","You said last year's cohort lost a fifth of its hires inside twelve months.","buyer's own data"),
 ("N","A work-sample test plus a structured judgement test is what I'd put in front of your 400 applicants.","confident recommendation"),
 ("H","Frankly, any HR lead still sifting by CV in 2026 is asking to repeat last year's mistake.","shaming"),
 ("H","The proposal is attached, and I've forwarded it to your CEO as well so she can push it through if you're tied up.","legit attachment + bypass"),
 ("HS","The pilot can run on your March intake as planned, but our quarter closes on the 31st and my manager has promised the board this contract, so I need the signature before then.","legit plan + seller's quarter and manager + date"),
 ("H","The proposal covers the timeline and pricing per candidate, and I've taken the liberty of booking your onboarding call for Monday.","legit attachment + assumptive onboarding"),
]),
("Punchbags for the club", "Dave,", "Lee\nRedline Combat Supply", [
 ("N","Got your message about the six 5ft bags and the ceiling rails.","logistics"),
 ("N","Quote's attached, £1,140 fitted.","attachment + price"),
 ("N","Fitter can do the Saturday after your grading, as you asked.","prospect's own date"),
 ("N","The rails are rated to 150 kg each, so your heavyweights can work the bags hard without shaking the beams.","value tied to buyer"),
 ("N","Shout if you want the water-filled bag instead for the kids' class.","offer"),
]),
("Pontoons for the Bexford regatta", "Dear Commodore Hale,", "Yours faithfully,\nPhilippa Osei\nOsei Marine Hire", [
 ("N","Thank you for confirming the course plan and the two finishing pontoons you need on 16 and 17 August.","prospect's own date"),
 ("N","The river authority asks for the mooring method statement six weeks ahead, so I've attached a draft for your secretary to submit.","borderline: real external lead time (rule 4)"),
 ("T","I am terribly sorry this email has run so long, and sorry again for the number of attachments.","apology for length"),
 ("S","We are the most decorated pontoon hire company in the south, with a fleet worth over two million pounds.","boast"),
 ("T","The hire fee of £3,650 covers both pontoons, delivery and the rigger, so please take all the time you need; there is no rush whatsoever on our side.","legit price + minimising"),
 ("N","Could your bosun meet our rigger at the slipway on 2 July to agree the anchor points?","clear next step with date"),
]),
("Quartz heaters for the beer garden", "Hey Sam,", "Cheers,\nJon", [
 ("N","Thanks for sending the photos of the pergola over the beer garden.","pleasantry"),
 ("H","Four 2 kW quartz heaters on the back beam would cover the eight tables you mentioned, and I've already ordered them in, so they're basically yours.","legit detail + assumptive order"),
 ("HS","Be a legend and sign this week, I'm in a sales contest that ends Friday and I'm neck and neck.","seller contest + date"),
 ("S","The wiring spec is in the attachment, and if you like the heaters a quick Google review would really help me out.","legit attachment + favour for seller"),
 ("H","Every cold Friday you go without them is punters walking to the Crown, and you know it.","cost of delay used to push, no figure (rule 5)"),
 ("N","Can I pop round Tuesday to check the wiring spur?","plain ask"),
]),
("Roller skates for the rink disco", "Hey Keisha!", "xx Dani\nRollout Skates", [
 ("N","Sounds like the Friday disco nights are absolutely packed now, that's brilliant.","pleasantry"),
 ("N","For 80 pairs across sizes, I'd go heavier on 4-7 since you said most skaters are teens.","recommendation tied to buyer"),
 ("T","Sorry sorry sorry for the slow reply, I'm useless this week, I feel awful.","self-abasing repeated apology"),
 ("T","The 80 pairs come to £3,120 with spare wheels, and um, I think maybe we might be able to do a bit off if that helps, I don't know?","legit price + hedges + unprompted discount"),
 ("N","The quad skates have toe stops that swap out in seconds, so your staff can fix them mid-session.","value tied to buyer"),
 ("T","Anyway totally no stress if you'd rather go elsewhere, honestly!","pre-emptively releasing"),
]),
("Rangefinders for the pro shop", "Carl,", "Mick\nTrueLine Golf Distribution", [
 ("N","Sending the trade price list you asked for.","attachment"),
 ("H","You need these in the window by spring, full stop.","you need this directive"),
 ("H","Every other pro shop in the county has already taken stock, and you'll be the one sending members to Amazon.","peer pressure"),
 ("H","Price goes up on the 1st, so last chance.","fake deadline + last chance"),
 ("H","I've copied your club secretary in too, so he can sign it off if you won't.","bypass threat"),
 ("N","Minimum order is 10 units.","logistics"),
]),
("Race bibs for the Harbour Half", "Hi Joanne,", "Best wishes,\nAmira\nNumberworks", [
 ("N","Thanks for the entry numbers, 2,400 is a great turnout for a second year.","pleasantry"),
 ("N","The tear-resistant bib with four pre-punched holes saves your volunteers from handing out safety pins at registration.","value tied to buyer"),
 ("N","To have them at the race HQ by 1 May, we'd need final artwork by 10 April.","prospect's date backed out to lead time"),
 ("N","Would you like the sponsor's logo on the tear-off tab as well?","question"),
 ("N","I'll send a printed sample to the office on Monday so you can check the colours.","next step"),
]),
("Road studs, A418 and B2190", "Dear Mr Okonjo,", "Yours sincerely,\nHelen Marsh\nRoadglow Ltd", [
 ("N","Further to our call, I've attached the schedule of rates for the retroreflective studs on both routes.","attachment"),
 ("N","The inspection data you shared shows 40% of the existing studs missing on the bends near Kelby, which is where the night-time collisions cluster.","insight from buyer data"),
 ("S","Roadglow is the UK's leading stud manufacturer and holds more highway awards than any rival.","boast"),
 ("H","If the order doesn't come through by the 20th, I'll have to take this up with your Director of Place directly.","bypass threat"),
 ("H","The revised rates went over on Monday, and I can see the tender clarification I sent has been opened four times without a response.","legit update + read-receipt guilt"),
 ("H","We can install under your existing lane-closure permit for Lot 3, and frankly any authority that cared about night-time safety would have signed weeks ago.","legit detail + shaming"),
]),
("Shuttlecocks for the league season", "Dear Mr Bramwell,", "Best regards,\nTuan Nguyen\nFeatherpoint Sports", [
 ("N","Thank you for telling me about the new league with 14 clubs.","pleasantry"),
 ("N","For club play in cold halls I recommend speed 78, because the feathers fly too slow otherwise in winter.","expert recommendation"),
 ("T","I am very sorry to ask again, maybe you had no time to see my last mail, it is okay if not.","apology + minimising"),
 ("T","If it helps I can give 20% discount already, without any condition.","unconditional discount"),
 ("S","Please also if you are happy, can you write for us a recommendation on your league website?","favour for seller"),
 ("T","Delivery is five working days to your address in Derby, and I can also put in 10 tubes extra for free, no condition.","legit logistics + unprompted concession"),
]),
("Sommelier course for the front-of-house teams", "Dear Chef Moreau,", "With my deepest thanks,\nIsabelle Fairbanks\nThe Cellar School", [
 ("T","I hope you don't mind me writing, and please do forgive the intrusion into your service week.","approval-seeking + apology for normal selling"),
 ("N","You mentioned your servers struggle to recommend by the glass, and that's exactly what module two covers.","value tied to buyer"),
 ("T","I was rather hoping that perhaps, if it wouldn't be too much bother, we might possibly find a morning?","stacked hedges"),
 ("T","Of course, I'd completely understand if this isn't for you, and I'm grateful you even read this far.","thanking for considering / releasing"),
 ("T","And should the fee feel at all awkward, I'm sure we could take something off, whatever you think is right.","unprompted concession"),
 ("T","The course runs over three Monday mornings, when your restaurants are closed, and I'm terribly sorry it can't be made any shorter.","legit detail + apology for normal selling"),
]),
("Snowshoes for the winter guiding programme", "Ingrid,", "Tor\nNordkant Outdoor", [
 ("N","40 pairs, sizes as per your list.","logistics"),
 ("T","Price held at last year's rate, and I'll knock another 10% off if that gets it over the line.","legit price + unprompted discount"),
 ("H","Forty pairs are ready in the warehouse, pay now or I can't promise them before the snow.","legit stock detail + ultimatum"),
 ("HS","Also need this booked by the 30th for my numbers.","seller's numbers + date"),
 ("S","Best season we ever had, 500 pairs shipped, biggest supplier in Norway.","boast"),
 ("N","Bindings fit all your clients' boots, including the kids' sizes.","value"),
]),
("Terrarium workshop for your wellbeing week", "Hi Lauren,", "Speak soon!\nPoppy\nMoss & Jar", [
 ("N","Lovely to chat on Thursday about the wellbeing week!","pleasantry"),
 ("N","For 30 people in your fourth-floor kitchen, two 90-minute sessions would keep everyone at a table with space to work.","concrete plan"),
 ("N","Everything comes with us, jars, gravel, plants and little tools, and we tidy away afterwards.","logistics value"),
 ("N","The price is £38 a head, and everyone takes their terrarium home.","price"),
 ("N","Does either 12 or 13 May work for you?","clear next step"),
 ("N","P.S. If anyone has plant allergies, let me know and I'll swap in air plants.","logistics"),
]),
("Trade stand for Ambiente, Frankfurt", "Dear Mr Lindqvist,", "Kind regards,\nOliver Nash\nNash Exhibition Build", [
 ("N","Thank you for the floor plan for Hall 11, stand C42.","logistics"),
 ("S","Allow me to walk you through our full portfolio of 300 stand builds across 40 countries.","self-showcase"),
 ("S","I'd love for your brand to join our client wall alongside IKEA and Villeroy.","logo favour"),
 ("H","Our crew is already pencilled in for your build days, so I've sent the contract for your signature.","assumptive"),
 ("N","The fair organisers require structural drawings by 15 December for any double-deck stand, which is why I've prepared those first.","borderline: real external deadline (rule 4)"),
 ("N","Could we review the graphics on a call next Wednesday at 14:00?","clear next step"),
]),
("Turntables for the listening bar", "Rich,", "Stefan\nGroove Supply", [
("N","Following your question on isolation, the deck sits on a sprung plinth so the bass from the PA won't cause feedback.","answer"),
 ("H","I've been chasing you on three channels now and I know you've seen every one.","multi-channel chasing, read guilt"),
 ("HS","I've put in weeks of work on this spec for you, so the least you owe me is a decision.","seller effort as guilt"),
 ("HS","My patience with this one is wearing thin, to be honest.","seller feelings as guilt (rule 15)"),
 ("H","Sign tomorrow or the price is gone.","ultimatum"),
 ("H","Two decks plus the mixer come to £3,900, and your rivals at Vinyl Yard already have the same setup pulling their crowd.","legit price + peer pressure"),
]),
("Upholstered headboards for the residents' rooms", "Dear Angela,", "With warm regards,\nMargaret Ellis\nEllis Soft Furnishings", [
 ("N","It was a pleasure to meet your residents' committee and see the sample fabrics passed round.","pleasantry"),
 ("N","The wipeable velvet they chose meets the crib 5 fire standard your inspector asked about.","certification required by buyer"),
 ("S","We've been a family firm for four generations and are very proud of our heritage.","borderline: heritage line (rule 8)"),
 ("ST","If you'd be kind enough to write a little testimonial for our brochure, I'd take 10% off the order.","borderline: discount for favour (rule 7)"),
 ("N","We can fit all 32 headboards in two days while residents are at the summer outing you mentioned.","logistics tied to buyer"),
 ("S","I'll be honest, this order would mean the world to me personally.","seller feelings, no demand"),
]),
("Volleyball nets for the beach courts", "Dear Mr. Castillo,", "Best,\nTanya Reyes\nSandline Sports", [
 ("N","Thanks for the walk-through of the six courts at Ocean Park last week.","pleasantry"),
 ("N","The salt air is rusting your current cable nets, so I'd recommend the Kevlar-rope version that the city of Long Beach uses on its public courts.","proof tied to buyer"),
 ("N","Your procurement office listed a bid due date of March 12, and our bid is attached.","prospect's own date + attachment"),
 ("T","Installation takes one day per three courts, and I'm sorry for how long this email has gotten.","legit detail + apology for length"),
 ("H","Happy to answer any questions from the parks committee before the 12th, and if I haven't heard back by then I'll be taking it up with the city manager.","legit offer + bypass threat"),
]),
("Vintage china for the garden party", "Dear Lady Ashworth,", "Ever your servant,\nPenelope Drury\nDrury's Vintage Hire", [
 ("T","Please accept my humblest apologies for daring to write again.","self-abasing apology"),
 ("N","The rosebud teacups for 120 guests are set aside in our store for your 6 June party.","logistics, prospect's date"),
 ("T","I do hope the quotation wasn't too dreadful; I felt quite embarrassed sending it.","apology for price"),
 ("T","The hire for 120 place settings is £780, and naturally, whatever you feel is fair, I shall be happy to accept.","legit price + name your number"),
 ("T","Do forgive me if this is unwelcome, and feel free to put it straight in the bin.","permission to ignore"),
 ("T","We deliver and collect, and everything is washed afterwards, though I confess I'm mortified to charge anything at all.","legit detail + apology for price"),
]),
("Chaplaincy for the Thornbury DC", "Hi Marcus,", "Take care,\nRev. Sally Boateng\nWorkplace Chaplaincy Network", [
 ("N","Thank you for the honest conversation about how the night shift has been since the restructure.","pleasantry"),
 ("N","A chaplain on site two nights a week gives your 300 pickers someone confidential to talk to who isn't in their management line.","value tied to buyer"),
 ("N","You asked about cost: the first year is £6,200, which covers 96 nights.","price asked for"),
 ("N","Could I meet your HR lead on the 11th to plan the introduction?","clear next step"),
 ("N","I'll bring the evaluation from a similar warehouse, including how sickness absence changed.","relevant proof"),
]),
("Whistleblowing hotline for the Trust", "Dear Ms Adeyemi,", "Yours sincerely,\nCharlotte Vance\nSpeakSafe Ltd", [
 ("N","Thank you for sharing the Freedom to Speak Up audit findings.","pleasantry"),
 ("S","SpeakSafe won the Compliance Provider of the Year award and is backed by two major private equity funds.","awards + investors"),
 ("HS","The implementation plan is attached for your governance team, and as my commission for this year depends on public-sector deals, I would appreciate your board's approval at its March meeting.","legit attachment + commission + date"),
 ("S","I'd also be grateful if your Trust would agree to a joint press release when we launch.","favour"),
 ("H","Every month without an independent line, the Trust is one unreported incident away from a regulator's notice.","fear-based cost of delay used to push, no figure (rule 5)"),
 ("N","The service integrates with your Datix incident system, as your governance team requested.","value to buyer requirement"),
]),
("Zumba for the Saturday timetable", "Heyyy Nikki!", "Much love,\nCarla\nBeatFit Instructors", [
 ("N","So great chatting on Monday about the Saturday timetable!","pleasantry"),
 ("T","Sorry if I came across pushy on the phone, I really didn't mean to be!","apology for being pushy"),
 ("S","Our instructors have won like every regional fitness award going!","boast"),
 ("H","Two instructors could cover the 9am and 10.15am slots you mentioned, and I've already told them it's booked so we're all set!","legit detail + assumptive booking"),
 ("T","Our rate is £42 an hour per instructor, but if that's a worry I can just drop it, whatever works for you honestly.","legit price + unprompted discount"),
 ("T","P.S. No worries at all if you'd rather keep your current instructor, I'll try again in the new year.","accepting without question"),
]),
("Water bottles for welcome week", "Dear Mr Harrington,", "Best regards,\nYuki Tanaka\nAquaForm Merchandise", [
 ("N","Thank you for your enquiry about 5,000 branded bottles for welcome week in September.","logistics"),
 ("N","The stainless model keeps cold for 24 hours, and your students' union asked for no plastic.","value tied to buyer"),
 ("H","Already twelve universities have ordered this model and only your university is not yet.","peer shaming"),
 ("HST","The price for 5,000 bottles is in the attached sheet, and if you confirm before our financial year ends on 30 June, I can give special price to help my target.","legit attachment + discount + seller date + seller reason"),
 ("H","I will call your office every day until I receive your answer.","badgering"),
 ("T","Samples can be sent to your campus next week, and I am sorry my English is not so good and this mail is so long.","legit offer + self-abasing apology for length"),
]),
("Motorhomes for the location shoot", "Kat,", "Rob\nRoadside Studio Vehicles", [
 ("N","Four motorhomes for the cast, 10 to 24 October, Northumberland.","logistics"),
 ("N","Each has a make-up mirror and generator, so your cast can change on location.","value"),
 ("N","Rate is £240 per vehicle per day, drivers included.","price"),
 ("N","Insurance certificate attached for your production office.","attachment"),
 ("N","Ready to confirm once you send the unit base address.","next step"),
]),
("Planning appeal for the barn conversion", "Dear Mr and Mrs Pryce,", "Kind regards,\nNadia Ferreira MRTPI\nFerreira Planning", [
 ("N","I've read the refusal notice and the officer's report you forwarded.","logistics"),
 ("N","The appeal must be lodged within six months of the decision date, which gives you until 9 January.","borderline: real external deadline (rule 4)"),
 ("N","The main weakness in the refusal is the highways point, and I think a swept-path drawing would answer it.","insight"),
 ("HS","The engagement letter is attached with the fixed fee of £3,200, and I need to land one more instruction before my partners' review at month end, so please send it back signed by Friday.","legit attachment + seller's review + date"),
 ("S","I've won more appeals in this county than any other consultant, as my website shows.","boast"),
 ("H","I can start on the swept-path drawing straight away, and silence by Friday means I'll treat it as a go-ahead.","legit offer + silence means yes"),
]),
("People counters for the branch libraries", "Dear Ms Gillespie,", "Yours sincerely,\nAndrew Fenwick\nFootcount Systems", [
 ("N","Thank you for the branch list and opening hours.","logistics"),
 ("N","Counting at the door would give your committee real visit numbers for the 11 branches under review, rather than loan figures alone.","value tied to buyer"),
 ("N","We've installed this system for two other county library services, and the lesson there was to count for a full term before any decision on hours.","social proof turned to advice"),
 ("N","The quote for 11 sensors and the dashboard is £8,900, which falls within your delegated spend limit.","price"),
 ("N","Would a pilot at the Westhaven branch from 1 February suit?","clear ask"),
 ("N","I'll confirm the data-retention wording with our DPO and send it by Thursday.","checking with someone, non-discount, date"),
]),
("Stage hypnotist for the summer ball", "Hi Ollie,", "Cheers,\nThe Amazing Dominic\nMindbender Entertainment", [
 ("N","Thanks for getting in touch about the summer ball on 21 June.","prospect's date"),
 ("S","I've performed for royalty, three Premier League clubs and on prime-time TV, so you know the show's a winner!","boasts"),
 ("H","Your committee would be mad to book a DJ instead, trust me.","shaming"),
 ("HS","I turned down a corporate gig to keep your date open, so the least you can do is sign tonight.","seller sacrifice as guilt"),
 ("N","The show runs 45 minutes and needs a stage of at least 6 by 4 metres.","logistics"),
]),
("Treehouse for the holiday park", "Hello Fiona,", "All the best,\nEwan\nCanopy Build Co.", [
 ("N","The larch you've chosen for the deck will silver nicely against the beech canopy.","value tied to buyer"),
 ("N","I've attached the building-control drawings your surveyor asked for.","attachment"),
 ("T","I'm so sorry to keep bugging you about this, I feel like such a nuisance.","apology for following up"),
 ("T","The fixed price for the build is £46,500 including the balustrades, and I know that's steep, so I apologise for it.","legit price + apology for price"),
 ("H","I've also booked the crane for 3 March, so we just need your payment details to hold it.","assumptive payment"),
 ("N","Could we walk the site on Friday to mark the post positions?","clear ask"),
]),
("Underwater hockey kit for the club", "Hi Jess,", "Cheers,\nMatt\nDeepEnd Sports", [
 ("N","Got your list: 24 sticks, 12 gloves and 6 pucks for the new juniors.","logistics"),
 ("N","The junior sticks are 25 cm, which suits the 10 to 14 age group you described.","value"),
 ("N","Total is £612 with delivery to the pool on Thursday.","price"),
 ("N","Glove sizes can be swapped for free after the first session.","offer"),
 ("N","Let me know if you want club colours on the sticks.","question"),
]),
("Valve actuators, Beckton works", "Ms Sandhu,", "Regards,\nTom Crowe\nFlowdrive Actuation", [
 ("S","Our actuators are the best-selling range in Europe, with more certifications than anyone in the industry.","boast"),
 ("N","Datasheets for the 14 electric actuators are attached.","attachment"),
 ("N","Lead time is ten weeks from order, so the 1 April shutdown you named is achievable.","prospect's own date"),
 ("H","If you stall on this one, your plant will still be running on hand wheels in five years.","never-will"),
 ("HS","The price for all 14 units is £61,300 as you asked, and my VP wants this on the board before our half closes, so I need your PO this week.","legit price asked for + manager + seller half + date"),
 ("S","Site survey available Tuesday, and my boss keeps emailing me to ask why this one isn't closed yet.","legit offer + seller's manager, no date"),
]),
("Walking frames for the falls clinic", "Dear Sister Okoro,", "Warm regards,\nRachel Dunn\nSteadyStep Mobility", [
 ("N","Thank you for the tour of the falls clinic; your team clearly cares a great deal about the patients.","pleasantry"),
 ("N","The folding rollator with the seat matches the height range your physios described.","value"),
 ("T","I feel terrible for taking up so much of your time last week.","self-abasing apology"),
 ("T","The 24 rollators come to £2,760, but I know budgets are tight so maybe, possibly, we could consider splitting the difference?","legit price + hedges + concession"),
 ("T","I'll have to ask my manager if I'm even allowed to offer a better price.","deferring on discount"),
 ("S","Honestly, a win here would really help me keep my job.","seller stake, no demand"),
]),
("Matcha for the café chain", "Hey Lena,", "Best,\nHiro\nUji Leaf Imports", [
 ("N","Loved the new oat matcha on your spring menu.","pleasantry"),
 ("N","Our ceremonial grade froths better in oat milk, which could cut the clumping your baristas mentioned.","value tied to buyer"),
 ("S","We're backed by a top-tier VC fund and just closed a huge Series B!","investors"),
 ("S","We also offer 14 grades, 3 blends, an app, a loyalty scheme, a barista academy and a subscription box.","feature list"),
 ("H","Samples of the ceremonial grade ship free, and honestly you're leaving money on the table every single day you serve that other stuff.","legit offer + cost of delay push, no number"),
 ("S","Can I bring samples to your Camden store on Wednesday, and would you let us write up your cafés as a case study for our website?","legit ask + case-study favour"),
]),
("Pinball machines for the arcade bar", "Hey Danny,", "Cheers mate,\nGaz\nSilverball Leisure", [
 ("N","The two machines are rebuilt with new rubbers and LEDs.","concrete detail"),
 ("N","We service them monthly, so you don't lose a night of takings to a broken flipper.","value"),
 ("HT","Lease is £180 a month each, or £3,200 each to buy, and I'd take £2,800 if you say yes today.","legit price + discount tied to seller date"),
 ("H","I'm on your road Thursday, happy to drop one in for a trial weekend, and I'll bring the direct-debit form so we can start the lease on the spot.","legit offer + assumptive payment"),
 ("N","Let me know which themes your regulars would go for.","question"),
]),
("Watercolour classes for the library programme", "Dear Ms Prendergast,", "Yours sincerely,\nCeleste Armitage\nArmitage Art Classes", [
 ("N","Thank you for inviting me to propose a spring programme for the Fairview library.","pleasantry"),
 ("N","Six Tuesday sessions fit the community room slot you offered, and paper and paints are included.","logistics"),
 ("T","I really hope it isn't an inconvenience that I've sent a second version of the proposal.","approval-seeking"),
 ("T","The fee for six sessions is £540 with materials, but if that's too much I'm happy to do it for whatever the library can spare.","legit price + name your number"),
 ("T","Perhaps, if it's at all possible, you might maybe consider it at some point, whenever suits?","stacked hedges"),
 ("T","Places could be booked through your existing events page, and I'm so sorry this proposal has gone on for so long.","legit logistics + apology for length"),
]),
]

CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}
ORDER = ["hard_close", "self_serving", "timidity"]

def labels_of(code):
    if code == "N":
        return ["NONE"]
    ls = [CODE[c] for c in code]
    return [l for l in ORDER if l in ls]

def curly(s):
    return s.replace("'", "\u2019")

here = os.path.dirname(os.path.abspath(__file__))
emails, sents = [], []
sid = 0
for i, (subj, sal, sign, body) in enumerate(E, 1):
    use_curly = (i % 3 == 0)
    f = curly if use_curly else (lambda s: s)
    eid = "s53e%03d" % i
    main = [b for b in body if not b[1].startswith("P.S.")]
    ps = [b for b in body if b[1].startswith("P.S.")]
    paras, cur = [], []
    for j, b in enumerate(main):
        cur.append(f(b[1]))
        if len(cur) == 3 or j == len(main) - 1:
            paras.append(" ".join(cur)); cur = []
    paras += [f(b[1]) for b in ps]
    text = f(sal) + "\n\n" + "\n\n".join(paras) + "\n\n" + f(sign)
    counts = {l: [0, 0] for l in ORDER}  # [any, non-borderline]
    for code, s, note in body:
        sid += 1
        t = f(s)
        assert t in text, (eid, t)
        labs = labels_of(code)
        sents.append({"id": "s53-%04d" % sid, "email": eid, "text": t, "labels": labs, "note": note})
        for l in labs:
            if l in counts:
                counts[l][0] += 1
                if not note.startswith("borderline:"):
                    counts[l][1] += 1
    lab = {}
    for l in ORDER:
        n, nb = counts[l]
        lab[l] = 0 if n == 0 else (2 if n >= 2 and nb >= 1 else 1)
    emails.append({"email": eid, "subject": f(subj), "text": text, "labels": lab})

with open(os.path.join(here, "test-emails.jsonl"), "w") as fh:
    for e in emails: fh.write(json.dumps(e, ensure_ascii=False) + "\n")
with open(os.path.join(here, "test.jsonl"), "w") as fh:
    for s in sents: fh.write(json.dumps(s, ensure_ascii=False) + "\n")

# checks
for fn in ("test-emails.jsonl", "test.jsonl"):
    with open(os.path.join(here, fn)) as fh:
        for line in fh: json.loads(line)
assert len({e["subject"] for e in emails}) == len(emails)
c = Counter()
multi = border = 0
for s in sents:
    for l in s["labels"]: c[l] += 1
    multi += len(s["labels"]) > 1
    border += s["note"].startswith("borderline:")
faulty_per_email = Counter(s["email"] for s in sents if s["labels"] != ["NONE"])
clean = [e["email"] for e in emails if faulty_per_email[e["email"]] == 0]
two_plus = [e for e in faulty_per_email if faulty_per_email[e] >= 2]
one = [e for e in faulty_per_email if faulty_per_email[e] == 1]
print("emails", len(emails), "sentences", len(sents))
print("NONE %d (%.1f%%)" % (c["NONE"], 100 * c["NONE"] / len(sents)))
for l in ORDER: print(l, c[l])
print("multi-label", multi, "borderline", border)
print("clean emails", len(clean), "emails with 2+ faulty", len(two_plus), "emails with exactly 1 faulty", len(one))
lv = Counter()
for e in emails:
    for l in ORDER: lv[(l, e["labels"][l])] += 1
print("email-level", dict(sorted(lv.items())))
