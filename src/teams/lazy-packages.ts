import Module, { createRequire } from 'node:module';

/**
 * Packages teams-ai and botbuilder-dialogs load at start-up for features this bot never calls: the
 * language recognisers of dialog prompts (number, choice, date and time), the GPT tokenizer and the
 * OpenAI client of teams-ai's AI planners. Together about 20 MB of heap and 30 MB resident, held for
 * the life of the process, and ~0.3 s of loading.
 */
const UNUSED = new Set([
  '@microsoft/recognizers-text-suite',
  '@microsoft/recognizers-text-date-time',
  '@microsoft/recognizers-text-choice',
  '@microsoft/recognizers-text-number',
  'gpt-tokenizer',
  'openai',
]);
/** Where teams-ai and botbuilder-dialogs find them. */
const requirers = ['@microsoft/teams-ai', 'botbuilder-dialogs'];

let installed = false;

/** A module whose exports load `filename` on the first property read, and then are it. */
function standIn(filename: string): Module {
  let real: object | undefined;
  const load = () => {
    if (!real) {
      delete require.cache[filename];
      real = require(filename) as object;
    }
    return real;
  };
  const module = new Module(filename);
  module.filename = filename;
  module.loaded = true;
  // NOTE: __esModule: TypeScript's __importStar then keeps the stand-in rather than copy every property.
  module.exports = new Proxy(
    {},
    {
      get: (_, key) => (key === '__esModule' ? true : Reflect.get(load(), key)),
      has: (_, key) => key in load(),
      ownKeys: () => Reflect.ownKeys(load()),
      getOwnPropertyDescriptor: (_, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
        return descriptor && { ...descriptor, configurable: true };
      },
    },
  );
  return module;
}

/**
 * Defers those packages until first used: the module cache is given a stand-in for each, which loads
 * the real module on the first property read (nothing reads one while loading: checked for the
 * versions pinned), so what any code sees is the real module, only later. Installed once, before the
 * Teams packages load.
 */
export function deferUnusedTeamsPackages(): void {
  if (installed) return;
  installed = true;
  for (const from of requirers) {
    const resolve = createRequire(require.resolve(from)).resolve;
    for (const id of UNUSED) {
      let filename: string;
      try {
        filename = resolve(id);
      } catch {
        continue; // not a dependency of this one
      }
      require.cache[filename] ??= standIn(filename);
    }
  }
}
