import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRecommendationTracker } from '../../../src/import/packs/executive-response/parse-recommendation-tracker';
import type { PackText } from '../../../src/import/packs/types';

function packOf(file: string, council = 'Herefordshire'): PackText {
  const text = readFileSync(`seeds/packs/${file}`, 'utf8');
  return { documentId: file, fileName: file, lines: text.split('\n'), council, pageOfLine: () => undefined };
}

const pack = packOf('002_c981c68784b9b68c.txt');
const recs = parseRecommendationTracker(pack).recommendations ?? [];
const corporate = recs.filter((r) => r.body.includes('Corporate Parenting'));
const fostering = recs.filter((r) => r.body.includes('Fostering'));

describe('recommendation tracker (pack 002, appendix g)', () => {
  it('reads the 5 + 4 resolutions of the two items as scrutiny recommendations', () => {
    expect(recs).toHaveLength(9);
    expect(corporate).toHaveLength(5);
    expect(fostering).toHaveLength(4);
    expect(recs.every((r) => r.kind === 'scrutiny' && r.council === 'Herefordshire')).toBe(true);
    expect(corporate[0]?.body).toBe(
      'Children and Young People Scrutiny Committee, 15 July 2017: Corporate Parenting Annual Update – 2018/2019',
    );
    expect(new Set(recs.map((r) => r.id)).size).toBe(9);
  });

  it.each([
    [corporate, '1', 'A briefing note is provided concerning the multiagency panel relating to looked after children mental health services;'],
    [corporate, '5', 'A briefing note is provided on SHYPP referral levels.'],
    [fostering, '3', 'A letter is sent to the Wye Valley Trust (WVT) to request details of the provision of occupational therapists in Herefordshire; and'],
  ])('resolution %#: number %s reads its text', (list, number, text) => {
    expect(list.find((r) => r.number === number)?.text).toBe(text);
  });

  it('joins the resolution cut by the page break', () => {
    expect(fostering[0]?.text).toBe(
      "The achievements in the adoption annual report and the compliments in the fostering report are recognised and the officers working in those teams and carers of the council's looked after children are commended;",
    );
    expect(fostering[0]?.source).toMatchObject({ lineStart: 1949, lineEnd: 1960 });
  });

  it('keeps the actions recorded for each item as progress (the Status column is empty)', () => {
    expect(corporate[2]?.progress).toBe('Response circulated on 31 July. Letter sent to CCG on 31 July.');
    expect(fostering[3]?.progress).toBe('Foster carers training programme circulated on 31 July. Letter sent to WVT on 31 July.');
  });

  it('flags the meeting date that is earlier than the item it records', () => {
    expect(recs.every((r) => r.flags.some((f) => f.code === 'tracker-date-inconsistent' && f.severity === 'ambiguous'))).toBe(true);
    expect(recs.some((r) => r.flags.some((f) => f.code === 'tracker-text-outside-table'))).toBe(false);
  });

  it.each(['000_ad444b67b5fc2cda.txt', '001_4cc41449b754ee5d.txt', '003_dc6bdf29f61919ae.txt', '004_7add0319b591a1f2.txt'])(
    'returns {} on %s',
    (file) => {
      expect(parseRecommendationTracker(packOf(file, 'Medway'))).toEqual({});
    },
  );
});
