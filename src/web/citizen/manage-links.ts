/**
 * The private manage link of a booking: code in the path, the secret token in the `token` query parameter (the
 * request logger replaces `token=` values, src/common/http/logging.ts). Pages under it send no Referer and are not
 * cached (privatePage).
 */
export function manageUrl(code: string, token: string, page?: 'da-dat' | 'huy' | 'lich.ics'): string {
  return `/quan-ly/${encodeURIComponent(code)}${page ? `/${page}` : ''}?token=${encodeURIComponent(token)}`;
}
