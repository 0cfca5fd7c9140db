/**
 * Demo newsroom content for Paradox.
 *
 * Every place, institution, company, club and person below is fictional. The stories are set in the
 * coastal republic of Varnholm (capital: Port Averly) and its Meridian Union neighbours, Estrova and
 * Kestria, and are grouped into threads — a port strike, an AI bill, a drought, a chip plant, a budget,
 * an Estrovan election, a football title race, a film festival and a cycling tour — so that related
 * stories, tags and READ MORE links connect across sections.
 *
 * Body markup (converted by ./markup.ts): blank-line paragraphs, `## ` subheadings, `> ` block quotes
 * with a `> — Name, role` attribution line, and `READ MORE: slug` lines linking another article.
 */

export type DemoSectionSlug = 'world' | 'politics' | 'business' | 'technology' | 'sport' | 'culture';
export type DemoAuthorSlug = 'amara-okafor' | 'daniel-reyes' | 'helen-lindqvist' | 'kenji-watanabe' | 'sofia-marchetti';

export interface DemoArticle {
  slug: string;
  title: string;
  summary: string;
  section: DemoSectionSlug;
  author: DemoAuthorSlug;
  tags: string[];
  publishedDaysAgo: number;
  status?: 'draft' | 'scheduled';
  body: string;
}

/** The story the demo front page leads with, pinned by the seed: not the newest one. */
export const DEMO_FRONT_PAGE_LEAD = 'port-averly-strike-ends-as-dockworkers-accept-lumen-freight-deal';

