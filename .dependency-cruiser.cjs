/**
 * Dependency rules of src/ (run with `npm run lint:deps`; the architecture page under docs/ draws the graph and
 * explains each rule).
 *
 * A feature module is a folder directly under src/. src/common (pure helpers and cross-cutting Nest pieces),
 * src/config and src/database are infrastructure every module may use. src/deps-rules.spec.ts proves that every rule
 * still catches its violation on a throwaway fixture, so this file cannot silently go dead.
 */

/**
 * Which feature modules each module may import (besides itself and the infrastructure). This map IS the module
 * graph: it must stay acyclic (checked below when this file loads), and an import outside it fails the lint.
 * The reverse direction of any arrow goes through @nestjs/event-emitter events emitted after commit.
 */
const MODULE_DEPENDENCIES = {
  org: [],
  audit: ['org'],
  auth: ['org', 'audit'],
  calendar: [],
  documents: [],
  notifications: ['audit'],
  health: [],
  testing: [],
  sessions: ['org', 'calendar'],
  schedules: ['org', 'calendar', 'sessions', 'audit'],
  // feeds: session.* events and the feed-token user; schedules only for a test fixture (run-under-tz).
  feeds: ['auth', 'org', 'sessions', 'schedules'],
  // bookings: the iCalendar builder of feeds/domain for a booking's calendar entry.
  bookings: ['org', 'calendar', 'sessions', 'notifications', 'feeds', 'audit'],
  petitions: ['org', 'calendar', 'notifications', 'audit'],
  // surveys: below the modules that close a case (tasks, minutes, dialogues, bookings create a survey link inside
  // their own transaction, so the link is in the very e-mail or document that tells the outcome).
  surveys: ['org'],
  tasks: ['org', 'calendar', 'notifications', 'petitions', 'surveys'],
  // minutes: booking codes and the Decree 124 group rules of bookings/domain; staff names and titles of auth.
  // minutes: surveys for the survey slip of a case closed at the desk.
  minutes: ['auth', 'org', 'sessions', 'bookings', 'petitions', 'tasks', 'documents', 'audit', 'surveys'],
  // dialogues: staff names of auth; the issuer, signer and case parts that reception and dialogue documents share
  // (minutes/domain).
  // dialogues: notifications and surveys for the results e-mail (with a survey link) to those who asked a question.
  dialogues: [
    'auth',
    'org',
    'calendar',
    'documents',
    'feeds',
    'petitions',
    'tasks',
    'audit',
    'minutes',
    'notifications',
    'surveys',
  ],
  compliance: ['org', 'calendar', 'sessions'],
  // reports: the figure readers of the owning modules, the compliance rules per head official, documents, the
  // surveys' satisfaction reader.
  reports: [
    'org',
    'calendar',
    'sessions',
    'compliance',
    'petitions',
    'tasks',
    'minutes',
    'dialogues',
    'documents',
    'audit',
    'surveys',
  ],
  seed: ['auth', 'org', 'calendar', 'schedules', 'sessions', 'dialogues', 'petitions', 'tasks'],
  // maintenance: command-line tools over several modules (npm run rotate-key walks each module's key rotation).
  maintenance: ['bookings', 'petitions', 'minutes', 'dialogues', 'sessions', 'schedules', 'notifications'],
  // web: the server-rendered website (src/web/common shared layer, one folder per audience). It calls the same
  // services as the API (never HTTP); nothing imports web, so it may read any feature module it shows.
  web: [
    'auth',
    'audit',
    'org',
    'calendar',
    'sessions',
    'schedules',
    'bookings',
    'feeds',
    'notifications',
    'petitions',
    'tasks',
    'minutes',
    'documents',
    'dialogues',
    'compliance',
    'surveys',
    'reports',
  ],
};

const INFRASTRUCTURE = ['common', 'config', 'database'];

/**
 * HTTP-edge annotations every controller uses: the request's user and roles, and the audit entity name. Pure metadata
 * (they import only @nestjs/common and src/common), so importing them creates no dependency on the auth or audit
 * services.
 */
const EDGE_FILES = ['^src/auth/auth[.]decorators[.]ts$', '^src/audit/audit[.]decorator[.]ts$'];

