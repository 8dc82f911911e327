import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import type { PDU, Session } from 'smpp';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { type DeliveryReceipt, parseReceipt, smppDestination, smsPdus } from './domain/sms-text.js';

/** An SMPP failure: `permanent` when the SMSC refused the message itself (resending cannot help). Never names the number. */
export class SmppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly permanent = false,
  ) {
    super(message);
    this.name = 'SmppError';
  }
}

/** command_status values that refuse the message itself (SMPP 3.4 §5.1.3), not the link. */
const PERMANENT_STATUSES = new Set([
  0x01, 0x0a, 0x0b, 0x0c, 0x42, 0x43, 0x44, 0x45, 0x48, 0x49, 0x50, 0x51, 0x61, 0x62,
]);
const RESPONSE_TIMEOUT_MS = 30_000;
const CONNECT_TIMEOUT_MS = 10_000;
const MIN_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 60_000;
/** Unanswered submit_sm at a time on the session (the SMSC's window). */
const WINDOW = 20;
const ENQUIRE_LINK_MS = 30_000;

export interface SmppTarget {
  host: string;
  port: number;
  tls: boolean;
  systemId: string;
  password: string;
}

/** smpp://SYSTEM_ID:PASSWORD@HOST:PORT (or smpps:// for TLS; default ports 2775 and 3550). */
export function parseSmppUrl(url: string): SmppTarget {
  const u = new URL(url);
  const tls = u.protocol === 'smpps:';
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : tls ? 3550 : 2775,
    tls,
    systemId: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
  };
}

/**
 * The only place that talks SMPP: one transceiver session to SMS_SMPP_URL, bound on first use, re-bound after a drop
 * with exponential backoff (1 s → 60 s; while waiting, sends fail fast and the outbox retries them later). submit_sm
 * with the brand name as alphanumeric sender (TON 5), data_coding 0 (GSM-7) or 8 (UCS-2), concatenated parts with a
 * UDH, and registered_delivery = 1; deliver_sm receipts are answered and handed to `onReceipt`.
 */
@Injectable()
export class SmsSender implements OnApplicationShutdown {
  private readonly logger = new Logger('Smpp');
  private session: Session | null = null;
  private binding: Promise<Session> | null = null;
  private failures = 0;
  private retryAt = 0;
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  private closed = false;
  private receiptHandler: ((r: DeliveryReceipt) => void) | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get configured(): boolean {
    return Boolean(this.config.sms.smppUrl && this.config.sms.sender);
  }

  onReceipt(handler: (r: DeliveryReceipt) => void): void {
    this.receiptHandler = handler;
  }

  /** Submits one message (all its parts); returns the SMSC's message id of each part. */
  async send(messageId: string, e164: string, text: string): Promise<string[]> {
    const pdus = smsPdus(text, this.config.sms.encoding, randomInt(0, 256));
    const session = await this.bound();
    const ids: string[] = [];
    for (const p of pdus) {
      await this.slot();
      try {
        const resp = await this.request(session, 'submit_sm', {
          source_addr_ton: 5,
          source_addr_npi: 0,
          source_addr: this.config.sms.sender,
          dest_addr_ton: 1,
          dest_addr_npi: 1,
          destination_addr: smppDestination(e164),
          esm_class: p.esmClass,
          data_coding: p.dataCoding,
          registered_delivery: 1,
          short_message: p.shortMessage,
        });
        if (resp.command_status !== 0) {
          const status = resp.command_status;
          throw new SmppError(
            `SMPP_${status.toString(16).padStart(2, '0')}`,
            `submit_sm refused (command_status 0x${status.toString(16)})`,
            PERMANENT_STATUSES.has(status),
          );
        }
        ids.push(String(resp.message_id));
      } finally {
        this.release();
      }
    }
    if (ids.length !== pdus.length) throw new SmppError('SMPP_PARTS', `message ${messageId}: parts missing`);
    return ids;
  }

  private slot(): Promise<void> {
    if (this.inFlight < WINDOW) {
      this.inFlight++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => this.waiting.push(() => resolve())).then(() => {
      this.inFlight++;
    });
  }

  private release(): void {
    this.inFlight--;
    this.waiting.shift()?.();
  }

