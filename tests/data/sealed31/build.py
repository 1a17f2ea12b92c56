#!/usr/bin/env python3
"""Build the sealed31 tone-coach evaluation set from hand-written emails.

Every sentence below was written by hand for this set, labelled from the labelling guide alone.
Label codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combined, e.g. HS).
A note starting with "borderline:" marks a sentence decided by one of the guide's borderline rules.
Notes containing "[clause]" mark faulty sentences whose fault sits in one clause beside legitimate content.
Emails 3, 6, 9, ... use curly apostrophes; the rest use straight ones.
Run: python3 build.py  (writes test-emails.jsonl and test.jsonl next to this file, prints counts)
"""
import json, os, collections

E = []  # (subject, salutation, [paragraphs of (sentence, code, note)], signoff)

def email(subject, sal, paras, signoff):
    E.append((subject, sal, paras, signoff))

# 1 Netting (anti-hail), formal, UK, private grower
email("Anti-hail netting for the Cox and Bramley blocks", "Dear Mr Hargreave,", [
  [("Thank you for walking me round the Cox and Bramley blocks on Tuesday.", "N", "greeting, thanks for a real visit"),
   ("Based on the row spacing we measured, the 4 x 7 mm crystal net would cover the 6.2 hectares in three panels, and the quote is attached.", "N", "concrete proposal with attachment")],
  [("The net is rated for hailstones up to 20 mm, and frankly most growers in your valley netted years ago and stopped gambling with their crop.", "H", "[clause] peers-already-did-it shaming beside a product spec"),
   ("The crew can start on 3 March, well before blossom, and I've raised the 30% deposit invoice so it can be settled by Friday.", "H", "[clause] assumptive invoice before a yes, beside a real start date"),
   ("The crystal net lets through 92% of the light, and it has been specified by the RHS, shortlisted for two innovation awards and exported to eleven countries.", "S", "[clause] generic boast (awards, exports) beside a product fact")],
  [("Could we speak on Thursday morning about the panel layout near the pond, as my sales director keeps asking me for an update on this one?", "S", "[clause] rules 12/16: the manager's wish as the reason, no decision date pressed, beside a meeting ask")],
], "Yours sincerely,\nEleanor Pryce\nPryce Crop Protection")

# 2 Noodles, chatty, US, restaurant group
email("Fresh noodles for the three Umami Alley locations", "Hey Dana!", [
  [("Great meeting you at the Westside tasting, and thanks for letting me try the tonkotsu.", "N", "pleasantry"),
   ("I've attached the spec sheet for our 22-gauge wavy noodle, which holds up to the four-minute boil your line cooks asked about.", "N", "'our' but serves the buyer's question")],
  [("A trial order of 30 kilos a week would cover your lunch service, and you'd be doing me a huge solid by placing it this month, since my boss is watching my new-account numbers like a hawk.", "HS", "[clause] rule 16: favour with a time frame and the boss as the reason, beside a sized trial order"),
   ("The first three deliveries ship free as standard, and I'll take 15% off them on top of that, no strings attached.", "T", "[clause] unprompted unconditional discount beside a standard term"),
   ("Would Wednesday at 3 work for a short call with your chef about hydration levels, or I can fit round him entirely, if that isn't too much of an imposition?", "T", "[clause] minimising + permission-seeking beside a concrete meeting ask")],
  [("P.S. If you end up loving the noodles, a shout-out on your Instagram would mean the world to our little team.", "S", "favour (public endorsement) asked before any value delivered")],
], "Cheers,\nMarco\nNoodle Works Co.")

# 3 Mobile notary, terse, US, credit union (curly)
email("Mobile notary for Harbor Federal loan closings", "Ms. Ortiz,", [
  [("Per your email, we can cover weekday closings across all four of your branch counties.", "N", "responds to prospect's request"),
   ("Rate is $95 per signing, travel included.", "N", "price, logistics")],
  [("Sent the master service agreement an hour ago and I'll start booking your closings from Monday unless I hear otherwise.", "H", "[clause] silence-means-yes assumptive step beside an attachment sent"),
   ("Your members could sign at home from next month, and two other credit unions in the county switched to us last month, so you're running behind.", "H", "[clause] peers switched + shaming beside a member benefit"),
   ("Need your answer by the 15th.", "H", "rule 16 -> rule 4: first-person ultimatum with no reason"),
   ("We were named Notary Service of the Year by the state association, for what it's worth.", "S", "generic award boast")],
], "R. Lindqvist\nNotaryGo")

# 4 Nutrition coaching, warm, UK, fire service (public)
email("Nutrition coaching for Blue Watch and Red Watch", "Hi Station Manager Okafor,", [
  [("It was lovely to hear how proud you are of the crews' fitness test results this year.", "N", "warm pleasantry"),
   ("You mentioned night shifts are where the snacking creeps in, so the six-week programme starts with a shift-pattern meal plan for each watch.", "N", "value tied to the prospect's own problem")],
  [("I've put together a few extra recipe cards for the night shift, and I'd be so relieved to hear I haven't overstepped.", "T", "[clause] approval-seeking beside a concrete extra"),
   ("If the budget is tight, I could probably do the whole programme for whatever figure you think is fair.", "T", "name-your-number concession"),
   ("The proposal covering all four watches is attached, and I'm sorry it runs to four pages when I know how busy you all are.", "T", "[clause] apology for length beside the attachment")],
  [("Would the 12th or the 19th suit for the first session at the station, and could we put the fire service crest on our website as a client?", "S", "[clause] logo favour beside a dated next step")],
], "Warmly,\nPriya Anand\nFuelled Nutrition")

# 5 Non-slip coating, blunt, UK, council leisure centre
email("Pool surround, Castlegate Leisure Centre", "Hi Tom,", [
  [("I looked at the pool surround again on Monday and the slip readings at the shallow end were well below the level your insurer asked for.", "N", "insight from a real test"),
   ("Frankly, that surround can't go another season without this coating, and I'm amazed it's been left this long by people paid to keep swimmers safe.", "H", "'you need this' directive plus shaming")],
  [("The two-day application can be done over the half-term closure, which you said was 24-25 October.", "N", "the prospect's own dates"),
   ("I can have a sample tile at your office on Tuesday, and if you haven't confirmed by Wednesday your head of leisure services will be getting a call from me.", "H", "[clause] bypass threat beside a sample offer"),
   ("The quoted £8,400 stands until 30 September because our resin supplier raises prices on 1 October.", "N", "borderline: rule 4, factual price expiry once with a reason, no urgency language"),
   ("Call me when you've read it, because I've given this pool three site visits already and I'm not doing a fourth for nothing.", "HS", "[clause] rule 15: seller's effort as guilt, beside a plain ask")],
], "Gav\nGripTech Surfaces")

