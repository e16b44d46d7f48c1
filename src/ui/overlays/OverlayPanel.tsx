/** The "Kaartlagen" tab: layer switches, NPLV facts, the list of all 29 colonies and the projects table. */
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { OVERLAY_IDS, type OverlayId } from '../../config/overlays';
import { ColonyList } from './ColonyList';
import { ProjectTable } from './ProjectTable';
import { CitedPassages, NplvFacts } from './NplvDetails';
import { nameDocuments, withoutResearchNotes } from '../../i18n/documents';
import { SourceText } from './SourceText';

export function OverlayPanel() {
  const t = useT();
  const data = useStore((s) => s.overlayData);
  const error = useStore((s) => s.overlaysFailed);
  const visible = useStore((s) => s.visibleOverlays);
  const toggle = useStore((s) => s.toggleOverlay);
  const lang = useStore((s) => s.lang);
  const label: Record<OverlayId, string> = { nplv: t.ovNplv, colonies: t.ovColonies, projects: t.ovProjects };
  if (error)
    return (
      <p role="alert">
        {t.ovLoadFailed}: {error}
      </p>
    );
  if (!data) return <p role="status">{t.ovLoading}</p>;
  return (
    <div className="overlay-panel" data-testid="overlay-panel">
      <fieldset className="layer-toggles">
        <legend>{t.ovLayers}</legend>
        {OVERLAY_IDS.map((id) => (
          <label key={id} className="check">
            <input
              type="checkbox"
              checked={visible.includes(id)}
              onChange={(e) => toggle(id, e.target.checked)}
              data-testid={`layer-${id}`}
            />
            {label[id]}
          </label>
        ))}
      </fieldset>
      <details open={visible.includes('nplv')}>
        <summary>
          <h3 className="inline">{t.ovNplvTitle}</h3>
        </summary>
        <ul className="small">
          {data.nplv.areas.map((a) => (
            <li key={`${a.role}-${a.code}`}>
              {a.role === 'focus' ? `${t.ovFocus}: ` : ''}
              {a.name} ({a.code}) — {a.basis === 'confirmed' ? t.ovNplvConfirmed : t.ovNplvInferred}
              <CitedPassages area={a} inline={false} />
            </li>
          ))}
        </ul>
        <details className="note">
          <summary>{t.nplvSelection}</summary>
          <p>{nameDocuments(withoutResearchNotes(data.nplv.selectionNote), lang)}</p>
          <SourceText source="" note={data.nplv.selectionNote} />
        </details>
        <NplvFacts data={data.nplv} />
      </details>
      <ColonyList colonies={data.colonies} />
      <ProjectTable projects={data.projects} />
    </div>
  );
}
