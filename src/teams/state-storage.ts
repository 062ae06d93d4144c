import { deepCopy } from '../domain/deep-copy';
import type { Storage, StoreItems } from 'botbuilder';
import type { StateStore } from '../store/ports';

type Doc = Record<string, unknown>;

const MAX_ATTEMPTS = 8;
const MAX_BASES = 5_000;

/**
 * A botbuilder `Storage` over the bot's own database, so teams-ai turn state survives restarts and is
 * shared by every instance.
 *
 * @remarks
 * teams-ai writes back the eTag it read, and botbuilder's own storages then fail the second of two
 * overlapping turns with "eTag conflict". Here a conflicting write is merged instead: each top-level
 * field this turn changed (compared with the version it read) is laid over what is stored now, and
 * the write is retried. Turns in one conversation on one instance are also serialised upstream
 * (conversation-lock.ts), so the merge only matters between instances.
 */
export class SqlTurnStorage implements Storage {
  /** The documents handed out by read(), by key and version: the base of a three-way merge. */
  private readonly bases = new Map<string, Doc>();

  constructor(private readonly store: StateStore) {}

  async read(keys: string[]): Promise<StoreItems> {
    const found = await this.store.read(keys);
    const items: StoreItems = {};
    for (const [key, record] of found) {
      // NOTE: the store hands each read a document of its own, kept as the base; teams-ai changes
      // nested objects in place, so it gets a copy (the base must not share them).
      this.remember(key, record.etag, record.doc);
      items[key] = { ...deepCopy(record.doc), eTag: record.etag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(Object.entries(changes).map(([key, item]) => this.writeOne(key, item as Doc)));
  }

  async delete(keys: string[]): Promise<void> {
    await this.store.delete(keys);
  }

  private async writeOne(key: string, item: Doc): Promise<void> {
    const { eTag, ...changed } = item;
    let expected: string | null | '*' = typeof eTag === 'string' && eTag !== '' ? eTag : null;
    const read = expected && expected !== '*' ? this.bases.get(`${key}@${expected}`) : undefined;
    // NOTE: teams-ai compares JSON text to decide a scope changed, and PostgreSQL's jsonb gives keys
    // back in its own order, so a turn that set the same values again looks changed: not written.
    if (read && canonical(read) === canonical(changed)) return;
    let base: Doc = read ?? {};
    let doc: Doc = changed;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      // NOTE: one copy apart from teams-ai's objects, written and then kept as the base (the store keeps its own).
      const copy = deepCopy(doc);
      const result = await this.store.write(key, copy, expected);
      if (result.ok) {
        this.remember(key, result.etag, copy);
        return;
      }
      if (!result.current) {
        expected = null;
        continue;
      }
      doc = mergeFields(base, result.current.doc, doc);
      base = result.current.doc;
      expected = result.current.etag;
    }
    throw new Error(`Turn state for ${key} kept changing under us; gave up after ${MAX_ATTEMPTS} attempts.`);
  }

  /** Keeps `doc` as the base of this version: a document no one else holds (the caller's own copy). */
  private remember(key: string, etag: string, doc: Doc): void {
    if (this.bases.size >= MAX_BASES) {
      const oldest = this.bases.keys().next().value;
      if (oldest !== undefined) this.bases.delete(oldest);
    }
    this.bases.set(`${key}@${etag}`, doc);
  }
}

/** JSON text with object keys in sorted order, so equal documents give equal text whatever their key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Doc).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** Three-way merge by top-level field: our changes since `base` win, everything else stays as stored. */
export function mergeFields(base: Doc, stored: Doc, ours: Doc): Doc {
  const merged: Doc = { ...stored };
  const fields = new Set([...Object.keys(base), ...Object.keys(ours)]);
  for (const field of fields) {
    if (JSON.stringify(base[field]) === JSON.stringify(ours[field])) continue;
    if (field in ours) merged[field] = ours[field];
    else delete merged[field];
  }
  return merged;
}
