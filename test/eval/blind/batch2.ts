import type { EvalQuestion } from '../question-types';
import { answer, askBack, notFound, onDate } from '../question-types';

/**
 * Blind evaluation set, second batch (issue 16): members' questions written by a second pair of eyes from the five
 * packs only (no engine code read, no engine run, no other eval set's questions read). One question per randomly drawn
 * pack line (seeded sample, seed 20261206, see SAMPLE2.md next to this file; lines the first batch used are skipped),
 * then questions the packs cannot answer and questions that are truly ambiguous between records.
 *
 * @remarks
 * Written before being run; never edit an expectation to make the engine pass. If an expectation is shown to be wrong
 * against the pack text, fix it with a note in SAMPLE2.md. The eval clock is 2 January 2020.
 */
export const blindQuestions2: EvalQuestion[] = [
  // ---- pack 000 ----
  {
    id: 'blindb-001',
    // drawn line 000:62
    text: 'quick q - what command structures did medway set up for covid under the CCA?',
    topic: 'passage',
    packs: ['000'],
    source: '000:62',
    expect: answer(['GOLD', 'SILVER']),
  },
  {
    id: 'blindb-002',
    // drawn line 000:98
    text: "how many residents did the council's voluntary & community sector cell help with prescription collections?",
    topic: 'indicator',
    packs: ['000'],
    tags: ['hard'],
    source: '000:95-98',
    expect: answer(['200'], ['150']),
  },
  {
    id: 'blindb-003',
    // drawn line 000:110
    text: 'apart from food parcels and shopping, what else did the local charities/faith groups help residents with in lockdown?',
    topic: 'passage',
    packs: ['000'],
    source: '000:104-110',
    expect: answer(['pen pals', 'Zoom parties']),
  },
  {
    id: 'blindb-004',
    // drawn line 000:170
    text: 'which non critical services did we shut during covid?',
    topic: 'list',
    packs: ['000'],
    source: '000:170',
    expect: answer(['sports centres', 'libraries']),
  },
  {
    id: 'blindb-005',
    // drawn line 000:173
    text: 'trading standards covid enforcement - how many commercial premises have they visited?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:171-175',
    expect: answer(['6,102']),
  },
  {
    id: 'blindb-006',
    // drawn line 000:214
    text: 'how much have we awarded thru the expanded business rates retail discount',
    topic: 'indicator',
    packs: ['000'],
    source: '000:214',
    expect: answer([['£32.498million', '£32.498 million', '£32.498m']]),
  },
  {
    id: 'blindb-007',
    // drawn line 000:232
    text: 'has HR moved staff training online because of covid?',
    topic: 'passage',
    packs: ['000'],
    source: '000:232',
    expect: answer([['eLearning', 'e-learning', 'on line learning', 'online learning']]),
  },
  {
    id: 'blindb-008',
    // drawn line 000:236
    text: 'when the PPE supply chains failed who led the procurement collaboration?',
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:236',
    expect: answer([['Kent Resilience Forum', 'KRF']]),
  },
  {
    id: 'blindb-009',
    // drawn line 000:311
    text: 'what covid pages has the digital team put on medway.gov.uk?',
    topic: 'passage',
    packs: ['000'],
    source: '000:311',
    expect: answer([['wellbeing advice', 'support for vulnerable people', 'changes to our services']]),
  },
  {
    id: 'blindb-010',
    // drawn line 000:333
    text: 'why does MHCLG want the monthly covid cost returns from councils?',
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:333',
    expect: answer(['planning purposes']),
  },
  {
    id: 'blindb-011',
    // drawn line 000:334
    text: 'how much un-ringfenced emergency covid grant has medway had? both tranches pls',
    topic: 'indicator',
    packs: ['000'],
    source: '000:334',
    expect: answer([['£6.628million', '£6.628 million', '£6.628m'], ['£7.648million', '£7.648 million', '£7.648m']]),
  },
  {
    id: 'blindb-012',
    // drawn line 000:447
    text: "first time entrants into the CJS in medway - what's the latest number in the cabinet report?",
    topic: 'indicator',
    packs: ['000'],
    tags: ['conflict', 'abbreviation'],
    source: '000:445-450',
    expect: answer(['145']),
  },
  {
    id: 'blindb-013',
    // drawn line 000:476
    text: 'yot inspection - of the 23 detailed indicators how many were outstanding and how many inadequate?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:476-480',
    expect: answer(['7', '2']),
  },
  {
    id: 'blindb-014',
    // drawn line 000:481
    text: "what's appendix B to the hmip yot report to cabinet?",
    topic: 'plan',
    packs: ['000'],
    source: '000:481',
    expect: answer(['improvement plan']),
  },
  {
    id: 'blindb-015',
    // drawn line 000:499
    text: 'any climate change implications from the yot inspection report?',
    topic: 'passage',
    packs: ['000'],
    source: '000:499-502',
    expect: answer([['travelling less', 'virtual court', 'virtual working']]),
  },
  {
    id: 'blindb-016',
    // drawn line 000:506
    text: 'how is medway yot funded, quick q',
    topic: 'passage',
    packs: ['000'],
    source: '000:506',
    expect: answer(['statutory partner']),
  },
  {
    id: 'blindb-017',
    // drawn line 000:550
    text: 'who was the lead inspector on the hmip inspection of medway yot?',
    topic: 'passage',
    packs: ['000'],
    tags: ['directory'],
    source: '000:550',
    expect: answer(['Vivienne Raine']),
  },
  {
    id: 'blindb-018',
    // drawn line 000:566
    text: 'where can i download the hmip yot inspection report from?',
    topic: 'passage',
    packs: ['000'],
    source: '000:566-568',
    expect: answer(['justiceinspectorates.gov.uk/hmiprobation']),
  },
  {
    id: 'blindb-019',
    // drawn line 000:742
    text: 'out of court disposals - what did hmip say about how case mgrs analysed risk of harm to others?',
    topic: 'passage',
    packs: ['000'],
    source: '000:740-742',
    expect: answer(['wide range of factors']),
  },
  {
    id: 'blindb-020',
    // drawn line 000:888
    text: 'what did hmip say about the yot practitioners themselves? any strengths?',
    topic: 'passage',
    packs: ['000'],
    source: '000:885-888',
    expect: answer(['motivated']),
  },
  {
    id: 'blindb-021',
    // drawn line 000:889
    text: 'did inspectors say anything about the child first approach in the yot?',
    topic: 'passage',
    packs: ['000'],
    source: '000:889',
    expect: answer(['engagement']),
  },
  {
    id: 'blindb-022',
    // drawn line 000:979
    text: 'are yot caseloads managable atm according to the inspectors?',
    topic: 'passage',
    packs: ['000'],
    tags: ['typo'],
    source: '000:977-979',
    expect: answer(['manageable']),
  },
  {
    id: 'blindb-023',
    // drawn line 000:1033
    text: 'hmip - do yot managers understand the ethnic backround of kids in medway & the barriers they face?',
    topic: 'passage',
    packs: ['000'],
    tags: ['typo'],
    source: '000:1031-1033',
    expect: answer(['post-16']),
  },
  {
    id: 'blindb-024',
    // drawn line 000:1115
    text: 'what rating did the yot get for information and facilities?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1111-1117',
    expect: answer(['Good']),
  },
  {
    id: 'blindb-025',
    // drawn line 000:1326
    text: 'court cases - did the yot help kids into education/training/employment? any gaps?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1326',
    expect: answer([['too little post-16', 'post-16 provision']]),
  },
  {
    id: 'blindb-026',
    // drawn line 000:1342
    text: "court disposals: any example of a case where the yot's safety & wellbeing work made a difference?",
    topic: 'passage',
    packs: ['000'],
    source: '000:1338-1346',
    expect: answer(['Clive']),
  },
  {
    id: 'blindb-027',
    // drawn line 000:1350
    text: 'court disposals - was delivery of services to keep other people safe good enough?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1350-1354',
    expect: answer(['good', 'victims']),
  },
  {
    id: 'blindb-028',
    // drawn line 000:1405
    text: 'court cases - reviewing risk of harm: how many of the 8 cases were reviewed well enough?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1403-1405',
    expect: answer([['four', '4']]),
  },
  {
    id: 'blindb-029',
    // drawn line 000:1436
    text: 'what were the areas for improvement on out of court work?',
    topic: 'list',
    packs: ['000'],
    source: '000:1434-1438',
    expect: answer([['joint work', 'joint working'], 'exploitation']),
  },
  {
    id: 'blindb-030',
    // drawn line 000:1536
    text: 'ooc disposals planning to keep others safe - how many of the 5 risk of harm cases were good enough?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1534-1536',
    expect: answer([['three', '3'], ['required improvement', 'requires improvement']]),
  },
  {
    id: 'blindb-031',
    // drawn line 000:1555
    text: 'out-of-court service delivery - what % yes for supporting the safety of other people?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1552-1555',
    expect: answer(['60%']),
  },
  {
    id: 'blindb-032',
    // drawn line 000:1640
    text: 'who gave the presentation to hmip at the start of the yot inspection and what did it have to cover?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1637-1640',
    expect: answer(['Chief Executive', 'priorities']),
  },
  {
    id: 'blindb-033',
    // drawn line 000:1719
    text: 'yot inspection reviewing (court) - what was the score for focus on desistance?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1717-1719',
    expect: answer(['83%']),
  },
  {
    id: 'blindb-034',
    // drawn line 000:1753
    text: "what's CAMHS stand for again",
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1753',
    expect: answer(['Child and Adolescent Mental Health']),
  },
  {
    id: 'blindb-035',
    // drawn line 000:1764
    text: 'marac = ?',
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1764',
    expect: answer([['Multi-Agency Risk Assessment Conference', 'Multi Agency Risk Assessment Conference']]),
  },
  {
    id: 'blindb-036',
    // drawn line 000:1770
    text: 'what are the risk of serious harm levels in asset+?',
    topic: 'list',
    packs: ['000'],
    source: '000:1770',
    expect: answer(['low', 'medium', 'very high']),
  },
  {
    id: 'blindb-037',
    // drawn line 000:1778
    text: 'whats a YRO',
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1778',
    expect: answer(['community sentence']),
  },
  {
    id: 'blindb-038',
    // drawn line 000:1822
    text: 'what 3 areas did hmip rate the medway yot on?',
    topic: 'list',
    packs: ['000'],
    source: '000:1818-1822',
    expect: answer(['organisational delivery', ['court disposals', 'court'], ['out-of-court', 'out of court']]),
  },
  {
    id: 'blindb-039',
    // drawn line 000:1846
    text: 'list the yot organisational delivery ratings pls',
    topic: 'list',
    packs: ['000'],
    surface: 'channel',
    source: '000:1843-1846',
    expect: answer(['Governance and leadership', 'Requires improvement', 'Information and facilities', 'Good']),
  },
  {
    id: 'blindb-040',
    // drawn line 000:1892
    text: 'is there a strategy for working with girls in medway yot?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1892',
    expect: answer([['no strategy', 'not have a strategy', 'no evidence-based approach']]),
  },
  {
    id: 'blindb-041',
    // drawn line 000:1896
    text: 'court disposals - which aspects were rated good?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1896-1898',
    expect: answer(['assessment', 'implementation and delivery']),
  },
  {
    id: 'blindb-042',
    // drawn line 000:1915
    text: 'court work - did case managers respond when risks to the child or others went up?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1913-1915',
    expect: answer([['not consistently', 'did not consistently']]),
  },
  {
    id: 'blindb-043',
    // drawn line 000:2003
    text: "what's the variation to the BCF s75 for 20/21 about?",
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2001-2003',
    expect: answer([['hospital discharges', 'hospital discharge']]),
  },
  {
    id: 'blindb-044',
    // drawn line 000:2050
    text: 'does the covid discharge money cover CCG admin / staffing costs?',
    topic: 'passage',
    packs: ['000'],
    source: '000:2047-2050',
    expect: answer(['workforce']),
  },
  {
    id: 'blindb-045',
    // drawn line 000:2179
    text: 'how many people does medway NHS FT serve?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2179',
    expect: answer(['300,000']),
  },
  {
    id: 'blindb-046',
    // drawn line 000:2191
    text: 'bcf plan - why do the council and CCG need big efficiency savings?',
    topic: 'passage',
    packs: ['000'],
    source: '000:2191',
    expect: answer(['public sector funding', 'demand']),
  },
  {
    id: 'blindb-047',
    // drawn line 000:2198
    text: 'how many working age peple in medway have hearing loss?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['typo'],
    source: '000:2198',
    expect: answer(['6,400'], ['6,300', '6,700']),
  },
  {
    id: 'blindb-048',
    // drawn line 000:2232
    text: 'is medway too reliant on residential care? what does the bcf plan say',
    topic: 'passage',
    packs: ['000'],
    source: '000:2232',
    expect: answer([['dependency', 'too much'], 'residential care']),
  },
  {
    id: 'blindb-049',
    // drawn line 000:2253
    text: 'has home first discharge to assess been recognised as good practice anywhere?',
    topic: 'passage',
    packs: ['000'],
    source: '000:2253-2257',
    expect: answer([
      ['Emergency Care Improvement Pathway', 'ECIP'],
      ['ADASS', 'Association of Directors of Adult Social Services'],
    ]),
  },
  {
    id: 'blindb-050',
    // drawn line 000:2255
    text: "home first - who's it for and where's the assessment done?",
    topic: 'passage',
    packs: ['000'],
    source: '000:2255',
    expect: answer(['medically stable', 'home']),
  },
  {
    id: 'blindb-051',
    // drawn line 000:2332
    text: 'bcf risk register - who reviews the risks and how often?',
    topic: 'passage',
    packs: ['000'],
    source: '000:2332-2334',
    expect: answer(['BCF Programme Lead', 'monthly']),
  },
  {
    id: 'blindb-052',
    // drawn line 000:2346
    text: 'bcf risk re preventative services not cutting acute / care home activity - score and owner?',
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2346-2348',
    expect: answer(['12', 'JCMG']),
  },
  {
    id: 'blindb-053',
    // drawn line 000:2402
    text: 'whats the micro-comissioning project in the bcf meant to do?',
    topic: 'passage',
    packs: ['000'],
    tags: ['typo'],
    source: '000:2398-2402',
    expect: answer(['Access to Resources']),
  },
  {
    id: 'blindb-054',
    // drawn line 000:2412
    text: "what's the CRHTT?",
    topic: 'passage',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2412',
    expect: answer(['Crisis Resolution Home Treatment Team']),
  },
  {
    id: 'blindb-055',
    // drawn line 000:2434
    text: 'bcf dementia project with care homes - what will the clinical staff do?',
    topic: 'passage',
    packs: ['000'],
    source: '000:2434',
    expect: answer([['initial assessments', 'undiagnosed']]),
  },
  {
    id: 'blindb-056',
    // drawn line 000:2467
    text: 'what areas is iBCF money allocated to?',
    topic: 'list',
    packs: ['000'],
    source: '000:2465-2467',
    expect: answer([
      'Stabilising the Care Market',
      'Developing community infrastructure',
      'Managing demand on social care',
      'Facilitating hospital discharge',
    ]),
  },
  {
    id: 'blindb-057',
    // drawn line 000:2468
    text: "iBCF - what's funded under managing demand on social care?",
    topic: 'list',
    packs: ['000'],
    source: '000:2467-2468',
    expect: answer(['Dementia care', 'Transitions']),
  },
  {
    id: 'blindb-058',
    // drawn line 000:2472
    text: 'which bcf scheme has the biggest spend in 18/19 and how much?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['period'],
    source: '000:2472-2487',
    expect: answer(['Community nursing', '£4,451,764']),
  },
  {
    id: 'blindb-059',
    // drawn line 000:2477
    text: 'bcf spend on dementia services 17/18?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['period'],
    source: '000:2477',
    expect: answer(['£202,032']),
  },
  {
    id: 'blindb-060',
    // drawn line 000:2507
    text: 'dtoc plan - what national target are we moving towards?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2507',
    expect: answer(['3.5%']),
  },
  {
    id: 'blindb-061',
    // drawn line 000:2514
    text: "who leads the dtoc action on integrating care homes into community & primary care support, and when's it due?",
    topic: 'action',
    packs: ['000'],
    source: '000:2514',
    expect: answer(["Head of Adults' Commissioning", 'November 2017']),
  },
  {
    id: 'blindb-062',
    // drawn line 000:2540
    text: "which cabinet is the HIF new routes to good growth report going to, and who's it from?",
    topic: 'meeting',
    packs: ['000'],
    tags: ['directory', 'abbreviation'],
    source: '000:1-16, 000:2536-2540',
    expect: answer([onDate(9, 6, 2020), 'Richard Hicks']),
  },
  {
    id: 'blindb-063',
    // drawn line 000:2666
    text: "hif item taken in private - why couldn't it wait, when's the next cabinet?",
    topic: 'meeting',
    packs: ['000'],
    source: '000:2662-2666',
    expect: answer(['7 July 2020']),
  },
  // ---- pack 001 ----
  {
    id: 'blindb-064',
    // drawn line 001:24
    text: 'was the yot inspection a one-off or part of an hmip programme?',
    topic: 'passage',
    packs: ['001'],
    source: '001:23-27',
    expect: answer([['four-year', 'four year', '4-year', '4 year']]),
  },
  {
    id: 'blindb-065',
    // drawn line 001:59
    text: "fte's down but police NFAs up - who are we working with to understand why?",
    topic: 'passage',
    packs: ['001'],
    tags: ['abbreviation'],
    source: '001:59',
    expect: answer(['Kent Police']),
  },
  {
    id: 'blindb-066',
    // drawn line 001:73
    text: 'medway yot reoffending rate 2017 v 2018?',
    topic: 'indicator',
    packs: ['001'],
    tags: ['conflict'],
    source: '001:70-73',
    expect: answer(['48%', '35%']),
  },
  {
    id: 'blindb-067',
    // drawn line 001:91
    text: 'hmip 23 indicators for the yot - how many good practice and how many requires improvement?',
    topic: 'indicator',
    packs: ['001'],
    source: '001:90-94',
    expect: answer(['9', '5']),
  },
  {
    id: 'blindb-068',
    // drawn line 001:103
    text: 'yot risk register - budget reduction risk: rating and mitigation?',
    topic: 'passage',
    packs: ['001'],
    source: '001:101-103',
    expect: answer(['C2', ['3 year strategy', 'Partnership bids']]),
  },
  // ---- pack 002 ----
  {
    id: 'blindb-069',
    // drawn line 002:147
    text: 'which regional adoption agency did herefordshire join?',
    topic: 'passage',
    packs: ['002'],
    source: '002:145-147',
    expect: answer([['Adoption Central England', 'ACE']]),
  },
  {
    id: 'blindb-070',
    // drawn line 002:220
    text: 'when did cabinet decide to buy the hereford property for care leavers with complex needs?',
    topic: 'passage',
    packs: ['002'],
    source: '002:218-222',
    expect: answer(['December 2018', 'January 2019']),
  },
  {
    id: 'blindb-071',
    // drawn line 002:254
    text: 'whats the new care leavers supported accommodation service for - aims pls',
    topic: 'passage',
    packs: ['002'],
    source: '002:253-256',
    expect: answer(['independent living skills']),
  },
  {
    id: 'blindb-072',
    // drawn line 002:255
    text: "care leavers service - what's it do for the ones with light touch needs?",
    topic: 'passage',
    packs: ['002'],
    source: '002:255',
    expect: answer(['fully independent']),
  },
  {
    id: 'blindb-073',
    // drawn line 002:280
    text: 'will young ppl be involved in procuring the care leavers support service?',
    topic: 'passage',
    packs: ['002'],
    source: '002:280',
    expect: answer(['pen portraits']),
  },
  {
    id: 'blindb-074',
    // drawn line 002:306
    text: 'how many protected characteristics are there under the equality act 2010?',
    topic: 'indicator',
    packs: ['002'],
    source: '002:306',
    expect: answer([['nine', '9']]),
  },
  {
    id: 'blindb-075',
    // drawn line 002:316
    text: 'does the care leavers accommodation decision involve any capital spend?',
    topic: 'passage',
    packs: ['002'],
    source: '002:316',
    expect: answer([['not involve any capital', 'no capital']]),
  },
  {
    id: 'blindb-076',
    // drawn line 002:369
    text: "first time commissioning this kind of service - how will it be reviewed after the contract's awarded?",
    topic: 'passage',
    packs: ['002'],
    source: '002:369',
    expect: answer(['commissioning audit']),
  },
  {
    id: 'blindb-077',
    // drawn line 002:455
    text: 'who are the main stakeholders for the care leavers proposal in the EIA?',
    topic: 'list',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:455-459',
    expect: answer(['Care leavers', 'Children and Families Directorate', 'Adult and Communities Directorate']),
  },
  {
    id: 'blindb-078',
    // drawn line 002:597
    text: 'hfd reoffending figures in the yj plan - which cohort are they for?',
    topic: 'passage',
    packs: ['002'],
    source: '002:597',
    expect: answer(['April 2016', 'March 2017']),
  },
  {
    id: 'blindb-079',
    // drawn line 002:615
    text: 'PSED general duty - what 3 things do we have to have due regard to?',
    topic: 'list',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:612-617',
    expect: answer(['eliminate discrimination', 'equality of opportunity', 'good relations']),
  },
  {
    id: 'blindb-080',
    // drawn line 002:625
    text: "what's herefordshire's contribution to the YOS in 19/20?",
    topic: 'indicator',
    packs: ['002'],
    tags: ['period', 'abbreviation'],
    source: '002:625',
    expect: answer(['£189,576']),
  },
  {
    id: 'blindb-081',
    // drawn line 002:722
    text: 'west mercia FTE rate oct 17 - sep 18, and what was it the year before?',
    topic: 'indicator',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:722',
    expect: answer(['294', '408']),
  },
  {
    id: 'blindb-082',
    // drawn line 002:738
    text: 'who chairs the west mercia yjs managment board?',
    topic: 'passage',
    packs: ['002'],
    tags: ['directory', 'typo'],
    source: '002:736-738',
    expect: answer(['Karen Bradshaw']),
  },
  {
    id: 'blindb-083',
    // drawn line 002:755
    text: 'what did west mercia police put in place for the yjs last year?',
    topic: 'passage',
    packs: ['002'],
    source: '002:755',
    expect: answer(['flagging']),
  },
  {
    id: 'blindb-084',
    // drawn line 002:821
    text: "yjs service user feedback - how many said they're a lot less likely to offend?",
    topic: 'indicator',
    packs: ['002'],
    source: '002:821',
    expect: answer([['29/35', '29 of 35', '29 out of 35', '83%']]),
  },
  {
    id: 'blindb-085',
    // drawn line 002:900
    text: "wmyjs delivery plan 'our people' - what are the appraisal actions?",
    topic: 'list',
    packs: ['002'],
    source: '002:898-900',
    expect: answer(['appraisal process', 'apprenticeship levy']),
  },
  {
    id: 'blindb-086',
    // drawn line 002:908
    text: "yjs plan performance & practice - what's planned on QA?",
    topic: 'list',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:906-908',
    expect: answer(['quality assurance framework', 'Asset+']),
  },
  {
    id: 'blindb-087',
    // drawn line 002:925
    text: 'how much does the police put into the west mercia yjs budget?',
    topic: 'indicator',
    packs: ['002'],
    source: '002:923-925',
    expect: answer(['300,892']),
  },
  {
    id: 'blindb-088',
    // drawn line 002:928
    text: 'PCC contribution to the yjs?',
    topic: 'indicator',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:928',
    expect: answer(['180,293']),
  },
  {
    id: 'blindb-089',
    // drawn line 002:1087
    text: 'shropshire - how many 10-17s, and how many formal yj sanctions in 2018?',
    topic: 'indicator',
    packs: ['002'],
    source: '002:1087-1092',
    expect: answer(['28,588', '96']),
  },
  {
    id: 'blindb-090',
    // drawn line 002:1116
    text: 'does the shropshire appendix data include kids dealt with informally by police?',
    topic: 'passage',
    packs: ['002'],
    source: '002:1116',
    expect: answer(['formal justice system']),
  },
  {
    id: 'blindb-091',
    // drawn line 002:1260
    text: 'worcestershire cautions in 2018 - most common offence and what %?',
    topic: 'indicator',
    packs: ['002'],
    source: '002:1254-1260',
    expect: answer(['violence against the person', '38%'], ['47%']),
  },
  {
    id: 'blindb-092',
    // drawn line 002:1451
    text: 'hfd cyp scrutiny - any sugestions for scrutiny from the public since last time?',
    topic: 'passage',
    packs: ['002'],
    tags: ['typo'],
    source: '002:1451-1453',
    expect: answer([['no suggestions', 'none received', 'not received']]),
  },
  {
    id: 'blindb-093',
    // drawn line 002:1505
    text: 'which t&f groups have draft exec responses on the 16 sept cyp scrutiny agenda?',
    topic: 'list',
    packs: ['002'],
    surface: 'groupChat',
    tags: ['abbreviation'],
    source: '002:1502-1509',
    expect: answer(['SEND', 'PRU', 'court judgements']),
  },
  {
    id: 'blindb-094',
    // drawn line 002:1508
    text: 'is the scoping doc for the peer on peer abuse spotlight review in the pack? which appendix?',
    topic: 'passage',
    packs: ['002'],
    source: '002:1508',
    expect: answer(['Appendix e']),
  },
  {
    id: 'blindb-095',
    // drawn line 002:1588
    text: "send t&f rec 4(ii) - schools using 'other' in the census - what did the exec say?",
    topic: 'passage',
    packs: ['002'],
    source: '002:1588-1589',
    expect: answer(['in full', 'reduced']),
  },
  {
    id: 'blindb-096',
    // drawn line 002:1613
    text: "send and deprivation rec 7(i) - what's the action, who owns it, when due?",
    topic: 'action',
    packs: ['002'],
    source: '002:1613-1621',
    expect: answer(['map of SEND need', 'Manager of the Education Performance team', 'April 2020']),
  },
  {
    id: 'blindb-097',
    // drawn line 002:1634
    text: "who's promoting SENDIASS in the e-bulletins and by when?",
    topic: 'action',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1634-1635',
    expect: answer(['Manager of SENDIASS', 'September 2019']),
  },
  {
    id: 'blindb-098',
    // drawn line 002:1656
    text: 'multi agency attendance at EHCP annual reviews - first action, owner and deadline?',
    topic: 'action',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1656-1660',
    expect: answer(['dip sample', 'SEN Manager', ['Dec 2019', 'December 2019']]),
  },
  {
    id: 'blindb-099',
    // drawn line 002:1662
    text: 'did the exec agree to fund a comprehensive SEND CPD programme for schools?',
    topic: 'passage',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1662-1663',
    expect: answer([['autism training', 'autism'], '£800k']),
  },
  {
    id: 'blindb-100',
    // drawn line 002:1697
    text: "PRU forum / IYFA panel closer working - what's the action, who and by when?",
    topic: 'action',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1697-1701',
    expect: answer(['Manager responsible for School Admissions', ['Dec 2019', 'December 2019']]),
  },
  {
    id: 'blindb-101',
    // drawn line 002:1707
    text: 'rec C(ii) mental health training for schools - what are the actions and deadlines?',
    topic: 'list',
    packs: ['002'],
    source: '002:1707-1711',
    expect: answer(['survey', 'toolkit', 'March 2020']),
  },
  {
    id: 'blindb-102',
    // drawn line 002:1711
    text: "who's producing the mental health & emotional wellbeing toolkit for schools, and when?",
    topic: 'action',
    packs: ['002'],
    source: '002:1711',
    expect: answer(['Principal Educational Psychologist', 'March 2020']),
  },
  {
    id: 'blindb-103',
    // drawn line 002:1720
    text: "who's monitoring exclusions to find which schools need more work? deadline?",
    topic: 'action',
    packs: ['002'],
    source: '002:1719-1720',
    expect: answer([['Social Inclusion Manager', 'Social Inclusion Officer'], ['Mar 2020', 'March 2020']]),
  },
  {
    id: 'blindb-104',
    // drawn line 002:1791
    text: 'can the doncaster IRO breifing be made mandatory for cllrs?',
    topic: 'passage',
    packs: ['002'],
    tags: ['abbreviation', 'typo'],
    source: '002:1790-1791',
    expect: answer([['cannot be made mandatory', "can't be made mandatory", 'not mandatory', 'cannot be mandatory']]),
  },
  {
    id: 'blindb-105',
    // drawn line 002:1795
    text: 'corporate parenting + safeguarding training for councillors - has it happened?',
    topic: 'action',
    packs: ['002'],
    source: '002:1795-1799',
    expect: answer(['induction', 'survey']),
  },
  {
    id: 'blindb-106',
    // drawn line 002:1869
    text: 'peer on peer abuse spotlight - what counts as peer on peer abuse per the DfE?',
    topic: 'list',
    packs: ['002'],
    source: '002:1869-1871',
    expect: answer(['Bullying', 'Sexting']),
  },
  {
    id: 'blindb-107',
    // drawn line 002:1872
    text: 'which corporate plan objectives does the peer on peer abuse review link to?',
    topic: 'passage',
    packs: ['002'],
    source: '002:1872',
    expect: answer(['great start in life']),
  },
  {
    id: 'blindb-108',
    // drawn line 002:1902
    text: 'peer on peer spotlight review - who are the co-optees and support officers?',
    topic: 'passage',
    packs: ['002'],
    source: '002:1897-1903',
    expect: answer(['Education co-optees', 'Coleman']),
  },
  // ---- pack 003 ----
  {
    id: 'blindb-109',
    // drawn line 003:25
    text: 'when and where is the cyp o&s that has the sufficiency strategy impact assessment on it?',
    topic: 'meeting',
    packs: ['003'],
    source: '003:1-25',
    expect: answer([onDate(2, 3, 2023), "St George's Centre"]),
  },
  {
    id: 'blindb-110',
    // drawn line 003:73
    text: 'lead member annual report - which ofsted inspection is the improvement work following on from? when?',
    topic: 'passage',
    packs: ['003'],
    source: '003:73-75',
    expect: answer(['July 2019']),
  },
  {
    id: 'blindb-111',
    // drawn line 003:101
    text: 'what % of medway kids are placed with in house foster carres now vs before 2022?',
    topic: 'indicator',
    packs: ['003'],
    tags: ['typo'],
    source: '003:101',
    expect: answer(['62%', '50%']),
  },
  {
    id: 'blindb-112',
    // drawn line 003:108
    text: "why are there so many social work vacancies in medway & what's the lead member done about it?",
    topic: 'passage',
    packs: ['003'],
    source: '003:108-113',
    expect: answer(['national shortfall', 'peripatetic']),
  },
  {
    id: 'blindb-113',
    // drawn line 003:110
    text: 'how many childrens social work teams are there now?',
    topic: 'indicator',
    packs: ['003'],
    source: '003:110-112',
    expect: answer([['8', 'eight']]),
  },
  {
    id: 'blindb-114',
    // drawn line 003:112
    text: "what does the children's social work service cover now?",
    topic: 'list',
    packs: ['003'],
    source: '003:112',
    expect: answer(['adolescent teams', '0-25']),
  },
  {
    id: 'blindb-115',
    // drawn line 003:114
    text: 'what extra did the pfh support for the adolescent teams?',
    topic: 'passage',
    packs: ['003'],
    tags: ['abbreviation'],
    source: '003:114',
    expect: answer(['project team']),
  },
  {
    id: 'blindb-116',
    // drawn line 003:128
    text: 'what new meeting has the MSCP set up this year?',
    topic: 'passage',
    packs: ['003'],
    tags: ['abbreviation'],
    source: '003:128',
    expect: answer(['Accountable Officers Meeting']),
  },
  {
    id: 'blindb-117',
    // drawn line 003:160
    text: 'yot caseloads since the pandemic - how much have they gone up?',
    topic: 'indicator',
    packs: ['003'],
    source: '003:160',
    expect: answer(['25%']),
  },
  {
    id: 'blindb-118',
    // drawn line 003:173
    text: "what's on offer for care leavers at the elaine centre?",
    topic: 'list',
    packs: ['003'],
    source: '003:171-173',
    expect: answer(['independent living skills', 'housing advice']),
  },
  {
    id: 'blindb-119',
    // drawn line 003:190
    text: "how do young people's views get into the corporate parenting board?",
    topic: 'passage',
    packs: ['003'],
    source: '003:190',
    expect: answer([['MCYPC', "Children and Young People's Council"], 'challenge cards']),
  },
  {
    id: 'blindb-120',
    // drawn line 003:195
    text: 'what has the cpb done for care leavers this yr?',
    topic: 'list',
    packs: ['003'],
    surface: 'groupChat',
    tags: ['abbreviation'],
    source: '003:195-198',
    expect: answer(['rent guarantee', 'care leavers offer']),
  },
  {
    id: 'blindb-121',
    // drawn line 003:226
    text: 'how many medway schools issued no permenant exclusions?',
    topic: 'indicator',
    packs: ['003'],
    tags: ['typo'],
    source: '003:226',
    expect: answer(['94', '104']),
  },
  {
    id: 'blindb-122',
    // drawn line 003:247
    text: 'medway school absence vs national post covid - how bad?',
    topic: 'passage',
    packs: ['003'],
    source: '003:247',
    expect: answer([['widest', 'greater than national']]),
  },
  {
    id: 'blindb-123',
    // drawn line 003:275
    text: 'what was the HNB deficit in 21/22?',
    topic: 'indicator',
    packs: ['003'],
    tags: ['abbreviation', 'period'],
    source: '003:275',
    expect: answer(['£20.5m']),
  },
  {
    id: 'blindb-124',
    // drawn line 003:281
    text: 'safety valve - target for % of EHCP kids in mainstream?',
    topic: 'indicator',
    packs: ['003'],
    tags: ['abbreviation'],
    source: '003:279-281',
    expect: answer(['31.3%', '41.8%']),
  },
  {
    id: 'blindb-125',
    // drawn line 003:301
    text: "send safety valve - what are 'locality resources'?",
    topic: 'passage',
    packs: ['003'],
    source: '003:301',
    expect: answer(['system leaders']),
  },
  {
    id: 'blindb-126',
    // drawn line 003:368
    text: 'sufficiency strategy impact assessment - summary of the likely impacts?',
    topic: 'passage',
    packs: ['003'],
    source: '003:368-370',
    expect: answer(['positive impact']),
  },
  {
    id: 'blindb-127',
    // drawn line 003:432
    text: 'who was asked to scope a new model of working for the cyp o&s meetings?',
    topic: 'passage',
    packs: ['003'],
    source: '003:432',
    expect: answer(['Director of People']),
  },
  {
    id: 'blindb-128',
    // drawn line 003:439
    text: 'new themed meeting model for cyp o&s - how long would meetings be and how is the time split?',
    topic: 'passage',
    packs: ['003'],
    source: '003:437-442',
    expect: answer([['three hours', '3 hours'], ['first two', 'two hours', '2 hours']]),
  },
  // ---- pack 004 ----
  {
    id: 'blindb-129',
    // drawn line 004:144
    text: 'when was the new statutory direction for medway childrens services published, and what happens to the first one?',
    topic: 'passage',
    packs: ['004'],
    source: '004:144',
    expect: answer([onDate(10, 1, 2020), ['revoke', 'revokes', 'revoked']]),
  },
  {
    id: 'blindb-130',
    // drawn line 004:207
    text: "when did cyp o&s discuss the commissioner's report, and what did she say about members & scrutiny?",
    topic: 'meeting',
    packs: ['004'],
    source: '004:146, 004:205-207',
    expect: answer([onDate(9, 1, 2020), 'training']),
  },
  {
    id: 'blindb-131',
    // drawn line 004:302
    text: "commissioner's report - what page is the council's oversight of performance section?",
    topic: 'passage',
    packs: ['004'],
    source: '004:302',
    expect: answer(['21']),
  },
  {
    id: 'blindb-132',
    // drawn line 004:312
    text: 'which page of the commissioner report covers risks to achieving and sustaining improvement?',
    topic: 'passage',
    packs: ['004'],
    source: '004:312',
    expect: answer(['41']),
  },
  {
    id: 'blindb-133',
    // drawn line 004:341
    text: 'does the commissioner think medway needs an alternative delivery model for childrens services?',
    topic: 'passage',
    packs: ['004'],
    source: '004:341',
    expect: answer([['6 months', 'six months']]),
  },
  {
    id: 'blindb-134',
    // drawn line 004:397
    text: 'why were the priorities and key indicators in the c&yp plan chosen?',
    topic: 'passage',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:397',
    expect: answer(['powerful focus']),
  },
  {
    id: 'blindb-135',
    // drawn line 004:399
    text: 'c&yp plan 2019-21 - what do we want for all children in medway?',
    topic: 'list',
    packs: ['004'],
    source: '004:399-408',
    expect: answer(['Thrive in their community', 'Have a healthy start', 'Be learning well']),
  },
  {
    id: 'blindb-136',
    // drawn line 004:417
    text: 'our LAC strategy - what years does it cover? is it out of date?',
    topic: 'passage',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:417',
    expect: answer([['2015-2018', '2015 - 2018', '2015-18']]),
  },
  {
    id: 'blindb-137',
    // drawn line 004:457
    text: 'what are the 5 service areas childrens social care is structured into?',
    topic: 'list',
    packs: ['004'],
    source: '004:455-461',
    expect: answer(['Single Point of Access', 'pods', 'Leaving Care', 'Provider services', 'Quality Assurance']),
  },
  {
    id: 'blindb-138',
    // drawn line 004:496
    text: 'when was the joint cyp / rce task group on jobs for 18-25 year olds?',
    topic: 'passage',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:496',
    expect: answer([['Feb 2018', 'February 2018']]),
  },
  {
    id: 'blindb-139',
    // drawn line 004:559
    text: 'AP review - what structural issues did the reviewers find in the LA?',
    topic: 'passage',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:559',
    expect: answer(['clear lead']),
  },
  {
    id: 'blindb-140',
    // drawn line 004:565
    text: 'hampshire peer challenge - when was it and what did they look at?',
    topic: 'passage',
    packs: ['004'],
    source: '004:563-565',
    expect: answer(['May 2018', 'January 2019', 'Quality Assurance']),
  },
  {
    id: 'blindb-141',
    // drawn line 004:598
    text: "what did the commissioner make of the council's self assessment actions?",
    topic: 'passage',
    packs: ['004'],
    source: '004:598',
    expect: answer(['process', 'little evidence']),
  },
  {
    id: 'blindb-142',
    // drawn line 004:649
    text: 'LGA resources & efficiency peer challenge - when was it and key conclusion?',
    topic: 'passage',
    packs: ['004'],
    source: '004:649-653',
    expect: answer(['October 2019', 'not fit for purpose']),
  },
  {
    id: 'blindb-143',
    // drawn line 004:657
    text: 'which report will help medway understand sufficency and demand?',
    topic: 'passage',
    packs: ['004'],
    tags: ['typo'],
    source: '004:657',
    expect: answer(['Gilbert']),
  },
  {
    id: 'blindb-144',
    // drawn line 004:685
    text: 'how many unallocated cases are there now and how high did it get?',
    topic: 'indicator',
    packs: ['004'],
    source: '004:685',
    expect: answer(['15', '60']),
  },
  {
    id: 'blindb-145',
    // drawn line 004:717
    text: 'kent police HMICFRS safeguarding inspection - when was it and when published?',
    topic: 'passage',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:717',
    expect: answer(['July 2019', 'September']),
  },
  {
    id: 'blindb-146',
    // drawn line 004:765
    text: "what's the consultation on re-aligning the service proposing for children in care?",
    topic: 'passage',
    packs: ['004'],
    source: '004:765',
    expect: answer([['separate Children in Care teams', 'separate children in care']]),
  },
  {
    id: 'blindb-147',
    // drawn line 004:828
    text: 'commissioner - what are the risks to achieving and sustaining improvement?',
    topic: 'list',
    packs: ['004'],
    surface: 'channel',
    source: '004:824-829',
    expect: answer(['pace', 'SEND re-visit']),
  },
  {
    id: 'blindb-148',
    // drawn line 004:861
    text: "where can i download the commissioner's report or contact the dfe about it?",
    topic: 'passage',
    packs: ['004'],
    source: '004:859-861',
    expect: answer([['www.gov.uk/government/publications', 'gov.uk/contact-dfe']]),
  },
  {
    id: 'blindb-149',
    // drawn line 004:872
    text: 'statutory direction - which functions does the SoS say medway is failing on?',
    topic: 'list',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:869-875',
    expect: answer(['social services functions', ['Children Act 1989', 'Children Act 2004']]),
  },
  {
    id: 'blindb-150',
    // drawn line 004:888
    text: 'under the direction, what access can the commissioner / LIP insist on?',
    topic: 'list',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:885-890',
    expect: answer(['premises', 'document', 'employee']),
  },
  {
    id: 'blindb-151',
    // drawn line 004:902
    text: 'how long does the new statutory direction stay in force?',
    topic: 'passage',
    packs: ['004'],
    source: '004:902',
    expect: answer([['until it is revoked', 'revoked']]),
  },
  {
    id: 'blindb-152',
    // drawn line 004:974
    text: 'what pages is priority 4 qa & performance mgmt on in the improvement plan?',
    topic: 'plan',
    packs: ['004'],
    tags: ['ocr'],
    source: '004:953-976',
    expect: answer([['21-23', '21 - 23', '21 to 23']]),
  },
  {
    id: 'blindb-153',
    // drawn line 004:982
    text: 'which pages of the improvement action plan map the ofsted recs to actions?',
    topic: 'plan',
    packs: ['004'],
    tags: ['ocr'],
    source: '004:979-982',
    expect: answer([['27-28', '27 - 28', '27 to 28']]),
  },
  {
    id: 'blindb-154',
    // drawn line 004:1020
    text: "which improvement plan actions respond to ofsted's rec on neglect, DA and exploitation?",
    topic: 'list',
    packs: ['004'],
    tags: ['hard'],
    source: '004:1020, 004:1245-1250',
    expect: answer(['1.1', '1.2', '1.3', '1.6', '1.7', '1.8']),
  },
  {
    id: 'blindb-155',
    // drawn line 004:1136
    text: "career progression action 2.5 - who leads and when's it due?",
    topic: 'action',
    packs: ['004'],
    source: '004:1136',
    expect: answer(['HR Business Partner', 'April 2020']),
  },
  {
    id: 'blindb-156',
    // drawn line 004:1141
    text: 'action 2.7 review of provider services restucture - lead & deadline?',
    topic: 'action',
    packs: ['004'],
    tags: ['typo'],
    source: '004:1141',
    expect: answer(['Head of Service, Children in Care', 'January 2020']),
  },
  {
    id: 'blindb-157',
    // drawn line 004:1204
    text: 'who leads the review of health commissioning for LAC (5.4), and how are IHAs within 28 days doing vs target?',
    topic: 'action',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:1204-1207',
    expect: answer(['Director of Public Health', '80%', '59%']),
  },
  {
    id: 'blindb-158',
    // drawn line 004:1240
    text: "how many plan actions address ofsted's staffing capacity rec?",
    topic: 'plan',
    packs: ['004'],
    source: '004:1239-1244',
    expect: answer(['11']),
  },
  // ---- not answerable from the packs (not tied to a drawn line) ----
  {
    id: 'blindb-159',
    text: "what's band d council tax in medway for 20/21?",
    topic: 'indicator',
    packs: ['000'],
    tags: ['period'],
    expect: notFound(),
  },
  {
    id: 'blindb-160',
    text: 'how many council staff tested positive for covid during lockdown?',
    topic: 'indicator',
    packs: ['000'],
    expect: notFound(),
  },
  {
    id: 'blindb-161',
    text: 'how many volunteers signed up through the councils vcs cell in covid?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    expect: notFound(),
  },
  {
    id: 'blindb-162',
    text: 'medway childrens social worker turnover rate in 2022 - what %?',
    topic: 'indicator',
    packs: ['003'],
    expect: notFound(['29%']),
  },
  {
    id: 'blindb-163',
    text: 'how many complaints did medway childrens services get last year?',
    topic: 'indicator',
    packs: ['003'],
    expect: notFound(),
  },
  {
    id: 'blindb-164',
    text: "what's medway's SEND transport budget for 22/23?",
    topic: 'indicator',
    packs: ['003'],
    tags: ['period'],
    expect: notFound(),
  },
  {
    id: 'blindb-165',
    text: 'what did the improvement board decide at its dec 2019 meeting?',
    topic: 'meeting',
    packs: ['004'],
    expect: notFound(),
  },
  {
    id: 'blindb-166',
    text: 'how much did the hampshire peer challenge cost us?',
    topic: 'indicator',
    packs: ['004'],
    expect: notFound(),
  },
  {
    id: 'blindb-167',
    text: 'herefordshire social worker vacancy rate atm?',
    topic: 'indicator',
    packs: ['002'],
    expect: notFound(['29%', '27%']),
  },
  {
    id: 'blindb-168',
    text: "what's the average social worker caseload in herefordshire?",
    topic: 'indicator',
    packs: ['002'],
    expect: notFound(),
  },
  {
    id: 'blindb-169',
    text: "who is herefordshire's principal social worker? name pls",
    topic: 'passage',
    packs: ['002'],
    tags: ['directory'],
    expect: notFound(),
  },
  {
    id: 'blindb-170',
    text: "herefordshire's contribution to the YOS for 20/21?",
    topic: 'indicator',
    packs: ['002'],
    tags: ['period', 'abbreviation'],
    expect: notFound(['£189,576']),
  },
  // ---- truly ambiguous between records: ask back (not tied to a drawn line) ----
  {
    id: 'blindb-171',
    text: 'fte rate?',
    topic: 'indicator',
    packs: ['000', '001', '002'],
    tags: ['abbreviation'],
    expect: askBack(),
  },
  {
    id: 'blindb-172',
    text: "what's recommendation 2 and has it been done?",
    topic: 'action',
    packs: ['000', '002'],
    expect: askBack(),
  },
  {
    id: 'blindb-173',
    text: 'pull up the action plan pls',
    topic: 'plan',
    packs: ['000', '002', '004'],
    expect: askBack(),
  },
  {
    id: 'blindb-174',
    text: "what's the reoffending rate atm?",
    topic: 'indicator',
    packs: ['000', '001', '002'],
    expect: askBack(),
  },
];
