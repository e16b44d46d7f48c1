/**
 * Overlay symbols as raw RGBA pixels (pure, no DOM): a shape per heritage status and a rounded
 * badge per project kind (its letter is drawn as text on top). Drawn at 2× for sharp edges.
 */
import { KIND_STYLE, STATUS_STYLE, type Shape } from '../config/overlays';

/** An image as raw RGBA pixels. */
export interface PatternImage {
  width: number;
  height: number;
  data: Uint8Array;
}

const SIZE = 40;
const RATIO = 2;
const OUTLINE = [17, 17, 17] as const;

function hex(color: string): [number, number, number] {
  const n = parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Is (x, y) in [-1, 1]² inside the shape scaled by `s`? */
export function insideShape(shape: Shape | 'badge', x: number, y: number, s: number): boolean {
  const X = x / s,
    Y = y / s;
  switch (shape) {
    case 'square':
      return Math.abs(X) <= 0.72 && Math.abs(Y) <= 0.72;
    case 'badge':
      return (
        Math.abs(X) <= 0.8 &&
        Math.abs(Y) <= 0.8 &&
        (Math.abs(X) <= 0.55 || Math.abs(Y) <= 0.55 || (Math.abs(X) - 0.55) ** 2 + (Math.abs(Y) - 0.55) ** 2 <= 0.0625)
      );
    case 'diamond':
      return Math.abs(X) + Math.abs(Y) <= 0.95;
    case 'circle':
      return X * X + Y * Y <= 0.78 * 0.78;
    case 'ring':
      return X * X + Y * Y <= 0.82 * 0.82 && (s < 1 ? false : X * X + Y * Y >= 0.45 * 0.45);
    case 'ring-slash':
      // ⊘: the ring of "geen" struck through from top right to bottom left.
      return X * X + Y * Y <= 0.82 * 0.82 && (s < 1 ? false : X * X + Y * Y >= 0.45 * 0.45 || Math.abs(X + Y) <= 0.2);
    case 'triangle':
      return Y <= 0.75 && Y >= 1.9 * Math.abs(X) - 0.9;
    case 'triangle-down':
      return Y >= -0.75 && -Y >= 1.9 * Math.abs(X) - 0.9;
  }
}

/** Rasterise with 3×3 supersampling: fill colour inside the shape shrunk to 78 %, a dark outline around it. */
export function shapeImage(shape: Shape | 'badge', color: string): PatternImage {
  const data = new Uint8Array(SIZE * SIZE * 4);
  const fill = hex(color);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let cover = 0,
        inner = 0;
      for (let sy = 0; sy < 3; sy++) {
        for (let sx = 0; sx < 3; sx++) {
          const x = ((px + (sx + 0.5) / 3) / SIZE) * 2 - 1;
          const y = ((py + (sy + 0.5) / 3) / SIZE) * 2 - 1;
          if (insideShape(shape, x, y, 1)) {
            cover += 1;
            if (shape === 'ring' || shape === 'ring-slash' || insideShape(shape, x, y, 0.78)) inner += 1;
          }
        }
      }
      if (cover === 0) continue;
      const t = inner / cover;
      const i = (py * SIZE + px) * 4;
      for (let c = 0; c < 3; c++) data[i + c] = Math.round((fill[c] ?? 0) * t + (OUTLINE[c] ?? 0) * (1 - t));
      data[i + 3] = Math.round((cover / 9) * 255);
    }
  }
  return { width: SIZE, height: SIZE, data };
}

export interface IconImage extends PatternImage {
  pixelRatio: number;
}

/** All overlay icons by image id (`colony-<status>`, `project-<kind>`), created on demand. */
export const ICONS: Record<string, () => IconImage> = {
  ...Object.fromEntries(
    Object.entries(STATUS_STYLE).map(([code, st]) => [`colony-${code}`, () => ({ ...shapeImage(st.shape, st.color), pixelRatio: RATIO })]),
  ),
  ...Object.fromEntries(
    Object.entries(KIND_STYLE).map(([kind, st]) => [`project-${kind}`, () => ({ ...shapeImage('badge', st.color), pixelRatio: RATIO })]),
  ),
};
