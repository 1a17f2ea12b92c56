#!/usr/bin/env python3
"""Build sealed88: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("menu board printing for the saltmarsh cafe", "chatty", "Your three menu boards", "Hi Priya,", "Cheers,\nOwen",
  [("N", "Thanks for sending over the photos of the counter wall, they made measuring so much easier.", "thanks and logistics"),
   ("S", "I've been buzzing about this one all week, mostly because it's the first big job for the new UV printer I've been dying to use.", "the rep's excitement about his own kit, nothing for the cafe"),
   ("N", "Three boards at 900 by 600 mm would cover drinks, breakfast and the daily specials without crowding the counter.", "sizing tied to the cafe's menu")],
  [("ST", "The price you asked for is £640 for all three, though I'd happily let them go for £500 because I could really do with the order.", "requested price plus an unprompted discount pleaded for the rep's own sake"),
   ("T", "Sorry this has turned into such an essay, I do get carried away!", "apology for the email's length"),
   ("T", "Shall I drop a proof round on Thursday morning, or is that too pushy of me?", "clear next step plus approval-seeking about being pushy")])

# 2
email("mailroom franking machines for the halden county council", "formal", "Franking machine lease: schedule and figures", "Dear Mr Okafor,", "Yours sincerely,\nGraham Pell\nPellbrook Mailing Systems",
  [("N", "Thank you for the usage report from your post room, which shows roughly 2,300 items leaving the building each week.", "thanks, the prospect's own data"),
   ("N", "At that volume, the lower per-item tariff on a leased machine would save the council about £3,100 a year at current postage rates.", "saving computed from the prospect's own figures"),
   ("S", "Pellbrook has been named Regional Supplier of the Year three times running, and our client list reads like a directory of local government.", "awards and client-list boast with no tie to the council")],
  [("H", "I have attached the lease schedule you requested and have also taken the liberty of raising the first quarter's invoice, which your finance team will receive tomorrow.", "requested schedule plus an invoice raised before any yes"),
   ("H", "Given a saving of that size, I would urge you to approve this directly rather than send it round the procurement committee, which would only slow matters down.", "saving figure plus overriding the council's own procurement process"),
   ("HS", "The contract is enclosed for signature, and as my regional director expects it on her desk before our financial year closes on the 31st, I would be grateful to have it back by then.", "enclosed contract plus a signing date set by the rep's director and year end")])

# 3
email("mirror resilvering for the gilded age antiques shop", "warm", "Your pier glass", "Dear Beatrice,", "Warmly,\nIsla",
  [("N", "It was lovely to see the pier glass in person on Saturday; the carved frame is in far better shape than you feared.", "pleasantry with a useful finding"),
   ("N", "The silvering has lifted along the lower third, so I'd strip and resilver the whole plate rather than patch it, which keeps the reflection an even tone.", "expert recommendation with its reason"),
   ("T", "I do hope you won't think I'm overstepping by saying so.", "seeks approval for an ordinary recommendation")],
  [("T", "The quote you asked for is attached at £380, though I feel rather awful about the figure and would happily bring it down if it seems steep.", "requested quote plus an apology for the price and an unprompted cut"),
   ("T", "If you'd like to go ahead, we could collect the glass on the 14th when our van is in town, but please don't feel you have to reply quickly, or at all really.", "collection date plus minimising that invites the prospect to ignore the email")])

# 4 (clean)
email("motorhome habitation checks for the wayfarer hire fleet", "terse", "Habitation checks before 1 April", "Hi Marcus,", "Thanks,\nDev",
  [("N", "Your fleet list shows eleven of the twenty vans are due their habitation check before the season opens on 1 April.", "the prospect's own date and data"),
   ("N", "Our gas-test rate is held until 28 February, when the certification body's new fees come in.", "borderline: price expiry stated once, with its external reason and no urgency words"),
   ("N", "Would the 10th, 11th and 12th of March suit your workshop?", "plain ask with dates")])

# 5
email("marine fenders for the portsoy ferry terminal", "blunt", "Berth two fenders", "Ewan,", "Rob Kerr\nKerr Marine",
  [("N", "Following up on the fender quote from last month.", "a single plain follow-up line"),
   ("N", "The cone units absorb roughly 40% more energy at the berthing speeds your own log recorded, which takes the strain off the quay wall.", "value tied to the prospect's own data"),
   ("H", "Operators up and down this coast who switched to cones last year aren't losing sleep, and frankly the terminal will look behind the times at the next port inspection.", "peers who already switched, used to shame")],
  [("H", "The revised drawings you asked for are attached, and unless I hear an objection I'll release the March fabrication slot on your account with the deposit invoice to follow.", "requested drawings plus an order assumed from silence"),
   ("H", "The fitters can be at berth two on the 18th, and if that slot goes, I doubt you'll get another crack at this.", "fitting date plus now-or-never pressure"),
   ("H", "If it's still stuck on your desk next week, I'll put the numbers in front of the harbour trust's board myself.", "threat to go over the prospect's head")])

# 6
email("manhole cover replacement for the brookfield business park", "chatty", "Loading bay covers", "Hey Sandra,", "Cheers,\nLiam",
  [("N", "Hope the resurfacing crew have finally left you in peace!", "pleasantry"),
   ("S", "The covers can be cast within ten days, and we're the only firm in the county with our own foundry, our own fleet of fourteen vans, a round-the-clock call centre and a ten-year guarantee on every cover we've ever laid.", "lead time plus a foundry and fleet boast, nothing about the park"),
   ("N", "For the loading bays, the D400-rated covers are the right call, since your delivery lorries are far heavier than the B125 rating on the current ones.", "technical recommendation with its reason")],
  [("S", "I'll be straight with you, my boss has me on a sales leaderboard this quarter and I'd love to finish on top of it.", "the rep's own target, no date pressed on the prospect"),
   ("HS", "So if the order could be signed before the leaderboard resets on Friday, you'd be doing me a massive favour.", "signing date set by the rep's sales contest"),
   ("H", "I can walk the bays with you on Tuesday at 8, and to save time I've already pencilled our crew in for the week after.", "site visit ask plus a crew booked before a yes")])

# 7
email("mobile phlebotomy for the tarnbeck occupational health team", "very deferential", "On-site blood screening", "Dear Dr Hale,", "With kind regards,\nAmelia Brook",
  [("T", "I am so terribly sorry to intrude on your day yet again, and I completely understand if you have no time at all for this.", "self-abasing apology for following up"),
   ("N", "Our nurses could run the annual blood screening for your 180 site staff on site over two days, which saves each of them the half-day trip to the clinic.", "value tied to the prospect's staff")],
  [("T", "Our rate is £14 per sample, as you asked, and I would be glad to lower it by whatever amount would make it fit your budget.", "requested rate plus a name-your-number concession"),
   ("T", "Would there perhaps be any chance, if your diary allowed it at all, of a short call at some point in the next few weeks?", "meeting ask plus stacked hedges"),
   ("T", "Thank you so very much for even reading this far.", "thanks the prospect for merely reading, approval-seeking")])

# 8
email("netball post padding for the ashfield netball league", "non-native English", "Post padding for six courts", "Hello Mrs Jenkins,", "Best regards,\nTomasz Wilk",
  [("S", "I write about the post padding for your six courts, as we discussed on the telephone, and I must tell you our company is the leader in sport safety products in all of Europe since 1987 with many prizes for our design.", "context of the call plus a generic leadership, years and award boast"),
   ("N", "The padding is 50 mm foam with wipe-clean cover, which meet the England Netball rule for post protection.", "a standard the buyer's rules require")],
  [("H", "All other leagues in your county already buy from us, so you are the last one and it is not good to stay behind.", "peers who already bought, used to shame"),
   ("HS", "Please confirm the order this week, because my director check my numbers on Monday and I must show him this contract.", "the rep's director as the reason for a deadline"),
   ("H", "I can send the samples to your office if you give me the address, but you must decide fast because this price is only for short time.", "sample offer plus a vague deadline with no reason")])

# 9 (clean)
email("nutrition analysis for the brambleworth pie company", "formal", "Nutrition testing for the new range", "Dear Ms Arnott,", "Kind regards,\nDr Hannah Ives",
  [("N", "Thank you for sending the recipe sheets for the four new pies.", "thanks"),
   ("N", "Because the steak and ale recipe now uses a different stock, its salt figure will need retesting before the new labels go to print.", "'need' as a technical prerequisite"),
   ("N", "Your production plan shows the labels printing on 3 June, so we would need the samples by 20 May to return results in time.", "deadline worked back from the prospect's own date")],
  [("N", "I apologise for the slow reply; our lab manager was away last week, and she has now confirmed the turnaround.", "borderline: a single courtesy apology for a real delay, with the reason"),
   ("N", "Could your team courier the samples chilled to our Leeds lab, or would you prefer us to collect them?", "plain logistics question")])

# 10
email("night porter cover for the greystone hotel", "blunt", "Overnight cover", "Mr Patel,", "Steve Mullen\nNightwatch Staffing",
  [("H", "That's four emails now about overnight cover, and my system tells me you've opened every one of them.", "counts the attempts and points at opened-but-unanswered emails"),
   ("HS", "I gave up two evenings to build a rota around your events calendar, which I've attached, so a straight answer is surely not too much to ask.", "attached rota plus the rep's effort offered as guilt for a reply")],
  [("N", "The rota covers every night from 11pm to 7am, with two porters on the nights you have weddings.", "product detail tied to the hotel"),
   ("H", "The rate is £19.50 an hour per porter, including holiday pay, and I'll want the signed contract back by tomorrow night if you're serious.", "price plus a deadline with no reason"),
   ("H", "A hotel that leaves its front desk empty overnight is asking for trouble, and you know it.", "shames the prospect's judgement")])

# 11
email("newt fencing for the wrenfield ponds project", "warm", "Fencing for the new ponds", "Hi Joanna,", "Warm wishes,\nNell",
  [("N", "So sorry to hear the top pond was vandalised over the winter; I know how many spring evenings the group spent counting newts there.", "sympathy, not self-abasement"),
   ("N", "Fencing along the lane side of the new ponds would stop the newts crossing towards the road during their spring migration, which is where most of last year's losses happened.", "value tied to the project's losses"),
   ("S", "We've been making amphibian fencing in our family workshop for three generations, ever since my grandfather put up his first run in 1952.", "borderline: heritage line with no tie to the project")],
  [("S", "The fence is recycled plastic with a 20 cm overhang, and we were shortlisted for a national conservation award for the design, which we're terribly proud of!", "product detail plus an award boast"),
   ("T", "I've attached a rough layout for the 300 metres of fence, and I hope it's all right that I went ahead; do tell me if I've got it completely wrong.", "attached layout plus approval-seeking"),
   ("T", "The fence can go in before the newts start moving in March, but honestly, mull it over for as long as you like, I'd never want to rush you.", "install timing plus handing over all control of timing")])

# 12
email("nurse tunics for the ouseburn community trust", "formal", "Tender: staff tunics", "Dear Mrs Coleman,", "Yours sincerely,\nPeter Hamlyn",
  [("N", "Further to your procurement notice, I enclose our tender for 1,200 tunics in the trust's four colour grades.", "logistics, the prospect's own process"),
   ("S", "The tunics are made in our Leicester factory, which I might add was opened by a government minister and has won a national manufacturing prize.", "product origin plus a ministerial and award boast"),
   ("HT", "To secure the order, we would reduce the unit price from £18 to £15, but only if the contract is signed by Thursday.", "discount conditioned on the seller's date"),
   ("N", "The fabric withstands 71°C washes, in line with your infection-control specification.", "meets the buyer's specification")],
  [("H", "The sizing samples you requested will arrive on Monday, but navy stock is running very low and I cannot promise it will still be there next week.", "requested samples plus scarcity without a date"),
   ("T", "The embroidered crest adds £2.40 per tunic, for which I must apologise, as I appreciate it is not cheap.", "price detail plus an apology for the price"),
   ("N", "I would be happy to attend your evaluation panel on 9 October, the date given in your notice.", "the prospect's own date")])

# 13
email("oak barrel supply for the glenarrow distillery", "chatty", "Casks for the autumn fill", "Hi Callum,", "Sl\u00e0inte,\nFraser",
  [("N", "Great to meet you at the whisky fair, and thanks again for the dram!", "pleasantry"),
   ("S", "I have to tell you, our cooperage has just won Best New Supplier at a big spirits awards night and the whole team's still celebrating.", "award boast and the seller's celebration"),
   ("S", "Between us, this is the deal I've been most excited about all year, and I'd love to come and see the still house when you're next distilling.", "visit ask plus the rep's own excitement")],
  [("N", "Your plan to fill 60 casks in the autumn suits ex-bourbon American oak, which gives the vanilla notes your new-make tasting was after.", "advice tied to the prospect's plan"),
   ("H", "The price you asked about is £165 a cask delivered, and honestly it'd be daft to wait, because the distilleries that hold off end up scraping for leftovers.", "requested price plus manufactured scarcity"),
   ("H", "Delivery would be the first week of September, and I'll get the pro forma over to your accounts team tomorrow so we can lock it in.", "delivery date plus payment paperwork sent before a yes")])

# 14 (clean)
email("orchard ladders for the cowley fruit farm", "warm", "Ladders for the pear blocks", "Hello Tom,", "All the best,\nRuth",
  [("N", "Thanks for walking me round the pear blocks on Tuesday; it was useful to see how steep the bottom rows are.", "thanks with a useful observation"),
   ("N", "On that slope, the tripod ladders with an adjustable back leg will stand level where your current ones rock.", "recommendation tied to the site"),
   ("N", "Twelve ladders in the 10-foot size come to £1,560, including delivery before your picking starts on 25 August.", "price and the prospect's own date")],
  [("N", "Would it help if I brought one out for your pickers to try next week?", "plain offer"),
   ("N", "Either way, I'll ring you on Monday to hear what they thought of it.", "clear next step")])

# 15
email("oxygen concentrators for the heronsgate respite centre", "very deferential", "Concentrators for the summer weeks", "Dear Mrs Achebe,", "With very best wishes,\nGrace Tilly",
  [("T", "I'm conscious I've taken up far too much of your time already, and I'm sorry to be turning up in your inbox once more.", "apology for following up"),
   ("N", "You mentioned three guests on home oxygen are booked in for the summer weeks.", "the prospect's own situation"),
   ("T", "Here is the spec sheet you wanted, and I'm so sorry it's taken me this long; it was entirely my fault and I feel dreadful about it.", "requested spec sheet plus a self-abasing apology")],
  [("N", "Each unit runs at 40 dB, quiet enough for a bedroom, and the filters only need changing every six months.", "product detail tied to the guests"),
   ("ST", "If it's not too cheeky, could you possibly mention us to the other respite centres in your network, as it would mean the world to me?", "referral favour for the rep, asked with permission-seeking"),
   ("T", "Of course, if the timing isn't right, I completely understand and won't trouble you again.", "releases the prospect without a single question")])

# 16
email("online booking widget for the locksmith's riddle escape room", "terse", "Late-night bookings", "Kat,", "Jon",
  [("N", "Your booking log shows 31% of inquiries arrive after 9pm, when nobody's there to answer the phone.", "figure from the prospect's own data"),
   ("H", "Setup takes one afternoon, so I've already created your account and scheduled go-live for Monday morning.", "product detail plus a go-live booked before a yes"),
   ("S", "Built in-house, used by 900 venues, backed by two of the biggest hospitality investors in the country, and rated the favorite booking tool of escape room organizers.", "usage and investor boast")],
  [("S", "The onboarding call is free, and our founder still takes the first one himself because he's so proud of what we've built.", "onboarding offer plus the founder's pride"),
   ("HS", "The rate is £89 a month with no setup fee, and my manager has only signed it off for this week, so I need a yes by Friday.", "monthly rate plus the manager's approval as the reason for a Friday deadline")])

# 17
email("outdoor cinema screen hire for the bassenthwaite village green", "chatty", "Film night screen", "Hiya Meg,", "Cheers,\nJess",
  [("T", "Only me again, wondering if the screen idea had made it onto the committee's radar yet!", "follow-up with no purpose beyond checking in"),
   ("N", "For 200 people on the green, the 8-metre inflatable screen stays readable from the back row, even before it's fully dark.", "product detail tied to the event"),
   ("T", "The full quote is £1,150 for the night with the sound rig, and I'm sorry it's on the pricey side, so I'm happy to take £150 off straight away.", "requested quote plus an apology for the price and an unprompted discount")],
  [("S", "Also, would you be up for giving us a shout-out on the village Facebook page beforehand, as we're trying to grow our following?", "favour for the seller's marketing"),
   ("N", "The film licence is included, so there's nothing extra for the committee to arrange.", "logistics"),
   ("T", "No worries at all if it's a no, I'll totally get it!", "releases the prospect pre-emptively")])

# 18
email("oven cleaning for the northfell school kitchens", "formal", "Combi oven cleaning before your inspection", "Dear Mr Whitworth,", "Yours sincerely,\nDiane Ferris",
  [("N", "Your environmental health inspection is scheduled for 12 May, and the inspectors will look closely at the grease in the combi ovens.", "the prospect's own date"),
   ("N", "Our team can clean all six kitchens over the Easter holiday, when the ovens are cold and the halls are empty.", "plan tied to the schools' calendar"),
   ("H", "Frankly, any catering manager who goes into an inspection with ovens in that state is inviting a poor score, and the governors will want to know why.", "shames the prospect's judgement")],
  [("HS", "I went out of my way to squeeze your schools into our Easter schedule, turning away two other clients, so I would expect a decision from you this week.", "the rep's sacrifice offered as guilt for a decision"),
   ("S", "We can provide the hygiene certificates your inspector asks for, and we are, after all, the contractor trusted by more schools across the north than any other.", "certificate offer plus a generic boast"),
   ("N", "Please let me know which dates suit your site managers.", "plain logistics ask")])

# 19 (clean)
email("pigeon netting for the harbourgate station canopy", "blunt", "Netting for platforms 2 and 3", "Hi Alan,", "Regards,\nNeil",
  [("N", "I've been through the droppings survey you sent, and the worst build-up is above platforms 2 and 3.", "finding from the prospect's own survey"),
   ("N", "Netting only those two bays would cost £8,400 and deal with about 80% of the mess your cleaners reported.", "price tied to the prospect's own data"),
   ("N", "Network Rail's possession for the canopy works is booked for the weekend of 15 June, and we can only work at height during a possession.", "borderline: a real external constraint stated once with its reason")],
  [("N", "I'd recommend netting both bays then rather than waiting for next year's full-canopy budget.", "confident recommendation"),
   ("N", "Can you confirm by the 30th whether you want the two-bay option, so I can book the crew into that possession?", "clear next step with a date and an external reason")])

# 20
email("plaster cornice restoration for the bath street assembly rooms", "warm", "The ballroom cornice", "Dear Fiona,", "With best wishes,\nAnnie Holt",
  [("N", "Thank you for showing me the ballroom ceiling; it really is a remarkable piece of Regency work.", "thanks and pleasantry"),
   ("N", "The cornice has lost about four metres of its egg-and-dart run near the stage, and we can take moulds from the surviving section so the new run matches exactly.", "expert detail tied to the ceiling"),
   ("S", "I should mention that my workshop has restored ceilings at two royal palaces and was featured in a television series on heritage crafts.", "credentials boast with no tie to this ceiling"),
   ("T", "I hope that doesn't come across as showing off, and I'd hate for you to think less of us.", "needs the prospect's approval")],
  [("N", "For your reopening on 1 September, we'd need to start casting by mid-June.", "deadline worked back from the prospect's own date"),
   ("ST", "Our day rate is normally £340, but it would mean an awful lot to me personally to work on this ceiling, as I grew up going to dances there, so I've dropped it to £290 in case that helps.", "day rate plus the rep's personal stake and an unprompted discount"),
   ("T", "I can bring the mould samples round on Wednesday afternoon, and sorry again for going on at such length!", "meeting offer plus an apology for the email's length")])

# 21
email("patio heater hire for the thistledown wedding barn", "chatty", "Heaters for the winter weddings", "Hi Rosie,", "Cheers,\nDan",
  [("N", "Thanks for the floor plan of the courtyard.", "thanks"),
   ("H", "Half the wedding venues in the valley have already booked their heaters with us for winter, and couples do notice which barns are freezing.", "peers who already booked, used as fear of missing out"),
   ("H", "Eight heaters at £45 each per night would cover the courtyard, but I've only got a handful left for December and once they've gone, they've gone.", "product detail and price plus scarcity without a date")],
  [("S", "Between you and me, the boss is hoping this is the winter that gets us onto the big wedding circuit.", "the seller's own ambitions"),
   ("H", "The gas bottles come with the heaters, and I've set up a payment link for the deposit so the units are yours the moment it clears.", "product detail plus a payment step before a yes")])

# 22
email("podiatry chairs for the stepwell foot clinic", "formal", "Treatment chairs for your Harrogate clinic", "Dear Mr Osei,", "Yours sincerely,\nClare Dunmore\nPodiquip Ltd",
  [("N", "Thank you for your enquiry about replacing the two treatment chairs in your Harrogate clinic.", "thanks"),
   ("S", "Podiquip has supplied over 4,000 clinics since 1979 and was voted the UK's favourite podiatry brand by the readers of three trade magazines.", "years in business and rankings boast"),
   ("S", "The Apex chair offers memory positions, a heated seat, Bluetooth foot-pedal control, USB charging, ambient lighting, a tablet arm and a choice of 24 upholstery colours.", "feature list with no tie to the clinic"),
   ("N", "Its lowest seat height of 48 cm would let your older patients sit down without the step they struggle with at present.", "product detail tied to the patients")],
  [("T", "You asked about a price for two chairs, which is £7,900 each, but on any reduction I will need to check with my sales director first.", "requested price plus deferring a discount question to a manager"),
   ("S", "I am also posting you our new 60-page brochure so you can read the full Podiquip story.", "invites the prospect to read the company's story")])

# 23
email("parcel lockers for the kingfisher student halls", "chatty", "640 parcels in a week", "Hey Ben,", "Cheers,\nAaron",
  [("N", "Your reception team logged 640 parcels in the first week of term, which is a lot of signing at one desk.", "figure from the prospect's own data"),
   ("N", "A 120-door locker bank by the main entrance would let students collect at any hour with a code sent to their phone.", "product tied to the prospect's problem"),
   ("HS", "I'm in a sales contest that finishes on the 30th and this deal would put me over the line, so could we get it signed before then?", "signing date set by the rep's sales contest")],
  [("H", "Every week this waits is another 20 staff hours lost to the parcel queue, and that's money you're pouring away.", "borderline: cost of delay used to push, with a plausible figure"),
   ("T", "The 120-door bank is £14,500 installed, but tell me the figure your budget can stretch to and I'll make the numbers fit.", "price plus asking the buyer to name their own figure"),
   ("N", "I'm in the building on Thursday for another client, so I could show you the locker screen at 2pm.", "clear next step")])

# 24 (clean)
email("pharmacy dispensing robot for the wellspring pharmacy", "formal", "Dispensing robot for Northgate", "Dear Mr Lindahl,", "Kind regards,\nSofia Brandt",
  [("N", "Thank you for the dispensing figures from your three branches.", "thanks"),
   ("N", "At 5,200 items a week in the Northgate branch, the robot would free roughly 30 staff hours a week, based on the picking times your own team recorded.", "figure from the prospect's own data"),
   ("N", "The current price is held until 31 March, after which the manufacturer's new list prices apply.", "borderline: price expiry stated once, with the manufacturer's reason")],
  [("N", "Before we get to price, could we check that those 30 hours would really go back into patient consultations, since that is what makes the investment worthwhile?", "redirects to value before price"),
   ("N", "Would Tuesday at 9 work for a call with your superintendent pharmacist?", "clear next step with a date")])

# 25
email("photo booth hire for the rotary charity ball", "chatty", "Photo booth for the ball", "Hi Margaret,", "Best wishes,\nPaula",
  [("T", "Floating this back to the top of your pile in case it slipped past you!", "follow-up whose only purpose is to nudge"),
   ("N", "The booth prints two strips per guest, so each of your 180 guests would take home a keepsake with the ball's logo on it.", "value tied to the event"),
   ("S", "We're so excited, this would be our first ever Rotary event and it would look brilliant in our portfolio.", "the seller's excitement and portfolio")],
  [("ST", "As it's for charity, I'd happily drop our fee to whatever you think is fair, and all we'd ask in return is a glowing review on our Google page.", "borderline: open-ended discount offered to win a review"),
   ("T", "If you send me the ball's colours, I'll have a mock-up of the print layout with you by Friday, and sorry again for chasing!", "mock-up offer plus an apology for following up")])

# 26
email("printer fleet management for the corbridge grammar school", "blunt", "47 printers", "Mr Rahman,", "Mark Gill",
  [("N", "Your own audit counted 47 printers across the school, from nine different manufacturers.", "the prospect's own data"),
   ("N", "Consolidating to 15 managed devices would cut your toner spend by around a third at the volumes in that audit.", "value from the prospect's own audit"),
   ("H", "I won't dress it up: the school is burning money every day this sits in a tray, and the bursar ought to be embarrassed by those numbers.", "shaming and a push over delay")],
  [("H", "I've copied your head teacher in on the savings breakdown, since it doesn't seem to be moving at your level.", "savings breakdown plus going over the prospect's head"),
   ("S", "Our engineers respond within four hours, and we've been the fastest-growing managed print company in the North East two years running.", "response time plus a growth-ranking boast"),
   ("HS", "Full disclosure, my director is measuring me on this account, so I need the agreement back by the end of the month.", "the rep's director as the reason for a month-end deadline"),
   ("N", "The agreement is attached.", "borderline: logistics line inside a pushy email stays NONE")])

# 27
email("quay crane inspection for the tarbert fish harbour", "non-native English", "Crane thorough examination", "Dear Mr MacLeod,", "Best regards,\nLars Haugen",
  [("N", "Thank you for the meeting last week at the harbour office.", "thanks"),
   ("N", "By the LOLER rules the crane must have thorough examination every twelve months, and your last certificate is from 2 March last year.", "regulation stated as fact"),
   ("T", "I am very sorry if my English is not so good and if I ask too many questions, I don't want to disturb you.", "self-abasing apology for normal selling"),
   ("S", "Our company is the oldest crane inspection company of Norway and we have inspected more than ten thousand cranes in our history.", "age and volume boast")],
  [("T", "The price for the inspection is £1,200 as you asked, but if this is too high for the harbour, please tell me your budget and I make it fit.", "requested price plus a name-your-budget concession"),
   ("T", "Maybe if you have some time, perhaps we could possibly find a date in February, only if it is convenient for you.", "meeting ask plus stacked hedges")])

# 28
email("queue barrier posts for the lanyon castle visitor centre", "terse", "Barrier posts quote", "Hi Gwen,", "Kev",
  [("H", "Quote for 40 retractable posts in heritage green attached, as requested, and it's good until Friday, not a day longer.", "requested quote plus a deadline with no reason"),
   ("S", "Biggest barrier supplier in the South West, by the way.", "generic boast"),
   ("H", "Lanyon's the last castle on the Trust's list that hasn't switched to us.", "peers who already switched, used to shame"),
   ("N", "The posts fold flat into a storage trolley for winter.", "product detail"),
   ("H", "Fitter's in Truro on the 12th, so I'll put you down for that unless you shout.", "fitting date plus a booking assumed from silence")])

# 29 (clean)
email("quarterly bookkeeping for the shear elegance hair salons", "chatty", "Bookkeeping for three salons", "Hi Chantelle,", "Speak soon,\nRach",
  [("N", "Lovely to chat on Friday, and congratulations again on opening the third salon!", "pleasantry"),
   ("N", "With three sites, your VAT return for the quarter is due on 7 August, so we'd want receipts from all three by 20 July.", "real external date worked back to a plain ask")],
  [("N", "Just a heads-up that your new card readers export straight into our software, so your managers won't have to type anything in.", "borderline: one polite 'just', not timidity"),
   ("N", "Would it help if I came to the Headingley salon one morning to set up the exports with your manager?", "plain offer"),
   ("N", "I'll ring you next Wednesday to see which morning works.", "clear next step")])

# 30
email("quarry vibration monitoring for the helmsdale stone quarry", "formal", "Vibration monitoring at Braeside Road", "Dear Mr Grant,", "Yours faithfully,\nMichael Strachan",
  [("N", "Thank you for your letter about the complaints from residents on Braeside Road.", "thanks"),
   ("N", "Two monitors at the nearest houses would give you a continuous record of ground vibration for every blast, which is what the council's planning condition asks for.", "value tied to the prospect's planning condition"),
   ("HT", "The two monitors come to £6,800 installed, and I can take 15% off that if you order before our offer closes at the end of this week.", "price plus a discount conditioned on the seller's date")],
  [("H", "I should warn you that if the complaints reach the council before our monitors are in, the quarry's licence could be at risk, and that would rest with you.", "fear and blame used to push"),
   ("T", "A map of the proposed monitor positions is enclosed, and I do hope this letter doesn't strike you as too forward.", "enclosed map plus approval-seeking about normal selling"),
   ("S", "Our monitoring division, which would also handle the monthly reports for the council, has twice received an industry innovation award.", "reporting offer plus an award boast"),
   ("N", "I would be glad to visit the site on 4 March, the day of your next scheduled blast.", "next step on the prospect's own date")])

# 31
email("robotic lawnmowers for the larkfield golf club", "chatty", "Robots for the rough", "Hi Gareth,", "Cheers,\nMatt",
  [("N", "Thanks for sending the course map with the rough areas highlighted in color.", "thanks"),
   ("S", "I've got to say, these mowers are the coolest thing I've ever sold and I still get a kick out of watching them.", "the rep's own excitement"),
   ("S", "Six of them would handle your 14 hectares of rough, and they've got GPS mapping, rain sensors, an app, anti-theft alarms, LED headlights, edge cutting, slope control and over-the-air updates.", "sizing for the course plus a feature dump"),
   ("N", "That would free up the greenkeeper who currently spends three days a week on the rough.", "value tied to the club")],
  [("HS", "We can have them installed within a fortnight, and since my commission resets on the 1st, getting this over the line before then would really help me out.", "install lead time plus the rep's commission as the reason for a date"),
   ("H", "Plenty of clubs in the county have already gone robotic, and their members have noticed, if you catch my drift.", "peers who already switched, used to shame")])

# 32
email("railway sleeper supply for the greenleaf landscape gardeners", "very deferential", "Oak sleepers for Cheviot Road", "Dear Mr Brennan,", "Kind regards,\nOlly Stephens",
  [("T", "I'm sorry to be writing again so soon, and I really hope I'm not making a nuisance of myself.", "apology for following up"),
   ("N", "The 60 oak sleepers for the Cheviot Road garden are in stock at our Alnwick yard.", "logistics"),
   ("T", "They come to £2,100 delivered, which I know may seem a lot, so I'd be very happy to knock 10% off if you'd like.", "price plus an unprompted discount")],
  [("N", "They're new oak rather than reclaimed, so there's no creosote to worry about in a family garden.", "product detail tied to the project"),
   ("ST", "I'm quite new in the job and my manager is watching how my first orders go, so it would really help me to win this one.", "the rep's standing pleaded as a reason, no date"),
   ("T", "I'll quite understand if you've already found someone better than me.", "self-abasement")])

# 33
email("rig inspection for the whirligig circus school", "warm", "Aerial rig certificate", "Hi Suki,", "Take care,\nBex",
  [("N", "It was great to see the trapeze class in full flow last week.", "pleasantry"),
   ("N", "As I mentioned, the aerial rig's certificate runs out on 30 April, and your insurer won't cover classes after that without a new one.", "borderline: a real external constraint stated once with its reason"),
   ("HS", "I've turned down two other jobs that week to keep the slot open for you, so I'd really appreciate a yes in the next couple of days.", "the rep's sacrifice used as guilt for a quick yes")],
  [("H", "The inspection takes a morning and tests every shackle under load, and you'll be needing a full re-rig anyway, trust me, so there's no point getting other quotes.", "service detail plus a 'you need' directive that shuts down the prospect's own process"),
   ("S", "We're also the only rig inspectors in the country who perform too, which clients always love!", "generic boast")])

# 34 (clean)
email("reupholstering the auditorium seats at the electric cinema", "formal", "Auditorium seating", "Dear Ms Varga,", "Yours sincerely,\nHenrik Moss",
  [("N", "Thank you for letting us inspect the auditorium on Monday.", "thanks"),
   ("N", "Of the 212 seats, 58 have torn covers and 11 have broken springs, so we would recover all 212 for an even finish and rebuild the 11.", "recommendation backed by the inspection"),
   ("N", "Your closure for the projector upgrade runs from 2 to 16 February, and the work fits inside that fortnight.", "the prospect's own dates")],
  [("N", "Re-covering only the 58 torn seats is also possible, though the new fabric would look brighter beside the older covers.", "an option with its trade-off, not a price concession"),
   ("N", "I will send both options, with fabric samples, by Friday.", "clear next step with a date")])

# 35
email("reed bed maintenance for the marshside wetland centre", "chatty", "Reed cutting this winter", "Hi Josh,", "Cheers,\nAmy",
  [("T", "Sorry, me again!", "apology for following up"),
   ("T", "Just wondering if you'd had any thoughts at all on the reed cutting, which I could start in November, and please don't feel you owe me an answer.", "proposed start month plus a checking-in nudge and minimising"),
   ("N", "Cutting a third of the bed each winter keeps the bittern habitat while stopping the silt building up.", "insight tied to the reserve")],
  [("HT", "The cut reed can go to the thatcher in the village at no disposal cost, and I'll do 20% off the cutting if you book by Friday.", "no-cost disposal plus a discount tied to the seller's date"),
   ("H", "I'll give you a ring tomorrow and the day after, and pop into the visitor centre on Saturday, so we can get it sorted.", "multi-channel chasing")])

# 36
email("refrigerant leak checks for the fairway supermarkets", "formal", "F-gas leak checks", "Dear Mrs Doyle,", "Yours sincerely,\nBrian Kemp\nCoolGuard Refrigeration",
  [("N", "Under the F-gas regulations, cabinets holding more than 50 tonnes CO2-equivalent must be leak-checked every six months.", "regulation stated as fact"),
   ("N", "Your maintenance log shows the Westfield store missed its check in September.", "the prospect's own data"),
   ("S", "I am delighted to share that CoolGuard has just been ranked among the 50 fastest-growing engineering businesses in Britain.", "ranking boast")],
  [("H", "Other chains in the county have already moved their checks to us, and I would hate Fairway to be the one explaining a leak to the Environment Agency.", "peers who already switched, used with a veiled threat"),
   ("H", "To close that September gap, I have asked our engineers to attend Westfield on Monday and will raise the first invoice once they finish.", "the prospect's own gap plus a visit and invoice arranged before a yes"),
   ("S", "We would also love to feature Fairway as a flagship client in our next case study, with your logo on our website.", "case study and logo favour for the seller"),
   ("N", "Please let me know who should meet our engineers on site.", "logistics")])

# 37
email("roller shutter servicing for the parade row shops", "non-native English", "Shutters at Parade Row", "Dear Mr Shah,", "Regards,\nAhmet Yilmaz",
  [("N", "On Tuesday I visit your shops and check all the shutters.", "context"),
   ("N", "Two motors are very old and the spring on shop 4 is broken, so this shutter can fall if somebody open it by hand.", "inspection finding stated as fact"),
   ("H", "After what I see, I tell you clearly: you must change all nine motors now, there is no other way.", "borderline: 'you must' directive after a real inspection")],
  [("HST", "I make you special price, £3,400 for all, but I need your answer before Friday because my boss close the month and he want this job in the list.", "discount tied to a date set by the boss's month end"),
   ("S", "If you agree, we can start on Monday after the shops close, and do not worry, my company is number one for shutters in all the city, everybody know us.", "start date plus a generic boast")])

# 38 (clean)
email("ride-on scrubber dryers for the ironbridge distribution centre", "blunt", "Scrubbers for the night shift", "Hi Karen,", "Thanks,\nPete",
  [("N", "Your floor plan shows 22,000 square meters of aisle, which two ride-on scrubbers would cover in a single night shift.", "sizing from the prospect's own plan"),
   ("N", "They run on lithium batteries, so you won't need the charging bay the old lead-acid machines took up.", "'need' in a harmless sense"),
   ("N", "I'd recommend buying rather than leasing, because at your utilization the lease costs more than the machines within three years.", "confident recommendation with the reasoning"),
   ("N", "Can we put the demo in on Thursday night's shift, when the aisles are clear?", "clear next step")])

# 39
email("recording studio time for the calderbrook community choir", "warm", "Recording the album", "Dear Helen,", "Warmly,\nSam",
  [("N", "Congratulations on the choir's win at the Halifax festival; that Rutter arrangement was gorgeous.", "pleasantry"),
   ("N", "For thirty voices and piano, our live room would let you record the whole album over two Saturdays.", "value tied to the choir"),
   ("T", "Two Saturdays come to £960 including mixing, and I'm sorry it isn't cheaper, I know it's a lot for a community choir.", "price plus an apology for the price")],
  [("S", "Our studio has hosted so many famous names over the years, from chart bands to a couple of Oscar nominees!", "celebrity boast"),
   ("ST", "It would honestly make my year if you booked with us, so I'd be happy to waive the engineer's fee if that helps you decide.", "the rep's feelings and an unprompted concession"),
   ("N", "Would you like to come and hear the room on a Tuesday evening, after your rehearsal?", "plain invitation")])

# 40
email("rooftop solar array for the westgate bus depot", "formal", "Solar for the Westgate depot", "Dear Councillor Adeyemi,", "Yours sincerely,\nEleanor Marsh\nHead of Public Sector, Brightfield Solar",
  [("N", "Thank you for sharing the depot's electricity bills for the past two years.", "thanks"),
   ("N", "The roof faces south and could carry about 400 kW of panels, which on your daytime usage would cover around 45% of the depot's demand.", "value from the prospect's own bills"),
   ("N", "Grid connection applications in this area are taking around five months, so an application lodged in March would allow installation in the autumn.", "real external lead time stated as information")],
  [("S", "I am proud to say that Brightfield has installed more solar capacity than any other firm in the region, and our chairman sits on a government net-zero advisory board.", "regional ranking and chairman boast"),
   ("H", "With respect, a council that has declared a climate emergency and still has no panels on its own bus depot will struggle to explain that to voters.", "shames the prospect"),
   ("HS", "Our draft contract is enclosed, and as my board reviews our public-sector pipeline at quarter end, I would ask you to take it to committee before then.", "enclosed contract plus a date set by the seller's board and pipeline")],
  [("T", "I apologise for the length of this letter, and would welcome the chance to present the figures to your environment committee on 22 January, the date your clerk suggested.", "meeting ask on the prospect's own date plus an apology for the length")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s88e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s88-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed88: held-out sales emails for the Poise tone coach\n")
    R.append("> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the eleventh session) from the labelling guide alone, after that session's Apply gate, which it was\nwritten to judge, and measured first on that code (rules + model macro-F1 0.898: hard_close 0.828, self_serving 0.936,\ntimidity 0.930; 1 of 102 clean sentences flagged; email agreement 0.925 / 0.950 / 0.950).\n")
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
    R.append("- Every third email (s88e003, s88e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
