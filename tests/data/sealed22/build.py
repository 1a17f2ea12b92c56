#!/usr/bin/env python3
"""Build the sealed22 evaluation set (40 hand-written sales emails) for the Poise tone coach.

Each email: trade, subject, salutation, sign-off, and body sentences as (code, text, note).
Codes: N = NONE, H = hard_close, S = self_serving, T = timidity (combined, e.g. "HS").
Every third email (3, 6, 9, ...) is rendered with curly apostrophes.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = [("H", "hard_close"), ("S", "self_serving"), ("T", "timidity")]

EMAILS = [
 # 1 nautical chart subscriptions - formal, British, sailing school
 ("nautical chart subscriptions", "Digital chart folio for the school", "Dear Captain Morrow,", "Yours sincerely,\nEleanor Pryce\nAdmiralty Folio Services", [
  ("N", "Thank you for showing me round the school's chart room on Tuesday.", "courtesy"),
  ("N", "The digital folio we discussed would replace the forty paper charts your instructors currently correct by hand each month.", "value tied to the prospect"),
  ("S", "Our cartography team has won the Hydrographic Excellence Medal three years running, and we are now the supplier of choice for half the fleets on the south coast.", "generic award and ranking boast"),
  ("H", "I have attached the folio list you requested, and I would ask that you return the signed order form and a purchase order number by Thursday so we can activate the licences.", "legit attachment + assumptive payment step before any yes"),
  ("H", "The folio updates itself every Friday, and several schools along the Solent switched over last winter, so I suspect your students will start asking why you haven't.", "legit product detail + peers already switched, used to shame"),
  ("HS", "Would a half-hour call on the 14th suit to agree the chart areas, ideally with the order signed that week so it lands in my quarter?", "legit meeting ask + seller's quarter as reason for a signing date (rule 16)"),
 ]),
 # 2 nurse call systems - chatty, British, hospital ward
 ("nurse call systems", "Ward 7 call bells", "Hi Dana,", "Cheers,\nTom", [
  ("N", "Great to meet you at the ward managers' forum last week!", "pleasantry"),
  ("T", "I know you're swamped, so I was sort of hoping that maybe, if it isn't a bother, we could perhaps grab ten minutes at some point?", "legit meeting ask wrapped in stacked hedges plus permission-seeking"),
  ("N", "You mentioned call bells on Ward 7 are taking over four minutes to answer at night, and our handset routing sends each call to the nearest free nurse instead of the station.", "value tied to the prospect's problem"),
  ("T", "Pricing is attached, and honestly I feel a bit awkward about the figure, so sorry about that.", "legit attachment + apologising for the price"),
  ("T", "I've got room to trim 15% before we've even talked scope, and the install itself takes two nights per ward.", "legit install detail + unprompted discount"),
  ("N", "The trust's estates team will need to sign off the cabling route before any install, so it's worth looping them in early.", "need = technical prerequisite"),
 ]),
 # 3 mobile notary services - terse, American, law firm
 ("notary services", "Wednesday closings", "Ms. Alvarez,", "R. Kim\nSwiftSeal Mobile Notary", [
  ("N", "Confirming our notary can be at your Fifth Street office Wednesday at 2 for the twelve closing packets.", "logistics"),
  ("H", "The rate is $40 per signature, as you asked, and I'll bill the retainer to your firm's card today unless I hear otherwise by noon.", "legit price + silence-means-yes payment step"),
  ("H", "Three other firms on your block use us already, so I'd hate to see you be the last one still queuing at the bank.", "peer shaming"),
  ("HS", "Please have each signer bring a government-issued photo ID, and if you could sign the engagement letter today it would close out my month nicely.", "legit logistics + seller's month-end as reason for a date (rule 16)"),
  ("S", "We've notarized over 90,000 documents since 2011.", "years-in-business / volume boast"),
 ]),
 # 4 oyster grow-out bags - warm, American, small shellfish farm
 ("oyster grow-out bags", "Mesh bags for the spring seed", "Hi Joe and Marisa,", "Warmly,\nBeth", [
  ("N", "It was lovely seeing the farm at low tide on Saturday, and thank you for the chowder.", "pleasantry"),
  ("N", "The 4mm mesh bags you asked about will hold your seed through to 25mm without the losses you saw from the 9mm bags last spring.", "value tied to the prospect's own losses"),
  ("S", "Your quantities look right for two lines of 300 bags, and I'll be honest, this order would get me over the line for our regional sales trip, so I'm really rooting for it.", "legit advice + seller's stake with no date or demand: self_serving only (rule 16)"),
  ("HS", "The bags can ship on the 2nd, and if you could put the order in before the 30th, when our spring contest closes, you'd be doing me a huge kindness.", "legit ship date + seller-driven deadline phrased as a favour (rule 16)"),
  ("N", "I've attached the spec sheet and a photo of the bags after two seasons in the water at a farm in Damariscotta.", "attachment, proof for the buyer"),
  ("T", "Let me know if Thursday morning works to talk through quantities, though there's not a scrap of hurry on my end, any day you like is grand.", "legit meeting ask + minimising, zero-urgency permission language"),
 ]),
 # 5 optical fibre splicing - CLEAN, formal, British, council broadband
 ("optical fibre splicing", "Eastfield ring: method statement", "Dear Mr Okafor,", "Kind regards,\nSian Howell\nLightpath Splicing Ltd", [
  ("N", "Thank you for sending over the council's tender pack for the Eastfield ring.", "courtesy"),
  ("N", "Our method statement for the 288-fibre splice closures is attached, along with the OTDR test report template you asked to see.", "our, but serves the buyer's request"),
  ("N", "The street works permit for Mill Lane takes six weeks to issue, so we would need your go-ahead by 3 March to splice before the road resurfacing in April.", "borderline: real external constraint (permit lead time) stated once with its reason (rule 4)"),
  ("N", "One point I would push back on: the tender specifies fusion splices at every joint, but on the two duct crossings a pre-terminated cable would save roughly four days of traffic management.", "respectful push-back with insight"),
  ("N", "Could we walk the route with your engineer on 20 February?", "clear next step with a date"),
 ]),
 # 6 orthotic insoles - very deferential, British, podiatry clinic
 ("orthotic insoles", "In-clinic insole scanning", "Dear Dr Patel,", "With the greatest respect,\nGraham Lowe", [
  ("T", "I do hope you'll forgive me for taking up a few moments of your very valuable time, and I apologise in advance for the length of this note.", "self-abasing apology and apology for length"),
  ("N", "Your clinic currently waits three weeks for custom insoles from your lab, and our in-clinic scanner cuts that to four days.", "value tied to the prospect"),
  ("T", "If it would not be too much of an imposition, I wondered whether a short trial could conceivably be of some small interest, though of course only if you felt it were suitable.", "stacked hedges around a legit trial offer"),
  ("T", "I entirely understand should you wish to disregard this message altogether, and I would not take it amiss in the slightest.", "pre-emptively releasing / permission to ignore"),
  ("N", "A sample pair for your own patients is in the post and should reach you by Friday.", "logistics"),
  ("T", "P.S. Please accept my apologies if I have in any way overstepped by writing to you directly.", "self-abasing apology for normal selling"),
 ]),
 # 7 ostrich leather - blunt, American, handbag maker
 ("ostrich leather", "Full-quill skins, tan", "Pia,", "- Marco", [
  ("N", "You asked for the price on 40 full-quill skins in tan: it's $410 per skin, delivered.", "price the prospect asked for"),
  ("H", "That includes the dye lot you picked, but the price dies at 5pm Friday and after that you're paying whatever the next shipment costs.", "legit detail + invented expiry with urgency"),
  ("S", "Every skin is graded by hand before it ships, and we're the biggest ostrich tannery outside South Africa, with every luxury house in Milan buying from us.", "legit product detail + generic boast"),
  ("H", "Honestly, a label at your level that's still sourcing the cheap stuff is going to look amateur next to everyone else.", "shaming the prospect"),
  ("N", "Samples ship the same day you confirm the colour.", "logistics"),
  ("H", "The skins are already crated in our Oudtshoorn store, and three buyers have asked after this lot since Monday, so I can't sit on it for you.", "legit logistics + manufactured scarcity"),
 ]),
 # 8 parking enforcement software - formal, British, town council
 ("parking enforcement software", "Review of on-street parking enforcement", "Dear Councillor Hughes,", "Yours faithfully,\nJonathan Ashby\nKerbside Systems", [
  ("N", "Thank you for your letter of 12 May regarding the council's review of on-street parking enforcement.", "courtesy"),
  ("S", "Our platform offers ANPR integration, handheld ticketing, an appeals workflow, permit management, cashless payments, heat maps, a public portal and fourteen configurable dashboards.", "feature dump with no outcome"),
  ("HS", "As you know, I have invested a great many hours preparing this proposal for the council, so I would expect at least a decision from the committee before the summer recess.", "seller's effort as guilt + demand for a decision (rule 15)"),
  ("N", "The appeals module would let residents upload photographs directly, which addresses the backlog of 600 paper appeals your officers described.", "value tied to the prospect"),
  ("S", "We were delighted to be named Local Government Supplier of the Year at the recent awards in Harrogate, and I enclose the data protection impact assessment your officers requested.", "award boast + legit enclosure"),
  ("H", "I would be glad to present at the committee's June meeting, but should it not respond by then, I will write directly to the Chief Executive.", "legit meeting offer + bypass threat"),
 ]),
 # 9 podcast production - chatty, American, credit union
 ("podcast production", "Car-loan questions, as a show?", "Hey Priya!", "Talk soon,\nJess", [
  ("N", "Loved hearing how your members keep asking the same five questions about car loans.", "pleasantry tied to prospect"),
  ("N", "A short monthly episode answering those would give your branch staff something to send instead of typing the same email twenty times.", "value tied to the prospect"),
  ("S", "A sample episode we made for a credit union in Denver is attached, and also, super excited to share that our studio just got nominated for a Webby, which is kind of a big deal for us!", "legit attachment + award boast"),
  ("HS", "The contract's attached, and my manager's been on me about this one, so if we can get it signed before the 31st that would be amazing.", "legit attachment + manager as reason for a date (rule 16)"),
  ("T", "Totally fine if not though, I don't want to be a pest!", "pre-emptive release, approval-seeking"),
  ("S", "P.S. If you liked our pilot episode, would you mind leaving us a review on Apple Podcasts?", "review favour from a prospect"),
 ]),
 # 10 parade floats - CLEAN, warm, British, carnival committee
 ("parade floats", "Lighthouse float: quote and height", "Hello Margaret,", "All the best,\nRhys", [
  ("N", "What a brilliant meeting on Thursday; the committee's sketches for the lighthouse float are a joy.", "pleasantry"),
  ("N", "Given the 4.2-metre height limit under the railway bridge on Station Road, I'd suggest a fold-down lamp section rather than a fixed tower.", "expert recommendation with reason"),
  ("N", "The quote you asked for is attached: £6,800 for build and transport, or £5,900 if the committee's volunteers handle the painting.", "price asked for; cheaper option traded for work"),
  ("N", "Your route-approval date of 1 August means the frame has to be finished by mid-July for the road-safety check.", "the prospect's own deadline"),
  ("N", "Would Wednesday evening suit for me to bring a scale model to your next committee meeting?", "clear next step"),
 ]),
 # 11 prosthetic limbs - non-native English, rehab hospital
 ("prosthetic knees", "Microprocessor knee for your patients", "Dear Mr. Lindqvist,", "Best regards,\nKlaus Berger", [
  ("N", "Thank you for the meeting in Gothenburg and for showing us the gait laboratory.", "courtesy"),
  ("N", "Our microprocessor knee can reduce falls for your above-knee patients, in a study at a similar clinic the falls went down with 60 percent in one year.", "proof tied to the prospect's situation"),
  ("S", "Our company is very proud, we are receiving the Red Dot design award and we are number one in Germany since many years.", "award and ranking boast"),
  ("T", "Please excuse me for writing again so soon, I am very sorry if I am disturbing you, but I have now the falls study you asked for and I attach it.", "apologising for following up + legit attachment"),
  ("HS", "I attach also the price list, and my director ask me to have the order before end of quarter, so please can you confirm it until 28 June?", "legit attachment + manager and quarter as reason for a date (rule 16)"),
  ("T", "If the price is problem, we can maybe make it cheaper, you can tell me which number is good for you.", "name-your-number concession"),
 ]),
 # 12 quilting frames - chatty, American, tiny craft shop
 ("quilting frames", "The 10-foot frame", "Hi Donna,", "Happy quilting,\nLinda", [
  ("N", "Thanks for letting me demo the 10-foot frame at your shop's Saturday class.", "courtesy"),
  ("N", "Three of your students asked whether they could rent time on it, which could cover the frame's cost within a year at $15 an hour.", "value from the prospect's own situation"),
  ("H", "I've gone ahead and put you down for the delivery van on the 9th; a $300 deposit by return will hold it.", "assumptive booking and payment before a yes"),
  ("S", "The frame fits your 12-foot back room with a foot to spare, and we've also got the stitch regulator, the hopping-foot kit, the light bar, the side clamps, the grid-ruler set and the extension table if you want the whole setup.", "legit fit detail + accessory dump"),
  ("T", "Sorry for such a long message, I ramble when I'm excited!", "apology for length"),
  ("HS", "I drove four hours with that frame for your class, so I'd really appreciate a yes before the weekend.", "seller's effort offered as a reason + a date for the decision (rule 15)"),
 ]),
 # 13 quad bike hire - terse, British
 ("quad bike hire", "Quads on the 22nd", "Hi Callum,", "Dean\nMoorside Quads", [
  ("N", "Six quads are free for your group on the 22nd as asked.", "logistics"),
  ("H", "They're yours for £45 a head including fuel, but I'd grab them today because there's a stag party sniffing round the same date.", "legit price + manufactured scarcity"),
  ("N", "Helmets and a 20-minute safety briefing are included.", "product detail"),
  ("H", "I've pencilled your name on the booking sheet, so pop the deposit over by bank transfer.", "assumptive booking and payment request"),
  ("H", "Minimum rider age is 16, and if the deposit isn't with me by tonight they go to the next group on the list.", "legit detail + invented ultimatum"),
 ]),
 # 14 radon mitigation - formal, American, school district
 ("radon mitigation", "Radon results for the four elementary schools", "Dear Dr. Whitfield,", "Respectfully,\nAlan Crewe\nClearAir Radon Solutions", [
  ("N", "Thank you for sharing the district's radon test results for the four elementary schools.", "courtesy"),
  ("N", "Lincoln Elementary's readings of 9.2 pCi/L are more than twice the EPA action level, so I would recommend sub-slab depressurization there before the heating season.", "expert recommendation backed by evidence (rule 6)"),
  ("H", "Frankly, a board sitting on numbers like these through another winter is gambling with other people's children.", "shaming the prospect"),
  ("S", "Our crews carry the state radon mitigation license your procurement office asked about, and our firm has been in business since 1978 with more radon installation awards than any company in the state.", "legit credential the buyer asked for + years-in-business and awards boast"),
  ("N", "The state's mitigation grant closes its application window on October 15, which is worth knowing for budgeting.", "borderline: real external deadline (grant window) stated once, neutrally (rule 4)"),
  ("H", "I have pencilled in our crews for the week of September 8, and the district's purchase order paperwork will come to you for signature on Monday.", "assumptive booking and paperwork before a yes"),
 ]),
 # 15 rug cleaning - very deferential, British, embassy
 ("rug cleaning", "Silk rugs in the main hall", "Dear Mrs Adeyemi,", "Yours most humbly,\nPeter Mills", [
  ("T", "I am so terribly sorry to write to you once more, and I do hope it is not an inconvenience.", "apologising for following up, approval-seeking"),
  ("N", "After the reception on the 3rd, the silk rugs in the main hall will need cleaning by hand rather than by machine to protect the dyes.", "expert advice; need = technical"),
  ("T", "Our price is £1,200 for the three rugs, which I realise is rather a lot, and I can only apologise for that.", "legit price + apology for the price"),
  ("T", "Might it perhaps be possible, only if convenient, for us to possibly collect them on a day of your choosing?", "stacked hedges around a legit collection ask"),
  ("ST", "It would mean an awful lot to me personally if you felt able to say yes, as I've struggled to win new clients this year.", "pleading for the seller's own sake (rule 15)"),
  ("T", "Please do not feel in the least obliged to reply.", "permission to ignore, minimising"),
 ]),
 # 16 rainwater harvesting tanks - CLEAN, chatty, British, primary school
 ("rainwater harvesting tanks", "Tank for the school garden", "Hi Mrs Greene,", "Cheers,\nAmy\nBrookside Water", [
  ("N", "Thanks so much for the tour of the school garden yesterday, the Year 4 potato beds were ace.", "pleasantry"),
  ("N", "The 3,000-litre tank we talked about would catch enough from the hall roof to water the beds through most of a dry July.", "value tied to the prospect"),
  ("N", "You asked whether it could go in over half term, and yes, 27 to 31 October works for our fitters.", "the prospect's own date"),
  ("N", "Sorry for the slow reply, I was out on an install in Frome all of Tuesday.", "borderline: single courtesy apology for a real delay, with the reason (rule 3)"),
  ("N", "Would it help if I sent a short plan you could share with the governors before their meeting on the 14th?", "helpful next step tied to their date"),
 ]),
 # 17 rivet guns - blunt, American, aircraft MRO
 ("rivet guns", "25 rivet guns", "Mike,", "Ray", [
  ("N", "You asked for pricing on 25 pneumatic rivet guns with the 3X hammer: $318 each.", "price asked for"),
  ("H", "They ship from our Wichita warehouse in two days, and your hangar needs these yesterday, so there's nothing left to debate.", "legit ship detail + 'you need this' directive"),
  ("N", "They meet the tool calibration requirements your QA manager listed.", "requirement the buyer set"),
  ("HS", "I can have them on your bench by the 3rd, but I'm short on my number this month, so I need the PO on my desk by the 30th.", "legit delivery date + seller's quota as reason for a date (rule 16)"),
  ("H", "The guys at the Atlanta shop switched to us in the spring, and frankly you're starting to look like the holdout.", "peers switched, shaming"),
  ("S", "P.S. We just won Aviation Tooling Supplier of the Year, so you're in good hands.", "award boast"),
 ]),
 # 18 snow chains - formal, British, coach operator
 ("snow chains", "Automatic chains for the Highland coaches", "Dear Ms Fraser,", "Yours sincerely,\nAndrew Baird\nGrip Systems UK", [
  ("N", "Thank you for your enquiry about snow chains for the twelve Highland route coaches.", "courtesy"),
  ("N", "The automatic chains we supply deploy from the cab in under ten seconds, which would spare your drivers fitting chains by hand in the A9 lay-bys.", "value tied to the prospect"),
  ("HT", "They are £640 per coach fitted, and if the order is confirmed by Friday I'm able to take 12% off, but after that the discount is withdrawn.", "legit price + discount conditioned on the seller's date (rule 7)"),
  ("T", "I appreciate you may well decide against us, and thank you sincerely for even taking the time to consider our offer.", "thanking them for even considering"),
  ("T", "Fitting takes half a day per vehicle at your Inverness depot, although I must check with my manager whether I could possibly go any lower on the price.", "legit logistics + deferring to manager on price with a hedge"),
 ]),
 # 19 ship chandlery - non-native English, sail training ship
 ("ship chandlery", "Provisions for the Bergen voyage", "Dear Captain Hansen,", "Best regards,\nTomasz Nowak", [
  ("N", "Thank you for sending the provisions and rope list for the voyage to Bergen.", "courtesy"),
  ("N", "We can deliver all items to the quay on 2 May at 08:00, as you asked.", "the prospect's own date"),
  ("H", "Many other ships in the harbour take already our service, only your ship is still buying in small shops, it is a little strange.", "peer shaming"),
  ("H", "Also I have put your ship on our yearly contract already and the first invoice is attached, you only need to sign.", "assumptive contract and invoice before a yes"),
  ("T", "Sorry again that I write so many times, I hope you are not angry with me, I only want to confirm the rope diameter is 14 mm.", "apology for following up, approval-seeking + legit question"),
  ("HS", "My boss is asking me every day about your ship, so please send me the signature before Friday.", "manager as reason for a signing date (rule 16)"),
 ]),
 # 20 septic tank pumping - warm, American, campground
 ("septic tank pumping", "June pump-out", "Hi Gwen,", "Take care,\nHank", [
  ("N", "Hope the season's off to a good start at the campground!", "pleasantry"),
  ("N", "Your two 1,500-gallon tanks were last pumped in August, so with the bookings you described, they'll be due again around mid-June.", "information from the prospect's own data"),
  ("S", "It's been a slow spring for us, and honestly I could really use the work.", "seller's need, no demand"),
  ("H", "Every week those tanks sit past due risks around $900 in emergency call-outs if one backs up on a full weekend, so the sooner you book the better.", "borderline: cost of delay used to push, with a plausible number (rule 5)"),
  ("HS", "I drove out twice last month to check your lids and never charged you, so I'd have hoped that earned us the June booking without all this chasing.", "seller's unpaid effort as guilt + push for the booking (rule 15)"),
  ("N", "I've attached the quote you asked for: $385 per tank, including the riser inspection.", "price asked for"),
  ("N", "P.S. Ask your Saturday staff to keep RVs off the leach field, the grass over it looked rutted last time.", "useful advice"),
 ]),
 # 21 stadium seating - blunt, British, rugby club
 ("stadium seating", "East stand seats", "Gareth,", "Lee", [
  ("N", "Quote attached for 1,400 tip-up seats on the east stand, as asked.", "attachment asked for"),
  ("S", "The seat colour matches the club's own red, and we did the seats at three Premiership grounds as the only fitter with a royal warrant.", "legit product detail + generic credentials boast"),
  ("H", "I've walked the east stand and your club needs this before next season, end of story.", "borderline: 'you need this' as a directive after a real inspection (rule 6)"),
  ("H", "The fire certificate you wanted is attached too, and this is my fourth email on the quote, so frankly I expected the courtesy of a line back by now.", "legit attachment + counting attempts with entitlement (rule 13)"),
  ("N", "The ground safety officer will want to check the seat material against the certificate before fitting.", "logistics"),
  ("H", "Every club in the league has new seats bar yours, and the visiting fans notice.", "peers already bought, shaming"),
 ]),
 # 22 surgical gowns - CLEAN, formal, British, NHS trust
 ("surgical gowns", "ITT: reinforced surgical gowns", "Dear Ms Osei,", "Kind regards,\nHelen Marsh\nMedGarb Healthcare", [
  ("N", "Thank you for the trust's invitation to tender for reinforced surgical gowns.", "courtesy"),
  ("N", "Our gowns are certified to EN 13795 high performance level, which the specification lists as mandatory.", "certification the buyer's process requires (rule 8)"),
  ("N", "You mentioned theatre staff found the current gowns too warm during long orthopaedic lists; our breathable back panel was designed for exactly that complaint.", "value tied to the prospect"),
  ("N", "We could move on price if the trust committed to a 24-month framework rather than 12.", "concession traded for term (rule 7)"),
  ("N", "I will confirm the delivery schedule with our logistics team and send it to you by 6 March.", "check with someone on a non-discount matter, with a date"),
  ("N", "Would a sample fitting session with your theatre nurses in the week of 10 March be useful?", "clear next step"),
 ]),
 # 23 submarine cable route survey - formal, American, offshore wind developer
 ("subsea cable route survey", "Dunmore export cable route", "Dear Dr. Castellanos,", "Best regards,\nNora Lindgren\nAbyssal Route Surveys", [
  ("N", "Thank you for the call on Monday about the export cable route for the Dunmore array.", "courtesy"),
  ("N", "Your geotechnical team flagged boulder fields near KP 14, and our ROV can map those at 5 cm resolution before the burial plan is fixed.", "value tied to the prospect"),
  ("S", "The survey plan you asked for is attached, and allow me to walk you through our full fleet of seven vessels, our four ROV classes and our in-house data centre.", "legit attachment + walk-through of the whole company"),
  ("HS", "We need this contract signed before our board meeting on the 18th to hit our annual target.", "seller's target as reason for a date (rule 16)"),
  ("H", "The vessel can be on station by 1 June, and unless we hear otherwise by the 15th we will take that as agreement and mobilise.", "legit availability + silence-means-go-ahead"),
  ("S", "I have attached two comparable survey reports for your review, along with our corporate brochure and the press release about our new flagship vessel.", "legit attachment + brochure/press-release self-promotion"),
 ]),
 # 24 trophy engraving - chatty, American, youth sports league
 ("trophy engraving", "Medals and trophies for the league", "Hi Coach Ramirez,", "Thanks!\nKaty", [
  ("N", "Congrats on wrapping up the spring season!", "pleasantry"),
  ("N", "The 48 medals and 6 team trophies you asked about come to $1,140, engraving included, and we can turn them around in 8 business days.", "price asked for"),
  ("T", "I know that might feel steep, so I'm happy to knock off whatever you think is fair.", "name-your-number concession"),
  ("T", "Bumping this back to the top of your pile in case it got buried, whenever you have a sec!", "permission-begging follow-up"),
  ("S", "Proofs of the medal face are attached, and oh, we were voted Best Local Business by the Tri-County Gazette three years in a row!", "legit attachment + award boast"),
  ("S", "If you end up happy with the medals, would you let us put your league's logo on our website?", "logo favour from a prospect (not after delivered value)"),
 ]),
 # 25 tennis court resurfacing - warm, British, tennis club
 ("tennis court resurfacing", "Courts 2 and 3", "Dear Jenny,", "Warm regards,\nOwen", [
  ("N", "It was lovely to meet the committee on Sunday and to see how well used the courts are.", "pleasantry"),
  ("N", "The cracks on courts 2 and 3 run right through the base layer, so a new acrylic top coat on its own would split again within a year.", "insight backed by evidence"),
  ("HS", "The drawings for all three courts are attached; I spent three weekends measuring and drawing them up for the club, so I was rather disappointed not to hear back after your AGM.", "legit attachment + seller's effort and disappointment as guilt (rule 15)"),
  ("N", "Our quote of £18,500 covers all three courts, and the work would take nine dry days.", "price and logistics"),
  ("H", "I can pencil the work in for the dry spell in late August, though frankly a committee that dithers any longer doesn't deserve courts this good.", "legit scheduling + shaming the prospect"),
  ("T", "P.S. I could also knock a couple of thousand off if the committee is wobbling.", "unprompted discount"),
 ]),
 # 26 timber framing - CLEAN, chatty, American, self-builder
 ("timber framing", "Barn house frame", "Hey Sam,", "Cheers,\nBen\nRidgeline Timber Frames", [
  ("N", "Thanks for sending over the architect's drawings for the barn house.", "courtesy"),
  ("N", "I'd push back on the 6x6 posts in the great room: with that 24-foot span, 8x8 Douglas fir will stop the bounce you'd feel upstairs.", "confident push-back with reasoning"),
  ("N", "Just a heads-up that the county needs stamped engineering drawings before they'll issue the framing permit.", "borderline: one polite 'just'; need = technical prerequisite (rule 1)"),
  ("N", "Permits there are running about five weeks, so if you want the frame raised in September, submitting by late July keeps that on track.", "borderline: real external lead time tied to the prospect's own target (rule 4)"),
  ("N", "Can I come out Saturday morning to check the footings against the drawings?", "clear next step"),
 ]),
 # 27 theatre costume hire - very deferential, British, amateur dramatic society
 ("theatre costume hire", "Edwardian costumes for Earnest", "Dear Mr Fenwick,", "Yours very respectfully,\nCelia Dunn", [
  ("N", "Thank you for your kind message about the society's production of The Importance of Being Earnest.", "courtesy"),
  ("T", "I am so sorry to trouble you again, and please do forgive me for being a nuisance.", "self-abasing apology for following up"),
  ("N", "We have the full set of Edwardian costumes you asked for, including the two morning suits in your cast's sizes.", "product detail asked for"),
  ("T", "I wondered, should it not seem presumptuous, whether you might conceivably care to reserve them?", "stacked hedges"),
  ("T", "The hire for the full run is £380, and we could certainly lower that by a third if it would help at all.", "legit price + unprompted discount"),
  ("N", "The costumes would arrive on 28 March, a week before your dress rehearsal.", "logistics tied to their date"),
 ]),
 # 28 tram track grinding - formal, American, transit authority
 ("tram track grinding", "Blue Line corrugation", "Dear Mr. Oduya,", "Sincerely,\nRachel Dunmore\nRailTrue Grinding", [
  ("N", "Thank you for the corrugation survey data for the Blue Line.", "courtesy"),
  ("N", "The wavelength readings on the curve near Pike Street match what we saw on Portland's system before grinding cut noise complaints there by half.", "social proof turned into insight"),
  ("S", "Our grinding trains are the most advanced in North America, backed by a $40 million investment from Vantage Rail Partners.", "'most advanced' + investor boast"),
  ("H", "I have already reserved the grinding train for your overnight possessions in August and will need the authority's signed work order by Friday.", "assumptive reservation + demand before a yes"),
  ("H", "The possession plan you requested is attached, and if I don't hear back this week I'll raise it with your General Manager at the APTA conference.", "legit attachment + bypass threat"),
  ("S", "I would also value the chance to tell you the RailTrue story, from our first grinding car in 1989 to the fleet we run today.", "hear-our-story pitch (rule 9)"),
 ]),
 # 29 upholstery - non-native English, restaurant booths
 ("upholstery for restaurant booths", "New vinyl for your booths", "Hello Mr. Bianchi,", "Regards,\nAhmet Yilmaz", [
  ("N", "Thank you for inviting me to see the booths at your restaurant last Monday.", "courtesy"),
  ("N", "The vinyl you choose in the sample book is commercial grade, it can resist 300,000 rubs, good for the busy dinner service.", "product detail tied to the prospect"),
  ("T", "Sorry, sorry for the price, I know it is more expensive than you wish.", "apology for the price"),
  ("HT", "New foam and vinyl for all six booths is $4,800, and if you sign before the 15th I give you 20 percent less, after this date is not possible anymore.", "legit price + discount conditioned on the seller's date (rule 7)"),
  ("HS", "I work very hard on these drawings for your booths during my weekend, so I think you should give me the answer soon.", "seller's effort as guilt + demand (rule 15)"),
  ("T", "We can do the work on Sunday and Monday when the restaurant is closed, I hope this is okay and not too much trouble for you.", "legit logistics + approval-seeking"),
 ]),
 # 30 UV water disinfection - CLEAN, terse, British, brewery
 ("UV water disinfection", "UV unit quote", "Hi Fiona,", "Rob", [
  ("N", "Quote attached for the UV unit on your hot liquor tank feed.", "attachment"),
  ("N", "At your 6,000 litres a day it runs at 40% capacity, so there's room for the second brewhouse.", "value tied to the prospect's plans"),
  ("N", "Lamps need changing every 9,000 hours; we'll send a reminder.", "need = technical"),
  ("N", "Price holds until 31 May, when our supplier's new list takes effect.", "borderline: factual price expiry, stated once with a reason, no urgency (rule 4)"),
  ("N", "Free Thursday to fit it?", "plain next step"),
 ]),
 # 31 vehicle wraps - chatty, American, plumbing firm
 ("vehicle wraps", "Van wraps for the new logo", "Hey Carlos,", "Later,\nTy", [
  ("N", "Loved the new logo you showed me, the wrench-and-wave is super clean.", "pleasantry"),
  ("N", "Wrapping your five vans would put that logo in front of about 30,000 drivers a day on your usual routes through Mesa.", "value tied to the prospect"),
  ("H", "Every plumber in the East Valley has their vans wrapped by now, and honestly a plain white van makes a company look like it's barely hanging on.", "peers already switched + shaming"),
  ("ST", "I hate to ask, but I'm one deal short of the sales trip to Cabo, so anything you could do would really save my skin.", "pleading for the seller's own sake, no date (rule 15)"),
  ("S", "I've attached mockups of the van in both the blue and the orange versions you asked about, plus our awards page so you can see who you'd be working with.", "legit attachment + awards self-promotion"),
  ("H", "I'll drop the printed proofs at your shop Thursday, and I'll keep turning up at the yard with coffee until you say yes.", "legit drop-off + badgering in person, uninvited"),
 ]),
 # 32 venetian blinds - formal, British, law office
 ("venetian blinds", "Blinds for the partners' offices", "Dear Mr Chambers,", "Yours sincerely,\nPatricia Lyle\nLyle & Sons Blinds", [
  ("N", "Thank you for the opportunity to measure the partners' offices on Tuesday.", "courtesy"),
  ("N", "The 50mm cedar slats you preferred will cut the afternoon glare in the west-facing meeting room without losing the view of the cathedral.", "value tied to the prospect"),
  ("S", "Our company has been established since 1952 and holds a royal warrant for window furnishings.", "heritage plus award boast"),
  ("T", "The quote for all six offices is £4,350 including fitting, and I fear it may seem a touch high, so do hope that isn't too disappointing.", "legit price + apologetic, approval-seeking about the price"),
  ("S", "When the installation is complete, I would be grateful if your firm would provide a written testimonial for our brochure.", "testimonial favour asked before any value delivered"),
  ("N", "Our fitters can work on Saturday 14 June so that no client meetings are disturbed.", "logistics"),
  ("T", "Naturally, if the figure is a concern, I would be happy to reduce it by whatever amount you consider reasonable.", "name-your-number concession"),
 ]),
 # 33 vacuum excavation - blunt, American, utility contractor
 ("vacuum excavation", "Route 9 gas crossings", "Dale,", "Bo", [
  ("N", "Per your request, our hydro-vac truck can daylight the 14 gas crossings on Route 9 the week of the 12th.", "logistics asked for"),
  ("N", "Vac excavation avoids the strike risk your crew ran into with the backhoe last month.", "value tied to the prospect"),
  ("H", "We'd need the utility locate tickets by Monday, and your competitors on that job have already locked in their trucks, so you're behind.", "legit logistics + competitors-already-bought pressure"),
  ("H", "I've already billed the mobilization fee, so you just need to sign the work order.", "assumptive invoice before a yes"),
  ("H", "The permit copies are attached, and the tracker says you opened my last three emails, so I know you're seeing these.", "legit attachment + read-receipt guilt (rule 13)"),
  ("H", "Book it now or you're back on the backhoe rolling the dice on another strike.", "now-or-never pressure"),
 ]),
 # 34 water coolers - CLEAN, warm, British, coworking space
 ("water coolers", "Plumbed-in coolers for the new floor", "Hi Leila,", "Best,\nHarriet", [
  ("N", "Lovely to chat on Friday about the new floor at your coworking space.", "pleasantry"),
  ("N", "Plumbed-in coolers on each floor would end the 19-litre bottle deliveries your front desk team said they were tired of hauling upstairs.", "value tied to the prospect"),
  ("N", "You asked for the rental price: £22 per unit per month, including filters and six-monthly sanitising.", "price asked for"),
  ("N", "If you sign for 36 months, we can take the installation fee off.", "concession traded for term (rule 7)"),
  ("N", "Does Tuesday at 11 work for me to check the water pressure on the new floor?", "clear next step"),
 ]),
 # 35 wetsuits - chatty, British spelling, surf school
 ("wetsuits", "4/3 suits for the school", "Hey Kai,", "Cheers,\nMel", [
  ("N", "Cheers for the chat at the beach on Sunday.", "pleasantry"),
  ("N", "The 4/3 suits you asked about have taped seams, which should stop the tearing you've had at the knees by mid-season.", "value tied to the prospect"),
  ("S", "We sponsor three pro surfers, we've been in Surf Today's top ten brands, and our factory runs on wind power!", "generic boasts"),
  ("S", "They come in the kids' sizes for your Saturday club too, and I'd love to show off our entire new range, from booties right up to the hooded 6mm.", "legit product detail + show-off-the-whole-range (rule 9)"),
  ("T", "The size chart is attached, and no stress at all if you'd rather not, feel free to ignore this one.", "legit attachment + permission to ignore"),
  ("T", "P.S. Say the word and I'll chop a quarter off the list price.", "unprompted discount"),
 ]),
 # 36 weather stations - formal, American, golf club
 ("weather stations", "On-course weather stations", "Dear Mr. Abernathy,", "Sincerely,\nGrant Willis", [
  ("N", "Thank you for walking me around the course on Wednesday.", "courtesy"),
  ("N", "A station by the 7th green would give your superintendent evapotranspiration readings for the low-lying fairways where he's been overwatering.", "value tied to the prospect"),
  ("HS", "The demo dashboard is live on your club's own login now, and I have personally spent many evenings configuring it, so I trust you will honor that effort with a decision this week.", "legit access detail + seller's effort as guilt + demand (rule 15)"),
  ("H", "The quote for two stations with five years of data hosting is attached, and I have taken the liberty of scheduling the installer for Monday.", "legit attachment + assumptive booking before a yes"),
  ("H", "I would hate for the club to be the only one in the conference still guessing at the weather.", "peer shaming / FOMO"),
  ("S", "Our stations were chosen by three PGA Tour venues and featured in Golf Course Industry magazine.", "generic credentials boast"),
 ]),
 # 37 workwear embroidery - terse, British, landscaping firm
 ("workwear embroidery", "Polos and hoodies", "Hi Nat,", "Kev", [
  ("N", "40 polos and 20 hoodies with your logo: £1,260 all in.", "price asked for"),
  ("N", "Ready ten working days from artwork sign-off.", "logistics"),
  ("T", "Sorry, I know that's a lot.", "apology for the price"),
  ("T", "Can do it for £1,000 if that helps?", "unprompted discount"),
  ("HT", "Or £950 if you order today, that's the best I can do.", "discount conditioned on the seller's date (rule 7)"),
  ("T", "Artwork proof is attached, and happy to do whatever works for you, you're the boss.", "legit attachment + treating the prospect as king"),
 ]),
 # 38 X-ray film digitisation - CLEAN, formal, British, hospital
 ("X-ray film digitisation", "Legacy film store", "Dear Dr Mensah,", "Yours sincerely,\nDavid Price\nClearFilm Digital", [
  ("N", "Thank you for showing me the film store in the basement of the orthopaedic wing.", "courtesy"),
  ("N", "Scanning the 18,000 legacy films would free that room for the outpatient expansion your board approved in January.", "value tied to the prospect"),
  ("N", "Our scanners capture at 16-bit depth, which your consultant radiologists specified for comparing old fractures with new images.", "our, but meets the buyer's spec"),
  ("N", "The hospital's retention policy lets the originals be destroyed only after the scans pass audit, so I'd allow four weeks for that step.", "logistics, the buyer's own policy"),
  ("N", "Could we meet your information governance lead on 9 April to agree the audit sampling plan?", "clear next step with a date"),
 ]),
 # 39 yurt rental - warm, American, corporate retreat
 ("yurt rental", "Yurts for the lake retreat", "Hi Alison,", "Warmly,\nJune", [
  ("N", "It was wonderful to hear about the leadership retreat you're planning at the lake.", "pleasantry"),
  ("N", "Three 24-foot yurts would sleep your 18 team members, with the larger one doubling as the workshop space.", "value tied to the prospect"),
  ("T", "Forgive me for following up again, I know how busy you must be, but I've now got the fire-safety sheet you asked for.", "apology for following up + legit new information"),
  ("T", "I hope it's alright that I went ahead and sketched a layout, I really didn't mean to overstep.", "approval-seeking"),
  ("N", "The layout is attached, with the wood-stove yurt nearest the lake path as you wanted.", "attachment"),
  ("ST", "Honestly it would make my month if you booked with us, I've been having a rough go of it lately.", "pleading for the seller's own sake (rule 15)"),
 ]),
 # 40 zinc plating - blunt, American, fastener manufacturer
 ("zinc plating", "Salt spray results, M8 bolts", "Frank,", "Walt", [
  ("N", "Test panels from your M8 bolts passed 720 hours of salt spray, well past your customer's 500-hour spec.", "value tied to the prospect"),
  ("S", "Turnaround is five working days from receipt, and we're the largest plating line in Ohio with a patented trivalent process.", "legit turnaround + generic boast"),
  ("H", "It's $0.11 a part as you asked, but sign the supply agreement this week or that goes up 18%.", "legit price + ultimatum"),
  ("H", "Only a buyer asleep at the wheel would keep shipping parts out to that outfit in Indiana.", "shaming"),
  ("N", "We can pick up from your dock Tuesdays and Thursdays.", "logistics"),
  ("H", "Until I get a straight answer, expect my name on your switchboard log daily.", "badgering / multi-touch chasing"),
 ]),
]


README_TEMPLATE = """# sealed22: held-out sales-email evaluation set for the Poise tone coach

