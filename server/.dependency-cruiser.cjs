/**
 * The house rules of the server, checked in CI (`npm run depcheck -w server`, part of `npm run lint`).
 * docs/architecture.md draws the same picture. A new module adds its line to ALLOWED, listing the modules it uses.
 */

/** Which modules each module may import (through their public face, modules/<name>/index.ts). Downward only. */
const ALLOWED = {
  health: [],
  notifications: [],
  orgs: [],
  identity: ['orgs', 'notifications'],
  'user-admin': ['orgs', 'identity', 'notifications'],
  courses: [],
  learning: ['courses'],
  assessments: ['courses', 'learning'],
  programmes: ['courses', 'learning', 'identity'],
  competencies: ['courses', 'learning', 'identity', 'orgs'],
  certificates: ['courses', 'learning', 'programmes', 'competencies', 'identity', 'orgs', 'notifications'],
  plans: ['courses', 'learning', 'programmes', 'certificates', 'identity', 'user-admin', 'orgs', 'notifications'],
  reports: ['courses', 'learning', 'plans', 'orgs', 'notifications'],
  hrms: ['plans', 'orgs'],
};

const FACE = '^src/modules/[^/]+/index\\.ts$';

const layerRules = Object.entries(ALLOWED).map(([name, uses]) => ({
  name: `module-${name}-uses-only-its-allowed-modules`,
  comment: `modules/${name} may import only: ${uses.join(', ') || 'no other module'} (see ALLOWED).`,
  severity: 'error',
  from: { path: `^src/modules/${name}/` },
  to: { path: '^src/modules/[^/]+/', pathNot: [`^src/modules/(${[name, ...uses].join('|')})/`, '^src/modules/index\\.ts$'] },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycle, type-only ones included: arrows point downward.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'modules-meet-through-their-faces',
      comment: "A module imports another module only through its public face (index.ts), never its repos, tables or services.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', FACE] },
    },
    {
      name: 'outside-uses-module-faces',
      comment: 'The composition root (app, runtime, main, worker) and the demo data use modules through their faces only.',
      severity: 'error',
      from: { path: '^src/([^/]+\\.ts$|demo/)' },
      to: { path: '^src/modules/', pathNot: [FACE, '^src/modules/index\\.ts$'] },
    },
    {
      name: 'platform-stays-below-modules',
      comment: 'platform/ is shared machinery: it never imports a module, the demo data or the composition root.',
      severity: 'error',
      from: { path: '^src/platform/' },
      to: { path: '^src/(modules|demo)/|^src/(app|runtime|main|worker)\\.ts$' },
    },
    {
      name: 'db-composes-only-tables',
      comment: "db/ reaches into the modules only for their table types (db/database.ts composes DB from them).",
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/(modules|demo|platform)/', pathNot: '\\.tables\\.ts$' },
    },
    {
      name: 'tables-are-leaves',
      comment: 'A *.tables.ts file declares row types only: it imports kysely and db/column-types, nothing else.',
      severity: 'error',
      from: { path: '\\.tables\\.ts$' },
      to: { dependencyTypesNot: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'], pathNot: '^src/db/column-types\\.ts$' },
    },
    {
      name: 'no-module-imports-the-demo',
      comment: 'Demo data sits above the modules.',
      severity: 'error',
      from: { path: '^src/(modules|platform|db)/' },
      to: { path: '^src/demo/' },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
