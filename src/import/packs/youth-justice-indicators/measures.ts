/** The three national youth justice indicators; re-offending has two measures, FTE a rate and a count. */
export type Family = 'fte' | 'custody' | 'reoffending';
export type MeasureKey = 'fte-rate' | 'fte-count' | 'custody' | 'reoffending-frequency' | 'reoffending-binary';

export interface MeasureDef {
  key: MeasureKey;
  family: Family;
  name: string;
  aliases: string[];
  unit: string;
  /** Counts carry no stated polarity; the rates take the one the pack states for their indicator. */
  takesFamilyPolarity: boolean;
}

export const MEASURES: Readonly<Record<MeasureKey, MeasureDef>> = {
  'fte-rate': {
    key: 'fte-rate', family: 'fte', name: 'First time entrants rate', unit: 'per 100,000 youth population',
    aliases: ['FTE rate', 'first time entrants', 'first time entrants to the youth justice system', 'FTE'],
    takesFamilyPolarity: true,
  },
  'fte-count': {
    key: 'fte-count', family: 'fte', name: 'First time entrants (number)', unit: 'young people',
    aliases: ['number of first time entrants', 'FTE count', 'FTE number'],
    takesFamilyPolarity: false,
  },
  custody: {
    key: 'custody', family: 'custody', name: 'Use of custody', unit: 'custodial sentences per 1,000 youth population',
    aliases: ['custody rate', 'use of custody rate', 'custodial sentences'],
    takesFamilyPolarity: true,
  },
  'reoffending-frequency': {
    key: 'reoffending-frequency', family: 'reoffending', name: 'Re-offending frequency', unit: 're-offences per re-offender',
    aliases: ['frequency measure', 'average number of re-offences per re-offender', 'reoffending frequency'],
    takesFamilyPolarity: true,
  },
  'reoffending-binary': {
    key: 'reoffending-binary', family: 'reoffending', name: 'Re-offending rate (binary)', unit: '%',
    aliases: ['binary measure', 'proportion re-offending', 're-offending rate', 'reoffending rate'],
    takesFamilyPolarity: true,
  },
};

const FAMILY_WORDS: [Family, RegExp][] = [
  ['fte', /\bfirst[\s-]time entrants?\b|\bFTEs?\b/i],
  ['custody', /\bcustod(?:y|ial)\b/i],
  ['reoffending', /\bre-?offen(?:d|ce|der)|\bcohort identified\b|\bfrequency measure\b|\bbinary (?:measure|rate)\b/i],
];

/** The indicator a sentence talks about: the one named first, or undefined when it names none. */
export function familyOf(text: string): Family | undefined {
  let best: { family: Family; at: number } | undefined;
  for (const [family, re] of FAMILY_WORDS) {
    const at = text.search(re);
    if (at >= 0 && (!best || at < best.at)) best = { family, at };
  }
  return best?.family;
}

/** "The lower the number the better", "a lower figure denotes better performance". */
export function statesLowerIsBetter(text: string): boolean {
  return /\blower\b[^.]*\bbetter\b/i.test(text);
}
