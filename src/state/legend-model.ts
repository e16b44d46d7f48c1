/**
 * What the legend says, as data (pure): the band strip with a dot per area, the average, the classes with
 * their counts and swatches, the colour ramp, the notes and the visible overlays. The screen legend and the
 * exported legend both draw this model; the map colours with the same theme, so all three agree.
 */
import type { BandStep } from '../domain/band';
import type { BandReference } from '../domain/band-reference';
import type { AreaClass, AreaStep } from '../domain/classify-area';
import { PRIVATE_RENT_STEPS, type PrivateRentClass, type PrivateRentStep } from '../domain/private-rent';
import type { MapLevel } from '../domain/types';
import { BAND_COLORS, CLASS_SWATCH, PRIVATE_RENT_COLORS, RAMP, type Swatch } from '../config/theme';
import { PRIVATE_RENT_BREAKS } from '../config/private-rent';
import type { OverlayId } from '../config/overlays';
import type { Indicator } from './slices/view';

export const CLASS_ORDER: readonly AreaClass[] = ['below', 'within', 'above', 'small', 'nodata'];

export interface LegendDot {
  code: string;
  name: string;
  pct: number;
  color: string;
}

/** A class in the legend: a dictionary key (`below` …) or, on the private-rent scale, a range of percentages. */
export interface LegendClass {
  id: AreaClass | PrivateRentStep | 'targetBelow' | 'targetWithin' | 'targetAbove';
  count: number;
  swatch: Swatch;
  /** For the private-rent classes: [from, to) in percent; `to` null for the top class. */
  range: readonly [number, number | null] | null;
}

/** The band of one gemeente, listed when the scope's gemeenten are judged by different bands. */
export interface LegendBand {
  gemeente: string;
  name: string;
  band: BandReference | null;
}

/** A note under the legend, as a dictionary key with its values (the drawer translates it). */
export type LegendNote =
  | { key: 'legendSteps' }
  | { key: 'generalised' }
  | { key: 'legendNoBuurten'; names: readonly string[] }
  | { key: 'caveatOwnership' }
  | { key: 'bandInsight' }
  | { key: 'bandPerGemeente' }
  | { key: 'privateRentNote' }
  | { key: 'smallNote' }
  | { key: 'targetNote' }
  | { key: 'planYearNote'; year: number };

export interface LegendModel {
  indicator: Indicator;
  /** `insight` at buurt level: the band is a wijk-level guideline, buurten are not judged by it. */
  role: 'verdict' | 'insight';
  /** The band drawn on the strip (corporation indicator, when the scope's areas share one), else null. */
  band: BandReference | null;
  /** Every gemeente's band, listed when they differ (Parkstad with the default choice). */
  bands: readonly LegendBand[];
  /** The scope's share of the indicator shown (CBS gemeente figure). */
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
  /** The year whose end the map shows (the programme projected), or null. */
  planYear: number | null;
}

export interface LegendArea {
  code: string;
  name: string;
  pct: number | null;
  cls: AreaClass;
  step: AreaStep;
  privatePct: number | null;
  privateCls: PrivateRentClass;
}

export interface LegendInput {
  indicator: Indicator;
  role: 'verdict' | 'insight';
  band: BandReference | null;
  bands: ReadonlyMap<string, BandReference | null>;
  /** Gemeente names by code. */
  names: ReadonlyMap<string, string>;
  average: number | null;
  privateAverage: number | null;
  areas: readonly LegendArea[];
  level: MapLevel;
  /** Names of gemeenten without polygons at this level. */
  missing: readonly string[];
  overlays: readonly OverlayId[];
  scenario: string | null;
  planYear: number | null;
  /** With the streefbeeld indicator: each area's class against its target. */
  targets: ReadonlyMap<string, { distance: number | null; cls: 'below' | 'within' | 'above' | 'nodata'; step: BandStep }> | null;
}

const rampSwatch = (step: BandStep): Swatch => ({
  color: BAND_COLORS[step],
  pattern: step === 'within' ? null : step.startsWith('above') ? CLASS_SWATCH.above.pattern : CLASS_SWATCH.below.pattern,
});

