import { answer, type EvalQuestion } from '../question-types';

/**
 * Lists and filters: overdue (the eval clock is 2 January 2020), due in a month or by a date, by lead
 * role or named person, under a priority or recommendation, without a target, by status. Long lists
 * page, so expectations name the count or the items a first page must show.
 */
const none = ['no overdue', 'none', 'nothing', '0 overdue', 'no actions', 'not overdue'];

export const listQuestions: EvalQuestion[] = [
  { id: 'list-01', topic: 'list', packs: ['000'], source: '000:1963-1985', tags: ['period'],
    // Every action is due September 2020: nothing is overdue on 2 January 2020.
    text: 'anything overdue on the yot plan?', expect: answer([none]) },
  { id: 'list-02', topic: 'list', packs: ['004'], source: '004:1081, 1087, 1189', tags: ['period'],
    text: "what's due in february on the childrens plan", expect: answer(['1.2', '1.5', '4.8']) },
  { id: 'list-03', topic: 'list', packs: ['004'], source: '004:1117, 1210, 1212', tags: ['typo'],
    text: 'actions led by the virtual scool head', expect: answer(['1.21', '5.7', '5.9']) },
  { id: 'list-04', topic: 'list', packs: ['004'], source: '004:1129-1136', tags: ['abbreviation'],
    text: "what's the HR business partner leading", expect: answer(['2.2', '2.3', '2.4', '2.5']) },
  { id: 'list-05', topic: 'list', packs: ['004'], source: '004:1204',
    text: 'what is the director of public health leading', expect: answer(['5.4']) },
  { id: 'list-06', topic: 'list', packs: ['004'], source: '004:1308 (Kelly Cogger), 004:1083-1087', tags: ['directory'],
    text: 'what actions is kelly cogger responsible for', expect: answer(['1.4', '1.5']) },
  { id: 'list-07', topic: 'list', packs: ['004'], source: '004:1315 (Becky Cooper), 004:1180-1185', tags: ['directory'],
    text: 'what is becky cooper down for', expect: answer(['4.1', '4.2', '4.3']) },
  { id: 'list-08', topic: 'list', packs: ['004'], source: 'seeds/people.sample.csv (Sam Officer), 004:1095-1097', tags: ['directory'],
    text: "what's sam officer leading", expect: answer(['1.9', '1.11']) },
  { id: 'list-09', topic: 'list', packs: ['004'], source: '004:1276-1277', tags: ['abbreviation'],
    text: 'actions under ofsted recommendation 9', expect: answer(['5.4']) },
  { id: 'list-10', topic: 'list', packs: ['004'], source: '004:1260-1262',
    text: 'which actions deal with ofsted rec 7 - children going missing', expect: answer(['1.7', '1.22']) },
  { id: 'list-11', topic: 'list', packs: ['004'], source: '004:1080-1213', tags: ['period', 'hard'],
    // 15 actions have a certain due date before 2 January 2020; 2.1 is marked COMPLETED.
    text: 'overdue actions on the childrens improvement plan', expect: answer(['15', '1.9']) },
  { id: 'list-12', topic: 'list', packs: ['002'], source: '002:912', tags: ['abbreviation'],
    text: 'how many actions has the west mercia plan got under governance', expect: answer(['7', 'Governance']) },
  { id: 'list-13', topic: 'list', packs: ['004'], source: '004:1127-1149',
    text: 'list the priority 2 actions on the childrens plan', expect: answer(['12', '2.1']) },
  { id: 'list-14', topic: 'list', packs: ['002'], source: '002:1838-1842', tags: ['period'],
    text: 'which court judgements actions were due by end of april 2019',
    expect: answer(['effectiveness of Otter', 'identify staff', 'Information Governance'], ['Schedule training']) },
  { id: 'list-15', topic: 'list', packs: ['004'], source: '004:1128', tags: ['free-text', 'hard'],
    text: 'which medway childrens improvement plan actions are complete', expect: answer(['2.1']) },
  { id: 'list-16', topic: 'list', packs: ['004'], source: '004:1062-1213', tags: ['hard'],
    // No action in the plan has a RAG rating filled in.
    text: 'any red actions on the childrens plan?', expect: answer([['no actions', 'none', 'not rated', 'no rag', 'no status', '0 actions', 'no red', 'not been rated']]) },
  { id: 'list-17', topic: 'list', packs: ['002'], source: '002:1605, 1711, 1721-1722, 1781-1782', surface: 'groupChat',
    text: "what's the principal educational psychologist got on", expect: answer(['graduated response']) },
  { id: 'list-18', topic: 'list', packs: ['002'], source: '002:1572-1660', tags: ['period', 'abbreviation'],
    // Seven SEND actions fell due before 2 January 2020; the autism training (Dec 2022) is not one.
    text: 'whats overdue on the SEND action plan', expect: answer(['7', 'e-bulletins'], ['Autism training']) },
  { id: 'list-19', topic: 'list', packs: ['000'], source: '000:2512-2516', tags: ['abbreviation'],
    text: 'list the dtoc actions for community services', expect: answer(['ART INTEGRATION', 'MOBILISE COMMUNITY ASSESSMENT HUB']) },
  { id: 'list-20', topic: 'list', packs: ['004'], source: '004:1108, 1103, 1110', tags: ['period', 'hard'],
    // Q2 of 2020/21 is July to September 2020: only 1.15 (September 2020); 1.17 is October, 1.14 December.
    text: "what's due in Q2 2020/21 on the childrens improvement plan", expect: answer(['1.15'], ['1.17', '1.14']) },
  { id: 'list-21', topic: 'list', packs: ['000'], source: '000:1963-1985', tags: ['period'],
    text: 'which yot plan actions are due by the end of september 2020', expect: answer(['21']) },
  { id: 'list-22', topic: 'list', packs: ['004'], source: '004:1083, 1087',
    text: 'which measures on the childrens plan have no target', expect: answer(['Early Help contacts']) },
  { id: 'list-23', topic: 'list', packs: ['000'], source: '000:1969-1973', surface: 'channel',
    text: 'actions for priority 3 of the yot improvement plan', expect: answer(['8', 'MAPPA']) },
  { id: 'list-24', topic: 'list', packs: ['002'], source: '002:1758-1768', tags: ['hard'],
    text: 'which PRU recommendations did the executive reject', expect: answer(['Earl Mortimer', 'cost-benefit']) },
  { id: 'list-25', topic: 'list', packs: ['004'], source: '004:1082-1088', tags: ['period'],
    text: "what's due this month on the childrens plan", expect: answer(['1.3', '1.4']) },
  { id: 'list-26', topic: 'list', packs: ['004'], source: '004:1165-1166',
    text: 'show me everything the lead member is doing on the childrens improvement plan', expect: answer(['3.6', '3.7']) },
];
