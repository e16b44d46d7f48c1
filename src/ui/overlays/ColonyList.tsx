/**
 * All 29 colonies of the table Overzicht Mijnkoloniën, filterable by display status; located ones can be shown on the
 * map, unknown ones say so; a row whose code and text disagree says so, quoting both.
 */
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { statusLabel } from '../../config/overlays';
import type { Colony } from '../../domain/overlays/types';
import { DISPLAY_STATUSES, type ColonyDisplayStatus } from '../../domain/overlays/colony-status';
import { colonyConflictNote, printedStatus } from '../../i18n/colony-status';
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
  const shown = colonies.filter((c) => filter === 'all' || c.display === filter);
  return (
    <section className="colony-list">
      <h3>{t.ovColonyList}</h3>
      <label className="field">
        <span>{t.ovFilterStatus}</span>
        <select value={filter} onChange={(e) => setFilter(e.target.value as ColonyDisplayStatus | 'all')} data-testid="colony-filter">
          <option value="all">
            {t.ovAll} ({colonies.length})
          </option>
          {DISPLAY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s, lang)} ({colonies.filter((c) => c.display === s).length})
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
              <StatusSymbol status={c.display} /> <strong>{c.name}</strong> <span className="muted">{c.years}</span>
              <div className="small">
                {printedStatus(c)} · {c.precision === 'onbekend' ? <em>{t.ovUnknownLocation}</em> : precisionText(t, c.precision)}
              </div>
              {c.display === 'conflict' && (
                <p className="small note" data-testid="colony-conflict">
                  {colonyConflictNote(c, t, lang)}
                </p>
              )}
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