**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on
6 December before that evening's Apply change and measured first on the model then current (rules + model macro-F1
0.819: hard_close 0.750, self_serving 0.831, timidity 0.875; 2 of 112 clean sentences flagged; email agreement
0.900 / 0.875 / 0.925), then used for the Apply sample of round 22.


Written by hand, from the labelling guide (`LABELS.md`) and the product description alone; no other data
set, rule or code was consulted. Every sentence was composed for this set, not copied or paraphrased from the
guide's examples. Labels were assigned sentence by sentence against the guide and re-read once more against it.

## Files

- `build.py`: holds every email (trade, subject, salutation, sign-off, body sentences each with a label code and a
  short note), writes the two JSONL files and this README, derives each email's labels with the guide's
  email-level scale (0 none / 1 one sentence or all borderline / 2 two or more with at least one not borderline;
  no hand overrides), and checks that every sentence is a verbatim substring of its email and that every line
  parses. Run `python3 build.py`.
- `test-emails.jsonl`: {emails} emails, `{{"email", "subject", "text", "labels": {{hard_close, self_serving, timidity}}}}`.
- `test.jsonl`: {sentences} body sentences (P.S. lines included, salutations and sign-offs excluded),
  `{{"id", "email", "text", "labels", "note"}}`; a note starting `borderline:` marks a sentence decided by one of
  the guide's borderline rules.

