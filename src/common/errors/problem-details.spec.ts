import { describe, expect, it } from '@jest/globals';
import { buildProblem, codeForStatus, problemType, titleFor } from './problem-details.js';

describe('problem details', () => {
  it('builds an RFC 9457 body with a stable type from the code', () => {
    const p = buildProblem({ status: 409, code: 'SLOT_FULL', detail: 'Khung giờ đã hết chỗ.', requestId: 'r1' });
    expect(p).toEqual({
      type: 'urn:tiepdan:problem:slot-full',
      title: 'Xung đột dữ liệu',
      status: 409,
      detail: 'Khung giờ đã hết chỗ.',
      code: 'SLOT_FULL',
      requestId: 'r1',
    });
  });

  it('keeps field errors and drops an empty list', () => {
    expect(
      buildProblem({ status: 400, code: 'VALIDATION_FAILED', detail: 'x', errors: [{ field: 'name', message: 'm' }] })
        .errors,
    ).toHaveLength(1);
    expect(buildProblem({ status: 400, code: 'VALIDATION_FAILED', detail: 'x', errors: [] }).errors).toBeUndefined();
  });

  it('does not let extra members override the standard ones', () => {
    const p = buildProblem({ status: 422, code: 'A', detail: 'd', extra: { status: 200, code: 'B', position: 3 } });
    expect(p.status).toBe(422);
    expect(p.code).toBe('A');
    expect(p.position).toBe(3);
  });

  it('has a Vietnamese title and a code for every common status', () => {
    for (const s of [400, 401, 403, 404, 409, 413, 422, 429, 500, 503]) {
      expect(titleFor(s).length).toBeGreaterThan(3);
      expect(codeForStatus(s)).toMatch(/^[A-Z_]+$/);
    }
    expect(codeForStatus(502)).toBe('INTERNAL_ERROR');
    expect(problemType('DUPLICATE_BOOKING')).toBe('urn:tiepdan:problem:duplicate-booking');
  });
});
