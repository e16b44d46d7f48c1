/** Legend entries for the visible overlays, with the same symbols as the map. */
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { FOCUS_COLOR, KIND_STYLE, NPLV_COLOR, statusLabel } from '../../config/overlays';
import { PROJECT_KINDS } from '../../domain/overlays/types';
import { DISPLAY_STATUSES } from '../../domain/overlays/colony-status';
import { KindSymbol, StatusSymbol } from './symbols';

export function OverlayLegend() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const visible = useStore((s) => s.visibleOverlays);
  if (visible.length === 0) return null;
  return (
    <div data-testid="overlay-legend">
      {visible.includes('nplv') && (
        <ul className="legend-overlays" aria-label={t.ovNplv}>
          <li>
            <span className="legend-line" style={{ borderTop: `3px solid ${NPLV_COLOR}` }} />
            {t.ovNplvConfirmed}
          </li>
          <li>
            <span className="legend-line" style={{ borderTop: `3px dashed ${NPLV_COLOR}` }} />
            {t.ovNplvInferred}
          </li>
          <li>
            <span className="legend-line" style={{ borderTop: `3px dotted ${FOCUS_COLOR}` }} />
            {t.ovFocus}
          </li>
        </ul>
      )}
      {visible.includes('colonies') && (
        <ul className="legend-overlays" aria-label={t.ovColonies}>
          {DISPLAY_STATUSES.map((s) => (
            <li key={s}>
              <StatusSymbol status={s} /> {statusLabel(s, lang)}
            </li>
          ))}
        </ul>
      )}
      {visible.includes('projects') && (
        <ul className="legend-overlays" aria-label={t.ovProjects}>
          {PROJECT_KINDS.map((k) => (
            <li key={k}>
              <KindSymbol kind={k} /> {KIND_STYLE[k][lang]}
            </li>
          ))}
        </ul>
      )}
      {(visible.includes('colonies') || visible.includes('projects')) && <p className="legend-note">○ {t.ovLegendApprox}</p>}
    </div>
  );
}
