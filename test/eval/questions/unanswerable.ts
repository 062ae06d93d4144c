import { askBack, type EvalQuestion, notFound } from '../question-types';

/**
 * Questions the packs cannot answer (the right reply says so and shows no figure), and questions that
 * match several things about equally (the right reply asks which one, with choices).
 */
export const unanswerableQuestions: EvalQuestion[] = [
  { id: 'nf-01', topic: 'indicator', packs: [], text: "what's the pothole repair rate in medway", expect: notFound() },
  { id: 'nf-02', topic: 'indicator', packs: ['000'], source: '000:812-814', tags: ['hard'],
    // Kent appears only as a comparator for the BME share; no Kent FTE figure exists.
    text: "kent's first time entrants rate", expect: notFound(['226', '157', '294']) },
  { id: 'nf-03', topic: 'indicator', packs: [], tags: ['typo'], text: 'bin colection satisfaction herefordshire', expect: notFound() },
  { id: 'nf-04', topic: 'passage', packs: ['002'], source: '002:1533', tags: ['hard'],
    // The work programme mentions the June 2018 ILACS judgement but never says what it was.
    text: "what was herefordshire's ofsted ILACS judgement in june 2018", expect: notFound(['inadequate', 'requires improvement to be good']) },
  { id: 'nf-05', topic: 'meeting', packs: ['004'], source: '004:1051', tags: ['hard'],
    // The Improvement Board meets monthly; no date is given.
    text: 'when does the improvement board meet next', expect: notFound() },
  { id: 'nf-06', topic: 'indicator', packs: [], text: 'library visitor numbers medway 2019', expect: notFound() },
  { id: 'nf-07', topic: 'indicator', packs: [], text: 'council tax collection rate herefordshire', expect: notFound() },
  { id: 'nf-08', topic: 'action', packs: [], text: "who's leading the new leisure centre action", expect: notFound() },
  // Added with the passage search (issue 4): places the data holds nothing for, and subjects the papers
  // mention without the figure asked for.
  { id: 'nf-09', topic: 'passage', packs: [], text: "surrey's youth justice budget", expect: notFound() },
  { id: 'nf-10', topic: 'passage', packs: [], text: "what did ofsted say about birmingham's children's services", expect: notFound() },
  { id: 'nf-11', topic: 'passage', packs: ['000'], source: '000:170', tags: ['hard'],
    // Libraries closed under Government advice; the papers give no number.
    text: 'how many libraries closed in medway during covid', expect: notFound() },
  { id: 'nf-12', topic: 'passage', packs: [], text: 'how many potholes did herefordshire fix last year', expect: notFound() },
  { id: 'nf-13', topic: 'passage', packs: ['000'], source: '000:153', tags: ['hard'],
    // Waste and recycling collections continued; no recycling rate is given.
    text: 'what is the recycling rate in medway', expect: notFound() },
  { id: 'nf-14', topic: 'passage', packs: [], text: 'when did medway open its new swimming pool', expect: notFound() },
  { id: 'nf-15', topic: 'passage', packs: ['000'], source: '000:97', tags: ['hard'],
    // Food parcels were Medway's Covid response; the Herefordshire pack has nothing on them.
    text: 'how many food parcels did herefordshire deliver in covid', expect: notFound(['3,191']) },
  { id: 'nf-16', topic: 'passage', packs: ['000'], source: '000:165-166', tags: ['hard'],
    // Marriages were stopped and the marriage room converted; no number of marriages is given.
    text: 'how many marriages did the medway register office hold during covid', expect: notFound() },
  { id: 'nf-17', topic: 'passage', packs: [], text: "what is herefordshire's budget for potholes", expect: notFound() },
  { id: 'nf-18', topic: 'passage', packs: [], text: 'how many young people in kent received youth justice sanctions in 2018', expect: notFound(['224', '100']) },
  { id: 'nf-19', topic: 'passage', packs: ['003'], source: '003:100-101', tags: ['hard'],
    // Recruiting foster carers is "very challenging"; no number recruited is given.
    text: 'how many foster carers did medway recruit in 2023', expect: notFound() },
  { id: 'nf-20', topic: 'passage', packs: ['000'], source: '000:211-213', tags: ['hard'],
    // Council tax hardship funding is given; no council tax rate.
    text: "what is medway's council tax rate for 2020", expect: notFound() },
  { id: 'ab-01', topic: 'indicator', packs: ['000', '002'], source: '000:804, 002:1053-1283', tags: ['abbreviation'],
    // Six areas have a first time entrants rate.
    text: 'fte rate', expect: askBack() },
  { id: 'ab-02', topic: 'indicator', packs: ['000', '002'], source: '000:807, 002:598-1311',
    text: 'reoffending rate', expect: askBack() },
  { id: 'ab-03', topic: 'indicator', packs: ['002'], source: '002:596-1298',
    text: 'use of custody', expect: askBack() },
  { id: 'ab-04', topic: 'action', packs: ['004', '000', '002'], source: '004:1128, 000:2507, 002:1572, 002:1799',
    text: 'who leads action 2.1', expect: askBack() },
];
