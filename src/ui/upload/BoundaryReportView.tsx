/**
 * The report of a boundaries upload: features read and used, CRS, which areas were checked for a boundary
 * that crosses itself (and which were not), per-feature problems and the join with the figures. "No
 * messages" is said only when every area was checked.
 */
import { useT } from '../../i18n';
import { useView } from '../../state/selectors';
import { useStore } from '../../state/store';
import { formatNumber } from '../../domain/numbers';
import type { BoundaryResult } from '../../domain/upload/ingest-geojson';
import { IssueList } from './IssueList';
import { fill } from './text';

export function BoundaryReportView({ result, onMap }: { result: BoundaryResult; onMap: boolean }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const dataset = useView()?.today ?? null;
  const levels = (['wijk', 'buurt'] as const).filter((l) => result.levels[l] > 0);
  const checks = result.checks.selfIntersection;
  const skipped = checks.skipped.length;
  const clean = result.issues.length === 0 && skipped === 0;
  return (
    <div className="upload-report-body">
      <ul className="report-counts">
        <li data-testid="report-features">
          <strong>{result.featureCount}</strong> {t.uploadReportFeatures};{' '}
          {fill(t.uploadReportUsed, { wijk: result.levels.wijk, buurt: result.levels.buurt })}
        </li>
        <li data-testid="report-checks" className={skipped > 0 ? 'issue-warning' : ''}>
          {fill(t.uploadReportChecks, { checked: checks.checked, total: checks.checked + skipped })}
          {skipped > 0 &&
            ` ${fill(t.uploadReportChecksSkipped, { max: formatNumber(checks.max, 0, lang), keys: checks.skipped.slice(0, 10).join(', ') + (skipped > 10 ? ', …' : '') })}`}
        </li>
        {result.crs?.crs && (
          <li data-testid="report-crs">
            {t.uploadReportCrs}: {t[`uploadCrs_${result.crs.crs}`]}
          </li>
        )}
      </ul>
      {onMap &&
        dataset &&
        levels.map((level) => {
          const r = dataset.levels[level].report;
          const own = new Set(result.features.map((f) => f.code));
          const without = r.unmatchedFeatures.filter((f) => own.has(f.code));
          return (
            <div key={level} className="report-level" data-testid={`report-join-${level}`}>
              <h4>{fill(t.uploadReportJoin, { level: t[level] })}</h4>
              <p>
                {r.matched} / {r.features} {t.reportMatched}
              </p>
              <p className={without.length ? 'issue-warning' : ''}>
                <strong>{without.length}</strong> {t.uploadReportAreasWithout}
                {without.length > 0 && `: ${without.map((f) => `${f.code} ${f.name}`).join(', ')}`}
              </p>
              <p className={r.unmatchedRows.length ? 'issue-warning' : ''}>
                <strong>{r.unmatchedRows.length}</strong> {t.uploadReportOrphans}
                {r.unmatchedRows.length > 0 &&
                  `: ${r.unmatchedRows
                    .slice(0, 12)
                    .map((u) => u.code)
                    .join(', ')}`}
              </p>
            </div>
          );
        })}
      {clean ? <p data-testid="report-all-good">{t.uploadReportAllGoodGeo}</p> : <IssueList issues={result.issues} />}
    </div>
  );
}
