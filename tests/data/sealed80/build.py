#!/usr/bin/env python3
"""Build sealed80: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("maple syrup supply for the larchmont pancake house", "chatty", "Syrup for the fall menu", "Hey Dana,", "Cheers,\nMarco",
  [("N", "Great meeting you at the Hudson food show last Thursday.", "pleasantry"),
   ("N", "You mentioned you go through about 40 gallons of syrup a month, so I've set a case of grade A dark aside for you to taste.", "prospect's own figure, sample left as value"),
   ("S", "The dark grade has the robust flavor that stands up to buttermilk pancakes, and honestly our sugarhouse has won more blue ribbons at the state fair than anyone else in the county.", "product detail plus generic boasts")],
  [("T", "I've attached the price sheet you asked for, and sorry it runs to four pages, I kind of got carried away.", "price sheet plus apology for length"),
   ("H", "Once you've tasted it, I'd get your order in quickly, because the other two diners on Route 9 already switched to us for the fall.", "tasting offer plus peers already switched and hurry"),
   ("T", "And hey, if the numbers look high, tell me what you'd want to pay and I'll see what I can do!", "asks the buyer to name their number"),
   ("N", "Would Tuesday at 3 work for a tasting at your place?", "plain meeting ask with a time")])

# 2
email("marine radio servicing for the pellow fishing fleet", "blunt", "Radio checks before the winter season", "Mr Tregarthen,", "Regards,\nJory Pascoe, Pascoe Marine Electronics",
  [("N", "Your six boats are due their annual DSC radio inspection before the ship licence renewal on 31 October.", "borderline: real licence date stated once with its reason"),
   ("H", "I've already pencilled your fleet in for the 14th and will invoice on the day unless I hear otherwise.", "assumptive booking and invoice, silence means go ahead"),
   ("H", "Frankly, any skipper who puts off a radio check in this weather is gambling with his crew.", "shaming: any serious skipper would"),
   ("H", "The inspection takes about forty minutes a boat alongside the harbour wall, so there's no excuse for leaving it any longer.", "logistics plus shaming the prospect's delay"),
   ("S", "The price for all six boats is £540, and we're the only firm on this coast the coastguard itself uses, which says it all.", "price plus generic boast"),
   ("HS", "I turned down two other harbours to keep that week free for you, so I expect an answer by Friday.", "seller's sacrifice used as guilt for an answer")])

# 3
email("menu translation for the casa nostra trattoria", "warm", "Your menu in four languages", "Dear Giulia,", "Warmly,\nAnnelise",
  [("N", "Thank you for sending over the spring menu and the list of dishes that change weekly.", "pleasantry"),
   ("N", "Since about a third of your summer covers are tourists, an Italian, English, German and French version could cut the time your waiters spend explaining dishes at each table.", "value tied to the prospect's own mix of guests")],
  [("T", "I've drafted the starters section as a sample, and I really hope it's alright that I went ahead, so please don't feel you have to use it.", "draft sample plus approval-seeking and pre-emptive release"),
   ("T", "The quote is £720, and I'm so sorry it's come out higher than I'd hoped; translation is slow work and I feel bad about it.", "quote plus apology for the price"),
   ("S", "Between us, I'd love this one for my portfolio, since a trattoria menu would look wonderful on my new website.", "seller's own wish for her portfolio"),
   ("ST", "It would honestly mean the world to me if you said yes, as I've only just gone freelance.", "pleading for the seller's own sake"),
   ("T", "Shall I come in on Monday morning before service to go through the mains with your chef, or would that be a terrible imposition?", "meeting ask plus approval-seeking")])

# 4
email("mobile climbing wall hire for the dunmore village gala", "terse", "Climbing wall, 12 July", "Hi Rob,", "Thanks,\nKeeley",
  [("N", "Confirming the 7.5 m wall is free for your gala on 12 July.", "logistics on the prospect's own date"),
   ("N", "It needs a flat pitch of 10 by 6 metres and a 16 amp supply within 25 metres.", "technical prerequisites"),
   ("N", "Two of our instructors run it, so your volunteers won't be tied up supervising.", "'our', but the value is the customer's"),
   ("N", "Quote attached, £640 for the day including insurance.", "price asked for"),
   ("N", "Can you confirm the pitch size by Friday so we can plan the layout?", "plain logistics ask with a date")])

# 5
email("mortuary refrigeration for the ellerby funeral directors", "non-native English", "About the cold room for your premises", "Dear Mr Ellerby,", "With big respect,\nTomasz Wilk",
  [("N", "I am writing again about the four-body cold room we discussed on the telephone.", "single follow-up line"),
   ("T", "Please forgive me that I disturb you one more time, I know you are very busy man and I am only small supplier.", "self-abasing apology for following up"),
   ("T", "Maybe if it is possible, perhaps you could maybe look at the quotation when you have some free minute?", "quotation ask plus stacked hedges and permission")],
  [("N", "The unit keeps a steady 4 degrees and sends a text to your phone if the door is left open.", "product detail tied to the need"),
   ("T", "The price is 6,800 euro, but if it is too much I can make it less by fifteen percent, no problem at all.", "price plus unprompted discount"),
   ("ST", "For me it will be very big help if you order, because this month I have no sales and my boss is looking at me.", "pleading for the seller's own sake, no date pressed")])

# 6
email("moss removal for the tolworth bowls pavilion roof", "chatty", "Pavilion roof moss", "Morning Geoff,", "Cheers,\nDanny",
  [("N", "Had a good look at the pavilion roof from the green on Saturday.", "pleasantry"),
   ("N", "The north slope has moss thick enough to lift the tiles, which is probably why the changing room ceiling is staining.", "insight from an inspection"),
   ("H", "It wants doing before the autumn rains, and to be blunt, if the committee dithers again you'll be paying for a new roof instead.", "timing advice plus shaming the committee's dithering")],
  [("S", "The wash comes with a two-year regrowth guarantee, and we're the only moss firm in Surrey with a Which? Trusted Trader badge and five stars on every review site going.", "guarantee detail plus generic credential boasts"),
   ("S", "Between you and me, my gaffer says if I don't land a couple of club jobs this month he'll take me off the commercial side.", "seller's standing and need, no date pressed"),
   ("N", "I can do it with a soft brush and a biocide wash for £480, no scaffolding needed.", "price and method"),
   ("HS", "So can you get me a yes at Thursday's committee meeting and save my bacon?", "date for a yes with the seller's own reason")])

# 7
email("microscope servicing for the kirkdale college labs", "formal", "Annual microscope service, Kirkdale College", "Dear Dr Okafor,", "Yours sincerely,\nHelen Marsh\nMarsh Optical Services",
  [("N", "Thank you for your enquiry regarding the 32 compound microscopes in your biology labs.", "pleasantry"),
   ("N", "As requested, the annual service comes to £22 per instrument, including cleaning, alignment and a written condition report for your inventory.", "price asked for"),
   ("S", "Our engineer can service all 32 on site over two days, and our firm has been named Optical Service Provider of the Year three years running.", "on-site detail plus award boast"),
   ("S", "The service covers objective cleaning, stage lubrication, condenser alignment, bulb replacement, fine-focus adjustment, mechanical stage repair, eyepiece recalibration and camera setup.", "feature list with no outcome for the prospect")],
  [("H", "I have taken the liberty of reserving 3 and 4 August and attaching the purchase order for your signature, so there is nothing further for you to decide.", "purchase order attached plus assumptive booking before a yes"),
   ("T", "I do hope the enclosed breakdown is helpful, and I apologise in advance if it is far more detail than you wanted.", "breakdown enclosed plus apology for length"),
   ("N", "If those dates clash with your summer works, please let me know which week the labs are empty.", "plain logistics ask")])

# 8
email("mole control for the ashvale cricket ground", "blunt", "Moles on the square", "Keith,", "Steve Haddon\nHaddon Pest & Mole",
  [("N", "Saw the photos of the outfield, and those hills along the boundary are fresh workings from at least two moles.", "insight from the prospect's photos"),
   ("H", "Frankly, you can't run a cricket season on that ground without us, so let's not pretend this is a choice.", "telling the prospect what they need"),
   ("H", "Three clubs in your league have already signed with us, and they'll be playing on flat wickets while you're out with a shovel.", "peers already bought, shaming")],
  [("H", "Trapping runs for three weeks with visits every other day and nothing toxic near the grass, so honestly I can't think why any groundsman would say no.", "product detail plus shaming: any groundsman would"),
   ("S", "The programme costs £350, and I've personally caught more moles than anyone in Yorkshire, which my lads never let me forget.", "price plus personal boast"),
   ("H", "I can start on Saturday morning, and I'll be at the ground setting the first traps then unless you ring to stop me.", "start date plus turning up uninvited, silence means go ahead")])

# 9
email("nail bar ventilation for the glossbox salons", "warm", "Ventilation for the three Glossbox salons", "Hi Priya,", "Best wishes,\nRuth",
  [("N", "It was lovely to see the new Eastgate branch, and your team clearly takes pride in the place.", "pleasantry"),
   ("N", "You told me two technicians have had headaches on busy afternoons, which fits the acetone readings we took at the back stations.", "prospect's own data"),
   ("N", "Downdraught tables at each station would pull the vapour away at source, and readings at a similar salon dropped by about two thirds.", "value tied to the prospect, proof turned into outcome")],
  [("N", "I'm sorry to hear your Leeds manager has been off sick; we can work around her return for that branch.", "sympathy"),
   ("N", "I've attached a plan for all three branches, with Eastgate first since that's where the complaints are.", "attachment"),
   ("N", "Does Wednesday at 10 suit you to go through it with your operations lead?", "meeting ask with a time")])

# 10
email("narrowboat engine servicing for the lockside holiday boats", "chatty", "Engine servicing before Easter", "Hiya Sam,", "Ta,\nLiam",
  [("T", "Only me again, sorry for cluttering up your inbox, I promise I'm not trying to be a pest!", "apology for following up"),
   ("N", "Your hire season opens on 28 March, and the twelve Beta engines will each need an oil, filter and impeller change before the first bookings.", "prospect's own date and a technical prerequisite"),
   ("S", "I'm dead excited about this one, to be honest, as it'd be the biggest fleet contract I've ever had.", "rep's excitement and stake, no demand")],
  [("T", "The quote's attached, and I've already knocked a hundred quid off it without you asking, since I know budgets are tight.", "quote attached plus unprompted discount"),
   ("ST", "Please say yes, it would honestly make my whole year.", "pleading for the seller's own sake"),
   ("N", "I can start the week of 2 March and have all twelve done in ten working days.", "plan with dates")])

# 11
email("nest cameras for the sandmere bird reserve", "formal", "Nest cameras for the tern colony", "Dear Ms Fairweather,", "Yours sincerely,\nOliver Brandt",
  [("N", "Thank you again for explaining on Tuesday how the tern colony is monitored.", "pleasantry"),
   ("T", "I have enclosed the specifications for the four solar-powered cameras, and please do forgive me for writing at such length when your time is so precious.", "specifications enclosed plus apology for length"),
   ("N", "The cameras stream at night without infrared glare, so the terns are not disturbed.", "product detail tied to the need")],
  [("S", "The cameras come with a year of remote support, and I would love to walk you through our entire range too, from thermal scopes to the trail camera app our engineers spent two years perfecting.", "support detail plus whole-product-suite pitch"),
   ("H", "The cameras are £1,150 each, but our allocation is almost gone and I cannot say when we will see more, so I would urge you to commit today.", "price plus vague scarcity and 'commit today'"),
   ("HS", "My director has asked me to have this order on the books by the 30th, so I would be grateful for your signature before then.", "deadline with the manager's wish as reason")])

# 12
email("newsletter design for the hearthstone credit union", "very deferential", "Member newsletter", "Dear Mr Adeyemi,", "With kind regards,\nFelicity Brook",
  [("T", "I do hope you won't mind me writing, and I completely understand if this isn't something you'd want to look at.", "approval-seeking and pre-emptive release"),
   ("N", "Your annual report showed member sign-ups flat for two years while the under-30 share of members fell to 11%.", "prospect's own data"),
   ("N", "A quarterly newsletter aimed at younger members, with a savings challenge in each issue, is one way other credit unions have turned that around.", "insight tied to the prospect")],
  [("S", "Two sample layouts are attached, and we have designed newsletters for some of the biggest names in banking, with a shelf full of design awards to show for it.", "samples attached plus generic boasts"),
   ("T", "I'd be ever so grateful for twenty minutes to go through them with you, at any point that happens to be convenient, if that would be alright.", "meeting ask plus permission-begging"),
   ("T", "And if the fee is an issue at all, please just tell me what would feel comfortable and I'll make it work.", "asks the buyer to name their number")])

# 13
email("nitrile gloves for the pennywell veterinary practices", "terse", "Glove pricing, four practices", "Hi Mark,", "Rgds,\nAmir",
  [("N", "Here's the pricing you asked for: £4.10 a box of 100 at your current volume of 60 boxes a month.", "price asked for"),
   ("N", "If you commit to a twelve-month supply, that drops to £3.80.", "concession traded for a longer term"),
   ("N", "The powder-free blue ones meet the EN 455 standard your clinical lead asked about.", "certification the buyer's process requires"),
   ("N", "Just a heads-up that the factory closes for Chinese New Year, so January orders should be in by 15 December.", "borderline: real supplier shutdown stated once with its reason")])

# 14
email("night shelter beds for the st giles winter shelter", "chatty", "Folding beds for the winter shelter", "Hi Ruth,", "Best,\nNadia",
  [("N", "So glad the council has confirmed your shelter can open on 1 December this year.", "pleasantry, prospect's own date"),
   ("N", "For 24 guests you'd want 24 folding beds and a couple of spares, and ours stack in a cupboard 1.2 metres wide.", "product detail tied to the prospect"),
   ("S", "Each bed takes a 20-stone load and wipes clean in seconds, and we've supplied the Olympic village and three royal palaces from our Sheffield works since 1898.", "product detail plus generic boasts")],
  [("H", "Charities that hesitate on this end up turning people away in January, and I don't think you want that on your conscience.", "guilt aimed at the prospect"),
   ("T", "I've attached the quote for 26 beds, and I'm sorry it isn't cheaper, I really did try.", "quote attached plus apology for the price"),
   ("HS", "It would mean a lot to me to close this before Christmas, because it would get me onto our company's charity wall.", "close-by date with the seller's own reason"),
   ("N", "Shall I drop a sample bed round to the hall on Tuesday?", "offer with a date")])

# 15
email("observatory dome repair for the hatherley astronomy club", "formal", "Dome shutter repair: findings and quote", "Dear Dr Pemberton,", "Yours sincerely,\nCharles Ameh\nAmeh Observatory Engineering",
  [("N", "Thank you for letting us inspect the dome on Saturday.", "pleasantry"),
   ("N", "The shutter motor is sound, but the drive chain has stretched by nearly 2%, which is why the shutter stalls halfway in cold weather.", "insight from an inspection"),
   ("H", "You need a new chain and sprockets before the winter observing season, and patching the old one will not hold.", "borderline: 'you need' directive delivered after a real inspection")],
  [("T", "The quote you asked for is attached at £1,850 for chain, sprockets and labour, and I do apologise that it is well above the figure I guessed at on the night.", "quote plus apology for the price"),
   ("T", "I quite understand if the committee finds it too much, and should they wish, I could take £300 off straight away with no change to the work.", "unconditional discount offered before any objection"),
   ("S", "The new chain carries a five-year warranty, and I should mention that we maintain the domes at two royal observatories and were written up in a national astronomy magazine last spring.", "warranty detail plus generic boasts")],
  [("N", "We can also fit a rain sensor that closes the shutter automatically, which would have protected the mirror during the August storm.", "value tied to the prospect's own incident"),
   ("N", "Could your treasurer let me know by the end of the month whether to order parts for a November fit?", "plain ask with a date")])

# 16
email("oven thermostat calibration for the crustworthy bakery", "non-native English", "Calibration of ovens", "Hello Mrs Janssen,", "Best regards,\nPieter van Dam",
  [("N", "Last week I measure your deck oven and it runs 18 degrees hotter than the dial says.", "insight from a measurement"),
   ("N", "This is why your sourdough bottoms are burning on the lower deck.", "insight tied to the prospect's problem"),
   ("H", "You must book the calibration now, otherwise you will keep throwing bread in the bin every day, it is simple.", "directive: now or keep losing")],
  [("H", "The calibration costs 260 euro and I have send you already the invoice, please pay it before I come.", "price plus invoice and payment before a yes"),
   ("S", "We can come on 3 March, and our company is the number one in calibration in all Benelux, with more than 4000 ovens done.", "visit date plus generic boast"),
   ("H", "If you do not answer this week I will go to the owner of the group, Mr Verhoeven, directly.", "bypass threat")])

# 17
email("oil painting restoration for the wickham town hall portraits", "warm", "The mayoral portraits", "Dear Councillor Hargreaves,", "With warm regards,\nIsobel Carr\nCarr Fine Art Conservation",
  [("N", "It was a privilege to see the portraits in the council chamber last week.", "pleasantry"),
   ("N", "The two eighteenth-century mayors have varnish so yellowed that the faces have gone amber, and there is a small tear in the lower corner of the Alderman Pike portrait.", "insight from an inspection"),
   ("S", "Our studio has been run by the same family for four generations, since my great-grandfather trained in Florence.", "borderline: heritage line")],
  [("S", "We restored a set of portraits for a royal palace last year and were shortlisted for a national conservation award, which was a real thrill for the whole team.", "boasts and the team's excitement"),
   ("S", "I have attached the condition report you asked for, with a phased plan, and I must say I'm rather proud of it, as it's the most thorough we've ever produced.", "report attached plus seller's pride"),
   ("HS", "I have spent three full days on this report without charging you a penny, so I do think the council owes me a decision at its next meeting.", "seller's effort used as guilt for a decision")])

# 18
email("outboard motor servicing for the kessock ferry", "terse", "Outboard service", "Alasdair,", "Callum",
  [("N", "Both 90 hp outboards are overdue their 200-hour service per your log.", "prospect's own data"),
   ("HT", "It's £640 for both, but book by Friday and I'll knock 20% off, after that it's full price and a six-week wait.", "price plus discount tied to the seller's date"),
   ("H", "You don't want to be the ferry that breaks down mid-firth with passengers aboard, do you?", "fear and sarcasm used to push"),
   ("N", "Service takes one day per engine at our slip.", "logistics")])

# 19
email("oboe reeds for the fenland wind band", "chatty", "Reeds for your oboe section", "Hi Margaret,", "All the best,\nJenna",
  [("N", "Thanks for letting me sit in on Tuesday's rehearsal, the Holst sounded terrific.", "pleasantry"),
   ("N", "Your three oboists told me they each go through about two reeds a month, mostly from cracking in the dry hall.", "prospect's own data"),
   ("S", "We're the favorite reed maker of four principal oboists in major American orchestras, and our reeds were featured in a double reed magazine's spring issue!", "boasts with exclamation")],
  [("T", "I know I'm probably overstepping, and I'm sorry if this comes across as salesy.", "apology for normal selling"),
   ("N", "I've put a trial pack of six medium-soft reeds in the mail so they can try them at the next rehearsal.", "leaving value"),
   ("H", "Once they've tried them, I'll go ahead and ship a box of 60 and bill the band, unless someone tells me not to.", "assumptive shipment and bill, silence means yes"),
   ("ST", "If you'd be willing to write us a short testimonial for our website, I'd happily take 25% off that first box.", "borderline: discount offered plus a testimonial favour for the seller")])

# 20
email("office removals for the pryce & ward law firm", "formal", "Office move, 14 to 16 September", "Dear Ms Pryce,", "Yours sincerely,\nGraham Ibbotson\nIbbotson Removals",
  [("N", "Thank you for showing us round the Chancery Street office on Monday.", "pleasantry"),
   ("N", "Given that your lease ends on 30 September, moving over the weekend of 14 September leaves a fortnight in hand if anything slips.", "the prospect's own deadline"),
   ("N", "Client files would travel in sealed, numbered crates with a chain-of-custody log, which your compliance partner said was essential.", "value tied to the prospect's requirement")],
  [("N", "We would disconnect and reconnect your IT on the Saturday so fee earners can log in on Monday morning.", "'we', but the value is the customer's"),
   ("N", "Our full quote is attached, and I would be glad to talk it through with you and Mr Ward on Thursday at 4.", "attachment and meeting ask")])

# 21
email("panic alarms for the cornmill pharmacy", "chatty", "Panic alarms after last week", "Hi Farah,", "Take care,\nJosh",
  [("N", "I'm so sorry to hear about the attempted break-in at the counter on Saturday; I hope your staff are okay.", "sympathy"),
   ("N", "A wireless alarm at the counter and the dispensary would alert the monitoring centre within seconds.", "value tied to the prospect"),
   ("H", "Honestly, after what happened, leaving your staff unprotected for even another week would be hard to justify to them.", "guilt aimed at the prospect")],
  [("H", "Every other pharmacy on Cornmill Parade has already had one fitted by us, so you'd be the odd one out.", "peers already switched"),
   ("H", "Fitting takes about two hours, and I've put your name down for Wednesday and attached the direct debit form, so I only need your bank details to finish it off.", "fitting detail plus assumptive booking and payment step"),
   ("S", "The system is £29 a month including monitoring, as you asked, and we've been voted best security installer in the Midlands five years running.", "price plus award boast")])

# 22
email("pet cremation service for the fernlea vets", "warm", "Pet cremation partnership", "Dear Dr Baines,", "Kind regards,\nMegan",
  [("N", "Thank you for taking my call on Monday, especially on such a busy surgery day.", "pleasantry"),
   ("N", "You mentioned that owners often ask how soon they can collect ashes, and our turnaround is five working days with a home delivery option.", "value tied to the prospect's question"),
   ("S", "I'm so proud of what we've built: a memorial garden, a bespoke urn range, paw print casts, a remembrance book and our own booking app.", "feature list plus rep's pride")],
  [("S", "Could I ask one small favour: would you be happy for us to list Fernlea as a partner practice on our website, even before we start?", "favour for the seller: logo listing"),
   ("H", "Two other practices in town have already moved their cremations to us, so you'd be the last one still with the old firm.", "peers already switched, shaming"),
   ("T", "I'd be glad to visit on Thursday to show your reception team how collections would work, if that isn't too forward of me.", "meeting offer plus approval-seeking"),
   ("ST", "I'll be honest, I really need a win this month to keep my team leader happy, so anything you can do would be so appreciated.", "pleading for the seller's own sake, no date pressed")])

# 23
email("planetarium show licensing for the starhaven science centre", "formal", "License for Voyage to the Outer Planets", "Dear Mr. Okonkwo,", "Sincerely,\nRebecca Hall\nNorthstar Fulldome Productions",
  [("N", "As requested, a two-year license for the full-dome show is $6,400, which includes the Spanish audio track your school groups asked for.", "price asked for"),
   ("N", "Your attendance data shows weekday school visits peak in February, so a January launch would catch the busiest term.", "prospect's own data"),
   ("S", "The show runs 38 minutes, which fits your school slots, and it has screened in more than 300 domes on six continents and won the top fulldome festival prize twice.", "running time plus generic boasts")],
  [("T", "I hope the attached contract is in order, and please forgive me if I've overstepped by sending it before we've spoken.", "contract attached plus approval-seeking apology"),
   ("HS", "My VP of sales has asked me to close our fiscal year with this deal, so I would need your signed agreement by June 30.", "deadline with the seller's fiscal year and VP as reason"),
   ("T", "If that is a problem, please do not worry at all, and I can of course ask my manager whether a further discount might be possible.", "deferring to the manager on an unrequested discount")])

# 24
email("playground inspections for the oakmere parish council", "terse", "Playground inspection quote", "Dear Mrs Dutton,", "Kind regards,\nSimon Reid",
  [("N", "Please find attached our quote for annual and quarterly inspections of the three parish playgrounds.", "attachment"),
   ("N", "Your insurer's letter requires an annual independent inspection by the end of March, so we've scheduled the first visit for early March.", "borderline: real external requirement stated once with its reason"),
   ("N", "Each report flags defects by risk level, so your handyman knows what to fix first.", "value tied to the prospect"),
   ("N", "Would you like me to attend the April council meeting to answer questions?", "plain offer")])

# 25
email("pool cover replacement for the linton spa hotel", "very deferential", "Pool cover", "Dear Mr Abara,", "With my sincere thanks,\nHarriet Lowe",
  [("T", "I'm terribly sorry to trouble you again, and sorry too for how long this email has turned out.", "apologies for following up and for length"),
   ("N", "Your engineer's log shows the pool heating bill has risen by about £900 a month since the old cover split in January.", "prospect's own data"),
   ("N", "A new insulated cover on a powered roller would likely bring that back down and cut the evaporation that's been fogging the spa windows.", "value tied to the prospect, one mild hedge")],
  [("T", "Would it perhaps be conceivable, if it isn't too much of an imposition, for us to have a short call about the options at some stage?", "call ask plus stacked hedges"),
   ("S", "The powered roller has a ten-year warranty, and our covers are fitted in over 400 five-star hotels across Europe and have won Spa Supplier of the Year.", "product detail plus boasts"),
   ("T", "I'd absolutely understand if you'd rather stay with your current supplier, and thank you for even reading this far.", "pre-emptive release and thanks for considering")])

# 26
email("portable toilets for the hartsdale half marathon", "non-native English", "Toilets for your half marathon", "Hello Mr Peters,", "Regards,\nAndrei Popescu",
  [("N", "For 2,500 runners the guidance is around one toilet for every 80 people at the start, so about 32 units.", "insight tied to the prospect"),
   ("H", "Many race organiser already take our units for May, only few are left, you must decide quick.", "scarcity without a date and hurry"),
   ("HST", "If you sign before end of this month I give 10% discount, because my manager say I must reach my target.", "discount tied to the seller's date with the seller's target as reason")],
  [("S", "Price is 85 pound per unit including delivery, cleaning and collection, and we have the most modern fleet in the country, with solar light, foot pump, mirror, hand sanitiser, baby change and music.", "price plus boast and feature list"),
   ("H", "I already reserve 32 units for your race day and I will send the contract for signature tomorrow.", "assumptive reservation and contract before a yes")])

# 27
email("pizza oven installation for the bell & anchor beer garden", "chatty", "Pizza oven for the beer garden", "Hi Tom,", "Cheers,\nBen",
  [("N", "Loved chatting at the beer festival, and your idea of weekend pizza nights in the garden sounds brilliant.", "pleasantry"),
   ("N", "A wood-fired oven on a brick base fits the corner by the shed, with 3 metres of clearance from the fence.", "product detail and logistics"),
   ("N", "You said garden trade drops off after 6pm, and pubs we've fitted have seen food keep people in for another hour or two.", "proof tied to the prospect's problem")],
  [("S", "I'll be honest, I'm buzzing about this job because it'd be our first pub and I'd love to splash it all over our Instagram.", "rep's excitement and the seller's publicity"),
   ("T", "It comes to £4,200 fitted, and if that's a bit steep I'm sure we can shave something off, no questions asked.", "price plus unprompted discount"),
   ("H", "You've already told me you love the idea, so let's not waste time getting quotes from other builders.", "overriding the prospect's own process"),
   ("H", "The build takes two days, and I've pencilled it in for 3 June and will send the deposit invoice tonight.", "build detail plus assumptive booking and invoice")])

# 28
email("point-of-sale tablets for the street feast food trucks", "blunt", "POS for your 9 trucks", "Hey Luis,", "Dev",
  [("N", "You said card payments are taking 40 seconds each at the lunch rush and the line backs up past the curb.", "prospect's own data"),
   ("S", "Our tablets take a tap payment in about three seconds and keep working offline at the ballpark, a feature I'm personally dying to show off because our team just shipped it.", "product detail plus rep's excitement and show-off"),
   ("H", "I saw you opened my last two emails three times each, so I know you've read them.", "pointing out opened-but-unanswered emails")],
  [("H", "At 40 seconds a card, every lunch rush you wait costs you around $300 in walk-aways, so let's not drag our feet.", "borderline: plausible cost of delay used to push"),
   ("H", "This is your shot at fixing it, and if you let it slide now you'll still be losing customers next summer.", "now or never"),
   ("S", "Pricing is $49 per truck per month with no setup fee, as you asked, and we're backed by the same VCs that funded two unicorns.", "price plus investor boast")])

# 29
email("quiet pods for the tessellate open-plan office", "chatty", "Quiet pods for the third floor", "Hi Chloe,", "Thanks,\nOwen",
  [("N", "Following up on our call about the noise complaints on the third floor.", "single follow-up line"),
   ("N", "Your staff survey found 64% of people leave the office to make private calls, so four single-person pods by the windows would cover most of the demand.", "prospect's own data tied to a recommendation"),
   ("T", "I know it's a big ask and I feel awful even mentioning the cost, which is £7,200 per pod.", "price plus apology for the price")],
  [("T", "Happy to knock a bit off if it helps you get it past finance, just say the word.", "unprompted discount"),
   ("S", "Each pod has its own fan and occupancy light, and they were designed by an ex-Dyson engineer and have appeared in Wired and a design museum shop.", "product detail plus generic boasts"),
   ("H", "Your neighbours in the Foundry building put pods in last month, and you don't want to be the only office on the street still taking calls in the stairwell.", "peers already bought plus shaming"),
   ("N", "Could we get 30 minutes with your facilities manager next Tuesday to check the floor loading?", "meeting ask with a date")])

# 30
email("quince supply for the ambleside jam makers", "warm", "Quinces for the autumn batch", "Dear Beth,", "All best,\nHugh",
  [("N", "Our quinces are colouring up nicely, and picking should start around 20 September.", "logistics"),
   ("N", "You mentioned last year's fruit came in too soft for membrillo, so I'd suggest we pick yours a week early and let them ripen in your store.", "insight tied to the prospect"),
   ("N", "For the 400 kg you asked about, the price is £2.40 a kilo delivered, which holds until 1 October, when our cold-store rent goes up.", "borderline: price asked for, with a factual expiry stated once with its reason"),
   ("N", "Just let me know which of the two September weeks suits your kitchen.", "one polite 'just' on a plain ask, not timidity")])

# 31
email("quilted removal blankets for the swiftmove removals firm", "terse", "Blankets", "Gary,", "Wayne",
  [("N", "Quote for 300 quilted blankets at £6.20 each attached, as requested.", "price asked for"),
   ("HS", "They can ship on Monday, but I need this one signed by Friday or I miss my bonus, so I'm counting on you here.", "ship date plus deadline with the seller's bonus as reason"),
   ("H", "Your vans look a disgrace next to the big national firms', honestly, and you know it.", "shaming the prospect")])

# 32
email("radiator flushing for the seabreeze guest house", "chatty", "Radiators at Seabreeze", "Hi Maureen,", "Thanks ever so much,\nKerry",
  [("T", "Me again, floating this back to the top of your pile, hope that's alright!", "checking-in variant plus approval-seeking"),
   ("N", "When I bled the radiators in rooms 4 and 7, the water came out black, which means sludge has built up in the system.", "insight from an inspection"),
   ("N", "A power flush would get the heat back into the cold rooms your guests mentioned in their reviews.", "value tied to the prospect's reviews")],
  [("T", "Honestly no rush, any time next year is fine, whatever suits.", "zero urgency, hands over control"),
   ("T", "I'm really sorry about the price, it's £420, I know that's a lot for a small place like yours.", "price plus apology for the price"),
   ("S", "I'd add inhibitor afterwards so the sludge doesn't come back, and we've got more five-star reviews than any heating firm in Cornwall, which I'm dead chuffed about.", "method detail plus generic boast")])

# 33
email("recycling bins for the hallam university campus", "formal", "Recycling bins for the campus", "Dear Dr Sharma,", "Yours sincerely,\nDr Paul Everett",
  [("N", "Thank you for sharing your waste audit, which shows 38% of general waste across the halls is recyclable card and plastic.", "prospect's own data"),
   ("N", "Placing four-stream bins at each hall entrance, rather than in kitchens, cut contamination by roughly half at two other campuses we supply.", "proof turned into advice for the prospect"),
   ("S", "We are Europe's fastest-growing recycling equipment company and recently closed a £12 million funding round led by two major investors.", "growth and investor boast")],
  [("H", "I have attached a draft order for 120 bins, which you can simply sign and return, as the decision is clearly a straightforward one.", "draft order attached plus assumptive 'simply sign'"),
   ("HS", "I have put a great deal of my own time into this proposal, and frankly I expect the courtesy of a decision by the end of the week.", "seller's effort used as guilt with a demand"),
   ("H", "I would be glad to present the plan to your estates team on the 12th, but if I do not hear from you, I will raise the matter directly with your Vice-Chancellor.", "meeting offer plus bypass threat")])

# 34
email("rowing machine servicing for the ironworks gym", "blunt", "Your rowers", "Yo Carl,", "Ricky",
  [("N", "Had a go on your rowers on Monday and three of them have a slipping chain and a sticky seat.", "insight from an inspection"),
   ("H", "Five messages now and not a peep back, mate, what's going on?", "counting attempts at the prospect"),
   ("H", "Every week those machines stay broken is another member cancelling, and you'll only have yourself to blame.", "cost of delay used with blame")],
  [("T", "I can service all eight for £35 each, parts at cost, and if that's too much just tell me your number and we'll go from there.", "price plus name-your-number"),
   ("S", "It's an afternoon's work and we'll bring spare chains, and we do the kit for two Premier League training grounds, not that I like to brag.", "logistics plus generic boast")])

# 35
email("rug cleaning for the danish consulate", "formal", "Cleaning of the reception rugs", "Dear Ms Sørensen,", "Yours sincerely,\nDaniel Whitlock",
  [("N", "Thank you for sending photographs of the three rugs in the reception rooms.", "pleasantry"),
   ("N", "Apologies for the slow reply; I was at a museum installation in Bath until yesterday.", "borderline: single courtesy apology with the reason"),
   ("N", "The large Heriz appears to be hand-knotted wool on a cotton foundation, so we would wash it by hand rather than use hot-water extraction.", "expertise tied to the prospect's rug")],
  [("N", "We can collect on a Monday or Tuesday, once your security team has cleared our van, and return the rugs within ten days.", "logistics"),
   ("N", "Would you like us to apply a moth treatment at the same time, given the damage you found on the smaller runner?", "insightful question")])

# 36
email("risk assessment training for the little acorns nursery staff", "warm", "Risk assessment training", "Hi Jo,", "Warmly,\nBecky",
  [("N", "Your Ofsted report flagged that outdoor risk assessments weren't being written down consistently.", "prospect's own data"),
   ("N", "Our half-day session trains your room leaders to write quick, dated assessments for the garden and trips, and they leave with a template.", "value tied to the prospect"),
   ("T", "Sorry if this is bad timing, and bin it if you're swamped, honestly, I'll understand!", "apology plus invitation to ignore")],
  [("T", "The fee for up to twelve staff is £380, as you asked, though I'll need to check with my boss whether I'm allowed to do it for less.", "price plus deferring to the manager on an unrequested discount"),
   ("S", "Each room leader gets a laminated checklist for trips, and we're rated Outstanding by every nursery we've ever trained, which I'm so proud of!", "product detail plus boast and rep's pride"),
   ("HS", "I've kept the 14th free for you, turning down another nursery to do it, so I'd really appreciate a yes this week.", "seller's sacrifice used to press for a yes")])

# 37
email("road markings for the hillcrest supermarket car park", "blunt", "Car park lining", "Dear Mr Hussain,", "Regards,\nMick Langley\nLangley Lining",
  [("N", "The bay lines and arrows in your car park have worn to the point where drivers are cutting across the disabled bays.", "insight"),
   ("N", "Your lease requires the car park to pass the landlord's inspection on 12 May, so the work would need to be finished before then.", "the prospect's own deadline"),
   ("HS", "My month closes on Thursday, so I'd like your order confirmed by then to make my numbers.", "deadline with the seller's month-end as reason")],
  [("S", "The thermoplastic lasts about five years under heavy traffic, and we have lined more than 2,000 car parks, including a national stadium's, with every industry accreditation going.", "product detail plus generic boasts"),
   ("T", "My apologies for the length of the attached proposal; I hope it isn't too much of an imposition to read.", "proposal attached plus apology for length"),
   ("H", "Frankly, I can't see what your board would gain from another meeting about it, so let's just get it done.", "overriding the prospect's own process")])

# 38
email("rope course inspection for the treetop trek adventure park", "chatty", "Annual inspection of the high ropes", "Hi Stefan,", "Cheers,\nAlfie",
  [("N", "Your last inspection report was dated 18 April, so the next one falls due before the Easter holidays.", "the prospect's own date"),
   ("N", "We load-test every harness anchor to 12 kN and photograph each platform, so your insurer gets the evidence it asks for.", "value tied to the prospect"),
   ("H", "Other parks in the Lakes booked us back in January, and you'll be left scrambling if you wait any longer.", "peers plus vague scarcity")],
  [("T", "I hope you don't think I'm being pushy, it'd really upset me if you were annoyed with me.", "approval-seeking"),
   ("HS", "I drove up twice last winter to look at your site for nothing, so I reckon I've earned this booking.", "seller's effort used as entitlement to a booking"),
   ("T", "Does the week of 24 March work for a two-day visit, or honestly any week at all that's easier for you?", "meeting ask plus handing over all control")])

# 39
email("reservation system for the copper kettle bistro", "terse", "Booking system trial", "Hi Nell,", "Thanks,\nJas",
  [("N", "You said no-shows cost you around 15 covers every Saturday.", "prospect's own data"),
   ("N", "Our system texts a reminder the day before and takes a card to hold tables of six or more, which is where most of your no-shows come from.", "value tied to the prospect"),
   ("N", "The first month is free, then £39 a month.", "price"),
   ("N", "Want to see it working on your own floor plan?", "borderline: bare demo ask")])

# 40
email("retaining wall repair for the hillside terrace gardens", "warm", "Retaining wall at Hillside Terrace", "Dear Mrs Oduya,", "Kind regards,\nSam Achebe\nAchebe Stonework",
  [("N", "Thank you for walking me round the gardens on Friday.", "pleasantry"),
   ("N", "The bulge in the lower wall comes from blocked weep holes, which let water build up behind the stone after heavy rain.", "insight from an inspection"),
   ("N", "I'd recommend rebuilding the worst eight metres and clearing the drainage along the rest, rather than rebuilding the whole run.", "confident recommendation")],
  [("N", "The quote you asked for is attached at £9,600.", "price asked for"),
   ("T", "I'm conscious it's a lot of money, so I'm very sorry, and I'd be willing to drop it to £8,000 if that makes things easier.", "apology for the price and unprompted discount"),
   ("S", "The rebuilt section comes with a ten-year guarantee, and we won a heritage craft award last year and have been on a television gardening programme twice.", "guarantee plus generic award boasts")],
  [("ST", "It would be a real boost for me as the firm's newest estimator to bring in a job like yours, so please, please give me a chance.", "pleading for the seller's own sake"),
   ("HT", "If you can confirm by the 20th I'll hold that reduced figure, but after that I can't promise anything.", "discount tied to the seller's date"),
   ("N", "I could start on 3 June, after your open garden weekend.", "start date offer around the prospect's event")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s80e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s80-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed80: held-out sales emails for the Poise tone coach\n")
    R.append("> **Training data since the thirteenth session.** This set was once sealed and was read several times while sealed (its\n> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).\n> It measures nothing now.\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the eleventh session) from the labelling guide alone, before any of that session's changes, which it was\nwritten to judge, and measured first on the code before them (rules + model macro-F1 0.928: hard_close 0.920,\nself_serving 0.917, timidity 0.946; 3 of 107 clean sentences flagged; email agreement 0.925 / 0.900 / 0.975).\n")
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
    R.append("- Every third email (s80e003, s80e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
