/**
 * Live results of the draft: per area the new share, band class and dwellings still to go; per gemeente and for
 * Parkstad whether "mengen zonder te verdringen" holds (overall share within ±0,5 point of today's).
 */
import { useStore } from '../../state/store';
import { scenarioAreas, scenarioLevel } from '../../domain/scenario/groups';
import { areaBand, scenarioOutcome, stockIndex } from '../../state/view-model';
import { totalsOf, useView } from '../../state/selectors';
import { useT } from '../../i18n';
import { problemText } from '../../i18n/problem-text';
import { classify, dwellingsToBand } from '../../domain/band';
import { formatNumber, formatPct, formatPoints } from '../../domain/numbers';
import { areaName, groupName } from './text';

export function ScenarioResults() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const vm = useView();
  const dataset = vm?.today ?? null;
  const draft = useStore((s) => s.draft);
  if (!vm || !dataset) return null;
  const areas = scenarioAreas(draft);
  if (areas.length === 0) return null;
  const result = scenarioOutcome(dataset, draft.moves);
  const totals = totalsOf(dataset, draft.moves, result.rows);
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
            <th scope="col">{t.scenarioToGo}</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((code) => {
            const before = base.get(code) ?? null;
            const after = result.rows.get(code) ?? before;
            const pct = after?.corporationPct ?? null;
            const own = areaBand(vm, code);
            const cls = own ? classify(pct, own) : 'nodata';
            const toGo = own ? dwellingsToBand(after?.dwellings ?? null, pct, own) : null;
            return (
              <tr key={code}>
                <th scope="row">{areaName(dataset, code)}</th>
                <td className="num">{formatPct(before?.corporationPct ?? null, lang)}</td>
                <td className="num">
                  <span className={`cls cls-${cls}`} data-testid={`result-pct-${code}`}>
                    {formatPct(pct, lang)}
                  </span>
                  <br />
                  <span className="small">{t[cls]}</span>
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
      <h3>{t.scenarioTotals}</h3>
      <ul className="totals" aria-live="polite">
        {totals.map((g) => {
          const tt = g.totals;
          const differs = g.cbsPct !== null && tt.before !== null && Math.abs(g.cbsPct - tt.before) >= 0.05;
          return (
            <li key={g.code} data-testid={`total-${g.code}`} className={tt.holds === false ? 'breaks' : 'holds'}>
              <strong>{groupName(t, g.code)}</strong>: {formatPct(tt.before, lang, 2)} →{' '}
              <span data-testid={`total-after-${g.code}`}>{formatPct(tt.after, lang, 2)}</span>
              {tt.change !== null && <> ({formatPoints(tt.change, lang, 2)})</>}{' '}
              <span className="verdict" data-testid={`total-verdict-${g.code}`}>
                {tt.holds === null ? '' : tt.holds ? `✓ ${t.scenarioHolds}` : `✗ ${t.scenarioBreaks}`}
              </span>
              {differs && (
                <span className="muted small">
                  {' '}
                  · {t.scenarioCbsRow}: {formatPct(g.cbsPct, lang, 1)}
                </span>
              )}
              <span className="muted small">
                {' '}
                · {formatNumber(tt.dwellingsBefore, 0, lang)} → {formatNumber(tt.dwellingsAfter, 0, lang)} {t.scenarioDwellingsShort}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="note">{scenarioLevel(draft.moves) === 'buurt' ? t.scenarioTotalsNoteBuurt : t.scenarioTotalsNoteWijk}</p>
      {result.issues.length > 0 && (
        <ul className="caveats" aria-label={t.scenarioIssues}>
          {result.issues.map((i, k) => (
            <li key={k} className="issue-warning">
              {problemText(i, lang)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
