/** Shared set-up of the minutes and reception-log e2e specs: the demo ward Hồng Bàng, its officials, and sessions. */
import { expect } from '@jest/globals';
import { api } from './client.js';
import { bearer, type TestServer } from './server.js';
import type { Body } from './api-types.js';

export interface Ward {
  unitId: string;
  leaderId: string;
  deputyId: string;
  memberId: string;
  venueId: string;
  inspectionUnitId: string;
  receptionUnitId: string;
}

export async function ward(t: TestServer): Promise<Ward> {
  const admin = bearer(await t.token('admin'));
  const officials = (await t.http().get(api('/officials')).set(admin)).body as Body<'get', '/officials'>;
  const venues = (await t.http().get(api('/venues')).set(admin)).body as Body<'get', '/venues'>;
  const units = (await t.http().get(api('/units')).set(admin)).body as Body<'get', '/units'>;
  const byName = (n: string) => officials.find((o) => o.fullName === n)!.id;
  const unitId = units.find((u) => u.code === '11311')!.id;
  return {
    unitId,
    leaderId: byName('Nguyễn Văn An'),
    deputyId: byName('Đỗ Thị Bình'),
    memberId: byName('Vũ Thị Dung'),
    venueId: venues.find((v) => v.unitId === unitId)!.id,
    inspectionUnitId: units.find((u) => u.code === 'DEMO-TTTP')!.id,
    receptionUnitId: units.find((u) => u.code === 'DEMO-BTCD')!.id,
  };
}

/** An ad-hoc session of the ward's chair on `day` (08:00–11:30 Hà Nội time). */
export async function session(t: TestServer, w: Ward, day: string): Promise<string> {
  const res = await t
    .http()
    .post(api('/sessions'))
    .set(bearer(await t.token('office')))
    .send({
      officialId: w.leaderId,
      venueId: w.venueId,
      startsAt: `${day}T01:00:00.000Z`,
      endsAt: `${day}T04:30:00.000Z`,
      adHocReason: 'complex_case',
      note: 'Vụ việc đông người về bồi thường giải phóng mặt bằng',
    });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

export async function minutes(t: TestServer, sessionId: string, body: Record<string, unknown> = {}): Promise<string> {
  const res = await t
    .http()
    .post(api(`/sessions/${sessionId}/minutes`))
    .set(bearer(await t.token('secretary')))
    .send({
      officials: [{ fullName: 'Vũ Thị Dung', title: 'Công chức Văn phòng HĐND và UBND phường' }],
      secretary: { fullName: 'Hoàng Thu Trang', title: 'Chuyên viên Văn phòng' },
      ...body,
    });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

export function acceptCase(w: Ward, over: Record<string, unknown> = {}) {
  return {
    fullName: 'Trần Thị Mai',
    salutation: 'ba',
    idNumber: '001203004567',
    address: 'tổ dân phố số 3, phường Hồng Bàng',
    summary: 'Khiếu nại việc bồi thường khi thu hồi 120 m² đất ở.',
    request: 'Đề nghị bồi thường theo giá đất ở.',
    petitionType: 'complaint',
    handlingRoute: 'accept',
    conclusion: 'Giao Thanh tra thành phố xác minh nội dung khiếu nại, trả lời công dân bằng văn bản.',
    assigneeUnitId: w.inspectionUnitId,
    dueDate: '2026-03-20',
    ...over,
  };
}

export function transferCase(w: Ward, over: Record<string, unknown> = {}) {
  return {
    fullName: 'Lê Văn Bình',
    salutation: 'ong',
    idNumber: '031085001234',
    address: 'số 5 ngõ 12, phường Hồng Bàng',
    groupSize: 6,
    representatives: [{ fullName: 'Đỗ Quang Hưởng', idNumber: '031190004321' }],
    summary: 'Kiến nghị sửa chữa tuyến đường liên tổ bị xuống cấp.',
    // A recommendation has no statutory resolution limit: its task carries the 10-working-day reply (19/03/2026).
    petitionType: 'recommendation',
    previouslyHandledBy: 'Ủy ban nhân dân phường Hồng Bàng',
    handlingRoute: 'transfer',
    conclusion: 'Chuyển Ban Tiếp công dân thành phố tham mưu xử lý theo thẩm quyền.',
    assigneeUnitId: w.receptionUnitId,
    dueDate: '2026-03-19',
    ...over,
  };
}

export function guideCase(over: Record<string, unknown> = {}) {
  return {
    fullName: 'Phạm Thu Hà',
    idNumber: '031301007777',
    address: 'tổ 7, phường Hồng Bàng',
    summary: 'Phản ánh tiếng ồn từ xưởng gỗ trong khu dân cư.',
    petitionType: 'feedback',
    handlingRoute: 'guide',
    conclusion: 'Hướng dẫn công dân gửi đơn đến Ủy ban nhân dân phường theo thẩm quyền.',
    ...over,
  };
}
