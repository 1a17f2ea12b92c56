#!/usr/bin/env python3
"""Build sealed101: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("silver service training for the ashcroft golf club function staff", "warm", "Service training before the captain's dinner",
  "Hi Fiona,", "Warm regards,\nHattie Greaves\nGreaves Hospitality Training",
  [("N", "Thanks for showing me round the function suite before Saturday's dinner dance.", "pleasantry and recap"),
   ("N", "You mentioned that plates at the last captain's dinner came out in three waves and the soup went cold at the far tables.", "the prospect's own problem restated")],
  [("S", "Our trainers have served at three state banquets and we're the only academy in the country with a royal warrant.", "generic boasts: state banquets, royal warrant"),
   ("S", "I'd also love it if you could put us forward to the other clubs in the county, as referrals are how I make my numbers.", "referral favour for the seller's numbers"),
   ("T", "A full day for your twelve casual staff is £960, and I'm sorry it isn't lower, I know the club watches every penny.", "requested price plus apology for the price"),
   ("N", "Would Thursday the 14th at ten work for a run-through in the suite itself?", "clear next step with a date")])

# 2
email("seed cleaning and grading for the hallam heritage wheat growers", "blunt", "Your seed lot",
  "Rob,", "Dan Pryce\nPryce Grain Cleaning",
  [("N", "Your germination test came back at 81%, and most of the loss sat in the small and cracked grain.", "figure from the prospect's own data"),
   ("H", "Grading slots are vanishing fast and two of your neighbours have grabbed theirs already, so I wouldn't sit on this.", "scarcity without a date and peers who already bought"),
   ("H", "The quote is attached, and I've pencilled your trailer in for the 3rd, so the invoice goes out tonight unless you stop me.", "attachment plus assumptive invoice before any yes"),
   ("H", "Ring me back today, because after the weekend I won't be able to help you.", "ultimatum with no real reason")],
  [("N", "Cleaned seed at that grade usually lifts establishment by eight to ten points, which on your 40 hectares is a real saving on seed rate.", "concrete value tied to the prospect's acreage")])

# 3 (clean)
email("skate ramp building for the ellwood youth club", "chatty", "Ramp drawings + the two options",
  "Hey Priya,", "Cheers,\nJonno\nConcrete Wave Ramps",
  [("N", "Great to meet the crew on Saturday, and tell Kai his kickflip was cleaner than anything I can do.", "pleasantry"),
   ("N", "You said the council grant has to be spent by 31 March, so I've worked the build schedule back from that date.", "the prospect's own deadline, not pressure")],
  [("N", "Concrete pours need five dry days, so the mini ramp would go in first and the bowl in the second week.", "logistics with the reason"),
   ("N", "The drawing and the two options you asked for are attached, with the steel-coping version at £14,200 and the timber one at £9,800.", "requested prices and attachment"),
   ("N", "Which of the two do the kids actually ride more, street or transition?", "discovery question")],
  [("N", "If you can send me that by Friday, I'll get the engineer's sign-off booked for the following week.", "next step with a date")])

# 4
email("slurry tanker hire for the kettlewick dairy", "terse", "Tanker for spring spreading",
  "Mr Ashworth,", "K. Marsh\nMarsh Agri Hire",
  [("N", "The closed period for spreading slurry on your land ends on 31 January under the farming rules, so spring is the first legal window.", "borderline: real regulatory date stated once, with the reason"),
   ("N", "Tanker with trailing shoe is available from 2 February.", "logistics"),
   ("H", "Day rate £420, and I've already told the driver you're in, so just send the card details today.", "requested day rate plus assumptive payment step"),
   ("H", "Every other dairy on the Kettlewick road booked back in the autumn.", "peers who already bought, used as shaming"),
   ("H", "Sensible farmers don't hang about on this.", "shaming the prospect's judgement"),
   ("S", "My uncle started this hire yard forty years ago and I'd love to keep it growing.", "the seller's own stake, no demand")])

# 5
email("snow machine hire for the aldermoor christmas market", "very deferential", "Snow for the market opening?",
  "Dear Mrs Okafor,", "With kind regards,\nEdwin Lusk\nLusk Special Effects",
  [("T", "I do hope you'll forgive me for intruding on what must be a frantic week for you.", "self-abasing apology for normal selling"),
   ("T", "I was wondering whether you might perhaps consider a machine or two for the opening night on 6 December, if that isn't asking too much.", "the prospect's own date plus stacked hedges and permission-seeking")],
  [("N", "Each unit covers about a 30-metre stretch with biodegradable snow that leaves no residue on the stalls.", "product detail tied to the market"),
   ("T", "I've enclosed a little leaflet, and I'm so sorry if it's one more thing cluttering your desk.", "leaflet plus apology for normal selling"),
   ("T", "The hire is £260 a night, though honestly I could bring that down to whatever you feel is fair.", "price plus name-your-number caving"),
   ("T", "My direct number is below, but please don't feel under any obligation to reply at all.", "contact detail plus pre-emptively releasing the prospect")])

# 6
email("sommelier training for the ravenswood hotel restaurant staff", "formal", "Wine service programme for your restaurant team",
  "Dear Mr Beaumont,", "Yours sincerely,\nClaudine Marr\nVinothèque Academy",
  [("N", "Thank you for your time on the phone this morning.", "pleasantry"),
   ("S", "Our academy has been named Wine Educator of the Year four times, and our founder sits on two international judging panels.", "awards and credentials with no link to the prospect")],
  [("S", "The programme runs over four Mondays and covers our proprietary tasting grid, our twelve-module syllabus, our app, our certificates, our alumni network and our annual gala.", "schedule detail plus feature list"),
   ("N", "Your guests spend an average of £31 a head on wine, and staff who can guide a pairing usually lift that by a few pounds without any upsell script.", "value tied to the prospect's own figure"),
   ("S", "I'll bring the course handbook you asked for, and I'd be delighted to take you through everything our team has built over the past two years.", "requested handbook plus an I/we-centred product tour")],
  [("N", "Could we meet on the 9th to agree which of your staff would attend?", "clear next step with a date")])

# 7
email("sound system hire for the pelham street carnival", "blunt", "Re: rig quote",
  "Marcus,", "Lee\nBassline Event Audio",
  [("N", "Following up on the rig quote from last week.", "a single follow-up line"),
   ("H", "I can see you've opened it six times, so let's not pretend it got lost.", "pointing out opened-but-unanswered email, with sarcasm"),
   ("H", "If I don't have an answer by tomorrow I'll call the carnival chair directly and settle it with her.", "ultimatum with a bypass threat"),
   ("HS", "I turned down a $3,000 wedding gig to hold this weekend for you, and frankly I'm owed a yes or no.", "the seller's sacrifice offered as guilt, with entitlement"),
   ("H", "You've also ignored my texts and two voicemails, so I'll be at your office at nine tomorrow.", "multi-channel chasing and turning up uninvited")])

# 8 (clean)
email("sprung floor installation for the dunmere dance studio", "warm", "Studio 2 floor: findings and plan",
  "Hi Alina,", "Best wishes,\nTom Rees\nSpringline Floors",
  [("N", "Thank you for the tour, and congratulations again on the studio's tenth year.", "pleasantry"),
   ("N", "The bounce test on your Studio 2 floor showed almost no give near the mirror wall, which lines up with the shin complaints your senior students raised.", "inspection finding tied to the prospect's issue")],
  [("N", "I'd recommend a full replacement there rather than patching, because the battens underneath have rotted through in several places.", "expert recommendation backed by evidence"),
   ("N", "Your summer closure runs 28 July to 15 August, and the install takes nine working days, so it fits inside that window.", "the prospect's own dates")],
  [("N", "The costed plan is attached; does Monday at 4 suit you to go through it with your business partner?", "attachment and next step with a time")])

# 9
email("squash court resurfacing for the fernleigh racquets club", "chatty", "Courts 2 and 3",
  "Hi Gareth,", "Cheers,\nMel\nCourtcraft Surfaces",
  [("T", "Sorry for popping up in your inbox yet again, I know I'm a pest.", "apology for following up, with self-abasement"),
   ("N", "The plaster on courts 2 and 3 is blowing in patches, and you mentioned two players turned ankles on the dead spots last month.", "the prospect's own problem"),
   ("S", "The court plan is attached, along with a list of our twenty-odd surface systems, our three patents and all our membership badges.", "attachment plus feature list and credentials")],
  [("HS", "The resurface is £6,900 a court, and I'd need the order in by the 30th because my manager is tallying the month.", "requested price plus seller-driven deadline (manager, month end)"),
   ("T", "Totally fine if the committee would rather leave it a year or two, I'll pop back then.", "accepting a brush-off before it is even given, no question")])

# 10
email("stocktaking for the harwell hardware stores", "formal", "Proposal: quarterly stock counts",
  "Dear Ms Patel,", "Kind regards,\nRupert Vane\nVane Inventory Services",
  [("N", "Further to our meeting, please find attached our proposal for quarterly stock counts across your four stores.", "attachment"),
   ("S", "Our counters can cover all four stores in a single night, and we are the largest independent stocktaking firm in the Midlands, with over 40 years of uninterrupted growth.", "capacity detail plus generic boast: size and years in business")],
  [("N", "Your last audit found a 3.8% variance on fixings and fasteners, which at your turnover is roughly £19,000 a year in unexplained loss.", "figure from the prospect's own audit"),
   ("HST", "If the contract is signed before my quarter closes on Friday, I can take 15% off, which would put me over my target.", "discount conditioned on the seller's quarter date, with the seller's target as the reason"),
   ("H", "I've attached the engagement letter with your name already typed in; please return it signed by Thursday, as slots like this rarely last.", "attachment plus invented deadline and scarcity")],
  [("N", "I will ask our operations lead to confirm the team size for the Stafford store and send it to you by Wednesday.", "checking with a colleague on a non-discount matter, with a date")])

# 11
email("street piano restoration for the newbury station concourse", "non-native English", "Piano in the concourse",
  "Dear Mr Holt,", "With respect,\nMarek Zieliński\nZieliński Piano Workshop",
  [("T", "Excuse me very much for to write again, I know you are very busy man and my mail is not important.", "self-abasing apology for following up"),
   ("N", "The piano on your concourse has three broken hammers and the soundboard is cracked near the bass bridge, I have seen it on Monday.", "inspection finding")],
  [("T", "The restoration cost is £1,750 with new hammers and tuning, but if this is too much you can say me any price and I accept.", "price plus name-your-number caving"),
   ("T", "I can come in the week of 12 May, only if it is okay for you and it does not make any problem.", "offered date plus needing approval"),
   ("ST", "Please, I need very much this work because my workshop is quiet in the winter.", "pleading for the seller's own sake")])

# 12
email("swimming lessons for the oakmere primary year 3 classes", "warm", "Year 3 swimming, summer term",
  "Hello Mrs Dunn,", "Warmly,\nBeth Carver\nSplashstart Swim School",
  [("N", "Lovely to hear that the Year 3 parents voted to bring swimming back this summer term.", "pleasantry"),
   ("S", "I'm so excited about this one, it's honestly the highlight of my month!", "the rep's excitement, no value to the prospect")],
  [("S", "The block of ten sessions is £1,100 for both classes, and we'd love a glowing quote from you for our brochure once you've signed.", "requested price plus a testimonial favour before anything is delivered"),
   ("H", "I've gone ahead and booked the pool for all ten Tuesdays, so the only thing left is the school's purchase order.", "pool booking detail plus assumptive booking before a yes"),
   ("N", "All our teachers hold the national swimming teacher qualification that your local authority requires for school lessons.", "a credential the buyer's process requires"),
   ("S", "Our swim school started in my grandmother's garden pool in 1962 and has been family run ever since.", "borderline: heritage line")],
  [("N", "Shall I hold the Tuesday 1.30 slot for you until you've spoken to the head on Friday?", "holding a slot to the prospect's own date")])

# 13 (clean)
email("table linen laundering for the bellcote banqueting suite", "terse", "Revised pricing",
  "Hi Nadia,", "Thanks,\nOwen\nCrispfold Laundry",
  [("N", "Revised pricing attached, as requested: 42p per cloth and 9p per napkin on a weekly collection.", "requested price and attachment"),
   ("N", "That brings your December volume to about £1,230, down from the £1,480 on your current invoices.", "figures from the prospect's own invoices"),
   ("N", "Can we start collections on Monday 2 December?", "plain ask with a date")])

# 14
email("theatre fly tower rigging inspection for the corn street playhouse", "formal", "Flying system examination",
  "Dear Ms Everett,", "Yours sincerely,\nGraham Tull\nTull Stage Engineering",
  [("N", "Your insurer's letter asks for a thorough examination of the flying system every six months, and your last certificate expired in February.", "borderline: real external requirement stated once, with the reason"),
   ("H", "I've attached our inspection scope, and any theatre manager who cared about her crew would have booked this already.", "attachment plus shaming"),
   ("H", "This is my fourth attempt to reach you about it, which says something about how seriously you take safety.", "counting attempts at the prospect, with shaming")],
  [("H", "There is one engineer left in the region with this accreditation and three venues are queuing for him, so decide today.", "manufactured scarcity and an ultimatum"),
   ("N", "The inspection takes one day and the stage can stay dark from 9 until 5.", "logistics"),
   ("H", "I've put you down for 4 June and raised the invoice, so unless I hear otherwise the engineer will turn up.", "date plus assumptive booking and invoice before a yes")])

# 15
email("timber frame repair for the ashwick tithe barn", "chatty", "The barn: what we found",
  "Hi Sandra,", "All the best,\nPete Alder\nAlder Oak Framing",
  [("N", "Good to see the barn again, even in that sideways rain.", "pleasantry"),
   ("N", "The sole plate on the north side is soft for about four metres and two of the wall posts have lost their bearing, which explains the lean you've noticed.", "inspection finding tied to the prospect's concern")],
  [("S", "We've restored over three hundred listed buildings, won the Heritage Crafts Award twice, and were the first firm in the county with a mobile sawmill.", "boasts: numbers, awards, firsts"),
   ("T", "I've put a price of £23,400 on the attached schedule, but I feel awful about the figure and I'm happy to trim it however you like.", "price and attachment plus apology for the price and unconditional caving"),
   ("ST", "I'd be so grateful for this one, it's been a thin spring for us and I'd really love to keep my lads busy.", "pleading for the seller's own sake")])

# 16
email("towel hire for the brightwater aquatic center", "blunt", "Towel program contract",
  "Karen,", "Steve\nFreshwave Linen",
  [("H", "Three weeks on and still nothing from you, which isn't how grown-ups do business.", "shaming and sarcasm about the prospect's silence"),
   ("S", "We service more pools than anyone in the tri-state area, so we know towels.", "generic boast"),
   ("HS", "My regional manager has asked me to get your signature by the end of the month so he can report the account.", "seller-driven deadline: the manager's wish")],
  [("N", "Our price stays at 38 cents per towel including pickup twice a week.", "plain price statement"),
   ("H", "I've already booked our first delivery for the 1st, so all I need from you is the PO number.", "delivery date plus assumptive booking before a yes"),
   ("H", "The contract's attached, and if it isn't back by Thursday I'll be going straight to your parks and recreation director.", "attachment plus ultimatum and bypass threat")])

# 17 (clean)
email("trawl net mending for the kirkwall fishing cooperative", "formal", "Net repairs after the Solan Goose",
  "Dear Magnus,", "Regards,\nIsla Rendall\nRendall Net Loft",
  [("N", "I'm sorry to hear the Solan Goose lost her gear on the rocks last week, and glad the crew are all safe.", "sympathy"),
   ("N", "Apologies for the slow reply, I was at sea without signal until last night.", "borderline: single courtesy apology for a real delay, with the reason")],
  [("N", "We can have two of our menders at your net store from Monday, and a standard cod-end repair is usually done inside a day.", "logistics and capacity"),
   ("N", "The herring season opens on 1 June, so I'd plan to finish the larger trawls by mid-May to leave time for sea trials.", "real external date used for planning"),
   ("N", "Would it help if I came up on Thursday to measure the two damaged trawls?", "offer with a date")])

# 18
email("truck wash bay installation for the holloway haulage yard", "terse", "Wash bay idea",
  "Hi Jim,", "Cheers,\nAndy\nClearline Wash Systems",
  [("T", "Quick one, no rush whatsoever, only floating this past you in case it's of any use.", "minimising and permission-begging"),
   ("N", "A drive-through bay would cut the 40 minutes each driver spends at the jet wash, going by your own shift logs.", "value from the prospect's own data"),
   ("T", "I've attached the plans, and if the £68,000 feels steep I can probably knock a chunk off before we even talk.", "attachment and price plus pre-emptive discount"),
   ("T", "The install takes three weeks, and honestly we could go halves on the groundworks if that makes it easier.", "install detail plus unprompted concession"),
   ("T", "If it's not for you, no worries at all, I'll leave you in peace.", "giving up at once, no question")])

# 19
email("tower bell rehanging for st ethelred's church", "warm", "St Ethelred's bells: survey and quote",
  "Dear Reverend Clarke,", "Yours in service,\nHenry Pell\nPell & Daughters Bellfounders",
  [("N", "Thank you for letting me climb the tower after evensong on Sunday.", "pleasantry"),
   ("N", "The gudgeons on the tenor and the fifth are worn oval, which is why the ringers find those two so heavy to handle.", "inspection finding tied to the ringers' complaint")],
  [("S", "Our foundry has cast bells for cathedrals on four continents and for two royal occasions.", "generic boast"),
   ("S", "I've enclosed our brochure, which tells the story of our foundry from 1740 to the present day.", "borderline: brochure attachment plus heritage line"),
   ("HS", "The rehang is quoted at £38,500, and since I've already given up three unpaid weekends surveying your tower, I'd expect a decision from the PCC this month.", "quote plus the seller's effort as guilt and a deadline"),
   ("N", "The diocesan faculty usually takes about ten weeks, so if the PCC approves in March the work could start in the summer.", "borderline: real external lead time (faculty permission), stated once with the reason")])

# 20
email("tidal flap valve replacement for the marshfield drainage board", "formal", "Marsh Lane outfall valves",
  "Dear Mr Fenwick,", "Yours faithfully,\nAlan Brierley\nBrierley Water Controls",
  [("N", "Thank you for sending the inspection footage from the Marsh Lane outfall.", "pleasantry"),
   ("H", "Frankly, your board needs new valves this winter, and further discussion is a waste of everyone's time.", "'you need' as a directive, shutting down the prospect's deliberation")],
  [("H", "Our proposal is attached, and every week you spend deliberating leaves the village one storm from flooding, which will be on your head.", "attachment plus guilt and cost-of-delay used to push"),
   ("H", "The other boards on the estuary replaced theirs two winters ago, so yours is the only one still gambling.", "peers who already bought, used to shame"),
   ("N", "The Environment Agency's grant window for flood assets closes on 30 November, and applications need a contractor quote attached.", "borderline: real external deadline stated once, with the reason"),
   ("N", "I can have that quote with you by Friday if you confirm the outfall dimensions.", "next step with a date")])

# 21
email("underpinning for the carlow terrace subsidence claim", "chatty", "Your rear corner: the plan",
  "Hi Ruth,", "Speak soon,\nDev\nSolidbase Foundations",
  [("N", "Hope the move to your sister's went okay while the survey work is on.", "pleasantry"),
   ("T", "I'm so sorry this email has turned into an essay, I do ramble.", "apology for the length, with self-deprecation")],
  [("N", "The monitoring studs show the rear corner dropped 6mm since March, which matches the cracking over your kitchen door.", "figures from the prospect's own monitoring"),
   ("S", "I'm personally hoping this becomes our flagship job for the awards season.", "the seller's own ambition, no customer value"),
   ("HS", "I'd need the go-ahead by the 28th, as my boss wants the job in this quarter's figures.", "seller-driven deadline: the boss and the quarter"),
   ("S", "We'd use mini-piles to 8 metres, a method our chief engineer pioneered and literally wrote the textbook on, as our website proudly shows.", "method detail plus boast"),
   ("ST", "The insurer has approved £41,000, and I'll be honest, landing this job would make my year, so fingers crossed you pick us.", "the approved figure plus pleading for the seller's own sake"),
   ("T", "I could come round on Thursday if that's not too much of an imposition, but honestly any day or none is fine.", "meeting ask plus permission-seeking and minimising")])

# 22 (clean)
email("upland footpath pitching for the kinderdale ranger service", "blunt", "Cold Edge path",
  "Hi Sian,", "Regards,\nFinn Rowe\nRowe Upland Paths",
  [("N", "Your rangers' erosion survey shows the Cold Edge path has widened to nine metres in places, mostly where walkers step off the wet peat.", "figures from the prospect's own survey"),
   ("N", "Stone pitching along the worst 400 metres would give walkers a dry line and let the vegetation recover either side.", "concrete value tied to the prospect's path"),
   ("N", "Helicopter lifts for the stone can only fly outside the ground-nesting season, which on your moor ends on 31 July.", "borderline: real external constraint stated once, with the reason"),
   ("N", "Price is £118 per metre, including the lifts and the spoil removal.", "plain price"),
   ("N", "Send me your access dates and I'll book the crew.", "plain ask")])

# 23
email("velodrome track resurfacing for the larkford wheelers", "blunt", "Track resurfacing quote",
  "Hi Trevor,", "Cheers,\nRay Kowalski\nApex Track Surfaces",
  [("S", "I've got a lot riding on this one personally, since it's the last big deal I need for this year's commission.", "the seller's commission, stated without a date or demand"),
   ("H", "Clubs that dither over resurfacing end up closing their tracks, and I'd hate to be writing your obituary in the cycling press.", "scare tactics and shaming")],
  [("N", "The banking between turns 3 and 4 has cracked in five places, which your coaches flagged in the August safety log.", "the prospect's own safety data"),
   ("H", "The spec sheet is attached, and any committee serious about rider safety would have signed it off at the last meeting.", "attachment plus shaming"),
   ("HS", "I'll hold the $92,000 quote until Friday the 13th, since that's when my director signs off the year's pipeline.", "requested quote plus a deadline for the seller's pipeline"),
   ("N", "Whichever way you go, I'm happy to walk the track with your coaches and mark each crack for them.", "offer of value")])

# 24
email("vegan catering for the thornholt music weekend crew", "chatty", "Crew catering :)",
  "Hiya Jess,", "Lots of love,\nZoe @ Green Ladle",
  [("T", "Only me again, sorry, popping up on the off chance you've had a peek at my last note!", "'just checking in' variant with an apology for following up"),
   ("N", "Hot vegan meals at the crew tent would cover the 60 stage hands you said were living on crisps by Sunday last year.", "value tied to the prospect's own account"),
   ("S", "Every dish is nut-free, and our kitchen has won Best Street Food twice and fed three headline bands!", "menu detail plus generic boasts with an exclamation")],
  [("T", "Three meals a day for the weekend works out at £38 a head, and if that's too rich I'll happily match whatever the other caterer quoted.", "requested price plus unprompted price matching"),
   ("HT", "And if you book before Sunday I'll throw the breakfasts in free, but only till Sunday.", "concession conditioned on the seller's date"),
   ("T", "I was sort of hoping maybe we could possibly grab ten minutes at some point, if you're up for it?", "stacked hedges and permission-seeking"),
   ("N", "Either way, good luck with the line-up announcement on Friday!", "pleasantry")])

# 25
email("stock control software for the brookmere food bank", "non-native English", "Our software for your stock",
  "Hello Mr Ayodele,", "Best regards,\nLukas Brenner\nVorratHeld GmbH",
  [("N", "Thank you for the meeting on Wednesday and the tour of the warehouse.", "pleasantry"),
   ("S", "It works on any phone your volunteers have, and our software is number one in Europe, with 40,000 users, investors from Berlin and Paris and many prizes.", "product detail plus boasts: ranking, user count, investors, prizes")],
  [("ST", "The charity price is €19 per month, and in exchange we ask that you put our logo on your website and write a review in the app store.", "borderline: charity price plus a discount traded for a logo and a review (rule 7)"),
   ("N", "You told me that on Saturdays the tinned fish runs out because nobody sees the stock is low, and the app warns the volunteers two days before.", "value tied to the prospect's problem"),
   ("S", "I am very proud of this product because I have built it myself over six years of hard nights.", "the seller's pride and effort, no blame or demand")])

# 26
email("wheelie bin washing for the ashlyn housing co-op", "terse", "Bin washing",
  "Hi Paula,", "Gaz\nSparkle Bins",
  [("H", "Monthly washing for your 140 bins is £2.10 a bin, and I need your yes by tonight, after that the slot goes to someone else.", "requested price plus fake deadline and scarcity"),
   ("H", "Other co-ops in Ashlyn signed up weeks ago and their residents aren't complaining about maggots any more.", "peers who already bought, used to shame"),
   ("N", "Our van uses recycled water and nothing goes into your drains.", "product detail"),
   ("N", "Collections would be on Thursdays, the same as your bin day.", "logistics"),
   ("HS", "I've got a weekly target to hit, so I really need that signature by Friday.", "seller-driven deadline: the rep's target"),
   ("H", "I'll be in your car park with the van on Monday morning anyway, so you might as well come down and sign.", "turning up uninvited and assumptive signing")])

# 27 (clean)
email("window box planting for the harcourt square hotel", "warm", "Window boxes: planting plan",
  "Dear Eleanor,", "With best wishes,\nRosalind Hart\nHart & Trellis",
  [("N", "Thank you for sending the photos of the front elevation; the wrought-iron boxes are lovely.", "pleasantry"),
   ("N", "For a north-facing façade I'd steer away from geraniums and use ferns, ivy and white cyclamen, which will hold up through the winter.", "confident expert recommendation with the reason")],
  [("N", "You mentioned the square's bicentenary on 14 September, so I'd plan the autumn planting for the week before.", "the prospect's own date"),
   ("N", "The quote for twenty-two boxes is attached, with a spring and an autumn change included.", "attachment"),
   ("N", "If you'd like, I can bring a sample box to the hotel on Tuesday so you can see it against the stonework.", "offer with a date")])

# 28
email("wall bar installation for the kelso drill hall", "warm", "Wall bars for the drill hall",
  "Hi Callum,", "Best,\nAilsa\nBorder Gym Fit",
  [("N", "It was good to meet you and the hall committee on Friday.", "pleasantry"),
   ("S", "We're the only gym equipment firm in the Borders to have kitted out a royal residence, and we never tire of mentioning it!", "generic boast")],
  [("S", "Six bays of wall bars come to £5,600 fitted, and it would mean a lot to me personally if you'd give us a shout-out in the council newsletter afterwards.", "requested price plus a publicity favour for the seller"),
   ("N", "Your east wall is solid stone, so the bars can be fixed straight to it without a timber frame.", "technical detail tied to the prospect's hall"),
   ("N", "Could we pencil in the week of 3 March, when you said the hall has no bookings?", "the prospect's own dates")],
  [("S", "The showroom in Hawick is open on Saturdays if you'd like to try the bars, and our team has been dying to show off the new range.", "showroom invitation plus seller-centred showing off")])

# 29
email("weighing scale verification for the kirkby market traders", "very deferential", "Scale verification before the spot checks",
  "Dear Mr Hughes,", "Yours sincerely,\nGeoffrey Blunt\nNorthern Scale Services",
  [("N", "Trading Standards will carry out spot checks across the market in the week of 20 May, as their letter to your traders explains.", "borderline: external date stated once, with its source"),
   ("T", "I hope it's not presumptuous of me to write, and I'll quite understand if you'd rather not hear from me.", "needing approval and pre-emptive release")],
  [("N", "Verification is £18 per scale, and the 34 scales on your stallholder list would take two of our engineers one morning.", "price and logistics from the prospect's list"),
   ("T", "The certificates would go straight to your market office, although I'd have to ask my manager whether we can do anything on the price.", "delivery detail plus deferring to the manager on price"),
   ("T", "Tuesdays are free for us, so perhaps, if it might possibly suit, we could maybe come along then?", "offered day plus stacked hedges"),
   ("HT", "And if you confirm by Friday, I'll take a third off, an offer that vanishes at the weekend.", "discount conditioned on the seller's date")])

# 30
email("sheep's wool loft insulation for the fellbeck cottages", "chatty", "Loft top-up for the cottages",
  "Hi Mary,", "Cheers,\nTom\nWoolwarm Insulation",
  [("N", "Thanks for letting me up into the lofts, and for the flapjack.", "pleasantry"),
   ("N", "Your lofts have about 100mm of old glass fibre, well below the 270mm the current guidance recommends, which squares with the £2,300 oil bill you showed me.", "figures from the prospect's own bill and the survey"),
   ("S", "The survey photos are attached, and we'd be thrilled if you'd let us put our sign on your lawn while we work.", "attachment plus an advertising favour for the seller")],
  [("S", "The wool is treated against moth without pesticides, and we're proud to be the UK's number one supplier of it, as voted by our own customers!", "product detail plus generic boast with an exclamation"),
   ("T", "The top-up for all three cottages is £4,150 fitted, and I'm sorry it's not cheaper, if it's too much just say and I'll see what I can shave.", "requested price plus apology for the price and an unprompted discount"),
   ("N", "The grant scheme you asked about stops taking applications on 31 March, because the council's funding round ends then.", "borderline: real external deadline stated once, with the reason")])

# 31
email("stainless fermentation vessels for the hopstone microbrewery", "blunt", "FVs",
  "Ben,", "Nic\nWildcraft Brewing Steel",
  [("S", "Price list attached, and yes, we're the fabricator most of the award-winning brewers in the country swear by.", "attachment plus generic boast"),
   ("H", "Your head brewer would be crazy not to switch, and I'll tell him so myself if you keep stalling.", "shaming and a bypass threat"),
   ("HS", "I've pulled strings with our shop manager to hold a fabrication slot for you, so I reckon I've earned an answer today.", "the seller's favour as guilt, with a same-day demand"),
   ("H", "The deposit invoice is in your inbox too, so pay it and we're rolling.", "invoice detail plus assumptive payment demand before a yes"),
   ("N", "Our 20-barrel vessels fit the 9.5-foot ceiling height you measured in the old dairy.", "product detail tied to the prospect's building")])

# 32 (clean)
email("speed cushion installation outside the larkrise primary school", "formal", "Speed cushions: proposal",
  "Dear Mrs Quinlan,", "Yours sincerely,\nPatrick Doyle\nDoyle Highways",
  [("N", "Thank you for your email about cars speeding past the main gate at drop-off.", "pleasantry"),
   ("N", "The council's own traffic count recorded an average of 31 mph outside the school in a 20 zone, which is the evidence the highways panel asks for.", "figures tied to the prospect's process")],
  [("N", "The road must be closed while the cushions are bolted down, so we would plan the work for the half-term holiday starting 27 October.", "technical prerequisite and the prospect's calendar"),
   ("N", "The quote covers three rubber cushions, signs and lining, at £6,850 in total.", "plain price"),
   ("N", "May I call you on Thursday to confirm which date the governors prefer?", "next step with a date")])

# 33
email("stadium seat replacement for the ormsfield rovers ground", "chatty", "East Stand seats",
  "Alright Dave,", "Cheers mate,\nLenny\nTerraceSeat",
  [("T", "Me again, hope you don't mind me pestering, I know I'm probably the last person you want to hear from.", "self-abasement and apology for following up"),
   ("N", "The 400 broken seats in the East Stand are costing you about £4,800 a season in refunds, going by the figures your secretary sent me.", "figure from the prospect's own data")],
  [("HST", "I can do the lot for £21,000 instead of £26,000 if you sign before my sales month ends on Tuesday, which would land me my bonus.", "discount conditioned on the seller's month end, with the bonus as the reason"),
   ("S", "The seats come in your club's claret, and ours are in eleven Premier League grounds and we sponsor the Golden Boot, by the way.", "product detail plus generic boast"),
   ("H", "Honestly, every club in your league has already upgraded, so you're the last ground with seats held together with tape.", "peers who already bought, with shaming"),
   ("H", "The fitting crew's pencilled in for the close season already, so send the deposit and we're sorted.", "crew date plus assumptive deposit demand")])

# 34
email("sensory room fit-out for the willowbank special school", "warm", "Sensory room design",
  "Dear Ms Abara,", "With warm wishes,\nNaomi Field\nCalmspace Sensory",
  [("N", "Thank you for showing me the space on Tuesday, and for introducing me to your occupational therapist.", "pleasantry"),
   ("N", "Given how many of your pupils are sensory-seeking, I'd put the bubble tube and the vibro-acoustic floor at the centre of the room.", "confident recommendation tied to the pupils"),
   ("T", "I really hope I didn't overstay my welcome or say anything silly in the meeting.", "needing approval")],
  [("T", "I've attached the design at £17,800, and if that's over your budget I'd be glad to knock off whatever it takes.", "attachment and price plus unconditional caving"),
   ("T", "I could bring fabric samples on Thursday, if you think that might perhaps possibly be useful?", "meeting ask plus stacked hedges"),
   ("N", "Your funding review on 9 June would be a good point to confirm the final layout.", "the prospect's own date"),
   ("T", "I'll wait to hear from you, and there's absolutely no need to reply if you're too busy.", "minimising and releasing the prospect")])

# 35
email("till system upgrade for the colworth parade newsagent", "terse", "Card terminal",
  "Mr Choudhury,", "Sam\nQuickTill Systems",
  [("H", "Your card terminal's failing, so the upgrade's £640 and I'll need your card number today to keep the engineer.", "diagnosis and price plus assumptive payment step"),
   ("H", "Every other shop on the parade upgraded months ago, so you'll be the only one turning customers away.", "peers who already bought, with fear"),
   ("N", "Engineer can be there Thursday 8am.", "logistics"),
   ("H", "Ring me back within the hour or the engineer goes elsewhere.", "fake deadline and scarcity"),
   ("HT", "Sign up today and I'll knock £100 off, tomorrow it's back to full price.", "discount conditioned on the seller's date")])

# 36
email("transcription of the hollinsbrook oral history tapes", "very deferential", "Transcription for the oral history project",
  "Dear Dr Shaw,", "With my respectful good wishes,\nAgnes Whitlow\nWhitlow Transcripts",
  [("T", "Please excuse the intrusion, and I'm sorry for taking up even a moment of your time.", "apology for normal selling"),
   ("T", "Do forgive the length of this letter.", "apology for the length"),
   ("N", "Your project brief mentions 120 hours of cassette interviews, many in broad dialect, which need verbatim transcripts for the archive.", "the prospect's own brief")],
  [("S", "I'd love to tell you the story of how our little company came to be, as it's one I never tire of sharing.", "'hear our story', seller-centred"),
   ("T", "Our rate is £1.20 per audio minute, which I realise is a lot, and I'm terribly sorry about that.", "rate plus apology for the price"),
   ("N", "We could deliver the first ten hours as a sample by 15 July, so your team can check the dialect spellings before we continue.", "concrete offer with a date"),
   ("S", "A sample page is attached, and if you like it, I'd be thrilled to feature your project in our newsletter and on our clients page.", "attachment plus a publicity favour for the seller")])

# 37
email("wasp nest removal for the glynarth valley campsite", "blunt", "Wasp nest above the shower block",
  "Hi Bryn,", "Cheers,\nRhod\nValley Pest Control",
  [("N", "Sorry to hear one of your guests was stung badly at the weekend.", "sympathy"),
   ("N", "From your photo the nest is in the soffit above the shower block, and it will keep growing until the autumn.", "assessment from the prospect's photo"),
   ("H", "You need us out there today, and that's the end of the discussion.", "borderline: 'you need' directive after looking at the prospect's photo")],
  [("S", "A call-out is £75 per nest, and we've been voted the county's best pest controller three years running.", "price plus award boast"),
   ("HS", "I've kept a van free all afternoon just for you, so please don't leave me hanging after I've bent over backwards.", "the seller's effort as guilt"),
   ("H", "If I don't hear by two, I'll drive up and ask for you at reception.", "ultimatum and turning up uninvited")])

# 38 (clean)
email("wall tie replacement for the hemsworth court flats", "formal", "Borescope report, west gable",
  "Dear Mr Adeyemi,", "Yours sincerely,\nBeatrice Moor\nMoor Structural Repairs",
  [("N", "I've attached the borescope report from the survey on 4 April.", "attachment"),
   ("N", "Eleven of the sixteen ties we inspected had corroded to less than half their original section, which is why the outer leaf is bowing on the gable.", "inspection findings")],
  [("N", "I'd recommend replacing the ties across the whole gable rather than only the bowed area, because the corrosion is spread evenly.", "expert recommendation with evidence"),
   ("N", "Scaffold on the pavement side needs a highways licence, which the council usually issues within 28 days of application.", "technical prerequisite and lead time"),
   ("N", "Once the residents' association has discussed it on the 22nd, could we speak on the 23rd about next steps?", "next step after the prospect's own date")])

# 39
email("shade sail installation for the pipit lane nursery playground", "warm", "Shade sails quote",
  "Hi Leanne,", "Thanks a million,\nKerry\nSunsafe Sails",
  [("N", "Lovely to see the children in the garden on Monday, they were full of beans.", "pleasantry"),
   ("T", "Just dropping you another line to see where things are at, no stress at all.", "'just checking in' variant with minimising")],
  [("N", "The sails you picked block 95% of UV, so the under-fives could stay out through lunchtime in June instead of coming in at eleven.", "concrete value tied to the nursery"),
   ("HS", "The quote of £3,450 is attached, and it would be a massive help to me if you could okay it by Friday, as that's my last day to hit the monthly target.", "attachment plus a seller-driven deadline phrased as a favour"),
   ("S", "Installation takes a single day, and our installers are the best in the business with the shiny trophies to prove it.", "install detail plus generic boast"),
   ("T", "I can pop in to measure up on Wednesday, but honestly I'll fit round you whenever, it really doesn't matter.", "meeting ask plus minimising and handing over control")],
  [("ST", "I'd be over the moon to win this one, so I'm keeping everything crossed that you'll say yes.", "pleading for the seller's own sake")])

# 40
email("vaulting horse refurbishment for the saltmere gymnastics club", "non-native English", "Refurbishment of your vaulting horses",
  "Dear Mrs Bell,", "Best greetings,\nJürgen Haas\nHaas Turngeräte",
  [("N", "Thank you for answer so fast about the old vaulting horses.", "pleasantry"),
   ("S", "Our factory is since 1921 in the same family and we are very famous in Germany and Austria.", "heritage line and fame boast"),
   ("N", "The leather on both horses is cracked but the wooden bodies are still strong, so refurbishment is cheaper than new for you.", "inspection finding tied to the prospect's cost"),
   ("N", "I can send photos of two horses we restored for a club in Graz last year, if it helps your committee.", "social proof offered for the prospect's decision")],
  [("T", "The price is £1,900 for both, but if your committee think it is too much, maybe I can ask my boss if he give some discount.", "price plus deferring to the boss on a discount nobody asked for"),
   ("H", "The new leather would be the dark green you chose, but please order soon because I have only very few hides left and after they are gone it is finish.", "the prospect's chosen colour plus scarcity without a date"),
   ("HS", "My boss say he want this order before Christmas, so please decide in this month.", "seller-driven deadline: the boss's wish")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s101e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s101-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed101: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the twelfth session) from the labelling guide alone, blind to that session's third Apply changes (after\nrounds 93 to 96), which it was written to judge, and measured first in that session on a detector those changes leave\nas it was (rules + model macro-F1 0.948: hard_close 0.950, self_serving 0.959, timidity 0.933; 1 of 104 clean\nsentences flagged; email agreement 0.975 / 1.000 / 0.950).\n")
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
    R.append("- Every third email (s101e003, s101e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
