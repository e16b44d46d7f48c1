/**
 * The class fills of the printed report as SVG patterns: the class colour with the theme's pattern on top (dots
 * below the band, hatching above, lines for too few dwellings, cross-hatching for no data), so a page printed
 * in black and white still tells the classes apart. The map and the legend of one page share them.
 */
import type { AreaClass } from '../../domain/classify-area';
import { CLASS_SWATCH } from '../../config/theme';
import { PATTERN_INK, PATTERN_SVG, PATTERN_TILE } from '../../config/theme-svg';
import { CLASS_ORDER } from '../../state/legend-model';

/** The fill of a class: its pattern (defined by `ClassPatterns` with this prefix) or its plain colour. */
export const classFill = (prefix: string, cls: AreaClass): string =>
  CLASS_SWATCH[cls].pattern ? `url(#${prefix}-${cls})` : CLASS_SWATCH[cls].color;

/** A hidden SVG holding one pattern per class (not display:none, which would leave the references empty). */
export function ClassPatterns({ prefix }: { prefix: string }) {
  return (
    <svg className="a4-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        {CLASS_ORDER.map((cls) => {
          const { color, pattern } = CLASS_SWATCH[cls];
          const p = pattern ? PATTERN_SVG[pattern] : null;
          return (
            <pattern key={cls} id={`${prefix}-${cls}`} width={PATTERN_TILE} height={PATTERN_TILE} patternUnits="userSpaceOnUse">
              <rect width={PATTERN_TILE} height={PATTERN_TILE} fill={color} />
              {p && (
                <path
                  d={p.d}
                  fill={p.paint === 'fill' ? PATTERN_INK : 'none'}
                  stroke={p.paint === 'stroke' ? PATTERN_INK : 'none'}
                  strokeWidth={p.width}
                  opacity={p.opacity}
                />
              )}
            </pattern>
          );
        })}
      </defs>
    </svg>
  );
}

/** A legend swatch of a class, filled like the map. */
export function ClassSwatch({ prefix, cls }: { prefix: string; cls: AreaClass }) {
  return (
    <svg className="a4-swatch" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false" data-cls={cls}>
      <rect x="0.5" y="0.5" width="21" height="13" fill={classFill(prefix, cls)} stroke="#333333" />
    </svg>
  );
}
