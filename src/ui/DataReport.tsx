/** The join report of the data shown: matched, unmatched both ways, duplicates, coverage, and every problem (overlays included). */
import { useStore } from '../state/store';
import { useView } from '../state/selectors';
import { useT } from '../i18n';
import { problemText } from '../i18n/problem-text';
import { formatNumber } from '../domain/numbers';

export function DataReport() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const vm = useView();
  const overlayProblems = useStore((s) => s.overlayProblems);
  if (!vm) return null;
  const dataset = vm.today;
  const problems = [...dataset.issues, ...overlayProblems];
  return (
    <section className="data-report" data-testid="data-report" aria-label={t.reportTitle}>
      <h2>{t.reportTitle}</h2>
      {(['wijk', 'buurt'] as const).map((level) => {
        const r = dataset.levels[level].report;
        return (
          <div key={level} className="report-level">
            <h3>{t[level]}</h3>
            <ul>
              <li>
                {r.matched} / {r.features} {t.reportMatched}
              </li>
              <li>
                {r.unmatchedRows.length} {t.reportRowsWithout}
                {r.unmatchedRows.length > 0 && `: ${summariseByGemeente(r.unmatchedRows)}`}
              </li>
              <li>
                {r.unmatchedFeatures.length} {t.reportAreasWithout}
                {r.unmatchedFeatures.length > 0 && `: ${r.unmatchedFeatures.map((f) => f.code).join(', ')}`}
              </li>
              <li>
                {r.duplicateRows.length + r.duplicateFeatures.length} {t.reportDuplicates}
              </li>
              <li>
                {t.reportCoverage}: {formatNumber(r.featureCoverage * 100, 1, lang)} % / {formatNumber(r.dwellingCoverage * 100, 1, lang)} %
              </li>
            </ul>
          </div>
        );
      })}
      <h3>{t.reportIssues}</h3>
      {problems.length === 0 ? (
        <p>{t.reportNone}</p>
      ) : (
        <ul className="issues">
          {problems.map((i, n) => (
            <li key={n} className={`issue issue-${i.severity}`} data-code={i.code}>
              {problemText(i, lang)}
              {i.context.file && (
                <details className="trace">
                  <summary>{t.details}</summary>
                  {t.detailsFile} {i.context.file}
                  {i.context.row !== undefined ? `, ${i.context.row}` : ''}
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function summariseByGemeente(rows: { gemeenteCode: string }[]): string {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.gemeenteCode, (counts.get(r.gemeenteCode) ?? 0) + 1);
  return [...counts].map(([g, n]) => `${g} (${n})`).join(', ');
}
