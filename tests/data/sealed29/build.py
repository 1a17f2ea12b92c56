#!/usr/bin/env python3
"""Build the sealed29 evaluation set (hand-written sales emails) for the Poise tone coach.

Each email: subject, salutation, sign-off and body sentences as (code, text, note).
Codes: N = NONE; otherwise letters H (hard_close), S (self_serving), T (timidity).
A note beginning with "borderline:" marks a sentence decided by a borderline rule of the guide.
Email-level labels are derived from the sentences with the guide's scale (no hand overrides).
Every third email (e003, e006, ...) uses curly apostrophes throughout.
"""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}
ORDER = ["hard_close", "self_serving", "timidity"]

EMAILS = [
# 1 noticeboards, parish council, formal, British
dict(subject="Oak noticeboard for the lych-gate wall", sal="Dear Mrs Okafor,",
     signoff="Yours sincerely,\nGeoffrey Platt\nPlatt & Rowe Joinery", s=[
  ("T", "Thank you for sending the measurements of the lych-gate wall and the photograph of the old board, and I do hope my last letter was not a nuisance.", "thanks beside approval-seeking"),
  ("N", "An oak-framed, lockable noticeboard at 1200 x 900 mm fits the space with 40 mm to spare on each side, and the quote is attached as you asked.", "product detail tied to their wall"),
  ("H", "The quote is fixed until the end of the month, but our workshop diary is filling fast with other parishes, so a yes before your council even meets would be wise.", "legit price validity beside scarcity and overriding the council's process"),
  ("S", "The oak is air-dried English stock from our own yard, and we are, after all, the only noticeboard maker in the county to hold a Royal Warrant and two Heritage Crafts awards.", "product detail beside a generic award boast"),
  ("N", "The conservation officer needs ten working days to approve signage in the conservation area, so I have allowed for that in the delivery date.", "borderline: real external constraint (permit lead time) stated once with the reason, rule 4"),
  ("H", "If I have not heard by the 14th, I will take it that the council is content and cut the timber.", "silence-means-yes assumptive close"),
]),
# 2 nitrogen generators, snack packer, blunt, American
dict(subject="Nitrogen generator for bagging lines 1 and 2", sal="Hi Marcus,",
     signoff="Dan Kowalski\nNorthgas Systems", s=[
  ("N", "Your plant goes through about 14 nitrogen cylinders a week, which at your current supplier's rate comes to roughly $61,000 a year.", "cost from the prospect's own data"),
  ("N", "An on-site PSA generator sized for both bagging lines would pay for itself in about 19 months on those numbers.", "value tied to prospect"),
  ("HS", "I've put three weekends into modeling your gas usage, so the least I'd expect is a decision this month.", "seller's effort used as guilt with a demand, rule 15"),
  ("H", "A 12-month service plan is included, and every plant manager I know in salty snacks has already made this switch, so the holdouts look pretty behind the times.", "legit inclusion beside peers-already-switched shaming"),
  ("H", "Can your maintenance lead join a 30-minute call on Thursday to check the footprint by the compressor room, or should I just ring your GM directly and sort it out with her?", "legit meeting ask beside a bypass threat"),
  ("H", "The layout drawings are attached, and the deposit invoice goes out with them tomorrow so we can lock your install week.", "legit attachment beside an invoice before any yes"),
]),
# 3 reusable nappies, nursery chain, warm, British, curly
dict(subject="Reusable nappy service for the Hollybank nurseries", sal="Hello Priya,",
     signoff="Warmest wishes,\nBeth\nLittle Loops Nappy Service", s=[
  ("N", "It was lovely to meet you and the room leaders at the Hollybank open morning.", "pleasantry"),
  ("N", "You mentioned that the nappy bins are emptied twice a day at each site, and a laundered reusable service would take about 70% of that volume out of your general waste.", "value from prospect's situation"),
  ("T", "I'm so sorry the pricing came out higher than you'd hoped, honestly I feel terrible about it.", "apologising for the price"),
  ("T", "The weekly collection is included in the quote, and if it helps at all I can take 15% off the first year without you committing to anything longer.", "legit inclusion beside an unprompted unconditional discount"),
  ("S", "We collect and deliver on the same van run, so your staff never store more than one day's used nappies, which is exactly why we've won the Green Nursery Supplier award four years running.", "buyer value beside a generic award boast"),
  ("T", "I've copied in your deputy so she has the collection times, and I do hope that's alright, please tell me if it was overstepping.", "logistics beside approval-seeking"),
]),
# 4 orienteering maps, scout county, chatty -- CLEAN
dict(subject="Maps for the six competition sites", sal="Hi Tom,",
     signoff="Cheers,\nRuth Ellery\nContour Line Mapping", s=[
  ("N", "Thanks for the list of the six sites you want mapped for next spring's county competition.", "thanks"),
  ("N", "Three of them are on Forestry land, and their permissions team asks for eight weeks' notice before surveyors go in, so I'd apply for those first.", "borderline: real external lead time stated once with reason, rule 4"),
  ("N", "For the younger sections I'd suggest a simplified legend at 1:5,000 rather than the full competition spec, because Cubs lose their place on busy maps.", "confident recommendation with reason"),
  ("N", "Just a heads-up that the quarry edge at Ashdown has moved since the 2019 survey, so that sheet needs fresh fieldwork rather than a redraw.", "borderline: one polite 'just', rule 1"),
  ("N", "The quote for all six, on tear-proof paper, is attached.", "attachment"),
  ("N", "Could we walk the Ashdown site together on Saturday the 9th?", "clear next step with date"),
]),
# 5 oxygen concentrators, care group, very deferential
dict(subject="Portable oxygen concentrators", sal="Dear Dr Mensah,",
     signoff="With my most humble regards,\nAnil Verma\nOxyCare Home Medical", s=[
  ("T", "Please forgive me for writing to you once more, I know how very busy you are and I would never wish to intrude on your time.", "self-abasing apology for following up"),
  ("N", "The two portable concentrators you asked about deliver up to 5 litres per minute and run for about four hours on one battery.", "product detail the prospect asked for"),
  ("T", "I was only wondering whether perhaps you might possibly have a moment to consider them, if it is not too much trouble.", "stacked hedges plus permission-seeking"),
  ("T", "Both come with next-day replacement if a unit fails, and I am terribly sorry if this sounds as though I am trying to sell to you.", "legit detail beside apologising for normal selling"),
  ("T", "The price list is enclosed, but whatever figure you feel is fair, I will do my very best to match it.", "legit enclosure beside asking the buyer to name their number"),
  ("S", "Both units are on the NHS supply framework your procurement team uses, and our company was named Medical Supplier of the Year three times running, which makes all of us very proud.", "buyer-relevant framework fact beside a generic award boast"),
]),
# 6 oil painting conservation, county council, formal, curly
dict(subject="Conservation of the council chamber portraits", sal="Dear Ms Hargreaves,",
     signoff="Yours faithfully,\nDr Helen Strachan ACR\nStrachan Fine Art Conservation", s=[
  ("N", "Thank you for arranging access to the council chamber last week so that I could examine the eleven portraits.", "thanks"),
  ("N", "Four of them show active flaking along the lower edge, most likely from the radiators beneath them, so I would treat those first and move them before the heating goes on.", "expert recommendation backed by inspection"),
  ("HS", "My director has asked me to have this signed before our financial year closes on the 31st, so I'd be grateful for your order by then.", "seller's manager and year-end as reason for a date, rule 16"),
  ("HS", "The full condition report, with photographs of each canvas, is attached; it took me the better part of a fortnight, so I would appreciate it being read and answered promptly.", "attachment beside the seller's effort as grounds for a reply, rule 15"),
  ("S", "I would do the work in situ over the summer recess, and our studio has treated works for the National Trust, the Royal Collection and several cathedrals, and is widely regarded as the finest in the North.", "legit plan beside a generic credentials boast"),
  ("H", "I've set out the costs for all eleven, but please don't send this to committee in the usual way; a simple officer's sign-off would be far quicker.", "legit costing beside overriding the prospect's process"),
]),
# 7 parachute packing, skydive club, terse
dict(subject="Reserve repacks, May", sal="Jo,",
     signoff="Mick\nCanopy Loft Rigging", s=[
  ("N", "Quote for reserve repacks on your 22 rigs attached, £68 each, 48-hour turnaround.", "price and attachment"),
  ("N", "Your next batch of reserves falls due for the 180-day repack on 3 May.", "real regulatory date"),
  ("H", "I can turn them round in 48 hours, but May slots are nearly gone and the club at Netheravon is after them, so confirm today.", "legit turnaround beside manufactured scarcity with a rival buyer"),
  ("HS", "Also need this in my numbers before Friday, my boss is tallying packer hours.", "seller's boss as reason for a date, rule 16"),
  ("H", "Drop-off at the hangar works, I'm there Tuesdays and Thursdays, so I've pencilled your 22 in for next Tuesday and will take card payment then.", "logistics beside assumptive booking and payment"),
]),
# 8 pergolas, rooftop bar, chatty, American
dict(subject="Louvered pergola for the rooftop", sal="Hey Carla!",
     signoff="Cheers,\nJamie\nSkyline Shade Co.", s=[
  ("T", "Loved seeing the rooftop in person, and honestly, thank you so much for even giving a small outfit like ours the time of day.", "pleasantry beside thanks for considering"),
  ("N", "For the wind load up there I'd go with the louvered aluminum pergola rather than the fabric one, since the city requires a rated structure above eight stories.", "expert recommendation with a real requirement"),
  ("S", "The louvers close on their own when the rain sensor trips, and we've got 400+ five-star reviews, a feature in Architectural Digest and a brand-new motorized line we're super excited to show off!", "product detail beside a boast and seller excitement"),
  ("T", "Honestly, if the number feels high, just tell me what you'd like to pay and I'll see what I can do.", "asking the buyer to name their number"),
  ("N", "Permit drawings take the city about six weeks, so for your Memorial Day opening we'd want to submit by mid-March.", "borderline: permit lead time plus the prospect's own date, rule 4"),
  ("ST", "The final invoice comes after the inspection sign-off, and if you'd leave us a Google review once it's up I could knock a little more off it.", "borderline: discount offered for a review, rule 7 (self_serving + timidity)"),
]),
# 9 podcast production, law firm, formal, American, curly
dict(subject="Employment-law podcast: production plan", sal="Dear Mr. Alvarez,",
     signoff="Best regards,\nSamantha Reid\nBriefcase Audio", s=[
  ("N", "Thank you for the brief on the employment-law podcast your partners want to launch in the fall.", "thanks"),
  ("N", "Based on the three episodes you outlined, I'd record them in one studio day and release them two weeks apart, so your associates have time to promote each one.", "guiding the process"),
  ("H", "A pilot of three episodes keeps the spend under the $15,000 you mentioned, but firms that wait on audio become invisible to in-house counsel, so this really is a now-or-never moment for the practice.", "the prospect's own budget beside now-or-never pressure"),
  ("S", "We produce eight of the top fifty business podcasts in the country and have been nominated for three Webby Awards.", "rankings and awards boast"),
  ("H", "I've held the studio for October 14 and the signing link goes out this afternoon, so all I need now is your card on file.", "legit date beside assumptive payment step"),
  ("H", "I'm glad to answer questions before your marketing committee meets on the 20th, though there's no real reason to wait for them when you could approve it yourself today.", "prospect's own meeting date beside overriding their process"),
]),
# 10 quilts, hospice, warm, British
dict(subject="Quilts for Willow ward", sal="Dear Eleanor,",
     signoff="With kind regards,\nMargaret Doyle\nPatchwork & Pine", s=[
  ("N", "Thank you for showing me round Willow ward, and please pass my thanks to the family who let me see their room.", "thanks"),
  ("N", "For the twelve beds, a lightweight cotton quilt in the muted palette you chose will wash at 71°C, which is the infection-control cycle your housekeeping team uses.", "product detail tied to their process"),
  ("T", "I'm sorry this email has run on so long, I do apologise for taking up so much of your morning.", "apologising for the length"),
  ("T", "Each quilt is £84, and the attached quote includes a spare set for laundry rotation, though I'd happily drop to £70 if that makes things easier.", "requested price beside an unprompted discount"),
  ("T", "I can have them ready for the ward's reopening, but of course there's absolutely no rush, and if you'd rather not go ahead I'll completely understand.", "legit offer beside minimising and pre-emptive release"),
]),
# 11 quinoa, meal-kit brand, blunt, American
dict(subject="Quinoa for the Q3 bowls", sal="Kevin,",
     signoff="Rick Delgado\nAndes Grain Trading", s=[
  ("N", "You asked for a price on 20 metric tons of white quinoa delivered to Columbus: it's $2.85 a pound.", "price the prospect asked for"),
  ("H", "That's the price for the full 20 tons delivered, and it disappears Friday, I won't be offering it again.", "legit price beside an invented expiry with finality"),
  ("N", "The Peruvian crop came in smaller this year, and importers are allocating by contract volume rather than spot orders.", "borderline: real external supply constraint stated neutrally, rule 4"),
  ("H", "The spec sheet is attached, and honestly you need to lock this in today, there's nothing left to think about.", "attachment beside a 'you need' directive"),
  ("HS", "I'm two containers short of my quarterly target, so getting your PO by Thursday would make my whole quarter.", "quota as reason for a date, rule 16"),
  ("H", "The saponin-washed grade on that sheet is the one your chefs said rinses fastest, and three of your direct competitors moved to it this spring while you were still deciding.", "product detail beside competitors-already-bought shaming"),
]),
# 12 rickshaw tours, conference, non-native English, curly
dict(subject="Evening rickshaw tours for your congress guests", sal="Dear Ms Lindqvist,",
     signoff="Best greetings,\nTomasz Wiśniewski\nOld Town Pedal Tours", s=[
  ("N", "Thank you for your mail about the evening tours for your 60 congress guests on 12 September.", "thanks"),
  ("N", "We can make 20 rickshaws ready at the congress centre, each with one driver who speaks English and knows the old town's streets very well.", "offer detail"),
  ("S", "Our company is the most famous rickshaw company of all the city and we won the tourism prize of the year two times.", "boast"),
  ("T", "Sorry very much that the price is high, I know is a lot of money for such small tour.", "apologising for the price"),
  ("T", "The tour is 85 euro per rickshaw, but if is too expensive please say me what price you want and I make it.", "legit price beside name-your-number"),
  ("T", "The route takes 75 minutes and finishes at the river restaurant you booked for dinner, and I hope very much this is okay for you and I did not make some mistake.", "logistics beside approval-seeking"),
]),
# 13 rubber stamps, registry office, formal -- CLEAN
dict(subject="Certificate stamps: proof attached", sal="Dear Mr Pearce,",
     signoff="Kind regards,\nAlison Greaves\nGreaves Stamp & Seal", s=[
  ("N", "Thank you for the artwork for the new certificate stamps.", "thanks"),
  ("N", "The crest has some very fine lines, so I'd recommend polymer rather than rubber, as it holds detail below 0.3 mm.", "confident recommendation"),
  ("N", "Twelve self-inking stamps with two spare ink pads each come to £312 plus VAT.", "price"),
  ("N", "Apologies for the late reply; our engraver was off sick on Monday, and the proof is attached now.", "borderline: single courtesy apology with reason and fix, rule 3"),
  ("N", "If you can approve the proof by Wednesday, the stamps will reach you before the register office reopens on the 2nd.", "date tied to the prospect's own reopening"),
]),
# 14 rugby scrum machine, school, chatty, P.S.
dict(subject="Scrum sled for the senior squad", sal="Hi Coach Reynolds,",
     signoff="Cheers,\nGary\nFront Row Fitness", s=[
  ("N", "Great to hear the U15s had such a strong season.", "pleasantry"),
  ("N", "The two-man scrum sled you looked at takes up to 300 kg of plates, which is plenty for the senior squad as well.", "product detail"),
  ("H", "Schools that went without one last year were getting shoved round the park by October, and I'd hate for your boys to be next.", "shaming by peers, fear of missing out"),
  ("HS", "I've already held a unit back for you and turned another school away, so I'd really expect an answer this week.", "favour pulled by the seller used as guilt with a demand, rule 15"),
  ("H", "Delivery to your ground is free and we bolt the pads on when we arrive, so I'll pencil in the 12th and send the invoice to your bursar.", "legit delivery detail beside an invoice before any yes"),
  ("S", "P.S. If you could send a photo of the lads using it for our Instagram, that'd be a huge help to us.", "favour for the seller's marketing"),
]),
# 15 sandbags, council depot, formal, curly
dict(subject="Sandbags and flood sacks: quote", sal="Dear Mr Adeyemi,",
     signoff="Yours sincerely,\nPaul Henshaw\nFloodGuard Supplies Ltd", s=[
  ("N", "Further to your request, our quote for 10,000 hessian sandbags and 2,000 self-inflating flood sacks is attached.", "attachment"),
  ("N", "The self-inflating sacks weigh under 1 kg dry, so your depot staff can load a van in a fraction of the time.", "value"),
  ("H", "We have 6,000 sacks in the Leeds warehouse now, but every council in the region is stocking up, and I can't promise there'll be any left for you next week.", "stock fact beside manufactured scarcity and herd pressure"),
  ("H", "The specification sheet is copied below, and if I don't hear back by Monday I'll take it up directly with your Director of Environment.", "legit attachment beside a bypass threat"),
  ("S", "Our lorry can deliver to the Riverside depot within 48 hours of an order, and for what it's worth I stuck my neck out with our transport manager to hold it for you.", "logistics beside the seller's standing, stated without blame or demand, rule 15"),
  ("H", "Every week you wait is another week the high street could flood, and you'd be the one explaining that to residents.", "cost-of-delay used to push with blame"),
]),
# 16 stoneware clay, college, warm, American
dict(subject="Clay for the wheel-throwing classes", sal="Hi Denise,",
     signoff="All the best,\nLena Morales\nRiverbend Clay Supply", s=[
  ("N", "Thanks for the tour of the ceramics studio, your students' pieces in the hallway were terrific.", "pleasantry"),
  ("N", "For the wheel-throwing classes I'd suggest our mid-fire stoneware with fine grog, since it's more forgiving for beginners than the porcelain you're using now.", "expert recommendation"),
  ("T", "A pallet of 40 boxes comes to $1,180 with delivery, though I'm sure I could shave a good bit off that if it's over your budget.", "price beside an unprompted discount"),
  ("S", "We're honestly the best clay company in the country, and we carry 120 clay bodies, 300 glazes, underglazes, slips, brushes and tools.", "boast and feature list"),
  ("T", "I hope that doesn't sound too pushy of me, I really didn't want to overstep.", "needing approval"),
  ("T", "I've attached the safety data sheets your technician asked for, so whenever you happen to find a spare minute, no hurry at all, maybe you could let me know what you think?", "legit attachment beside permission-begging and minimising"),
]),
# 17 sail training voyages, youth charity, formal, British
dict(subject="Five-day voyage for the Aspire group", sal="Dear Mr Fenwick,",
     signoff="Yours sincerely,\nCaptain Ian Moray\nNorthern Star Sail Training", s=[
  ("N", "Thank you for your enquiry about a five-day voyage for 12 young people from your Aspire programme.", "thanks"),
  ("H", "Our week in late July has berths for a group of that size, but places like these vanish, so I would grab them while you still can.", "legit availability beside manufactured scarcity"),
  ("S", "I'll be candid: I'm one group booking short of my season bonus, and yours would tip me over.", "seller's bonus, no date or demand, rule 16"),
  ("N", "The voyage fee is £6,900 for the group, and the Sail Training Bursary covers up to half for charities like yours.", "price with buyer value"),
  ("N", "The bursary panel's last sitting for summer voyages is on 30 April, so the application has to reach them before then.", "borderline: real external deadline stated once with the reason, rule 4"),
  ("S", "Our flagship sleeps 16 in four cabins, so your group would have its own mess deck, and she was overall winner of the Tall Ships Races in 2019 and 2022, which we are enormously proud of.", "buyer-relevant detail beside a generic awards boast"),
]),
# 18 shepherd huts, glamping site, chatty, curly
dict(subject="Two huts for the hedge meadow", sal="Hi Fiona and Dev,",
     signoff="Best,\nOwen\nHedgerow Huts", s=[
  ("N", "It was a pleasure to see the meadow, and I can see why your guests rave about the sunsets.", "pleasantry"),
  ("N", "Two 16 ft huts with wet rooms would sit on the level ground by the hedge without needing a concrete base.", "product fit"),
  ("T", "I'm really sorry to chase you again, I know I keep popping up in your inbox.", "apologising for following up"),
  ("HS", "The build slot I mentioned is in April, and to be honest I've turned down two other jobs to keep it open, so I'd be grateful for a yes before the weekend.", "legit date beside seller's sacrifice as guilt with a demand, rule 15"),
  ("S", "Our planning consultant can tell you whether you'd need consent for more than two huts, and she's simply the best in the business, with more approvals than anyone in the South West.", "buyer help beside a generic boast"),
  ("T", "If budget's the worry, we could take a chunk off and throw in the wood burners for free.", "unprompted discount"),
]),
# 19 trampolines, gym club, very deferential, American
dict(subject="Competition trampoline for the squad", sal="Dear Ms. Okonkwo,",
     signoff="Most respectfully,\nBrian Lutz\nAerial Sports Equipment", s=[
  ("T", "Thank you for letting me watch the competitive squad train on Tuesday, it was truly an honour I hardly deserved.", "thanks turned into self-abasement"),
  ("N", "The competition trampoline you asked about has a 4x4 mm web bed, which is the spec your federation requires for sanctioned meets.", "certification the buyer needs"),
  ("T", "I do hope I didn't waste your time with my long presentation, and I'm sorry if I went on and on.", "approval-seeking and self-abasing apology"),
  ("T", "On the discount you mentioned, I'd have to check with my regional manager before I could say anything.", "deferring to a manager on discount"),
  ("N", "We can deliver and assemble it on the Saturday before your spring meet, when the gym is closed.", "logistics tied to their calendar"),
  ("T", "If you decide it isn't right for the club, please don't feel bad at all, I'm grateful you even considered us.", "pre-emptive release and thanks for considering"),
]),
# 20 turf, cricket square, blunt British -- CLEAN
dict(subject="Square renovation: core results", sal="Morning Steve,",
     signoff="Cheers,\nDave Cole\nWicket Turf Ltd", s=[
  ("N", "Had a look at the square yesterday and took four cores.", "report"),
  ("N", "They show a 15 mm thatch layer and root break at 40 mm, so I'd strip and relay the four worst pitches rather than keep overseeding them.", "expert recommendation backed by evidence"),
  ("N", "Turf from our loam-based nursery will bind with your existing clay, which matters for pace and bounce.", "we-phrasing with buyer value"),
  ("N", "Loam turf can only be lifted when the ground isn't frozen, so the work fits best in late September or October.", "borderline: real external constraint stated neutrally, rule 4"),
  ("N", "Quote attached: £7,450 for the four pitches, topdressing included.", "price"),
  ("N", "Does Thursday at 5 suit you to talk it through with the committee?", "next step with time"),
]),
# 21 tow-truck service, bus company, formal, American, curly
dict(subject="Heavy recovery contract, airport routes", sal="Dear Mr. Brennan,",
     signoff="Regards,\nTony Marchetti\nInterstate Heavy Recovery", s=[
  ("H", "Thanks for the numbers on last year's breakdowns: 41 call-outs, mostly on the airport routes, which took me three reminders to get out of you.", "thanks beside counting chases at the prospect, rule 13"),
  ("N", "A heavy-recovery contract with a guaranteed 45-minute response on those routes would have cut your average roadside wait from two hours to under one.", "value from prospect data"),
  ("H", "This is the fourth email I've sent you about this, and I'd appreciate the basic courtesy of a reply.", "counting attempts plus entitlement, rule 13"),
  ("H", "Your fleet engineer's questions are answered on page 4, and I can see from the read receipts that your team has opened the proposal twice.", "legit answer beside read-receipt guilt, rule 13"),
  ("HS", "The draft is ready for signature, and my regional VP wants to know why it's still open, so I'd like it signed by the end of the month.", "legit draft beside manager as reason for a date, rule 16"),
  ("N", "The contract, with the response-time penalty clause you asked for, is attached again.", "borderline: logistics line inside a pushy email, rule 14"),
]),
# 22 ukuleles, primary school, warm, British, P.S.
dict(subject="Class set of ukuleles for Year 4", sal="Dear Mrs Baptiste,",
     signoff="Warm wishes,\nJune Farley\nFarley Music Supplies", s=[
  ("N", "Thank you for the lovely photos of Class 4's first concert!", "pleasantry"),
  ("T", "For a class set of 30 I'd suggest concert-size ukuleles, because small hands can still reach the frets, though of course you know best and I wouldn't dream of telling you what to buy.", "legit recommendation undercut by giving up control"),
  ("N", "The set, with padded bags and a wall rack, comes to £1,290, and the music hub grant you mentioned can cover up to 75% of instrument costs.", "price with buyer value"),
  ("S", "We've supplied schools for forty years and we're the only firm in the county with a Music Industries Association award.", "years in business and award boast"),
  ("T", "I'm afraid the price may look a little steep, so sorry about that.", "apologising for the price"),
  ("S", "P.S. Could you write a few words about us for our website once the children have their ukuleles?", "testimonial request before any value delivered"),
]),
# 23 umpire chairs, tennis club, blunt
dict(subject="Umpire chairs for the grass courts", sal="Hi Richard,",
     signoff="Rob\nBaseline Court Supplies", s=[
  ("N", "Quote for three umpire chairs for the grass courts attached, as you asked.", "attachment"),
  ("H", "They're galvanised steel with a teak seat, so they can stay out all summer, and Ashcombe Park ordered three last week, so you'd hardly want to be the club that didn't.", "product detail beside peer-pressure shaming"),
  ("H", "Clubs that put off ordering end up with plastic garden chairs on finals day, and members notice that kind of thing.", "shaming and fear of embarrassment"),
  ("H", "I'll put you down for three and send the deposit invoice tonight unless you tell me otherwise.", "assumptive, silence means yes"),
  ("N", "Lead time is four weeks, so an order by mid-May gets them to you before your club championships on 21 June.", "deadline derived from the prospect's own date"),
]),
# 24 vacuum lifters, glazier, terse, curly -- CLEAN
dict(subject="Vacuum lifter for Harrow Road", sal="Hi Sanjay,",
     signoff="Thanks,\nKarl\nLiftRite Handling", s=[
  ("N", "Following up on the site visit at the Harrow Road job.", "single follow-up line, rule 13"),
  ("N", "For the 3 m triple-glazed units you're fitting, a 600 kg vacuum lifter would let two fitters do what currently takes four.", "value tied to prospect"),
  ("N", "It has a battery alarm and a dual-circuit vacuum, which your insurer asked about.", "feature tied to buyer requirement"),
  ("N", "Hire is £420 a week or £11,800 to buy; across your three projects this year, buying pays back in about seven months.", "price with value"),
  ("N", "I can bring one to Harrow Road on Tuesday for your team to try on the first unit.", "clear next step"),
]),
# 25 velvet stage curtains, theatre, formal, British
dict(subject="House tabs for the Lyceum", sal="Dear Ms Achterberg,",
     signoff="Yours sincerely,\nRupert Ashby\nAshby Stage Drapes", s=[
  ("N", "Thank you for inviting me to measure the proscenium at the Lyceum.", "thanks"),
  ("N", "Your current tabs are not inherently flame-retardant, and the licensing authority will expect certificates at the next safety review.", "borderline: real external requirement stated neutrally, rule 4"),
  ("T", "A new set of inherently flame-retardant wool velvet tabs in the burgundy you chose would be £18,400, including the new track, and I am dreadfully sorry it comes to so much.", "price beside apologising for the price"),
  ("S", "We dressed the stages of six West End theatres last year, and our velvet is woven exclusively for us in Italy.", "generic credentials boast"),
  ("HS", "I'm under real pressure from my managing director to confirm our autumn orders, so if you could sign before your board on the 10th it would mean a great deal to me.", "managing director as reason for a date, overriding the board, rule 16"),
  ("T", "I do hope you'll forgive me for pressing, and please ignore this if it isn't convenient.", "apology for selling plus permission to ignore"),
]),
# 26 venison, gastropub, blunt British
dict(subject="Fallow venison for the game menu", sal="Hi Chef,",
     signoff="Cheers,\nAlasdair\nGlen Tarvie Game", s=[
  ("N", "Good to talk on Monday about the game menu.", "pleasantry"),
  ("H", "We can do haunch and loin from wild fallow, hung ten days, at £14.20 a kilo for the loin, and I'll need your card details today to reserve the first carcass.", "price beside payment details before a yes"),
  ("N", "The doe season closes at the end of March, so haunches run out after that.", "borderline: real external season constraint stated once, rule 4"),
  ("H", "Every decent gastropub in the valley already has our venison on, and frankly yours is the odd one out.", "peers switched, shaming"),
  ("H", "I can drop the first order on Thursday, but if you're not on board by Saturday you can forget getting any this winter.", "legit delivery offer beside an ultimatum"),
  ("N", "Want me to bring a loin round for you to try first?", "plain offer"),
]),
# 27 waders, river trust, warm, curly -- CLEAN
dict(subject="Waders for the river clean-up volunteers", sal="Hi Nia,",
     signoff="Best wishes,\nIfan\nDyfi Outdoor Supply", s=[
  ("N", "Thanks for sending the list of volunteer sizes for the river clean-ups.", "thanks"),
  ("N", "Chest waders with felt-free soles would stop volunteers carrying signal crayfish and didymo between catchments, which your biosecurity plan flags.", "value tied to their plan"),
  ("N", "Thirty pairs in mixed sizes come to £1,650, and we'll swap any that don't fit within 60 days.", "price"),
  ("N", "Sorry to hear the Aber site flooded again last week; we can hold delivery until the depot has dried out.", "sympathy, not an apology, rule 3"),
  ("N", "I'll ring you on Friday morning to confirm the delivery address.", "next step"),
]),
# 28 windsocks, airfield, terse, American
dict(subject="Lighted windsocks, quote", sal="Hi Pete,",
     signoff="Ray\nAirside Supply", s=[
  ("N", "Quote attached for four 12-foot internally lighted windsocks to FAA L-807 spec, as requested.", "attachment, required spec"),
  ("N", "The lighted version covers the night-ops requirement you mentioned for the new runway lights.", "buyer requirement"),
  ("H", "Prices go up 30% next month and I'm not holding them, so move on this now.", "price expiry with urgency language"),
  ("HS", "Need your PO by the 28th so I hit my number for the quarter.", "quota as reason for a date, rule 16"),
  ("T", "Actually, scratch that, if it's easier I'll just knock 10% off and you can take your time.", "unprompted discount and minimising"),
]),
# 29 water bowsers, show ground, formal
dict(subject="Drinking water for the county show", sal="Dear Mrs Thwaite,",
     signoff="Yours sincerely,\nMatthew Pryce\nPryce Event Water", s=[
  ("H", "Thank you for confirming the dates of the county show, 18 to 20 July, and congratulations on finally replying after six weeks.", "legit dates beside sarcasm at the prospect"),
  ("N", "For 9,000 visitors and the livestock lines, I'd recommend eight 2,000-litre bowsers, refilled each morning from the mains at the gate.", "recommendation sized to their event"),
  ("S", "We are the leading event water supplier in the UK, trusted by the Royal Welsh, the Game Fair and dozens more.", "leading plus client-name boast"),
  ("S", "I'd love to tell you the story of how my grandfather started the firm with a single milk tanker.", "hear-our-story, rule 9"),
  ("N", "Every bowser is tested for potable water each season, and the certificates are attached for your environmental health officer.", "certificate the buyer needs"),
  ("H", "The July dates are pencilled in, but I'll need your card number for the 50% deposit today, or they go to the next show on my list.", "legit booking detail beside payment demanded before a yes, with a threat to release the dates"),
]),
# 30 wood pellets, school district, chatty, American, curly
dict(subject="Fixed-price pellet contract for the winter", sal="Hi Mr. Osei,",
     signoff="Thanks,\nHeather Kline\nGreenleaf Pellet Co.", s=[
  ("N", "Thanks for the boiler logs from the district office.", "thanks"),
  ("N", "Your pellet boiler burned 62 tons last winter at spot price, which cost about $4,100 more than a fixed-price contract would have.", "cost from prospect's own data, rule 5"),
  ("H", "Every week you hold off, the district is shoveling taxpayers' money into the furnace, and the school board will want to know why.", "cost-of-delay used to push, with blame"),
  ("S", "The contract runs October to April with automatic top-ups when your hopper sensor reads 30%, and we're the only supplier in the state with gold certification and a fleet of 40 blower trucks.", "detail beside a generic boast"),
  ("H", "I've gone ahead and scheduled your first delivery for September 15, so I'll just need your purchase order number.", "assumptive step before a yes"),
  ("H", "I can walk your facilities team through the schedule on Tuesday at 3, and if I don't have an answer by then I'll raise it with your superintendent.", "legit meeting offer beside a bypass threat"),
]),
# 31 yoga mats, office wellbeing, chatty, American -- CLEAN
dict(subject="Mats for the new wellness room", sal="Hi Alexis,",
     signoff="Best,\nMaya\nGroundwork Studio Supply", s=[
  ("N", "Thanks for the floor plan of the new wellness room.", "thanks"),
  ("N", "On polished concrete, the 5 mm natural rubber mats won't slide, which was the complaint with your old foam ones.", "value tied to their complaint"),
  ("N", "Just so you know, natural rubber smells for the first week, so I'd air them in the room before your launch on the 3rd.", "borderline: one polite 'just', prospect's own date, rule 1"),
  ("N", "Twenty-four mats, a storage cart and two cleaning sprays come to $1,560.", "price"),
  ("N", "Would it help if I sent a sample mat to your office this week?", "plain offer"),
]),
# 32 zinc plating, fabricator, blunt British
dict(subject="Plating for the 600 gate hinges", sal="Hi Graham,",
     signoff="Cheers,\nLee\nMidland Zinc Finishers", s=[
  ("N", "Got your drawing for the 600 gate hinges.", "acknowledgement"),
  ("N", "For farm gates I'd go zinc-nickel rather than plain zinc, since it lasts about five times longer in the corrosion test.", "expert recommendation"),
  ("T", "Sorry, I know the price is probably more than you were expecting, I feel awful sending it.", "apologising for the price"),
  ("T", "We could probably meet you halfway on it, if that helps at all.", "unprompted halfway concession"),
  ("H", "Mind you, I can't keep the line free forever, so I'd want the parts in by Monday or the slot goes.", "ultimatum with no reason"),
  ("HS", "Turnaround is five working days from when the parts arrive, and I've already told my foreman they're coming, so don't make me look daft.", "logistics beside the seller's standing as guilt, rule 15"),
]),
# 33 zorbing, student union, chatty, British, curly
dict(subject="Zorbing for Freshers' Saturday", sal="Hey Chloe!",
     signoff="Speak soon,\nJosh\nRollin' Zorb", s=[
  ("T", "Thanks for the Freshers' Week schedule, the Saturday on the playing fields looks perfect, and I'm so sorry for clogging up your inbox again.", "thanks beside apologising for following up"),
  ("N", "We'd bring six harness zorbs and a 40 m run, with two trained staff per ball, for £1,450 for the day.", "offer and price"),
  ("S", "We're literally the UK's number one zorbing company, we've been on BBC Three and we've got 50,000 Instagram followers!", "ranking and media boast"),
  ("S", "I'm also in the running for our company's sales award this year, so every booking means a lot to me personally.", "seller's goal, no date tied to this prospect, rule 16"),
  ("HS", "If you could confirm by Friday, that would get me over the line for the award.", "seller's reason for a date, rule 16"),
  ("N", "Your insurance office will need our public liability certificate, which I've attached.", "technical prerequisite 'need'"),
]),
# 34 stethoscopes, nursing school, formal, American
dict(subject="Stethoscopes for the first-year cohort", sal="Dear Professor Whitaker,",
     signoff="Sincerely,\nLaura Bennett\nClearSound Medical", s=[
  ("N", "Thank you for meeting with me and your clinical skills faculty on Monday.", "thanks"),
  ("N", "A dual-head stethoscope with a tunable diaphragm would let your 180 first-years hear low and high frequencies without flipping the chestpiece, which your faculty said slows down OSCE practice.", "value tied to their feedback"),
  ("S", "The chestpiece is latex-free for your students with allergies, and our stethoscopes have been the top seller in North America for 22 consecutive years, with over 40 patents behind them.", "product detail beside a ranking and patents boast"),
  ("T", "I'm so sorry for following up again so soon, and I hope you don't mind me writing.", "apologising for following up"),
  ("T", "Student pricing is $89 each with engraving, and I was kind of thinking maybe, if it's at all possible, you might consider a small order first?", "legit price beside stacked hedges"),
  ("T", "The university bookstore can handle ordering so students pay through their usual account, or if it's easier I'm sure I could find you a better price, just name it.", "logistics beside name-your-number concession"),
]),
# 35 taxi accounts, hospital trust, formal British -- CLEAN
dict(subject="Pre-booked taxi account for patient journeys", sal="Dear Mr Lowe,",
     signoff="Kind regards,\nSarah Quinn\nCityLink Accounts", s=[
  ("N", "Thank you for the figures on last quarter's patient and staff taxi journeys.", "thanks"),
  ("N", "Of your 2,300 journeys, about 40% were booked as urgent same-day trips at the premium rate, and most of those were dialysis patients whose appointments are fixed weeks ahead.", "insight from their data"),
  ("N", "Moving those recurring journeys onto a pre-booked account rate would save roughly £18,000 a year on your own numbers.", "quantified value from their data"),
  ("N", "Every driver on the account holds an enhanced DBS check and wheelchair-access training, which your procurement framework lists as mandatory.", "credentials the buyer requires, rule 8"),
  ("N", "The framework call-off window closes on 15 November, so I'd suggest we aim to agree the specification by early November.", "borderline: real external deadline stated once with reason, rule 4"),
  ("N", "Could we meet your transport lead on the 4th to go through the journey data?", "next step with date"),
]),
# 36 reindeer, garden centre grotto, chatty, curly, P.S.
dict(subject="Reindeer for the December grotto", sal="Hi Paula,",
     signoff="Love,\nKate\nNorthern Lights Reindeer", s=[
  ("N", "Lovely to hear the garden centre grotto did so well last year.", "pleasantry"),
  ("N", "We can bring two reindeer and a handler for the four Saturdays in December, pen and hay included, for £2,200.", "offer and price"),
  ("H", "They need a movement licence for each visit, which we arrange, and I've already started the paperwork for your four dates, so just pop the deposit over.", "prerequisite beside assumptive payment step"),
  ("H", "December Saturdays always go first, and two other garden centres nearby have already asked about your dates.", "scarcity with rival buyers"),
  ("HS", "I've been so patient waiting on this one, and honestly I'm a bit hurt not to have heard back, so please let me know by Wednesday.", "seller's feelings as guilt with a demand, rule 15"),
  ("T", "P.S. Sorry for nagging you yet again!", "apologising for following up"),
]),
# 37 upcycled boardroom table, co-working space, warm, American
dict(subject="Reclaimed maple boardroom table", sal="Hi Deshawn,",
     signoff="Warmly,\nIsabel\nSecond Growth Studio", s=[
  ("N", "Thanks again for showing me the old mill space, those cast-iron columns are gorgeous.", "pleasantry"),
  ("N", "For the 14-seat boardroom I'd build the table from the reclaimed bowling-alley maple you saw, on a steel base that clears the column footings.", "recommendation fitted to their room"),
  ("S", "The top gets a hardwax oil finish your cleaners can spot-repair, and our tables have been featured in Dwell, Wired and the New York Times.", "product detail beside a media boast"),
  ("S", "When you visit the workshop I'd love to show you every single piece in our new collection, it's our best work yet.", "legit visit beside showing off the whole range, rule 9"),
  ("HS", "The quote is $9,800 with power and data grommets at every seat, and I'd need a 50% deposit by the 15th because that's when my commission for the quarter is calculated.", "price beside a deposit date justified by the seller's commission, rule 16"),
  ("T", "I know that's a lot, so sorry, and if it's too much just say what works and we'll make it fit.", "apologising for price plus name-your-number"),
]),
# 38 outdoor gym equipment, town council, non-native English
dict(subject="Outdoor gym for Jubilee Park", sal="Dear Mr Harrison,",
     signoff="Best regards,\nJakub Nowak\nFitPark Outdoor", s=[
  ("T", "Thank you for the meeting at the town council, and thank you very very much that you even listen to a small company like us.", "thanks for even considering, rule 11"),
  ("N", "For the space near the playground we propose eight stations, including two which are usable from wheelchair, as your accessibility officer asked.", "offer tied to their request"),
  ("N", "All equipment is certified to EN 16630, which is required in your tender document.", "certification buyer requires"),
  ("H", "Many towns near to you have already put our gyms, and your residents are asking why your park is still empty.", "peers switched plus shaming"),
  ("H", "If you don't decide in this month, your park will stay without gym for many years.", "now or never"),
  ("T", "We are sorry very much for so long letter, and please excuse if we make some pressure.", "apologising for length and for selling"),
]),
# 39 wheelie bin cleaning, housing association, blunt, curly -- CLEAN
dict(subject="Communal bin cleaning, Kestrel Road", sal="Hi Sharon,",
     signoff="Thanks,\nDarren\nSparkle Bins", s=[
  ("N", "Following up on your question about the Kestrel Road blocks' bin stores.", "single follow-up line"),
  ("N", "Cleaning the 180 communal bins monthly with a hot wash and sanitiser would cut the fly and odour complaints your tenants logged last summer.", "value from their data"),
  ("N", "Price is £2.10 a bin per clean, or £1.85 if you sign for twelve months.", "borderline: concession traded for a longer term, rule 7"),
  ("N", "We take the waste water away in the truck, so nothing goes down your drains.", "we-phrasing with buyer value"),
  ("N", "I can start on the 3rd, the day after the council's refuse collection.", "next step"),
]),
# 40 tuxedo hire, school prom, warm British
dict(subject="Suits for the Year 13 prom", sal="Dear Mr Clarke,",
     signoff="Best wishes,\nNeil\nBlack Tie Hire", s=[
  ("N", "Thank you for asking us to quote for the Year 13 prom on 4 July.", "thanks"),
  ("N", "For around 90 students we'd run two fitting evenings at the school in June, so nobody has to travel into town.", "guiding the process"),
  ("S", "Hire is £49 per suit including shirt, tie and shoes, with free alterations, and we were voted the North West's best formalwear hire three years running.", "price beside a generic award boast"),
  ("HS", "I've got a new area manager watching my bookings closely, so I really need your go-ahead by the end of this week.", "manager as reason for a date, rule 16"),
  ("H", "We keep every size from a 28 to a 48 inch waist in stock, and schools that left it late last year had students turning up in ill-fitting high-street suits, which nobody wants in the photos.", "stock detail beside shaming and fear of missing out"),
  ("T", "Sorry if this all sounds a bit much, I don't want to come across as pushy.", "apologising for being pushy"),
]),
]


