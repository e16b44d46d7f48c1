/** The arithmetic of each move, on 1,000 dwellings at 78 % corporation, 17 % koop, 5 % overige huur. */
import { describe, expect, it } from 'vitest';
import { applyMove, moveCapacity } from '../../src/domain/scenario/moves';
import { shareOf } from '../../src/domain/scenario/tenure';
import type { Tenure } from '../../src/domain/scenario/types';

const base: Tenure = Object.freeze({ total: 1000, corporation: 780, otherRent: 50, owner: 170 });
const pct = (t: Tenure) => shareOf(t.corporation, t.total);

describe('applyMove', () => {
  it('sell 100: corp −100, koop +100, total same → 68 %', () => {
    const { tenure, applied } = applyMove(base, 'sell', 100);
    expect(tenure).toEqual({ total: 1000, corporation: 680, otherRent: 50, owner: 270 });
    expect(pct(tenure)).toBe(68);
    expect(applied).toBe(100);
  });
  it('liberalise 100 to middenhuur: corp −100, overige huur +100, total same', () => {
    expect(applyMove(base, 'liberalise', 100).tenure).toEqual({ total: 1000, corporation: 680, otherRent: 150, owner: 170 });
  });
  it('demolish 100 without replacement: corp −100 and total −100 → 680 / 900', () => {
    const { tenure } = applyMove(base, 'demolish', 100);
    expect(tenure).toEqual({ total: 900, corporation: 680, otherRent: 50, owner: 170 });
    expect(pct(tenure)).toBeCloseTo(75.5556, 4);
  });
  it('demolish 100 with replacement: corp −100, koop +100, total same', () => {
    expect(applyMove(base, 'demolish-replace', 100).tenure).toEqual({ total: 1000, corporation: 680, otherRent: 50, owner: 270 });
  });
  it('build 100 corporation dwellings: corp +100, total +100 → 880 / 1100 = 80 %', () => {
    const { tenure } = applyMove(base, 'build', 100);
    expect(tenure).toEqual({ total: 1100, corporation: 880, otherRent: 50, owner: 170 });
    expect(pct(tenure)).toBe(80);
  });
  it('buy (inponden) 100: corp +100, koop −100, total same', () => {
    expect(applyMove(base, 'buy', 100).tenure).toEqual({ total: 1000, corporation: 880, otherRent: 50, owner: 70 });
  });
  it('buy takes from overige huur once koop is used up', () => {
    const { tenure, applied } = applyMove(base, 'buy', 200);
    expect(tenure).toEqual({ total: 1000, corporation: 980, otherRent: 20, owner: 0 });
    expect(applied).toBe(200);
  });
  it('buy is limited to the private dwellings present', () => {
    expect(applyMove(base, 'buy', 500).applied).toBe(220);
  });
  it('sell is limited to the corporation dwellings present', () => {
    const { tenure, applied } = applyMove(base, 'sell', 900);
    expect(applied).toBe(780);
    expect(tenure.corporation).toBe(0);
  });
  it('a negative count applies nothing', () => {
    expect(applyMove(base, 'sell', -5)).toEqual({ tenure: base, applied: 0 });
  });
  it('does not mutate its input (frozen)', () => {
    applyMove(base, 'demolish', 10);
    expect(base).toEqual({ total: 1000, corporation: 780, otherRent: 50, owner: 170 });
  });
});

describe('moveCapacity', () => {
  it('removing moves: the corporation dwellings', () => expect(moveCapacity(base, 'liberalise')).toBe(780));
  it('buy: koop plus overige huur', () => expect(moveCapacity(base, 'buy')).toBe(220));
  it('build: unlimited', () => expect(moveCapacity(base, 'build')).toBe(Infinity));
});
