import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, instant } from './schema-helpers.js';

/**
 * Petitions on legal clocks, the sealed identities of denouncers (a table of their own, encrypted), clock pauses and
 * extensions, follow-up tasks with their history and daily alerts, and the public results.
 *
 * Task lists are index range scans: `queue` is the stored list bucket (open | overdue | done | returned), kept up to
 * date by every transition and by the overdue sweep, so `assigneeUnitId=X&status=overdue` ordered by due date reads
 * `ix_tasks_assignee_queue_due` from its first matching entry.
 */
export class Petitions1764248400000 implements MigrationInterface {
  name = 'Petitions1764248400000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'petitions',
      [
        col.id(),
        col.ref('unit_id'),
        col.str('type', 16),
        col.str('channel', 16),
        col.str('queue', 16),
        instant(qr, 'received_at'),
        col.date('received_on'),
        col.date('accepted_on', true),
        col.str('status', 16),
        col.bool('anonymous', false),
        col.str('subject', 300, true),
        col.text('content'),
        col.bool('remote_area', false),
        col.bool('complex', false),
        col.str('complexity', 24),
        col.int('round', false, 1),
        col.bool('several_sites', false),
        col.bool('transferred', false),
        col.str('petitioner_name', 120, true),
        col.str('petitioner_address', 300, true),
        col.str('petitioner_id_enc', 200, true),
        col.str('petitioner_id_bidx', 64, true),
        col.str('petitioner_phone_enc', 200, true),
        col.str('petitioner_email_enc', 600, true),
        col.text('possible_duplicate_of'),
        col.ref('created_by', true),
        instant(qr, 'created_at'),
        instant(qr, 'updated_at'),
      ],
      {
        foreignKeys: [{ columns: ['unit_id'], table: 'units' }],
        indices: [
          { name: 'ix_petitions_unit_queue_received', columns: ['unit_id', 'queue', 'received_at'] },
          { name: 'ix_petitions_unit_bidx', columns: ['unit_id', 'petitioner_id_bidx'] },
        ],
      },
    );
    // The denouncer's identity: apart from the case, every field encrypted (FieldCipher), read only by an inspector of the unit.
    await createTable(
      qr,
      'petition_identities',
      [
        { ...col.ref('petition_id'), isPrimary: true },
        col.ref('unit_id'),
        col.text('full_name_enc', true),
        col.text('id_number_enc', true),
        col.str('id_bidx', 64, true),
        col.text('address_enc', true),
        col.text('phone_enc', true),
        col.text('email_enc', true),
        col.text('content_enc'),
        instant(qr, 'created_at'),
      ],
      {
        foreignKeys: [{ columns: ['petition_id'], table: 'petitions', onDelete: 'CASCADE' }],
        indices: [{ name: 'ix_petition_identities_unit_bidx', columns: ['unit_id', 'id_bidx'] }],
      },
    );
    await createTable(
      qr,
      'petition_pauses',
      [
        col.id(),
        col.ref('petition_id'),
        col.date('from_on'),
        col.date('to_on', true),
        col.str('reason', 1000),
        col.ref('created_by', true),
        instant(qr, 'created_at'),
        col.ref('resumed_by', true),
        instant(qr, 'resumed_at', true),
      ],
      {
        foreignKeys: [{ columns: ['petition_id'], table: 'petitions', onDelete: 'CASCADE' }],
        // At most one open pause per petition, whatever the race.
        indices: [
          { columns: ['petition_id', 'from_on'] },
          { name: 'ux_petition_pauses_open', columns: ['petition_id'], unique: true, where: 'to_on IS NULL' },
        ],
      },
    );
    await createTable(
      qr,
      'petition_extensions',
      [
        col.id(),
        col.ref('petition_id'),
        col.int('seq'),
        col.int('days'),
        col.str('reason', 1000),
        col.str('complexity', 24),
        col.date('decided_on'),
        col.ref('created_by', true),
        instant(qr, 'created_at'),
      ],
      {
        foreignKeys: [{ columns: ['petition_id'], table: 'petitions', onDelete: 'CASCADE' }],
        // The n-th extension exists once: two concurrent grants cannot both pass the legal count.
        indices: [{ name: 'ux_petition_extensions_seq', columns: ['petition_id', 'seq'], unique: true }],
      },
    );
    await createTable(
      qr,
      'tasks',
      [
        col.id(),
        col.ref('petition_id'),
        col.ref('unit_id'),
        col.ref('assignee_unit_id'),
        col.str('instruction', 4000),
        col.str('status', 16),
        col.str('queue', 16),
        col.bool('overdue', false),
        instant(qr, 'due_at'),
        col.str('reason', 1000, true),
        col.text('result_summary', true),
        col.bool('result_published', false),
        instant(qr, 'result_at', true),
        col.date('last_reminded_on', true),
        col.date('last_escalated_on', true),
        col.ref('created_by', true),
        instant(qr, 'created_at'),
        instant(qr, 'updated_at'),
        instant(qr, 'completed_at', true),
      ],
      {
        foreignKeys: [
          { columns: ['petition_id'], table: 'petitions', onDelete: 'CASCADE' },
          { columns: ['unit_id'], table: 'units' },
          { columns: ['assignee_unit_id'], table: 'units' },
        ],
        indices: [
          { name: 'ix_tasks_assignee_queue_due', columns: ['assignee_unit_id', 'queue', 'due_at', 'id'] },
          { name: 'ix_tasks_assignee_queue_created', columns: ['assignee_unit_id', 'queue', 'created_at', 'id'] },
          { name: 'ix_tasks_queue_due', columns: ['queue', 'due_at'] },
          { name: 'ix_tasks_petition', columns: ['petition_id'] },
          { name: 'ix_tasks_unit_queue_due', columns: ['unit_id', 'queue', 'due_at'] },
        ],
      },
    );
    await createTable(
      qr,
      'task_events',
      [
        col.id(),
        col.ref('task_id'),
        col.int('seq'),
        col.str('action', 16),
        col.str('from_status', 16),
        col.str('to_status', 16),
        col.ref('from_unit_id', true),
        col.ref('to_unit_id', true),
        col.str('reason', 1000, true),
        col.ref('by_user_id', true),
        instant(qr, 'at'),
      ],
      {
        foreignKeys: [{ columns: ['task_id'], table: 'tasks', onDelete: 'CASCADE' }],
        indices: [{ name: 'ux_task_events_seq', columns: ['task_id', 'seq'], unique: true }],
      },
    );
    // Once per task, kind and local day: the unique key is the guard, not the timing of the job.
    await createTable(
      qr,
      'task_alerts',
      [
        col.id(),
        col.ref('task_id'),
        col.str('kind', 16),
        col.date('on_day'),
        col.int('recipients', false, 0),
        instant(qr, 'created_at'),
      ],
      {
        foreignKeys: [{ columns: ['task_id'], table: 'tasks', onDelete: 'CASCADE' }],
        indices: [{ name: 'ux_task_alerts_once', columns: ['task_id', 'kind', 'on_day'], unique: true }],
      },
    );
    await createTable(
      qr,
      'task_contacts',
      [
        { ...col.ref('unit_id'), isPrimary: true },
        col.str('head_email', 320, true),
        col.str('office_email', 320, true),
        col.str('handler_email', 320, true),
        instant(qr, 'updated_at'),
      ],
      { foreignKeys: [{ columns: ['unit_id'], table: 'units', onDelete: 'CASCADE' }] },
    );
    // Copies of what may be published, and nothing else: the public endpoint never reads petitions.
    await createTable(
      qr,
      'public_results',
      [
        col.id(),
        col.ref('task_id'),
        col.ref('unit_id'),
        col.str('unit_name', 200),
        col.str('petition_type', 16),
        col.str('subject', 300),
        col.text('answer'),
        instant(qr, 'published_at'),
      ],
      {
        foreignKeys: [{ columns: ['task_id'], table: 'tasks', onDelete: 'CASCADE' }],
        indices: [
          { name: 'ux_public_results_task', columns: ['task_id'], unique: true },
          { columns: ['published_at'] },
          { columns: ['unit_id', 'published_at'] },
        ],
      },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of [
      'public_results',
      'task_contacts',
      'task_alerts',
      'task_events',
      'tasks',
      'petition_extensions',
      'petition_pauses',
      'petition_identities',
      'petitions',
    ]) {
      await qr.dropTable(t, true);
    }
  }
}
