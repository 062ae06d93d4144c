import { describe, expect, it } from 'vitest';
import { buildPassageIndex, type LoadedDocument } from '../../../src/services/ask/passage-index';
import { leadInOf, searchPassages } from '../../../src/services/ask/passage-search';
import type { PassageSlot } from '../../../src/nlu/intents';
import { documentOf, pageOf as page, wordSlots as slots } from '../../helpers/passage-documents';

/** List items read with the paragraph they hang from ("...included:"), which says what they are about. */
const lead =
  '5.3 The Council also worked with local charities, faith groups and community groups to provide invaluable support to residents throughout the emergency period. The combined support that these groups provided to over 8,000 residents included:';
const document = documentOf(
  [
    ['## 5. Voluntary sector', '5.2 The cell achieved the following outputs in its first weeks of work across the area, working with NHS partners and staff redeployed from other services.', '- Supported more than 200 residents with prescription collections', '- Linked 46 people with befriending services'].join('\n'),
    ['## 6. Community groups', lead, '- More than 1,000 food parcels', '- 4,000 befriending calls to residents', '- 150 prescriptions collected'].join('\n'),
  ],
  { title: 'Covid response' },
);

describe('list items and their lead-in', () => {
  const index = buildPassageIndex([document]);
  const items = index.passages.find((p) => p.text.includes('150 prescriptions'))!;

  it('finds the paragraph a passage of items hangs from, in the same section', () => {
    expect(items.text.startsWith('- More than')).toBe(true);
    expect(leadInOf(index, items.id)).toBe(lead);
  });

  it('finds none for items after a sentence that introduces nothing, or for a paragraph', () => {
    const other = index.passages.find((p) => p.text.includes('200 residents'))!;
    expect(leadInOf(index, other.id)).toBeUndefined();
    const paragraph = index.passages.find((p) => p.text.startsWith('5.3'))!;
    expect(leadInOf(index, paragraph.id)).toBeUndefined();
  });

  it.each(['prescriptions charities collected', 'prescriptions collected by community groups', 'groups prescriptions'])(
    'reads the lead-in\'s words as the items\' own for "%s"',
    (words) => {
      const [first] = searchPassages(index, slots(words));
      expect(first?.passage.id).toBe(items.id);
      expect(first!.coverage).toBe(1);
    },
  );
});

describe('a list asked for ("what 3 areas")', () => {
  const rated = documentOf(
    [
      ['## Summary', 'This rating was given after the inspectors looked at the service in three areas of its work, called domains.'].join('\n'),
      ['## Background', 'The inspectors rated the service across three broad areas:', '- organisational delivery', '- court disposals', '- out-of-court disposals'].join('\n'),
    ],
    { title: 'Inspection report' },
  );
  const index = buildPassageIndex([rated]);
  const counted = (words: string): PassageSlot[] => slots(words).map((s) => (s.phrases[0]![0] === '3' ? { ...s, phrases: [['3'], ['thre']] } : s));

  it.each(['3 areas inspectors rated service', 'three areas rated', 'areas service rated 3'])('ranks the sentence the list hangs from first for "%s"', (words) => {
    const [first, second] = searchPassages(index, counted(words), { wanted: 'list' });
    expect(first?.sentences[first.focus]).toContain('three broad areas:');
    expect(first!.score - second!.score).toBeGreaterThan(0.03);
  });

  it('ranks them on their words alone when no list is asked for', () => {
    const listed = (hits: ReturnType<typeof searchPassages>) => hits.find((h) => h.passage.text.includes('broad areas'))!.score;
    const plain = searchPassages(index, counted('3 areas inspectors rated service'));
    const asked = searchPassages(index, counted('3 areas inspectors rated service'), { wanted: 'list' });
    expect(listed(asked) - listed(plain)).toBeGreaterThan(0.05);
  });
});

describe('the numbered headings a passage sits under', () => {
  const para = (text: string) => `${text} This was found in most of the cases the inspectors looked at during the fieldwork week, across the service.`;
  const inspection: LoadedDocument = {
    ...document,
    id: 'doc-2',
    pages: [
      page(1, ['### 2. Court disposals', '**2.1. Assessment**', '### **Does assessment keep the child safe?**', para('In six of the ten cases the assessment of safety was clear.')].join('\n')),
      page(2, ['### 3. Out-of-court disposals', '**3.1. Assessment**', '### **Does assessment keep the child safe?**', para('In nine of the twelve cases the assessment of safety was clear.')].join('\n')),
    ],
  };
  const index = buildPassageIndex([inspection]);

  it.each([
    ['court assessment safety', 'six of the ten'],
    ['outofcourt assessment safety', 'nine of the twelve'],
  ])('answers "%s" from the section under the heading it names', (words, expected) => {
    const [first, second] = searchPassages(index, slots(words));
    expect(first?.passage.text).toContain(expected);
    expect(first!.score).toBeGreaterThan(second!.score);
  });
});