# 6 Observatory dome motorisation, very deferential, UK, tiny society (curly)
email("Dome motor for the Fenwick Observatory", "Dear Dr Whitlow,", [
  [("Thank you so very much for even taking the time to read my letter; I know how little time the committee has.", "T", "thanking for even being considered, self-abasing"),
   ("Would it, do you think, perhaps be of some small use if I were to send a little more detail on the rotation drive?", "T", "stacked hedges")],
  [("The drive we fitted to the Harrow Hill society's 5-metre dome cut their slew time from four minutes to forty seconds, which is roughly what your members said they wanted.", "N", "rule 8: proof tied to the prospect's stated wish"),
   ("The work would take two days and the dome could stay in use at night throughout, though I do hope I am not being presumptuous in saying so.", "T", "[clause] approval-seeking beside logistics"),
   ("I have enclosed the drive specification, and please forgive me if it is not at all what you were hoping for.", "T", "[clause] self-abasing apology beside an enclosure"),
   ("The enclosed quotation for the motor, controller and rail repair comes to £6,950 including fitting, though I could come down by a few hundred pounds should the committee find it steep.", "T", "[clause] unprompted discount beside the quoted price")],
], "With my humble thanks,\nArthur Pennick\nPennick Dome Engineering")

# 7 Occupational therapy assessments, formal, UK, housing association
email("OT assessments for the adaptations backlog", "Dear Ms Achterberg,", [
  [("Thank you for sharing the list of 112 tenants awaiting adaptation assessments.", "N", "thanks, context"),
   ("Our HCPC-registered therapists could clear that list within ten weeks, starting with the 31 tenants your housing officers flagged as at risk of falls.", "N", "'our' but value tied to the prospect's list")],
  [("Each assessment comes with a costed adaptation plan, and we are the largest independent OT provider in the North West, three-time winners of the Care Excellence Award and recently backed by Northern Growth Capital.", "S", "[clause] generic boast (leading, awards, investors) beside a deliverable"),
   ("I'd also love to use part of our meeting to take you through our full suite of services, from wheelchair clinics to ergonomic workplace reviews.", "S", "rule 9: 'show our whole suite' demo"),
   ("Frankly, landing this would be a real feather in my cap, as it would be my first housing contract.", "S", "rule 15: seller's stake with no blame and no demand")],
  [("Would Tuesday 14 May at 11:00 suit for that meeting at your Bolton office, as I'd like the contract signed before our half-year close on the 31st?", "HS", "[clause] rule 16: seller's half-year close as the reason for a signing date, beside a meeting ask")],
], "Yours sincerely,\nDr Helen Marsh\nCareAble OT Services")

# 8 Organics collection, non-native English, US restaurant
email("Food waste pickup for your kitchens", "Dear Mr. Castellano,", [
  [("Thank you for the meeting of last week in your restaurant on Fulton Street.", "N", "thanks"),
   ("As you asked, I send you the price for collection three times in the week, it is $340 monthly for each kitchen.", "N", "price the prospect asked for")],
  [("Our trucks come on Monday, Wednesday and Friday before 7 a.m., and our company is the number one of organics collection in all the city with the most modern trucks and many sensors.", "S", "[clause] generic boast beside the real schedule"),
   ("Please, I ask you to sign before the end of this month, because my director gives me the bonus only if I close five new clients.", "HS", "rule 16: date to sign with the seller's bonus as reason"),
   ("I attach again the price sheet, and I am very sorry to write you again, I know you are very busy man.", "T", "[clause] apology for following up beside the attachment")],
  [("Is possible to visit your second kitchen on Tuesday for measure the space for the bins, and I bring the contract so you sign the same day?", "H", "[clause] assumptive signing step beside a site-visit ask")],
], "Best regards,\nMarek Novotný\nGreenLoop Organics")

# 9 Pallet repair, blunt, US distribution (curly)
email("Pallet repair at your Joliet DC", "Rick,", [
  [("Counted about 1,800 broken pallets in your yard during the walk-through.", "N", "observation"),
   ("We can repair roughly 70% of them on site at $4.10 each, which is under half what you're paying for new.", "N", "confident value tied to prospect's costs")],
  [("The price sheet is attached again, and this is my fourth email on it, so the courtesy of a yes or no shouldn't be too much to ask.", "H", "[clause] rule 13/15: counting attempts + entitlement aimed at the prospect, hard_close only"),
   ("Your neighbors at Prairie Freight took us on in January and they're laughing at anyone still buying new.", "H", "peers switched + shaming"),
   ("A truck's coming on the 9th either way, and the driver will have the contract for you to sign when he pulls in.", "H", "assumptive: truck and contract arrive before any yes"),
   ("Crew lead would be Manny, and we're the only outfit in Illinois with an ISO-certified repair line and two industry awards.", "S", "[clause] generic boast beside logistics")],
], "Dale\nRebuild Pallet Co.")

# 10 Pumpkins, chatty, US garden centre
email("Pumpkins for the October patch at Greenway", "Hi Shelby,", [
  [("Thanks so much for the call yesterday, it sounds like the patch is going to be huge this year!", "N", "pleasantry"),
   ("For the 40 bins you asked about, I'd suggest a mix of Howden, Jack-be-Little and some Cinderella for the photo area.", "N", "confident recommendation")],
  [("The pumpkins are cured for two weeks so they last through October, and we're family farmers going back four generations, voted best pumpkin grower in the county six times.", "S", "[clause] heritage plus award boast beside a product fact (award makes it non-borderline)"),
   ("It's been a slow autumn on the farm, so landing Greenway would honestly make my whole season.", "S", "rule 16: seller's goal with no date for the prospect, self_serving only"),
   ("Delivery can be the week of September 22, and I'll run the card you used last year tomorrow so the bins are locked in.", "H", "[clause] assumptive payment demand beside a delivery date")],
  [("Let me know which mix you'd like, and I'm happy to shave whatever you need off the final numbers.", "T", "[clause] name-your-number concession beside a plain next step")],
], "Cheers,\nKaylee\nHollow Creek Farm")

# 11 Pilates reformers, warm, US boutique studio
email("Reformers for the new Pearl Street studio", "Hi Jasmine,", [
  [("Congratulations on signing the lease for the Pearl Street space, that corner gets wonderful morning light.", "N", "pleasantry"),
   ("For a 900-square-foot room, eight reformers with tower attachments fit with enough space for your instructor to walk the full circle.", "N", "value tied to the prospect's room")],
  [("The revised floor plan is attached, and our reformers come with maple frames, whisper-glide carriages, five spring settings, jump boards, sitting boxes, an app and a lifetime frame warranty.", "S", "[clause] feature dump beside an attachment"),
   ("After the two weekends I spent measuring your space and pricing every option, I think I've earned a decision from you this week.", "HS", "rule 15: seller's effort as guilt for a decision"),
   ("Lead time is currently six weeks from order, so a mid-March order lines up with your May opening.", "N", "borderline: rule 4, real lead time stated once with the prospect's own date")],
  [("I'll join your Thursday walkthrough with the contractor and bring the card reader so we can take the deposit on the spot.", "H", "[clause] assumptive payment step beside a helpful visit")],
], "Warmly,\nNina\nCoreline Reformers")

