#!/usr/bin/env python3
"""Build the sealed21 held-out set: hand-written sales emails, labelled sentence by sentence.

Label codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combined, e.g. "HS").
Every third email (e003, e006, ...) is converted to curly apostrophes.
Email labels come from the guide's email-level scale only (no hand overrides).
"""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["hard_close", "self_serving", "timidity"]
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}

# Each email: (trade, subject, salutation, sign-off, [paragraphs of (sentence, code, note)])
EMAILS = [
("Accordion repair", "Your six school accordions", "Hi Marguerite,", "Warm regards,\nDario", [
 [("Thanks for sending over the serial numbers of the six school accordions.", "N", "greeting / logistics"),
  ("Two of them have bellows corners worn through, which is why the low notes wheeze on the push stroke.", "N", "diagnosis tied to the prospect's instruments")],
 [("I can collect all six on the 14th as you asked, though honestly I'd be crushed if this went to another workshop after the hours I spent diagnosing them from your photos.", "HS", "prospect's own date kept; guilt resting on seller's feelings and effort (rule 15)"),
  ("New bellows corners are \u00a338 each, and we're the only accordion workshop in the county with a master's certificate from Castelfidardo, voted best repairer three years running.", "S", "price kept; generic boast / awards (rule 8)"),
  ("I've knocked 15% off the quote already, and if that's still too much just tell me what figure you had in mind.", "T", "unprompted discount plus name-your-number (rule 7)")],
 [("Could you confirm the 14th works for the caretaker to let me in, and forgive me for pestering you yet again?", "T", "logistics ask kept; apology for following up (rule 3)")]]),

("Aerial photography", "Oblique shots for the riverside plot", "Dear Mr Achterberg,", "Yours faithfully,\nHelena Varga", [
 [("Following our call, I have attached sample oblique shots from a comparable riverside plot.", "N", "attachment, follow-up once"),
  ("The winter light angle would show your buyers the south-facing gardens at their best.", "N", "value tied to prospect's buyers")],
 [("We operate a fleet of four aircraft, two gyro-stabilised camera pods, LiDAR, thermal imaging, 8K video and a same-day editing suite.", "S", "feature dump with no outcome"),
  ("The flight slot on 3 March is reserved for you, and I will raise the deposit invoice tomorrow so the booking is locked in.", "H", "assumptive invoice before a yes; date itself legitimate"),
  ("Developers on both neighbouring sites have already booked us, so you would be the only one marketing from ground-level photos.", "H", "peers already bought, FOMO shaming")],
 [("I look forward to your confirmation, and I shall be escalating to your managing director if I have not heard by Monday.", "H", "bypass threat (rule 12)")]]),

("Anchor chain supply", "Quote: 22 mm stud-link", "Hi Ros,", "Rgds\nTom", [
 [("Quote attached for 220 m of 22 mm stud-link, grade U3, as requested.", "N", "requested quote"),
  ("Certificates from the proof-load test are included, and we're the biggest chain stockist on the east coast by a mile.", "S", "certificates kept; generic size boast (rule 8)")],
 [("Price holds until the 30th, and after that I honestly can't promise anything, so move on it.", "H", "price expiry with urgency language (rule 4)"),
  ("My regional target closes that same week, so a PO before then would sort me out nicely.", "HS", "seller's target as reason for a date (rule 16)"),
  ("Sorry again for chasing, and sorry the price is higher than last year's.", "T", "apologising for following up and for the price (rule 3)")],
 [("Delivery to the harbour yard takes five working days from order.", "N", "logistics")]]),

("Awning manufacture", "Awning for the terrace", "Hi Lorenzo,", "Best wishes,\nPriya", [
 [("It was lovely to see the terrace in person on Tuesday.", "N", "pleasantry"),
  ("Based on the measurements, a 5.2 m folding-arm awning would cover all eight outdoor tables without reaching the pavement line.", "N", "specific value for prospect")],
 [("Just a heads-up that the council asks for a street-furniture licence if anything projects over the public footway, and ours doesn't.", "N", "borderline: one polite 'just' (rule 1)"),
  ("I'd recommend the acrylic canvas over polyester because your terrace gets full afternoon sun and the colour will hold far longer.", "N", "confident recommendation with reason"),
  ("The wind sensor adds \u00a3240, and it would retract the awning automatically on the gusty days you mentioned.", "N", "price tied to prospect's concern")],
 [("Would Thursday the 9th at 8am suit for a final measure before you open?", "N", "clear next step with date")]]),

("Bicycle parking stands", "Tender 4471: cycle parking", "Ms Okonjo,", "Mark Ellis\nSales Director", [
 [("Your tender asks for 300 Sheffield-style spaces across four sites.", "N", "restating requirement"),
  ("You need our two-tier stands, full stop, and there is nothing to deliberate.", "H", "'you need this' directive (rule 6)"),
  ("Each stand takes two bikes on a 450 mm footprint, and we won the National Cycle Infrastructure Award twice and supply more campuses than anyone in the country.", "S", "product detail kept; awards and ranking boast (rule 8)")],
 [("I've already pencilled in installers for the week of 12 August, so all I need is a signed order form.", "H", "assumptive booking before a yes"),
  ("The planning office needs ten working days to approve anything within the listed quad, so that phase should go in first.", "N", "borderline: real external lead time stated once with reason (rule 4)"),
  ("Can you send me the site plans for the science park car park so I can stop chasing you for them every other day?", "H", "plain ask kept; entitlement/guilt resting on prospect's conduct (rule 15)")]]),

("Bouncy castle hire", "Summer fair castle!", "Hi Kerry,", "Cheers,\nJess x", [
 [("Thanks so much for getting back to me about the summer fair, you're an absolute star for even replying!", "T", "thanking them for even replying (rule 11)"),
  ("The obstacle course is \u00a395 extra for the afternoon, and I was wondering if perhaps you might maybe want to consider it, if that's alright?", "T", "price kept; stacked hedges plus permission-seeking (rule 2)"),
  ("The castle you picked fits the 8 x 6 m patch of grass by the hall, and we bring our own blower and safety mats.", "N", "concrete product detail")],
 [("I'm really hoping this one gets me over my bookings target, so please, please say yes!", "ST", "pleading for the seller's own target, no date (rules 15, 16)"),
  ("Also, I can drop the price by \u00a340 straight away if the committee is hesitant.", "T", "unprompted concession (rule 7)"),
  ("The operator arrives an hour before gates open to set up and does the safety check with your caretaker.", "N", "logistics")]]),

("Mobile beer canning", "Canning run for your IPA", "Hi Jordan,", "Best,\nCaleb", [
 [("Thank you for the tour of the taproom last week.", "N", "pleasantry"),
  ("Your current hand-filling line caps out at roughly 400 cans an hour, which explains the weekend sell-outs you described.", "N", "insight from prospect's data")],
 [("Our mobile line runs 2,400 cans an hour, and honestly any brewer serious about growth would have booked us by now.", "H", "product fact kept; 'any serious X would' shaming"),
  ("I've put in countless evenings tweaking the run sheet for your IPA, so I really think I've earned a decision this week.", "HS", "seller effort as what the prospect owes (rule 15)"),
  ("Our minimum run is 40 barrels, and three breweries in your county have already switched to us and are outselling you at the grocery chains.", "H", "product detail kept; competitors already bought, shaming")],
 [("The dissolved-oxygen readings from our last run are attached, and my sales director is keen to feature your brewery in our next case study.", "S", "attachment kept; case-study favour and manager's wish (rules 10, 12)")]]),

("Bridal alterations", "Alterations for your autumn brides", "Dear Mrs Fairweather,", "With kindest regards,\nAmira", [
 [("I hope you'll forgive me for writing again, and I'm so sorry if my last message was too long.", "T", "apologising for following up and for length (rule 3)"),
  ("I just wanted to see if you might have had a moment to look at my little price list, whenever it suits you of course.", "T", "permission-begging and minimising"),
  ("For your autumn brides, we could take in bodices, re-hem trains and add bustles within ten days of the final fitting.", "N", "concrete service detail")],
 [("I'd be so grateful if you could mention us to the other boutiques on the high street.", "S", "referral favour for the seller (rule 10)"),
  ("Our price list is attached, and if the prices seem too high I would understand completely and could lower them for you.", "T", "attachment kept; pre-emptive discount (rule 7)"),
  ("Thank you ever so much for even reading this.", "T", "thanking for even considering (rule 11)")]]),

("Cafeteria tray conveyors", "Tray return, staff restaurant", "Dear Mr Adeyemi,", "Kind regards,\nOwen Pritchard", [
 [("Thank you for sharing the floor plan of the staff restaurant.", "N", "courtesy"),
  ("At your lunchtime peak of 600 covers, the current return trolley leaves trays stacked at the exit for up to twenty minutes.", "N", "insight from prospect's situation"),
  ("A belt conveyor along the east wall would carry trays straight to the wash-up and free the two porters who currently clear them.", "N", "value tied to prospect")],
 [("Your infection-control team will need to sign off the belt material before installation, so I have attached the data sheet.", "N", "'need' as technical prerequisite"),
  ("I'll confirm the fire-door clearance with our engineer and send you a revised drawing by Friday.", "N", "check-with on a non-discount matter, with date"),
  ("Would a site visit on the 21st or 22nd work for your facilities manager?", "N", "clear next step")]]),

("Car park barrier maintenance", "Mill Street barrier contract", "Dennis,", "Gary", [
 [("Your barrier at the Mill Street car park failed twice last month, according to the incident log you sent.", "N", "fact from prospect's log"),
  ("The service contract covers both barriers with a four-hour callout, and if it isn't signed by Thursday the next failure is on you, not me.", "H", "contract detail kept; ultimatum plus blame")],
 [("I've told my boss this one is in the bag, so don't make me look foolish at Monday's pipeline review.", "HS", "seller's standing as guilt lever (rule 15)"),
  ("I'll copy your chief executive on the next email so she can see how long this has sat on your desk.", "H", "bypass threat (rule 12)"),
  ("Our engineers carry the parts for all the common barrier brands in the van, which is why we've topped the regional contractor league table five years straight.", "S", "service detail kept; ranking boast (rule 8)")]]),

("Cattle grids", "Grids for the farm gate", "Morning Hugh,", "Cheers,\nRob", [
 [("Great chatting at the county show, and sorry again for cornering you by the sheep pens!", "T", "apology for normal selling (rule 3)"),
  ("Our galvanised grids are rated for 40-tonne axles, so your feed lorries can run over them at the farm gate without slowing.", "N", "'our' but value to prospect"),
  ("Family-run since 1962, we've made grids for the King's estates and we never stop telling people about it.", "S", "heritage plus royal-client boast (rule 8); not only heritage")],
 [("Fancy a look at one in action at the Wilson place next week?", "N", "borderline: bare demo ask (rule 9)"),
  ("Truth be told, the quarter's been slow for me, so a quick yes would really help me out.", "HS", "seller's quarter as reason for a quick decision, 'help me out' (rule 16)"),
  ("Say the word and I'll chuck in the installation for free, no strings.", "T", "unconditional concession (rule 7)")]]),

("Chess sets (tournament)", "Chess sets for the district programme", "Dear Dr. Whitfield,", "Best regards,\nMarek Nowak", [
 [("Thank you for your answer about the chess club programme.", "N", "courtesy"),
  ("We are world biggest maker of tournament chess sets and we have more than 40 patents and many prizes.", "S", "generic boast (rule 8)"),
  ("Your district must buy this before the summer, otherwise children will stay behind forever.", "H", "'you need this' directive with fear")],
 [("I send the invoice already to your accounts office so we can ship on Monday.", "H", "invoice before a yes (assumptive)"),
  ("The boards are roll-up vinyl and the pieces are weighted, so they don't break in the classroom for many years.", "N", "product detail tied to use"),
  ("Please tell me how many schools will join the programme in autumn, and I will reserve the stock today with a deposit from your card.", "H", "discovery ask kept; assumptive payment step")]]),

("Clay pigeon traps", "Demo trap Tuesday", "Alan,", "J. Harker", [
 [("Demo trap arrives on your ground Tuesday as agreed, and I'll want a decision before it goes back on the van.", "H", "agreed date kept; ultimatum on the decision"),
  ("Six grounds near you already run our traps, and your members will notice who's behind.", "H", "peers already switched, shaming"),
  ("Only two units left at this price and another club wants both.", "H", "manufactured scarcity")],
 [("The wireless release comes as standard, and I can knock another 10% off if that gets it over the line.", "T", "product detail kept; unprompted discount (rule 7)"),
  ("The trap throws up to 110 metres, which covers your sporting layout from the top stand.", "N", "spec tied to prospect's ground")]]),

("Costume hire (theatre)", "Pirates of Penzance costumes", "Hi Gwen,", "Warmly,\nBeth", [
 [("Congratulations on getting the rights to The Pirates of Penzance!", "N", "pleasantry"),
  ("We have a full set of Victorian police uniforms in sizes from child to 3XL, which covers the chorus you described.", "N", "fit to prospect's need")],
 [("Sorry for the slow reply; I was at a costume fitting in Leeds all week, but your quote is attached.", "N", "borderline: single courtesy apology with reason and fix (rule 3)"),
  ("For a nine-night run, the weekly rate works out cheaper than the per-show rate by about a third.", "N", "value information"),
  ("We can hold the pirate coats for you until 1 June, because that's when another society collects them for their own run.", "N", "borderline: real external constraint stated once with reason (rule 4)")],
 [("Would your wardrobe mistress like to come in for a fitting on a Saturday morning?", "N", "next step")]]),

("Darts boards for pubs", "Boards for your four pubs", "Alright Shaun,", "Cheers,\nLiam", [
 [("Thanks for the pint and the chat on Friday.", "N", "pleasantry"),
  ("Honestly, mate, the boards in your pubs are embarrassing, and any landlord who cared about his regulars would've swapped them years ago.", "H", "shaming, 'any X who cared would'"),
  ("Our sisal boards last about three times as long under league play, which matters with your four teams.", "N", "value tied to prospect")],
 [("I'm one sale off winning the regional sales trip to Malta, so a signature by the 31st would make my year.", "HS", "seller's contest as reason for a signing date (rule 16)"),
  ("Sorry, I know I'm probably being a pain.", "T", "self-abasing apology for normal selling"),
  ("I'll bring a sample board round on Wednesday before league night, and I won't be leaving without an order this time.", "H", "next step kept; badgering ultimatum")]]),

("Defibrillator maintenance", "AED servicing across three centres", "Dear Ms Hollis,", "Yours sincerely,\nAlison Crewe", [
 [("Thank you for your enquiry regarding the twelve AEDs across your three leisure centres.", "N", "courtesy"),
  ("Four of the units on your asset list carry pads that expire in September, so they will need replacing before then.", "N", "real date from prospect's data")],
 [("Our engineers are trained on all four AED brands on your list, and we are the UK's leading provider of cardiac equipment servicing, recognised across the industry for excellence.", "S", "relevant detail kept; 'leading' boast (rule 8)"),
  ("Should you not return the contract by Friday, I will assume you are happy to proceed and schedule the engineer.", "H", "silence means go-ahead (assumptive)"),
  ("Our engineer can check batteries, pads and self-test logs in one visit per site, and I would be most grateful if you could mention us in your sector newsletter.", "S", "service detail kept; promotional favour (rule 10)"),
  ("My director has asked me to secure your account before our financial year closes, which is why I am pressing.", "HS", "manager's wish and seller's year end as reason for timing (rules 12, 16)")],
 [("P.S. Our service reports follow the asset-register format your estates team already uses.", "N", "'our' serving buyer")]]),

("Diving cylinder testing", "Cylinder testing for the club", "Hi Ciara,", "All the best,\nNiamh", [
 [("Great to hear the club is expanding to 40 members!", "N", "pleasantry"),
  ("Your aluminium cylinders are due their five-year hydrostatic test in April, so it makes sense to batch them.", "N", "borderline: real regulatory date stated once with reason (rule 4)")],
 [("I've put together a quote for all 24 cylinders, and I hope it's okay that I did, so please don't feel you have to look at it.", "T", "quote kept; approval-seeking and minimising"),
  ("The full batch of 24 cylinders comes to \u00a3540, and I'm terribly sorry the price has gone up, I feel awful about it.", "T", "price kept; apologising for price (rule 3)"),
  ("If it helps at all, I could probably do the whole batch at cost.", "T", "unprompted concession with hedge (rule 7)"),
  ("We can collect on a Monday and return them before your Saturday dives, if that's not too much of an imposition on you.", "T", "logistics kept; permission-seeking")]]),

("Harbor dredging", "Inner channel maintenance dredging", "Dear Commissioner Alvarez,", "Respectfully,\nDaniel Ortiz", [
 [("Thank you for sharing the hydrographic data from the March soundings, which my team and I spent two full weekends analyzing on your behalf.", "S", "seller's effort stated with no blame or demand (rule 15)"),
  ("The inner channel has lost roughly 1.2 meters of depth since the last campaign, which is already limiting your ferry's draft at low tide.", "N", "insight from prospect's data"),
  ("Our fleet includes cutter-suction dredgers, trailing suction hoppers, backhoe pontoons, booster stations, survey launches and a full GIS department.", "S", "feature/asset list")],
 [("The Army Corps permit window for in-water work closes on November 15 because of the salmon run, so we would need to mobilize by late September.", "N", "borderline: real external constraint stated once with reason (rule 4)"),
  ("We have allocated a dredger to you for October, and the mobilization invoice will be issued upon receipt of this email.", "H", "assumptive invoice before a yes"),
  ("Frankly, your council would be negligent to wait another season.", "H", "shaming")]]),

("Drain jetting", "Elm Court stack", "Hi Sandra,", "Kev\nClearFlow Drainage", [
 [("Re your blocked stack at Elm Court: we can jet it Thursday morning.", "N", "logistics"),
  ("The camera footage from last time shows root ingress at the second manhole, so a jet alone won't hold for long.", "N", "insight"),
  ("I'd recommend root cutting plus a resin patch; quote attached.", "N", "confident recommendation")],
 [("Tenants will need to avoid running water for about two hours while we work.", "N", "technical prerequisite"),
  ("Can your caretaker give us access at 7.30?", "N", "plain ask")]]),

("Elevator modernization", "Modernization proposal, 400 Grant Street", "Dear Mr. Castellano,", "Sincerely,\nRebecca Lin", [
 [("Thank you for meeting with us about the two passenger elevators at 400 Grant Street.", "N", "courtesy"),
  ("Your controllers are from 1994, and the manufacturer stops supplying parts for them at the end of next year.", "N", "borderline: vendor end-of-life stated once (rule 4)"),
  ("The new controllers cut average wait times by about 30%, and we've modernized over 3,000 elevators and been named Contractor of the Year by three trade publications.", "S", "value kept; generic boast (rule 8)")],
 [("Frankly, you need this upgrade approved this month, and I'd stop waiting on your engineers' review.", "H", "directive plus overriding the prospect's process"),
  ("I'm behind on my annual number, so getting this in before December 31 would mean a great deal to me personally.", "HS", "seller's number as reason for a date (rule 16)"),
  ("I've attached the phased schedule, which keeps one car running at all times, and I've asked our accounts team to draw up the first stage invoice in your name.", "H", "attachment kept; invoice before a yes (assumptive)")]]),

("Embroidery (workwear)", "Your logo in thread", "Hi Ben,", "Thanks!\nSophie", [
 [("Loved the new logo you sent over, the leaf works really well in thread.", "N", "pleasantry"),
  ("For 30 polos and 15 fleeces, the stitch count comes in at about 7,000 per logo, so it stays crisp.", "N", "product detail")],
 [("I've gone ahead and set up your account and booked the machine for Monday, so I'll only need a card number to get going.", "H", "assumptive payment step"),
  ("Hope that's not too forward of me!", "T", "approval-seeking"),
  ("I'd love it if you could post a photo of the finished fleeces and tag us, it would really help our little business.", "S", "favour for the seller (rule 10)")],
 [("P.S. The gold thread option costs about \u00a31.20 more per item, and I'm awfully sorry it's not cheaper.", "T", "price kept; apologising for price (rule 3)")]]),

("Egg incubators", "Incubator after Utrecht fair", "Dear Mr. Janssen,", "Kind regards,\nPieter", [
 [("Thank you for visiting our stand at the poultry fair in Utrecht.", "N", "courtesy"),
  ("Our incubator have automatic turning, humidity control, CO2 sensor, app, alarms, touchscreen, 12 languages and stainless body.", "S", "feature list"),
  ("Your hatch rate of 78% can rise to near 90% with steadier humidity, like we saw on a farm of your size in Gelderland.", "N", "social proof tied to prospect (rule 8)")],
 [("I attach the price for the 4,800-egg model, and maybe I am possibly disturbing, but perhaps you could maybe find a small time to answer me?", "T", "attachment kept; stacked hedges plus permission (rule 2)"),
  ("My manager say he must see your order before end of month, so please send it until then.", "HS", "manager's wish plus month-end date (rules 12, 16)"),
  ("The machine fits through a standard 90 cm door, and if the price is problem I can give it for the cost of production.", "T", "product detail kept; pre-emptive discount (rule 7)")]]),

("Fabric dyeing", "Indigo lab dips", "Chloe,", "Nadia", [
 [("Lab dips for the three indigo shades are attached.", "N", "attachment"),
  ("Shade two matches your Pantone reference within a Delta E of 0.8, which is inside your tolerance.", "N", "value tied to spec")],
 [("That makes four emails about these dips, each one opened on your side without a word back.", "H", "counting attempts plus read-receipt guilt (rule 13)"),
  ("Four weeks of my lab's time went into these, so the least you could do is say yes or no.", "HS", "seller's effort as what the prospect owes (rule 15)"),
  ("Your production slot is the 19th, and our dye house has capacity until then.", "N", "prospect's own date")],
 [("Which shade should we take to bulk for your slot on the 19th, or shall I pick one myself and send the invoice?", "H", "prospect's date kept; assumptive invoice")]]),

("Fountain restoration", "Victoria Gardens fountain tender", "Dear Mr Fenwick,", "Yours sincerely,\nEdward Hale", [
 [("Thank you for the opportunity to tender for the restoration of the city's Victoria Gardens fountain.", "N", "courtesy"),
  ("Our site assessment found that the lower basin leaks through three cracked joints rather than the bowl itself, which reduces the scope considerably.", "N", "insight")],
 [("Because the fountain is Grade II listed, Historic England will need to approve the lead-joint method, and their consent currently takes about eight weeks.", "N", "borderline: permit lead time stated once with reason (rule 4)"),
  ("We restored the Hanover Square fountain with the same approach, and the key lesson there was to drain the basin before the frosts.", "N", "social proof turned into advice"),
  ("Our method statement and insurance certificates are enclosed for your procurement file.", "N", "'our' serving buyer's process")],
 [("I would welcome a meeting with your heritage officer in the week of 10 February.", "N", "next step")]]),

("Funeral limousine hire", "Limousines for your services", "Dear Mr Pemberton,", "With respect,\nGeorge Bell", [
 [("Please forgive me for intruding on your day, I know how busy you must be.", "T", "self-abasing apology for writing"),
  ("Our two Daimler limousines seat seven and are available for weekday and Saturday services.", "N", "product detail")],
 [("I'm writing again about the Saturday availability you asked for, and I'm sorry to follow up, I really do hate being a nuisance.", "T", "follow-up topic kept; apology for following up (rule 3)"),
  ("Our rate is \u00a3320 per service, but if that's too much, please name a price and I'll try to match it.", "T", "price kept; name-your-number (rule 7)"),
  ("It would mean so much to us if you would write a few words for our website.", "S", "testimonial favour (rule 10)")],
 [("We'd be honoured to be considered, and I hope I haven't upset you by writing.", "T", "approval-seeking")]]),

("Gate automation", "West gate motor", "Mr Rahman,", "Steve Barlow", [
 [("Your west gate motor burned out again, per your facilities manager.", "N", "fact"),
  ("You're throwing money away every week you leave that gate on manual, and you know it.", "H", "cost of delay used to push, no number (rule 5)"),
  ("I've booked our installer for next Wednesday and he'll want the deposit cleared before he sets off.", "H", "assumptive booking and payment")],
 [("The new motor is rated for 300 cycles a day, which covers your lorry traffic with room to spare.", "N", "value tied to prospect"),
  ("We were the first gate company in the North West to reach ISO 9001 and we've got the plaques on the wall to prove it.", "S", "credential boast not tied to buyer's process (rule 8)"),
  ("Ring me if the access code needs changing before then, and have your card handy for the balance.", "H", "logistics kept; assumptive payment step")]]),

("Glovebox manufacturing", "Inert-atmosphere glovebox quotation", "Dear Professor Lindqvist,", "Kind regards,\nDr Ingrid S\u00f8rensen", [
 [("Thank you for sending the specification for the inert-atmosphere glovebox.", "N", "courtesy"),
  ("Your requirement of below 1 ppm oxygen and moisture is within the standard range of our four-port model.", "N", "spec match")],
 [("The glovebox ships with a regeneration-ready purifier, and we are proud to be the supplier of choice for Nobel laureates and three of the world's top ten universities.", "S", "product detail kept; generic prestige boast (rule 8)"),
  ("I would hate for you to be disappointed in us, so please let me know if anything at all is not to your liking.", "T", "need for approval"),
  ("Our quarter closes on the 30th, and my director has approved a 12% discount only if the order arrives before then.", "HST", "discount conditioned on seller's date with quarter/manager reason (rules 7, 16)")],
 [("The lead time is fourteen weeks from the purchase order, and do forgive me for the length of this message.", "T", "lead time kept; apologising for length (rule 3)")]]),

("Golf cart fleets", "Lithium fleet for the club", "Hey Tyler,", "Talk soon,\nBrandon", [
 [("Thanks for the tour of the back nine!", "N", "pleasantry"),
  ("Your current carts are losing about 20% range by the 14th hole, which lines up with the battery age you mentioned.", "N", "insight")],
 [("Dropping a line in case you'd found a spare minute to mull over the lithium fleet, zero rush of course.", "T", "minimising, permission-style follow-up"),
  ("The club down the road went lithium in the spring and their members have been rubbing it in ever since.", "H", "peers already switched, FOMO"),
  ("We'll swap the fleet in November while the course is quiet, and I've already told the shop you'll be paying by card on delivery.", "H", "timing kept; assumptive payment step"),
  ("I can also throw in a free year of servicing if you need a sweetener.", "T", "unprompted concession")]]),

("Grain dryers", "Dryer sizing for the co-op", "Hi Gareth,", "Cheers,\nAndy", [
 [("Good to talk after the co-op meeting on Thursday.", "N", "pleasantry"),
  ("Your moisture readings of 22% at harvest mean the current dryer is running flat out just to keep up.", "N", "insight; harmless 'just'"),
  ("A continuous-flow unit sized at 30 tonnes an hour would take that load and cut your gas bill by roughly a quarter, based on the figures you gave me.", "N", "value from prospect's data")],
 [("The farm investment grant round closes on 28 March, so if you want to apply, the quote will need to go in with the form.", "N", "borderline: grant programme closing, stated once (rule 4)"),
  ("What does the committee need to see before it can vote on this?", "N", "insightful question"),
  ("I can come to the April meeting to answer questions if that's useful.", "N", "borderline: one mild conditional, no stacked hedges (rule 2)")]]),

("Hammock manufacturing", "Hammocks for garden rooms", "Dear Ms. Moreau,", "Best regards,\nLuc\u00eda", [
 [("Thank you for answer about hammocks for the hotel's garden rooms.", "N", "courtesy"),
  ("Our hammocks are hand-woven from cotton in Yucat\u00e1n, and each holds 150 kg.", "N", "product detail")],
 [("We are number one hammock company in Europe, winner of many design awards, and our founder was on television.", "S", "ranking and award boast"),
  ("The price for 24 hammocks is 2,880 euros, and if you order this week I give 20% discount, after this week no more.", "HT", "price kept; discount tied to seller's date, no seller reason (rule 7)"),
  ("My boss is very strict and he want me to close this sale, please help me.", "ST", "manager as reason plus pleading, no date (rules 12, 15)")],
 [("I can send you two samples for the spring photo shoot you mentioned, and in return maybe you write a review for us on Google?", "S", "offer kept; review favour (rule 10)")]]),

("Hand dryers", "Restroom paper costs", "Angela,", "Mike", [
 [("Your paper towel spend across the nine locations is about $31,000 a year, based on the invoices you shared.", "N", "prospect's data"),
  ("At that spend the dryers pay for themselves in under fourteen months, so your restrooms need these and there's honestly nothing to think over.", "H", "payback kept; 'you need this' directive")],
 [("I'll send the revised quote with the ADA mounting heights tomorrow, and I'll be calling your office every afternoon until I get a yes.", "H", "deliverable kept; badgering"),
  ("I've got a sales contest running through Friday and this deal would put me over the top.", "HS", "seller's contest with date as push (rule 16)"),
  ("Installation can happen after close so the kitchens aren't disrupted, and I'll need your card on file before I order the units.", "H", "logistics kept; assumptive payment step")]]),

("Hot air balloon flights", "Balloon flights for the away day", "Dear Imogen,", "Warm regards,\nFiona", [
 [("It was a pleasure to hear about your client's summer away day, and I'm thrilled to finally show off our brand-new envelope.", "S", "I-centric showing off with no buyer value (rule 9)"),
  ("Our basket takes 16 passengers, so two flights would cover the whole leadership team.", "N", "detail fitted to prospect"),
  ("We've flown royalty, pop stars and two prime ministers, and our balloon was on a magazine cover!", "S", "exclamation boast")],
 [("The aviation authority requires passenger weights 48 hours before flight, so we'll ask for those the week before.", "N", "technical prerequisite"),
  ("I was rather hurt that my last two proposals went unanswered after I'd driven out to scout the launch field for you.", "HS", "seller's feelings and effort as guilt (rule 15)"),
  ("Would you like me to pencil in 14 July as a provisional date, with no deposit until your client confirms?", "N", "clear next step")]]),

("Hospital bed rental", "Winter-pressure bed capacity", "Dear Ms Ogunleye,", "Yours faithfully,\nSamuel Okafor", [
 [("Thank you for your request for winter-pressure bed capacity.", "N", "courtesy"),
  ("We can supply 40 electric profiling beds with pressure-relieving mattresses to your ward by 1 December, the date your bed manager set.", "N", "prospect's own date")],
 [("Rental is \u00a314 per bed per day, and I'm truly sorry it isn't lower.", "T", "price kept; apologising for price (rule 3)"),
  ("I'll have to ask my manager whether we can do anything on the rate.", "T", "deferring on discount (rule 12)"),
  ("Other trusts in your region signed up in October, and they won't be scrambling in January like you will.", "H", "peers already bought, shaming/fear")],
 [("Our engineers deliver and assemble on the ward and remove all packaging, so a glowing testimonial from your matron afterwards would be lovely.", "S", "service detail kept; testimonial favour (rule 10)")]]),

("Ice sculptures", "Swan centrepiece", "Hi Marisol,", "Speak soon,\nTasha", [
 [("Thanks for the sketch of the swan centrepiece, it's gorgeous.", "N", "pleasantry"),
  ("At the marquee's expected 24\u00b0C, a 90 cm swan will hold its detail for about five hours, which covers the drinks reception and dinner.", "N", "insight")],
 [("I'd suggest a drip tray with underlighting so the melt stays off the tablecloth.", "N", "recommendation"),
  ("We can deliver at 3pm, an hour before guests arrive, as your schedule asks.", "N", "prospect's own timing"),
  ("Do you know whether the venue has a freezer we can use for the backup block?", "N", "question")]]),

("Judo mats", "Tatami quote", "Mr Dunleavy,", "R. Tanaka", [
 [("Quote for 64 tatami mats attached.", "N", "attachment"),
  ("Your 8 x 8 m hall fits a full competition area plus safety border, and you need these mats before somebody gets hurt.", "H", "fit kept; 'you need this' directive (rule 6)"),
  ("Award-winning, Olympic-certified, used at three World Championships.", "S", "generic boast")],
 [("Delivery is five days from order; sign by the 20th or the mats go to another club.", "H", "logistics kept; ultimatum with scarcity"),
  ("Sorry if this seems pushy.", "T", "apologising for being pushy (rule 3)"),
  ("Your grading on 12 May leaves enough time for delivery either way.", "N", "prospect's own date")]]),

("Karaoke systems", "Karaoke night upgrade", "Hey Rosa,", "Rock on,\nDevon", [
 [("Thanks for letting me crash your Tuesday karaoke night!", "N", "pleasantry"),
  ("Your current machine skipped twice during the rush, which clears the floor every time.", "N", "insight")],
 [("Our system streams 90,000 songs, and if you haven't signed by Friday I'll assume you'd rather keep losing customers.", "H", "product fact kept; deadline with sarcasm"),
  ("For the record, I turned down a bigger bar to keep this install slot open for you.", "HS", "seller's sacrifice as leverage (rule 15)"),
  ("Setup takes about two hours, and real talk, my commission this month depends on a couple of deals like yours.", "S", "setup detail kept; seller's need without a demand (rule 16)"),
  ("I can have it installed before your Saturday trivia night.", "N", "logistics")]]),

("Kombucha wholesale", "Kombucha for your delis", "Hi Harriet,", "Love,\nMaddie at Brewbird", [
 [("It was lovely to meet your buyer at the Harrogate food fair, and thank you both for even giving a tiny brand like ours the time of day.", "T", "thanking them for even considering (rule 11)"),
  ("Our ginger kombucha sells through at about 14 bottles per store per week in delis of your size, based on our Yorkshire stockists.", "N", "proof tied to prospect")],
 [("I'm so sorry for the long email and for being such a pest.", "T", "apologising for length and for selling"),
  ("Hopefully it's alright that I've added a few extra flavours to the sample box, do tell me if that's overstepping.", "T", "approval-seeking"),
  ("The chilled shelf-life is 120 days, so your stores won't have to rotate stock more than monthly.", "N", "value")],
 [("Wholesale is \u00a31.40 a bottle, though I could drop it to \u00a31.10 straight away, no questions asked.", "T", "price kept; unprompted discount")]]),

("Fleet livery wraps", "Refuse fleet livery", "Dear Mr Ashworth,", "Kind regards,\nClaire Dunmore", [
 [("Thank you for the fleet list of 22 refuse vehicles.", "N", "courtesy"),
  ("Our cast vinyl lasts seven years outdoors, which would see the new livery through the full length of your vehicle lease.", "N", "value tied to prospect")],
 [("Proofs come back within three working days, and we have wrapped fleets for Formula One teams and national brands, with over 400 five-star reviews.", "S", "turnaround kept; generic boast (rule 8)"),
  ("I'll need a purchase order number today to keep your place in our spring schedule, as places are going fast.", "H", "assumptive plus scarcity"),
  ("Our regional manager is visiting on Thursday and would love to see your order in before then.", "HS", "manager's wish as reason for an order date (rule 16)"),
  ("Artwork proofs will go to your communications team for approval before anything is produced.", "N", "process")]]),

("Lifeguard training", "Summer certification courses", "Dear Ms. Delgado,", "Sincerely,\nMarcus Webb", [
 [("Thank you for the update on your summer staffing numbers.", "N", "courtesy"),
  ("With 18 returning guards and 12 new hires, a blended course would let the returners recertify in one day while the new hires complete the full program.", "N", "value")],
 [("The state health code requires every guard to hold current certification before the pools open on Memorial Day, so we've scheduled the final course for May 17.", "N", "borderline: regulation-driven date stated once with reason (rule 4)"),
  ("Apologies for the delay in sending the roster template; our registration system was down on Monday.", "N", "borderline: single courtesy apology with reason (rule 3)"),
  ("Could your aquatics coordinator confirm the pool is available on the 10th and 17th?", "N", "logistics ask"),
  ("I'd recommend running the in-water skills session first thing, when the pool is quietest.", "N", "recommendation")]]),

("Marquee hire", "Race day marquee", "Phil,", "Pete", [
 [("Site visit done; your paddock takes a 15 x 30 m clearspan comfortably.", "N", "logistics"),
  ("Ground anchors are fine on your turf, so no concrete blocks needed.", "N", "detail"),
  ("Every other course on the circuit already uses us, and frankly yours looks dated next to them.", "H", "peers already switched, shaming")],
 [("I've held that marquee for your race day on 6 June, but only until Friday noon, then it's gone.", "H", "prospect's date kept; fake hold deadline"),
  ("You've ignored three of my calls this week, which is a funny way to treat someone trying to help.", "H", "counting attempts plus entitlement resting on prospect conduct (rules 13, 15)"),
  ("Lining and lighting can be added if you want them, though your members deserve better than last year's shabby tent and you know it.", "H", "offer kept; shaming")],
 [("P.S. Don't expect this rate to be on the table next time I ring.", "H", "threatened price withdrawal as pressure")]]),
]



