/**
 * The selected area over time (pure, memoised): its comparison with its gemeente, Parkstad and the Netherlands
 * (2024), and its gemeente's trend chart from the view model.
 */
import type { Area } from '../domain/types';
import type { TrendRow } from '../domain/parse-trend';
import { compareArea, type ComparisonRow } from '../domain/compare-area';
import { findArea } from '../domain/band-setting';
import { COMPARISON_REFERENCES, COMPARISON_YEAR } from '../config/trend';
import type { TrendChart } from './trend-chart';
import type { ScopeTrend } from './time-view';
import { memoLast } from './memo';
import { selectView } from './view-model';
import type { AppState } from './store';

export interface AreaTime {
  area: Area;
  comparison: readonly ComparisonRow[];
  /** The area's gemeente beside the references. */
  chart: TrendChart | null;
}

const areaTime = memoLast((area: Area, trend: readonly TrendRow[], charts: ScopeTrend): AreaTime => ({
  area,
  comparison: compareArea(area, trend, COMPARISON_YEAR, COMPARISON_REFERENCES),
  chart: charts.byGemeente.get(area.gemeenteCode) ?? null,
}));

/** The selected area's comparison and its gemeente's trend; null when nothing is selected. */
export function selectAreaTime(s: AppState): AreaTime | null {
  const vm = selectView(s);
  if (!vm) return null;
  const area = findArea(vm.shown, vm.level, s.selected);
  return area ? areaTime(area, vm.today.trend, vm.trend) : null;
}
