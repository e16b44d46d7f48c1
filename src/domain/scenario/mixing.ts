/**
 * "Mengen zonder te verdringen" judged in corporation dwellings, not in a share tolerance. 002 §1: "het aandeel
 * huurwoningen van woningcorporaties in onze woningvoorraad blijft gelijk"; 001 afspraak 7: corporations "zullen
 * … niet meer woningen (aan derden, niet zijnde andere woningcorporaties) verkopen, dan dat er in dezelfde
 * gemeente aan woningen additioneel aan de sociale huurvoorraad worden toegevoegd". A share tolerance lets a
 * gemeente lose corporation dwellings unnoticed (selling 233 in Heerlen moves its share by less than 0.5 point).
 */
import { problem, type Problem } from '../problem';
import type { PolicyAreaOutcome } from './policy-apply';

export interface CorporationBalance {
  /** Gemeente code or `parkstad`. */
  group: string;
  /** Signed change in corporation dwellings (after − before), rounded to 0.000001 to drop float noise. */
  change: number;
  /** True when the group ends with fewer corporation dwellings than it started with. */
  loss: boolean;
}

/** An outcome of either scenario engine: its gemeente and its corporation dwellings before and after. */
export interface CorporationDelta {
  beforeRow: { gemeenteCode: string };
  before: { corporation: number };
  after: { corporation: number };
}

const clean = (x: number) => Math.round(x * 1e6) / 1e6 || 0;

/**
 * The signed change in corporation dwellings per gemeente of `gemeenten` (untouched ones 0), then for the group
 * `parkstad` (their sum). Any net loss is flagged (`loss`), however small against the stock: no tolerance.
 * Works on outcomes of `applyPolicyScenario` and of the old `applyScenario`. Selling 233 in Heerlen without
 * compensation → GM0917 −233, loss; a sale in Heerlen compensated by as many new ones in Voerendaal → Heerlen
 * loss, Voerendaal gain, Parkstad 0 (no loss).
 */
export function corporationBalance(
  outcomes: readonly CorporationDelta[],
  gemeenten: readonly string[],
  parkstadCode = 'parkstad',
): CorporationBalance[] {
  const byGemeente = new Map<string, number>(gemeenten.map((g) => [g, 0]));
  for (const o of outcomes) {
    const g = o.beforeRow.gemeenteCode;
    if (byGemeente.has(g)) byGemeente.set(g, (byGemeente.get(g) ?? 0) + o.after.corporation - o.before.corporation);
  }
  const groups = [...byGemeente].map(([group, change]) => ({ group, change: clean(change), loss: clean(change) < 0 }));
  const total = clean([...byGemeente.values()].reduce((a, b) => a + b, 0));
  return [...groups, { group: parkstadCode, change: total, loss: total < 0 }];
}

export interface SalesCheck {
  gemeenteCode: string;
  /** Corporation dwellings sold to third parties (to occupants or to landlords). */
  sold: number;
  /** Dwellings added to the social (corporation) stock: new corporation build, inponden, and corporation rebuilds beyond the demolished number. */
  added: number;
  /** sold ≤ added: equal holds ("niet meer … dan"). */
  holds: boolean;
}

/**
 * 001 afspraak 7 per gemeente touched by the scenario. Counted as added: `build-corporation`, `buy` (inponden adds
 * existing dwellings to the social stock) and, for `demolish-rebuild` as corporation dwellings, only what is rebuilt
 * beyond what was demolished in that area. Liberalisation is no sale and is not counted.
 */
export function salesCheck(outcomes: readonly PolicyAreaOutcome[]): SalesCheck[] {
  const by = new Map<string, { sold: number; added: number }>();
  for (const o of outcomes) {
    const a = o.applied;
    const r = o.rebuilt.corporation;
    const rebuiltNet = r ? Math.max(0, r.rebuilt - r.demolished) : 0;
    const sold = (a['sell-to-occupant'] ?? 0) + (a['sell-to-landlord'] ?? 0);
    const added = (a['build-corporation'] ?? 0) + (a.buy ?? 0) + rebuiltNet;
    const g = by.get(o.gemeenteCode) ?? { sold: 0, added: 0 };
    by.set(o.gemeenteCode, { sold: g.sold + sold, added: g.added + added });
  }
  return [...by].map(([gemeenteCode, { sold, added }]) => ({ gemeenteCode, sold, added, holds: sold <= added + 1e-9 }));
}

/** Problems for the interface: `scenario.corporation-loss` per losing group, `scenario.sales-exceed-additions` per failing gemeente. */
export function mixingProblems(balance: readonly CorporationBalance[], sales: readonly SalesCheck[]): Problem[] {
  return [
    ...balance.filter((b) => b.loss).map((b) => problem('warning', 'scenario.corporation-loss', { key: b.group, n: -b.change })),
    ...sales
      .filter((s) => !s.holds)
      .map((s) => problem('warning', 'scenario.sales-exceed-additions', { key: s.gemeenteCode, sold: s.sold, added: s.added })),
  ];
}
