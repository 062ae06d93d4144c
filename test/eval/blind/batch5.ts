import type { EvalQuestion } from '../question-types';
import { answer, askBack, atTime, notFound, onDate } from '../question-types';

/**
 * Blind evaluation set, fifth batch: members' questions written by a second pair of eyes from the five packs only (no
 * engine code read, no engine run, no other eval set's questions read). One question per randomly drawn pack line
 * (seeded sample, seed 20261209, see SAMPLE5.md next to this file; lines the first four batches used are skipped), then
 * questions the packs cannot answer and questions that are truly ambiguous between records.
 *
 * @remarks
 * Written before being run; never edit an expectation to make the engine pass. If an expectation is shown to be wrong
 * against the pack text, fix it with a note in SAMPLE5.md. The eval clock is 2 January 2020.
 */
export const blindQuestions5: EvalQuestion[] = [
  // ---- pack 000 (Medway Cabinet, 9 June 2020) ----
  {
    id: 'blinde-001',
    // drawn line 000:5
    text: "cabinet on 9 june - what time's it start and is it in person?",
    topic: 'meeting',
    packs: ['000'],
    surface: 'groupChat',
    source: '000:5-9',
    expect: answer([atTime(15, 0), ['Virtual Meeting', 'virtual']]),
  },
  {
    id: 'blinde-002',
    // drawn line 000:74
    text: 'where was the covid emergancy control centre, and how did the cells report each day?',
    topic: 'passage',
    packs: ['000'],
    tags: ['typo'],
    source: '000:72-74',
    expect: answer(['Gun Wharf', ['Situation Report', 'SitRep']]),
  },
  {
    id: 'blinde-003',
    // drawn line 000:102
    text: "is the leisure team's home shopping help still going? how many residents did it support",
    topic: 'passage',
    packs: ['000'],
    source: '000:101-102',
    expect: answer(['300', ['recovery', 'leadership team']]),
  },
  {
    id: 'blinde-004',
    // drawn line 000:106
    text: 'how many food parcels did local charities and community groups give out in the covid emergency?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:104-106',
    expect: answer([['1,000', '1000'], ['20,000', '20000']]),
  },
  {
    id: 'blinde-005',
    // drawn line 000:125
    text: 'during covid which govt guidance did adult social care follow and what plan went to DHSC?',
    topic: 'passage',
    packs: ['000'],
    source: '000:125-126',
    expect: answer(['Adult Social Care Action Plan', 'Care Home Support plan']),
  },
  {
    id: 'blinde-006',
    // drawn line 000:137
    text: 'did the early help hubs shut during lockdown?',
    topic: 'passage',
    packs: ['000'],
    source: '000:137',
    expect: answer([['remained open', 'stayed open', 'practical support']]),
  },
  {
    id: 'blinde-007',
    // drawn line 000:189
    text: 'how many staff got redeployed through the resource cell, and what command structure was it part of?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:189-190',
    expect: answer(['150', 'Silver']),
  },
  {
    id: 'blinde-008',
    // drawn line 000:203
    text: "what's the resource cell lining up next for redeployed staff?",
    topic: 'passage',
    packs: ['000'],
    source: '000:203-205',
    expect: answer([['Registration', 'registering births'], ['high streets', 'town centres']]),
  },
  {
    id: 'blinde-009',
    // drawn line 000:209
    text: 'which finanace teams stopped their normal work in covid and why?',
    topic: 'passage',
    packs: ['000'],
    tags: ['typo'],
    source: '000:209',
    expect: answer([['Audit', 'Counter Fraud'], ['non-essential', 'Business Continuity']]),
  },
  {
    id: 'blinde-010',
    // drawn line 000:312
    text: 'how many pages on medway.gov.uk did the digital team update for covid?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:312',
    expect: answer(['500']),
  },
  {
    id: 'blinde-011',
    // drawn line 000:321
    text: 'any feedback from residents on the council website during covid?',
    topic: 'passage',
    packs: ['000'],
    source: '000:318-321',
    expect: answer([['very positive', 'up to date']]),
  },
  {
    id: 'blinde-012',
    // drawn line 000:459
    text: 'medway yot reoffending rate trend 2017 to 2019?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:459',
    expect: answer(['48%', '35%', '10%']),
  },
  {
    id: 'blinde-013',
    // drawn line 000:705
    text: 'HMIP court disposals - how did the yot get kids engaged in desistance work?',
    topic: 'passage',
    packs: ['000'],
    source: '000:705',
    expect: answer(['Child First', ['participate', 'motivation']]),
  },
  {
    id: 'blinde-014',
    // drawn line 000:713
    text: 'how was reparation handled by medway yot according to the inspectors?',
    topic: 'passage',
    packs: ['000'],
    source: '000:713',
    expect: answer([['managed well', 'range of activities']]),
  },
  {
    id: 'blinde-015',
    // drawn line 000:807
    text: "HMIP's reoffending rate for medway vs england & wales?",
    topic: 'indicator',
    packs: ['000'],
    surface: 'groupChat',
    source: '000:807-808',
    expect: answer(['35.9%', '38.4%']),
  },
  {
    id: 'blinde-016',
    // drawn line 000:852
    text: "what share of the yot's current caseload is on a youth conditional caution?",
    topic: 'indicator',
    packs: ['000'],
    source: '000:852',
    expect: answer(['1.4%']),
  },
  {
    id: 'blinde-017',
    // drawn line 000:883
    text: 'why did medway yot lose capacity in the past? HMIP overview',
    topic: 'passage',
    packs: ['000'],
    source: '000:881-883',
    expect: answer(['outsourcing', 'disinvestment']),
  },
  {
    id: 'blinde-018',
    // drawn line 000:891
    text: 'pls list what HMIP said the medway YOT does well',
    topic: 'list',
    packs: ['000'],
    source: '000:887-891',
    expect: answer([['out-of-court', 'out of court'], ['external funding', 'internal leadership', 'motivated']]),
  },
  {
    id: 'blinde-019',
    // drawn line 000:1075
    text: 'who does substance misuse work for kids on the yot caseload in medway?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1075',
    expect: answer(['Open Road']),
  },
  {
    id: 'blinde-020',
    // drawn line 000:1285
    text: 'yot inspection: in how many cases did case managers bring in other agencies to manage risk of harm?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1285',
    expect: answer(['7 of the 12']),
  },
  {
    id: 'blinde-021',
    // drawn line 000:1295
    text: 'in the HMIP case example of the boy who assaulted his girlfriend, what did the case manager miss?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1295',
    expect: answer([['MARAC', 'Multi-Agency Risk Assessment Conference']]),
  },
  {
    id: 'blinde-022',
    // drawn line 000:1360
    text: 'was knife crime / waepons work with yot kids any good? what did HMI say',
    topic: 'passage',
    packs: ['000'],
    tags: ['typo'],
    source: '000:1360',
    expect: answer([['outdated', 'DVD']]),
  },
  {
    id: 'blinde-023',
    // drawn line 000:1389
    text: 'HMIP - how good was reviewing for desistance in the yot cases?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1385-1389',
    expect: answer(['outstanding', ['every case', 'all cases']]),
  },
  {
    id: 'blinde-024',
    // drawn line 000:1391
    text: 'HMIP - did reviewing in medway yot cases focus enough on keeping the child safe? rating?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1391-1393',
    expect: answer([['required improvement', 'requires improvement']]),
  },
  {
    id: 'blinde-025',
    // drawn line 000:1395
    text: 'yot reviews - of the cases that needed a review, how many actually focused on keeping the child safe?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1395',
    expect: answer([['4 of the 8', 'only 4', '4 out of 8', '4 of 8']]),
  },
  {
    id: 'blinde-026',
    // drawn line 000:1639
    text: 'who did the presentation to HMIP at the start of the yot inspection, and how many case manager interviews were there?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1637-1642',
    expect: answer(['Chief Executive', '22']),
  },
  {
    id: 'blinde-027',
    // drawn line 000:1695
    text: 'HMIP - how did medway yot do on information and facilities (policies, ICT etc)?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1691-1695',
    expect: answer(['Good']),
  },
  {
    id: 'blinde-028',
    // drawn line 000:1924
    text: 'out of court work - what share of cases met HMIP standards on assessment and what was it rated?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1924',
    expect: answer(['70%', 'Good']),
  },
  {
    id: 'blinde-029',
    // drawn line 000:2001
    text: "what's the BCF s75 paper asking cabinet to approve for 20/21?",
    topic: 'passage',
    packs: ['000'],
    tags: ['period'],
    source: '000:2001-2003',
    expect: answer(['Kent and Medway CCG', ['hospital discharges', 'hospital discharge']]),
  },
  {
    id: 'blinde-030',
    // drawn line 000:2141
    text: 'who signed the BCF plan for the council - the director and the member?',
    topic: 'passage',
    packs: ['000'],
    source: '000:2137-2144',
    expect: answer(['Ian Sutherland', 'David Brake']),
  },
  {
    id: 'blinde-031',
    // drawn line 000:2148
    text: 'do medway council and the CCG already commission jointly? whats the end goal',
    topic: 'passage',
    packs: ['000'],
    source: '000:2148-2150',
    expect: answer(['joint commissioning team', ['Medway Model', 'single commissioner']]),
  },
  {
    id: 'blinde-032',
    // drawn line 000:2161
    text: 'which national nhs plan is the BCF 17-19 meant to line up with?',
    topic: 'passage',
    packs: ['000'],
    tags: ['period'],
    source: '000:2161',
    expect: answer(['Five Year Forward View']),
  },
  {
    id: 'blinde-033',
    // drawn line 000:2208
    text: "what's in medway CCG's 5 yr vision (BCF plan)?",
    topic: 'list',
    packs: ['000'],
    source: '000:2205-2209',
    expect: answer(['inequalities', ['productivity', 'clinical effectiveness']]),
  },
  {
    id: 'blinde-034',
    // drawn line 000:2249
    text: 'BCF plan - what prevention work was planned for 17/18? something about care homes?',
    topic: 'passage',
    packs: ['000'],
    tags: ['period'],
    source: '000:2249',
    expect: answer([['conveyances', 'conveyance'], ['frailty', 'MASCOE']]),
  },
  {
    id: 'blinde-035',
    // drawn line 000:2295
    text: 'BCF - by when were they meant to have results from the community discharge trails?',
    topic: 'action',
    packs: ['000'],
    tags: ['typo'],
    source: '000:2295',
    expect: answer(['January 2018']),
  },
  {
    id: 'blinde-036',
    // drawn line 000:2428
    text: "BCF plan mental health bit - what's already been achieved? list pls",
    topic: 'list',
    packs: ['000'],
    source: '000:2426-2431',
    expect: answer(['zero', ['Core 24', 'CORE 24']]),
  },
  {
    id: 'blinde-037',
    // drawn line 000:2553
    text: 'is the HIF CPO decision one for cabinet or does it have to go to full council?',
    topic: 'passage',
    packs: ['000'],
    source: '000:2553',
    expect: answer([['Cabinet determination', 'policy and budget framework']]),
  },
  {
    id: 'blinde-038',
    // drawn line 000:2600
    text: 'HIF - what exactly is cabinet being asked to agree on CPO powers and for what infrastructure?',
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2600',
    expect: answer(['in principle', ['SEMS', 'Strategic Environmental Management Scheme']]),
  },
  {
    id: 'blinde-039',
    // drawn line 000:2609
    text: "who's the lead officer on the HIF compulsory purchase paper & their number?",
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2607-2611',
    expect: answer(['Galea', '01634 332313']),
  },
  {
    id: 'blinde-040',
    // drawn line 000:2632
    text: 'which items is cabinet going into private for on 9 june?',
    topic: 'meeting',
    packs: ['000'],
    source: '000:2632,2646-2654',
    expect: answer(['Northbank House', ['HIF', 'Housing Infrastructure Fund']]),
  },
  // ---- pack 001 (Medway CYP Overview and Scrutiny, 23 July 2020) ----
  {
    id: 'blinde-041',
    // drawn line 001:7
    text: "who's bringing the HMIP YOT report to CYP O&S in july?",
    topic: 'meeting',
    packs: ['001'],
    source: '001:7-10',
    expect: answer(['James Williams', 'Ian Sutherland']),
  },
  {
    id: 'blinde-042',
    // drawn line 001:54
    text: "the O&S report on the HMIP yot inspection - how does it sum up HMIP's overall view?",
    topic: 'passage',
    packs: ['001'],
    source: '001:54',
    expect: answer([['steady progress', 'busy YOT', 'works well']]),
  },
  {
    id: 'blinde-043',
    // drawn line 001:101
    text: "YOT report risk table - is there a budget risk and what's it rated?",
    topic: 'indicator',
    packs: ['001'],
    source: '001:101-103',
    expect: answer(['C2', ['Home Office', 'PCC', 'MHCLG']]),
  },
  {
    id: 'blinde-044',
    // drawn line 001:102
    text: "what's the risk rating on the YOT sliding to inadequate (risk table in the O&S report)?",
    topic: 'indicator',
    packs: ['001'],
    source: '001:102',
    expect: answer(['D2']),
  },
  {
    id: 'blinde-045',
    // drawn line 001:112
    text: 'when did the improvement board and the YJ partnership board sign off the YOT improvement plan?',
    topic: 'plan',
    packs: ['001'],
    source: '001:110-113',
    expect: answer(['25 June', onDate(13, 7, 2020)]),
  },
  {
    id: 'blinde-046',
    // drawn line 001:121
    text: 'does the O&S paper on the YOT inspection say anything on climate change?',
    topic: 'passage',
    packs: ['001'],
    source: '001:117-121',
    expect: answer(['reparation', ['virtual', 'travelling less']]),
  },
  // ---- pack 002 (Herefordshire CYP scrutiny committee, 16 September 2019) ----
  {
    id: 'blinde-047',
    // drawn line 002:22
    text: "who's the clerk for hfds cyp scrutiny? need to send apologies",
    topic: 'meeting',
    packs: ['002'],
    surface: 'channel',
    source: '002:22-24',
    expect: answer(['Matthew Evans']),
  },
  {
    id: 'blinde-048',
    // drawn line 002:68
    text: 'hfds cyp scrutiny in july - which room was it in and who chaired?',
    topic: 'meeting',
    packs: ['002'],
    source: '002:68-70',
    expect: answer(['Committee Room 1', 'Carole Gandy']),
  },
  {
    id: 'blinde-049',
    // drawn line 002:79
    text: 'who joined hfds cyp scrutiny just before the july mtg?',
    topic: 'meeting',
    packs: ['002'],
    source: '002:79-81',
    expect: answer(['Mike Jones']),
  },
  {
    id: 'blinde-050',
    // drawn line 002:123
    text: "hfds LAC health team - is it resourced ok? what did the HLAC say it can't get to, and what did scrutiny propose?",
    topic: 'passage',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:121-123',
    expect: answer([['preventative', 'early intervention'], ['clinical commissioning group', 'CCG']]),
  },
  {
    id: 'blinde-051',
    // drawn line 002:135
    text: 'what did cyp scrutiny resolve after the LAC annual report in july? list pls',
    topic: 'list',
    packs: ['002'],
    source: '002:135-143',
    expect: answer(['care leavers covenant', 'SHYPP']),
  },
  {
    id: 'blinde-052',
    // drawn line 002:184
    text: 'peer on peer sexual harassment spotlight review - when is it happening and when does the scoping doc come to cttee?',
    topic: 'action',
    packs: ['002'],
    source: '002:184',
    expect: answer(['autumn 2019', onDate(16, 9, 2019)]),
  },
  {
    id: 'blinde-053',
    // drawn line 002:298
    text: 'which section of the equality act does the care leavers accommodation report quote?',
    topic: 'passage',
    packs: ['002'],
    source: '002:296-298',
    expect: answer([['section 149', 's149', 's.149']]),
  },
  {
    id: 'blinde-054',
    // drawn line 002:343
    text: "who's the contact officer on the accommodation based support for care leavers paper? tel no pls",
    topic: 'passage',
    packs: ['002'],
    source: '002:342-343',
    expect: answer(['Amy Whiles', '01432 261920']),
  },
  {
    id: 'blinde-055',
    // drawn line 002:376
    text: "what's the risk if the care leavers accommodation decision isn't approved? & how long will the building works take",
    topic: 'passage',
    packs: ['002'],
    source: '002:376-377',
    expect: answer(['complex needs', ['8 - 12 weeks', '8-12 weeks', '8 to 12 weeks']]),
  },
  {
    id: 'blinde-056',
    // drawn line 002:422
    text: "who's the accountable person in the equality impact assessment for the care leavers accommodation?",
    topic: 'passage',
    packs: ['002'],
    source: '002:418-422',
    expect: answer(['Chris Baird']),
  },
  {
    id: 'blinde-057',
    // drawn line 002:580
    text: 'WMYJS plan - what are they doing about joining up with childrens services IT systems?',
    topic: 'plan',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:580,908',
    expect: answer(['access agreements', ['MASH', 'front door']]),
  },
  {
    id: 'blinde-058',
    // drawn line 002:614
    text: 'youth justice plan report - what does the public sector equality duty make the council have due regard to?',
    topic: 'list',
    packs: ['002'],
    source: '002:612-617',
    expect: answer([['eliminate discrimination', 'discrimination'], 'equality of opportunity', 'good relations']),
  },
  {
    id: 'blinde-059',
    // drawn line 002:719
    text: 'WMYJS custody rate 2017 vs 2018? and the national rate',
    topic: 'indicator',
    packs: ['002'],
    source: '002:719',
    expect: answer(['0.17', '0.05', '0.32']),
  },
  {
    id: 'blinde-060',
    // drawn line 002:901
    text: "WMYJS delivery plan - how will they know the 'our people' priority has worked?",
    topic: 'plan',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:901',
    expect: answer(['staff survey', ['appraisals completed', 'appraisal']]),
  },
  {
    id: 'blinde-061',
    // drawn line 002:909
    text: 'WMYJS delivery plan - how will they measure the performance & practice priority?',
    topic: 'plan',
    packs: ['002'],
    source: '002:909',
    expect: answer([['asset plus', 'Asset+'], 'scaled approach']),
  },
  {
    id: 'blinde-062',
    // drawn line 002:910
    text: "WMYJS plan - what's under the governance priority? actions pls",
    topic: 'plan',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:910-913',
    expect: answer(['communication plan', 'website']),
  },
  {
    id: 'blinde-063',
    // drawn line 002:1015
    text: 'how many 10-17 yr olds in herefordshire and how many formal youth justice sanctions in 2018?',
    topic: 'indicator',
    packs: ['002'],
    source: '002:1015-1017',
    expect: answer(['16,434', '98']),
  },
  {
    id: 'blinde-064',
    // drawn line 002:1363
    text: 'herefordshire - avg number of re-offences per re-offender? how does it compare with england',
    topic: 'indicator',
    packs: ['002'],
    tags: ['conflict'],
    source: '002:1363,1079',
    expect: answer([['3.83', '3.38'], '3.90']),
  },
  {
    id: 'blinde-065',
    // drawn line 002:1375
    text: 'the 19/20 work programme report - which cyp scrutiny meeting is it for and who wrote it?',
    topic: 'meeting',
    packs: ['002'],
    tags: ['period'],
    source: '002:1373-1376',
    expect: answer([onDate(16, 9, 2019), ['Democratic Services', 'Matthew Evans']]),
  },
  {
    id: 'blinde-066',
    // drawn line 002:1434
    text: 'when did cyp scrutiny first ask for the peer on peer abuse spotlight + the child exploitation t&f? where are the draft scopes',
    topic: 'meeting',
    packs: ['002'],
    source: '002:1434',
    expect: answer([onDate(15, 7, 2019), ['appendix e', 'appendix f']]),
  },
  {
    id: 'blinde-067',
    // drawn line 002:1439
    text: 'can cyp scrutiny co-opt people onto t&f groups? how many and do they vote',
    topic: 'passage',
    packs: ['002'],
    source: '002:1438-1439',
    expect: answer([['two', '2'], 'non-voting']),
  },
  {
    id: 'blinde-068',
    // drawn line 002:1455
    text: 'have the public sent in any suggestions for cyp scrutiny lately?',
    topic: 'passage',
    packs: ['002'],
    source: '002:1453-1455',
    expect: answer([['no suggestions', 'none']]),
  },
  {
    id: 'blinde-069',
    // drawn line 002:1527
    text: "fostering & adoption annual reports on the cyp work programme - who's the author and which meeting?",
    topic: 'meeting',
    packs: ['002'],
    source: '002:1524-1527',
    expect: answer(['Gill Cox', ['15 July 2019', '15/07/2019']]),
  },
  {
    id: 'blinde-070',
    // drawn line 002:1751
    text: 'PRU t&f rec on primary to secondary transition - whats the action, who owns it and when due?',
    topic: 'action',
    packs: ['002'],
    source: '002:1751-1756',
    expect: answer(['PRU admissions', ['Exec Head', 'Executive Head'], 'Dec 2019']),
  },
  {
    id: 'blinde-071',
    // drawn line 002:1767
    text: 'did the exec accept rec I (cost/social benefit analysis of alterntive provision)? why not',
    topic: 'passage',
    packs: ['002'],
    tags: ['typo'],
    source: '002:1767-1768',
    expect: answer([['rejects', 'rejected'], ['justified', 'resource']]),
  },
  {
    id: 'blinde-072',
    // drawn line 002:1781
    text: 'PRU t&f rec K (training for secondary teachers) - who publishes the graduated response doc and is it done?',
    topic: 'action',
    packs: ['002'],
    source: '002:1781',
    expect: answer(['Principal Educational Psychologist', ['Sept 2019', 'September 2019'], 'Document published']),
  },
  {
    id: 'blinde-073',
    // drawn line 002:1813
    text: 'court judgements t+f group rec A - what was it about & did HoPS accept it?',
    topic: 'passage',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1813-1814',
    expect: answer(['legal services', 'Agreed']),
  },
  {
    id: 'blinde-074',
    // drawn line 002:1849
    text: 'court judgements t+f rec F - what was it about and did HoPS agree?',
    topic: 'passage',
    packs: ['002'],
    source: '002:1849-1850',
    expect: answer(['healthy challenge', 'agreed']),
  },
  {
    id: 'blinde-075',
    // drawn line 002:1909
    text: 'child exploitation t&f group - is it just CSE or wider?',
    topic: 'passage',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1909-1911',
    expect: answer([['criminal exploitation', 'CCE']]),
  },
  // ---- pack 003 (Medway CYP Overview and Scrutiny, 2 March 2023) ----
  {
    id: 'blinde-076',
    // drawn line 003:68
    text: 'what areas does the childrens portfolio cover, and what is cabinet responsible for on the budget?',
    topic: 'list',
    packs: ['003'],
    source: '003:64-68',
    expect: answer(['SEND Transport', ['income and expenditure', 'within the budget']]),
  },
  {
    id: 'blinde-077',
    // drawn line 003:169
    text: "what's new with the virtaul school this year?",
    topic: 'passage',
    packs: ['003'],
    tags: ['typo'],
    source: '003:169',
    expect: answer([['electronic personal education plan', 'ePEP']]),
  },
  {
    id: 'blinde-078',
    // drawn line 003:257
    text: "what does the lead member's report say about schools' responsibility for pupils mental health?",
    topic: 'passage',
    packs: ['003'],
    source: '003:257',
    expect: answer([['statutory duty', 'promote the welfare']]),
  },
  {
    id: 'blinde-079',
    // drawn line 003:260
    text: 'list the mental health programmes medway offers schools pls',
    topic: 'list',
    packs: ['003'],
    source: '003:258-265',
    expect: answer(['Youth Health Champions', ['Positive Behaviour Support', 'Thrive']]),
  },
  {
    id: 'blinde-080',
    // drawn line 003:263
    text: 'is there any network for the staff in schools who lead on mental health?',
    topic: 'passage',
    packs: ['003'],
    source: '003:263',
    expect: answer(['Education Mental Health Leads']),
  },
  {
    id: 'blinde-081',
    // drawn line 003:278
    text: 'safety valve - whats the target for ehcp growth by 2026 and how many plans would that be?',
    topic: 'indicator',
    packs: ['003'],
    source: '003:278',
    expect: answer(['3.8%', '3,254']),
  },
  {
    id: 'blinde-082',
    // drawn line 003:443
    text: "what's the new hybrid model for O&S meant to let the committee do?",
    topic: 'passage',
    packs: ['003'],
    source: '003:439-445',
    expect: answer([['check and balance', 'voice of the child']]),
  },
  // ---- pack 004 (Medway Cabinet, 14 January 2020) ----
  {
    id: 'blinde-083',
    // drawn line 004:17
    text: 'which pages of the 14 jan cabinet pack is the old vicarage home review on?',
    topic: 'meeting',
    packs: ['004'],
    surface: 'channel',
    source: '004:17',
    expect: answer([['3 - 6', '3-6', '3 to 6']]),
  },
  {
    id: 'blinde-084',
    // drawn line 004:102
    text: 'which RAA model did kent, bexly and medway go for and why?',
    topic: 'passage',
    packs: ['004'],
    tags: ['typo', 'abbreviation'],
    source: '004:102',
    expect: answer(['partnership model', ['retain staff', 'staff consultation']]),
  },
  {
    id: 'blinde-085',
    // drawn line 004:190
    text: "when's essex doing the early help deep dive and why not dec?",
    topic: 'action',
    packs: ['004'],
    source: '004:190',
    expect: answer(['January 2020', ['not viable', 'notice and capacity']]),
  },
  {
    id: 'blinde-086',
    // drawn line 004:195
    text: "who's reviewing medway's CWD service and the fostering service, and when?",
    topic: 'action',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:195-196',
    expect: answer(['Essex', 'February', 'Oxfordshire']),
  },
  {
    id: 'blinde-087',
    // drawn line 004:218
    text: 'did the comissioner back the old vicarage childrens home proposals when she came to O&S?',
    topic: 'passage',
    packs: ['004'],
    tags: ['typo'],
    source: '004:218',
    expect: answer(['complex needs']),
  },
  {
    id: 'blinde-088',
    // drawn line 004:228
    text: "if medway loses control of children's social care, what's the mitigation? who holds the director to account",
    topic: 'passage',
    packs: ['004'],
    source: '004:227-228',
    expect: answer(['Leader', 'Chief Executive']),
  },
  {
    id: 'blinde-089',
    // drawn line 004:232
    text: "risk register - what's being done about SW recruitment & retention after the ofsted judgement?",
    topic: 'passage',
    packs: ['004'],
    source: '004:232',
    expect: answer(['engagement forum']),
  },
  {
    id: 'blinde-090',
    // drawn line 004:539
    text: 'what good practice did the 2018 domestic abuse inspection find in medway?',
    topic: 'list',
    packs: ['004'],
    source: '004:539',
    expect: answer([['one-stop-shop', 'one stop shop'], 'MARAC']),
  },
  {
    id: 'blinde-091',
    // drawn line 004:543
    text: 'the 2018 domestic abuse JTAI - what were the main problems at the MASH?',
    topic: 'passage',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:543',
    expect: answer(['information sharing', ['turnover', 'first visit']]),
  },
  {
    id: 'blinde-092',
    // drawn line 004:555
    text: 'any long running medway initiative to cut exclusions? who runs it',
    topic: 'passage',
    packs: ['004'],
    source: '004:555',
    expect: answer([['Schools Support Group', 'SSG'], 'Inclusion team']),
  },
  {
    id: 'blinde-093',
    // drawn line 004:610
    text: 'what did ofsted say about health access for CiC and care leavers? and how many children did inspectors flag as at risk?',
    topic: 'passage',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:610-611',
    expect: answer(['poor', '74']),
  },
  {
    id: 'blinde-094',
    // drawn line 004:735
    text: "commissioner's report staffing table - total establishment FTE vs perm? and how many agency FTE",
    topic: 'indicator',
    packs: ['004'],
    source: '004:735',
    expect: answer(['188.89', '154.23', '66.20']),
  },
  {
    id: 'blinde-095',
    // drawn line 004:857
    text: "commissioner's report in the pack - what licence is it published under and who do you contact about reuse?",
    topic: 'passage',
    packs: ['004'],
    source: '004:849-857',
    expect: answer(['Open Government Licence', ['National Archives', 'psi@nationalarchives.gov.uk']]),
  },
  {
    id: 'blinde-096',
    // drawn line 004:1008
    text: 'what does the childrens improvement action plan say its aiming for? and when was the ILAC?',
    topic: 'plan',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:1006-1008',
    expect: answer(['good and outstanding', onDate(8, 7, 2019)]),
  },
  {
    id: 'blinde-097',
    // drawn line 004:1193
    text: 'improvement plan 5.1 service meetings - how many whole service meetings a year and who leads?',
    topic: 'action',
    packs: ['004'],
    tags: ['ocr'],
    source: '004:1190-1193',
    expect: answer([['3 whole service', 'three'], ['Special Projects', 'Head of Special']]),
  },
  {
    id: 'blinde-098',
    // drawn line 004:1229
    text: "how many improvement plan actions go against ofsted's priority on senior managers' oversight and audits?",
    topic: 'indicator',
    packs: ['004'],
    tags: ['ocr'],
    source: '004:1228-1232',
    expect: answer(['21']),
  },
  {
    id: 'blinde-099',
    // drawn line 004:1261
    text: "how many improvement plan actions address ofsted's priority on permanence planning and decision making?",
    topic: 'indicator',
    packs: ['004'],
    tags: ['ocr'],
    source: '004:1260-1264',
    expect: answer(['14']),
  },
  {
    id: 'blinde-100',
    // drawn line 004:1293
    text: 'improvement plan glossary - what are RAA and FWi?',
    topic: 'passage',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:1293-1296',
    expect: answer(['Regional Adoption Agency', 'Frameworki']),
  },
  // ---- questions the packs cannot answer (not tied to a drawn line) ----
  {
    id: 'blinde-101',
    text: 'how many medway kids got free school meal vouchers over lockdown?',
    topic: 'indicator',
    packs: ['000'],
    expect: notFound(),
  },
  {
    id: 'blinde-102',
    text: 'has fly tipping gone up in medway since lockdown? any numbers',
    topic: 'indicator',
    packs: ['000'],
    expect: notFound(),
  },
  {
    id: 'blinde-103',
    text: 'how many stop and searches of under 18s were there in herefordshire last yr?',
    topic: 'indicator',
    packs: ['002'],
    expect: notFound(),
  },
  {
    id: 'blinde-104',
    text: 'how many EV charging points are in the HIF scheme?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    expect: notFound(),
  },
  {
    id: 'blinde-105',
    text: 'is medway funding breakfast clubs in schools to help attendance atm?',
    topic: 'passage',
    packs: ['003'],
    expect: notFound(),
  },
  {
    id: 'blinde-106',
    text: 'do herefordshire care leavers get a free bus pass?',
    topic: 'passage',
    packs: ['002'],
    expect: notFound(),
  },
  {
    id: 'blinde-107',
    text: 'how many youth centres does medway run these days?',
    topic: 'indicator',
    packs: ['003'],
    expect: notFound(),
  },
  {
    id: 'blinde-108',
    text: 'did the CCTV control room keep running through the covid lockdown?',
    topic: 'passage',
    packs: ['000'],
    expect: notFound(),
  },
  // ---- truly ambiguous between records (not tied to a drawn line) ----
  {
    id: 'blinde-109',
    text: 'whats the reoffending rate atm?',
    topic: 'indicator',
    packs: ['000', '002'],
    expect: askBack(),
  },
  {
    id: 'blinde-110',
    text: "who's the democratic services officer for the committee? need to send apologies",
    topic: 'meeting',
    packs: ['002', '003'],
    expect: askBack(),
  },
];
