import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Metrics } from '../common/metrics/metrics.js';
import { OUTBOX_CHANNELS, OUTBOX_STATUSES } from './outbox-message.entity.js';
import { OutboxRepository } from './outbox.repository.js';

/**
 * `tiepdan_outbox_messages{channel, state}`, counted in the database on every scrape (so every instance reports the
 * same, shared figure): e-mail and SMS apart, every state reported (0 when none).
 */
@Injectable()
export class OutboxMetrics implements OnModuleInit {
  constructor(
    @Inject(Metrics) private readonly metrics: Metrics,
    @Inject(OutboxRepository) private readonly repo: OutboxRepository,
  ) {}

  onModuleInit(): void {
    const depth = this.metrics.gauge('tiepdan_outbox_messages', 'Outbox messages, by channel and state', [
      'channel',
      'state',
    ]);
    this.metrics.onScrape(async () => {
      const counts = new Map((await this.repo.countByStatus()).map((r) => [`${r.channel}|${r.status}`, r.count]));
      for (const channel of OUTBOX_CHANNELS)
        for (const state of OUTBOX_STATUSES) depth.set({ channel, state }, counts.get(`${channel}|${state}`) ?? 0);
    });
  }
}
