import { answer, askBack, type EvalQuestion, onDate, saysNone } from '../question-types';

/**
 * Action lookups: reference, text, lead(s), due date, status and progress, from Medway's children's
 * services action plan (004), the Medway YOT improvement plan and the DToC plan on a page (000), and
 * Herefordshire's executive responses and the West Mercia delivery plan (002). The eval clock is
 * 2 January 2020, so "is it late" has a fixed answer.
 */
export const actionQuestions: EvalQuestion[] = [
  { id: 'act-01', topic: 'action', packs: ['004'], source: '004:1189',
    text: "who's doing the fostering data action and is it late", expect: answer(['Head of Service, Children in Care', 'February 2020']) },
  { id: 'act-02', topic: 'action', packs: ['004'], source: '004:1095',
    text: "what's action 1.9", expect: answer(['PLO', 'Head of Service, Safeguarding', 'October 2019']) },
  { id: 'act-03', topic: 'action', packs: ['004'], source: '004:1201', tags: ['no-lead', 'hard'],
    // The Lead cell of 5.1 is blank: a right answer says no lead is named and invents none.
    text: 'who leads 5.1 on the childrens improvement plan', expect: answer(['staff engagement strategy', saysNone('lead')]) },
  { id: 'act-04', topic: 'action', packs: ['004'], source: '004:1190-1193', tags: ['ocr', 'hard'],
    // Printed as "\$ 5" in the ref column; 4.9 by its place in the sequence and Appendix B.
    text: 'action 4.9 childrens plan - who and when', expect: answer(['whole service meetings', 'Head of Special Projects (Improvement)', 'November 2019']) },
  { id: 'act-05', topic: 'action', packs: ['004'], source: '004:1128', tags: ['free-text', 'hard'],
    // The only completion signal is the free text "End of September COMPLETED".
    text: 'is 2.1 done? the project team one', expect: answer(['project team', ['completed', 'complete']]) },
  { id: 'act-06', topic: 'action', packs: ['004'], source: '004:1117', tags: ['ocr'],
    // The ref prints as "1. 21 80 51".
    text: 'who leads 1.21', expect: answer(['Virtual School Head', 'March 2020']) },
  { id: 'act-07', topic: 'action', packs: ['004'], source: '004:1096', tags: ['ocr'],
    text: "what's 1. 10 about", expect: answer(['judiciary', 'Quarterly from September 2019']) },
  { id: 'act-08', topic: 'action', packs: ['004'], source: '004:1095', tags: ['period'],
    text: 'is action 1.9 overdue', expect: answer(['October 2019', ['overdue', 'late', 'past its due', 'past due']]) },
  { id: 'act-09', topic: 'action', packs: ['004'], source: '004:1211',
    text: 'bright spots survey - who is running it and when', expect: answer(['Head of Special Projects (Improvement)', 'October to December 2019']) },
  { id: 'act-10', topic: 'action', packs: ['004'], source: '004:1148',
    text: 'separate care leavers service / 16+ team action - lead and timescale', expect: answer(['Head of Service, Children in Care', 'Decision by January 2020']) },
  { id: 'act-11', topic: 'action', packs: ['004'], source: '004:1102',
    text: 'life story work action', expect: answer(['Fostering Manager', 'March 2020']) },
  { id: 'act-12', topic: 'action', packs: ['004'], source: '004:1212',
    text: "who's doing the virtual schools strategy and when's it due", expect: answer(['Virtual School Head', 'Termly']) },
  { id: 'act-13', topic: 'action', packs: ['004'], source: '004:1082', surface: 'channel',
    text: 'signs of safety action in medway - when is it due', expect: answer(['January 2020', 'Signs of Safety']) },
  { id: 'act-14', topic: 'action', packs: ['004'], source: '004:1204-1207', tags: ['abbreviation'],
    text: 'who is responsible for reviewing health commissioning for CiC and care leavers', expect: answer(['Director of Public Health', 'December 2019']) },
  { id: 'act-15', topic: 'action', packs: ['000'], source: '000:1966-1968', tags: ['abbreviation'],
    text: 'yot plan 2C - who is leading the partnership resourcing review', expect: answer(['YJPB', 'Head Of Service', 'September 2020']) },
  { id: 'act-16', topic: 'action', packs: ['000'], source: '000:1978',
    text: 'who is doing the needs audit of girls in the yot', expect: answer(['Information officer', 'September 2020']) },
  { id: 'act-17', topic: 'action', packs: ['000'], source: '000:1969-1973', tags: ['abbreviation', 'hard'],
    // Priority 3's lead is given once, in the continuation row after the page break.
    text: 'MAPPA screening action - who and by when', expect: answer(['Operational Manager and Practice Manager', 'September 2020']) },
  { id: 'act-18', topic: 'action', packs: ['000'], source: '000:2510', tags: ['abbreviation'],
    text: 'dtoc trusted assessment process - who owns it', expect: answer(['PROGRAMME MANAGER - PMO', 'SEPTEMBER 2017']) },
  { id: 'act-19', topic: 'action', packs: ['002'], source: '002:1640', tags: ['abbreviation'],
    text: 'SENDIASS all-member seminar - who is organising it', expect: answer(['Manager Democratic Services', 'December 2019']) },
  { id: 'act-20', topic: 'action', packs: ['002'], source: '002:1668',
    text: 'when will the autism training in herefordshire be done', expect: answer([['Dec 2022', 'December 2022'], 'Head of Additional Needs']) },
  { id: 'act-21', topic: 'action', packs: ['002'], source: '002:1842', tags: ['free-text'],
    text: 'how is the otter training going', expect: answer(['staggered approach', onDate(31, 7, 2019)]) },
  { id: 'act-22', topic: 'action', packs: ['002'], source: '002:1805', tags: ['free-text'],
    text: 'another case progression officer - what happened', expect: answer(['Business case', 'Director of children and families']) },
  { id: 'act-23', topic: 'action', packs: ['002'], source: '002:904', tags: ['abbreviation'],
    text: 'wmyjs 2.3.3', expect: answer(['pre-court decision making protocol', 'West Mercia Police']) },
  { id: 'act-24', topic: 'action', packs: ['002'], source: '002:1738-1740', tags: ['abbreviation'],
    text: 'who is linking the PRU with employers through the CEC', expect: answer(['CEC Enterprise Co-ordinator', 'September 2019']) },
  { id: 'act-25', topic: 'action', packs: ['002'], source: '002:1799', tags: ['free-text'],
    text: 'mandatory corporate parenting training for councillors - progress?', expect: answer(['Director of children and families', 'induction']) },
  { id: 'act-26', topic: 'action', packs: ['000'], source: '000:2508, 000:2512', tags: ['hard'],
    // Two actions match equally: "develop" (3.1) and "mobilise" (4.1) the community assessment hub.
    text: 'who is leading the community assessment hub', expect: askBack() },
  { id: 'act-27', topic: 'action', packs: ['004', '000', '002'], source: '004:1080, 000:2503, 002:1562', tags: ['hard'],
    // Four plans have an action 1.1: ask which one.
    text: 'action 1.1', expect: askBack() },
];
