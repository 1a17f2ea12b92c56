#!/usr/bin/env python3
"""Build the sealed43 held-out set for the Poise tone coach.

Every sentence below was written by hand from the labelling guide alone.
Codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combined as e.g. HS).
Every third email (3rd, 6th, ...) is converted to curly apostrophes.
"""
import json, os, re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# (subject, salutation, sign-off, [paragraph, ...]); paragraph = [(sentence, code, note), ...]
EMAILS = [
# 1 formal, public sector, clinical trial phlebotomy
("Mobile phlebotomy for the ROSE-2 home visits", "Dear Dr Okafor,", "Kind regards,\nHelen Marsh\nVenaCare Mobile", [
 [("Thank you for sending the visit schedule for the 140 participants, and since I've already pencilled our nurses in against it, I'll treat that as your go-ahead.", "H", "assumptive go-ahead beside a legitimate thanks"),
  ("Our phlebotomists are all trained to IATA packing standards, which your protocol requires for the courier leg to the central lab.", "N", "borderline: credential the buyer's process requires, rule 8")],
 [("We have been voted the region's number one mobile bleeding service three years running, and our founder sits on two national committees.", "S", "generic boast: awards and standing"),
  ("Your start date of 3 March works for us, but I'd need the signed order and the deposit by this Friday to hold the nurses, as three other trials are queueing for the same team.", "H", "prospect's date kept, but invented deadline plus scarcity of competing trials"),
  ("Forgive me for the length of this, and I'm sorry the per-visit fee is on the high side.", "T", "apologising for length and price")],
 [("Could we take 30 minutes on Tuesday to agree the sample-handling flow with your trial coordinator?", "N", "clear next step with a date")]]),

# 2 chatty, tiny firm, model railway layout
("Model railway layout for the Station Gallery", "Hi Priya,", "Cheers,\nTom\nBranchline Models", [
 [("Great to meet you at the open day, and thanks for walking me round the empty gallery.", "N", "pleasantry"),
  ("I've sketched a 6 m by 2 m OO-gauge layout based on the town as it stood in 1912, with the goods yard your volunteers asked for.", "N", "concrete product detail tied to their ask")],
 [("Honestly, I've spent four evenings on these drawings for you, so it would be nice to hear back before the weekend.", "HS", "guilt resting on seller's effort, demands a reply (rule 15)"),
  ("If the 9,800 pound figure feels steep, just tell me what number you had in mind and I'll make it work.", "T", "asking buyer to name their number"),
  ("Sorry again for the ramble, I do get carried away!", "T", "apologising for normal selling, self-abasing")],
 [("The drawings are attached; page 3 shows the viewing height for wheelchair users, and I'd hate for you to be disappointed in me, so do say if I've got anything wrong.", "T", "needing approval beside the attachment")]]),

# 3 terse, curly, pool tables for student union
("Pool tables, Union bar", "Marcus,", "Dan Whitley\nCue & Baize Trade", [
 [("Quote attached for four 7-ft slate-bed tables, coin mechs included, and sorry the total's a bit chunky.", "T", "apologising for price beside the attachment"),
  ("We're the UK's biggest independent pool table supplier, with 30 years in the trade and a Queen's Award on the wall.", "S", "generic boast: size, years, award"),
  ("Price holds till the 14th, then the slate surcharge from our Italian quarry kicks in.", "N", "borderline: price expiry with a real external reason, stated once, rule 4")],
 [("Your union manager has been quiet for three weeks, so I'll go to the Students' Union president next.", "H", "bypass threat")],
 [("Delivery is the week of 9 September, before freshers, as you asked.", "N", "prospect's own date")],
 [("Send payment details today and I'll get the fitters' van loaded.", "H", "assumptive payment demand before yes")]]),

# 4 warm, nematodes for glasshouse nursery
("Nematodes for the spring vine weevil treatment", "Dear Jenny,", "Warm wishes,\nAnwen Price\nGreenguard Biologicals", [
 [("I hope the new propagation house is coming along nicely after the storm damage.", "N", "pleasantry"),
  ("For your 40,000 cyclamen plugs, Steinernema kraussei at the standard rate would cover both benches in a single application.", "N", "value tied to their crop")],
 [("The nematodes are live and ship within 48 hours of harvest, so I'll book the first consignment for the week of 17 March unless you tell me otherwise.", "H", "silence-means-yes assumptive booking beside a real product fact")],
 [("I do hope sending this unasked hasn't come across as presumptuous.", "T", "needing approval")],
 [("Our lab team have been working flat out on the new formulation and I'm just so proud of what they've built.", "S", "seller's feelings, no buyer value")],
 [("Would a short call on Thursday help you decide on the application rate, or shall I simply wait until whenever suits you, there's no hurry at all?", "T", "meeting ask undercut by permission-begging and minimising")]]),

# 5 blunt, railway ballast
("Ballast cleaning, Harwick branch", "Mr Dunstan,", "Regards,\nSteve Coyle\nTrackbed Services Ltd", [
 [("Your track geometry report shows wet beds at four locations between mileposts 12 and 14.", "N", "insight from their data"),
  ("We can clean and top up those four sites in two possession weekends, as your engineer specified.", "N", "concrete offer matching their spec")],
 [("Most engineers I deal with would be embarrassed to leave this until spring.", "H", "shaming the prospect")],
 [("I've got a regional target to hit by the 31st, so get the purchase order across to me this week.", "HS", "seller's target as reason for a date on the prospect, rule 16")],
 [("Your possession windows are set by Network Rail and close for booking on 28 February, which is why I raised it now.", "N", "borderline: real external deadline with reason, rule 4")],
 [("I'll have the method statement with your team by Monday, and if I hear nothing back I'll raise it with your route director.", "H", "bypass threat beside a legitimate next step"),
  ("P.S. I've pencilled in a site meeting with your track engineer for Tuesday, so I'll take that as the start of works.", "H", "assumptive start of works")]]),

# 6 curly, non-native English, saffron for restaurant group
("Saffron for the six Riad kitchens", "Dear Mr Haddad,", "Best regards,\nLeila Moradi\nZarin Spice Trading", [
 [("Thank you for your email and for the samples feedback from your head chef.", "N", "thanks"),
  ("As you asked, the grade 1 negin threads are 4.20 pound per gram for a 500 g monthly order, with ISO 3632 certificate for each lot.", "N", "price they asked for, concrete detail")],
 [("Maybe if it is possible, perhaps you could perhaps consider to try one month only, if you think it is not too much trouble?", "T", "stacked hedges plus permission-begging")],
 [("Our family is trading saffron since three generations and we win gold medal in Tehran fair many times.", "S", "borderline: heritage plus awards, generic boast, rule 8")],
 [("Other restaurant groups in Birmingham already change to us, so you will be the last one still paying more for worse saffron.", "H", "competitors-already-switched shaming")],
 [("I can send the next samples on Monday for your chef's tasting on Wednesday, and I am very sorry for asking so many times.", "T", "apology for following up beside logistics")]]),

# 7 very deferential, stairlift servicing for housing association
("Stairlift servicing for the Rowan Housing tenants", "Dear Ms Achterberg,", "With respect and thanks,\nGeorge Pilling\nStepEase Servicing", [
 [("I hope you are keeping well.", "N", "pleasantry"),
  ("I do hope you'll forgive me for writing again, and I'm so sorry if my last message was a nuisance.", "T", "apologising for following up, self-abasing")],
 [("We could service all 63 stairlifts across your properties before your LOLER anniversary dates in May.", "N", "concrete offer against their real compliance dates")],
 [("Should it not be too great an inconvenience, perhaps you might, when time allows, cast an eye over the attached price list.", "T", "stacked hedges and permission-begging beside an attachment")],
 [("And of course, if the price doesn't suit, I'd be glad to take 15% off straight away.", "T", "unprompted unconditional discount")],
 [("Thank you so much for even considering a small firm like ours.", "T", "thanking them for even considering, self-abasing")]]),

# 8 clean, formal, sheet piling
("Sheet piling for the Wyre riverbank scheme", "Dear Ms Hargreaves,", "Yours sincerely,\nOliver Pask\nNorthbank Piling", [
 [("Thank you for the ground investigation report and the Environment Agency's flood risk activity permit.", "N", "thanks, logistics"),
  ("Based on the borehole logs, the soft alluvium between chainage 80 and 140 will need AZ 18 sections driven to 9 m rather than the 7 m in the outline design.", "N", "expert insight from their data")],
 [("The permit restricts in-river work to July through September for salmon migration, so I'd suggest we agree the programme by the end of April.", "N", "borderline: real external constraint with reason, rule 4"),
  ("Our revised price for the longer sections is attached, with the vibration monitoring your neighbours asked about.", "N", "attachment, prospect value")],
 [("Would Wednesday 9th at 2pm suit for a site walk with your project engineer?", "N", "next step with date")]]),

# 9 curly, chatty, mini golf
("Mini golf course for the Pier Gardens", "Hey Shannon,", "Speak soon,\nRyan\nPutt Republic", [
 [("Loved the photos of the old crazy golf plot, there's so much potential there.", "N", "pleasantry"),
  ("Twelve holes with a lighthouse finale would fit the footprint and keep queues short in August.", "N", "product detail tied to their site")],
 [("We've built 140 courses worldwide, won Leisure Build of the Year twice, and were just featured in the Sunday Times!", "S", "awards, counts, exclamation-mark boast")],
 [("My boss is breathing down my neck on this one, so could you give me a yes by Thursday?", "HS", "manager as reason for a date, rule 16")],
 [("Resurfacing here in case my proposal slid down your pile, only if you've a spare second, of course.", "T", "permission-begging follow-up, minimising")],
 [("Site visit next Tuesday morning still on, or have you gone cold on us after all the mock-ups I drew up for you?", "HS", "sarcastic guilt resting on seller's effort, rule 15, beside a logistics question")]]),

# 10 blunt, stump grinding for council
("Stump grinding, Parks contract Lot 3", "Graham,", "Pete Lowe\nLowe Arb Services", [
 [("Your tree officer's list shows 212 stumps across 14 parks, most under 60 cm.", "N", "their data"),
  ("A tracked grinder does those in about nine working days, with spoil removed the same day.", "N", "concrete value")],
 [("Four emails in, and the tracking shows every one opened.", "H", "counting attempts plus read-receipt guilt, rule 13")],
 [("Frankly, you need this contract signed now or you'll be tripping people over stumps all summer.", "H", "you-need directive with scare, no analysis"),
  ("We were Arb Contractor of the Year twice and run the newest grinders in the county.", "S", "generic award boast")],
 [("Expect me on the depot phone daily from now on, until there's a date in the diary.", "H", "badgering threat")],
 [("Price is as you requested: 38 pounds a stump, all in, and I've already put your parks on our April rota, so just send the PO.", "H", "assumptive booking beside the price they asked for")]]),

# 11 clean, warm, osteopathy for warehouse
("Osteopathy clinics at the Daventry warehouse", "Hi Anita,", "Best,\nMaya Collins\nMotion Osteopathy", [
 [("Thanks for sharing the musculoskeletal absence figures from last quarter.", "N", "thanks"),
  ("If back complaints account for 41 of the 96 lost days, a weekly on-site clinic could pay for itself within the year.", "N", "value tied to prospect's own data, rule 5")],
 [("I've attached a two-page outline with clinic times that fit around your shift handovers.", "N", "attachment"),
  ("Sorry to hear about the night-shift injury last month; I've included a return-to-work session for cases like that.", "N", "sympathy, not timidity, rule 3")],
 [("Would it help if I spoke with your health and safety lead before your board meets on the 20th?", "N", "helpful ask around prospect's own date")]]),

# 12 curly, terse, portable toilets
("Portable toilets, Summer Proms", "Hi Carla,", "Jamie\nFlushFleet Hire", [
 [("For 6,000 guests over two nights you'll want 48 units plus four accessible ones, per the event safety guide.", "N", "expert recommendation backed by guidance, rule 6")],
 [("The luxury trailers are down to the last pair for that weekend, and I can't promise them past this afternoon.", "H", "manufactured scarcity, today ultimatum")],
 [("I'm shooting for a top-three spot in our summer sales league, so this booking would be a big help to me.", "S", "seller's goal, no date or demand, rule 16")],
 [("Invoice for the deposit has already gone to your accounts team.", "H", "assumptive invoice before yes")],
 [("Servicing is twice daily, with overnight emptying before gates open, and we're the only firm in the county with a gold hygiene award.", "S", "generic award boast beside a product detail")]]),

# 13 formal, public sector, vitrines for museum
("Vitrines for the Roman coin gallery", "Dear Dr Fenwick,", "Yours sincerely,\nCatherine Ayles\nArcus Display Cases", [
 [("Thank you for the gallery plan and the conservator's environmental brief.", "N", "thanks"),
  ("Our cases hold relative humidity within plus or minus 2 percent, which matches the 40 percent target your conservator set for the silver denarii.", "N", "spec tied to buyer requirement")],
 [("Please see attached the drawings, along with a list of every one of our features: LED rails, silica cassettes, hidden locks, anti-reflective glass, RFID tagging, alarm contacts, lift-off hoods and gas-tight seals.", "S", "feature dump beside the attachment")],
 [("Our Managing Director has asked me personally to secure a reference project in the South West, so we'd be honoured to count yours.", "S", "manager's wish and reference favour, no date")],
 [("On the discount you raised, I'm not permitted to decide that myself, so it will have to wait for our sales director's view.", "T", "deferring a discount question to manager, rule 12")],
 [("The Arts Council capital grant you mentioned closes on 30 June, so I can prepare the specification your bid needs by the 10th.", "N", "borderline: real external deadline, useful offer, rule 4")]]),

# 14 chatty, nail lacquer for salon chain
("Nail lacquer range for the Polished studios", "Hi Becca!", "xo\nSiobhan\nLuxe Lacquer Co.", [
 [("So lovely chatting at the trade show, your team's nail art was amazing.", "N", "pleasantry"),
  ("Our 10-free formula lasts nine days on average, which would cut the touch-up appointments your managers mentioned.", "N", "value tied to their problem")],
 [("Would you be a total star and leave us a review on our trade page before we go any further?", "S", "review favour before any value delivered")],
 [("I'll throw in 25% off the opening order and free shipping forever, no need to even ask!", "T", "unprompted discount")],
 [("Honestly, half the salons in Leeds already stock us, so it's a bit odd that Polished hasn't caught up yet.", "H", "peer shaming")],
 [("Color cards are on their way to your head office this week, and I'll need your trade account form back by Monday so I can tell my manager it's a done deal.", "HS", "manager as reason for a Monday date, rule 16, beside logistics")]]),

# 15 curly, blunt, table tennis tables for youth clubs
("Table tennis tables for the six youth clubs", "Dear Mr Rahman,", "Regards,\nNeil Osei\nSpin Sports Supply", [
 [("The outdoor tables have 6 mm steel tops and anchor kits, which suits the unsupervised sites you listed.", "N", "product detail tied to their sites"),
  ("You asked for a delivered price: 1,140 pounds per table, installation included.", "N", "price they asked for"),
  ("Apologies that this is a touch more than the indoor tables, I know budgets are tight.", "T", "apologising for price")],
 [("I put my neck out with our MD to get you that rate, so the least you can do is give me an answer.", "HS", "guilt on seller's standing, entitlement, rule 15")],
 [("Your committee's sign-off is a formality, so put your own name on the order and let them catch up.", "H", "overriding their process")],
 [("Let me know which two clubs you'd like first and I'll set the dates.", "N", "next step")]]),

# 16 clean, non-native, water softeners for care home
("Water softeners for Brookvale care home", "Dear Mrs Lindqvist,", "Best regards,\nJakub Nowak\nAquaSoft Systems", [
 [("Thank you for the water hardness test you sent, it is 320 ppm in your kitchen.", "N", "thanks, their data"),
  ("With this hardness, the limescale in your two dishwashers will shorten their life, so a softener on the main supply is good idea.", "N", "expert recommendation with evidence, rule 6")],
 [("I attach the quote for one twin-cylinder unit, it includes salt for the first year.", "N", "attachment"),
  ("Apologies for the late reply, I was at an installation in Derby all week.", "N", "borderline: single courtesy apology with reason, rule 3")],
 [("Can we visit on Monday 12th to measure the plant room?", "N", "next step with date")]]),

# 17 formal, opera singers for gala
("Opera singers for the Hospital Trust gala", "Dear Mrs Bellamy,", "Yours sincerely,\nAntonia Reyes\nAria Artists Agency", [
 [("Thank you for the details of the gala on 15 November at the Assembly Rooms.", "N", "thanks, prospect's date"),
  ("A soprano and baritone with piano would fill that room without amplification, and the programme could open with the Brindisi your chair requested.", "N", "product detail tied to their ask")],
 [("Our roster has sung at Glyndebourne, the Royal Albert Hall and for three heads of state, and we were named Agency of the Year in 2024.", "S", "generic boast")],
 [("I'm afraid I must mention that our fees have risen, and I do apologise that they are higher than you may have hoped.", "T", "apologising for price")],
 [("Our artists are in great demand, and if we do not have your signed agreement by Monday I cannot promise you will hear from us again.", "H", "ultimatum with scarcity")],
 [("I should be glad to send sample recordings if that would help your committee, though I do hope I am not imposing by offering.", "T", "needing approval beside a helpful offer")]]),

# 18 curly, warm, planters for high street
("Planters for the Castle Street scheme", "Hi Emma,", "All the best,\nFreya Blake\nGreen Street Planters", [
 [("Thanks for the tour of Castle Street, the new paving looks great.", "N", "pleasantry"),
  ("Self-watering planters would let your parks team visit once a fortnight rather than twice a week in July.", "N", "value tied to prospect")],
 [("I've set my heart on this one, so please don't let it go elsewhere, I'd be crushed.", "ST", "pleading for the seller's own sake, no blame, rule 15")],
 [("If this lands at the wrong moment, ignore me entirely, I'll understand!", "T", "permission to ignore")],
 [("I've pencilled in your planting date of 6 April and attached the layout.", "N", "prospect's date, attachment"),
  ("Our planters are specified by 30 councils and were shown at Chelsea, so you'd be in very good company.", "S", "generic boast")]]),

# 19 terse, unicycles for circus school
("Unicycles, 20 inch", "Hi Zoe,", "Karl\nOneWheel Supply", [
 [("Twenty 20-inch trainers with alloy rims, as you spec'd.", "N", "product detail"),
  ("Quote attached, 79 dollars each.", "N", "price asked for, attachment")],
 [("Following up on the helmets you asked about: we can add 20 to the same delivery.", "N", "single follow-up line adding something new, rule 13")],
 [("Price holds to the 30th, when our frame maker's new list takes effect.", "N", "borderline: factual price expiry with a reason, no urgency, rule 4")],
 [("Delivery three working days from order.", "N", "logistics")]]),

# 20 clean, chatty, whisky tasting
("Whisky tasting for the client evening", "Hi Ollie,", "Slainte,\nFiona Grant\nDram Good Tastings", [
 [("Thanks for the brief, a Highland-to-Islay flight sounds perfect for 40 guests.", "N", "thanks, product"),
  ("I'd suggest five drams rather than seven so people can still talk business afterwards.", "N", "confident recommendation")],
 [("Your venue needs a temporary event notice for the tasting, which the council wants ten working days ahead.", "N", "borderline: real external lead time, technical prerequisite, rule 4"),
  ("I've attached the running order and a soft-drinks option for anyone driving.", "N", "attachment")],
 [("Shall I hold 27 March as you suggested?", "N", "prospect's own date")]]),

# 21 curly, very deferential, stock bricks from a brickworks
("Stock bricks for the Mill Lane extension", "Dear Mr Sandhu,", "Your humble servant,\nPercy Whitlock\nPelham Brickworks", [
 [("Please accept my thanks for the photographs of your existing wall, and my deepest apologies for my slow reply, for my poor letter, and for any inconvenience at all.", "T", "repeated self-abasing apologies"),
  ("Our hand-made soft red stocks are a close match in size and colour to your Victorian wall, and we have 9,000 ready to dispatch.", "N", "concrete stock detail")],
 [("I am mortified to be writing yet again, and I feel dreadful for intruding on your week.", "T", "self-abasing apology for following up")],
 [("If the price is a worry, please do just tell me what you would like to pay, and I will gladly accept it.", "T", "name-your-number")],
 [("Should my previous letter have caused any offence, I would be most distressed.", "T", "needing approval")],
 [("I can bring a sample pallet to site on Friday morning if that suits your bricklayer's schedule.", "N", "offer with date")]]),

# 22 blunt, pickup trucks for estate team
("Pickup trucks for the estate team", "Mr Carver,", "Jon Hale\nHale Fleet Leasing", [
 [("Four double-cab pickups on a 48-month lease, 3.5 tonne towing, as quoted.", "N", "product detail"),
  ("Your current trucks are 11 years old and your own service logs show 2,300 pounds a month in repairs.", "N", "cost of delay from prospect's data, rule 5")],
 [("Every month you sit on this is another few grand down the drain, so stop dithering.", "H", "borderline: cost of delay used to push, plausible, rule 5")],
 [("I'll be honest, my commission on this deal pays for my holiday.", "S", "seller's need stated, no demand")],
 [("Let this slide and it'll quietly never happen, and those wrecks will see out the decade.", "H", "if-not-now-never")],
 [("Handover could be 2 June if the order lands in May, and frankly I need it in May for my quarter.", "HS", "seller's quarter as reason for a May order, rule 16")]]),

# 23 formal, marine survey for ferry operator
("Condition surveys for the Skerry ferry fleet", "Dear Captain Morrow,", "Yours faithfully,\nIsla Drummond\nDrummond Marine Surveyors", [
 [("Thank you for the dry-docking schedule for your three vessels.", "N", "thanks"),
  ("Your flag state requires the intermediate survey within the window you listed, so I'd propose attending MV Skerry Maid on 11 April while she is on the blocks.", "N", "borderline: real regulatory deadline with reason, rule 4")],
 [("We are the oldest independent marine surveyors in Scotland, established 1887, and proud of it.", "S", "borderline: heritage line, rule 8")],
 [("Our standard fees are attached, and should you sign within seven days I can reduce them by 20 percent.", "HT", "discount conditioned on seller's date, rule 7")],
 [("Please also note that I will copy your operations director on all future correspondence, as you have not replied to my last two letters.", "H", "bypass threat over silence")],
 [("I would be glad to discuss the scope by telephone next week, though of course only if it is not too much of an imposition.", "T", "permission-begging beside a call ask")]]),

# 24 curly, chatty, rodeo bull for student union
("Rodeo bull for Refreshers week", "Hiya Jess,", "Yeehaw,\nBen\nBuckin' Fun Hire", [
 [("Thanks for getting back so fast, you've made my week and my team lead will be chuffed!", "S", "seller's feelings and manager, no buyer value"),
  ("The bull comes with a 5 m inflatable bed and two trained operators, and runs off a standard 13 amp socket.", "N", "product detail")],
 [("I'm soooo sorry, I know I've been a total pest about this!", "T", "apologising for normal selling")],
 [("My month shuts on Friday, so a signature before then would do wonders for my numbers.", "HS", "seller's month end as reason for a date, phrased as favour, rule 16")],
 [("Oh, and if you post a video tagging us, I'll knock 50 quid off.", "ST", "borderline: discount to win a personal favour, rule 7")],
 [("Your date of 2 February is free and I've held it for you.", "N", "prospect's date")]]),

# 25 warm, pies for stadium
("Pies for the Riverside Stadium kiosks", "Dear Lorraine,", "Warmest regards,\nDavid Pryce\nPryce's Pies", [
 [("It was a pleasure to watch the match from your hospitality box, thank you.", "N", "pleasantry"),
  ("Our steak-and-ale pies hold at serving temperature for 90 minutes, which suits your half-time rush.", "N", "product value tied to use")],
 [("We've been baking since 1952 and our pies have won 26 gold awards, including Supreme Champion twice.", "S", "years plus awards boast")],
 [("Only dropping a line to see whether any thoughts have surfaced, whenever a minute frees up.", "T", "minimising follow-up as the purpose, permission-begging")],
 [("Of course, if next season suits better, that's perfectly fine, I'll leave it with you till then.", "T", "accepting a brush-off without a question")],
 [("I've attached a tasting menu for your catering manager, and I'm sorry for rambling on for so long.", "T", "apologising for length beside the attachment")]]),

# 26 terse, clean, time-lapse cameras
("Time-lapse cameras, Quayside tower", "Hi Ravi,", "Lena\nSitelapse", [
 [("Two 4K cameras on the crane mast and the hoarding will cover all 18 months of the build.", "N", "product detail"),
  ("Footage uploads hourly, so your marketing team can post progress every Friday.", "N", "value tied to prospect")],
 [("Your crane goes up on May 14; we'd fit the first camera the same week.", "N", "their date"),
  ("Quote attached, $340 a month per camera.", "N", "attachment, price")],
 [("Does Thursday at 11 work for a call with your site manager?", "N", "next step")]]),

# 27 curly, blunt, repointing
("Repointing the Kirkgate terrace", "Mr Ellison,", "Regards,\nGary Moss\nMoss Heritage Masonry", [
 [("I've been up the ladder and the cement pointing is trapping water in the brick faces on the west gable.", "N", "insight after inspection"),
  ("You need this redone in lime before winter, full stop.", "H", "borderline: you-need directive after real inspection, rule 6"),
  ("And don't bother haggling, because I've already knocked 10% off to save us both the time.", "T", "pre-emptive unconditional discount")],
 [("I'm not chasing you round for another month, so it's yes or no by Wednesday.", "H", "invented ultimatum")],
 [("I spent a whole bank holiday measuring that terrace for free, so the silence stings a bit.", "HS", "guilt resting on seller's sacrifice and feelings, rule 15")],
 [("The listed building consent from the conservation officer takes eight weeks, so that's the real date to plan around.", "N", "borderline: real external lead time, rule 4")]]),

# 28 formal, public sector, swimming pool covers for lido
("Thermal covers for the Parkside lido", "Dear Councillor Adeyemi,", "Yours sincerely,\nRuth Kellaway\nPoolGuard Covers", [
 [("Thank you for sharing the lido's gas bills for the past two seasons.", "N", "thanks"),
  ("A 500-micron thermal cover on a powered reel would reduce overnight heat loss by roughly 60 percent, around 14,000 pounds a season on your figures.", "N", "quantified value from prospect data")],
 [("I must confess I am under some pressure from my sales director to bring in a council client this year.", "S", "manager's wish, no date, rule 12")],
 [("With that in mind, it would help me enormously to have your decision before our financial year closes on 31 March.", "HS", "seller's financial year as reason for prospect's date, rule 16")],
 [("I could also throw in the second reel at no charge if that sweetens things.", "T", "unprompted concession")],
 [("I will send the installation method statement to your facilities officer on Monday and book the fitters for the week after, so please have the order number ready.", "H", "assumptive booking before a yes, beside a next step")]]),

# 29 chatty, tai chi classes for residents
("Tai chi for the Linfield residents", "Hi Marguerite,", "Peace,\nSam Li\nFlowing Form Tai Chi", [
 [("Thanks for letting me sit in on the activities meeting yesterday.", "N", "thanks"),
  ("Seated tai chi twice a week has good evidence for reducing falls, which your care manager said was the priority.", "N", "value tied to prospect goal")],
 [("Would it be at all possible, maybe, to perhaps try a taster, if you felt like it?", "T", "stacked hedges")],
 [("Other homes in the group already book us weekly, and their managers think anyone not doing it is behind the times.", "H", "peer shaming"),
  ("My centre manager wants three new homes signed by the end of May, so I'd love your answer before then.", "HS", "manager's wish as reason for a date, rule 16")],
 [("Tuesday 4 June at 2 would work for a free session in the lounge, and I've already put it on the residents' noticeboard, so all that's left is your sign-off.", "H", "assumptive step beside an offer with a date")]]),

# 30 curly, non-native, motion capture suit hire
("Motion capture suits for the Hollow Tide shoot", "Dear Mr Bakker,", "Kind regards,\nYuki Tanaka\nMoCap Rentals Europe", [
 [("Thank you for the shoot plan, two actors for twelve days in your Rotterdam studio.", "N", "thanks, logistics"),
  ("We can supply two inertial suits with finger tracking and one technician on site, so your animators' data is clean every day.", "N", "concrete offer tied to outcome")],
 [("Our system has 17 sensors, 240 Hz, magnetic immunity, cloud backup, live streaming, retargeting plugin and five years warranty.", "S", "feature list without buyer tie")],
 [("I already reserve the suits for your dates and make the invoice, you only need to pay it.", "H", "assumptive invoice and booking")],
 [("My manager says if we do not have the contract this month our team will lose the bonus, please help us.", "HST", "manager and bonus as reason for month deadline, pleading, rule 16 and 15")],
 [("Please tell me if the studio has a loading door for the charging case, and sorry again for disturbing you with so many question.", "T", "apology for normal selling beside a logistics question")]]),

# 31 warm, clean, roses for memorial garden
("Rose bushes for the memorial garden", "Dear Reverend Hughes,", "With every good wish,\nMaggie Thorne\nThorne Rose Nursery", [
 [("I was so sorry to hear about the loss of your churchwarden, and I think a rose garden in his name is a lovely idea.", "N", "sympathy, rule 3"),
  ("For a shady north-facing bed, I'd recommend the white rambler Albéric Barbier over the hybrid teas, which would struggle there.", "N", "confident expert recommendation")],
 [("Bare-root roses can only be lifted between November and March, so planting in February would be ideal.", "N", "borderline: real seasonal constraint stated once, rule 4"),
  ("I've attached a planting plan for 24 bushes with prices.", "N", "attachment")],
 [("Would you like me to come and look at the soil after the Sunday service on the 9th?", "N", "next step")]]),

# 32 blunt, tandem skydive for charity
("Tandem skydives for the Hope Ward appeal", "Kerry,", "Mick\nSkyHigh Tandems", [
 [("Twelve jumpers on 18 August, all from 10,000 feet, as you asked.", "N", "prospect's date"),
  ("Each jumper needs a medical declaration signed by their GP if they are over 40.", "N", "technical prerequisite")],
 [("We're the busiest drop zone in the country and I haven't got time to keep chasing a charity booking.", "HS", "boast plus entitlement resting on seller's time")],
 [("Pay the deposit by tonight or I'm giving the slots to a stag party.", "H", "ultimatum"),
  ("The jump fee is 299 pounds each, and every one of your fundraisers needs this, no arguments.", "H", "you-need directive beside the price")],
 [("I'll be phoning you, emailing your trustees and messaging your Facebook page until this is sorted.", "H", "multi-channel badgering")]]),

# 33 curly, formal, upright freezers for food bank
("Upright freezers for the Eastgate food bank", "Dear Mr Osborne,", "Yours sincerely,\nPriya Desai\nColdline Commercial", [
 [("Thank you for explaining how the new frozen-meal donations have outgrown your chest freezers.", "N", "thanks"),
  ("Two 600-litre uprights would take 80 percent less floor space for the same volume and let volunteers see stock at a glance.", "N", "value tied to prospect")],
 [("I'm sorry, I know charities hate being sold to, and I apologise for even raising the cost.", "T", "apologising for normal selling and price")],
 [("We are a multi-award-winning, investor-backed refrigeration group trusted by 400 supermarkets.", "S", "generic boast")],
 [("I've also asked my regional manager whether I'm allowed to offer you any charity discount, and I'll let you know what he says.", "T", "deferring discount to manager")],
 [("The community fund grant you mentioned closes on 12 May, and I can provide the spec sheets for your application.", "N", "borderline: real external date, rule 4")]]),

# 34 chatty, virtual tours for estate agents
("360 virtual tours for your lettings", "Hi Josh,", "Cheers,\nAmira\nWalkround 360", [
 [("Thanks for the call, sounds like showings are eating your agents' whole week.", "N", "thanks, insight"),
  ("Agents who add a 360 tour to listings usually cut wasted showings by about a third, because renters rule homes out online.", "N", "social proof turned into insight for prospect, rule 8")],
 [("I've just landed a huge award at the PropTech Awards and honestly I'm still buzzing!", "S", "seller boast and feelings")],
 [("Could you maybe write us a LinkedIn recommendation before we start, to help me with the new sales push?", "S", "favour for seller before value")],
 [("If $12 a tour is too much, say the word and I'll halve it.", "T", "caving on price unprompted")],
 [("I can shoot your first five properties next Wednesday, so I'll take the card details for the setup fee now to lock it in.", "H", "assumptive payment demand beside a next step")]]),

# 35 terse, clean, metronomes
("Metronomes for the conservatoire practice rooms", "Dear Ms Varga,", "Regards,\nH. Lund\nTempo Trade Supply", [
 [("Quote attached for 40 digital metronomes with tap tempo and headphone out.", "N", "attachment"),
  ("Headphone out matters in your rooms, as the students told you the clicks bleed through the walls.", "N", "value tied to their problem")],
 [("Unit price is 31 pounds, falling to 27 on 60 or more.", "N", "volume price, rule 7 concession for volume"),
  ("Delivery is five working days from order.", "N", "logistics")],
 [("Shall I send two samples for your staff meeting on the 8th?", "N", "offer tied to their date")]]),

# 36 curly, warm, oilcloth tablecloths
("Oilcloth tablecloths for the Crumb cafés", "Hi Natalie,", "Love,\nBeth\nPolka & Pine Oilcloth", [
 [("Thanks so much for sending photos of all five cafés, and sorry, sorry for the slow reply, I'm hopeless!", "T", "repeated self-abasing apology"),
  ("Our wipe-clean oilcloth would save your staff re-laundering linen cloths every night, and the blue gingham matches your shopfronts.", "N", "value tied to prospect")],
 [("I've spent weeks hand-cutting these samples just for you, so I'm a bit hurt I haven't heard a peep.", "HS", "guilt on seller's effort and feelings, rule 15")],
 [("Reply only if and when it suits, honestly, I'm in no hurry for anything.", "T", "permission-begging, minimising"),
  ("If the price feels like a lot, I can do 30% off, just say.", "T", "unprompted discount")],
 [("The samples went out on Tuesday and should reach your Bath café tomorrow.", "N", "logistics"),
  ("Our oilcloth comes in 64 prints, 12 plains, three weights, matte or gloss, with bias binding, eyelets and custom sizing.", "S", "feature dump")]]),

# 37 formal, public sector, water rescue training
("Water rescue training for the river wardens", "Dear Mr Kowalski,", "Yours sincerely,\nClaire Benton\nSwiftwater Training Ltd", [
 [("Thank you for the risk assessment that identified the weir at Stonebridge as your highest hazard.", "N", "thanks, their data"),
  ("A two-day DEFRA Module 2 course would give your eight wardens the throw-line and wading skills that assessment calls for.", "N", "concrete offer tied to their need")],
 [("I must point out that every other council in the region has already trained its wardens with us, and it would be embarrassing to be the only one left.", "H", "competitors-already shaming")],
 [("Places on our June course are almost gone, so I've taken the liberty of reserving eight and issuing the invoice.", "H", "scarcity plus assumptive invoice"),
  ("Forgive the essay, and forgive me for landing in your inbox yet again.", "T", "apologising for length and following up")],
 [("Would 3 June suit your wardens, given the river levels are usually safest then?", "N", "date with a reason, plain ask")]]),

# 38 chatty, vegan catering for film set
("Vegan catering for the Marsh Road shoot", "Hey Tariq,", "Cheers,\nNina\nGreen Plate Location Catering", [
 [("Thanks for the call sheet, 60 crew for 15 days is right in our sweet spot, and our menu is organized around your favorite early-call routine.", "N", "thanks, logistics"),
  ("Hot breakfast at 6 and lunch at 1 from our truck, with packed dinners for the night-shoot days.", "N", "concrete service detail")],
 [("Between us, my season target is looking thin, and landing your shoot would plug the gap nicely.", "S", "seller's need, no date, rule 16"),
  ("We've fed three Oscar nominees and our founder has her own cookbook out this spring!", "S", "generic boast")],
 [("A tasting might perhaps be something you could possibly fancy, if that isn't too cheeky to ask?", "T", "stacked hedges and permission")],
 [("Your producer asked for the menu by Friday, so I'll send it Thursday night.", "N", "prospect's own deadline")]]),

# 39 curly, blunt, Welsh lessons for council staff
("Welsh lessons for the customer service team", "Ms Pritchard,", "Dylan Rees\nIaith Gwaith Training", [
 [("Your Welsh Language Standards require front-line staff to greet customers in Welsh, which your audit flagged.", "N", "real regulatory requirement, technical prerequisite"),
  ("Our 12-week course takes staff from no Welsh to confident greetings and simple calls, taught in your building.", "N", "concrete offer")],
 [("Three messages, three opens, not a word back.", "H", "counting plus read-tracking guilt")],
 [("Frankly, it's hard to see how a service manager lets a compliance gap like this sit for a year.", "H", "shaming")],
 [("We are the top-rated Welsh provider in Wales, with 10,000 learners and a Welsh Government award.", "S", "generic boast")],
 [("The autumn cohort starts on 16 September, and I'm not holding places for people who can't be bothered to answer.", "H", "sarcastic entitlement beside a real start date"),
  ("P.S. My director would love to feature you as a flagship council client in our annual report.", "S", "case-study favour for seller, rule 10")]]),

# 40 very deferential, paella catering
("Paella for the staff summer barbecue", "Dear Mrs Okonkwo,", "With my sincere thanks,\nJavier Ortega\nPaella Sol Catering", [
 [("Thank you so very much for your kind enquiry about the barbecue on 12 July, and please forgive me for writing to you a second time so soon.", "T", "apologising for following up beside the prospect's date"),
  ("Two 1-metre pans would serve your 220 staff, with a vegetable paella made separately for the vegetarians.", "N", "concrete product detail")],
 [("I hope very much that you will not mind my saying that the price, which I am embarrassed to say is 2,400 pounds, includes everything.", "T", "apologising/embarrassed about price, hedged, price they asked kept")],
 [("Please, if it is too expensive, only say so and I will lower it as far as you wish.", "T", "name-your-number, caving")],
 [("My family has cooked paella in Valencia for four generations.", "S", "borderline: heritage line, rule 8")],
 [("P.S. I have attached photos of last year's barbecue for the Harbour offices so your committee can see the set-up.", "N", "P.S. with attachment, logistics")]]),
]

