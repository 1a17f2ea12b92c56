#!/usr/bin/env python3
"""Build the sealed33 held-out set: hand-written sales emails, labelled sentence by sentence
from the labelling guide. Email labels are derived with the guide's email-level scale (no overrides)."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"N": [], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"],
         "HS": ["hard_close", "self_serving"], "HT": ["hard_close", "timidity"],
         "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}

# Each email: subject, salutation, sign-off, paragraphs (list of lists of (code, sentence, note)).
EMAILS = [
 dict(subject="Nest boxes for the Ashdown Copse survey", sal="Dear Dr Whitlock,", off="Yours sincerely,\nGareth Penrose\nPenrose Woodcraft", paras=[
  [("T", "Thank you for sending the survey map of Ashdown Copse with the 60 box positions marked, and do forgive me for replying at such length.", "legit thanks plus apology for the email's length"),
   ("N", "For the tits and nuthatches you listed, a 32 mm entrance on untreated larch will suit, and the woodcrete swift boxes can go on the barn gable.", "concrete advice tied to prospect's species list")],
  [("S", "Every box carries a ten-year warranty against splitting, and we have won the Green Apple Award three years running and supply more nest boxes than any other maker in the south-east.", "legit warranty detail plus generic awards and ranking boast"),
   ("H", "The quote for 60 boxes at £18.40 each is attached, and I have already pencilled your fitting day in as 14 February, so please send the purchase order number today.", "legit attachment plus assumptive booking and same-day PO demand before a yes"),
   ("T", "I do hope the price is not too much of a shock; I am sorry it could not be lower.", "apologising for the price"),
   ("N", "Boxes should be up before the end of February, when the first pairs start prospecting for sites.", "borderline: real external (breeding season) constraint stated once with the reason, rule 4")],
 ]),
 dict(subject="Nordic walking poles for the falls-prevention classes", sal="Hi Priya,", off="Cheers,\nTom", paras=[
  [("N", "Great to meet you at the falls-prevention forum on Tuesday!", "pleasantry"),
   ("H", "You mentioned 40 patients a term, so I've quoted 45 pairs with rubber paws and already booked your delivery for next Monday.", "legit quote plus assumptive delivery booking before a yes")],
  [("T", "I know NHS budgets are tight, so I've gone ahead and knocked 15% off before you even asked.", "unprompted discount"),
   ("S", "Honestly, this would be a huge win for me, as I'm trying to get our healthcare line off the ground this year.", "seller's own stake, no date or demand (rule 15/16: self_serving only)"),
   ("S", "The poles fold down to 68 cm, so they'll fit your physio cupboard, and they're the model that won us Innovation of the Year at Naidex.", "legit detail plus award boast"),
   ("T", "The order form is attached, but if it's not the right moment, please don't feel you have to reply at all.", "legit attachment plus permission to ignore")],
 ]),
 dict(subject="Almond and cashew butter samples", sal="Morning Jess,", off="Best,\nOwen\nNutwell Foods", paras=[
  [("T", "Samples of the roasted almond and the cashew-coconut went out by courier this morning, and sorry again for pestering you about them.", "logistics plus apology for following up"),
   ("N", "Both are palm-oil free and made in a peanut-free room, which covers the allergen statement you need for the Tesco listing.", "'need' is a prerequisite of the prospect's listing")],
  [("H", "Pricing holds at £6.10/kg on 500 kg, but two other granola brands are queuing for the same production slot, so you'll want to confirm by Thursday.", "legit price plus manufactured scarcity and invented deadline"),
   ("H", "Every brand in the cereal aisle I've spoken to has already moved to us, and you don't want to be the one left with a gritty supplier.", "peers already switched, FOMO shaming"),
   ("S", "Our new line has six roast profiles, squeeze pouches, bulk tubs, a keto range, compostable lids and a chocolate hazelnut launching in spring.", "feature list not tied to the prospect"),
   ("N", "Shall I book a call on Monday at 11 to go through your trial bake?", "clear next step with a date")],
 ]),
 dict(subject="Wipe-clean cloths for the Elm Street patio", sal="Hi Marisol,", off="Warmly,\nDana at Checkered Goods", paras=[
  [("N", "Thanks so much for the photos of the patio tables at your Elm Street location.", "pleasantry"),
   ("N", "The sage gingham and the lemon print both come on 54-inch rolls, so we can cut each cloth with a 6-inch drop and a hemmed edge that won't curl after wiping down.", "product detail tied to prospect"),
   ("N", "For 26 round tables, that works out to $19.50 a cloth, hemming included.", "price they asked for")],
  [("N", "Sorry to hear the last batch cracked along the folds; ours ships rolled, never folded, so that shouldn't happen again.", "sympathy plus fix, not an apology for selling"),
   ("N", "Could I drop off two samples on Thursday afternoon so your manager can test them with your usual cleaner?", "clear next step"),
   ("N", "If they pass, we'd have the full order to you within ten days.", "logistics")],
 ]),
 dict(subject="Galician octopus, both kitchens", sal="Carlos,", off="Rui\nAtlântico Seafood", paras=[
  [("N", "You asked for Galician octopus, 2-3 kg, cleaned and frozen.", "restating the request"),
   ("H", "We can do 120 kg a month at €14.80/kg delivered to both kitchens on Tuesdays, and I'll need your card details by return to lock that in.", "legit offer plus assumptive payment demand before a yes")],
  [("HS", "First delivery could be Tuesday the 4th, and my boss wants this account signed before our quarter closes on the 30th, so let's not drag it out.", "legit delivery date plus manager and quarter as reason for a deadline, rule 16"),
   ("S", "We supply eleven Michelin-starred kitchens and were named Seafood Supplier of the Year in Madrid.", "generic boast"),
   ("H", "Your competitors on Rua Augusta are already serving ours, so I wouldn't leave it much longer.", "competitors-already-bought urgency"),
   ("N", "Send me your weekly covers and I'll tell you whether 120 kg is too much.", "confident, prospect-focused ask")],
 ]),
 dict(subject="Coral plumes for the fan dance", sal="Dear Ms Okonkwo,", off="With my deepest respect,\nAnneliese Brandt\nPlume & Quill Costume Supply", paras=[
  [("T", "I am so very sorry to write to you again, and I hope you will forgive me for taking up your valuable time.", "apology for following up, self-abasing"),
   ("N", "The 40 drab plumes for the fan dance are dyed to the Pantone coral you sent, and a sample strand is in today's post.", "concrete product detail and logistics"),
   ("T", "I was wondering whether perhaps, if it might be convenient, you could possibly tell me if the colour is maybe acceptable?", "stacked hedges")],
  [("T", "The price is £9 per plume, but if that is too much, please just tell me what you would like to pay and I will make it work.", "legit price plus 'name your number' concession"),
   ("T", "The plumes are 55-60 cm long as your designer asked, and I will make them longer for free if you are not happy, anything at all you want.", "legit detail plus unconditional over-concession"),
   ("T", "The full quote with shipping is attached, and I really hope I have not disappointed you with it.", "legit attachment plus needing approval")],
 ]),
 dict(subject="Origami for the graduate offsite, 9 May", sal="Hi Dev,", off="Thanks!\nMeg\nFoldworks", paras=[
  [("N", "Following up on the origami session for your graduate offsite on 9 May.", "single follow-up line, rule 13"),
   ("S", "We'd run two 45-minute rounds, cranes first and then a modular ball each table builds together, which is why we're the most booked workshop in London.", "legit plan plus ranking boast")],
  [("S", "Fun fact: we've taught over 50,000 people, been on BBC Breakfast twice, and our founder holds a Guinness record for the smallest paper crane!", "generic boast with exclamation"),
   ("S", "Could you also mention us in your company newsletter afterwards, and maybe leave a Google review?", "favour for the seller, before any value delivered"),
   ("T", "The price is £1,150 for up to 60 people, paper included, though I'm happy to shave a bit off if that's easier for you.", "legit price plus unprompted discount"),
   ("T", "Do you want me to hold 9 May, or would you rather I didn't, sorry, whatever suits you best?", "legit hold offer dissolved into apology and approval-seeking")],
 ]),
 dict(subject="Pedalos for Brindley Lake (Parks framework)", sal="Dear Mr Achterberg,", off="Yours faithfully,\nHelen Ruddock\nAqualeisure Ltd", paras=[
  [("N", "Thank you for the invitation to quote under the Parks Service framework for twelve pedalos on Brindley Lake.", "thanks, context"),
   ("N", "Our two-seat swan and four-seat standard models both meet EN ISO 6185, which your tender documents list as mandatory.", "certification the buyer's process requires, rule 8")],
  [("H", "Councils that hesitate over this kind of purchase tend to lose the summer entirely, and I would hate Brindley to be the park residents complain about.", "FOMO and shaming aimed at the prospect"),
   ("H", "The contract documents are enclosed for signature, and if I do not receive the signed acceptance by Friday, I will raise the matter with the Cabinet Member for Leisure directly.", "legit enclosure plus ultimatum and threat to go over their head"),
   ("N", "Delivery takes eight weeks from order, so an order in early March would see the boats on the water for Easter.", "borderline: real lead time stated once against the prospect's own season, rule 4"),
   ("S", "I attach the maintenance schedule and the hull warranty, along with a brochure celebrating our forty years of industry awards.", "legit attachment plus years-in-business and awards boast")],
 ]),
 dict(subject="Pétanque piste for the village green", sal="Dear Mrs Fairweather,", off="Kind regards,\nJean-Luc Moreau\nBoules Terrains UK", paras=[
  [("N", "Thank you for your message about the pétanque piste on the village green, it's a lovely place for it.", "thanks"),
   ("S", "For 15 by 4 metres we propose crushed limestone with 1 cm of fine gravel and an oak border, the same we build for the World Championship, the most famous in the world.", "legit proposal plus generic prestige boast")],
  [("S", "Our company is the first in all Britain for the official pistes, since 1987 our family is doing this and we have won many, many trophies.", "heritage plus generic trophies boast"),
   ("T", "Sorry, sorry for the long email, I know it is too much text.", "repeated apology for length"),
   ("T", "The cost is £4,900 including the border and the levelling, I am sorry it is not more cheap.", "legit price plus apology for the price"),
   ("HT", "If the parish signs before the end of this month, I can make 10% less price.", "discount conditioned on seller's date, rule 7 (no seller reason given)")],
 ]),
 dict(subject="Tankards for the 150th dinner", sal="Rhys,", off="Dai\nCastell Pewter", paras=[
  [("N", "Thirty engraved pint tankards for the club's 150th dinner, lead-free pewter, glass bottoms as you asked.", "restating order spec"),
   ("H", "Engraving is the club crest on the front and names and cap numbers on the back, and I need the full name list by tonight or I can't promise anything.", "legit spec plus invented deadline ultimatum")],
  [("H", "You said you wanted a couple of weeks to think, but a club that was serious about its 150th would have ordered by now.", "'any serious...' shaming, overriding prospect's own timeline"),
   ("H", "I've already raised the invoice for the deposit, so just pay it and we're off.", "assumptive invoice before a yes"),
   ("N", "Delivery is four weeks from artwork sign-off, which puts you well ahead of the 18 October dinner.", "prospect's own date")],
  [("H", "P.S. The Ospreys Supporters Club ordered theirs from me last week, so you're the last club in the valley without us.", "peers already bought, shaming")],
 ]),
 dict(subject="Three machines for the back wall", sal="Hey Marcus,", off="Later,\nJordan\nTiltside Amusements", paras=[
  [("N", "Thanks for having me by the bar last Thursday, the crowd was great.", "pleasantry"),
   ("N", "For the back wall I'd go with three machines rather than four, since your aisle is 52 inches and players need room to nudge.", "expert recommendation with reasoning")],
  [("S", "Our new lineup has LCD backboxes, Bluetooth scoring, app leaderboards, RGB lighting, custom topper art, tournament mode and remote diagnostics!", "feature dump"),
   ("S", "I'm one sale away from the top spot in our regional contest, which is kind of a big deal for me.", "seller's need, no date for this prospect, rule 16: self_serving only"),
   ("HS", "The lease paperwork is attached, so if you could sign it by Friday, it would put me over the line.", "legit attachment plus a signing date with the seller's contest as the reason, rule 16"),
   ("T", "The lease is $420 a machine per month, service visits included, and I could probably knock that down if it's a sticking point.", "legit price plus unprompted concession")],
 ]),
 dict(subject="Pull-string piñatas for the party rooms", sal="Hi Bethan,", off="Lots of love,\nCerys\nFiesta Fox", paras=[
  [("N", "Thank you for the lovely chat about the birthday packages at Jumping Jacks.", "pleasantry"),
   ("N", "The pull-string piñatas are the safer choice for under-fives, since nobody swings a stick and every child still gets a ribbon to pull.", "value tied to prospect's customers"),
   ("N", "For 20 parties a month, the unicorn, dinosaur and rocket designs are £11.50 each, or £10.80 on a three-month standing order.", "concession traded for commitment, rule 7")],
  [("N", "They're made from recycled card with water-based paint, which fits the no-plastics pledge on your website.", "fit to prospect's policy"),
   ("N", "Would a box of six samples on Wednesday be useful before your weekend parties?", "clear next step")],
 ]),
 dict(subject="Plug list, Marsh Road basins", sal="Hi Kev,", off="Sam", paras=[
  [("N", "Plug list attached: 2,400 plugs across 14 species for the Marsh Road SuDS basins.", "attachment"),
   ("T", "All are peat-free and grown outdoors, so they won't sulk in wet ground in April, and I'm really sorry if that's more detail than you wanted.", "legit detail plus apology for normal selling")],
  [("T", "Price is £1.35 a plug, which is probably maybe a bit high, sorry, I think perhaps we could look at it.", "legit price plus stacked hedges and apology for price"),
   ("T", "Happy to drop it to whatever works for you.", "name-your-number concession"),
   ("T", "Delivery can be the first week of April, but no rush at all, get back to me whenever, or not, totally fine either way.", "legit delivery date plus minimising / release")],
 ]),
 dict(subject="Quince paste for the Christmas hampers", sal="Dear Mr Lindqvist,", off="With best wishes,\nRosamund Hale\nHale & Orchard Preserves", paras=[
  [("N", "Thank you for your enquiry about quince paste for the Christmas hampers.", "thanks"),
   ("H", "We make it in 250 g blocks from Portuguese quinces with 40% less sugar than the membrillo you stock, and any deli serious about its hampers would have it on the shelf already.", "legit product detail plus 'any serious...' shaming"),
   ("N", "Our price is £3.20 per block for 2,000 blocks, valid until 31 October, when the new season's fruit is costed.", "borderline: factual price expiry with a reason, no urgency language, rule 4")],
  [("H", "After that, frankly, you will be paying double, so I would move on this today rather than be left explaining empty shelves to your buyers.", "urgency push and fear after the expiry"),
   ("S", "We were also the first producer in England to win three Great Taste stars for quince, and have been featured in the Telegraph and Country Life.", "generic award and press boast"),
   ("S", "A tasting box can go to your Bristol office this week, and in return I'd love a quote from you for our trade brochure.", "legit offer plus favour for the seller")],
 ]),
 dict(subject="Quiz night, 27 March", sal="Alex,", off="Phil\nQuizzical Events", paras=[
  [("N", "Pub quiz for 80 staff on 27 March: six rounds, a picture round on your own office and a music round.", "offer summary"),
   ("T", "£650 covers the host, the sound kit and the answer sheets, but I can do £500 if that gets me a yes.", "legit price plus pre-emptive discount")],
  [("H", "I've emailed four times now and I can see every one has been opened, so a reply would be decent.", "counting attempts and read tracking at the prospect, rule 13"),
   ("HS", "I've spent two evenings writing the round about your office, so the least you can do is confirm.", "seller's effort as guilt, rule 15"),
   ("N", "If 27 March no longer works, tell me the date you're looking at.", "plain ask")],
  [("HS", "P.S. My manager keeps asking why this hasn't closed, so I'd be grateful for a yes by tomorrow.", "date for the prospect's yes with the seller's manager as reason, rule 16")],
 ]),
 dict(subject="A level path through the courtyard", sal="Dear Sister Margaret,", off="With every good wish,\nLiam Devereux\nFlowstone Surfacing", paras=[
  [("N", "Thank you for showing me round the courtyard at St Cuthbert's on Monday.", "thanks"),
   ("N", "A resin-bound surface over the existing paving would give a smooth, level path that bed-wheelchairs can cross without jolting patients.", "value tied to the hospice's patients")],
  [("T", "I hope it was all right that I took a few photos of the garden; I do hope that didn't cause any upset.", "needing approval"),
   ("T", "I'm terribly sorry the quote came to £7,800; I know that is a lot for a charity and I feel awful about it.", "legit price plus apology for the price"),
   ("T", "If it helps at all we could just do it at cost, and honestly anything you can manage would be fine.", "unprompted discount and name-your-number"),
   ("S", "The work takes three days and the path can be walked on after 24 hours, and we are the only firm in the county holding both a King's Award and a Gold Trustmark.", "legit logistics plus generic awards boast")],
 ]),
 dict(subject="Sandcastle build-off, Woolacombe 12 July", sal="Hi Tasha,", off="Speak soon,\nRob\nSand Sculpt Co.", paras=[
  [("N", "Thanks for the brief for your team day at Woolacombe on 12 July!", "pleasantry"),
   ("H", "For 45 people we'd split into five teams, each with a sculptor, and I'll need a 50% deposit from you by tomorrow to hold them.", "legit plan plus invented next-day deposit deadline")],
  [("S", "We were voted the UK's number-one team-building experience on a big review site, and our sculptors have built for Red Bull and the Olympics.", "generic ranking and name-drop boast"),
   ("H", "July weekends are basically gone already and three other companies are eyeing the 12th, so you'll want to grab it before they do.", "manufactured scarcity"),
   ("H", "It's £55 a head including tools, buckets and a photographer, and I've popped the deposit invoice in with this so we can get you locked in.", "legit price plus assumptive invoice before a yes"),
   ("N", "Tide tables show low water at 11:40 that day, so a 10:30 start gives us the widest stretch of sand.", "useful fact for planning")],
 ]),
 dict(subject="Armillary dial for the Sensory Garden", sal="Dear Professor Adeyemi,", off="Yours sincerely,\nFelicity Marsh\nGnomon & Sons", paras=[
  [("N", "Thank you for the plans of the new Sensory Garden and the sun-path study.", "thanks"),
   ("N", "At latitude 52.2° N, an armillary dial 1.2 m across would read to within two minutes, and the bronze can carry a tactile hour ring so visitors with sight loss can read it by hand.", "design tied to the garden's purpose"),
   ("N", "We would need the plinth level to within 1 mm across its diameter before setting the gnomon, so your contractor may wish to pour it a week ahead.", "technical prerequisite")],
  [("N", "The cost is £14,600 including casting, engraving and setting on site.", "price"),
   ("N", "Apologies for the delay in sending this; our foundry needed an extra day to price the bronze at today's rates.", "borderline: single courtesy apology for a real delay with the reason, rule 3"),
   ("N", "Would Thursday 6 March suit you for a site visit to agree the orientation?", "next step with a date")],
 ]),
 dict(subject="8-yard skip, Harper Street", sal="Darren,", off="Shaz\nSwift Skips", paras=[
  [("N", "8-yard skip to 14 Harper Street, Monday 7 am, collected Friday.", "logistics"),
   ("N", "The council permit takes five working days, so I'll apply today if you want that Monday slot.", "borderline: real permit lead time stated once, rule 4")],
  [("H", "I've already put you down for it and the card on file gets charged tonight unless you tell me otherwise.", "assumptive payment; silence means yes"),
   ("H", "Every other builder on that street uses us, so you'll look daft being the one with a late skip.", "peers and shaming"),
   ("H", "£285 including the permit, and that's the best price on the coast, so don't waste time shopping around.", "legit price plus telling the prospect not to think it over"),
   ("T", "Sorry if that sounds pushy.", "apologising for being pushy, rule 3")],
 ]),
 dict(subject="Twin-bowl slush for the six lobbies", sal="Hi Gabe,", off="Thanks a ton,\nKelsey\nFrostline Beverage Systems", paras=[
  [("N", "Thanks for the numbers from your six theaters; that summer spike in concessions is impressive.", "pleasantry tied to data"),
   ("H", "A twin-bowl machine per lobby would cover your Saturday peak of about 300 cups an hour, and honestly, your theaters need this, there's nothing to think over.", "legit sizing plus 'you need this' directive")],
  [("S", "Full disclosure: I'm behind on my target this half, so this deal would really help me.", "seller's target, no date, rule 16: self_serving only"),
   ("ST", "Please, I'm begging you, give me a shot at this one, it would honestly make my month.", "pleading for the seller's own sake, rule 15"),
   ("T", "Install takes half a day per lobby, and if cost is the issue I'll throw in the syrups free for a year, no strings.", "legit install detail plus unconditional concession"),
   ("N", "Can we walk through the install at your Riverside theater next Tuesday?", "next step with a date")],
 ]),
 dict(subject="Lantern-bird stilt walkers, 20 September", sal="Hello Ruth,", off="All the best,\nIsla\nHigh Jinks Performers", paras=[
  [("N", "It was a joy to hear about this year's Lantern Carnival plans for 20 September.", "pleasantry"),
   ("N", "Four walkers in the lantern-bird costumes would lead the parade and then move through the crowd in the park, which keeps the spectacle going after the floats stop.", "plan tied to the event"),
   ("N", "Our walkers carry £10 million public liability cover, which meets the condition in your event permit.", "credential required by the buyer's process, rule 8")],
  [("N", "The fee is £1,600 for four walkers for three hours, costumes included.", "price"),
   ("N", "Could we have a quick call on Monday to agree the route and the rest stops?", "next step")],
 ]),
 dict(subject="Skate area at the Rec: layout and costs", sal="Dear Councillor Baptiste,", off="Yours sincerely,\nNadia Quist\nConcrete Wave Parks", paras=[
  [("T", "Thank you for meeting the youth panel and me at the Rec on Wednesday, and I hope you will forgive my going on at such length about drainage.", "thanks plus apology for normal selling"),
   ("N", "The young people were clear that they want a mini-ramp and a flat bank rather than a big bowl, and that layout fits the 20 by 12 m footprint.", "insight from the users")],
  [("N", "Precast concrete would cost £68,000 and last decades with little upkeep, whereas steel modules are cheaper now but need resurfacing every few years.", "confident comparison"),
   ("N", "The lottery grant you mentioned closes on 14 June, so we can have drawings ready by 31 May for your bid.", "borderline: external grant date named by the prospect, rule 4"),
   ("HS", "Drawings and a cost plan are attached, and between us, my director has asked me to get this signed before our financial year ends in April, so I'd appreciate your signature soon.", "legit attachment plus manager and financial year as reason for a signing date, rule 16"),
   ("H", "Frankly, if the council does not commit now it never will, and the young people will be let down again.", "'now or never' plus guilt on the prospect")],
 ]),
 dict(subject="Salt room for Room 4", sal="Dear Dr Haddad,", off="Best regards,\nMarek Zieliński\nHalosphere", paras=[
  [("N", "Thank you for the floor plan of Room 4 at your clinic.", "thanks"),
   ("H", "A salt room of 12 square metres fits six children with a parent each, but honestly your clinic needs this, all the other clinics in the city have one already.", "legit sizing plus 'you need this' and peers-already-bought")],
  [("S", "We are the leader in Europe for salt rooms, with more than 900 installations and many prizes.", "generic leadership boast"),
   ("HS", "Please understand I have worked many nights on this design for you, so I expect your answer this week.", "seller's effort as guilt with a demand, rule 15"),
   ("T", "I can be in Leeds on 12 May to measure, so maybe if possible, if you are agree, perhaps we could maybe meet?", "legit visit date plus stacked hedges"),
   ("HS", "Installation needs two weeks and can be done in August while the clinic is quiet, but I must have the deposit before then or my boss gives the slot to another client.", "legit logistics plus deposit demand with the seller's manager as the reason, rules 12 and 16")],
 ]),
 dict(subject="District tortilla bid: whole-grain and corn", sal="Hi Ms. Delgado,", off="Thanks so much,\nRay Fuentes\nSol de Maíz Tortilleria", paras=[
  [("N", "Thanks for sending over the bid specs for corn and flour tortillas across the district's 22 schools.", "thanks"),
   ("N", "Our 6-inch flour tortilla meets the USDA whole-grain-rich requirement, and the corn tortilla is gluten-free for your allergy menus.", "fit to the buyer's requirements")],
  [("N", "The bid closes on March 3, so we'll have our signed forms and nutrition sheets in by February 28.", "the prospect's own deadline"),
   ("H", "Most districts in the county have already moved their tortillas to us, so you'd be the odd one out.", "peers already switched, shaming"),
   ("T", "I know that's a bit forward, sorry!", "apology for normal selling"),
   ("T", "Samples can reach your central kitchen Tuesday, and if our price comes in high, just tell me what the district wants to pay and I'll see what I can do.", "legit sample offer plus name-your-number concession"),
   ("T", "Either way, thanks so much for even letting us bid!", "thanking them for even considering the seller, rule 11")],
 ]),
 dict(subject="A cabin in the stream oaks", sal="Hi Fergus,", off="Cheers,\nPip\nCanopy Cabins", paras=[
  [("N", "Loved walking the woodland with you on Saturday.", "pleasantry"),
   ("N", "The two oaks by the stream are the best candidates, and our arborist confirmed they can carry a 16 square metre cabin on tree-friendly bolts.", "expert finding tied to site"),
   ("N", "We'd build off-site over the winter and install in March, so we're out of the canopy before the birds nest.", "plan with reason")],
  [("S", "I have to say, we're the most awarded treehouse builder in the country, and our cabins have been on Grand Designs and in Vogue.", "generic award and press boast"),
   ("HS", "It's also the end of my first year running sales here, and I'd love to ring the bell with a signed deal by Friday.", "date for signature with the seller's milestone as reason, rule 16"),
   ("H", "The design fee is £3,500, credited against the build, and honestly, if you sit on it over the winter, you'll miss the whole season and regret it.", "legit fee plus fear-of-missing-out push")],
  [("S", "P.S. Would you mind writing us a review on Houzz once the cabin is up?", "review favour asked before any value delivered, rule 10")],
 ]),
 dict(subject="South entrance turnstiles", sal="Dear Mr Okafor,", off="Yours sincerely,\nAlastair Brown\nGateway Access Systems", paras=[
  [("N", "Thank you for the ground plan and the figures for last season's biggest crowd.", "thanks"),
   ("N", "Five full-height turnstiles at the south entrance would clear 3,000 supporters in about 25 minutes, within the entry time your safety certificate requires.", "value tied to prospect's constraint"),
   ("N", "Each unit reads your existing barcode season cards, so there is no need to reissue them.", "'need' harmless")],
  [("N", "The installed price is £42,500, and the compliance certificates are attached.", "price, attachment"),
   ("N", "Would the week of 16 June suit for a survey visit with your safety officer?", "next step")],
 ]),
 dict(subject="Castleford 10k traffic plan", sal="Hi Lorraine,", off="Mick\nRoadside TM", paras=[
  [("HS", "Traffic plan for the Castleford 10k is attached, and since I drew it up on my own weekend as a favour, I expect you to sign it off.", "legit attachment plus the seller's sacrifice as guilt with a demand, rule 15"),
   ("N", "The council wants the road closure application 12 weeks before race day, so for 5 October it has to be lodged by 13 July.", "borderline: real permit deadline stated once with the reason, rule 4")],
  [("H", "Sign the quote by Monday or your date goes to another race, there's a queue behind you.", "ultimatum plus scarcity"),
   ("S", "All our crews are Chapter 8 trained, which your council requires, and we also do all the big city marathons and hold more accreditations than anyone else in Yorkshire.", "legit required credential plus generic boast"),
   ("H", "Cost is £5,400 including signs, barriers and two crews, and I've already booked the crews for you, so just send the PO.", "legit price plus assumptive booking")],
 ]),
 dict(subject="Coupe plates for the new menu", sal="Dear Hannah,", off="Warmest wishes,\nSuki\nKiln Street Tableware", paras=[
  [("N", "Thank you for the tasting at the Linden last week; the new dishes looked cramped on the old plates, so I can see why the chef wants a bigger canvas.", "pleasantry plus observation"),
   ("S", "The 30 cm coupe in the speckled glaze gives the sharing dishes room, and it's the very plate that won us Best Newcomer at the Hospitality Show.", "legit product detail plus award boast")],
  [("T", "I've attached the revised quote for 240 plates, and I'm so sorry to keep nudging you; I know you're terribly busy and really don't want to be a pest.", "legit attachment plus apology for following up"),
   ("T", "I've also taken 20% off the quote in case that helps, without you asking of course.", "unprompted discount"),
   ("ST", "And if you'd agree to a little case study for our website, I could take another 5% off.", "borderline: discount offered for a personal favour, rule 7"),
   ("N", "I can bring a set of each size on Thursday for the chef to try on the pass.", "next step")],
 ]),
 dict(subject="PCB trays, tooling", sal="Anil,", off="Gary\nFormtec Vacuum Forming", paras=[
  [("N", "Tooling drawings for the PCB trays are attached.", "attachment"),
   ("N", "In 0.8 mm anti-static PET each tray holds 24 boards and stacks 40 high, which matches your cleanroom trolley.", "spec tied to prospect")],
  [("S", "Tooling is a one-off £2,300, then £1.18 a tray at 10,000, and we've won Thermoformer of the Year twice, so you're in good hands.", "legit price plus award boast"),
   ("H", "You need these trays, full stop, and there's nothing left to discuss.", "'you need this' directive"),
   ("H", "I've booked the tool room for Tuesday, so send the PO and the deposit today.", "assumptive booking and payment demand"),
   ("HS", "I've pulled favours with our production manager to get you that slot, so I expect the order.", "seller's favours as guilt with a demand, rule 15")],
 ]),
 dict(subject="Test pressings for the LP", sal="Hey Nia,", off="x\nTobi\nGroove Foundry Pressing", paras=[
  [("N", "Congrats on the album, the masters sound great.", "pleasantry"),
   ("T", "For 500 copies on 180 g black vinyl with printed inners we're at £2,850, and sorry, I know that's steep for an indie.", "legit price plus apology for the price")],
  [("N", "Since you want them for the launch gig on 22 November, we should approve test pressings by 10 October.", "prospect's own date"),
   ("S", "We can print the sleeves in-house too, and we're the press every major label uses, with six Music Week awards on the wall.", "legit offer plus generic boast"),
   ("T", "Totally understand if you'd rather go elsewhere, no hard feelings at all, thanks for even thinking of us!", "pre-emptive release and thanks for considering"),
   ("S", "If you send the artwork by Friday I'll get label proofs back Monday, and it'd be amazing if you could tag us in every post about the record.", "legit next step plus publicity favour for the seller")],
 ]),
 dict(subject="Immersive training headsets, 12 stations", sal="Dear Area Manager Cole,", off="Yours sincerely,\nDr Imogen Vasquez\nSimuFire XR", paras=[
  [("N", "Thank you for the specification for immersive training across your 12 stations.", "thanks"),
   ("S", "Standalone headsets would let crews run the smoke-filled stairwell scenario on station without a PC, and our platform also offers 140 scenarios, haptic vests, eye tracking, multiplayer, AI avatars and a virtual extinguisher.", "legit value clause plus feature dump")],
  [("H", "Any fire service that cared about firefighter safety would already have this in place.", "'any serious leader' shaming"),
   ("H", "The first 24 units are ready to ship from stock, and if we do not hear back by the 21st, we will take that as approval and send them.", "legit stock detail plus silence-means-yes assumptive step"),
   ("N", "Your framework requires Cyber Essentials Plus, and our certificate is attached.", "credential the buyer's process requires"),
   ("N", "Would your training manager be free for a demonstration at Headquarters on 4 April?", "next step with a date")],
  [("S", "P.S. We were also named a Top 10 Emergency Services Supplier by Fire Tech Weekly.", "generic ranking boast")],
 ]),
 dict(subject="Bag-in-box malt vinegar for the nine shops", sal="Hiya Shona,", off="Ta,\nBilly\nBrinewell Vinegar", paras=[
  [("N", "Thanks for the order history from your nine shops.", "thanks"),
   ("N", "Switching to 20-litre bag-in-box would cut your vinegar spend by about 11% against the 5-litre bottles, and saves staff lugging bottles through the back.", "quantified value from prospect's data")],
  [("N", "Each box clips into a wall dispenser, so the counter never waits on a refill.", "product detail tied to the shop"),
   ("N", "Sorry to hear the Scarborough shop flooded last month; I can hold its trial until it reopens.", "sympathy, not timidity, rule 3"),
   ("N", "I can have a trial box at your Whitby shop on Thursday.", "next step")],
 ]),
 dict(subject="Hand-printed papers for the 18 bedrooms", sal="Dear Mrs Castellane,", off="Your humble servant in all things papered,\nBenedict Ashe\nAshe Decorating", paras=[
  [("N", "Thank you for the walk-round of the 18 bedrooms at the Marlowe.", "thanks"),
   ("N", "Hand-printed papers need a lining paper first on walls like yours, which stops the old cracks showing through.", "technical prerequisite")],
  [("T", "I do apologise, I realise I went on far too long on site, and I hope I didn't take up too much of your day.", "apology for normal selling, approval-seeking"),
   ("T", "You asked about a discount for doing all 18 rooms, and I'll have to ask my manager whether I'm even allowed to offer you anything off, if that's okay.", "legit reply to the prospect's discount question plus deferring to manager, rule 12"),
   ("N", "Our quote for hanging all 18 rooms is £12,600, and we can work floor by floor so you never lose more than four rooms at once.", "price plus value for the hotel"),
   ("T", "Samples of the three papers you liked are on their way, but please don't feel obliged to answer; whenever you find a free moment would be more than fine.", "legit logistics plus permission-begging")],
 ]),
 dict(subject="External window cleaning, Northgate General", sal="Dear Ms Pemberton,", off="Kind regards,\nOliver Strand\nClearview Facilities", paras=[
  [("N", "Thank you for inviting us to price the external window cleaning at Northgate General.", "thanks"),
   ("N", "Water-fed poles from the ground for floors one to four, with rope access only on the tower block, keeps cradles off the ward roofs and cuts disruption to patients.", "method tied to the hospital"),
   ("N", "The annual price for quarterly cleans is £38,400.", "price")],
  [("N", "Our operatives hold the NHS infection-control training listed in your specification.", "credential required by the buyer"),
   ("N", "Could we arrange a site walk with your estates manager in the week of 10 March?", "next step")],
 ]),
 dict(subject="Legionella assessments, 42 blocks", sal="Mr Griffiths,", off="Steve Callan\nPureFlow Water Hygiene", paras=[
  [("N", "Legionella risk assessments for your 42 blocks: £9,870, done over six weeks.", "price and scope"),
   ("N", "Your current assessments lapse on 30 April, and the regulator expects them reviewed before then.", "borderline: real external regulatory date stated once, rule 4")],
  [("H", "I've already told my engineers to start on Monday, so just confirm the PO number.", "assumptive start before a yes"),
   ("H", "If you won't reply to me, I'll take this to your chief executive, who I'm sure will want to know why the blocks are out of date.", "bypass threat"),
   ("H", "Every week you leave this, you're gambling with residents' lives.", "cost-of-delay used to push, rule 5"),
   ("HS", "My regional manager is watching this contract, so I need it signed by Friday.", "signing date with the seller's manager as reason, rule 16")],
 ]),
 dict(subject="Walk-through detectors for the east gates", sal="Hi Trevor,", off="Best,\nAngela Ruiz\nSentryLane", paras=[
  [("N", "Thanks for the walkthrough of the east concourse on Tuesday.", "thanks"),
   ("N", "With eight walk-through units at the east gates, you'd screen a sell-out crowd in roughly 40 minutes, which hits the doors-open target your security director set.", "value tied to prospect's target"),
   ("N", "We can lease for the season at $1,150 per unit per month, with a 24-hour swap if a unit fails.", "price and service")],
  [("N", "The league guidance you sent asks for the high-throughput models, and both units we quoted qualify.", "fit to buyer's requirement"),
   ("N", "I'm on site Thursday and can set one up at Gate 3 for your staff to try.", "'I' but serving the customer"),
   ("N", "Let me know if 2 p.m. works.", "plain ask")],
 ]),
 dict(subject="Zinc top for the bar", sal="Hello Amélie,", off="Warmly,\nConor\nPatina Metalworks", paras=[
  [("N", "Lovely to see the bistro coming together on Friday.", "pleasantry"),
   ("N", "A hand-formed zinc top over your 6-metre oak bar would take on that soft grey patina within a year, exactly the Paris look you described.", "value tied to prospect's vision"),
   ("N", "We'd template next Wednesday and fit in a single day, so you keep your 1 March opening.", "prospect's own date")],
  [("S", "We've been family-run since 1924, with four generations of zinc-workers behind every top.", "borderline: heritage line, rule 8"),
   ("ST", "Honestly, it would mean the world to me to see my work in your bistro, so please, please say yes.", "pleading for the seller's own sake, rule 15"),
   ("T", "The price is £5,800 including the edge moulding and sealing, and I'm so sorry it isn't less.", "legit price plus apology for the price")],
 ]),
 dict(subject="Binchotan grills, quote", sal="Kenji,", off="Lee\nEmber Line Catering Equipment", paras=[
  [("H", "Quote for two 1.2 m binchotan grills with stainless hoods attached; this is the third time I've sent it, so please actually open it this time.", "legit attachment plus counting attempts at the prospect, rule 13"),
   ("N", "Ceramic-lined boxes hold the charcoal at 800°C for four hours, so one load covers your dinner service.", "product tied to prospect")],
  [("HST", "Price is £3,400 each, and I can take 12% off if you order before my quarter ends on the 31st.", "legit price plus discount tied to the seller's quarter-end date, rules 7 and 16"),
   ("H", "After that the grills go to a chain in Manchester who's been waiting on them.", "manufactured scarcity"),
   ("H", "Lead time is five weeks, so the sooner I get your card number the better.", "legit lead time plus assumptive payment request before a yes")],
 ]),
 dict(subject="Spiced rum for the Mai Tai", sal="Hi Connie,", off="Cheers,\nDom\nDeadwater Rum Co.", paras=[
  [("N", "Thanks for sending over the cocktail list for the four bars.", "thanks"),
   ("N", "Our spiced rum is 40% with less vanilla than the one in your Mai Tai now, so the lime comes through.", "product tied to prospect's drink"),
   ("T", "At 180 bottles a month the trade price is £21.50 a bottle, but I could go to £18 if that's what it takes.", "legit price plus unprompted concession")],
  [("H", "I've emailed you three times now and heard nothing back, which is honestly a bit rude.", "counting attempts plus entitlement resting on the prospect's conduct, rules 13 and 15: hard_close only"),
   ("HS", "I drove five hours to drop those bottles round, so I think I deserve at least a yes or no.", "seller's effort as guilt, rule 15"),
   ("N", "If the Mai Tai isn't the right home for it, which drink on the list would you test it in?", "insightful question")],
  [("S", "P.S. I'd really appreciate it if you could put our bottle on the back bar where the cameras catch it for our Instagram.", "publicity favour for the seller")],
 ]),
 dict(subject="Chilled sushi counter, Lockgate campus", sal="Dear Ms Ferreira,", off="Kind regards,\nYuto Sasaki\nNori Fresh Ltd", paras=[
  [("T", "Thank you for the canteen numbers for the Lockgate campus, and apologies for all my reminders about them.", "legit thanks plus apology for following up, rule 3"),
   ("N", "For 1,400 staff, a daily counter of 350 packs would cover the lunch peak without waste, based on sell-through at sites of similar size.", "social proof turned into sizing advice"),
   ("N", "Every pack is made that morning and labelled for the 14 allergens, which your catering contract requires.", "meets buyer's requirement")],
  [("S", "We are proud to be Britain's fastest-growing sushi brand, backed by leading investors and recently named in the Sunday Times Fast Track 100.", "generic growth, investor and ranking boast"),
   ("S", "The pilot menu is attached, and I would also be grateful if you could write us a testimonial for LinkedIn before the pilot even begins.", "legit attachment plus favour for the seller before any value"),
   ("N", "Could we start a four-week pilot on 2 June?", "next step with a date")],
 ]),
]

def curly(s):
    return s.replace("'", "\u2019")

def main():
    emails_out, sents_out = [], []
    n = 0
    for i, e in enumerate(EMAILS, 1):
        eid = "s33e%03d" % i
        conv = curly if i % 3 == 0 else (lambda s: s)
        paras = [[(c, conv(t), note) for (c, t, note) in p] for p in e["paras"]]
        body = "\n\n".join(" ".join(t for _, t, _ in p) for p in paras)
        text = conv(e["sal"]) + "\n\n" + body + "\n\n" + conv(e["off"])
        counts = collections.Counter(); nonbl = collections.Counter()
        for p in paras:
            for c, t, note in p:
                assert c in CODES, c
                assert t in text, t
                n += 1
                labs = CODES[c] or ["NONE"]
                bl = note.startswith("borderline:")
                for l in CODES[c]:
                    counts[l] += 1
                    if not bl:
                        nonbl[l] += 1
                sents_out.append({"id": "s33-%04d" % n, "email": eid, "text": t, "labels": labs, "note": note})
        labels = {}
        for l in ("hard_close", "self_serving", "timidity"):
            if counts[l] == 0: labels[l] = 0
            elif counts[l] >= 2 and nonbl[l] >= 1: labels[l] = 2
            else: labels[l] = 1
        emails_out.append({"email": eid, "subject": conv(e["subject"]), "text": text, "labels": labels})
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for o in emails_out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for o in sents_out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # re-parse and report
    E = [json.loads(l) for l in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8")]
    S = [json.loads(l) for l in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8")]
    byemail = {e["email"]: e["text"] for e in E}
    for s in S:
        assert s["text"] in byemail[s["email"]]
    c = collections.Counter(l for s in S for l in s["labels"])
    faulty_per_email = collections.Counter(s["email"] for s in S if s["labels"] != ["NONE"])
    clean = [e["email"] for e in E if faulty_per_email[e["email"]] == 0]
    two_plus = [e for e in faulty_per_email if faulty_per_email[e] >= 2]
    one = [e for e in faulty_per_email if faulty_per_email[e] == 1]
    stats = {
        "emails": len(E), "sentences": len(S),
        "NONE": c["NONE"], "NONE_pct": round(100 * c["NONE"] / len(S), 1),
        "hard_close": c["hard_close"], "self_serving": c["self_serving"], "timidity": c["timidity"],
        "multi_label": sum(1 for s in S if len(s["labels"]) > 1),
        "borderline": sum(1 for s in S if s["note"].startswith("borderline:")),
        "clean_emails": len(clean), "emails_2plus_faulty": len(two_plus), "emails_1_faulty": len(one),
        "curly_emails": sum(1 for e in E if "\u2019" in e["text"]),
        "sentences_per_email": (min(collections.Counter(s["email"] for s in S).values()), max(collections.Counter(s["email"] for s in S).values())),
        "email_level": {l: dict(collections.Counter(e["labels"][l] for e in E)) for l in ("hard_close", "self_serving", "timidity")},
    }
    stats["one_clause_faults"] = sum(1 for s in S if s["labels"] != ["NONE"] and s["note"].startswith("legit"))
    print(json.dumps(stats, indent=1))
    write_readme(stats, E)

README_HEAD = """# sealed33: held-out sales emails for the Poise tone coach

