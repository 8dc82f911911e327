import { describe, expect, it } from '@jest/globals';
import { CreateVenueDto } from '../../../org/dto/venue.dto.js';
import { DomainError, NotFoundError } from '../../../common/errors/domain-error.js';
import { asDto, attempt, pathId, refused } from './admin-input.js';

describe('admin form input', () => {
  it('checks a body with the API DTO and its Vietnamese messages', async () => {
    const ok = await asDto(CreateVenueDto, {
      name: ' Phòng tiếp dân ',
      address: 'Số 1',
      unitId: '00000000-0000-4000-8000-000000000001',
    });
    expect(ok).toBeInstanceOf(CreateVenueDto);
    await expect(asDto(CreateVenueDto, { name: '', address: 'x', unitId: 'no' })).rejects.toMatchObject({
      status: 400,
      errors: expect.arrayContaining([
        { field: 'name', message: 'Không được để trống.' },
        { field: 'unitId', message: 'Phải là mã định danh (UUID) hợp lệ.' },
      ]),
    });
  });

  it('turns domain errors of a form into form errors with their status, and lets 404 and the unexpected go on', async () => {
    const r = await attempt(() =>
      Promise.reject(new DomainError('X', 409, 'Trùng.', [{ field: 'name', message: 'Đã có.' }])),
    );
    expect(r).toEqual({
      ok: false,
      status: 409,
      errors: { summary: [{ message: 'Đã có.', fieldId: 'name' }], byField: { name: 'Đã có.' } },
    });
    expect(await attempt(() => Promise.resolve(3))).toEqual({ ok: true, value: 3 });
    await expect(attempt(() => Promise.reject(new NotFoundError('Đơn vị')))).rejects.toBeInstanceOf(NotFoundError);
    await expect(attempt(() => Promise.reject(new Error('db')))).rejects.toThrow('db');
    expect(refused({ a: 'Sai.' })).toEqual({
      ok: false,
      status: 400,
      errors: { summary: [{ message: 'Sai.', fieldId: 'a' }], byField: { a: 'Sai.' } },
    });
  });

  it('treats an id that is not a UUID as a page that does not exist', () => {
    expect(pathId('00000000-0000-4000-8000-000000000001', 'Thư')).toBe('00000000-0000-4000-8000-000000000001');
    expect(() => pathId('../x', 'Thư')).toThrow(NotFoundError);
  });
});
