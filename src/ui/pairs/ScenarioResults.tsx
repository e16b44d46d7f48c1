/**
 * Live results of the draft: per area the new share, its class against the area's own band, corporation
 * middenhuur and dwellings still to go; then the checks the policies ask for (ScenarioChecksView) and the messages.
 */
import { useStore } from '../../state/store';
import { scenarioAreas } from '../../domain/scenario/groups';
import { scenarioOutcome, stockIndex } from '../../state/view-model';
import { scenarioChecks, useView } from '../../state/selectors';
import { bandOfArea } from '../../state/band-of-area';
import { useT } from '../../i18n';
import { problemText } from '../../i18n/problem-text';
import { dwellingsToBand } from '../../domain/band';
import { classifyArea } from '../../domain/classify-area';
import { gemeenteOf } from '../../domain/codes';
import { formatNumber, formatPct } from '../../domain/numbers';
import { shareOf } from '../../domain/scenario/tenure';
import { SMALL_AREA_DWELLINGS } from '../../config/policy';
import { ScenarioChecksView } from './ScenarioChecksView';
import { areaName } from './text';

export function ScenarioResults() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const vm = useView();
  const draft = useStore((s) => s.draft);
  if (!vm) return null;
  const dataset = vm.today;
  const areas = scenarioAreas(draft);
  if (areas.length === 0) return null;
  const result = scenarioOutcome(dataset, draft.moves);
  const checks = scenarioChecks(dataset, draft.moves, result);
  const base = stockIndex(dataset);
  return (
    <section className="scenario-results" aria-labelledby="results-title">
      <h3 id="results-title">{t.scenarioResults}</h3>
      <table className="area-table" data-testid="scenario-results">
        <thead>
          <tr>
            <th scope="col">{t.scenarioArea}</th>
            <th scope="col">{t.scenarioNow}</th>
            <th scope="col">{t.scenarioAfter}</th>
            <th scope="col">{t.scenarioMidColumn}</th>
            <th scope="col">{t.scenarioToGo}</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((code) => {
            const before = base.get(code) ?? null;
            const outcome = result.outcomes.find((o) => o.code === code) ?? null;
            const after = outcome?.afterRow ?? before;
            const pct = after?.corporationPct ?? null;
            const band = bandOfArea(vm, { gemeenteCode: gemeenteOf(code) ?? '' });
            const cls = classifyArea(pct, after?.dwellings ?? null, band, SMALL_AREA_DWELLINGS);
            const toGo = band && cls !== 'small' ? dwellingsToBand(after?.dwellings ?? null, pct, band) : null;
            const mid = outcome?.after.corporationMid ?? 0;
            return (
              <tr key={code}>
                <th scope="row">{areaName(dataset, code)}</th>
                <td className="num">{formatPct(before?.corporationPct ?? null, lang)}</td>
                <td className="num">
                  <span className={`cls cls-${cls}`} data-testid={`result-pct-${code}`}>
                    {formatPct(pct, lang)}
                  </span>
                  <br />
                  <span className="small" data-testid={`result-class-${code}`}>
                    {cls === 'small' ? t.scenarioClassSmall : band ? t[cls] : t.scenarioNoBand}
                  </span>
                </td>
                <td className="num" data-testid={`result-mid-${code}`}>
                  {mid > 0 && outcome ? `${formatNumber(mid, 0, lang)} (${formatPct(shareOf(mid, outcome.after.total), lang)})` : '–'}
                </td>
                <td className="num" data-testid={`result-to-go-${code}`}>
                  {!toGo
                    ? '–'
                    : toGo.direction === 'none'
                      ? '0'
                      : `${toGo.direction === 'remove' ? '−' : '+'}${formatNumber(toGo.dwellings, 0, lang)}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ScenarioChecksView checks={checks} />
      {checks.problems.length > 0 && (
        <ul className="caveats" aria-label={t.scenarioIssues} data-testid="scenario-problems">
          {checks.problems.map((i, k) => (
            <li key={k} className={i.severity === 'info' ? 'issue-info' : 'issue-warning'} data-code={i.code}>
              {problemText(i, lang)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
