/** Pagination of a workspace list: the page asked for (1-based, from the query), clamped to the pages that exist. */
export interface Paging {
  page: number;
  pages: number;
  size: number;
  offset: number;
  total: number;
}

export const DEFAULT_PAGE_SIZE = 20;

export function paging(raw: unknown, total: number, size = DEFAULT_PAGE_SIZE): Paging {
  const pages = Math.max(1, Math.ceil(Math.max(0, total) / size));
  const asked = typeof raw === 'string' && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  const page = Math.min(Math.max(1, asked), pages);
  return { page, pages, size, offset: (page - 1) * size, total: Math.max(0, total) };
}

/** The href of another page of the same list: the current query with `trang` replaced. */
export function pageHref(path: string, query: Record<string, unknown>, page: number): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (k === 'trang') continue;
    if (typeof v === 'string' && v !== '') q.set(k, v);
  }
  if (page > 1) q.set('trang', String(page));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** Slices an in-memory list for one page (for lists the services return whole). */
export function pageOf<T>(items: readonly T[], p: Paging): T[] {
  return items.slice(p.offset, p.offset + p.size);
}
