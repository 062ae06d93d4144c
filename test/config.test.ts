import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configKeys, loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('runs on defaults alone: port 3978, embedded store in ./data, local mode', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3978, DATA_DIR: './data', LOG_LEVEL: 'info', SEED_ON_START: true });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.BOT_ID).toBeUndefined();
  });

  it('listens on this machine only in local mode, on every interface with credentials, unless HOST says', () => {
    const credentials = { BOT_ID: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b', BOT_PASSWORD: 'secret', BOT_TENANT_ID: '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9' };
    expect(loadConfig({}).HOST).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '' }).HOST).toBe('127.0.0.1');
    expect(loadConfig(credentials).HOST).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
    expect(loadConfig({ ...credentials, HOST: '10.0.0.4' }).HOST).toBe('10.0.0.4');
  });

  it('treats blank values as unset, as an env file with "KEY=" gives them', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ', BOT_ID: '' }).PORT).toBe(3978);
  });

  it.each([
    [{ PORT: 'eighty' }, /^PORT: /],
    [{ PORT: '70000' }, /^PORT: /],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL: must start with postgres/],
    [{ BOT_ID: 'not-a-guid' }, /^BOT_ID: must be the Azure bot app id/],
    [{ BOT_ID: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b' }, /BOT_PASSWORD: is required when BOT_ID is set/],
    [{ BOT_PASSWORD: 'x' }, /^BOT_ID: is required/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: /],
    [{ SEED_ON_START: 'yes' }, /^SEED_ON_START: /],
  ])('refuses %j with one line naming the key', (env, message) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('accepts a complete single-tenant configuration', () => {
    const config = loadConfig({
      BOT_ID: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      BOT_PASSWORD: 'secret',
      BOT_TENANT_ID: '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9',
    });
    expect(config.BOT_TENANT_ID).toBe('0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9');
  });
});

describe('env.sample', () => {
  const sample = readFileSync(join(__dirname, '..', 'env.sample'), 'utf8');
  const keys = [...sample.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);

  it('lists every setting the bot reads, and nothing else', () => {
    expect([...keys].sort()).toEqual(Object.keys(configKeys).sort());
  });

  it('gives every setting a description in the schema', () => {
    for (const [key, description] of Object.entries(configKeys)) expect(description, key).not.toBe('');
  });

  it('is itself a valid configuration', () => {
    const env = Object.fromEntries([...sample.matchAll(/^([A-Z][A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
    expect(() => loadConfig(env)).not.toThrow();
  });
});
