/**
 * The staff workspace's administration (issue 14, item 7), in Chromium: the admin creates an account (a duplicate
 * username refused on the form), the new person signs in with the one-time password and must change it first; the
 * admin disables the account and its open session ends at once; the last admin cannot be disabled; units, officials
 * and venues created and edited; a year's days off edited with its source; a rule preset's version added; the outbox
 * lists a failed message (never its text) and queues it again. A non-admin gets the 403 page, a forged post 403, an
 * unknown record the 404 page. axe-core on every page and error state.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeCheck, launchBrowser, newContext } from './helpers/browser.js';
import { api } from './helpers/client.js';
import { setClock } from './helpers/clock.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { signIn, STAFF, StaffClient, staffScreenshot } from './helpers/staff-web.js';

const ADMIN = `${STAFF}/quan-tri`;
const NEW_PASSWORD = 'mat-khau-moi-2026';

let t: TestServer;
let browser: Browser;
let adminCtx: BrowserContext;
let admin: Page;
let wardId: string;

const desktop = { viewport: { width: 1366, height: 768 } };

async function expectAxeClean(page: Page): Promise<void> {
  expect(await axeCheck(page)).toEqual([]);
}

async function submit(page: Page, name: string): Promise<void> {
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name, exact: true }).click()]);
}

beforeAll(async () => {
  [t, browser] = await Promise.all([startServer({ env: { TEST_CLOCK: 'true', TEST_HOOKS: 'true' } }), launchBrowser()]);
  await setClock(t, '2026-12-01T02:00:00Z');
  const units = (
    await t
      .http()
      .get(api('/units'))
      .set(bearer(await t.token('admin')))
  ).body as {
    id: string;
    code: string | null;
  }[];
  wardId = units.find((u) => u.code === '11311')!.id;
  adminCtx = await newContext(browser, desktop);
  admin = await adminCtx.newPage();
  await signIn(admin, t.url, 'admin');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('administration: who may open it', () => {
  it('gives a non-admin (office) the 403 page, and refuses forged posts with 403', async () => {
    const office = new StaffClient(t.url);
    await office.signIn('office');
    const res = await office.get(ADMIN);
    expect(res.status).toBe(403);
    expect(res.html).toContain('không có quyền dùng trang này');
    expect((await office.get(`${ADMIN}/tai-khoan`)).status).toBe(403);
    const home = await office.get(STAFF);
    expect(home.html).not.toContain(`href="${ADMIN}"`);
    // The office's own CSRF token is valid, the role is not.
    expect(
      (await office.post(`${ADMIN}/tai-khoan`, { username: 'xx.office', roles: 'admin', unitId: wardId })).status,
    ).toBe(403);

    const c = new StaffClient(t.url);
    await c.signIn('admin');
    await c.get(`${ADMIN}/tai-khoan/moi`);
    const fields = { username: 'gia.mao', roles: 'viewer', unitId: wardId };
    expect((await c.post(`${ADMIN}/tai-khoan`, fields, null)).status).toBe(403);
    const forged = await c.post(`${ADMIN}/tai-khoan`, fields, 'forged-token');
    expect(forged.status).toBe(403);
    expect(forged.html).toContain('Biểu mẫu đã hết hạn hoặc không hợp lệ');
    const rows = await t.db.query<{ n: number | string }>("SELECT COUNT(*) AS n FROM users WHERE username = 'gia.mao'");
    expect(Number(rows[0]!.n)).toBe(0);
  });

  it('answers the 404 page for a record that does not exist', async () => {
    const c = new StaffClient(t.url);
    await c.signIn('admin');
    for (const path of [
      `${ADMIN}/tai-khoan/00000000-0000-4000-8000-000000000000`,
      `${ADMIN}/tai-khoan/khong-phai-ma`,
      `${ADMIN}/don-vi/00000000-0000-4000-8000-000000000000`,
      `${ADMIN}/ngay-nghi/abcd`,
      `${ADMIN}/quy-dinh/khong-co`,
    ]) {
      const res = await c.get(path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.html).toContain('Không tìm thấy');
    }
  });
});

describe('administration: accounts', () => {
  let otp = '';
  let userCtx: BrowserContext;
  let person: Page;

  it('shows the index and the accounts', async () => {
    await admin.goto(`${t.url}${ADMIN}`);
    expect(await admin.locator('h1').innerText()).toBe('Quản trị hệ thống');
    await expectAxeClean(admin);
    await staffScreenshot(admin, 'admin');
    await admin.getByRole('link', { name: 'Tài khoản', exact: true }).first().click();
    await admin.waitForURL(`**${ADMIN}/tai-khoan`);
    expect(await admin.locator('table.data-table').innerText()).toContain('office');
    await expectAxeClean(admin);
  });

  it('refuses a username already taken, on the form, with the values kept', async () => {
    await admin.goto(`${t.url}${ADMIN}/tai-khoan/moi`);
    await expectAxeClean(admin);
    await admin.getByLabel('Tên đăng nhập').fill('office');
    await admin.getByLabel('Họ và tên (không bắt buộc)').fill('Trần Thị Bình');
    await admin.getByLabel('Văn phòng', { exact: true }).check();
    await admin.getByLabel('Đơn vị', { exact: true }).selectOption(wardId);
    const [res] = await Promise.all([
      admin.waitForResponse((r) => r.request().method() === 'POST'),
      admin.getByRole('button', { name: 'Tạo tài khoản' }).click(),
    ]);
    expect(res.status()).toBe(409);
    await admin.waitForLoadState('load');
    expect(await admin.locator('.error-summary').innerText()).toContain('Tên đăng nhập đã được sử dụng.');
    expect(await admin.locator('#username-loi').innerText()).toContain('Tên đăng nhập đã được sử dụng.');
    expect(await admin.getByLabel('Họ và tên (không bắt buộc)').inputValue()).toBe('Trần Thị Bình');
    await expectAxeClean(admin);
  });

  it('creates the account and shows its one-time password once', async () => {
    await admin.getByLabel('Tên đăng nhập').fill('tran.binh');
    await submit(admin, 'Tạo tài khoản');
    expect(await admin.locator('h1').innerText()).toBe('Đã tạo tài khoản');
    otp = await admin.locator('#mat-khau-mot-lan').innerText();
    expect(otp.length).toBeGreaterThanOrEqual(12);
    expect(await admin.locator('.notice').innerText()).toContain('chỉ hiển thị một lần');
    await expectAxeClean(admin);
    const rows = await t.db.query<{ roles: string; must_change_password: unknown }>(
      "SELECT roles, must_change_password FROM users WHERE username = 'tran.binh'",
    );
    expect(rows).toHaveLength(1);
    expect(String(rows[0]!.roles)).toContain('office');
  });

  it('lets the new person in only to change the one-time password first', async () => {
    userCtx = await newContext(browser, desktop);
    person = await userCtx.newPage();
    await signIn(person, t.url, 'tran.binh', otp);
    expect(new URL(person.url()).pathname).toBe(`${STAFF}/doi-mat-khau`);
    expect(await person.locator('main').innerText()).toContain('mật khẩu tạm thời');
    await person.goto(`${t.url}${STAFF}`);
    expect(new URL(person.url()).pathname).toBe(`${STAFF}/doi-mat-khau`);
    await person.getByLabel('Mật khẩu hiện tại').fill(otp);
    await person.getByLabel('Mật khẩu mới').fill(NEW_PASSWORD);
    await Promise.all([
      person.waitForURL((u) => u.pathname === STAFF),
      person.getByRole('button', { name: 'Đổi mật khẩu' }).click(),
    ]);
    expect(await person.locator('h1').innerText()).toContain('Trần Thị Bình');
  });

  it('disables the account: the open session ends at once', async () => {
    await admin.getByRole('link', { name: 'Xem tài khoản tran.binh' }).click();
    await admin.waitForLoadState('load');
    expect(await admin.locator('h1').innerText()).toBe('Tài khoản tran.binh');
    await expectAxeClean(admin);
    await submit(admin, 'Khóa tài khoản');
    expect(await admin.locator('.summary-list').innerText()).toContain('Đã khóa');
    await person.goto(`${t.url}${STAFF}`);
    expect(new URL(person.url()).pathname).toBe(`${STAFF}/dang-nhap`);
    expect(await person.locator('main').innerText()).toContain('Phiên làm việc đã kết thúc');
    await userCtx.close();
  });

  it('changes roles and unit, and refuses to disable the last admin', async () => {
    await admin.getByLabel('Người xem', { exact: true }).check();
    await submit(admin, 'Lưu vai trò và đơn vị');
    expect(await admin.locator('.summary-list').innerText()).toContain('Văn phòng, Người xem');
    const me = await t.db.query<{ id: string }>("SELECT id FROM users WHERE username = 'admin'");
    await admin.goto(`${t.url}${ADMIN}/tai-khoan/${me[0]!.id}`);
    const [res] = await Promise.all([
      admin.waitForResponse((r) => r.request().method() === 'POST'),
      admin.getByRole('button', { name: 'Khóa tài khoản' }).click(),
    ]);
    expect(res.status()).toBe(409);
    await admin.waitForLoadState('load');
    expect(await admin.locator('.error-summary').innerText()).toContain('quản trị viên cuối cùng');
    await expectAxeClean(admin);
  });

  it('resets a password: a new one-time password, shown once', async () => {
    const row = await t.db.query<{ id: string }>("SELECT id FROM users WHERE username = 'tran.binh'");
    await admin.goto(`${t.url}${ADMIN}/tai-khoan/${row[0]!.id}`);
    await submit(admin, 'Đặt lại mật khẩu');
    expect(await admin.locator('h1').innerText()).toBe('Đã đặt lại mật khẩu');
    const again = await admin.locator('#mat-khau-mot-lan').innerText();
    expect(again).not.toBe(otp);
  });
});

describe('administration: units, officials, venues', () => {
  it('creates and edits a unit', async () => {
    await admin.goto(`${t.url}${ADMIN}/don-vi`);
    await expectAxeClean(admin);
    await admin.getByRole('link', { name: 'Thêm đơn vị' }).click();
    await admin.waitForLoadState('load');
    await admin.getByLabel('Tên đơn vị').fill('Phường Thử Nghiệm');
    await admin.getByLabel('Cấp xã, phường').check();
    await admin.getByLabel('Hiệu lực từ ngày (không bắt buộc)', { exact: true }).fill('31/02/2026');
    const [bad] = await Promise.all([
      admin.waitForResponse((r) => r.request().method() === 'POST'),
      admin.getByRole('button', { name: 'Thêm đơn vị' }).click(),
    ]);
    expect(bad.status()).toBe(400);
    await admin.waitForLoadState('load');
    expect(await admin.locator('#validFrom-loi').innerText()).toContain('ngày/tháng/năm');
    await expectAxeClean(admin);
    await admin.getByLabel('Hiệu lực từ ngày (không bắt buộc)', { exact: true }).fill('01/07/2025');
    await submit(admin, 'Thêm đơn vị');
    expect(new URL(admin.url()).pathname).toBe(`${ADMIN}/don-vi`);
    expect(new URL(admin.url()).searchParams.get('q')).toBe('Phường Thử Nghiệm');
    await admin.getByRole('link', { name: 'Phường Thử Nghiệm' }).click();
    await admin.waitForLoadState('load');
    await expectAxeClean(admin);
    await admin.getByLabel('Tên đơn vị').fill('Phường Thử Nghiệm Mới');
    await submit(admin, 'Lưu thay đổi');
    expect(await admin.locator('table.data-table').innerText()).toContain('Phường Thử Nghiệm Mới');
    expect(await admin.locator('table.data-table').innerText()).toContain('Từ Thứ Ba, 01/07/2025');
    // Audited as the API's writes are: one creation and one update, nothing for the form sent back with its error.
    const audit = await t.db.query<{ action: string; actor_username: string }>(
      "SELECT action, actor_username FROM audit_log WHERE entity_type = 'unit' ORDER BY at",
    );
    expect(audit.map((a) => [a.action, a.actor_username])).toEqual([
      ['create', 'admin'],
      ['update', 'admin'],
    ]);
  });

  it('creates an official and a venue, and edits them', async () => {
    await admin.goto(`${t.url}${ADMIN}/can-bo/moi`);
    await expectAxeClean(admin);
    await admin.getByLabel('Họ và tên').fill('Lê Văn Cường');
    await admin.getByLabel('Chức danh').fill('Phó Chủ tịch UBND phường');
    await admin.getByLabel('Đơn vị', { exact: true }).selectOption(wardId);
    await admin.getByLabel('Cấp phó').check();
    await admin.getByLabel('Khối chính quyền').check();
    await submit(admin, 'Thêm cán bộ');
    expect(new URL(admin.url()).pathname).toBe(`${ADMIN}/can-bo`);
    await expectAxeClean(admin);
    await admin.getByRole('link', { name: 'Lê Văn Cường' }).click();
    await admin.waitForLoadState('load');
    await expectAxeClean(admin);
    await admin.getByLabel('Đang công tác').uncheck();
    await submit(admin, 'Lưu thay đổi');
    expect(await admin.locator('table.data-table').innerText()).toMatch(/Lê Văn Cường[^\n]*Thôi công tác/);

    await admin.goto(`${t.url}${ADMIN}/dia-diem/moi`);
    await admin.getByLabel('Tên địa điểm').fill('Phòng tiếp dân số 2');
    await admin.getByLabel('Địa chỉ').fill('Số 2 đường Thử, phường Hồng Bàng, Hải Phòng');
    await admin.getByLabel('Đơn vị', { exact: true }).selectOption(wardId);
    await submit(admin, 'Thêm địa điểm');
    expect(new URL(admin.url()).pathname).toBe(`${ADMIN}/dia-diem`);
    await expectAxeClean(admin);
    await admin.getByRole('link', { name: 'Phòng tiếp dân số 2' }).click();
    await admin.waitForLoadState('load');
    await admin.getByLabel('Địa chỉ').fill('');
    const [bad] = await Promise.all([
      admin.waitForResponse((r) => r.request().method() === 'POST'),
      admin.getByRole('button', { name: 'Lưu thay đổi' }).click(),
    ]);
    expect(bad.status()).toBe(400);
    await admin.waitForLoadState('load');
    expect(await admin.locator('.error-summary').innerText()).toContain('Không được để trống.');
    await expectAxeClean(admin);
    await admin.getByLabel('Địa chỉ').fill('Số 3 đường Thử, phường Hồng Bàng, Hải Phòng');
    await submit(admin, 'Lưu thay đổi');
    expect(await admin.locator('table.data-table').innerText()).toContain('Số 3 đường Thử');
  });
});

describe('administration: days off, rule presets', () => {
  it('edits a year of days off with its source, refusing a day of another year', async () => {
    await admin.goto(`${t.url}${ADMIN}/ngay-nghi`);
    expect(new URL(admin.url()).pathname).toBe(`${ADMIN}/ngay-nghi/2026`);
    await expectAxeClean(admin);
    const rows = Number(await admin.locator('input[name="rows"]').inputValue());
    const blank = rows - 5;
    await admin.locator(`#date_${blank}`).fill('15/12/2027');
    await admin.locator(`#name_${blank}`).fill('Ngày nghỉ thử');
    await admin.locator(`#kind_${blank}`).selectOption('day_off');
    await admin.getByLabel('Số và tên văn bản (không bắt buộc)').fill('Văn bản số 123/VPCP-TH');
    await admin.getByLabel('Cơ quan ban hành (không bắt buộc)').fill('Văn phòng Chính phủ');
    const [bad] = await Promise.all([
      admin.waitForResponse((r) => r.request().method() === 'POST'),
      admin.getByRole('button', { name: 'Lưu danh sách năm 2026' }).click(),
    ]);
    expect(bad.status()).toBe(400);
    await admin.waitForLoadState('load');
    expect(await admin.locator('.error-summary').innerText()).toContain('ngày phải thuộc năm 2026');
    await expectAxeClean(admin);
    await admin.locator(`#date_${blank}`).fill('15/12/2026');
    await submit(admin, 'Lưu danh sách năm 2026');
    expect(await admin.locator('.notice').first().innerText()).toContain('Đã lưu danh sách ngày nghỉ năm 2026');
    const main = await admin.locator('main').innerText();
    expect(main).toContain('Thứ Ba, 15/12/2026');
    expect(main).toContain('Văn bản số 123/VPCP-TH – Văn phòng Chính phủ');
    const api2026 = (await t.http().get(api('/holidays/2026'))).body as { entries: { date: string; kind: string }[] };
    expect(api2026.entries).toContainEqual(expect.objectContaining({ date: '2026-12-15', kind: 'day_off' }));
  });

  it('shows the presets and a preset with its versions, and adds a version', async () => {
    await admin.goto(`${t.url}${ADMIN}/quy-dinh`);
    await expectAxeClean(admin);
    await admin.getByRole('link', { name: 'Tiếp công dân trực tuyến' }).click();
    await admin.waitForLoadState('load');
    expect(await admin.locator('main').innerText()).toContain('Thứ Tư, 01/07/2026');
    await expectAxeClean(admin);
    await admin.getByLabel('Hiệu lực từ ngày').fill('01/01/2027');
    await admin.getByLabel('Nội dung phiên bản (JSON)').fill('{ "countsTowardFrequency": tru');
    const [bad] = await Promise.all([
      admin.waitForResponse((r) => r.request().method() === 'POST'),
      admin.getByRole('button', { name: 'Thêm phiên bản' }).click(),
    ]);
    expect(bad.status()).toBe(400);
    await admin.waitForLoadState('load');
    expect(await admin.locator('#content-loi').innerText()).toContain('JSON');
    await expectAxeClean(admin);
    await admin
      .getByLabel('Nội dung phiên bản (JSON)')
      .fill(JSON.stringify({ countsTowardFrequency: true, verified: true, source: 'Nghị định thử nghiệm' }));
    await submit(admin, 'Thêm phiên bản');
    const main = await admin.locator('main').innerText();
    expect(main).toContain('Đã thêm phiên bản mới (lần sửa đổi 2)');
    expect(main).toContain('Thứ Sáu, 01/01/2027');
    expect(main).toContain('Nghị định thử nghiệm');
    const doc = (
      await t
        .http()
        .get(api('/rule-presets/online-reception'))
        .set(bearer(await t.token('admin')))
    ).body as {
      revision: number;
      document: { versions: { effectiveFrom: string }[] };
    };
    expect(doc.revision).toBe(2);
    expect(doc.document.versions.map((v) => v.effectiveFrom)).toEqual(['2014-07-01', '2026-07-01', '2027-01-01']);
  });
});

describe('administration: outbox', () => {
  it('lists a failed message without its text, and queues it again', async () => {
    const res = await t.http().post(api('/__test/outbox')).send({
      kind: 'booking.confirmed',
      to: 'nguyen.van.an@example.vn',
      subject: 'Xác nhận lịch tiếp công dân',
      text: 'Kính gửi ông Nguyễn Văn An, nội dung riêng tư',
      refType: 'booking',
      refId: 'b-1',
    });
    expect(res.status).toBe(200);
    await t.db.query(
      "UPDATE outbox_messages SET status = 'failed', attempts = 5, last_error = 'SMTP 550 hộp thư không tồn tại'",
    );
    await admin.goto(`${t.url}${ADMIN}/hop-thu-di?trang_thai=failed&kenh=email`);
    const main = await admin.locator('main').innerText();
    expect(main).toContain('Xác nhận lịch tiếp công dân');
    expect(main).toContain('Gửi lỗi');
    expect(main).toContain('SMTP 550');
    expect(main).not.toContain('nội dung riêng tư');
    await expectAxeClean(admin);
    await submit(admin, 'Gửi lại');
    expect(await admin.locator('.notice').first().innerText()).toContain('Đã đưa thư trở lại hàng đợi');
    const rows = await t.db.query<{ status: string }>('SELECT status FROM outbox_messages');
    expect(rows[0]!.status).not.toBe('failed');
    await expectAxeClean(admin);
  });
});
