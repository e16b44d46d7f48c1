/** Pure builders of what the map receives: GeoJSON for the sources and data for the deck label layer. */
import type { FeatureCollection, Geometry } from 'geojson';
import type { Area, AreaFeature, MapLevel } from '../domain/types';
import type { Classified } from '../state/selectors';
import { displayName } from '../domain/search';

export interface AreaProps {
  code: string;
  name: string;
  inScope: boolean;
  cls: string;
  step: string;
  pct: number | null;
}

/** All areas of the level; those outside the scope are drawn as context (`inScope: false`). */
export function areaCollection(areas: readonly Area[], classes: ReadonlyMap<string, Classified>): FeatureCollection<Geometry, AreaProps> {
  const features = [];
  for (const a of areas) {
    if (!a.geometry) continue;
    const c = classes.get(a.code);
    features.push({
      type: 'Feature' as const,
      id: a.code,
      geometry: a.geometry,
      properties: { code: a.code, name: a.name, inScope: c !== undefined, cls: c?.cls ?? 'nodata', step: c?.step ?? 'nodata', pct: a.stock?.corporationPct ?? null },
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

export interface LabelDatum {
  code: string;
  text: string;
  position: [number, number];
  size: number;
}

/** Labels for the areas in scope (names without the "Wijk 40" prefix), plus gemeente names when several are shown. */
export function labelData(areas: readonly Area[], level: MapLevel, gemeenten: readonly AreaFeature[] = []): LabelDatum[] {
  const out: LabelDatum[] = [];
  for (const a of areas) {
    if (!a.labelPoint) continue;
    out.push({ code: a.code, text: displayName(a.name), position: a.labelPoint, size: level === 'wijk' ? 12 : 10 });
  }
  for (const g of gemeenten) out.push({ code: g.code, text: g.name.toUpperCase(), position: g.labelPoint, size: 14 });
  return out;
}
