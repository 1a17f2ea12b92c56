#!/usr/bin/env python3
"""Build sealed48: hand-written sales emails, labelled by sentence from the labelling guide alone."""
import json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CODE = {"N": [], "H": ["hard_close"], "S": ["self_serving"], "T": ["timidity"],
        "HS": ["hard_close", "self_serving"], "HT": ["hard_close", "timidity"],
        "ST": ["self_serving", "timidity"], "HST": ["hard_close", "self_serving", "timidity"]}

def s(text, code, note):
    return (text, code, note)

EMAILS = []
def E(subject, hello, bye, paras, curly=False):
    EMAILS.append(dict(subject=subject, hello=hello, bye=bye, paras=paras, curly=curly))

# e001 artificial grass, formal, British
E("Play turf for the Acorn Street roof terrace", "Dear Mrs Adeyemi,", "Yours sincerely,\nGraham Pell\nPell Surfaces Ltd", [
 [s("Thank you for sending the roof load survey for the Acorn Street nursery terrace.", "N", "courtesy"),
  s("Our 35 mm play-grade turf over a 40 mm shockpad comes to £8,420 fitted, which matches the fall height your inspector set, and that price only stands if you sign before our accounts close on Friday.", "HS", "legit price kept; deadline for the seller's own reason (accounts closing), rule 16")],
 [s("The shockpad is certified to EN 1177 for the 1.2 m fall height on your slide, and we are the only installer in the county to hold three national landscaping awards in a row.", "S", "legit spec kept; award boast, rule 8"),
  s("Your staff will be able to hose the surface down after messy play, and it drains within minutes even after heavy rain.", "N", "value tied to the nursery"),
  s("The turf carries a ten-year UV warranty, and frankly a nursery of your standing should not still be putting children on cracked paving.", "H", "legit detail kept; shaming")],
 [s("I can be on site on Tuesday 14 May to measure the edges, as you suggested, and I'll bring the direct debit mandate so we can get the deposit sorted while I'm there.", "H", "prospect's date kept; payment step before a yes")]])

# e002 therapy dogs, chatty, American
E("Puppy room for finals week", "Hi Dana!", "Cheers,\nMaddie\nPawsitive Visits", [
 [s("Hope the semester's winding down okay over there!", "N", "pleasantry"),
  s("Would your wellness team sort of, maybe, have room for a pup or two during finals, do you think?", "T", "stacked hedges, rule 2"),
  s("Our six dogs are all assessed by a behaviorist and insured for campus visits, and I'm so sorry the quote came out a bit higher than last year's.", "T", "legit credential kept; apology for the price, rule 3")],
 [s("Honestly, if it's easier, I could bring the dogs for free on the first day and we can figure out the rest later.", "T", "unprompted free day, rule 7"),
  s("Last spring your library counted 410 students through the puppy room in two afternoons.", "N", "prospect's own data"),
  s("I've attached the visit plan and insurance certificate, but totally fine if this isn't a fit, I won't take it personally at all!", "T", "attachment kept; pre-emptive release, rule 11")]])

# e003 aerialists, blunt, curly
E("Aerial silks, 19 October gala", "Hi Marcus,", "Dan\nAirborne Arts", [
 [s("You asked for two aerial silks acts for the 19 October gala, and both artists are free that night.", "N", "answers the prospect's request"),
  s("Rigging needs a certified anchor point rated to 1,000 kg, so your venue team must sign off the beam report first.", "N", "technical prerequisite, rule 6")],
 [s("I've already blocked the date in our diary and sent the deposit invoice, so please settle it by Monday.", "H", "legit date kept; invoice before a yes, assumptive"),
  s("That makes three messages from me without a word back, which is frankly a bit rude at this point.", "H", "counting attempts at the prospect plus entitlement, rule 13"),
  s("Every other charity in the city has booked us for their galas this year, and you'll look rather thin with a string quartet.", "H", "peers already bought plus shaming")],
 [s("Let me know if you want the act lengths changed, though I'd hate for you to think we're being difficult about it.", "T", "legit offer kept; approval-seeking")]], curly=True)

# e004 alpine guiding, clean, formal
E("Mont Blanc trek for your fundraisers", "Dear Ms Lindqvist,", "Kind regards,\nElise Martin\nSummit Line Guides", [
 [s("Thanks for the call on Thursday about the Mont Blanc massif trek for your fundraisers.", "N", "courtesy"),
  s("For a group of 14 with mixed experience, I'd recommend the southern section of the Tour du Mont Blanc over the glacier route, and the itinerary attached explains why.", "N", "confident recommendation with reasoning")],
 [s("Refuge bookings for July close on 31 March because the huts allocate places by ballot, so we would need your headcount before then.", "N", "borderline: real external constraint stated once with its reason, rule 4"),
  s("Two of your walkers mentioned knee problems, so we've built in a rest day at Courmayeur.", "N", "value tied to the group"),
  s("What would a successful trek look like for your trustees beyond the money raised?", "N", "insightful question"),
  s("Could we speak on Wednesday at 4 pm to go through the kit list with your team lead?", "N", "clear next step with a date")]])

# e005 baggage trolleys, non-native English
E("Tender for 120 passenger trolleys, Inverbrae Airport", "Dear Mr Fraser,", "Best regards,\nTomasz Wrona\nWrona Airport Equipment", [
 [s("Thank you for the tender documents for the 120 trolleys at Inverbrae Airport.", "N", "courtesy"),
  s("Our trolley have the dead-man brake you specify in clause 4.2, and also we are proud winner of the European Ground Handling prize three years.", "S", "legit spec kept; award boast in the second clause, rule 8"),
  s("The company is family business since 1961, fourth generation of my family.", "S", "borderline: heritage line, rule 8")],
 [s("I must to reach my target for this year, so please I ask you to give the order before 20 December.", "HS", "seller's target as the reason for a date, rule 16"),
  s("If you order before this date, I can give you additional 12% discount.", "HT", "discount conditioned on the seller's date, rule 7"),
  s("Sample trolley can be delivered to your terminal for testing in week 3 of January, and I send already the invoice for the full order so you only need to pay.", "H", "logistics kept; invoice before a yes")]])

