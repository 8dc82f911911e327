/**
 * Where this process is in its life, for the readiness probe and the boot gate: `starting` (opening the database,
 * migrating), `ready`, `stopping` (SIGTERM/SIGINT received: finishing in-flight requests). One per process, because
 * main.ts answers probes before the Nest application exists.
 */
export type LifecyclePhase = 'starting' | 'ready' | 'stopping';

export class Lifecycle {
  private current: LifecyclePhase = 'starting';
  private readonly stopListeners: Array<() => void> = [];

  get phase(): LifecyclePhase {
    return this.current;
  }

  markReady(): void {
    if (this.current === 'starting') this.current = 'ready';
  }

  /** Readiness answers 503 from now on; jobs and the outbox worker stop claiming new work. */
  markStopping(): void {
    if (this.current === 'stopping') return;
    this.current = 'stopping';
    for (const listener of this.stopListeners.splice(0)) listener();
  }

  get stopping(): boolean {
    return this.current === 'stopping';
  }

  onStopping(listener: () => void): void {
    if (this.current === 'stopping') listener();
    else this.stopListeners.push(listener);
  }
}

/** The process's lifecycle (a tiepdan process runs one application). */
export const processLifecycle = new Lifecycle();
