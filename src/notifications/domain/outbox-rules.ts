/**
 * Pure rules of the e-mail outbox: message validation, retry backoff, failure classification, error redaction and
 * which rows a worker may claim. No Nest, no TypeORM.
 */

export interface OutboxLimits {
  kind: number;
  to: number;
  subject: number;
  text: number;
  html: number;
  attachments: number;
  attachmentBytes: number;
  dedupeKey: number;
  refType: number;
  refId: number;
}

export const OUTBOX_LIMITS: OutboxLimits = {
  kind: 64,
  to: 320,
  subject: 500,
  text: 200_000,
  html: 500_000,
  attachments: 5,
  attachmentBytes: 1_000_000,
  dedupeKey: 200,
  refType: 32,
  refId: 64,
};

/** An e-mail to send through the outbox. Texts are Vietnamese. */
export interface MessageShape {
  /** e.g. 'booking.confirmed', 'task.reminder' */
  kind: string;
  /** e-mail address */
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** e.g. an .ics file as text */
  attachments?: { filename: string; content: string; contentType: string }[];
  refType?: string;
  refId?: string;
  /** Unique: a second enqueue with the same key is ignored (e.g. `task-reminder:<id>:<date>`). */
  dedupeKey?: string;
  /** Do not send before this instant. */
  notBefore?: Date;
  /**
   * The message is about a denunciation (Law on Denunciation 2018, Art. 47: the denouncer's identity is secret): the
   * admin outbox view never shows its recipient nor its content.
   */
  identitySealed?: boolean;
}

const EMAIL = /^[^\s@<>()",;:\\[\]]+@[^\s@<>()",;:\\[\]]+\.[^\s@<>()",;:\\[\]]+$/;
const HEADER_UNSAFE = /[\r\n]/;

/** Problems with a message a caller wants to enqueue (programming errors: messages are built by the application). */
export function messageProblems(m: MessageShape, limits: OutboxLimits = OUTBOX_LIMITS): string[] {
  const p: string[] = [];
  const str = (v: unknown): v is string => typeof v === 'string';
  if (!str(m.kind) || !/^[a-z][a-z0-9_.-]*$/.test(m.kind) || m.kind.length > limits.kind) p.push('kind');
  if (!str(m.to) || m.to.length > limits.to || !EMAIL.test(m.to)) p.push('to');
  if (!str(m.subject) || m.subject.trim() === '' || m.subject.length > limits.subject || HEADER_UNSAFE.test(m.subject))
    p.push('subject');
  if (!str(m.text) || m.text.length > limits.text) p.push('text');
  if (m.html !== undefined && (!str(m.html) || m.html.length > limits.html)) p.push('html');
  if (m.attachments !== undefined) {
    if (!Array.isArray(m.attachments) || m.attachments.length > limits.attachments) p.push('attachments');
    else {
      m.attachments.forEach((a, i) => {
        if (
          !a ||
          !str(a.filename) ||
          a.filename.trim() === '' ||
          a.filename.length > 200 ||
          /[\r\n/\\]/.test(a.filename)
        )
          p.push(`attachments[${i}].filename`);
        if (
          !a ||
          !str(a.contentType) ||
          !/^[\w.+-]+\/[\w.+-]+(;.*)?$/.test(a.contentType) ||
          HEADER_UNSAFE.test(a.contentType)
        )
          p.push(`attachments[${i}].contentType`);
        if (!a || !str(a.content) || Buffer.byteLength(a.content, 'utf8') > limits.attachmentBytes)
          p.push(`attachments[${i}].content`);
      });
    }
  }
  if (m.refType !== undefined && (!str(m.refType) || m.refType.length > limits.refType)) p.push('refType');
  if (m.refId !== undefined && (!str(m.refId) || m.refId.length > limits.refId)) p.push('refId');
  if (m.dedupeKey !== undefined && (!str(m.dedupeKey) || m.dedupeKey === '' || m.dedupeKey.length > limits.dedupeKey))
    p.push('dedupeKey');
  if (m.notBefore !== undefined && (!(m.notBefore instanceof Date) || Number.isNaN(m.notBefore.getTime())))
    p.push('notBefore');
  return p;
}

export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 6, baseMs: 30_000, maxMs: 3_600_000 };

/** Delay before the next try after `attempts` failed attempts (1 → base, doubling, capped). */
export function backoffMs(attempts: number, policy: RetryPolicy = DEFAULT_RETRY): number {
  if (attempts < 1) return 0;
  const exp = Math.min(attempts - 1, 30);
  return Math.min(policy.baseMs * 2 ** exp, policy.maxMs);
}

export interface SendErrorLike {
  code?: unknown;
  responseCode?: unknown;
  response?: unknown;
  message?: unknown;
  /** Set by the SMPP client when the SMSC refused the message itself. */
  permanent?: unknown;
}

/** 5xx SMTP replies are permanent (the server will never accept this message); everything else may pass later. */
export function isPermanentFailure(err: unknown): boolean {
  const e = (err ?? {}) as SendErrorLike;
  if (e.permanent === true) return true;
  const rc = typeof e.responseCode === 'number' ? e.responseCode : NaN;
  if (rc >= 500 && rc < 600) return true;
  return e.code === 'EENVELOPE' && !(rc >= 400 && rc < 500);
}

/** What the outbox does after a failed attempt. */
export function afterFailure(
  attemptsSoFar: number,
  err: unknown,
  now: Date,
  policy: RetryPolicy = DEFAULT_RETRY,
): { status: 'pending' | 'failed'; notBefore: Date | null } {
  if (isPermanentFailure(err) || attemptsSoFar >= policy.maxAttempts) return { status: 'failed', notBefore: null };
  return { status: 'pending', notBefore: new Date(now.getTime() + backoffMs(attemptsSoFar, policy)) };
}

const EMAIL_ANYWHERE = /[^\s<>()",;:[\]]+@[^\s<>()",;:[\]]+/g;

/** An error description safe to store and show: code, SMTP reply code, message without addresses, truncated. */
export function safeError(err: unknown, max = 300): string {
  const e = (err ?? {}) as SendErrorLike;
  const code = typeof e.code === 'string' ? e.code : 'ERROR';
  const rc = typeof e.responseCode === 'number' ? ` ${e.responseCode}` : '';
  const raw = typeof e.message === 'string' ? e.message : String(err);
  const msg = raw
    .replace(EMAIL_ANYWHERE, '<redacted>')
    .replace(/\+?\d{9,}/g, '<redacted>')
    .replace(/\s+/g, ' ')
    .trim();
  const out = `${code}${rc}: ${msg}`;
  return out.length > max ? out.slice(0, max - 1) + '…' : out;
}

export const STALE_CLAIM_MS = 5 * 60_000;

export interface ClaimableRow {
  status: string;
  notBefore: Date | null;
  claimedAt: Date | null;
}

/** A pending row is due when its not-before instant has passed. */
export function isDue(row: ClaimableRow, now: Date): boolean {
  return row.status === 'pending' && (row.notBefore === null || row.notBefore.getTime() <= now.getTime());
}

/** A 'sending' row whose claim is older than the stale limit belongs to a crashed worker and is put back. */
export function isStaleClaim(row: ClaimableRow, now: Date, staleMs = STALE_CLAIM_MS): boolean {
  return row.status === 'sending' && (row.claimedAt === null || now.getTime() - row.claimedAt.getTime() > staleMs);
}
