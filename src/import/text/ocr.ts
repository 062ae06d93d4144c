/**
 * Text clean-up shared by every pack parser: markup residue, OCR look-alike letters, whitespace.
 *
 * @remarks
 * The packs were converted from PDF by OCR and an HTML/markdown exporter. They carry `<b>`, `<u>`,
 * `<mark>`, `**bold**`, `<br>` inside table cells, and Cyrillic letters that look like Latin ones
 * ("Кеу" for Key, "В" for the Blue RAG code, "СЗ" for the risk rating C3). Only the look-alike
 * repairs change content, so only they are listed in `repairs`; markup and spacing are formatting.
 */

/** Cyrillic and Greek letters that print exactly like a Latin letter or digit. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic capitals
  'А': 'A', 'В': 'B', 'С': 'C', 'Е': 'E', 'Н': 'H', 'І': 'I', 'Ј': 'J', 'К': 'K', 'М': 'M',
  'О': 'O', 'Р': 'P', 'Ѕ': 'S', 'Т': 'T', 'Х': 'X', 'У': 'Y', 'З': '3', 'Ԛ': 'Q', 'Ԝ': 'W',
  // Cyrillic small
  'а': 'a', 'с': 'c', 'е': 'e', 'һ': 'h', 'і': 'i', 'ј': 'j', 'ԁ': 'd', 'о': 'o', 'р': 'p',
  'ѕ': 's', 'х': 'x', 'у': 'y', 'ԛ': 'q', 'ԝ': 'w', 'ӏ': 'l',
  // Greek capitals and the small omicron
  'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N',
  'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X', 'ο': 'o',
};

const FOREIGN_LETTER = /[\u0370-\u03ff\u0400-\u052f]/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
/** A word: letters, digits and the apostrophes/hyphens inside words. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Does the word hold a Cyrillic/Greek letter with no Latin twin (so it is really Cyrillic/Greek)? */
function hasGenuineForeignLetter(word: string): boolean {
  for (const ch of word) if (FOREIGN_LETTER.test(ch) && !(ch in LOOK_ALIKES)) return true;
  return false;
}

function mapLookAlikes(word: string): string {
  let out = '';
  for (const ch of word) out += LOOK_ALIKES[ch] ?? ch;
  return out;
}

/**
 * Repairs look-alikes in one line. A word is repaired only when every foreign letter in it has a
 * Latin twin and either the word also holds Latin letters or digits, or the line has no genuinely
 * Cyrillic/Greek word (so "Русский" in a language list, and its neighbours, stay as they are).
 */
function repairLine(line: string, repairs: string[]): string {
  if (!FOREIGN_LETTER.test(line)) return line;
  const words = line.match(WORD) ?? [];
  const lineIsForeign = words.some(hasGenuineForeignLetter);
  return line.replace(WORD, (word) => {
    if (!FOREIGN_LETTER.test(word) || hasGenuineForeignLetter(word)) return word;
    if (lineIsForeign && !LATIN_OR_DIGIT.test(word)) return word;
    const fixed = mapLookAlikes(word);
    repairs.push(`'${word}' -> '${fixed}' (look-alike letters)`);
    return fixed;
  });
}

/** Removes HTML tags and `**` emphasis; tags that break text (`<br>`, `<p>`, `<li>`) become spaces. */
function stripMarkup(text: string): string {
  return text
    .replace(/<\s*(br|p|li|ul|ol|tr|td|th|div)\b[^>]*\/?>/gi, ' ')
    .replace(/<\s*\/\s*(p|li|ul|ol|tr|td|th|div)\s*>/gi, ' ')
    .replace(/<\s*\/?\s*[a-z][a-z0-9]*\b[^>]*>/gi, '')
    .replace(/\*\*/g, '');
}

function collapseLine(line: string): string {
  return line.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Strips markup, maps Cyrillic/Greek look-alike letters inside otherwise-Latin words to Latin and
 * collapses whitespace on each line (line breaks are kept). `repairs` lists each look-alike repair.
 */
export function normaliseOcr(text: string): { text: string; repairs: string[] } {
  const repairs: string[] = [];
  const lines = stripMarkup(text)
    .split(/\r?\n/)
    .map((line) => collapseLine(repairLine(line, repairs)));
  return { text: lines.join('\n'), repairs };
}

/** One table cell as plain text: markup stripped, whitespace (line breaks too) collapsed, trimmed. */
export function cleanCell(cell: string): string {
  return collapseLine(stripMarkup(cell));
}
