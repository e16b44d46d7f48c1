/** The trend view (lines, remarks, runs) and its chart geometry, on small frozen rows with explicit values. */
import { describe, expect, it } from 'vitest';
import { parseTrendCsv } from '../../src/domain/parse-trend';
import { shareIn, trendRuns, trendView, type TrendPoint } from '../../src/domain/trend-view';
import { spreadLabels, trendChart } from '../../src/state/trend-chart';

const HEADER =
  'code;naam;niveau;jaar;woningen;koop;huur;corporatie;overige_verhuurders;onbekend;koop_pct;huur_pct;corporatie_pct;overige_verhuurders_pct;basis;breuk';
const row = (code: string, naam: string, niveau: string, jaar: number, pct: string, basis = 'cbs', breuk = 0) =>
  `${code};${naam};${niveau};${String(jaar)};100;50;50;30;20;0;50;50;${pct};20;${basis};${String(breuk)}`;
const CSV = [
  HEADER,
  row('GM0928', 'Kerkrade', 'gemeente', 2014, '30,3', 'cbs', 1),
  row('GM0928', 'Kerkrade', 'gemeente', 2012, '30'),
  row('GM0928', 'Kerkrade', 'gemeente', 2013, '30,1'),
  row('GM0928', 'Kerkrade', 'gemeente', 2015, '33', 'cbs', 1),
  row('GM0928', 'Kerkrade', 'gemeente', 2016, '32,9'),
  row('GM1954', 'Beekdaelen', 'gemeente', 2017, '18,1', 'som-voorgangers'),
  row('GM1954', 'Beekdaelen', 'gemeente', 2018, '17,9', 'som-voorgangers'),
  row('GM1954', 'Beekdaelen', 'gemeente', 2019, '17,9'),
  row('parkstad', 'Parkstad Limburg', 'regio', 2012, '30,6', 'som-gemeenten'),
  row('parkstad', 'Parkstad Limburg', 'regio', 2016, '30,2', 'som-gemeenten'),
  row('nederland', 'Nederland', 'land', 2012, '30,7'),
  row('nederland', 'Nederland', 'land', 2016, ''),
  row('nederland', 'Nederland', 'land', 2019, '28,9'),
  '',
].join('\n');
const parsed = parseTrendCsv(CSV);
const rows = parsed.value;
const PRED = { GM1954: ['Onderbanken', 'Nuth', 'Schinnen'] };

describe('trendView', () => {
  it('reads the frozen rows without issues', () => expect(parsed.issues).toEqual([]));
  it('gives the gemeenten first, then the references, each in year order', () => {
    const v = trendView(rows, ['GM0928'], ['parkstad', 'nederland'], PRED);
    expect(v.lines.map((l) => [l.code, l.role])).toEqual([
      ['GM0928', 'gemeente'],
      ['parkstad', 'reference'],
      ['nederland', 'reference'],
    ]);
    expect(v.lines[0]?.points.map((p) => [p.year, p.pct])).toEqual([
      [2012, 30],
      [2013, 30.1],
      [2014, 30.3],
      [2015, 33],
      [2016, 32.9],
    ]);
    expect(v.years).toEqual([2012, 2013, 2014, 2015, 2016, 2019]);
  });
  it('leaves out a code without rows and draws a reference that is also a gemeente once', () => {
    const v = trendView(rows, ['GM0917', 'parkstad'], ['parkstad', 'limburg'], PRED);
    expect(v.lines.map((l) => [l.code, l.role])).toEqual([['parkstad', 'gemeente']]);
  });
  it('says that Beekdaelen 2017–2018 is the sum of Onderbanken, Nuth and Schinnen', () => {
    expect(trendView(rows, ['GM1954'], [], PRED).notes).toEqual([
      { kind: 'predecessors', code: 'GM1954', name: 'Beekdaelen', from: 2017, to: 2018, parts: ['Onderbanken', 'Nuth', 'Schinnen'] },
    ]);
  });
  it("marks Kerkrade's breaks in 2014 and 2015 and Parkstad as a sum of gemeenten", () => {
    expect(trendView(rows, ['GM0928'], ['parkstad'], PRED).notes).toEqual([
      { kind: 'break', code: 'GM0928', name: 'Kerkrade', years: [2014, 2015] },
      { kind: 'sum-of-gemeenten', code: 'parkstad', name: 'Parkstad Limburg' },
    ]);
  });
  it('reads the share of a line in a year, null when absent or blank', () => {
    const nl = trendView(rows, [], ['nederland']).lines[0];
    if (!nl) throw new Error('no line');
    expect([shareIn(nl, 2012), shareIn(nl, 2016), shareIn(nl, 2024)]).toEqual([30.7, null, null]);
  });
});

