#!/usr/bin/env python3
"""Build the sealed34 tone-coach evaluation set from hand-written emails.

Every sentence below was written by hand for this set, from the labelling guide alone.
Codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combinations allowed, e.g. "HS").
A note starting with "borderline:" marks a sentence decided by one of the guide's borderline rules.
Every third email (index 3, 6, 9, ...) is written out with curly apostrophes (U+2019).
Run: python3 build.py   (writes test-emails.jsonl and test.jsonl next to this script)
"""
import json, os, re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}
ORDER = ["hard_close", "self_serving", "timidity"]

# (trade, register, subject, salutation, sign-off, [(sentence, code, note), ...])
EMAILS = [
("alpaca fleece processing", "chatty", "Scouring and carding your spring clip", "Hi Rosalind,", "Cheers,\nMaddie\nTarnside Mini Mill", [
 ("Thanks for sending the micron test results from your shearer - the 22-micron average on the grey fleeces is perfect for worsted spinning.", "N", "specific detail tied to the prospect's fleece"),
 ("Our mill has won Best Small Processor at the Fibre Fest three years running, and we were featured in Wool Monthly last spring.", "S", "generic awards and press boast"),
 ("I can take your 40 kilos on the 14th of April as you asked, though I've only got two drop-off slots left that week and a farm in Devon is eyeing both.", "H", "prospect's own date kept, scarcity clause with a rival buyer added"),
 ("Pricing is £28 a kilo for scour, card and spin into DK, which includes skirting, and I'm sorry it isn't cheaper.", "T", "requested price plus an apology for the price"),
 ("Honestly, if that feels steep I could do £22 - just say the word.", "T", "unprompted, unconditional discount"),
 ("Would a quick call Thursday work to pick the yarn weights for each colour, or is that asking too much of your week?", "T", "call ask kept; approval-seeking minimiser"),
]),
("barometer restoration", "formal", "Restoration of the Negretti & Zambra stick barometer", "Dear Mr Pemberton,", "Yours sincerely,\nAnthony Carrow\nCarrow & Finch Barometers", [
 ("Thank you for the photographs of the stick barometer from the library at Hensall Hall.", "N", "courtesy"),
 ("From the images, the tube appears to have lost mercury at the cistern, and the ivory register plates have lifted at the top corner.", "N", "expert diagnosis for the prospect"),
 ("I must apologise for the fee, which I appreciate is considerable, and I am sorry too for the length of this letter.", "T", "apologies for price and length (normal selling)"),
 ("We are the only workshop in the country holding a Royal Warrant for barometer work, and our clients include three cathedrals and a former prime minister.", "S", "generic credentials and famous-client boast"),
 ("My quotation of £2,340 is attached, and I shall need the deposit paid by Friday to keep your place on the bench.", "H", "attachment kept; deposit demanded before any yes, with an invented cut-off"),
 ("I could collect the instrument myself when I am in Yorkshire on 3 March, which would also help me reach my annual target.", "S", "logistics offer plus the seller's own target, no date pressed on the prospect (rule 16)"),
]),
("concrete cube testing", "terse", "Cube testing, Plot 7 pours", "Hi Dev,", "Ta,\nGraham\nSpanwell Materials Testing", [
 ("Got your pour schedule for Plot 7 - slabs on the 9th, 16th and 23rd.", "N", "the prospect's own dates"),
 ("We'll collect the cubes from site the morning after each pour and crush at 7 and 28 days as per the spec.", "N", "logistics"),
 ("Results go to you and the structural engineer by 4pm on the test day.", "N", "logistics"),
 ("Our lab is UKAS-accredited for BS EN 12390-3, which your client's quality plan calls for.", "N", "borderline: rule 8, a credential the buyer's process requires"),
 ("Price is £14 per cube including collection.", "N", "plain price"),
 ("Shall I book the first collection for the 10th?", "N", "clear next step"),
]),
("drumming workshops", "warm", "Drum circle for your March offsite", "Hello Priya,", "Warmly,\nJess Okafor\nHeartbeat Drumming", [
 ("It was lovely to hear how your team wants something that gets the new hires and the old hands actually laughing together.", "N", "reflects the prospect's goal"),
 ("A 90-minute session for 60 people at your Leeds venue would use djembes and bass drums, with everyone playing one groove together inside the first ten minutes.", "N", "concrete proposal tied to the goal"),
 ("I've poured my whole weekend into sketching a set list for your group, so I'd really hoped to hear back before now.", "HS", "seller's effort offered as guilt for a reply (rule 15)"),
 ("Three firms on your business park have already booked us this spring, and I'd hate for your people to be the only ones left out.", "H", "peers already bought plus fear of missing out"),
 ("If you don't mind me asking, would it perhaps be possible to maybe pencil in a date, whenever suits?", "T", "date ask kept; stacked hedges plus permission-seeking"),
 ("I'm free to walk the venue with you on the 18th, and I've taken the liberty of sending the deposit invoice so the drummers are locked in.", "H", "legit site-visit offer; invoice sent before any yes (assumptive)"),
]),
("eDNA pond surveys", "very deferential", "eDNA pond sampling, Glebe Farm site", "Dear Ms Farrant,", "With very best wishes and many thanks,\nOwen Pritchard\nAquaTrace Ecology", [
 ("I am so very sorry to trouble you again, and I do hope this message is not an imposition.", "T", "apology for following up plus approval-seeking"),
 ("Natural England's survey window for great crested newt eDNA runs from 15 April to 30 June, so sampling the four ponds then would keep your planning submission on track.", "N", "borderline: rule 4, real external seasonal window stated once with the reason"),
 ("Our kit price is £195 per pond, though of course if that is too much I would be glad to hear what figure you had in mind.", "T", "price kept; asks the buyer to name their number"),
 ("I would need to ask my director before I could say anything about a multi-site rate, I am afraid.", "T", "defers to manager on a discount question (rule 12)"),
 ("We could take samples on 22 April, which is the date your site manager mentioned.", "N", "the prospect's own date"),
 ("Please forgive me for writing at such length.", "T", "apology for the length of the email"),
]),
("forage and silage analysis", "non-native English", "Silage analysis for the members", "Dear Mr Hughes,", "Best regards,\nKatarzyna Nowak\nFeedLab Analytics", [
 ("Thank you for the call on Monday and for explain the co-op plan to test every member's clamp before winter feeding.", "N", "courtesy, prospect's plan"),
 ("We can analyse dry matter, crude protein, ME and NDF, and the report come back to the farmer in 48 hours.", "N", "service detail"),
 ("For 35 farms the price is £24 per sample, and if the co-op commit to two rounds in the year, it becomes £21.", "N", "borderline: rule 7, concession traded for volume commitment"),
 ("Last year one member near Ruthin find his second cut was 3 MJ lower than he think, and he changed the ration before the yields drop.", "N", "proof turned into a lesson for the prospect"),
 ("Our courier bags are with prepaid label, so the farmers only need to post the sample on a Monday or Tuesday.", "N", "harmless 'need', logistics"),
 ("Is it possible to have ten minutes at your members' meeting on 12 September to explain how to take a good core?", "N", "plain ask with a date"),
]),
("gear cutting", "blunt", "Spur gears for the graders", "Martin,", "Ray\nDunmore Gear Cutting", [
 ("Drawings received for the six 48-tooth spur gears.", "N", "logistics"),
 ("We can hob them in EN8 and have them with you in three weeks, but only if you say yes before I leave the office tonight.", "H", "lead time kept; invented same-day cut-off"),
 ("I've told the shop floor to start cutting Monday, so send the PO and card details today and we're sorted.", "H", "assumptive order and payment before any yes"),
 ("Frankly these gears are a must for you and there's nothing to think over.", "H", "directive that the prospect needs it, no analysis (rule 6)"),
 ("Your neighbour at Brackley Farms switched to us last month, so you're the last grower on the lane still running worn gears.", "H", "peer who already switched, used to shame"),
 ("Price is £310 each, hardened and ground, and we're the best gear cutters in the Midlands by a mile.", "S", "price kept, generic boast added"),
]),
("henna artists", "chatty", "Henna for your Diwali celebration", "Hi Anjali!", "Lots of love,\nSana\nMehndi by Sana", [
 ("So glad the Diwali lunch on 31 October is going ahead at your Broadgate office.", "N", "pleasantry with the prospect's date"),
 ("Two artists can do about 50 simple palm designs in a three-hour slot, using natural henna with no PPD.", "N", "concrete capacity"),
 ("Popping up in your inbox again in case my last note slipped past, honestly zero rush on this one!", "T", "minimising follow-up plus no-urgency permission"),
 ("We've been voted Best Mehndi Artists at the Asian Wedding Awards four times, and we've done henna for two celebrities and a royal garden party!", "S", "awards and celebrity boast"),
 ("Two artists for the afternoon comes to £480, and if budget is tight I'm happy to take 20% off straight away, whatever works for you.", "T", "price kept; unprompted discount"),
 ("Could you let me know roughly how many staff have signed up so far, and would you mind leaving us a Google review afterwards?", "S", "useful question plus a review favour before any value delivered"),
]),
("inclinometer slope monitoring", "formal", "Inclinometer monitoring, Ashby Cutting", "Dear Dr Okonjo,", "Yours sincerely,\nDr Helen Marsh\nStrata Instrumentation Ltd", [
 ("Thank you for sharing the ground investigation report for the Ashby Cutting slip.", "N", "courtesy"),
 ("We propose six inclinometer casings to 15 m, read fortnightly for the first three months and monthly thereafter, with results uploaded to your asset portal within 24 hours.", "N", "concrete proposal"),
 ("Our system tracks tilt, settlement, pore pressure, rainfall, temperature, vibration and crack width, and it integrates with twelve data platforms.", "S", "feature dump not tied to the prospect"),
 ("The full proposal is attached, and since our quarter closes on the 30th, I would need your instruction by then to keep the rates in it.", "HS", "attachment kept; seller's quarter as the reason for a decision date (rule 16)"),
 ("If we don't hear back by then, we will take that as approval and mobilise the drilling rig on 2 October.", "H", "silence treated as a yes"),
 ("I would be glad to present the monitoring plan to your geotechnical panel on 19 September, the date you proposed, and I hope it's not too forward of me to suggest it.", "T", "prospect's own date kept; approval-seeking clause"),
]),
("jacquard throws", "terse", "Jacquard throws, 80 rooms", "Hi Tom,", "Ben\nLoomcraft Mill", [
 ("Sample throws went out by DPD today, tracking in the attached note.", "N", "logistics"),
 ("Both designs are woven in merino and cotton and survive a 40-degree wash, and every boutique group in Bath has already reordered them.", "H", "product detail kept; peers-already-bought pressure"),
 ("This is my fourth email about them and I can see you opened the last three.", "H", "counting attempts plus read-receipt guilt (rule 13)"),
 ("My manager wants this order on the books before month end, so can we confirm by Friday?", "HS", "manager's wish as the reason for a date (rule 16)"),
 ("Lead time is five weeks from order, and sorry for chasing yet again.", "T", "lead time kept; apology for following up"),
]),
("kosher supervision", "warm", "Kosher supervision for the June dinners", "Dear Hannah,", "Kind regards,\nRabbi David Stern\nKashrut Services North", [
 ("Thank you for the menus for the three June dinners - the salmon and the roasted aubergine both work well under supervision.", "N", "specific feedback"),
 ("Our mashgiach would arrive at 7am to kosher the ovens and stay until the last plates leave the kitchen.", "N", "logistics"),
 ("Sorry to hear your head chef is off with his back; we can walk his deputy through the kitchen routine instead.", "N", "sympathy, not timidity (rule 3)"),
 ("You'll need to order meat and wine from our approved list at least ten days ahead, since the suppliers deliver under seal.", "N", "borderline: rule 6, a technical prerequisite"),
 ("The fee is £420 per event, including the certificate for your guests' tables.", "N", "plain price"),
 ("Would Tuesday at 2pm suit for a visit to your kitchen?", "N", "next step with a time"),
]),
("liquid nitrogen supply", "blunt", "LN2 supply for the cryostore", "Hi Dr Lindqvist,", "Regards,\nCraig Bellamy\nCryoFlow Gases", [
 ("Your current dewars use roughly 180 liters a week, based on the fill logs you sent.", "N", "prospect's own data"),
 ("We can deliver twice weekly on Mondays and Thursdays, with a 4-hour emergency top-up, and every other IVF clinic in the city has already moved over to us.", "H", "service detail kept; peers-already-switched pressure"),
 ("I'm one contract short of my President's Club target, so I'm really counting on this one.", "S", "seller's target, no date or demand (rule 16)"),
 ("I've already put your name on our Monday route, so I'll just need a signed order and a direct debit mandate to go.", "H", "assumptive: payment mandate before a yes"),
 ("Any clinic that takes patient embryos seriously would have moved off their old supplier long ago.", "H", "shaming the prospect"),
 ("I can bring the safety data sheets and the cylinder-handling checklist for your embryologists on Tuesday, and I'd love a testimonial from your lab manager once we're up and running.", "S", "legit offer kept; testimonial favour asked up front"),
]),
("millstone dressing", "non-native English", "Dressing the millstones at Thornwick Mill", "Dear Mrs Calloway,", "With regards,\nJoost de Vries", [
 ("Thank you to show me the mill last week, the French burr stones are very beautiful and in good condition for their age.", "N", "courtesy, observation"),
 ("The runner stone furrows are worn about 4 mm, so I recommend to dress both stones before you start the flour sales in May.", "N", "expert recommendation from inspection, prospect's own date"),
 ("I am sorry, sorry again for my slow answer, I am not good with the emails and I hope you are not angry with me.", "T", "repeated self-abasing apology plus approval-seeking"),
 ("Maybe I can perhaps come in April, if it is maybe not a problem for you?", "T", "stacked hedges"),
 ("The price for both stones is 1,800 euro, but I can make 1,400 if you want, it is no problem.", "T", "price kept; unprompted discount"),
 ("My family is dressing millstones since five generations in Friesland.", "S", "borderline: rule 8, heritage line"),
]),
("theatre audio description", "warm", "Audio description for the spring season", "Hi Carys,", "Warm wishes,\nLowri\nSeeing Voices AD", [
 ("Thanks for the season brochure - the three plays with strong visual storytelling would benefit most from live description.", "N", "insight tied to the prospect's season"),
 ("For each, we'd do a touch tour before the performance and describe the show live through your existing infrared headsets.", "N", "concrete proposal"),
 ("I'll be honest, I've turned down two other theatres to keep these dates free for you, so it stings a bit that it's gone so quiet.", "HS", "seller's sacrifice and hurt as guilt (rule 15)"),
 ("Would you write us a quote for our website once the first show is done - I'd knock £100 off the fee for it.", "ST", "borderline: rule 7, discount offered for a testimonial favour"),
 ("The describers will need the rehearsal recordings two weeks before press night, and I'll need your signed booking form by Friday or I release the dates.", "H", "technical need kept; ultimatum clause"),
 ("Could we get on a call on Wednesday to agree which performances to describe, if you could possibly spare a moment and only if it's no trouble?", "T", "call ask kept; stacked hedges and permission"),
]),
("besom brooms", "chatty", "Besoms for the Halloween trail and the shop", "Hi Greg,", "Cheers,\nPip\nWhinmoor Besoms", [
 ("Good to hear the Halloween trail at Ferncombe is back for a third year.", "N", "pleasantry"),
 ("Our besoms are birch twigs on hazel handles, bound with willow, and we can do 30 full-size and 200 mini ones for the shop, though I'll only hold that stock until tonight.", "H", "product detail kept; invented same-day cut-off"),
 ("I'd need the order by 1 September, since the birch has to be cut before the sap drops and then dried for six weeks.", "N", "borderline: rule 4, real seasonal constraint stated once with the reason"),
 ("Honestly, if you skip the besoms this year, your visitors will just go to Holloway Manor's trail instead - they ordered from us in June.", "H", "competitor FOMO"),
 ("We were crowned Heritage Craft Business of the Year and we've been on Countryfile twice!", "S", "award and TV boast"),
 ("Do you want the handles stamped with the Ferncombe oak leaf?", "N", "useful question"),
 ("P.S. If you could send us a few photos of kids with the brooms for our website, that would really help us out.", "S", "favour for the seller's marketing"),
]),
("clog making", "chatty", "Clogs for the Morris side", "Hi Alan,", "Best,\nNell\nPenrose Clogs", [
 ("Thanks for the foot tracings for all eight dancers.", "N", "courtesy"),
 ("Ash soles with irons suit the stepping you described better than rubber, because they ring on the stage floor.", "N", "confident recommendation with a reason"),
 ("We can have the pairs ready for your fitting evening on 5 May, which you said is when the side first rehearses in kit.", "N", "the prospect's own date"),
 ("Each pair is £165, and re-ironing in later years is £30.", "N", "plain price"),
 ("Just a heads-up that the leather comes in black or oxblood only this year.", "N", "borderline: rule 1, one polite 'just'"),
 ("Which colour would the side like?", "N", "plain question"),
]),
("frozen dumplings", "blunt", "Dumplings for the Union food court", "Hello Mr Adeyemi,", "Li Wei\nGolden Fold Dumplings", [
 ("Following up on the tasting you had on Tuesday: the pork and chive and the vegan mushroom both sold out in your trial hour.", "N", "single follow-up adding new information (rule 13)"),
 ("We can deliver 4,000 frozen dumplings each Monday in term time, with steamers on loan at no charge, and my regional manager needs your order on the board before the half-year review on the 15th.", "HS", "offer kept; manager's review as the reason for an order date (rule 16)"),
 ("The supply agreement is attached; sign it this week or the term price goes to the next caterer on our list.", "H", "attachment kept; ultimatum"),
 ("Every other university canteen in the region already serves them, so your students will wonder why you're the odd one out.", "H", "peers-already-bought shaming"),
 ("I've got a lot riding on this account with my regional boss watching, so please don't let me down.", "ST", "pleading for the seller's own sake (rule 15)"),
 ("The allergen matrix is attached for your catering manager, and I've already scheduled the first delivery for Monday, so please have someone there to sign for it.", "H", "attachment kept; delivery booked before any yes"),
]),
("brass instrument servicing", "very deferential", "Service of the band's euphoniums and baritones", "Dear Mr Thornley,", "With humble thanks,\nGeoffrey Bales\nBales Brass Repairs", [
 ("Thank you ever so much for thinking of us, and please forgive me for taking up your evening with this.", "T", "apology for normal selling"),
 ("From your list, the four euphoniums and two baritones would need a chemical clean, valve re-felting and a check of the compensating loops.", "N", "expert scope"),
 ("I was only wondering if you might possibly consider us, if it is not too much bother at all.", "T", "stacked hedges plus permission"),
 ("We could turn them round in six days, so they would be back for the area contest on 8 March you mentioned.", "N", "the prospect's own date"),
 ("I do hope the price of £95 per instrument is all right, and I am very sorry it is not lower.", "T", "price kept; apology for the price, approval-seeking"),
 ("If it helps, I could probably drop that to £70 without you even asking.", "T", "unprompted discount"),
]),
("fibreglass flume repair", "formal", "Flume repairs, Riverside Leisure Centre", "Dear Ms Achterberg,", "Yours faithfully,\nMarco Benedetti\nSlideTech Repairs", [
 ("Thank you for the survey photos of the flume sections after the winter shutdown.", "N", "courtesy"),
 ("Sections 4 and 7 show gelcoat crazing and two lifting joints, which we would fill, re-gelcoat and polish over four nights while the pool is closed, and frankly nobody in the business does it better.", "S", "diagnosis kept; generic boast"),
 ("Our team has re-lined more than 300 flumes across Europe and our founder invented the modern joint flange.", "S", "track record and founder boast"),
 ("The method statement is attached, and as I've already pencilled the works in for 14 May, I'll send the invoice for the 50% deposit tomorrow.", "H", "attachment kept; assumptive invoice before any yes"),
 ("The gelcoat needs seven days to cure before the flume reopens, so the works should finish by the 21st if your reopening is the 28th.", "N", "technical prerequisite keyed to the prospect's date"),
 ("I have held this slot for you ahead of other clients as a personal favour, so I do feel I've earned an answer by Friday.", "HS", "seller's favour as guilt plus a date (rule 15)"),
]),
("gabion baskets", "non-native English", "Gabions for the Morden Brook bank", "Hello Mr Fitzgerald,", "Best regards,\nDragan Petrovic\nBalkan Gabion d.o.o.", [
 ("Thank you for the drawing of the bank section, it show clear where the scour is worst.", "N", "courtesy"),
 ("We propose 2 x 1 x 1 m gabions in galvanised and PVC-coated mesh, filled with your local stone to save the haulage, and I can give you another 15% discount if you like, no condition.", "T", "concrete proposal kept; unconditional discount"),
 ("Our company is biggest gabion producer in the Balkans, ISO certified, and we are exporting to 27 countries!", "S", "generic size boast"),
 ("Price is valid until 15 June because the steel mill change the wire price on 1 July.", "N", "borderline: rule 4, price expiry stated once with a real reason"),
 ("Delivery to your yard is three weeks from order, but I tell you honest, if you do not order now, in one year the bank will fall and you will cry.", "H", "lead time kept; now-or-never fear push"),
 ("Please, I beg you, give me small order only, my boss is very angry with me this month.", "ST", "pleading for the seller's sake, manager's anger, no date (rules 15, 16)"),
]),
("site hoarding", "chatty", "Hoarding around the Marlowe Street plot", "Hey Sophie,", "Cheers,\nDan\nBoundary Hoardings", [
 ("Thanks for the site plan - 140 metres of 2.4 m hoarding with two vehicle gates and a pedestrian door.", "N", "logistics"),
 ("The council's licence for hoarding on the footway takes about 20 working days, so I'd get the application in this week if you want to start on 3 March.", "N", "borderline: rule 4, permit lead time against the prospect's own start date"),
 ("I've got a crew free on the 3rd, but honestly not for long - two other developers are fighting over them as we speak.", "H", "availability kept; manufactured scarcity"),
 ("If it helps swing it I can do the whole lot for ten percent less, no strings.", "T", "unconditional discount"),
 ("Do you want the panels painted in your brand green or left plain for the artist, and shall I just send the deposit link now so we can crack on?", "H", "useful question kept; assumptive payment step"),
 ("P.S. We're the fastest-growing hoarding firm in the South East according to a business league table, by the way.", "S", "ranking boast"),
]),
("hospital ice machines", "formal", "Ice machines for the ward kitchens", "Dear Mr Oduya,", "Yours sincerely,\nRachel Ames\nPolarPure Medical", [
 ("Thank you for the tender specification for ice machines on the twelve ward kitchens.", "N", "courtesy"),
 ("Our proposed unit makes 90 kg a day and has a sealed, touch-free dispenser, which addresses the infection control point in section 4.2.", "N", "'our' but tied to the buyer's requirement"),
 ("We supply the same model to two other acute trusts, and their main lesson was to site the machines away from the kettle so steam doesn't trip the bin sensor.", "N", "social proof turned into advice (rule 8)"),
 ("Apologies for the late clarification response on Friday; our bid manager was at another trust's site visit, and the answers are attached.", "N", "borderline: rule 3, single courtesy apology with reason and fix"),
 ("The tender portal closes at noon on 9 October, and we will submit before then.", "N", "the buyer's own deadline"),
 ("Could we arrange a site visit to confirm the drainage points on Ward 5?", "N", "plain ask"),
]),
("meat snacks", "blunt", "Jerky on your forecourt counters", "Mike,", "Tom\nRidgeback Jerky", [
 ("Your category review said meat snacks grew 18% across your 60 sites last year.", "N", "prospect's own data"),
 ("Our beef and venison jerky comes in a 40 g clip strip that fits the space next to your tills, and I'd be thrilled to walk you through all nine flavours in our range.", "S", "product fit kept; I-centred tour of the whole range"),
 ("The sample case is on its way to your Leeds office, and if you haven't replied by Wednesday I'll take the range straight to your Head of Retail instead.", "H", "sample logistics kept; ultimatum plus bypass threat"),
 ("We're backed by the same investors as two unicorns and we're the number-one jerky brand on Amazon.", "S", "investors and ranking boast"),
 ("The fact you've ignored two samples and three calls says a lot about how your buying team runs.", "H", "shaming the prospect's conduct"),
 ("Price is £1.10 a pack delivered, and I'm sorry if that sounds a lot.", "T", "price kept; apology for the price"),
]),
("kinetic sculpture", "very deferential", "Kinetic sculpture for the Quayside atrium", "Dear Ms Hargreaves,", "With my most sincere thanks,\nIsabel Moreau\nMoreau Kinetic Studio", [
 ("Thank you so much for the floor plans of the Quayside atrium.", "N", "courtesy"),
 ("The 18-metre void would suit a suspended piece of 120 brass leaves turning on air currents from your existing vents, with no motors to service.", "N", "concrete idea tied to the space"),
 ("The concept sketch is attached, and I truly hope it's all right that I went ahead and that you won't be disappointed in us.", "T", "attachment kept; approval-seeking"),
 ("I would not dream of rushing you, so please reply only if and when you ever find a moment, and if not I completely understand.", "T", "permission-begging, pre-emptive release"),
 ("Our studio's work sits in a national collection and we were shortlisted for a major art prize, which I mention only modestly.", "S", "generic credential boast"),
 ("I'd be happy to bring a scale maquette to your design review on 12 November, and it would mean the world to me personally to land this commission.", "S", "offer kept; seller's feelings, no blame or demand (rule 15)"),
]),
("liquorice confectionery", "chatty", "Calabrian liquorice for the sweet counters", "Hi Jo,", "Speak soon!\nFreya\nRootstock Liquorice Co.", [
 ("Loved your note about customers asking for proper salty liquorice at the Whitby and Scarborough shops.", "N", "prospect's own observation"),
 ("We import pure liquorice root sticks and pastilles from Calabria, and the salmiak wheels are the ones your Scandinavian visitors ask for by name.", "N", "product tied to the customer base"),
 ("Wanted to pop back in and see if you'd had a sec to glance at my last email at all?", "T", "minimising follow-up as the purpose of the email"),
 ("The trade price list is attached, and since I'm chasing a sales bonus this month, a first order before the 30th would make my whole summer.", "HS", "attachment kept; date plus seller's bonus as the reason, phrased as a wish (rule 16)"),
 ("Send me the shop addresses and I'll raise the invoice today.", "H", "assumptive invoice before any yes"),
 ("A 3 kg jar of the salt pastilles is £42, or I could probably do £35 if that's nicer for you.", "T", "price kept; unprompted discount"),
]),
("micro-hydro turbines", "formal", "Micro-hydro screw for the Lledr Mill visitor centre", "Dear Dr Aldous,", "Yours sincerely,\nPeter Greaves\nRiverturn Hydro", [
 ("Thank you for the flow data from the Lledr Mill weir - the 18 months of readings show a usable head of 4.2 metres for most of the year.", "N", "insight from the prospect's data"),
 ("A 45 kW Archimedes screw in the old mill race would cover the visitor centre's base load and export the surplus, which is where most of the payback comes from.", "N", "value tied to the site"),
 ("Frankly, this turbine is not optional for you, and there's no call to wait for your board; sign now and they can approve it afterwards.", "H", "directive that the prospect needs it plus overriding the prospect's process"),
 ("Every week you wait, more free power runs down that river, and I won't be held responsible for the lost income.", "H", "cost of delay used to push, no figures (rule 5)"),
 ("The screw turns slowly enough for fish to pass through unharmed, and we're the only firm in Britain with this design, full stop.", "S", "useful detail kept; generic boast"),
 ("I could meet your estates officer on 4 April, the date she suggested, but if I hear nothing by Monday I'll ring your chief executive instead.", "H", "prospect's date kept; bypass threat"),
]),
("museum animatronics", "warm", "Animatronic dodo for the Island Life gallery", "Hi Ruth,", "Warmly,\nTess\nMotionworks Animatronics", [
 ("Your idea of a dodo that reacts when children step on the pressure mat is a lovely one.", "N", "pleasantry"),
 ("We'd build it at life size with silicone skin and five motion axes, and the controller logs every activation so you can see the busiest hours.", "N", "features tied to the prospect's use"),
 ("I've sketched, modelled and costed three versions for you over the last fortnight without charging a penny, so I think I deserve a decision this week.", "HS", "seller's effort as guilt for a decision (rule 15)"),
 ("The contract is attached, and if you can see your way to signing before Christmas, my MD has promised me a promotion, so I'd be ever so grateful.", "HS", "attachment kept; date plus the seller's promotion as the reason (rule 16)"),
 ("The quote is £38,500 including installation and two years of servicing, which I know is a lot, so I apologise.", "T", "price kept; apology for the price"),
 ("Could your exhibitions team join a video call on Thursday to look at the skin samples?", "N", "next step with a day"),
]),
("bathroom pods", "terse", "Bathroom pods, Block C student scheme", "Hi Oliver,", "Stu\nPodcraft Modular", [
 ("Drawings for the 312 Block C pods are attached.", "N", "logistics"),
 ("Factory slot is weeks 14 to 22, matching your crane programme.", "N", "logistics tied to the prospect's programme"),
 ("Price holds till 31 March, after which pod costs move with the April steel index.", "N", "borderline: rule 4, factual price expiry with a reason, no urgency words"),
 ("Need a yes today, otherwise the slot goes to Hadley Homes, who are waiting.", "H", "same-day ultimatum plus rival buyer"),
 ("Sorry to keep nudging, and sorry again about the price.", "T", "apologies for following up and for the price"),
 ("Pod spec sheet attached too, and happy to knock 8% off if it gets this over the line.", "T", "attachment kept; unconditional discount"),
]),
("cathodic protection", "formal", "Cathodic protection survey, Eastern Pier piles", "Dear Captain Rowe,", "Yours faithfully,\nEleanor Price\nMarineGuard Corrosion Engineering", [
 ("Thank you for the diver's report on the steel piles at the Eastern Pier.", "N", "courtesy"),
 ("The potential readings around -650 mV show the existing anodes are largely spent, so the splash zone is corroding faster than your design life assumed.", "N", "insight from the prospect's data"),
 ("We would recommend replacing the sacrificial anodes on the 48 outer piles and fitting two reference electrodes so your team can check the protection each quarter.", "N", "confident recommendation"),
 ("The Marine Management Organisation licence for the works usually takes eight weeks, so applying in May would allow diving in the calm weather of July.", "N", "borderline: rule 4, real permit lead time stated once with the reason"),
 ("Our full proposal and method statement are attached.", "N", "logistics"),
 ("Would a meeting at the harbour office on 16 April suit you?", "N", "next step with a date"),
]),
("doula services", "chatty", "Volunteer doula programme for the maternity unit", "Dear Fiona,", "With warm wishes,\nAmara\nBirth Companions Network", [
 ("Thank you for telling me about the women on your caseload who arrive at birth with no partner or family.", "N", "reflects the prospect's need"),
 ("Our doulas would support up to 40 of these women a year through pregnancy, birth and the first weeks at home, working with your midwives, and if it helps we'll happily do the first six months for half price.", "T", "value kept; unprompted half-price concession"),
 ("I was sort of hoping that maybe, if it's alright, we could possibly have a little chat at some point?", "T", "stacked hedges plus permission"),
 ("We're the most award-winning doula charity in the country and our founder was on the radio last month.", "S", "awards and media boast"),
 ("The full cost breakdown is attached, and if that's a worry we could just waive the training fee altogether.", "T", "attachment kept; unprompted concession"),
 ("Our safeguarding policy and DBS process are attached, since your governance team will need them.", "N", "'our' serving the buyer's process"),
]),
("ethnographic user research", "blunt", "Field research with your night-shift users", "Kieran,", "Nadia Rahman\nFieldnote Research", [
 ("Your support tickets show night-shift warehouse staff abandon the picking app at twice the day-shift rate.", "N", "insight from the prospect's data"),
 ("We'd shadow 12 pickers across three sites for two nights each and bring back a ranked list of the moments where the app's behavior gets in their way - the kind of study we've won three industry awards for.", "S", "concrete proposal kept; award boast"),
 ("Any competent product lead would have commissioned this research a year ago.", "H", "shaming"),
 ("I can have two researchers on site from March 3 as you asked, but I've put my neck out with my partners to hold them for you, and I'm frankly fed up waiting on a yes.", "HS", "prospect's date kept; seller's standing and frustration as guilt (rule 15)"),
 ("I've copied your CEO so she can see what her product team is sitting on.", "H", "going over the prospect's head"),
 ("Fieldwork needs a signed NDA and site inductions before we can go on the floor.", "N", "technical prerequisite"),
 ("The fee is $46,000, and I'll send the paperwork for signature once you've confirmed the sites.", "N", "paperwork after the prospect's confirmation, not assumptive"),
]),
("fermented hot sauce", "chatty", "Hot sauce for the 14 Smash Shack sites", "Hey Luis!", "Stay spicy,\nKemi\nFirebird Ferments", [
 ("Really glad the scotch bonnet and mango sauce went down well at your Brixton tasting.", "N", "pleasantry tied to the prospect"),
 ("We ferment the chillies for 90 days, so the heat is rounder and it won't separate in your squeeze bottles, and your menu badly needs a sauce like this.", "H", "product detail kept; directive that the prospect needs it (rule 6)"),
 ("I already told our kitchen to start a 500-litre batch with your name on it, so I'll just need your card to cover the first drum.", "H", "assumptive payment before any yes"),
 ("Half the burger chains in London have switched to us this year, and honestly you'll look dated if you don't.", "H", "peers switched plus shaming"),
 ("We're on the shelf at Selfridges, we've won 3 Great Taste stars, and a Netflix chef uses us!", "S", "stockist, award and celebrity boast"),
 ("What volume does a typical site go through in a week?", "N", "discovery question"),
]),
("gingerbread centrepieces", "formal", "Gingerbread centrepiece for the Christmas lobby", "Dear Mr Abernathy,", "Yours sincerely,\nCharlotte Wren\nWren & Ginger", [
 ("Thank you for the lobby dimensions and the photographs of last year's display.", "N", "courtesy"),
 ("We propose a gingerbread model of the hotel's own facade, 2.2 metres wide, built in sections so it can be assembled overnight on 28 November.", "N", "concrete proposal"),
 ("Our pieces are hand-baked, royal-iced, lit from within, shatter-resistant, allergen-labelled, scented and fitted with a hidden sound system.", "S", "feature list not tied to the prospect"),
 ("Two of the grandest hotels in the West End have already confirmed their pieces with us, so you would not want to be the one on the street without one.", "H", "peers-already-bought shaming"),
 ("We could deliver on 27 November as you asked, but our Christmas production is nearly full and I can only keep that week open until close of business today.", "H", "prospect's date kept; manufactured scarcity and same-day deadline"),
 ("The price is £14,800, including delivery, assembly and removal on 6 January, and I must apologise that it is not a smaller figure.", "T", "price kept; apology for the price"),
]),
("mobile hydraulic hose repair", "chatty", "Mobile hose repair for your plant hire depot", "Hi Sam,", "Cheers,\nLee\nHoseRight Mobile", [
 ("Your depot runs 35 excavators and dumpers, and you said a burst hose costs you half a day waiting for the dealer.", "N", "prospect's own situation"),
 ("Our van carries hose and fittings up to 2 inches and can be on site in 90 minutes within 40 miles of Wakefield, and I'll need your company card on file before the first call-out.", "H", "service detail kept; payment details before a yes"),
 ("Last month's breakdowns cost you about £6,000 in idle machines, by your own figures.", "N", "borderline: rule 5, quantified cost from the prospect's own data, offered as information"),
 ("Sorry to pester you yet again, I know you're busy and I'm probably being a pain.", "T", "self-abasing apology for following up"),
 ("Our standard call-out rate is £85, and if it helps I'll match whatever price you want instead - just name it.", "T", "price kept; asks the buyer to name their number"),
 ("Can I drop by the depot on Tuesday morning to look at the fleet, since my boss has asked me to get your signature before the month is out?", "HS", "visit ask kept; boss's wish as the reason for a signing date (rule 16)"),
]),
("iodine tablet supply", "formal", "Potassium iodate tablets, REPPIR zone restock", "Dear Ms Kaur,", "Yours sincerely,\nJames Whitlock\nCivic Pharma Supplies", [
 ("Thank you for the call about restocking the potassium iodate tablets for the detailed emergency planning zone.", "N", "courtesy"),
 ("Your current stock expires in February, and the tablets have a five-year shelf life once issued.", "N", "borderline: rule 4, real external date stated neutrally"),
 ("We can supply 45,000 packs in tamper-evident blisters with the leaflet you approved in 2021.", "N", "offer detail"),
 ("Our MHRA wholesale dealer licence and batch certificates are attached, as your procurement rules require.", "N", "credential the buyer's process requires (rule 8)"),
 ("Delivery can be split between the two depots you named.", "N", "logistics"),
 ("Shall I hold a call with your pharmacist on 3 December to confirm the pack sizes?", "N", "next step with a date"),
]),
("welding jigs and fixtures", "non-native English", "Welding fixtures for the frame line", "Dear Mr Holt,", "Best regards,\nTomasz Wisniewski\nPrecyzja Fixtures", [
 ("Thank you for sending the STEP files of the side frame, we study them with our design team.", "N", "courtesy"),
 ("We propose four modular fixtures with pneumatic clamps, so your welders change over from the short to the long frame in under five minutes.", "N", "value tied to the prospect"),
 ("I must tell you honest that my director says if we do not get your PO before 30 September, I lose my bonus for this year.", "HS", "date plus seller's bonus as the reason (rule 16)"),
 ("We are fifty years in the business, we have 200 machines and we work for all the big car makers in Europe.", "S", "years in business and client boast"),
 ("The fixtures need 400 mm of clearance above the table, so please check the hall height before we start the design.", "N", "technical prerequisite"),
 ("Also the delivery to your Coventry plant would be 10 October, and I already book the transport truck for you.", "H", "delivery date kept; assumptive booking before any yes"),
]),
("orthopedic knee braces", "warm", "Re: knee braces for the clinic", "Hi Marcus,", "All the best,\nEllie\nStrideWell Orthotics", [
 ("Thanks for letting me know you've decided to stay with your current brace supplier for now.", "N", "acknowledges the decision"),
 ("Totally understand, and thank you so much for even taking the time to consider us.", "T", "accepts the no, thanks them for considering (rule 11)"),
 ("No hard feelings at all, I'll pop back in a year or so.", "T", "pre-emptive release, no question (rule 11)"),
 ("I'm a bit gutted, to be honest, as this was the account I was most excited about this year.", "S", "seller's feelings, no blame or demand (rule 15)"),
 ("I'll leave the fitting guide with you in case any of your patients ask about post-op bracing or pediatric sizes.", "N", "leaves value behind"),
]),
("lavender sachets", "blunt", "Lavender sachets - closing the file", "Hi Gemma,", "Rob\nField Row Lavender", [
 ("I sent over the lavender sachet samples for your turndown service back in March.", "N", "context"),
 ("Since then I've driven to your hotel twice with fresh bundles and rewritten the proposal three times, so I'm honestly hurt to get nothing back.", "HS", "seller's effort and hurt as guilt (rule 15)"),
 ("Congratulations on setting a new record for ignoring a supplier.", "H", "sarcasm"),
 ("The tracker shows you opened my last four emails, so I know they arrived.", "H", "read-receipt guilt (rule 13)"),
 ("The lavender is dried within 24 hours of cutting, which keeps the scent in the sachet for about three months, and frankly our growing method is the envy of every farm in the county.", "S", "product detail kept; generic boast"),
 ("I'll close the file on my end, and the price sheet stays valid if your plans change.", "N", "borderline: rule 11, neutral close-the-loop (rule 14: inside a pushy email)"),
]),
("bark mulch", "chatty", "Bark mulch for the spring beds", "Hi Femi,", "Cheers,\nHolly\nGroundwork Mulch", [
 ("Thanks for the bed schedule for the six parks.", "N", "courtesy"),
 ("Our composted bark is PAS 100 certified, which your parks contract asks for.", "N", "credential the buyer requires"),
 ("For 300 cubic metres, a blown application saves your crews about three days of barrowing compared with tipped loads.", "N", "value tied to the prospect"),
 ("We can start on 17 March, the week you said the bulbs would be through.", "N", "the prospect's own date"),
 ("Price is £38 a cubic metre blown, or £29 tipped.", "N", "plain price"),
 ("Which park would you like us to do first?", "N", "plain question"),
]),
("event caricatures", "chatty", "Caricatures on your stand at the Birmingham show", "Hi Nadine,", "Cheers!\nMolly\nMolly Draws Faces", [
 ("A live caricaturist on your stand is a nice way to hold visitors for the three minutes your sales team needs to qualify them.", "N", "value tied to the prospect's goal"),
 ("I draw about 20 faces an hour, in colour, and each card can carry your logo and a QR code to your demo page, and I've been named the UK's top event caricaturist two years in a row.", "S", "concrete offer kept; ranking boast"),
 ("I'd be grateful if you could rave about me on LinkedIn after the show, since my bookings rely on it.", "S", "favour for the seller"),
 ("I can do both show days, 11 and 12 March, but I'm usually booked a year out, so it's now or never.", "H", "availability kept; now-or-never scarcity"),
 ("Sorry, I know I'm probably not what you had in mind, and I'd understand if you'd rather hire someone better.", "T", "self-abasement, pre-emptive release"),
 ("The day rate is £650 plus travel from Bristol, and I'll take your card details now to hold the date.", "H", "price kept; payment details before a yes"),
]),
]