# 12 Proofreading, formal, UK charity (curly)
email("Proofreading the 2025 annual report", "Dear Mr Osei,", [
  [("Thank you for sending the draft of the Hartwell Housing Trust annual report.", "N", "thanks"),
   ("Having read the first twenty pages, I'd recommend a full copy-edit rather than a proofread, as the tenancy figures in sections 2 and 4 do not yet agree.", "N", "confident expert recommendation with evidence")],
  [("The fee for the full copy-edit is £1,850, though I would happily reduce it by a third if that makes it any easier to say yes.", "T", "[clause] unprompted discount beside the fee"),
   ("I do apologise that my rate is higher than you may have expected, and I quite understand if it is out of reach.", "T", "apology for the price"),
   ("Should you wish to proceed, I can return the marked-up file by 6 June, ahead of your board meeting on the 12th.", "N", "date tied to the prospect's own board meeting")],
  [("Once the report is published, would you consider writing a short testimonial for my website?", "S", "rule 10: testimonial asked before any work is done, not borderline")],
], "Kind regards,\nFrances Lyle\nLyle Editorial")

# 13 Picture hanging systems, terse, US university gallery
email("Hanging rails, Whitford Gallery", "Prof. Kim,", [
  [("Attached: layout for 46 m of ceiling track across galleries A and B.", "N", "attachment"),
   ("Steel cables rated to 20 kg each, which covers your heaviest canvas.", "N", "spec tied to prospect")],
  [("The quote covers the track, 60 cables and hooks, and the price holds until Friday, after that I can't promise anything.", "H", "[clause] invented deadline with urgency, no reason, beside quote scope"),
   ("My regional manager has asked me to get this booked before our fiscal year closes on the 31st.", "HS", "rule 16: date for the prospect with manager and fiscal year as reason"),
   ("I've told the installers the 4th, so I'll raise the invoice tomorrow morning.", "H", "assumptive invoice before a yes"),
   ("Sorry if that reads as pushy, it's honestly not how I like to work.", "T", "apology for being pushy (normal selling)")],
], "J. Barros\nArcline Hanging Systems")

# 14 Queue barriers, formal, US public office
email("Queue management barriers, Eastfield DMV office", "Dear Director Abernathy,", [
  [("Thank you for the opportunity to respond to your request for quotation for retractable queue barriers.", "N", "thanks"),
   ("Our proposal covers 60 stanchions with 3.5-meter belts in the state-approved navy, delivered within your 30-day window.", "N", "meets prospect's spec and window"),
   ("Please note that the state cooperative contract under which we can offer this price expires on June 30, after which standard list pricing applies.", "N", "borderline: rule 4, real external contract expiry stated once with reason")],
  [("Many of your sister offices have already upgraded, and I would hate for Eastfield to be the one location still using rope and posts when the audit comes around.", "H", "peers-already-switched shaming (loss framing, not seller's feelings)"),
   ("I have reserved installation for the week of May 12, and if we do not have a signed order by Friday I will need to escalate this to the Commissioner's office.", "H", "[clause] bypass threat beside an install slot"),
   ("I am available Tuesday or Wednesday to walk the floor with your facilities team, and I have taken the liberty of booking your delivery for June 2 on that basis.", "H", "[clause] assumptive delivery booking before a yes, beside a meeting offer")],
], "Respectfully,\nMarcus Greer\nLineWay Crowd Control")

# 15 Two-way radios, chatty, UK football club (curly)
email("Radios for the matchday stewards", "Hiya Sarah,", [
  [("Cheers for showing me round the ground on Saturday, and the lads in our office still can't believe we're in the running to kit out a proper league club!", "S", "[clause] seller-centred excitement beside a pleasantry"),
   ("Sixty licence-free radios would cover every gate and the family stand, and I've attached the channel plan.", "N", "value + attachment")],
  [("Only nudging this up your inbox on the off chance the channel plan got a look, and honestly there's no rush whatsoever!", "T", "rule 1: 'just checking in' as purpose + minimising"),
   ("Sorry again for pestering you, I know it's a mad time of year for the club.", "T", "apology for following up"),
   ("The quote comes to £7,200 with earpieces, but honestly I'm happy to do them at whatever price the board's comfortable with.", "T", "[clause] name-your-number beside the quote")],
  [("The first home game is 9 August, so ordering by mid-July gives us time to programme and test them at the ground.", "N", "prospect's own date with a real reason")],
], "Ta,\nLiam\nSignalPoint Radio")

# 16 Portable ramps, very deferential, UK council elections
email("Portable ramps for the polling stations", "Dear Mrs Adeyemi,", [
  [("I hope you will not mind me writing again about the access ramps for the May elections, and I do apologise for taking up more of your time.", "T", "[clause] apology for following up beside the topic"),
   ("Your team identified 14 polling stations with steps at the entrance, and our folding aluminium ramps fit thresholds up to 300 mm.", "N", "'our' tied to the prospect's sites")],
  [("I'm so sorry that the price has gone up slightly since last year, as aluminium costs are simply out of my hands.", "T", "apology for the price"),
   ("Whatever you decide will be absolutely fine with me, and I shall not trouble you further if it is a no.", "T", "rule 11: pre-emptively releasing the prospect"),
   ("The returning officer's access guidance asks for ramps to be in place a week before polling day, so delivery by 24 April would be sensible.", "N", "borderline: rule 4, real external requirement stated once with reason")],
  [("Would it be helpful if I brought a sample ramp to the council offices on Thursday, along with our brochure of the awards we have won since 1987?", "S", "[clause] awards and years-in-business boast beside a sample offer")],
], "With kind regards,\nMargaret Eldon\nAccessWay Ramps")

# 17 Rubber tracks, blunt, UK plant hire
email("Tracks for your eight mini-diggers", "Steve,", [
  [("Your 1.5-tonne Kubotas all take the 230 x 48 x 70 track, and I've got 16 in stock at Wakefield.", "N", "fact"),
   ("£295 a track fitted, which is £60 under what you paid last spring.", "N", "value tied to the prospect's costs")],
  [("All our tracks carry a 12-month warranty, and we're the biggest supplier in Yorkshire, 31 years going, and nobody in the trade touches our prices.", "S", "[clause] boast (biggest, years) beside a warranty"),
   ("Half the hire firms on your side of the M62 have already moved over, and they think you're mad still paying dealer prices.", "H", "peers switched + shaming"),
   ("The 16 tracks are in the Wakefield yard now, but if I don't have an order by close Thursday they go on the lorry to a firm in Hull who's asked twice already.", "H", "[clause] manufactured scarcity and deadline beside stock fact")],
  [("P.S. Fitting's done at your yard, and if you leave us a Google review afterwards I'll take another tenner off each track.", "ST", "borderline: rule 7, discount offered for a review (self_serving + timidity); [clause] beside a logistics fact")],
], "Craig\nTrackline UK")

# 18 Sandwich delivery, non-native English, UK construction site (curly)
email("Sandwich delivery for the Kingsmead site canteen", "Hello Mr Bradley,", [
  [("Thank you for answer so quickly to my first message.", "N", "thanks"),
   ("We can deliver 120 sandwiches each morning at 6.30, before your first shift start, with a hot option on Fridays.", "N", "logistics tied to prospect")],
  [("I am not sure if maybe it is possible that perhaps you would like to try one week, if is not problem for you?", "T", "stacked hedges + permission"),
   ("The sandwiches are made the same morning in our bakery in Leeds, which has won many prizes and was two times in the newspaper.", "S", "[clause] generic boast beside a freshness fact"),
   ("The first delivery could be Monday 6th, but you must confirm before Sunday, because my boss wants the new contract in this month's figures.", "HS", "[clause] rule 16: seller's boss/month as reason for a date, beside a start date")],
  [("I attach the price list for each sandwich, and if it is too expensive please just tell me the price you want.", "T", "[clause] name-your-number beside the attachment")],
], "Best regards,\nJoana Ferreira\nPão & Co Sandwiches")

