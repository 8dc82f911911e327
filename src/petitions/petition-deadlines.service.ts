import { Injectable } from '@nestjs/common';
import { CalendarService } from '../calendar/calendar.service.js';
import type { IsoDate } from '../calendar/domain/calendar.types.js';
import { RulePresetsService } from '../calendar/rule-presets.service.js';
import {
  parsePetitionDeadlineRules,
  type PetitionDeadlinePreset,
  type PetitionDeadlineRuleFile,
  presetInForce,
} from './domain/deadline-rules.js';
import { computeDeadlines, type Deadline } from './domain/deadlines.js';
import { DEFAULT_TIME_ZONE, localDateOf } from './domain/local-day.js';
import { isAnonymousDenunciation } from './domain/petition-types.js';
import type { PetitionEntity, PetitionExtensionEntity, PetitionPauseEntity } from './petition.entity.js';

export const PETITION_DEADLINES_PRESET = 'petition-deadlines';

/** Deadlines of a petition from the preset in force on its day of receipt and the working calendar. */
@Injectable()
export class PetitionDeadlinesService {
  constructor(
    private readonly presets: RulePresetsService,
    private readonly calendar: CalendarService,
  ) {
    presets.registerParser(PETITION_DEADLINES_PRESET, parsePetitionDeadlineRules);
  }

  /** The preset version in force on `date`, or null before the first one. */
  async presetOn(date: IsoDate): Promise<PetitionDeadlinePreset | null> {
    const file = await this.presets.get<PetitionDeadlineRuleFile>(PETITION_DEADLINES_PRESET);
    try {
      return presetInForce(file, date);
    } catch (e) {
      if (e instanceof RangeError) return null;
      throw e;
    }
  }

  /**
   * The legal deadline the follow-up task of a petition not yet filed will carry (see {@link taskDeadline}), for
   * callers that must not promise a later date (minutes). Same computation as for the filed petition.
   */
  async taskDeadlineFor(p: PetitionToBe): Promise<Deadline | null> {
    const receivedOn = localDateOf(p.receivedAt, DEFAULT_TIME_ZONE);
    const facts = {
      type: p.type,
      receivedOn,
      acceptedOn: null,
      remoteArea: false,
      complex: false,
      round: 1,
      severalSites: false,
      transferred: p.transferred,
      anonymous: false,
    } as Partial<PetitionEntity> as PetitionEntity;
    return taskDeadline(await this.compute(facts, [], []));
  }

  /** Every step's deadline. Anonymous denunciations are not processed as denunciations: no statutory clock. */
  async compute(
    p: PetitionEntity,
    pauses: readonly PetitionPauseEntity[],
    extensions: readonly PetitionExtensionEntity[],
  ): Promise<Deadline[]> {
    if (isAnonymousDenunciation(p)) return [];
    const preset = await this.presetOn(p.receivedOn);
    if (!preset) return [];
    return computeDeadlines({
      type: p.type,
      receivedOn: p.receivedOn,
      acceptedOn: p.acceptedOn,
      remoteArea: p.remoteArea,
      complex: p.complex,
      round: p.round,
      severalSites: p.severalSites,
      transferred: p.transferred,
      preset,
      calendar: await this.calendar.calendar(),
      pauses: pauses.map((x) => ({ from: x.fromOn, to: x.toOn })),
      extensions: preset.types[p.type].extensions
        ? extensions.map((x) => ({ days: x.days, reason: x.reason, decidedOn: x.decidedOn }))
        : [],
    });
  }
}

/** What is known of a petition before it is filed (a reception case that will become one when the minutes are locked). */
export interface PetitionToBe {
  type: PetitionEntity['type'];
  receivedAt: Date;
  transferred: boolean;
}

/** The deadline a follow-up task inherits: the resolution step when it has one, else the latest step. */
export function taskDeadline(deadlines: readonly Deadline[]): Deadline | null {
  const resolution = deadlines.find((d) => d.step === 'resolution');
  if (resolution) return resolution;
  return deadlines.reduce<Deadline | null>((latest, d) => (!latest || d.dueAt > latest.dueAt ? d : latest), null);
}
