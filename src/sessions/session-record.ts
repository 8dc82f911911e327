import type { SessionEntity } from './session.entity.js';

/**
 * A session as other modules see it: a read-only row. The sessions module owns the sessions table; other modules
 * read it through `SessionsService` / `SessionsReader`, change it through the sessions module's services, and never
 * import its repository or entity (checked by `npm run lint:deps`).
 */
export type SessionRecord = Readonly<SessionEntity>;
export type { AdHocReason, SessionStatus } from './session.entity.js';
