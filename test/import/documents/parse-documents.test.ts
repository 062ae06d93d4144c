import { describe, expect, it } from 'vitest';
import { parseDocuments } from '../../../src/import/packs/documents/parse-documents';
import { buildPackText } from '../../../src/import/packs/pack-text';
import { seedPack } from '../text/seed-packs';

function documentOf(prefix: string) {
  const out = parseDocuments(seedPack(prefix));
  expect(out.documents).toHaveLength(1);
  return { doc: out.documents![0]!, flags: out.flags ?? [] };
}

describe('parseDocuments', () => {
  it.each([
    ['000', 'Cabinet – Supplementary agenda No.1', 'Medway', '2020-06-05', 'medway/cabinet/2020-06-09'],
    ['001', 'Children and Young People Overview and Scrutiny Committee, HMIP Inspection of Youth Offending Team (YOT)', 'Medway', '2020-07-23', 'medway/children-and-young-people-overview-and-scrutiny-committee/2020-07-23'],
    ['002', 'Agenda – Children and young people scrutiny committee', 'Herefordshire', '2019-09-16', 'herefordshire/children-and-young-people-scrutiny-committee/2019-09-16'],
    ['003', 'Children and Young People Overview and Scrutiny Committee – Supplementary agenda No.1', 'Medway', '2023-02-24', 'medway/children-and-young-people-overview-and-scrutiny-committee/2023-03-02'],
    ['004', 'Cabinet – Supplementary agenda No.2', 'Medway', '2020-01-10', 'medway/cabinet/2020-01-14'],
  ])('pack %s: "%s"', (prefix, title, council, date, meetingId) => {
    const { doc } = documentOf(prefix);
    expect(doc).toMatchObject({ id: seedPack(prefix).documentId, title, council, date, meetingId, fileName: seedPack(prefix).fileName });
  });

  it('files pack 000 as the front sheet, then each agenda item, its closing blank page apart', () => {
    const { doc, flags } = documentOf('000');
    expect(doc.pages.map((p) => [p.number, p.numberTo, p.lineStart, p.lineEnd])).toEqual([
      [1, 2, 1, 28],
      [3, 21, 29, 383],
      [22, undefined, 384, 387],
      [23, 98, 388, 1988],
      [99, 128, 1989, 2531],
      [129, 133, 2532, 2623],
      [134, undefined, 2624, 2627],
      [135, 159, 2628, 2692],
      [160, undefined, 2693, 2693],
    ]);
    expect(doc.pages[2]?.text).toContain('This page is intentionally left blank');
    expect(doc.pages[1]?.text.startsWith('## **CABINET**')).toBe(true);
    expect(flags).toEqual([]);
  });

  it('covers every line of a pack exactly once', () => {
    for (const prefix of ['000', '002', '003', '004']) {
      const { doc } = documentOf(prefix);
      let next = 1;
      for (const page of doc.pages) {
        expect(page.lineStart).toBe(next);
        next = page.lineEnd + 1;
      }
      expect(next - 1).toBe(seedPack(prefix).lines.length);
    }
  });

  it('merges an agenda item without its own header into the item before, and says so (003 item 9)', () => {
    const { doc, flags } = documentOf('003');
    expect(doc.pages.map((p) => [p.number, p.numberTo])).toEqual([[1, 2], [3, 28], [29, 32]]);
    expect(flags.map((f) => f.code)).toEqual(['agenda-item-not-found']);
    expect(flags[0]?.source?.lineStart).toBe(21);
  });

  it('files a pack with no page structure as one page 1, flagged (001)', () => {
    const { doc, flags } = documentOf('001');
    expect(doc.pages).toHaveLength(1);
    expect(doc.pages[0]).toMatchObject({ number: 1, lineStart: 1, lineEnd: seedPack('001').lines.length });
    expect(flags.map((f) => [f.code, f.severity])).toEqual([['pages-unknown', 'info']]);
  });

  it('gives the Herefordshire items their printed ranges (002)', () => {
    const { doc } = documentOf('002');
    expect(doc.pages.map((p) => [p.number, p.numberTo, p.lineStart])).toEqual([[1, 4, 1], [5, 10, 68], [11, 30, 195], [31, 66, 518], [67, 116, 1373]]);
  });

  it('does not throw on empty text', () => {
    const out = parseDocuments(buildPackText('empty.txt', ''));
    expect(out.documents?.[0]?.pages).toHaveLength(1);
    expect(out.documents?.[0]?.council).toBe('unknown');
  });
});
