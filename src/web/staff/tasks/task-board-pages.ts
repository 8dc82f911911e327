import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { AuthUser } from '../../../auth/auth.decorators.js';
import { PETITION_TASKS_CHANGED } from '../../../petitions/petition-events.js';
import { PageCache, type PreparedPage } from '../../common/page-cache.js';

/** How long a rendered board page is kept: a change made elsewhere (API, another instance) shows within this. */
export const BOARD_PAGE_TTL_MS = 5_000;

/**
 * The rendered task board pages per person and URL (the frame names the person; its CSRF token is the page's hole,
 * filled per request). Forgotten at once when any task changes on this instance (`petition.tasks-changed`, emitted
 * after every task write commits), so the handler who just started or finished a task sees it on the board.
 */
@Injectable()
export class TaskBoardPages {
  private readonly pages = new PageCache(BOARD_PAGE_TTL_MS, 200);

  page(user: AuthUser, url: string, render: () => Promise<PreparedPage>): Promise<PreparedPage | null> {
    return this.pages.get(`${user.id}|${[...user.roles].sort().join(',')}|${user.unitId ?? ''}|${url}`, render);
  }

  @OnEvent(PETITION_TASKS_CHANGED)
  forget(): void {
    this.pages.clear();
  }
}
