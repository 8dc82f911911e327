import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { baseEnv } from './server.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A started maintenance command of the built app (`dist/<script>`), e.g. `database/backup-main.js`. */
export function startCli(script: string, args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [join(process.cwd(), 'dist', script), ...args], {
    env: { ...baseEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const done = new Promise<CliRun>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
  return { child, done, output: () => stdout + stderr };
}

/** Runs a maintenance command of the built app to its end. */
export function runCli(script: string, args: string[], env: Record<string, string>): Promise<CliRun> {
  return startCli(script, args, env).done;
}
