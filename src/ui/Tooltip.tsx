import { useStore } from '../state/store';
import { useViewDataset } from '../state/use-pairs';
import { useT } from '../i18n';
import { activeBand, findArea } from '../state/selectors';
import { classify } from '../domain/band';
import { formatNumber, formatPct } from '../domain/numbers';
import { displayName } from '../domain/search';

/** Hover card: name, code, % corporatie, class and dwellings. Text only, never HTML. */
export function Tooltip() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const hovered = useStore((s) => s.hovered);
  const dataset = useViewDataset();
  const scope = useStore((s) => s.scope);
  const level = useStore((s) => s.level);
  const setting = useStore((s) => s.band);
  if (!hovered || !dataset) return null;
  const area = findArea(dataset, level, hovered.code);
  if (!area) return null;
  const band = activeBand(dataset, scope, setting);
  const pct = area.stock?.corporationPct ?? null;
  const cls = classify(pct, band);
  return (
    <div className="tooltip" role="status" data-testid="tooltip" style={{ left: hovered.x + 14, top: hovered.y + 14 }}>
      <strong>{displayName(area.name)}</strong> <span className="muted">{area.code}</span>
      <div>
        {t.corporationShare}: <strong data-testid="tooltip-pct">{formatPct(pct, lang)}</strong>
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
