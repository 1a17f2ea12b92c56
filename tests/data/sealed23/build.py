#!/usr/bin/env python3
"""Build the sealed23 evaluation set (sales emails for the Poise tone coach).

Every sentence below was written by hand from the labelling guide alone.
Each sentence is (code, text, note, mixed):
  code  : N (NONE) or any of H / S / T (hard_close / self_serving / timidity)
  note  : short reason; a note starting with "borderline:" marks a borderline-rule decision
  mixed : True when the fault sits in one clause beside a legitimate point the rep must keep
Email labels are derived with the guide's email-level scale (no hand overrides).
Every third email (3, 6, 9, ...) uses curly apostrophes throughout.
"""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

EMAILS = []


def email(subject, salutation, signoff, industry, register, paras, **meta):
    EMAILS.append(dict(subject=subject, salutation=salutation, signoff=signoff,
                       industry=industry, register=register, paras=paras, **meta))


def s(code, text, note, mixed=False):
    return (code, text, note, mixed)


# ---------------------------------------------------------------- 1
email("Willow and seagrass coffins for Hartley & Daughters", "Dear Mrs Hartley,",
      "Warm regards,\nElspeth Marrow\nWillowcraft Coffins",
      "woven coffins for a family funeral director", "warm", [
    [s("N", "Thank you for showing me round the chapel of rest on Tuesday; it was lovely to see how much care goes into every detail.", "pleasantry"),
     s("H", "As you asked, I've attached the sizing chart for the willow range, including the extra-long 2.1 m model, and I've slipped an order form in too so your first six can go on next week's van.", "requested attachment kept; order form and delivery booked before any yes is assumptive", True)],
    [s("S", "Our weavers hold a royal warrant and have been shortlisted for every green funeral award going.", "generic credentials not tied to the funeral home's needs"),
     s("T", "The seagrass model is £289 as you requested, though honestly I'd happily drop it to £250 if that makes things easier for you.", "the price she asked for is kept; unprompted, unconditional discount", True)],
    [s("N", "Families choosing natural burial usually want to see one in person, so a display coffin in your arrangement room tends to answer most questions before they're asked.", "insight tied to the prospect's families"),
     s("T", "Would Thursday the 14th suit for me to bring the display model over, though only if you can spare the time and I'm not in your way?", "meeting ask kept; permission-seeking and minimising added", True)],
])

# ---------------------------------------------------------------- 2
email("Projection mapping for the Town Hall centenary", "Dear Mr Okonkwo,",
      "Yours sincerely,\nDr Imogen Vale\nHead of Public Commissions, Lumen & Stone",
      "architectural projection mapping for a borough council", "formal", [
    [s("N", "Further to your tender notice, please find our method statement and indicative costs attached.", "logistics"),
     s("N", "The façade survey you shared shows the clock bay sits 40 cm proud of the main wall, so we would build the content around that relief rather than projecting onto a flat plane.", "insight from the prospect's own survey")],
    [s("S", "The attached storyboard follows your heritage officer's brief, and our studio has mapped more than 300 buildings on four continents, including at the Venice Biennale and Vivid Sydney.", "storyboard kept; generic portfolio boast", True),
     s("H", "Your centenary falls on 9 October, and unless the order is placed this month we will most likely release your projector allocation to another city that is eager to take it.", "the council's own date kept; manufactured scarcity", True),
     s("H", "Several councils in your region have already committed to us for their winter programmes, and it would be a shame to see Ashworth left as the only one still deliberating.", "peers-already-switched shaming")],
    [s("H", "I would welcome a short call with your events team in the week of 15 June to agree the content brief, and I have taken the liberty of asking our finance office to raise the deposit invoice in the meantime.", "meeting ask kept; invoice raised before a decision is assumptive", True)],
])

# ---------------------------------------------------------------- 3 (curly)
email("Reeds for the band's new season", "Hi Callum,",
      "Cheers,\nRory\nGlenmorrow Reeds",
      "bagpipe reeds for a pipe band", "chatty", [
    [s("N", "Great to hear the band made it through to the Grade 2 final, well done to everyone!", "pleasantry"),
     s("T", "I've set aside the twelve medium-hard chanter reeds you asked for, and I'm sorry, I know reeds aren't cheap and I feel awful even sending a price over.", "reserved reeds kept; apologising for the price", True),
     s("T", "Postage is free on orders over £50, and if it helps at all I could do the whole lot at cost, or you could just tell me what you're comfortable paying.", "postage fact kept; unprompted discount plus name-your-number", True)],
    [s("S", "Our drone reeds are the ones the world champions play, we've been making them since 1952, and we ship to 40 countries.", "generic boast: champions, years in business, reach"),
     s("S", "Let me know the address for the band hall and I'll get them in the post on Monday, and if you could give us a shout-out on the band's Facebook page that'd be a massive help to us.", "delivery logistics kept; asks a promotional favour for the seller", True)],
    [s("S", "P.S. Between you and me, a big band order like yours would just about make my year.", "the seller's own stake, no date or demand: self_serving only (rule 16)")],
], curly=True)

# ---------------------------------------------------------------- 4
email("Lanyards + badges, CardioSummit", "Hi Dana,",
      "Thanks,\nMarcus\nLoopline Lanyards",
      "conference lanyards and badges for a medical congress", "terse", [
    [s("N", "Quote attached for 2,400 recycled-PET lanyards with breakaway clips, per your spec.", "logistics"),
     s("H T", "The quote's valid to the 20th, and sign by the 15th and I'll take 15% off it.", "quote validity kept; discount conditioned on the seller's date with no seller reason: hard_close + timidity (rule 7)", True),
     s("H", "Badge proof is attached too, so send the PO and a card number today and I'll lock the run in.", "proof kept; payment details demanded before a yes", True),
     s("H", "Everyone else on your speaker circuit is already using us, so don't be the show with the flimsy lanyards.", "competitors-already-bought shaming")],
    [s("N", "Need the final attendee count for badges by Aug 1, since your registration closes that day.", "borderline: the date is the prospect's own registration close (rule 4)"),
     s("S", "Full disclosure, my director has flagged CardioSummit as the account that makes or breaks my month.", "seller's own need with no date or demand: self_serving only (rule 16)")],
])

# ---------------------------------------------------------------- 5
email("Demountable flood barriers, Riverside Walk", "Dear Ms Pennington,",
      "With kind regards and my thanks,\nHugh Allardyce\nFloodwall Systems Ltd",
      "demountable flood barriers for a county council", "very deferential", [
    [s("T", "I do hope you will forgive me for writing once more, and I am so sorry if my earlier emails were an imposition.", "apologising for following up, self-abasing"),
     s("T", "I wondered whether, should it ever be convenient, your team would perhaps entertain a short site visit.", "the site-visit ask is kept but buried in stacked hedges", True)],
    [s("N", "The Environment Agency's revised flood map puts 34 properties on Riverside Walk inside the 1-in-100 zone, which is exactly the gap our 1.2 m barrier is designed to close.", "value tied to the prospect's risk"),
     s("N", "The grant window for the flood resilience fund closes on 31 March, so any bid would need the barrier specification before then.", "borderline: real external deadline stated once with its reason (rule 4)")],
    [s("T", "I've attached the load-test certificates, and I hope it was all right to send them without being asked.", "attachment kept; seeks approval for normal selling", True),
     s("T", "Please don't feel under any obligation, and do simply set this aside if it's of no use to you.", "minimising, inviting the prospect to discard it")],
])