# 19 Scrap metal collection, terse, UK council depot -- CLEAN
email("Scrap collection, Northmoor depot", "Hi Dev,", [
  [("Following your call, we can put two 40-yard bins at the Northmoor depot on Monday.", "N", "follows prospect's request"),
   ("Mixed ferrous at today's rate is £165 a tonne, paid by BACS within seven days of weighing.", "N", "price, terms")],
  [("Copper cable must be stripped or bagged separately, because loose cable gets graded as mixed and you'd lose about £3,000 a tonne on it.", "N", "rule 6: technical prerequisite with the reason"),
   ("Our waste carrier licence and insurance certificate are attached for your procurement file.", "N", "'our' serving buyer's process")],
  [("Confirm the Monday drop and I'll send the driver's details.", "N", "plain next step")],
], "Tony\nNorthmoor Metals")

# 20 Silver polishing, very deferential, UK livery company
email("Care of the Company's silver", "Dear Clerk,", [
  [("Please forgive the intrusion, and my apologies for raising the silver with you once more.", "T", "repeated self-abasing apology for following up"),
   ("At the Lady Day dinner I noticed that the two rosewater dishes have begun to tarnish in the engraving, which a hand polish with a non-abrasive cream would lift without wearing the detail.", "N", "insight the prospect did not have")],
  [("I would be so very grateful for the work, as it has been a difficult winter for our little workshop.", "ST", "rule 15: pleading for the seller's own sake"),
   ("I could collect the pieces on 3 April, and I would of course be content with any fee the Court thought appropriate.", "T", "[clause] name-your-number beside a collection date"),
   ("They would be back before the Installation Dinner on the 20th, which I believe is the date you mentioned.", "N", "prospect's own date")],
  [("My late father polished the Company's silver for thirty years, and our family has served the livery halls since 1921.", "S", "borderline: rule 8, heritage line")],
], "Your obedient servant,\nWilliam Archer\nArcher & Son Silversmiths")

# 21 Soil testing, formal, UK developer (curly) -- CLEAN
email("Contamination testing, Dockside Road plot", "Dear Ms Kaur,", [
  [("Given the former gasworks to the north, I'd recommend twelve window sample holes rather than the eight in the planning condition, with the extra four along that boundary.", "N", "confident expert recommendation with reason")],
  [("The planning officer will not discharge the condition until the report is in, and the lab currently needs fifteen working days, so sampling in the week of 9 March keeps your June start realistic.", "N", "borderline: rule 4, real external lead time stated once against the prospect's date"),
   ("Our quotation of £7,240 is attached and includes the gas monitoring visits.", "N", "price, attachment"),
   ("We tested the Wharf Lane site for your colleague last year, and the main lesson there was to get the utility drawings before setting out the holes.", "N", "rule 8: proof turned into advice")],
  [("Could you send the utility drawings, and would Thursday at 2 pm suit for a short call?", "N", "plain asks")],
], "Kind regards,\nDr Rhys Morgan\nGroundTruth Environmental")

# 22 Spill kits, chatty, UK haulage
email("Spill kits for the three yards", "Morning Jo,", [
  [("Thanks for the tour of the Hull yard, your fuel island's a lot tidier than most I see!", "N", "pleasantry"),
   ("For the fuel island I'd go with the 240-litre wheeled kit, plus a 50-litre kit in every cab, which is what your insurer's survey picked up on.", "N", "recommendation tied to the insurer's finding")],
  [("Our kits come in four colours, with 14 types of pad, socks, pillows, drain covers, goggles, gauntlets and a free branded wall sign.", "S", "feature dump"),
   ("The kits are in stock at our Doncaster warehouse, and I've already popped the invoice in the post so they can go out on Monday.", "H", "[clause] invoice sent before a yes, beside stock availability"),
   ("Between you and me, getting this one over the line would put me top of the leaderboard in our sales contest.", "S", "rule 16: seller's contest, no date pressed, self_serving only")],
  [("Any questions, give me a ring on the number below, and if I don't hear by Friday I'll take it you're happy and book the delivery.", "H", "[clause] silence-means-yes beside a plain close")],
], "Cheers,\nBecky\nSpillSafe Supplies")

# 23 Sunscreen dispensers, warm, US city council
email("Sunscreen dispensers for the city beaches", "Hi Councilmember Reyes,", [
  [("It was wonderful to hear about the skin-cancer awareness campaign you're planning for the summer.", "N", "pleasantry"),
   ("I'd hate to be a nuisance, so do tell me if I've got any of this wrong and I'll happily redo it.", "T", "approval-seeking, self-minimising"),
   ("Twenty free-to-use dispensers along the boardwalk and at the three lifeguard stations would put SPF 30 within a two-minute walk of every stretch of sand.", "N", "value tied to the prospect's goal")],
  [("Our dispensers were featured on the Today show and are used by over 400 cities, including a few very famous ones!", "S", "generic boast, exclamation"),
   ("I'd really love for your city to be part of our story, and it would mean a lot to me personally.", "S", "I/we-centric, seller's feelings, no demand"),
   ("The state beach health grant that could cover most of the cost closes to applications on April 15, so it's worth settling the dispenser count before then.", "N", "borderline: rule 4, real external grant deadline stated once with reason"),
   ("The quote for twenty units with a season of refills is attached, and I'm happy to lower it if the council has any hesitation at all.", "T", "[clause] unconditional discount beside the attached quote")],
], "Warmly,\nGrace Whitman\nShoreGuard Dispensers")

# 24 Soft-top surfboards, chatty, UK surf school (curly)
email("Soft-tops for the surf school", "Alright Jenna,", [
  [("Good to see the school so busy over Easter, the car park was rammed!", "N", "pleasantry"),
   ("Twenty 8-foot soft-tops with the heavier stringer would stand up to a full season of beginners better than the 7-foot boards you've got now.", "N", "confident recommendation")],
  [("Sorry, sorry, I know I keep messaging you about this, but the new batch landed today.", "T", "[clause] repeated apology for following up beside news"),
   ("Every other school from Newquay to Bude has switched to our boards, so you'd be pretty much the last one left on the old ones.", "H", "FOMO, peers already switched"),
   ("They're £260 each with leashes, and if you're not sure I can do them at cost, I really don't mind.", "T", "[clause] unconditional concession beside the price")],
  [("I can drop a demo board round on Friday, and I'll bring the invoice so we can get your order in the same afternoon.", "H", "[clause] invoice before a yes, beside a demo offer")],
], "Cheers,\nMatt\nSwellworks Boards")

# 25 Swimming lessons, non-native English, UK primary school -- CLEAN
email("Swimming lessons for the Year 3 classes", "Dear Mrs Thornton,", [
  [("Thank you for the visit at Riverside Primary yesterday and for explain the curriculum requirement.", "N", "thanks"),
   ("For the three Year 3 classes we propose ten lessons each in the summer term, at the leisure centre pool on Tuesday mornings.", "N", "proposal")],
  [("Each group of 30 children will have three qualified teachers, so the ratio is 1 to 10 as your policy asks.", "N", "meets the prospect's policy"),
   ("The price is £1,950 for the full block, and it includes the coach from school to the pool.", "N", "price"),
   ("The pool time must be booked with the council before 1 March, because after this date they open the slots to other clubs.", "N", "borderline: rule 4, real external booking deadline with reason")],
], "Kind regards,\nTomasz Wiśniewski\nSplash Ahead Swim School")

