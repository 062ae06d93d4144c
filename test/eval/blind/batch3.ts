import type { EvalQuestion } from '../question-types';
import { answer, askBack, notFound, onDate } from '../question-types';

/**
 * Blind evaluation set, third batch: members' questions written by a second pair of eyes from the five packs only (no
 * engine code read, no engine run, no other eval set's questions read). One question per randomly drawn pack line
 * (seeded sample, seed 20261207, see SAMPLE3.md next to this file; lines the first and second batches used are
 * skipped), then questions the packs cannot answer and questions that are truly ambiguous between records.
 *
 * @remarks
 * Written before being run; never edit an expectation to make the engine pass. If an expectation is shown to be wrong
 * against the pack text, fix it with a note in SAMPLE3.md. The eval clock is 2 January 2020.
 */
export const blindQuestions3: EvalQuestion[] = [
  // ---- pack 000 (Medway Cabinet, 9 June 2020) ----
  {
    id: 'blindc-001',
    // drawn line 000:21
    text: 'who do i ring about the 9 june cabinet supplementary papers? need name + number',
    topic: 'meeting',
    packs: ['000'],
    source: '000:21',
    expect: answer(['Wayne Hemingway', '01634 332509']),
  },
  {
    id: 'blindc-002',
    // drawn line 000:64
    text: 'how often was the gold group meeting when covid first kicked off?',
    topic: 'passage',
    packs: ['000'],
    source: '000:64',
    expect: answer(['daily']),
  },
  {
    id: 'blindc-003',
    // drawn line 000:70
    text: 'quick q - what extra did the finance cell have to deal with in the covid response, beyond business as usual?',
    topic: 'passage',
    packs: ['000'],
    source: '000:70',
    expect: answer(['grants', 'loans']),
  },
  {
    id: 'blindc-004',
    // drawn line 000:92
    text: 'what were the priorities of the vcs cell set up for covid? list pls',
    topic: 'list',
    packs: ['000'],
    source: '000:86-93',
    expect: answer(['community support hub', 'scams']),
  },
  {
    id: 'blindc-005',
    // drawn line 000:95
    text: 'how many food parcels has the community hub got out to vulnerable residents so far?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:95-97',
    expect: answer(['3,191']),
  },
  {
    id: 'blindc-006',
    // drawn line 000:172
    text: 'trading standards and covid - how many shops/premises did they get to close voluntarily, and how many prohibition notices?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:172-178',
    expect: answer(['73', '11']),
  },
  {
    id: 'blindc-007',
    // drawn line 000:188
    text: 'are the skate parks and tennis courts still shut or have they reopened?',
    topic: 'passage',
    packs: ['000'],
    source: '000:188',
    expect: answer(['reopened']),
  },
  {
    id: 'blindc-008',
    // drawn line 000:213
    text: 'council tax hardship fund - how big is the pot and how much have we actually paid out?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:213',
    expect: answer([['£2.056million', '£2.056m', '£2.056 million'], ['£1.327million', '£1.327m', '£1.327 million']]),
  },
  {
    id: 'blindc-009',
    // drawn line 000:237
    text: 'how many items of ppe have been delivered to medway organisations?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:237',
    expect: answer(['400,000']),
  },
  {
    id: 'blindc-010',
    // drawn line 000:245
    text: 'how did our IT network cope with everyone working from home in lockdwon?',
    topic: 'passage',
    packs: ['000'],
    tags: ['typo'],
    source: '000:241-245',
    expect: answer(['excellent']),
  },
  {
    id: 'blindc-011',
    // drawn line 000:287
    text: 'covid comms: how many subscribers do the e-newsletters reach and how does the open rate compare nationally?',
    topic: 'indicator',
    packs: ['000'],
    surface: 'groupChat',
    source: '000:286-287',
    expect: answer(['30,000', '10%']),
  },
  {
    id: 'blindc-012',
    // drawn line 000:353
    text: 'what was the governance cell checking covid decisions against?',
    topic: 'list',
    packs: ['000'],
    source: '000:353-359',
    expect: answer(['constitution', 'Equality Act']),
  },
  {
    id: 'blindc-013',
    // drawn line 000:358
    text: 'did anyone look at fraud risk from the emergency covid decisions?',
    topic: 'passage',
    packs: ['000'],
    source: '000:353-358',
    expect: answer(['control environment']),
  },
  {
    id: 'blindc-014',
    // drawn line 000:392
    text: 'which portfolio holder is the YOT inspection report at june cabinet under?',
    topic: 'passage',
    packs: ['000'],
    source: '000:392-394',
    expect: answer(['Josie Iles']),
  },
  {
    id: 'blindc-015',
    // drawn line 000:720
    text: 'did hmip think management oversight of yot casework was any good?',
    topic: 'passage',
    packs: ['000'],
    source: '000:720',
    expect: answer(['positive difference']),
  },
  {
    id: 'blindc-016',
    // drawn line 000:808
    text: "medway's reoffending rate v england and wales in the HMIP report?",
    topic: 'indicator',
    packs: ['000'],
    source: '000:807-808',
    expect: answer(['35.9%', '38.4%']),
  },
  {
    id: 'blindc-017',
    // drawn line 000:860
    text: 'how many children on the yot caseload have a CP plan?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:860',
    expect: answer(['7', '10%']),
  },
  {
    id: 'blindc-018',
    // drawn line 000:920
    text: "what's the YOT's vision? and does the new YJPB chair get what yot kids need",
    topic: 'passage',
    packs: ['000'],
    source: '000:920-924',
    expect: answer(['full potential', ['yet to have enough understanding', 'not enough understanding', 'not yet enough understanding']]),
  },
  {
    id: 'blindc-019',
    // drawn line 000:950
    text: 'what was the problem with the yot 19/20 delivery plan?',
    topic: 'passage',
    packs: ['000'],
    source: '000:950',
    expect: answer(['broad', 'hard to measure']),
  },
  {
    id: 'blindc-020',
    // drawn line 000:1007
    text: 'has the yot got a proper staff training plan or is it ad hoc?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1007-1009',
    expect: answer(['learning and development plan']),
  },
  {
    id: 'blindc-021',
    // drawn line 000:1013
    text: 'how many of the yot cases inspected were eligible for MAPPA?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1013',
    expect: answer([['Five', '5']]),
  },
  {
    id: 'blindc-022',
    // drawn line 000:1129
    text: 'whats the yot building like, what facilities has it got?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1129',
    expect: answer(['sports hall', 'kitchen']),
  },
  {
    id: 'blindc-023',
    // drawn line 000:1324
    text: 'how does HMIP work out the rating for each standard?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1324',
    expect: answer(['lowest score']),
  },
  {
    id: 'blindc-024',
    // drawn line 000:1417
    text: 'in the out of court cases inspected, how many had serious harm factors?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1417',
    expect: answer([['five', '5']]),
  },
  {
    id: 'blindc-025',
    // drawn line 000:1453
    text: 'oocd assessments - what % properly analysed how to support desistance?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:1453',
    expect: answer(['70%']),
  },
  {
    id: 'blindc-026',
    // drawn line 000:1522
    text: 'out of court work: were victims views taken into acount? in how many cases',
    topic: 'indicator',
    packs: ['000'],
    tags: ['typo'],
    source: '000:1522',
    expect: answer([['six', '6']]),
  },
  {
    id: 'blindc-027',
    // drawn line 000:1703
    text: 'court disposals - what % of assessments analysed supporting desistance well enough?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1703',
    expect: answer(['100%']),
  },
  {
    id: 'blindc-028',
    // drawn line 000:1705
    text: 'court cases: how often did the assessment cover keeping other people safe, %?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1705',
    expect: answer(['92%']),
  },
  {
    id: 'blindc-029',
    // drawn line 000:1713
    text: 'what rating did the yot get for implementation and delivery on court disposals?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1712-1713',
    expect: answer(['Good']),
  },
  {
    id: 'blindc-030',
    // drawn line 000:1721
    text: 'court work reviewing - score for keeping other people safe, and what was reviewing rated overall?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1717-1721',
    expect: answer(['50%', 'Requires improvement']),
  },
  {
    id: 'blindc-031',
    // drawn line 000:1732
    text: 'how was planning rated for out-of-court disposals?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1732',
    expect: answer(['Requires improvement']),
  },
  {
    id: 'blindc-032',
    // drawn line 000:1735
    text: 'oocd planning - % of cases where it focused enough on the childs own safety?',
    topic: 'indicator',
    packs: ['000'],
    source: '000:1735',
    expect: answer(['75%']),
  },
  {
    id: 'blindc-033',
    // drawn line 000:1779
    text: 'remind me what the YJB does?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1779',
    expect: answer(['Youth Justice Board', 'grants']),
  },
  {
    id: 'blindc-034',
    // drawn line 000:1800
    text: 'who put together the YOT improvement plan and what version/date is it?',
    topic: 'plan',
    packs: ['000'],
    source: '000:1800-1802',
    expect: answer([['1st June 2020', '1 st June 2020', ...onDate(1, 6, 2020)], 'Head Of Partnership Commissioning']),
  },
  {
    id: 'blindc-035',
    // drawn line 000:1888
    text: "what did inspecters say was wrong with the youth justice partnership board?",
    topic: 'passage',
    packs: ['000'],
    tags: ['typo'],
    source: '000:1888-1890',
    expect: answer(['vision', 'scrutiny']),
  },
  {
    id: 'blindc-036',
    // drawn line 000:1913
    text: 'were yot kids in custody getting the same priority as kids in the community?',
    topic: 'passage',
    packs: ['000'],
    source: '000:1913',
    expect: answer(['less priority']),
  },
  {
    id: 'blindc-037',
    // drawn line 000:2043
    text: 'covid discharge money - if someone goes into a care home bed first and then moves home, is both covered?',
    topic: 'passage',
    packs: ['000'],
    source: '000:2043',
    expect: answer(['both elements']),
  },
  {
    id: 'blindc-038',
    // drawn line 000:2061
    text: 'was the adults portfolio holder consulted on the s75 BCF change and does he back it?',
    topic: 'passage',
    packs: ['000'],
    source: '000:2061',
    expect: answer(['support']),
  },
  {
    id: 'blindc-039',
    // drawn line 000:2129
    text: 'what does the medway BCF narrative plan actually cover?',
    topic: 'list',
    packs: ['000'],
    source: '000:2124-2129',
    expect: answer(['iBCF', 'Transforming Care']),
  },
  {
    id: 'blindc-040',
    // drawn line 000:2193
    text: 'whats the main demographic pressure on health and care in medway over the next 5 yrs?',
    topic: 'passage',
    packs: ['000'],
    source: '000:2193',
    expect: answer(['65']),
  },
  {
    id: 'blindc-041',
    // drawn line 000:2297
    text: "what's our DToC target for daily delays?",
    topic: 'indicator',
    packs: ['000'],
    tags: ['abbreviation'],
    source: '000:2297-2299',
    expect: answer(['16.56']),
  },
  {
    id: 'blindc-042',
    // drawn line 000:2394
    text: 'do the council and ccg commission together? is there a joint team',
    topic: 'passage',
    packs: ['000'],
    source: '000:2394-2396',
    expect: answer(['joint partnership commissioning team']),
  },
  {
    id: 'blindc-043',
    // drawn line 000:2419
    text: 'what mental health actions are in the kent & medway STP plans?',
    topic: 'list',
    packs: ['000'],
    source: '000:2416-2421',
    expect: answer(['psychosis', 'CORE 24']),
  },
  {
    id: 'blindc-044',
    // drawn line 000:2444
    text: 'what have we committed to on delayed transfers of care (national condition 4)?',
    topic: 'list',
    packs: ['000'],
    source: '000:2440-2450',
    expect: answer(['Community Discharge', 'assessment beds']),
  },
  {
    id: 'blindc-045',
    // drawn line 000:2476
    text: 'bcf spend on carers support services 18/19?',
    topic: 'indicator',
    packs: ['000'],
    tags: ['period'],
    source: '000:2476',
    expect: answer(['£879,335']),
  },
  {
    id: 'blindc-046',
    // drawn line 000:2518
    text: 'dtoc plan: who leads on reviewing capacity and skill sets in commissioned services, and when by?',
    topic: 'action',
    packs: ['000'],
    source: '000:2518',
    expect: answer([['PROGRAMME LEAD - CCG', 'Programme Lead, CCG', 'Programme Lead (CCG)', 'CCG Programme Lead'], ['POST WINTER 2017', 'post-winter 2017']]),
  },
  {
    id: 'blindc-047',
    // drawn line 000:2564
    text: 'how much went into the capital programme for HIF and when was it added?',
    topic: 'indicator',
    packs: ['000'],
    surface: 'channel',
    source: '000:2564',
    expect: answer([['£170m', '£170 million'], onDate(4, 2, 2020)]),
  },
  {
    id: 'blindc-048',
    // drawn line 000:2568
    text: 'HIF compulsory purchase - what options does cabinet have and which one is recommended?',
    topic: 'passage',
    packs: ['000'],
    source: '000:2568-2575',
    expect: answer(['Option 1', 'compulsory']),
  },
  {
    id: 'blindc-049',
    // drawn line 000:2592
    text: 'if people object to the HIF compulsory purchase, could we end up paying their costs?',
    topic: 'passage',
    packs: ['000'],
    source: '000:2592',
    expect: answer(['objectors']),
  },
  {
    id: 'blindc-050',
    // drawn line 000:2660
    text: "why's the HIF item being done in private without the usual 28 days notice?",
    topic: 'passage',
    packs: ['000'],
    source: '000:2660-2662',
    expect: answer(['urgent', ['30 June 2020', ...onDate(30, 6, 2020)]]),
  },
  // ---- pack 001 (Medway CYP O&S, 23 July 2020) ----
  {
    id: 'blindc-051',
    // drawn line 001:27
    text: 'what were the 3 areas hmip rated the medway yot on?',
    topic: 'list',
    packs: ['001'],
    source: '001:24-27',
    expect: answer(['organisational delivery', ['out-of-court', 'out of court']]),
  },
  {
    id: 'blindc-052',
    // drawn line 001:77
    text: 'how many custodial sentences did medway young people get in 18/19, and is that up on the yr before?',
    topic: 'indicator',
    packs: ['001'],
    tags: ['period'],
    source: '001:77',
    expect: answer(['12', 'same']),
  },
  {
    id: 'blindc-053',
    // drawn line 001:125
    text: 'how is the yot funded and how often do partners contributions get looked at?',
    topic: 'passage',
    packs: ['001'],
    source: '001:125',
    expect: answer(['statutory partner', ['annual', 'annually', 'every year']]),
  },
  // ---- pack 002 (Herefordshire CYP scrutiny, 16 September 2019) ----
  {
    id: 'blindc-054',
    // drawn line 002:124
    text: 'why are so few care leavers going into SHYPP, and when does that contract end?',
    topic: 'passage',
    packs: ['002'],
    source: '002:124',
    expect: answer(['project group', '2020']),
  },
  {
    id: 'blindc-055',
    // drawn line 002:125
    text: 'did we ever get an answer on what the A level funding changes mean for care leavers?',
    topic: 'passage',
    packs: ['002'],
    source: '002:125, 002:141, 002:1946',
    expect: answer([['31 July', 'following the meeting', 'after the meeting']]),
  },
  {
    id: 'blindc-056',
    // drawn line 002:129
    text: 'whose job is it to share good ks4 practice for looked after kids across schools?',
    topic: 'passage',
    packs: ['002'],
    source: '002:129',
    expect: answer(['virtual head teacher']),
  },
  {
    id: 'blindc-057',
    // drawn line 002:143
    text: 'what did the committee ask for after the corporate parenting annual update? list pls',
    topic: 'list',
    packs: ['002'],
    source: '002:137-143',
    expect: answer(['care leavers covenant', 'SHYPP']),
  },
  {
    id: 'blindc-058',
    // drawn line 002:153
    text: 'what are we doing to recruit and hang on to foster carers?',
    topic: 'passage',
    packs: ['002'],
    source: '002:153',
    expect: answer(['social media', 'fees and allowances']),
  },
  {
    id: 'blindc-059',
    // drawn line 002:177
    text: 'child exploitation t&f - what types of exploitation will it look at?',
    topic: 'list',
    packs: ['002'],
    source: '002:177',
    expect: answer(['child slavery', 'online exploitation']),
  },
  {
    id: 'blindc-060',
    // drawn line 002:232
    text: 'what are we being asked to do on the care leavers accommodation item on 16 sept?',
    topic: 'passage',
    packs: ['002'],
    source: '002:228-232',
    expect: answer(['recommendations', 'executive']),
  },
  {
    id: 'blindc-061',
    // drawn line 002:237
    text: "why can't we just run the care leaver supported accommodation in house?",
    topic: 'passage',
    packs: ['002'],
    source: '002:237',
    expect: answer(['expertise']),
  },
  {
    id: 'blindc-062',
    // drawn line 002:245
    text: "what's the problem with how we house care leavers with compelx needs now?",
    topic: 'passage',
    packs: ['002'],
    tags: ['typo'],
    source: '002:245',
    expect: answer(['spot purchased', ['outside the county', 'out of county']]),
  },
  {
    id: 'blindc-063',
    // drawn line 002:265
    text: 'how much support will the care leavers in the 3 flats get a week?',
    topic: 'indicator',
    packs: ['002'],
    source: '002:263-265',
    expect: answer([['three hours', '3 hours']]),
  },
  {
    id: 'blindc-064',
    // drawn line 002:274
    text: 'care leavers accommodation procurement - when does the tender open and when is the award?',
    topic: 'list',
    packs: ['002'],
    source: '002:272-278',
    expect: answer([['07/10/19', ...onDate(7, 10, 2019)], ['03/12/19', '13/12/19', 'December 2019']]),
  },
  {
    id: 'blindc-065',
    // drawn line 002:284
    text: 'in the care leavers report, what does the community impact section say about scrutiny?',
    topic: 'passage',
    packs: ['002'],
    source: '002:284',
    expect: answer(['accountable decision making']),
  },
  {
    id: 'blindc-066',
    // drawn line 002:440
    text: 'which strategic objectives is the care leaver accommodation service meant to meet?',
    topic: 'list',
    packs: ['002'],
    source: '002:438-442',
    expect: answer([['out of county', 'out-of-county'], 'unit price']),
  },
  {
    id: 'blindc-067',
    // drawn line 002:452
    text: 'care leavers accommodation EIA - what area would be affected by it?',
    topic: 'passage',
    packs: ['002'],
    source: '002:452-453',
    expect: answer(['Hereford city']),
  },
  {
    id: 'blindc-068',
    // drawn line 002:543
    text: 'who actually writes the youth justice plan and which councils is it for?',
    topic: 'passage',
    packs: ['002'],
    source: '002:541-543',
    expect: answer(['West Mercia Youth Justice Service', 'Shropshire']),
  },
  {
    id: 'blindc-069',
    // drawn line 002:564
    text: 'where is the herefordshire yjs team based? and what do they do day to day',
    topic: 'passage',
    packs: ['002'],
    source: '002:564',
    expect: answer(['Hereford', 'bail']),
  },
  {
    id: 'blindc-070',
    // drawn line 002:612
    text: 'which bit of the equality act does the yj plan report refer to for the general duty?',
    topic: 'passage',
    packs: ['002'],
    source: '002:612',
    expect: answer(['section 149']),
  },
  {
    id: 'blindc-071',
    // drawn line 002:639
    text: "who gets our committee's views on the yj plan before it's signed off?",
    topic: 'passage',
    packs: ['002'],
    source: '002:639',
    expect: answer(['cabinet member']),
  },
  {
    id: 'blindc-072',
    // drawn line 002:754
    text: 'what did west mercia yjs get done in 18/19?',
    topic: 'list',
    packs: ['002'],
    tags: ['period'],
    source: '002:748-756',
    expect: answer(['staff survey', 'mental health training']),
  },
  {
    id: 'blindc-073',
    // drawn line 002:762
    text: 'was the yjs inspected at all in 2018/19?',
    topic: 'passage',
    packs: ['002'],
    source: '002:762',
    expect: answer(['Joint Targeted Area Inspection', 'Shropshire']),
  },
  {
    id: 'blindc-074',
    // drawn line 002:823
    text: 'what did the young people say could be improved about the yjs?',
    topic: 'passage',
    packs: ['002'],
    source: '002:823',
    expect: answer(['upper age', 'girls']),
  },
  {
    id: 'blindc-075',
    // drawn line 002:903
    text: "what's planned under 'our partnerships' in the wmyjs improvement plan?",
    topic: 'plan',
    packs: ['002'],
    source: '002:902-905',
    expect: answer(['CAMHS', 'West Mercia Police']),
  },
  {
    id: 'blindc-076',
    // drawn line 002:911
    text: 'yj plan governance priority - what actions are in it?',
    topic: 'plan',
    packs: ['002'],
    source: '002:910-913',
    expect: answer(['communication plan', 'website']),
  },
  {
    id: 'blindc-077',
    // drawn line 002:981
    text: "who sits on the yjs management board for herefordshire?",
    topic: 'passage',
    packs: ['002'],
    source: '002:981',
    expect: answer(['Chris Baird']),
  },
  {
    id: 'blindc-078',
    // drawn line 002:987
    text: 'how often does the west mercia yjs management board meet?',
    topic: 'meeting',
    packs: ['002'],
    source: '002:987',
    expect: answer([['every two months', 'every 2 months', 'bi-monthly', 'bimonthly']]),
  },
  {
    id: 'blindc-079',
    // drawn line 002:991
    text: 'how has the yjs board been checking on multi agency working?',
    topic: 'passage',
    packs: ['002'],
    source: '002:991',
    expect: answer(['deep dives']),
  },
  {
    id: 'blindc-080',
    // drawn line 002:999
    text: 'does the yjs outsource anything? who to',
    topic: 'passage',
    packs: ['002'],
    source: '002:999',
    expect: answer(['Appropriate Adults', 'YSS']),
  },
  {
    id: 'blindc-081',
    // drawn line 002:1154
    text: 'shropshire reoffending frequency rate vs national?',
    topic: 'indicator',
    packs: ['002'],
    source: '002:1154',
    expect: answer(['3.81', '3.90']),
  },
  {
    id: 'blindc-082',
    // drawn line 002:1218
    text: 'telford & wrekin use of custody rate 2018 - how does it compare with national?',
    topic: 'indicator',
    packs: ['002'],
    source: '002:1218-1220',
    expect: answer(['0.12', '0.32']),
  },
  {
    id: 'blindc-083',
    // drawn line 002:1231
    text: 'whats the re-offences per reoffender figure for telford and wrekin?',
    topic: 'indicator',
    packs: ['002'],
    source: '002:1231',
    expect: answer(['3.12']),
  },
  {
    id: 'blindc-084',
    // drawn line 002:1274
    text: 'worcs first time entrants rate compared to national pls',
    topic: 'indicator',
    packs: ['002'],
    tags: ['abbreviation'],
    source: '002:1274-1283',
    expect: answer(['277', '250']),
  },
  {
    id: 'blindc-085',
    // drawn line 002:1319
    text: 'what graphs are in the herefordshire local info appendix of the yj plan?',
    topic: 'list',
    packs: ['002'],
    source: '002:1319-1336',
    expect: answer(['age and gender', 'Cautions']),
  },
  {
    id: 'blindc-086',
    // drawn line 002:1374
    text: 'when is the work programme report being taken and who wrote it?',
    topic: 'meeting',
    packs: ['002'],
    surface: 'groupChat',
    source: '002:1373-1376',
    expect: answer([onDate(16, 9, 2019), 'Democratic Services Officer']),
  },
  {
    id: 'blindc-087',
    // drawn line 002:1402
    text: 'which reviews have exec responses attached to the work programme report?',
    topic: 'list',
    packs: ['002'],
    source: '002:1402',
    expect: answer(['SEND', 'PRU', 'Court Judgements']),
  },
  {
    id: 'blindc-088',
    // drawn line 002:1453
    text: 'any sugestions for scrutiny from the public since last meeting?',
    topic: 'passage',
    packs: ['002'],
    tags: ['typo'],
    source: '002:1453',
    expect: answer([['no suggestions', 'none']]),
  },
  {
    id: 'blindc-089',
    // drawn line 002:1470
    text: 'what are the three things the public sector equality duty says we must have due regard to?',
    topic: 'list',
    packs: ['002'],
    source: '002:1467-1471',
    expect: answer(['discrimination', 'equality of opportunity', 'good relations']),
  },
  {
    id: 'blindc-090',
    // drawn line 002:1526
    text: 'who presented the corporate parenting strategy annual report and at which meeting?',
    topic: 'meeting',
    packs: ['002'],
    source: '002:1524-1526',
    expect: answer(['Gill Cox', onDate(15, 7, 2019)]),
  },
  {
    id: 'blindc-091',
    // drawn line 002:1532
    text: 'report authors for the care leavers accommodation pre-decision item?',
    topic: 'meeting',
    packs: ['002'],
    source: '002:1531-1532',
    expect: answer(['Amy Whiles', 'Ewen Archibald']),
  },
  {
    id: 'blindc-092',
    // drawn line 002:1544
    text: "when's the march cyp scrutiny and when do the papers go out?",
    topic: 'meeting',
    packs: ['002'],
    source: '002:1544',
    expect: answer([onDate(16, 3, 2020), '6 March']),
  },
  {
    id: 'blindc-093',
    // drawn line 002:1604
    text: 'who owns launching the graduated response doc and when was it due?',
    topic: 'action',
    packs: ['002'],
    source: '002:1600-1605',
    expect: answer(['Principal Educational Psychologist', ['September 2019', 'Sept 2019', 'Sep 2019']]),
  },
  {
    id: 'blindc-094',
    // drawn line 002:1618
    text: 'early help teams getting training on spotting SEND - who is doing it and by when?',
    topic: 'action',
    packs: ['002'],
    source: '002:1618-1622',
    expect: answer(['SEN Manager', 'April 2020']),
  },
  {
    id: 'blindc-095',
    // drawn line 002:1665
    text: "send cpd for early years: what's the target for the autism training and when's it due?",
    topic: 'action',
    packs: ['002'],
    source: '002:1665-1668',
    expect: answer(['80%', 'Dec 2022']),
  },
  {
    id: 'blindc-096',
    // drawn line 002:1722
    text: 'when is the mental health and wellbeing guide for schools due and whos writing it?',
    topic: 'action',
    packs: ['002'],
    source: '002:1722',
    expect: answer(['Principal Educational Psychologist', ['March 2020', 'Mar 2020']]),
  },
  {
    id: 'blindc-097',
    // drawn line 002:1726
    text: "what's the exec doing to help PRU leavers post-16 into work or colledge?",
    topic: 'passage',
    packs: ['002'],
    tags: ['typo'],
    source: '002:1725-1727',
    expect: answer(['Landau', 'European Social Fund']),
  },
  {
    id: 'blindc-098',
    // drawn line 002:1737
    text: "what's the problem with year 11 leavers with a september guarantee not counting as NEET risk?",
    topic: 'passage',
    packs: ['002'],
    tags: ['hard'],
    source: '002:1735-1737',
    expect: answer(['holiday']),
  },
  {
    id: 'blindc-099',
    // drawn line 002:1779
    text: 'did the exec accept rec K on the PRU training secondary teachers? what are the actions',
    topic: 'action',
    packs: ['002'],
    source: '002:1777-1782',
    expect: answer(['graduated response', 'mental health']),
  },
  {
    id: 'blindc-100',
    // drawn line 002:1859
    text: 'court judgements t&f rec G on leadership & culture - who owns the action and where is it at?',
    topic: 'action',
    packs: ['002'],
    source: '002:1857-1860',
    expect: answer(['Chief Executive', 'In place']),
  },
  {
    id: 'blindc-101',
    // drawn line 002:1886
    text: 'who might we call as witnesses for the peer on peer abuse spotlight review?',
    topic: 'list',
    packs: ['002'],
    source: '002:1886',
    expect: answer(['Therapy services', 'Teachers']),
  },
  {
    id: 'blindc-102',
    // drawn line 002:1918
    text: 'what outcomes are we hoping for from the child exploitation task & finish group?',
    topic: 'list',
    packs: ['002'],
    source: '002:1918',
    expect: answer(['partnership working', 'statistics']),
  },
  {
    id: 'blindc-103',
    // drawn line 002:1957
    text: 'has the letter to wye valley trust about OTs gone yet? when',
    topic: 'passage',
    packs: ['002'],
    source: '002:1954-1958',
    expect: answer(['31 July']),
  },
  // ---- pack 003 (Medway CYP O&S, 2 March 2023) ----
  {
    id: 'blindc-104',
    // drawn line 003:41
    text: 'when is the lead member coming to cyp o&s for her annual report, and who is she?',
    topic: 'meeting',
    packs: ['003'],
    source: '003:41-47',
    expect: answer([onDate(2, 3, 2023), 'Josie Iles']),
  },
  {
    id: 'blindc-105',
    // drawn line 003:56
    text: 'which year of the DfE statutory guidance on DCS / lead member roles does the lead member report go by?',
    topic: 'passage',
    packs: ['003'],
    tags: ['conflict'],
    source: '003:56',
    expect: answer(['2013']),
  },
  {
    id: 'blindc-106',
    // drawn line 003:60
    text: "what's covered by the lead member for children's services remit? list pls",
    topic: 'list',
    packs: ['003'],
    source: '003:58-66',
    expect: answer(['SEND Transport', 'External Inspections']),
  },
  {
    id: 'blindc-107',
    // drawn line 003:99
    text: 'how long does the dfe money for the neglect & domestic abuse multi-disciplinary team last?',
    topic: 'passage',
    packs: ['003'],
    source: '003:99',
    expect: answer(['March 2023']),
  },
  {
    id: 'blindc-108',
    // drawn line 003:130
    text: 'what has the safeguarding partnership done on exploitation of adolescents?',
    topic: 'passage',
    packs: ['003'],
    source: '003:130-132',
    expect: answer(['Contextual Safeguarding Strategy', 'exploitation champions']),
  },
  {
    id: 'blindc-109',
    // drawn line 003:135
    text: 'how many staff conferences were there last yr? and what changed off the back of staff suggestions',
    topic: 'passage',
    packs: ['003'],
    source: '003:135',
    expect: answer([['three times', '3 times'], 'Mosaic']),
  },
  {
    id: 'blindc-110',
    // drawn line 003:136
    text: "is children's services spending under control? what does the lead member say",
    topic: 'passage',
    packs: ['003'],
    source: '003:136',
    expect: answer(['rigorous oversight']),
  },
  {
    id: 'blindc-111',
    // drawn line 003:210
    text: 'what improvements did ofsted pick up at the sept 22 monitoring visit?',
    topic: 'list',
    packs: ['003'],
    source: '003:202-210',
    expect: answer(['Wednesday Squad', '0-25']),
  },
  {
    id: 'blindc-112',
    // drawn line 003:219
    text: 'which teams make up the education service under inclusion?',
    topic: 'list',
    packs: ['003'],
    source: '003:217-222',
    expect: answer(['School Effectiveness', 'Attendance Advisory']),
  },
  {
    id: 'blindc-113',
    // drawn line 003:274
    text: 'who chairs the SEND improvement board, and when did we come off dfe monitoring?',
    topic: 'passage',
    packs: ['003'],
    source: '003:274',
    expect: answer(['Chief Nurse', 'October 2021']),
  },
  {
    id: 'blindc-114',
    // drawn line 003:277
    text: 'safety valve plan - what are the priorities?',
    topic: 'list',
    packs: ['003'],
    source: '003:277-284',
    expect: answer(['Sufficiency of Provision', 'mainstream']),
  },
  {
    id: 'blindc-115',
    // drawn line 003:350
    text: 'did the diversity impact assessment on the sufficiency strategy find any adverse impacts?',
    topic: 'passage',
    packs: ['003'],
    tags: ['ocr'],
    source: '003:349-368',
    expect: answer([['positive impact', 'no adverse', 'advance equality']]),
  },
  {
    id: 'blindc-116',
    // drawn line 003:417
    text: 'who is the work programme addendum report from, and who wrote it?',
    topic: 'meeting',
    packs: ['003'],
    source: '003:417-419',
    expect: answer(['Lee-Anne Farach', 'Stephanie Davis']),
  },
  {
    id: 'blindc-117',
    // drawn line 003:445
    text: 'what is the new hybrid scrutiny model supposed to let the committee do?',
    topic: 'list',
    packs: ['003'],
    source: '003:437-445',
    expect: answer(['witnesses', 'voice of the child']),
  },
  {
    id: 'blindc-118',
    // drawn line 003:465
    text: 'does the new committee model cost anything or need the constitution changing?',
    topic: 'passage',
    packs: ['003'],
    source: '003:465-466',
    expect: answer(['no direct', 'formal changes']),
  },
  // ---- pack 004 (Medway Cabinet, 14 January 2020) ----
  {
    id: 'blindc-119',
    // drawn line 004:101
    text: 'why is the regional adoption agency good for medway kids specifically?',
    topic: 'passage',
    packs: ['004'],
    source: '004:101',
    expect: answer(['fewer adopters']),
  },
  {
    id: 'blindc-120',
    // drawn line 004:104
    text: 'what did cyp o&s do with the RAA report?',
    topic: 'meeting',
    packs: ['004'],
    source: '004:97-104',
    expect: answer(['noted', 'Cabinet']),
  },
  {
    id: 'blindc-121',
    // drawn line 004:176
    text: "when is ofsted's first monitoring visit and will that report be published?",
    topic: 'passage',
    packs: ['004'],
    source: '004:176',
    expect: answer([['18 and 19 March 2020', '18-19 March 2020', '18 March 2020'], ['not be made public', 'not made public', 'not be published', 'not published', "won't be published"]]),
  },
  {
    id: 'blindc-122',
    // drawn line 004:180
    text: "who chairs the children's improvement board and how often dose it meet?",
    topic: 'passage',
    packs: ['004'],
    tags: ['typo'],
    source: '004:180',
    expect: answer(['Lucy Butler', 'monthly']),
  },
  {
    id: 'blindc-123',
    // drawn line 004:184
    text: "is there member training coming on children's services? who's helping put it together",
    topic: 'passage',
    packs: ['004'],
    source: '004:184',
    expect: answer([['Local Government Association', 'LGA'], 'bespoke']),
  },
  {
    id: 'blindc-124',
    // drawn line 004:209
    text: 'what themes did members raise with the commissioner at o&s?',
    topic: 'list',
    packs: ['004'],
    surface: 'channel',
    source: '004:209-218',
    expect: answer(['Member engagement', 'Accountability']),
  },
  {
    id: 'blindc-125',
    // drawn line 004:219
    text: "what was the o&s outcome on the commissioner's report item?",
    topic: 'meeting',
    packs: ['004'],
    source: '004:219',
    expect: answer(['noted', 'training']),
  },
  {
    id: 'blindc-126',
    // drawn line 004:224
    text: "risk of improvement plan actions slipping - what's it rated and what's the mitigation?",
    topic: 'passage',
    packs: ['004'],
    source: '004:224-225',
    expect: answer(['B2', 'hold people to account']),
  },
  {
    id: 'blindc-127',
    // drawn line 004:233
    text: 'how are we managing the financial risk of the childrens improvement programme?',
    topic: 'passage',
    packs: ['004'],
    source: '004:233',
    expect: answer(['Partners in Practice', 'external resource']),
  },
  {
    id: 'blindc-128',
    // drawn line 004:259
    text: "what's cabinet actually being asked to decide on the commissioner's report on 14 jan?",
    topic: 'meeting',
    packs: ['004'],
    source: '004:257-259',
    expect: answer(['note', 'comments']),
  },
  {
    id: 'blindc-129',
    // drawn line 004:327
    text: "why has the management in medway children's services been so unstable since 2015?",
    topic: 'passage',
    packs: ['004'],
    source: '004:327',
    expect: answer(['interim', 'acting up']),
  },
  {
    id: 'blindc-130',
    // drawn line 004:339
    text: 'are the AD social care and AD education jobs filled permanently yet?',
    topic: 'passage',
    packs: ['004'],
    source: '004:339',
    expect: answer([['interims', 'interim']]),
  },
  {
    id: 'blindc-131',
    // drawn line 004:411
    text: 'what does the c&yp plan 2019-21 want for all medway childen? list',
    topic: 'list',
    packs: ['004'],
    tags: ['typo'],
    source: '004:398-413',
    expect: answer(['Raise achievement', 'healthy start']),
  },
  {
    id: 'blindc-132',
    // drawn line 004:419
    text: "what did the commissioner make of the council's plans for children and young people?",
    topic: 'passage',
    packs: ['004'],
    source: '004:415-419',
    expect: answer(['clearer link', 'ambitious']),
  },
  {
    id: 'blindc-133',
    // drawn line 004:425
    text: 'political make up of the council atm? how many cons / lab',
    topic: 'indicator',
    packs: ['004'],
    source: '004:425',
    expect: answer([['32 Conservative', '32 Conservatives', 'Conservative 32', 'Conservatives 32'], ['20 Labour', 'Labour 20', 'Labour and Co-operative 20']]),
  },
  {
    id: 'blindc-134',
    // drawn line 004:443
    text: 'how long has the interim AD education been here and what do they cover?',
    topic: 'passage',
    packs: ['004'],
    source: '004:443',
    expect: answer(['18 months', 'SEND']),
  },
  {
    id: 'blindc-135',
    // drawn line 004:590
    text: 'what improvement actions did the council present to ofsted at the feb 2019 annual conversation?',
    topic: 'list',
    packs: ['004'],
    source: '004:584-595',
    expect: answer(['Surface Pros', 'workforce development']),
  },
  {
    id: 'blindc-136',
    // drawn line 004:593
    text: "on the council's own pre-inspection improvement list, was there anything on involving parents and young ppl?",
    topic: 'passage',
    packs: ['004'],
    source: '004:593-595',
    expect: answer([['Co-production', 'representatives']]),
  },
  {
    id: 'blindc-137',
    // drawn line 004:617
    text: 'how many areas for improvement did ofsted give medway, and what happened to the kids inspectors raised concerns about?',
    topic: 'passage',
    packs: ['004'],
    source: '004:611-617',
    expect: answer([['ten', '10'], ['action has been taken', 'looked at all']]),
  },
  {
    id: 'blindc-138',
    // drawn line 004:621
    text: 'how many extra social workers were agreed after the inspection?',
    topic: 'indicator',
    packs: ['004'],
    source: '004:621',
    expect: answer([['8 social workers', 'additional 8', 'eight'], 'practice manager']),
  },
  {
    id: 'blindc-139',
    // drawn line 004:665
    text: 'what extra service issues did the commisioner say must be tackled?',
    topic: 'list',
    packs: ['004'],
    tags: ['typo'],
    source: '004:665-676',
    expect: answer(['Family Group conferences', 'model of practice']),
  },
  {
    id: 'blindc-140',
    // drawn line 004:711
    text: 'how many ccgs cover kent and medway and whats happening to them?',
    topic: 'passage',
    packs: ['004'],
    source: '004:711',
    expect: answer([['8 CCGs', 'eight CCGs'], 'merge']),
  },
  {
    id: 'blindc-141',
    // drawn line 004:732
    text: 'practice managers: how many are agency and how many do we still need to recruit?',
    topic: 'indicator',
    packs: ['004'],
    tags: ['ocr'],
    source: '004:729-732',
    expect: answer(['7', '3.20']),
  },
  {
    id: 'blindc-142',
    // drawn line 004:747
    text: "how did the commissioner find out what frontline social workers think?",
    topic: 'passage',
    packs: ['004'],
    source: '004:747',
    expect: answer(['independent', ['2 days', 'two days']]),
  },
  {
    id: 'blindc-143',
    // drawn line 004:753
    text: 'how do sw prioritise their work day to day, what did they tell the commissioner?',
    topic: 'passage',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:753',
    expect: answer(['Child Protection']),
  },
  {
    id: 'blindc-144',
    // drawn line 004:824
    text: 'what are the main risks to medway achieving & sustaining improvement?',
    topic: 'list',
    packs: ['004'],
    source: '004:824-830',
    expect: answer(['pace', 'senior management']),
  },
  {
    id: 'blindc-145',
    // drawn line 004:826
    text: 'is not being able to recruit senior managers seen as a risk to the improvment?',
    topic: 'passage',
    packs: ['004'],
    tags: ['typo'],
    source: '004:826',
    expect: answer(['political and corporate drive']),
  },
  {
    id: 'blindc-146',
    // drawn line 004:867
    text: 'when did medway get its first statutory direction from the secretary of state?',
    topic: 'passage',
    packs: ['004'],
    source: '004:867-868',
    expect: answer([onDate(27, 8, 2019)]),
  },
  {
    id: 'blindc-147',
    // drawn line 004:870
    text: 'what did the SoS take into account before issuing the new direction?',
    topic: 'passage',
    packs: ['004'],
    source: '004:869-871',
    expect: answer(['Commissioner', 'December 2019']),
  },
  {
    id: 'blindc-148',
    // drawn line 004:892
    text: 'what access does the statutory direction give the commissioner?',
    topic: 'passage',
    packs: ['004'],
    source: '004:886-892',
    expect: answer(['premises', 'document']),
  },
  {
    id: 'blindc-149',
    // drawn line 004:968
    text: 'which pages of the improvement plan are the workforce priority on?',
    topic: 'plan',
    packs: ['004'],
    tags: ['ocr'],
    source: '004:967-969',
    expect: answer([['14-17', '14 - 17', '14 to 17']]),
  },
  {
    id: 'blindc-150',
    // drawn line 004:1032
    text: "what are the 5 priorities in the children's improvement plan?",
    topic: 'plan',
    packs: ['004'],
    source: '004:1032-1047',
    expect: answer(['Capacity and capability', 'Quality Assurance']),
  },
  {
    id: 'blindc-151',
    // drawn line 004:1055
    text: 'who gets the progress reports on the improvement plan?',
    topic: 'list',
    packs: ['004'],
    source: '004:1055-1060',
    expect: answer([['Health and Well-Being Board', 'Health and Wellbeing Board'], 'Community Safety Partnership']),
  },
  {
    id: 'blindc-152',
    // drawn line 004:1094
    text: 'case transfer - current avg days v target, and when was the review of the process due?',
    topic: 'action',
    packs: ['004'],
    source: '004:1094',
    expect: answer(['13 working days', '10 working days', 'November 2019']),
  },
  {
    id: 'blindc-153',
    // drawn line 004:1171
    text: "who's on the hook for extra project managment support for the improvement plan and by when?",
    topic: 'action',
    packs: ['004'],
    tags: ['typo'],
    source: '004:1168-1171',
    expect: answer(['Director of People', 'December 2019']),
  },
  {
    id: 'blindc-154',
    // drawn line 004:1219
    text: "how are kids' own views feeding into the improvement plan?",
    topic: 'passage',
    packs: ['004'],
    source: '004:1219-1221',
    expect: answer(['Top 10 Professional Standards']),
  },
  {
    id: 'blindc-155',
    // drawn line 004:1228
    text: "how many plan actions address ofsted's point about senior managers' oversight and audits?",
    topic: 'indicator',
    packs: ['004'],
    tags: ['ocr'],
    source: '004:1228-1237',
    expect: answer(['21']),
  },
  {
    id: 'blindc-156',
    // drawn line 004:1247
    text: 'how many actions deal with the response to risk - neglect, DA, exploitation?',
    topic: 'indicator',
    packs: ['004'],
    tags: ['ocr'],
    source: '004:1245-1250',
    expect: answer([['6', 'six']]),
  },
  {
    id: 'blindc-157',
    // drawn line 004:1285
    text: 'what does PSW mean in the improvement plan?',
    topic: 'passage',
    packs: ['004'],
    tags: ['abbreviation'],
    source: '004:1285-1286',
    expect: answer([['Principle Social Worker', 'Principal Social Worker']]),
  },
  {
    id: 'blindc-158',
    // drawn line 004:1304
    text: "who's medway's lead member for children's services?",
    topic: 'passage',
    packs: ['004'],
    tags: ['directory'],
    source: '004:1304',
    expect: answer(['Josie Iles']),
  },
  {
    id: 'blindc-159',
    // drawn line 004:1319
    text: 'name of the head of business change (people) and ict pls',
    topic: 'passage',
    packs: ['004'],
    tags: ['directory'],
    source: '004:1319-1320',
    expect: answer(['Jackie Brown']),
  },
  {
    id: 'blindc-160',
    // drawn line 004:1322
    text: 'who heads up special projects for the improvement work?',
    topic: 'passage',
    packs: ['004'],
    tags: ['directory'],
    source: '004:1322-1323',
    expect: answer(['Sue Brunton-Reed']),
  },
  // ---- not in the packs (not tied to a drawn line; each subject checked by grep over all five packs) ----
  {
    id: 'blindc-161',
    text: 'how many covid deaths were there in medway care homes up to june?',
    topic: 'indicator',
    packs: ['000'],
    expect: notFound(),
  },
  {
    id: 'blindc-162',
    text: 'how many fly tipping incidents did we have during lockdown?',
    topic: 'indicator',
    packs: ['000'],
    expect: notFound(),
  },
  {
    id: 'blindc-163',
    text: 'how many free school meal vouchers did medway give out over lockdown?',
    topic: 'indicator',
    packs: ['000'],
    expect: notFound(),
  },
  {
    id: 'blindc-164',
    text: 'when is hmip coming back to re-inspect the medway yot?',
    topic: 'passage',
    packs: ['001'],
    expect: notFound(),
  },
  {
    id: 'blindc-165',
    text: 'how many unaccompanied asylum seeking children does herefordshire look after atm?',
    topic: 'indicator',
    packs: ['002'],
    expect: notFound(),
  },
  {
    id: 'blindc-166',
    text: 'how many children are electively home educated in herefordshire?',
    topic: 'indicator',
    packs: ['002'],
    expect: notFound(),
  },
  {
    id: 'blindc-167',
    text: 'how many EHC plans does herefordshire maintain at the moment?',
    topic: 'indicator',
    packs: ['002'],
    expect: notFound(),
  },
  {
    id: 'blindc-168',
    text: 'what is the council tax exemption for care leavers worth per year in £?',
    topic: 'indicator',
    packs: ['002'],
    expect: notFound(),
  },
  {
    id: 'blindc-169',
    text: "what was medway's overall school attendance rate in 21/22?",
    topic: 'indicator',
    packs: ['003'],
    tags: ['period'],
    expect: notFound(),
  },
  {
    id: 'blindc-170',
    text: 'how many foster carers has medway actually got now? number pls',
    topic: 'indicator',
    packs: ['003'],
    expect: notFound(),
  },
  {
    id: 'blindc-171',
    text: 'how much is the LGA member training package costing us?',
    topic: 'indicator',
    packs: ['004'],
    expect: notFound(),
  },
  {
    id: 'blindc-172',
    text: "what's the salary for the new AD children's services post?",
    topic: 'indicator',
    packs: ['004'],
    expect: notFound(),
  },
  // ---- truly ambiguous between records: the right reply asks which one ----
  {
    id: 'blindc-173',
    text: 'what was planning rated?',
    topic: 'indicator',
    packs: ['000'],
    expect: askBack(),
  },
  {
    id: 'blindc-174',
    text: "what's the custody rate?",
    topic: 'indicator',
    packs: ['001', '002'],
    expect: askBack(),
  },
  {
    id: 'blindc-175',
    text: "who's the DCS? need a name",
    topic: 'passage',
    packs: ['002', '003', '004'],
    expect: askBack(),
  },
  {
    id: 'blindc-176',
    text: "when's the scrutiny committee meeting?",
    topic: 'meeting',
    packs: ['001', '002', '003', '004'],
    expect: askBack(),
  },
];
