import { createPublicKey, type KeyObject } from 'node:crypto';
import { z } from 'zod';

/** Where Bot Framework publishes the keys that sign the tokens Teams sends a bot. */
export const BOT_FRAMEWORK_OPENID_METADATA = 'https://login.botframework.com/v1/.well-known/openidconfiguration';

export interface SigningKey {
  key: KeyObject;
  /** The channels the key may sign for (empty: any). */
  endorsements: string[];
}

/** The signing keys could not be fetched and none are known: the caller should answer 503. */
export class SigningKeysUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(`signing keys unreachable (${reason})`);
    this.name = 'SigningKeysUnavailableError';
  }
}

export interface SigningKeys {
  /** The key with this id; undefined when the endpoint does not publish it. */
  get(kid: string): Promise<SigningKey | undefined>;
}

const metadata = z.object({ jwks_uri: z.string().url() });
const jwks = z.object({
  keys: z.array(z.object({ kid: z.string(), kty: z.string(), n: z.string().optional(), e: z.string().optional(), endorsements: z.array(z.string()).optional() })),
});

const HOUR = 3_600_000;
/** Keys are fetched again after a day, and at most every 5 minutes for an id not yet seen. */
const REFRESH = { stale: 24 * HOUR, unknownKid: 5 * 60_000, afterFailure: 10_000 };

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

async function fetchKeys(metadataUrl: string): Promise<Map<string, SigningKey>> {
  const { jwks_uri } = metadata.parse(await getJson(metadataUrl));
  const keys = new Map<string, SigningKey>();
  for (const k of jwks.parse(await getJson(jwks_uri)).keys) {
    if (k.kty !== 'RSA' || !k.n || !k.e) continue;
    keys.set(k.kid, { key: createPublicKey({ key: { kty: 'RSA', n: k.n, e: k.e }, format: 'jwk' }), endorsements: k.endorsements ?? [] });
  }
  return keys;
}

/** The short, non-secret name of why a fetch failed (a code such as ENOTFOUND, or the HTTP status). */
function failureName(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  if (cause?.code) return cause.code;
  return error instanceof z.ZodError ? 'unexpected answer' : error instanceof Error ? error.message.slice(0, 40) : 'error';
}

/**
 * Bot Framework's token signing keys from its OpenID metadata, cached.
 *
 * @remarks
 * One fetch serves every request waiting on it. A token naming a key id not seen fetches again at most
 * every 5 minutes, so forged key ids cannot make the bot hammer the endpoint; after a failed fetch the
 * keys already known are used, and with none known callers are told at once for 10 seconds.
 */
export function botSigningKeys(metadataUrl: string, now: () => number = Date.now): SigningKeys {
  let keys = new Map<string, SigningKey>();
  let loadedAt = -Infinity;
  let failedAt = -Infinity;
  let failure = '';
  let loading: Promise<void> | undefined;
  const load = () =>
    (loading ??= fetchKeys(metadataUrl)
      .then((fresh) => {
        keys = fresh;
        loadedAt = now();
      })
      .catch((error: unknown) => {
        failedAt = now();
        failure = failureName(error);
      })
      .finally(() => (loading = undefined)));
  return {
    async get(kid) {
      const age = now() - loadedAt;
      const wanted = age > REFRESH.stale || (!keys.has(kid) && age > REFRESH.unknownKid);
      if (wanted && now() - failedAt > REFRESH.afterFailure) await load();
      if (keys.size === 0) throw new SigningKeysUnavailableError(failure || 'no keys published');
      return keys.get(kid);
    },
  };
}