# e006 breathalysers, terse, curly
E("Breathalysers, Dunmore depot", "Sean,", "Rob\nClearBreath Supplies", [
 [s("Quote attached for 8 fuel-cell breathalysers for Dunmore depot, calibrated and ready for your March policy launch.", "N", "attachment and the prospect's own date"),
  s("The units log every test with a timestamp for your audit trail, and every haulier on the M62 corridor has them now, so you're the odd one out.", "H", "product detail kept; peers already bought, shaming"),
  s("Calibration is every six months and I need a PO by Thursday to hit my number for the month.", "HS", "legit service fact kept; seller's monthly number as the reason for a date, rule 16"),
  s("We collect and return units for calibration within 48 hours, which is why we're the UK's number one breathalyser service partner.", "S", "service fact kept; ranking boast"),
  s("Confirm which card you want charged and I'll get them dispatched.", "H", "payment step before a yes")]], curly=True)

# e007 boot dryers, very deferential
E("Boot dryers for the drying room", "Dear Ms Okafor,", "With my sincere thanks,\nPeter Haines\nDrywell Ltd", [
 [s("Please forgive me for writing to you again, I know how terribly busy you must be with the new season.", "T", "apologising for following up, rule 3"),
  s("I only wondered whether you might perhaps, if it is not too much trouble, have had a moment to look at the quote for the boot dryers?", "T", "stacked hedges and permission-seeking, rule 2")],
 [s("The 40-pair wall unit dries wet walking boots in about three hours, so your morning groups would not be setting off in damp boots.", "N", "value tied to the centre"),
  s("The unit runs on a standard 13 amp socket, which means no electrician is needed, and I'm terribly sorry that the price is higher than the domestic racks you mentioned.", "T", "legit install fact kept; apology for the price, rule 3"),
  s("I would be so grateful for any answer at all, even a no.", "T", "approval-seeking"),
  s("A delivery slot in the week of 3 March is available, but of course whenever suits you is completely fine, there's no hurry whatsoever on our side.", "T", "legit slot kept; minimising, 'zero urgency' permission")]], curly=False)

# e008 bin cleaning, blunt
E("Bin cleaning trial at Parkside Court", "Hi Janet,", "Cheers,\nKev Doyle\nBinBright", [
 [s("Following up on the wheelie bin cleaning trial at Parkside Court.", "N", "single follow-up line, rule 13"),
  s("Residents there logged 23 complaints about smells and flies last August, and the trial cut that to 2, which is the best result we've ever had and won us a regional trade award.", "S", "result tied to prospect kept; award boast in the second clause"),
  s("I've put a lot of my own evenings into that trial for you, so I'm honestly a bit put out that nobody's come back to me.", "HS", "guilt resting on the seller's effort and feelings, rule 15")],
 [s("Our vans carry 1,000 litres of water, a 90-degree jet, a deodoriser tank, waste-water recovery, GPS tracking, a tablet log and a full branded wrap.", "S", "feature list with no outcome"),
  s("I'm told your contracts manager is on leave until the 20th, so I'll send the full proposal to her then.", "N", "logistics around the prospect's availability"),
  s("If I don't hear by then, I'll be raising it with your chief executive directly.", "H", "bypass threat, rule 12")]])

# e009 body-worn cameras, clean, formal, curly
E("Body-worn cameras: answers for your DPO", "Dear Ms Carver,", "Kind regards,\nSunita Rao\nVeriCam", [
 [s("Thank you for the data protection questions your DPO sent on 4 June; answers are below and in the attached DPIA template.", "N", "attachment serving the buyer's task"),
  s("Footage is encrypted on the device and can only be downloaded at the charging dock in your enforcement office.", "N", "product detail"),
  s("Apologies for the slow reply; I was waiting on the manufacturer's confirmation of the retention settings, which is now attached.", "N", "borderline: single courtesy apology with the reason and the fix, rule 3")],
 [s("Your officers reported 31 verbal assaults last year, and councils using cameras typically see that figure fall by around a third in the first year.", "N", "proof tied to the prospect's data"),
  s("The framework price you asked for is £289 per unit, and that rate is fixed until the lot expires on 30 September.", "N", "borderline: factual price expiry with its reason, no urgency, rule 4"),
  s("Would Tuesday at 10 suit to run a one-hour trial with two of your officers?", "N", "clear next step")]], curly=True)

# e010 caving taster, warm
E("Caving taster day for your graduates", "Hi Priya,", "Warm wishes,\nBeth\nUnderland Adventures", [
 [s("It was lovely to meet you at the outdoor fair in Buxton last week!", "N", "pleasantry"),
  s("A taster day for your 12 graduates would run from 9 to 4 with all kit provided, and I've attached our brochure of every award and TV appearance we've had.", "S", "logistics kept; boast attachment, rule 8"),
  s("We've been guiding underground for 28 years and have been on BBC television twice, which we're very proud of!", "S", "years in business and media boast, rule 8")],
 [s("Every graduate scheme ought to start underground, and yours is well overdue.", "H", "telling the prospect what they must do, shaming"),
  s("My manager is keen to see our Saturdays filled before summer, so could you lock in 22 June by Friday?", "HS", "manager's wish as the reason for a date, rule 16"),
  s("I'll hold 22 June as a pencil booking while you check with your HR lead.", "N", "plain logistics")],
 [s("P.S. Changing rooms and hot showers are on site, so nobody has to travel home muddy.", "N", "P.S. logistics")]])

# e011 commercial diving, formal, American
E("In-water survey for the MV Cormorant", "Dear Captain Reyes,", "Respectfully,\nJ. Alvarez\nDeepline Marine Services", [
 [s("Thank you for the dry-dock schedule for the MV Cormorant, and please forgive the length of what follows.", "T", "courtesy kept; apology for the length, rule 3"),
  s("An in-water hull survey by our dive team would let your class surveyor credit the underwater inspection and defer dry-docking by up to 30 months.", "N", "value tied to the prospect"),
  s("We can perform the survey on the date you proposed, August 12, and we'd be happy to drop our rate by 15% if that helps get us started.", "T", "prospect's date kept; unprompted discount, rule 7")],
 [s("Our company operates three dive support vessels, two ROVs, side-scan sonar, a 40-person dive team and offices in four states.", "S", "feature and size dump"),
  s("The slack-water window at 0600 you asked for is confirmed, but I'll have to check with my director before I can say anything about the mobilization fee you queried.", "T", "legit logistics kept; deferring to a manager on price, rule 12"),
  s("The survey report goes straight to your class society in the format they require.", "N", "serves the buyer's process")]])