## Counts (computed by build.py)

| | Count |
|---|---|
| Sentences | {sentences} |
| Emails | {emails} |
| NONE | {NONE} ({NONE_pct}%) |
| hard_close | {hard_close} |
| self_serving | {self_serving} |
| timidity | {timidity} |
| Multi-label sentences | {multi_label} |
| Borderline sentences | {borderline} |
| Faulty sentences whose note marks a legit clause kept beside the fault | {faulty_with_legit_clause} |
| Emails with 2+ faulty sentences | {emails_2plus_faulty} |
| Clean emails | {clean_emails} |
| Emails with curly apostrophes | {curly_apostrophe_emails} |

Email-level score distribution (emails scoring 0 / 1 / 2): {email_dist}.

## Design

- About half of the faulty sentences carry the fault in one clause next to something the rep must keep (a price the
  prospect asked for, an attachment, a ship date, a meeting ask, a product detail), so a rewrite has to keep it.
- Fault wordings avoid the textbook phrases; they cover seller effort and feelings used as guilt, silence-means-yes
  and assumptive payment or booking, peers who already switched, quota / manager / contest / month-end as the
  reason for a date, bypass threats, read-receipt and counted follow-ups, in-person badgering, boasts, awards,
  investors and feature lists, self-promotion tacked onto an attachment, unprompted and name-your-number discounts,
  discounts tied to the seller's date, self-abasing apologies, apologies for price or length, stacked hedges and
  pre-emptive release.
