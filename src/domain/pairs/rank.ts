/** Shared pieces of the pair ranking (stadshuwelijk-rank.ts): the pair id, the distance and one term of a score. */
import { distance } from '@turf/distance';

export interface Term {
  raw: number;
  /** raw / maximum over all pairs, 0–1. */
  normalised: number;
  /** ± weight × normalised: what the term adds to the score (distance subtracts). */
  contribution: number;
}

export const pairId = (vulnerable: string, strong: string) => `${vulnerable}|${strong}`;

/** Distance in km between two [lon, lat] points (great circle). */
export function distanceKm(a: [number, number], b: [number, number]): number {
  return distance(a, b, { units: 'kilometers' });
}