# e012 cocoa beans, chatty, curly
E("Tumaco harvest samples", "Hi Femi,", "Speak soon,\nIsla\nRootstock Cacao", [
 [s("Great to hear the first batch of the Tumaco beans made it into your 70% bar!", "N", "pleasantry"),
  s("The new harvest from the same co-op cups with more red fruit, and I've put two kilos of samples in the post to you.", "N", "product detail and samples"),
  s("They're going fast though, and once the three remaining sacks are gone that's it until next year, so I wouldn't sit on this.", "H", "manufactured scarcity")],
 [s("Could you also write us a little testimonial for the website while you're at it?", "S", "borderline: favour asked of a happy customer after value, rule 10"),
  s("Shipping from our Bristol warehouse is two working days, and if it helps I'll take 10% off the next lot anyway.", "T", "legit shipping fact kept; unprompted discount, rule 7"),
  s("Let me know what roast profile you settle on, and if I haven't heard by Friday I'll assume you want the next 60 kg and ship it.", "H", "silence treated as a yes")]], curly=True)

# e013 cow brushes, terse, American
E("Rotating cow brushes", "Hank,", "Thanks,\nDale\nBarnComfort", [
 [s("Per your question, the rotating brush mounts on a standard 4-inch post and runs on 110 V.", "N", "answers the prospect"),
  s("In trial barns cows spent four times longer grooming with the brush, and the dairies saw fewer rub injuries on stalls.", "N", "evidence tied to the buyer's herd"),
  s("Units ship tomorrow; I've put yours on the truck and will send the invoice today.", "H", "shipping and invoicing before a yes")],
 [s("Hillcrest and Bauer Farms both put them in last spring, so you're the last holdout on the road.", "H", "peers already switched, shaming"),
  s("Install takes about an hour per brush, but I need an answer by Friday because my regional boss is asking.", "HS", "legit detail kept; manager as reason for a date, rule 16")]])

# e014 digital dictation, clean, formal
E("Clinic letter turnaround: next steps", "Dear Dr Mensah,", "Kind regards,\nHelen Marsh\nVoxScribe Health", [
 [s("Thank you for inviting us to the outpatient team's meeting on 3 March.", "N", "courtesy"),
  s("Your consultants currently wait an average of nine days for typed clinic letters, and speech recognition with secretary review usually brings that under 48 hours.", "N", "value from the prospect's data"),
  s("The Trust's IG team will need to approve the data flow before any consultant can log in, so I've attached our DSPT submission.", "N", "technical prerequisite, rule 6")],
 [s("I'd recommend starting with the two specialties with the longest letter backlog rather than a Trust-wide rollout.", "N", "confident recommendation"),
  s("Just a note that our server licences are priced per concurrent user, not per named user.", "N", "borderline: one polite 'just', rule 1"),
  s("Could we set up a 30-minute call with your IG lead next week to walk through the data flow?", "N", "clear next step")]])

# e015 daffodil bulbs, warm, curly
E("Daffodils for the Mill Road verges", "Dear Councillor Hughes,", "All the best,\nRuth\nGreenverge Bulbs", [
 [s("Thank you for showing me the verges along Mill Road last week.", "N", "courtesy"),
  s("For 4 km of verge, 60,000 naturalising bulbs would give the drift effect your councillors asked for.", "N", "value tied to the request"),
  s("Planting has to be finished by the end of November for March flowering, and I'll be really hurt if this slips after all the walking I did on those verges for you.", "HS", "real planting window kept; guilt resting on the seller's effort and feelings, rule 15")],
 [s("I'd be ever so grateful if you could maybe think about it when you have a spare minute, if that's alright?", "T", "hedges plus permission-seeking, rule 2"),
  s("We could also do the bulbs at cost, if that would make things easier for you.", "T", "unprompted discount, rule 7"),
  s("I can bring the planting plan to your committee on 12 September.", "N", "next step on the prospect's date")]], curly=True)

# e016 dosimetry, formal, American
E("OSL badges for imaging", "Dear Dr Whitaker,", "Sincerely,\nMarcus Bell\nClearDose Monitoring", [
 [s("Thank you for sharing your current badge exchange schedule for the imaging department.", "N", "courtesy"),
  s("Our OSL badges read down to 1 mrem, which would cover the low-dose fluoroscopy staff your RSO flagged.", "N", "product detail tied to the prospect")],
 [s("We're NVLAP-accredited, ranked first in the 2024 Radiation Safety Buyers' Survey, and backed by two of the largest healthcare investors in the country.", "S", "rankings and investors, rule 8"),
  s("Our VP has asked me to have your signed agreement in hand before our fiscal year closes on the 30th.", "HS", "manager and fiscal year as reasons for a date, rule 16"),
  s("Our reports import straight into your dose-tracking software, and honestly a department your size should have moved off film badges years ago.", "H", "legit detail kept; shaming")],
 [s("I'm available Tuesday or Thursday afternoon to go through the wear-period options with your RSO.", "N", "next step"),
  s("P.S. References from two hospital RSOs are available on request, and we'd happily take 20% off year one if you'd agree to be quoted in our next press release.", "ST", "borderline: discount offered for a personal favour, rule 7")]])

# e017 dry ski slope, chatty
E("Nursery slope matting", "Hiya Chris,", "Ta,\nLiam\nSlopeFix", [
 [s("Sorry, me again!", "T", "apologising for following up, rule 3"),
  s("Bumping this up your pile, only if you have a spare second, in case the quote for relaying the nursery slope slipped past you.", "T", "minimising, permission-seeking follow-up as the purpose"),
  s("We'd replace 600 square metres of the worn bristle matting and re-pin the whole run, which would sort the ankle-catching gaps your instructors mentioned.", "N", "value tied to the prospect")],
 [s("I know it's a lot of money, so really sorry about that, it's what the matting costs at the moment.", "T", "apology for the price, rule 3"),
  s("We've got a crew free in the first two weeks of October, when you said the slope closes, and I'm happy to knock a grand off if it helps it over the line.", "T", "prospect's dates kept; unprompted discount, rule 7"),
  s("The matting comes with a ten-year wear warranty, and I'd really hate for you to be disappointed in us.", "T", "product detail kept; approval-seeking")]])

