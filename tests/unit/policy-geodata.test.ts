/** Issue 11 on the real geodata: the band per gemeente, small areas, scenario moves, mixing, routes and the pair finder. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGeodata } from '../helpers/geodata';
import { bandFromCentre, classify } from '../../src/domain/band';
import { bandForArea, bandsByGemeente, gemeenteAverages } from '../../src/domain/band-reference';
import { classifyAreasByBand } from '../../src/domain/classify-area';
import { routesToBand } from '../../src/domain/band-routes';
import { weightedShare } from '../../src/domain/summarize';
import { applyPolicyScenario, indexRows } from '../../src/domain/scenario/policy-apply';
import { upgradeMoves } from '../../src/domain/scenario/legacy';
import { corporationBalance, salesCheck } from '../../src/domain/scenario/mixing';
import { groupTotals } from '../../src/domain/scenario/totals';
import { areaVolumeFlags } from '../../src/domain/scenario/volume';
import { findParkstadshuwelijkCandidates, findStadshuwelijkCandidates } from '../../src/domain/pairs/stadshuwelijk';
import { rankStadshuwelijkPairs } from '../../src/domain/pairs/stadshuwelijk-rank';
import { parseNplv } from '../../src/domain/overlays/parse-nplv';
import { BAND_POLICY } from '../../src/config/band-policy';
import { PARKSTAD, SMALL_AREA_DWELLINGS } from '../../src/config/policy';
import { MARRIAGE_WEIGHTS, PARKSTADSHUWELIJK_CRITERIA, STADSHUWELIJK_CRITERIA } from '../../src/config/pair-policy';
import { AREA_VOLUME_LIMITS } from '../../src/config/programme';

const dataset = loadGeodata();
const rows = indexRows(dataset.stock);
const wijken = dataset.levels.wijk.areas;
const heerlen = wijken.filter((a) => a.gemeenteCode === 'GM0917');
const parkstadCodes = PARKSTAD.map((g) => g.code);
const averages = gemeenteAverages(dataset.gemeenteRows);
const bands = bandsByGemeente(parkstadCodes, { kind: 'default' }, averages, BAND_POLICY);
const heerlenBand = bands.get('GM0917');
const nplvJson = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', '..', 'geodata', 'nplv.geojson'), 'utf8')) as unknown;
const nplvWijken = new Set(
  parseNplv(nplvJson)
    .value.areas.filter((a) => a.role === 'nplv-wijk')
    .map((a) => a.code),
);
const ctx = { averages, bandOf: (a: { gemeenteCode: string }) => bandForArea(a, bands), nplvWijken };
const stock = (code: string) => rows.get(code);
/** The old pooled band of the Parkstad scope: the weighted share of the 7 gemeente rows ± 15, as state/selectors did it. */
const pooledCentre = Math.round((weightedShare(parkstadCodes.map((c) => dataset.gemeenteRows.get(c) ?? null)) ?? NaN) * 10) / 10;
const pooledBand = { ...bandFromCentre(pooledCentre, 15), centre: pooledCentre };

describe('the band per gemeente on the real data', () => {
  it("Heerlen's default is its adopted band 21–51, centre 36, with the 002 §2.2.1 passage", () => {
    expect(heerlenBand).toMatchObject({ kind: 'adopted', lower: 21, upper: 51, centre: 36, centreBasis: 'policy' });
    expect(heerlenBand?.sources.some((s) => s.quote.includes('niet minder dan 21% kan bedragen, en niet meer dan 51%'))).toBe(true);
  });
  it('Kerkrade (CBS 32 %) gets a derived band 17–47 without policy sources', () =>
    expect(bands.get('GM0928')).toMatchObject({ kind: 'derived', lower: 17, upper: 47, centreBasis: 'own-average', sources: [] }));
  it('in the Parkstad scope Heerlerheide-Passart (58 %) stays above and Hoensbroek-De Dem (51 %) within Heerlen’s band', () => {
    const verdicts = classifyAreasByBand(wijken, (a) => bandForArea(a, bands), SMALL_AREA_DWELLINGS);
    expect(stock('WK091721')?.corporationPct).toBe(58);
    expect(stock('WK091712')?.corporationPct).toBe(51);
    expect(verdicts.get('WK091721')?.cls).toBe('above');
    expect(verdicts.get('WK091712')?.cls).toBe('within');
  });
  it('a pooled Parkstad band (the old behaviour) would have put Hoensbroek-De Dem above', () => {
    expect(classify(51, pooledBand)).toBe('above');
  });
});

describe('areas with too few dwellings', () => {
  const verdicts = classifyAreasByBand(heerlen, (a) => bandForArea(a, bands), SMALL_AREA_DWELLINGS);
  it('De Hei (42), Woonboulevard-Ten Esschen (72) and De Beitel (29) are small, and no other Heerlen wijk is', () => {
    expect([42, 72, 29]).toEqual(['WK091723', 'WK091735', 'WK091742'].map((c) => stock(c)?.dwellings));
    expect(heerlen.filter((a) => verdicts.get(a.code)?.cls === 'small').map((a) => a.code)).toEqual(['WK091723', 'WK091735', 'WK091742']);
    expect(verdicts.get('WK091723')?.step).toBe('small');
  });
});

