# sealed60: 40 hand-written sales emails. Each sentence: (text, code, note). Codes: N=NONE, H=hard_close, S=self_serving, T=timidity.
# A note starting "b:" becomes "borderline: ".
E = []

E.append(dict(subject="Lime for the Holm Farm leys", sal="Hi Gareth,", sign="Cheers,\nDewi Pryce\nPryce Agri Spreading", paras=[
 [("Your soil results came back at pH 5.6 on the three top fields, which is low enough to be holding the clover back.", "N", "insight from the prospect's own results"),
  ("At your indices I'd put on 5 tonnes an acre of ground limestone rather than the 3 you mentioned, and the sheet attached shows why.", "N", "confident recommendation with evidence")],
 [("The spreader is on a neighbour's ground on the 14th, so I've pencilled your fields for the 15th and I'll need a deposit card number tonight to hold that.", "H", "legit scheduling clause plus an assumptive payment step before any yes"),
  ("Lime takes about six months to shift the pH, and half the valley has already limed with us this autumn, so you'll be the odd one out with sour ground come spring.", "H", "peers-switched shaming / FOMO"),
  ("We've been spreading since my grandad's day, three generations on the same lorries.", "S", "b: heritage line (rule 8)")],
 [("Ring me on the yard number if the 15th clashes with lambing prep, and if I don't hear by six tonight I'll take silence as a go.", "H", "legit logistics clause plus silence-means-yes")],
]))

E.append(dict(subject="Fireplaces for the Bellhaven bedrooms", sal="Dear Ms Okafor,", sign="Kind regards,\nTobias Wren\nWren Architectural Salvage", paras=[
 [("Thank you for sending the room plans for the twelve bedrooms on the second floor.", "N", "pleasantry"),
  ("We are, without exaggeration, the largest reclaimed-fireplace yard in the north and have twice won Salvage Dealer of the Year.", "S", "generic boast and awards"),
  ("Our stock list runs to cast-iron inserts, marble surrounds, Delft tiles, overmantels, grates, fenders, firebacks, hearth slabs and Art Nouveau slips.", "S", "feature/stock dump with no tie to the rooms")],
 [("For the Georgian rooms, the pair of reeded Portland surrounds in the attached photos match your cornice profile closely, and I would happily knock a tenth off them before you even ask.", "T", "concrete product detail plus an unprompted discount"),
  ("I was rather hoping that perhaps, if it suited, you might possibly find a moment to come and see them?", "T", "stacked hedges plus permission-seeking"),
  ("The pair is \u00a36,800 fitted, and I'm sorry they are priced as they are; I know it is a lot to ask.", "T", "apologising for the price")],
]))

E.append(dict(subject="Amphibian tunnels under Kingsbury Lane", sal="Dear Mr Halloran,", sign="Yours sincerely,\nPriya Naidoo\nCountryside Crossings Ltd", paras=[
 [("Following your request for costs, I attach our proposal for two polymer-concrete tunnels with 40 m of guide fencing either side.", "N", "attachment, answers a request"),
  ("The toad migration on that stretch peaks in early March, so installation needs to be finished by mid-February to be of use this season.", "N", "b: real external constraint stated once with reason (rule 4)"),
  ("The county's road-closure permit takes six weeks to issue, which is why I'd suggest we apply before Christmas.", "N", "b: permit lead time, neutral (rule 4)")],
 [("Our tunnel design is the one Natural England used in its own guidance photographs, and we have installed it at 31 sites.", "S", "generic credential boast not tied to this site"),
  ("Once they're in, we'd love you to let us use Kingsbury Lane as the cover story in our spring brochure.", "S", "asking for a case study before any value delivered (rule 10)"),
  ("Could your team confirm the verge ownership on the north side so I can finalise the fence line, and send the order with it so I can tell my director it landed this month?", "HS", "legit ask plus a seller-driven time frame with the director as reason (rule 16)")],
]))

E.append(dict(subject="Bottle return machines, four stores", sal="Hi Marta,", sign="Best,\nLiam Forde\nRecapta Systems", paras=[
 [("Quick one!", "N", "pleasantry"),
  ("Our new RX-4 came out in September and honestly the whole engineering team has been buzzing about it ever since.", "S", "I/we-centric, no customer value"),
  ("I'm on a sales contest that closes on the 30th, so if you could get the order in before then it'd be a massive help to me.", "HS", "seller-driven date with seller's reason (rule 16)")],
 [("It counts and sorts up to 60 containers a minute, which at your Dunmore store would clear the Saturday queue you described.", "N", "product detail tied to her problem"),
  ("And if that's what it takes, I'll take 15% off the four units straight away, sign on the 29th and it's yours.", "HT", "discount conditioned on the seller's date, no seller reason in the sentence (rule 7)"),
  ("Let me know, and I'll take it as a go if I've heard nothing by Monday!", "H", "silence-means-yes")],
]))

E.append(dict(subject="Belt buckles for the band", sal="Good morning Bandmaster Reid,", sign="With respect,\nAlan Kerr\nKerr & Finch Brassfounders", paras=[
 [("Please forgive me for writing to you once more, and I do apologise if I am a nuisance.", "T", "self-abasing apology for following up"),
  ("I only wanted to ask, if it is not too much of an imposition, whether you had any thoughts on the sample?", "T", "permission-begging and minimising")],
 [("The sample buckle is cast in the regiment's badge pattern and hand-chased, as your drum major requested, though I am sure it falls well short of what the band deserves.", "T", "concrete product detail plus self-abasement"),
  ("The full set of 40 would be \u00a31,160 including engraving, and should that trouble the committee at all, we would of course reduce it to whatever figure they feel is fair.", "T", "asking the buyer to name their number")],
 [("I very much hope this letter has not caused any offence.", "T", "needing approval"),
  ("Thank you, truly, for even considering a small foundry like ours.", "T", "thanking them for even considering (rule 11)")],
]))

