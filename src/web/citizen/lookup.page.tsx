import type { PetitionStatus } from '../../petitions/domain/petition-types.js';
import type { PetitionLookupResult } from '../../tasks/petition-lookup.service.js';
import { localDateVi } from '../common/format.js';
import type { FormErrors } from '../common/form-errors.js';
import { Button, ErrorSummary, PostForm, TextField } from '../common/forms.js';
import { Layout, type SiteOffice } from '../common/layout.js';

export const LOOKUP_PATH = '/tra-cuu';

/** The status of a petition in the words of a ward office notice. */
export const PETITION_STATUS_WORDS: Readonly<Record<PetitionStatus, string>> = {
  received: 'Đã tiếp nhận, đang xem xét thụ lý',
  accepted: 'Đã thụ lý, đang giải quyết',
  refused: 'Không thụ lý (công dân đã được thông báo lý do bằng văn bản)',
  transferred: 'Đã chuyển đến cơ quan có thẩm quyền giải quyết',
  resolved: 'Đã giải quyết',
};

function Result({ r }: { r: PetitionLookupResult }) {
  return (
    <section aria-labelledby="ket-qua-tra-cuu">
      <h2 id="ket-qua-tra-cuu">Hồ sơ {r.code}</h2>
      <dl class="summary-list">
        <div>
          <dt>Tình trạng</dt>
          <dd>{PETITION_STATUS_WORDS[r.status]}</dd>
        </div>
        {r.unit ? (
          <div>
            <dt>Cơ quan giải quyết</dt>
            <dd>{r.unit.name}</dd>
          </div>
        ) : null}
        {r.receivedOn ? (
          <div>
            <dt>Ngày tiếp nhận</dt>
            <dd>{localDateVi(r.receivedOn)}</dd>
          </div>
        ) : null}
        <div>
          <dt>Thời hạn giải quyết theo luật</dt>
          <dd>{r.dueOn ? localDateVi(r.dueOn) : 'Không có thời hạn luật định'}</dd>
        </div>
      </dl>
      {r.extensions && r.extensions.length > 0 ? (
        <>
          <h3>Gia hạn giải quyết</h3>
          <ul>
            {r.extensions.map((x, i) => (
              <li key={i}>
                Gia hạn {x.days} ngày. Lý do: {x.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {r.answer ? (
        <div class="panel">
          <h3>Kết quả giải quyết ({localDateVi(r.answer.answeredOn)})</h3>
          <p>{r.answer.summary}</p>
        </div>
      ) : r.unit ? (
        <p>Chưa có kết quả giải quyết. Cơ quan sẽ trả lời công dân bằng văn bản.</p>
      ) : null}
    </section>
  );
}

/** "/tra-cuu" — Tra cứu hồ sơ: the lookup code and secret printed on the citizen's notice. */
export function LookupPage(props: {
  office: SiteOffice;
  csrf: string;
  code?: string;
  errors?: FormErrors | null;
  result?: PetitionLookupResult | null;
}) {
  const e = props.errors?.byField ?? {};
  return (
    <Layout title="Tra cứu hồ sơ" office={props.office} current={LOOKUP_PATH}>
      <ErrorSummary errors={props.errors} />
      <h1>Tra cứu hồ sơ</h1>
      {props.result ? <Result r={props.result} /> : null}
      <p class="lead">
        Nhập mã tra cứu và mã bí mật in trên thông báo kết luận (bản gửi công dân) hoặc trong thư điện tử tiếp nhận đơn.
      </p>
      <PostForm action={LOOKUP_PATH} csrf={props.csrf}>
        <TextField
          name="code"
          label="Mã tra cứu"
          hint="Ví dụ: HS-26-7K4Q9MX (không phân biệt chữ hoa, chữ thường)"
          value={props.code}
          error={e.code}
          width="medium"
          autoComplete="off"
          spellcheck={false}
          maxLength={40}
        />
        <TextField
          name="secret"
          label="Mã bí mật"
          hint="12 ký tự, ví dụ: 7K4Q-9MXC-2AHT. Không cung cấp mã này cho người khác."
          error={e.secret}
          width="medium"
          autoComplete="off"
          spellcheck={false}
          maxLength={60}
        />
        <Button>Tra cứu</Button>
      </PostForm>
    </Layout>
  );
}
