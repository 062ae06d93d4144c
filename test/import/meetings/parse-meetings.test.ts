import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../src/domain/model';
import { parseMeetings } from '../../../src/import/packs/meetings/parse-meetings';
import { buildPackText } from '../../../src/import/packs/pack-text';
import { seedPack } from '../text/seed-packs';

function meetingsOf(prefix: string): Meeting[] {
  return parseMeetings(seedPack(prefix)).meetings ?? [];
}

function meeting(prefix: string, id: string): Meeting {
  const found = meetingsOf(prefix).find((m) => m.id === id);
  if (!found) throw new Error(`no meeting ${id} in ${prefix}`);
  return found;
}

describe('parseMeetings: the meeting each front sheet is for', () => {
  it.each([
    ['000', 'medway/cabinet/2020-06-09', 'Cabinet', '2020-06-09', '15:00', 'Virtual Meeting'],
    ['002', 'herefordshire/children-and-young-people-scrutiny-committee/2019-09-16', 'Children and young people scrutiny committee', '2019-09-16', '10:15', "Committee Room 1 - The Shire Hall, St. Peter's Square, Hereford, HR1 2HX"],
    ['003', 'medway/children-and-young-people-overview-and-scrutiny-committee/2023-03-02', 'Children and Young People Overview and Scrutiny Committee', '2023-03-02', '18:30', "St George's Centre, Pembroke Road, Chatham Maritime, Chatham ME4 4UH"],
    ['004', 'medway/cabinet/2020-01-14', 'Cabinet', '2020-01-14', '15:00', 'Meeting Room 2 - Level 3, Gun Wharf, Dock Road, Chatham ME4 4TR'],
  ])('pack %s: %s', (prefix, id, body, date, time, venue) => {
    const m = meeting(prefix, id);
    expect(m).toMatchObject({ body, date, time, venue, council: id.startsWith('medway') ? 'Medway' : 'Herefordshire' });
    expect(m.source).toMatchObject({ documentId: seedPack(prefix).documentId, page: 1, lineStart: 3 });
  });

  it.each([
    ['000', 'medway/cabinet/2020-06-09', { name: 'Wayne Hemingway', role: 'Principal Democratic Services Officer', phone: '01634 332509', email: 'democratic.services@medway.gov.uk' }],
    ['002', 'herefordshire/children-and-young-people-scrutiny-committee/2019-09-16', { name: 'Matthew Evans', role: 'Democratic Services Officer', phone: '01432 383690', email: 'matthew.evans@herefordshire.gov.uk' }],
    ['003', 'medway/children-and-young-people-overview-and-scrutiny-committee/2023-03-02', { name: 'Stephanie Davis', role: 'Democratic Services Officer', phone: '01634 332104', email: 'democratic.services@medway.gov.uk' }],
    ['004', 'medway/cabinet/2020-01-14', { name: 'Jade Milnes', role: 'Democratic Services Officer', phone: '01634 332008', email: 'democratic.services@medway.gov.uk' }],
  ])('pack %s: democratic services contact', (prefix, id, contact) => {
    expect(meeting(prefix, id).contact).toEqual(contact);
  });

  it('reads the Cabinet 9 June 2020 agenda with its page ranges (000:15-19)', () => {
    expect(meeting('000', 'medway/cabinet/2020-06-09').agenda).toEqual([
      { number: '5', title: 'COVID-19 Response', pageFrom: 3, pageTo: 22 },
      { number: '6', title: 'Outcome of HMIP Inspection of Youth Offending Team', pageFrom: 23, pageTo: 98 },
      { number: '7', title: 'S75 Update: Better Care Fund', pageFrom: 99, pageTo: 128 },
      { number: '8', title: 'Housing Infrastructure Fund (HIF) New Routes to Good Growth - Project Delivery', pageFrom: 129, pageTo: 134 },
      { number: '13', title: 'Exclusion of the Press and Public', pageFrom: 135, pageTo: 160 },
    ]);
  });

  it('reads the Herefordshire agenda: ten items, pages only where printed', () => {
    const agenda = meeting('002', 'herefordshire/children-and-young-people-scrutiny-committee/2019-09-16').agenda;
    expect(agenda.map((a) => a.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(agenda.filter((a) => a.pageFrom !== undefined).map((a) => [a.number, a.pageFrom, a.pageTo])).toEqual([
      ['4', 5, 10], ['7', 11, 30], ['8', 31, 66], ['9', 67, 116],
    ]);
    expect(agenda[6]?.title).toBe('Accommodation Based Support Service for Care Leavers');
  });

  it('reads the Herefordshire membership: chair, vice-chair, five members, four co-optees with what they represent', () => {
    const members = meeting('002', 'herefordshire/children-and-young-people-scrutiny-committee/2019-09-16').membership;
    expect(members.filter((m) => m.role === 'chair').map((m) => m.name)).toEqual(['Carole Gandy']);
    expect(members.filter((m) => m.role === 'vice-chair').map((m) => m.name)).toEqual(['Diana Toynbee']);
    expect(members.filter((m) => m.role === 'member').map((m) => m.name)).toEqual(['Paul Andrews', 'Kath Hey', 'Phillip Howells', 'Mike Jones', 'Jim Kenyon']);
    expect(members.filter((m) => m.role === 'co-optee')).toEqual([
      { name: 'Pat Burbidge', role: 'co-optee', note: 'Education Representative - Archdiocese of Cardiff' },
      { name: 'Andy James', role: 'co-optee', note: 'Parent Governor Representative – SEND Sector' },
      { name: 'Nicola Kinson', role: 'co-optee', note: 'Parent Governor Representative – Primary Sector' },
      { name: 'Sian Lines', role: 'co-optee', note: 'Education Representative – Diocese of Hereford' },
    ]);
  });

  it('reads the question rules pack 002 states, and only those', () => {
    const rules = meeting('002', 'herefordshire/children-and-young-people-scrutiny-committee/2019-09-16').questionRules;
    expect(rules).toMatchObject({
      deadline: '2019-09-10T17:00',
      deadlineTime: '17:00',
      sendTo: 'councillorservices@herefordshire.gov.uk',
      answersPublished: true,
    });
    expect(rules?.raw).toMatch(/^Deadline for receipt of questions is 5:00pm on Tuesday 10 September 2019\./);
    expect(rules?.clearWorkingDays).toBeUndefined();
  });

  it.each([
    ['000', 'medway/cabinet/2020-06-09'],
    ['003', 'medway/children-and-young-people-overview-and-scrutiny-committee/2023-03-02'],
    ['004', 'medway/cabinet/2020-01-14'],
  ])('invents no question rules or membership where pack %s gives none', (prefix, id) => {
    const m = meeting(prefix, id);
    expect(m.questionRules).toBeUndefined();
    expect(m.membership).toEqual([]);
  });

  it('flags the agenda title repaired from the interleaved page column (003)', () => {
    const m = meeting('003', 'medway/children-and-young-people-overview-and-scrutiny-committee/2023-03-02');
    expect(m.agenda.map((a) => [a.number, a.pageFrom, a.pageTo])).toEqual([['8', 3, 24], ['9', 25, 28], ['11', 29, 32]]);
    expect(m.flags.map((f) => f.code)).toEqual(['agenda-pages-interleaved']);
  });
});

describe('parseMeetings: meetings known from report headers and mentions', () => {
  it('takes the 23 July 2020 CYP O&S meeting from the report header of pack 001', () => {
    expect(meetingsOf('001').find((m) => m.date === '2020-07-23')).toMatchObject({
      body: 'Children and Young People Overview and Scrutiny Committee',
      agenda: [{ number: '', title: 'HMIP Inspection of Youth Offending Team (YOT)' }],
      source: { lineStart: 3, lineEnd: 7 },
    });
  });

  it('takes the 15 July 2019 meeting with its time and venue from the minutes heading (002:68)', () => {
    expect(meeting('002', 'herefordshire/children-and-young-people-scrutiny-committee/2019-07-15')).toMatchObject({
      time: '13:00',
      venue: "Committee Room 1 - The Shire Hall, St. Peter's Square, Hereford, HR1 2HX",
      source: { page: 5, lineStart: 68 },
    });
  });

  it.each([
    ['002', 'herefordshire/children-and-young-people-scrutiny-committee/2019-11-25', '10:15'],
    ['002', 'herefordshire/children-and-young-people-scrutiny-committee/2020-01-20', '10:15'],
    ['002', 'herefordshire/children-and-young-people-scrutiny-committee/2020-03-16', '10:15'],
    ['000', 'medway/cabinet/2020-07-07', undefined],
    ['000', 'medway/full-council/2020-04-23', undefined],
    ['000', 'medway/medway-health-and-wellbeing-board/2017-09-12', undefined],
    ['000', 'medway/health-and-adult-social-overview-and-scrutiny-committee/2020-03-12', undefined],
    ['001', 'medway/youth-justice-partnership-board/2020-07-13', undefined],
    ['002', 'herefordshire/children-and-young-people-scrutiny-committee/2019-03-11', undefined], // minutes of the meeting on 11 March 2019 (002:97)
    ['002', 'herefordshire/children-and-young-people-scrutiny-committee/2019-03-08', undefined], // "at its meeting on 8 March 2019" (002:1422), as printed
    ['004', 'medway/children-and-young-people-overview-and-scrutiny-committee/2020-01-09', undefined],
  ])('pack %s names %s (time %s), filled with only what is stated', (prefix, id, time) => {
    const m = meeting(prefix, id);
    expect(m.time).toBe(time);
    expect(m.venue).toBeUndefined();
    expect(m.agenda).toEqual([]);
    // Every mention is kept with where it is; each is a mention, nothing more.
    expect(m.flags.length).toBeGreaterThanOrEqual(1);
    for (const f of m.flags) expect([f.code, f.severity]).toEqual(['meeting-from-mention', 'info']);
  });

  it.each([
    ['000', 5],
    ['001', 3], // and Cabinet on 9 June 2020, which "considered and agreed the improvement plan" (001:115)
    ['002', 8], // and the West Mercia YJS Management Board of 24 May 2019 (002:547)
    ['003', 1],
    ['004', 4], // and Cabinet on 4 February 2020 (004:133), Full Council on 23 January 2020 (004:182)
  ])('pack %s yields %i distinct meetings', (prefix, count) => {
    const meetings = meetingsOf(prefix);
    expect(meetings).toHaveLength(count);
    expect(new Set(meetings.map((m) => m.id)).size).toBe(count);
  });

  it('does not take a date without a body for a meeting ("25 June at the Children\'s Improvement Board" has no year)', () => {
    expect(meetingsOf('001').some((m) => m.body.includes('Improvement Board'))).toBe(false);
  });

  it('returns nothing, without throwing, for text with no meetings', () => {
    expect(parseMeetings(buildPackText('x.txt', 'Just some prose on 3 May 2020.')).meetings).toEqual([]);
  });
});
