/**
 * The citizen's survey page in a real Chromium with JavaScript off: the link from the answer e-mail (real SMTP server)
 * opens the form, a missing score is shown on the form, the answer goes through once to the thank-you page; an
 * answered, an expired and an unknown link get their own Vietnamese pages. axe-core on each page.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { axeCheck, launchBrowser, newContext } from './helpers/browser.js';
import { api } from './helpers/client.js';
import { setClock } from './helpers/clock.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { startSmtp, type TestSmtp } from './helpers/smtp.js';
import type { Body } from './helpers/api-types.js';

let t: TestServer;
let smtp: TestSmtp;
let browser: Browser;
const links: string[] = [];

beforeAll(async () => {
  smtp = await startSmtp();
  [t, browser] = await Promise.all([
    startServer({ env: { TEST_CLOCK: 'true', SMTP_URL: smtp.url, JOBS_ENABLED: 'true' }, timeoutMs: 180_000 }),
    launchBrowser(),
  ]);
  const office = bearer(await t.token('office'));
  const handler = bearer(await t.token('handler'));
  const units = (await t.http().get(api('/units')).set(office)).body as Body<'get', '/units'>;
  const unitId = units.find((u) => u.code === '11311')!.id;
  await setClock(t, '2026-03-02T02:00:00.000Z');
  for (let i = 0; i < 2; i++) {
    const p = await t
      .http()
      .post(api('/petitions'))
      .set(office)
      .send({
        type: 'feedback',
        channel: 'online',
        receivedAt: '2026-03-02T02:00:00.000Z',
        unitId,
        petitioner: { fullName: `Đặng Thị Web ${i}`, email: `web.${i}@example.vn` },
        content: 'Phản ánh đèn đường hỏng ở tổ dân phố 4.',
      });
    const task = await t
      .http()
      .post(api(`/petitions/${p.body.id}/tasks`))
      .set(office)
      .send({ assigneeUnitId: unitId, instruction: 'Trả lời công dân.' });
    expect(
      (
        await t
          .http()
          .post(api(`/tasks/${task.body.id}/result`))
          .set(handler)
          .send({ summary: 'Đã thay bóng đèn.', publish: false })
      ).status,
    ).toBe(200);
  }
  // Each petitioner gets the receipt with the lookup code, then the answer with the survey link.
  await smtp.waitFor(4, 30_000);
  for (let i = 0; i < 2; i++) {
    const mail = smtp.to(`web.${i}@example.vn`).find((m) => m.text.includes('/khao-sat/'))!;
    const url = /(http\S+\/khao-sat\/[2-9A-Z-]{14})/.exec(mail.text)![1]!;
    links.push(new URL(url).pathname);
  }
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
  await smtp?.close();
});

describe('survey page', () => {
  it('answers once without JavaScript: error beside the missing score, thanks, then "already answered"', async () => {
    const ctx = await newContext(browser, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    page.setDefaultTimeout(30_000);
    const first = await page.goto(`${t.url}${links[0]}`);
    expect(first!.status()).toBe(200);
    expect(first!.headers()['cache-control']).toBe('no-store');
    expect(await page.locator('h1').textContent()).toBe('Phiếu khảo sát sự hài lòng của công dân');
    expect(await page.locator('input[type=radio]').count()).toBe(20);
    expect(await axeCheck(page)).toEqual([]);

    // Three answers, one forgotten: the form comes back with the error, the chosen scores kept.
    await page.check('#reception-5');
    await page.check('#timeliness-4');
    await page.check('#clarity-3');
    await page.fill('#comment', 'Gọi lại cho tôi: 0912 345 678');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    expect(await page.locator('.error-summary').textContent()).toContain('Chưa chọn điểm cho câu hỏi này.');
    expect(await page.isChecked('#reception-5')).toBe(true);
    expect(await axeCheck(page)).toEqual([]);

    await page.check('#outcome-4');
    const [nav] = await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    expect(nav!.url()).toBe(`${t.url}/khao-sat/cam-on`);
    expect(await page.locator('h1').textContent()).toBe('Cảm ơn ông/bà đã trả lời');
    expect(await axeCheck(page)).toEqual([]);

    const again = await page.goto(`${t.url}${links[0]}`);
    expect(again!.status()).toBe(409);
    expect(await page.locator('h1').textContent()).toBe('Phiếu khảo sát này đã được trả lời');
    await ctx.close();

    const rows = await t.db.query<{ comment: string }>('SELECT comment FROM survey_answers');
    expect(rows).toEqual([{ comment: 'Gọi lại cho tôi: [đã ẩn số điện thoại]' }]);
  }, 180_000);

  it('an expired and an unknown link get their own pages', async () => {
    const ctx = await newContext(browser, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    page.setDefaultTimeout(30_000);
    await setClock(t, '2026-05-10T02:00:00.000Z');
    const expired = await page.goto(`${t.url}${links[1]}`);
    expect(expired!.status()).toBe(410);
    expect(await page.locator('h1').textContent()).toBe('Đường dẫn khảo sát đã hết hạn');
    expect(await axeCheck(page)).toEqual([]);
    const unknown = await page.goto(`${t.url}/khao-sat/AAAA-BBBB-CCCC`);
    expect(unknown!.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Không tìm thấy phiếu khảo sát');
    await ctx.close();
  }, 180_000);
});