# e018 electrostatic respray, blunt, curly
E("Respray of 85 filing cabinets", "Lorna,", "Nick\nRespray Direct", [
 [s("You asked for a price to respray the 85 filing cabinets on floors 2 and 3: it's £38 a cabinet, collected and returned.", "N", "price the prospect asked for"),
  s("That's about a fifth of the cost of new cabinets, and the finish is the same hard powder coat.", "N", "value statement"),
  s("If you don't book it now, you'll be living with those chipped cabinets for the next ten years.", "H", "now-or-never")],
 [s("I've already booked the sprayers for the bank holiday weekend, so all I need is your go-ahead in writing.", "H", "assumptive booking before a yes"),
  s("Frankly I've bent over backwards on this price and my boss thinks I'm mad, so a simple answer isn't much to ask.", "HS", "guilt on the seller's effort and standing, rule 15"),
  s("Colour cards are in the post, and the tracker shows you opened my last two emails within minutes, so I know you've seen this.", "H", "logistics kept; read-tracking guilt, rule 13")]], curly=True)

# e019 espalier pears, clean, warm
E("Espalier pears for the Year 3 wall", "Dear Mr Kowalski,", "Warmly,\nFrancesca\nWallfruit Nursery", [
 [s("Thank you for the photos of the south-facing wall by the Year 3 classrooms.", "N", "courtesy"),
  s("That wall gets enough sun for six pear espaliers, and Conference and Concorde will pollinate each other.", "N", "expert advice"),
  s("Bare-root trees are only lifted from November to March, so if you'd like them in this season the order would need to be with us by late February.", "N", "borderline: real seasonal constraint stated once with its reason, rule 4")],
 [s("Sorry to hear the old apple had to come down after the storm.", "N", "sympathy, rule 3"),
  s("We can run a pruning session with the eco club in the summer term so the children can keep the shapes going themselves.", "N", "value for the school"),
  s("Would the week of 24 November work for planting, given your caretaker's hours?", "N", "clear next step")]])

# e020 EWP training, non-native English
E("Training for your 16 lift operators", "Dear Mr Singh,", "Best regards,\nAndrzej Nowak\nLiftSafe Training", [
 [s("Thank you for your message about the training for 16 operators of your scissor lifts, and thank you so much for even considering a small company like us.", "T", "courtesy kept; thanking for even considering, rule 11"),
  s("We can do the course on your site in Wolverhampton on 9 and 10 April, the dates you have asked, and our training centre is the best in Midlands with most modern simulators.", "S", "prospect's dates kept; generic boast, rule 8"),
  s("Our instructors have over 200 years of experience in total and we train for more than 400 companies.", "S", "generic credentials boast")],
 [s("Please, I am very sorry if my English is not so good and if the email is too long.", "T", "apology for length, rule 3"),
  s("Maybe is possible that perhaps you can consider us, if you think is okay?", "T", "stacked hedges and approval-seeking"),
  s("The price is £3,450 for both days including certificates, and if the price is problem, tell me the number you want and we will try to do it.", "T", "price kept; 'name your number', rule 7")]])

# e021 museum showcases, formal, curly
E("Showcases for the Bronze Age hoard", "Dear Dr Pryce,", "Yours faithfully,\nDr Alice Greaves\nVitrine Conservation Cases", [
 [s("Thank you for the gallery plan and conservation brief for the Bronze Age hoard display.", "N", "courtesy"),
  s("Our cases hold relative humidity within 2% without active control, which meets the lender's condition you mentioned.", "N", "product detail tied to the buyer's requirement"),
  s("Every case is fitted with the anti-bandit glass your insurer specified, and we are the supplier of choice for the world's leading museums, with cases in over forty countries.", "S", "legit spec kept; generic boast")],
 [s("I would genuinely love the chance to show you our whole new range in person, it's something our team is incredibly proud of.", "S", "show-off demo ask, rule 9"),
  s("The loan agreement requires cases to be installed and tested six weeks before opening, so I'd suggest placing the order by 15 January.", "N", "borderline: real external constraint with its reason, rule 4"),
  s("My director is pushing me to close this before our financial year ends, so I'd be grateful for your order this month.", "HS", "director and year end as reason for a date, rule 16")]], curly=True)

# e022 flotation pods, chatty, American
E("Float pods for the recovery suite", "Hey Coach Ramirez,", "Best,\nTyler\nStillwater Float", [
 [s("Great talking with your head coach on Monday about the recovery suite.", "N", "pleasantry"),
  s("Two pods would let your squad float 40 athletes a week on the schedule she described.", "N", "value tied to the prospect")],
 [s("Float therapy is non-negotiable for a squad like yours, and frankly any program serious about recovery already has it.", "H", "telling the prospect what they must have, plus shaming"),
  s("Each pod fits through a standard double door, and we're the fastest-growing float brand in the country, with endorsements from three Olympic medalists.", "S", "legit detail kept; ranking and celebrity boast"),
  s("I've put a hold on two pods from our next container and our installer has you down for the 8th, so I'll just need the deposit.", "H", "assumptive booking and payment step"),
  s("Salt top-ups and filter changes run about $60 a month per pod, and I can waive the first year of those if that sweetens it.", "T", "running cost kept; unprompted concession, rule 7")]])

# e023 fairground rides, very deferential
E("Rides for the Hamlet Green fete, 5 July", "Dear Mrs Pickering,", "With kind regards,\nMary Corrigan\nCorrigan's Travelling Fair", [
 [s("Thank you so much for getting back to us about the Hamlet Green summer fete on 5 July.", "N", "courtesy"),
  s("We'd bring the vintage chairoplane and a hand-cranked children's roundabout, and I do hope I haven't overstepped by sending the full brochure, I know it's rather long and I do apologise.", "T", "legit offer kept; apology for length and approval-seeking, rule 3"),
  s("We've been a showman family for five generations.", "S", "borderline: heritage line, rule 8")],
 [s("I can hold 5 July for you until your committee meets on the 12th, but please don't feel any obligation at all, I'm sure you have lots of better options.", "T", "prospect's process and date kept; pre-emptive release"),
  s("Both rides have current ADIPS certificates, which your insurer will ask for.", "N", "certification the buyer's process requires, rule 8"),
  s("We need a level pitch of about 12 by 12 metres for the chairoplane, and I'm so sorry to be a nuisance by even mentioning it.", "T", "technical prerequisite kept; self-abasing apology")]])

