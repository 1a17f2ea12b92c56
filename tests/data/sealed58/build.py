"""Build the sealed58 held-out set from hand-written emails. Run: python3 build.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
C = {"N": [], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"], "HS": ["hard_close", "self_serving"],
     "HT": ["hard_close", "timidity"], "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}
# Each email: (subject, salutation, [paragraph: [(code, note, sentence)]], signoff, curly)
E = []
def em(subject, sal, paras, sign):
    E.append((subject, sal, paras, sign))

em("Axolotl habitat for the Year 10 biology lab", "Dear Ms Pritchard,", [[
 ("N", "thanks for a document", "Thank you for sending the floor plan of the Year 10 biology lab."),
 ("N", "concrete fit to the prospect's room", "A 200-litre chilled habitat fits the bay beside the fume cupboard, and the tank sits at bench height so pupils can watch the axolotls regrow a gill without a step."),
 ("HS", "attachment kept; PO date pressed for the seller's regional target (rule 16)", "The quote is attached, and since my regional target closes on Friday I would need the purchase order from you by Thursday."),
 ("S", "generic boast about awards", "We are the most decorated amphibian habitat supplier in the country, with three industry awards on the wall."),
 ("T", "self-abasing apology for normal selling", "Forgive me if this is rather a lot to take in; I would hate to be a nuisance."),
 ("H", "meeting ask kept; contract brought for signing before a yes (assumptive)", "Could we meet on Tuesday 14 October at 3.30 to walk the room with your technician, and I will bring the contract so you can sign on the spot?")]],
 "Yours sincerely,\nMargaret Oyelaran\nAxolotl Habitats Ltd")

em("Massage oils for the signature treatment", "Hi Jen,", [[
 ("N", "pleasantry", "Great talking with you and Dana on Wednesday about the new signature massage."),
 ("T", "stacked hedges plus permission-seeking (rule 2)", "I was sort of wondering if maybe you might want to try a few samples, if that's okay?")], [
 ("N", "product detail tied to the spa's need", "The lavender-vetiver blend you liked is cold-pressed in small batches, so your therapists get the same scent profile every order."),
 ("T", "legit pointer to pricing, then an unprompted discount (rule 7)", "Pricing is on page two, and honestly I can take 15% off before you even ask."),
 ("T", "legit sizing ask plus permission-seeking minimiser", "If you tell me how many treatment rooms are opening in March, I'll size the first order to match, though only if you're sure and it's no trouble at all."),
 ("T", "apologising for the length of the email (rule 3)", "Sorry again that this email ran so long!")]],
 "Talk soon,\nMarisol\nEssentia Botanicals")

em("Wooden dominoes for your Year 2 classes", "Dear Mrs Okafor,", [[
 ("N", "greeting", "Lovely to meet you at the maths hub conference last week."),
 ("N", "recalls the prospect's need", "You mentioned that your Year 2 teachers want something pupils can hold while they learn place value."),
 ("N", "product detail tied to the need", "Our double-nine dominoes are beech, with the spots in two colours so children can see fives and tens at a glance."),
 ("N", "the trust's own finance cutoff, not pressure (rule 4)", "Your finance office closes orders for this academic year on 20 June, so I've dated the quote to match.")], [
 ("N", "insightful question about a trial", "Would a class set of 30 for one school be a sensible trial before we look at the other five?"),
 ("N", "offer that serves the customer", "I'm happy to drop a set in to Mr Bello on Thursday so he can try it with his group.")]],
 "Warm wishes,\nHelen Marsh\nCounting Tree Resources")

em("Bamboo frames", "Rick,", [[
 ("N", "product detail", "Frames ship in sizes 52, 54 and 56, raw or lacquered."),
 ("S", "recall kept; award boast", "The test frame you rode in Denver was the 54, the same model that took Best in Show at three trade fairs."),
 ("H", "attachment kept; build slot booked and deposit demanded before a yes", "Deposit invoice is attached and I've already booked your build slot for the 3rd, so wire the 40% today."),
 ("H", "lead time kept; telling the prospect what they can't afford to skip", "Lead time is six weeks from deposit, and frankly a shop your size can't afford to sit this season out."),
 ("H", "peers-already-bought shaming", "Every other shop on your side of town already carries them, so you're the odd one out."),
 ("N", "plain meeting ask", "Call at 2 pm Friday?")]],
 "Tom\nCanebrake Cycles")

em("Biltong for the 40 pubs", "Gary,", [[
 ("N", "the price the prospect asked for", "You asked for a price per 35 g bag delivered to all 40 sites, and it's 92p."),
 ("H", "invented expiry with a push", "That price holds until Friday and then it's gone, so make your mind up."),
 ("N", "proof tied to the prospect's situation (rule 8)", "In the Brewhouse trial the chilli flavour sold three cases a week per pub, about double the crisps it replaced."),
 ("HS", "guilt resting on the seller's effort and cost (rule 15)", "I've driven to your Leeds office twice now on my own petrol, so a yes is the least I've earned."),
 ("H", "bypass threat", "If I don't hear back from you, I'll ring your ops director tomorrow.")], [
 ("S", "samples logistics kept; referral favour for the seller (rule 10)", "P.S. Samples for the tasting panel go out on Monday, and it'd help me no end if you put in a word for us with the other pub groups.")]],
 "Dave Rourke\nVeld Provisions")

em("Chest canvas for the navy flannel", "Dear Mr Lindqvist,", [[
 ("N", "thanks", "Thank you kindly for the swatch of the navy flannel."),
 ("T", "permission-seeking plus apology for normal selling", "I do hope it's alright that I write again, and please forgive me for taking up your time."),
 ("N", "product detail tied to the prospect's cloth", "Our horsehair chest canvas is pre-shrunk to suit that flannel, and it holds the lapel roll through dry cleaning without bubbling."),
 ("T", "hedged, pre-emptive discount deferred to a director (rules 7, 12)", "If the price seems high, I could perhaps ask my director whether he might lower it for you."),
 ("T", "concrete offer kept; permission-seeking", "A set of 24 canvas cuttings can reach your workroom by Wednesday, if that would not be too much of an inconvenience for you."),
 ("T", "pre-emptive release (rule 11)", "Whatever you decide is perfectly fine, of course, and I shan't trouble you any further if it's a no.")]],
 "With the greatest respect,\nAgnes Whitby\nBrightwell Interlinings")

em("Your HMV Model 32 gramophone", "Dear Mr Farquhar,", [[
 ("N", "thanks", "Thank you for the photographs of the HMV Model 32 gramophone."),
 ("N", "diagnosis tied to the prospect's report", "The horn shows light pitting, and the soundbox diaphragm appears cracked, which would explain the rasping you described."),
 ("S", "borderline: heritage line (rule 8)", "Our workshop was founded in 1887 and has been family run for four generations."),
 ("S", "feature dump of services", "We restore gramophones, phonographs, cylinder players, radiograms, horn speakers, reproducers, tone arms and soundboxes of every kind.")], [
 ("T", "price kept; embarrassment about the price plus unprompted cut (rules 3, 7)", "A full restoration would be £680, including a new mainspring and a rebuilt soundbox, though I am embarrassed to quote so much and could happily shave it down."),
 ("S", "review requested before any value delivered (rule 10)", "Once it's playing in your parlour again, would you mind writing us a glowing review for our website?"),
 ("H", "collection date kept; silence taken as a yes", "I can collect it on 9 November when I am in Bath, so I shall take that as a yes unless you tell me otherwise.")]],
 "Yours sincerely,\nEdmund Creasey\nCreasey & Sons, Gramophone Restorers")

em("Kingfisher bank for the Offchurch bend", "Hi Priya,", [[
 ("N", "thanks", "Thanks for the walkover notes from the Leam bank at Offchurch."),
 ("N", "expert recommendation", "For the eroding outside bend, an artificial kingfisher bank set into the new revetment would give the pair you saw a nest site the floods can't reach."),
 ("N", "borderline: real external permit lead time stated once (rule 4)", "The Environment Agency's flood risk activity permit takes about eight weeks, so it's worth applying before you book the volunteers."),
 ("N", "value tied to the prospect", "We'd bring the nest tunnels pre-cut, which saves your volunteers roughly a day of digging."),
 ("N", "plain ask with a date", "Could I join your site visit on the 17th to measure the run?")]],
 "Cheers,\nOwen\nRiverEdge Habitats")

em("Cassava flour for the crackers line", "Dear Ms Novak,", [[
 ("N", "thanks", "Thank you for your request about cassava flour for the new crackers line."),
 ("N", "product detail tied to the request", "Our flour is fine-milled to 180 micron, so the dough will sheet thin like you've asked."),
 ("HS", "pro-forma kept; payment date pressed for the boss's monthly numbers (rule 16)", "We are sending the pro-forma today, and please pay before 30th because my boss want to close this month numbers."),
 ("S", "generic boast", "Our company is biggest cassava exporter in Ghana and won the export prize three years in row."),
 ("T", "asking the buyer to name their number (rule 7)", "If the price is too high for you, please tell me what price is good and I will try to make it."),
 ("H", "attachment kept; container booked and payment assumed", "The lab certificate for gluten is attached also, and we already booked the container for you, so only the payment is missing.")]],
 "Best regards,\nKwame Asante\nGold Coast Tubers Ltd")

em("Signal crayfish in the top lake", "Mr Harcourt,", [[
 ("N", "prospect's own data", "The signal crayfish count from your August trapping was 412 in ten traps over four nights."),
 ("N", "insight tied to the prospect's asset", "At that density they'll keep undercutting the dam wall you showed me."),
 ("H", "'you need' as a directive", "You need our programme, full stop, and there's nothing left to discuss."),
 ("H", "shaming", "Frankly, any responsible landowner would have signed off on this in July."),
 ("N", "borderline: real external licence date stated once with the reason (rule 4)", "The Natural England licence covers trapping until 31 October, so the next trap run has to finish before then."),
 ("H", "start date kept; threat to turn up uninvited", "I can start on the 6th, and I'll be at your gate that morning whether you've replied or not.")]],
 "Jim Tait\nTait Freshwater Services")

em("Seated clog sessions for the residents", "Dear Maureen,", [[
 ("N", "warm pleasantry", "It was so lovely to hear that your residents enjoyed the Morris side at the summer fete."),
 ("N", "product tied to the residents", "Our seated clog sessions are built around heel and toe rhythms, so residents can join in from a chair."),
 ("ST", "pleading for the seller's own sake (rule 15)", "I'll be honest, I've been desperate for more care-home bookings this year, so it would mean the world to me if you said yes."),
 ("N", "price with scope", "A 45-minute session for up to 20 residents is £120, including the practice clogs."),
 ("T", "apologising for the price (rule 3)", "I'm so sorry it's more than your usual entertainer charges."),
 ("T", "scheduling ask kept; 'whenever you get a moment' minimiser", "Would Thursday afternoons suit your lounge timetable, or whenever you get a moment to think about it, no rush at all?")]],
 "With love,\nBeth Arkwright\nStep Lively Clog Dance")

em("Dune fencing, North Beach frontage: tender response", "Dear Mr Ellison,", [[
 ("N", "thanks", "Thank you for the Council's tender clarification issued on 3 March."),
 ("N", "method tied to the site", "We would install 1.2 m chestnut paling in staggered rows at 45 degrees to the prevailing wind, which traps blown sand fastest."),
 ("N", "borderline: real external constraint stated once (rule 4)", "The works must finish before 1 April, when the little tern nesting restriction begins on that frontage."),
 ("H", "assumptive invoicing, silence taken as agreement", "Because slots go quickly, we have pencilled in your start date and will invoice the mobilisation fee on Monday unless you object."),
 ("S", "generic 'leading' boast", "We are, quite simply, the leading coastal contractor in the East of England."),
 ("S", "requested attachments kept; brochure and awards boast", "Our method statement and insurance certificates are attached as requested, along with our 40-page company brochure and awards portfolio.")]],
 "Yours faithfully,\nCatherine Doyle\nSaltmarsh Contracting Ltd")

em("Flapjacks for the June expeditions", "Hi Steve,", [[
 ("N", "restates the request", "Per your note: 600 flapjacks, mixed oat and nut-free, for the June expeditions."),
 ("N", "price asked for", "Price is £1.10 a bar at that volume."),
 ("T", "unprompted concession", "Could go lower if that's a problem, just say."),
 ("H", "manufactured scarcity plus push", "June stock is nearly gone and two other centres are after it, so confirm today."),
 ("S", "product fact kept; generic boast", "Shelf life is nine months, and we're the brand two Everest teams chose, which says it all."),
 ("HS", "deadline for the order with the seller's bonus as reason (rule 16)", "My bonus gets worked out on Friday's numbers, so I'll need your order in by then.")]],
 "Nat\nTrailfuel")

em("Lactation support for your new parents", "Hi Aisha,", [[
 ("T", "thanks kept; apology for normal selling", "Thanks so much for taking the time to explain how your parental leave policy works, and I'm sorry for eating into your afternoon with all my questions."),
 ("N", "scope tied to the prospect's size", "For a team of your size we'd usually see six to ten births a year, and each family would get one antenatal class and three home feeding visits."),
 ("S", "boast with investors", "We were named one of Britain's top ten wellbeing startups and are backed by two of the best-known angel investors in London."),
 ("T", "needing approval, apologetic about price", "I really hope I haven't overstepped by including a price, and I'd hate for you to be disappointed in us.")], [
 ("N", "price tied to the prospect's cost", "The annual retainer is £9,000, which is less than one week of the contractor cover you told me you paid last year."),
 ("S", "logo and quote favour before any value delivered (rule 10)", "And once we're up and running, could we feature your logo and a quote on our homepage?")]],
 "Warmly,\nRosa\nFirst Latch Lactation")

em("Desk assessments, Bristol floors", "Mark,", [[
 ("N", "prospect's own data", "Your HR data shows 31 musculoskeletal absence cases last year across the Bristol floors."),
 ("N", "cost of delay from the prospect's own data as information (rule 5)", "At your average of nine days per case, that's roughly 280 lost days, which is the figure our assessments target."),
 ("H", "pushing with cost of delay, no number", "Every week you sit on this is more money thrown away, so stop dithering."),
 ("H", "bypass threat with a date", "If I don't hear from you by Wednesday, I'll put the proposal in front of your CFO myself."),
 ("T", "scope kept; deferring any discount to a manager (rule 12)", "The proposal covers 400 desk assessments over six weeks at £38 each, and I'd have to ask my manager if you want that any lower."),
 ("HS", "guilt resting on the seller's effort (rule 15)", "I spent three evenings building this floor-by-floor plan for you, so I'm frankly annoyed it's had no answer.")]],
 "Karen Bligh\nUpright Ergonomics")

em("Ginger beer for the cafés", "Hi Lou,", [[
 ("N", "thanks", "Thanks for the tasting notes from your baristas."),
 ("N", "product tied to their preference", "The less-sweet version they preferred has 30% less sugar, so it stays under the soft drinks levy threshold."),
 ("N", "product logistics", "This year's Peruvian root landed in early June, and the first brew is ready from 1 July."),
 ("N", "borderline: one polite 'just' (rule 1)", "Just a heads-up that our van doesn't run on bank holiday Mondays."),
 ("N", "clear next step", "Shall I send a mixed case to your Castle Street café for the week of the 14th?")]],
 "Cheers,\nFin\nHedgerow Brewing")

em("Eyebrow threading course for your students", "Dear Mrs Kaur,", [[
 ("N", "thanks", "Thank you for asking about the eyebrow threading course for your eight students."),
 ("T", "apology for following up, self-abasing", "I am very sorry for to write you again, I know you are very busy and maybe I disturb."),
 ("S", "course detail kept; feature boast", "The course is two days, and I want to tell you also we are first academy in Riga with the gold threading chair and the new diamond cotton."),
 ("S", "generic boast", "Our academy have 14 international awards and many famous clients from TV."),
 ("HT", "discount tied to the seller's date (rule 7)", "We give you 20% discount, but only if you sign until Sunday night."),
 ("N", "value tied to students", "The certificate is accredited, so your students can get insurance after.")]],
 "Kind regards,\nIrina Volkova\nBrowCraft Academy")

em("Curing day for the kitchen team", "Dear Tomasz,", [[
 ("N", "pleasantry", "It was a pleasure cooking with your sous chefs at the harvest supper."),
 ("N", "value tied to the prospect's menu", "A day in our curing room would teach your team to make coppa and lonza, which fits the new small-plates menu you described."),
 ("ST", "pleading for the seller's slow month (rule 15)", "I won't lie, this booking would really rescue a slow month for me, so please do think kindly of it."),
 ("N", "logistics and permissions", "Groups are capped at 12, and our curing room holds the hygiene rating your insurer asks about."),
 ("T", "stacked hedges", "I guess it could maybe be a nice thing for the team, perhaps, if you felt like it?"),
 ("H", "prospect-friendly date kept; assumes the booking with the landowner", "Would Monday 20 October, when the restaurant is closed, work, as I've already ordered the pork shoulders for your team?")]],
 "All the best,\nWren Hollis\nWyeside Charcuterie")

em("Forge day for the away day", "Hey Sam,", [[
 ("N", "pleasantry", "Great to hear your team liked the idea of making something with their hands for the away day."),
 ("N", "concrete product detail", "Each person forges a bottle opener and a fire poker, and they take both home."),
 ("S", "media boast with exclamation", "Our forge has been on Countryfile, in the Telegraph and on two podcasts, and we won Rural Business of the Year!"),
 ("H", "prospect's date kept; deposit link sent before a yes", "I've pencilled the 12th and already sent the deposit link to your finance team, so that's us sorted."),
 ("S", "capacity kept; seller's sacrifice stated, no explicit demand (rule 15)", "The yard holds 16 at a time, so for 30 people we'd run two groups, which means I'm turning away another booking to keep the day for you."),
 ("H", "FOMO", "Every team that's booked us this year has loved it, and you don't want to be the one that missed out.")]],
 "Cheers,\nGareth\nAnvil & Ember Forge")

em("North aisle roof bosses", "Dear Canon Whitfield,", [[
 ("N", "thanks", "Thank you for the condition report on the north aisle roof bosses."),
 ("N", "analysis from the prospect's survey", "Of the eleven figures, four have lost their faces entirely, and the survey shows the oak beams behind them are still sound."),
 ("N", "confident recommendation with evidence (rule 6)", "I would recommend carving new heads from seasoned English oak rather than a resin repair, as resin failed within ten years in your south aisle."),
 ("N", "borderline: single courtesy apology with the reason (rule 3)", "Apologies for the delay in replying; the timber yard only confirmed the oak on Monday.")], [
 ("N", "clear next step", "Could we meet on site with your Surveyor of the Fabric on 2 December?"),
 ("N", "logistics", "The full fee proposal will follow by Friday.")]],
 "Yours sincerely,\nJulian Ashdown\nAshdown Carving Studio")

em("The Georgian dolls' house", "Dear Dr Mensah,", [[
 ("N", "thanks", "Thank you for allowing me to see the Georgian dolls' house last Tuesday."),
 ("T", "permission-seeking and apology for writing", "I hope you will not mind my writing, and I apologise if this is an imposition."),
 ("N", "diagnosis", "The wallpapers have lifted along the staircase, and the varnish has yellowed so badly that the blue drawing room reads as brown."),
 ("T", "price kept; apology for the price (rule 3)", "Conservation would take around ten weeks in our studio and cost £4,200, for which I can only apologise."),
 ("T", "name-your-price concession (rule 7)", "If that is too much for the museum, I am sure we could do it for whatever sum you think fair."),
 ("T", "minimising, inviting no reply", "Please do not feel obliged to reply at all.")]],
 "Yours most respectfully,\nClara Pennington\nPennington Miniatures Conservation")

em("48 stones, grading", "Hi Dev,", [[
 ("N", "logistics", "You sent over 48 stones, and we can turn them around in 5 business days."),
 ("HS", "the rate he asked for kept; sign-off today for the seller's quarter (rule 16)", "The rate is $35 a stone, and I need your sign-off today because my quarter closes tonight."),
 ("S", "product detail kept; ranking boast", "Each report lists carat, color, clarity and treatment, and we were just ranked number one in the trade press for the second year."),
 ("H", "read-receipt guilt (rule 13)", "You opened my last two emails, so I know you've seen this."),
 ("S", "generic boast", "We're the fastest-growing lab in the country with the best equipment money can buy.")], [
 ("H", "shipping logistics kept; bypass threat to the owner", "P.S. Ship them insured to our Dallas office, and if I don't have them by Monday I'll take it up with your owner.")]],
 "Brent\nLoupeLine Labs")

em("Glitter tattoos at Diwali on the Square", "Dear Nisha,", [[
 ("N", "thanks", "Thank you for inviting us to the Diwali on the Square celebration on 19 October."),
 ("N", "capacity tied to their crowd", "Two artists can do about 60 small glitter tattoos over the four hours, which matches the crowd you had last year."),
 ("N", "answers the licensing officer's question", "We only use cosmetic-grade glitter and a skin-safe adhesive, so there's no risk of the skin reactions your licensing officer asked about."),
 ("N", "attachments", "Our public liability certificate and the ingredient list are attached."),
 ("N", "plain question", "Would you like us at the stall next to the food tent or nearer the stage?")]],
 "Warm regards,\nMeera Sandhu\nSparkle by Meera")

em("Scratch-code closures for the 18-year-old", "Dear Mr Buchanan,", [[
 ("N", "thanks", "Thank you for meeting us at the packaging show in Glasgow."),
 ("N", "insight tied to the prospect's problem", "Counterfeit bottles of your 18-year-old turned up in two Asian markets last year, and a serialised screw cap with a scratch code lets retailers check each one with a phone."),
 ("S", "boast and list", "Our closures are used by over 300 brands, and we hold 27 patents, six industry awards and ISO certificates for every site."),
 ("H", "assumes sign-off and bills tooling before a yes", "Once the artwork is signed off next week, which I've assumed you'll do, we'll bill the tooling charge straight away.")], [
 ("H", "logistics kept; opened-but-unanswered guilt (rule 13)", "The sample caps with your logo are in the post, and our tracker tells me you opened the last three emails, so I know this is on your radar."),
 ("ST", "manager's wish as reason, pleading as a personal favour (rules 12, 15)", "My director is keen to see your brand in our portfolio, so it would be a huge personal favour to me if you came on board.")]],
 "Yours sincerely,\nFiona Reid\nLumiseal Closures")

em("Airboat rescue course", "Station Manager Hughes,", [[
 ("N", "logistics", "Course dates: 3-7 March or 14-18 April."),
 ("S", "scope kept; generic credential boast", "Six crew per course on the Severn estuary, run by the team that trained the national airboat display crew."),
 ("N", "technical prerequisite 'need'", "Your crews need a current swimmer competency before day one."),
 ("H", "manufactured scarcity", "Book the March one now; it won't be there next week."),
 ("T", "repeated apology for chasing", "Sorry, I know you're busy, and sorry for chasing."),
 ("T", "price kept; unprompted split (rule 7)", "Price per crew member is £1,450, though we could probably meet you halfway on that.")]],
 "Dan Lowry\nEstuary Airboat Training")

em("RFP 24-07: acoustic leak detection, Zone 3", "Dear Ms Alvarez,", [[
 ("N", "thanks", "Thank you for the district's RFP for acoustic leak detection on the Zone 3 mains."),
 ("N", "plan tied to the prospect's data", "Based on your night-flow data, we would start at the Maple Avenue reservoir and survey outward in 14 sections."),
 ("N", "borderline: real regulatory notice period stated once (rule 4)", "The state requires 72 hours' notice for lane closures, so the schedule would need approval by May 5 for a May 12 start."),
 ("S", "boast, years in business", "We are the premier leak detection contractor in the Pacific Northwest, with 42 years in business."),
 ("H", "shaming and blame to push the board", "If the board waits past its May meeting, your mains will lose another year of treated water, and that will be on you."),
 ("S", "attachments kept; executive award boast", "Our bid bond and references are attached, and our CEO was recently named Water Leader of the Year by the state association.")]],
 "Respectfully,\nRaymond Cho\nClearMain Services, Inc.")

em("Bubble football for the team", "Hi Chloe,", [[
 ("N", "logistics", "Thanks for the headcount, 22 players plus three who want to watch."),
 ("N", "product detail", "Four short matches fit in a 90-minute slot, and everyone gets the footage afterwards."),
 ("T", "apology for price", "I'm sure it's a bit pricey, so sorry about that, I know budgets are tight."),
 ("T", "unprompted discount", "Tell you what, I'll knock off £10 a head without you having to ask."),
 ("S", "boast", "Also, we're the biggest bubble football venue in Europe and we hosted the world championships!"),
 ("H", "scheduling ask kept; charging the deposit before a yes", "Which Friday in November would your team prefer, so I can charge the deposit to the card on your enquiry form?")]],
 "Cheers,\nJosh\nBounce Bubble Football")

em("Kintsugi workshop for Japan week", "Dear Ms Sato,", [[
 ("N", "thanks", "Thank you for your enquiry about a kintsugi workshop for the hotel's Japan week."),
 ("N", "product detail", "A two-hour session works well for up to 16 guests, and each guest leaves with a mended bowl of their own."),
 ("N", "value tied to the hotel", "I source the bowls from a potter in Kent, so I can match the glazes to the colours of the Garden Room."),
 ("N", "price and logistics", "The fee is £950 including materials, and I can hold the date until your events manager confirms the guest list."),
 ("N", "clear next step", "Would 10.30 on Saturday 8 March suit?")]],
 "Kind regards,\nEmiko Hart\nStillwater Kintsugi")

em("Hedgehog highways for Ashgrove Meadows", "Hi Callum,", [[
 ("N", "pleasantry", "Good to see the landscaping plan for Phase 1 at Ashgrove Meadows."),
 ("N", "value tied to the planning condition", "Hedgehog gaps with marked plates in the fences of all 40 gardens would count towards the biodiversity condition your planners set."),
 ("HS", "quote kept; signing date as a favour for the seller's commission (rule 16)", "I've attached the quote, and if you could get it signed by the 30th it would sort out my commission for the month."),
 ("S", "feature list of the range", "We also do bat boxes, insect hotels, bird feeders, planters, log piles and bespoke signage."),
 ("S", "product fact kept; generic boast", "Each gap plate is cast aluminium and lasts around twenty years, and honestly they're the best-looking ones on the market, everyone says so."),
 ("H", "peers who already switched, shaming", "Your neighbours at Redmoor already switched to us, so you'll look behind the curve if you don't.")]],
 "Cheers,\nLiam\nBuzzworthy Habitats")

em("Juggling for the Friday group", "Hi Kev,", [[
 ("N", "thanks", "Thanks for telling me about the Friday group and the lads who won't join in with sport."),
 ("N", "insight tied to the group", "Juggling tends to work with that crowd because there's no team to let down, and most can do a three-ball cascade by week three."),
 ("S", "seller's stake stated without demand (rule 15)", "I'll admit I'm really hoping for this one, as I've not had much work since the summer."),
 ("T", "permission-begging, no urgency", "Any time that suits is perfect, there's honestly no rush on my side whatsoever."),
 ("T", "price kept; unprompted discount", "A six-week block is £360 and I bring all the kit, but I can easily drop that if the club's a bit stretched.")], [
 ("T", "pre-emptive release (rule 11)", "P.S. If it doesn't fit your funding, no hard feelings at all, I completely get it.")]],
 "Cheers,\nPip\nThrow & Catch Circus Skills")

em("Bedspreads for the Harrowgate rooms", "Dear Ms Abernethy,", [[
 ("N", "thanks", "Thank you for the brief for the 220 guest rooms at the Harrowgate."),
 ("N", "product tied to the prospect's scheme", "A woven cotton bedspread in your teal and ochre would tie the beds to the carpet palette your designer sent."),
 ("H", "assumptive: tells the mill she's going ahead and demands a deposit", "Yarn is tight, so I have told the mill you are going ahead and will need your deposit by close of business."),
 ("N", "clear next step with a date", "The loom trial takes three weeks, and I can bring the strike-off to your design team on the 18th."),
 ("S", "boast", "Our studio has dressed some of the most famous hotels in the world, and we are in Vogue this month."),
 ("S", "attachments kept; photo favour for the seller's lookbook (rule 10)", "Care instructions and the fire test certificate are attached, and I'd be thrilled if you'd let us photograph the rooms for our new lookbook.")]],
 "Yours sincerely,\nHarriet Vane\nWarp & Weft Studio")

em("Induction hardening, subframe pins rev C", "Paul,", [[
 ("N", "logistics", "Drawings received for the subframe pins, rev C."),
 ("N", "spec tied to the prospect's tolerance", "We'd induction harden the bearing journals to 55 HRC at 2 mm case depth, which meets the wear life on your spec sheet."),
 ("N", "lead time", "Turnaround is five working days from receipt of parts."),
 ("N", "borderline: concession traded for volume (rule 7)", "Price is £2.40 a pin, or £2.10 if you commit to the full 20,000 for the year."),
 ("N", "clear ask", "Can your quality lead look at the hardness test plan on Thursday?")]],
 "Ian\nKestrel Heat Treatment")

em("Algae control for the display pond", "Hi Sandra,", [[
 ("N", "prospect's own data explained", "Your water test last week showed phosphate at 0.5 ppm, which is why the display pond has turned pea green."),
 ("S", "service scope kept; seller's target stated without a date (rule 16)", "Our monthly service covers barley straw, filter cleaning and water testing, and I'll be straight, I need a couple more contracts to hit my target this month."),
 ("H", "'you need' directive with a threat", "You need to sign up today, or don't blame me when you start losing fish."),
 ("H", "multi-channel chasing counted at the prospect (rule 13)", "I've called you three times and emailed twice this week, and still nothing."),
 ("HT", "price kept; discount tied to the seller's deadline (rule 7)", "It's £85 a month, or £60 if you sign before I leave the office tonight."),
 ("S", "boast, years in business", "We've been doing this 35 years and nobody in the county knows ponds like we do.")]],
 "Keith\nClearwater Pond Care")

em("Hot pot tables for the new location", "Hi Grace,", [[
 ("N", "thanks", "Thanks for sending over the floor plan for the new location."),
 ("N", "value tied to the prospect's build", "The induction hot pot tables have built-in steam extraction, so you won't need the ceiling hoods your contractor quoted."),
 ("HT", "discount tied to the seller's date (rule 7)", "I'll take 12% off the 24 tables if you sign by Thursday."),
 ("S", "feature list", "Our tables come with smart temp control, app pairing, LED rims, auto-ignition, grease sensors, voice alerts and a 10-year warranty."),
 ("N", "logistics tied to the prospect", "We can install over two nights so the dining room stays open."),
 ("H", "if-not-now-never", "Honestly, if you pass on this now, you'll never get round to fixing the steam problem.")]],
 "Best,\nDaniel Park\nSichuan Table Co.")

em("Evening life drawing for hospital staff", "Dear Joanne,", [[
 ("N", "thanks", "Thank you for getting in touch about evening classes for the hospital's arts programme."),
 ("T", "price kept; name-your-budget concession", "A six-week course for 15 staff at the Education Centre would be £540 with materials and a model included, but I'm happy to do it for whatever your budget can stretch to."),
 ("T", "apology for following up, seeking approval", "I'm really sorry to chase, and I do hope this isn't a nuisance."),
 ("N", "insight from the prospect's staff", "Several of your nurses asked at the open day whether sessions could start after the late shift, so 8 pm might suit them best."),
 ("S", "credentials not tied to the prospect", "I've exhibited at the Royal Academy Summer Exhibition twice and was shortlisted for a national drawing prize."),
 ("N", "clear next step", "Shall I hold Tuesdays from 4 February?")]],
 "Best wishes,\nAnna Kowalczyk")

em("Jackdaw exclusion ahead of the curtain wall repointing", "Dear Mr Pryce,", [[
 ("N", "thanks", "Thank you for the schedule of repointing works at the curtain wall."),
 ("N", "borderline: real external requirement stated once with the reason (rule 4)", "The jackdaws in the open joints have to be excluded before 1 March, when the breeding season makes disturbing them an offence, so the pointing can start on your programme."),
 ("N", "scope", "I can fit exclusion mesh along the full 180 metres in two days and take it down once the pointing is done."),
 ("N", "price", "The fee is £1,150 plus mileage."),
 ("N", "plain question", "Would the week of 16 February fit around your contractor's programme?")]],
 "Yours sincerely,\nMorag Lindsay\nLindsay Wildlife Exclusion")

em("Picot elastic, ivory, 3,000 m", "Dear Ms Fontaine,", [[
 ("N", "thanks", "Thank you for your enquiry for 3,000 metres of plush-back elastic in ivory."),
 ("HS", "pro-forma kept; payment date for the sales director's report (rule 16)", "Please find attached the proforma, and kindly pay until Friday because our sales director is want this in his monthly report."),
 ("N", "product detail matching the sample", "The elastic is 14 mm wide with picot edge, same as the sample you approved."),
 ("T", "apology for price and unprompted concession", "I am very sorry if the price is not good, we can also make it cheaper, whatever you want."),
 ("S", "generic boast", "Our factory is number one in Calais and we work for all the famous brands of Paris."),
 ("H", "lead time kept; manufactured scarcity", "Delivery is six weeks after payment, and other brands are waiting for this same loom, so you must decide now.")]],
 "Best regards,\nThierry Moreau\nÉlastiques Moreau")

em("Lanolin, 25 kg pails", "Beth,", [[
 ("N", "the price asked for", "Medical-grade lanolin in 25 kg pails is £14.20 a kilo, as you asked."),
 ("N", "compliance detail serving the buyer", "It meets the Ph. Eur. monograph, so your balm claims stay compliant."),
 ("H", "price rise used as a push with 'order now'", "Price goes up 20% on the 1st, so order now or pay more, your call."),
 ("HS", "guilt resting on a favour the seller pulled (rule 15)", "I held this pallet back from another buyer as a favour to you, so the least you can do is confirm today."),
 ("T", "asks the buyer to name their number (rule 7)", "Look, if that's too steep, tell me what you'd pay and we'll see."),
 ("H", "attachment kept; assumes the order", "Certificate of analysis attached, and I've put your name on the pallet label already.")]],
 "Graham\nFleecegold Lanolin")

em("Pot haulers for the co-op", "Hi Jory,", [[
 ("N", "thanks", "Cheers for the order list from the co-op meeting."),
 ("N", "product detail and price tied to the local rules", "A hydraulic pot hauler in marine-grade steel, with the CE certificate your insurer asks for, comes to £3,900 fitted."),
 ("S", "award boast with exclamation", "Just so you know, we were voted best hauler maker at the Fish Expo three years running!"),
 ("T", "repeated apology including for length (rule 3)", "Sorry it's taken me a while, and sorry again if this email's a bit long-winded."),
 ("H", "assumptive card payment before a yes", "Put a card number through on the link below and I'll get it on the lorry tonight."),
 ("T", "useful offer kept; unprompted at-cost concession", "Let me know if you'd like the bigger sheave for the deep-water strings, and I can do that at cost if you're not sure.")]],
 "Cheers,\nMatt\nPenwith Hydraulics")

em("Winter hedge trimmer service", "Luis,", [[
 ("N", "restates the list", "Got your list: 14 hedge trimmers, 9 pole trimmers, 6 brush cutters."),
 ("N", "scope and price", "Winter service is blades, gearbox grease, spark plugs and a carb clean, $95 per trimmer."),
 ("T", "unprompted discount", "That said, I could do $80 if it helps at all."),
 ("T", "permission-begging, no urgency", "Honestly, whenever you get around to it is fine, no hurry from me."),
 ("HS", "approval date for the boss's numbers (rule 16)", "My boss needs this on the books by the 15th for his numbers, so can you approve it this week?"),
 ("H", "logistics kept; assumes the booking", "Pickup runs Mondays from your Elm Street yard, and I've already put your crew down for this coming one.")]],
 "Ray\nGreenblade Small Engine")


def curl(s):
    return s.replace("'", "\u2019")


def scale(flags):
    """Guide's email-level scale. flags: list of is_borderline for sentences carrying the label."""
    if not flags:
        return 0
    if len(flags) >= 2 and not all(flags):
        return 2
    return 1


