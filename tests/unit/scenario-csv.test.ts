/** CSV export: Dutch spreadsheet conventions, one row per area and per total, formulas neutralised. */
import { describe, expect, it } from 'vitest';
import { csvText, CSV_HEADER, scenariosCsv } from '../../src/domain/scenario/csv';
import { applyScenario, indexRows } from '../../src/domain/scenario/apply';
import { groupTotals } from '../../src/domain/scenario/totals';
import type { StockRow } from '../../src/domain/types';
import type { Scenario } from '../../src/domain/scenario/types';

const row = {
  code: 'WK091740',
  name: 'Heerlerbaan-Centrum',
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
  moves: [{ area: 'WK091740', kind: 'sell', n: 100 }],
  pair: null,
  savedAt: '',
};
const result = applyScenario(indexRows([row]), scenario.moves);
const csv = scenariosCsv(
  [{ scenario, result, totals: [{ code: 'GM0917', label: 'Heerlen', totals: groupTotals([row], result.rows) }] }],
  { lower: 21, upper: 51 },
  () => 'Heerlerbaan-Centrum',
);
const lines = csv.trimEnd().split('\r\n');

describe('scenariosCsv', () => {
  it('starts with the header', () => expect(lines[0]).toBe(CSV_HEADER.join(';')));
  it('writes the area row: 78,0 % → 68,0 %, sell 100, still 170 to go (680 − 510), name neutralised and quoted', () => {
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""x"")";gebied;WK091740;Heerlerbaan-Centrum;1000;780;78,0;above;100;0;0;0;0;0;1000;680;68,0;above;minder;170;`,
    );
  });
  it('writes the total row with the mixing verdict', () => expect(lines[2]?.endsWith(';1000;680;68,0;;;;nee')).toBe(true));
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
