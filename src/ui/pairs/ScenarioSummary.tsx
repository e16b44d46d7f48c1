/**
 * One line per group, kept in view at the bottom of the panel while sliders move: the signed change in corporation
 * dwellings, ✗ for any loss.
 */
import { useStore } from '../../state/store';
import { scenarioOutcome } from '../../state/view-model';
import { scenarioChecks, useView } from '../../state/selectors';
import { useT } from '../../i18n';
import { formatNumber } from '../../domain/numbers';
import { groupName, signed } from './text';

export function ScenarioSummary() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const vm = useView();
  const moves = useStore((s) => s.draft.moves);
  if (!vm || moves.length === 0) return null;
  const { balance } = scenarioChecks(vm.today, moves, scenarioOutcome(vm.today, moves));
  return (
    <div className="scenario-summary" data-testid="scenario-summary" aria-label={t.scenarioMixingTitle}>
      {balance.map((b) => (
        <span key={b.group} className={b.loss ? 'breaks' : 'holds'} title={b.loss ? t.scenarioLoss : t.scenarioNoLoss}>
          {groupName(t, b.group)}: <strong>{signed(b.change, (v) => formatNumber(v, 0, lang))}</strong> {b.loss ? '✗' : '✓'}
        </span>
      ))}
    </div>
  );
}
