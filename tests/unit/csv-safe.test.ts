/** Formula injection: every CSV the app writes neutralises cells and headers that a spreadsheet would run. */
import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, toCsv } from '../../src/domain/csv-safe';
import { areasToCsv, extractRows } from '../../src/domain/upload/export';
import { scenariosCsv } from '../../src/domain/scenario/csv';
import { applyPolicyScenario, indexRows } from '../../src/domain/scenario/policy-apply';
import type { StockRow } from '../../src/domain/types';
import { fixtureBytes, loadGeodata } from '../helpers/geodata';

const ATTACK = "-2+3+cmd|' /C calc'!A0";

describe('neutraliseFormula', () => {
  it.each([
    [ATTACK, `'${ATTACK}`],
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['  =1+1', "'  =1+1"],
    ['＝1+1', "'＝1+1"],
    ['-x', "'-x"],
    ['+31 45 560 0000', "'+31 45 560 0000"],
    ['-2+3', "'-2+3"],
  ])('neutralises %j → %j', (raw, safe) => expect(neutraliseFormula(raw)).toBe(safe));
  it.each(['-0,17', '-17', '+3', '-1.234,5', '-0.17', 'Heerlen', 'Welten-Benzenrade', '', '2025-01-01'])('keeps %j as it is', (s) =>
    expect(neutraliseFormula(s)).toBe(s),
  );
});

describe('csvField', () => {
  it('neutralises, then quotes a field with the delimiter or a quote', () =>
    expect(csvField('=HYPERLINK("x";"y")', ';')).toBe('"\'=HYPERLINK(""x"";""y"")"'));
  it('quotes a line break and surrounding spaces', () => expect([csvField('a\nb', ';'), csvField(' a', ';')]).toEqual(['"a\nb"', '" a"']));
  it('does not quote a comma in a ;-file', () => expect(csvField('Welten, Benzenrade', ';')).toBe('Welten, Benzenrade'));
});

describe('toCsv', () => {
  it('neutralises the header too, and ends every line with CRLF after a BOM', () =>
    expect(toCsv([ATTACK, 'b'], [['1', '-0,17']], { delimiter: ';' })).toBe(`\ufeff'${ATTACK};b\r\n1;-0,17\r\n`));
});

describe('every CSV writer neutralises cells and headers', () => {
  it('extractRows (unmatched rows download, spreadsheet rows 3 and 4): the fixture injection.csv, cell and header', () => {
    const text = new TextDecoder().decode(fixtureBytes('injection.csv'));
    expect(extractRows(text, ';', new Set([3, 4]))).toBe(
      `\ufeffrij;code;naam;corporatie_pct;'${ATTACK}\r\n` +
        `3;WK091799;'${ATTACK};-0,17;"'=HYPERLINK(""http://example.invalid"";""klik"")"\r\n` +
        `4;XYZ;'@SUM(1+1)*cmd|' /C calc'!A0;30;'+31 45 560 0000\r\n`,
    );
  });
  it('areasToCsv (area export): an indicator label as header and a name as cell', () => {
    const area = loadGeodata().levels.wijk.areas.find((a) => a.code === 'WK091740');
    if (!area) throw new Error('no WK091740');
    const csv = areasToCsv([{ ...area, name: ATTACK }], () => 'above', [{ label: ATTACK, values: new Map([['WK091740', -0.17]]) }]);
    const [head, row] = csv.split('\r\n');
    expect(head?.endsWith(`;'${ATTACK}`)).toBe(true);
    expect(row).toBe(`WK091740;'${ATTACK};wijk;GM0917;2301;78;boven;2024;CBS KWB 2024 (85984NED);-0,17`);
  });
  it('scenariosCsv (scenario export): the scenario name and an area name', () => {
    const row = {
      code: 'WK091740',
      name: 'x',
      dwellings: 1000,
      corporationPct: 78,
      ownerPct: 17,
      otherLandlordPct: 5,
      rentPct: 83,
    } as StockRow;
    const moves = [{ area: 'WK091740', kind: 'sell-to-occupant' as const, n: 100 }];
    const scenario = { id: 's', name: ATTACK, moves, pair: null, savedAt: '' };
    const csv = scenariosCsv(
      [{ scenario, result: applyPolicyScenario(indexRows([row]), moves), totals: [] }],
      () => ({ lower: 21, upper: 51 }),
      () => '@x',
    );
    expect(csv.split('\r\n')[1]?.startsWith(`'${ATTACK};gebied;WK091740;'@x;1000;`)).toBe(true);
  });
});
