import { answer, type EvalQuestion } from '../question-types';

/**
 * Passages from the papers: anything else in the packs, answered with the best passage and its
 * document and page. Expectations quote the passage's own words; where several passages say the same
 * thing, any one of their phrasings will do.
 */
export const passageQuestions: EvalQuestion[] = [
  { id: 'pas-01', topic: 'passage', packs: ['004'], source: '004:163-164, 790, 816, 835', tags: ['abbreviation'],
    text: 'what did the DfE commissioner say about leadership?',
    expect: answer([['Leadership Improvement Partner', 'failed to create an environment', 'strategic leadership needs to improve', 'does not currently have the leadership skills']]) },
  { id: 'pas-02', topic: 'passage', packs: ['004'], source: '004:62-69',
    text: 'why is the council closing the old vicarage', expect: answer([['running under capacity', 'too complex', 'not able to meet the needs']]) },
  { id: 'pas-03', topic: 'passage', packs: ['003'], source: '003:275-276',
    text: 'what did the lead member report say about the safety valve', expect: answer(['Safety Valve']) },
  { id: 'pas-04', topic: 'passage', packs: ['003'], source: '003:275', tags: ['abbreviation'],
    text: 'HNB deficit 2021/22', expect: answer(['£20.5m']) },
  { id: 'pas-05', topic: 'passage', packs: ['000'], source: '000:97',
    text: 'how many food parcels did medway deliver in covid', expect: answer(['3,191']) },
  { id: 'pas-06', topic: 'passage', packs: ['000'], source: '000:2558', tags: ['abbreviation', 'typo'],
    text: 'how many homes will the HIF unlock on the hoo peninsular', expect: answer(['12,100']) },
  { id: 'pas-07', topic: 'passage', packs: ['000'], source: '000:2370, 2463, 2488', tags: ['abbreviation'],
    text: 'total BCF pooled budget 2018-19', expect: answer(['24,350,408']) },
  { id: 'pas-08', topic: 'passage', packs: ['000'], source: '000:334', tags: ['typo'],
    text: 'how much emergancy covid grant did medway get from government', expect: answer(['6.628', '7.648']) },
  { id: 'pas-09', topic: 'passage', packs: ['002'], source: '002:261-263',
    text: 'how many care leavers will the new herefordshire accommodation house', expect: answer([['five care leavers', '5 care leavers']]) },
  { id: 'pas-10', topic: 'passage', packs: ['004'], source: '004:611',
    text: 'how many children did the ofsted inspectors flag as at risk', expect: answer(['74', '43']) },
  { id: 'pas-11', topic: 'passage', packs: ['000', '001'], source: '000:424, 001:38', tags: ['abbreviation'],
    text: 'yot partner funding total', expect: answer(['611,589']) },
  { id: 'pas-12', topic: 'passage', packs: ['004'], source: '004:137, 004:1006', tags: ['conflict', 'abbreviation'],
    // The report says 15 to 26 July 2019, the action plan 8 to 26 July 2019: both end on 26 July.
    text: 'when was the medway ILACS inspection', expect: answer(['26 July 2019']) },
  { id: 'pas-13', topic: 'passage', packs: ['002'], source: '002:117',
    text: 'how many looked after children went missing in herefordshire last year', expect: answer(['32']) },
  { id: 'pas-14', topic: 'passage', packs: ['002'], source: '002:119', tags: ['abbreviation'],
    text: 'what % of herefordshire LAC are placed out of county', expect: answer(['23%', '40%']) },
  { id: 'pas-15', topic: 'passage', packs: ['003'], source: '003:162',
    text: 'turnaround programme - how many children is medway funded for', expect: answer(['73']) },
  { id: 'pas-16', topic: 'passage', packs: ['003'], source: '003:309', tags: ['abbreviation'],
    text: 'how many pupils get SEND transport in medway', expect: answer(['1703', '1464']) },
  { id: 'pas-17', topic: 'passage', packs: ['003'], source: '003:213', tags: ['typo'],
    text: 'how did parklands do at its last ofsted inspecton', expect: answer(['June 2022', 'rated good']) },
  { id: 'pas-18', topic: 'passage', packs: ['003'], source: '003:436-437',
    text: 'what is the hybrid model for cyp scrutiny', expect: answer(['hybrid', 'three hours']) },
  { id: 'pas-19', topic: 'passage', packs: ['003'], source: '003:168',
    text: 'how many children in care did medway have in 2022', expect: answer(['450']) },
  { id: 'pas-20', topic: 'passage', packs: ['000'], source: '000:437, 691, 768, 1037, 1045',
    // Any of HMIP's statements about girls: the key finding, the recommendation, the inconsistency, the caseload.
    text: 'what did hmip say about girls',
    expect: answer(['girls', ['evidence-based approach', 'inconsistency in the quality of practice', 'Nineteen per cent', 'allocated to male case managers']]) },
  { id: 'pas-21', topic: 'passage', packs: ['001'], source: '001:49', surface: 'channel',
    text: 'how close was the yot to a good rating', expect: answer([['one point', '1 point']]) },
  { id: 'pas-22', topic: 'passage', packs: ['000'], source: '000:786',
    text: 'how many children did medway yot supervise in 2019', expect: answer(['101']) },
  { id: 'pas-23', topic: 'passage', packs: ['001', '000'], source: '001:37, 000:423', tags: ['abbreviation'],
    text: 'how much does the YJB put into medway yot', expect: answer(['304,366']) },
  { id: 'pas-24', topic: 'passage', packs: ['001'], source: '001:110-115',
    // Signed off by the Improvement Board (25 June) and the YJ Partnership Board (13 July 2020); Cabinet agreed it on 9 June 2020.
    text: 'when was the yot improvement plan signed off', expect: answer([['25 June', '13 July 2020', '9 June 2020']]) },
];
