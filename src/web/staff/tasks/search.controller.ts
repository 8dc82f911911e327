import { Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { hasAnyRole } from '../../../common/roles.js';
import { PetitionListsService } from '../../../petitions/petition-lists.service.js';
import { TasksService } from '../../../tasks/tasks.service.js';
import { privatePage, render } from '../../common/render.js';
import { paging } from '../../domain/paging.js';
import { CurrentStaff, StaffController, type StaffUser } from '../staff-controller.js';
import { StaffFrameService } from '../staff-frame.service.js';
import { pageAsked } from './domain/task-board.js';
import { SearchPage, type SearchRow } from './search.page.js';
import { denunciationPath, taskPath } from './task-paths.js';

const PAGE = 20;

/**
 * `/can-bo/tim-ho-so?q=` (the header's search box, any staff): PetitionListsService.search — by lookup code or citizen
 * name, in the user's units, a denunciation never found by a name. Each row leads to its task (or, for an inspector,
 * to the denunciation page).
 */
@StaffController('tim-ho-so')
export class PetitionSearchController {
  constructor(
    private readonly frames: StaffFrameService,
    private readonly petitions: PetitionListsService,
    private readonly tasks: TasksService,
  ) {}

  @Get()
  async search(
    @CurrentStaff() user: StaffUser,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const q = typeof query.q === 'string' ? query.q.normalize('NFC').trim().slice(0, 120) : '';
    const tooShort = q.length < 2;
    const asked = pageAsked(query.trang);
    let found = tooShort
      ? { items: [], total: 0 }
      : await this.petitions.search(user, q, { limit: PAGE, offset: (asked - 1) * PAGE });
    const p = paging(String(asked), found.total, PAGE);
    if (!tooShort && p.page !== asked && found.total > 0)
      found = await this.petitions.search(user, q, { limit: PAGE, offset: p.offset });
    const inspector = hasAnyRole(user.roles, ['inspector']);
    const rows: SearchRow[] = [];
    for (const x of found.items) {
      const tasks = await this.tasks.forPetition(user, x.id);
      const href =
        x.type === 'denunciation' && inspector ? denunciationPath(x.id) : tasks[0] ? taskPath(tasks[0].id) : null;
      rows.push({
        id: x.id,
        lookupCode: x.lookupCode,
        typeLabel: x.typeLabel,
        receivedOn: x.receivedOn,
        status: x.status,
        subject: x.subject,
        petitionerName: x.petitionerName,
        identityProtected: x.identityProtected,
        href,
      });
    }
    render(res, h(SearchPage, { frame: await this.frames.of(user, req, res), q, tooShort, rows, paging: p }));
  }
}
