import { lexicon } from '../language/lexicon';

/**
 * Places a question may name that are councils in England and Wales: when one is named that the
 * catalogue holds no figures for, a figure for somewhere else must not be offered in its place.
 * Counties, unitary and metropolitan councils, and the larger cities (src/language/data/places.json).
 */
export const placeNames: readonly string[] = lexicon.places.places;

/** Words after a place that make it part of an organisation's name ("Kent Police"), not the place asked about. */
const organisations = new Set(lexicon.places.organisationWords);
/** Place names that are also everyday words. */
const everyday = new Set(lexicon.places.everydayWords);

/**
 * The first place (from the gazetteer) the question's words name that is none of the data's areas or
 * councils, unless it is part of an organisation's name ("Kent Police"). Words are normalised tokens.
 */
export function otherPlace(words: string[], areas: string[]): string | undefined {
  const known = knownWords(areas);
  const text = ` ${words.join(' ')} `;
  for (const place of placeNames) {
    if (known.has(place) || everyday.has(place)) continue;
    const at = text.indexOf(` ${place} `);
    if (at < 0) continue;
    const next = text.slice(at + place.length + 2).split(' ')[0] ?? '';
    if (!organisations.has(next)) return place;
  }
  return undefined;
}

/** The words of the data's areas, read once per list of areas (a catalogue's). */
function knownWords(areas: string[]): Set<string> {
  let known = areaWords.get(areas);
  if (!known) areaWords.set(areas, (known = new Set(areas.flatMap((a) => a.toLowerCase().split(/\s+and\s+|\s+/)))));
  return known;
}
const areaWords = new WeakMap<string[], Set<string>>();
