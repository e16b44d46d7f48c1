/**
 * The map for print: just before printing, a copy of the map as shown (without the strip under the
 * legend) is drawn here, because a WebGL map cannot re-render while the page is being printed. If the
 * browser prints without the `beforeprint` event, the print stylesheet falls back to the live map canvas.
 */
import { useEffect, useRef } from 'react';
import { snapshotMap } from '../map/capture';

export function PrintMap() {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const before = () => {
      const canvas = ref.current;
      const snap = snapshotMap();
      const ctx = canvas?.getContext('2d');
      if (!canvas || !snap || !ctx) return;
      canvas.width = snap.width;
      canvas.height = snap.height;
      ctx.drawImage(snap, 0, 0);
      canvas.classList.add('ready');
    };
    const after = () => ref.current?.classList.remove('ready');
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return <canvas ref={ref} className="print-map" aria-hidden="true" data-testid="print-map" />;
}