# e024 GPR survey, clean, terse, curly
E("GPR survey, playground footprint", "Hi Alan,", "Regards,\nOwen Price\nSubScan Surveys", [
 [s("Quote attached for the GPR survey of the playground footprint, as requested.", "N", "attachment"),
  s("We'd scan on a 0.5 m grid, which picks up the old drainage runs your architect is worried about.", "N", "value tied to the prospect"),
  s("The planning condition requires the survey before groundworks start, so we'd schedule it for the half-term week you suggested.", "N", "prospect's date and a real condition")],
 [s("Survey to report is five working days.", "N", "logistics"),
  s("We can move on price if you add the car park to the same visit.", "N", "concession traded for volume, rule 7"),
  s("Shall I book the half-term Tuesday?", "N", "clear next step")]], curly=True)

# e025 golf buggies, American
E("Carts for Heatherleigh", "Hi Gloria,", "Thanks,\nBrett Lyons\nFairway Fleet Carts", [
 [s("Thanks for walking me around Heatherleigh on Thursday and introducing me to the residents' committee.", "N", "courtesy"),
  s("For the hills on the east loop, I'd recommend the lithium four-seaters over lead-acid, since they hold speed on grades above 10%.", "N", "confident recommendation"),
  s("I can hold the fleet price of $9,850 per cart you asked about, but only if the committee signs by Friday, and after that it's gone for good.", "H", "price the prospect asked for kept; invented deadline with urgency, rule 4")],
 [s("Honestly, I've been stuck at the bottom of our sales board all quarter and this one would really turn things around for me.", "S", "seller's need, no date, rule 16"),
  s("The committee can rubber-stamp the color choice later; I just need your signature to get the order in.", "H", "overriding the prospect's process"),
  s("Delivery from the factory takes six to eight weeks, so every week the committee spends deliberating is another week your residents are stuck at the bottom of the hill.", "H", "logistics kept; cost of delay used to push, rule 5")]])

# e026 greaseproof wrap, chatty, British
E("Greaseproof for the nine shops", "Hi Gaz,", "Ta,\nSteph\nWrapWell Packaging", [
 [s("Cheers for sending over the usage figures for all nine shops, and sorry, I know I've already sent three emails this week.", "T", "courtesy kept; apology for following up, rule 3"),
  s("At 42,000 sheets a week, switching to our 35 gsm unbleached wrap would save you roughly £180 a week over the 40 gsm you're buying.", "N", "value from the prospect's data"),
  s("I was sort of hoping maybe you'd be up for trying a case or two, if that's not a cheek?", "T", "stacked hedges and permission-seeking")],
 [s("Prices include delivery to all nine shops, and sorry again for going on, I know my emails are always too long!", "T", "legit detail kept; apology for length"),
  s("The samples are in the van and I can drop them at the Marine Parade shop on Wednesday.", "N", "logistics"),
  s("If the price puts you off, just say the word and I'll knock it down to whatever you're paying now.", "T", "unconditional price cave, rule 7")]])

# e027 historic paint analysis, formal, curly
E("Paint analysis, bar frontage at the Crown", "Dear Mr Ellery,", "Yours sincerely,\nDr Ian Hollis\nStratum Paint Research", [
 [s("Thank you for the listed building consent conditions from the conservation officer.", "N", "courtesy"),
  s("Condition 6 asks for paint analysis of the bar frontage before any redecoration, so this work would need to come first.", "N", "real prerequisite"),
  s("Our laboratory is the most respected in the country, and our reports have been quoted in Parliament.", "S", "generic boast")],
 [s("I can sample on the 14th as you asked, but I can only confirm the reduced fee you mentioned once my manager has looked at it.", "T", "prospect's date kept; deferring to a manager on price, rule 12"),
  s("I've given a great deal of my own time to researching this building for you, so I'd hope for a decision rather than silence.", "HS", "guilt resting on the seller's effort, rule 15"),
  s("Cross-section results usually come back within three weeks of sampling, and I'll be copying your owner, Lord Ashby, on my next email so he knows where things stand.", "H", "logistics kept; going over the prospect's head, rule 12")]], curly=True)

# e028 hypnotherapy, warm
E("Stop-smoking sessions for the depot", "Hi Mandy,", "Best wishes,\nJoanne Firth\nClear Air Hypnotherapy", [
 [s("Lovely to chat with you at the health fair in Doncaster.", "N", "pleasantry"),
  s("Group sessions for up to 12 drivers run for 90 minutes, with a one-to-one follow-up at four weeks.", "N", "logistics"),
  s("I'm the only practitioner in Yorkshire with a Gold Award from the National Hypnotherapy Council, and I've appeared on daytime TV three times.", "S", "award and media boast")],
 [s("I've pencilled in the 3rd and the 10th as you suggested, and would you do me a big favour and pass my name to your sister depots as well?", "S", "prospect's dates kept; referral favour for the seller, rule 10"),
  s("Your drivers can't afford another year without this, full stop.", "H", "telling the prospect what they must do"),
  s("I've left leaflets with your reception, and your Rotherham depot has already signed up, so it would look odd if Doncaster didn't.", "H", "logistics kept; peers already bought, shaming")]])

# e029 indoor skydiving, clean, chatty, American
E("Private flying session for your team", "Hi Trevor,", "Cheers,\nJordan\nUpdraft Indoor Skydiving", [
 [s("Thanks for the quick reply, and congrats on the record quarter!", "N", "pleasantry"),
  s("For 22 people, a two-hour private session gives everyone two flights plus a group video, which fits the 3 to 5 pm slot you mentioned.", "N", "value tied to the request"),
  s("You asked about the cutoff for numbers: we need final names 72 hours ahead because each flyer signs a waiver and gets a suit fitting.", "N", "answers the prospect; reason given")],
 [s("Anyone over 250 lb or with a shoulder injury will need a quick check with our instructors first.", "N", "safety prerequisite, rule 6"),
  s("Pricing for your date is $2,640, and that includes the private viewing room.", "N", "price asked for"),
  s("Can I hold the 14th for you while you confirm headcount with your VP?", "N", "next step")]])

