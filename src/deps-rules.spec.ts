import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * The dependency rules (.dependency-cruiser.cjs, `npm run lint:deps`) must keep catching what they forbid: each case
 * writes a throwaway source tree with one forbidden import, runs dependency-cruiser on it with the project's config,
 * and expects exactly that rule to fire. A rule whose regular expression no longer matches fails here.
 */
const ROOT = resolve(process.cwd());
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const CLI = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

function tree(files: Record<string, string>): string {
  const base = mkdtempSync(join(dir, 'case-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  }
  return base;
}

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

let dir: string;

function violations(files: Record<string, string>): Violation[] {
  const base = tree({
    ...files,
    'tsconfig.json': JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true },
    }),
  });
  let out: string;
  try {
    out = execFileSync(process.execPath, [CLI, 'src', '--config', CONFIG, '--output-type', 'json'], {
      cwd: base,
      encoding: 'utf8',
    });
  } catch (e) {
    // Exit code = number of errors: the JSON is still on stdout.
    out = (e as { stdout: string }).stdout;
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

const names = (v: Violation[]): string[] => [...new Set(v.map((x) => x.rule.name))].sort();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tiepdan-deps-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('dependency rules', () => {
  it('accept a module that uses its own repository and an allowed module', () => {
    expect(
      violations({
        'src/org/org.repository.ts': 'export class OrgRepository {}\n',
        'src/org/org-reader.service.ts':
          "import { OrgRepository } from './org.repository.js';\nexport const r = OrgRepository;\n",
        'src/sessions/sessions.service.ts': "import { r } from '../org/org-reader.service.js';\nexport const s = r;\n",
      }),
    ).toEqual([]);
  });

  it("refuse another module's repository", () => {
    expect(
      names(
        violations({
          'src/sessions/sessions.repository.ts': 'export class SessionsRepository {}\n',
          'src/minutes/minutes.service.ts':
            "import { SessionsRepository } from '../sessions/sessions.repository.js';\nexport const x = SessionsRepository;\n",
        }),
      ),
    ).toEqual(['no-foreign-repository']);
  });

  it("refuse another module's entity, even as a type-only import", () => {
    expect(
      names(
        violations({
          'src/sessions/session.entity.ts': 'export class SessionEntity { id = ""; }\n',
          'src/bookings/booking-views.ts':
            "import type { SessionEntity } from '../sessions/session.entity.js';\nexport type V = SessionEntity;\n",
        }),
      ),
    ).toEqual(['no-foreign-entity']);
  });

  it('let the entity list import every entity', () => {
    expect(
      violations({
        'src/sessions/session.entity.ts': 'export class SessionEntity {}\n',
        'src/database/entities.ts':
          "import { SessionEntity } from '../sessions/session.entity.js';\nexport const ENTITIES = [SessionEntity];\n",
      }),
    ).toEqual([]);
  });

  it('refuse an import against the module graph (a lower module importing a higher one)', () => {
    expect(
      names(
        violations({
          'src/minutes/minutes.service.ts': 'export class MinutesService {}\n',
          'src/sessions/sessions.service.ts':
            "import { MinutesService } from '../minutes/minutes.service.js';\nexport const m = MinutesService;\n",
        }),
      ),
    ).toEqual(['module-graph-sessions']);
  });

  it('refuse a folder under src/ that is not in the module graph', () => {
    expect(
      names(
        violations({
          'src/gadgets/gadget.ts': "import { x } from '../common/x.js';\nexport const g = x;\n",
          'src/common/x.ts': 'export const x = 1;\n',
        }),
      ),
    ).toEqual(['module-graph-known-modules']);
  });

  it('refuse a file cycle', () => {
    expect(
      names(
        violations({
          'src/org/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
          'src/org/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
        }),
      ),
    ).toEqual(['no-file-cycles']);
  });

  it('keep domain/ free of Nest, TypeORM and the rest of its module', () => {
    expect(
      names(
        violations({
          'src/sessions/domain/rule.ts': "import { Injectable } from '@nestjs/common';\nexport const i = Injectable;\n",
        }),
      ),
    ).toEqual(['domain-is-pure', 'domain-no-framework']);
    expect(
      names(
        violations({
          'src/sessions/session-view.ts': 'export const view = 1;\n',
          'src/sessions/domain/rule.ts': "import { view } from '../session-view.js';\nexport const v = view;\n",
        }),
      ),
    ).toEqual(['domain-is-pure']);
    expect(
      violations({
        'src/common/time/iso.ts': 'export const iso = 1;\n',
        'src/calendar/domain/days.ts': 'export const d = 1;\n',
        'src/sessions/domain/rule.ts':
          "import { iso } from '../../common/time/iso.js';\nimport { d } from '../../calendar/domain/days.js';\nexport const v = iso + d;\n",
      }),
    ).toEqual([]);
  });

  it('keep src/config and src/database free of feature modules', () => {
    expect(
      names(
        violations({
          'src/sessions/sessions.service.ts': 'export class SessionsService {}\n',
          'src/database/transaction.runner.ts':
            "import { SessionsService } from '../sessions/sessions.service.js';\nexport const s = SessionsService;\n",
        }),
      ),
    ).toEqual(['infrastructure-imports-no-feature']);
  });

  it('keep src/common free of feature modules', () => {
    expect(
      names(
        violations({
          'src/auth/roles.ts': 'export const ROLES = [];\n',
          'src/common/privacy/policy.ts': "import { ROLES } from '../../auth/roles.js';\nexport const p = ROLES;\n",
        }),
      ),
    ).toEqual(['common-imports-no-feature']);
  });
});

describe('check:owners', () => {
  const entity = "@Entity({ name: 'sessions' })\nexport class SessionEntity {}\n";
  const run = (files: Record<string, string>): { code: number; out: string } => {
    try {
      return {
        code: 0,
        out: execFileSync(process.execPath, [join(ROOT, 'scripts/check-owners.mjs'), tree(files)], {
          encoding: 'utf8',
          stdio: 'pipe',
        }),
      };
    } catch (e) {
      return { code: (e as { status: number }).status, out: (e as { stderr: string }).stderr };
    }
  };

  it('accepts writes by the owning module', () => {
    expect(
      run({
        'src/sessions/session.entity.ts': entity,
        'src/sessions/sessions.repository.ts':
          'await em.createQueryBuilder().update(SessionEntity).set({}).execute();\n',
      }).code,
    ).toBe(0);
  });

  it("finds a write to another module's table, by query builder or raw SQL", () => {
    const qb = run({
      'src/sessions/session.entity.ts': entity,
      'src/minutes/minutes.repository.ts':
        "await em.createQueryBuilder()\n  .update(SessionEntity).set({ status: 'held' }).execute();\n",
    });
    expect(qb).toEqual({
      code: 1,
      out: expect.stringContaining('src/minutes/minutes.repository.ts: writes sessions (owned by src/sessions)'),
    });
    const raw = run({
      'src/sessions/session.entity.ts': entity,
      'src/tasks/x.ts': "await em.query('DELETE FROM sessions WHERE id = $1', [id]);\n",
    });
    expect(raw).toEqual({ code: 1, out: expect.stringContaining('src/tasks/x.ts: writes sessions') });
  });
});
