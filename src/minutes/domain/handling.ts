/**
 * How a person received at a session is handled (Form 03 of Circular 04/2021/TT-TTCP, "Hướng xử lý")
 * and the only grounds on which the reception may be refused (Law on Citizen Reception 2013, Art. 9).
 * Pure: no Nest, no TypeORM.
 */
import { DECREE_124_2020_GROUP_RULES, checkGroup } from '../../bookings/domain/group-rules.js';
import { validateIdentityNumber } from '../../common/validation/citizen-validation.js';
import { isPetitionType, type PetitionType } from '../../petitions/domain/petition-types.js';

export const HANDLING_ROUTES = ['accept', 'guide', 'transfer', 'refuse'] as const;
export type HandlingRoute = (typeof HANDLING_ROUTES)[number];

export const HANDLING_ROUTE_LABELS: Readonly<Record<HandlingRoute, string>> = {
  accept: 'Thụ lý để giải quyết',
  guide: 'Trả lại đơn và hướng dẫn',
  transfer: 'Chuyển đơn đến cơ quan có thẩm quyền',
  refuse: 'Từ chối tiếp công dân',
};

/** Routes that turn the case into a petition with follow-up tasks when the minutes are finalised. */
export const PETITION_ROUTES: readonly HandlingRoute[] = ['accept', 'transfer'];

export const createsPetition = (route: HandlingRoute): boolean => PETITION_ROUTES.includes(route);

/**
 * Routes that close the case at the desk (nothing follows the session): the person gets a satisfaction survey slip
 * when the minutes are finalised. Accepted and transferred cases get their survey link with the answer instead.
 */
export const SURVEY_AT_DESK_ROUTES: readonly HandlingRoute[] = ['guide', 'refuse'];

export const closesAtDesk = (route: HandlingRoute): boolean => SURVEY_AT_DESK_ROUTES.includes(route);

/** The seed of a case's printed survey code (src/surveys, derived codes). */
export const surveySeedOf = (caseId: string): string => `reception-case:${caseId}`;

export const REFUSAL_GROUNDS = [1, 2, 3, 4] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

/** Law on Citizen Reception 2013 (42/2013/QH13), Art. 9, clauses 1–4. */
export const REFUSAL_GROUND_LABELS: Readonly<Record<RefusalGround, string>> = {
  1: 'Người trong tình trạng say do dùng chất kích thích, người mắc bệnh tâm thần hoặc một bệnh khác làm mất khả năng nhận thức hoặc khả năng điều khiển hành vi của mình',
  2: 'Người có hành vi đe dọa, xúc phạm cơ quan, tổ chức, đơn vị, người tiếp công dân, người thi hành công vụ hoặc có hành vi khác vi phạm nội quy nơi tiếp công dân',
  3: 'Người khiếu nại, tố cáo về vụ việc đã giải quyết đúng chính sách, pháp luật, được cơ quan nhà nước có thẩm quyền kiểm tra, rà soát, thông báo bằng văn bản và đã được tiếp, giải thích, hướng dẫn nhưng vẫn cố tình khiếu nại, tố cáo kéo dài',
  4: 'Trường hợp khác theo quy định của pháp luật',
};

export const refusalLegalBasis = (ground: RefusalGround): string =>
  `khoản ${ground} Điều 9 Luật Tiếp công dân năm 2013`;

/** Ground 3 needs a written refusal notice signed by the head (Art. 9(3)). */
export const needsRefusalNotice = (route: HandlingRoute, ground: number | null | undefined): boolean =>
  route === 'refuse' && ground === 3;

export function isHandlingRoute(v: unknown): v is HandlingRoute {
  return typeof v === 'string' && (HANDLING_ROUTES as readonly string[]).includes(v);
}

export function isRefusalGround(v: unknown): v is RefusalGround {
  return typeof v === 'number' && (REFUSAL_GROUNDS as readonly number[]).includes(v);
}

