// Website pages (src/web): the unit calendar page and the booking form page, requests per second next to
// GET /api/health measured in the same run (target: each at least 0.5× health), and the bytes a browser transfers
// for the booking form page with its CSS and JS, gzip-compressed as served (target: at most 50 KB).
import { get } from 'node:http';

/** The raw (compressed) body length and encoding of a GET, as a browser asking for gzip/br receives it. */
function transferred(url) {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
      let n = 0;
      res.on('data', (c) => (n += c.length));
      res.on('end', () =>
        resolve({ url, status: res.statusCode, bytes: n, encoding: res.headers['content-encoding'] ?? 'identity' }),
      );
    }).on('error', reject);
  });
}

async function text(url) {
  const res = await fetch(url);
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status}`);
  return res.text();
}

export async function run({ baseUrl, log, measure }) {
  // Follow the links a citizen follows: the demo ward, its first bookable session, its first slot.
  const home = await text(`${baseUrl}/?q=hong+bang`);
  const unitPath = /href="(\/don-vi\/[0-9a-f-]+)"/.exec(home)?.[1];
  if (!unitPath) throw new Error('no unit link on the home page');
  const unit = await text(`${baseUrl}${unitPath}`);
  const sessionPath = /href="(\/dat-lich\/[0-9a-f-]+)"/.exec(unit)?.[1];
  if (!sessionPath) throw new Error('no bookable session on the unit page (demo activity off?)');
  const slots = await text(`${baseUrl}${sessionPath}`);
  const slot = /name="khung" value="([^"]+)"/.exec(slots)?.[1];
  if (!slot) throw new Error('no slot on the slot page');
  const formPath = `${sessionPath}/thong-tin?khung=${encodeURIComponent(slot)}`;
  const form = await text(`${baseUrl}${formPath}`);
  const assets = [...form.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  log({ unitPath, formPath, assets });

  const gzip = { 'accept-encoding': 'gzip' };
  const results = { pages: {} };
  // Pairs back to back (health, then the page) so both see the same machine load.
  for (const [name, path] of [
    ['unitCalendar', unitPath],
    ['bookingForm', formPath],
  ]) {
    const healthNow = await measure({ url: `${baseUrl}/api/health`, title: 'GET /api/health (pair)' });
    const page = await measure({ url: `${baseUrl}${path}`, title: `GET ${path}`, headers: gzip });
    results.pages[name] = {
      health: healthNow,
      page,
      ratioToHealth: Math.round((page.requestsPerSecond / healthNow.requestsPerSecond) * 100) / 100,
      target: '>= 0.5',
    };
    log(name, results.pages[name].ratioToHealth);
  }
  const parts = await Promise.all([formPath, ...assets].map((p) => transferred(`${baseUrl}${p}`)));
  results.bookingFormTransfer = {
    parts: parts.map((p) => ({ path: p.url.slice(baseUrl.length), bytes: p.bytes, encoding: p.encoding })),
    totalBytes: parts.reduce((n, p) => n + p.bytes, 0),
    totalKB: Math.round((parts.reduce((n, p) => n + p.bytes, 0) / 1024) * 10) / 10,
    target: '<= 50 KB',
  };
  return results;
}
