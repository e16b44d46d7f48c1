/** How an upload is used: on the map, as an extra indicator (figures only) or only kept. */
import { useT } from '../../i18n';
import type { UploadUse } from '../../data/upload/idb';

interface Props {
  kind: 'csv' | 'geojson';
  use: UploadUse;
  onUse: (u: UploadUse) => void;
  keepEmbedded?: boolean;
  onKeepEmbedded?: (v: boolean) => void;
  label?: string;
  onLabel?: (v: string) => void;
}

export function UseFields({ kind, use, onUse, keepEmbedded, onKeepEmbedded, label, onLabel }: Props) {
  const t = useT();
  const uses: UploadUse[] = kind === 'csv' ? ['map', 'indicator', 'off'] : ['map', 'off'];
  const text = (u: UploadUse) => (kind === 'geojson' && u === 'map' ? t.uploadUseGeo_map : t[`uploadUse_${u}`]);
  return (
    <fieldset className="radio-group">
      <legend>{t.uploadUse}</legend>
      {uses.map((u) => (
        <label key={u}>
          <input type="radio" name={`use-${kind}`} checked={use === u} onChange={() => onUse(u)} data-testid={`use-${u}`} />
          {text(u)}
        </label>
      ))}
      {kind === 'csv' && use === 'map' && onKeepEmbedded && (
        <label className="check">
          <input
            type="checkbox"
            checked={keepEmbedded ?? true}
            onChange={(e) => onKeepEmbedded(e.target.checked)}
            data-testid="keep-embedded"
          />
          {t.uploadKeepEmbedded}
        </label>
      )}
      {kind === 'csv' && use === 'indicator' && onLabel && (
        <div className="field">
          <label htmlFor="indicator-label">{t.uploadLabel}</label>
          <input id="indicator-label" value={label ?? ''} onChange={(e) => onLabel(e.target.value)} data-testid="indicator-label" />
        </div>
      )}
    </fieldset>
  );
}
