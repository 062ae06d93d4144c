import type { EvalQuestion } from '../question-types';
import { answer, askBack, notFound, onDate } from '../question-types';

/**
 * Development set, fourth part (ids `devd-`): members' questions written by a second pair of eyes from the five packs only
 * (no engine code read, no engine run, no other eval set's questions read). One question per randomly drawn pack line
 * (seeded sample, seed 20261210, see SAMPLE.md next to this file; lines every earlier blind batch and development set
 * used are skipped), then questions the packs cannot answer and questions that are truly ambiguous between records.
 *
 * @remarks
 * This is a development set: it may be tuned on. Its first run, before any tuning, is recorded in SAMPLE.md. An
 * expectation may only be corrected when it is shown to be wrong against the pack text. The eval clock is 2 January 2020.
 */
export const dev4Questions: EvalQuestion[] = [
  // ---- pack 000 (Medway Cabinet, 9 June 2020) ----
  {
    id: 'devd-001',
    // drawn line 000:56
    text: 'who did we work with on the covid response? just the NHS and police or others too',
    topic: 'list',
    packs: ['000'],
    source: '000:56',
    expect: answer([['Kent Resilience Forum', 'KRF'], 'Medway Norse']),
  },
  {
    id: 'devd-002',
    // drawn line 000:58
    text: 'what were the council\'s main aims in its covid response, in a nutshell?',
    topic: 'passage',
    packs: ['000'],
    source: '000:58',
    expect: answer(['spread of the virus', 'most vulnerable']),
  },
  {
    id: 'devd-003',
    // drawn line 000:177
    text: 'trading standards in lockdown - how many businesses got formal notices and how many shut voluntarily?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:175-178',
    expect: answer(['11', '73']),
  },
  {
    id: 'devd-004',
    // drawn line 000:199
    text: 'how many sport & leisure staff were redeployed to do grocery shopping for vulnerable ppl?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:199',
    expect: answer(['89']),
  },
  {
    id: 'devd-005',
    // drawn line 000:229
    text: 'what were HR\'s three focus areas during covid',
    topic: 'list',
    packs: ['000'],
    source: '000:229',
    expect: answer(['recruitment', 'training', ['workforce data', 'advice']]),
  },
  {
    id: 'devd-006',
    // drawn line 000:258
    text: 'how much covid grant money did the chief exec add to the revenue budget in april - for the small biz grants and for our own costs?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:258',
    expect: answer([['39,712,000', '39712000', '£39.7m', '39.7 million'], ['6,628,475', '£6.6m', '6.6 million']]),
  },
  {
    id: 'devd-007',
    // drawn line 000:285
    text: 'comms during lockdown: how many media interviews did we do, and how many e-newsletters went out?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:285-286',
    expect: answer(['28', '48']),
  },
  {
    id: 'devd-008',
    // drawn line 000:308
    text: 'what did the digital team do on the website for coronavirus? how many pages did they update',
    topic: 'passage',
    packs: ['000'],
    source: '000:308-312',
    expect: answer(['500']),
  },
  {
    id: 'devd-009',
    // drawn line 000:323
    text: 'the online business support grant form - how many applied and how much was paid out by end of april?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:323',
    expect: answer([['3,459', '3459'], '£20m']),
  },
  {
    id: 'devd-010',
    // drawn line 000:411
    text: 'what were the 3 areas hmip inspected the yot on?',
    topic: 'list',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:410-413',
    expect: answer(['organisational delivery', ['out-of-court', 'out of court']]),
  },
  {
    id: 'devd-011',
    // drawn line 000:468
    text: 'custody rate per 10k for medway 17/18 v 18/19?',
    topic: 'indicator',
    packs: ['000', '001'],
    tags: ['period', 'abbreviation'],
    source: '000:468',
    expect: answer(['0.48%', '0.45%']),
  },
  {
    id: 'devd-012',
    // drawn line 000:615
    text: 'hmip mentioned a \'period of uncertainty\' at the YOT before the inspection - what was that about?',
    topic: 'passage',
    packs: ['000'],
    source: '000:615',
    expect: answer(['outsourcing']),
  },
  {
    id: 'devd-013',
    // drawn line 000:621
    text: 'what new post is planned so the youth justice board can see where the yot is strong/weak?',
    topic: 'passage',
    packs: ['000'],
    source: '000:621',
    expect: answer(['data and intelligence officer']),
  },
  {
    id: 'devd-014',
    // drawn line 000:671
    text: 'what did the inspectors actually like about how the yot is run (org delivery)?',
    topic: 'list',
    packs: ['000'],
    source: '000:667-672',
    expect: answer(['Child First', 'internal leadership']),
  },
  {
    id: 'devd-015',
    // drawn line 000:689
    text: 'hmip concerns re leaders not knowing the needs of the kids on the yot caseload - what exactly did they say? anything about girls',
    topic: 'passage',
    packs: ['000'],
    source: '000:687-691',
    expect: answer(['needs assessment', ['no strategy', 'evidence-based approach']]),
  },
  {
    id: 'devd-016',
    // drawn line 000:712
    text: 'did the yot give victims enough attention in court sentence cases?',
    topic: 'passage',
    packs: ['000'],
    source: '000:712',
    expect: answer(['sufficient priority', 'keep them safe']),
  },
  {
    id: 'devd-017',
    // drawn line 000:732
    text: 'how did out of court assesment and planning come out in the hmip inspection?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['typo'],
    source: '000:732',
    expect: answer(['Good', 'Requires improvement', ['three of the five', '3 of the 5']]),
  },
  {
    id: 'devd-018',
    // drawn line 000:778
    text: 'what ages do YOTs supervise?',
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:778',
    expect: answer([['10-18', '10 to 18']]),
  },
  {
    id: 'devd-019',
    // drawn line 000:875
    text: 'in the court cases hmip looked at what offences were they mostly for - was it mainly violent stuff?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:868-875',
    expect: answer(['75%', 'Robbery']),
  },
  {
    id: 'devd-020',
    // drawn line 000:908
    text: 'governance and leadership of the yot - what rating did it get?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:904-910',
    expect: answer(['Requires improvement']),
  },
  {
    id: 'devd-021',
    // drawn line 000:981
    text: 'how have yot managers balanced out-of-court vs post-court workloads',
    topic: 'passage',
    packs: ['000'],
    source: '000:981',
    expect: answer(['generic case manager']),
  },
  {
    id: 'devd-022',
    // drawn line 000:1097
    text: 'how does the yot get childrens views in front of the board?',
    topic: 'passage',
    packs: ['000'],
    tags: ['typo'],
    source: '000:1097-1099',
    expect: answer(['videoed', 'positive feedback']),
  },
  {
    id: 'devd-023',
    // drawn line 000:1176
    text: 'did hmip say kids in custody got less attention in assessment & planning than kids in the community?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1174-1176',
    expect: answer(['less priority']),
  },
  {
    id: 'devd-024',
    // drawn line 000:1179
    text: 'was managers\' oversight of yot casework any good according to the inspectors',
    topic: 'passage',
    packs: ['000'],
    source: '000:1179',
    expect: answer(['regular', 'positive difference']),
  },
  {
    id: 'devd-025',
    // drawn line 000:1187
    text: 'court work - how was assessment rated and what was the weakest score?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1187-1198',
    expect: answer(['Good', ['67%', '67 per cent']]),
  },
  {
    id: 'devd-026',
    // drawn line 000:1191
    text: 'for sentenced kids, what % of assessments properly looked at desistance and at keeping other people safe?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1191-1196',
    expect: answer(['100%', '92%']),
  },
  {
    id: 'devd-027',
    // drawn line 000:1202
    text: 'how did hmip describe the yot\'s assessment of desistance factors?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1200-1204',
    expect: answer(['outstanding']),
  },
  {
    id: 'devd-028',
    // drawn line 000:1263
    text: 'why did planning for court cases get such a bad rating - what were the %s?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1240-1263',
    expect: answer(['Inadequate', '42%']),
  },
  {
    id: 'devd-029',
    // drawn line 000:1305
    text: 'court cases: how well did implementation & delivery support desistance and safety (the % figs pls)',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1305-1311',
    expect: answer(['92%', '75%']),
  },
  {
    id: 'devd-030',
    // drawn line 000:1352
    text: 'was the yot\'s delivery of work to keep other ppl safe ok in the court cases?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1350-1354',
    expect: answer(['good', 'protecting victims']),
  },
  {
    id: 'devd-031',
    // drawn line 000:1358
    text: 'which partner orgs did the yot use in the court cases, e.g. on gangs and domestic abuse?',
    topic: 'list',
    packs: ['000'],
    source: '000:1358',
    expect: answer(['St Giles Trust', 'MAPPA']),
  },
  {
    id: 'devd-032',
    // drawn line 000:1381
    text: 'reviewing in court cases - rating and the % for keeping the child and others safe?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1365-1381',
    expect: answer(['Requires improvement', '50%']),
  },
  {
    id: 'devd-033',
    // drawn line 000:1383
    text: 'how good was reviewing of progress towards desistance?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1375-1385',
    expect: answer(['outstanding', '83%']),
  },
  {
    id: 'devd-034',
    // drawn line 000:1426
    text: 'what were the stengths of the yot\'s out of court work?',
    topic: 'list',
    packs: ['000'],
    tags: ['typo'],
    source: '000:1423-1428',
    expect: answer(['victims', 'voluntary activities']),
  },
  {
    id: 'devd-035',
    // drawn line 000:1501
    text: 'ooc planning - what % for desistance v keeping others safe, and overall rating?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1497-1506',
    expect: answer(['90%', '60%', 'Requires improvement']),
  },
  {
    id: 'devd-036',
    // drawn line 000:1550
    text: 'out of court implementation & delivery: what rating and % on desistance?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1546-1555',
    expect: answer(['Good', '70%']),
  },
  {
    id: 'devd-037',
    // drawn line 000:1607
    text: 'why did joint working with police get bumped up to good when it was originally lower?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1607',
    expect: answer(['professional discretion']),
  },
  {
    id: 'devd-038',
    // drawn line 000:1621
    text: 'how many youth conditional caution cases did hmip judge and what went wrong in one of them',
    topic: 'passage',
    packs: ['000'],
    source: '000:1619-1623',
    expect: answer([['two', '2'], 'liaise']),
  },
  {
    id: 'devd-039',
    // drawn line 000:1671
    text: 'in hmip\'s scoring what % of cases sufficient gets you a \'good\', and what\'s under 50%?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1667-1675',
    expect: answer([['65-79%', '65 per cent'], 'Inadequate']),
  },
  {
    id: 'devd-040',
    // drawn line 000:1688
    text: 'hmip rating for the yot\'s staff standard?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1688',
    expect: answer(['Good']),
  },
  {
    id: 'devd-041',
    // drawn line 000:1692
    text: 'was the info & facilities standard rated ok?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1691-1692',
    expect: answer(['Good']),
  },
  {
    id: 'devd-042',
    // drawn line 000:1694
    text: 'did hmip look at whether the yot\'s premises meet kids needs? under which standard',
    topic: 'passage',
    packs: ['000'],
    source: '000:1691-1694',
    expect: answer(['1.4', ['Information and facilities', 'delivery environment']]),
  },
  {
    id: 'devd-043',
    // drawn line 000:1727
    text: 'out of court assessment - the three % scores pls',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1726-1730',
    expect: answer(['70%', '80%']),
  },
  {
    id: 'devd-044',
    // drawn line 000:1744
    text: 'ooc joint working with the police: how did the yot\'s recommendations score and how did implementing disposals with police score?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1742-1745',
    expect: answer(['80%', '50%']),
  },
  {
    id: 'devd-045',
    // drawn line 000:1765
    text: 'what\'s NRM in the yot inspection report?',
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1765',
    expect: answer(['National Referral Mechanism', 'modern slavery']),
  },
  {
    id: 'devd-046',
    // drawn line 000:1814
    text: 'is there another audit being rolled into the yot improvement plan?',
    topic: 'plan',
    packs: ['000'],
    source: '000:1814',
    expect: answer(['National Standards Audit', 'Youth Justice Board']),
  },
  {
    id: 'devd-047',
    // drawn line 000:1836
    text: 'in a line what was hmip\'s overall take on the yot, as reported to cabinet?',
    topic: 'passage',
    packs: ['000'],
    surface: 'groupChat',
    source: '000:1824-1836',
    expect: answer([['steady progress', 'busy YOT', 'works well'], 'Requires improvement']),
  },
  {
    id: 'devd-048',
    // drawn line 000:1854
    text: 'list the ratings for the out of court disposal standards pls',
    topic: 'list',
    packs: ['000'],
    source: '000:1852-1856',
    expect: answer(['Requires improvement', 'Good', 'Joint working']),
  },
  {
    id: 'devd-049',
    // drawn line 000:2085
    text: 'who\'s lead officer on the BCF s75 report & her number?',
    topic: 'meeting',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2083-2087',
    expect: answer(['Su Ormes', '01634 331280']),
  },
  {
    id: 'devd-050',
    // drawn line 000:2449
    text: 'what does the BCF plan promise on reablement and dementia',
    topic: 'plan',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2449-2450',
    expect: answer(['complex needs', 'EMI beds']),
  },
  {
    id: 'devd-051',
    // drawn line 000:2551
    text: 'can cabinet take the HIF compulsory purchase decision itself or does it have to go to full council?',
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2551-2553',
    expect: answer(['Cabinet determination', 'budget framework']),
  },
  {
    id: 'devd-052',
    // drawn line 000:2554
    text: 'why was the HIF report taken as urgent and when\'s the next cabinet after it?',
    topic: 'meeting',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2554',
    expect: answer([onDate(30, 6, 2020), onDate(7, 7, 2020)]),
  },
  {
    id: 'devd-053',
    // drawn line 000:2615
    text: 'what appendices come with the HIF cpo report, can we see them?',
    topic: 'list',
    packs: ['000'],
    surface: 'channel',
    tags: ['abbreviation'],
    source: '000:2613-2616',
    expect: answer(['exempt', 'Compulsory Acquisition Strategy', 'Indicative timeline']),
  },
  {
    id: 'devd-054',
    // drawn line 000:2622
    text: 'which earlier cabinet papers are listed as background for the hif report',
    topic: 'list',
    packs: ['000'],
    source: '000:2618-2622',
    expect: answer([onDate(5, 2, 2019), onDate(3, 2, 2020)]),
  },
  // ---- pack 001 (Medway CYP O&S, 23 July 2020) ----
  {
    id: 'devd-055',
    // drawn line 001:93
    text: 'yot inspection - breakdown of the 23 more detailed indicators pls, how many were RI / inadequate?',
    topic: 'indicator',
    packs: ['001', '000'],
    tags: ['abbreviation'],
    source: '001:90-94',
    expect: answer(['5', '2']),
  },
  // ---- pack 002 (Herefordshire CYP scrutiny, 16 September 2019) ----
  {
    id: 'devd-056',
    // drawn line 002:162
    text: 'why do we have to keep supporting young ppl up to 25?',
    topic: 'passage',
    packs: ['002'],
    source: '002:162',
    expect: answer(['care leavers', '18']),
  },
  {
    id: 'devd-057',
    // drawn line 002:358
    text: 'what new duty did the children & social work act 2017 bring in?',
    topic: 'passage',
    packs: ['002'],
    source: '002:358',
    expect: answer(['personal advisor', 'section 23C']),
  },
  {
    id: 'devd-058',
    // drawn line 002:404
    text: 'what\'s the equality impact assessment in the sept 19 scrutiny pack about & when was it done?',
    topic: 'passage',
    packs: ['002'],
    tags: ['period'],
    source: '002:404-412',
    expect: answer(['Accommodation based support', 'August 2019']),
  },
  {
    id: 'devd-059',
    // drawn line 002:406
    text: 'which directorate is responsible for the care leavers supported accomodation service?',
    topic: 'passage',
    packs: ['002'],
    tags: ['typo'],
    source: '002:406-410',
    expect: answer(['Children and Families']),
  },
  {
    id: 'devd-060',
    // drawn line 002:445
    text: 'how many care leavers will the new supported accom help and how many have complex needs?',
    topic: 'indicator',
    packs: ['002'],
    source: '002:445-447',
    expect: answer(['eight', 'five', 'three']),
  },
  {
    id: 'devd-061',
    // drawn line 002:466
    text: 'what are the benefits for care leavers of the supported accommodation, and how long till they move on?',
    topic: 'passage',
    packs: ['002'],
    source: '002:466-468',
    expect: answer(['remain in their community', '2 years']),
  },
  {
    id: 'devd-062',
    // drawn line 002:478
    text: 'does the care leavers accomm EIA flag any differential impact on protected groups?',
    topic: 'passage',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:478-485',
    expect: answer([['18 - 25', '18-25', '18 to 25'], 'No data available']),
  },
  {
    id: 'devd-063',
    // drawn line 002:482
    text: 'what kinds of complex needs do the care leavers in the supported accom have?',
    topic: 'list',
    packs: ['002'],
    source: '002:482-484',
    expect: answer(['substance misuse', 'exploitation', '24/7']),
  },
  {
    id: 'devd-064',
    // drawn line 002:490
    text: 'what does the EIA say about marital status / religion impacts for the care leavers service?',
    topic: 'passage',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:485-491',
    expect: answer(['No data available']),
  },
  {
    id: 'devd-065',
    // drawn line 002:682
    text: 'how many priorities did the west mercia yjs mgmt board agree and over what period?',
    topic: 'plan',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:682,748',
    expect: answer(['four', ['2018 to 2020', '2018-2020']]),
  },
  {
    id: 'devd-066',
    // drawn line 002:750
    text: 'what did WMYJS actually achieve in 18/19?',
    topic: 'list',
    packs: ['002'],
    tags: ['abbreviation', 'period'],
    source: '002:748-756',
    expect: answer(['service vision', 'flagging']),
  },
  {
    id: 'devd-067',
    // drawn line 002:752
    text: 'did the youth justice service ask its staff what they think last year? anything else for staff like reviews',
    topic: 'passage',
    packs: ['002'],
    source: '002:751-752',
    expect: answer(['staff survey', 'appraisal']),
  },
  {
    id: 'devd-068',
    // drawn line 002:837
    text: 'what are the underlying principles of the west mercia youth justice service?',
    topic: 'list',
    packs: ['002'],
    source: '002:835-840',
    expect: answer(['best practice', 'value for money', 'repair harm']),
  },
  {
    id: 'devd-069',
    // drawn line 002:960
    text: 'does WMYJS meet the min staffing reqs and how many registered social workers has it got?',
    topic: 'indicator',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:960',
    expect: answer(['Crime and Disorder Act 1998', ['three', '3'], 'HCPC']),
  },
  {
    id: 'devd-070',
    // drawn line 002:1057
    text: 'why is herefordshires first time entrant rate higher than it should be, and what\'s being done?',
    topic: 'passage',
    packs: ['002'],
    tags: ['typo'],
    source: '002:1053-1057',
    expect: answer(['joint decision making', 'Local Policing Area']),
  },
  {
    id: 'devd-071',
    // drawn line 002:1119
    text: 'FTE rate for shropshire vs national and how many kids entered the system?',
    topic: 'indicator',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1119-1132',
    expect: answer(['262', '250', '72']),
  },
  {
    id: 'devd-072',
    // drawn line 002:1287
    text: 'worcs first time entrants oct 17 - sep 18, how many, and what was it back in 2008?',
    topic: 'indicator',
    packs: ['002'],
    tags: ['abbreviation', 'period'],
    source: '002:1287',
    expect: answer(['142', '777']),
  },
  {
    id: 'devd-073',
    // drawn line 002:1403
    text: 'what\'s the committee being asked to approve for the peer on peer abuse spotlight review?',
    topic: 'meeting',
    packs: ['002'],
    source: '002:1403',
    expect: answer(['terms of reference', 'chairperson']),
  },
  {
    id: 'devd-074',
    // drawn line 002:1409
    text: 'who do i contact about the work programme report at cyp scrutiny?',
    topic: 'meeting',
    packs: ['002'],
    surface: 'groupChat',
    source: '002:1408-1409',
    expect: answer(['Matthew Evans', '01432 383690']),
  },
  {
    id: 'devd-075',
    // drawn line 002:1648
    text: 'the rec about ehc plan advice training - who owns the action and when\'s it due',
    topic: 'action',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1648-1653',
    expect: answer(['SEN Manager', 'Dec 2021']),
  },
  {
    id: 'devd-076',
    // drawn line 002:1784
    text: 'when was the court judgements task & finish done and what was rec 1 about?',
    topic: 'passage',
    packs: ['002'],
    source: '002:1784-1788',
    expect: answer(['February 2019', 'Doncaster']),
  },
  {
    id: 'devd-077',
    // drawn line 002:1943
    text: 'who are the support officers for the child exploitation t&f group, and has a chair been picked?',
    topic: 'meeting',
    packs: ['002'],
    source: '002:1939-1943',
    expect: answer(['Coleman', ['Tbc', 'to be confirmed']]),
  },
  {
    id: 'devd-078',
    // drawn line 002:1951
    text: 'foster carers training & the letter to WVT about OTs - were they actually sent? when',
    topic: 'action',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1949-1958',
    expect: answer(['31 July']),
  },
  // ---- pack 003 (Medway CYP O&S, 2 March 2023) ----
  {
    id: 'devd-079',
    // drawn line 003:47
    text: 'who\'s the PH for childrens services coming to the march 23 O&S?',
    topic: 'meeting',
    packs: ['003'],
    tags: ['abbreviation', 'typo'],
    source: '003:45-47',
    expect: answer(['Josie Iles']),
  },
  {
    id: 'devd-080',
    // drawn line 003:59
    text: 'which service areas does the lead member for children cover?',
    topic: 'list',
    packs: ['003'],
    source: '003:58-63',
    expect: answer(['Partnership Commissioning', 'Early Help', 'Provider Services']),
  },
  {
    id: 'devd-081',
    // drawn line 003:85
    text: 'what has the portfolio holder done for child friendly medway?',
    topic: 'passage',
    packs: ['003'],
    source: '003:85',
    expect: answer(['Town Hall']),
  },
  {
    id: 'devd-082',
    // drawn line 003:152
    text: 'does the external funding the youth service gets actually cut its cost to the council?',
    topic: 'passage',
    packs: ['003'],
    source: '003:150-152',
    expect: answer(['additional capacity']),
  },
  {
    id: 'devd-083',
    // drawn line 003:222
    text: 'which teams make up the education service in medway',
    topic: 'list',
    packs: ['003'],
    source: '003:217-222',
    expect: answer(['Inclusion', 'Attendance Advisory', 'MASH']),
  },
  {
    id: 'devd-084',
    // drawn line 003:237
    text: 'what are we doing to push inclusion in medway schools?',
    topic: 'list',
    packs: ['003'],
    source: '003:237-241',
    expect: answer(['trauma informed', 'Alternative Provision', 'Inclusive Education Conference']),
  },
  {
    id: 'devd-085',
    // drawn line 003:305
    text: 'when\'s the send transport contract being re-procured & when was the last review?',
    topic: 'passage',
    packs: ['003'],
    tags: ['abbreviation'],
    source: '003:305',
    expect: answer(['September 2023', '2020']),
  },
  {
    id: 'devd-086',
    // drawn line 003:343
    text: 'sufficiency strategy diversity impact assessment - any adverse impacts and who\'s the lead officer?',
    topic: 'passage',
    packs: ['003'],
    source: '003:325-372',
    expect: answer(['James Harman', 'positive impact']),
  },
  {
    id: 'devd-087',
    // drawn line 003:347
    text: 'which protected characteristics does the sufficiency strategy advance equality for?',
    topic: 'list',
    packs: ['003'],
    source: '003:347-364',
    expect: answer(['Pregnancy', 'Religion']),
  },
  // ---- pack 004 (Medway Cabinet, 14 January 2020) ----
  {
    id: 'devd-088',
    // drawn line 004:156
    text: 'what role does the commissioner want the improvement board to play, and who does its chair report to?',
    topic: 'passage',
    packs: ['004'],
    source: '004:156',
    expect: answer(['challenge', ['DfE', 'Department for Education']]),
  },
  {
    id: 'devd-089',
    // drawn line 004:159
    text: 'what did the minister say in response to the commissioners report?',
    topic: 'passage',
    packs: ['004'],
    tags: ['typo'],
    source: '004:159-168',
    expect: answer(['Leadership Improvement Partner', '12 months']),
  },
  {
    id: 'devd-090',
    // drawn line 004:216
    text: 'when\'s the commissioner next updating the minister, and who feeds into it?',
    topic: 'meeting',
    packs: ['004'],
    source: '004:214-216',
    expect: answer([['3 months', 'three months'], 'Independent Chair']),
  },
  {
    id: 'devd-091',
    // drawn line 004:282
    text: 'who wrote the ways forward report for the minister & what\'s it dated?',
    topic: 'passage',
    packs: ['004'],
    source: '004:282-292',
    expect: answer(['Eleanor Brazil', 'December 2019']),
  },
  {
    id: 'devd-092',
    // drawn line 004:575
    text: 'what did the national care leavers adviser say after visiting, and what have we done since?',
    topic: 'passage',
    packs: ['004'],
    source: '004:573-577',
    expect: answer(['positive', ['small centre', 'centre for care leavers']]),
  },
  {
    id: 'devd-093',
    // drawn line 004:594
    text: 'what did the commissioner make of our self assessment action list (parent reps on boards etc)?',
    topic: 'passage',
    packs: ['004'],
    source: '004:589-598',
    expect: answer(['process', 'little evidence of impact']),
  },
  {
    id: 'devd-094',
    // drawn line 004:645
    text: 'who did the placements review in oct 19 and how long\'s the report?',
    topic: 'passage',
    packs: ['004'],
    source: '004:643-645',
    expect: answer(['Jon Gilbert', '56']),
  },
  {
    id: 'devd-095',
    // drawn line 004:653
    text: 'what did the LGA peer challenge conclude about childrens services structure?',
    topic: 'passage',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:649-653',
    expect: answer(['not fit for purpose', 'spans of control']),
  },
  {
    id: 'devd-096',
    // drawn line 004:661
    text: 'what\'s the commisioning team supposed to do about rising SEND demand?',
    topic: 'passage',
    packs: ['004'],
    tags: ['typo'],
    source: '004:659-661',
    expect: answer(['monitor and predict', 'no co-ordinated system']),
  },
  {
    id: 'devd-097',
    // drawn line 004:741
    text: 'what\'s the SW vacancy rate and who runs recruitment & retention now?',
    topic: 'indicator',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:739-741',
    expect: answer(['29%', 'moved back']),
  },
  {
    id: 'devd-098',
    // drawn line 004:761
    text: 'what were staff telling the commissioner about caseloads and people in temp roles for ages?',
    topic: 'passage',
    packs: ['004'],
    surface: 'channel',
    source: '004:757-763',
    expect: answer(['acting up', 'Too many consultants']),
  },
  {
    id: 'devd-099',
    // drawn line 004:863
    text: 'what legal power is the DfE\'s direction to medway made under?',
    topic: 'passage',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:863',
    expect: answer(['497A', 'Education Act 1996']),
  },
  {
    id: 'devd-100',
    // drawn line 004:1176
    text: 'improvement plan priority 4 (QA/perf mgmt) - what needs to change and who leads it?',
    topic: 'plan',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:1173-1176',
    expect: answer(['audit grading', 'Assistant Director']),
  },
  // ---- not in any pack, and ambiguous between records ----
  {
    id: 'devd-101',
    text: 'how many potholes did medway fix during lockdown?',
    topic: 'indicator',
    packs: ['000'],
    expect: notFound(),
  },
  {
    id: 'devd-102',
    text: 'are the allotments open again after lockdown?',
    topic: 'passage',
    packs: ['000'],
    expect: notFound(),
  },
  {
    id: 'devd-103',
    text: 'when did we last run a knife amnesty for young ppl in medway',
    topic: 'passage',
    packs: ['000'],
    expect: notFound(),
  },
  {
    id: 'devd-104',
    text: '% of herefordshire looked after children with up to date dental checks?',
    topic: 'indicator',
    packs: ['002'],
    tags: ['abbreviation'],
    expect: notFound(),
  },
  {
    id: 'devd-105',
    text: 'what\'s the sickness absence rate in childrens social care atm?',
    topic: 'indicator',
    packs: ['004'],
    expect: notFound(),
  },
  {
    id: 'devd-106',
    text: 'how many complaints did we get about SEND transport last year?',
    topic: 'indicator',
    packs: ['003'],
    tags: ['abbreviation'],
    expect: notFound(),
  },
  {
    id: 'devd-107',
    text: 'is vaping in medway secondary schools going up? any figures',
    topic: 'indicator',
    packs: ['003'],
    expect: notFound(),
  },
  {
    id: 'devd-108',
    text: 'hate crimes involving young people in west mercia - numbers for 18/19?',
    topic: 'indicator',
    packs: ['002'],
    tags: ['period'],
    expect: notFound(),
  },
  {
    id: 'devd-109',
    text: 'what was the overall rating from the inspection?',
    topic: 'indicator',
    packs: ['000', '001', '004'],
    source: '000:634, 004:867',
    expect: askBack(),
  },
  {
    id: 'devd-110',
    text: 'first time entrants rate pls',
    topic: 'indicator',
    packs: ['002', '000'],
    source: '002:1053, 002:1128, 002:1205, 002:1283, 000:445',
    expect: askBack(),
  },
];
