/**
 * The citizen's pages after the visit, in a real Chromium: following a petition from the code printed on the
 * conclusion notice to its answer (/tra-cuu), a question sent to a dialogue and shown escaped, the published results
 * with filters (/ket-qua), how reception works, and the printable QR notices. axe-core on every page and error state.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { flat, pdfText, saveOutput } from '../src/documents/testing/extract.js';
import { axeCheck, launchBrowser, newContext, pageScreenshots } from './helpers/browser.js';
import { api, binary } from './helpers/client.js';
import { setClock } from './helpers/clock.js';
import { acceptCase, minutes, session, type Ward, ward } from './helpers/minutes-fixtures.js';
import { ON_POSTGRES } from './helpers/test-db.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';

const BASE = 'https://tiepcongdan.example.vn';
const ANSWER = 'Giữ nguyên mức bồi thường; công dân có quyền khiếu nại lần hai trong 30 ngày.';
const HOSTILE = '<script>alert("x")</script><b>Đèn</b> ngã tư chợ khi nào được lắp đặt?';

let t: TestServer;
let browser: Browser;
let ctx: BrowserContext;
let page: Page;
let w: Ward;
let lookupCode: string;
let lookupSecret: string;

async function noSeriousViolations(p: Page) {
  expect(await axeCheck(p)).toEqual([]);
}

beforeAll(async () => {
  [t, browser] = await Promise.all([
    startServer({ env: { TEST_CLOCK: 'true', PUBLIC_BASE_URL: BASE } }),
    launchBrowser(),
  ]);
  await setClock(t, '2026-03-02T01:00:00Z');
  w = await ward(t);
  const sec = bearer(await t.token('secretary'));
  const sessionId = await session(t, w, '2026-03-05');
  const minutesId = await minutes(t, sessionId);
  const added = await t
    .http()
    .post(api(`/minutes/${minutesId}/cases`))
    .set(sec)
    .send(acceptCase(w, { assigneeUnitId: w.unitId, dueDate: '2026-03-20' }));
  expect(added.status).toBe(201);
  await setClock(t, '2026-03-05T04:45:00Z');
  const fin = await t
    .http()
    .post(api(`/minutes/${minutesId}/finalize`))
    .set(sec);
  expect(fin.status).toBe(200);
  // The citizen's copy of the conclusion notice, as printed (PDF), read back as text.
  const pdf = await t
    .http()
    .get(api(`/sessions/${sessionId}/conclusion-notice?format=pdf&caseId=${added.body.id}`))
    .set(sec)
    .buffer(true)
    .parse(binary);
  expect(pdf.status).toBe(200);
  const text = flat(pdfText(saveOutput(`e2e-${ON_POSTGRES ? 'pg' : 'sqlite'}-web-notice.pdf`, pdf.body as Buffer)));
  const m = /mã tra cứu (HS-26-[A-Z0-9]{7}) và mã bí mật ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})/u.exec(text);
  expect(m).not.toBeNull();
  [, lookupCode, lookupSecret] = m! as unknown as [string, string, string];
  // The answer, recorded by the ward's handler and published.
  const petitionId = fin.body.petitions[0].petitionId as string;
  const [task] = await t.db.query<{ id: string }>('SELECT id FROM tasks WHERE petition_id = $1', [petitionId]);
  const handler = bearer(await t.token('handler'));
  expect(
    (
      await t
        .http()
        .patch(api(`/tasks/${task!.id}`))
        .set(handler)
        .send({ status: 'in_progress' })
    ).status,
  ).toBe(200);
  await setClock(t, '2026-03-16T03:00:00Z');
  expect(
    (
      await t
        .http()
        .post(api(`/tasks/${task!.id}/result`))
        .set(handler)
        .send({ summary: ANSWER, publish: true })
    ).status,
  ).toBe(200);
  ctx = await newContext(browser);
  page = await ctx.newPage();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('website: after the visit', () => {
  it('follows a petition from the code printed on the conclusion notice to its answer on /tra-cuu', async () => {
    await page.goto(`${t.url}/`);
    await page.getByRole('link', { name: 'Tra cứu hồ sơ' }).first().click();
    expect(await page.locator('h1').textContent()).toBe('Tra cứu hồ sơ');
    await noSeriousViolations(page);
    await pageScreenshots(page, 'tra-cuu');

    // A wrong secret: the same message as a wrong code, the code kept, the secret re-asked.
    await page.getByLabel('Mã tra cứu').fill(lookupCode);
    await page.getByLabel('Mã bí mật').fill('AAAA-AAAA-AAAA');
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    const wrong = (await page.locator('.error-summary').textContent())!;
    expect(wrong).toContain('Không tìm thấy hồ sơ với mã tra cứu và mã bí mật đã nhập.');
    expect(await page.getByLabel('Mã tra cứu').inputValue()).toBe(lookupCode);
    expect(await page.getByLabel('Mã bí mật').inputValue()).toBe('');
    await noSeriousViolations(page);
    await pageScreenshots(page, 'tra-cuu-loi');
    await page.getByLabel('Mã tra cứu').fill('HS-26-2345672');
    await page.getByLabel('Mã bí mật').fill(lookupSecret);
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    expect(await page.locator('.error-summary').textContent()).toBe(wrong);

    // The right secret, typed loosely: status, unit, deadline, the answer. The URL never carries the secret.
    await page.getByLabel('Mã tra cứu').fill(lookupCode.toLowerCase());
    await page.getByLabel('Mã bí mật').fill(lookupSecret.replace(/-/g, ' ').toLowerCase());
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/tra-cuu') && r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Tra cứu' }).click(),
    ]);
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(response.headers()['referrer-policy']).toBe('no-referrer');
    expect(page.url()).toBe(`${t.url}/tra-cuu`);
    const main = (await page.locator('main').textContent())!;
    expect(main).toContain(`Hồ sơ ${lookupCode}`);
    expect(main).toContain('Phường Hồng Bàng');
    expect(main).toContain('Thứ Năm, 05/03/2026');
    expect(main).toContain('Kết quả giải quyết (Thứ Hai, 16/03/2026)');
    expect(main).toContain(ANSWER);
    expect(main).not.toContain(lookupSecret);
    await noSeriousViolations(page);
    await pageScreenshots(page, 'tra-cuu-ket-qua');
  });

  it('refuses a lookup form post without the CSRF token', async () => {
    const res = await t.http().post('/tra-cuu').type('form').send({ code: lookupCode, secret: lookupSecret });
    expect(res.status).toBe(403);
    expect(res.text).not.toContain(ANSWER);
  });

  it('filters the published results on /ket-qua by unit, type and period, and explains a wrong date', async () => {
    await page.goto(`${t.url}/`);
    await page.getByRole('link', { name: 'Kết quả giải quyết' }).first().click();
    expect(await page.locator('h1').textContent()).toBe('Kết quả giải quyết đơn đã công khai');
    await page.getByLabel('Cơ quan, đơn vị').selectOption({ label: 'Phường Hồng Bàng' });
    await page.getByLabel('Loại đơn').selectOption({ label: 'Khiếu nại' });
    await page.getByLabel('Công khai từ ngày').fill('16/03/2026');
    await page.getByLabel('Đến ngày').fill('16/03/2026');
    await page.getByRole('button', { name: 'Lọc kết quả' }).click();
    expect(page.url()).toContain('type=complaint');
    expect(await page.locator('main').textContent()).toContain(ANSWER);
    expect(await page.locator('main').textContent()).not.toContain('Trần Thị Mai');
    await noSeriousViolations(page);
    await pageScreenshots(page, 'ket-qua');
    await page.getByLabel('Công khai từ ngày').fill('17/03/2026');
    await page.getByRole('button', { name: 'Lọc kết quả' }).click();
    expect(await page.locator('main').textContent()).toContain('Không có kết quả nào phù hợp.');
    await page.getByLabel('Loại đơn').selectOption({ label: 'Tố cáo' });
    await page.getByLabel('Công khai từ ngày').fill('32/13/2026');
    await page.getByRole('button', { name: 'Lọc kết quả' }).click();
    expect(await page.locator('.error-summary').textContent()).toContain('Ngày không hợp lệ');
    expect(await page.locator('#from-loi').textContent()).toContain('Ngày không hợp lệ');
    expect(await page.getByLabel('Công khai từ ngày').inputValue()).toBe('32/13/2026');
    await noSeriousViolations(page);
    await pageScreenshots(page, 'ket-qua-loi');
  });

  it('sends a question to a dialogue; the accepted question comes back escaped on the public list', async () => {
    await setClock(t, '2026-03-02T01:00:00Z');
    const office = bearer(await t.token('office'));
    const officials = (
      await t
        .http()
        .get(api(`/officials?unitId=${w.unitId}`))
        .set(office)
    ).body as {
      id: string;
      position: string;
      body: string;
    }[];
    const created = await t
      .http()
      .post(api('/dialogues'))
      .set(office)
      .send({
        unitId: w.unitId,
        topic: 'Chỉnh trang đô thị và an toàn giao thông trên địa bàn phường',
        mode: 'in_person',
        venueId: w.venueId,
        chairOfficialIds: [officials.find((o) => o.position === 'head' && o.body === 'government')!.id],
        trigger: 'periodic',
        startsAt: '2026-03-20T01:00:00.000Z',
        endsAt: '2026-03-20T03:00:00.000Z',
      });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(
      (
        await t
          .http()
          .post(api(`/dialogues/${id}/publish`))
          .set(office)
      ).status,
    ).toBe(200);

    await page.goto(`${t.url}/doi-thoai?unitId=${w.unitId}`);
    await noSeriousViolations(page);
    await pageScreenshots(page, 'doi-thoai');
    await page.getByRole('link', { name: 'Chỉnh trang đô thị và an toàn giao thông trên địa bàn phường' }).click();
    expect(await page.locator('main').textContent()).toContain('Nguyễn Văn An');
    // Empty form: the error summary and the field errors, in Vietnamese.
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    expect(await page.locator('.error-summary h2').textContent()).toBe('Có lỗi cần sửa');
    expect(await page.locator('#question-loi').count()).toBe(1);
    await noSeriousViolations(page);
    await pageScreenshots(page, 'doi-thoai-loi');
    await page.getByLabel('Họ và tên').fill('Trần Thị Hoa');
    await page.getByLabel('Số điện thoại hoặc email để nhận trả lời (không bắt buộc)').fill('0912345678');
    await page.getByLabel('Câu hỏi', { exact: true }).fill(HOSTILE);
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    expect(page.url()).toBe(`${t.url}/doi-thoai/${id}?da-gui=1`);
    expect(await page.locator('[role=status] h2').textContent()).toBe('Đã gửi câu hỏi');
    await noSeriousViolations(page);
    await pageScreenshots(page, 'doi-thoai-da-gui');

    // Stored by the dialogues service: the contact encrypted, the question pending moderation.
    const [q] = await t.db.query<{ id: string; contact_enc: string; question: string }>(
      'SELECT id, contact_enc, question FROM dialogue_questions WHERE dialogue_id = $1',
      [id],
    );
    expect(q!.question).toBe(HOSTILE);
    expect(q!.contact_enc).not.toContain('0912345678');
    expect(
      (
        await t
          .http()
          .post(api(`/dialogues/${id}/questions/${q!.id}/moderation`))
          .set(office)
          .send({ action: 'accept' })
      ).status,
    ).toBe(200);
    let alerted = false;
    page.on('dialog', async (d) => {
      alerted = true;
      await d.dismiss();
    });
    const res = await page.goto(`${t.url}/doi-thoai/${id}`);
    const html = await res!.text();
    expect(html).not.toContain('<script>alert');
    // Preact escapes every "<" (and quotes): no tag can open; ">" alone is harmless text.
    expect(html).toContain('&lt;script>alert(&quot;x&quot;)&lt;/script>&lt;b>Đèn&lt;/b>');
    expect(await page.locator('#cau-hoi-da-nhan ~ ol b, #cau-hoi-da-nhan ~ ol script').count()).toBe(0);
    expect(await page.locator('#cau-hoi-da-nhan ~ ol li').first().textContent()).toContain(HOSTILE);
    expect(html).not.toContain('0912345678');
    expect(html).not.toContain('Trần Thị Hoa');
    expect(alerted).toBe(false);
  });

  it('shows how reception works for a unit, from the rule presets', async () => {
    await page.goto(`${t.url}/cach-thuc-tiep-cong-dan/${w.unitId}`);
    const main = (await page.locator('main').textContent())!;
    expect(main).toContain('ít nhất 1 ngày trong mỗi tuần');
    expect(main).toContain('Điều 9 Luật Tiếp công dân 2013');
    expect(main).toContain('giấy ủy quyền');
    await noSeriousViolations(page);
    await pageScreenshots(page, 'cach-thuc');
    expect((await t.http().get('/cach-thuc-tiep-cong-dan/khong-co')).status).toBe(404);
  });

  it('prints an A4 notice with a QR code to the unit calendar page and to a session page', async () => {
    // The unit's calendar offers the notice and the how-to page; the notice is reached by following the link.
    await page.goto(`${t.url}/don-vi/${w.unitId}`);
    expect(await page.getByRole('link', { name: 'Cách thức tiếp công dân tại đơn vị' }).getAttribute('href')).toBe(
      `/cach-thuc-tiep-cong-dan/${w.unitId}`,
    );
    await page.getByRole('link', { name: 'In thông báo có mã QR (khổ A4) để niêm yết' }).click();
    expect(page.url()).toBe(`${t.url}/in-thong-bao/don-vi/${w.unitId}`);
    const img = page.locator('img.qr-notice__code');
    expect(await img.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await page.locator('.qr-notice__url').textContent()).toBe(`${BASE}/don-vi/${w.unitId}`);
    await noSeriousViolations(page);
    await pageScreenshots(page, 'in-thong-bao');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    const [published] = await t.db.query<{ id: string }>(
      'SELECT id FROM sessions WHERE published_at IS NOT NULL ORDER BY starts_at LIMIT 1',
    );
    if (published) {
      await page.goto(`${t.url}/dat-lich/${published.id}`);
      await page.getByRole('link', { name: 'In thông báo có mã QR (khổ A4) để niêm yết' }).click();
      expect(page.url()).toBe(`${t.url}/in-thong-bao/buoi-tiep/${published.id}`);
      expect(await page.locator('.qr-notice__url').textContent()).toBe(`${BASE}/dat-lich/${published.id}`);
      await noSeriousViolations(page);
    }
    const [draft] = await t.db.query<{ id: string }>('SELECT id FROM sessions WHERE published_at IS NULL LIMIT 1');
    if (draft) expect((await t.http().get(`/in-thong-bao/buoi-tiep/${draft.id}`)).status).toBe(404);
  });
});
