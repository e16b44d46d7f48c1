/**
 * CSV export of scenarios: one row per scenario and area, then one row per group total. Semicolon-
 * separated with a decimal comma, like the geodata, so Dutch spreadsheets open it directly.
 */
import type { Band } from '../band';
import { classify, dwellingsToBand } from '../band';
import type { Scenario } from './types';
import { POLICY_MOVE_KINDS, type PolicyMoveKind } from './policy-types';
import type { PolicyScenarioResult } from './policy-apply';
import type { CorporationBalance, SalesCheck } from './mixing';
import type { GroupTotals } from './totals';
import { shareOf } from './tenure';
import { csvField, toCsv } from '../csv-safe';

export interface CsvTotal {
  code: string;
  label: string;
  totals: GroupTotals;
  balance: CorporationBalance | null;
  /** 001 afspraak 7 for a gemeente (null for the region). */
  sales: SalesCheck | null;
}

export interface CsvScenario {
  scenario: Scenario;
  result: PolicyScenarioResult;
  totals: CsvTotal[];
}

const MOVE_COLUMNS: Record<PolicyMoveKind, string> = {
  'sell-to-occupant': 'verkoop_aan_bewoners',
  'sell-to-landlord': 'verkoop_aan_verhuurders',
  'liberalise-to-mid': 'liberalisatie_middenhuur',
  demolish: 'sloop',
  'demolish-rebuild': 'sloop_met_nieuwbouw',
  'build-corporation': 'nieuwbouw_corporatie',
  'build-owner': 'nieuwbouw_koop',
  'build-private-rent': 'nieuwbouw_particuliere_huur',
  buy: 'inponden',
};
const TENURE_WORD = { corporation: 'corporatie', owner: 'koop', 'private-rent': 'particuliere huur' } as const;

export const CSV_HEADER = [
  'scenario',
  'soort',
  'code',
  'naam',
  'woningen_nu',
  'corporatie_nu',
  'aandeel_nu',
  'band_nu',
  ...POLICY_MOVE_KINDS.map((k) => MOVE_COLUMNS[k]),
  'herbouw',
  'woningen_scenario',
  'corporatie_scenario',
  'corporatie_middenhuur_scenario',
  'aandeel_scenario',
  'band_scenario',
  'nog_naar_band',
  'nog_aantal',
  'verandering_corporatiewoningen',
  'verlies_corporatiewoningen',
  'verkoop_niet_meer_dan_toevoeging',
];

/** A text cell: quoted when needed; a formula is neutralised (domain/csv-safe.ts) so spreadsheets never run it. */
export function csvText(s: string): string {
  return csvField(s, ';');
}

const dec = (v: number | null, digits: number) => (v === null ? '' : v.toFixed(digits).replace('.', ','));
const yesNo = (b: boolean | null | undefined) => (b === null || b === undefined ? '' : b ? 'ja' : 'nee');
const DIRECTION = { remove: 'minder', add: 'meer', none: 'geen' } as const;

/**
 * The CSV text for a list of scenarios, with `names` giving area names by code and `bandOf` the band that judges
 * an area (its own gemeente's; null: not judged, the band cells stay empty). Every header and cell goes through
 * `toCsv` (formulas neutralised, quoted when needed); no BOM (the download adds it).
 */
export function scenariosCsv(list: readonly CsvScenario[], bandOf: (code: string) => Band | null, names: (code: string) => string): string {
  const rows: string[][] = [];
  for (const { scenario, result, totals } of list) {
    for (const o of result.outcomes) {
      const band = bandOf(o.code);
      const pctBefore = shareOf(o.before.corporation, o.before.total);
      const pctAfter = shareOf(o.after.corporation, o.after.total);
      const toGo = band ? dwellingsToBand(o.after.total, pctAfter, band) : null;
      const rebuilds = Object.entries(o.rebuilt).map(
        ([tenure, r]) => `${dec(r.demolished > 0 ? r.rebuilt / r.demolished : 0, 2)} × ${TENURE_WORD[tenure as keyof typeof TENURE_WORD]}`,
      );
      rows.push([
        scenario.name,
        'gebied',
        o.code,
        names(o.code),
        dec(o.before.total, 0),
        dec(o.before.corporation, 0),
        dec(pctBefore, 1),
        band ? classify(pctBefore, band) : '',
        ...POLICY_MOVE_KINDS.map((k) => dec(o.applied[k] ?? 0, 0)),
        rebuilds.join(', '),
        dec(o.after.total, 0),
        dec(o.after.corporation, 0),
        dec(o.after.corporationMid, 0),
        dec(pctAfter, 1),
        band ? classify(pctAfter, band) : '',
        toGo ? DIRECTION[toGo.direction] : '',
        toGo ? String(toGo.dwellings) : '',
        dec(o.after.corporation - o.before.corporation, 0),
        '',
        '',
      ]);
    }
    for (const g of totals) {
      const t = g.totals;
      rows.push([
        scenario.name,
        'totaal',
        g.code,
        g.label,
        dec(t.dwellingsBefore, 0),
        dec(t.corporationBefore, 0),
        dec(t.before, 1),
        '',
        ...POLICY_MOVE_KINDS.map(() => ''),
        '',
        dec(t.dwellingsAfter, 0),
        dec(t.corporationAfter, 0),
        '',
        dec(t.after, 1),
        '',
        '',
        '',
        g.balance ? dec(g.balance.change, 0) : '',
        yesNo(g.balance?.loss),
        yesNo(g.sales?.holds),
      ]);
    }
  }
  return toCsv(CSV_HEADER, rows, { delimiter: ';', bom: false });
}
