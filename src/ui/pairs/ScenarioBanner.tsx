/** A notice on the map while it shows a scenario instead of today's figures, with a way back. */
import { useStore } from '../../state/store';
import { scenarioLevel } from '../../domain/scenario/groups';
import { useT } from '../../i18n';
import { fill } from './text';

export function ScenarioBanner() {
  const t = useT();
  const level = useStore((s) => s.level);
  const moves = useStore((s) => s.draft.moves);
  const show = useStore((s) => s.showOnMap);
  const name = useStore((s) => s.draft.name) || t.scenarioUnnamed;
  const hide = useStore((s) => s.setShowOnMap);
  const scenarioLvl = scenarioLevel(moves);
  if (!show || !scenarioLvl || !moves.some((m) => m.n > 0)) return null;
  return (
    <div className="scenario-banner" role="status" data-testid="scenario-banner">
      {scenarioLvl === level ? (
        <>
          <span>{fill(t.scenarioBanner, { name })}</span>
          <button type="button" onClick={() => hide(false)}>
            {t.scenarioBannerHide}
          </button>
        </>
      ) : (
        <span>{fill(t.scenarioBannerOtherLevel, { name, level: t[scenarioLvl].toLowerCase() })}</span>
      )}
    </div>
  );
}
