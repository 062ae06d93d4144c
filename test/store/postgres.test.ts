import { afterAll, beforeAll, describe, it } from 'vitest';
import { openStores } from '../../src/store/open-stores';
import { createScratchDatabase, serverUrl } from '../helpers/databases';
import { storeContract } from './contract';

if (serverUrl) {
  const baseUrl = serverUrl;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  beforeAll(async () => {
    scratch = await createScratchDatabase(baseUrl);
  });
  afterAll(async () => {
    await scratch?.drop();
  });
  storeContract(
    'PostgreSQL server',
    () => openStores({ databaseUrl: scratch.url }),
    () => openStores({ databaseUrl: scratch.url }),
  );
} else {
  describe('PostgreSQL server store contract', () => {
    it.skip('runs when DATABASE_URL is set (as .ci/run sets it)', () => undefined);
  });
}
