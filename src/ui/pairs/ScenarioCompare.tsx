/** Saved scenarios: open, delete, tick to compare side by side, export the ticked ones as CSV. */
import { useStore } from '../../state/store';
import { stockIndex } from '../../state/view-model';
import { areaBand } from '../../state/view-model';
import { HEERLEN_BAND } from '../../config/band-policy';
import { totalsOf, useView } from '../../state/selectors';
import { useT } from '../../i18n';
import { problemText } from '../../i18n/problem-text';
import { applyScenario } from '../../domain/scenario/apply';
import { formatPct } from '../../domain/numbers';
import { exportScenarios } from './export';
import { areaName, fill, groupName } from './text';

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
    const result = applyScenario(stockIndex(dataset), s.moves, 'scenario');
    return { s, result, totals: totalsOf(dataset, s.moves, result.rows) };
  });
  const areaCodes = [...new Set(picked.flatMap((s) => s.moves.map((m) => m.area)))];
  const groupCodes = [...new Set(results.flatMap((r) => r.totals.map((g) => g.code)))];
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
                  <td className="num">{formatPct(stockIndex(dataset).get(code)?.corporationPct ?? null, lang)}</td>
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
                  <td className="num">
                    {formatPct(
                      results.map((r) => r.totals.find((x) => x.code === g)?.totals.before).find((v) => v != null) ?? null,
                      lang,
                      2,
                    )}
                  </td>
                  {results.map((r) => {
                    const tt = r.totals.find((x) => x.code === g)?.totals;
                    return (
                      <td key={r.s.id} className="num">
                        {tt ? `${formatPct(tt.after, lang, 2)} ${tt.holds ? '✓' : '✗'}` : '–'}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button
        type="button"
        disabled={picked.length === 0}
        onClick={() => exportScenarios(dataset, picked, vm.band ?? areaBand(vm, 'GM0917') ?? HEERLEN_BAND, t)}
        data-testid="compare-export"
      >
        {t.scenarioExportCsv}
      </button>
      <p className="note">{t.scenarioExportNote}</p>
    </section>
  );
}
