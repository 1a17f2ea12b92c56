#!/usr/bin/env python3
"""sealed64: hand-written held-out sales emails for the Poise tone coach.
Codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combine, e.g. "HS").
A note starting with "b:" is written out as "borderline: ..." (decided by a borderline rule of the guide)."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
E = []
def email(subject, salutation, signoff, *paras):
    E.append((subject, salutation, signoff, paras))

# 1 anchovies, chatty, UK
email("Cantabrian anchovies for the four tapas bars", "Hi Marta,", "Cheers,\nOwen",
 [("Lovely to meet you at the Olympia fair last week.", "N", "pleasantry"),
  ("The 50 g tins you tasted are salted for eight months, which is why they hold together on the pan con tomate.", "N", "product detail tied to their dish"),
  ("I've already pencilled your first pallet onto Tuesday's van, so just send over the card details and it's yours.", "H", "assumptive payment step before a yes")],
 [("We've won Great Taste three stars four years running and supply half the Michelin places in Madrid.", "S", "generic awards boast"),
  ("The 100 g tins come in at £6.20 each as you asked, and your rivals on Frith Street switched to us in the spring, so you'd look a step behind without them.", "H", "peers-already-switched shaming beside the price she asked for"),
  ("I'll send a mixed case of the 50 g and 100 g tins for the chefs to compare, and I'll pop into the restaurant each lunchtime until someone gives me an answer.", "H", "badgering beside a legit sample offer")])

# 2 abseil, formal, UK
email("Sponsored abseil down Carrow Tower, 14 September", "Dear Ms Achebe,", "Yours sincerely,\nDavid Penhallow\nVertical Events Ltd",
 [("Thank you for your enquiry about a sponsored abseil for St Clare's Hospice.", "N", "courtesy"),
  ("The tower owners have confirmed 14 September, the date your fundraising committee asked for, and we can take up to 60 participants.", "N", "prospect's own date"),
  ("Each descent includes a harness fitting, a safety brief and a photographer, and we are proud to be the most-booked charity abseil company in the country.", "S", "generic boast beside concrete detail")],
 [("I do apologise for how long this letter has become, and I am sorry that the fee is higher than you might have hoped.", "T", "apologising for length and price"),
  ("The day rate covers two instructors and all equipment, and if it would help at all I could probably take a fifth off without needing anything in return.", "T", "unprompted unconditional discount beside a product detail"),
  ("I would be so grateful for fifteen minutes on Thursday to go through the participant waiver, if that isn't too much of an imposition and only if it suits.", "T", "meeting ask wrapped in permission-begging")])

# 3 acrobats, chatty, US, curly
email("Acrobats for the Halvorsen launch night", "Hey Priya,", "Best,\nJules\nAerial Arc Productions",
 [("Great chatting yesterday about the launch on March 6.", "N", "pleasantry, their date"),
  ("Our troupe has performed for Nike, Google, Cirque alumni showcases, two Super Bowl parties and a royal wedding.", "S", "name-dropping boast, not tied to her event"),
  ("For your ballroom's 9 m ceiling, a two-person silks act above the product reveal works better than a full rig.", "N", "expert recommendation tied to venue")],
 [("I've gone ahead and held the troupe for the 6th and asked accounting to raise the deposit invoice today.", "H", "invoice raised before a yes"),
  ("Honestly, my manager is leaning on me to get this one booked before our spring slate locks, so a yes by Friday would save my skin.", "HS", "seller's manager as reason for a date, rule 16"),
  ("Could you send the venue's rigging plan today so our safety lead can check load points, since every hour you wait we could lose the riggers?", "H", "manufactured urgency beside a legit ask")])

# 4 butterfly pupae, warm, UK, CLEAN
email("Butterfly pupae for the tropical house", "Dear Helen,", "Warm regards,\nRosalind Mbeki\nWingfield Pupae",
 [("It was a pleasure showing your keepers round our breeding rooms on Monday.", "N", "pleasantry"),
  ("Based on your 18 m² flight area, I'd suggest around 120 pupae a week across eight species, weighted towards the long-lived Heliconius.", "N", "expert recommendation tied to their space")],
 [("APHA import rules change on 1 April, so any Costa Rican species would need their new paperwork from that date; our UK-bred stock is unaffected.", "N", "borderline: real external regulatory date, stated once with reason"),
  ("The emergence hatch you sketched would fit our standard hanging boards, so no extra kit is needed.", "N", "value tied to their set-up"),
  ("Would Wednesday 12th at 2 pm suit for a call with your head keeper to agree the species mix?", "N", "confident next step with date")])

# 5 biohazard cleaning, blunt, UK
email("Biohazard cleaning for your void properties", "Mr Okafor,", "Regards,\nTrevor Lake\nClearPath Specialist Cleaning",
 [("You mentioned 11 voids a month that need trauma or hoarding cleans before your repairs team can go in.", "N", "restating their need"),
  ("Our crews are BICSc-trained and carry the waste licence your contracts team asked to see.", "N", "credential the buyer's process requires")],
 [("Our first available crew is Monday the 9th, though frankly I'd have thought tenant safety mattered more to your department than this.", "H", "shaming the prospect beside a legit availability date"),
  ("This is the fourth time I've written, and I can see from the tracker you opened the last three.", "H", "counting touches plus read-receipt guilt"),
  ("The price sheet is attached, and if I don't have an order number by Friday I'll raise it with your director of housing instead.", "H", "bypass threat beside a legit attachment"),
  ("After the hours I spent walking those flats for you, I think I'm owed at least a straight answer.", "HS", "seller's effort as guilt, rule 15")])

# 6 bath bombs, very deferential, UK, curly
email("Bath bombs for the spa shop", "Dear Mrs Faulkner,", "With kindest regards,\nAmira Qureshi\nFizz & Fettle",
 [("Thank you so very much for taking the time to read this, I know how busy you must be.", "T", "self-abasing gratitude for attention"),
  ("A trial order of 48 bombs would fill one shelf unit, and I was wondering if perhaps you might possibly consider it, if it's not too much trouble?", "T", "stacked hedges plus permission-begging beside a concrete offer")],
 [("Our lavender and oat bombs use no synthetic dye, which matters for the eczema-prone guests your therapists mentioned.", "N", "value tied to their guests"),
  ("I'm so sorry the wholesale price is what it is, and please do tell me what figure would feel fair to you.", "T", "apologising for price and asking buyer to name a number"),
  ("I've attached the ingredient sheets and a photo of the gift-box size.", "N", "attachment, logistics"),
  ("Please forgive me for writing again, and ignore this entirely if it's a nuisance.", "T", "apology for following up plus feel-free-to-ignore")])

# 7 backgammon boards, terse, US
email("Backgammon boards, 30 units", "Dan,", "- Cal\nOakpoint Games",
 [("Quote for 30 inlaid boards attached as requested.", "N", "attachment"),
  ("Walnut and maple, felt-lined, tournament size, plus twelve finishes, three felt colours, engraving, gift tins, travel cases and a lifetime warranty.", "S", "feature list not tied to the buyer")],
 [("Price holds through the 15th, after that it's gone and I won't reopen it.", "H", "invented deadline with no reason, ultimatum"),
  ("Engraving your bar's logo on the lid adds $9 a board, and every bar on your block already stocks ours, so don't be the only one left out.", "H", "competitor FOMO beside a product detail"),
  ("Need to hit my number this month, so get me a PO by Thursday.", "HS", "seller's quota as reason for a date, rule 16"),
  ("Ship lead time is 10 business days from PO.", "N", "logistics")])

# 8 beanbags, chatty, UK
email("Beanbags for the library reading corner", "Hi Siobhan,", "Speak soon,\nKeeley\nSlouch Seating",
 [("Lovely to hear the new reading corner is finally getting built!", "N", "pleasantry"),
  ("We're the UK's number one beanbag brand, featured in Dragon's Den, the Sunday Times and Grazia!", "S", "boast with exclamation, not tied to her"),
  ("Our wipe-clean covers are rated to 40 kg of play and the fill is flame-retardant to BS 5852, which your facilities officer said is required.", "N", "certification the buyer's process requires")],
 [("Would you be a star and leave us a Google review once they arrive?", "S", "asking a favour before value delivered"),
  ("As it's a school, I'll drop you to trade price without you even asking.", "T", "unprompted unconditional discount"),
  ("Let me know how many you're thinking and I'll get the colour chart over, though honestly whenever is fine, there's no rush at all.", "T", "minimising beside a legit next step")])

# 9 cricket bats, non-native English, curly
email("Cricket bats for your club's academy", "Dear Mr. Shah,", "Best regards,\nRavindu Perera\nWillowline Sports",
 [("I am writing you about bats for the under-15 academy which you mention on phone.", "N", "logistics, non-native phrasing"),
  ("Our Grade 2 English willow is pressed lighter for young players, so the boys can play full strokes without wrist injury.", "N", "value tied to their players"),
  ("Please, I must ask for your order this week because my boss is checking my sales every Monday.", "HS", "seller's manager as reason for a date, rule 16")],
 [("Also, I give you 30% discount if you decide before Saturday.", "HT", "discount conditioned on seller's date, rule 7"),
  ("Many clubs in your league already buy from us and they're laughing when other clubs use cheap bats.", "H", "peer shaming"),
  ("I can bring three sample bats to the nets on Sunday, and you must to buy them that day because after Sunday the price is finish.", "H", "invented deadline beside a concrete offer")])

# 10 copywriting, warm, US
email("Website copy for Larkin & Sons Funeral Home", "Dear Mr. Larkin,", "Warmly,\nBeth Amundsen",
 [("I was so sorry to hear that your father passed away in the spring.", "N", "sympathy, not borderline (rule 3)"),
  ("Families who search at 2 a.m. mostly want two answers fast: what happens next, and what it costs.", "N", "insight"),
  ("I'd rewrite your first page around those two questions and move the history of the firm further down.", "N", "confident recommendation")],
 [("I've written for over 200 funeral homes and won the Copy Guild's gold award twice.", "S", "generic credentials boast"),
  ("I'll hold your May slot, though I have three other firms asking about it, so I'd grab it while it's there.", "H", "manufactured scarcity"),
  ("If you're happy with the sample page, would you mind writing me a testimonial for my own site?", "S", "favour for the seller before value delivered"),
  ("I've already turned down two other clients to keep your May slot open, so I really think I've earned a decision this week.", "HS", "seller's sacrifice as guilt, rule 15")])

# 11 cycle training, formal, UK
email("Bikeability Level 2 for Year 6, summer term", "Dear Mr Hartley,", "Kind regards,\nNaomi Fisher\nSafe Wheels Training CIC",
 [("Thank you for your note about cycle training for your 58 Year 6 pupils, and I do hope you don't mind me replying at such length.", "T", "approval-seeking beside courtesy"),
  ("The county's Bikeability grant for 2025/26 closes to new schools on 31 March, so places would need to be registered by then to be fully funded.", "N", "borderline: real external date stated once with reason"),
  ("We run Level 2 in groups of twelve on the roads around the school, over two mornings.", "N", "detail")],
 [("I've attached the risk assessment your governors wanted, and I'm sorry to keep filling your inbox, I do know how much schools get.", "T", "apologising for following up beside an attachment"),
  ("Reply in your own good time, no rush at all, even next year would be absolutely fine.", "T", "permission-begging and minimising"),
  ("Would a call on Tuesday the 4th at 3.30 pm work to agree dates with your Year 6 team?", "N", "clear next step with date")])

# 12 coach hire, blunt, UK, curly
email("Coaches for the Year 10 Berlin trip", "Mr Dobson,", "Gary Welsh\nWelsh Travel",
 [("Two 53-seat coaches with seatbelts and a second driver for the overnight leg, as you specified.", "N", "logistics meeting spec"),
  ("You asked for prices by half-term, so here they are, attached.", "N", "prospect's own deadline, attachment")],
 [("Your school needs this booked now, and I don't see what there is to debate.", "H", "telling the prospect what they need"),
  ("No deposit by Monday means I'll be emailing your head teacher and the governors myself.", "H", "bypass threat"),
  ("The driver rota for the Berlin week is fixed on Thursday, so silence by Wednesday and I'll assume we're going ahead and send the invoice.", "H", "silence-means-yes assumptive step beside a logistics fact"),
  ("We've been a family firm since 1962, three generations behind the wheel.", "S", "borderline: heritage line, rule 8")])

# 13 chiropractic screening, chatty, US
email("Spine screening day for your DC team", "Hi Rachel,", "Thanks!\nDr. Kim Alvarez",
 [("Thanks for the quick reply about the back strain numbers, and sorry, sorry again for all my voicemails last week.", "T", "repeated apology for following up"),
  ("Your safety log shows 14 lifting injuries in six months, most of them on the mezzanine pick line.", "N", "prospect's own data"),
  ("A one-day screening at the start of each shift would catch the early cases before they become lost-time claims.", "N", "value tied to their problem")],
 [("Between us, landing your site would tip me into the next commission band.", "S", "seller's need, no date or demand, rule 16"),
  ("I've already blocked out April 9 and told our front desk you're confirmed.", "H", "assumptive booking before yes"),
  ("Happy to set up a call this week, and I'd love to show you our whole wellness platform, all fourteen modules, while we're on it.", "S", "self-serving demo of whole suite, rule 9, beside a meeting ask")])

# 14 crochet kits, warm, UK, CLEAN
email("Crochet kits for the autumn shelves", "Hi Lorna,", "Best wishes,\nPip Adeyemi\nHook & Hearth",
 [("Thanks for popping by our stand at Harrogate, it was lovely to hear about the shop's Tuesday crafting group.", "N", "pleasantry"),
  ("Since most of your group are beginners, I'd lead with the three kits that use a single stitch throughout.", "N", "recommendation tied to their customers"),
  ("Each kit has a QR code to a short video, which your staff said would save them re-teaching the magic ring every week.", "N", "value tied to their staff")],
 [("Shall I send a sample box of all six for the group to try on the 21st?", "N", "offer with date")],
 [("P.S. Just a heads-up that our carrier stops collecting for the Christmas period on 12 December.", "N", "borderline: one polite just, real external date")])

# 15 diorama, formal, US, curly
email("Wetland diorama for the Natural History gallery", "Dear Dr. Whitfield,", "Respectfully,\nAnders Holm\nHolm Exhibit Studio",
 [("Thank you for sharing the gallery floor plan and the conservation brief.", "N", "courtesy"),
  ("For a 4 m case facing the east windows, I'd recommend UV-filtered glazing and a painted backdrop on aluminum rather than canvas.", "N", "expert recommendation"),
  ("We've built dioramas for the Smithsonian, the Field Museum and eleven other institutions, and our work has been on three magazine covers.", "S", "generic boast")],
 [("Our fiscal year ends on the 30th and this commission has to be on the books by then, so I'd need your signature before that date.", "HS", "seller's fiscal year as reason for deadline, rule 16"),
  ("Should the board keep dithering, your museum director will be hearing from me.", "H", "bypass threat"),
  ("The draft schedule is attached and shows a twelve-week build, and I'll take silence by Monday as approval to order the glazing.", "H", "silence-means-yes beside attachment")])

# 16 duck decoys, chatty, UK
email("Carved decoys for the visitor centre shop", "Hi Tom,", "All the best,\nMiles\nReedbed Carvings",
 [("Glad the sample teal went down well with your volunteers, and I really hope it was alright that I sent it without asking first.", "T", "approval-seeking"),
  ("Each decoy is carved from reclaimed lime and painted from the reserve's own photos of the birds on the scrape.", "N", "product detail tied to their reserve"),
  ("Sorry for the late reply last week; the courier lost the sample and I had to carve a new one.", "N", "borderline: single courtesy apology with reason")],
 [("I could probably maybe do something on price, if you think that might possibly help a bit?", "T", "stacked hedges plus unprompted concession"),
  ("No worries at all if it's a no, I'll just try you again next spring.", "T", "accepting a brush-off pre-emptively"),
  ("Are you still aiming to stock the shop before the Easter holidays?", "N", "insightful question")])

# 17 domestic abuse awareness training, formal, UK
email("Domestic abuse awareness training for your housing officers", "Dear Ms Patel,", "Yours sincerely,\nJoanne Reece\nSafer Doors Training",
 [("Thank you for sending the 2024 tenancy audit.", "N", "courtesy"),
  ("It shows that officers logged concerns in only a third of the cases later referred to MARAC, which is where our half-day course focuses.", "N", "insight from their data")],
 [("I was extremely disappointed not to hear back after I rebuilt the whole course around your audit, and I feel I am owed a decision.", "HS", "seller's effort and feelings as guilt, rule 15"),
  ("I'm also up for promotion this quarter and securing your council would really help my case.", "S", "seller's standing, no demand"),
  ("It's a little embarrassing for a council of your size to still be without it.", "H", "shaming"),
  ("We could run the first cohort on 3 June at your Mill Street office, though honestly your team needs this far more than you realise.", "H", "you-need directive beside concrete offer")])

# 18 electric fencing, blunt, UK, curly
email("Electric fencing for the conservation grazing", "Hi Fergus,", "Cheers,\nAlison Wren\nGrazeline Fencing",
 [("For 40 ha of heath with Exmoor ponies, a three-strand polywire on 6 m spacings is the usual spec.", "N", "expert recommendation"),
  ("The mains energiser would cope with the long runs better than a solar one on that north slope.", "N", "technical advice")],
 [("I've sent the quote twice now and you've read both, so I expect a yes or no by Friday.", "H", "counting touches, read-receipt guilt"),
  ("The reel prices are attached, and I'll knock 20% off if you sign before the end of the month.", "HT", "discount conditioned on seller's date beside attachment, rule 7"),
  ("Your trust needs this fence up before the ponies arrive, so stop overthinking it.", "H", "you-need directive plus belittling"),
  ("Let me know if your wardens want a walk of the line, though I've walked it twice already on my own time and frankly I'd expect an order after that.", "HS", "seller's effort as guilt, rule 15, beside an offer")])

# 19 escapologist, chatty, US, CLEAN
email("Escape act for the Riverfront Festival", "Hi Dana,", "Cheers,\nThe Great Vasquez (Luis)",
 [("Thanks for getting back to me so fast after the open mic.", "N", "courtesy"),
  ("The straitjacket act runs 12 minutes and needs a 4 m square of stage and one volunteer from the crowd.", "N", "logistics"),
  ("You said the main stage slots are confirmed by the arts council on May 2, so I'll keep that date free until I hear from you.", "N", "prospect's own date")],
 [("The chained-trunk version drew the biggest crowds at Lakeshore last year, and I'd suggest it for your 4 pm slot when families are there.", "N", "social proof turned into a recommendation"),
  ("What does your insurer need from performers for the risk assessment?", "N", "insightful question")])

# 20 ear piercing training, terse, UK
email("Piercing training, 12 branches", "Gemma,", "R. Kaur\nStudLab Academy",
 [("Course outline and CPD certificate sample attached.", "N", "attachment"),
  ("Two days per cohort, up to eight staff, in your Leeds training room, on whatever dates you like, no hurry whatsoever.", "T", "minimising beside logistics")],
 [("Apologies for pestering you yet again, I know you're swamped.", "T", "apologising for follow-up"),
  ("Hope that's okay, and sorry if the price is a bit much.", "T", "approval-seeking plus apologising for price"),
  ("Happy to come down, just tell me what you were hoping to pay.", "T", "asking buyer to name a number"),
  ("The course is recognised by the main salon insurers, and we're the fastest-growing piercing academy in Britain, full stop.", "S", "generic boast beside a credential the buyer needs")])

# 21 egg cups, warm, US, curly
email("Egg cups for the Juniper Inn breakfast room", "Dear Clara,", "Warmly,\nNell Ortega\nOrtega Clayworks",
 [("Thank you for the tour of the breakfast room; the morning light in there's gorgeous.", "N", "pleasantry"),
  ("A speckled glaze would hide the tea-stain rings your servers complained about.", "N", "value tied to their problem")],
 [("I put my whole weekend into the glaze tests for you, so it honestly stung not to hear anything back.", "HS", "seller's effort and hurt as guilt, rule 15"),
  ("The 60 cups are fired and waiting, and payment by card today would let me ship them tomorrow.", "H", "assumptive payment step beside a concrete detail"),
  ("Your neighbors at the Alder House already ordered a set from me.", "H", "peers-already-switched pressure"),
  ("Would a glaze sample by post be useful before you decide?", "N", "plain offer")],
 [("P.S. Sorry, I know handmade pricing can feel steep.", "T", "apologising for price")])

# 22 flat-pack assembly, terse, UK
email("Flat-pack assembly, Ravensworth Halls", "Hi Leon,", "Thanks,\nMo\nSnapBuild",
 [("Quote for assembling 320 bed frames and desks before the September intake attached.", "N", "attachment, their date"),
  ("Three fitters, five days, all packaging taken away, and we've been voted the best assembly firm in the North three years running.", "S", "award boast beside logistics"),
  ("Frankly, halls like yours can't afford to leave this to chance, so it has to be us.", "H", "telling them what they need, entitlement")],
 [("My target resets on the 31st, so sign before then and I'll knock 15% off.", "HST", "discount tied to seller's target date, rule 7 and 16"),
  ("Can I ask what happened with last year's supplier?", "N", "discovery question"),
  ("No reply by Friday and I'll get my director to ring your head of estates instead.", "H", "bypass threat")])

# 23 fascinators, very deferential, UK
email("Fascinators for the race-day windows", "Dear Ms Beaumont,", "With my very best wishes,\nIsla Carmody\nCarmody Millinery",
 [("Thank you ever so much for even considering a small milliner like me.", "T", "thanking them for considering, self-abasing"),
  ("The sinamay pieces are hand-blocked and each one is different, which suits a display that changes weekly.", "N", "product detail tied to their display")],
 [("I'm terribly sorry for the length of this email, and for writing again so soon.", "T", "apology for length and for following up"),
  ("Each fascinator is £38 trade, as you asked, though I'd need to check with my business partner before I could offer any discount, I'm afraid.", "T", "deferring on discount beside the price she asked for"),
  ("The window installation date you gave, 2 June, works well for delivery on the 28th of May.", "N", "prospect's own date"),
  ("Please don't feel you have to reply at all.", "T", "minimising, releasing them")])

# 24 futons, chatty, US, curly, CLEAN
email("Futons for the Pinecrest hostel rooms", "Hi Marcus,", "Best,\nTeresa\nFoldwell Furniture",
 [("Great to hear you're converting the old staff wing into four-bed rooms.", "N", "pleasantry"),
  ("Our tri-fold frames take 300 lb and fold to 28 inches deep, so you'd keep the walkway your fire marshal asked for.", "N", "value tied to their constraint"),
  ("Your fire marshal also needs CAL 117 labels on every mattress before sign-off, and ours carry them.", "N", "technical prerequisite need")],
 [("We'd drop the unit price by 8% on a three-year replacement contract, if that suits your budget planning.", "N", "concession traded for term, rule 7"),
  ("Does Thursday at 11 work to walk the wing together?", "N", "clear next step")])

# 25 grief training, formal, UK
email("Bereavement support training for line managers", "Dear Mr Ellison,", "Kind regards,\nDr Hannah Moss\nQuiet Harbour Training",
 [("Thank you for speaking with me about the three recent bereavements in the claims team.", "N", "courtesy"),
  ("Managers often don't know what to say in the first week back, and that is where most of the later sick leave begins.", "N", "insight")],
 [("I would be so grateful if you could sign this week, as my director has asked me to bring in one more contract before the board meets.", "HS", "seller's director as reason for date, rule 16"),
  ("I could offer a reduced fee if you would agree to be a case study for our website.", "ST", "borderline: discount for a favour, rule 7"),
  ("We were named Training Provider of the Year by two industry bodies and have been featured on the BBC.", "S", "generic awards boast"),
  ("I can hold a half-day pilot for eight managers on 10 October, and please say if that's presumptuous of me.", "T", "approval-seeking beside concrete offer")])

# 26 guitar tuition, chatty, UK
email("Guitar sessions at the Eastgate youth centre", "Hey Kwame,", "Cheers,\nBex",
 [("Cheers for letting me sit in on Thursday's drop-in, the kids were brilliant.", "N", "pleasantry"),
  ("With twelve guitars and around twenty kids, I'd run two groups of ten and have the waiting group on rhythm apps.", "N", "recommendation tied to their numbers"),
  ("Honestly, everyone else in town has booked me already, so you'd be the odd one out.", "H", "peer pressure")],
 [("The rate is £35 an hour for both groups, and sorry, I know I'm being a pain chasing this, and sorry it's gone up.", "T", "apologising for chasing and for price beside the quoted rate"),
  ("Fair enough if the budget isn't there, I'll drop you a line after Christmas instead.", "T", "accepting brush-off without a question"),
  ("What's the centre's funding cycle, so I can time the proposal properly?", "N", "discovery question")],
 [("P.S. I've won loads of battle-of-the-bands trophies, by the way!", "S", "generic boast")])

# 27 grab lorry, blunt, UK, curly
email("Grab lorry for the spoil, Ferris Lane", "Steve,", "Dean\nMaddox Haulage",
 [("About 40 tonnes of clay spoil by your estimate, which is five loads on our 8-wheeler.", "N", "logistics from their estimate"),
  ("The council's road permit for Ferris Lane needs ten working days, so the earliest lift would be the 18th.", "N", "borderline: real permit lead time")],
 [("I've rung your site, your mobile and the office three times each this week, and still nothing.", "H", "multi-channel chasing counted at the prospect"),
  ("The price is in the attached sheet, and if I hear nothing by tomorrow I'm booking the wagon and billing you anyway.", "H", "assumptive billing threat beside attachment"),
  ("We can do £285 a load as you asked, and every other contractor on the estate uses us, so I can't see what's taking you so long.", "H", "peer pressure and sarcasm beside the price he asked for"),
  ("Expect me at your site cabin on Monday morning whether you've replied or not.", "H", "badgering, turning up uninvited")])

# 28 gumball machines, chatty, US
email("Gumball machines for the Fun Barn party rooms", "Hi Shelby,", "Thanks,\nRico\nRollcandy Vending",
 [("Thanks for the tour of the party rooms on Saturday.", "N", "pleasantry"),
  ("A triple-globe unit by the exit gets used most, since kids pass it on the way out with their parents' change.", "N", "insight tied to their layout"),
  ("We'd restock the machines every two weeks at no charge, and we're the only vending company in the state with a 5-star rating on every platform!", "S", "generic boast with exclamation beside a service detail")],
 [("Leave it till June and you'll spend the whole summer wishing you hadn't.", "H", "if-not-now pressure, FOMO"),
  ("I'm running a little sales contest at work, so an order before Friday would help me win it.", "HS", "seller's contest as reason for a date, rule 16"),
  ("My supervisor wants a wall of kid venues on our website, so could we put your Fun Barn logo up?", "S", "favour for the seller, manager's wish"),
  ("Want to see a demo unit in action?", "N", "borderline: bare demo ask, rule 9")])

# 29 gaffer tape, terse, UK, CLEAN
email("Gaffer tape, 48 mm matte black", "Hi Ade,", "Ta,\nSam\nStagekit Supplies",
 [("Prices for 200 rolls attached, as asked.", "N", "attachment"),
  ("The matte black leaves no residue on the sprung floor your stage manager was worried about.", "N", "value tied to their concern"),
  ("Just so you know, the mill has put the 48 mm width on allocation until February, so I've reserved 200 rolls until your budget sign-off on the 9th.", "N", "borderline: manufacturer allocation stated neutrally; prospect's date")],
 [("Following up on the fluorescent tape question: yes, we stock it in 25 mm.", "N", "single follow-up adding info"),
  ("Tell me which delivery day suits the theatre.", "N", "plain ask")])

# 30 hypnotherapy, warm, UK, curly
email("Stop-smoking sessions for your staff", "Dear Lesley,", "Warmly,\nFrancesca Doyle",
 [("It was lovely to meet your wellbeing group on Wednesday, and I do hope I didn't take up too much of their time.", "T", "approval-seeking"),
  ("Your staff survey says 60 people want to quit, which is a good base for two group sessions and a follow-up.", "N", "prospect's data")],
 [("I really need this contract to keep my practice going, so please help me out.", "ST", "pleading for the seller's own sake, rule 15"),
  ("I've been voted best hypnotherapist in the county for five years in a row!", "S", "generic award boast"),
  ("I've attached the session plan, and I'm so sorry to ask again, I'd completely understand if you'd rather not hear from me.", "T", "apologising for follow-up, releasing them, beside an attachment"),
  ("Could we talk on Monday about the room you'd use?", "N", "plain next step")])

# 31 handmade mugs, warm, US
email("Handmade mugs for Pressed cafe", "Hi Jonah,", "Best,\nAudrey Lin",
 [("Thanks for the coffee and the chat on Saturday.", "N", "pleasantry"),
  ("A 12 oz straight-walled mug fits your La Marzocco drip tray, which the tapered ones didn't.", "N", "product detail tied to their equipment"),
  ("I've already wedged the clay and booked kiln time, so all you need to do is send the deposit today.", "H", "assumptive payment beside legit detail")],
 [("Every cafe on Alberta Street has switched to handmade, and honestly yours looks dated next to them.", "H", "peer shaming"),
  ("I'm in a bit of a hole this month, so your order would really help me.", "S", "seller's need, no date, rule 16"),
  ("My teacher at Haystack was a MacArthur fellow, and my work is in three museum collections.", "S", "credentials boast"),
  ("Would you like a sample in the sage glaze first, or shall I just knock 15% off so it's an easy yes?", "T", "unprompted discount beside sample offer")])

# 32 incontinence products, formal, UK
email("Continence products for the Elmwood care group", "Dear Mr Harcourt,", "Yours sincerely,\nSimon Okoro\nDrySure Healthcare",
 [("Thank you for sharing the product usage from your six homes.", "N", "courtesy"),
  ("Your data shows night-time changes at 2.4 per resident, which our higher-absorbency pad could bring to one and free roughly nine care hours a night.", "N", "cost of delay/value from their own data, rule 5")],
 [("Each week you hold off is roughly £1,900 of night-shift hours down the drain.", "H", "borderline: cost of delay used to push with a plausible number, rule 5"),
  ("Pop your purchase card details in the reply and the launch price is locked in for you.", "H", "assumptive payment demand"),
  ("The contract is attached, and your regional director can sign it off afterwards, so there's no need to wait for the committee.", "H", "overriding the prospect's process beside attachment"),
  ("I am happy to run a two-week trial in one home first.", "N", "offer")])

# 33 igloo dining pods, chatty, US, curly
email("Igloo pods for the rooftop bar", "Hey Tasha,", "Talk soon,\nGrant\nDomeView Outdoor",
 [("Great to see the rooftop last week, and I hope you'll forgive me for writing again so soon.", "T", "apologising for following up"),
  ("Six 3.5 m pods would fit along the parapet and still leave the fire lane your landlord requires.", "N", "value tied to their constraint"),
  ("The factory's down to its final two sets for the season, and I've a steakhouse on Pine Street ready to take them off my hands.", "H", "scarcity with rival buyer")],
 [("Let me show off the full catalog, we've got 40 pod styles, heaters, rugs, lighting, sound systems and branding packages.", "S", "feature-dump of whole catalog"),
  ("I'll just assume you're in unless I hear otherwise by Monday.", "H", "silence-means-yes")],
 [("P.S. What's your target opening date for the winter menu?", "N", "question")])

# 34 junk removal, blunt, US, CLEAN
email("Clearing 14 Orchard Road before closing", "Ms. Gallo,", "Regards,\nRay Dunn\nHaulAway Pros",
 [("Estimate attached for clearing the house and garage before your June 20 closing.", "N", "prospect's date, attachment"),
  ("Two trucks, one day, and we donate anything usable to Habitat ReStore.", "N", "logistics"),
  ("The county landfill stops taking mattresses on June 1 under the new recycling rule, so those would go to a separate recycler.", "N", "borderline: real external rule, stated once with reason")],
 [("I'd clear the garage first, because the buyers' inspector will want to see the foundation wall.", "N", "confident recommendation"),
  ("Does Saturday the 14th work for the job?", "N", "next step")])

# 35 jelly beans, non-native English, US
email("Jelly beans for the Marquee cinemas pick and mix", "Dear Mr. Fuller,", "Kind regards,\nYuki Tanaka\nSweetbean Trading",
 [("Thank you for the meeting in last Tuesday, it was very helpful for me to understand your concession stands.", "N", "courtesy, non-native"),
  ("Our beans are gelatin-free, so your vegetarian customers can buy them, which you said is many.", "N", "value tied to their customers"),
  ("The price is $4.10 per kilo like you ask, but I am very sorry, it is more high than the other supplier, please excuse me.", "T", "apologising for price beside the price he asked for")],
 [("I can maybe give you 20% discount if you want, you can tell me the price you like.", "T", "unprompted discount and asking to name number"),
  ("My manager says I must to bring your order before end of the quarter, so please decide until 30th.", "HS", "seller's manager and quarter as reason for date, rule 16"),
  ("I send the flavour list and the sample box this week.", "N", "logistics")],
 [("P.S. Our company is the number one jelly bean importer in Asia since 1988!", "S", "generic boast")])

# 36 klezmer band, warm, UK, curly
email("Klezmer band for your wedding on 9 August", "Dear Rivka and Sam,", "Mazel tov in advance,\nEli Brenner\nThe Freilach Five",
 [("Mazel tov on the engagement, and thank you for getting in touch.", "N", "pleasantry"),
  ("For a hora with 150 guests, I'd bring clarinet, violin, accordion, bass and drums, and play the first set during the chair lift.", "N", "recommendation tied to their wedding"),
  ("We've played for the Prime Minister, at Glastonbury and at the Royal Albert Hall.", "S", "name-dropping boast")],
 [("9 August is the date you asked for, and we only hold it for 48 hours before another couple gets it.", "H", "manufactured scarcity beside their date"),
  ("Getting this booked before I do the summer accounts would make my life a lot easier.", "HS", "seller's own reason for date phrased as a favour, rule 16"),
  ("Would a call on Sunday evening suit to go through the set list?", "N", "next step")])

# 37 kit bags, chatty, UK
email("Kit bags for the Harriers' new season", "Hi Gareth,", "Cheers,\nNadia\nPitchside Teamwear",
 [("Good to see the first team back in training; we're official bag supplier to four Premiership clubs, you know.", "S", "name-dropping boast"),
  ("The 60-litre holdall has a separate boot tunnel, which your kit man said is the first thing players ask for.", "N", "product detail tied to their need"),
  ("I'm dead sorry for chasing you on this yet again.", "T", "apologising for follow-up")],
 [("The mock-up with the club crest is attached, and I've already told the factory to start stitching, so the invoice is on its way.", "H", "assumptive invoice beside attachment"),
  ("The size chart is on page two, and I don't suppose there's any chance you might possibly have a minute to look at it?", "T", "stacked hedges, permission-begging beside attachment detail"),
  ("Would 40 bags by 1 August work for the pre-season tour?", "N", "next step with date")])

# 38 kazoos, chatty, UK
email("Kazoos for the Red Nose fun run", "Hi Bea,", "Toot toot,\nOllie\nParpworks",
 [("What a brilliant idea to hand every runner a kazoo at the start line.", "N", "pleasantry"),
  ("Our plastic kazoos are recyclable and come in red, so they'd match the noses.", "N", "product detail tied to their event"),
  ("For 2,000 runners, a bag of 50 at each marshal point stops the start line clogging.", "N", "recommendation tied to their event")],
 [("The run date you gave, 14 March, means we'd need the order by 28 February to print the logo.", "N", "production lead time from their date"),
  ("Could you send the charity's logo as a vector file so we can check it prints cleanly at that size?", "N", "plain ask")])

# 39 lip-reading classes, formal, UK, curly, CLEAN
email("Lipreading classes for the Hearing Loss Group", "Dear Mrs Abbott,", "Kind regards,\nCatherine Dwyer\nClearSight Lipreading",
 [("Thank you for inviting me to your group's April meeting.", "N", "courtesy"),
  ("Several members said they struggle most in noisy cafés, so I'd build the first six weeks around conversation in background noise.", "N", "recommendation tied to their members"),
  ("The Council's community health grant would cover the course fees if the application is in by 30 June, which is their published closing date.", "N", "borderline: real external grant deadline")],
 [("Sorry I was slow to reply, I was running a course in Bristol all week; the outline is attached.", "N", "borderline: single courtesy apology with reason"),
  ("Would Tuesday mornings at the library suit most of your members?", "N", "question")])

# 40 leotards, very deferential, US
email("Leotards for the Level 4 team", "Dear Coach Rivera,", "With gratitude,\nMelody Shore\nSparkle Line Gymwear",
 [("I hope it's alright that I'm writing out of the blue like this.", "T", "approval-seeking"),
  ("Our supplex leotards are chlorine-resistant and sized for growing gymnasts, with free exchanges for twelve months.", "N", "product detail")],
 [("I hope this all sounds alright, and please tell me if I've overstepped.", "T", "needing approval"),
  ("If price is an issue at all, I'm happy to take a chunk off the team order straight away.", "T", "pre-emptive concession"),
  ("Our gymwear is worn by three Olympians and we were Inc. 5000 honorees!", "S", "generic boast"),
  ("Would you like me to send a size kit for the team to try on, if it isn't too much bother?", "T", "permission-begging beside offer")])

# ------------------------------------------------------------------
ORDER = ["hard_close", "self_serving", "timidity"]
CODE = {"H": "hard_close", "S": "self_serving", "T": "timidity"}

def labels_of(code):
    if code == "N":
        return ["NONE"]
    got = {CODE[c] for c in code}
    return [l for l in ORDER if l in got]

def main():
    assert len(E) == 40, len(E)
    sent_rows, email_rows = [], []
    sid = 0
    for i, (subject, sal, sign, paras) in enumerate(E, 1):
        eid = "s64e%03d" % i
        curly = (i % 3 == 0)
        fix = (lambda s: s.replace("'", "\u2019")) if curly else (lambda s: s)
        body_paras = []
        rows = []
        for p in paras:
            texts = []
            for text, code, note in p:
                t = fix(text)
                texts.append(t)
                n = ("borderline: " + note[len("borderline:"):].strip()) if note.startswith("borderline:") else note
                rows.append((t, labels_of(code), n))
            body_paras.append(" ".join(texts))
        full = fix(sal) + "\n\n" + "\n\n".join(body_paras) + "\n\n" + fix(sign)
        per = {l: [] for l in ORDER}
        for t, labs, n in rows:
            assert t in full, (eid, t)
            sid += 1
            sent_rows.append({"id": "s64-%04d" % sid, "email": eid, "text": t, "labels": labs, "note": n})
            for l in labs:
                if l in per:
                    per[l].append(n.startswith("borderline:"))
        lab = {}
        for l in ORDER:
            b = per[l]
            lab[l] = 0 if not b else (1 if len(b) == 1 or all(b) else 2)
        email_rows.append({"email": eid, "subject": fix(subject), "text": full, "labels": lab})
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for r in sent_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for r in email_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-parse and report
    S = [json.loads(l) for l in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8")]
    M = [json.loads(l) for l in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8")]
    c = collections.Counter(l for r in S for l in r["labels"])
    faulty_per_email = collections.Counter(r["email"] for r in S if r["labels"] != ["NONE"])
    clean = [m["email"] for m in M if faulty_per_email[m["email"]] == 0]
    two_plus = [m["email"] for m in M if faulty_per_email[m["email"]] >= 2]
    one = [m["email"] for m in M if faulty_per_email[m["email"]] == 1]
    sizes = collections.Counter(r["email"] for r in S)
    print("emails", len(M), "sentences", len(S))
    print("per-email sentences min/max", min(sizes.values()), max(sizes.values()))
    print("NONE %d (%.1f%%)" % (c["NONE"], 100.0 * c["NONE"] / len(S)))
    for l in ORDER:
        print(l, c[l])
    print("multi-label", sum(1 for r in S if len(r["labels"]) > 1))
    print("borderline", sum(1 for r in S if r["note"].startswith("borderline:")))
    print("emails with 2+ faulty", len(two_plus), "clean", len(clean), "exactly one", one)
    for l in ORDER:
        print("email-level", l, dict(sorted(collections.Counter(m["labels"][l] for m in M).items())))
    print("curly emails", sum(1 for m in M if "\u2019" in m["text"]))

if __name__ == "__main__":
    main()
