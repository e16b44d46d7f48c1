/** CSV export: Dutch spreadsheet conventions, one row per area and per total, formulas neutralised. */
import { describe, expect, it } from 'vitest';
import { csvText, CSV_HEADER, scenariosCsv } from '../../src/domain/scenario/csv';
import { applyPolicyScenario, indexRows } from '../../src/domain/scenario/policy-apply';
import { corporationBalance, salesCheck } from '../../src/domain/scenario/mixing';
import { groupTotals } from '../../src/domain/scenario/totals';
import type { StockRow } from '../../src/domain/types';
import type { Scenario } from '../../src/domain/scenario/types';

const row = {
  code: 'WK091740',
  name: 'Heerlerbaan-Centrum',
  gemeenteCode: 'GM0917',
  dwellings: 1000,
  corporationPct: 78,
  ownerPct: 17,
  otherLandlordPct: 5,
  rentPct: 83,
  source: 'CBS',
} as StockRow;
const scenario: Scenario = {
  id: 's1',
  name: '=HYPERLINK("x")',
  moves: [
    { area: 'WK091740', kind: 'sell-to-occupant', n: 100 },
    { area: 'WK091740', kind: 'liberalise-to-mid', n: 50 },
    { area: 'WK091740', kind: 'demolish-rebuild', n: 20, rebuild: { ratio: 1.5, tenure: 'owner' } },
  ],
  pair: null,
  savedAt: '',
};
const result = applyPolicyScenario(indexRows([row]), scenario.moves);
const balance = corporationBalance(result.outcomes, ['GM0917']);
const csv = scenariosCsv(
  [
    {
      scenario,
      result,
      totals: [
        {
          code: 'GM0917',
          label: 'Heerlen',
          totals: groupTotals([row], result.rows),
          balance: balance[0] ?? null,
          sales: salesCheck(result.outcomes)[0] ?? null,
        },
      ],
    },
  ],
  () => ({ lower: 21, upper: 51 }),
  () => 'Heerlerbaan-Centrum',
);
const lines = csv.trimEnd().split('\r\n');

describe('scenariosCsv', () => {
  it('starts with the header, one column per policy move', () => {
    expect(lines[0]).toBe(CSV_HEADER.join(';'));
    expect(CSV_HEADER.slice(8, 17)).toEqual([
      'verkoop_aan_bewoners',
      'verkoop_aan_verhuurders',
      'liberalisatie_middenhuur',
      'sloop',
      'sloop_met_nieuwbouw',
      'nieuwbouw_corporatie',
      'nieuwbouw_koop',
      'nieuwbouw_particuliere_huur',
      'inponden',
    ]);
  });
  it('writes the area row: 78,0 % → 660 / 1,010 = 65,3 %, 50 of them middenhuur, still 145 to go, −120 corporation dwellings', () => {
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""x"")";gebied;WK091740;Heerlerbaan-Centrum;1000;780;78,0;above;100;0;50;0;20;0;0;0;0;1,50 × koop;1010;660;50;65,3;above;minder;145;-120;;`,
    );
  });
  it('writes the total row with the change in corporation dwellings, the loss and afspraak 7', () =>
    expect(lines[2]?.endsWith(';1010;660;;65,3;;;;-120;ja;nee')).toBe(true));
  it('has as many cells in every row as in the header', () => {
    for (const l of lines) expect(l.replace(/"[^"]*(""[^"]*)*"/g, 'q').split(';')).toHaveLength(CSV_HEADER.length);
  });
});

describe('csvText', () => {
  it('neutralises a leading = so it is not a formula', () => expect(csvText('=1+1')).toBe("'=1+1"));
  it('neutralises a leading minus before text', () => expect(csvText('-x')).toBe("'-x"));
  it('keeps a negative number readable', () => expect(csvText('-5')).toBe('-5'));
  it('quotes a semicolon', () => expect(csvText('a;b')).toBe('"a;b"'));
  it('leaves plain text alone', () => expect(csvText('Welten-Benzenrade')).toBe('Welten-Benzenrade'));
});
