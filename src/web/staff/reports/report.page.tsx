import type { ReportTable, ReportView } from '../../../reports/domain/report-tables.js';
import { reportCharts } from '../../../reports/domain/report-document.js';
import { reportTables } from '../../../reports/domain/report-tables.js';
import { dayDateVi, localDateVi } from '../../common/format.js';
import type { FormErrors } from '../../common/form-errors.js';
import { Button, ErrorSummary, Hidden, PostForm, Select, Textarea, TextField } from '../../common/forms.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { cellVi, PERIOD_CHOICES, reportQueryString, type ReportChoiceValues } from './domain/report-choice.js';
import { ReportChart } from './report-chart.js';
import { REPORTS_STAFF_PATH } from './report-paths.js';

export interface ReportVersion {
  version: number;
  documentNumber: string;
  reason: string | null;
  sentAt: string;
}

export interface ReportPageProps {
  frame: StaffFrame;
  units: { id: string; name: string }[];
  values: ReportChoiceValues;
  /** The report (null when the choice does not read: then `errors` says why). */
  report: (ReportView & { frozen: { version: number; documentNumber: string; sentAt: string } | null }) | null;
  versions: ReportVersion[];
  live: boolean;
  canSend: boolean;
  errors?: FormErrors | null;
  /** Errors and typed values of the "sent" form. */
  sendErrors?: FormErrors | null;
  sendValues?: { documentNumber?: string; reason?: string };
  done?: string | null;
}

