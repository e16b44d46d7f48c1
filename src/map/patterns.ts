/**
 * Fill patterns as raw RGBA pixels (pure: no DOM), added to the map with `addImage`. They are the
 * second cue besides colour: diagonal hatching above the band, dots below, a cross-hatch for no data.
 */
import { PATTERN_ABOVE, PATTERN_BELOW, PATTERN_NODATA } from '../config/theme';

export interface PatternImage {
  width: number;
  height: number;
  data: Uint8Array;
}

const SIZE = 12;

function image(paint: (x: number, y: number) => number): PatternImage {
  const data = new Uint8Array(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const alpha = paint(x, y);
      const i = (y * SIZE + x) * 4;
      data[i] = 25;
      data[i + 1] = 25;
      data[i + 2] = 25;
      data[i + 3] = alpha;
    }
  }
  return { width: SIZE, height: SIZE, data };
}

export const PATTERNS: Record<string, () => PatternImage> = {
  [PATTERN_ABOVE]: () => image((x, y) => ((x + y) % SIZE < 2 ? 150 : 0)),
  [PATTERN_BELOW]: () => image((x, y) => ((x - 3) ** 2 + (y - 3) ** 2 <= 2.5 || (x - 9) ** 2 + (y - 9) ** 2 <= 2.5 ? 150 : 0)),
  [PATTERN_NODATA]: () => image((x, y) => ((x + y) % SIZE < 1 || (x - y + SIZE) % SIZE < 1 ? 110 : 0)),
};
