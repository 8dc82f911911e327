import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectProblem } from './helpers/problem.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { api } from './helpers/client.js';
import type { Body } from './helpers/api-types.js';

/** Invisible characters a pasted or crafted name may carry: bidi override/isolate, zero-width, BOM, a control. */
const dirty = (s: string) =>
  `\u202E${s.normalize('NFD').replace(' ', ' \u200B').replace('a', 'a\u2066\u200D')}\uFEFF\u0007`;
// eslint-disable-next-line no-control-regex -- removing control characters is the purpose of this pattern
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000B-\u001F]/;

describe('names and free texts are stored in NFC without invisible characters', () => {
  let t: TestServer;
  let wardId: string;
  let office: string;

  beforeAll(async () => {
    t = await startServer();
    const admin = await t.token('admin');
    const units = (await t.http().get(api('/units')).set(bearer(admin))).body as Body<'get', '/units'>;
    wardId = units.find((u) => u.code === '11311')!.id;
    office = await t.token('office');
  });
  afterAll(() => t.close());

  it('an official’s name and title, and a venue’s name, come back NFC and clean', async () => {
    const created = await t
      .http()
      .post(api('/officials'))
      .set(bearer(office))
      .send({
        fullName: dirty('Phạm Thị Ngọc Hà'),
        title: dirty('Phó Chủ tịch UBND phường'),
        unitId: wardId,
        position: 'deputy',
        body: 'government',
      });
    expect(created.status).toBe(201);
    const read = await t
      .http()
      .get(api(`/officials/${created.body.id}`))
      .set(bearer(office));
    expect(read.body.fullName).toBe('Phạm Thị Ngọc Hà'.normalize('NFC'));
    expect(read.body.title).toBe('Phó Chủ tịch UBND phường'.normalize('NFC'));
    const [row] = await t.db.query<{ full_name: string }>('SELECT full_name FROM officials WHERE id = $1', [
      created.body.id,
    ]);
    expect(row!.full_name).toBe('Phạm Thị Ngọc Hà'.normalize('NFC'));

    const venue = await t
      .http()
      .post(api('/venues'))
      .set(bearer(office))
      .send({ name: dirty('Trụ sở Tiếp công dân'), address: dirty('Số 2 phố Lạch Tray'), unitId: wardId });
    expect(venue.status).toBe(201);
    expect(venue.body.name).toBe('Trụ sở Tiếp công dân'.normalize('NFC'));
    expect(venue.body.address).not.toMatch(INVISIBLE);
  });

  it('a petition keeps the line breaks of its content but loses the invisible characters; a name of only invisibles is empty', async () => {
    const p = await t
      .http()
      .post(api('/petitions'))
      .set(bearer(office))
      .send({
        type: 'complaint',
        channel: 'reception',
        receivedAt: '2026-03-02T02:00:00.000Z',
        unitId: wardId,
        petitioner: { fullName: dirty('Lê Văn Tám'), idNumber: '0311\u200B90001234', phone: '0912\u2060345678' },
        subject: dirty('Khiếu nại về bồi thường'),
        content: dirty('Dòng thứ nhất.\n\tDòng thứ hai.'),
      });
    expect(p.status).toBe(201);
    // The secretary reads numbers in clear (the office sees them masked: docs/privacy.md).
    const read = await t
      .http()
      .get(api(`/petitions/${p.body.id}`))
      .set(bearer(await t.token('secretary')));
    expect(read.body.petitioner.fullName).toBe('Lê Văn Tám'.normalize('NFC'));
    expect(read.body.petitioner.idNumber).toBe('031190001234');
    expect(read.body.subject).toBe('Khiếu nại về bồi thường'.normalize('NFC'));
    expect(read.body.content).toBe('Dòng thứ nhất.\n\tDòng thứ hai.'.normalize('NFC'));

    const blank = await t.http().post(api('/officials')).set(bearer(office)).send({
      fullName: '\u200B\u202E\uFEFF',
      title: 'Cán bộ',
      unitId: wardId,
      position: 'member',
      body: 'government',
    });
    expectProblem(blank, 400, 'VALIDATION_FAILED');
  });
});
