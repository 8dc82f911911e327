import { AuditEntity } from '../../../audit/audit.decorator.js';
import { Body, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { NotificationsService } from '../../../notifications/notifications.service.js';
import type { FormErrors } from '../../common/form-errors.js';
import { privatePage, render, seeOther } from '../../common/render.js';
import { WebPost } from '../../common/web-post.js';
import { DEFAULT_PAGE_SIZE, paging } from '../../domain/paging.js';
import { CurrentStaff, StaffController, type StaffUser } from '../staff-controller.js';
import { StaffFrameService } from '../staff-frame.service.js';
import { attempt, auditAs, pathId } from './admin-input.js';
import { OUTBOX_PATH } from './admin-paths.js';
import { OutboxPage, type OutboxFilters } from './outbox.page.js';
import { CHANNEL_LABELS, OUTBOX_STATUS_LABELS } from './admin-labels.js';

type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';
type OutboxChannel = 'email' | 'sms';
const known = (labels: Record<string, string>, v: unknown): string =>
  typeof v === 'string' && Object.hasOwn(labels, v) ? v : '';

const filtersOf = (q: Record<string, unknown>): OutboxFilters => ({
  trang_thai: known(OUTBOX_STATUS_LABELS, q.trang_thai),
  kenh: known(CHANNEL_LABELS, q.kenh),
});

/**
 * `/can-bo/quan-tri/hop-thu-di`: the outbox (admin), through the same service as `/api/v1/notifications/outbox`
 * (the same masking, the same audit of recipients read in clear); a failed message can be queued again.
 */
@AuditEntity('outbox_message')
@StaffController('quan-tri/hop-thu-di', 'admin')
export class AdminOutboxController {
  constructor(
    private readonly frames: StaffFrameService,
    private readonly notifications: NotificationsService,
  ) {}

  @Get()
  async list(
    @CurrentStaff() user: StaffUser,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    await this.show(user, query, null, 200, req, res, query.da_gui_lai === '1');
  }

  @WebPost(':id/gui-lai')
  async retry(
    @CurrentStaff() user: StaffUser,
    @Param('id') rawId: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    auditAs('retry');
    const id = pathId(rawId, 'Thư');
    const back = typeof body.back === 'string' && body.back.startsWith(`${OUTBOX_PATH}?`) ? body.back : OUTBOX_PATH;
    const query = Object.fromEntries(new URL(back, 'http://x').searchParams);
    const result = await attempt(() => this.notifications.retry(user, id));
    if (result.ok) {
      const q = new URLSearchParams({ ...filtersOf(query), da_gui_lai: '1' });
      return seeOther(res, `${OUTBOX_PATH}?${q.toString()}`);
    }
    await this.show(user, query, result.errors, result.status, req, res, false);
  }

  private async show(
    user: StaffUser,
    query: Record<string, unknown>,
    errors: FormErrors | null,
    status: number,
    req: Request,
    res: Response,
    retried: boolean,
  ): Promise<void> {
    const filters = filtersOf(query);
    const q = {
      status: (filters.trang_thai || undefined) as OutboxStatus | undefined,
      channel: (filters.kenh || undefined) as OutboxChannel | undefined,
    };
    const asked = paging(query.trang, Number.MAX_SAFE_INTEGER);
    let page = await this.notifications.list(user, { ...q, limit: DEFAULT_PAGE_SIZE, offset: asked.offset });
    const p = paging(query.trang, page.total);
    if (p.offset !== asked.offset) {
      page = await this.notifications.list(user, { ...q, limit: DEFAULT_PAGE_SIZE, offset: p.offset });
    }
    const summary = await this.notifications.summary();
    const frame = await this.frames.of(user, req, res);
    render(res, h(OutboxPage, { frame, summary, items: page.items, filters, paging: p, errors, retried }), status);
  }
}
