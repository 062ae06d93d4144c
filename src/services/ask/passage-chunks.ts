import { lexicon } from '../../language/lexicon';
import { anyOf, anyPhrase } from '../../language/patterns';
import { monthNames, monthShortForms } from '../../language/period-words';
import { withItem } from './passage-decisions';

/**
 * Splits a page of pack text into passages a "from the papers" answer can quote: a paragraph or a
 * list item (short ones joined to the next), or a table kept whole with the line that introduces it,
 * each with the section heading it sits under. Pure: text in, passages out.
 */

/** A piece of a page: its text (clean, lines kept), the heading of its section and the headings above that. */
export interface Chunk {
  text: string;
  heading: string;
  /** The headings its section sits under, outermost first: a part, marked-up and numbered ones ("Appendix 7 / 3. Out-of-court disposals"). */
  parents: string;
  /** It opens with the value of a bold label ("**Date of assessment**" / "9th August 2019"): with its heading it says something, however short. */
  value?: boolean;
}

/**
 * The headings met so far that later sections sit under, outermost first: numbered ones ("3.1" under
 * "3"), and the pack's marked-up ones by level ("## Appendix 7" / "### Worcestershire Local Information").
 */
export type Outline = readonly { number?: number[]; level?: number; text: string }[];

/** A heading's number ("3.1. Assessment" -> [3, 1]), or undefined. */
const numberOf = (heading: string) => /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\S/.exec(heading)?.[1]!.split('.').map(Number);
/** A marked-up heading's level ("### ..." -> 3), or undefined. */
const levelOf = (raw: string) => /^\s*(#{1,4})\s/.exec(raw)?.[1]!.length;
/**
 * A marked-up heading at this level or above opens a new part of the pack (a report, an appendix):
 * the numbered sections before it are over. Deeper ones often stand inside a numbered section, the
 * extracted levels not following the numbers.
 */
const PART_LEVEL = 2;

/**
 * The outline after a heading (`raw` as the page writes it, `heading` cleaned): a numbered one takes
 * its place under those it is part of ("3.1" under "3"); a marked-up one under those of lower levels,
 * ending the marked-up ones at its level or below.
 */
export function enterHeading(outline: Outline, heading: string, raw = heading): Outline {
  const number = numberOf(heading);
  const level = levelOf(raw);
  if (!number && level === undefined) return outline;
  const kept = outline.filter((h) => {
    if (h.number) return number ? h.number.length < number.length && h.number.every((n, k) => n === number[k]) : level! > PART_LEVEL;
    return level === undefined || h.level! < level;
  });
  // A numbered heading's place is its number, whatever its mark-up says.
  return [...kept, number ? { number, text: heading } : { level: level!, text: heading }];
}

/** What a section sits under: the outline, less the heading's own place in it. */
function parentsOf(outline: Outline, heading: string): string {
  const own = outline[outline.length - 1];
  return (own?.text === heading ? outline.slice(0, -1) : outline).map((h) => h.text).join(' / ');
}

const { parts, blankPage, listings } = lexicon.answers;
/**
 * A part of a pack opened on a line of its own (answers.json `parts`): an appendix or annex by its
 * number or letter ("Appendix 1", "ANNEX A"), or a meeting's minutes by their title ("Minutes of the
 * meeting of ... on Monday 15 July 2019"). It stands over everything after it until the next part or
 * a blank page, so its passages say whose report or which meeting they belong to. The short lines after
 * an appendix's number that title it ("Report on ways forward...", "... by Eleanor Brazil,
 * Commissioner ...", "December 2019") are part of its name.
 */
const appendixLine = new RegExp(`^${anyOf(parts.appendices)}\\s+[0-9a-z]{1,2}$`, 'i');
const minutesLine = new RegExp(`^${anyOf(parts.minutes)}\\b`, 'i');
/** Longest title of a part; a line longer than this is text. */
const MAX_PART_TITLE = 300;
/** The outline's level of a part: above every marked-up heading ("# ..." is level 1). */
const PART = 0;
const blankPageEnd = new RegExp(`${anyOf(blankPage)}$`, 'i');
/** A table of contents' first line: what follows lists sections, and the titling of a part ends. */
const contentsLine = new RegExp(`^${anyOf(listings.contents)}$`, 'i');

/** How a line opening a part begins, mark-up allowed: the cheap test every line of a pack is put to first. */
const partStart = new RegExp(`^(?:\\s|[*#]|<[^>]{0,20}>)*${anyOf([...parts.appendices, ...parts.minutes])}\\b`, 'i');

/** The name of the part a line opens, if it opens one (a sentence, ending in a full stop, opens none). */
function partOf(raw: string): { name: string; titled: boolean } | undefined {
  if (!partStart.test(raw)) return undefined;
  const name = cleanPackText(raw).replace(/\*/g, '').trim();
  if (appendixLine.test(name)) return { name, titled: false };
  if (minutesLine.test(name) && name.length <= MAX_PART_TITLE && !/\.$/.test(name)) return { name, titled: true };
  return undefined;
}

const TITLE_LINES = 3;
const TITLE_CHARS = 200;

/** A passage shorter than this is joined to the next one in its section. */
const MIN_CHARS = 200;
/** Prose is not joined beyond this. */
const MAX_CHARS = 700;
/** A table up to this long is one passage; a longer one is cut into runs of rows, each with its header. */
const TABLE_CHARS = 1200;

/** Pack text as plain prose: markup, table rules and tabs removed (tabs become cell bars). */
export function cleanPackText(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\*\*|__|^#+\s*/gm, '')
    .replace(/^\s*\|?[-:| ]+\|?\s*$/gm, '')
    .replace(/\s*\|\s*/g, ' | ')
    .replace(/\t+/g, ' | ')
    .replace(/[ \u00a0]+/g, ' ')
    .replace(/^ \| | \| $/gm, '')
    .trim();
}

/** Bold lines closing a section read as its text (a signature: a name and a post) are at least this many. */
const SIGNATURE_LINES = 2;

/** A line in bold only ("**Key data**"), read as a heading. */
const boldLine = /^\*\*[^*]{3,90}\*\*:?$/;

/** A line that heads a section ("5. Voluntary and Community Sector", "## Background", "**Key data**"). */
export function isHeading(line: string): boolean {
  const t = line.trim();
  return /^#{1,4}\s+\S/.test(t) || boldLine.test(t) || /^\d{1,2}\.\s+[A-Z][^.]{2,120}$/.test(t) || /^[A-Z][A-Za-z ,'’&()-]{2,60}$/.test(t);
}

const isTableRow = (line: string) => line.includes('\t') || /^\s*\|.*\|/.test(line);
/** Cells in a table row as passages print it (tabs became cell bars). */
const cellCount = (text: string) => text.split('|').length;
const endsSentence = (text: string) => /[.:;!?)"”’]\s*$/.test(text);
const blankPageLine = new RegExp(`^${anyOf(blankPage)}$`, 'i');
const isBlank = (text: string) => !text || blankPageLine.test(text);

interface Unit {
  text: string;
  table: boolean;
  heading: string;
  parents: string;
  /** A heading line starts a new section: nothing before it is joined to anything after it. */
  section: number;
  /** The first line under a bold label, as in a form: the label's value. */
  value?: boolean;
}

/** A plain line that may head a section: not marked up, bold or numbered. */
const plainLine = (raw: string) => levelOf(raw) === undefined && !boldLine.test(raw.trim()) && !numberOf(cleanPackText(raw));

/** A line of prose: a sentence, ended by its full stop, or too long for a heading or a name (not a marked-up heading). */
const prose = (raw: string) => {
  if (!plainLine(raw)) return false;
  const text = cleanPackText(raw);
  return text.length > PROSE_CHARS || (/[.!?]["”’)]?$/.test(text) && text.split(/\s+/).length >= PROSE_WORDS);
};
const PROSE_CHARS = 120;
const PROSE_WORDS = 5;

/**
 * A short plain line after a line ending in a colon is what the colon introduces, not a heading, when
 * no prose follows it: "The Accountable Officer for Medway CCG:" / "Caroline Selkirk" is who signed.
 * Followed by prose it heads it ("Background papers:" / "Financial Implications" / "The cost...").
 */
function answersColon(raw: string, next: string, last: Unit | undefined, section: number): boolean {
  if (!last || last.table || last.section !== section || !/:\s*$/.test(last.text)) return false;
  return plainLine(raw) && !prose(next);
}

/**
 * A line that is a person's title and name alone ("Cllr David Brake", "Dr J. Smith", "Councillor
 * Diana Toynbee (vice-chairperson)"; answers.json `person.titles`).
 */
export const nameLine = new RegExp(
  `^(?:${anyOf(lexicon.answers.person.titles.map((t) => `${t.charAt(0).toUpperCase()}${t.slice(1)}`))})\\.?(?:\\s+[A-Z][A-Za-z'’-]*\\.?){1,4}(?:\\s+\\([^()]{1,40}\\))?$`,
);

/**
 * A plain line that signs, when no prose follows it: a person's name, or the post written just above
 * or below one ("Chair of the Medway Health and Wellbeing Board" / "Cllr David Brake"). Text of the
 * section it closes, not headings: as headings with nothing under them, they were lost. Followed by
 * prose, a post or a name heads it ("Director of Public Health" / "Dr Jane Smith" / a foreword).
 */
function signs(raw: string, next: string, last: Unit | undefined, section: number): boolean {
  if (!plainLine(raw) || prose(next)) return false;
  const under = !!last && !last.table && last.section === section && nameLine.test(last.text);
  return nameLine.test(cleanPackText(raw)) || under || (plainLine(next) && nameLine.test(cleanPackText(next)));
}

/** The page's lines as units (a paragraph, a list item, a table row), with broken lines mended. */
function unitsOf(page: string, heading: string, outline: Outline): { units: Unit[]; heading: string; outline: Outline } {
  const units: Unit[] = [];
  let section = 0;
  let parents = parentsOf(outline, heading);
  /** Lines still to be read as the title of a part just opened ("Appendix 1" / "Report on ..." / "by ..."). */
  let titling = 0;
  /** Bold lines read as headings that no text has followed yet, and the section before the first. */
  let closing: { lines: string[]; heading: string; parents: string; section: number } | undefined;
  const lines = page.split('\n');
  /** The next line with anything on it, after line `at`. */
  const nextLine = (at: number) => {
    for (let n = at + 1; n < lines.length; n++) if (lines[n]!.trim()) return lines[n]!;
    return '';
  };
  for (const [at, raw] of lines.entries()) {
    if (!raw.trim()) continue;
    // A blank page ends a document of the pack: what follows is another, under headings of its own.
    if (blankPageEnd.test(raw.trim())) {
      [outline, parents, titling, heading, closing] = [[], '', 0, '', undefined];
      section += 1;
      if (isBlank(cleanPackText(raw))) continue;
    }
    const part = partOf(raw);
    if (part) {
      closing = undefined;
      const { name } = part;
      // A part's name at the top of each of its pages opens nothing new.
      const same = (text: string) => text.toLowerCase() === name.toLowerCase() || text.toLowerCase().startsWith(`${name.toLowerCase()} `);
      if (outline.some((h) => h.level === PART && same(h.text))) continue;
      heading = name;
      outline = [{ level: PART, text: name }];
      parents = '';
      titling = part.titled ? 0 : TITLE_LINES;
      section += 1;
      continue;
    }
    if (titling > 0) {
      const line = cleanPackText(raw);
      // A marked-up heading straight after the part's name is its title ("## Appendix 7" / "### Worcestershire
      // Local Information"), and ends it; so does a later one, a numbered heading, a table, a sentence or the contents.
      const marked = levelOf(raw) !== undefined;
      if (line.length > TITLE_CHARS || (marked && titling < TITLE_LINES) || isTableRow(raw) || /[.:;]$/.test(line) || numberOf(line) || contentsLine.test(line)) titling = 0;
      else {
        titling = marked ? 0 : titling - 1;
        outline = outline.map((h) => (h.level === PART ? { ...h, text: `${h.text} ${line}` } : h));
        parents = parentsOf(outline, heading);
        if (marked) {
          // The part's title, not a section under it.
          [heading, section] = [line, section + 1];
          continue;
        }
      }
    }
    // A short line in capitals between two bold ones is what the first labels ("**Directorate
    // responsible**" / "Children and Families" / "**Date of assessment**"), as in a form: its text, not a
    // heading of its own. Followed by text, it heads that text ("**Chair – ...**" / "Introduction").
    const next = nextLine(at);
    const labelled = !!closing && levelOf(raw) === undefined && !boldLine.test(raw.trim()) && !numberOf(cleanPackText(raw)) && next.trim().startsWith('**');
    if (isHeading(raw) && !isTableRow(raw) && !labelled && !answersColon(raw, next, units.at(-1), section) && !signs(raw, next, units.at(-1), section)) {
      // Two or more bold lines with no text under them before the next marked-up or numbered heading
      // close the section before them, as a signature does ("**Karen Bradshaw**" / "**Chair – ... Board**"):
      // its text. One alone ("**Recommendations**") is a heading whose text the pack did not set under it.
      const bold = boldLine.test(raw.trim());
      if (!bold && closing && closing.lines.length >= SIGNATURE_LINES) units.push(...closing.lines.map((text) => ({ text, table: false, heading: closing!.heading, parents: closing!.parents, section: closing!.section })));
      closing = bold ? { ...(closing ?? { heading, parents, section }), lines: [...(closing?.lines ?? []), cleanPackText(raw)] } : undefined;
      const clean = cleanPackText(raw);
      outline = enterHeading(outline, clean, raw);
      // A decision's heading is under the item it decides: the innermost heading left above it, unless
      // marked up at a part's level ("## Decision" ends the numbered sections before it).
      const level = levelOf(raw);
      const item = outline.filter((h) => h.text !== clean).at(-1);
      heading = (level === undefined || level > PART_LEVEL) && item && item.level !== PART ? withItem(clean, item.text) : clean;
      parents = parentsOf(outline, heading);
      section += 1;
      continue;
    }
    const table = isTableRow(raw);
    const text = cleanPackText(raw);
    if (isBlank(text)) continue;
    // The first line under a bold label is its value, however short ("Children and Families"); a bare
    // figure there is more often a page number than a value.
    const value = !!closing && !table && /\p{L}/u.test(text);
    closing = undefined;
    const last = units[units.length - 1];
    // A line cut in two by the page layout ("...The" / "table below outlines...") is one paragraph.
    const continues = last && !last.table && !table && last.section === section && !endsSentence(last.text) && /^[a-z(]/.test(text);
    if (continues) last.text = `${last.text} ${text}`;
    else units.push({ text, table, heading, parents, section, ...(value ? { value } : {}) });
  }
  return { units, heading, outline };
}

/** Introduces the table after it ("The table below outlines...", "as follows:"). */
const tableIntro = anyPhrase(lexicon.answers.tableIntro, 'i');
const introducesTable = (text: string) => text.length <= 600 && (/:\s*$/.test(text) || tableIntro.test(text));

/** Cuts one page into passages; `heading` is the section heading the page starts under, `outline` the headings above it. */
export function chunkPage(page: string, heading = '', outline: Outline = []): { chunks: Chunk[]; heading: string; outline: Outline } {
  const { units, heading: last, outline: after } = unitsOf(page, heading, outline);
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < units.length) {
    const unit = units[i]!;
    if (unit.table) {
      let j = i;
      while (j < units.length && units[j]!.table && units[j]!.section === unit.section) j += 1;
      const rows = units.slice(i, j).map((u) => u.text);
      // A page footer between a table's rows ("Further information ... is available from") does not
      // end it: the rows after it, as wide and opening with no header, are the same table, read to its Total.
      const footers: string[] = [];
      for (let gap = 1; gap <= 2; gap++) {
        const next = units[j + gap];
        const between = units.slice(j, j + gap);
        if (!next?.table || next.section !== unit.section || between.some((u) => u.table || u.section !== unit.section)) continue;
        if (cellCount(next.text) !== cellCount(rows[rows.length - 1]!) || !/\d\s*$/.test(next.text)) break;
        footers.push(...between.map((u) => u.text));
        j += gap;
        while (j < units.length && units[j]!.table && units[j]!.section === unit.section) rows.push(units[j++]!.text);
        gap = 0;
      }
      // The line that introduces a table belongs with it: the figures answer what it says.
      const before = i > 0 && !units[i - 1]!.table && units[i - 1]!.section === unit.section ? units[i - 1]!.text : undefined;
      let intro: string | undefined;
      if (before && introducesTable(before)) {
        // The passage ending with the introduction moves into the table's if it is short; else the introduction is repeated.
        const previous = chunks[chunks.length - 1];
        intro = previous && previous.text.endsWith(before) && previous.text.length <= MAX_CHARS ? chunks.pop()!.text : before;
      }
      chunks.push(...tableChunks(rows, unit.heading, intro).map((c) => ({ ...c, parents: unit.parents })));
      if (footers.length > 0) chunks.push({ text: footers.join('\n'), heading: unit.heading, parents: unit.parents });
      i = j;
      continue;
    }
    let text = unit.text;
    let j = i + 1;
    while (text.length < MIN_CHARS && j < units.length && !units[j]!.table && units[j]!.section === unit.section && text.length + units[j]!.text.length <= MAX_CHARS) {
      text = `${text}\n${units[j]!.text}`;
      j += 1;
    }
    chunks.push({ text, heading: unit.heading, parents: unit.parents, ...(unit.value ? { value: true } : {}) });
    i = j;
  }
  return { chunks, heading: last, outline: after };
}

/** A table as one passage, or runs of rows each led by the header row (and the introduction, if short). */
function tableChunks(rows: string[], heading: string, intro: string | undefined): Omit<Chunk, 'parents'>[] {
  const lead = intro ? `${intro}\n` : '';
  const whole = `${lead}${rows.join('\n')}`;
  if (whole.length <= TABLE_CHARS || rows.length <= 2) return [{ text: whole, heading }];
  const [first, ...body] = rows as [string, ...string[]];
  let header = first;
  // A table grouped by a labelled row ("Meeting date: 15 July 2019 | Despatch: 5 July", then the
  // items of that meeting, then "Meeting date: 16 September 2019"...): each group's rows are led by
  // their own group's row, never by the first group's (which would date them wrongly), and by the
  // table's column headings when it opens with them ("Item | Description | Report Author").
  // (Groups of one kind, at least two: a glossary's "CAMHS | Child and Adolescent..." opens none.)
  const kinds = rows.map(groupOf);
  const opening = kinds.slice(0, GROUP_OPENS).findIndex((kind) => kind !== undefined && kinds.filter((k) => k === kind).length >= 2);
  const group = opening >= 0 ? kinds[opening] : undefined;
  const columns = opening > 0 ? `${first}\n` : '';
  const out: Omit<Chunk, 'parents'>[] = [];
  let run: string[] = [];
  // A group's row with no rows under it ("Meeting date: 16 March 2020", nothing planned yet) is kept alone.
  let shown = false;
  const flush = () => {
    if (run.length > 0 || !shown) out.push({ text: `${out.length === 0 ? lead : ''}${[header, ...run].join('\n')}`, heading });
    run = [];
    shown = true;
  };
  for (const [n, row] of body.entries()) {
    if (group && kinds[n + 1] === group) {
      flush();
      header = `${columns}${row}`;
      shown = false;
      continue;
    }
    if (run.length > 0 && header.length + [...run, row].join('\n').length > MAX_CHARS) flush();
    run.push(row);
  }
  flush();
  return out;
}

/** Rows looked through for the first that opens a group: the table's column headings may come first. */
const GROUP_OPENS = 3;
/** A value giving a date: a month's name (periods.json) or a year. */
const dated = new RegExp(`\\b(?:${anyOf([...monthNames, ...monthShortForms])})\\b|\\b(?:19|20)\\d\\d\\b`, 'i');

/**
 * What a row that opens a group of a table's rows is a row of, if it may be one: a label it opens with
 * ("Meeting date: 15 July 2019", numbered or not: "Priority 2: Capacity..." is a "priority"), a first
 * cell that is a label and its number or letter ("Recommendation No. 1", "Recommendation A (ii)"), or
 * a key and its value alone ("Priority Area | OUR PEOPLE"). A table whose first row is one is cut at
 * each later row of the same kind.
 */
function groupOf(row: string): string | undefined {
  // A label with a colon opens a group only numbered ("Priority 2:") or giving a date ("Meeting date:
  // 15 July 2019"): "Note: figures in £000s" and "Note: excludes schools" are notes on the same table.
  const labelled = /^([A-Za-z][A-Za-z ]{0,30}?[A-Za-z])\s*(\d{1,2}[A-Za-z]?)?\s*:\s*(\S.*)$/.exec(row);
  if (labelled && (labelled[2] || dated.test(labelled[3]!))) return `${labelled[1]!.toLowerCase()}:`;
  const [first, ...rest] = row.split(' | ');
  const numbered = /^([A-Z][A-Za-z]+(?: [A-Za-z]+){0,2}?)(?: No\.?)? (?:\d{1,2}[a-z]?|[A-Z])(?: \([ivx]{1,4}\))?$/.exec(first!);
  if (numbered) return `${numbered[1]!.toLowerCase()} #`;
  return rest.length === 1 && /^[A-Z][A-Za-z ]{2,30}$/.test(first!) ? `${first!.toLowerCase()} |` : undefined;
}
