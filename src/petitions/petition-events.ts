import type { PetitionTasksFacts } from './domain/petition-status.js';

/**
 * Events the petitions module listens to. Modules further down the flow (tasks) emit them AFTER their change is
 * committed: the petitions module alone writes the petitions table and decides the status (domain/petition-status.ts).
 */
export const PETITION_TASKS_CHANGED = 'petition.tasks-changed';

export interface PetitionTasksChangedEvent {
  petitionId: string;
  /** The petition's tasks as they stand after the change. */
  facts: PetitionTasksFacts;
  at: string;
}
