import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * Runs in a worker thread: PASSIVE WAL checkpoints of the SQLite database on a connection of its own, every
 * `intervalMs`. PASSIVE never waits for locks and never blocks the writer; the copy of pages into the database file and
 * its fsync happen here instead of inside a request's COMMIT on the main thread. Reports failures only.
 */
const { path, intervalMs } = workerData as { path: string; intervalMs: number };
const db = new Database(path, { timeout: 0 });

const timer = setInterval(() => {
  try {
    // [{busy, log, checkpointed}]: WAL frames written and how many of them are now in the database file.
    const [row] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    if (row) parentPort?.postMessage({ type: 'checkpoint', log: row.log, checkpointed: row.checkpointed });
  } catch (error) {
    parentPort?.postMessage({ type: 'error', message: (error as Error).message });
  }
}, intervalMs);

parentPort?.on('message', (message: unknown) => {
  if (message === 'stop') {
    clearInterval(timer);
    db.close();
    parentPort?.close();
  }
});
