import { Injectable } from '@nestjs/common';
import { fail } from '../common/errors/catalogue.js';
import { COMMON_ERRORS } from '../common/errors/common-errors.js';
import { DEFAULT_TIME_ZONE, localDateOf } from '../petitions/domain/local-day.js';
import { PetitionsService, type PetitionLookupView } from '../petitions/petitions.service.js';
import { TasksRepository } from './tasks.repository.js';

/** What `GET /public/petitions/:code` answers (and the /tra-cuu page shows). */
export interface PetitionLookupResult extends Omit<PetitionLookupView, 'sealed'> {
  answer?: { summary: string; answeredOn: string };
}

/** The one answer for a wrong code, a wrong secret, a missing secret or a malformed code. */
export const lookupNotFound = () =>
  fail(COMMON_ERRORS.NOT_FOUND, { detail: 'Không tìm thấy hồ sơ với mã tra cứu và mã bí mật đã nhập.' });

/**
 * Following one's petition (tra cứu hồ sơ). Lives in the tasks module because the answer is a task's result; the
 * petition, its deadline and the code check come from the petitions module.
 */
@Injectable()
export class PetitionLookupService {
  constructor(
    private readonly petitions: PetitionsService,
    private readonly repo: TasksRepository,
  ) {}

  async lookup(code: unknown, secret: unknown): Promise<PetitionLookupResult> {
    const p = await this.petitions.findByLookup(code, secret);
    if (!p) throw lookupNotFound();
    const { sealed, ...view } = await this.petitions.lookupView(p);
    // A sealed denunciation: its status and deadline only.
    if (sealed) return view;
    const answered = (await this.repo.byPetition(p.id))
      .filter((t) => t.resultAt !== null && t.resultSummary)
      .sort((a, b) => b.resultAt!.getTime() - a.resultAt!.getTime())[0];
    if (!answered) return view;
    return {
      ...view,
      answer: { summary: answered.resultSummary!, answeredOn: localDateOf(answered.resultAt!, DEFAULT_TIME_ZONE) },
    };
  }
}