# 26 Shopfitting, blunt, UK bike shop
email("Fit-out for the Gear Cycles unit", "Hi Aaron,", [
  [("Drawings for the new unit attached, with the workshop at the back and the hire counter by the door like you wanted.", "N", "attachment tied to request"),
   ("Total is £38,500 including the slatwall, lighting and counters, and we've been the top-rated shopfitter in the county three years running.", "S", "[clause] ranking boast beside the price")],
  [("I've booked my joiners for 2 June, so transfer the 40% deposit today and that's locked in.", "H", "[clause] assumptive deposit demand beside a crew date"),
   ("I've turned down two other jobs to keep that week free for you, so I'd expect an answer by tomorrow.", "HS", "rule 15: seller's sacrifice as guilt for a decision"),
   ("If you keep sitting on it I'll ring your business partner directly.", "H", "bypass threat"),
   ("Your opening date of 1 July still works if we start on the 2nd.", "N", "prospect's own date")],
], "Lee\nFrontline Shopfitters")

# 27 Topiary, formal, UK hotel (curly) -- CLEAN
email("Topiary at Ashcombe Court", "Dear Mr Villiers,", [
  [("The eight yew peacocks have lost their tail definition, and I'd recommend a hard reshaping in late August rather than the light trim they have been getting.", "N", "expert recommendation")],
  [("Late August is the right window because the new growth will have hardened off and the cuts recover before the first frosts.", "N", "reason, not pressure"),
   ("For all eight peacocks and the box parterre, the fee is £3,600, with two of my team on site for four days.", "N", "price, logistics"),
   ("We will work around your wedding bookings, so please send me the dates the lawn is in use.", "N", "plain ask")],
  [("I would be glad to meet your head gardener beforehand to agree how the shapes are kept between visits.", "N", "helpful offer")],
], "Yours sincerely,\nClaudia Rees\nRees Topiary")

# 28 Truffles, non-native English (Italian supplier), UK restaurant
email("White truffles for the autumn tasting menu", "Dear Chef Morton,", [
  [("It was a pleasure to cook with you at the Alba dinner in London.", "N", "pleasantry"),
   ("For your tasting menu of 40 covers, five nights a week, I suggest 600 grams of white truffle each week, delivered Tuesday and Friday by overnight courier.", "N", "sized recommendation")],
  [("Our family is hunting truffle since 1890 and we are the most famous truffle house of all Piedmont.", "S", "heritage plus 'most famous' boast (not just heritage, so not borderline)"),
   ("This season the rains were late and there are few truffles, and the other restaurants in Mayfair already take everything, so you must decide today.", "H", "[clause] scarcity, competitors and 'decide today' beside a real season fact"),
   ("The price is €4,200 per kilo, the Alba market price of last Saturday, but for you I can make €3,500 without any problem.", "T", "[clause] unprompted discount beside the sourced price"),
   ("Please, I need you confirm by tomorrow because my father wants to close the London list this week.", "HS", "rule 16: date for the prospect with the boss's (father's) wish as reason")],
], "Cordiali saluti,\nLuca Bertolino\nBertolino Tartufi")

# 29 Vacuum excavation, terse, UK utility contractor -- CLEAN
email("Trial holes, Station Road", "Hi Marcus,", [
  [("Quote attached for 22 trial holes on the Station Road crossing.", "N", "attachment"),
   ("Vacuum excavation avoids strikes on the gas main your C2 plans show at 600 mm depth.", "N", "value tied to prospect's data")],
  [("Two rigs, three nights, working 20:00 to 05:00 to fit the highway authority's permit.", "N", "logistics"),
   ("The permit needs ten working days' notice, so we'd want your go-ahead by the 3rd to hit the 17th.", "N", "borderline: rule 4, permit lead time stated once with reason"),
   ("Operators all hold current EUSR and CSCS cards; copies are in the pack.", "N", "credential the buyer's process requires")],
], "Sam\nSuctionDig Ltd")

# 30 Valet parking, warm, US hospital charity gala (curly)
email("Valet service for the Children's Hospital gala", "Hi Lauren,", [
  [("Thank you for sharing the floor plan and the arrival timings for the October 18 gala.", "N", "thanks"),
   ("With 420 guests arriving between 6:00 and 6:45, I'd staff 14 valets and use the east garage so the lobby never backs up.", "N", "confident plan tied to the prospect's numbers")],
  [("The quote is attached, and I'm almost embarrassed by the price, so I'm sorry it's as high as it is.", "T", "[clause] apology for the price beside the attachment"),
   ("Every valet is background-checked and insured, and we've parked cars for three presidents, two Super Bowls and countless celebrity weddings as the highest-rated valet company in the state!", "S", "[clause] generic boast beside a buyer-relevant fact"),
   ("I'm also happy to drop the gratuity line altogether, whatever you decide.", "T", "unprompted unconditional concession")],
  [("Could we do a walk-through at the venue next Wednesday at 10, once you've sent back the signed agreement and deposit?", "H", "[clause] assumptive payment step beside a meeting ask")],
], "Warmly,\nAndre Jackson\nRedCarpet Valet")

# 31 Veneer, chatty, US furniture maker
email("Walnut veneer for the credenza run", "Hey Tyler,", [
  [("Thanks for sending over the cut list for the credenza run, really nice design.", "N", "pleasantry"),
   ("For the 24 doors you'll want sequence-matched flitches so the grain flows across each pair, and I've set aside two flitches from the same log for you to look at.", "N", "rule 6: expert recommendation, not a directive")],
  [("They're 11 feet long, enough for all 24 doors, but they won't last, I've got three other shops asking about them, so you'd better jump on it.", "H", "[clause] manufactured scarcity beside a product fact"),
   ("Honestly, I've already told my best customer those flitches are spoken for, so I'd feel pretty foolish if you went elsewhere.", "HS", "rule 15: seller's standing and feelings as guilt for a decision"),
   ("Price is $2,150 for both flitches, or $1,980 if you also take the backing veneer for the carcasses.", "N", "rule 7: concession traded for volume")],
  [("Swing by Thursday to see them under the shop lights, and bring a few photos of your finished pieces for our Instagram while you're at it.", "S", "[clause] favour for the seller's marketing beside a next step")],
], "Cheers,\nRay\nOld Grain Veneers")

# 32 Venue hire, formal, US corporation -- CLEAN
email("Venue proposal for your January sales kickoff", "Dear Ms. Lindgren,", [
  [("The Harborview ballroom seats 700 theater-style, and the four breakout rooms on the mezzanine match the regional sessions in your agenda.", "N", "fit to prospect's agenda")],
  [("Our proposal is attached, at $182,000 for two days including AV, breakfast and lunch.", "N", "price"),
   ("The ballroom is on a courtesy hold for you until November 7, which is our standard two-week hold period.", "N", "borderline: rule 4, factual hold expiry with reason, no urgency"),
   ("You mentioned last year's venue struggled with Wi-Fi during the product demos, so we've included a dedicated 1 Gbps line for the main stage.", "N", "value tied to the prospect's pain")],
  [("Would Thursday at 2 p.m. Eastern work for a site visit with your events team?", "N", "clear next step")],
], "Sincerely,\nOwen Price\nHarborview Conference Center")

