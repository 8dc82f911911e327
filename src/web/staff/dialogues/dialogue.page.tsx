import type { DialogueMinutesOutput } from '../../../dialogues/dto/dialogue-minutes.output.js';
import type { DialogueQuestionOutput } from '../../../dialogues/dto/dialogue-questions.output.js';
import type { DialogueOutput } from '../../../dialogues/dto/dialogues.output.js';
import { dayDateVi, localDateVi, timeRangeVi } from '../../common/format.js';
import type { FormErrors } from '../../common/form-errors.js';
import { Button, ErrorSummary, PostForm, Radios, Select, Textarea, TextField } from '../../common/forms.js';
import { StatusTag } from '../staff-components.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { DIALOGUES_STAFF_PATH, staffDialoguePath } from './dialogue-paths.js';

export const QUESTION_STATUS_LABELS: Record<string, string> = {
  pending: 'Chờ xử lý',
  accepted: 'Đã chấp nhận',
  rejected: 'Đã từ chối',
  merged: 'Đã gộp',
};

/** What the person may do on the page (the roles of the API's write endpoints). */
export interface DialogueAbilities {
  /** Publish, moderate questions (office). */
  office: boolean;
  /** Record the dialogue as held (office, secretary). */
  held: boolean;
  /** Write the minutes (secretary, office). */
  minutes: boolean;
  /** Publish the results (office, leader). */
  results: boolean;
}

/** A form of the page that failed: which one, its errors and the values typed. */
export interface FailedForm {
  form: string;
  errors: FormErrors;
  values: Record<string, string>;
}

export interface DialoguePageProps {
  frame: StaffFrame;
  d: DialogueOutput;
  questions: DialogueQuestionOutput[];
  minutes: DialogueMinutesOutput | null;
  /** Unit id → name (the commitments' assignees and the assignee choices). */
  units: { id: string; name: string }[];
  /** Follow-up task id → its status in words (commitments). */
  taskStatus: Record<string, { status: string; label: string }>;
  can: DialogueAbilities;
  done?: string | null;
  failed?: FailedForm | null;
  confirmFinalize?: boolean;
}

const DONE_MESSAGES: Record<string, string> = {
  'da-tao': 'Đã lưu dự thảo hội nghị. Hãy kiểm tra lại rồi thông báo hội nghị.',
  'da-thong-bao': 'Đã thông báo hội nghị. Người dân xem được trên trang công khai và gửi câu hỏi trước.',
  'da-xu-ly': 'Đã ghi nhận xử lý câu hỏi.',
  'da-to-chuc': 'Đã ghi nhận hội nghị đã diễn ra.',
  'da-lap-bien-ban': 'Đã lập biên bản (dự thảo).',
  'da-them': 'Đã thêm nội dung vào biên bản.',
  'da-khoa': 'Đã khóa biên bản; mỗi cam kết đã thành một nhiệm vụ xử lý.',
  'da-cong-bo': 'Đã công bố kết quả hội nghị trên trang công khai.',
  'da-huy': 'Đã hủy hội nghị.',
};

function Summary({ d }: { d: DialogueOutput }) {
  const rows: [string, string][] = [
    ['Đơn vị', d.unitName ?? ''],
    ['Thời gian', `${dayDateVi(d.startsAt, d.timeZone)}, ${timeRangeVi(d.startsAt, d.endsAt, d.timeZone)}`],
    ['Hình thức', d.modeLabel],
  ];
  if (d.venue) rows.push(['Địa điểm', `${d.venue.name}, ${d.venue.address}`]);
  if (d.onlineUrl) rows.push(['Đường dẫn trực tuyến', d.onlineUrl]);
  rows.push(['Chủ trì', d.chairs.map((c) => `${c.fullName} (${c.title})`).join('; ')]);
  rows.push(['Căn cứ tổ chức', d.triggerLabel + (d.voterRequestShare ? ` (${d.voterRequestShare}% cử tri)` : '')]);
  if (d.publishBy) rows.push(['Thông báo chậm nhất', localDateVi(d.publishBy)]);
  if (d.publishedAt) rows.push(['Đã thông báo', dayDateVi(d.publishedAt, d.timeZone)]);
  if (d.resultsDueOn)
    rows.push(['Công bố kết quả chậm nhất', localDateVi(d.resultsDueOn) + (d.resultsOverdue ? ' (đã quá hạn)' : '')]);
  if (d.changeReason) rows.push(['Lý do thay đổi', d.changeReason]);
  return (
    <dl class="summary-list">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
      <div>
        <dt>Trạng thái</dt>
        <dd>
          <StatusTag status={d.status} label={d.statusLabel} />
        </dd>
      </div>
    </dl>
  );
}