const pt = (year: number, pct: number | null, basis: TrendPoint['basis'] = 'cbs', seriesBreak = false): TrendPoint => ({
  year,
  pct,
  basis,
  seriesBreak,
});

describe('trendRuns', () => {
  it('does not bridge a series break: Kerkrade 2012–2013, 2014 alone, 2015–2016', () => {
    const runs = trendRuns([pt(2012, 30), pt(2013, 30.1), pt(2014, 30.3, 'cbs', true), pt(2015, 33, 'cbs', true), pt(2016, 32.9)]);
    expect(runs.map((r) => r.points.map((p) => p.year))).toEqual([[2012, 2013], [2014], [2015, 2016]]);
  });
  it('keeps a change of basis continuous, sharing the last summed year', () => {
    const runs = trendRuns([pt(2017, 18.1, 'som-voorgangers'), pt(2018, 17.9, 'som-voorgangers'), pt(2019, 17.9), pt(2020, 17.9)]);
    expect(runs).toEqual([
      {
        basis: 'som-voorgangers',
        points: [
          { year: 2017, pct: 18.1 },
          { year: 2018, pct: 17.9 },
        ],
      },
      {
        basis: 'cbs',
        points: [
          { year: 2018, pct: 17.9 },
          { year: 2019, pct: 17.9 },
          { year: 2020, pct: 17.9 },
        ],
      },
    ]);
  });
  it('ends a run at a year without a share (no line through the gap)', () => {
    const runs = trendRuns([pt(2012, 30.7), pt(2016, null), pt(2019, 28.9)]);
    expect(runs.map((r) => r.points.map((p) => p.year))).toEqual([[2012], [2019]]);
  });
});

describe('spreadLabels', () => {
  it('keeps labels that are far enough apart where they are', () => expect(spreadLabels([50, 10, 30], 11, 0, 100)).toEqual([50, 10, 30]));
  it('pushes close labels down in order, at least the gap apart', () =>
    expect(spreadLabels([20, 24, 25], 10, 0, 100)).toEqual([20, 30, 40]));
  it('pushes back up from the bottom edge', () => expect(spreadLabels([95, 98, 99], 10, 0, 100)).toEqual([80, 90, 100]));
});

describe('trendChart', () => {
  const view = trendView(rows, ['GM0928'], ['parkstad', 'nederland'], PRED);
  const band = { lower: 21, upper: 51, centre: 36, horizon: 2050 };
  const chart = trendChart(view, band, 420, 220);
  it('runs the y axis from 10 to 60 % in steps of 10: 3 points of room below the band edge 21 and above 51', () =>
    expect(chart.yTicks.map((t) => t.value)).toEqual([10, 20, 30, 40, 50, 60]));
  it('places the first year on the left edge, the last before the label room, the horizon at the right', () => {
    expect(chart.plot).toEqual({ left: 36, top: 12, right: 300, bottom: 198 });
    expect(chart.xTicks).toEqual([
      { x: 36, year: 2012 },
      { x: 186.9, year: 2016 }, // 36 + 4 × 264 / 7
      { x: 300, year: 2019 },
    ]);
    expect(chart.horizonX).toBe(404);
  });
  it('draws the band from the first year to the horizon at 21 and 51 % (186 px for 50 points: y 157,1 and 45,5)', () => {
    expect([chart.band.x0, chart.band.x1, chart.band.yLower, chart.band.yUpper, chart.band.yCentre]).toEqual([36, 404, 157.1, 45.5, 101.3]);
  });
  it('draws Kerkrade in three runs and marks its two breaks between the years', () => {
    const k = chart.lines.find((l) => l.code === 'GM0928');
    expect(k?.runs).toHaveLength(3);
    expect(chart.breaks.map((b) => [b.code, b.x])).toEqual([
      ['GM0928', 92.6], // between 2013 and 2014: 36 + 1,5 × 264 / 7
      ['GM0928', 130.3],
    ]);
  });
  it('draws the references first and the gemeente on top, with theme colours and dashes', () => {
    expect(chart.lines.map((l) => [l.code, l.color, l.dash])).toEqual([
      ['parkstad', '#333333', '7 3'],
      ['nederland', '#111111', '2 3'],
      ['GM0928', '#b2182b', null],
    ]);
  });
});