# ---------------------------------------------------------------- 6 (curly)
email("Mobile X-ray for your six homes", "Paul,",
      "Dev Sandhu\nRadiCare Mobile",
      "mobile X-ray service for a care-home group", "blunt", [
    [s("N", "Your residents are being sent to A&E for X-rays about nine times a month across the group, going by the figures your clinical lead sent.", "insight from the prospect's data"),
     s("N", "Each of those trips costs a carer's shift and, worse, puts a frail resident through a four-hour wait on a trolley.", "cost of the status quo stated as information (rule 5)")],
    [s("H", "Frankly, a group your size can't afford to be without us any longer, so let's stop going back and forth.", "telling the prospect what they need, no analysis in the sentence (rule 6)"),
     s("H", "I've pencilled in the onboarding call with your home managers for Monday, so send me your accounts contact and we'll get the first invoice raised.", "onboarding and invoice assumed before a yes"),
     s("H", "The inspection report you forwarded mentions the A&E transfers, and I met your regional director at the care conference, so if Friday passes without a word I'll pick this up with her directly.", "report detail kept; threat to go over his head", True)],
    [s("H", "The sample contract is attached if you'd like your legal team to read it, though honestly legal can go through it after you've signed, it's a formality.", "attachment kept; overrides the prospect's legal review", True)],
], curly=True)

# ---------------------------------------------------------------- 7 (clean)
email("Ocular prosthetics service: answers to the clinic's questions", "Dear Dr Achterberg,",
      "Kind regards,\nSarah Whitcombe\nClinical Services Manager, Iris Ocular Ltd",
      "ocular prosthetics for a hospital eye clinic", "formal", [
    [s("N", "Our ocularists fit a first prosthesis within three weeks of referral, which would bring your current waiting list of eleven patients down to zero by the end of May.", "value tied to the clinic's waiting list"),
     s("N", "The acrylic we use is medical-grade PMMA, and the material certificates your procurement team requested are attached.", "'we' serving the buyer's procurement task")],
    [s("N", "Apologies for the delay in sending these; the certificate for the iris paints had to be reissued by the manufacturer.", "borderline: single courtesy apology for a real delay with the reason (rule 3)"),
     s("N", "Your framework renewal date of 30 June gives us enough time to run a two-month pilot first, if that suits the clinic.", "borderline: the date is the prospect's own (rule 4)"),
     s("N", "Would Wednesday 22 April at 2 pm work for a call with your clinical lead to agree the pilot criteria?", "clear next step with a date")],
])

# ---------------------------------------------------------------- 8
email("Ice bar for the Meridian gala!", "Hey Jordan,",
      "Talk soon,\nBrittany\nCrystal Carve Co.",
      "ice sculpture for a corporate gala", "chatty", [
    [s("N", "So fun talking through the gala theme yesterday, the northern lights idea is going to look amazing carved into a ten-foot ice bar.", "pleasantry tied to the prospect's theme"),
     s("S", "Fun fact, the Midwest Events Guild voted us vendor of the year again, that's three in a row!", "award boast with exclamation"),
     s("H S", "I put something like eleven hours into the mock-up renderings over the weekend, so I'm hoping that counts for something when you make your call.", "seller's effort offered as what the prospect owes a decision for (rule 15)")],
    [s("H", "Heads-up that we only have two freezer trucks free for December 12th and another client is sniffing around one of them.", "the prospect's event date kept; manufactured scarcity", True),
     s("H", "Can you send over the final guest count and the loading-dock hours at the venue, plus the deposit, so the carvers are locked in?", "logistics ask kept; deposit demanded before any yes (assumptive)", True),
     s("T", "Oh and the quote's attached, sorry it's on the pricey side, I can totally shave some off if you need me to!", "quote kept; apology for price plus unprompted discount", True)],
])

# ---------------------------------------------------------------- 9 (curly)
email("Goats for embankment vegetation, line 4", "Dear Mr. Fairbairn,",
      "Best regards,\nTomasz Wiśniewski\nGreenGoat Land Care",
      "conservation goat grazing for a rail operator's embankments", "non-native English", [
    [s("N", "I write you about the vegetation problem on the embankments near Dunholme station which you mentioned at the meeting.", "context, refers to the prospect's problem"),
     s("S", "Our herd of 60 goats can clear bramble on slopes of 45 degree where machines cannot go, and we are the number one grazing company in whole of England, winner of many prizes.", "concrete capability kept; generic ranking and prize boast", True)],
    [s("T", "I am very sorry to write again, I know you are busy man and my emails are maybe too much.", "apologising for following up, self-abasing"),
     s("T", "The price for the first season is £14,200 like you asked, but if this is problem I can make 30% less, no condition, only tell me.", "requested price kept; unconditional discount", True),
     s("S T", "Also my boss tell me this contract is very important for our numbers this year, so please, help me a little.", "pleading for the seller's own sake, no date: self_serving + timidity (rule 15)")],
    [s("N", "The track access permit needs six weeks for approval, so for grazing in April the application must go in by middle of February.", "borderline: real external lead time stated once with the reason (rule 4)")],
], curly=True)

# ---------------------------------------------------------------- 10
email("Backcloths for The Magic Flute", "Dear Hester,",
      "With warmest wishes,\nFenella Drake\nDrake Scenic Studio",
      "painted theatre backcloths for an opera company", "warm", [
    [s("N", "It was a joy to see your design sketches for the Queen of the Night's garden; the indigo gradients will be stunning under your rig.", "pleasantry tied to the prospect's designs"),
     s("N", "We would paint both backcloths on our 18-metre frame, which means no seams running through the sky.", "concrete detail with the prospect's benefit")],
    [s("H S", "I'm attaching the costing you asked for, and to be honest I'd be personally heartbroken if another studio got this one after the months I've spent courting your team.", "requested costing kept; seller's feelings and effort as leverage (rule 15)", True),
     s("S", "We're the studio behind the backcloths at Glyndebourne, the Royal Opera House and the Met, as I'm sure you know.", "name-dropping boast"),
     s("T", "Would it help if I came to the production meeting on the 3rd to talk through the paint samples, or would that be overstepping, I'd hate to be a nuisance?", "meeting offer kept; approval-seeking", True)],
    [s("S", "P.S. If you happen to love the finished cloths, a line from you for our website would mean the world to us.", "testimonial favour asked before any value delivered (rule 10)")],
])

# ---------------------------------------------------------------- 11
email("D400 covers, resurfacing program", "Mr. Reyes,",
      "Ray Kowalczyk\nCitySide Castings",
      "ductile iron manhole covers for a city highway department", "terse", [
    [s("N", "Pricing for 180 D400 ductile covers and frames is attached, delivered to your Lakeview yard.", "logistics"),
     s("N", "Lead time is five weeks, which fits your paving start of July 8.", "the prospect's own start date"),
     s("T", "Honestly the price is probably a bit steep, sorry about that.", "apologising for the price"),
     s("T", "Freight to Lakeview is included, and I'll shave another 12% off on top if it gets the order done.", "freight fact kept; unprompted discount", True)],
    [s("T", "On your net-60 question, I can't answer that myself, my regional manager decides terms, so I'll wait to hear from her.", "deferring a terms question to a manager with no commitment (rule 12)"),
     s("H", "Covers meet EN 124 D400 per your spec, and since my tracker shows you've opened the quote five times, I figure you're ready to order.", "spec compliance kept; read-receipt pressure (rule 13)", True)],
])

