import { Injectable } from '@nestjs/common';
import { DateTime } from '../common/time/luxon.js';
import { CalendarService } from '../calendar/calendar.service.js';
import type { NoticePresets } from '../calendar/domain/rule-presets.js';
import { RulePresetsService } from '../calendar/rule-presets.service.js';
import {
  type DialogueLevel,
  type DialogueMode,
  type DialoguePresets,
  type GoverningRules,
  governingRules,
  parseDialoguePresets,
} from './domain/dialogue-presets.js';
import { fail } from '../common/errors/catalogue.js';
import { DIALOGUES_ERRORS } from './errors.js';

export const DIALOGUE_PRESET = 'dialogues';

/** The dialogue preset (data/rules/dialogues.json, edited by an administrator) applied with the working calendar. */
@Injectable()
export class DialogueRulesService {
  constructor(
    private readonly presets: RulePresetsService,
    private readonly calendar: CalendarService,
  ) {
    // Registered in the constructor: the preset service validates data files in its onModuleInit, which runs later.
    presets.registerParser(DIALOGUE_PRESET, parseDialoguePresets);
  }

  dialoguePresets(): Promise<DialoguePresets> {
    return this.presets.get<DialoguePresets>(DIALOGUE_PRESET);
  }

  today(zone?: string): string {
    return this.calendar.today(zone);
  }

  localDate(at: Date, zone: string): string {
    return DateTime.fromJSDate(at).setZone(zone).toISODate()!;
  }

  /** The strictest rules in force on the dialogue's local date for a unit of `level`. */
  async rulesFor(input: { level: DialogueLevel; date: string; mode: DialogueMode }): Promise<GoverningRules> {
    const [presets, cal] = await Promise.all([this.dialoguePresets(), this.calendar.calendar()]);
    let notice: NoticePresets | null = null;
    try {
      notice = await this.presets.notice();
    } catch {
      notice = null;
    }
    try {
      return governingRules(presets, notice, cal, input);
    } catch (e) {
      if (e instanceof RangeError) throw fail(DIALOGUES_ERRORS.DIALOGUE_NO_RULE);
      throw e;
    }
  }
}
