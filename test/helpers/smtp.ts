import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { parseMail, type ParsedMail } from './mime.js';

export { decodeWords, parseMail, type ParsedMail } from './mime.js';

/** One message as the SMTP server received it. */
export interface ReceivedMail extends ParsedMail {
  /** Envelope sender and recipients (MAIL FROM / RCPT TO). */
  envelopeFrom: string;
  envelopeTo: string[];
  /** The raw message, bytes preserved (latin1). */
  raw: string;
  receivedAt: Date;
}

export interface SmtpReply {
  code: number;
  message: string;
}

export interface TestSmtp {
  port: number;
  /** `smtp://127.0.0.1:<port>` for SMTP_URL. */
  url: string;
  /** Every accepted message, in arrival order. */
  messages: ReceivedMail[];
  /** Messages sent to one recipient. */
  to(address: string): ReceivedMail[];
  /** Waits until at least `n` messages have arrived (or `predicate` holds); throws after `timeoutMs`. */
  waitFor(n: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  waitUntil(predicate: (messages: ReceivedMail[]) => boolean, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Number of DATA commands refused so far (by `reject`). */
  rejected(): number;
  close(): Promise<void>;
}

export interface SmtpOptions {
  /** Decides per message whether to refuse it: return a reply (4xx temporary, 5xx permanent) or undefined to accept. */
  reject?: (mail: ParsedMail & { envelopeTo: string[]; attempt: number }) => SmtpReply | undefined;
  /** Milliseconds to wait before answering each DATA (to simulate a slow server). */
  delayMs?: number;
}

/**
 * A real SMTP server on 127.0.0.1 with a random port, for end-to-end e-mail tests. No TLS, no authentication.
 * Usage: `const smtp = await startSmtp(); startServer({ env: { SMTP_URL: smtp.url, JOBS_ENABLED: 'true' } })`.
 */
export async function startSmtp(opts: SmtpOptions = {}): Promise<TestSmtp> {
  const messages: ReceivedMail[] = [];
  const attempts = new Map<string, number>();
  let rejected = 0;
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 20 * 1024 * 1024,
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null) => void) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('latin1');
        const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
        const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        let parsed: ParsedMail;
        try {
          parsed = parseMail(raw);
        } catch (e) {
          callback(e as Error);
          return;
        }
        const key = parsed.headers.get('message-id') ?? raw;
        const attempt = (attempts.get(key) ?? 0) + 1;
        attempts.set(key, attempt);
        const finish = () => {
          const reply = opts.reject?.({ ...parsed, envelopeTo, attempt });
          if (reply) {
            rejected++;
            const err = Object.assign(new Error(reply.message), { responseCode: reply.code });
            callback(err);
            return;
          }
          messages.push({ ...parsed, envelopeFrom, envelopeTo, raw, receivedAt: new Date() });
          for (const w of [...waiters]) w();
          callback();
        };
        if (opts.delayMs) setTimeout(finish, opts.delayMs);
        else finish();
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const addr = server.server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : 0);
    });
  });
  const waitUntil = (predicate: (m: ReceivedMail[]) => boolean, timeoutMs = 20_000) =>
    new Promise<ReceivedMail[]>((resolve, reject) => {
      if (predicate(messages)) return resolve(messages);
      const check = () => {
        if (!predicate(messages)) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(messages);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`SMTP wait timed out after ${timeoutMs} ms with ${messages.length} message(s)`));
      }, timeoutMs);
      waiters.add(check);
    });
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to: (address) => messages.filter((m) => m.envelopeTo.some((a) => a.toLowerCase() === address.toLowerCase())),
    waitFor: (n, timeoutMs) => waitUntil((m) => m.length >= n, timeoutMs),
    waitUntil,
    rejected: () => rejected,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
