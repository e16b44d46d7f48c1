/** The plan tab (issue 12): the 0-meting, the streefbeeld per wijk and the programme in time, with the year the map shows. */
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import type { PlanView } from '../../state/slices/plan';
import { BaselineView } from './BaselineView';
import { TargetsView } from './TargetsView';
import { ProgrammeView } from './ProgrammeView';
import { PlanYearSelect } from './PlanYearSelect';
import './plan.css';

const VIEWS: readonly PlanView[] = ['baseline', 'targets', 'programme'];

export function PlanPanel() {
  const t = useT();
  const view = useStore((s) => s.planView);
  const setView = useStore((s) => s.setPlanView);
  const label = { baseline: t.planViewBaseline, targets: t.planViewTargets, programme: t.planViewProgramme } as const;
  return (
    <section className="plan-panel" data-testid="plan-panel" aria-labelledby="plan-title">
      <h2 id="plan-title">{t.planTitle}</h2>
      <p className="note">{t.planIntro}</p>
      <fieldset className="segmented">
        <legend className="sr-only">{t.planViews}</legend>
        {VIEWS.map((v) => (
          <label key={v} className={view === v ? 'active' : ''}>
            <input
              type="radio"
              name="plan-view"
              value={v}
              checked={view === v}
              onChange={() => setView(v)}
              data-testid={`plan-view-${v}`}
            />
            {label[v]}
          </label>
        ))}
      </fieldset>
      <PlanYearSelect />
      {view === 'baseline' && <BaselineView />}
      {view === 'targets' && <TargetsView />}
      {view === 'programme' && <ProgrammeView />}
    </section>
  );
}
