import { answer, atTime, notFound, onDate, type EvalQuestion } from '../question-types';

/**
 * Second development evaluation set ("devb"), drawn by seeded sample from the five packs; see SAMPLE.md beside this file.
 *
 * @remarks
 * A development set: it may be tuned on. Expectations were written from the pack text (shared/seeds) and the research notes,
 * never from the engine's output. Ordered by pack and line; the not-found questions (not tied to a drawn line) come last.
 */
export const dev2Questions: EvalQuestion[] = [
  {
    id: 'devb-001', text: 'when is cabinet doing the covid-19 response report? date + time pls, is it at gun wharf',
    topic: 'meeting', packs: ['000'], source: '000:5',
    expect: answer([onDate(9, 6, 2020), atTime(15, 0), 'Virtual']),
  },
  {
    id: 'devb-002', text: 'what were the priorities for the voluntary & community sector cell in the covid response',
    topic: 'list', packs: ['000'], source: '000:92',
    expect: answer(['community support hub', 'scams']),
  },
  {
    id: 'devb-003', text: 'how many residents did the vcs cell help with prescription collections?',
    topic: 'indicator', packs: ['000'], source: '000:98',
    expect: answer(['200']),
  },
  {
    id: 'devb-004', text: 'how many people did the covid vcs cell link up with befriending services',
    topic: 'indicator', packs: ['000'], source: '000:99',
    expect: answer(['46']),
  },
  {
    id: 'devb-005', text: 'roughly how many adults does medway support with care and support needs (covid report)',
    topic: 'indicator', packs: ['000'], source: '000:124',
    expect: answer([['2,700', '2700']]),
  },
  {
    id: 'devb-006', text: 'adult social care in covid - what did we do with health on hospital discharge?',
    topic: 'passage', packs: ['000'], source: '000:125',
    expect: answer([['prompt discharge', 'discharge']]),
  },
  {
    id: 'devb-007', text: 'care home support plan - who was it submitted to',
    topic: 'passage', packs: ['000'], source: '000:126',
    expect: answer(['Department of Health and Social Care']),
  },
  {
    id: 'devb-008', text: 'how much has houshold waste gone up since lockdown started',
    topic: 'indicator', packs: ['000'], tags: ['typo'], source: '000:154',
    expect: answer(['20%']),
  },
  {
    id: 'devb-009', text: 'everyone in - how many spaces did we mobilise for rough sleepers',
    topic: 'indicator', packs: ['000'], source: '000:159',
    expect: answer(['30']),
  },
  {
    id: 'devb-010', text: 'register office - how many birth registrations a week can they do now with the perspex room?',
    topic: 'indicator', packs: ['000'], source: '000:166',
    expect: answer(['160']),
  },
  {
    id: 'devb-011', text: 'what have trading standards actually done since the covid closure regs came in?',
    topic: 'list', packs: ['000'], source: '000:173',
    expect: answer([['6,102', '6102'], '73']),
  },
  {
    id: 'devb-012', text: 'did medway businesses support trading standards enforcing the covid regs?',
    topic: 'passage', packs: ['000'], source: '000:174',
    expect: answer(['overwhelming support']),
  },
  {
    id: 'devb-013', text: 'what will trading standards do as shops are allowed to reopen',
    topic: 'passage', packs: ['000'], source: '000:181',
    expect: answer([['enforce', 'enforcing']]),
  },
  {
    id: 'devb-014', text: 'how many library staff got redeployed during covid and to do what',
    topic: 'indicator', packs: ['000'], source: '000:192',
    expect: answer(['6', 'customer support']),
  },
  {
    id: 'devb-015', text: 'how many items of PPE have been delivered to medway organisations so far',
    topic: 'indicator', packs: ['000'], source: '000:237',
    expect: answer(['400,000']),
  },
  {
    id: 'devb-016', text: 'the urgent decision to lift treasury management counterparty limits - for how long?',
    topic: 'passage', packs: ['000'], source: '000:263',
    expect: answer([['three months', '3 months']]),
  },
  {
    id: 'devb-017', text: 'of the 23 detailed indicators in the yot inspection how many were outstanding',
    topic: 'indicator', packs: ['000'], source: '000:477',
    expect: answer(['7']),
  },
  {
    id: 'devb-018', text: 'yot inspection - how many of the 23 detailed indicators came out as inadequate practice?',
    topic: 'indicator', packs: ['000'], source: '000:480',
    expect: answer(['2']),
  },
  {
    id: 'devb-019', text: 'who lead the hmip inspeciton of medway yot?',
    topic: 'passage', packs: ['000'], tags: ['typo'], source: '000:550',
    expect: answer(['Vivienne Raine']),
  },
  {
    id: 'devb-020', text: 'are the names in the hmip case examples real kids names?',
    topic: 'passage', packs: ['000'], source: '000:558',
    expect: answer(['changed']),
  },
  {
    id: 'devb-021', text: 'what page of the hmip report is the information and facilities section on',
    topic: 'passage', packs: ['000'], source: '000:594',
    expect: answer(['23']),
  },
  {
    id: 'devb-022', text: 'hmip report - which page is 2.3 implementation and delivery (court disposals) on?',
    topic: 'passage', packs: ['000'], source: '000:598',
    expect: answer(['30']),
  },
  {
    id: 'devb-023', text: 'did hmip think the yot does a good job in out of court processes?',
    topic: 'passage', packs: ['000'], source: '000:682',
    expect: answer(['effective contribution']),
  },
  {
    id: 'devb-024', text: 'was reparation any good according to the inspectors',
    topic: 'passage', packs: ['000'], source: '000:713',
    expect: answer(['managed well']),
  },
  {
    id: 'devb-025', text: 'yot caseload at inspection: how many out-of-court disposals, and how many of those were youth cautions?',
    topic: 'indicator', packs: ['000'], source: '000:850',
    expect: answer(['21', '7']),
  },
  {
    id: 'devb-026', text: 'whose data is the yot caseload breakdown in the hmip contextual facts, and as at when?',
    topic: 'passage', packs: ['000'], source: '000:873',
    expect: answer(['announcement']),
  },
  {
    id: 'devb-027', text: 'what did hmip say about yot practitioners motivation',
    topic: 'passage', packs: ['000'], source: '000:888',
    expect: answer(['motivated']),
  },
  {
    id: 'devb-028', text: 'list the organisational delivery strengths hmip found for medway yot',
    topic: 'list', packs: ['000'], source: '000:892',
    expect: answer(['Child First', 'external funding']),
  },
  {
    id: 'devb-029', text: 'whos responsible for strategic leadership of medway yot? is it a big team',
    topic: 'passage', packs: ['000'], source: '000:952',
    expect: answer(['Partnership Commissioning, Resources and Youth Justice']),
  },
  {
    id: 'devb-030', text: 'what % of the yot caseload has mental health issues',
    topic: 'indicator', packs: ['000'], source: '000:1023',
    expect: answer(['33%']),
  },
  {
    id: 'devb-031', text: 'who provides substance misuse services to the yot',
    topic: 'passage', packs: ['000'], source: '000:1073',
    expect: answer(['Open Road']),
  },
  {
    id: 'devb-032', text: 'which other youth offending service did medway visit to learn from?',
    topic: 'passage', packs: ['000'], source: '000:1143',
    expect: answer(['Essex']),
  },
  {
    id: 'devb-033', text: 'what did the yots recent paper on the commissioned restorative justice service find',
    topic: 'passage', packs: ['000'], source: '000:1151',
    expect: answer(['deficits']),
  },
  {
    id: 'devb-034', text: 'hmip on court cases: were case managers good at keeping kids and others safe, or just desistance?',
    topic: 'passage', packs: ['000'], source: '000:1163',
    expect: answer(['Child First', 'safety and wellbeing']),
  },
  {
    id: 'devb-035', text: 'court disposals - % of cases where planning focused enough on keeping the child safe',
    topic: 'indicator', packs: ['000'], source: '000:1248',
    expect: answer(['42%']),
  },
  {
    id: 'devb-036', text: 'how did case managers record desistance plans in community sentences, standard templates?',
    topic: 'passage', packs: ['000'], source: '000:1259',
    expect: answer([['workbooks', 'spray-painted', 'collages']]),
  },
  {
    id: 'devb-037', text: 'was yot work with kids in custody as good as community work',
    topic: 'passage', packs: ['000'], source: '000:1332',
    expect: answer(['less effective']),
  },
  {
    id: 'devb-038', text: 'in the michael case example what courses did he do in custody',
    topic: 'passage', packs: ['000'], source: '000:1334',
    expect: answer(['barista', 'CSCS']),
  },
  {
    id: 'devb-039', text: 'did case managers step up contact when they got more worried about a childs safety?',
    topic: 'passage', packs: ['000'], source: '000:1342',
    expect: answer(['contact']),
  },
  {
    id: 'devb-040', text: 'court cases: was delivery of services to keep other people safe any good',
    topic: 'passage', packs: ['000'], source: '000:1350',
    expect: answer(['good']),
  },
  {
    id: 'devb-041', text: 'ooc cases - was assessment of keeping the child safe good? how many had medium or high need',
    topic: 'passage', packs: ['000'], source: '000:1473',
    expect: answer(['good', ['eight', '8']]),
  },
  {
    id: 'devb-042', text: 'out of court disposals: did the planning follow on from the assessments?',
    topic: 'passage', packs: ['000'], source: '000:1514',
    expect: answer([['flowed from assessment', 'prioritised']]),
  },
  {
    id: 'devb-043', text: 'out of court work - in how many of the 10 cases were the right services delivered in time',
    topic: 'indicator', packs: ['000'], source: '000:1563',
    expect: answer([['seven of the ten', '7 of the 10', '7 of 10']]),
  },
  {
    id: 'devb-044', text: 'any cases where the yot didnt engage enough with childrens social care?',
    topic: 'passage', packs: ['000'], source: '000:1583',
    expect: answer([['two cases', '2 cases']]),
  },
  {
    id: 'devb-045', text: 'how many meetings did hmip hold for the organisational delivery domain',
    topic: 'indicator', packs: ['000'], source: '000:1633',
    expect: answer(['10']),
  },
  {
    id: 'devb-046', text: 'what confidence level and margin of error was the hmip case sample set at',
    topic: 'passage', packs: ['000'], source: '000:1661',
    expect: answer([['80 per cent', '80%'], '5']),
  },
  { id: 'devb-047', text: 'what did 1.4 information and facilities get rated', topic: 'passage', packs: ['000'], source: '000:1691', expect: answer(['Good']) },
  {
    id: 'devb-048', text: 'which hmip standard covers whether the yot ICT systems are good enough, and how did it rate',
    topic: 'passage', packs: ['000'], source: '000:1695',
    expect: answer(['Information and facilities', 'Good']),
  },
  {
    id: 'devb-049', text: 'court disposals implementation & delivery: % yes for supporting desistance?',
    topic: 'indicator', packs: ['000'], source: '000:1712',
    expect: answer(['92%']),
  },
  {
    id: 'devb-050', text: 'what does the hmip implementation and delivery standard actually say',
    topic: 'passage', packs: ['000'], source: '000:1713',
    expect: answer(['well-focused']),
  },
  {
    id: 'devb-051', text: 'ratings for each of the out-of-court disposal standards pls',
    topic: 'list', packs: ['000'], source: '000:1725',
    expect: answer(['Requires improvement', 'Joint working']),
  },
  {
    id: 'devb-052', text: '3.3 ooc implementation and delivery - what was it rated and was it bumped up?',
    topic: 'passage', packs: ['000'], tags: ['hard'], source: '000:1737',
    expect: answer(['Good', ['uplifted', 'increase', 'raised']]),
  },
  {
    id: 'devb-053', text: 'whats a youth conditional caution, how long do the conditions last',
    topic: 'passage', packs: ['000'], source: '000:1775',
    expect: answer(['three months']),
  },
  {
    id: 'devb-054', text: 'whats the YJB and what does it do for yots',
    topic: 'passage', packs: ['000'], tags: ['abbreviation'], source: '000:1779',
    expect: answer(['Youth Justice Board', 'grants']),
  },
  {
    id: 'devb-055', text: 'what 3 areas did hmip look at when inspecting the yot',
    topic: 'list', packs: ['000'], source: '000:1822',
    expect: answer(['organisational delivery', 'out-of-court']),
  },
  {
    id: 'devb-056', text: 'how did hmip rate reviewing for court cases',
    topic: 'passage', packs: ['000'], source: '000:1851',
    expect: answer(['Requires improvement']),
  },
  { id: 'devb-057', text: 'does the yot learn from what other yots do?', topic: 'passage', packs: ['000'], source: '000:1884', expect: answer(['other YOTs']) },
  {
    id: 'devb-058', text: 'court work - were victims given enough priority',
    topic: 'passage', packs: ['000'], source: '000:1907',
    expect: answer(['priority']),
  },
  {
    id: 'devb-059', text: 'what were the weaknesses hmip found in court disposal work',
    topic: 'list', packs: ['000'], source: '000:1913',
    expect: answer(['custody', 'exploitation']),
  },
  {
    id: 'devb-060', text: 'ooc work: how did the yot do on decisions about whether and what disposal to give',
    topic: 'passage', packs: ['000'], source: '000:1933',
    expect: answer(['contributed well']),
  },
  {
    id: 'devb-061', text: 'what is hmip recommendation 2 for the yot',
    topic: 'passage', packs: ['000'], source: '000:1947',
    expect: answer(['children\'s social care', 'exploited']),
  },
  {
    id: 'devb-062', text: 'yot improvement plan - who leads the girls needs audit and when is it due',
    topic: 'action', packs: ['000'], source: '000:1978',
    expect: answer(['Information officer', 'September 2020']),
  },
  {
    id: 'devb-063', text: 'in the bcf s75 report whats the risk rating for govt clawing back the covid funding',
    topic: 'passage', packs: ['000'], tags: ['abbreviation'], source: '000:2056',
    expect: answer(['E2']),
  },
  {
    id: 'devb-064', text: 'who signed the bcf plan as director of childrens and adults services',
    topic: 'passage', packs: ['000'], source: '000:2137',
    expect: answer(['Ian Sutherland']),
  },
  {
    id: 'devb-065', text: 'what are the 5 priority areas for integration in the bcf plan',
    topic: 'plan', packs: ['000'], source: '000:2154',
    expect: answer(['Medway Model', 'Rationalisation of estate', 'Digital roadmap']),
  },
  {
    id: 'devb-066', text: 'bcf integration priority on rationalisation of estate - what\'s it about',
    topic: 'plan', packs: ['000'], source: '000:2155',
    expect: answer(['co-location']),
  },
  {
    id: 'devb-067', text: 'bcf plan - what are the big challenges for health & care in medway over the next 5 years?',
    topic: 'passage', packs: ['000'], source: '000:2193',
    expect: answer(['65']),
  },
  { id: 'devb-068', text: 'what % of medway will be 65 and over by 2035', topic: 'indicator', packs: ['000'], source: '000:2201', expect: answer(['21%']) },
  {
    id: 'devb-069', text: 'what\'s the direction of travel for adult social care in medway',
    topic: 'passage', packs: ['000'], source: '000:2234',
    expect: answer(['reablement']),
  },
  {
    id: 'devb-070', text: 'MICES - how fast do home first patients get their equipment',
    topic: 'passage', packs: ['000'], source: '000:2265',
    expect: answer(['24 hours']),
  },
  {
    id: 'devb-071', text: 'how many orders did MICES handle in its frist year',
    topic: 'indicator', packs: ['000'], tags: ['typo'], source: '000:2269',
    expect: answer([['12874', '12,874']]),
  },
  { id: 'devb-072', text: 'whats the total bcf fund for 2018-19', topic: 'indicator', packs: ['000'], source: '000:2370', expect: answer(['£24,350,408']) },
  {
    id: 'devb-073', text: 'what did iBCF fund for strategic planning and programme support in 17/18',
    topic: 'passage', packs: ['000'], source: '000:2394',
    expect: answer(['finance support']),
  },
  {
    id: 'devb-074', text: 'what mental health actions are in the kent and medway stp plans (bcf plan)',
    topic: 'list', packs: ['000'], source: '000:2418',
    expect: answer(['integrated mental and physical health', 'CORE 24']),
  },
  {
    id: 'devb-075', text: 'anything in the bcf plan on first episode psychosis?',
    topic: 'passage', packs: ['000'], source: '000:2419',
    expect: answer(['rapid access']),
  },
  {
    id: 'devb-076', text: 'is there anything on perinatal mental health, mums and babies, in the bcf plan',
    topic: 'passage', packs: ['000'], source: '000:2424',
    expect: answer([['women, babies and families', 'mother and infant']]),
  },
  {
    id: 'devb-077', text: 'how many private mental health beds are we using now?',
    topic: 'passage', packs: ['000'], source: '000:2428',
    expect: answer(['zero']),
  },
  {
    id: 'devb-078', text: 'what has medway already done on mental health according to the bcf plan',
    topic: 'list', packs: ['000'], source: '000:2430',
    expect: answer(['private beds', 'Open Dialogue']),
  },
  {
    id: 'devb-079', text: 'have we funded extra assessment beds for people coming out of hospital? how many',
    topic: 'passage', packs: ['000'], source: '000:2448',
    expect: answer([['9', 'nine']]),
  },
  {
    id: 'devb-080', text: 'dtoc plan on a page - what outcome is the benchmark performance action meant to deliver',
    topic: 'action', packs: ['000'], tags: ['hard', 'abbreviation'], source: '000:2505',
    expect: answer(['track performance']),
  },
  {
    id: 'devb-081', text: 'who wrote the HIF new routes to good growth report',
    topic: 'passage', packs: ['000'], source: '000:2542',
    expect: answer(['Dawn Hudd']),
  },
  {
    id: 'devb-082', text: 'who\'s the author of the yot hmip report to cyp o&s and what date is that committee',
    topic: 'meeting', packs: ['001'], source: '001:7',
    expect: answer(['Andrew Willetts', onDate(23, 7, 2020)]),
  },
  {
    id: 'devb-083', text: 'how close did medway yot actually get to a good rating?',
    topic: 'passage', packs: ['001'], source: '001:49',
    expect: answer([['1 point', 'one point']]),
  },
  {
    id: 'devb-084', text: 'what did hmip say about yot senior managers',
    topic: 'passage', packs: ['001'], source: '001:50',
    expect: answer(['direction and ambition']),
  },
  {
    id: 'devb-085', text: 'when did the children\'s improvement board sign off the yot improvement plan',
    topic: 'meeting', packs: ['001'], source: '001:112',
    expect: answer(['25 June']),
  },
  {
    id: 'devb-086', text: 'cyp yot report climate change bit - which yot programmes have an environmental impact?',
    topic: 'passage', packs: ['001'], source: '001:121',
    expect: answer(['reparation']),
  },
  {
    id: 'devb-087', text: 'herefordshire cyp scrutiny with the care leavers accommodation item - what day and time was it',
    topic: 'meeting', packs: ['002'], source: '002:7',
    expect: answer([onDate(16, 9, 2019), atTime(10, 15)]),
  },
  {
    id: 'devb-088', text: 'who do i contact about the herefordshire cyp scrutiny agenda? number pls',
    topic: 'meeting', packs: ['002'], tags: ['directory'], source: '002:20',
    expect: answer(['Matthew Evans', '01432 383690']),
  },
  {
    id: 'devb-089', text: 'where and what time was the july 2019 hereford cyp scrutiny meeting',
    topic: 'meeting', packs: ['002'], source: '002:68',
    expect: answer(['Shire Hall', atTime(13, 0)]),
  },
  {
    id: 'devb-090', text: 'herefordshire corporate parenting annual update - what progress was reported and whats still a challenge?',
    topic: 'passage', packs: ['002'], source: '002:109',
    expect: answer(['council tax', 'educational attainment']),
  },
  {
    id: 'devb-091', text: 'when is the care leavers covenant likely to go to cabinet (hereford)',
    topic: 'passage', packs: ['002'], source: '002:113',
    expect: answer(['September']),
  },
  {
    id: 'devb-092', text: 'why have adoption orders gone down in herefordshire?',
    topic: 'passage', packs: ['002'], source: '002:151',
    expect: answer(['fluctuations']),
  },
  {
    id: 'devb-093', text: 'who wrote the care leavers accommodation report for the sept scrutiny',
    topic: 'passage', packs: ['002'], source: '002:196',
    expect: answer([['Senior Commissioning Officer', 'Amy Whiles']]),
  },
  {
    id: 'devb-094', text: 'how many care leavers at any one time would the new accommodation service be suitable for',
    topic: 'indicator', packs: ['002'], source: '002:252',
    expect: answer([['nine and 13', '9 and 13', '9 to 13', '9-13', 'nine to 13', 'nine to thirteen']]),
  },
  {
    id: 'devb-095', text: 'care leavers service: potential cost avoidance over 5 yrs for the 3 light touch young people?',
    topic: 'indicator', packs: ['002'], source: '002:347',
    expect: answer(['20']),
  },
  {
    id: 'devb-096', text: 'legal implications on the care leavers service - were alternatives looked at?',
    topic: 'passage', packs: ['002'], source: '002:366',
    expect: answer(['discounted']),
  },
  {
    id: 'devb-097', text: 'what does legal say should happen after the care leavers contract is awarded',
    topic: 'passage', packs: ['002'], source: '002:369',
    expect: answer(['commissioning audit']),
  },
  {
    id: 'devb-098', text: 'who carried out the EIA for the care leavers accommodation and whos the accountable person',
    topic: 'passage', packs: ['002'], source: '002:416',
    expect: answer(['Amy Whiles', 'Chris Baird']),
  },
  {
    id: 'devb-099', text: 'what are the aims of the hereford care leavers accommodation service',
    topic: 'list', packs: ['002'], source: '002:436',
    expect: answer(['independent living', 'employment']),
  },
  {
    id: 'devb-100', text: 'which strategic objectives does the care leavers accommodation service meet',
    topic: 'list', packs: ['002'], source: '002:441',
    expect: answer(['out of county placements', 'housing benefit']),
  },
  {
    id: 'devb-101', text: 'care leavers EIA - what does it say the contract value is',
    topic: 'passage', packs: ['002'], tags: ['abbreviation'], source: '002:452',
    expect: answer(['competitive tender']),
  },
  {
    id: 'devb-102', text: 'did the care leavers EIA have any data on gender reassignment',
    topic: 'passage', packs: ['002'], source: '002:491',
    expect: answer(['No data available']),
  },
  {
    id: 'devb-103', text: 'what data sources were used in the care leavers EIA',
    topic: 'list', packs: ['002'], source: '002:503',
    expect: answer(['Mosaic', '16+ team']),
  },
  {
    id: 'devb-104', text: 'could hereford council just decline to endorse the youth justice plan?',
    topic: 'passage', packs: ['002'], source: '002:560',
    expect: answer(['statutory requirement']),
  },
  {
    id: 'devb-105', text: 'which west mercia yj plan sub-priority is about innovation, and which priority does it sit under',
    topic: 'plan', packs: ['002'], source: '002:581',
    expect: answer(['3.3', ['Performance, Quality and Practice', 'PERFORMANCE AND PRACTICE']]),
  },
  {
    id: 'devb-106', text: 'has the youth justice plan been sent to the YJB yet',
    topic: 'passage', packs: ['002'], source: '002:631',
    expect: answer(['submitted']),
  },
  {
    id: 'devb-107', text: 'what year does the west mercia youth justice plan cover',
    topic: 'plan', packs: ['002'], source: '002:671',
    expect: answer([['2019/20', '2019/2020', '2019-20', '2019 - 2020', '2019-2020']]),
  },
  {
    id: 'devb-108', text: 'west mercia FTE rate oct 17 - sep 18 vs national?',
    topic: 'indicator', packs: ['002'], tags: ['abbreviation', 'conflict'], source: '002:722',
    expect: answer(['294', ['250', '255']], ['338']),
  },
  {
    id: 'devb-109', text: 'sub priorities under "our people" in the west mercia yj plan?',
    topic: 'plan', packs: ['002'], source: '002:854',
    expect: answer(['appraisals', ['staff development', 'Staff Development'], 'morale']),
  },
  {
    id: 'devb-110', text: 'what is the west mercia yjs doing about county lines',
    topic: 'passage', packs: ['002'], source: '002:879',
    expect: answer([['SOCJAG', 'Serious Organised Crime Joint Agency'], 'criminalisation']),
  },
  {
    id: 'devb-111', text: 'who chairs the west mercia youth justice management board',
    topic: 'list', packs: ['002'], source: '002:975',
    expect: answer([['Karen Bradshaw', 'Shropshire']]),
  },
  {
    id: 'devb-112', text: 'how often does the wmyjs managment board meet',
    topic: 'meeting', packs: ['002'], tags: ['typo', 'abbreviation'], source: '002:987',
    expect: answer([['every two months', 'every 2 months', 'bi-monthly', 'bimonthly']]),
  },
  {
    id: 'devb-113', text: 'what happens now to cases that used to be notified to the YJB under the community safeguarding (CSPPI) process',
    topic: 'passage', packs: ['002'], tags: ['abbreviation'], source: '002:993',
    expect: answer(['learning reviews']),
  },
  {
    id: 'devb-114', text: 'what are wmyjs board members expected to do re commissioning',
    topic: 'passage', packs: ['002'], source: '002:995',
    expect: answer(['joint commissioning']),
  },
  {
    id: 'devb-115', text: 'shropshire out of court disposals - whats the most common offence type and %',
    topic: 'indicator', packs: ['002'], source: '002:1105',
    expect: answer(['drug offences', '35%']),
  },
  {
    id: 'devb-116', text: 'telford & wrekin - how many young people got youth justice sanctions in 2018 and how many sanctions',
    topic: 'indicator', packs: ['002'], source: '002:1169',
    expect: answer(['100', '120']),
  },
  { id: 'devb-117', text: 'telford youth justice sanctions 2018 - % male?', topic: 'indicator', packs: ['002'], source: '002:1173', expect: answer(['81%']) },
  {
    id: 'devb-118', text: 'telford and wrekin first time entrants rate latest?',
    topic: 'indicator', packs: ['002'], source: '002:1205',
    expect: answer(['353'], ['338']),
  },
  {
    id: 'devb-119', text: 'worcestershire court disposals 2018: how many young people and how many court outcomes',
    topic: 'indicator', packs: ['002'], source: '002:1262',
    expect: answer(['69', '111']),
  },
  {
    id: 'devb-120', text: 'worcs 2018 - how many court outcomes were orders managed by wmyjs',
    topic: 'indicator', packs: ['002'], source: '002:1267',
    expect: answer(['90', '81%']),
  },
  {
    id: 'devb-121', text: 'what is the committee asked to approve for the child exploitation task and finish group',
    topic: 'passage', packs: ['002'], source: '002:1411',
    expect: answer(['terms of reference', 'chairperson']),
  },
  {
    id: 'devb-122', text: 'hereford cyp work programme - whos the report author for the adoption and fostering annual reports',
    topic: 'list', packs: ['002'], source: '002:1527',
    expect: answer(['Gill Cox']),
  },
  {
    id: 'devb-123', text: 'who is doing the briefing note on the new safeguarding monitoring arrangements (replacing HSCB)',
    topic: 'list', packs: ['002'], source: '002:1529',
    expect: answer(['Liz Elgar']),
  },
  {
    id: 'devb-124', text: 'send t&f rec 12 - the autism training across the county, owner and deadline?',
    topic: 'action', packs: ['002'], source: '002:1665',
    expect: answer(['Head of Additional Needs and EY SEND Manager', 'Dec 2022']),
  },
  {
    id: 'devb-125', text: 'PRU t&f rec A(ii) getting parents to the management committee - accepted? and whats the action deadline',
    topic: 'action', packs: ['002'], source: '002:1687',
    expect: answer([['accepts', 'accepted'], 'Aug 2020']),
  },
  {
    id: 'devb-126', text: 'post-16 scaffolding for PRU leavers (rec E) - how is it being provided and who owns the action',
    topic: 'action', packs: ['002'], source: '002:1725',
    expect: answer(['Landau', 'Senior post-16 Learning and Skills Advisor']),
  },
  {
    id: 'devb-127', text: 'who owns the pru vocational courses / broader curriculum action and when is it due',
    topic: 'action', packs: ['002'], source: '002:1748',
    expect: answer(['Executive Head PRU', 'Sept 2020']),
  },
  {
    id: 'devb-128', text: 'did the exec accept PRU rec H(i) about resources for the earl mortimer pilot?',
    topic: 'passage', packs: ['002'], source: '002:1759',
    expect: answer([['rejects', 'rejected']]),
  },
  {
    id: 'devb-129', text: 'when did the court judgements task & finish group take place',
    topic: 'passage', packs: ['002'], source: '002:1786',
    expect: answer(['February 2019']),
  },
  {
    id: 'devb-130', text: 'court judgements rec 3, more case progression officers: was it accepted and where has it got to',
    topic: 'action', packs: ['002'], source: '002:1803',
    expect: answer(['Accepted', 'business case']),
  },
  {
    id: 'devb-131', text: 'mosaic user group action - owner and by when?',
    topic: 'action', packs: ['002'], source: '002:1829',
    expect: answer(['Performance Team Lead', 'Ongoing']),
  },
  {
    id: 'devb-132', text: 'ottter voice notes - was the policy agreed by info governance? when',
    topic: 'action', packs: ['002'], tags: ['typo'], source: '002:1841',
    expect: answer(['Completed', onDate(30, 4, 2019)]),
  },
  {
    id: 'devb-133', text: 'why is cyp scrutiny doing a child exploitation t&f and what will it cover',
    topic: 'passage', packs: ['002'], source: '002:1911',
    expect: answer(['county lines', ['child criminal exploitation', 'CCE']]),
  },
  {
    id: 'devb-134', text: 'what are the key questions for the child exploitation task and finish group',
    topic: 'list', packs: ['002'], source: '002:1923',
    expect: answer(['preventative', 'guidance']),
  },
  {
    id: 'devb-135', text: 'where\'s the march 2023 medway cyp o&s meeting and what time does it start',
    topic: 'meeting', packs: ['003'], source: '003:3',
    expect: answer(['St George\'s Centre', atTime(18, 30)]),
  },
  {
    id: 'devb-136', text: 'which act requires the council to have a lead member for childrens services',
    topic: 'passage', packs: ['003'], source: '003:55',
    expect: answer(['Children Act 2004']),
  },
  {
    id: 'devb-137', text: 'is safeguarding within the lead member\'s remit as per the annual report? which services exactly',
    topic: 'list', packs: ['003'], source: '003:62',
    expect: answer(['Children\'s Social Care and Safeguarding Services']),
  },
  {
    id: 'devb-138', text: 'list the areas the lead member for childrens services covers pls',
    topic: 'list', packs: ['003'], source: '003:66',
    expect: answer(['SEND Transport', 'Early Help', 'Inclusion']),
  },
  {
    id: 'devb-139', text: 'what does the lead member say will happen over the coming year',
    topic: 'passage', packs: ['003'], source: '003:81',
    expect: answer(['sustainable improvements']),
  },
  {
    id: 'devb-140', text: 'when did the regional adoption agency launch and which councils are in it',
    topic: 'passage', packs: ['003'], source: '003:102',
    expect: answer([onDate(1, 11, 2020), 'Bexley', 'Kent']),
  },
  {
    id: 'devb-141', text: 'what did the independent review of the RAA adoption support service find and when was it',
    topic: 'passage', packs: ['003'], source: '003:107',
    expect: answer(['August 2022', 'well led']),
  },
  {
    id: 'devb-142', text: 'has the lead member supported extra capacity for the adolescent teams, why?',
    topic: 'passage', packs: ['003'], source: '003:114',
    expect: answer(['project team', 'exploitation']),
  },
  {
    id: 'devb-143', text: 'who are the safeguarding partners in the MSCP and what is it for',
    topic: 'passage', packs: ['003'], source: '003:126',
    expect: answer(['Kent Police', ['reflective', 'learning']]),
  },
  {
    id: 'devb-144', text: 'avg number of children in care in medway over 2022?',
    topic: 'indicator', packs: ['003'], source: '003:164',
    expect: answer(['450']),
  },
  {
    id: 'devb-145', text: 'lead member report - does poor attendance line up with poor attainment?',
    topic: 'passage', packs: ['003'], source: '003:250',
    expect: answer(['underperformance']),
  },
  {
    id: 'devb-146', text: 'which group of lerners is least absent from medway schols',
    topic: 'passage', packs: ['003'], tags: ['typo'], source: '003:251',
    expect: answer(['Black learners']),
  },
  {
    id: 'devb-147', text: 'safety valve send plan: whats the target for % of EHCP kids in mainstream',
    topic: 'indicator', packs: ['003'], source: '003:279',
    expect: answer(['31.3%', '41.8%']),
  },
  {
    id: 'devb-148', text: 'when does the send banded funding matrix start',
    topic: 'passage', packs: ['003'], source: '003:299',
    expect: answer(['April 2023']),
  },
  {
    id: 'devb-149', text: 'whats the new sufficiency strategy called and who is the lead officer',
    topic: 'plan', packs: ['003'], source: '003:331',
    expect: answer(['A place called home', 'James Harman']),
  },
  {
    id: 'devb-150', text: 'who wrote the work programme addendum report for cyp o&s',
    topic: 'passage', packs: ['003'], tags: ['directory'], source: '003:419',
    expect: answer(['Stephanie Davis']),
  },
  {
    id: 'devb-151', text: 'in the risk scoring key what does C mean for likelihood and 2 for impact',
    topic: 'passage', packs: ['003'], source: '003:455',
    expect: answer(['Significant', 'Critical']),
  },
  {
    id: 'devb-152', text: 'jan cabinet agenda - what number do residents ring to get it in other formats',
    topic: 'meeting', packs: ['004'], tags: ['ocr', 'directory'], source: '004:34',
    expect: answer(['333333']),
  },
  {
    id: 'devb-153', text: 'resident wants the cabinet info in russian, which number do they call',
    topic: 'meeting', packs: ['004'], tags: ['ocr', 'directory'], source: '004:38',
    expect: answer(['332374']),
  },
  {
    id: 'devb-154', text: 'old vicarage addendum report - who is it from?',
    topic: 'passage', packs: ['004'], source: '004:51',
    expect: answer(['Ian Sutherland', 'Jean Imray']),
  },
  {
    id: 'devb-155', text: 'who are the authors of the old vicarage children\'s home addendum report',
    topic: 'passage', packs: ['004'], source: '004:54',
    expect: answer(['Jackie Brown', 'Andrew Willetts']),
  },
  {
    id: 'devb-156', text: 'what did cllr etheridge say about the old vicarage at cyp o&s',
    topic: 'passage', packs: ['004'], source: '004:64',
    expect: answer(['outstanding', 'consulted']),
  },
  {
    id: 'devb-157', text: 'what happens to the old vicarage staff if it shuts?',
    topic: 'passage', packs: ['004'], source: '004:66',
    expect: answer(['redeployment', ['Youth Service', 'Early Help']]),
  },
  {
    id: 'devb-158', text: 'who is helping us develop member training on childrens services improvement',
    topic: 'passage', packs: ['004'], source: '004:184',
    expect: answer([['Local Government Association', 'LGA']]),
  },
  {
    id: 'devb-159', text: 'has anyone reviewed the MASH?',
    topic: 'passage', packs: ['004'], tags: ['abbreviation'], source: '004:194',
    expect: answer(['independent consultant']),
  },
  {
    id: 'devb-160', text: 'commissioner report financial implications - who will look for ways to use resources more effectively',
    topic: 'passage', packs: ['004'], source: '004:249',
    expect: answer(['directorate management team']),
  },
  {
    id: 'devb-161', text: 'what are the reasons for the decision on the commissioner report at january cabinet',
    topic: 'passage', packs: ['004'], source: '004:261',
    expect: answer(['Statutory Direction']),
  },
  {
    id: 'devb-162', text: 'when was medway last judged inadequate by ofsted before 2019',
    topic: 'passage', packs: ['004'], source: '004:325',
    expect: answer(['2013']),
  },
  {
    id: 'devb-163', text: 'how many cases were some social workers carrying at the july 2019 inspection',
    topic: 'indicator', packs: ['004'], source: '004:333',
    expect: answer(['40']),
  },
  {
    id: 'devb-164', text: 'what do schools and academies think of the council\'s support (commissioner report)',
    topic: 'passage', packs: ['004'], source: '004:337',
    expect: answer(['critical']),
  },
  {
    id: 'devb-165', text: 'political make up of medway council - how many seats each party',
    topic: 'list', packs: ['004'], source: '004:425',
    expect: answer(['32', '20', 'Labour']),
  },
  {
    id: 'devb-166', text: 'what\'s the POD structure in medway childrens social care',
    topic: 'passage', packs: ['004'], source: '004:451',
    expect: answer([['four social workers', '4 social workers'], 'practice manager']),
  },
  {
    id: 'devb-167', text: 'what did ofsted\'s feb 2019 focused visit conclude about the front door',
    topic: 'passage', packs: ['004'], source: '004:569',
    expect: answer(['appropriately and well']),
  },
  {
    id: 'devb-168', text: 'before the inspection who chaired the internal delivery board overseeing csc performance',
    topic: 'passage', packs: ['004'], source: '004:579',
    expect: answer(['Delivery Board', 'Chief Executive']),
  },
  {
    id: 'devb-169', text: 'what kit is being roled out so frontline childrens staff can work mobile',
    topic: 'passage', packs: ['004'], tags: ['typo'], source: '004:585',
    expect: answer([['Surface Pros', 'Surface Pro']]),
  },
  {
    id: 'devb-170', text: 'how did the commissioner go about her review - who did she talk to',
    topic: 'passage', packs: ['004'], source: '004:667',
    expect: answer(['front line', 'partners']),
  },
  {
    id: 'devb-171', text: 'how many agency FTE in childrens social care in sept 2019, total?',
    topic: 'indicator', packs: ['004'], tags: ['conflict'], source: '004:729',
    expect: answer(['66.20']),
  },
  {
    id: 'devb-172', text: 'social worker FTE we still need to recruit (sept 2019 staffing table)',
    topic: 'indicator', packs: ['004'], source: '004:733',
    expect: answer(['23.88']),
  },
  {
    id: 'devb-173', text: 'any staff quotes about consultants in the commissioner report?',
    topic: 'passage', packs: ['004'], source: '004:763',
    expect: answer(['Too many consultants']),
  },
  {
    id: 'devb-174', text: 'what did the LGA peer review say about childrens services budget pressures',
    topic: 'passage', packs: ['004'], source: '004:769',
    expect: answer(['placement costs', 'SEND']),
  },
  {
    id: 'devb-175', text: 'is there good joint working between csc and early help / community hubs?',
    topic: 'passage', packs: ['004'], source: '004:794',
    expect: answer(['instability']),
  },
  {
    id: 'devb-176', text: 'what legal powers is the secretary of state using for the medway statutory direction',
    topic: 'passage', packs: ['004'], source: '004:872',
    expect: answer(['497A', 'Education Act 1996']),
  },
  {
    id: 'devb-177', text: 'who\'s the childrens services commissioner for medway and has her appointment changed',
    topic: 'passage', packs: ['004'], source: '004:880',
    expect: answer(['Eleanor Brazil', 'extended']),
  },
  {
    id: 'devb-178', text: 'under the statutory direction can the commissioner demand access to council staff, members, documents etc?',
    topic: 'passage', packs: ['004'], source: '004:890',
    expect: answer(['premises', 'document']),
  },
  {
    id: 'devb-179', text: 'who wrote v1.0 of the childrens improvement action plan and when',
    topic: 'plan', packs: ['004'], source: '004:949',
    expect: answer(['Head of Special Projects (Improvement)', onDate(16, 10, 2019)]),
  },
  {
    id: 'devb-180', text: 'what\'s the latest version of the improvement plan and what changed in it',
    topic: 'plan', packs: ['004'], source: '004:951',
    expect: answer(['V1.2', 'timescales']),
  },
  {
    id: 'devb-181', text: 'improvement plan workforce priority - what does it cover',
    topic: 'plan', packs: ['004'], source: '004:1043',
    expect: answer(['manageable workloads', 'training']),
  },
  {
    id: 'devb-182', text: 'who chairs the childrens services improvment board?',
    topic: 'list', packs: ['004'], tags: ['typo'], source: '004:1051',
    expect: answer(['Lucy Butler']),
  },
  {
    id: 'devb-183', text: 'who gets the progress reports on the childrens improvement plan',
    topic: 'list', packs: ['004'], source: '004:1059',
    expect: answer(['Health and Well-Being Board', 'Community Safety Partnership']),
  },
  {
    id: 'devb-184', text: 'care leavers in EET (action 1.21) - current, target and national benchmark?',
    topic: 'indicator', packs: ['004'], tags: ['abbreviation'], source: '004:1117',
    expect: answer(['39%', '50%', '51%'], ['57%']),
  },
  {
    id: 'devb-185', text: 'action 2.1 the project team to manage capacity - is it done',
    topic: 'action', packs: ['004'], source: '004:1128',
    expect: answer([['completed', 'complete']]),
  },
  {
    id: 'devb-186', text: 'workforce strategy action - who leads and when is the strategy due',
    topic: 'action', packs: ['004'], source: '004:1143',
    expect: answer(['Workforce Development', 'December 2019']),
  },
  {
    id: 'devb-187', text: 'teaching partnership training action 2.10 - resources and deadline?',
    topic: 'action', packs: ['004'], source: '004:1144',
    expect: answer(['funds identified', 'March 2020']),
  },
  {
    id: 'devb-188', text: 'leadership and management priority - what does it mean for a child?',
    topic: 'plan', packs: ['004'], source: '004:1155',
    expect: answer(['right time']),
  },
  {
    id: 'devb-189', text: 'action 4.9 whole service meetings: how many a year, and who leads',
    topic: 'action', packs: ['004'], tags: ['hard', 'ocr'], source: '004:1193',
    expect: answer([['3 whole service meetings', 'three whole service meetings'], 'Head of Business Change']),
  },
  {
    id: 'devb-190', text: 'PEP reveiws in timescales - target and current performance?',
    topic: 'indicator', packs: ['004'], tags: ['typo', 'abbreviation'], source: '004:1212',
    expect: answer(['95%', '85%']),
  },
  {
    id: 'devb-191', text: 'action 5.10 housing for 16 and 17 yr olds - success measure and resources?',
    topic: 'action', packs: ['004'], source: '004:1213',
    expect: answer(['housing protocol', 'existing resources']),
  },
  {
    id: 'devb-192', text: 'which improvement plan actions address ofsted priority 5 (management oversight and supervision)',
    topic: 'list', packs: ['004'], tags: ['hard'], source: '004:1255',
    expect: answer(['3.2', '4.6']),
  },
  {
    id: 'devb-193', text: 'which actions address the ofsted care leavers priority (accommodation, EET, rights)',
    topic: 'list', packs: ['004'], tags: ['hard'], source: '004:1275',
    expect: answer(['1.16', '2.11']),
  },
  {
    id: 'devb-194', text: 'what does MSCP stand for',
    topic: 'passage', packs: ['004'], tags: ['abbreviation'], source: '004:1297',
    expect: answer(['Medway Safeguarding Children\'s Partnership']),
  },
  {
    id: 'devb-195', text: 'who\'s the lead member for childrens services in medway',
    topic: 'list', packs: ['004'], tags: ['directory'], source: '004:1304',
    expect: answer(['Josie Iles']),
  },
  {
    id: 'devb-196', text: 'whos the AD for education at medway',
    topic: 'list', packs: ['004'], tags: ['directory'], source: '004:1307',
    expect: answer(['David Watkins']),
  },
  {
    id: 'devb-197', text: 'what\'s the deadline for councillors to submit questions for the 14 jan cabinet?',
    topic: 'meeting', packs: ['004'],
    expect: notFound(),
  },
  { id: 'devb-198', text: 'who chairs medway cyp o&s at the moment', topic: 'list', packs: ['003'], expect: notFound() },
  {
    id: 'devb-199', text: 'what did ofsted rate herefordshire childrens services at the june 2018 ILACS?',
    topic: 'passage', packs: ['002'],
    expect: notFound(),
  },
  { id: 'devb-200', text: 'west mercia yjs total budget for 2020/21?', topic: 'indicator', packs: ['002'], expect: notFound() },
  { id: 'devb-201', text: 'medway band D council tax for 2020/21?', topic: 'indicator', packs: ['000'], expect: notFound() },
  { id: 'devb-202', text: 'what time and where is the 23 july cyp o&s that gets the yot hmip report', topic: 'meeting', packs: ['001'], expect: notFound() },
  { id: 'devb-203', text: 'when is hmip due back to re-inspect medway yot', topic: 'passage', packs: ['001'], expect: notFound() },
  { id: 'devb-204', text: 'who are the ward councillors for the hoo peninsula (HIF area)?', topic: 'list', packs: ['000'], expect: notFound() },
  { id: 'devb-205', text: 'how many foster carers does herefordshire have right now', topic: 'indicator', packs: ['002'], expect: notFound() },
  {
    id: 'devb-206', text: 'how many permanent exclusions were there in herefordshire in 2018-19, actual number?',
    topic: 'indicator', packs: ['002'],
    expect: notFound(),
  },
  { id: 'devb-207', text: 'medway yot budget for 2021/22?', topic: 'indicator', packs: ['000'], expect: notFound() },
];
