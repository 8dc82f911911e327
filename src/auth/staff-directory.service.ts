import { Injectable } from '@nestjs/common';
import { type StaffPerson, UsersRepository } from './users.repository.js';

export type { StaffPerson } from './users.repository.js';

/**
 * Read-only: staff members' full names and titles for other modules (the secretary and the authors of corrections in
 * minutes). The users table stays the auth module's own.
 */
@Injectable()
export class StaffDirectory {
  constructor(private readonly users: UsersRepository) {}

  people(ids: readonly string[]): Promise<Map<string, StaffPerson>> {
    return this.users.people(ids);
  }
}
