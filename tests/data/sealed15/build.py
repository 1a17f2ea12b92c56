#!/usr/bin/env python3
"""Build the sealed15 evaluation set for the Poise tone coach.

Every sentence below was written by hand from the labelling guide (LABELS.md) alone.
Codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combined, e.g. "HS").
A note starting with "borderline:" marks a sentence decided by one of the guide's borderline rules.
Email labels are derived with the guide's email-level scale; there are no hand overrides.
Every third email (s15e003, s15e006, ...) is written with curly apostrophes.
"""
import json, os, collections

OUT = os.path.dirname(os.path.abspath(__file__))
ORDER = [("H", "hard_close"), ("S", "self_serving"), ("T", "timidity")]

EMAILS = []

def E(industry, register, subject, salutation, signoff, *paras):
    EMAILS.append(dict(industry=industry, register=register, subject=subject,
                       salutation=salutation, signoff=signoff, paras=paras))

# 1
E("scaffolding", "formal", "Harcourt Street scaffold: quote and programme", "Dear Ms. Okafor,", "Kind regards,\nDaniel Reyes\nReyes Access Ltd",
  [("N", "Thank you for walking me around the Harcourt Street site on Tuesday.", "greeting"),
   ("N", "Based on the elevations you shared, a tube-and-fitting system with two loading bays would let your bricklayers work both faces at once.", "value tied to prospect's site"),
   ("H", "The quote for the twelve-week hire is attached, and I've already pencilled your crew in for the 3rd, so I'll send the deposit invoice tonight.", "legit attachment + assumptive invoice before a yes")],
  [("S", "The twelve-week price includes weekly scaffold inspections and handover certificates, and we were voted regional access contractor of the year twice running.", "legit product detail + award boast"),
   ("N", "The council takes around fifteen working days to issue the pavement licence, so lodging it next week keeps your own start date of 1 March intact.", "borderline: rule 4, real permit lead time stated once with reason, prospect's date"),
   ("HS", "My contracts manager wants this locked in before our financial year closes on the 31st, so I'd appreciate the signed order by then.", "rule 16: signature date for the seller's manager/year end")])

# 2
E("bakery equipment", "chatty", "That deck oven", "Hi Marco,", "Cheers,\nPriya",
  [("N", "Great to meet you at the trade show, and your sourdough was the best thing I ate all weekend!", "pleasantry"),
   ("T", "I've attached the oven spec sheet you asked for, but honestly ignore it if the timing's rubbish with the new shop.", "legit attachment + permission to ignore"),
   ("N", "The deck oven we talked about holds four trays of 600x400, which covers your Saturday bake in two loads instead of three.", "concrete value for the prospect")],
  [("T", "The list price is £8,400 installed, though I might be able to shave a bit off that if it would maybe help at all?", "legit price + unprompted hedged discount"),
   ("H", "Half the bakeries on your high street have moved to this oven already, and you don't want to be the last one baking in three loads.", "peers already switched, shaming"),
   ("H", "Would Thursday morning work for a demo bake at our showroom in Leyton, and I'll have the order form filled in so you can sign on the spot?", "legit demo ask + assumptive signature")])

# 3 (curly)
E("legal e-discovery", "formal", "Hartwell matter: review platform scoping", "Dear Mr. Lindqvist,", "Yours sincerely,\nHelen Marsh\nSenior Consultant, Lexrow Discovery",
  [("S", "Following our call, I've set out below how the review platform would handle the 1.2 million documents in the Hartwell matter, exactly the kind of case that keeps winning us industry plaudits.", "legit scoping + generic boast"),
   ("N", "Continuous active learning would put the most responsive documents in front of your associates first, which on a set that size typically halves first-pass review hours.", "value tied to the matter"),
   ("S", "Our platform offers predictive coding, near-duplicate detection, email threading, language detection, redaction, privilege logging, production stamping and a mobile reviewer app.", "feature dump")],
  [("N", "The court's production deadline of 14 April is fixed, so ingestion would need to begin by the 20th of this month to leave room for quality control.", "borderline: rule 4, real external deadline with reason"),
   ("HS", "I've given up a good many of my own evenings to this scoping, so I'd expect at least the courtesy of a decision this week.", "rule 15: seller's effort as guilt + demand"),
   ("T", "The full proposal is attached, with apologies for the length of this email and for the price, which I know is more than you hoped.", "legit attachment + apology for length and price")])

# 4 clean
E("greenhouse glass", "terse", "North span panes", "Hi Tom,", "Thanks,\nGwen",
  [("N", "Quote for the 38 replacement panes attached, 4mm horticultural toughened.", "logistics"),
   ("N", "Lead time is nine working days from order.", "logistics"),
   ("N", "Your foreman mentioned the north span leaks at the ridge, so we'd reseal that on the same visit at no extra labour.", "value tied to prospect's problem"),
   ("N", "Can I book the survey for Wednesday the 12th at 8am?", "clear next step with date"),
   ("N", "If the ridge bars turn out to be corroded, we'll show you on the day before touching anything.", "reassurance, logistics")])

# 5
E("kayak hire", "warm", "Summer paddling for Year 9", "Hi Sinead,", "Warmly,\nCallum at Riverbend Paddle",
  [("N", "It was lovely to hear how much your Year 9s enjoyed the taster session on the river.", "pleasantry"),
   ("H", "For the summer programme, our instructors can run three ninety-minute sessions a day, so all 84 students get on the water within one week, and frankly no school that cares about its pupils would think twice.", "legit capacity detail + shaming clause"),
   ("T", "I really hope the quote doesn't come across as too much, and please forgive me if I've misjudged your budget.", "approval-seeking + apology for price")],
  [("T", "Lifejackets, helmets and wetsuits are all provided, and we could probably drop the equipment fee entirely if that makes things easier for the school.", "legit product detail + unconditional concession"),
   ("N", "Sorry to hear the minibus fell through, by the way; we can collect the group from the school gate in our own van.", "sympathy, not self-abasement"),
   ("H", "Summer weeks are vanishing by the hour, so if you don't grab one today you'll be left with nothing.", "manufactured scarcity")])

