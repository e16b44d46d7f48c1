/** The popup for a clicked overlay item (colony, project, NPLV area). Text only; Escape or × closes it. */
import { useEffect } from 'react';
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { ColonyDetails, ProjectDetails } from './OverlayDetails';
import { NplvDetails } from './NplvDetails';

export function OverlayPopup() {
  const t = useT();
  const pick = useStore((s) => s.pick);
  const data = useStore((s) => s.overlayData);
  const setPick = useStore((s) => s.setPick);
  useEffect(() => {
    if (!pick) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setPick(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pick, setPick]);
  if (!pick || !data) return null;
  const body = pick.ids.map((id) => {
    if (pick.kind === 'colony') {
      const c = data.colonies.find((x) => x.nr === id);
      return c && <ColonyDetails key={`c${c.nr}`} colony={c} />;
    }
    if (pick.kind === 'project') {
      const p = data.projects.find((x) => x.id === id);
      return p && <ProjectDetails key={p.id} project={p} />;
    }
    const a = data.nplv.areas[Number(id)];
    return a && <NplvDetails key={`n${id}`} area={a} facts={data.nplv} />;
  });
  return (
    <div
      className="overlay-popup"
      role="dialog"
      aria-label={t.ovLayers}
      data-testid="overlay-popup"
      style={{ left: Math.max(8, pick.x - 160), top: Math.max(8, pick.y + 12) }}
    >
      <button type="button" className="icon-button popup-close" onClick={() => setPick(null)} aria-label={t.ovClose}>
        ×
      </button>
      {body}
    </div>
  );
}
