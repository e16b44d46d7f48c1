/** Scenario moves in a link: the policy kinds, the rebuild ratio and tenure, old links read anew, junk refused. */
import { describe, expect, it } from 'vitest';
import { decodeMoves, encodeMoves } from '../../src/state/url-fields';
import { decodeView, encodeView } from '../../src/state/url-state';
import { DEFAULT_VIEW } from '../../src/state/view';
import type { PolicyMove } from '../../src/domain/scenario/policy-types';

describe('scenario moves in a link', () => {
  it('encodes only moves that change something', () =>
    expect(
      encodeMoves([
        { area: 'WK091740', kind: 'sell-to-landlord', n: 100 },
        { area: 'WK091736', kind: 'build-corporation', n: 0 },
        { area: 'WK091736', kind: 'buy', n: 12 },
      ]),
    ).toBe('WK091740.sell-to-landlord.100,WK091736.buy.12'));
  it('writes a demolition with rebuild with its ratio in percent and its tenure', () =>
    expect(encodeMoves([{ area: 'WK091740', kind: 'demolish-rebuild', n: 100, rebuild: { ratio: 1.5, tenure: 'owner' } }])).toBe(
      'WK091740.demolish-rebuild.100.r150.owner',
    ));
  it('writes a demolition with rebuild without a rebuild as one for one koop', () =>
    expect(encodeMoves([{ area: 'WK091740', kind: 'demolish-rebuild', n: 40 }])).toBe('WK091740.demolish-rebuild.40.r100.owner'));
  it('writes neither the legacy marker nor the old kind: an upgraded liberalise goes out as liberalise-to-mid', () =>
    expect(encodeMoves([{ area: 'WK091740', kind: 'liberalise-to-mid', n: 300, legacy: 'liberalise' }])).toBe(
      'WK091740.liberalise-to-mid.300',
    ));
  it('reads every policy kind and the rebuild back', () => {
    const moves: PolicyMove[] = [
      { area: 'WK091740', kind: 'sell-to-occupant', n: 1 },
      { area: 'WK091740', kind: 'sell-to-landlord', n: 2 },
      { area: 'WK091740', kind: 'liberalise-to-mid', n: 3 },
      { area: 'WK091740', kind: 'demolish', n: 4 },
      { area: 'WK091740', kind: 'demolish-rebuild', n: 5, rebuild: { ratio: 2.25, tenure: 'private-rent' } },
      { area: 'BU09173600', kind: 'build-corporation', n: 6 },
      { area: 'BU09173600', kind: 'build-owner', n: 7 },
      { area: 'BU09173600', kind: 'build-private-rent', n: 8 },
      { area: 'BU09173600', kind: 'buy', n: 1_000_000 },
    ];
    expect(decodeMoves(encodeMoves(moves))).toEqual(moves);
  });
  it('reads a rebuild of ratio 0 and of 100 (r10000), and a demolition with rebuild without suffix as 1 × koop', () => {
    expect(decodeMoves('WK091740.demolish-rebuild.10.r0.corporation')).toEqual([
      { area: 'WK091740', kind: 'demolish-rebuild', n: 10, rebuild: { ratio: 0, tenure: 'corporation' } },
    ]);
    expect(decodeMoves('WK091740.demolish-rebuild.10.r10000.owner')?.[0]?.rebuild).toEqual({ ratio: 100, tenure: 'owner' });
    expect(decodeMoves('WK091740.demolish-rebuild.10')).toEqual([{ area: 'WK091740', kind: 'demolish-rebuild', n: 10 }]);
  });
  it('reads old links: sell, liberalise (marked), demolish-replace, build, demolish and buy', () =>
    expect(
      decodeMoves(
        'WK091740.sell.230,WK091740.liberalise.300,WK091740.demolish-replace.40,WK091736.build.100,WK091740.demolish.5,WK091736.buy.7',
      ),
    ).toEqual([
      { area: 'WK091740', kind: 'sell-to-occupant', n: 230 },
      { area: 'WK091740', kind: 'liberalise-to-mid', n: 300, legacy: 'liberalise' },
      { area: 'WK091740', kind: 'demolish-rebuild', n: 40, rebuild: { ratio: 1, tenure: 'owner' } },
      { area: 'WK091736', kind: 'build-corporation', n: 100 },
      { area: 'WK091740', kind: 'demolish', n: 5 },
      { area: 'WK091736', kind: 'buy', n: 7 },
    ]));
  it.each([
    '',
    'WK091740.steal.1',
    'WK0917.sell.1',
    'WK091740.sell.-1',
    'WK091740.sell.1,',
    '<script>',
    'WK091740.sell-to-occupant.1000001',
    'WK091740.sell-to-occupant.10.r100.owner',
    'WK091740.sell.10.r100.owner',
    'WK091740.demolish-rebuild.10.r10001.owner',
    'WK091740.demolish-rebuild.10.r1.5.owner',
    'WK091740.demolish-rebuild.10.r150.castle',
    'WK091740.demolish-rebuild.10.r150',
    'WK091740.demolish-rebuild.10.150.owner',
  ])('rejects %j', (junk) => expect(decodeMoves(junk)).toBeNull());
});

describe('moves in the whole link', () => {
  it('round-trips a view with a demolition with rebuild, and the hash stays URL-safe', () => {
    const view = {
      ...DEFAULT_VIEW,
      moves: [{ area: 'WK091740', kind: 'demolish-rebuild' as const, n: 100, rebuild: { ratio: 1.5, tenure: 'owner' as const } }],
    };
    const hash = encodeView(view);
    expect(hash).toContain('moves=WK091740.demolish-rebuild.100.r150.owner');
    expect(hash).toMatch(/^[A-Za-z0-9=&.,_-]+$/);
    expect(decodeView(hash)).toEqual({ view, notice: null });
  });
  it('an old link `moves=WK091740.liberalise.300` opens without a damaged-link notice', () => {
    const { view, notice } = decodeView('#v=1&moves=WK091740.liberalise.300');
    expect(notice).toBeNull();
    expect(view.moves).toEqual([{ area: 'WK091740', kind: 'liberalise-to-mid', n: 300, legacy: 'liberalise' }]);
  });
  it('a damaged moves field is reset and named', () =>
    expect(decodeView('#v=1&moves=WK091740.sell-to-occupant.10.r100.owner').notice).toEqual({ reason: 'damaged', fields: ['moves'] }));
});
