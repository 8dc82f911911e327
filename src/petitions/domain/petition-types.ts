/**
 * Petition vocabulary: the four legal types, intake channels, complexity levels and their
 * Vietnamese labels, and the rule that a denouncer's identity is sealed.
 */

export const PETITION_TYPES = ['complaint', 'denunciation', 'recommendation', 'feedback'] as const;
export type PetitionType = (typeof PETITION_TYPES)[number];

export const PETITION_CHANNELS = ['reception', 'dialogue', 'mail', 'online', 'transfer'] as const;
export type PetitionChannel = (typeof PETITION_CHANNELS)[number];

/** Complexity of a case; for denunciations it decides how many extensions the law allows. */
export const COMPLEXITIES = ['normal', 'complex', 'especially_complex'] as const;
export type Complexity = (typeof COMPLEXITIES)[number];

/** Resolution round of a complaint (giải quyết lần đầu / lần hai). */
export type ResolutionRound = 1 | 2;

export const PETITION_TYPE_LABELS: Readonly<Record<PetitionType, string>> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  recommendation: 'Kiến nghị',
  feedback: 'Phản ánh',
};

export const PETITION_CHANNEL_LABELS: Readonly<Record<PetitionChannel, string>> = {
  reception: 'Tiếp công dân trực tiếp',
  dialogue: 'Hội nghị đối thoại',
  mail: 'Đơn gửi qua bưu chính',
  online: 'Gửi trực tuyến',
  transfer: 'Cơ quan, tổ chức khác chuyển đến',
};

export const COMPLEXITY_LABELS: Readonly<Record<Complexity, string>> = {
  normal: 'Thông thường',
  complex: 'Phức tạp',
  especially_complex: 'Đặc biệt phức tạp',
};

export const ROUND_LABELS: Readonly<Record<ResolutionRound, string>> = {
  1: 'Giải quyết lần đầu',
  2: 'Giải quyết lần hai',
};

/** Labels of the deadline steps named in `data/rules/petition-deadlines.json`. */
export const DEADLINE_STEP_LABELS: Readonly<Record<string, string>> = {
  notice: 'Thông báo bằng văn bản cho công dân',
  acceptance: 'Thụ lý giải quyết',
  intake_check: 'Kiểm tra điều kiện thụ lý tố cáo',
  transfer: 'Chuyển đơn đến cơ quan có thẩm quyền',
  acceptance_notice: 'Thông báo thụ lý tố cáo',
  resolution: 'Giải quyết',
};

export function isPetitionType(value: unknown): value is PetitionType {
  return typeof value === 'string' && (PETITION_TYPES as readonly string[]).includes(value);
}

export function isPetitionChannel(value: unknown): value is PetitionChannel {
  return typeof value === 'string' && (PETITION_CHANNELS as readonly string[]).includes(value);
}

export function isComplexity(value: unknown): value is Complexity {
  return typeof value === 'string' && (COMPLEXITIES as readonly string[]).includes(value);
}

/** Label of a deadline step, falling back to the code for steps added later in the data. */
export function deadlineStepLabel(step: string): string {
  return DEADLINE_STEP_LABELS[step] ?? step;
}

/**
 * Identity of whoever filed the petition. For a denunciation this is sealed data
 * (Law on Denunciation 2018, Art. 9, 47, 56).
 */
export interface Petitioner {
  fullName: string;
  idNumber?: string | null;
  address?: string | null;
  phone?: string | null;
}

/** The fields the identity rules look at; services pass their own richer records. */
export interface PetitionIdentityFacts {
  type: PetitionType;
  anonymous?: boolean | null;
}

/** A denouncer's identity is always sealed, whoever filed it and however it arrived. */
export function isProtectedIdentity(petition: PetitionIdentityFacts): boolean {
  return petition.type === 'denunciation';
}

/**
 * Anonymous (or false-name) denunciations are not processed as denunciations: they go to a
 * separate queue, where the body may still inspect or transfer specific, evidenced content.
 */
export function isAnonymousDenunciation(petition: PetitionIdentityFacts): boolean {
  return petition.type === 'denunciation' && petition.anonymous === true;
}

/** Where a petition stands (see petition-status.ts for how it moves). */
export const PETITION_STATUSES = ['received', 'accepted', 'refused', 'transferred', 'resolved'] as const;
export type PetitionStatus = (typeof PETITION_STATUSES)[number];
