import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Activity } from 'botbuilder';
import { readSeedFiles } from '../../src/import/seed-files';
import type { Directory } from '../../src/domain/directory';
import { parsePeopleFile } from '../../src/import/people-file';
import { importFiles } from '../../src/services/import-files';
import { openStores } from '../../src/store/open-stores';
import { activityFixture } from '../helpers/fixtures';
import { createTestBot, type TestBot } from '../helpers/test-bot';
import { readReply } from './card-reading';
import type { EvalQuestion } from './question-types';
import { type QuestionResult, scoreReply } from './scoring';

/** The eval's fixed clock: 2 January 2020, 10:00 in London, inside the packs' period. */
export const evalClock = new Date('2020-01-02T10:00:00Z');

/** The sample directory shipped with the seeds (people, roles, job titles), as PEOPLE_FILE would load it. */
export const sampleDirectoryPath = resolve(__dirname, '..', '..', 'seeds', 'people.sample.csv');

/** The Teams message a member sends: in a personal chat, a group chat, or a channel with an @mention. */
export function questionActivity(question: EvalQuestion, conversationId: string, turn: number): Partial<Activity> {
  const id = `eval-${turn}`;
  const surface = question.surface ?? 'personal';
  if (surface === 'channel') {
    const base = activityFixture('message-channel');
    return activityFixture('message-channel', {
      id,
      text: `<at>Board and scrutiny</at> ${question.text}`,
      conversation: { ...(base.conversation as object), id: `19:${conversationId}@thread.tacv2;messageid=${turn}` },
    });
  }
  const base = activityFixture('message-personal');
  const conversation =
    surface === 'groupChat'
      ? { id: `19:${conversationId}@thread.v2`, conversationType: 'groupChat', isGroup: true, tenantId: base.conversation?.tenantId }
      : { ...(base.conversation as object), id: `a:${conversationId}` };
  return activityFixture('message-personal', { id, text: question.text, conversation });
}

/** The sample directory, parsed as start-up parses PEOPLE_FILE. */
export function sampleDirectory(): Directory {
  const parsed = parsePeopleFile(readFileSync(sampleDirectoryPath, 'utf8'));
  if (!parsed.ok) throw new Error(`${sampleDirectoryPath}: ${parsed.errors.join('; ')}`);
  return { people: parsed.people };
}

export interface EvalSession {
  bot: TestBot;
  /** Asks the questions in order, each conversation's turns in one conversation; returns each result. */
  run(questions: EvalQuestion[]): Promise<QuestionResult[]>;
  close(): Promise<void>;
}

/**
 * The real app over a fresh in-memory store holding the five bundled packs, driven through
 * botbuilder's TestAdapter with Teams payloads, at a fixed clock.
 */
export async function openEvalSession(options: { clock?: Date } = {}): Promise<EvalSession> {
  const stores = await openStores({});
  const imported = await importFiles(stores.catalogue, readSeedFiles());
  if (!imported.ok) {
    await stores.close();
    throw new Error(`the bundled packs did not import: ${imported.errors.join('; ')}`);
  }
  const now = options.clock ?? evalClock;
  const bot = await createTestBot({ stores, clock: () => now, directory: sampleDirectory() });
  let turn = 0;

  return {
    bot,
    async run(questions) {
      const results: QuestionResult[] = [];
      for (const question of questions) {
        turn += 1;
        const conversationId = `eval-${question.conversation ?? question.id}`;
        const start = performance.now();
        let sent: Partial<Activity>[] = [];
        let error: string | undefined;
        try {
          sent = await bot.send(questionActivity(question, conversationId, turn));
        } catch (thrown) {
          error = thrown instanceof Error ? thrown.message : String(thrown);
        }
        const ms = performance.now() - start;
        const got = readReply(sent);
        results.push({ question, conversationId, got, ms, ...scoreReply(question, got), ...(error ? { error } : {}) });
      }
      return results;
    },
    async close() {
      await bot.close();
      await stores.close();
    },
  };
}