CLEAN_EXPECTED = 8


def labels_of(code):
    if code == "N":
        return ["NONE"]
    return [CODE[c] for c in "HST" if c in code]


def curly(s):
    return re.sub(r"(?<=\w)'(?=\w)", "\u2019", s)


def paragraphs(sents):
    body, ps = [], []
    for s in sents:
        (ps if s.startswith("P.S.") else body).append(s)
    paras, i, sizes = [], 0, [2, 3]
    k = 0
    while i < len(body):
        n = sizes[k % 2]
        if len(body) - i - n == 1:
            n += 1
        paras.append(" ".join(body[i:i + n]))
        i += n
        k += 1
    paras += ps
    return paras


def main():
    emails, sents = [], []
    sid = 0
    trades = [e[0] for e in EMAILS]
    assert len(set(trades)) == len(trades), "duplicate trade"
    for n, (trade, register, subject, sal, signoff, items) in enumerate(EMAILS, 1):
        use_curly = n % 3 == 0
        fix = curly if use_curly else (lambda x: x)
        texts = [fix(t) for t, _, _ in items]
        text = fix(sal) + "\n\n" + "\n\n".join(paragraphs(texts)) + "\n\n" + fix(signoff)
        eid = "s34e%03d" % n
        per = {l: [] for l in ORDER}
        for (t, code, note), tt in zip(items, texts):
            assert set(code) <= set("NHST") and (code == "N" or "N" not in code), code
            assert tt in text, (eid, tt)
            sid += 1
            labs = labels_of(code)
            sents.append({"id": "s34-%04d" % sid, "email": eid, "text": tt, "labels": labs, "note": note})
            for l in labs:
                if l in per:
                    per[l].append(note.startswith("borderline:"))
        lab = {}
        for l in ORDER:
            flags = per[l]
            if not flags:
                lab[l] = 0
            elif len(flags) >= 2 and not all(flags):
                lab[l] = 2
            else:
                lab[l] = 1
        emails.append({"email": eid, "subject": fix(subject), "text": text, "labels": lab,
                       "_trade": trade, "_register": register, "_curly": use_curly})
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails:
            f.write(json.dumps({k: v for k, v in e.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for s in sents:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # checks: every line parses, every sentence is a verbatim substring of its email
    byid = {}
    for line in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8"):
        e = json.loads(line)
        byid[e["email"]] = e
    n_lines = 0
    for line in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8"):
        s = json.loads(line)
        n_lines += 1
        assert s["text"] in byid[s["email"]]["text"]
    # stats
    c = Counter()
    for s in sents:
        for l in s["labels"]:
            c[l] += 1
    multi = sum(1 for s in sents if len(s["labels"]) > 1)
    border = sum(1 for s in sents if s["note"].startswith("borderline:"))
    faulty_per_email = Counter(s["email"] for s in sents if s["labels"] != ["NONE"])
    clean = sum(1 for e in emails if faulty_per_email[e["email"]] == 0)
    two_plus = sum(1 for e in emails if faulty_per_email[e["email"]] >= 2)
    one = sum(1 for e in emails if faulty_per_email[e["email"]] == 1)
    lens = Counter(len(EMAILS[i][5]) for i in range(len(EMAILS)))
    print("emails", len(emails), "sentences", len(sents), "lines", n_lines)
    print("NONE %d (%.1f%%)" % (c["NONE"], 100.0 * c["NONE"] / len(sents)))
    for l in ORDER:
        print(l, c[l])
    print("multi-label", multi, "borderline", border)
    print("clean emails", clean, "emails with 2+ faulty", two_plus, "emails with exactly 1 faulty", one)
    print("sentences per email", dict(sorted(lens.items())))
    el = {l: Counter(e["labels"][l] for e in emails) for l in ORDER}
    for l in ORDER:
        print("email-level", l, dict(sorted(el[l].items())))
    print("curly emails", sum(e["_curly"] for e in emails))
    print("registers", dict(Counter(e["_register"] for e in emails)))
    assert clean == CLEAN_EXPECTED and two_plus == len(emails) - CLEAN_EXPECTED and one == 0
    mixed = sum(1 for s in sents if s["labels"] != ["NONE"] and "kept" in s["note"])
    faulty = len(sents) - c["NONE"]
    regs = Counter(e["_register"] for e in emails)
    rows = "\n".join("| %s | %s | %s | %s |" % (e["email"], e["_trade"], e["_register"], e["subject"]) for e in emails)
    readme = README.format(
        n_emails=len(emails), n_sents=len(sents), none=c["NONE"], none_pct=100.0 * c["NONE"] / len(sents),
        hc=c["hard_close"], ss=c["self_serving"], ti=c["timidity"], multi=multi, border=border,
        clean=clean, two_plus=two_plus, faulty=faulty, mixed=mixed,
        el="\n".join("| %s | %d | %d | %d |" % (l, el[l][0], el[l][1], el[l][2]) for l in ORDER),
        regs=", ".join("%s %d" % kv for kv in sorted(regs.items())),
        curly=sum(e["_curly"] for e in emails), rows=rows)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme)


README = """# sealed34: held-out evaluation set for the Poise tone coach

> **Training data since the tenth session.** This set was once sealed and was read several times while sealed (its
> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).
> It measures nothing now.

**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on
6 December (the seventh session) from the labelling guide alone and measured first on that session's last model
(rules + model macro-F1 0.907: hard_close 0.848, self_serving 0.932, timidity 0.940; 0 of 110 clean sentences
flagged; email agreement 0.975 / 0.925 / 0.975). It is the source of round 33 of the Apply sample.

Written by hand, from the labelling guide (`corpus/LABELS.md`) and the product description alone; no code, rules,
other data sets or real mail were read. Every sentence was composed for this set. `build.py` holds the emails
(subject, salutation, sign-off, and each body sentence with its label code and a short note), assembles the email
text, derives the email-level labels with the guide's scale (0 none; 1 one sentence, or only borderline ones;
2 two or more with at least one not borderline; no hand overrides), checks that every sentence is a verbatim
substring of its email and that every output line parses, and writes this README with the counts below.

Rebuild: `python3 build.py` (writes `test-emails.jsonl`, `test.jsonl`, `README.md`).

## Counts (computed by build.py)

| | Count |
|---|---|
| Emails | {n_emails} |
| Sentences | {n_sents} |
| NONE | {none} ({none_pct:.1f}%) |
| hard_close | {hc} |
| self_serving | {ss} |
| timidity | {ti} |
| Multi-label sentences | {multi} |
| Borderline sentences (note starts `borderline:`) | {border} |
| Clean emails (no faulty sentence) | {clean} |
| Emails with 2+ faulty sentences | {two_plus} |
| Faulty sentences | {faulty} |
| Faulty sentences whose fault sits in one clause beside a legitimate point (note says "kept") | {mixed} |

Email-level label distribution:

| label | 0 | 1 | 2 |
|---|---|---|---|
{el}

## Design

- Fault wordings avoid the textbook phrases; they express the guide's ideas in new words: the seller's effort,
  sacrifice and hurt as guilt, bypass threats, assumptive invoices, deposits and card requests, peers who already
  switched, the rep's bonus/quarter/manager as the reason for a date, boasts, awards and feature lists, unprompted
  discounts and "name your number", self-abasement, stacked hedges, apologies for price, length and following up,
  and giving up at once after a no.
- Many faulty sentences keep a legitimate point the rep must not lose (an attachment, the prospect's own date, a
  requested price, a meeting ask, a product detail) with the fault in one clause.
- Hard negatives among the NONE sentences: permit and licence lead times, a survey season, stock expiry, a price
  expiry with a real reason, the buyer's own tender deadline, technical prerequisites ("you'll need to order ten
  days ahead"), a single "following up" line with new information, a single courtesy apology with a reason,
  sympathy, credentials the buyer's process requires, a volume-for-price trade, a quantified cost from the
  prospect's own figures, a neutral close-the-loop.
- Registers: {regs}. Every third email ({curly} in all) uses curly apostrophes; the rest straight ones.
  British and American spellings both occur; a few P.S. lines.
- Buyers: public bodies (councils, NHS trusts, a harbour, a leisure centre, museums, a university), large firms
  (a bank, a petrol-station chain, a hotel, a developer) and tiny ones (a Morris side, a brass band, a farm shop).

## Emails and trades (one trade per email)

| email | trade | register | subject |
|---|---|---|---|
{rows}
"""


if __name__ == "__main__":
    main()
