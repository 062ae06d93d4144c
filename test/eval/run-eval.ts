/**
 * `npm run eval`: asks every question of the evaluation set through the real app over the bundled
 * packs, prints the share right per kind and in total, every miss, and the wrong figures; exits 1
 * when under 95% right or any wrong figure (so CI can gate on it).
 *
 * Options: `--only=<id,id,...>` asks those questions (and the earlier turns of their conversations);
 * `--quiet` leaves out the list of misses; `--full` prints every reply in full.
 */
import { devQuestions } from './questions';
import { openEvalSession } from './eval-session';
import { formatReport, summarise } from './report';
import { selectQuestions } from './select-questions';

async function main(): Promise<void> {
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const questions = selectQuestions(devQuestions, only ? only.split(',') : undefined);
  const session = await openEvalSession();
  try {
    const results = await session.run(questions);
    if (process.argv.includes('--full')) {
      for (const r of results) process.stdout.write(`${r.question.id} "${r.question.text}" -> ${r.got.kind}\n${r.got.text}\n\n`);
    }
    const summary = summarise(results);
    process.stdout.write(`${formatReport(summary, { showMisses: !process.argv.includes('--quiet') })}\n`);
    process.exitCode = summary.passed ? 0 : 1;
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`eval failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
