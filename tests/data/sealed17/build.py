#!/usr/bin/env python3
"""Build the sealed17 evaluation set (hand-written sentences, labels per the labelling guide).
Codes: N=NONE, H=hard_close, S=self_serving, T=timidity (combined, e.g. HS). Note prefix 'b:' = borderline."""
import json, os, re
from collections import Counter

# Each email: (industry, register, subject, salutation, sign-off, paragraphs); a paragraph is a list of (text, code, note).
E = [
("marble worktops", "formal", "Your kitchen worktop templates", "Dear Mrs Okafor,", "Kind regards,\nDaniel Firth\nFirth Stoneworks", [
 [("Thank you for sending the cabinet drawings for the Harrowgate kitchen.", "N", "courtesy"),
  ("The Calacatta slab you chose is held in our yard until the 14th, which was the date you asked us to hold it to, but after that I can't promise it won't go to the architect who has been asking about it all week.", "H", "prospect's date kept; invented rival buyer adds scarcity")],
 [("Our templater can visit on Tuesday morning to measure the run and the island, and I'd grab that slot while it's there because it won't come round again before spring.", "H", "logistics kept; manufactured scarcity"),
  ("The slab will be 30 mm honed with the pencil edge you specified, and we have been voted the region's finest stone fabricator three years running and supply several celebrity chefs.", "S", "spec kept; generic boast"),
  ("I've taken the liberty of raising the deposit invoice so the saw time is booked the moment you confirm.", "H", "assumptive payment step before a yes"),
  ("P.S. Two of your neighbours on the close have ordered the same slab, so it would be a shame to be the one kitchen on the street without it.", "H", "peer FOMO shaming")]]),
("horse trailers", "chatty", "that twin-axle trailer", "Hi Gemma,", "Cheers,\nRob", [
 [("Great to meet you and Dusty at the Thirsk show on Saturday!", "N", "pleasantry"),
  ("The aluminium floor you asked about is 40% lighter than timber, so your Land Rover stays well inside its towing limit.", "N", "product detail tied to prospect"),
  ("Honestly, half the eventing yards round you have already swapped to ours, so you'd be a bit of an outlier hanging on to the old Ifor.", "H", "peers already switched, shaming")],
 [("I'm one trailer off my best month ever, so it'd make my week if yours was it.", "S", "rep's own target, no date tied to her action"),
  ("Happy to bring the demo model over on Thursday so you can load her and see how she walks up the ramp, and I'll have the finance papers with me so we can get you signed up there and then.", "H", "demo offer kept; assumptive signing before a yes"),
  ("The trailer comes with a three-year chassis warranty, and if money's tight I could probably knock a grand off without anyone asking.", "T", "warranty detail kept; unprompted discount")]]),
("knitting yarn wholesale", "terse", "Yarn order - autumn range", "Priya,", "Mark\nHebden Mills", [
 [("Shade cards for the 4-ply merino are attached.", "N", "attachment"),
  ("Minimum order is 10 kg per colour, and I'm sorry, I know that's a lot to ask of a small shop.", "T", "terms kept; apology for normal selling terms"),
  ("Prices hold until 30 September, after which the mill's dye surcharge applies.", "N", "b: factual price expiry with external reason, stated once")],
 [("The first dye batch goes in on the 12th, and I've pencilled your shop in for it, so I'll need a card number by tomorrow to keep it.", "H", "batch date kept; assumptive payment demand with invented deadline"),
  ("The undyed 4-ply ships in 25 kg cones, and every other yarn shop in Yorkshire has ordered already.", "H", "product detail kept; competitors-already-bought shaming"),
  ("Let me know, and forgive me for being pushy.", "T", "apology for being pushy")]]),
("bespoke oak staircases", "warm", "Staircase for the barn conversion", "Dear Tom and Aisha,", "Warm wishes,\nHelen\nCroft Joinery", [
 [("It was lovely to walk round the barn with you both last week and see how far the build has come.", "N", "pleasantry"),
  ("I've drawn the staircase with the quarter landing you sketched, which keeps the view through the gable window clear.", "N", "value tied to prospect"),
  ("The drawings and a fixed quote of £14,200 including fitting are attached.", "N", "attachment and asked-for price")],
 [("Your building inspector will want the going of each tread at 250 mm or more, and this design gives 260.", "N", "technical requirement"),
  ("Green oak needs around six weeks in our shop to settle, so to have it fitted before your July move-in we would start cutting in mid-May.", "N", "b: real lead time tied to the prospect's own date")],
 [("Would Thursday the 9th suit for a call to go through the balustrade options?", "N", "next step with date"),
  ("If the handrail profile is not quite right, tell me and I'll redraw it.", "N", "service")]]),
("longcase clock restoration", "very deferential", "Your grandfather clock", "Dear Mr Hartley,", "With my humblest respects,\nAlan Peel", [
 [("Please forgive me for writing again, I do realise you must be terribly busy and I hate to intrude.", "T", "apology for following up, self-abasing"),
  ("The movement from your Thomas Lister clock is on my bench and the worn pivots on the strike train are clear to see.", "N", "concrete detail"),
  ("I was wondering whether perhaps you might possibly be willing to let me quote for re-bushing them?", "T", "stacked hedges")],
 [("The full overhaul would be £680, though I am quite embarrassed to ask that much and would understand entirely if it seems steep.", "T", "price kept; apology for price"),
  ("I could do it for £500 instead if that would be kinder on the purse.", "T", "unprompted discount"),
  ("I could collect the case on Tuesday the 3rd as you suggested, but do reply only if and when it is convenient, there is not the slightest hurry.", "T", "prospect's date kept; permission-begging, minimising")]]),
("loose-leaf tea wholesale", "non-native English", "Tea samples for your cafe", "Dear Mister Collins,", "Best regard,\nRavi Menon\nNilgiri Leaf Traders", [
 [("Thank you for tasting our samples in your cafe on Monday, and for giving a small company like ours even a little of your precious time.", "T", "thanking them for even considering"),
  ("Our company is since 1952 in business and we are having many many prizes from tea fairs in London and Dubai.", "S", "heritage plus prizes, generic boast (awards are not borderline)"),
  ("The Nilgiri frost tea you liked is giving four infusions, so the cost for one pot is lower than your present tea bags.", "N", "value tied to prospect")],
 [("My director is asking me to make this order before our year closing on 31 March, so please kindly sign the paper before this date.", "HS", "seller's manager and year-end as reason for a signing date (rule 16)"),
  ("If you are signing this week I am giving also 15% off, only because of the year closing.", "HST", "discount conditioned on seller's date with seller's own reason, year-end (rules 7, 16)"),
  ("I will send the 5 kg tins by courier on Thursday, and also I will be so thankful if you can write a review on our website for my performance.", "S", "logistics kept; favour for the seller")]]),
("brass door furniture", "blunt", "Door handles for Wexford Road", "Mr Ahmed,", "J. Doyle\nDoyle Architectural Ironmongery", [
 [("You asked for a quote on 46 lever handles in unlacquered brass; it's attached.", "N", "attachment, asked-for quote"),
  ("Unlacquered brass will darken within a year in a communal hallway, which is what your architect's specification asks for.", "N", "insight tied to spec"),
  ("I've sent three emails and you've opened every one, so I'd at least expect the courtesy of a yes or no.", "H", "opened-but-unanswered, entitlement (rule 13)")],
 [("The lead time on the 46 levers is three weeks, and if I don't hear by Friday I'll ring your developer directly and sort it with him.", "H", "lead time kept; bypass threat"),
  ("Any competent site manager would have signed this off already.", "H", "shaming"),
  ("I've spent two evenings redrawing your door schedule for nothing so far, and I'm not in the habit of working for free.", "HS", "guilt on seller's effort (rule 15)"),
  ("Samples can be on site Tuesday, and I'll expect a signed order when they arrive.", "H", "logistics kept; assumptive demand")]]),
("sailcloth", "formal", "Dacron and laminate cloth for the coming season", "Dear Ms Lindqvist,", "Yours sincerely,\nPeter Marsh\nSolent Cloth Co.", [
 [("Further to our call on Wednesday, I enclose the price list for the 7.3 oz Dacron and the polyester laminate you enquired about.", "N", "follow-up with attachment"),
  ("Our cloth is trusted by four Olympic teams, two round-the-world campaigns and the Royal Navy sail training fleet.", "S", "generic boast, names"),
  ("The tighter weave of the 7.3 oz will hold its shape for roughly two seasons longer on the club's training dinghies, which is the wear problem you described.", "N", "value tied to prospect")],
 [("We can cut the club's sails in the week of 18 November, and I must mention that this is the last slot before Christmas, so I would move very quickly if I were you.", "H", "slot offer kept; manufactured scarcity with 'move quickly'"),
  ("Our new finishing line, which we are all very proud of, features heat-setting, calendering, resin impregnation, UV coating, anti-mildew treatment and laser edge sealing.", "S", "feature dump about seller"),
  ("I would be pleased to send swatches of both cloths to your loft this week, together with our brochure celebrating four generations of the Marsh family at the loom.", "S", "b: offer kept; heritage line (rule 8)")]]),
("upright piano restoration", "warm", "Your Broadwood upright", "Hi Sarah,", "All the best,\nKate\nKeyframe Piano Workshop", [
 [("Thanks for letting me look over the piano on Friday, the case and soundboard are in better shape than either of us expected.", "N", "pleasantry, detail"),
  ("Most of the hammers just need reshaping; the bass strings are dead and two tuning pins are loose in the block.", "N", "b: one harmless 'just'")],
 [("I'd recommend restringing the bass section rather than trying to revive the old strings, because dead copper-wound strings never come back to full tone.", "N", "confident recommendation with reason"),
  ("The quote for all of it, including the new bass strings, the hammer work and three tunings over the first year, is £2,950.", "N", "price"),
  ("The new strings will need the room kept at a steady temperature for the first few months, or the tuning won't hold.", "N", "technical prerequisite")],
 [("Apologies for the slow reply, I was working at a concert hall in mid Wales without signal until yesterday.", "N", "b: single courtesy apology with reason"),
  ("Could we speak on Tuesday to agree the collection date and the finish for the case?", "N", "next step")]]),
("lime plaster", "chatty", "lime for the cottage walls", "Hey Jonny,", "Speak soon,\nBecca\nLimewright Supplies", [
 [("Just checking in again to see if you'd had a sec to think about the lime, no rush whatsoever!", "T", "'just checking in' as purpose plus minimising"),
  ("The hot-mixed lime you asked about is in stock at £18 a bag, and honestly I'd be gutted if you went with cement after all the hours I spent on those wall samples for you.", "HS", "asked price kept; guilt on seller's effort (rule 15)")],
 [("Your surveyor's damp readings back up what I said on site: the cement render is trapping moisture in the stone.", "N", "insight from prospect's data"),
  ("Sorry, I know I'm going on, and sorry again for the essay.", "T", "apology for length, repeated"),
  ("If the price is what's stopping you, just tell me what you'd like to pay and I'll make it work.", "T", "asks buyer to name their number")]]),
("candles wholesale", "terse", "Dinner candles - reorder", "Hi Lucy,", "Tom\nBeeswick Chandlers", [
 [("Restock sheet attached.", "N", "attachment"),
  ("Last order ran out in five weeks, so I've put you down for double and invoiced it already.", "H", "data point kept; assumptive invoice before yes"),
  ("The 25 cm ivory dinners you reorder are back in stock, and we're the UK's number one dinner candle brand.", "S", "stock fact kept; generic boast")],
 [("My boss wants this booked by Wednesday for our quarter, so please confirm today.", "HS", "manager and quarter as reason for a date"),
  ("Delivery slot is Thursday 8-10am, which I'll take as agreed unless you shout.", "H", "logistics kept; silence means yes"),
  ("P.S. Could you pop a five-star review on our trade page when the boxes land?", "S", "review favour for seller")]]),
("bookbinding cloth", "formal", "Book cloth for the conservation studio", "Dear Dr Mensah,", "With kind regards,\nFiona Gale\nGale & Pryor Bookcloth", [
 [("Thank you for your enquiry about archival book cloth for the library's rebinding programme.", "N", "courtesy"),
  ("I enclose a sample book with the six shades that pass the PAT test your tender requires.", "N", "credential the buyer's process requires"),
  ("We were appointed bookcloth makers to two royal households and have won the Bookbinders' Guild medal more often than any house in Britain.", "S", "generic boast")],
 [("The full rolls are £96 each, which I am afraid is rather high, for which I can only apologise.", "T", "price kept; apology for price"),
  ("Your tender closes on 12 June, so I will send the signed compliance forms by the 5th.", "N", "prospect's own deadline"),
  ("The cloth will be cut to your sheet sizes and dispatched within a week of order, and I would be extremely grateful if you would allow us to photograph the finished volumes for our catalogue.", "S", "logistics kept; favour for the seller, unprompted")]]),
("wooden produce crates", "blunt", "Crates", "Dave,", "Mick", [
 [("You said 400 crates by the 20th for the farm shop opening, and I can do that.", "N", "prospect's own date"),
  ("What I can't do is keep holding timber for you while you faff about, so it's a yes today or I sell the boards to someone else.", "H", "ultimatum")],
 [("You need these crates, full stop.", "H", "'you need this' directive"),
  ("And don't give me the committee line, your partner can rubber-stamp it after you've signed.", "H", "overriding the prospect's process"),
  ("Price is £3.10 each, branded on two sides, though I'd do £2.80 if that gets you off the fence.", "T", "price kept; unprompted discount"),
  ("I've been more than patient, and frankly I feel mugged off after driving two hours to show you the samples.", "HS", "guilt on seller's feelings and effort (rule 15)")]]),
("pallet racking", "very deferential", "Racking for the Leyland warehouse", "Dear Ms Brennan,", "Most respectfully yours,\nSimon Kaye\nNorthlink Storage", [
 [("I do hope you will not mind me writing, and I hope it is all right that I got your details from the trade directory.", "T", "needing approval"),
  ("The layout attached gives you 1,140 pallet positions in the Leyland unit, against the 900 you have now.", "N", "attachment, prospect value"),
  ("Please do not feel obliged to read it, and feel free to delete this if it is of no use.", "T", "minimising, feel free to ignore")],
 [("Your SEMA inspection is due in August, and our design passes it without change.", "N", "b: real external date stated once"),
  ("I would be so very grateful for even five minutes of your time, as it would mean ever so much to me personally.", "ST", "pleading for seller's own sake (rule 15)"),
  ("The racking can go in over two weekends so your pickers lose no shifts, and whatever discount you feel is fair, I will happily accept.", "T", "install detail kept; asks buyer to set price")]]),
("sash window restoration", "formal", "Sash windows for 14 Albert Terrace", "Dear Mr and Mrs Whitcombe,", "Yours sincerely,\nClare Ainsworth\nAinsworth Sash Restoration", [
 [("Thank you for showing me the front bay windows on Tuesday.", "N", "courtesy"),
  ("About a third of the sash cords have snapped, and the bottom rails of the two ground-floor sashes have wet rot where the paint has failed.", "N", "inspection detail"),
  ("We can splice new oak into the rails and keep the original crown glass, which is the part of the windows you said you most wanted to save.", "N", "offer tied to prospect")],
 [("Because the house is listed, I would advise against the uPVC replacements your builder mentioned; the conservation officer is very unlikely to approve them.", "N", "confident push-back with reason"),
  ("Our quote of £3,400, including draught-proofing, new cords and new pulleys, is enclosed.", "N", "price, attachment"),
  ("The conservation officer needs four weeks to approve works in a listed building, so I would submit the application by the end of this month if you want the windows finished before your daughter's wedding.", "N", "b: permit lead time tied to prospect's date")],
 [("Would Monday afternoon suit for a call to agree the order of works?", "N", "next step")]]),
("coffee roasting machines", "chatty", "the 5kg roaster", "Hi Marco,", "Cheers,\nLeah\nDrumline Roasters", [
 [("Loved the flat white on Saturday, by the way!", "N", "pleasantry"),
  ("The 5 kg drum roaster you asked about is £11,400 with the afterburner, and I'll need a 30% deposit off you by Friday because that's when my sales contest closes.", "HS", "asked price kept; seller's contest as reason for payment date (rule 16)"),
  ("The cooling tray takes a full 5 kg batch, and it's honestly the best roaster ever built, our engineers are geniuses and we've just won a Red Dot.", "S", "product detail kept; boast")],
 [("At your current 60 kg a week from the wholesaler, roasting in-house would save you roughly £1,300 a month on your own numbers.", "N", "cost from prospect's data, information"),
  ("Every week you sit on this you're literally burning a grand, mate.", "H", "b: cost of delay used to push, plausible number"),
  ("Fancy coming to the warehouse on Tuesday to roast a batch of your Colombian yourself?", "N", "demo ask, concrete"),
  ("P.S. We're the only roaster maker in the country with a Royal Warrant.", "S", "generic boast")]]),
("haulier tarpaulins", "non-native English", "Offer for curtain-side tarpaulins", "Hello Mr Reid,", "With best greetings,\nTomasz Wróbel\nPlandeka Sp. z o.o.", [
 [("As you ask on the phone, I send attached the offer for 30 curtain sides for your Krone trailers.", "N", "attachment asked for"),
  ("The 900 g PVC is having double stitching on the buckles, so the water is not entering on the corners like on your old ones.", "N", "product detail tied to prospect")],
 [("Maybe it is possible, if you are not too much busy, that perhaps you could look at it when you have some free moment?", "T", "stacked hedges plus permission"),
  ("I am sorry so much for write you again, I know I am disturbing.", "T", "apology for following up"),
  ("The price in the offer is 185 pound for one curtain, and because you are a new customer I will make already 20% lower, without you asking.", "T", "price kept; unprompted discount"),
  ("Delivery to Carlisle is ten working days from your order, but of course if this is not good for you I can wait as long as you like.", "T", "logistics kept; gives up control, minimising")]]),
("garden sheds", "blunt", "Your shed", "Mr Patel,", "Gary\nOakline Sheds", [
 [("The 10x8 apex shed you picked is £1,690 fitted, same as the quote.", "N", "asked price"),
  ("I've booked the fitters for Saturday and they're expecting payment on arrival.", "H", "assumptive booking and payment before yes"),
  ("Your neighbour at number 12 had one off us last month, so you'll be the only house on the street with a rotting one.", "H", "peer shaming")],
 [("If you don't get it sorted before winter, you'll be looking at that mess for another year.", "H", "'now or never' loss framing as push"),
  ("The base needs to be level to 10 mm for the floor bearers to sit right.", "N", "technical prerequisite"),
  ("Text me if you've any questions, though honestly there's nothing left to think about.", "H", "plain close kept; nothing-to-think-over pressure")]]),
("slate house signs", "warm", "Your house sign", "Dear Frances,", "Best wishes,\nOwen\nPenrhyn Lettering", [
 [("Thank you so much for the photo of the gatepost, it really helps.", "N", "courtesy"),
  ("I've attached two layouts for 'Ty Gwyn' in the Welsh slate you chose, one in a serif and one hand-cut in Roman capitals.", "N", "attachment"),
  ("I'll be honest, this is a sign I've really set my heart on making.", "S", "seller's feelings stated without blame (rule 15)")],
 [("The hand-cut letters are £240, and I do apologise, I know that's a lot for a sign.", "T", "price kept; apology for price"),
  ("Our little workshop was named Welsh Craft Business of the Year, which we're all terribly proud of.", "S", "award boast"),
  ("Please don't worry if you'd rather leave it for now, no hard feelings at all.", "T", "pre-emptively releasing them")]]),
("bicycle wheel building", "terse", "Wheels for the shop fleet", "Hi Ben,", "Sam\nSpoke & Rim", [
 [("Spec sheet for the 32-hole hire wheels attached.", "N", "attachment"),
  ("Your hire bikes come back with broken spokes every few weeks; three-cross lacing on brass nipples stops most of that.", "N", "insight tied to prospect"),
  ("Twenty pairs are £2,100, and I'll need the PO number off you today to get them in the jig.", "H", "price kept; assumptive demand with invented deadline")],
 [("That price goes if I don't hear by tonight.", "H", "invented expiry"),
  ("I'm behind on my numbers this month and need this one over the line by the 30th.", "HS", "seller's numbers as reason for a date (rule 16)"),
  ("Go on, do me a solid.", "S", "favour for seller")]]),
("mushroom growing substrate", "formal", "Substrate blocks for the Kendal farm", "Dear Mr Ashworth,", "Yours faithfully,\nDr Nina Rao\nMycoBase Ltd", [
 [("Thank you for the tour of the growing rooms on Thursday.", "N", "courtesy"),
  ("Your oyster flushes are dropping off after the second harvest, which usually points to the straw being under-pasteurised rather than to the spawn.", "N", "insight"),
  ("Our sterilised hardwood blocks typically give three full flushes, and the trial data from a farm of similar size is attached.", "N", "social proof tied to situation"),
  ("I would suggest a two-room trial before any change to the whole farm.", "N", "confident recommendation")],
 [("Blocks are £2.40 each delivered, falling to £2.10 if you commit to twelve months.", "N", "concession traded for term"),
  ("Our production schedule for January closes on 15 December, so a trial order would need to reach us by then.", "N", "b: real lead time stated once"),
  ("Could we speak on Monday at 11 to agree the trial rooms?", "N", "next step")]]),
("fountain pen nib grinding", "chatty", "nib work for the shop", "Hi Imogen,", "Ta,\nFelix", [
 [("Thanks for sending the six Pelikans over, they arrived safely!", "N", "courtesy"),
  ("I can grind them to italic or cursive italic for £35 each, as you asked, but I really must have your answer by Friday because my boss is judging me on this account.", "HS", "asked price kept; seller's boss as reason for a date (rule 16)"),
  ("I've done nibs for two Booker winners and a former Prime Minister, which I mention only because people like to know.", "S", "name-dropping boast")],
 [("Oh, and I'm so sorry this has been such a long-winded email.", "T", "apology for length"),
  ("I've attached tracings of each nib before and after, and I hope that's all okay and I haven't put you off.", "T", "attachment kept; needing approval"),
  ("Turnaround is a week from when I start, and I'd hurry, because once word gets round about my grinding the queue will be months long.", "HS", "logistics kept; manufactured scarcity plus self-praise")]]),
("sheep's wool insulation", "non-native English", "About the insulation for your eco houses", "Dear Mrs Henderson,", "Kind greetings,\nLukas Brandt\nWollwerk GmbH", [
 [("Thank you for the meeting at the Ecobuild fair, it was very interesting to hear about your six timber houses in Devon.", "N", "pleasantry"),
  ("Our wool batts are holding moisture up to 33% of weight without losing insulation value, so your timber frames stay dry.", "N", "product detail tied to prospect"),
  ("The batts come in 1,200 mm rolls to fit your stud spacing, and we are the first and the best wool insulation factory of Europe, with more than 40 awards and also investors from Switzerland.", "S", "product detail kept; generic boast, investors")],
 [("Also the other builders in your region, they all already changed to our product, only you are still missing.", "H", "peers switched, shaming"),
  ("I have already reserved the truck for 3 March, so please send us the bank transfer this week.", "H", "assumptive payment"),
  ("The U-value calculations for your houses I send in attachment.", "N", "attachment")]]),
("industrial sewing machines", "very deferential", "Sewing machines for the upholstery workshop", "Dear Mr Kowalczyk,", "Your most obedient servant,\nGraham Lowe", [
 [("I am so sorry to intrude upon your day once more, and I do apologise for my persistence.", "T", "repeated apology for following up"),
  ("The walking-foot machine you looked at handles six layers of vinyl without skipping, which was the fault on your old Brother, although I do apologise that it is rather dearer than the Brother was.", "T", "product detail kept; apology for price")],
 [("I was rather hoping that, should you perhaps be minded to, you might consider a short demonstration at some point?", "T", "stacked hedges"),
  ("I shall of course have to check with my manager whether any reduction is possible on the price you mentioned.", "T", "defers on discount"),
  ("Completely understand if now isn't the time, I shall try you again next spring.", "T", "accepts brush-off without a question"),
  ("Thank you ever so much for even considering us.", "T", "thanking for considering")]]),
("copper pan retinning", "warm", "Your copper pans", "Hello Chef Amara,", "Warmly,\nJess\nTinsmith & Co.", [
 [("It was a real treat to eat at the restaurant on Friday, the turbot was wonderful.", "N", "pleasantry"),
  ("The twelve sauté pans you showed me have worn through to the copper in the centre, so I'd retin them before the busy season rather than after.", "N", "recommendation backed by inspection"),
  ("Retinning is £45 a pan, and I'd be so grateful if you could send the whole set this week since I'm still short of my target for the month.", "HS", "price kept; seller's target as reason for a date (rule 16)")],
 [("It would mean the world to me, I've been chasing this kitchen for ages.", "S", "seller's feelings, no blame"),
  ("We can collect on Monday and have them back within ten days, and if that's too pricey I'll do them at cost, honestly.", "T", "logistics kept; unprompted discount")]]),
("playground bark mulch", "formal", "Safety surfacing for Millbrook Primary", "Dear Mr Singh,", "Yours sincerely,\nRachel Dunmore\nGreenfall Surfacing", [
 [("Thank you for your enquiry regarding bark surfacing under the new climbing frame.", "N", "courtesy"),
  ("The frame's critical fall height is 2.1 metres, so the standard requires a compacted bark depth of at least 300 mm beneath it.", "N", "technical requirement"),
  ("That comes to 38 cubic metres for the area on your plan.", "N", "quantity")],
 [("I have attached a quote of £2,280 including delivery, spreading and an edging board to stop migration onto the path.", "N", "attachment, price"),
  ("Because the school is closed from 24 July, laying during the first week of the holidays would avoid any disruption to lessons.", "N", "prospect's calendar"),
  ("Your caretaker will need to top up the high-traffic area under the slide each spring.", "N", "maintenance advice"),
  ("Could I call you on Wednesday to confirm the access route for the lorry?", "N", "next step")]]),
("loft ladders", "terse", "Loft ladder", "Mrs Greene,", "Pete", [
 [("Quote for the timber three-section ladder attached, £385 fitted.", "N", "attachment, price"),
  ("Fitted one next door last week.", "N", "b: plain fact, not shaming"),
  ("The ladder comes with the fire-rated hatch your building control officer asked for, and this is my fourth email about it.", "H", "product detail kept; counting attempts at the prospect (rule 13)"),
  ("Reply or I'll assume we're going ahead and bring it Thursday.", "H", "silence means yes")],
 [("Sorry, that sounded rude, sorry.", "T", "repeated apology"),
  ("Can do £300 if you like.", "T", "unprompted discount")]]),
("guitar strings wholesale", "chatty", "strings for the shop", "Hey Dan,", "Rock on,\nChloe\nFretwire Strings", [
 [("Hope the open-mic night went off!", "N", "pleasantry"),
  ("The trade price list you wanted is attached, and heads up, our sales director says any shop not signed by Monday misses out on our launch pricing for good.", "HS", "attachment kept; seller's director as reason for deadline, 'for good'"),
  ("The display stand holds 120 packs and fits the counter space you measured, and we've got signature sets from three platinum artists and a Grammy-winning producer swears by us.", "S", "product detail kept; boast")],
 [("Your customers keep asking for 10-46 nickel sets, and those are our best margin line for a shop your size.", "N", "value tied to prospect"),
  ("Any chance you could tag us in a post once the display's up?", "S", "favour for seller"),
  ("Can pop by Wednesday to set up the display stand, and I've already told my boss it's a done deal, so please don't make me look daft.", "HS", "offer kept; seller's standing as what the prospect owes a decision for (rule 15)")]]),
("oyster bags and trestles", "blunt", "Trestles for the Loch Fyne site", "Hamish,", "Ewan\nShoreline Aquaculture Gear", [
 [("The 9 mm mesh bags you asked about are £4.80 each at 2,000, as quoted.", "N", "asked price"),
  ("You've had the quote for a month and I'm not waiting any longer, so I'll be at your shore base Monday whether you reply or not.", "H", "turning up uninvited"),
  ("The trestles can be on the shore for the spring tides you mentioned, and if I can't pin you down this week I'll take it to your board instead.", "H", "prospect's timing kept; bypass threat")],
 [("Trestles in 316 stainless won't rust out in five years like the galvanised ones you've got.", "N", "value"),
  ("I'm also one sale off the top of the leaderboard, so I'd need your signature by Friday.", "HS", "seller's leaderboard as reason for a date (rule 16)"),
  ("After everything I've done for you, a reply isn't much to ask.", "HS", "guilt on seller's effort (rule 15)")]]),
("stained glass repair", "warm", "The landing window", "Dear Mr and Mrs Ellis,", "With best wishes,\nMeg Barraclough\nLeadlight Studio", [
 [("Thank you for the tea and for letting me take the landing window apart, so to speak.", "N", "pleasantry"),
  ("The lead cames have reached the end of their life, which is why the panel bows in the middle and rattles in the wind.", "N", "inspection insight"),
  ("I'd re-lead the whole panel rather than patch it, as patched lead tends to fail at the joins within a few years.", "N", "recommendation with reason")],
 [("Two of the painted roundels can be kept exactly as they are.", "N", "detail"),
  ("The full re-lead is £1,150 and takes about three weeks in the studio; I'll board the opening in the meantime.", "N", "price, logistics"),
  ("Sorry to hear your mother has been unwell; the work can wait until she's settled back home.", "N", "sympathy"),
  ("Shall I pencil in a collection for the week of the 20th, or would you rather pick a date once things are calmer?", "N", "next step, options")]]),
("chimney liners", "non-native English", "Flexible liner for your wood burner", "Dear Sir Thompson,", "Regards,\nAndrei Popescu\nFlueSafe Installations", [
 [("I was inspecting your chimney with the camera on Tuesday and I am sending the photos.", "N", "attachment"),
  ("The mortar between the bricks is cracked in three places, so you are needing a liner before using the new stove.", "N", "b: 'you need' after real inspection as technical necessity")],
 [("The 316 steel liner is £1,250 with fitting, and to be honest my manager is watching my numbers very close this year.", "S", "price kept; seller's need, no date or demand (rule 16)"),
  ("I am feeling very disappointed that after I came two times to your house you are not answering me.", "HS", "guilt on seller's feelings and effort (rule 15)"),
  ("The liner has 25 years guarantee, and all people on your road are already with liner, only your house is not safe.", "H", "guarantee kept; peer shaming/fear"),
  ("I can come on Friday at 9 if this is good.", "N", "next step")]]),
("wooden toys", "chatty", "toys for the Christmas window", "Hi Poppy,", "Love,\nAnnie\nWhittle & Pine", [
 [("Ahh, so glad the kids loved the stacking rainbow at the fair!", "N", "pleasantry"),
  ("I've attached the wholesale list, and I'll just say, if you leave it past this weekend you'll be the only toyshop in Bath without our advent calendars.", "H", "attachment kept; FOMO scarcity"),
  ("We're hand-made in the Lake District by the same family for four generations, and we've been in Vogue twice!", "S", "heritage plus boast")],
 [("Everything is painted with EN71-certified water-based paint, which your insurer asked about.", "N", "certification buyer needs"),
  ("Honestly, I've been so worried you didn't like us, I hope I haven't said anything wrong.", "T", "needing approval"),
  ("Happy to send a sample box on Monday, and it's yours free if you'll write us a little review for our website.", "ST", "b: offer kept; concession to win a review (rule 7)")]]),
("pub furniture", "blunt", "Tables and benches for the beer garden", "Steve,", "Carl\nTaproom Furniture", [
 [("Got your measurements, thanks.", "N", "courtesy"),
  ("Eighteen picnic benches in tanalised pine fit your garden with the walkway the licensing officer wants.", "N", "value, external requirement"),
  ("They're £260 each, and that's the price until Friday because my manager wants the order on this month's figures.", "HS", "price kept; manager and month figures as reason for date")],
 [("Your brewery rep said you'd sign off on them weeks ago, so stop dragging it out.", "H", "pressure, shaming"),
  ("We've kitted out over 300 pubs and won Supplier of the Year twice.", "S", "generic boast"),
  ("I can get the lorry there Tuesday week, and I'll bring the card machine so we can settle up on the day.", "H", "logistics kept; assumptive payment")]]),
("welding consumables", "formal", "Consumables supply agreement", "Dear Mr Adeyemi,", "Yours sincerely,\nLinda Croft\nArcweld Supplies", [
 [("Thank you for meeting me at the fabrication shop on Monday.", "N", "courtesy"),
  ("As requested, I attach pricing for the 1.0 mm SG2 wire and the argon-CO2 mix on a twelve-month agreement, and I have taken the liberty of reducing it by a further 10% before you even had to ask.", "T", "attachment kept; unprompted discount"),
  ("Your line is getting through roughly 90 kg of wire a week, so the agreement would save you around £6,000 over the year against your current spot prices.", "N", "value from prospect's data")],
 [("Deliveries would be every second Tuesday to match your production plan, and I must be candid that this agreement matters a great deal to my bonus this year.", "S", "delivery plan kept; seller's bonus, no date"),
  ("I have also asked your managing director to join our next meeting, as I find decisions move faster when he is present.", "H", "going over head to speed decision"),
  ("Would Thursday at 2 suit to go through delivery frequencies?", "N", "next step")]]),
("soft-play equipment", "warm", "The toddler zone at Little Acorns", "Dear Joanne,", "Warm regards,\nDevi\nBounceworks", [
 [("Thank you for the walk round the café on Saturday, the children's corner has real potential.", "N", "pleasantry"),
  ("For children under three, the layout I've drawn keeps every platform under 600 mm, which your insurer's checklist asked for.", "N", "requirement"),
  ("The foam blocks are covered in phthalate-free PVC that wipes clean between sessions.", "N", "product detail")],
 [("The quote for the zone is £7,800 including installation, and it's attached with the drawings.", "N", "price, attachment"),
  ("Your planned opening on 1 September gives us time if the order is placed by late July, as the covers are made to order.", "N", "prospect's date with real lead time"),
  ("I'd be happy to bring a sample platform to your next staff meeting.", "N", "offer"),
  ("Does Tuesday the 4th at 10 work for a call?", "N", "next step")]]),
("letter boxes for flats", "very deferential", "Mailboxes for Riverside Court", "Dear Mr Fairclough,", "With the greatest respect,\nNigel Barnes", [
 [("I hope very much that you will not think me presumptuous for writing to you directly.", "T", "needing approval"),
  ("The 48-unit bank of front-loading boxes fits the alcove by the lift exactly, with the Royal Mail trade lock your postie asked for.", "N", "product detail tied to prospect"),
  ("I am so dreadfully sorry that the price has come out at £5,600, I know it is a great deal.", "T", "price kept; apology for price")],
 [("If it would help at all, I could simply take £800 off and say no more about it.", "T", "unprompted discount"),
  ("I can bring a sample box to the site office any weekday, but really, whenever you find a spare moment is perfectly fine, there is no urgency at all on my side.", "T", "offer kept; permission-begging"),
  ("The boxes are fitted in a single day with no disruption to residents, and I would be ever so thankful if, once fitted, you might mention us to the other managing agents.", "S", "install detail kept; referral request")]]),
("bookshop shelving", "chatty", "shelves for the new branch", "Hi Nadia,", "Cheers,\nJoe\nSpine & Board Shopfitting", [
 [("Thanks for the floor plan, what a great space!", "N", "pleasantry"),
  ("The 2.1 m oak bays you asked for are £620 each, and btw I've already put your name on the December production run so you're basically in.", "H", "asked price kept; assumptive booking"),
  ("Five indie shops in your area went with us this year, so you'd be the odd one out.", "H", "peers already switched")],
 [("Tilting the bottom shelf by 15 degrees lets customers read the spines without crouching, which should lift sales on those shelves.", "N", "insight"),
  ("Our workshop has a CNC router, edge-banding line, spray booth, vacuum press, dowel drill and an in-house upholsterer.", "S", "feature dump"),
  ("Can I come by Thursday to mark out the walls?", "N", "next step")]]),
("sausage casings", "non-native English", "Natural casings offer", "Dear Mr Butcher Williams,", "Best regards,\nSofia Ferreira\nTripa Natural Lda.", [
 [("Thank you for the order of samples for your shop.", "N", "courtesy"),
  ("The hog casings 32/35 mm are the size you are using for your Cumberland, and they are arriving salted in 91 m hanks.", "N", "product detail"),
  ("Sorry, sorry, I am so sorry for writing many times, please do not be angry with me.", "T", "repeated self-abasing apology")],
 [("I beg you, please make an order because my chief is saying if I do not have new clients I will have problems.", "ST", "pleading for seller's own sake, no date"),
  ("The price for one hank is 38 euro, but if it is better for you, you can pay what you think is correct.", "T", "price kept; buyer names number"),
  ("The delivery from Porto is taking five days, and for you I am making also the transport free, even you did not ask.", "T", "logistics kept; unprompted concession")]]),
("fishing flies", "terse", "Flies for the tackle shop", "Hi Graham,", "Ross\nTweed Fly Co.", [
 [("Catalogue and trade prices attached.", "N", "attachment"),
  ("Your mayfly sales peaked in late May last year, so stock would want to land by the first week of the month.", "N", "prospect's data"),
  ("Orders over 500 flies get 8% off.", "N", "volume concession"),
  ("Barbless versions of the top ten patterns are ready for the catch-and-release beats you mentioned.", "N", "tied to prospect")],
 [("Happy to send a sample card of twenty.", "N", "offer"),
  ("Thursday suit for a call?", "N", "next step")]]),
("tyre retreading", "formal", "Retreads for the bus depot", "Dear Ms Carver,", "Yours sincerely,\nMartin Doyle\nRoadcast Retreading", [
 [("Thank you for the fleet tyre records you sent on Friday.", "N", "courtesy"),
  ("Your 42 buses are each going through around four new drive tyres a year, which retreading would cut to two new casings and two retreads.", "N", "value from prospect's data"),
  ("I should add that I have already spoken to your finance director, who I understand will be pleased to overrule the procurement panel on this.", "H", "overriding prospect's process, bypass")],
 [("The pricing you requested is attached, and as we are the largest, most awarded retreader in Europe I trust no further comparison will be necessary.", "HS", "attachment kept; boast plus dismissing process"),
  ("I am frankly disappointed by the time I have put into this proposal without so much as an acknowledgement.", "HS", "guilt on seller's effort (rule 15)"),
  ("I can be at the depot on Wednesday at 9 to inspect the casings.", "N", "next step"),
  ("P.S. If it helps, we could knock 12% off and throw in the valve caps, no strings attached.", "T", "unprompted unconditional discount")]]),
]

