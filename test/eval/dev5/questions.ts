import type { EvalQuestion } from '../question-types';
import { answer, askBack, notFound, onDate, saysNone } from '../question-types';

/**
 * Development set, fifth part (ids `deve-`): members' questions written by a second pair of eyes from the five packs only
 * (no engine code read, no engine run, no other eval set's questions read). Unlike the earlier parts, the lines were drawn
 * by stratum, towards structured records: 30 from meeting records (agenda front sheets, membership, minutes, report cover
 * blocks, recommendations, contacts, work programmes), 30 from rows of the plans' action tables, 20 from plan-level lines
 * (front matter, priorities, priority headers, recommendation and response rows, the plan's who's-who) and 20 from lines
 * carrying an indicator figure. One question per randomly drawn pack line (seeded sample, mulberry32, seed 20261207, see
 * SAMPLE.md next to this file; lines the earlier development sets drew are skipped), then questions the packs cannot
 * answer and questions that are truly ambiguous between two records.
 *
 * @remarks
 * This is a development set: it may be tuned on. Its first run, before any tuning, is recorded in SAMPLE.md. An
 * expectation may only be corrected when it is shown to be wrong against the pack text. The eval clock is 2 January 2020.
 */
export const dev5Questions: EvalQuestion[] = [
  // ---- stratum 1: meetings and committees ----
  {
    id: 'deve-001',
    // drawn line 002:1546
    text: "hereford cyp scrutiny work programme - what's still sitting in 'business to allocate' without a meeting date?",
    topic: 'meeting',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1546-1550',
    expect: answer(['Early Help Strategy', ['Elective Home Education', 'EHE']]),
  },
  {
    id: 'deve-002',
    // drawn line 002:133
    text: 'at the july meeting what did officers say about getting LAC numbers down?',
    topic: 'meeting',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:131-133',
    expect: answer(['edge of care', 'extended family']),
  },
  {
    id: 'deve-003',
    // drawn line 003:440
    text: "medway cyp o&s proposed 'hybrid model' - how long would meetings run, and what would the themed part involve?",
    topic: 'meeting',
    packs: ['003'],
    tags: ['abbreviation'],
    source: '003:436-440',
    expect: answer(['three hours', 'witnesses']),
  },
  {
    id: 'deve-004',
    // drawn line 000:523
    text: "who's the contact officer on the yot inspection paper at cabinet in june, and his number?",
    topic: 'meeting',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:520-526',
    expect: answer(['Andrew Willetts', '01634 338197']),
  },
  {
    id: 'deve-005',
    // drawn line 002:73
    text: 'which cllrs turned up to the 15 july herefordshire cyp scrutiny apart from the chair and vice chair?',
    surface: 'channel',
    topic: 'meeting',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:70-75',
    expect: answer(['Kath Hey', 'Phillip Howells', 'Jim Kenyon']),
  },
  {
    id: 'deve-006',
    // drawn line 002:71
    text: 'did the vice chair make it to the july cyp scrutiny meeting in hereford? who is it again',
    topic: 'meeting',
    packs: ['002'],
    source: '002:70-71',
    expect: answer(['Diana Toynbee']),
  },
  {
    id: 'deve-007',
    // drawn line 002:135
    text: 'what did the commitee actually resolve on the corporate parenting annual update in july 2019?',
    topic: 'meeting',
    packs: ['002'],
    tags: ['typo'],
    source: '002:135-143',
    expect: answer(['SHYPP', ['clinical commissioning group', 'CCG']]),
  },
  {
    id: 'deve-008',
    // drawn line 001:3
    text: 'when does the yot inspection report go to medway cyp o&s, and who is it from?',
    topic: 'meeting',
    packs: ['001'],
    tags: ['abbreviation'],
    source: '001:3-10',
    expect: answer([onDate(23, 7, 2020), 'James Williams']),
  },
  {
    id: 'deve-009',
    // drawn line 002:1918
    text: 'child exploitation t&f group - what outcomes is it meant to deliver?',
    topic: 'meeting',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1918',
    expect: answer(['statistics', ['partnership working', 'gaps']]),
  },
  {
    id: 'deve-010',
    // drawn line 003:446
    text: 'is 2 march 2023 the last cyp o&s of this council term? and what are they passing on to the new committee after the elections',
    topic: 'meeting',
    packs: ['003'],
    tags: ['abbreviation'],
    source: '003:446-469',
    expect: answer(['last meeting', ['post-elections', 'post-election', 'first meeting']]),
  },
  {
    id: 'deve-011',
    // drawn line 000:2658
    text: 'cabinet 9 june - when was notice first given that some business would be taken in private, and did anyone object?',
    topic: 'meeting',
    packs: ['000'],
    source: '000:2656-2658',
    expect: answer([onDate(11, 5, 2020), ['No representations', 'no objections']]),
  },
  {
    id: 'deve-012',
    // drawn line 001:110
    text: 'yot improvement plan - when was it signed off and by which boards?',
    topic: 'meeting',
    packs: ['001'],
    tags: ['abbreviation'],
    source: '001:110-115',
    expect: answer(['25 June', onDate(13, 7, 2020)]),
  },
  {
    id: 'deve-013',
    // drawn line 002:160
    text: 'what did scrutiny decide to do about the OT capacity problem at WVT?',
    topic: 'meeting',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:160-170',
    expect: answer([['letter', 'write to'], ['occupational therapists', 'occupational therapy']]),
  },
  {
    id: 'deve-014',
    // drawn line 004:32
    text: 'where can i get the papers for cabinet on 14 jan online, and who do i ring if i have a question?',
    topic: 'meeting',
    packs: ['004'],
    tags: ['period'],
    source: '004:26-32',
    expect: answer(['medway.gov.uk', 'Jade Milnes']),
  },
  {
    id: 'deve-015',
    // drawn line 000:2087
    text: 'who do i email about the better care fund s75 report?',
    topic: 'meeting',
    packs: ['000'],
    source: '000:2083-2087',
    expect: answer(['Su Ormes', 'su.ormes@medway.gov.uk']),
  },
  {
    id: 'deve-016',
    // drawn line 002:1471
    text: "work programme report for 16 sept - what's it say on the equalities side?",
    topic: 'meeting',
    packs: ['002'],
    source: '002:1465-1472',
    expect: answer(['section 149', 'due regard']),
  },
  {
    id: 'deve-017',
    // drawn line 002:1876
    text: 'the peer on peer abuse spotlight review - which DfE guidance is it working from, and what counts as peer on peer abuse?',
    topic: 'meeting',
    packs: ['002'],
    source: '002:1871-1876',
    expect: answer(['September 2018', ['Bullying', 'Sexting', 'sexual harassment']]),
  },
  {
    id: 'deve-018',
    // drawn line 003:441
    text: 'under the new o&s way of working, what would the themed sessions let members do? would they make recs?',
    topic: 'meeting',
    packs: ['003'],
    tags: ['abbreviation'],
    source: '003:439-445',
    expect: answer([['recommendations for improvement', 'recommendations'], 'voice of the child']),
  },
  {
    id: 'deve-019',
    // drawn line 000:2010
    text: "bcf - why is cabinet being asked to roll the old plan on instead of agreeing a new one for 20/21?",
    topic: 'meeting',
    packs: ['000'],
    tags: ['abbreviation', 'period'],
    source: '000:2009-2013',
    expect: answer([['policy framework', 'planning guidance'], ['delayed', 'Coronavirus', 'Covid']]),
  },
  {
    id: 'deve-020',
    // drawn line 004:73
    text: 'old vicarage - apart from closing it, what else did o&s recommend to cabinet?',
    topic: 'meeting',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:71-73',
    expect: answer([['right intervention at the right time', 'right intervention']]),
  },
  {
    id: 'deve-021',
    // drawn line 000:2684
    text: "who's the officer to talk to about the exclusion of press and public item on 9 june? number pls",
    topic: 'meeting',
    packs: ['000'],
    source: '000:2668-2684',
    expect: answer(['Perry Holmes', '01634 332133']),
  },
  {
    id: 'deve-022',
    // drawn line 000:363
    text: 'covid response report at cabinet - what were members actually asked to agree?',
    topic: 'meeting',
    packs: ['000'],
    source: '000:361-364',
    expect: answer(['Outbreak Control Plan', ['Director of Public Health', 'DPH']]),
  },
  {
    id: 'deve-023',
    // drawn line 002:175
    text: 'what new reviews did hfds cyp scrutiny agree to set up at the july 2019 meeting?',
    topic: 'meeting',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:173-185',
    expect: answer([['peer-on-peer', 'peer on peer'], 'child exploitation']),
  },
  {
    id: 'deve-024',
    // drawn line 000:45
    text: 'why did the covid report come to cabinet as an urgent item, not on the main agenda?',
    topic: 'meeting',
    packs: ['000'],
    source: '000:45-48',
    expect: answer([['General Exception', 'Section 10'], 'circulated separately']),
  },
  {
    id: 'deve-025',
    // drawn line 002:130
    text: 'july cyp scrutiny - what answer did we get on the virtual school buisness adviser being slow?',
    topic: 'meeting',
    packs: ['002'],
    tags: ['abbreviation', 'typo'],
    source: '002:130',
    expect: answer(['Landau', '16+ team']),
  },
  {
    id: 'deve-026',
    // drawn line 002:1542
    text: 'when is cyp scrutiny looking at the police referrals into the MASH, and whose report is it?',
    topic: 'meeting',
    packs: ['002'],
    tags: ['abbreviation', 'period'],
    source: '002:1541-1542',
    expect: answer([onDate(20, 1, 2020), 'Liz Elgar']),
  },
  {
    id: 'deve-027',
    // drawn line 000:2009
    text: 'better care fund s75 pooled budget - whose decision is it, exec or full council? and why was it rushed to this meeting',
    topic: 'meeting',
    packs: ['000'],
    source: '000:2009-2011',
    expect: answer(['Cabinet', ['Special Urgency', 'Section 11']]),
  },
  {
    id: 'deve-028',
    // drawn line 000:2078
    text: 'the bcf / s75 extension - what dates does it run from and to?',
    topic: 'meeting',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2075-2080',
    expect: answer([onDate(1, 4, 2020), onDate(31, 3, 2021)]),
  },
  {
    id: 'deve-029',
    // drawn line 000:18
    text: 'which item is the hoo peninsula HIF one at cabinet on 9 june, and what pages?',
    topic: 'meeting',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:13-19',
    expect: answer(['129', '134']),
  },
  {
    id: 'deve-030',
    // drawn line 002:1506
    text: 'whereabouts in the work programme pack is the exec response to the PRU referrals task group? which appendix',
    topic: 'meeting',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1502-1510',
    expect: answer(['Appendix c']),
  },
  // ---- stratum 2: actions in the plans ----
  {
    id: 'deve-031',
    // drawn line 002:1636
    text: "send t&f response - who's getting SENDIASS involved in the family conversation guidance, and by when?",
    topic: 'action',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1634-1636',
    expect: answer(['Head of Additional Needs', 'March 2020']),
  },
  {
    id: 'deve-032',
    // drawn line 004:1080
    text: 'childrens improvement plan 1.1 (better referrals, thresholds) - who leads and whats the timescale?',
    topic: 'action',
    packs: ['004'],
    source: '004:1080',
    expect: answer(['Early Help and First Response', ['Ongoing from October 2019', 'October 2019']]),
  },
  {
    id: 'deve-033',
    // drawn line 002:1860
    text: 'court judgements t&f rec G (embedding the culture change) - who owns it and where is it at?',
    topic: 'action',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1857-1862',
    expect: answer(['Chief Executive', 'In place']),
  },
  {
    id: 'deve-034',
    // drawn line 004:1201
    text: "who's on the hook for the staff engagement strategy in the childrens plan, and when's it due?",
    topic: 'action',
    packs: ['004'],
    tags: ['no-lead'],
    source: '004:1201',
    expect: answer([saysNone('lead'), ['End November', 'end of November']]),
  },
  {
    id: 'deve-035',
    // drawn line 002:1570
    text: "the 'tell us once' send recommendation - what's actually being done, who by and by when?",
    topic: 'action',
    packs: ['002'],
    source: '002:1567-1573',
    expect: answer(['Wiki me', 'SEND Partnership Officer', 'March 2021']),
  },
  {
    id: 'deve-036',
    // drawn line 004:1203
    text: 'improvement plan 5.3 - getting partner agencies onto the improvement board. who leads, and how do we know its worked?',
    topic: 'action',
    packs: ['004'],
    source: '004:1203',
    expect: answer(['Director of People', ['Attendance at Improvement Board', 'attendance']]),
  },
  {
    id: 'deve-037',
    // drawn line 000:1963
    text: "yot plan - who's doing the yot's own sentence planning process (1C), and deadline?",
    topic: 'action',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1963-1965',
    expect: answer(['Operations and Practice Manager', 'September 2020']),
  },
  {
    id: 'deve-038',
    // drawn line 004:1082
    text: 'signs of safety rollout action - when is it due and how will they know it has landed?',
    topic: 'action',
    packs: ['004'],
    source: '004:1082',
    expect: answer(['January 2020', ['shared language', 'case records', 'audit']]),
  },
  {
    id: 'deve-039',
    // drawn line 000:1985
    text: 'yot plan 5D, challenging partners to beef up the response - whose job is that and what does success look like?',
    topic: 'action',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1981-1985',
    expect: answer([['Chair and YJPB', 'YJPB'], 'Crime and Disorder Act']),
  },
  {
    id: 'deve-040',
    // drawn line 004:1185
    text: "4.4 - more CP chairs and IROs. who's responsibel and when's the decision meant to be made?",
    topic: 'action',
    packs: ['004'],
    tags: ['typo', 'abbreviation'],
    source: '004:1185',
    expect: answer(['Head of Quality Assurance', 'December 2019']),
  },
  {
    id: 'deve-041',
    // drawn line 002:908
    text: "west mercia yjs delivery plan - what's planned under developing practice and encouraging innovation?",
    topic: 'action',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:907-908',
    expect: answer(['remand strategy', 'resettlement framework', ['AIM 3', 'AIM3']]),
  },
  {
    id: 'deve-042',
    // drawn line 004:1142
    text: 'the business support review in the childrens plan - who is doing it and is it late?',
    surface: 'groupChat',
    topic: 'action',
    packs: ['004'],
    tags: ['period'],
    source: '004:1142',
    expect: answer(['Head of Business Change', 'November 2019']),
  },
  {
    id: 'deve-043',
    // drawn line 004:1188
    text: '4.7, the CPB performance digest - which partner is involved and what does done look like?',
    topic: 'action',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:1188',
    expect: answer(['Virtual School', 'dashboard']),
  },
  {
    id: 'deve-044',
    // drawn line 000:2524
    text: 'dtoc plan - the patient choice guidance action, who leads and whats the deadline?',
    topic: 'action',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2524',
    expect: answer([["Adults' Commissioning", 'Adults Commissioning'], 'March 2018']),
  },
  {
    id: 'deve-045',
    // drawn line 004:1148
    text: 'separate care leavers servcie / 16+ team action - what resource does it need and when is the decision?',
    topic: 'action',
    packs: ['004'],
    tags: ['typo'],
    source: '004:1148',
    expect: answer([['additional SW and PA posts', 'PA posts'], 'January 2020']),
  },
  {
    id: 'deve-046',
    // drawn line 002:1738
    text: 'pru t&f - who was meant to line up an enterprise adviser for the pru, by when, and has it happened?',
    topic: 'action',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1738-1740',
    expect: answer(['Enterprise Co-ordinator', 'September 2019']),
  },
  {
    id: 'deve-047',
    // drawn line 004:1186
    text: 'action 4.5 (reviewing the performance reports) - what resources, and when does it kick off?',
    topic: 'action',
    packs: ['004'],
    source: '004:1186',
    expect: answer(['Officer time', 'November 2019']),
  },
  {
    id: 'deve-048',
    // drawn line 002:1721
    text: 'pru referrals rec D - the graduated response doc, who was publishing it and when?',
    topic: 'action',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1719-1721',
    expect: answer(['Principal Educational Psychologist', ['Sept 2019', 'September 2019']]),
  },
  {
    id: 'deve-049',
    // drawn line 004:1087
    text: 'early help strategy with partners (1.5) - due date? and what are they measuring',
    topic: 'action',
    packs: ['004'],
    source: '004:1087',
    expect: answer(['February 2020', ['launch events', 'partner agencies', 're- referral', 're-referral']]),
  },
  {
    id: 'deve-050',
    // drawn line 004:1208
    text: "who owns the action on linking up with the participation group so kids' views shape services? what's the evidence they want",
    topic: 'action',
    packs: ['004'],
    source: '004:1208',
    expect: answer(['Head of Youth Service', ['You Said, We Did', 'You Said We Did']]),
  },
  {
    id: 'deve-051',
    // drawn line 004:1180
    text: 'QA framework refresh in the improvment plan - when does it launch and how is success measured?',
    topic: 'action',
    packs: ['004'],
    tags: ['typo', 'abbreviation'],
    source: '004:1180',
    expect: answer(['January 2020', ['audits completed', 'audit programme']]),
  },
  {
    id: 'deve-052',
    // drawn line 004:1161
    text: "3.2 - managers' training on reflective supervision. who delivers it and from when?",
    topic: 'action',
    packs: ['004'],
    source: '004:1161',
    expect: answer([['Teaching Partnership', 'Workforce development'], 'November 2019']),
  },
  {
    id: 'deve-053',
    // drawn line 004:1081
    text: 'risk assessment tools action in the childrens plan - lead and deadline pls',
    topic: 'action',
    packs: ['004'],
    source: '004:1081',
    expect: answer([['PSW', 'Principal Social Worker', 'Principle Social Worker'], 'February 2020']),
  },
  {
    id: 'deve-054',
    // drawn line 002:912
    text: "west mercia yj plan - is anyone reviewing who sits on the management board? which action is it",
    topic: 'action',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:911-912',
    expect: answer(['4.3.1', ['Board membership', 'membership']]),
  },
  {
    id: 'deve-055',
    // drawn line 004:1093
    text: 'contextual safeguarding action (1.7) - what extra resource has it asked for?',
    topic: 'action',
    packs: ['004'],
    source: '004:1089-1093',
    expect: answer(['conference chair', ['RIO', 'Additional Admin', 'admin']]),
  },
  {
    id: 'deve-056',
    // drawn line 004:1086
    text: '1.4 the early help review - by when, and what counts as success?',
    topic: 'action',
    packs: ['004'],
    source: '004:1083-1086',
    expect: answer(['January 2020', ['Strategy in place', 'step- down', 'step-down', 'step down']]),
  },
  {
    id: 'deve-057',
    // drawn line 002:1781
    text: 'pru rec K (training teachers on challenging behaviour) - what are the actions and dates?',
    topic: 'action',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1777-1782',
    expect: answer(['graduated response', ['toolkit', 'mental health'], ['Mar 2020', 'March 2020']]),
  },
  {
    id: 'deve-058',
    // drawn line 002:1622
    text: "who's training the early help teams to spot SEND, and by when?",
    topic: 'action',
    packs: ['002'],
    source: '002:1620-1622',
    expect: answer(['SEN Manager', 'April 2020']),
  },
  {
    id: 'deve-059',
    // drawn line 002:1592
    text: 'send over-identification in schools - whats the target and deadline on the action?',
    topic: 'action',
    packs: ['002'],
    source: '002:1591-1592',
    expect: answer(['national average', ['Dec 2020', 'December 2020']]),
  },
  {
    id: 'deve-060',
    // drawn line 002:1737
    text: "the post-16 'scaffolding' for PRU leavers - owner, deadline and progess so far?",
    topic: 'action',
    packs: ['002'],
    tags: ['abbreviation', 'typo'],
    source: '002:1734-1737',
    expect: answer(['Learning and Skills Advisor', ['Sept 2020', 'September 2020'], 'Landau']),
  },
  // ---- stratum 3: plans ----
  {
    id: 'deve-061',
    // drawn line 000:1806
    text: 'yot improvement plan - what version is it and what date is on it?',
    topic: 'plan',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1798-1806',
    expect: answer([['V1', 'version 1'], 'June 2020']),
  },
  {
    id: 'deve-062',
    // drawn line 004:1319
    text: 'jackie brown - which actions in the childrens improvement plan is she down against?',
    topic: 'list',
    packs: ['004'],
    tags: ['directory', 'hard'],
    source: '004:1142,1186,1189,1319',
    expect: answer(['2.8', '4.5', '4.8']),
  },
  {
    id: 'deve-063',
    // drawn line 004:1122
    text: "priority 2 of the childrens plan, the workforce one - who's leading it and how many actions under it?",
    surface: 'channel',
    topic: 'plan',
    packs: ['004'],
    source: '004:1122-1149',
    expect: answer(['Lisa Morgan', '12']),
  },
  {
    id: 'deve-064',
    // drawn line 002:1568
    text: "did the exec go for the send t&f 'tell us once' rec or only partly?",
    topic: 'plan',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1567-1568',
    expect: answer(['in full']),
  },
  {
    id: 'deve-065',
    // drawn line 000:1821
    text: 'the yot plan responds to hmip rating us in three areas - what were they?',
    topic: 'plan',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1818-1822',
    expect: answer(['organisational delivery', ['out-of-court', 'out of court'], ['sentenced by the courts', 'court disposals']]),
  },
  {
    id: 'deve-066',
    // drawn line 004:997
    text: 'improvement plan on a page - what years does it cover and what are the five priorities?',
    topic: 'plan',
    packs: ['004'],
    source: '004:991-997,1040-1047',
    expect: answer([
      ['2019-2020', '2019-20', '2019/20', '2019/2020'],
      ['Quality and effectiveness of our practice', 'Quality of Practice'],
      ['Partnerships and engagement', 'Partnership and Engagement'],
    ]),
  },
  {
    id: 'deve-067',
    // drawn line 002:859
    text: 'west mercia yj plan 19/20 - what are the sub-priorities under our partnerships?',
    topic: 'list',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:857-861',
    expect: answer(['high risk', 'mental health', ['out of court', 'out-of-court']]),
  },
  {
    id: 'deve-068',
    // drawn line 002:1743
    text: 'pru t&f, the vocational courses rec - accepted? and who is taking it forward, by when',
    topic: 'plan',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1743-1748',
    expect: answer([['Executive Head PRU', 'Exec Head', 'Executive Head'], ['Sept 2020', 'September 2020']]),
  },
  {
    id: 'deve-069',
    // drawn line 002:1699
    text: 'rec B of the pru referrals review (PRU forum and the in-year fair access panel) - did the exec agree, whats the action and date',
    topic: 'plan',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1697-1701',
    expect: answer([['IYFA Protocol', 'in-year fair access protocol'], ['Dec 2019', 'December 2019']]),
  },
  {
    id: 'deve-070',
    // drawn line 004:1154
    text: "leadership & management priority in the childrens plan - who's the lead and how many actions has it got?",
    topic: 'plan',
    packs: ['004'],
    source: '004:1151-1171',
    expect: answer(['Chief Executive', ['9', 'nine']]),
  },
  {
    id: 'deve-071',
    // drawn line 002:1849
    text: "court judgements review rec F ('healthy challenge') - did the head of paid service agree, and hows progress?",
    topic: 'plan',
    packs: ['002'],
    source: '002:1849-1855',
    expect: answer(['agreed', ['mixed', 'not all targets met']]),
  },
  {
    id: 'deve-072',
    // drawn line 002:537
    text: 'yj plan 19/20 - who signed off the draft, when, and who gets the final say?',
    topic: 'plan',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:537-547',
    expect: answer(['May 2019', 'full council', 'Management Board']),
  },
  {
    id: 'deve-073',
    // drawn line 004:1034
    text: "what's the vision in medway's childrens improvement plan? short version",
    topic: 'plan',
    packs: ['004'],
    source: '004:1032-1036',
    expect: answer(['safe and secure', 'best interests']),
  },
  {
    id: 'deve-074',
    // drawn line 004:1246
    text: "which actions in the plan answer ofsted's point about how we respond to risk from neglect, DA and exploitation?",
    topic: 'list',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:1245-1250',
    expect: answer(['1.2', '1.6', '1.7']),
  },
  {
    id: 'deve-075',
    // drawn line 004:1197
    text: 'partnership & engagement priority - which of its actions were due in december 2019?',
    topic: 'list',
    packs: ['004'],
    tags: ['period'],
    source: '004:1195-1213',
    expect: answer(['5.4', '5.6']),
  },
  {
    id: 'deve-076',
    // drawn line 004:1044
    text: "in plain english what's the effective leadership and management priority trying to get to?",
    topic: 'plan',
    packs: ['004'],
    source: '004:1044',
    expect: answer([['decisions are timely', 'timely'], 'track progress']),
  },
  {
    id: 'deve-077',
    // drawn line 002:866
    text: "wmyjs plan - what's priority 3 called and what are its three sub-priorities?",
    topic: 'plan',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:863-867',
    expect: answer([['Performance, Quality and Practice', 'PERFORMANCE AND PRACTICE'], 'information systems', 'innovation']),
  },
  {
    id: 'deve-078',
    // drawn line 002:1811
    text: 'court judgements t&f - how many recs went to the head of paid service, and what was the response?',
    topic: 'plan',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1811-1858',
    expect: answer([['seven', '7'], 'agreed']),
  },
  {
    id: 'deve-079',
    // drawn line 004:1306
    text: 'does carrie mckenzie lead any of the actions in the childrens improvement plan?',
    topic: 'list',
    packs: ['004'],
    tags: ['directory', 'hard'],
    source: '004:1306',
    expect: answer([
      'Director of Transformation',
      ['none', 'no action', 'no actions', 'not listed', 'not named', 'not the lead', 'not a lead', 'does not lead', "doesn't lead", "isn't named", 'not down'],
    ]),
  },
  {
    id: 'deve-080',
    // drawn line 004:1020
    text: 'how many areas for improvement did ofsted give us in 2019 and what was number 3 about?',
    topic: 'plan',
    packs: ['004'],
    source: '004:1016-1020',
    expect: answer([['10', 'ten'], 'neglect', 'domestic abuse']),
  },
  // ---- stratum 4: indicators ----
  {
    id: 'deve-081',
    // drawn line 000:869
    text: 'yot inspection - of the court cases they sampled what share were violence against the person?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:866-871',
    expect: answer(['75%']),
  },
  {
    id: 'deve-082',
    // drawn line 000:1308
    text: 'hmip court work, implementation and delivery - % of cases that supported desistance, and the rating?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1303-1308',
    expect: answer(['92%', 'Good']),
  },
  {
    id: 'deve-083',
    // drawn line 000:1745
    text: 'out of court joint working with the police - what did it score and was the rating bumped up?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1742-1747',
    expect: answer(['50%', 'Good']),
  },
  {
    id: 'deve-084',
    // drawn line 000:1454
    text: 'ooc disposals - how often did the assessment properly cover keeping the child safe?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1448-1455',
    expect: answer(['70%']),
  },
  {
    id: 'deve-085',
    // drawn line 000:211
    text: 'council tax hardship fund - how much grant did we get and how much has gone out?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:211-213',
    expect: answer([['£2.056million', '£2.056 million', '2.056'], ['£1.327million', '£1.327 million', '1.327']]),
  },
  {
    id: 'deve-086',
    // drawn line 000:2410
    text: "bcf plan - what's the aim for CHC assessments done outside the acute hospital?",
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2406-2410',
    expect: answer(['85%']),
  },
  {
    id: 'deve-087',
    // drawn line 002:810
    text: 'west mercia reoffending, the binary measure - how does it compare with national?',
    surface: 'groupChat',
    topic: 'indicator',
    packs: ['002'],
    source: '002:810',
    expect: answer(['33.4%', '40.6%']),
  },
  {
    id: 'deve-088',
    // drawn line 000:1553
    text: 'out-of-court service delivery: score for supporting desistance, and what did the standard get overall?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1548-1555',
    expect: answer(['70%', 'Good']),
  },
  {
    id: 'deve-089',
    // drawn line 000:2245
    text: 'by how much did the bcf work cut bed days lost, 2015-17?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2240-2245',
    expect: answer(['30%']),
  },
  {
    id: 'deve-090',
    // drawn line 000:858
    text: 'how many looked after kids living in medway were on the yot caseload when hmip came in?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:856-858',
    expect: answer(['12', '17%']),
  },
  {
    id: 'deve-091',
    // drawn line 000:2275
    text: 'dtoc - how many bed days a month were we losing before the work started v early 2017?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation', 'period'],
    source: '000:2275',
    expect: answer(['774', '475']),
  },
  {
    id: 'deve-092',
    // drawn line 000:862
    text: 'yot caseload - how many 16 and unders were not in school, a PRU or any alternative provison?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation', 'typo'],
    source: '000:856-862',
    expect: answer(['10', '14%']),
  },
  {
    id: 'deve-093',
    // drawn line 002:926
    text: 'how much is probation putting into west mercia youth justice this year, all in?',
    topic: 'indicator',
    packs: ['002'],
    tags: ['period'],
    source: '002:923-926',
    expect: answer(['73,033']),
  },
  {
    id: 'deve-094',
    // drawn line 000:1310
    text: 'court orders - in what % of cases did the work keep other people safe?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1307-1310',
    expect: answer(['75%']),
  },
  {
    id: 'deve-095',
    // drawn line 000:2189
    text: 'life expectancy gap in medway between most and least deprived areas - men v women?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:2189',
    expect: answer(['9.4', ['four years', '4 years']]),
  },
  {
    id: 'deve-096',
    // drawn line 002:1030
    text: "herefordshires youth cautions in 2018 - what were the top offence types by %?",
    topic: 'indicator',
    packs: ['002'],
    tags: ['typo'],
    source: '002:1028-1030',
    expect: answer(['32%', '29%', '22%']),
  },
  {
    id: 'deve-097',
    // drawn line 000:1741
    text: 'ooc service delivery, keeping other ppl safe - what % said yes?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1737-1741',
    expect: answer(['60%']),
  },
  {
    id: 'deve-098',
    // drawn line 001:73
    text: 'medway yot reoffending rate - 2018 v 2017?',
    topic: 'indicator',
    packs: ['001', '000'],
    tags: ['abbreviation'],
    source: '001:73',
    expect: answer(['48%', '35%']),
  },
  {
    id: 'deve-099',
    // drawn line 000:914
    text: "yot budget for 19/20 compared with what was spent the year before?",
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation', 'period'],
    source: '000:912-915',
    expect: answer(['£655,327', '£692,589']),
  },
  {
    id: 'deve-100',
    // drawn line 000:1504
    text: 'why was out of court planning only RI when desistance planning scored so high? numbers pls',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1499-1506',
    expect: answer(['90%', '60%']),
  },
  // ---- not answerable from the packs ----
  {
    id: 'deve-101',
    text: 'herefordshire cyp scrutiny 16 sept 2019 - who sent apologies on the day?',
    topic: 'meeting',
    packs: ['002'],
    expect: notFound(),
  },
  {
    id: 'deve-102',
    text: 'how many fly-tipping reports did medway get during lockdown?',
    topic: 'indicator',
    packs: ['000'],
    expect: notFound(),
  },
  {
    id: 'deve-103',
    text: "what's the youth unemployment rate in herefordshire?",
    topic: 'indicator',
    packs: ['002'],
    expect: notFound(),
  },
  {
    id: 'deve-104',
    text: 'childrens improvement plan - which action covers staying put for care leavers and who owns it?',
    topic: 'action',
    packs: ['004'],
    expect: notFound(),
  },
  {
    id: 'deve-105',
    text: "medway's air quality action plan - what are its priorities?",
    topic: 'plan',
    packs: ['000'],
    expect: notFound(),
  },
  {
    id: 'deve-106',
    text: "what date is the first cyp o&s meeting after the may 2023 elections?",
    topic: 'meeting',
    packs: ['003'],
    tags: ['abbreviation'],
    expect: notFound(),
  },
  // ---- truly ambiguous between two records ----
  {
    id: 'deve-107',
    text: "who's the democratic services officer for the cyp scrutiny committee?",
    topic: 'meeting',
    packs: ['002', '003'],
    tags: ['abbreviation'],
    source: '002:24-28; 003:33-35',
    expect: askBack(['Medway', 'Herefordshire']),
  },
  {
    id: 'deve-108',
    text: "who's leading the apprenticeships action?",
    topic: 'action',
    packs: ['004', '002'],
    source: '004:1116; 002:1740',
    expect: askBack(),
  },
  {
    id: 'deve-109',
    text: "what's the reoffending rate?",
    topic: 'indicator',
    packs: ['000', '001', '002'],
    source: '001:73; 000:459; 002:598,810',
    expect: askBack(['Medway', ['West Mercia', 'Herefordshire']]),
  },
  {
    id: 'deve-110',
    text: 'how many actions are there in the improvement plan?',
    topic: 'plan',
    packs: ['000', '004'],
    source: '000:1962-1985; 004:1072-1213',
    expect: askBack(),
  },
];
