import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth.decorators.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import type { Deadline } from './domain/deadlines.js';
import { normalizeLookupCode } from './domain/lookup-code.js';
import { PetitionDeadlinesService, taskDeadline } from './petition-deadlines.service.js';
import { petitionListItem } from './petition-view.js';
import type { PetitionEntity } from './petition.entity.js';
import { PetitionsRepository } from './petitions.repository.js';

/**
 * Reads of petitions for the staff workspace's lists: the search box and the legal deadlines a task board shows.
 * Apart from PetitionsService (one petition's life), as they read many petitions at once.
 */
@Injectable()
export class PetitionListsService {
  /** Legal deadlines of lists (the staff task board), 30 s, keyed by the facts they are computed from. */
  private readonly deadlineMemo = new Map<string, { at: number; deadline: Deadline | null }>();

  constructor(
    private readonly repo: PetitionsRepository,
    private readonly scope: UnitScopeService,
    private readonly deadlines: PetitionDeadlinesService,
  ) {}

  /**
   * The staff search box: by lookup code (typed loosely) or by the citizen's name, in the user's units, never across
   * the seal (a denunciation's name is not stored in clear and never matches). List rows: no identity of a denouncer.
   */
  async search(user: AuthUser, text: string, page: { limit: number; offset: number }) {
    const q = text.trim();
    if (q.length < 2) return { items: [], total: 0 };
    const code = normalizeLookupCode(q);
    const { items, total } = await this.repo.search({
      unitIds: await this.scope.unitFilter(user),
      ...(code ? { code } : { name: q }),
      ...page,
    });
    return { items: items.map((p) => ({ ...petitionListItem(p), lookupCode: p.lookupCode })), total };
  }

  /**
   * The legal deadline a follow-up task inherits (`taskDeadline`: resolution, else the latest step) of several
   * petitions, with their pauses and extensions read in two queries. Petitions not found are absent from the map; the
   * petitions returned carry only the facts of their deadlines, type and subject (no content, no personal data).
   */
  async legalDeadlines(
    ids: readonly string[],
  ): Promise<Map<string, { petition: PetitionEntity; deadline: Deadline | null; paused: boolean }>> {
    const unique = [...new Set(ids)];
    const [rows, pauses, extensions] = await Promise.all([
      this.repo.deadlineFactsOf(unique),
      this.repo.pausesOf(unique),
      this.repo.extensionsOf(unique),
    ]);
    const out = new Map<string, { petition: PetitionEntity; deadline: Deadline | null; paused: boolean }>();
    for (const p of rows) {
      const ps = pauses.get(p.id) ?? [];
      const xs = extensions.get(p.id) ?? [];
      // Keyed by every fact the computation reads from the record; the working calendar is itself cached for a
      // minute (CalendarService), so a holiday edit shows here within 30 s of it.
      const key = [
        p.id,
        p.updatedAt.getTime(),
        p.acceptedOn,
        p.type,
        p.anonymous,
        ps.map((x) => `${x.fromOn}~${x.toOn}`).join(','),
        xs.map((x) => `${x.days}@${x.decidedOn}`).join(','),
      ].join('|');
      const now = Date.now();
      const hit = this.deadlineMemo.get(key);
      let deadline: Deadline | null;
      if (hit && now - hit.at < 30_000) deadline = hit.deadline;
      else {
        deadline = taskDeadline(await this.deadlines.compute(p, ps, xs));
        if (this.deadlineMemo.size >= 5_000) this.deadlineMemo.clear();
        this.deadlineMemo.set(key, { at: now, deadline });
      }
      out.set(p.id, { petition: p, deadline, paused: ps.some((x) => x.toOn === null) });
    }
    return out;
  }
}