function FormError({ failed, form }: { failed?: FailedForm | null; form: string }) {
  if (!failed || failed.form !== form) return null;
  const general = failed.errors.summary.filter((s) => !s.fieldId);
  if (general.length === 0) return null;
  return (
    <div class="notice notice--warning" role="status">
      {general.map((g, i) => (
        <p key={i}>
          <strong>Không thực hiện được: </strong>
          {g.message}
        </p>
      ))}
    </div>
  );
}

function Questions(props: DialoguePageProps) {
  const { d, questions, can, failed, frame } = props;
  const accepted = questions.filter((q) => q.status === 'accepted');
  const moderating = can.office && (d.status === 'published' || d.status === 'held');
  return (
    <section aria-labelledby="cau-hoi">
      <h2 id="cau-hoi">Câu hỏi của người dân ({questions.length})</h2>
      {questions.length === 0 ? <p>Chưa có câu hỏi nào.</p> : null}
      <ul class="list-plain">
        {questions.map((q, i) => {
          const form = `q:${q.id}`;
          const mine = failed?.form === form ? failed : null;
          const e = mine?.errors.byField ?? {};
          const v = mine?.values ?? {};
          const target = q.mergedIntoId ? questions.find((x) => x.id === q.mergedIntoId) : null;
          return (
            <li key={q.id} class="card dialogue-question">
              <p>
                <StatusTag status={q.status} label={QUESTION_STATUS_LABELS[q.status]} /> <strong>{q.fullName}</strong>
                {q.contact ? ` · ${q.contact}` : ''} · {dayDateVi(q.createdAt)}
              </p>
              <p class="dialogue-question-text">{q.question}</p>
              {q.publicText ? <p>Nội dung công khai: {q.publicText}</p> : null}
              {q.rejectReason ? <p>Lý do từ chối: {q.rejectReason}</p> : null}
              {target ? <p>Đã gộp vào câu hỏi của {target.fullName}.</p> : null}
              {moderating && q.status === 'pending' ? (
                <PostForm action={`${staffDialoguePath(d.id)}/cau-hoi/${q.id}`} csrf={frame.csrf}>
                  <FormError failed={failed} form={form} />
                  <Radios
                    name="action"
                    id={`xu-ly-${i + 1}`}
                    label={`Xử lý câu hỏi của ${q.fullName}`}
                    legendClass="legend"
                    value={v.action ?? null}
                    error={e[`xu-ly-${i + 1}`]}
                    options={[
                      { value: 'accept', label: 'Chấp nhận' },
                      { value: 'reject', label: 'Từ chối (ghi lý do)' },
                      ...(accepted.length > 0 ? [{ value: 'merge', label: 'Gộp vào câu hỏi đã chấp nhận' }] : []),
                    ]}
                  />
                  <Textarea
                    name="reason"
                    id={`ly-do-${i + 1}`}
                    label="Lý do từ chối"
                    hint="Bắt buộc khi từ chối."
                    rows={2}
                    value={v.reason}
                    error={e[`ly-do-${i + 1}`]}
                    maxLength={1000}
                    optional
                  />
                  {accepted.length > 0 ? (
                    <Select
                      name="mergeIntoId"
                      id={`gop-${i + 1}`}
                      label="Gộp vào câu hỏi"
                      options={accepted.map((a) => ({
                        value: a.id,
                        label: `${a.fullName}: ${a.question.slice(0, 80)}`,
                      }))}
                      value={v.mergeIntoId}
                      empty="Chưa chọn"
                      error={e[`gop-${i + 1}`]}
                      optional
                    />
                  ) : null}
                  <Button variant="secondary">Ghi nhận</Button>
                </PostForm>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Minutes(props: DialoguePageProps) {
  const { d, minutes, can, failed, frame, questions, units } = props;
  const path = staffDialoguePath(d.id);
  const unitName = (id: string | null) => units.find((u) => u.id === id)?.name ?? '';
  const writable = can.minutes && ['published', 'held', 'results_published'].includes(d.status);
  const itemErrors = failed?.form === 'item' ? failed : null;
  const e = itemErrors?.errors.byField ?? {};
  const v = itemErrors?.values ?? {};
  const used = new Set(minutes?.items.map((i) => i.questionId).filter(Boolean));
  const open = questions.filter((q) => q.status === 'accepted' && !used.has(q.id));
  return (
    <section aria-labelledby="bien-ban">
      <h2 id="bien-ban">Biên bản và cam kết</h2>
      {!minutes ? (
        writable ? (
          <PostForm action={`${path}/bien-ban`} csrf={frame.csrf}>
            <FormError failed={failed} form="minutes" />
            <Textarea
              name="summary"
              id="tom-tat"
              label="Tóm tắt diễn biến hội nghị"
              value={failed?.form === 'minutes' ? failed.values.summary : undefined}
              error={failed?.form === 'minutes' ? failed.errors.byField['tom-tat'] : undefined}
              maxLength={20000}
              optional
            />
            <Button variant="secondary">Lập biên bản</Button>
          </PostForm>
        ) : (
          <p>Chưa có biên bản.</p>
        )
      ) : (
        <>
          <p>
            Biên bản:{' '}
            <StatusTag status={minutes.status} label={minutes.status === 'finalized' ? 'Đã khóa' : 'Dự thảo'} />
            {minutes.finalizedAt ? ` ngày ${dayDateVi(minutes.finalizedAt)}` : ''}
          </p>
          {minutes.summary ? <p>{minutes.summary}</p> : null}
          {minutes.items.length === 0 ? (
            <p>Biên bản chưa có nội dung nào.</p>
          ) : (
            <table class="data-table">
              <caption>Câu hỏi, trả lời và cam kết trong biên bản</caption>
              <thead>
                <tr>
                  <th scope="col">Câu hỏi</th>
                  <th scope="col">Trả lời</th>
                  <th scope="col">Cam kết</th>
                  <th scope="col">Theo dõi thực hiện</th>
                </tr>
              </thead>
              <tbody>
                {minutes.items.map((it) => {
                  const task = it.taskId ? props.taskStatus[it.taskId] : undefined;
                  return (
                    <tr key={it.id}>
                      <td>{it.questionText}</td>
                      <td>{it.answer ?? '—'}</td>
                      <td>
                        {it.commitment ? (
                          <>
                            {it.commitment.text}
                            <br />
                            {unitName(it.commitment.assigneeUnitId)}
                            {it.commitment.dueDate ? `, hạn ${localDateVi(it.commitment.dueDate)}` : ''}
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td>
                        {it.commitment ? (
                          task ? (
                            <StatusTag status={task.status} label={`Nhiệm vụ: ${task.label}`} />
                          ) : (
                            'Thành nhiệm vụ khi khóa biên bản'
                          )
                        ) : (
                          '—'
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {minutes.status === 'draft' && writable ? (
            <>
              <h3>Thêm nội dung vào biên bản</h3>
              <PostForm action={`${path}/bien-ban/noi-dung`} csrf={frame.csrf}>
                <FormError failed={failed} form="item" />
                <Select
                  name="questionId"
                  label="Câu hỏi gửi trước (đã chấp nhận)"
                  options={open.map((q) => ({ value: q.id, label: `${q.fullName}: ${q.question.slice(0, 80)}` }))}
                  value={v.questionId}
                  empty="Câu hỏi nêu tại hội nghị (nhập bên dưới)"
                  error={e.questionId}
                  optional
                />
                <Textarea
                  name="questionText"
                  label="Câu hỏi nêu tại hội nghị"
                  rows={2}
                  value={v.questionText}
                  error={e.questionText}
                  maxLength={2000}
                  optional
                />
                <Textarea
                  name="answer"
                  label="Trả lời"
                  hint="Mỗi nội dung có câu trả lời hoặc một cam kết, không đồng thời cả hai."
                  rows={3}
                  value={v.answer}
                  error={e.answer}
                  optional
                />
                <Textarea
                  name="commitmentText"
                  label="Cam kết"
                  hint="Mỗi cam kết thành một nhiệm vụ xử lý giao cho đơn vị thực hiện khi khóa biên bản."
                  rows={2}
                  value={v.commitmentText}
                  error={e.commitmentText}
                  maxLength={2000}
                  optional
                />
                <Select
                  name="commitmentUnitId"
                  label="Đơn vị thực hiện cam kết"
                  options={units.map((u) => ({ value: u.id, label: u.name }))}
                  value={v.commitmentUnitId}
                  empty="Chưa chọn"
                  error={e.commitmentUnitId}
                  optional
                />
                <TextField
                  name="commitmentDueDate"
                  label="Hạn thực hiện cam kết"
                  hint="Ngày/tháng/năm, ví dụ 30/04/2026."
                  value={v.commitmentDueDate}
                  error={e.commitmentDueDate}
                  width="short"
                  optional
                />
                <Button variant="secondary">Thêm vào biên bản</Button>
              </PostForm>
              <h3>Khóa biên bản</h3>
              {props.confirmFinalize ? (
                <div class="panel" id="xac-nhan-khoa">
                  <h4>Xác nhận khóa biên bản</h4>
                  <p>
                    Sau khi khóa, biên bản không sửa được nữa (chỉ thêm đính chính).{' '}
                    {minutes.items.filter((i) => i.commitment).length} cam kết sẽ thành nhiệm vụ xử lý giao cho đơn vị
                    thực hiện.
                  </p>
                  <PostForm action={`${path}/bien-ban/khoa`} csrf={frame.csrf}>
                    <FormError failed={failed} form="finalize" />
                    <Button>Khóa biên bản</Button>
                  </PostForm>
                </div>
              ) : (
                <p>
                  <a class="button button--secondary" href={`${path}?khoa=1#xac-nhan-khoa`}>
                    Khóa biên bản…
                  </a>
                </p>
              )}
            </>
          ) : null}
        </>
      )}
    </section>
  );
}

function Results(props: DialoguePageProps) {
  const { d, can, failed, frame } = props;
  const path = staffDialoguePath(d.id);
  return (
    <section aria-labelledby="ket-qua">
      <h2 id="ket-qua">Kết quả hội nghị</h2>
      {d.results ? (
        <>
          <p>Đã công bố {d.results.publishedAt ? dayDateVi(d.results.publishedAt, d.timeZone) : ''}.</p>
          <p>{d.results.summary}</p>
        </>
      ) : d.status === 'held' && can.results ? (
        <PostForm action={`${path}/ket-qua`} csrf={frame.csrf}>
          <FormError failed={failed} form="results" />
          <Textarea
            name="summary"
            id="ket-qua-tom-tat"
            label="Kết quả hội nghị công bố cho người dân"
            value={failed?.form === 'results' ? failed.values.summary : undefined}
            error={failed?.form === 'results' ? failed.errors.byField['ket-qua-tom-tat'] : undefined}
            maxLength={20000}
          />
          <Button>Công bố kết quả</Button>
        </PostForm>
      ) : (
        <p>Chưa công bố kết quả. Kết quả được công bố sau khi hội nghị đã diễn ra.</p>
      )}
    </section>
  );
}

/** `/can-bo/doi-thoai/:id`: one dialogue with its announcement, questions, minutes and commitments, results. */
export function DialoguePage(props: DialoguePageProps) {
  const { d, can, frame, failed, minutes } = props;
  const path = staffDialoguePath(d.id);
  return (
    <StaffLayout
      title={d.topic}
      frame={frame}
      crumbs={[{ href: DIALOGUES_STAFF_PATH, label: 'Đối thoại' }, { label: d.topic }]}
    >
      <ErrorSummary errors={failed?.errors} />
      {props.done && DONE_MESSAGES[props.done] ? (
        <div class="notice" role="status">
          <p>{DONE_MESSAGES[props.done]}</p>
        </div>
      ) : null}
      <h1>{d.topic}</h1>
      <Summary d={d} />
      {d.content ? (
        <>
          <h2>Nội dung và cách thức tham dự</h2>
          <p class="dialogue-content">{d.content}</p>
        </>
      ) : null}
      {d.publishedAt ? (
        <p>
          <a href={`/doi-thoai/${d.id}`}>Xem trang công khai của hội nghị</a>
        </p>
      ) : null}
      {d.status === 'draft' && can.office ? (
        <section aria-labelledby="thong-bao">
          <h2 id="thong-bao">Thông báo hội nghị</h2>
          <p>
            Hội nghị phải được thông báo trước ít nhất 7 ngày
            {d.publishBy ? `, chậm nhất ${localDateVi(d.publishBy)}` : ''}; quá hạn này hệ thống không cho thông báo.
          </p>
          <PostForm action={`${path}/thong-bao`} csrf={frame.csrf}>
            <FormError failed={failed} form="publish" />
            <Button>Thông báo hội nghị</Button>
          </PostForm>
        </section>
      ) : null}
      {(d.status === 'draft' || d.status === 'published') && can.office ? (
        <section aria-labelledby="huy">
          <h2 id="huy">Hủy hội nghị</h2>
          <PostForm action={`${path}/huy`} csrf={frame.csrf}>
            <FormError failed={failed} form="cancel" />
            <Textarea
              name="reason"
              id="ly-do-huy"
              label="Lý do hủy"
              hint={
                d.status === 'published'
                  ? 'Bắt buộc: hội nghị đã thông báo, người dân đọc lý do trên trang công khai.'
                  : 'Ghi lại để các cán bộ khác biết.'
              }
              rows={2}
              value={failed?.form === 'cancel' ? failed.values.reason : undefined}
              error={failed?.form === 'cancel' ? failed.errors.byField['ly-do-huy'] : undefined}
              maxLength={1000}
              optional={d.status === 'draft'}
            />
            <Button variant="warning">Hủy hội nghị</Button>
          </PostForm>
        </section>
      ) : null}
      {d.status === 'published' && can.held ? (
        <section aria-labelledby="to-chuc">
          <h2 id="to-chuc">Sau hội nghị</h2>
          <PostForm action={`${path}/da-to-chuc`} csrf={frame.csrf}>
            <FormError failed={failed} form="held" />
            <Button variant="secondary">Ghi nhận hội nghị đã diễn ra</Button>
          </PostForm>
        </section>
      ) : null}
      <Questions {...props} />
      <Minutes {...props} />
      <Results {...props} />
      {d.status !== 'draft' && d.status !== 'cancelled' ? (
        <section aria-labelledby="tai-ve">
          <h2 id="tai-ve">Tải văn bản</h2>
          <ul>
            {minutes ? (
              <li>
                Biên bản hội nghị: <a href={`${path}/tai-ve/bien-ban?format=pdf`}>PDF</a>,{' '}
                <a href={`${path}/tai-ve/bien-ban?format=docx`}>DOCX</a>
              </li>
            ) : null}
            <li>
              Thông báo kết luận: <a href={`${path}/tai-ve/ket-luan?format=pdf`}>PDF</a>,{' '}
              <a href={`${path}/tai-ve/ket-luan?format=docx`}>DOCX</a>
            </li>
          </ul>
        </section>
      ) : null}
    </StaffLayout>
  );
}