def main():
    assert len(EMAILS) == 40, len(EMAILS)
    trades = [e[0] for e in EMAILS]
    assert len(set(trades)) == 40
    email_rows, sent_rows = [], []
    sid = 0
    for i, (trade, subj, sal, sign, paras) in enumerate(EMAILS, 1):
        eid = "s21e%03d" % i
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        body = "\n\n".join(" ".join(fix(t) for t, _, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter()
        nonbl = collections.Counter()
        for p in paras:
            for t, code, note in p:
                t = fix(t)
                assert t in text, (eid, t)
                assert code == "N" or set(code) <= set("HST"), code
                labs = ["NONE"] if code == "N" else [CODE[c] for c in "HST" if c in code]
                bl = note.startswith("borderline:")
                for l in labs:
                    if l != "NONE":
                        counts[l] += 1
                        if not bl:
                            nonbl[l] += 1
                sid += 1
                sent_rows.append({"id": "s21-%04d" % sid, "email": eid, "text": t, "labels": labs, "note": note})
        lab = {}
        for l in ORDER:
            if counts[l] == 0:
                lab[l] = 0
            elif counts[l] >= 2 and nonbl[l] >= 1:
                lab[l] = 2
            else:
                lab[l] = 1
        email_rows.append({"email": eid, "subject": fix(subj), "text": text, "labels": lab})
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for r in email_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for r in sent_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-parse and check
    E = [json.loads(l) for l in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8")]
    S = [json.loads(l) for l in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8")]
    etext = {e["email"]: e["text"] for e in E}
    for s in S:
        assert s["text"] in etext[s["email"]]
        assert s["labels"] == ["NONE"] or s["labels"] == [l for l in ORDER if l in s["labels"]]
    # stats
    c = collections.Counter()
    for s in S:
        for l in s["labels"]:
            c[l] += 1
    faulty_per_email = collections.Counter(s["email"] for s in S if s["labels"] != ["NONE"])
    n2 = sum(1 for e in E if faulty_per_email[e["email"]] >= 2)
    clean = sum(1 for e in E if faulty_per_email[e["email"]] == 0)
    stats = {
        "emails": len(E), "sentences": len(S),
        "NONE": c["NONE"], "NONE_pct": round(100 * c["NONE"] / len(S), 1),
        "hard_close": c["hard_close"], "self_serving": c["self_serving"], "timidity": c["timidity"],
        "multi_label": sum(1 for s in S if len(s["labels"]) > 1),
        "borderline": sum(1 for s in S if s["note"].startswith("borderline:")),
        "ps_lines": sum(1 for s in S if s["text"].startswith("P.S.")),
        "emails_2plus_faulty": n2, "clean_emails": clean,
        "curly_emails": sum(1 for e in E if "\u2019" in e["text"]),
        "email_level": {l: dict(collections.Counter(e["labels"][l] for e in E)) for l in ORDER},
    }
    print(json.dumps(stats, indent=1))


if __name__ == "__main__":
    main()
