import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth.decorators.js';
import { OrgReader } from '../org/org-reader.service.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import { DialogueRulesService } from './dialogue-rules.service.js';
import { DialoguesRepository } from './dialogues.repository.js';
import type { DialogueLevel } from './domain/dialogue-presets.js';
import { dialogueCompliance } from './domain/dialogue-rules.js';
import type { DialogueComplianceQuery } from './dto/dialogue.dto.js';

/** GET /compliance/dialogues: per unit and year, dialogues required by the preset (and by voters) versus held. */
@Injectable()
export class DialogueComplianceService {
  constructor(
    private readonly repo: DialoguesRepository,
    private readonly org: OrgReader,
    private readonly scope: UnitScopeService,
    private readonly rules: DialogueRulesService,
  ) {}

  async report(user: AuthUser, q: DialogueComplianceQuery) {
    const filter = await this.scope.unitFilter(user);
    let ids: Set<string> | 'all' = filter === 'all' ? 'all' : new Set(filter);
    if (q.unitId) {
      await this.scope.assertInScope(user, q.unitId, 'Đơn vị');
      ids = await this.scope.subtree(q.unitId);
    }
    const from = `${q.year}-01-01`;
    const to = `${q.year}-12-31`;
    const units = (await this.org.allUnits()).filter(
      (u) =>
        (ids === 'all' || ids.has(u.id)) && (!u.validFrom || u.validFrom <= to) && (!u.validTo || u.validTo > from),
    );
    const [presets, facts] = await Promise.all([
      this.rules.dialoguePresets(),
      this.repo.factsFor(
        units.map((u) => u.id),
        q.year,
      ),
    ]);
    const today = this.rules.today();
    return units.map((u) => {
      const c = dialogueCompliance(
        presets,
        u.level as DialogueLevel,
        q.year,
        facts.filter((f) => f.unitId === u.id),
        today,
      );
      return { unitId: u.id, unitName: u.name, level: u.level, year: q.year, ...c };
    });
  }
}
