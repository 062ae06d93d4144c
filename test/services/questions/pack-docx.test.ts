import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Question, QuestionWindow } from '../../../src/domain/questions';
import { buildPack } from '../../../src/domain/questions-pack';
import { packDocx } from '../../../src/services/questions/pack-docx';

const window: QuestionWindow = {
  id: 'w1',
  meeting: { id: 'm1', origin: 'created', body: 'Children and Young People Overview and Scrutiny Committee', date: '2026-04-09', time: '18:30', agenda: [{ number: '8', title: 'Portfolio Holder' }, { number: '9', title: 'Sufficiency Strategy' }] },
  rule: { kind: 'clear-working-days', days: 3, time: '17:00' },
  deadline: '2026-04-01T16:00:00.000Z',
  maxPerMember: 2,
  maxLength: 1000,
  openedBy: { name: 'Chair' },
  openedAt: '2026-03-20T10:00:00.000Z',
  version: 1,
};
const q = (n: number, agendaItem: string, over: Partial<Question> = {}): Question => ({
  id: `q${n}`, windowId: 'w1', number: n, agendaItem, text: `Question number ${n} <about> "care" & placements?`, askers: [{ name: `Cllr ${n}` }],
  status: 'accepted', late: false, receivedAt: `2026-03-2${n}T10:00:00.000Z`, updatedAt: '2026-03-29T10:00:00.000Z', similar: [], version: 1, ...over,
});

/** The paragraphs of a .docx, as text, in order. */
async function paragraphs(docx: Buffer): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
  );
}

describe('the question pack in Word', () => {
  it('has a heading per agenda item, the questions numbered in order, who asks, and the approved answer', async () => {
    const pack = buildPack(window, [
      q(1, '9', { askers: [{ name: 'Cllr Jane Example' }, { name: 'Cllr Mo Member' }], putTo: 'the Portfolio Holder', answer: { officer: { name: 'Sam' }, due: '2026-04-07', status: 'approved', text: 'A net gain of 6.\nSecond line.' } }),
      q(2, '8'),
      q(3, '9', { late: true }),
    ]);
    const docx = await packDocx(pack);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect((await paragraphs(docx)).filter(Boolean)).toEqual([
      'Questions: Children and Young People Overview and Scrutiny Committee, Thursday 9 April 2026',
      'at 18:30',
      'Item 8: Portfolio Holder',
      'Question 1 (Q2)',
      'From Cllr 2',
      'Question number 2 <about> "care" & placements?',
      'Item 9: Sufficiency Strategy',
      'Question 2 (Q1)',
      'From Cllr Jane Example and Cllr Mo Member to the Portfolio Holder',
      'Question number 1 <about> "care" & placements?',
      'Answer',
      'A net gain of 6.',
      'Second line.',
      'Question 3 (Q3)',
      'From Cllr 3 (received after the deadline, accepted by the chair)',
      'Question number 3 <about> "care" & placements?',
    ]);
  });
});

describe('typed characters in the Word pack', () => {
  it('shows no control, direction-override or zero-width character stored before input was cleaned', async () => {
    const raw = 'Why\u0007 is \u202Eexe.txt\u202C late\u200B? \u2066x\u2069';
    const pack = buildPack(window, [q(1, '9', { text: raw, putTo: 'the \u202EHolder', answer: { officer: { name: 'Sam' }, due: '2026-04-07', status: 'approved', text: 'Six\u0000.' } })]);
    const xml = await (await JSZip.loadAsync(await packDocx(pack))).file('word/document.xml')!.async('string');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u200b\u202a-\u202e\u2066-\u2069]/);
    expect((await paragraphs(await packDocx(pack))).filter(Boolean)).toEqual(expect.arrayContaining(['Why is exe.txt late? x', 'Six.']));
  });
});
