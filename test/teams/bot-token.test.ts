import { createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseBotToken, verifyBotToken } from '../../src/teams/bot-token';
import { type SigningKeys, SigningKeysUnavailableError } from '../../src/teams/signing-keys';
import { jwtPart, rsaKey, signJwt } from '../helpers/fake-openid';

const botId = '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const now = 1_800_000_000;
const key = rsaKey('k1');
const keys: SigningKeys = { get: async (kid) => (kid === 'k1' ? { key: createPublicKey(key.privateKey), endorsements: ['msteams'] } : undefined) };
const claims = { aud: botId, iss: 'https://api.botframework.com', exp: now + 600, serviceurl: 'https://smba.trafficmanager.net/uk/' };
const expected = { botId, channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/uk/', nowSeconds: now };
const jwt = (header: object, payload: object) => `${jwtPart(header)}.${jwtPart(payload)}.c2ln`;

describe('parseBotToken', () => {
  it.each([
    ['no header', undefined],
    ['not a bearer token', 'Basic dXNlcjpwYXNz'],
    ['HS256', `Bearer ${jwt({ alg: 'HS256', kid: 'k' }, claims)}`],
    ['alg none', `Bearer ${jwt({ alg: 'none' }, claims)}`],
    ['no key id', `Bearer ${jwt({ alg: 'RS256' }, claims)}`],
    ['no expiry', `Bearer ${jwt({ alg: 'RS256', kid: 'k' }, { ...claims, exp: undefined })}`],
    ['two tokens', `Bearer ${jwt({ alg: 'RS256', kid: 'k' }, claims)} ${jwt({ alg: 'RS256', kid: 'k' }, claims)}`],
  ])('refuses %s', (_name, header) => {
    expect(parseBotToken(header)).toBeUndefined();
  });

  it('reads an RS256 token with a key id, whatever the case of the scheme', () => {
    expect(parseBotToken(`bEaReR ${jwt({ alg: 'RS256', kid: 'k' }, claims)}`)).toMatchObject({ kid: 'k', claims });
  });
});

describe('verifyBotToken', () => {
  const signed = (extra: object = {}, kid = 'k1') => `Bearer ${signJwt(key.privateKey, { kid }, { ...claims, ...extra })}`;

  it('accepts a token signed with the published key, handing it on as "Bearer"', async () => {
    const header = signed().replace('Bearer', 'bearer');
    expect(await verifyBotToken(header, expected, keys)).toEqual({ ok: true, authorization: header.replace('bearer', 'Bearer') });
  });

  it.each([
    ['expired beyond the 5 minutes of skew', { exp: now - 301 }, 'expired'],
    ['not valid for more than 5 minutes yet', { nbf: now + 301 }, 'not yet valid'],
    ['for another bot', { aud: 'someone-else' }, 'audience'],
    ['from another issuer', { iss: 'https://login.microsoftonline.com/x/v2.0' }, 'issuer'],
    ['for another service URL', { serviceurl: 'https://evil.example/' }, 'service url'],
  ])('refuses a token %s', async (_name, extra, reason) => {
    expect(await verifyBotToken(signed(extra), expected, keys)).toEqual({ ok: false, status: 401, reason });
  });

  it('accepts a token within the 5 minutes of skew', async () => {
    expect((await verifyBotToken(signed({ exp: now - 299, nbf: now + 299 }), expected, keys)).ok).toBe(true);
  });

  it('refuses an unknown key, a bad signature and a channel the key does not endorse', async () => {
    expect(await verifyBotToken(signed({}, 'k2'), expected, keys)).toMatchObject({ status: 401, reason: 'unknown key' });
    expect(await verifyBotToken(signed().replace(/.{8}$/, 'AAAAAAAA'), expected, keys)).toMatchObject({ status: 401, reason: 'signature' });
    expect(await verifyBotToken(signed(), { ...expected, channelId: 'webchat' }, keys)).toMatchObject({ status: 401, reason: 'endorsement' });
  });

  it('answers 503 when the keys cannot be fetched', async () => {
    const away: SigningKeys = { get: async () => Promise.reject(new SigningKeysUnavailableError('ENOTFOUND')) };
    expect(await verifyBotToken(signed(), expected, away)).toEqual({ ok: false, status: 503, reason: 'signing keys unreachable (ENOTFOUND)' });
  });
});