# e030 Indian head massage, non-native English, curly
E("Wellbeing day for your claims team", "Dear Ms Holt,", "Kind regards,\nPriya Sharma\nCalm Hands Massage", [
 [s("Thank you very much for your email about wellbeing day for your claims team.", "N", "courtesy"),
  s("I can come on 17 October with two therapists and we do 15-minute sessions on the chair, around 50 staff in the day.", "N", "prospect's date and logistics"),
  s("I am so sorry to ask but could you maybe please tell me if it is okay for you, I hope I do not disturb you.", "T", "apology, hedges and approval-seeking")],
 [s("Also I give you 30% discount because you are new customer, without anything needed.", "T", "unconditional discount, rule 7"),
  s("My business is very small and this month was very hard for me, so your booking would help me a lot.", "ST", "pleading for the seller's own sake, rule 15"),
  s("All our oils are nut-free, because you mentioned your team's allergies.", "N", "value tied to the prospect")]], curly=True)

# e031 portable ice rink, blunt
E("Synthetic rink for the 28 November opening", "Derek,", "Gary Stott\nGlide Rinks UK", [
 [s("Re your 28 November opening: a 20 x 15 m synthetic rink can be installed in two days.", "N", "prospect's date, logistics"),
  s("Synthetic panels need no refrigeration, so you won't need a three-phase supply on the square.", "N", "technical value")],
 [s("The rink comes with LED edge lighting for the evening sessions you mentioned, and I have three other towns asking about the same one, so whoever commits first gets it.", "H", "product detail kept; manufactured scarcity"),
  s("Four emails from me now, and your read receipts say every one of them was opened.", "H", "counting attempts and read tracking, rule 13"),
  s("If I don't have your answer by Wednesday, I'll be calling the market's board chair myself.", "H", "bypass threat, rule 12"),
  s("Skate hire and a trained marshal are included in the £14,200, which I'll invoice this afternoon so the council can pay before your committee even meets.", "H", "price kept; invoice before a yes, overriding the process")]])

# e032 jodhpurs, warm
E("Jodhpurs for the junior riders", "Dear Mrs Bexley,", "Warm regards,\nClaire Whitby\nWhitby Riding Wear", [
 [s("Thank you for the sizing list for the 30 junior riders.", "N", "courtesy"),
  s("The knee-patch jodhpurs come in navy to match your jackets, and they wash at 40 without losing shape.", "N", "product detail tied to the buyer"),
  s("I've attached the size chart you asked for, and I really do need the order this week because I'm short of my target for the quarter.", "HS", "attachment kept; seller's target as reason for a date, rule 16")],
 [s("Embroidering your yard's logo on the hip is included, and we've been making riding wear since 1972 and have dressed more pony club teams than anyone in Britain.", "S", "legit offer kept; years in business and ranking boast"),
  s("I'd be so grateful if you could put in a good word for us with the area committee, it would mean the world to our little company.", "ST", "referral favour plus pleading for the seller"),
  s("We can ship to the yard on the Tuesday before your summer camp, as you asked.", "N", "prospect's own date")]])

# e033 jousting, chatty, curly
E("Jousting at the castle fair, 16-17 August", "Hi Rosie,", "Cheers,\nTom Ashdown\nThe Tourney Company", [
 [s("Thank you for the site map for the castle fair on 16 and 17 August.", "N", "courtesy"),
  s("The tilt needs a 70 m flat run with a double barrier, and the lower meadow on your map is the only area long enough.", "N", "technical prerequisite and advice"),
  s("We bring our own horse ambulance and £10m public liability cover, and our knights have performed for royalty and on national television, and we've won Best Living History Show four years running.", "S", "legit detail kept; award and fame boast")],
 [s("Wondering, if it's not a bad moment, whether it might maybe be worth a look for you?", "T", "stacked hedges, rule 2"),
  s("Two farriers travel with us so your vet only needs to be on call, and if the budget's tight we could do the whole weekend for the one-day fee.", "T", "legit logistics kept; unprompted discount, rule 7")]], curly=True)

# e034 jetty repair, clean, formal
E("North jetty repairs", "Dear Commodore Blake,", "Yours sincerely,\nMark Penrose\nPenrose Marine Works", [
 [s("Thank you for the photographs of the north jetty and the minutes from your committee meeting.", "N", "courtesy"),
  s("Three of the timber piles have lost more than a third of their section at the waterline, so I'd replace those rather than sleeve them.", "N", "expert recommendation backed by inspection, rule 6"),
  s("The Marine Management Organisation licence takes about ten weeks, so it would be worth applying in January if you want the jetty back for Easter.", "N", "borderline: real permit lead time stated once, rule 4")],
 [s("We've rebuilt jetties at two other tidal clubs, and the lesson there was to fit the new decking before the spring tides.", "N", "social proof turned into advice, rule 8"),
  s("Our fixed price for the work is £46,300, with the licence application included.", "N", "price"),
  s("Could I present the method to the committee at your meeting on 8 December?", "N", "next step on the prospect's date")],
 [s("P.S. The timber survey notes from my visit are attached.", "N", "P.S. attachment")]])

# e035 kinesiology tape, chatty
E("Tape for the academy physios", "Hi Owain,", "Cheers,\nAmy\nFlexStrip Sports", [
 [s("Thanks for letting me know your physio team gets through about 200 rolls a season.", "N", "courtesy"),
  s("Our tape holds through wet matches thanks to the acrylic adhesive, which was the problem you had with the last brand.", "N", "value tied to the prospect"),
  s("Sorry, I should have said this sooner, and sorry if this is a bit pushy, but is there any chance you'd consider a trial?", "T", "repeated apologies for normal selling")],
 [s("The 5 cm rolls are £4.10 each at your volume, and I could throw in the first 50 for free, no strings at all.", "T", "price kept; unprompted free goods, rule 7"),
  s("Only thing is I need the order before the 31st, because that's when our sales competition closes.", "HS", "sales contest as the reason for a date, rule 16"),
  s("Let me know which colours your players prefer, and do feel free to ignore all this if you're happy with what you've got.", "T", "plain ask kept; 'feel free to ignore'")]])

# e036 klezmer band, warm, curly
E("Band for 6 September", "Dear Miriam and Josh,", "With warmest wishes,\nNoa\nThe Bagel Street Band", [
 [s("Mazel tov on the engagement, and thank you for asking about the band for 6 September!", "N", "pleasantry"),
  s("A five-piece with clarinet, violin, accordion, double bass and drums suits a room of 140, and we'd lead the hora from the floor.", "N", "line-up tied to the prospect's room"),
  s("We're nearly booked solid through the autumn, so I can only keep your date open until tonight.", "H", "scarcity and invented deadline")],
 [s("Honestly, a wedding without live klezmer just isn't a proper wedding.", "H", "telling the prospect what they need, shaming"),
  s("Our set list is attached so you can mark songs for the first dance, and we were voted best wedding band in London three years running.", "S", "attachment kept; award boast, rule 8"),
  s("Happy to talk through the timings on a call this week, and I'll take the deposit before we hang up so the date is yours.", "H", "call offer kept; payment step before a yes")]], curly=True)

