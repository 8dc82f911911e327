import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Metrics } from '../common/metrics/metrics.js';
import { SqliteCheckpointer } from './sqlite-checkpointer.js';

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Database gauges read on scrape: the PostgreSQL pool (pg), or how far SQLite's WAL checkpoints lag behind. */
@Injectable()
export class DatabaseMetrics implements OnModuleInit {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(Metrics) private readonly metrics: Metrics,
    @Inject(SqliteCheckpointer) private readonly checkpointer: SqliteCheckpointer,
  ) {}

  onModuleInit(): void {
    if (this.ds.options.type === 'postgres') {
      const pool = this.metrics.gauge('tiepdan_db_pool_connections', 'PostgreSQL pool connections, by state', [
        'state',
      ]);
      this.metrics.onScrape(() => {
        const p = (this.ds.driver as unknown as { master?: PgPool }).master;
        if (!p) return;
        pool.set({ state: 'total' }, p.totalCount);
        pool.set({ state: 'idle' }, p.idleCount);
        pool.set({ state: 'waiting' }, p.waitingCount);
      });
      return;
    }
    const frames = this.metrics.gauge(
      'tiepdan_sqlite_wal_frames_not_checkpointed',
      'SQLite WAL frames not yet copied into the database file at the last background checkpoint',
      [],
    );
    const age = this.metrics.gauge(
      'tiepdan_sqlite_checkpoint_age_seconds',
      'Seconds since the background WAL checkpoint last reported (grows when the checkpointer is stuck)',
      [],
    );
    this.metrics.onScrape(() => {
      const lag = this.checkpointer.checkpointLag();
      if (!lag) return;
      frames.set(lag.frames);
      age.set(lag.seconds);
    });
  }
}
