/**
 * Time in the view model (pure, memoised): the trend chart of the scope's gemeenten beside Parkstad, Limburg and
 * the Netherlands, and one chart per gemeente of the scope (the area panel shows an area's own gemeente).
 */
import type { TrendRow } from '../domain/parse-trend';
import { trendView } from '../domain/trend-view';
import { HEERLEN_BAND } from '../config/band-policy';
import { PREDECESSORS, TREND_REFERENCES } from '../config/trend';
import { trendChart, type ChartBand, type TrendChart } from './trend-chart';
import { memoLast } from './memo';

export interface ScopeTrend {
  /** The scope's gemeenten beside the references. */
  scope: TrendChart;
  /** Per gemeente of the scope: that gemeente beside the references. */
  byGemeente: ReadonlyMap<string, TrendChart>;
}

/** Chart box (SVG user units; the SVG scales to the panel's width). */
export const CHART_WIDTH = 420;
const heightFor = (gemeenten: number) => (gemeenten > 1 ? 270 : 220);

/** Heerlen's adopted band (002 §2.2.1), the one band with a horizon: drawn in every trend chart. */
const BAND: ChartBand = {
  lower: HEERLEN_BAND.lower,
  upper: HEERLEN_BAND.upper,
  centre: HEERLEN_BAND.centre,
  horizon: HEERLEN_BAND.horizon,
};

const chartOf = (trend: readonly TrendRow[], gemeenten: readonly string[]) =>
  trendChart(trendView(trend, gemeenten, TREND_REFERENCES, PREDECESSORS), BAND, CHART_WIDTH, heightFor(gemeenten.length));

/** The trend charts of a scope (memoised on the trend rows and the scope's gemeenten). */
export const scopeTrend = memoLast((trend: readonly TrendRow[], gemeenten: readonly string[]): ScopeTrend => {
  const byGemeente = new Map(gemeenten.map((g) => [g, chartOf(trend, [g])] as const));
  const only = gemeenten.length === 1 ? byGemeente.get(gemeenten[0] ?? '') : undefined;
  return { scope: only ?? chartOf(trend, gemeenten), byGemeente };
});
