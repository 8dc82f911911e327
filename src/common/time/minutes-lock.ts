import { UnprocessableError } from '../errors/domain-error.js';

/**
 * Minutes record what was said at a meeting, so they can be locked only once the meeting has started: the rule of
 * reception-session minutes (src/minutes) and citizen-dialogue minutes (src/dialogues), written once here.
 */
export type MinutesOf = 'session' | 'dialogue';

const NOT_STARTED: Record<MinutesOf, { code: string; detail: string }> = {
  session: { code: 'SESSION_NOT_STARTED', detail: 'Buổi tiếp chưa bắt đầu, chưa thể khóa biên bản.' },
  dialogue: { code: 'DIALOGUE_NOT_STARTED', detail: 'Buổi đối thoại chưa bắt đầu, chưa thể khóa biên bản.' },
};

/** True when minutes of a meeting starting at `startsAt` may be locked at `now`. Pure. */
export function mayLockMinutes(startsAt: Date, now: Date): boolean {
  return startsAt.getTime() <= now.getTime();
}

/** Throws 422 SESSION_NOT_STARTED / DIALOGUE_NOT_STARTED when the meeting has not started yet. */
export function assertMayLockMinutes(of: MinutesOf, startsAt: Date, now: Date): void {
  if (!mayLockMinutes(startsAt, now)) {
    const { code, detail } = NOT_STARTED[of];
    throw new UnprocessableError(code, detail, { startsAt: startsAt.toISOString() });
  }
}
