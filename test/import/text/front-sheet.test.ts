import { describe, expect, it } from 'vitest';
import { readFrontSheet } from '../../../src/import/text/front-sheet';
import { findReportHeaders } from '../../../src/import/text/report-headers';
import { detectCouncil } from '../../../src/import/text/council';
import { seedPack } from './seed-packs';

describe('readFrontSheet', () => {
  it.each([
    ['000', 'Cabinet', '2020-06-09', '15:00', 'Virtual Meeting', 'Wayne Hemingway', '2020-06-05', 5],
    ['002', 'Children and young people scrutiny committee', '2019-09-16', '10:15', 'Committee Room 1 - The Shire Hall, St. Peter\'s Square, Hereford, HR1 2HX', 'Matthew Evans', undefined, 10],
    ['003', 'Children and Young People Overview and Scrutiny Committee', '2023-03-02', '18:30', "St George's Centre, Pembroke Road, Chatham Maritime, Chatham ME4 4UH", 'Stephanie Davis', '2023-02-24', 3],
    ['004', 'Cabinet', '2020-01-14', '15:00', 'Meeting Room 2 - Level 3, Gun Wharf, Dock Road, Chatham ME4 4TR', 'Jade Milnes', '2020-01-10', 3],
  ])('pack %s: %s on %s at %s', (prefix, body, date, time, venue, contact, published, items) => {
    const front = readFrontSheet(seedPack(prefix).lines);
    expect(front).toMatchObject({ body, date, time, venue });
    expect(front?.contact?.name).toBe(contact);
    expect(front?.published).toBe(published);
    expect(front?.agenda).toHaveLength(items);
  });

  it('pack 001 is a report without a front sheet', () => {
    expect(readFrontSheet(seedPack('001').lines)).toBeUndefined();
  });

  it('separates the page column OCR wove into an agenda title (003:17) and flags the repair', () => {
    const front = readFrontSheet(seedPack('003').lines);
    expect(front?.agenda[0]).toMatchObject({ number: '8', title: "Attendance of the Portfolio Holder for Children's Services (Lead Member)", pageFrom: 3, pageTo: 24, line: 17 });
    expect(front?.flags.map((f) => [f.code, f.severity])).toEqual([['agenda-pages-interleaved', 'repaired']]);
  });

  it('keeps the note under an agenda item and ignores the OCR junk "1 - 0)" (004:20)', () => {
    const front = readFrontSheet(seedPack('004').lines);
    expect(front?.agenda[1]).toMatchObject({ number: '5', pageFrom: 7, pageTo: 8, description: 'Addendum report.' });
  });

  it('reads markdown-table page ranges split by <br> (000:17)', () => {
    const item7 = readFrontSheet(seedPack('000').lines)?.agenda.find((i) => i.number === '7');
    expect(item7).toMatchObject({ title: 'S75 Update: Better Care Fund', pageFrom: 99, pageTo: 128 });
  });

  it('never takes odd text for a front sheet', () => {
    expect(readFrontSheet(['Date: sometime', 'Time: 3pm'])).toBeUndefined();
    expect(readFrontSheet([])).toBeUndefined();
  });
});

describe('findReportHeaders', () => {
  it.each([
    ['000', [29, 388, 1989, 2532, 2628]],
    ['001', [3]],
    ['002', [68, 195, 518, 1373, 1518]],
    ['003', [41, 411]],
    ['004', [43, 85, 112]],
  ])('pack %s has report headers at lines %j', (prefix, lines) => {
    expect(findReportHeaders(seedPack(prefix).lines).map((h) => h.line)).toEqual(lines);
  });

  it('reads body, date and title of a capitals header (001:3-7)', () => {
    expect(findReportHeaders(seedPack('001').lines)[0]).toMatchObject({
      body: 'Children and Young People Overview and Scrutiny Committee',
      date: '2020-07-23',
      title: 'HMIP Inspection of Youth Offending Team (YOT)',
      kind: 'report',
    });
  });

  it('reads the minutes heading with its venue and time (002:68)', () => {
    expect(findReportHeaders(seedPack('002').lines)[0]).toMatchObject({ kind: 'minutes', date: '2019-07-15', time: '13:00', venue: "Committee Room 1 - The Shire Hall, St. Peter's Square, Hereford, HR1 2HX" });
  });
});

describe('detectCouncil', () => {
  it.each([
    [['Contact: someone@medway.gov.uk'], 'Medway'],
    [['Herefordshire Council', 'Shropshire Council', 'Herefordshire Council'], 'Herefordshire'],
    [['The Council agreed', 'Full Council'], undefined],
    [['see www.gov.uk and www.nationalarchives.gov.uk'], undefined],
  ])('%j -> %s', (lines, council) => {
    expect(detectCouncil(lines)).toBe(council);
  });
});
