import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedPacksDir } from '../../src/import/seed-files';
import { describeNeedle, shows } from './matching';
import { questionSets } from './eval-sets';
import { type EvalQuestion, evalQuestionSchema, packs, topics } from './question-types';
import { devQuestions } from './questions';

/** Pack text by prefix ("004"), with HTML tags dropped as a reader would see it. */
const packText = Object.fromEntries(
  packs.map((prefix) => {
    const file = readdirSync(seedPacksDir).find((name) => name.startsWith(prefix))!;
    return [prefix, readFileSync(join(seedPacksDir, file), 'utf8').replace(/<[^>]+>/g, ' ')];
  }),
);

// Required strings that are not quoted from a pack, and why: counts of rows, a date the pack prints
// as "24th May 2019", and a statement about the source.
const notQuoted: Record<string, string> = {
  'plan-14': 'the count of the plan\'s action rows (22 + 12 + 9 + 9 + 10)',
  'fu-08': 'the same count',
  'plan-15': 'printed "24th May 2019"',
  'plan-16': 'that the plan defines no status key',
};

/** Required strings of answers that the packs they name do not show verbatim, as "id: needle". */
function unquotedNeedles(questions: EvalQuestion[]): string[] {
  const unquoted: string[] = [];
  for (const question of questions) {
    if (question.expect.kind !== 'answer' || notQuoted[question.id]) continue;
    const text = question.packs.map((p) => packText[p]).join('\n');
    for (const needle of question.expect.mustContain) {
      if (!shows(text, needle)) unquoted.push(`${question.id}: ${describeNeedle(needle)}`);
    }
  }
  return unquoted;
}

describe('the development question table', () => {
  it('has at least 110 well-formed questions with unique ids', () => {
    expect(devQuestions.length).toBeGreaterThanOrEqual(110);
    for (const question of devQuestions) expect(evalQuestionSchema.parse(question)).toEqual(question);
    expect(new Set(devQuestions.map((q) => q.id)).size).toBe(devQuestions.length);
  });

  it('covers every kind of question, every pack and every kind of expected reply', () => {
    expect(new Set(devQuestions.map((q) => q.topic))).toEqual(new Set(topics));
    expect(new Set(devQuestions.flatMap((q) => q.packs))).toEqual(new Set(packs));
    expect(new Set(devQuestions.map((q) => q.expect.kind))).toEqual(new Set(['answer', 'ask-back', 'not-found']));
  });

  it('includes typos, follow-ups, OCR-mangled refs, conflicting figures, a blank lead and completion only in free text', () => {
    const count = (tag: string) => devQuestions.filter((q) => q.tags?.includes(tag as never)).length;
    expect(count('typo')).toBeGreaterThanOrEqual(8);
    expect(count('follow-up')).toBeGreaterThanOrEqual(10);
    expect(count('ocr')).toBeGreaterThanOrEqual(3);
    expect(count('conflict')).toBeGreaterThanOrEqual(4);
    expect(count('no-lead')).toBeGreaterThanOrEqual(1);
    expect(count('free-text')).toBeGreaterThanOrEqual(2);
    expect(count('period')).toBeGreaterThanOrEqual(5);
  });

  it('asks some questions in a channel and a group chat, not only in personal chats', () => {
    expect(devQuestions.some((q) => q.surface === 'channel')).toBe(true);
    expect(devQuestions.some((q) => q.surface === 'groupChat')).toBe(true);
  });

  it('puts every follow-up after an earlier question of its conversation', () => {
    const seen = new Set<string>();
    for (const question of devQuestions) {
      if (question.tags?.includes('follow-up')) {
        expect(question.conversation, question.id).toBeDefined();
        expect(seen.has(question.conversation!), question.id).toBe(true);
      } else if (question.conversation && !seen.has(question.conversation)) {
        seen.add(question.conversation);
      }
    }
  });

  it('quotes every required string of an answer from the packs it names', () => {
    expect(unquotedNeedles(devQuestions)).toEqual([]);
  });

  it('names its source lines for every question about something the packs hold', () => {
    const unsourced = devQuestions.filter((q) => q.packs.length > 0 && q.expect.kind !== 'not-found' && !q.source).map((q) => q.id);
    expect(unsourced).toEqual([]);
  });
});

/**
 * The blind set is checked for what would break the run (its shape, its ids), never for its content:
 * it is committed as written and never edited to pass, so a needle the packs do not print verbatim is
 * reported for a person to read, not failed.
 */
describe('the blind question table', () => {
  const { blind } = questionSets;

  it('is well formed, with ids unique within it', () => {
    for (const question of blind) expect(evalQuestionSchema.parse(question)).toEqual(question);
    expect(new Set(blind.map((q) => q.id)).size).toBe(blind.length);
  });

  it('shares no id with the development set', () => {
    const devIds = new Set(devQuestions.map((q) => q.id));
    expect(blind.filter((q) => devIds.has(q.id)).map((q) => q.id)).toEqual([]);
  });

  it('reports (never fails on) required strings the packs do not print verbatim', () => {
    const unquoted = unquotedNeedles(blind);
    const report = unquoted.length ? unquoted.map((u) => `  ${u}`).join('\n') : '  (none)';
    console.info(`Blind needles not quoted verbatim from their packs (${unquoted.length}):\n${report}`);
  });
});