function assertAcyclic(graph) {
  const state = new Map();
  const visit = (m, path) => {
    if (state.get(m) === 'done') return;
    if (state.get(m) === 'open') throw new Error(`.dependency-cruiser.cjs: module cycle ${[...path, m].join(' → ')}`);
    if (!graph[m]) throw new Error(`.dependency-cruiser.cjs: unknown module ${m}`);
    state.set(m, 'open');
    for (const d of graph[m]) visit(d, [...path, m]);
    state.set(m, 'done');
  };
  for (const m of Object.keys(graph)) visit(m, []);
}
assertAcyclic(MODULE_DEPENDENCIES);

const moduleRules = Object.entries(MODULE_DEPENDENCIES).map(([m, deps]) => ({
  name: `module-graph-${m}`,
  comment: `${m} may import only ${deps.length ? deps.join(', ') : 'no other feature module'} (and infrastructure): the module graph is acyclic.`,
  severity: 'error',
  from: { path: `^src/${m}/` },
  to: { path: '^src/[^/]+/', pathNot: [`^src/(${[m, ...deps, ...INFRASTRUCTURE].join('|')})/`, ...EDGE_FILES] },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...moduleRules,
    {
      name: 'module-graph-known-modules',
      comment: 'Every folder under src/ is either infrastructure or listed in MODULE_DEPENDENCIES.',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: `^src/(${[...Object.keys(MODULE_DEPENDENCIES), ...INFRASTRUCTURE].join('|')})/|^src/[^/]+[.]ts$`,
      },
      to: {},
    },
    {
      name: 'no-file-cycles',
      comment: 'No import cycle between files (ESM: a cycle can leave a class undefined at decoration time).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      comment:
        'domain/ holds pure TypeScript: nothing of its module outside domain/ (entities, services). It may use other domain/ folders, src/common helpers and a few pure libraries.',
      severity: 'error',
      // Specs and fixtures beside the domain code may use test tools and renderers; the code they test may not.
      from: { path: '^src/[^/]+/domain/', pathNot: '[.](spec|fixture-spec)[.]ts$|/testing/' },
      to: {
        pathNot: [
          '^src/[^/]+/domain/',
          '^src/common/',
          '^node_modules/(luxon|rrule|@dqcai/vn-lunar|@touch4it/ical-timezones)/',
          '^(node:)?[a-z_]+$',
        ],
      },
    },
    {
      name: 'domain-no-framework',
      comment: 'domain/ never imports Nest or TypeORM, not even types (specs included).',
      severity: 'error',
      from: { path: '^src/[^/]+/domain/' },
      // Resolved (node_modules/…) or not (the bare name, e.g. in a fixture without node_modules).
      to: { path: '(^|/)node_modules/(@nestjs/|typeorm/)|^(@nestjs/|typeorm$)' },
    },
    {
      name: 'no-foreign-repository',
      comment:
        "A table is written only by its own module's repository: other modules call the owner's services (…Within(em, …) inside their transaction).",
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { path: '^src/([^/]+)/.*[.]repository[.]ts$', pathNot: '^src/$1/' },
    },
    {
      name: 'no-foreign-entity',
      comment:
        "Another module's entity is its table: read it through the owner's reader and record types (OrgReader, SessionRecord…). Type-only imports count too. Only the entity list and migrations import every entity.",
      severity: 'error',
      from: { path: '^src/([^/]+)/', pathNot: '^src/database/(entities[.]ts$|migrations/)' },
      to: { path: '^src/([^/]+)/.*[.]entity[.]ts$', pathNot: '^src/$1/' },
    },
    {
      name: 'common-imports-no-feature',
      comment: 'src/common is shared by every module, so it imports none of them (config is infrastructure too).',
      severity: 'error',
      from: { path: '^src/common/' },
      to: { path: '^src/', pathNot: '^src/(common|config)/' },
    },
    {
      name: 'infrastructure-imports-no-feature',
      comment:
        'src/config and src/database serve every module, so they import none (except the entity list and the migrations).',
      severity: 'error',
      from: { path: '^src/(config|database)/', pathNot: '^src/database/(entities[.]ts$|migrations/)' },
      to: { path: '^src/', pathNot: '^src/(common|config|database)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs'],
    },
  },
};
