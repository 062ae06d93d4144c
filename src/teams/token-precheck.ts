/**
 * A cheap first look at the Authorization header before botbuilder validates the token in full.
 *
 * @remarks
 * Bot Framework and Entra tokens are RS256 JWTs with a key id, addressed to the bot's app id. A header
 * that cannot be one (missing, another algorithm, another audience) is refused here with 401, without
 * the network round-trip to fetch signing keys that full validation needs. Anything that passes still
 * goes through botbuilder's full signature, issuer and expiry checks.
 */
export function mayBeBotFrameworkToken(authorization: string | undefined, botId: string): boolean {
  const match = /^Bearer\s+([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(authorization ?? '');
  if (!match) return false;
  try {
    const header = JSON.parse(Buffer.from(match[1]!, 'base64url').toString('utf8')) as { alg?: string; kid?: string };
    const payload = JSON.parse(Buffer.from(match[2]!, 'base64url').toString('utf8')) as { aud?: string | string[] };
    if (header.alg !== 'RS256' || !header.kid) return false;
    const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    return audiences.some((aud) => aud === botId || aud === `api://${botId}`);
  } catch {
    return false;
  }
}
