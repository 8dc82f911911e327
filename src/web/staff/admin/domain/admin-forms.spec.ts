import { describe, expect, it } from '@jest/globals';
import {
  addPresetVersion,
  dateInputOf,
  formList,
  formText,
  holidayEntriesOf,
  holidayRowsOf,
  holidaySourceOf,
  matchesQuery,
  parseDateInput,
  versionListsOf,
  versionTemplate,
} from './admin-forms.js';

describe('form values', () => {
  it('reads texts and lists of checkboxes', () => {
    expect(formText('  Phường A\u0300  ')).toBe('Phường À');
    expect(formText(['x'])).toBe('');
    expect(formText('abcdef', 3)).toBe('abc');
    expect(formList('office')).toEqual(['office']);
    expect(formList(['office', 'leader', 'office', ''])).toEqual(['office', 'leader']);
    expect(formList(undefined)).toEqual([]);
  });

  it('reads dates typed as dd/mm/yyyy or ISO, refusing dates that do not exist', () => {
    expect(parseDateInput('16/02/2026')).toBe('2026-02-16');
    expect(parseDateInput('1.5.2026')).toBe('2026-05-01');
    expect(parseDateInput('2026-09-02')).toBe('2026-09-02');
    expect(parseDateInput('30/02/2026')).toBeNull();
    expect(parseDateInput('2026/02/16')).toBeNull();
    expect(parseDateInput('')).toBeNull();
    expect(dateInputOf('2026-09-02')).toBe('02/09/2026');
    expect(dateInputOf(null)).toBe('');
  });
});

describe('days off of a year', () => {
  it('reads the rows, skips empty ones and sorts the entries by date', () => {
    const rows = holidayRowsOf({
      rows: '3',
      date_0: '02/09/2026',
      name_0: 'Quốc khánh',
      kind_0: 'holiday',
      date_1: '',
      name_1: '',
      kind_1: 'holiday',
      date_2: '01/01/2026',
      name_2: 'Tết Dương lịch',
      kind_2: 'holiday',
    });
    expect(rows).toHaveLength(3);
    const { entries, errors } = holidayEntriesOf(2026, rows);
    expect(errors).toEqual({});
    expect(entries.map((e) => e.date)).toEqual(['2026-01-01', '2026-09-02']);
  });

  it('refuses another year, a duplicate, a missing name, an unknown kind and a working day on a weekday', () => {
    const { errors } = holidayEntriesOf(2026, [
      { date: '01/01/2027', name: 'Tết', kind: 'holiday' },
      { date: '02/09/2026', name: 'Quốc khánh', kind: 'holiday' },
      { date: '2026-09-02', name: '', kind: 'day_off' },
      { date: '03/09/2026', name: 'Nghỉ', kind: 'nghi' },
      { date: '07/09/2026', name: 'Làm bù', kind: 'working_day' },
      { date: '05/09/2026', name: 'Làm bù', kind: 'working_day' },
    ]);
    expect(Object.keys(errors).sort()).toEqual(['date_0', 'date_2', 'kind_3', 'kind_4', 'name_2']);
    expect(errors.date_0).toContain('năm 2026');
    expect(errors.date_2).toContain('đã có');
    expect(errors.kind_4).toContain('thứ Bảy hoặc Chủ nhật');
  });

  it('caps the number of rows read', () => {
    expect(holidayRowsOf({ rows: '999' }, 5)).toHaveLength(5);
    expect(holidayRowsOf({ rows: 'x' })).toHaveLength(0);
  });
});

describe('rule preset versions', () => {
  const doc = {
    rule: 'notice',
    items: [
      {
        key: 'a',
        label: 'Niêm yết lịch',
        versions: [
          { effectiveFrom: '2014-07-01', days: 5, source: 'Luật 42' },
          { effectiveFrom: '2020-01-01', effectiveTo: '2030-01-01', days: 3, source: 'Luật mới' },
        ],
      },
    ],
    versions: [{ effectiveFrom: '2014-07-01', flag: false }],
  };

  it('lists every versions array with its label and path', () => {
    const lists = versionListsOf(doc);
    expect(lists.map((l) => [l.path, l.label, l.versions.length])).toEqual([
      ['items[0].versions', 'Niêm yết lịch', 2],
      ['versions', 'Bộ quy tắc', 1],
    ]);
    expect(versionTemplate(lists[0]!.versions)).toEqual({ days: 3, source: 'Luật mới' });
    expect(versionTemplate([])).toEqual({});
  });

  it('adds a version in date order to a copy of the document', () => {
    const r = addPresetVersion(doc, 'items[0].versions', '01/01/2027', '{"days": 7, "source": "Nghị định"}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const versions = (r.document.items as { versions: { effectiveFrom: string }[] }[])[0]!.versions;
    expect(versions.map((v) => v.effectiveFrom)).toEqual(['2014-07-01', '2020-01-01', '2027-01-01']);
    expect(versions[2]).toEqual({ effectiveFrom: '2027-01-01', days: 7, source: 'Nghị định' });
    expect(doc.items[0]!.versions).toHaveLength(2); // the original is untouched
  });

  it('refuses an unknown list, a bad or taken date and content that is not a JSON object', () => {
    const r = addPresetVersion(doc, 'items[9].versions', '31/02/2027', '[1]');
    expect(r).toEqual({ ok: false, errors: expect.objectContaining({}) });
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['content', 'effectiveFrom', 'list']);
    const taken = addPresetVersion(doc, 'items[0].versions', '01/01/2020', 'not json');
    expect(taken.ok).toBe(false);
    if (taken.ok) return;
    expect(taken.errors.effectiveFrom).toContain('01/01/2020');
    expect(taken.errors.content).toBeDefined();
  });
});

describe('source note of a year', () => {
  const empty = { document: '', issuer: '', date: '', covers: '', url: '' };
  it('is none when nothing is typed, and a source with an ISO date otherwise', () => {
    expect(holidaySourceOf(empty)).toEqual({ ok: true, source: null });
    expect(
      holidaySourceOf({ ...empty, document: 'Văn bản số 1/VPCP', issuer: 'Văn phòng Chính phủ', date: '20/11/2025' }),
    ).toEqual({
      ok: true,
      source: { document: 'Văn bản số 1/VPCP', issuer: 'Văn phòng Chính phủ', date: '2025-11-20', covers: '', url: '' },
    });
  });
  it('needs the document and the issuer, a real date and a web address', () => {
    const r = holidaySourceOf({ ...empty, date: '31/11/2025', url: 'javascript:alert(1)' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['sourceDate', 'sourceDocument', 'sourceIssuer', 'sourceUrl']);
  });
});

describe('list search', () => {
  it('matches every word, with or without diacritics, in any of the texts', () => {
    expect(matchesQuery('', 'x')).toBe(true);
    expect(matchesQuery('hong bang', 'Phường Hồng Bàng')).toBe(true);
    expect(matchesQuery('tran.binh', 'tran.binh', null)).toBe(true);
    expect(matchesQuery('binh tran', 'tran.binh', 'Trần Thị Bình')).toBe(true);
    expect(matchesQuery('hong an', 'Phường Hồng Bàng')).toBe(false);
  });
});
