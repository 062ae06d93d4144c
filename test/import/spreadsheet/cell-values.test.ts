import { describe, expect, it } from 'vitest';
import { parseColour, parseComparatorKind, parseFigure, parsePlanKind, parsePolarity, parseYesNo } from '../../../src/import/spreadsheet/cell-values';
import { exactDay, misspeltMonth, parseDay, parseDue } from '../../../src/import/spreadsheet/date-cells';

const text = (t: string) => ({ text: t });

describe('parseFigure', () => {
  it.each<[string, number, boolean]>([
    ['51', 51, false],
    ['51%', 51, true],
    ['51 %', 51, true],
    ['1,234', 1234, false],
    ['-2.5', -2.5, false],
    ['\u22123', -3, false],
    ['0.75', 0.75, false],
    ['.5', 0.5, false],
  ])('reads %j as %d (percent: %s)', (raw, value, percent) => {
    expect(parseFigure(text(raw))).toEqual({ ok: true, value: { value, raw, percent } });
  });

  it.each(['about 50', '50-60', 'To be agreed', '12,34', '%', '1.2.3', '#DIV/0!'])('refuses %j', (raw) => {
    const result = parseFigure(text(raw));
    expect(result).toEqual({ ok: false, message: `'${raw}' is not a number; write the figure alone, e.g. 51 or 51%, or leave the cell blank` });
  });

  it('keeps what Excel knew: a number, and a percentage already scaled', () => {
    expect(parseFigure({ text: '51%', number: 51, percent: true })).toEqual({ ok: true, value: { value: 51, raw: '51%', percent: true } });
    expect(parseFigure(text(''))).toEqual({ ok: true, value: undefined });
  });
});

describe('dates', () => {
  it.each<[string, string | undefined]>([
    ['31/01/2020', '2020-01-31'],
    ['1/2/2020', '2020-02-01'],
    ['31-01-20', '2020-01-31'],
    ['2020-01-31', '2020-01-31'],
    ['29/02/2020', '2020-02-29'],
    ['29/02/2019', undefined],
    ['01/13/2020', undefined],
  ])('exactDay(%j) is %s (UK day first)', (raw, iso) => {
    expect(exactDay(raw)).toBe(iso);
  });

  it.each<[string, string | undefined]>([
    ['Jnauary 2020', 'Jnauary'],
    ['Spetember 2019', 'Spetember'],
    ['Marhc 2020', 'Marhc'],
    ['January 2020', undefined],
    ['Sept 2019', undefined],
    ['Quarterly from June 2020', undefined],
    ['Just after March', undefined],
  ])('misspeltMonth(%j) is %s', (raw, word) => {
    expect(misspeltMonth(raw)).toBe(word);
  });

  it.each([
    ['January 2020', { raw: 'January 2020', date: '2020-01-31', precision: 'month' }],
    ['Ongoing from October 2019', { raw: 'Ongoing from October 2019', from: '2019-10-01', recurrence: 'ongoing' }],
    ['31/01/2020', { raw: '31/01/2020', date: '2020-01-31', precision: 'day' }],
  ])('parseDue(%j) keeps the raw text and what it means', (raw, due) => {
    expect(parseDue(text(raw))).toEqual({ ok: true, value: due });
  });

  it('takes an Excel date cell as an exact day', () => {
    expect(parseDue({ text: '31/03/2025', date: '2025-03-31' })).toEqual({ ok: true, value: { raw: '31/03/2025', date: '2025-03-31', precision: 'day' } });
  });

  it.each(['Jnauary 2020', 'In progress', 'TBC', 'End November'])('refuses a due text with no date, start, recurrence or completion: %j', (raw) => {
    const result = parseDue(text(raw));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(new RegExp(`^'${raw}' is not a date or period we recognise; write e.g. 'January 2020' or '31/01/2020'`));
  });

  it('reads a period end given as a month, and refuses a recurrence there', () => {
    expect(parseDay(text('March 2020'), 'x')).toEqual({ ok: true, value: '2020-03-31' });
    expect(parseDay(text('Quarterly from March 2020'), "'31/03/2020'").ok).toBe(false);
  });
});

describe('words officers choose from', () => {
  it.each([
    ['higher', 'higher-is-better'],
    ['Higher is better', 'higher-is-better'],
    ['LOWER', 'lower-is-better'],
    ['none', 'none'],
    ['', 'unknown'],
  ])('polarity %j is %s', (raw, polarity) => {
    expect(parsePolarity(text(raw))).toEqual({ ok: true, value: polarity });
  });

  it('refuses another polarity word', () => {
    expect(parsePolarity(text('up'))).toEqual({ ok: false, message: "'up' is not one of higher, lower or none (is a higher figure better, a lower one, or neither?)" });
  });

  it.each([
    ['Stat neighbours', '', 'statistical-neighbours'],
    ['', 'England average', 'england'],
    ['', 'Statistical neighbours', 'statistical-neighbours'],
    ['', 'Kent', 'other'],
    ['Family group', 'CIPFA', 'family-group'],
  ])('comparator kind %j with label %j is %s', (kind, label, expected) => {
    expect(parseComparatorKind(kind ? text(kind) : undefined, label)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['blue', '#1F4E9E'],
    ['#abc', '#AABBCC'],
    ['1f4e9e', '#1F4E9E'],
    ['', '#9E9E9E'],
  ])('colour %j is %s', (raw, hex) => {
    expect(parseColour(text(raw))).toEqual({ ok: true, value: hex });
  });

  it('refuses a colour it cannot draw, a kind of plan it does not know, and a yes/no that is neither', () => {
    expect(parseColour(text('mauve-ish')).ok).toBe(false);
    expect(parsePlanKind(text('Delivery plan'))).toEqual({ ok: true, value: 'delivery-plan' });
    expect(parsePlanKind(text('wish list')).ok).toBe(false);
    expect(parseYesNo(text('Y'))).toEqual({ ok: true, value: true });
    expect(parseYesNo(text('maybe')).ok).toBe(false);
  });
});
