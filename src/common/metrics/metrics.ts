import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Seconds; covers a cached read (a few ms) up to a request that waits for a database time-out. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The process's Prometheus metrics (prom-client), one registry per application. Modules count through the named
 * instruments here, or add a gauge collected on scrape with {@link onScrape}. Labels hold route patterns, outcomes
 * and names chosen by the code — never a raw URL, token, code or personal data.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'tiepdan_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'tiepdan_http_request_duration_seconds',
    help: 'HTTP request latency, by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly bookings = new Counter({
    name: 'tiepdan_bookings_total',
    help: 'Booking attempts, by outcome',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly jobRuns = new Counter({
    name: 'tiepdan_job_runs_total',
    help: 'Scheduled job runs on this instance, by job and result (ok, failed, skipped: another run holds the lock)',
    labelNames: ['job', 'result'] as const,
    registers: [this.registry],
  });

  readonly limitStoreErrors = new Counter({
    name: 'tiepdan_limit_store_errors_total',
    help: 'Rate-limit operations that could not reach Redis and fell back to this instance memory, by limit',
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });

  private readonly collectors: Array<() => Promise<void> | void> = [];

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'tiepdan_' });
  }

  /** A gauge whose value is read when Prometheus scrapes (for example from the database). */
  gauge<L extends string>(name: string, help: string, labelNames: readonly L[]): Gauge<L> {
    const existing = this.registry.getSingleMetric(name);
    if (existing) return existing as Gauge<L>;
    return new Gauge<L>({ name, help, labelNames, registers: [this.registry] });
  }

  /** Runs `collect` before every scrape; a failure is counted, not thrown (the other metrics still answer). */
  onScrape(collect: () => Promise<void> | void): void {
    this.collectors.push(collect);
  }

  private readonly scrapeErrors = new Counter({
    name: 'tiepdan_metrics_collect_errors_total',
    help: 'Scrape-time collections that failed (for example the database was unreachable)',
    registers: [this.registry],
  });

  /** The Prometheus text exposition of every metric. */
  async render(): Promise<string> {
    for (const collect of this.collectors) {
      try {
        await collect();
      } catch {
        this.scrapeErrors.inc();
      }
    }
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
