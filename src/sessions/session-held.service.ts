import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/time/clock.js';
import { SESSION_HELD, type SessionHeldEvent } from './session-events.js';
import { SessionsRepository } from './sessions.repository.js';

/** Who received the citizens, as the "held" transition records it. */
export interface SessionReceiver {
  sessionId: string;
  heldByOfficialId: string;
  /** The head of the session in person (not a delegate or deputy). */
  inPerson: boolean;
}

/**
 * The one "held" transition of a session. Its guard (in the UPDATE itself, so a concurrent cancel cannot be
 * overwritten): a cancelled session is never held. Callers run it inside their own transaction (the "held" route of
 * the sessions API, the finalising of the minutes) and announce it after commit: only the sessions module emits
 * `session.held`.
 */
@Injectable()
export class SessionHeldService {
  constructor(
    private readonly repo: SessionsRepository,
    private readonly clock: Clock,
    private readonly events: EventEmitter2,
  ) {}

  /** Marks the session held by the receiver at `at`. False (nothing written) when the session is cancelled or missing. */
  markHeldWithin(em: EntityManager, r: SessionReceiver, at: Date): Promise<boolean> {
    return this.repo.markHeld(em, r.sessionId, r.heldByOfficialId, at);
  }

  /** After commit: tells bookings, notifications and feeds that the session was held. */
  announce(r: SessionReceiver): void {
    this.events.emit(SESSION_HELD, { ...r, at: this.clock.now().toISOString() } satisfies SessionHeldEvent);
  }
}
