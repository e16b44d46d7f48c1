/** The programme (issue 12): spreading, projection year by year, the ledger, the streefbeeld and the 0-meting. */
import { describe, expect, it } from 'vitest';
import { spreadOverYears } from '../../src/domain/programme/spread';
import { projectProgramme, standAt } from '../../src/domain/programme/project';
import { ledgerOf } from '../../src/domain/programme/ledger';
import { defaultTarget, distanceToTarget, targetTotals } from '../../src/domain/programme/targets';
import { parseProgrammePreload, readProgrammeItem } from '../../src/domain/programme/parse-preload';
import { geodataJson } from '../../scripts/lib/read-geodata';
import { PROGRAMME_FILE } from '../../src/config/geodata-files';
import { indexRows } from '../../src/domain/scenario/policy-apply';
import type { ProgrammeItem } from '../../src/domain/programme/types';
import { INPONDEN_TARGETS, BUILD_TARGETS } from '../../src/config/programme';
import { loadGeodata } from '../helpers/geodata';

const data = loadGeodata();
const rows = indexRows(data.stock);
const PARKSTAD = ['GM0917', 'GM0928', 'GM0882', 'GM0899', 'GM1954', 'GM0965', 'GM0986'];
const item = (over: Partial<ProgrammeItem>): ProgrammeItem => ({
  id: 'x',
  label: 'x',
  group: 'GM0917',
  area: null,
  kind: 'demolish',
  n: 0,
  from: 2026,
  to: 2030,
  ...over,
});
const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

describe('spreadOverYears', () => {
  it('293 over 2026–2030 → 59, 59, 59, 58, 58', () =>
    expect([...spreadOverYears({ n: 293, from: 2026, to: 2030 })]).toEqual([
      [2026, 59],
      [2027, 59],
      [2028, 59],
      [2029, 58],
      [2030, 58],
    ]));
  it('2.352 over 2025–2029 → 471, 471, 470, 470, 470', () =>
    expect([...spreadOverYears({ n: 2352, from: 2025, to: 2029 }).values()]).toEqual([471, 471, 470, 470, 470]));
  it('an unknown year or no dwellings gives nothing', () => {
    expect(spreadOverYears({ n: 38, from: null, to: null }).size).toBe(0);
    expect(spreadOverYears({ n: 0, from: 2026, to: 2027 }).size).toBe(0);
  });
});

describe('Versiliënbosch demolition phased 2026–2030 in Vrieheide-De Stack', () => {
  // WK091720: 2,779 dwellings at 37 % = 1,028.23 corporation dwellings. Each year the wijk loses 59, 59, 59, 58, 58
  // corporation dwellings (and as many dwellings): 969.23 / 2,720 = 35,6335 %; 910.23 / 2,661 = 34,2063 %;
  // 851.23 / 2,602 = 32,7145 %; 793.23 / 2,544 = 31,1804 %. In 2030 the buurt (325 at 83 % = 269,75 corporation
  // dwellings) has only 34,75 left of the 58 asked, so the wijk loses 34,75: 758.48 / 2,509.25 = 30,2274 %.
  const p = projectProgramme(rows, [item({ id: 'v', area: 'BU09172003', n: 293 })], 2024, 2031, PARKSTAD);
  const wijk = p.areas.get('WK091720');
  it("changes the wijk's share year by year as computed by hand", () => {
    if (!wijk) throw new Error('no series');
    expect(round(wijk.baseline.pct)).toBe(37);
    expect([2025, 2026, 2027, 2028, 2029, 2030, 2031].map((y) => round(standAt(wijk, y, 2024).pct))).toEqual([
      37, 35.6335, 34.2063, 32.7145, 31.1804, 30.2274, 30.2274,
    ]);
    expect(standAt(wijk, 2030, 2024).total).toBe(2509.25);
  });
  it('leaves every other wijk at its 0-meting', () => expect([...p.areas.keys()].sort()).toEqual(['BU09172003', 'WK091720']));
  it('says when the buurt has fewer corporation dwellings than the project counts (CBS 83 % of 325 = 269,75 < 293)', () =>
    // 2026–2029 take 235; in 2030 only 34,75 are left of the 58 asked: the buurt, the wijk and Heerlen take 34,75.
    expect(p.issues.map((i) => [i.code, i.context.key, i.context.n, i.context.available])).toEqual([
      ['scenario.limited', 'BU09172003', 58, 34],
    ]));
  it("shows in Heerlen's ledger: 59 demolished in 2026, corporation stock −269,75 by 2030", () => {
    const l = ledgerOf(p, 'GM0917', INPONDEN_TARGETS, BUILD_TARGETS);
    expect(l.years.find((y) => y.year === 2026)?.flows.demolished).toBe(59);
    expect(l.years.find((y) => y.year === 2030)?.netCorporation).toBe(-269.75);
    expect(l.flagged).toBe(true);
  });
});

