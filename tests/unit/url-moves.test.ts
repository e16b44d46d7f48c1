import { describe, expect, it } from 'vitest';
import { decodeMoves, encodeMoves } from '../../src/state/url-fields';

describe('scenario moves in a link', () => {
  it('encodes only moves that change something', () =>
    expect(
      encodeMoves([
        { area: 'WK091740', kind: 'sell', n: 100 },
        { area: 'WK091736', kind: 'build', n: 0 },
        { area: 'WK091736', kind: 'buy', n: 12 },
      ]),
    ).toBe('WK091740.sell.100,WK091736.buy.12'));
  it('round-trips', () => {
    const moves = [
      { area: 'WK091740', kind: 'demolish-replace' as const, n: 40 },
      { area: 'BU09172000', kind: 'liberalise' as const, n: 5 },
    ];
    expect(decodeMoves(encodeMoves(moves))).toEqual(moves);
  });
  it.each(['', 'WK091740.steal.1', 'WK0917.sell.1', 'WK091740.sell.-1', 'WK091740.sell.1,', '<script>'])('rejects %j', (junk) =>
    expect(decodeMoves(junk)).toBeNull(),
  );
});
