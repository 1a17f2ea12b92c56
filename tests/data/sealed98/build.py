#!/usr/bin/env python3
"""Build sealed98: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("acid-free archive boxes for the lowmoor diocesan record store", "warm", "Boxes for the parish deposits",
  "Dear Margaret,", "Warm regards,\nHelen Pryce\nCastlefold Conservation Supplies",
  [("N", "Thank you for showing me round the strongroom on Tuesday; it was good to see the tithe maps laid out at last.", "pleasantry and recap"),
   ("N", "From your own shelf audit, roughly 1,400 of the parish boxes are the old brown card that your conservator flagged as acidic.", "figure from the prospect's own audit")],
  [("S", "We've been making archival board since 1952 and our boxes sit in more cathedral libraries than anyone else's.", "generic boast: years in business and a ranking"),
   ("HS", "The quote for the first 400 boxes is attached, and I'd be so grateful if you could approve it by the 28th, as that's when our regional figures are totted up.", "attached quote plus approval date pressed for the seller's regional figures"),
   ("N", "Each box is lignin-free and buffered to pH 8.5, which meets the standard your conservator quoted in her report.", "product detail tied to the prospect's own standard")],
  [("T", "There's room in the price too, so I could trim it before you've even asked.", "unprompted, unconditional discount"),
   ("S", "Would Thursday the 14th at 2pm suit for a short call with your conservator, and could I bring our new marketing lead along to tell you the whole Castlefold story?", "call ask plus invitation to hear the seller's story")])

# 2
email("anti-climb paint for the brackley bus depot fences", "blunt", "Back fence",
  "Raj,", "Tom Ashworth\nGripcoat Ltd",
  [("N", "You said the depot lost three batteries off the parked buses in October through the back fence.", "the prospect's own problem restated"),
   ("H", "Every depot on the ring road has already moved to anti-climb coatings, so you're the obvious soft target now.", "peers already switched, fear as leverage"),
   ("N", "Our non-drying coating stays tacky down to minus five, and it's legal on fences above 2 m with the warning signs we supply.", "product detail tied to the prospect's fence")],
  [("H", "The price for the 280 m run is £3,460 as you asked, and I've attached a purchase order already filled in with the depot's details, so all you do is stamp it.", "requested price plus pre-filled purchase order before any yes"),
   ("H", "Sit on it and you'll be writing up the next break-in yourself.", "scare line pushing an immediate decision"),
   ("H", "I can be on site Monday at 7am to measure up with your yard manager, and I'll bring the contract so we can get it signed before I leave.", "site visit plus signing assumed before any yes")])

# 3
email("altar frontal conservation for st aidan's church, hexwell", "very deferential", "The green altar frontal",
  "Dear Reverend Okafor,", "With my humble thanks and apologies,\nPhilippa Dunne\nDunne Textile Conservation",
  [("T", "I'm so terribly sorry to trouble you again, and I do hope it's alright that I've written at all.", "self-abasing apology and approval-seeking"),
   ("N", "Following our visit, the silk on the green frontal has split along four of the old fold lines, and the gold couching is lifting near the lower border.", "inspection finding")],
  [("T", "I've attached the treatment proposal, though I'd quite understand if it isn't something you would perhaps want to look at just now.", "attachment plus hedging and permission-begging"),
   ("T", "The cost comes to £2,180, and I'm so sorry it isn't less; I could probably take a few hundred off if that helps the PCC.", "requested cost plus apology for the price and unprompted discount"),
   ("N", "Stitching the splits before Advent would stop them travelling further when the frontal is hung again.", "expert recommendation with the reason")],
  [("T", "Please don't feel any obligation to reply, whenever you might have a moment would be more than fine.", "permission-begging and minimising")])

# 4
email("appliance testing for the cranbourne hospice charity shops", "chatty", "PAT testing for the shops",
  "Hi Denise!", "Cheers,\nGav\nSparkcheck PAT Services",
  [("N", "Great to chat at the retail managers' meetup last week, and congrats on opening shop number nine.", "pleasantry"),
   ("N", "Donated kettles and lamps need a pass sticker before they go on the shop floor, which is why the backlog in your Frome sorting room matters.", "'need' as a technical prerequisite")],
  [("S", "Honestly we're the fastest-growing testing firm in the south west, we've got an award from the county business awards and a shiny new van fleet!", "boast: growth, award, vans"),
   ("S", "I can get a tester to Frome on the 9th, and if you'd pop a quick review on our Google page once it's done that'd really help me with my numbers this month.", "date offer plus review favour for the seller's numbers"),
   ("N", "Ballpark, your nine shops come out at about 1,100 items a quarter, based on the donation counts you sent me.", "figure from the prospect's own data")],
  [("H", "Loads of the other hospice chains have signed up already and they're not looking back, so I'd hate for you to be the last one still doing it by hand.", "peers already switched, shaming")])

# 5 (clean)
email("anchor chain inspection for the gullhaven marina pontoons", "terse", "Pontoon ground chains",
  "Ewan,", "Mark Tully\nTully Marine Survey",
  [("N", "Following up on the pontoon chains we discussed at the harbour office.", "single follow-up line"),
   ("N", "Your diver's log shows 12 of the 40 ground chains below 80% of original diameter.", "figure from the prospect's own log"),
   ("N", "The harbour authority's new mooring standard applies from 1 April, so any chain under 75% has to be replaced before then.", "borderline: real external regulation date, stated once with its reason"),
   ("N", "Inspection of all 40 is £1,950 including a written report for your insurer.", "plain price"),
   ("N", "Can we start on the 12th at low water?", "plain ask with a date")])

# 6
email("art handling crates for the mereworth gallery touring show", "formal", "Crating for the touring panels",
  "Dear Ms Achterberg,", "Yours sincerely,\nJonathan Keel\nKeel Fine Art Logistics",
  [("N", "Thank you for sending the condition reports for the eleven panels travelling to Leeds and Bath.", "courtesy")],
  [("S", "Keel Fine Art Logistics is the most decorated art handler in the country, trusted by royal households, national museums and two of Europe's largest auction houses.", "generic boast: awards and famous clients"),
   ("S", "Our crates offer climate buffering, shock indicators, tilt sensors, GPS tracking, fire-rated liners, tamper seals, bespoke foam, and a twenty-year service warranty.", "feature list with no tie to the prospect"),
   ("N", "For the two largest panels, I would recommend double-walled crates, since your reports note flaking along the lower edges.", "expert recommendation tied to the prospect's reports")],
  [("HS", "Our quotation is enclosed, and I should be grateful for your signature by Friday, as my director is reviewing the quarter's bookings on Monday.", "enclosed quote plus signature date set by the director's quarterly review"),
   ("H", "Failing a reply, the next copy of this proposal will go to your chairman of trustees.", "bypass threat"),
   ("S", "I can attend the gallery on Wednesday 3rd at 10am to measure the panels, and I should be delighted to present our full service portfolio to your board while I am there.", "site visit plus offer to present the seller's full portfolio")])

# 7
email("barista training for the quarry hill staff canteen", "chatty", "Coffee queue fix",
  "Hey Priya,", "Speak soon!\nLuca\nCrema Academy",
  [("T", "Me again about the coffee course, sorry, I know you've got a million things on!", "checking-in opener with apology for following up"),
   ("N", "Your canteen survey said the queue at the coffee bar averages eleven minutes between 8:30 and 9:00.", "figure from the prospect's own survey"),
   ("N", "A two-day course for your four baristas usually halves drink time, because most of the wait is milk steaming done one jug at a time.", "insight tied to the prospect's problem")],
  [("S", "I'm so excited about this one, it'd be my first corporate canteen and I've been telling everyone at the academy about it!", "the rep's excitement and milestone"),
   ("T", "The price is £960 for all four, but honestly name whatever figure works for you and we'll make it happen.", "price plus asking the buyer to name their number"),
   ("HS", "Could we do Tuesday 18th and Wednesday 19th, before your breakfast service, since my manager needs it in the diary by Friday to count it for this month?", "training dates plus booking deadline for the manager's monthly count")])

# 8
email("bilge pump servicing for the dunlin narrowboat hire base", "non-native English", "Service for bilge pumps",
  "Dear Mr Harrow,", "Best regard,\nPiotr Nowak\nNowak Marine Service",
  [("N", "Thank you for let me see the fleet at your base on last Saturday.", "courtesy"),
   ("N", "On six of your boats the float switch is sticking, this is why the pumps run dry and burn out like you told me.", "inspection finding tied to the prospect's complaint")],
  [("ST", "Please, this contract is very important for me, my boss is watching my results and I am begging you to give me this chance.", "pleading for the seller's own sake"),
   ("H", "All the other hire companies on this canal already use our service, only you are still waiting.", "peers already switched, shaming"),
   ("T", "The price for full fleet is £1,420, and if this is too much I can make it less, you only tell me.", "requested price plus pre-emptive offer to lower it")],
  [("S", "I can come on 4 March when the boats are still in winter mooring, and this is good for me also because my boss will see I have new customer.", "visit date plus the seller's standing with his boss")])

# 9
email("bowling alley pinsetter repair for the tenpin palace at redmere", "blunt", "Lanes 7 and 12",
  "Dean,", "Carl Whitby\nStrikeline Engineering",
  [("N", "Lanes 7 and 12 were down for half of Saturday according to your own downtime sheet.", "figure from the prospect's own data"),
   ("H", "Your alley can't get through another season without our maintenance contract, full stop.", "directive telling the prospect what they must buy"),
   ("H", "Three alleys in the county have signed with us since the summer, and I'd rather you weren't the only one still limping along.", "peers already switched, shaming")],
  [("H", "The contract is £640 a month as you asked, and I've already set up the direct debit so the first visit can go ahead.", "requested monthly price plus direct debit set up before a yes"),
   ("S", "Our engineer can look at lane 12's sweep motor on Thursday morning before you open, and he's the best in the business, ten years without a single callback.", "engineer visit plus generic boast about the engineer")])

# 10
email("beach wheelchair hire for the sandwell bay seafront trust", "warm", "Beach wheelchairs for August",
  "Dear Alison,", "With best wishes,\nRuth Bellamy\nShoreline Access Hire",
  [("N", "It was lovely to hear about the families who came back to the beach last summer because of your accessible mats.", "warm pleasantry"),
   ("N", "Your volunteer logs show 46 requests for a beach wheelchair in August that you couldn't meet.", "figure from the prospect's own logs")],
  [("S", "We're a family firm, run by my parents before me for over thirty years.", "borderline: heritage line"),
   ("N", "Six chairs on a season hire would cover your busiest weekends, and we collect them for servicing in October.", "concrete value tied to the prospect's demand"),
   ("ST", "I've attached the hire terms, and I'd happily knock 10% off if you'd let us film a short testimonial with one of your families.", "borderline: attached terms plus discount offered for a testimonial")],
  [("T", "Could I bring one of the chairs down on Saturday 12th so your volunteers can try it, if that's not too much of an imposition on your weekend?", "demo ask plus permission-seeking")])

# 11 (clean)
email("cask washing for the old copper brewery", "terse", "Cask washing",
  "Hi Sam,", "Jo Benton\nBenton Cask Services",
  [("N", "Your head brewer mentioned 300 firkins coming back each week and two staff tied up washing them.", "the prospect's own figures"),
   ("N", "Our mobile washer does 60 casks an hour on your yard, with your own caustic dosing if you prefer.", "product detail tied to the prospect"),
   ("N", "Is Monday at 9 good for a trial run on one pallet?", "plain ask with a time")])

# 12
email("cricket net replacement for the ellingham cricket club", "chatty", "Nets for the new season",
  "Morning Steve!", "Cheers,\nDan Oakes\nPitchside Nets",
  [("T", "Another wee nudge on the nets from me, sorry, ignore it if you're snowed under.", "nudge as the whole purpose, with apology and permission to ignore")],
  [("N", "Your juniors' coach told me the side netting on bay two has three holes big enough to let a ball through, which is a real safety worry with parents watching.", "the prospect's own safety concern"),
   ("S", "The quote for three new bays is attached, and we've supplied nets to over 200 clubs including a couple of test grounds, which we're very proud of.", "attached quote plus generic boast about client numbers"),
   ("HS", "I'll bring the contract to Thursday's committee meeting, and if they could sign off by the end of the month that would really help me hit my summer target.", "committee meeting plus sign-off date pressed for the seller's summer target")],
  [("T", "Price-wise it's £4,350 fitted, and to be honest I can probably shave a bit off if the committee wince at it.", "fitted price plus unprompted discount"),
   ("H", "I'll come to the nets on Thursday evening to measure up, and the other clubs in your league have already had theirs done, so you won't want to be left behind.", "measuring visit plus peers already switched")])

# 13
email("chalkboard menu painting for the tallow lane gastropub", "warm", "Specials board ideas",
  "Hi Bea,", "Warmly,\nIsla Fenn\nChalk & Brush Signs",
  [("N", "You mentioned the specials board gets rewritten twice a day and looks rushed by evening service.", "the prospect's own problem")],
  [("S", "I've been dreaming of painting a pub like yours, so this would honestly make my year!", "the rep's own feelings and wish, no buyer value"),
   ("ST", "Between us, I'm a bit short of bookings this spring, so I'm really hoping you'll say yes for my sake.", "pleading for the seller's own sake"),
   ("N", "I'd suggest a fixed painted frame with a chalk centre panel, so your team only rewrites the dishes and the layout stays clean.", "confident recommendation tied to the prospect")],
  [("T", "I've attached some sketches, and I really hope they're okay and not too much of a bother to look through.", "attached sketches plus approval-seeking"),
   ("S", "Would Tuesday at 3 work for me to pop in with paint samples, and maybe bring my photographer so I can show the job off on Instagram?", "visit ask plus photographing the job for the seller's promotion")])

# 14 (clean)
email("cycle repair stations for the linfield business park", "formal", "Cycle repair stations: proposal",
  "Dear Mr Osei,", "Kind regards,\nAmelia Stroud\nSpokeworks Street Furniture",
  [("N", "Thank you for your email of 4 June and for the park's travel survey.", "courtesy"),
   ("N", "Your survey shows 312 staff cycling in at least twice a week, with punctures the most common reason given for switching back to the car.", "figure from the prospect's own survey")],
  [("N", "Our steel supplier has confirmed its current price holds until 30 June, after which a 6% increase applies because of the new tariff on imported coil.", "borderline: supplier price expiry stated once with its reason"),
   ("N", "Two stations, one by each cycle shelter, would keep every bay within a two-minute walk of a pump and tools.", "concrete value tied to the site"),
   ("N", "I have attached the site plan with the proposed positions marked.", "logistics")],
  [("N", "Would 10am on Tuesday 17 June suit you to walk the two locations with your facilities lead?", "clear next step with a date")])

# 15
email("cattle grid replacement for the ardnish estate track", "blunt", "Lower gate grid",
  "Angus,", "Rory McBain\nMcBain Groundworks",
  [("N", "The grid at the lower gate has two cracked bars and the pit is silted to within a few inches of the rails.", "inspection finding"),
   ("H", "You need a new grid, no question, after what I saw on Tuesday.", "borderline: 'you need' directive after a real inspection")],
  [("H", "The price you wanted is £5,900 supplied and fitted, and I'll send the invoice on Monday so we can get the digger booked.", "requested price plus invoice before any yes"),
   ("H", "These grids go fast once the lambing season starts and I can't promise I'll have one left.", "scarcity with no date"),
   ("H", "Take much longer and you'll have a ewe with a broken leg in that pit, and that'll be on you.", "guilt and scare aimed at the prospect")],
  [("H", "I can lift the old grid on the 20th, and I'll take the track closure as agreed unless I hear otherwise.", "work date plus silence taken as a yes")])

# 16
email("cold plunge tubs for the hexby rugby club", "chatty", "Ice baths for the lads",
  "Alright Gareth,", "Cheers mate,\nKieran\nChillTub UK",
  [("N", "Your physio said the lads are queueing for two wheelie bins of ice water after every session, which isn't ideal for recovery.", "the prospect's own problem")],
  [("S", "Our tubs are used by three Premiership clubs, an Olympic rowing squad and a couple of famous boxers I'm not allowed to name!", "boast: famous clients"),
   ("S", "Happy to drop one off for a two-week trial, and my manager is really keen to get a rugby logo on our website.", "trial offer plus the manager's wish for the club's logo"),
   ("HT", "The tub is £2,400 installed, and if you sign before Friday I'll do £300 off, after that it's full price.", "installed price plus discount conditioned on the seller's date")],
  [("H", "Would Tuesday training work for the drop-off, and I'll bring the card machine so we can get the deposit sorted on the spot.", "drop-off date plus deposit taken before any yes")])

# 17
email("cheese vat relining for the swaledale farm creamery", "non-native English", "Your cheese vat",
  "Dear Mrs Thwaite,", "With kind regard,\nLuigi Ferraro\nFerraro Dairy Engineering",
  [("N", "Thank you for the visit in your dairy last week, it was very interesting to see how you make the Wensleydale.", "courtesy"),
   ("N", "The inside of your 2,000 litre vat have many small pits in the steel, and in these pits the bacteria can stay after the cleaning.", "inspection finding"),
   ("N", "Your environmental health inspector wrote in her report that she want a plan for this by the next visit in September.", "the prospect's own regulatory date")],
  [("T", "I am very sorry if I am disturbing you with this long email, I know you are very busy person.", "apology for the length and for writing at all"),
   ("T", "The relining cost is £7,800, I know it is a lot of money and I apologise, maybe we can discuss a smaller price if you want.", "requested cost plus apology for the price and offer to lower it"),
   ("T", "If you decide for another company I understand completely, no problem at all.", "pre-emptively releasing the prospect")],
  [("N", "I can come in August, when you said the production is slower.", "logistics using the prospect's own timing")])

# 18
email("cork flooring for the brightside dance studio", "very deferential", "Flooring for the tap room",
  "Dear Ms Lavelle,", "With sincere apologies for the intrusion,\nOwen Pritchard\nCorkline Floors",
  [("T", "I'm dreadfully sorry to land in your inbox once more; I feel quite awful about it.", "self-abasing apology for following up"),
   ("N", "Your teachers mentioned that the current vinyl gets slippery in the tap room once it's warm, and that two pupils have turned ankles this term.", "the prospect's own problem"),
   ("N", "Sprung cork with a matte lacquer gives grip without tackiness and cushions landings, which should help on both counts.", "value tied to the prospect's problem")],
  [("T", "I've put the samples in the post, and I was wondering whether, if it isn't an imposition, you'd perhaps be able to look at them at some point.", "samples sent plus stacked hedges and permission-seeking"),
   ("T", "The total would be £6,240, which I'm afraid is more than I'd like it to be, and I'd be happy to bring it down to whatever suits you.", "total price plus apology for it and name-your-number caving"),
   ("T", "Should it not appeal, there's really no need to write back at all; I wouldn't want to take up a moment more of your time.", "inviting the prospect to ignore the email")])

# 19 (clean)
email("carillon maintenance for the burnham town hall", "formal", "Carillon transmission wires",
  "Dear Councillor Hale,", "Yours faithfully,\nDr Miriam Vos\nVos Bell & Carillon Works",
  [("N", "Thank you for your letter of 2 May regarding the carillon's clavier.", "courtesy"),
   ("N", "Our inspection found that 9 of the 23 transmission wires have stretched, which is why the upper bells sound late and unevenly during the Sunday recital.", "insight tied to the prospect's problem"),
   ("N", "I would recommend replacing all 23 wires at once rather than the nine, since the remainder are of the same age and will stretch within a year or two.", "confident recommendation with reasoning")],
  [("N", "I must apologise for the delay in sending this report; our tower access equipment was held at the previous site by a week of high winds.", "borderline: single courtesy apology for a real delay, with the reason"),
   ("N", "The work would take three days and costs £4,100, as itemised in the enclosed schedule.", "plain price and attachment"),
   ("N", "Would the week of 16 June, after the civic service you mentioned, be convenient for the council?", "next step around the prospect's own date")])

# 20
email("canal lock gate repair for the hollowell canal trust", "terse", "Lock 14 gates",
  "Fiona,", "Gregor Stead\nStead Heavy Timber",
  [("S", "Survey results attached, along with our company brochure and the list of awards we've won since 1998.", "attachment plus awards boast"),
   ("N", "The bottom gates at lock 14 are leaking at the mitre, about 40 litres a second by your own flow readings.", "figure from the prospect's own readings"),
   ("H", "Every other trust on the system has already booked its winter stoppage work with us.", "peers already booked, used as pressure"),
   ("HS", "The quote is in the same folder, and I need your order this week or my quarter's numbers won't work.", "quote in the folder plus order deadline for the seller's quarter"),
   ("N", "We can start on 6 January during the planned stoppage.", "logistics with the prospect's own stoppage date")])

# 21
email("duckboard walkway for the fenwick marsh nature reserve", "warm", "Reedbed boardwalk",
  "Dear Hannah,", "All the best,\nSeb Marsh\nWetland Walkways",
  [("N", "Your visitor counter shows footfall on the reedbed path has tripled since the bittern sightings, and the old boards are splitting where people stop to look.", "figure from the prospect's own counter"),
   ("N", "Recycled plastic boards with grooved tops would last thirty years in that water and stay grippy in frost.", "product detail tied to the site")],
  [("S", "We've been shortlisted for three green business awards this year and were featured on a national wildlife programme!", "awards and media boast"),
   ("S", "The quote is attached, and once it's built I'd love a line from you for our brochure, maybe a photo with your logo too.", "attached quote plus request for a testimonial and logo"),
   ("HS", "The build takes two weeks, and a confirmation from the trust by the 31st would land inside my bonus period, which closes that day.", "build time plus confirmation date pressed for the seller's bonus period")],
  [("N", "Could we walk the route with your warden on Friday 7th to agree the viewing bays?", "clear next step with a date")])

# 22 (clean)
email("dog waste bin emptying for the holbrook parish council", "formal", "Dog waste bin collections: quotation",
  "Dear Mrs Pennington,", "Yours sincerely,\nDavid Kerr\nKerr Environmental Services",
  [("N", "Thank you for inviting us to quote for the emptying of the parish's dog waste bins.", "courtesy"),
   ("N", "Your clerk's complaints log records 38 reports of overflowing bins in the last year, almost all from the two bins by the playing field.", "figure from the prospect's own log"),
   ("N", "We would suggest twice-weekly collections at those two bins and weekly collections elsewhere, which keeps the cost close to your current budget.", "recommendation tied to the prospect's budget")],
  [("N", "Our waste carrier licence and insurance certificate are enclosed, as your procurement policy requires.", "credentials the buyer's process requires"),
   ("N", "The district council's current contract ends on 31 March, so a start date of 1 April would avoid any gap in service.", "the prospect's own contract end date"),
   ("N", "I would be glad to attend the council meeting on 12 February to answer any questions.", "clear next step")])

# 23
email("dyslexia screening for the wealdon sixth-form college", "very deferential", "Screening before the exam season",
  "Dear Dr Adeyemi,", "With my most grateful thanks for your patience,\nClaire Ridley\nClearpath Learning Assessments",
  [("T", "Please accept my apologies for writing again, I'm aware I've probably already taken up far too much of your time.", "apology for following up, self-abasing"),
   ("N", "Your learning support team told me that 41 students are waiting for a screening before they can be considered for exam access arrangements.", "the prospect's own figure"),
   ("N", "The exam boards' deadline for access arrangement applications is 21 March, so screenings would ideally be done by the end of February.", "borderline: real external deadline stated once with its reason")],
  [("T", "I've attached a proposal for screening all 41 students, and I was rather hoping that you might perhaps consider it, if that wouldn't be too presumptuous.", "attached proposal plus stacked hedges"),
   ("T", "I'm afraid it comes to £3,690, and I'm truly sorry it's so expensive.", "the price plus an apology for it"),
   ("T", "Any reduction on the fee isn't my decision to make, but I'll put it to the head of our practice, so please don't worry about that side of things.", "deferring a discount to the seller's superior, unprompted")],
  [("N", "Would Monday 3 February be a convenient day for our assessor to begin?", "plain ask with a date")])

# 24
email("driving range ball collection for the oakhurst golf centre", "blunt", "Ball picking",
  "Martin,", "Lee Grant\nFairway Robotics",
  [("N", "Your bay attendants spend about 14 hours a week picking balls, going by the rota you showed me.", "figure from the prospect's own rota"),
   ("S", "A robotic collector would do the same work overnight, and ours is the one that won Innovation of the Year at the golf trade show.", "product value plus award boast")],
  [("H", "Demo's booked for Thursday at 8, and I've sent the lease paperwork so you can sign when it's finished.", "demo date plus lease paperwork sent before any yes"),
   ("H", "This is the fourth time I've written, and the read receipts say you've opened every one.", "counting attempts and read-receipt guilt"),
   ("HS", "I gave two unpaid days to your site plan, and I think that earns me a straight answer.", "seller's unpaid effort used as guilt for a reply")])

# 25
email("double glazing seal replacement for the rowan court flats", "non-native English", "Windows at Rowan Court",
  "Dear Mr Bakshi,", "Thank you and best regards,\nAndrei Popescu\nClearview Glazing Repair",
  [("N", "In 58 of the 96 windows, we have find condensation between the glass, which mean the seal is broken and the heat goes out.", "inspection finding"),
   ("N", "To change only the sealed units is about one third of price for new windows, and the frames are still in good condition.", "value tied to the prospect")],
  [("S", "Our company is number one for glazing repair in whole region, we have more than 5,000 happy customers and many prizes.", "boast: ranking, customer count, prizes"),
   ("HST", "If you can sign until 31 October I give you 15% discount, because this is end of my quarter and my manager wants the number.", "discount tied to the seller's date, quarter and manager as the reason"),
   ("H", "After this date, I cannot promise nothing, the prices will go very high and maybe we have no more time for you.", "vague threat of price rise and no availability")],
  [("S", "I can come on Tuesday with the samples of the new units, and also I show you our full catalogue with all 40 products of our company.", "visit with samples plus offer to show the whole catalogue")])

# 26
email("dance shoe supply for the silverstep ballroom school", "chatty", "Shoes for medal tests!",
  "Hiya Lorraine!", "Big thanks,\nMel\nTwinkletoes Dancewear",
  [("T", "Sorry sorry, me again, bobbing back up about the shoes!", "repeated apology for following up"),
   ("N", "You mentioned the juniors keep turning up to medal tests in street shoes because the nearest stockist is forty minutes away.", "the prospect's own problem"),
   ("N", "A fitting evening at your studio once a term would sort that, and parents could order on the night.", "concrete value tied to the prospect")],
  [("S", "We've been voted best dancewear shop in the county three years running and we're on telly next month!", "boast: rankings and media"),
   ("ST", "Honestly this would mean the world to me, things have been really quiet at the shop and I'd be so grateful.", "pleading for the seller's own sake"),
   ("T", "Would the Wednesday after half term work for the first fitting evening, if that's not too cheeky of me to ask?", "date ask plus approval-seeking")])

# 27
email("eyewash stations for the pellham academy science labs", "formal", "Plumbed eyewash for labs 3 and 5",
  "Dear Mr Fairbairn,", "Yours sincerely,\nSunita Rao\nSafeRinse Ltd",
  [("N", "Thank you for forwarding the findings of your recent health and safety audit.", "courtesy"),
   ("N", "The audit notes that two of the six labs have no plumbed eyewash within ten seconds' walk of the fume cupboards, which the schools' safety guidance recommends.", "the prospect's own audit finding")],
  [("S", "SafeRinse is the market leader in emergency eyewash, with a Queen's Award for Enterprise and an unrivalled reputation across the sector.", "generic boast: leader, award"),
   ("H", "The quotation for the two labs is enclosed, together with our bank details, so that payment can be made and installation scheduled.", "enclosed quote plus payment requested before any yes"),
   ("H", "A school that takes safety seriously would not leave this until next year.", "shaming the prospect's seriousness"),
   ("H", "Installation takes a single day, but our summer diary is nearly full and I cannot hold a date for you much longer.", "product detail plus scarcity with no date")],
  [("N", "I should be glad to meet your technician in the labs on Wednesday 9 July to confirm the pipe runs.", "clear next step with a date")])

# 28 (clean)
email("egg box supply for the thwaite farm shop", "terse", "Egg boxes",
  "Hi Kath,", "Neil\nMoorside Packaging",
  [("N", "Sorry to hear the hens had a rough time in the storm.", "sympathy, not an apology"),
   ("N", "Pulp six-egg boxes with your logo stamped on are 9p each at 5,000, or 8p at 10,000.", "plain volume pricing"),
   ("N", "At your 600 dozen a week you'd use 10,000 in about eight weeks.", "figure from the prospect's own volume"),
   ("N", "Shall I send samples to the shop on Monday?", "plain ask with a date")])

# 29
email("edible flower supply for the larkspur restaurant", "warm", "Flowers that last the weekend",
  "Dear Chef Moreau,", "With warm wishes,\nDaisy Hale\nPetal & Plot",
  [("N", "You said your current flowers arrive from the Netherlands and wilt by the second evening service.", "the prospect's own problem"),
   ("N", "We grow twelve miles away and pick on the morning of delivery, so the violas and nasturtiums should last three services.", "value tied to the prospect's problem")],
  [("T", "I hope you won't mind me suggesting this, and please do say if I'm overstepping.", "approval-seeking"),
   ("S", "I've enclosed a sample box, and if you like them I'd be so thrilled to have your restaurant's name on our stockists page.", "sample box plus request to use the restaurant's name"),
   ("T", "The weekly price would be £48, though I'm very happy to go lower if that feels like too much.", "weekly price plus unprompted discount")],
  [("N", "Could I bring a tasting tray on Tuesday afternoon before service?", "plain ask")])

# 30
email("exam hall desk hire for the kingsford college", "blunt", "Exam desks",
  "Ms Carr,", "Phil Dobson\nDeskHire Direct",
  [("N", "Your summer timetable needs 420 desks in the sports hall from 12 May to 20 June.", "the prospect's own requirement and dates"),
   ("H", "Every college in the trust has already booked with us, so I'd be surprised if you want to be the odd one out.", "peers already booked, shaming"),
   ("H", "Hire is £2.10 per desk per week as you asked, and I've reserved the lorry for 9 May, so I'll raise the invoice today.", "requested price plus invoice raised before any yes"),
   ("H", "If you leave it any longer you'll be sitting students on dining chairs, and I won't be the one explaining that to the exam board.", "scare and sarcasm to force a decision")])

# 31
email("ear piercing training for the glow & go beauty salons", "chatty", "Piercing course dates",
  "Hi Tash!", "Thanks lovely,\nChloe\nPierce Perfect Academy",
  [("N", "You said three of your five salons turn away ear piercing bookings every Saturday because nobody is trained.", "the prospect's own problem"),
   ("N", "Our one-day course covers hygiene, aftercare and the local authority registration you'll need before offering it.", "'need' as a regulatory prerequisite")],
  [("S", "I'm literally buzzing about this, I've been dying to get a salon chain on my books!", "the rep's excitement, seller-centred"),
   ("HS", "Course dates are attached, and if you could book by Friday that'd get me into the top three in our trainer league this month.", "attached dates plus booking deadline for the seller's sales league"),
   ("T", "But honestly no stress at all if not, I know you're super busy!", "minimising and releasing the prospect")],
  [("N", "Would the 14th work for your first group?", "plain ask")])

# 32
email("elderflower cordial supply for the bramblewick tea room", "very deferential", "Local cordial for your summer menu",
  "Dear Mrs Ashby,", "With humble thanks,\nGrace Tolley\nHedgerow Cordials",
  [("T", "I'm so sorry to intrude on your afternoon, and I do hope this email isn't an annoyance.", "apology for normal selling, approval-seeking"),
   ("N", "When we spoke, you mentioned that your summer customers often ask for something local and non-alcoholic besides tea.", "the prospect's own need")],
  [("S", "Our cordial is pressed from flowers picked on the estate behind your village, and we won a Great Taste star last year, which I still can't quite believe!", "product detail plus award boast"),
   ("T", "A case of twelve bottles is £42, and I'm ever so sorry it isn't cheaper.", "case price plus apology for the price"),
   ("ST", "Please, if you could find it in your heart to take a case, it would truly keep our little kitchen going this month.", "pleading for the seller's own sake")],
  [("T", "If it's a no, I completely understand and I'll stay out of your way until next year.", "accepting a no in advance, giving up")])

# 33 (clean)
email("fish ladder repair at the abbotsmill weir", "formal", "Abbotsmill fish pass: repair proposal",
  "Dear Dr Lindqvist,", "Yours sincerely,\nRobert Ainsley\nAinsley River Engineering",
  [("N", "Thank you for your time on site last Thursday and for the fish counter data.", "courtesy"),
   ("N", "The counter shows sea trout passage fell from 1,200 in 2022 to under 300 last season, which matches the collapsed baffles we saw in pools three and four.", "insight from the prospect's own data")],
  [("N", "The Environment Agency's in-river works window closes on 30 September to protect spawning fish, so the repair would need to be completed by then.", "borderline: real external constraint stated once with its reason"),
   ("N", "I would recommend rebuilding both pools in precast concrete rather than timber, as the timber baffles elsewhere on the pass are rotting at the waterline.", "confident recommendation with evidence"),
   ("N", "Our method statement and a programme of three weeks are enclosed.", "logistics")],
  [("N", "Could we meet with your fisheries officer on 15 July to agree access from the mill side?", "clear next step with a date")])

# 34
email("fruit cage netting for the hollybrook allotment society", "warm", "Netting for the soft fruit",
  "Dear Ken,", "Best wishes,\nAnnie Ward\nGrowSafe Netting",
  [("N", "From your members' survey, 31 plot holders lost most of their soft fruit to pigeons and blackbirds last summer.", "figure from the prospect's own survey"),
   ("N", "A bulk order of 25 mm netting for the society would cost each member about a third of the garden-centre price.", "concrete value tied to the prospect")],
  [("S", "I've attached the price list, and I'd love you to mention us in the society newsletter, as I'm trying to grow the business in this area.", "attached price list plus a favour for the seller's business"),
   ("ST", "I'll be honest, I really need this order after a dreadful spring, so I'm hoping you'll take pity on me.", "pleading for the seller's own sake"),
   ("HS", "I could show the netting at your members' meeting on the 8th, and it would be lovely to have the order in by then, as that's the last day of our spring sales competition.", "meeting offer plus order date pressed for the seller's sales competition")])

# 35
email("font restoration for st cedd's church, wrayholme", "very deferential", "The font bowl",
  "Dear Canon Hartley,", "Your most humble servant,\nBenedict Lowe\nLowe Stone Conservation",
  [("T", "I hope you'll pardon this further letter, and I'm so sorry if my earlier ones were a burden.", "apology for following up, self-abasing"),
   ("N", "The crack across the font bowl has widened by about 2 mm since the quinquennial inspection, according to your architect's gauge readings.", "figure from the prospect's own readings"),
   ("N", "Pinning it with stainless dowels and a lime grout would stop the movement without changing its appearance.", "expert recommendation")],
  [("T", "I don't suppose there's any chance, if it weren't too inconvenient, that the PCC could perhaps spare me a few minutes at its next meeting?", "meeting ask plus stacked hedges"),
   ("S", "My family has been carving stone in this diocese for four generations.", "borderline: heritage line"),
   ("T", "The estimate is £2,850, though I'd gladly accept whatever the parish feels it can spare.", "estimate plus name-your-number caving")])

# 36 (clean)
email("folding chair supply for the elmore village hall", "terse", "Chairs quote",
  "Hi Brian,", "Sue Carter\nHallkit Furniture",
  [("N", "Quote attached for 120 folding chairs and four storage trolleys, as you asked.", "requested quote"),
   ("N", "The chairs stack twelve to a trolley, so they'll fit in the store under your stage.", "product detail tied to the hall"),
   ("N", "The price includes delivery, and we'll take the old chairs away for recycling.", "value"),
   ("N", "Are you free on Thursday to see a sample?", "plain ask")])

# 37
email("fascia board replacement for the jubilee row terrace", "blunt", "Nos 2-9 fascias",
  "Mr Fenwick,", "Craig Holt\nHolt Roofline",
  [("N", "Your tenants' repair log has five reports of water running down the front walls since January.", "figure from the prospect's own log"),
   ("N", "That's the rotten fascias on numbers 2 to 9: the gutters have dropped and are spilling over.", "diagnosis"),
   ("H", "Other landlords on this street got theirs done last spring, and you're the last one with rotting boards.", "peers already switched, shaming")],
  [("H", "The price you asked for is £6,300 for all eight houses, and the scaffold's going up on Monday unless you tell me otherwise.", "requested price plus silence taken as a yes"),
   ("H", "I've rung your office three times and left two voicemails, so I'd appreciate the courtesy of a reply this time.", "counting multi-channel attempts at the prospect, entitlement"),
   ("HS", "I turned down another job to keep that week free for you, so frankly I'm owed a decision.", "guilt resting on the seller's sacrifice")])

# 38
email("fire escape painting for the marine crescent hotel", "non-native English", "Fire escape at back of hotel",
  "Hello Mr Douglas,", "Regards,\nMateus Silva\nSilva Industrial Coatings",
  [("N", "Thank you for meeting me on Monday about the steel fire escape at the back of the hotel.", "courtesy"),
   ("N", "There is rust on the landings of second and third floor, and in some places the steel is losing thickness under the paint.", "inspection finding"),
   ("N", "Your fire risk assessor ask for this to be treated before his re-inspection in November, so it is good to do it in dry weather of September.", "the prospect's own assessor's date")],
  [("H", "I have only one team free this autumn, if you don't take it now somebody else will.", "scarcity with no date, now-or-never"),
   ("T", "The price is £3,900, but I can do cheaper for you, only tell me what you want to pay.", "price plus name-your-number caving"),
   ("T", "Sorry again for take your time, I know my English is not so good.", "self-abasing apology")],
  [("H", "I can start on 8 September, and I already tell my team to bring the materials, so please send the deposit this week.", "start date plus deposit demanded before any yes")])

# 39
email("flower bulb supply for the ashvale council parks team", "chatty", "Spring colour for the roundabouts",
  "Hi Jess,", "Speak soon,\nOllie Brand\nBloomfield Bulbs",
  [("N", "You mentioned the roundabout beds looked bare in March because the tulips came up late.", "the prospect's own problem"),
   ("N", "Mixing early crocus and narcissus with the tulips gives you colour from February through to May in the same beds.", "insight tied to the prospect")],
  [("S", "We're the UK's biggest independent bulb grower, we supply royal parks, and we've won gold at Chelsea six times!", "boast: size, clients, medals"),
   ("HS", "The order form's attached, and if you could get it back to me by Friday I'll hit my target for the season and get a nice bonus.", "attached order form plus deadline for the seller's target and bonus"),
   ("H", "Honestly, the other councils round here have all ordered already and the good varieties are nearly gone.", "peers already ordered and scarcity")],
  [("N", "Planting needs to be done by late November for the tulips to root properly, so a delivery in mid-October would suit.", "'needs' as a horticultural fact, logistics")])

# 40
email("dry riser testing for the westcliff court apartments", "formal", "Dry riser annual test",
  "Dear Mrs Novak,", "Kind regards,\nThomas Reid\nRiserCheck Fire Services",
  [("N", "The certificate is dated March 2023, and the dry risers in your two stair cores should be pressure tested every twelve months under the British Standard.", "technical requirement, not pressure"),
   ("H", "Every month without a valid certificate leaves the block open to a fine of several thousand pounds, so there is no sense waiting.", "borderline: cost-of-delay figure used to push")],
  [("H", "Our quotation is enclosed, and I have pencilled in our engineers for 3 June, so please return the signed copy with the deposit this week.", "enclosed quote plus deposit and signature demanded before a yes"),
   ("S", "We have tested risers for the Shard, three international airports and a royal palace, and we hold every accreditation in the industry.", "generic boast: famous sites and accreditations"),
   ("T", "I am sorry this email has gone on rather long.", "apology for the length")],
  [("HS", "Would 10am on Tuesday 27 May suit for a site visit with your caretaker, so that the order can be booked before my regional manager's review at the end of the month?", "site visit plus order date set by the seller's manager review")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s98e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s98-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed98: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the twelfth session) from the labelling guide alone, blind to that session's third Apply changes (after\nrounds 93 to 96), which it was written to judge, and measured first in that session on a detector those changes leave\nas it was (rules + model macro-F1 0.943: hard_close 0.913, self_serving 0.940, timidity 0.977; 1 of 108 clean\nsentences flagged; email agreement 0.975 / 0.975 / 1.000).\n")
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
    R.append("- Every third email (s98e003, s98e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
