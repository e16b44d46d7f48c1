/** Build and offer the CSV of one or more scenarios. */
import type { Dataset } from '../../domain/dataset';
import type { Band } from '../../domain/band';
import type { Scenario } from '../../domain/scenario/types';
import type { Dict } from '../../i18n/nl';
import { applyScenario } from '../../domain/scenario/apply';
import { scenariosCsv } from '../../domain/scenario/csv';
import { stockIndex } from '../../state/view-model';
import { totalsOf } from '../../state/selectors';
import { areaName, downloadText, groupName } from './text';

export function exportScenarios(dataset: Dataset, scenarios: readonly Scenario[], band: Band, t: Dict): void {
  const list = scenarios.map((scenario) => {
    const result = applyScenario(stockIndex(dataset), scenario.moves, 'scenario');
    const totals = totalsOf(dataset, scenario.moves, result.rows).map((g) => ({
      code: g.code,
      label: groupName(t, g.code),
      totals: g.totals,
    }));
    return { scenario: { ...scenario, name: scenario.name || t.scenarioUnnamed }, result, totals };
  });
  const csv = scenariosCsv(list, band, (code) => areaName(dataset, code));
  downloadText(csv, `wijkbalans-scenario-${new Date().toISOString().slice(0, 10)}.csv`);
}
