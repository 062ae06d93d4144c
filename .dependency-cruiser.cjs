/**
 * The house's layering, checked in `npm test` (test/layering.test.ts) and by `npm run layering`.
 */
const teamsLibraries = 'node_modules/(botbuilder|botframework-|@microsoft/teams-ai)';

module.exports = {
  forbidden: [
    {
      name: 'teams-libraries-only-in-teams',
      comment: 'botbuilder and teams-ai are imported only under src/teams.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/teams/' },
      to: { path: teamsLibraries },
    },
    {
      name: 'domain-is-pure',
      comment: 'src/domain imports only itself and pure libraries: no I/O, no clock, no env.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', 'node_modules/(zod|date-fns|date-holidays)/'] },
    },
    {
      name: 'services-see-ports-only',
      comment: 'Services take stores as arguments, through the ports; never an adapter.',
      severity: 'error',
      from: { path: '^src/(services|domain|nlu|language|cards)/' },
      to: { path: '^src/store/', pathNot: '^src/store/ports\\.ts$' },
    },
    {
      name: 'store-knows-no-use-case',
      comment: 'The store adapters do not reach up into services, Teams or understanding.',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^src/(services|teams|nlu|language|import|cli)/' },
    },
    {
      name: 'only-the-edge-imports-teams',
      comment: 'src/teams is the edge: nothing inside the house imports it.',
      severity: 'error',
      from: { path: '^src/(domain|services|store|nlu|language|import|cards)/' },
      to: { path: '^src/teams/' },
    },
    {
      name: 'only-the-top-imports-app',
      comment: 'src/app is the process (start-up, server, loops): only the entry point and the CLIs import it.',
      severity: 'error',
      from: { path: '^src/(domain|services|store|nlu|language|import|cards|teams|control)/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'no-cycles',
      comment: 'No import cycles, not even through type-only imports.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
