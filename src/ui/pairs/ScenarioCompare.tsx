/** Saved scenarios: open, delete, tick to compare side by side, export the ticked ones as CSV. */
import { formatShare } from '../../i18n/format';
import { useStore } from '../../state/store';
import { stockIndex } from '../../state/view-model';
import { scenarioChecks, useView } from '../../state/selectors';
import { useT } from '../../i18n';
import { problemText } from '../../i18n/problem-text';
import { applyPolicyScenario } from '../../domain/scenario/policy-apply';
import { formatNumber, formatPct } from '../../domain/numbers';
import { exportScenarios } from './export';
import { areaName, groupName, signed } from './text';
import { fill } from '../../i18n/text';

export function ScenarioCompare() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const vm = useView();
  const dataset = vm?.today ?? null;
  const saved = useStore((s) => s.saved);
  const compare = useStore((s) => s.compare);
  const issues = useStore((s) => s.scenarioProblems);
  const { openSaved, deleteSaved, toggleCompare } = useStore.getState();
  if (!vm || !dataset) return null;
  const picked = saved.filter((s) => compare.includes(s.id));
  const results = picked.map((s) => {
    const result = applyPolicyScenario(stockIndex(dataset), s.moves, 'scenario');
    return { s, result, balance: scenarioChecks(dataset, s.moves, result).balance };
  });
  const areaCodes = [...new Set(picked.flatMap((s) => s.moves.map((m) => m.area)))];
  const groupCodes = [...new Set(results.flatMap((r) => r.balance.map((g) => g.group)))];
  const name = (n: string) => n || t.scenarioUnnamed;
  return (
    <section className="scenario-compare" aria-labelledby="saved-title">
      <h3 id="saved-title">{t.scenarioSavedList}</h3>
      {saved.length === 0 && <p className="muted">{t.scenarioNoneSaved}</p>}
      <ul className="saved-list" data-testid="saved-list">
        {saved.map((s) => (
          <li key={s.id}>
            <label className="check">
              <input
                type="checkbox"
                checked={compare.includes(s.id)}
                onChange={() => toggleCompare(s.id)}
                aria-label={fill(t.scenarioCompareCheck, { name: name(s.name) })}
              />
              <span>{name(s.name)}</span>
            </label>
            <button type="button" onClick={() => openSaved(s.id)}>
              {t.scenarioOpen}
            </button>
            <button type="button" onClick={() => deleteSaved(s.id)}>
              {t.scenarioDelete}
            </button>
          </li>
        ))}
      </ul>
      {issues.map((i) => (
        <p key={i.code} className="issue-warning">
          {problemText(i, lang)}
        </p>
      ))}
      {picked.length < 2 && saved.length > 1 && <p className="note">{t.scenarioCompareHint}</p>}
      {picked.length > 0 && (
        <div className="table-wrap">
          <table className="area-table compare-table" data-testid="compare-table">
            <caption>{t.scenarioCompareTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.scenarioArea}</th>
                <th scope="col">{t.scenarioNow}</th>
                {results.map((r) => (
                  <th key={r.s.id} scope="col">
                    {name(r.s.name)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {areaCodes.map((code) => (
                <tr key={code}>
                  <th scope="row">{areaName(dataset, code)}</th>
                  <td className="num">{formatShare(stockIndex(dataset).get(code)?.corporationPct ?? null, lang)}</td>
                  {results.map((r) => (
                    <td key={r.s.id} className="num">
                      {r.result.rows.has(code) ? formatPct(r.result.rows.get(code)?.corporationPct ?? null, lang) : '='}
                    </td>
                  ))}
                </tr>
              ))}
              {groupCodes.map((g) => (
                <tr key={g} className="total-row">
                  <th scope="row">{groupName(t, g)}</th>
                  <td className="num">–</td>
                  {results.map((r) => {
                    const b = r.balance.find((x) => x.group === g);
                    return (
                      <td key={r.s.id} className="num">
                        {b ? `${signed(b.change, (v) => formatNumber(v, 0, lang))} ${b.loss ? '✗' : '✓'}` : '–'}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button type="button" disabled={picked.length === 0} onClick={() => exportScenarios(vm, picked, t)} data-testid="compare-export">
        {t.scenarioExportCsv}
      </button>
      <p className="note">{t.scenarioExportNote}</p>
    </section>
  );
}
