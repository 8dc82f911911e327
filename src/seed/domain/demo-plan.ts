/**
 * When the demo activity happens, relative to the day the demo is installed (Clock), so every journey can be tried
 * on that day: sessions to book in the coming weeks, a session and a dialogue just past (minutes to write and lock),
 * petitions received some days ago. Pure.
 */
import { addDays } from '../../calendar/domain/iso-date.js';
import type { IsoDate } from '../../calendar/domain/calendar.types.js';
import { type CalendarLike, previousWorkingDay } from '../../calendar/domain/working-days.js';

export interface DemoPlan {
  /** The last working day before today: a reception session held then, without minutes yet. */
  pastSessionOn: IsoDate;
  /** The working day before that: a dialogue held then, without minutes yet. */
  pastDialogueOn: IsoDate;
  /** Planned demo sessions up to this day (inclusive) are published, so citizens can book them. */
  publishUntil: IsoDate;
  /** Days the demo petitions were received (oldest first): answered, in progress, just received. */
  petitionsReceivedOn: [IsoDate, IsoDate, IsoDate];
}

/** How far ahead the demo sessions are published (six weeks). */
export const DEMO_PUBLISH_DAYS = 42;

export function demoPlan(cal: CalendarLike, today: IsoDate): DemoPlan {
  const pastSessionOn = previousWorkingDay(cal, today);
  const pastDialogueOn = previousWorkingDay(cal, pastSessionOn);
  return {
    pastSessionOn,
    pastDialogueOn,
    publishUntil: addDays(today, DEMO_PUBLISH_DAYS),
    petitionsReceivedOn: [addDays(today, -30), addDays(today, -12), addDays(today, -3)],
  };
}
