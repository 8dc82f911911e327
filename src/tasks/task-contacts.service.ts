import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth.decorators.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { OrgReader } from '../org/org-reader.service.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import type { TaskContactsDto } from './dto/task.dto.js';
import { TaskContactEntity } from './task.entity.js';
import { TasksRepository } from './tasks.repository.js';

/** The mailboxes a unit's task reminders and escalations go to (staff accounts carry no e-mail address). */
@Injectable()
export class TaskContactsService {
  constructor(
    private readonly repo: TasksRepository,
    private readonly org: OrgReader,
    private readonly scope: UnitScopeService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  private async requireUnit(user: AuthUser, unitId: string): Promise<void> {
    if (!(await this.org.findUnit(unitId))) throw new NotFoundError('Đơn vị');
    await this.scope.assertInScope(user, unitId, 'Đơn vị');
  }

  async get(user: AuthUser, unitId: string) {
    await this.requireUnit(user, unitId);
    const c = await this.repo.contacts(unitId);
    return {
      unitId,
      headEmail: c?.headEmail ?? null,
      officeEmail: c?.officeEmail ?? null,
      handlerEmail: c?.handlerEmail ?? null,
    };
  }

  async put(user: AuthUser, unitId: string, dto: TaskContactsDto) {
    await this.requireUnit(user, unitId);
    await this.tx.run(async (em) => {
      const c =
        (await this.repo.contacts(unitId, em)) ??
        Object.assign(new TaskContactEntity(), { unitId, headEmail: null, officeEmail: null, handlerEmail: null });
      if (dto.headEmail !== undefined) c.headEmail = dto.headEmail;
      if (dto.officeEmail !== undefined) c.officeEmail = dto.officeEmail;
      if (dto.handlerEmail !== undefined) c.handlerEmail = dto.handlerEmail;
      c.updatedAt = this.clock.now();
      await this.repo.saveContacts(em, c);
    });
    return this.get(user, unitId);
  }
}