function FiguresTable({ table, index }: { table: ReportTable; index: number }) {
  return (
    <table class="data-table report-table" id={`bang-${index + 1}`}>
      <caption>{table.title}</caption>
      <thead>
        <tr>
          {table.columns.map((c, i) => (
            <th scope="col" class={i === 0 ? undefined : 'num'} key={c}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, i) =>
              i === 0 ? (
                <th scope="row" key={i}>
                  {cellVi(cell)}
                </th>
              ) : (
                <td class="num" key={i}>
                  {cellVi(cell)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `/can-bo/bao-cao`: choose the unit and period, read the figures and charts, download, mark as sent. */
export function ReportPage(props: ReportPageProps) {
  const { frame, values, report, errors } = props;
  const e = errors?.byField ?? {};
  const se = props.sendErrors?.byField ?? {};
  const q = reportQueryString(values);
  const title = report
    ? `Báo cáo của ${report.unit.name} từ ${localDateVi(report.from)} đến ${localDateVi(report.to)}`
    : 'Báo cáo định kỳ';
  return (
    <StaffLayout title="Báo cáo định kỳ" frame={frame} crumbs={[{ label: 'Báo cáo' }]}>
      <ErrorSummary errors={errors ?? props.sendErrors} />
      {props.done === 'da-gui' ? (
        <div class="notice" role="status">
          <p>Đã đánh dấu báo cáo đã gửi. Số liệu của báo cáo được giữ nguyên như khi gửi.</p>
        </div>
      ) : null}
      <h1>Báo cáo định kỳ</h1>
      <form method="get" action={REPORTS_STAFF_PATH} class="filters report-choice">
        <Select
          name="unitId"
          label="Đơn vị (cộng cả các đơn vị trực thuộc)"
          options={props.units.map((u) => ({ value: u.id, label: u.name }))}
          value={values.unitId}
          error={e.unitId}
        />
        <Select
          name="period"
          label="Kỳ báo cáo"
          options={PERIOD_CHOICES.map((c) => ({ value: c.value, label: c.label }))}
          value={values.period}
          error={e.period}
        />
        <TextField name="year" label="Năm" value={values.year} error={e.year} width="short" inputMode="numeric" />
        <Select
          name="month"
          label="Tháng (với báo cáo tháng)"
          options={Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `Tháng ${i + 1}` }))}
          value={values.month}
          error={e.month}
        />
        <TextField
          name="from"
          label="Từ ngày (với khoảng tùy chọn)"
          hint="Ngày/tháng/năm."
          value={values.from}
          error={e.from}
          width="short"
          optional
        />
        <TextField
          name="to"
          label="Đến ngày (với khoảng tùy chọn)"
          hint="Ngày/tháng/năm."
          value={values.to}
          error={e.to}
          width="short"
          optional
        />
        <button type="submit" class="button button--secondary">
          Xem báo cáo
        </button>
      </form>
      {report ? (
        <>
          <h2>{title}</h2>
          {report.frozen ? (
            <div class="notice" role="status">
              <p>
                Báo cáo đã gửi: số văn bản <strong>{report.frozen.documentNumber}</strong>, phiên bản{' '}
                {report.frozen.version}, ngày {dayDateVi(report.frozen.sentAt)}. Số liệu dưới đây là số liệu đã gửi (giữ
                nguyên).{' '}
                <a href={`${REPORTS_STAFF_PATH}?${reportQueryString(values, { live: 'true' })}`}>
                  Xem số liệu tính lại hôm nay
                </a>
              </p>
            </div>
          ) : props.live ? (
            <p>
              Số liệu tính lại hôm nay. <a href={`${REPORTS_STAFF_PATH}?${q}`}>Xem số liệu đã gửi</a>
            </p>
          ) : null}
          <p class="report-downloads">
            Tải báo cáo: <a href={`${REPORTS_STAFF_PATH}/tai-ve?${q}&format=pdf`}>PDF</a>,{' '}
            <a href={`${REPORTS_STAFF_PATH}/tai-ve?${q}&format=docx`}>DOCX</a>,{' '}
            <a href={`${REPORTS_STAFF_PATH}/tai-ve?${q}&format=xlsx`}>XLSX</a>
          </p>
          <p>
            Kỳ trước: {localDateVi(report.previous.from)} – {localDateVi(report.previous.to)}. Cùng kỳ năm trước:{' '}
            {localDateVi(report.sameTimeLastYear.from)} – {localDateVi(report.sameTimeLastYear.to)}.
          </p>
          {reportTables(report).map((t, i) => (
            <FiguresTable table={t} index={i} key={t.sheet} />
          ))}
          <h2>Biểu đồ</h2>
          {reportCharts(report).map((c, i) => (
            <ReportChart block={c} id={`bieu-do-${i + 1}`} key={c.title} />
          ))}
          <h2 id="da-gui">Gửi báo cáo</h2>
          {props.versions.length > 0 ? (
            <table class="data-table">
              <caption>Các phiên bản đã gửi</caption>
              <thead>
                <tr>
                  <th scope="col">Phiên bản</th>
                  <th scope="col">Số văn bản</th>
                  <th scope="col">Ngày gửi</th>
                  <th scope="col">Lý do phát hành lại</th>
                </tr>
              </thead>
              <tbody>
                {props.versions.map((v) => (
                  <tr key={v.version}>
                    <td>{v.version}</td>
                    <td>{v.documentNumber}</td>
                    <td>{dayDateVi(v.sentAt)}</td>
                    <td>{v.reason ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>Báo cáo của kỳ này chưa được gửi.</p>
          )}
          {props.canSend ? (
            <PostForm action={`${REPORTS_STAFF_PATH}/da-gui`} csrf={frame.csrf}>
              <Hidden name="unitId" value={values.unitId} />
              <Hidden name="period" value={values.period} />
              <Hidden name="year" value={values.year} />
              <Hidden name="month" value={values.month} />
              <Hidden name="from" value={values.from} />
              <Hidden name="to" value={values.to} />
              <TextField
                name="documentNumber"
                id="so-van-ban"
                label="Số văn bản báo cáo"
                hint="Ví dụ 12/BC-UBND. Khi đánh dấu đã gửi, số liệu của báo cáo được giữ nguyên."
                value={props.sendValues?.documentNumber}
                error={se['so-van-ban']}
                maxLength={60}
                width="medium"
              />
              {props.versions.length > 0 ? (
                <Textarea
                  name="reason"
                  id="ly-do"
                  label="Lý do phát hành phiên bản mới"
                  hint="Bắt buộc khi báo cáo của kỳ này đã gửi."
                  rows={2}
                  value={props.sendValues?.reason}
                  error={se['ly-do']}
                  maxLength={1000}
                />
              ) : null}
              <Button>{props.versions.length > 0 ? 'Phát hành phiên bản mới' : 'Đánh dấu đã gửi'}</Button>
            </PostForm>
          ) : null}
        </>
      ) : null}
    </StaffLayout>
  );
}
