import { type RunPart, runParts } from './gate';

/** What `npm run eval` was asked to do. */
export interface EvalOptions {
  /** The parts to run, in report order (blind, dev, robust): all three unless `--set` says. */
  parts: RunPart[];
  /** `--only=<id,...>`: those questions (with their conversations' earlier turns), in whichever set holds them. */
  only?: string[];
  /** Leave out the lists of misses and failing variants. */
  quiet: boolean;
  /** Print every reply in full, and every failing variant rather than a sample. */
  full: boolean;
}

const usage = 'usage: npm run eval -- [--set=blind,dev,robust] [--only=id,...] [--quiet] [--full]';

const listOf = (arg: string, flag: string) =>
  arg
    .slice(flag.length)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Reads the command line; an unknown flag or part is an error, so a typo never runs a different gate. */
export function parseEvalOptions(argv: string[]): EvalOptions {
  const options: EvalOptions = { parts: [...runParts], quiet: false, full: false };
  for (const arg of argv) {
    if (arg.startsWith('--set=')) {
      const named = listOf(arg, '--set=');
      const unknown = named.filter((p) => !(runParts as readonly string[]).includes(p));
      if (unknown.length > 0 || named.length === 0) throw new Error(`unknown set: ${unknown.join(', ') || '(none)'}; ${usage}`);
      options.parts = runParts.filter((p) => named.includes(p));
    } else if (arg.startsWith('--only=')) {
      options.only = listOf(arg, '--only=');
    } else if (arg === '--quiet') {
      options.quiet = true;
    } else if (arg === '--full') {
      options.full = true;
    } else {
      throw new Error(`unknown option ${arg}; ${usage}`);
    }
  }
  return options;
}

/**
 * The sets whose questions the robustness suite varies: the sets named beside it, or both when it
 * runs alone (`--set=dev,robust` varies the development set only).
 */
export function robustScope<K extends string>(parts: RunPart[], sets: readonly K[]): K[] {
  const named = sets.filter((s) => (parts as string[]).includes(s));
  return named.length > 0 ? named : [...sets];
}
