import { Injectable } from '@nestjs/common';

/** The one source of "now", so jobs and rules can be tested with a controllable clock. */
@Injectable()
export class Clock {
  private offsetMs = 0;
  private fixed: Date | null = null;

  now(): Date {
    if (this.fixed) return new Date(this.fixed.getTime());
    return new Date(Date.now() + this.offsetMs);
  }

  /** Test hook: freeze time at an instant (null to unfreeze). */
  setNow(instant: Date | string | null): void {
    this.fixed = instant === null ? null : new Date(instant);
  }

  /** Test hook: move the clock forward. */
  advance(ms: number): void {
    if (this.fixed) this.fixed = new Date(this.fixed.getTime() + ms);
    else this.offsetMs += ms;
  }
}
