import { useStore } from '../state/store';
import { useT } from '../i18n';
import { useView } from '../state/selectors';

function clampNumber(raw: string, min: number, max: number): number | null {
  const v = Number(raw.replace(',', '.'));
  return Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : null;
}

/** Edit the band as centre ± half-width or as lower/upper edge; every change recolours the map at once. */
export function BandControls() {
  const t = useT();
  const vm = useView();
  const setBand = useStore((s) => s.setBand);
  if (!vm) return null;
  const band = vm.band;
  const setEdges = (lower: number, upper: number) => {
    if (upper < lower) return;
    setBand({ centre: (lower + upper) / 2, halfWidth: (upper - lower) / 2 });
  };
  return (
    <fieldset className="control-group band-controls" data-testid="band-controls">
      <legend>{t.band}</legend>
      <label className="field small">
        <span>{t.bandCentre}</span>
        <input
          type="number"
          min={0}
          max={100}
          step={0.5}
          value={band.centre}
          data-testid="band-centre"
          onChange={(e) => {
            const v = clampNumber(e.target.value, 0, 100);
            if (v !== null) setBand({ centre: v, halfWidth: band.halfWidth });
          }}
        />
      </label>
      <label className="field small">
        <span>{t.bandHalfWidth}</span>
        <input
          type="number"
          min={0}
          max={50}
          step={0.5}
          value={band.halfWidth}
          data-testid="band-halfwidth"
          onChange={(e) => {
            const v = clampNumber(e.target.value, 0, 50);
            if (v !== null) setBand({ centre: band.centre, halfWidth: v });
          }}
        />
      </label>
      <label className="field small">
        <span>{t.bandLower}</span>
        <input
          type="number"
          min={0}
          max={100}
          step={0.5}
          value={band.lower}
          data-testid="band-lower"
          onChange={(e) => {
            const v = clampNumber(e.target.value, 0, 100);
            if (v !== null) setEdges(v, band.upper);
          }}
        />
      </label>
      <label className="field small">
        <span>{t.bandUpper}</span>
        <input
          type="number"
          min={0}
          max={100}
          step={0.5}
          value={band.upper}
          data-testid="band-upper"
          onChange={(e) => {
            const v = clampNumber(e.target.value, 0, 100);
            if (v !== null) setEdges(band.lower, v);
          }}
        />
      </label>
      <button type="button" onClick={() => setBand(null)} disabled={band.isDefault} title={t.bandDefaultNote}>
        {t.bandReset}
      </button>
    </fieldset>
  );
}