describe('scenario moves on the real data', () => {
  const lib = applyPolicyScenario(rows, [{ area: 'WK091740', kind: 'liberalise-to-mid', n: 300 }]);
  it('liberalising 300 in Heerlerbaan-Centrum leaves 78 % corporation ownership', () => {
    expect(lib.rows.get('WK091740')?.corporationPct).toBeCloseTo(78, 9);
    expect(lib.outcomes[0]?.after.corporationMid).toBe(300);
    expect(lib.outcomes[0]?.corporationMidPct).toBeCloseTo((300 / 2301) * 100, 9);
  });
  it('an old link with `liberalise` 300 now also leaves 78 % (the old arithmetic gave 65 %), with an info problem', () => {
    const old = [{ area: 'WK091740', kind: 'liberalise' as const, n: 300 }];
    const up = upgradeMoves(old);
    expect(applyPolicyScenario(rows, up.value).rows.get('WK091740')?.corporationPct).toBeCloseTo(78, 9);
    expect(up.issues.map((p) => p.code)).toEqual(['scenario.legacy-liberalise']);
  });
  it('selling 233 in Heerlen without compensation is flagged as −233, though the old ±0.5-point check passes', () => {
    const sale = applyPolicyScenario(rows, [{ area: 'WK091740', kind: 'sell-to-occupant', n: 233 }]);
    const balance = corporationBalance(sale.outcomes, parkstadCodes);
    expect(balance.find((b) => b.group === 'GM0917')).toEqual({ group: 'GM0917', change: -233, loss: true });
    expect(balance.find((b) => b.group === 'parkstad')).toEqual({ group: 'parkstad', change: -233, loss: true });
    expect(balance.filter((b) => b.loss).map((b) => b.group)).toEqual(['GM0917', 'parkstad']);
    expect(salesCheck(sale.outcomes)).toEqual([{ gemeenteCode: 'GM0917', sold: 233, added: 0, holds: false }]);
    const heerlenRows = dataset.stock.filter((r) => r.level === 'wijk' && r.gemeenteCode === 'GM0917');
    expect(Math.abs(groupTotals(heerlenRows, sale.rows).change ?? NaN)).toBeLessThanOrEqual(0.5);
  });
  it('the same sale compensated by 233 new corporation dwellings in Welten-Benzenrade loses nothing and meets afspraak 7', () => {
    const both = applyPolicyScenario(rows, [
      { area: 'WK091740', kind: 'sell-to-landlord', n: 233 },
      { area: 'WK091736', kind: 'build-corporation', n: 233 },
    ]);
    expect(corporationBalance(both.outcomes, parkstadCodes).find((b) => b.group === 'GM0917')).toEqual({
      group: 'GM0917',
      change: 0,
      loss: false,
    });
    expect(salesCheck(both.outcomes)).toEqual([{ gemeenteCode: 'GM0917', sold: 233, added: 233, holds: true }]);
  });
});

describe('dwellings to the band on the real data', () => {
  const welten = stock('WK091736');
  it('Welten-Benzenrade (2,096 at 6 %) reaches 21 % with 398 new corporation dwellings, or 315 by inponden', () => {
    expect([welten?.dwellings, welten?.corporationPct]).toEqual([2096, 6]);
    const r = routesToBand(welten?.dwellings ?? null, welten?.corporationPct ?? null, heerlenBand ?? { lower: NaN, upper: NaN });
    expect(r?.direction).toBe('increase');
    expect(r?.routes.map((x) => [x.route, x.dwellings, x.feasible])).toEqual([
      ['corporation-build', 398, true],
      ['inponden', 315, true],
    ]);
  });
  it('398 built reaches 21 % and 397 does not; 315 bought reaches it and 314 does not', () => {
    const pct = (kind: 'build-corporation' | 'buy', n: number) =>
      applyPolicyScenario(rows, [{ area: 'WK091736', kind, n }]).rows.get('WK091736')?.corporationPct ?? NaN;
    expect(pct('build-corporation', 398)).toBeGreaterThanOrEqual(21);
    expect(pct('build-corporation', 397)).toBeLessThan(21);
    expect(pct('buy', 315)).toBeGreaterThanOrEqual(21);
    expect(pct('buy', 314)).toBeLessThan(21);
  });
  it('the old proposal of 1,275 new ones is flagged as large for the wijk; 398 is not', () => {
    const area = { dwellings: 2096, privateDwellings: 2096 * 0.93 };
    expect(areaVolumeFlags(1275, 'corporation-build', area, AREA_VOLUME_LIMITS)).toEqual(['large-for-area']);
    expect(areaVolumeFlags(398, 'corporation-build', area, AREA_VOLUME_LIMITS)).toEqual([]);
  });
  it('Heerlerbaan-Centrum (2,301 at 78 %) to 51 %: 622 sold, 1,268 demolished or 1,219 built for the market', () => {
    const r = routesToBand(2301, stock('WK091740')?.corporationPct ?? null, heerlenBand ?? { lower: NaN, upper: NaN });
    expect(r?.routes.map((x) => [x.route, x.dwellings])).toEqual([
      ['sale', 622],
      ['demolition', 1268],
      ['market-build', 1219],
    ]);
  });
});