CODES = {"N": [], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"]}
ORDER = ["hard_close", "self_serving", "timidity"]


def labels_of(code):
    if code == "N":
        return ["NONE"]
    out = set()
    for ch in code:
        out.update(CODES[ch])
    return [l for l in ORDER if l in out]


def curly(s):
    return s.replace("'", "\u2019")


def main():
    assert len(EMAILS) == 40, len(EMAILS)
    emails, sents = [], []
    sid = 0
    subjects = set()
    for i, (subject, sal, signoff, paras) in enumerate(EMAILS, 1):
        eid = "s43e%03d" % i
        cur = (i % 3 == 0)
        f = curly if cur else (lambda s: s)
        assert subject not in subjects
        subjects.add(subject)
        body_paras = []
        items = []
        for p in paras:
            texts = []
            for (t, code, note) in p:
                t = f(t)
                if t.startswith("P.S.") and texts:  # a P.S. always stands in its own paragraph
                    body_paras.append(" ".join(texts))
                    texts = []
                texts.append(t)
                items.append((t, labels_of(code), note))
            body_paras.append(" ".join(texts))
        text = f(sal) + "\n\n" + "\n\n".join(body_paras) + "\n\n" + f(signoff)
        score = {}
        for lab in ORDER:
            carrying = [it for it in items if lab in it[1]]
            nonbl = [it for it in carrying if not it[2].startswith("borderline:")]
            if not carrying:
                score[lab] = 0
            elif len(carrying) >= 2 and nonbl:
                score[lab] = 2
            else:
                score[lab] = 1
        emails.append({"email": eid, "subject": f(subject), "text": text, "labels": score})
        for (t, labs, note) in items:
            sid += 1
            assert t in text, (eid, t)
            assert 5 <= len(items) <= 7, (eid, len(items))
            sents.append({"id": "s43-%04d" % sid, "email": eid, "text": t, "labels": labs, "note": note})
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as fh:
        for e in emails:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as fh:
        for s in sents:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    # re-parse check
    for fn in ("test-emails.jsonl", "test.jsonl"):
        with open(os.path.join(HERE, fn), encoding="utf-8") as fh:
            for line in fh:
                json.loads(line)
    c = Counter()
    multi = bl = 0
    for s in sents:
        for l in s["labels"]:
            c[l] += 1
        multi += len(s["labels"]) > 1
        bl += s["note"].startswith("borderline:")
    faulty_emails = sum(1 for e in EMAILS if sum(1 for p in e[3] for it in p if it[1] != "N") >= 2)
    clean_emails = sum(1 for e in EMAILS if all(it[1] == "N" for p in e[3] for it in p))
    ps = sum(1 for s in sents if s["text"].startswith("P.S."))
    curly_n = sum(1 for i in range(1, 41) if i % 3 == 0)
    stats = {
        "emails": len(emails), "sentences": len(sents), "NONE": c["NONE"],
        "NONE_pct": round(100.0 * c["NONE"] / len(sents), 1),
        "hard_close": c["hard_close"], "self_serving": c["self_serving"], "timidity": c["timidity"],
        "multi_label": multi, "borderline": bl, "emails_2plus_faulty": faulty_emails,
        "clean_emails": clean_emails, "ps_lines": ps, "curly_emails": curly_n,
        "email_level": {l: dict(Counter(e["labels"][l] for e in emails)) for l in ORDER},
    }
    print(json.dumps(stats, indent=1))
    with open(os.path.join(HERE, "stats.json"), "w") as fh:
        json.dump(stats, fh, indent=1)


if __name__ == "__main__":
    main()
