import { describe, expect, it } from 'vitest';
import { heldDatesText } from '../../../src/domain/due-date';
import type { Person } from '../../../src/domain/model';
import { buildPackText } from '../../../src/import/packs/pack-text';
import { parsePeople } from '../../../src/import/packs/people/parse-people';
import { seedPack } from '../text/seed-packs';

function peopleOf(prefix: string): Person[] {
  return parsePeople(seedPack(prefix)).people ?? [];
}

function person(prefix: string, name: string): Person {
  const found = peopleOf(prefix).find((p) => p.name === name);
  if (!found) throw new Error(`${name} not in ${prefix}`);
  return found;
}

function titles(p: Person): string[] {
  return p.roles.map((r) => r.title);
}

describe('parsePeople', () => {
  it.each([
    ['001', 'James Williams', 'Director of Public Health'],
    ['001', 'Ian Sutherland', 'Director of Children and Adults Services'],
    ['001', 'Andrew Willetts', 'Head of Service for Partnership Commissioning, Resources and Youth justice'],
    ['000', 'Richard Hicks', 'Director of Place and Deputy Chief Executive'],
    ['000', 'Dawn Hudd', 'Assistant Director of Physical and Cultural Regeneration'],
    ['000', 'Su Ormes', 'Head of Adult Partnership Commissioning and Better Care Fund'],
    ['000', 'Perry Holmes', 'Monitoring Officer'],
    ['003', 'Lee-Anne Farach', 'Director of People (Statutory DCAS)'],
    ['003', 'Chris Hudson-Wallis', 'Programme Officer (Cross-Directorate)'],
    ['003', 'Josie Iles', "Portfolio Holder for Children's Services (Lead Member)"],
    ['004', 'Jackie Brown', 'Head of Business Change (People) and ICT'],
    ['004', 'Jean Imray', "Interim Assistant Director, Children's Social Care"],
    ['004', 'Kelly Cogger', 'Head of Service, Early Help and First Response'],
    ['004', 'Sue Brunton-Reed', 'Head of Special Projects (Improvements)'],
    ['002', 'Matthew Evans', 'Democratic Services Officer'],
  ])('pack %s: %s is %s', (prefix, name, title) => {
    expect(titles(person(prefix, name))).toContain(title);
  });

  it('reads the dated roles of the 004 who\'s who (L1310-1316)', () => {
    expect(person('004', 'Christine Impey').roles).toEqual([{ title: 'Head of Service, Safeguarding', until: '2020-01-31', precision: 'month' }]);
    expect(person('004', 'Paul Startup').roles).toEqual([{ title: 'Head of Service, Safeguarding', from: '2020-01-01', precision: 'month' }]);
    expect(person('004', 'Vanessa White').roles).toEqual([{ title: 'Head of Service, Children in Care', until: '2020-01-31', precision: 'month' }]);
  });

  it('shows the handover as the month the papers give, not an invented day (L1310-1313)', () => {
    const [until] = person('004', 'Christine Impey').roles;
    const [from] = person('004', 'Paul Startup').roles;
    expect(heldDatesText(until!)).toBe('until January 2020');
    expect(heldDatesText(from!)).toBe('from January 2020');
  });

  it('gathers every title a person holds in a pack under one id (Ian Sutherland in 004)', () => {
    const ian = peopleOf('004').filter((p) => p.id === 'ian-sutherland');
    expect(ian).toHaveLength(1);
    expect(titles(ian[0]!)).toEqual(expect.arrayContaining(['Director of People – Children & Adults Services', 'Director of People']));
    expect(ian[0]).toMatchObject({ council: 'Medway', source: { documentId: seedPack('004').documentId, lineStart: 50 } });
  });

  it('keeps phone and own e-mail from contact blocks, not a team mailbox', () => {
    expect(person('004', 'Jackie Brown')).toMatchObject({ phone: '01634 332363', email: 'jackie.brown@medway.gov.uk' });
    expect(person('000', 'Ruth Du-Lieu')).toMatchObject({ phone: '01634 333163', email: 'ruth.dulieu@medway.gov.uk' });
    expect(person('002', 'Amy Whiles')).toMatchObject({ phone: '01432 261920', email: 'awhiles@herefordshire.gov.uk' });
    const wayne = person('000', 'Wayne Hemingway');
    expect(wayne.phone).toBe('01634 332509');
    expect(wayne.email).toBeUndefined();
  });

  it('marks councillors and strips the honorific from the name', () => {
    expect(titles(person('004', 'Alan Jarrett'))).toEqual(['Councillor', 'Leader of Medway Council']);
    expect(titles(person('000', 'David Brake'))).toEqual(['Councillor', "Portfolio Holder for Adults' Services"]);
  });

  it('splits two report authors the OCR ran together, at a name known elsewhere in the pack (000:1996)', () => {
    const out = parsePeople(seedPack('000'));
    expect(titles(person('000', 'James Williams'))).toEqual(['Director of Public Health']);
    expect(titles(person('000', 'Ian Sutherland'))).toContain('Director of People – Children and Adults Services');
    expect(out.flags?.map((f) => [f.code, f.severity, f.source?.lineStart])).toEqual([['people-run-together', 'repaired', 1996]]);
  });

  it('files the Herefordshire membership with the committee in the role', () => {
    expect(titles(person('002', 'Carole Gandy'))).toEqual(['Councillor', 'Chair, Children and young people scrutiny committee']);
    expect(titles(person('002', 'Sian Lines'))).toEqual(['Co-optee, Children and young people scrutiny committee (Education Representative – Diocese of Hereford)']);
    expect(person('002', 'Carole Gandy').source).toMatchObject({ lineStart: 38 });
    expect(person('002', 'Carole Gandy').source.page).toBeUndefined(); // pages 1-4: not certain which
  });

  it('flags two different phone numbers for one person, keeping the first (Stephanie Davis, 003:33 and 003:471)', () => {
    const out = parsePeople(seedPack('003'));
    expect(person('003', 'Stephanie Davis')).toMatchObject({ phone: '01634 332104', email: 'stephanie.davis@medway.gov.uk' });
    expect(out.flags?.map((f) => [f.code, f.raw])).toEqual([['person-phone-differs', '01634 332503']]);
  });

  it.each([
    ['000', 13],
    ['001', 3],
    ['002', 13],
    ['003', 4],
    ['004', 23],
  ])('pack %s names %i people, one record each', (prefix, count) => {
    const people = peopleOf(prefix);
    expect(people).toHaveLength(count);
    expect(new Set(people.map((p) => p.id)).size).toBe(count);
  });

  it('returns {} for text naming nobody', () => {
    expect(parsePeople(buildPackText('x.txt', 'Summary\n\nNothing to see.'))).toEqual({});
  });
});
