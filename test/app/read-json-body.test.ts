import { describe, expect, it } from 'vitest';
import { headerProblem } from '../../src/app/read-json-body';

describe('headerProblem', () => {
  const limit = 1_000;
  const check = (headers: Record<string, string>) => headerProblem({ headers }, limit);

  it.each([
    ['plain JSON', { 'content-type': 'application/json' }],
    ['JSON with a charset', { 'content-type': 'application/json; charset=utf-8' }],
    ['a +json type', { 'content-type': 'application/vnd.api+json' }],
    ['identity encoding', { 'content-type': 'Application/JSON', 'content-encoding': ' Identity ' }],
    ['a length at the limit', { 'content-type': 'application/json', 'content-length': '1000' }],
  ])('lets %s be read', (_name, headers) => {
    expect(check(headers)).toBeUndefined();
  });

  it.each([
    ['gzip', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, 415],
    ['two encodings', { 'content-type': 'application/json', 'content-encoding': 'identity, gzip' }, 415],
    ['no content type', {}, 415],
    ['form data', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
    ['a declared length over the limit', { 'content-type': 'application/json', 'content-length': '1001' }, 413],
  ])('refuses %s', (_name, headers, status) => {
    expect(check(headers)).toMatchObject({ ok: false, status });
  });
});
