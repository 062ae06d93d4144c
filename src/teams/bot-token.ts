import { verify } from 'node:crypto';
import { z } from 'zod';
import { type SigningKeys, SigningKeysUnavailableError } from './signing-keys';

/** The issuer of the tokens Bot Framework's channels (Teams among them) send a bot. */
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';
/** Clock skew allowed on `exp` and `nbf`, as botbuilder allows. */
const SKEW_SECONDS = 300;

const header = z.object({ alg: z.literal('RS256'), kid: z.string().min(1) });
const claims = z.object({
  aud: z.union([z.string(), z.array(z.string())]),
  iss: z.string(),
  exp: z.number(),
  nbf: z.number().optional(),
  serviceurl: z.string().optional(),
});

export interface BotToken {
  /** The token alone, without its scheme. */
  token: string;
  kid: string;
  claims: z.infer<typeof claims>;
  signed: Buffer;
  signature: Buffer;
}

const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;

/** An Authorization header that can hold a Bot Framework token: `Bearer` (any case), an RS256 JWT with a key id. */
export function parseBotToken(authorization: string | undefined): BotToken | undefined {
  const match = /^bearer[ \t]+(([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+))\.([A-Za-z0-9_-]+)$/i.exec((authorization ?? '').trim());
  if (!match) return undefined;
  try {
    const head = header.safeParse(decode(match[2]!));
    const body = claims.safeParse(decode(match[3]!));
    if (!head.success || !body.success) return undefined;
    return { token: `${match[1]}.${match[4]}`, kid: head.data.kid, claims: body.data, signed: Buffer.from(match[1]!), signature: Buffer.from(match[4]!, 'base64url') };
  } catch {
    return undefined;
  }
}

export type TokenVerdict = { ok: true; authorization: string } | { ok: false; status: 401 | 503; reason: string };

export interface TokenExpectations {
  botId: string;
  /** The activity's channelId and serviceUrl, which the token's key and claim must match. */
  channelId: unknown;
  serviceUrl: unknown;
  nowSeconds: number;
}

/** Why the claims cannot be this bot's, checked before any key is fetched; undefined when they can. */
function claimsProblem(token: BotToken, expected: TokenExpectations): string | undefined {
  const { aud, iss, exp, nbf, serviceurl } = token.claims;
  if (![aud].flat().some((a) => a === expected.botId || a === `api://${expected.botId}`)) return 'audience';
  if (iss !== BOT_FRAMEWORK_ISSUER) return 'issuer';
  if (exp + SKEW_SECONDS < expected.nowSeconds) return 'expired';
  if (nbf !== undefined && nbf - SKEW_SECONDS > expected.nowSeconds) return 'not yet valid';
  if (serviceurl !== undefined && serviceurl !== expected.serviceUrl) return 'service url';
  return undefined;
}

/**
 * Checks a request's Bot Framework token in full: its shape, audience, issuer, lifetime and service
 * URL (before any network call), then its signature with Bot Framework's published key and the key's
 * endorsement of the channel.
 *
 * @remarks
 * botbuilder checks again after this, but it answers a forged token with 500 and writes the stack
 * and the signing key to stderr; a token refused here never reaches it. Every refusal is 401, or 503
 * when the keys cannot be fetched; `reason` is for the log, never for the caller.
 */
export async function verifyBotToken(authorization: string | undefined, expected: TokenExpectations, keys: SigningKeys): Promise<TokenVerdict> {
  const token = parseBotToken(authorization);
  if (!token) return { ok: false, status: 401, reason: authorization ? 'malformed' : 'no token' };
  const problem = claimsProblem(token, expected);
  if (problem) return { ok: false, status: 401, reason: problem };
  let key;
  try {
    key = await keys.get(token.kid);
  } catch (error) {
    if (error instanceof SigningKeysUnavailableError) return { ok: false, status: 503, reason: error.message };
    throw error;
  }
  if (!key) return { ok: false, status: 401, reason: 'unknown key' };
  if (!verify('sha256', token.signed, key.key, token.signature)) return { ok: false, status: 401, reason: 'signature' };
  if (key.endorsements.length > 0 && !key.endorsements.includes(String(expected.channelId))) return { ok: false, status: 401, reason: 'endorsement' };
  // NOTE: botbuilder reads the scheme case-sensitively: hand it on as "Bearer".
  return { ok: true, authorization: `Bearer ${token.token}` };
}