  private request(session: Session, command: 'submit_sm' | 'bind_transceiver', fields: Record<string, unknown>) {
    return new Promise<PDU>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new SmppError('SMPP_TIMEOUT', `no ${command}_resp within ${RESPONSE_TIMEOUT_MS} ms`)),
        RESPONSE_TIMEOUT_MS,
      );
      const onClose = () => {
        clearTimeout(timer);
        reject(new SmppError('SMPP_CLOSED', `connection closed before ${command}_resp`));
      };
      session.once('close', onClose);
      const ok = session[command](fields, (pdu: PDU) => {
        clearTimeout(timer);
        session.off('close', onClose);
        resolve(pdu);
      });
      if (!ok) {
        clearTimeout(timer);
        session.off('close', onClose);
        reject(new SmppError('SMPP_CLOSED', 'connection not writable'));
      }
    });
  }

  /** The bound session, binding it first (one bind at a time; none while backing off after a failure). */
  private bound(): Promise<Session> {
    if (this.session) return Promise.resolve(this.session);
    if (this.binding) return this.binding;
    if (this.closed) return Promise.reject(new SmppError('SMPP_CLOSED', 'shutting down'));
    if (!this.configured) return Promise.reject(new SmppError('SMPP_NOT_CONFIGURED', 'SMS_SMPP_URL is not set'));
    const wait = this.retryAt - Date.now();
    if (wait > 0) return Promise.reject(new SmppError('SMPP_BACKOFF', `reconnecting in ${wait} ms`));
    this.binding = this.bind().then(
      (s) => {
        this.session = s;
        this.failures = 0;
        this.binding = null;
        return s;
      },
      (err: unknown) => {
        this.failures++;
        const delay = Math.min(MIN_BACKOFF_MS * 2 ** (this.failures - 1), MAX_BACKOFF_MS);
        this.retryAt = Date.now() + delay;
        this.binding = null;
        this.logger.warn({ error: (err as Error).message, retryInMs: delay }, 'SMPP bind failed');
        throw err;
      },
    );
    return this.binding;
  }

  private async bind(): Promise<Session> {
    const t = parseSmppUrl(this.config.sms.smppUrl!);
    const { default: smpp } = await import('smpp'); // loaded on the first bind, not at start-up
    return new Promise<Session>((resolve, reject) => {
      const session = smpp.connect({
        host: t.host,
        port: t.port,
        tls: t.tls,
        auto_enquire_link_period: ENQUIRE_LINK_MS,
      });
      let settled = false;
      const timer = setTimeout(() => {
        if (settled) return;
        settled = true;
        session.destroy();
        reject(new SmppError('SMPP_CONNECT', `no connection within ${CONNECT_TIMEOUT_MS} ms`));
      }, CONNECT_TIMEOUT_MS);
      session.on('error', (err: Error & { code?: string }) => {
        if (!settled) {
          settled = true;
          clearTimeout(timer);
          reject(new SmppError('SMPP_CONNECT', `${err.code ?? 'ERROR'}: cannot connect to the SMSC`));
        } else this.logger.warn({ code: err.code }, 'SMPP connection error');
      });
      session.on('close', () => {
        if (this.session === session) {
          this.session = null;
          if (!this.closed) this.logger.warn('SMPP connection closed; it is bound again on the next message');
        }
      });
      session.on('enquire_link', (pdu: PDU) => session.send(pdu.response()));
      session.on('unbind', (pdu: PDU) => {
        session.send(pdu.response());
        session.close();
      });
      session.on('deliver_sm', (pdu: PDU) => {
        session.send(pdu.response());
        this.receipt(pdu);
      });
      session.on(t.tls ? 'secureConnect' : 'connect', () => {
        session.bind_transceiver({ system_id: t.systemId, password: t.password }, (pdu: PDU) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          if (pdu.command_status === 0) resolve(session);
          else {
            session.close();
            reject(
              new SmppError(
                'SMPP_BIND',
                `bind_transceiver refused (command_status 0x${pdu.command_status.toString(16)})`,
              ),
            );
          }
        });
      });
    });
  }

  /** A deliver_sm with the receipt flag (esm_class bit 2): the receipted message id and state, from TLVs or the text. */
  private receipt(pdu: PDU): void {
    const esm = Number(pdu.esm_class ?? 0);
    if ((esm & 0x04) === 0) return; // a mobile-originated message: tiepdan does not take replies by SMS
    const sm = pdu.short_message as { message?: unknown } | Buffer | string | undefined;
    const text = typeof sm === 'string' ? sm : Buffer.isBuffer(sm) ? sm.toString('latin1') : String(sm?.message ?? '');
    const parsed = parseReceipt(text);
    const tlvId = typeof pdu.receipted_message_id === 'string' ? pdu.receipted_message_id : null;
    const r = parsed ?? (tlvId ? { id: tlvId, stat: 'UNKNOWN', err: null, doneDate: null } : null);
    if (!r) {
      this.logger.warn('Unreadable SMPP delivery receipt');
      return;
    }
    if (tlvId) r.id = tlvId;
    this.receiptHandler?.(r);
  }

  onApplicationShutdown(): void {
    this.closed = true;
    const s = this.session;
    this.session = null;
    if (s) {
      try {
        s.unbind();
      } catch {
        /* closing anyway */
      }
      setTimeout(() => s.destroy(), 200).unref();
    }
  }
}
