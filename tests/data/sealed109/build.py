#!/usr/bin/env python3
"""Build sealed109: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("safety goggles for the kelham college chemistry labs", "formal", "Safety goggles for the Kelham chemistry labs",
  "Dear Dr Okafor,", "Yours sincerely,\nGraham Pettit\nLabSafe Supplies",
  [("N", "Thank you for sending over the list of practical sessions planned for the spring term.", "pleasantry and logistics"),
   ("N", "For the Year 12 titrations you described, the indirect-vent model keeps splashes out without fogging up during a two-hour session.", "product detail tied to their practicals"),
   ("S", "Our goggles are chosen by more universities than any other brand in the country, and we collected two design awards last year.", "generic ranking and award boast")],
  [("H", "The quote for 120 pairs you asked for is attached, and I have already told our warehouse to hold the stock against the purchase order I expect from you by return.", "requested quote plus assumptive demand for a purchase order"),
   ("HS", "Having spent most of last week reshuffling our delivery rota around your term dates, I trust you will not leave me waiting for an answer.", "seller's effort used as guilt for a reply")],
  [("H", "I have pencilled in Tuesday at 11 for a fitting session with your technicians, and I will bring the delivery note for you to sign then.", "fitting session plus assumptive sign-off before a yes")])

# 2
email("sewer cctv survey for the brackley mews management company", "blunt", "Block C drain survey",
  "Hi Marcus,", "Dean\nClearflow Drain Surveys",
  [("N", "Following up on the collapsed section your caretaker found behind block C.", "single follow-up line that adds context"),
   ("H", "The camera can go in on any weekday, but frankly a survey is non-negotiable for a block your age, so book it this month.", "survey availability plus directive telling the prospect what they must buy"),
   ("H", "Three of the other management companies on your road have already signed with us, so you'll be the odd one out.", "peers already switched, used as shaming")],
  [("N", "The crawler camera records every joint and produces a defect report your insurer will accept.", "product detail tied to their insurer"),
   ("S", "The report comes in your insurer's format, and we're the only firm in the county running the new 4K crawler, best kit going.", "report format plus generic kit boast"),
   ("H", "I've put you down for the 14th and will raise the invoice today unless you stop me by Friday.", "proposed survey date plus silence-means-yes invoice"),
   ("HT", "Commit by Wednesday and I'll waive the £95 callout fee, after that it's back on.", "concession conditioned on the seller's date")],
  [("N", "Ring me on 07700 900412 if the 14th clashes with the residents' meeting.", "logistics")])

# 3
email("shopfitting for the ortolan cheesemonger", "very deferential", "Counter layout for Ortolan",
  "Dear Mrs Hale,", "With my warmest regards,\nPriya Lal\nHearth & Counter Shopfitters",
  [("T", "I'm so sorry to intrude on your morning again, and I hope you'll forgive me for writing at all.", "self-abasing apology for writing"),
   ("N", "You mentioned the chilled counter loses temperature whenever the door is propped open in summer.", "recap of the prospect's problem")],
  [("T", "I was sort of thinking that perhaps, if it might suit, we could possibly move the counter back from the door.", "design recommendation plus stacked hedges"),
   ("T", "I've attached the drawings, and I do apologise that the quote came out higher than I would have liked.", "attachment plus apology for the price"),
   ("T", "If the figure is too much, just tell me what you'd be comfortable paying and I'll make it work.", "asks the buyer to name their number")],
  [("N", "The new layout also frees up space for a second till for your Saturday queue.", "value tied to their queue")])

# 4 clean
email("stencil supply for the ashmead primary art room", "warm", "Stencils for the art room",
  "Hi Jo,", "Best wishes,\nTom\nCutline Craft Supplies",
  [("N", "It was lovely to see the Year 4 printmaking display when I dropped the samples off on Thursday.", "pleasantry"),
   ("N", "The mylar stencils you tested can go through the dishwasher, which should save your teaching assistant the Friday scrub.", "product detail tied to their routine")],
  [("N", "The council's purchasing system will bounce the order form unless the class codes are filled in.", "technical prerequisite for ordering"),
   ("N", "Shall I bring a class set to the staff meeting on the 9th so the other teachers can try them?", "clear next step with a date")])

# 5
email("subtitling for the penvale short film festival", "chatty", "Subtitles for Penvale shorts",
  "Hey Rosa!", "Cheers,\nLuca\nFrameline Subtitles",
  [("N", "Great chatting at the filmmakers' mixer on Saturday.", "pleasantry"),
   ("S", "I'm honestly buzzing about the captioning engine we launched last month, it's my favorite thing we've ever made!", "the rep's excitement about their own product"),
   ("S", "We handle SRT, VTT, burned-in captions, 40 languages, speaker tags, color coding, karaoke timing and live caption feeds.", "feature list with no tie to the festival")],
  [("N", "You said 22 of this year's 60 shorts are in Welsh or Cornish, so we'd price those first.", "figure from the prospect's own data"),
   ("ST", "I'd be crazy grateful for this one, to be honest, because it's my first festival account and I really want to land it.", "pleading for the seller's own sake"),
   ("S", "Once we're confirmed, could you also pop our logo on the festival programme?", "favour for the seller: a logo placement")],
  [("T", "It's probably a silly idea, so do tell me to hush, but we could also do audio description for the two documentaries.", "audio-description offer plus self-minimising and permission-seeking"),
   ("S", "Is Wednesday good for a call, so I can walk your programme team through our whole product suite?", "meeting ask plus whole-suite pitch")])

# 6
email("sandwich platters for the corbridge planning office meetings", "terse", "Board lunch menu",
  "Hi Sandra,", "Kev\nCrustworks Catering",
  [("N", "Menu for the 12-person board lunch attached, as requested.", "attachment they asked for"),
   ("H", "We can do the 14th, but next month's diary is filling fast and I can't promise it'll be there tomorrow, so book now.", "available date plus scarcity without a date"),
   ("T", "Or I can just drop the price by 15% if that gets it over the line.", "unprompted discount")],
  [("H", "Dietary codes are marked on each item, and the deposit form's attached so I can lock your date.", "dietary codes plus assumptive deposit")])

# 7
email("sheepskin rugs for the fellhouse boutique hotel", "formal", "Sheepskin rugs for the Fellhouse bedrooms",
  "Dear Mr Aske,", "Yours faithfully,\nEleanor Thornley\nThornley Tannery",
  [("N", "Thank you for showing me round the twelve bedrooms on Tuesday.", "pleasantry"),
   ("S", "Thornley Tannery has been family run since 1891, handed from parent to child for four generations.", "borderline: heritage line, rule 8"),
   ("N", "The short-wool hides we discussed lie flat under bedroom doors, which was your housekeeper's main concern.", "product detail tied to their concern")],
  [("S", "The swatches you wanted are enclosed, and I may say that our rugs grace the floors of several royal residences.", "requested swatches plus generic prestige boast"),
   ("HS", "My regional director has asked me to have your order in before our financial year closes on the 31st, so I would be grateful for your signature by then.", "signature date with the manager and year end as the reason")],
  [("N", "Your interior designer is copied in, as she asked to see the colour options.", "copying someone at their request")])

# 8
email("saxophone repair for the blue lantern jazz club", "non-native English", "Your two tenor saxophones",
  "Dear Mister Cole,", "Best regards,\nAndrzej Nowicki\nNowicki Woodwind Repair",
  [("N", "Thank you for bring the two tenor saxophones to my workshop last week.", "pleasantry"),
   ("N", "The pads on the older one are leaking at low B and this is why the note is cracking on the stage.", "diagnosis tied to their problem"),
   ("T", "The price for both is £310, and I am very sorry, really very sorry, that it is more than you hope.", "price plus repeated apology for the price")],
  [("T", "If is too expensive I can make it for half, is no problem, you decide.", "unprompted, unconditional discount"),
   ("S", "I will use the same pads as the original, and I am repairing for famous orchestras, Berlin, Warsaw, many.", "pad detail plus generic boast"),
   ("T", "Maybe if you have a little time, perhaps you can maybe tell me when is possible to collect, only if it is not disturbing you.", "collection ask plus stacked hedges and permission-seeking")],
  [("N", "The repair takes four days, so I can return them before your Friday concert.", "logistics tied to their date")])

# 9 clean
email("spirometers for the wyndham lane gp surgery", "formal", "Spirometer quotation",
  "Dear Dr Bhatt,", "Kind regards,\nHelen Marsh\nAirway Diagnostics",
  [("N", "Thank you for your questions about calibration after the practice meeting.", "pleasantry"),
   ("N", "The model you trialled self-checks against its syringe each morning, so your nurses would no longer log calibration by hand.", "value tied to their workflow"),
   ("N", "Because the manufacturer revises its price list on 1 April when new component costs take effect, the attached quote holds until 31 March.", "borderline: factual price expiry stated once with its reason, no urgency")],
  [("N", "Your practice nurse and I could go through the COPD reports together when I visit on the 18th.", "offer to serve the customer on a set date")])

# 10
email("strimmer servicing for the oakbarrow golf course greenkeepers", "blunt", "Strimmers",
  "Steve,", "Rob\nFairway Mower Care",
  [("H", "Four emails and two voicemails about the strimmers now, and not so much as a 'no thanks' back.", "counting attempts at the prospect and multi-channel chasing"),
   ("H", "The quote's attached again, and on Monday I'm copying it to your club secretary, since you seem to have lost it.", "quote plus bypass threat"),
   ("N", "Your six machines are due their pre-season service before the course reopens on 1 March.", "the prospect's own date")],
  [("HS", "I've turned away two other clubs to keep the workshop free for you, so the least you owe me is a yes or a no.", "seller's sacrifice as guilt for a decision"),
   ("N", "Spark plugs, line heads and fuel filters are all included in the price.", "product detail")])
# 11
email("seaweed fertiliser for the carnmoor market garden", "warm", "Kelp for the east beds",
  "Hello Aileen,", "Warmly,\nFinn\nTideline Organics",
  [("N", "I hope the polytunnels came through last week's gales in one piece.", "pleasantry"),
   ("N", "Your soil test showed low potassium in the east beds, which fits the blossom-end rot you saw on the tomatoes.", "the prospect's own data"),
   ("S", "Our kelp is hand-harvested off Mull and has taken the Soil Association's innovation award three years running.", "award boast not tied to their outcome")],
  [("N", "Worked in at 3 kilos per bed, it should bring potassium up to the level your agronomist recommended by planting time.", "value tied to their goal"),
   ("S", "Landing you would honestly make my month, as I've been talking you up to my boss for weeks.", "seller's feelings and standing, no blame or demand"),
   ("H", "I can deliver the first pallet on the 2nd, and I'll pop the invoice in with it so it's one less thing for you.", "delivery date plus assumptive invoice before a yes"),
   ("T", "The price sheet is attached; do say if I'm writing too often, and please don't feel you owe me anything.", "price sheet plus approval-seeking and pre-emptive release")])

# 12
email("slush machine hire for the regal picturehouse", "chatty", "Slushies for the summer holidays",
  "Hi Dev,", "Cheers!\nMaddie\nFrostbite Slush Co.",
  [("N", "Loved the retro poster wall in your foyer, by the way.", "pleasantry"),
   ("N", "Based on the 900 holiday tickets you sold last August, two twin-bowl machines should keep the concession line under five minutes.", "the prospect's own figures tied to value"),
   ("H", "Honestly, every other cinema in the county's already switched to us, so you're kind of the last one still serving flat cola.", "peers already switched, used as shaming")],
  [("HT", "Sign before Friday and I'll knock a third off the first season.", "discount conditioned on the seller's date"),
   ("S", "Plus it'd put me top of our sales leaderboard, which would be a massive win for me.", "seller's contest standing, no date tied to the prospect")],
  [("H", "Machines come with a month of syrup, and heads up, the Rialto in town signed on Monday, so don't let them pinch your summer crowd.", "syrup detail plus rival who already bought"),
   ("N", "Shall I drop a machine round on Thursday so your staff can try it?", "trial offer with a date")])

# 13
email("strawberry punnets for the pickmere fruit farm", "terse", "Punnet price",
  "Hi Carol,", "Jas\nPunnetPak",
  [("T", "Price for 50,000 compostable punnets is £0.06 each, as you asked, sorry I know that's steep.", "price plus apology for the price"),
   ("H", "Stock ships from Hull within five days, but only while it lasts, and the farm down the road has already taken half.", "shipping time plus scarcity and peers who bought")],
  [("T", "Totally get that you're flat out, I'll try again after picking season.", "accepts a brush-off without a question")])

# 14
email("tannoy system repair for the holmside greyhound stadium", "blunt", "PA test results",
  "Mr Briggs,", "Phil Garside\nGarside Sound",
  [("N", "Our engineer tested all 14 speaker zones during Saturday's meeting.", "logistics"),
   ("N", "Zones 3 and 9 dropped out within ten minutes, and the rack is older than the manufacturer will still supply parts for.", "evidence from the inspection"),
   ("H", "Having tested every zone, I can tell you that you need the whole amplifier rack replaced before the next race night.", "borderline: 'you need' directive, but after a real inspection, rule 6")],
  [("H", "Every week you put this off is another race night where one failed call could cost you your licence.", "fear of loss used to push, no figure"),
   ("S", "We'd fit the same amplifiers as in your main stand, and frankly nobody in Yorkshire comes close to our track record.", "product detail plus generic boast"),
   ("H", "I've pencilled our crew in for Tuesday and attached the deposit invoice so we can crack on.", "install slot plus invoice before a yes")],
  [("N", "The safety announcement circuit stays live throughout the work.", "logistics")])

# 15
email("tow bar fitting for the 9th colwick scouts minibus", "warm", "Tow bar for the minibus",
  "Hi Bev,", "All the best,\nNadia\nHitchRight Towbars",
  [("N", "Thanks so much for the photos of the minibus chassis.", "pleasantry"),
   ("N", "A detachable tow bar would let you pull the kit trailer to camp and still clear the church hall's height barrier.", "value tied to their situation"),
   ("ST", "I'd love to take 20% off if you'd let us write the troop up as a case study for our website.", "borderline: discount offered to win a case study, rule 7")],
  [("T", "Bumping this back to the top of your inbox in case it sank under the weekend's post, no rush whatsoever.", "checking-in variant and 'no rush'"),
   ("N", "The fitting takes about two hours at our Netherfield workshop.", "logistics"),
   ("H", "The trailer electrics are included, and most troops in the district have already kitted out their minibuses with us, so I'd hate yours to be left behind.", "included electrics plus peers already switched")],
  [("N", "Would a Saturday morning before your summer camp on 26 July work for your leaders?", "meeting ask using the prospect's own date")])

# 16
email("tuck shop stock for the ravensmoor prep school", "very deferential", "Tuck shop supply",
  "Dear Bursar,", "Yours most respectfully,\nGeoffrey Ambler\nAmbler Wholesale Confectioners",
  [("T", "I must beg your indulgence for writing once more, as I know how precious your time is.", "apology for following up and self-abasement"),
   ("N", "Our lower-sugar range meets the school food standards quoted in your tender.", "credential the buyer's process requires"),
   ("T", "If it would not be too great an imposition, might I perhaps send a small sample box?", "sample offer plus stacked hedges and permission-seeking")],
  [("ST", "This is my first term covering the schools round, so a trial order would be a great kindness to me personally.", "trial-order ask plus pleading for the seller's own sake"),
   ("T", "I trust this letter finds favour and that I have not overstepped in any way.", "needing approval"),
   ("T", "The price list is enclosed, and should it not suit, I will of course ask my manager whether we might lower it for you.", "price list plus deferring the discount to a manager")],
  [("N", "Deliveries would arrive on Monday mornings, before the first bell.", "logistics")])

# 17 clean
email("tofu supply for the green bowl vegan kitchen", "chatty", "Tofu blocks",
  "Hi Mei,", "Cheers,\nOwen\nSoybean & Co.",
  [("N", "Thanks for the tasting on Monday, your team's crispy tofu bao was seriously good.", "pleasantry"),
   ("N", "Since you go through about 40 kilos a week, the 10-kilo catering blocks would cut your packaging waste by roughly two thirds.", "the prospect's own figures tied to value"),
   ("N", "Our Tuesday van doesn't run in Easter week, so it's just the Thursday drop that week.", "borderline: one harmless 'just', rule 1")],
  [("N", "Shall I set up a trial week from the 3rd so your chefs can test the firm and silken side by side?", "clear next step with a date")])

# 18
email("trellis installation for the skylark rooftop bar", "non-native English", "Green wall for Skylark terrace",
  "Hello Mr Varga,", "Best regards,\nMatteo\nVerde Vertical",
  [("N", "Thank you for the meeting on the roof terrace last Friday.", "pleasantry"),
   ("S", "Our company is number one in Europe for green walls, with 250 projects and many famous clients.", "generic ranking boast"),
   ("N", "With the wind at seven floors, we fix the trellis to the steel frame and not to the planters, so it does not move.", "expert detail tied to their roof")],
  [("H", "The price in the offer is good, but you must decide this week because after this it goes up and other bars want our team.", "offer price plus fake deadline and rival buyers"),
   ("S", "For me it is very important to make this project, my boss is watching my results this month.", "seller's need and manager, no date pressed on the prospect")],
  [("S", "The drawing with the climbing jasmine is in attachment, and you can see on it also our prize from Milan Design Week.", "attachment plus award boast")])

# 19
email("tug towage for the penmore dry dock", "formal", "Towage into Penmore dry dock",
  "Dear Captain Moyle,", "Yours faithfully,\nR. Tregenza\nTregenza Towage",
  [("N", "Further to your enquiry, I attach our tariff for towing vessels of up to 4,000 tonnes into the Penmore dock.", "tariff they asked for"),
   ("N", "The harbour authority requires a pilot and two tugs for any entry on a spring tide, which is why the quote includes both.", "regulatory requirement explained"),
   ("S", "Both tugs carry full salvage certification, and we run the most powerful fleet on the south-west coast, named Marine Services Operator of the Year.", "certification detail plus generic boast and award")],
  [("H", "Your date of 9 May is on the booking form, and I shall treat the absence of any objection by Wednesday as your instruction to proceed.", "prospect's own date plus silence-means-yes"),
   ("HS", "I have personally vouched for your account to our board, so I would take it as a poor return were you to go elsewhere.", "seller's reputation on the line as guilt")],
  [("N", "Our duty officer can be reached on channel 14 at any hour.", "logistics")])

# 20
email("terrarium supply for the ferncombe reptile house", "chatty", "Vivarium list",
  "Hi Kieran,", "Speak soon,\nBecky\nHabitat Glassworks",
  [("N", "Gutted to hear your old heat mats packed in over the weekend, I hope the geckos are okay.", "sympathy"),
   ("N", "The glass units we talked about hold humidity at 70% without misting twice a day, which was your keepers' biggest chore.", "value tied to their chore"),
   ("S", "The sizes you asked about are on the sheet, and honestly, the big zoos all adore us and we've been in every trade magazine this year!", "requested sizes plus generic boast")],
  [("T", "Thought I'd wave from your inbox again to see whether you'd had a look, honestly take all the time in the world!", "check-in with no purpose and giving away urgency"),
   ("H", "The bigger units come flat-packed, and the zoo in Paignton has already switched all its vivariums to us, so you're behind the curve.", "delivery detail plus peers already switched as shaming"),
   ("T", "If the bill is the issue, name whatever figure works for you and I'll see what I can do.", "asks the buyer to name their number"),
   ("N", "Want to see one running?", "borderline: bare demo ask, rule 9")])
# 21
email("tuba repair for the harrowden silver band", "terse", "Tubas",
  "Alan,", "Mick\nBrassworks",
  [("N", "Dent work on both E-flat tubas is done; the valves still stick on the older one.", "logistics and diagnosis"),
   ("S", "Glad the band's happy with the dent work, and if you've a minute, a line on our Google page would help us a lot.", "borderline: review asked of a happy customer right after value, rule 10")],
  [("H", "A valve rebuild is £140 per instrument, and I've already stripped yours down, so I'll take that as a yes.", "price plus assumptive go-ahead"),
   ("H", "I can start the valves Monday, but pay the deposit today or the slot goes and you wait till autumn.", "start date plus ultimatum"),
   ("H", "The other bands in your section already book with us, so don't be the one with the wobbly bottom end at the contest.", "peers already switched, used as shaming")])

# 22 clean
email("tumble dryer servicing for the brook end campsite laundry", "terse", "Dryer service date",
  "Hi Lorna,", "Thanks,\nPaul\nDryRight Services",
  [("N", "Your four dryers are booked in for 2 April, before the site opens on the 10th.", "the prospect's own date"),
   ("N", "Lint ducts will be cleared too, as your insurer asked.", "value tied to the insurer's request"),
   ("N", "Our booking system went down on Monday, so I'm sorry the quote reached you late; the corrected copy is attached.", "borderline: single courtesy apology for a real delay, with reason and fix")])

# 23
email("tandem hire for the lyncombe sight-loss cycling group", "warm", "Tandems for your Sunday rides",
  "Dear Ruth,", "Warm wishes,\nSimon\nTwinSpoke Cycle Hire",
  [("N", "It was a real pleasure meeting your riders at the Lyncombe open day.", "pleasantry"),
   ("N", "You mentioned that half your pilots are new volunteers, so each of our tandems carries a pilot-briefing card on the handlebar.", "value tied to their volunteers"),
   ("HS", "Sorting your insurance paperwork ate two of my evenings, so a decision this week doesn't seem much to ask.", "seller's effort as guilt for a decision")],
  [("S", "Our founder rode from Land's End to John o' Groats on a tandem, and we've three national awards on the wall to prove our passion!", "founder story and awards, not tied to the group"),
   ("T", "I hope I haven't come on too strong; it would sit badly with me if we'd put you off.", "needing approval")],
  [("H", "The insurance certificate is attached, and as your committee only meets quarterly, just sign it yourself and tell them afterwards.", "attachment plus overriding the prospect's own process")],
  [("N", "The hire agreement is attached, and I can bring four bikes to your Sunday ride on the 12th if that suits.", "attachment and offer with a date")])

# 24
email("underlay fitting for the starburst bingo hall", "blunt", "Underlay for the main hall",
  "Hi Gary,", "Carl\nFootfall Flooring",
  [("N", "Measured up the main hall and the cafe on Monday: 620 square metres in all.", "logistics"),
   ("H", "Your hall needs new underlay, end of story.", "'needs' as a directive with no evidence"),
   ("N", "The acoustic underlay would take the echo off the caller's voice, which your regulars complained about.", "value tied to their complaint")],
  [("H", "We can fit overnight so you don't lose a session, and I've already emailed your accounts team our bank details for the deposit.", "overnight fitting plus assumptive payment step"),
   ("HS", "I'm not waiting another month on this one, my commission's been docked once already this quarter, so I want it signed by Friday.", "Friday signature date with the seller's commission as the reason")])

# 25
email("utensil supply for the sorrel lane cookery school", "very deferential", "Starter sets for your students",
  "Dear Chef Adeyemi,", "With humble thanks,\nClaire Dunmore\nDunmore Kitchen Supplies",
  [("T", "I do hope you'll pardon the intrusion, and I completely understand if this is of no interest whatsoever.", "apology for writing and pre-emptive release"),
   ("N", "For your 16-station teaching kitchen, the starter set gives each student a knife roll, two pans and a full set of measures.", "product detail tied to their kitchen"),
   ("T", "The catalogue is attached, and I'm ever so sorry this email has run on so long.", "catalogue plus apology for length")],
  [("ST", "It would mean the world to me personally to supply a school like yours, so I'd be ever so grateful for any chance at all.", "pleading for the seller's own sake"),
   ("T", "Perhaps, should a spare moment ever arise, a short call might conceivably be of some use?", "call ask plus stacked hedges")])

# 26 clean
email("vestment embroidery for st aldhelm's church", "formal", "Repair of the Easter chasuble",
  "Dear Father Nolan,", "Yours sincerely,\nMargaret Ellery\nEllery Ecclesiastical Embroidery",
  [("N", "Thank you for showing me the Lady Chapel frontal and the two damaged chasubles on Sunday.", "pleasantry"),
   ("N", "The goldwork on the Easter chasuble can be couched onto new silk with the original thread kept, as your churchwardens wished.", "value tied to their wish"),
   ("N", "Because the diocese's faculty approval for work on listed textiles takes about eight weeks, I would apply before the end of this month if you hope to wear it at Easter.", "borderline: real external lead time stated once with its reason, rule 4")],
  [("N", "I enclose a costed proposal and photographs of a similar repair.", "attachment"),
   ("N", "Might Tuesday the 8th at ten suit for a second look with the churchwardens?", "meeting ask with a date")])

# 27
email("velux window replacement for the quarry mill loft apartments", "chatty", "Roof windows quote",
  "Hiya Tom,", "Cheers,\nDanny\nSkylight Brothers",
  [("N", "Good to finally meet you and the residents' committee on Wednesday.", "pleasantry"),
   ("N", "Your survey flagged condensation in 11 of the 18 roof windows, which is about what we'd expect from the original single-glazed units.", "the prospect's own data"),
   ("T", "The quote's attached, and I sort of figured you could maybe, kind of, give it a glance at some stage?", "quote plus stacked hedges")],
  [("T", "The price includes taking away the old frames, but tell you what, I'll knock a tenner off every window anyway, call it a goodwill thing.", "price detail plus unprompted discount"),
   ("S", "We're the top-rated roof window fitters in the county on every review site going.", "generic ranking boast"),
   ("T", "If it's a no, that's totally fine, I'll not take it personally.", "pre-emptive release")],
  [("N", "The top floor can be done from inside, so no scaffold is needed.", "product detail"),
   ("T", "I'll swing by Thursday to measure the last two, if that's not too much bother, sorry!", "measuring visit plus permission-seeking and apology")])

# 28
email("vocal coaching for the kestrel male voice choir", "non-native English", "Coaching for the second tenors",
  "Dear Mr Pryce,", "With kind regards,\nIlse Brandauer",
  [("N", "Thank you for let me listen at your rehearsal on Thursday evening.", "pleasantry"),
   ("N", "The second tenors are pushing on the high notes, and three sessions on breath support can fix this before your competition in June.", "insight tied to their date"),
   ("S", "My fee is £90 for two hours, and I am coach since 22 years, teaching in Vienna and Milano with many prizes, you can see on my website.", "fee plus years and prizes boast")],
  [("H", "The first free Thursday is the 14th, but you must book now, because my calendar is almost full and when it is gone, it is gone.", "available date plus scarcity without a date"),
   ("HS", "Please confirm before the end of this month, because my agency pays my bonus only for bookings made in this month.", "booking date with the seller's bonus as the reason"),
   ("S", "Also it will be very nice for me if the choir writes a review on Google after the first session.", "review favour asked before any value")])

# 29
email("woodchip supply for the hartgrove school biomass boiler", "formal", "G30 woodchip for Hartgrove",
  "Dear Ms Fairbairn,", "Yours sincerely,\nAndrew Kerr\nHeartwood Fuels",
  [("N", "Further to our conversation, I enclose moisture test results for our G30 chip.", "attachment"),
   ("N", "At under 25% moisture, it should stop the clinker that has been shutting your boiler down on cold mornings.", "value tied to their problem"),
   ("HST", "Our sales director has authorised a 12% reduction only for contracts signed by Friday, when his winter target closes, so please sign before then.", "discount tied to the seller's date with the director's target as the reason")],
  [("S", "We supply over 200 schools and came first in the national biomass suppliers' satisfaction survey.", "generic ranking boast"),
   ("N", "Deliveries would be fortnightly from October to March, with top-ups on request.", "logistics"),
   ("S", "The chip is FSC certified, and I might add that our managing director has recently joined the board of the national biomass association.", "certification plus seller prestige"),
   ("H", "I have taken the liberty of scheduling your first delivery for 1 October, and the direct debit mandate is enclosed for your signature.", "delivery schedule plus assumptive payment step")])

# 30 clean
email("wet room tiling for the linnet house care home", "very deferential", "Wet room tiling",
  "Dear Mrs Osei,", "With kind regards,\nJoseph Mensah\nSureStep Tiling",
  [("N", "Thank you very much for your time on Friday and for introducing me to your maintenance lead.", "pleasantry"),
   ("N", "The slip-rated tiles we looked at meet the R11 rating your inspection report asked for.", "credential the buyer's process requires"),
   ("N", "We could potentially fit the two ground-floor wet rooms first, as those residents are most at risk of falls.", "borderline: one mild hedge, rule 2")],
  [("N", "Would it be convenient for me to call on Monday at 2 to agree the order of works?", "meeting ask with a date")])
# 31
email("wet-pour surfacing for the daisyfield park playground", "blunt", "Surfacing under the climbing frame",
  "Hi Ian,", "Lee\nSoftLand Surfaces",
  [("N", "Your RoSPA inspection scored the surface under the climbing frame as high risk.", "the prospect's own data"),
   ("H", "The quote for the 180 square metres is attached, and if a child gets hurt while it sits on your desk, you'll only have yourselves to blame.", "requested quote plus guilt and blame")],
  [("HS", "I've done three site visits on this for nothing, so I'm owed a straight answer this week.", "seller's effort as guilt and entitlement to an answer"),
   ("H", "The parish council clerk will hear from me directly if this stalls again.", "bypass threat"),
   ("S", "We'd lay a 60 mm shock pad to meet the fall height, and we're the biggest playground surfacer in the Midlands, we don't lose tenders.", "shock-pad detail plus generic boast"),
   ("H", "Install takes two days, and I've told my crew they're starting on the 3rd, so get the paperwork back to me.", "install time plus assumptive booking and demand")])

# 32
email("wreck diving charters for the seacombe sub-aqua club", "chatty", "Wreck days for the club",
  "Hey Jonno,", "Cheers,\nJess\nDeepBlue Charters",
  [("N", "Brilliant to see the club's photos from the Manacles trip!", "pleasantry"),
   ("N", "For your group of 14 with mixed tickets, we'd do the shallow wreck in the morning and the Mohegan for the advanced divers after lunch.", "plan tied to their group"),
   ("S", "The boat's got twin engines, a hot shower, a dive lift, nitrox on board, a coffee machine, a heated saloon and Wi-Fi!", "feature list")],
  [("S", "I'm so excited about this season, we've just had the boat refitted and I'm dying for everyone to see it.", "the rep's excitement, no customer value"),
   ("H", "The day rate is £55 a head with fills, but summer weekends are pretty much gone, so grab one now or you'll be diving in October.", "price plus scarcity without a date"),
   ("HT", "Book by Sunday and I'll throw the second dive in for free.", "free extra conditioned on the seller's date")],
  [("T", "Thought I'd float this back up again, reply whenever suits, honestly.", "contentless follow-up and 'whenever suits'")])

# 33
email("wine tasting evenings for the ambleford rotary club", "warm", "Rhone evening for 14 November",
  "Dear Alistair,", "Warmest wishes,\nCatherine\nVine & Verse Tastings",
  [("N", "Thank you for a lovely evening at the Rotary dinner, and congratulations on the charity total.", "pleasantry"),
   ("N", "For your fundraising night on 14 November, a six-wine tour of the Rhone would fit the 90 minutes you have before the auction.", "the prospect's own date tied to value"),
   ("T", "It comes to £32 a head, and I'm so sorry it's a little high; I feel awkward even mentioning it.", "price plus apology for the price")],
  [("ST", "Bookings have been slow for me this autumn, so any support from the club would help me enormously.", "pleading for the seller's own sake"),
   ("N", "The proposal is attached with two wine lists to choose from.", "attachment"),
   ("S", "I'd pair the wines with local cheeses, and I should mention I was shortlisted for Wine Educator of the Year, which I'm rather proud of!", "cheese pairing plus personal award boast")])

# 34 clean
email("whetstone supply for the edgewell chef academy", "non-native English", "Whetstones for knife class",
  "Dear Chef Moreau,", "Best regards,\nKenji Arai\nArai Hamono Imports",
  [("N", "Thank you for answer my questions about the knife class.", "pleasantry"),
   ("N", "For 30 students, the 1000/6000 combination stone is enough for daily sharpening and is cheaper than two separate stones.", "value tied to their class size"),
   ("N", "I attach the price list and a short guide for flattening the stones.", "attachment")],
  [("N", "Can I come on Wednesday the 5th to show the technique to your teachers?", "next step with a date")])

# 35
email("wrestling mats for the tarnside wrestling club", "terse", "Competition mat",
  "Hi Shona,", "Ross\nGrappleGear",
  [("N", "Quote for the 12x12 competition mat attached, as requested.", "attachment they asked for"),
   ("HS", "Need it signed by the 30th, that's my quarter end.", "signature date with the seller's quarter as the reason"),
   ("S", "Delivery's three weeks, and we've kitted out more clubs than anyone in Scotland.", "delivery time plus generic boast"),
   ("H", "Colour options are on page 2, and the blue's nearly sold out, so move quickly.", "colour options plus scarcity and urgency")])

# 36
email("yo-yo workshop for the brightmoor half-term holiday club", "chatty", "Yo-yo day at half-term",
  "Hi Leanne!", "Big waves,\nZac\nLoopTheLoop Workshops",
  [("N", "Thanks for the lovely chat about the half-term programme.", "pleasantry"),
   ("N", "For 40 kids aged 7 to 11, we run two groups of 20 so everyone earns a trick certificate by lunch.", "plan tied to their group"),
   ("S", "We're the UK's number one yo-yo entertainers and we've been on Blue Peter twice!", "generic boast with exclamation")],
  [("H", "Your Wednesday is still free, but three other clubs have already asked about it, so I'd nab it today if I were you.", "the prospect's date plus rival buyers and urgency"),
   ("HT", "Book by Friday and the yo-yos are free instead of £3 each.", "kit offer conditioned on the seller's date"),
   ("S", "The kids keep their yo-yos, and would you mind giving us a shout-out on the holiday club's Facebook page too?", "product detail plus favour for the seller")],
  [("T", "Sorry for all the messages, I promise I'm not stalking you!", "apology for following up")])

# 37
email("yachtmaster tuition for the porthkerris harbour pilots", "formal", "Yachtmaster Offshore for your pilots",
  "Dear Harbourmaster,", "Yours faithfully,\nCaptain Ann Trevithick\nTrevithick Sea School",
  [("N", "I was sorry to hear of the grounding at the east pier last month, and glad that nobody was hurt.", "sympathy"),
   ("N", "Night duties for your two newest pilots need the port authority's sign-off, which in turn needs a Yachtmaster Offshore certificate.", "'need' as a regulatory prerequisite"),
   ("N", "Our course covers the night pilotage and tidal stream work that the port authority's assessment focuses on.", "value tied to their assessment")],
  [("H", "By the overtime figures your office sent, each month those two pilots stay uncertified costs you about £4,000, money you are simply throwing away.", "borderline: cost of delay from their own data, but used to push, rule 5"),
   ("H", "The next course starts on 3 March in Falmouth, and if the decision drifts past next week, I shall write to the harbour board chairman myself.", "course date plus bypass threat")],
  [("S", "I enclose the syllabus and, you will forgive a note of pride, a list of the awards our instructors have won.", "syllabus plus award boast")])

# 38
email("zine printing for the inkwell comics fair", "warm", "Riso printing for the fair",
  "Hi Ade,", "With warm wishes,\nBea\nInkDrum Riso Studio",
  [("N", "Congratulations on selling out the fair last spring!", "pleasantry"),
   ("N", "For 30 exhibitors at 100 copies each, riso printing would keep each zine under 40p, well inside your table-fee subsidy.", "value tied to their budget"),
   ("S", "Samples are on their way and should land Thursday, and it would really help our little studio if you recommended us to the other fair organisers you know.", "samples plus referral favour for the seller")],
  [("T", "I completely understand if you've gone with someone else already, and I'm just grateful you gave us a look at all.", "pre-emptive release and gratitude for being considered"),
   ("T", "The quote covers two-colour covers, and honestly, if the price is a worry, I'm happy to just do it at cost.", "quote detail plus unconditional discount"),
   ("N", "If you did pick another printer, I'd value ten minutes on what tipped it, purely so we get better.", "borderline: optional loss-review debrief, rule 10")])

# 39 clean
email("zoetrope building for the halberton museum of childhood", "warm", "Zoetrope for the entrance",
  "Dear Imogen,", "Warm regards,\nHugh\nMagic Lantern Workshop",
  [("N", "What a treat to walk round the Victorian toy gallery with you on Tuesday.", "pleasantry"),
   ("N", "A hands-on zoetrope by the entrance would give school groups something to do while they wait for the 10 o'clock tour, the bottleneck you mentioned.", "value tied to their bottleneck"),
   ("N", "I've attached sketches of the one-metre drum and sample strips the children could draw themselves.", "attachment")],
  [("N", "Following up on your accessibility question, the drum turns at wheelchair height and the viewing slots sit at two levels.", "single follow-up that adds something new"),
   ("N", "Shall we meet again on the 20th to look at finishes?", "next step with a date")])

# 40
email("stopcock replacement for the wren street almshouses", "very deferential", "Stopcocks for the cottages",
  "Dear Mr Whitby,", "Yours very humbly,\nMartin Foley\nFoley Plumbing & Heating",
  [("T", "I'm terribly sorry to land in your inbox yet again, and I do apologise for being such a nuisance.", "repeated, self-abasing apology"),
   ("N", "The residents' water was off for six hours last week because the old stopcocks had seized, as your warden reported.", "the prospect's own report"),
   ("N", "A quarter-turn valve in each of the 12 cottages means each one can be isolated without cutting off the others.", "value tied to their problem")],
  [("T", "The quote is attached, though I'd quite understand if it went straight onto the recycling pile.", "quote plus self-minimising release"),
   ("HT", "The fitting takes one day per cottage, and I could take a fifth off the price if you were able to confirm before the end of the week.", "fitting time plus discount conditioned on the seller's date, no reason given")])
# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s109e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s109-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed109: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the thirteenth session) from the labelling guide alone, after that session's model change and before a\nsecond one tried on it and not kept (`sealed90` to `sealed101` as training data), and measured first in that session\non the model as it stands (rules + model macro-F1 0.887: hard_close 0.894, self_serving 0.864, timidity 0.905; 1 of\n106 clean sentences flagged; email agreement 0.975 / 0.925 / 0.950).\n")
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
    R.append("- Every third email (s109e003, s109e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