def curly(s):
    return s.replace("'", "\u2019")


def level(entries, lab):
    carrying = [e for e in entries if lab in e["labels"]]
    if not carrying:
        return 0
    non_b = [e for e in carrying if not e["note"].startswith("borderline:")]
    if len(carrying) >= 2 and non_b:
        return 2
    return 1


def main():
    emails, sents = [], []
    n = 0
    for i, e in enumerate(EMAILS, 1):
        eid = "s29e%03d" % i
        fix = curly if i % 3 == 0 else (lambda x: x)
        body = [(c, fix(t), note) for c, t, note in e["s"]]
        texts = [t for _, t, _ in body]
        # paragraphs: P.S. alone at the end, others in pairs
        main_s = [t for t in texts if not t.startswith("P.S.")]
        ps = [t for t in texts if t.startswith("P.S.")]
        paras = [" ".join(main_s[k:k + 2]) for k in range(0, len(main_s), 2)] + ps
        text = fix(e["sal"]) + "\n\n" + "\n\n".join(paras) + "\n\n" + fix(e["signoff"])
        entries = []
        for c, t, note in body:
            assert t in text, (eid, t)
            assert 5 <= len(e["s"]) <= 7, eid
            labs = ["NONE"] if c == "N" else [l for l in ORDER if l in {CODE[ch] for ch in c}]
            n += 1
            ent = {"id": "s29-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note}
            entries.append(ent)
        sents.extend(entries)
        emails.append({"email": eid, "subject": fix(e["subject"]), "text": text,
                       "labels": {l: level(entries, l) for l in ORDER}})
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for x in emails:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for x in sents:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    # re-parse and check
    E = [json.loads(l) for l in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8")]
    S = [json.loads(l) for l in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8")]
    byid = {x["email"]: x for x in E}
    for s in S:
        assert s["text"] in byid[s["email"]]["text"]
    cnt = collections.Counter(l for s in S for l in s["labels"])
    faulty_per = collections.Counter(s["email"] for s in S if s["labels"] != ["NONE"])
    clean = [x["email"] for x in E if faulty_per[x["email"]] == 0]
    multi = sum(1 for s in S if len(s["labels"]) > 1)
    border = sum(1 for s in S if s["note"].startswith("borderline:"))
    ps = sum(1 for s in S if s["text"].startswith("P.S."))
    curly_n = sum(1 for x in E if "\u2019" in x["text"])
    print("emails", len(E), "sentences", len(S))
    print("NONE %d (%.1f%%)" % (cnt["NONE"], 100.0 * cnt["NONE"] / len(S)))
    for l in ORDER:
        print(l, cnt[l], "email-level 0/1/2:", [sum(1 for x in E if x["labels"][l] == v) for v in (0, 1, 2)])
    print("multi-label", multi, "borderline", border, "P.S.", ps, "curly emails", curly_n)
    print("clean emails", len(clean), clean)
    print("emails with 2+ faulty", sum(1 for v in faulty_per.values() if v >= 2),
          "with exactly 1", sum(1 for v in faulty_per.values() if v == 1))


if __name__ == "__main__":
    main()
