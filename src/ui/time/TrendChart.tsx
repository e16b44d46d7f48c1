/**
 * The trend chart: the view model's chart model drawn as SVG (band, horizon, a line per region with a label at
 * its end, series breaks marked), the remarks the data asks for, and the same figures in a table. Colours come
 * from the theme through the model; every text through the dictionaries.
 */
import { useStore } from '../../state/store';
import type { TrendChart as Chart } from '../../state/trend-chart';
import { useT } from '../../i18n';
import { fill } from '../../i18n/text';
import { lineName, trendNoteText } from '../../i18n/time-text';
import { formatPct } from '../../domain/numbers';
import { TREND_COLORS, TREND_DASH } from '../../config/theme';
import { shareIn } from '../../domain/trend-view';
import { TrendTable } from './TrendTable';
import './time.css';

const FONT = 10;

export function TrendChart({ chart, testId }: { chart: Chart; testId: string }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const { view, plot, band } = chart;
  const from = view.years[0] ?? band.horizon;
  const to = view.years[view.years.length - 1] ?? band.horizon;
  const summary = view.lines
    .map((l) => `${lineName(l, t)} ${formatPct(shareIn(l, from), lang)} → ${formatPct(shareIn(l, to), lang)}`)
    .join('; ');
  const title = fill(t.trendTitle, { from, to });
  return (
    <figure className="trend" data-testid={testId}>
      <figcaption className="trend-title">{title}</figcaption>
      <p className="note">{fill(t.trendIntro, { horizon: band.horizon })}</p>
      <svg
        viewBox={`0 0 ${String(chart.width)} ${String(chart.height)}`}
        width="100%"
        role="img"
        aria-label={fill(t.trendChartLabel, { from, to, lines: summary })}
        className="trend-svg"
      >
        <rect x={band.x0} y={band.yUpper} width={band.x1 - band.x0} height={band.yLower - band.yUpper} fill={TREND_COLORS.bandFill} />
        {chart.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={plot.left} x2={chart.horizonX} y1={tick.y} y2={tick.y} stroke={TREND_COLORS.grid} strokeWidth={0.6} />
            <text x={plot.left - 4} y={tick.y + 3} fontSize={FONT} textAnchor="end" fill={TREND_COLORS.text}>
              {formatPct(tick.value, lang, 0)}
            </text>
          </g>
        ))}
        {[band.yLower, band.yUpper].map((y) => (
          <line key={y} x1={band.x0} x2={band.x1} y1={y} y2={y} stroke={TREND_COLORS.bandEdge} strokeWidth={1} />
        ))}
        <line
          x1={band.x0}
          x2={band.x1}
          y1={band.yCentre}
          y2={band.yCentre}
          stroke={TREND_COLORS.centre}
          strokeWidth={0.8}
          strokeDasharray={TREND_DASH.centre}
        />
        <text x={plot.left + 3} y={band.yUpper - 3} fontSize={FONT - 1} fill={TREND_COLORS.text} data-testid={`${testId}-band`}>
          {fill(t.trendBand, { lower: band.lower, upper: band.upper, centre: band.centre })}
        </text>
        <line x1={chart.horizonX} x2={chart.horizonX} y1={band.yUpper} y2={band.yLower} stroke={TREND_COLORS.horizon} strokeWidth={4} />
        <text x={chart.horizonX + 2} y={band.yUpper - 3} fontSize={FONT - 1} textAnchor="end" fill={TREND_COLORS.horizon}>
          {fill(t.trendHorizon, { horizon: band.horizon })}
        </text>
        <line x1={plot.left} x2={chart.axisBreakX - 3} y1={plot.bottom} y2={plot.bottom} stroke={TREND_COLORS.axis} />
        <line x1={chart.axisBreakX + 3} x2={chart.horizonX} y1={plot.bottom} y2={plot.bottom} stroke={TREND_COLORS.axis} />
        {[-3, 3].map((dx) => (
          <line
            key={dx}
            x1={chart.axisBreakX + dx - 2}
            x2={chart.axisBreakX + dx + 2}
            y1={plot.bottom + 4}
            y2={plot.bottom - 4}
            stroke={TREND_COLORS.axis}
          />
        ))}
        {chart.xTicks.map((tick) => (
          <text key={tick.year} x={tick.x} y={plot.bottom + 13} fontSize={FONT} textAnchor="middle" fill={TREND_COLORS.text}>
            {tick.year}
          </text>
        ))}
        <text x={chart.horizonX} y={plot.bottom + 13} fontSize={FONT} textAnchor="end" fontWeight={700} fill={TREND_COLORS.horizon}>
          {band.horizon}
        </text>
        {chart.lines.map((line) => (
          <g key={line.code} data-code={line.code}>
            {line.runs.map((run) => (
              <path
                key={run.d}
                d={run.d}
                fill="none"
                stroke={line.color}
                strokeWidth={line.width}
                strokeDasharray={line.dash ?? (run.summed ? TREND_DASH.predecessors : undefined)}
                strokeLinejoin="round"
              />
            ))}
            {line.dots.map((d) => (
              <circle key={`${String(d.x)},${String(d.y)}`} cx={d.x} cy={d.y} r={2.2} fill={line.color} />
            ))}
            {line.label && (
              <>
                <line
                  x1={line.label.endX + 3}
                  y1={line.label.endY}
                  x2={line.label.x - 2}
                  y2={line.label.y}
                  stroke={line.color}
                  strokeWidth={0.6}
                />
                <text
                  x={line.label.x}
                  y={line.label.y + 3}
                  fontSize={FONT}
                  fill={line.color}
                  fontWeight={line.role === 'gemeente' ? 700 : 400}
                  stroke={TREND_COLORS.halo}
                  strokeWidth={3}
                  paintOrder="stroke"
                >
                  {lineName(line, t)}
                </text>
              </>
            )}
          </g>
        ))}
        {chart.breaks.map((b) => (
          <g key={`${b.code}-${String(b.x)}`} stroke={TREND_COLORS.breakMark} strokeWidth={1.2} data-testid={`${testId}-break`}>
            <line x1={b.x - 4} y1={b.y + 5} x2={b.x - 1} y2={b.y - 5} />
            <line x1={b.x + 1} y1={b.y + 5} x2={b.x + 4} y2={b.y - 5} />
          </g>
        ))}
      </svg>
      <ul className="trend-notes" data-testid={`${testId}-notes`}>
        {view.notes.map((n) => (
          <li key={`${n.kind}-${n.code}`}>{trendNoteText(n, t)}</li>
        ))}
      </ul>
      <TrendTable view={view} testId={`${testId}-table`} />
      <p className="note">{t.trendSource}</p>
    </figure>
  );
}
