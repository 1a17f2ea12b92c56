#!/usr/bin/env python3
"""Builds sealed38 from hand-written emails. Codes: N=NONE, H=hard_close, S=self_serving, T=timidity."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
E = []
def em(subject, sal, sign, *sents):
    E.append((subject, sal, sign, list(sents)))

em("Gargoyle carving for the north parapet", "Dear Canon Whitlock,", "Yours sincerely,\nEdmund Rae\nRae Stonecarving",
 ("Thank you for sending the photographs of the three weathered gargoyles on the north parapet.", "N", "greeting + logistics"),
 ("Our carvers have been shortlisted for the Stone Federation craft award four years running, and we were featured in Country Life last spring.", "S", "generic awards/press boast"),
 ("For Clipsham stone to match the 1870s work, the quarry's next block release is 14 March, so I'd suggest we fix the design by then.", "N", "borderline: real external supply date stated once with reason"),
 ("Frankly, any chapter serious about its fabric would have commissioned this two winters ago.", "H", "shaming the prospect"),
 ("The quote is attached as you asked, and it only holds until Friday, after which I can't promise anything.", "H", "mixed: attachment + invented expiry with pressure"),
 ("I've attached a sketch of the griffin head with a drip channel cut through the jaw, which should stop the staining you mentioned on the buttress below.", "N", "concrete value tied to their problem"),
)
em("Gliding taster days for your apprentices", "Hi Marcus,", "Cheers,\nJess\nWoldside Gliding Club",
 ("Good to chat at the careers fair on Thursday!", "N", "pleasantry"),
 ("So, um, I was sort of wondering if you might maybe want to think about a taster day at some point, if that's alright?", "T", "stacked hedges + permission"),
 ("We've got two-seater K21s and instructors who have flown with 14-year-olds upwards.", "N", "concrete product detail"),
 ("Sorry this is such a long email, I do ramble!", "T", "apology for length"),
 ("The day rate is £95 per apprentice, sorry it's not cheaper, I know budgets are tight.", "T", "mixed: price + apology for price"),
 ("Lunch in the clubhouse is included, and honestly we'd do the day at cost for you, no need to even ask.", "T", "mixed: offer detail + unprompted concession"),
 ("The airfield is about forty minutes from your Hull site, and we're the friendliest club in Yorkshire by miles!", "S", "mixed: logistics + generic boast with exclamation"),
)
em("Goalkeeper gloves for the academy squads", "Dear Ms Okafor,", "Kind regards,\nTom Bell\nPalmGrip Sports",
 ("Following up on the sizing chart I sent on the 3rd: I've now added the junior 5 and 6 sizes you asked about.", "N", "single follow-up adding something new"),
 ("We're the fastest-growing glove brand in the Championship, full stop.", "S", "generic boast"),
 ("Sizes can be mixed across the order, but my sales manager needs the PO by the 28th to count it this month.", "HS", "mixed: product detail + manager/month as reason for a date (rule 16)"),
 ("The gloves ship in ten days from order, and three of your rival academies have already switched, so you'll be the odd one out if you wait.", "H", "mixed: delivery detail + peers-already-bought shaming"),
 ("The 4 mm German latex palm holds up for roughly eight weeks of daily training, against the three to four your keepers reported.", "N", "value tied to their data"),
 ("I've pencilled in 60 pairs on your account and will raise the invoice tomorrow unless I hear otherwise.", "H", "assumptive invoice / silence as yes"),
)
em("Re-cutting the Harcourt sapphires", "Dear Mr Lindqvist,", "With best regards,\nAnya Petrenko\nPetrenko Lapidary",
 ("Thank you for bringing the five sapphires to the workshop on Monday.", "N", "courtesy"),
 ("Under the loupe, two stones have chips on the girdle, so a re-cut would lose about 8% of weight but remove the risk of the chips spreading when reset.", "N", "expert recommendation with evidence"),
 ("My written estimate, which you asked for by Friday, is attached.", "N", "prospect's own date; attachment"),
 ("Re-cutting the remaining three is optional; they are clean and will sit well in the new mount as they are.", "N", "honest advice"),
 ("Shall I book a 20-minute viewing on Wednesday so you can see the chips for yourself?", "N", "clear next step"),
)
em("Grow lights for the horticulture bays", "Hi Dr. Osei,", "Best,\nRyan Chu\nLumiGrow Systems",
 ("Great to meet your team at the GreenTech booth and hear about the program's new greenhouse wing.", "N", "pleasantry"),
 ("Our fixtures offer full-spectrum diodes, dimming, app control, Bluetooth mesh, timers, six mounting kits, a ten-year warranty and a carbon-neutral badge.", "S", "feature dump"),
 ("I need this PO in before the 31st or my numbers for the half look terrible.", "HS", "seller's own reason pressed as a date"),
 ("Your students' tomato trials need at least 300 µmol of light at canopy height, which the current T5 tubes can't reach in bay 2.", "N", "borderline: 'need' as technical requirement backed by measurement"),
 ("I'll send the fixture layout for bays 1-3 on Tuesday, and I'd be so grateful if you might maybe consider putting it to the panel, if it's not too much trouble.", "T", "mixed: legit next step + stacked hedges and permission"),
)
em("Gift wrapping at the Christmas counters", "Dear Priya,", "Warm wishes,\nHattie Blake\nRibbon & Fold",
 ("Lovely to hear the Kings Road store is going ahead with a wrapping counter this year.", "N", "pleasantry"),
 ("Our wrappers handled 40 a day per person at a store of your footfall last December, which would cover your Saturday peak with two staff.", "N", "social proof tied to their situation"),
 ("Two wrappers per Saturday covers your peak, and I've gone ahead and blocked them out for all six, so just send the deposit over today.", "H", "mixed: staffing detail + assumptive deposit"),
 ("I turned down another store to keep those dates free for you, so I'd be really let down if I didn't hear back this week.", "HS", "guilt resting on seller's sacrifice + date"),
 ("I hope you don't think I'm being pushy, please forgive me.", "T", "apology for normal selling"),
 ("Paper and ribbon can be in your brand colours if you send the Pantone references, and I'll waive the set-up fee too, no need to ask.", "T", "mixed: concrete offer + unprompted concession"),
)
em("Hearse and limousine cover for your two branches", "Dear Mr Adeyemi,", "Yours faithfully,\nGrace Holloway\nHolloway Funeral Carriages",
 ("I understand from your colleague that you are looking for weekend and bank-holiday cover at Burnside and Mill Road.", "N", "context"),
 ("Our fleet includes two Jaguar hearses and a seven-seat limousine, each with a uniformed bearer-driver.", "N", "concrete detail"),
 ("We are a family firm established in 1921, now in our fourth generation.", "S", "borderline: heritage line"),
 ("Our rate sheet is attached, and I'd ask you to sign the framework this week as our spring diary is filling fast.", "H", "mixed: attachment + manufactured scarcity"),
 ("Would a call on Thursday afternoon suit you to go through rates per service?", "N", "plain ask with day"),
 ("I apologise for the delay in replying; our office was closed for the Dalton service on Monday.", "N", "borderline: single courtesy apology with reason"),
)
em("Hurling helmets for the U14s", "Hi Seán,", "Sláinte,\nCiara\nCamán Kit Co.",
 ("Thanks for the numbers, 32 helmets in three sizes is grand.", "N", "logistics"),
 ("I'll be honest, my area manager is on my back and wants this signed by Friday.", "HS", "manager's wish as reason for a date"),
 ("If you can confirm by then I'll knock 15% off as well.", "HT", "discount tied to seller's date"),
 ("All our helmets meet the mandatory standard for underage play, so there's no issue at the club's kit check.", "N", "credential the buyer's process requires"),
 ("I'm after closing the gap on my target this month and you'd really be helping me out.", "S", "seller's need, no date pressed on this deal"),
 ("I can bring samples to Tuesday training, and sure look, if the price is a problem just name whatever figure suits you.", "T", "mixed: offer + name-your-number"),
)
em("Heritage paint for the Alms Houses", "Dear Ms Fairbairn,", "Best regards,\nOliver Pratt\nPratt & Vale Paints",
 ("Thank you for the paint scrapes from the Alms Houses doors.", "N", "courtesy"),
 ("Lab analysis shows a lead-based linseed oil layer under two coats of modern gloss, which is why the new paint is flaking.", "N", "insight"),
 ("We'd recommend a linseed paint system rather than another acrylic, as it will move with the timber and breathe.", "N", "confident recommendation"),
 ("The conservation officer's listed building consent determination is due on 2 May, so ordering after that date keeps you safe on colour approval.", "N", "borderline: real external process date"),
 ("A colour card with the six closest historic matches is in the post today.", "N", "logistics"),
 ("Do the trustees want a single colour for all eight doors, or one per house as in the 1890s photographs?", "N", "discovery question"),
)
em("Hair nets and beard snoods for Line 3", "Hello Kate,", "Regards,\nDerek\nCleanCap Hygiene",
 ("Following your audit note, I've put together pricing for 20,000 hair nets and 6,000 beard snoods a month.", "N", "logistics"),
 ("You need to switch to our metal-detectable range immediately, there's really nothing to think about.", "H", "directive 'you need' + no thinking"),
 ("The snoods are EN 1186 food-contact compliant, and we won Hygiene Supplier of the Year while our CEO was on BBC Breakfast last week.", "S", "mixed: compliance fact + generic award/press boast"),
 ("This is the fourth time I've emailed about the samples and the read receipts tell me you've opened every one.", "H", "counting attempts + read receipts"),
 ("Samples of both items can reach Line 3 on Monday, and I've already set up your direct debit form, so just sign it when they land.", "H", "mixed: logistics + assumptive payment step"),
)
em("Hand dryers for the leisure centre changing rooms", "Dear Mr Gallagher,", "Yours sincerely,\nNina Ross\nAirBlade Washroom Services",
 ("I gather from the council's sustainability team that paper towels are costing the centre about £11,000 a year.", "N", "prospect's own data"),
 ("Forgive me for intruding on your day, I know you're awfully busy and I'm sure this isn't a priority.", "T", "self-abasing apology + minimising"),
 ("Replacing the 14 towel points would cut that cost by around 80% on those figures, with payback inside 18 months.", "N", "quantified value"),
 ("I'll have the survey done by the 20th as you asked, though every week you wait is cash flushed down the toilet.", "H", "mixed: prospect's date + cost-of-delay push without numbers"),
 ("The pricing you asked for is attached, but if it's a worry, just tell me what figure you had in mind and I'll make it work.", "T", "mixed: requested price + name your number"),
 ("Totally get it if you'd rather leave this till next year, I won't take it personally in the slightest!", "T", "pre-emptive release"),
)
em("Temple incense for the new vihara", "Dear Venerable Sumedho,", "With respect and metta,\nLalith Perera\nLotus Incense Trading",
 ("Thank you for your letter about the opening ceremony on 8 June.", "N", "courtesy"),
 ("To be sure of delivery before your ceremony on 8 June, we would need the order by 20 May.", "N", "prospect's date, lead time"),
 ("Our sandalwood sticks are hand-rolled in Mysore and burn for about 45 minutes with low smoke, which suits an indoor hall.", "N", "product detail tied to use"),
 ("I am very sorry, very sorry to ask, but perhaps if it is not too much trouble you could maybe give a reply?", "T", "repeated apology + stacked hedges"),
 ("The price for 300 boxes is in the attached list, and please forgive if it is too high, I can make lower if you wish.", "T", "mixed: requested price list + apology for price and unprompted discount"),
 ("Also I am hoping so much you will say yes because this order will help our small shop very much.", "ST", "pleading for seller's sake"),
)
em("Costumes for the feis team", "Hi Aoife,", "Thanks a million,\nNiamh\nCeili Stitch",
 ("Thanks for the measurements for all nine dancers.", "N", "courtesy"),
 ("The fabric you chose is in stock, and I've put it on hold, so I'll need your card details today to start cutting.", "H", "mixed: stock detail + assumptive payment step"),
 ("Every other school in the region has already ordered from us for the Oireachtas, so you're leaving it very late.", "H", "peers-already-bought + urgency"),
 ("The dresses will be ready by 1 March as you asked, and I'll need your answer by tonight or I'll let the fabric go.", "H", "mixed: prospect's date + ultimatum"),
 ("The velvet bodices with satin-lined skirts you picked will travel well in the garment bags included, and honestly I'd do the whole lot at cost if it would help you decide.", "T", "mixed: product detail + unprompted concession"),
 ("I've been up till 2am redrawing the Celtic knot panel for you, so the least you could do is confirm this week.", "HS", "guilt on seller's effort"),
)
em("Insect hotels for the school grounds", "Dear Mr Nakamura,", "All the best,\nFern Whitaker\nBuzzWood Habitats",
 ("Thanks for your call about the wildlife area behind the science block.", "N", "courtesy"),
 ("For a site that size, I'd suggest three hotels facing south-east, rather than one large one, so solitary bees and ladybirds aren't competing for the same space.", "N", "expert recommendation"),
 ("Each unit is larch with hollow stems and drilled hardwood blocks, and a class can assemble it in one lesson.", "N", "product detail"),
 ("The county's green schools grant closes on 30 April, so it might be worth including this in your bid.", "N", "borderline: real external deadline"),
 ("Could I drop a sample round on the 12th when your eco-club meets?", "N", "plain ask"),
)
em("Skate sharpening at the Ice Dome", "Hello Mr. Brandt,", "Best,\nKevin Moss\nEdgeline Sharpening",
 ("I'm writing about on-site sharpening for your public sessions and the hockey club.", "N", "purpose"),
 ("Each skate takes about four minutes on our machines, which are the most advanced on the planet and have been written up in three trade magazines.", "S", "mixed: concrete detail + generic boast"),
 ("Sharpening in the building rather than sending skates out would give your rental counter back the two-day turnaround your manager mentioned.", "N", "value tied to their issue"),
 ("We'd love a testimonial from the Dome for our new website once we're in, if you'd be up for it.", "S", "favour request"),
 ("I'll be at the rink for the club's Sunday session anyway, and I'll keep calling the front desk every day until someone puts me through to you.", "H", "mixed: logistics + badgering"),
 ("A trial weekend on the 15th and 16th would show what the queues look like, and you'd be mad not to take it.", "H", "mixed: concrete offer + pressure/shaming clause"),
)
em("Ivy removal, Crossways viaduct", "Dear Ms Harrington,", "Kind regards,\nPaul Mendes\nMendes Vegetation Management",
 ("Thank you for the drone survey of the viaduct piers.", "N", "courtesy"),
 ("The stills show ivy roots inside the mortar joints of piers 3 and 4, so I'd cut at the base now and leave the growth to die back before pulling it.", "N", "expert advice from evidence"),
 ("Bird nesting season starts on 1 March, so the cutting has to finish before then under the Wildlife and Countryside Act.", "N", "borderline: real regulatory date"),
 ("Our quote for cutting, follow-up spraying and a repointing survey is attached.", "N", "attachment"),
 ("I'm sorry, the quote is rather more than you probably hoped for, but it does include the follow-up spraying in May.", "T", "mixed: apology for price beside a legitimate scope detail"),
 ("The method statement is attached too, but my director is pushing me to get this signed before our year end on the 31st.", "HS", "mixed: attachment + seller's year end as reason for a date (rule 16)"),
 ("I'll pass any questions on method to our ecologist and have answers back by Friday.", "N", "checking with someone, non-discount, date"),
)
em("Jousting display for the summer fair", "Dear Lady Anstruther,", "Yours,\nCaptain Rob Fenner\nThe Black Lance Company",
 ("It was a pleasure to meet you at the estate show in September.", "N", "pleasantry"),
 ("A 40-minute joust with four knights and a commentator would sit well before your falconry slot, as you outlined.", "N", "tied to their plan"),
 ("The arena we'd need is 80 metres by 30, which your lower paddock comfortably offers.", "N", "technical requirement"),
 ("We'd arrive the evening before to rest the horses, and naturally other estates are queuing up for our August weekends, so you'll want to be quick.", "H", "mixed: logistics + manufactured scarcity"),
 ("Our fee of £4,200 is attached, and I do apologise that it's on the high side.", "T", "mixed: attachment + apology for price"),
 ("We've performed at Hampton Court, Warwick and for two royal visits, as I'm sure you've heard.", "S", "generic boast"),
 ("P.S. Our horses are insured for public events and the certificate is attached.", "N", "credential buyer needs"),
)
em("Judo gis for the club's new members", "Hi Coach Tanaka,", "Thanks,\nLisa\nDojoWear",
 ("Just wanted to pop in and say hi again, hope that's ok!", "T", "just popping in as purpose + approval-seeking"),
 ("The 450 g single-weave gi you tried in October comes in the 120-170 cm sizes your juniors need, if that's maybe alright with you, I hope?", "T", "mixed: product detail + hedge and approval-seeking"),
 ("Sorry to keep emailing, but I've now got the price list for the club colours you asked about.", "T", "mixed: apology for following up beside new information"),
 ("We could do them at the same price as last year if that helps at all, or even less.", "T", "unprompted concession"),
 ("Whenever suits, honestly, my side can wait as long as you like.", "T", "permission/minimising"),
)
em("Indexing the Proceedings archive", "Dear Professor Levin,", "With best wishes,\nDr Hannah Cole\nCole Indexing Services",
 ("Thank you for the sample volumes of the Proceedings, 1954 to 1962.", "N", "courtesy"),
 ("A cumulative subject and name index across the 70 volumes would let your members find papers that the current journal search misses before 1998.", "N", "value to them"),
 ("My estimate is eight months at the rate you asked me to price, and it is attached.", "N", "attachment, price they asked"),
 ("I would suggest the committee review the first 500 entries before I continue, so the style is agreed early.", "N", "guides process"),
 ("Does the 14th suit for a call with your editorial board?", "N", "next step"),
)
em("Kerosene heaters for the winter market", "Hi Gareth,", "Cheers,\nDave\nHeatHire North",
 ("Good to see the Christmas market confirmed for 29 November.", "N", "pleasantry"),
 ("We've got 30 indirect-fired heaters available, with the flue kit the council's events licence requires for covered stalls.", "N", "product detail + requirement"),
 ("That said, the boss has told me he wants this one booked before the month ends so we hit target, so I'd really need your yes by Friday.", "HS", "manager/target as reason for date"),
 ("I'll also throw in the fuel for nothing, just to get it over the line.", "T", "unprompted concession"),
 ("The heaters come with a trained engineer on the day, and if you're not sure about the fuel price I'll run it past my manager and get back to you.", "T", "mixed: service detail + deferring on terms"),
 ("Fuel usage is roughly 2 litres an hour per heater on your 10-hour trading day, and I'm chuffed to say we've just been named North West hire firm of the year.", "S", "mixed: information + award boast"),
)
em("Kimono hire for the Hanami evening", "Dear Ms. Whitfield,", "Kind regards,\nYuki Sato\nKimono Hana Rental",
 ("Thank you for your interest in kimono dressing for the Hanami evening at the botanic gardens.", "N", "courtesy"),
 ("For 40 guests, I recommend yukata rather than silk kimono, as they dress in ten minutes and can be worn outdoors on grass.", "N", "expert recommendation"),
 ("Each yukata comes with an obi and sandals, and we are the number one kimono service in the UK, used by many famous people.", "S", "mixed: product detail + generic boast"),
 ("Please decide soon because spring is very busy and I cannot promise anything after this week.", "H", "manufactured urgency"),
 ("Our three dressers can arrive at 4 pm and finish before your 6 pm welcome, and my manager says I must have your deposit by tomorrow.", "HS", "mixed: logistics + manager's wish as reason for a deadline (rule 16)"),
 ("If you could also write a review for us on Google after, it would help us a lot.", "S", "review favour"),
)
em("Kefir for the smoothie bars", "Hi Tamsin,", "Best,\nJoe Varga\nHighfold Kefir",
 ("Thanks for the tasting notes from your team.", "N", "courtesy"),
 ("Glad the unsweetened one went down well with the staff!", "N", "pleasantry"),
 ("It sounds like your gut-health range is where a live kefir base could lift the average basket, based on your Q2 sales note.", "N", "value tied to their data"),
 ("Your delivery slots at Canal Street and Brunswick are Tuesday and Friday, which suits our shelf life of 21 days.", "N", "logistics"),
 ("Would a four-week trial at those two sites give you enough data to decide?", "N", "insightful question"),
)
em("Kinesiology tape for the physio teams", "Hi Dr. Marsh,", "Thanks,\nAlex\nStretchline Medical",
 ("Quick one, I'm following up on the sample rolls we left with your clinic leads.", "N", "single follow-up"),
 ("Your Leeds lead asked for latex-free stock, which we have, and honestly your clinics are way behind the curve if you're still on generic tape.", "H", "mixed: their request + shaming"),
 ("We're backed by two Olympic team doctors and a Series B round from Halcyon Ventures!", "S", "investors/endorsement boast"),
 ("The 5 cm roll with hypoallergenic adhesive is the one your Bristol lead said holds through a shower.", "N", "tied to their feedback"),
 ("Invoices will go to your accounts team as you asked, and I've already created your account and scheduled the first delivery for the 1st.", "H", "mixed: their invoicing instruction + assumptive onboarding"),
 ("I'd hate for you to be disappointed in us, so tell me if anything is off.", "T", "approval-seeking"),
)
em("Extract duct cleaning, Castle Street kitchen", "Dear Mr Kowalski,", "Yours sincerely,\nRuth Kendall\nDuctClear Services",
 ("Thank you for sending your insurer's letter.", "N", "courtesy"),
 ("The insurer requires a full clean of the extract system before renewal on 1 October, so we'd need access by mid-September.", "N", "prospect's own date/external requirement"),
 ("The quote you asked for covers the canopy, ductwork and fan, with a before-and-after report for the insurer.", "N", "price they asked for"),
 ("Night work between 11 pm and 5 am means the kitchen doesn't lose any service.", "N", "value"),
 ("Shall I hold the night of 9 September while you check with the head chef?", "N", "clear next step"),
)
em("Lobster pots for the new boat", "Hiya Jamie,", "Cheers,\nBen\nPenwith Pot Makers",
 ("Ben here from the pot yard in Newlyn, good to chat at the quay.", "N", "greeting"),
 ("Parlour pots in 12 mm steel will last you three seasons longer than the plastic creels you're using now.", "N", "value"),
 ("Half the fleet in Mousehole has gone over to ours already and you'll look daft sticking with the old ones.", "H", "peer shaming"),
 ("The price is £38 a pot as you asked, and I'll be down the harbour Saturday to collect your answer whether you've decided or not.", "H", "mixed: requested price + turning up uninvited"),
 ("I've got 50 pots built and waiting, and my dad's name has been on this yard for 60 years so I don't make rubbish.", "S", "borderline: heritage line (rule 8)"),
 ("I'm trucking them down Tuesday as we said on the quay, so get the cash ready.", "H", "mixed: delivery day + assumptive payment"),
)
em("Luggage trolleys for the hotel lobby", "Dear Mr. Hamid,", "Best regards,\nSophie Lang\nBellcart Hospitality Equipment",
 ("Thank you for your time on Tuesday and for showing me the lobby and service elevator.", "N", "courtesy"),
 ("Given the elevator door is 900 mm wide, the compact birdcage model will fit with room to turn, unlike the standard ones you have now.", "N", "concrete value"),
 ("I had hoped, if it's okay, that perhaps you might possibly consider the brass finish?", "T", "stacked hedges"),
 ("I'm terribly sorry for how much I'm going on, I do hope I haven't upset you.", "T", "apology for length + approval seeking"),
 ("The quote for six trolleys, with delivery and assembly, is attached, and it expires Friday, so don't sit on it.", "H", "mixed: attachment + expiry with urgency language"),
 ("The brass finish adds £60 per trolley, but if it's too dear I could surely bring the whole order down by a third, just say the word.", "T", "mixed: price detail + unprompted discount"),
)
em("Lecterns for the debating chamber", "Dear Ms Quarrie,", "Best wishes,\nMarcus Webb\nWebb Joinery",
 ("Thank you for the plans of the debating chamber.", "N", "courtesy"),
 ("Our workshop has twice won the Worshipful Company's bench prize, and we've supplied the Oxford Union.", "S", "generic award boast"),
 ("Our lecterns have adjustable heights, hidden cable ports, LED reading lamps, sound-dampened tops, lockable drawers, a brass rail and 12 finishes.", "S", "feature list"),
 ("I've put a lot of my evenings into these drawings, so I'd ask you to let me know by Monday either way.", "HS", "seller's effort as guilt + date"),
 ("A height range of 95 to 120 cm will suit both your youngest and tallest speakers, and honestly, any school that cared about debate would have replaced those old music stands years ago.", "H", "mixed: product detail + shaming"),
)
em("Pool PA loudspeakers", "Hi Steve,", "Regards,\nMike Tran\nSoundSafe Pro Audio",
 ("Following up on Friday's walk-round of the competition pool.", "N", "single follow-up"),
 ("At the moment, swimmers at the deep end can't hear the starter's announcements, which your gala officials flagged.", "N", "insight tied to their issue"),
 ("I've attached the speaker layout, and I'll be ringing your mobile and your desk line until I get an answer.", "H", "mixed: attachment + multi-channel badgering"),
 ("IP66 speakers in the corners, with a delay line, would clear that up without louder volume.", "N", "recommendation"),
 ("My quarter finishes on the 30th, so it would really help me if you could get the order raised this week.", "HS", "quarter as reason + week"),
 ("If that's a stretch, I can shave a chunk off the price to make it easier.", "T", "unprompted discount"),
 ("P.S. Sorry again for chasing, I know it's a bit much.", "T", "apology for follow-up"),
)
em("Lichen survey, Hatherleigh Common", "Dear Dr. Pemberton,", "Kind regards,\nIsla Grant\nCrustose Ecology",
 ("Thank you for the maps of the common and the old survey from 1996.", "N", "courtesy"),
 ("A repeat of the 1996 transects would show whether the nitrogen-loving lichens have spread since the dairy expansion, which answers the trust's question directly.", "N", "insight"),
 ("Fieldwork is best done between October and March, when the heather is low.", "N", "real seasonal constraint"),
 ("Our fee for fieldwork, identification and a report is in the attached proposal, as you asked.", "N", "attachment"),
 ("Could we walk the common together on the 17th?", "N", "plain ask"),
)
em("Hand-lettered fascia for the Grapes", "Hello Mrs Tully,", "Cheers,\nWill Haines\nHaines Signwriting",
 ("Lovely to meet you at the Grapes on Saturday and see that the old fascia is in such a sorry state.", "N", "context"),
 ("We've been signwriting since 1962 and we're the only traditional firm in the county.", "S", "heritage/years boast"),
 ("You need this done before the summer or the pub will look tatty when the tourists arrive, simple as that.", "H", "'you need' directive"),
 ("P.S. A colour sketch is attached; forgive me if I've got the green wrong, I'm hopeless at these things.", "T", "mixed: attachment + self-abasement"),
 ("Gold leaf on a deep green ground, as in the 1905 photo you showed me, would take about three days on the scaffold tower.", "N", "concrete detail"),
 ("I've already booked the tower for the 3rd, so you'll get the invoice this week.", "H", "assumptive booking + invoice"),
)
em("Ice baths for the first team", "Hi Coach Moreno,", "Cheers,\nDan Price\nColdFront Recovery",
 ("Thanks for the chat after Saturday's match.", "N", "pleasantry"),
 ("Your physio's note that the squad queues 40 minutes for the two wheelie bins you use now is the thing our three-person tubs fix.", "N", "value from their data"),
 ("The chillers hold 8 °C for back-to-back use, and we're the only UK firm with a royal warrant for recovery kit.", "S", "mixed: product detail + generic boast"),
 ("Most clubs in the league have already got ours, so you're falling well behind.", "H", "peers already bought"),
 ("I'll bring a demo tub to Thursday training as you asked, but I'll need your manager's signature by then, otherwise I'll go straight to the chairman.", "H", "mixed: requested demo + ultimatum and bypass threat (the prospect's manager, not the seller's)"),
 ("Let me show you the full range we've got, including our new sauna pods and massage guns, which our team is really proud of.", "S", "show off whole range"),
)
em("Jetty repairs at Lake Ennis", "Dear Mr Brennan,", "Yours sincerely,\nMaeve Doyle\nDoyle Marine Timber",
 ("Thank you for meeting me at the jetty on Wednesday.", "N", "courtesy"),
 ("The hammer test found soft rot in six of the twelve piles, so I'd replace those six rather than splice them.", "N", "expert recommendation with evidence"),
 ("Works in the water need a permit from the fisheries board, and their current lead time is eight weeks.", "N", "borderline: permit lead time stated neutrally"),
 ("We also rebuilt the piers at Kinsale and Dún Laoghaire and were shortlisted for a national heritage award.", "S", "generic credentials, not tied to their jetty"),
 ("The price you asked for, for replacing six piles and the decking, is attached.", "N", "attachment"),
 ("I can start on 2 June as you suggested, though I'd be really grateful if you might possibly confirm soon, if that's not a bother.", "T", "mixed: prospect's date + stacked hedges and permission"),
 ("Would it be helpful if I applied for the permit on your behalf?", "N", "offer"),
)
em("Microgreens for the hotel kitchens", "Hi Chef Delacroix,", "Cheers,\nOmar\nTrayfresh Microgreens",
 ("Nice to meet you at the chefs' market on Monday!", "N", "pleasantry"),
 ("We grow pea shoots, radish, amaranth, shiso, coriander, mustard, sunflower, basil, beetroot, nasturtium, chive and borage in our Shoreditch arches.", "S", "list with no outcome"),
 ("Everyone is calling us the hottest grower in London right now.", "S", "generic boast"),
 ("I'm really stuck this month, and a standing order from you would be a lifesaver for me.", "ST", "pleading for seller's sake"),
 ("The red-veined sorrel you liked keeps seven days on a live tray, which should cut the waste your sous mentioned.", "N", "value tied to their issue"),
 ("I can bring a tasting tray on Thursday at 3, and if you say yes on the spot I'll knock a quarter off the first month.", "HT", "mixed: offer + discount tied to an immediate decision (rule 7)"),
)
em("Motorcycle training for the courier riders", "Dear Mr Fischer,", "Regards,\nLeah Conti\nTwistgrip Rider Training",
 ("Thank you for your enquiry about advanced training for the 25 riders.", "N", "courtesy"),
 ("Your incident log shows most of last year's claims were low-speed drops at junctions, which is exactly what our slow-control module works on.", "N", "value tied to their data"),
 ("Forgive my nerve in even asking, but would you maybe have a moment sometime possibly for a quick call?", "T", "self-abasing + stacked hedges"),
 ("The course runs on 3 and 10 April as you requested, though if I'm honest I need one more booking to make my numbers this quarter.", "S", "mixed: prospect's dates + seller's need without a demand (rule 16)"),
 ("Please don't feel obliged to reply if you're too busy.", "T", "permission to ignore"),
 ("The two Saturdays fit your shift rota, and I'd be happy to chop 25% off straight away if that makes it easier.", "T", "mixed: scheduling fit + unprompted discount"),
)
em("Murder mystery evening for the partners' dinner", "Hi Jo,", "Best,\nRob\nFoul Play Theatre",
 ("Thanks for sending the partners' dinner brief.", "N", "courtesy"),
 ("A 1920s country-house plot with six actors fits your 70 guests and the three-course format, and we've been voted the UK's top murder mystery company three years running.", "S", "mixed: fit to brief + ranking boast"),
 ("Your room plan would help us set the clues, and I'm going to need a yes by Monday or we'll give your date away.", "H", "mixed: logistics ask + ultimatum"),
 ("We'll also hold the price at £2,900 as quoted, and I'll send the contract over tonight so you can sign it first thing.", "H", "mixed: quoted price + assumptive contract before a yes"),
 ("I've held the date for you for three weeks already and turned away other work, so I'm honestly a bit hurt not to have heard.", "HS", "guilt on seller's sacrifice and feelings"),
 ("We'll also need your venue's room plan so the clues can be set out.", "N", "logistics"),
)
em("Miso for the ramen bars", "Dear Mr Hayashi,", "With kind regards,\nEmi Fujita\nMarugo Miso",
 ("Thank you for your order enquiry for the five ramen bars.", "N", "courtesy"),
 ("Our two-year barley miso is aged in cedar barrels and gives a deeper broth than the one-year miso you mentioned using.", "N", "product detail tied to their use"),
 ("I am so sorry to write again, I hope I am not troubling you too much.", "T", "apology for follow-up"),
 ("Our miso is unpasteurised as your chef asked, and we have a new factory and won a gold award in Tokyo, which we are very proud of.", "S", "mixed: product detail + awards boast"),
 ("Delivery to all five bars is every Monday, and please tell me the price you want and I will try to match.", "T", "mixed: logistics + name your number"),
 ("A 20 kg tub lasts one bar about a fortnight at your volumes, and I am happy to give the first tubs for free, no condition.", "T", "mixed: information + unconditional concession"),
)
em("Maypole for the village green", "Dear Mrs Ashworth,", "Kind regards,\nTom Lyle\nGreenwood Maypoles",
 ("Thank you for your letter about the May Day celebrations.", "N", "courtesy"),
 ("A 6 m larch pole with a ground socket would let you lift it out after the day, as the parish council asked.", "N", "fit to their requirement"),
 ("The ribbons come in 24 colours, and our dance leader can run two practice sessions for the children.", "N", "product + offer"),
 ("Would the parish council like a site visit to check where the socket should go?", "N", "plain ask"),
 ("The price for the pole, socket and ribbons is £1,480, as asked.", "N", "price they asked"),
)
em("Mulled wine for the Christmas market stalls", "Hi Hannah,", "Cheers,\nCarl\nSpiceCask Drinks",
 ("Following up from our call on Monday about the four stalls.", "N", "single follow-up"),
 ("The bag-in-box format, with a heated dispenser, keeps wine at 70 °C and is easier for your volunteers to pour than the urns.", "N", "value"),
 ("Grab it now or regret it forever, it's literally the best deal you'll ever see.", "H", "'now or never' urgency"),
 ("Pallets can arrive on 28 November, the date you gave, and I've raised the invoice already so payment's sorted ahead of that.", "H", "mixed: prospect's date + invoice before a yes"),
 ("Each box serves 66 cups, and we're the UK's biggest mulled-wine brand with over 2 million cups sold last year!", "S", "mixed: product detail + boast with exclamation"),
 ("My commission depends on this one, so please do me a solid.", "S", "seller's commission, no date"),
)
em("Metal detecting survey before the pipeline", "Dear Ms Kapoor,", "Yours sincerely,\nDr Tom Reid\nFieldline Archaeology",
 ("Thank you for the route plan for the pipeline from Nether Stowe.", "N", "courtesy"),
 ("The county archaeologist's condition requires a metal detecting survey of the topsoil strip before groundworks begin.", "N", "external requirement"),
 ("We are the leading archaeological contractor in the Midlands, with 45 staff and the biggest detector fleet in England.", "S", "generic boast"),
 ("Our programme is attached, and the developers up the road signed with us within a day, so I'd hate for you to be the one holding the project up.", "H", "mixed: attachment + peer pressure and shaming"),
 ("I'd like to confirm the survey start of 4 March, which you set.", "N", "prospect's own date"),
 ("I'll present the method to your board on the 12th as agreed, and if they won't approve, I'll write to your chief executive directly.", "H", "mixed: agreed meeting + bypass threat"),
)
em("Mortar analysis for the mill chimney base", "Dear Mr Olsen,", "With best regards,\nFiona Grey\nGrey Building Materials Lab",
 ("Thank you for sending the three mortar samples.", "N", "courtesy"),
 ("The results show a hydraulic lime with crushed brick, so a cement repointing mix would trap moisture and damage the brick faces.", "N", "insight"),
 ("I am afraid I am just a small lab, and maybe you would rather go with a bigger firm, which I would quite accept.", "T", "self-abasement + releasing"),
 ("Our full report and the recommended mix are attached, and please feel free to ignore it if it's not useful.", "T", "mixed: attachment + permission to ignore"),
 ("Sorry again that this took longer than I said; the mix is ready for your mason to collect.", "T", "mixed: repeated apology ('again') with no reason, beside logistics"),
)

CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}
ORDER = ["hard_close", "self_serving", "timidity"]

def main():
    emails, sents = [], []
    n = 0
    for i, (subject, sal, sign, ss) in enumerate(E):
        eid = "s38e%03d" % (i + 1)
        curly = (i % 3 == 2)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        subject, sal, sign = fix(subject), fix(sal), fix(sign)
        ss = [(fix(t), c, note) for t, c, note in ss]
        body = [t for t, _, _ in ss if not t.startswith("P.S.")]
        ps = [t for t, _, _ in ss if t.startswith("P.S.")]
        k = 2 if len(body) <= 5 else 3
        paras = [" ".join(body[:k]), " ".join(body[k:])] + ps
        text = sal + "\n\n" + "\n\n".join(p for p in paras if p) + "\n\n" + sign
        counts = {l: [0, 0] for l in ORDER}  # [total, non-borderline]
        for t, c, note in ss:
            assert t in text, (eid, t)
            assert c == "N" or set(c) <= set("HST"), (eid, c)
            labs = ["NONE"] if c == "N" else [l for l in ORDER if any(CODE[x] == l for x in c)]
            n += 1
            sents.append({"id": "s38-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
            for l in labs:
                if l in counts:
                    counts[l][0] += 1
                    if not note.startswith("borderline:"):
                        counts[l][1] += 1
        labels = {l: 0 if counts[l][0] == 0 else (2 if counts[l][0] >= 2 and counts[l][1] >= 1 else 1) for l in ORDER}
        emails.append({"email": eid, "subject": subject, "text": text, "labels": labels})
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for s in sents:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # re-parse and check
    es = [json.loads(l) for l in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8")]
    xs = [json.loads(l) for l in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8")]
    byid = {e["email"]: e for e in es}
    for s in xs:
        assert s["text"] in byid[s["email"]]["text"]
    stats = {"emails": len(es), "sentences": len(xs),
             "NONE": sum(s["labels"] == ["NONE"] for s in xs)}
    for l in ORDER:
        stats[l] = sum(l in s["labels"] for s in xs)
    stats["multi_label"] = sum(len(s["labels"]) > 1 for s in xs)
    stats["borderline"] = sum(s["note"].startswith("borderline:") for s in xs)
    nf = {}
    for s in xs:
        nf[s["email"]] = nf.get(s["email"], 0) + (s["labels"] != ["NONE"])
    stats["emails_2plus_faulty"] = sum(v >= 2 for v in nf.values())
    stats["clean_emails"] = sum(v == 0 for v in nf.values())
    stats["emails_1_faulty"] = sum(v == 1 for v in nf.values())
    for l in ORDER:
        stats["email_" + l] = [sum(e["labels"][l] == v for e in es) for v in (0, 1, 2)]
    stats["NONE_pct"] = round(100 * stats["NONE"] / len(xs), 1)
    print(json.dumps(stats, indent=1))
    return stats

if __name__ == "__main__":
    main()
