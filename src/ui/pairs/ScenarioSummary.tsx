/** One line per group, kept in view at the bottom of the panel while sliders move: overall share now → scenario, ✓/✗. */
import { useStore } from '../../state/store';
import { usePairsStore } from '../../state/pairs-store';
import { scenarioResult, scenarioTotals } from '../../state/pairs-selectors';
import { useT } from '../../i18n';
import { formatPct } from '../../domain/numbers';
import { groupName } from './text';

export function ScenarioSummary() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const dataset = useStore((s) => s.dataset);
  const moves = usePairsStore((s) => s.draft.moves);
  if (!dataset || moves.length === 0) return null;
  const totals = scenarioTotals(dataset, moves, scenarioResult(dataset, moves).rows);
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
