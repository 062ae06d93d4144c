import { type Dataset, emptyDataset } from '../../src/domain/model';

/** A small, hand-written dataset in the shape the importers produce, for store and service tests. */
export function sampleDataset(documentId = 'doc-a'): Dataset {
  const source = { documentId, lineStart: 10, lineEnd: 12 };
  const scale = {
    id: 'rag-bgar',
    name: 'RAG',
    levels: [
      { code: 'R', label: 'Red', meaning: 'No evidence of progress', colour: '#FF0000', rank: 0 },
      { code: 'A', label: 'Amber', meaning: 'Limited evidence of progress', colour: '#FFC000', rank: 1 },
      { code: 'G', label: 'Green', meaning: 'Good evidence of progress', colour: '#00B050', rank: 2 },
      { code: 'B', label: 'Blue', meaning: 'Action completed', colour: '#0070C0', rank: 3, complete: true },
    ],
  };
  return {
    ...emptyDataset(),
    documents: [
      {
        id: documentId,
        council: 'Sample',
        title: 'Sample pack',
        fileName: `${documentId}.txt`,
        pages: [
          { number: 1, lineStart: 1, lineEnd: 20, text: 'Front sheet' },
          { number: 2, numberTo: 5, lineStart: 21, lineEnd: 40, text: 'The plan' },
        ],
      },
    ],
    plans: [
      {
        id: 'sample/plan',
        council: 'Sample',
        kind: 'improvement-plan',
        name: 'Sample Improvement Plan',
        aliases: ['the plan'],
        versions: [{ version: '1.0', date: '2019-10-16' }],
        scale,
        priorities: [{ number: '1', title: 'Practice', lead: 'Assistant Director' }],
        source,
        flags: [],
      },
    ],
    actions: ['1.1', '1.2'].map((ref) => ({
      id: `sample/plan#${ref}`,
      planId: 'sample/plan',
      priority: '1',
      ref,
      text: `Action ${ref}`,
      leads: ['Head of Service'],
      partners: [],
      due: { raw: 'January 2020', date: '2020-01-31' },
      recommendationRefs: ['3'],
      source,
      flags: [],
    })),
    indicators: [
      {
        id: 'sample/sample/weeks-in-plo',
        name: 'Number of weeks in PLO',
        aliases: ['PLO'],
        unit: 'weeks',
        polarity: 'lower-is-better',
        polarityReason: { source: 'plan', detail: "'minimise delays'" },
        targetState: 'set',
        area: 'Sample',
        planId: 'sample/plan',
        actionRef: '1.1',
        values: [{ value: 38, raw: '38 weeks', period: 'last six months' }],
        targets: [{ value: 16, raw: '16 weeks' }],
        comparators: [],
        source,
        flags: [],
      },
    ],
    meetings: [
      {
        id: 'sample/cyp-os/2023-03-02',
        council: 'Sample',
        body: 'Children and Young People Overview and Scrutiny Committee',
        date: '2023-03-02',
        time: '18:30',
        venue: 'Town Hall',
        membership: [],
        agenda: [{ number: '8', title: 'Lead Member report', pageFrom: 3, pageTo: 24 }],
        source,
        flags: [],
      },
    ],
    glossary: [{ term: 'PLO', expansion: 'Public Law Outline', source }],
    reports: [
      {
        id: 'sample/report/cabinet/2023-03-02/fostering-review',
        council: 'Sample',
        title: 'Fostering Review',
        body: 'Cabinet',
        date: '2023-03-02',
        people: [{ name: 'Sam Green', role: 'Head of Fostering', as: 'author', line: 9 }],
        purpose: { text: 'This report sets out the fostering review.', lineStart: 12, lineEnd: 12, page: 3 },
        recommendations: [{ text: '2.1 The Cabinet is asked to agree the review.', lineStart: 15, lineEnd: 15 }],
        pages: { from: 3, to: 5 },
        sections: [{ heading: '1. Background', page: 4, line: 20 }],
        source: { ...source, lineStart: 5, lineEnd: 30 },
      },
    ],
  };
}