describe('stadshuwelijk in Heerlen, literally', () => {
  const set = findStadshuwelijkCandidates(heerlen, ctx, STADSHUWELIJK_CRITERIA);
  const pairs = rankStadshuwelijkPairs(set, MARRIAGE_WEIGHTS);
  it('uses the national liveability reference (afw 0) by default and says so', () =>
    expect(set.reference).toEqual({ kind: 'national', value: 0 }));
  it('has Vrieheide-De Stack (37 %, the weakest liveability of Heerlen’s wijken) as a vulnerable candidate', () => {
    const weakest = [...heerlen].sort((a, b) => (a.liveability[2024]?.afw ?? 0) - (b.liveability[2024]?.afw ?? 0))[0];
    expect(weakest?.code).toBe('WK091720');
    expect(stock('WK091720')?.corporationPct).toBe(37);
    expect(set.vulnerable.map((c) => c.code)).toContain('WK091720');
    expect(pairs.some((p) => p.vulnerable.code === 'WK091720')).toBe(true);
  });
  it('adds no corporation stock inside NPLV Heerlen-Noord by default', () => {
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.filter((p) => nplvWijken.has(p.strong.code))).toEqual([]);
  });
  it('with the scope’s own reference the NPLV rule bites: three strong wijken left out, none in the pairs', () => {
    const own = findStadshuwelijkCandidates(heerlen, ctx, { ...STADSHUWELIJK_CRITERIA, reference: 'scope-mean' });
    expect(own.reference.kind).toBe('scope-mean');
    expect(own.excluded.filter((e) => e.reason === 'nplv-partner').map((e) => e.code)).toEqual(['WK091711', 'WK091713', 'WK091714']);
    expect(rankStadshuwelijkPairs(own, MARRIAGE_WEIGHTS).filter((p) => nplvWijken.has(p.strong.code))).toEqual([]);
    const open = findStadshuwelijkCandidates(heerlen, ctx, {
      ...STADSHUWELIJK_CRITERIA,
      reference: 'scope-mean',
      excludePartnersInNplv: false,
    });
    expect(open.strong.filter((c) => nplvWijken.has(c.code)).map((c) => c.code)).toEqual(['WK091711', 'WK091713', 'WK091714']);
  });
  it('names the dominant term of every pair', () => expect(pairs.every((p) => p.dominant !== null)).toBe(true));
});

describe('Parkstadshuwelijk, literally', () => {
  const set = findParkstadshuwelijkCandidates(wijken, ctx, PARKSTADSHUWELIJK_CRITERIA);
  const pairs = rankStadshuwelijkPairs(set, MARRIAGE_WEIGHTS);
  const scattered = (p: { strong: { name: string }; vulnerable: { name: string } }) =>
    /verspreide huizen/i.test(p.strong.name + p.vulnerable.name);
  it('anchors every pair on a Heerlen wijk and partners it with a wijk of another gemeente with a lower share', () => {
    expect(pairs.length).toBeGreaterThan(0);
    for (const p of pairs) {
      expect(p.vulnerable.gemeenteCode).toBe('GM0917');
      expect(p.strong.gemeenteCode).not.toBe('GM0917');
      expect(p.strong.gemeenteAverage).toBeLessThan(averages.get('GM0917') ?? NaN);
      expect(p.strong.pct).toBeLessThan(p.vulnerable.pct);
    }
  });
  it('has no "Verspreide huizen" in the default top 5 (the old finder had Verspreide huizen Voerendaal there)', () => {
    expect(pairs.slice(0, 5).filter(scattered)).toEqual([]);
  });
  it('leaves "Verspreide huizen Voerendaal" (166 dwellings) out by its name even when the size limit is lowered to 100', () => {
    const lower = findParkstadshuwelijkCandidates(wijken, ctx, { ...PARKSTADSHUWELIJK_CRITERIA, minDwellings: 100 });
    expect(lower.excluded).toContainEqual({ code: 'WK098609', reason: 'scattered' });
    expect(rankStadshuwelijkPairs(lower, MARRIAGE_WEIGHTS).filter(scattered)).toEqual([]);
  });
  it('leaves out wijken under 500 dwellings by default, e.g. Ransdaal (407), and keeps it at a limit of 400', () => {
    expect(stock('WK098605')?.dwellings).toBe(407);
    expect(set.excluded).toContainEqual({ code: 'WK098605', reason: 'small' });
    const at400 = findParkstadshuwelijkCandidates(wijken, ctx, { ...PARKSTADSHUWELIJK_CRITERIA, minDwellings: 400 });
    expect(at400.excluded.map((e) => e.code)).not.toContain('WK098605');
  });
  it('gives distance no weight by default, but reports it', () => {
    expect(pairs.every((p) => p.terms.distance.contribution === 0 && p.distanceKm > 0)).toBe(true);
  });
});
