/**
 * The programme projected year by year (issue 12). The 0-meting is the CBS stand of 1 January of the base year;
 * the moves of year Y are applied by the end of Y. Per wijk and buurt only the items allocated to it (a buurt's
 * items also count for its wijk); per gemeente every item of the gemeente, allocated or not; Parkstad is the sum
 * of its gemeenten plus the regional items. Nothing else changes: no demography, no other construction — the
 * interface says so. Pure; no item or row is changed.
 */
import type { StockRow } from '../types';
import { problem, type Problem } from '../problem';
import { wijkOf } from '../codes';
import { applyPolicyMove } from '../scenario/policy-moves';
import { policyTenureOf } from '../scenario/policy-apply';
import type { PolicyTenure } from '../scenario/policy-types';
import { spreadOverYears } from './spread';
import type { ProgrammeItem, ProgrammeKind } from './types';

/** Dwellings by ownership at one moment, with the corporation share (ownership) in percent. */
export interface Stand {
  total: number;
  corporation: number;
  corporationMid: number;
  /** Corporation share, 0–100 (0 for an empty stock). */
  pct: number;
}

/** What one group (gemeente, Parkstad) did in one year, for the ledger. */
export interface YearFlows {
  sold: number;
  /** Added to the social (corporation) stock: corporation new build, inponden, corporation rebuild beyond what was demolished. */
  addedSocial: number;
  /** All new dwellings: new build of every tenure (also unspecified) and rebuilds. */
  built: number;
  bought: number;
  demolished: number;
  liberalised: number;
}

export interface Series {
  /** The 0-meting. */
  baseline: Stand;
  /** The stand at the end of each projected year, in year order. */
  years: ReadonlyMap<number, Stand>;
}

export interface Projection {
  baseYear: number;
  lastYear: number;
  /**
   * Per wijk and buurt code touched by an allocated item, with a stand only for the years in which it changed (read
   * any year with `standAt`). Untouched areas stay at their 0-meting.
   */
  areas: ReadonlyMap<string, Series>;
  /** Per gemeente code and `parkstad`. */
  groups: ReadonlyMap<string, Series>;
  /** Per gemeente code and `parkstad`, per year. */
  flows: ReadonlyMap<string, ReadonlyMap<number, YearFlows>>;
  /** Items (or parts) dated before the base year: already in the 0-meting's figures, not applied again. */
  beforeBaseline: readonly string[];
  /** Items without known years: listed, not projected. */
  undated: readonly string[];
  issues: Problem[];
}

const standOf = (t: PolicyTenure): Stand => ({
  total: t.total,
  corporation: t.corporation,
  corporationMid: t.corporationMid,
  pct: t.total > 0 ? (t.corporation * 100) / t.total : 0,
});

const NO_FLOWS: YearFlows = { sold: 0, addedSocial: 0, built: 0, bought: 0, demolished: 0, liberalised: 0 };

/** New build of an unstated tenure: the stock grows, the corporation stock does not. */
function applyKind(t: PolicyTenure, item: ProgrammeItem, n: number) {
  if (item.kind === 'build-unspecified') return { tenure: { ...t, total: t.total + n }, applied: n, rebuilt: 0, rebuiltTenure: null };
  return applyPolicyMove(t, { kind: item.kind, n, rebuild: item.rebuild });
}

function flowsOf(kind: ProgrammeKind, applied: number, rebuilt: number, rebuiltTenure: string | null): YearFlows {
  switch (kind) {
    case 'sell-to-occupant':
    case 'sell-to-landlord':
      return { ...NO_FLOWS, sold: applied };
    case 'build-corporation':
      return { ...NO_FLOWS, built: applied, addedSocial: applied };
    case 'build-owner':
    case 'build-private-rent':
    case 'build-unspecified':
      return { ...NO_FLOWS, built: applied };
    case 'buy':
      return { ...NO_FLOWS, bought: applied, addedSocial: applied };
    case 'demolish':
      return { ...NO_FLOWS, demolished: applied };
    case 'demolish-rebuild':
      return {
        ...NO_FLOWS,
        demolished: applied,
        built: rebuilt,
        addedSocial: rebuiltTenure === 'corporation' ? Math.max(0, rebuilt - applied) : 0,
      };
    case 'liberalise-to-mid':
      return { ...NO_FLOWS, liberalised: applied };
  }
}

