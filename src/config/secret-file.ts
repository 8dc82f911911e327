import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SecretStore } from './env.validation.js';

/** Keeps generated secrets in a JSON file (mode 0600), git-ignored under data/. */
export class SecretFile implements SecretStore {
  private values: Record<string, string>;

  constructor(private readonly path: string) {
    this.values = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>) : {};
  }

  get(name: string): string | undefined {
    return this.values[name];
  }

  set(name: string, value: string): void {
    this.values[name] = value;
    mkdirSync(dirname(this.path), { recursive: true });
    writeFileSync(this.path, JSON.stringify(this.values, null, 2) + '\n', { mode: 0o600 });
  }
}