# ---------------------------------------------------------------- 12 (curly, clean)
email("Juniper from the autumn harvest", "Hi Ffion,",
      "All the best,\nGiulia\nBotanica Trading",
      "juniper berries for a craft gin distillery", "chatty", [
    [s("N", "Lovely to meet you at the distillers' fair, and thanks for the bottle of sea-buckthorn gin, it didn't last the weekend!", "pleasantry"),
     s("N", "Our Tuscan lot tested at 1.8% oil content, and the lab sheet is attached so your head distiller can compare it with what you're using now.", "'our' serving the buyer's comparison")],
    [s("N", "We hold it at a 25 kg minimum, and on a year's contract of 200 kg or more the per-kilo price drops by 9%.", "borderline: concession traded for volume and term (rule 7)"),
     s("N", "The harvest ships from Livorno in late October, so an order in by 30 September lands it at your door in time for your Christmas batch.", "borderline: real shipping constraint tied to the prospect's own batch (rule 4)"),
     s("N", "Shall I send a 1 kg trial bag so you can run a test distillation next week?", "clear next step")],
], curly=True)

# ---------------------------------------------------------------- 13
email("Signature scent for the Calloway lobbies", "Dear Mr Adeyemi,",
      "Yours sincerely,\nCharlotte Ashby-Reeve\nAccount Director, Aurelle Scent",
      "scent marketing for a hotel group", "formal", [
    [s("N", "Thank you for your time on Monday and for the guest-feedback summary from the three London properties.", "pleasantry"),
     s("N", "Four of the Mayfair reviews mention a stale smell in the lower lobby, and a cedar-led blend would mask it from the first day.", "insight from the prospect's own reviews"),
     s("S", "Our fragrance portfolio comprises 140 proprietary blends, cold-air diffusion, ducted installation, app-based scheduling, refill subscriptions and a dedicated account manager.", "feature list with no link to the prospect's outcome")],
    [s("H", "I understand your brand team is weighing two other suppliers, though I confess I am surprised the Calloway, of all groups, is still deliberating over something its rivals settled years ago.", "shaming with rivals-already-decided"),
     s("H S", "I have prepared the enclosed proposal at your request, and it would reflect rather poorly on me within the firm if it went no further after the hours our perfumer has given it.", "requested proposal kept; seller's standing and effort as guilt (rule 15)", True),
     s("N", "The trial diffusers could be installed at the Mayfair property on 2 June, the date your general manager proposed.", "the prospect's own date")],
])

# ---------------------------------------------------------------- 14
email("Sensory room for Willowbrook", "Dear Mrs Tanaka,",
      "With grateful thanks,\nAmelia Cross\nCalm Spaces Ltd",
      "sensory room fit-out for a special school", "very deferential", [
    [s("T", "It's truly an honour that a school like yours would even glance at our proposal, thank you.", "thanking the prospect for merely considering the seller"),
     s("N", "I've drawn up the layout for the 4 x 5 m room you measured, with the bubble tube in the corner away from the radiator as you asked.", "concrete detail following the prospect's brief"),
     s("T", "The layout also includes a fibre-optic curtain, and I hope it's all right that I added it, please tell me if I've overstepped.", "product detail kept; seeking approval", True)],
    [s("N", "The interactive floor projector responds to movement, so pupils who don't yet use words can still enjoy cause-and-effect play on their own.", "value tied to the school's pupils"),
     s("T", "I'm terribly sorry the quote came out so long, I did try to keep it short.", "apologising for length"),
     s("T", "Would the last week of term suit you for a visit to our demonstration room in Reading, if it isn't too much of an imposition on your time?", "visit ask kept; permission-seeking", True)],
])

# ---------------------------------------------------------------- 15 (curly)
email("Mannequins for the flagship relaunch", "Hi Renata,",
      "Nate Brooks\nFormhaus Mannequins",
      "bespoke mannequins for a department store", "blunt", [
    [s("N", "Your flagship reopens on September 14, which means mannequin molds have to be cut by mid-July.", "borderline: the prospect's own date plus a real production lead time (rule 4)"),
     s("H", "Every big store on Fifth Avenue has moved to our sculpted range already, and yours is starting to look like the holdout.", "competitors-already-switched shaming"),
     s("S", "The sculpted range comes in the size 4 and size 14 fits you asked about, and our collections have won three VMSD awards and been in Vogue twice this year.", "requested sizes kept; award and press boast", True)],
    [s("H", "The finish samples you asked for, matte bone and brushed bronze, went out by FedEx this morning, along with the invoice for the 50% deposit so we can keep your slot.", "requested samples kept; invoice sent before a yes", True),
     s("H", "This is the fourth time I've sent this deck and I can see it's been opened every time.", "counting attempts plus read-receipt (rule 13)"),
     s("N", "Send me the floor plan and I'll mark where each pose works best against your window sightlines.", "plain ask with customer value")],
], curly=True)

# ---------------------------------------------------------------- 16
email("Conveyor belt EP630 for the crusher line", "Dear Mr. Hallworth,",
      "Best regards,\nMiroslav Horák\nBeltex s.r.o.",
      "conveyor belting for a granite quarry", "non-native English", [
    [s("N", "Thank you for sending the photos of the worn belt on the primary crusher, the cover damage from rock impact is clear.", "pleasantry and context"),
     s("N", "For your abrasive granite we recommend EP630/4 with 10 mm top cover, this will give around twice the life of your current belt.", "confident recommendation tied to the prospect"),
     s("S", "Our company is biggest belt maker in Central Europe, with 70 years of history, ISO 9001, ISO 14001, and customers in 52 countries.", "generic boast: size, years, certificates, reach")],
    [s("H", "The price for 220 metres is €41,800 like your request, but please confirm the order until Friday, because after I cannot guarantee it and the factory will give your production place to other client.", "requested price kept; ultimatum with scarcity", True),
     s("H S", "Also my director says if the order is not signed in June, I lose my half-year bonus.", "the seller's bonus as the reason for a time frame (rule 16)"),
     s("H", "The technical data sheet and splice instructions are in attachment, and I put already your company in our order system so we only wait your bank transfer.", "attachments kept; assumptive payment step", True)],
])

# ---------------------------------------------------------------- 17 (clean)
email("Spring campaign on the A38 shelters", "Hello Gwen,",
      "Best wishes,\nOwen\nStreetframe Outdoor",
      "bus-shelter advertising for a garden centre", "warm", [
    [s("N", "Thanks for the tour of the garden centre, the new café looks wonderful.", "pleasantry"),
     s("N", "You said most of your weekend visitors drive in from the Longbridge side, so I've picked the six shelters on the A38 approach where traffic slows for the lights.", "choice tied to the prospect's customers"),
     s("N", "Those six panels are seen by roughly 48,000 drivers a week, about four times the reach of your current local-paper advert at a similar cost.", "quantified value for the prospect")],
    [s("N", "The spring cycle starts on 30 March, and artwork has to be with us ten days before that for production.", "borderline: real production lead time stated once (rule 4)"),
     s("N", "I'll ring you on Thursday morning to hear which option you prefer.", "clear next step")],
])

