import { describe, expect, it } from 'vitest';
import { fitPadding, focusPadding, underLegend } from '../../src/map/padding';

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
