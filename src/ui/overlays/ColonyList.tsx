/** All 29 colonies of seed 000, filterable by status; located ones can be shown on the map, unknown ones say so. */
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { STATUS_STYLE } from '../../config/overlays';
import { STATUS_CODES, type Colony, type StatusCode } from '../../domain/overlays/types';
import { StatusSymbol } from './symbols';
import { precisionText } from './OverlayDetails';
import { itemBounds } from './zoom';

export function ColonyList({ colonies }: { colonies: Colony[] }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const filter = useStore((s) => s.colonyFilter);
  const setFilter = useStore((s) => s.setColonyFilter);
  const focusOn = useStore((s) => s.requestCamera);
  const toggle = useStore((s) => s.toggleOverlay);
  const setPick = useStore((s) => s.setPick);
  const shown = colonies.filter((c) => filter === 'all' || c.status === filter);
  return (
    <section className="colony-list">
      <h3>{t.ovColonyList}</h3>
      <label className="field">
        <span>{t.ovFilterStatus}</span>
        <select value={filter} onChange={(e) => setFilter(e.target.value as StatusCode | 'all')} data-testid="colony-filter">
          <option value="all">
            {t.ovAll} ({colonies.length})
          </option>
          {STATUS_CODES.map((s) => (
            <option key={s} value={s}>
              {s}. {STATUS_STYLE[s][lang]} ({colonies.filter((c) => c.status === s).length})
            </option>
          ))}
        </select>
      </label>
      <p className="small muted" data-testid="colony-count">
        {shown.length} {t.ovCount}
      </p>
      <ul className="item-list" data-testid="colony-items">
        {shown.map((c) => {
          const b = itemBounds(c.point, c.polygon);
          return (
            <li key={c.nr}>
              <StatusSymbol status={c.status} /> <strong>{c.name}</strong> <span className="muted">{c.years}</span>
              <div className="small">
                {c.status}. {c.statusText} · {c.precision === 'onbekend' ? <em>{t.ovUnknownLocation}</em> : precisionText(t, c.precision)}
              </div>
              {b && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    toggle('colonies', true);
                    focusOn({ kind: 'bounds', bounds: b });
                    setPick(null);
                  }}
                >
                  {t.ovZoom}
                  <span className="sr-only">: {c.name}</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
