#!/usr/bin/env python3
"""Build sealed86: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("acupuncture needle supply for the willowbank pain clinic", "chatty", "Needles for Willowbank", "Hi Priya,", "Cheers,\nDanny",
  [("N", "Thanks for the tour of the treatment rooms on Tuesday, it was great to see how the new layout flows.", "pleasantry"),
   ("S", "Honestly, the whole office has been buzzing about our new sterile-pack range all week, we can't stop talking about it.", "rep's excitement about own range, nothing for the clinic"),
   ("S", "The sample box I'm dropping off on Thursday has the 0.25 gauge you asked about, plus 14 other gauges, three coatings, four handle colours, a guide-tube option and a refill subscription.", "requested sample plus a feature dump")],
  [("N", "You mentioned your practitioners get through about 2,000 needles a month, so the 1,000-count cartons would mean two deliveries a month instead of the eight you have now.", "value from the clinic's own usage"),
   ("T", "Pricing is on the attached sheet, and sorry in advance that it's a bit higher than what you pay now.", "price sheet plus apology for the price"),
   ("T", "If that's a problem, I'm sure I can shave something off for you, no questions asked.", "unprompted, unconditional discount"),
   ("T", "Could your two senior practitioners give me ten minutes with the box while I'm there, only if it's no trouble at all and they don't mind, of course?", "meeting ask plus permission-seeking hedges")])

# 2
email("abseil rope testing for the cliffside outdoor centre", "formal", "Rope inspection ahead of your licensing visit", "Dear Mr Haldane,", "Yours sincerely,\nGeraldine Fox\nSenior Inspector",
  [("N", "Thank you for sending over the equipment register for the Cliffside centre.", "courtesy"),
   ("N", "The revised national guidance asks centres to have rope inspection records on file before the 1 April licensing visit, which is why I have suggested the March dates.", "borderline: real external licensing date, stated once with its reason"),
   ("H", "I have therefore pencilled in our inspector for 3 March and will raise the invoice this afternoon so that the slot is held.", "inspection date plus invoice raised before any agreement")],
  [("S", "The attached checklist covers all 64 ropes on your register, and I might mention that it is the same award-winning format we devised for the national governing body.", "checklist attachment plus award boast"),
   ("H", "A centre of your standing would hardly want to be the last in the county caught without paperwork, when every other centre has already signed with us.", "shaming with peers who already signed"),
   ("H", "The rope report will be in your inbox within 48 hours of the visit, and if I do not have your written approval by Monday I shall take the matter up with your board of trustees.", "report turnaround plus bypass threat"),
   ("N", "I would be glad to take your questions by telephone on Thursday afternoon.", "clear next step")])

# 3
email("bagpipe reeds for the glenmorven pipe band", "warm", "Reeds for the wet-weather season", "Hello Callum,", "Warm wishes,\nIsla",
  [("N", "It was lovely hearing the band at the Games on Saturday, and the drones sounded steadier than last year.", "pleasantry"),
   ("S", "We've supplied reeds to pipers for four generations, and our workshop has won more trophies than any other in Scotland.", "generic boast: trophies and years in trade"),
   ("N", "For the pipers who struggle with reeds drying out on long parades, the synthetic chanter reed holds its pitch far longer in wet weather.", "product detail tied to the band's problem")],
  [("S", "I've included the reed-care leaflet you asked for, along with our brochure listing every champion band we have ever supplied.", "requested leaflet plus boast brochure"),
   ("T", "The sample set is in the post, and there's no rush at all if you never get round to trying them.", "sample sent plus minimising self-release"),
   ("ST", "I'd be ever so grateful if you'd mention us to the other bands at the next contest, because it would honestly make my year, and I'm sorry to even ask.", "referral favour pleaded for the seller's own sake, with an apology")])

# 4
email("bus shelter cleaning for the dunmere district council", "formal", "Dunmere shelter cleaning tender", "Dear Ms Okafor,", "Kind regards,\nMarcus Bell\nBright Street Services",
  [("N", "Thank you for the tender pack for the Dunmere shelter cleaning contract.", "courtesy"),
   ("N", "Your own fault log shows 38 graffiti reports on the A59 corridor shelters last quarter, so I have priced a fortnightly visit on that route and monthly elsewhere.", "figures from the prospect's own data")],
  [("N", "The tender portal closes at noon on 14 June, and I will submit our completed return by 10 June so your team has time to raise any clarification.", "the prospect's own deadline"),
   ("N", "Could we walk two of the worst-affected shelters together next week to agree the cleaning standard?", "plain ask"),
   ("N", "I am free on Tuesday or Wednesday morning.", "logistics")])

# 5
email("bowling lane refinishing for the strikezone leisure park", "blunt", "Your lanes", "Kev,", "Steve",
  [("N", "Your lanes 3 to 7 are down to bare wood at the arrows, which is why balls are hooking early.", "inspection finding"),
   ("H", "Having measured every lane, I'll be straight: you need a full resurface, not another coat.", "borderline: 'you need' directive, though after a real inspection"),
   ("H", "Every week those lanes stay as they are is another league walking out the door to the alley in town.", "loss framing used to push, no figures")],
  [("H", "I've put you down for the first week of the school holidays, which is when you said you're quietest, and the deposit link is below.", "prospect's quiet week plus deposit demanded before a yes"),
   ("S", "The lacquer we use cures overnight, and we've done more lanes than anyone north of Birmingham, nobody else in the trade comes close.", "curing detail plus generic boast"),
   ("H", "Ring me today if you want the cost split lane by lane, because I'm not holding that week for anyone who dithers.", "cost breakdown offer plus an ultimatum")])

# 6
email("bunk beds for the harefield youth hostel", "very deferential", "Bunk beds quote", "Dear Mrs Pemberton,", "With very best wishes,\nAnnette",
  [("T", "I'm so sorry to trouble you again, and I completely understand if you're far too busy to read this.", "apology for following up, self-abasing"),
   ("T", "I only wondered whether perhaps you might possibly have had a moment to look at the bunk quote, if it's not an imposition.", "quote follow-up plus stacked hedges")],
  [("N", "The steel frames take a 120 kg load per berth, which covers the adult walking groups you mentioned.", "product detail tied to the hostel's guests"),
   ("S", "I've enclosed the fire certificate for the mattresses, and also a little note about our recent Best Small Business award, which we're all so proud of.", "fire certificate plus award boast"),
   ("T", "The price includes delivery and assembly, but if it feels too high, please just tell me what figure you had in mind and I'll make it work.", "price detail plus name-your-number concession"),
   ("T", "I hope this email is alright and hasn't caused any bother.", "approval-seeking")])

# 7
email("bottle labelling machine for the heathfield gin distillery", "chatty", "Labeller for the rhubarb gin line", "Hey Rosie!", "Cheers,\nTom",
  [("N", "Great catching up at the trade fair, and congratulations on the gold for the rhubarb gin.", "pleasantry"),
   ("S", "Quick bit of news from our side: we've just been named Packaging Innovator of the Year, which we're all pretty chuffed about.", "award boast")],
  [("N", "Since you're hand-labelling about 600 bottles a day, the semi-automatic applicator would free up most of a person's shift and keep labels straight on your tapered bottles.", "value tied to the prospect's volume"),
   ("HS", "I'd love to get this signed before the 30th, because it's the last day of our sales contest and I'm neck and neck for the top spot.", "seller-driven deadline: the rep's sales contest"),
   ("S", "Once it's running I'll come back to set up your label templates, and could you give us a shout-out on your Instagram while I'm there?", "template setup visit plus favour for the seller's marketing"),
   ("H", "The machine comes with a two-year warranty, and honestly, if you don't grab it now you'll still be hand-sticking labels when you're sixty.", "warranty detail plus now-or-never pressure"),
   ("N", "Shall I bring the demo unit over on Thursday at 2?", "next step with a date")])

# 8
email("cattle ear tags for the high moor beef co-op", "non-native English", "Ear tags for the co-op", "Dear Mr Dobson,", "Best regards,\nLukas Brenner",
  [("N", "Thank you for the meeting in Hexham last week about the tags for the co-op members.", "courtesy"),
   ("H", "Please send me the herd numbers of all members today, then I put the order in our system and you pay with the card form attached.", "order step plus card form before any yes"),
   ("N", "The tags are approved for the movement reporting service, so the members can scan them with the readers they have now.", "compatibility the buyer needs")],
  [("H", "Other co-ops in the region have all changed to our tags already, so you are the last one still with the old system.", "peers already switched, shaming"),
   ("H", "The tags come with one free applicator for every farm, and I already told the warehouse to ship on Monday, so you only need to say the number of members.", "free applicator detail plus shipment arranged before a yes"),
   ("S", "Delivery to the co-op office is free, and our company is biggest producer of tags in Europe with many investors from Germany and Netherlands.", "free delivery plus size and investor boast")])

# 9
email("choir risers for the hallgate community choir", "warm", "Risers for the spring concert", "Hi Margaret,", "Best wishes,\nJo",
  [("N", "Thank you for letting me sit in on Wednesday's rehearsal; the altos were wonderful.", "pleasantry"),
   ("N", "With 46 singers on three rows, the four-section riser set would give the back row a clear sightline to you without anyone standing on the chapel step.", "value tied to the choir"),
   ("N", "The sections fold to the size of a suitcase, so your two volunteers who set up on Wednesdays could manage them without help.", "product detail tied to the prospect")],
  [("N", "I've attached the quote and a photo of the set in a hall about the size of yours.", "logistics"),
   ("N", "Would Saturday morning suit for a quick trial before your spring concert?", "next step with a date")])

# 10
email("climbing wall auto-belays for the summit leisure centre", "blunt", "Auto-belays: price and layout", "Rachel,", "Gary",
  [("N", "You asked for the price on six auto-belays: it's 23,400 pounds installed, including the first annual service.", "price the prospect asked for"),
   ("HS", "I spent two full weekends redesigning your wall layout, so the least I'm owed is a yes or no by Friday.", "seller's effort used as guilt for a decision"),
   ("S", "The units also mean one instructor can run a session of twelve climbers rather than four, and they're the exact model that won us Supplier of the Year three times running.", "staffing value plus award boast")],
  [("H", "Centres that dragged their feet last year ended up in the local paper after a fall, so don't be that centre.", "fear and shaming"),
   ("H", "The updated layout drawing is attached, and if I haven't heard back by Friday, it goes to your operations director with my notes on the delay.", "drawing attachment plus bypass threat")])

# 11
email("cocktail bar hire for the fairfield graduation ball", "chatty", "Bars for the grad ball", "Hiya Chloe,", "Thanks so much,\nBex",
  [("T", "Me again, just floating this back up to the top of your pile, hope that's okay!", "purpose-free check-in and approval-seeking"),
   ("N", "For 400 guests we'd run two bars with six staff, which keeps the queue under five minutes even at the midnight rush.", "value tied to the event"),
   ("S", "Between us, the team's dying to show off our new LED bar front, it's our pride and joy.", "seller's excitement about showing off own kit")],
  [("T", "The menu's attached, and sorry it's such a long list, I got a bit carried away.", "menu attachment plus apology for length"),
   ("T", "Honestly, whatever budget the committee has, tell me and we'll squeeze it to fit.", "asks the buyer to name the number"),
   ("HT", "We can hold the date with a 100-pound deposit, and if the committee confirms by Wednesday I'll take a third off the whole package.", "date hold plus discount conditioned on the seller's date"),
   ("N", "Could we grab 20 minutes on Monday to pick the three signature cocktails?", "next step with a date")])

# 12
email("chapel audio for the lindenhurst crematorium", "very deferential", "Sound in the chapel", "Dear Mr Ashworth,", "With kind regards,\nPeter Crane",
  [("N", "Thank you for explaining how often families have struggled to hear the celebrant from the back rows.", "courtesy"),
   ("N", "A hearing loop would probably make the biggest difference for the guests who use hearing aids.", "borderline: one mild hedge on a concrete benefit"),
   ("T", "I do hope it wasn't presumptuous of me to sketch a rough speaker layout, and I'd quite understand if it isn't wanted.", "layout offer plus approval-seeking")],
  [("T", "Please don't let this jump the queue of anything else on your desk; I'll wait as long as it takes.", "minimising, permission-giving"),
   ("T", "On the speaker package, I'll need to ask my regional manager whether any reduction is possible, if that's alright.", "defers a discount question to the manager")])

# 13
email("diving cylinder testing for the blue reef dive club", "terse", "Cylinder tests", "Sam,", "Ade",
  [("N", "Cylinder test quote attached: 22 cylinders at 28 pounds each.", "logistics"),
   ("H", "Book your slot today, they're going fast and I can't promise any after Friday.", "vague scarcity and an invented cutoff"),
   ("S", "Turnaround is three days, and we've tested more cylinders than anyone on the south coast.", "turnaround detail plus generic boast"),
   ("H", "Fills are free for the first month if you switch, and frankly it's embarrassing that a dive club is still queuing two weeks for its tests.", "fill offer plus shaming"),
   ("N", "Drop them at the shop any weekday before 4.", "logistics")])

# 14
email("dental milling burs for the castleton dental lab", "formal", "Coated burs for your zirconia work", "Dear Dr Maddox,", "Yours sincerely,\nHelen Varga",
  [("N", "Following our call on Monday, I have checked your mill's spindle specification against our bur range.", "follow-up with content"),
   ("N", "Your current burs are lasting around 40 zirconia crowns each, according to the usage log you shared, and our coated version averaged 65 in comparable mills.", "figures from the prospect's data"),
   ("N", "At your volume of roughly 300 crowns a month, that would mean about three fewer bur changes a week.", "value tied to the prospect")],
  [("N", "Our supplier's coating price holds until 31 May, after which their tungsten surcharge is reviewed, so the attached quote is valid to that date.", "borderline: factual price expiry with the supplier's reason, no urgency"),
   ("N", "I would be happy to send a trial pack of ten for your technicians to compare directly.", "plain offer")])

# 15
email("dog agility equipment for the pawsfield training club", "warm", "Kit for the new season", "Hi Lorraine,", "Warmly,\nBeth",
  [("N", "What a rotten month you've had with the flooding at the field; I hope the ground has dried out.", "sympathy"),
   ("N", "The aluminium weave poles don't rust, so leaving them out over winter won't be a problem.", "product detail tied to the club"),
   ("S", "As you probably know, we're a family firm that's been making agility kit since 1962.", "borderline: heritage line")],
  [("S", "We've also got tunnels, tyres, seesaws, A-frames, dog walks, pause tables, long jumps and a full scoring app.", "feature dump"),
   ("ST", "I'll be honest, I'm really hoping this one comes through because I've had a quiet month, so anything you can do would mean a lot.", "pleading for the seller's own sake"),
   ("N", "Would the committee like to try the seesaw at Sunday's session?", "plain ask with a date")])

# 16
email("dumbwaiter repair for the old rectory restaurant", "blunt", "Dumbwaiter", "Mr Lang,", "Frank Mulroy",
  [("N", "The dumbwaiter's winding motor is burning out because the counterweight cable has stretched 4 cm.", "diagnosis"),
   ("HS", "After I sent my best engineer out on a Sunday for you, I think I deserve a decision by tomorrow.", "seller's sacrifice as guilt for a decision"),
   ("H", "Leave it any longer and your kitchen will be carrying plates up the stairs in the middle of a Saturday service, and that'll be on you.", "blame and fear to push")],
  [("N", "The cable and motor together come to 1,850 pounds, fitted in one morning.", "price"),
   ("H", "I can fit it on Tuesday morning before your lunch service, and I'll keep ringing the restaurant every day until someone says yes.", "fitting slot plus badgering threat"),
   ("H", "The part is on the shelf in our van, and my invoice for it is already in the post.", "part availability plus invoice sent before a yes")])

# 17
email("electric kiln servicing for the fernside ceramics college", "non-native English", "Kiln number 3", "Dear Mrs Adeyemi,", "Kind regards,\nMarek Nowak",
  [("N", "Thank you for your email and the list of the kilns in the studio.", "courtesy"),
   ("T", "I am very sorry for disturbing you again and again with my messages, I feel bad about it.", "repeated apology for following up")],
  [("N", "Your kiln number 3 has elements from 2016, and after about 400 firings they usually start to lose temperature at the top shelf.", "insight from the prospect's equipment"),
   ("T", "Maybe if you perhaps have some time, possibly we could try to find a day for a visit to check it?", "visit ask plus stacked hedges"),
   ("T", "The price for new elements is 480 pounds, and I can give you 20 percent less already, without any condition, because I want you to be happy with us.", "element price plus unconditional discount and approval-seeking")])

# 18
email("electronic shelf labels for the crofter's farm shop", "chatty", "Shelf labels", "Morning Fiona,", "Speak soon,\nAli",
  [("N", "Hope the Christmas orders are settling down a bit now!", "pleasantry"),
   ("N", "You said your team spends most of Monday relabelling prices after the supplier changes come in, and the screens update every shelf from the till in about two minutes.", "value tied to the prospect's own problem")],
  [("S", "Between you and me, my boss has me on a target of ten shops this quarter and I'm sitting on seven.", "seller's target, no date pressed on the prospect"),
   ("HS", "So if you could give me the nod before the 31st, you'd be doing me a massive favour.", "seller-driven deadline phrased as a favour"),
   ("H", "The screens also show allergen information, and half the farm shops in the valley have already gone digital, so customers notice who hasn't.", "allergen feature plus peers-already-switched shaming"),
   ("N", "Fancy a look at a live setup at the Ashby shop next week?", "plain ask"),
   ("H", "I've already pencilled your install in for the 14th, the week you said the new stock arrives, so just send the bank details and we're done.", "prospect's stock week plus bank details before a yes")])

# 19
email("equine dentistry for the holmcroft pony club", "terse", "Dental day", "Hi Jenny,", "Thanks,\nRob",
  [("N", "Following up on the dental check dates for the club ponies.", "single follow-up line"),
   ("N", "I can do all 18 on Saturday 9th, starting at 8.", "logistics"),
   ("N", "Two of the older ponies had sharp hooks last spring, so I'd like them first while they're calm.", "expert plan from the prospect's history"),
   ("N", "Can you confirm the yard will have water and a tie-up area?", "plain ask")])

# 20
email("espresso machine descaling for the bean & bloom cafes", "formal", "Descaling contract", "Dear Mr Okonjo,", "Yours faithfully,\nAnthony Reeve\nAccount Director",
  [("N", "Thank you for the water hardness readings from your three cafes.", "courtesy"),
   ("N", "At 310 ppm, the scale in your boilers will be building up roughly twice as fast as the manufacturer's service interval assumes.", "insight from the prospect's data"),
   ("H", "I have taken the liberty of scheduling our technicians for all three sites on Monday, and the direct debit mandate is enclosed for your signature.", "visit plan plus payment mandate before a yes")],
  [("S", "We are, after all, the preferred descaling partner of four national coffee chains and hold two industry awards.", "generic boast"),
   ("HS", "My director has asked me to have the contract countersigned before our financial year closes on the 31st.", "seller-driven deadline: director and year end"),
   ("H", "I trust you will not keep us waiting.", "entitlement aimed at the prospect")])

# 21
email("fabric banners for the northfield half-term carnival", "very deferential", "Carnival banners", "Dear Councillor Hughes,", "Respectfully yours,\nDeborah Finch",
  [("T", "Please forgive me for writing once more, I know how many emails you must get.", "apology for following up"),
   ("N", "The banners in the attached proof are printed on flame-retardant knit, which is what the carnival's safety officer asked for in the event plan.", "spec the buyer's process requires"),
   ("T", "I was hoping you might perhaps be able to let me know, if it's not too much bother, whether the committee liked the designs.", "design feedback ask plus stacked hedges and permission-seeking")],
  [("ST", "Each banner can carry a sponsor strip along the bottom, and I did wonder whether the committee might let us put our own logo there, which would mean the world to our little firm.", "sponsor-strip detail plus a logo favour pleaded for the seller's sake"),
   ("T", "Of course, if you've decided to go elsewhere, thank you so much for even thinking of us.", "thanks for even considering, pre-emptive release")])

# 22
email("fly-tipping clearance for the marston housing association", "blunt", "Kestrel Road bin store", "Dear Ms Clarke,", "Regards,\nDarren Pike",
  [("N", "Your estates team logged 27 fly-tipping jobs across the Marston blocks in March, most of them at the Kestrel Road bin store.", "figures from the prospect's data"),
   ("H", "Every fortnight you sit on this costs you about 1,200 pounds in call-outs, so the sensible thing is to sign now.", "borderline: plausible cost-of-delay figure used to push a signature"),
   ("N", "A weekly sweep of that bin store would take most of those jobs off your list.", "value")],
  [("H", "Frankly, I'm amazed your tenants have put up with it this long.", "shaming"),
   ("H", "The contract is attached, and I've copied your chief executive so she can see what's being left on her doorstep.", "contract attachment plus going over her head")])

# 23
email("forest school shelters for the bramblewood nursery", "warm", "A dry lunch spot for the copse", "Dear Hannah,", "With warm wishes,\nClaire",
  [("N", "It was a joy to watch the children building dens in the copse when I visited.", "pleasantry"),
   ("N", "The canopy shelter would give the group somewhere dry to eat lunch, which you said was the main reason sessions get cancelled in autumn.", "value tied to the prospect's problem")],
  [("T", "The quote is attached, and I'm sorry it came out a little on the pricey side, I did try my best to keep it down.", "quote attachment plus apology for the price"),
   ("T", "If it's still too much, we could always knock the cost of the benches off for you.", "unprompted concession"),
   ("S", "Once it's up, we'll come back after the first month to check the guy ropes, and we'd love to take some photos of the little ones for our brochure while we're there.", "aftercare visit plus photo favour for the seller's brochure"),
   ("T", "Shall I pop by on Friday at pickup to talk it through with you and the owners, or is that too pushy of me?", "meeting ask plus worry about seeming pushy")])

# 24
email("evaporative coolers for the ashfield greenhouse nursery", "terse", "Coolers quote", "Hi Owen,", "Mel",
  [("N", "Quote for two evaporative coolers attached, as you asked.", "logistics"),
   ("N", "Based on the temperatures in your July logs, they'd keep the propagation house under 28 degrees on all but two days.", "value from the prospect's own data"),
   ("N", "Delivery lead time is three weeks.", "logistics"),
   ("N", "Want me to hold an install day in early June?", "confident next step")])

# 25
email("ecg machines for the brookfield gp surgery", "formal", "ECG units for Brookfield", "Dear Dr Singh,", "Yours sincerely,\nCatherine Loy",
  [("N", "Thank you for the opportunity to present to the partners on Wednesday.", "courtesy"),
   ("S", "As the market leader in primary-care diagnostics, with over 30 years of excellence and a string of design awards, we are uniquely placed to serve you.", "leader, years and awards boast"),
   ("N", "The 12-lead unit sends results straight into your clinical record system, which would save your healthcare assistants re-keying about 60 traces a week.", "value tied to the practice")],
  [("S", "I would welcome a second meeting at which I could take the partners through our entire cardiology portfolio, from Holter monitors to stress-test suites.", "meeting ask plus a whole-portfolio tour nobody asked for"),
   ("T", "I quite understand that you may well wish to look elsewhere, and I apologise if we have taken up too much of your time.", "pre-emptive release and apology for normal selling"),
   ("S", "I will send the data sheet and a sample report by Monday, along with our anniversary brochure celebrating thirty years of the company's achievements.", "data sheet plus self-celebrating brochure")])

# 26
email("e-learning modules for the northdale fire service", "chatty", "Pilot module feedback", "Hi Craig,", "Cheers,\nNina",
  [("N", "Thanks for the feedback from the watch managers on the pilot module.", "courtesy"),
   ("N", "Their point about the hose-management quiz being too easy is fair, and we've rebuilt it around the three incident types your crews see most.", "value tied to the prospect's feedback"),
   ("T", "Anyway, mostly I'm dropping a line to see whether anything's moved, no pressure whatsoever.", "purpose-free check-in with a minimiser")],
  [("H", "I did notice you've opened the proposal six times this week, so I'm guessing it's a yes?", "read-tracking used at the prospect"),
   ("HT", "If we can get the PO by next Friday, I'll throw in the whole advanced module library for free.", "free add-on tied to the seller's date"),
   ("HS", "Happy to do a 30-minute call with the training leads on Tuesday, and it would really help my numbers if the order landed before my month closes on Thursday.", "call offer plus seller-driven deadline: the rep's month end")])

# 27
email("farrier tools for the hillhead forge", "non-native English", "Rasps and knives price", "Hello Mr Gray,", "Best regards,\nJoao Ferreira",
  [("N", "I am writing about the rasps and hoof knives you asked the price for at the show.", "context"),
   ("N", "The price for the set of 12 rasps is 264 pounds, and the knives are 31 pounds each, delivery included.", "price the prospect asked for"),
   ("S", "Our factory is making tools since 1889 and we won the gold medal at the Hannover fair three times.", "years and medals boast")],
  [("H", "The rasps are in stock in Leeds now, but you must order this week, because after this the stock is finish and other farriers already want it.", "stock location plus scarcity and rival buyers"),
   ("HST", "Please help me, my manager says if I do not close one big order before month end I have a problem, so I give you 10 percent if you order before Friday.", "seller-driven deadline with manager reason and a discount tied to it")])

# 28
email("flood barriers for the riverside antiques centre", "warm", "Barriers and the grant", "Dear Gillian,", "Best wishes,\nAndrew",
  [("N", "I was so sorry to hear about the water in the lower gallery in February.", "sympathy"),
   ("N", "The demountable barriers for your two street doors go up in about ten minutes, and the flood warnings for your stretch of river usually give around six hours' notice.", "value tied to the prospect"),
   ("N", "The council's flood resilience grant closes to applications on 30 September, so it's worth getting the survey done in August if you want to claim.", "borderline: real external grant deadline, stated once with its reason")],
  [("HS", "The grant form is filled in and attached, and after all the evenings I've given up for it, I'd hate to see it go to waste because you sat on it.", "completed form plus seller's evenings used as guilt"),
   ("T", "Sorry, I know I keep going on about it.", "apology for normal selling"),
   ("S", "Our barriers have been fitted in over 3,000 buildings and featured on national television!", "exclamation-mark boast")])

# 29
email("fridge temperature logging for the sunrise care homes", "blunt", "Fridge records", "Marion,", "Keith",
  [("N", "Your inspection report flagged gaps in the fridge temperature records at two of the four homes.", "the prospect's own finding"),
   ("N", "The wireless sensors log every 15 minutes and text the duty manager if a fridge goes above 8 degrees, so the records fill themselves in.", "value tied to the finding"),
   ("N", "I'd rather pin down how many fridges and freezers you have across the homes before quoting, because that decides which plan fits.", "push-back toward value before price"),
   ("N", "Can you send me the appliance list by Wednesday?", "plain ask with a date")])

# 30
email("frozen yoghurt machines for the seafront kiosk", "chatty", "Froyo machine", "Hey Marco,", "Cheers,\nLiam",
  [("N", "Loved the new kiosk signage, the pink looks ace against the sea wall.", "pleasantry"),
   ("H", "The spec sheet's attached, and frankly you'd be mad to open in May without one of these.", "spec sheet plus directive pressure"),
   ("H", "Delivery is free to the promenade, and there are only two left in the warehouse with another kiosk owner sniffing around them all morning.", "free delivery plus scarcity and a rival buyer")],
  [("S", "We sold more of these last summer than any other dealer in the country, which the boss was pretty pleased about.", "sales boast"),
   ("N", "At the 3 pounds a tub you charge now, the machine pays for itself after about 1,400 servings.", "value from the prospect's prices"),
   ("H", "Give me a ring when you've had a look, though if I haven't heard by tonight I'll assume you're happy for me to book delivery.", "call invite plus silence-means-yes assumption")])

# 31
email("crowd barriers for the westgate carnival", "formal", "Barrier plan for the carnival route", "Dear Mr Patel,", "Yours faithfully,\nRichard Moss",
  [("N", "Thank you for the route map and the stewarding plan for this year's Westgate Carnival.", "courtesy"),
   ("N", "For the 1.2 km route you have outlined, we would recommend 480 linked barriers, with anti-climb panels along the stretch by the bandstand where the crowd was densest last year.", "expert recommendation tied to the route"),
   ("N", "My apologies for the delay in sending the plan; our site surveyor was unwell, and the full drawing is now attached.", "borderline: single courtesy apology for a real delay, with reason and fix")],
  [("H", "Delivery to the assembly point on Station Road is included, but given that barrier stock across the region is nearly spoken for, I must ask for your purchase order by return of post.", "delivery detail plus vague scarcity to force an order"),
   ("T", "The hire price is set out on page 4, but should the committee find it difficult, I would be prepared to reduce it by whatever amount they consider fair.", "hire price plus name-your-number concession"),
   ("S", "I should add that we supplied the barriers for two royal visits and are the most recommended supplier on the events register.", "generic boast")])

# 32
email("compostable cups for the riverside park kiosks", "terse", "Cups", "Hi Dee,", "Thanks,\nRaj",
  [("N", "Sample sleeve of the 12oz cups is in the post.", "logistics"),
   ("T", "Sorry for chasing again.", "apology for following up"),
   ("HT", "Order by Friday and I'll take a quarter off the whole invoice.", "discount conditioned on the seller's date"),
   ("N", "Lids fit your current dispensers.", "product detail")])

# 33
email("deep fat fryer servicing for the golden haddock chippy", "blunt", "Fryers", "Alright Stavros,", "Nick",
  [("N", "Had a look at your fryers on Monday.", "context"),
   ("N", "The left-hand pan's thermostat is reading 12 degrees low, which is why your batter's coming out pale on busy nights.", "diagnosis tied to the prospect's problem"),
   ("H", "The replacement thermostat fits both pans, and I've already ordered it in your name, so you'll be paying for it either way.", "part detail plus an order charged to the prospect before a yes")],
  [("S", "We look after more chippies in this county than anyone, and we've got the awards on the wall to prove it.", "generic boast"),
   ("HS", "I've bent over backwards for you on this, so the least you can do is ring me back.", "seller's effort used as guilt"),
   ("T", "Parts and labour come to 340 pounds, though I'll happily drop it to 280 if that sounds steep.", "price plus unprompted concession")])

# 34
email("door closer replacement for the ashton court offices", "warm", "Fire door closers", "Hi Lydia,", "Kind regards,\nMaya",
  [("N", "Thanks for walking me round Ashton Court yesterday.", "pleasantry"),
   ("N", "Of the 22 fire doors we checked, seven didn't close fully onto the latch, mostly on the second floor where the closers are the original ones.", "inspection finding"),
   ("N", "Your fire risk assessor's note gives you until the end of October to put those right, so I've suggested doing the second floor first.", "the prospect's own deadline")],
  [("N", "The quote is attached, and it includes re-checking every door afterwards with a signed record for your file.", "logistics with value"),
   ("N", "Would Thursday the 12th work for my fitter to start?", "next step with a date")])

# 35
email("audio loop installation for the kirkwall council chamber", "very deferential", "Hearing loop for the chamber", "Dear Mrs Sinclair,", "Yours most sincerely,\nAlistair Gunn",
  [("T", "I am terribly sorry to be a nuisance, and you must simply bin this if it is of no use.", "self-abasing apology, permission to ignore"),
   ("N", "The loop we discussed would cover all 28 councillors' seats and the public gallery.", "product detail tied to the chamber")],
  [("T", "The revised quote is attached, though I must apologise that it is a little higher than I had first hoped.", "revised quote plus apology for the price"),
   ("ST", "If it would help at all, I could take ten percent off in exchange for a short write-up we could use on our website.", "borderline: discount offered to win a case-study favour"),
   ("T", "I have copied in your clerk as you asked, and I do hope I have not overstepped in sending this.", "copying the clerk as asked plus approval-seeking")])

# 36
email("brass plaque engraving for the old bakehouse heritage trail", "chatty", "Plaque proofs", "Hi Graham,", "Best,\nSuzy",
  [("N", "Thanks for the wording for the eight plaques, it reads beautifully.", "pleasantry"),
   ("N", "Marine-grade brass would suit the two by the harbour wall, since the salt air tarnishes the standard alloy within a couple of years.", "expert recommendation with a reason"),
   ("S", "I'm honestly super excited about this one, our new laser engraver is my absolute baby and I can't wait to show it off.", "rep's excitement and showing off")],
  [("S", "Our workshop has engraved plaques for three cathedrals, a premiership football club and a former prime minister.", "client-name boast"),
   ("T", "The proof is attached, and I really hope you like it, I'd be gutted if I've let you down!", "proof attachment plus approval-seeking"),
   ("ST", "The fixing screws are included, and pretty please pick us, I really need a win after the month I've had!", "fixings detail plus pleading for the seller's own sake"),
   ("N", "Could you let me know by the 20th if you'd like the harbour pair in marine brass?", "plain ask with a date")])

# 37
email("bird hide construction for the marshgate nature reserve", "formal", "The new hide at Marshgate", "Dear Dr Whitaker,", "Yours sincerely,\nEleanor Price",
  [("N", "Thank you for sending through the reserve's planning consent for the new hide.", "courtesy"),
   ("N", "The consent requires work on the reed bed margin to finish before the bittern breeding season starts on 1 March, so our schedule runs from mid-January.", "borderline: real external constraint stated once with its reason"),
   ("S", "Our firm has built hides for every major wildlife charity in the country and is widely regarded as the leading name in the field.", "leading-name boast")],
  [("H", "Should the order not be placed before Christmas, I fear the reserve will simply never get round to it.", "now-or-never pressure"),
   ("HS", "I should add that my managing director has staked our autumn figures on this contract, so I would ask for your decision by the 15th.", "seller-driven deadline: the seller's figures and director"),
   ("N", "I would welcome a site meeting on the 4th with your warden to agree the access route for the timber.", "next step with a date")])

# 38
email("abrasive wheel training for the castlebar fabrication shop", "terse", "Abrasive wheel course", "Hi Declan,", "Ta,\nKerry",
  [("N", "Course dates for the abrasive wheel training are the 6th or the 13th.", "logistics"),
   ("N", "It covers the wheel mounting checks your insurer's surveyor asked about after the last audit.", "value tied to the prospect's audit"),
   ("N", "Eight people per session, certificates on the day.", "logistics"),
   ("N", "Which date suits the workshop?", "plain ask")])

# 39
email("de-icing fluid for the fairmoor gliding club", "non-native English", "De-icing for winter", "Dear Mr Ruthven,", "With best regards,\nIngrid Solberg",
  [("N", "Thank you for the answer about the winter flying programme.", "courtesy"),
   ("N", "For your hangar and the 11 gliders, we calculate about 400 litres for one winter, based on the frost days you wrote in your log.", "figures from the prospect's log")],
  [("T", "The price is 2,100 euro for the whole winter, and I am so sorry that it is maybe a little high, I hope you are not angry with me.", "price plus apology for price and approval-seeking"),
   ("S", "We are number one company for de-icing in Scandinavia and have many big airport customers.", "number-one boast"),
   ("S", "The fluid is safe for the gel coat on your gliders, and I would really like to show you our whole catalogue because we make also 60 other chemicals.", "gel-coat safety detail plus a catalogue tour nobody asked for"),
   ("T", "If you don't want, it is no problem, I understand, I will write you again next year maybe.", "accepts a possible no without a question")])

# 40
email("ceramic tile restoration for the victoria baths foyer", "formal", "Restoration of the foyer tiles", "Dear Mrs Okoro,", "Yours sincerely,\nJulian Marsh\nMarsh Ceramic Conservation",
  [("N", "Thank you for showing me the foyer at Victoria Baths on Friday, and for the trust's conservation report.", "courtesy"),
   ("N", "The report notes that about 140 of the original glazed tiles have cracked or lifted, mostly along the pool-side wall where the damp comes through.", "the prospect's own findings"),
   ("S", "As you may know, our studio holds a royal warrant, has won the Heritage Craft Award twice and counts several national museums among its clients.", "warrant, awards and client boast")],
  [("HS", "I have already turned down two other commissions to keep March free for your foyer, so I do feel I am owed a firm answer this week.", "seller's sacrifice used as guilt for an answer"),
   ("H", "The contract is drawn up in the trust's name and the scaffold crew has been told to expect a start date, so I will take the deposit by bank transfer on receipt of this letter.", "contract ready plus deposit demanded before a yes"),
   ("S", "Our recent work at the Lancaster Exchange was featured in three national newspapers and a television documentary.", "press boast")],
  [("N", "For the cracked tiles, we would make new ones from moulds of the originals, so the colour match holds under the skylight.", "method tied to the building"),
   ("HST", "My partners want this booked before our year end on the 31st, so I can offer 8% off if the trust signs by then.", "discount tied to the seller's year-end date and partners' wish"),
   ("H", "I confess I am surprised the board let the last meeting go by without a decision, given what is at stake for the building.", "reproach aimed at the prospect's conduct"),
   ("N", "I would be glad to meet the board on the 19th to take questions on the method.", "next step with a date")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s86e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s86-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed86: held-out sales emails for the Poise tone coach\n")
    R.append("> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the eleventh session) from the labelling guide alone, after that session's Apply gate, which it was\nwritten to judge, and measured first on that code (rules + model macro-F1 0.928: hard_close 0.949, self_serving 0.894,\ntimidity 0.941; 1 of 105 clean sentences flagged; email agreement 0.950 / 0.900 / 0.950).\n")
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
    R.append("- Every third email (s86e003, s86e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