# 33 Wheelchair maintenance, very deferential, UK care homes (curly)
email("Wheelchair maintenance for the six homes", "Dear Mrs Fairbrother,", [
  [("I do hope you are keeping well, and I am so terribly sorry to be writing to you yet again.", "T", "self-abasing apology for following up"),
   ("At the Elm Lodge visit, 9 of the 23 chairs had tyres below pressure and two had brakes that did not hold on the ramp, which is the kind of thing a quarterly check catches.", "N", "insight from a real visit")],
  [("Should it not be too much of an inconvenience, a short trial at one home might conceivably be of some interest?", "T", "stacked hedges + permission"),
   ("I'd be awfully relieved to have this contract, as things have been very quiet for me since the spring.", "ST", "rule 15: pleading for the seller's own sake"),
   ("The quarterly service is £18 per chair, and naturally I would understand completely if you would rather not, and I shall not bother you again.", "T", "[clause] pre-emptive release beside the price")],
  [("I could start at Elm Lodge in the week of 10 November, if that isn't presuming too much.", "T", "[clause] approval-seeking beside a start date")],
], "Yours most gratefully,\nPeter Hollis\nHollis Mobility Care")

# 34 Window film, blunt, US school district
email("Window film, south wing classrooms", "Mr. Delgado,", [
  [("Measured the south wing last week: 86 panes, and the rooms hit 91°F by 1 p.m.", "N", "real measurement"),
   ("A ceramic film at 60% heat rejection would bring those rooms down 6 to 8 degrees without darkening them for the kids.", "N", "value tied to the prospect's data")],
  [("Your district has to put this film in, period, and I don't see what there is to think about.", "H", "borderline: rule 6, 'you need this' directive after a real measurement, still hard_close"),
   ("Every other district in the county filmed their schools last summer, and parents are starting to ask why yours haven't.", "H", "peers-already-did-it shaming"),
   ("Quote attached at $14,800, and the crew's down for June 16, so the PO can come straight to me this week.", "H", "[clause] assumptive scheduling beside the quote")],
  [("The board meets on the 9th, and if you won't put it to them I'll email the superintendent myself.", "H", "[clause] bypass threat beside the prospect's own meeting date")],
], "Rich Kowalski\nCoolPane Window Film")

# 35 Silicone wristbands, chatty, US nonprofit
email("Wristbands for the Walk for Water campaign", "Hi Priya!", [
  [("Love the new logo, the blue drop really pops.", "N", "pleasantry"),
   ("For 5,000 debossed bands in two colors, the price is $0.31 each, and they'd ship ten days after you approve the proof.", "N", "price, logistics")],
  [("I'm so sorry this email is so long, I tend to ramble!", "T", "apology for length"),
   ("The proof is attached again in case it got buried, and I just wanted to see whether maybe you'd found a sec to look at it, any old time is fine?", "T", "[clause] rule 1/2: 'just wanted to' + hedge + permission beside the attachment"),
   ("The bands come in 24 stock colors, and we've got big news of our own: glow-in-the-dark bands, scented bands and an all-new customizer tool just launched!", "S", "[clause] we-centric announcement beside a product fact"),
   ("The glow bands could be fun for the night-walk segment, and honestly I'd throw them in at half price if that's what it takes.", "T", "[clause] unprompted discount beside an idea tied to the event")],
  [("P.S. Could we feature your campaign on our blog once the walk is done?", "S", "rule 10: case-study favour asked before any value delivered")],
], "Talk soon,\nMegan\nBandWagon Custom Bands")

# 36 Yoga classes, warm, UK NHS trust (curly)
email("Yoga for the night-shift nurses", "Hi Gemma,", [
  [("Thank you for telling me about the night-shift teams on the acute wards; it sounds like it has been a tough winter.", "N", "empathy"),
   ("A 30-minute chair-based session at 7:45 a.m., as shifts hand over, means nobody has to come back in on a day off.", "N", "value tied to the prospect's staff")],
  [("So sorry to hear about your own back trouble, and I hope the physio is helping.", "N", "rule 3: sympathy, not borderline"),
   ("I'll be honest, I've been hoping for ages to work with an NHS trust, so this would be a dream for me.", "S", "rule 15: seller's stake, no blame, no demand"),
   ("Every session can be done in scrubs, and I'm also a certified yin, hatha, vinyasa, restorative and prenatal teacher with over 500 training hours and a bestselling DVD.", "S", "[clause] credential boast beside a buyer fact"),
   ("The six-week block is £420 per ward, though if money's tight I could happily do the first term for free.", "T", "[clause] unconditional concession beside the price")],
  [("Could I come along to the ward managers' meeting on the 14th, and would you mind if I took a few photos of the nurses for my website?", "S", "[clause] marketing favour beside a dated ask")],
], "With warmth,\nSophie\nStillpoint Yoga")

# 37 Yogurt, formal, US hospital system -- CLEAN
email("Yogurt for patient trays, St. Agnes Health System", "Dear Mr. Whitaker,", [
  [("Our 4-ounce low-fat cups meet the sodium and added-sugar limits in your dietitians' specification, and the nutrition panels are attached.", "N", "'our' but serves the buyer's spec")],
  [("Because the cups carry a 45-day shelf life, your kitchens could move from three deliveries a week to two without extra waste.", "N", "insight, buyer value"),
   ("We can hold the quoted price for 12 months if the contract runs for two years, which would cover your budget cycle.", "N", "rule 7: concession traded for term"),
   ("Our SQF certificate and last two third-party audit reports are included, as Section 5 of the RFP requires.", "N", "rule 8: certification the buyer's process requires")],
  [("I would welcome the chance to answer your dietitians' questions at the vendor session on March 3.", "N", "next step")],
], "Sincerely,\nLaura Bennett\nClearbrook Dairy")

# 38 Zip wire, non-native English, UK activity centre -- CLEAN
email("Zip wire for the Highmoor activity centre", "Dear Mr Cartwright,", [
  [("The 280-metre line between the towers is possible, and with the braking system we propose the riders arrive at the platform under 15 km/h.", "N", "proposal")],
  [("For the groups of children you described, I recommend the lower harness limit of 25 kg, so also the younger ones can ride.", "N", "recommendation tied to the prospect"),
   ("The total price with installation and first inspection is £64,500, as in the attached document.", "N", "price"),
   ("We need the structural engineer's report on the towers before we can fix the cable, this is a requirement of the standard EN 15567.", "N", "technical prerequisite")],
  [("Please tell me which week in April is best for your staff training.", "N", "plain ask")],
], "Best regards,\nJakob Steiner\nAlpenline Adventure Systems")