E.append(dict(subject="Caulking the teak deck on the Mariella", sal="Hi Captain Sørensen,", sign="Regards,\nJoe Abbott\nAbbott Marine Joinery", paras=[
 [("I went over the aft deck with a moisture meter on Tuesday and the seams from the wheelhouse back are holding water.", "N", "inspection finding"),
  ("Left another winter, that water will get under the planks and the job turns from a recaulk into a re-lay.", "N", "cost of delay as information from the inspection (rule 5)"),
  ("I'd reef out and recaulk those 140 metres with polysulphide, which is what the attached quote covers.", "N", "confident recommendation plus attachment")],
 [("The slipway has a gap from 3 to 14 February, which matches the lay-up dates you gave me.", "N", "slot matches the prospect's own dates"),
  ("Shall I put your name on it?", "N", "plain ask")],
]))

E.append(dict(subject="Cigarette bins for the High Street", sal="Dear Councillor Ames,", sign="Best regards,\nNina Castell\nCleanStreet Fixtures", paras=[
 [("I have written four times now, and I can see from our tracker that every one of them was opened.", "H", "counting attempts plus read-receipt guilt (rule 13)"),
  ("I really did spend the whole weekend mapping every smoking hotspot on your High Street for this, so a reply is surely the least I have earned.", "HS", "seller's effort as guilt (rule 15)")],
 [("The map shows eleven points where butts collect, mostly outside the three pubs and the bus interchange.", "N", "insight tied to the prospect"),
  ("Wall-mounted units at those eleven points would cover the areas your street cleansing team flagged in the October report.", "N", "value tied to prospect's data"),
  ("The map is attached for your team, and if I hear nothing by Friday I'll take it to your chief executive instead.", "H", "bypass threat")],
 [("P.S. Three neighbouring councils went with us this year, and I'd hate for yours to be the one still sweeping butts by hand.", "H", "peers-switched shaming")],
]))

E.append(dict(subject="Deer management on the Arnholt estate", sal="Sandra,", sign="Mike Duthie\nGlenbield Deer Management", paras=[
 [("Saw the browsing damage on the new planting.", "N", "observation"),
  ("Roe numbers in compartment 6 look about double what the woodland grant plan allows.", "N", "insight for the buyer"),
  ("You need a cull contract, full stop, nothing more to discuss.", "H", "b: 'you need' directive after an observation of the site (rule 6); 'nothing more to discuss' keeps it hard_close")],
 [("Price is \u00a34,800 for the season, which is what you asked me to confirm.", "N", "price the prospect asked for"),
  ("Stalking would start on 1 November with the doe season, but sign it this week or the stalker goes to the Balnagown job and you're back of the queue.", "H", "ultimatum with invented scarcity"),
  ("Contract attached, and I've already put your name on the stalker's rota for the 1st.", "H", "attachment plus assumptive booking before a yes")],
]))

E.append(dict(subject="Dragon boats for the charity regatta", sal="Hiya Beth!", sign="Loads of love,\nChloe\nDragonfly Paddle Co.", paras=[
 [("Sooo lovely to chat on Thursday, and I'm so glad the hospice team liked the idea of a dragon boat race!", "N", "warm pleasantry"),
  ("We could do four 20-seat boats with drummers and helms on the 14 June date you gave me, which would fit your eight teams in two heats.", "N", "offer tied to prospect's own date and numbers"),
  ("Honestly, this one means the world to me, it's the biggest booking of my first year running the business.", "S", "seller's feelings stated with no blame or demand (rule 15)")],
 [("I've popped a provisional invoice in so you can get it through your finance team, and I'll assume that's a yes unless you shout.", "H", "assumptive invoice and silence-as-yes"),
  ("Oh and everyone's already booked us, the Rotary, the rugby club, both high schools, so you don't want to be the only ones left on the riverbank!", "H", "peer FOMO shaming")],
 [("P.S. The boats take wheelchair users with a transfer seat, which might matter for your patient team.", "N", "value tied to prospect")],
]))

E.append(dict(subject="Miscanthus rhizomes for the Dunholme fields", sal="Dear Mr Fenwick,", sign="Yours faithfully,\nHelen Marr\nEnergy Grass Supplies Ltd", paras=[
 [("Thank you for your enquiry about planting 18 hectares of miscanthus on the heavier land at Dunholme.", "N", "pleasantry"),
  ("At 15,000 rhizomes a hectare, the quotation enclosed comes to \u00a340,500 including planting.", "N", "price and attachment"),
  ("Rhizomes have to be lifted while dormant, so our last planting window is the end of April.", "N", "b: real biological constraint stated once with reason (rule 4)")],
 [("The price in the quotation holds until 31 January, when our grower's new tariff comes in.", "N", "b: factual price expiry with reason, no urgency (rule 4)"),
  ("Would Tuesday afternoon suit to walk the fields with your agronomist?", "N", "clear next step")],
]))

