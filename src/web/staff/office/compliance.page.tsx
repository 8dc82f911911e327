import type { ComplianceRow } from '../../../compliance/compliance.service.js';
import { Select } from '../../common/forms.js';
import { StatusTag } from '../staff-components.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { barChart } from './domain/bar-chart.js';
import { PERIOD_LABELS, periodLabel } from './domain/compliance-view.js';
import { COMPLIANCE_PATH } from './office-paths.js';

export interface CompliancePageProps {
  frame: StaffFrame;
  rows: ComplianceRow[];
  year: number;
  period: string;
  years: number[];
  units: { value: string; label: string }[];
  unitId?: string;
}

function Chart({ rows, caption }: { rows: ComplianceRow[]; caption: string }) {
  const c = barChart(
    rows.map((r) => ({
      label: `${r.fullName} – ${periodLabel(r.period)}`,
      required: r.required,
      inPerson: r.heldInPerson,
      delegated: r.heldByDeputy,
    })),
  );
  return (
    <figure class="chart">
      <svg
        role="img"
        aria-labelledby="bieu-do-tieu-de bieu-do-mo-ta"
        viewBox={`0 0 ${c.width} ${c.height}`}
        width={c.width}
        height={c.height}
        class="chart-svg"
      >
        <title id="bieu-do-tieu-de">{caption}</title>
        <desc id="bieu-do-mo-ta">
          Mỗi người đứng đầu có hai thanh: số buổi phải tiếp theo quy định (thanh viền) và số buổi đã tiếp (phần đậm:
          trực tiếp tiếp; phần sọc: ủy quyền). Số liệu có trong bảng dưới đây.
        </desc>
        <g transform={`translate(${c.labelWidth},0)`}>
          {c.ticks.map((t) => (
            <g key={t.value}>
              <line x1={t.x} x2={t.x} y1={16} y2={c.height - 20} class="chart-grid" />
              <text x={t.x} y={c.height - 6} class="chart-tick" text-anchor="middle">
                {t.value}
              </text>
            </g>
          ))}
        </g>
        {c.rows.map((r) => (
          <g key={r.label} transform={`translate(0,${r.y})`}>
            <text x={c.labelWidth - 8} y={22} class="chart-label" text-anchor="end">
              {r.label.length > 30 ? `${r.label.slice(0, 29)}…` : r.label}
            </text>
            <g transform={`translate(${c.labelWidth},0)`}>
              <rect x={0} y={2} width={Math.max(r.required.width, 1)} height={14} class="chart-required" />
              <rect x={0} y={20} width={r.inPerson.width} height={14} class="chart-held" />
              <rect x={r.delegated.x} y={20} width={r.delegated.width} height={14} class="chart-delegated" />
              <text x={r.required.width + 6} y={14} class="chart-value">
                {`Phải tiếp ${r.required.value}`}
              </text>
              <text x={r.inPerson.width + r.delegated.width + 6} y={32} class="chart-value">
                {`Đã tiếp ${r.inPerson.value} + ủy quyền ${r.delegated.value}`}
              </text>
            </g>
          </g>
        ))}
      </svg>
    </figure>
  );
}

export function CompliancePage(p: CompliancePageProps) {
  const title = 'Tuân thủ lịch tiếp công dân';
  const caption = `Số buổi tiếp phải tổ chức và đã tổ chức của người đứng đầu, năm ${p.year} (${PERIOD_LABELS[p.period as keyof typeof PERIOD_LABELS].toLowerCase()})`;
  return (
    <StaffLayout title={title} frame={p.frame} crumbs={[{ label: title }]}>
      <h1>{title}</h1>
      <form method="get" action={COMPLIANCE_PATH} class="filters">
        <Select
          name="nam"
          label="Năm"
          options={p.years.map((y) => ({ value: String(y), label: String(y) }))}
          value={String(p.year)}
        />
        <Select
          name="ky"
          label="Kỳ"
          options={Object.entries(PERIOD_LABELS).map(([value, label]) => ({ value, label }))}
          value={p.period}
        />
        <Select name="donvi" label="Đơn vị" options={p.units} value={p.unitId} empty="Mọi đơn vị" />
        <button type="submit" class="button button--secondary button--small">
          Xem
        </button>
      </form>
      {p.rows.length === 0 ? (
        <p>Không có người đứng đầu nào trong phạm vi đã chọn.</p>
      ) : (
        <>
          <Chart rows={p.rows} caption={caption} />
          <table class="data-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Người đứng đầu</th>
                <th scope="col">Đơn vị</th>
                <th scope="col">Kỳ</th>
                <th scope="col">Phải tiếp</th>
                <th scope="col">Trực tiếp tiếp</th>
                <th scope="col">Ủy quyền tiếp</th>
                <th scope="col">Còn thiếu</th>
                <th scope="col">Căn cứ</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr key={`${r.officialId}-${r.period}`}>
                  <td>
                    {r.fullName}
                    <br />
                    <span class="hint">{r.title}</span>
                  </td>
                  <td>{r.unitName}</td>
                  <td>{periodLabel(r.period)}</td>
                  <td>{r.required}</td>
                  <td>{r.heldInPerson}</td>
                  <td>{r.heldByDeputy}</td>
                  <td>
                    {r.shortfall > 0 ? (
                      <StatusTag status="overdue" label={`Thiếu ${r.shortfall}`} />
                    ) : (
                      <StatusTag status="done" label="Đủ" />
                    )}
                  </td>
                  <td>{r.rule ? r.rule.source : 'Không áp dụng'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </StaffLayout>
  );
}
