#!/usr/bin/env python3
"""Build sealed74: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("acoustic panels for the bramley call centre", "chatty", "Quieter floor two", "Hi Priya,", "Cheers,\nDan",
  [("N", "Thanks for walking me round the second floor on Tuesday, and for sending over the noise readings from your team leads.", "thanks and logistics"),
   ("N", "Your own log shows agents asking callers to repeat themselves on roughly one call in nine, which lines up with the 71 dB you measured at the window bank.", "figures from the prospect's own data"),
   ("S", "The quote for the 48 ceiling baffles you asked about is attached, and honestly we're the best acoustic outfit in the north, with more awards than we have shelf space for.", "requested quote plus generic boast about awards")],
  [("H", "Call centres down the road in Leeds have already kitted out every floor with us, so you're frankly the last one still shouting over the din.", "peers who already bought used to shame"),
   ("HS", "I've put three weekends into this layout for you, so the least I'd expect is a yes by Friday.", "seller's effort as guilt with a demand date"),
   ("S", "I'm free Thursday at 2 to go over the layout, and I'll admit a call centre this size would be a proud one for my portfolio.", "meeting offer plus the seller's own stake")],
  [("N", "If it helps, I can bring a sample panel on Thursday so your floor manager can hear the difference before anyone commits.", "concrete next step tied to the prospect")])

# 2
email("awning replacement for the quayside deli", "very deferential", "Your new awning", "Dear Mrs Okafor,", "With many apologies and kind regards,\nGeraint Lewis",
  [("T", "Forgive me for landing in your inbox once more, and I do apologise if this is a nuisance on a busy morning.", "repeated apologies for ordinary follow-up"),
   ("T", "I've attached the fabric swatches you mentioned, though I completely understand if you'd rather not look at them at all.", "requested swatches plus permission to ignore them")],
  [("N", "The striped acrylic in the second swatch is rated for salt air, which matters given how close your frontage sits to the harbour wall.", "product detail tied to her site"),
   ("T", "The price comes to £2,340 fitted, and I'm terribly sorry that it's more than the last awning cost you.", "price she asked for plus apology for the price"),
   ("T", "If that's too much, perhaps you could let me know what figure you had in mind and I'll see what I can do.", "asks the buyer to name their number")])

# 3 (curly)
email("beer line cleaning for the red lion pubs", "blunt", "Line cleans, all four sites", "Mick,", "Tony",
  [("N", "Your cellar manager told me the bitter line at the Castle Street pub was pouring fobby pints twice last month.", "the prospect's own problem"),
   ("H", "I'd have thought a landlord who cares about his regulars would have sorted fortnightly cleans long ago.", "shaming the prospect's standards"),
   ("H", "Contract's attached, and I've already pencilled your four sites into my Monday round, so it's happening unless you stop me.", "contract attachment plus assumptive booking before a yes")],
  [("HS", "I can start on the 3rd as you asked, and after the favours I called in to free up that slot, I'm expecting your signature by return.", "his start date plus seller's favours as guilt with a demand"),
   ("S", "We've been cleaning lines in this county for longer than anyone, and we've got the brewery trophies to prove it.", "generic boast: years and trophies"),
   ("N", "Ring me if you want to go through the schedule line by line.", "plain offer")])

# 4 clean
email("bell-rope splicing for st oswald's tower", "formal", "Treble and tenor ropes", "Dear Mr Pennington,", "Yours sincerely,\nHelen Marsh",
  [("N", "Thank you for your letter and for the photographs of the treble and tenor ropes.", "thanks"),
   ("N", "The tails on both have worn through to the core just above the sally, so I would recommend new tails spliced on rather than full replacement, which keeps the cost to roughly a third.", "expert recommendation with the reason")],
  [("N", "Your tower captain mentioned that the ringing for the Harvest Festival is on 21 September, so I have planned to collect the ropes on the 2nd and return them by the 16th.", "schedule built around the prospect's own date"),
   ("N", "Would Saturday morning suit for me to measure the draft from the ringing chamber?", "plain ask with a time")])

# 5
email("bouncy castle hire for the millbrook summer fete", "chatty", "Castle for the fete!", "Hiya Jo!", "Thanks!\nKerry",
  [("S", "So excited to tell you we've just had our best summer ever, with 140 parties booked and a brand new pirate ship castle!", "seller's excitement and success story"),
   ("N", "The field at Millbrook slopes toward the brook, so I'd site the castle on the flat by the tombola where the pegs will hold.", "advice tied to her site"),
   ("S", "The castle is 15 by 12 feet, which fits your pitch, and I painted the artwork myself, which I'm ridiculously proud of!", "size detail plus the rep's pride in her own work")],
  [("HS", "The July 12 date you wanted is free, but my boss says I can only hold it until Wednesday because we're chasing a record month.", "her own date plus seller's manager and target as the deadline reason"),
   ("H", "I've put the £60 deposit you asked about below, along with a card form so you can pay it now and we're sorted.", "deposit figure she asked about plus assumptive card form"),
   ("T", "Honestly though, take all the time in the world, I'm easy!", "minimising, gives up control")])

# 6 (curly)
email("canal boat blacking for the wharfside hire fleet", "non-native English", "Blacking of your six boats", "Dear Mr. Holt,", "Best regards,\nTomasz Wojcik",
  [("N", "I write about the hull blacking for your six narrowboats before the season opening.", "purpose of the email"),
   ("T", "The price is £780 for each boat, and I am very sorry that this price is high, I hope you are not angry with me for it.", "price plus apology for the price and approval-seeking"),
   ("T", "Maybe if it is possible, perhaps you could maybe think about giving us perhaps one boat to try?", "stacked hedges")],
  [("S", "Our company has the biggest dry dock on this canal and many prizes from the boating magazine.", "generic boast"),
   ("N", "Your boats must be out of the water for four days each, because the bitumen needs this time to cure.", "technical prerequisite"),
   ("H", "We can start on 1 March, but only if you confirm now, because many marinas are wanting these dates.", "start date plus manufactured scarcity"),
   ("T", "I can send one worker to show you the finish on Friday, only if this is not too much trouble for you.", "demonstration offer plus permission-begging")])

# 7
email("cattle crush for the mossgill farm", "terse", "Crush quote", "Hi Fergus,", "Rob",
  [("N", "Quote for the galvanised crush with the weigh bars attached, £3,950 delivered.", "price as requested"),
   ("H", "Get it ordered this week, there's only two left in the country and the next lot is anyone's guess.", "scarcity with no basis, used to push"),
   ("N", "It takes the same 600 mm head yoke as your old one, so the races won't need changing.", "product detail tied to his set-up"),
   ("H", "Your TB test is on the 14th, and you need this crush in before then, no arguments.", "his own date plus a 'you need this' directive"),
   ("H", "Delivery's free on the Friday lorry, so I'll stick you down for it and you can settle up when it lands.", "delivery detail plus assumptive order")])

# 8
email("cider press hire for the orchard fair", "warm", "A press for the fair", "Dear Ruth,", "Warmly,\nBeth",
  [("N", "It was lovely to meet you at the apple day, and I'm glad the juice tasting went down well with the volunteers.", "pleasantry"),
   ("N", "I could potentially bring the larger rack-and-cloth press, which should cope with the two tonnes you're expecting.", "borderline: one mild hedge is NONE")],
  [("S", "It's a family business going back to my grandfather, who built the first press in his barn in 1952.", "borderline: heritage line, self_serving"),
   ("ST", "It would mean the world to me to have the fair on our calendar this year, so I'd be so grateful if you'd consider us, please.", "pleading for the seller's own sake"),
   ("T", "I hope this is okay to send and that I haven't overstepped.", "seeking approval")])

# 9 clean
email("chandelier cleaning for the grand pavilion ballroom", "formal", "Ballroom chandeliers before the gala", "Dear Ms. Alvarez,", "Sincerely,\nMarcus Bell",
  [("N", "Thank you for the floor plan and the photographs of the three ballroom chandeliers.", "thanks"),
   ("N", "Because the center fixture hangs over the sprung dance floor, we would work from a tower with rubber feet rather than a scissor lift, so the finish is not marked.", "method tied to her floor")],
  [("N", "You mentioned the Rotary gala on October 18, so we would schedule the cleaning for the week of October 6 and leave a margin for any replacement crystals.", "the prospect's own date"),
   ("N", "Our crew carries $5 million in liability coverage, and the certificate your facilities office requested is attached.", "credential the buyer's process requires"),
   ("N", "Could we hold a 20-minute call on Thursday to confirm access times with your events team?", "clear next step with a day")])

# 10
email("conveyor belt repair for the redhill sorting depot", "blunt", "Line 3 splice", "Gary,", "Steve",
  [("N", "Following up on the belt splice we discussed after the jam on line 3.", "single follow-up line"),
   ("N", "Your shift logs show line 3 was down for 11 hours in May, mostly on the old mechanical fasteners.", "figure from the prospect's own data"),
   ("H", "That's four voicemails and three emails from me now, and the portal tells me every quote has been opened.", "counting attempts and read-tracking")],
  [("H", "The revised quote includes the spare fasteners you wanted, and if I don't hear back by Thursday it goes straight to your operations director from me.", "revised quote plus bypass threat"),
   ("H", "The vulcanised splice is £1,880 and I've already raised the invoice so we can crack on.", "price plus assumptive invoice"),
   ("HS", "I can get a fitter to you on Monday, and after the overtime I've put in on your drawings, you owe me a straight yes or no.", "fitter date plus seller's effort as guilt")])

# 11
email("dehumidifiers for the carrow archive store", "warm", "Basement humidity", "Dear Aisha,", "All the best,\nOwen",
  [("N", "Thanks for sending the humidity logs from the basement store.", "thanks"),
   ("N", "Your readings sit at 68% relative humidity most nights, above the 55% your conservator flagged, so two units on the north wall should bring it down.", "value tied to the prospect's own data"),
   ("S", "I've attached a spec sheet, and I have to say our new model has Wi-Fi, app control, auto-defrost, a 24-hour timer, a laundry mode, three fan speeds and a child lock.", "spec sheet plus feature dump unrelated to the archive")],
  [("S", "Personally I think it's the best thing we've ever made, and the whole office has been buzzing since launch.", "seller's excitement, no customer value"),
   ("T", "The two units come to £1,180 installed, and I'll happily knock a fifth off that without you even asking.", "price plus unprompted discount"),
   ("HS", "My manager is on at me to get this through before stocktake on the 30th, so could you let me have your order by then?", "manager's wish as the reason for an order date")])

# 12 (curly)
email("desk booking software for the cornhill insurance office", "chatty", "Hot-desking pilot, 4th floor", "Hey Jordan,", "Cheers,\nTaylor",
  [("N", "Great talking Tuesday about the hot-desking pilot on the 4th floor.", "pleasantry"),
   ("S", "Real talk, I'm sitting at 82% of my number with two weeks left, so your deal is a big one for me personally.", "the rep's quota, no demand")],
  [("N", "Your badge data shows an average of 41% occupancy on Mondays and Fridays, which is the gap the pilot is designed to test.", "figure from the prospect's own data"),
   ("HS", "Here's the order form for the 300 seats, and if you can sign by the 28th it gets me over the line for the quarter.", "order form plus seller's quarter as the signing date"),
   ("HST", "My VP signed off on 15% off, but only if the contract's back before our books close on Friday.", "discount tied to the seller's date and the seller's reason")])

# 13
email("dog-wash station for the hadley country park", "terse", "Dog wash unit, car park B", "Hello Ms Carver,", "Regards,\nPaul",
  [("N", "Following your request, the footprint for the coin-operated dog wash is 2.1 by 1.4 metres, with a 32 amp supply.", "logistics she asked for"),
   ("N", "Your visitor survey counted around 600 dogs on a dry Sunday, so at £3 a wash the unit would pay back its install inside two seasons at a modest uptake.", "value from the prospect's own data"),
   ("S", "The unit comes in green or black, and I'll be honest, the commission on this one would make my summer.", "colour options plus the rep's commission"),
   ("T", "We could install it in a single day, but only if that's not a nuisance for your rangers.", "install detail plus permission-begging"),
   ("H", "Parks that dither on this lose the spot to a coffee van, so I'd grab it now.", "vague scarcity used to push"),
   ("T", "Sorry for the long email and sorry again for pestering.", "apology for length and for following up")])

# 14 clean
email("dance floor hire for the elm hall ball", "warm", "Dance floor for the ball", "Dear Camilla,", "Best wishes,\nHarriet",
  [("N", "Thank you so much for the lovely note after the site visit.", "pleasantry"),
   ("N", "For 180 guests I'd suggest a 24 by 24 foot floor, which leaves room for the ceilidh band's sets without crowding the tables.", "recommendation tied to her event"),
   ("N", "The hall's own rules ask for all contractors to be out by 1 am, so we'll strike the floor the following morning at 9.", "external rule as logistics")],
  [("N", "So sorry to hear about the flooding in your marquee store; if you need the black floor rather than the white, we can swap at no charge.", "sympathy, not self-abasement"),
   ("N", "Once you've chosen the colour, I'll send a confirmation with the delivery window.", "clear next step")])

# 15 (curly)
email("electric bike batteries for the saltburn rental shop", "chatty", "Spare packs for the hire fleet", "Hi Sam,", "Cheers,\nLeah",
  [("T", "Floating this back up in case it got buried under the Easter bookings.", "'checking in' variant with nothing new"),
   ("T", "I was sort of wondering if you might maybe possibly want to try a couple of the 500 Wh packs on your busiest hire bikes?", "trial offer plus stacked hedges"),
   ("N", "They slot straight into the Bafang frames you run, so your mechanics won't need new mounts.", "product detail tied to his fleet")],
  [("T", "The packs are £310 each, but if that's too steep just tell me what works and I'll sort something.", "price plus name-your-number"),
   ("T", "Totally get it if you're too busy, I'll try you again after the summer.", "pre-emptively releasing and deferring"),
   ("N", "Just a heads-up that the cells ship at 30% charge, so give them a full charge before hiring them out.", "borderline: one polite 'just' in a logistics line")])

# 16
email("easels for the linthorpe art society", "formal", "Your easel order", "Dear Mr Adebayo,", "Yours sincerely,\nNina Crabtree",
  [("N", "Thank you for your order of twelve beech studio easels, which left our workshop this morning.", "order logistics"),
   ("N", "The clamps on this model open to 120 cm, so the large canvases for your October exhibition will sit securely.", "product detail tied to his exhibition"),
   ("T", "The spare clamps you asked about are £14 a pair, and I'm so sorry they're not included, I feel awful about it.", "price he asked for plus self-abasing apology for the price")],
  [("S", "The invoice is enclosed, and while you're here, would you mind writing us a five-star review on Google?", "invoice plus review request before the goods arrive"),
   ("S", "We'd also love your society's logo for our website's client wall, as it helps us win bigger accounts.", "favour for the seller's benefit"),
   ("ST", "If you agree to a short case study, I'll take 10% off your next order.", "borderline: discount offered for a personal favour")])

# 17
email("flagpole installation at the ridgeway academy", "blunt", "Flagpole, front boundary", "Hello Mrs Dunn,", "Regards,\nKeith Barlow",
  [("N", "Your planning officer has confirmed that a pole under 4.6 metres needs no consent at the school's front boundary.", "external rule, neutral"),
   ("H", "Every academy in the trust has had theirs up since Easter, so Ridgeway is the odd one out.", "peers already bought, shaming"),
   ("H", "The pole you chose is £1,150 fitted, and I've told the crew to turn up on the 12th, so just let them in.", "price she asked for plus assumptive booking")],
  [("S", "I've attached the wind-load certificate, and between us, my manager has told me this school is the one I have to bring in.", "certificate plus the seller's manager as reason"),
   ("H", "Leave it past half term and you'll be explaining to the governors why the Remembrance parade had no flag.", "guilt and invented consequence to force a decision"),
   ("N", "Does a Wednesday morning site visit work for your caretaker to show us where the ducting runs?", "plain ask with a day")])

# 18 (curly)
email("fencing masks for the blackwood fencing club", "non-native English", "Masks for the juniors", "Dear Coach Martin,", "Kind regards,\nLuca Bianchi",
  [("N", "Thank you for the meeting in your salle on Saturday, it was a pleasure to see the juniors.", "pleasantry"),
   ("N", "For the under-14 group I recommend the 350N masks, because the rules of your federation ask for this level from next season.", "recommendation tied to an external rule"),
   ("S", "The masks come in sizes XS to L for the juniors, and we are the number one fencing supplier in Europe, with many champions wearing our masks.", "sizes plus ranking boast")],
  [("HS", "I send you the price list with this email, and I need your order before the 30th because my director checks my numbers at end of month.", "price list plus seller's monthly target as order date"),
   ("H", "The masks arrive in five days, and all the big clubs in your region already buy from us, so your juniors will look old-fashioned.", "delivery time plus peers-bought shaming"),
   ("T", "Please excuse me if I write too much, I don't want to disturb you.", "apology for length, approval-seeking")])

# 19 clean
email("gritting contract for the moorside business park", "formal", "Winter gritting tender", "Dear Mr Hale,", "Yours sincerely,\nClaire Dobson",
  [("N", "Further to your tender, our price for salting the estate roads and the four car parks is £410 per callout.", "price as requested"),
   ("N", "We act on the Met Office road-surface forecast, treating when it shows below 1°C, so your tenants' staff arrive to treated routes by 6.30 am.", "value tied to the prospect's tenants")],
  [("N", "Our rock salt supplier has told us its prices rise on 1 October because of a new haulage contract, so the figure above holds for orders placed before then.", "borderline: supplier price expiry with its reason, stated once"),
   ("N", "I can meet you on site next Tuesday to walk the gradient by unit 9.", "clear next step")])

# 20
email("goalposts for the hollinwood junior football league", "chatty", "Goals for the 9v9 pitches", "Hi Dave,", "Cheers,\nAndy",
  [("N", "Hope the under-10s had a good weekend against Ashton.", "pleasantry"),
   ("HS", "I've driven out to your ground three times now to measure up, and it's a bit rich that I still don't have an answer.", "seller's effort as guilt")],
  [("N", "The 16 by 7 foot aluminium goals meet the FA guidance for 9v9, and the wheeled bases mean one parent can move them.", "product detail tied to his league"),
   ("HS", "The goals are £1,890 a pair including the wheels, and I need a decision by Friday to hit my summer target.", "price plus seller's target as a decision date"),
   ("H", "Don't bother waiting for the committee meeting, they'll go along with whatever you decide anyway.", "overriding the prospect's own process"),
   ("H", "Clubs that put off buying proper goals usually end up in the local paper for the wrong reasons.", "fear-based shaming")])

# 21 (curly)
email("hot tub servicing for the brackendale lodges", "warm", "Lodges 3 and 11", "Dear Fiona,", "Warm regards,\nIsla",
  [("N", "Thank you for the list of the 14 lodges and the water test results from last month.", "thanks"),
   ("N", "Lodges 3 and 11 showed bromine well below the 3 ppm your own guidance sets, which usually points to a failing dosing pump rather than guest use.", "insight from the prospect's own data"),
   ("T", "Our quarterly service would be £95 a tub, but I can do it for £75 if that's easier for you.", "price plus unprompted discount")],
  [("S", "Our engineer Kyle would look after all 14 lodges, and he's part of the team just named Hot Tub Service Company of the Year, which we're all very chuffed about!", "engineer detail plus award boast"),
   ("T", "I've attached a sample service report, and sorry for going on, I know it's a lot to read.", "attachment plus apology for length"),
   ("T", "I'd hate to let you down, so please do tell me if I've got anything wrong.", "needing approval"),
   ("N", "Would Monday 14th work for a first visit to lodges 3 and 11?", "clear next step with a date")])

# 22
email("hand dryers for the northgate shopping arcade", "blunt", "East washrooms", "Mr. Grant,", "Regards,\nJulian Reyes",
  [("N", "I've read the cleaning contractor's report you shared on the paper towel costs in the east washrooms.", "context"),
   ("H", "Having surveyed all six washrooms and seen the blocked drains myself, you need to replace the towel dispensers this year.", "borderline: 'you need' directive after a real survey"),
   ("N", "Your own figures put towels at $14,200 a year, against about $1,900 in electricity for eight high-speed dryers.", "figures from the prospect's own data")],
  [("H", "Every month you hang on to the dispensers is another thousand dollars thrown in the trash, so let's stop wasting time.", "borderline: plausible cost of delay used to push"),
   ("S", "We're the only distributor in the state with three patents on our nozzle design.", "generic boast"),
   ("S", "The sample unit comes with a wall bracket and an installer, and I'd love to tell you the whole story of how our founder invented the nozzle in his garage.", "sample detail plus 'hear our story'"),
   ("N", "I can have a sample unit installed in the east washroom next week for your staff to try.", "concrete next step")])

# 23
email("hoof trimming for the birchwood dairy herd", "blunt", "Feet", "Morning Bill,", "Pete",
  [("N", "I know you said last week that your nephew is doing the feet now.", "acknowledges the decision"),
   ("H", "I'll be at the yard Thursday anyway, so I'll pop in and you can tell me to my face.", "turning up uninvited after a no"),
   ("HS", "After I came out at midnight for that calving in March, I thought I'd earned a bit more loyalty than this.", "seller's favour as guilt after a decision")],
  [("H", "Your heifers are due their pre-calving trim next month, and I'm not giving up, you'll hear from me every week until you change your mind.", "trim timing plus badgering after a no"),
   ("N", "If lameness scores creep up over winter, the crush and the block kit are still here.", "leaves value behind")])

# 24 clean (curly)
email("hi-vis vests for the northway council road crews", "formal", "Class 3 vests, framework lot 4", "Dear Ms Achterberg,", "Yours sincerely,\nRaj Patel",
  [("N", "Thank you for confirming the sizes for the 86 operatives.", "thanks"),
   ("N", "The Class 3 vests meet the standard your highways team cited, and the reflective tape is rated for 50 washes at 60 degrees.", "credential the buyer requires")],
  [("N", "Your procurement portal closes to this framework on 31 March, so I have uploaded the signed declaration today.", "the prospect's own deadline"),
   ("N", "Sorry for the delay in sending the sizing chart; a printing error held it up, and the corrected version is attached.", "borderline: single courtesy apology for a real delay, with the fix"),
   ("N", "Shall we arrange a fitting session at the depot on 12 March?", "clear next step with a date")])

# 25
email("incubators for the ashgrove hatchery", "chatty", "Cabinet incubator", "Hi Meg,", "Speak soon,\nGemma",
  [("N", "Thanks for showing me round the hatchery on Friday.", "pleasantry"),
   ("S", "I'd love to give you the grand tour of everything we make, all nine models from the countertop unit to the walk-in.", "whole-range tour with no link to her need"),
   ("S", "The 1,200-egg cabinet you asked about is attached, and fun fact, it's the same model our investors showcased at the Birmingham expo!", "requested model plus investor and expo boast")],
  [("N", "Your hatch rate of 78% on the Marans is a few points below what a cabinet with automatic turning usually gives.", "insight from the prospect's own data"),
   ("HS", "I can deliver the cabinet on the 20th, and if you order by the end of this week it counts toward a sales contest I'm trying to win.", "delivery date plus seller's contest as an order deadline"),
   ("S", "I'll send the hatching guide you asked for tomorrow, and would you mind putting me in touch with a couple of other breeders, since referrals really help my numbers?", "requested guide plus referral ask for the seller"),
   ("T", "Sorry, I know I've sent a lot of emails this week.", "apology for following up")])

# 26
email("jukebox repair for the rockabilly diner", "warm", "That Wurlitzer", "Hey Lou,", "Best,\nRay",
  [("N", "Thanks for calling about the Wurlitzer that keeps skipping on the B-sides.", "thanks"),
   ("N", "From your description, it sounds like the selector cam is worn, which is a two-hour fix on site.", "diagnosis"),
   ("T", "The fix runs $240 in parts and labor, and I'm really sorry it isn't cheaper.", "price plus apology for the price")],
  [("S", "We've fixed over 3,000 jukeboxes coast to coast and we've got framed photos of celebrity customers to prove it.", "generic boast"),
   ("T", "I could come out Tuesday or Wednesday, but really, I'll fit around you, there's no hurry on my end.", "visit offer plus minimising"),
   ("T", "And if you'd rather go with someone else, honestly, I won't take it personally!", "pre-emptively releasing the buyer")])

# 27 (curly)
email("jam jars for the westmoor preserves kitchen", "formal", "Hexagonal jars, 340 g", "Dear Mrs Thornton,", "Yours faithfully,\nMargaret Oyelaran",
  [("N", "Thank you for your enquiry about 340 g hexagonal jars with gold lids.", "thanks"),
   ("N", "For 5,000 jars a month, our price is 31p per jar including lids, delivered on pallets to your unit.", "price as requested"),
   ("T", "Regarding the discount you raised, I'm afraid that's above my level, so I'll need to ask my sales manager what he thinks.", "deferring on a discount")],
  [("N", "We can move to 28p if you commit to a twelve-month call-off, since that lets us plan the glass runs.", "concession traded for volume"),
   ("S", "We've been proudly supplying glass for over a hundred years and are the choice of many leading brands.", "years in business and generic boast"),
   ("S", "A sample case is on its way to you, and we'd be thrilled to feature your preserves in our brochure as a flagship customer.", "sample plus favour for the seller's marketing"),
   ("T", "Do let me know if that's alright, and I do hope I haven't caused any trouble.", "needing approval")])

# 28
email("karaoke system for the anchor pub", "chatty", "Karaoke for the back room", "Alright Dean,", "Cheers,\nShaz",
  [("N", "Good to see you at the quiz night, the new stage area looks great.", "pleasantry"),
   ("H", "I've attached the spec for the twin-mic system, and there's a payment link at the bottom so we can get you booked in today.", "spec attachment plus assumptive payment link"),
   ("H", "The Crown across the road signed last week, and their Friday crowd is going to be yours if you sit on your hands.", "competitor bought, FOMO")],
  [("N", "The speakers are rated for the size of your back room, so you won't need to move the dartboard.", "product detail tied to his pub"),
   ("S", "The install takes half a day, and I'm chuffed to bits to say we've just been voted best AV firm in the region.", "install detail plus award boast"),
   ("H", "The engineer can fit it on Tuesday, and if I haven't heard otherwise by Monday I'll take that as a yes.", "install date plus silence-means-yes"),
   ("HS", "I've bent over backwards for you on this, so I'd take it as a personal insult if you went elsewhere.", "seller's effort and feelings as guilt")])

# 29 clean
email("kitchen extraction cleaning for the lotus garden restaurant", "non-native English", "Cleaning of canopy and duct", "Dear Mr Chen,", "Best regards,\nNguyen Van An",
  [("N", "Thank you for meeting me yesterday and showing me the canopy and the duct on the roof.", "thanks"),
   ("N", "Your insurer asks for a deep clean of the extraction every six months, and the last certificate in your file is from February, so the next one is due in August.", "real external requirement from his own records"),
   ("N", "We clean after close, from 11 at night, so the kitchen is ready for the lunch service.", "logistics for the prospect"),
   ("N", "Please tell me which night is best for you in the first week of August.", "plain ask")])

# 30 (curly)
email("label printers for the greenway pharmacy chain", "formal", "Label printer rollout", "Dear Mr Osei,", "Yours sincerely,\nDaniel Frost",
  [("N", "Thank you for the trial feedback from the Ilkley and Otley branches.", "thanks"),
   ("N", "Your dispensers printed 2,300 labels on the trial units with no jams, and the barcode reads matched your PMR system.", "results from the prospect's trial")],
  [("HS", "The rollout plan you asked for is attached, and my regional manager wants your signature before month end so it counts towards our half-year.", "rollout plan plus manager and half-year as signing deadline"),
   ("S", "To be candid, this contract would make my year.", "seller's stake, no demand"),
   ("HT", "The order for the 22 printers is attached, with 12% off if it is signed by Thursday.", "order attachment plus discount tied to the seller's date"),
   ("N", "I am available to visit your head office on 9 July to agree the rollout order.", "clear next step with a date")])

# 31
email("lift servicing for the beacon court flats", "terse", "Lift contract", "Hi Mr Novak,", "Thanks so much,\nAmir",
  [("T", "Bumping this back to the top of your pile in case my quote slipped past you.", "'checking in' variant with nothing new"),
   ("T", "Apologies for cluttering your inbox yet again, I know your week is packed.", "apology for following up"),
   ("N", "The LOLER inspection your insurer requires is due on 3 November, and our engineer can do it on the same visit as the service.", "real external requirement, neutral"),
   ("T", "I've attached the quote again, but please feel free to bin it if it's not useful.", "quote attachment plus permission to ignore"),
   ("T", "Happy to match whatever price you've been quoted elsewhere, just say the word.", "caving on price unprompted")])

# 32
email("lawn aeration for the oldfield bowling club", "warm", "Re: autumn green work", "Dear Jean,", "Kind regards,\nTom",
  [("N", "Thank you for letting me know the committee has decided to stay with the council's grounds team this year.", "acknowledges the decision"),
   ("T", "I'm just grateful a little firm like ours got a look-in at all.", "thanking them for considering, self-abasing"),
   ("HS", "I must say I'm disappointed, after giving up two evenings to core-sample your green for free.", "seller's sacrifice as guilt after a decision"),
   ("H", "I'll give your chairman a ring myself to see whether the full committee actually saw my figures.", "going over her head after a no")],
  [("N", "The core samples showed thatch at 18 mm on the north rink, so whoever does the autumn work should scarify before they hollow-tine.", "leaves value behind"),
   ("N", "If it would help, I'd welcome ten minutes at some point to hear what tipped the decision.", "borderline: optional loss-review debrief is NONE")])

# 33 (curly)
email("alpaca fleece for the tweedside mill", "chatty", "Fleeces under 24 micron", "Hi Morag,", "Cheers,\nAlison",
  [("N", "Thanks for the sample skeins, the fawn one spun beautifully.", "pleasantry"),
   ("N", "Your mill's micron limit of 24 for the baby range rules out about a third of our clip, so I've set aside the 18 fleeces that test under it.", "value tied to her spec"),
   ("S", "We've won best in show at the Royal Highland three years running, and the judges said our fleece was the finest they'd handled.", "award boast")],
  [("H", "The price for the 18 fleeces is £22 per kilo, and there's a buyer from Yorkshire sniffing round them, so don't hang about.", "price plus invented rival buyer"),
   ("HS", "Shearing this lot was a real slog for me, so I'd hope you'd at least give me a yes or no by Friday.", "seller's effort as guilt with a date"),
   ("T", "Sorry if that sounds pushy, I really don't mean it to!", "apology for being pushy")])

# 34 clean
email("bat survey for the foxley barn conversion", "formal", "Bat survey for your planning application", "Dear Mr and Mrs Ellery,", "Yours sincerely,\nDr Fiona Lake",
  [("N", "Thank you for sending the planning officer's letter requesting a bat survey before your conversion can be determined.", "thanks"),
   ("N", "Emergence surveys can only be carried out between May and September, so if the first visit slips past the summer your application would wait until next spring.", "borderline: real seasonal constraint stated once with the reason"),
   ("N", "Our ecologist holds a Natural England class licence, which your planning officer will look for in the report.", "credential the buyer's process requires")],
  [("N", "The fee for two dusk surveys and the report is £1,450, and we could start on 4 June.", "price and date"),
   ("N", "Would you like me to book the first visit for that evening?", "plain ask")])

# 35
email("bunting for the thornbury jubilee street party", "very deferential", "Bunting for the High Street", "Dear Councillor Reid,", "With the greatest respect,\nPenny Shaw",
  [("T", "Please forgive me for writing to you directly, I do hope you don't mind terribly.", "apology and approval-seeking for normal selling"),
   ("T", "I've attached a sample of the flag bunting, though I'm sure you've far more important things to be getting on with.", "sample attachment plus self-minimising")],
  [("N", "The 200 metres you mentioned would cover both sides of the High Street from the church to the war memorial.", "detail tied to her event"),
   ("T", "It's £1.20 a metre, but I could easily do it for a pound if that helps at all.", "price plus unprompted discount"),
   ("ST", "Please do consider us, it would be such a boost for a tiny business like mine.", "pleading for the seller's own sake")])

# 36 (curly)
email("electric vehicle chargers for the castle street hotel", "blunt", "Overnight charging for guests", "Ms. Whitaker,", "Regards,\nBrett Cole",
  [("N", "Your front desk reported 23 guests last month asking where they could charge overnight.", "the prospect's own data"),
   ("S", "We're the fastest-growing charger company in the country, backed by two Silicon Valley funds.", "growth ranking and investors"),
   ("H", "Hotels that don't have chargers by next summer are going to be invisible on every booking site, period.", "manufactured fear")],
  [("N", "The state's EV infrastructure rebate covers up to 60% of the hardware for applications received before December 1, after which the program closes.", "borderline: rebate programme closing, stated once with the reason"),
   ("S", "The chargers can go on your existing lamp posts, and our app has 40 features, from loyalty points to carbon dashboards to dynamic pricing.", "mounting detail plus feature list"),
   ("H", "I've put together the rebate paperwork for you, and I've already booked the electrician for the 10th, so just sign where it's flagged.", "rebate paperwork plus assumptive booking")])

# 37
email("dartboards for the kings head league", "terse", "Boards", "Hi Gaz,", "Cheers,\nMo",
  [("N", "Ten sisal boards with surrounds, £38 each, as asked.", "price as requested"),
   ("T", "Sorry, I know that's probably more than you wanted to pay.", "apology for the price"),
   ("T", "Tell me what you can stretch to and I'll make it work.", "asks the buyer to name their number")])

# 38
email("floristry for the highcross office receptions", "warm", "Flowers for your three receptions", "Dear Olivia,", "Warmly,\nSophie",
  [("N", "It was a pleasure to meet you and see the three reception areas on Monday.", "pleasantry"),
   ("N", "Because the Level 1 reception gets full afternoon sun, I'd use orchids and anthuriums there, which will last the week without wilting.", "expert advice tied to her site"),
   ("S", "I've attached a proposal for a weekly change at £65 per arrangement, and our spring collection has me more excited than I've been in years, honestly.", "proposal plus the rep's own excitement")],
  [("S", "The arrangements would be changed every Monday before your visitors arrive, and they've been featured in three glossy magazines this year alone!", "schedule detail plus press boast"),
   ("H", "A lot of the firms in your building have already signed up with us, so you'll stick out if you don't.", "peers who switched, shaming"),
   ("T", "I hope the proposal is alright and I'm sorry if it's a bit long.", "approval-seeking and apology for length"),
   ("N", "Could we have a quick call on Thursday at 11 to settle the colour palette?", "clear next step")])

# 39 clean (curly)
email("guttering clearance for st mary's primary school", "chatty", "Gutter above Reception", "Hi Mrs Booth,", "Thanks,\nCraig",
  [("N", "Thanks for the photos of the overflowing gutter above the Reception classroom.", "thanks"),
   ("N", "The moss in the valley gutter is the likely culprit, and we can clear it with a cherry picker from the playground side, so no one needs a ladder near the children.", "diagnosis and method tied to the school"),
   ("N", "We'll need the playground closed for two hours, so half term would be easiest if that suits your caretaker.", "logistics; 'need' as a prerequisite"),
   ("N", "Just a reminder that we'll also send a camera down the downpipe to check it isn't cracked.", "one polite 'just'")])

# 40
email("grain dryer repair for the ashlar farm co-op", "non-native English", "Burner of the dryer", "Dear Mr Harrison,", "Best regards,\nJan Kowalczyk",
  [("N", "Thank you for the call about the burner on the continuous flow dryer.", "thanks"),
   ("N", "From the error codes you sent, the flame sensor is failing, and this part I have in stock.", "diagnosis from his data"),
   ("S", "The flame sensor is original part, and my company is the oldest dryer service in all the county, since 1961.", "part detail plus years-in-business boast")],
  [("H", "The repair is £620, and you must say yes today because harvest is coming and after that I cannot promise anything.", "price plus ultimatum"),
   ("HS", "I have waited for your answer all week and I feel very disrespected, so please answer me today.", "seller's feelings as guilt with a demand"),
   ("T", "Sorry for my bad English and sorry to write again so soon.", "self-abasing apologies for normal follow-up"),
   ("N", "My engineer can come on Tuesday morning, before the wheat is ready.", "clear next step")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s74e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s74-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed74: held-out sales emails for the Poise tone coach\n")
    R.append("> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on\n7 December (in the tenth session) from the labelling guide alone, blind to that session's later changes, and\nmeasured first on the model and rules of that session, with twelve rules made advice only (rules + model macro-F1 0.935:\nhard_close 0.923, self_serving 0.939, timidity 0.944; 2 of 103 clean sentences flagged; email agreement 0.975 / 0.975 /\n0.900).\n")
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
    R.append("- Every third email (s74e003, s74e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
