import { join } from 'node:path';
import type { AppConfig } from './app-config.js';
import { validateEnv } from './env.validation.js';
import { DATA_DIR } from './paths.js';
import { SecretFile } from './secret-file.js';

/** Where generated secrets (JWT_SECRET, DATA_KEY outside production) are kept: `SECRETS_FILE` or data/.secrets.json. */
export function secretsFilePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.SECRETS_FILE ?? join(DATA_DIR, '.secrets.json');
}

/**
 * The configuration of this process, from the environment and the secrets file. The server starts with it, and code
 * that runs outside Nest's injection (a migration that needs DATA_KEY) gets the very same values from it.
 */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return validateEnv(env, new SecretFile(secretsFilePath(env)));
}
