import { answer, askBack, type EvalQuestion, onDate } from '../question-types';

/** Plan summaries: priorities, counts, the status key in the plan's own words, version and date, owner. */
export const planQuestions: EvalQuestion[] = [
  { id: 'plan-01', topic: 'plan', packs: ['000'], source: '000:1955-1960',
    // The key's symbols were images and are lost; the four labels are the plan's own words.
    text: "what does 'some progress' mean on the yot plan", expect: answer(['Some progress', 'No improvement', 'Good progress', 'Complete']) },
  { id: 'plan-02', topic: 'plan', packs: ['004'], source: '004:1069', tags: ['ocr'],
    // The "A" of the key is a Cyrillic letter in the pack.
    text: 'whats amber mean on the childrens plan', expect: answer(['Limited evidence of progress']) },
  { id: 'plan-03', topic: 'plan', packs: ['004'], source: '004:1067', tags: ['ocr'],
    text: 'what does blue mean in the medway improvement plan', expect: answer(['Action completed']) },
  { id: 'plan-04', topic: 'plan', packs: ['004'], source: '004:1062-1070', tags: ['abbreviation'],
    text: 'RAG key for the childrens services action plan',
    expect: answer(['Action completed', 'Good evidence of progress', 'Limited evidence of progress', 'No evidence of progress']) },
  { id: 'plan-05', topic: 'plan', packs: ['004'], source: '004:1074, 1122, 1151, 1173, 1195',
    text: "what are the priorities in the medway children's improvement plan",
    expect: answer(['Quality and effectiveness of our practice', 'Capacity and capability of our workforce', 'Partnership and Engagement']) },
  { id: 'plan-06', topic: 'plan', packs: ['004'], source: '004:1051',
    text: 'who owns the childrens improvement plan', expect: answer(['Improvement Board']) },
  { id: 'plan-07', topic: 'plan', packs: ['004'], source: '004:948-951',
    text: 'latest version of the childrens services action plan?', expect: answer(['V1.2', onDate(18, 11, 2019)]) },
  { id: 'plan-08', topic: 'plan', packs: ['000'], source: '000:1798-1985', surface: 'channel',
    text: 'tell me about the yot improvement plan', expect: answer(['21']) },
  { id: 'plan-09', topic: 'plan', packs: ['002'], source: '002:851-873',
    text: 'whats the west mercia youth justice delivery plan about', expect: answer(['Our People', 'Our Partnerships', 'Our Governance']) },
  { id: 'plan-10', topic: 'plan', packs: ['000'], source: '000:2502-2528', tags: ['abbreviation'],
    text: 'dtoc plan focus areas', expect: answer(['DIGITAL ROAD MAP', 'CHOICE', 'WORKFORCE DEVELOPMENT']) },
  { id: 'plan-11', topic: 'plan', packs: ['004'], source: '004:1151-1155',
    text: 'who leads priority 3 on the childrens plan', expect: answer(['Chief Executive', "Director of Children's Services"]) },
  { id: 'plan-12', topic: 'plan', packs: ['002'], source: '002:1560', tags: ['abbreviation'],
    text: 'did the exec accept SEND t&f recommendation 1?', expect: answer(['in part']) },
  { id: 'plan-13', topic: 'plan', packs: ['000', '002', '004'], source: 'all packs',
    text: 'what plans do you have', expect: answer(["Children's Services Action Plan", 'West Mercia', 'DToC']) },
  { id: 'plan-14', topic: 'plan', packs: ['004'], source: '004:1074-1213',
    text: 'how many actions are in the medway childrens services action plan', expect: answer(['62']) },
  { id: 'plan-15', topic: 'plan', packs: ['002'], source: '002:728',
    text: 'when was the west mercia delivery plan approved', expect: answer([onDate(24, 5, 2019)]) },
  { id: 'plan-16', topic: 'plan', packs: ['002'], source: '002:896-913', tags: ['hard'],
    // The delivery plan has no RAG column or key: the bot's default scale is not the plan's own words.
    text: 'what does amber mean on the west mercia delivery plan',
    expect: answer([['no status key', 'does not define', "doesn't define", 'defines no', 'not from the source', 'no rag key', 'default']]) },
  { id: 'plan-17', topic: 'plan', packs: ['004', '000', '002'], source: '004:1173, 000:1978, 002:912', tags: ['hard'],
    // Four plans have a priority 4.
    text: "what's in priority 4", expect: askBack() },
  { id: 'plan-18', topic: 'plan', packs: ['002'], source: '002:1786-1805',
    text: 'what did the court judgements task and finish group recommend', expect: answer(['case progression']) },
];
