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
      from: { path: '^src/(domain|services|store|nlu|language|import|cards|views)/' },
      to: { path: '^src/teams/' },
    },
    {
      name: 'routes-decide-nothing',
      comment:
        'Routes parse, call a service, render a view and send: they read no store and call no domain ' +
        'rule (canSubmit, isPastDeadline, hasRole...). They may name the domain\'s types, nothing else of it.',
      severity: 'error',
      from: { path: '^src/teams/routes/' },
      to: { path: '^src/domain/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'routes-read-no-store',
      comment: 'Nor anything of src/store, even its types: a route hands the bot\'s stores to a service.',
      severity: 'error',
      from: { path: '^src/teams/routes/' },
      to: { path: '^src/store/' },
    },
    {
      name: 'views-render-only',
      comment: 'src/views turns results into card JSON: no store, no Teams libraries (the teams layer wraps the cards).',
      severity: 'error',
      from: { path: '^src/views/' },
      to: { path: ['^src/store/', teamsLibraries, 'node_modules/(pg|@electric-sql)/'] },
    },
    {
      name: 'only-the-top-imports-app',
      comment: 'src/app is the process (start-up, server, loops): only the entry point and the CLIs import it.',
      severity: 'error',
      from: { path: '^src/(domain|services|store|nlu|language|import|cards|teams|control|views)/' },
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