E.append(dict(subject="Fire-eaters for the Lantern Night", sal="Hey Sam,", sign="Burn bright,\nRico\nEmber Collective", paras=[
 [("Glad the Lantern Night's still on the 31st, that date works for our two fire-eaters and the staff-spinner, but I'll need the booking fee by card today or the 31st goes to the next caller.", "H", "prospect's date clause plus card demand and invented scarcity"),
  ("We've performed at Glastonbury, the Edinburgh Fringe and a royal garden party, and we're the most booked fire act in the country.", "S", "generic boast"),
  ("Would love to have you come see our whole showreel and hear the story of how we started.", "S", "'hear our story' demo (rule 9)")],
 [("Look, I know it's pricey and I'm really sorry about that.", "T", "apologising for the price"),
  ("I could probably maybe knock a bit off, or we can just do whatever you think is fair?", "T", "hedged unprompted discount plus name-your-number"),
  ("Our public liability certificate is attached for your safety officer.", "N", "attachment serving buyer's process")],
]))

E.append(dict(subject="Gospel choir for the carol service", sal="Dear Reverend Mayhew,", sign="Every blessing,\nGrace Adeyemi\nJubilate Voices", paras=[
 [("Thank you for asking us to sing at the hospital carol service on 17 December.", "N", "pleasantry"),
  ("For the chapel's size, I'd suggest twelve voices and a keyboard rather than the full thirty, so the sound doesn't swamp the patients on the ward balcony.", "N", "expert push-back tied to venue"),
  ("The fee for twelve is \u00a3950, which includes our own keyboard and stands.", "N", "price"),
  ("Could you tell me where we can unload, and whether the lift takes a keyboard case?", "N", "logistics question"),
  ("We look forward to it very much.", "N", "pleasantry")],
]))

E.append(dict(subject="Cloakroom for the Founders' Ball", sal="Dear Mr Pemberton,", sign="Yours sincerely,\nFiona Grant\nCoatcheck Events", paras=[
 [("I do apologise for the length of this email; I know how busy you must be.", "T", "apologising for length (rule 3)"),
  ("For 600 guests, we would staff three counters with nine attendants and numbered hangers, so the queue at midnight stays under ten minutes, and we would take 10% off on top simply because we would love the work.", "T", "concrete offer plus unprompted discount"),
  ("We have been voted best event support service in the city two years running, and our clients include several embassies.", "S", "generic boast, awards")],
 [("The hangers and tickets are included in the \u00a31,450 quoted, but I'm afraid my manager needs the booking confirmed by Friday, as she is finalising our December figures.", "HS", "seller-driven deadline with manager's reason (rule 16)"),
  ("If that doesn't suit, I completely understand, and I'll simply try again next year.", "T", "giving up at once, accepting brush-off")],
 [("Our founder started the business at her kitchen table, and we are now the cloakroom partner of choice for the city's top venues.", "S", "heritage story plus generic boast")],
]))

E.append(dict(subject="Heat-shrink sleeving for the harness line", sal="Hi Deepak,", sign="Thanks,\nOwen Clarke\nSleeveTech Components", paras=[
 [("Following up on the 3:1 adhesive-lined sample you asked about.", "N", "single polite follow-up"),
  ("Your rejects on the chassis harness were mostly moisture ingress at the splice, and adhesive-lined sleeve seals that joint.", "N", "insight tied to prospect"),
  ("Price on 20,000 metres is \u00a30.38 per metre, as requested.", "N", "price asked for")],
 [("I'll confirm the UL file number with our compliance team and send it by Wednesday.", "N", "checking with someone on non-discount matter with date"),
  ("Should we book a line trial for week 3?", "N", "next step")],
]))

E.append(dict(subject="Car seat fitting clinics for the maternity unit", sal="Dear Ms Holt,", sign="Kind regards,\nAnnie Boateng\nSafeRide Fitting", paras=[
 [("Sorry to hear the new car park work has disrupted your discharge lounge.", "N", "sympathy (rule 3), not borderline"),
  ("Two in three seats we check are fitted wrongly, and your discharge lounge is the last point where someone can catch that.", "N", "insight tied to prospect"),
  ("We could run a fortnightly clinic on Tuesdays, which is your busiest discharge day according to your figures.", "N", "offer from prospect's data")],
 [("Our fitters bring their own demonstration seats, and I hate to say it, but every other trust in the region already offers this, so yours is starting to look like the one that doesn't care.", "H", "peer shaming"),
  ("Honestly it would help my targets no end if this landed before Christmas, so fingers crossed for me!", "HS", "seller's target tied to a time frame for the decision (rule 16)"),
  ("A short proposal is attached, and I'm sorry it runs to so many pages.", "T", "attachment plus apology for length")],
]))

E.append(dict(subject="Jerusalem artichokes for the soup kitchens", sal="Hi Tom,", sign="All the best,\nRuth Osei\nFallowfield Growers", paras=[
 [("Just a heads-up that the artichokes lift well from now until March.", "N", "b: one polite 'just' (rule 1)"),
  ("For the 400 portions a week you described, 60 kg a week would cover it with peel loss.", "N", "sized to prospect's need"),
  ("We can do \u00a31.10 a kilo delivered to all three kitchens on your Monday run, which I realise is probably more than you were hoping, sorry.", "T", "offer plus apology for the price")],
 [("I'm so sorry, I know you're flat out and this is probably the last thing you want in your inbox.", "T", "apologising for normal selling"),
  ("Feel free to bin this if it's not useful, honestly no offence taken at all.", "T", "pre-emptive release / permission to ignore"),
  ("Delivery's free on orders over 40 kg, and if that price is too much I'd happily go down to 90p, just say.", "T", "unprompted discount")],
]))

