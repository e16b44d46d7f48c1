/** One line per group, kept in view at the bottom of the panel while sliders move: overall share now → scenario, ✓/✗. */
import { useStore } from '../../state/store';
import { scenarioOutcome } from '../../state/view-model';
import { totalsOf, useView } from '../../state/selectors';
import { useT } from '../../i18n';
import { formatPct } from '../../domain/numbers';
import { groupName } from './text';

export function ScenarioSummary() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const vm = useView();
  const dataset = vm?.today ?? null;
  const moves = useStore((s) => s.draft.moves);
  if (!dataset || moves.length === 0) return null;
  const totals = totalsOf(dataset, moves, scenarioOutcome(dataset, moves).rows);
  return (
    <div className="scenario-summary" data-testid="scenario-summary" aria-label={t.scenarioTotals}>
      {totals.map((g) => (
        <span
          key={g.code}
          className={g.totals.holds === false ? 'breaks' : 'holds'}
          title={g.totals.holds ? t.scenarioHolds : t.scenarioBreaks}
        >
          {groupName(t, g.code)}: {formatPct(g.totals.before, lang, 2)} → <strong>{formatPct(g.totals.after, lang, 2)}</strong>{' '}
          {g.totals.holds ? '✓' : '✗'}
        </span>
      ))}
    </div>
  );
}
