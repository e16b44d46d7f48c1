/**
 * The plan chart as data (pure): for one area, the gemeente's real corporation share 2012–2024 (CBS 82900NED; a
 * wijk has no history, so its gemeente's line is drawn and the interface says so), the programme's projection
 * from the 0-meting, the streefbeeld path (0-meting → end of 2030 → end of 2050) and the band to its 2050 horizon.
 * Time runs as moments: a CBS figure is the stand of 1 January, the 0-meting is 1 January 2024 and "end of 2030" is
 * drawn at 1 January 2031. Texts are not here: the component words them.
 */
import type { AreaTarget } from '../domain/programme/targets';

export interface PlanChartInput {
  /** The gemeente's (or Parkstad's) real shares by year (1 January). */
  history: readonly { year: number; pct: number | null }[];
  /** 0-meting share and the share at the end of each projected year. */
  projection: { base: number; years: readonly { year: number; pct: number }[] } | null;
  target: AreaTarget | null;
  band: { lower: number; upper: number } | null;
  baseYear: number;
  horizon: number;
}

export interface PlanChart {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: readonly { x: number; year: number }[];
  yTicks: readonly { y: number; value: number }[];
  band: { x0: number; x1: number; yLower: number; yUpper: number } | null;
  /** x of the 0-meting and of the horizon (end of 2050). */
  baseX: number;
  horizonX: number;
  history: string;
  projection: string;
  /** The streefbeeld path and its two points (end of 2030, end of 2050). */
  target: { d: string; points: readonly { x: number; y: number; year: number; pct: number }[] } | null;
  /** Last projected point, for its label. */
  projectionEnd: { x: number; y: number; year: number; pct: number } | null;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

const path = (pts: readonly { x: number; y: number }[]) =>
  pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${String(p.x)},${String(p.y)}`).join('');

/**
 * The chart in a `width` × `height` box. x runs linearly from the first history year to the end of the horizon
 * year; y in steps of 10 from below the lowest value or band edge to above the highest (Heerlen 36–38 % with
 * 21–51: 10–60).
 */
export function planChart(input: PlanChartInput, width: number, height: number): PlanChart {
  const { history, projection, target, band, baseYear, horizon } = input;
  const first = Math.min(baseYear, ...history.map((h) => h.year));
  const end = horizon + 1;
  const values = [
    ...history.flatMap((h) => (h.pct === null ? [] : [h.pct])),
    ...(projection ? [projection.base, ...projection.years.map((p) => p.pct)] : []),
    ...(target ? [target.y2030, target.y2050] : []),
    ...(band ? [band.lower, band.upper] : []),
  ];
  const lo = Math.max(0, Math.floor((Math.min(...values, 100) - 3) / 10) * 10);
  const hi = Math.min(100, Math.ceil((Math.max(...values, 0) + 3) / 10) * 10);
  const plot = { left: 34, top: 10, right: width - 12, bottom: height - 20 };
  const x = (t: number) => round1(plot.left + ((t - first) / (end - first)) * (plot.right - plot.left));
  const y = (pct: number) => round1(plot.bottom - ((pct - lo) / Math.max(1, hi - lo)) * (plot.bottom - plot.top));
  const hist = history.flatMap((h) => (h.pct === null ? [] : [{ x: x(h.year), y: y(h.pct) }]));
  const proj = projection
    ? [{ x: x(baseYear), y: y(projection.base) }, ...projection.years.map((p) => ({ x: x(p.year + 1), y: y(p.pct) }))]
    : [];
  const last = projection?.years[projection.years.length - 1];
  const targetPoints = target
    ? [
        { x: x(2031), y: y(target.y2030), year: 2030, pct: target.y2030 },
        { x: x(end), y: y(target.y2050), year: horizon, pct: target.y2050 },
      ]
    : [];
  const yTicks: { y: number; value: number }[] = [];
  for (let v = lo; v <= hi; v += 10) yTicks.push({ y: y(v), value: v });
  const tickYears = [first, ...[2020, 2030, 2040].filter((t) => t > first + 3 && t < horizon - 3), horizon];
  return {
    width,
    height,
    plot,
    xTicks: tickYears.map((year) => ({ x: x(year), year })),
    yTicks,
    band: band ? { x0: x(first), x1: x(end), yLower: y(band.lower), yUpper: y(band.upper) } : null,
    baseX: x(baseYear),
    horizonX: x(end),
    history: path(hist),
    projection: path(proj),
    target: target && projection ? { d: path([{ x: x(baseYear), y: y(projection.base) }, ...targetPoints]), points: targetPoints } : null,
    projectionEnd: last ? { x: x(last.year + 1), y: y(last.pct), year: last.year, pct: last.pct } : null,
  };
}
