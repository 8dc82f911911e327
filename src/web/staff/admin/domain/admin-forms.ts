import { searchWords } from '../../../domain/unit-search.js';

/**
 * Pure helpers of the administration pages: reading posted form values, dates typed as dd/mm/yyyy, the rows of a
 * year's days off, and a rule preset's versions (listing them and adding one).
 */

/** A posted text value, NFC, trimmed, cut at `max` characters; anything else is ''. */
export function formText(v: unknown, max = 300): string {
  return typeof v === 'string' ? v.normalize('NFC').trim().slice(0, max) : '';
}

/** A posted multi-value field (checkboxes): one string or several, as a list of distinct non-empty strings. */
export function formList(v: unknown): string[] {
  const all = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return [...new Set(all.filter((x): x is string => typeof x === 'string' && x !== ''))];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuidText = (v: string): boolean => UUID.test(v);

const isRealDate = (y: number, m: number, d: number): boolean => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

/**
 * A date typed by a person: "16/02/2026" (also 16-02-2026, 16.2.2026) or the ISO form "2026-02-16". Returns the ISO
 * date, or null when it is not a real date.
 */
export function parseDateInput(raw: string): string | null {
  const s = raw.trim();
  let y: number, m: number, d: number;
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  if (!isRealDate(y, m, d)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "2026-02-16" → "16/02/2026" (the value put back into a date field). */
export function dateInputOf(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

export const HOLIDAY_KIND_LABELS = {
  holiday: 'Ngày lễ, Tết',
  day_off: 'Ngày nghỉ bù, hoán đổi',
  working_day: 'Ngày làm việc bù (thứ Bảy, Chủ nhật)',
} as const;
export type HolidayKind = keyof typeof HOLIDAY_KIND_LABELS;
const KINDS = Object.keys(HOLIDAY_KIND_LABELS);

/** One row of the days-off form as typed. */
export interface HolidayRow {
  date: string;
  name: string;
  kind: string;
}

/** The rows of the days-off form (`date_0`, `name_0`, `kind_0`, …, `rows` of them). */
export function holidayRowsOf(body: Record<string, unknown>, maxRows = 80): HolidayRow[] {
  const n = Math.min(maxRows, Math.max(0, Number.parseInt(formText(body.rows, 4), 10) || 0));
  const rows: HolidayRow[] = [];
  for (let i = 0; i < n; i++) {
    rows.push({
      date: formText(body[`date_${i}`], 20),
      name: formText(body[`name_${i}`], 200),
      kind: formText(body[`kind_${i}`], 20),
    });
  }
  return rows;
}

/**
 * The entries of a year from the rows typed (a row with neither date nor name is ignored: that is how a day is
 * removed), checked like the API does: a real date in that year, once only, a name of 1–120 characters, a known kind,
 * a working day only on a Saturday or Sunday. Errors are by field id (`date_3`), in Vietnamese.
 */
export function holidayEntriesOf(
  year: number,
  rows: readonly HolidayRow[],
): { entries: { date: string; name: string; kind: HolidayKind }[]; errors: Record<string, string> } {
  const entries: { date: string; name: string; kind: HolidayKind }[] = [];
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (r.date === '' && r.name === '') return;
    const line = `Dòng ${i + 1}`;
    const iso = parseDateInput(r.date);
    if (!iso) errors[`date_${i}`] = `${line}: nhập ngày dạng ngày/tháng/năm, ví dụ 16/02/${year}.`;
    else if (Number(iso.slice(0, 4)) !== year) errors[`date_${i}`] = `${line}: ngày phải thuộc năm ${year}.`;
    else if (seen.has(iso)) errors[`date_${i}`] = `${line}: ngày ${dateInputOf(iso)} đã có ở dòng khác.`;
    if (iso) seen.add(iso);
    if (r.name === '') errors[`name_${i}`] = `${line}: nhập tên ngày nghỉ.`;
    else if (r.name.length > 120) errors[`name_${i}`] = `${line}: tên ngày nghỉ dài quá 120 ký tự.`;
    if (!KINDS.includes(r.kind)) errors[`kind_${i}`] = `${line}: chọn loại ngày.`;
    else if (r.kind === 'working_day' && iso) {
      const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
      if (day !== 0 && day !== 6)
        errors[`kind_${i}`] = `${line}: ngày làm việc bù chỉ có thể là thứ Bảy hoặc Chủ nhật.`;
    }
    if (iso) entries.push({ date: iso, name: r.name, kind: r.kind as HolidayKind });
  });
  entries.sort((a, b) => a.date.localeCompare(b.date));
  return { entries, errors };
}

/** A list of dated versions inside a rule preset document: where it is, what it is about, its versions. */
export interface VersionList {
  /** JSON path of the array, e.g. `items[2].versions` (or `versions` at the top). */
  path: string;
  label: string;
  versions: Record<string, unknown>[];
}

const LABEL_KEYS = ['label', 'holder', 'name', 'key', 'kind', 'type'] as const;

function labelOf(obj: Record<string, unknown>, path: string): string {
  for (const k of LABEL_KEYS) if (typeof obj[k] === 'string' && obj[k] !== '') return obj[k];
  if (typeof obj.level === 'string' && typeof obj.body === 'string') return `${obj.level} / ${obj.body}`;
  return path === '' ? 'Bộ quy tắc' : path;
}

/** Every `versions` array of a preset document, in document order, with a readable label. */
export function versionListsOf(doc: unknown): VersionList[] {
  const out: VersionList[] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) return node.forEach((child, i) => walk(child, `${path}[${i}]`));
    if (!node || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    for (const [k, v] of Object.entries(obj)) {
      const here = path === '' ? k : `${path}.${k}`;
      if (k === 'versions' && Array.isArray(v)) {
        out.push({ path: here, label: labelOf(obj, path), versions: v as Record<string, unknown>[] });
      } else walk(v, here);
    }
  };
  walk(doc, '');
  return out;
}

/** The newest version of a list (by effectiveFrom), without its dates: the starting point of the next version. */
export function versionTemplate(versions: readonly Record<string, unknown>[]): Record<string, unknown> {
  const newest = [...versions].sort((a, b) =>
    String(b.effectiveFrom ?? '').localeCompare(String(a.effectiveFrom ?? '')),
  )[0];
  if (!newest) return {};
  const { effectiveFrom: _from, effectiveTo: _to, ...rest } = newest;
  return rest;
}

export type AddVersionResult =
  { ok: true; document: Record<string, unknown> } | { ok: false; errors: Record<string, string> };

/**
 * A copy of `doc` with one more version in the list at `path`: the content (JSON object typed by the admin) with
 * `effectiveFrom` set, kept in date order. Refused (field ids `list`, `effectiveFrom`, `content`): an unknown list, a
 * date that is not real, a date that list already has, content that is not a JSON object. Whether the new document
 * is valid for the preset (and leaves past versions alone) is the service's check.
 */
export function addPresetVersion(
  doc: Record<string, unknown>,
  path: string,
  effectiveFromRaw: string,
  contentRaw: string,
): AddVersionResult {
  const errors: Record<string, string> = {};
  const copy = structuredClone(doc);
  const list = versionListsOf(copy).find((l) => l.path === path);
  if (!list) errors.list = 'Chọn danh mục cần thêm phiên bản.';
  const effectiveFrom = parseDateInput(effectiveFromRaw);
  if (!effectiveFrom) errors.effectiveFrom = 'Nhập ngày hiệu lực dạng ngày/tháng/năm, ví dụ 01/01/2027.';
  else if (list?.versions.some((v) => v.effectiveFrom === effectiveFrom)) {
    errors.effectiveFrom = `Danh mục này đã có phiên bản hiệu lực từ ${dateInputOf(effectiveFrom)}.`;
  }
  let content: unknown;
  try {
    content = JSON.parse(contentRaw);
  } catch {
    content = undefined;
  }
  if (!content || typeof content !== 'object' || Array.isArray(content)) {
    errors.content = 'Nội dung phiên bản phải là một đối tượng JSON, ví dụ { "days": 5, "source": "…" }.';
  }
  if (Object.keys(errors).length > 0 || !list || !effectiveFrom) return { ok: false, errors };
  const { effectiveFrom: _ignored, ...rest } = content as Record<string, unknown>;
  list.versions.push({ effectiveFrom, ...rest });
  list.versions.sort((a, b) => String(a.effectiveFrom).localeCompare(String(b.effectiveFrom)));
  return { ok: true, document: copy };
}

/** The source note of a year's days off as typed (one document; the API's HolidaySource shape). */
export interface HolidaySourceValues {
  document: string;
  issuer: string;
  date: string;
  covers: string;
  url: string;
}

/**
 * The source note typed on the days-off form: all empty → none; otherwise the document and the issuer are needed, the
 * date (if any) must exist, the address (if any) must be http(s). Errors by field id (`sourceDocument`, …).
 */
export function holidaySourceOf(
  v: HolidaySourceValues,
):
  | { ok: true; source: { document: string; issuer: string; date: string | null; covers: string; url: string } | null }
  | { ok: false; errors: Record<string, string> } {
  if (!v.document && !v.issuer && !v.date && !v.covers && !v.url) return { ok: true, source: null };
  const errors: Record<string, string> = {};
  if (!v.document) errors.sourceDocument = 'Nhập số và tên văn bản, ví dụ Văn bản số 9859/VPCP-KGVX.';
  if (!v.issuer) errors.sourceIssuer = 'Nhập cơ quan ban hành văn bản.';
  const date = v.date ? parseDateInput(v.date) : null;
  if (v.date && !date) errors.sourceDate = 'Nhập ngày dạng ngày/tháng/năm, ví dụ 20/11/2025.';
  if (v.url && !/^https?:\/\/[^\s]+$/i.test(v.url))
    errors.sourceUrl = 'Địa chỉ phải bắt đầu bằng http:// hoặc https://.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, source: { document: v.document, issuer: v.issuer, date, covers: v.covers, url: v.url } };
}

/**
 * Whether any of `texts` holds every word of the query, with or without diacritics ("hong bang" finds "Phường Hồng
 * Bàng"); an empty query matches everything.
 */
export function matchesQuery(query: string, ...texts: (string | null | undefined)[]): boolean {
  const words = searchWords(query);
  if (words.length === 0) return true;
  const have = texts.flatMap((t) => (t ? searchWords(t) : []));
  return words.every((w) => have.some((h) => h.startsWith(w)));
}
