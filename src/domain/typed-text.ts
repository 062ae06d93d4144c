/**
 * Text people type, made fit to store and to show. Pure.
 *
 * @remarks
 * - NUL and other control characters go (PostgreSQL refuses NUL, so every retry failed); tabs and
 *   line breaks stay, CR LF and CR becoming LF.
 * - Direction overrides, embeddings and isolates (U+202A-E, U+2066-9) go: they reorder what others
 *   read ("txt.exe" shown as "exe.txt"). The marks U+200E/F stay (they reorder nothing).
 * - Zero-width characters go (U+200B, U+2060, U+FEFF, U+180E, soft hyphen); the joiners U+200C/D stay
 *   only between two visible characters, where emoji and some scripts need them.
 * - Unpaired surrogates become U+FFFD; the result is in NFC.
 */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const DIRECTION_OVERRIDES = /[\u202a-\u202e\u2066-\u2069]/g;
const ZERO_WIDTH = /[\u200b\u2060\ufeff\u180e\u00ad]/g;
const LOOSE_JOINERS = /(?<!\S)[\u200c\u200d]+|[\u200c\u200d]+(?!\S)/g;
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Anything but printable ASCII, tab and line feed: text without it has nothing to clean. */
const BEYOND_PLAIN_ASCII = /[^\t\n\x20-\x7e]/;
/** Any character one of the passes below removes or replaces: most pack text beyond ASCII ("£", "’") has none. */
const EVER_REMOVED = /[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff\u180e\u00ad\ud800-\udfff]/;

export function cleanText(text: string): string {
  // NOTE: most text (typed questions, pack text in every answer card) is plain ASCII, already clean
  // and in NFC: seven passes saved on each (it runs on every turn and on every string of a card).
  if (!BEYOND_PLAIN_ASCII.test(text)) return text;
  if (!EVER_REMOVED.test(text)) return text.normalize('NFC');
  return text
    .replace(LONE_SURROGATES, '\ufffd')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROLS, '')
    .replace(DIRECTION_OVERRIDES, '')
    .replace(ZERO_WIDTH, '')
    .replace(LOOSE_JOINERS, '')
    .normalize('NFC');
}

/** Every string in a value (card data, nested), cleaned; keys, numbers and the rest as they were. */
export function cleanStrings(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (depth > 16 || !value || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => cleanStrings(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanStrings(v, depth + 1)]));
}