E.append(dict(subject="Korfball posts for the school league", sal="Hello Mr Dalgleish,", sign="Regards,\nKarin de Vries\nKorfPoint Sport", paras=[
 [("Thank you for your mail about korfball posts for the league, we are happy to help with this.", "N", "pleasantry"),
  ("For the sports hall floor I recommend the weighted base posts, because floor sockets would need drilling the sprung floor.", "N", "expert recommendation with reason"),
  ("Our posts are the only ones approved by the federation, we won the Sport Innovation Prize, and we have sold to 22 countries.", "S", "generic boast")],
 [("Also other six schools in your league have ordered already, so your school will be the only one without, which is not nice for the children.", "H", "peer shaming"),
  ("The posts are 3.5 m with padded base, and I have put the pro-forma invoice in attachment so you can pay it today and we send them.", "H", "assumptive payment step before a yes")],
 [("Please tell me how many courts you plan, and if you want I can ask my boss for a special discount for you.", "T", "plain question plus unprompted discount deferred to the manager (rule 12)")],
]))

E.append(dict(subject="Lockout padlocks for the bottling plant", sal="Frank,", sign="Jade Morrow\nLockSafe Industrial", paras=[
 [("Your audit finding was missing isolation points on lines 2 and 5.", "N", "prospect's own data"),
  ("Our kit covers those: 40 keyed-different padlocks, hasps and valve covers, as quoted, and it's the best lockout range on the market, bar none.", "S", "product detail plus generic boast"),
  ("The HSE revisit is 9 March per your letter, so delivery by 20 February leaves time for toolbox talks.", "N", "prospect's own external date")],
 [("Price attached, valid until the 31st because my director is closing out the year and needs it booked.", "HS", "price expiry with seller's reason (rule 16)"),
  ("I need an answer by Thursday.", "H", "first-person ultimatum with no reason (rule 16/4)")],
 [("P.S. Our MD wants to write your site up as a case study once it's fitted.", "S", "favour for the seller asked before any value delivered (rule 10)")],
]))

E.append(dict(subject="Colour scheme for Wards 4 and 5", sal="Dear Dr Mensah,", sign="Warm regards,\nIsla Fraser\nChroma Care Design", paras=[
 [("Thank you for the walk-round on the dementia wards last week.", "N", "pleasantry"),
  ("The pale grey corridor floors and walls make the handrails almost invisible to patients with reduced contrast sensitivity.", "N", "insight"),
  ("A contrast of at least 30 light-reflectance points between floor, wall and rail would address the falls pattern your matron described.", "N", "value tied to prospect's data")],
 [("I wonder if perhaps it might possibly be worth a small conversation, if you felt that was at all appropriate?", "T", "stacked hedges plus permission"),
  ("I've worked on this proposal every evening for three weeks, so I really hope it isn't going to be ignored.", "HS", "seller's effort as guilt (rule 15)"),
  ("The draft palette is attached, though I do hope I haven't overstepped by sending it unasked.", "T", "attachment plus needing approval")],
]))

E.append(dict(subject="Dunk tank for the summer fete", sal="Hi Jo,", sign="Cheers,\nDanny\nSplashdown Hire", paras=[
 [("Tank's free on the 6th July, the date you said the PTA picked.", "N", "prospect's date"),
  ("\u00a3180 for the day including delivery, setup and a lifeguard-trained attendant, and I'd drop that to \u00a3150 if it helps at all.", "T", "price plus unprompted discount"),
  ("Kids queue for ages to soak the head teacher, so it tends to be the best earner at a fete.", "N", "value for the prospect")],
 [("It needs a 6 m square of level grass near a tap, and I'd book now, loads of schools are after it and it won't be there long.", "H", "manufactured scarcity"),
  ("Could you leave a review on our page after?", "S", "asking for a favour, before value delivered (rule 10)"),
  ("Sorry, I know this is my third go at you, I promise I'm not trying to be a pest.", "T", "apologising for following up")],
]))

E.append(dict(subject="Film developing for the photography course", sal="Hi Ms Laine,", sign="Best,\nTheo Marsh\nSilverline Film Lab", paras=[
 [("Thanks for the call about the 60 rolls your students shoot each semester.", "N", "pleasantry"),
  ("We could collect on Mondays and have negatives and contact sheets back by Thursday, which fits the Friday critique you run.", "N", "offer tied to the prospect's schedule"),
  ("The trade rate is $7.50 a roll, and I can hold that for the full school year.", "N", "price")],
 [("I'm a bit behind on my numbers, so getting the college signed up would really save my skin.", "S", "seller's need, no date or demand tied to the prospect (rule 16)"),
  ("Sorry again for taking up so much of your time on the phone, I know I rambled.", "T", "apology for normal selling, self-abasing"),
  ("Does a trial batch in the week of the 20th sound sensible?", "N", "next step with date")],
 [("P.S. Landing a college account by the 31st puts me over my bonus line, so a signature before then would be perfect.", "HS", "seller-driven date with bonus as the reason (rule 16)")],
]))