def main():
    emails, sents = [], []
    n = 0
    for i, (subject, sal, paras, sign) in enumerate(E, 1):
        curly = i % 3 == 0
        f = curl if curly else (lambda s: s)
        eid = "s58e%03d" % i
        body = "\n\n".join(" ".join(f(t) for _, _, t in p) for p in paras)
        text = f(sal) + "\n\n" + body + "\n\n" + f(sign)
        per = {"hard_close": [], "self_serving": [], "timidity": []}
        for p in paras:
            for code, note, t in p:
                n += 1
                t = f(t)
                assert t in text, (eid, t)
                labs = C[code]
                for l in labs:
                    per[l].append(note.startswith("borderline:"))
                sents.append({"id": "s58-%04d" % n, "email": eid, "text": t, "labels": labs or ["NONE"], "note": note})
        emails.append({"email": eid, "subject": f(subject), "text": text,
                       "labels": {k: scale(v) for k, v in per.items()}})
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as fh:
        for e in emails:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as fh:
        for s in sents:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    # re-parse and check
    E2 = [json.loads(l) for l in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8")]
    S2 = [json.loads(l) for l in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8")]
    byid = {e["email"]: e for e in E2}
    order = ["hard_close", "self_serving", "timidity"]
    for s in S2:
        assert s["text"] in byid[s["email"]]["text"]
        assert s["labels"] == ["NONE"] or s["labels"] == [l for l in order if l in s["labels"]]
    subjects = [e["subject"] for e in E2]
    assert len(set(subjects)) == len(subjects)
    faulty_emails = sum(1 for e in E2 if sum(1 for s in S2 if s["email"] == e["email"] and s["labels"] != ["NONE"]) >= 2)
    clean = sum(1 for e in E2 if all(s["labels"] == ["NONE"] for s in S2 if s["email"] == e["email"]))
    none = sum(1 for s in S2 if s["labels"] == ["NONE"])
    stats = {
        "emails": len(E2), "sentences": len(S2), "NONE": none, "NONE_pct": round(100 * none / len(S2), 1),
        "hard_close": sum("hard_close" in s["labels"] for s in S2),
        "self_serving": sum("self_serving" in s["labels"] for s in S2),
        "timidity": sum("timidity" in s["labels"] for s in S2),
        "multi_label": sum(len(s["labels"]) > 1 for s in S2),
        "borderline": sum(s["note"].startswith("borderline:") for s in S2),
        "ps_lines": sum(s["text"].startswith("P.S.") for s in S2),
        "emails_with_2plus_faulty": faulty_emails, "clean_emails": clean,
        "curly_apostrophe_emails": sum("\u2019" in e["text"] for e in E2),
        "email_level": {k: {v: sum(e["labels"][k] == v for e in E2) for v in (0, 1, 2)} for k in order},
    }
    print(json.dumps(stats, indent=1))
    return stats


if __name__ == "__main__":
    main()