> **Training data since the tenth session.** This set was once sealed and was read several times while sealed (its
> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).
> It measures nothing now.

**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on
6 December (the seventh session) from the labelling guide alone, blind to that session's last Apply change, and
measured first on the code then (rules + model macro-F1 0.928: hard_close 0.909, self_serving 0.909, timidity 0.966;
2 of 108 clean sentences flagged; email agreement 0.925 / 1.000 / 0.950). It is a source of round 32 of the Apply
sample.

Written by hand, email by email and sentence by sentence, from the labelling guide (`corpus/LABELS.md`) and the
product brief alone; no other data set, rule or code was consulted, and no sentence was generated or copied.
The guide's own example sentences were not reused or paraphrased. `build.py` holds every email (subject,
salutation, sign-off, body sentences with a label code and a short note), joins them into the email text, derives
the email-level labels with the guide's scale (0 none; 1 exactly one sentence or only borderline ones; 2 two or more
with at least one not borderline; no hand overrides), checks that every sentence is a verbatim substring of its
email and that every written line parses, and writes `test-emails.jsonl`, `test.jsonl` and this README.
Run `python3 build.py` to rebuild.

Notes starting with `borderline:` mark sentences decided by one of the guide's borderline rules. About half the
faulty sentences put the fault in one clause beside something legitimate the rep must keep (a quote, an
attachment, a date the prospect named, a meeting ask, a product detail); their notes start with `legit`. Many
NONE sentences are hard negatives: real permit, grant and regulatory dates, the prospect's own deadlines,
credentials the buyer's process requires, value statements tied to the prospect, single follow-ups, plain asks,
"sorry to hear" sympathy.