E.append(dict(subject="Gorse clearance, Brackenhurst Common", sal="Dear Ms Whitlow,", sign="Yours sincerely,\nRobert Ashdown\nHeathcare Contracting", paras=[
 [("Thank you for the tender pack for gorse clearance on the eastern slopes.", "N", "pleasantry"),
  ("Clearance has to finish before 1 March, when bird nesting season starts, and our method statement is built round that.", "N", "b: real external constraint with reason (rule 4)"),
  ("We propose cutting in rotational blocks so the Dartford warblers always have mature cover nearby.", "N", "expertise tied to site")],
 [("As our method statement shows, we have been the premier heathland contractor in the south for thirty years and hold every accreditation going.", "S", "generic boast beside attachment reference"),
  ("The rotational plan also fits your grazing licence, and I must point out that your neighbouring commons have all moved to us, so the parish will naturally ask why Brackenhurst hasn't.", "H", "peer pressure with shaming"),
  ("Please let me know if a site meeting before the return date would be useful, though I'll be honest, a contract like Brackenhurst would look superb on our website.", "S", "plain offer plus seller's own interest in a showcase")],
]))

E.append(dict(subject="Harmonicas for Year 4", sal="Hi Priya,", sign="Thanks!\nMo Barker\nPocket Notes Music", paras=[
 [("Love that you're starting a harmonica club!", "N", "pleasantry"),
  ("For 30 kids I'd go with the plastic-comb C harps, since wooden combs swell when children blow wet.", "N", "expert recommendation with reason"),
  ("They're \u00a38.40 each, and each one comes with its own case so they're not shared.", "N", "price, concrete detail")],
 [("Just bumping this back up in case you'd had a spare minute to look, whenever is easiest, no rush at all!", "T", "permission-begging follow-up, minimising"),
  ("Totally get it if the budget's not there, I'll just drop you a line next September instead.", "T", "giving up at once, no question"),
  ("Honestly I'd do them at \u00a37 each if that gets it over the line.", "T", "unprompted discount"),
  ("P.S. The teacher pack of 12 simple tunes is yours free with the order.", "N", "offer")],
]))

E.append(dict(subject="Ink and toner for the civic offices", sal="Dear Mr Patel,", sign="Regards,\nSusan Hale\nCartridge Direct", paras=[
 [("Further to your request, the attached schedule prices the 41 printer models on your asset list.", "N", "attachment answering a request"),
  ("Switching the 22 office lasers to high-yield toners would cut your cost per page by about a third on your current volumes.", "N", "value from prospect's data"),
  ("Orders placed by 2 pm are delivered next working day to all four buildings.", "N", "logistics"),
  ("I'll check the recycling certificate wording with our environmental team and send it by Friday.", "N", "checking with someone on non-discount matter, dated"),
  ("Would a call on Tuesday at 10 suit to go through the schedule?", "N", "clear next step")],
]))

E.append(dict(subject="Jet grouting, Wharf Road culvert", sal="Ian,", sign="Gav Lyle\nLyle Ground Engineering", paras=[
 [("Our rig can be on site 12 May, the start date in your programme.", "N", "prospect's own date"),
  ("Rate as you asked: \u00a3186 per linear metre of column, and every other contractor on this job has already signed up with me.", "H", "price asked for plus peers-switched pressure"),
  ("The borehole logs show loose sand to 7 m, so 1.2 m columns at 1 m centres.", "N", "expert recommendation from data")],
 [("Stop dithering, your programme can't afford it and neither can I.", "HS", "sarcasm/pressure plus the seller's own stake"),
  ("Test columns can go in on day one so your engineer can core them, but if the order isn't in by Friday I'm taking it to your contracts director.", "H", "ultimatum plus bypass threat"),
  ("Method statement attached.", "N", "b: logistics line inside a pushy email (rule 14)")],
]))

E.append(dict(subject="Detection dog sweeps for the Summer Arena gates", sal="Dear Mr Okonjo,", sign="Yours humbly,\nMargaret Pell\nSentinel Canine Services", paras=[
 [("I hope you will forgive this intrusion into your very busy week.", "T", "apology for normal selling"),
  ("With 9,000 ticket holders over two gates, two handler teams would keep the entry rate near the 1,200 an hour your licence plan assumes.", "N", "value tied to prospect's plan")],
 [("I fear our price may seem rather high, and I would understand entirely if you preferred a cheaper firm.", "T", "apologising for price plus pre-emptive release"),
  ("Two teams for both days would be \u00a33,200, and if it would help at all, I could ask my director whether she might allow a small reduction.", "T", "deferring a discount to a manager (rule 12)"),
  ("Our dogs have worked at three Olympic Games and a royal wedding, which I confess I am rather proud of.", "S", "generic boast"),
  ("I do hope I have not presumed too much in writing.", "T", "needing approval")],
]))

E.append(dict(subject="Lumberjack show for the county fair", sal="Hei Mrs Anders,", sign="Best regards,\nJukka Lehto\nNorthwoods Timber Show", paras=[
 [("Thank you for the nice phone talk, it was good to hear about the fair plans.", "N", "pleasantry"),
  ("Our show has springboard chopping, log rolling in water tank, and speed climbing on 20 metre pole, three times per day on your two days.", "N", "concrete offer tied to her dates")],
 [("We are world champions in six disciplines, we were on television in nine countries, and we have many medals.", "S", "generic boast"),
  ("I must tell you that my boss is angry with me if this contract is not coming this month, so please sign before end of month.", "HS", "seller's manager as reason for a dated signature (rule 16)"),
  ("And if you sign this week I give you 20% lower price, because my boss needs the number in his report.", "HST", "discount tied to seller's date with seller's reason (rule 7/16)")],
 [("The safety plan is in attachment, and I've already put your fair in our calendar and ordered the logs, so we only wait for your signature.", "H", "attachment plus assumptive commitment before a yes")],
]))

