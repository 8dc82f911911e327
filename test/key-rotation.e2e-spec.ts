import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FieldCipher } from '../src/common/crypto/field-cipher.js';
import { parseDataKeys } from '../src/common/crypto/data-key.js';
import { baseEnv, bearer, startServer, type TestServer } from './helpers/server.js';
import { cccd, citizen, type MadeSession, sessionMaker } from './helpers/bookings-fixtures.js';
import { api } from './helpers/client.js';
import { runCli, startCli } from './helpers/cli.js';
import type { Body } from './helpers/api-types.js';

const OLD = baseEnv().DATA_KEY!; // the key of the first server: a lone DATA_KEY, i.e. the key id k0
const NEW = Buffer.alloc(32, 0x5a).toString('hex');
const ROTATING = { DATA_KEY: '', DATA_KEYS: `new:${NEW},k0:${OLD}` };
const NEW_ONLY = { DATA_KEY: '', DATA_KEYS: `new:${NEW}` };
const oldCipher = new FieldCipher(parseDataKeys(`k0:${OLD}`));
const newCipher = new FieldCipher(parseDataKeys(`new:${NEW}`));

/** Every encrypted column of the database. */
const ENCRYPTED: Record<string, { id: string; columns: string[] }> = {
  bookings: { id: 'id', columns: ['id_number_enc', 'phone_enc', 'email_enc', 'representatives_enc'] },
  petitions: { id: 'id', columns: ['petitioner_id_enc', 'petitioner_phone_enc', 'petitioner_email_enc'] },
  petition_identities: {
    id: 'petition_id',
    columns: ['full_name_enc', 'id_number_enc', 'address_enc', 'phone_enc', 'email_enc', 'content_enc'],
  },
  reception_cases: { id: 'id', columns: ['id_number_enc', 'representatives_enc'] },
  dialogue_questions: { id: 'id', columns: ['contact_enc'] },
};

const DENOUNCER = {
  fullName: 'Võ Minh Khang',
  idNumber: '031088012345',
  phone: '0977111222',
  address: 'Số 9 ngõ 12 phố Mẫu',
  email: 'nguoi-gui-17@example.vn',
};
const PETITIONER = { fullName: 'Trần Thị Hoa', idNumber: '031190001234', phone: '0912345678', address: 'Tổ dân phố 5' };

interface Booked {
  n: number;
  code: string;
  manageToken: string;
}

/**
 * Bookings posted without pause until `stop()`. A 503 (DATABASE_BUSY: on SQLite the rotation is a second writer
 * process) is retried as a client would, up to 5 times, and counted; any other answer than 201/202 is kept as a failure.
 */
