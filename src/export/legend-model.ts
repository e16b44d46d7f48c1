/**
 * What the legend says, as data (pure): the same selectors as src/ui/Legend.tsx, so the exported legend
 * and the on-screen legend always agree with the map.
 */
import type { Dataset } from '../domain/dataset';
import type { MapLevel } from '../domain/types';
import type { BandClass, BandStep } from '../domain/band';
import { countClasses, type ClassCounts } from '../domain/summarize';
import { PARKSTAD } from '../config/policy';
import { activeBand, classifyAreas, gemeentenWithoutAreas, scopeAreas, scopeAverage, type ActiveBand } from '../state/selectors';
import type { BandSetting } from '../state/store';
import type { OverlayId } from '../config/overlays';

export const CLASS_ORDER: readonly BandClass[] = ['below', 'within', 'above', 'nodata'];
export const RAMP: readonly BandStep[] = ['below-3', 'below-2', 'below-1', 'within', 'above-1', 'above-2', 'above-3'];

export interface LegendModel {
  band: ActiveBand;
  average: number | null;
  /** One dot per area with a figure, in scope order. */
  dots: { pct: number; step: BandStep }[];
  counts: ClassCounts;
  level: MapLevel;
  /** Names of gemeenten without polygons at this level. */
  missing: string[];
  /** Visible overlay layers, drawn below the band legend. */
  overlays: OverlayId[];
  /** Name of the scenario the map shows instead of today's figures, or null. */
  scenario: string | null;
}

export function legendModel(
  dataset: Dataset,
  scope: string,
  level: MapLevel,
  setting: BandSetting | null,
  overlays: OverlayId[] = [],
  scenario: string | null = null,
): LegendModel {
  const band = activeBand(dataset, scope, setting);
  const areas = scopeAreas(dataset, scope, level);
  const classes = classifyAreas(areas, band.lower, band.upper);
  const dots = areas.flatMap((a) => {
    const pct = a.stock?.corporationPct;
    return pct == null ? [] : [{ pct, step: classes.get(a.code)?.step ?? 'nodata' }];
  });
  return {
    band,
    average: scopeAverage(dataset, scope),
    dots,
    counts: countClasses(areas, band),
    level,
    missing: gemeentenWithoutAreas(dataset, scope, level).map((c) => PARKSTAD.find((g) => g.code === c)?.name ?? c),
    overlays,
    scenario,
  };
}
