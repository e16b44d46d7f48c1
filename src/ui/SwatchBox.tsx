/** A legend swatch: the theme's colour and pattern painted on a small canvas, as the export paints it. */
import { useEffect, useRef } from 'react';
import type { Swatch } from '../config/theme';
import { paintSwatch } from '../export/swatch';

export function SwatchBox({ swatch, width, height, frame = '#333333' }: { swatch: Swatch; width: number; height: number; frame?: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (ctx) paintSwatch(ctx, swatch, 0, 0, width, height, frame);
  }, [swatch, width, height, frame]);
  return (
    <canvas
      ref={ref}
      width={width}
      height={height}
      className="swatch"
      aria-hidden="true"
      data-color={swatch.color}
      data-pattern={swatch.pattern ?? ''}
    />
  );
}
