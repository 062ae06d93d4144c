import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';

/** A key pair whose public half a fake OpenID endpoint can publish. */
export function rsaKey(kid: string): { kid: string; privateKey: KeyObject; jwk: Record<string, unknown> } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, jwk: { ...publicKey.export({ format: 'jwk' }), kid, kty: 'RSA', use: 'sig', endorsements: ['msteams'] } };
}

/** One base64url part of a JWT. */
export const jwtPart = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT signed with `privateKey` (RS256 unless the header says otherwise). */
export function signJwt(privateKey: KeyObject, header: Record<string, unknown>, claims: Record<string, unknown>): string {
  const signed = `${jwtPart({ alg: 'RS256', typ: 'JWT', ...header })}.${jwtPart(claims)}`;
  return `${signed}.${sign('sha256', Buffer.from(signed), privateKey).toString('base64url')}`;
}

/**
 * Bot Framework's OpenID metadata and signing keys, served on loopback as login.botframework.com
 * serves them, counting how often each is asked for.
 */
export async function startFakeOpenId(keys: Record<string, unknown>[]) {
  const hits = { metadata: 0, keys: 0 };
  let port = 0;
  const server: Server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.url === '/keys') {
      hits.keys += 1;
      res.end(JSON.stringify({ keys }));
    } else {
      hits.metadata += 1;
      res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `http://127.0.0.1:${port}/keys` }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  return {
    metadataUrl: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