E.append(dict(subject="Battery collection for the Vapor Lane shops", sal="Hey Kyle,", sign="Cheers,\nAmara\nCellCycle", paras=[
 [("Following up on the collection quote from last week.", "N", "single follow-up line"),
  ("Loose vape batteries in general waste are what caused the bin fire at your Leeds shop, so sealed drums at each till would deal with that.", "N", "insight tied to prospect's incident")],
 [("Thing is, I stuck my neck out with my boss to get you this rate, so leaving me hanging isn't a good look.", "HS", "seller's standing as guilt (rule 15)"),
  ("Our app does live fill levels, collection booking, compliance certificates, carbon dashboards, driver tracking, a chatbot and a rewards scheme.", "S", "feature dump"),
  ("Six drums, monthly collection, \u00a3240 a month, and we'd start on the 1st as you asked.", "N", "offer with prospect's start date")],
 [("Half the shops on your high street have switched to us already, you'd be mad to be the last.", "H", "peers-switched shaming")],
]))

E.append(dict(subject="Candied peel for the Christmas puddings", sal="Dear Mrs Thornbury,", sign="With best wishes,\nEllen Maher\nMaher & Sons Confectioners", paras=[
 [("Thank you for your order enquiry for 400 kg of mixed candied peel.", "N", "pleasantry"),
  ("Our peel is candied from whole Sicilian citrus and cut to 6 mm, which suits the pudding recipe you described.", "N", "product detail tied to prospect"),
  ("Apologies that the spec sheet was missing from my last email; our system stripped the attachment, and it is included here.", "N", "b: single courtesy apology with reason and fix (rule 3)")],
 [("To meet your 1 October bake date, we would need the order by 5 September, as the citrus takes three weeks in syrup.", "N", "b: real process lead time against prospect's date (rule 4)"),
  ("Do let me know if you would like samples sent to the bakery.", "N", "plain offer")],
]))

E.append(dict(subject="Ceremonial swords for the passing-out parade", sal="Sir,", sign="Respectfully,\nCaptain (Retd) Hugh Mallory\nMallory Swordsmiths", paras=[
 [("Further to your enquiry, the attached quotation covers 24 infantry pattern swords with scabbards and knots.", "N", "attachment"),
  ("The passing-out date of 19 April is yours, and our blades need 10 weeks, so an order by early February is sufficient.", "N", "prospect's own date with lead time")],
 [("Frankly, any academy that takes its traditions seriously would have placed this order in the autumn.", "H", "'any serious leader would' shaming"),
  ("We have supplied the Crown for 180 years and hold two Royal Warrants.", "S", "heritage and credentials, generic boast"),
  ("Sizing cards for the cadets are enclosed, and I shall telephone your adjutant every morning until I have an answer.", "H", "badgering / multi-channel chasing")],
 [("P.S. We would, of course, be honoured if the academy's crest could appear in our next catalogue.", "S", "favour for the seller (rule 10)")],
]))

E.append(dict(subject="Disc golf course, Longmere Country Park", sal="Hi Rachel,", sign="Best,\nCal Briggs\nFairway Disc Courses", paras=[
 [("Great to walk Longmere with you on Friday.", "N", "pleasantry"),
  ("The nine holes we sketched keep to the mown rides, so nothing has to be felled and your tree preservation orders aren't touched.", "N", "value tied to prospect's constraint"),
  ("The layout and costs are attached, at \u00a314,200 installed, as you asked, and I've told my manager it's as good as signed, so please don't make a liar of me.", "HS", "attachment and price plus the seller's standing as guilt (rule 15)")],
 [("The baskets are galvanised and vandal-resistant, and everybody's saying disc golf is the big thing this year, so if you wait, you'll be the last park in the county to get one.", "H", "FOMO"),
  ("I'll be honest, I've put more hours into this one than any bid I've done, and I'd be gutted to see it come to nothing.", "S", "seller's effort and feelings stated without blame or demand (rule 15)"),
  ("Could your rangers let me know which week the rides are next cut?", "N", "plain question")],
]))

E.append(dict(subject="Face-fit testing, joinery shop", sal="Dave,", sign="Rob Keane\nFitCheck Safety", paras=[
 [("Quote for face-fit testing your 18 operatives attached, price only good till Friday, so get moving.", "H", "attachment plus invented expiry with urgency language"),
  ("FFP3 and half-mask fits both covered, and every other joinery shop on the estate has had theirs done already.", "H", "product detail plus peers-switched pressure")],
 [("Third email now, and still nothing.", "H", "counting attempts at the prospect (rule 13)"),
  ("I've booked your lads for 8 am Monday, so just have them clean-shaven.", "H", "assumptive booking before a yes"),
  ("Pay on the day, card or transfer, whatever suits.", "N", "b: logistics line in a pushy email (rule 14)"),
  ("Don't make me chase this a fourth time.", "H", "counting attempts at the prospect (rule 13)")],
]))

E.append(dict(subject="Foil blankets for the Harbour Marathon finish", sal="Dear Ms Kowalski,", sign="Kind regards,\nOlivia Bennett\nThermaWrap Supplies", paras=[
 [("Thank you for the finish-line plan for the Harbour Marathon on 27 April.", "N", "pleasantry"),
  ("With 6,500 finishers and an April sea breeze, I'd recommend the hooded foil capes rather than flat sheets, because runners keep them on as they queue for bags.", "N", "expert recommendation with reason"),
  ("The capes are $0.62 each in boxes of 500, printed with your race logo in full color.", "N", "price"),
  ("Print proofs take five working days, so artwork by 21 March keeps us clear of your date.", "N", "b: real lead time stated once (rule 4)"),
  ("Shall I send a sample box to your office?", "N", "plain offer")],
]))