# 39 Outdoor cinema, chatty, UK town council (curly)
email("Outdoor cinema for the Priory Park summer nights", "Hi Fiona,", [
  [("Lovely to chat on Friday, the Priory Park idea sounds brilliant.", "N", "pleasantry"),
   ("Our 12-metre inflatable screen and silent headphones would suit the park's 10 p.m. noise curfew you mentioned.", "N", "'our' tied to the prospect's constraint")],
  [("The parks permit takes eight weeks, so for the 25 July date we should apply by 30 May, and if you send your payment details today I'll treat the booking as confirmed.", "H", "[clause] assumptive payment demand beside a real permit deadline"),
   ("We'll bring the screen, projector and a technician, and our team has won Event Supplier of the Year twice and screened for royalty, so you're in very safe hands!", "S", "[clause] awards boast beside what is included"),
   ("Whether I can do anything on price isn't up to me, so I'll see what my boss says and let you know.", "T", "rule 12: deferring to a manager on a discount")],
  [("Does Tuesday suit for a quick look at the park layout, since my boss wants every summer date confirmed before our June sales meeting?", "HS", "[clause] rule 16: a date for the prospect's confirmation with the boss and sales meeting as reason, beside a site-visit ask")],
], "Cheers,\nHolly\nStarlight Screens")

# 40 Sports massage, terse, UK rugby club
email("Match-day massage cover", "Hi Gareth,", [
  [("Two therapists for home games, £140 a match.", "N", "price"),
   ("We'd cover pre-match flushes for the forwards and recovery work on Monday nights, as your physio asked.", "N", "meets prospect's request")],
  [("Third email this month and nothing back, so I'll take silence by Friday as a yes.", "H", "rule 13: counting attempts + silence-means-yes"),
   ("The contract's attached; need it signed before month end as my targets depend on it.", "HS", "[clause] rule 16: month-end date with the seller's target as reason, beside the attachment"),
   ("Pre-season starts 2 August per your fixture list.", "N", "prospect's own date"),
   ("Sorry for being short, I'm hopeless at these emails.", "T", "self-abasing apology for normal selling")],
], "Kev\nRecover Sports Therapy")


# (trade, register, goods/service, buyer, spelling) per email, in order; used for README.md
META = [
 ("anti-hail orchard netting", "formal", "goods + install", "private fruit farm", "UK"),
 ("fresh noodles", "chatty", "goods", "restaurant group", "US"),
 ("mobile notary", "terse", "service", "credit union", "US"),
 ("nutrition coaching", "warm", "service", "fire and rescue service (public)", "UK"),
 ("non-slip floor coating", "blunt", "service", "council leisure centre (public)", "UK"),
 ("observatory dome motorisation", "very deferential", "goods + fitting", "amateur astronomy society (tiny)", "UK"),
 ("occupational therapy assessments", "formal", "service", "housing association", "UK"),
 ("organics (food waste) collection", "non-native English", "service", "restaurant owner", "US"),
 ("pallet repair", "blunt", "service", "distribution centre (large)", "US"),
 ("pumpkins", "chatty", "goods", "garden centre", "US"),
 ("Pilates reformers", "warm", "goods", "boutique studio (tiny)", "US"),
 ("proofreading / copy-editing", "formal", "service", "housing charity", "UK"),
 ("picture hanging systems", "terse", "goods + install", "university gallery (public)", "US"),
 ("queue barriers", "formal", "goods", "state motor-vehicle office (public)", "US"),
 ("two-way radios", "chatty", "goods", "football club", "UK"),
 ("portable access ramps", "very deferential", "goods", "council elections office (public)", "UK"),
 ("rubber tracks for mini-diggers", "blunt", "goods + fitting", "plant hire firm", "UK"),
 ("sandwich delivery", "non-native English", "service", "construction site canteen", "UK"),
 ("scrap metal collection", "terse", "service", "council depot (public)", "UK"),
 ("silver polishing", "very deferential", "service", "livery company", "UK"),
 ("soil contamination testing", "formal", "service", "housing developer", "UK"),
 ("spill kits", "chatty", "goods", "haulage firm", "UK"),
 ("sunscreen dispensers", "warm", "goods", "city council (public)", "US"),
 ("soft-top surfboards", "chatty", "goods", "surf school (tiny)", "UK"),
 ("swimming lessons", "non-native English", "service", "primary school (public)", "UK"),
 ("shopfitting", "blunt", "service", "independent bike shop (tiny)", "UK"),
 ("topiary", "formal", "service", "country-house hotel", "UK"),
 ("truffles", "non-native English", "goods", "restaurant", "UK"),
 ("vacuum excavation", "terse", "service", "utility contractor", "UK"),
 ("valet parking", "warm", "service", "children's hospital charity gala", "US"),
 ("wood veneer", "chatty", "goods", "furniture maker (tiny)", "US"),
 ("conference venue hire", "formal", "service", "large corporation", "US"),
 ("wheelchair maintenance", "very deferential", "service", "care-home group", "UK"),
 ("solar-control window film", "blunt", "goods + install", "school district (public)", "US"),
 ("silicone wristbands", "chatty", "goods", "water charity", "US"),
 ("workplace yoga", "warm", "service", "NHS hospital trust (public)", "UK"),
 ("yogurt", "formal", "goods", "hospital system (large)", "US"),
 ("zip wire", "non-native English", "goods + install", "outdoor activity centre", "UK"),
 ("outdoor cinema", "chatty", "service", "town council parks (public)", "UK"),
 ("sports massage cover", "terse", "service", "rugby club", "UK"),
]

README_HEAD = """# sealed31: held-out tone-coach evaluation set

> **Training data since the tenth session.** This set was once sealed and was read several times while sealed (its
> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).
> It measures nothing now.

**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on
6 December (the seventh session) from the labelling guide alone, after that session's model retraining and first
Apply changes and before its last Apply change, and measured first on the code then (rules + model macro-F1 0.851:
hard_close 0.843, self_serving 0.857, timidity 0.854; 1 of 110 clean sentences flagged; email agreement 0.900 /
0.900 / 0.950). It is a source of the Apply sample that judges the last change.

40 hand-written sales emails (one per trade, all trades starting with a letter from N to Z) and every body
sentence of them, labelled for the Poise tone coach.

## How it was written

- Written by hand, from the labelling guide (`corpus/LABELS.md`) and the product description only; no other
  data set, rule or code was read. No sentence copies or paraphrases the guide's own examples.
- Every sentence sits in `build.py` with its label code and a short note. `python3 build.py` assembles the emails
  (salutation, body paragraphs, sign-off), writes `test-emails.jsonl` and `test.jsonl`, checks that every sentence
  is a verbatim substring of its email and that every written line parses, and regenerates this README.
- Email-level labels are derived from the sentences with the guide's 0/1/2 scale only (0 = no sentence;
  1 = one sentence, or all carrying sentences borderline; 2 = two or more with at least one not borderline).
  No hand overrides.
- A note starting with `borderline:` marks a sentence decided by one of the guide's borderline rules. A note
  containing `[clause]` marks a faulty sentence whose fault sits in one clause next to something legitimate the
  rep must keep (a date the prospect named, a price, an attachment, a meeting ask, a product fact, an offer).
- Salutations and sign-offs are not sentence entries; P.S. lines are.
- 32 emails carry two or more faulty sentences; 8 are clean. Many NONE sentences are hard negatives: real
  external deadlines (permits, grants, cooperative contracts, supplier price rises), the prospect's own dates,
  concessions traded for term or volume, credentials the buyer's process requires, sympathy, technical "must".
- Fault wordings avoid the textbook phrases; the ideas appear as peers who already switched, silence-means-yes,
  invoices and payment steps before a yes, bypass threats, the seller's boss/bonus/contest/half-year as reasons,
  the seller's effort and standing as guilt, boasts and feature lists, favours (logos, reviews, blog features),
  unprompted discounts and name-your-number, apologies for price, length, following up or being pushy, stacked
  hedges, approval-seeking and pre-emptive release.
- Apostrophes: every third email (s31e003, s31e006, ...) uses curly apostrophes, the rest straight ones. British
  and American spellings both appear.
"""

