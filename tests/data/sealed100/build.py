#!/usr/bin/env python3
"""Build sealed100: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("mangle restoration for the brackley laundry museum", "warm", "Your box mangle: restoration plan and quote", "Dear Ms Okafor,", "Warm regards,\nHelen Garside\nGarside Conservation",
  [("N", "Thanks for showing me the box mangle on Tuesday; the oak rollers are in far better shape than I expected.", "pleasantry and a concrete finding"),
   ("T", "The quote you asked for is attached, and I'm sorry the total came out higher than either of us hoped.", "requested quote plus apology for the price")],
  [("S", "The work would be done in our Oxford workshop, which has handled more than three hundred laundry pieces since 1987 and was shortlisted for a national heritage craft medal.", "workshop logistics plus years in business and an award"),
   ("T", "If it makes things easier, I could knock a tenth off straight away.", "unprompted, unconditional discount"),
   ("H", "I've also attached the collection form with the deposit line filled in, so all it needs now is your card number.", "collection form plus card number asked for before a yes")],
  [("N", "Could we collect the rollers on 3 March, so the mangle is back in the gallery before your Easter opening?", "dated next step built on her own opening")])

# 2
email("manure spreading contract for the oxley arable estate", "blunt", "Spreading contract for the spring", "Tom,", "Rob\nHartley Agri Services",
  [("N", "You mentioned the east fields came back low on phosphate in the November soil tests.", "the prospect's own data"),
   ("H", "Half the farms between here and Banbury signed with us this winter, and you'll look the odd one out if you leave it.", "peers who already switched, used as shaming")],
  [("H", "I've pencilled you in for the week of 10 March, as you suggested, and the invoice is already in the post.", "his suggested week plus an invoice sent before any yes"),
   ("HS", "I've driven over to Oxley four times now to walk those fields for you, so I'd have thought a signed contract wasn't too much to ask.", "the seller's effort offered as guilt for a decision"),
   ("N", "Our spreader is GPS-calibrated to within 5 percent, which matters on the slopes above the brook where you flagged run-off.", "product detail tied to his run-off concern"),
   ("S", "It would cover your 300 acres in two days, and it's the widest machine on the market, with section control, weigh cells, boundary spreading, ISOBUS and a camera kit.", "his acreage plus a feature list")])

# 3
email("map printing for the fellgate walking festival", "chatty", "Maps for the festival walks!", "Hi Priya,", "Cheers,\nDan at Contour Print",
  [("S", "So excited to finally get stuck into this one, our studio has been dying to land a festival job!", "the rep's excitement, nothing for the buyer"),
   ("N", "I've got the GPX files for all twelve routes you sent over, thanks.", "logistics")],
  [("S", "The maps would go on waterproof synthetic paper, and our new presses also do lay-flat binding, spot varnish, foil, QR overlays, variable data and twelve-colour work.", "relevant paper choice plus a feature dump"),
   ("T", "Just popping back up in case you'd had a sec to look at the sample sheet, no rush at all!", "checking-in variant with no-rush minimising"),
   ("T", "The proofs are attached, though I'm honestly not sure they're any good, so please don't judge them too harshly.", "attached proofs plus self-abasement"),
   ("HS", "Could you sign off the quote by Friday as well, since my manager closes the month's figures then and I'd love this one in them?", "quote sign-off plus the manager's month-end as the reason for a date")],
  [("N", "If you can confirm the route order by 20 April, the maps will reach you a fortnight before the festival on 24 May.", "dated next step built on her festival date")])

# 4 clean
email("medical gas pipeline testing for the lindow private clinic", "formal", "Medical gas pipeline verification before your theatre reopening", "Dear Mr Achterberg,", "Yours sincerely,\nDr Fiona Markham\nMarkham Gas Assurance",
  [("N", "Thank you for the floor plans of the new theatre suite.", "courtesy"),
   ("N", "Under HTM 02-01 the oxygen and medical air lines must be tested and certified by an authorised person before any patient use, so your reopening on 14 October depends on that sign-off.", "borderline: a real regulatory constraint stated once with its reason, tied to his own date")],
  [("N", "Based on the 38 terminal units shown on the drawings, we estimate two days on site and a fee of GBP 3,150.", "plain scope and price"),
   ("N", "Would 30 September or 1 October suit your estates team for the test window?", "clear dated next step")])

# 5
email("metal roofing for the kestrel farm grain shed", "terse", "Grain shed roof", "Mr Dale,", "K. Brennan",
  [("N", "Box-profile sheets for the 40 m shed come to GBP 11,900 fitted, as you asked.", "requested price"),
   ("H", "Steel goes up without warning and I can't hold that figure long, so don't sit on it.", "vague scarcity and a push to hurry"),
   ("H", "You need a new roof before harvest, end of story.", "you-need directive with no evidence"),
   ("S", "The crew fits closures at the eaves to keep the birds out, and we're the best roofers in the county, ask anyone.", "fitting detail plus a generic boast"),
   ("H", "Crew can start 2 June, provided the deposit's in my account by Friday.", "start date plus deposit demanded before a yes")])

# 6
email("minute-taking service for the ellerby housing association board", "very deferential", "Minute-taking for your board meetings", "Dear Mrs Pemberton,", "With my humblest thanks,\nGeraldine Moss\nMoss Minutes Ltd",
  [("T", "I'm so very sorry to intrude on your afternoon, and I do hope you'll forgive me for writing again.", "over-apology for ordinary follow-up"),
   ("T", "I was wondering whether perhaps you might possibly find our minute-takers of some small use, since every set of minutes comes back within 48 hours?", "turnaround detail plus stacked hedges"),
   ("N", "Each set also carries an action log that your chair can track between meetings.", "value tied to her board"),
   ("ST", "A sample set is attached, and I'd be so very grateful for a chance, as I've only just set up on my own.", "attached sample plus pleading for the seller's own sake")],
  [("T", "Of course, if the fee is at all a worry, please just tell me what figure you had in mind and I'll make it work.", "asks the buyer to name the number"),
   ("T", "And if it's simply not for you, I completely understand and shan't trouble you again.", "pre-emptively releases the prospect"),
   ("N", "Your next board meeting is on 18 June, I believe, should you wish us to attend that one.", "borderline: one mild permission phrase on her own date")])

# 7
email("modular classroom hire for the westcroft primary school", "non-native English", "About modular classroom for September", "Dear Mr Hollis,", "Best regards,\nJan Kowalczyk\nModuBud UK",
  [("N", "Thank you for the meeting last week and for show me the playground where the unit will stand.", "pleasantry in non-native phrasing"),
   ("S", "Our company is number one in Europe for modular buildings and we have won many prize, also our investors are very big banks.", "ranking, awards and investors"),
   ("S", "The unit has two classrooms of 60 m2, toilets and ramp for wheelchair like you ask in the tender, and it is the most modern unit in all Europe, everybody say so.", "the tender's spec plus a generic boast"),
   ("H", "Delivery to the school can be 20 August, but only if you pay the deposit before your governors meet, they can agree it later.", "delivery date plus skipping the governors and an assumptive deposit")],
  [("HS", "My director want that we sign this contract before end of April, because it is the end of our quarter, so please send the signature by 30 April.", "seller's director and quarter as the reason for a date"),
   ("H", "If you wait, another school take the unit and you will have no classroom in September, this I promise.", "manufactured scarcity and a threat")])

# 8
email("muck heap removal for the pennyfield livery yard", "chatty", "Muck heap collections", "Hiya Sam,", "Cheers,\nMegan\nMuckaway",
  [("N", "Great to meet you and Biscuit at the yard on Saturday!", "pleasantry"),
   ("T", "Just wanted to touch base and see if you'd had a chance to have a little think, no worries if not!", "touch-base purpose and minimising")],
  [("N", "With 22 horses making roughly four tonnes a fortnight, a fortnightly 12-yard skip keeps the heap well clear of the water trough you were worried about.", "figures from her yard tied to her worry"),
  ("S", "The skips come off our new fleet of lorries, which honestly is the shiniest in the whole county, I'm so proud of it!", "equipment detail plus the seller's pride"),
   ("S", "Honestly, if you signed you'd be my first livery yard, and my boss would be chuffed to bits with me.", "seller's standing and boss, no demand"),
   ("T", "The price for fortnightly collections is attached, and I could even do the first month free if that swings it?", "requested price plus an unprompted free month")])

# 9 clean
email("nameplate engraving for the cranbrook chambers", "formal", "Brass nameplates for the new tenants", "Dear Ms Adeyemi,", "Yours sincerely,\nRichard Fenn\nFenn & Sons Engravers",
  [("N", "Following your note of 2 May, I enclose proofs for the eleven nameplates in the Roman serif you selected.", "logistics"),
   ("N", "Apologies for the short delay; our engraver was waiting on brass sheet from the mill, which arrived on Monday.", "borderline: a single courtesy apology with the reason")],
  [("N", "If the proofs are approved by Friday, the plates will be fitted before your new tenants arrive on the 20th.", "dated step built on her tenants' arrival"),
   ("N", "Would you like the plates lacquered, which keeps them bright for about five years, or left to tone down naturally to match the door furniture?", "useful option question"),
   ("N", "I'd recommend lacquer for the street door, since it takes the weather.", "confident recommendation with a reason")])

# 10
email("narrow aisle forklift hire for the ledbury wine warehouse", "blunt", "VNA truck hire, follow-up", "Anita,", "Gary Pruitt\nLiftline Hire",
  [("H", "This is the fourth time I've written about the VNA truck, and every one of those emails shows as opened.", "counts attempts and points at read receipts"),
   ("H", "The revised aisle plan is attached, and if I don't hear by Thursday I'll ring Mr Ledbury himself and take him through it.", "attachment plus a bypass threat")],
  [("N", "The truck reaches 11 meters, so it gets to the top racking where you said pickers are climbing ladders.", "product detail tied to her problem"),
  ("H", "The hire is GBP 1,250 a month, and three other merchants on your estate are already running them, so you're the one falling behind.", "requested price plus peers-switched shaming"),
   ("HS", "I've spent two weekends redrawing your aisles for nothing, so frankly I think you owe me a decision.", "seller's effort as guilt for a decision")])

# 11
email("natural slate supply for the penrhos chapel reroof", "warm", "Welsh slate for Penrhos", "Dear Reverend Pugh,", "With warm wishes,\nGareth Rowlands\nRowlands Slate",
  [("N", "It was a pleasure to see the chapel, and I'm sorry to hear the January storm took so many slates off the north pitch.", "sympathy, not self-abasement"),
   ("N", "The quarry tells us this blue-grey vein closes at the end of August while the face is reworked, so later orders would have to come from different stock.", "borderline: real external supply constraint stated once with its reason")],
  [("S", "Our family has been in the slate trade for four generations, back to my great-grandfather at Penrhyn.", "borderline: heritage line with no tie to the chapel"),
   ("T", "The quote for 4,200 slates is attached, and I'm afraid it's rather steep, so please forgive me for that.", "requested quote plus apology for the price"),
   ("ST", "To be honest, I'd be so grateful for this order, because things have been very thin for us lately.", "pleading for the seller's own sake")],
  [("N", "Shall I come out on 12 June with sample slates, so the building committee can compare the colour against the south roof?", "dated next step tied to their committee")])

# 12
email("night vision cameras for the wildlands badger hide", "terse", "Hide cameras", "Hi Chris,", "Lee",
  [("N", "Four IR cameras plus the recorder: GBP 1,640, as requested.", "requested price"),
  ("N", "Thanks for the photos of the sett.", "courtesy"),
   ("H", "Delivery is three working days if you order now, but don't bother later, stock's nearly gone.", "delivery detail plus scarcity with no date"),
   ("S", "We're the UK's top wildlife camera brand, three awards this year alone.", "ranking and awards"),
   ("HS", "Invoice attached, pay it by Friday so it lands in my monthly numbers.", "attached invoice plus the seller's monthly numbers as the reason for a date")])

# 13 clean
email("nitrogen tyre inflation for the harwood bus fleet", "warm", "Tyre pressure data from the trial", "Hi Joanne,", "Best,\nOwen Price\nInertia Tyre Systems",
  [("N", "Thanks for letting us run the nitrogen trial on routes 7 and 12 last month.", "courtesy"),
   ("N", "Your own depot logs show the trial buses lost 0.2 bar over four weeks against 0.9 bar on the rest of the fleet, which your engineer reckons is worth about 2 percent on fuel.", "figures from the prospect's own data")],
  [("N", "I'm sorry to hear about the flooding at the Eastgate depot; we can move the next site visit back a week so your team can deal with the yard first.", "sympathy with a practical offer"),
   ("N", "Before we talk about rolling it out, it would help to know how your tyre supplier's contract handles pressure checks.", "discovery question before price"),
   ("N", "Could we go through it with your fleet manager on Wednesday 9th at 2pm?", "clear dated next step")])

# 14
email("nut roasting ovens for the pickering nut company", "chatty", "Roasting ovens: quick thoughts", "Hey Martin,", "Cheers,\nTasha",
  [("N", "Loved the tour on Friday, and the smoked almonds were dangerously good.", "pleasantry"),
   ("S", "I've got to be straight with you, I'm miles behind my number this quarter and this deal would sort me right out.", "seller's quota stated with no date")],
  [("N", "The drum roaster holds temperature to within 1 degree, which should stop the scorched batches you've been binning on Tuesdays.", "product detail tied to his problem"),
  ("HT", "The quote's attached, and I'll do 12 percent off if you sign before the month's out, after that it's back to list.", "attached quote plus a discount tied to the seller's date"),
   ("T", "Sorry this email turned into an essay, I know you're flat out!", "apology for length"),
   ("H", "Shall I bring the spec sheet round on Thursday at 10, before the rest of your competitors finish switching and leave you the last one on the old kit?", "meeting ask plus peers-switched shaming")])

# 15
email("oat milk supply for the grindstone cafe chain", "formal", "Oat milk supply proposal", "Dear Mr Castellano,", "Yours sincerely,\nCatherine Wu\nOatfield Dairy-Free",
  [("N", "Thank you for sending the weekly volumes for your nine cafes.", "courtesy"),
   ("S", "As the fastest-growing plant milk brand in the country, backed by two of Europe's largest food investors, we are confident you will be impressed.", "ranking and investors, no buyer value")],
  [("HT", "The price for your volumes is GBP 1.05 a litre, and I will take fifteen percent off that if you confirm by Friday, but not a day later.", "requested price plus a discount tied to the seller's date"),
   ("N", "The barista blend steams to a stable microfoam at 60 degrees, which answers your baristas' complaint about the current brand splitting.", "product detail tied to his complaint"),
   ("S", "Samples of the barista blend arrive on Tuesday, and I am personally thrilled to be introducing our award-winning range to so prestigious a group.", "sample delivery plus the rep's excitement and an award"),
   ("H", "Your trade account is already set up and the first pallet is scheduled, so you need only confirm the delivery address.", "assumptive order before a yes")])

# 16
email("obedience training for the greymoor guide dog puppies", "non-native English", "Training for puppies - proposal", "Dear Mrs Fairbanks,", "Kind regards,\nAnnelie Vos\nVos Dog School",
  [("N", "Thank you very much for the visit of your kennels on Monday, the puppies are lovely.", "pleasantry in non-native phrasing"),
   ("T", "Excuse me that I write you again, I know you are very busy and I am sorry for disturb.", "apology for following up")],
  [("T", "Maybe it is possible perhaps that you could think about our six-week programme, if it is not too much trouble for you?", "the offer plus stacked hedges and permission-seeking"),
   ("N", "There are two sessions in each week, and we work on the loose-lead walking that your volunteers say is difficult.", "product detail tied to her volunteers"),
   ("S", "The price is GBP 45 for each session, and we are very famous school in the Netherlands with many prizes.", "requested price plus a boast"),
   ("ST", "Please, this contract is very important for me, because my small school is new and I need the first clients.", "pleading for the seller's own sake")])

# 17
email("office decluttering for the hallam & pike estate agents", "blunt", "Office clear-out: where are we?", "Mark,", "Steve\nClearSpace",
  [("N", "You told me the lease on Castle Street ends on 31 July and the floor has to be empty of old files before then.", "the prospect's own deadline"),
   ("H", "Every week this drags on is rent paid on a floor full of junk, so stop dithering and book it.", "cost of delay used to push, no figures")],
  [("S", "My manager has been on at me all week about why this one hasn't landed yet.", "seller's manager, no date"),
  ("HS", "The quote's attached, and I need it signed by Friday because my bonus is worked out on this month.", "attached quote plus the seller's bonus as the reason for a date"),
   ("H", "Tuesday's slot fits your move, and I'll take it as booked unless I hear otherwise by tomorrow night.", "his own move plus silence-means-yes"),
   ("N", "The van takes about 40 archive boxes a trip, so your 120 boxes is three runs in one day.", "figure from his own inventory")])

# 18 clean
email("oil painting workshops for the rivermead care home residents", "chatty", "Painting afternoons at Rivermead", "Hi Bernadette,", "Warmly,\nLucy Adair",
  [("N", "Thanks so much for the tour, and please pass my thanks to Arthur for showing me his sketchbook!", "pleasantry"),
   ("N", "Just a heads-up that the water-mixable oils I use have no solvents, so there's no smell in the lounge.", "borderline: one polite just carrying useful information")],
  [("N", "Going by your activity sheet, Tuesday afternoons look like the quietest slot, so I've suggested six sessions from 5 March.", "built on her own activity sheet"),
   ("N", "I've attached the session plan and the price, GBP 85 a session with all materials included.", "plan and price"),
   ("N", "Would you like a taster session on 26 February so residents can try it before you decide?", "dated offer, prospect's choice"),
   ("N", "Want me to bring a few of the paintings from the Brookfield home so the residents can see what's possible?", "borderline: bare demo-style offer")])

# 19
email("on-site dry cleaning for the mercer hotel staff uniforms", "very deferential", "Uniform cleaning, if convenient", "Dear Mr Ravel,", "Most respectfully yours,\nPeter Amos\nPressPoint Laundry",
  [("T", "Please forgive me for bothering you yet again, and I do hope I didn't overstep last time.", "over-apology and approval-seeking"),
   ("N", "Our van parks in your service yard and returns 200 uniforms pressed within a shift, so housekeeping is never short at the breakfast changeover.", "value tied to his housekeeping")],
  [("T", "The price sheet you asked for is attached, though I'm happy to take off whatever you think is fair.", "requested price sheet plus letting the buyer set the discount"),
   ("T", "I'd have to ask my manager whether we could go any lower, as I'm not really allowed to decide these things.", "defers a price question to the manager"),
   ("T", "We could perhaps begin on the first of the month, if that might possibly be acceptable, though only if you're quite sure.", "start date plus stacked hedges"),
   ("S", "It would mean the world to me personally to have a hotel like the Mercer on my little list of clients.", "seller's feelings and standing, no demand")])

# 20
email("orchid displays for the lanyard hotel lobby", "formal", "Orchid displays for the lobby", "Dear Ms Hargreave,", "Yours faithfully,\nEleanor Birch\nBirch & Bloom",
  [("N", "Thank you for your enquiry about weekly orchid displays for the lobby and the three restaurant counters.", "courtesy"),
   ("S", "The plants would come from our own glasshouses, which have been named Florist of the Year three times and supply several royal residences.", "sourcing detail plus awards and prestige")],
  [("N", "The attached quote of GBP 310 per week includes replacing any stem that browns before day seven.", "requested quote with a guarantee"),
   ("H", "Given how quickly our weekly contracts are taken, I would strongly advise confirming today rather than risk losing your place.", "manufactured scarcity, act now"),
   ("H", "Sample arrangements can be with you on Monday, and I would point out that every serious hotel on the street already has its displays in place.", "sample offer plus peer shaming"),
   ("H", "The measuring visit on 9 May can go ahead as soon as you have returned the signed order form and your company card details.", "site visit plus an assumptive payment step")])

# 21
email("outdoor table tennis tables for the sefton estate park", "terse", "Tables: order?", "Ian,", "Phil",
  [("N", "Two concrete tables, installed, GBP 6,400.", "plain price"),
   ("H", "Third email now, still nothing back from you.", "counts the attempts at the prospect"),
   ("T", "Or I could drop it to 5,000 if that gets things moving.", "unprompted discount"),
   ("HT", "Install could be 9 June, and I'll knock another 500 off if you order by Friday, after that the offer's dead.", "install date plus a discount tied to the seller's date"),
   ("N", "The Playing Fields Trust grant you mentioned closes on 15 September, so the order would need to be in by then to claim it.", "borderline: real external deadline with its reason, stated once")])

# 22 clean
email("overflow car park matting for the bracken show ground", "warm", "Ground protection for the show", "Dear Harriet,", "Kind regards,\nSimon Thwaite\nGroundGrip",
  [("N", "Thank you for walking me round the overflow field, and for the very good tea.", "pleasantry"),
   ("N", "After last year's rain, when you had 30 cars towed off, mesh matting would let the lower field stay open in the wet.", "value from the prospect's own history")],
  [("N", "We laid it for the Kelsey Steam Rally last August, and their advice was to put it down a week early so the grass grows through and anchors it.", "social proof turned into advice"),
   ("N", "The quote for 2,000 square metres is attached, along with the install plan.", "logistics"),
   ("N", "Would it help if I came to your committee meeting on the 14th to answer questions?", "offer to support her process")])

# 23
email("padlock supply for the halewood storage units", "chatty", "Locks for the new units!", "Hi Karen,", "Thanks a million,\nJo\nLockRight",
  [("S", "Big news: we've just launched our shiny new padlock range and I genuinely can't stop talking about it!", "rep's excitement about own product"),
   ("N", "You said around 30 customers a month lose their keys, and the new locks take a master override, so your staff can open a unit without cutting the shackle.", "value tied to her key problem"),
   ("H", "I've gone ahead and set up your account so the locks can ship on Monday, just pop your card details into the link!", "shipping date plus an assumptive payment step")],
  [("S", "The price for 400 locks is attached, and could you also pop us a five-star Google review and a quote for our website?", "requested price plus a review and testimonial ask"),
   ("T", "Just checking in really, I know it's a busy time so honestly whenever suits!", "checking-in purpose and whenever-suits")])

# 24
email("paper straw supply for the seabright kiosk chain", "formal", "Paper straws: supply for summer", "Dear Mr Tremayne,", "Yours sincerely,\nMalcolm Dorey\nPaperline Supplies",
  [("N", "Thank you for your order history, which shows 60,000 straws across your kiosks last July.", "prospect's own data"),
   ("HS", "Our regional director has asked that all summer contracts be signed by the end of this week so they fall within our financial year, and I would be grateful if you could do likewise.", "seller's director and year-end as the reason for a date")],
  [("N", "The straws hold their shape in cold drinks for over three hours, which addresses the soggy-straw complaints you forwarded.", "product detail tied to his complaints"),
   ("S", "Alongside the 8 mm straws your smoothie kiosks need, our facility produces cups, lids, cutlery, napkins, boxes, trays, cup carriers and bags in twenty colors.", "relevant spec plus a product dump"),
   ("T", "The attached price list shows our standard rates, although I would of course reduce them by whatever margin you feel appropriate.", "attached price list plus asking the buyer to set the discount"),
   ("H", "Frankly, any kiosk operator who still waits until June to order is asking for empty shelves.", "shaming the prospect")])

# 25
email("parachute packing for the fenwick skydive centre", "non-native English", "Offer for parachute packing", "Hello Mr Jensen,", "Best greetings,\nTomasz Nowak\nSkyPack Services",
  [("N", "Thank you for the list of 24 student rigs, I have seen all of them on Saturday.", "logistics in non-native phrasing"),
   ("H", "You need our packing service, there is no other good option for your centre.", "you-need directive"),
   ("N", "Our riggers are all BPA certified, which your insurance asks for.", "credential the buyer's process requires"),
   ("S", "We can start the packing on 1 May, and we are the best packers in all Poland and England, with more than twenty years.", "start date plus a boast and years in business")],
  [("T", "The price is GBP 38 for each rig, sorry that it is so high, I can make it cheaper if you say me a number.", "requested price plus apology and name-your-number"),
   ("H", "Already three centres near you are changing to us, and they will laugh if you stay with the old packer.", "peers switching, with shaming")])

# 26
email("parrot aviary building for the hollowbrook bird sanctuary", "warm", "The new aviary", "Dear Nadia,", "Best wishes,\nAlan Crewe\nCrewe Aviaries",
  [("N", "It was lovely to meet the macaws, and I'm sorry to hear that Rosie has been unwell.", "sympathy"),
   ("S", "The drawings for the 12-metre flight are attached, and I have to confess I'd love this job for my portfolio, since a sanctuary build would look wonderful on our website.", "attachment plus the seller's own benefit")],
  [("N", "I've specified the stainless mesh your vet recommended, so the birds can't chew through it.", "product detail tied to her vet's advice"),
  ("H", "The timber can be cut next week, and you really don't want to be the only sanctuary in the county still keeping macaws in an old pen.", "scheduling detail plus shaming"),
   ("T", "I hope you won't think I'm being pushy by mentioning it again, and do forgive me if I am.", "approval-seeking and apology for normal selling"),
   ("N", "Could we agree the layout by your trustees' meeting on 3 July, so the build is finished before the birds move in September?", "her own meeting date")])

# 27 clean
email("photo restoration for the emberton historical society", "blunt", "Photo restoration quote", "Dear Mr Blythe,", "Regards,\nNed Clarke",
  [("N", "I've looked at the twenty glass plates you sent over.", "logistics"),
   ("N", "Six have cracks through the emulsion, so I'd scan those before any cleaning rather than after.", "expert recommendation with the reason"),
   ("N", "Price for all twenty is GBP 640, including archival sleeves.", "plain price")],
  [("N", "I can't go lower than that, but if the society commits to the full collection of 200 plates, the rate drops to GBP 26 a plate.", "concession traded for volume"),
   ("N", "Shall I collect them on Monday, or would you rather post them?", "plain logistics question")])

# 28
email("pie warmer cabinets for the colliery welfare club", "chatty", "Pie warmers for match days", "Hiya Dave,", "Cheers,\nKelly",
  [("N", "Cracking night at the club on Friday, thanks for having us!", "pleasantry"),
   ("T", "Sorry to be a pain again, I know I keep pestering you about these cabinets.", "apology for following up")],
  [("N", "You said you sell about 150 pies on home games and the old cabinet holds 48, so the 96-pie model means one refill at half time instead of three.", "figures from the club's own data"),
   ("HS", "I went out on a limb with my boss to get you that demo unit, so it'd be pretty rough if you didn't order after all that.", "seller's standing as guilt for an order"),
   ("H", "The 96-pie model is in stock now, and the rugby club down the road already has one, so don't be the only club in town still serving cold pies.", "stock detail plus peers-bought shaming"),
   ("T", "Honestly though, no pressure whatsoever, ignore me if you're not bothered!", "minimising and inviting the prospect to ignore")])

# 29
email("planter maintenance for the ashworth plaza offices", "formal", "Planter maintenance contract", "Dear Ms Rahman,", "Yours sincerely,\nJonathan Ashby\nVerdant Interiors",
  [("N", "Thank you for meeting me on Thursday to walk the atrium and the roof terrace.", "courtesy"),
   ("S", "As winners of the Interior Landscaping Award in 2023 and 2024, we are the natural choice for a building of this calibre.", "awards as the reason to choose"),
   ("HS", "The quote for fortnightly care of the 64 planters is attached, and it would help me enormously with my quarterly target if the contract could be signed before 30 June.", "attached quote plus the seller's target as the reason for a date")],
  [("N", "Your facilities team mentioned that the terrace olives dropped their leaves last winter, and our plan includes fleece covers from November to prevent that.", "value tied to her issue"),
  ("T", "The first visit could be on 4 June, and I do apologise in advance for any inconvenience my follow-up may cause.", "first visit date plus apology for following up")])

# 30
email("plunge pool chiller for the tidewater sauna", "terse", "Chiller", "Mina,", "Rick",
  [("N", "The 3 kW chiller holds your pool at 6 degrees all summer.", "product detail"),
  ("N", "Thanks for the pool dimensions.", "courtesy"),
   ("S", "Best chiller on the market, full stop.", "generic boast"),
   ("H", "I can fit it Thursday, but say yes by tonight or that slot's gone.", "install date plus an invented deadline"),
   ("T", "Sorry, that sounded harsh, please don't be cross with me.", "self-abasing apology and approval-seeking")])

# 31
email("puppet theatre building for the dalton children's library", "very deferential", "A puppet theatre for the children's corner", "Dear Mrs Okonjo,", "With every good wish,\nMarjorie Fell\nFell Puppet Works",
  [("N", "Thank you so much for the photographs of the children's corner.", "courtesy"),
   ("T", "I hardly dare send you another message, and I'm terribly sorry if this one is an intrusion.", "self-abasing apology for following up")],
  [("N", "The theatre folds flat against the wall, so it won't block the fire exit route your building manager mentioned.", "product detail tied to her constraint"),
  ("S", "It is built from birch ply, and I'm rather proud to say my puppets have been on children's television.", "material detail plus a boast"),
   ("ST", "It would honestly make my year to build it, and I'd be ever so grateful for the chance.", "pleading for the seller's own sake"),
   ("T", "I've attached the drawings, but please feel free to ignore them entirely if you're too busy.", "attachment plus an invitation to ignore")],
  [("N", "I can bring a small model to storytime on Saturday 8th so the children can try it.", "dated offer")])

# 32
email("quill pen supply for the wexley heritage centre shop", "chatty", "Quills for the shop!", "Hi Gemma,", "Lots of love,\nBella\nFeatherfall Quills",
  [("N", "Thanks for the sales figures, it's great that the calligraphy sets sold out twice at Christmas.", "prospect's own data"),
   ("S", "We're the oldest quill makers in England, and our goose quills have been on the telly three times!", "years in business and exclamation-mark boast")],
  [("T", "The starter pack of 50 quills with ink comes to GBP 190 at trade, and I could knock another ten percent off just because!", "requested price plus an unprompted discount"),
  ("H", "Delivery's next week, and honestly every other heritage shop has stocked these already, so you'd be mad to miss out!", "delivery detail plus peers-already-bought FOMO"),
   ("S", "Oh, and if you know any other museum shops, I'd love an intro or two!", "asks for referrals")])

# 33 clean
email("quiet room fit-out for the harlow autism centre", "formal", "Quiet room: proposal and next steps", "Dear Dr Mensah,", "Yours sincerely,\nKate Linden\nCalm Spaces Design",
  [("N", "Thank you for sharing the sensory profiles your team compiled for the twelve young people who will use the room.", "courtesy"),
   ("N", "Seven of them are sensitive to sound, so we have specified acoustic wall panels and a soft-close door rather than the bubble tube in the original brief.", "recommendation backed by the prospect's data")],
  [("N", "Before we discuss cost, it would be worth confirming that the layout works for your occupational therapist.", "push-back that redirects to value"),
   ("N", "The drawings and a fixed price of GBP 14,800 are attached.", "logistics and price"),
   ("N", "The county's sensory grant closes to applications on 31 October, and our quote is valid for that submission.", "borderline: external grant deadline stated once with its reason"),
   ("N", "Would Tuesday 17th at 11 suit you and your therapist for a walkthrough?", "clear dated next step")])

# 34
email("raffle ticket printing for the merton hospice lottery", "non-native English", "Printing of raffle tickets", "Dear Mr O'Leary,", "Best regards,\nAhmed Rahimi\nPrintHaus North",
  [("N", "Thank you for your email and the design of the tickets.", "courtesy"),
   ("N", "For 50,000 tickets in books of five, numbered and perforated, the price is GBP 1,150.", "requested price")],
  [("H", "We can deliver in ten days, but you must order this week, otherwise surely no printer can make it in time for you.", "delivery time plus manufactured urgency"),
   ("S", "Our printing house is the biggest in the region, with twenty machines and very famous clients.", "size and client boast"),
   ("T", "I attach the proof, and sorry if it is not so good, I am not very expert with the design.", "attached proof plus self-abasement"),
   ("HS", "Also my boss is asking me every day about this order, so please help me and sign by Friday.", "seller's boss as the reason for a date"),
   ("HST", "My boss say that if you sign before our quarter close on 31 March, I can give you 20 percent, because we need this order for the quarter.", "discount tied to the seller's quarter-end date, with the seller's reason")])

# 35
email("rattan furniture for the sunhaven hotel terrace", "warm", "Terrace furniture", "Dear Olivia,", "Warmest wishes,\nSophie Lane\nIsland Weave",
  [("N", "Thank you for the terrace measurements and the lovely photos of the view.", "courtesy"),
   ("T", "For 18 tables and 72 chairs in the all-weather weave the price is GBP 21,600 delivered, and I'm so sorry, I really did try to keep it down.", "requested price plus apology for the price")],
  [("ST", "If you could put in a word for us on TripAdvisor afterwards, I'd happily shave a bit more off for you.", "borderline: discount offered in return for a review"),
   ("N", "The weave is UV-stable for ten years, so it won't fade and crack like the old set you showed me.", "product detail tied to her old set"),
   ("N", "Could we bring a sample chair on 5 April so your manager can try it?", "dated next step"),
   ("HS", "The sample chair can stay with you for the week, and it would mean so much to me if you could confirm before my review at the end of the month.", "sample loan plus the seller's review as the reason for a date")])

# 36
email("rescue dog transport for the kenley greyhound trust", "blunt", "Transport contract - decision please", "Paula,", "Dean",
  [("N", "Your trust moved 140 dogs last year, mostly from Romford and Towcester, according to your annual report.", "prospect's own data"),
   ("H", "I don't see what there is to think about; any trust that really cared about its dogs would have signed already.", "shaming the prospect")],
  [("H", "Your first pickup is already on our van schedule for Monday and the invoice will follow.", "assumptive booking and invoice"),
  ("HS", "The contract's attached, and after three unpaid trips round your kennels, the least you can do is sign it this week.", "attached contract plus the seller's effort as guilt"),
   ("S", "Our vans are DEFRA type 2 authorised, which your insurer requires, and they're simply the best in the business, with air con, cameras, padded crates, GPS, the lot.", "required credential plus a feature-list boast"),
   ("N", "Each van carries up to twelve dogs in separate crates.", "product detail")])

# 37
email("rigging for the hollis theatre fly tower", "chatty", "Fly tower rigging", "Hey Connor,", "Cheers,\nBex\nHighline Rigging",
  [("N", "Great catching up after the panto on Saturday!", "pleasantry"),
   ("S", "We've just been named Rigging Company of the Year, which is pretty mad, and the whole team is riding high!", "award and the rep's excitement")],
  [("T", "The inspection report you asked for is attached, but I'm not sure I've explained it very well, sorry about that.", "requested report plus self-abasing apology"),
   ("N", "Four of the 32 sets showed core rot at the head block, which is why I'd prioritize those before the autumn season.", "evidence-backed recommendation"),
   ("H", "After going over every line last week, I'd say you need to replace the hemp sets this summer, simple as that.", "borderline: you-need directive after a real inspection"),
   ("T", "Let me know which weekend suits for the refit, whenever you get a spare minute, no stress!", "scheduling ask plus whenever-you-get-a-minute minimising")])

# 38 clean
email("roof garden irrigation for the crane street apartments", "terse", "Irrigation quote", "Hi Ruth,", "Thanks,\nTom",
  [("N", "Drip irrigation for all 40 planters: GBP 4,300 fitted, quote attached.", "price and attachment"),
   ("N", "Your water bills show the terrace uses 9,000 litres a month in summer; drip should roughly halve that.", "figures from the prospect's own bills"),
   ("N", "Fitting takes two days.", "logistics"),
   ("N", "Does 12 or 13 May work?", "clear next step")])

# 39
email("rubble clearance for the ferngate demolition site", "very deferential", "Rubble clearance, with apologies", "Dear Mr Ferris,", "Humbly yours,\nBrian Ogden\nOgden Aggregates",
  [("T", "I'm so sorry to trouble you once more, and I apologise for how long my last email was.", "apology for following up and for length"),
   ("N", "The 6,000 tonnes of crushed concrete can go to our recycling yard at Millbank, which saves you the landfill tax on that tonnage.", "value tied to his site")],
  [("T", "I was only wondering whether you might maybe, if it's convenient, be open to a site visit on the 14th?", "meeting ask plus stacked hedges"),
  ("ST", "The quote is attached, and I'd be ever so thankful for the work, as our yard has been awfully quiet this spring.", "attached quote plus pleading for the seller's own sake"),
   ("N", "Our crusher can be on site the day after the last wall comes down on 28 March, as your programme shows.", "prospect's own programme date"),
   ("T", "And please don't worry if you've already chosen someone else; I'll simply try again next year.", "gives up at once")])

# 40
email("rose garden restoration for the whitcombe abbey cloister", "formal", "Cloister rose garden: plan and follow-up", "Dear Brother Anselm,", "With kind regards,\nDr Imogen Carr\nCarr Heritage Roses",
  [("N", "Thank you for the tour of the cloister garden, and for the history of the old roses.", "courtesy"),
   ("N", "Following up on the soil samples: the beds show replant disease, so I would replace the top 40 cm of soil before planting new roses.", "single follow-up with an evidence-backed recommendation")],
  [("S", "The roses would come from our own nursery, which holds three RHS gold medals and the national collection of gallicas.", "sourcing detail plus award boast"),
   ("HS", "I have put a great many evenings into researching your medieval varieties, so I must say I am disappointed not to have had a reply.", "seller's effort and feelings as guilt for a reply"),
   ("N", "The planting plan and cost estimate are attached.", "logistics")],
  [("H", "If the abbey will not commit this season, it will never happen, and the cloister will stay bare for another decade.", "now-or-never pressure"),
   ("N", "Could we meet on 22 September to go through the plan with the chapter?", "clear dated next step")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s100e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s100-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed100: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the twelfth session) from the labelling guide alone, blind to that session's third Apply changes (after\nrounds 93 to 96), which it was written to judge, and measured first in that session on a detector those changes leave\nas it was (rules + model macro-F1 0.952: hard_close 0.936, self_serving 0.949, timidity 0.969; 0 of 104 clean\nsentences flagged; email agreement 0.950 / 0.975 / 0.975).\n")
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
    R.append("- Every third email (s100e003, s100e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