# e037 lobster pots, terse
E("Parlour pots, 300", "Jory,", "Jim\nCornish Pot Co.", [
 [s("Price for 300 parlour pots with escape hatches is £41 each, as asked.", "N", "price asked for"),
  s("The escape hatches meet the new IFCA rules that come in from 1 May.", "N", "borderline: real regulation date stated neutrally, rule 4"),
  s("The steel for the frames is in stock, and I'll need the co-op's card details today to secure it.", "H", "legit detail kept; payment step before a yes")],
 [s("Every boat in Porthleven switched to ours last year; don't be the harbour still hauling rotten withies.", "H", "peers switched, shaming"),
  s("I'll put the pots on the lorry Monday regardless, so shout if you don't want them.", "H", "silence means go-ahead"),
  s("We'll take back your old pots for recycling, and my gaffer wants this on the books before the month's out, so Monday it is.", "HS", "legit offer kept; manager and month end as reason for a date, rule 16")]])

# e038 lecterns, formal
E("Height-adjustable lectern for the chamber", "Dear Mr Lambert,", "Yours faithfully,\nAndrew Collins\nRostrum Furniture Ltd", [
 [s("Thank you for the chamber plan and the photograph of the existing lectern.", "N", "courtesy"),
  s("The lectern rises from 850 to 1,250 mm at the press of a button, so wheelchair users and standing members can use the same unit.", "N", "value tied to the council"),
  s("I hope you will forgive the intrusion; I realise a supplier writing to you directly may seem presumptuous.", "T", "self-abasing apology for normal selling")],
 [s("The frame is oak-veneered to match your chamber benches, and we are a leading British manufacturer with a Queen's Award for Enterprise and clients across Whitehall.", "S", "legit detail kept; generic award boast, rule 8"),
  s("The gooseneck microphone mount fits your existing conference system, though on the discount you asked about I will need to consult my sales director before I can say anything.", "T", "legit product detail kept; deferring on discount, rule 12"),
  s("Lead time is five weeks from order, so if you could possibly see your way to letting us know at some point, whenever is convenient, that would be wonderful.", "T", "lead time kept; stacked hedges and minimising")]])

# e039 lottery software, clean, warm, curly
E("Keeping your lottery players", "Dear Hannah,", "Warm regards,\nTheo Lowe\nDrawright", [
 [s("Thank you for the figures from your weekly lottery: 4,100 players and a 9% annual drop-out.", "N", "courtesy"),
  s("Most of that drop-out comes from expired debit cards, and automated card-update emails usually win back about half of those players.", "N", "insight tied to the prospect's data"),
  s("Gambling Commission rules require age verification on every new online sign-up, which the system does at checkout.", "N", "regulatory prerequisite")],
 [s("Apologies that the demo login didn't work on Friday; the new one is below and I've tested it myself.", "N", "borderline: single courtesy apology with the fix, rule 3"),
  s("Following up on your question about direct debits: yes, we can import your existing mandates without asking supporters to re-sign.", "N", "single follow-up that adds something, rule 13"),
  s("Would Thursday at 2 pm work for your fundraising team to try the draw screen?", "N", "next step")]], curly=True)

# e040 lantern workshops, chatty
E("Lantern workshops for the winter parade", "Hi Kerry,", "Best wishes,\nSally\nGlowworm Arts", [
 [s("Thanks so much for the lovely chat about the winter lantern parade.", "N", "pleasantry"),
  s("A workshop for one class of 30 takes a morning, and every child goes home with a willow-and-tissue lantern.", "N", "logistics and value"),
  s("Term is nearly over and our diary fills fast, so I'd grab a date now before they all go.", "H", "manufactured urgency")],
 [s("All materials are included in the £180 fee, and we've been on Blue Peter and won the Arts Council's Creative Learning Award!", "S", "price kept; media and award boast"),
  s("I'm so sorry to chase, I know schools are mad busy.", "T", "apology for following up"),
  s("P.S. If it helps the budget, I could always do the second school for half price.", "T", "unprompted discount in a P.S., rule 7")]])


README_HEAD = """# sealed48: held-out evaluation set for the Poise tone coach

> **Training data since the tenth session.** This set was once sealed and was read several times while sealed (its
> first reading is below and in the main README); since then `npm run train` learns from it (`scripts/train.ts`).
> It measures nothing now.

**Sealed:** never train on this set, tune on it, or write rules from it. Use it only to measure. It was written on
6 December (the eighth session) from the labelling guide alone, blind to that session's later Apply changes, and
measured first on the model of the seventh session (rules + model macro-F1 0.873: hard_close 0.782, self_serving
0.938, timidity 0.898; 2 of 113 clean sentences flagged; email agreement 0.900 / 0.950 / 0.925).

## How it was written

Every email and every sentence was written by hand for this set, working only from the labelling guide
(`shared/corpus/LABELS.md`) and the product description (`shared/PRODUCT.md`). No other data set, rule file,
code or mail corpus was read, and no sentence copies or paraphrases the guide's own example sentences.
`build.py` holds the emails (subject, salutation, sign-off, body sentences each with a label code and a note),
writes `test-emails.jsonl` and `test.jsonl`, derives every email-level score from the sentence labels with the
guide's 0/1/2 scale (no hand overrides), and checks that each sentence is a verbatim substring of its email and
that every written line parses. Run `python3 build.py` to rebuild; it prints the counts below.

Design points:

- 40 emails; 32 carry two or more faulty sentences, 8 are clean (e004, e009, e014, e019, e024, e029, e034, e039).
- About half of the faulty sentences put the fault in one clause beside something legitimate the rep must
  keep (a price the prospect asked for, their own date, an attachment, a product or install detail, an offer);
  their notes contain "kept".
- Fault wordings avoid the textbook phrases; many NONE sentences are hard negatives: real permit, planting,
  licensing and regulation dates, the prospect's own dates, technical prerequisites worded with "need",
  traded concessions, single follow-ups and single courtesy apologies with the fix.
- Notes that start with `borderline:` mark sentences decided by one of the guide's borderline rules.
- Salutations and sign-offs are in the email text but are not sentence entries; P.S. lines are entries.
- Every third email (e003, e006, ... e039) uses curly apostrophes (U+2019); the rest use straight ones.

## Trades (one per email, all starting A to L)

artificial play turf (nursery roof), therapy-dog visits (university), aerial silks performers (charity gala),
alpine trek guiding (charity fundraisers), airport baggage trolleys (public tender), breathalysers (haulier),
boot dryers (outdoor centre), wheelie-bin cleaning (housing association), body-worn cameras (council enforcement),
caving taster days (graduate scheme), commercial diving hull survey (ferry operator), cocoa beans (bean-to-bar maker),
rotating cow brushes (dairy), digital dictation (NHS trust), daffodil bulbs (council verges), radiation dosimetry
badges (hospital imaging), dry ski slope matting (ski club), electrostatic respray of filing cabinets (office),
espalier pear trees (primary school), elevating work platform operator training (warehouse), museum showcases
(museum), flotation pods (college sports program), fairground rides (village fete), ground-penetrating radar survey
(school extension), golf carts (retirement village), greaseproof wrap (fish and chip chain), historic paint analysis
(listed pub), stop-smoking hypnotherapy (transport depot), indoor skydiving (sales team outing), Indian head massage
(insurer's claims team), synthetic ice rink (Christmas market), jodhpurs (riding school), jousting display (castle
fair), jetty repair (sailing club), kinesiology tape (rugby academy), klezmer band (wedding couple), lobster pots
(fishing co-op), council-chamber lecterns (local council), lottery software (hospice), lantern-making workshops
(primary schools).

Buyers mix public bodies (council, NHS trust, airport tender, schools, university) and private ones from sole
traders to large firms; goods and services both; British and American spelling both.

## Registers

formal, chatty, terse, warm, blunt, very deferential, and non-native English (e005, e020, e030).

## Counts (computed by build.py)

"""

