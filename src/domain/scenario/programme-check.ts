/**
 * Scenario volumes against the building programmes the agreements name (000: "We zetten tot 2030 in op een
 * nieuwbouwambitie van ten minste 2.250 woningen", a later passage 2.500; 004: Parkstad "minimaal 5.000 woningen"
 * in 2025 – 2029). The numbers live in config/programme.ts with their quotes.
 */
import type { PolicySource } from '../policy-source';
import { problem, type Problem } from '../problem';
import type { PolicyAreaOutcome } from './policy-apply';
import type { AreaVolumeLimits, VolumeFlag } from './volume';

export interface BuildingProgramme {
  /** Gemeente code or `parkstad`. */
  group: string;
  /** Period as the document states it, e.g. `tot 2030`. */
  period: string;
  /** The same period as years (inclusive): the first year after the 0-meting up to the year the document names. */
  years: { from: number; to: number };
  /** New dwellings of all tenures, replacement included ("inclusief vervangingsopgave"): the range the documents name. */
  dwellings: { min: number; max: number };
  /** New social dwellings, when the documents name them. */
  social: { min: number; max: number } | null;
  sources: readonly PolicySource[];
}

export interface ProgrammeCheck {
  group: string;
  /** New dwellings of all tenures in the scenario (new build and rebuilds). */
  newDwellings: number;
  /** New corporation dwellings (new build and corporation rebuilds). */
  newCorporation: number;
  programme: BuildingProgramme | null;
  /** `above-programme` when newDwellings > the programme's max; `above-social-programme` when newCorporation > social max. */
  flags: VolumeFlag[];
}

const built = (o: PolicyAreaOutcome) =>
  (o.applied['build-corporation'] ?? 0) +
  (o.applied['build-owner'] ?? 0) +
  (o.applied['build-private-rent'] ?? 0) +
  Object.values(o.rebuilt).reduce((s, r) => s + r.rebuilt, 0);
const builtCorporation = (o: PolicyAreaOutcome) => (o.applied['build-corporation'] ?? 0) + (o.rebuilt.corporation?.rebuilt ?? 0);

/**
 * New build per gemeente the scenario touches, and for `parkstad`, against the programme of that group (none: no
 * flags). A programme is a minimum ambition ("ten minste"), so only volumes above the highest figure the
 * documents name are flagged; exactly on it is not.
 */
export function programmeChecks(
  outcomes: readonly PolicyAreaOutcome[],
  programmes: readonly BuildingProgramme[],
  parkstadCode = 'parkstad',
): ProgrammeCheck[] {
  const sums = new Map<string, { newDwellings: number; newCorporation: number }>();
  const addTo = (g: string, o: PolicyAreaOutcome) => {
    const s = sums.get(g) ?? { newDwellings: 0, newCorporation: 0 };
    sums.set(g, { newDwellings: s.newDwellings + built(o), newCorporation: s.newCorporation + builtCorporation(o) });
  };
  for (const o of outcomes) addTo(o.gemeenteCode, o);
  sums.set(parkstadCode, { newDwellings: 0, newCorporation: 0 });
  for (const o of outcomes) addTo(parkstadCode, o);
  return [...sums].map(([group, s]) => {
    const programme = programmes.find((p) => p.group === group) ?? null;
    const flags: VolumeFlag[] = [];
    if (programme && s.newDwellings > programme.dwellings.max) flags.push('above-programme');
    if (programme?.social && s.newCorporation > programme.social.max) flags.push('above-social-programme');
    return { group, ...s, programme, flags };
  });
}

const bought = (o: PolicyAreaOutcome) => o.applied.buy ?? 0;

/**
 * Problems for the interface: `scenario.large-for-area` per area whose additions (new build, rebuilds, inponden) exceed
 * `additionsShare` of its stock before the scenario; `scenario.above-programme` / `scenario.above-social-programme` per
 * flagged programme check.
 */
export function volumeProblems(
  outcomes: readonly PolicyAreaOutcome[],
  checks: readonly ProgrammeCheck[],
  limits: AreaVolumeLimits,
): Problem[] {
  const out: Problem[] = [];
  for (const o of outcomes) {
    const n = built(o) + bought(o);
    if (n > limits.additionsShare * o.before.total + 1e-9)
      out.push(
        problem('warning', 'scenario.large-for-area', {
          key: o.code,
          name: o.beforeRow.name,
          n,
          dwellings: o.before.total,
          share: limits.additionsShare * 100,
        }),
      );
  }
  for (const c of checks) {
    if (!c.programme) continue;
    if (c.flags.includes('above-programme'))
      out.push(
        problem('warning', 'scenario.above-programme', {
          key: c.group,
          n: c.newDwellings,
          max: c.programme.dwellings.max,
          period: c.programme.period,
        }),
      );
    if (c.flags.includes('above-social-programme') && c.programme.social)
      out.push(problem('warning', 'scenario.above-social-programme', { key: c.group, n: c.newCorporation, max: c.programme.social.max }));
  }
  return out;
}
