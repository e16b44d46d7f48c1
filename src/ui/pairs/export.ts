/** Build and offer the CSV of one or more scenarios. */
import type { Scenario } from '../../domain/scenario/types';
import type { Dict } from '../../i18n/nl';
import { applyPolicyScenario } from '../../domain/scenario/policy-apply';
import { scenariosCsv } from '../../domain/scenario/csv';
import { gemeenteOf } from '../../domain/codes';
import { stockIndex, type ViewModel } from '../../state/view-model';
import { bandOfArea } from '../../state/band-of-area';
import { scenarioChecks, totalsOf } from '../../state/selectors';
import { areaName, downloadText, groupName } from './text';

export function exportScenarios(vm: ViewModel, scenarios: readonly Scenario[], t: Dict): void {
  const dataset = vm.today;
  const list = scenarios.map((scenario) => {
    const result = applyPolicyScenario(stockIndex(dataset), scenario.moves, 'scenario');
    const checks = scenarioChecks(dataset, scenario.moves, result);
    const totals = totalsOf(dataset, scenario.moves, result.rows).map((g) => ({
      code: g.code,
      label: groupName(t, g.code),
      totals: g.totals,
      balance: checks.balance.find((b) => b.group === g.code) ?? null,
      sales: checks.sales.find((x) => x.gemeenteCode === g.code) ?? null,
    }));
    return { scenario: { ...scenario, name: scenario.name || t.scenarioUnnamed }, result, totals };
  });
  const csv = scenariosCsv(
    list,
    (code) => bandOfArea(vm, { gemeenteCode: gemeenteOf(code) ?? '' }),
    (code) => areaName(dataset, code),
  );
  downloadText(csv, `wijkbalans-scenario-${new Date().toISOString().slice(0, 10)}.csv`);
}
