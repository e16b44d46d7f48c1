/** Pure builders of the GeoJSON the map's sources receive: areas with their class, outlines, label points. */
import type { FeatureCollection, Geometry } from 'geojson';
import type { Area, AreaFeature, MapLevel } from '../domain/types';
import type { AreaView, TargetVerdict } from '../state/view-model';
import type { Indicator } from '../state/slices/view';
import { displayName } from '../domain/search';
import type { LabelText } from './label-text';

export interface AreaProps {
  code: string;
  name: string;
  inScope: boolean;
  cls: string;
  step: string;
  pct: number | null;
}

/** The colour step and the pattern class of an area on the indicator shown (the private-rent scale has no band patterns). */
function paint(v: AreaView, indicator: Indicator, targets: ReadonlyMap<string, TargetVerdict> | null): { cls: string; step: string } {
  if (indicator === 'corporation') return { cls: v.cls, step: v.step };
  if (indicator === 'target-distance') {
    const t = targets?.get(v.code);
    return t ? { cls: t.cls, step: t.step } : { cls: 'nodata', step: 'nodata' };
  }
  const p = v.privateCls;
  return p === 'small' || p === 'nodata' ? { cls: p, step: p } : { cls: 'scale', step: p };
}

/**
 * All areas of the level with a polygon; those outside the scope are drawn as context (`inScope: false`,
 * class `nodata`). Classes and steps come from the view model, never computed here.
 */
export function areaCollection(
  areas: readonly Area[],
  inScope: ReadonlyMap<string, AreaView>,
  indicator: Indicator = 'corporation',
  targets: ReadonlyMap<string, TargetVerdict> | null = null,
): FeatureCollection<Geometry, AreaProps> {
  const features = [];
  for (const a of areas) {
    if (!a.geometry) continue;
    const v = inScope.get(a.code);
    const p = v ? paint(v, indicator, targets) : { cls: 'nodata', step: 'nodata' };
    features.push({
      type: 'Feature' as const,
      id: a.code,
      geometry: a.geometry,
      properties: {
        code: a.code,
        name: a.name,
        inScope: v !== undefined,
        cls: p.cls,
        step: p.step,
        pct: a.stock?.corporationPct ?? null,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

export function outlineCollection(features: readonly AreaFeature[]): FeatureCollection<Geometry, { code: string; name: string }> {
  return {
    type: 'FeatureCollection',
    features: features.map((f) => ({ type: 'Feature' as const, geometry: f.geometry, properties: { code: f.code, name: f.name } })),
  };
}

export interface LabelProps {
  code: string;
  text: string;
  /** The number of the key (wijk level), with the value under it when values are shown; '' for none. */
  key: string;
  size: number;
  /** Lower ranks win label collisions (gemeente names first, then large areas). */
  rank: number;
}

/**
 * Label points for the areas in scope (display names, and the number and value of `texts`), plus gemeente names when
 * several gemeenten are shown.
 */
export function labelCollection(
  areas: readonly Area[],
  level: MapLevel,
  gemeenten: readonly AreaFeature[] = [],
  texts: ReadonlyMap<string, LabelText> = new Map(),
): FeatureCollection<Geometry, LabelProps> {
  const features = [];
  for (const g of gemeenten) {
    features.push({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: g.labelPoint },
      properties: { code: g.code, text: g.name.toUpperCase(), key: '', size: 15, rank: 0 },
    });
  }
  for (const a of areas) {
    if (!a.labelPoint) continue;
    const extra = texts.get(a.code);
    const name = displayName(a.name);
    features.push({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: a.labelPoint },
      properties: {
        code: a.code,
        text: extra?.value ? `${name}\n${extra.value}` : name,
        key: extra?.key ?? '',
        size: level === 'wijk' ? 12.5 : 11,
        rank: 1e6 - (a.stock?.dwellings ?? 0),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
