/**
 * The server's controllable clock (`/__test/clock`, served only under NODE_ENV=test with TEST_CLOCK, see
 * src/testing). Every helper checks the answer, so a spec never runs on an unexpected clock.
 */
import { api } from './client.js';
import type { TestServer } from './server.js';

async function post(t: TestServer, body: { now: string } | { advanceMs: number }): Promise<void> {
  const res = await t.http().post(api('/__test/clock')).send(body);
  if (res.status !== 200) throw new Error(`test clock: ${res.status} ${JSON.stringify(res.body)}`);
}

/** Sets the server's clock to an instant, e.g. `2026-03-02T01:00:00Z`. */
export const setClock = (t: TestServer, now: string): Promise<void> => post(t, { now });

/** Moves the server's clock forward by `ms` milliseconds. */
export const advanceClock = (t: TestServer, ms: number): Promise<void> => post(t, { advanceMs: ms });

/** The server's current time (ms since the epoch). */
export async function readClock(t: TestServer): Promise<number> {
  const res = await t.http().get(api('/__test/clock'));
  if (res.status !== 200) throw new Error(`test clock: ${res.status}`);
  return Date.parse(res.body.now as string);
}
