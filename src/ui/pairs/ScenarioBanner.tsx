/**
 * A notice on the map while it shows a scenario instead of today's figures, with a way back; it also says when
 * moves read from an old link or saved scenario now mean something else (liberalisation keeps ownership).
 */
import { useStore } from '../../state/store';
import { useView } from '../../state/selectors';
import { scenarioLevel } from '../../domain/scenario/groups';
import { legacyProblems } from '../../domain/scenario/legacy';
import { useT } from '../../i18n';
import { problemText } from '../../i18n/problem-text';
import { areaName } from './text';
import { fill } from '../../i18n/text';

export function ScenarioBanner() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const level = useStore((s) => s.level);
  const moves = useStore((s) => s.draft.moves);
  const show = useStore((s) => s.showOnMap);
  const name = useStore((s) => s.draft.name) || t.scenarioUnnamed;
  const hide = useStore((s) => s.setShowOnMap);
  const vm = useView();
  const scenarioLvl = scenarioLevel(moves);
  if (!show || !scenarioLvl || !moves.some((m) => m.n > 0)) return null;
  const legacy = vm ? legacyProblems(moves, (code) => areaName(vm.today, code)) : [];
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
      {legacy.map((p) => (
        <p key={p.context.key} className="small" data-testid="scenario-legacy">
          {problemText(p, lang)}
        </p>
      ))}
    </div>
  );
}
