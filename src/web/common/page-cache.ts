import { createHash, randomBytes } from 'node:crypto';
import { crc32, deflateRawSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

/** How long a rendered public page is reused at most (a safety net: the events of what it shows forget it at once). */
export const PAGE_TTL_MS = 2_000;

/** How many rendered pages are kept at most (the oldest is dropped first); a page is ~10–20 KB with its gzip. */
export const PAGE_CACHE_MAX = 500;

/** A jump of the application clock (test hooks) larger than this makes every kept page stale. */
const CLOCK_JUMP_MS = 500;

/**
 * The text standing for the one per-visitor value of a page (its CSRF token) when the page is rendered once for
 * everybody: random per process, so no text of the database can ever contain it.
 */
export const PAGE_HOLE = `hole${randomBytes(12).toString('hex')}`;

/** A hole's value is inserted as it is, so only base64url text is accepted (no escaping needed in HTML). */
const FILL = /^[A-Za-z0-9_-]*$/;

/** gzip member header: deflate, no flags, no mtime, no extra flags, OS unknown (RFC 1952). */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/**
 * A page rendered once, ready to send to anybody: its UTF-8 bytes and their gzip, computed once. A page with a hole
 * (see PAGE_HOLE) keeps the two sides of the hole compressed apart, so filling the hole costs no compression: the gzip
 * sent is the compressed head (ended by a sync flush, byte-aligned), the value as one stored deflate block, the
 * compressed tail (a deflate stream of its own, ending the member), then the CRC-32 and length of the whole text.
 */
export class PreparedPage {
  private constructor(
    private readonly head: Buffer,
    private readonly tail: Buffer | null,
    private readonly gzHead: Buffer,
    private readonly gzTail: Buffer | null,
    private readonly headCrc: number,
    /** Weak validator of a page without a hole (a page with a hole differs per visitor). */
    readonly etag: string | null,
  ) {}

  /** `html` with at most one `hole` (exactly one when `hole` is given). */
  static of(html: string, hole?: string): PreparedPage {
    if (hole === undefined) {
      const bytes = Buffer.from(html, 'utf8');
      const hash = createHash('sha1').update(bytes).digest('base64').slice(0, 27);
      return new PreparedPage(bytes, null, gzipSync(bytes), null, 0, `W/"${bytes.length.toString(16)}-${hash}"`);
    }
    const at = html.indexOf(hole);
    if (at < 0 || html.indexOf(hole, at + hole.length) >= 0) throw new Error('PreparedPage: the hole must occur once');
    const head = Buffer.from(html.slice(0, at), 'utf8');
    const tail = Buffer.from(html.slice(at + hole.length), 'utf8');
    return new PreparedPage(
      head,
      tail,
      Buffer.concat([GZIP_HEADER, deflateRawSync(head, { finishFlush: zlibConstants.Z_SYNC_FLUSH })]),
      deflateRawSync(tail),
      crc32(head),
      null,
    );
  }

  get hasHole(): boolean {
    return this.tail !== null;
  }

  /** Bytes kept (for the size of the cache). */
  get size(): number {
    return this.head.length + (this.tail?.length ?? 0) + this.gzHead.length + (this.gzTail?.length ?? 0);
  }

  private value(fill: string | undefined): Buffer {
    if (this.tail === null) {
      if (fill !== undefined) throw new Error('PreparedPage: no hole to fill');
      return Buffer.alloc(0);
    }
    if (fill === undefined || !FILL.test(fill) || fill.length > 0xffff)
      throw new Error('PreparedPage: the hole needs a base64url value');
    return Buffer.from(fill, 'latin1');
  }

  /** The page's UTF-8 bytes (the hole filled with `fill`). */
  html(fill?: string): Buffer {
    const value = this.value(fill);
    return this.tail === null ? this.head : Buffer.concat([this.head, value, this.tail]);
  }

  /** The page gzip-compressed (the hole filled with `fill`), without compressing anything now. */
  gzip(fill?: string): Buffer {
    const value = this.value(fill);
    if (this.tail === null) return this.gzHead;
    // A stored block (BFINAL 0, BTYPE 00) right after the byte-aligned sync flush: header byte, LEN, NLEN, the bytes.
    const stored = Buffer.alloc(5);
    stored.writeUInt16LE(value.length, 1);
    stored.writeUInt16LE(~value.length & 0xffff, 3);
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc32(this.tail, crc32(value, this.headCrc)) >>> 0, 0);
    trailer.writeUInt32LE((this.head.length + value.length + this.tail.length) >>> 0, 4);
    return Buffer.concat([this.gzHead, stored, value, this.gzTail!, trailer]);
  }
}

interface Entry {
  at: number;
  clockAt: number;
  page: Promise<PreparedPage | null>;
}

/**
 * Rendered public pages by key (path and the query values the page uses), kept at most `ttlMs` and `max` pages.
 * Concurrent misses of a key share one render; a render that fails or gives null (a page not to keep) is not kept;
 * `clear()` forgets everything at once, renders under way included (their callers still get them, later ones render
 * again). `clock` is the application's clock: when it jumps (test hooks), kept pages are stale.
 */
export class PageCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = PAGE_TTL_MS,
    private readonly max = PAGE_CACHE_MAX,
    private readonly now: () => number = Date.now,
    private readonly clock: () => number = now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, render: () => Promise<PreparedPage | null>): Promise<PreparedPage | null> {
    const now = this.now();
    const clockNow = this.clock();
    const hit = this.entries.get(key);
    if (hit) {
      const age = now - hit.at;
      if (age >= 0 && age < this.ttlMs && Math.abs(clockNow - hit.clockAt - age) < CLOCK_JUMP_MS) return hit.page;
      this.entries.delete(key);
    }
    const page = render();
    while (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { at: now, clockAt: clockNow, page });
    const drop = () => {
      if (this.entries.get(key)?.page === page) this.entries.delete(key);
    };
    page.then((p) => (p ? undefined : drop()), drop);
    return page;
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * Sends a prepared page like `render` does (text/html, `no-cache` unless set): gzip bytes to a browser that accepts
 * gzip (compressed once, so the compression middleware leaves them alone), the plain bytes otherwise; 304 when the
 * browser holds the same page (pages without a hole).
 */
export function sendPage(req: Request, res: Response, page: PreparedPage, fill?: string): void {
  res.status(200);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  if (!res.getHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-cache');
  res.vary('Accept-Encoding');
  if (page.etag) {
    res.setHeader('ETag', page.etag);
    if (req.fresh) {
      res.status(304).end();
      return;
    }
  }
  const gzip = req.acceptsEncodings('gzip', 'identity') === 'gzip';
  const body = gzip ? page.gzip(fill) : page.html(fill);
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', body.length);
  res.end(body);
}
