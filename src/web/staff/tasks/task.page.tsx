import { TASK_ACTION_LABELS, TASK_STATUS_LABELS, type TaskStatus } from '../../../tasks/domain/task-state.js';
import { dayDateVi, localDateVi, timeVi } from '../../common/format.js';
import type { FormErrors } from '../../common/form-errors.js';
import { Button, Checkbox, ErrorSummary, PostForm, Select, Textarea, type SelectOption } from '../../common/forms.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { daysLeftVi } from './domain/task-board.js';
import { taskTag } from './task-board.page.js';
import type { TaskClock } from './task-board.reader.js';
import { BOARD_PATH, taskPath } from './task-paths.js';

/** The task as the API's GET /tasks/:id answers it (the petition as handlers work it: sealed parts stay sealed). */
export interface TaskDetail {
  id: string;
  status: TaskStatus;
  overdue: boolean;
  instruction: string;
  reason: string | null;
  dueAt: string;
  completedAt: string | null;
  result: { summary: string | null; publish: boolean; recordedAt: string } | null;
  petition: {
    type: string;
    subject: string | null;
    content: string;
    receivedOn: string;
    identityProtected: boolean;
  } | null;
  events: {
    action: string;
    fromStatus: string;
    toStatus: string;
    fromUnitId: string | null;
    toUnitId: string | null;
    reason: string | null;
    byUserId: string | null;
    at: string;
  }[];
}

/** What this person may do with the task now (the same rule as the service: `mayPerform` and the state machine). */
export interface TaskMay {
  start: boolean;
  giveBack: boolean;
  reassign: boolean;
  finish: boolean;
}

export interface TaskPageProps {
  frame: StaffFrame;
  task: TaskDetail;
  clock: TaskClock & { typeLabel: string };
  assigneeName: string;
  assignerName: string;
  names: { people: Map<string, string>; units: Map<string, string> };
  may: TaskMay;
  units: SelectOption[];
  errors?: FormErrors | null;
  /** Which form the errors belong to, and what was typed. */
  form?: 'tra-lai' | 'giao-lai' | 'ket-qua';
  typed?: Record<string, string>;
  done?: string | null;
}

const DONE_MESSAGES: Record<string, string> = {
  'bat-dau': 'Đã chuyển nhiệm vụ sang trạng thái “Đang xử lý”.',
  'tra-lai': 'Đã trả lại nhiệm vụ, kèm lý do.',
  'giao-lai': 'Đã giao nhiệm vụ cho đơn vị khác.',
  'ket-qua': 'Đã ghi kết quả giải quyết và hoàn thành nhiệm vụ.',
  'cong-khai': 'Đã ghi kết quả giải quyết, hoàn thành nhiệm vụ và công khai kết quả trên trang “Kết quả giải quyết”.',
};

const ACTION_LABELS: Record<string, string> = {
  create: 'Giao nhiệm vụ',
  ...Object.fromEntries(
    Object.entries(TASK_ACTION_LABELS).map(([k, v]) => [k, v.charAt(0).toUpperCase() + v.slice(1)]),
  ),
};

const statusWord = (s: string) => TASK_STATUS_LABELS[s as TaskStatus] ?? s;

