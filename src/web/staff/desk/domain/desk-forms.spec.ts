import { describe, expect, it } from '@jest/globals';
import {
  caseInputOf,
  caseValuesOf,
  deskWindow,
  finalizePreview,
  isDeskDownload,
  isoOfVnDate,
  minutesInputOf,
} from './desk-forms.js';

describe('caseInputOf', () => {
  it('drops empty optional fields and keeps empty required ones (the API names them)', () => {
    const input = caseInputOf(caseValuesOf({ fullName: 'Phạm Thu Hà', handlingRoute: 'guide', bookingCode: '' }));
    expect(input).toMatchObject({ fullName: 'Phạm Thu Hà', handlingRoute: 'guide', summary: '', conclusion: '' });
    expect(input).not.toHaveProperty('bookingCode');
    expect(input).not.toHaveProperty('dueDate');
  });

  it('keeps the refusal ground as a number only for a refusal', () => {
    const refuse = caseInputOf(caseValuesOf({ handlingRoute: 'refuse', refusalGround: '3', refusalReason: 'Lý do' }));
    expect(refuse.refusalGround).toBe(3);
    const accept = caseInputOf(
      caseValuesOf({ handlingRoute: 'accept', refusalGround: '3', assigneeUnitId: 'u', dueDate: '2026-03-20' }),
    );
    expect(accept).not.toHaveProperty('refusalGround');
    expect(accept).toMatchObject({ assigneeUnitId: 'u', dueDate: '2026-03-20' });
  });

  it('drops the body in charge and the due date of a case closed at the desk', () => {
    const guide = caseInputOf(caseValuesOf({ handlingRoute: 'guide', assigneeUnitId: 'u', dueDate: '2026-03-20' }));
    expect(guide).not.toHaveProperty('assigneeUnitId');
    expect(guide).not.toHaveProperty('dueDate');
  });

  it('passes an unknown route on unchanged (the API refuses it)', () => {
    expect(caseInputOf(caseValuesOf({ handlingRoute: 'xyz', refusalGround: '9' }))).toMatchObject({
      handlingRoute: 'xyz',
      refusalGround: 9,
    });
  });
});

describe('isoOfVnDate', () => {
  it('reads day/month/year and leaves other text to the API', () => {
    expect(isoOfVnDate('20/03/2026')).toBe('2026-03-20');
    expect(isoOfVnDate('5/3/2026')).toBe('2026-03-05');
    expect(isoOfVnDate('2026-03-20')).toBe('2026-03-20');
    expect(isoOfVnDate('mai')).toBe('mai');
  });

  it('is applied to the due date of the case form', () => {
    expect(caseInputOf(caseValuesOf({ handlingRoute: 'accept', dueDate: '20/03/2026' })).dueDate).toBe('2026-03-20');
  });
});

describe('minutesInputOf', () => {
  it('keeps the rows that were filled in', () => {
    const { input, values } = minutesInputOf({
      number: '05/BB-UBND',
      'officials-0-fullName': 'Vũ Thị Dung',
      'officials-0-title': 'Công chức',
      'officials-1-fullName': '',
    });
    expect(input).toEqual({ number: '05/BB-UBND', officials: [{ fullName: 'Vũ Thị Dung', title: 'Công chức' }] });
    expect(values['officials-1-title']).toBe('');
  });
});

describe('finalizePreview', () => {
  it('counts one petition and one task per accepted or transferred case, by unit', () => {
    const p = finalizePreview([
      { fullName: 'A', handlingRoute: 'accept', assigneeUnitId: 'x', assigneeUnitName: 'Thanh tra' },
      { fullName: 'B', handlingRoute: 'transfer', assigneeUnitId: 'y', assigneeUnitName: 'Ban Tiếp' },
      { fullName: 'C', handlingRoute: 'accept', assigneeUnitId: 'x', assigneeUnitName: 'Thanh tra' },
      { fullName: 'D', handlingRoute: 'guide', assigneeUnitId: null, assigneeUnitName: null },
      { fullName: 'E', handlingRoute: 'refuse', assigneeUnitId: null, assigneeUnitName: null },
    ]);
    expect(p.petitions).toBe(3);
    expect(p.tasks).toBe(3);
    expect(p.closedAtDesk).toBe(2);
    expect(p.byUnit).toEqual([
      { unitId: 'x', unitName: 'Thanh tra', tasks: 2, people: ['A', 'C'] },
      { unitId: 'y', unitName: 'Ban Tiếp', tasks: 1, people: ['B'] },
    ]);
  });

  it('creates nothing for an empty or desk-only set of cases', () => {
    expect(finalizePreview([])).toEqual({ petitions: 0, tasks: 0, byUnit: [], closedAtDesk: 0 });
  });
});

describe('downloads and window', () => {
  it('knows only its own document names', () => {
    expect(isDeskDownload('bien-ban.pdf')).toBe(true);
    expect(isDeskDownload('so-tiep-cong-dan.xlsx')).toBe(true);
    expect(isDeskDownload('toString')).toBe(false);
    expect(isDeskDownload('../etc')).toBe(false);
  });

  it('spans today and the next days, across a month end', () => {
    expect(deskWindow('2026-03-20', 30)).toEqual({ from: '2026-03-20', to: '2026-04-19' });
  });
});
