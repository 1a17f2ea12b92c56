#!/usr/bin/env python3
"""Build the sealed65 evaluation set (hand-written sentences, labels per LABELS.md).

Each email: subject, salutation, sign-off, paragraphs of (code, sentence, note).
Codes: N = NONE; H = hard_close, S = self_serving, T = timidity (combined as e.g. "HS").
Email-level labels are derived with the guide's 0/1/2 scale; no hand overrides.
Every third email (3, 6, 9, ...) has its straight apostrophes turned into curly ones.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = [("H", "hard_close"), ("S", "self_serving"), ("T", "timidity")]

E = []
def email(subject, sal, sign, *paras):
    E.append(dict(subject=subject, sal=sal, sign=sign, paras=paras))

# 1 formal, British, goods
email("Wholegrain mustard for the sandwich range", "Dear Ms Okafor,",
      "Kind regards,\nRupert Vane\nVane & Daughters Mustard Co.",
      [("N", "Thank you for sending the spec sheet for the ham and mustard baguette; I have read it alongside your note on heat level.", "logistics, prospect's brief"),
       ("N", "Our wholegrain runs at 2.1% mustard oil, which sits just under the mild ceiling your development chef set.", "product detail tied to prospect's need")],
      [("HS", "The 400-tub trial price you asked for is £3.85 a tub, and I have promised my sales director this order lands before our half-year closes on the 28th, so I will need your PO by then.", "requested price kept, but seller's half-year and director set the PO date (rule 16)"),
       ("S", "We have collected four Great Taste stars, supply two supermarket own-label lines and were named Condiment Maker of the Year twice.", "generic boasts (rule 8)"),
       ("H", "Your two nearest rivals moved to our mustard last spring, and they are not the ones losing lunch trade now.", "competitor shaming / FOMO")],
      [("T", "Samples of both grinds will reach your Leicester kitchen on Tuesday, and I hope it's all right that I took the liberty of sending them unasked.", "sample date kept; approval-seeking")])

# 2 chatty, American, services
email("Mocap stage for your combat sequences", "Hey Priya,", "Cheers,\nDev\nKinetic Loft Studios",
      [("S", "Great meeting you at the dev meetup on Thursday, and I'd love to show off the whole new stage our crew just finished building.", "pleasantry kept; show-off demo (rule 9)"),
       ("T", "I know you're swamped, so I'll keep this tiny and you can totally skip it if it's a bad moment.", "minimising, inviting the prospect to ignore")],
      [("N", "Our volume in Burbank has 48 optical cameras, so two performers can grapple without the markers swapping identities, which was the glitch you mentioned in your trailer.", "specific value tied to prospect's problem"),
       ("N", "Our stage could potentially halve your cleanup time, based on the fight footage you shared.", "borderline: one mild hedge (rule 2)"),
       ("T", "For the three-day block you asked about, I could probably bring the day rate down to whatever feels comfortable for your budget.", "asks buyer to name their number (rule 7)")],
      [("T", "Sorry again for the long email, and sorry if the pricing part felt pushy!", "apologises for length and for normal selling (rule 3)")])

# 3 terse, goods (curly)
email("Marzipan, 10 kg blocks", "Hi Tobias,", "Regards,\nMarta\nNordmandel",
      [("N", "Quote attached: 10 kg blocks, 50% almond, £11.20/kg, 60 blocks.", "logistics, attachment"),
       ("H", "The payment link is in the attachment too, so you can settle it today and I'll slot you into Monday's dispatch.", "assumptive payment step before a yes"),
       ("HS", "Need your answer by Friday, since my regional target closes that day.", "date pressed with seller's target as reason (rule 16)"),
       ("N", "Shelf life is nine months unopened, which covers your stollen season through February.", "value tied to prospect's season"),
       ("H", "Three other konditoreien in Munich have already reserved their almond allocation, so yours won't sit waiting for long.", "peers already bought + scarcity")])

# 4 clean, formal, public sector, service
email("Naming the new transport brand", "Dear Mr Achterberg,", "Yours sincerely,\nHelena Ruiz\nWordmark Studio",
      [("N", "Thank you for the brief and for the stakeholder list from the 3 March workshop.", "pleasantry/logistics"),
       ("N", "You asked for a name that works in both English and Welsh, so every shortlisted option will be checked by a native speaker before it reaches you.", "value tied to prospect's requirement")],
      [("N", "The trademark examination takes around eight weeks, so to meet your September launch we would need to file by mid-June.", "borderline: real external lead time stated once with reason (rule 4)"),
       ("N", "Our fee for the full programme, including linguistic and trademark screening, is £18,400, as set out in the proposal attached.", "price, attachment")],
      [("N", "Could we hold 45 minutes on Wednesday 12th to agree the evaluation criteria with your members' panel?", "clear next step with date")])

# 5 blunt, goods
email("Noise-cancelling headsets for the claims floor", "Gary,", "Dean\nClearLine Comms",
      [("N", "You said the claims floor loses about six minutes per call to customers repeating themselves.", "prospect's own data"),
       ("H", "The 220 units can ship next Wednesday, and honestly you need them, because every day without them is another day your agents shout over each other.", "ship date kept; 'you need them' directive plus push (rule 6)"),
       ("N", "The unit cancels up to 30 dB of background chatter and plugs into the desk phones you already run.", "product detail tied to prospect")],
      [("H", "I've told your operations director it's as good as agreed, so sign for the units before he asks why it has stalled.", "going over the head / overriding process"),
       ("S", "We are the biggest headset reseller in the North West and have been for nine years.", "generic boast"),
       ("H", "Third email this week, Gary, and a one-line yes or no isn't much to ask.", "counting attempts + entitlement (rules 13, 15)")])

# 6 warm, service (curly)
email("Osteopathy clinic days for your drivers", "Hello Sandra,", "Warm wishes,\nAmara\nBackbone Osteopathy",
      [("N", "It was lovely to hear how much the drivers enjoyed the posture talk at your depot open day.", "pleasantry"),
       ("N", "You mentioned back complaints account for 40% of sickness days at Holloway Road, so we've built the proposal around a fortnightly on-site clinic there.", "value tied to prospect's data"),
       ("S", "I've poured my own evenings into this proposal because I really want our practice to be one of your named partners.", "seller's effort and wish, no blame or demand (rule 15)")],
      [("ST", "Honestly, landing a company contract would mean the world to me this year, so please, please consider us.", "pleading for the seller's own sake (rule 15)"),
       ("S", "Each clinic day covers 12 half-hour appointments at £540 a day, and we're the only practice in the county with three sports-medicine fellows on staff.", "price kept; generic credential boast"),
       ("T", "The first clinic could start on 3 March, but I hope none of this oversteps, and I'm happy to drop it entirely if it isn't welcome.", "date kept; approval-seeking and pre-emptive release")])

# 7 chatty, American, goods
email("Soft pretzels for the ballpark stands", "Hi Marcus,", "Thanks,\nKelsey\nTwisted Knot Pretzel Co.",
      [("N", "Following up on the tasting last Tuesday, here's the pricing for the 5 oz pretzel you picked.", "single follow-up with new content (rule 13)"),
       ("N", "At $0.61 a unit frozen, you'd clear roughly $3.40 margin per sale at your current $4 menu price.", "value from prospect's numbers"),
       ("HT", "I can take another 15% off, but only if the contract is signed by Friday at noon.", "unprompted discount tied to seller's date (rule 7)"),
       ("H", "Opening Day is in five weeks and once our summer slots are gone, they're gone, so hesitating here really isn't an option.", "real date kept; manufactured scarcity and push")],
      [("N", "The ovens in your stands already run at 450°F, so no new equipment is needed.", "technical fact"),
       ("H", "I'll call Thursday at 2 pm to walk through delivery days, and if I can't reach you I'll keep trying your cell and your GM until someone picks up.", "call kept; multi-channel chasing (rule 13)")],
      [("S", "P.S. Our pretzels were voted best in the Midwest by a trade magazine, so your fans will be thrilled!", "generic award boast (rule 8)")])

# 8 non-native English, very deferential, goods
email("Table tennis tables for the break rooms", "Dear Mr Hollins,", "With respect,\nJan Kowalczyk\nSpinPro Tables",
      [("T", "Please excuse me that I write to you again, I know you are very busy person and my email is maybe disturbing you.", "apologising for following up (rule 3)"),
       ("N", "The outdoor tables we discussed are weatherproof aluminium with a 6 mm top, and they fold so your cleaning team can move them.", "product detail tied to prospect")],
      [("T", "The price is 890 euro per table, but if this is too much, please tell me which price is good for you and I will try to make it.", "price kept; asks buyer to name the number (rule 7)"),
       ("T", "Maybe, if it is possible and not too much problem, we could perhaps arrange a small visit to show one table?", "stacked hedges + permission (rule 2)"),
       ("T", "Delivery to your Rotterdam and Venlo sites takes five working days from order, I hope this is acceptable for you and you are not disappointed.", "lead time kept; approval-seeking"),
       ("S", "Our company won the European Leisure Design Award in 2019 and 2022, we are very proud of this.", "award boast")])

# 9 formal, British, service, small charity buyer (curly)
email("Restoring the nave pews, St Cuthbert's", "Dear Reverend Amis,", "Yours sincerely,\nThomas Greaves\nGreaves Church Joinery",
      [("T", "Thank you for showing me round on Saturday, and please forgive me for taking up so much of your afternoon.", "thanks kept; apology for normal selling"),
       ("N", "Of the 28 pews, nine have loose end-frames that need regluing with hide glue, and four have split seat boards.", "survey findings"),
       ("S", "We have been a family workshop for four generations, and my grandfather's chisels are still on the bench.", "borderline: heritage line (rule 8)")],
      [("HS", "I would be grateful for the council's decision by the 30th, as my director is finalising our autumn workload and wants this church confirmed in it.", "date pressed for the seller's director (rule 16)"),
       ("N", "The district's grant for heritage furniture closes its spring round on 15 May, so if you wish to apply, the quotation attached has the breakdown they ask for.", "borderline: real external grant deadline stated once (rule 4)"),
       ("T", "I could return on any weekday after Easter to mark up the pews with your churchwardens, though of course only if you feel it wouldn't be an intrusion.", "visit offer kept; approval-seeking")])

# 10 terse, American, goods
email("Quick couplers for the excavator fleet", "Luis,", "Brett\nLockfast Attachments",
      [("N", "Pricing for the 14 hydraulic quick couplers is attached, $2,310 each with the wedge-lock option you asked about.", "requested price, attachment"),
       ("H", "I've already put your order into our production queue, so send back the signed sheet.", "assumptive: order booked before a yes"),
       ("N", "The wedge-lock stops a bucket dropping if a pin shears, which was the near miss your safety lead flagged.", "value tied to prospect's incident")],
      [("H", "The wedge-lock price holds until Friday, and after that it's gone along with your spot in the queue.", "price kept; invented expiry with loss threat"),
       ("S", "We ship more couplers than any other supplier in Texas.", "generic boast"),
       ("H", "Left you two voicemails and a text yesterday, so answer one of them.", "multi-channel chasing (rule 13)")])

# 11 warm, British, goods, tiny buyer
email("Rotisserie for the farm shop deli", "Hi Fiona,", "All the best,\nNiall\nSpitroast Catering Equipment",
      [("N", "It was good to see the new deli counter taking shape when I called in on Friday.", "pleasantry"),
       ("N", "The six-spit model fits the 1.2 m gap beside your slicer, and it runs on the 13-amp supply already there.", "product fit"),
       ("N", "At your Saturday footfall, 24 chickens an hour would cover the lunch queue without anyone waiting on a bird.", "value tied to prospect")],
      [("T", "I'm so sorry the price came in higher than we'd both hoped; I honestly feel awful about it.", "apologising for the price (rule 3)"),
       ("T", "If it helps at all, I'll drop the installation charge and throw in the first year's servicing for nothing.", "unprompted concession (rule 7)"),
       ("T", "I could bring the demo unit on Thursday the 9th so your team can try it with your own birds, but only if that's not too much trouble.", "demo date kept; permission-seeking")])

# 12 chatty, British, service, club (curly)
email("Winter shrink-wrap for the club fleet", "Hi Jo,", "Cheers,\nKit\nTightWrap Marine",
      [("N", "Thanks for the fleet list; 32 dinghies and the two RIBs is a nice manageable haul-out.", "pleasantry"),
       ("S", "We wrap on your hard standing with vents over each cockpit, a method our founder invented and patented, which we're very proud of.", "method kept; founder boast"),
       ("HS", "I've given up two weekends pricing this up for the club, so I did think I'd at least hear back by now.", "guilt resting on seller's effort (rule 15)")],
      [("H", "Most of the clubs on the estuary booked with us in September, and yours is about the last one still dithering.", "peers + shaming"),
       ("T", "The price is £74 per dinghy and £210 per RIB, recycling levy included, and if that feels steep I can probably sharpen my pencil without you even asking.", "price kept; unprompted concession"),
       ("HS", "The wrap date you asked for, 2 November, is fine, but my boss asks me daily whether Riverside is signed, so I need the go-ahead before the weekend.", "prospect's date kept; manager as reason for a deadline (rule 16)")])

# 13 formal, American, public-sector buyer, service
email("Shoeshine concession, Terminal B", "Dear Ms. Delacroix,", "Sincerely,\nDarnell Brooks\nPolished Step Concessions",
      [("N", "Thank you for the concession specifications for the Terminal B connector.", "pleasantry"),
       ("N", "Our two-chair stand fits the 9 by 6 foot footprint in the specification, and our attendants already carry the airport badging you require.", "requirement met"),
       ("S", "Founded in 1987, we now operate 41 stands in 12 airports, have been featured in Forbes and count two Fortune 500 CEOs among our regulars.", "years in business, press, names: generic boast")],
      [("S", "The stand would open within 30 days of award, and it would be a huge boost for our brand to add your airport to our map at our franchise summit.", "opening date kept; seller's brand benefit"),
       ("N", "Your RFP closes on October 14, so I'll submit the full response and insurance certificates by October 10.", "prospect's own deadline (rule 4)"),
       ("S", "Would a 20-minute call on Tuesday help clarify the revenue-share schedule, and could we also use your airport's logo in our investor deck?", "call ask kept; logo favour for the seller (rule 10)")])

# 14 blunt, British, university buyer, goods
email("Stair evacuation chairs for the library floors", "Dear Mr Pike,", "Regards,\nAlan Merritt\nSafeDescent Ltd",
      [("N", "Your fire strategy now relies on assisted evacuation from floors 2 to 5, and at present there is no chair on any of them.", "insight from prospect's documents"),
       ("N", "You need an evacuation chair on each of those landings, because the fire engineer's report makes that a condition of the new strategy.", "borderline: 'you need' backed by evidence (rule 6)"),
       ("H", "I'll be frank: any estates manager who leaves this until after an incident shouldn't be in the job.", "shaming")],
      [("N", "Four chairs with wall cabinets and training for 12 staff comes to £6,880.", "price"),
       ("H", "The chairs can be fitted the week of the 9th, but if I don't have your order by Monday I'll raise it with the University Secretary myself.", "fitting date kept; ultimatum + bypass threat"),
       ("S", "Training takes half a day and can run during the summer vacation, and our trainers are the most decorated in the industry, with four national safety awards.", "logistics kept; generic boast")])

# 15 warm/deferential, British, public-sector service (curly)
email("Washroom hygiene service for the three schools", "Dear Mrs Okonjo,", "Kind regards,\nLeanne Fox\nFreshway Hygiene",
      [("T", "Thank you for letting me visit Ashby Road on Wednesday, and I do hope I didn't get in your site team's way too much.", "thanks kept; approval-seeking"),
       ("N", "For the 46 washrooms across your three schools, a four-weekly exchange would keep every unit below the fill line, based on the pupil numbers you gave me.", "value from prospect's data"),
       ("T", "I'm really sorry to keep filling your inbox with this, I do feel I'm being a nuisance.", "self-abasing apology for following up")],
      [("T", "The quote is in the attachment for whenever you have a spare minute, if ever, and there's truly no hurry on my side.", "attachment kept; minimising, 'whenever'"),
       ("N", "The two-year term fixes the price at £3.10 per unit per exchange for both years.", "price term"),
       ("ST", "I'd be so grateful for a yes, as this would be my first education contract and I'm rather nervous about my review.", "pleading for seller's sake (rule 15)")])

# 16 clean, chatty, American, service
email("Teleprompter for the shareholder meeting", "Hi Rachel,", "Best,\nOwen\nCueLine Prompting",
      [("N", "Thanks for the run of show for the May 20 annual meeting.", "pleasantry"),
       ("N", "For a ballroom that size, I'd recommend two glass units either side of the lectern rather than a single floor monitor, so your CEO can look across the whole room.", "confident recommendation"),
       ("N", "Our operator will load the script the night before and take edits live, which matters since your CFO usually revises her remarks that morning.", "value tied to prospect")],
      [("N", "The day rate is $1,850 for both units and the operator, including rehearsal on May 19.", "price"),
       ("N", "Just a heads-up that the hotel's AV desk needs our equipment list 10 days out, so I'll send it to them on the 9th.", "borderline: one polite 'just' (rule 1)")],
      [("N", "P.S. The hotel confirmed the lectern is 44 inches high, so the glass units will sit at eye level.", "logistics")])

# 17 terse, British, charity buyer, software
email("Rota software for the hospice volunteers", "Hi Bridget,", "Thanks,\nGrace\nRotaKind",
      [("N", "Following up on Tuesday's demo, here are the answers on data protection you asked for.", "single follow-up with content (rule 13)"),
       ("N", "Your 280 volunteers would swap shifts in the app themselves, so coordinators stop spending Monday mornings on the phone.", "value tied to prospect"),
       ("S", "Our platform features shift swapping, SMS alerts, DBS tracking, hour logging, badges, leaderboards, rota templates, an API and dark mode.", "feature dump")],
      [("HS", "I've a demo with my CEO on Friday and she'd like to see your name on the signed list, so a yes by Thursday would be ideal.", "manager's wish as reason for a date (rule 16)"),
       ("ST", "Would you consider being a case study in return for 20% off the first year?", "borderline: discount for a favour (rule 7)"),
       ("T", "The charity price is £95 a month for up to 500 volunteers, and I'm sorry it isn't lower, I really did try.", "price kept; apology for price")])

# 18 blunt, American, service (curly)
email("Wallpaper install, Linden Park show homes", "Mike,", "Ray\nSeamless Walls Co.",
      [("N", "Walked all four show homes with your site super Tuesday; the feature walls total about 1,100 square feet.", "logistics"),
       ("N", "The grasscloth you picked needs a lining paper first or the seams will show under the showroom lighting.", "technical prerequisite (rule 6)"),
       ("H", "Your grand opening is the 14th, and if you don't lock us in today you'll be opening with bare drywall.", "prospect's date kept; 'today' ultimatum")],
      [("H", "I'm penciling your deposit in for Monday, so get your accounts people to wire it.", "assumptive payment"),
       ("T", "Sorry, I know this is probably way more than you wanted to read.", "apologising for length"),
       ("HS", "Labor is $9,400 for all four homes, and my boss needs it on the board by Friday or he'll hand the crew to another job.", "price kept; manager's deadline (rule 16)")])

# 19 formal, British, estate, service
email("Reproofing the estate's waxed jackets", "Dear Mr Fenwick-Hale,", "Yours sincerely,\nIsla Munro\nMunro Proofing",
      [("S", "Thank you for sending the inventory of 64 jackets, which I'd love to feature as a case study in our autumn brochure.", "thanks kept; case-study favour for the seller (rule 10)"),
       ("N", "Reproofing with a paraffin-free dressing restores water resistance for about two seasons of hill work.", "value"),
       ("S", "Collection is free, and we hold a Royal Warrant, were featured in Country Life and dress three of the largest estates in Scotland.", "free collection kept; generic boasts")],
      [("N", "We would collect the jackets in two batches so the keepers are never without cover during the season.", "logistics for prospect"),
       ("HT", "If you confirm by Friday I can take a third off the price, after which it returns to the full £28 per jacket.", "discount tied to seller's date (rule 7)"),
       ("HS", "My manager has asked me to bring in one more estate this month, so a Friday answer would help me greatly.", "manager + date (rule 16)")])

# 20 clean, non-native English, formal, goods+install
email("Mini golf course for the camping park", "Dear Mrs Lindqvist,", "Best regards,\nPieter de Wolf\nGolfplezier BV",
      [("N", "Thank you for the site plan of the camping and the photos of the area next to the reception.", "pleasantry"),
       ("N", "For 900 square metres we propose 12 holes, with artificial turf that stays playable also after rain, as you asked.", "prospect's requirement")],
      [("N", "Please note that the municipality needs about six weeks for the building permit, so for opening at 1 June the application should go in before mid-April.", "borderline: permit lead time, external, stated once (rule 4)"),
       ("N", "The price is 46,500 euro including installation, and the offer is attached with the drawing.", "price, attachment"),
       ("N", "I can come to the camping on Tuesday 4 March to walk the area with your groundskeeper, if this date works.", "next step with date")])

# 21 chatty, British, goods, large buyer (curly)
email("Massage chairs for the departure lounge", "Hi Ana,", "Speak soon,\nTom\nRelaxa Seating",
      [("N", "Your dwell-time survey shows passengers wait 94 minutes on average after security, which is exactly where a pay-by-card chair earns its keep.", "insight from prospect's data"),
       ("S", "Each chair has a wipe-clean leather finish, and we're honestly the best-loved brand in the category with a shelf full of design awards.", "product detail kept; boast")],
      [("T", "I was kind of hoping that maybe, if you felt like it, you might possibly consider a trial?", "stacked hedges"),
       ("HS", "I'd love to get this one over the line before my commission period ends on the 31st, so a quick yes would be brilliant.", "commission + date (rule 16)"),
       ("N", "On revenue share, the airport keeps 35% of every session with no upfront cost.", "terms")],
      [("H", "P.S. The trial chair can be in place for your busy Easter weekend, but only if I hear back today, as the last one is spoken for.", "Easter date kept; scarcity + today")])

# 22 terse, American, goods
email("Ozone units for the rental fleet odor issue", "Hi Dana,", "Thanks,\nJordan\nPureAir Fleet Solutions",
      [("N", "You mentioned 11% of returns last quarter needed an odor clean before re-rental.", "prospect's data"),
       ("N", "A 20-minute cycle with one of our portable units clears smoke and pet smell from a sedan, and your lot attendants can run it between washes.", "value"),
       ("H", "Your competitor across the terminal switched in March, so every day you wait they're turning cars faster than you.", "competitor FOMO push")],
      [("H", "Eight units run $3,960, and the quote is attached with the signature box already flagged, so there's nothing left to think over.", "price/attachment kept; 'nothing left to think over' push"),
       ("H", "I've pre-filled the credit application with your company details, so sign and return it by end of day.", "assumptive payment step"),
       ("HS", "The units can ship Monday, but my quarter closes Tuesday and this deal is in my forecast, so I need your answer before then.", "ship date kept; quarter + forecast deadline (rule 16)")])

# 23 clean, warm, British, community buyer, training
email("Permaculture design course for your volunteers", "Dear Kemi,", "Warmly,\nRosa\nThree Acre Design",
      [("N", "Thank you for walking me round the Grove Lane site last week; the orchard corner has real potential.", "pleasantry"),
       ("N", "You said your volunteers want to cut the hours spent watering in July, so the course puts swales and mulching at the centre of the first weekend.", "value tied to prospect's goal")],
      [("N", "Sorry to hear the shed fire set back your spring planting; we can start the course on the burned plot as a live case study.", "sympathy, not self-abasement (rule 3)"),
       ("N", "For up to 16 volunteers the fee is £2,400, and your lottery grant can cover it under the skills heading.", "price + funding insight"),
       ("N", "Would 10 May work for the first Saturday?", "plain ask")])

# 24 blunt, British, service (curly)
email("Replica firearms and armourer for the pilot shoot", "Hi Callum,", "Vic\nArsenal Props Hire",
      [("N", "Read the script pages; the warehouse raid needs eight deactivated rifles and two blank-firing pistols.", "scope from prospect's script"),
       ("N", "Our armourer holds the authority your insurer will ask for, and she stays on set for every take with a weapon in shot.", "credential the buyer's process requires (rule 8)"),
       ("H", "You've ignored three emails and two calls from me now, which isn't how professionals behave.", "counting + shaming (rules 13, 15)")],
      [("HS", "I turned down another production to keep those dates free for you, and honestly I'm fed up waiting.", "guilt resting on seller's sacrifice and feelings (rule 15)"),
       ("S", "Hire for the six shooting days is £4,200 plus the armourer at £450 a day, and we've kitted out more award-winning dramas than any armoury in London.", "price kept; generic boast"),
       ("H", "The kit is held for your shoot dates of 3 to 8 March, but either confirm by 5 pm or I release it and you can explain the gap to your line producer.", "dates kept; ultimatum + sarcasm")])

# 25 formal, American, small farm to restaurant, goods
email("Snails for the spring menu", "Dear Chef Moreau,", "Respectfully,\nClaire Duval\nDuval Snail Farm",
      [("H", "Thank you for the tasting notes, though I notice you've opened my last three emails without a word back.", "thanks kept; read-receipt guilt (rule 13)"),
       ("N", "Our snails are purged for ten days and frozen in their shells, which keeps the texture you wanted for the garlic-butter dish.", "value tied to prospect")],
      [("T", "I'm terribly sorry that the price is a bit high; I know it's a lot to ask of a small kitchen.", "apologising for price"),
       ("T", "If that's a problem, tell me what you'd like to pay and I'll make it work somehow.", "name-your-number concession"),
       ("N", "Our spring collection ends in late April when the season closes, so orders for May menus should be in by April 15.", "borderline: real seasonal constraint stated once (rule 4)"),
       ("T", "Totally understand if you'd rather wait, and thank you so much for even tasting them.", "pre-emptive release + thanks for considering (rule 11)")])

# 26 chatty, American, nonprofit buyer, goods
email("Tents for the wilderness program", "Hey Sam,", "Peace,\nLena\nTrailhead Tents",
      [("T", "Thanks for the gear list from last summer's trips, and sorry for bugging you about it twice.", "thanks kept; apology for following up"),
       ("N", "For groups of eight on the river routes, I'd go with the four-person tunnel tent; it pitches in three minutes in the wind you get on those sandbars.", "expert recommendation"),
       ("S", "Our tents have been up Everest, featured in Outside and named Gear of the Year twice, no big deal!", "generic boasts")],
      [("HT", "Sign the PO this week and I'll slash 30% off, but after Friday that deal disappears.", "discount tied to seller's date (rule 7)"),
       ("T", "Twenty tents come to $7,800 at the nonprofit rate, though I'm honestly a little embarrassed to ask that much of a nonprofit.", "price kept; apologising for the price"),
       ("S", "I'll send the spare-pole kit with the order, and would you mind writing us a review on the outdoor forum, as it would really help my numbers?", "logistics kept; review favour for seller (rule 10)")])

# 27 clean, formal, British, university buyer, goods (curly)
email("Banana plantlets for the drought trial", "Dear Dr Mensah,", "With best wishes,\nDr Sian Evans\nMeristem Labs",
      [("N", "Thank you for your enquiry about virus-indexed Cavendish plantlets for the drought trial.", "pleasantry"),
       ("N", "Each batch is indexed for bunchy top and streak viruses, and the certificates travel with the plants, which your plant health permit requires.", "certification the buyer needs (rule 8)"),
       ("N", "For 400 plantlets at the rooted stage, the price is £2.35 each, delivered in sealed culture vessels.", "price")],
      [("N", "The plant health authority asks for 21 days' notice before import, so an order by 1 August would put the plants in your glasshouse in early September.", "borderline: regulatory lead time stated once (rule 4)"),
       ("N", "If your trial design changes, we can split the order across two cultivars at the same price.", "flexibility, not a price concession")])

# 28 terse, British, contractor buyer, service
email("Vibration monitoring beside St Mary's", "Dear Ms Barker,", "Regards,\nPaul\nTremorSense",
      [("N", "Quote attached for three tri-axial monitors on the church's north wall, with alerts at the 3 mm/s threshold in the conservation officer's condition.", "attachment, requirement"),
       ("S", "Readings go to your site manager's phone within 30 seconds, and our system also features cloud dashboards, tilt sensors, noise logging, dust monitoring, weather feeds and a mobile app.", "relevant point kept; feature dump"),
       ("HS", "The monitors can go in on the 12th, the day before your first pile, but I need a signed order by the 30th because that's when my quarter closes.", "install date kept; quarter-end deadline (rule 16)")],
      [("S", "We monitor more heritage sites than anyone else in the country.", "generic boast"),
       ("N", "The planning condition requires monitoring to be live before the first pile goes in, which is why installation sits the day before.", "technical prerequisite"),
       ("H", "If I hear nothing by Friday I'll take it as agreed and send the invoice.", "silence means yes; invoice before a yes")])

# 29 warm, American, small shop, goods
email("Wind chimes for the garden shop", "Hi Beth,", "Warmly,\nJune\nWillowsong Chimes",
      [("N", "The aluminum chimes are tuned to a pentatonic scale, so shoppers can't make a sour note even when they brush past five at once.", "product detail"),
       ("N", "Your best sellers are under $40, so I'd start with the 24-inch and 30-inch sizes that retail at $32 and $38.", "recommendation from prospect's data")],
      [("T", "I don't want to be a bother, so please feel free to delete this if it's not for you!", "permission to ignore"),
       ("T", "The first order could ship next week, and honestly I could probably do half off it if that would make things easier.", "ship date kept; unprompted discount"),
       ("N", "Shall I send a sample case of six for the porch display?", "plain ask")],
      [("T", "P.S. Sorry again for writing so much!", "apology for length")])

# 30 chatty, British, charity buyer, service (curly)
email("Opera duo for the gala dinner", "Hi Georgina,", "Best wishes,\nBea\nBel Canto Duo",
      [("N", "A soprano and tenor with piano would fill the three 10-minute slots between courses, and the Brindisi makes a lovely toast cue before the auction.", "tailored suggestion"),
       ("S", "We've sung at the Royal Albert Hall, for two prime ministers and on a cruise for a very famous pop star, so you're in safe hands!", "generic boasts")],
      [("H", "Your date is one of the busiest Saturdays of the season and three other events have already enquired, so it really won't stay open.", "prospect's date kept; manufactured scarcity"),
       ("T", "I'm so sorry to go on, I always write far too much!", "apology for length"),
       ("HS", "Our fee is £1,650 for the duo and pianist, and I've promised my agent the date will be confirmed by Monday, so please let me know before then.", "fee kept; agent's wish as reason for deadline (rule 16)")])

# 31 clean, formal, American, public sector, goods
email("Step counters for the county wellness challenge", "Dear Mr. Abernathy,", "Sincerely,\nMaria Gonzalez\nStepWise Promotional",
      [("N", "Thank you for the county's request for quotation for 1,200 step counters for the spring wellness challenge.", "pleasantry"),
       ("N", "The clip-on model logs steps without a smartphone, which matters because about a third of your road crews do not use the county app.", "value tied to prospect")],
      [("N", "The unit price is $11.40, including battery and your logo, and delivery to the five county buildings is included.", "price"),
       ("N", "We can also supply a weekly summary by department, which would let your HR team publish the leaderboard you described.", "value tied to prospect's plan"),
       ("N", "Your RFQ closes on February 7, and our signed response forms are attached.", "prospect's own deadline (rule 4)")])

# 32 non-native English, blunt, service
email("Roadside breakdown cover for the pool cars", "Hello Mr Patel,", "Best regards,\nAndrzej Nowak\nRoadAssist Fleet",
      [("N", "I send you the offer for breakdown cover for your 35 pool cars, as we discussed on phone.", "logistics"),
       ("N", "The cover includes recovery to any garage in UK and a hire car when the repair takes more than one day.", "product detail")],
      [("H", "The offer is attached with all 35 registrations, but you must decide today, because tomorrow the price is going up and I cannot do nothing.", "attachment kept; 'decide today' ultimatum"),
       ("H", "I already make the direct debit form with your bank details from last invoice, you only must sign.", "assumptive payment step"),
       ("S", "Our company is number one in Europe for fleet assistance and we have more than 3 million members.", "generic boast"),
       ("H", "The yearly price is £48 per car, and all your neighbours on the industrial estate already have this cover, only you are missing.", "price kept; peers shaming")])

# 33 very deferential, British, service (curly)
email("Sleep screening for your HGV drivers", "Dear Mr Carrick,", "With my very best regards,\nDr Helen Shaw\nRestWell Diagnostics",
      [("T", "I do hope you'll forgive me for writing again, and I apologise most sincerely for taking up your valuable time.", "repeated, self-abasing apology for following up"),
       ("N", "You mentioned that two of your drivers were involved in fatigue-related near misses on the A1 last winter.", "prospect's own data"),
       ("N", "Our home screening kit is worn for one night, and results come back within five working days so drivers are not off the road for testing.", "value tied to prospect")],
      [("T", "If it wouldn't be too much of an imposition, I wondered whether you might perhaps allow me to send some more information?", "stacked hedges + permission"),
       ("T", "The price is £95 per driver, but I quite understand if that's too much, and I would happily lower it to whatever your budget allows.", "price kept; unconditional concession"),
       ("HS", "The clinician review is included, and I'd be ever so grateful for a decision by the 30th, as my director is reviewing my accounts that week.", "detail kept; director's review as reason for a deadline (rule 16)")])

# 34 blunt, American, large buyer, goods
email("Safety boots for the distribution center", "Tony,", "Rick\nIronToe Supply",
      [("N", "We can run the fitting day at your Dayton DC on the 18th, which is the date your shift leads picked.", "prospect's own date"),
       ("N", "The composite toe is 30% lighter than the steel toes your pickers wear now, and your injury log shows most foot complaints come late in a 10-hour shift.", "insight from prospect's data"),
       ("H", "That said, I'm done waiting on your purchasing team, so I'll be taking this to your VP of operations tomorrow.", "bypass threat")],
      [("HS", "Pricing is $84 a pair with your subsidy applied, and I need 300 pairs booked before my month closes Thursday.", "price kept; seller's month-end deadline (rule 16)"),
       ("H", "Sizes run from 5 to 15 with wide fits, so there's no excuse left for your team to keep dragging its feet.", "size detail kept; shaming push")])

# 35 clean, chatty, British, retail buyer, service
email("Window schemes for the spring season", "Hi Nadia,", "Best,\nMilo\nFrontage VM",
      [("N", "Thanks for the footfall figures; the drop-off between the window and the till point is really telling.", "insight"),
       ("N", "Most of your passers-by come from the station side, so I'd angle the hero display towards the left-hand corner, where they actually look.", "confident recommendation")],
      [("N", "The fee is £2,900 for design and install across both schemes, with props reused between them.", "price"),
       ("N", "Apologies for the slow reply; I was installing in Leeds all week and have now gone through your notes properly.", "borderline: single courtesy apology with reason (rule 3)"),
       ("N", "Could I come in on Monday after close to measure up?", "next step")])

# 36 warm, British, NHS buyer, goods (curly)
email("Memory boxes for the bereavement suite", "Dear Sister Abiodun,", "With warm regards,\nCaroline Dunn\nKeepsake & Co",
      [("N", "Each box holds a handprint kit, a lock-of-hair envelope and space for photographs, and every item can be cleaned to your infection control standard.", "product tied to requirement"),
       ("ST", "I'll be honest that this contract means a great deal to me personally, and I would be so relieved if you could find a way to say yes.", "pleading for seller's sake (rule 15)")],
      [("T", "I've put the unit price in the quote, and I'm sorry, I know it's awful of me to be talking about money at all in this setting.", "quote kept; apology for normal selling"),
       ("N", "The price for 60 boxes is £1,560, and the charity funding form you mentioned asks for a unit cost, which I have listed separately.", "price + buyer's task"),
       ("T", "Please don't feel you have to reply if this isn't the right moment, I completely understand.", "pre-emptive release")])

# 37 chatty, British, cathedral buyer, goods
email("Mince pies for the carol concerts", "Hi Ruth,", "Cheers,\nBen\nHearth & Crust",
      [("N", "Our all-butter pies come in trays of 48, and for 2,400 guests you'd need 50 trays across the four nights.", "arithmetic from prospect's numbers"),
       ("HST", "Confirm before my month-end on Friday and I'll knock 10% off to help my figures.", "discount tied to seller's date with seller's reason (rules 7, 16)")],
      [("HS", "Honestly Ruth, after the free tasting we laid on for your team, I'd expect a yes by now.", "guilt resting on seller's effort (rule 15)"),
       ("N", "Price is 38p a pie, delivered warm on each concert night.", "price"),
       ("S", "Our pies have won gold at the British Pie Awards three years running!", "award boast")],
      [("N", "P.S. The pies freeze well, so any left after the last night will keep for your January volunteers' party.", "value tied to prospect")])

# 38 terse, American, public-sector buyer, consulting
email("Nudge trial for the water bill reminders", "Hi Ms. Ortiz,", "Best,\nNate\nBehaviorWorks",
      [("N", "Per your note, late payments on residential water bills run at 14%.", "prospect's data"),
       ("N", "Rewording the first reminder with the due date in bold and a named contact cut late payment by four points for a city of similar size.", "social proof tied to prospect (rule 8)"),
       ("S", "We'd run it as a randomized trial on 20,000 accounts, and it would make a superb headline case for our next industry report.", "method kept; seller's benefit")],
      [("H", "Every month you keep sending the old letter is $60,000 in late fees you're choosing to write off, so stop stalling.", "borderline: cost of delay used to push, plausible figure (rule 5)"),
       ("S", "Our team includes two former White House advisers and we've been written up in The Economist.", "credential boast"),
       ("HT", "The fee for design, analysis and report is $38,000, but sign by Friday and I'll take $8,000 off it.", "fee kept; discount tied to seller's date (rule 7)")])

# 39 clean, terse, British, service (curly)
email("Sleeper berths for the Inverness offsite", "Hi Oona,", "Thanks,\nFinlay\nNorthbound Travel",
      [("N", "Held: 14 berths on the sleeper from Euston to Inverness, Wednesday 8 October.", "logistics"),
       ("N", "Twelve en-suite rooms plus two classic rooms, as you asked, £3,980 in total.", "price as requested"),
       ("N", "The hold expires on 22 August, when the rail operator releases unpaid berths.", "borderline: factual expiry with external reason, no urgency language (rule 4)")],
      [("N", "Dietary needs for breakfast go to the operator a week before travel.", "logistics"),
       ("N", "Shall I send the invoice, or would you like to adjust the room mix first?", "question, not assumptive")])

# 40 warm, American, hospital buyer, service
email("Pottery painting night for nurses' week", "Hi Denise,", "Warmly,\nGloria\nGlaze Days Studio",
      [("N", "For 40 nurses in two sessions, we'd bring bisque mugs and glazes, and everything comes back fired and boxed within ten days.", "offer detail"),
       ("HS", "We can hold the 15th and 16th that you suggested, but our studio really needs a booking this size to hit our spring numbers, so we're counting on you to confirm by Friday.", "prospect's dates kept; seller's numbers as reason for deadline (rule 16)")],
      [("S", "We've been voted the city's favorite creative studio three years in a row!", "award boast"),
       ("T", "The package is $28 per person including all materials, but if that's a stretch I'm sure we can meet you somewhere in the middle.", "price kept; pre-emptive concession"),
       ("H", "Other hospitals in the network already booked their spring sessions, so it'd be a shame for your unit to be the only one left out.", "peers + shaming")])


README_HEAD = """# sealed65: held-out sales emails for the Poise tone coach

> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its
> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).
> It measures nothing now.

**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on
6 December (the ninth session) from the labelling guide alone, blind to that session's later Apply changes, which it
was written to judge, and measured first on the model and rules of that session (rules + model macro-F1 0.933:
hard_close 0.922, self_serving 0.938, timidity 0.941; 1 of 106 clean sentences flagged; email agreement 0.900 / 1.000 /
0.975).

Written by hand, sentence by sentence, from the labelling guide (`corpus/LABELS.md`) and the product
description (`PRODUCT.md`) alone; no other data set, rule or code was read. No sentence copies or paraphrases
the guide's examples. `build.py` holds every email (subject, salutation, sign-off, body sentences with a label
code and a short note), writes `test-emails.jsonl` and `test.jsonl`, derives each email's 0/1/2 scores from its
sentences with the guide's email-level scale (no hand overrides), checks that every sentence is a verbatim
substring of its email text, re-parses both files and writes this README. Run `python3 build.py`.

Notes starting `borderline:` mark sentences decided by one of the guide's borderline rules (single polite
"just", one mild hedge, one courtesy apology with a reason, real external or prospect-set deadlines, factual
hold expiry, "you need" backed by a report, heritage lines, a discount for a case study, cost of delay).
About half the faulty sentences carry the fault in one clause beside something the rep must keep (the
prospect's date, a requested price, an attachment, a meeting ask, a product detail); their notes say
"... kept". Many NONE sentences are hard negatives: prospect-set or regulatory dates, a single follow-up
line, technical prerequisites, sympathy, confident recommendations tied to the prospect's own data.

## Counts (computed by build.py)

| | Count |
|---|---|
"""

README_TAIL = """## Trades (one per email, all starting M-Z)

Wholegrain mustard, motion-capture stage hire, marzipan, naming/brand agency, noise-cancelling headsets,
osteopathy clinics, soft pretzels, table-tennis (ping-pong) tables, pew restoration, quick couplers for
excavators, rotisserie ovens, shrink-wrapping boats, shoeshine concession, stair evacuation chairs, sanitary
bin service, teleprompter hire, volunteer rota software, wallpaper hanging, waxed-jacket reproofing, mini golf
course, massage chairs, ozone odour units, permaculture course, replica firearms and armourer, snails
(escargot farm), tents, tissue-culture plantlets, vibration monitoring, wind chimes, opera duo, pedometers,
roadside breakdown cover, sleep-apnoea screening, safety boots, visual merchandising, memory boxes, mince
pies, behavioural nudge trial, sleeper-train berths, pottery painting.

Goods and services; buyers from tiny shops, clubs, charities and churches to airports, councils, a county, a
city utility, universities, an NHS trust and large distribution centres.

## Registers

Formal (British and American), chatty, terse, warm, blunt, very deferential, and non-native English
(emails 8, 20, 32). British and American spellings both. Every third email (3, 6, 9, ...) uses curly
apostrophes (U+2019); the rest use straight ones. Five emails end with a P.S. line, which is a sentence entry;
salutations and sign-offs are not.
"""


def curl(s):
    return s.replace("'", "\u2019")

def main():
    emails, sents = [], []
    n = 0
    for i, e in enumerate(E, 1):
        eid = "s65e%03d" % i
        fix = curl if i % 3 == 0 else (lambda s: s)
        paras = [[(c, fix(t), note) for (c, t, note) in p] for p in e["paras"]]
        body = "\n\n".join(" ".join(t for _, t, _ in p) for p in paras)
        text = fix(e["sal"]) + "\n\n" + body + "\n\n" + fix(e["sign"])
        counts = {name: [0, 0] for _, name in CAT}  # [total, non-borderline]
        for p in paras:
            for c, t, note in p:
                assert set(c) <= set("NHST") and c, (eid, c)
                assert (c == "N") or ("N" not in c)
                assert t in text, (eid, t)
                n += 1
                labels = [name for k, name in CAT if k in c] or ["NONE"]
                bl = note.startswith("borderline:")
                for k, name in CAT:
                    if k in c:
                        counts[name][0] += 1
                        counts[name][1] += 0 if bl else 1
                sents.append({"id": "s65-%04d" % n, "email": eid, "text": t, "labels": labels, "note": note})
        lab = {}
        for _, name in CAT:
            tot, strong = counts[name]
            lab[name] = 0 if tot == 0 else (2 if tot >= 2 and strong >= 1 else 1)
        emails.append({"email": eid, "subject": fix(e["subject"]), "text": text, "labels": lab})

    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for o in emails:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for o in sents:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # re-parse both files
    for fn in ("test-emails.jsonl", "test.jsonl"):
        with open(os.path.join(HERE, fn), encoding="utf-8") as f:
            for line in f:
                json.loads(line)
    # stats
    from collections import Counter
    lc = Counter(l for s in sents for l in s["labels"])
    faulty_per_email = Counter(s["email"] for s in sents if s["labels"] != ["NONE"])
    multi = sum(1 for s in sents if len(s["labels"]) > 1)
    bl = sum(1 for s in sents if s["note"].startswith("borderline:"))
    spe = Counter(s["email"] for s in sents)
    print("emails", len(emails), "sentences", len(sents))
    print("NONE %d (%.1f%%)" % (lc["NONE"], 100.0 * lc["NONE"] / len(sents)))
    for _, name in CAT:
        print(name, lc[name], "emails 0/1/2:", Counter(e["labels"][name] for e in emails))
    print("multi-label", multi, "borderline", bl)
    print("emails with 2+ faulty", sum(1 for e in emails if faulty_per_email[e["email"]] >= 2),
          "clean", sum(1 for e in emails if faulty_per_email[e["email"]] == 0),
          "exactly 1 faulty", sum(1 for e in emails if faulty_per_email[e["email"]] == 1))
    print("sentences per email min/max", min(spe.values()), max(spe.values()))
    print("P.S. lines", sum(1 for s in sents if s["text"].startswith("P.S.")))
    print("curly emails", sum(1 for e in emails if "\u2019" in e["text"]))

    # README (counts filled in from the data above)
    rows = ["| Sentences | %d |" % len(sents), "| Emails | %d |" % len(emails),
            "| NONE | %d (%.1f%%) |" % (lc["NONE"], 100.0 * lc["NONE"] / len(sents))]
    rows += ["| %s | %d |" % (name, lc[name]) for _, name in CAT]
    rows += ["| Multi-label sentences | %d |" % multi, "| Borderline sentences | %d |" % bl,
             "| Emails with 2+ faulty sentences | %d |" % sum(1 for e in emails if faulty_per_email[e["email"]] >= 2),
             "| Clean emails | %d |" % sum(1 for e in emails if faulty_per_email[e["email"]] == 0),
             "| Sentences per email | %d-%d |" % (min(spe.values()), max(spe.values())),
             "| P.S. lines | %d |" % sum(1 for s in sents if s["text"].startswith("P.S.")),
             "| Emails with curly apostrophes | %d |" % sum(1 for e in emails if "\u2019" in e["text"]),
             "| Faulty sentences whose note says a legitimate clause is kept | %d of %d |" % (
                 sum(1 for s in sents if s["labels"] != ["NONE"] and "kept" in s["note"]),
                 sum(1 for s in sents if s["labels"] != ["NONE"]))]
    elab = []
    for _, name in CAT:
        c = Counter(e["labels"][name] for e in emails)
        elab.append("| %s | %d | %d | %d |" % (name, c[0], c[1], c[2]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD + "\n".join(rows) + "\n\nEmail-level scores (derived with the guide's 0/1/2 scale, no overrides):\n\n"
                "| label | 0 | 1 | 2 |\n|---|---|---|---|\n" + "\n".join(elab) + "\n\n" + README_TAIL)

if __name__ == "__main__":
    main()
