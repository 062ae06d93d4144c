import type { EvalQuestion } from '../question-types';
import { answer, askBack, notFound, onDate } from '../question-types';

/**
 * Blind evaluation set, fourth batch: members' questions written by a second pair of eyes from the five packs only (no
 * engine code read, no engine run, no other eval set's questions read). One question per randomly drawn pack line
 * (seeded sample, seed 20261208, see SAMPLE4.md next to this file; lines the first, second and third batches used are
 * skipped), then questions the packs cannot answer and questions that are truly ambiguous between records.
 *
 * @remarks
 * Written before being run; never edit an expectation to make the engine pass. If an expectation is shown to be wrong
 * against the pack text, fix it with a note in SAMPLE4.md. The eval clock is 2 January 2020.
 */
export const blindQuestions4: EvalQuestion[] = [
  // ---- pack 000 (Medway Cabinet, 9 June 2020) ----
  {
    id: 'blindd-001',
    // drawn line 000:48
    text: "why's the covid response report an urgent item on 9 june? thought it was on the fwd plan",
    topic: 'meeting',
    packs: ['000'],
    source: '000:48',
    expect: answer([['circulated separately', 'General Exception']]),
  },
  {
    id: 'blindd-002',
    // drawn line 000:154
    text: 'has lockdown actually meant more rubbish? how much has household waste gone up',
    topic: 'indicator',
    packs: ['000'],
    source: '000:154',
    expect: answer(['20%']),
  },
  {
    id: 'blindd-003',
    // drawn line 000:166
    text: 'how many birth registrations a week can the register office get through with the perspex set up?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:165-166',
    expect: answer(['160']),
  },
  {
    id: 'blindd-004',
    // drawn line 000:180
    text: "is anyone talking to the Gills about getting football back on? who are trading standards working with",
    topic: 'passage',
    packs: ['000'],
    source: '000:180',
    expect: answer([['Sports Grounds Safety Authority', 'SGSA']]),
  },
  {
    id: 'blindd-005',
    // drawn line 000:182
    text: 'buses in lockdown - what % of normal service were they running, and how far did passenger numbers drop?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:182',
    expect: answer(['50-75%', '10%']),
  },
  {
    id: 'blindd-006',
    // drawn line 000:205
    text: 'what is the resource cell looking to redploy staff to next?',
    topic: 'passage',
    packs: ['000'],
    tags: ['typo'],
    source: '000:203-205',
    expect: answer([['Registration', 'registering births'], 'high streets']),
  },
  {
    id: 'blindd-007',
    // drawn line 000:223
    text: 'did we change how quickly we pay suppliers during covid? local firms keep asking me',
    topic: 'passage',
    packs: ['000'],
    source: '000:221-223',
    expect: answer(['immediate', 'daily']),
  },
  {
    id: 'blindd-008',
    // drawn line 000:284
    text: 'someone from the council was on radio 5 live about covid, who was it?',
    topic: 'passage',
    packs: ['000'],
    source: '000:284',
    expect: answer([['Assistant Director for Adult Social Care', 'Adult Social Care']]),
  },
  {
    id: 'blindd-009',
    // drawn line 000:301
    text: 'how many videos did the leader / CE / DPH put out to staff during lockdown?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:298-301',
    expect: answer([['Six', '6']]),
  },
  {
    id: 'blindd-010',
    // drawn line 000:324
    text: 'tip booking system - how many bookings did the 2 medway sites get in the first 3 weeks?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:324',
    expect: answer(['7,600']),
  },
  {
    id: 'blindd-011',
    // drawn line 000:435
    text: 'YOT got RI off HMIP but how close were we to good?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:435',
    expect: answer([['1 point', 'one point']]),
  },
  {
    id: 'blindd-012',
    // drawn line 000:437
    text: 'where did hmip say yot practice was most patchy?',
    topic: 'passage',
    packs: ['000'],
    source: '000:437',
    expect: answer(['girls', 'exploitation']),
  },
  {
    id: 'blindd-013',
    // drawn line 000:477
    text: 'yot inspection - breakdown of the 23 detailed indicators pls (outstanding / good / RI / inadequate)',
    topic: 'indicator',
    packs: ['000'],
    source: '000:476-480',
    expect: answer(['7', '9', '5', '2']),
  },
  {
    id: 'blindd-014',
    // drawn line 000:514
    text: "what's the actual recommendation to cabinet on the hmip yot item?",
    topic: 'meeting',
    packs: ['000'],
    surface: 'channel',
    source: '000:514',
    expect: answer(['note', 'Improvement Plan']),
  },
  {
    id: 'blindd-015',
    // drawn line 000:663
    text: "what are the yot's new initiatives with partners meant to tackle?",
    topic: 'passage',
    packs: ['000'],
    source: '000:663',
    expect: answer(['post-16', 'serious youth violence']),
  },
  {
    id: 'blindd-016',
    // drawn line 000:682
    text: 'did hmip think the yot pulls its weight on out of court processes?',
    topic: 'passage',
    packs: ['000'],
    source: '000:682',
    expect: answer([['effective contribution', 'effective']]),
  },
  {
    id: 'blindd-017',
    // drawn line 000:701
    text: 'court disposals part of the yot inspection - which bit came out inadequate and why?',
    topic: 'passage',
    packs: ['000'],
    tags: ['hard'],
    source: '000:701',
    expect: answer(['planning', 'less than half']),
  },
  {
    id: 'blindd-018',
    // drawn line 000:717
    text: 'were kids in custody getting as much attenton from the yot as the ones in the community?',
    topic: 'passage',
    packs: ['000'],
    tags: ['typo'],
    source: '000:717',
    expect: answer(['less priority']),
  },
  {
    id: 'blindd-019',
    // drawn line 000:730
    text: 'ooc sample in the hmip inspection - how many cases had serious harm factors?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:728-730',
    expect: answer([['five', '5']]),
  },
  {
    id: 'blindd-020',
    // drawn line 000:767
    text: "what's hmip rec no.3 for the yot?",
    topic: 'passage',
    packs: ['000'],
    source: '000:767',
    expect: answer(['planning', ['keep others safe', 'safety and wellbeing']]),
  },
  {
    id: 'blindd-021',
    // drawn line 000:796
    text: 'how many children did medway yot supervise on court sentences in 2019?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:786-796',
    expect: answer(['101']),
  },
  {
    id: 'blindd-022',
    // drawn line 000:814
    text: "bme youth population in medway - the actual number not the %?",
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:814',
    expect: answer(['3,480']),
  },
  {
    id: 'blindd-023',
    // drawn line 000:836
    text: 'what share of the yot caseload is girls and how does that compare nationally?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:826-836',
    expect: answer(['17%', '15%']),
  },
  {
    id: 'blindd-024',
    // drawn line 000:850
    text: 'of the 21 out of court disposals, how many were community resolutions?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:850-854',
    expect: answer([['13', '17.8%']]),
  },
  {
    id: 'blindd-025',
    // drawn line 000:1027
    text: "what's holding the yot back on partnerships and services according to hmip?",
    topic: 'passage',
    packs: ['000'],
    source: '000:1027',
    expect: answer(['data', 'girls']),
  },
  {
    id: 'blindd-026',
    // drawn line 000:1065
    text: 'how is the yot planning to keep acorns going long term?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1065',
    expect: answer(['Acorn Ambassadors']),
  },
  {
    id: 'blindd-027',
    // drawn line 000:1181
    text: 'how many standards do hmip inspect each court case against?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1181',
    expect: answer([['four', '4']]),
  },
  {
    id: 'blindd-028',
    // drawn line 000:1218
    text: 'in how many of the 12 court cases had the child been on a CP plan or s47?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1218',
    expect: answer([['5', 'five']]),
  },
  {
    id: 'blindd-029',
    // drawn line 000:1275
    text: 'the Kyra case study in the hmip reprot - what went wrong there?',
    topic: 'passage',
    packs: ['000'],
    tags: ['typo'],
    source: '000:1271-1275',
    expect: answer(['domestic abuse', 'exploitation']),
  },
  {
    id: 'blindd-030',
    // drawn line 000:1421
    text: "in how many of the out-of-court cases did the yot not do enough to protect the child?",
    topic: 'indicator',
    packs: ['000'],
    source: '000:1421',
    expect: answer([['two', '2']]),
  },
  {
    id: 'blindd-031',
    // drawn line 000:1457
    text: 'out of court assessment - what rating did it get and what was the weak spot?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1457',
    expect: answer(['Good', 'partners']),
  },
  {
    id: 'blindd-032',
    // drawn line 000:1505
    text: 'what % of out of court cases had planning that focused enough on keeping the child safe?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1505',
    expect: answer(['75%']),
  },
  {
    id: 'blindd-033',
    // drawn line 000:1532
    text: 'ooc cases - when the yot needed to line plans up with social care, how often did it actually happen?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1532',
    expect: answer([['four', '4'], ['seven', '7']]),
  },
  {
    id: 'blindd-034',
    // drawn line 000:1623
    text: 'the 2 youth conditional cautions - did the yot enforce them properly and keep the police in the loop?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1621-1623',
    expect: answer(['compliance', ['did not liaise', "didn't liaise", 'not liaise']]),
  },
  {
    id: 'blindd-035',
    // drawn line 000:1693
    text: 'yot inspection: what did information and facilities come out as?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1691-1693',
    expect: answer(['Good']),
  },
  {
    id: 'blindd-036',
    // drawn line 000:1715
    text: "court disposals, implementation & delivery - scores for supporting the child's safety and other people's safety?",
    topic: 'indicator',
    packs: ['000'],
    source: '000:1715-1716',
    expect: answer(['75%']),
  },
  {
    id: 'blindd-037',
    // drawn line 000:1739
    text: 'ooc implementation and delivery - the 3 key question scores pls (desistance, child safety, other people)',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1739-1741',
    expect: answer(['70%', '75%', '60%']),
  },
  {
    id: 'blindd-038',
    // drawn line 000:1745
    text: 'joint working with the police on ooc only scored 50% - how did it still end up Good??',
    topic: 'passage',
    packs: ['000'],
    tags: ['hard'],
    source: '000:1745-1747',
    expect: answer([['two cases', '2 cases'], 'overall performance']),
  },
  {
    id: 'blindd-039',
    // drawn line 000:1810
    text: 'yot improvement plan - what are they actually aiming for, just getting to good?',
    topic: 'plan',
    packs: ['000'],
    source: '000:1808-1810',
    expect: answer(['Outstanding']),
  },
  {
    id: 'blindd-040',
    // drawn line 000:1812
    text: "how does the yot improvement plan say they'll get there?",
    topic: 'plan',
    packs: ['000'],
    source: '000:1812',
    expect: answer(['strong leadership', ['proportionately', 'allocate resources']]),
  },
  {
    id: 'blindd-041',
    // drawn line 000:1877
    text: "what were hmip's key positives for the yot on organisational delivery? bullets pls",
    topic: 'list',
    packs: ['000'],
    source: '000:1875-1882',
    expect: answer(['leadership', 'Child First', 'external funding']),
  },
  {
    id: 'blindd-042',
    // drawn line 000:1884
    text: 'where is the yot getting its ideas from to shape how it delivers?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1884',
    expect: answer(['other YOTs']),
  },
  {
    id: 'blindd-043',
    // drawn line 000:1926
    text: 'out of court planning - in how many of the relevant cases did it meet the standard on keeping others safe?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1926',
    expect: answer([['three', '3'], ['five', '5']]),
  },
  {
    id: 'blindd-044',
    // drawn line 000:1933
    text: "what did hmip think the yot does well on out-of-court work? list",
    topic: 'list',
    packs: ['000'],
    source: '000:1928-1933',
    expect: answer(['Victims', 'relationships', 'decisions']),
  },
  {
    id: 'blindd-045',
    // drawn line 000:1966
    text: 'yot imporvement plan rec 2 - who is doing the needs audit of the cohort and by when?',
    topic: 'action',
    packs: ['000'],
    tags: ['typo'],
    source: '000:1966',
    expect: answer(['Information Officer', 'September 2020']),
  },
  {
    id: 'blindd-046',
    // drawn line 000:1997
    text: 'who wrote the BCF s75 update for cabinet?',
    topic: 'meeting',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1993-1997',
    expect: answer(['Su Ormes']),
  },
  {
    id: 'blindd-047',
    // drawn line 000:2041
    text: 'does the covid hospital discharge money cover us for the charging income we lose on that cohort?',
    topic: 'passage',
    packs: ['000'],
    source: '000:2041',
    expect: answer([['means tested', 'means-tested']]),
  },
  {
    id: 'blindd-048',
    // drawn line 000:2114
    text: 'which page is risk and performance monitoring on in the bcf plan?',
    topic: 'passage',
    packs: ['000'],
    tags: ['ocr'],
    source: '000:2114',
    expect: answer(['13']),
  },
  {
    id: 'blindd-049',
    // drawn line 000:2146
    text: "bcf plan - what's the vision for health & social care integration, in a nutshell?",
    topic: 'plan',
    packs: ['000'],
    source: '000:2146-2150',
    expect: answer(['Medway Model', 'single commissioner']),
  },
  {
    id: 'blindd-050',
    // drawn line 000:2189
    text: 'life expectancy gap between the most and least deprived in medway - men v women?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:2189',
    expect: answer(['9.4 years', ['four years', '4 years']]),
  },
  {
    id: 'blindd-051',
    // drawn line 000:2197
    text: 'roughly how many people in medway live with sight loss?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:2197',
    expect: answer(['6,700']),
  },
  {
    id: 'blindd-052',
    // drawn line 000:2243
    text: 'what did we get dtocs down to?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2243',
    expect: answer(['3.5%']),
  },
  {
    id: 'blindd-053',
    // drawn line 000:2374
    text: 'who aproved the bcf spending plan, and when was it going to the HWB?',
    topic: 'meeting',
    packs: ['000'],
    tags: ['typo'],
    source: '000:2374',
    expect: answer([['Joint Commissioning Management Group', 'JCMG'], onDate(12, 9, 2017)]),
  },
  {
    id: 'blindd-054',
    // drawn line 000:2418
    text: 'what mental health actions are in the kent and medway STP plans? list pls',
    topic: 'list',
    packs: ['000'],
    source: '000:2416-2424',
    expect: answer(['psychosis', 'CORE 24']),
  },
  {
    id: 'blindd-055',
    // drawn line 000:2452
    text: 'why are we putting money into extra care housing through the bcf?',
    topic: 'passage',
    packs: ['000'],
    source: '000:2452',
    expect: answer(['block contracts', 'residential care']),
  },
  {
    id: 'blindd-056',
    // drawn line 000:2505
    text: "dtoc plan - who leads on benchmarking performance and who's it reported to?",
    topic: 'action',
    packs: ['000'],
    tags: ['ocr'],
    source: '000:2503-2506',
    expect: answer(['UCOG', ['AD Commissioning', 'Commissioning, Business & Intelligence']]),
  },
  {
    id: 'blindd-057',
    // drawn line 000:2517
    text: 'when was the asc workforce meant to be up to speed on the medway model discharge processes, and who owned that?',
    topic: 'action',
    packs: ['000'],
    tags: ['period'],
    source: '000:2517',
    expect: answer(['Head of Service Social Care', ['January 18', 'January 2018', 'Jan 2018']]),
  },
  {
    id: 'blindd-058',
    // drawn line 000:2570
    text: 'HIF item - what exactly is cabinet approving re compulsory purchase?',
    topic: 'passage',
    packs: ['000'],
    source: '000:2570',
    expect: answer(['compulsory acquisition', ['road, rail and SEMS', 'SEMS']]),
  },
  {
    id: 'blindd-059',
    // drawn line 000:2572
    text: "what's the other option on the HIF CPO and why aren't officers recommending it?",
    topic: 'passage',
    packs: ['000'],
    source: '000:2572-2574',
    expect: answer(['£170m', ['declines', 'decline']]),
  },
  {
    id: 'blindd-060',
    // drawn line 000:2616
    text: 'can i see the HIF indicative timeline or is it private?',
    topic: 'meeting',
    packs: ['000'],
    source: '000:2615-2616',
    expect: answer(['exempt', 'Appendix 2']),
  },
  {
    id: 'blindd-061',
    // drawn line 000:2648
    text: "northbank house lease renewal - what's in the exempt appendix and why can't we see it?",
    topic: 'meeting',
    packs: ['000'],
    source: '000:2646-2649',
    expect: answer(['financial and legal', ['paragraph 3', 'para 3']]),
  },
  {
    id: 'blindd-062',
    // drawn line 000:2654
    text: 'which paras of schedule 12A is the HIF exempt stuff held back under?',
    topic: 'meeting',
    packs: ['000'],
    source: '000:2651-2654',
    expect: answer([['paragraphs 3 and 5', '3 and 5'], 'legal professional privilege']),
  },
  {
    id: 'blindd-063',
    // drawn line 000:2658
    text: 'when did the notice to take stuff in private first go out for the 9 june cabinet? did anyone object?',
    topic: 'meeting',
    packs: ['000'],
    source: '000:2658',
    expect: answer([onDate(11, 5, 2020), ['No representations', 'no objections']]),
  },
  {
    id: 'blindd-064',
    // drawn line 000:2688
    text: "why's the last document in the june cabinet pack restricted?",
    topic: 'meeting',
    packs: ['000'],
    source: '000:2686-2691',
    expect: answer(['Schedule 12A', ['3, 5', '3 and 5']]),
  },
  // ---- pack 001 (Medway CYP O&S, 23 July 2020) ----
  {
    id: 'blindd-065',
    // drawn line 001:13
    text: 'who wrote the hmip yot report that went to cyp o&s in july 2020?',
    topic: 'meeting',
    packs: ['001'],
    tags: ['directory'],
    source: '001:12-13',
    expect: answer(['Andrew Willetts']),
  },
  {
    id: 'blindd-066',
    // drawn line 001:30
    text: 'how much do probation put into the yot pot compared with the YJB?',
    topic: 'indicator',
    packs: ['001', '000'],
    source: '001:30-38',
    expect: answer(['£2,500', '£304,366']),
  },
  // ---- pack 002 (Herefordshire CYP scrutiny, 16 September 2019) ----
  {
    id: 'blindd-067',
    // drawn line 002:62
    text: "what's cyp scrutiny meant to be doing with the youth justice plan on 16 sept? and which pages is it",
    topic: 'meeting',
    packs: ['002'],
    source: '002:62',
    expect: answer(['full Council', ['31 - 66', '31-66']]),
  },
  {
    id: 'blindd-068',
    // drawn line 002:85
    text: 'who sent apologies to the 15 july cyp scrutiny?',
    topic: 'meeting',
    packs: ['002'],
    surface: 'groupChat',
    source: '002:85',
    expect: answer(['Mike Jones', 'Burbidge']),
  },
  {
    id: 'blindd-069',
    // drawn line 002:93
    text: 'were there any declarations of interest at the july meeting of cyp scrutiny?',
    topic: 'meeting',
    packs: ['002'],
    source: '002:91-93',
    expect: answer([['no declarations', 'none']]),
  },
  {
    id: 'blindd-070',
    // drawn line 002:111
    text: 'what good news did the director give on corporate parenting back in july?',
    topic: 'passage',
    packs: ['002'],
    source: '002:109-111',
    expect: answer(['council tax', 'accommodation']),
  },
  {
    id: 'blindd-071',
    // drawn line 002:116
    text: 'did members actually get the latest LAC number and the SEN % at the july meeting?',
    topic: 'passage',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:116',
    expect: answer([['response would need to be provided', 'provided with the data', 'to be provided']]),
  },
  {
    id: 'blindd-072',
    // drawn line 002:140
    text: 'what briefing notes did cyp scrutiny ask for off the back of the corporate parenting item?',
    topic: 'list',
    packs: ['002'],
    source: '002:137-143',
    expect: answer(['multiagency panel', 'care leavers covenant', 'SHYPP']),
  },
  {
    id: 'blindd-073',
    // drawn line 002:222
    text: "where's the buidling we bought for care leavers and who is it for?",
    topic: 'passage',
    packs: ['002'],
    tags: ['typo'],
    source: '002:220-222',
    expect: answer(['Hereford City', 'complex needs']),
  },
  {
    id: 'blindd-074',
    // drawn line 002:226
    text: 'why are care leaver placements costing so much atm?',
    topic: 'passage',
    packs: ['002'],
    source: '002:226',
    expect: answer(['spot purchased', ['outside of the county', 'out of county', 'outside the county']]),
  },
  {
    id: 'blindd-075',
    // drawn line 002:241
    text: 'why is scrutiny looking at the care leavers accommodation decision before cabinet makes it?',
    topic: 'passage',
    packs: ['002'],
    source: '002:241-243',
    expect: answer(['corporate parents', ["children's social care", 'safeguarding']]),
  },
  {
    id: 'blindd-076',
    // drawn line 002:256
    text: "what's the new support service for care leavers trying to achieve? aims pls",
    topic: 'list',
    packs: ['002'],
    source: '002:253-256',
    expect: answer(['independent living', 'employment']),
  },
  {
    id: 'blindd-077',
    // drawn line 002:271
    text: 'who pays for what in the care leavers accommodation - the rent vs the support?',
    topic: 'passage',
    packs: ['002'],
    source: '002:271',
    expect: answer(['housing benefit', 'Children and Families']),
  },
  {
    id: 'blindd-078',
    // drawn line 002:277
    text: 'when was the intention to award on the care leavers contract due to go out?',
    topic: 'passage',
    packs: ['002'],
    source: '002:274-278',
    expect: answer([['03/12/19', '3 December 2019', '3 Dec 2019'], ['13/12/19', '13 December 2019', '13 Dec 2019']]),
  },
  {
    id: 'blindd-079',
    // drawn line 002:416
    text: 'who did the equality impact assesment on the care leavers accommodation and who is accountable for it?',
    topic: 'passage',
    packs: ['002'],
    tags: ['typo'],
    source: '002:416-422',
    expect: answer(['Amy Whiles', 'Chris Baird']),
  },
  {
    id: 'blindd-080',
    // drawn line 002:459
    text: 'which stakeholders does the EIA for the care leaver housing list?',
    topic: 'list',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:455-459',
    expect: answer(['Adult and Communities', 'wider community']),
  },
  {
    id: 'blindd-081',
    // drawn line 002:481
    text: 'what ages is the care leavers accommodation for?',
    topic: 'passage',
    packs: ['002'],
    source: '002:481',
    expect: answer([['18 – 25', '18-25', '18 to 25'], ['16-17', '16 or 17']]),
  },
  {
    id: 'blindd-082',
    // drawn line 002:576
    text: "which of the west mercia yj priorities is the one about young people's mental health? number?",
    topic: 'plan',
    packs: ['002'],
    source: '002:574-576',
    expect: answer(['2.2', 'Our Partnerships']),
  },
  {
    id: 'blindd-083',
    // drawn line 002:578
    text: 'what sits under priority 3 of the WMYJS plan?',
    topic: 'list',
    packs: ['002'],
    source: '002:578-581',
    expect: answer(['quality assurance', 'information systems', 'innovation']),
  },
  {
    id: 'blindd-084',
    // drawn line 002:590
    text: 'herefordshire first time entrants in the year to sept 18 - how many, and what was it the year before?',
    topic: 'indicator',
    packs: ['002'],
    tags: ['period'],
    source: '002:590',
    expect: answer(['52', '85']),
  },
  {
    id: 'blindd-085',
    // drawn line 002:697
    text: 'is there a staffing structure in the youth justice plan? which appendix / page',
    topic: 'passage',
    packs: ['002'],
    source: '002:697',
    expect: answer(['Appendix 2', '11']),
  },
  {
    id: 'blindd-086',
    // drawn line 002:701
    text: 'where do i find the telford & wrekin figures in the yj plan?',
    topic: 'passage',
    packs: ['002'],
    source: '002:701',
    expect: answer(['Appendix 6', '20']),
  },
  {
    id: 'blindd-087',
    // drawn line 002:716
    text: 'where did the wmyjs priorities come from in the first place?',
    topic: 'passage',
    packs: ['002'],
    source: '002:712-716',
    expect: answer(['workshops', 'pilot inspection']),
  },
  {
    id: 'blindd-088',
    // drawn line 002:742
    text: "any changes to how wmyjs was run in 18/19? heard there's a new manager post",
    topic: 'passage',
    packs: ['002'],
    tags: ['period'],
    source: '002:742-744',
    expect: answer(['team manager', ['quarter 3', 'Q3']]),
  },
  {
    id: 'blindd-089',
    // drawn line 002:775
    text: 'how is the FTE indicator worked out? per how many young people, and which way is good?',
    topic: 'passage',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:775',
    expect: answer(['100,000', 'lower']),
  },
  {
    id: 'blindd-090',
    // drawn line 002:853
    text: 'what is wmyjs actually doing about staff appraisals this year?',
    topic: 'action',
    packs: ['002'],
    source: '002:853,899',
    expect: answer(['appraisal process', ['Q1/Q2', 'Q1 and Q2']]),
  },
  {
    id: 'blindd-091',
    // drawn line 002:871
    text: 'is there anything in the yj delivery plan about a website for the service?',
    topic: 'action',
    packs: ['002'],
    source: '002:871,911',
    expect: answer([['4.1.2', '4.1']]),
  },
  {
    id: 'blindd-092',
    // drawn line 002:1008
    text: "what's wmyjs planning with the L&D schemes coming in across west mercia?",
    topic: 'passage',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1008',
    expect: answer(['strategic and operational']),
  },
  {
    id: 'blindd-093',
    // drawn line 002:1024
    text: 'how many youth cautions / conditional cautions were given out in herefordshire in 2018?',
    topic: 'indicator',
    packs: ['002'],
    source: '002:1024-1028',
    expect: answer(['61']),
  },
  {
    id: 'blindd-094',
    // drawn line 002:1064
    text: 'herefordshire custody rate for 2018, and how many young people does that actually mean?',
    topic: 'indicator',
    packs: ['002'],
    source: '002:1064-1066',
    expect: answer(['0.06', ['one', '1']]),
  },
  {
    id: 'blindd-095',
    // drawn line 002:1090
    text: 'shropshire - how many young people got a formal youth justice sanction in 2018?',
    topic: 'indicator',
    packs: ['002'],
    source: '002:1090-1092',
    expect: answer(['81', '96']),
  },
  {
    id: 'blindd-096',
    // drawn line 002:1251
    text: "worcs - what share of the young people sanctioned in 2018 were boys?",
    topic: 'indicator',
    packs: ['002'],
    source: '002:1251',
    expect: answer([['79%', '176']]),
  },
  {
    id: 'blindd-097',
    // drawn line 002:1283
    text: 'worcestershire FTE rate v national, oct 17 - sep 18?',
    topic: 'indicator',
    packs: ['002'],
    tags: ['period'],
    source: '002:1283',
    expect: answer(['277', '250']),
  },
  {
    id: 'blindd-098',
    // drawn line 002:1415
    text: 'what does the work programme report say about how we pick our topics?',
    topic: 'passage',
    packs: ['002'],
    source: '002:1415',
    expect: answer(['selective', 'existing resources']),
  },
  {
    id: 'blindd-099',
    // drawn line 002:1422
    text: 'which 3 task and finish groups reported back in march 2019?',
    topic: 'list',
    packs: ['002'],
    source: '002:1422',
    expect: answer(['SEND', ['PRU', 'pupil referral units'], 'court judgements']),
  },
  {
    id: 'blindd-100',
    // drawn line 002:1443
    text: "is there a tracker of what we've recommended this council term? where is it",
    topic: 'passage',
    packs: ['002'],
    source: '002:1443',
    expect: answer(['appendix g']),
  },
  {
    id: 'blindd-101',
    // drawn line 002:1459
    text: 'what should scrutiny topics have regard to, per the corporate governance bit of the report?',
    topic: 'passage',
    packs: ['002'],
    source: '002:1459',
    expect: answer(['matters to residents']),
  },
  {
    id: 'blindd-102',
    // drawn line 002:1537
    text: 'when was the LAC cost reduction update down for scrutiny, and whos doing it?',
    topic: 'meeting',
    packs: ['002'],
    surface: 'groupChat',
    source: '002:1536-1537',
    expect: answer([onDate(25, 11, 2019), 'Liz Elgar']),
  },
  {
    id: 'blindd-103',
    // drawn line 002:1546
    text: "what's still sitting under 'business to allocate' on the cyp work programme?",
    topic: 'list',
    packs: ['002'],
    source: '002:1546-1550',
    expect: answer(['Early Help Strategy', 'Child Exploitation', ['Elective Home Education', 'EHE']]),
  },
  {
    id: 'blindd-104',
    // drawn line 002:1559
    text: 'SEND t&f rec 1 on accessibilty plans - did the exec accept it? who is doing it and by when?',
    topic: 'action',
    packs: ['002'],
    tags: ['typo'],
    source: '002:1558-1562',
    expect: answer(['in part', 'Physical and Sensory Services', 'March 2020']),
  },
  {
    id: 'blindd-105',
    // drawn line 002:1564
    text: "what's happening on 'tell us once' for send families? who owns it",
    topic: 'action',
    packs: ['002'],
    source: '002:1564-1573',
    expect: answer(['Wiki me', 'SEND Partnership Officer']),
  },
  {
    id: 'blindd-106',
    // drawn line 002:1578
    text: "who's looking at other councils' local offer sites for send, and when's that due?",
    topic: 'action',
    packs: ['002'],
    source: '002:1578-1582',
    expect: answer(['SEND Partnership Officer', 'April 2020']),
  },
  {
    id: 'blindd-107',
    // drawn line 002:1579
    text: "has anyone actually looked at other areas' local offer websites yet?",
    topic: 'passage',
    packs: ['002'],
    source: '002:1579',
    expect: answer([['already reviewed', 'has already reviewed']]),
  },
  {
    id: 'blindd-108',
    // drawn line 002:1598
    text: 'did schools get another go at responding to the graduated response consultation?',
    topic: 'passage',
    packs: ['002'],
    source: '002:1597-1598',
    expect: answer(['second round']),
  },
  {
    id: 'blindd-109',
    // drawn line 002:1610
    text: "who's writing the send dispute resolution process with the ccg, and when's it due?",
    topic: 'action',
    packs: ['002'],
    source: '002:1607-1611',
    expect: answer(["Children's Joint Commissioning Manager", 'December 2019']),
  },
  {
    id: 'blindd-110',
    // drawn line 002:1630
    text: 'what did the send t&f group recommend about SENDIASS money?',
    topic: 'passage',
    packs: ['002'],
    source: '002:1630',
    expect: answer(['sustainable funding', ['long-term', 'long term']]),
  },
  {
    id: 'blindd-111',
    // drawn line 002:1631
    text: 'how is the exec going to put sendiass on a stable footing - partnering with who?',
    topic: 'passage',
    packs: ['002'],
    source: '002:1631',
    expect: answer(['Worcestershire County Council']),
  },
  {
    id: 'blindd-112',
    // drawn line 002:1646
    text: 'the co-production programme with parent carer voice - who owns it and when was it due?',
    topic: 'action',
    packs: ['002'],
    source: '002:1645-1646',
    expect: answer(['SEND Partnership Officer', ['Oct 2019', 'October 2019']]),
  },
  {
    id: 'blindd-113',
    // drawn line 002:1667
    text: 'send CPD rec 12 - what are the actions and who owns them?',
    topic: 'list',
    packs: ['002'],
    source: '002:1667-1671',
    expect: answer(['Autism training', 'Solid Roots', 'SENCO Conference']),
  },
  {
    id: 'blindd-114',
    // drawn line 002:1671
    text: "when's the SENCO conference happening and who are we running it with?",
    topic: 'action',
    packs: ['002'],
    source: '002:1671',
    expect: answer(['Marlbrook', 'July 2020']),
  },
  {
    id: 'blindd-115',
    // drawn line 002:1687
    text: "PRU management committee - what's being done to get parents and ex-pupils involved, and by when?",
    topic: 'action',
    packs: ['002'],
    tags: ['ocr'],
    source: '002:1687-1694',
    expect: answer(['Aug 2020', ['Executive Head', 'Committee Chair']]),
  },
  {
    id: 'blindd-116',
    // drawn line 002:1838
    text: 'did the otter voice notes trail actually happen? when?',
    topic: 'action',
    packs: ['002'],
    tags: ['typo'],
    source: '002:1836-1838',
    expect: answer(['Completed', ['16/03/2019', '16 March 2019']]),
  },
  {
    id: 'blindd-117',
    // drawn line 002:1842
    text: 'where are we with otter training for staff? it was due end of july 19',
    topic: 'action',
    packs: ['002'],
    source: '002:1842',
    expect: answer(['Ongoing', ['team by team', 'staggered']]),
  },
  {
    id: 'blindd-118',
    // drawn line 002:1889
    text: 'what happens with the findings of the peer on peer abuse spotlight once it is done?',
    topic: 'passage',
    packs: ['002'],
    source: '002:1889',
    expect: answer([['report back', 'reported back']]),
  },
  {
    id: 'blindd-119',
    // drawn line 002:1937
    text: "when's the child exploitation t&f final report due at committee?",
    topic: 'passage',
    packs: ['002'],
    tags: ['conflict'],
    source: '002:1933-1937',
    expect: answer([['January 2019', 'January 2020', 'Jan 2020']]),
  },
  // ---- pack 003 (Medway CYP O&S, 2 March 2023) ----
  {
    id: 'blindd-120',
    // drawn line 003:45
    text: "lead member's annual report to o&s in march 23 - what period does it cover?",
    topic: 'passage',
    packs: ['003'],
    source: '003:45-53',
    expect: answer(['April 2022', 'March 2023']),
  },
  {
    id: 'blindd-121',
    // drawn line 003:107
    text: 'who did the independent review of the RAA adoption support service and what did they conclude?',
    topic: 'passage',
    packs: ['003'],
    source: '003:107',
    expect: answer(['National RAA Leadership Group', ['strong and well led', 'well led']]),
  },
  {
    id: 'blindd-122',
    // drawn line 003:180
    text: "who's been helping us strengthen corporate parenting over the last year?",
    topic: 'passage',
    packs: ['003'],
    source: '003:180-181',
    expect: answer(['LGA', ['external consultants', 'external consultant']]),
  },
  {
    id: 'blindd-123',
    // drawn line 003:196
    text: 'what has the corporate parenting board delivered for care leavers this year? list',
    topic: 'list',
    packs: ['003'],
    source: '003:195-198',
    expect: answer(['care leavers offer', 'rent guarantee', ['housing needs analysis', 'Housing needs']]),
  },
  {
    id: 'blindd-124',
    // drawn line 003:198
    text: 'have we checked whether there is enough supported accommodation for care leavers in medway?',
    topic: 'passage',
    packs: ['003'],
    source: '003:198',
    expect: answer([['Housing needs analysis', 'housing needs']]),
  },
  {
    id: 'blindd-125',
    // drawn line 003:208
    text: "what did ofsted's 5th monitoring visit say had got better? bullets",
    topic: 'list',
    packs: ['003'],
    source: '003:203-210',
    expect: answer(['Wednesday Squad', ['promptly seen', 'promptly'], 'audit']),
  },
  {
    id: 'blindd-126',
    // drawn line 003:232
    text: 'how many medway schools handed out suspensions?',
    topic: 'indicator',
    packs: ['003'],
    source: '003:232',
    expect: answer(['49', '104']),
  },
  {
    id: 'blindd-127',
    // drawn line 003:251
    text: 'which group of pupils is least absent from school in medway?',
    topic: 'passage',
    packs: ['003'],
    source: '003:251',
    expect: answer([['Black learners', 'Black']]),
  },
  {
    id: 'blindd-128',
    // drawn line 003:267
    text: 'what mental health and wellbeing support do we offer schools? list pls',
    topic: 'list',
    packs: ['003'],
    source: '003:257-269',
    expect: answer(['Youth Mental Health First Aid', 'Thrive', 'Early Years']),
  },
  {
    id: 'blindd-129',
    // drawn line 003:279
    text: "safety valve plan - what's the target for EHCP kids going to mainstream?",
    topic: 'indicator',
    packs: ['003'],
    tags: ['abbreviation'],
    source: '003:279-281',
    expect: answer(['31.3%', '41.8%']),
  },
  {
    id: 'blindd-130',
    // drawn line 003:299
    text: 'when does the new banded funding matrix for send top-ups start?',
    topic: 'passage',
    packs: ['003'],
    source: '003:299',
    expect: answer(['April 2023']),
  },
  {
    id: 'blindd-131',
    // drawn line 003:444
    text: "the hybrid model for cyp o&s - how long would meetings be and how's the time split?",
    topic: 'meeting',
    packs: ['003'],
    source: '003:436-444',
    expect: answer([['three hours', '3 hours'], ['first two', 'first 2', 'two hours', '2 hours']]),
  },
  // ---- pack 004 (Medway Cabinet, 14 January 2020) ----
  {
    id: 'blindd-132',
    // drawn line 004:71
    text: 'what did cyp o&s recommend to cabinet on the old vicarage at its 9 jan meeting?',
    topic: 'passage',
    packs: ['004'],
    surface: 'channel',
    source: '004:71-73',
    expect: answer(['closure', 'care pathways']),
  },
  {
    id: 'blindd-133',
    // drawn line 004:103
    text: 'with the RAA going ahead, who holds the statutory responsibility for our children?',
    topic: 'passage',
    packs: ['004'],
    source: '004:103',
    expect: answer(['each local authority', ["Director of Children's Services", 'DCS']]),
  },
  {
    id: 'blindd-134',
    // drawn line 004:129
    text: 'which council strategy priority does the commissioner report item sit under?',
    topic: 'passage',
    packs: ['004'],
    source: '004:129-131',
    expect: answer(['Resilient Families']),
  },
  {
    id: 'blindd-135',
    // drawn line 004:157
    text: "comissioner's last rec about keeping her role on - how soon does she have to report back, and to who?",
    topic: 'passage',
    packs: ['004'],
    tags: ['typo'],
    source: '004:157',
    expect: answer([['six months', '6 months'], ['Minister for Children and Families', 'Minister']]),
  },
  {
    id: 'blindd-136',
    // drawn line 004:187
    text: "what extra resources have been agreed for the immediate improvement work in children's services?",
    topic: 'list',
    packs: ['004'],
    source: '004:185-188',
    expect: answer(['social work posts', 'Auditor', 'Project manager']),
  },
  {
    id: 'blindd-137',
    // drawn line 004:249
    text: 'how is the directorate funding the improvement work - new money or using what we have better?',
    topic: 'passage',
    packs: ['004'],
    source: '004:245-249',
    expect: answer([['resources more effectively', 'use resources']]),
  },
  {
    id: 'blindd-138',
    // drawn line 004:321
    text: "what does the commissioner's report on medway actually cover?",
    topic: 'passage',
    packs: ['004'],
    source: '004:321',
    expect: answer(['ambitions', ['political and officer leadership', 'officer leadership']]),
  },
  {
    id: 'blindd-139',
    // drawn line 004:331
    text: 'what does the commissioner say senior leaders should have done with all the reviews and inspections?',
    topic: 'passage',
    packs: ['004'],
    source: '004:331',
    expect: answer(['inter-relationship', ['CYP plan', 'action and delivery plan']]),
  },
  {
    id: 'blindd-140',
    // drawn line 004:441
    text: 'when did medway get rid of the AD educaton post?',
    topic: 'passage',
    packs: ['004'],
    tags: ['typo'],
    source: '004:441',
    expect: answer(['April 2017']),
  },
  {
    id: 'blindd-141',
    // drawn line 004:480
    text: 'what were the key issues in the 2013-15 improvement notices? list pls',
    topic: 'list',
    packs: ['004'],
    source: '004:475-482',
    expect: answer(['quality assurance framework', 'early help strategy', 'Workforce Strategy']),
  },
  {
    id: 'blindd-142',
    // drawn line 004:486
    text: "what did ofsted rate medway childrens in 2015, and how many recs were there?",
    topic: 'indicator',
    packs: ['004'],
    source: '004:486-490',
    expect: answer(['requires improvement to be good', '13']),
  },
  {
    id: 'blindd-143',
    // drawn line 004:516
    text: 'when are ofsted and cqc coming back to check on the local area send inspection?',
    topic: 'passage',
    packs: ['004'],
    source: '004:516',
    expect: answer([['9th-11th December', '9-11 December', '9th to 11th December']]),
  },
  {
    id: 'blindd-144',
    // drawn line 004:545
    text: "what's the bottom line from the 2018 domestic abuse JTAI on the MASH?",
    topic: 'passage',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:545',
    expect: answer(['stronger strategic leadership']),
  },
  {
    id: 'blindd-145',
    // drawn line 004:591
    text: 'what improvement actions did we show ofsted at the annual conversation in feb 19? list',
    topic: 'list',
    packs: ['004'],
    source: '004:583-595',
    expect: answer(['Surface Pros', 'Early Help Strategy', 'workforce development']),
  },
  {
    id: 'blindd-146',
    // drawn line 004:655
    text: 'did the commissioner agree with the LGA efficiency peer challenge? what do they both think needs doing',
    topic: 'passage',
    packs: ['004'],
    source: '004:653-655',
    expect: answer([['consolidate the plethora', 'consolidate']]),
  },
  {
    id: 'blindd-147',
    // drawn line 004:771
    text: 'core spend per head in medway vs the uniatry average?',
    topic: 'indicator',
    packs: ['004'],
    tags: ['typo'],
    source: '004:771',
    expect: answer(['£688', '£792']),
  },
  {
    id: 'blindd-148',
    // drawn line 004:800
    text: 'what does the commissioner reckon would help with social worker recruitment and retention?',
    topic: 'passage',
    packs: ['004'],
    source: '004:800',
    expect: answer([['clearer vision', 'vision and direction'], 'environment']),
  },
  {
    id: 'blindd-149',
    // drawn line 004:818
    text: 'does the commissioner think medway can improve fast enough?',
    topic: 'passage',
    packs: ['004'],
    source: '004:818',
    expect: answer([['pace and drive', 'pace'], ['piece-meal', 'piecemeal']]),
  },
  {
    id: 'blindd-150',
    // drawn line 004:841
    text: 'who does the chair of the improvement board have to report progress to?',
    topic: 'passage',
    packs: ['004'],
    source: '004:841',
    expect: answer([['DFE', 'Department for Education']]),
  },
  {
    id: 'blindd-151',
    // drawn line 004:880
    text: "who's the children's services commissioner for medway, and where are her terms of reference?",
    topic: 'passage',
    packs: ['004'],
    tags: ['directory'],
    source: '004:880',
    expect: answer(['Eleanor Brazil', 'Annex B']),
  },
  {
    id: 'blindd-152',
    // drawn line 004:951
    text: "what's the latest version of the children's improvement action plan and what changed in it?",
    topic: 'plan',
    packs: ['004'],
    source: '004:948-951',
    expect: answer(['V1.2', ['18/11/2019', '18 November 2019'], 'timescales']),
  },
  {
    id: 'blindd-153',
    // drawn line 004:1023
    text: "what's ofsted priority no. 6 for medway?",
    topic: 'passage',
    packs: ['004'],
    source: '004:1023',
    expect: answer(['permanence planning']),
  },
  {
    id: 'blindd-154',
    // drawn line 004:1089
    text: "contextual safeguarding action (1.7) - who's leading it and when is it due?",
    topic: 'action',
    packs: ['004'],
    tags: ['ocr'],
    source: '004:1089',
    expect: answer(['March 2020', ['Early Help and First Response', 'Head of Quality Assurance']]),
  },
  {
    id: 'blindd-155',
    // drawn line 004:1097
    text: "permanence plans action - who leads, and what's the target for long term fostering agreed as permanent?",
    topic: 'action',
    packs: ['004'],
    tags: ['ocr'],
    source: '004:1097-1100',
    expect: answer(['Children in Care', '60%']),
  },
  {
    id: 'blindd-156',
    // drawn line 004:1111
    text: "when's the fostering service plan due and who owns it?",
    topic: 'action',
    packs: ['004'],
    source: '004:1111',
    expect: answer([['End January 2020', 'January 2020'], 'Children in Care']),
  },
  {
    id: 'blindd-157',
    // drawn line 004:1128
    text: 'has the project team to get caseloads down been appointed yet?',
    topic: 'action',
    packs: ['004'],
    source: '004:1128',
    expect: answer([['COMPLETED', 'complete'], 'September']),
  },
  {
    id: 'blindd-158',
    // drawn line 004:1195
    text: 'who leads priority 5 (partnership and engagement) in the childrens improvement plan?',
    topic: 'plan',
    packs: ['004'],
    source: '004:1195',
    expect: answer([["Director and Assistant Director of Children's Services", 'Director and Assistant Director']]),
  },
  {
    id: 'blindd-159',
    // drawn line 004:1300
    text: "what's ian sutherland's job title again?",
    topic: 'passage',
    packs: ['004'],
    tags: ['directory'],
    source: '004:1300',
    expect: answer(['Director of People']),
  },
  {
    id: 'blindd-160',
    // drawn line 004:1313
    text: 'who is taking over as head of service for safeguarding from jan 2020?',
    topic: 'passage',
    packs: ['004'],
    tags: ['directory'],
    source: '004:1313-1314',
    expect: answer(['Paul Startup']),
  },
  // ---- questions the packs cannot answer (each subject checked absent by grep over all five packs) ----
  {
    id: 'blindd-161',
    text: 'how many potholes did we fill in medway during lockdown?',
    topic: 'indicator',
    packs: ['000'],
    expect: notFound(),
  },
  {
    id: 'blindd-162',
    text: 'how many council staff did medway put on furlough during covid?',
    topic: 'indicator',
    packs: ['000'],
    expect: notFound(),
  },
  {
    id: 'blindd-163',
    text: "how many households are on medway's housing register atm?",
    topic: 'indicator',
    packs: ['000'],
    expect: notFound(),
  },
  {
    id: 'blindd-164',
    text: 'how much did the council give local food banks during covid? total £ pls',
    topic: 'indicator',
    packs: ['000'],
    expect: notFound(['£65.946million']),
  },
  {
    id: 'blindd-165',
    text: 'how many laptops did medway hand out to pupils for home learning in lockdown?',
    topic: 'indicator',
    packs: ['000'],
    expect: notFound(),
  },
  {
    id: 'blindd-166',
    text: "what's the day rate we're paying the children's commissioner?",
    topic: 'indicator',
    packs: ['004'],
    expect: notFound(),
  },
  {
    id: 'blindd-167',
    text: "how many complaints did herefordshire children's services get in 18/19?",
    topic: 'indicator',
    packs: ['002'],
    tags: ['period'],
    expect: notFound(),
  },
  {
    id: 'blindd-168',
    text: 'how many young carers is the herefordshire young carers service supporting?',
    topic: 'indicator',
    packs: ['002'],
    expect: notFound(),
  },
  {
    id: 'blindd-169',
    text: "what's the camhs waiting time for looked after kids in herefordshire?",
    topic: 'indicator',
    packs: ['002'],
    expect: notFound(['40 weeks']),
  },
  {
    id: 'blindd-170',
    text: "what's herefordshire's agency social worker rate?",
    topic: 'indicator',
    packs: ['002'],
    expect: notFound(['34.6%']),
  },
  {
    id: 'blindd-171',
    text: 'how much is herefordshire council tax going up in 20/21?',
    topic: 'indicator',
    packs: ['002'],
    expect: notFound(),
  },
  {
    id: 'blindd-172',
    text: 'did cabinet agree anything about opening the tips on bank holidays?',
    topic: 'passage',
    packs: ['000'],
    expect: notFound(),
  },
  // ---- questions truly ambiguous between records ----
  {
    id: 'blindd-173',
    text: "what's the first time entrants rate?",
    topic: 'indicator',
    packs: ['000', '002'],
    expect: askBack(),
  },
  {
    id: 'blindd-174',
    text: 'who chairs the improvement board?',
    topic: 'passage',
    packs: ['003', '004'],
    expect: askBack(),
  },
  {
    id: 'blindd-175',
    text: 'when is the improvement plan meant to be finished by?',
    topic: 'plan',
    packs: ['000', '004'],
    expect: askBack(),
  },
  {
    id: 'blindd-176',
    text: "who's the portfolio holder?",
    topic: 'passage',
    packs: ['000', '003', '004'],
    expect: askBack(),
  },
];
