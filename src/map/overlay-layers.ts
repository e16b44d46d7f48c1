/** Pure builders of the overlay GeoJSON the map receives (colonies, NPLV, projects). */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { OverlayData } from '../domain/overlays/types';
import { KIND_STYLE } from '../config/overlays';

type Props = Record<string, string | number | boolean>;
type Fc = FeatureCollection<Geometry, Props>;

const fc = (features: Feature<Geometry, Props>[]): Fc => ({ type: 'FeatureCollection', features });

/** Colonies with an RCE polygon, as areas. `display` (not the printed `status`) picks colour and symbol. */
export function colonyAreas(data: OverlayData): Fc {
  return fc(
    data.colonies
      .filter((c) => c.polygon)
      .map((c) => ({
        type: 'Feature',
        geometry: c.polygon as Geometry,
        properties: { kind: 'colony', nr: c.nr, status: c.status, display: c.display, wider: c.polygonWider },
      })),
  );
}

/**
 * Where a symbol sits in a row of symbols that share one point, in half symbol widths from the point: 0 alone; −2, 0, 2
 * for three (Buttingstraat, Slakken-Horst-Metten and Kouvenderstraat all sit at the Hoensbroek town point). Without it
 * the symbols hide each other.
 */
function stackSlots<T>(items: readonly T[], point: (t: T) => [number, number]): number[] {
  const key = (t: T) => point(t).join(',');
  const groups = new Map<string, number>();
  for (const t of items) groups.set(key(t), (groups.get(key(t)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return items.map((t) => {
    const i = seen.get(key(t)) ?? 0;
    seen.set(key(t), i + 1);
    return 2 * i - ((groups.get(key(t)) ?? 1) - 1);
  });
}

/** Every located colony as a point (polygon colonies at their representative point). Unknown ones are not drawn. */
export function colonyPoints(data: OverlayData): Fc {
  const located = data.colonies.filter((c) => c.point);
  const slots = stackSlots(located, (c) => c.point as [number, number]);
  return fc(
    located.map((c, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: c.point as [number, number] },
      properties: { kind: 'colony', nr: c.nr, status: c.status, display: c.display, precision: c.precision, stack: slots[i] ?? 0 },
    })),
  );
}

export function nplvAreas(data: OverlayData): Fc {
  return fc(
    data.nplv.areas.map((a, i) => ({
      type: 'Feature',
      geometry: a.geometry as Geometry,
      properties: { kind: 'nplv', index: i, role: a.role, basis: a.basis, code: a.code },
    })),
  );
}

/** Located projects as points; projects with an unknown location are listed in the panel only. */
export function projectPoints(data: OverlayData): Fc {
  return fc(
    data.projects
      .filter((p) => p.point)
      .map((p) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: p.point as [number, number] },
        properties: { kind: 'project', id: p.id, projectKind: p.kind, letter: KIND_STYLE[p.kind].letter, precision: p.precision },
      })),
  );
}
