import { describe, expect, it } from 'vitest';
import { parseTrendCsv, trendSeries } from '../../src/domain/parse-trend';

const HEADER =
  'code;naam;niveau;jaar;woningen;koop;huur;corporatie;overige_verhuurders;onbekend;koop_pct;huur_pct;corporatie_pct;overige_verhuurders_pct;basis;breuk';
const CSV = [
  HEADER,
  'GM0917;Heerlen;gemeente;2024;46697;21767;24848;16971;7877;82;46,6;53,2;36,3;16,9;cbs;0',
  'GM0917;Heerlen;gemeente;2012;45000;20000;24000;17235;6765;1000;44,4;53,3;38,3;15;cbs;0',
  'GM1954;Beekdaelen;gemeente;2018;16563;12006;4422;2963;1459;135;72,5;26,7;17,9;8,8;som-voorgangers;0',
  'GM0928;Kerkrade;gemeente;2015;24014;12124;11503;7928;3575;387;50,5;47,9;33;14,9;cbs;1',
  'nederland;Nederland;land;2024;8204049;;;;;;;;28,3;;cbs;0',
  '',
].join('\n');
const { value: rows, issues } = parseTrendCsv(CSV);
const row = (code: string, year: number) => rows.find((r) => r.code === code && r.year === year);

describe('parseTrendCsv', () => {
  it('reads every row without issues', () => {
    expect(issues).toEqual([]);
    expect(rows.map((r) => `${r.code} ${r.year}`)).toEqual(['GM0917 2024', 'GM0917 2012', 'GM1954 2018', 'GM0928 2015', 'nederland 2024']);
  });
  it('reads counts as whole numbers and shares with a decimal comma', () => {
    const h = row('GM0917', 2024);
    expect([h?.dwellings, h?.owner, h?.rent, h?.corporation, h?.otherLandlord, h?.unknownOwner]).toEqual([
      46697, 21767, 24848, 16971, 7877, 82,
    ]);
    expect([h?.ownerPct, h?.rentPct, h?.corporationPct, h?.otherLandlordPct]).toEqual([46.6, 53.2, 36.3, 16.9]);
  });
  it('reads name, level, basis and the break mark', () => {
    expect([row('GM0917', 2024)?.name, row('GM0917', 2024)?.level, row('GM0917', 2024)?.basis]).toEqual(['Heerlen', 'gemeente', 'cbs']);
    expect(row('GM1954', 2018)?.basis).toBe('som-voorgangers');
    expect(row('GM0928', 2015)?.seriesBreak).toBe(true);
    expect(row('GM0917', 2024)?.seriesBreak).toBe(false);
  });
  it('keeps a region key as its code and a blank cell as null (no data), not 0', () => {
    const nl = row('nederland', 2024);
    expect([nl?.level, nl?.corporationPct, nl?.corporation, nl?.ownerPct]).toEqual(['land', 28.3, null, null]);
  });
  it('numbers rows from 1 after the header', () => expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5]));
  it('gives one region its years in order', () => expect(trendSeries(rows, 'GM0917').map((r) => r.year)).toEqual([2012, 2024]));
});

describe('parseTrendCsv on bad input', () => {
  const bad = [
    HEADER,
    'GM0917;Heerlen;gemeente;2024;46697;21767;24848;16971;7877;82;46,6;53,2;36,3;16,9;cbs;0',
    'GM0917;Heerlen dubbel;gemeente;2024;1;1;0;0;0;0;100;0;0;0;cbs;0',
    'Parkstad;Parkstad;regio;2024;1;1;0;0;0;0;100;0;0;0;som-gemeenten;0',
    'GM0928;Kerkrade;gemeente;;1;1;0;0;0;0;100;0;0;0;cbs;0',
    'GM0928;Kerkrade;gemeente;2024;1;1;0;0;0;0;100;0;0;0;geschat;0',
    'GM0928;Kerkrade;stad;2023;1;1;0;0;0;0;100;0;0;0;cbs;0',
    'GM0965;Simpelveld;gemeente;2024;5190;3313;1867;1251;616;10;63,8;36;veel;11,9;cbs;ja',
  ].join('\n');
  const parsed = parseTrendCsv(bad);
  const codes = parsed.issues.map((i) => [i.severity, i.code, i.context.row, i.context.column ?? i.context.key]);
  it('reports a duplicate code and year and keeps the first row', () => {
    expect(codes).toContainEqual(['error', 'trend.duplicate-row', 2, 'GM0917 2024']);
    expect(parsed.value.find((r) => r.code === 'GM0917')?.name).toBe('Heerlen');
  });
  it('skips rows with a bad code, year, basis or level, each with an error on its column', () => {
    expect(codes).toContainEqual(['error', 'trend.bad-row', 3, 'code']);
    expect(codes).toContainEqual(['error', 'trend.bad-row', 4, 'jaar']);
    expect(codes).toContainEqual(['error', 'trend.bad-row', 5, 'basis']);
    expect(codes).toContainEqual(['error', 'trend.bad-row', 6, 'niveau']);
    expect(parsed.value.map((r) => `${r.code} ${r.year}`)).toEqual(['GM0917 2024', 'GM0965 2024']);
  });
  it('reads a non-numeric share as no data and a bad break mark as no break, with warnings', () => {
    const s = parsed.value.find((r) => r.code === 'GM0965');
    expect([s?.corporationPct, s?.seriesBreak]).toEqual([null, false]);
    expect(codes).toContainEqual(['warning', 'csv.non-numeric', 7, 'corporatie_pct']);
    expect(codes).toContainEqual(['warning', 'trend.bad-break', 7, 'breuk']);
  });
  it('refuses a file without the trend columns', () => {
    const r = parseTrendCsv('code;naam;jaar\nGM0917;Heerlen;2024\n');
    expect(r.value).toEqual([]);
    expect(r.issues.some((i) => i.code === 'csv.missing-column' && i.severity === 'error')).toBe(true);
  });
});
