#!/usr/bin/env python3
"""Build sealed99: hand-written sales emails labelled by the tone-coach guide (LABELS.md)."""
import json, os, collections

# label codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combinations in that order)
CODE = {"N": ["NONE"], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"],
        "HS": ["hard_close", "self_serving"], "HT": ["hard_close", "timidity"],
        "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}

# Each email: (industry, register, subject, salutation, sign-off, [paragraphs of (code, sentence, note)])
E = []
def email(ind, reg, subj, sal, sign, *paras):
    E.append((ind, reg, subj, sal, sign, paras))

email("goalkeeper gloves for the ashworth rovers youth squad", "chatty", "Gloves for the under-12 keepers", "Hey Marco,", "Cheers,\nJonno",
  [("N", "Good to see the under-12s pull off that comeback on Saturday, and the second-half save from your number one was something else.", "pleasantry"),
   ("N", "You mentioned six of the keepers are still in adult-sized gloves that slip off mid-dive, so I've put together a kit list by hand size.", "value tied to the prospect's stated problem")],
  [("S", "I've attached the size chart, and I'll add that we've been named glove supplier of the year twice running, which nobody else round here can say.", "attachment plus generic award boast"),
   ("H", "The size 6 and 7 batch is nearly gone and most of the clubs in your league have already kitted out, so hanging on isn't really an option.", "scarcity with no date and peers who already bought"),
   ("S", "Each pair has a roll-finger cut and a latex palm, and I'm chuffed to bits with them because I designed the wrist strap myself.", "product detail plus the rep's own pride")],
  [("H", "This is my third message about the gloves, so a quick yes or no wouldn't kill you.", "counting attempts at the prospect, entitlement"),
   ("T", "Happy to bring a sample pair to Thursday's training, though honestly no pressure at all if it's a bother.", "sample-drop offer plus minimising permission-seeking")])

email("grandstand seat replacement for the kelby road cricket ground", "formal", "Lower tier seating: inspection findings", "Dear Mr Ainsworth,", "Yours sincerely,\nHelen Dacre\nContracts Manager",
  [("N", "Thank you for showing me round the pavilion end on Tuesday.", "courtesy"),
   ("N", "Of the 1,400 seats we counted, 212 have split shells and 38 are missing their fixings entirely, which matches the complaints log your secretary shared.", "inspection findings from the prospect's own ground")],
  [("H", "You need to replace the whole of the lower tier before the season opens.", "borderline: 'you need' directive, though it follows a real inspection"),
   ("HS", "I have pencilled in our fitting crew for the week of 14 April, and I must say I would be grateful for the signed order by Friday, as my director is expecting it in this month's forecast.", "crew booking plus a signing date justified by the director's forecast"),
   ("T", "The total for the lower tier is £48,760 as requested, though I would happily reduce that by ten percent should the committee find it difficult.", "requested price plus unprompted discount")],
  [("N", "The club's safety certificate renewal falls in May, and the licensing officer will want the missing fixings resolved before then.", "borderline: real external constraint (safety certificate) stated once with its reason"),
   ("S", "We have, after all, been fitting stadium seating since 1962 and count two Premier League grounds among our clients.", "years in business and client names as a generic boast")])

email("gym equipment servicing for the hollin bank hotels", "warm", "Gym servicing across your three hotels", "Hi Priya,", "Warm wishes,\nBeth",
  [("N", "It was lovely to catch up at the hospitality show, and I hope the new spa wing opening went smoothly.", "pleasantry"),
   ("N", "From the maintenance log you sent over, the treadmills across your three hotel gyms were out of action for 41 days between them last year.", "figure from the prospect's own data")],
  [("N", "A quarterly service visit would catch worn belts and motors before they fail, and on your own figures it would cost less than the £2,300 you spent on emergency call-outs.", "concrete saving from the prospect's data"),
   ("S", "Our engineers all carry manufacturer accreditation, and I'm thrilled to say we've just been shortlisted for a national fitness industry award.", "service detail plus award boast and the rep's excitement"),
   ("T", "I'm so sorry this email has turned into such an essay, I really don't mean to take up your afternoon.", "apology for the length of the email"),
   ("T", "I've attached a sample schedule, and if the rate seems high I could easily drop it by fifteen percent, just say the word.", "attachment plus unprompted discount")],
  [("N", "Would a call on Wednesday at 3 work to go through which sites could start first?", "plain ask with a time")])

email("guillotine blade sharpening for the fellbeck print room", "terse", "Polar 78 blade", "Hi Colm,", "Regards,\nTeodor",
  [("N", "Following up on the blade wear you flagged on the Polar 78.", "single follow-up line"),
   ("N", "Our grinder cuts a fresh bevel on site in about forty minutes, so the press room stays running.", "'our', but the value is the customer's"),
   ("N", "Apologies for missing your call yesterday; I was on a machine with the guards off.", "borderline: single courtesy apology with the reason"),
   ("N", "Does Monday at 8 work for the first visit?", "clear next step with a time")])

email("greenhouse glazing for the willowmere community garden", "very deferential", "Replacement panes for the east greenhouse", "Dear Mrs Okafor,", "With kindest regards,\nAmbrose Pettit",
  [("T", "I do hope you won't mind me writing again, and please forgive the intrusion on what must be a very full week.", "apologising for following up, asking leave to write"),
   ("N", "The replacement panes for the east greenhouse are 4 mm toughened glass, which your insurer listed as a condition of cover.", "technical requirement from the prospect's insurer")],
  [("T", "I've enclosed the quote you asked for, and I'm terribly sorry that it's come out higher than I'd have liked.", "requested quote plus apology for the price"),
   ("T", "I was perhaps wondering whether it might possibly be worth a brief conversation, if you felt it appropriate at all?", "stacked hedges and permission-seeking"),
   ("ST", "I must confess my position here rather depends on winning a few orders this spring, so I would be ever so grateful for your support.", "pleading for the seller's own sake")],
  [("T", "If the committee would prefer to wait until next year, I completely understand and shan't trouble you again.", "releases the prospect before any objection, no question"),
   ("N", "The glazing can be fitted in two days, with the seedlings moved to the west house meanwhile.", "logistics")])

email("gun cabinet installation for the whinlatch clay shooting club", "blunt", "Gun cabinets before 3 June", "Gavin,", "Rob",
  [("N", "Your firearms licence inspection is booked for 3 June and the officer will expect members' guns secured in approved cabinets by then.", "the prospect's own external date"),
   ("H", "Stop going back and forth with the committee and just give me the go-ahead; you've had the spec for a month.", "overriding the prospect's process, impatience aimed at the prospect")],
  [("HS", "I've already turned down two other jobs to keep that week free for you, so the least I'm owed is a straight answer.", "seller's sacrifice used as guilt for a reply"),
   ("H", "The six-gun cabinets are £385 each fitted, and I'll raise the invoice tomorrow unless I hear otherwise.", "requested price plus assumptive invoice, silence as consent"),
   ("H", "Cabinets arrive from the supplier on Tuesday, and I've told them you're confirmed, so there's no sensible way to back out now.", "delivery detail plus assuming a yes that was never given"),
   ("N", "I can fit all four in a morning, with the wall anchors the licensing guidance recommends.", "logistics tied to the prospect's requirement")])

email("geology field trips for the castlerigg sixth form", "chatty", "Coastal fieldwork for Year 12", "Hi Ms Brennan,", "Best,\nLottie Fairbairn",
  [("S", "I'm beyond excited to tell you about our brand-new coastal geology programme, which our team has spent all winter perfecting!", "the rep's excitement about the seller's product"),
   ("S", "Every trip includes fossil hunting, rock-core drilling, drone mapping, tide-pool ecology, a quarry tour, a mineral shop voucher and a branded hoodie.", "feature list not tied to the prospect")],
  [("N", "Your A-level specification requires each student to complete four days of fieldwork, and the Robin Hood's Bay route covers the coastal landforms unit in a single day.", "value tied to the prospect's requirement"),
   ("S", "I could bring the programme to your department meeting next week, and it would be a big help to me if you'd mention us to the other heads in your trust.", "meeting offer plus a referral favour for the seller"),
   ("T", "If you did want to meet, the 16th might perhaps work, though I'd hate to impose on your time.", "meeting ask plus stacked hedges and approval-seeking"),
   ("N", "Which week in June have you set aside for the Year 12 fieldwork?", "discovery question")])

email("hammer mill servicing for the oakhollow feed mill", "non-native English", "Service of hammer mill line 2", "Dear Mr Hollis,", "Best regards,\nPiotr Nowak\nService Engineer",
  [("N", "Thank you for the meeting last week and for show me the mill line.", "courtesy"),
   ("N", "The screen on your number two hammer mill is worn by 30 percent, this is why the meal come out more coarse than your nutritionist allow.", "insight from inspection")],
  [("HT", "If you sign the service contract before end of this month I give you 20 percent discount, after that the price go back to normal.", "discount tied to the seller's month-end date, no reason"),
   ("HS", "Our technicians can come on 12 March, but I need the signed contract by Friday because my quarter target close that day.", "visit date plus a signing deadline for the seller's quarter target"),
   ("N", "All replacement hammers are hardened steel and we keep them in stock at Leeds depot.", "product detail serving the buyer")],
  [("T", "Sorry again for disturb you with so many emails.", "apology for following up")])

email("hepa air purifiers for the birchgrove dental surgery", "formal", "Air purifiers for surgeries 1-4", "Dear Dr Lamb,", "Kind regards,\nSaoirse Quinlan",
  [("N", "Thank you for sending the room dimensions for your four surgeries.", "courtesy"),
   ("N", "At the sizes you gave, one unit per surgery will complete six air changes an hour, which is the rate your infection-control lead asked for.", "value tied to the prospect's requirement")],
  [("N", "Our current price holds until 31 May, after which the manufacturer's new list prices for filters take effect.", "borderline: factual price expiry with its reason, no urgency language"),
   ("N", "Could we book a fifteen-minute demonstration in Surgery 2 after your Thursday list?", "plain ask")])

email("holiday let photography for the covesend cottages agency", "warm", "Dusk shots for Gull Cottage", "Hi Tamsin,", "Warmly,\nIsla Penrose",
  [("N", "I hope the half-term changeovers weren't too chaotic.", "pleasantry"),
   ("N", "I've been through your listings, and the twelve cottages with only daytime exterior shots get about a third fewer enquiries than the ones with dusk photos.", "insight from the prospect's own listings")],
  [("HS", "I spent most of my Sunday editing sample shots of Gull Cottage for you, so it stung a bit to hear nothing back.", "seller's weekend effort and hurt feelings as guilt"),
   ("S", "The edited samples are in the shared folder, and we're honestly the best-reviewed property photographers in the whole South West.", "attachment plus generic boast"),
   ("HS", "The full shoot for all twelve cottages comes to £1,800, and after everything I've already done for you I'd expect an answer this week.", "price plus guilt resting on the seller's effort")],
  [("T", "Maybe it's not a good fit after all, and honestly that's fine, I won't take it personally at all!", "pre-emptively releasing the prospect")])

email("hanging basket planting for the thornwick town council", "formal", "Hanging baskets for the market square", "Dear Councillor Reeve,", "Yours faithfully,\nGraham Pell\nPell & Daughters Nurseries",
  [("N", "Following the parish meeting, I have priced 140 baskets for the market square and the two bridge approaches.", "logistics"),
   ("N", "The quote uses drought-tolerant bedding, which would halve the watering rounds your grounds team currently makes.", "value tied to the prospect")],
  [("S", "I should be candid that I am well short of my spring target, so this contract would mean a great deal to me personally.", "seller's target stated with no date or demand"),
   ("HS", "The planting must be ordered from the nursery by 10 March, and I would ask for the council's approval by the 7th so that it lands inside my sales quarter.", "real order date plus an approval deadline set by the seller's quarter"),
   ("S", "The baskets will be watered by our own bowser crew, who I'm delighted to say won a Britain in Bloom gold medal under my leadership.", "service detail plus award boast about the seller"),
   ("T", "If that is at all difficult, I could of course simply reduce the price to whatever the council feels is fair.", "asking the buyer to name their number")],
  [("N", "I am happy to present the planting scheme to the amenities committee on 3 March.", "clear next step with a date")])

email("harness inspection for the crag end climbing wall", "blunt", "Harness inspection", "Hi Callum,", "Dan",
  [("N", "Your LOLER inspection of the auto-belays and harnesses is due by 30 April, and the insurer has asked for the certificate on file.", "the prospect's own regulatory date"),
   ("H", "Every other wall in the county booked with us months ago, so you're frankly the last one still dragging your feet.", "peers who already bought, shaming")],
  [("H", "I can inspect all 60 harnesses in one day, and I've already put your card details form in the attachment so we can lock the date.", "inspection detail plus assumptive payment step"),
   ("H", "Put this off past this week and it'll quietly slide to next year, and you'll be the one explaining why.", "now-or-never framing with blame"),
   ("S", "Our inspector holds the manufacturer certifications your insurer asks for, and frankly he's the best in the business.", "required certification plus generic boast"),
   ("S", "We're the only firm in the UK with a climbing-wall inspection award from the industry body, three years straight.", "award boast")])

email("handheld ticket scanners for the larkrise theatre", "warm", "Scanners for the box office", "Hello Rosalind,", "Best wishes,\nKofi",
  [("N", "So sorry to hear about the flooding in the stalls bar; I hope the clean-up is going well.", "sympathy"),
   ("N", "Once the box office reopens, the scanners can be set up on your existing Wi-Fi in an afternoon.", "logistics"),
   ("N", "At your Saturday matinee volumes, door queues should fall from twelve minutes to about four, based on the gate counts you shared.", "value from the prospect's own data")],
  [("N", "Shall I hold Tuesday 18th for the install, or would the following week suit the front-of-house team better?", "clear next step offering a choice")])

email("heritage walking tours for the bellmoor coach holidays groups", "chatty", "Walking tours for your September groups", "Hi Fenella,", "Ta,\nMorwenna",
  [("N", "Thanks for the quick reply about your September itineraries.", "courtesy"),
   ("S", "We've been a family business for four generations, and my great-grandfather led the very first tours of the old town walls.", "borderline: heritage line")],
  [("T", "Our two-hour walk fits neatly between lunch and the coach pickup, and sorry if that's a bit of a cheeky suggestion.", "product fit plus apology for normal selling"),
   ("H", "The September walks are £9 a head, and honestly, with the other coach firms snapping up the dates, I'd lock yours in straight away.", "price plus scarcity and peers as pressure"),
   ("T", "Mainly I'm just popping my head round the door to see if anything's moved on your side.", "check-in as the purpose of the email"),
   ("N", "Each guide carries a radio set, so everyone hears the commentary even on the busy High Street.", "product detail tied to the groups")])

email("incident reporting software for the brackwater care group", "formal", "Digital incident reporting for your nine homes", "Dear Ms Adeyemi,", "Kind regards,\nMartin Ellery\nHead of Sales",
  [("N", "Thank you for your time on Monday, and for explaining how falls are currently logged on paper at each of your nine homes.", "courtesy"),
   ("S", "Our platform offers body maps, medication alerts, safeguarding workflows, CQC exports, e-signatures, shift handover notes, dashboards, family portals and a mobile app.", "feature dump")],
  [("S", "A reference list of care groups is attached, and we were recently named Care Tech Innovator of the Year and are backed by two of Europe's leading health investors.", "attachment plus awards and investors"),
   ("N", "Your registered managers told us they spend about six hours a week retyping incident forms, and that is the time the mobile form gives back.", "value from the prospect's own data"),
   ("HS", "I have attached the contract for your review, and I do need it signed by the 28th, as my board is expecting this deal in our half-year figures.", "contract attachment plus a deadline set by the seller's figures"),
   ("T", "I would be very happy to arrange a demonstration for your managers, should you feel that might possibly be of any interest at all.", "demo offer plus stacked hedges")],
  [("H", "The other four care groups in your region have already moved across, and you would not want to be the one still on paper at your next inspection.", "peers who already switched, shaming")])

email("infrared thermography of the dunhill substation switchgear", "terse", "Switchboard thermal scan", "Hi Neil,", "Ravi",
  [("N", "Your insurer's engineering survey asks for a thermal scan of the main switchboard every twelve months, and the last one was in March 2023.", "the prospect's own requirement and records"),
   ("H", "I've pencilled you in for Thursday and will assume that's fine unless you tell me otherwise.", "silence taken as a yes"),
   ("T", "Sorry to keep hassling, I know you're up to your eyes.", "apology for following up"),
   ("HT", "Confirm by tomorrow and I'll take £150 off; after that it's full price.", "discount conditioned on the seller's date")])

email("indoor climbing holds for the granite box bouldering centre", "chatty", "Macro volumes", "Hey Abbie,", "Cheers,\nRoo",
  [("N", "Loved the new comp wall at the opening night, and the overhang section looked brutal in the best way.", "pleasantry"),
   ("T", "I feel awful for cluttering your inbox again when you're clearly flat out.", "self-abasing apology for following up")],
  [("T", "You asked about the macro volumes, and they're £95 each, though I could probably do them for less if that's too steep?", "requested price plus caving on price"),
   ("N", "They bolt to your existing T-nut grid, so your setters won't need to drill anything new.", "technical fit for the prospect"),
   ("S", "They're made in our own workshop, and I'll be honest, landing your wall would be a huge feather in my cap.", "product detail plus the seller's own stake"),
   ("T", "Anyway, no stress if you'd rather hold off, I can always try you again next season.", "giving up at once without a question")])

email("irish dancing costumes for the mcallister school of dance", "warm", "Championship dresses for 12 October", "Dear Siobhan,", "All the best,\nNuala",
  [("N", "Congratulations on the girls' results at the Worlds qualifier!", "pleasantry"),
   ("N", "You mentioned the championship dresses need to be ready for the regional feis on 12 October, so I've worked back from that date.", "the prospect's own deadline"),
   ("N", "Fabric is ordered four weeks ahead, which means we'd want the final measurements by 1 September.", "logistics derived from the prospect's date")],
  [("N", "The Donegal mill could potentially match your club green more closely than the velvet from last year.", "borderline: one mild hedge"),
   ("N", "Would a fitting evening at the studio on 25 August work for the parents?", "clear next step with a date")])

email("itinerary planning for the harrowgate male voice choir tour", "non-native English", "Your choir tour to Tuscany", "Dear Mr Pritchard,", "Kind regards,\nGiulia Ferraro\nViaggi Armonia",
  [("N", "Thank you very much for your email and for the list of concert venues the choir like to visit in Tuscany.", "courtesy"),
   ("N", "For 48 singers, a coach with 53 seats and a luggage trailer is the safest choice for the mountain roads.", "expert recommendation")],
  [("H", "Many other choirs are booking this route already and the good hotels in Lucca will be finish very soon, so is better to decide now.", "scarcity and FOMO with no real date"),
   ("S", "We can book also the Teatro del Giglio for one concert, and our agency is number one for choir tours in Italy with many prizes.", "venue offer plus generic boast"),
   ("HS", "I send you the deposit invoice today, because my director want to see the booking in the system this week.", "assumptive invoice, with the director's wish as the reason for this week"),
   ("T", "I can also add a visit to Puccini's house, if this is not too much trouble for you and you are not angry with me for the many proposals.", "extra offer plus approval-seeking")],
  [("N", "If the choir prefer to stay in Florence instead, I can change the plan without extra cost.", "flexible logistics")])

email("immersion heater replacement for the westerby holiday flats", "blunt", "Flat 4 immersion", "Morning Keith,", "Cheers,\nDerek",
  [("N", "Your caretaker's logs show the immersion in Flat 4 has tripped the RCD eleven times since January.", "figure from the prospect's own data"),
   ("N", "Each call-out has cost you £85, so that one heater has already run up £935 this year.", "cost from the prospect's own data, as information")],
  [("H", "Every week you leave it is another £85 straight down the drain, so the sooner you sign the better.", "borderline: cost of delay used to push, with a plausible number"),
   ("H", "I can fit all six flats on the 9th, and I'll send the onboarding pack and direct debit mandate over today to get things moving.", "install date plus assumptive payment step"),
   ("T", "The new units carry a five-year warranty, and sorry if I've been a bit full-on, it's not my usual style.", "product detail plus apology for being pushy"),
   ("S", "We've fitted more immersions than anyone on this coast, by a long way.", "generic boast")])

email("jib sail repair for the kelsey water yacht club", "warm", "Wayfarer jibs", "Hi Jeremy,", "Fair winds,\nMegan",
  [("N", "Thanks for bringing the club's four Wayfarer jibs down to the loft last week.", "courtesy"),
   ("N", "Two have delaminated along the leech and can be patched, but the third has UV damage along the whole luff tape, so I'd replace that one.", "expert recommendation backed by inspection")],
  [("S", "The repair quote is attached, and if you could put a glowing post about us on the club forum, that would do wonders for our summer bookings.", "attachment plus a favour for the seller"),
   ("ST", "Write us a short testimonial for the website and I'll knock a tenner off each jib.", "borderline: discount offered to win a testimonial"),
   ("T", "We could start on the patches straight away, and sorry for the slow reply, and sorry again about the mix-up with the sail numbers.", "offer to start plus repeated apologies"),
   ("N", "Collection from the dinghy park on Saturday morning would suit us if that works for the fleet captain.", "logistics")])

email("journey-time displays for the marchfield bus interchange", "formal", "Lot 2: stand displays", "Dear Mr Okonjo,", "Yours sincerely,\nCatherine Moss\nBid Manager",
  [("N", "Further to your tender notice, I attach our response to the twelve stand displays specified in Lot 2.", "attachment serving the buyer's process"),
   ("N", "The displays take the live feed your operators already publish, so no new data agreement is needed.", "value tied to the prospect"),
   ("N", "The new accessibility regulations require audio announcements at each stand from January, and the units include a speaker for that purpose.", "borderline: real external regulation stated once with its reason")],
  [("N", "We installed the same system at a comparable interchange in Halifax, where the main lesson was to mount screens at 2.2 metres to avoid glare from the canopy.", "social proof turned into advice"),
   ("N", "I would welcome the chance to answer questions at the clarification meeting on 4 July.", "next step on the prospect's own date")])

email("judo gi supply for the ravensworth judo club", "chatty", "Gis for the juniors", "Hi Sensei Clarke,", "Cheers,\nMike",
  [("N", "Good to meet you at the grading on Sunday.", "pleasantry"),
   ("N", "Your juniors are mostly in single-weave gis, and with the amount of grip fighting you drill, your kit secretary says the sleeves are tearing within a term.", "problem from the prospect's own experience")],
  [("S", "The double-weave gi is reinforced at the collar and cuffs, and I'm dead proud of it, it's our best seller by miles.", "product detail plus the rep's pride and a boast"),
   ("HS", "Honestly I went out on a limb with my boss to get you this price, and it'd be pretty rough if you left me hanging now.", "seller's standing used as guilt"),
   ("H", "This is the fourth time I've chased this, which I'd have thought deserved at least a one-line reply.", "counting attempts at the prospect, entitlement"),
   ("T", "I've attached the size chart for the 36 juniors, and if it helps I'll drop the price another ten percent without you having to ask.", "attachment plus unprompted discount")])

email("juice bar fit-out for the penbury leisure centre", "formal", "Juice bar for the foyer", "Dear Ms Harcourt,", "Kind regards,\nOliver Tse",
  [("N", "Thank you for sending the floor plan of the foyer.", "courtesy"),
   ("N", "The counter can sit against the north wall, where the existing water and waste connections are, which saves about £2,000 in plumbing.", "concrete value for the prospect")],
  [("T", "You asked whether we could match the other quote, and I'm afraid that's above my head, so I'll need to ask my regional manager and come back to you.", "deferring a discount question to a manager"),
   ("T", "I've attached the drawings, and I do hope the design isn't a disappointment after all the waiting.", "attachment plus approval-seeking"),
   ("H", "We can start the fit-out on 2 June, and I'll go ahead and order the counter now so it's all in motion.", "start date plus assumptive order before a yes"),
   ("S", "Our studio has won Best Leisure Interior at the Design Awards three times, and our founder sat on the judging panel last year.", "award boast")],
  [("N", "Could we walk the site with your facilities manager on the 21st?", "plain ask with a date")])

email("jumpsuit overalls for the shineright car valeting team", "very deferential", "Overalls for your valeting team", "Dear Mr Baines,", "Yours most gratefully,\nAgnes Whitlow",
  [("T", "I really do apologise for troubling you again, and I hope you won't think me a nuisance.", "apology for following up, approval-seeking"),
   ("N", "The overalls we discussed are polycotton with stud fastenings, so they won't scratch the paintwork when your valeters lean over a bonnet.", "product detail tied to the prospect's work")],
  [("T", "The price for 30 suits is £27.50 each, though of course I'd be only too happy to go lower if that feels too much.", "requested price plus caving"),
   ("ST", "It would honestly mean the world to me to get this order, as I've had a dreadful month and I'm quite worried about my job.", "pleading for the seller's own sake"),
   ("N", "Embroidery of your logo on the chest is included at that price.", "product detail")],
  [("T", "The samples can be with you by Thursday, but please don't feel obliged to reply if you're too busy.", "sample offer plus minimising permission-seeking")])

email("jam doughnut supply for the fernleigh rotary gala", "terse", "Gala doughnuts", "Hi Carol,", "Bev",
  [("N", "Happy to quote for 600 doughnuts for the gala on 6 July.", "logistics on the prospect's date"),
   ("H", "The fryer's nearly fully booked that weekend and three other fetes are after the same slot, so I'd grab it today.", "manufactured scarcity and rivals"),
   ("S", "They're filled with our own raspberry jam, and we've been voted best bakery in the county five years on the trot.", "product detail plus ranking boast"),
   ("N", "They'd be delivered warm at 10am in your own tray boxes.", "logistics"),
   ("H", "Let me know by tonight or the slot goes to whoever asks next.", "invented deadline"),
   ("H", "I've gone ahead and put the deposit through on the card you used last year.", "taking payment before a yes")])

email("kerbside food caddies for the hallowfield parish council", "formal", "Food caddies for the collection round", "Dear Mrs Lister,", "Yours sincerely,\nHarriet Obi",
  [("N", "Thank you for the clear brief from the environment working group.", "courtesy"),
   ("N", "The council's grant from the district runs out on 31 March, so I've set the delivery for the second week of that month to leave room for any changes.", "the prospect's own funding date"),
   ("N", "Based on the 1,180 households in your collection round, 1,250 caddies would cover breakages for the first year.", "figure from the prospect's own data")],
  [("N", "We can reduce the unit price by 8% if the council commits to the liners for three years as well.", "concession traded for a longer term"),
   ("N", "I'll confirm the delivery windows with our haulier and send them by Friday.", "checking with someone on logistics, with a date"),
   ("N", "Would you like me to attend the full council meeting on the 14th to take questions?", "plain offer with a date")])

email("kickboxing pads for the blackgate fight academy", "chatty", "Curved Thai pads", "Yo Shane,", "Laters,\nDeano",
  [("N", "Great session on Tuesday, your lads were hitting the Thai pads like freight trains.", "pleasantry"),
   ("N", "The curved pads you tried take about twice the stitching of the flat ones, so they should last the 18 months your old set didn't.", "value tied to the prospect's experience")],
  [("H", "Any gym owner who actually cared about his fighters' wrists would've ordered these the day he tried them.", "shaming the prospect"),
   ("HS", "I've got 20 sets in the warehouse for you, but my boss says they go to another gym if you're not confirmed by Friday.", "stock offer plus a manager-set deadline"),
   ("S", "We sponsor two world champions and our gear is in every big fight camp in Vegas.", "generic boast")],
  [("H", "Don't make me come down to the gym again to chase you for an answer.", "badgering, threat of turning up")])

email("kitchen garden design for the oakwell prep school", "warm", "Walled garden plan", "Dear Mr Featherstone,", "Warm regards,\nPenelope Ashe",
  [("N", "Thank you for the tour of the old walled garden, and please thank the Year 5s for their very thorough questions.", "pleasantry"),
   ("N", "Raised beds at 60 cm would let the youngest pupils work without kneeling on the wet ground, and the south wall gives you a good spot for espalier pears.", "expert insight for the prospect")],
  [("S", "We'd love to bring our whole team along to present our story and show off the award-winning gardens we've done for other schools.", "hear our story, show off"),
   ("S", "The draft plan is attached, and we'd be so grateful if we could use photos of the finished garden in our marketing.", "attachment plus a case-study favour"),
   ("T", "I have pencilled in 12 May for the groundwork, though I'd completely understand if you'd rather I didn't, and I'm sorry to press.", "start date plus approval-seeking and apology for selling"),
   ("T", "I wondered if possibly, should it suit, we might perhaps come back in a fortnight?", "stacked hedges")])

email("kiddie rides for the brookfield shopping centre", "blunt", "Rides for the lower mall", "Hi Dominic,", "Kev",
  [("N", "Thanks for the footfall figures for the lower mall.", "courtesy"),
   ("N", "With about 9,000 families through on a Saturday, two rides by the food court would pay back their rental in roughly eleven weeks on your own numbers.", "value from the prospect's own data")],
  [("HS", "I need this one over the line by the 31st because it's the last day of my commission period.", "deadline for the seller's commission"),
   ("HST", "The rental is £140 a month per ride as you asked, and if you sign this week I'll take a quarter off, since it gets me to my target.", "requested price plus a dated discount for the seller's target"),
   ("H", "Don't overthink it, your competitors across town already have six.", "competitors already bought, pressure")])

email("kids' swimming lessons for the hadleigh road primary school", "chatty", "Swimming for Year 4", "Hi Maureen,", "Bye for now,\nJan",
  [("N", "Lovely to chat on the phone yesterday, and thank you for sending the Year 4 register.", "pleasantry"),
   ("N", "The curriculum asks every pupil to swim 25 metres by the end of Year 6, and your records show 19 of the 42 children in Year 4 can't yet manage 10.", "external requirement and figures from the prospect's own records"),
   ("N", "A ten-week block of Friday lessons at the Brookside pool, with the coach there and back, comes to £1,260 per class, and that includes the lifeguard.", "price stated plainly"),
   ("N", "Shall I hold the first Friday after half-term so you can put it in the newsletter?", "plain ask")])

email("krav maga self-defence classes for the lowfield hospital night staff", "formal", "Breakaway training for night staff", "Dear Ms Ibekwe,", "Yours sincerely,\nTomasz Wren",
  [("N", "I was sorry to hear about the assault on your A&E reception staff last month.", "sympathy"),
   ("N", "Our six-week course is built around the de-escalation and breakaway techniques in your trust's violence-reduction policy, so it fits your existing training records.", "value tied to the prospect's policy")],
  [("H", "Frankly, any responsible ward manager would have booked this after the first incident.", "shaming the prospect"),
   ("H", "I can run the first session on 3 February, and if I don't hear back by Wednesday I'll take that as your agreement to go ahead.", "session date plus silence taken as agreement"),
   ("S", "I will run the sessions myself, and I have personally trained police units in four countries and appeared on national television.", "trainer detail plus generic boast"),
   ("HS", "After the hours I've spent tailoring this course to your wards, I think I've earned more than silence.", "seller's effort used as guilt")])

email("kayak trailer supply for the dunmere canoe club", "non-native English", "Trailer for 12 kayaks", "Hello Mr Doyle,", "With regards,\nJoost van Dam",
  [("N", "Thank you for your message and the photos of your old trailer.", "courtesy"),
   ("N", "The 12-boat trailer have galvanised frame and it can be towed by your minibus without the extra licence.", "product detail tied to the prospect")],
  [("T", "I am very sorry to write again, maybe I disturb you too much with this.", "apology for following up"),
   ("T", "The price is 3,900 euro like you asked, but if this is too much please tell me what price is good for you.", "requested price plus asking the buyer to name a number"),
   ("H", "The trailer can be delivered on 20 May, but only if you decide this week, because many clubs want the last ones.", "delivery date plus scarcity deadline"),
   ("S", "The trailer is made in our own factory, it is the biggest in Netherlands and we win many prizes for the design.", "origin detail plus generic boast")])

email("laboratory fume cupboard testing for the highbury grammar science block", "formal", "Fume cupboard testing", "Dear Dr Sandhu,", "Yours sincerely,\nRoger Blaine",
  [("N", "Thank you for confirming the number of fume cupboards across the three chemistry labs.", "courtesy"),
   ("N", "The regulations require each cupboard to be tested every 14 months, and your records show the last test was in September 2023.", "borderline: real external regulation stated once with its reason")],
  [("H", "Our engineer can visit during the October half-term, and I've taken the liberty of booking him and raising the order so you needn't do anything further.", "visit window plus booking and ordering before a yes"),
   ("HS", "The fee is £38 per cupboard as quoted, and I would need your purchase order by Friday, which is when our regional figures are closed off.", "quoted fee plus a deadline set by the seller's figures"),
   ("S", "We are the largest independent testing house in the country, accredited since 1978, with over 4,000 schools on our books.", "size, years and client count as a boast"),
   ("N", "The test takes about 40 minutes per cupboard, and we leave a certificate on each sash.", "logistics")])

email("lambing supplies for the crossthwaite hill farm", "chatty", "Your lambing list", "Hi Elspeth,", "Cheers,\nAlun",
  [("N", "Hope the first of the ewes are behaving themselves.", "pleasantry"),
   ("T", "Just bobbing back into your inbox on the off chance you'd had a minute to look at my list.", "check-in as the purpose, minimising"),
   ("N", "The colostrum and stomach tubes you asked for are in stock and can go out on Monday's van.", "logistics")],
  [("T", "The bulk order comes to £412, and I'm sorry it's so pricey, I know it's been a tough year for everyone.", "price plus apology for the price"),
   ("S", "The colostrum is a powdered cow-and-ewe blend, and we're the top-selling lambing supplier in Wales, so you're in safe hands.", "product detail plus ranking boast"),
   ("T", "Delivery is free over £300, and if it helps at all I could do the lot for £350 instead.", "delivery terms plus unprompted discount")],
  [("T", "Anyway, I'll leave it with you and pester you no more!", "giving up at once, self-abasing")])

email("litter bins for the saltmere promenade", "formal", "Promenade bins", "Dear Mr Ferris,", "Yours sincerely,\nAlan Crowther\nRegional Sales Director",
  [("N", "Further to our site visit, I enclose a layout for 24 dual-stream bins along the promenade.", "attachment"),
   ("N", "Spacing them every 50 metres puts the gull-proof lids on the busiest stretches your street-cleansing team identified.", "value tied to the prospect's data")],
  [("H", "Since this has stalled on your desk, I've copied in the chief executive so she can sign it off herself.", "going over the prospect's head"),
   ("H", "The bins are £465 each installed, as you requested, and this price is gone for good if we don't have the order by Friday.", "requested price plus ultimatum"),
   ("H", "Any council that took its seafront seriously would have placed this order at the first meeting.", "shaming the prospect"),
   ("S", "The bins come with a ten-year guarantee, and we've supplied more seaside towns than any other firm in Britain.", "guarantee plus generic boast")])

email("lock gate painting for the ashfold canal trust", "terse", "Lock 14", "Hi Ruth,", "Ta,\nGus",
  [("N", "Just a note to say the stoppage notice for Lock 14 went up on the towpath yesterday.", "borderline: one polite 'just' as a heads-up"),
   ("N", "We'll blast and coat both gates within the five-day closure you've agreed with the navigation authority.", "the prospect's own date"),
   ("N", "If the volunteers want to help with the balance beams, we'll bring spare PPE.", "logistics")])

email("loose-leaf tea supply for the bellflower tea room", "warm", "Tea samples", "Dear Clemmie,", "Warmly,\nRosie",
  [("N", "It was a treat to visit the tea room, and your lemon drizzle lived up to every review.", "pleasantry"),
   ("N", "Your menu lists eight teas, but your till data shows Assam and Earl Grey make up 70% of pots, so I'd start with those two in 1 kg caddies.", "insight from the prospect's own data")],
  [("S", "We're sourced by three Michelin-starred restaurants and were voted Tea Merchant of the Year, which I'm rather proud of.", "generic boast and the rep's pride"),
   ("T", "I've enclosed samples of both, and I'm so sorry if the parcel arrives a little squashed, I do hope that's okay.", "samples plus needless apology and approval-seeking"),
   ("S", "Would Thursday suit for a tasting, and might you leave us a review on Google afterwards, as it really helps our little business?", "meeting ask plus a review favour")])

email("livery painting for the pennock travel coach fleet", "blunt", "Livery", "Ian,", "Stu",
  [("N", "The rebrand artwork your marketing team sent fits the Plaxton bodies with only minor tweaks around the wheel arches.", "logistics"),
   ("H", "Your fleet looks tired next to the competition, and you need this done before the summer tours, full stop.", "telling the prospect what they need")],
  [("H", "We can take two coaches a week from 3 March, and I've already sent your accounts team the invoice for the first pair.", "schedule plus assumptive invoice"),
   ("S", "The paint is a two-pack system rated for eight years, and we're the only bodyshop in the north with a manufacturer's gold seal.", "product detail plus generic boast"),
   ("HS", "My manager has given me until Monday to bring this in, so I need your yes before then.", "deadline set by the seller's manager"),
   ("T", "And if the price is what's holding you up, tell me what you'd pay and I'll make it work.", "asking the buyer to name a number")])

email("longbow supply for the yewdale bowmen", "chatty", "Longbows for the beginners' course", "Hi Pat,", "All the best,\nFinn",
  [("N", "Thanks for letting me try the range last weekend.", "courtesy"),
   ("N", "For your beginners' courses, a 25 lb draw weight would let the juniors shoot the full six dozen arrows without tiring.", "expert recommendation"),
   ("S", "Every bow we make is hand-tillered by our master bowyer, who has won the national championship seven times!", "generic boast")],
  [("S", "I can bring six bows to the Saturday session, and honestly I'd love a shout-out on the club's social pages if you're happy with them.", "demo offer plus a favour for the seller"),
   ("T", "The set of six bows would be £1,140, but I could probably knock a bit off if that's more than the committee had in mind.", "price plus caving on price"),
   ("H", "Loads of the clubs round here have already switched to our bows, so you'd not want to be the odd ones out.", "peers who already switched as pressure"),
   ("N", "Would 10am suit, before the juniors arrive?", "plain ask with a time")])
# 40 emails in all

# ---------------------------------------------------------------------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    emails, sents = [], []
    n = 0
    for i, (ind, reg, subj, sal, sign, paras) in enumerate(E, 1):
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        eid = "s99e%03d" % i
        body = "\n\n".join(" ".join(fix(t) for _, t, _ in p) for p in paras)
        text = fix(sal) + "\n\n" + body + "\n\n" + fix(sign)
        counts = collections.Counter(); strong = collections.Counter()
        for p in paras:
            for code, t, note in p:
                labs = CODE[code]
                n += 1
                t = fix(t)
                assert t in text, (eid, t)
                sents.append({"id": "s99-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
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
    R.append("# sealed99: held-out sales emails for the Poise tone coach\n")
    R.append("**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on 7\nDecember (in the twelfth session) from the labelling guide alone, blind to that session's third Apply changes (after\nrounds 93 to 96), which it was written to judge, and measured first in that session on a detector those changes leave\nas it was (rules + model macro-F1 0.948: hard_close 0.980, self_serving 0.940, timidity 0.923; 2 of 106 clean\nsentences flagged; email agreement 0.975 / 0.975 / 0.950).\n")
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
    R.append("- Every third email (s99e003, s99e006, ...) uses curly apostrophes; the others use straight ones. British and "
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
