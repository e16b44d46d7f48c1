/** Data contract for geodata/trend.csv through the app's own parser: known CBS 82900NED values and the marks. */
import { describe, expect, it } from 'vitest';
import { loadGeodata } from '../../scripts/lib/read-geodata';
import { trendSeries } from '../../src/domain/parse-trend';

const dataset = loadGeodata();
const at = (code: string, year: number) => dataset.trend.find((r) => r.code === code && r.year === year);

describe('trend (CBS 82900NED, 2012–2024)', () => {
  it('parses without issues: 11 series of 13 years', () => {
    expect(dataset.issues.filter((i) => i.context.file === 'trend.csv')).toEqual([]);
    expect(dataset.trend).toHaveLength(143);
    expect(new Set(dataset.trend.map((r) => r.code)).size).toBe(11);
  });
  it('Heerlen is 38,3 % in 2012 and 36,3 % in 2024', () => {
    expect(at('GM0917', 2012)?.corporationPct).toBe(38.3);
    expect(at('GM0917', 2024)?.corporationPct).toBe(36.3);
  });
  it('Nederland is 28,3 % in 2024 (30,7 % in 2012)', () => {
    expect(at('nederland', 2024)?.corporationPct).toBe(28.3);
    expect(at('nederland', 2012)?.corporationPct).toBe(30.7);
  });
  it('Limburg is 25,7 % in 2024', () => expect(at('limburg', 2024)?.corporationPct).toBe(25.7));
  it('Heerlen 2024 has 46697 dwellings, 16971 of them owned by a corporation', () => {
    expect([at('GM0917', 2024)?.dwellings, at('GM0917', 2024)?.corporation]).toEqual([46697, 16971]);
  });
  it('Beekdaelen before 2019 is the sum of Onderbanken, Nuth and Schinnen, and says so', () => {
    const bk = trendSeries(dataset.trend, 'GM1954');
    expect(bk.filter((r) => r.basis === 'som-voorgangers').map((r) => r.year)).toEqual([2012, 2013, 2014, 2015, 2016, 2017, 2018]);
    expect(at('GM1954', 2018)?.dwellings).toBe(6956 + 3655 + 5952);
    expect(at('GM1954', 2019)?.basis).toBe('cbs');
  });
  it("marks Kerkrade's break in 2014 and 2015, not smoothed (21387 → 22468 → 24014 dwellings)", () => {
    expect(
      trendSeries(dataset.trend, 'GM0928')
        .filter((r) => r.seriesBreak)
        .map((r) => r.year),
    ).toEqual([2014, 2015]);
    expect([2013, 2014, 2015].map((y) => at('GM0928', y)?.dwellings)).toEqual([21387, 22468, 24014]);
  });
  it('Parkstad is the sum of its 7 gemeenten in every year, marked as such', () => {
    for (const r of trendSeries(dataset.trend, 'parkstad')) {
      const parts = dataset.trend.filter((g) => g.level === 'gemeente' && g.year === r.year);
      expect(parts, String(r.year)).toHaveLength(7);
      expect(r.dwellings).toBe(parts.reduce((s, g) => s + (g.dwellings ?? 0), 0));
      expect(r.corporation).toBe(parts.reduce((s, g) => s + (g.corporation ?? 0), 0));
      expect(r.basis).toBe('som-gemeenten');
    }
  });
  it('agrees with stock.csv in 2024: the gemeente share rounds to its KWB figure', () => {
    for (const g of dataset.gemeenteRows.values())
      expect(Math.round(at(g.code, 2024)?.corporationPct ?? NaN), g.code).toBe(g.corporationPct);
  });
});
