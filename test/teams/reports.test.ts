import { describe, expect, it } from 'vitest';
import { cardOf, people, plo, press, say, useUpdatesHarness } from './updates-harness';
import { cardText } from '../helpers/test-bot';

const h = useUpdatesHarness();
const amber = { actionId: plo, version: 0, status: 'A', commentary: 'Two cases have drifted past 26 weeks.', nextSteps: 'Weekly tracker review from 1 December.', revisedDue: '', evidenceUrl: '' };

describe('"report <plan>" in a chat', () => {
  it('answers with the status at a glance and the Red and Amber actions with their latest commentary', async () => {
    await h().run(press('action.update', amber));
    const text = cardText(cardOf(await h().run(say("report Medway Children's Services Action Plan", people.jane))));
    expect(text).toContain("Medway Children's Services Action Plan: status report");
    expect(text).toContain('Amber | 1');
    expect(text).toContain('No status yet | 60');
    expect(text).toContain('Exceptions: Red or Amber \\(1 of 62 actions\\)');
    expect(text).toContain('Two cases have drifted past 26 weeks.');
    // Councillors get a button for the Word file, never a command line with an internal id.
    expect(text).toContain('Word file');
    expect(text).not.toMatch(/npm|medway\\\/|\\-\\-/);
  });

  it('says so when no action is at the worst levels, and lists only exceptions when asked', async () => {
    const text = cardText(cardOf(await h().run(say('report YOT plan exceptions', people.sam))));
    expect(text).toContain('No action is at No improvement or Some progress.');
    expect(text).not.toContain('No status yet');
    expect(text).toContain('The Word file holds every exception');
  });

  it('asks which plan when the words fit several', async () => {
    const turn = await h().run(say('report executive response', people.sam));
    expect(turn.sent[0]?.text).toMatch(/^"executive response" matches 3 plans: .*Add a word that picks out one\.$/);
  });
});
