import { describe, expect, it } from '@jest/globals';
import { auditFilter, auditQuery } from './audit-filter.js';

describe('audit log filters', () => {
  it('reads every filter; the period covers whole days in Việt Nam', () => {
    const r = auditFilter({
      'hanh-dong': 'read_protected',
      loai: 'petition',
      ma: 'abc',
      nguoi: 'inspector',
      tu: '01/03/2026',
      den: '02/03/2026',
    });
    expect(r.problems).toEqual({});
    expect(r.filter).toEqual({
      action: 'read_protected',
      entityType: 'petition',
      entityId: 'abc',
      actorUsername: 'inspector',
      from: new Date('2026-02-28T17:00:00.000Z'),
      to: new Date('2026-03-02T17:00:00.000Z'),
    });
  });

  it('names the problems beside their fields and filters nothing with them', () => {
    const r = auditFilter({ 'hanh-dong': 'drop', loai: 'Petition;', tu: '31/02/2026', den: 'x' });
    expect(Object.keys(r.problems).sort()).toEqual(['den', 'hanh-dong', 'loai', 'tu']);
    expect(auditFilter({ tu: '05/03/2026', den: '01/03/2026' }).problems).toEqual({
      den: 'Ngày kết thúc phải sau ngày bắt đầu.',
    });
  });

  it('keeps only the filters given in the page links', () => {
    expect(auditQuery(auditFilter({ loai: 'task', ma: '1' }).form)).toEqual({ loai: 'task', ma: '1' });
    expect(auditQuery(auditFilter({}).form)).toEqual({});
  });
});
