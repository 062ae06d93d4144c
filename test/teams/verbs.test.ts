import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardVerbs, parseVerb } from '../../src/teams/verbs';

/** Every verb a card template or its sample names, as written in the JSON. */
function verbsInCards(): Set<string> {
  const dir = join(__dirname, '..', '..', 'cards');
  const found = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/"verb":\s*"([a-z]+(?:\.[a-z]+)+)"/g)) found.add(m[1]!);
  }
  return found;
}

describe('the card verbs table', () => {
  it('has a row for every verb the cards carry', () => {
    const missing = [...verbsInCards()].filter((v) => !(v in cardVerbs));
    expect(verbsInCards().size).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('gives every verb a sentence for data that does not fit', () => {
    for (const [verb, row] of Object.entries(cardVerbs)) expect(row.stale, verb).toMatch(/\.$/);
  });

  it('refuses an update card without its action, and takes one with it', () => {
    expect(parseVerb('action.update', { status: 'G' })).toBeUndefined();
    const card = { actionId: 'p#1.1', version: '2', status: 'G', commentary: 'a $\u200b{b}' };
    expect(parseVerb('action.update', card)).toEqual({ actionId: 'p#1.1', version: 2, status: 'G', commentary: 'a ${b}', nextSteps: '', revisedDue: '', evidenceUrl: '' });
  });

  it('reads optional ids as absent when a card sends something else', () => {
    expect(parseVerb('question.queue', { windowId: '' })).toEqual({ windowId: undefined });
    expect(parseVerb('question.queue', { windowId: 'w1' })).toEqual({ windowId: 'w1' });
    expect(parseVerb('outbox.retry', { key: '' })).toEqual({ key: undefined });
    expect(parseVerb('question.open.form', { meetingId: 7 })).toEqual({ meetingId: '' });
    expect(parseVerb('action.open', { actionId: 7 })).toBeUndefined();
  });

  it('takes a refresh with its one id and nothing else', () => {
    expect(parseVerb('action.view', { actionId: 'p#1.1' })).toEqual({ actionId: 'p#1.1' });
    expect(parseVerb('action.view', { actionId: 'p#1.1', extra: 1 })).toBeUndefined();
    expect(parseVerb('question.view', {})).toBeUndefined();
  });
});
