import { cleanCell } from './ocr';

/**
 * A pack line as plain prose: markdown headings, emphasis, links, list bullets and table pipes
 * removed, tabs turned into spaces. Used to read front sheets and headers whatever the exporter.
 */
export function plainLine(line: string): string {
  const text = line
    .replace(/\[([^\]]*)\]\((?:mailto:)?[^)]*\)/g, '$1')
    .replace(/\t/g, ' ');
  return cleanCell(text)
    .replace(/^#+\s*/, '')
    .replace(/^[-*•]\s+/, '')
    .replace(/\*+/g, '')
    .replace(/\\([$_*#&])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Title case for a heading printed in capitals ("CHILDREN AND YOUNG PEOPLE" -> "Children and Young People"). */
export function titleCase(text: string): string {
  const small = new Set(['and', 'of', 'for', 'the', 'in', 'on', 'to', 'a', 'an', 'at', 'by', 'with', 'or', 'from']);
  return text
    .toLowerCase()
    .split(' ')
    .map((word, i) =>
      i > 0 && small.has(word) ? word : word.replace(/^([^\p{L}]*)(\p{L})/u, (_m, pre: string, c: string) => pre + c.toUpperCase()),
    )
    .join(' ')
    .replace(/\b(o&s|yot|hmip|send|raa|hif|s75|covid-19|ofsted|dfe|nhs)\b/gi, (w) => w.toUpperCase());
}

/** True when the text has letters and none of them is lower case. */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}
