import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectProblem } from './helpers/problem.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { startSmtp, type TestSmtp } from './helpers/smtp.js';
import { ON_POSTGRES } from './helpers/test-db.js';
import { api } from './helpers/client.js';
import { advanceClock, readClock } from './helpers/clock.js';

const ICS =
  'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tiepdan//vi\r\nBEGIN:VEVENT\r\nUID:abc@tiepdan\r\nDTSTAMP:20260302T010000Z\r\nDTSTART:20260305T013000Z\r\nSUMMARY:Tiếp công dân – Chủ tịch UBND xã\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
const SUBJECT = 'Xác nhận lịch tiếp công dân ngày 05/03/2026 – Ủy ban nhân dân xã Đông Hưng (mã ĐHX-7Q4)';

const message = (over: Record<string, unknown> = {}) => ({
  kind: 'booking.confirmed',
  to: 'nguyen.van.an@example.vn',
  subject: SUBJECT,
  text: 'Kính gửi ông Nguyễn Văn An,\nLịch tiếp công dân của ông đã được xác nhận.',
  attachments: [
    { filename: 'lich-tiep.ics', content: ICS, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' },
  ],
  refType: 'booking',
  refId: 'b-1',
  ...over,
});

async function enqueue(t: TestServer, body: Record<string, unknown>): Promise<boolean> {
  const res = await t.http().post(api('/__test/outbox')).send(body);
  if (res.status !== 200) throw new Error(`enqueue: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.enqueued as boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `read` returns a value that `ok` accepts (the SMTP server sees a message before the row is marked sent). */
async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > end) return v;
    await sleep(100);
  }
}

describe('notifications: outbox without SMTP', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startServer({ env: { TEST_HOOKS: 'true', JOBS_ENABLED: 'true' } });
  });
  afterAll(() => t.close());

  it('keeps messages pending, dedupes by key, and shows them to admins without attachment content', async () => {
    expect(await enqueue(t, message({ dedupeKey: 'booking-confirmed:b-1' }))).toBe(true);
    expect(await enqueue(t, message({ dedupeKey: 'booking-confirmed:b-1', subject: 'Bản thứ hai' }))).toBe(false);
    expect(await enqueue(t, message({ kind: 'task.reminder', to: 'le.thi.binh@example.vn' }))).toBe(true);
    await sleep(2500); // the worker would have run by now if it were (wrongly) active
    const admin = bearer(await t.token('admin'));
    const res = await t.http().get(api('/notifications/outbox?status=pending&kind=booking.confirmed')).set(admin);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(1);
    const [item] = res.body.items;
    expect(item).toMatchObject({
      kind: 'booking.confirmed',
      to: 'nguyen.van.an@example.vn',
      subject: SUBJECT,
      status: 'pending',
      attempts: 0,
      dedupeKey: 'booking-confirmed:b-1',
    });
    expect(item.attachments).toEqual([
      {
        filename: 'lich-tiep.ics',
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        size: Buffer.byteLength(ICS),
      },
    ]);
    expect(JSON.stringify(res.body)).not.toContain('BEGIN:VCALENDAR');
    expect((await t.http().get(api('/notifications/outbox')).set(admin)).body.total).toBe(2);
    const page = await t.http().get(api('/notifications/outbox?limit=1&offset=1')).set(admin);
    expect(page.body).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(page.body.items).toHaveLength(1);
    expect(
      (
        await t
          .http()
          .get(api(`/notifications/outbox/${item.id}`))
          .set(admin)
      ).body.text,
    ).toContain('Nguyễn Văn An');
    expect((await t.http().get(api('/notifications/outbox/summary')).set(admin)).body).toEqual({
      pending: 2,
      sending: 0,
      sent: 0,
      failed: 0,
      byChannel: {
        email: { pending: 2, sending: 0, sent: 0, failed: 0 },
        sms: { pending: 0, sending: 0, sent: 0, failed: 0 },
      },
    });
    expectProblem(await t.http().get(api('/notifications/outbox?status=lost')).set(admin), 400, 'VALIDATION_FAILED');
    expectProblem(await t.http().post(api('/notifications/outbox/flush')).set(admin), 409, 'SMTP_NOT_CONFIGURED');
    const rows = await t.db.query<{ n: number | string }>(
      "SELECT COUNT(*) AS n FROM outbox_messages WHERE status = 'pending'",
    );
    expect(Number(rows[0].n)).toBe(2);
  });

  it('is for administrators only, and rejects malformed messages', async () => {
    expectProblem(
      await t
        .http()
        .get(api('/notifications/outbox'))
        .set(bearer(await t.token('office'))),
      403,
    );
    expectProblem(
      await t
        .http()
        .post(api('/notifications/outbox/flush'))
        .set(bearer(await t.token('office'))),
      403,
    );
    expectProblem(await t.http().get(api('/notifications/outbox')), 401);
    const bad = await t
      .http()
      .post(api('/__test/outbox'))
      .send(message({ to: 'x@y.vn\r\nBcc: z@w.vn' }));
    expect(bad.status).toBe(500); // a programming error in the caller, never stored
    expect(JSON.stringify(bad.body)).not.toContain('z@w.vn');
  });

  it('has no test hook unless TEST_HOOKS=true', async () => {
    const plain = await startServer();
    try {
      expect((await plain.http().post(api('/__test/outbox')).send(message())).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});

describe('notifications: delivery through a real SMTP server', () => {
  let t: TestServer;
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startSmtp({
      reject: (m) => {
        if (m.envelopeTo.includes('bounce@example.vn')) return { code: 550, message: 'Mailbox unavailable' };
        if (m.envelopeTo.includes('busy@example.vn') && m.attempt === 1)
          return { code: 451, message: 'Try again later' };
        return undefined;
      },
    });
    t = await startServer({
      env: {
        TEST_HOOKS: 'true',
        TEST_CLOCK: 'true',
        JOBS_ENABLED: 'true',
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Tiếp công dân xã Đông Hưng <tiepdan@donghung.gov.vn>',
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('delivers once, with the Vietnamese subject and the .ics intact', async () => {
    expect(await enqueue(t, message({ dedupeKey: 'once' }))).toBe(true);
    const [m] = await smtp.waitFor(1);
    expect(m.subject).toBe(SUBJECT);
    expect(m.from).toBe('Tiếp công dân xã Đông Hưng <tiepdan@donghung.gov.vn>');
    expect(m.envelopeTo).toEqual(['nguyen.van.an@example.vn']);
    expect(m.text).toContain('Kính gửi ông Nguyễn Văn An');
    expect(m.attachments).toHaveLength(1);
    expect(m.attachments[0].filename).toBe('lich-tiep.ics');
    expect(m.attachments[0].contentType).toBe('text/calendar');
    expect(m.attachments[0].content.toString('utf8')).toBe(ICS);
    expect(m.headers.get('x-tiepdan-kind')).toBe('booking.confirmed');
    await sleep(4500); // two more worker rounds: nothing is sent again
    expect(smtp.messages).toHaveLength(1);
    const admin = bearer(await t.token('admin'));
    const list = await eventually(
      () => t.http().get(api('/notifications/outbox?status=sent')).set(admin),
      (r) => r.body.items?.length === 1,
    );
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ attempts: 1, lastError: null });
    expect(m.headers.get('message-id')).toBe(`<${list.body.items[0].id}@donghung.gov.vn>`);
  });

  it('waits for notBefore, retries a temporary refusal after the backoff, and fails a permanent one', async () => {
    const admin = bearer(await t.token('admin'));
    const now = await readClock(t);
    smtp.messages.length = 0;
    await enqueue(
      t,
      message({ kind: 'task.reminder', to: 'later@example.vn', notBefore: new Date(now + 3_600_000).toISOString() }),
    );
    await enqueue(t, message({ to: 'busy@example.vn' }));
    await enqueue(t, message({ to: 'bounce@example.vn' }));
    await t.http().post(api('/notifications/outbox/flush')).set(admin).expect(200);
    expect(smtp.messages).toHaveLength(0);
    const byTo = async () => {
      const items = (await t.http().get(api('/notifications/outbox?limit=200')).set(admin)).body.items as {
        id: string;
        to: string;
        status: string;
        attempts: number;
        lastError: string | null;
      }[];
      return new Map(items.map((i) => [i.to, i]));
    };
    let rows = await byTo();
    expect(rows.get('later@example.vn')).toMatchObject({ status: 'pending', attempts: 0 });
    expect(rows.get('busy@example.vn')).toMatchObject({ status: 'pending', attempts: 1 });
    expect(rows.get('busy@example.vn')!.lastError).toMatch(/451/);
    expect(rows.get('bounce@example.vn')).toMatchObject({ status: 'failed', attempts: 1 });
    expect(rows.get('bounce@example.vn')!.lastError).toMatch(/550/);
    for (const r of rows.values()) expect(r.lastError ?? '').not.toMatch(/@example\.vn/);
    // 31 s later the busy one is retried; the reminder still waits for its hour.
    await advanceClock(t, 31_000);
    await smtp.waitFor(1);
    rows = await eventually(byTo, (r) => r.get('busy@example.vn')?.status === 'sent');
    expect(rows.get('busy@example.vn')).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect(rows.get('later@example.vn')!.status).toBe('pending');
    await advanceClock(t, 3_600_000);
    await smtp.waitFor(2);
    expect(smtp.messages.map((m) => m.envelopeTo[0]).sort()).toEqual(['busy@example.vn', 'later@example.vn']);
    const bounced = (await byTo()).get('bounce@example.vn')!;
    expect(bounced.status).toBe('failed');
    // An admin may put a failed message back; it is refused again (550) and fails again, with fresh attempts.
    const retried = await t
      .http()
      .post(api(`/notifications/outbox/${bounced.id}/retry`))
      .set(admin);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ status: 'pending', attempts: 0 });
    await t.http().post(api('/notifications/outbox/flush')).set(admin).expect(200);
    expect((await byTo()).get('bounce@example.vn')).toMatchObject({ status: 'failed', attempts: 1 });
    const sentId = (await byTo()).get('busy@example.vn')!;
    expectProblem(
      await t
        .http()
        .post(api(`/notifications/outbox/${sentId.id}/retry`))
        .set(admin),
      409,
      'OUTBOX_NOT_FAILED',
    );
    expectProblem(
      await t.http().post(api('/notifications/outbox/00000000-0000-4000-8000-000000000000/retry')).set(admin),
      404,
    );
    // Addresses never reach the application log.
    for (const a of ['bounce@example.vn', 'busy@example.vn', 'nguyen.van.an@example.vn'])
      expect(t.logs()).not.toContain(a);
  });

  it('requeues a claim left by a crashed worker after five minutes', async () => {
    const now = await readClock(t);
    smtp.messages.length = 0;
    await enqueue(
      t,
      message({ to: 'crash@example.vn', dedupeKey: 'crash', notBefore: new Date(now + 86_400_000).toISOString() }),
    );
    const claimedAt = ON_POSTGRES ? new Date(now) : new Date(now).toISOString().replace('T', ' ').replace('Z', '');
    await t.db.query(
      "UPDATE outbox_messages SET status = 'sending', claimed_by = 'dead-instance', claimed_at = $1, attempts = 1, not_before = NULL WHERE dedupe_key = 'crash'",
      [claimedAt],
    );
    await sleep(2500);
    expect(smtp.messages).toHaveLength(0); // a fresh claim is left alone
    await advanceClock(t, 5 * 60_000 + 1_000);
    await smtp.waitFor(1);
    const [row] = await eventually(
      () =>
        t.db.query<{ status: string; attempts: number; claimed_by: string }>(
          "SELECT status, attempts, claimed_by FROM outbox_messages WHERE dedupe_key = 'crash'",
        ),
      (r) => r[0]?.status === 'sent',
    );
    expect(row.status).toBe('sent');
    expect(Number(row.attempts)).toBe(2);
    expect(row.claimed_by).not.toBe('dead-instance');
  });
});
