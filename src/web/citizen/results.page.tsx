import type { PublicResultOutput } from '../../tasks/dto/public-results.output.js';
import { countVi, dateVi } from '../common/format.js';
import type { FormErrors } from '../common/form-errors.js';
import { Button, ErrorSummary, Select, TextField, type SelectOption } from '../common/forms.js';
import { Layout, type SiteOffice } from '../common/layout.js';

export const RESULTS_PATH = '/ket-qua';

export interface ResultsFilter {
  unitId?: string;
  subUnits?: 'true';
  type?: string;
  from?: string;
  to?: string;
}

function pageHref(f: ResultsFilter, page: number): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) q.set(k, v);
  if (page > 1) q.set('trang', String(page));
  const s = q.toString();
  return s ? `${RESULTS_PATH}?${s}` : RESULTS_PATH;
}

/** "/ket-qua" — published answers to petitions, no personal data; a GET filter form (bookmarkable), paginated. */
export function ResultsPage(props: {
  office: SiteOffice;
  units: SelectOption[];
  types: SelectOption[];
  filter: ResultsFilter;
  errors: FormErrors | null;
  items: PublicResultOutput[];
  total: number;
  page: number;
  pages: number;
}) {
  const f = props.filter;
  const e = props.errors?.byField ?? {};
  return (
    <Layout title="Kết quả giải quyết đơn" office={props.office} current={RESULTS_PATH}>
      <ErrorSummary errors={props.errors} />
      <h1>Kết quả giải quyết đơn đã công khai</h1>
      <p class="lead">
        Các trả lời của cơ quan nhà nước đối với đơn của công dân, đã được công khai. Không có họ tên hay thông tin cá
        nhân của người gửi đơn.
      </p>
      <form method="get" action={RESULTS_PATH} aria-label="Lọc kết quả">
        <Select name="unitId" label="Cơ quan, đơn vị" options={props.units} value={f.unitId} empty="Tất cả" />
        <div class="checkbox field">
          <input type="checkbox" id="subUnits" name="subUnits" value="true" checked={f.subUnits === 'true'} />
          <label for="subUnits">Gồm cả các đơn vị trực thuộc</label>
        </div>
        <Select name="type" label="Loại đơn" options={props.types} value={f.type} empty="Tất cả" />
        <TextField
          name="from"
          label="Công khai từ ngày"
          hint="Ngày/tháng/năm, ví dụ 01/03/2026"
          value={f.from}
          error={e.from}
          optional
          width="medium"
          inputMode="numeric"
        />
        <TextField
          name="to"
          label="Đến ngày"
          hint="Ngày/tháng/năm"
          value={f.to}
          error={e.to}
          optional
          width="medium"
          inputMode="numeric"
        />
        <Button variant="secondary">Lọc kết quả</Button>
      </form>
      <p role="status">{props.total === 0 ? 'Không có kết quả nào phù hợp.' : `Có ${countVi(props.total)} kết quả.`}</p>
      <ol class="list-plain">
        {props.items.map((r) => (
          <li key={r.id} class="card">
            <h2>{r.subject}</h2>
            <p>
              <span class="tag">{r.petitionTypeLabel}</span> {r.unitName} · công khai ngày {dateVi(r.publishedAt)}
            </p>
            <p>{r.answer}</p>
          </li>
        ))}
      </ol>
      {props.pages > 1 ? (
        <nav aria-label="Phân trang">
          <ul class="list-plain">
            {props.page > 1 ? (
              <li>
                <a href={pageHref(f, props.page - 1)}>Trang trước</a>
              </li>
            ) : null}
            <li aria-current="page">
              Trang {props.page}/{props.pages}
            </li>
            {props.page < props.pages ? (
              <li>
                <a href={pageHref(f, props.page + 1)}>Trang sau</a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </Layout>
  );
}
