#!/usr/bin/env python3
"""Build sealed90: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
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
email("aquaponics system for the pennington primary school garden", "chatty", "Fish, veg and your Year 5 science unit", "Hi Priya,", "Cheers,\nDan",
  [("N", "Thanks for showing me round the school garden on Tuesday; the kids' raised beds are brilliant.", "thanks and a pleasantry"),
   ("N", "Pairing a 300-litre fish tank with two grow beds would let Year 5 run the whole nitrogen-cycle unit hands-on instead of from the textbook.", "value tied to the school's curriculum"),
   ("S", "We've built more than four hundred of these systems and never once lost a fish, which is a record nobody else round here can touch.", "generic boast with no link to the school")],
  [("T", "I've attached the costing you asked about, and honestly if it feels too dear I'm sure I can shave a good chunk off.", "requested costing plus an unprompted discount"),
   ("H", "Most of the primaries in your trust already have one humming away, so Pennington is starting to look like the odd one out.", "peers already bought, shaming the school"),
   ("S", "My manager keeps asking when I'll finally land a school, so you'd be doing me a real favour.", "the rep's manager and a favour for the seller, no date"),
   ("T", "Could we look at the site together next Wednesday, only if you have a spare minute of course, no rush whatsoever on my end?", "meeting ask plus minimising and permission-seeking")])

# 2
email("ballet barres for the gallowgate dance school", "blunt", "Your studio two barres", "Morag,", "Alec",
  [("N", "The wall-mounted barres in your studio two are pulling out of the plaster, which is why they wobble when the older girls lean on them.", "observation from the visit"),
   ("N", "Freestanding double-height barres are £180 a set, as you asked, and they avoid the plaster problem entirely.", "requested price and a fix for her problem"),
   ("H", "They fix the plaster problem for good, so replace them now or explain to a parent why a child fell.", "product benefit plus an ultimatum built on fear")],
  [("H", "Frankly, a dance school that lets its barres wobble like that isn't taking its pupils seriously.", "shaming the prospect"),
   ("H", "I'll bring four sets over on Thursday and leave the invoice with your receptionist, so no need to reply unless you object.", "delivery date plus assumptive invoice and silence taken as yes")])

# 3
email("fairground ride inspection for the kelda pier funfair", "formal", "Annual examination of the big wheel and waltzer", "Dear Mr Rhys,", "Yours sincerely,\nHelen Ward\nRide Safety Inspections Ltd",
  [("N", "Thank you for your time on the pier last week, and for sending the maintenance logs for the waltzer and the big wheel.", "thanks"),
   ("N", "The logs show the big wheel's thorough examination was last carried out in April, and your insurer requires a fresh certificate before the season opens on 1 April, so the examination will need to be done in March.", "borderline: real external requirement from the insurer, stated once with its reason")],
  [("N", "We can examine both rides in the same visit, which saves you a second day of closure.", "value tied to the prospect"),
   ("N", "Would the 10th or the 17th of March suit your engineer?", "clear next step with dates")])

# 4
email("batting cage nets for the oakhanger cricket club", "very deferential", "Netting for the practice lanes", "Dear Mr Aldous,", "With my very best wishes,\nEleanor Pike",
  [("T", "I do hope you'll forgive me writing to you a third time, and please tell me if I'm overstepping.", "apology for following up and approval-seeking"),
   ("T", "I was rather wondering whether the committee might perhaps feel able to consider the netting I mentioned, if that isn't presumptuous of me.", "stacked hedges and permission-seeking"),
   ("N", "The knotless polyethylene net takes a hard ball at full pace without the sagging your juniors complained of, and it is rated for eight seasons outdoors.", "product value tied to the club's complaint")],
  [("T", "The price you asked for is £1,450 for both lanes, and I'm dreadfully sorry that it's rather more than the old nets cost.", "requested price plus an apology for the price"),
   ("S", "It would mean the world to me personally, as the club would be my very first order since I set up on my own.", "the seller's own feelings and stake, no demand"),
   ("T", "If the committee would like a third lane netted too, whatever figure it feels is fair I'd gladly accept.", "offer of a third lane plus asking the buyer to name the number")])

# 5
email("athletics hurdles for the westmead harriers", "terse", "Hurdles quote", "Hi Gaz,", "Lee",
  [("N", "Quote attached for 20 adjustable competition hurdles.", "attachment, logistics"),
   ("H", "Three other clubs in your league switched to us this spring, and you're the last one still training on the old wooden ones.", "peers already switched, shaming"),
   ("HS", "Delivery's ten days, but I need the go-ahead by the 30th because that's my month end.", "delivery lead time plus a seller-driven deadline (month end)"),
   ("H", "No reply by then and I'll book delivery for the 2nd anyway.", "silence taken as consent"),
   ("N", "Any questions, ring me.", "plain offer of help")])

# 6
email("brick repointing for the linbury garden centre walled garden", "warm", "Your walled garden", "Hello Jenny,", "Warm regards,\nSam",
  [("N", "It was good to meet you and Tom on Friday, and lovely to see the espaliers against that old wall.", "pleasantry"),
   ("N", "I've marked the eleven sections where the mortar has washed out, and the photos are in the attached report.", "findings and attachment"),
   ("N", "Lime mortar is the right choice for brick of that age, because cement would trap moisture and spall the faces within a few winters.", "expert recommendation with its reason")],
  [("S", "I'm so excited about this job, honestly, it's the kind of wall that makes my whole week!", "the rep's excitement, no customer value"),
   ("S", "We're the only firm in the county with a full-time lime specialist, we've won the regional heritage trophy twice, and every one of our crews is in-house.", "boasts and awards"),
   ("HS", "I've kept March free for your wall by turning down two other jobs, so I'd be really let down if you went elsewhere.", "availability plus the seller's sacrifice and feelings as guilt"),
   ("N", "Would a start on Monday the 9th, after your Mother's Day rush, work for you?", "clear next step around the prospect's dates")])

# 7
email("barn owl boxes for the ferndown estate", "non-native English", "Owl boxes for your granary", "Dear Mrs Halloran,", "Best regards,\nTomasz Nowak",
  [("N", "Thank you for your message about the owls which your gamekeeper has seen near the old granary.", "thanks"),
   ("S", "Our company is existing since 1987 and we are the biggest maker of owl boxes in whole Europe.", "generic boast: years in business and size"),
   ("S", "Also we make kestrel box, swift box, bat box, hedgehog house, insect hotel and bird table, all from larch wood.", "product list with no link to her need")],
  [("N", "The box for barn owl should be minimum 4 metres high, facing open ground, and on a site visit we can show the best trees.", "expert advice"),
   ("H", "The boxes are 60 euros each, and many estates in your county have ordered already, you should not be the last one.", "price plus peers already bought and shaming"),
   ("H", "Please send us today the bank form so we can fix the order, the two boxes go out on Monday.", "delivery date plus an assumptive payment step")])

# 8
email("cupboard safety latches for the linfield nursery", "formal", "Cupboard latches in the baby and toddler rooms", "Dear Ms Osei,", "Kind regards,\nMartin Hale",
  [("N", "Following our visit on Wednesday, I have listed the twenty-two low cupboards and drawers in the baby room and the two toddler rooms that currently open with a single pull.", "findings from the visit"),
   ("N", "Magnetic latches can be fitted inside each door, so nothing shows on the outside and staff open them with a key kept above child height.", "product detail tied to the nursery"),
   ("N", "The fitting takes one afternoon and can be done after the children have gone home.", "logistics")],
  [("N", "Sorry to hear the heating failed last week; I hope the rooms are warm again now.", "sympathy, not self-abasement"),
   ("N", "Shall I book the 21st, or is there a date that fits better around your parents' evening?", "clear next step with a date")])

# 9
email("boot dryers for the scafell mountain rescue team", "chatty", "Dry boots by morning", "Hiya Rob,", "Cheers,\nBeth",
  [("T", "Me again, hope I'm not cluttering up your inbox too much!", "apologetic follow-up, approval-seeking"),
   ("T", "Totally get it if you're flat out with callouts, so do ignore me if need be.", "inviting the prospect to ignore her"),
   ("N", "The twelve-pair dryer runs at 40 degrees, so boots soaked on a night callout are dry for the morning shift.", "product value tied to the team")],
  [("T", "It's £640, and if that's a stretch I could probably take a hundred off without anyone minding.", "price plus an unprompted discount"),
   ("HT", "I could even throw in free delivery if you let me know by Friday?", "freebie tied to the seller's date"),
   ("S", "The dryer comes with a two-year warranty, and a photo of your team with it for our Instagram would really help me out with my boss.", "warranty detail plus a favour for the seller")])

# 10
email("brewing kettle descaling for the toll bar microbrewery", "blunt", "Your kettle's slow boil", "Hi Kev,", "Cheers,\nPaddy",
  [("N", "Your brewer mentioned the kettle is taking 20 minutes longer to reach the boil than it did last year.", "the prospect's own observation"),
   ("N", "That's classic scale on the elements, and on the gas bills you showed me it works out at roughly £60 a month in extra fuel.", "cost from the prospect's own data, offered as information"),
   ("H", "Our descale takes one day and brings the boil time back down, so the only sensible move is to book today before you pour more cash away.", "product detail plus a push to book today")],
  [("S", "The descale comes with a written report for your insurer, and we're the only outfit in the north with thirty years in the game and a shelf of trade awards.", "report detail plus years in business and awards"),
   ("H", "I'll be at the brewery first thing tomorrow with the rig, whether you reply or not.", "turning up uninvited")])

# 11
email("basketball hoops for the harrowfield university sports centre", "formal", "Adjustable hoops for the side courts", "Dear Dr Kaplan,", "Yours sincerely,\nJames Orton",
  [("N", "Many thanks for sending the sports centre's usage figures, which I read with interest.", "thanks"),
   ("S", "I am writing partly because my regional director has asked me personally to win a university account this term.", "the rep's manager as the reason to write, no date on the prospect"),
   ("S", "Our hoops lift from 2.6 to 3.05 metres in seconds, and they are used by professional franchises, featured in three coaching magazines and backed by a well-known investment fund.", "height detail plus boasts and investors")],
  [("N", "Your figures show the main hall booked out every evening, and height-adjustable hoops on the two side courts would let the junior sessions move there and free the hall for the league.", "value from the prospect's own figures"),
   ("T", "I would be glad to visit on the 12th, though I appreciate you may well be far too busy, so please don't feel obliged to reply.", "meeting ask plus excusing a non-reply"),
   ("HS", "The order form is attached, and if it could reach me before the 31st it would make my half-year figures look rather good.", "order form plus a seller-driven deadline (half-year figures)")])

# 12
email("cable ducting for the sandyford business units", "warm", "Ducting route and quote", "Hi Carol,", "Best wishes,\nNina",
  [("N", "Thanks for sending the site plan through so quickly.", "thanks"),
   ("N", "Apologies for the slow reply; our estimator was off sick, and the full quote is now attached.", "borderline: single courtesy apology for a real delay, with the reason and the fix")],
  [("N", "Running the ducts along the north wall avoids lifting the tarmac at the gate, which saves about £2,000 on reinstatement.", "concrete value for the prospect"),
   ("N", "The duct prices are held until the 28th, when our supplier's quarterly price list changes.", "borderline: factual price expiry stated once with its reason, no urgency"),
   ("N", "Could we walk the route together on Thursday at 2?", "plain meeting ask with a time")])

# 13
email("chain of office restoration for the ruthwell town council", "very deferential", "The mayoral chain", "Dear Councillor Brandt,", "Yours most respectfully,\nGeoffrey Lamb",
  [("T", "Please accept my humble apologies for troubling you once more, and for the length of my previous letter.", "apologies for following up and for length"),
   ("N", "The photographs you asked for are with your clerk, showing the worn enamel on the centre badge and the two stretched links.", "requested material, logistics"),
   ("T", "I hardly dare suggest it, but perhaps the links might possibly be re-soldered rather than replaced, if you felt that could conceivably work.", "repair option plus stacked hedges")],
  [("T", "The price you asked about is £640; I know that's a great deal, and I'm so sorry it can't be less.", "requested price plus an apology for the price"),
   ("ST", "I would be ever so grateful for the commission, as my employer has been rather disappointed in my figures of late.", "pleading for the seller's own sake"),
   ("N", "The work can be finished well before the mayor-making ceremony on 14 May, which your clerk mentioned.", "the prospect's own date")])

# 14
email("chainsaw training for the glenmore forestry crew", "blunt", "CS30/CS31 for your crew", "Angus,", "Fraser",
  [("N", "Good to hear the windblow clearance at Kielder went well.", "pleasantry"),
   ("H", "Third message this month and still nothing from you, which is frankly a bit rude.", "counting attempts at the prospect, entitlement"),
   ("H", "My system shows you've opened the course outline four times, so don't tell me you haven't seen it.", "pointing out opened-but-unanswered email")],
  [("N", "The CS30 and CS31 units run over four days at your own yard, which keeps the crew on site.", "product detail tied to the prospect"),
   ("H", "The May dates are on the attached sheet, and a manager who actually cared about his lads' hands and legs wouldn't still be sitting on them.", "attached dates plus shaming"),
   ("HS", "The crew could be trained in the first week of June, and a booking before the month's out would also clinch my trainer-of-the-year bonus.", "proposed dates plus a seller-driven deadline (bonus)")])

# 15
email("dairy cluster liners for the fellbeck farm", "chatty", "Those silicone liners", "Hey Nadia,", "Talk soon,\nMaddie",
  [("N", "Great chatting at the dairy show, and congrats on the ribbon for your Holstein heifer!", "pleasantry"),
   ("N", "The silicone liners you tried last month last 10,000 milkings instead of 2,500, so your team changes them four times a year instead of every few weeks.", "value tied to the farm's trial"),
   ("S", "So I'm basically one order short of the President's Club trip to Lisbon this year, ha.", "the rep's own target, no date on the prospect")],
  [("HS", "I've put the order form in here too, and if you could get it back before Friday it'd honestly make my whole year.", "order form plus a seller-driven deadline phrased as a wish"),
   ("H", "They come in packs of 48 for your 12-point parlor, and every farm at the show was asking about them, so stock won't hang around.", "pack detail plus scarcity without a date"),
   ("ST", "Please, please don't leave me hanging on this one, I'm kind of begging here.", "pleading for the seller's own sake")])

# 16
email("coffin supply for harrow & sons funeral directors", "formal", "Oak veneer range", "Dear Mr Harrow,", "Yours sincerely,\nAnne Keel",
  [("N", "Thank you for meeting me on Monday, and please pass my condolences to your staff on the loss of your long-serving bearer, Mr Platt.", "thanks and sympathy"),
   ("N", "As discussed, our oak veneer range matches the three models you currently stock, at £40 less per unit on your usual order of twenty a month.", "concrete value from the prospect's own volumes")],
  [("N", "Delivery is by our own driver, who is trained to unload discreetly at the rear entrance.", "logistics tied to the prospect"),
   ("N", "I'll telephone on Thursday morning to hear what your partners think.", "single clear follow-up")])

# 17
email("bracken clearance for the wyndham community farm", "warm", "The top field", "Dear Ruth,", "Best wishes,\nOwen",
  [("N", "Thank you for walking me up to the top field; your volunteers have done wonders with the hedges.", "thanks and pleasantry"),
   ("T", "I just wanted to pop up in your inbox again and see whether you'd had any thoughts, whenever suits.", "'just wanted to' follow-up as the email's purpose, minimising")],
  [("N", "Cutting the bracken twice a summer for three years would weaken the rhizomes enough for the grass to come back, which is what your grazing plan needs.", "expert value tied to the prospect's plan"),
   ("T", "I feel awful even bringing up money, but it would be £45 an acre per cut.", "price plus an apology for the price"),
   ("S", "We're the first community-land contractor in the county to win a Green Apple award, three years running.", "award boast")],
  [("T", "I'll ring on Friday as we agreed, but of course if you'd rather not, I completely understand and I'll quietly step back.", "agreed call plus pre-emptively releasing the prospect")])

# 18
email("costume laundering for the alhambra theatre panto", "blunt", "Panto wardrobe", "Hi Marcus,", "Neil",
  [("N", "The costume list comes to 140 pieces, and the quote you asked for is attached.", "requested quote"),
   ("HS", "I stayed past midnight sorting your wardrobe list, so the least I'd expect is a yes or no by Monday.", "the seller's effort as guilt, with a demand"),
   ("H", "Your panto opens in six weeks, and you'll look like amateurs if the dame's frocks still smell of last year.", "the prospect's own date plus shaming")],
  [("N", "Laundering and repairs take eight days, so the latest safe collection is the 3rd.", "logistics worked back from the prospect's date"),
   ("H", "I've told the crew to hold the 3rd for you, so I'll take it we're on unless you shout.", "collection date plus assumptive booking")])

# 19
email("bridleway waymarking for the kirkmoor district council", "formal", "Kirkmoor bridleway loop: tender response", "Dear Ms Fairbairn,", "Yours sincerely,\nPeter Dunmore",
  [("N", "Thank you for the tender pack for the Kirkmoor bridleway loop.", "thanks"),
   ("S", "We are widely regarded as the foremost waymarking firm in Britain, with schemes from Cornwall to Caithness and a shelf of industry trophies.", "generic boast and awards"),
   ("N", "Your consultation found that riders most often missed the turn at Hob Lane, so we have proposed a post at mounting height there rather than a low disc.", "insight from the prospect's consultation")],
  [("S", "The priced schedule is enclosed as requested, and we would be grateful if the council could name us as its waymarking partner in its next press release.", "requested schedule plus a favour for the seller's publicity"),
   ("H", "Our proposed posts are on the enclosed map, and frankly a council of Kirkmoor's standing cannot be seen with faded discs any longer.", "enclosed map plus shaming"),
   ("N", "Might we present the proposal to your cabinet member on the 4th?", "clear next step with a date")])

# 20
email("darkroom chemicals for the pinehurst college photography department", "chatty", "Developer and fixer for next year", "Hi Mr Okafor,", "Thanks!\nJo",
  [("T", "Sorry, sorry, I know I keep popping up!", "apology for following up"),
   ("N", "The fixer you use is being discontinued by the maker in August, so I've quoted the nearest equivalent.", "borderline: vendor end-of-life stated once with its reason"),
   ("N", "A year's supply for your three classes would be 40 litres of developer and 30 of fixer, based on the usage you sent.", "figures from the prospect's own data")],
  [("T", "The quote for that is attached, and if the budget's tight I'm happy to go halves on shipping or knock off whatever you think is fair.", "attachment plus an unprompted concession and the buyer naming the number"),
   ("HT", "Shipping is free over £200, and I can also hold last year's price if you order before the end of next week.", "shipping terms plus a price concession tied to the seller's date"),
   ("S", "Everything ships from our Leeds warehouse, which has been supplying darkrooms since 1962 and is practically part of photographic history!", "shipping detail plus years in business with an exclamation")],
  [("T", "Anyway, no stress if this isn't a priority, I'll try again after the summer.", "giving up at once without a question")])

# 21
email("autoclave servicing for the marley veterinary hospital", "terse", "Autoclaves", "Hi Dev,", "Ryan",
  [("N", "Survey done: your three autoclaves are due their annual pressure-vessel examination in June.", "fact from the survey"),
   ("N", "Price is £540 for all three, including the written scheme update.", "price"),
   ("N", "We can service them on a Sunday so no theatre lists are lost.", "logistics tied to the prospect"),
   ("N", "Can you confirm the 14th?", "plain ask with a date")])

# 22
email("footpath boardwalk for the arnside woodland trust", "warm", "Boardwalk under the alders", "Dear Fiona,", "Best,\nIsla",
  [("N", "I hope the planting day went well despite the rain.", "pleasantry"),
   ("HS", "I've now drawn up four versions of the boardwalk plan for you without charge, and to hear nothing back is honestly quite hurtful.", "the seller's effort and hurt as guilt"),
   ("T", "Sorry if that sounds cross, I really don't mean to upset you.", "apology seeking approval")],
  [("H", "The crew can start on 1 April, and your trustees can argue the details later, so what matters now is the signed order.", "start date plus overriding the trustees' process"),
   ("N", "The recycled-plastic boards on the attached plan won't rot or turn slippery under the alders, which is where your volunteers said people keep falling.", "product value tied to the prospect's problem"),
   ("S", "It would also be a lovely showcase for our brochure, which is partly why I've been so keen.", "the seller's publicity as the motive")])

# 23
email("combi oven leasing for the saffron spice restaurant", "non-native English", "Combi oven for your kitchen", "Hello Mr Rahman,", "Kind regards,\nAhmet",
  [("N", "Thank you for letting me see your kitchen on Saturday evening.", "thanks"),
   ("H", "Your kitchen must have this oven, it is not a question anymore.", "directive: telling the prospect what he needs"),
   ("N", "The oven is steaming and roasting in one cabinet, so your chef can cook the rice and the lamb together and save one hour every evening.", "product value tied to the kitchen")],
  [("H", "The lease is £210 a month, but my warehouse has only two of this model at that rate, and the pizzeria on your street is asking already.", "lease price plus scarcity and a rival buyer"),
   ("S", "My boss says if I sign three restaurants in this month I become team leader.", "the rep's own career goal, no date on the prospect"),
   ("HT", "I send you the lease form today, and if you sign it for the driver on Wednesday I make the first month free.", "lease form plus assumptive signing and a freebie tied to the seller's date"),
   ("T", "Or if the price is problem, you tell me what is good for you and I make it.", "asking the buyer to name the number")])

# 24
email("fibreglass slide repair for the kenmore lido", "chatty", "Your slide", "Hi Lou,", "Cheers,\nKit",
  [("N", "Lovely to finally see the lido in person, what a spot!", "pleasantry"),
   ("N", "The slide's gelcoat is crazed on the two bends and the joint flanges are weeping, which your lifeguards noted in their daily checks.", "findings tied to the prospect's own records"),
   ("T", "I've put the price in the quote but I'm a bit embarrassed by it, so do tell me if it's way off.", "price plus embarrassment about it and approval-seeking")],
  [("S", "We did the flumes at two of the biggest water parks in Europe, you know, so we're kind of a big deal in this little world!", "generic boast"),
   ("ST", "I'd be so grateful if you went with us, it's been a rough quarter and this would really lift me.", "pleading for the seller's own sake"),
   ("T", "I can be back on the 15th to start, only if it's not a bother, so could you maybe let me know either way at some point?", "start date plus permission-seeking and hedges")])

# 25
email("archaeological watching brief for the orchard mews development", "formal", "Condition 7: watching brief", "Dear Mr Pearce,", "Yours sincerely,\nClaire Bell",
  [("N", "Thank you for sending the planning decision notice for Orchard Mews.", "thanks"),
   ("N", "Condition 7 requires an archaeological watching brief during the groundworks, and your programme shows the foundations starting on 2 June, so our archaeologist would need to be on site from that date.", "planning condition and the prospect's own date"),
   ("N", "The fee is £2,300 for up to fifteen site days, with the report to the county archaeologist included.", "price and scope"),
   ("N", "Please let me know whether your site manager would like a short briefing the week before.", "plain offer")])

# 26
email("barn ventilation fans for the hillcroft poultry farm", "blunt", "Fans before summer", "Morning Bill,", "Steve",
  [("N", "Your stockman told me the shed temperature hit 31 degrees twice last July and you lost birds both times.", "the prospect's own data"),
   ("N", "Going by the mortality figures you shared, the new fans would pay for themselves in about fourteen months.", "payback from the prospect's own figures, as information"),
   ("HST", "The fans can be in before the warm weather, and if you sign before the quarter closes on the 31st I'll take 10% off, since my manager needs the number on his sheet.", "install timing plus a discount tied to the seller's date, with the manager as the reason")],
  [("H", "Half the farms in the valley have already fitted them, and you don't want to be the one carting dead birds out next summer.", "peers already bought, fear"),
   ("S", "Between you and me, my commission on this one would pay for my daughter's school trip.", "the rep's commission"),
   ("T", "The quote is £8,900 fitted, but if that's still too dear, just tell me your figure and we'll make it work.", "quoted price plus asking the buyer to name the number")])

# 27
email("button supply for stitchcraft uniforms", "very deferential", "Crest buttons for the blazer range", "Dear Mrs Patel,", "Yours respectfully,\nGrace Lin",
  [("T", "I hope you don't mind me writing; I know how busy you are and I'd hate to be a nuisance.", "approval-seeking"),
   ("N", "Our crest-embossed shank buttons would let your team finish blazers without the separate badge step, which you said slows the August rush.", "product value tied to the prospect")],
  [("T", "If it's not too forward of me, I wonder whether it might perhaps be possible to pop in with samples one day?", "meeting ask plus stacked hedges"),
   ("T", "About the discount you mentioned, that's not really my decision, so I'll need to ask my area manager and come back to you.", "deferring a discount question to a manager"),
   ("N", "The price list with the minimum order quantities is attached.", "attachment")],
  [("T", "The samples will reach you by Thursday; please don't feel you have to reply if the answer is no, I shan't mind a bit.", "sample delivery plus pre-emptively releasing the prospect")])

# 28
email("fire alarm servicing for the grange theatre", "blunt", "Fire alarm contract", "Hi Pete,", "Cheers,\nMo",
  [("N", "Your fire risk assessment says the weekly call-point tests haven't been logged since October.", "the prospect's own document"),
   ("H", "The annual certificate is in the quote, and if the fire officer walks in tomorrow without one you're finished, so just sign.", "certificate detail plus fear and a directive"),
   ("S", "Our engineers can also test the smoke vents over the stage, and we've looked after alarms in over 300 venues with the best-trained people in the trade.", "service detail plus a boast")],
  [("HS", "My boss has told me to sign up the theatres by month end, so I'll need your answer by the 28th.", "seller-driven deadline: the manager's target"),
   ("H", "The quote covers the weekly test logbook, two services a year and 24-hour call-out, and honestly you need it more than any venue I've seen.", "borderline: quote contents plus 'you need it', after reviewing their risk assessment"),
   ("H", "If I don't hear back I'll raise it with your board chair, who I know from the Rotary.", "bypass threat")])

# 29
email("diesel injector overhaul for the morwenna fishing trawler", "non-native English", "Injectors on the Morwenna", "Dear Mr Tregarthen,", "Best regards,\nJan de Vries",
  [("N", "Thank you for the engine data from the Morwenna, it is very helpful.", "thanks"),
   ("N", "The exhaust temperature on cylinder 4 is 60 degrees higher than the others and the fuel use is up 8 percent, so I recommend to overhaul all six injectors before the winter season.", "expert recommendation backed by the prospect's data")],
  [("N", "We can do it in two days alongside in Newlyn, price is £4,800 as you asked.", "logistics and requested price"),
   ("N", "If you want, I come on Tuesday to look at the engine together with your engineer.", "plain meeting offer")])

# 30
email("conference app for the harwell robotics expo", "chatty", "Harwell expo app pitch", "Hey Jordan,", "Best,\nSky",
  [("S", "So pumped to be pitching for this, it's exactly the kind of event our team lives for!", "the rep's excitement, no customer value"),
   ("S", "Our app won Best Event Tech at three industry awards and we were named one of the fastest-growing studios in the region.", "awards and rankings"),
   ("N", "Your brief says exhibitors want to book robot demo slots with visitors, so we've built a slot booker right into each stand page.", "value tied to the brief")],
  [("S", "I'd love a two-hour call to take you through every module we've ever built, from ticketing to the AR badges.", "meeting ask plus a tour of the whole catalogue"),
   ("H", "Stand pages go live six weeks before doors open, and a couple of robotics firms in your hall have already signed with us, so I'd lock in your slot now before the calendar fills.", "go-live timing plus peers and scarcity"),
   ("T", "The price for 2,000 attendees is $6,500, and I'm happy to knock 15% off straight away if that makes life easier.", "requested price plus an unprompted discount"),
   ("N", "The mock-ups and costings are attached.", "attachment")])

# 31
email("electric storage heater upgrade for the laburnum terrace", "warm", "Your heaters and the retrofit grant", "Dear Mrs Kowalski,", "Warm regards,\nHannah",
  [("N", "Thank you for having me round, and for the tea.", "thanks"),
   ("N", "Your meter readings show the old heaters taking their full charge overnight and then leaking it out by mid-afternoon, as you suspected.", "insight from the prospect's own readings"),
   ("N", "The council's retrofit grant closes to new applications on 31 March, so if you'd like to use it, the survey paperwork would need to be signed by mid-March.", "borderline: real external deadline stated once with its reason")],
  [("H", "Going by your bills, every month you put this off costs about £70, so waiting really isn't an option.", "borderline: plausible figure from her bills plus a push that waiting isn't an option"),
   ("H", "I've pencilled your house into our April schedule and the deposit invoice will follow tomorrow.", "April slot plus an assumptive invoice"),
   ("N", "Do ring me if anything in the quote is unclear.", "plain offer of help")])

# 32
email("farm gate automation for the coldharbour stud", "terse", "Gate quote", "Mr Lacey,", "D. Cole",
  [("N", "Quote for automating the main and paddock gates attached, £7,200 all in.", "attachment and price"),
   ("H", "The price includes a year's servicing; decide this week, because after that I can't promise anything.", "servicing detail plus a vague invented deadline"),
   ("H", "You've had the figures nine days now, which is more than enough.", "entitlement aimed at the prospect")])

# 33
email("fireplace restoration for the amblecote manor hotel", "formal", "Drawing room and library fireplaces", "Dear Mr Ellery,", "Yours sincerely,\nRobert Vane",
  [("N", "Thank you for showing me the drawing room and library fireplaces.", "thanks"),
   ("S", "Our family has restored fireplaces in the Black Country for four generations, since my great-grandfather opened the workshop in Stourbridge.", "borderline: heritage line"),
   ("N", "The cracked marble slip in the library can be pinned and filled in place, which keeps the original 1880s stone.", "expert recommendation tied to the prospect")],
  [("S", "We have been featured in Country Life twice, and our work has been shown at the Royal Academy.", "generic boast"),
   ("N", "The schedule with prices for each room is attached, as you requested.", "requested attachment"),
   ("N", "Your closed weeks run from 6 to 24 January, which is enough time for both rooms.", "the prospect's own dates")],
  [("S", "I would also be delighted to show you our complete portfolio of some two hundred commissions at your convenience.", "meeting offer plus a tour of the whole portfolio")])

# 34
email("floor sanding for st luke's parish hall", "non-native English", "Floor of the parish hall", "Dear Reverend Hughes,", "With respect,\nMarek",
  [("T", "Sorry for to write you again, I know you are very busy person and I am sorry for disturb.", "repeated apologies for following up"),
   ("N", "The hall floor is oak parquet and after sanding and three coats of lacquer it will be good for twenty years more.", "product value"),
   ("S", "My uncle and me we have done floors in many churches, also in the cathedral in Krakow, very famous.", "generic boast")],
  [("T", "The price is £3,100 but if it is too much, please say me what you can pay and I will accept.", "price plus asking the buyer to name the number"),
   ("T", "Maybe if possible, perhaps we could meet, only if you want?", "meeting ask plus stacked hedges")])

# 35
email("first aid training for the calderdale builders' merchants", "blunt", "First aiders before your renewal", "Hi Sandra,", "Rich",
  [("N", "Good to speak on Monday.", "pleasantry"),
   ("N", "Your insurer's letter says the yard needs two more qualified first aiders before the policy renews on 1 May.", "borderline: real external requirement stated once with its reason"),
   ("HS", "I've held three places on the 14 April course for you and stuck my neck out with my manager to do it, so I really need you to confirm by Friday.", "held course dates plus the seller's standing as guilt and a deadline")],
  [("H", "Every other merchant in Calderdale got their staff certified years ago, so you're well behind.", "peers already did it, shaming"),
   ("N", "The course is three days at your yard, £450 per person.", "logistics and price"),
   ("S", "Our trainers are the most experienced in Yorkshire, with over a hundred years between them.", "generic boast")])

# 36
email("footbridge repair for the hazelbury park friends group", "warm", "The footbridge", "Dear Mr Akhtar,", "Kind regards,\nLydia",
  [("N", "Thank you for meeting me at the bridge, and I'm sorry to hear the Friends group lost its lottery grant this year.", "thanks and sympathy"),
   ("N", "The steel frame itself is sound; it's six rotten deck boards and two corroded handrail bolts that make it feel unsafe.", "findings")],
  [("N", "Replacing both comes to £1,850, which is well under the £3,000 the parks team had set aside.", "price against the prospect's own budget"),
   ("N", "If it helps your budget, a two-year inspection contract would bring the repair price down by 15%.", "concession traded for a longer term"),
   ("N", "Would it be useful if I came to the Friends meeting on the 8th to answer questions?", "plain offer with a date")])

# 37
email("emergency shower testing for the ashbury grammar school labs", "formal", "Emergency shower and eyewash testing", "Dear Mrs Grant,", "Yours sincerely,\nDavid Rowe",
  [("N", "Thank you for your email about the annual testing of your eight emergency showers and eyewash units.", "thanks"),
   ("N", "Apologies for the delay in replying; our engineer's report only came back yesterday.", "borderline: single courtesy apology for a real delay, with the reason"),
   ("S", "We are the market leader in laboratory safety testing, trusted by over a thousand schools, universities and hospitals.", "generic boast")],
  [("ST", "The visit costs £380, and if you could give us a short testimonial afterwards I'd happily take 10% off.", "borderline: price plus a discount offered for a favour"),
   ("T", "We can test during half term so no lessons are disturbed, and I do hope that's alright with you.", "half-term slot plus approval-seeking"),
   ("T", "Please forgive me if I've misunderstood anything at all in your email.", "self-abasing apology")])

# 38
email("crate hire for the fenmore law office move", "chatty", "Moving crates for Elm Street", "Hi Carla,", "Thanks!\nTony",
  [("N", "Thanks for the floor plan of the new office on Elm Street.", "thanks"),
   ("N", "Your lease on the old space ends on the 30th, so we'd drop off the crates on the 20th to give your team a full week to pack.", "logistics from the prospect's own date"),
   ("HT", "The rental is $4 a crate per week, and if you book by Wednesday I'll knock 20% off, but that's the last time I'll offer it.", "rental price plus a discount tied to the seller's date, last-chance framing")],
  [("S", "Also, we're rated the number one crate company in the tri-state area, with 40,000 crates and five stars on every review site!", "generic boast"),
   ("H", "If you don't lock this in now, you'll be packing files into grocery boxes on moving day.", "now-or-never pressure"),
   ("S", "We'll collect the crates by the 3rd, and would you mind leaving us a Google review afterward, since it helps me a ton with my numbers?", "collection date plus a review favour for the seller's numbers"),
   ("N", "Let me know if you'd like the lockable crates for the client files.", "plain question")])

# 39
email("clay pigeon traps for the ashby gun club", "chatty", "Traps for the Sunday squad", "Hi Tom,", "Cheers,\nMatt",
  [("T", "Just bumping this up your inbox in case it slipped past, no worries if not!", "'just' follow-up as the purpose, minimising"),
   ("N", "Two automatic traps would let your Sunday squad shoot without anyone pulling by hand, which your members said was the main grumble.", "value tied to the club")],
  [("T", "The quote for the pair is attached; sorry it came out so high, I honestly wasn't sure whether to even send it.", "quote plus an apology for the price"),
   ("HT", "Tell you what, say yes by Friday and I'll throw in the wireless release for free.", "freebie tied to the seller's date"),
   ("H", "The lads at Ashby Vale already have a pair, so don't be surprised if your members start drifting over there.", "peers already bought, fear"),
   ("S", "We supply the county team, by the way, and half the Olympic trap squad trains on our kit.", "generic boast")])

# 40
email("bandstand repainting for the marlpit recreation ground", "formal", "Bandstand repainting: quotation", "Dear Mr Quayle,", "Yours sincerely,\nCatherine Ashe",
  [("N", "Thank you for the photographs of the bandstand and the heritage officer's note on colours.", "thanks"),
   ("N", "The lower panels have surface rust, and the Victorian green the officer specified can be matched from the paint flakes you sent.", "findings tied to the prospect"),
   ("HS", "The scaffold can go up on 3 June, but I'm afraid I must have your signed order by Thursday, as my director is closing our financial year.", "scaffold date plus a seller-driven deadline (the director's year end)")],
  [("S", "Our price includes two coats of micaceous iron oxide, and we have painted bandstands for the National Trust, English Heritage and several royal parks.", "coating detail plus name-dropping boasts"),
   ("N", "The scaffold and painting come to £12,400, as set out in the attached schedule.", "price and attachment"),
   ("HS", "Given how much of my own time this quotation has taken, I would expect that deadline to be respected.", "the seller's effort as guilt, with a demand")])

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s90e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s90-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed90: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the twelfth session) from the labelling guide alone, blind to that session's Apply changes, which it was\nwritten to judge, and measured first in that session on a detector those changes leave as it was (rules + model\nmacro-F1 0.917: hard_close 0.857, self_serving 0.947, timidity 0.945; 1 of 103 clean sentences flagged; email\nagreement 1.000 / 1.000 / 1.000).\n")
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
    R.append("- Every third email (s90e003, s90e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