describe('NPLV Heerlen-Noord: 2.352 new dwellings 2025–2029, not allocated to a wijk', () => {
  const nplv = item({ id: 'n', kind: 'build-unspecified', n: 2352, from: 2025, to: 2029 });
  const p = projectProgramme(rows, [nplv], 2024, 2030, PARKSTAD);
  it('leaves every wijk unchanged', () => expect(p.areas.size).toBe(0));
  it('shows in the gemeente ledger: 471 built in 2025, 2.352 by 2029, the corporation stock unchanged', () => {
    const l = ledgerOf(p, 'GM0917', INPONDEN_TARGETS, BUILD_TARGETS);
    expect(l.years.find((y) => y.year === 2025)?.flows.built).toBe(471);
    expect(l.years.reduce((n, y) => n + y.flows.built, 0)).toBe(2352);
    expect(l.years.every((y) => y.netCorporation === 0)).toBe(true);
  });
  it('grows Heerlen to 49.049 dwellings: 16.810,92 corporation dwellings are then 34,27 %', () => {
    const g = p.groups.get('GM0917');
    if (!g) throw new Error('no series');
    const end = standAt(g, 2029, 2024);
    expect([end.total, round(end.corporation, 2), round(end.pct, 2)]).toEqual([49049, 16810.92, 34.27]);
  });
  it("counts against Heerlen's programme tot 2030 (2.250–2.500): reached, not above", () => {
    const b = ledgerOf(p, 'GM0917', INPONDEN_TARGETS, BUILD_TARGETS).builds.find((x) => x.target.group === 'GM0917');
    expect([b?.built, b?.reached, b?.above]).toEqual([2352, true, false]);
  });
  it("and shows in Parkstad's totals", () =>
    expect(
      standAt(
        p.groups.get('parkstad') ?? { baseline: { total: 0, corporation: 0, corporationMid: 0, pct: 0 }, years: new Map() },
        2029,
        2024,
      ).total - (p.groups.get('parkstad')?.baseline.total ?? 0),
    ).toBe(2352));
});

describe('the ledger checks', () => {
  it('afspraak 7: a year that sells more than it adds to the social stock fails; equal holds', () => {
    const p = projectProgramme(
      rows,
      [
        item({ id: 's', kind: 'sell-to-occupant', area: 'WK091740', n: 30, from: 2025, to: 2025 }),
        item({ id: 'b', kind: 'build-corporation', area: 'WK091736', n: 30, from: 2025, to: 2025 }),
        item({ id: 's2', kind: 'sell-to-landlord', area: 'WK091740', n: 10, from: 2026, to: 2026 }),
      ],
      2024,
      2027,
      PARKSTAD,
    );
    const l = ledgerOf(p, 'GM0917', INPONDEN_TARGETS, BUILD_TARGETS);
    expect(l.years.map((y) => [y.year, y.flows.sold, y.flows.addedSocial, y.salesHold, y.netCorporation])).toEqual([
      [2024, 0, 0, true, 0],
      [2025, 30, 30, true, 0],
      [2026, 10, 0, false, -10],
      [2027, 0, 0, true, -10],
    ]);
  });
  it("inponden against Heerlen's 35 a year (2024–2028): 30 bought in 2025 falls short", () => {
    const p = projectProgramme(rows, [item({ id: 'i', kind: 'buy', n: 30, from: 2025, to: 2025 })], 2024, 2029, PARKSTAD);
    const years = ledgerOf(p, 'GM0917', INPONDEN_TARGETS, BUILD_TARGETS).years;
    expect(years.find((y) => y.year === 2025)?.inponden).toEqual({ bought: 30, target: 35, met: false });
    expect(years.find((y) => y.year === 2029)?.inponden).toBeNull();
  });
  it('leaves out what a programme dated before the 0-meting did (Kerkrade 2021–2025: only 2024 and 2025 count)', () => {
    const k = item({ id: 'k', group: 'GM0928', kind: 'demolish', n: 478, from: 2021, to: 2025 });
    const p = projectProgramme(rows, [k], 2024, 2025, PARKSTAD);
    expect(p.beforeBaseline).toEqual(['k']);
    const l = ledgerOf(p, 'GM0928', INPONDEN_TARGETS, BUILD_TARGETS);
    // 478 over 5 years: 96, 96, 96, 95, 95 → 2024 and 2025 demolish 95 each.
    expect(l.years.map((y) => y.flows.demolished)).toEqual([95, 95]);
  });
  it('lists an item without years and does not project it', () => {
    const p = projectProgramme(rows, [item({ id: 'u', area: 'WK091710', n: 38, from: null, to: null })], 2024, 2030, PARKSTAD);
    expect([p.undated, p.areas.size]).toEqual([['u'], 0]);
  });
});

