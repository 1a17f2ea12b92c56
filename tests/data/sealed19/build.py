#!/usr/bin/env python3
"""Build sealed19: hand-written sales emails labelled sentence by sentence (from LABELS.md only)."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
CODE = {"N": [], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"],
        "HS": ["hard_close", "self_serving"], "HT": ["hard_close", "timidity"],
        "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}

# Each email: subject, greeting, sign-off, body = list of paragraphs, each a list of (code, sentence, note).
# A note starting "b:" is a borderline call (written out as "borderline: ...").
E = []
def em(s, g, e, *paras):
    E.append(dict(subject=s, greet=g, sign=e, body=list(paras)))

# 1 taxidermy supplies, chatty, tiny firm
em("Glass eyes and forms for the spring intake", "Hi Marguerite,", "Cheers,\nOwen",
   [("N", "Thanks for sending the list of species you expect over the spring, it makes quoting much easier.", "pleasantry + logistics"),
    ("T", "I hope you don't mind me sending the quote over so soon, I didn't want to overstep.", "needing approval"),
    ("H", "I've put the 40 pairs of amber 14mm eyes you asked about on the quote, and I've already pencilled your card onto the order so they ship Monday.", "assumptive payment step beside the requested item")],
   [("N", "The polyurethane fox forms come in three neck angles, so you can match the pose your client wants without carving.", "product detail tied to her work"),
    ("S", "We've been voted best supplier at the Northern Taxidermy Fair four years on the trot, and our forms are in museums on three continents!", "generic boasts"),
    ("T", "The full price list is attached as well, and sorry this one ran so long, I do tend to ramble, so ignore whatever isn't useful.", "apology for length + permission to ignore")])

# 2 escape-room puzzle fabrication, formal, US
em("Puzzle props for your Denver location", "Dear Mr. Okafor,", "Sincerely,\nRenata Vos\nLockstep Fabrication",
   [("N", "Thank you for the floor plan of the Denver site and the notes on your 'lighthouse keeper' storyline.", "pleasantry"),
    ("N", "Based on your reset-time target of eight minutes, I would build the maglock panels with a single master release rather than individual keys.", "expert recommendation tied to prospect's goal"),
    ("S", "Let me walk you through our entire catalogue of 200 props while I'm at it, since we're very proud of every one.", "whole-catalogue walk-through, seller-centred"),
    ("S", "All props are built from steel and birch ply rated for 50,000 resets, and our workshop has won the Golden Padlock award twice, and our founder was featured on a national television series about escape games.", "awards and media boast")],
   [("H", "The quote for the six props is attached, and I'm frankly baffled that an operator of your experience has taken three weeks to open it.", "attachment + shaming clause"),
    ("HS", "I stayed at the bench until midnight sketching your lighthouse lens mechanism, so the least I'd expect is a yes or no this week.", "rule 15: seller's effort as guilt + demand")])

# 3 road de-icing salt for county, terse, public sector
em("Rock salt tender", "Mr. Haldane,", "R. Pryce\nGritco Supply",
   [("N", "Your tender closes at noon on 14 October; our bid will be uploaded to the portal by the 10th.", "prospect's own deadline"),
    ("H", "Our bid will follow your specification exactly, and I'll be copying your chief executive on every email until the contract is awarded.", "legit commitment + bypass/escalation clause"),
    ("H", "Stockpile delivery can start within 48 hours of award, and I've already told the depot to load your first 500 tonnes, so just send the order number.", "real delivery fact + assumptive order step"),
    ("HS", "Please award before the 30th, as my regional director needs the volume on the books for our half-year figures.", "rule 16: date pressed for seller's reason")],
   [("T", "I've also knocked £4 a tonne off the rate before you even asked, and there's room for more.", "unprompted unconditional discount, more offered"),
    ("H", "We can keep 5,000 tonnes in reserve at the depot for you, and councils that waited last winter ran dry in January and had to explain it to the press, so don't be one of them.", "competitor/peer shaming + fear")])

# 4 street-tree planting, warm, UK council
em("Street trees for the Eastgate ward", "Dear Priya,", "Warm regards,\nTom Ashby\nRootwise Landscapes",
   [("N", "It was lovely walking Eastgate Road with you on Tuesday, and I've noted the eleven pits where the old limes came out.", "pleasantry + detail"),
    ("N", "Given the overhead cables you pointed out, I'd recommend fastigiate hornbeam rather than another lime, since it stays narrow without pruning.", "expert recommendation with reason"),
    ("N", "Bare-root stock is only lifted by the nursery until mid-March, so planting would need an order by the end of February.", "b: real external constraint (nursery lifting season) stated once with reason")],
   [("N", "I've attached a draft planting plan with pit sizes and root barriers marked.", "attachment/logistics"),
    ("N", "Would Thursday the 9th at 2pm work to go through the species list with your tree officer?", "clear next step with date")])

# 5 hotel lobby scent, clean, formal
em("Scent programme for the Aldwych lobby", "Dear Ms. Laurent,", "Kind regards,\nIsabelle Grant\nAtrium Scent Studio",
   [("N", "Thank you for your time on Wednesday and for the tour of the lobby and spa corridor.", "pleasantry"),
    ("N", "You mentioned guests describe the lobby as 'cold', so I have proposed a cedar and fig blend that reads warmer without clashing with the restaurant.", "value tied to prospect's problem"),
    ("N", "The two HVAC-free diffusers sit behind the reception panelling, which keeps them out of sight and away from guests with sensitivities.", "product detail tied to guests")],
   [("N", "The attached proposal includes a four-week trial at the quoted monthly rate, with no installation fee.", "attachment + offer"),
    ("N", "What does your guest-feedback review cycle look like, so we can measure whether the lobby scores change?", "insightful question"),
    ("N", "I can come in on Monday 3 March at 11 to run a scent test with your front-of-house team.", "clear next step with date")])

# 6 equine transport, blunt
em("Horse transport to the Lexington sale", "Dale,", "Mike\nLongrein Equine Haulage",
   [("N", "Your three yearlings can go on the November 4 run to Lexington, which has air-ride suspension and a groom on board.", "logistics tied to request"),
    ("T", "The price is $2,300 for the three, and I'm sorry it's not cheaper, I really am.", "price asked for + apology for the price"),
    ("H", "The return run leaves Lexington on November 9, and every other barn on your road booked with us weeks ago, so you're the one holdout.", "peer shaming"),
    ("H", "That's the run you wanted, and I've already invoiced the deposit so the stalls are held.", "assumptive invoice beside requested date")],
   [("N", "Health certificates need to be dated within 30 days of travel for the sale grounds.", "technical prerequisite"),
    ("HS", "Honestly I've bent over backwards juggling this schedule for you, so I'd appreciate you not leaving me hanging on it.", "rule 15: seller effort as guilt")],
   [("N", "P.S. The trailer has cameras in every stall, so you can watch the yearlings from your phone during the trip.", "P.S., product detail for prospect")])

# 7 stained-glass restoration, very deferential
em("St Aidan's east window", "Dear Reverend Hollis,", "With every good wish,\nFrances Mbeki\nLeadlight Conservation",
   [("T", "I do hope you will forgive me for writing again, and I am so sorry to take up your time during Advent.", "apology for following up, self-abasing"),
    ("N", "The survey photographs show bowing in the lower three panels, where the lead came has fatigued and the glass is at risk of cracking.", "finding tied to prospect's window"),
    ("T", "Would there perhaps, at some stage, maybe be a chance for me to call round and measure the tracery, if it's not an imposition?", "stacked hedges + permission-seeking")],
   [("N", "The faculty application to the diocese usually takes around ten weeks, so the schedule in the attached report allows for that.", "real external lead time, neutral"),
    ("T", "If the fee feels too high, please just tell me what the parish can manage and I will make it work.", "asks buyer to name their number"),
    ("T", "It means the world that a parish like yours would even give a small studio a glance.", "thanking them for considering")])

# 8 acoustic panels for podcast studios, chatty US
em("Panels for the new booth rooms", "Hey Jordan,", "Talk soon,\nBeck\nQuietform",
   [("N", "From the clap test we did, the flutter echo is between the two parallel glass walls, so two bass traps and four 2-inch panels on the back wall should handle it.", "insight tied to test"),
    ("H", "The quote for the two traps and four panels is attached, and your listeners need this fixed before the next episode, no question.", "attachment + you-need-this directive"),
    ("S", "Our panels ship with a Class A fire rating, 14 fabric colors, six thicknesses, edge options, a lifetime warranty and a free mounting kit.", "feature dump")],
   [("ST", "I'd knock 15% off if you'd let us film the install for our YouTube channel, that would honestly help us a ton.", "b: rule 7: discount offered for a personal favour (filming for our channel)"),
    ("HS", "Can you get me a yes by Friday? Our team leaderboard locks that evening and a signature from you puts me in first place.", "rule 16: date + seller's contest")])

# 9 braille signage, non-native English
em("Tactile signs for the new clinic wing", "Dear Mrs. Achterberg,", "Best regards,\nTomasz Wiśniewski\nDotline Signage",
   [("T", "Thank you for the drawings of the new wing which you sent on Monday, and sorry, sorry for my slow answer and for disturbing you again.", "pleasantry + repeated self-abasing apology"),
    ("T", "I hope it is okay that I write to you directly, I did not want to disturb.", "needing approval"),
    ("N", "For the room numbers, the braille must sit below the raised characters, so we have placed all 64 signs according to that rule.", "technical prerequisite, regulation"),
    ("T", "The total for the 64 signs is €4,860 including fixing, and I am very sorry that it is maybe a little high, I feel bad about it.", "apologises for the price")],
   [("T", "Maybe we could perhaps possibly give some reduction, if you think it is needed, I don't know.", "stacked hedges + unprompted discount"),
    ("N", "Our proof samples in Grade 2 braille will arrive at your office by the 18th for your accessibility officer to check.", "logistics with date")])

# 10 knife sharpening for meat processor, clean, blunt
em("Blade service for your boning line", "Carl,", "Gus Lindqvist\nEdgeRight Services",
   [("N", "Your line lead told me knives are going dull by mid-shift on the boning table.", "discovery recap"),
    ("N", "We'd swap 60 knives weekly, so your crew always has a fresh set at the start of both shifts.", "value tied to prospect"),
    ("N", "That cuts the steeling time your foreman estimated at 20 minutes per person per shift.", "value from prospect's data")],
   [("N", "Price is $1.10 a blade, and it drops to $0.95 on a two-year agreement.", "concession traded for term"),
    ("N", "Can I bring a trial set Tuesday at 6am before the first shift?", "clear next step")],
   [("N", "P.S. We also collect and recycle worn-out blades at no charge.", "P.S., added value")])

# 11 K9 training for sheriff, formal, US, public
em("Patrol K9 handler course", "Dear Sheriff Dominguez,", "Respectfully,\nLt. (ret.) Anne Corliss\nHighbeam K9 Academy",
   [("T", "Thank you for forwarding the county's requirements for the two patrol dog teams, and forgive me for taking so long to digest them, I'm a hopelessly slow reader.", "pleasantry + self-abasing apology"),
    ("N", "The 12-week course covers tracking, article search and apprehension, and it meets the state certification standard your RFP requires.", "certification the buyer's process requires"),
    ("H", "I've attached the course syllabus, and I'll be raising it directly with the county commissioners if I don't hear from your office by Monday.", "attachment + bypass threat")],
   [("S", "Our instructors can start on the 3rd as your RFP asks, and we are the most decorated K9 academy in the Southwest, with over 300 graduates and a former national champion on staff.", "generic boast"),
    ("H", "Your deputies can't go another year without this course, and frankly the evaluation stage is over.", "'you need this' directive + overriding process")])

# 12 hospital pneumatic tubes, terse
em("Tube system maintenance contract", "Hi Dr. Ferris,", "Nadia Osei\nAirline Hospital Systems",
   [("N", "Following up on the maintenance quote from 2 June.", "single following-up line"),
    ("N", "Your logs show 31 jammed carriers last month, mostly at the lab diverter.", "prospect's own data"),
    ("S", "We're the fastest-growing tube-system service firm in the region, with a new Chicago office opening in spring.", "generic boast"),
    ("HS", "The revised quote is attached; please sign it by the 30th, since that is when my quarter ends.", "rule 16: attachment + seller's quarter deadline")],
   [("H", "Six emails from me now, and your mail system tells me every one was opened.", "counting + read receipts"),
    ("T", "The diverter rebuild takes one overnight shutdown, and if anything at all about us worries you I'd be mortified, so please say.", "logistics + approval-seeking")])

# 13 film prop weapon rental, chatty UK
em("Replica rifles for the trench scenes", "Hi Gemma,", "All the best,\nDev\nArmoury Props Ltd",
   [("T", "Lovely to hear the shoot has moved to the Norfolk location, and sorry again for pestering you about it three times last week.", "pleasantry + apology for following up"),
    ("N", "For the 30 extras we'd supply rubber rifles for the background and six blank-firing Lee-Enfields for the principals, with our licensed armourer on set.", "concrete product detail"),
    ("S", "We'd love your production to give us a screen credit and a quote for our brochure, which would help our next pitch a lot.", "favour for the seller"),
    ("N", "Blank-firing hire needs a police notification ten working days ahead, so we'd want confirmation by 4 April for the 18th.", "b: real external constraint (police notice) with reason")],
   [("H", "The six Lee-Enfields are £95 a day each, as you asked, but two other productions want them that week, so whoever pays first gets them.", "manufactured scarcity"),
    ("T", "Sorry for being pushy, I know you're swamped, feel free to tell me to go away!", "apologises for normal selling + releasing")])

# 14 trophy engraving for sports league, warm
em("End-of-season trophies", "Hi Coach Benitez,", "Thanks so much,\nLena\nPodium Engraving Co.",
   [("N", "Congratulations on the under-12s making the final, what a season.", "pleasantry"),
    ("T", "I know the season's hectic, so reply in a month or two if that suits, it's honestly no bother either way.", "minimising/permission"),
    ("N", "For 22 team medals and the three perpetual cups, we can engrave everything by June 3, which is a week before the banquet date you gave me.", "prospect's own date"),
    ("S", "We've been family run for three generations and engraved trophies for two state champions.", "heritage line plus generic boast (state champions)")],
   [("S", "If the parents are happy, would you mind leaving us a Google review and mentioning us in the league newsletter?", "asking for review/referral before value delivered"),
    ("H", "I'll drop a sample medal at Saturday's game so you can see the finish, and I'll bring the invoice along so we can settle it there.", "next step + assumptive invoice")])

# 15 curling stone refurbishment, clean, non-native
em("Regrinding of your curling stones", "Dear Mr. MacLeod,", "Kind regards,\nHenrik Aas\nGranittek AS",
   [("N", "Thank you for sending the photos of the running bands on your eight sets of stones.", "pleasantry"),
    ("N", "The pictures show the running surface is worn flat on most stones, which explains why the club's members complain the stones curl less.", "insight tied to prospect"),
    ("N", "We can regrind the running band and restore the striking band in our workshop, with four weeks turnaround.", "service detail")],
   [("N", "If you send the stones in May after the season closes, they will be back before the ice is made in September.", "schedule tied to prospect's season"),
    ("N", "Apologies for the late reply, I was at a tournament in Oslo last week.", "b: single courtesy apology with reason"),
    ("N", "Could we talk Friday at 10 your time to agree the shipping crates?", "clear next step")])

# 16 mobile sauna rental, blunt
em("Sauna trailer for the winter fair", "Pete,", "Jonas\nLöyly Mobile Saunas",
   [("N", "The wood-fired sauna seats 12 and heats up in 45 minutes, which fits the fair hours you gave me.", "product detail tied to prospect"),
    ("S", "We were the first mobile sauna firm in the county and have been on the local news twice.", "generic boast"),
    ("H", "If you don't lock it in now you'll never get around to it, and the fair will be the same as last year.", "'now or never'"),
    ("T", "The hire is £850 for the weekend including a cold plunge tub, though I'd happily do it for £700 if that helps.", "price asked for + unprompted discount")],
   [("HS", "My boss has told me to either close this by Wednesday or drop it, so I need a yes by then.", "rule 12/16: manager's wish as deadline"),
    ("N", "We'd need a level patch of ground and a water tap within 30 metres.", "technical prerequisite")])

# 17 wigs for oncology clinics, very deferential US
em("Wig fitting service for your infusion center", "Dear Ms. Trask,", "Gratefully,\nHolly Benning\nCrowned Again",
   [("N", "So sorry to hear your lead nurse has been unwell; I hope she is recovering.", "sympathy, not borderline"),
    ("T", "Writing again on the off chance you'd found a spare minute to look, though honestly it can wait as long as you like.", "follow-up as permission-seeking + minimising")],
   [("N", "Our fitter would be on site every other Tuesday, so patients could be measured before their hair loss begins.", "value tied to patients"),
    ("T", "We could also waive the fitting fee entirely, if that makes it easier for you at all.", "unprompted concession"),
    ("T", "If now isn't right, that's completely fine, I'll simply pop a note in my calendar for next spring and leave you in peace.", "accepts brush-off without question"),
    ("T", "I'd hate to think my notes have been a nuisance to anyone on your team.", "needing approval")])

# 18 yeast cultures for breweries, chatty
em("Liquid yeast for the hazy IPA", "Hey Sam,", "Cheers,\nMo\nPitchFresh Labs",
   [("N", "For your 15-barrel batches, two pitches of our London ale strain would land the stone-fruit character you said customers ask for.", "value tied to prospect"),
    ("S", "We're backed by two of the biggest names in craft beer and just won Supplier of the Year!", "investors + award + exclamation")],
   [("H", "Half the breweries in your county moved to us this year, and you don't want to be the last one pitching dry yeast.", "peers who switched + shaming"),
    ("H", "Yeast ships cold on Mondays so it arrives fresh by Wednesday, and honestly your beer needs this more than any I've tasted this year.", "logistics + 'you need this' directive"),
    ("ST", "Go on, do me a solid and take a trial pitch, it'd really help me out.", "rule 15: pleading for the seller's own sake, no date")])

# 19 airport baggage trolley refurbishment, formal UK, public-ish
em("Trolley refurbishment proposal", "Dear Mr. Adeyemi,", "Yours sincerely,\nCatriona Bell\nConcourse Refurb Ltd",
   [("N", "Thank you for meeting us at Terminal 2 and for the fleet data on your 1,800 trolleys.", "pleasantry"),
    ("T", "I do apologise for the length of this proposal and hope it is not too much to read.", "apology for length"),
    ("N", "Your data show 22% of trolleys out of service at any time, mostly with failed brake handles.", "prospect's data"),
    ("N", "A rolling refurbishment of 150 trolleys a month would bring that under 5% within a year without removing stock at peak times.", "value tied to prospect")],
   [("H", "I have booked our crew for your airside induction on 2 May, so we only need your purchase order to proceed.", "assumptive booking"),
    ("HS", "I have put my reputation on the line with our board to hold this price for you, so I would be grateful for the courtesy of a decision.", "rule 15: seller's standing as guilt")])

# 20 chimney sweeping for housing association, clean, warm
em("Chimney sweeping across your Ferndale homes", "Hi Sophie,", "Best wishes,\nAlan Kerr\nFlueCare Sweeps",
   [("N", "Thanks for the list of the 140 homes with open fires and wood burners.", "pleasantry"),
    ("N", "Your insurer asks for an annual sweep certificate, so we'd issue one per property and upload it straight to your asset system.", "value tied to prospect requirement"),
    ("N", "We'd schedule streets together to keep travel down and give tenants a two-hour arrival window by text the day before.", "logistics/value")],
   [("N", "Sweeping before October avoids the bird nest season rules and the winter rush.", "b: real external constraint stated neutrally"),
    ("N", "Would the week of 8 September work for a pilot on Oak Terrace?", "clear next step")])

# 21 rodent control for grain mill, blunt
em("Rodent control at the Holt mill", "Ms. Grady,", "Frank Tolliver\nSentinel Pest",
   [("N", "The audit report you forwarded flagged droppings near the bran bins and the loading dock.", "prospect's data"),
    ("HS", "I've already rearranged two other jobs to fit you in next week, so you owe me a quick signature.", "rule 15: seller effort as guilt + entitlement"),
    ("N", "You need tamper-proof bait stations at 15-metre intervals on the outside wall to pass the re-audit.", "b: 'you need' as audit requirement, technical prerequisite")],
   [("H", "The contract is attached, and unless you tell me otherwise by Thursday our van will be at your gate on Monday.", "attachment + silence-means-yes"),
    ("H", "Expect a call from me on your mobile, your office line and the mill gate phone every day this week until the paperwork's done.", "multi-channel badgering"),
    ("H", "The first visit takes about three hours, which is a lot less time than your team has apparently spent ignoring the auditor.", "logistics + shaming")])

# 22 brass instrument repair for school district, chatty US
em("Brass repair for the district's band programs", "Hi Mr. Castellanos,", "Thanks!\nRoxy\nValveworks Repair",
   [("HS", "I'd love to close this before June 1, because that's when our spring sales target gets counted.", "rule 16: date for seller's target, phrased as a wish"),
    ("N", "Most of the stuck valves on your list are from old oil, so a chemical clean and new felts would fix about two thirds of them in a day each.", "insight"),
    ("T", "I'm so sorry this quote is a bit long, and sorry again about the price, I know budgets are brutal.", "apologises for length and price")],
   [("T", "On the discount you asked about, I honestly can't say a thing until Brenda in our office has had a look.", "deferring on discount"),
    ("N", "We can pick up the first batch the week after school lets out, June 16.", "logistics with date")],
   [("T", "P.S. Sorry one more time about the total, I really wish it were lower.", "P.S. apologising for the price")])

# 23 lifeguard training for municipal pools, formal, public
em("Lifeguard certification for summer staff", "Dear Director Whitfield,", "Regards,\nMarcus Ojo\nBlueline Aquatic Training",
   [("N", "Thank you for confirming that 48 seasonal lifeguards need certification before your pools open on Memorial Day.", "prospect's own date"),
    ("N", "Our three-day course includes the in-water skills test and CPR for the Professional Rescuer, which your state health code requires.", "certification required by buyer"),
    ("S", "We can run the course at your Westside pool the week of April 7, and we've been in business since 1987 and were named Aquatics Trainer of the Year by a national magazine.", "years in business + award")],
   [("HS", "We could hold the April dates, but I'd need your signature by Friday since my manager is finalizing our schedule and quota numbers.", "rule 16: seller's reason for date"),
    ("HT", "I can also take 10% off, but only if you sign by Friday.", "rule 7: discount conditioned on seller's date")])

# 24 hot-air balloon envelope repair, warm UK
em("Envelope repair before the fiesta", "Hi Rosie,", "Best,\nHugh\nSkyseam Balloon Repairs",
   [("N", "Great to hear the balloon passed its annual inspection apart from the crown panels.", "pleasantry"),
    ("T", "If the repair cost feels steep, tell me and I'll shave off whatever it takes.", "unprompted open-ended discount"),
    ("N", "The porosity readings you sent are low enough that we'd replace the top two gores rather than the whole crown, saving you roughly £2,000.", "recommendation from prospect's data"),
    ("H", "We can return it by 1 August, in time for the fiesta you mentioned, but only if you pay the full amount upfront today.", "prospect's date + assumptive payment demand")],
   [("S", "Our repairs are signed off by a licensed inspector, and our loft has repaired balloons for three world champions, and we're the only loft in the UK with a five-star rating.", "generic boast"),
    ("H", "Drop-off is any weekday between 8 and 4, and I'll expect the balloon on Monday since we're already holding the slot for you.", "logistics + assumptive demand")])

# 25 tennis ball machines leasing, clean, terse US
em("Ball machines for your coaching program", "Hi Tessa,", "Greg Moretti\nBaseline Lease",
   [("N", "You said coaches spend half of private lessons feeding balls.", "discovery recap"),
    ("N", "Two programmable machines would free them to correct technique instead.", "value tied to prospect"),
    ("N", "Lease is $140 per machine per month, including service.", "price"),
    ("N", "A three-year term brings it to $120.", "concession traded for term")],
   [("N", "Can I set one up on court 3 Saturday morning for your coaches to try?", "clear next step")])

# 26 jukebox restoration for a diner, chatty
em("The jukebox by your front door", "Hi Benny,", "Later,\nCass\nGroove Revival",
   [("T", "Hope you don't mind me writing so soon, I'm probably being a pest.", "needing approval + self-abasement"),
    ("N", "The skipping on your jukebox is a worn tone arm, not the mechanism, so the repair is cheaper than you feared.", "insight"),
    ("S", "We've restored jukeboxes for two movies and a music video, and our shop has 40,000 Instagram followers!", "exclamation-mark boast")],
   [("H", "Text me the long number on your Visa and the tone arm goes on order tonight.", "assumptive payment before yes"),
    ("H", "Every diner on Route 9 already had its jukebox rebuilt by us, so yours is the odd one out now.", "peer shaming")],
   [("N", "P.S. The tone arm is a standard Seeburg part, so spares are easy to find if it ever wears out again.", "P.S., useful detail")])

# 27 mattress recycling for university, formal US
em("Mattress recycling for move-out week", "Dear Ms. Abernathy,", "Sincerely,\nDerek Oyelaran\nReSpring Recycling",
   [("N", "Thank you for your note about move-out week, May 12 to 17, and the 900 mattresses facilities expects to replace.", "prospect's own dates"),
    ("H", "We have trucks free for May 12 to 17, but universities that wait past this week end up with piles on the lawn, so it's your call.", "real availability + manufactured urgency clause"),
    ("N", "We recover the steel, foam and cotton separately, which would count toward the 50% diversion target in your sustainability plan.", "value tied to prospect goal"),
    ("S", "We were thrilled to announce our new fleet of electric collection trucks at last month's trade show.", "I/we announcement with no customer value")],
   [("N", "The county landfill raises its bulky-item fee on July 1, so collection in May falls under the current rate.", "b: real external date stated once with reason"),
    ("HS", "We would need the signed agreement by the 28th, because that closes our fiscal year and my bonus depends on it.", "rule 16: seller's bonus")])

# 28 snow plough blades for municipality, terse UK public
em("Plough blades – winter framework", "Dear Mr. Fenwick,", "M. Stroud\nEdgeline Highways",
   [("N", "Our bid for Lot 3 is attached, as required by the framework.", "attachment"),
    ("HS", "My sales director wants this framework won before our financial year closes, so please get it through your panel by the 31st.", "rule 16: manager's wish + date"),
    ("N", "Carbide-edged blades last roughly four times longer than steel on your gritted A-roads.", "product detail tied to prospect"),
    ("H", "This week is the only window I'll hold the old rate, so don't sit on it.", "invented rate window with urgency, no reason")],
   [("S", "Our blades are fitted on more council fleets than any other brand, full stop.", "generic ranking boast"),
    ("H", "Delivery is four weeks from order, and the councils who dithered last year were still scraping with worn steel in February.", "lead time + shaming/fear")])

# 29 hospice volunteer scheduling software, very deferential, non-native-ish
em("Volunteer rota app – a small idea", "Dear Ms. Fairbrother,", "With many thanks,\nLeila Haddad\nShiftKind",
   [("T", "Please excuse me for writing once again, I really do not want to be a nuisance.", "apology for following up"),
    ("N", "On our call you said coordinators spend Monday mornings phoning to fill weekend gaps.", "discovery recap"),
    ("N", "With the app, volunteers swap shifts themselves and the coordinator only approves the swap.", "value tied to prospect")],
   [("T", "If the price is difficult, I could maybe give the first year free, or whatever would be good for you.", "unprompted concession + name your number"),
    ("ST", "It would honestly mean so much to me personally if you gave it a chance, as I am new here and really need a first customer.", "pleading for seller's own sake"),
    ("T", "I've attached a short video of a coordinator using it, but please don't feel any obligation at all to watch it or reply.", "permission to ignore")])

# 30 asbestos removal, clean, formal UK
em("Asbestos removal at Brookfield Primary", "Dear Mr. Shah,", "Yours sincerely,\nJoanne Pike\nClearair Environmental",
   [("N", "Thank you for sending the refurbishment survey for Brookfield Primary's boiler house.", "pleasantry"),
    ("N", "The lagging identified is licensable work, so we would notify the enforcing authority 14 days before starting, as the regulations require.", "regulatory prerequisite"),
    ("N", "To finish within the summer closure you mentioned, that notification would need to go in by 7 July.", "b: external lead time tied to prospect's own window")],
   [("N", "Our method statement and insurance certificates are attached for your governors.", "attachment serves buyer"),
    ("N", "We would also carry out air testing before the area is handed back, so staff return to a certified-clean building.", "value"),
    ("N", "Could we walk the site together on Tuesday at 9?", "clear next step")])

# 31 vintage wedding car hire, chatty UK
em("The Rolls for your June wedding", "Hi Amira,", "Lots of love,\nBev\nSilver Ghost Weddings",
   [("T", "Congratulations to you both, and I'm honestly so grateful you'd even consider a little outfit like ours.", "pleasantry + thanking them for considering"),
    ("S", "We're the most-booked wedding car firm in the county, with four national awards on our office wall!", "generic boast"),
    ("N", "The 1960 Silver Cloud is free on Saturday 14 June, and it comfortably fits you and two bridesmaids.", "date she named + product detail"),
    ("H", "The Silver Cloud package is £640 including ribbons and a chilled bottle, and honestly June Saturdays are practically gone, so if you blink she'll be booked by someone else.", "manufactured scarcity")],
   [("T", "Sorry, I know that sounds salesy, I'm terrible at this bit, ignore me!", "self-abasing apology + ignore me"),
    ("S", "Would you mind sending us a few of your photographer's shots afterwards for our website and Instagram?", "favour for the seller (photos for website), asked before any value delivered")])

# 32 mascot costume manufacturing, blunt US
em("New mascot suit for opening day", "Trey,", "Dana\nBig Head Costumes",
   [("N", "We can build the new raccoon suit with a cooling vest and a 180-degree view mesh, which fixes the overheating your performer complained about.", "product detail tied to problem"),
    ("T", "Sorry if the price made you wince, I could probably shave a bit off if you asked.", "apology for price + pre-emptive discount"),
    ("N", "Build time is nine weeks, so it arrives before your April 5 opener if we start by January 25.", "prospect's date, real lead time"),
    ("HS", "My commission structure resets on the 31st, so I need this signed before then.", "rule 16: commission + date")],
   [("H", "Honestly, a GM who cared about fans wouldn't still be 'thinking about' a mascot that faints in July.", "shaming"),
    ("S", "Every suit comes with a spare head liner and a washable body, and we've built mascots for 14 pro teams and two Super Bowl halftime shows.", "generic boast")],
   [("HS", "P.S. I fronted the fabric samples out of my own pocket for you, so a bit of loyalty here wouldn't go amiss.", "rule 15: seller sacrifice as guilt, P.S.")])

# 33 phishing-awareness training for credit union, formal US
em("Phishing training for your branch staff", "Dear Mr. Lindgren,", "Best regards,\nPriya Raman\nHookline Security Training",
   [("N", "Thank you for sharing the results of last quarter's phishing test, where 19% of staff clicked the fake wire-transfer link.", "prospect's data"),
    ("S", "Our platform features 400 templates, gamified leaderboards, SSO, API access, custom branding, 12 languages and a mobile app.", "feature dump"),
    ("N", "Our monthly simulations are built around the wire and payroll-change lures that are hitting credit unions your size, and comparable clients brought click rates under 5% in six months.", "social proof tied to prospect"),
    ("HT", "If you sign by Friday I'll add three months free, since that's the last day I can offer it.", "rule 7: concession tied to seller's date (no seller reason)")],
   [("H", "Your admin logins go live Tuesday morning, so the signed order form is the last box to tick.", "assumptive onboarding"),
    ("HS", "The examiner guidance you mentioned is covered in our reporting module, which my manager would love you to sign off on before his review on the 15th.", "value + rule 16: manager's wish with date")])

# 34 parking lot line striping, terse
em("Restriping at Northgate Retail Park", "Hi Colleen,", "Raj\nTrueLine Striping",
   [("N", "Quote attached for 640 bays, 12 accessible bays and the fire lane.", "attachment"),
    ("H", "I'll send the crew schedule tomorrow, so just reply with your card details and we're set.", "assumptive payment step"),
    ("N", "We'd do it overnight in two sections so tenants keep parking.", "value tied to prospect"),
    ("T", "The quote comes to $7,900 for the whole lot, but let me know what number works for you and I'll match it.", "name your number")],
   [("H", "Your tenants have been complaining for months, and if anyone gets hurt in that lot it's on you.", "guilt/shaming aimed at prospect"),
    ("N", "Paint needs 10°C and dry ground, so we'd aim for May.", "technical prerequisite")])

# 35 hotel gym equipment refurbishment, clean, chatty, US
em("Treadmill refurb for your six properties", "Hi Andre,", "Thanks,\nKim Sato\nRepowered Fitness",
   [("N", "Thanks for the walk-through of the Midtown gym yesterday.", "pleasantry"),
    ("N", "Your maintenance log shows the same deck-and-belt failure on 11 treadmills, which is why guests keep leaving notes about them.", "prospect's data"),
    ("N", "A deck, belt and motor refurbishment runs about a third of the cost of a new commercial unit and comes with a two-year warranty.", "value")],
   [("N", "Just a heads-up that we'd need each gym closed for about four hours per machine batch.", "b: one polite 'just'"),
    ("N", "Would you like us to start with Midtown the week of the 20th and review results before the other five?", "clear next step")])

# 36 ultrasonic cleaning tanks for jeweller, non-native
em("Ultrasonic tank for your workshop", "Dear Mr. Goldberg,", "Best regards,\nYuki Tanabe\nSonicPure Equipment",
   [("N", "Thank you for the visit of your workshop and to show me the polishing compound problem on the filigree pieces.", "pleasantry"),
    ("T", "I'm maybe not the right person and maybe you are too busy, so perhaps I should not write.", "stacked hedges + self-minimising"),
    ("N", "The 6-litre heated tank with 40 kHz frequency will remove compound from filigree without loosening the small stones.", "product detail tied to problem"),
    ("S", "The tank comes with a drain valve and basket included, and our company has 27 patents, offices in nine countries and many awards in Germany and Japan.", "generic boast")],
   [("HT", "The price is $1,900, and I give you 20% discount only if you order in this week, because after it is finished.", "price asked + discount conditioned on seller's date"),
    ("T", "Sorry again for my bad English and for my many emails.", "apology for following up/self-abasing")])

# 37 pallet wrap film for DC, blunt UK
em("Stretch film trial results", "Gary,", "Nick Holm\nTensaWrap",
   [("N", "The trial on Line 2 used 38% less film per pallet than your current roll, with no load failures over 400 pallets.", "prospect's own trial data"),
    ("S", "Between us, I'm short of my numbers this half, so landing your account would mean a lot to me.", "rule 16: seller's need with no date, self_serving only"),
    ("N", "At your volume that's about £21,000 a year.", "quantified value from prospect data"),
    ("H", "Every week you sit on this is another £400 in the skip, so stop dithering.", "b: cost of delay used to push")],
   [("H", "Your ops director and I play five-a-side on Thursdays, so if this hasn't moved by then, he'll hear about it from me.", "bypass threat"),
    ("H", "First pallet of rolls can be on your dock within five days of a PO, and I've already raised one in your name to save time.", "logistics + assumptive order")])

# 38 interior planting for a council office, formal UK, public
em("Planting scheme for the civic centre second floor", "Dear Ms. Okonjo,", "Kind regards,\nGareth Rees\nCanopy Interior Planting",
   [("N", "Thank you for the staff survey showing that 64% of second-floor staff find the office drab and stuffy.", "prospect's data"),
    ("T", "I hope this isn't too forward, and I'm very sorry if my last email seemed pushy.", "needing approval + apology for normal selling"),
    ("N", "Tall planters along the window line would soften the space and screen the benefits advice desks, where residents' details are discussed.", "value tied to prospect"),
    ("S", "We'd maintain every plant fortnightly at no extra cost, and we're ISO-certified, Queen's Award winners, and our CEO sits on two national horticulture committees.", "generic boast")],
   [("H", "I'll assume you're happy to proceed unless I hear otherwise by Friday, and I'll raise the invoice then.", "silence means yes + invoice"),
    ("N", "Your procurement team's quotation threshold of £25,000 is met by the attached price of £23,400.", "fact tied to prospect process")])

# 39 hearing aid batteries for audiology chain, very deferential US
em("Battery supply for your clinics", "Dear Dr. Patel,", "With sincere thanks,\nMaggie Lowry\nZincAir Direct",
   [("N", "Following up on the battery samples we sent to your Springfield clinic.", "single following-up line"),
    ("T", "I'm so sorry to be writing yet again, I hope it's okay, and I completely understand if you're too busy.", "apology for following up + approval seeking")],
   [("N", "Our size 312 cells have a 3-year shelf life, so your clinics could order quarterly rather than monthly.", "product detail tied to prospect"),
    ("T", "The first order would be 2,400 cells for your four clinics, and honestly, whatever price you feel is fair, we'll accept it.", "name your number"),
    ("HST", "It would help me so much if you could place the first order by the 30th, because my manager says this account decides whether I stay on, and I'd happily add another 10% to get it.", "rule 16 + rule 7: date, seller's reason, concession")])

# 40 ceramic tile restoration at Victorian baths, warm UK
em("Tile restoration at the Victoria Baths", "Dear Eleanor,", "With warm wishes,\nRuth Abara\nMajolica Conservation",
   [("N", "It was a pleasure to see the baths on Friday, and the tiled gallery is even finer than the photographs.", "pleasantry"),
    ("ST", "If the trust would let us use the baths as a case study, I'd gladly drop our fee by 15%.", "b: rule 7: discount offered to win a case study"),
    ("N", "Of the 1,400 tiles you asked us to assess, we'd replicate about 90 and consolidate the rest in place.", "prospect's request + detail"),
    ("N", "We've done this exact work at two listed pools, and the lesson was to agree the replica glaze colours with the conservation officer before firing.", "social proof turned into advice")],
   [("H", "The heritage grant you mentioned closes on 30 September, and honestly, if you let this slip you'll regret it forever and the trust will blame you.", "real date + guilt/threat clause"),
    ("S", "Before any of that, I'd adore the chance to walk you round our whole studio and tell you how three of us started it in a garage.", "rule 9: hear our story"),
    ("N", "Would Thursday 12 June at 10 suit to meet your conservation officer on site?", "clear next step")])


def fix_note(n):
    return "borderline: " + n[2:].strip() if n.startswith("b:") else n

def curl(s):
    return s.replace("'", "\u2019")

def main():
    assert len(E) == 40, len(E)
    sents, emails = [], []
    sid = 0
    for i, e in enumerate(E, 1):
        eid = "s19e%03d" % i
        c = (lambda s: curl(s)) if i % 3 == 0 else (lambda s: s)
        paras = [" ".join(c(t) for _, t, _ in p) for p in e["body"]]
        text = c(e["greet"]) + "\n\n" + "\n\n".join(paras) + "\n\n" + c(e["sign"])
        rows = []
        for p in e["body"]:
            for code, t, note in p:
                sid += 1
                t = c(t)
                assert t in text, (eid, t)
                labs = CODE[code] or ["NONE"]
                note = fix_note(note)
                if t.startswith("b: "):
                    raise SystemExit("borderline marker left in text: " + t)
                rows.append({"id": "s19-%04d" % sid, "email": eid, "text": t, "labels": labs, "note": note})
        levels = {}
        for lab in ("hard_close", "self_serving", "timidity"):
            hit = [r for r in rows if lab in r["labels"]]
            if not hit:
                levels[lab] = 0
            elif len(hit) >= 2 and any(not r["note"].startswith("borderline:") for r in hit):
                levels[lab] = 2
            else:
                levels[lab] = 1
        sents += rows
        emails.append({"email": eid, "subject": c(e["subject"]), "text": text, "labels": levels})
    with open(os.path.join(HERE, "test.jsonl"), "w") as f:
        for r in sents:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test-emails.jsonl"), "w") as f:
        for r in emails:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-parse and report
    for fn in ("test.jsonl", "test-emails.jsonl"):
        with open(os.path.join(HERE, fn)) as f:
            for ln in f:
                json.loads(ln)
    cnt = collections.Counter()
    for r in sents:
        for l in r["labels"]:
            cnt[l] += 1
    multi = sum(len(r["labels"]) > 1 for r in sents)
    border = sum(r["note"].startswith("borderline:") for r in sents)
    faulty_per = collections.Counter(r["email"] for r in sents if r["labels"] != ["NONE"])
    clean = [e["email"] for e in emails if faulty_per[e["email"]] == 0]
    two_plus = sum(1 for v in faulty_per.values() if v >= 2)
    one = [k for k, v in faulty_per.items() if v == 1]
    print("sentences", len(sents), "emails", len(emails))
    print("NONE %d (%.1f%%)" % (cnt["NONE"], 100.0 * cnt["NONE"] / len(sents)))
    for l in ("hard_close", "self_serving", "timidity"):
        print(l, cnt[l], "emails@1", sum(e["labels"][l] == 1 for e in emails), "emails@2", sum(e["labels"][l] == 2 for e in emails))
    print("multi-label", multi, "borderline", border)
    print("clean emails", len(clean), clean)
    print("emails with 2+ faulty", two_plus, "with exactly 1", one)
    per = collections.Counter(r["email"] for r in sents)
    print("sentences/email min %d max %d" % (min(per.values()), max(per.values())))
    industries = [e["subject"] for e in emails]
    trades = [ln.split(" ", 2)[2] for ln in open(__file__, encoding="utf-8").read().split("\n")
              if ln.startswith("# ") and ln[2:4].strip().isdigit()]
    lines = ["# sealed19: held-out sales-email evaluation set", "",
             "Written by hand, sentence by sentence, from the labelling guide (`corpus/LABELS.md`) and the product",
             "description alone; no other data set, rule or code was consulted. Every sentence, subject, salutation and",
             "sign-off is held in `build.py`, which writes `test.jsonl` (one body sentence per line, P.S. lines included)",
             "and `test-emails.jsonl` (one email per line), derives each email's 0/1/2 levels with the guide's email-level",
             "scale (no hand overrides), checks every sentence is a verbatim substring of its email and that every line",
             "parses. Every third email (s19e003, s19e006, ...) uses curly apostrophes. Run `python3 build.py` to rebuild.", "",
             "## Counts (computed by build.py)", "",
             "| | Count |", "|---|---|",
             "| Emails | %d |" % len(emails),
             "| Sentences | %d |" % len(sents),
             "| NONE | %d (%.1f%%) |" % (cnt["NONE"], 100.0 * cnt["NONE"] / len(sents)),
             "| hard_close | %d |" % cnt["hard_close"],
             "| self_serving | %d |" % cnt["self_serving"],
             "| timidity | %d |" % cnt["timidity"],
             "| Multi-label sentences | %d |" % multi,
             "| Borderline sentences | %d |" % border,
             "| Clean emails (no faulty sentence) | %d |" % len(clean),
             "| Emails with 2+ faulty sentences | %d |" % two_plus, "",
             "Email levels (0/1/2):", ""]
    for l in ("hard_close", "self_serving", "timidity"):
        lines.append("- %s: %s" % (l, ", ".join("%d at %d" % (sum(e["labels"][l] == v for e in emails), v) for v in (0, 1, 2))))
    lines += ["", "## Industries and registers (one trade per email)", ""]
    lines += ["- s19e%03d: %s" % (i + 1, t) for i, t in enumerate(trades)]
    lines += ["", "Registers: formal, chatty, terse, warm, blunt, very deferential and non-native English; British and",
              "American spellings; goods and services; public-sector buyers (councils, a county, a sheriff's office, a",
              "school district, a university) and private ones from one-person shops to airport operators.", "",
              "Roughly two in five of the faulty sentences put the fault in one clause beside something the rep must keep (a",
              "date the prospect named, a requested price, an attachment, a product detail, a meeting ask). Many NONE",
              "sentences are hard negatives: permit and regulatory lead times, the prospect's own dates, a single",
              "following-up line, confident recommendations, concessions traded for a longer term.", ""]
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write("\n".join(lines))

if __name__ == "__main__":
    main()
