import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { newId } from '../common/ids.js';
import { DialogueEntity } from './dialogue.entity.js';
import { DialoguesRepository } from './dialogues.repository.js';

/** A dialogue the demo loader writes as it is (every column but the id and the timestamps). */
export type DemoDialogue = Omit<DialogueEntity, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * The demo loader (src/seed) writes its dialogue through here, inside its own `SeedLogService.runOnce` transaction:
 * the dialogues module stays the only writer of the dialogues and dialogue_chairs tables.
 */
@Injectable()
export class DialogueSeedService {
  constructor(private readonly repo: DialoguesRepository) {}

  async insertWithin(em: EntityManager, d: DemoDialogue, chairIds: string[], now: Date): Promise<string> {
    const id = newId();
    await this.repo.insert(
      em,
      Object.assign(new DialogueEntity(), { ...d, id, createdAt: now, updatedAt: now }),
      chairIds,
    );
    return id;
  }
}
