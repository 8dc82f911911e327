import { normalizeIdentityNumber } from '../../common/validation/citizen-validation.js';

/**
 * Groups with one shared case (docs/domain.md "Receiving a person"; Decree 124/2020/NĐ-CP, Art. 6).
 *
 * Who counts, precisely:
 * - `groupSize` is the number of people who share the case, the booker included (default 1).
 * - The booker always attends and, for a group that must send representatives, is one of them.
 * - `representatives` lists the OTHER people who attend with the booker (the API's
 *   `representatives[]`); the booker is not repeated there.
 * - Below `allAttendBelow` (5) the whole group attends: seats = groupSize. Listing the companions
 *   is optional, but there cannot be more of them than groupSize − 1.
 * - From 5 people only representatives attend: seats = 1 + representatives.length, which must not
 *   exceed the tier's maximum (5–10 people: 2; 11 or more: 5). The minimum of one representative is
 *   always met, by the booker, so no "representatives required" error exists.
 * - No one may appear twice (same ID number, compared after normalisation), booker included.
 *
 * The thresholds are data (`GroupRulePreset`) so that a change in the law is a preset edit.
 */

export interface GroupTier {
  /** Smallest group size the tier applies to. */
  minSize: number;
  /** Most people who may attend, representatives including the booker. */
  maxRepresentatives: number;
}

export interface GroupRulePreset {
  /** Groups smaller than this all attend. */
  allAttendBelow: number;
  /** Ascending by `minSize`; the first tier starts at `allAttendBelow`. */
  tiers: readonly GroupTier[];
  /** System limit on `groupSize` (not a legal rule). */
  maxGroupSize: number;
  /** Cited in errors, e.g. "Nghị định 124/2020/NĐ-CP, Điều 6". */
  legalBasis: string;
}

export const DECREE_124_2020_GROUP_RULES: GroupRulePreset = Object.freeze({
  allAttendBelow: 5,
  tiers: Object.freeze([
    Object.freeze({ minSize: 5, maxRepresentatives: 2 }),
    Object.freeze({ minSize: 11, maxRepresentatives: 5 }),
  ]),
  maxGroupSize: 500,
  legalBasis: 'Nghị định 124/2020/NĐ-CP, Điều 6',
});

export interface GroupInput {
  /** People sharing the case, booker included; integer ≥ 1; default 1. */
  groupSize?: number;
  /** Other people attending with the booker (the booker is not repeated here). */
  representatives?: ReadonlyArray<{ idNumber: string }>;
  /** The booker's ID number, to refuse the booker listed again. */
  bookerIdNumber?: string;
}

export type GroupRuleCode =
  'GROUP_SIZE_INVALID' | 'GROUP_TOO_MANY_REPRESENTATIVES' | 'GROUP_TOO_MANY_ATTENDEES' | 'GROUP_DUPLICATE_PERSON';

export type GroupCheck =
  | {
      ok: true;
      /** People who attend and take a seat in the slot, booker included. */
      seatsTaken: number;
      /** 'all': the whole group attends; 'representatives': only representatives do. */
      attendance: 'all' | 'representatives';
      /** Most people who may attend for this group size. */
      maxAttendees: number;
    }
  | {
      ok: false;
      code: GroupRuleCode;
      message: string;
      /** The legal rule broken, or null for a system or consistency limit. */
      rule: string | null;
    };

/** The tier applying to a group size, or undefined when the whole group attends. */
export function groupTier(
  groupSize: number,
  preset: GroupRulePreset = DECREE_124_2020_GROUP_RULES,
): GroupTier | undefined {
  if (groupSize < preset.allAttendBelow) return undefined;
  let found: GroupTier | undefined;
  for (const tier of preset.tiers) if (groupSize >= tier.minSize) found = tier;
  return found;
}

/** Most people who may attend for a group size: the whole group below the threshold, else the tier's cap. */
export function maxAttendees(groupSize: number, preset: GroupRulePreset = DECREE_124_2020_GROUP_RULES): number {
  const tier = groupTier(groupSize, preset);
  return tier === undefined ? groupSize : Math.min(groupSize, tier.maxRepresentatives);
}

function tierLabel(tier: GroupTier, preset: GroupRulePreset): string {
  const index = preset.tiers.indexOf(tier);
  const next = preset.tiers[index + 1];
  return next === undefined ? `từ ${tier.minSize} người trở lên` : `từ ${tier.minSize} đến ${next.minSize - 1} người`;
}

export function checkGroup(input: GroupInput, preset: GroupRulePreset = DECREE_124_2020_GROUP_RULES): GroupCheck {
  const groupSize = input.groupSize ?? 1;
  if (!Number.isInteger(groupSize) || groupSize < 1 || groupSize > preset.maxGroupSize) {
    return {
      ok: false,
      code: 'GROUP_SIZE_INVALID',
      message: `Số người trong đoàn phải là số nguyên từ 1 đến ${preset.maxGroupSize}.`,
      rule: null,
    };
  }
  const others = input.representatives ?? [];

  const seen = new Set<string>();
  if (input.bookerIdNumber !== undefined) seen.add(normalizeIdentityNumber(input.bookerIdNumber));
  for (const person of others) {
    const id = normalizeIdentityNumber(person.idNumber);
    if (seen.has(id)) {
      return {
        ok: false,
        code: 'GROUP_DUPLICATE_PERSON',
        message: 'Một người chỉ được khai một lần trong danh sách đoàn (trùng số CCCD/Hộ chiếu).',
        rule: null,
      };
    }
    seen.add(id);
  }

  const attendees = 1 + others.length;
  const tier = groupTier(groupSize, preset);
  if (tier === undefined) {
    if (attendees > groupSize) {
      return {
        ok: false,
        code: 'GROUP_TOO_MANY_ATTENDEES',
        message: `Đoàn có ${groupSize} người nhưng đã khai ${attendees} người đến (kể cả người đăng ký).`,
        rule: null,
      };
    }
    return { ok: true, seatsTaken: groupSize, attendance: 'all', maxAttendees: groupSize };
  }

  const cap = Math.min(groupSize, tier.maxRepresentatives);
  if (attendees > cap) {
    return {
      ok: false,
      code: 'GROUP_TOO_MANY_REPRESENTATIVES',
      message:
        `Đoàn ${tierLabel(tier, preset)} cùng một nội dung chỉ được cử tối đa ${tier.maxRepresentatives} ` +
        `người đại diện đến trình bày (kể cả người đăng ký); đã khai ${attendees} người.`,
      rule: preset.legalBasis,
    };
  }
  return { ok: true, seatsTaken: attendees, attendance: 'representatives', maxAttendees: cap };
}