function storm(url: string, s: MadeSession, workers: number, from: number) {
  let running = true;
  let n = from;
  const ok: Booked[] = [];
  const failures: string[] = [];
  let retried = 0;
  const loops = Array.from({ length: workers }, async () => {
    while (running) {
      const i = n++;
      for (let attempt = 1; ; attempt += 1) {
        const res = await fetch(`${url}${api('/bookings')}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ sessionId: s.id, slotStartsAt: s.startsAt, waitlist: true, ...citizen(i) }),
        });
        const body = (await res.json()) as { code: string; manageToken: string };
        if (res.status === 503 && attempt < 5) {
          retried += 1;
          await new Promise((r) => setTimeout(r, 50 * attempt));
          continue;
        }
        if (res.status === 201 || res.status === 202) ok.push({ n: i, code: body.code, manageToken: body.manageToken });
        else failures.push(`${res.status} ${JSON.stringify(body)}`);
        break;
      }
    }
  });
  return { ok, failures, retried: () => retried, stop: () => ((running = false), Promise.all(loops)) };
}

describe('data key rotation under load (npm run rotate-key)', () => {
  let t: TestServer;
  let s1: MadeSession;
  let s2: MadeSession;
  let wardId: string;
  let dialogueId: string;
  let openPetitionId: string;
  let sealedPetitionId: string;
  const booked: Booked[] = [];
  const stormed: Booked[] = [];

  async function staleCount(keyId: string): Promise<number> {
    let n = 0;
    for (const [table, { columns }] of Object.entries(ENCRYPTED)) {
      for (const c of columns) {
        const rows = await t.db.query<{ v: string }>(`SELECT ${c} AS v FROM ${table} WHERE ${c} IS NOT NULL`);
        n += rows.filter((r) => !r.v.startsWith(`v3:${keyId}:`)).length;
      }
    }
    return n;
  }

  beforeAll(async () => {
    // 1. Data written under the old key alone (DATA_KEY, key id k0).
    t = await startServer({ timeoutMs: 180_000 });
    const make = await sessionMaker(t);
    s1 = await make({ seats: 50 });
    s2 = await make({ seats: 200 });
    for (let i = 1; i <= 24; i += 1) {
      const extra =
        i % 3 === 0
          ? { groupSize: 2, representatives: [{ fullName: 'Lê Văn Trùng', idNumber: cccd(900 + i) }] }
          : i % 3 === 1
            ? { email: `cong-dan-${i}@example.vn` }
            : {};
      const res = await t
        .http()
        .post(api('/bookings'))
        .send({ sessionId: s1.id, slotStartsAt: s1.startsAt, ...citizen(i, extra) });
      expect(res.status).toBe(201);
      booked.push({ n: i, code: res.body.code, manageToken: res.body.manageToken });
    }
    const office = await t.token('office');
    const units = (await t.http().get(api('/units')).set(bearer(office))).body as Body<'get', '/units'>;
    wardId = units.find((u) => u.code === '11311')!.id;
    const petition = (body: Record<string, unknown>) =>
      t
        .http()
        .post(api('/petitions'))
        .set(bearer(office))
        .send({ channel: 'reception', unitId: wardId, receivedAt: new Date().toISOString(), ...body });
    const open = await petition({
      type: 'complaint',
      content: 'Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất.',
      petitioner: { ...PETITIONER, email: 'tran.thi.hoa@example.vn' },
    });
    expect(open.status).toBe(201);
    openPetitionId = open.body.id;
    const sealed = await petition({
      type: 'denunciation',
      petitioner: DENOUNCER,
      subject: 'Tố cáo sai phạm trong cấp phép xây dựng',
      content: 'Tố cáo cán bộ địa chính nhận tiền để cấp phép sai.',
    });
    expect(sealed.status).toBe(201);
    sealedPetitionId = sealed.body.id;
    const officials = (
      await t
        .http()
        .get(api(`/officials?unitId=${wardId}`))
        .set(bearer(office))
    ).body as Body<'get', '/officials'>;
    const venues = (
      await t
        .http()
        .get(api(`/venues?unitId=${wardId}`))
        .set(bearer(office))
    ).body as Body<'get', '/venues'>;
    const day = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    const dialogue = await t
      .http()
      .post(api('/dialogues'))
      .set(bearer(office))
      .send({
        unitId: wardId,
        topic: 'Chỉnh trang đô thị và an toàn giao thông trên địa bàn phường',
        mode: 'in_person',
        venueId: venues[0]!.id,
        chairOfficialIds: [officials.find((o) => o.position === 'head' && o.body === 'government')!.id],
        trigger: 'periodic',
        startsAt: `${day}T01:00:00.000Z`,
        endsAt: `${day}T03:00:00.000Z`,
      });
    expect(dialogue.status).toBe(201);
    dialogueId = dialogue.body.id;
    expect(
      (
        await t
          .http()
          .post(api(`/dialogues/${dialogueId}/publish`))
          .set(bearer(office))
      ).status,
    ).toBe(200);
    const question = await t
      .http()
      .post(api(`/dialogues/${dialogueId}/questions`))
      .send({ fullName: 'Trần Thị Hoa', question: 'Khi nào sửa đường trước nhà văn hóa?', contact: '0912345678' });
    expect(question.status).toBe(201);

    // Rows from before key ids (format v2, written with the old key): the rotation must convert them as well.
    const rows = await t.db.query<{ id: string; phone_enc: string }>(
      'SELECT id, phone_enc FROM bookings ORDER BY id LIMIT 5',
    );
    for (const r of rows) {
      const v2 = oldCipher.encryptWithoutKeyId(
        oldCipher.decrypt(r.phone_enc, 'booking.phone', r.id),
        'booking.phone',
        r.id,
      );
      await t.db.query('UPDATE bookings SET phone_enc = $1 WHERE id = $2', [v2, r.id]);
    }
    expect(await staleCount('k0')).toBe(5);
    await t.stop();

    // 2. The servers restart with the new key first and the old one after it.
    t = await startServer({ reuse: t.db, env: ROTATING, timeoutMs: 180_000 });
  }, 420_000);
  afterAll(async () => {
    if (!t) return;
    if (process.env.ROTATION_LOG) (await import('node:fs')).writeFileSync(process.env.ROTATION_LOG, t.logs());
    await t.close();
  });

  it('reads rows of the old key and of before key ids, and writes new ones under the new key', async () => {
    for (const b of [booked[0]!, booked[5]!, booked[23]!]) {
      const res = await t
        .http()
        .get(api(`/bookings/${b.code}`))
        .set('X-Manage-Token', b.manageToken);
      expect(res.status).toBe(200);
    }
    const res = await t
      .http()
      .post(api('/bookings'))
      .send({ sessionId: s2.id, slotStartsAt: s2.startsAt, ...citizen(5000) });
    expect(res.status).toBe(201);
    const [row] = await t.db.query<{ id_number_enc: string }>('SELECT id_number_enc FROM bookings WHERE code = $1', [
      res.body.code,
    ]);
    expect(row!.id_number_enc).toMatch(/^v3:new:/);
    // A citizen who booked under the old key cannot book the same session again during the rotation.
    const again = await t
      .http()
      .post(api('/bookings'))
      .send({ sessionId: s1.id, slotStartsAt: s1.startsAt, ...citizen(2) });
    expect(again.status).toBe(409);
  });

  it('rotates while bookings pour in, resumes after being killed mid-way, and leaves nothing on the old key', async () => {
    const load = storm(t.url, s2, 8, 10_000);
    try {
      const before = await staleCount('new');
      expect(before).toBeGreaterThan(30);
      // Slowed down (1 row per batch, 300 ms apart) so that it can be killed part of the way through: once 3 of the
      // 24 bookings of before are on the new key (one cheap query per probe).
      const first = startCli('maintenance/rotate-key-main.js', ['--batch', '1', '--pause', '300'], {
        ...t.db.env,
        ...ROTATING,
      });
      const staleBookings = async () =>
        Number(
          (
            await t.db.query<{ n: number | string }>(
              "SELECT COUNT(*) AS n FROM bookings WHERE substr(id_number_enc, 1, 7) <> 'v3:new:'",
            )
          )[0]!.n,
        );
      let exited = false;
      void first.done.then(() => (exited = true));
      const deadline = Date.now() + 60_000;
      while (!exited && Date.now() < deadline && (await staleBookings()) > 21)
        await new Promise((r) => setTimeout(r, 50));
      expect(exited ? first.output() : 'running').toBe('running');
      first.child.kill('SIGKILL');
      await first.done;
      const left = await staleCount('new');
      expect(left).toBeLessThan(before);
      expect(left).toBeGreaterThan(0);

      const second = await runCli('maintenance/rotate-key-main.js', ['--batch', '7'], { ...t.db.env, ...ROTATING });
      expect(second.stderr).toBe('');
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(/done: no ciphertext left on another key/);
    } finally {
      await load.stop();
    }
    expect(load.failures).toEqual([]);
    expect(load.ok.length).toBeGreaterThan(0);
    process.stdout.write(`storm during rotation: ${load.ok.length} bookings, ${load.retried()} answers 503 retried\n`);
    stormed.push(...load.ok);
    expect(await staleCount('new')).toBe(0);

    // Blind indexes rebuilt under the new key: the booking's and every attendee's (booker and representative).
    const b = booked[2]!; // i = 3: with a representative
    const [row] = await t.db.query<{ id: string; id_number_index: string }>(
      'SELECT id, id_number_index FROM bookings WHERE code = $1',
      [b.code],
    );
    expect(row!.id_number_index).toBe(newCipher.blindIndex(cccd(3), 'citizen.idNumber'));
    const attendees = await t.db.query<{ position: number; id_number_index: string }>(
      'SELECT position, id_number_index FROM booking_attendees WHERE booking_id = $1 ORDER BY position',
      [row!.id],
    );
    expect(attendees.map((a) => a.id_number_index)).toEqual([
      newCipher.blindIndex(cccd(3), 'citizen.idNumber'),
      newCipher.blindIndex(cccd(903), 'citizen.idNumber'),
    ]);
    const [petition] = await t.db.query<{ petitioner_id_bidx: string }>(
      'SELECT petitioner_id_bidx FROM petitions WHERE id = $1',
      [openPetitionId],
    );
    expect(petition!.petitioner_id_bidx).toBe(newCipher.blindIndex(PETITIONER.idNumber, 'petition.idNumber.bidx'));
    // A run with nothing left to do changes nothing.
    const idle = await runCli('maintenance/rotate-key-main.js', [], { ...t.db.env, ...ROTATING });
    expect(idle.code).toBe(0);
    expect(idle.stdout).not.toMatch(/re-encrypted/);
  }, 360_000);

  it('reads everything back with the old key removed from DATA_KEYS', async () => {
    await t.stop();
    t = await startServer({ reuse: t.db, env: NEW_ONLY, timeoutMs: 180_000 });
    for (const b of [...booked, ...stormed.slice(0, 10)]) {
      const res = await t
        .http()
        .get(api(`/bookings/${b.code}`))
        .set('X-Manage-Token', b.manageToken);
      expect(res.status).toBe(200);
      expect(res.body.phone).toMatch(new RegExp(`${citizen(b.n).phone.slice(-3)}$`)); // masked but decrypted
    }
    const office = await t.token('office');
    const open = await t
      .http()
      .get(api(`/petitions/${openPetitionId}`))
      .set(bearer(office));
    expect(open.status).toBe(200);
    expect(open.body.petitioner).toMatchObject({ fullName: PETITIONER.fullName });
    expect(JSON.stringify(open.body.petitioner)).toContain(PETITIONER.phone.slice(-3));
    const inspector = await t.token('inspector');
    const sealed = await t
      .http()
      .get(api(`/petitions/${sealedPetitionId}`))
      .set(bearer(inspector));
    expect(sealed.status).toBe(200);
    expect(sealed.body.petitioner).toMatchObject({ fullName: DENOUNCER.fullName, idNumber: DENOUNCER.idNumber });
    const questions = await t
      .http()
      .get(api(`/dialogues/${dialogueId}/questions`))
      .set(bearer(office));
    expect(questions.status).toBe(200);
    expect(questions.body[0]).toMatchObject({ contact: '0912345678' });

    // Look-ups by the rebuilt indexes: one place per citizen per session, and duplicate petitions still found.
    const again = await t
      .http()
      .post(api('/bookings'))
      .send({ sessionId: s1.id, slotStartsAt: s1.startsAt, ...citizen(3) });
    expect(again.status).toBe(409);
    const rep = await t
      .http()
      .post(api('/bookings'))
      .send({ sessionId: s1.id, slotStartsAt: s1.startsAt, ...citizen(4, { idNumber: cccd(906) }) });
    expect(rep.status).toBe(409); // cccd(906) comes as the representative of booking 6
    const dup = await t.http().post(api('/petitions')).set(bearer(office)).send({
      type: 'complaint',
      channel: 'reception',
      unitId: wardId,
      receivedAt: new Date().toISOString(),
      content: 'Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất.',
      petitioner: PETITIONER,
    });
    expect(dup.status).toBe(201);
    expect(dup.body.possibleDuplicateOf).toEqual([openPetitionId]);
  }, 360_000);
});
