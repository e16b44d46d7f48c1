import { useStore } from '../state/store';
import { formatShare } from '../i18n/format';
import { useView } from '../state/selectors';
import { useT } from '../i18n';
import { formatNumber } from '../domain/numbers';

/** Hover card: name, code, % corporatie, class and dwellings. Text only, never HTML. */
export function Tooltip() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const hovered = useStore((s) => s.hovered);
  const vm = useView();
  const a = hovered ? vm?.byCode.get(hovered.code) : undefined;
  if (!hovered || !a) return null;
  const { area, pct, cls, computed } = a;
  return (
    <div className="tooltip" role="status" data-testid="tooltip" style={{ left: hovered.x + 14, top: hovered.y + 14 }}>
      <strong>{a.name}</strong> <span className="muted">{area.code}</span>
      <div>
        {t.ownedByCorporationTitle}: <strong data-testid="tooltip-pct">{formatShare(pct, lang, computed)}</strong>
      </div>
      <div className={`cls cls-${cls}`} data-testid="tooltip-class">
        {t[cls]}
      </div>
      <div>
        {formatNumber(area.stock?.dwellings ?? null, 0, lang)} {t.hoverDwellings}
      </div>
    </div>
  );
}
