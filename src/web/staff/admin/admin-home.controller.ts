import { Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { NotificationsService } from '../../../notifications/notifications.service.js';
import { privatePage, render } from '../../common/render.js';
import { CurrentStaff, StaffController, type StaffUser } from '../staff-controller.js';
import { StaffFrameService } from '../staff-frame.service.js';
import { AdminHomePage } from './admin-home.page.js';

/** `/can-bo/quan-tri`: the index of the administration (admin only). */
@StaffController('quan-tri', 'admin')
export class AdminHomeController {
  constructor(
    private readonly frames: StaffFrameService,
    private readonly notifications: NotificationsService,
  ) {}

  @Get()
  async index(@CurrentStaff() user: StaffUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    privatePage(res);
    const counts = await this.notifications.summary();
    render(
      res,
      h(AdminHomePage, {
        frame: await this.frames.of(user, req, res),
        waiting: counts.pending + counts.sending,
        failed: counts.failed,
      }),
    );
  }
}
