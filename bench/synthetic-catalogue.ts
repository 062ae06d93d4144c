/**
 * A synthetic catalogue N times the seed data, for the ask benchmark's scaling run.
 *
 * Copy 0 is the seed data itself (imported as the bot imports it). Each further copy is the seed data
 * of an invented council: every plan, action, indicator, recommendation, meeting, person and document
 * again, with the place names replaced, ids and action references made unique, indicator figures
 * nudged and meeting dates moved, so matching has 50 times as many similar names to tell apart.
 */
import type { Dataset, Indicator, Measurement, Meeting } from '../src/domain/model';
import { parseFiles } from '../src/import/parse-files';
import { readSeedFiles } from '../src/import/seed-files';
import { dedupeDataset } from '../src/domain/merge-records';
import type { CatalogueStore } from '../src/store/ports';
import { importFiles } from '../src/services/import-files';

const heads = ['North', 'South', 'East', 'West', 'Upper', 'Lower', 'Great', 'Little', 'Kings'];
const tails = ['vale', 'moor', 'ford', 'bridge', 'field', 'wick', 'ham', 'borough'];

/** The invented council of copy `n` (1-based): "Northvale", "Southmoor"... */
export function councilName(n: number): string {
  const i = n - 1;
  return `${heads[i % heads.length]}${tails[Math.floor(i / heads.length) % tails.length]}${i >= heads.length * tails.length ? ` ${i}` : ''}`;
}

const places = /\b(Medway|Herefordshire|Hereford|West Mercia|Shropshire|Telford and Wrekin|Telford & Wrekin|Worcestershire|Kent)\b/g;

const mentionsPlace = new RegExp(places.source);
const districts = ['', ' North', ' South', ' East', ' West', ' Central', ' Rural', ' Coast'];

/** Text of the seed with its places renamed to the copy's council. */
const rename = (text: string, council: string) => text.replace(places, council);

function nudge(m: Measurement, factor: number): Measurement {
  if (m.value === null || m.value === 0) return m;
  const value = Math.round(m.value * factor * 100) / 100;
  return { ...m, value, raw: m.raw.replace(String(m.value), String(value)) };
}

function shiftDate(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** One invented council's copy of the seed dataset (copy >= 1). */
export function syntheticCopy(seed: Dataset, copy: number): Dataset {
  const council = councilName(copy);
  const slug = council.toLowerCase().replace(/\s+/g, '-');
  const code = council.slice(0, 2).toUpperCase() + String(copy);
  const id = (old: string) => `${slug}/${old}`;
  const doc = (old: string) => `${old}-${copy}`;
  const source = <T extends { documentId: string }>(s: T): T => ({ ...s, documentId: doc(s.documentId) });
  // Figures move by up to +/-10%, the same way for a copy each run, so no two councils are identical.
  const factor = 1 + (((copy * 7) % 21) - 10) / 100;
  const named = (text: string) => (mentionsPlace.test(text) ? rename(text, council) : `${council} ${text}`);
  // Each area of the seed (Medway, Herefordshire, Shropshire...) becomes a district of its own.
  const areas = [...new Set(seed.indicators.map((i) => i.area).filter((a): a is string => !!a))];
  const area = (old: string | undefined) => (old ? `${council}${districts[areas.indexOf(old) % districts.length]}` : undefined);

  return {
    documents: seed.documents.map((d) => ({
      ...d,
      id: doc(d.id),
      council,
      title: named(d.title),
      meetingId: d.meetingId ? id(d.meetingId) : undefined,
      pages: d.pages.map((p) => ({ ...p, text: rename(p.text, council) })),
    })),
    plans: seed.plans.map((p) => ({
      ...p,
      id: id(p.id),
      council,
      name: named(p.name),
      aliases: p.aliases.map((a) => rename(a, council)),
      scale: { ...p.scale, id: id(p.scale.id) },
      source: source(p.source),
    })),
    actions: seed.actions.map((a) => ({ ...a, id: id(a.id), planId: id(a.planId), ref: `${code}-${a.ref}`, source: source(a.source) })),
    indicators: seed.indicators.map(
      (i): Indicator => ({
        ...i,
        id: id(i.id),
        area: area(i.area),
        council,
        planId: i.planId ? id(i.planId) : undefined,
        actionRef: i.actionRef ? `${code}-${i.actionRef}` : undefined,
        values: i.values.map((m) => nudge(m, factor)),
        source: source(i.source),
      }),
    ),
    recommendations: seed.recommendations.map((r) => ({
      ...r,
      id: id(r.id),
      council,
      body: rename(r.body, council),
      planId: r.planId ? id(r.planId) : undefined,
      actionRefs: r.actionRefs.map((ref) => `${code}-${ref}`),
      source: source(r.source),
    })),
    risks: seed.risks.map((r) => ({ ...r, id: id(r.id), council, name: named(r.name), source: source(r.source) })),
    meetings: seed.meetings.map(
      (m): Meeting => ({ ...m, id: id(m.id), council, body: named(m.body), date: shiftDate(m.date, copy * 7), source: source(m.source) }),
    ),
    people: seed.people.map((p) => ({ ...p, id: id(p.id), council, source: source(p.source) })),
    // NOTE: glossary entries are unique by (term, expansion) in the store; 50 copies would collapse to one.
    glossary: [],
    reports: seed.reports.map((r) => ({
      ...r,
      id: id(r.id),
      council,
      title: named(r.title),
      ...(r.meetingId ? { meetingId: id(r.meetingId) } : {}),
      source: source(r.source),
    })),
    flags: [],
  };
}

/**
 * Fills an empty catalogue with `factor` times the seed data: the bundled packs through the real
 * import, then `factor - 1` invented councils, one transaction each.
 */
export async function writeSyntheticCatalogue(catalogue: CatalogueStore, factor: number): Promise<void> {
  const files = readSeedFiles();
  const imported = await importFiles(catalogue, files);
  if (!imported.ok) throw new Error(`seed import failed: ${imported.errors.join('; ')}`);
  const parsed = await parseFiles(files);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const seed = dedupeDataset(parsed.dataset);
  for (let copy = 1; copy < factor; copy += 1) {
    const dataset = syntheticCopy(seed, copy);
    await catalogue.replaceSources(dataset.documents.map((d) => d.id), dataset, []);
  }
}
