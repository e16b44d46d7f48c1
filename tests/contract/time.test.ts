/**
 * Time and coverage in the view model on the real geodata: the trend lines of a scope, the area comparison,
 * the gemeenten without buurt figures and the notes on single buurten.
 */
import { describe, expect, it } from 'vitest';
import { shareIn } from '../../src/domain/trend-view';
import { useStore } from '../../src/state/store';
import { selectAreaTime } from '../../src/state/area-time';
import { useRealStore, view } from '../helpers/real-store';

const { base } = useRealStore();

describe('the trend in the view model', () => {
  it('shows Heerlen beside Parkstad, Limburg and NL: 38,3 % in 2012, 36,3 % in 2024', () => {
    const lines = view().trend.scope.view.lines;
    expect(lines.map((l) => l.code)).toEqual(['GM0917', 'parkstad', 'limburg', 'nederland']);
    const [heerlen, , , nederland] = lines;
    if (!heerlen || !nederland) throw new Error('lines missing');
    expect([shareIn(heerlen, 2012), shareIn(heerlen, 2024), shareIn(nederland, 2024)]).toEqual([38.3, 36.3, 28.3]);
    expect(view().trend.scope.view.years[0]).toBe(2012);
    expect(view().trend.scope.band).toMatchObject({ lower: 21, upper: 51, centre: 36, horizon: 2050 });
  });
  it('shows all 7 gemeenten for Parkstad, with the Beekdaelen sum and the Kerkrade and Parkstad breaks', () => {
    useStore.getState().setScope('parkstad');
    const v = view().trend.scope.view;
    expect(v.lines.filter((l) => l.role === 'gemeente')).toHaveLength(7);
    expect(v.notes.map((n) => `${n.kind} ${n.code}`)).toEqual([
      'break GM0928',
      'predecessors GM1954',
      'sum-of-gemeenten parkstad',
      'break parkstad',
    ]);
    expect(v.notes.find((n) => n.kind === 'predecessors')).toMatchObject({
      from: 2012,
      to: 2018,
      parts: ['Onderbanken', 'Nuth', 'Schinnen'],
    });
    expect(
      view()
        .trend.byGemeente.get('GM0928')
        ?.view.lines.map((l) => l.code),
    ).toEqual(['GM0928', 'parkstad', 'limburg', 'nederland']);
  });
});

describe('the area compared (2024)', () => {
  it('Heerlerbaan-Centrum 78 %: +41,7 points on Heerlen, +48,1 on Parkstad, +49,7 on NL', () => {
    useStore.getState().select('WK091740');
    const time = selectAreaTime(useStore.getState());
    expect(time?.comparison.map((r) => [r.code, r.corporationPct, r.difference])).toEqual([
      ['WK091740', 78, null],
      ['GM0917', 36.3, 41.7],
      ['parkstad', 29.9, 48.1],
      ['nederland', 28.3, 49.7],
    ]);
    expect(time?.chart?.view.lines[0]?.code).toBe('GM0917');
  });
  it('is null without a selection', () => expect(selectAreaTime(useStore.getState())).toBeNull());
});

describe('gemeenten without figures', () => {
  it('at buurt level in Parkstad: Simpelveld and Voerendaal, in the legend note too', () => {
    useStore.getState().setScope('parkstad');
    useStore.getState().setLevel('buurt');
    expect(view().noFigures).toEqual(['Simpelveld', 'Voerendaal']);
    expect(view().legend.notes).toContainEqual({ key: 'legendNoFigures', level: 'buurt', names: ['Simpelveld', 'Voerendaal'] });
  });
  it('none at wijk level, and none for Beekdaelen buurten (they have KWB 2024 figures)', () => {
    useStore.getState().setScope('parkstad');
    expect(view().noFigures).toEqual([]);
    useStore.getState().setScope('GM1954');
    useStore.getState().setLevel('buurt');
    expect(view().noFigures).toEqual([]);
    expect(view().areas.filter((a) => a.pct !== null).length).toBe(27);
  });
  it('Heerlen buurten: no note about generalised boundaries any more', () => {
    useStore.getState().setLevel('buurt');
    const keys = view().legend.notes.map((n) => n.key);
    expect(keys).toEqual(['legendSteps', 'bandInsight', 'smallNote', 'caveatOwnership']);
    expect(keys).not.toContain('legendNoFigures');
  });
  it('Kunderberg and Hellebeuk carry the unconfirmed-code note', () => {
    expect(base.areaNotes.get('BU09860202')).toBe('code-2024-onbevestigd');
    expect(base.areaNotes.get('BU09860403')).toBe('code-2024-onbevestigd');
  });
});