# 6 (curly)
E("museum lighting", "very deferential", "Gallery track heads for the textiles room", "Dear Dr. Abernathy,", "With my most humble regards,\nStefan Kowalczyk",
  [("T", "I do hope you'll forgive me for writing again, and I'm so very sorry to take up more of your valuable time.", "repeated self-abasing apology for following up"),
   ("T", "The spectral data for the gallery track heads is attached, showing UV output under 10 microwatts per lumen, and I'd be ever so grateful if you could glance at it whenever a free moment might present itself.", "legit attachment + 'whenever you get a chance' minimising"),
   ("N", "The heads hold colour temperature within 50 kelvin across the whole dimming range, which matters for the tapestries you mentioned.", "product detail tied to prospect")],
  [("T", "Might it perhaps be conceivable, if it isn't any trouble, to try one fitting in the textiles room at some stage?", "stacked hedges + permission-seeking"),
   ("S", "I can send references from two conservators, and we have lit more than two hundred galleries across Europe and won the Lux Award in 2023 and 2024.", "legit offer of references + generic boast")],
  [("T", "P.S. Please don't feel under any obligation whatsoever to respond.", "minimising, releasing the prospect")])

# 7
E("cold-chain trucking", "blunt", "Leeds reefer runs", "Rob,", "Gary",
  [("N", "You said the Leeds depot needs a reefer run every Tuesday and Friday from April.", "restating prospect's need"),
   ("N", "We can cover both with a 13.6m trailer holding 2 to 8 degrees, with temperature logs emailed after every drop.", "concrete offer"),
   ("H", "This is the fourth time I've sent you this rate card, and the read receipts show you opened all four.", "rule 13: counting attempts + read receipts")],
  [("HS", "I've held two trucks for your Tuesday and Friday runs, but I went out on a limb with our ops director to do it, so the least you owe me is a yes or no by Friday.", "legit hold + rule 15: seller's standing/favours pulled as guilt + demand"),
   ("H", "The rates are attached as you asked, so send the PO over today and I'll get the driver rostered.", "legit attachment + assumptive PO demand before a yes")])

# 8
E("dental lab milling", "non-native English", "Zirconia crowns in 24 hours", "Dear Dr. Patel,", "Best regards,\nAndrei Popescu\nDentalMill SRL",
  [("N", "Thank you for the meeting last week in your clinic.", "greeting"),
   ("N", "Our 5-axis mill can produce zirconia crowns in 24 hours, so your patients will not need the temporary crown for two weeks like now.", "value tied to prospect's patients"),
   ("S", "Our company is existing since 1987 and is family business in the third generation.", "borderline: rule 8, heritage line")],
  [("HS", "Please, I must close this contract before end of the month because my boss is checking my numbers.", "rule 16: month-end date for seller's boss/numbers"),
   ("T", "The price for 50 crowns per month is 42 euro each, and if price is problem, you tell me which number is okay for you and we make it.", "legit price + name your number"),
   ("H", "I send you the sample crown with the courier on Monday, and I put the invoice already inside the box so you can pay when it arrives.", "legit sample + assumptive invoice before a yes")])

# 9 (curly)
E("stage rigging", "chatty", "Flying the LED wall at the Corn Exchange", "Hey Jess,", "Cheers,\nLiam",
  [("N", "Thanks for sending the venue drawings, and good news: the grid at the Old Corn Exchange is rated for 500kg per point, plenty for your flown LED wall.", "value tied to prospect's show"),
   ("N", "We'd hang it on four 1-tonne chain hoists with a load cell on each, so your production manager sees live weights on a tablet.", "concrete detail"),
   ("S", "We'd send the rigging plan to the venue's technical manager for sign-off, and honestly it'd be amazing for our showreel if we could film the load-in and write your show up as a case study.", "legit logistics + case-study favour for the seller, no value delivered yet")],
  [("H", "Every other touring company on the circuit has gone motorised by now, so you'd look pretty old-school sticking with manual.", "peers + shaming"),
   ("S", "Can we pencil the site visit for Monday the 9th at 2, so I can walk you through every West End show we've rigged this year?", "legit meeting ask + 'hear our story' (rule 9)")])

# 10
E("waste oil collection", "terse", "Waste oil pickups, three sites", "Hi Dev,", "Dean",
  [("N", "Collection quote for your three sites attached, at 4p a litre.", "logistics"),
   ("H", "Your three sites fit our Tuesday round, and I'll book the first pickup for the 2nd unless I hear otherwise by Wednesday.", "legit detail + silence means we go ahead"),
   ("N", "The Environment Agency's digital waste tracking rules start in October, so your consignment notes will have to be electronic from then.", "borderline: rule 4, real regulation stated once with reason"),
   ("T", "Sorry again for all the emails, I know I'm probably being a pain.", "self-abasing apology for following up"),
   ("H", "Your kitchens can't do without this service, end of story.", "directive 'you need this'")],
  [("H", "P.S. Transfer notes come with every collection, and I've already told our driver you're on his Tuesday round.", "legit detail + assumptive booking before a yes")])

# 11 clean
E("surveying drones", "warm", "Quarry stockpile survey", "Hi Farah,", "Best,\nOwen",
  [("N", "Thanks for the quick reply about the quarry survey.", "pleasantry"),
   ("N", "Following up on the volume figures you asked for: our last flight over a site of similar size measured the stockpiles to within 1.5%.", "single follow-up adding something new"),
   ("N", "That would let your weighbridge team reconcile stock monthly instead of once a quarter.", "value tied to prospect"),
   ("N", "Flights near the A-road need a CAA permission that takes about ten days, so if you'd like the 22nd, I'd file it this Friday.", "borderline: rule 4, real external lead time tied to prospect's date"),
   ("N", "Would Thursday at 11 suit a short call with your site manager to agree the flight zones?", "clear next step")])

