import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botSigningKeys, SigningKeysUnavailableError } from '../../src/teams/signing-keys';
import { rsaKey, startFakeOpenId } from '../helpers/fake-openid';
import { freePort } from '../helpers/spawn-bot';

const MINUTE = 60_000;

describe("Bot Framework's signing keys", () => {
  let openId: Awaited<ReturnType<typeof startFakeOpenId>>;
  beforeAll(async () => {
    openId = await startFakeOpenId([rsaKey('k1').jwk, { kid: 'ec', kty: 'EC', crv: 'P-256', x: 'x', y: 'y' }]);
  });
  afterAll(async () => {
    await openId?.close();
  });

  it('fetches once for every request, and again for an unknown key id at most every 5 minutes', async () => {
    let now = 1_000_000;
    const keys = botSigningKeys(openId.metadataUrl, () => now);
    const before = openId.hits.keys;
    const found = await Promise.all([keys.get('k1'), keys.get('k1'), keys.get('k1')]);
    expect(found.every((k) => k?.endorsements.includes('msteams'))).toBe(true);
    expect(await keys.get('ec')).toBeUndefined();
    expect(openId.hits.keys - before).toBe(1);
    now += 4 * MINUTE;
    expect(await keys.get('unknown')).toBeUndefined();
    expect(openId.hits.keys - before).toBe(1);
    now += 2 * MINUTE;
    expect(await keys.get('unknown')).toBeUndefined();
    expect(openId.hits.keys - before).toBe(2);
  });

  it('says the keys are unreachable when none could ever be fetched, naming only the cause', async () => {
    const keys = botSigningKeys(`http://127.0.0.1:${await freePort()}/openid`);
    const failure = await keys.get('k1').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SigningKeysUnavailableError);
    expect((failure as Error).message).toBe('signing keys unreachable (ECONNREFUSED)');
  });

  it('keeps using the keys it has when a refresh fails', async () => {
    const own = await startFakeOpenId([rsaKey('k2').jwk]);
    let now = 1_000_000;
    const keys = botSigningKeys(own.metadataUrl, () => now);
    expect(await keys.get('k2')).toBeDefined();
    await own.close();
    now += 25 * 60 * MINUTE;
    expect(await keys.get('k2')).toBeDefined();
  });
});
