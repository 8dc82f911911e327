/**
 * The staff workspace's task board, inspector and search (issue 14, items 4, 5 and 8's search), in Chromium: the
 * handler finds the task created by finalised minutes on the board, starts it, finishes it with the answer and
 * publishes it (then on /ket-qua); gives another back with a reason; the inspector opens the denunciation queue
 * (anonymous ones included), reveals a sealed identity only after typing a reason and finds the audit row; a viewer
 * sees no write button and a forged post is refused; the search box finds by code and by name, never across the seal;
 * another unit's task or denunciation answers the 404 page. axe-core on every page and error state.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { axeCheck, launchBrowser, newContext } from './helpers/browser.js';
import { api } from './helpers/client.js';
import { setClock } from './helpers/clock.js';
import { acceptCase, minutes, session, type Ward, ward } from './helpers/minutes-fixtures.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { STAFF, StaffClient, signIn, staffScreenshot } from './helpers/staff-web.js';

const ANSWER = 'Giữ nguyên mức bồi thường đã phê duyệt; công dân có quyền khiếu nại lần hai trong 30 ngày.';
const DENOUNCER = { fullName: 'Lương Văn Khải', idNumber: '031088007711', phone: '0912345678' };

let t: TestServer;
let browser: Browser;
let w: Ward;
let taskId: string;
let complaintCode: string;
let denunciationId: string;
let denunciationTaskId: string;
let anonymousId: string;
let otherTaskId: string;
let otherDenunciationId: string;

async function clean(p: Page) {
  expect(await axeCheck(p)).toEqual([]);
}

async function open(role: string): Promise<Page> {
  const ctx = await newContext(browser, { viewport: { width: 1366, height: 768 } });
  const page = await ctx.newPage();
  await signIn(page, t.url, role);
  return page;
}

async function petition(unitId: string, body: Record<string, unknown>): Promise<string> {
  const res = await t
    .http()
    .post(api('/petitions'))
    .set(bearer(await t.token('admin')))
    .send({ channel: 'reception', receivedAt: '2026-03-03T02:00:00.000Z', unitId, ...body });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function task(petitionId: string, assigneeUnitId: string, instruction: string): Promise<string> {
  const res = await t
    .http()
    .post(api(`/petitions/${petitionId}/tasks`))
    .set(bearer(await t.token('admin')))
    .send({ assigneeUnitId, instruction });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

beforeAll(async () => {
  [t, browser] = await Promise.all([startServer({ env: { TEST_CLOCK: 'true' } }), launchBrowser()]);
  await setClock(t, '2026-03-02T01:00:00Z');
  w = await ward(t);
  // A case accepted in finalised minutes: its petition and a task assigned to the ward (the handler's unit).
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
  const petitionId = fin.body.petitions[0].petitionId as string;
  const [row] = await t.db.query<{ id: string }>('SELECT id FROM tasks WHERE petition_id = $1', [petitionId]);
  taskId = row!.id;
  const [p] = await t.db.query<{ lookup_code: string }>('SELECT lookup_code FROM petitions WHERE id = $1', [
    petitionId,
  ]);
  complaintCode = p!.lookup_code;
  // A sealed denunciation with a task for the ward, an anonymous one, and another unit's task and denunciation.
  denunciationId = await petition(w.unitId, {
    type: 'denunciation',
    petitioner: DENOUNCER,
    subject: 'Tố cáo sai phạm trong cấp phép xây dựng',
    content: `Tôi là ${DENOUNCER.fullName}, tố cáo cán bộ địa chính nhận tiền để cấp phép sai.`,
  });
  denunciationTaskId = await task(denunciationId, w.unitId, 'Xác minh nội dung tố cáo về cấp phép xây dựng.');
  anonymousId = await petition(w.unitId, {
    type: 'denunciation',
    anonymous: true,
    subject: 'Tố cáo nặc danh về lấn chiếm vỉa hè',
    content: 'Một hộ kinh doanh lấn chiếm vỉa hè kéo dài.',
  });
  const other = await petition(w.inspectionUnitId, {
    type: 'complaint',
    petitioner: { fullName: 'Trần Thị Mai', idNumber: '001203009999' },
    subject: 'Khiếu nại của đơn vị khác',
    content: 'Khiếu nại quyết định hành chính.',
  });
  otherTaskId = await task(other, w.inspectionUnitId, 'Xác minh khiếu nại của đơn vị khác.');
  otherDenunciationId = await petition(w.inspectionUnitId, {
    type: 'denunciation',
    petitioner: { fullName: 'Người Khác', idNumber: '001203008888' },
    content: 'Tố cáo ở đơn vị khác.',
  });
  await setClock(t, '2026-03-06T02:00:00Z');
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the handler', () => {
  it('finds the task on the board, starts it, finishes it with the answer, publishes it, and it is on /ket-qua', async () => {
    const page = await open('handler');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Công việc' }).click();
    expect(await page.locator('h1').textContent()).toBe('Công việc của đơn vị');
    const board = (await page.locator('main').textContent())!;
    expect(board).toContain('Có 2 công việc.');
    expect(board).toMatch(/Còn \d+ ngày làm việc/);
    expect(board).toMatch(/(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d{2}\/\d{2}\/2026/u);
    await clean(page);
    await staffScreenshot(page, 'handler');
    // Filters: by type, then by status.
    await page.getByLabel('Loại đơn').selectOption('denunciation');
    await page.getByRole('button', { name: 'Lọc' }).click();
    expect(await page.locator('[role=status]').textContent()).toBe('Có 1 công việc.');
    await page.goto(`${t.url}${STAFF}/cong-viec?trang-thai=done`);
    expect(await page.locator('[role=status]').textContent()).toBe('Không có công việc nào phù hợp.');
    await clean(page);

    await page.goto(`${t.url}${STAFF}/cong-viec`);
    await page.locator(`a[href="${STAFF}/cong-viec/${taskId}"]`).click();
    const main = (await page.locator('main').textContent())!;
    expect(main).toContain('Hạn giải quyết theo luật');
    expect(main).toContain('Khiếu nại');
    expect(main).toContain('Lịch sử xử lý');
    expect(main).toContain('Giao nhiệm vụ');
    await clean(page);
    await page.getByRole('button', { name: 'Bắt đầu xử lý' }).click();
    expect(await page.locator('.notice[role=status]').textContent()).toContain('Đang xử lý');
    expect(await page.getByRole('button', { name: 'Bắt đầu xử lý' }).count()).toBe(0);
    // The page's post is audited under the same entity name as the API's (never "unknown"), by the handler.
    const audited = await t.db.query<{ entity_type: string; entity_id: string; actor_username: string }>(
      "SELECT entity_type, entity_id, actor_username FROM audit_log WHERE summary = 'POST /can-bo/cong-viec/:id/bat-dau'",
    );
    expect(audited).toEqual([{ entity_type: 'task', entity_id: taskId, actor_username: 'handler' }]);
    await clean(page);

    // The answer is required: the error beside the field, the page kept.
    await page.getByRole('button', { name: 'Hoàn thành và ghi kết quả' }).click();
    expect(await page.locator('.error-summary').textContent()).toContain('Nhập kết quả giải quyết');
    await clean(page);
    await page.getByLabel('Kết quả giải quyết (nội dung trả lời công dân)').fill(ANSWER);
    await page.getByLabel('Công khai kết quả trên trang Kết quả giải quyết').check();
    await page.getByRole('button', { name: 'Hoàn thành và ghi kết quả' }).click();
    expect(await page.locator('.notice[role=status]').textContent()).toContain('công khai kết quả');
    const done = (await page.locator('main').textContent())!;
    expect(done).toContain('Đã xong');
    expect(done).toContain(ANSWER);
    await clean(page);
    const api1 = await t
      .http()
      .get(api(`/tasks/${taskId}`))
      .set(bearer(await t.token('handler')));
    expect(api1.body).toMatchObject({ status: 'done', result: { publish: true } });
    // The board page seen empty a moment ago (kept 5 s per person and URL) shows the finished task at once.
    await page.goto(`${t.url}${STAFF}/cong-viec?trang-thai=done`);
    expect(await page.locator('[role=status]').textContent()).toBe('Có 1 công việc.');
    await page.goBack();

    await page.getByRole('link', { name: 'Xem trang Kết quả giải quyết' }).click();
    expect(await page.locator('main').textContent()).toContain(ANSWER);
    await page.context().close();
  });

  it('gives a task back only with a reason', async () => {
    const page = await open('handler');
    await page.goto(`${t.url}${STAFF}/cong-viec/${denunciationTaskId}`);
    expect(await page.locator('main').textContent()).toContain('Danh tính người tố cáo được giữ bí mật');
    expect(await page.locator('main').textContent()).not.toContain(DENOUNCER.fullName);
    await page.getByRole('button', { name: 'Trả lại' }).click();
    expect(await page.locator('.error-summary').textContent()).toContain('Nhập lý do trả lại.');
    await clean(page);
    await page.getByLabel('Lý do trả lại').fill('Nội dung thuộc thẩm quyền của Thanh tra thành phố.');
    await page.getByRole('button', { name: 'Trả lại' }).click();
    expect(await page.locator('.notice[role=status]').textContent()).toBe('Đã trả lại nhiệm vụ, kèm lý do.');
    expect(await page.locator('main').textContent()).toContain('Nội dung thuộc thẩm quyền của Thanh tra thành phố.');
    await clean(page);
    await page.context().close();
  });

  it('answers the 404 page for another unit’s task', async () => {
    const page = await open('handler');
    const res = await page.goto(`${t.url}${STAFF}/cong-viec/${otherTaskId}`);
    expect(res!.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang');
    await clean(page);
    await page.context().close();
  });
});

describe('a viewer', () => {
  it('sees the board with no write button, and a forged post is refused', async () => {
    const page = await open('viewer');
    await page.goto(`${t.url}${STAFF}/cong-viec`);
    expect(await page.locator('main').textContent()).toContain('công việc');
    await clean(page);
    await page.goto(`${t.url}${STAFF}/cong-viec/${denunciationTaskId}`);
    expect(await page.locator('main form').count()).toBe(0);
    expect(await page.locator('main button').count()).toBe(0);
    await clean(page);
    await page.context().close();

    const c = new StaffClient(t.url);
    await c.signIn('viewer');
    const before = await c.get(`${STAFF}/cong-viec/${denunciationTaskId}`);
    expect(before.status).toBe(200);
    expect(c.csrf).toBeTruthy();
    const withToken = await c.post(`${STAFF}/cong-viec/${denunciationTaskId}/giao-lai`, {
      assigneeUnitId: w.inspectionUnitId,
      reason: 'Giao lại cho Thanh tra thành phố.',
    });
    expect(withToken.status).toBe(403);
    const noToken = await c.post(`${STAFF}/cong-viec/${denunciationTaskId}/bat-dau`, {}, null);
    expect(noToken.status).toBe(403);
    // The handler's own session without a token is refused too (CSRF).
    const h = new StaffClient(t.url);
    await h.signIn('handler');
    await h.get(`${STAFF}/cong-viec/${denunciationTaskId}`);
    expect((await h.post(`${STAFF}/cong-viec/${denunciationTaskId}/bat-dau`, {}, 'forged')).status).toBe(403);
    const after = await t
      .http()
      .get(api(`/tasks/${denunciationTaskId}`))
      .set(bearer(await t.token('office')));
    expect(after.body.status).toBe('returned');
  });
});

describe('the inspector', () => {
  it('reveals a sealed identity only after typing a reason, and finds the audit row', async () => {
    const page = await open('inspector');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đơn tố cáo' }).click();
    const queue = (await page.locator('main').textContent())!;
    expect(queue).toContain('Có 2 đơn tố cáo.');
    expect(queue).toContain('Nặc danh');
    expect(queue).toContain('Tố cáo nặc danh về lấn chiếm vỉa hè');
    expect(queue).not.toContain(DENOUNCER.fullName);
    await clean(page);
    await staffScreenshot(page, 'inspector');
    await page.getByLabel('Hàng đợi').selectOption('anonymous');
    await page.getByRole('button', { name: 'Lọc' }).click();
    expect(await page.locator('[role=status]').textContent()).toBe('Có 1 đơn tố cáo.');
    await page.locator(`a[href="${STAFF}/to-cao/${anonymousId}"]`).click();
    expect(await page.locator('main').textContent()).toContain('Tố cáo nặc danh');
    await clean(page);

    await page.goto(`${t.url}${STAFF}/to-cao/${denunciationId}`);
    expect(await page.locator('main').textContent()).not.toContain(DENOUNCER.fullName);
    await clean(page);
    await page.getByLabel('Lý do cần xem danh tính').fill('ngắn');
    await page.getByRole('button', { name: 'Xem danh tính' }).click();
    expect(await page.locator('.error-summary').textContent()).toContain('Nhập lý do cần xem danh tính');
    expect(await page.locator('main').textContent()).not.toContain(DENOUNCER.fullName);
    await clean(page);
    const reason = 'Mời người tố cáo đến làm việc theo kế hoạch xác minh số 12';
    await page.getByLabel('Lý do cần xem danh tính').fill(reason);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/danh-tinh') && r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Xem danh tính' }).click(),
    ]);
    expect(response.headers()['cache-control']).toBe('no-store');
    const shown = (await page.locator('main').textContent())!;
    expect(shown).toContain(DENOUNCER.fullName);
    expect(shown).toContain(DENOUNCER.idNumber);
    expect(shown).toContain('đã được ghi nhật ký');
    await clean(page);

    await page.getByRole('link', { name: 'Nhật ký của đơn này' }).click();
    expect(await page.locator('h1').textContent()).toBe('Nhật ký hệ thống');
    const log = (await page.locator('main').textContent())!;
    expect(log).toContain('Xem danh tính được bảo vệ');
    expect(log).toContain(`Xem danh tính người tố cáo, lý do: ${reason}`);
    expect(log).toContain('inspector');
    await clean(page);
    // Filters: by action and period; the whole log needs a record for an inspector; a bad date is explained.
    await page.goto(`${t.url}${STAFF}/nhat-ky`);
    expect(await page.locator('main').textContent()).toContain('Thanh tra viên xem nhật ký theo từng bản ghi');
    await clean(page);
    const bad = await page.goto(`${t.url}${STAFF}/nhat-ky?loai=petition&ma=${denunciationId}&tu=31/02/2026`);
    expect(bad!.status()).toBe(400);
    expect(await page.locator('.error-summary').textContent()).toContain('Ngày không hợp lệ');
    await clean(page);
    await page.goto(
      `${t.url}${STAFF}/nhat-ky?loai=petition&ma=${denunciationId}&hanh-dong=read_protected&tu=06/03/2026&den=06/03/2026&nguoi=inspector`,
    );
    expect(await page.locator('[role=status]').textContent()).toBe('Có 1 dòng nhật ký.');
    await page.goto(
      `${t.url}${STAFF}/nhat-ky?loai=petition&ma=${denunciationId}&hanh-dong=read_protected&tu=07/03/2026`,
    );
    expect(await page.locator('[role=status]').textContent()).toBe('Không có dòng nhật ký nào phù hợp.');

    // Another unit's denunciation or audit trail: the 404 page.
    const other = await page.goto(`${t.url}${STAFF}/to-cao/${otherDenunciationId}`);
    expect(other!.status()).toBe(404);
    await clean(page);
    expect((await page.goto(`${t.url}${STAFF}/nhat-ky?loai=petition&ma=${otherDenunciationId}`))!.status()).toBe(404);
    await page.context().close();
  });

  it('shows the admin the whole log with filters', async () => {
    const page = await open('admin');
    await page.goto(`${t.url}${STAFF}/nhat-ky?hanh-dong=read_protected`);
    const log = (await page.locator('main').textContent())!;
    expect(log).toContain('Mời người tố cáo đến làm việc');
    await clean(page);
    await page.context().close();
  });
});

describe('the search box', () => {
  it('finds a petition by its code and by the citizen’s name, in the user’s units, never across the seal', async () => {
    const page = await open('office');
    await page.getByLabel('Tìm hồ sơ theo mã tra cứu hoặc họ tên công dân').fill(complaintCode.toLowerCase());
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    expect(await page.locator('[role=status]').textContent()).toContain('Tìm thấy 1 hồ sơ');
    expect(await page.locator('main table').textContent()).toContain(complaintCode);
    await clean(page);
    await page.getByRole('link', { name: complaintCode }).click();
    expect(page.url()).toBe(`${t.url}${STAFF}/cong-viec/${taskId}`);

    // By name: the ward's complaint, not the other unit's petitioner of the same name.
    await page.goto(`${t.url}${STAFF}/tim-ho-so?q=${encodeURIComponent('Trần Thị Mai')}`);
    expect(await page.locator('[role=status]').textContent()).toContain('Tìm thấy 1 hồ sơ');
    await clean(page);
    // A denouncer's name never matches (and the code of a denunciation shows no name).
    await page.goto(`${t.url}${STAFF}/tim-ho-so?q=${encodeURIComponent(DENOUNCER.fullName)}`);
    expect(await page.locator('[role=status]').textContent()).toContain('Không tìm thấy hồ sơ nào');
    await clean(page);
    await page.goto(`${t.url}${STAFF}/tim-ho-so?q=x`);
    expect(await page.locator('main').textContent()).toContain('ít nhất 2 ký tự');
    await clean(page);
    await page.context().close();

    const inspector = await open('inspector');
    await inspector.goto(`${t.url}${STAFF}/tim-ho-so?q=${encodeURIComponent(DENOUNCER.fullName)}`);
    expect(await inspector.locator('[role=status]').textContent()).toContain('Không tìm thấy hồ sơ nào');
    const [d] = await t.db.query<{ lookup_code: string }>('SELECT lookup_code FROM petitions WHERE id = $1', [
      denunciationId,
    ]);
    await inspector.goto(`${t.url}${STAFF}/tim-ho-so?q=${d!.lookup_code}`);
    const found = (await inspector.locator('main').textContent())!;
    expect(found).toContain('Được bảo mật');
    expect(found).not.toContain(DENOUNCER.fullName);
    await inspector.getByRole('link', { name: d!.lookup_code }).click();
    expect(inspector.url()).toBe(`${t.url}${STAFF}/to-cao/${denunciationId}`);
    await inspector.context().close();
  });
});