export const demoArticles: DemoArticle[] = [
  // ── Published ─────────────────────────────────────────────────────────────────────────────────
  // The newest story is a small one: the curated front page (seedDemoFrontPage) keeps the strike as its lead.
  {
    slug: 'night-trains-to-halden-reach-return-for-the-winter-timetable',
    title: 'Night trains to Halden Reach return for the winter timetable',
    summary:
      'Two overnight services between the capital and Halden Reach run again from Friday, after a year in which the line closed at ten each evening for track work.',
    section: 'business',
    author: 'kenji-watanabe',
    tags: ['Transport'],
    publishedDaysAgo: 0.05,
    body: `Overnight trains between the capital and Halden Reach will run again from Friday, Varnholm Rail said this afternoon, ending a year in which the last departure left at ten in the evening while the line was relaid south of Orrin Vale.

The operator will run two services a night in each direction, leaving at 23:40 and 02:15, with seats only: the sleeper carriages withdrawn in 2019 are not coming back. Journey times will be about twenty minutes longer than by day while the new track settles.

> Shift workers have been paying for taxis or sleeping in the station. This fixes the one thing they asked us for.
> — Mira Falk, Varnholm Rail's regional director

## Who uses them

Most passengers on the night services before the closure were hospital and port staff, the operator said, along with students travelling home at weekends. Tickets cost the same as daytime fares, and season tickets are valid on both trains.`,
  },
  {
    slug: 'port-averly-strike-ends-as-dockworkers-accept-lumen-freight-deal',
    title: 'Port Averly strike ends after three weeks as dockworkers accept Lumen Freight deal',
    summary:
      "Members of the Harbour Workers' Federation voted 71% to accept a deal that protects dock jobs from automation for seven years, reopening Varnholm's busiest port after 21 days.",
    section: 'business',
    author: 'daniel-reyes',
    tags: ['Port Strike', 'Labour', 'Shipping', 'Economy'],
    publishedDaysAgo: 0.1,
    body: `Cranes at Port Averly were swinging again before dawn this morning after members of the Harbour Workers' Federation voted to accept a new agreement with Lumen Freight, ending a 21-day stoppage that left more than 200 vessels waiting offshore at its peak and cost Varnholm's exporters an estimated 1.9 billion florins.

The federation said 71 per cent of members voting had backed the deal, on a turnout of 88 per cent. The first shift of crane operators and lashers returned to the Eastern Container Terminal at 5am, and Lumen Freight said it expected to clear the backlog of anchored ships within ten to twelve days.

At the heart of the settlement is a guarantee that no permanent dock job will be cut as a result of automation for seven years, and that any remote-operated cranes introduced after that will be run by retrained federation members from a control room inside the port. Basic pay rises by 4.5 per cent this year and 3 per cent next year, short of the union's demand of 11 per cent over two years but well above the 4 per cent Lumen Freight offered before the walkout.

> We did not win everything, but we won the thing that mattered: the people who built this port will be the people who run its future.
> — Łukasz Nowak, general secretary of the Harbour Workers' Federation

## How the deal came together

The breakthrough followed four days of talks at the National Mediation Office, where the mediator, Beatrix Solheim, kept the two sides in separate rooms for much of the final weekend. People familiar with the negotiations said the turning point came when Lumen Freight agreed to publish its automation timetable and submit it to an independent review panel, a demand the company had rejected for most of the dispute.

READ MORE: hallberg-government-under-pressure-to-intervene-in-port-stoppage

Zoë Brandt, Lumen Freight's chief executive, said the company had made "real compromises" and that the agreement gave the port "a decade of certainty". She acknowledged that the strike had strained relationships with several shipping lines, including the Corvane Line, which diverted at least 30 sailings to the Kestrian port of Saltmere.

Prime Minister Tomas Hallberg, who had faced mounting pressure to intervene, said the deal showed that "patient mediation works better than emergency legislation", a pointed reply to the Coastal Front's calls for a law ordering dockworkers back.

> The next fortnight matters as much as the last three weeks. Every day the backlog remains, orders are lost to ports across the border.
> — Henrik Dahl, director of the Varnholm Exporters' Association

## The cost

Economists said the stoppage was likely to shave up to 0.3 percentage points from quarterly growth, echoing a warning from the Bank of Varnholm this week. Supermarkets in the capital ran short of fresh fruit during the second week, and the Nordvik car plant near Calder halted its van line for want of battery modules.

READ MORE: bank-of-varnholm-holds-rates-warns-port-strike-will-dent-growth

Not every dockworker was satisfied. Outside the federation's hall on Quay Street, a group of younger lashers said the guarantee would expire just as they reached the middle of their careers. "Seven years is not that long," said Teo Marsh, 26, who has worked at the port for five years. "They have bought themselves time. So have we. Nobody has solved anything."`,
  },
  {
    slug: 'calder-rovers-and-averly-athletic-draw-in-title-decider',
    title: 'Calder Rovers and Averly Athletic draw 2-2 in title decider that settles nothing',
    summary:
      "Two goals apiece at Calder Park left Rovers two points clear with four games left, after Emil Strand's stoppage-time save denied Mattias Oyelaran a winner.",
    section: 'sport',
    author: 'kenji-watanabe',
    tags: ['Football', 'Title Race'],
    publishedDaysAgo: 0.4,
    body: `For ninety minutes and a little more, the match that was supposed to decide the Premier Division title tried to decide it twice, then changed its mind. Calder Rovers and Averly Athletic drew 2-2 at a rain-soaked Calder Park last night, leaving Rovers two points clear at the top with four matches remaining and both managers insisting the race had barely begun.

Rovers led twice. Mattias Oyelaran, the league's top scorer, opened the scoring in the 14th minute with a low shot across goal after Averly failed to clear a corner, and the home side looked comfortable until the Averly captain, Jonah Pike, headed an equaliser just before half-time.

Oyelaran's second, a penalty in the 61st minute after he was tripped by the centre-back Ruben Aas, seemed to have restored order. Instead Averly pushed forward, and the substitute Kaito Brennan curled in from the edge of the area with eight minutes left to silence a crowd of 24,000.

## Strand's save

The moment that will be replayed most came in stoppage time. Oyelaran broke clear on the left and struck a shot towards the far corner, only for Emil Strand, Averly's 19-year-old goalkeeper, to get a fingertip to it and push it onto the post. Strand, who has kept ten clean sheets since taking over as first choice in the autumn, was mobbed by his team-mates at the final whistle.

READ MORE: averly-athletic-teenage-goalkeeper-keeps-title-hopes-alive

> I saw it late and I just threw everything at it. My dad texted me one word afterwards: "Finally." He says I never save the ones in the corner in training.
> — Emil Strand, Averly Athletic goalkeeper

For Rovers, the result was a relief of sorts after a difficult week. The manager, Fergus Holloway, was criticised for fielding a weakened side in the Varnholm Cup quarter-final defeat by second-tier Brackwater FC, a decision he defended as necessary to keep his first-choice players fresh for exactly this kind of match. His side looked sharper than it has for weeks.

READ MORE: calder-rovers-manager-defends-rotation-after-cup-exit

> We wanted to win, of course. But if you had offered me a two-point lead with four to play at the start of the season, I would have shaken your hand and gone home.
> — Fergus Holloway, Calder Rovers manager

## The run-in

The fixtures look kinder to Rovers, who face three sides in the bottom half, but they must travel to Halden United on the final day. Averly's run-in includes home games against Orrin Town and Saltbridge City, and a trip to third-placed Halden.

The Averly manager, Ana Ribeiro-Lund, said her squad would take confidence from coming from behind twice away from home. "A draw here is not a defeat," she said. "We needed them to feel us in the mirror. Tonight they did."

Calder Rovers have not won the title since 1998. Averly Athletic, the club founded by dockworkers in Port Averly in 1902, last finished top eleven years ago.`,
  },
  {
    slug: 'first-rain-in-eleven-weeks-brings-little-relief-to-orrin-vale',
    title: 'First rain in eleven weeks brings little relief to Orrin Vale farmers',
    summary:
      "Storms dropped up to 14mm of rain across the drought-hit valley overnight, but the Kellan Reservoir remains at 17% and growers say this year's harvest is already lost.",
    section: 'world',
    author: 'helen-lindqvist',
    tags: ['Drought', 'Climate', 'Agriculture'],
    publishedDaysAgo: 0.8,
    body: `The rain arrived in Orrin Vale shortly after midnight, heavy enough to drum on the tin roofs of grain stores and to send farmers out into their yards in the dark to feel it on their faces. By morning it had gone, leaving puddles that were drying by noon and a valley that remains, by every official measure, in the grip of its worst drought on record.

The Varnholm Meteorological Institute said between 8mm and 14mm fell across the valley overnight, the first meaningful rainfall in eleven weeks. Climatologists said the valley would need more than 100mm over several weeks to begin restoring soil moisture, and the institute's longer-range forecast shows a return to dry, warm conditions from the weekend.

> It is welcome, and it will help the fire crews, but people should not mistake one wet night for the end of this. The ground is so hard that much of what fell will simply run off.
> — Dr Saoirse Malloy, senior climatologist at the Varnholm Meteorological Institute

The Kellan Reservoir, which supplies drinking water to around 300,000 people in the valley and the eastern suburbs of Port Averly, stood at 17 per cent of capacity this morning, down from 23 per cent when the Orrin Basin Water Board declared an emergency four weeks ago. The board said hosepipe bans and the prohibition on irrigation from the river would remain in force.

READ MORE: orrin-vale-declares-water-emergency-as-reservoirs-hit-record-low

## A harvest already written off

For many growers, the rain came too late to matter. Ingrid Haavik, who chairs the Vale Growers' Cooperative, said most of the valley's wheat had been harvested early and underweight, while spring-sown crops had failed outright on some of the lighter soils near the river.

"We have farmers who have not planted a single field this season because there was no point," she said, standing at the edge of a barley field near the village of Sennick where the plants barely reached her ankles. "The rain tonight is good for the grass and good for the mood. It does not pay anyone's bank loan."

The cooperative has asked for the first payments from the Meridian Union's emergency drought fund, approved last week, to be brought forward. Officials at the agriculture ministry said applications would open within days and that the first transfers could reach farm accounts before the end of the month.

READ MORE: meridian-union-approves-emergency-drought-fund

The drought has also sharpened arguments over who gets the water that remains. The water board is reviewing the licence that allows Halvard Semiconductors to draw from the upper river for its chip plant in Halden Reach, and farmers downstream have asked why a factory should be guaranteed water when they are not. Across the border in Estrova, where the Orrin rises, the president-elect has said water-sharing will top the agenda when talks with Varnholm resume.

In Sennick, the village's small weather station, run by the primary school, recorded 11mm. The children had pinned a hand-drawn chart to the school gate showing a flat line for eleven weeks, and a single tall bar at the end of it.`,
  },
  {
    slug: 'inside-the-lab-testing-varnholms-first-ai-audits',
    title: "Inside the lab testing Varnholm's first AI audits",
    summary:
      "In a converted customs house, the interim Office for Algorithmic Standards is trial-auditing a hospital triage tool and a bank's credit model before the AI bill becomes law.",
    section: 'technology',
    author: 'kenji-watanabe',
    tags: ['Artificial Intelligence', 'Regulation'],
    publishedDaysAgo: 1.2,
    body: `The Office for Algorithmic Standards does not yet formally exist. The Algorithmic Accountability Bill that will create it is still making its way through the National Assembly. But on the second floor of Port Averly's old customs house, behind a door still marked "Tariff Inspection", a team of 23 engineers, statisticians and lawyers has spent the past month doing the job the law will eventually require of them.

The shadow regulator, set up by the digital ministry in anticipation of the bill's passage, is running pilot audits on two systems: TriageAssist, the emergency-department tool that Port Averly General Hospital suspended just over two weeks ago after an internal review found it under-prioritised some older patients, and a credit-scoring model used by Harrowgate Savings Bank to approve small business loans.

> We are trying to find out what an audit actually is before we are legally obliged to demand one. It is much better to make our mistakes on two volunteers than on two hundred companies.
> — Dr Yusuf Brandvold, interim head of the Office for Algorithmic Standards

READ MORE: port-averly-hospital-suspends-ai-triage-pilot-after-errors

## Testing, not trusting

The work is less glamorous than the political debate around it. Much of it involves running historical cases through a system and comparing its outputs with what actually happened. For TriageAssist, the team has assembled 41,000 anonymised emergency admissions and is checking whether the tool's urgency scores differ by age, sex, postcode and the language a patient spoke at reception.

Brandvold said the early findings broadly matched the hospital's own review: the tool performed well on average but was less reliable for patients over 75 whose symptoms did not match textbook descriptions. Sablemoor Health Systems, which makes the tool, has cooperated fully and provided access to its training data under a confidentiality agreement, he said.

The bank audit has raised different questions. Harrowgate's model does not use age or sex directly, but the team found that the length of time a business had banked with Harrowgate was doing a great deal of work in its decisions, which could disadvantage newer firms, including many run by recent immigrants. The bank said it was reviewing the finding and had not concluded that the effect was unfair.

READ MORE: ai-bill-clears-first-reading-after-public-sector-amendment

Cost is the question that hangs over everything. Startups have warned that mandatory audits could cost them tens of thousands of florins per system. Brandvold said the pilots were designed partly to answer that, and that he expected a standard audit of a mid-sized system to take four to six weeks once the methods had settled. The office will publish a draft audit methodology for consultation before the bill's committee stage concludes.

Not everyone is convinced the approach will scale. Camille Aubry, director of the Open Ledger Foundation, which campaigns on digital rights, said she admired the team's seriousness but worried about its size. "Twenty-three people cannot audit an entire economy," she said. "Either the office grows tenfold or the law will be enforced on paper only."`,
  },
  {
    slug: 'bank-of-varnholm-holds-rates-warns-port-strike-will-dent-growth',
    title: 'Bank of Varnholm holds rates and warns port strike will dent growth',
    summary:
      "The central bank kept its main rate at 3.25% and cut its quarterly growth estimate because of the Port Averly stoppage, but said the budget's tax relief posed little inflation risk.",
    section: 'business',
    author: 'daniel-reyes',
    tags: ['Economy', 'Port Strike', 'Trade'],
    publishedDaysAgo: 1.6,
    body: `The Bank of Varnholm left its main interest rate unchanged at 3.25 per cent yesterday and said the strike at Port Averly, now in its third week, was likely to knock as much as 0.3 percentage points off economic growth in the current quarter, in its clearest assessment yet of the dispute's cost.

The decision by the bank's monetary committee was unanimous and widely expected. But the accompanying statement was notably gloomier about the near-term outlook than the bank's last update six weeks ago, and several economists said it made a cut before the end of the year more likely.

> The disruption at the port is a temporary shock, but it is not a small one. We have seen exporters lose orders and manufacturers halt lines for want of parts. Some of that activity will come back. Some of it will not.
> — Elias Thorne, governor of the Bank of Varnholm

Thorne told reporters that the bank's staff had revised their estimate of quarterly growth to 0.2 per cent, from 0.5 per cent, with the strike accounting for most of the downgrade. Goods exports, which pass overwhelmingly through Port Averly, were estimated to have fallen by about a fifth during the stoppage, while imports of components for car assembly and food processing had been badly delayed.

READ MORE: port-strike-leaves-ships-waiting-as-exporters-count-the-cost

## Budget arithmetic

The bank was less worried about the government's budget, which survived a confidence vote in the National Assembly last week. Thorne said the income tax relief announced by the finance minister, Ruth Adeyemi-Kraal, was "modest in scale" and partly offset by spending restraint elsewhere, and that the bank did not expect it to add meaningfully to inflation, which stood at 2.6 per cent last month.

He declined to comment directly on the finance ministry's growth forecast of 2.1 per cent for the year, which independent economists have described as optimistic. The bank's own forecast, published alongside the rate decision, is 1.6 per cent.

READ MORE: economists-question-growth-forecast-behind-varnholm-budget

That gap will give ammunition to the opposition. Green Labour's finance spokesperson, Matilde Rask, said the central bank had "quietly confirmed what everyone outside the finance ministry already knew", and that the budget's spending plans rested on revenue that would not materialise.

Markets took the decision calmly. The florin was little changed against the currencies of Varnholm's main Meridian Union trading partners, and yields on two-year government bonds fell slightly as traders priced in a greater chance of a rate cut in the autumn.

For businesses, the more immediate question is how quickly the port recovers. Henrik Dahl, director of the Varnholm Exporters' Association, said members were less interested in interest rates than in getting containers onto ships. "A quarter of a point off the rate would be nice," he said. "A working port would be nicer."`,
  },
  {
    slug: 'poll-shows-civic-alliance-slipping-behind-green-labour',
    title: 'Poll shows Civic Alliance slipping behind Green Labour as strike and budget weigh',
    summary:
      "A Northwick Research survey puts Green Labour on 31% and Tomas Hallberg's Civic Alliance on 27%, the governing party's lowest share since the general election three years ago.",
    section: 'politics',
    author: 'helen-lindqvist',
    tags: ['Elections', 'Parliament', 'Port Strike', 'Budget'],
    publishedDaysAgo: 1.8,
    body: `The governing Civic Alliance has fallen four points behind the opposition Green Labour party, according to a new poll that suggests the prolonged strike at Port Averly and a bruising budget fight have taken a toll on Prime Minister Tomas Hallberg's standing.

The survey by Northwick Research, conducted over five days among 2,100 adults, put Green Labour on 31 per cent, the Civic Alliance on 27 per cent, the populist Coastal Front on 14 per cent and the Countryside Party, Hallberg's junior coalition partner, on 9 per cent. Smaller parties shared the remainder. It is the Civic Alliance's weakest showing in Northwick's polling since the general election three years ago, when it won 33 per cent.

> The movement is not dramatic, but it is consistent. Voters who say the country is heading in the wrong direction now outnumber those who say it is on the right track in every region except the north.
> — Dr Annika Solberg, research director at Northwick Research

## The strike effect

Asked which issues mattered most in deciding how they would vote, 38 per cent of respondents named the cost of living and 24 per cent named the port dispute, a figure that has tripled since the walkout began. A majority, 54 per cent, said the government had handled the strike badly, though opinion was split on what it should have done instead: 29 per cent favoured emergency legislation to end the stoppage, while 41 per cent said ministers should have pressed Lumen Freight harder to meet the union's demands.

READ MORE: hallberg-government-under-pressure-to-intervene-in-port-stoppage

Hallberg's personal ratings have also fallen. Forty-four per cent said he was doing a good job, down from 51 per cent two months ago, while the approval rating of the Green Labour leader, Marguerite Osei, rose to 47 per cent.

The budget, which survived a confidence vote by four seats last week after the government restored funding for regional rail lines, appears to have won the coalition little credit. Only 22 per cent said the income tax relief at its centre would make them better off, and a plurality said the cuts to regional transport had been "a mistake", even after the partial reversal.

READ MORE: budget-survives-confidence-vote-after-rail-concession

A spokesperson for the prime minister said the government did not comment on individual polls and was "focused on getting the port working and delivering the budget". Osei, speaking at a rally in Calder, said the numbers showed that "the country is ready for a government that listens before it acts".

The Coastal Front's 14 per cent, up three points, will worry both main parties. Its leader, Rune Vestergaard, has campaigned for a law banning strikes in what he calls "critical national infrastructure" and has gained ground among older voters in the southern coastal towns.

The next general election must be held within 14 months. Analysts cautioned that mid-term polls often recover, particularly if the port dispute is resolved quickly, but said the Countryside Party's low rating could make Hallberg's coalition partner increasingly nervous about its association with him.`,
  },
  {
    slug: 'halden-poet-wins-aurelian-prize-for-the-weir-keeper',
    title: 'Halden poet Mirela Dunstan wins Aurelian Prize for ‘The Weir Keeper’',
    summary:
      "Dunstan's collection about her grandfather, who tended a weir on the Orrin river for four decades, is the first book of poetry in twelve years to take Varnholm's top literary award.",
    section: 'culture',
    author: 'helen-lindqvist',
    tags: ['Arts', 'Drought'],
    publishedDaysAgo: 3,
    body: `Mirela Dunstan, a poet and former schoolteacher from Halden Reach, has won the Aurelian Prize, Varnholm's most prestigious literary award, for *The Weir Keeper*, a collection of poems about her grandfather and the stretch of the Orrin river he tended for four decades.

It is the first time in twelve years that a poetry collection has taken the prize, which is worth 40,000 florins, and Dunstan, 58, had been considered an outsider on a shortlist dominated by two much-praised debut novels. The judges reached their decision after what their chair described as "three hours of civil but ferocious argument".

> Every book on the shortlist deserved to win. This one was the book none of us could stop talking about. It is about water and work and grief, and it turned out to be about this year more than any of us expected.
> — Professor Aldous Penhallow, chair of the Aurelian Prize judges

The collection's 46 poems follow Dunstan's grandfather, Arvid, through his working life on the weir at Tolle Bridge, where he raised and lowered the sluice gates that regulated the river's flow into the farmland of Orrin Vale. Written over nine years, the book was published last spring by the small Halden press Greywater Editions in a first print run of 800 copies. It has since been reprinted four times.

Several reviewers have noted that the collection, finished long before the current drought, reads differently now that the Orrin is running lower than at any time in living memory. One poem, "Dry Gauge", describes the marks on the weir's measuring post, and has been widely shared online since the valley's water emergency was declared last month.

READ MORE: orrin-vale-declares-water-emergency-as-reservoirs-hit-record-low

## A speech about money

Accepting the prize at a dinner in Port Averly's Merchant Hall, Dunstan used much of her speech to criticise the cuts to arts funding in the government's budget, which reduced the Varnholm Arts Council's grant by 14 per cent. She said she would give a quarter of her prize money to the Halden Reach Playhouse, one of several regional theatres that say they may have to close.

"I wrote this book in a library that is now open two days a week," she told the audience, which included the culture minister, Lars Emberg. "My grandfather kept the river running so that other people's fields would grow. I think that is what public money for culture is supposed to do."

READ MORE: arts-groups-warn-budget-cuts-will-close-regional-theatres

Emberg, speaking afterwards, congratulated Dunstan and said the government remained "a proud funder of the arts", adding that ministers had been forced to make "hard choices across every department".

Greywater Editions said it had ordered a further 20,000 copies. Its founder, Petra Linde, who runs the press from a converted boathouse, said she had been told of the result by text message while washing up. "I dropped a plate," she said. "It was worth it."`,
  },
  {
    slug: 'meridian-neighbours-reroute-cargo-as-varnholm-port-dispute-drags-on',
    title: 'Meridian neighbours reroute cargo as Varnholm port dispute drags on',
    summary:
      "Kestria's port of Saltmere has handled record volumes during the Port Averly strike, and officials warn that some shipping lines may not come back once the dispute is over.",
    section: 'world',
    author: 'sofia-marchetti',
    tags: ['Port Strike', 'Shipping', 'Meridian Union', 'Trade'],
    publishedDaysAgo: 3.5,
    body: `Along the quays of Saltmere, the Kestrian port 180 kilometres south of Port Averly, the cranes have barely stopped for three weeks. Ships that would normally unload in Varnholm have been queuing here instead, and the port authority said this week that it was on course for its highest monthly container volumes since its deep-water terminal opened a decade ago.

The strike by Harbour Workers' Federation members at Lumen Freight's terminals in Port Averly has forced shipping lines to redirect cargo across the region. The Corvane Line, the largest carrier serving Varnholm, has diverted at least 30 sailings to Saltmere, with goods then trucked north across the border. Smaller volumes have gone to the Estrovan river port of Dunmarrow, which can take only shallow-draught vessels.

READ MORE: port-strike-leaves-ships-waiting-as-exporters-count-the-cost

## Winners and losers

For Saltmere, the dispute has been a windfall. The port authority has added night shifts and hired 140 temporary workers. Its director, Alessandro Vigne, said he sympathised with the dockworkers across the border but made no apology for taking the business.

> Shipping lines go where the cargo can move. We did not ask for this traffic, but we are not going to turn it away. Some of these customers are discovering that we are closer and cheaper than they thought.
> — Alessandro Vigne, director of the Port of Saltmere Authority

That is precisely what worries Varnholm's exporters. Overland transport from Saltmere adds between two and four days and roughly 900 florins to the cost of moving a single container to a Varnholm warehouse, according to the Varnholm Exporters' Association. Several freight forwarders said some clients had already signed contracts with Saltmere that run to the end of the year.

The disruption has also exposed the fragility of road links along the Meridian Union's southern corridor. Queues of lorries at the Varnholm–Kestria border crossing at Reddick stretched for up to 11 kilometres at the weekend, and customs officers on both sides have been working extended hours. In the east, the border with Estrova is still subject to the extra goods checks imposed by the outgoing Estrovan government, adding to delays for cargo arriving via Dunmarrow.

READ MORE: castellane-wins-estrova-run-off-and-pledges-customs-talks

Anouk Verhaegen, the Meridian Union's trade commissioner, said the Union was monitoring the situation but had no plans to intervene in what she called "a national industrial dispute". She urged all three governments to keep their border crossings moving and said the episode showed the need for "more resilient, better connected ports" across the region, a reference to long-delayed plans for a rail freight link between Saltmere and Port Averly.

In Port Averly, the mood among striking dockworkers was defiant. Union officials pointed out that many of Saltmere's crane operators belong to a Kestrian union affiliated to the federation, and said they had received messages of support from across the border. "They are doing their jobs," said one federation steward. "We are not angry with them. We are angry with the people who made this necessary."`,
  },
  {
    slug: 'halvard-chip-plant-water-use-draws-scrutiny-as-drought-deepens',
    title: "Halvard chip plant's water use draws scrutiny as drought deepens",
    summary:
      "Orrin Vale farmers want the water board to cut Halvard Semiconductors' abstraction licence, while the company insists its Halden Reach plant will recycle most of the water it uses.",
    section: 'business',
    author: 'daniel-reyes',
    tags: ['Drought', 'Semiconductors', 'Investment'],
    publishedDaysAgo: 4,
    body: `The Orrin Basin Water Board has opened a formal review of the licence that allows Halvard Semiconductors to draw water for its chip plant in Halden Reach, as the worst drought on record in the river's lower valley turns a once-obscure permit into a national argument.

The licence, issued last year before construction began, allows Halvard to take up to nine million litres a day from the upper Orrin once the plant is operating at full capacity. The plant is not yet producing chips and currently uses a fraction of that amount, mostly for construction and testing. But farmers downstream, who are barred from irrigating their fields under emergency restrictions, say the allocation should be reconsidered before the factory switches on.

> Nobody here is against jobs in Halden Reach. But when my neighbour cannot water his cattle and a factory that does not yet exist has a guarantee of nine million litres a day, something is wrong with the order of the queue.
> — Ingrid Haavik, chair of the Vale Growers' Cooperative

## The company's case

Halvard insists the concern is misplaced. The company says its plant will recycle about 80 per cent of the water it uses, meaning net consumption from the river would be closer to two million litres a day at peak, which it says is less than several of the valley's larger dairy operations. It has also offered to pay for a new storage pond on the upper river that could be drawn down in dry years.

"We designed this facility for a climate that is getting drier," Viktor Ansel, Halvard's chief executive, said in an interview at the company's headquarters in Port Averly. "We would accept conditions in the licence that reduce our abstraction during declared emergencies. What we cannot accept is uncertainty about whether we will have water at all, because no bank will lend against that."

READ MORE: chip-plant-subsidy-splits-governing-coalition

Investors are watching closely. The 4.2-billion-florin plant is the largest private investment in Varnholm's history and is backed by up to 1.1 billion florins of state support, a package that strained relations within the governing coalition. The Countryside Party, which represents many Orrin Vale farmers, secured a commitment during those negotiations that the plant's licence would be reviewed if drought conditions worsened, a clause that is now being tested.

Mateus Quill, the water board's chair, said the review would take around six weeks and would consider attaching emergency conditions to the licence rather than reducing the headline allocation. He said the board had received more than 1,900 written submissions, the most in its history.

READ MORE: orrin-vale-declares-water-emergency-as-reservoirs-hit-record-low

Analysts said a conditional licence was the most likely outcome. "A cut to the headline number would be a serious blow to the project's financing," said Noemi Farrant, an industrials analyst at Brightmere Securities in Port Averly. "Conditions during emergencies are something the company has effectively already volunteered. The question is whether the farmers will accept that as enough."`,
  },
  {
    slug: 'castellane-wins-estrova-run-off-and-pledges-customs-talks',
    title: 'Castellane wins Estrova run-off and pledges to reopen customs talks with Varnholm',
    summary:
      "Former Lisvar mayor Noor Castellane took 52.6% against the nationalist Dragan Ilić, promising to lift border checks on Varnholm goods and renegotiate the sharing of the Orrin's water.",
    section: 'world',
    author: 'helen-lindqvist',
    tags: ['Elections', 'Trade', 'Meridian Union'],
    publishedDaysAgo: 5,
    body: `Noor Castellane, the former mayor of the Estrovan capital Lisvar, has won the country's presidential run-off, defeating the nationalist Dragan Ilić by just over five points and promising a swift thaw in relations with neighbouring Varnholm.

With all districts counted, the central electoral commission said Castellane had taken 52.6 per cent of the vote against 47.4 per cent for Ilić, on a turnout of 68 per cent, higher than in the first round. Ilić conceded shortly after midnight in a brief statement in which he congratulated his opponent and warned her not to "sell Estrova's rivers for a trade deal".

READ MORE: estrova-presidential-vote-heads-to-run-off

Speaking to thousands of supporters in Lisvar's Republic Square, Castellane said her first act in office would be to order a review of the extra customs checks on Varnholm goods imposed by the outgoing government eighteen months ago, in a dispute over water-sharing on the Orrin river.

> We share a river, a market and a future with our neighbours. For too long we have treated each of those as a weapon. Starting next month, we treat them as what they are — things we have to look after together.
> — Noor Castellane, president-elect of Estrova

## Water on the table

The checks were introduced after Varnholm declined to renegotiate a 1987 treaty governing how much water Estrova's Vessel Dam must release into the Orrin during dry seasons. Ilić's government argued that the treaty's minimum flows were outdated and left Estrovan farmers short in drought years. Varnholm replied that any change should be agreed through the Meridian Union's water commission rather than under pressure.

The severe drought now affecting both countries has given the dispute new urgency. Castellane said she wanted a new agreement that would "share scarcity fairly", and suggested the Meridian Union's emergency drought fund could help pay for joint storage projects on the river.

In Port Averly, Prime Minister Tomas Hallberg congratulated Castellane by telephone and said Varnholm was "ready to sit down the moment the new government is ready". Foreign ministry officials said preliminary talks could begin within weeks of her inauguration.

## Business relief

Varnholm's exporters welcomed the result. Checks at the main crossing at Vellmar have added up to a day to journey times for lorries heading east, and the Varnholm Exporters' Association estimates they have cost its members 200 million florins a year.

Analysts cautioned that Castellane will face a parliament in which Ilić's Estrovan Renewal party remains the largest group, and that any deal seen as conceding too much on water could be hard to pass. "She has a mandate, but it is a narrow one," said Tomasz Vrba, a political scientist at the University of Lisvar. "Her first hundred days will be about showing that friendlier relations produce something Estrovans can see."`,
  },
  {
    slug: 'hallberg-government-under-pressure-to-intervene-in-port-stoppage',
    title: 'Hallberg government under pressure to intervene as port stoppage enters third week',
    summary:
      'Opposition parties and exporters demand action as the Port Averly strike passes two weeks, but the prime minister rules out emergency legislation to order dockworkers back to work.',
    section: 'politics',
    author: 'amara-okafor',
    tags: ['Port Strike', 'Labour', 'Parliament'],
    publishedDaysAgo: 6,
    body: `Prime Minister Tomas Hallberg came under sustained pressure in the National Assembly yesterday to intervene in the strike at Port Averly, as the stoppage by dockworkers at Lumen Freight's terminals entered its third week with no sign of a settlement.

In a heated session of prime minister's questions, the leader of the populist Coastal Front, Rune Vestergaard, demanded emergency legislation to order members of the Harbour Workers' Federation back to work, describing the strike as "an act of economic sabotage against every family in this country". Green Labour's leader, Marguerite Osei, took the opposite line, accusing ministers of "standing on the sidelines while a private company gambles with the national economy" and urging the government to press Lumen Freight to put its automation plans in writing.

Hallberg rejected both approaches. He said the government would not legislate to end a lawful strike and had no power to dictate the terms of a private employment contract, but that it would fund extended sessions at the National Mediation Office for as long as both parties were willing to attend.

> I understand the frustration in this chamber and across the country. But a law forcing people back to work does not unload a single ship faster. It simply moves the anger from the quayside to the streets.
> — Tomas Hallberg, Prime Minister of Varnholm

## Exporters count the days

Outside parliament, business groups said their patience was running out. The Varnholm Exporters' Association estimates the dispute is costing its members around 90 million florins a day, and several manufacturers have paused production for lack of imported components. Henrik Dahl, the association's director, said he would support "any lawful measure" that brought the two sides back to the table.

READ MORE: port-strike-leaves-ships-waiting-as-exporters-count-the-cost

The government's room for manoeuvre is limited. Its budget passed a confidence vote by only four seats earlier this week, and the Countryside Party, Hallberg's junior partner, has signalled that it would not support any law curbing the right to strike. Agnes Brekke, the party's leader and agriculture minister, told reporters that her party's members "include a great many people whose sons and daughters work on those docks".

READ MORE: budget-survives-confidence-vote-after-rail-concession

There are also questions about the government's own part in the dispute. The budget created a 300-million-florin Port Modernisation Fund offering grants for automated cranes and remote-controlled equipment. Union leaders say the fund encouraged Lumen Freight to accelerate its automation plans, and want job guarantees attached to any grant. Finance ministry officials said they were "considering conditions" but had made no decision.

Josefine Ahl, the labour minister, met both sides separately for the first time last night. She said afterwards that the gap between them had narrowed on pay but that "the question of the future, of what happens when the machines arrive, is still where this is stuck".

Lumen Freight said it remained committed to mediation. The federation said it would hold a mass meeting of members at the weekend.`,
  },
  {
    slug: 'tour-of-varnholm-drops-gravel-stage-over-wildfire-risk',
    title: 'Tour of Varnholm drops gravel stage over wildfire risk in drought-hit valley',
    summary:
      "Organisers have replaced stage six's 42 kilometres of farm tracks through Orrin Vale with a road circuit, after fire chiefs warned that the race convoy could ignite tinder-dry fields.",
    section: 'sport',
    author: 'kenji-watanabe',
    tags: ['Cycling', 'Drought', 'Climate'],
    publishedDaysAgo: 6.5,
    body: `The Tour of Varnholm will no longer race across the gravel farm tracks of Orrin Vale after organisers bowed to warnings from fire services that the drought-stricken valley was too dangerous for a convoy of team cars, motorbikes and spectators.

Stage six, which had been billed as the highlight of this year's nine-day race, was to include 42 kilometres of unpaved tracks between the villages of Sennick and Harlowe. It will now follow a 168-kilometre route on paved roads, finishing with three laps of a circuit around the market town of Orrin Cross.

> We wanted a day that the riders would remember. The valley's fire chiefs told us it might be a day everyone remembered for the wrong reasons. There was really no discussion after that.
> — Pascale Ventour, race director of the Tour of Varnholm

The decision follows weeks of pressure from the Vale Fire and Rescue Service, which has responded to more than 300 grass and field fires across the valley since the dry spell began. Its chief fire officer, Daniel Okoro, said hot exhausts and metal striking stones could easily ignite stubble that had not seen meaningful rain for more than two months. Thousands of spectators parking on verges, he added, would compound the risk.

READ MORE: tour-of-varnholm-adds-gravel-stage-through-orrin-vale

## Riders divided

The gravel stage had divided the peloton since it was announced last month. Jonas Eklund, the home favourite who finished second last year, had said it would reward "bike handling rather than luck", while several climbers complained privately that a puncture on the sectors could decide the race.

Eklund said today that he accepted the decision but regretted it. "I have been training on gravel for six weeks," he said. "But if the people who fight fires tell you not to go, you do not go. Cycling is not more important than a village."

The change is a financial blow to communities along the original route, which had planned fan zones and farm markets. Harlowe's parish council said it had already spent 18,000 florins on fencing and toilets. Organisers said they would honour local sponsorship agreements and encouraged fans to visit the valley regardless.

READ MORE: meridian-union-approves-emergency-drought-fund

Farmers, who had been among the stage's loudest critics, welcomed the reversal. Many had objected to the prospect of crowds crossing fields already ruined by the drought, and some had threatened to block the tracks with machinery. The Vale Growers' Cooperative said it hoped the race would "come back when the valley is green again".

Ventour said the gravel sectors would return in a future edition if conditions allowed. The race starts in Port Averly in two weeks.`,
  },
  {
    slug: 'estrovan-debut-nine-winters-wins-golden-lantern',
    title: 'Estrovan debut ‘Nine Winters’ takes the Golden Lantern at Port Averly festival',
    summary:
      "Mila Jovanek's first feature, about a border guard and a smuggler's daughter, won the festival's top prize, while Oksana Verbeek's dockside drama took the jury's special award.",
    section: 'culture',
    author: 'helen-lindqvist',
    tags: ['Film', 'Festivals', 'Arts'],
    publishedDaysAgo: 7,
    body: `*Nine Winters*, the first feature by the Estrovan director Mila Jovanek, has won the Golden Lantern, the top prize at the Averly International Film Festival, capping a ten-day event that was shaped as much by the world outside the cinema as by the films on screen.

The film, shot over three consecutive winters in the mountains along the border between Estrova and Varnholm, follows a young customs officer and the daughter of a smuggler whose paths cross every season at a remote checkpoint. The jury president, the Kestrian director Hélène Darrieux, described it as "a love story, a political film and a landscape painting, and never once a lecture".

> I made a film about a border because I grew up on one. When I started, I thought it was a story about the past. This year, with the checks and the queues and the election, it turned out to be about the present.
> — Mila Jovanek, director of Nine Winters

Jovanek, 31, accepted the prize wearing a scarf in the colours of both countries' flags and dedicated it to "everyone who waits in line at Vellmar", the crossing where Estrova's extra customs checks have caused long queues. Her win came two days before Estrovans vote in a presidential run-off in which the front-runner has promised to lift those checks, a coincidence that drew knowing applause at the closing ceremony in the Harbour Cinema.

READ MORE: port-averly-film-festival-opens-with-drought-drama

## A festival of its moment

The jury's special prize went to Oksana Verbeek's *The Tideline*, a drama about three generations of a dockworking family in Port Averly, which screened during the second week of the strike at Lumen Freight's terminals. Members of the Harbour Workers' Federation attended its gala screening and gave the cast a standing ovation.

READ MORE: the-tideline-review-a-quiet-portrait-of-a-dockside-family

The best performance award was shared by the two young leads of Jovanek's film, Ana Belić and Tobias Ferrand, and the audience award went to *Dry Country*, Rasmus Halloran's drought drama set on a family farm in Orrin Vale, which had opened the festival.

Ines Marloe, the festival's director, said attendance had risen 8 per cent to around 61,000 admissions despite a 15 per cent cut in public funding, which forced organisers to drop two of the festival's smaller venues and cancel its outdoor screenings on the harbour wall. She said the festival would need to find new sponsors to keep its current size next year.

"We were told this was a year to be cautious," Marloe said. "Instead the audience showed up in greater numbers than ever. They wanted to see their own country on screen — its ports, its fields, its borders — and argue about it in the bar afterwards. That is what a festival is for."

Jovanek's film will be released in cinemas in Varnholm and Estrova next month, and a distributor in Kestria has acquired the rights.`,
  },
  {
    slug: 'budget-survives-confidence-vote-after-rail-concession',
    title: 'Budget survives confidence vote by four seats after rail concession',
    summary:
      "The National Assembly backed Ruth Adeyemi-Kraal's budget by 77 votes to 73 after ministers restored 200 million florins for regional rail to keep the Countryside Party on board.",
    section: 'politics',
    author: 'amara-okafor',
    tags: ['Budget', 'Parliament'],
    publishedDaysAgo: 8,
    body: `The Varnholm government's budget survived a confidence vote in the National Assembly last night by 77 votes to 73, after ministers agreed at the last minute to restore 200 million florins of funding for regional rail lines that their own coalition partner had threatened to vote against.

The concession, announced by the finance minister, Ruth Adeyemi-Kraal, less than three hours before the vote, reverses about a third of the cuts to regional transport set out in the budget three weeks ago. It protects services on the Orrin Vale line and the northern branch to Halden Reach, both of which had faced reduced timetables from the spring.

> This is a budget that asks something of everyone. Tonight the Assembly has recognised that it also gives something back — to the north, to the valley, and to every family who will pay less income tax this year.
> — Ruth Adeyemi-Kraal, Minister of Finance

READ MORE: budget-promises-tax-relief-and-cuts-to-regional-transport

## Coalition strains

The rail cuts had become the focus of a revolt by the Countryside Party, the junior partner in Prime Minister Tomas Hallberg's coalition, whose 14 members of the Assembly represent mainly rural constituencies. The party's leader, Agnes Brekke, had said on the eve of the vote that her members would not support "a budget that cuts the train to the valley in the middle of a drought".

The party had already clashed with the Civic Alliance over state support for Halvard Semiconductors' chip plant in Halden Reach, which it backed only after securing commitments on water use. Brekke said the rail deal showed that the coalition "works when it listens to all of its members", but several Countryside members said privately that their patience was wearing thin.

READ MORE: chip-plant-subsidy-splits-governing-coalition

To pay for the concession, the finance ministry will draw on a contingency reserve and delay some road maintenance in the capital region, officials said. The government's deficit target of 2.4 per cent of national output is unchanged, although independent economists have questioned the growth assumptions on which it rests.

The opposition was scathing. Green Labour's finance spokesperson, Matilde Rask, said the government had "bought itself a week" and that the budget still cut 440 million florins from regional transport over three years. Rune Vestergaard, leader of the Coastal Front, said the deal showed a coalition "held together with sticky tape and railway sleepers".

The vote came as the strike at Port Averly entered its second week, and several members referred to the dispute during the debate. Green Labour members said the budget's 300-million-florin Port Modernisation Fund, which offers grants for automated port equipment, had "poured fuel" on the dispute, but the government defeated an opposition amendment that would have attached job guarantees to the grants.

With the budget passed, ministers will hope to turn to the rest of their legislative programme, including the Algorithmic Accountability Bill, which is now before the Assembly's digital affairs committee. But Hallberg's majority, never large, has rarely looked so slim.`,
  },
  {
    slug: 'calder-rovers-manager-defends-rotation-after-cup-exit',
    title: 'Calder Rovers manager defends rotation after shock cup exit to Brackwater',
    summary:
      "Fergus Holloway made nine changes for the Varnholm Cup quarter-final and watched second-tier Brackwater FC win 2-0, but insists the league title remains his side's priority.",
    section: 'sport',
    author: 'sofia-marchetti',
    tags: ['Football', 'Title Race'],
    publishedDaysAgo: 8.5,
    body: `Fergus Holloway has defended his decision to make nine changes to his Calder Rovers side for last night's Varnholm Cup quarter-final, after the league leaders were knocked out 2-0 by Brackwater FC, who sit eleventh in the second tier.

Goals in either half from Brackwater's veteran striker Sindre Falk and their 18-year-old winger Omari Lund settled a tie in which Rovers, fielding six players under 21, rarely threatened. The home crowd at Brackwater's Mill Lane ground, 4,800-strong and dressed almost entirely in the club's amber, invaded the pitch at the final whistle.

> I picked that team and I take responsibility for the result. But I would do the same again. We have six league games left and the most important one is in eight days' time. I am not going to apologise for thinking about it.
> — Fergus Holloway, Calder Rovers manager

Rovers lead the Premier Division by two points from Averly Athletic, whom they face at Calder Park in what has been billed as the title decider. Several of the players Holloway rested, including the league's top scorer, Mattias Oyelaran, and the captain, Liam Dorsey, are carrying minor injuries, and he said the club's medical staff had advised against risking them on Brackwater's uneven pitch.

READ MORE: calder-rovers-go-top-after-late-winner-against-halden-united

## Fans frustrated

Not everyone was persuaded. Rovers have not won the cup in 27 years, and some of the 1,200 supporters who made the journey south chanted against the team selection before half-time. The Calder Rovers Supporters' Trust said in a statement that fans who had paid for tickets and travel "deserved to see a team that was trying to win".

Marek Sund, a former Rovers captain who now works as a television pundit, said the decision was understandable but risky. "If they win the league, nobody will remember this night," he said. "If they lose the league, nobody will ever forget it."

For Brackwater, the result is the biggest in the club's recent history and brings a semi-final against either Orrin Town or Halden United, along with an estimated 300,000 florins in prize money and television revenue, roughly a tenth of the club's annual budget. Their manager, Rhiannon Coyle, a former schoolteacher in her first full season in charge, said her players had "earned the right to dream".

Averly Athletic, who went out of the cup in an earlier round, had the week free to prepare. Their teenage goalkeeper Emil Strand, whose form has kept them in the race, was named the league's player of the month.

READ MORE: averly-athletic-teenage-goalkeeper-keeps-title-hopes-alive

Holloway said he expected Oyelaran and Dorsey to be fit for the weekend's league match against Orrin Town. "The cup is gone," he said. "The league is still in our hands. That is where all of our energy goes now."`,
  },
  {
    slug: 'meridian-union-approves-emergency-drought-fund',
    title: 'Meridian Union approves emergency drought fund for Varnholm and Estrova',
    summary:
      "Ministers agreed a 900-million-florin package for farmers and water projects in the Orrin basin after overnight talks, the largest drought response in the Union's history.",
    section: 'world',
    author: 'amara-okafor',
    tags: ['Drought', 'Climate', 'Meridian Union'],
    publishedDaysAgo: 9,
    body: `Meridian Union agriculture ministers have approved a 900-million-florin emergency fund to support farmers and water infrastructure in the Orrin river basin, after overnight talks in which Varnholm and Estrova, whose relations have been strained by a long-running dispute over the river, found themselves on the same side of the table.

The package, the largest drought response in the Union's history, will provide direct payments to farmers who have lost crops or livestock, pay for emergency water deliveries to villages whose wells have failed, and fund studies for new storage reservoirs. About 60 per cent of the money is expected to go to Varnholm, where Orrin Vale has been under a formal water emergency for nearly three weeks, and most of the rest to Estrova's drought-hit eastern provinces.

> Droughts do not respect borders and neither should our response to them. What the Orrin basin is living through now, other regions of this Union will live through in the years to come. We need to learn how to do this well.
> — Radek Holub, Meridian Union agriculture commissioner

Varnholm's agriculture minister, Agnes Brekke, who also leads the Countryside Party, said the fund would be "a lifeline for families who have lost a whole year's income". She said applications would open within two weeks and promised a simplified form for smaller farms.

## An unusual alliance

The negotiations were notable for the cooperation between Varnholm and Estrova, whose governments have spent eighteen months locked in a row over water releases from Estrova's Vessel Dam. Diplomats from both countries said they had coordinated in advance, pressing jointly for the fund to cover storage projects that could serve both sides of the border.

Estrova is in the middle of a presidential election, and its outgoing agriculture minister, Pavel Drozd, was careful not to commit a future government to any settlement of the water dispute. But he said the drought had "changed the conversation" and that both countries now had more to gain from sharing information than from withholding it.

READ MORE: estrova-presidential-vote-heads-to-run-off

## Prices and pressure

The fund comes as grain prices across the region continue to climb. Wheat futures on the Port Averly commodities exchange have risen by more than a fifth since the drought began, and millers have warned that bread prices will follow. Northern member states, where harvests have been normal, worried that the money could let Varnholm and Estrovan farmers undercut them on price, and secured a clause requiring independent audits of all payments.

READ MORE: grain-prices-climb-as-drought-shrinks-orrin-vale-harvest

Farmers' groups welcomed the deal but warned that it would cover only a fraction of their losses. The Vale Growers' Cooperative estimates that Orrin Vale farms alone have lost more than 700 million florins this season. Its chair, Ingrid Haavik, called the money "a bandage, not a cure" and urged long-term investment in irrigation and drought-tolerant crops.

Environmental groups cautioned against a rush to build reservoirs, arguing that more storage would achieve little if the pattern of longer, hotter dry seasons continued. "You cannot dam your way out of a changing climate," said Lena Aukrust of the Orrin Rivers Trust.`,
  },
  {
    slug: 'halden-reach-races-to-train-technicians-before-chip-plant-opens',
    title: 'Halden Reach races to train chip technicians before Halvard plant opens',
    summary:
      'Halden Polytechnic has tripled places on its microelectronics course, but employers warn the northern town could still be hundreds of skilled workers short when production starts.',
    section: 'technology',
    author: 'kenji-watanabe',
    tags: ['Semiconductors', 'Labour'],
    publishedDaysAgo: 11,
    body: `In a laboratory at Halden Polytechnic that used to teach welding, 24 students in white gowns and hairnets are learning to move silicon wafers between machines without touching them. The room is a scaled-down replica of a clean room, built in six months with equipment donated by Halvard Semiconductors, and it is at the centre of a race to find enough skilled workers for the town's new chip plant.

Halvard's 4.2-billion-florin factory, rising on former railway land on the edge of Halden Reach, will need about 1,800 staff when it reaches full production. The company estimates that around 700 of those will be process technicians, a job that barely existed in Varnholm until this year and that requires a mixture of chemistry, electronics and obsessive attention to detail.

READ MORE: halvard-semiconductors-picks-halden-reach-for-chip-plant

## From welding to wafers

The polytechnic has tripled the number of places on its two-year microelectronics diploma, to 180, and launched a nine-month conversion course for adults with experience in manufacturing, maintenance or the armed forces. More than 1,400 people applied for the first 60 conversion places.

> We have people in their forties who spent twenty years maintaining paper mill machinery, and they are some of our best students. They already understand that a machine is a system, and that you do not fix a system by hitting it.
> — Farid Haddad, dean of engineering at Halden Polytechnic

Among them is Marit Oddsen, 44, who worked at the Halden paper mill until it closed three years ago and has since driven delivery vans. "When the mill shut, everybody said the town was finished," she said, adjusting her mask. "Now I am learning to calibrate a deposition chamber. My children think it is hilarious."

The programme is funded partly from the 1.1-billion-florin state support package for the plant, which the National Assembly approved last month after a fierce argument inside the governing coalition. The Countryside Party had insisted that a share of the money be spent on training local people rather than recruiting abroad.

READ MORE: chip-plant-subsidy-splits-governing-coalition

## The gap

Even so, the numbers do not quite add up. Halvard expects to begin hiring at scale in about a year, by which point the polytechnic will have produced fewer than 250 graduates. The company says it will recruit experienced engineers from elsewhere in the Meridian Union and further afield to fill the gap, and has begun talks with the town council about housing for up to 400 incoming workers.

Oona Lindgren, the mayor of Halden Reach, said the town was determined that local people would be "first in line, not last", but acknowledged that rents had already risen by 11 per cent in a year. "We have gone from a town that worried about people leaving to a town that worries about where to put everyone," she said. "It is a better problem, but it is still a problem."`,
  },
  {
    slug: 'averly-athletic-fans-march-with-striking-dockworkers',
    title: 'Averly Athletic fans march with striking dockworkers before home win',
    summary:
      "Thousands of supporters walked from the Quayside Ground to Lumen Freight's terminal gates, honouring the club's founding by dockworkers in 1902, before a 2-0 win over Westmark Wanderers.",
    section: 'sport',
    author: 'sofia-marchetti',
    tags: ['Football', 'Port Strike', 'Labour'],
    publishedDaysAgo: 11.5,
    body: `Several thousand Averly Athletic supporters marched from the club's Quayside Ground to the gates of Lumen Freight's Eastern Container Terminal before yesterday's match against Westmark Wanderers, in a show of support for the dockworkers whose strike has shut Varnholm's busiest port for more than a week.

The march, organised by the Averly Athletic Supporters' Club, stopped outside the terminal's main gate, where fans tied club scarves to the fence and sang the club's anthem alongside pickets from the Harbour Workers' Federation. Police estimated the crowd at around 6,000. There were no arrests.

The gesture was rooted in history. Averly Athletic was founded in 1902 by stevedores from the port's old timber docks, who played on a patch of reclaimed land behind the warehouses. The club's crest still shows a crossed hook and anchor, and its nickname, the Lashers, refers to the dockworkers who secure cargo on board ship.

> This club was built by people who worked on those docks. Half the families in these stands still have someone down there. We are not going to pretend this has nothing to do with us.
> — Carla Mendes, chair of the Averly Athletic Supporters' Club

READ MORE: dockworkers-walk-out-at-port-averly-as-lumen-freight-talks-collapse

## The club's careful line

The club itself was more cautious. In a statement issued before kick-off, Averly Athletic said it respected "the right of supporters to express their views peacefully" but did not take positions in industrial disputes. Lumen Freight is not a club sponsor, but two of its subsidiaries advertise on the stadium's perimeter boards.

The manager, Ana Ribeiro-Lund, said after the game that she understood why fans had taken part. Several members of her squad grew up in the port's neighbourhoods, among them the goalkeeper Emil Strand, whose father is a crane operator on the Eastern Terminal and has been on the picket line since the strike began.

READ MORE: averly-athletic-teenage-goalkeeper-keeps-title-hopes-alive

"I will not speak for him, and I will not speak for the club on politics," Ribeiro-Lund said. "But I know what this city is. Today it felt like the whole city was in the stadium."

## On the pitch

The match itself was almost an afterthought for some in the crowd of 19,500. Averly won 2-0 with goals from the captain, Jonah Pike, and the midfielder Leon Achterberg, keeping them two points behind the leaders, Calder Rovers. Strand made two fine saves in the second half to record his ninth clean sheet since taking over in goal.

At the final whistle, the players walked to the south stand, where many of the marchers had gathered, and applauded them. A banner unfurled there during the second half read simply: "Same docks. Same club. 1902."

Łukasz Nowak, the federation's general secretary, said the march had been "a reminder that this dispute is about a community, not just a contract".`,
  },
  {
    slug: 'port-strike-leaves-ships-waiting-as-exporters-count-the-cost',
    title: 'Port strike leaves 140 ships waiting as exporters count the cost',
    summary:
      'More than a week into the Port Averly stoppage, vessels are anchored along the coast, car plants are short of parts and exporters put their losses at 90 million florins a day.',
    section: 'business',
    author: 'sofia-marchetti',
    tags: ['Port Strike', 'Shipping', 'Trade'],
    publishedDaysAgo: 12.5,
    body: `From the headland at Averly Point, the queue is visible to the naked eye: a line of container ships, bulk carriers and car transporters anchored in the bay, stretching south along the coast beyond the lighthouse at Gull Rock. By the harbour master's count this morning, 140 vessels are waiting to berth at Port Averly, where a strike by dockworkers at Lumen Freight's terminals has entered its ninth day.

The stoppage, called by the Harbour Workers' Federation after talks on pay and automation broke down, has halted almost all container traffic through the port, which handles around 70 per cent of Varnholm's container trade. Bulk cargoes such as grain and fuel, which pass through a separate state-run quay, are largely unaffected.

READ MORE: dockworkers-walk-out-at-port-averly-as-lumen-freight-talks-collapse

## Counting the cost

The Varnholm Exporters' Association estimates that the strike is costing its members around 90 million florins a day in lost sales, penalties and extra storage. The hardest hit are food producers with perishable cargo and manufacturers who rely on just-in-time deliveries of components.

> Our members can survive a week. Many of them can survive two. After that, you start to see contracts cancelled and customers who do not come back. We are very close to that point now.
> — Henrik Dahl, director of the Varnholm Exporters' Association

At the Nordvik car assembly plant near Calder, production of the company's electric van has been halted since the weekend because of a shortage of imported battery modules, and around 1,100 workers have been sent home on reduced pay. In the fishing town of Skarvik, seafood processors said they were running out of cold storage and had begun turning away catches.

Shipping lines are making their own arrangements. The Corvane Line, the largest carrier serving Varnholm, said it had begun diverting some vessels to the Kestrian port of Saltmere, from where cargo can be trucked north across the border. Freight forwarders said the detour was adding around a third to the cost of moving a container.

## No talks scheduled

Lumen Freight said it regretted the disruption but would not agree to the union's central demand: a binding ban on job losses from automation for ten years. Its chief executive, Zoë Brandt, said the company had improved its offer to a four-year guarantee and a 5 per cent pay rise, and that the union's position would "freeze the port in the last century".

The federation's general secretary, Łukasz Nowak, said members would return to work only when Lumen Freight put its automation plans "on paper, in public, with our names on the jobs". No new talks have been scheduled, although the National Mediation Office said it was in contact with both sides.

Economists said the longer the strike continued, the more likely it was to show up in national figures. Goods exports make up roughly a third of Varnholm's economy, and the overwhelming majority of them leave by sea.`,
  },
  {
    slug: 'the-tideline-review-a-quiet-portrait-of-a-dockside-family',
    title: '‘The Tideline’ review: a quiet, devastating portrait of a dockside family',
    summary:
      "Oksana Verbeek's competition film follows three generations of a Port Averly family as the cranes change around them, and it arrives at the festival with uncanny timing.",
    section: 'culture',
    author: 'sofia-marchetti',
    tags: ['Film', 'Festivals', 'Labour'],
    publishedDaysAgo: 13,
    body: `There is a moment about an hour into *The Tideline* when Jakob Lind, a crane operator approaching retirement, climbs into his cab for what he does not yet know will be the last time. Oksana Verbeek's camera stays on his hands as he goes through checks he has made ten thousand times, lever, brake, radio, lever, and at last night's competition screening the silence in the cinema was total.

Verbeek's second feature, which premiered at the Averly International Film Festival in the middle of a dockworkers' strike a few hundred metres from the festival's main venue, could hardly have arrived at a more charged moment. It is to the film's great credit that it never feels opportunistic. Shot over two years, long before the current dispute, it is less a film about industrial conflict than about what work means to a family, and what happens when it begins to slip away.

READ MORE: port-averly-film-festival-opens-with-drought-drama

## Three generations

The Linds live in a narrow house on the hill above the Eastern Terminal. Jakob, played with enormous restraint by the veteran stage actor Sten Arvidsson, has spent 34 years on the cranes. His daughter Ida (Nadia Kovač), a lasher, is the union steward on her shift. Her teenage son, Mikkel (the newcomer Elias Voss), spends his evenings playing a video game in which he operates a crane remotely, which is a little too neat as a metaphor and the film's one real misstep.

What Verbeek captures, better than any film about work I can remember, is the texture of a job done well: the shorthand on the radio, the way Ida reads a stack of containers like a page of text, the canteen jokes that are funny precisely because they have been told a hundred times. When a consultant arrives to talk about "the terminal of the future", nobody shouts. They simply look at each other.

> I did not want to make a film with villains. The people who design automated cranes are not villains. But I wanted people to see what it costs when a way of life becomes a line in a spreadsheet.
> — Oksana Verbeek, director, speaking after the screening

Arvidsson is extraordinary in the final act, when Jakob's retirement party, filmed in the same union hall on Quay Street that is serving as the strikers' headquarters this week, turns into something closer to a wake. Kovač matches him, particularly in a long argument in a car park that is the closest the film comes to a speech and is all the better for being interrupted by a ship's horn.

The screening was attended by several dozen members of the Harbour Workers' Federation, who had been given tickets by the festival. When the credits rolled, they stood first. Most of the audience followed.

This is not a perfect film; its final ten minutes reach for a symbolism the rest of it has wisely avoided. But it is humane, funny and deeply felt, and it deserves to be in contention when the Golden Lantern is awarded next week. Four stars.`,
  },
  {
    slug: 'estrova-presidential-vote-heads-to-run-off',
    title: 'Estrova presidential vote heads to run-off between Dragan Ilić and Noor Castellane',
    summary:
      'The nationalist Ilić led the first round with 38% but fell short of a majority. Former Lisvar mayor Castellane took 33% and hopes to win over the third-placed agrarian vote.',
    section: 'world',
    author: 'amara-okafor',
    tags: ['Elections', 'Meridian Union'],
    publishedDaysAgo: 14,
    body: `Estrova's presidential election will go to a run-off after no candidate won a majority in the first round, setting up a contest between the nationalist Dragan Ilić and the liberal former mayor of Lisvar, Noor Castellane, that will decide the direction of the country's relations with Varnholm and the wider Meridian Union.

With all districts declared, the central electoral commission said Ilić had won 38.2 per cent of the vote and Castellane 33.1 per cent. Teodor Baranek, leader of the agrarian Villages' Movement, came third with 17.4 per cent, and four minor candidates shared the rest. Turnout was 61 per cent. The run-off will be held in just over a week.

The result was closer than most polls had predicted. Ilić, who served six years as prime minister before standing for the presidency, had been expected to come near an outright majority on the strength of his hard line in the Orrin river dispute with Varnholm. Instead, his vote fell in the eastern provinces worst hit by the drought, where Baranek's promise of emergency aid for farmers drew heavy support.

READ MORE: estrova-heads-to-the-polls-with-border-trade-dominating-campaign

> The people have told us that they want to be protected, and they want to be heard. I have protected this country's interests for six years and I will go on doing so.
> — Dragan Ilić, Estrovan Renewal candidate

## The kingmaker

Baranek's voters are now the prize. The agrarian leader did not endorse either candidate on election night, saying he would consult his party's regional committees, but made clear that farm support and water would be his priorities. Castellane has already promised to use any Meridian Union drought funding to build shared water storage on the Orrin, a position that appeals to farmers but which Ilić has attacked as "handing our river to Port Averly".

> I will talk to anyone who wants to talk about water, about bread and about the villages. The question is not who is louder about the border. The question is who will make the river run.
> — Teodor Baranek, leader of the Villages' Movement

Analysts said Castellane began the second round as a narrow favourite. "Baranek's voters are rural, conservative and cross with the government," said Tomasz Vrba, a political scientist at the University of Lisvar. "That sounds like Ilić territory. But they are crosser with the government than they are conservative."

## Watching from Varnholm

In Port Averly, officials were careful not to express a preference, but business groups made little secret of theirs. The customs checks that Ilić's government imposed on Varnholm goods eighteen months ago have added hours to crossings at Vellmar and cost exporters an estimated 200 million florins a year. Castellane has promised to review them in her first month in office.

Meridian Union observers said the first round had been "competitive and well administered", though they noted concerns about the dominance of state television coverage by the governing party.`,
  },
  {
    slug: 'ai-bill-clears-first-reading-after-public-sector-amendment',
    title: 'AI bill clears first reading after late amendment on public-sector systems',
    summary:
      "The Algorithmic Accountability Bill passed by 96 votes to 51 after ministers dropped a three-year exemption for public bodies, following the suspension of a hospital's AI triage tool.",
    section: 'politics',
    author: 'amara-okafor',
    tags: ['Artificial Intelligence', 'Regulation', 'Parliament'],
    publishedDaysAgo: 15,
    body: `The Algorithmic Accountability Bill cleared its first reading in the National Assembly last night by 96 votes to 51, after the government abandoned a contested three-year exemption for public-sector bodies in the face of a likely defeat.

The amendment, tabled by the digital minister, Pieter Valk, less than 24 hours before the vote, means that hospitals, benefits offices, police forces and local councils will have to submit high-risk automated systems for independent audit within twelve months of the law taking effect, the same timetable as private companies. The original draft had given the public sector three years.

> We listened, and we changed our minds. When a public hospital has to switch off a system because it may have been treating older patients unfairly, it becomes very hard to argue that the state should be held to a lower standard than a bank.
> — Pieter Valk, Minister for Digital Affairs

READ MORE: port-averly-hospital-suspends-ai-triage-pilot-after-errors

## Cross-party support

The climbdown was prompted in large part by Port Averly General Hospital's decision to suspend its pilot of TriageAssist, an emergency-department tool, after an internal review found that it had under-prioritised some older patients with atypical symptoms. Within days, Green Labour, the Countryside Party and a group of Civic Alliance backbenchers had signalled support for an opposition amendment removing the exemption altogether.

With the government's own amendment in place, Green Labour voted for the bill, giving it a comfortable majority. The Coastal Front voted against, arguing that the law would "strangle Varnholm's technology industry in paperwork", and was joined by a handful of Civic Alliance members who have echoed industry complaints about the cost of audits.

Jonah Iversen, Green Labour's digital spokesperson, said his party would press for stronger measures at committee stage, including a public register of every high-risk system used by government bodies. "We have won the argument about the principle," he said. "Now we have to win it about the details."

READ MORE: government-unveils-algorithmic-accountability-bill

Industry groups gave a guarded response. Tobias Renn, director of the Varnholm Tech Forum, said the change on the public sector was "only fair" but that the bill still left small companies facing "the same compliance bill as a multinational". The forum wants audits subsidised for firms with fewer than 50 employees.

## What happens next

The bill now goes to the Assembly's digital affairs committee, which will examine it line by line over the coming weeks. Valk has faced questions about the number of meetings he held with large technology companies while the bill was being drafted, and the committee's chair, the Countryside Party member Elin Sørby, has said she intends to hear from civil society groups "at least as often as from industry".

The ministry has meanwhile set up an interim version of the new regulator, the Office for Algorithmic Standards, which will run pilot audits before the law takes effect.`,
  },
  {
    slug: 'port-averly-film-festival-opens-with-drought-drama',
    title: 'Port Averly film festival opens with drought drama ‘Dry Country’',
    summary:
      "Rasmus Halloran's film about a farming family in a parched Orrin Vale opened the Averly International Film Festival, which runs for ten days despite a 15% cut in public funding.",
    section: 'culture',
    author: 'helen-lindqvist',
    tags: ['Film', 'Festivals', 'Arts'],
    publishedDaysAgo: 16,
    body: `The Averly International Film Festival opened last night with *Dry Country*, Rasmus Halloran's drama about a farming family in Orrin Vale struggling through a summer without rain, a choice its director admitted had looked "almost too on the nose" once the real valley was declared a water emergency two weeks ago.

Halloran's film, shot two summers ago, follows the Tveit family as their wells fail, their cattle are sold and their eldest son considers leaving for a job in the city. It drew a long ovation from an audience of 1,100 at the Harbour Cinema, among them several dozen farmers from the valley who had been invited by the festival and brought in by coach for the screening.

> When we were filming, people in the valley told us we were exaggerating. Nobody says that now. I wish the film had aged worse.
> — Rasmus Halloran, director of Dry Country

## A leaner festival

This year's festival, the 38th, runs for ten days and features 112 films from 31 countries, including 14 in the main competition for the Golden Lantern. It is smaller than last year's, after organisers lost 15 per cent of their public funding in the government's budget, which cut the Varnholm Arts Council's grant by 14 per cent.

The festival has dropped two of its smaller venues and cancelled its popular free outdoor screenings on the harbour wall. Ines Marloe, the festival's director, said ticket prices had been held at last year's levels and the competition programme protected "at all costs".

READ MORE: film-festival-director-on-programming-in-a-year-of-strikes

The competition includes two films that speak directly to the country's current preoccupations: *The Tideline*, Oksana Verbeek's drama about a family of dockworkers in Port Averly, and *Nine Winters*, a debut by the Estrovan director Mila Jovanek set at a mountain checkpoint on the border between the two countries. Other contenders include a Kestrian thriller set on a fishing trawler and a three-hour documentary about a lighthouse keeper in the far north.

The opening night was also marked by the absence of the culture minister, Lars Emberg, who traditionally introduces the first film. A spokesperson said he had been detained by "parliamentary business". Several members of the festival's board said privately that they believed he had chosen to stay away after weeks of criticism over arts funding. In his place the festival's founder, the retired critic Vivienne Ashcombe, 84, gave a short speech urging the audience to "buy a ticket for something you would never normally see".

On the red carpet outside, a small group of theatre workers held placards reading "Culture is not a luxury" in protest at the arts cuts. They were joined briefly by Halloran and two of his cast before the screening began.

The festival runs until next week, when the Golden Lantern will be awarded by a jury chaired by the Kestrian director Hélène Darrieux.`,
  },
  {
    slug: 'port-averly-hospital-suspends-ai-triage-pilot-after-errors',
    title: 'Port Averly hospital suspends AI triage pilot after review finds errors',
    summary:
      "An internal review found the TriageAssist tool under-prioritised some older patients with atypical symptoms, raising questions about the AI bill's exemption for public bodies.",
    section: 'technology',
    author: 'amara-okafor',
    tags: ['Artificial Intelligence', 'Regulation'],
    publishedDaysAgo: 17,
    body: `Port Averly General Hospital has suspended its pilot of an artificial intelligence tool used to prioritise patients in its emergency department, after an internal review found that it had under-rated the urgency of some older patients whose symptoms did not match textbook descriptions.

The tool, TriageAssist, developed by the Port Averly company Sablemoor Health Systems, has been used since the spring to suggest an urgency score for each patient arriving at the emergency department, based on their symptoms, vital signs and medical history. Nurses made the final decision in every case, the hospital said, but staff had come to rely on its recommendations during busy periods.

The review, which examined about 9,000 cases over four months, found that the tool gave a lower urgency score than senior clinicians would have in around 3 per cent of cases involving patients over 75, most often those presenting with breathlessness, confusion or abdominal pain rather than classic chest pain. In at least four cases, the hospital said, patients had waited longer than they should have, though none is believed to have suffered lasting harm.

> The tool was good on average, and that is exactly the problem. Older patients are the ones who most often do not read the textbook. A system that is right for the typical patient and wrong for the frail one is not safe enough for us.
> — Dr Hanne Morrow, medical director of Port Averly General Hospital

## The company's response

Sablemoor Health Systems said it supported the suspension and was working with the hospital to retrain the model on a larger sample of older patients. Its chief executive, Gustav Ormond, said the problem had been found "because the hospital and our team were looking for exactly this kind of problem, which is how it should work".

## A test for the AI bill

The suspension lands in the middle of the debate over the government's Algorithmic Accountability Bill, which would require independent audits of high-risk AI systems, including those used in healthcare. As drafted, however, the bill gives public bodies, hospitals among them, three years longer than private companies to comply.

READ MORE: government-unveils-algorithmic-accountability-bill

Opposition politicians seized on the case. Green Labour's digital spokesperson, Jonah Iversen, said it showed the exemption was "indefensible" and announced that his party would table an amendment to remove it before the bill's first reading. Several Countryside Party and Civic Alliance members indicated they might support him.

The digital ministry said it would "study the review closely". Privately, officials acknowledged that the exemption, designed to give cash-strapped public services time to prepare, had become difficult to sustain.

Patients' groups warned against abandoning such tools altogether. Petronella Calloway of the Varnholm Patients' Association said waiting times in the emergency department had improved during the pilot and that the lesson was "to test these systems properly, not to pretend we can run a modern hospital without them".`,
  },
  {
    slug: 'grain-prices-climb-as-drought-shrinks-orrin-vale-harvest',
    title: 'Grain prices climb as drought shrinks Orrin Vale harvest forecast',
    summary:
      "The agriculture ministry now expects the valley's wheat harvest to be 30% below average, and wheat futures in Port Averly are up 18% in a month, with bakers warning of dearer bread.",
    section: 'business',
    author: 'sofia-marchetti',
    tags: ['Drought', 'Agriculture', 'Economy', 'Trade'],
    publishedDaysAgo: 18,
    body: `The price of wheat on the Port Averly commodities exchange has risen by 18 per cent in a month, after the agriculture ministry cut its forecast for this year's harvest in Orrin Vale, the country's main grain-growing region, by almost a third.

In a revised estimate published yesterday, the ministry said it expected the valley's wheat harvest to be around 30 per cent below the five-year average, and its barley crop down by as much as 40 per cent. Yields on the lighter soils near the Orrin river, where irrigation has been banned under emergency water restrictions, were expected to be the worst in at least half a century.

READ MORE: orrin-vale-declares-water-emergency-as-reservoirs-hit-record-low

## From field to loaf

Millers say the shortfall will reach consumers within weeks. Greta Holm, chief executive of Holm & Daughters, one of Varnholm's largest flour millers, said the company had been forced to buy more grain from northern Meridian Union countries, where harvests have been normal, at higher prices and with extra transport costs.

> We have bought everything we can from the valley, and it is not enough. Every tonne we import costs us more, and we cannot absorb that forever. Bread will cost more by the autumn. The only question is how much.
> — Greta Holm, chief executive of Holm & Daughters

The Varnholm Bakers' Guild said a standard loaf, which costs around 3.20 florins, could rise by 20 to 30 cents. Livestock farmers face their own squeeze: animal feed has risen even faster than wheat, and several dairy farmers in the valley said they had begun selling cattle they could no longer afford to feed.

The strike that began this week at Port Averly threatens to compound the problem. Bulk grain moves through a separate state-run quay that is unaffected by the stoppage at Lumen Freight's container terminals, but imports of fertiliser and some specialist feeds arrive in containers and are now stuck offshore.

## Inflation worries

Economists said food could add several tenths of a percentage point to inflation later in the year, complicating the picture for the Bank of Varnholm, which has been expected to begin cutting interest rates. "Food is a small share of the index, but it is the share people notice," said Kasper Lindahl, chief economist at Averly Commercial Bank.

The drought is also being felt in Estrova, where farmers in the eastern provinces report similar losses and the water shortage has become a central issue in the presidential campaign. Traders said the combined shortfall in the two countries was large enough to move prices across the southern Meridian Union.

Farmers' groups said the price rise offered little consolation. "High prices are only good for you if you have something to sell," said Ingrid Haavik, chair of the Vale Growers' Cooperative. "Most of my members are selling half of what they grew last year, and paying double for feed and diesel."

The agriculture minister, Agnes Brekke, said the government was pressing the Meridian Union to set up an emergency fund for drought-hit regions and hoped for a decision within weeks.`,
  },
  {
    slug: 'film-festival-director-on-programming-in-a-year-of-strikes',
    title: 'Festival director Ines Marloe on programming films in a year of strikes and cuts',
    summary:
      'Three days before the Averly International Film Festival opens, its director talks about a 15% funding cut, a competition full of docks and borders, and why she refused to shrink it.',
    section: 'culture',
    author: 'helen-lindqvist',
    tags: ['Film', 'Festivals'],
    publishedDaysAgo: 19,
    body: `Ines Marloe's office at the Harbour Cinema looks out on the container cranes of Lumen Freight's Eastern Terminal, and for the past two days she has been able to see exactly how many of them are moving. Since the dockworkers walked out, the answer has been none.

"It is a strange thing, to be putting on a festival about the world while the world is happening outside your window," she says, pouring coffee from a flask. "But that has always been the point of this festival. We are a port city. Things arrive here."

Marloe, 52, has run the Averly International Film Festival for seven years. This year's edition, which opens in three days, will be the leanest of her tenure. The festival's public grant was cut by 15 per cent in the government's budget, part of a 14 per cent reduction in funding for the Varnholm Arts Council, and she has had to find savings of around 600,000 florins.

READ MORE: arts-groups-warn-budget-cuts-will-close-regional-theatres

## What went, and what stayed

The outdoor screenings on the harbour wall, free and hugely popular, have gone. So have two satellite venues in the city's northern districts and a programme of industry workshops. What she refused to touch, she says, was the competition.

> You can cut the parties and the fireworks and nobody remembers. Cut the films, and the festival stops being a festival. It becomes a marketing event with a red carpet.
> — Ines Marloe, director of the Averly International Film Festival

The 14 films competing for the Golden Lantern were chosen before anyone knew a strike was coming, but the selection looks remarkably prescient. *The Tideline*, by the Port Averly director Oksana Verbeek, follows three generations of a dockworking family as automation arrives at the terminal. *Nine Winters*, from the young Estrovan director Mila Jovanek, is set at a checkpoint on the border between Estrova and Varnholm. The opening film, *Dry Country*, is about a farm in Orrin Vale in a drought.

"People will say we programmed the news," Marloe says, laughing. "We did not. These filmmakers were looking at the country more carefully than the rest of us were, three and four years ago. That is what artists do."

She has invited members of the Harbour Workers' Federation to the gala screening of Verbeek's film, and farmers from the Vale Growers' Cooperative to the opening night. Lumen Freight, she notes drily, has not been invited to anything, although "they are welcome to buy a ticket like everyone else".

Asked whether she fears that next year's funding will be cut again, Marloe pauses. "I fear it, yes," she says. "But I also think the audience will tell the politicians what they think. They usually do, in this city. Sometimes they do it by going on strike."`,
  },
  {
    slug: 'digital-minister-questioned-over-ai-bill-lobbying-meetings',
    title: 'Digital minister questioned over AI bill lobbying meetings',
    summary:
      'Ministry records show Pieter Valk met large technology firms fourteen times while the Algorithmic Accountability Bill was being drafted, and civil society groups only twice.',
    section: 'politics',
    author: 'kenji-watanabe',
    tags: ['Artificial Intelligence', 'Regulation', 'Parliament'],
    publishedDaysAgo: 19.5,
    body: `Pieter Valk, Varnholm's minister for digital affairs, faced questions in the National Assembly yesterday after ministry records showed he held fourteen meetings with large technology companies while his flagship artificial intelligence bill was being drafted, compared with two with civil society and consumer groups.

The records, released under freedom of information rules after a request by the Open Ledger Foundation, a digital rights group, cover the nine months before the Algorithmic Accountability Bill was published two weeks ago. They list meetings with, among others, the cloud computing company Northspire Systems, the recruitment software firm Arcwell and the Varnholm Tech Forum, which represents the country's technology industry.

> The minister has said this bill is about protecting citizens from automated decisions. The diary suggests he spent most of his time listening to the people who make those decisions. Citizens deserve to know what was said in those rooms.
> — Camille Aubry, director of the Open Ledger Foundation

## The exemption question

Opposition members focused in particular on the bill's three-year exemption for public-sector bodies and its relatively light treatment of AI used in recruitment. Green Labour's digital spokesperson, Jonah Iversen, noted that Arcwell, which sells automated CV-screening tools to public employers, had met the minister three times in the weeks before the exemption was added to the draft.

READ MORE: government-unveils-algorithmic-accountability-bill

Valk rejected any suggestion of impropriety. He told the Assembly that meeting companies that would be regulated by the law was "not a scandal but a necessity", and that his officials had held dozens of further meetings, including with unions, academics and patients' groups, that did not appear in his personal diary. The public-sector exemption, he said, had been requested by local councils and health boards, not by industry.

"I met the people whose technology we are regulating because I wanted to understand it," he said. "If the honourable member thinks a better law would have been written by someone who refused to talk to them, I look forward to reading his draft."

The exchange comes at a delicate moment for the bill, which faces its first reading within days. Startups have warned that its audit requirements could drive them abroad, while campaigners say it does not go far enough.

READ MORE: ai-startups-warn-audit-costs-could-push-them-abroad

## Calls for a register

Transparency campaigners used the row to renew calls for a statutory lobbying register, which Varnholm is one of only three Meridian Union members not to have. A private member's bill to create one was blocked by the governing coalition last year.

Elin Sørby, the Countryside Party member who chairs the Assembly's digital affairs committee, said she would ask Valk to explain the meetings to the committee, and that civil society groups would have "at least as much time with this committee as industry had with the minister".

Arcwell and Northspire Systems both said their meetings with the ministry had been "routine and appropriate".`,
  },
  {
    slug: 'averly-athletic-teenage-goalkeeper-keeps-title-hopes-alive',
    title: "Averly Athletic's teenage goalkeeper keeps title hopes alive",
    summary:
      'Emil Strand, 19, saved a stoppage-time penalty to seal a 1-0 win at Saltbridge City, his seventh clean sheet since replacing the injured Rasmus Kjær in goal in the autumn.',
    section: 'sport',
    author: 'kenji-watanabe',
    tags: ['Football', 'Title Race'],
    publishedDaysAgo: 20,
    body: `Emil Strand was not supposed to be Averly Athletic's goalkeeper this season. He was supposed to be on loan in the second tier, learning his trade at a club where mistakes matter less. Instead, after saving a stoppage-time penalty to seal a 1-0 win at Saltbridge City last night, he is the main reason Averly remain in the Premier Division title race.

The penalty, awarded for a handball by the Averly captain, Jonah Pike, in the 93rd minute, was struck low to Strand's right by Saltbridge's top scorer, Dominik Halász. Strand guessed correctly, got two hands to it and smothered the rebound before Halász could reach it. It was his seventh clean sheet in 12 league matches since he replaced the injured Rasmus Kjær, and the win moved Averly to within a point of the leaders, Calder Rovers, who were held 1-1 at Westmark Wanderers.

> He does not behave like a 19-year-old. He talks to the defenders like he has been doing this for fifteen years, and he never, ever looks scared. I have managed older goalkeepers who were much more nervous than him.
> — Ana Ribeiro-Lund, Averly Athletic manager

## From the docks to the goalmouth

Strand grew up in the Eastside district overlooking Port Averly's Eastern Terminal, where his father has worked as a crane operator for more than two decades. He joined Averly's academy at the age of eight and played as a striker until he was twelve, when a youth coach noticed he was the only child in the group who wanted to stand in goal during training games.

"I liked that the goalkeeper is the only one who is allowed to use his hands," he said after the match, grinning. "It seemed like a loophole."

His rise has been rapid. He made his first-team debut in a cup match last season, was called into the national under-21 squad in the summer and is now being watched by scouts from several larger clubs across the Meridian Union. Averly extended his contract in the autumn, reportedly with a substantial release clause.

READ MORE: calder-rovers-go-top-after-late-winner-against-halden-united

## The title picture

With eight games remaining, the race looks increasingly like a two-horse contest. Halden United, the champions, are seven points behind the leaders after three defeats in a row. Averly and Rovers still have to meet at Calder Park.

The Rovers manager, Fergus Holloway, was magnanimous. "Their keeper won them that game," he said. "We have to make sure he is not the one who wins them the league."

Kjær has now recovered from his knee injury but has yet to regain his place, and Ribeiro-Lund said she saw no reason to change. "Rasmus is a great professional and he understands," she said. "When someone is playing like Emil, you do not take the gloves off him."`,
  },
  {
    slug: 'dockworkers-walk-out-at-port-averly-as-lumen-freight-talks-collapse',
    title: 'Dockworkers walk out at Port Averly as talks with Lumen Freight collapse',
    summary:
      "The Harbour Workers' Federation began an indefinite strike at Varnholm's busiest port after Lumen Freight refused to rule out job cuts from automated cranes. No new talks are planned.",
    section: 'business',
    author: 'daniel-reyes',
    tags: ['Port Strike', 'Labour', 'Shipping'],
    publishedDaysAgo: 21,
    body: `Dockworkers at Port Averly walked off the job at 6am today, beginning an indefinite strike at the terminals operated by Lumen Freight after talks over pay and automation broke down late last night.

Around 4,300 members of the Harbour Workers' Federation, including crane operators, lashers, straddle-carrier drivers and maintenance staff, are taking part in the action, which has halted container handling at the Eastern Container Terminal and the Northern Quay. Lumen Freight's terminals handle around 70 per cent of Varnholm's container traffic.

Pickets gathered at the terminal gates before dawn, many wearing the federation's orange high-visibility vests, and a convoy of lorries that had arrived to collect containers was turned away. Police said the protest was peaceful.

## Machines and money

The dispute centres on Lumen Freight's plan to introduce remote-controlled cranes and automated straddle carriers at the Eastern Terminal over the next five years. The company says the investment is needed to compete with larger, increasingly automated ports elsewhere in the Meridian Union, and that it will need fewer but more highly skilled staff. The union is demanding a guarantee that no permanent job will be lost to automation for ten years, alongside a pay rise of 11 per cent over two years.

> Every port in the region is automating. If Port Averly does not, it will not keep its workers — it will lose its ships, and then it will lose everything. We have offered a fair package and we remain ready to talk.
> — Zoë Brandt, chief executive of Lumen Freight

Lumen Freight's final offer before the walkout was a 4 per cent pay rise and a commitment to "consult" on automation, without a job guarantee. The federation said the offer "did not contain a single promise worth the paper".

The union's position hardened after the government's budget, published ten days ago, created a 300-million-florin Port Modernisation Fund offering grants to port operators that invest in automated equipment. Federation leaders say the fund amounts to public money being used to cut jobs, and have demanded that any grants come with employment guarantees attached.

READ MORE: budget-promises-tax-relief-and-cuts-to-regional-transport

> They want to use our taxes to buy the machines that replace us. We are not against the future. We are against a future designed without us.
> — Łukasz Nowak, general secretary of the Harbour Workers' Federation

## Early warnings

Exporters warned that the impact would be felt quickly. Henrik Dahl, director of the Varnholm Exporters' Association, said many members had little spare warehouse space and would face penalties under supply contracts within days. Shipping lines said they would consider diverting vessels if the stoppage lasted beyond the weekend.

The government urged both sides to return to talks, and the National Mediation Office said it had offered its services. The labour minister, Josefine Ahl, said ministers had "no intention" of intervening in "a lawful dispute between an employer and its employees".

No new negotiations have been scheduled.`,
  },
  {
    slug: 'estrova-heads-to-the-polls-with-border-trade-dominating-campaign',
    title: 'Estrova heads to the polls with border trade dominating the campaign',
    summary:
      "Voters in Varnholm's eastern neighbour choose a president next week, with customs checks, the Orrin river dispute and drought-stricken farms at the centre of a bitter race.",
    section: 'world',
    author: 'helen-lindqvist',
    tags: ['Elections', 'Trade', 'Meridian Union'],
    publishedDaysAgo: 22,
    body: `In the Estrovan border town of Vellmar, the queue of lorries waiting to cross into Varnholm begins outside the petrol station on the main road and, on a bad day, stretches six kilometres back into the hills. Drivers eat in their cabs, sleep in lay-bys and complain, with unusual unanimity, about the government.

"Eighteen months ago I could do Lisvar to Port Averly and back in a day," said Goran Mitrev, who drives a refrigerated truck for a dairy cooperative. "Now it is a day and a half if I am lucky. Every hour here is money my company does not have."

Estrovans vote next week in the first round of a presidential election in which that queue has become a symbol. The checks on goods crossing to and from Varnholm, introduced by the government of Dragan Ilić in a dispute over water-sharing on the Orrin river, are popular with his supporters as a show of strength. To businesses along the border, they are a slow-motion disaster.

## A river between them

The dispute dates back to a 1987 treaty that obliges Estrova to release a minimum flow from its Vessel Dam into the Orrin, which flows west into Varnholm and waters the farmland of Orrin Vale. Ilić, who served six years as prime minister before standing for the presidency, argues that the treaty's terms are outdated and leave Estrovan farmers short in dry years. When Varnholm refused to renegotiate outside the Meridian Union's water commission, his government imposed additional customs inspections.

> Our rivers are not a gift to our neighbours. Estrova will share what it can, when it can, on terms Estrovans decide. Nobody will bully us with trade rules.
> — Dragan Ilić, Estrovan Renewal candidate, at a rally in Lisvar

The drought now gripping the region has given his argument new force in the countryside. But it has also strengthened his main rival, Noor Castellane, the former mayor of Lisvar, who argues that the dispute has made Estrova poorer without producing a single extra litre of water. She has promised to lift the checks and negotiate a new water agreement within a year.

READ MORE: orrin-vale-declares-water-emergency-as-reservoirs-hit-record-low

Polls suggest neither candidate will win outright, pushing the contest into a run-off. The third candidate, the agrarian leader Teodor Baranek, has drawn strong support in the drought-hit eastern provinces and could decide the outcome.

## Watching from the west

Officials in Port Averly have been careful to avoid any appearance of taking sides, but Varnholm's business community makes little secret of its hopes. The Varnholm Exporters' Association estimates that the checks cost its members 200 million florins a year.

"We are not voting," said Henrik Dahl, the association's director. "But we are counting."

In Vellmar, Mitrev said he would vote for whoever promised to shorten the queue. "I do not care about the river," he said, then paused. "That is not true. Everybody cares about the river now. But I care about the queue more."`,
  },
  {
    slug: 'arts-groups-warn-budget-cuts-will-close-regional-theatres',
    title: 'Arts groups warn budget cuts will close regional theatres',
    summary:
      "A 14% cut to the Varnholm Arts Council's grant could force theatres in Halden Reach and Calder to close, arts leaders say, as the culture minister insists the reductions are manageable.",
    section: 'culture',
    author: 'amara-okafor',
    tags: ['Budget', 'Arts'],
    publishedDaysAgo: 23,
    body: `Leaders of Varnholm's theatres, orchestras and festivals have warned that cuts to arts funding in the government's budget could force several regional venues to close within a year, in an open letter signed by more than 400 artists and cultural organisations.

The budget, presented by the finance minister, Ruth Adeyemi-Kraal, last week, reduces the Varnholm Arts Council's annual grant by 14 per cent, or about 38 million florins. The council distributes most of its money to around 300 organisations outside the capital, and its chair, Benedikt Orsen, said the cut would have to be passed on "almost in full".

> We can make the big national companies leaner. We cannot make a small theatre in a northern town a little bit open. It is open or it is closed, and some of them will close.
> — Benedikt Orsen, chair of the Varnholm Arts Council

## Most at risk

The letter names several organisations that it says are at immediate risk, including the Halden Reach Playhouse, the only professional theatre in the north, and the Calder Civic Orchestra, which plays around 60 concerts a year in schools and care homes. The Averly International Film Festival, which opens next week, has been told its grant will fall by 15 per cent.

At the Halden Reach Playhouse, the artistic director, Yara Solvik, said the theatre's grant of 1.4 million florins made up almost half its income. "We sell out most nights," she said. "We are not failing. We are just small, and far from the capital, and that makes us easy to cut."

READ MORE: budget-promises-tax-relief-and-cuts-to-regional-transport

The signatories include the director of the National Theatre, Tilde Rasmussen, whose own company faces a smaller percentage cut. Rasmussen said she had signed "because the national companies will survive this and the regional ones may not, and that is the wrong way round".

## The government's response

The culture minister, Lars Emberg, said he understood the concern but that the cuts were part of a wider effort to repair the public finances while paying for income tax relief and investment in new industries such as semiconductors. He said the council had been asked to protect organisations outside the capital "as far as possible", and that ministers would consider a separate fund for regional venues in next year's budget.

"Nobody goes into politics to cut funding for theatres," Emberg said. "But every minister in this government has had to make choices this year, and I will not pretend that culture can be the only exception."

Opposition parties seized on the letter. Green Labour pledged to reverse the cuts in full if it wins the next election, and several Countryside Party members, whose rural constituencies include some of the threatened venues, said privately that they were uneasy. The party is already pressing for changes to the budget's cuts to regional rail.

The Arts Council will announce individual grants in six weeks. Several organisations said they had already begun consulting staff about possible redundancies.`,
  },
  {
    slug: 'ai-startups-warn-audit-costs-could-push-them-abroad',
    title: 'AI startups warn audit costs could push them abroad',
    summary:
      'Founders say the independent audits required by the Algorithmic Accountability Bill could cost up to 200,000 florins per system, and some are weighing a move to neighbouring Kestria.',
    section: 'technology',
    author: 'daniel-reyes',
    tags: ['Artificial Intelligence', 'Regulation', 'Investment'],
    publishedDaysAgo: 24,
    body: `Lise Okonkwo-Berg has a spreadsheet she shows to anyone who asks about the government's artificial intelligence bill. One column lists the costs of running Cobalt Reasoning, the Port Averly company she co-founded three years ago, which builds software that helps insurers assess claims. The other holds her best estimate of what it would cost to comply with the Algorithmic Accountability Bill. The second column is uncomfortably close to the first.

"We have 31 employees and three products that would probably count as high-risk under the bill," she said at the company's office, a converted sail loft on the waterfront. "If each one needs an independent audit every two years, that is a senior engineer's salary, every year, spent on paperwork. For a multinational, it is a rounding error. For us, it is a hiring freeze."

The bill, published last week, would require organisations deploying AI in "high-risk" areas, including hiring, credit, insurance, healthcare, education and policing, to commission independent audits before putting systems into use and at regular intervals afterwards. The audits would be carried out by accredited firms under standards set by a new regulator, the Office for Algorithmic Standards.

READ MORE: government-unveils-algorithmic-accountability-bill

## A question of scale

The Varnholm Tech Forum, which represents around 600 technology companies, surveyed its members and estimates that a single audit could cost between 60,000 and 200,000 florins, depending on the complexity of the system. Its director, Tobias Renn, said the forum supported the principle of the law but wanted a lighter regime for small companies.

> Nobody in this industry is arguing that AI used to decide who gets a loan or a job should be unregulated. We are arguing that the rules should not be written as if every company were a multinational with a legal department on three floors.
> — Tobias Renn, director of the Varnholm Tech Forum

Some founders are already looking across the border. Kestria, Varnholm's southern neighbour, is drafting its own AI rules under a common Meridian Union framework, and is expected to set a higher threshold for mandatory audits and to offer subsidised testing for startups. Okonkwo-Berg said Cobalt had held "exploratory conversations" with Kestria's investment agency.

Investors say the uncertainty is already affecting decisions. Freya Lund, a partner at the Port Averly venture firm Saltglass Capital, said two companies in her portfolio had delayed funding rounds until the detail of the audit regime became clearer. "Capital does not like not knowing," she said.

## The other side

Digital rights campaigners argue that the costs are overstated and the risks understated. Camille Aubry, director of the Open Ledger Foundation, pointed out that audits would apply only to systems making consequential decisions about people's lives. "If you are building a product that decides whether someone's insurance claim gets paid, you should be able to show it works fairly," she said. "That is not red tape. That is the job."

The digital ministry said the detailed requirements would be set in regulations after consultation, and that ministers were "open to proportionate arrangements" for smaller firms.`,
  },
  {
    slug: 'economists-question-growth-forecast-behind-varnholm-budget',
    title: "Economists question growth forecast behind Varnholm's budget",
    summary:
      "The finance ministry's 2.1% growth forecast sits well above the independent consensus of 1.5%, leaving the budget's tax relief and deficit target exposed if the economy slows.",
    section: 'business',
    author: 'sofia-marchetti',
    tags: ['Budget', 'Economy'],
    publishedDaysAgo: 26,
    body: `The growth forecast at the heart of Varnholm's budget is significantly more optimistic than independent projections, economists said yesterday, raising questions about whether the government can deliver its promised tax relief without missing its deficit target.

The finance ministry expects the economy to grow by 2.1 per cent this year, a figure that underpins its projection of higher tax receipts and a deficit of 2.4 per cent of national output. A survey of eleven independent forecasters by the Averly Institute for Economic Research found a median expectation of 1.5 per cent, with none higher than 1.9 per cent.

> The gap is not enormous in a single year, but it compounds. If growth comes in at one and a half rather than two, the government either borrows more, cuts more, or quietly drops some of what it has promised. There is no fourth option.
> — Professor Lena Varga, director of the Averly Institute for Economic Research

## Where the optimism comes from

Finance ministry officials say their forecast reflects a boost from new investment, above all the 4.2-billion-florin semiconductor plant that Halvard Semiconductors is building in Halden Reach, and a recovery in consumer spending as inflation eases. They also point to the budget's income tax relief, which raises the threshold for the higher rate and is expected to leave a typical middle-income household around 600 florins a year better off.

Independent economists broadly accept those drivers but say the ministry has been generous in its assumptions. Construction of the chip plant will add to growth, but production is not expected to begin until late next year. And households, several noted, have so far used falling inflation to rebuild their savings rather than to spend.

READ MORE: budget-promises-tax-relief-and-cuts-to-regional-transport

## Risks on the horizon

Economists also flagged risks that were barely mentioned in the budget documents. A deepening drought in Orrin Vale is expected to cut agricultural output sharply this year and could push up food prices. Labour relations at Port Averly are tense, with the Harbour Workers' Federation threatening industrial action in a dispute with the terminal operator Lumen Freight over automation.

"A serious stoppage at the port would take a visible bite out of exports," said Kasper Lindahl, chief economist at Averly Commercial Bank, who expects growth of 1.6 per cent. "The budget assumes a year in which nothing much goes wrong. Those years are rarer than they used to be."

The finance minister, Ruth Adeyemi-Kraal, defended the forecast in an interview with the national broadcaster, saying the ministry's projections had been "more accurate than the consensus in four of the last five years". She said the government had built a contingency reserve into its plans precisely in case growth disappointed.

Bond markets were unmoved by the debate. Yields on ten-year government bonds were little changed, reflecting investors' confidence that Varnholm's public debt, at around 48 per cent of national output, remains among the lowest in the Meridian Union.

Opposition parties were less sanguine. Green Labour's finance spokesperson, Matilde Rask, said the budget was "built on sand", and that its cuts to regional rail would be "just the first of many" if the forecasts proved wrong.`,
  },
  {
    slug: 'chip-plant-subsidy-splits-governing-coalition',
    title: "Chip plant subsidy splits Varnholm's governing coalition",
    summary:
      "The Countryside Party backed 1.1 billion florins of state support for Halvard Semiconductors only after winning a promise that the plant's water licence would be reviewed if the drought worsens.",
    section: 'politics',
    author: 'daniel-reyes',
    tags: ['Semiconductors', 'Investment', 'Parliament'],
    publishedDaysAgo: 27,
    body: `A 1.1-billion-florin package of state support for Halvard Semiconductors' planned chip plant in Halden Reach was approved by the National Assembly last night, but only after a week of open conflict within the governing coalition that exposed deep unease among rural members about the plant's demands on the Orrin river.

The package, which combines direct grants, tax credits and a state-funded electricity substation, passed by 81 votes to 68. It was supported by most of the Civic Alliance and the Countryside Party, Prime Minister Tomas Hallberg's junior partner, as well as a handful of opposition members from the north.

READ MORE: halvard-semiconductors-picks-halden-reach-for-chip-plant

## A clause for the valley

The Countryside Party had threatened to abstain unless the government addressed its concerns about water. Under the plant's existing licence, Halvard could draw up to nine million litres a day from the upper Orrin once fully operational, water that farmers downstream in Orrin Vale, where a formal water emergency was declared this week, say they cannot spare.

After two days of talks, the party secured a written commitment that the Orrin Basin Water Board would review the licence if drought conditions worsened, and that part of the subsidy would be spent on training local workers rather than recruiting from abroad.

> We are not against this factory. We want it to succeed. But a factory that takes the valley's water in a drought year will not have many friends in the valley. We have made sure that question will be asked, and answered, in public.
> — Agnes Brekke, leader of the Countryside Party and agriculture minister

READ MORE: orrin-vale-declares-water-emergency-as-reservoirs-hit-record-low

Several Civic Alliance members were openly irritated by the concessions. One senior backbencher, speaking on condition of anonymity, said the Countryside Party was "holding a once-in-a-generation investment hostage to a weather forecast". The finance minister, Ruth Adeyemi-Kraal, who negotiated the deal, described it as "a sensible insurance policy" that would not deter the company.

## Opposition divided

The opposition was split. Green Labour voted against, arguing that the money would be better spent on housing and public transport, and that the budget had cut regional rail while handing a gift to a private company. But four of its members representing northern constituencies, including both of Halden Reach's representatives, broke ranks to support the package.

Halvard's chief executive, Viktor Ansel, welcomed the vote and said the company had "no difficulty" with the review clause. "We would rather the licence was examined now, in daylight, than challenged later in the courts," he said.

Economists noted that the subsidy, equivalent to about a quarter of the plant's cost, was in line with support offered by other Meridian Union governments competing for semiconductor investment. Critics said it was nonetheless a large bet on a single company. "If it works, Halden Reach is transformed," said Professor Lena Varga of the Averly Institute for Economic Research. "If it does not, it will be a very expensive lesson in industrial policy."

Relations within the coalition remain strained, with the Countryside Party also objecting to the budget's cuts to regional rail.`,
  },
  {
    slug: 'orrin-vale-declares-water-emergency-as-reservoirs-hit-record-low',
    title: 'Orrin Vale declares water emergency as reservoir hits record low',
    summary:
      'With the Kellan Reservoir at 23% of capacity after seven dry weeks, the Orrin Basin Water Board has banned irrigation from the river and imposed hosepipe bans on 300,000 people.',
    section: 'world',
    author: 'helen-lindqvist',
    tags: ['Drought', 'Climate', 'Agriculture'],
    publishedDaysAgo: 29,
    body: `The Orrin Basin Water Board declared a formal water emergency across Orrin Vale yesterday, banning the use of river water for irrigation and imposing household restrictions on around 300,000 people, after the valley's main reservoir fell to its lowest level since records began.

The Kellan Reservoir, which supplies drinking water to the valley and to the eastern suburbs of Port Averly, stood at 23 per cent of capacity, compared with a seasonal average of 68 per cent. The valley has had less than 5mm of rain in seven weeks, and temperatures have been three to four degrees above normal for most of that time.

> We have run out of ordinary options. An emergency declaration lets us put drinking water, hospitals and livestock ahead of everything else. Nobody on this board took that decision lightly, and we know what it means for farms.
> — Mateus Quill, chair of the Orrin Basin Water Board

## What the emergency means

Under the declaration, farmers may no longer draw water from the Orrin or its tributaries for irrigation, except under permits for livestock. Households face a ban on hosepipes, garden sprinklers and filling private pools, and car washes must use recycled water. Industrial users, including food processors and a paper recycling plant at Orrin Cross, have been asked to cut consumption by a fifth.

For the valley's growers, the timing could hardly be worse. Spring-sown barley and maize are at the stage when they most need water, and many farms on the lighter soils nearest the river rely almost entirely on irrigation in dry years. Ingrid Haavik, who chairs the Vale Growers' Cooperative, called it "the decision everyone feared" and said some of her members would lose a whole year's income.

## An upstream question

The emergency has also revived questions about water use upstream. The Orrin rises in the Estrovan highlands, where its flow is governed by releases from Estrova's Vessel Dam under a 1987 treaty that the two countries have been arguing over for eighteen months. Estrovan officials say the dam is releasing the treaty minimum; Varnholm's farmers say the minimum was set for a different climate.

Closer to home, some farmers have questioned the licence granted last year to Halvard Semiconductors to draw water from the upper Orrin for its planned chip plant at Halden Reach. The plant is not yet built and currently draws very little, but the Countryside Party, which represents many valley farmers, wants the licence reviewed before the state support package for the factory is put to a vote.

READ MORE: halvard-semiconductors-picks-halden-reach-for-chip-plant

Climatologists at the Varnholm Meteorological Institute said the drought was consistent with the long-term trend towards hotter, drier summers in the southern Meridian Union. "A season like this used to be a once-in-a-century event," said Dr Saoirse Malloy, a senior climatologist at the institute. "Our models now suggest it could happen once or twice a decade by the middle of the century."

The water board said the emergency would remain in place until the reservoir had recovered to at least 40 per cent of capacity.`,
  },
  {
    slug: 'budget-promises-tax-relief-and-cuts-to-regional-transport',
    title: 'Budget promises tax relief but deeper cuts to regional transport',
    summary:
      'Finance Minister Ruth Adeyemi-Kraal raised the higher-rate income tax threshold and backed a chip plant and port automation, while cutting 640 million florins from regional transport.',
    section: 'politics',
    author: 'amara-okafor',
    tags: ['Budget', 'Economy', 'Parliament'],
    publishedDaysAgo: 31,
    body: `Varnholm's finance minister, Ruth Adeyemi-Kraal, presented a budget yesterday that combines income tax relief for middle earners with deep cuts to regional transport and the arts, in what she described as "a budget for the next economy, not the last one".

The centrepiece is an increase in the threshold at which workers begin paying the higher 38 per cent rate of income tax, from 62,000 to 70,000 florins, which the finance ministry says will save a typical middle-income household around 600 florins a year. The measure will cost about 1.3 billion florins annually.

> We are asking people to trust that a leaner state and a more productive economy will serve them better than the status quo. I believe they will. Every florin we leave in people's pockets is a florin better spent than most of what government could do with it.
> — Ruth Adeyemi-Kraal, Minister of Finance

## Investment and automation

The budget sets aside up to 1.1 billion florins over four years to support Halvard Semiconductors' planned chip plant in Halden Reach, subject to a separate vote in the National Assembly, and creates a 300-million-florin Port Modernisation Fund offering grants to port operators that invest in automated cranes and other equipment. Ministers say both are essential if Varnholm is to compete with larger economies in the Meridian Union.

READ MORE: halvard-semiconductors-picks-halden-reach-for-chip-plant

## The cuts

To pay for the tax relief and new investment while bringing the deficit down to 2.4 per cent of national output, the budget trims spending across most departments. Regional transport bears the heaviest reductions: subsidies for regional rail and bus services will fall by 640 million florins over three years, with reduced timetables planned on the Orrin Vale line and the northern branch to Halden Reach. The Varnholm Arts Council's grant will fall by 14 per cent.

The opposition was swift to attack. The Green Labour leader, Marguerite Osei, said the budget "gives with one hand to people who already have and takes with the other from people who have to catch a bus". Rune Vestergaard, leader of the Coastal Front, called the tax cut "too timid" and demanded a flat income tax.

More troubling for the government was the reaction within its own coalition. Countryside Party members, who represent many of the rural communities served by the threatened rail lines, said they could not support the transport cuts in their current form. Agnes Brekke, the party's leader, said she would "seek changes" before the final vote.

The Harbour Workers' Federation criticised the Port Modernisation Fund, which it said would "subsidise the replacement of skilled workers with machines". The federation is in pay talks with Lumen Freight, the largest terminal operator at Port Averly, which has set out plans to automate parts of its operations.

Economists gave the budget a mixed reception, welcoming the deficit target but questioning whether the finance ministry's forecast of 2.1 per cent growth was realistic. The budget will be put to a confidence vote in the Assembly in the coming weeks.`,
  },
  {
    slug: 'government-unveils-algorithmic-accountability-bill',
    title: 'Government unveils Algorithmic Accountability Bill with audits for high-risk AI',
    summary:
      'AI systems used in hiring, lending, healthcare and policing would need independent audits under a bill published by digital minister Pieter Valk, with fines of up to 4% of turnover.',
    section: 'technology',
    author: 'kenji-watanabe',
    tags: ['Artificial Intelligence', 'Regulation', 'Parliament'],
    publishedDaysAgo: 33,
    body: `Companies and public bodies that use artificial intelligence to make important decisions about people would have to submit their systems to independent audits under legislation published by the Varnholm government yesterday.

The Algorithmic Accountability Bill, the most ambitious attempt yet by a Meridian Union member to regulate AI, defines a category of "high-risk" systems, those used in hiring, lending, insurance, healthcare, education, policing and the administration of benefits, and requires them to be audited for accuracy, bias and security before they are deployed and every two years afterwards.

> Automated systems are already deciding who gets an interview, who gets a loan and how quickly someone is seen in an emergency department. People have a right to know that those systems have been tested by someone other than the people selling them.
> — Pieter Valk, Minister for Digital Affairs

## A new regulator

The bill would create an Office for Algorithmic Standards, with powers to accredit auditors, investigate complaints and impose fines of up to 4 per cent of a company's annual turnover. People affected by a high-risk system would gain a right to an explanation of the decision and to have it reviewed by a human.

Private companies would have twelve months from the law's commencement to comply. Public-sector bodies, including hospitals, councils and the police, would have three years, a provision the ministry said reflected the financial pressures on public services.

That exemption drew immediate criticism. Camille Aubry, director of the digital rights group Open Ledger Foundation, said it was "perverse" to hold the state to a lower standard than a bank. "When the government gets it wrong, you cannot switch providers," she said.

Industry reaction was cautious. The Varnholm Tech Forum said it welcomed "clear rules" but would study the costs of the audit regime carefully, particularly for smaller companies. Several startup founders said privately that they feared the bill could make Varnholm less attractive than neighbouring Kestria, which is drafting lighter rules.

## Part of a wider strategy

The bill is the second pillar of the government's "Digital Varnholm" strategy, unveiled alongside this week's announcement that Halvard Semiconductors would build a 4.2-billion-florin chip plant in Halden Reach. Ministers say they want Varnholm to be known both as a place to build advanced technology and as a place where it is used responsibly.

READ MORE: halvard-semiconductors-picks-halden-reach-for-chip-plant

"We want to prove that those two ambitions are not in tension," Valk said at a press conference at the digital ministry. "Trustworthy technology is better technology, and it sells better, too."

The bill is expected to have its first reading in the National Assembly within six weeks. Green Labour, the main opposition party, said it supported the principle of the legislation but would seek to remove the public-sector exemption.`,
  },
  {
    slug: 'calder-rovers-go-top-after-late-winner-against-halden-united',
    title: 'Calder Rovers go top after late winner against Halden United',
    summary:
      "Mattias Oyelaran's 89th-minute header gave Rovers a 2-1 win at Calder Park and a one-point lead over Averly Athletic with ten games of the Premier Division season left to play.",
    section: 'sport',
    author: 'sofia-marchetti',
    tags: ['Football', 'Title Race'],
    publishedDaysAgo: 34,
    body: `Mattias Oyelaran rose highest at the far post in the 89th minute to head Calder Rovers to a 2-1 win over Halden United at Calder Park last night, sending his side to the top of the Premier Division for the first time this season with ten matches remaining.

The victory lifts Rovers one point above Averly Athletic, who were held to a goalless draw at Orrin Town earlier in the day, and leaves Halden United, the champions, four points behind in third.

It was a match Rovers had appeared to be throwing away. Leading through a first-half penalty from their captain, Liam Dorsey, they conceded an equaliser on the hour when Halden's Ilias Fenwick volleyed in from a corner, and for twenty minutes the visitors, chasing a fourth consecutive title, looked the more likely winners.

> I have been here three seasons and we have never been top. The boys in the dressing room are trying to act cool about it. They are failing.
> — Mattias Oyelaran, Calder Rovers striker

## Holloway's long project

The result is a significant moment for the manager, Fergus Holloway, who took over a club in the second tier four years ago and has rebuilt it on a modest budget around academy players and bargain signings. Oyelaran, 26, arrived from the Kestrian club Saltmere Harbour for 900,000 florins and now leads the league's scoring charts with 17 goals.

Holloway was careful not to get carried away. "Top with ten to play is a nice photograph," he said. "Top after the last game is a trophy. We have ten more of these, and one of them is against a team from Port Averly with a goalkeeper who does not seem to concede."

That was a reference to Emil Strand, Averly's teenage goalkeeper, who has kept five clean sheets in eight games since replacing the injured Rasmus Kjær and is fast becoming one of the league's most talked-about players.

READ MORE: averly-athletic-teenage-goalkeeper-keeps-title-hopes-alive

## A town's long wait

Calder Rovers last won the league in 1998, when the town's steelworks still employed eight thousand people. The works closed a decade later, and the club's fortunes fell with it, culminating in relegation and a near-bankruptcy in which supporters raised money to pay the players' wages.

The crowd of 23,400 was the largest at Calder Park in more than a decade, and many supporters stayed long after the final whistle. "My dad took me to the title-winning game," said Alan Kerr, 41, a season-ticket holder who had travelled from his job on an offshore wind farm. "I would quite like to take my daughter to the next one."

The Halden United manager, Piet Aalders, said his side had "no complaints" and that the title race was "far from finished".`,
  },
  {
    slug: 'halvard-semiconductors-picks-halden-reach-for-chip-plant',
    title: 'Halvard Semiconductors picks Halden Reach for 4.2bn-florin chip plant',
    summary:
      'The Port Averly chipmaker will build its first fabrication plant on former railway land in the northern town, promising 1,800 jobs and power chips leaving the line by the end of next year.',
    section: 'technology',
    author: 'kenji-watanabe',
    tags: ['Semiconductors', 'Investment', 'Economy'],
    publishedDaysAgo: 36,
    body: `Halvard Semiconductors will build a 4.2-billion-florin chip fabrication plant in Halden Reach, the company confirmed yesterday, ending months of competition between Varnholm's regions for what will be the largest private investment in the country's history.

The plant, to be built on 60 hectares of former railway sidings on the eastern edge of the town, will produce power semiconductors, the chips that control the flow of electricity in electric vehicles, wind turbines and industrial machinery, rather than the cutting-edge processors used in phones and computers. Halvard expects to employ around 1,800 people at full production, with the first chips leaving the line by the end of next year.

> Power electronics is where the energy transition actually happens. Every wind turbine, every electric bus, every heat pump needs these chips, and today almost none of them are made in the Meridian Union. We intend to change that, and we intend to do it in Halden Reach.
> — Viktor Ansel, chief executive of Halvard Semiconductors

## Why Halden Reach

Halden Reach beat bids from Calder and a coastal site near Skarvik. Ansel said the deciding factors were a large flat site with rail access, a reliable supply of electricity from the northern hydro network, and access to water from the upper Orrin river, which the plant will need for cleaning wafers. The company holds a licence to draw up to nine million litres a day at full capacity, and says it will recycle around 80 per cent.

For the town, the announcement is transformative. Halden Reach lost around 2,000 jobs when its paper mill closed three years ago, and its population has fallen by almost a tenth in a decade. The mayor, Oona Lindgren, said residents had gathered in the town square to watch the announcement on a screen outside the town hall.

"People cried," she said. "I am not exaggerating. For twenty years, every announcement about Halden Reach has been about something closing. This one is about something opening."

## The state's role

The government has offered a support package expected to be worth around 1.1 billion florins in grants, tax credits and infrastructure, which will need the approval of the National Assembly. Finance ministry officials said the details would be set out in the forthcoming budget.

READ MORE: chip-plant-subsidy-splits-governing-coalition

Not everyone is celebrating. Farmers' groups in Orrin Vale, downstream of the site, said they wanted assurances that the plant's water use would not come at the expense of irrigation in dry years. The valley has seen almost no rain for more than five weeks.

Analysts called the investment a significant vote of confidence in Varnholm's economy, but cautioned that semiconductor projects frequently run over budget and behind schedule. "This is a very big bet for a medium-sized company," said Noemi Farrant, an industrials analyst at Brightmere Securities. "If demand for power chips holds up, it will look inspired. If it does not, the state will be asked to help again."`,
  },
  {
    slug: 'tour-of-varnholm-adds-gravel-stage-through-orrin-vale',
    title: 'Tour of Varnholm adds gravel stage through Orrin Vale farm tracks',
    summary:
      "This year's nine-day race will include 42 kilometres of unpaved farm roads on stage six, a test that organisers call a celebration of the valley and some riders call a lottery.",
    section: 'sport',
    author: 'kenji-watanabe',
    tags: ['Cycling', 'Drought'],
    publishedDaysAgo: 38,
    body: `The Tour of Varnholm will send its riders across 42 kilometres of gravel farm tracks in Orrin Vale this year, organisers announced yesterday, in the boldest change to the race's route in its 61-year history.

Stage six, from Sennick to Orrin Cross, will include nine unpaved sectors on the tracks that farmers use to move machinery between fields, some of them barely wider than a tractor. The race director, Pascale Ventour, said the stage was designed to show off the valley's landscape and to reward "riders who can read a road rather than just ride it".

> Every great race has a day people talk about for years afterwards. We think this will be ours. The valley has given us its roads, and we want the world to see them.
> — Pascale Ventour, race director of the Tour of Varnholm

## The route

The nine-stage race opens with a short time trial along the waterfront in Port Averly, heads north through Calder and Halden Reach to a mountain finish at Vestra Pass on stage four, then swings south into the valley before finishing in the capital. At 1,380 kilometres it is slightly shorter than last year's edition but includes more climbing.

The gravel stage has divided the peloton. Jonas Eklund, the Varnholm rider who finished second last year and is expected to lead the home challenge, welcomed it. "It rewards bike handling rather than luck," he said. "I grew up riding these kinds of roads."

Others were less enthusiastic. Aurélien Moss, last year's winner, said a single puncture on a gravel sector could cost a contender the race. "It is exciting for television," he said. "For the riders, it is a lottery ticket."

READ MORE: tour-of-varnholm-drops-gravel-stage-over-wildfire-risk

## Concerns in the valley

The choice of Orrin Vale has also raised eyebrows among farmers and local officials. The valley has had very little rain for more than five weeks, and the tracks are already thick with dust. The Vale Fire and Rescue Service said it would assess the risk of grass fires closer to the date, while the Vale Growers' Cooperative asked organisers to keep spectators out of fields.

Ventour said the race would work closely with fire services and would adjust the route "if conditions required it", but that she was confident the stage could go ahead safely. Villages along the route, including Sennick and Harlowe, have welcomed the prospect of thousands of visitors and have begun planning fan zones.

The race will be broadcast live in 28 countries, and the participating teams will be confirmed next month.`,
  },

  // ── Drafts (visible to staff only) ────────────────────────────────────────────────────────────
  {
    slug: 'what-castellane-victory-means-for-varnholm-border-trade',
    title: "What Castellane's victory means for Varnholm's border trade",
    summary:
      "Estrova's president-elect has promised to lift customs checks on Varnholm goods within a month. Exporters are hopeful, but the water dispute behind the checks has not gone away.",
    section: 'politics',
    author: 'amara-okafor',
    tags: ['Elections', 'Trade', 'Meridian Union'],
    publishedDaysAgo: 0,
    status: 'draft',
    body: `When Noor Castellane takes office in Lisvar next month, one of her first signatures is expected to be on an order reviewing the customs checks that have slowed traffic at the Vellmar crossing for a year and a half. For Varnholm's exporters, who estimate that the checks cost them 200 million florins a year, that single document may matter more than anything else in the new Estrovan president's programme.

But the checks were never really about customs. They were introduced by the outgoing government of Dragan Ilić as leverage in a dispute over how much water Estrova's Vessel Dam must release into the Orrin river, and that dispute is, if anything, more acute now than when it began.

READ MORE: castellane-wins-estrova-run-off-and-pledges-customs-talks

## The easy part

Lifting the checks is within Castellane's power and would be popular with the border towns that voted heavily for her. Officials in Port Averly expect queues at Vellmar to shrink within weeks of any order, and hauliers say a return to same-day round trips between Lisvar and Port Averly would cut costs by as much as a fifth for some routes.

> If the checks go, we will see the benefit in the first month. Our members have been building an extra day into every eastbound delivery. That is an enormous amount of wasted time and diesel.
> — Henrik Dahl, director of the Varnholm Exporters' Association

The timing would also help Port Averly's recovery from the three-week dock strike, during which some cargo was rerouted through the Estrovan river port of Dunmarrow and then trucked across the border at Vellmar.

READ MORE: meridian-neighbours-reroute-cargo-as-varnholm-port-dispute-drags-on

## The hard part

The water question is another matter. Castellane has promised a new agreement that would "share scarcity fairly", and has floated the idea of joint storage reservoirs financed partly by the Meridian Union's emergency drought fund. Varnholm's government has welcomed the tone but has not said whether it is prepared to accept lower minimum flows in dry years, which is what Estrovan farmers want.

Varnholm's foreign minister, Henrietta Lowe, said this week that the government was "ready to talk about everything, including the treaty", a notable shift from its previous insistence that any change must go through the Union's water commission. Diplomats on both sides say a first meeting could take place before the end of the year.

The risk for Castellane is that she lifts the checks, loses her leverage, and then finds Varnholm unwilling to move on water. Ilić's Estrovan Renewal party, still the largest group in parliament, has already accused her of preparing to "give away the river".

For now, the mood in both capitals is cautiously warm. Whether it survives the first dry summer of her presidency is another question.`,
  },
  {
    slug: 'halden-reach-playhouse-weighs-its-future-as-grant-decisions-loom',
    title: 'Halden Reach Playhouse weighs its future as Arts Council decisions loom',
    summary:
      "The north's only professional theatre has raised 85,000 florins from audiences and a prize-winning poet, but says it still cannot plan beyond spring until it learns the size of its grant.",
    section: 'culture',
    author: 'sofia-marchetti',
    tags: ['Arts', 'Budget'],
    publishedDaysAgo: 0,
    status: 'draft',
    body: `On a weeknight in Halden Reach, the Playhouse bar fills up an hour before curtain. Retired mill workers sit next to students from the polytechnic; a table of engineers from the new chip plant site argues about the play they have come to see. It is, by any measure, a theatre that works. Its artistic director, Yara Solvik, still does not know whether it will be open next year.

The Playhouse receives 1.4 million florins a year from the Varnholm Arts Council, almost half its income. The council's own grant was cut by 14 per cent in the budget, and it will announce how the cut is shared among the 300 organisations it funds in a little under three weeks.

READ MORE: arts-groups-warn-budget-cuts-will-close-regional-theatres

## A poet's gift

Since the budget, the theatre has raised 85,000 florins from audiences through a bucket collection after every performance and an online appeal. The largest single donation came from Mirela Dunstan, the Halden poet who won the Aurelian Prize this month and gave a quarter of her 40,000-florin prize to the Playhouse.

> I did my first reading in that building when I was nineteen, to an audience of eleven people. If it closes, the next nineteen-year-old in Halden Reach has nowhere to be terrible in public. That is how you lose writers.
> — Mirela Dunstan, winner of the Aurelian Prize

READ MORE: halden-poet-wins-aurelian-prize-for-the-weir-keeper

Solvik is grateful but blunt about the arithmetic. The money raised would cover about three weeks of running costs. "Generosity is not a business model," she said. "It buys us time to argue. It does not buy us a future."

## Options on the table

The theatre's board is considering three scenarios: a shorter season with fewer in-house productions, a merger of back-office functions with the Calder Civic Orchestra, or a temporary closure from next spring if the grant falls by more than a fifth. Halvard Semiconductors has been approached about sponsorship but has not committed.

The town's mayor, Oona Lindgren, said the council would try to help with rent on the building, which it owns, but could not replace the Arts Council's money. "We are asking people to move to Halden Reach to work at the plant," she said. "They will ask what there is to do in the evening. I would like the answer to include a theatre."`,
  },
  {
    slug: 'lumen-freight-automation-what-the-port-deal-leaves-unresolved',
    title: "What the port deal leaves unresolved about Lumen Freight's automation plans",
    summary:
      "The agreement that ended the Port Averly strike guarantees jobs for seven years, but says little about lashing, the review panel's powers or the government's automation grants.",
    section: 'business',
    author: 'daniel-reyes',
    tags: ['Port Strike', 'Shipping', 'Labour'],
    publishedDaysAgo: 0,
    status: 'draft',
    body: `The deal that ended the three-week strike at Port Averly has been presented by both sides as a victory, which is usually a sign that the hardest questions have been postponed rather than answered. A close reading of the agreement, which the Harbour Workers' Federation published in full for its members, suggests at least three.

The first is scope. The seven-year job guarantee applies to "roles displaced by automated crane and straddle-carrier operations", the two technologies at the centre of Lumen Freight's published plans. It does not mention automated lashing systems, which several ports elsewhere in the Meridian Union are now testing and which could eventually replace the largest single group of workers on the quay.

READ MORE: port-averly-strike-ends-as-dockworkers-accept-lumen-freight-deal

## Who decides

The second is the independent review panel, which will examine Lumen Freight's automation timetable. The agreement says the panel's findings will be "taken into account" by the company, wording that union negotiators accepted in the final hours of talks. Lawyers consulted for this article said the phrase gave the panel influence but no power to block anything.

> The union won the right to be in the room. That is a real gain. But a panel that can only advise is a panel the company can thank and ignore, and both sides know it.
> — Marta Quist, maritime analyst at Harbourline Consulting

## The government's grants

The third is money. The budget's 300-million-florin Port Modernisation Fund, which offers grants for automated equipment, was one of the union's main grievances. The government has said it is "considering conditions" on the grants but has not set any, and Lumen Freight is expected to apply in the first funding round.

READ MORE: meridian-neighbours-reroute-cargo-as-varnholm-port-dispute-drags-on

There is also the question of the customers who left. Several freight forwarders said contracts signed with the Kestrian port of Saltmere during the strike would run until the end of the year, and that some clients had found the overland route cheaper than expected.

None of this means the deal will unravel. Both sides had strong reasons to settle, and seven years is a long time in a port. But the dispute's central question, who shares in the gains when machines do more of the work, has been given a deadline rather than an answer.`,
  },

  // ── Scheduled ─────────────────────────────────────────────────────────────────────────────────
  {
    slug: 'ai-bill-committee-stage-the-amendments-to-watch',
    title: 'AI bill at committee stage: the amendments to watch',
    summary:
      "As the Algorithmic Accountability Bill goes line by line through committee, a public register, audit subsidies for small firms and the regulator's budget are the fights to follow.",
    section: 'politics',
    author: 'kenji-watanabe',
    tags: ['Artificial Intelligence', 'Regulation', 'Parliament'],
    publishedDaysAgo: -1.5,
    status: 'scheduled',
    body: `The Algorithmic Accountability Bill begins its detailed examination in the National Assembly's digital affairs committee this week, and the arguments that will shape the final law are already clear. The government dropped its most contested provision, a three-year exemption for public bodies, before the first reading. What remains is a series of smaller fights that could matter just as much.

READ MORE: ai-bill-clears-first-reading-after-public-sector-amendment

## The main fights

The first concerns transparency. Green Labour will table an amendment requiring every public body to list the high-risk systems it uses on a public register, with a plain-language description of what each one does. Ministers have said they are sympathetic in principle but worried about the cost and about disclosing details of fraud-detection systems. Expect a compromise that exempts some policing and fraud tools.

The second is about cost. The Varnholm Tech Forum has lobbied hard for audits to be subsidised for companies with fewer than 50 employees, and for a lighter "self-assessment" route for lower-risk uses. Several Civic Alliance members support the idea, and the digital ministry has said it is "open to proportionate arrangements". The question is who pays, and whether the finance ministry will agree to new spending so soon after a difficult budget.

> We are not asking to be let off. We are asking for a rulebook that a company of thirty people can actually follow without hiring a law firm.
> — Tobias Renn, director of the Varnholm Tech Forum

The third is the regulator itself. The interim Office for Algorithmic Standards currently has 23 staff. Digital rights campaigners argue that it will need ten times that to enforce the law, and want a minimum budget written into the bill. The government prefers to set the office's funding year by year.

READ MORE: inside-the-lab-testing-varnholms-first-ai-audits

## Lobbying and timing

The committee's chair, the Countryside Party member Elin Sørby, has promised to hear from civil society groups at least as often as from industry, after records showed the digital minister, Pieter Valk, met large technology companies far more often than campaigners while the bill was drafted. A separate amendment would require ministers to publish meetings with companies affected by the law within 30 days.

The committee is expected to report back to the full Assembly before the end of next month. With Green Labour's support secured for the principle of the bill, the government has a comfortable majority, but several of these amendments could pass with cross-party votes regardless of what ministers want.`,
  },
  {
    slug: 'tour-of-varnholm-preview-five-riders-who-could-win',
    title: 'Tour of Varnholm preview: five riders who could win',
    summary:
      'With the Orrin Vale gravel sectors gone, the race will be decided on Vestra Pass and in the final time trial. Here are the contenders, from home favourite Jonas Eklund to the champion.',
    section: 'sport',
    author: 'sofia-marchetti',
    tags: ['Cycling', 'Drought'],
    publishedDaysAgo: -6,
    status: 'scheduled',
    body: `The Tour of Varnholm starts this weekend with a short time trial along the Port Averly waterfront, and it is a different race from the one that was announced six weeks ago. The gravel sectors through Orrin Vale, cut because of the wildfire risk in the drought-stricken valley, were supposed to be the great unknown. Without them, the race will almost certainly be decided on the climb to Vestra Pass on stage four and in the closing time trial.

READ MORE: tour-of-varnholm-drops-gravel-stage-over-wildfire-risk

## The contenders

Jonas Eklund, the home favourite, finished second last year and has been the most consistent stage racer in the Meridian Union this season. He had trained specifically for the gravel and will feel its loss more than most, but he is also the best time trialist among the climbers. Anything other than a podium would be a disappointment.

Aurélien Moss, last year's winner, has raced sparingly this season and arrives with questions about his form after a crash in the spring. He was openly critical of the gravel stage, and its removal plays to his strengths. If he is fit, he is the man to beat on Vestra Pass.

Dario Salvesen, the Kestrian climber, is the purest mountain specialist in the field and could take a minute out of everyone on stage four. His weakness is the time trial, where he lost almost three minutes last year. He needs an attack from a long way out.

Petar Novosel, a 22-year-old Estrovan, is the youngest rider with a realistic chance. He won the young riders' classification last year and has improved in the time trial. His team will race for stage wins first, but if he is close after the mountains, he will not be told to wait.

Henrik Aavik, the veteran of the group, has never won a major stage race, but he has finished in the top five of this one four times. He is patient, rarely has a bad day and will benefit from a route that rewards steadiness over flair.

> Without the gravel, this becomes a race for the complete rider. You need to climb, you need to time trial, and you need to avoid the crosswinds on the coast road. Eklund is the only one who ticks every box.
> — Pascale Ventour, race director of the Tour of Varnholm

Our prediction: Eklund, narrowly, from Moss. But we have been wrong about this race before.`,
  },
  {
    slug: 'the-long-dry-a-season-in-orrin-vale',
    title: 'The long dry: a season in Orrin Vale',
    summary:
      'Over three months, a farming valley learned to live without water. Growers, firefighters and a village school describe the summer the Orrin nearly stopped running.',
    section: 'world',
    author: 'helen-lindqvist',
    tags: ['Drought', 'Agriculture', 'Climate'],
    publishedDaysAgo: -9,
    status: 'scheduled',
    body: `By the time the water emergency was declared in Orrin Vale, Ingrid Haavik had already stopped looking at the forecast. "It was the same picture every morning," she said, standing in the yard of the farm near Sennick that her family has worked for four generations. "A yellow sun, a number in the thirties, and a zero in the rain column. After a while you stop reading it. You just start carrying water."

This summer, for the first time in living memory, the Orrin river ran so low at Tolle Bridge that children could walk across it without wetting their knees. The Kellan Reservoir, which supplies 300,000 people, fell to less than a fifth of its capacity. Fields that had grown wheat for a century produced nothing at all.

READ MORE: first-rain-in-eleven-weeks-brings-little-relief-to-orrin-vale

## The firefighters

For the Vale Fire and Rescue Service, the drought was measured in call-outs. Its crews responded to more than 300 field and grass fires, most of them started by sparks from machinery or discarded cigarettes. Chief fire officer Daniel Okoro said his firefighters had worked double shifts for most of the summer and had been forced to draw water from swimming pools when hydrants ran dry.

> We became very good at a job we hope never to do again on this scale. The valley was a box of matches for ten weeks. It is a miracle nobody was killed.
> — Daniel Okoro, chief fire officer of the Vale Fire and Rescue Service

At Sennick primary school, the children kept a weather chart on the gate, a flat line for eleven weeks and then a single tall bar when the rain finally came. Their teacher, Mari Holt, said the drought had become part of every lesson: maths measured in litres, geography in reservoirs, history in the stories grandparents told of the last dry year, which was not nearly as bad.

READ MORE: meridian-union-approves-emergency-drought-fund

## What comes next

The Meridian Union's emergency fund has begun paying out, and talks with Estrova over the river have resumed under its new president. But in the valley, the conversation has shifted from how to survive this summer to how to survive the next one. Farmers are asking about drought-tolerant crops, shared storage ponds and insurance. Some are asking whether to keep farming at all.

Haavik has decided to stay. "My grandfather survived a war on this land," she said. "I can survive a summer. What I do not know is whether I can survive five of them in a row, and nobody can tell me it will not be five."`,
  },
];
