import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { startSmtp, type TestSmtp } from './helpers/smtp.js';
import pg from 'pg';
import { ON_POSTGRES } from './helpers/test-db.js';
import { api } from './helpers/client.js';
import { advanceClock } from './helpers/clock.js';
import type { Body } from './helpers/api-types.js';

const N = 50;

/**
 * Exactly-once delivery under competition: on PostgreSQL two server processes on one database (SKIP LOCKED claims),
 * on SQLite one process whose interval worker races with admin flushes. Each of 50 messages must arrive exactly once.
 */
describe(`notifications: ${N} messages, ${ON_POSTGRES ? 'two instances on one database' : 'worker and flushes racing'}`, () => {
  let servers: TestServer[] = [];
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startSmtp({ delayMs: 15 }); // a slightly slow server keeps the workers busy at the same time
    const env = { TEST_HOOKS: 'true', TEST_CLOCK: 'true', JOBS_ENABLED: 'true', SMTP_URL: smtp.url };
    const first = await startServer({ env });
    servers = [first];
    if (ON_POSTGRES) servers.push(await startServer({ env, reuse: first.db }));
  });
  afterAll(async () => {
    for (const s of servers.slice(1)) await s.stop();
    await servers[0]?.close();
    await smtp.close();
  });

  it('delivers each message exactly once', async () => {
    const subjects = Array.from(
      { length: N },
      (_, i) => `Nhắc việc số ${i + 1}: trả lời đơn của bà Trần Thị Hồng – hạn cuối thứ Sáu`,
    );
    // Enqueue through both instances alternately, as the application would.
    await Promise.all(
      subjects.map(async (subject, i) => {
        const s = servers[i % servers.length];
        const res = await s
          .http()
          .post(api('/__test/outbox'))
          .send({
            kind: 'task.reminder',
            to: `can.bo.${i + 1}@example.vn`,
            subject,
            text: `Kính gửi cán bộ số ${i + 1}`,
            dedupeKey: `task-reminder:${i + 1}:2026-03-02`,
          });
        expect(res.body).toEqual({ enqueued: true });
      }),
    );
    // Race explicit flushes on every instance against the interval workers.
    const flushes = await Promise.all(
      servers.flatMap((s) =>
        [0, 1].map(async () => {
          const res = await s
            .http()
            .post(api('/notifications/outbox/flush'))
            .set(bearer(await s.token('admin')));
          expect(res.status).toBe(200);
          return res.body as Body<'post', '/notifications/outbox/flush'>;
        }),
      ),
    );
    await smtp.waitFor(N, 60_000);
    await new Promise((r) => setTimeout(r, 4500)); // more worker rounds: nothing arrives twice
    expect(smtp.messages).toHaveLength(N);
    expect(new Set(smtp.messages.map((m) => m.subject))).toEqual(new Set(subjects));
    expect(new Set(smtp.messages.map((m) => m.headers.get('message-id'))).size).toBe(N);
    for (const m of smtp.messages) expect(m.envelopeTo).toHaveLength(1);
    const rows = await servers[0].db.query<{ status: string; attempts: number; claimed_by: string }>(
      'SELECT status, attempts, claimed_by FROM outbox_messages',
    ); // the 4.5 s wait covers marking sent
    expect(rows).toHaveLength(N);
    expect(rows.every((r) => r.status === 'sent' && Number(r.attempts) === 1)).toBe(true);
    const byInstance = new Map<string, number>();
    for (const r of rows) byInstance.set(r.claimed_by, (byInstance.get(r.claimed_by) ?? 0) + 1);
    const fromFlushes = flushes.reduce((n, f) => n + f.sent, 0);
    process.stdout.write(
      `outbox: ${N} delivered once; by instance ${JSON.stringify([...byInstance.values()])}; ${fromFlushes} by explicit flushes\n`,
    );
    expect(byInstance.size).toBe(servers.length); // on PostgreSQL both instances really competed
  });

  (ON_POSTGRES ? it : it.skip)(
    'skips rows another transaction has locked instead of waiting and claiming them twice',
    async () => {
      smtp.messages.length = 0;
      const M = 20;
      const later = new Date(Date.now() + 3_600_000).toISOString();
      for (let i = 0; i < M; i++) {
        const res = await servers[i % 2]
          .http()
          .post(api('/__test/outbox'))
          .send({
            kind: 'task.reminder',
            to: `khoa.${i}@example.vn`,
            subject: `Khóa ${i}`,
            text: 'Thử khóa hàng',
            dedupeKey: `lock:${i}`,
            notBefore: later,
          });
        expect(res.body).toEqual({ enqueued: true });
      }
      const dbUrl = servers[0].db.env.DATABASE_URL;
      const locker = new pg.Client({ connectionString: dbUrl });
      await locker.connect();
      try {
        await locker.query('BEGIN');
        const locked = await locker.query("SELECT id FROM outbox_messages WHERE dedupe_key LIKE 'lock:%' FOR UPDATE");
        expect(locked.rowCount).toBe(M);
        for (const s of servers) await advanceClock(s, 2 * 3_600_000);
        const flushes = servers.map(async (s) =>
          s
            .http()
            .post(api('/notifications/outbox/flush'))
            .set(bearer(await s.token('admin'))),
        );
        await new Promise((r) => setTimeout(r, 3000)); // flushes and interval workers meet the locked rows
        expect(smtp.messages).toHaveLength(0);
        await locker.query('COMMIT');
        for (const f of await Promise.all(flushes)) expect(f.status).toBe(200);
      } finally {
        await locker.end();
      }
      await smtp.waitFor(M, 30_000);
      await new Promise((r) => setTimeout(r, 4500));
      expect(smtp.messages).toHaveLength(M);
      expect(new Set(smtp.messages.map((m) => m.headers.get('message-id'))).size).toBe(M);
    },
  );
});
