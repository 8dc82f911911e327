import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from '../src/common/time/luxon.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { joinParts, startSmpp, type TestSmpp } from './helpers/smpp.js';
import { cccd, citizen, type MadeSession, phone, sessionMaker } from './helpers/bookings-fixtures.js';
import { api } from './helpers/client.js';
import { advanceClock } from './helpers/clock.js';
import { ON_POSTGRES } from './helpers/test-db.js';

/** E.164 without '+', as the SMSC receives the destination of fixture phone n (09xxxxxxxx → 849xxxxxxxx). */
const dest = (n: number) => `84${phone(n).slice(1)}`;

async function until<T>(f: () => Promise<T | undefined> | T | undefined, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

type OutboxItem = {
  channel: string;
  kind: string;
  to: string;
  status: string;
  parts: number | null;
  deliveryState: string | null;
  deliveredAt: string | null;
  secret: boolean;
  id: string;
  refId: string | null;
};

async function smsOutbox(t: TestServer): Promise<OutboxItem[]> {
  const res = await t
    .http()
    .get(api('/notifications/outbox?channel=sms&limit=100'))
    .set(bearer(await t.token('admin')));
  expect(res.status).toBe(200);
  return res.body.items as OutboxItem[];
}

describe('SMS over SMPP to a real SMPP server', () => {
  let smsc: TestSmpp;
  let gsm: TestServer;
  let ucs: TestServer;
  let make: Awaited<ReturnType<typeof sessionMaker>>;
  let makeU: Awaited<ReturnType<typeof sessionMaker>>;
  beforeAll(async () => {
    smsc = await startSmpp();
    const env = { SMS_SMPP_URL: smsc.url, SMS_SENDER: 'TIEPDAN', JOBS_ENABLED: 'true', TEST_CLOCK: 'true' };
    gsm = await startServer({ env, timeoutMs: 150_000 });
    ucs = await startServer({ env: { ...env, SMS_ENCODING: 'ucs2' }, timeoutMs: 150_000 });
    make = await sessionMaker(gsm);
    makeU = await sessionMaker(ucs);
  }, 400_000);
  afterAll(async () => {
    await gsm?.close();
    await ucs?.close();
    await smsc?.close();
  });

  it('sends the booking confirmation as GSM-7 submit_sm (brand name, TON 5, receipt asked), and records the receipt', async () => {
    const s = await make();
    const res = await gsm
      .http()
      .post(api('/bookings'))
      .send({ sessionId: s.id, slotStartsAt: s.startsAt, ...citizen(1) });
    expect(res.status).toBe(201);
    const mine = () => smsc.submits.filter((x) => x.destinationAddr === dest(1));
    await until(() => joinParts(mine()).some((m) => m.text.includes(res.body.code)));
    const [msg] = joinParts(mine());
    expect(msg!.text).toContain(`Ma: ${res.body.code}`);
    expect(msg!.text).toMatch(/^Tiep cong dan: da xac nhan lich \d\d\/\d\d\/\d{4} luc 08:00/);
    expect(msg!.text).not.toMatch(/[^\x20-\x7e]/); // no diacritics left
    for (const secret of [cccd(1), res.body.manageToken]) expect(msg!.text).not.toContain(secret);
    for (const p of msg!.parts) {
      expect(p).toMatchObject({
        systemId: 'tiepdan',
        sourceAddr: 'TIEPDAN',
        sourceAddrTon: 5,
        dataCoding: 0,
        registeredDelivery: 1,
      });
      if (msg!.parts.length > 1) expect(p.esmClass & 0x40).toBe(0x40);
    }
    expect(msg!.parts.length).toBeLessThanOrEqual(2);
    // The outbox shows the channel and the masked number; then the receipts of every part mark it delivered.
    const row = await until(async () =>
      (await smsOutbox(gsm)).find((m) => m.kind === 'booking.confirmed' && m.status === 'sent'),
    );
    expect(row.to).toBe(`+84${phone(1).slice(1, 3)}****${phone(1).slice(-3)}`);
    expect(row.parts).toBe(msg!.parts.length);
    expect(row.deliveryState).toBe('ENROUTE');
    for (const p of msg!.parts) await smsc.receipt(p, 'DELIVRD');
    const delivered = await until(async () =>
      (await smsOutbox(gsm)).find((m) => m.id === row.id && m.deliveryState === 'DELIVRD'),
    );
    expect(delivered.deliveredAt).not.toBeNull();
    expect(gsm.logs()).not.toContain(phone(1).slice(1));
    expect(gsm.logs()).not.toContain(dest(1));
  });

  it('sends UCS-2 (data_coding 8) with diacritics in concatenated parts of at most 67 characters', async () => {
    const s = await makeU();
    const res = await ucs
      .http()
      .post(api('/bookings'))
      .send({ sessionId: s.id, slotStartsAt: s.startsAt, ...citizen(2) });
    expect(res.status).toBe(201);
    const mine = () => smsc.submits.filter((x) => x.destinationAddr === dest(2));
    const msg = await until(() => joinParts(mine()).find((m) => m.text.includes(res.body.code)));
    expect(msg.text).toMatch(/^Tiếp công dân: đã xác nhận lịch/);
    expect(msg.parts.length).toBeGreaterThanOrEqual(2);
    msg.parts.forEach((p, i) => {
      expect(p.dataCoding).toBe(8);
      expect(p.esmClass & 0x40).toBe(0x40);
      expect(p.concat).toMatchObject({ total: msg.parts.length, seq: i + 1 });
      expect(p.text.length).toBeLessThanOrEqual(67);
    });
    // an undelivered part marks the whole message undelivered
    await smsc.receipt(msg.parts[0]!, 'UNDELIV');
    await until(async () =>
      (await smsOutbox(ucs)).find((m) => m.kind === 'booking.confirmed' && m.deliveryState === 'UNDELIV'),
    );
  });
});

describe('SMS to a petitioner who gave only a phone number', () => {
  let smsc: TestSmpp;
  let t: TestServer;
  beforeAll(async () => {
    smsc = await startSmpp();
    t = await startServer({
      env: {
        SMS_SMPP_URL: smsc.url,
        SMS_SENDER: 'TIEPDAN',
        JOBS_ENABLED: 'true',
        PUBLIC_BASE_URL: 'https://tcd.example.vn',
      },
      timeoutMs: 150_000,
    });
  }, 300_000);
  afterAll(async () => {
    await t?.close();
    await smsc?.close();
  });

  it('tells the answer by SMS with the lookup link, then sends a one-time survey link that answers once', async () => {
    const office = bearer(await t.token('office'));
    const handler = bearer(await t.token('handler'));
    const units = (await t.http().get(api('/units')).set(office)).body as { id: string; code: string }[];
    const wardId = units.find((u) => u.code === '11311')!.id;
    const p = await t
      .http()
      .post(api('/petitions'))
      .set(office)
      .send({
        type: 'recommendation',
        channel: 'mail',
        receivedAt: new Date().toISOString(),
        unitId: wardId,
        petitioner: { fullName: 'Lê Văn Điện', phone: phone(7) },
        subject: 'Kiến nghị lắp đèn đường',
        content: 'Đề nghị lắp đèn chiếu sáng ngõ 12.',
      });
    expect(p.status).toBe(201);
    const task = await t
      .http()
      .post(api(`/petitions/${p.body.id}/tasks`))
      .set(office)
      .send({ assigneeUnitId: wardId, instruction: 'Trả lời công dân.' });
    expect(task.status).toBe(201);
    const res = await t
      .http()
      .post(api(`/tasks/${task.body.id}/result`))
      .set(handler)
      .send({ summary: 'Đã lắp đèn trong tháng.', publish: false });
    expect(res.status).toBe(200);
    const mine = () => joinParts(smsc.submits.filter((x) => x.destinationAddr === dest(7)));
    const both = await until(() => (mine().length >= 2 ? mine() : undefined));
    const answered = both.find((m) => m.text.includes('/tra-cuu'));
    const survey = both.find((m) => m.text.includes('/khao-sat/'));
    expect(answered?.text).toContain('da co ket qua giai quyet');
    expect(survey?.text).toMatch(/^Moi quy vi cho biet muc do hai long/);
    for (const m of both) expect(m.parts.length).toBeLessThanOrEqual(2);
    const code = /\/khao-sat\/([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})/.exec(survey!.text)![1]!;
    const q = await t.http().get(api(`/public/surveys/${code}`));
    expect(q.status).toBe(200);
    const answers = Object.fromEntries((q.body.criteria as { key: string }[]).map((x) => [x.key, 5] as const));
    expect(
      (
        await t
          .http()
          .post(api(`/public/surveys/${code}`))
          .send({ answers })
      ).status,
    ).toBe(201);
    expect(
      (
        await t
          .http()
          .post(api(`/public/surveys/${code}`))
          .send({ answers })
      ).status,
    ).toBe(409);
  });
});

describe('booking verified by a one-time code sent by SMS', () => {
  let smsc: TestSmpp;
  let t: TestServer;
  let make: Awaited<ReturnType<typeof sessionMaker>>;
  beforeAll(async () => {
    smsc = await startSmpp();
    t = await startServer({
      timeoutMs: 150_000,
      env: {
        SMS_SMPP_URL: smsc.url,
        SMS_SENDER: 'TIEPDAN',
        BOOKING_VERIFICATION: 'sms',
        BOOKING_HOLD_MINUTES: '10',
        JOBS_ENABLED: 'true',
        TEST_CLOCK: 'true',
      },
    });
    make = await sessionMaker(t);
  }, 400_000);
  afterAll(async () => {
    await t?.close();
    await smsc?.close();
  });

  const book = (s: MadeSession, n: number, extra: Record<string, unknown> = {}) =>
    t
      .http()
      .post(api('/bookings'))
      .send({ sessionId: s.id, slotStartsAt: s.startsAt, ...citizen(n), ...extra });
  const otpFor = async (n: number, already = 0): Promise<string> => {
    const texts = await until(() => {
      const m = joinParts(smsc.submits.filter((x) => x.destinationAddr === dest(n))).filter((x) =>
        x.text.startsWith('Ma xac nhan'),
      );
      return m.length > already ? m : undefined;
    });
    return /(\d{6})/.exec(texts[already]!.text)![1]!;
  };
  const verify = (code: string, otp: string, token?: string) =>
    t
      .http()
      .post(api(`/bookings/${code}/verify`))
      .send({ otp, ...(token ? { token } : {}) });

  it('holds the booking as pending, refuses a wrong code, confirms with the right one', async () => {
    const s = await make({ seats: 3 });
    const res = await book(s, 10);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'pending', verification: 'sms' });
    const otp = await otpFor(10);
    const wrong = otp === '000000' ? '111111' : '000000';
    const bad = await verify(res.body.code, wrong);
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ code: 'VERIFICATION_CODE_WRONG', attemptsLeft: 4 });
    // the outbox never shows the code, and blanks it once sent
    const otpRow = (await smsOutbox(t)).find((m) => m.kind === 'booking.otp' && m.refId !== null)!;
    expect(otpRow.secret).toBe(true);
    const detail = await t
      .http()
      .get(api(`/notifications/outbox/${otpRow.id}`))
      .set(bearer(await t.token('admin')));
    expect(JSON.stringify(detail.body)).not.toContain(otp);
    const good = await verify(res.body.code, otp, res.body.manageToken);
    expect(good.status).toBe(201);
    expect(good.body).toMatchObject({ code: res.body.code, status: 'confirmed' });
    // single use
    expect((await verify(res.body.code, otp)).status).toBe(404);
    // the confirmation SMS follows
    await until(() =>
      joinParts(smsc.submits.filter((x) => x.destinationAddr === dest(10))).some((m) => m.text.includes('da xac nhan')),
    );
  });

  it('answers the same way for an ID number that already booked, until the code is verified', async () => {
    const s = await make({ seats: 3 });
    const first = await book(s, 20);
    expect((await verify(first.body.code, await otpFor(20))).status).toBe(201);
    const again = await book(s, 20, { phone: phone(21) });
    const fresh = await book(s, 22);
    expect(again.status).toBe(fresh.status);
    expect(Object.keys(again.body).sort()).toEqual(Object.keys(fresh.body).sort());
    expect(again.body.status).toBe('pending');
    // only the owner of the phone that gets the code learns, after verifying, that the ID had booked
    const dup = await verify(again.body.code, await otpFor(21));
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('DUPLICATE_BOOKING');
    expect((await verify(fresh.body.code, await otpFor(22))).status).toBe(201);
  });

  it('releases the hold after five wrong codes', async () => {
    const s = await make({ seats: 1 });
    const res = await book(s, 30);
    const otp = await otpFor(30);
    const wrong = otp === '000000' ? '111111' : '000000';
    for (let i = 0; i < 4; i++) expect((await verify(res.body.code, wrong)).status).toBe(422);
    const last = await verify(res.body.code, wrong);
    expect(last.status).toBe(410);
    expect((await verify(res.body.code, otp)).status).toBe(410);
    expect((await book(s, 31)).status).toBe(202); // the seat is free again
  });

  it('gives the seat back when the hold expires, and refuses the expired code', async () => {
    const s = await make({ seats: 1 });
    const held = await book(s, 40);
    expect(held.status).toBe(202);
    const otp = await otpFor(40);
    const full = await book(s, 41);
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('SLOT_FULL');
    const slots = async () =>
      ((await t.http().get(api(`/sessions/${s.id}/slots`))).body as { startsAt: string; remaining: number }[]).find(
        (x) => x.startsAt === s.startsAt,
      )!.remaining;
    expect(await slots()).toBe(0);
    await advanceClock(t, 10 * 60_000 + 1000);
    expect(await slots()).toBe(1); // counted free before any sweep
    const expired = await verify(held.body.code, otp);
    expect(expired.status).toBe(410);
    expect(expired.body.code).toBe('VERIFICATION_EXPIRED');
    const next = await book(s, 41);
    expect(next.status).toBe(202);
    expect((await verify(next.body.code, await otpFor(41))).status).toBe(201);
  });
});