def curl(t):
    return t.replace("'", "\u2019")

def main():
    emails, sents = [], []
    n = 0
    for i, e in enumerate(EMAILS, 1):
        eid = "s48e%03d" % i
        fix = curl if e["curly"] else (lambda t: t)
        paras = [[(fix(t), c, note) for (t, c, note) in p] for p in e["paras"]]
        body = "\n\n".join(" ".join(t for t, _, _ in p) for p in paras)
        text = fix(e["hello"]) + "\n\n" + body + "\n\n" + fix(e["bye"])
        cnt, nonbl = Counter(), Counter()
        for p in paras:
            for t, c, note in p:
                assert c in CODE, c
                assert t in text, t
                labs = CODE[c]
                assert (c == "N") or note, t
                n += 1
                sents.append({"id": "s48-%04d" % n, "email": eid, "text": t,
                              "labels": labs if labs else ["NONE"], "note": note})
                for l in labs:
                    cnt[l] += 1
                    if not note.startswith("borderline:"):
                        nonbl[l] += 1
        labels = {}
        for l in ("hard_close", "self_serving", "timidity"):
            if cnt[l] == 0:
                labels[l] = 0
            elif cnt[l] >= 2 and nonbl[l] >= 1:
                labels[l] = 2
            else:
                labels[l] = 1
        emails.append({"email": eid, "subject": fix(e["subject"]), "text": text, "labels": labels})
    with open(os.path.join(HERE, "test-emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for x in sents:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    # re-parse and check
    E2 = [json.loads(l) for l in open(os.path.join(HERE, "test-emails.jsonl"), encoding="utf-8")]
    S2 = [json.loads(l) for l in open(os.path.join(HERE, "test.jsonl"), encoding="utf-8")]
    bytext = {e["email"]: e["text"] for e in E2}
    for x in S2:
        assert x["text"] in bytext[x["email"]]
    c = Counter(l for x in S2 for l in x["labels"])
    faulty = Counter(x["email"] for x in S2 if x["labels"] != ["NONE"])
    print("emails", len(E2), "sentences", len(S2))
    print("NONE %d (%.1f%%)" % (c["NONE"], 100.0 * c["NONE"] / len(S2)))
    for l in ("hard_close", "self_serving", "timidity"):
        print(l, c[l])
    print("multi-label", sum(1 for x in S2 if len(x["labels"]) > 1))
    print("borderline", sum(1 for x in S2 if x["note"].startswith("borderline:")))
    print("emails with 2+ faulty sentences", sum(1 for e in E2 if faulty[e["email"]] >= 2),
          "clean", sum(1 for e in E2 if faulty[e["email"]] == 0))
    print("curly emails", sum(1 for e in E2 if "\u2019" in e["text"]))
    for l in ("hard_close", "self_serving", "timidity"):
        print("email-level", l, dict(Counter(e["labels"][l] for e in E2)))
    fl = [x for x in S2 if x["labels"] != ["NONE"]]
    rows = [("Emails", len(E2)), ("Sentences", len(S2)),
            ("NONE", "%d (%.1f%%)" % (c["NONE"], 100.0 * c["NONE"] / len(S2))),
            ("hard_close", c["hard_close"]), ("self_serving", c["self_serving"]), ("timidity", c["timidity"]),
            ("Multi-label sentences", sum(1 for x in S2 if len(x["labels"]) > 1)),
            ("Borderline sentences", sum(1 for x in S2 if x["note"].startswith("borderline:"))),
            ("Faulty sentences with a kept legitimate clause", "%d of %d" % (sum("kept" in x["note"] for x in fl), len(fl))),
            ("Emails with 2+ faulty sentences", sum(1 for e in E2 if faulty[e["email"]] >= 2)),
            ("Clean emails", sum(1 for e in E2 if faulty[e["email"]] == 0)),
            ("P.S. lines", sum(1 for x in S2 if x["text"].startswith("P.S."))),
            ("Emails with curly apostrophes", sum(1 for e in E2 if "\u2019" in e["text"]))]
    out = README_HEAD + "| | Count |\n|---|---|\n" + "".join("| %s | %s |\n" % r for r in rows)
    out += "\nEmail-level scores (emails at 0 / 1 / 2):\n\n| label | 0 | 1 | 2 |\n|---|---|---|---|\n"
    for l in ("hard_close", "self_serving", "timidity"):
        cc = Counter(e["labels"][l] for e in E2)
        out += "| %s | %d | %d | %d |\n" % (l, cc[0], cc[1], cc[2])
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(out)

if __name__ == "__main__":
    main()
