/**
 * The band that judges one area in the current view: its own gemeente's band under the user's band choice (002
 * §2.2.1 is Heerlen's; other gemeenten have a derived one), also for an area outside the scope. Scenario results,
 * compensation, the pair finder and the pair card read an area's band only through this function.
 */
import type { Band } from '../domain/band';
import { bandForArea } from '../domain/band-reference';
import type { ViewModel } from './view-model';

/** Edges and centre of the band that judges an area (a `BandReference` is one). */
export type AreaBand = Band & { centre: number };

/** The band for an area of `gemeenteCode`; null when that gemeente has none (the area is then not judged). */
export function bandOfArea(vm: Pick<ViewModel, 'allBands'>, area: { gemeenteCode: string }): AreaBand | null {
  return bandForArea(area, vm.allBands);
}
