import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { ConfigError } from './config/env.validation.js';
import { loadAppConfig } from './config/load-config.js';
import { demoUsersBanner } from './seed/demo-banner.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadAppConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  const app = await createApp(config);
  // Graceful stop: finish in-flight requests and close the database, then exit 0.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  await app.listen(config.port, '0.0.0.0');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  process.stdout.write(
    `tiepdan listening on http://localhost:${port} (API docs: /api/docs, database: ${config.database.type})\n`,
  );
  const demo = demoUsersBanner(config);
  if (demo) process.stdout.write(demo);
}

void main();
