/**
 * Where the unit of an audited entity is found, per entity type: SQL that returns `unit_id` for the entity id `$1`.
 * Tried in order, the first row wins (some routes record the parent's id: a dialogue's questions and minutes, a
 * session's minutes). Entity types without a unit (holiday years, rule presets, outbox, jobs) are read by admins only.
 */
const byId = (table: string) => `SELECT unit_id FROM ${table} WHERE id = $1`;

export const ENTITY_UNIT_SQL: Record<string, string[]> = {
  unit: ['SELECT id AS unit_id FROM units WHERE id = $1'],
  task_contacts: ['SELECT id AS unit_id FROM units WHERE id = $1'],
  official: [byId('officials')],
  venue: [byId('venues')],
  user: [byId('users')],
  schedule: [byId('schedules')],
  session: [byId('sessions')],
  session_bookings: [byId('sessions')],
  booking: ['SELECT s.unit_id FROM bookings b JOIN sessions s ON s.id = b.session_id WHERE b.id = $1'],
  petition: [byId('petitions')],
  task: [byId('tasks')],
  reception_case: [byId('reception_cases')],
  minutes: [byId('minutes'), byId('sessions')],
  dialogue: [byId('dialogues')],
  dialogue_question: [
    'SELECT d.unit_id FROM dialogue_questions q JOIN dialogues d ON d.id = q.dialogue_id WHERE q.id = $1',
    byId('dialogues'),
  ],
  dialogue_minutes: [
    'SELECT d.unit_id FROM dialogue_minutes m JOIN dialogues d ON d.id = m.dialogue_id WHERE m.id = $1',
    byId('dialogues'),
  ],
};