const addFlows = (a: YearFlows, b: YearFlows): YearFlows => ({
  sold: a.sold + b.sold,
  addedSocial: a.addedSocial + b.addedSocial,
  built: a.built + b.built,
  bought: a.bought + b.bought,
  demolished: a.demolished + b.demolished,
  liberalised: a.liberalised + b.liberalised,
});

/**
 * Project `items` on today's `rows` (stock rows by code: wijken, buurten and gemeenten) from `baseYear` to
 * `lastYear`. `regionGemeenten` are the gemeenten Parkstad sums. An item on an area without figures is skipped
 * with `scenario.no-data`; a move larger than what is left is applied up to the limit with `scenario.limited`.
 * Example: Versiliënbosch (in Vrieheide-De Stack) demolishing 293 corporation dwellings over 2026–2030 takes 59,
 * 59, 59, 58, 58 out of the buurt and the wijk in those years and leaves every other wijk at its 0-meting.
 */
export function projectProgramme(
  rows: ReadonlyMap<string, StockRow>,
  items: readonly ProgrammeItem[],
  baseYear: number,
  lastYear: number,
  regionGemeenten: readonly string[],
  regionCode = 'parkstad',
): Projection {
  const issues: Problem[] = [];
  const beforeBaseline: string[] = [];
  const undated: string[] = [];
  const tenure = new Map<string, PolicyTenure>();
  const baselines = new Map<string, Stand>();
  const tenureFor = (code: string): PolicyTenure | null => {
    const known = tenure.get(code);
    if (known) return known;
    const t = policyTenureOf(rows.get(code) ?? null);
    if (t) {
      tenure.set(code, t);
      baselines.set(code, standOf(t));
    }
    return t;
  };
  // The moves of each year, in item order.
  const byYear = new Map<number, { item: ProgrammeItem; n: number }[]>();
  for (const item of items) {
    if (item.from === null || item.to === null) {
      undated.push(item.id);
      continue;
    }
    for (const [year, n] of spreadOverYears(item)) {
      if (year < baseYear) {
        if (!beforeBaseline.includes(item.id)) beforeBaseline.push(item.id);
        continue;
      }
      if (year > lastYear) continue;
      const list = byYear.get(year) ?? [];
      list.push({ item, n });
      byYear.set(year, list);
    }
  }
  for (const g of regionGemeenten) tenureFor(g);
  for (const item of items) {
    if (!item.area || item.from === null || item.to === null) continue;
    const codes = [item.area, ...(item.area.startsWith('BU') ? [wijkOf(item.area) ?? ''] : [])].filter((c) => c !== '');
    if (!codes.every((c) => tenureFor(c))) issues.push(problem('warning', 'scenario.no-data', { key: item.area }));
  }
  const areaSeries = new Map<string, Map<number, Stand>>();
  const groupSeries = new Map<string, Map<number, Stand>>();
  const flows = new Map<string, Map<number, YearFlows>>();
  const addFlow = (group: string, year: number, f: YearFlows) => {
    const m = flows.get(group) ?? new Map<number, YearFlows>();
    m.set(year, addFlows(m.get(year) ?? NO_FLOWS, f));
    flows.set(group, m);
  };
  let regionExtra: PolicyTenure = { total: 0, corporation: 0, corporationMid: 0, otherRent: 0, owner: 0 };
  for (let year = baseYear; year <= lastYear; year++) {
    // Areas whose stand changed this year: an area's series holds only those years (standAt fills the rest).
    const changed = new Set<string>();
    for (const { item, n: asked } of byYear.get(year) ?? []) {
      // The most specific area binds: a buurt's dwellings are where the move happens; its wijk and gemeente follow
      // with what the buurt could take (a project that counts more corporation dwellings than CBS shows is limited).
      let n = asked;
      const targets = item.area ? [item.area, ...(item.area.startsWith('BU') ? [wijkOf(item.area) ?? ''] : [])] : [];
      for (const code of targets) {
        const t = tenure.get(code);
        if (!t) continue;
        const out = applyKind(t, item, n);
        if (out.applied + 1e-9 < n) {
          issues.push(
            problem('warning', 'scenario.limited', {
              key: code,
              move: item.kind,
              n,
              name: item.label,
              available: Math.floor(out.applied + 1e-9),
            }),
          );
          n = out.applied;
        }
        tenure.set(code, out.tenure);
        changed.add(code);
      }
      const group = item.group;
      const gt = group === regionCode ? regionExtra : tenure.get(group);
      if (!gt) continue;
      const out = applyKind(gt, item, n);
      if (out.applied + 1e-9 < n)
        issues.push(
          problem('warning', 'scenario.limited', {
            key: group,
            move: item.kind,
            n,
            name: item.label,
            available: Math.floor(out.applied + 1e-9),
          }),
        );
      if (group === regionCode) regionExtra = out.tenure;
      else tenure.set(group, out.tenure);
      const f = flowsOf(item.kind, out.applied, out.rebuilt, out.rebuiltTenure);
      addFlow(group, year, f);
      if (group !== regionCode) addFlow(regionCode, year, f);
      else addFlow(regionCode, year, NO_FLOWS);
    }
    for (const code of changed) {
      const t = tenure.get(code);
      if (t) (areaSeries.get(code) ?? areaSeries.set(code, new Map()).get(code))?.set(year, standOf(t));
    }
    let region = regionExtra;
    for (const g of regionGemeenten) {
      const t = tenure.get(g);
      if (!t) continue;
      (groupSeries.get(g) ?? groupSeries.set(g, new Map()).get(g))?.set(year, standOf(t));
      region = {
        ...region,
        total: region.total + t.total,
        corporation: region.corporation + t.corporation,
        corporationMid: region.corporationMid + t.corporationMid,
      };
    }
    (groupSeries.get(regionCode) ?? groupSeries.set(regionCode, new Map()).get(regionCode))?.set(year, standOf(region));
  }
  const regionBase = regionGemeenten.reduce<Stand>(
    (acc, g) => {
      const b = baselines.get(g);
      return b ? { total: acc.total + b.total, corporation: acc.corporation + b.corporation, corporationMid: 0, pct: 0 } : acc;
    },
    { total: 0, corporation: 0, corporationMid: 0, pct: 0 },
  );
  const series = (m: Map<string, Map<number, Stand>>, base: (code: string) => Stand) =>
    new Map([...m].map(([code, years]) => [code, { baseline: base(code), years }] as const));
  return {
    baseYear,
    lastYear,
    areas: series(areaSeries, (c) => baselines.get(c) ?? standOf({ total: 0, corporation: 0, corporationMid: 0, otherRent: 0, owner: 0 })),
    groups: series(groupSeries, (c) =>
      c === regionCode
        ? { ...regionBase, pct: regionBase.total > 0 ? (regionBase.corporation * 100) / regionBase.total : 0 }
        : (baselines.get(c) ?? standOf({ total: 0, corporation: 0, corporationMid: 0, otherRent: 0, owner: 0 })),
    ),
    flows,
    beforeBaseline,
    undated,
    issues,
  };
}

/** The stand of a series at the end of `year` (the 0-meting before the first projected year). */
export function standAt(series: Series, year: number, baseYear: number): Stand {
  if (year < baseYear) return series.baseline;
  let last = series.baseline;
  for (const [y, s] of series.years) {
    if (y > year) break;
    last = s;
  }
  return last;
}