E.append(dict(subject="Glassine envelopes for the stamp fair", sal="Hello Mr Blackwood,", sign="Kind regards,\nAgnieszka Nowak\nPhilaPak", paras=[
 [("Thank you for your message, I am glad the sample envelopes arrived in good state.", "N", "pleasantry"),
  ("For the 40 dealers at your fair, 2,000 envelopes in each of the three sizes should be enough, based on your numbers from last year.", "N", "sized from prospect's data")],
 [("I am very sorry, I know our price is higher than the cheap ones, I feel bad to ask this much.", "T", "apologising for price"),
  ("Maybe if it is possible, perhaps you could think about it, only if you want of course.", "T", "stacked hedges plus permission"),
  ("Delivery is free above 5,000 pieces, and I can take off 25% anyway, even if you order only small amount.", "T", "unconditional discount")],
 [("Our paper is acid-free and will not mark the stamps, which your dealers asked about.", "N", "product detail tied to dealers' concern"),
  ("P.S. Our envelopes are used by the British Library, two royal collections and the biggest auction houses in Europe.", "S", "generic boast with big names")],
]))

E.append(dict(subject="Medical cover for the Greyfield Rodeo", sal="Dear Mr Adeyinka,", sign="Sincerely,\nKaren Vogt\nFrontRange Event Medical", paras=[
 [("Thank you for confirming May 10 and 11 as the dates for this year's Greyfield Rodeo.", "N", "prospect's own date"),
  ("Based on last year's incident log, we would staff two EMTs and an ambulance at the arena gate, plus a roving medic for the midway, since 60% of calls came from the bull-riding chutes.", "N", "insight from prospect's data")],
 [("The contract is attached for your legal team, and my regional manager has asked me to get it back signed by the 15th so he can count it in this quarter's forecast.", "HS", "seller-driven deadline with manager and forecast reason (rule 16)"),
  ("We have won the National Event Medicine Award three times and are on the list of the 50 fastest-growing companies.", "S", "generic boast and rankings"),
  ("And once we've done it, a quick testimonial for our website would mean a lot to us.", "S", "favour request (rule 10), not after value delivered")],
 [("Please let me know who the site contact at the arena office will be on each day.", "N", "logistics"),
  ("If the contract isn't back by the 15th, I can't promise anything, as three other rodeos are circling the same crews.", "H", "dated threat with manufactured scarcity, no seller reason in the sentence (rule 4)")],
]))

E.append(dict(subject="Insulated boxes for the chocolate subscriptions", sal="Hi Leonie,", sign="Speak soon,\nHarry\nCoolPost Packaging", paras=[
 [("Lovely to meet you at the trade show, and congratulations on hitting 3,000 subscribers!", "N", "warm pleasantry"),
  ("With your July melt returns at 4%, our wool-lined box kept the bars under 18\u00b0C for 48 hours in our own tests, which covers your two-day courier.", "N", "value tied to prospect's data")],
 [("I'll send 50 sample boxes for your June dispatch, and the first full pallet is already in our production run and will ship with an invoice on the 1st.", "H", "legit sample offer plus assumptive production and invoice before a yes"),
  ("The sustainability magazine just named us Packaging Brand of the Year, so we're on cloud nine here!", "S", "award boast, exclamation"),
  ("If you'd like to try a bigger run first, we'd ask for a 12-month term in return for the lower rate.", "N", "concession traded for term (rule 7)"),
  ("Sorry if this is all a bit much, I do get carried away!", "T", "apologising for normal selling")],
]))

E.append(dict(subject="Loudhailers for the stewarding team", sal="Carl,", sign="Nadia Reeves\nVoxTec Safety Audio", paras=[
 [("Quoted 30 units as asked, \u00a372 each, and that's the best loudhailer in the country by a mile, ask anyone.", "S", "price asked for plus generic boast"),
  ("Rechargeable, with siren and a 400 m range, enough for the north car park.", "N", "product detail tied to site")],
 [("You need these, and you need them before the derby.", "H", "'you need this' directive with no analysis"),
  ("The derby date is yours, not mine, so no argument there, but after this week I can't hold the stock and another ground is after it.", "H", "prospect's date clause plus invented scarcity"),
  ("Delivery is two days from order, and I've raised the invoice already, so just pay it when it lands.", "H", "assumptive invoice before a yes"),
  ("Every week you sit on it is another match of stewards shouting themselves hoarse.", "H", "cost of delay used to push, no number (rule 5)")],
]))

E.append(dict(subject="Autograph authentication for the memorabilia sale", sal="Dear Mr Castellano,", sign="Yours sincerely,\nDr Imogen Faulk\nProvenance Authentication", paras=[
 [("Thank you for sending images of the 118 signed items for your November sale.", "N", "pleasantry"),
  ("From the images, around a dozen of the 1966 squad signatures show pen-lifts that we would want to examine in person before certifying.", "N", "insight for buyer"),
  ("We could do this at your saleroom over two days, which avoids the items leaving your insured premises.", "N", "value tied to prospect"),
  ("Our fee is \u00a345 per item, or \u00a34,600 for the lot, with certificates issued within ten days.", "N", "price"),
  ("Would the week of 22 September suit your cataloguing schedule?", "N", "next step with date")],
]))