# ---------------------------------------------------------------- 18 (curly)
email("Composting toilets at Cairnhead and Loch Ard car parks", "Dear Ms Drummond,",
      "Yours faithfully,\nAlasdair Munro\nBothy Sanitation Ltd",
      "off-grid composting toilets for a national park authority", "formal", [
    [s("N", "Thank you for the invitation to respond to the Park Authority's specification for two off-grid toilet blocks.", "pleasantry"),
     s("N", "Our unit needs no water or power connection, which removes the £40,000 trenching cost that your feasibility study flagged for Loch Ard.", "value tied to the prospect's own study"),
     s("S", "Bothy has been the default choice for waterless sanitation across Europe's national parks for a generation.", "generic standing and longevity boast")],
    [s("H S", "Should the Authority wish to proceed, I would be grateful for a decision before the 28th, as that is the day my quarter closes.", "the seller's quarter as the reason for a decision date (rule 16)"),
     s("S", "I should add that our director has asked me personally to secure a flagship national park contract this year.", "manager's wish, no date for this prospect: self_serving only (rule 12, 16)"),
     s("H", "I have copied the drawings to your estates team as you suggested, and failing a reply by the 28th I will take the matter up with your Chief Executive, whom I met at the tourism conference.", "copy at the prospect's request kept; bypass threat", True)],
    [s("N", "Planning consent inside the National Park typically takes eight weeks, so we would submit the drawings as soon as an order is confirmed.", "logistics: permit lead time stated as a plan, no push")],
], curly=True)

# ---------------------------------------------------------------- 19
email("Anatomy models for the new skills lab", "Hi Dr. Feldman,",
      "Cheers,\nKayla\nAnatomica Models",
      "anatomical teaching models for a medical school", "chatty", [
    [s("N", "Thanks for the tour of the new clinical skills lab, that setup is going to be a great teaching space.", "pleasantry"),
     s("T", "Just wanted to float our catalog past you again, whenever there's a free second in your week.", "'just wanted to' as the purpose plus minimising (rule 1)"),
     s("S", "We make over 900 models, from the middle ear to a full pregnant torso, plus VR overlays, QR-linked lessons, a mobile app, and lifetime repairs.", "feature dump")],
    [s("T", "For your 120 first-years, the articulated hand-and-wrist set lets students practise injection landmarks without queuing for a single model, and I'll throw in 20% off straight away if that sweetens things.", "value for the cohort kept; unprompted discount", True),
     s("T", "I'm not sure, but maybe, if it fits, a glance at the price list could perhaps be worth it?", "stacked hedges (rule 2)"),
     s("T", "Anyway, whatever you decide is totally fine by me!", "pre-emptively releasing the prospect (rule 11)")],
])

# ---------------------------------------------------------------- 20
email("Crush and race quote", "John,",
      "Gareth\nPowys Livestock Handling",
      "cattle handling crush for a beef farm", "terse", [
    [s("T", "Quote attached for the hydraulic crush and 12 m curved race, galvanised and fitted, and I've knocked £400 off already since I know money's tight on farms this year.", "quote kept; unprompted discount", True),
     s("N", "Your vet's TB test is on 4 May, so fitting the week of 20 April gives you a fortnight to settle the cattle to it.", "the prospect's own date"),
     s("N", "The price goes up 8% on 1 April when our steel supplier's new rates kick in.", "borderline: factual price change with a reason, stated once, no urgency words (rule 4)")],
    [s("H", "Every farm I've fitted in Powys has switched already, and you'll be the last one wrestling bullocks in a pen.", "peers-already-switched shaming"),
     s("H", "Bank details for the deposit are at the bottom, so send it today and the slot's yours.", "assumptive payment demand"),
     s("S", "Galvanised finish is guaranteed 25 years, and we're the best crush maker in Wales, no contest.", "guarantee kept; generic superiority boast", True)],
])

# ---------------------------------------------------------------- 21 (curly, clean)
email("Close-up magic for your partners' dinner", "Dear Ms Lindqvist,",
      "With best wishes,\nTheo Marchetti",
      "close-up magician for a law firm's partners' dinner", "formal", [
    [s("N", "Thank you for your enquiry about the partners' dinner at the Grantley on 21 November.", "pleasantry"),
     s("N", "For a seated dinner of 90, I would suggest close-up magic between courses rather than a stage set, so every table gets ten minutes and nobody has to turn their chair.", "confident recommendation with the reason"),
     s("N", "My fee for the evening is £1,450 including travel, as you asked me to confirm.", "the requested price, plainly")],
    [s("N", "Just a note that I have a booking in Bath the same afternoon, which finishes at 3 pm and leaves plenty of time.", "borderline: one polite 'just' (rule 1)"),
     s("N", "If you would like to go ahead, a short call next week to agree the running order would be the next step.", "clear next step")],
], curly=True)

# ---------------------------------------------------------------- 22
email("Pneumatic tube proposal, East Tower", "Karen,",
      "Rick\nAirlink Systems",
      "pneumatic tube system for a hospital", "blunt", [
    [s("N", "Your lab turnaround data shows STAT samples from the ED take 38 minutes to reach the core lab by porter.", "insight from the prospect's data"),
     s("N", "A tube system cuts that to under 3 minutes, which is where your sepsis bundle targets need it to be.", "'need' tied to the prospect's own targets")],
    [s("H", "Honestly, I'm amazed this is still sitting in someone's inbox when patients are waiting on gurneys.", "shaming the prospect's conduct"),
     s("H", "The layout drawings for all 14 stations are attached, and I've already held a fitting team for March 3, so send the P.O. over today.", "drawings kept; assumptive purchase-order demand", True),
     s("S", "We're also the only vendor with a 99.98% uptime record, Joint Commission citations, and a Fortune 500 parent.", "generic boast")],
    [s("H S T", "P.S. If the P.O. lands before month-end I can take 10% off, since my VP wants this one on the board by then.", "discount conditioned on the seller's date with the seller's reason (rules 7, 16)")],
])

# ---------------------------------------------------------------- 23
email("Dumbwaiter for the Old Mill dining room", "Hi Priya,",
      "Warmly,\nBen\nMillward Lifts",
      "service lift for a restaurant", "warm", [
    [s("N", "Thanks so much for lunch, that lamb dish is still on my mind!", "pleasantry"),
     s("H", "Having seen your kitchen stairs, a 100 kg service lift would save your runners roughly 300 trips a night, and honestly, every decent restaurant in Bath has one by now, so you're a bit behind.", "site-based value kept; peer shaming", True),
     s("T", "I'm so sorry to be a pain about this, I know I've been chasing a bit, I hope I haven't been too pushy.", "apologising for following up and for selling")],
    [s("T", "The installation comes to £11,400 as you asked, but honestly, what sort of figure would you feel comfortable with?", "requested price kept; asks the buyer to name a number (rule 7)", True),
     s("N", "Building control sign-off usually takes three weeks, so I'd plan the install for your January closure.", "borderline: real approval lead time tied to the prospect's own closure (rule 4)"),
     s("S T", "I'd be so grateful, it's been a slow winter for us and this job would really keep my fitters busy.", "pleading for the seller's own sake (rule 15)")],
])

