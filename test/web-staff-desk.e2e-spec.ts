/**
 * The secretary's session desk (issue 14, item 3) in Chromium, with the keyboard only (Tab, Shift+Tab, Enter, Space,
 * arrows, typing; no clicks): a citizen booked through the public API is checked in, another marked absent, the
 * minutes are opened, a case without its required fields is refused on the form, three cases are recorded (the booked
 * citizen accepted, a walk-in transferred, a walk-in guided), the minutes are finalised through the confirmation step
 * that names the petitions and tasks to be created, an amendment is added, and the minutes PDF is downloaded and read
 * with pdftotext. axe-core on every page and error state; another unit's session answers the 404 page; forged posts
 * are refused with 403; a viewer sees no write control.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { flat, pdfText, saveOutput } from '../src/documents/testing/extract.js';
import { axeCheck, launchBrowser, newContext } from './helpers/browser.js';
import { citizen, sessionMaker } from './helpers/bookings-fixtures.js';
import { api } from './helpers/client.js';
import { setClock } from './helpers/clock.js';
import type { Body } from './helpers/api-types.js';
import { ON_POSTGRES } from './helpers/test-db.js';
import { bearer, DEMO_PASSWORD, startServer, type TestServer } from './helpers/server.js';
import { STAFF, StaffClient, staffScreenshot } from './helpers/staff-web.js';

const DAY = '2026-03-05'; // Thursday
const DESK = `${STAFF}/ban-tiep`;

let t: TestServer;
let browser: Browser;
let ctx: BrowserContext;
let page: Page;
let sessionId: string;
let otherSessionId: string;
let tomorrowId: string;
let bookedCode: string;
let absentCode: string;
let inspectionName: string;
let receptionName: string;

interface Focused {
  tag: string;
  id: string;
  name: string;
  type: string;
  text: string;
  value: string;
}

const focused = (p: Page): Promise<Focused> =>
  p.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      name: el?.getAttribute('name') ?? '',
      type: el?.getAttribute('type') ?? '',
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      value: el?.value ?? '',
    };
  });

/** Presses Tab (then Shift+Tab) until the focused element matches; fails after `max` presses each way. */
async function tabTo(p: Page, match: (f: Focused) => boolean, what: string, max = 250): Promise<void> {
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < max; i++) {
      await p.keyboard.press(key);
      if (match(await focused(p))) return;
    }
  }
  throw new Error(`keyboard: ${what} not reached`);
}

const byId = (id: string) => (f: Focused) => f.id === id;
const byText = (tag: string, text: string) => (f: Focused) => f.tag === tag && f.text.includes(text);

async function typeInto(p: Page, id: string, text: string): Promise<void> {
  await tabTo(p, byId(id), id);
  await p.keyboard.press('Control+A');
  await p.keyboard.type(text);
}

/** A radio of a group: Tab into the group, then arrows (which check) until the value; Space if it is unchecked. */
async function chooseRadio(p: Page, name: string, value: string): Promise<void> {
  await tabTo(p, (f) => f.name === name && f.type === 'radio', name);
  for (let i = 0; i < 8 && (await focused(p)).value !== value; i++) await p.keyboard.press('ArrowDown');
  expect((await focused(p)).value).toBe(value);
  const checked = await p.evaluate(() => (document.activeElement as HTMLInputElement).checked);
  if (!checked) await p.keyboard.press('Space');
}

/** An option of a drop-down list: focus it, then ArrowDown until the chosen option's text contains `label`. */
async function chooseOption(p: Page, id: string, label: string): Promise<void> {
  await tabTo(p, byId(id), id);
  const chosen = () =>
    p.evaluate(() => {
      const s = document.activeElement as HTMLSelectElement;
      return s.options[s.selectedIndex]?.text ?? '';
    });
  for (let i = 0; i < 80 && !(await chosen()).includes(label); i++) await p.keyboard.press('ArrowDown');
  expect(await chosen()).toContain(label);
}

/** Presses a key on a link or button and waits for the page it leads to (a new navigation, even to the same URL). */
async function pressAndWait(p: Page, key: 'Enter' | 'Space', url: (u: URL) => boolean): Promise<void> {
  const arrived = p.waitForEvent('framenavigated', (f) => f === p.mainFrame() && url(new URL(f.url())));
  await p.keyboard.press(key);
  await arrived;
  await p.waitForLoadState();
}

