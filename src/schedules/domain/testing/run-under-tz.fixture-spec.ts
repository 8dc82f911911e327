/**
 * Test support: runs a small ESM script in a fresh `node` process with a given `TZ`, against the
 * project's own TypeScript sources transpiled on the fly. Node reads `TZ` when it starts (setting
 * `process.env.TZ` inside Jest does not reach the process), so proving that a result does not
 * depend on the process time zone needs a child process.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SRC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const PROJECT_DIR = resolve(SRC_DIR, '..');
const RELATIVE_IMPORT_RE = /(?:from|import)\s*['"](\.{1,2}\/[^'"]+)\.js['"]/g;

/** Transpiles `entries` (paths relative to src/, without extension) and every relative import they reach. */
function transpileClosure(entries: string[], outDir: string): void {
  const pending = entries.map((e) => resolve(SRC_DIR, `${e}.ts`));
  const done = new Set<string>();
  while (pending.length) {
    const file = pending.pop()!;
    if (done.has(file)) continue;
    done.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(RELATIVE_IMPORT_RE)) pending.push(resolve(dirname(file), `${m[1]}.ts`));
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      fileName: file,
    });
    const target = join(outDir, relative(SRC_DIR, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
}

export interface TzRun {
  /** `new Date(2026, 0, 1).getTimezoneOffset()` seen by the child: proves the TZ was applied. */
  offsetMinutes: number;
  result: unknown;
}

/**
 * Prepares a sandbox with the transpiled `entries` and returns a runner: `run(tz)` executes
 * `script` (an ESM module body that may import e.g. `./schedules/domain/occurrences.js` and must
 * assign its answer to `globalThis.result`) under `TZ=tz`. Call `dispose()` when done.
 */
export function prepareTzSandbox(
  entries: string[],
  script: string,
): { run: (tz: string) => TzRun; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'tiepdan-tz-'));
  transpileClosure(entries, dir);
  symlinkSync(join(PROJECT_DIR, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  writeFileSync(
    join(dir, 'main.js'),
    `${script}\nprocess.stdout.write(JSON.stringify({ offsetMinutes: new Date(2026, 0, 1).getTimezoneOffset(), result: globalThis.result }));\n`,
  );
  return {
    run(tz: string): TzRun {
      const child = spawnSync(process.execPath, ['main.js'], {
        cwd: dir,
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
        timeout: 60_000,
      });
      if (child.status !== 0) throw new Error(`child under TZ=${tz} failed: ${child.stderr}`);
      return JSON.parse(child.stdout) as TzRun;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
