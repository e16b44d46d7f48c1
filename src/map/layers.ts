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
      properties: {
        code: a.code,
        name: a.name,
        inScope: c !== undefined,
        cls: c?.cls ?? 'nodata',
        step: c?.step ?? 'nodata',
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
  size: number;
  /** Lower ranks win label collisions (gemeente names first, then large areas). */
  rank: number;
}

/** Label points for the areas in scope (names without the "Wijk 40" prefix), plus gemeente names when several are shown. */
export function labelCollection(
  areas: readonly Area[],
  level: MapLevel,
  gemeenten: readonly AreaFeature[] = [],
): FeatureCollection<Geometry, LabelProps> {
  const features = [];
  for (const g of gemeenten) {
    features.push({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: g.labelPoint },
      properties: { code: g.code, text: g.name.toUpperCase(), size: 15, rank: 0 },
    });
  }
  for (const a of areas) {
    if (!a.labelPoint) continue;
    const rank = 1e6 - (a.stock?.dwellings ?? 0);
    features.push({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: a.labelPoint },
      properties: { code: a.code, text: displayName(a.name), size: level === 'wijk' ? 12.5 : 11, rank },
    });
  }
  return { type: 'FeatureCollection', features };
}