async function noSeriousViolations(p: Page) {
  expect(await axeCheck(p)).toEqual([]);
}

beforeAll(async () => {
  [t, browser] = await Promise.all([startServer({ env: { TEST_CLOCK: 'true' } }), launchBrowser()]);
  await setClock(t, '2026-03-02T01:00:00Z');
  const admin = bearer(await t.token('admin'));
  const units = (await t.http().get(api('/units')).set(admin)).body as Body<'get', '/units'>;
  inspectionName = units.find((u) => u.code === 'DEMO-TTTP')!.name;
  receptionName = units.find((u) => u.code === 'DEMO-BTCD')!.name;

  // The ward's session on DAY 08:00–11:30, published; two citizens book through the public API.
  const make = await sessionMaker(t, '2026-03-02T01:00:00Z');
  const s = await make({ date: DAY, minutes: 210 });
  sessionId = s.id;
  const book = async (n: number, fullName: string) => {
    const res = await t
      .http()
      .post(api('/bookings'))
      .send({ sessionId, slotStartsAt: s.startsAt, ...citizen(n, { fullName }) });
    expect(res.status).toBe(201);
    return res.body.code as string;
  };
  tomorrowId = (await make({ date: '2026-03-06', minutes: 120 })).id;
  bookedCode = await book(11, 'Trần Thị Mai');
  absentCode = await book(12, 'Ngô Văn Khải');

  // Another ward with its own official, venue and session: outside the secretary's unit.
  const unit = await t.http().post(api('/units')).set(admin).send({ name: 'Phường Thử Nghiệm Khác', level: 'commune' });
  expect(unit.status).toBe(201);
  const official = await t.http().post(api('/officials')).set(admin).send({
    fullName: 'Lương Văn Thịnh',
    title: 'Chủ tịch UBND phường',
    unitId: unit.body.id,
    position: 'head',
    body: 'government',
  });
  expect(official.status).toBe(201);
  const venue = await t
    .http()
    .post(api('/venues'))
    .set(admin)
    .send({ name: 'Trụ sở phường', address: 'Số 2 phố Thử', unitId: unit.body.id });
  expect(venue.status).toBe(201);
  const other = await t
    .http()
    .post(api('/sessions'))
    .set(admin)
    .send({
      officialId: official.body.id,
      venueId: venue.body.id,
      startsAt: `${DAY}T01:00:00.000Z`,
      endsAt: `${DAY}T04:30:00.000Z`,
      adHocReason: 'complex_case',
      note: 'Buổi tiếp của đơn vị khác',
    });
  expect(other.status).toBe(201);
  otherSessionId = other.body.id as string;

  // The session's day, 08:30 in Hải Phòng: check-in open, the session started (no-show and locking allowed).
  await setClock(t, `${DAY}T01:30:00Z`);
  ctx = await newContext(browser, { viewport: { width: 1366, height: 768 } });
  page = await ctx.newPage();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the secretary at the session desk, keyboard only', () => {
  it('signs in and opens the day’s session from the desk list', async () => {
    await page.goto(`${t.url}${STAFF}/dang-nhap`);
    await typeInto(page, 'username', 'secretary');
    await typeInto(page, 'password', DEMO_PASSWORD);
    await pressAndWait(page, 'Enter', (u) => u.pathname === STAFF);
    await tabTo(page, byText('a', 'Bàn tiếp dân'), 'the desk link');
    await pressAndWait(page, 'Enter', (u) => u.pathname === DESK);
    expect(await page.locator('h1').textContent()).toBe('Bàn tiếp dân');
    expect(await page.locator('table.data-table').textContent()).toContain('Thứ Năm, 05/03/2026 (hôm nay)');
    await noSeriousViolations(page);
    await tabTo(page, byText('a', '05/03/2026'), 'the session link');
    await pressAndWait(page, 'Enter', (u) => u.pathname === `${DESK}/${sessionId}`);
    expect(await page.locator('h1').textContent()).toBe('Buổi tiếp Thứ Năm, 05/03/2026');
    const table = (await page.locator('table.data-table').first().textContent())!;
    expect(table).toContain(bookedCode);
    expect(table).toContain('Trần Thị Mai');
    await noSeriousViolations(page);
  });

  it('checks the booked citizen in (Enter) and marks the other absent (Space)', async () => {
    await tabTo(page, byText('button', 'Đã đến: Trần Thị Mai'), 'check-in button');
    await pressAndWait(page, 'Enter', (u) => u.searchParams.get('xong') === 'da-den');
    expect(await page.locator('[role=status]').first().textContent()).toContain('Đã ghi nhận công dân có mặt.');
    await tabTo(page, byText('button', 'Vắng mặt: Ngô Văn Khải'), 'no-show button');
    await pressAndWait(page, 'Space', (u) => u.searchParams.get('xong') === 'vang-mat');
    const rows = page.locator('table.data-table').first().locator('tbody tr');
    expect(await rows.filter({ hasText: bookedCode }).locator('.tag').textContent()).toBe('Đã đến');
    expect(await rows.filter({ hasText: absentCode }).locator('.tag').textContent()).toBe('Vắng mặt');
    await noSeriousViolations(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await staffScreenshot(page, 'secretary');
  });

  it('opens the minutes and refuses a case without its required fields, on the form', async () => {
    await typeInto(page, 'officials-0-fullName', 'Vũ Thị Dung');
    await typeInto(page, 'officials-0-title', 'Công chức Văn phòng HĐND và UBND phường');
    await tabTo(page, byText('button', 'Lập biên bản'), 'create minutes');
    await pressAndWait(page, 'Enter', (u) => u.searchParams.get('xong') === 'bien-ban');
    await noSeriousViolations(page);

    await typeInto(page, 'fullName', 'Người Thiếu Thông Tin');
    await tabTo(page, byText('button', 'Ghi vụ việc'), 'add case');
    const [answer] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(answer!.status()).toBe(400);
    const summary = (await page.locator('.error-summary').textContent())!;
    expect(summary).toContain('Có lỗi cần sửa');
    expect(await page.locator('#summary-loi').count()).toBe(1);
    expect(await page.locator('#fullName').inputValue()).toBe('Người Thiếu Thông Tin');
    await noSeriousViolations(page);

    // A refusal only on a ground of Art. 9, chosen from the list, with its reason.
    await typeInto(page, 'idNumber', '031301007777');
    await typeInto(page, 'address', 'tổ 9, phường Hồng Bàng');
    await typeInto(page, 'summary', 'Yêu cầu giải quyết lại vụ việc đã có kết luận.');
    await chooseRadio(page, 'petitionType', 'complaint');
    await chooseRadio(page, 'handlingRoute', 'refuse');
    await typeInto(page, 'conclusion', 'Từ chối tiếp.');
    await tabTo(page, byText('button', 'Ghi vụ việc'), 'add case');
    const [refused] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(refused!.status()).toBe(400);
    const why = (await page.locator('.error-summary').textContent())!;
    expect(why).toContain('Chỉ được từ chối tiếp theo một trong bốn trường hợp của Điều 9 Luật Tiếp công dân');
    expect(why).toContain('Phải ghi rõ lý do từ chối tiếp.');
    expect(await page.locator('#refusalGround-loi').count()).toBe(1);
    expect(await page.locator('input[name=refusalGround]').count()).toBe(4);
    await noSeriousViolations(page);

    // With a ground chosen from the list and its reason the refusal is recorded; then removed from the draft.
    await chooseRadio(page, 'refusalGround', '2');
    await typeInto(page, 'refusalReason', 'Có lời lẽ xúc phạm cán bộ tiếp công dân.');
    await tabTo(page, byText('button', 'Ghi vụ việc'), 'add case');
    await pressAndWait(page, 'Enter', (u) => u.searchParams.get('xong') === 'vu-viec');
    const recorded = (await page.locator('table', { hasText: 'Vụ việc trong biên bản' }).textContent())!;
    expect(recorded).toContain('Từ chối tiếp công dân theo khoản 2 Điều 9');
    await tabTo(page, byText('button', 'Xóa vụ việc của Người Thiếu Thông Tin'), 'delete case');
    await pressAndWait(page, 'Enter', (u) => u.searchParams.get('xong') === 'xoa-vu-viec');
    expect(await page.locator('section[aria-labelledby=bien-ban]').textContent()).toContain('Chưa ghi vụ việc nào.');
    await noSeriousViolations(page);
  });

  it('records three cases: the booked citizen accepted, a walk-in transferred, a walk-in guided', async () => {
    const fillCase = async (c: {
      booking?: string;
      fullName: string;
      idNumber: string;
      address: string;
      summary: string;
      type: string;
      route: string;
      unit?: string;
      due?: string;
      conclusion: string;
    }) => {
      if (c.booking) await chooseOption(page, 'bookingCode', c.booking);
      await typeInto(page, 'fullName', c.fullName);
      await typeInto(page, 'idNumber', c.idNumber);
      await typeInto(page, 'address', c.address);
      await typeInto(page, 'summary', c.summary);
      await chooseRadio(page, 'petitionType', c.type);
      await chooseRadio(page, 'handlingRoute', c.route);
      if (c.unit) await chooseOption(page, 'assigneeUnitId', c.unit);
      if (c.due) await typeInto(page, 'dueDate', c.due);
      await typeInto(page, 'conclusion', c.conclusion);
      await tabTo(page, byText('button', 'Ghi vụ việc'), 'add case');
      await pressAndWait(page, 'Enter', (u) => u.searchParams.get('xong') === 'vu-viec');
    };
    await fillCase({
      booking: bookedCode,
      fullName: 'Trần Thị Mai',
      idNumber: citizen(11).idNumber,
      address: 'tổ dân phố số 3, phường Hồng Bàng',
      summary: 'Khiếu nại việc bồi thường khi thu hồi 120 m² đất ở.',
      type: 'complaint',
      route: 'accept',
      unit: inspectionName,
      due: '20/03/2026',
      conclusion: 'Giao Thanh tra thành phố xác minh nội dung khiếu nại, trả lời công dân bằng văn bản.',
    });
    await fillCase({
      fullName: 'Lê Văn Bình',
      idNumber: '031085001234',
      address: 'số 5 ngõ 12, phường Hồng Bàng',
      summary: 'Kiến nghị sửa chữa tuyến đường liên tổ bị xuống cấp.',
      type: 'recommendation',
      route: 'transfer',
      unit: receptionName,
      due: '19/03/2026',
      conclusion: 'Chuyển Ban Tiếp công dân thành phố tham mưu xử lý theo thẩm quyền.',
    });
    await fillCase({
      fullName: 'Phạm Thu Hà',
      idNumber: '031301007777',
      address: 'tổ 7, phường Hồng Bàng',
      summary: 'Phản ánh tiếng ồn từ xưởng gỗ trong khu dân cư.',
      type: 'feedback',
      route: 'guide',
      conclusion: 'Hướng dẫn công dân gửi đơn đến Ủy ban nhân dân phường theo thẩm quyền.',
    });
    const cases = (await page.locator('table', { hasText: 'Vụ việc trong biên bản' }).textContent())!;
    expect(cases).toContain(`Trần Thị Mai (mã ${bookedCode})`);
    expect(cases).toContain('Lê Văn Bình (không đăng ký trước)');
    expect(cases).toContain('Trả lại đơn và hướng dẫn');
    const log = page.locator('table', { hasText: 'Các dòng của buổi tiếp trong sổ' }).locator('tbody tr');
    expect(await log.count()).toBe(3);
    await noSeriousViolations(page);
  });

  it('finalises through the confirmation step, which names what will be created', async () => {
    await tabTo(page, byText('a', 'Hoàn tất biên bản'), 'finalise link');
    await pressAndWait(page, 'Enter', (u) => u.pathname === `${DESK}/${sessionId}/hoan-tat`);
    const main = flat((await page.locator('main').textContent())!);
    expect(main).toContain('2 đơn và 2 công việc');
    expect(main).toContain(`${inspectionName}: 1 công việc (Trần Thị Mai)`);
    expect(main).toContain(`${receptionName}: 1 công việc (Lê Văn Bình)`);
    expect(main).toContain('1 vụ việc kết thúc tại buổi tiếp');
    await noSeriousViolations(page);
    await tabTo(page, byText('button', 'Xác nhận hoàn tất biên bản'), 'confirm');
    await pressAndWait(page, 'Enter', (u) => u.searchParams.get('xong') === 'hoan-tat');
    expect(
      await page.locator('#bien-ban ~ dl .tag, section[aria-labelledby=bien-ban] .tag').first().textContent(),
    ).toBe('Đã hoàn tất');
    const petitions = await t.db.query<{ n: number | string }>(
      'SELECT COUNT(*) AS n FROM reception_cases WHERE session_id = $1 AND petition_id IS NOT NULL',
      [sessionId],
    );
    expect(Number(petitions[0]!.n)).toBe(2);
    await noSeriousViolations(page);
  });

  it('adds an amendment, then downloads the minutes as PDF (read back with pdftotext)', async () => {
    await typeInto(page, 'reason', 'Ghi sai số nhà của công dân');
    await typeInto(page, 'text', 'Địa chỉ của ông Lê Văn Bình là số 7 ngõ 12, phường Hồng Bàng.');
    await tabTo(page, byText('button', 'Thêm đính chính'), 'amend');
    await pressAndWait(page, 'Enter', (u) => u.searchParams.get('xong') === 'dinh-chinh');
    expect(await page.locator('main').textContent()).toContain('Lý do: Ghi sai số nhà của công dân');
    await noSeriousViolations(page);

    await tabTo(page, byText('a', 'Biên bản tiếp công dân (PDF)'), 'PDF link');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const file = await download.path();
    const text = flat(pdfText(saveOutput(`e2e-${ON_POSTGRES ? 'pg' : 'sqlite'}-desk-minutes.pdf`, readFileSync(file))));
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('Trần Thị Mai');
    expect(text).toContain('Phạm Thu Hà');
  });

  it('streams every download with its type and a safe file name', async () => {
    const expectations: [string, string][] = [
      ['bien-ban.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['thong-bao-ket-luan.pdf', 'application/pdf'],
      ['thong-bao-ket-luan.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['so-tiep-cong-dan.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['so-tiep-cong-dan.csv', 'text/csv'],
      ['so-tiep-cong-dan.pdf', 'application/pdf'],
    ];
    for (const [file, type] of expectations) {
      const res = await page.request.get(`${t.url}${DESK}/${sessionId}/tai/${file}`);
      expect([file, res.status()]).toEqual([file, 200]);
      expect(res.headers()['content-type']).toContain(type);
      expect(res.headers()['content-disposition']).toMatch(/^attachment; filename="[a-z0-9.-]+"; filename\*=UTF-8''/);
    }
    // The citizen's own copy of the conclusion notice: their lookup code and secret.
    const copy = (await page.locator('a[href*="vu-viec="]').first().getAttribute('href'))!;
    const mine = await page.request.get(`${t.url}${copy}`);
    expect(mine.status()).toBe(200);
    const copyText = flat(
      pdfText(saveOutput(`e2e-${ON_POSTGRES ? 'pg' : 'sqlite'}-desk-notice-copy.pdf`, await mine.body())),
    );
    expect(copyText).toMatch(/mã tra cứu HS-26-[A-Z0-9]{7} và mã bí mật [A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/u);
    const csv = (await page.request.get(`${t.url}${DESK}/${sessionId}/tai/so-tiep-cong-dan.csv`)).body();
    expect((await csv).toString('utf8')).toContain('Lê Văn Bình');
  });

  it('answers another unit’s session with the 404 page', async () => {
    const res = await page.goto(`${t.url}${DESK}/${otherSessionId}`);
    expect(res!.status()).toBe(404);
    expect(await page.locator('main').textContent()).not.toContain('Lương Văn Thịnh');
    await noSeriousViolations(page);
    expect((await page.request.get(`${t.url}${DESK}/${otherSessionId}/tai/so-tiep-cong-dan.csv`)).status()).toBe(404);
  });
});

describe('error states of the desk in Chromium', () => {
  it('renders a refused check-in (already checked in: 409) with its message, and axe finds nothing', async () => {
    await page.goto(`${t.url}${DESK}/${sessionId}`);
    // The form is gone once the citizen is present: post it as a stale page would (same CSRF token).
    const [answer] = await Promise.all([
      page.waitForNavigation(),
      page.evaluate((action) => {
        const token = (document.querySelector('input[name=_csrf]') as HTMLInputElement).value;
        const form = document.createElement('form');
        form.method = 'post';
        form.action = action;
        const field = document.createElement('input');
        field.type = 'hidden';
        field.name = '_csrf';
        field.value = token;
        form.append(field);
        document.body.append(form);
        form.submit();
      }, `${DESK}/${sessionId}/dang-ky/${bookedCode}/co-mat`),
    ]);
    expect(answer!.status()).toBe(409);
    expect(await page.locator('.error-summary').textContent()).toContain('Có lỗi cần sửa');
    await noSeriousViolations(page);
  });

  it('refuses to lock the minutes of a session that has not started, on the confirmation page (422)', async () => {
    const sec = bearer(await t.token('secretary'));
    const m = await t
      .http()
      .post(api(`/sessions/${tomorrowId}/minutes`))
      .set(sec)
      .send({});
    expect(m.status).toBe(201);
    const added = await t
      .http()
      .post(api(`/minutes/${m.body.id}/cases`))
      .set(sec)
      .send({
        fullName: 'Đinh Văn Tâm',
        idNumber: '031301008888',
        address: 'tổ 2, phường Hồng Bàng',
        summary: 'Hỏi thủ tục cấp đổi giấy chứng nhận.',
        petitionType: 'feedback',
        handlingRoute: 'guide',
        conclusion: 'Hướng dẫn công dân nộp hồ sơ tại bộ phận một cửa.',
      });
    expect(added.status).toBe(201);
    await page.goto(`${t.url}${DESK}/${tomorrowId}/hoan-tat`);
    expect(flat((await page.locator('main').textContent())!)).toContain('Không tạo đơn hay công việc nào');
    await noSeriousViolations(page);
    await tabTo(page, byText('button', 'Xác nhận hoàn tất biên bản'), 'confirm');
    const [answer] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(answer!.status()).toBe(422);
    expect(await page.locator('.error-summary').textContent()).toContain('Buổi tiếp chưa bắt đầu');
    await noSeriousViolations(page);
    const still = await t
      .http()
      .get(api(`/minutes/${m.body.id}`))
      .set(sec);
    expect(still.body.status).toBe('draft');
  });
});

describe('the desk over HTTP', () => {
  it('refuses forged posts (no or a wrong CSRF token) with 403', async () => {
    const c = new StaffClient(t.url);
    await c.signIn('secretary');
    await c.get(`${DESK}/${sessionId}`);
    const none = await c.post(`${DESK}/${sessionId}/dang-ky/${absentCode}/co-mat`, {}, null);
    expect(none.status).toBe(403);
    const wrong = await c.post(`${DESK}/${sessionId}/dinh-chinh`, { reason: 'x', text: 'y' }, 'forged-token');
    expect(wrong.status).toBe(403);
    const page2 = await c.get(`${DESK}/${sessionId}`);
    expect(page2.html).not.toContain('Lý do: x');
  });

  it('shows the ID numbers exactly as GET /sessions/:id/bookings gives them to the same role', async () => {
    for (const role of ['secretary', 'viewer']) {
      const fromApi = (
        await t
          .http()
          .get(api(`/sessions/${sessionId}/bookings`))
          .set(bearer(await t.token(role)))
      ).body as Body<'get', '/sessions/{id}/bookings'>;
      const c = new StaffClient(t.url);
      await c.signIn(role);
      const html = (await c.get(`${DESK}/${sessionId}`)).html;
      for (const b of fromApi) expect(html).toContain(`<td>${b.idNumber}</td>`);
      if (role === 'viewer') expect(html).not.toContain(citizen(11).idNumber);
      else expect(html).toContain(citizen(11).idNumber);
    }
  });

  it('shows a viewer no write control and refuses their post', async () => {
    const c = new StaffClient(t.url);
    await c.signIn('viewer');
    const desk = await c.get(`${DESK}/${sessionId}`);
    expect(desk.status).toBe(200);
    expect(desk.html).toContain('Trần Thị Mai');
    expect(desk.html).not.toContain('Thêm đính chính');
    expect(desk.html).not.toContain('/co-mat');
    const refused = await c.post(`${DESK}/${sessionId}/dinh-chinh`, { reason: 'x', text: 'y' });
    expect(refused.status).toBe(403);
  });

  it('refuses a handler the desk, as the API refuses them the bookings', async () => {
    const c = new StaffClient(t.url);
    await c.signIn('handler');
    expect((await c.get(`${DESK}/${sessionId}`)).status).toBe(403);
  });
});
