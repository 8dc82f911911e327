import type { AppConfig } from '../config/app-config.js';
import { type DemoFile, readDataFile } from '../config/data-files.js';

/**
 * The lines printed under the listening address when the demo data is loaded outside production, so a newcomer can
 * sign in at once. Straight to the terminal (never through the structured log). Null in production or without demo data.
 */
export function demoUsersBanner(
  config: Pick<AppConfig, 'production' | 'demoData' | 'demoPassword'>,
  users?: DemoFile['users'],
): string | null {
  if (config.production || !config.demoData) return null;
  const list = users ?? readDataFile<DemoFile>('demo', 'demo.json').users;
  const rows = list.map((u) => `    ${u.username.padEnd(10)} ${u.roles.join(', ')}`);
  return `  Demo users (fictional data), password "${config.demoPassword}":\n${rows.join('\n')}\n`;
}
