import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import { ExpressAdapter } from '@nestjs/platform-express';
import { createApp } from './app.factory.js';
import { HttpLifecycle, drainHttp } from './common/lifecycle/http-lifecycle.js';
import { processLifecycle } from './common/lifecycle/lifecycle.js';
import { Metrics } from './common/metrics/metrics.js';
import { metricsHandler } from './common/metrics/metrics-http.js';
import { ConfigError } from './config/env.validation.js';
import { loadAppConfig } from './config/load-config.js';
import { demoUsersBanner } from './seed/demo-banner.js';

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

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
  // The port is open from the start: while the database opens and migrates, the boot gate answers the probes
  // (live 200, ready 503) and every other request 503 SERVICE_STARTING, instead of refusing connections.
  const adapter = new ExpressAdapter();
  const http = new HttpLifecycle(processLifecycle);
  adapter.getInstance().use(http.middleware);
  const server = createServer(adapter.getInstance());
  const port = await listen(server, config.port, '0.0.0.0');

  const app = await createApp(config, adapter);
  await app.init();

  let metricsServer: Server | undefined;
  if (config.metricsPort !== undefined) {
    metricsServer = createServer(metricsHandler(app.get(Metrics)));
    const metricsPort = await listen(metricsServer, config.metricsPort, '127.0.0.1');
    process.stdout.write(`tiepdan metrics on http://127.0.0.1:${metricsPort}/metrics\n`);
  }

  // Graceful stop (SIGTERM/SIGINT): readiness 503 and no new outbox claims or jobs at once; SHUTDOWN_GRACE_MS later
  // no new connections;
  // in-flight requests get SHUTDOWN_TIMEOUT_MS to finish; then the application closes (outbox batch, WAL
  // checkpoint, database) and the process exits 0. A second signal exits at once.
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) process.exit(1);
      stopping = true;
      void (async () => {
        const started = Date.now();
        processLifecycle.markStopping();
        metricsServer?.close();
        if (config.shutdownGraceMs > 0) await new Promise((r) => setTimeout(r, config.shutdownGraceMs));
        const drained = await drainHttp(server, http, config.shutdownTimeoutMs);
        await app.close();
        process.stdout.write(
          `tiepdan stopped after ${Date.now() - started} ms (${drained ? 'all requests finished' : 'requests cut at SHUTDOWN_TIMEOUT_MS'})\n`,
        );
        process.exit(0);
      })().catch((err: unknown) => {
        process.stderr.write(`tiepdan: shutdown failed: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exit(1);
      });
    });
  }

  processLifecycle.markReady();
  process.stdout.write(
    `tiepdan listening on http://localhost:${port} (API docs: /api/docs, database: ${config.database.type})\n`,
  );
  const demo = demoUsersBanner(config);
  if (demo) process.stdout.write(demo);
}

void main();