# 12 (curly)
E("wedding florists (wholesale)", "chatty", "June roses for your weddings", "Hi Bella,", "Lots of love,\nRosie x",
  [("N", "Loved the arch you did for the Ashdown wedding, the photos are all over Instagram!", "pleasantry"),
   ("N", "For your June weddings, we can buy garden roses at the Tuesday auction in Aalsmeer, which gives you three days of vase life before each Saturday.", "value tied to prospect"),
   ("HT", "The Dutch roses would come in at £1.10 a stem, and if you confirm your standing order by this Friday I'll knock 15% off the whole season for you.", "legit price + rule 7: discount conditioned on seller's date")],
  [("T", "I totally get it if you're happy with your current supplier, so don't feel you have to reply!", "pre-emptive release"),
   ("S", "We deliver to your studio every Wednesday before 9am, and we're the biggest importer in the South West, featured in Wedding Flowers magazine three times.", "legit logistics + generic boast"),
   ("T", "Our price list for peonies and ranunculus is attached, as you asked, and sorry it took me so long, I'm completely hopeless!", "legit attachment + self-abasing apology")])

# 13
E("esports venues", "blunt", "Regional finals weekend", "Kai,", "Marcus",
  [("N", "The arena holds 1,200 with 64 player stations on a 10Gb backbone, which covers your regional finals format.", "value tied to prospect's format"),
   ("H", "The weekend of the 18th is free for your finals, but three other organisers are after it, so if you're not confirmed by tonight it goes to one of them.", "legit availability + manufactured scarcity and fake deadline"),
   ("N", "You asked for a ping test before committing, and our network lead can run it with your admins on Tuesday.", "prospect's own condition, logistics")],
  [("HS", "My target resets on Monday, so get this signed before the weekend and do us both a favour.", "rule 16: seller's target as reason for the date"),
   ("H", "Organisers who take competitive gaming seriously booked their finals venues months back.", "shaming"),
   ("H", "The floor plan is attached, and our finance team has already drafted the invoice for your deposit.", "legit attachment + assumptive invoice")])

# 14
E("canal boats", "warm", "Your team trip over the aqueduct", "Dear Harriet,", "Warm regards,\nBeth",
  [("N", "It was a pleasure to show your team round the boatyard on Saturday.", "pleasantry"),
   ("N", "A two-day trip on the Llangollen for twelve people would take you over the Pontcysyllte Aqueduct, which your CEO said was top of her list.", "value tied to prospect; CEO mentioned harmlessly"),
   ("T", "The quote for two boats, skippers and catering is attached, and I'm afraid it has come out higher than I'd like, for which I do apologise.", "legit attachment + apology for the price")],
  [("N", "The canal trust closes that stretch for repairs from 1 November, so the trip would need to run by late October.", "borderline: rule 4, real external constraint with reason"),
   ("ST", "I'd be so grateful if you'd give me this one, as it's my very first big corporate booking.", "rule 15: pleading for the seller's own sake"),
   ("H", "Shall I hold the 17th and 18th of October while you check diaries, and I'll put the booking form and payment link in the post today?", "legit hold offer + assumptive payment step")])

# 15 (curly)
E("lift maintenance", "formal", "Tower B inspection items", "Dear Mr. Adeyemi,", "Yours sincerely,\nClaire Donnelly\nLiftCare Services",
  [("N", "Thank you for sharing the inspection report for Tower B.", "greeting"),
   ("N", "Items 4 and 7 relate to the door operators on lifts 2 and 3, which our engineers can replace during a single weekend shutdown.", "concrete value"),
   ("HS", "I've now made three site visits and given up two weekends on this proposal, so I'm disappointed to still be waiting on an answer.", "rule 15: seller's effort and disappointment as guilt")],
  [("S", "I've attached the method statement for the weekend shutdown, along with our brochure covering all forty of our service lines and our three national safety awards.", "legit attachment + brochure boast"),
   ("H", "I'd be glad to present the plan at your next board meeting, but if I haven't heard back by Thursday, I'll raise it with your managing director myself.", "legit offer + bypass threat"),
   ("N", "Your insurer has asked for the report items to be closed by 30 June, so the work would ideally start in May.", "borderline: rule 4, real external deadline stated with reason")])

# 16 clean
E("coworking space", "chatty", "A room for your team of nine", "Hi Sam,", "Cheers,\nNina",
  [("N", "Good to see you at the open day!", "pleasantry"),
   ("N", "You mentioned your team of nine is split across two cafes most days, so a dedicated room for eight plus two hot desks would fit that.", "value tied to prospect"),
   ("N", "Just a heads-up that the meeting rooms book in 30-minute blocks through the app.", "borderline: rule 1, one polite 'just'"),
   ("N", "Your first month would include fifteen hours of meeting-room credit, which covers the weekly client sessions you described.", "value tied to prospect"),
   ("N", "Could you come by on Wednesday at 4 to see the room with your co-founder?", "clear next step")])

# 17
E("food truck point of sale", "non-native English", "POS for your trucks", "Hello Mr. Ramirez,", "Best regards,\nLuca",
  [("N", "Thank you for your interest in our point of sale for food trucks.", "greeting"),
   ("S", "We are the number one POS in the market and big investors are behind us, for example Sequoia and Index.", "generic boast, investors"),
   ("N", "Our terminal works offline and syncs the orders when the truck comes back to signal, so you don't lose sales at the festivals.", "value tied to prospect")],
  [("T", "Maybe it is possible, if you want, we can perhaps give you the first three months free?", "stacked hedges + unprompted concession"),
   ("HT", "The price with the card reader is 39 euro per month, and I give you 20% discount but only if you sign until Sunday.", "legit price + rule 7: discount conditioned on seller's date"),
   ("HS", "I can show you the system at your truck on Tuesday after the lunch service, and my manager wants I bring the contract so you sign the same day.", "legit demo + rule 16: manager's wish as reason for a signing date")])