const N = 6;
describe(`a moved session: one SMS per booking, exactly once${ON_POSTGRES ? ', two instances on one database' : ''}`, () => {
  let smsc: TestSmpp;
  let servers: TestServer[] = [];
  beforeAll(async () => {
    smsc = await startSmpp();
    const env = { SMS_SMPP_URL: smsc.url, SMS_SENDER: 'TIEPDAN', JOBS_ENABLED: 'true', TEST_CLOCK: 'true' };
    const first = await startServer({ env, timeoutMs: 150_000 });
    servers = [first];
    if (ON_POSTGRES) servers.push(await startServer({ env, reuse: first.db, timeoutMs: 150_000 }));
  }, 400_000);
  afterAll(async () => {
    for (const s of servers.slice(1)) await s.stop();
    await servers[0]?.close();
    await smsc?.close();
  });

  it('sends each booking one notice of the move', async () => {
    const t = servers[0]!;
    const s = await (await sessionMaker(t))({ seats: N });
    const codes: string[] = [];
    for (let i = 0; i < N; i++) {
      const res = await servers[i % servers.length]!.http()
        .post(api('/bookings'))
        .send({ sessionId: s.id, slotStartsAt: s.startsAt, ...citizen(100 + i) });
      expect(res.status).toBe(201);
      codes.push(res.body.code);
    }
    await until(() => smsc.submits.length >= N);
    const office = bearer(await t.token('office'));
    const newStart = DateTime.fromISO(s.startsAt).plus({ hours: 2 }).toUTC().toISO()!;
    const moved = await t
      .http()
      .patch(api(`/sessions/${s.id}`))
      .set(office)
      .send({ startsAt: newStart, reason: 'Lãnh đạo bận họp đột xuất' });
    expect(moved.status).toBe(200);
    // race explicit flushes on every instance against the interval workers
    await Promise.all(
      servers.map(async (x) =>
        x
          .http()
          .post(api('/notifications/outbox/flush'))
          .set(bearer(await x.token('admin'))),
      ),
    );
    const notices = () => joinParts(smsc.submits).filter((m) => m.text.includes('doi sang'));
    await until(() => notices().length >= N);
    await new Promise((r) => setTimeout(r, 4500)); // more worker rounds: nothing arrives twice
    const got = notices();
    expect(got).toHaveLength(N);
    expect(new Set(got.map((m) => m.destination))).toEqual(new Set(codes.map((_, i) => dest(100 + i))));
    for (const [i, code] of codes.entries())
      expect(got.find((m) => m.destination === dest(100 + i))!.text).toContain(code);
    expect(got[0]!.text).toContain('luc 10:00');
  });
});
