#!/usr/bin/env python3
"""Build sealed108: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
import json, os, collections

# label codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combinations in that order)
CODE = {"N": ["NONE"], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"],
        "HS": ["hard_close", "self_serving"], "HT": ["hard_close", "timidity"],
        "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}

# Each email: (industry, register, subject, salutation, sign-off, [paragraphs of (code, sentence, note)])
E = []
def email(ind, reg, subj, sal, sign, *paras):
    E.append((ind, reg, subj, sal, sign, paras))

# 1
email("mascot costume making for the wexcombe town fc", "chatty", "Foxy 2.0 for Wexcombe Town", "Hi Dean,", "Cheers,\nMolly\nFurlong Mascots",
  [("N", "Great to meet you at the supporters' club quiz on Thursday, and thanks for the tour of the kit room.", "pleasantry"),
   ("S", "Our quote covers the head, the body and two spare gloves, and I'll add that our badger suit was shortlisted at the Sports Kit Awards last spring.", "quote contents plus an award boast with no link to the club")],
  [("N", "You mentioned the current fox overheats after twenty minutes, so the design I've attached uses a breathable mesh body and a small fan in the head.", "value tied to the prospect's own complaint"),
   ("HS", "I stayed up past midnight redrawing Foxy for you, so I'd honestly expect a yes before your board even meets.", "seller's late-night effort offered as guilt, and the board's process brushed aside (rule 15)"),
   ("H", "The sketches are attached, and I've already put your deposit on next Friday's invoice run.", "attachment plus an assumptive deposit invoice before any yes"),
   ("T", "I'll drop the fabric swatches at the ground on Tuesday, and sorry, I know that's an awful lot of email for one fox!", "swatch drop-off plus an apology for the length of a normal email")])

# 2
email("mead supply for the wyrmwood medieval fayre", "formal", "Mead for the banqueting tent", "Dear Ms Okonedo,", "Yours sincerely,\nGeraint Pugh\nHollowcomb Meadery",
  [("N", "Thank you for your enquiry about mead for the banqueting tent at the fayre on 14 and 15 August.", "courtesy and the prospect's own dates"),
   ("N", "As requested, our trade price for the traditional honey mead is £9.40 per 75 cl bottle, or £148 per 20-litre bag-in-box.", "price the prospect asked for"),
   ("S", "Our meadery has been in the same family since 1896, something we are rather proud of.", "borderline: heritage line with no link to the fayre (rule 8)"),
   ("S", "I shall send a sample case on Monday, together with a copy of our Drinks Producer of the Year certificate from the Welsh Food Guild.", "sample offer plus a generic award boast")],
  [("T", "The bag-in-box works out at about £1.11 a glass, which I'm sorry to say is a touch dearer than bottled ale, and we could certainly trim it.", "per-glass figure plus an apology for the price and an unprompted offer to cut it"),
   ("N", "The council's temporary event notice must be lodged at least ten working days before the fayre, so it is worth confirming which of your team holds it.", "borderline: statutory notice period, stated once with its reason (rule 4)"),
   ("T", "I could bring a tasting to your committee on the 2nd, if perhaps you might possibly feel that would be of some interest, at a time entirely of your choosing.", "tasting offer plus stacked hedges and permission-seeking")])

# 3
email("mechanical bull hire for the dunsley rodeo night", "blunt", "Bull for Oct 12", "Hey Travis,", "Later,\nBuck\nHigh Plains Party Rentals",
  [("N", "Your rodeo night is Saturday, October 12, and the barn floor you measured is 30 by 40, so the bull and its 18-foot inflatable pen will fit with room for a line.", "logistics from the prospect's own measurements"),
   ("H", "Honestly, a rodeo night without a bull is just a barbecue with hats, so this isn't really optional for you.", "tells the prospect what they must buy, with sarcasm (rule 6)")],
  [("H", "You asked for the all-in rate, and it's $650 for four hours with an operator and crash mats, but we've got two units left that weekend and a bachelor party out of Elkton is eyeing the last one.", "requested rate plus invented scarcity with a rival buyer"),
   ("HS", "The deposit is $150, and my boss is on me to fill that Saturday, so I'll need it by Wednesday night.", "deposit amount plus a deadline set for the boss's sake (rule 16)")])

# 4 clean
email("mobile sauna hire for the greyholme open-water swimmers", "warm", "Sauna trailer for your dawn swims", "Hi Fiona,", "Warmly,\nIsla\nSteamhut Saunas",
  [("N", "Thanks for sending the club's swim calendar; I've pencilled the sauna trailer against the six Sunday dawn swims you marked.", "logistics on the prospect's own dates"),
   ("N", "Each session seats twelve, so with your average turnout of thirty everyone should cycle through in about forty minutes.", "figures from the prospect's own turnout"),
   ("N", "The harbour master needs our gas safety certificate a week before the first swim, so I'll send it to him directly on Monday.", "external requirement handled by the rep, no pressure")],
  [("N", "Would a quick call on Wednesday at 6pm suit, to agree where the trailer parks on the slipway?", "plain ask with a date and a reason"),
   ("N", "Sorry to hear about the jellyfish last month; I hope the water has calmed down since.", "sympathy, not self-abasement")])

# 5
email("mouthguard fitting for the pelbridge hockey club", "very deferential", "Fitted mouthguards for the club", "Dear Mrs Hallworth,", "With kindest regards and thanks,\nPriya Basra\nGuardline Mouthguards",
  [("T", "I'm so terribly sorry to land in your inbox again, and I do hope you'll forgive me for writing at all.", "self-abasing apology for a normal follow-up"),
   ("T", "As you asked at the committee meeting, fitted guards cost £34 for juniors and £42 for adults, though I'd be very happy to take off whatever amount you feel is fair.", "requested prices plus an invitation to name the discount")],
  [("N", "Last season two of your under-14s chipped front teeth wearing boil-and-bite guards, and a fitted guard is far less likely to shift on impact.", "value from the prospect's own injury record"),
   ("T", "The impression evening could be any Tuesday in March, but please don't feel you need to decide, there's truly no hurry whatsoever.", "date options plus 'no hurry' minimising"),
   ("ST", "It would mean a great deal to me personally, as I'm only just starting out, if you could give us a chance.", "pleading for the seller's own sake (rule 15)")])

# 6
email("microgreens supply for the saffron street bistro", "terse", "Greens", "Chef,", "Dan\nGreenshoot Micro Farm",
  [("N", "Pea shoots, radish and amaranth, 500 g each, Tuesday and Friday drops, £11 a tray as you asked.", "requested price and delivery days"),
   ("S", "Samples of all three are in the box on your pass, and we're the fastest-growing microgreens brand in the North West, in four Michelin kitchens already.", "samples plus a generic growth and client boast"),
   ("S", "Also grow sunflower, coriander, shiso, mustard, tatsoi, red cabbage, borage, nasturtium, basil and broccoli.", "product list with no link to the menu"),
   ("H", "Trial starts Tuesday if you want it, but slots go when they go, so grab yours today.", "trial offer plus vague scarcity pressing for today"),
   ("HS", "Need your yes by Thursday, I've a target to hit.", "decision date pressed for the seller's target (rule 16)")])

# 7
email("moped rider training for the zippa delivery couriers", "non-native English", "CBT course for your riders", "Hello Mr. Brandt,", "Best regards,\nLuca Ferraro\nRuota Sicura Rider School",
  [("N", "I am writing about the CBT training for your new riders, like you asked on the phone on Monday.", "context for a requested quote"),
   ("T", "For group of 8 riders the price is 1,120 euro, and I am sorry it is so much, maybe we can make it less.", "requested price plus an apology for it and an unprompted cut"),
   ("N", "The course include the road part and also theory about riding in the night and in the rain.", "product detail"),
   ("S", "The instructor for your group is Marco, and our school is the best in the city, with more students than all others and a prize from the city in 2021.", "named instructor plus a generic boast")],
  [("H", "This course is not a choice for your riders, without it they are danger on the road and you will be guilty if something happen.", "tells the prospect what they must buy, with guilt pinned on the prospect"),
   ("T", "Maybe if is possible, perhaps we could do a small call, only if you are not too busy of course.", "call request plus stacked hedges and permission-seeking"),
   ("T", "Sorry for the long email and for my English.", "apology for the length")])

# 8
email("mahjong tables for the golden lotus social club", "warm", "Tables that won't wobble", "Dear Mrs. Lam,", "Warmly,\nGrace Chen\nJade Tile Furnishings",
  [("N", "It was a pleasure watching your Thursday group play last week, and I can see why the wobbly card tables drive everyone crazy.", "pleasantry tied to the prospect's problem"),
   ("N", "The folding tables in the attached brochure have a felt top, a raised rim that keeps tiles from sliding off, and locking legs that won't fold mid-game.", "product detail tied to the problem")],
  [("HS", "A set of six comes to $1,140 with free delivery, and between you and me, my sales contest ends this month and that order would put me at the top of the leaderboard.", "price plus the order tied to the seller's contest month (rule 16)"),
   ("T", "I feel awful even asking, but if the price is a stretch I could simply bring it down to whatever your budget is.", "self-abasement and a concession sized to whatever the buyer names"),
   ("N", "Could I bring a sample table to the club on Thursday the 9th so the group can try it before you decide?", "plain ask with a date"),
   ("ST", "And if your members could post a few kind reviews of us online, I'd gladly take ten percent off for the club.", "borderline: discount offered in exchange for reviews (rule 7)")])

# 9 clean
email("newsprint supply for the whinmoor free press", "formal", "Newsprint contract: figures from your usage", "Dear Mr Ashworth,", "Kind regards,\nHelen Ruddock\nNorthfleet Paper Merchants",
  [("N", "Thank you for sharing last year's paper usage, which averaged 2.3 tonnes a month with a spike before the council elections.", "courtesy and the prospect's own data"),
   ("N", "On those figures, a rolling three-month contract at £612 per tonne would have saved the paper around £1,900 over the year.", "saving computed from the prospect's own data"),
   ("N", "The mill's quoted price holds until 30 June, when the pulp surcharge set by its Scandinavian suppliers is reviewed.", "borderline: price expiry stated once with its reason, no urgency (rule 4)")],
  [("N", "I'd suggest we check the reel widths against your new press before you commit, since a 2 cm mismatch causes most web breaks.", "expert recommendation with a reason"),
   ("N", "Would Tuesday 10 June at 11 work for a visit to the print room?", "next step with a date")])

# 10
email("neighbourhood watch signage for the ellbridge residents' association", "blunt", "Your twelve signs", "Hi Sandra,", "Ta,\nKev\nSafeStreet Signs",
  [("N", "Thanks for the map of the twelve lamp posts the association picked out.", "courtesy"),
   ("H", "I've already cut the aluminium blanks for all twelve, so the invoice goes out Friday unless you shout.", "silence taken as a yes, with an assumptive invoice"),
   ("N", "The council's highways team has already okayed brackets on their columns, so fitting can be done in a single visit.", "logistics")],
  [("S", "We've done signs for over four hundred streets, and our reflective film is the same grade the police put on their cars.", "volume and police-grade boast, not tied to Ellbridge"),
   ("H", "Carr Lane went with us months ago, and frankly Ellbridge looks a bit behind next to them.", "peers who switched used to shame"),
   ("H", "The proof's attached, so sign it off today or you're at the back of a very long queue.", "attached proof plus a today-or-else ultimatum")])

# 11
email("nativity donkey hire for the st clement's crib service", "warm", "Bramble for Christmas Eve", "Dear Reverend Miles,", "With warm wishes,\nAnnie Platt\nThistle Farm Donkeys",
  [("N", "Thank you so much for thinking of us for the crib service on Christmas Eve.", "courtesy"),
   ("N", "Our donkey, Bramble, is eleven, very calm with crowds, and has walked the aisle at four churches without a single mishap.", "proof tied to the prospect's situation"),
   ("T", "I do hope the fee of £180 isn't too much; I always feel a little embarrassed quoting it to a church.", "fee plus embarrassment about the price"),
   ("T", "The travel charge is normally £30, but if it's easier we could simply waive it altogether.", "travel charge plus an unprompted waiver")],
  [("N", "We'd need a route of straw or matting from the west door, as donkeys dislike polished stone.", "'need' as a practical prerequisite"),
   ("S", "We were Highly Commended at the Cumbria Rural Business Awards, which I'm still over the moon about.", "award boast and the seller's delight"),
   ("T", "And if the parish settles on a cardboard donkey this year instead, no problem at all, I'll simply try you again next Advent.", "pre-emptively accepts a no and gives up without a question (rule 11)")])

# 12
email("nougat supply for the harrowgate deli hampers", "blunt", "Nougat samples", "Marcus,", "Rob\nTorrone & Co",
  [("N", "Following up on the nougat samples I dropped off on the 3rd.", "single follow-up line (rule 13)"),
   ("H", "I've rung the shop, left two voicemails and messaged you on LinkedIn, and it's starting to feel like you're hiding from me.", "multi-channel chasing and sarcasm (rule 13)"),
   ("HS", "I drove ninety miles each way to bring you those samples, so I think I've earned a straight answer by now.", "seller's effort as grounds for a reply owed (rule 15)")],
  [("N", "The pistachio and honey-almond bars both keep for nine months, which covers your hamper season from October to March.", "product detail tied to the prospect's season"),
   ("H", "If I don't hear by Friday, I'll take the 400 bars you mentioned as a yes and ship them.", "prospect's own quantity plus silence-means-yes shipping")])

# 13
email("nebuliser servicing for the lindenfield asthma clinic", "formal", "Nebulizer service interval", "Dear Dr. Patel,", "Sincerely,\nKaren Doyle\nMedServ Solutions",
  [("N", "Thank you for confirming that the clinic's fourteen compressor nebulizers were last serviced in February 2022.", "courtesy and the prospect's own data"),
   ("N", "Most manufacturers recommend annual filter and output checks, and two of your models are now well past that interval.", "insight from the prospect's data"),
   ("S", "MedServ Solutions is the nation's leading independent biomedical service provider, backed by Crestline Capital and trusted by over 3,000 facilities.", "leadership, investor and client-count boast")],
  [("S", "The service report will come through our new ServiceTrack portal, which I'm thrilled to say our engineers spent two years perfecting.", "report channel plus the seller's excitement about its own launch"),
   ("H", "Could we schedule the on-site check for the week of March 17, or is patient safety not a priority this spring?", "meeting ask plus a sarcastic jab at the prospect"),
   ("S", "Once we're finished, it would be a huge help to me if we could feature the clinic's logo in our next investor deck.", "favour for the seller: logo use")])

# 14 clean
email("name tape printing for the kelmarsh house boarding school", "terse", "Name tapes: quote and proof dates", "Hello Mrs Grant,", "Thanks,\nOwen\nTagRight Labels",
  [("N", "Quote attached for 4,800 iron-on name tapes, one set of 40 per pupil, at £0.09 each.", "attachment and price"),
   ("N", "Your uniform shop opens on 28 August, so proofs by 1 August leave time for a reprint if a name is misspelt.", "the prospect's own date, with a reason"),
   ("N", "Could the house matrons send the pupil list as a spreadsheet, one name per row?", "plain logistics ask")])

# 15
email("otter survey for the kelsey brook bridge widening", "formal", "Otter survey, Kelsey Brook bridge", "Dear Mr Farrant,", "Yours sincerely,\nDr Jo Kettering\nRiverbank Ecology Ltd",
  [("N", "Thank you for the drawings of the proposed widening at Kelsey Brook bridge.", "courtesy"),
   ("N", "Otters are a European protected species, so Natural England will expect a survey before any works in the watercourse, and the best window for it runs from April to October.", "borderline: real regulatory constraint, stated once with its reason (rule 4)"),
   ("H", "Frankly, the scheme can't proceed without us, so there's little sense mulling it over with other ecologists.", "directive that shuts down the prospect's comparison")],
  [("S", "Our founder has appeared on Springwatch, and we've twice won a national best-practice award.", "generic boast: TV appearance and awards"),
   ("H", "Our fee is £2,350 for two visits, as you asked, but that figure disappears at close of play tomorrow.", "requested fee plus an invented next-day expiry"),
   ("N", "I'd suggest the first visit in late April, when spraint on the ledges under the arch is easiest to find.", "expert recommendation with a reason"),
   ("H", "I'll pencil in the April visit, and if I hear nothing by Monday I'll send the quote to your chief engineer so it doesn't stall.", "provisional visit date plus a bypass threat")])

# 16
email("olive tree supply for the calloway hotel courtyard", "chatty", "Olives for the courtyard", "Hi Jenna,", "Cheers,\nMarco\nMediterra Landscapes",
  [("N", "Loved walking the courtyard with you on Tuesday, and I think four mature olives in the corner planters will give you the shade you wanted over the breakfast tables.", "recommendation tied to the prospect's goal"),
   ("T", "You asked for pricing on the 40-year-old trees: they're $2,200 each, planted, and I'm honestly sorry they're not cheaper.", "requested price plus an apology for it"),
   ("N", "Each tree comes with a two-year replacement warranty and a drip line tied into your existing irrigation.", "product detail")],
  [("ST", "I'm new on this territory and would really love to land my first hotel, so anything you could do would mean the world.", "pleading for the seller's own sake (rule 15)"),
   ("HST", "If you can say yes by Friday, I'll take 10% off, since it would get me to my first target with the company.", "discount tied to a date, with the seller's target as the reason (rules 7 and 16)"),
   ("T", "I'll drop a sample branch by on Thursday, but take all the time in the world, I'm really not fussed when!", "sample drop-off plus minimising the ask")])

# 17
email("oil lamp restoration for the ravensworth railway museum", "very deferential", "Your signal lamps", "Dear Mr Pennington,", "With humble thanks,\nEdwin Crabtree\nCrabtree Lamp & Lantern",
  [("T", "I hate to land in your inbox a third time; I know you must be dreadfully busy and I'm mortified to be a nuisance.", "self-abasing apology for following up"),
   ("N", "You kindly sent photographs of the nine signal lamps, and I can see that six need new burners and three need the red glass reseated.", "assessment from the prospect's own photographs"),
   ("N", "The work would be £95 per lamp for burners and £40 for reseating, with all nine back in the booking hall by Easter, as you hoped.", "price and the prospect's own date")],
  [("T", "I could come to the station on Saturday the 12th to look at the burners, if you might perhaps possibly be able to spare me a few minutes.", "visit offer plus stacked hedges"),
   ("T", "I'm sorry this email is rather long, and sorry again for the bother.", "apologies for length and for writing")])

# 18
email("oatcake supply for the dunmarra hotel breakfasts", "non-native English", "Oatcakes for your breakfast buffet", "Dear Mrs MacLeod,", "Best regards,\nAmélie Durand\nBiscuiterie Durand",
  [("N", "Thank you for the meeting in Inverness last week and for the tasting with your breakfast chef.", "courtesy"),
   ("S", "Our bakery win the gold medal at Salon du Goût three times and we are in the best hotels of Paris and Geneva.", "generic boast: medals and famous hotels"),
   ("N", "For 220 guests in the high season you would need about 30 boxes per week.", "quantity from the prospect's own figures")],
  [("HT", "The price is £3.10 per box of 24, and if you sign before Friday I give you 15% discount, after that is impossible.", "price plus a discount conditioned on the seller's date (rule 7)"),
   ("HS", "My director want this contract signed before the end of our quarter on 30 September, so please can you sign this week.", "signature date pressed for the director and the quarter (rule 16)"),
   ("T", "I am sorry to insist so much, I hope you are not angry with me.", "apology for normal selling and approval-seeking")])

# 19 clean
email("orrery restoration for the penrose science museum", "formal", "Brass orrery: findings and recommendation", "Dear Dr. Ainsley,", "Best regards,\nSamuel Okafor\nOkafor Instrument Conservation",
  [("N", "Thank you for letting me examine the brass orrery on Thursday; it's a remarkable instrument.", "courtesy"),
   ("N", "The drive train is sound, but the Saturn arm has been re-soldered at some point, which is why the rings catch on the Jupiter moons.", "insight from the inspection")],
  [("N", "I'd recommend replacing that arm with a turned brass copy rather than soldering again, because another heat cycle risks discoloring the original lacquer.", "expert recommendation with evidence"),
   ("N", "The museum's conservation grant requires work to start by January 31, so I've held the first two weeks of January in my schedule.", "the prospect's own grant deadline"),
   ("N", "If the insurer asks for my conservator's accreditation, I'll send it the same day.", "logistics")])

# 20
email("orchestra pit lift servicing for the lyric opera house", "blunt", "Pit lift seals", "Mr Delacroix,", "Regards,\nTom Brennan\nStagelift Engineering",
  [("N", "According to the log your stage manager sent, the pit lift's hydraulic ram is now eight years past its last seal change.", "insight from the prospect's own log"),
   ("H", "Every week you wait is a gamble with your musicians' safety, and I wouldn't want to be in your shoes when it drops mid-performance.", "fear used to push, no figure from their data (rule 5)"),
   ("N", "The service takes two days and fits in your dark week starting 4 November.", "logistics on the prospect's own date")],
  [("S", "Our two-day service includes new seals, a load test and a certificate, and we are, without exaggeration, the best in the trade.", "service contents plus a generic boast"),
   ("H", "I've put a hold on the 4th and I'm invoicing the deposit today, so we're set.", "the prospect's dark-week date plus an assumptive deposit invoice"),
   ("HS", "I went out on a limb with my director to get you that slot, so don't leave me looking a fool.", "seller's standing in his own company used as guilt (rule 15)")])

# 21
email("pig arks for the bramblecombe smallholding", "chatty", "Arks for the Tamworths", "Hiya Bex,", "Cheers,\nJess\nHedgerow Arks",
  [("N", "Lovely to see the Tamworths at the show on Saturday!", "pleasantry"),
   ("N", "For six weaners on your sloping paddock, I'd go for two 8-foot arks on skids, so you can tow them to fresh ground each month.", "recommendation tied to the prospect's land"),
   ("S", "We've been building arks in the same barn for three generations, ever since my grandad started in 1952.", "borderline: heritage line (rule 8)")],
  [("T", "They're £385 each, but honestly I can do them for whatever you think is fair, I'm not fussy.", "requested price plus a name-your-own-price concession"),
   ("S", "The arks come with a galvanised roof as standard now, and I can't tell you how excited I am about it, it's been my baby all winter!", "product detail plus the seller's excitement"),
   ("T", "Anyway, sorry for rambling, ignore me if you're sorted!", "apology for length and feel-free-to-ignore")])

# 22
email("prayer mat supply for the al-huda community mosque", "formal", "Prayer hall runners", "Dear Brother Yusuf,", "With best regards,\nImran Siddiqui\nNoor Carpets",
  [("N", "Thank you for your time after Friday prayers, and for showing me the new extension to the main hall.", "courtesy"),
   ("N", "For the 310 square metres you measured, our 120 cm runner rolls in deep green would cover the hall with a little spare for the corners.", "product detail from the prospect's measurements"),
   ("N", "The rolls meet the flooring fire standard your insurer listed as a condition of cover.", "credential the buyer's process requires (rule 8)")],
  [("H", "Every other mosque in the district has already upgraded with us, and your congregation will notice that you haven't.", "peers who switched used to shame"),
   ("H", "I have prepared the invoice and booked the fitters for the date you mentioned, so I only need your card details to confirm.", "the prospect's date plus a card request before any yes"),
   ("HS", "The green you chose is in stock, but only because I pulled strings at the factory, so it would be very awkward for me if you now went elsewhere.", "stock confirmation plus the seller's favours and standing as guilt (rule 15)")])

# 23
email("punt restoration for the cherwell meadow boat station", "terse", "Punts", "Tom,", "Ned\nCherwell Punt Works",
  [("N", "Looked at the four punts Tuesday: two need new chines, one needs a full reboard, one is fine.", "inspection findings"),
   ("H", "Quote attached, £6,800 for the three repairs before your Easter opening, and it's sign today or the yard fills up and you're stuck with leaky punts all summer.", "attached quote and the prospect's date plus a sign-today ultimatum"),
   ("H", "No reply since the 2nd, and the read receipt says you opened it twice.", "read-receipt guilt (rule 13)"),
   ("H", "A plain yes or no isn't much to ask after three emails.", "counting the attempts at the prospect, with entitlement (rules 13 and 15)")])

# 24 clean
email("paddle steamer boiler survey for the lakeside steamer company", "formal", "Boiler survey for the Lady Ellen", "Dear Captain Ellison,", "Yours sincerely,\nMargaret Lowe CEng\nLowe Marine Surveys",
  [("N", "Thank you for sending the boiler history for the Lady Ellen, including the 2019 retube.", "courtesy"),
   ("N", "The passenger certificate expires on 31 March, and the Maritime and Coastguard Agency will not renew it until a pressure test and internal examination are complete.", "borderline: real external deadline, stated once with its reason (rule 4)"),
   ("N", "Given the pitting your engineer photographed on the firebox crown, I'd recommend an ultrasonic thickness survey at the same visit rather than a separate trip.", "expert recommendation from the prospect's own evidence")],
  [("N", "Our fee is £1,450, including the written report your insurer asks for.", "price and a deliverable the buyer needs"),
   ("N", "Would the week of 10 February suit, while the steamer is out of the water for winter maintenance?", "next step with a date and a reason"),
   ("N", "I'm sorry to hear the spring sailings were disrupted by last year's flooding.", "sympathy")])

# 25
email("playing card printing for the silver mesa casino", "chatty", "Decks for Silver Mesa", "Hey Nikki,", "Talk soon,\nBrandon\nAce High Card Co.",
  [("N", "Great chatting at the gaming expo in Vegas!", "pleasantry"),
   ("S", "Quick brag: we just won Best Specialty Printer at the Print Excellence Awards for the third year running, and we print for 14 of the top 20 casinos in the country.", "award and client-count boast"),
   ("S", "The sample pack I promised is attached, with 300gsm and 310gsm stock, black-core and blue-core, linen and smooth finish, UV, foil, embossing, serial numbering and custom tuck boxes.", "promised samples plus a feature dump with no link to her tables")],
  [("N", "For your baccarat shoes, the blue-core 310gsm is what most tables use, because it's the hardest to see through under strong overhead lights.", "recommendation tied to the prospect's game"),
   ("HS", "Pricing for 5,000 decks is $1.45 each, and real talk, I'm $40K short of my annual number, so your PO before the 31st would be a lifesaver.", "price plus a PO date pressed for the seller's number (rule 16)"),
   ("S", "And if you love the decks, a quick testimonial for our website would make my manager's day.", "favour for the seller before any value delivered")])

# 26
email("pumpkin supply for the hazeldene halloween trail", "warm", "Pumpkins for the trail", "Hello Caroline,", "Best wishes,\nBeth\nCroft End Pumpkins",
  [("N", "Thank you for showing me round the woodland trail; the lantern-lit bridge will look magical.", "pleasantry"),
   ("T", "You said you'd need 600 carving pumpkins by 20 October, which we can grow for £2.20 each, though I'm really sorry it's gone up since last year.", "requested quantity and date plus an apology for the price"),
   ("N", "Last year's trail sold out three nights running, so 100 extra to sell at the gate could pay for themselves.", "value from the prospect's own sales")],
  [("T", "If it helps, I'd happily knock 25p off each, no strings attached.", "unprompted, unconditional discount"),
   ("S", "Delivery is by our own tractor and trailer straight to the trail, and we're Yorkshire's biggest pumpkin grower, on the regional news twice!", "delivery detail plus a generic boast"),
   ("H", "Mind you, the Fernleigh trail have already ordered theirs, and you wouldn't want to be the only trail with bare pumpkin patches.", "peers who bought used as fear and shame")])

# 27
email("prosecco van hire for the tarnside hall wedding fair", "chatty", "Fizz for the wedding fair", "Hi Gemma,", "Lots of love,\nChloe\nFizz on Wheels",
  [("N", "Thanks for the floor plan for the wedding fair at Tarnside Hall on 9 March.", "courtesy and the prospect's date"),
   ("N", "Our converted Piaggio fits through the double doors and pours about 120 glasses an hour, which suits the 400 visitors you're expecting.", "product detail tied to the prospect's numbers"),
   ("H", "Brides expect a prosecco van these days, so if you skip it your fair will look dated next to the one at Thornlow.", "shaming by comparison with a rival fair")],
  [("S", "We bring our own bar staff and glassware, and we've been featured in Brides magazine and on two reality stars' Instagram.", "service detail plus a publicity boast"),
   ("HS", "I've kept the ninth free since we spoke and said no to a hen party for it, so I do think you owe me a confirmation this week.", "seller's sacrifice as guilt, with a decision date (rule 15)"),
   ("H", "The booking link is below; pop your card details in and we're done.", "booking link plus card details before any yes")])

# 28
email("pasty supply for the ashgate football ground kiosks", "non-native English", "Pasties for match days", "Dear Mr Hughes,", "Best regards,\nTomasz Nowak\nPiekarnia Nowak",
  [("N", "Thank you for the information that your four kiosks sell about 1,800 hot items on a match day.", "the prospect's own data"),
   ("N", "Our steak pasty is 260 g and stays hot for 90 minutes in your warmers, so the half-time queue can be served from stock made before kick-off.", "product detail tied to the prospect's rush"),
   ("T", "I am very sorry that I write you again, I do not want to disturb you.", "apology for following up")],
  [("ST", "Please, I need this contract very much for my small bakery, we have a difficult year.", "pleading for the seller's own sake (rule 15)"),
   ("T", "The price is £1.65, but if it is too high, you tell me your price and I will accept it.", "stated price plus a name-your-price concession"),
   ("HST", "If you sign before end of month I give 10% less, because my boss check my sales then.", "discount tied to the seller's date, with the boss as the reason (rules 7 and 16)"),
   ("N", "I can bring samples to the stadium on Wednesday 15th at 10:00, if this time is good for you.", "plain ask with a date")])

# 29 clean
email("quail egg supply for the alcazar tapas bar", "chatty", "Quail eggs: weekly order", "Hi Pablo,", "Cheers,\nLucy\nLittle Warren Quail",
  [("N", "Thanks for the tasting on Friday, and the chorizo with the fried quail egg was a hit with my partner too.", "pleasantry"),
   ("N", "Sorry for the slow reply, I was at the farm without signal until Sunday.", "borderline: single courtesy apology for a real delay, with the reason (rule 3)")],
  [("N", "Based on the 45 covers a night you mentioned and the two dishes that use them, 30 dozen a week should cover you with a little spare.", "quantity from the prospect's own numbers"),
   ("N", "They're £3.20 a dozen delivered on Tuesdays and Fridays, and every tray carries the stamp your environmental health officer asked about.", "price and a requirement the buyer raised"),
   ("N", "Shall I start with a two-week trial from the 12th, so your chefs can see how the shells peel before you commit?", "clear next step with a date")])

# 30
email("quinoa supply for the greenbowl salad bars", "blunt", "Quinoa pricing", "Ryan,", "Cole\nHarvest Grain Distributors",
  [("N", "Your current supplier's sacks tested at 4% saponin residue, which explains the bitter batches your cooks mentioned.", "insight from the prospect's own problem"),
   ("H", "You asked for a price on the tri-color: $2.85 a pound in 25-lb sacks, and if you're smart you'll lock in a year's supply now before prices explode.", "requested price plus vague manufactured urgency"),
   ("S", "Not to brag, but we're the biggest independent grain distributor west of the Mississippi.", "generic boast")],
  [("S", "Delivery is Tuesdays from our Fresno warehouse, and I'll admit I'm one account away from President's Club this year.", "delivery detail plus the seller's sales-club goal, no date or demand (rule 16)"),
   ("HT", "Sign by Friday and I'll take 12% off the whole year, but after that the number goes back up.", "discount conditioned on the seller's date (rule 7)")])

# 31
email("revolving door servicing for the carrington hotel", "formal", "Main entrance revolving door", "Dear Ms Kaur,", "Yours sincerely,\nAndrew Fenwick\nRotaGuard Doors Ltd",
  [("N", "Thank you for the maintenance log for the main entrance revolving door.", "courtesy"),
   ("N", "The log shows the speed sensor faulting six times since June, which matches the drag your night porter reported.", "insight from the prospect's own log"),
   ("N", "The manufacturer's warranty asks for a service at least every six months, and yours was last serviced in January.", "external requirement stated neutrally")],
  [("S", "We are the UK's number one revolving door specialist, with a King's Award for Enterprise and more than 35 years' experience.", "ranking, award and years-in-business boast"),
   ("T", "Our annual contract is £1,980, which I appreciate may seem steep, and I do apologise for that.", "contract price plus an apology for it"),
   ("H", "To be candid, a hotel of your standing ought to have sorted this long ago.", "shaming the prospect"),
   ("T", "Perhaps, if it's not too much bother, you might be able to spare a moment at some point for a visit next week?", "visit ask plus stacked hedges and permission-seeking")])

# 32
email("ring buoy supply for the millrace canal towpath trust", "warm", "Lifebuoys for the towpath", "Dear Alan,", "Kind regards,\nNeil\nWaterways Safety Supplies",
  [("N", "Thanks for walking the towpath with me on Saturday; the stretch by the lock cottages really is poorly covered.", "courtesy and a shared observation"),
   ("N", "Ten buoys on post-mounted housings, spaced at the 150-metre intervals RoSPA suggests for that kind of water, come to £2,140 including 30-metre throwlines.", "price and a specification tied to the site"),
   ("H", "Honestly, you need these posts in before summer; I've walked the whole towpath and the gaps by the weir worry me.", "borderline: 'you need' directive, though given after a real inspection (rule 6)")],
  [("S", "I can have them in by May, and it would also help my figures this quarter, as I'm a little behind.", "install date plus the seller's quota, no demand (rule 16)"),
   ("S", "Once they're up, could you give us a shout-out in the Trust's newsletter and on Facebook?", "favour for the seller, asked before any value is delivered"),
   ("H", "I'll send the committee a revised layout on Friday, and if they can't decide by the 20th I'll raise it with your chair, who I know from Rotary.", "revised layout plus a threat to go over the prospect's head"),
   ("N", "Would the week of 14 April suit for installation, when the Trust's volunteers are already on site?", "next step with a date")])

# 33
email("roller skate hire for the glitterball roller disco", "chatty", "Skates for Fridays!", "Hey Kendra!!", "xo,\nBrianna\nGroove Skate Rentals",
  [("N", "Thanks so much for the tour of the rink, that mirror ball is incredible.", "pleasantry"),
   ("S", "The skates come with our new light-up wheels, and we're SO pumped about them, the team has been obsessing for months!", "product detail plus the seller's excitement"),
   ("N", "For the Friday sessions you asked about, 150 pairs in sizes 1 to 13 would cover your usual 120 skaters with spares in the busy sizes.", "quantity from the prospect's numbers")],
  [("T", "Rental is $2 a pair per night, and if that's too steep, just say a number and I'll make it work.", "requested rate plus an invitation to name the price"),
   ("H", "Three rinks in the valley have already switched to us, so you don't want to be the one still handing out rusty skates.", "peers who switched used to shame"),
   ("T", "Sorry if I'm being pushy, I totally don't want to bug you!", "apology for normal selling"),
   ("S", "This would be my first big rink account, so it'd mean a ton to me personally.", "seller's personal stake, no blame or demand (rule 15)")])

# 34 clean
email("rowing eight repair for the tidesmere boat club", "terse", "Your eight", "Hi Hannah,", "Cheers,\nRuss\nStrokeside Boat Repairs",
  [("N", "Had a proper look at the eight on Sunday: the crack runs 40 cm along the bow canvas, but the hull laminate underneath is sound.", "inspection findings"),
   ("N", "A glass-and-epoxy patch will do, at £420, and she'll be back on the water in ten days, before your head-of-the-river race on the 22nd.", "price and the prospect's own date"),
   ("N", "Can your boatman drop her at the workshop by Thursday?", "plain logistics ask")])

# 35
email("reindeer hire for the kirkbrae christmas lights switch-on", "very deferential", "Reindeer for the switch-on", "Dear Councillor Baines,", "With very best wishes, and thank you for your time,\nMorag Fraser\nCairnfield Reindeer",
  [("T", "I hope you don't mind me emailing you directly, and I'm so sorry if this isn't the proper way to get in touch.", "permission-seeking and an apology for making contact"),
   ("N", "For the switch-on on Saturday 29 November, two reindeer with a handler and a sleigh would stand in the market square from 4 until 7pm.", "logistics on the prospect's date"),
   ("N", "DEFRA requires a movement licence for every booking and it takes twenty-one days to issue, so the date would need confirming by 8 November.", "borderline: real licensing lead time, stated once with its reason (rule 4)")],
  [("T", "The fee is £950, though I'd understand completely if that's more than the council can manage, and we'd be glad to lower it.", "fee plus an unprompted offer to lower it"),
   ("T", "Any further reduction would be for our owner to decide, so I'd need to put it to her first, if that would help at all.", "deferring a discount to the manager (rule 12)"),
   ("S", "The sleigh is lit with warm-white LEDs, and we're the only herd in Scotland to have been on the BBC's Christmas special.", "product detail plus a publicity boast"),
   ("N", "The reindeer are used to crowds and lights and have attended eight town events this season already.", "proof tied to the prospect's event")])

# 36
email("radiator covers for the little owls nursery", "blunt", "Re: radiator covers", "Hi Leanne,", "Steve\nSafeHeat Covers",
  [("N", "Thanks for letting me know you've gone with the council's framework supplier for the radiator covers.", "acknowledges the decision"),
   ("HS", "I spent two full evenings measuring every radiator in the baby room for you, so it stings to hear it by email.", "seller's effort and hurt as guilt after a decision (rule 15)"),
   ("H", "I'll pop in on Monday anyway with the samples for the owners, as I think they'll see it differently.", "turning up uninvited after a no and going over her head")],
  [("H", "Children get burnt on bare radiators every winter, and I'd hate to be the nursery explaining that to a parent.", "guilt and fear after a decision"),
   ("T", "Sorry for going on, and sorry again if I've overstepped.", "repeated apologies")])

# 37
email("reptile vivarium building for the fernbrook exotic pet rescue", "warm", "Vivariums for the dragons", "Hi Priya,", "Warmly,\nJade\nScales & Tails Habitats",
  [("N", "Thanks for sending the list of the rescue's current residents, including the two bearded dragons and the corn snakes.", "courtesy"),
   ("N", "For the dragons I'd suggest a 4-foot vivarium each with a UVB strip along the back, since the inspector flagged low UV in your last report.", "recommendation from the prospect's own report"),
   ("S", "The vivariums are built from sealed oak-effect board, and we've made them for a big city zoo and two TV wildlife presenters, so you're in very good hands.", "material detail plus a generic client boast")],
  [("ST", "As a rescue, you'd make a lovely case study, so if you let us film the build I could do the whole lot at cost.", "borderline: concession offered for a case study (rule 7)"),
   ("T", "But only if that's okay with you, and I really hope I haven't overstepped by suggesting it!", "approval-seeking"),
   ("H", "The two vivs come to £640 fitted, and I'll need a 50% deposit by Friday to hold the week of 3 March, your trustees can approve it afterwards.", "price and build week plus a deposit demand that overrides the trustees")])

# 38
email("rapeseed oil supply for the hollybank hand-cooked crisps", "formal", "Rapeseed oil supply: proposal", "Dear Mr Lindsay,", "Yours sincerely,\nCatherine Moss\nEast Anglian Oils",
  [("N", "Thank you for sharing your fryer figures, which work out at roughly 3,600 litres of oil a month across both lines.", "the prospect's own data"),
   ("N", "Our cold-pressed rapeseed oil has a smoke point of around 230°C, comfortably above your 180°C kettle-fry, so it should last a few days longer between changes.", "product detail tied to the prospect's process")],
  [("HS", "As requested, the price is £1.62 per litre in 1,000-litre IBCs, and my regional director has asked me to have the agreement signed by 31 March for our year-end.", "requested price plus a signing date set for the director's year-end (rule 16)"),
   ("H", "Three crisp makers in Norfolk have already moved to us, and they won't be the ones explaining bitter batches to their buyers.", "peers who switched used to shame"),
   ("HS", "I have put a great deal of personal time into this proposal, and I expect the courtesy of a decision this week.", "seller's effort as a decision owed (rule 15)")])

# 39 clean
email("riding hat fitting for the harthill pony club branch", "warm", "Hat-fitting evening before the rally", "Dear Mrs Danby,", "Kind regards,\nHelen\nTack & Tog Saddlery",
  [("N", "Following up on the hat-fitting evening we discussed for the branch's rally in May.", "single follow-up line (rule 13)"),
   ("N", "So sorry to hear that Poppy took a tumble at the winter show; I'm glad she's back in the saddle.", "sympathy")],
  [("N", "Hats need the tag for the current safety standard to pass the tack check at rallies, so I'll check every label as part of the fitting.", "'need' as a technical prerequisite"),
   ("N", "A fitting takes about ten minutes per rider, so the twenty-two members you mentioned would fit comfortably into a 6 to 10pm session.", "logistics from the prospect's numbers"),
   ("N", "Would Tuesday 8 April at the clubhouse work for you?", "next step with a date")])

# 40
email("recumbent trike hire for the freewheelers inclusive cycling club", "chatty", "Trikes for the Sunday loop", "Hi Sam,", "Cheers,\nAbi\nAll-Ability Cycle Hire",
  [("T", "Just nudging my note from last week, in case it slipped past you.", "'just checking in' variant as the purpose of the email"),
   ("N", "As a reminder, you mentioned four of your regulars can't use upright trikes, so two recumbents and two hand-cycles would let everyone ride the Sunday loop together.", "recommendation tied to the prospect's riders"),
   ("T", "Hire is £60 a month per trike, servicing included, and I'm happy to do 20% off if that makes it easier, you don't even need to ask.", "price plus an unprompted, unconditional discount")],
  [("S", "We've got the biggest adaptive fleet in the county and we were on Countryfile last year!", "generic boast"),
   ("H", "Summer hire runs June to September, and the other clubs round here have snapped up most of our trikes, so if you dither you'll miss out.", "hire season plus scarcity and FOMO with no date"),
   ("S", "And between us, my boss is watching my numbers closely this month.", "seller's manager and numbers, no demand (rule 16)"),
   ("N", "Could we bring two trikes to your Sunday session on the 18th so the riders can try them?", "plain ask with a date"),
   ("T", "Sorry, I know I keep going on!", "apology for the length")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s108e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s108-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
                for l in labs:
                    if l == "NONE": continue
                    counts[l] += 1
                    if not note.startswith("borderline:"): strong[l] += 1
        lab = {}
        for l in ("hard_close", "self_serving", "timidity"):
            if counts[l] == 0: lab[l] = 0
            elif counts[l] >= 2 and strong[l] >= 1: lab[l] = 2
            else: lab[l] = 1
        emails.append({"email": eid, "subject": fix(subj), "text": text, "labels": lab})
    with open(os.path.join(here, "test-emails.jsonl"), "w") as f:
        for e in emails: f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "test.jsonl"), "w") as f:
        for s in sents: f.write(json.dumps(s, ensure_ascii=False) + "\n")
    for fn in ("test-emails.jsonl", "test.jsonl"):
        for line in open(os.path.join(here, fn)): json.loads(line)
    # stats
    c = collections.Counter(); multi = bord = 0
    for s in sents:
        for l in s["labels"]: c[l] += 1
        multi += len(s["labels"]) > 1; bord += s["note"].startswith("borderline:")
    faulty = collections.Counter(e for e in (s["email"] for s in sents if s["labels"] != ["NONE"]))
    clean = [e["email"] for e in emails if e["email"] not in faulty]
    one = [e for e, k in faulty.items() if k < 2]
    print("emails", len(emails), "sentences", len(sents))
    print("NONE %d (%.1f%%)" % (c["NONE"], 100 * c["NONE"] / len(sents)))
    for l in ("hard_close", "self_serving", "timidity"): print(l, c[l])
    print("multi-label", multi, "borderline", bord)
    print("clean emails", len(clean), clean, "emails with exactly one faulty sentence", one)
    print("email-level", {l: collections.Counter(e["labels"][l] for e in emails) for l in ("hard_close", "self_serving", "timidity")})
    print("industries", "; ".join(x[0] for x in E))
    mixed = sum(1 for s in sents if s["labels"] != ["NONE"] and " plus " in s["note"])
    nf = len(sents) - c["NONE"]
    print("faulty sentences", nf, "of which fault-in-one-clause beside a legit element", mixed)
    el = {l: collections.Counter(e["labels"][l] for e in emails) for l in ("hard_close", "self_serving", "timidity")}
    regs = collections.Counter(x[1] for x in E)
    R = []
    R.append("# sealed108: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the thirteenth session) from the labelling guide alone, after that session's model change and before a\nsecond one tried on it and not kept (`sealed90` to `sealed101` as training data), and measured first in that session\non the model as it stands (rules + model macro-F1 0.934: hard_close 0.918, self_serving 0.928, timidity 0.957; 0 of\n104 clean sentences flagged; email agreement 0.900 / 0.975 / 0.975).\n")
    R.append("Written by hand, from the labelling guide (`shared/corpus/LABELS.md`) and the product note (`shared/PRODUCT.md`) alone. "
             "No other data set, rule or code was read. Every sentence was composed for this set; none of the guide's example "
             "sentences is copied or paraphrased. `build.py` holds the emails (subject, salutation, sign-off, body sentences each "
             "with a label code and a short note), writes `test-emails.jsonl` and `test.jsonl`, derives the email-level labels "
             "from the sentences with the guide's 0/1/2 scale (no hand overrides), and checks that every sentence is a verbatim "
             "substring of its email text and that every output line parses. Run `python3 build.py` to rebuild; the counts "
             "below are computed by it.\n")
    R.append("## Counts\n")
    R.append("| | Count |\n|---|---|")
    R.append("| Emails | %d (%d clean, %d with 2+ faulty sentences) |" % (len(emails), len(clean), len(emails) - len(clean)))
    R.append("| Sentences | %d |" % len(sents))
    R.append("| NONE | %d (%.1f%%) |" % (c["NONE"], 100 * c["NONE"] / len(sents)))
    for l in ("hard_close", "self_serving", "timidity"): R.append("| %s | %d |" % (l, c[l]))
    R.append("| Multi-label sentences | %d |" % multi)
    R.append("| Borderline sentences (note starts `borderline:`) | %d |" % bord)
    R.append("| Faulty sentences with the fault in one clause beside a legitimate element (note contains 'plus') | %d of %d |\n" % (mixed, nf))
    R.append("Email level (0/1/2): " + "; ".join("%s %s" % (l, dict(sorted(el[l].items()))) for l in el) + "\n")
    R.append("## Design\n")
    R.append("- About half the faulty sentences keep something the rep legitimately needs (a price the prospect asked for, an "
             "attachment, the prospect's own date, a meeting ask, a product detail, an offer) and put the fault in one clause beside it.")
    R.append("- Fault wordings avoid the textbook phrases; they use seller effort and feelings as leverage, bypass threats, "
             "assumptive invoices and card forms, peers who already switched, the rep's quota or manager, boasts, awards and "
             "feature lists, unprompted discounts, self-abasement, stacked hedges, apologies for price or length, and giving up at once.")
    R.append("- Many NONE sentences are hard negatives: permit and licence dates, the prospect's own deadlines, a price expiry "
             "with its reason, cost figures from the prospect's own data, a single follow-up, sympathy, plain asks.")
    R.append("- Every third email (s108e003, s108e006, ...) uses curly apostrophes; the others use straight ones. British and "
             "American spellings both appear; a few emails are written in non-native English.\n")
    R.append("## Registers\n")
    R.append(", ".join("%s (%d)" % (k, v) for k, v in regs.most_common()) + "\n")
    R.append("## Emails and trades\n")
    R.append("| Email | Trade | Register | Subject | hard_close | self_serving | timidity |\n|---|---|---|---|---|---|---|")
    for e, x in zip(emails, E):
        R.append("| %s | %s | %s | %s | %d | %d | %d |" % (e["email"], x[0], x[1], e["subject"], e["labels"]["hard_close"], e["labels"]["self_serving"], e["labels"]["timidity"]))
    with open(os.path.join(here, "README.md"), "w") as f: f.write("\n".join(R) + "\n")

if __name__ == "__main__":
    build()
