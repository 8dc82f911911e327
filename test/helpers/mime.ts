/**
 * A small MIME decoder for e-mails received in tests (no mail parser is installed): headers with folding, RFC 2047
 * encoded words, RFC 2231 parameters, multipart bodies, base64 and quoted-printable.
 */

export interface MimePart {
  headers: Map<string, string>;
  contentType: string;
  params: Record<string, string>;
  /** Decoded body bytes (leaf parts). */
  body: Buffer;
  parts: MimePart[];
}

export interface ParsedMail {
  headers: Map<string, string>;
  subject: string;
  from: string;
  to: string;
  /** The first text/plain part, decoded to a string. */
  text: string;
  html?: string;
  attachments: { filename: string; contentType: string; content: Buffer }[];
  root: MimePart;
}

function decodeQBytes(s: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '_') bytes.push(0x20);
    else if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c.charCodeAt(0));
  }
  return Buffer.from(bytes);
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`); whitespace between adjacent words is dropped. */
export function decodeWords(value: string): string {
  const re = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;
  // Adjacent encoded words are concatenated bytewise first (a multibyte character may be split across words).
  const joined = value.replace(/(\?=)\s+(=\?)/g, '$1$2');
  let out = '';
  let last = 0;
  let pending: Buffer[] = [];
  let pendingCharset = '';
  const flush = () => {
    if (pending.length) out += new TextDecoder(pendingCharset || 'utf-8').decode(Buffer.concat(pending));
    pending = [];
  };
  for (let m = re.exec(joined); m; m = re.exec(joined)) {
    if (m.index > last) {
      flush();
      out += joined.slice(last, m.index);
    }
    const [, charset, enc, data] = m;
    if (pending.length && charset.toLowerCase() !== pendingCharset) flush();
    pendingCharset = charset.toLowerCase();
    pending.push(enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : decodeQBytes(data));
    last = m.index + m[0].length;
  }
  flush();
  return out + joined.slice(last);
}

export function decodeQuotedPrintable(s: string): Buffer {
  const soft = s.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const c = soft[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c.charCodeAt(0) & 0xff);
  }
  return Buffer.from(bytes);
}

function splitHeaderBody(raw: string): [string, string] {
  const m = /\r?\n\r?\n/.exec(raw);
  if (!m) return [raw, ''];
  return [raw.slice(0, m.index), raw.slice(m.index + m[0].length)];
}

export function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i <= 0) continue;
    const name = line.slice(0, i).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(i + 1).trim());
  }
  return headers;
}

/** `type/sub; a=b; c*=utf-8''x; d*0=…` → value and parameters (RFC 2231 continuations and charsets joined). */
export function parseParams(value: string): { value: string; params: Record<string, string> } {
  const pieces = value.match(/(?:[^;"]|"(?:[^"\\]|\\.)*")+/g) ?? [];
  const head = (pieces.shift() ?? '').trim().toLowerCase();
  const raw: Record<string, string> = {};
  for (const p of pieces) {
    const i = p.indexOf('=');
    if (i < 0) continue;
    let v = p.slice(i + 1).trim();
    if (v.startsWith('"')) v = v.slice(1, -1).replace(/\\(.)/g, '$1');
    raw[p.slice(0, i).trim().toLowerCase()] = v;
  }
  const params: Record<string, string> = {};
  const continued = new Map<string, { n: number; v: string; enc: boolean }[]>();
  for (const [k, v] of Object.entries(raw)) {
    const m = /^([^*]+)(?:\*(\d+))?(\*)?$/.exec(k);
    if (!m) continue;
    const [, name, n, star] = m;
    if (n === undefined && !star) {
      params[name] = decodeWords(v);
      continue;
    }
    const list = continued.get(name) ?? [];
    list.push({ n: n === undefined ? 0 : Number(n), v, enc: Boolean(star) });
    continued.set(name, list);
  }
  for (const [name, list] of continued) {
    list.sort((a, b) => a.n - b.n);
    let charset = 'utf-8';
    const bytes: Buffer[] = [];
    list.forEach((seg, idx) => {
      let v = seg.v;
      if (seg.enc && idx === 0) {
        const m = /^([^']*)'[^']*'(.*)$/.exec(v);
        if (m) {
          charset = m[1] || 'utf-8';
          v = m[2];
        }
      }
      bytes.push(
        seg.enc
          ? Buffer.from(
              v.replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
              'latin1',
            )
          : Buffer.from(v, 'latin1'),
      );
    });
    params[name] = new TextDecoder(charset).decode(Buffer.concat(bytes));
  }
  return { value: head, params };
}

function decodeBody(body: string, encoding: string): Buffer {
  switch (encoding.toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64');
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    default:
      return Buffer.from(body, 'latin1');
  }
}

export function parsePart(raw: string): MimePart {
  const [headBlock, body] = splitHeaderBody(raw);
  const headers = parseHeaders(headBlock);
  const ct = parseParams(headers.get('content-type') ?? 'text/plain; charset=us-ascii');
  const part: MimePart = { headers, contentType: ct.value, params: ct.params, body: Buffer.alloc(0), parts: [] };
  if (ct.value.startsWith('multipart/') && ct.params.boundary) {
    const delim = `--${ct.params.boundary}`;
    let current: string[] | null = null;
    for (const line of body.split(/\r\n|\n/)) {
      const t = line.trimEnd();
      if (t === delim || t === `${delim}--`) {
        if (current) part.parts.push(parsePart(current.join('\r\n')));
        if (t !== delim) break;
        current = [];
        continue;
      }
      current?.push(line);
    }
  } else {
    part.body = decodeBody(body, headers.get('content-transfer-encoding') ?? '7bit');
  }
  return part;
}

function leaves(p: MimePart): MimePart[] {
  return p.parts.length ? p.parts.flatMap(leaves) : [p];
}

function asText(p: MimePart): string {
  return new TextDecoder(p.params.charset ?? 'utf-8').decode(p.body);
}

/** Parses a raw RFC 5322 message (as received by the SMTP server, in latin1 so bytes are preserved). */
export function parseMail(rawLatin1: string): ParsedMail {
  const root = parsePart(rawLatin1);
  const h = (n: string) => decodeWords(Buffer.from(root.headers.get(n) ?? '', 'latin1').toString('utf8'));
  const all = leaves(root);
  const isAttachment = (p: MimePart) =>
    /^attachment/i.test(p.headers.get('content-disposition') ?? '') ||
    (!p.contentType.startsWith('text/plain') && !p.contentType.startsWith('text/html'));
  const textPart = all.find((p) => p.contentType === 'text/plain' && !isAttachment(p));
  const htmlPart = all.find((p) => p.contentType === 'text/html' && !isAttachment(p));
  const attachments = all.filter(isAttachment).map((p) => {
    const disp = parseParams(p.headers.get('content-disposition') ?? 'attachment');
    return { filename: disp.params.filename ?? p.params.name ?? '', contentType: p.contentType, content: p.body };
  });
  return {
    headers: root.headers,
    subject: h('subject'),
    from: h('from'),
    to: h('to'),
    text: textPart ? asText(textPart) : '',
    html: htmlPart ? asText(htmlPart) : undefined,
    attachments,
    root,
  };
}