# 18 (curly)
E("climbing wall installation", "warm", "Sports hall climbing wall", "Hi Aoife,", "Best wishes,\nRory",
  [("N", "Thanks for the photos of the sports hall, and the 7.2m ceiling gives you room for a full top-rope wall plus a bouldering corner.", "value tied to prospect"),
   ("T", "I'm really sorry to keep popping up in your inbox like this.", "apology for following up"),
   ("T", "Our design includes auto-belays on four lines, so one supervisor can run a class of sixteen, though I really hope we haven't fallen short of what you pictured.", "legit product detail + need for approval")],
  [("T", "Totally fine if the council says no, I'll just try again next year.", "pre-emptively accepting a no without a question"),
   ("S", "Installation takes five days during your half-term, and we've been climbing-wall specialists for over twenty-five years with more industry awards than anyone in Ireland.", "legit logistics + years in business and awards")],
  [("N", "P.S. The grant deadline you mentioned is 15 March, so I'll have the drawings to you by the 1st.", "prospect's own deadline, not pressure")])

# 19
E("archival storage", "formal", "Offsite storage for 2,400 boxes", "Dear Ms. Chen,", "Yours faithfully,\nGeoffrey Hale\nVaultline Records Management",
  [("N", "Further to your request, I enclose the pricing for 2,400 archive boxes at our climate-controlled facility in Swindon, at 38p per box per month.", "price the prospect asked for"),
   ("N", "Retrieval within four working hours is included, which meets the turnaround your litigation team specified.", "value tied to prospect"),
   ("HS", "Our managing director has asked that this be finalised before our board meets on the 28th, so I should be obliged for your signature by then.", "rule 16: seller's manager/board as reason for a signing date"),
   ("H", "Kindly return the signed schedule with your bank details by return, so that our vans can collect the first consignment on Monday.", "assumptive payment step before a yes")],
  [("S", "Once you are on board, we would be grateful for permission to display your firm's logo in our brochure.", "favour: logo for the seller"),
   ("N", "Our ISO 27001 certificate is attached, as your procurement policy requires.", "certification the buyer's process requires")])

# 20
E("car wash chemicals", "blunt", "Pre-soak samples", "Steve,", "Mike",
  [("N", "Samples of the pH-neutral pre-soak went out yesterday, tracking number below.", "logistics"),
   ("H", "The samples should last you about a week, so try them and place the order, no more mulling it over.", "legit detail + pressure, overriding the prospect's deliberation"),
   ("N", "At your 300 washes a day, the new foam would save about £410 a month in concentrate, based on the usage sheet you sent.", "rule 5: quantified saving from prospect's data, as information")],
  [("H", "Every week you sit on this is another hundred quid straight down the drain.", "borderline: rule 5, cost of delay used to push, plausible number"),
   ("HS", "My regional manager is on my back about this account, so I need the order confirmed by Friday.", "rule 16: seller's manager as reason for a date")],
  [("S", "Also, if you could put in a good word for us with the other franchisees, it'd do wonders for my numbers.", "referral favour for the seller's numbers, no date")])

# 21 (curly) clean
E("recruitment software", "chatty", "Screening for the warehouse roles", "Hi Jordan,", "Cheers,\nElla",
  [("N", "Thanks for walking me through how your recruiters juggle spreadsheets for the warehouse roles.", "pleasantry"),
   ("N", "With 600 applicants a month, auto-screening on shift availability would take the first pass off your team's plate.", "value tied to prospect"),
   ("N", "I've attached a short summary of how a logistics client set this up, including the two screening questions that cut their no-shows by a third.", "social proof turned into advice")],
  [("N", "Sorry for the slow reply, I was at a client go-live yesterday, so answers to your GDPR questions are below.", "borderline: rule 3, single courtesy apology with reason"),
   ("N", "Candidate data is stored in the UK and deleted after twelve months unless the candidate opts in.", "answers prospect's question"),
   ("N", "Does Tuesday at 3 work for a demo with your head of talent?", "clear next step")])

# 22
E("fleet telematics", "formal", "Re: telematics decision", "Dear Mr. Novak,", "Regards,\nPaul Varga",
  [("N", "Thank you for letting me know that you've decided to stay with your current provider.", "acknowledging the decision"),
   ("HS", "Frankly, after the six weeks of trial data I built for you, I expected more than a two-line rejection.", "rule 15: seller's effort as guilt after a decision"),
   ("H", "I'll keep phoning your transport office every month until you see sense.", "badgering after a decision")],
  [("N", "For what it's worth, the trial report shows idle time on your Derby routes averaged 47 minutes a day, and it's yours to keep.", "leaving value behind"),
   ("T", "Thank you so much for even giving us a look, it was more than we deserved.", "rule 11: thanking them for even considering, self-abasing")],
  [("S", "P.S. I'd still love a short testimonial about the trial, if you'd be kind enough.", "favour for the seller after a no, not after value delivered")])

# 23
E("LED shop signage", "warm", "Your shopfront sign", "Hi Grace,", "Warmly,\nTasha",
  [("N", "Great chatting about the shopfront on Tuesday.", "pleasantry"),
   ("N", "A 2m LED panel above the entrance would let you change the lunch specials from your phone instead of chalking the board every morning.", "value tied to prospect"),
   ("S", "Does Tuesday at 4 work for a visit to our showroom, where I'd love to take you through our whole product range, including the new outdoor totems our design team is so proud of?", "legit meeting ask + rule 9: show off the whole range")],
  [("T", "Perhaps, if it's not too much of a bother, you could maybe let me know whenever you get a spare minute?", "stacked hedges + permission-begging"),
   ("H", "Mock-ups in both colourways are attached, and I've reserved an install slot for the 9th, so I'll need the 50% deposit by Monday.", "legit attachment + assumptive deposit demand"),
   ("N", "Illuminated signs in your conservation area usually need eight weeks for planning consent, so it's worth applying soon if you'd like it up before Christmas.", "borderline: rule 4, real permit lead time with reason")])

