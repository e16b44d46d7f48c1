import { describe, expect, it } from 'vitest';
import { clearOf, fitPadding, focusPadding, underLegend } from '../../src/map/padding';

describe('map padding by map size (src/map/padding.ts)', () => {
  it('keeps the legend beside the scope on a wide map: left padding 340 px', () => {
    expect(fitPadding(900, 540)).toEqual({ top: 30, right: 30, bottom: 30, left: 340 });
  });

  it('keeps at most 45 % of a narrow beamer map for the legend', () => {
    expect(fitPadding(640, 500).left).toBe(288);
  });

  it('keeps the folded legend below the scope on a phone: bottom padding a quarter of the height, at most 150 px', () => {
    expect(fitPadding(390, 500)).toEqual({ top: 20, right: 20, bottom: 125, left: 20 });
    expect(fitPadding(390, 750).bottom).toBe(150);
  });

  it('flies to an area above the bottom sheet on a phone (62 % of the map, plus 20 px)', () => {
    expect(focusPadding(390, 700)).toEqual({ top: 30, right: 30, bottom: 454, left: 30 });
    expect(focusPadding(1000, 600).left).toBe(360);
  });

  it('leaves out the strip under the legend in exports only where the legend stands beside the scope', () => {
    expect(underLegend(900, 540)).toEqual({ top: 0, right: 0, bottom: 0, left: 340 });
    expect(underLegend(390, 700)).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });
});

describe('clearOf: a fitted scope stays clear of the legend as drawn', () => {
  const map = { left: 0, top: 60, right: 1024, bottom: 768 };
  const base = { top: 30, right: 30, bottom: 30, left: 340 };

  it('grows the bottom above a wide, low legend (presentation, three columns)', () => {
    // 900 × 260 legend in the lower left: beside it would leave 1024 − 912 − 30 = 82 px, above it 708 − 30 − 272.
    expect(clearOf(base, map, { left: 10, top: 498, right: 910, bottom: 758 })).toEqual({ ...base, bottom: 768 - 498 + 12 });
  });

  it('grows the left beside a tall, narrow legend', () => {
    expect(clearOf(base, map, { left: 10, top: 100, right: 400, bottom: 758 })).toEqual({ ...base, left: 412 });
  });

  it('keeps the padding when the legend is off the map or absent', () => {
    expect(clearOf(base, map, { left: 1100, top: 100, right: 1300, bottom: 300 })).toBe(base);
    expect(clearOf(base, map, null)).toBe(base);
  });

  it('keeps the padding when either way would leave less than 120 px', () => {
    expect(clearOf(base, map, { left: 0, top: 70, right: 1000, bottom: 768 })).toBe(base);
  });
});