function privateClasses(areas: readonly LegendArea[]): LegendClass[] {
  const count = (c: PrivateRentClass) => areas.filter((a) => a.privateCls === c).length;
  const steps: LegendClass[] = PRIVATE_RENT_STEPS.map((id, i) => ({
    id,
    count: count(id),
    swatch: { color: PRIVATE_RENT_COLORS[id], pattern: null },
    range: [i === 0 ? 0 : (PRIVATE_RENT_BREAKS[i - 1] ?? 0), PRIVATE_RENT_BREAKS[i] ?? null],
  }));
  const rest = (['small', 'nodata'] as const).map((id) => ({ id, count: count(id), swatch: CLASS_SWATCH[id], range: null }));
  return [...steps, ...rest];
}

const TARGET_ORDER = ['below', 'within', 'above', 'nodata'] as const;
const TARGET_ID = { below: 'targetBelow', within: 'targetWithin', above: 'targetAbove', nodata: 'nodata' } as const;

/** The streefbeeld legend: below, on (±1 point) and above the target, with the band map's colour steps. */
function targetLegend(input: LegendInput, targets: NonNullable<LegendInput['targets']>): LegendModel {
  const notes: LegendNote[] = [{ key: 'targetNote' }];
  if (input.planYear !== null) notes.push({ key: 'planYearNote', year: input.planYear });
  notes.push({ key: 'caveatOwnership' });
  return {
    indicator: input.indicator,
    role: input.role,
    band: null,
    bands: [],
    average: null,
    dots: input.areas.flatMap((a) => {
      const t = targets.get(a.code);
      return t && t.distance !== null
        ? [{ code: a.code, name: a.name, pct: Math.max(0, Math.min(100, 50 + t.distance)), color: BAND_COLORS[t.step] }]
        : [];
    }),
    classes: TARGET_ORDER.map((c) => ({
      id: TARGET_ID[c],
      count: input.areas.filter((a) => (targets.get(a.code)?.cls ?? 'nodata') === c).length,
      swatch: CLASS_SWATCH[c],
      range: null,
    })),
    ramp: RAMP.map((step) => ({ step, swatch: rampSwatch(step) })),
    level: input.level,
    notes,
    overlays: input.overlays,
    scenario: null,
    planYear: input.planYear,
  };
}

export function legendModel(input: LegendInput): LegendModel {
  if (input.indicator === 'target-distance' && input.targets) return targetLegend(input, input.targets);
  const corporation = input.indicator === 'corporation';
  const distinct = new Set([...input.bands.values()].map((b) => (b ? `${b.lower}-${b.upper}` : 'none')));
  const bands =
    distinct.size > 1 ? [...input.bands].map(([gemeente, band]) => ({ gemeente, name: input.names.get(gemeente) ?? gemeente, band })) : [];
  const notes: LegendNote[] = [];
  if (corporation) {
    notes.push({ key: 'legendSteps' });
    if (input.role === 'insight') notes.push({ key: 'bandInsight' });
    if (bands.length > 0) notes.push({ key: 'bandPerGemeente' });
  } else notes.push({ key: 'privateRentNote' });
  if (input.planYear !== null) notes.push({ key: 'planYearNote', year: input.planYear });
  notes.push({ key: 'smallNote' });
  if (input.level === 'buurt') notes.push({ key: 'generalised' });
  if (input.missing.length > 0) notes.push({ key: 'legendNoBuurten', names: input.missing });
  notes.push({ key: 'caveatOwnership' });
  const value = (a: LegendArea) => (corporation ? a.pct : a.privatePct);
  const color = (a: LegendArea) =>
    corporation
      ? BAND_COLORS[a.step]
      : a.privateCls === 'small' || a.privateCls === 'nodata'
        ? CLASS_SWATCH[a.privateCls].color
        : PRIVATE_RENT_COLORS[a.privateCls];
  return {
    indicator: input.indicator,
    role: input.role,
    band: corporation ? input.band : null,
    bands: corporation ? bands : [],
    average: corporation ? input.average : input.privateAverage,
    dots: input.areas.flatMap((a) => {
      const pct = value(a);
      return pct === null ? [] : [{ code: a.code, name: a.name, pct, color: color(a) }];
    }),
    classes: corporation
      ? CLASS_ORDER.map((id) => ({ id, count: input.areas.filter((a) => a.cls === id).length, swatch: CLASS_SWATCH[id], range: null }))
      : privateClasses(input.areas),
    ramp: corporation ? RAMP.map((step) => ({ step, swatch: rampSwatch(step) })) : [],
    level: input.level,
    notes,
    overlays: input.overlays,
    scenario: input.scenario,
    planYear: input.planYear,
  };
}
