/**
 * What the legend says, as data (pure): the band strip with a dot per area, the average, the classes with
 * their counts and swatches, the colour ramp, the notes and the visible overlays. The screen legend and the
 * exported legend both draw this model; the map colours with the same theme, so all three agree.
 */
import type { BandClass, BandStep } from '../domain/band';
import type { ActiveBand } from '../domain/band-setting';
import type { ClassCounts } from '../domain/summarize';
import type { MapLevel } from '../domain/types';
import { BAND_COLORS, CLASS_SWATCH, RAMP, type Swatch } from '../config/theme';
import type { OverlayId } from '../config/overlays';

export const CLASS_ORDER: readonly BandClass[] = ['below', 'within', 'above', 'nodata'];

export interface LegendDot {
  code: string;
  name: string;
  pct: number;
  step: BandStep;
  color: string;
}

export interface LegendClass {
  cls: BandClass;
  count: number;
  swatch: Swatch;
}

/** A note under the legend, as a dictionary key with its values (the drawer translates it). */
export type LegendNote =
  { key: 'legendSteps' } | { key: 'generalised' } | { key: 'legendNoBuurten'; names: readonly string[] } | { key: 'caveatOwnership' };

export interface LegendModel {
  band: ActiveBand;
  average: number | null;
  dots: readonly LegendDot[];
  classes: readonly LegendClass[];
  ramp: readonly { step: BandStep; swatch: Swatch }[];
  level: MapLevel;
  notes: readonly LegendNote[];
  /** Visible overlay layers, drawn below the band legend. */
  overlays: readonly OverlayId[];
  /** Name of the scenario the map shows instead of today's figures, or null. */
  scenario: string | null;
}

export interface LegendInput {
  band: ActiveBand;
  average: number | null;
  areas: readonly { code: string; name: string; pct: number | null; step: BandStep }[];
  counts: ClassCounts;
  level: MapLevel;
  /** Names of gemeenten without polygons at this level. */
  missing: readonly string[];
  overlays: readonly OverlayId[];
  scenario: string | null;
}

const rampSwatch = (step: BandStep): Swatch => ({
  color: BAND_COLORS[step],
  pattern: step === 'within' ? null : step.startsWith('above') ? CLASS_SWATCH.above.pattern : CLASS_SWATCH.below.pattern,
});

export function legendModel(input: LegendInput): LegendModel {
  const notes: LegendNote[] = [{ key: 'legendSteps' }];
  if (input.level === 'buurt') notes.push({ key: 'generalised' });
  if (input.missing.length > 0) notes.push({ key: 'legendNoBuurten', names: input.missing });
  notes.push({ key: 'caveatOwnership' });
  return {
    band: input.band,
    average: input.average,
    dots: input.areas.flatMap((a) =>
      a.pct === null ? [] : [{ code: a.code, name: a.name, pct: a.pct, step: a.step, color: BAND_COLORS[a.step] }],
    ),
    classes: CLASS_ORDER.map((cls) => ({ cls, count: input.counts[cls], swatch: CLASS_SWATCH[cls] })),
    ramp: RAMP.map((step) => ({ step, swatch: rampSwatch(step) })),
    level: input.level,
    notes,
    overlays: input.overlays,
    scenario: input.scenario,
  };
}
