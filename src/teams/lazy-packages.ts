import Module, { createRequire } from 'node:module';

/**
 * Packages teams-ai, botbuilder-dialogs and botframework-connector load at start-up for features this
 * bot never calls: the language recognisers of dialog prompts (number, choice, date and time), the
 * GPT tokenizer and the OpenAI client of teams-ai's AI planners, and the Azure identity library of
 * managed-identity sign-in (the bot signs in with its client secret, through MSAL). Together about
 * 30 MB of heap and 40 MB resident, held for the life of the process, and ~0.4 s of loading.
 */
const UNUSED = new Set([
  '@microsoft/recognizers-text-suite',
  '@microsoft/recognizers-text-date-time',
  '@microsoft/recognizers-text-choice',
  '@microsoft/recognizers-text-number',
  'gpt-tokenizer',
  'gpt-tokenizer/cjs/model/text-davinci-003',
  'openai',
  '@azure/identity',
]);

/**
 * What a package reads of a deferred one while loading, served without loading it: the prompts'
 * culture names (botbuilder-dialogs' PromptCultureModels reads `Culture.Chinese`... as it loads).
 * The recognizers' suite bundles a copy of the base package's Culture; the base package holds it
 * for a tenth of the memory (test/teams/lazy-packages.test.ts checks the two agree).
 */
const SERVED: Record<string, Record<string, string>> = {
  '@microsoft/recognizers-text-suite': { Culture: '@microsoft/recognizers-text' },
};
/** Where teams-ai, botbuilder-dialogs and botframework-connector find them. */
const requirers = ['@microsoft/teams-ai', 'botbuilder-dialogs', 'botframework-connector'];

let installed = false;

/**
 * A module whose exports load `filename` on the first property read, and then are it; `served`
 * names properties read from another module until then.
 */
function standIn(filename: string, served: Record<string, () => unknown> = {}): Module {
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
      get: (_, key) => {
        if (key === '__esModule') return true;
        if (!real && typeof key === 'string' && served[key]) return served[key]();
        return Reflect.get(load(), key);
      },
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
      const from = createRequire(filename);
      const served = Object.fromEntries(Object.entries(SERVED[id] ?? {}).map(([key, source]) => [key, () => (from(source) as Record<string, unknown>)[key]]));
      require.cache[filename] ??= standIn(filename, served);
    }
  }
}
