/**
 * Links checked (issue 14): a map position far outside Parkstad falls back to fitting the scope and is
 * named; a pair or moves on areas that do not exist, and moves beyond an area's stock or larger than the
 * scenario editor allows, are refused and named, against the real geodata.
 */
import { describe, expect, it } from 'vitest';
import { decodeView, nearParkstad } from '../../src/state/url-state';
import { checkLink } from '../../src/state/link-check';
import { problemText } from '../../src/i18n/problem-text';
import { loadGeodata } from '../helpers/geodata';

const base = loadGeodata();

describe('a map position far outside Parkstad', () => {
  it('near Heerlen: kept', () =>
    expect(decodeView('v=1&map=5.98,50.89,11.5').view.position).toEqual({ lon: 5.98, lat: 50.89, zoom: 11.5 }));
  it('in New York: dropped (the map fits the scope), named as map and given as outside', () =>
    expect(decodeView('v=1&map=-74.006,40.7128,12')).toEqual({
      view: expect.objectContaining({ position: null }),
      notice: { reason: 'damaged', fields: ['map'], outside: { lon: -74.006, lat: 40.7128, zoom: 12 } },
    }));
  it('the right place zoomed out to the world: dropped', () => expect(decodeView('v=1&map=5.98,50.89,2').view.position).toBeNull());
  it('Utrecht (60 km beyond the margin): dropped; Aachen (just over the border): kept', () => {
    expect(nearParkstad({ lon: 5.12, lat: 52.09, zoom: 12 })).toBe(false);
    expect(nearParkstad({ lon: 6.08, lat: 50.78, zoom: 12 })).toBe(true);
  });
  it('other damaged fields are named next to it', () =>
    expect(decodeView('v=1&band=banana&map=0,0,10').notice).toEqual({
      reason: 'damaged',
      fields: ['band', 'map'],
      outside: { lon: 0, lat: 0, zoom: 10 },
    }));
});

describe('pair and moves against the data', () => {
  it('a pair with an area that does not exist: dropped, naming it', () => {
    const c = checkLink(base, ['WK091740', 'WK099999'], []);
    expect(c.missingPair).toEqual(['WK099999']);
    expect(problemText(c.problems[0]!, 'nl')).toBe(
      'Het paar uit de link kan niet worden getoond: WK099999 bestaat niet in de gegevens. De link toont geen paar.',
    );
  });
  it('selling more than the corporation dwellings there are: refused, naming the area, the move and what there is', () => {
    // Heerlerbaan-Centrum: 2,301 dwellings at 78 % = 1,794.78 corporation dwellings; the editor offers 1,794.
    const c = checkLink(base, null, [{ area: 'WK091740', kind: 'sell-to-occupant', n: 5000 }]);
    expect(c.refused).toEqual([{ area: 'WK091740', kind: 'sell-to-occupant', n: 5000 }]);
    expect(problemText(c.problems[0]!, 'nl')).toBe(
      'Verkoop aan bewoners van 5.000 woningen in Heerlerbaan-Centrum uit de link kan niet: daar zijn er maar 1.794 voor. De ingreep is weggelaten; stel hem zo nodig opnieuw in.',
    );
  });
  it('exactly what the editor offers: kept', () =>
    expect(checkLink(base, null, [{ area: 'WK091740', kind: 'sell-to-occupant', n: 1794 }]).problems).toEqual([]));
  it('new build larger than the area: refused as implausible', () => {
    const c = checkLink(base, null, [{ area: 'WK091740', kind: 'build-corporation', n: 999999 }]);
    expect(problemText(c.problems[0]!, 'en')).toBe(
      'New corporation build of 999,999 dwellings in Heerlerbaan-Centrum from the link is more than the 2,301 dwellings there now; a change cannot be that large here. The change was left out.',
    );
  });
  it('a move on an area that does not exist: refused and named once', () => {
    const c = checkLink(base, null, [
      { area: 'BU99999999', kind: 'sell-to-occupant', n: 5 },
      { area: 'BU99999999', kind: 'build-corporation', n: 5 },
    ]);
    expect(c.unknownAreas).toEqual(['BU99999999']);
    expect(c.problems.map((p) => problemText(p, 'nl'))).toEqual([
      'Een ingreep uit de link gaat over BU99999999, een gebied dat niet in de gegevens bestaat; weggelaten.',
    ]);
  });
  it('the moves of the links test (sell 230 and build 230): nothing refused', () =>
    expect(
      checkLink(
        base,
        ['WK091740', 'WK091736'],
        [
          { area: 'WK091740', kind: 'sell-to-occupant', n: 230 },
          { area: 'WK091736', kind: 'build-corporation', n: 230 },
        ],
      ).problems,
    ).toEqual([]));
});
