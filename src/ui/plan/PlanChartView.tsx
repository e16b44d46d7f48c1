/**
 * The plan chart of one area: the gemeente's real line 2012–2024, the projection of the programme, the streefbeeld
 * path and the band to its 2050 horizon, drawn as SVG from the pure chart model, with the figures in a table.
 * A wijk has no history of its own (CBS publishes tenure per wijk only for single years): the chart says so.
 */
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { fill } from '../../i18n/text';
import { planSubject, selectPlanChartInput } from '../../state/plan-model';
import { planChart } from '../../state/plan-chart';
import { formatPct } from '../../domain/numbers';
import { PLAN_CHART_COLORS as C, PLAN_CHART_DASH } from '../../config/theme';
import { PARKSTAD, PARKSTAD_SCOPE } from '../../config/policy';
import { areaName } from '../pairs/text';

const W = 340;
const H = 190;
const FONT = 10;

export function PlanChartView() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const code = useStore(planSubject);
  const input = useStore((s) => selectPlanChartInput(s, code));
  const base = useStore((s) => s.base);
  if (!input || !base) return null;
  const chart = planChart(input, W, H);
  const band = chart.band;
  const gemeenteName =
    input.gemeente === PARKSTAD_SCOPE ? t.chartParkstad : (PARKSTAD.find((g) => g.code === input.gemeente)?.name ?? input.gemeente);
  const isArea = code.startsWith('WK') || code.startsWith('BU');
  const name = isArea ? areaName(base, code) : gemeenteName;
  const pct = (v: number | null) => formatPct(v, lang, 1);
  const lastHistory = input.history[input.history.length - 1];
  const projected = input.projection?.years ?? [];
  const end = projected[projected.length - 1];
  const label = fill(t.chartLabel, {
    name,
    history: `${gemeenteName} ${pct(input.history[0]?.pct ?? null)} (${String(input.history[0]?.year ?? '')}) → ${pct(lastHistory?.pct ?? null)} (${String(lastHistory?.year ?? '')})`,
    projection: end ? `${pct(input.projection?.base ?? null)} → ${pct(end.pct)} (${fill(t.planMapEndOf, { year: end.year })})` : '—',
    target: input.target ? `${pct(input.target.y2030)} (2030), ${pct(input.target.y2050)} (2050)` : '—',
  });
  return (
    <figure className="plan-chart" data-testid="plan-chart" data-code={code}>
      <figcaption>
        <strong>
          {t.chartFor} {name}
        </strong>
      </figcaption>
      {isArea && <p className="note">{t.chartNoHistory}</p>}
      <svg viewBox={`0 0 ${String(W)} ${String(H)}`} width="100%" role="img" aria-label={label} className="plan-chart-svg">
        {chart.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={chart.plot.left} x2={chart.plot.right} y1={tick.y} y2={tick.y} stroke={C.grid} strokeWidth={0.6} />
            <text x={chart.plot.left - 4} y={tick.y + 3} fontSize={FONT} textAnchor="end" fill={C.text}>
              {formatPct(tick.value, lang, 0)}
            </text>
          </g>
        ))}
        {band && (
          <g data-testid="plan-chart-band">
            <rect x={band.x0} y={band.yUpper} width={band.x1 - band.x0} height={band.yLower - band.yUpper} fill={C.bandFill} />
            {[band.yLower, band.yUpper].map((y, i) => (
              <line key={i} x1={band.x0} x2={band.x1} y1={y} y2={y} stroke={C.bandEdge} strokeWidth={0.8} />
            ))}
            <text x={chart.plot.left + 3} y={band.yUpper - 3} fontSize={FONT - 1} fill={C.text}>
              {fill(t.chartBand, { lower: input.band?.lower ?? '', upper: input.band?.upper ?? '' })}
            </text>
          </g>
        )}
        <line x1={chart.horizonX} x2={chart.horizonX} y1={chart.plot.top} y2={chart.plot.bottom} stroke={C.horizon} strokeWidth={2} />
        <line
          x1={chart.baseX}
          x2={chart.baseX}
          y1={chart.plot.top}
          y2={chart.plot.bottom}
          stroke={C.axis}
          strokeWidth={0.6}
          strokeDasharray="2 2"
        />
        <line x1={chart.plot.left} x2={chart.plot.right} y1={chart.plot.bottom} y2={chart.plot.bottom} stroke={C.axis} />
        {chart.xTicks.map((tick) => (
          <text key={tick.year} x={tick.x} y={chart.plot.bottom + 13} fontSize={FONT} textAnchor="middle" fill={C.text}>
            {tick.year}
          </text>
        ))}
        <path d={chart.history} fill="none" stroke={C.history} strokeWidth={2.25} data-testid="plan-chart-history" />
        <path
          d={chart.projection}
          fill="none"
          stroke={C.projection}
          strokeWidth={2.25}
          strokeDasharray={PLAN_CHART_DASH.projection}
          data-testid="plan-chart-projection"
        />
        {chart.target && (
          <g data-testid="plan-chart-target">
            <path d={chart.target.d} fill="none" stroke={C.target} strokeWidth={1.5} strokeDasharray={PLAN_CHART_DASH.target} />
            {chart.target.points.map((p) => (
              <circle key={p.year} cx={p.x} cy={p.y} r={3} fill={C.target} />
            ))}
          </g>
        )}
      </svg>
      <ul className="chart-key">
        <li>
          <span className="key-line" style={{ borderColor: C.history }} /> {fill(t.chartHistory, { name: gemeenteName })}
        </li>
        <li>
          <span className="key-line dashed" style={{ borderColor: C.projection }} /> {t.chartProjection}
        </li>
        {input.target && (
          <li>
            <span className="key-line dotted" style={{ borderColor: C.target }} /> {t.chartTarget}
          </li>
        )}
        <li>
          <span className="key-line" style={{ borderColor: C.horizon }} /> {fill(t.chartHorizon, { year: input.horizon })}
        </li>
      </ul>
      <p className="note">
        {t.chartMoments} {t.planYearAssumption}
      </p>
      <details>
        <summary>{t.chartTable}</summary>
        <table className="area-table compact" data-testid="plan-chart-table">
          <thead>
            <tr>
              <th scope="col">{t.chartMoment}</th>
              <th scope="col">{t.chartShare}</th>
            </tr>
          </thead>
          <tbody>
            {input.history.map((h) => (
              <tr key={`h${String(h.year)}`}>
                <th scope="row">
                  {gemeenteName}, 1-1-{h.year}
                </th>
                <td className="num">{pct(h.pct)}</td>
              </tr>
            ))}
            {input.projection && (
              <tr>
                <th scope="row">{name}, 0-meting</th>
                <td className="num">{pct(input.projection.base)}</td>
              </tr>
            )}
            {projected.map((p) => (
              <tr key={`p${String(p.year)}`}>
                <th scope="row">
                  {name}, {fill(t.planMapEndOf, { year: p.year })}
                </th>
                <td className="num">{pct(p.pct)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