# ---------------------------------------------------------------- 24 (curly)
email("Cameras for fly-tipping hotspots", "Dear Mr. Osei,",
      "Kind regards,\nLuca Ferraro\nVigilo Systems",
      "fly-tipping enforcement cameras for a district council", "non-native English", [
    [s("N", "Thank you for the list of the nine hotspots and the photos from Mill Lane.", "pleasantry"),
     s("N", "Our camera with plate recognition reads the number also at night, so your enforcement officers can issue the fine without a witness.", "capability tied to the prospect's enforcement need"),
     s("S", "We have many awards, innovation award 2022, best product 2023, and we are in the top 10 of security companies in our country!", "generic award and ranking boast")],
    [s("N", "Your budget meeting is 12 March as you told me, so I prepare the proposal for the 5th.", "the prospect's own date"),
     s("H", "I send the trial camera for Mill Lane next week like we agreed, but the council must sign this month, other councils already bought and it will be embarrassing if you are the last.", "agreed trial kept; deadline plus peer shaming", True),
     s("H", "And if there is no answer this week, I will come to the council offices in person and wait until someone can see me.", "threat to turn up uninvited")],
], curly=True)

# ---------------------------------------------------------------- 25
email("Bat surveys, Hollins Farm barns", "Dear Mr Sidhu,",
      "Yours sincerely,\nDr Helen Rooke\nRooke Ecology",
      "bat emergence surveys for a housing developer", "formal", [
    [s("N", "Thank you for sending the planning officer's pre-application letter for the Hollins Farm barn conversions.", "pleasantry"),
     s("N", "The letter asks for emergence surveys, which can only be carried out between May and September, so the first visit would need to be in May for a decision this year.", "borderline: real seasonal constraint from regulation, stated once (rule 4)"),
     s("S", "We're a family partnership, now in our third generation of ecologists.", "borderline: heritage line (rule 8)")],
    [s("H", "I've attached our fee for three emergence visits, £2,850, and to be frank, if you haven't signed by the 15th I can't promise you a single survey slot this season.", "requested fee kept; invented cut-off with scarcity", True),
     s("N", "Would it help if I joined your call with the planning officer to agree the survey scope?", "plain offer"),
     s("S", "I've attached a sample survey report so you can see the format the planning officer will receive, and could you also mention us to the other developers in your group, as a couple of introductions would really help our numbers?", "sample report kept; referral favour for the seller", True)],
])

# ---------------------------------------------------------------- 26 (clean)
email("Knotweed at Elmfield Road", "Hi Sinead,",
      "Cheers,\nMatt\nRootout Invasive Weeds",
      "Japanese knotweed treatment for a housing association", "chatty", [
    [s("N", "The stand behind garage 6 is about 12 m from the boundary, so it's worth treating before it reaches the neighbours' gardens and turns into a dispute.", "insight tied to the prospect's risk"),
     s("N", "We'd recommend a three-year herbicide programme rather than excavation, since you're not building on the site and it costs about a fifth as much.", "confident recommendation with reasoning"),
     s("N", "Sorry to hear about the flooding at your Harbour Street office, I hope everyone's back in by now.", "sympathy, not an apology (rule 3)")],
    [s("N", "The best window for stem injection is late summer, so I'd aim for the first visit in the last week of August.", "borderline: real seasonal constraint stated once (rule 4)"),
     s("N", "Shall I put together a plan that covers your other two estates as well?", "insightful next-step question")],
])

# ---------------------------------------------------------------- 27 (curly)
email("Layout for the Gallery 3 refit", "Dear Ms Hoffmann,",
      "Regards,\nStuart Pell\nPell Model Works",
      "model railway layout for a transport museum", "terse", [
    [s("N", "Attached: plan for the 9 m OO gauge layout showing the 1950s junction, per your curator's brief.", "logistics"),
     s("T", "Price is £38,000, apologies, I realise it's a lot.", "requested price kept; apologising for the price", True),
     s("T", "Happy to drop it to £30,000 if that gets us over the line.", "unprompted discount")],
    [s("H S", "Build takes 14 weeks from sign-off, and sign-off by the 30th would really help me, as it's the last day of our sales quarter.", "lead time kept; the seller's quarter as the reason for a date (rule 16)", True),
     s("S", "We built the layouts at York and Swindon, both award winners, and we were on the telly last Christmas.", "name-dropping and award boast"),
     s("T", "The track plan includes the two fiddle yards your curator asked for, and sorry again for the length of the attachment, I hope that's okay.", "requested detail kept; apology for length plus approval-seeking", True)],
], curly=True)

# ---------------------------------------------------------------- 28
email("Herbarium cabinets for the Botany building", "Dear Professor Ndlovu,",
      "With sincere respect,\nEleanor Park\nCuratorial Steel Co.",
      "herbarium storage cabinets for a university", "very deferential", [
    [s("T", "Please forgive me for taking up your valuable time; I know how terribly busy you must be with the new semester.", "self-abasing apology for writing"),
     s("N", "The steel cabinets you specified hold 24 pigeonholes each, and the gasketed doors keep insects out without the fumigation your collections manager wants to phase out.", "product detail tied to the prospect's goal"),
     s("T", "I was rather hoping, if it's not presuming too much, that you might perhaps allow me to send over a sample door.", "stacked hedges plus permission-seeking (rule 2)")],
    [s("T", "The cabinets are $2,140 each as you asked, and I've also mentioned to my manager that she might approve a small discount, though I'd need to ask her first.", "requested price kept; unprompted discount deferred to a manager (rules 7, 12)", True),
     s("N", "Your collections move is set for August 11, so cabinets delivered in the last week of July would be in place before the specimens arrive.", "the prospect's own date"),
     s("T", "Of course, if you'd prefer another supplier, I completely understand and won't trouble you further.", "pre-emptively releasing the prospect (rule 11)")],
])

# ---------------------------------------------------------------- 29
email("Reclaimed setts for Castle Wynd", "Mr Galbraith,",
      "Duncan Reid\nReid Reclaim",
      "reclaimed granite setts for a conservation-area street", "blunt", [
    [s("N", "Your conservation officer wants reclaimed granite to match the existing setts, and we have 240 tonnes of Aberdeen grey from the same era.", "concrete offer tied to the prospect's requirement"),
     s("H S", "After I drove four hundred miles to walk the street with you and pulled three lorries off other jobs to hold this stock, I'd have thought that earned me the courtesy of a reply.", "seller's effort and sacrifice as owed a reply (rule 15)")],
    [s("H", "Stock like this doesn't sit in yards for long, so decide this week or it goes to the tram job in Edinburgh.", "ultimatum with scarcity"),
     s("H", "Samples reached your depot on Monday as agreed, and this is now the third time I've had to chase you on the same quote.", "sample delivery kept; counting attempts at the prospect (rule 13)", True),
     s("N", "The setts are 100 x 150 mm, dressed on the top face, and match the pattern in your photographs.", "product detail")],
    [s("T", "P.S. I'm not about to knock anything off, but if you tell me what you'd pay I'll see if I can make it work.", "asking the buyer to name their number (rule 7)")],
])

