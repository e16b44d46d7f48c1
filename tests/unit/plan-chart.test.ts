import { describe, expect, it } from 'vitest';
import { planChart } from '../../src/state/plan-chart';

const input = {
  history: [
    { year: 2012, pct: 38.3 },
    { year: 2018, pct: 36.5 },
    { year: 2024, pct: 36.3 },
  ],
  projection: {
    base: 37,
    years: [
      { year: 2024, pct: 37 },
      { year: 2025, pct: 36 },
    ],
  },
  target: { y2030: 35, y2050: 30 },
  band: { lower: 21, upper: 51 },
  baseYear: 2024,
  horizon: 2050,
};

describe('plan chart geometry', () => {
  // 400 × 220: plot x 34–388 over 2012–2051 (39 years), y 200–10 over 10–60 %.
  const c = planChart(input, 400, 220);
  const x = (t: number) => Math.round((34 + ((t - 2012) / 39) * 354) * 10) / 10;
  const y = (p: number) => Math.round((200 - ((p - 10) / 50) * 190) * 10) / 10;
  it('runs from the first CBS year to the end of the horizon year, y in tens around the band', () => {
    expect(c.yTicks.map((t) => t.value)).toEqual([10, 20, 30, 40, 50, 60]);
    expect(c.xTicks.map((t) => t.year)).toEqual([2012, 2020, 2030, 2040, 2050]);
    expect(c.horizonX).toBe(388);
    expect(c.baseX).toBe(x(2024));
  });
  it('draws history at 1 January, the projection from the 0-meting with "end of Y" at 1 January Y+1', () => {
    expect(c.history).toBe(`M${x(2012)},${y(38.3)}L${x(2018)},${y(36.5)}L${x(2024)},${y(36.3)}`);
    expect(c.projection).toBe(`M${x(2024)},${y(37)}L${x(2025)},${y(37)}L${x(2026)},${y(36)}`);
    expect(c.projectionEnd).toEqual({ x: x(2026), y: y(36), year: 2025, pct: 36 });
  });
  it('draws the streefbeeld from the 0-meting to the end of 2030 and of 2050, and the band to the horizon', () => {
    expect(c.target?.points.map((p) => [p.year, p.x, p.y])).toEqual([
      [2030, x(2031), y(35)],
      [2050, 388, y(30)],
    ]);
    expect(c.band).toEqual({ x0: 34, x1: 388, yLower: y(21), yUpper: y(51) });
  });
  it('without band or target (Parkstad), draws neither', () => {
    const p = planChart({ ...input, band: null, target: null }, 400, 220);
    expect(p.band).toBeNull();
    expect(p.target).toBeNull();
    expect(p.yTicks.map((t) => t.value)).toEqual([30, 40, 50]);
  });
});
