import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { flat, pdfText, saveOutput } from '../src/documents/testing/extract.js';
import { ON_POSTGRES } from './helpers/test-db.js';
import { expectProblem } from './helpers/problem.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { citizen } from './helpers/bookings-fixtures.js';
import { guideCase, minutes, type Ward, ward } from './helpers/minutes-fixtures.js';
import { api, binary } from './helpers/client.js';
import { setClock } from './helpers/clock.js';

/** A meeting address distinctive enough that finding it anywhere is a leak (the search must be able to fail). */
const MEET = 'https://meet.example.vn/tiep-dan-hong-bang-7Qx9Zk';
const MEET_HOST_PATH = 'tiep-dan-hong-bang-7Qx9Zk';
const DAY = '2026-12-15';
const SLOT0 = `${DAY}T01:00:00.000Z`;
const JOIN_MINUTES = 20;

type Res = { status: number; body: Record<string, unknown> };

async function post(url: string, body: unknown): Promise<Res> {
  const res = await fetch(`${url}${api('/bookings')}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

function tally(results: Res[]) {
  const by = new Map<string, number>();
  for (const r of results) {
    const key = `${r.status}${r.status >= 400 ? ` ${String(r.body.code)}` : ''}`;
    by.set(key, (by.get(key) ?? 0) + 1);
  }
  return Object.fromEntries([...by.entries()].sort());
}

/** iCalendar text with folded lines joined again (RFC 5545 §3.1), escapes of commas and semicolons undone. */
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '').replace(/\\([,;\\])/g, '$1');

describe('online reception: forms, per-form capacity, joining details only to the booked citizen', () => {
  let t: TestServer;
  let w: Ward;
  let office: Record<string, string>;
  let sec: Record<string, string>;
  let hybridId: string;
  let confirmed: { code: string; manageToken: string };
  const onlineCodes: string[] = [];

  const adHoc = (day: string, extra: Record<string, unknown>) => ({
    officialId: w.leaderId,
    venueId: w.venueId,
    startsAt: `${day}T01:00:00.000Z`,
    endsAt: `${day}T02:00:00.000Z`,
    adHocReason: 'complex_case',
    note: 'Tiếp công dân ở xã đảo và người ở xa',
    slotMinutes: 30,
    seatsPerSlot: 4,
    ...extra,
  });
  const publish = async (id: string) => {
    const res = await t
      .http()
      .post(api(`/sessions/${id}/publish`))
      .set(office)
      .send({ override: true, reason: 'Công bố gấp để kiểm thử tiếp trực tuyến' });
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    t = await startServer({
      env: { TEST_CLOCK: 'true', JOIN_OPENS_MINUTES_BEFORE: String(JOIN_MINUTES) },
      timeoutMs: 170_000,
    });
    await setClock(t, '2026-12-01T02:00:00Z');
    w = await ward(t);
    office = bearer(await t.token('office'));
    sec = bearer(await t.token('secretary'));
  }, 180_000);
  afterAll(() => t.close());

  it('refuses bad online settings with 400 naming the field, and changes nothing', async () => {
    const before = (await t.db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM sessions'))[0]!.n;
    for (const [extra, field] of [
      [{ mode: 'hybrid', onlineSeatsPerSlot: 2 }, 'meetingUrl'],
      [{ mode: 'online', meetingUrl: 'http://meet.example.vn/x' }, 'meetingUrl'],
      [{ mode: 'hybrid', meetingUrl: MEET, onlineSeatsPerSlot: 4 }, 'onlineSeatsPerSlot'],
      [{ mode: 'online', meetingUrl: MEET, recordsOnline: true }, 'recordingPurpose'],
      [{ meetingUrl: MEET }, 'meetingUrl'],
    ] as const) {
      const res = await t.http().post(api('/sessions')).set(office).send(adHoc(DAY, extra));
      expectProblem(res, 400, 'INVALID_ONLINE_SETTINGS');
      expect((res.body.errors as { field: string }[]).map((e) => e.field)).toContain(field);
    }
    expect((await t.db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM sessions'))[0]!.n).toEqual(before);
  });

  it('a hybrid session stores the meeting address encrypted and shows it to the unit office only', async () => {
    const res = await t
      .http()
      .post(api('/sessions'))
      .set(office)
      .send(
        adHoc(DAY, {
          mode: 'hybrid',
          meetingUrl: MEET,
          onlineSeatsPerSlot: 2,
          recordsOnline: true,
          recordingPurpose: 'Lưu hồ sơ buổi tiếp công dân trực tuyến',
          recordingRetentionDays: 90,
        }),
      );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ mode: 'hybrid', meetingUrl: MEET, onlineSeatsPerSlot: 2, recordsOnline: true });
    hybridId = res.body.id as string;
    const [row] = await t.db.query<{ meeting_url_enc: string }>('SELECT meeting_url_enc FROM sessions WHERE id = $1', [
      hybridId,
    ]);
    expect(row!.meeting_url_enc).toBeTruthy();
    expect(row!.meeting_url_enc).not.toContain(MEET_HOST_PATH);
    await publish(hybridId);
    // Once published, the form and seats are the terms bookings are made on: only the address may change.
    expectProblem(
      await t
        .http()
        .patch(api(`/sessions/${hybridId}`))
        .set(office)
        .send({ onlineSeatsPerSlot: 1 }),
      409,
      'ONLINE_TERMS_LOCKED',
    );
  });

  it('slots report seats per form and the recording terms (never the address)', async () => {
    const res = await t.http().get(api(`/sessions/${hybridId}/slots`));
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(2);
    expect(res.body[0]).toMatchObject({
      startsAt: SLOT0,
      mode: 'hybrid',
      seats: 2,
      remaining: 2,
      seatsInPerson: 2,
      remainingInPerson: 2,
      seatsOnline: 2,
      remainingOnline: 2,
      recording: { purpose: 'Lưu hồ sơ buổi tiếp công dân trực tuyến', retentionDays: 90 },
    });
    expect(JSON.stringify(res.body)).not.toContain(MEET_HOST_PATH);
  });

  it('an online booking without consent to the recording is refused 422 with an offer of the in-person seats', async () => {
    const res = await post(t.url, { sessionId: hybridId, slotStartsAt: SLOT0, ...citizen(500), form: 'online' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('RECORDING_CONSENT_REQUIRED');
    expect(String(res.body.detail)).toContain('còn chỗ tiếp trực tiếp ở các khung giờ 08:00, 08:30');
    expect(res.body.offeredForm).toBe('in_person');
    expect(res.body.inPersonSlots).toEqual([
      { startsAt: SLOT0, remaining: 2 },
      { startsAt: `${DAY}T01:30:00.000Z`, remaining: 2 },
    ]);
    const [n] = await t.db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM bookings WHERE session_id = $1', [
      hybridId,
    ]);
    expect(Number(n!.n)).toBe(0);
  });

  it('20 concurrent online bookings: exactly 2 confirmed online, in-person seats untouched', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(t.url, {
          sessionId: hybridId,
          slotStartsAt: SLOT0,
          ...citizen(600 + i),
          email: `cong.dan${i}@example.vn`,
          form: 'online',
          recordingConsent: true,
        }),
      ),
    );
    expect(tally(results)).toEqual({ '201': 2, '409 SLOT_FULL': 18 });
    const ok = results.filter((r) => r.status === 201);
    for (const r of ok) {
      expect(r.body).toMatchObject({
        status: 'confirmed',
        form: 'online',
        join: { url: MEET, opensAt: new Date(Date.parse(SLOT0) - JOIN_MINUTES * 60_000).toISOString() },
      });
      onlineCodes.push(r.body.code as string);
    }
    confirmed = { code: ok[0]!.body.code as string, manageToken: ok[0]!.body.manageToken as string };
    for (const r of results.filter((x) => x.status !== 201))
      expect(JSON.stringify(r.body)).not.toContain(MEET_HOST_PATH);
    const slots = (await t.http().get(api(`/sessions/${hybridId}/slots`))).body as Record<string, number>[];
    expect(slots[0]).toMatchObject({ remainingOnline: 0, remainingInPerson: 2, remaining: 2 });
    const rows = await t.db.query<{ form: string; taken: number | string; seats: number | string }>(
      'SELECT form, taken, seats FROM booking_slots WHERE session_id = $1 ORDER BY form',
      [hybridId],
    );
    expect(rows.map((r) => [r.form, Number(r.taken), Number(r.seats)])).toEqual([['online', 2, 2]]);
  });

  it('in-person seats of the slot are still there: the default form of a hybrid session is in person', async () => {
    const res = await post(t.url, { sessionId: hybridId, slotStartsAt: SLOT0, ...citizen(700) });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ form: 'in_person', join: null });
    expect(JSON.stringify(res.body)).not.toContain(MEET_HOST_PATH);
  });

  it('the booked citizen gets the address in the manage view, the .ics and the confirmation e-mail', async () => {
    const view = await t
      .http()
      .get(api(`/bookings/${confirmed.code}`))
      .set('X-Manage-Token', confirmed.manageToken);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ form: 'online', recordingConsent: true, join: { url: MEET } });
    const ics = await t
      .http()
      .get(api(`/bookings/${confirmed.code}/ics`))
      .set('X-Manage-Token', confirmed.manageToken)
      .buffer(true)
      .parse((res, cb) => {
        let s = '';
        res.on('data', (c: Buffer) => (s += c.toString('utf8')));
        res.on('end', () => cb(null, s));
      });
    expect(ics.status).toBe(200);
    const text = unfold(ics.body as unknown as string);
    expect(text).toContain(`URL;VALUE=URI:${MEET}`);
    expect(text).toContain(`Tham gia trực tuyến: ${MEET}`);
    expect(text).toContain('tiếp công dân trực tuyến');
    const mails = await t.db.query<{ text: string }>(
      "SELECT text FROM outbox_messages WHERE kind = 'booking.confirmed' AND ref_id IN (SELECT id FROM bookings WHERE code = $1)",
      [confirmed.code],
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(`Đường dẫn tham gia: ${MEET}`);
    expect(mails[0]!.text).toContain('Hình thức: tiếp công dân trực tuyến');
  });

  it('the address is in no public feed, public API, other role’s or unit’s list, nor the server log', async () => {
    // Positive control: the search finds the address where it must be.
    const own = await t
      .http()
      .get(api(`/sessions/${hybridId}`))
      .set(office);
    expect(JSON.stringify(own.body)).toContain(MEET_HOST_PATH);

    const seen: [string, string][] = [];
    const text = async (path: string, token?: Record<string, string>) => {
      const req = t.http().get(api(path));
      const res = await (token ? req.set(token) : req).buffer(true);
      seen.push([path, res.text ?? JSON.stringify(res.body)]);
      return res;
    };
    const unitFeed = await text(`/feeds/units/${w.unitId}.ics`);
    expect(unitFeed.status).toBe(200);
    expect(unfold(unitFeed.text)).toContain('Tiếp công dân đột xuất (trực tiếp và trực tuyến)');
    expect(unfold(unitFeed.text)).toContain('đường dẫn tham gia chỉ gửi cho người đã đăng ký');
    await text(`/feeds/officials/${w.leaderId}.ics`);
    await text(`/feeds/venues/${w.venueId}.ics`);
    await text('/feeds');
    await text(`/sessions/${hybridId}/slots`);

    const viewer = bearer(await t.token('viewer'));
    const viewerOne = await text(`/sessions/${hybridId}`, viewer);
    expect(viewerOne.status).toBe(200);
    expect(viewerOne.body.meetingUrl).toBeNull();
    await text(`/sessions?from=${DAY}&to=${DAY}`, viewer);
    await text(`/sessions/${hybridId}/bookings`, viewer);
    const inspector = bearer(await t.token('inspector'));
    await text(`/sessions/${hybridId}`, inspector);
    await text(`/sessions/${hybridId}/bookings`, inspector);
    // The secretary sees the consent in the session's list (not the address: that is in the session view).
    const secList = await text(`/sessions/${hybridId}/bookings`, sec);
    expect(
      (secList.body as { form: string; recordingConsent: boolean | null }[]).filter((b) => b.form === 'online'),
    ).toEqual(expect.arrayContaining([expect.objectContaining({ recordingConsent: true })]));

    // Office staff of another unit.
    const admin = bearer(await t.token('admin'));
    const units = (await t.http().get(api('/units')).set(admin)).body as {
      id: string;
      level: string;
      parentId?: string;
    }[];
    const other = units.find((u) => u.id !== w.unitId && u.level === 'commune')!;
    const created = await t
      .http()
      .post(api('/users'))
      .set(admin)
      .send({ username: 'vanphong.phuongkhac', password: 'mat-khau-dai-du', roles: ['office'], unitId: other.id });
    expect(created.status).toBe(201);
    const otherOffice = bearer(await t.token('vanphong.phuongkhac', 'mat-khau-dai-du'));
    expect((await text(`/sessions/${hybridId}`, otherOffice)).status).toBe(404);
    await text(`/sessions?from=${DAY}&to=${DAY}`, otherOffice);
    expect((await text(`/sessions/${hybridId}/bookings`, otherOffice)).status).toBe(404);

    for (const [path, body] of seen) expect([path, body.includes(MEET_HOST_PATH)]).toEqual([path, false]);
    expect(t.logs()).not.toContain(MEET_HOST_PATH);
  });

  it('the joining page withholds the link until the configured time before the slot', async () => {
    const join = () =>
      t
        .http()
        .get(api(`/bookings/${confirmed.code}/join`))
        .set('X-Manage-Token', confirmed.manageToken);
    const early = await join();
    expect(early.status).toBe(200);
    expect(early.body).toMatchObject({ open: false, url: null, opensAt: '2026-12-15T00:40:00.000Z' });
    expect(early.body.message).toContain('07:40 thứ Ba, ngày 15/12/2026');
    expect(JSON.stringify(early.body)).not.toContain(MEET_HOST_PATH);
    await setClock(t, '2026-12-15T00:39:59Z');
    expect((await join()).body).toMatchObject({ open: false, url: null });
    await setClock(t, '2026-12-15T00:40:00Z');
    expect((await join()).body).toMatchObject({ open: true, url: MEET });
    expectProblem(
      await t
        .http()
        .get(api(`/bookings/${confirmed.code}/join`))
        .set('X-Manage-Token', 'x'.repeat(43)),
      404,
    );
  });

  it('the secretary marks an online citizen present only with the identity check on camera', async () => {
    expectProblem(
      await t
        .http()
        .post(api(`/bookings/${confirmed.code}/check-in`))
        .set(sec)
        .send({}),
      422,
      'IDENTITY_CHECK_REQUIRED',
    );
    const res = await t
      .http()
      .post(api(`/bookings/${confirmed.code}/check-in`))
      .set(sec)
      .send({ identityChecked: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'checked_in',
      form: 'online',
      identityCheckedBy: expect.stringMatching(/^[0-9a-f-]{36}$/),
      identityCheckedAt: '2026-12-15T00:40:00.000Z',
    });
    const me = await t.http().get(api('/auth/me')).set(sec);
    if (me.status === 200) expect(res.body.identityCheckedBy).toBe(me.body.id ?? me.body.user?.id);
  });

  it('the reception log and the minutes’ PDF record the online form of the case', async () => {
    const mid = await minutes(t, hybridId);
    const added = await t
      .http()
      .post(api(`/minutes/${mid}/cases`))
      .set(sec)
      .send(guideCase({ bookingCode: confirmed.code }));
    expect(added.status).toBe(201);
    const walkIn = await t
      .http()
      .post(api(`/minutes/${mid}/cases`))
      .set(sec)
      .send(guideCase({ fullName: 'Lê Thị Hoa', idNumber: '031301008888' }));
    expect(walkIn.status).toBe(201);
    await setClock(t, '2026-12-15T02:05:00Z');
    const fin = await t
      .http()
      .post(api(`/minutes/${mid}/finalize`))
      .set(sec);
    expect(fin.status).toBe(200);

    const log = await t
      .http()
      .get(api(`/reception-log?unitId=${w.unitId}&from=${DAY}&to=${DAY}`))
      .set(sec);
    expect(log.status).toBe(200);
    const entries = log.body.entries as { form: string; note: string; nameAndAddress: string }[];
    expect(entries.map((e) => [e.form, e.note.includes('Tiếp công dân trực tuyến')])).toEqual([
      ['online', true],
      ['in_person', false],
    ]);
    const csv = await t
      .http()
      .get(api(`/reception-log?unitId=${w.unitId}&from=${DAY}&to=${DAY}&format=csv`))
      .set(sec)
      .buffer(true);
    expect(csv.text).toContain('Tiếp công dân trực tuyến');

    const pdf = await t
      .http()
      .get(api(`/minutes/${mid}/document?format=pdf`))
      .set(sec)
      .buffer(true)
      .parse(binary);
    expect(pdf.status).toBe(200);
    const file = saveOutput(`e2e-${ON_POSTGRES ? 'pg' : 'sqlite'}-online-minutes.pdf`, pdf.body as Buffer);
    const words = flat(pdfText(file));
    expect(words).toContain('Hình thức tiếp: tiếp công dân trực tuyến');
    expect(words).toContain('Hình thức tiếp: tiếp công dân trực tiếp');
  });

  it('compliance shows online and in-person sessions apart and counts online ones per the preset', async () => {
    // Two online-only sessions of the chair: the preset is revised so that online sessions stop counting from 17/12.
    await setClock(t, '2026-12-02T02:00:00Z');
    const ids: string[] = [];
    for (const day of ['2026-12-16', '2026-12-17']) {
      const res = await t
        .http()
        .post(api('/sessions'))
        .set(office)
        .send(adHoc(day, { mode: 'online', meetingUrl: MEET }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ mode: 'online', onlineSeatsPerSlot: null });
      await publish(res.body.id as string);
      ids.push(res.body.id as string);
    }
    const admin = bearer(await t.token('admin'));
    const current = await t.http().get(api('/rule-presets/online-reception')).set(admin);
    expect(current.status).toBe(200);
    const doc = current.body.document as { versions: Record<string, unknown>[] };
    expect(doc.versions.find((v) => v.effectiveFrom === '2026-07-01')).toMatchObject({ verified: false });
    const revised = await t
      .http()
      .put(api('/rule-presets/online-reception'))
      .set(admin)
      .send({
        document: {
          ...doc,
          versions: [
            ...doc.versions,
            {
              effectiveFrom: '2026-12-17',
              countsTowardFrequency: false,
              verified: false,
              source: 'Phiên bản kiểm thử: buổi tiếp trực tuyến không tính vào tần suất',
            },
          ],
        },
        expectedRevision: current.body.revision,
      });
    expect(revised.status).toBe(200);

    await setClock(t, '2026-12-17T03:00:00Z');
    for (const id of ids) {
      const held = await t
        .http()
        .post(api(`/sessions/${id}/held`))
        .set(sec)
        .send({ heldByOfficialId: w.leaderId });
      expect(held.status).toBe(200);
    }
    const report = await t
      .http()
      .get(api('/compliance'))
      .query({ unitId: w.unitId, from: '2026-12-01', to: '2026-12-31' })
      .set(office);
    expect(report.status).toBe(200);
    const row = (report.body as Record<string, unknown>[]).find((r) => r.officialId === w.leaderId)!;
    expect(row).toMatchObject({
      heldAtVenue: 1,
      heldOnline: 2,
      onlineCounted: 1,
      counted: 2,
      onlineRule: { countsTowardFrequency: false, verified: false, effectiveFrom: '2026-12-17' },
    });
    expect(row.shortfall).toBe(Math.max(0, (row.required as number) - 2));
  });
});
