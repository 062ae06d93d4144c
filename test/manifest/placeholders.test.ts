import { describe, expect, it } from 'vitest';
import { fillPlaceholders, MissingValuesError, parseEnvFile, placeholdersIn } from '../../src/cli/app-package/placeholders';

describe('manifest placeholders', () => {
  it('finds each placeholder once, in order', () => {
    expect(placeholdersIn('{"a":"${{BOT_ID}}","b":"${{ BOT_DOMAIN }}","c":"${{BOT_ID}}"}')).toEqual(['BOT_ID', 'BOT_DOMAIN']);
  });

  it('fills values as JSON string content, so a quote cannot break the manifest', () => {
    const filled = fillPlaceholders('{"name":"${{DEVELOPER_NAME}}"}', { DEVELOPER_NAME: 'Council "Democratic" Services' });
    expect(JSON.parse(filled)).toEqual({ name: 'Council "Democratic" Services' });
  });

  it('treats an empty value as missing, except where an empty default is allowed', () => {
    expect(() => fillPlaceholders('"${{BOT_ID}}"', { BOT_ID: ' ' })).toThrow(MissingValuesError);
    expect(fillPlaceholders('"Board${{APP_NAME_SUFFIX}}"', {})).toBe('"Board"');
    expect(fillPlaceholders('"Board${{APP_NAME_SUFFIX}}"', { APP_NAME_SUFFIX: ' (test)' })).toBe('"Board (test)"');
  });

  it('reads a Toolkit-style env file', () => {
    expect(parseEnvFile('# comment\nBOT_ID=abc\nBOT_DOMAIN="x.example"\n\nEMPTY=\n')).toEqual({ BOT_ID: 'abc', BOT_DOMAIN: 'x.example', EMPTY: '' });
  });
});