- Many NONE sentences are hard negatives: the prospect's own dates, permit lead times and a grant window stated once,
  a price expiry with a reason, a concession traded for a longer term, "need" as a technical prerequisite, an expert
  recommendation backed by readings, a single courtesy apology with its reason, one polite "just", checking with a
  colleague on a non-discount matter with a date.
- Every third email (3, 6, 9, ...) uses curly apostrophes (three of those happen to contain none in their text
  before conversion and were given one).

## Trades (one per email, all beginning N to Z)

{trades}

Buyers mix public sector (town and county councils, a school district, NHS trusts, a transit authority, a
hospital, a primary school) and private firms from one-person shops to large developers; goods and services both.

## Registers

Formal, chatty, terse, warm, blunt, very deferential and non-native English, in both British and American
spelling; a few P.S. lines.
"""


def write_readme(stats):
    d = dict(stats)
    d["email_dist"] = "; ".join("%s %s" % (k, "/".join(map(str, v))) for k, v in stats["email_level_0_1_2"].items())
    d["trades"] = "\n".join("%d. %s" % (i, e[0]) for i, e in enumerate(EMAILS, 1))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_TEMPLATE.format(**d))


def curly(s):
    return s.replace("'", "\u2019")


def labels_of(code):
    if code == "N":
        return ["NONE"]
    assert set(code) <= {"H", "S", "T"} and code, code
    return [name for c, name in ORDER if c in code]


def main():
    assert len(EMAILS) == 40, len(EMAILS)
    trades = [e[0] for e in EMAILS]
    assert len(set(trades)) == len(trades)
    email_rows, sent_rows = [], []
    sid = 0
    for i, (trade, subject, sal, sign, sents) in enumerate(EMAILS, 1):
        eid = "s22e%03d" % i
        conv = curly if i % 3 == 0 else (lambda s: s)
        body, ps = [], []
        for code, text, note in sents:
            (ps if text.startswith("P.S.") else body).append(conv(text))
        paras, k = [], 0
        while k < len(body):
            take = 2 if len(body) - k in (2, 4) else 3
            if len(body) - k == 4:
                take = 2
            paras.append(" ".join(body[k:k + take]))
            k += take
        paras += ps
        text = conv(sal) + "\n\n" + "\n\n".join(paras) + "\n\n" + conv(sign)
        counts = {name: [] for _, name in ORDER}
        for code, stext, note in sents:
            sid += 1
            stext = conv(stext)
            assert stext in text, (eid, stext)
            labs = labels_of(code)
            border = note.startswith("borderline:")
            for lab in labs:
                if lab != "NONE":
                    counts[lab].append(border)
            sent_rows.append({"id": "s22-%04d" % sid, "email": eid, "text": stext, "labels": labs, "note": note})
        lab = {}
        for _, name in ORDER:
            b = counts[name]
            if not b:
                lab[name] = 0
            elif len(b) == 1 or all(b):
                lab[name] = 1
            else:
                lab[name] = 2
        email_rows.append({"email": eid, "subject": conv(subject), "text": text, "labels": lab})

    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for r in email_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for r in sent_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # re-read and check
    E = [json.loads(l) for l in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8")]
    S = [json.loads(l) for l in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8")]
    etext = {e["email"]: e["text"] for e in E}
    for s in S:
        assert s["text"] in etext[s["email"]]
    n = len(S)
    none = sum(1 for s in S if s["labels"] == ["NONE"])
    per = {name: sum(1 for s in S if name in s["labels"]) for _, name in ORDER}
    multi = sum(1 for s in S if len(s["labels"]) > 1)
    border = sum(1 for s in S if s["note"].startswith("borderline:"))
    faulty_per_email = {}
    for s in S:
        if s["labels"] != ["NONE"]:
            faulty_per_email[s["email"]] = faulty_per_email.get(s["email"], 0) + 1
    two_plus = sum(1 for v in faulty_per_email.values() if v >= 2)
    clean = sum(1 for e in E if e["email"] not in faulty_per_email)
    curly_n = sum(1 for e in E if "\u2019" in e["text"])
    dist = {name: [sum(1 for e in E if e["labels"][name] == v) for v in (0, 1, 2)] for _, name in ORDER}
    legit = sum(1 for s in S if s["labels"] != ["NONE"] and "legit" in s["note"])
    stats = {"faulty_with_legit_clause": legit, "sentences": n, "emails": len(E), "NONE": none, "NONE_pct": round(100.0 * none / n, 1),
             **per, "multi_label": multi, "borderline": border,
             "emails_2plus_faulty": two_plus, "clean_emails": clean, "curly_apostrophe_emails": curly_n,
             "email_level_0_1_2": dist}
    print(json.dumps(stats, indent=1))
    write_readme(stats)
    return stats


if __name__ == "__main__":
    main()
