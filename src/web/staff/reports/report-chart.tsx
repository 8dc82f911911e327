import { type ChartBlock, chartGeometry, SERIES_FILLS } from '../../../documents/domain/chart.js';
import { cellVi } from './domain/report-choice.js';

const WIDTH = 720;
const HEIGHT = 300;

/**
 * A report chart drawn by the server as inline SVG from the same geometry as the PDF and DOCX (documents' chart.ts):
 * `role="img"` named by its title, then the same figures as a table (screen readers and printouts read the table).
 */
export function ReportChart({ block, id }: { block: ChartBlock; id: string }) {
  const g = chartGeometry(block, WIDTH, HEIGHT);
  const titleId = `${id}-tieu-de`;
  return (
    <figure class="report-chart">
      <svg
        role="img"
        aria-labelledby={titleId}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        class="report-chart-svg"
      >
        <title id={titleId}>{block.title}</title>
        <rect width={WIDTH} height={HEIGHT} fill="#ffffff" />
        {g.gridLines.map((l, i) => (
          <line key={`g${i}`} x1={g.plot.x} y1={l.y} x2={g.plot.x + g.plot.w} y2={l.y} stroke="#d0d0d0" />
        ))}
        <line x1={g.plot.x} y1={g.plot.y} x2={g.plot.x} y2={g.plot.y + g.plot.h} stroke="#000000" />
        <line
          x1={g.plot.x}
          y1={g.plot.y + g.plot.h}
          x2={g.plot.x + g.plot.w}
          y2={g.plot.y + g.plot.h}
          stroke="#000000"
        />
        {g.bars.map((b, i) => (
          <rect
            key={`b${i}`}
            x={b.x}
            y={b.y}
            width={b.w}
            height={b.h}
            fill={SERIES_FILLS[b.series % SERIES_FILLS.length]}
          />
        ))}
        {g.lines.map((l) => (
          <polyline
            key={`l${l.series}`}
            fill="none"
            stroke={SERIES_FILLS[l.series % SERIES_FILLS.length]}
            stroke-width="2"
            points={l.points.map((p) => p.join(',')).join(' ')}
          />
        ))}
        {g.lines.flatMap((l) =>
          l.points.map(([x, y], i) => (
            <circle key={`c${l.series}-${i}`} cx={x} cy={y} r="3" fill={SERIES_FILLS[l.series % SERIES_FILLS.length]} />
          )),
        )}
        {g.texts.map((t, i) => (
          <text key={`t${i}`} x={t.x} y={t.y} font-size={t.size + 2} text-anchor={t.anchor} fill="#000000">
            {t.text}
          </text>
        ))}
        {g.legend.map((l) => (
          <g key={`k${l.series}`}>
            <rect x={l.x} y={l.y} width="10" height="10" fill={SERIES_FILLS[l.series % SERIES_FILLS.length]} />
            <text x={l.x + 14} y={l.y + 9} font-size="10" fill="#000000">
              {l.name}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>{block.title}</figcaption>
      <table class="data-table report-chart-data">
        <caption>Số liệu của {block.title.charAt(0).toLowerCase() + block.title.slice(1)}</caption>
        <thead>
          <tr>
            <th scope="col">{block.kind === 'line' ? 'Tháng' : 'Nhóm'}</th>
            {block.series.map((s) => (
              <th scope="col" class="num" key={s.name}>
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.labels.map((label, i) => (
            <tr key={label + i}>
              <th scope="row">{label}</th>
              {block.series.map((s) => (
                <td class="num" key={s.name}>
                  {cellVi(s.values[i] ?? null)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
