#!/usr/bin/env python3
"""Build sealed54: hand-written sales emails, labelled sentence by sentence from LABELS.md."""
import json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CODE = {"N": [], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"],
        "HS": ["hard_close", "self_serving"], "HT": ["hard_close", "timidity"],
        "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}

# Each email: (industry, register, subject, salutation, sign-off, [(sentence, code, note), ...])
# A sentence starting with "P.S." is kept in the last paragraph.
EMAILS = [
("acupuncture needles", "formal",
 "Sterile needles for the Camden clinic", "Dear Dr Osei,", "Kind regards,\nRuth Pell\nMeridian Medical Supply",
 [("Thank you for sending the usage figures from your three treatment rooms.", "N", "pleasantry tied to prospect data"),
  ("Based on 1,400 needles a week, the 0.25 x 30 mm boxes of 500 would cover you with a fortnight's buffer.", "N", "sizing from prospect's numbers"),
  ("We are the fastest-growing needle supplier in the UK and have won the Practitioner's Choice award twice.", "S", "generic boast: award, ranking"),
  ("I've attached the price sheet you asked for, and I'll need your card details today to hold the batch.", "H", "legit attachment + assumptive payment clause"),
  ("Every other clinic on your street has already moved over to us.", "H", "peers-already-switched shaming"),
  ("Could we speak on Thursday at 9 to confirm the gauge mix, since my manager wants this signed before his review on Friday?", "HS", "legit meeting ask + manager as reason for a date (rule 16)")]),
("anodising", "blunt",
 "Anodising the bracket run, 2,000 pcs", "Hi Marek,", "Dan\nClearcoat Finishing",
 [("Type II clear on 6082 is fine for your indoor brackets; hard anodise would be overkill.", "N", "confident expert push-back"),
  ("Our line does sulphuric, hard coat, chromic, dye, seal, masking, racking, testing and laser marking.", "S", "feature list unrelated to need"),
  ("Lead time is 8 working days from receipt of parts.", "N", "logistics"),
  ("That lead time only stands if you stop sitting on the fence and commit today.", "H", "ultimatum"),
  ("Book the slot by tomorrow noon or it goes to the next shop in the queue.", "H", "ultimatum, manufactured scarcity"),
  ("My quota resets on Friday, so I need the PO in before then.", "HS", "seller's quota as reason for a date (rule 16)")]),
("auctioneering of council surplus vehicles", "very deferential",
 "Disposal of the retired gritter and van fleet", "Dear Ms Hargreaves,", "With respect,\nOliver Tamsin\nTamsin & Rowe Auctioneers",
 [("I do hope it's alright that I'm writing to you directly about the vehicle disposal.", "T", "approval-seeking for normal contact"),
  ("Your tender notice asks for a buyer's premium below 10%, and our standard rate is 7.5%.", "N", "answers prospect's requirement"),
  ("I was rather hoping you might perhaps consider us, if that wouldn't be an imposition.", "T", "stacked hedges + permission-seeking"),
  ("Online timed sales usually bring 12-18% more for ex-fleet vans because trade buyers bid from further away.", "N", "insight tied to prospect"),
  ("If the commission troubles you at all, I'd happily drop it to 5% without any question.", "T", "unprompted unconditional discount"),
  ("Please forgive the length of this letter, and my persistence.", "T", "apology for normal selling")]),
("animatronic dinosaurs", "chatty",
 "Raptor trail for the spring half-term", "Hey Jess!", "Cheers,\nTomás\nJurassic Motion Works",
 [("Loved the photos of the woodland loop, it's a perfect setting for a raptor ambush.", "N", "pleasantry tied to prospect"),
  ("The two-metre Velociraptor runs off a 12 V battery, so you won't need mains on the path.", "N", "concrete product detail tied to site"),
  ("So are you in or not, because the raptor can't sit in my yard waiting for ever?", "H", "pressure for decision"),
  ("Honestly our models are the best in Europe, full stop, and we've been on TV three times!", "S", "generic boast"),
  ("The rental quote is attached, and I've pencilled in install for the 14th so all you need to do is pay the deposit.", "H", "legit attachment + assumptive booking clause"),
  ("I've spent two whole weekends on these renders for you, so I'd honestly expect a yes back.", "HS", "seller effort as guilt (rule 15)"),
  ("P.S. Your half-term starts 16 February, so install on the 14th leaves a day for snagging.", "N", "borderline: real date from the prospect's calendar")]),
("archival storage boxes", "terse",
 "Boxes for the estate papers", "Ms Lindqvist,", "M. Chen\nFolio Conservation Supplies",
 [("Quote attached: 600 lignin-free document boxes, 15 x 10 x 3 in.", "N", "logistics"),
  ("They pass the PAT test your standard calls for.", "N", "certification the buyer's process requires"),
  ("Delivery in two weeks from order.", "N", "logistics"),
  ("Samples of the two board weights can go out tomorrow if useful.", "N", "offer, logistics"),
  ("Any questions, reply here.", "N", "plain close")]),
("body armour", "formal",
 "Stab vests for the civil enforcement officers", "Dear Mr Adeyemi,", "Yours sincerely,\nClaire Holt\nSentinel Protective Ltd",
 [("Further to your risk assessment, the KR1/SP1 level matches the threats your officers reported.", "N", "value tied to prospect's assessment"),
  ("Covert vests under the uniform shirt would also reduce the confrontations your team described.", "N", "insight"),
  ("My regional director has asked me personally to secure your order, as it would be our first council win this year.", "S", "manager/seller's need, no date"),
  ("Samples can reach you on 3 March, and frankly any council that cared about its staff would have ordered already.", "H", "legit date + shaming clause"),
  ("If I hear nothing by the end of the month, I will raise it with your chief executive.", "H", "bypass threat"),
  ("I look forward to your comments on the sizing chart, and I'm happy to cut the price by a fifth before you have even looked at it.", "T", "legit ask + unprompted discount")]),
("barbering for care homes", "warm",
 "Haircuts at Rosemount and Elm Lodge", "Dear Pauline,", "Warmly,\nBev Saunders\nChairside Barbers",
 [("It was lovely to meet Mr Dorsey and hear about his days as a drummer.", "N", "pleasantry"),
  ("We could visit both homes on alternate Tuesdays, so residents never wait more than a fortnight for a trim.", "N", "specific value"),
  ("Our barbers carry DBS checks and dementia-friends training, which your inspection report asked for.", "N", "credential the buyer requires"),
  ("I'll bring the portable basin so residents who can't use the salon chair can have a wash too.", "N", "service detail"),
  ("Would a trial day on 11 April suit you?", "N", "clear next step")]),
("bagpipe tuition", "non-native English",
 "Pipe lessons for the school band", "Dear Mr Kerr,", "Best regards,\nAnders Moe\nHighland Reed Academy",
 [("Thank you for the reply, I understand the band has twelve learners in this year.", "N", "pleasantry + logistics"),
  ("Sorry very much for writing again, I know I am disturbing you too much.", "T", "self-abasing apology for following up"),
  ("I was thinking maybe it could perhaps be possible that we do one small lesson, if you allow?", "T", "stacked hedges + permission"),
  ("Practice chanters first for six weeks is best, because children learn fingers before the bag.", "N", "expert recommendation"),
  ("For the price, I can make whatever number you tell me is okay.", "T", "asks buyer to name their number"),
  ("This is my fourth mail and still I see you have opened all of them.", "H", "counting attempts + read tracking")]),
("clay targets", "blunt",
 "Standard 110 mm clays, 40 pallets", "Gary,", "Phil\nSkyline Targets",
 [("Prices for 40 pallets of standard orange are in the sheet you asked for.", "N", "legit attachment"),
  ("The bio-clays break cleaner in cold weather, which matters on your exposed top stand.", "N", "value tied to prospect's ground"),
  ("Price holds until 31 January, and after that there's no way I can get you this rate ever again, so move quickly.", "H", "deadline with urgency language"),
  ("Half the grounds in Lincolnshire switched to us last season and they're laughing at the ones who didn't.", "H", "peer shaming"),
  ("My bonus depends on this month's tonnage, so get the order in this week.", "HS", "seller's bonus as reason for date"),
  ("P.S. I've driven out to your ground four times now, so a yes is the least I'm owed.", "HS", "seller effort as guilt (rule 15)")]),
("cobbling and boot repair", "chatty",
 "Resoling the wardens' boots", "Hi Aisha,", "Thanks!\nJoe\nLastRight Repairs",
 [("Great to hear the rangers are still happy with the boots from last winter.", "N", "pleasantry"),
  ("Vibram resoles would give another three years for about a third of the cost of new pairs.", "N", "value for prospect"),
  ("We collect on a Monday and return the following Friday, so nobody goes a weekend without boots.", "N", "logistics tied to prospect"),
  ("Each pair comes back with a note of what was replaced and how much wear is left in the uppers.", "N", "service detail"),
  ("Just say the word and I'll send the courier bags.", "N", "borderline: one polite just, clear next step")]),
("crossword setting", "very deferential",
 "Weekend cryptic for the Gazette", "Dear Ms Ferrante,", "Humbly,\nNigel Abbott",
 [("I'm terribly sorry to land in your inbox uninvited, and I quite understand if you bin this at once.", "T", "apology for contact + pre-emptive release"),
  ("I've set cryptics for the Bristol Post for nine years, with a puzzle count of over 2,000.", "N", "borderline: credential relevant to the prospect's need"),
  ("I hate to mention money, and I do apologise that my fee is £120 a puzzle.", "T", "apologising for the price"),
  ("If that's too much, please just tell me what you'd like to pay and I'll make it work.", "T", "name-your-number concession"),
  ("I do hope none of this has been too forward of me.", "T", "approval-seeking"),
  ("A sample puzzle with your Gazette masthead is attached.", "N", "attachment, logistics")]),
("confetti, biodegradable", "chatty",
 "Petal confetti for the Orangery weddings", "Hi Sophie,", "Speak soon,\nLaila\nPetalfall",
 [("Your venue's no-plastic rule is exactly why we dry real delphinium petals.", "N", "value tied to prospect's rule"),
  ("Cones of 20 g are enough for a single throw per guest.", "N", "product detail"),
  ("We've been featured in Vogue, Brides and the Telegraph and won Best Eco Supplier 2025!", "S", "generic boasts"),
  ("I'd love to walk you through every single one of our 48 colourways.", "S", "seller-focused feature tour"),
  ("Happy to send samples, and if you'd do a little Instagram shout-out for us I'll knock 15% off.", "ST", "borderline: discount for a favour (rule 7)"),
  ("Would 200 cones for the June weddings work as a starter order, or I can simply let them go at cost if that's easier?", "T", "legit ask + caving on price")]),
("dehumidifiers for archives", "formal",
 "Humidity control, basement strongroom", "Dear Dr Malik,", "Regards,\nSimon Clare\nDryAir Conservation",
 [("Your hygrometer readings of 68% RH in August are well above the 50% your conservator targets.", "N", "insight from prospect data"),
  ("Two desiccant units on the north wall would hold 45-50% with the door cycles you described.", "N", "recommendation"),
  ("Running them off the existing drain gully means nobody has to empty tanks at weekends.", "N", "value tied to prospect"),
  ("Sorry, I sent the wrong datasheet yesterday; the correct one is attached.", "N", "borderline: single courtesy apology with fix"),
  ("Could we visit on 9 May to measure the duct run?", "N", "clear next step")]),
("diving equipment servicing", "blunt",
 "Regulator service, police dive unit", "Sergeant Walsh,", "Rob Kane\nDeepline Service",
 [("Your 14 regulators are due their annual service before the 1 April audit you mentioned.", "N", "prospect's own deadline"),
  ("We turn them around in five days with full flow-test reports.", "N", "logistics"),
  ("Your team needs our service, and there's nothing more to debate.", "H", "you-need directive"),
  ("I've already booked your kit into next Monday's bench, so send the invoice address.", "H", "assumptive booking and invoicing"),
  ("If you go with the cheaper outfit, don't come crying to me when a first stage free-flows at depth.", "H", "sarcastic threat / guilt"),
  ("Call me on the number below, or I'll be at your station on Monday whether you've replied or not.", "H", "turning up uninvited")]),
("deer fencing", "terse",
 "Deer fence, Hollow Beck plantation", "Mr Grant,", "A. Fairley\nFairley Fencing",
 [("1.8 m high-tensile deer fence, 2.4 km, quote attached.", "N", "logistics"),
  ("I've put down a deposit on the posts already, so you owe me a decision this week.", "HS", "seller's effort as guilt + entitlement"),
  ("Sorry again for chasing, sorry.", "T", "repeated apology for following up"),
  ("Ground's soft after February, so machine access is best in January.", "N", "borderline: real constraint with reason"),
  ("Reply by Friday or I'll ring Mrs Grant at the estate office.", "H", "bypass threat with ultimatum")]),
("escalator handrail replacement", "formal",
 "Handrail replacement, escalators E3 and E4", "Dear Ms Kowalczyk,", "Yours faithfully,\nDavid Orme\nVerticas Lift & Escalator",
 [("Your surveyor's report shows cracking on both E3 and E4 handrails near the newel.", "N", "prospect data"),
  ("Replacement takes two nights per unit, so your station stays open during the day.", "N", "value tied to prospect"),
  ("Our company has 140 years of heritage and supplies over 60 countries.", "S", "heritage line plus generic reach boast (rule 8)"),
  ("The quotation is attached, and as our financial year ends on the 31st I would ask you to sign by then.", "HS", "legit attachment + seller's year-end as reason for date"),
  ("If it helps, I could discount it by 20% if you sign before the 31st as well.", "HT", "discount conditioned on seller's date"),
  ("I am available on 12 March to walk the site with your engineer, and should I not hear from you I shall assume we are proceeding.", "H", "meeting offer + silence-means-yes")]),
("employee counselling programme", "warm",
 "Counselling support after the restructure", "Dear Hannah,", "With best wishes,\nGrace Oyelaran\nClearPath EAP",
 [("I was sorry to hear how hard the last round of redundancies hit your warehouse team.", "N", "sympathy, not apology"),
  ("Our counsellors can offer same-week sessions in Polish and Romanian, which covers most of your night shift.", "N", "value tied to prospect"),
  ("Managers would also get a short guide on spotting staff who are struggling but not asking.", "N", "value"),
  ("I'll confirm the data-protection wording with our DPO and send it by Wednesday.", "N", "checking with someone on non-discount matter"),
  ("Would a 30-minute call on Monday help us shape the launch briefing?", "N", "next step")]),
("elocution coaching", "very deferential",
 "Voice coaching for the new pupil barristers", "Dear Mr Lowther,", "Ever so gratefully,\nPhilippa Dunne",
 [("Please accept my apologies for troubling you yet again.", "T", "apology for following up"),
  ("Your pupils will be on their feet in the magistrates' court from October, so a September block fits.", "N", "borderline: prospect's real calendar"),
  ("I would be so honoured if you would even consider me.", "T", "thanking for considering, approval-seeking"),
  ("If it's at all possible, and only whenever you might have a spare moment, perhaps you could glance at my outline?", "T", "stacked hedges, permission"),
  ("Should it not suit, no hard feelings whatsoever, I shall simply wait to hear.", "T", "pre-emptive release"),
  ("My outline of the six sessions is attached, and I'm ever so sorry it takes up so much of your inbox.", "T", "attachment + apologising for length")]),
("fermentation tanks", "blunt",
 "Kimchi fermentation vessels", "Hi Joon,", "Rick\nFerroTank",
 [("For 800 kg a week, two 500-litre jacketed vessels will fit your cold room.", "N", "sizing from prospect data"),
  ("Our tanks feature 316L steel, CIP spray balls, sample valves, pressure relief, level sight glasses and a dozen other extras.", "S", "feature dump"),
  ("The drawings you asked for are attached, and the deposit invoice is already in your inbox.", "H", "legit attachment + assumptive invoice"),
  ("Every kimchi maker serious about growth bought these years ago.", "H", "peer shaming"),
  ("Help me out here: I'm one sale off my target and this order would get me there.", "ST", "pleading for the seller's own sake, no date"),
  ("Ready when you are on the site visit, though I'd rather not waste another trip if you're only browsing.", "H", "legit offer + sarcasm/entitlement clause")]),
("flagpoles", "formal",
 "Flagpoles for the civic centre forecourt", "Dear Councillor Bright,", "Yours sincerely,\nMargaret Dene\nHalyard Flagpoles",
 [("Your planning officer's note asks for 8 m poles with internal halyards to deter theft.", "N", "prospect requirement"),
  ("Three tapered aluminium poles would meet that and stay within your £9,000 budget.", "N", "value tied to prospect"),
  ("Installation can follow the foundation cure, roughly ten days after digging.", "N", "logistics"),
  ("I would be glad to bring a sample halyard to your committee on 6 June.", "N", "next step"),
  ("The full specification is attached.", "N", "logistics")]),
("forensic accounting", "formal",
 "Tracing the diverted supplier payments", "Dear Mr Okafor,", "Yours sincerely,\nElena Marsh\nMarsh Forensic LLP",
 [("Your internal audit points to payments routed through two dormant supplier accounts.", "N", "prospect data"),
  ("A scoping review of twelve weeks' bank data would show whether this extends beyond those accounts.", "N", "insight"),
  ("We are the most awarded boutique forensic firm in the region and are backed by a major private equity house.", "S", "awards, investor boast"),
  ("I would need you to confirm engagement by Friday, since my partner wants it in our quarter's numbers.", "HS", "seller's manager and quarter as reason for date"),
  ("Should the fee be a concern, we could simply halve it.", "T", "unconditional discount"),
  ("My engagement letter is attached, though frankly your counsel's review is a formality you could skip.", "H", "attachment + overriding the prospect's process")]),
("fudge for gift shops", "chatty",
 "Fudge for the castle gift shop", "Hiya Beth,", "Lots of love,\nMo\nMo's Fudge Kitchen",
 [("Thanks so much for tasting the samples at the trade fair!", "N", "pleasantry"),
  ("Sea-salt caramel outsold everything else in three other heritage shops we supply, mostly to coach parties.", "N", "social proof turned into prospect advice"),
  ("Gosh, sorry, I know this email's going on and on, apologies!", "T", "apologising for length"),
  ("I wondered if maybe you possibly might want to try a tiny order, if that's okay?", "T", "stacked hedges + permission"),
  ("We can do 10% off if you commit to 12 months of monthly orders.", "N", "borderline: concession traded for term"),
  ("P.S. Dying to get you on board, it would honestly make my whole year.", "S", "seller's feelings, no demand")]),
("generator hire", "terse",
 "Generators, Riverside Fest 19-21 July", "Callum,", "Steve\nPowerUp Hire",
 [("2 x 100 kVA plus fuel management for your three nights.", "N", "logistics"),
  ("You need our kit, your current supplier will let you down.", "H", "you-need directive"),
  ("Fuel bowser slots are already reserved, just send the card number to lock it.", "H", "assumptive payment"),
  ("Sign by Thursday so I make my Q3 number.", "HS", "seller's quarter as reason for date"),
  ("Quote attached, and the crew already know the job is yours.", "H", "attachment + assumptive booking")]),
("glamping pods", "chatty",
 "Six pods for the lakeside field", "Hi Ffion,", "Cheers,\nDewi\nCwtch Pods",
 [("The field you showed me drains well, so the pods can sit on ground screws, no concrete.", "N", "insight tied to site"),
  ("Our pods come with insulation, heated floors, kitchenettes, Bluetooth speakers, mood lighting, fire pits, hot tubs and loads more.", "S", "feature dump"),
  ("Planning in your national park usually takes 10 weeks, so submitting in March gets you open for August.", "N", "borderline: real external lead time"),
  ("We're honestly the coolest pod brand in Wales right now, everyone says so!", "S", "generic boast"),
  ("If you don't decide now you'll still be staring at an empty field in ten years.", "H", "now-or-never"),
  ("Fancy a look at the show pod in Bala on Saturday?", "N", "borderline: bare demo ask")]),
("guttering cleaning", "non-native English",
 "Gutter clearing for the 14 school blocks", "Dear Mrs Patel,", "Regards,\nLukas Brandt\nKlarRinne Services",
 [("Thank you for the list of 14 blocks and for the map of the access points.", "N", "pleasantry, logistics"),
  ("With our vacuum poles we clean from the ground, so no scaffold and no closing of the playground.", "N", "value tied to prospect"),
  ("The half-term week 27-31 October is when your site manager said is free.", "N", "prospect's own date"),
  ("I hope it is not a problem that I send also the price for the downpipes.", "T", "approval-seeking"),
  ("Price for downpipes I can of course reduce, if it is too high for you, just say.", "T", "unprompted discount"),
  ("Please tell me if the date in October is still good, and sorry, sorry again for so many questions.", "T", "legit ask + repeated apology")]),
("hay steamers", "blunt",
 "Hay steamer for the livery yard", "Karen,", "Matt\nSteamPure Equine",
 [("Steaming cuts respirable dust by over 95%, which matters with two heavey horses on your yard.", "N", "value tied to prospect"),
  ("I've been waiting three weeks and I'm frankly fed up of being ignored after all the advice I gave you.", "HS", "seller's feelings and effort as guilt"),
  ("Other yards round you have had them for ages; you're the last one.", "H", "peer shaming"),
  ("Order today or don't bother asking for this price again.", "H", "ultimatum"),
  ("The full-bale model takes one small bale per cycle, and I'll want the deposit paid before I bring the demo unit round.", "H", "product detail + assumptive payment")]),
("hearse hire", "very deferential",
 "Hearse and limousine for Mr Bell's service", "Dear Mr Fenwick,", "With deepest respect,\nAlan Prior\nPrior Funeral Fleet",
 [("I'm very sorry to hear of your loss in the family business this autumn.", "N", "sympathy"),
  ("Our Mercedes hearse is available on Friday 14th, the date you gave for Mr Bell's service.", "N", "prospect's own date"),
  ("We were named Funeral Fleet of the Year, of which I am rather proud.", "S", "award boast"),
  ("I'm so sorry to trouble you at such a time, and sorry for following up at all.", "T", "repeated apologies for following up"),
  ("I'd be so grateful if you could think of us, whenever suits, there's no hurry whatsoever.", "T", "permission-begging, minimising"),
  ("If the rate is a worry, please say whatever figure you had in mind.", "T", "name your number")]),
("hydrotherapy pool", "formal",
 "Hydrotherapy pool for the hospice day unit", "Dear Mrs Whitlock,", "Yours sincerely,\nJohn Amery\nAquaCare Therapy Pools",
 [("Your physiotherapist's brief sets the pool at 34°C with a ceiling hoist over the steps.", "N", "prospect requirement"),
  ("A 4 x 3 m pool fits the day-unit extension you sketched, leaving room for a changing bay.", "N", "value tied to prospect"),
  ("Our managing director insists that your hospice features in our next brochure, so please agree to a case study.", "S", "favour for seller"),
  ("The Lottery capital grant you mentioned closes on 30 September, so a costed plan by August is sensible.", "N", "borderline: real external deadline, prospect's grant"),
  ("I've already told the installers to start in July, which means we'll simply go ahead unless I hear otherwise.", "H", "silence-means-yes assumptive"),
  ("I enclose the outline drawings, together with the deposit request so that we may begin.", "H", "attachment + assumptive payment step")]),
("hat blocks", "warm",
 "Wooden blocks for the millinery course", "Dear Imogen,", "Warmest wishes,\nRosa Tilling\nTilling Hat Blocks",
 [("It was a joy to see your students' felts at the graduate show.", "N", "pleasantry"),
  ("Lime-wood blocks take pins better than the MDF ones your students have now.", "N", "insight"),
  ("A set of eight crown blocks in the three head sizes you use would cover a cohort of twelve.", "N", "sizing"),
  ("The college's ordering window closes on 20 June, so I'll send a formal quote by the 10th.", "N", "prospect's real deadline"),
  ("Shall I bring two sample blocks to your workroom next Wednesday?", "N", "next step")]),
("insurance broking for charities", "formal",
 "Renewal of the trustees' liability cover", "Dear Mr Ashworth,", "Kind regards,\nNadia Rahman\nRahman Risk Partners",
 [("Your current policy excludes volunteer drivers, which your trustees flagged in March.", "N", "insight"),
  ("Frankly, any board that took its duty of care seriously would have closed this gap last year.", "H", "shaming"),
  ("We place cover for 300 charities and have won Broker of the Year four times.", "S", "generic boast"),
  ("Your renewal falls on 1 July, so I've set out the options by 10 June for the trustee meeting.", "N", "prospect's own date"),
  ("I'll have to run any fee reduction past my director, as that's beyond what I can agree.", "T", "deferring on discount"),
  ("This account would really help my numbers this quarter, I must admit.", "S", "seller's need, no date"),
  ("Could you share the volunteer driver list before our call?", "N", "plain ask")]),
("iron railings restoration", "chatty",
 "Railings outside 4-12 Crescent Terrace", "Hi Gemma,", "Best,\nOwen\nForge & Finial",
 [("The conservation officer wants the cast finials matched, which we can do from your surviving one.", "N", "value tied to prospect requirement"),
  ("Shot blasting off-site avoids dust on the residents' cars.", "N", "value"),
  ("Look, I've put a lot on the line with my boss to get you this slot, so the least you can do is sign.", "HS", "seller's standing as guilt"),
  ("Your neighbours at Regent Row signed with us weeks ago; don't be the street with rusty railings.", "H", "peer shaming"),
  ("I've attached the heritage consent drawings and, to be honest, I'll knock off 25% whatever happens.", "T", "legit attachment + unconditional discount"),
  ("Free for a site walk on the 18th, or shall I just raise the invoice now and save us both the bother?", "H", "meeting ask + assumptive invoice")]),
("jigsaw puzzles, custom", "chatty",
 "Custom jigsaws for the museum shop", "Hi Priya,", "Thanks,\nLuca\nPiecework Puzzles",
 [("The map of the 1820 harbour would make a cracking 1,000-piece puzzle.", "N", "value tied to prospect's collection"),
  ("Sorry for pestering you again, I know you're swamped.", "T", "apology for following up"),
  ("Only just checking whether you'd had any thoughts, whenever you get a spare second, truly zero rush.", "T", "minimising, permission-begging"),
  ("Our minimum run is 250 boxes, with a proof in 10 days, though I could drop the price if you like, honestly any amount.", "T", "product detail + unprompted concession"),
  ("Ah, and don't worry at all if it's a no, I totally get it.", "T", "pre-emptive release")]),
("jockey silks", "blunt",
 "Silks for the new syndicate colours", "Mr Doyle,", "Frank Mercer\nMercer Racing Silks",
 [("Registered colours are in the brief you sent: emerald, white hoops, red cap.", "N", "logistics"),
  ("Lycra silks dry in an hour between races, which your jockeys asked about.", "N", "value tied to prospect"),
  ("The tracker says you opened my last three emails, so I expect an answer today.", "H", "read-receipt guilt + entitlement"),
  ("Cheltenham is in four weeks, so order now or your jockeys ride in borrowed colours.", "H", "borderline: real date used to push"),
  ("I've got a sales contest ending Friday, so I need your signature before then.", "HS", "seller's contest as reason for date")]),
("joinery, reading carrels", "formal",
 "Oak study carrels for the reading room", "Dear Dr Fairbairn,", "Yours sincerely,\nThomas Gale\nGale Joinery",
 [("Your architect's plan allows for 24 carrels along the east windows.", "N", "logistics"),
  ("Solid oak with cable trays under the desk would keep the laptop leads off the floor.", "N", "value tied to prospect"),
  ("We are a family firm, now in our fourth generation of joiners.", "S", "borderline: heritage line"),
  ("We have also won the Wood Awards, supplied two cathedrals and appeared on Grand Designs!", "S", "generic boasts"),
  ("I should be grateful for your thoughts on the sample finish, and for a testimonial for our website once the carrels are in.", "S", "legit ask + favour for the seller"),
  ("I am sorry for such a long letter.", "T", "apologising for length")]),
("karting track hire", "chatty",
 "Grand Prix evening for your sales team", "Hey Nat,", "Cheers!\nSam\nApex Karting",
 [("Thirty drivers fits perfectly with our three-heat grand prix format.", "N", "value"),
  ("The track is free on 24 October, the Thursday you mentioned.", "N", "prospect's own date"),
  ("I'll pop a hold on it until Monday, which is when the next group request comes in.", "N", "borderline: factual hold with reason, no urgency language"),
  ("Buffet and podium photos are included in the £45 a head.", "N", "product detail"),
  ("Want to swing by for a test lap?", "N", "borderline: bare demo ask")]),
("kennel building", "warm",
 "New kennel block for the rescue", "Dear Jo,", "With love to the dogs,\nMeg Harlow\nHarlow Kennel Build",
 [("It was wonderful to meet Biscuit and the rest of the long-stayers.", "N", "pleasantry"),
  ("Underfloor heating in each run would cut your night-time heater costs by about a third.", "N", "value tied to prospect"),
  ("I'm so sorry, I realise my quote is expensive and I feel awful about it.", "T", "apologising for price"),
  ("I'd hate for you to be disappointed in us, so please tell me if anything's wrong.", "T", "approval-seeking"),
  ("I'd be thrilled to show you our full range of 30 kennel designs and our new showroom.", "S", "seller-focused tour"),
  ("Planning drawings are attached, and I was hoping perhaps you might maybe find a moment to look, if that's alright.", "T", "attachment + stacked hedges")]),
("kilts for a pipe band", "non-native English",
 "Kilts for the pipe band, 24 pieces", "Dear Mr MacLeod,", "Kind greetings,\nPiotr Nowak\nTartanWorks",
 [("Thank you for sending the measurement of all 24 players.", "N", "pleasantry"),
  ("The 16 oz heavy weight tartan hangs better for marching, so I recommend it over 13 oz.", "N", "expert recommendation"),
  ("My company is the biggest kilt maker in Poland and we have very many awards.", "S", "generic boast"),
  ("My boss is very angry when I do not close this deal, so please help me, sign this week.", "HST", "seller's manager as reason for date, pleading"),
  ("Also I give you 20% less if you sign before Friday, because my boss.", "HST", "discount on seller's date with manager reason"),
  ("Delivery is six weeks after the cloth order.", "N", "logistics")]),
("leaflet distribution", "formal",
 "Door-to-door leaflets, consultation on the bus lane", "Dear Ms Quigley,", "Yours sincerely,\nPeter Lamb\nLetterbox Direct",
 [("The consultation opens on 3 November, the date in your brief.", "N", "prospect's own date"),
  ("Our walkers are GPS-tracked, so you receive a map of every street covered.", "N", "value tied to prospect's audit"),
  ("I was wondering if perhaps you might possibly have had a chance to read my proposal.", "T", "stacked hedges"),
  ("I must say I'm rather disappointed, having spent a great deal of time preparing it for you, to hear nothing.", "HS", "seller's effort and feelings as guilt"),
  ("I shall keep telephoning your office daily until we can agree a start.", "H", "badgering"),
  ("The area maps are attached, and I have copied your council leader so he can see how long this has taken.", "H", "attachment + bypass escalation")]),
("lifejackets for a sailing school", "blunt",
 "Lifejackets for the junior fleet", "Hi Dom,", "Ash\nBuoyant Marine",
 [("50 N buoyancy aids in junior sizes, 60 units, quote attached.", "N", "logistics"),
  ("Side-entry zips make them faster to put on for your eight-year-olds.", "N", "value tied to prospect"),
  ("Price is valid until 30 April because the manufacturer's list price rises in May.", "N", "borderline: factual price expiry with reason"),
  ("Your club needs these and you know it.", "H", "you-need directive"),
  ("Sorry for being pushy, I just really want this one.", "ST", "apology for selling + seller's want"),
  ("Let me know on the sizes; a club down the coast wants the same stock, so don't sit on it.", "H", "plain ask + competing-buyer scarcity")]),
("lamp post repainting", "non-native English",
 "Repainting of heritage lamp columns", "Dear Mr Baptiste,", "Best regards,\nHenrik Solberg\nNordic Coatings Ltd",
 [("Thank you for the list of 86 columns in the Old Town.", "N", "pleasantry"),
  ("We use a two-coat system that lasts 12 years on cast iron, which fits your maintenance cycle.", "N", "value tied to prospect"),
  ("The road closure permit needs six weeks, so apply in January for painting in March.", "N", "borderline: real external lead time"),
  ("For any reduction of price I must ask my director first, I cannot decide this.", "T", "deferring on discount"),
  ("Sorry, I am not good with English, I apologise for all mistakes in this mail and in the last one.", "T", "repeated self-abasing apology"),
  ("If you are not interested, no problem at all, I will not write again.", "T", "gives up pre-emptively"),
  ("I can visit on 15 December to see the columns with your engineer.", "N", "next step")]),
]

CURLY = "\u2019"

def fix(s, curly):
    return s.replace("'", CURLY) if curly else s

def derive(sents):
    out = {}
    for lab in ("hard_close", "self_serving", "timidity"):
        hits = [b for labs, b in sents if lab in labs]
        if not hits:
            out[lab] = 0
        elif len(hits) == 1 or all(hits):
            out[lab] = 1
        else:
            out[lab] = 2
    return out

def main():
    assert len(EMAILS) == 40, len(EMAILS)
    emails, rows = [], []
    sid = 0
    for i, (ind, reg, subj, sal, sign, sents) in enumerate(EMAILS, 1):
        curly = i % 3 == 0
        eid = "s54e%03d" % i
        texts = [fix(t, curly) for t, _, _ in sents]
        body = [t for t in texts if not t.startswith("P.S.")]
        ps = [t for t in texts if t.startswith("P.S.")]
        half = (len(body) + 1) // 2
        paras = [" ".join(body[:half]), " ".join(body[half:])]
        paras = [p for p in paras if p] + ps
        text = fix(sal, curly) + "\n\n" + "\n\n".join(paras) + "\n\n" + fix(sign, curly)
        meta = []
        for (t, code, note), tt in zip(sents, texts):
            assert tt in text, (eid, tt)
            sid += 1
            labs = CODE[code]
            meta.append((labs, note.startswith("borderline:")))
            rows.append({"id": "s54-%04d" % sid, "email": eid, "text": tt,
                         "labels": labs or ["NONE"], "note": note})
        emails.append({"email": eid, "subject": fix(subj, curly), "text": text, "labels": derive(meta),
                       "_ind": ind, "_reg": reg})
    with open(os.path.join(HERE, "test-emails.jsonl"), "w") as f:
        for e in emails:
            f.write(json.dumps({k: v for k, v in e.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # parse checks
    for fn in ("test-emails.jsonl", "test.jsonl"):
        with open(os.path.join(HERE, fn)) as f:
            for line in f:
                json.loads(line)
    c = Counter()
    for r in rows:
        for l in r["labels"]:
            c[l] += 1
    multi = sum(1 for r in rows if len(r["labels"]) > 1)
    border = sum(1 for r in rows if r["note"].startswith("borderline:"))
    faulty_emails = sum(1 for r_e in emails if sum(1 for r in rows if r["email"] == r_e["email"] and r["labels"] != ["NONE"]) >= 2)
    clean = sum(1 for r_e in emails if all(r["labels"] == ["NONE"] for r in rows if r["email"] == r_e["email"]))
    lvl = {lab: Counter(e["labels"][lab] for e in emails) for lab in ("hard_close", "self_serving", "timidity")}
    stats = {"emails": len(emails), "sentences": len(rows), "NONE": c["NONE"],
             "NONE_pct": round(100 * c["NONE"] / len(rows), 1), "hard_close": c["hard_close"],
             "self_serving": c["self_serving"], "timidity": c["timidity"], "multi_label": multi,
             "borderline": border, "emails_2plus_faulty": faulty_emails, "clean_emails": clean,
             "email_levels": {k: dict(sorted(v.items())) for k, v in lvl.items()},
             "curly_emails": sum(1 for e in emails if CURLY in e["text"])}
    print(json.dumps(stats, indent=1))
    inds = "\n".join("- %s: %s (%s)" % (e["email"], e["_ind"], e["_reg"]) for e in emails)
    return stats, inds

README_HEAD = """# sealed54: held-out sales emails for the Poise tone coach

> **Training data since the tenth session.** This set was once sealed and was read several times while sealed (its
> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).
> It measures nothing now.

**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on
6 December (the eighth session) from the labelling guide alone, blind to that session's later Apply changes, and
measured first on the model of the seventh session (rules + model macro-F1 0.926: hard_close 0.922, self_serving
0.919, timidity 0.936; 1 of 109 clean sentences flagged; email agreement 1.000 / 0.925 / 0.900).

Written by hand from the labelling guide (`corpus/LABELS.md`) and the product description alone; no other data,
rules or code were consulted. Every sentence, subject, salutation and sign-off was written for this set and is
held in `build.py`, email by email, with its label code and a short note. `python3 build.py` writes
`test-emails.jsonl` and `test.jsonl`, derives each email's 0/1/2 levels with the guide's email-level scale (no hand
overrides), checks that each sentence is a verbatim substring of its email and that every line parses, and
regenerates this README.

Design: 32 emails carry two or more faulty sentences, 8 are clean. Roughly half the faulty sentences put the fault
in one clause beside something the rep must keep (an attachment, a meeting ask, the prospect's date, a product
detail). Many NONE sentences are hard negatives: the prospect's own dates, real external lead times, single polite
requests, concessions traded for a longer term, relevant credentials. Notes starting `borderline:` mark sentences
decided by one of the guide's borderline rules. Every third email (e003, e006, ...) uses curly apostrophes; the
rest use straight ones. British and American spellings both appear; three emails carry a P.S.

Registers: formal, chatty, terse, warm, blunt, very deferential, non-native English.
Trades: all start with a letter from A to L, one email per trade; goods and services, public and private buyers,
one-person firms and large ones.
"""

if __name__ == "__main__":
    stats, inds = main()
    lines = [README_HEAD, "## Counts (computed by build.py)", "", "| | Count |", "|---|---|"]
    for k in ("emails", "sentences", "NONE", "NONE_pct", "hard_close", "self_serving", "timidity",
              "multi_label", "borderline", "emails_2plus_faulty", "clean_emails", "curly_emails"):
        lines.append("| %s | %s |" % (k, stats[k]))
    lines += ["", "Email-level distribution (level: emails):", ""]
    for k, v in stats["email_levels"].items():
        lines.append("- %s: %s" % (k, ", ".join("%s: %s" % kv for kv in v.items())))
    lines += ["", "## Emails: trade (register)", "", inds, ""]
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write("\n".join(lines))
