/** A notice on the map while it shows a scenario instead of today's figures, with a way back. */
import { usePairsStore } from '../../state/pairs-store';
import { useT } from '../../i18n';
import { fill } from './text';

export function ScenarioBanner() {
  const t = useT();
  const shown = usePairsStore((s) => s.showOnMap && s.draft.moves.some((m) => m.n > 0));
  const name = usePairsStore((s) => s.draft.name);
  const hide = usePairsStore((s) => s.setShowOnMap);
  if (!shown) return null;
  return (
    <div className="scenario-banner" role="status" data-testid="scenario-banner">
      <span>{fill(t.scenarioBanner, { name: name || t.scenarioUnnamed })}</span>
      <button type="button" onClick={() => hide(false)}>{t.scenarioBannerHide}</button>
    </div>
  );
}