# ---------------------------------------------------------------- 30 (curly, clean)
email("Armour for the Great Hall dress-up zone", "Hi Rhiannon,",
      "Cheers,\nDafydd\nTourney Replicas",
      "replica armour for a castle visitor attraction", "chatty", [
    [s("N", "Thanks for sending the visitor numbers, 2,000 kids through the Great Hall on a summer Saturday is a lot of helmets!", "pleasantry tied to the prospect's data"),
     s("N", "For that kind of handling I'd skip steel and go for moulded polymer helmets, they look right from a metre away and they'll survive being dropped on flagstones.", "confident recommendation with reasoning")],
    [s("N", "Your education officer asked about 15th-century accuracy, so I've attached the reference sheet for the museum pieces we based the shapes on.", "attachment serving the prospect's question"),
     s("N", "I've quoted 60 helmets and 40 tabards, and you'd have them by 20 May, well ahead of your half-term opening.", "logistics tied to the prospect's date"),
     s("N", "Want to see a helmet in person? I can bring one to the castle next Tuesday.", "borderline: bare demo ask (rule 9)")],
], curly=True)

# ---------------------------------------------------------------- 31
email("Mobile signal for the farmhouse rooms", "Dear Mrs Ellwood,",
      "Kind regards,\nPeter Hale\nDalesSignal",
      "mobile signal booster for a farmhouse B&B", "formal", [
    [s("N", "Thank you for letting me take readings last week; the stone walls are cutting the signal to almost nothing in rooms 3 to 6.", "insight from a real survey"),
     s("N", "A single booster in the loft would bring all four rooms up to usable 4G, which should stop the reviews mentioning poor signal.", "value tied to the prospect's reviews"),
     s("N", "Our system is Ofcom-approved, which is required for any booster used legally in the UK.", "certification the buyer needs (rule 8)")],
    [s("T", "I've itemised the £780 installation as you asked, and I'm sorry it isn't cheaper.", "requested itemisation kept; apologising for the price", True),
     s("H S", "This job would round off my quarterly target nicely, so a confirmation by Friday would mean a great deal to me.", "the seller's target as the reason for a date (rule 16)"),
     s("T", "The booster carries a five-year warranty, and perhaps I could knock something off as well, if that would sway it at all?", "warranty kept; unprompted hedged discount", True)],
])

# ---------------------------------------------------------------- 32
email("Calligraphy for the gala invitations", "Dear Ms. Whitaker,",
      "With respect,\nYuki Hamasaki\nHamasaki Lettering Studio",
      "hand calligraphy envelope addressing for a charity gala", "non-native English", [
    [s("N", "Thank you for the guest list of 350 names and the sample of the invitation card.", "pleasantry"),
     s("H", "I can address all the envelopes in copperplate with the gold ink you chose, in eight working days, and I already start the first hundred today so you can send the deposit tomorrow.", "concrete offer kept; work started and payment assumed before a yes", True),
     s("T", "I am sorry, sorry, I know my English is not perfect and my price is maybe too high for a charity.", "repeated self-abasing apology, apologising for price")],
    [s("T", "The invoice can be to the charity or to the hotel as you wish, and for the price, you just say me the amount and I accept it.", "invoicing option kept; name-your-number cave", True),
     s("S", "My work was in the Tokyo and Milan exhibitions and I have 40,000 followers on Instagram.", "generic credentials boast"),
     s("N", "Your invitations must post by 1 September for the 10 October gala, so I would start on 20 August.", "the prospect's own dates")],
])

# ---------------------------------------------------------------- 33 (curly)
email("Compostable cutlery for the ballpark", "Hi Marisol,",
      "Warmly,\nJess\nGreenTine Foodware",
      "compostable cutlery for a stadium caterer", "warm", [
    [s("N", "Congrats on the new concessions contract at Riverside Park, that's huge news!", "pleasantry"),
     s("N", "Since your city's foodware ordinance bans plastic cutlery from January 1, your stands will need a compliant fork and spoon before opening day.", "borderline: real regulation stated once; 'need' is a prerequisite (rules 4, 6)"),
     s("N", "Our CPLA range is BPI-certified, which is what your compost hauler requires for acceptance.", "certification the buyer's process requires (rule 8)")],
    [s("S", "We're the fastest-growing foodware brand in America, backed by two of the biggest names in venture capital.", "growth and investor boast"),
     s("H", "Samples of the fork and spoon are on their way, and I'm sending the onboarding schedule and a credit application with them so we can get you set up for the season.", "samples kept; onboarding and credit steps assumed before a yes", True),
     s("S T", "I'd love it if you could share a photo of the stands with our forks for our socials, and I'll take 5% off your first order if you do.", "borderline: discount offered for a personal favour (rule 7)"),
     s("T", "I'm sorry for the essay, I know this ran way long!", "apologising for length")],
], curly=True)

# ---------------------------------------------------------------- 34 (clean)
email("Graffiti removal, Northern corridor stations", "Mr. Alvarez,",
      "Ana Ruiz\nClearWall Services",
      "graffiti removal for a transit authority", "terse", [
    [s("N", "Following up on the RFP questions you sent Thursday.", "single follow-up line (rule 13)"),
     s("N", "Our crews use a low-pressure hot-water system that won't damage the 1920s terracotta at Union Square and Elm Street.", "capability tied to the prospect's stations"),
     s("N", "Response time is 24 hours for offensive tags and 72 hours for everything else, per your service levels.", "meets the prospect's requirement")],
    [s("N", "Unit rates are on page 4, and the insurance certificates you need for the bid are in Appendix C.", "'need' as a prerequisite"),
     s("N", "Your bid deadline is the 17th; we'll have our signed forms in by the 14th.", "the prospect's own deadline")],
])

# ---------------------------------------------------------------- 35
email("Textile banks, your 40 bring sites", "Ms Harcourt,",
      "Phil Grant\nReThread Collections",
      "textile recycling banks for a metropolitan council", "blunt", [
    [s("N", "Your waste data shows 1,100 tonnes of textiles going to residual waste last year, at £118 a tonne in landfill tax and gate fees.", "insight from the prospect's data"),
     s("H", "Our banks would divert most of that and pay the council £90 a tonne for what we collect, and you'd be mad to turn that down.", "concrete offer kept; belittling push", True),
     s("H", "Every week you sit on this burns another £4,000 or so, and you'll be the one explaining it to members.", "borderline: plausible cost of delay used to push (rule 5)")],
    [s("H", "Our banks are the same type Leeds, Bradford and Wakefield put in last year, and frankly you're the only authority in the county still dragging its feet.", "relevant proof kept; shaming", True),
     s("H", "If I don't have a signed agreement by the end of the month, I'll be raising it with your cabinet member for environment.", "bypass threat with a deadline"),
     s("N", "The site-by-site rollout plan is attached.", "borderline: logistics line inside a pushy email stays NONE (rule 14)")],
])

# ---------------------------------------------------------------- 36 (curly)
email("Foley package for Hollow Pines", "Dear Mr. Whitfield,",
      "Sincerely,\nMaya Oduya\nFieldworks Foley",
      "Foley sound recording for a video game studio", "formal", [
    [s("N", "Thank you for sending the vertical slice of Hollow Pines; the snow-crunch footsteps in the forest level are where the current library sounds thinnest.", "insight into the prospect's build"),
     s("N", "We would record 1,200 bespoke footstep and cloth assets on our snow and gravel pits, delivered as Wwise-ready banks.", "concrete offer")],
    [s("S", "Our stage has credits on 40 AAA titles, three BAFTA nominations, and a Grammy-winning mixer on staff.", "generic credits and awards boast"),
     s("S", "I'd be thrilled to give you a full tour of our whole studio and walk you through our story from the beginning.", "'hear our story' demo (rule 9)"),
     s("T", "I'm sorry if this is too much, please let me know if I've got it wrong.", "apology for normal selling plus approval-seeking"),
     s("T", "Would Tuesday the 9th at 11 a.m. Pacific work for a call with your audio director, or any other slot at all, whatever is easiest, our calendar bends around yours?", "dated call ask kept; gives up control of the next step", True)],
], curly=True)