# ---------------------------------------------------------------- build
ORDER = ["hard_close", "self_serving", "timidity"]
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}
CLEAN = {19, 21, 25, 27, 29, 32, 37, 38}

def curl(s):
    return s.replace("'", "\u2019")

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (subject, sal, paras, signoff) in enumerate(E, 1):
        eid = "s31e%03d" % i
        fix = curl if i % 3 == 0 else (lambda s: s)
        para_texts, items = [], []
        for p in paras:
            texts = []
            for text, code, note in p:
                assert code == "N" or (set(code) <= set("HST") and len(set(code)) == len(code)), (eid, code)
                labs = ["NONE"] if code == "N" else [l for l in ORDER if any(CODE[c] == l for c in code)]
                t = fix(text)
                texts.append(t)
                items.append((t, labs, note))
            para_texts.append(" ".join(texts))
        full = fix(sal) + "\n\n" + "\n\n".join(para_texts) + "\n\n" + fix(signoff)
        elabels = {}
        for lab in ORDER:
            hits = [it for it in items if lab in it[1]]
            if not hits:
                elabels[lab] = 0
            elif len(hits) == 1 or all(h[2].startswith("borderline:") for h in hits):
                elabels[lab] = 1
            else:
                elabels[lab] = 2
        faulty = sum(1 for it in items if it[1] != ["NONE"])
        assert (faulty == 0) == (i in CLEAN), (eid, faulty)
        assert faulty == 0 or faulty >= 2, (eid, faulty)
        assert 5 <= len(items) <= 7, (eid, len(items))
        for t, labs, note in items:
            assert t in full, (eid, t)
            assert full.count(t) == 1, (eid, t)
            n += 1
            sents.append({"id": "s31-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
        emails.append({"email": eid, "subject": fix(subject), "text": full, "labels": elabels})
    assert len(emails) == 40
    # no duplicate subjects, no duplicate sentences
    assert len({e["subject"] for e in emails}) == 40
    assert len({s["text"] for s in sents}) == len(sents)
    with open(os.path.join(here, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "test.jsonl"), "w", encoding="utf-8") as f:
        for s in sents:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # re-read and verify every line parses and matches
    E2 = [json.loads(l) for l in open(os.path.join(here, "test-emails.jsonl"), encoding="utf-8")]
    S2 = [json.loads(l) for l in open(os.path.join(here, "test.jsonl"), encoding="utf-8")]
    byid = {e["email"]: e for e in E2}
    for s in S2:
        assert s["text"] in byid[s["email"]]["text"]
        assert s["labels"] == ["NONE"] or s["labels"] == [l for l in ORDER if l in s["labels"]]
    # counts
    c = collections.Counter()
    for s in S2:
        for l in s["labels"]:
            c[l] += 1
    multi = sum(1 for s in S2 if len(s["labels"]) > 1)
    border = sum(1 for s in S2 if s["note"].startswith("borderline:"))
    faulty = [s for s in S2 if s["labels"] != ["NONE"]]
    clause = sum(1 for s in faulty if "[clause]" in s["note"])
    lvl = {l: collections.Counter(e["labels"][l] for e in E2) for l in ORDER}
    print("emails", len(E2), "sentences", len(S2))
    print("NONE %d (%.1f%%)" % (c["NONE"], 100.0 * c["NONE"] / len(S2)))
    for l in ORDER:
        print(l, c[l], "email levels 0/1/2:", lvl[l][0], lvl[l][1], lvl[l][2])
    print("multi-label", multi, "borderline", border)
    print("faulty sentences", len(faulty), "with fault in one clause beside legit content", clause)
    print("clean emails", sum(1 for e in E2 if not any(e["labels"].values())),
          "curly emails", sum(1 for e in E2 if "\u2019" in e["text"]))
    print("P.S. lines", sum(1 for s in S2 if s["text"].startswith("P.S.")))
    assert len(META) == len(E2)
    ps = sum(1 for s in S2 if s["text"].startswith("P.S."))
    L = [README_HEAD, "## Counts (computed by build.py)", "",
         "| | Count |", "|---|---|",
         "| Emails | %d |" % len(E2),
         "| Clean emails (all labels 0) | %d |" % sum(1 for e in E2 if not any(e["labels"].values())),
         "| Sentences | %d |" % len(S2),
         "| NONE | %d (%.1f%%) |" % (c["NONE"], 100.0 * c["NONE"] / len(S2))]
    for l in ORDER:
        L.append("| %s | %d |" % (l, c[l]))
    L += ["| Multi-label sentences | %d |" % multi,
          "| Borderline sentences | %d |" % border,
          "| Faulty sentences with the fault in one clause beside legitimate content | %d of %d |" % (clause, len(faulty)),
          "| P.S. lines | %d |" % ps,
          "| Emails with curly apostrophes | %d |" % sum(1 for e in E2 if "\u2019" in e["text"]),
          "", "Email-level scores (number of emails at 0 / 1 / 2):", "",
          "| Label | 0 | 1 | 2 |", "|---|---|---|---|"]
    for l in ORDER:
        L.append("| %s | %d | %d | %d |" % (l, lvl[l][0], lvl[l][1], lvl[l][2]))
    regs = collections.Counter(m[1] for m in META)
    L += ["", "Registers: " + ", ".join("%s %d" % (k, v) for k, v in sorted(regs.items())) + ".",
          "Spelling: UK %d, US %d. Goods %d, services %d (goods with fitting counted as goods)." % (
              sum(1 for m in META if m[4] == "UK"), sum(1 for m in META if m[4] == "US"),
              sum(1 for m in META if m[2].startswith("goods")), sum(1 for m in META if m[2] == "service")),
          "", "## Emails, trades and registers", "",
          "| Email | Trade | Register | Goods/service | Buyer | Spelling | Labels (hc/ss/tm) |",
          "|---|---|---|---|---|---|---|"]
    for e, m in zip(E2, META):
        L.append("| %s | %s | %s | %s | %s | %s | %d/%d/%d |" % (e["email"], m[0], m[1], m[2], m[3], m[4],
                 e["labels"]["hard_close"], e["labels"]["self_serving"], e["labels"]["timidity"]))
    L += ["", "## Files", "",
          "- `test-emails.jsonl`: one email per line: `email`, `subject`, `text`, `labels` (0/1/2 per category).",
          "- `test.jsonl`: one body sentence per line: `id`, `email`, `text`, `labels` (`[\"NONE\"]` or categories in",
          "  the order hard_close, self_serving, timidity), `note`.",
          "- `build.py`: the hand-written source; rerun it to rebuild and re-check everything.", ""]
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))

if __name__ == "__main__":
    main()