/** What the secretary enters for one person (or group) received. */
export interface CaseInput {
  fullName: string;
  idNumber: string;
  address: string;
  groupSize?: number;
  representatives?: ReadonlyArray<{ fullName: string; idNumber: string }>;
  summary: string;
  request?: string | null;
  petitionType: PetitionType | string;
  previouslyHandledBy?: string | null;
  handlingRoute: HandlingRoute | string;
  refusalGround?: number | null;
  refusalReason?: string | null;
  conclusion: string;
  assigneeUnitId?: string | null;
  dueDate?: string | null;
}

export interface CaseProblem {
  field: string;
  message: string;
}

/**
 * Every rule a case breaks, with the field it concerns (empty when valid). `sessionDate` is the local date of
 * the session: a deadline cannot lie before it.
 */
export function caseProblems(input: CaseInput, sessionDate: string, currentYear: number): CaseProblem[] {
  const out: CaseProblem[] = [];
  const id = validateIdentityNumber(input.idNumber, { currentYear });
  if (!id.ok) out.push({ field: 'idNumber', message: id.message });
  if (!isPetitionType(input.petitionType)) out.push({ field: 'petitionType', message: 'Loại đơn không hợp lệ.' });
  const route = input.handlingRoute;
  if (!isHandlingRoute(route)) {
    out.push({ field: 'handlingRoute', message: 'Hướng xử lý không hợp lệ.' });
    return out;
  }
  if (route === 'refuse') {
    if (!isRefusalGround(input.refusalGround)) {
      out.push({
        field: 'refusalGround',
        message: 'Chỉ được từ chối tiếp theo một trong bốn trường hợp của Điều 9 Luật Tiếp công dân (1–4).',
      });
    }
    if (!input.refusalReason?.trim()) out.push({ field: 'refusalReason', message: 'Phải ghi rõ lý do từ chối tiếp.' });
  } else if (input.refusalGround !== undefined && input.refusalGround !== null) {
    out.push({ field: 'refusalGround', message: 'Chỉ ghi căn cứ từ chối khi hướng xử lý là từ chối tiếp.' });
  }
  if (createsPetition(route)) {
    if (!input.assigneeUnitId)
      out.push({ field: 'assigneeUnitId', message: 'Phải giao cơ quan, đơn vị chủ trì xử lý.' });
    if (!input.dueDate) out.push({ field: 'dueDate', message: 'Phải ấn định thời hạn xử lý.' });
  }
  if (input.dueDate && input.dueDate < sessionDate) {
    out.push({ field: 'dueDate', message: 'Thời hạn xử lý không được trước ngày tiếp công dân.' });
  }
  const group = checkGroup(
    { groupSize: input.groupSize, representatives: input.representatives, bookerIdNumber: input.idNumber },
    DECREE_124_2020_GROUP_RULES,
  );
  if (!group.ok)
    out.push({ field: group.code === 'GROUP_SIZE_INVALID' ? 'groupSize' : 'representatives', message: group.message });
  (input.representatives ?? []).forEach((r, i) => {
    const rid = validateIdentityNumber(r.idNumber, { currentYear });
    if (!rid.ok) out.push({ field: `representatives[${i}].idNumber`, message: rid.message });
  });
  return out;
}

/**
 * A case's due date may not lie after the legal deadline its follow-up task will carry (`legalDueOn`, the petition's
 * resolution step): the task would be due on the legal date while the minutes and the conclusion notice print the
 * later one, promising a date the system does not track. Null when the date is acceptable.
 */
export function dueDateAfterLegal(
  dueDate: string | null | undefined,
  legalDueOn: string | null,
): { field: 'dueDate'; message: string; legalDueOn: string } | null {
  if (!dueDate || !legalDueOn || dueDate <= legalDueOn) return null;
  const [y, m, d] = legalDueOn.split('-');
  return {
    field: 'dueDate',
    legalDueOn,
    message: `Thời hạn xử lý không được sau thời hạn giải quyết theo luật định (${d}/${m}/${y}).`,
  };
}
