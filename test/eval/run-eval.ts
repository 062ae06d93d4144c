/**
 * `npm run eval`: asks the blind set, then the development set, through the real app over the bundled
 * packs, then the robustness suite's variants of their questions; prints each part's report, the
 * gate (each target, met or not) and a last line for scripts. Exits 1 when a part that ran misses its
 * target, 2 when the run itself fails.
 *
 * The blind figure comes first because it is the one that says whether the engine generalises; a
 * development figure rising while the blind one stays flat is tuning to the table.
 *
 * Options: `--set=blind,dev,robust` runs those parts (all by default; robust varies the sets named
 * beside it, or both alone); `--only=<id,...>` asks those questions and the earlier turns of their
 * conversations; `--quiet` leaves out the lists of misses and failing variants; `--full` prints every
 * reply in full and every failing variant.
 */
import { performance } from 'node:perf_hooks';
import { parseEvalOptions, robustScope } from './eval-options';
import { openEvalSession } from './eval-session';
import { questionSets, type SetName, setNames } from './eval-sets';
import { gateLines, gatePassed, type Outcome, summaryLine, targets } from './gate';
import { lexiconFromStore } from './lexicon';
import type { EvalQuestion } from './question-types';
import { formatReport, summarise } from './report';
import { formatRobustReport, summariseRobustness } from './robustness-report';
import { robustCases, runRobustCases } from './robustness-run';
import { selectFromSets } from './select-questions';

const titles: Record<SetName, string> = {
  blind: 'Members ask: the BLIND set (never tuned on, never edited to pass)',
  blind2: 'Members ask: the second BLIND batch (drawn with another seed; never tuned on, never edited to pass)',
  blind3: 'Members ask: the third BLIND batch (a third seed, written before its first run; never tuned on, never edited to pass)',
  blind4: 'Members ask: the fourth BLIND batch (a fourth seed, written before its first run; never tuned on, never edited to pass)',
  blind5: 'Members ask: the fifth BLIND batch (a fifth seed, written before its first run; never tuned on, never edited to pass)',
  dev: 'Members ask: the development set (tuned on)',
};

/** A set's conversations renamed apart, so two sets asked in one session never share a conversation. */
const ownConversations = (set: SetName, questions: EvalQuestion[]) =>
  questions.map((q) => (q.conversation ? { ...q, conversation: `${set}-${q.conversation}` } : q));

const print = (text: string) => process.stdout.write(`${text}\n`);

async function main(): Promise<void> {
  const options = parseEvalOptions(process.argv.slice(2));
  const chosen = selectFromSets(questionSets, options.only);
  const session = await openEvalSession();
  const outcomes: Outcome[] = [];
  const rightById = new Map<string, boolean>();
  const ask = async (set: SetName) => {
    const results = await session.run(ownConversations(set, chosen[set]));
    for (const r of results) rightById.set(r.question.id, r.right);
    return results;
  };
  try {
    for (const set of setNames) {
      if (!options.parts.includes(set) || chosen[set].length === 0) continue;
      const results = await ask(set);
      if (options.full) for (const r of results) print(`${r.question.id} "${r.question.text}" -> ${r.got.kind}\n${r.got.text}\n`);
      const summary = summarise(results, targets[set]);
      print(`${formatReport(summary, { showMisses: !options.quiet, title: titles[set] })}\n`);
      outcomes.push({ part: set, right: summary.total.right, total: summary.total.total, wrongFigures: summary.wrongFigures.length });
    }
    if (options.parts.includes('robust')) {
      // Robustness varies the first blind batch and the development set unless told otherwise, so its figure
      // stays comparable from run to run (the later blind batches are not varied).
      const scope = robustScope(options.parts, setNames.filter((s) => s !== 'blind2' && s !== 'blind3' && s !== 'blind4' && s !== 'blind5'));
      // The share among right questions needs each original's own result: ask the sets not asked above.
      for (const set of scope) if (chosen[set].some((q) => !rightById.has(q.id))) await ask(set);
      const lexicon = await lexiconFromStore(session.bot.stores.catalogue);
      const cases = scope.flatMap((set) => robustCases(chosen[set], lexicon));
      const start = performance.now();
      const summary = summariseRobustness(await runRobustCases(session, cases, rightById));
      print(formatRobustReport(summary, { showFailures: !options.quiet, all: options.full }));
      const seconds = ((performance.now() - start) / 1000).toFixed(0);
      print(`(${cases.length} variants of the ${scope.join(' and ')} set${scope.length > 1 ? 's' : ''}, asked in ${seconds} s)\n`);
      outcomes.push({ part: 'robust', ...summary.all, wrongFigures: summary.wrongFigures, held: summary.held });
    }
  } finally {
    await session.close();
  }
  print(['Targets:', ...gateLines(outcomes), '', summaryLine(outcomes)].join('\n'));
  process.exitCode = gatePassed(outcomes) ? 0 : 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`eval failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
