import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openStores } from '../../src/store/open-stores';
import { storeContract } from './contract';

const dataDir = mkdtempSync(join(tmpdir(), 'cb-embedded-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

storeContract(
  'embedded (PGlite in a folder)',
  () => openStores({ dataDir }),
  () => openStores({ dataDir }),
);