Every third email (s33e003, s33e006, ...) uses curly apostrophes; the rest use straight ones. Some end with a P.S.,
which is a sentence entry. Salutations and sign-offs are not sentence entries.

## Trades (one per email, all starting N-Z)

nest boxes (county wildlife trust), Nordic walking poles (NHS falls-prevention service), nut butters (granola
brand), oilcloth tablecloths (US cafe), octopus (Lisbon tapas group), ostrich plumes (cabaret costume
department), origami workshop (corporate graduate offsite), pedalos (council parks framework), petanque piste
(parish council), pewter tankards (rugby club), pinball machine leasing (US arcade bar), pinatas (children's
party venue), perennial plugs (landscape contractor), quince paste (deli wholesaler), quiz hosting (staff
social), resin-bound paths (hospice charity), sandcastle sculpting (team day), sundial (university botanic
garden), skip hire (small builder), slush machines (US cinema chain), stilt walkers (town carnival), skate park
(town council), salt therapy room (private children's clinic), tortillas (US school district bid), treehouse
(glamping site), turnstiles (football club), traffic management (10k race), tableware (hotel restaurant),
vacuum-formed trays (electronics maker), vinyl pressing (indie label), VR training headsets (fire and rescue
service), malt vinegar (fish and chip chain), wallpaper hanging (boutique hotel), window cleaning (NHS
hospital), water hygiene / Legionella assessments (housing association), walk-through metal detectors (US
arena), zinc bar top (bistro), yakitori grills (Japanese restaurant), spiced rum (bar group), sushi counter
(corporate campus canteen).

Goods and services, public-sector and private buyers, one-person firms and large suppliers; British and American
spellings.

## Registers

formal (s33e001, 008, 014, 018, 022, 026, 031, 034, 040), chatty (002, 007, 011, 017, 020, 024, 025, 030, 032, 036),
terse (003, 013, 015, 019, 027, 038), warm (004, 012, 021, 028, 037), blunt (005, 010, 029, 035, 039),
very deferential (006, 016, 033), non-native English (009, 023).
"""

def write_readme(st, E):
    lines = [README_HEAD, "## Counts (computed by build.py)", "", "| | Count |", "|---|---|"]
    for k, lab in [("emails", "Emails"), ("sentences", "Sentences"), ("NONE", "NONE"), ("NONE_pct", "NONE %"),
                   ("hard_close", "hard_close"), ("self_serving", "self_serving"), ("timidity", "timidity"),
                   ("multi_label", "Multi-label sentences"), ("borderline", "Borderline sentences"),
                   ("one_clause_faults", "Faulty sentences with the fault in one clause beside legit content"),
                   ("clean_emails", "Clean emails"), ("emails_2plus_faulty", "Emails with 2+ faulty sentences"),
                   ("emails_1_faulty", "Emails with exactly 1 faulty sentence"), ("curly_emails", "Emails with curly apostrophes")]:
        lines.append("| %s | %s |" % (lab, st[k]))
    lines.append("| Sentences per email | %d-%d |" % tuple(st["sentences_per_email"]))
    lines += ["", "Email-level label distribution (score: number of emails):", ""]
    for l, d in st["email_level"].items():
        lines.append("- %s: %s" % (l, ", ".join("%s: %d" % (k, d.get(k, 0)) for k in (0, 1, 2))))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    main()
