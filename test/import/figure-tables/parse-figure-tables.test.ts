import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../src/domain/model';
import { parseFigureTables } from '../../../src/import/packs/figure-tables/parse-figure-tables';
import { buildPackText } from '../../../src/import/packs/pack-text';

const read = (file: string): Indicator[] => parseFigureTables(buildPackText(file, readFileSync(`seeds/packs/${file}`, 'utf8'))).indicators ?? [];
const named = (list: Indicator[], name: string) => list.find((i) => i.name === name);
const yot = read('001_4cc41449b754ee5d.txt');
const hereford = read('002_c981c68784b9b68c.txt');
const commissioner = read('004_7add0319b591a1f2.txt');

describe('money and count tables (seed packs)', () => {
  it('reads the Medway YOT delegated funds by partner, the YJB grant and the total, in pounds, cited to their lines', () => {
    const yjb = named(yot, 'Delegated Funds from Partner Agencies: YJB');
    expect(yjb).toMatchObject({ unit: '£', area: 'Medway', polarity: 'none', table: { title: 'Delegated Funds from Partner Agencies', role: 'row' } });
    expect(yjb?.values[0]).toMatchObject({ value: 304366, raw: '£304,366', source: { lineStart: 37 } });
    const total = named(yot, 'Delegated Funds from Partner Agencies: Total');
    expect(total?.table?.role).toBe('total');
    expect(total?.values[0]?.value).toBe(611589);
    expect(total?.values[0]?.parts?.map((p) => [p.label, p.value])).toEqual([
      ['OPCC', 90353], ['Probation', 2500], ['Health (Public Health)', 56000], ['Local Authority', 158370], ['YJB', 304366],
    ]);
    expect(total?.flags).toEqual([]);
    expect(named(yot, 'Delegated Funds from Partner Agencies: Other: NHS for restorative justice programme/ training')?.values[0]?.value).toBe(25000);
  });

  // 004:720-735: a staffing table with no heading of its own, printed in the report's section "14. Staffing".
  it('names a table with no heading above it by the numbered section it is printed in, not by its line', () => {
    expect(named(commissioner, 'Staffing: Social worker – Unfilled posts')?.values[0]?.value).toBe(5);
    expect(named(commissioner, 'Staffing: Practice Managers – Perm FTE')?.values[0]?.value).toBe(18.8);
    expect(commissioner.filter((i) => /Table at line/.test(i.name))).toEqual([]);
  });

  describe('a table with no heading, by the section it is printed in', () => {
    const table = (year: string, worker: string, total: string) => [`\tEstab FTE\tPerm FTE ${year}`, `Social worker\t${worker}\t4.00`, 'NQSW\t2.00\t1.00', `Total\t${total}\t5.00`];
    const pack = (lines: string[]) => parseFigureTables(buildPackText('900_test.txt', ['Medway Council', ...lines].join('\n'))).indicators ?? [];
    const names = (lines: string[]) => pack(lines).map((i) => i.name).filter((n) => n.includes('Estab FTE'));
    // (A pack of one council, as the importer reads it.)

    it('names only the first table of a section so: a second one there is not merged into it', () => {
      const both = names(['', '14. Staffing', '', 'The tables below give the posts.', '', ...table('2018', '5.00', '7.00'), '', 'A year later:', '', ...table('2019', '7.00', '9.00')]);
      expect(both).toHaveLength(6);
      expect(both.filter((n) => n.startsWith('Staffing: '))).toHaveLength(3);
      expect(new Set(both).size).toBe(6);
    });

    it('takes no item of a numbered list, no numbered sentence and no section far above', () => {
      expect(names(['1. Agency use to reduce', '2. Recruitment to continue', '', ...table('2018', '5.00', '7.00')]).some((n) => n.startsWith('Recruitment'))).toBe(false);
      expect(names(['', '3. The council will fund the following posts,', '', ...table('2018', '5.00', '7.00')]).some((n) => n.startsWith('The council'))).toBe(false);
      const far = ['', '14. Staffing', '', ...Array.from({ length: 40 }, (_, k) => `Paragraph ${k} of a long report, with nothing in a table.`), '', ...table('2018', '5.00', '7.00')];
      expect(names(far).some((n) => n.startsWith('Staffing'))).toBe(false);
    });
  });

  it('reads the West Mercia resources table with its columns, and flags the secondees total that does not add up, keeping it', () => {
    const police = named(hereford, 'West Mercia Youth Justice Service - Resources 2019/20 – Income: Police Service');
    expect(police?.values[0]).toMatchObject({ value: 300892, period: '2019/20', periodEnd: '2020-03-31' });
    expect(police?.values[0]?.parts).toEqual([
      { label: 'Staffing Costs – Secondees', value: 237892, raw: '237,892' },
      { label: 'Other Delegated Funds', value: 63000, raw: '63,000' },
    ]);
    const total = named(hereford, 'West Mercia Youth Justice Service - Resources 2019/20 – Income: Total');
    expect(total?.values[0]?.value).toBe(3101773);
    const flags = total?.flags.filter((f) => f.code === 'total-does-not-add-up') ?? [];
    expect(flags.map((f) => f.severity)).toEqual(['ambiguous', 'ambiguous']);
    expect(flags[0]?.message).toContain('printed as 430,789, but the rows above add up to 430,785');
  });

  it('reads the West Mercia budget and its total, which adds up', () => {
    const total = named(hereford, 'The YJB Youth Justice (YOT) Grant – Budget: Total');
    expect(total?.values[0]?.value).toBe(2670988);
    expect(total?.values[0]?.parts).toHaveLength(7);
    expect(total?.flags).toEqual([]);
    expect(named(hereford, 'The YJB Youth Justice (YOT) Grant – Budget: Employee Costs')?.values[0]?.value).toBe(2058977);
  });

  it('reads the care-leaver cost tables whole, past the page footer, to the Total row, in £000', () => {
    const cost = named(hereford, 'Estimated cost of five year service for 5 bed unit and 3 self contained flats: Total');
    expect(cost).toMatchObject({ unit: '£000', table: { role: 'total' } });
    expect(cost?.values[0]).toMatchObject({ value: 2260 });
    expect(cost?.values[0]?.parts?.map((p) => p.raw)).toEqual(['000', '452', '452', '1,356']);
    const avoidance = named(hereford, 'Revenue budget implications: Total potential cost avoidance over 5 years');
    expect(avoidance?.values[0]?.value).toBe(1645);
    expect(avoidance?.flags).toEqual([]);
    const sub = hereford.filter((i) => i.table?.role === 'subtotal').map((i) => i.values[0]?.value);
    expect(sub).toEqual([1625, 20]);
  });

  it('flags every column total of the Medway staffing table that does not add up, and only those', () => {
    const staffing = read('004_7add0319b591a1f2.txt').filter((i) => i.table?.role === 'total');
    expect(staffing.filter((i) => i.flags.length > 0).map((i) => i.name.split(' – ')[1])).toEqual(['Estab FTE', 'Perm FTE', 'Agency FTE', 'Need to recruit']);
    expect(staffing.every((i) => i.unit === 'FTE')).toBe(true);
  });

  it('leaves a two-column list of figures with no total (the inspection key data) to the inspection reader', () => {
    expect(read('000_ad444b67b5fc2cda.txt').filter((i) => /headcount|sickness/i.test(i.name))).toEqual([]);
  });
});
