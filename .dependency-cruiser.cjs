// The boundaries ARCHITECTURE.md states, checked in CI (`npm run check:deps`). Zero exceptions:
// a rule that does not hold is fixed in the code or changed here with a reason, never ignored.

/** The modules in the order data flows: a module imports only modules earlier in this list. */
const FLOW = [
  'people',
  'customers',
  'products',
  'orders',
  'inspections',
  'signals',
  'triage',
  'sla',
  'replies',
  'mail',
  'playbooks',
  'issues',
  'actions',
  'knowledge',
  'reviews',
  'ugc',
  'reports',
  'notifications',
  'webhooks',
  'portal',
];

const M = '^server/modules/';
const anyOf = (names) => `(?:${names.join('|')})`;

/** One rule per module: nothing from the modules after it. */
const flowRules = FLOW.slice(0, -1).map((name, i) => ({
  name: `flow-${name}`,
  comment: `${name} is earlier in the flow than ${FLOW.slice(i + 1).join(', ')}: a later stage reacts to an event, it is not called`,
  severity: 'error',
  from: { path: `${M}${name}/` },
  to: { path: `${M}${anyOf(FLOW.slice(i + 1))}/` },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Imports run one way; a cycle means two parts cannot be understood or changed apart',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'platform-and-lib-import-no-module',
      comment: 'platform/ and lib/ are the floor every module stands on: they import no module, no composition root',
      severity: 'error',
      from: { path: '^server/(platform|lib)/' },
      to: { path: ['^server/(modules|demo|cli|test)/', '^server/[^/]+\\.ts$'] },
    },
    {
      name: 'module-in-flow-order',
      comment: 'A module that imports or is imported by another is in FLOW (.dependency-cruiser.cjs), so the flow rules cover it',
      severity: 'error',
      from: { path: `${M}([^/]+)/` },
      to: { path: `${M}(?!${anyOf(FLOW)}/)`, pathNot: `${M}$1/` },
    },
    {
      name: 'module-in-flow-order-importer',
      comment: 'A module that imports or is imported by another is in FLOW (.dependency-cruiser.cjs), so the flow rules cover it',
      severity: 'error',
      from: { path: `${M}(?!${anyOf(FLOW)}/)([^/]+)/` },
      to: { path: M, pathNot: `${M}$1/` },
    },
    ...flowRules,
    {
      name: 'module-imports-modules-through-index',
      comment: "A module's public face is its index.ts; other modules import nothing else of it",
      severity: 'error',
      from: { path: `${M}([^/]+)/` },
      to: { path: M, pathNot: [`${M}$1/`, `${M}[^/]+/index\\.ts$`] },
    },
    {
      name: 'roots-import-modules-through-index',
      comment: 'Composition roots (app, jobs, cli, demo, subscribers, tests helpers, web) import a module only through its index.ts',
      severity: 'error',
      from: { path: '^(server|web/src|contracts)/', pathNot: M },
      to: { path: M, pathNot: `${M}[^/]+/index\\.ts$` },
    },
    {
      name: 'modules-import-no-root',
      comment: 'A module does not reach up into the composition roots (app, jobs, cli, demo); its tests may drive the jobs',
      severity: 'error',
      from: { path: M, pathNot: '\\.test\\.ts$' },
      to: { path: ['^server/(demo|cli)/', '^server/(app|jobs|main|subscribers|web)\\.ts$'] },
    },
    {
      name: 'contracts-stand-alone',
      comment: 'contracts/ is shared by server and web app: it imports neither',
      severity: 'error',
      from: { path: '^contracts/' },
      to: { path: '^(server|web)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // .tsx: dependency-cruiser's swc parser reads TypeScript without JSX (and TypeScript 7 has no
    // JS API for its own parser); the rules concern server/, where there is no JSX.
    exclude: { path: ['(^|/)(node_modules|dist)/', '\\.tsx$'] },
    // Type-only imports couple concepts as much as value imports do.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    parser: 'swc',
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