# 24 (curly)
E("industrial shredding", "blunt", "On-site shredding for both branches", "Mr. Browne,", "Ken Doyle",
  [("T", "You asked for a price for monthly on-site shredding at both branches: it's £145 per visit, certificate of destruction included, and I'm sorry it isn't lower, I really did try.", "price the prospect asked for + apology for the price"),
   ("H", "The first truck is already on our schedule for the 5th, and the attached agreement is waiting for your signature today.", "assumptive booking + signature demand"),
   ("N", "Our trucks shred in your car park with a live camera feed, which answers the chain-of-custody point your compliance officer raised.", "value tied to prospect")],
  [("H", "A bank that took data protection seriously wouldn't still be relying on locked bins.", "shaming"),
   ("H", "Let this slide again and the same bins will be sitting in your corridor when the next audit comes round.", "'if not now, never' pressure")])

# 25
E("gym flooring", "very deferential", "Flooring for the free-weights area", "Dear Mrs. Whitfield,", "With many thanks and kindest regards,\nMargaret Ellis",
  [("T", "I hope you won't mind me writing, and please say if I've caught you at a bad moment.", "approval-seeking"),
   ("N", "The 20mm rubber tiles we discussed would absorb dropped weights in your free-weights area and stop the noise reaching the yoga studio below.", "value tied to prospect"),
   ("T", "I've attached a sample cut and the installation plan, which fits into the two-day closure you already have booked for August, though do tell me if I've got that wrong, and I'm so sorry if I have.", "legit attachment and date + approval-seeking pre-apology")],
  [("T", "I would have to ask my manager first, but maybe we could do something on the price if you felt it was too much?", "rule 12: deferring on discount + unprompted concession"),
   ("T", "The sample cut is yours to keep either way, and if you'd rather not go ahead, I completely understand and I won't trouble you again.", "legit offer + pre-emptive release")])

# 26
E("drone light shows", "chatty", "Harbour show for New Year's Eve", "Hey Tariq,", "Cheers!\nZoe",
  [("HS", "The council has confirmed the 200-drone show over the harbour is fine for New Year's Eve, which took me weeks of chasing, so I hope you'll repay that with a quick signature.", "legit news + rule 15: seller's effort as guilt for a decision"),
   ("S", "Our pilots hold the CAA operator certificates the council asked for, and we've flown for three Premier League clubs and a royal jubilee, backed by two of the biggest VC funds in the country!", "legit required credential + boast: clients and investors"),
   ("HS", "I've got a sales competition ending on the 15th, so if you could sign by then you'd basically be winning me a holiday.", "rule 16: seller's contest as reason for the date")],
  [("N", "The design team will need your logo files as SVG by 1 December to build the formations in time for the show.", "borderline: rule 4, real production lead time for prospect's own date"),
   ("T", "The show package is £18,000 including the safety crew, and honestly, if the budget's tight, tell me what you can afford and we'll make it work.", "legit price + name your number"),
   ("S", "Happy to run a test flight for your events team on the 2nd, and if you'd pass our showreel round the other harbour towns while you're at it, that'd be brilliant for us.", "legit offer + referral favour for the seller")])

# 27 (curly) clean
E("escape room props", "warm", "Bookcase lock for the Victorian study", "Hi Becca,", "Best,\nHugo",
  [("N", "Lovely to hear your second room opens in spring!", "pleasantry"),
   ("N", "For the Victorian study theme, our magnetic bookcase lock releases when players shelve three books in the right order, with no visible wiring.", "concrete detail tied to prospect"),
   ("N", "Every prop ships with a reset guide, so your game hosts can turn the room round in under five minutes between bookings.", "value tied to prospect"),
   ("N", "Sorry to hear the last supplier's locks failed mid-game, so we'd include two spare maglocks for exactly that reason.", "sympathy, not self-abasement"),
   ("N", "Shall we do a video call on Friday at 10 so I can show you the bookcase working?", "clear next step")])

# 28
E("commercial cleaning robots", "formal", "Northgate night cleaning", "Dear Mr. Iqbal,", "Yours sincerely,\nEmily Carter",
  [("N", "Thank you for the floor plans of the Northgate distribution centre.", "greeting"),
   ("N", "One scrubber-dryer robot would cover the 9,000 square metres of picking aisles overnight, freeing your two night cleaners for the loading bays.", "value tied to prospect"),
   ("H", "Since you haven't come back to me, I'll send the lease agreement straight to your CFO.", "bypass threat")],
  [("H", "As your facilities lead asked, I've included the safety data for pedestrian detection, and I'll need your company card details to reserve a robot from the next shipment.", "legit attachment + assumptive payment step"),
   ("HST", "The lease is £1,150 a month over three years, and we can take 12% off it, but only if it's signed before our quarter closes on the 30th.", "legit price + rule 7 + 16: discount tied to the seller's quarter-end date"),
   ("N", "The price in the attached quote holds until 31 May, when the manufacturer's new list prices take effect.", "borderline: rule 4, factual price expiry with reason, no urgency")])

# 29
E("bike-share docks", "terse", "Docking stations", "Hi Lena,", "Ben",
  [("N", "Dock specs attached: each station holds 12 e-bikes and charges them overnight from a single 32A supply.", "concrete detail"),
   ("T", "Only nudging in case this slipped down your pile.", "minimising follow-up as the email's purpose"),
   ("H", "Docks can be installed within six weeks of an order, and the council across the river signed last month, so you'll want to catch up with them.", "legit lead time + peers already switched"),
   ("T", "The spec sheet is there for your engineers, and forgive me for cluttering your inbox yet again.", "legit pointer + apology for following up"),
   ("N", "Happy to meet your transport officer on Thursday at 9 at the town hall.", "clear next step"),
   ("T", "Apologies if this comes across as too pushy.", "apology for normal selling")])

