import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FieldCipher } from '../src/common/crypto/field-cipher.js';
import { parseDataKey } from '../src/common/crypto/data-key.js';
import { cccd, citizen, sessionMaker } from './helpers/bookings-fixtures.js';
import { expectProblem } from './helpers/problem.js';
import { baseEnv, bearer, startServer, type TestServer } from './helpers/server.js';
import { createTestDb, type TestDb } from './helpers/test-db.js';
import { api } from './helpers/client.js';

/** The server's data key (the e2e environment's DATA_KEY), to write rows in the former format as they were stored. */
const cipher = new FieldCipher(parseDataKey(baseEnv().DATA_KEY!));
const MIGRATION = 'BindCiphertextsToRows1790000412345';

interface Made {
  code: string;
  manageToken: string;
  id: string;
  enc: string;
}

describe('encrypted fields are bound to their row', () => {
  let db: TestDb;
  let t: TestServer;
  let sessionId: string;
  let a: Made;
  let b: Made;

  const book = async (n: number, slotStartsAt: string): Promise<Made> => {
    const res = await t
      .http()
      .post(api('/bookings'))
      .send({ sessionId, slotStartsAt, ...citizen(n) });
    expect(res.status).toBe(201);
    const [row] = await db.query<{ id: string; id_number_enc: string }>(
      'SELECT id, id_number_enc FROM bookings WHERE code = $1',
      [res.body.code],
    );
    return { code: res.body.code, manageToken: res.body.manageToken, id: row!.id, enc: row!.id_number_enc };
  };
  const staffList = async () =>
    t
      .http()
      .get(api(`/sessions/${sessionId}/bookings`))
      .set(bearer(await t.token('secretary')));

  beforeAll(async () => {
    db = await createTestDb();
    t = await startServer({ reuse: db });
    const s = await (await sessionMaker(t))({ seats: 5 });
    sessionId = s.id;
    a = await book(1, s.startsAt);
    b = await book(2, s.startsAt);
  });
  afterAll(async () => {
    await t.stop();
    await db.drop();
  });

  it('writes the current format, bound to the booking', async () => {
    expect(a.enc).toMatch(/^v3:k0:/);
    const list = await staffList();
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).toContain(cccd(1));
  });

  it('refuses, with a clear problem and without the number, one booking’s ID number copied onto another booking’s row', async () => {
    await db.query('UPDATE bookings SET id_number_enc = $1 WHERE id = $2', [a.enc, b.id]);
    const own = await t
      .http()
      .get(api(`/bookings/${b.code}`))
      .set('X-Manage-Token', b.manageToken);
    expectProblem(own, 500, 'ENCRYPTED_FIELD_INVALID');
    expect(own.body.detail).toContain('không thuộc về bản ghi này');
    expect(JSON.stringify(own.body)).not.toContain(cccd(1));
    const list = await staffList();
    expectProblem(list, 500, 'ENCRYPTED_FIELD_INVALID');
    expect(JSON.stringify(list.body)).not.toContain(cccd(1));
    expect(t.logs()).not.toContain(cccd(1));
    // The owner's booking is untouched.
    expect(
      (
        await t
          .http()
          .get(api(`/bookings/${a.code}`))
          .set('X-Manage-Token', a.manageToken)
      ).status,
    ).toBe(200);
  });

  it('the migration re-encrypts rows of the former format with their row id; the former format is refused after it', async () => {
    await db.query('UPDATE bookings SET id_number_enc = $1 WHERE id = $2', [
      cipher.encryptUnbound(cccd(2), 'booking.idNumber'),
      b.id,
    ]);
    expectProblem(
      await t
        .http()
        .get(api(`/bookings/${b.code}`))
        .set('X-Manage-Token', b.manageToken),
      500,
      'ENCRYPTED_FIELD_INVALID',
    );

    await t.stop();
    await db.query('DELETE FROM migrations WHERE name = $1', [MIGRATION]);
    t = await startServer({ reuse: db });
    const [row] = await db.query<{ id_number_enc: string }>('SELECT id_number_enc FROM bookings WHERE id = $1', [b.id]);
    expect(row!.id_number_enc).toMatch(/^v3:k0:/);
    expect(cipher.decrypt(row!.id_number_enc, 'booking.idNumber', b.id)).toBe(cccd(2));
    const list = await staffList();
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).toContain(cccd(2));
    // Converted once: the other rows (already bound) are unchanged.
    const [other] = await db.query<{ id_number_enc: string }>('SELECT id_number_enc FROM bookings WHERE id = $1', [
      a.id,
    ]);
    expect(other!.id_number_enc).toBe(a.enc);
  });
});