# ---------------------------------------------------------------- 37
email("Lasts for the new bespoke line", "Hi Tobias,",
      "Cheers,\nMorwenna\nLastworks",
      "wooden shoe lasts for a bespoke shoemaker", "chatty", [
    [s("N", "Brilliant to see the new workshop, and congratulations on the Jermyn Street space!", "pleasantry"),
     s("N", "From the foot scans you sent, eight of your twelve clients have a high instep, so I'd build those lasts with a raised cone rather than padding them later.", "expert recommendation from the prospect's data"),
     s("T", "Each beech last is £165 as you asked, and honestly if that's a stretch just tell me and we'll sort out something lower.", "requested price kept; caving on price", True)],
    [s("H S", "I can have the first pair of lasts to you by the 18th, and I did turn down two other orders to keep this week free for you, so I'd really appreciate an answer.", "delivery date kept; seller's sacrifice as guilt for a reply (rule 15)", True),
     s("T", "Anyway, if you've found someone else, that's completely fine, I'll drop you a line in the new year.", "pre-emptively releasing the prospect (rule 11)"),
     s("N", "Can you send the last three clients' measurements by Friday so the pattern cutter can start?", "plain ask with a date for the work")],
])

# ---------------------------------------------------------------- 38 (clean)
email("Aftercare balm for the Inkwell studios", "Dear Ms Okafor,",
      "With best wishes,\nHannah Lyle\nSecond Skin Aftercare",
      "tattoo aftercare balm for a chain of tattoo studios", "warm", [
    [s("N", "You mentioned clients at the Manchester studio have reacted to lanolin, so you'll be pleased to know our formula is lanolin-free and fragrance-free.", "value tied to the prospect's problem"),
     s("N", "For three studios, a case of 48 tins a month works out at £2.10 a tin, and at that price you could include one in every aftercare pack rather than selling it separately.", "pricing tied to the prospect's model")],
    [s("N", "The safety assessment your insurer asked for is attached.", "logistics"),
     s("N", "Apologies for taking a few days to reply; I wanted to get the assessor's signed copy rather than send you a draft.", "borderline: single courtesy apology with the reason (rule 3)"),
     s("N", "Could we set up a call with your studio managers on Monday 8th to agree delivery days?", "clear next step with a date")],
])

# ---------------------------------------------------------------- 39 (curly)
email("Recovering the two match tables", "Hi Bernard,",
      "Cheers,\nKev\nBaulkline Billiards",
      "snooker table recovering for a social club", "blunt", [
    [s("N", "Had a look at tables 1 and 2 on Saturday; the cloth on both is worn through at the baulk end and the cushion rubbers are dead.", "findings from a real inspection"),
     s("N", "We'd recover both in a match-grade worsted and replace the rubbers, which is what your league's match rules specify.", "recommendation tied to the prospect's rules"),
     s("H", "The league starts on the 3rd and I've got two fitting days left before then with another club asking about them, so if you want one, say yes today.", "the league date kept; scarcity ultimatum", True)],
    [s("H", "Having seen the cloth on both, your club needs this done before the league starts.", "borderline: 'needs this' directive after a real inspection (rule 6)"),
     s("S", "We've been recovering tables since 1971, three generations of the same family, and we did the practice tables at a world championship venue too.", "years in business plus name-dropping boast"),
     s("T", "Price for both is £640 including the rubbers, though for you I'd drop to £550 without a second thought.", "price kept; unprompted discount", True)],
], curly=True)

# ---------------------------------------------------------------- 40
email("On-site childcare for the spring congress", "Hi Aisha,",
      "Warmly,\nLaurel\nLittle Delegates Childcare",
      "mobile crèche for a professional congress", "warm", [
    [s("N", "Thank you for thinking of us for the congress, and congratulations on getting the family-friendly policy through your board!", "pleasantry"),
     s("N", "For 1,800 delegates, conferences like yours usually see 30 to 40 children a day, so I'd plan two rooms split by age.", "social proof turned into planning advice"),
     s("N", "All our caregivers are background-checked and pediatric first-aid certified, which your venue's insurer will ask to see.", "credential the buyer's process requires (rule 8)")],
    [s("S T", "I'll be honest, we really need this booking to have a good spring, so I'd be so grateful if you picked us.", "pleading for the seller's own sake, no date (rule 15)"),
     s("H S", "I've attached the contract for the four days, and my manager says I can only hold the rate until Friday because that's when our quarter closes, so I'd need your signature by then.", "contract kept; seller's quarter and manager as the reason for a signing date (rule 16)", True),
     s("S", "Could we get 30 minutes on Thursday to walk through the room layouts with your venue manager, and could you put in a good word for us with the other congress organisers you know?", "dated meeting ask kept; referral favour", True)],
])

# ======================================================================
LABEL_ORDER = ["hard_close", "self_serving", "timidity"]
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}
CURLY = "\u2019"


def labels_for(code):
    if code == "N":
        return ["NONE"]
    parts = code.split()
    labs = [CODE[p] for p in parts]
    assert len(set(labs)) == len(labs), code
    return [l for l in LABEL_ORDER if l in labs]


def level(sentences, lab):
    carrying = [x for x in sentences if lab in x["labels"]]
    if not carrying:
        return 0
    if len(carrying) == 1 or all(x["note"].startswith("borderline:") for x in carrying):
        return 1
    return 2