# 30 (curly)
E("pottery kilns", "non-native English", "Kiln K-90 for your studio", "Dear Ms. Hughes,", "Kind regards,\nMateusz Nowak",
  [("S", "Many thanks for your visit at our stand in Birmingham, where our company won the prize for best stand three years in a row.", "greeting + generic award boast"),
   ("N", "The electric kiln K-90 reaches 1300 degrees and has programmable controller, so your students' stoneware can be glaze-fired overnight.", "value tied to prospect"),
   ("ST", "Please, I ask you to give this order to me, because I am new in this company and I need to show some result.", "rule 15: pleading for seller's own sake")],
  [("T", "The delivery takes two weeks and our technician makes the installation and the first firing with your technician, and maybe I can also give small discount if you think it is too expensive.", "legit logistics + unprompted hedged discount"),
   ("HS", "My director says the offer must be signed before Friday, otherwise he will not approve it anymore.", "rule 16: manager's approval as reason for date")])

# 31
E("warehouse racking inspection", "blunt", "Racking inspection", "Hi Craig,", "Tony",
  [("N", "Your last racking inspection was in March of last year, and HSE guidance expects one at least every twelve months.", "borderline: rule 4, real regulation stated once, neutrally"),
   ("N", "We can inspect all 1,800 bays over two nights so picking isn't disrupted.", "value tied to prospect"),
   ("H", "Honestly, your warehouse has to have this done before someone gets hurt, so let's not turn it into a committee project.", "directive 'you need this' without inspection + brushing aside their process")],
  [("H", "I've tried your mobile, your desk line and LinkedIn, and I'll keep at it till I get you.", "rule 13: multi-channel chasing"),
   ("H", "Quote attached: £1,250 for both nights, report within 48 hours, and that price is gone the second anyone else grabs those nights.", "legit quote + manufactured scarcity")])

# 32
E("podcast studio rental", "chatty", "Studio for your six-episode series", "Hi Mia,", "Cheers,\nJosh",
  [("N", "Thanks for asking about the studio for your six-episode series!", "pleasantry"),
   ("N", "The booth has four SM7B mics and a RodeCaster, and we hand over the edited multitrack the same evening, so you can publish the next morning as planned.", "value tied to prospect"),
   ("S", "We're super excited to share that we just won Best New Studio at the London Audio Awards!", "award announcement")],
  [("ST", "Would you mind leaving us a Google review after your first session, in exchange for a tenner off the next booking?", "borderline: rule 7, discount offered for a review"),
   ("T", "Rates for all six episodes are in the attached sheet, and sorry, I know that's a lot to read, I do tend to ramble!", "legit attachment + apology for length"),
   ("H", "The 14th and 21st are both free at 10am, but I'd grab one sharpish because we're always rammed.", "legit dates + manufactured urgency")])

# 33 (curly) clean
E("funeral livestreaming", "warm", "Livestreaming for your chapels", "Dear Mr. Evans,", "Kind regards,\nSian Morgan",
  [("N", "Thank you for your time on the phone yesterday, and I was sorry to hear about the flooding at your Llandeilo chapel.", "greeting + sympathy"),
   ("N", "Our camera kit mounts on a single tripod at the back of the chapel, so it doesn't intrude on families during the service.", "value tied to prospect"),
   ("N", "Families receive a private link that stays live for ninety days, which you mentioned matters for relatives overseas.", "value tied to prospect"),
   ("N", "I'd recommend the two-camera package for your larger chapel, because the lectern sits out of sight of a rear camera.", "confident recommendation with reason"),
   ("N", "Could I visit on Monday the 4th at 11 to test the signal in both chapels?", "clear next step")])

# 34
E("pool water testing", "blunt", "Photometers for the leisure centres", "Nadia,", "Dan",
  [("N", "You asked for a price on 40 digital photometers for your leisure centres: £189 each, calibration included.", "price the prospect asked for"),
   ("T", "That's above what you wanted, I know, so I'll check with my boss whether I can go any lower.", "rule 12: deferring to manager on discount"),
   ("N", "Before we talk price, your last inspection flagged the chlorine logs at three sites, and these units write their readings straight to your spreadsheet.", "redirecting to value")],
  [("H", "The Whitehall group switched last quarter and none of their sites get flagged any more, so you're rather the odd one out.", "peers switched + shaming"),
   ("HS", "I've got to land this in my forecast this week, so I'll raise the invoice on Monday.", "rule 16: seller's forecast + assumptive invoice date")],
  [("H", "The calibration certificates you asked for are attached, and I'm copying in your director of operations since you've gone quiet on me.", "legit attachment + going over her head")])

# 35
E("shipping container conversion", "warm", "Your park cafe container", "Hi Olu,", "All the best,\nFreya",
  [("N", "Great to hear the planning officer was happy with the cafe design.", "pleasantry"),
   ("N", "A 40ft high-cube with the glazed side you sketched would give you 28 seated covers, plus the serving hatch on the park side.", "value tied to prospect"),
   ("HT", "I can hold the launch price and throw in free delivery, but only until Friday, so grab it while it's there.", "rule 7: concession tied to seller's date, with urgency")],
  [("S", "Our conversions have been on Grand Designs and in The Guardian, and there's a wall of awards in our office.", "generic boast"),
   ("N", "The structural engineer's sign-off you need for building control is included in the price.", "technical prerequisite 'need'"),
   ("T", "Hope that all sounds okay and that I haven't overstepped!", "approval-seeking")])

# 36 (curly)
E("car park barriers", "formal", "Riverside Retail Park entrances", "Dear Mr. Sato,", "Yours sincerely,\nRachel Ibbotson",
  [("N", "Thank you for meeting me at the Riverside Retail Park on Friday.", "greeting"),
   ("N", "Number-plate recognition at both entrances would end the ticket queues your tenants complained about at the Saturday peak.", "value tied to prospect"),
   ("S", "Our company has installed over 12,000 barriers worldwide and is proud to be ranked first in the Parking Technology Index.", "generic boast, ranking")],
  [("HS", "Getting the contract signed before 20 December would push me over my annual number, so I'd be glad of your help there.", "rule 16: seller's annual target as reason for a signing date, phrased as a favour"),
   ("H", "The survey drawings are attached, showing the ducting route under the existing kerb, and our installers are booked for 6 January, so I'll invoice the deposit this afternoon.", "legit attachment + assumptive invoice"),
   ("H", "Your retail park is crying out for this upgrade, full stop.", "directive 'you need this'")])

