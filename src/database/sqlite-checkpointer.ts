import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { DataSource } from 'typeorm';

/** Checkpoint period of the background thread. */
export const CHECKPOINT_INTERVAL_MS = 200;
/**
 * WAL size (pages) at which the main connection checkpoints by itself, inside a commit: only a safety net for when the
 * background thread cannot keep up or has stopped (SQLite's default is 1000 pages, reached every few hundred bookings).
 */
export const SAFETY_AUTOCHECKPOINT_PAGES = 20_000;
/** After the WAL restarts from its beginning, its file is cut back to this size. */
export const WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * SQLite in WAL mode moves committed pages into the database file in "checkpoints". By default the connection that
 * commits does it when the WAL reaches 1000 pages: the request that happens to commit then waits for a copy of 4 MB and
 * an fsync, a stall of up to a few hundred milliseconds on the event loop (seen as the maximum latencies of the booking
 * bench). Here a worker thread with its own connection runs PASSIVE checkpoints every 200 ms instead, and the main
 * connection keeps a far larger automatic threshold as a safety net. Nothing changes for durability: commits are
 * still written to the WAL before they are answered. PostgreSQL and in-memory databases have nothing to do here.
 *
 * The thread (a V8 isolate of its own, about 10 MB resident) starts once the WAL holds something to checkpoint: at once
 * if it does at start-up, else at the first write, seen within CHECKPOINT_INTERVAL_MS by a stat of the -wal file. A
 * server that has not written since it started (the WAL is empty after a clean stop) does not carry it.
 */
@Injectable()
export class SqliteCheckpointer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Database');
  private worker: Worker | null = null;
  /** Until the thread starts: the timer that watches the -wal file, and when it last looked. */
  private walWatch: NodeJS.Timeout | null = null;
  private lastWalLookAt = 0;
  /** The last PASSIVE checkpoint's result: WAL frames not yet copied into the database file, and when. */
  private lag = { frames: 0, at: 0 };

  /** WAL frames behind and seconds since the last checkpoint report (null: no background checkpointer). */
  checkpointLag(now = Date.now()): { frames: number; seconds: number } | null {
    // Not started yet: the WAL was empty at the last look, nothing was behind.
    if (this.walWatch) return { frames: 0, seconds: (now - this.lastWalLookAt) / 1000 };
    if (!this.worker || this.lag.at === 0) return null;
    return { frames: this.lag.frames, seconds: (now - this.lag.at) / 1000 };
  }

  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const path = this.ds.options.type === 'better-sqlite3' ? String(this.ds.options.database) : null;
    if (!path || path === ':memory:') return;
    await this.ds.query(`PRAGMA wal_autocheckpoint = ${SAFETY_AUTOCHECKPOINT_PAGES}`);
    await this.ds.query(`PRAGMA journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
    this.logger.log(
      `WAL checkpoints run in a background thread every ${CHECKPOINT_INTERVAL_MS} ms (from the first write to the WAL)`,
    );
    const walPath = `${path}-wal`;
    const walHolds = (): boolean => {
      this.lastWalLookAt = Date.now();
      try {
        return (statSync(walPath, { throwIfNoEntry: false })?.size ?? 0) > 0;
      } catch {
        return true; // cannot tell (e.g. permissions): start the thread, as before there was a watch
      }
    };
    if (walHolds()) return this.startWorker(path);
    this.walWatch = setInterval(() => {
      if (!walHolds()) return;
      this.stopWatch();
      this.startWorker(path);
    }, CHECKPOINT_INTERVAL_MS);
    this.walWatch.unref();
  }

  /** Starts the checkpoint thread on the database file at `path` (protected: the spec observes when it is called). */
  protected startWorker(path: string): void {
    const worker = new Worker(new URL('./sqlite-checkpoint.worker.js', import.meta.url), {
      workerData: { path, intervalMs: CHECKPOINT_INTERVAL_MS },
    });
    worker.on('message', (m: { type: string; message?: string; log?: number; checkpointed?: number }) => {
      if (m.type === 'checkpoint')
        this.lag = { frames: Math.max(0, (m.log ?? 0) - (m.checkpointed ?? 0)), at: Date.now() };
      else if (m.type === 'error') this.logger.warn(`Background WAL checkpoint failed: ${m.message}`);
    });
    worker.on('error', (err) => this.fallBack(err));
    worker.unref();
    this.worker = worker;
  }

  private stopWatch(): void {
    if (this.walWatch) clearInterval(this.walWatch);
    this.walWatch = null;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopWatch();
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    await new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      worker.postMessage('stop');
      setTimeout(() => void worker.terminate(), 2000).unref();
    });
  }

  /** The thread died: the main connection checkpoints by itself again, as SQLite does by default. */
  private fallBack(err: Error): void {
    this.worker = null;
    this.logger.error({ err }, 'Background WAL checkpointer stopped; checkpoints go back to the main connection');
    void this.ds.query('PRAGMA wal_autocheckpoint = 1000').catch(() => undefined);
  }
}
