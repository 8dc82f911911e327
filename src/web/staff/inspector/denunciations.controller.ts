import { Body, Get, Param, Query, Req, Res } from '@nestjs/common';
import { AuditEntity } from '../../../audit/audit.decorator.js';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { NotFoundError } from '../../../common/errors/domain-error.js';
import { UuidPipe } from '../../../common/validation/uuid.pipe.js';
import { canReadSealedIdentity } from '../../../petitions/domain/redaction.js';
import { viewerOf } from '../../../petitions/petition-view.js';
import { PetitionsService } from '../../../petitions/petitions.service.js';
import { formErrors } from '../../common/form-errors.js';
import { privatePage, render } from '../../common/render.js';
import { WebPost } from '../../common/web-post.js';
import { paging } from '../../domain/paging.js';
import { CurrentStaff, StaffController, type StaffUser } from '../staff-controller.js';
import { StaffFrameService } from '../staff-frame.service.js';
import { pageAsked, reasonOf } from '../tasks/domain/task-board.js';
import {
  type DenunciationDetail,
  DenunciationPage,
  DenunciationsPage,
  QUEUE_FILTERS,
  type QueueFilter,
} from './denunciations.page.js';

const PAGE = 20;

/**
 * `/can-bo/to-cao` (inspector): the denunciation queue, anonymous ones included (GET /petitions?type=denunciation), and
 * one denunciation with its identity sealed until the inspector of the petition's unit types a reason and asks to see
 * it: the same read as GET /petitions/:id, audited with the reason (PetitionsService.get).
 */
@AuditEntity('') // the services record their own rows
@StaffController('to-cao', 'inspector')
export class DenunciationsController {
  constructor(
    private readonly frames: StaffFrameService,
    private readonly petitions: PetitionsService,
  ) {}

  @Get()
  async queue(
    @CurrentStaff() user: StaffUser,
    @Query() q: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const raw = typeof q['hang-doi'] === 'string' ? q['hang-doi'] : 'all';
    const queue: QueueFilter = raw in QUEUE_FILTERS ? (raw as QueueFilter) : 'all';
    const asked = pageAsked(q.trang);
    const list = (offset: number) =>
      this.petitions.list(user, { type: 'denunciation', queue, limit: PAGE, offset } as Parameters<
        PetitionsService['list']
      >[1]);
    let found = await list((asked - 1) * PAGE);
    const p = paging(String(asked), found.total, PAGE);
    if (p.page !== asked && found.total > 0) found = await list(p.offset);
    render(
      res,
      h(DenunciationsPage, { frame: await this.frames.of(user, req, res), queue, rows: found.items, paging: p }),
    );
  }

  @Get(':id')
  async one(
    @CurrentStaff() user: StaffUser,
    @Param('id', UuidPipe) id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const d = await this.petitions.get(user, id, { keepSealed: true });
    await this.show(user, req, res, d, false);
  }

  @WebPost(':id/danh-tinh')
  async reveal(
    @CurrentStaff() user: StaffUser,
    @Param('id', UuidPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const reason = reasonOf(body.reason, 10, 250);
    if (!reason) {
      const d = await this.petitions.get(user, id, { keepSealed: true });
      const typed = typeof body.reason === 'string' ? body.reason.slice(0, 250) : '';
      const errors = formErrors({ 'ly-do': 'Nhập lý do cần xem danh tính (từ 10 đến 250 ký tự).' });
      return this.show(user, req, res, d, false, { reason: typed, errors }, 400);
    }
    const sealed = await this.petitions.get(user, id, { keepSealed: true });
    if (sealed.type !== 'denunciation') throw new NotFoundError('Đơn tố cáo');
    if (!canReadSealedIdentity(sealed, viewerOf(user))) {
      const errors = formErrors({ 'ly-do': 'Chỉ thanh tra của đơn vị nhận đơn được xem danh tính người tố cáo.' });
      return this.show(user, req, res, sealed, false, { reason, errors }, 403);
    }
    const d = await this.petitions.get(user, id, { reason });
    await this.show(user, req, res, d, true, { reason });
  }

  private async show(
    user: StaffUser,
    req: Request,
    res: Response,
    d: Awaited<ReturnType<PetitionsService['get']>>,
    revealed: boolean,
    extra: { reason?: string; errors?: ReturnType<typeof formErrors> } = {},
    status = 200,
  ): Promise<void> {
    if (d.type !== 'denunciation') throw new NotFoundError('Đơn tố cáo');
    const detail: DenunciationDetail = {
      id: d.id,
      receivedOn: d.receivedOn,
      subject: d.subject,
      content: d.content,
      status: d.status,
      anonymous: d.anonymous,
      queue: d.queue,
      typeLabel: d.typeLabel,
      processedAsDenunciation: d.processedAsDenunciation,
      deadlines: d.deadlines.map((x) => ({ label: x.label, dueOn: x.dueOn })),
      petitioner: revealed ? (d.petitioner ?? null) : null,
    };
    render(
      res,
      h(DenunciationPage, {
        frame: await this.frames.of(user, req, res),
        d: detail,
        mayReveal: canReadSealedIdentity(d, viewerOf(user)),
        revealed,
        ...extra,
      }),
      status,
    );
  }
}