# 37
E("bowling pinsetters", "chatty", "Re: pinsetter decision", "Hi Dave,", "Cheers,\nPhil",
  [("N", "Thanks for letting me know the board decided to refurbish the old pinsetters instead.", "acknowledging the decision"),
   ("N", "If you don't mind me asking, what tipped it: the upfront cost or the installation downtime?", "rule 11: acceptance with a diagnostic question"),
   ("HS", "I'll be honest, I'm gutted, because after all the evenings I spent measuring your lanes I thought we'd earned this one.", "rule 15: seller's feelings and effort as guilt after decision")],
  [("H", "I'll drop in at the alley next week anyway, board or no board.", "turning up uninvited after a decision"),
   ("N", "Either way, the maintenance checklist I left with your mechanic is yours to keep.", "leaving value behind")],
  [("S", "P.S. Our new Mk4 machines carry eleven patents, a touchscreen diagnostics suite and a five-year warranty, should the board ever reconsider.", "feature list, not tied to the prospect's outcome")])

# 38 clean
E("laser cutters for makerspaces", "non-native English", "Laser cutter for your makerspace", "Dear Mr. Okonkwo,", "Best regards,\nKenji Watanabe",
  [("N", "Thank you for your email and the photo of your workshop.", "greeting"),
   ("N", "For your makerspace the 60W model is the good choice, because it cuts 6mm plywood in one pass and your members mostly work with plywood.", "confident recommendation tied to prospect"),
   ("N", "The machine needs a 3-metre exhaust duct to the outside window, this is required for safety.", "technical prerequisite"),
   ("N", "I attach the quotation with the training for two volunteers included.", "logistics"),
   ("N", "Can we make a call on Wednesday at 14:00 to discuss the installation date?", "clear next step")])

# 39 (curly)
E("heritage 3D scanning", "very deferential", "Scanning the cathedral corbels", "Dear Professor Laine,", "With deepest respect and gratitude,\nThomas Beaumont",
  [("T", "I must apologise most sincerely for troubling you yet again, and for the rather high figure in our proposal.", "repeated apology for following up and for the price"),
   ("N", "Our structured-light scanner records detail down to 0.05mm, which would capture the tool marks on the corbels your team is studying.", "value tied to prospect"),
   ("T", "I wonder if you might perhaps, at some point and only if convenient, consider whether this could possibly be of some slight interest?", "stacked hedges")],
  [("N", "The scan data would be delivered in open formats that your university's repository already accepts.", "value tied to prospect"),
   ("S", "I have taken the liberty of attaching our full capabilities brochure, covering laser, photogrammetry, LiDAR, CT, thermal, multispectral and reflectance imaging.", "feature dump"),
   ("T", "The proposal covers all forty corbels for £14,800, though should the department prefer a lower price, we would be entirely happy to reduce it by whatever amount you feel appropriate.", "legit price + caving on price, name your number")])

# 40 clean
E("office water coolers", "chatty", "Your cooler trial numbers", "Hi Priyanka,", "Speak soon,\nAlex",
  [("N", "Following up on the cooler trial in your Manchester office: your team got through 38 bottles in four weeks.", "single follow-up adding something new"),
   ("N", "At that rate, a plumbed-in unit would pay for itself in about seven months and free up the cupboard where the bottles are stacked.", "rule 5: quantified value from prospect's data"),
   ("N", "I can book the engineer for the 14th, the date your office manager suggested, as soon as you're happy to go ahead.", "prospect's own date, conditional on a yes"),
   ("N", "Two other firms in your building run the same unit, and their facilities teams found the quarterly sanitising visit mattered most, so I'd include it.", "social proof turned into advice")],
  [("N", "Would it help if I joined your office manager's Monday stand-up to answer questions?", "clear next step")],
  [("N", "P.S. The free filter change you asked about is included in the first year.", "logistics the prospect asked about")])


def labels_of(code):
    if code == "N":
        return ["NONE"]
    assert code and all(c in "HST" for c in code), code
    return [name for c, name in ORDER if c in code]


def curly(s):
    return s.replace("'", "\u2019")


def main():
    email_rows, sent_rows = [], []
    sid = 0
    for i, e in enumerate(EMAILS, 1):
        eid = "s15e%03d" % i
        conv = curly if i % 3 == 0 else (lambda s: s)
        paras = [[(c, conv(t), n) for c, t, n in p] for p in e["paras"]]
        body = "\n\n".join(" ".join(t for _, t, _ in p) for p in paras)
        text = conv(e["salutation"]) + "\n\n" + body + "\n\n" + conv(e["signoff"])
        counts = {name: [0, 0] for _, name in ORDER}  # [carrying, non-borderline carrying]
        for p in paras:
            for c, t, n in p:
                assert t in text, (eid, t)
                assert t.count(".") >= 0
                sid += 1
                labs = labels_of(c)
                bl = n.startswith("borderline:")
                for name in labs:
                    if name in counts:
                        counts[name][0] += 1
                        counts[name][1] += 0 if bl else 1
                sent_rows.append({"id": "s15-%04d" % sid, "email": eid, "text": t, "labels": labs, "note": n})
        lab = {}
        for _, name in ORDER:
            k, nb = counts[name]
            lab[name] = 0 if k == 0 else (2 if k >= 2 and nb >= 1 else 1)
        email_rows.append({"email": eid, "subject": conv(e["subject"]), "text": text, "labels": lab})
    with open(os.path.join(OUT, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for r in email_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "test.jsonl"), "w", encoding="utf-8") as f:
        for r in sent_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # checks: every line parses, every sentence is a substring of its email text
    emails = {}
    for line in open(os.path.join(OUT, "test-emails.jsonl"), encoding="utf-8"):
        r = json.loads(line); emails[r["email"]] = r["text"]
    sents = [json.loads(l) for l in open(os.path.join(OUT, "test.jsonl"), encoding="utf-8")]
    for s in sents:
        assert s["text"] in emails[s["email"]], s["id"]
    # stats
    c = collections.Counter()
    faulty_per_email = collections.Counter()
    for s in sents:
        for l in s["labels"]:
            c[l] += 1
        if s["labels"] != ["NONE"]:
            faulty_per_email[s["email"]] += 1
        if len(s["labels"]) > 1:
            c["multi"] += 1
        if s["note"].startswith("borderline:"):
            c["borderline"] += 1
    n = len(sents)
    clean = sum(1 for e in emails if faulty_per_email[e] == 0)
    two_plus = sum(1 for e in emails if faulty_per_email[e] >= 2)
    per_len = collections.Counter(collections.Counter(s["email"] for s in sents).values())
    el = {name: collections.Counter(r["labels"][name] for r in email_rows) for _, name in ORDER}
    stats = {"sentences": n, "emails": len(emails), "NONE": c["NONE"], "NONE_pct": round(100 * c["NONE"] / n, 1),
             "hard_close": c["hard_close"], "self_serving": c["self_serving"], "timidity": c["timidity"],
             "multi_label": c["multi"], "borderline": c["borderline"], "clean_emails": clean,
             "emails_with_2plus_faulty": two_plus, "sentences_per_email": dict(sorted(per_len.items())),
             "email_level": {k: dict(sorted(v.items())) for k, v in el.items()},
             "curly_emails": sum(1 for r in email_rows if "\u2019" in r["text"])}
    stats["faulty_with_legit_clause"] = sum(1 for s in sents if s["labels"] != ["NONE"] and "legit" in s["note"])
    stats["faulty"] = sum(1 for s in sents if s["labels"] != ["NONE"])
    write_readme(stats)
    print(json.dumps(stats, indent=1))
    return stats


