import type {
  PublicDialogueOutput,
  PublicDialogueQuestionOutput,
} from '../../dialogues/dto/public-dialogues.output.js';
import { dateVi, dayDateVi, localDateVi, timeRangeVi } from '../common/format.js';
import type { FormErrors } from '../common/form-errors.js';
import { Button, ErrorSummary, PostForm, Textarea, TextField } from '../common/forms.js';
import { Layout, type SiteOffice } from '../common/layout.js';

export const DIALOGUES_PATH = '/doi-thoai';
export const dialoguePath = (id: string) => `${DIALOGUES_PATH}/${id}`;

function When({ d }: { d: PublicDialogueOutput }) {
  return (
    <>
      {dayDateVi(d.startsAt, d.timeZone)}, {timeRangeVi(d.startsAt, d.endsAt, d.timeZone)}
    </>
  );
}

/** "/doi-thoai" — the announced dialogues (of one unit when chosen). */
export function DialoguesPage(props: {
  office: SiteOffice;
  unitName: string | null;
  dialogues: PublicDialogueOutput[];
}) {
  return (
    <Layout title="Hội nghị đối thoại" office={props.office} current={DIALOGUES_PATH}>
      <h1>Hội nghị đối thoại với Nhân dân{props.unitName ? ` — ${props.unitName}` : ''}</h1>
      <p class="lead">
        Chính quyền đối thoại trực tiếp với người dân. Bạn có thể gửi câu hỏi trước hội nghị và xem kết quả, các cam kết
        sau hội nghị.
      </p>
      {props.dialogues.length === 0 ? <p>Chưa có hội nghị đối thoại nào được thông báo.</p> : null}
      <ul class="list-plain">
        {props.dialogues.map((d) => (
          <li key={d.id} class={d.status === 'cancelled' ? 'card card--cancelled' : 'card'}>
            <h2>
              <a href={dialoguePath(d.id)}>{d.topic}</a>
            </h2>
            <p>
              <span class="tag">{d.statusLabel}</span> {d.unitName}
            </p>
            <p>
              <When d={d} />
              {d.venue ? ` · ${d.venue.name}, ${d.venue.address}` : ''}
            </p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

/** "/doi-thoai/:id" — one dialogue: how to take part, the question form, accepted questions, results and commitments. */
export function DialoguePage(props: {
  office: SiteOffice;
  d: PublicDialogueOutput;
  questions: PublicDialogueQuestionOutput[];
  open: boolean;
  csrf: string;
  sent: boolean;
  values?: { fullName?: string; contact?: string; question?: string };
  errors?: FormErrors | null;
}) {
  const { d } = props;
  const e = props.errors?.byField ?? {};
  const v = props.values ?? {};
  return (
    <Layout title={d.topic} office={props.office} current={DIALOGUES_PATH}>
      <ErrorSummary errors={props.errors} />
      <p>
        <a href={`${DIALOGUES_PATH}?unitId=${d.unitId}`}>Các hội nghị đối thoại của {d.unitName}</a>
      </p>
      <h1>{d.topic}</h1>
      {props.sent ? (
        <div class="notice" role="status">
          <h2>Đã gửi câu hỏi</h2>
          <p>
            Cảm ơn bạn. Câu hỏi sẽ được xem xét trước khi công khai; họ tên và liên hệ của bạn không được công khai.
          </p>
        </div>
      ) : null}
      {d.status === 'cancelled' ? (
        <p class="notice notice--warning">Hội nghị đã bị hủy. {d.changeReason ? `Lý do: ${d.changeReason}` : ''}</p>
      ) : null}
      <dl class="summary-list">
        <div>
          <dt>Thời gian</dt>
          <dd>
            <When d={d} />
          </dd>
        </div>
        <div>
          <dt>Chủ trì</dt>
          <dd>{d.chairs.map((c) => (c.title ? `${c.fullName}, ${c.title}` : c.fullName)).join('; ') || '—'}</dd>
        </div>
        <div>
          <dt>Hình thức</dt>
          <dd>{d.modeLabel}</dd>
        </div>
        {d.venue ? (
          <div>
            <dt>Địa điểm</dt>
            <dd>
              {d.venue.name}, {d.venue.address}
            </dd>
          </div>
        ) : null}
        {d.onlineUrl ? (
          <div>
            <dt>Tham dự trực tuyến</dt>
            <dd>
              <a href={d.onlineUrl} rel="noopener noreferrer">
                {d.onlineUrl}
              </a>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Tình trạng</dt>
          <dd>{d.statusLabel}</dd>
        </div>
      </dl>
      {d.content ? (
        <>
          <h2>Nội dung</h2>
          <p>{d.content}</p>
        </>
      ) : null}
      <h2>Cách thức tham dự</h2>
      <p>
        {d.mode === 'online'
          ? 'Người dân tham dự qua đường dẫn trực tuyến ở trên vào đúng giờ.'
          : 'Người dân đến địa điểm trên trước giờ bắt đầu, mang theo căn cước công dân.'}{' '}
        Bạn có thể gửi câu hỏi trước hội nghị bằng mẫu dưới đây.
      </p>
      {props.open ? (
        <section aria-labelledby="gui-cau-hoi">
          <h2 id="gui-cau-hoi">Gửi câu hỏi</h2>
          <PostForm action={`${dialoguePath(d.id)}/cau-hoi`} csrf={props.csrf}>
            <TextField
              name="fullName"
              label="Họ và tên"
              value={v.fullName}
              error={e.fullName}
              autoComplete="name"
              maxLength={120}
            />
            <TextField
              name="contact"
              label="Số điện thoại hoặc email để nhận trả lời"
              hint="Không bao giờ được công khai."
              value={v.contact}
              error={e.contact}
              optional
              maxLength={200}
            />
            <Textarea
              name="question"
              label="Câu hỏi"
              hint="Từ 10 đến 2.000 ký tự."
              value={v.question}
              error={e.question}
              maxLength={2000}
            />
            <Button>Gửi câu hỏi</Button>
          </PostForm>
        </section>
      ) : null}
      <section aria-labelledby="cau-hoi-da-nhan">
        <h2 id="cau-hoi-da-nhan">Câu hỏi đã được chấp nhận</h2>
        {props.questions.length === 0 ? <p>Chưa có câu hỏi nào được công khai.</p> : null}
        <ol>
          {props.questions.map((q) => (
            <li key={q.id}>
              <p>{q.question}</p>
              {q.duplicatesMerged > 0 ? <p class="hint">Và {q.duplicatesMerged} câu hỏi cùng nội dung.</p> : null}
            </li>
          ))}
        </ol>
      </section>
      {d.results ? (
        <section aria-labelledby="ket-qua-doi-thoai">
          <h2 id="ket-qua-doi-thoai">Kết quả hội nghị</h2>
          {d.results.publishedAt ? <p class="hint">Công bố ngày {dateVi(d.results.publishedAt)}</p> : null}
          <p>{d.results.summary}</p>
          {d.answers.length ? (
            <>
              <h3>Trả lời tại hội nghị</h3>
              <dl>
                {d.answers.map((a, i) => (
                  <div key={i}>
                    <dt>{a.question}</dt>
                    <dd>{a.answer}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : null}
          {d.commitments.length ? (
            <>
              <h3>Các cam kết và tình trạng thực hiện</h3>
              <ul class="list-plain">
                {d.commitments.map((c, i) => (
                  <li key={i} class="card">
                    <p>{c.text}</p>
                    <p>
                      {c.assigneeUnitName ? `Đơn vị thực hiện: ${c.assigneeUnitName}. ` : ''}
                      {c.dueDate ? `Hạn: ${localDateVi(c.dueDate)}. ` : ''}
                      Tình trạng: <strong>{c.taskStatusLabel ?? 'Chưa giao'}</strong>
                      {c.completedAt ? ` (hoàn thành ${dateVi(c.completedAt)})` : ''}
                    </p>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </Layout>
  );
}
