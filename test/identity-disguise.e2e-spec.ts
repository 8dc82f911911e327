import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { containsSealedIdentity, type SealedIdentity } from '../src/petitions/domain/identity-scan.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { api } from './helpers/client.js';
import type { Body } from './helpers/api-types.js';

/** A denouncer whose name, ID and phone are written in disguise in a follow-up task and in its published answer. */
const DENOUNCER = {
  fullName: 'Nguyễn Thị Ánh Tuyết',
  idNumber: '031190001234',
  phone: '0912345678',
  address: 'Số 3 phố Lạch Tray',
};
const IDENTITY: SealedIdentity = { fullName: DENOUNCER.fullName, idNumber: DENOUNCER.idNumber, phone: DENOUNCER.phone };

// Cyrillic а/е/у and Greek Τ in the name, decomposed (NFD) diacritics, full-width digits, separators inside numbers.
const DISGUISED_NAME = 'Nguуễn Thị Ánh Τuуết'
  .replace('Ánh', 'Ánh'.normalize('NFD'))
  .replace('Thị', 'Thị'.normalize('NFD'));
const DISGUISED_ID = '０３１ １９０ ００１ ２３４';
const DISGUISED_PHONE = '+84 91.23-45 678';
const HOMOGLYPH_NAME = 'NGUYЕN THІ АNH TUYЕT'; // Cyrillic Е, І, А

describe('identity scrubber against disguised names and numbers, end to end', () => {
  let t: TestServer;
  let wardId: string;
  let office: string;
  let handler: string;
  let taskId: string;

  beforeAll(async () => {
    t = await startServer();
    const admin = await t.token('admin');
    const units = (await t.http().get(api('/units')).set(bearer(admin))).body as Body<'get', '/units'>;
    wardId = units.find((u) => u.code === '11311')!.id;
    office = await t.token('office');
    handler = await t.token('handler');
    const created = await t
      .http()
      .post(api('/petitions'))
      .set(bearer(office))
      .send({
        type: 'denunciation',
        channel: 'reception',
        receivedAt: '2026-03-02T02:00:00.000Z',
        unitId: wardId,
        petitioner: DENOUNCER,
        subject: 'Tố cáo sai phạm trong quản lý đất đai',
        content: `Người tố cáo ${DISGUISED_NAME}, CCCD ${DISGUISED_ID}, ĐT ${DISGUISED_PHONE}, tố cáo cán bộ địa chính.`,
      });
    expect(created.status).toBe(201);
    const task = await t
      .http()
      .post(api(`/petitions/${created.body.id}/tasks`))
      .set(bearer(office))
      .send({
        assigneeUnitId: wardId,
        dueAt: '2026-03-20T10:00:00.000Z',
        instruction: `Liên hệ bà ${DISGUISED_NAME} (CCCD ${DISGUISED_ID}, ĐT ${DISGUISED_PHONE}) để xác minh; hồ sơ ghi ${HOMOGLYPH_NAME}.`,
      });
    expect(task.status).toBe(201);
    taskId = task.body.id;
  });
  afterAll(() => t.close());

  it('the handler’s task view does not contain the disguised name, ID number or phone', async () => {
    const view = await t
      .http()
      .get(api(`/tasks/${taskId}`))
      .set(bearer(handler));
    expect(view.status).toBe(200);
    expect(view.body.instruction).toContain('[đã ẩn]');
    expect(view.body.instruction).toContain('để xác minh');
    const body = JSON.stringify(view.body);
    for (const shown of [DISGUISED_NAME, DISGUISED_ID, DISGUISED_PHONE, HOMOGLYPH_NAME])
      expect(body).not.toContain(shown);
    expect(containsSealedIdentity(body, IDENTITY)).toBe(false);
  });

  it('the published answer on GET /public/results does not contain them either', async () => {
    expect(
      (
        await t
          .http()
          .patch(api(`/tasks/${taskId}`))
          .set(bearer(handler))
          .send({ status: 'in_progress' })
      ).status,
    ).toBe(200);
    const summary = `Đã làm việc với ${HOMOGLYPH_NAME} (${DISGUISED_ID}, ${DISGUISED_PHONE}); nội dung tố cáo đúng một phần.`;
    const res = await t
      .http()
      .post(api(`/tasks/${taskId}/result`))
      .set(bearer(handler))
      .send({ summary, publish: true });
    expect(res.status).toBe(200);
    const pub = await t.http().get(api('/public/results'));
    expect(pub.status).toBe(200);
    const item = pub.body.items.find((x: { answer: string }) => x.answer.includes('nội dung tố cáo đúng một phần'));
    expect(item).toBeDefined();
    const body = JSON.stringify(pub.body);
    for (const shown of [DISGUISED_ID, DISGUISED_PHONE, HOMOGLYPH_NAME]) expect(body).not.toContain(shown);
    expect(containsSealedIdentity(body, IDENTITY)).toBe(false);
  });
});
