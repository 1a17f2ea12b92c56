#!/usr/bin/env python3
"""Build sealed73: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("marquee hire for the cricket club centenary", "chatty", "Marquee for the centenary weekend", "Hi Graham,", "Cheers,\nDanny",
  [("N", "Great to finally speak on Tuesday about the centenary weekend.", "pleasantry"),
   ("S", "We've put up marquees for three royal garden parties, two county shows and a Formula One hospitality village, so you're in very safe hands.", "generic boast of prestige jobs"),
   ("HS", "I've attached the layout for the 12 by 30 metre frame you asked about, and honestly after redrawing it four times over my weekend I'd expect at least a yes or no by Friday.", "attachment plus seller's weekend effort used as guilt for a reply (rule 15)")],
  [("T", "If the price looks steep I'm really sorry, it's just what the frames cost to truck up.", "cost explanation plus apology for the price"),
   ("H", "The 12 by 30 is the only frame we have free that weekend and I've got two weddings circling it, so don't sit on this.", "frame availability plus scarcity with rival buyers and a push"),
   ("N", "The ground needs to be dry enough for the trackway by the 20th, so I'll check the forecast with your groundsman that week.", "logistics; 'needs' is a site prerequisite")])

# 2
email("meadow hay for the riding school", "formal", "Meadow hay for the winter", "Dear Mrs Okafor,", "Yours sincerely,\nHugh Penrose\nPenrose Farms",
  [("N", "Thank you for your enquiry regarding meadow hay for the winter months.", "courtesy"),
   ("S", "Delivery is free within ten miles, and I might add that our hay has taken the championship at the county show six years running.", "free delivery plus award boast"),
   ("N", "Our second cut from the river fields tested at 9.5 MJ energy and low sugar, which suits the older ponies you mentioned with a history of laminitis.", "product value tied to the prospect's ponies")],
  [("H", "The quote for 220 small bales is enclosed, and I should say that hay of this quality will not be around for long, so a prompt decision would be wise.", "quote plus scarcity with no date"),
   ("H", "Most of the yards in the valley placed their orders in August and are well stocked by now, and I would hate to see your horses go short.", "peers already bought, used to shame"),
   ("N", "Delivery can be made on a Tuesday or Thursday morning to suit your turnout routine.", "logistics")])

# 3 (curly)
email("microphones for the council chamber", "warm", "Chamber microphones", "Hi Priya,", "Warmly,\nJo",
  [("N", "Hope the budget meeting went better than you feared!", "pleasantry"),
   ("T", "I've attached the wiring diagram, and I'm sorry it's such a long document to wade through.", "attachment plus apology for length"),
   ("S", "I'm genuinely so excited about this one, it's the kind of install our whole team loves bragging about.", "rep's excitement and bragging, no buyer value")],
  [("S", "The gooseneck units I quoted pick up clearly at 40 cm, which fixes the problem with councillors leaning in, and they also come with Dante networking, PoE, AES67, automatic camera tracking, voting buttons, an app and a cloud dashboard.", "product detail plus an untied feature list"),
   ("T", "I could come in on Thursday to test the room, but only if that's not a bother, and honestly whatever suits you is fine.", "meeting ask plus permission-begging"),
   ("N", "The chamber's acoustic panels are already good, so we would not need to add treatment.", "insight that saves the prospect money")])

# 4 clean
email("mooring chains for the marina", "terse", "Chains, pontoons D and E", "Ellis,", "Rob",
  [("N", "Chains for pontoons D and E: 19 mm stud link, galvanised, 42 lengths.", "spec"),
   ("N", "Your harbour master said the lift window is low water on 3 March, so we'll have the barge on site from 06:00.", "the prospect's own date"),
   ("N", "The galvaniser is raising zinc prices from 1 February because of their energy contract, so this quote holds until 31 January.", "borderline: price expiry stated once with a supplier's reason (rule 4)"),
   ("N", "Want me to add swivels for the outer moorings, or are you reusing the old ones?", "plain question")])

# 5
email("mosaic repair at the swimming baths", "very deferential", "Tiled frieze survey", "Dear Ms Lindqvist,", "With my humble thanks,\nMarco Bellini",
  [("T", "I am so very sorry to trouble you again, and I do hope you will forgive me for writing.", "self-abasing apology for normal follow-up"),
   ("T", "I was only wondering whether perhaps you might possibly have had a chance to look at the survey of the tiled frieze, if it is not too much of an imposition.", "survey reference plus stacked hedges and permission-seeking")],
  [("N", "The survey found about 600 loose tesserae along the shallow end, mostly where the grout has failed beside the overflow channel.", "concrete finding for the prospect"),
   ("ST", "It would be such an honour for my small firm to work on a frieze this old, and it would help me enormously.", "pleading for the seller's own benefit (rule 15)"),
   ("T", "The quote is £8,400, though I can easily take a thousand off if that would make things easier for you.", "price plus unprompted discount"),
   ("T", "Please don't feel any obligation whatsoever, I would completely understand if you chose someone else.", "pre-emptively releasing the prospect")])

# 6 (curly)
email("name badges for the nursing conference", "blunt", "Delegate badges", "Hi Sandra,", "Steve",
  [("N", "Badges for 1,100 delegates, magnetic backs, printed in full color, per your spec.", "spec"),
   ("H", "Lanyards in your conference colours are included, and if I don't have the names by Thursday noon you'll be handing out sticky labels.", "included lanyards plus an ultimatum with no reason"),
   ("H", "I've already raised the invoice and sent it to your accounts team, so the print slot is secured.", "assumptive invoice before a yes"),
   ("H", "The proof is attached and I'll take your silence by Wednesday as sign-off.", "attachment plus silence-means-yes")],
  [("S", "We print for nearly every big medical conference in the country, it's what we're known for.", "generic boast"),
   ("N", "Your registration closes on the 12th, so the final name list can come to us any time after that.", "the prospect's own date")])

# 7 non-native
email("net curtains for the care home", "non-native English", "Voile curtains for Rosewood House", "Dear Mr Adeyemi,", "Best regards,\nTomasz Wojcik",
  [("N", "Thank you for show me the lounge and the bedrooms last week.", "courtesy"),
   ("H", "The hooks and tracks are included in this price, and the other homes in your group already have our curtains, you are the last one.", "product detail plus peers already bought"),
   ("N", "The voile I propose is flame retardant to BS 5867, which your fire officer ask for in the resident rooms.", "certification the buyer's process requires")],
  [("HS", "Price for 48 windows is £3,960, and please, my manager say he wants this order in the book before end of month, so I need your answer until Friday.", "price plus manager's deadline pressed on the prospect (rule 16)"),
   ("S", "Also my boss is very strict with me on my numbers this year.", "seller's own numbers, no date"),
   ("T", "If the price is problem, you tell me what number is good for you.", "asks the buyer to name the number")])

# 8
email("notice boards for the parish", "chatty", "Lychgate notice board", "Hello Reverend Hale,", "All the best,\nKatie Marsh",
  [("N", "Lovely to meet you at the fete, and the cake stall was a triumph.", "pleasantry"),
   ("T", "The oak case would be £1,150, which I know is a lot for a parish, so I'm happy to drop it to whatever your budget allows.", "price plus caving to the buyer's number"),
   ("S", "We've been making church notice boards since 1921, four generations of the Marsh family at the same bench.", "borderline: heritage line (rule 8)"),
   ("N", "For the lychgate board, I'd suggest the glazed oak case with a lock, because the open one you have now lets the rain soak the rota.", "confident recommendation with the reason")],
  [("S", "If you're happy with it, would you mind writing us a few words for our website and letting us put a photo of the board on our Instagram?", "favours for the seller before anything is delivered"),
   ("S", "I can bring samples on Saturday, and I'd love the chance to show you our entire catalogue of lecterns, hymn boards and memorial plaques while I'm there.", "meeting ask plus showing off the whole range")])

# 9 clean (curly)
email("oak flooring for the boutique hotel", "formal", "First-floor flooring", "Dear Mr Fairbairn,", "Kind regards,\nAlison Reyes",
  [("N", "Thank you for walking me round the first floor on Monday.", "courtesy"),
   ("N", "The moisture readings in the screed were between 4 and 5 per cent, which is too high for solid oak, so I'd recommend an engineered board on this floor.", "expert recommendation backed by evidence"),
   ("N", "Your opening date of 14 May leaves enough time if the boards arrive by 7 April to acclimatise for ten days.", "the prospect's own date")],
  [("N", "Apologies for the late quote; our sample supplier sent the wrong grade and I wanted you to see the right one.", "borderline: single courtesy apology for a real delay, with the reason (rule 3)"),
   ("N", "Would Thursday at 11 suit you to choose between the two finishes in the room itself?", "clear next step with a time")])

# 10
email("office plants for the Harcourt building", "warm", "Plants for the atrium", "Hi Tamsin,", "Speak soon,\nBella",
  [("N", "Thanks for the tour, the atrium is a gorgeous space.", "pleasantry"),
   ("S", "We just picked up Best Interior Landscaper at the regional green business awards, our third trophy this year!", "award boast"),
   ("ST", "I'll be honest, I'm new here and landing the Harcourt account would mean the world to me, so please give us a chance.", "pleading for the seller's own sake (rule 15)")],
  [("N", "Based on the light readings on the north side, I'd go with ZZ plants and pothos there rather than the fig trees.", "expert recommendation from readings"),
   ("H", "I've attached the planting scheme and already booked your first maintenance visit for the 1st, so all I need back is a PO number.", "attachment plus assumptive booking and PO demand"),
   ("T", "The monthly maintenance is £320, and sorry, I know that's probably more than you hoped.", "price plus apology for the price")])

# 11
email("oyster supply for the seafood bar", "blunt", "Rock oysters", "Marcus,", "Jamie",
  [("N", "Following up on the tasting at your bar on Friday.", "single follow-up line"),
   ("S", "Our shucking knives come free with the first order, and in case you didn't know, we supply half the Michelin-starred kitchens in Scotland.", "offer plus name-dropping boast"),
   ("H", "Three oyster bars on your street switched to us this spring, and you're the one still serving the gritty ones.", "peers who switched, used to shame"),
   ("H", "Those Loch Fyne rocks belong on your menu, end of story, there's nothing to think about.", "telling the prospect what he needs, as a directive")],
  [("N", "We deliver Tuesday and Friday by 9 am, packed in seaweed at 2 to 4 degrees.", "logistics"),
   ("H", "I'll put you down for 20 dozen a week starting Monday unless I hear otherwise.", "offer plus assumptive order with silence as consent")])

# 12 (curly)
email("paddleboards for the outdoor centre", "chatty", "Paddleboards for the lake", "Hey Fiona,", "Cheers,\nNiamh",
  [("T", "Me again, only nudging this to the top of your pile on the off chance you've had a minute for the paddleboard quote!", "'just checking in' variant as the purpose"),
   ("N", "The inflatable 10'6 boards pack down to a rucksack, so your instructors can carry eight of them to the lake in one trip.", "product detail tied to the prospect's use"),
   ("HT", "I'll hold the 16 boards for you, and if you confirm by tomorrow I'll chuck in the paddles for free, but after that I can't promise anything.", "hold offer plus a freebie conditioned on the seller's date (rule 7)")],
  [("T", "The price for 16 is £5,280 but honestly I can knock it down to £4,500 if that helps at all.", "price plus unprompted discount"),
   ("S", "Our boards were on the podium at the national sprint champs, and we're sponsored by two Olympians.", "generic boast"),
   ("T", "Honestly, take as long as you like, I'm not fussed either way!", "minimising, surrenders the next step")])

# 13
email("paint for the lido changing rooms", "formal", "Lido changing rooms: coatings", "Dear Councillor Brandt,", "Yours faithfully,\nGeoffrey Hatton",
  [("N", "Thank you for forwarding the condition report from the pool manager.", "courtesy"),
   ("N", "The chlorinated rubber system we specify is rated for constant humidity, which is why the existing emulsion is peeling above the showers and ours would not.", "'we' but explains the prospect's problem"),
   ("S", "We could start on 3 June when the lido closes for its annual maintenance, and I must say I am very proud of the crew I have built up over my twenty years in charge.", "the prospect's closure date plus the seller's pride")],
  [("HS", "Our regional director has asked me to have this contract signed before our financial year closes on the 31st, so I would be grateful for your approval this week.", "director's year-end as the reason for a dated signature (rule 16)"),
   ("H", "Should I not hear from you, I will raise the matter directly with the Chief Executive of the council.", "bypass threat"),
   ("S", "We are, as you may know, the largest specialist coatings contractor in the south west.", "'largest' boast")])

# 14 clean
email("parquet sanding, Greyfriars school hall", "warm", "Hall floor", "Hi Mr Osei,", "Best wishes,\nOlu",
  [("N", "Thanks for sending the photos of the hall floor.", "courtesy"),
   ("N", "The dark patches by the stage look like old water damage, so I'd like to lift two blocks there and check the subfloor before we quote for sanding.", "expert next step from evidence"),
   ("N", "The hall is only free over the October half term, and the lacquer needs five days to cure before the chairs go back, so we'd want to book the crew by mid-September.", "the school's own calendar plus a technical prerequisite")],
  [("N", "Could I come in on Wednesday after school to lift those blocks?", "plain meeting ask"),
   ("N", "Sorry to hear the caretaker has been off ill; I hope he's on the mend soon.", "sympathy")])

# 15 (curly)
email("payroll bureau for the dental group", "very deferential", "Payroll for the six practices", "Dear Dr Rahman,", "With kind regards,\nHelen Dawes",
  [("T", "I hope you don't mind me getting in touch again, and I apologise for any intrusion.", "apology and approval-seeking for a normal follow-up"),
   ("N", "You mentioned your practice managers spend two days a month on payroll across the six practices.", "the prospect's own figure"),
   ("N", "We could take that over completely, including the NHS pension returns.", "'we' but the value is the customer's"),
   ("S", "The first month would be free, and I would be ever so grateful for a testimonial afterwards, as we are trying to build up our website.", "free month plus a testimonial favour for the seller")],
  [("T", "Our fee would be £6 per payslip, although I feel I should apologise, as I know that is not the cheapest.", "price plus apology for the price"),
   ("T", "Perhaps, if it was convenient, we might possibly arrange a short call at some point, but only if you think it worthwhile.", "meeting ask plus stacked hedges"),
   ("T", "If it's not for you, thank you so much for even considering us.", "thanking them for even considering")])

# 16
email("pest control for the bakery", "blunt", "Rodent proofing before your inspection", "Hi Kev,", "Lee\nShieldline Pest Control",
  [("N", "Your EHO inspection is booked for 18 June, so the rodent proofing needs to be finished before then.", "a real external date the prospect already has"),
   ("H", "This is the fourth time I've written about it and I can see you opened every one.", "counting attempts and read-receipt guilt")],
  [("HS", "I've attached the proofing plan again, which took me a full day on site, and frankly I think that effort deserves the courtesy of a reply.", "attachment plus seller's effort as guilt (rule 15)"),
   ("N", "The gaps under the flour store door are big enough for a mouse, and that's the first thing an inspector checks.", "insight tied to the prospect's inspection"),
   ("H", "Our treatment plan covers the flour store, the bins and the loading bay, and I'm telling you it has to be signed today, not next week.", "plan detail plus a same-day directive"),
   ("H", "Any bakery owner who cared about his hygiene rating would have signed this already.", "shaming")])

# 17
email("piano tuning for the music college", "terse", "Quarterly tuning", "Dear Ms Varga,", "R. Kaminski",
  [("N", "Quote attached for quarterly tuning of your 14 pianos.", "attachment"),
   ("S", "We tune for the Royal Festival Hall, Wigmore Hall and four of the big London orchestras.", "name-dropping boast, not tied to the college"),
   ("HT", "Sign by Friday and I'll take 15% off; after that it's full price.", "discount conditioned on the seller's date (rule 7)")])

# 18 (curly)
email("pickleball courts for the leisure centre", "chatty", "Pickleball in your sports hall", "Hi Dom,", "Cheers,\nAsh",
  [("N", "Great chatting at the trade show!", "pleasantry"),
   ("S", "Honestly I'm buzzing about pickleball right now, it's the best thing that's happened to my sales figures in years.", "rep's excitement and own figures")],
  [("N", "Your two unused badminton courts could take four pickleball courts with our roll-out lines, and the sessions you described at £6 a head would pay for the kit within a term.", "value from the prospect's own figures"),
   ("S", "I'd love to come over on the 9th and give you our whole presentation, from the company history to our new franchise model.", "meeting ask plus 'hear our story'"),
   ("HS", "Between us, I'm one booking off a holiday in our sales contest, so getting your order in before the 30th would really sort me out.", "sales contest as the reason for a dated order (rule 16)")],
  [("N", "Either way, I'll send the court layout drawing over tomorrow.", "logistics")])

# 19 clean
email("podcast editing for the law firm", "formal", "Editing for Counsel Notes", "Dear Ms Castellano,", "Kind regards,\nOwen Price",
  [("N", "Thank you for the three episodes you sent over.", "courtesy"),
   ("N", "Episode two runs to 58 minutes, but the listener data you shared shows most people leave at about 30, so I'd suggest splitting the longer interviews into two parts.", "insight from the prospect's own data"),
   ("N", "We can also add chapter markers, which help clients jump to the section on their own issue.", "'we' but the value is the customer's")],
  [("N", "For a weekly episode, our fee is £340 a month, including show notes.", "price stated plainly"),
   ("N", "If it would be useful, I could show you a before-and-after edit of episode two.", "borderline: bare demo offer (rule 9)"),
   ("N", "Would Tuesday at 2 work for a half-hour call?", "clear next step with a time")])

# 20 non-native
email("quilting fabrics for the craft store", "non-native English", "Japanese cotton prints", "Hello Mrs Blackwood,", "Kind regards,\nYuki Tanabe",
  [("N", "I am writing again about the Japanese cotton prints for your shop.", "single follow-up line"),
   ("T", "Sorry, sorry for bother you so many times, I know you are very busy person.", "repeated apology for following up")],
  [("T", "I send you the catalogue again, and if the price is too high, no problem, we can make it 30% less for you.", "attachment plus unprompted discount"),
   ("N", "Your customers who make the sashiko projects will like the indigo range, it is the same weight they use in Japan.", "value tied to the prospect's customers"),
   ("S", "The sashiko thread we also stock, and our company is very famous in Japan, we have a prize from the imperial craft fair.", "product detail plus fame and award boast"),
   ("T", "If you say no, it is okay, I don't disturb you anymore.", "giving up before any answer")])

# 21 (curly)
email("rain gardens for the school car park", "warm", "Rain garden plan", "Dear Mrs Pryce,", "Warm wishes,\nCerys",
  [("N", "It was lovely to see the eco club's drawings of the rain garden.", "pleasantry"),
   ("N", "The county's sustainable drainage grant closes to applications on 30 November, and it would cover up to 70% of the planting.", "borderline: real external grant deadline stated once with the reason (rule 4)"),
   ("S", "Our team has won the Green Flag design prize twice and we've been featured on Gardeners' World.", "award and media boast")],
  [("T", "I've drafted the planting plan, though I'm a bit embarrassed by how rough it is, so please forgive it.", "attachment plus self-abasement"),
   ("H", "With the grant closing on 30 November, I really need you to sign off this week or the whole thing falls through.", "grant date plus urgency language and repetition (rule 4)"),
   ("T", "I could meet you on the 14th to mark out the beds, if you'd be okay with that, no pressure if not.", "meeting ask plus permission-seeking")])

# 22
email("reception desk for the veterinary clinic", "blunt", "Curved reception desk", "Hi Dr Novak,", "Gary\nBench & Board Joinery",
  [("N", "Drawings for the curved reception desk are attached, with the low section for wheelchair users at 760 mm.", "attachment with a spec"),
   ("H", "Your clinic frankly needs a desk like this, the one you've got makes the whole place look tired.", "'needs' as a directive with a put-down"),
   ("H", "The solid surface top wipes down easily after animals, and we've only got two slabs left in this color, with another practice asking about them.", "product detail plus scarcity and a rival buyer")],
  [("H", "To hold the slab I'll need the 40% deposit today, card details by return please.", "payment demand before a yes"),
   ("N", "Installation takes one day and we can do it on a Sunday when the clinic is closed.", "logistics for the prospect"),
   ("S", "The quote includes cable management for your two PCs, and we're proud to say we've fitted out more than 300 practices, including the royal stables.", "quote plus generic boast")])

# 23
email("rope access inspection of the boiler house chimney", "formal", "Chimney inspection: quotation", "Dear Mr Lutz,", "Yours sincerely,\nAnnika Sorensen",
  [("N", "Further to our site visit, I enclose the quotation for the rope access inspection of the boiler house chimney.", "attachment"),
   ("N", "Your insurer's letter requires the inspection report by 1 September, so we have pencilled in the week of 4 August, which leaves time for any remedial works to be quoted.", "external date the prospect already has")],
  [("H", "Having been up there, I can tell you that you need our full repair package, not just the inspection.", "borderline: 'you need' directive after a real inspection (rule 6)"),
   ("T", "The inspection fee is £2,850, and I do apologise that it is not lower.", "price plus apology for the price"),
   ("S", "Our rope access team has more than 40,000 hours on tall structures and holds every accreditation going.", "generic credential boast"),
   ("HS", "I would be grateful if you could sign the quotation before the month is out, as my managing director reviews my conversion rate at each month end.", "signature ask plus MD's review as the reason for a date (rule 16)")])

# 24 clean (curly)
email("sail repair for the yacht club", "chatty", "Your mainsails", "Hi Mags,", "Cheers,\nPete",
  [("N", "Thanks for dropping the mainsails off on Saturday.", "courtesy"),
   ("N", "Two of them have UV damage along the leech, so I'd replace the sacrificial strip rather than patch it, or it'll tear again by August.", "expert recommendation with the reason"),
   ("N", "The third one just needs new batten pockets.", "one harmless 'just'")],
  [("N", "All three would be £610 and ready by the 28th, in time for your regatta on 2 May.", "price and the prospect's own date"),
   ("N", "I'll ring you on Thursday to see which option you'd like for the two with UV damage.", "single follow-up with a date")])

# 25
email("scaffolding for the chapel repointing", "blunt", "Re: bell tower scaffold", "Dear Father Doyle,", "Regards,\nBrendan Quinn",
  [("N", "I understand from your email that the parish council chose another scaffolder.", "acknowledges the decision"),
   ("HS", "After I spent two evenings measuring the bell tower for you free of charge, I'll be honest that a one-line rejection stung.", "seller's effort and hurt as guilt after a decision (rule 15)"),
   ("H", "I'll be at the chapel after Sunday Mass to talk it through with the council face to face.", "turning up uninvited after a no"),
   ("H", "I'd have thought a parish that preaches fair dealing would at least have given me the chance to match the price.", "sarcastic shaming")])

# 26
email("school photography, autumn term", "warm", "Autumn photos", "Dear Mrs Achterberg,", "Best wishes,\nLaura",
  [("N", "Thank you for sending the dates for the autumn photos.", "courtesy"),
   ("N", "Your first choice of 23 September works for us, and we'd photograph the reception classes first while they're still fresh.", "the prospect's own date")],
  [("S", "We've been voted Photographer of the Year by the regional schools guild three years running!", "award boast"),
   ("H", "The booking form is attached, and the other three schools in your trust have already signed up for this year, so I'd hate you to be the odd one out.", "attachment plus peers shaming"),
   ("ST", "If you'd be happy for us to use your school as a case study on our website, we could take 10% off the package.", "borderline: discount offered for a case study (rule 7)"),
   ("S", "Could you also pass our details to the other heads in your trust, as referrals really help our little business?", "referral favour for the seller")])

# 27 (curly)
email("stage lighting for the amateur dramatics society", "chatty", "LED lanterns for the hall", "Hi Bev,", "Thanks,\nMo",
  [("T", "Sorry for chasing again, I know I'm probably being a pain!", "apology for following up"),
   ("N", "The LED fresnels would cut your power draw by about 80%, which means you could stop tripping the hall's fuse in the interval.", "value tied to the prospect's problem")],
  [("HT", "If your committee agrees it at Thursday's meeting I'll throw in the dimmer desk for free, but the offer goes after that.", "offer of a free desk plus a condition on the seller's date (rule 7)"),
   ("H", "The Playhouse Players and Riverside Rep have both gone LED already, so you'll look a bit behind the times at the festival.", "peers who switched, used to shame"),
   ("S", "I can lend you a fresnel for the dress rehearsal, and honestly we're the best-reviewed lighting hire firm in the county, so you can't go wrong.", "loan offer plus ranking boast"),
   ("N", "I can bring a fresnel to your rehearsal on Monday so the lighting team can try it.", "concrete next step")])

# 28
email("solar carports for the Fenwick Road depot", "formal", "Solar canopy for the staff car park", "Dear Mr Whitcombe,", "Yours sincerely,\nCharlotte Weir",
  [("S", "I am delighted to share that Helios Canopy has just closed its Series B, led by two of Europe's leading climate investors.", "investor boast"),
   ("S", "Our canopies feature bifacial panels, integrated LED lighting, rainwater harvesting, EV chargers, ANPR cameras, digital signage and a smart energy portal.", "feature list with no outcome")],
  [("N", "Using the half-hourly meter data you sent, a 220 kW canopy over the staff car park would cover about 31% of the depot's daytime load.", "figure from the prospect's own data"),
   ("T", "I enclose the layout, and I am sorry to have written at such length.", "attachment plus apology for length"),
   ("N", "The network operator's current grid connection offer lapses on 15 March, after which the application has to start again.", "borderline: real external deadline with the reason (rule 4)"),
   ("HS", "I would welcome a meeting in the next fortnight, not least because I have committed this deal to our board for the quarter.", "meeting ask plus the seller's board commitment as the reason for a time frame (rule 16)")])

# 29 clean
email("spa robes for the Lakeside hotel", "warm", "Robes: waffle or terry", "Hi Ingrid,", "Best,\nMarta",
  [("N", "Thank you for sending the robe samples back, and for the notes from your housekeeping team.", "courtesy"),
   ("N", "They're right that the waffle weave dries faster, which matters with your laundry running at capacity on weekends.", "value tied to the prospect's operation"),
   ("N", "For 300 robes in the waffle the price is £18.40 each, and if you commit to a two-year supply we can hold that at £16.90.", "concession traded for a longer term")],
  [("N", "Sorry to hear about the flood in the basement; I hope the laundry is back up and running soon.", "sympathy"),
   ("N", "I'll follow up on Monday with the embroidery proofs for your logo.", "single follow-up with a date")])

# 30 non-native (curly)
email("tack room lockers for the livery yard", "non-native English", "Lockers for the tack room", "Dear Miss Harrington,", "Best regards,\nLukas Brenner",
  [("N", "Thank you for the meeting at your yard on Saturday.", "courtesy"),
   ("H", "I already book the fitting team for 2 October, so you only must send the payment and we start.", "assumptive booking and payment before a yes"),
   ("S", "The price is £185 per locker, and I must tell you my boss gives me a bonus for each yard I bring, so it is important for me.", "price plus the seller's bonus, no date"),
   ("H", "The lockers are galvanised steel with ventilation for wet rugs, and really you must order now, because after this month maybe is never.", "product detail plus now-or-never")],
  [("N", "Each locker has hooks for two bridles and space under for boots.", "product detail"),
   ("T", "I attach the brochure, and again sorry, sorry for take your time.", "attachment plus repeated apology for normal selling"),
   ("S", "We are number one tack locker company in Europe, with 25 years experience.", "ranking and years-in-business boast")])

# 31
email("tea supply for the tearooms", "very deferential", "Darjeeling for your afternoon teas", "Dear Mrs Pennington,", "Yours most sincerely,\nArthur Lowe",
  [("T", "I do hope you won't think me too forward in writing to you directly.", "approval-seeking for normal selling"),
   ("N", "Your afternoon tea menu lists an Assam and a Darjeeling, and our second flush from the Makaibari estate would suit the lighter cakes you serve.", "value tied to the prospect's menu")],
  [("T", "I have enclosed a sample tin, and if you have any spare moment at all, I would be so grateful if you might consider trying it.", "attachment plus permission-begging"),
   ("S", "It would mean a great deal to me personally, as this is my first season running the business since my father retired.", "seller's personal stake, no demand (rule 15)"),
   ("T", "Should the price be at all a concern, please simply tell me what you would be comfortable paying.", "asks the buyer to name the number")])

# 32
email("theatre seating reupholstery", "blunt", "Stalls seating quote", "Nadia,", "Rich",
  [("N", "Here's the quote for reupholstering the 412 seats in the stalls.", "attachment"),
   ("S", "The fabric samples are attached, and we did the seats at the Royal Albert Hall and the Old Vic, so we know what we're doing.", "attachment plus name-dropping"),
   ("N", "The foam in rows A to F has collapsed, which is why patrons complain about the front rows.", "insight into the prospect's problem"),
   ("H", "Frankly, if you don't get this booked in now, you'll be sitting on the same saggy seats in ten years.", "now-or-never")],
  [("HS", "I've turned down two other jobs to keep January free for you, so I'm going to need a yes by Monday.", "seller's sacrifice as guilt, with a date"),
   ("N", "The fabric you chose is Crib 5 rated, which your licence requires for public auditoria.", "certification the buyer's licence requires")])

# 33 (curly)
email("tree surgery for the golf club", "chatty", "Ash by the 7th green", "Hi Callum,", "Cheers,\nDev",
  [("T", "Thought I'd float this back up to see if you'd had any thoughts on the tree work yet!", "'just checking in' variant as the purpose"),
   ("N", "The ash by the 7th green has dieback in about half the crown, so it should come down before it drops limbs on players.", "expert recommendation from inspection"),
   ("HS", "The dieback survey is attached, and after I gave up a whole Saturday for it unpaid, I think I've earned a straight answer this week.", "attachment plus seller's sacrifice as guilt for an answer (rule 15)")],
  [("T", "We'd do it for £2,200, though I'd totally understand if you wanted to go cheaper elsewhere, and I could probably match anyone.", "price plus caving before any objection"),
   ("ST", "Work's been really slow for us this winter, so any job at all would help keep my lads busy.", "pleading for the seller's own sake"),
   ("N", "We can work on a Monday when the course is closed.", "logistics")])

# 34 clean
email("uniforms for the Coastline bus drivers", "formal", "Driver uniforms", "Dear Mr Hargreaves,", "Yours sincerely,\nPriyanka Shah",
  [("N", "Thank you for the sizing spreadsheet for your 260 drivers.", "courtesy"),
   ("N", "The drivers' survey you shared names heat in the cabs as the top complaint, so I've specified the lighter polycotton shirt with a vented back.", "recommendation from the prospect's data"),
   ("N", "Your new livery launches on 1 June, and we'd need the final colour sign-off by 10 April to make that date.", "the prospect's own date and a lead time")],
  [("N", "Just a note that the price includes name embroidery on every shirt.", "one polite 'just'"),
   ("N", "Could we have a 30-minute call on Friday to go through the fitting days at each depot?", "clear next step")])

# 35
email("upholstery cleaning for the cinema", "warm", "Seat cleaning, screens 1 and 2", "Hi Shaun,", "Thanks,\nAbbie",
  [("N", "Good to see you at the cinema on Tuesday.", "pleasantry"),
   ("S", "We're the fastest-growing cleaning brand in the north, with a 4.9 rating from over 2,000 reviews!", "growth and ratings boast")],
  [("S", "The quote for the 180 seats in screens 1 and 2 is attached, and my area manager is keen for us to land a cinema so he can put it in our brochure.", "quote plus the manager's wish, no date"),
   ("HS", "It would really get me out of a hole if you could confirm before my month closes on Friday.", "favour phrasing with a seller-driven deadline (rule 16)"),
   ("T", "We can start on the Monday, and I'm so sorry for rushing you like this.", "start date plus apology for the rush"),
   ("N", "We use a low-moisture method, so the seats are dry before your first screening at noon.", "value tied to the prospect's schedule")])

# 36 (curly)
email("vending machines for the sixth form college", "chatty", "Common room vending", "Hi Mr Greaves,", "Cheers,\nKyle",
  [("N", "Thanks for getting back to me about the common room.", "courtesy"),
   ("N", "You said you'd decide after the governors meet on the 19th, so I'll hold the machine until the 20th.", "the prospect's own date")],
  [("H", "Mind you, every other college in the trust has had one of our machines since September, so your students have been missing out.", "peers already bought, used to shame"),
   ("H", "Each week without it is about £150 of snack money walking out to the corner shop, and you won't see that back.", "borderline: cost of delay with a plausible number, used to push (rule 5)"),
   ("H", "I've put the contract in the post with a prepaid envelope, and I'll phone your principal directly if it isn't back by the 19th.", "contract plus bypass threat"),
   ("N", "The machine takes card and phone payments, so there's no cash to count.", "product detail")])

# 37
email("veterinary x-ray unit", "formal", "Digital radiography", "Dear Dr Abernethy,", "Kind regards,\nSimon Clarke",
  [("N", "Thank you for your questions about the digital radiography system.", "courtesy"),
   ("N", "The detector resolution is 3.5 lp/mm, which is enough for the dental views you mentioned doing in cats.", "spec tied to the prospect's use"),
   ("H", "Our engineer can install on the 14th, and I'll need your card details today to secure that date.", "install date plus payment demand before a yes")],
  [("T", "On the discount you asked about, I'm afraid that's above my level, so I'll need to see what my sales director says.", "deferring on a discount"),
   ("T", "In the meantime, the list price is £38,500, and I'm sorry it's such a big number.", "price plus apology for the price"),
   ("HT", "If you can give me the go-ahead by the end of this week, I'm fairly sure I can shave another £2,000 off.", "discount conditioned on the seller's date (rule 7)")])

# 38
email("violin strings for the youth orchestra", "non-native English", "Strings for the new season", "Dear Mr Petrov,", "Best regards,\nGiulia Ferraro",
  [("N", "Thank you for your order of last year, I hope the strings were good for the young players.", "courtesy"),
   ("N", "For the new season, the synthetic core strings keep the tune better when the rehearsal room is cold, like you told me.", "value tied to the prospect's room"),
   ("H", "The strings are in stock now, and you must order before Friday or the price goes up, this is last chance.", "stock detail plus a 'last chance' deadline")],
  [("S", "Our workshop is the oldest string maker in Cremona, three hundred years of tradition.", "'oldest' ranking boast"),
   ("S", "If the players were happy, maybe you can write a small review for our shop page?", "borderline: review asked of a customer after value was delivered (rule 10)"),
   ("T", "I am sorry if this email is too long for you.", "apology for the length"),
   ("T", "The price list is attached, and if it is too expensive I can ask my director for special price.", "attachment plus deferring a discount to the director")])

# 39 clean (curly)
email("wine list consultancy", "chatty", "Your red list", "Hi Rosa,", "Cheers,\nBen",
  [("N", "Loved the new menu, the lamb dish especially.", "pleasantry"),
   ("N", "Looking at the sales report you sent, your three cheapest reds make up 60% of bottles but the margin on them is thin.", "insight from the prospect's own data"),
   ("N", "I'd swap two of them for a Portuguese red and a Languedoc at the same shelf price with about 12% better margin.", "confident recommendation")],
  [("N", "I know you're flat out before the Christmas bookings, so I'll keep the tasting to 40 minutes.", "respects the prospect's time without apology"),
   ("N", "Does next Tuesday at 3 work for you and Luca?", "clear next step")])

# 40
email("yoga mats for the wellbeing programme", "blunt", "Mats for the lunchtime classes", "Hi Jess,", "Cheers,\nMatt",
  [("N", "Thanks for the call yesterday.", "courtesy"),
   ("N", "For the 150 mats you asked about, the natural rubber ones are £24 each and the TPE ones are £15.", "price the prospect asked for"),
   ("H", "They're in stock for next-day delivery, and honestly your team can't do without these, so no more thinking about it.", "stock detail plus telling the prospect what they need")],
  [("HST", "Look, my quarter shuts tonight, so if you sign today I'll knock a fifth off, it'd save my bonus.", "discount tied to the seller's quarter-end date (rules 7, 16)"),
   ("H", "I'll call you again this afternoon, and tomorrow, and I'll text you too, until we've got this done.", "multi-channel badgering"),
   ("N", "The rubber mats don't slip when people sweat, which was the main complaint from your lunchtime class at the fitness center.", "value tied to the prospect's complaint")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s73e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s73-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed73: held-out sales emails for the Poise tone coach\n")
    R.append("> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on\n7 December (early in the tenth session) from the labelling guide alone, blind to that session's Apply changes,\nwhich it was written to judge, and measured first on the model and rules of that session (rules + model macro-F1 0.898:\nhard_close 0.915, self_serving 0.867, timidity 0.911; 3 of 104 clean sentences flagged; email agreement 1.000 / 0.900 /\n0.975).\n")
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
    R.append("- Every third email (s73e003, s73e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
