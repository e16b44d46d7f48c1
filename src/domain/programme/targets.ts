/**
 * The streefbeeld (001 afspraak 14: "wordt een ‘streefbeeld van wijken’ ontwikkeld, met als doel te komen tot
 * afspraken over een betere verdeling van de sociale huurvoorraad in de regio"): a target share per wijk for 2030
 * and 2050. The default follows the band in force: a wijk outside the band aims at the nearest edge by 2050, a
 * wijk inside keeps today's share; 2030 lies on the straight path from the 0-meting to the 2050 target (a
 * default the planner can change, not a rule of any document). Times are moments: the 0-meting is the CBS stand of
 * 1 January of the base year, a target year means its end (1 January of the next year). Pure.
 */
import type { Band } from '../band';

export interface AreaTarget {
  /** Target corporation share (0–100) at the end of 2030 and of 2050. */
  y2030: number;
  y2050: number;
}

/**
 * The default target of an area at `pct` today (`baseYear`): 2050 → the nearest band edge when outside, today's
 * share when inside (edges inclusive); 2030 → on the straight line from today (1 January 2024) to the end of 2050.
 * Null without a share or band. Heerlerbaan-Centrum, 78 % with 21–51: 2050 → 51; end of 2030 lies 7 of the 27
 * years along: 78 − 27 × 7/27 = 71 (one decimal).
 */
export function defaultTarget(pct: number | null, band: Band | null, baseYear: number): AreaTarget | null {
  if (pct === null || !Number.isFinite(pct) || !band) return null;
  const y2050 = pct < band.lower ? band.lower : pct > band.upper ? band.upper : pct;
  const y2030 = Math.round((pct + ((y2050 - pct) * (2030 + 1 - baseYear)) / (2050 + 1 - baseYear)) * 10) / 10;
  return { y2030, y2050 };
}

export interface TargetArea {
  code: string;
  dwellings: number | null;
  pct: number | null;
  target: AreaTarget | null;
}

export interface TargetTotals {
  /** Corporation dwellings today in the areas with a target (dwellings × share). */
  today: number;
  /** Corporation dwellings the 2050 targets imply at today's stock. */
  target2050: number;
  /** target2050 − today: negative means the targets together shrink the corporation stock. */
  change: number;
  /** "Mengen zonder te verdringen" (002 §1): the targets keep (or add to) the corporation stock. */
  keeps: boolean;
  /** Areas without figures or target, left out of the sums. */
  leftOut: number;
}

/**
 * The gemeente total of all targets against "mengen zonder te verdringen": does the sum of the targets keep the
 * corporation stock of today? Computed at today's stock (a target is a share; the programme changes the stock).
 */
export function targetTotals(areas: readonly TargetArea[]): TargetTotals {
  let today = 0;
  let target2050 = 0;
  let leftOut = 0;
  for (const a of areas) {
    if (a.dwellings === null || a.pct === null || !a.target) {
      leftOut += 1;
      continue;
    }
    today += (a.dwellings * a.pct) / 100;
    target2050 += (a.dwellings * a.target.y2050) / 100;
  }
  const change = Math.round((target2050 - today) * 1e6) / 1e6;
  return { today, target2050, change, keeps: change >= -1e-9, leftOut };
}

/** Points between an area's share and its target for a year (positive: above its target). */
export function distanceToTarget(pct: number | null, target: AreaTarget | null, year: 2030 | 2050): number | null {
  if (pct === null || !target) return null;
  return pct - (year === 2030 ? target.y2030 : target.y2050);
}
