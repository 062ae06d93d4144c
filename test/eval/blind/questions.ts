import type { EvalQuestion } from '../question-types';
import { answer, askBack, atTime, notFound, onDate } from '../question-types';

/**
 * Blind evaluation set: members' questions written by a second pair of eyes from the five packs only (no engine code read, no
 * engine run). One question per randomly drawn pack line (seeded sample, see SAMPLE.md next to this file), then questions
 * the packs cannot answer and questions that are truly ambiguous between two records.
 *
 * @remarks
 * Written before being run; never edit an expectation to make the engine pass. If an expectation is shown to be wrong
 * against the pack text, fix it with a note in SAMPLE.md. The eval clock is 2 January 2020.
 */
export const blindQuestions: EvalQuestion[] = [
  // ---- pack 000 ----
  {
    id: 'blind-001',
    // drawn line 000:43
    text: "quick one - who's the covid-19 response report to cabinet from?",
    topic: 'passage',
    packs: ['000'],
    tags: ['directory'],
    source: '000:39-43',
    expect: answer(['Ruth Du-Lieu']),
  },
  {
    id: 'blind-002',
    // drawn line 000:81
    text: 'outbreak control plan - which partners do we have to work with on it?',
    topic: 'passage',
    packs: ['000'],
    source: '000:80-83',
    expect: answer(['Public Health England', 'Local Resilience Forum']),
  },
  {
    id: 'blind-003',
    // drawn line 000:109
    text: 'how many prescriptions did the charities / community groups collect for residents in lockdown',
    topic: 'indicator',
    packs: ['000'],
    source: '000:104-109',
    expect: answer(['150']),
  },
  {
    id: 'blind-004',
    // drawn line 000:130
    text: 'what did childrens services do to check the risk for every child getting a service during covid?',
    topic: 'passage',
    packs: ['000'],
    source: '000:130',
    expect: answer(['Priority Risk Assessments']),
  },
  {
    id: 'blind-005',
    // drawn line 000:131
    text: 'were there problems with PPE or IT kit for the childrens social workers in covid??',
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:131',
    expect: answer(['minimised']),
  },
  {
    id: 'blind-006',
    // drawn line 000:145
    text: 'how often were we meeting the trade unions about schools during the pandemic',
    topic: 'passage',
    packs: ['000'],
    source: '000:145',
    expect: answer(['weekly']),
  },
  {
    id: 'blind-007',
    // drawn line 000:202
    text: 'how many staff got redeployed to help regen with the discretionary business grants scheme?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:202',
    expect: answer([['4 staff', 'four staff']]),
  },
  {
    id: 'blind-008',
    // drawn line 000:217
    text: 'what changes were made to housing benefit in the covid response?',
    topic: 'passage',
    packs: ['000'],
    source: '000:217',
    expect: answer(['Local Housing Allowance', 'earnings disregard']),
  },
  {
    id: 'blind-009',
    // drawn line 000:230
    text: 'HR virtual training during lockdown - anything supporting the childrens services improvement journey?',
    topic: 'passage',
    packs: ['000'],
    source: '000:230',
    expect: answer(['signs of safety']),
  },
  {
    id: 'blind-010',
    // drawn line 000:241
    text: 'roughly what % of ict staff have been wfh?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:241-243',
    expect: answer(['90%']),
  },
  {
    id: 'blind-011',
    // drawn line 000:253
    text: 'remote committee meetings - until when does the temporary law change last?',
    topic: 'passage',
    packs: ['000'],
    source: '000:253',
    expect: answer(['May 2021']),
  },
  {
    id: 'blind-012',
    // drawn line 000:259
    text: 'when did the chief exec take the urgent decision extending temp accomodation for homeless households and rough sleepers?',
    topic: 'passage',
    packs: ['000'],
    tags: ['typo', 'abbreviation'],
    source: '000:259',
    expect: answer([onDate(21, 4, 2020)]),
  },
  {
    id: 'blind-013',
    // drawn line 000:277
    text: 'how many facebook posts has the council put out since lockdown and what was the reach',
    topic: 'indicator',
    packs: ['000'],
    source: '000:275-277',
    expect: answer(['410', '2.2 million']),
  },
  {
    id: 'blind-014',
    // drawn line 000:335
    text: 'which of the covid support schemes are fully funded directly by government?',
    topic: 'passage',
    packs: ['000'],
    source: '000:335',
    expect: answer(['Expanded Business Rates Relief', 'Council Tax Hardship']),
  },
  {
    id: 'blind-015',
    // drawn line 000:416
    text: 'yot funding - how often are the partner contributions reviewed, and how much does the OPCC put in?',
    topic: 'indicator',
    packs: ['000', '001'],
    tags: ['abbreviation'],
    source: '000:414-419',
    expect: answer(['annually', '£90,353']),
  },
  {
    id: 'blind-016',
    // drawn line 000:454
    text: 'has youth reoffending in medway been going up or down? since when?',
    topic: 'passage',
    packs: ['000', '001'],
    source: '000:454',
    expect: answer(['2014', 'reversed']),
  },
  {
    id: 'blind-017',
    // drawn line 000:590
    text: 'which page of the hmip report is the organisational delivery section on',
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:590',
    expect: answer(['14']),
  },
  {
    id: 'blind-018',
    // drawn line 000:639
    text: 'what did hmip rate the yot for information and facilities?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:639',
    expect: answer(['Good']),
  },
  {
    id: 'blind-019',
    // drawn line 000:647
    text: 'hmip rating for planning on out of court disposals pls',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation', 'hard'],
    source: '000:642,647',
    expect: answer(['Requires improvement'], ['Inadequate']),
  },
  {
    id: 'blind-020',
    // drawn line 000:661
    text: 'why did the yot lose capacity - wasnt there something about outsourcing?',
    topic: 'passage',
    packs: ['000'],
    source: '000:661',
    expect: answer(['outsourcing', 'disinvestment']),
  },
  {
    id: 'blind-021',
    // drawn line 000:665
    text: 'who did the inspectors interview for the organisational delivery bit of the yot inspection',
    topic: 'passage',
    packs: ['000'],
    source: '000:665',
    expect: answer(['strategic manager', 'Chair of the Management Board']),
  },
  {
    id: 'blind-022',
    // drawn line 000:691
    text: 'did hmip say anything about how the yot works with girls?',
    topic: 'passage',
    packs: ['000'],
    source: '000:691',
    expect: answer(['no strategy']),
  },
  {
    id: 'blind-023',
    // drawn line 000:744
    text: 'what went well on out of court disposals according to the inspectors?',
    topic: 'list',
    packs: ['000'],
    source: '000:740-745',
    expect: answer(['Victims', 'voluntary activities']),
  },
  {
    id: 'blind-024',
    // drawn line 000:763
    text: 'list the hmip recs for the yot itself pls (not the board)',
    topic: 'list',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:763-768',
    expect: answer(['resettlement', 'exploited', 'girls']),
  },
  {
    id: 'blind-025',
    // drawn line 000:770
    text: 'what did hmip recommend the youth justice partnership board should do?',
    topic: 'passage',
    packs: ['000'],
    source: '000:770-772',
    expect: answer(['strengthen its ambition']),
  },
  {
    id: 'blind-026',
    // drawn line 000:772
    text: 'how many recommendations did hmip make for medway yot in total',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:761,772',
    expect: answer([['five', '5']]),
  },
  {
    id: 'blind-027',
    // drawn line 000:812
    text: "what's medway's total population and the 10-17 population in the yot inspection report?",
    topic: 'indicator',
    packs: ['000'],
    source: '000:812-813',
    expect: answer(['277,855', '27,033']),
  },
  {
    id: 'blind-028',
    // drawn line 000:834
    text: 'bme youth population in medway - whats the figure and where does it come from',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:814,834',
    expect: answer(['3,480', 'Census 2011']),
  },
  {
    id: 'blind-029',
    // drawn line 000:869
    text: 'what % of the court disposal cases the inspectors looked at were violence against the person?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:866-869',
    expect: answer(['75%']),
  },
  {
    id: 'blind-030',
    // drawn line 000:900
    text: "girls finding from hmip - what's the yot plan doing about it, who's on it and when's it due",
    topic: 'action',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:900,1978',
    expect: answer(['needs audit', 'Information officer', 'September 2020']),
  },
  {
    id: 'blind-031',
    // drawn line 000:985
    text: 'what did the inspectors make of yot staff - are they motivated?',
    topic: 'passage',
    packs: ['000'],
    source: '000:985',
    expect: answer(['motivated']),
  },
  {
    id: 'blind-032',
    // drawn line 000:993
    text: 'how does the yot handle its most complex cases, anything special?',
    topic: 'passage',
    packs: ['000'],
    source: '000:987-993',
    expect: answer(['jointly']),
  },
  {
    id: 'blind-033',
    // drawn line 000:1003
    text: 'have any yot staff been put forward for awards?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1003',
    expect: answer(['team of the year']),
  },
  {
    id: 'blind-034',
    // drawn line 000:1015
    text: 'partnerships and services standard at the yot - what rating did it get',
    topic: 'indicator',
    packs: ['000'],
    source: '000:638,1015-1021',
    expect: answer(['Requires improvement']),
  },
  {
    id: 'blind-035',
    // drawn line 000:1019
    text: 'what % of the yot caseload have mental health issues, and substance misuse?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1023-1024',
    expect: answer(['33%', '54%']),
  },
  {
    id: 'blind-036',
    // drawn line 000:1069
    text: "what's the accredited award kids can get on the ISS scheme",
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1069',
    expect: answer(['ASDAN', 'Be yourself']),
  },
  {
    id: 'blind-037',
    // drawn line 000:1081
    text: 'how often do camhs nurses come into the yot? and the SALT',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1081',
    expect: answer(['once a week', 'two sessions a month']),
  },
  {
    id: 'blind-038',
    // drawn line 000:1095
    text: 'is there a limit on how many out of court disposals one child can get?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1095',
    expect: answer(['no limit']),
  },
  {
    id: 'blind-039',
    // drawn line 000:1121
    text: 'are the yot policies and guidance kept up to date according to hmip?',
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1121-1123',
    expect: answer(['reviewed and updated']),
  },
  {
    id: 'blind-040',
    // drawn line 000:1135
    text: 'can yot staff get into the childrens social care records system?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1135-1137',
    expect: answer([['read-only', 'read only']]),
  },
  {
    id: 'blind-041',
    // drawn line 000:1196
    text: 'court cases - what % of assessments properly analysed how to keep other people safe',
    topic: 'indicator',
    packs: ['000'],
    tags: ['hard'],
    source: '000:1196',
    expect: answer(['92%'], ['80%']),
  },
  {
    id: 'blind-042',
    // drawn line 000:1204
    text: 'how good was the yot at assessing desistance?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1194,1202',
    expect: answer([['outstanding', '100%']]),
  },
  {
    id: 'blind-043',
    // drawn line 000:1244
    text: 'planning for court cases - what % focused enough on keeping the child safe, and whats the overall planning rating?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1242-1248',
    expect: answer(['42%', 'Inadequate']),
  },
  {
    id: 'blind-044',
    // drawn line 000:1269
    text: 'did yot plans and child protection plans line up ok in the community cases?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1269',
    expect: answer(['duplication']),
  },
  {
    id: 'blind-045',
    // drawn line 000:1362
    text: 'does the yot have a restorative justice worker and do they actually get used?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1362',
    expect: answer(['routinely']),
  },
  {
    id: 'blind-046',
    // drawn line 000:1393
    text: 'court reviews - in how many of the 8 cases did the review focus enough on keeping the child safe?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1393-1395',
    expect: answer([['4', 'four']]),
  },
  {
    id: 'blind-047',
    // drawn line 000:1399
    text: 'in the yot reviews how many times had the case manager not involved other agencies',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1399',
    expect: answer([['four', '4']]),
  },
  {
    id: 'blind-048',
    // drawn line 000:1409
    text: 'reviewing risk to others: how many cases should have led to a changed plan, and how many actually did?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1405-1409',
    expect: answer([['seven', '7'], ['three', '3']]),
  },
  {
    id: 'blind-049',
    // drawn line 000:1483
    text: 'out of court cases, keeping the child safe bit - in how many was there a clear record of the assessment?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1483',
    expect: answer([['nine', '9']]),
  },
  {
    id: 'blind-050',
    // drawn line 000:1489
    text: 'ooc assessments on keeping others safe, how many of the ten were sufficient?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1487-1489',
    expect: answer([['eight', '8']]),
  },
  {
    id: 'blind-051',
    // drawn line 000:1546
    text: 'implementation and delivery for out-of-court work - rating?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1542-1548',
    expect: answer(['Good']),
  },
  {
    id: 'blind-052',
    // drawn line 000:1577
    text: 'ooc service delivery keeping the child safe - in how many cases was it effective?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1577-1579',
    expect: answer([['six', '6']]),
  },
  {
    id: 'blind-053',
    // drawn line 000:1762
    text: 'in the hmip report glossary what does FTE mean?',
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation', 'conflict', 'hard'],
    source: '000:1758',
    expect: answer([['Full-time equivalent', 'full time equivalent']]),
  },
  {
    id: 'blind-054',
    // drawn line 000:1788
    text: "whats hmip's postal adress",
    topic: 'passage',
    packs: ['000'],
    tags: ['directory', 'typo'],
    source: '000:1788-1792',
    expect: answer(['1 Bridge Street West', 'M3 3FX']),
  },
  {
    id: 'blind-055',
    // drawn line 000:1806
    text: 'the yot improvement plan - which inspection dates is it responding to?',
    topic: 'plan',
    packs: ['000'],
    source: '000:1806-1808',
    expect: answer(['24', 'February 2020']),
  },
  {
    id: 'blind-056',
    // drawn line 000:1818
    text: 'what 3 areas did hmip rate the yot on',
    topic: 'list',
    packs: ['000', '001'],
    source: '000:1818-1822',
    expect: answer(['organisational delivery', ['out-of-court', 'out of court']]),
  },
  {
    id: 'blind-057',
    // drawn line 000:1890
    text: "who's doing the needs audit of the yot cohort and by when?",
    topic: 'action',
    packs: ['000'],
    source: '000:1890,1966',
    expect: answer(['Information Officer', 'September 2020']),
  },
  {
    id: 'blind-058',
    // drawn line 000:1951
    text: "yot improvement plan: what's the yjpb's recommendation, and what's the success measure for updating the strategy?",
    topic: 'action',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1951-1953,1981',
    expect: answer(['strengthen its ambition', ['vision for 3 years', '3 years']]),
  },
  {
    id: 'blind-059',
    // drawn line 000:1968
    text: 'who is leading the criminal exploitation screening process in the yot plan',
    topic: 'action',
    packs: ['000'],
    source: '000:1968',
    expect: answer([['Operation and Practice Manager', 'Operations and Practice Manager']]),
  },
  {
    id: 'blind-060',
    // drawn line 000:1969
    text: 'who leads the planning actions (priority 3, safety and wellbeing) in the yot improvement plan and whens the timescale?',
    topic: 'action',
    packs: ['000'],
    tags: ['hard'],
    source: '000:1969,1973',
    expect: answer(['Operational Manager and Practice Manager', 'September 2020']),
  },
  {
    id: 'blind-061',
    // drawn line 000:2018
    text: 'why does the bcf s75 agreement need updating?',
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2018',
    expect: answer(['Kent and Medway CCG']),
  },
  {
    id: 'blind-062',
    // drawn line 000:2030
    text: 'whats the s75 variation cabinet is being asked to approve actually for?',
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2030',
    expect: answer([['hospital discharges', 'hospital discharge']]),
  },
  {
    id: 'blind-063',
    // drawn line 000:2116
    text: 'which page of the bcf narrative plan has the overview of funding contributions',
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2116',
    expect: answer(['20']),
  },
  {
    id: 'blind-064',
    // drawn line 000:2167
    text: 'medway model - how many local geographies and what population does each healthy living centre cover?',
    topic: 'passage',
    packs: ['000'],
    source: '000:2165-2167',
    expect: answer([['six', '6'], '30,000', '50,000']),
  },
  {
    id: 'blind-065',
    // drawn line 000:2181
    text: 'projected grwoth in over 85s in medway by 2025?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['period', 'typo'],
    source: '000:2181',
    expect: answer(['44%', '6,900']),
  },
  {
    id: 'blind-066',
    // drawn line 000:2366
    text: 'how often does the jcmg meet',
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2366-2368',
    expect: answer([['six weeks', '6 weeks']]),
  },
  {
    id: 'blind-067',
    // drawn line 000:2380
    text: 'how much ibcf went on fair cost of care fee uplifts in 17/18',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation', 'period'],
    source: '000:2380-2386',
    expect: answer(['£962,000']),
  },
  {
    id: 'blind-068',
    // drawn line 000:2473
    text: 'bcf spend on joint commissioning infrastructure / programme support in 2018/19?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['period'],
    source: '000:2472-2473',
    expect: answer(['£835,000']),
  },
  {
    id: 'blind-069',
    // drawn line 000:2500
    text: 'what are the focus areas in the dtoc plan on a page?',
    topic: 'plan',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2500-2528',
    expect: answer(['BUILD CAPACITY', 'CHOICE', 'DIGITAL ROAD MAP']),
  },
  {
    id: 'blind-070',
    // drawn line 000:2515
    text: "dtoc plan - revising the care home contract t&cs to improve response times, who owns it and when's it due",
    topic: 'action',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2515',
    expect: answer(["HEAD OF ADULTS' COMMISSIONING", 'MARCH 2018']),
  },
  {
    id: 'blind-071',
    // drawn line 000:2519
    text: 'scoping increased pooled resources incl chc - owner and timeframe in the dtoc plan?',
    topic: 'action',
    packs: ['000'],
    tags: ['abbreviation', 'free-text'],
    source: '000:2519',
    expect: answer(['PMO', 'TBA']),
  },
  {
    id: 'blind-072',
    // drawn line 000:2563
    text: "hif new routes to good growth - why's the cpo report coming to cabinet now?",
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2561-2563',
    expect: answer([['Grant Determination Agreement', 'GDA']]),
  },
  {
    id: 'blind-073',
    // drawn line 000:2581
    text: 'hif risks: what happens if cabinet says no to compulsory purchase in principle?',
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2580-2582',
    expect: answer(['Condition 18', onDate(30, 6, 2020)]),
  },
  {
    id: 'blind-074',
    // drawn line 000:2603
    text: "what's cabinet actually being asked to agree on the hif cpo paper",
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2600-2605',
    expect: answer(['compulsory acquisition', ['SEMS', 'Strategic Environmental Management Scheme']]),
  },
  {
    id: 'blind-075',
    // drawn line 000:2620
    text: 'background papers for the hif project delivery report?',
    topic: 'list',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2618-2622',
    expect: answer([onDate(5, 2, 2019), onDate(3, 2, 2020)]),
  },
  {
    id: 'blind-076',
    // drawn line 000:2664
    text: 'were there any representations about taking the hif item in private?',
    topic: 'meeting',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2664',
    expect: answer(['No representations']),
  },
  // ---- pack 001 ----
  {
    id: 'blind-077',
    // drawn line 001:26
    text: 'when was hmip in at the yot and when did the report come out?',
    topic: 'passage',
    packs: ['001', '000'],
    tags: ['abbreviation'],
    source: '001:17',
    expect: answer([['28 February 2020', '28th February 2020', '28 Feb 2020'], onDate(4, 6, 2020)]),
  },
  {
    id: 'blind-078',
    // drawn line 001:88
    text: 'out of the 12 hmip standards how many were good and how many RI?',
    topic: 'indicator',
    packs: ['001', '000'],
    tags: ['abbreviation'],
    source: '001:86-89',
    expect: answer(['7', '4']),
  },
  {
    id: 'blind-079',
    // drawn line 001:95
    text: 'when did the youth justice partnership board sign off the yot improvement plan',
    topic: 'plan',
    packs: ['001'],
    tags: ['conflict'],
    source: '001:110-115',
    expect: answer([onDate(13, 7, 2020)]),
  },
  {
    id: 'blind-080',
    // drawn line 001:99
    text: "yot report risk register - what's the rating on the budget reduction risk?",
    topic: 'indicator',
    packs: ['001', '000'],
    source: '001:101-103',
    expect: answer(['C2']),
  },
  {
    id: 'blind-081',
    // drawn line 001:133
    text: "what's the cyp o&s being asked to do with the hmip yot report in july?",
    topic: 'passage',
    packs: ['001'],
    surface: 'channel',
    tags: ['abbreviation'],
    source: '001:133',
    expect: answer(['note']),
  },
  // ---- pack 002 ----
  {
    id: 'blind-082',
    // drawn line 002:50
    text: "who's the diocese of hereford rep on the herefordshire cyp scrutiny cttee",
    topic: 'meeting',
    packs: ['002'],
    tags: ['abbreviation', 'directory'],
    source: '002:47-50',
    expect: answer(['Sian Lines']),
  },
  {
    id: 'blind-083',
    // drawn line 002:56
    text: 'were there any named substitutes at the 15 july hereford children and young people scrutiny?',
    topic: 'meeting',
    packs: ['002'],
    source: '002:56,87-89',
    expect: answer([['no named substitutes', 'none']]),
  },
  {
    id: 'blind-084',
    // drawn line 002:73
    text: 'which councillors were at the 15 july 2019 herefordshire cyp scrutiny meeting',
    topic: 'meeting',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:68-75',
    expect: answer(['Paul Andrews', 'Kath Hey', 'Jim Kenyon']),
  },
  {
    id: 'blind-085',
    // drawn line 002:99
    text: 'did any members of the public ask questions at the july meeting of herefords childrens scrutiny?',
    topic: 'meeting',
    packs: ['002'],
    source: '002:99-101',
    expect: answer([['no questions', 'none']]),
  },
  {
    id: 'blind-086',
    // drawn line 002:128
    text: 'what did the HLAC say about SDQ scores and foster placements?',
    topic: 'passage',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:128',
    expect: answer(['foster placements', ['multiagency group', 'multi-agency group']]),
  },
  {
    id: 'blind-087',
    // drawn line 002:260
    text: 'how is the care leavers accommodation service meant to save us money?',
    topic: 'passage',
    packs: ['002'],
    source: '002:260',
    expect: answer(['cost avoidance', 'out of county']),
  },
  {
    id: 'blind-088',
    // drawn line 002:266
    text: 'will the provider help the young people understand their rights as tenants?',
    topic: 'passage',
    packs: ['002'],
    source: '002:266',
    expect: answer(['rights and responsibilities']),
  },
  {
    id: 'blind-089',
    // drawn line 002:285
    text: "what's the vision in herefordshire's corporate plan for children and young people",
    topic: 'passage',
    packs: ['002'],
    source: '002:285',
    expect: answer(['great start in life']),
  },
  {
    id: 'blind-090',
    // drawn line 002:286
    text: 'which priority in the corporate parenting strategy covers leaving care and the housing challenges?',
    topic: 'plan',
    packs: ['002'],
    source: '002:286',
    expect: answer(['Priority 8']),
  },
  {
    id: 'blind-091',
    // drawn line 002:293
    text: "what's the focus of the care leavers accommodation - is it about independance?",
    topic: 'passage',
    packs: ['002'],
    tags: ['typo'],
    source: '002:293',
    expect: answer(['independent living skills']),
  },
  {
    id: 'blind-092',
    // drawn line 002:294
    text: 'who does the maintenance and health and safety checks on the care leaver units',
    topic: 'passage',
    packs: ['002'],
    source: '002:294',
    expect: answer(['provider']),
  },
  {
    id: 'blind-093',
    // drawn line 002:322
    text: 'care leavers service - how is the enhanced housing management cost covered?',
    topic: 'passage',
    packs: ['002'],
    source: '002:322',
    expect: answer(['housing benefit']),
  },
  {
    id: 'blind-094',
    // drawn line 002:326
    text: 'estimated direct staffing costs for the care leavers service, total over the 5 yrs?',
    topic: 'indicator',
    packs: ['002'],
    source: '002:324-326',
    expect: answer([['1,375', '£1.375m', '£1.375 million', '1.375']]),
  },
  {
    id: 'blind-095',
    // drawn line 002:338
    text: 'what are we currently paying per year in placement costs for the 5 young people with complex needs',
    topic: 'indicator',
    packs: ['002'],
    source: '002:336-338',
    expect: answer([['740', '740,000']]),
  },
  {
    id: 'blind-096',
    // drawn line 002:340
    text: 'potential cost avoidance over 5 years for the 5 complex needs young people?',
    topic: 'indicator',
    packs: ['002'],
    tags: ['hard'],
    source: '002:340',
    expect: answer([['1,625', '1,625,000', '£1.625m', '1.625']]),
  },
  {
    id: 'blind-097',
    // drawn line 002:497
    text: 'who did the council consult when designing the care leavers accomodation service?',
    topic: 'passage',
    packs: ['002'],
    tags: ['typo'],
    source: '002:497-499',
    expect: answer(['providers', 'directorates']),
  },
  {
    id: 'blind-098',
    // drawn line 002:520
    text: 'which pages is the youth justice plan item on in the hereford agenda pack',
    topic: 'meeting',
    packs: ['002'],
    source: '002:62,520',
    expect: answer(['31', '66']),
  },
  {
    id: 'blind-099',
    // drawn line 002:521
    text: 'who is the hereford youth justice plan report by?',
    topic: 'meeting',
    packs: ['002'],
    source: '002:521',
    expect: answer(['Cabinet member children and families']),
  },
  {
    id: 'blind-100',
    // drawn line 002:537
    text: 'does the yj plan need full council to approve it or just the exec?',
    topic: 'passage',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:537-539',
    expect: answer(['full council']),
  },
  {
    id: 'blind-101',
    // drawn line 002:566
    text: 'where is the herefordshire-specific data in the west mercia yj plan',
    topic: 'passage',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:566',
    expect: answer(['appendix 4']),
  },
  {
    id: 'blind-102',
    // drawn line 002:575
    text: "what's priority 2 of the west mercia youth justice plan and its sub priorities?",
    topic: 'plan',
    packs: ['002'],
    source: '002:574-577',
    expect: answer(['Our Partnerships', 'mental health']),
  },
  {
    id: 'blind-103',
    // drawn line 002:589
    text: 'how many national indicators is the youth justice service measured against?',
    topic: 'indicator',
    packs: ['002'],
    source: '002:589',
    expect: answer([['three', '3']]),
  },
  {
    id: 'blind-104',
    // drawn line 002:595
    text: 'why are west mercia fte rates higher than expected?',
    topic: 'passage',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:595',
    expect: answer(['joint decision']),
  },
  {
    id: 'blind-105',
    // drawn line 002:603
    text: "what's the principal aim of the youth justice system acording to the hereford report",
    topic: 'passage',
    packs: ['002'],
    tags: ['typo'],
    source: '002:603',
    expect: answer(['prevention of offending']),
  },
  {
    id: 'blind-106',
    // drawn line 002:643
    text: 'what appendices come with the youth justice plan report to hereford scrutiny?',
    topic: 'list',
    packs: ['002'],
    source: '002:641-645',
    expect: answer(['West Mercia Youth Justice Plan 2019/20', 'larger graphs']),
  },
  {
    id: 'blind-107',
    // drawn line 002:690
    text: 'which page of the west mercia yj plan is integrated and joint working on?',
    topic: 'passage',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:690',
    expect: answer(['8']),
  },
  {
    id: 'blind-108',
    // drawn line 002:751
    text: 'how many priorities did the wmyjs management board agree and for what period?',
    topic: 'plan',
    packs: ['002'],
    tags: ['abbreviation', 'period'],
    source: '002:748',
    expect: answer([['four', '4'], '2018 to 2020']),
  },
  {
    id: 'blind-109',
    // drawn line 002:753
    text: 'what key developments did wmyjs achieve in 18/19?',
    topic: 'list',
    packs: ['002'],
    tags: ['abbreviation', 'period'],
    source: '002:748-756',
    expect: answer(['staff survey', 'high risk panel', 'Mental health training']),
  },
  {
    id: 'blind-110',
    // drawn line 002:778
    text: 'west mercia first time entrants rate vs stat neighbours?',
    topic: 'indicator',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:778',
    expect: answer(['294', '205']),
  },
  {
    id: 'blind-111',
    // drawn line 002:825
    text: "what's the wmyjs vision statement",
    topic: 'plan',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:827-833',
    expect: answer(['Together, preventing offending and improving lives']),
  },
  {
    id: 'blind-112',
    // drawn line 002:860
    text: 'what actions are planned under the mental health sub-priority (2.2) in the west mercia delivery plan?',
    topic: 'action',
    packs: ['002'],
    source: '002:860,904',
    expect: answer(['core role', 'CAMHS protocols']),
  },
  {
    id: 'blind-113',
    // drawn line 002:865
    text: 'which priority does the QA and performance framework sit under in the yj plan?',
    topic: 'plan',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:863-865',
    expect: answer([['Our Performance, Quality and Practice', 'OUR PERFORMANCE AND PRACTICE']]),
  },
  {
    id: 'blind-114',
    // drawn line 002:885
    text: 'west mercia reoffending rate quoted in the risks section of the yj plan?',
    topic: 'indicator',
    packs: ['002'],
    tags: ['abbreviation', 'conflict'],
    source: '002:885-889',
    expect: answer(['33.4%']),
  },
  {
    id: 'blind-115',
    // drawn line 002:891
    text: "what's the mitigating action for the first time entrants risk in the wmyjs plan?",
    topic: 'action',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:891-892',
    expect: answer(['joint decision making']),
  },
  {
    id: 'blind-116',
    // drawn line 002:893
    text: "custody risk in the west mercia yj plan - what's the risk and the mitigation",
    topic: 'action',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:893',
    expect: answer(['remand management strategy']),
  },
  {
    id: 'blind-117',
    // drawn line 002:912
    text: 'is wmyjs getting its own website? which action is that',
    topic: 'action',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:912',
    expect: answer(['4.1.2']),
  },
  {
    id: 'blind-118',
    // drawn line 002:917
    text: 'total west mercia yjs resources for 19/20?',
    topic: 'indicator',
    packs: ['002'],
    tags: ['abbreviation', 'period'],
    source: '002:917-931',
    expect: answer(['3,101,773']),
  },
  {
    id: 'blind-119',
    // drawn line 002:933
    text: 'how much is the attendance centres grant?',
    topic: 'indicator',
    packs: ['002'],
    source: '002:933',
    expect: answer(['£50,043']),
  },
  {
    id: 'blind-120',
    // drawn line 002:935
    text: 'how much is the yjb youth justice grant to west mercia in 19/20',
    topic: 'indicator',
    packs: ['002'],
    tags: ['abbreviation', 'period'],
    source: '002:929,935',
    expect: answer(['1,184,541']),
  },
  {
    id: 'blind-121',
    // drawn line 002:937
    text: 'what outcomes is the yjb grant supposed to achieve?',
    topic: 'list',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:937',
    expect: answer([['reducing re-offending', 'reducing reoffending'], 'public protection']),
  },
  {
    id: 'blind-122',
    // drawn line 002:971
    text: 'who approves the west mercia youth justice plan?',
    topic: 'passage',
    packs: ['002'],
    source: '002:971',
    expect: answer(['Management Board', ['four top tier Councils', 'four']]),
  },
  {
    id: 'blind-123',
    // drawn line 002:979
    text: 'who chairs the wmyjs management board and how often does it meet',
    topic: 'meeting',
    packs: ['002'],
    tags: ['abbreviation', 'directory'],
    source: '002:975-987',
    expect: answer(['Karen Bradshaw', 'every two months']),
  },
  {
    id: 'blind-124',
    // drawn line 002:1132
    text: 'how many first time entrants were there in shropshire oct 17 - sep 18?',
    topic: 'indicator',
    packs: ['002'],
    tags: ['period'],
    source: '002:1132',
    expect: answer(['72']),
  },
  {
    id: 'blind-125',
    // drawn line 002:1160
    text: 'shropshires binary reoffendng rate?',
    topic: 'indicator',
    packs: ['002'],
    tags: ['hard', 'typo'],
    source: '002:1160',
    expect: answer(['28.9%'], ['34.2%', '31.2%']),
  },
  {
    id: 'blind-126',
    // drawn line 002:1196
    text: 'telford and wrekin custody rate in 2018?',
    topic: 'indicator',
    packs: ['002'],
    source: '002:1196-1208',
    expect: answer(['0.12'], ['0.06']),
  },
  {
    id: 'blind-127',
    // drawn line 002:1238
    text: "telford's binary reoffending rate now vs 2014/15",
    topic: 'indicator',
    packs: ['002'],
    tags: ['period'],
    source: '002:1238',
    expect: answer(['34.2%', '42.2%']),
  },
  {
    id: 'blind-128',
    // drawn line 002:1254
    text: 'worcestershire out of court disposals in 2018 - how many YCs/YCCs were issued?',
    topic: 'indicator',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1254-1256',
    expect: answer(['171']),
  },
  {
    id: 'blind-129',
    // drawn line 002:1322
    text: 'which appendix explains the herefordshire larger graphs?',
    topic: 'passage',
    packs: ['002'],
    source: '002:1322-1324',
    expect: answer(['appendix 4']),
  },
  {
    id: 'blind-130',
    // drawn line 002:1332
    text: 'herefordshire youth justice sanctions by age in 2018 - what % were 17 year olds?',
    topic: 'indicator',
    packs: ['002'],
    source: '002:1332,1021',
    expect: answer(['36%'], ['26%']),
  },
  {
    id: 'blind-131',
    // drawn line 002:1376
    text: 'who do i contact about the hereford cyp work programe report? number pls',
    topic: 'meeting',
    packs: ['002'],
    tags: ['abbreviation', 'directory', 'typo'],
    source: '002:1376,1409',
    expect: answer(['Matthew Evans', '01432 383690']),
  },
  {
    id: 'blind-132',
    // drawn line 002:1428
    text: "what's the difference between a spotlight review and a task and finish group?",
    topic: 'passage',
    packs: ['002'],
    source: '002:1428',
    expect: answer(['single session']),
  },
  {
    id: 'blind-133',
    // drawn line 002:1441
    text: 'where do i find the tracker of recommendations the hereford cyp committee has made',
    topic: 'passage',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1441-1443',
    expect: answer(['appendix g']),
  },
  {
    id: 'blind-134',
    // drawn line 002:1536
    text: "what's on the agenda for hereford cyp scrutiny on 25 nov 2019?",
    topic: 'meeting',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1536-1539',
    expect: answer(['Young Carers', ['Medium Term Financial Strategy', 'MTFS']]),
  },
  {
    id: 'blind-135',
    // drawn line 002:1549
    text: "when's the peer on peer abuse spotlight review happening, and when does the report come back to committee?",
    topic: 'meeting',
    packs: ['002'],
    source: '002:1549,1894-1896',
    expect: answer(['autumn 2019', ['25 November 2019', '20 January 2020']]),
  },
  {
    id: 'blind-136',
    // drawn line 002:1556
    text: 'what did the exec say on the send t&f rec about the accessibility plan?',
    topic: 'action',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1556-1562',
    expect: answer(['in part']),
  },
  {
    id: 'blind-137',
    // drawn line 002:1567
    text: 'tell us once rec from the send review - was it accepted and what is the vehicle for it now?',
    topic: 'action',
    packs: ['002'],
    source: '002:1567-1570',
    expect: answer(['in full', 'Wiki me']),
  },
  {
    id: 'blind-138',
    // drawn line 002:1581
    text: 'who owns the local offer actions from the send review and when are they due',
    topic: 'action',
    packs: ['002'],
    source: '002:1581-1583',
    expect: answer(['SEND Partnership Officer', 'April 2020']),
  },
  {
    id: 'blind-139',
    // drawn line 002:1622
    text: "early help training on identifying send - who's responsible and by when?",
    topic: 'action',
    packs: ['002'],
    source: '002:1622',
    expect: answer(['SEN Manager', 'April 2020']),
  },
  {
    id: 'blind-140',
    // drawn line 002:1632
    text: "has the sendiass all-member seminar happened yet? it was due dec 19 i think - who's on it",
    topic: 'action',
    packs: ['002'],
    tags: ['hard', 'abbreviation'],
    source: '002:1632-1640',
    expect: answer(['Manager Democratic Services', 'December 2019']),
  },
  {
    id: 'blind-141',
    // drawn line 002:1676
    text: "who's producing the map of send need across herefordshire and when's it due",
    topic: 'action',
    packs: ['002'],
    source: '002:1676-1678',
    expect: answer(['Manager of the Education Performance team', 'April 2020']),
  },
  {
    id: 'blind-142',
    // drawn line 002:1692
    text: 'pru t&f - getting the views of parents, carers and students at the management committee: owner and deadline?',
    topic: 'action',
    packs: ['002'],
    tags: ['abbreviation', 'hard'],
    source: '002:1691-1694',
    expect: answer([['PRU Management Committee Chair', 'Management Committee Chair'], ['Aug 2020', 'August 2020']]),
  },
  {
    id: 'blind-143',
    // drawn line 002:1708
    text: "who's doing the mental health and wellbeing toolkit for schools from the pru review, and when",
    topic: 'action',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1707-1711',
    expect: answer(['Principal educational Psychologist', ['March 2020', 'Mar 2020']]),
  },
  {
    id: 'blind-144',
    // drawn line 002:1716
    text: 'when was the social inclusion officer meant to start?',
    topic: 'action',
    packs: ['002'],
    source: '002:1716',
    expect: answer([['September 2019', 'Sept 2019']]),
  },
  {
    id: 'blind-145',
    // drawn line 002:1721
    text: 'graduated response document - owner and due date?',
    topic: 'action',
    packs: ['002'],
    source: '002:1721',
    expect: answer(['Principal Educational Psychologist', ['Sept 2019', 'September 2019']]),
  },
  {
    id: 'blind-146',
    // drawn line 002:1752
    text: "the pru transitions review (primary to secondary) - who's doing it and is it overdue?",
    topic: 'action',
    packs: ['002'],
    tags: ['abbreviation', 'hard'],
    source: '002:1752-1755',
    expect: answer([['Exec Head of PRU', 'Executive Head of PRU', 'Executive Head PRU'], ['Dec 2019', 'December 2019']]),
  },
  {
    id: 'blind-147',
    // drawn line 002:1755
    text: "what's the success measure for the review of pru admissions?",
    topic: 'action',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1755',
    expect: answer(['hypothesis']),
  },
  {
    id: 'blind-148',
    // drawn line 002:1764
    text: 'did the exec agree to look at replicating the earl mortimer reintegration pilot at other schools?',
    topic: 'action',
    packs: ['002'],
    tags: ['conflict', 'hard'],
    source: '002:1757-1765',
    expect: answer([['rejects', 'rejected']]),
  },
  {
    id: 'blind-149',
    // drawn line 002:1833
    text: "mosaic guidance timetable - who owns it and when's it due?",
    topic: 'action',
    packs: ['002'],
    tags: ['free-text'],
    source: '002:1833',
    expect: answer(['Performance Team Lead', 'TBC']),
  },
  {
    id: 'blind-150',
    // drawn line 002:1837
    text: 'when was the otter trial due and did it get done?',
    topic: 'action',
    packs: ['002'],
    source: '002:1836-1838',
    expect: answer([onDate(16, 3, 2019), 'Completed']),
  },
  {
    id: 'blind-151',
    // drawn line 002:1846
    text: 'are there any plans to cut childrens or legal services in herefordshire',
    topic: 'passage',
    packs: ['002'],
    source: '002:1844-1847',
    expect: answer(['no plans']),
  },
  {
    id: 'blind-152',
    // drawn line 002:1855
    text: 'rec F on healthy challenge - progress? were the targets met',
    topic: 'action',
    packs: ['002'],
    source: '002:1849-1855',
    expect: answer(['not all targets met']),
  },
  {
    id: 'blind-153',
    // drawn line 002:1874
    text: "what's excluded from the peer on peer abuse spotlight review?",
    topic: 'passage',
    packs: ['002'],
    source: '002:1874-1879',
    expect: answer(['individual cases']),
  },
  {
    id: 'blind-154',
    // drawn line 002:1919
    text: 'key questions for the child exploitaton task and finish group?',
    topic: 'list',
    packs: ['002'],
    tags: ['typo'],
    source: '002:1919-1923',
    expect: answer(['Child Sexual Exploitation', 'Child Criminal Exploitation']),
  },
  {
    id: 'blind-155',
    // drawn line 002:1949
    text: 'did the letter to wye valley trust about occupational therapists go out?',
    topic: 'action',
    packs: ['002'],
    surface: 'groupChat',
    source: '002:1949-1958',
    expect: answer(['31 July']),
  },
  // ---- pack 003 ----
  {
    id: 'blind-156',
    // drawn line 003:93
    text: 'what happened with eden house?',
    topic: 'passage',
    packs: ['003'],
    source: '003:93',
    expect: answer(['contractual requirements']),
  },
  {
    id: 'blind-157',
    // drawn line 003:134
    text: 'does the lead member go out on safeguarding visits with practitioners?',
    topic: 'passage',
    packs: ['003'],
    source: '003:134',
    expect: answer(['safeguarding visits', 'DCS']),
  },
  {
    id: 'blind-158',
    // drawn line 003:193
    text: "what's the 'my things matter' pledge about",
    topic: 'passage',
    packs: ['003'],
    source: '003:193',
    expect: answer(['belongings', 'bags']),
  },
  {
    id: 'blind-159',
    // drawn line 003:205
    text: 'when was ofsteds 5th monitering visit and did they find any child at risk',
    topic: 'passage',
    packs: ['003'],
    tags: ['typo'],
    source: '003:203-205',
    expect: answer(['September 2022', 'no child at risk of harm']),
  },
  {
    id: 'blind-160',
    // drawn line 003:236
    text: 'what is medway doing to support inclusion in schools?',
    topic: 'list',
    packs: ['003'],
    source: '003:236-241',
    expect: answer(['trauma informed practice', 'Alternative Provision']),
  },
  {
    id: 'blind-161',
    // drawn line 003:240
    text: 'are we changing send funding so more goes to mainstream schools?',
    topic: 'passage',
    packs: ['003'],
    source: '003:240',
    expect: answer(['mainstream schools']),
  },
  {
    id: 'blind-162',
    // drawn line 003:284
    text: 'what are the 5 priorities in the safety valve plan',
    topic: 'plan',
    packs: ['003'],
    source: '003:277-284',
    expect: answer(['Sufficiency of Provision', 'Sustainability of Governance']),
  },
  {
    id: 'blind-163',
    // drawn line 003:309
    text: 'how many kids are eligible for send transport and how many do we actually transport each day?',
    topic: 'indicator',
    packs: ['003'],
    surface: 'channel',
    source: '003:309',
    expect: answer([['1703', '1,703'], ['1464', '1,464']]),
  },
  {
    id: 'blind-164',
    // drawn line 003:372
    text: 'any adverse impacts from the sufficiency strategy per the DIA?',
    topic: 'passage',
    packs: ['003'],
    tags: ['abbreviation'],
    source: '003:372-374',
    expect: answer(['no adverse impacts']),
  },
  {
    id: 'blind-165',
    // drawn line 003:382
    text: "what's in the action plan of the sufficiency strategy DIA and who leads it",
    topic: 'action',
    packs: ['003'],
    tags: ['abbreviation', 'no-lead'],
    source: '003:380-385',
    expect: answer([['N/A', 'no actions', 'none']]),
  },
  {
    id: 'blind-166',
    // drawn line 003:391
    text: "what's the recommendation in the sufficiency strategy diversity impact assessment?",
    topic: 'passage',
    packs: ['003'],
    source: '003:387-393',
    expect: answer(['endorse the refresh']),
  },
  {
    id: 'blind-167',
    // drawn line 003:440
    text: 'new hybrid model for cyp o&s - how long will meetings be?',
    topic: 'meeting',
    packs: ['003'],
    tags: ['abbreviation'],
    source: '003:436-437',
    expect: answer([['three hours', '3 hours']]),
  },
  {
    id: 'blind-168',
    // drawn line 003:451
    text: 'risk rating for failing to adopt the new scrutiny approach',
    topic: 'indicator',
    packs: ['003'],
    source: '003:450-451',
    expect: answer(['B2']),
  },
  // ---- pack 004 ----
  {
    id: 'blind-169',
    // drawn line 004:5
    text: 'next cabinet meeting - date, time and venue pls',
    topic: 'meeting',
    packs: ['004'],
    tags: ['hard'],
    source: '004:5-12',
    expect: answer([onDate(14, 1, 2020), atTime(15, 0), 'Gun Wharf']),
  },
  {
    id: 'blind-170',
    // drawn line 004:155
    text: 'what did the commissioner recommend about the assistant director posts?',
    topic: 'passage',
    packs: ['004'],
    source: '004:155',
    expect: answer(['two Assistant Director']),
  },
  {
    id: 'blind-171',
    // drawn line 004:167
    text: "how long has eleanor brazil's term as commisioner been extended",
    topic: 'passage',
    packs: ['004'],
    tags: ['typo'],
    source: '004:167-169',
    expect: answer(['12 months']),
  },
  {
    id: 'blind-172',
    // drawn line 004:200
    text: 'which practice model is medway rolling out across childrens social care?',
    topic: 'passage',
    packs: ['004'],
    source: '004:200',
    expect: answer(['Signs of Safety']),
  },
  {
    id: 'blind-173',
    // drawn line 004:206
    text: 'what did the commissioner say about the cyp plan at o&s on 9 jan?',
    topic: 'passage',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:202-206',
    expect: answer(['action plan']),
  },
  {
    id: 'blind-174',
    // drawn line 004:311
    text: "which page is the analysis of progress and capacity for improvement in the commissioner's report?",
    topic: 'passage',
    packs: ['004'],
    source: '004:311',
    expect: answer(['39']),
  },
  {
    id: 'blind-175',
    // drawn line 004:357
    text: 'under the direction, by when did the commissioner have to report to the minister?',
    topic: 'passage',
    packs: ['004'],
    source: '004:353-358',
    expect: answer([onDate(1, 12, 2019)]),
  },
  {
    id: 'blind-176',
    // drawn line 004:367
    text: 'how did the commissioner gather her evidence - who did she meet?',
    topic: 'passage',
    packs: ['004'],
    source: '004:363-367',
    expect: answer(['staff groups', 'key partners']),
  },
  {
    id: 'blind-177',
    // drawn line 004:371
    text: "how many under 18s live in medway per the commissioner's report",
    topic: 'indicator',
    packs: ['004'],
    source: '004:371-379',
    expect: answer(['65,000']),
  },
  {
    id: 'blind-178',
    // drawn line 004:395
    text: 'when was the cyp plan 2019-2021 agreed by council?',
    topic: 'passage',
    packs: ['004'],
    tags: ['abbreviation', 'period'],
    source: '004:395-397',
    expect: answer(['November']),
  },
  {
    id: 'blind-179',
    // drawn line 004:407
    text: 'what does the cyp plan 2019-21 want for all children in medway? list pls',
    topic: 'list',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:399-413',
    expect: answer(['Thrive in their community', 'Be learning well']),
  },
  {
    id: 'blind-180',
    // drawn line 004:439
    text: 'when did the director of people join medway and in what role',
    topic: 'passage',
    packs: ['004'],
    tags: ['directory'],
    source: '004:439',
    expect: answer(['2015', 'Deputy Director']),
  },
  {
    id: 'blind-181',
    // drawn line 004:479
    text: 'what were the key issues in the old improvement notices?',
    topic: 'list',
    packs: ['004'],
    source: '004:473-482',
    expect: answer(['quality assurance framework', 'Workforce Strategy']),
  },
  {
    id: 'blind-182',
    // drawn line 004:500
    text: 'what was the main finding of the o&s task group on employment for 18-25 year olds?',
    topic: 'passage',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:496-500',
    expect: answer(['Medway Skills Board']),
  },
  {
    id: 'blind-183',
    // drawn line 004:502
    text: 'when was the local area send inspection and what did it require the council to produce?',
    topic: 'passage',
    packs: ['004'],
    source: '004:502-504',
    expect: answer(['December 2017', 'Written Statement of Action']),
  },
  {
    id: 'blind-184',
    // drawn line 004:512
    text: 'when are ofsted and cqc revisiting medway on send?',
    topic: 'passage',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:516',
    expect: answer([['9th-11th December', '9-11 December', '9th to 11th December', '9 to 11 December']]),
  },
  {
    id: 'blind-185',
    // drawn line 004:549
    text: 'who did the alternative provision review in 2018 and when was it commisioned?',
    topic: 'passage',
    packs: ['004'],
    tags: ['typo'],
    source: '004:547-549',
    expect: answer(['JWP Consultancy', 'February 2018']),
  },
  {
    id: 'blind-186',
    // drawn line 004:561
    text: "what's happened since the AP review - any new free schools?",
    topic: 'passage',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:561',
    expect: answer([['two new free schools', '2 new free schools']]),
  },
  {
    id: 'blind-187',
    // drawn line 004:573
    text: 'what has the council done since the national care leavers adviser visited?',
    topic: 'passage',
    packs: ['004'],
    source: '004:573-577',
    expect: answer(['centre for care leavers']),
  },
  {
    id: 'blind-188',
    // drawn line 004:595
    text: "what did the commissioner make of the council's self-assessment actions?",
    topic: 'passage',
    packs: ['004'],
    source: '004:595-598',
    expect: answer(['process', 'little evidence of impact']),
  },
  {
    id: 'blind-189',
    // drawn line 004:600
    text: "ofsted ilacs july 2019 - when did it finish and what's the overall judgement?",
    topic: 'passage',
    packs: ['004'],
    tags: ['abbreviation', 'conflict'],
    source: '004:600-602',
    expect: answer(['26 July 2019', 'inadequate']),
  },
  {
    id: 'blind-190',
    // drawn line 004:633
    text: 'what case management system is medway moving childrens social care to?',
    topic: 'passage',
    packs: ['004'],
    source: '004:633',
    expect: answer(['Mosaic']),
  },
  {
    id: 'blind-191',
    // drawn line 004:639
    text: 'what happened to the people too proposal on early help?',
    topic: 'passage',
    packs: ['004'],
    source: '004:635-639',
    expect: answer([['not being followed up', 'not followed up']]),
  },
  {
    id: 'blind-192',
    // drawn line 004:691
    text: 'how often does the improvment board meet and when did it first meet?',
    topic: 'meeting',
    packs: ['004'],
    tags: ['typo'],
    source: '004:691',
    expect: answer(['monthly', 'October']),
  },
  {
    id: 'blind-193',
    // drawn line 004:697
    text: 'who chairs the mscp and how many independent scrutineers are there?',
    topic: 'passage',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:697-701',
    expect: answer(['Director of People', ['2 independent scrutineers', 'two independent scrutineers']]),
  },
  {
    id: 'blind-194',
    // drawn line 004:751
    text: 'what did social wrokers say would improve their work situation',
    topic: 'list',
    packs: ['004'],
    tags: ['typo'],
    source: '004:751',
    expect: answer(['retention strategy', 'computer system']),
  },
  {
    id: 'blind-195',
    // drawn line 004:757
    text: 'what did the area manager tell the commissioner about social worker caseloads?',
    topic: 'passage',
    packs: ['004'],
    source: '004:757',
    expect: answer(['30/40']),
  },
  {
    id: 'blind-196',
    // drawn line 004:759
    text: "what did the social worker quoted in the commissioner's report say about balancing work",
    topic: 'passage',
    packs: ['004'],
    source: '004:759',
    expect: answer(['time gets in the way']),
  },
  {
    id: 'blind-197',
    // drawn line 004:775
    text: 'what was the childrens social care outturn vs budget in 18/19?',
    topic: 'indicator',
    packs: ['004'],
    tags: ['period', 'hard'],
    source: '004:775-778',
    expect: answer([['35.718', '35,718'], ['33.299', '33,299']]),
  },
  {
    id: 'blind-198',
    // drawn line 004:784
    text: 'are childrens social workers exempt from the recruitment freeze? how many extra posts were approved in 18/19',
    topic: 'passage',
    packs: ['004'],
    tags: ['period'],
    source: '004:784',
    expect: answer(['exempt', '10 additional']),
  },
  {
    id: 'blind-199',
    // drawn line 004:827
    text: 'what risks does the commissioner see to achieving and sustaining improvement?',
    topic: 'list',
    packs: ['004'],
    source: '004:824-829',
    expect: answer(['senior management roles', 'programme of support', 'pace']),
  },
  {
    id: 'blind-200',
    // drawn line 004:829
    text: "is a poor send revisit flagged as a risk in the commissioner's report?",
    topic: 'passage',
    packs: ['004'],
    source: '004:829',
    expect: answer([['SEND re-visit', 'SEND revisit']]),
  },
  {
    id: 'blind-201',
    // drawn line 004:845
    text: 'who wrote the ways forward report on childrens services in medway, and when',
    topic: 'passage',
    packs: ['004'],
    source: '004:845-847',
    expect: answer(['Eleanor Brazil', 'December 2019']),
  },
  {
    id: 'blind-202',
    // drawn line 004:981
    text: 'which pages of the improvement plan map the ofsted recs to actions?',
    topic: 'plan',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:981',
    expect: answer([['27-28', '27 - 28', '27 to 28']]),
  },
  {
    id: 'blind-203',
    // drawn line 004:1010
    text: "who chairs the children's services improvement board",
    topic: 'passage',
    packs: ['004'],
    surface: 'groupChat',
    tags: ['directory'],
    source: '004:1010,1051',
    expect: answer(['Lucy Butler']),
  },
  {
    id: 'blind-204',
    // drawn line 004:1025
    text: 'what did ofsted recommend on care leavers?',
    topic: 'passage',
    packs: ['004'],
    source: '004:1025',
    expect: answer(['rights and entitlements']),
  },
  {
    id: 'blind-205',
    // drawn line 004:1036
    text: 'how is the improvement plan vision going to be achieved?',
    topic: 'plan',
    packs: ['004'],
    source: '004:1034-1036',
    expect: answer(['skilled and permanent workforce']),
  },
  {
    id: 'blind-206',
    // drawn line 004:1070
    text: "what does R mean in the children's improvement plan RAG key?",
    topic: 'plan',
    packs: ['004'],
    source: '004:1062-1070',
    expect: answer(['No evidence of progress'], ['No improvement']),
  },
  {
    id: 'blind-207',
    // drawn line 004:1090
    text: "contextual safeguarding action 1.7 - who leads and when's it due?",
    topic: 'action',
    packs: ['004'],
    tags: ['ocr'],
    source: '004:1089-1093',
    expect: answer(['Head of Quality Assurance', ['March 2020', 'Mar 2020']]),
  },
  {
    id: 'blind-208',
    // drawn line 004:1096
    text: "how many meetings with the judiciary did we have in 18/19 and what's the target?",
    topic: 'indicator',
    packs: ['004'],
    tags: ['period'],
    source: '004:1096',
    expect: answer([['1 in 2018-19', '1 in 18/19', '1 (2018-19)', '1 meeting'], '4 meetings']),
  },
  {
    id: 'blind-209',
    // drawn line 004:1102
    text: "life story work - when will foster carers be trained by and who's responsible?",
    topic: 'action',
    packs: ['004'],
    tags: ['free-text'],
    source: '004:1102',
    expect: answer(['March 2020', 'Fostering Manager']),
  },
  {
    id: 'blind-210',
    // drawn line 004:1123
    text: "workforce priority in the improvement plan - who leads it and what's working well?",
    topic: 'plan',
    packs: ['004'],
    source: '004:1122-1123',
    expect: answer(['Lisa Morgan', 'committed']),
  },
  {
    id: 'blind-211',
    // drawn line 004:1135
    text: "who's reviewing the induction programme (2.4) and from when?",
    topic: 'action',
    packs: ['004'],
    source: '004:1135',
    expect: answer(['HR Business Partner', 'January 2020']),
  },
  {
    id: 'blind-212',
    // drawn line 004:1166
    text: 'what resources does the cpb themed programme of work action need?',
    topic: 'action',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:1166',
    expect: answer(['business support']),
  },
  {
    id: 'blind-213',
    // drawn line 004:1181
    text: "4.2 audit tool review - what's the success measure?",
    topic: 'action',
    packs: ['004'],
    source: '004:1181',
    expect: answer(['Auditor attendance at training', 'moderated grades']),
  },
  {
    id: 'blind-214',
    // drawn line 004:1189
    text: 'reveiw of the fostering and adoption data recording - when due and who owns it?',
    topic: 'action',
    packs: ['004'],
    tags: ['typo'],
    source: '004:1189',
    expect: answer(['February 2020', 'Head of Service, Children in Care']),
  },
  {
    id: 'blind-215',
    // drawn line 004:1197
    text: 'partnership & engagement priority - who leads and what needs to change?',
    topic: 'plan',
    packs: ['004'],
    source: '004:1195-1197',
    expect: answer(["Director and Assistant Director of Children's Services", 'share responsibility']),
  },
  {
    id: 'blind-216',
    // drawn line 004:1230
    text: "how many actions in the plan address ofsted's priority 1 on senior managers' oversight and audits?",
    topic: 'plan',
    packs: ['004'],
    source: '004:1228-1238',
    expect: answer(['21']),
  },
  {
    id: 'blind-217',
    // drawn line 004:1251
    text: "which actions respond to ofsted's recommendation on early help coordination?",
    topic: 'plan',
    packs: ['004'],
    source: '004:1251-1253',
    expect: answer(['1.4', '1.5']),
  },
  {
    id: 'blind-218',
    // drawn line 004:1316
    text: "who's head of service for children in care at the moment?",
    topic: 'passage',
    packs: ['004'],
    tags: ['directory', 'hard'],
    source: '004:1316-1317',
    expect: answer(['Vanessa White', 'January 2020']),
  },
  {
    id: 'blind-219',
    // drawn line 004:1330
    text: "who's leading 5.9 the virtual schools strategy - name pls",
    topic: 'action',
    packs: ['004'],
    tags: ['directory'],
    source: '004:1212,1330',
    expect: answer([['Virtual School Head', 'Virtual School Headteacher'], 'Sarah Hall']),
  },
  // ---- not in the packs ----
  {
    id: 'blind-220',
    // asked, not given
    text: 'how many looked after children has herefordshire got atm?',
    topic: 'indicator',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:116',
    expect: notFound(['450']),
  },
  {
    id: 'blind-221',
    // no judgement
    text: 'what did ofsted rate herefordshire childrens services at the june 2018 ilacs?',
    topic: 'passage',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1533',
    expect: notFound(['Inadequate']),
  },
  {
    id: 'blind-222',
    // only a contact is given, no question deadline
    text: "what's the deadline for members' questions for the 14 jan cabinet?",
    topic: 'meeting',
    packs: ['004'],
    source: '004:26',
    expect: notFound(),
  },
  {
    id: 'blind-223',
    // not named
    text: 'who chairs medway cyp o&s?',
    topic: 'meeting',
    packs: ['003'],
    tags: ['abbreviation'],
    source: '003:463',
    expect: notFound(),
  },
  {
    id: 'blind-224',
    text: 'how many ehcps does herefordshire have?',
    topic: 'indicator',
    packs: ['002'],
    tags: ['abbreviation'],
    expect: notFound(['2,697', '3,254']),
  },
  {
    id: 'blind-225',
    text: 'whats the reoffending rate for girls in the medway yot',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    expect: notFound(),
  },
  {
    id: 'blind-226',
    text: 'what are the priorities in the herefordshire youth justice plan for 2020/21?',
    topic: 'plan',
    packs: ['002'],
    tags: ['period'],
    expect: notFound(),
  },
  {
    id: 'blind-227',
    text: 'medway foster carer allowance - weekly rate?',
    topic: 'indicator',
    packs: ['004'],
    expect: notFound(),
  },
  {
    id: 'blind-228',
    text: 'herefordshire council tax rise for 2020/21?',
    topic: 'indicator',
    packs: ['002'],
    tags: ['period'],
    expect: notFound(),
  },
  {
    id: 'blind-229',
    // no figure
    text: 'how much will closing the old vicarage save a year?',
    topic: 'indicator',
    packs: ['004'],
    source: '004:43-81',
    expect: notFound(),
  },
  {
    id: 'blind-230',
    // successor not named
    text: "who's the new hos for children in care from jan 2020? name pls",
    topic: 'passage',
    packs: ['004'],
    tags: ['abbreviation', 'directory', 'hard'],
    source: '004:1316',
    expect: notFound(),
  },
  {
    id: 'blind-231',
    text: 'west mercia yjs staff sickness - avg days per year?',
    topic: 'indicator',
    packs: ['002'],
    tags: ['abbreviation'],
    expect: notFound(['2.9']),
  },
  {
    id: 'blind-232',
    // no figure
    text: "what's the budget for herefordshire's young carers service",
    topic: 'indicator',
    packs: ['002'],
    source: '002:1539',
    expect: notFound(),
  },
  // ---- ambiguous: expect an ask-back ----
  {
    id: 'blind-233',
    // also 000:1966: the YOT plan priority 2
    text: "what's priority 2 of the improvement plan?",
    topic: 'plan',
    packs: ['004', '000'],
    source: '004:1122',
    expect: askBack(),
  },
  {
    id: 'blind-234',
    // Herefordshire 20 January 2020; also Medway CYP O&S 9 January 2020 at 004:58
    text: "when's the next cyp scrutiny meeting?",
    topic: 'meeting',
    packs: ['002', '004'],
    tags: ['abbreviation'],
    source: '002:1541',
    expect: askBack(),
  },
  {
    id: 'blind-235',
    // also 002:975 WMYJS board, 000:926 YJPB
    text: 'who chairs the board?',
    topic: 'passage',
    packs: ['000', '002', '004'],
    source: '004:1051',
    expect: askBack(),
  },
  {
    id: 'blind-236',
    // Medway YOT; also 002:596 Herefordshire
    text: 'custody rate pls',
    topic: 'indicator',
    packs: ['000', '002'],
    source: '000:468',
    expect: askBack(),
  },
];
