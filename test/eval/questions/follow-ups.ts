import { answer, atTime, type EvalQuestion, onDate } from '../question-types';

/**
 * Follow-ups: a question, then a short one in the same conversation that keeps the subject
 * ("and the target?"). Each conversation's turns are asked in this order.
 */
const late = ['overdue', 'late', 'past its due', 'past due'];

export const followUpQuestions: EvalQuestion[] = [
  { id: 'fu-01', conversation: 'plo', topic: 'indicator', packs: ['004'], source: '004:1095', tags: ['abbreviation'],
    text: 'whats the plo figure', expect: answer(['38 weeks']) },
  { id: 'fu-02', conversation: 'plo', topic: 'indicator', packs: ['004'], source: '004:1095', tags: ['follow-up'],
    text: 'and the target?', expect: answer(['16 weeks']) },

  { id: 'fu-03', conversation: 'adoption', topic: 'indicator', packs: ['004'], source: '004:1101',
    text: 'adoption timeliness medway', expect: answer(['578']) },
  { id: 'fu-04', conversation: 'adoption', topic: 'indicator', packs: ['004'], source: '004:1101', tags: ['follow-up'],
    text: 'how does that compare nationally?', expect: answer(['486']) },

  { id: 'fu-05', conversation: 'hfd-fte', topic: 'indicator', packs: ['002'], source: '002:591-593', tags: ['abbreviation'],
    text: 'herefordshire fte rate', expect: answer(['338']) },
  { id: 'fu-06', conversation: 'hfd-fte', topic: 'indicator', packs: ['002'], source: '002:593, 002:1053', tags: ['follow-up', 'conflict', 'hard'],
    // The cover report compares with England 255, the plan with a national 250: show both.
    text: 'how does that compare nationally?', expect: answer(['255', '250']) },
  { id: 'fu-07', conversation: 'hfd-fte', topic: 'indicator', packs: ['002'], source: '002:593', tags: ['follow-up'],
    text: 'and west mercia?', expect: answer(['294']) },

  { id: 'fu-08', conversation: 'med-plan', topic: 'plan', packs: ['004'], source: '004:942-1213',
    text: "tell me about the medway children's services action plan", expect: answer(['62']) },
  { id: 'fu-09', conversation: 'med-plan', topic: 'list', packs: ['004'], source: '004:1185, 1189', tags: ['follow-up', 'period'],
    // On 2 January 2020 only 4.4 (decision by end of December 2019) is overdue in priority 4; 4.8 is due February 2020.
    text: 'anything overdue in priority 4', expect: answer(['4.4'], ['4.8']) },
  { id: 'fu-10', conversation: 'med-plan', topic: 'plan', packs: ['004'], source: '004:1069', tags: ['follow-up'],
    text: 'what does amber mean on it', expect: answer(['Limited evidence of progress']) },

  { id: 'fu-11', conversation: 'wm-reoffending', topic: 'indicator', packs: ['002'], source: '002:808-810',
    text: 'west mercia reoffending rate', expect: answer([['33.4%', '3.23']]) },
  { id: 'fu-12', conversation: 'wm-reoffending', topic: 'indicator', packs: ['002'], source: '002:808-810', tags: ['follow-up'],
    text: 'and the statistical neighbour?', expect: answer([['38.3%', '3.95']]) },

  { id: 'fu-13', conversation: 'action-1-9', topic: 'action', packs: ['004'], source: '004:1095',
    text: 'who leads 1.9', expect: answer(['Head of Service, Safeguarding']) },
  { id: 'fu-14', conversation: 'action-1-9', topic: 'action', packs: ['004'], source: '004:1095', tags: ['follow-up', 'period'],
    text: 'is it late?', expect: answer([late]) },
  { id: 'fu-15', conversation: 'action-1-9', topic: 'indicator', packs: ['004'], source: '004:1095', tags: ['follow-up'],
    text: 'and the target?', expect: answer(['16 weeks']) },

  { id: 'fu-16', conversation: 'medway-fte', topic: 'indicator', packs: ['000'], source: '000:804-806',
    text: 'medway first time entrants rate', expect: answer(['226']) },
  { id: 'fu-17', conversation: 'medway-fte', topic: 'indicator', packs: ['000'], source: '000:804-806', tags: ['follow-up'],
    text: 'what about the south east?', expect: answer(['157']) },

  { id: 'fu-18', conversation: 'telford-custody', topic: 'indicator', packs: ['002'], source: '002:1220',
    text: 'telford custody rate', expect: answer(['0.12']) },
  { id: 'fu-19', conversation: 'telford-custody', topic: 'indicator', packs: ['002'], source: '002:1220', tags: ['follow-up'],
    text: 'compared to the year before?', expect: answer(['0.18']) },

  { id: 'fu-20', conversation: 'cabinet-june', topic: 'meeting', packs: ['000'], source: '000:5-19', surface: 'channel',
    text: 'medway cabinet 9 june 2020 agenda', expect: answer(['COVID-19 Response']) },
  { id: 'fu-21', conversation: 'cabinet-june', topic: 'meeting', packs: ['000'], source: '000:21', surface: 'channel', tags: ['follow-up'],
    text: "who's the contact?", expect: answer(['Wayne Hemingway']) },

  { id: 'fu-22', conversation: 'agency-typo', topic: 'indicator', packs: ['004'], source: '004:1134', tags: ['typo'],
    text: 'wat is the agnecy social wrker rate', expect: answer(['34.6%']) },
  { id: 'fu-23', conversation: 'agency-typo', topic: 'indicator', packs: ['004'], source: '004:1134', tags: ['follow-up'],
    text: 'target?', expect: answer(['20%']) },

  { id: 'fu-24', conversation: 'hfd-next', topic: 'meeting', packs: ['002'], source: '002:1541', tags: ['abbreviation'],
    text: 'when does hfd cyp scrutiny meet next', expect: answer([onDate(20, 1, 2020)]) },
  { id: 'fu-25', conversation: 'hfd-next', topic: 'meeting', packs: ['002'], source: '002:1541', tags: ['follow-up'],
    text: 'what time?', expect: answer([atTime(10, 15)]) },
];
