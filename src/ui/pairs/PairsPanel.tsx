/** The stadshuwelijk tab: find pairs, work out a scenario for one, compare saved scenarios. */
import { useStore, type PairsView } from '../../state/store';
import { useT } from '../../i18n';
import { PARKSTAD, PARKSTAD_SCOPE } from '../../config/policy';
import { fill } from '../../i18n/text';
import { PairList } from './PairList';
import { Scatter } from './Scatter';
import { WeightControls } from './WeightControls';
import { PairCriteriaForm } from './PairCriteriaForm';
import { PairCard } from './PairCard';
import { ScenarioEditor } from './ScenarioEditor';
import { ScenarioResults } from './ScenarioResults';
import { ScenarioCompare } from './ScenarioCompare';
import { ScenarioSummary } from './ScenarioSummary';
import './pairs.css';

const VIEWS: PairsView[] = ['find', 'scenario', 'compare'];

export function PairsPanel() {
  const t = useT();
  const scope = useStore((s) => s.scope);
  const view = useStore((s) => s.pairsView);
  const setView = useStore((s) => s.setPairsView);
  const label = { find: t.pairsViewFind, scenario: t.pairsViewScenario, compare: t.pairsViewCompare } as const;
  const title =
    scope === PARKSTAD_SCOPE
      ? t.pairsTitleParkstad
      : fill(t.pairsTitleCity, { name: PARKSTAD.find((g) => g.code === scope)?.name ?? scope });
  return (
    <section className="pairs-panel" data-testid="pairs-panel" aria-labelledby="pairs-title">
      <h2 id="pairs-title">{title}</h2>
      <p className="note">{t.pairsIntro}</p>
      <fieldset className="segmented pairs-views">
        <legend className="sr-only">{t.pairsViews}</legend>
        {VIEWS.map((v) => (
          <label key={v} className={view === v ? 'active' : ''}>
            <input
              type="radio"
              name="pairs-view"
              value={v}
              checked={view === v}
              onChange={() => setView(v)}
              data-testid={`pairs-view-${v}`}
            />
            {label[v]}
          </label>
        ))}
      </fieldset>
      {view === 'find' && (
        <>
          <PairList />
          <Scatter />
          <WeightControls />
          <PairCriteriaForm />
        </>
      )}
      {view === 'scenario' && (
        <>
          <PairCard />
          <ScenarioEditor />
          <ScenarioResults />
          <ScenarioSummary />
        </>
      )}
      {view === 'compare' && <ScenarioCompare />}
    </section>
  );
}