CODES = {"N": [], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"]}
ORDER = ["hard_close", "self_serving", "timidity"]

def labels_of(code):
    if code == "N":
        return ["NONE"]
    ls = set()
    for c in code:
        ls.update(CODES[c])
    return [l for l in ORDER if l in ls]

def curly(s):
    return s.replace("'", "\u2019")

here = os.path.dirname(os.path.abspath(__file__))
emails, sents = [], []
sid = 0
assert len(E) == 40, len(E)
industries = [e[0] for e in E]
assert len(set(industries)) == 40
for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
    eid = "s17e%03d" % i
    conv = curly if i % 3 == 0 else (lambda s: s)
    body = "\n\n".join(" ".join(conv(t) for t, c, n in p) for p in paras)
    body = body.replace(" P.S. ", "\n\nP.S. ")
    text = conv(sal) + "\n\n" + body + "\n\n" + conv(sign)
    counts = {l: [0, 0] for l in ORDER}  # [carrying, non-borderline]
    for p in paras:
        for t, c, n in p:
            sid += 1
            t = conv(t)
            assert t in text, (eid, t)
            bl = n.startswith("b:")
            note = "borderline: " + n[2:].strip() if bl else n
            ls = labels_of(c)
            for l in ls:
                if l != "NONE":
                    counts[l][0] += 1
                    counts[l][1] += 0 if bl else 1
            sents.append({"id": "s17-%04d" % sid, "email": eid, "text": t, "labels": ls, "note": note})
    lab = {}
    for l in ORDER:
        n, nb = counts[l]
        lab[l] = 0 if n == 0 else (2 if n >= 2 and nb >= 1 else 1)
    emails.append({"email": eid, "subject": conv(subj), "text": text, "labels": lab})

with open(os.path.join(here, "test-emails.jsonl"), "w", encoding="utf-8") as f:
    for e in emails:
        f.write(json.dumps(e, ensure_ascii=False) + "\n")
with open(os.path.join(here, "test.jsonl"), "w", encoding="utf-8") as f:
    for s in sents:
        f.write(json.dumps(s, ensure_ascii=False) + "\n")

# re-parse check
for fn in ("test-emails.jsonl", "test.jsonl"):
    with open(os.path.join(here, fn), encoding="utf-8") as f:
        for line in f:
            json.loads(line)

# stats
c = Counter()
multi = bl = 0
for s in sents:
    for l in s["labels"]:
        c[l] += 1
    multi += len(s["labels"]) > 1
    bl += s["note"].startswith("borderline:")
faulty_per_email = Counter(s["email"] for s in sents if s["labels"] != ["NONE"])
n2 = sum(1 for e in emails if faulty_per_email[e["email"]] >= 2)
clean = sum(1 for e in emails if faulty_per_email[e["email"]] == 0)
other = len(emails) - n2 - clean
el = {l: Counter(e["labels"][l] for e in emails) for l in ORDER}
print("emails", len(emails), "sentences", len(sents))
print("NONE %d (%.1f%%)" % (c["NONE"], 100 * c["NONE"] / len(sents)))
for l in ORDER:
    print(l, c[l], "email-level 0/1/2:", el[l][0], el[l][1], el[l][2])
print("multi-label", multi, "borderline", bl)
print("emails with 2+ faulty", n2, "clean", clean, "one faulty", other)
print("sentences per email min/max", min(Counter(s["email"] for s in sents).values()), max(Counter(s["email"] for s in sents).values()))

mixed = sum(1 for s in sents if s["labels"] != ["NONE"] and " kept;" in s["note"])
faulty = len(sents) - c["NONE"]
regs = Counter(e[1] for e in E)
lines = [
"# sealed17: held-out evaluation set of sales emails",
"",
"Written by hand, email by email, from the labelling guide (`corpus/LABELS.md`) and the product description alone;",
"no other data set, rule or code was read. Every sentence and label is in `build.py`, which derives the email-level",
"scores with the guide's 0/1/2 scale (no hand overrides), checks that each sentence is a verbatim substring of its",
"email text, and re-parses both JSONL files. Run `python3 build.py` to regenerate `test-emails.jsonl`, `test.jsonl`",
"and this README.",
"",
"## Counts (computed by build.py)",
"",
"| | Count |", "|---|---|",
"| Emails | %d |" % len(emails),
"| Sentences | %d |" % len(sents),
"| NONE | %d (%.1f%%) |" % (c["NONE"], 100 * c["NONE"] / len(sents)),
"| hard_close | %d |" % c["hard_close"],
"| self_serving | %d |" % c["self_serving"],
"| timidity | %d |" % c["timidity"],
"| Multi-label sentences | %d |" % multi,
"| Borderline sentences | %d |" % bl,
"| Faulty sentences with the fault in one clause beside a legitimate point (note contains `kept;`) | %d of %d |" % (mixed, faulty),
"| Emails with 2+ faulty sentences / clean | %d / %d |" % (n2, clean),
"",
"Email-level scores (0/1/2): " + "; ".join("%s %d/%d/%d" % (l, el[l][0], el[l][1], el[l][2]) for l in ORDER) + ".",
"",
"## Industries (one trade per email)",
"",
", ".join(e[0] for e in E) + ".",
"",
"## Registers",
"",
", ".join("%s (%d)" % (r, n) for r, n in sorted(regs.items())) + ". Every third email (s17e003, s17e006, ...) uses",
"curly apostrophes (U+2019); the others use straight ones. British spellings; physical goods and trades favoured.",
"A few emails end with a P.S. line, which is a sentence entry. Notes starting `borderline:` mark sentences decided",
"by one of the guide's borderline rules.",
"",
"Many NONE sentences are deliberate hard negatives: the prospect's own dates, real lead times and permit periods,",
"confident recommendations backed by an inspection, volume or term concessions, single courtesy apologies.",
]
with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print("mixed", mixed, "of", faulty)