def main():
    assert len(EMAILS) == 40, len(EMAILS)
    email_rows, sent_rows = [], []
    n = 0
    stats = Counter()
    mixed_count = 0
    for i, e in enumerate(EMAILS, 1):
        eid = "s23e%03d" % i
        curly = e.get("curly", False)
        assert curly == (i % 3 == 0), (i, curly)
        fix = (lambda t: t.replace("'", CURLY)) if curly else (lambda t: t)
        if not curly:
            for p in e["paras"]:
                for (_, t, _, _) in p:
                    assert CURLY not in t, t
        paras_text, sents = [], []
        for p in e["paras"]:
            paras_text.append(" ".join(fix(t) for (_, t, _, _) in p))
            for (code, t, note, mixed) in p:
                n += 1
                labs = labels_for(code)
                if mixed:
                    assert labs != ["NONE"], t
                    mixed_count += 1
                sents.append({"id": "s23-%04d" % n, "email": eid, "text": fix(t),
                              "labels": labs, "note": note})
        text = fix(e["salutation"]) + "\n\n" + "\n\n".join(paras_text) + "\n\n" + fix(e["signoff"])
        for x in sents:
            assert x["text"] in text, x["text"]
            assert x["text"] not in (e["salutation"], e["signoff"])
        assert 5 <= len(sents) <= 7, (eid, len(sents))
        el = {lab: level(sents, lab) for lab in LABEL_ORDER}
        faulty = sum(1 for x in sents if x["labels"] != ["NONE"])
        stats["clean" if faulty == 0 else ("faulty2+" if faulty >= 2 else "faulty1")] += 1
        email_rows.append({"email": eid, "subject": fix(e["subject"]), "text": text, "labels": el})
        sent_rows.append(sents)

    flat = [x for ss in sent_rows for x in ss]
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for r in email_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for r in flat:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # re-read and verify every line parses and matches
    with open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8") as f:
        er = [json.loads(l) for l in f]
    with open(os.path.join(HERE, "test.jsonl"), encoding="utf-8") as f:
        sr = [json.loads(l) for l in f]
    assert len(er) == 40 and len(sr) == len(flat)
    by_email = {r["email"]: r for r in er}
    for x in sr:
        assert x["text"] in by_email[x["email"]]["text"]
        assert x["labels"] == ["NONE"] or all(l in LABEL_ORDER for l in x["labels"])

    c = Counter()
    for x in sr:
        if x["labels"] == ["NONE"]:
            c["NONE"] += 1
        for l in x["labels"]:
            if l != "NONE":
                c[l] += 1
        if len(x["labels"]) > 1:
            c["multi"] += 1
        if x["note"].startswith("borderline:"):
            c["borderline"] += 1
            if x["labels"] != ["NONE"]:
                c["borderline_labelled"] += 1
    lv = {lab: Counter(r["labels"][lab] for r in er) for lab in LABEL_ORDER}
    total = len(sr)
    faulty_total = total - c["NONE"]
    print("emails", len(er), dict(stats))
    print("sentences", total)
    print("NONE %d (%.1f%%)" % (c["NONE"], 100.0 * c["NONE"] / total))
    for lab in LABEL_ORDER:
        print(lab, c[lab], "email levels", dict(sorted(lv[lab].items())))
    print("multi-label", c["multi"], "borderline", c["borderline"],
          "(labelled borderline", c["borderline_labelled"], ")")
    print("faulty sentences", faulty_total, "mixed-clause faults", mixed_count)
    print("curly emails", sum(1 for e in EMAILS if e.get("curly")))
    print("P.S. lines", sum(1 for x in sr if x["text"].startswith("P.S.")))
    regs = Counter(e["register"] for e in EMAILS)
    print("registers", dict(regs))
    inds = [e["industry"] for e in EMAILS]
    assert len(set(inds)) == 40
    write_readme(total, c, lv, stats, mixed_count, faulty_total, regs, sr)


def write_readme(total, c, lv, stats, mixed_count, faulty_total, regs, sr):
    L = []
    L.append("# sealed23: held-out sales emails for the Poise tone coach\n")
    L.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on\n"
             "6 December after that evening's Apply change and measured first on the model then current (rules + model macro-F1\n"
             "0.805: hard_close 0.700, self_serving 0.853, timidity 0.863; 2 of 108 clean sentences flagged; email agreement\n"
             "0.825 / 0.850 / 0.925), then used for the Apply sample of round 23, a second reading of the same code.\n")
    L.append("Written by hand from the labelling guide (`LABELS.md`) and the product description alone; "
             "no other data set, rule or code was consulted, and none of the guide's example sentences is copied "
             "or paraphrased. Every sentence lives in `build.py` with its label code and a short note; running "
             "`python3 build.py` writes `test-emails.jsonl`, `test.jsonl` and this README, derives each email's "
             "labels from its sentences with the guide's email-level scale (0 = none, 1 = one sentence or only "
             "borderline ones, 2 = two or more with at least one not borderline; no hand overrides), and checks "
             "that every sentence is a verbatim substring of its email and that every line parses.\n")
    L.append("## Files\n")
    L.append("- `test-emails.jsonl`: 40 emails (`s23e001`-`s23e040`): subject, text (salutation, body paragraphs, "
             "sign-off) and email-level labels.")
    L.append("- `test.jsonl`: every body sentence, P.S. lines included, salutations and sign-offs excluded "
             "(`s23-0001`...). Labels are `[\"NONE\"]` or a list in the order hard_close, self_serving, timidity. "
             "A note starting with `borderline:` marks a sentence decided by one of the guide's borderline rules.")
    L.append("- `build.py`: the source of both files.\n")
    L.append("## Counts (computed by build.py)\n")
    L.append("| | Count |\n|---|---|")
    L.append("| Emails | 40 (%d with 2+ faulty sentences, %d clean) |" % (stats["faulty2+"], stats["clean"]))
    L.append("| Sentences | %d |" % total)
    L.append("| NONE | %d (%.1f%%) |" % (c["NONE"], 100.0 * c["NONE"] / total))
    for lab in LABEL_ORDER:
        L.append("| %s | %d |" % (lab, c[lab]))
    L.append("| Multi-label sentences | %d |" % c["multi"])
    L.append("| Borderline sentences | %d (%d of them carry a label) |" % (c["borderline"], c["borderline_labelled"]))
    L.append("| Faulty sentences whose fault sits in one clause beside a legitimate point | %d of %d |"
             % (mixed_count, faulty_total))
    L.append("| P.S. lines | %d |" % sum(1 for x in sr if x["text"].startswith("P.S.")))
    L.append("")
    L.append("Email-level scores (number of emails at 0 / 1 / 2):\n")
    L.append("| label | 0 | 1 | 2 |\n|---|---|---|---|")
    for lab in LABEL_ORDER:
        L.append("| %s | %d | %d | %d |" % (lab, lv[lab][0], lv[lab][1], lv[lab][2]))
    L.append("")
    L.append("## What the set tests\n")
    L.append("- About half the faulty sentences keep something the rep must not lose (a date the prospect named, "
             "a price they asked for, an attachment, a meeting ask, a product detail) and put the fault in one "
             "clause beside it.")
    L.append("- Fault wordings avoid the textbook phrases: the seller's effort and feelings as leverage, escalation "
             "and turn-up-in-person threats, assumptive invoices and payment steps, peers who already switched, "
             "quota / bonus / manager reasons, boasts and feature lists, unprompted discounts, name-your-number, "
             "self-abasement, stacked hedges, apologies for price or length, pre-emptive giving up.")
    L.append("- Many NONE sentences are hard negatives: the prospect's own dates and deadlines, real external "
             "constraints (grant windows, permit and survey seasons, a city ordinance, shipping schedules, a "
             "supplier's price rise), concessions traded for volume and term, single courtesy apologies with a "
             "reason, sympathy, one polite 'just', a bare demo ask, a single follow-up line, certifications the "
             "buyer's process requires, confident recommendations from the prospect's own data.\n")
    L.append("## Registers\n")
    L.append(", ".join("%s (%d)" % (k, v) for k, v in sorted(regs.items())) + ". "
             "British and American spellings both appear; every third email (3, 6, ..., 39) uses curly "
             "apostrophes, the rest straight ones.\n")
    L.append("Buyers mix public bodies (councils, a national park authority, a hospital eye clinic, a transit "
             "authority, a university, a special school) with private ones from a one-chair shoemaker to hotel and "
             "care-home groups; goods and services both.\n")
    L.append("## Industries (one trade per email)\n")
    for i, e in enumerate(EMAILS, 1):
        L.append("- s23e%03d: %s (%s)" % (i, e["industry"], e["register"]))
    L.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