describe('the streefbeeld', () => {
  const band = { lower: 21, upper: 51 };
  it('Heerlerbaan-Centrum, 78 %: 51 % at the end of 2050, on the straight path 71 % at the end of 2030 (7 of 27 years)', () =>
    expect(defaultTarget(78, band, 2024)).toEqual({ y2030: 71, y2050: 51 }));
  it('Welten-Benzenrade, 6 %: 21 % in 2050, 6 + 15 × 7/27 = 9,9 % in 2030', () =>
    expect(defaultTarget(6, band, 2024)).toEqual({ y2030: 9.9, y2050: 21 }));
  it('a wijk inside the band keeps its share', () => expect(defaultTarget(36, band, 2024)).toEqual({ y2030: 36, y2050: 36 }));
  it('no share or no band: no target', () => {
    expect(defaultTarget(null, band, 2024)).toBeNull();
    expect(defaultTarget(40, null, 2024)).toBeNull();
  });
  it('the gemeente total says whether all targets keep the corporation stock', () => {
    const t = targetTotals([
      { code: 'A', dwellings: 1000, pct: 78, target: { y2030: 70, y2050: 51 } },
      { code: 'B', dwellings: 2000, pct: 6, target: { y2030: 10, y2050: 21 } },
      { code: 'C', dwellings: null, pct: 40, target: null },
    ]);
    // today 780 + 120 = 900; targets 510 + 420 = 930 → +30, keeps.
    expect([t.today, t.target2050, t.change, t.keeps, t.leftOut]).toEqual([900, 930, 30, true, 1]);
  });
  it('distance to the target in points', () => expect(distanceToTarget(60, { y2030: 55, y2050: 51 }, 2050)).toBe(9));
});

describe('readProgrammeItem', () => {
  it('reads a complete item', () =>
    expect(
      readProgrammeItem({ id: 'a', label: 'A', group: 'GM0917', area: 'WK091740', kind: 'buy', n: 5, from: 2025, to: 2026 }),
    ).toMatchObject({
      area: 'WK091740',
      n: 5,
    }));
  it.each([
    ['a bad kind', { kind: 'steal' }],
    ['a gemeente as area', { area: 'GM0917' }],
    ['a negative count', { n: -1 }],
    ['one year only', { to: null }],
    ['years in the wrong order', { from: 2030, to: 2025 }],
  ])('refuses %s', (_, patch) =>
    expect(
      readProgrammeItem({ id: 'a', label: 'A', group: 'GM0917', area: null, kind: 'buy', n: 5, from: 2025, to: 2026, ...patch }),
    ).toBeNull(),
  );
});

describe('the preloaded programme (geodata/programme-preload.json, built from the seeds and the project research)', () => {
  const items = parseProgrammePreload(geodataJson(PROGRAMME_FILE), PROGRAMME_FILE);
  const byId = (id: string) => items.value.find((i) => i.id === id);
  it('reads every item without problems', () => expect([items.issues, items.value.length]).toEqual([[], 7]));
  it('NPLV Heerlen-Noord: 2.352 new dwellings 2025–2029, 1.775 affordable, unallocated, quoted', () =>
    expect(byId('pre-nplv-heerlen-noord')).toMatchObject({
      group: 'GM0917',
      area: null,
      kind: 'build-unspecified',
      n: 2352,
      from: 2025,
      to: 2029,
      affordable: 1775,
      source: { quote: 'In Heerlen Noord is de woningbouwopgave in de periode 2025 t/m 2029 totaal 2.352 woningen.' },
    }));
  it('Kerkrade 2021–2025: 478 demolition, 515 new build, 35 sale, 125 purchase, unallocated', () =>
    expect(items.value.filter((i) => i.group === 'GM0928').map((i) => [i.kind, i.n, i.from, i.to, i.area])).toEqual([
      ['demolish', 478, 2021, 2025, null],
      ['build-corporation', 515, 2021, 2025, null],
      ['sell-to-occupant', 35, 2021, 2025, null],
      ['buy', 125, 2021, 2025, null],
    ]));
  it('Versiliënbosch: 293 demolished in buurt BU09172003 over 2026–2030', () =>
    expect(byId('pre-versilienbosch-sloop')).toMatchObject({ area: 'BU09172003', kind: 'demolish', n: 293, from: 2026, to: 2030 }));
  it('Kasteelbuurt: 38 demolished, years not stated (listed, not projected)', () =>
    expect(byId('pre-kasteelbuurt-sloop')).toMatchObject({ n: 38, from: null, to: null }));
});
