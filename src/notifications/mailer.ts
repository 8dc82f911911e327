import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { OutboxMessageEntity } from './outbox-message.entity.js';

/** The only place that talks SMTP: nodemailer to SMTP_URL, from MAIL_FROM. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private transport: Transporter | null = null;
  private readonly domain: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.domain = /@([^>\s]+)>?\s*$/.exec(config.mailFrom)?.[1] ?? 'tiepdan.local';
  }

  get configured(): boolean {
    return Boolean(this.config.smtpUrl);
  }

  /** The pooled transport, created on the first send; nodemailer itself is loaded then, not at start-up. */
  private async transporter(): Promise<Transporter> {
    const { default: nodemailer } = await import('nodemailer');
    if (!this.transport) {
      if (!this.config.smtpUrl) throw new Error('SMTP_URL is not set');
      // Time-outs well under the 5-minute stale-claim limit, so a hung send is never re-sent by another worker.
      this.transport = nodemailer.createTransport({
        url: this.config.smtpUrl,
        pool: true,
        maxConnections: 3,
        connectionTimeout: 20_000,
        greetingTimeout: 20_000,
        socketTimeout: 60_000,
      } as never);
    }
    return this.transport;
  }

  /** Sends one outbox message. The Message-ID is derived from the outbox id, so a receiver can recognise a repeat. */
  async send(m: OutboxMessageEntity): Promise<void> {
    const transport = await this.transporter();
    await transport.sendMail({
      from: this.config.mailFrom,
      to: m.toAddress,
      subject: m.subject,
      text: m.text,
      html: m.html ?? undefined,
      messageId: `<${m.id}@${this.domain}>`,
      headers: { 'X-Tiepdan-Kind': m.kind },
      attachments: (m.attachments ?? []).map((a) => ({
        filename: a.filename,
        content: a.content,
        contentType: a.contentType,
      })),
    });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
    this.transport = null;
  }
}
