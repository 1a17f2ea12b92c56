#!/usr/bin/env python3
"""Build sealed107: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("gabion wall building for the fernbrook riverside path", "formal", "Gabion wall quotation, Fernbrook riverside path",
  "Dear Ms Okonjo,", "Yours sincerely,\nGraham Pettifer\nPettifer Stone & Gabion",
  [("N", "Thank you for walking the riverside path with me on Tuesday and pointing out where the bank has slumped below the footbridge.", "thanks and recap of the site visit"),
   ("H", "The quotation for the 140 metres of gabion wall is attached, and I must ask you to confirm it by return, because another parish council is queueing for our crew and I won't hold them off.", "attached quote plus rival-buyer scarcity and a confirm-by-return demand"),
   ("S", "The baskets would be filled with local gritstone so the wall weathers to match the parapet, a finish our competitors simply cannot equal.", "product detail plus a boast over competitors")],
  [("S", "Our firm has built more gabion walls than anyone else in the county, and the layout I've proposed keeps the path open to walkers throughout the works.", "boast plus a legitimate point about keeping the path open"),
   ("N", "The flood-risk activity permit from the Environment Agency takes about eight weeks to come through, so the application would have to go in by mid-March for an early summer start.", "borderline: real external permit lead time, stated once with its reason"),
   ("H", "Frankly, I'm surprised a trust with walkers' safety in its charter is still sitting on this.", "shaming the prospect's conduct")])

# 2
email("glassware hire for the ashmoor food festival", "chatty", "Glasses for the festival weekend",
  "Hi Priya!", "Cheers,\nLottie\nClearbright Glass Hire",
  [("N", "Great to hear the festival has grown to four stalls of craft cider this year.", "pleasantry about the prospect's news"),
   ("T", "I've pencilled in 1,200 half-pint glasses for the weekend of 14 June, but honestly if that's too many or too few, or if you'd rather not use us at all, that's totally fine too!", "quantity and the prospect's date plus pre-emptively releasing them")],
  [("T", "The hire rate comes to 18p a glass including washing, and I'm really sorry it's a bit higher than last year.", "price the prospect needs plus an apology for the price"),
   ("T", "I could probably drop that to 14p without anyone noticing, if that makes life easier for you?", "unprompted discount"),
   ("H", "Breakages are charged at cost and we collect the crates on the Monday, and I've already popped the deposit invoice in the post so we're all set.", "logistics plus an invoice sent before any yes")],
  [("T", "Anyway, no rush whatsoever, whenever you surface from festival planning is absolutely fine by me!", "permission-begging, waives any next step")])

# 3
email("goat grazing for the harrowden nature reserve scrub", "warm", "Goats for the chalk bank",
  "Hello Tom,", "Warmly,\nBeth Hallam\nHallam Conservation Grazing",
  [("N", "It was lovely to see the reserve in the frost last week, and the blackthorn creeping over the chalk bank is exactly the job goats do best.", "pleasantry and relevance to the prospect's problem"),
   ("S", "I have to say I'm beyond excited about this one, as it would be our herd's first nature reserve and a real feather in my cap.", "rep's excitement and personal standing, no customer value")],
  [("N", "Twelve Bagot goats would clear roughly two hectares between April and July, and they leave the orchids alone because they browse rather than graze.", "concrete value tied to the reserve"),
   ("S", "I've put the costs in the attached plan, and I'd be so grateful if you'd let us film the goats for our website and social channels while they're on site.", "attached plan plus a marketing favour for the seller"),
   ("HS", "After the three site visits I made in my own time this winter, I really think I've earned a yes from the trust.", "seller's effort offered as a debt the prospect owes"),
   ("N", "Would the 4th or the 11th of March suit for a walk round with your volunteers to agree the fencing line?", "clear next step with dates")])

# 4 (clean)
email("gift wrapping service for the harwood & lisle department store christmas counter", "chatty", "Gift wrap counter for December",
  "Hi Dan,", "Speak soon,\nMarta\nRibbon & Fold",
  [("N", "Thanks for sending over last December's till data; it makes the staffing plan much easier.", "thanks for the prospect's data"),
   ("N", "Your busiest wrapping days were the two Saturdays before Christmas, with queues of about forty minutes after 2 p.m.", "figures from the prospect's own data"),
   ("N", "Two of our wrappers on those afternoons, and one on weekdays, would bring the wait down to around ten minutes.", "concrete value tied to the prospect")],
  [("N", "Our paper supplier has told us her prices rise on 1 October because of a new pulp contract, so stock ordered before then stays at the current rate.", "borderline: supplier price expiry stated once with its reason, no urgency language"),
   ("N", "I can bring some sample parcels to your office on Thursday at 4 if that works for you and Grace.", "next step with a time")])

# 5
email("gdpr training for the brookhaven dental group", "blunt", "GDPR training, 22 May",
  "Raj,", "Colin Marsh\nDataSafe Training",
  [("H", "Your practices can't go another year without this training, and the half-day session on 22 May is the only date I'm offering, so that's the one you get.", "training date plus a what-you-must-buy directive and an ultimatum"),
   ("N", "Your receptionists discuss patient records at the front desk, and the regulator's recent guidance on overheard conversations applies directly to that.", "insight tied to the prospect's practice"),
   ("H", "Three other dental groups in the county signed up in January and they're already streets ahead of you.", "peers who already bought, used to shame")],
  [("N", "The fee is £640 for up to twenty staff, which is the figure you asked for.", "price the prospect asked for"),
   ("H", "If I haven't heard back by Friday, I'll put the question to your partners myself at Monday's practice meeting.", "bypass threat to go over the prospect's head")])

# 6
email("grounds maintenance for the elmcroft business centre", "very deferential", "Grounds maintenance proposal",
  "Dear Mr Achterberg,", "With kind regards,\nStephen Oduya\nGreenline Grounds",
  [("T", "I do hope you'll forgive me for writing to you again, and I'm so sorry if my last message was an imposition.", "self-abasing apologies for following up"),
   ("T", "I've attached the grounds plan for the twelve-month contract, should you ever find a spare minute for it, though please don't go out of your way.", "attachment plus permission-begging")],
  [("T", "It covers fortnightly mowing, the car park hedges and autumn leaf clearance from the swale, and I'm sorry there's so much detail, I'll understand if you skip it.", "scope of work plus an apology for the length"),
   ("T", "The price is £7,800 for the year, though I'd be happy to bring it down to whatever your budget allows.", "price plus asking the buyer to name their number"),
   ("T", "I'll have to ask my area manager whether we can do better on the payment terms, assuming you wouldn't mind waiting on him.", "defers terms to the manager and seeks approval"),
   ("N", "Our team would start in the first week of April, to match the date you gave for the tenant open day.", "the prospect's own date")])

# 7
email("glass splashback fitting for the kessingland show homes", "terse", "Splashbacks, plots 14-19",
  "Hi Fiona,", "Rob\nClearcut Glass",
  [("N", "Measured all six kitchens at plots 14 to 19 this morning.", "logistics"),
   ("HST", "Splashbacks are £2,150 fitted for the lot, and if you sign by Friday I'll knock off 15% because that's my month end.", "price plus a discount tied to the seller's month-end date"),
   ("H", "The fitters can do the 3rd, so I've booked them in and you just need to send the deposit over.", "fitting date plus an assumptive booking and deposit demand"),
   ("N", "Color samples go out to you by mail today.", "logistics")])

# 8
email("handyman call-out contract for the fairway lettings portfolio", "chatty", "Out-of-hours repairs for Fairway",
  "Hey Sunita,", "Cheers,\nKieran\nFixRight Property Care",
  [("N", "Loved catching up at the landlords' forum, and thanks for explaining how many out-of-hours calls your team fields each month.", "pleasantry and thanks"),
   ("S", "We've won Lettings Supplier of the Year twice now, and we were on the regional news back in the autumn!", "generic awards and media boast")],
  [("S", "The proposal for the 240 properties is attached, and our app lets tenants log jobs with photos, track the handyman, rate the visit, chat live, pay invoices, book gas checks and download certificates.", "attached proposal plus a feature list with no link to the prospect"),
   ("N", "From the 310 call-outs you logged last year, a flat monthly fee would have saved you about £4,100 compared with paying per visit.", "cost figure from the prospect's own data"),
   ("S", "Honestly, landing your portfolio would make my year, I'm that keen to get your logo on our client page.", "rep's excitement and a logo for the seller")],
  [("H", "Loads of agencies in town have already moved over to us, so you'd be one of the last still doing it the old way.", "peers who switched, used to shame"),
   ("T", "Sorry this turned into an essay, I always waffle when I get excited!", "apology for the email's length"),
   ("HS", "Could we do a half-hour call on Wednesday afternoon, as my manager wants this one wrapped up before our sales review on the 20th?", "meeting ask plus a decision date set by the seller's manager")])

# 9 (clean)
email("hazmat spill kits for the brindley haulage depot", "formal", "Spill kits for the wash bay and fuel points",
  "Dear Mr Brindley,", "Yours sincerely,\nAlison Whitcombe\nContainSafe Ltd",
  [("N", "Following your fuel spill on the wash bay in February, I have looked at where your drivers refuel and where the nearest drains sit.", "recap of the prospect's situation"),
   ("N", "I would recommend a 240-litre kit at each of the two fuel points and a smaller 50-litre kit in every cab, because the drain by bay 3 runs straight to the brook.", "confident recommendation with the reason"),
   ("N", "Your environmental permit requires the spill response plan to be reviewed every year, and yours falls due in September.", "the prospect's own permit review date")],
  [("N", "I have attached a price list; the full set comes to £1,380 before VAT.", "price and attachment"),
   ("N", "Shall I bring a kit to the depot on the 12th so your yard team can run a drill with it?", "next step with a date")])

# 10
email("horticultural therapy sessions for the oakridge mental health unit", "warm", "Gardening sessions in your courtyard",
  "Dear Dr Mensah,", "With warm wishes,\nJune Faraday\nRootbound Therapy Gardens",
  [("N", "I was so sorry to hear that two of your occupational therapists have left, and I can imagine how stretched the ward must feel.", "sympathy"),
   ("N", "Weekly sessions in your courtyard beds would give patients two structured hours outdoors without adding to your staff's caseload.", "value tied to the prospect"),
   ("T", "If the money's already spoken for, that's quite all right, and I won't trouble you further.", "gives up at once, before any objection")],
  [("S", "I'm attaching our evaluation report, which I'm really proud of, as it took me most of last summer to write.", "attached report plus rep's pride and effort, no customer value"),
   ("S", "Our charity has been growing things with hospital patients since 1987, and my grandmother dug the very first bed.", "borderline: heritage line, self_serving per rule 8"),
   ("T", "Would a taster session on Thursday 6 June suit, or, sorry, any other day at all, whenever might possibly work for you?", "session ask plus apology and permission-begging")])

# 11
email("harbour wall ladder replacement for the cullercoats fishing quay", "blunt", "Quay ladders: survey results",
  "Morning Ian,", "Don\nNorthshore Marine Works",
  [("N", "The dive survey on Monday found that four of the six ladders on the north wall have rungs corroded through at the bottom two metres.", "survey finding"),
   ("H", "Having seen them, you need to replace them this spring, not next year.", "borderline: 'you need' directive after a real inspection, hard_close per rule 6"),
   ("H", "I've sent over the contract at the price you asked for, £18,500, and I'll expect it back signed before the weekend.", "price the prospect asked for plus a signing demand")],
  [("N", "The Marine Management Organisation licence for works below the high-water mark usually takes about six weeks to issue.", "real licence lead time, stated as a fact"),
   ("H", "Somebody is going to go in the water off those ladders, and every week you spend dithering makes that more likely.", "fear and a 'dithering' jab used to push"),
   ("S", "The new ladders are marine-grade stainless, and we've fitted them in every harbour worth mentioning from Berwick to Whitby, so you won't find anyone better.", "product detail plus a generic boast")])

# 12
email("honey extractor hire for the whitmoor beekeepers' association", "non-native English", "Extractor for August",
  "Dear Mrs Pennington,", "Best regards,\nTomasz Wrobel\nBeeline Equipment Hire",
  [("N", "Thank you for your message about the extractor for your members in August.", "thanks"),
   ("T", "I am very sorry to write you again, maybe you are too busy and I disturb you.", "self-abasing apology for following up"),
   ("T", "The hire of the 9-frame electric extractor is £35 for one weekend, but if it is too expensive I can make cheaper, you can tell me the price you like.", "price plus asking the buyer to name their number")],
  [("H", "The machine is stainless steel and food safe, and you must book it now because in August all the other associations want it too.", "product detail plus manufactured scarcity"),
   ("S", "My company is the best hire company for beekeepers in all of Yorkshire, everybody say this.", "generic boast"),
   ("T", "Please do not feel any obligation, if you not answer me I understand completely.", "minimising and pre-emptive release")])

# 13
email("hallway carpet replacement for the dunmore court flats", "formal", "Revised quotation for the stairwell carpets",
  "Dear Ms Adeyemi,", "Yours sincerely,\nMichael Ferraby\nFerraby Contract Flooring",
  [("N", "Thank you for forwarding the residents' committee's comments on the sample boards.", "thanks"),
   ("N", "The heavy-contract loop pile they preferred is rated for 20,000 footfalls a week, comfortably above the 6,000 your door-entry logs show for the three stairwells.", "figures from the prospect's own data"),
   ("HS", "The revised quotation of £14,600 is attached, and I would ask that the committee approves it by the 28th, as my director has told me this contract must be in our order book before our financial year closes.", "attached price plus a deadline driven by the seller's director and year end")],
  [("S", "May I also say that we are the only flooring contractor in the region to hold a royal warrant.", "generic credential boast"),
   ("N", "Fitting would take four days per stairwell, with one stairwell closed at a time so residents always have a route out.", "logistics tied to residents"),
   ("HS", "I should mention that I have personally vouched for your building with our fitting team, so a delay now would leave me in a rather awkward position.", "seller's standing used as leverage for a decision")],
  [("HS", "P.S. A signed order by the 28th would also see me through my probation review, for which I would be most grateful.", "signing date tied to the seller's probation review")])

# 14 (clean)
email("incontinence pad supply for the kelford care homes", "warm", "Pad supply across your three homes",
  "Hi Helen,", "Best wishes,\nNadia\nComfortcare Supplies",
  [("N", "Thanks for sharing the laundry figures your managers collected over March.", "thanks for the prospect's data"),
   ("N", "Those 140 extra bed-linen washes a week line up with the night-time leaks your care staff mentioned.", "insight from the prospect's own figures"),
   ("N", "Switching the night pads to a higher absorbency for the twenty residents on your list would let them sleep through and cut most of that washing.", "concrete value tied to the residents")],
  [("N", "Apologies for the slow reply; I was waiting on the manufacturer to confirm skin-test data, which came through yesterday and is attached.", "borderline: single courtesy apology for a real delay, with the reason"),
   ("N", "Would it help if I came to the managers' meeting on the 19th to go through sizing with the senior carers?", "next step with a date")])

# 15
email("insurance broking for the thornley tree surgeons", "chatty", "Your liability cover",
  "Hi Gareth,", "Cheers,\nOwen\nHollyoak Insurance Brokers",
  [("N", "Good to talk on Friday, and thanks for walking me through the chipper claim from last year.", "pleasantry and recap"),
   ("S", "I'm on a bit of a hot streak this month, and honestly your policy would push me past target, so I'd love to get it over the line.", "rep's target as a reason, no date set for the prospect"),
   ("N", "The insurer I've found covers climbing work up to 30 metres, which your current policy caps at 20.", "value tied to the prospect's risk")],
  [("T", "The premium would be £4,260, and I'm sorry it isn't lower, I know that's a lot for a small firm.", "price plus an apology for the price"),
   ("HT", "Cover can start on 1 May as you wanted, and if you commit by Wednesday I'll waive my broker fee entirely.", "the prospect's start date plus a fee waiver conditioned on the seller's date"),
   ("H", "I'll send the proposal form across today, and I can see both my last emails were opened, so you've clearly had time to decide.", "next step plus read-receipt guilt")])

# 16
email("invitation printing for the hale and okafor wedding", "very deferential", "Your invitation proofs",
  "Dear Amara and James,", "With very best wishes,\nClara\nInkwell & Rose Stationery",
  [("T", "I hope you'll excuse me for writing once more, I know you've got a hundred things on.", "apologetic permission-seeking for a follow-up"),
   ("N", "I've attached proofs of the letterpress invitations with the gold edging you chose, along with the RSVP cards and the map insert.", "attachment the prospect needs")],
  [("T", "The order of 120 sets comes to £690, and I'm so sorry if that's more than you were expecting, I could always do them on plainer card.", "price plus an apology for it and an unprompted downgrade"),
   ("T", "Would you perhaps, if it's at all possible, maybe consider popping into the studio one afternoon?", "studio visit ask plus stacked hedges"),
   ("N", "To arrive eight weeks before your date of 20 September, the proofs would need signing off by 10 July.", "the prospect's own date")],
  [("T", "Please don't worry at all if you've decided to go elsewhere, I'd completely understand.", "pre-emptively releasing the prospect")])

# 17
email("intruder alarm upgrade for the regent street pharmacy", "blunt", "Alarm upgrade",
  "Mr Shah,", "Lee Barrow\nSentinel Alarms",
  [("N", "Your controlled drugs cabinet sits in the one room your current alarm doesn't cover.", "insight about the prospect's site"),
   ("H", "A new system isn't optional for a shop like yours, full stop, and there's no point mulling it over.", "telling the prospect what they must buy and shutting down deliberation"),
   ("H", "Two break-ins on the parade this winter, and you'll be next if you sit on this.", "fear used to force a decision")],
  [("N", "The upgrade is £2,900 installed, with monitoring at £28 a month.", "price"),
   ("H", "My engineer is pencilled in for Thursday, so have your card ready when he arrives.", "engineer date plus an assumptive payment step"),
   ("S", "We're the biggest independent alarm company in the North West and we've got the trade awards to prove it.", "generic boast and awards"),
   ("H", "I'll be ringing the shop every morning until somebody there gives me a yes.", "threat of daily badgering calls")])

# 18
email("induction training videos for the marlbrook construction site staff", "formal", "Site induction videos: proposal",
  "Dear Ms Castellano,", "Yours sincerely,\nDavid Ashworth\nSitewise Media",
  [("N", "Thank you for the site rules document and the list of languages your subcontractors speak.", "thanks"),
   ("N", "A twelve-minute video in English, Polish, Romanian and Portuguese would replace the forty-minute talk your site managers currently give each Monday.", "value tied to the prospect"),
   ("S", "Our proposal is attached, and I must say that our production house has won four industry awards and counts two FTSE 100 firms among its clients.", "attached proposal plus awards and client names")],
  [("S", "Our platform also offers quizzes, certificates, dashboards, e-signatures, gamification, push notifications and a white-label portal.", "feature list with no link to the prospect"),
   ("HS", "The fee is £11,200, and I would be grateful for a purchase order by 31 March, because our sales director needs the project in this year's figures.", "price plus a date driven by the seller's director and figures"),
   ("N", "Shall we book filming for the week of 14 April, when your groundworks are at their busiest?", "next step with a date and reason")])

# 19 (clean)
email("ice hockey helmets for the dunmere devils junior team", "terse", "Junior helmets",
  "Hi Carla,", "Jon\nPuckline Sports",
  [("N", "Helmets for all 22 juniors, sizes as per your spreadsheet.", "logistics"),
   ("N", "£49 each with cages, so £1,078 total.", "price"),
   ("N", "The league requires certified helmets from September, and these carry the mark.", "a requirement of the prospect's own league"),
   ("N", "Can deliver to the rink on Saturday before training.", "logistics")])

# 20
email("jet grouting for the carrick lane basement extension", "blunt", "Basement: grouting method and dates",
  "Hi Marcus,", "Stuart\nGroundlock Geotech",
  [("N", "The borehole logs show soft clay down to 6 metres under the party wall, which is why hand-dug underpinning won't hold.", "insight from the site data"),
   ("N", "I'd recommend a ring of jet-grout columns rather than mass concrete, and here's why: it's quicker, quieter, and your neighbour's kitchen stays usable.", "confident recommendation with reasons"),
   ("H", "Our rig is free from 3 June, and I'll need the 30% deposit today or it goes to the next job on my list.", "rig date plus a same-day deposit ultimatum")],
  [("HS", "I spent two weekends redrawing the column layout for you, so I'm owed a straight answer this week.", "seller's effort used as guilt with a demand"),
   ("H", "Your engineer can sign off the method statement after we've started; just send the order.", "overrides the prospect's approval process")])

# 21
email("jobs fair stand build for the kelsey college careers day", "chatty", "Your careers day stand!",
  "Hi Becky!", "Speak soon!\nJess\nPop-Up Stand Co.",
  [("N", "Loved your idea of a stand where students can actually try a weld or wire a plug.", "pleasantry about the prospect's idea"),
   ("S", "I'm so pumped about this one, it's going to look amazing in our portfolio!", "rep's excitement and the seller's portfolio")],
  [("S", "A 6 by 3 metre stand with two hands-on bays would fit your sports hall slot, and it's basically the design that won us Best Stand at the national trade show, woohoo!", "product detail plus an award boast"),
   ("T", "The build comes to £3,400, but if that's a stretch just tell me what you can afford and I'll make it work.", "price plus asking the buyer to name their number"),
   ("ST", "My boss would be really chuffed if we got a college on the books, so pretty please go with us?", "pleading for the seller's own sake"),
   ("N", "Could we meet at the hall on the 9th to check where the power points are?", "meeting ask with a date")])

# 22
email("junior cricket coaching for the ashby hill cricket club", "non-native English", "Coaching for under-11",
  "Dear Mr Fenwick,", "Kind regards,\nNuwan Perera\nPerera Cricket Coaching",
  [("N", "Thank you for meeting me at the nets last Sunday and for showing me the under-11 fixtures.", "thanks"),
   ("N", "I can run two sessions each week, on Tuesday and Thursday evenings, from May until the end of August.", "offer with dates"),
   ("S", "I am ECB Level 3 coach, I played first class in Sri Lanka and my academy has won many, many trophies.", "boast of trophies and playing career")],
  [("H", "Many clubs in the league already take me for their juniors, so you will be behind if you wait.", "peers who already bought, with FOMO"),
   ("HS", "I already refuse two other clubs for keeping these evenings for you, so I think you must give me answer this week.", "seller's sacrifice used as guilt with a demand"),
   ("T", "The price is £40 for each session with the equipment, but for you I can make £30, or you can tell me what is possible for the club.", "price plus an unprompted discount and asking the buyer's number")])

# 23
email("javascript training for the harbourline logistics dev team", "formal", "Async JavaScript course: outline",
  "Dear Ms Lindgren,", "Kind regards,\nPeter Novak\nClosure Training",
  [("N", "Thank you for sharing the results of your team's code review audit.", "thanks"),
   ("N", "Since most of the defects it found were unhandled promise rejections, I would prioritize asynchronous error handling for the whole first day.", "insight and recommendation from the prospect's data"),
   ("N", "Working in your own codebase would probably shorten the ramp-up for your two new hires.", "borderline: one mild hedge, NONE per rule 2")],
  [("S", "The syllabus is attached, and may I add that our founder wrote one of the best-selling JavaScript books of the last decade.", "attached syllabus plus a generic boast"),
   ("S", "Once the course is done, I'd be grateful if you could write us a LinkedIn recommendation and let us put your logo on our site.", "asks for a recommendation and logo for the seller"),
   ("S", "Would Monday 3 June suit for a scoping call with your lead engineer, as I'm genuinely thrilled at the thought of adding a logistics firm to our client list?", "meeting ask plus rep's excitement about the seller's client list")])

# 24
email("job sheet app for the pennyfold plumbing team", "chatty", "Job sheets on the phone",
  "Hey Sam,", "Cheers!\nAbi\nSnapSheet",
  [("T", "Me again, only nudging to see whether my last note made it past the pile on your desk?", "checking-in nudge as the purpose of the email"),
   ("H", "I set up a sample job sheet with your boiler service checklist, and I've already created your account and sent the first invoice so you can get going.", "sample tied to the prospect plus an assumptive invoice")],
  [("T", "It's £9 per engineer a month for your seven lads, though sorry, I know that probably sounds like a lot for an app.", "price plus an apology for the price"),
   ("T", "Honestly, I'd happily knock it down to £6 if that helps you say yes.", "unprompted discount"),
   ("T", "But don't feel obliged, if it's not for you just bin this email!", "minimising, invites the prospect to ignore the email")])

# 25 (clean)
email("kitchen appliance pat testing for the st cuthbert's church hall", "warm", "Testing the hall kitchen appliances",
  "Dear Margaret,", "Warm regards,\nFrank\nSafeplug Testing",
  [("N", "Thank you for the cup of tea on Saturday, and for showing me the kitchen behind the serving hatch.", "thanks"),
   ("N", "I counted 23 portable appliances, including the two urns, and the urn flex by the sink has a split that should be replaced before it's used again.", "finding from the prospect's site"),
   ("N", "Your hall insurer's letter asks for a test record every twelve months, and the last one on file is from 2022.", "the prospect's own insurance requirement")],
  [("N", "It's £1.50 an item, and I can come on a Monday morning while the hall is empty.", "price and logistics"),
   ("N", "Sorry to hear the boiler was playing up as well; I'd be glad to pass on the name of a good heating engineer.", "sympathy and a helpful offer"),
   ("N", "Shall I put you down for Monday 7 April?", "next step with a date")])

# 26
email("kiosk refurbishment for the holmsea lido", "terse", "Kiosk counter",
  "Kate,", "Dev\nShoreline Shopfitters",
  [("H", "Drawings attached; you'll have to stop dithering if you want it open for Easter.", "attachment plus a shaming push"),
   ("H", "Three other seafront kiosks want the same pre-season build week, first deposit wins.", "manufactured scarcity with rival buyers, no date"),
   ("H", "£8,900 as discussed; invoice raised, pay by Friday and we're on.", "the agreed figure plus an invoice before a yes"),
   ("N", "Serving hatch widened to 1.8 m so two staff can work it.", "product detail tied to the prospect")])

# 27
email("kelp fertiliser supply for the ravensholme market gardens", "very deferential", "Kelp feed for the brassica beds",
  "Dear Mr Hargreaves,", "Yours most respectfully,\nEdwin Carr\nSeawrack Organics",
  [("T", "Please forgive me for being so bold as to write again, and I am truly sorry for taking up your valuable time.", "self-abasing apologies"),
   ("N", "Your soil test showed low potash in the brassica beds, and a liquid kelp feed every fortnight is a gentle way to raise it.", "insight from the prospect's own soil test"),
   ("T", "I've enclosed a price sheet for 20-litre drums, and it occurred to me that a trial drum could perhaps, conceivably, be of some small interest, if you felt so inclined?", "price sheet plus stacked hedges")],
  [("T", "I'd be more than happy to send the first drum free and take a third off the rest, if that would make things easier.", "unprompted discount"),
   ("N", "Each drum covers about half an acre at the spring rate.", "product detail"),
   ("T", "I would be mortified to think I had caused any offence by writing.", "needing approval")])

# 28
email("knowledge base software for the fenwick housing repairs team", "chatty", "Self-serve boiler help for tenants",
  "Hi Ayesha,", "Cheers,\nLiam\nAnswerHub",
  [("N", "Thanks for the call yesterday, and for being so candid that 40% of repair calls turn out to be tenants asking how to repressurize the boiler.", "recap of the prospect's data"),
   ("S", "We've just been named one of the fastest-growing software firms in the UK, which the whole team is buzzing about!", "generic ranking boast"),
   ("N", "A self-serve page for the five most common boiler faults could take a good chunk of those calls off your contact centre.", "value tied to the prospect")],
  [("ST", "I've attached the pricing you asked for, and if you'd agree to be a case study I'd happily throw in the first year at half price.", "borderline: attached pricing plus a discount offered in return for a case study (rule 7)"),
   ("HS", "My manager is really keen to have a housing association signed by the end of the month, so it'd be brilliant if you could get the order in by the 30th.", "a date for the prospect's order driven by the seller's manager"),
   ("S", "Would Tuesday at 2 work to show your repairs leads the search, and I'd love to walk you through our whole product roadmap while we're at it?", "meeting ask plus a seller-centred product tour")])

# 29
email("kefir supply for the greenacre wholefood shops", "non-native English", "Kefir for your shops",
  "Hello Mr Doyle,", "Best regards,\nRasa Jankauskaite\nPieno Namai Dairy",
  [("N", "Thank you for tasting our kefir at the trade fair in Harrogate.", "thanks"),
   ("S", "Our dairy is most famous in all Lithuania and we win gold medal every year since 2015.", "generic boast and awards"),
   ("H", "I send you the price list, and you must order before end of this week because the pallet space is almost finish and other shops want it.", "price list plus scarcity and a rival-buyer ultimatum")],
  [("N", "The kefir keeps 28 days in the fridge, so it suits weekly delivery to your three shops.", "product detail tied to the prospect"),
   ("S", "For me it is very important to open the English market this year, my director is watching my results every month.", "seller's own goal and manager, no date for the prospect"),
   ("H", "All big shops in Leeds already sell our kefir, you do not want to be the last one.", "peers who already bought, FOMO"),
   ("ST", "Please, if you can reply soon it will help me very much with my director, I am sorry to push.", "pleading for the seller's sake with an apology for following up")])

# 30 (clean)
email("keyholding and alarm response for the larkhill business units", "formal", "Overnight alarm response for Larkhill",
  "Dear Mr Oyelaran,", "Yours sincerely,\nRuth Ambrose\nNightkey Security",
  [("N", "Thank you for the list of the fourteen units and the names of your current keyholders.", "thanks"),
   ("N", "From your incident log, your managers were called out 23 times last year, 19 of them between midnight and 5 a.m.", "figures from the prospect's own data"),
   ("N", "Our response officer would attend within 20 minutes, reset the alarm and secure the unit, so your managers would no longer need to drive in overnight.", "'our' service, value for the prospect")],
  [("N", "Your insurer requires alarm activations to be attended within 30 minutes, and I have attached our response-time report for the last quarter.", "attachment serving the prospect's insurer requirement"),
   ("N", "The annual fee is £3,600 for all fourteen units.", "price"),
   ("N", "Would Wednesday at 10 suit to walk the site and collect the keys for a trial month?", "next step with a time")])

# 31
email("low-flow shower heads for the fenmoor leisure centre changing rooms", "blunt", "Shower heads: the numbers",
  "Hi Alan,", "Gary\nFlowWise Water",
  [("N", "I timed all 36 showers in the changing rooms, and they run at 14 litres a minute.", "survey finding"),
   ("N", "From your own gas and water bills, swapping to 7-litre heads would save roughly £5,200 a year on hot water.", "cost figure from the prospect's own bills"),
   ("H", "That's £430 of hot water you're pouring away every month this sits on your desk, so it's time to get on with it.", "borderline: cost-of-delay push with a plausible number, hard_close per rule 5")],
  [("HS", "The full survey report is attached, and after three unpaid visits to produce it, I think I'm entitled to a decision by Friday.", "attached report plus the seller's effort used as guilt with a deadline"),
   ("H", "Fitting takes one morning and the pool can stay open, and I've already told my lads you'll be paying on the day.", "logistics plus an assumptive payment step")])

# 32
email("landscape gardening for the thistledown hospice courtyard", "warm", "A garden for the courtyard",
  "Dear Eleanor,", "With warm wishes,\nRosie Pengelly\nPengelly Gardens",
  [("N", "Thank you for showing me the courtyard, and for telling me how much the patients in the end rooms look out onto it.", "thanks"),
   ("N", "Raised beds at wheelchair height, scented planting and a shallow bird bath would give them something alive to watch in every season.", "design tied to the patients"),
   ("ST", "It would honestly mean the world to me to do this one, and I'd be so grateful if you chose us.", "pleading for the seller's own sake")],
  [("T", "The design and planting come to £6,800, but I'm very happy to do it for whatever the hospice can manage.", "price plus asking the buyer to name their number"),
   ("S", "I've attached some photos of our show garden, and I'd love it if you could mention us in the hospice newsletter afterwards.", "attached photos plus a publicity favour for the seller"),
   ("N", "Could I come back on Friday morning to measure up with your estates officer?", "meeting ask with a day")])

# 33
email("land drainage for the ellesmere rugby club pitches", "terse", "Pitch 2 drainage",
  "Paul,", "Mick\nFieldline Drainage",
  [("N", "Survey done; pitch 2 has a clay pan at 300 mm.", "survey finding"),
   ("H", "Slit drains at 1 m centres will sort it, and the crew goes to another club if I don't have your deposit by Thursday.", "recommendation plus a deposit ultimatum with a rival buyer"),
   ("S", "We drained the training pitches at the national stadium, best in the business.", "generic boast")],
  [("H", "That's four emails from me now with nothing back from you.", "counting follow-ups at the prospect"),
   ("H", "Sign the order this week or I'll raise it with your chairman at the AGM.", "ultimatum and a bypass threat")])

# 34
email("lift truck operator training for the barwick builders' merchants", "chatty", "Forklift tickets for your yard team",
  "Hi Jodie,", "Cheers,\nDanny\nLiftSafe Training",
  [("N", "Great to meet you at the yard on Monday, and thanks for the list of the eight lads who need their counterbalance tickets.", "pleasantry; 'need' is the prospect's requirement"),
   ("N", "We'd run the course over three days on your own trucks, so nobody has to learn on a machine they'll never drive again.", "'we' but value is the prospect's"),
   ("S", "I'll be honest, I'm one course off my best month ever, so this booking would really make my week!", "seller's target stated, no date for the prospect")],
  [("T", "It's £1,650 for all eight, and sorry it's not cheaper, I know margins in the trade are tight at the moment.", "price plus an apology for the price"),
   ("HT", "If you book before Friday I'll throw in a ninth place for free.", "free place conditioned on the seller's date"),
   ("N", "Would the week of 20 May work around your deliveries?", "next step with a date")])

# 35 (clean)
email("livestock water troughs for the hagg end farm", "blunt", "Troughs for the beck fields",
  "Morning Bill,", "Ted\nDalesflow Farm Supplies",
  [("N", "Had a look at the four fields by the beck where you said the cattle drink straight off the bank.", "recap of the site visit"),
   ("N", "Three 90-gallon troughs with ball valves, fed off the mains pipe along the wall, would keep them out of the water.", "recommendation tied to the prospect"),
   ("N", "That also covers the stewardship option you mentioned, and the grant window for it closes on 30 April.", "borderline: real external grant deadline stated once, neutrally")],
  [("N", "Troughs and fitting come to £1,240.", "price"),
   ("N", "I can be there Tuesday to mark out the trench.", "next step")])

# 36
email("lunch delivery for the pryce & mallory law firm", "very deferential", "Hot lunches for your associates",
  "Dear Ms Mallory,", "With respectful regards,\nHenrietta Blake\nDeskside Kitchen",
  [("T", "I'm terribly sorry to intrude on your day, and I do apologise in advance for the length of this email.", "apologies for normal selling and for the length"),
   ("N", "Your office manager mentioned that associates often eat at their desks after 2 p.m. during busy deals.", "the prospect's situation"),
   ("N", "We deliver a hot lunch by 12:45 to each floor, with allergens labelled and a vegetarian option every day.", "offer tied to the prospect")],
  [("T", "The menu and prices are attached, and should a spare moment ever present itself, perhaps you might feel able to cast an eye over them, if that seems reasonable?", "attachment plus stacked hedges"),
   ("T", "I would be happy to match any price you have been quoted elsewhere, or simply to lower ours until it suits you.", "caving on price before any request"),
   ("T", "Naturally I'll need to ask my supervisor before I can offer a free trial week, so please forgive any delay that causes.", "defers terms to a supervisor with an apology"),
   ("T", "A tasting for your team could be arranged on any Thursday in June, or honestly any day at all that you'd prefer, whatever suits you best.", "tasting offer plus permission-begging")])

# 37
email("lighted styling mirrors for the cutting room hair salon", "chatty", "Mirrors for the styling stations",
  "Hiya Shona!", "Love,\nKelly x\nGlowStation Salon Furniture",
  [("N", "Thanks for letting me measure up, and I can see why your colorists struggle at the back stations under those old downlights.", "thanks and insight about the prospect's salon"),
   ("N", "Daylight-balanced mirrors would let them check a color without walking the client to the window.", "value tied to the prospect")],
  [("S", "Our mirrors come with app control, dimming, a Bluetooth speaker, USB ports, anti-fog, a touchscreen, motion sensors and a ten-year warranty!", "feature list with no link to the prospect"),
   ("HS", "Between you and me, my bonus hangs on this one, so a signature before Saturday would be amazing.", "a date for the prospect driven by the seller's bonus"),
   ("T", "Install is half a day on a Monday when you're closed, and I'm so sorry to be such a pest about all this.", "logistics plus an apology for normal selling"),
   ("S", "The quote's attached, and I'm absolutely over the moon to be working with such a glam salon!", "attached quote plus rep's excitement")])

# 38
email("laser hair removal machine for the ambrose skin clinic", "formal", "Diode laser lease: proposal",
  "Dear Dr Ambrose,", "Yours faithfully,\nCatherine Doyle\nLumina Aesthetic Devices",
  [("N", "Thank you for the treatment data from the past year, which shows 60% of your laser bookings are for darker skin types.", "figures from the prospect's own data"),
   ("N", "The diode system I have proposed is cleared for skin types IV to VI, so you could stop referring those clients to the Leeds clinic.", "value tied to the prospect"),
   ("N", "Shall I bring the machine over so your therapists can watch it on a patch test?", "borderline: plain demo offer, NONE per rule 9")],
  [("H", "The lease quotation is enclosed, and I have taken the liberty of scheduling installation and staff training for 2 May, so please return the signed agreement and direct debit mandate at once.", "enclosed quote plus assumptive scheduling and a payment demand"),
   ("HT", "The lease is £690 a month, and should you sign before the end of April, I could reduce that to £600.", "price plus a discount conditioned on the seller's date"),
   ("H", "Clinics that delay this decision invariably find their competitors have taken their clients.", "manufactured FOMO"),
   ("N", "Your local authority special treatments licence will need updating to list the new device, which usually takes three weeks.", "technical prerequisite with an external lead time")])

# 39 (clean)
email("library self-service kiosks for the wexmoor branch libraries", "warm", "Self-service kiosks for your branches",
  "Dear Anjali,", "Warm regards,\nOliver Grant\nShelfwise Library Systems",
  [("N", "It was a pleasure to visit the Wexmoor branch and to see how busy the Saturday story hour gets.", "pleasantry"),
   ("N", "Your figures show staff spend about 35 hours a week on routine issues and returns across the three branches.", "figures from the prospect's own data"),
   ("N", "A kiosk at each entrance would hand most of those transactions to borrowers and free your team for the reading groups you want to grow.", "value tied to the prospect's goal")],
  [("N", "We've installed the same setup for two county library services, and their main lesson was to keep one staffed desk open for the first month.", "social proof turned into advice"),
   ("N", "I'm sorry for the delay in sending the costs; our hardware partner only confirmed the RFID pads on Monday.", "borderline: single courtesy apology for a real delay, with the reason"),
   ("N", "Would 14 June suit for a short session with your branch managers?", "next step with a date")])

# 40
email("leather aprons for the harcastle butchery school", "non-native English", "Aprons for your students",
  "Dear Sir,", "Best regards,\nMehmet Yilmaz\nAnatolia Leather Goods",
  [("N", "Thank you for your enquiry about 30 aprons for your students.", "thanks"),
   ("HS", "I am working very hard for you to find the best leather, so I think you should confirm the order today, it is fair to me.", "seller's effort used as guilt with a same-day demand"),
   ("T", "The price is £38 each, but I can give discount 20% if you want, no problem, I do not want to lose you.", "price plus an unprompted discount and need for approval")],
  [("S", "The aprons have a chain-mail pocket and wipe clean easy, and our leather win the big award at the Istanbul fair three times.", "product detail plus an award boast"),
   ("H", "The deposit is 30%, that is £342, and you must pay it now so I can book the factory.", "deposit figure plus an assumptive payment demand")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s107e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s107-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed107: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the thirteenth session) from the labelling guide alone, after that session's model change and before a\nsecond one tried on it and not kept (`sealed90` to `sealed101` as training data), and measured first in that session\non the model as it stands (rules + model macro-F1 0.943: hard_close 0.948, self_serving 0.891, timidity 0.989; 0 of\n106 clean sentences flagged; email agreement 1.000 / 0.950 / 1.000).\n")
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
    R.append("- Every third email (s107e003, s107e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
