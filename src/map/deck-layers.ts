/**
 * What the deck.gl arc layer receives, as plain data (no deck import here, so deck.gl can stay in a lazy
 * chunk that MapView loads when arcs are first needed). Arcs run from the vulnerable area to the strong
 * area: the direction in which corporation dwellings move.
 */
import { ARC_COLORS, type Rgba } from '../config/theme';

export interface ArcDatum {
  id: string;
  source: [number, number];
  target: [number, number];
  color: Rgba;
  width: number;
  selected: boolean;
}

/** What an arc needs of a ranked pair: its id and the label points of both areas. */
export interface ArcPair {
  id: string;
  vulnerable: { point: [number, number] };
  strong: { point: [number, number] };
}

/** How many of the best pairs get an arc besides the chosen one. */
export const TOP_ARCS = 5;

/**
 * Arcs for the top `top` pairs (thin, navy) and the chosen pair (thick, magenta like every selection; drawn last
 * so it is on top). The chosen pair gets its arc even when it is not among the ranked pairs (a saved scenario
 * from another scope), from the points given in `chosen`.
 */
export function arcData(
  pairs: readonly ArcPair[],
  chosen: { id: string; source: [number, number]; target: [number, number] } | null,
  top = TOP_ARCS,
): ArcDatum[] {
  const out: ArcDatum[] = pairs
    .slice(0, top)
    .filter((p) => p.id !== chosen?.id)
    .map((p) => ({ id: p.id, source: p.vulnerable.point, target: p.strong.point, color: ARC_COLORS.top, width: 3, selected: false }));
  if (chosen) out.push({ id: chosen.id, source: chosen.source, target: chosen.target, color: ARC_COLORS.chosen, width: 6, selected: true });
  return out;
}

/**
 * Props of the two arc layers (a white halo under the coloured arcs, so they read on every fill), apart from
 * the layer class. Arcs are tilted flat (90°) so they show as curves from above. `beforeId` keeps them under
 * outlines and labels.
 */
export function arcLayerProps(data: readonly ArcDatum[], beforeId: string) {
  const common = {
    data,
    beforeId,
    pickable: false,
    greatCircle: false,
    widthUnits: 'pixels' as const,
    getHeight: 0.35,
    getTilt: 90,
    getSourcePosition: (d: ArcDatum) => d.source,
    getTargetPosition: (d: ArcDatum) => d.target,
  };
  return [
    {
      ...common,
      id: 'wb-pair-arcs-halo',
      getSourceColor: () => ARC_COLORS.halo,
      getTargetColor: () => ARC_COLORS.halo,
      getWidth: (d: ArcDatum) => d.width + 4,
    },
    {
      ...common,
      id: 'wb-pair-arcs',
      getSourceColor: (d: ArcDatum) => d.color,
      getTargetColor: (d: ArcDatum) => d.color,
      getWidth: (d: ArcDatum) => d.width,
    },
  ];
}
