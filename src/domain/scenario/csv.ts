/**
 * CSV export of scenarios: one row per scenario and area, then one row per group total. Semicolon-
 * separated with a decimal comma, like the geodata, so Dutch spreadsheets open it directly.
 */
import type { Band } from '../band';
import { classify, dwellingsToBand } from '../band';
import type { MoveKind, Scenario } from './types';
import { MOVE_KINDS } from './types';
import type { ScenarioResult } from './apply';
import type { GroupTotals } from './totals';
import { shareOf } from './tenure';
import { csvField, toCsv } from '../csv-safe';

export interface CsvScenario {
  scenario: Scenario;
  result: ScenarioResult;
  totals: { code: string; label: string; totals: GroupTotals }[];
}

const MOVE_COLUMNS: Record<MoveKind, string> = {
  sell: 'verkoop',
  liberalise: 'liberalisatie',
  demolish: 'sloop',
  'demolish-replace': 'sloop_vervangen',
  build: 'nieuwbouw',
  buy: 'inponden',
};

export const CSV_HEADER = [
  'scenario',
  'soort',
  'code',
  'naam',
  'woningen_nu',
  'corporatie_nu',
  'aandeel_nu',
  'band_nu',
  ...MOVE_KINDS.map((k) => MOVE_COLUMNS[k]),
  'woningen_scenario',
  'corporatie_scenario',
  'aandeel_scenario',
  'band_scenario',
  'nog_naar_band',
  'nog_aantal',
  'mengen_zonder_verdringen',
];

/** A text cell: quoted when needed; a formula is neutralised (domain/csv-safe.ts) so spreadsheets never run it. */
export function csvText(s: string): string {
  return csvField(s, ';');
}

const dec = (v: number | null, digits: number) => (v === null ? '' : v.toFixed(digits).replace('.', ','));
const DIRECTION = { remove: 'minder', add: 'meer', none: 'geen' } as const;

/**
 * The CSV text for a list of scenarios, with `names` giving area names by code. Every header and cell
 * goes through `toCsv` (formulas neutralised, quoted when needed); no BOM (the download adds it).
 */
export function scenariosCsv(list: readonly CsvScenario[], band: Band, names: (code: string) => string): string {
  const rows: string[][] = [];
  for (const { scenario, result, totals } of list) {
    for (const o of result.outcomes) {
      const pctBefore = shareOf(o.before.corporation, o.before.total);
      const pctAfter = shareOf(o.after.corporation, o.after.total);
      const toGo = dwellingsToBand(o.after.total, pctAfter, band);
      rows.push([
        scenario.name,
        'gebied',
        o.code,
        names(o.code),
        dec(o.before.total, 0),
        dec(o.before.corporation, 0),
        dec(pctBefore, 1),
        classify(pctBefore, band),
        ...MOVE_KINDS.map((k) => dec(o.applied[k] ?? 0, 0)),
        dec(o.after.total, 0),
        dec(o.after.corporation, 0),
        dec(pctAfter, 1),
        classify(pctAfter, band),
        toGo ? DIRECTION[toGo.direction] : '',
        toGo ? String(toGo.dwellings) : '',
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
        ...MOVE_KINDS.map(() => ''),
        dec(t.dwellingsAfter, 0),
        dec(t.corporationAfter, 0),
        dec(t.after, 1),
        '',
        '',
        '',
        t.holds === null ? '' : t.holds ? 'ja' : 'nee',
      ]);
    }
  }
  return toCsv(CSV_HEADER, rows, { delimiter: ';', bom: false });
}
