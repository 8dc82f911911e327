import { describe, expect, it } from '@jest/globals';
import {
  caseProblems,
  createsPetition,
  dueDateAfterLegal,
  type CaseInput,
  needsRefusalNotice,
  REFUSAL_GROUND_LABELS,
} from './handling.js';

const ok: CaseInput = {
  fullName: 'Trần Thị Mai',
  idNumber: '001203004567',
  address: 'Hồng Bàng',
  summary: 'Khiếu nại',
  petitionType: 'complaint',
  handlingRoute: 'accept',
  conclusion: 'Giao xác minh',
  assigneeUnitId: 'u1',
  dueDate: '2026-03-20',
};
const fields = (input: CaseInput) => caseProblems(input, '2026-03-05', 2026).map((p) => p.field);

describe('handling routes and refusal grounds', () => {
  it('accepts a complete accepted case', () => {
    expect(fields(ok)).toEqual([]);
  });

  it('makes petitions only of accepted and transferred cases', () => {
    expect(['accept', 'transfer', 'guide', 'refuse'].map((r) => createsPetition(r as never))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('requires the body in charge and the deadline for accept and transfer, not for guide', () => {
    expect(fields({ ...ok, assigneeUnitId: null, dueDate: null })).toEqual(['assigneeUnitId', 'dueDate']);
    expect(fields({ ...ok, handlingRoute: 'transfer', assigneeUnitId: undefined })).toEqual(['assigneeUnitId']);
    expect(fields({ ...ok, handlingRoute: 'guide', assigneeUnitId: null, dueDate: null })).toEqual([]);
  });

  it('refuses only on the four grounds of Art. 9, with a reason', () => {
    const refuse = { ...ok, handlingRoute: 'refuse', assigneeUnitId: null, dueDate: null };
    for (const g of [1, 2, 3, 4])
      expect(fields({ ...refuse, refusalGround: g, refusalReason: 'Say rượu' })).toEqual([]);
    for (const g of [0, 5, -1, 2.5, null])
      expect(fields({ ...refuse, refusalGround: g, refusalReason: 'x' })).toEqual(['refusalGround']);
    expect(fields({ ...refuse, refusalGround: 2, refusalReason: '  ' })).toEqual(['refusalReason']);
    expect(fields({ ...ok, refusalGround: 1 })).toEqual(['refusalGround']);
  });

  it('asks for the written notice only for ground 3', () => {
    expect([1, 2, 3, 4].map((g) => needsRefusalNotice('refuse', g))).toEqual([false, false, true, false]);
    expect(needsRefusalNotice('accept', 3)).toBe(false);
    expect(REFUSAL_GROUND_LABELS[3]).toMatch(/cố tình khiếu nại, tố cáo kéo dài$/u);
  });

  it('checks the ID number, the deadline against the session day and the group rules', () => {
    expect(fields({ ...ok, idNumber: '031234567' })).toEqual(['idNumber']);
    expect(fields({ ...ok, dueDate: '2026-03-04' })).toEqual(['dueDate']);
    const reps = [
      { fullName: 'A', idNumber: '001203004568' },
      { fullName: 'B', idNumber: '001203004569' },
    ];
    expect(fields({ ...ok, groupSize: 8, representatives: reps })).toEqual(['representatives']);
    expect(fields({ ...ok, groupSize: 8, representatives: reps.slice(0, 1) })).toEqual([]);
    expect(fields({ ...ok, groupSize: 12, representatives: [...reps, { fullName: 'C', idNumber: 'bad' }] })).toEqual([
      'representatives[2].idNumber',
    ]);
    expect(fields({ ...ok, groupSize: 0 })).toEqual(['groupSize']);
  });
});

describe('dueDateAfterLegal', () => {
  it('refuses a due date after the legal deadline, naming it; accepts it on or before', () => {
    expect(dueDateAfterLegal('2027-01-29', '2027-01-11')).toEqual({
      field: 'dueDate',
      legalDueOn: '2027-01-11',
      message: 'Thời hạn xử lý không được sau thời hạn giải quyết theo luật định (11/01/2027).',
    });
    expect(dueDateAfterLegal('2027-01-11', '2027-01-11')).toBeNull();
    expect(dueDateAfterLegal('2027-01-02', '2027-01-11')).toBeNull();
    expect(dueDateAfterLegal('2027-01-29', null)).toBeNull();
    expect(dueDateAfterLegal(null, '2027-01-11')).toBeNull();
  });
});