E.append(dict(subject="Blue plaques for the Heritage Trail", sal="Dear Mrs Oyelaran,", sign="Warmest regards,\nBenedict Shaw\nShaw Ceramic Plaques", paras=[
 [("It was a real pleasure to hear about the civic society's plans for the trail.", "N", "pleasantry"),
  ("Six plaques in glazed stoneware at 495 mm, lettered as your draft texts, come to \u00a35,940 including fixing, and I'd gladly take \u00a3500 off if that makes life easier for the society.", "T", "price and detail plus unprompted discount")],
 [("We're so proud that our plaques hang on Downing Street and at two royal palaces.", "S", "generic boast"),
  ("If the society could possibly see its way to agreeing this before the New Year, I would be ever so grateful, as it would make my first year's figures.", "HST", "seller-driven date with seller's reason, phrased as pleading (rules 15, 16)"),
  ("I'm afraid I've gone on far too long, do forgive me.", "T", "apologising for length")],
 [("P.S. I've attached the glaze samples so you can compare the blues in daylight.", "N", "attachment")],
]))

E.append(dict(subject="Frost-proof standpipes for the allotments", sal="Hi Mr Doyle,", sign="Thanks so much,\nLucy Penhale\nFrostGuard Water Fittings", paras=[
 [("Thanks for sending the plot map for the 64 allotments.", "N", "pleasantry"),
  ("Self-draining standpipes would stop the burst fittings you had every February, since no water stays above the frost line.", "N", "insight tied to prospect's problem"),
  ("Twelve standpipes at \u00a3138 each, plus fitting, is on the attached quote, and sorry, I know that's a lot.", "T", "price and attachment plus apology for the price")],
 [("I've chased you by email, text and phone this week, so I was hoping you'd at least have the manners to reply.", "H", "multi-channel chasing plus entitlement aimed at prospect"),
  ("If you're not interested, no hard feelings at all, thanks ever so much for even reading this.", "T", "pre-emptive release and thanking for considering")],
 [("P.S. I'll keep ringing the allotment office until someone on the committee picks up.", "H", "badgering")],
]))

# ---------------------------------------------------------------- build
import json, os, re

CODES = {"N": ["NONE"], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"],
         "HS": ["hard_close", "self_serving"], "HT": ["hard_close", "timidity"],
         "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}
CATS = ["hard_close", "self_serving", "timidity"]
HERE = os.path.dirname(os.path.abspath(__file__))


def curly(s):
    return s.replace("'", "\u2019")


def email_level(sents):
    out = {}
    for c in CATS:
        carrying = [s for s in sents if c in s["labels"]]
        firm = [s for s in carrying if not s["note"].startswith("borderline:")]
        if not carrying:
            out[c] = 0
        elif len(carrying) >= 2 and firm:
            out[c] = 2
        else:
            out[c] = 1
    return out


def main():
    assert len(E) == 40, len(E)
    emails, sents = [], []
    n = 0
    for i, e in enumerate(E, 1):
        eid = "s60e%03d" % i
        fix = curly if i % 3 == 0 else (lambda s: s)
        paras, mine = [], []
        for para in e["paras"]:
            texts = []
            for text, code, note in para:
                t = fix(text)
                if note.startswith("b:"):
                    note = "borderline:" + note[2:]
                n += 1
                mine.append({"id": "s60-%04d" % n, "email": eid, "text": t,
                             "labels": CODES[code], "note": note})
                texts.append(t)
            paras.append(" ".join(texts))
        body = "\n\n".join(paras)
        full = fix(e["sal"]) + "\n\n" + body + "\n\n" + fix(e["sign"])
        pos = 0
        for s in mine:
            assert s["text"] in full, s["id"]
            k = full.find(s["text"], pos)
            assert k >= pos, ("out of order", s["id"])
            pos = k + len(s["text"])
        emails.append({"email": eid, "subject": fix(e["subject"]), "text": full,
                       "labels": email_level(mine)})
        sents.extend(mine)
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for s in sents:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # re-parse and check
    for fn in ("test-emails.jsonl", "test.jsonl"):
        with open(os.path.join(HERE, fn), encoding="utf-8") as f:
            for line in f:
                json.loads(line)
    subj = [e["subject"] for e in emails]
    assert len(set(subj)) == 40
    # stats
    tot = len(sents)
    none = sum(1 for s in sents if s["labels"] == ["NONE"])
    per = {c: sum(1 for s in sents if c in s["labels"]) for c in CATS}
    multi = sum(1 for s in sents if len(s["labels"]) > 1)
    border = sum(1 for s in sents if s["note"].startswith("borderline:"))
    faulty_emails = sum(1 for e in emails if sum(1 for s in sents if s["email"] == e["email"] and s["labels"] != ["NONE"]) >= 2)
    clean = sum(1 for e in emails if all(s["labels"] == ["NONE"] for s in sents if s["email"] == e["email"]))
    curly_n = sum(1 for e in emails if "\u2019" in e["text"])
    per_email = [sum(1 for s in sents if s["email"] == e["email"]) for e in emails]
    lvl = {c: [sum(1 for e in emails if e["labels"][c] == v) for v in (0, 1, 2)] for c in CATS}
    print("sentences", tot, "emails", len(emails))
    print("NONE %d (%.1f%%)" % (none, 100.0 * none / tot))
    for c in CATS:
        print(c, per[c], "email levels 0/1/2:", lvl[c])
    print("multi-label", multi, "borderline", border)
    print("emails with 2+ faulty", faulty_emails, "clean", clean, "with curly apostrophes", curly_n)
    print("sentences per email min/max", min(per_email), max(per_email))


if __name__ == "__main__":
    main()