/** `/can-bo/cong-viec/:id`: the task, its petition, history, and the actions this person may take. */
export function TaskPage(p: TaskPageProps) {
  const { task: t, clock, may } = p;
  const title = t.petition?.subject ?? 'Nhiệm vụ xử lý đơn';
  const e = p.errors?.byField ?? {};
  const active = t.status === 'open' || t.status === 'in_progress';
  return (
    <StaffLayout title={title} frame={p.frame} crumbs={[{ href: BOARD_PATH, label: 'Công việc' }, { label: title }]}>
      <ErrorSummary errors={p.errors} />
      {p.done && DONE_MESSAGES[p.done] ? (
        <p class="notice" role="status">
          {DONE_MESSAGES[p.done]}
          {p.done === 'cong-khai' ? (
            <>
              {' '}
              <a href="/ket-qua">Xem trang Kết quả giải quyết</a>.
            </>
          ) : null}
        </p>
      ) : null}
      <h1>{title}</h1>
      <dl class="summary-list">
        <div>
          <dt>Trạng thái</dt>
          <dd>{taskTag(t, clock.late)}</dd>
        </div>
        <div>
          <dt>Hạn xử lý</dt>
          <dd>
            {localDateVi(clock.dueOn)}
            {active ? ` — ${daysLeftVi(clock.daysLeft, clock.late)}` : ''}
          </dd>
        </div>
        <div>
          <dt>{clock.legalLabel ?? 'Hạn theo luật'}</dt>
          <dd>
            {clock.legalDueOn ? localDateVi(clock.legalDueOn) : 'Không có hạn luật định'}
            {clock.paused ? ' (đang tạm dừng tính hạn)' : ''}
          </dd>
        </div>
        <div>
          <dt>Đơn vị được giao</dt>
          <dd>{p.assigneeName}</dd>
        </div>
        <div>
          <dt>Đơn vị giao</dt>
          <dd>{p.assignerName}</dd>
        </div>
        <div>
          <dt>Nội dung giao</dt>
          <dd>{t.instruction}</dd>
        </div>
        {t.reason ? (
          <div>
            <dt>Lý do (lần trả lại hoặc giao lại gần nhất)</dt>
            <dd>{t.reason}</dd>
          </div>
        ) : null}
      </dl>

      {t.petition ? (
        <section aria-labelledby="don">
          <h2 id="don">Đơn</h2>
          <dl class="summary-list">
            <div>
              <dt>Loại đơn</dt>
              <dd>{clock.typeLabel}</dd>
            </div>
            <div>
              <dt>Ngày nhận đơn</dt>
              <dd>{localDateVi(t.petition.receivedOn)}</dd>
            </div>
            <div>
              <dt>Nội dung</dt>
              <dd class="prewrap">{t.petition.content}</dd>
            </div>
          </dl>
          {t.petition.identityProtected ? (
            <p class="notice">
              Danh tính người tố cáo được giữ bí mật theo Luật Tố cáo: họ tên và thông tin cá nhân đã được loại khỏi nội
              dung đơn.
            </p>
          ) : null}
        </section>
      ) : null}

      {t.result ? (
        <section aria-labelledby="ket-qua">
          <h2 id="ket-qua">Kết quả giải quyết</h2>
          <p>
            Ghi ngày {dayDateVi(t.result.recordedAt)}.{' '}
            {t.result.publish ? 'Đã công khai trên trang Kết quả giải quyết.' : 'Không công khai.'}
          </p>
          <p class="prewrap">{t.result.summary}</p>
        </section>
      ) : null}

      {may.start || may.finish || may.giveBack || may.reassign ? (
        <section aria-labelledby="xu-ly">
          <h2 id="xu-ly">Xử lý nhiệm vụ</h2>
          {may.start ? (
            <PostForm action={`${taskPath(t.id)}/bat-dau`} csrf={p.frame.csrf}>
              <Button>Bắt đầu xử lý</Button>
            </PostForm>
          ) : null}
          {may.finish ? (
            <div class="task-action">
              <h3>Hoàn thành, ghi kết quả trả lời</h3>
              <PostForm action={`${taskPath(t.id)}/ket-qua`} csrf={p.frame.csrf}>
                <Textarea
                  name="summary"
                  label="Kết quả giải quyết (nội dung trả lời công dân)"
                  hint="Kết quả được gửi cho công dân. Nếu công khai, họ tên và thông tin cá nhân sẽ được loại bỏ."
                  value={p.form === 'ket-qua' ? p.typed?.summary : undefined}
                  error={p.form === 'ket-qua' ? e.summary : undefined}
                  maxLength={10000}
                  rows={6}
                />
                <Checkbox
                  name="publish"
                  value="true"
                  label="Công khai kết quả trên trang Kết quả giải quyết"
                  checked={p.form === 'ket-qua' ? p.typed?.publish === 'true' : false}
                />
                <Button>Hoàn thành và ghi kết quả</Button>
              </PostForm>
            </div>
          ) : null}
          {may.giveBack ? (
            <div class="task-action">
              <h3>Trả lại nhiệm vụ</h3>
              <PostForm action={`${taskPath(t.id)}/tra-lai`} csrf={p.frame.csrf}>
                <Textarea
                  name="reason"
                  id="ly-do-tra-lai"
                  label="Lý do trả lại"
                  value={p.form === 'tra-lai' ? p.typed?.reason : undefined}
                  error={p.form === 'tra-lai' ? e['ly-do-tra-lai'] : undefined}
                  maxLength={1000}
                  rows={3}
                />
                <Button variant="secondary">Trả lại</Button>
              </PostForm>
            </div>
          ) : null}
          {may.reassign ? (
            <div class="task-action">
              <h3>Giao cho đơn vị khác</h3>
              <PostForm action={`${taskPath(t.id)}/giao-lai`} csrf={p.frame.csrf}>
                <Select
                  name="assigneeUnitId"
                  label="Đơn vị được giao mới"
                  options={p.units}
                  value={p.form === 'giao-lai' ? p.typed?.assigneeUnitId : undefined}
                  error={p.form === 'giao-lai' ? e.assigneeUnitId : undefined}
                  empty="Chọn đơn vị"
                />
                <Textarea
                  name="reason"
                  id="ly-do-giao-lai"
                  label="Lý do giao lại"
                  value={p.form === 'giao-lai' ? p.typed?.reason : undefined}
                  error={p.form === 'giao-lai' ? e['ly-do-giao-lai'] : undefined}
                  maxLength={1000}
                  rows={3}
                />
                <Button variant="secondary">Giao lại</Button>
              </PostForm>
            </div>
          ) : null}
        </section>
      ) : null}

      <table class="data-table">
        <caption>Lịch sử xử lý</caption>
        <thead>
          <tr>
            <th scope="col">Thời điểm</th>
            <th scope="col">Thao tác</th>
            <th scope="col">Trạng thái</th>
            <th scope="col">Người thực hiện</th>
            <th scope="col">Ghi chú</th>
          </tr>
        </thead>
        <tbody>
          {t.events.map((ev, i) => (
            <tr key={i}>
              <td>
                {dayDateVi(ev.at)} {timeVi(ev.at)}
              </td>
              <td>{ACTION_LABELS[ev.action] ?? ev.action}</td>
              <td>
                {ev.fromStatus === ev.toStatus
                  ? statusWord(ev.toStatus)
                  : `${statusWord(ev.fromStatus)} → ${statusWord(ev.toStatus)}`}
              </td>
              <td>{(ev.byUserId && p.names.people.get(ev.byUserId)) || 'Hệ thống'}</td>
              <td>
                {ev.fromUnitId && ev.toUnitId
                  ? `${p.names.units.get(ev.fromUnitId) ?? ''} → ${p.names.units.get(ev.toUnitId) ?? ''}. `
                  : ''}
                {ev.reason ?? ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </StaffLayout>
  );
}
