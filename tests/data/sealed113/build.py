#!/usr/bin/env python3
"""Build sealed113: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("snowshoe hire for the greyrigg winter walking festival", "chatty", "Snowshoes for the Cross Fell walks", "Hi Morag,", "Cheers,\nDougie",
  [("N", "Great to meet you at the festival planning evening on Saturday.", "greeting"),
   ("N", "You mentioned last year's guided walks on Cross Fell had to turn back twice when the snow got knee-deep, which is exactly the depth where snowshoes earn their keep.", "insight tied to the prospect's own walks"),
   ("S", "For what it's worth, we've been hiring out snowshoes since 1998 and picked up the Outdoor Retailer of the Year gong four years on the trot.", "years in business and an award, not tied to the walks")],
  [("S", "I can drop forty pairs at the village hall on Friday the 9th, and honestly I'm buzzing to try out the new carbon frames our workshop has just finished.", "drop-off date plus the rep's excitement about their own kit"),
   ("T", "Prices are on the attached sheet, and if they look steep I'm happy to meet you somewhere in the middle.", "attachment plus an unprompted discount"),
   ("H", "I've put the forty pairs down as confirmed and the deposit invoice is already in your inbox, so we're all set.", "assumptive invoice before any yes"),
   ("T", "Sorry for the essay, I always get carried away when there's snow in the forecast!", "apology for the length of the email")])

# 2
email("scuba cylinder testing for the lundy reef dive club", "formal", "Hydrostatic testing of the club cylinders", "Dear Mr Penhallow,", "Yours sincerely,\nEleanor Treloar\nTreloar Pressure Testing",
  [("N", "Thank you for sending over the serial numbers for the club's twenty-two cylinders.", "courtesy"),
   ("N", "Eleven of them are due their five-yearly hydrostatic test before the end of March, after which the fill stations on the quay will no longer fill them.", "borderline: real external constraint stated once, with its reason (rule 4)")],
  [("HT", "I can test all eleven in a single visit, and should the committee confirm by Friday I will take fifteen per cent off the fee, an offer I shall not repeat.", "visit offer plus a discount tied to the seller's own date"),
   ("S", "Our test centre is the largest in the South West, accredited by four separate bodies and trusted by naval diving clubs up and down the country.", "generic size and credential boast"),
   ("H", "The Appledore club moved their whole fleet to us last month, and I should not like Lundy Reef to be the last club on the coast still dithering.", "peers who switched, used to shame"),
   ("T", "I have attached the price schedule you requested, and I must apologise for the length of this letter.", "requested attachment plus an apology for length")])

# 3
email("shepherd's hut building for the pentreath wild camping meadow", "warm", "Your two huts: layout and price", "Hello Jess and Tom,", "Warmly,\nAnnie",
  [("N", "It was lovely to walk the meadow with you both, and the view across to the tor is even better than the photos.", "pleasantry"),
   ("N", "I've drawn up the two-hut layout you sketched, with the composting loo tucked behind the hedge where you wanted it.", "'I' opener, but the work serves the prospect")],
  [("T", "I've priced the oak-clad version at £18,400 per hut as you asked, and I'm so sorry it's come out that high.", "requested price plus an apology for it"),
   ("T", "If that's more than you'd hoped, tell me what figure you had in mind and I'll try to make it work.", "asks the buyer to name their number"),
   ("H", "The timber yard has the oak seasoned and ready now, but they tell me another builder is eyeing the same batch, so I'd say yes this week if I were you.", "stock detail plus scarcity pressure with no real date"),
   ("S", "We'd love to feature your huts in our next brochure, too, as a little thank-you to us for all the extra drawings.", "favour for the seller, framed on the seller's effort"),
   ("N", "Could we meet on the 14th to settle the cladding finish?", "plain next step with a date")])

# 4
email("saw sharpening for the holm oak joinery", "terse", "Blades", "Rob,", "Ged",
  [("N", "Blades collected Monday as agreed.", "logistics"),
   ("N", "Two of the 300 mm crosscut blades have cracked gullets, so I'd bin them rather than regrind.", "expert recommendation with the evidence"),
   ("N", "The rest will be back on Thursday, ground to the same 10-degree hook you run now.", "logistics tied to the prospect's setup"),
   ("N", "Want me to add the planer knives to the same run?", "plain question")])

# 5
email("sauerkraut supply for kasia's kitchen deli", "non-native English", "Sauerkraut for your deli", "Dear Mrs Kasia,", "With respect,\nPiotr Nowak",
  [("N", "Thank you for tasting our kraut at the market on Sunday.", "courtesy"),
   ("S", "Our family is making sauerkraut in the same oak barrels since 1921 and we are most famous ferment makers in whole Silesia.", "fame boast with heritage, nothing about the deli"),
   ("T", "Maybe if it is not disturbing you too much, perhaps you could possibly think about to order one small tub?", "order ask plus stacked hedges and permission-seeking")],
  [("N", "The 5 kg tub is £23 and it keeps twelve weeks in your cold room.", "price and product detail"),
   ("H", "First delivery I can bring on Thursday, and I already write your shop in our delivery book, so it is decided.", "delivery date plus assuming an order she has not placed"),
   ("T", "I am very sorry to write you again, I know you are busy woman.", "apology for following up")])

# 6
email("smart parking sensors for the saltcoats promenade", "blunt", "Promenade parking: decision needed", "Councillor Reid,", "Regards,\nCallum Bryce",
  [("N", "Your own survey logged 2,300 complaints last summer about drivers circling the promenade looking for a space.", "figure from the prospect's own data"),
   ("N", "Bay sensors feeding the signs at both ends would send drivers straight to the free bays, and Portrush cut circling traffic by a third doing exactly that.", "social proof tied to the prospect's problem")],
  [("S", "The sensors carry a ten-year battery warranty, and we've beaten every other supplier at the national smart-city awards three years running.", "product detail plus an award boast"),
   ("H", "The full proposal is attached, and frankly any council that's serious about its seafront would have approved it at the last committee.", "attachment plus shaming the council"),
   ("HS", "I've spent three weekends building this proposal around your survey, and the least I'm owed is a straight answer by Wednesday.", "seller's effort as guilt, with entitlement and a deadline (rule 15)"),
   ("H", "If I don't hear from you, I'll put the business case in front of your chief executive myself.", "bypass threat")])

# 7
email("spectacle frame supply for the brightsight opticians", "very deferential", "Children's frames, as requested", "Dear Ms Okonjo,", "With kind regards and thanks,\nHarriet Moss",
  [("T", "Please forgive me for intruding on your week once more; I do realise how many suppliers must be pestering you.", "self-abasing apology for writing"),
   ("N", "Following your question about children's frames, I've attached our flexible-hinge range, which comes in the 42 to 46 eye sizes you mentioned.", "answers the prospect's question"),
   ("S", "The frames are made in our own workshop in Belluno, which has won more design prizes than any other frame maker in Europe, I'm proud to say.", "product origin plus a generic prize boast"),
   ("T", "The trade price is £14 a frame, though I'd quite understand if that feels too dear, and I could bring it down to whatever suits you.", "price plus caving before any objection")],
  [("T", "I really hope I haven't overstepped by writing again, and please don't feel obliged to reply at all.", "approval-seeking and releasing the prospect"),
   ("N", "I can drop a sample board in on Thursday afternoon for your dispensing team to try.", "clear next step")])

# 8
email("tide table printing for the ardlow harbour office", "formal", "2026 pocket tide tables: quotation", "Dear Harbourmaster,", "Yours faithfully,\nGeoffrey Allard\nAllard & Vine Printers",
  [("N", "Thank you for your enquiry regarding the 2026 pocket tide tables.", "courtesy"),
   ("N", "The Hydrographic Office releases the licensed tidal predictions on 1 October, so proofs can only be produced after that date.", "borderline: external constraint stated neutrally with its reason")],
  [("HS", "The quotation for 5,000 copies is enclosed, and as the 30th of September closes my sales year, I must ask that the order be placed by then.", "quotation plus an order date set by the seller's sales year (rule 16)"),
   ("T", "Should the price of 62 pence per copy seem high, I would gladly put the matter to my director to see what reduction he might allow.", "price plus deferring an unasked discount to the manager"),
   ("S", "Our presses have printed for over sixty harbours, and we were named Regional Printer of the Year in 2023.", "generic client count and award"),
   ("S", "I would also be most grateful if the harbour would allow us to display its crest on the client page of our website.", "asks for a logo for the seller's site"),
   ("N", "Proofs would reach you within five working days of the data release.", "logistics")])

# 9
email("sporran supply for the glenmorie pipe band", "chatty", "Sporrans for Cowal!", "Hiya Fraser,", "Cheers pal,\nAlly",
  [("N", "Great to hear the band made the Grade 3 final at Bridge of Allan!", "pleasantry"),
   ("H", "Twenty horsehair sporrans with the Glenmorie cantle are on hold for the Cowal weekend, but I've three other bands sniffing round them, so I'd grab them before tonight's out.", "offer on hold plus manufactured scarcity and a same-day push"),
   ("S", "I'm two orders short of my target for the season, so this would be a massive help to me personally.", "the rep's target as the reason, no date in the sentence (rule 16)")],
  [("N", "The chains and straps can be adjusted up to the Wednesday before, and we clean and box every sporran.", "product and logistics detail"),
   ("H", "I'll ping over the deposit link in the morning and pencil the fittings in for Thursday, so you won't have to lift a finger.", "fitting date plus a deposit link sent before any yes")])

# 10
email("timpani hire for the elmfield choral society", "warm", "Timpani for the Brahms Requiem", "Dear Margaret,", "With best wishes,\nTom Haverley",
  [("N", "Thank you for the lovely programme notes for the Brahms Requiem.", "courtesy"),
   ("N", "For St Giles' stone floor I'd suggest the pedal timpani with the wider tripod feet, as they hold their tuning far better on an uneven surface.", "expert recommendation with its reason")],
  [("N", "The set of four is £320 for the weekend, including delivery, tuning and collection on the Monday.", "price and logistics"),
   ("N", "Your percussionist is welcome to try them at our warehouse any weekday before the concert.", "offer that serves the prospect"),
   ("N", "Shall I hold them for the 21st while your committee meets on Tuesday?", "respects the prospect's own process")])

# 11
email("treadmill servicing for the calderbrook police gym", "blunt", "Treadmill inspection results", "Sergeant Doyle,", "Dan Whitlock\nPeakFit Service Center",
  [("N", "Four of your eight treadmills failed the belt-tension check on Monday's visit.", "inspection finding"),
   ("N", "The deck on machine three is split, and running on it is a trip injury waiting to happen.", "safety fact from the inspection"),
   ("H", "Having inspected them, you need the full service contract, not another one-off call-out.", "borderline: 'you need' directive delivered after a real inspection (rule 6)")],
  [("H", "I can fix deck three on Thursday, but only if the contract's signed by then, otherwise you go to the back of the line.", "repair date plus an ultimatum"),
   ("T", "The annual contract is $1,450, and sorry for pushing it at all, it's only ever a suggestion.", "price plus apology for selling and minimising"),
   ("S", "We service every major gym chain in the Midwest and our techs are the best-trained in the business, period.", "generic boast")])

# 12
email("urn engraving for the ashcombe crematorium", "very deferential", "Engraved urn plates", "Dear Mr Hollis,", "With my sincere respects,\nLouisa Penrose",
  [("N", "Thank you for taking my call yesterday, and I was so sorry to hear about the flooding in your chapel of rest.", "sympathy, not self-abasement"),
   ("T", "I wondered whether you might perhaps, if you had a spare moment, possibly glance at the sample plates I left with your receptionist?", "sample review ask plus stacked hedges"),
   ("N", "Each plate is hand-cut brass, and families can approve the lettering on screen before anything is engraved.", "product detail serving the families")],
  [("T", "The engraving runs to £45 a plate, and I'm sorry it isn't cheaper, I do realise families have so much to pay for already.", "price plus an apology for it"),
   ("T", "Of course, if you'd rather stay with your current engraver, I completely understand and won't trouble you again.", "pre-emptively releases the prospect, no question")])

# 13
email("trackway matting hire for the kelsey ploughing match", "terse", "Trackway quote", "Ian,", "Steve",
  [("N", "Quote attached for 900 metres of trackway covering both car parks.", "attachment"),
   ("H", "Every show in the county has gone over to trackway this year, so don't be the one dragging cars out of the mud.", "peers who switched, used as shaming"),
   ("HS", "Need the PO by the 31st, that's my quarter end.", "deadline with the seller's quarter as reason (rule 16)"),
   ("H", "Laying takes a day and I've already put you down for the 3rd.", "laying time plus booking the crew before any yes")])

# 14
email("sound masking system for the wexley council contact centre", "formal", "Sound masking proposal for the contact center", "Dear Ms Adeyemi,", "Sincerely,\nRupert Valance\nQuietfield Acoustics Inc.",
  [("N", "Further to our site meeting, I enclose the acoustic survey of the contact center, with the emitters positioned clear of the sprinkler heads.", "attachment tied to the site"),
   ("S", "We are honored that our systems now run in embassies, stock exchanges and three of the world's five largest banks, and our founder was recently named to the board of the International Acoustics Guild.", "name-dropping and founder credentials"),
   ("S", "The platform also offers zoned paging, Bluetooth control, a 64-channel DSP, scheduling by app, plenum-rated housings, tamper alarms and a ten-year warranty.", "feature list with no outcome")],
  [("T", "I attach the cost breakdown, and should the figure prove uncomfortable for the council, I would of course be happy to reduce it.", "cost breakdown plus an unprompted discount"),
   ("H", "Installation could take place over the Easter closure, and I would add that Harrogate and Bath have already commissioned us, so you will not want Wexley to lag behind.", "install window plus peer shaming"),
   ("HS", "I would be grateful for a decision by the 15th, as my director has asked me to close this project before our board review.", "deadline set by the seller's director (rule 16)")])

# 15
email("venison supply for the ferryhill gastropub", "chatty", "Haunches for Sundays", "Hi Sam,", "Cheers,\nBen\nHigh Fell Venison",
  [("N", "Good to chat at the farmers' market on Saturday.", "pleasantry"),
   ("N", "You said haunch is flying out the door on Sundays, so I've priced whole haunches at £14.50 a kilo, hung for ten days.", "price tied to the prospect's own sales")],
  [("N", "Worth knowing that the roe doe season closes on 31 March, so shoulder will be scarce from April.", "borderline: real external date (close season) stated once with its reason"),
   ("N", "Could I bring a sample haunch over on Wednesday for your chef to try?", "plain ask with a date")])

# 16
email("takeaway box supply for costa's fish bar", "non-native English", "Compostable boxes price", "Hello Mr Costa,", "Best regards,\nMarco Ferri",
  [("N", "I send you the price list for the compostable fish boxes like you asked on the phone.", "requested price list"),
   ("HT", "The large box is £38 for 500, and if you order before Friday I give you ten percent off, after Friday is not possible.", "requested price plus a discount tied to the seller's date"),
   ("H", "We deliver every Tuesday to Harbour Street, and all other chip shops on the harbour already buy from us, only you still stay with the old supplier.", "delivery detail plus peers who switched, as shaming")],
  [("HS", "My boss he is very strict and he wants to see your name in the order book before this month is finish.", "manager's wish sets this month as the order date (rule 16)"),
   ("T", "Sorry I write you again, I know I am little bit nuisance.", "self-abasing apology for following up")])

# 17
email("textile conservation of the hallam court bed hangings", "formal", "Conservation of the crewelwork hangings", "Dear Lady Ashworth,", "Yours sincerely,\nCharlotte Mortlake",
  [("N", "Thank you for allowing me to examine the crewelwork bed hangings at Hallam Court on Tuesday.", "courtesy"),
   ("N", "The light damage is concentrated on the valances facing the south window, so the curtains themselves need only cleaning and support stitching.", "expert finding; 'need' in a harmless sense"),
   ("S", "Our family has been caring for the textiles of the county's great houses since 1887.", "borderline: heritage line (rule 8)")],
  [("T", "Our estimate for the work is £6,400, and I do apologise that it is rather more than you might have hoped.", "estimate plus an apology for the price"),
   ("T", "If your trustees feel that is too much, I would be glad to reduce it by whatever amount they consider fair.", "lets the buyer name the discount"),
   ("H", "I could begin on the 4th, and I would note that both Lord Fenby and the Sandiford estate engaged us this year, so Hallam Court would hardly wish to be the exception.", "start date plus peer shaming")])

# 18
email("velvet curtain supply for the kingsway picture house", "warm", "Your new house curtain", "Dear Priya,", "Warm wishes,\nBeth\nVelour & Co",
  [("N", "It was a treat to see the Kingsway's auditorium after the refurb, and the new seats look wonderful.", "pleasantry"),
   ("N", "For the 9-metre proscenium I'd suggest a triple-pleated crimson velvet that's inherently flame-retardant, so it won't need re-treating every year.", "recommendation tied to the prospect's upkeep"),
   ("S", "I'm so excited about this one, it's honestly the project I've dreamed of since I started in theatre drapes!", "the rep's excitement, no buyer value")],
  [("S", "The swatches are in the post today, and it would make my year if the Kingsway became our first cinema client, as my manager's been desperate to crack that market.", "swatches plus the seller's and manager's wishes, no date"),
   ("T", "Would a measuring visit on the 10th suit, or honestly any date at all, I'll fit around you entirely and I'd hate to be a nuisance.", "meeting ask plus giving up control and approval-seeking"),
   ("HS", "I know I've bent over backwards on these drawings, so I'd hope for a yes by the end of the month.", "seller's effort as leverage for a dated yes (rule 15)")])

# 19
email("tweed suit tailoring for the stainmore shooting syndicate beaters", "blunt", "Beaters' tweeds", "Angus,", "Ewan",
  [("N", "Your keeper tells me half the beaters' jackets are letting water in at the shoulders by November.", "the prospect's own problem"),
   ("HS", "Thirty tweed shooting jackets come to £185 each, and I've already turned down a bigger job to keep my cutters free for you, so don't mess me about.", "price plus the seller's sacrifice used as leverage (rule 15)"),
   ("H", "Measuring can be done on Monday's shoot day, so book now or watch your beaters go home soaked all season.", "measuring date plus an ultimatum")],
  [("H", "I've rung you four times and left two voicemails, so I'd call a reply overdue.", "counts attempts across channels, with entitlement (rule 13)"),
   ("S", "We're the only tailors north of Leeds that the big country-clothing brands trust with their own bespoke orders.", "generic boast")])

# 20
email("wheelwright repair for the cobbold carriage museum", "formal", "The landau's rear wheels", "Dear Dr Fenwick,", "Yours sincerely,\nWalter Prys\nPrys Wheelwrights",
  [("N", "Thank you for the photographs of the landau's rear wheels.", "courtesy"),
   ("N", "The felloes on the offside wheel have shrunk away from the tyre, which is why the spokes rattle when the carriage is moved.", "insight from the photos")],
  [("N", "I would recommend re-setting that tyre hot, as we did for the Beamish coach in 2019, since cold shrinking tends to split old ash.", "past job turned into advice"),
   ("N", "The work would take about three weeks in our shop, and I can collect the wheel on any date that suits your exhibition schedule.", "logistics fitted to the prospect"),
   ("N", "Could you let me know whether the museum's conservation policy allows replacement spokes, or only repair?", "insightful question")])

# 21
email("vr headsets for the fenmere college science block", "chatty", "VR for the science block", "Hey Leanne,", "Cheers!\nNiall",
  [("N", "Thanks for the tour of the science block, your kids were so into the pond-dipping lesson!", "pleasantry"),
   ("S", "Our headsets have 4K per-eye displays, inside-out tracking, eye tracking, color passthrough, a 120 Hz refresh rate, hand tracking, spatial audio and a cloud dashboard.", "feature dump with no outcome"),
   ("T", "I was sort of hoping that maybe, if you had a minute, you might possibly be up for a quick demo?", "demo ask plus stacked hedges")],
  [("N", "For a class set of thirty, the quote comes to $11,400 with charging carts.", "price"),
   ("T", "Sorry if that's a bit steep, I can always knock some off if it helps.", "apology for price and an unprompted discount"),
   ("S", "Oh, and if you end up liking them, would you mind writing us a quick review for our website?", "review favour for the seller")])

# 22
email("windmill sail repair for the hollowell windmill trust", "warm", "Rebuilding the two sweeps", "Dear Gwen,", "Warm regards,\nOwen Tate\nTate Millwrights",
  [("N", "I was so sorry to hear the storm took two of the sweeps off the mill, it must have been a horrible morning for your volunteers.", "sympathy"),
   ("N", "From your photos the stocks look sound, so we'd only need to rebuild the two sweeps rather than re-stock the whole cap.", "saves the prospect money"),
   ("HS", "I've held off on three other jobs to keep our carpenters free for you, so I'm counting on you not to leave me hanging.", "seller's sacrifice offered as guilt (rule 15)")],
  [("HS", "The estimate is attached, and I'd be grateful for the go-ahead before the 30th, since that's when my bonus period closes.", "estimate plus a go-ahead date set by the seller's bonus (rule 16)"),
   ("N", "The heritage repair grant round closes on 14 November, and the estimate is already in the format their form asks for.", "borderline: external grant deadline stated once with its reason"),
   ("T", "Any date for the carpenters' survey works for me, and sorry if I've come across as pushy, I really don't mean to be.", "survey scheduling plus apologising for selling")])

# 23
email("xylitol gum supply for the mehta dental practice", "non-native English", "Xylitol tins for your patients", "Dear Dr Mehta,", "Kind regards,\nAino Virtanen",
  [("N", "Thank you for meeting me at the dental show in Birmingham.", "courtesy"),
   ("S", "Our company is number one xylitol brand in Finland and we win many design awards for the packaging.", "ranking and award boast"),
   ("N", "The pocket tins are 38 pence each for boxes of 500, like you asked.", "requested price")],
  [("T", "Please, if it is maybe possible, perhaps you could try one box, only if you want, no problem if not.", "trial ask plus stacked hedges and minimising"),
   ("HST", "If you order before end of month I give 10% off, because then my boss counts it for my bonus.", "discount tied to the seller's date, with the seller's bonus as reason (rules 7 and 16)"),
   ("T", "I am sorry I write so long email, my English is not so good.", "apology for the length of the email")])

# 24
email("xmas jumper printing for the dunmore & kaye estate agents", "chatty", "Jumpers for the hospice day", "Hi Chloe,", "Speak soon!\nJade",
  [("N", "Lovely to hear the office is doing a Christmas jumper day for the hospice again.", "pleasantry"),
   ("N", "Printing your logo on 24 jumpers comes to £17 each, and we can match your brand teal exactly.", "price and detail"),
   ("H", "I can print them within the week, but I've only four slots left before December and they're going fast, so I'd jump in today.", "turnaround plus scarcity and a same-day push")],
  [("HS", "I've already ordered the blank jumpers on my own account so as not to let you down, which would make it really awkward for me if you backed out now.", "seller's outlay used as guilt before any yes (rule 15)"),
   ("S", "Would you also mind popping a five-star review on our Google page?", "review favour before any value delivered"),
   ("T", "Proofs can be with you tomorrow, and sorry if I've come on a bit strong, ignore me if so!", "proof timing plus apologising for selling")])

# 25
email("yearling sale photography for the brackendene stud", "terse", "Yearling shots", "Hi Ruth,", "Kev",
  [("N", "Following up on the test shots from Tuesday.", "a single follow-up line"),
   ("N", "Your stud manager said the bay colt's conformation finally shows properly in ours, which is what buyers look at first in the catalogue.", "value in the prospect's own words"),
   ("N", "Shooting all 14 yearlings would be £1,050, edited and delivered in a week.", "price"),
   ("N", "Shall I book the 3rd, ahead of the catalogue closing on the 10th?", "next step tied to the sale's own deadline")])

# 26
email("sheep handling system for the harker hill farm", "blunt", "Handling system", "Mr Harker,", "Regards,\nClive Marsh",
  [("N", "Your own records show 1,100 ewes going through the race four times a year, with two people on the shed floor every time.", "figures from the prospect's own data"),
   ("N", "A handling system with a drafting gate would let one person do that job and spare your back.", "value tied to the prospect"),
   ("H", "You need this in before tupping, end of discussion.", "'you need' directive shutting down the decision")],
  [("S", "The price is £4,800 fitted, and we're the biggest handling-system makers in the north, full stop.", "price plus a size boast"),
   ("H", "I've booked our fitters for the 12th and taken the liberty of filling in a direct debit form in your name.", "assumptive booking and payment step"),
   ("H", "If I'm still waiting next week, I'll ring your land agent and sort it with him instead.", "bypass threat")])

# 27
email("zoned irrigation for the victoria park formal beds", "formal", "Irrigation zoning for the formal beds", "Dear Mr Okafor,", "Yours sincerely,\nPatricia Gold",
  [("N", "Thank you for forwarding the water bills for the eleven formal beds in Victoria Park.", "courtesy"),
   ("N", "Seven of those beds share the same mains feed, so zoning them with soil sensors would stop the sprinklers running after rain.", "insight from the prospect's data"),
   ("S", "We are proud to be the longest-established irrigation contractor in the county, with an unrivalled record of excellence.", "generic boast")],
  [("T", "I must apologise in advance for the cost of £2,860, which I appreciate is substantial, and I would be willing to revise it downward if the council prefers.", "price plus an apology and an unprompted discount"),
   ("T", "If the council decides to stay with its current contractor, please do not feel any obligation to explain, and thank you for even considering us.", "releases the prospect and thanks them for considering"),
   ("N", "I am available to walk the beds with your parks officer on the 18th.", "clear next step")])

# 28
email("zoo enrichment feeders for the harrowby wildlife park", "warm", "Puzzle feeders for the otters", "Hi Nadia,", "All the best,\nMegan",
  [("N", "Thanks for showing me round the otter enclosure, your keepers clearly know those animals inside out.", "pleasantry"),
   ("N", "The puzzle feeders are £65 each, and the drilled acrylic means the otters have to work a fish out rather than snatch it.", "price and product value"),
   ("ST", "Please do give them a go, it would mean the world to me as this would be my very first big order since I started.", "pleading for the seller's own sake (rule 15)")],
  [("T", "They come in three sizes, and if the price is a worry at all, just tell me what you could stretch to.", "product detail plus asking the buyer to name a number"),
   ("H", "Three other zoos have already switched to these, so Harrowby will look behind the times if the otters are still on buckets by spring.", "peers who switched, used to shame"),
   ("N", "I can bring two samples on Friday for the keepers to trial over the weekend.", "clear next step")])

# 29
email("snow chain supply for the dunmere bus depot", "terse", "Snow chains", "Gary,", "Lee",
  [("N", "Sizes checked against your fleet list: 14 sets of 295/80 R22.5.", "logistics"),
   ("HS", "Price is £210 a set, but only if the PO lands by Friday, my manager won't hold it past then.", "price plus a deadline set by the seller's manager (rule 16)"),
   ("S", "Sets ship from our own warehouse, the biggest in the county.", "shipping detail plus a size boast"),
   ("N", "Lead time is ten days.", "logistics"),
   ("H", "Don't come crying to me in December when the roads are solid and there's nothing left.", "scarcity threat and scorn")])

# 30
email("sheet piling for the ouseley riverbank works", "formal", "Pile design for the riverbank", "Dear Ms Kaur,", "Kind regards,\nAlastair Drummond\nDrummond Piling",
  [("N", "Thank you for the borehole logs from the Ouseley riverbank site.", "courtesy"),
   ("N", "Given the soft alluvium down to six metres, I would recommend 9-metre AZ sheets rather than the 7-metre sections in the outline design.", "expert recommendation backed by evidence")],
  [("N", "The Environment Agency's flood risk activity permit can take up to two months to issue, so an application in early January would keep your April start on track.", "borderline: permit lead time tied to the prospect's own start date"),
   ("N", "I have attached a method statement and a drawing of the proposed pile line.", "attachment"),
   ("N", "Would a call on Tuesday at 2pm suit to go through the driving sequence with your engineer?", "confident next step")])

# 31
email("thermal till roll supply for tariq's cafes", "chatty", "Till rolls", "Hey Tariq,", "Cheers,\nOllie",
  [("N", "Hope the new opening on Mill Road went brilliantly!", "pleasantry"),
   ("T", "Only me again, wondering if the till-roll prices ever made it to the top of your pile, honestly no rush whatsoever.", "content-free check-in with minimising"),
   ("N", "A box of 50 BPA-free rolls is £19.80, and across your five cafés that's about one box a week going by your last order.", "price tied to the prospect's own usage")],
  [("H", "I've set a trial box to go out Friday and added the card from your sample form, so you're sorted!", "trial offer plus charging a card without a yes"),
   ("T", "Sorry to keep nudging, I promise this is the last you'll hear from me, pinky swear!", "apology for following up and giving up"),
   ("S", "Between you and me, your account would do wonders for my standing on our team leaderboard.", "the seller's standing, no date (rule 16)")])

# 32
email("utility bill auditing for the lindgren hotels", "formal", "Recovering overcharges at the four hotels", "Dear Mr Lindgren,", "Sincerely,\nMarcus Hale\nClearwatt Audit",
  [("N", "Thank you for sharing twelve months of gas and electric invoices for the four Lindgren hotels.", "courtesy"),
   ("N", "On those figures, the Harbor hotel alone was billed $8,300 in standing charges for a meter it stopped using in March.", "figure from the prospect's own data"),
   ("H", "Each month you hesitate is another $690 down the drain, so I trust you will not let this drift.", "borderline: cost of delay used to push, figure plausible (rule 5)")],
  [("S", "Our audit team has recovered over $50 million for clients since 2009 and is ranked first in the Energy Manager league table.", "generic track-record and ranking boast"),
   ("HS", "I propose we begin fieldwork on March 3, and I would very much like your signed engagement letter before my review with our managing director on the 28th.", "start date plus a signing date set by the seller's review (rule 16)"),
   ("H", "I have attached the recovery schedule for your organization, and I would be surprised if a board that takes its fiduciary duties seriously left this unsigned for long.", "attachment plus shaming the board")])

# 33
email("touch-typing course for the fairbairn legal secretaries", "very deferential", "A typing refresher before go-live", "Dear Ms Fairbairn,", "Yours most gratefully,\nDorothy Keel",
  [("N", "Thank you for your email about the new case-management system going live on 6 May.", "courtesy; the prospect's own date"),
   ("T", "I do hope you won't mind me suggesting it, but perhaps a short touch-typing refresher might possibly suit your team before then, if that's alright?", "course suggestion plus stacked hedges and permission-seeking"),
   ("N", "The course runs over four lunchtimes, and each secretary gets a speed test at the start and end so you can see the gain.", "product detail with buyer value")],
  [("T", "It's £95 per person, and I'm terribly sorry it isn't less.", "price plus an apology for it"),
   ("T", "Whatever you decide is absolutely fine by us, and please forgive me for taking up so much of your time.", "releases the prospect and apologises for selling")])

# 34
email("tai chi classes for the bramwell women's institute", "warm", "Tai chi for Bramwell WI", "Dear Hilary,", "With love,\nCarol",
  [("N", "Thank you for inviting me to the Bramwell WI committee meeting last week, I enjoyed the lemon drizzle enormously.", "pleasantry"),
   ("S", "I've been teaching tai chi for twenty-five years and won gold at the European championships three times, so I do know my stuff!", "years and medals boast"),
   ("N", "Several members mentioned wobbly balance since the winter, so I'd suggest a gentle six-week course built around the standing forms, which are the ones shown to cut falls.", "recommendation tied to the members' need")],
  [("HS", "It's £240 for the six sessions, and I'll need the booking by Friday because I promised my business partner I'd fill the spring diary this week.", "price plus a booking date set by the seller's own promise (rule 16)"),
   ("T", "I can bring mats and chairs for anyone who needs them, and if the price is too much for WI funds, I'll happily do it for whatever you can spare.", "practical offer plus caving on price"),
   ("H", "I've put Bramwell in the diary for the 3rd already, so I'll see you all then!", "assumptive booking")])

# 35
email("tea towel printing for the ravensgill abbey gift shop", "blunt", "Tea towels", "Fiona,", "Rhona Baird\nBaird Print",
  [("N", "Per your note, the shop sold 600 tea towels last year and the old supplier's print faded after a few washes.", "the prospect's own data"),
   ("N", "Ours are 100% cotton, screen-printed, and tested to 50 washes.", "detail answering the fading problem"),
   ("N", "At 1,000 units the price is £2.40 each; at 500 it's £3.10.", "price")],
  [("N", "Commit to 1,000 a year and I'll hold £2.20.", "concession traded for volume"),
   ("N", "Artwork by the 20th gets them on the shelves for Easter.", "real lead time tied to the prospect's season")])

# 36
email("wool blanket supply for the orkney ferry cabins", "formal", "Blankets for the overnight cabins", "Dear Captain Rowe,", "Yours faithfully,\nHelen Strachan\nStrachan Woollens",
  [("N", "Thank you for your enquiry about blankets for the overnight cabins on the Orkney crossing.", "courtesy"),
   ("N", "Our merino blankets meet the IMO fire test code your marine surveyor asked about, and the certificate is attached.", "certification the buyer's process requires"),
   ("S", "The mill has been weaving on the same looms since 1862 and has supplied blankets to three royal yachts.", "heritage with royal name-dropping")],
  [("S", "The blankets are woven in our Hawick mill, and I am delighted to say we have just been named Scottish Textile Exporter of the Year.", "product origin plus an award boast"),
   ("H", "I would point out that the other two ferry operators in the north have already placed their orders, so you will not wish to be left behind.", "peers who bought, used as pressure"),
   ("H", "Kindly confirm your cabin count and card details by return, and I will send the first 200 blankets on Monday.", "cabin count question plus an assumptive payment step")])

# 37
email("waxwork restoration for the grayling street museum", "very deferential", "The Dickens figure", "Dear Mr Ashdown,", "With humble thanks,\nIsaac Ferrier",
  [("T", "I hope you'll forgive this note, as I know a museum director has far more important matters than my little proposal.", "self-abasement"),
   ("N", "The Dickens figure in your east gallery has a hairline crack running from the temple to the jaw, which is why the face has started to sag in the summer heat.", "insight the prospect did not have"),
   ("T", "I've written up a restoration plan, and I'd be so grateful if you could look at it, only whenever suits, no urgency of any kind.", "plan offer plus minimising and permission-begging")],
  [("ST", "It would honestly mean so much to me, as my little studio has been struggling and a museum name would help us enormously.", "pleading for the seller's own sake (rule 15)"),
   ("N", "The plan covers the crack, the glass eyes and re-rooting the hair along the parting, using the 1931 photographs in your archive.", "concrete scope")])

# 38
email("town crier hire for the kelthorpe charter day", "chatty", "A crier for the 750th!", "Hi Debbie,", "Hear ye,\nBarry",
  [("N", "Brilliant news that Kelthorpe's marking 750 years of its market charter!", "pleasantry"),
   ("S", "I'm the reigning national town crier champion, I've cried for two prime ministers, and I've been on telly twice.", "titles and name-dropping"),
   ("N", "For the opening proclamation at 11, I'd write a cry that names the 1276 charter and the families who ran the first stalls.", "tailored idea")],
  [("HT", "My usual fee is £350, but seeing as it's you, I'll do it for £200 if you confirm by tomorrow lunchtime.", "fee plus a discount tied to the seller's date"),
   ("H", "I've the 11 o'clock slot free on the day, and Market Harborough and Oakham have both booked me already, so Kelthorpe really can't be the town that didn't bother.", "availability plus peer shaming"),
   ("T", "I'll record a sample cry for you on Friday, and if it's not your cup of tea, bin it and forget I ever wrote.", "sample offer plus pre-emptively releasing the prospect")])

# 39
email("vinery restoration for the hexley hall estate", "warm", "The vinery plan", "Dear Mrs Hexley,", "Warmest wishes,\nRosalind Cole",
  [("N", "So sorry to hear about your husband's operation; I hope the recovery is going smoothly.", "sympathy"),
   ("N", "What a joy it was to see the vinery on Thursday, even under all that ivy.", "pleasantry"),
   ("N", "The old Black Hamburg vine is still alive at the root, and with careful pruning it could be fruiting again within two seasons.", "insight tied to the prospect's garden")],
  [("N", "Sorry for the slow reply, our van broke down on the way back from a job in Wales and I lost two days.", "borderline: single courtesy apology for a real delay, with the reason"),
   ("N", "I've attached a phased plan that starts with reglazing the south side, which keeps the first year within the £12,000 you mentioned.", "attachment fitted to the prospect's budget"),
   ("N", "Would you like to walk the plan through with your head gardener on the 2nd?", "clear next step")])

# 40
email("water refill stations for the tenby food festival", "blunt", "Refill stations", "Owen,", "Amira",
  [("N", "Thanks for the call on Monday.", "courtesy"),
   ("N", "Your own figures say last year's festival handed out 14,000 plastic bottles over three days and paid £2,100 to have them hauled away.", "figures from the prospect's own data"),
   ("S", "Our stations have won the Green Events award two years running and we're backed by the same investors as half the big names in clean tech.", "award and investor boast")],
  [("N", "The launch price of £600 for the season ends on 31 January, when our filter supplier's prices go up.", "borderline: factual price expiry stated once with its reason"),
   ("H", "The booking form is attached, and I'll take it the festival is in unless I hear otherwise by Friday.", "attachment plus silence taken as a yes"),
   ("HS", "I want your sign-off this week, because I've promised my team lead a festival client before our board meeting.", "signing date set by the seller's promise to their lead (rule 16)"),
   ("ST", "A short testimonial would help me massively, and I'd knock £100 off for one.", "borderline: discount offered for a personal favour (rule 7)")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s113e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s113-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed113: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the thirteenth session) from the labelling guide alone, after that session's last model change (sentences\nwritten inside whole emails counting twice in training), and measured first in that session on that model (rules +\nmodel macro-F1 0.957: hard_close 0.946, self_serving 0.958, timidity 0.968; 1 of 104 clean sentences flagged; email\nagreement 1.000 / 0.975 / 0.950).\n")
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
    R.append("- Every third email (s113e003, s113e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
