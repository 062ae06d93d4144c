import { describe, expect, it } from 'vitest';
import { proseMeetings } from '../../../src/domain/import-report-meetings';
import { formatImportReport, summariseImport } from '../../../src/domain/import-report';
import { dedupeDataset } from '../../../src/domain/merge-records';
import type { Meeting } from '../../../src/domain/model';
import { parseMeetings } from '../../../src/import/packs/meetings/parse-meetings';
import { findProseMentions } from '../../../src/import/packs/meetings/prose-meetings';
import { findProgrammeDates } from '../../../src/import/packs/meetings/referenced-meetings';
import { parseFiles } from '../../../src/import/parse-files';
import { readSeedFiles } from '../../../src/import/seed-files';
import { seedPack } from '../text/seed-packs';

const meetingsOf = (prefix: string): Meeting[] => parseMeetings(seedPack(prefix)).meetings ?? [];
const HEREFORD = 'herefordshire/children-and-young-people-scrutiny-committee';

describe('meetings known from prose, on the seed text', () => {
  it.each([
    // "These posts are being presented to Council for approval on 23 January 2020" (004:182)
    ['004', 'Full Council', '2020-01-23', 182],
    // "the next scheduled Cabinet meeting is due to take place on 4 February 2020" (004:133)
    ['004', 'Cabinet', '2020-02-04', 133],
    // "The Cabinet considered and agreed the improvement plan on 9 June 2020." (001:115)
    ['001', 'Cabinet', '2020-06-09', 115],
    // "The draft plan was agreed by the West Mercia Youth Justice Service Management Board on 24th May 2019" (002:547)
    ['002', 'West Mercia Youth Justice Service Management Board', '2019-05-24', 547],
  ])('pack %s: %s on %s, from line %i', (prefix, body, date, line) => {
    const found = findProseMentions(seedPack(prefix).lines, 1, seedPack(prefix).lines.length);
    expect(found).toContainEqual({ body, date, line });
    const meeting = meetingsOf(prefix).find((m) => m.body === body && m.date === date)!;
    const mention = meeting.flags.find((f) => f.code === 'meeting-from-mention' && f.source?.lineStart === line);
    expect(mention?.source?.documentId).toBe(seedPack(prefix).documentId);
    // Only what the sentence states: no time, venue or agenda made up.
    if (meeting.source.lineStart === line) expect(meeting).toMatchObject({ membership: [], agenda: [] });
    if (meeting.source.lineStart === line) expect(meeting.time).toBeUndefined();
  });

  it('takes no meeting from a date without its year ("25 June at the Children\'s Improvement Board", 001:112)', () => {
    const pack = seedPack('001');
    expect(pack.lines[111]).toContain("25 June at the Children's Improvement Board");
    expect(findProseMentions(pack.lines, 1, pack.lines.length).filter((m) => m.line === 112)).toEqual([]);
    expect(meetingsOf('001').some((m) => /improvement board/i.test(m.body))).toBe(false);
  });

  it('reads who attended the 15 July 2019 meeting and who sent apologies from its minutes (002:68-88)', () => {
    const july = meetingsOf('002').find((m) => m.id === `${HEREFORD}/2019-07-15`)!;
    const by = (attendance: string, role?: string) => july.membership.filter((m) => m.attendance === attendance && (!role || m.role === role)).map((m) => m.name);
    expect(by('present', 'chair')).toEqual(['Carole Gandy']);
    expect(by('present', 'vice-chair')).toEqual(['Diana Toynbee']);
    expect(by('present', 'member')).toEqual(['Paul Andrews', 'Kath Hey', 'Phillip Howells', 'Jim Kenyon']);
    expect(by('present', 'co-optee')).toEqual(['Andy James', 'Nicola Kinson']);
    expect(by('apologies')).toEqual(['Mike Jones', 'Mr Burbidge']);
    // Mr Burbidge is the one Burbidge the membership lists: a co-optee.
    expect(july.membership.find((m) => m.name === 'Mr Burbidge')?.role).toBe('co-optee');
    // Officers attend; they are not members.
    expect(july.membership.map((m) => m.name)).not.toContain('Matthew Evans');
  });

  // "Meeting date: 15 July 2019– 1.00 p.m.		Despatch: 5 July" (002:1524): the year is the meeting's.
  it.each([
    ['2019-07-15', '13:00', '2019-07-05'],
    ['2019-09-16', '10:15', '2019-09-06'],
    ['2019-11-25', '10:15', '2019-11-15'],
    ['2020-01-20', '10:15', '2020-01-10'],
    ['2020-03-16', '10:15', '2020-03-06'],
  ])('reads when the papers for the %s meeting go out, from its work programme row (002:1524-1544)', (date, time, despatch) => {
    const meeting = meetingsOf('002').find((m) => m.id === `${HEREFORD}/${date}`)!;
    expect(meeting.despatch).toBe(despatch);
    expect(meeting.time).toBe(time);
  });

  it('gives a despatch in December to a January meeting the year before, and none where the row names none', () => {
    const lines = ['Meeting date: 20 January 2020 – 10.15 a.m.  Despatch: 19 December', 'Meeting date: 16 March 2020 – 10.15 a.m.', 'Meeting date: 20 April 2020 – 2 p.m. Dispatch: Friday 10 April'];
    const rows = findProgrammeDates(lines, 1, lines.length);
    expect(rows.map((r) => [r.date, r.time, r.despatch])).toEqual([
      ['2020-01-20', '10:15', '2019-12-19'],
      ['2020-03-16', '10:15', undefined],
      ['2020-04-20', '14:00', '2020-04-10'],
    ]);
  });

  it('attaches the work programme items to the meetings they are planned for (002:1524-1544)', () => {
    const planned = (date: string) => meetingsOf('002').find((m) => m.id === `${HEREFORD}/${date}`)?.planned ?? [];
    expect(planned('2019-11-25').map((p) => [p.title, p.author, p.form])).toEqual([
      ['Update on looked after children cost reduction', 'Liz Elgar', 'Performance Review'],
      ['Budget and Medium Term Financial Strategy (MTFS)', 'Andrew Lovegrove, Audrey Clements', 'Pre-decision call-in/Policy review and development'],
      ['Young Carers Service', 'Nicky Turvey, Richard Watson', 'Performance review'],
    ]);
    expect(planned('2020-01-20').map((p) => p.title)).toEqual(['Review of performance and progress against the Safeguarding and Family Support improvement plan 2019/20', 'School Examination Performance']);
    expect(planned('2020-03-16')).toEqual([]);
    expect(planned('2019-11-25')[0]!.source).toMatchObject({ documentId: seedPack('002').documentId, lineStart: 1537 });
    // A report's header table ("Meeting date:" then "Title of report:") is no programme.
    expect(planned('2019-09-16').map((p) => p.title)).not.toContain('Title of report:');
  });

  it('reports the meetings known only from the text, each with where it is said, and the minuted attendance', async () => {
    const parsed = await parseFiles(readSeedFiles());
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const dataset = dedupeDataset(parsed.dataset);
    const prose = proseMeetings(dataset.meetings);
    expect(prose.find((m) => m.meeting === 'Full Council (Medway), 2020-01-23')?.from[0]).toMatch(/pack:004-\w+ line 182/);
    expect(prose.find((m) => m.meeting.startsWith('Children and young people scrutiny committee (Herefordshire), 2019-11-25'))).toMatchObject({ planned: 3 });
    // A meeting with its own front sheet is not "known only from the text", though others mention it.
    expect(prose.some((m) => m.meeting.startsWith('Cabinet (Medway), 2020-06-09'))).toBe(false);
    const text = formatImportReport(summariseImport(['seeds'], dataset));
    expect(text).toContain('Meetings known only from the text');
    expect(text).toMatch(/Cabinet \(Medway\), 2020-02-04: a report going to it, or its decision, with the date \(pack:004-\w+ line 133\)/);
    expect(text).toContain('Attendance from the minutes: Children and young people scrutiny committee (Herefordshire), 2019-07-15: 8 present, 2 apologies');
  });
});