def write_readme(st):
    inds = ", ".join(e["industry"] for e in EMAILS)
    regs = collections.Counter(e["register"] for e in EMAILS)
    el = st["email_level"]
    lines = [
        "# sealed15: held-out evaluation set for the Poise tone coach",
        "",
        "Written by hand from the labelling guide (`shared/corpus/LABELS.md`) and the product description alone;",
        "no other data set, rule or code was read. Every email, sentence, label and note is in `build.py`, which writes",
        "`test-emails.jsonl` and `test.jsonl` (and this README), derives each email's labels with the guide's",
        "email-level scale (0 none; 1 one carrier or only borderline carriers; 2 at least two carriers, one not",
        "borderline) with no hand overrides, and checks that every line parses and every sentence is a verbatim",
        "substring of its email text. Rebuild with `python3 build.py`.",
        "",
        "Each sentence was labelled one by one against the guide and then re-read against it once more. Notes that",
        "start with `borderline:` mark sentences decided by one of the guide's borderline rules (section 5).",
        "",
        "## Counts (computed by build.py)",
        "",
        "| | Count |",
        "|---|---|",
        "| Emails | %d |" % st["emails"],
        "| Sentences | %d |" % st["sentences"],
        "| NONE | %d (%.1f%%) |" % (st["NONE"], st["NONE_pct"]),
        "| hard_close | %d |" % st["hard_close"],
        "| self_serving | %d |" % st["self_serving"],
        "| timidity | %d |" % st["timidity"],
        "| Multi-label sentences | %d |" % st["multi_label"],
        "| Borderline sentences | %d |" % st["borderline"],
        "| Faulty sentences | %d |" % st["faulty"],
        "| Faulty sentences whose fault sits in one clause beside a legitimate point (note says \"legit\") | %d |" % st["faulty_with_legit_clause"],
        "| Clean emails (all NONE) | %d |" % st["clean_emails"],
        "| Emails with 2+ faulty sentences | %d |" % st["emails_with_2plus_faulty"],
        "| Emails with curly apostrophes (every third) | %d |" % st["curly_emails"],
        "",
        "Sentences per email: " + ", ".join("%s: %s emails" % (k, v) for k, v in st["sentences_per_email"].items()) + ".",
        "",
        "Email-level scores (0 / 1 / 2):",
        "",
    ]
    for name in ("hard_close", "self_serving", "timidity"):
        d = el[name]
        lines.append("- %s: %d / %d / %d" % (name, d.get(0, 0), d.get(1, 0), d.get(2, 0)))
    lines += [
        "",
        "## Industries",
        "",
        inds + ".",
        "",
        "## Registers",
        "",
        ", ".join("%s (%d)" % (k, v) for k, v in sorted(regs.items())) + ".",
        "Straight and curly apostrophes are mixed: every third email (s15e003, s15e006, ...) uses the curly one.",
        "A few emails carry a P.S. line, which is a sentence entry like any other.",
        "",
        "## What the set tests",
        "",
        "- Faults that live in one clause beside something the rep must keep (a requested price, an attachment, a",
        "  meeting ask, the prospect's own date, a product detail).",
        "- Fresh wordings of the guide's ideas rather than its textbook phrases: the seller's effort and standing as",
        "  leverage, assumptive payment steps, peers who already switched, quota/manager/forecast as the reason for a",
        "  date, boasts and feature lists, unprompted discounts, self-abasement, stacked hedges, apologies for price or",
        "  length, giving up at once.",
        "- Hard negatives: real external dates (permits, regulators, insurers, a court, a manufacturer's price change),",
        "  the prospect's own dates, confident recommendations, value statements tied to the prospect, one polite",
        "  follow-up, sympathy lines, technical \"need\".",
        "",
        "## Format",
        "",
        "`test-emails.jsonl`: `{\"email\", \"subject\", \"text\", \"labels\": {\"hard_close\", \"self_serving\", \"timidity\"}}`, the text being",
        "salutation, blank line, body paragraphs, blank line, sign-off. `test.jsonl`: one body sentence a line (P.S. included,",
        "salutation and sign-off excluded), `{\"id\", \"email\", \"text\", \"labels\", \"note\"}`, labels in the order",
        "hard_close, self_serving, timidity, or `[\"NONE\"]`.",
        "",
    ]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
