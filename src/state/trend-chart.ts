/**
 * The trend chart as data (pure): from a trend view and the band to the geometry an SVG draws — axes, the band
 * from the first year to its horizon (2050, after a break in the x axis), a polyline per run of each line, the
 * marks of CBS series breaks and a label at the end of each line, spread so labels do not overlap. Colours and
 * dash patterns come from the theme. Texts are not here: the component words them through the dictionaries.
 */
import { trendRuns, type TrendView } from '../domain/trend-view';
import { TREND_COLORS, TREND_DASH } from '../config/theme';

export interface ChartBand {
  lower: number;
  upper: number;
  centre: number;
  /** The year the band is a guideline for. */
  horizon: number;
}

export interface ChartLine {
  code: string;
  /** The region's name as the trend names it (the interface translates reference regions). */
  name: string;
  role: 'gemeente' | 'reference';
  color: string;
  dash: string | null;
  width: number;
  /** SVG path data per run; `summed` runs are years that are a sum of predecessor gemeenten. */
  runs: readonly { d: string; summed: boolean }[];
  /** Points drawn as dots: the ends of each run (so a single-year run between two breaks is visible). */
  dots: readonly { x: number; y: number }[];
  /** End label: text position (y spread to avoid overlap) and the line's own end point. */
  label: { x: number; y: number; endX: number; endY: number } | null;
}

export interface TrendChart {
  view: TrendView;
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: readonly { x: number; year: number }[];
  yTicks: readonly { y: number; value: number }[];
  /** Where the x axis is broken between the last year with data and the horizon. */
  axisBreakX: number;
  horizonX: number;
  band: ChartBand & { x0: number; x1: number; yLower: number; yUpper: number; yCentre: number };
  /** In drawing order: reference regions first, then the gemeenten on top. */
  lines: readonly ChartLine[];
  breaks: readonly { x: number; y: number; code: string }[];
}

const LEFT = 36;
const TOP = 12;
const BOTTOM = 22;
const RIGHT_PAD = 16;
/** Room between the last year and the horizon for the end labels. */
const LABEL_ROOM = 104;
export const LABEL_GAP = 11;

/**
 * Label positions: `ys` sorted top to bottom keep at least `gap` between them, moved as little as the order
 * allows and kept within [min, max]. Returns the new positions in the input's order.
 */
export function spreadLabels(ys: readonly number[], gap: number, min: number, max: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => Math.min(Math.max(o.y, min), max));
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k] ?? 0, (placed[k - 1] ?? 0) + gap);
  const last = placed.length - 1;
  if (last >= 0 && (placed[last] ?? 0) > max) {
    placed[last] = max;
    for (let k = last - 1; k >= 0; k--) placed[k] = Math.min(placed[k] ?? 0, (placed[k + 1] ?? 0) - gap);
  }
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = placed[k] ?? o.y));
  return out;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The chart of `view` with `band` in a `width` × `height` box. The y axis runs in steps of 10 from below the
 * lowest value or band edge to above the highest (e.g. 10–60 for Heerlen's 21–51 band and shares of 18–38 %).
 */
export function trendChart(view: TrendView, band: ChartBand, width: number, height: number): TrendChart {
  const years = view.years;
  const first = years[0] ?? band.horizon;
  const last = years[years.length - 1] ?? band.horizon;
  const values = view.lines.flatMap((l) => l.points.flatMap((p) => (p.pct === null ? [] : [p.pct])));
  const lo = Math.max(0, Math.floor((Math.min(band.lower, ...values) - 3) / 10) * 10);
  const hi = Math.min(100, Math.ceil((Math.max(band.upper, ...values) + 3) / 10) * 10);
  const plot = { left: LEFT, top: TOP, right: width - RIGHT_PAD - LABEL_ROOM, bottom: height - BOTTOM };
  const horizonX = width - RIGHT_PAD;
  const x = (year: number) => round1(last === first ? plot.left : plot.left + ((year - first) / (last - first)) * (plot.right - plot.left));
  const y = (pct: number) => round1(plot.bottom - ((pct - lo) / (hi - lo)) * (plot.bottom - plot.top));
  const lines = view.lines.map((line): Omit<ChartLine, 'label'> & { end: { x: number; y: number } | null } => {
    const runs = trendRuns(line.points);
    const reference = line.role === 'reference';
    const color = reference
      ? (TREND_COLORS.references[line.code] ?? TREND_COLORS.otherGemeente)
      : (TREND_COLORS.gemeenten[line.code] ?? TREND_COLORS.otherGemeente);
    const lastRun = runs[runs.length - 1];
    const lastPoint = lastRun?.points[lastRun.points.length - 1];
    return {
      code: line.code,
      name: line.name,
      role: line.role,
      color,
      dash: reference ? (TREND_DASH.references[line.code] ?? null) : null,
      width: reference ? 1.5 : 2.25,
      runs: runs.map((r) => ({
        d: r.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${String(x(p.year))},${String(y(p.pct))}`).join(''),
        summed: r.basis === 'som-voorgangers',
      })),
      dots: runs.flatMap((r) => {
        const a = r.points[0];
        const b = r.points[r.points.length - 1];
        return [a, ...(b && b !== a ? [b] : [])].flatMap((p) => (p ? [{ x: x(p.year), y: y(p.pct) }] : []));
      }),
      end: lastPoint ? { x: x(lastPoint.year), y: y(lastPoint.pct) } : null,
    };
  });
  const ends = lines.flatMap((l) => (l.end ? [l.end.y] : []));
  const spread = spreadLabels(ends, LABEL_GAP, plot.top + 4, plot.bottom);
  let k = 0;
  const labelled: ChartLine[] = lines.map(({ end, ...l }) => {
    if (!end) return { ...l, label: null };
    const ly = spread[k++] ?? end.y;
    return { ...l, label: { x: plot.right + 18, y: round1(ly), endX: end.x, endY: end.y } };
  });
  const breaks = view.lines.flatMap((line) =>
    line.points.flatMap((p, i) => {
      const before = line.points[i - 1];
      if (!p.seriesBreak || p.pct === null || !before || before.pct === null) return [];
      return [{ x: round1((x(before.year) + x(p.year)) / 2), y: round1((y(before.pct) + y(p.pct)) / 2), code: line.code }];
    }),
  );
  const tickYears = years.filter((yr) => yr === first || yr === last || (yr - first) % 4 === 0);
  const yTicks: { y: number; value: number }[] = [];
  for (let v = lo; v <= hi; v += 10) yTicks.push({ y: y(v), value: v });
  return {
    view,
    width,
    height,
    plot,
    xTicks: tickYears.filter((yr) => yr === last || last - yr >= 3 || yr === first).map((year) => ({ x: x(year), year })),
    yTicks,
    axisBreakX: round1(plot.right + 8),
    horizonX,
    band: {
      ...band,
      x0: plot.left,
      x1: horizonX,
      yLower: y(band.lower),
      yUpper: y(band.upper),
      yCentre: y(band.centre),
    },
    // References first, so the scope's own gemeenten are drawn on top of them.
    lines: [...labelled.filter((l) => l.role === 'reference'), ...labelled.filter((l) => l.role === 'gemeente')],
    breaks,
  };
}
