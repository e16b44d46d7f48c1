/**
 * The join report of a figures upload: rows read and matched, rows without an area (listed, and all
 * downloadable), areas without a row, duplicates, bad cells, coverage of areas and of dwellings.
 */
import { useT } from '../../i18n';
import { useStore } from '../../state/store';
import { useView } from '../../state/selectors';
import { formatNumber, formatPct } from '../../domain/numbers';
import { uploadCoverage } from '../../domain/upload/compose';
import type { FigureResult } from '../../domain/upload/ingest-csv';
import type { StoredCsv } from '../../data/upload/idb';
import { unmatchedCsv } from '../../state/upload-actions';
import { PARKSTAD } from '../../config/policy';
import { IssueList } from './IssueList';
import { baseName, downloadText } from './download';
import { decimalText, delimiterText, fill, reasonText } from './text';

/** `Landgraaf 7, Brunssum 5` (gemeenten outside Parkstad by code). */
function byGemeente(areas: readonly { gemeenteCode: string }[]): string {
  const counts = new Map<string, number>();
  for (const a of areas) counts.set(a.gemeenteCode, (counts.get(a.gemeenteCode) ?? 0) + 1);
  return [...counts].map(([g, k]) => `${PARKSTAD.find((p) => p.code === g)?.name ?? g} ${k}`).join(', ');
}

export function FigureReportView({ result, meta }: { result: FigureResult; meta: StoredCsv | null }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const dataset = useView()?.today ?? null;
  const r = result.report;
  const n = (v: number) => formatNumber(v, 0, lang);
  const levels = (['wijk', 'buurt'] as const).filter((l) => result.figures.some((f) => f.level === l));
  const onMap = meta?.use === 'map';
  const download = async () => {
    if (!meta) return;
    const text = await unmatchedCsv(meta.id);
    if (text !== null) downloadText(text, `${baseName(meta.fileName)}-zonder-gebied.csv`, 'text/csv;charset=utf-8');
  };
  const clean = r.unmatchedCount === 0 && result.issues.length === 0;
  return (
    <div className="upload-report-body">
      <p className="muted" data-testid="report-profile">
        {fill(t.uploadReportReadAs, {
          encoding: result.profile.encoding.toUpperCase() + (result.profile.bom ? ' + BOM' : ''),
          delimiter: delimiterText(result.profile.delimiter, t),
          decimal: decimalText(result.profile.decimal, t),
        })}
      </p>
      <ul className="report-counts">
        <li data-testid="report-rows">
          <strong>{n(r.rows)}</strong> {t.uploadReportRows}
        </li>
        <li data-testid="report-matched">
          <strong>{n(r.matchedRows)}</strong> {t.uploadReportMatched}
        </li>
        <li data-testid="report-unmatched" className={r.unmatchedCount ? 'issue-warning' : ''}>
          <strong>{n(r.unmatchedCount)}</strong> {t.uploadReportRowsWithout}
        </li>
        <li data-testid="report-duplicates" className={r.duplicates.length ? 'issue-warning' : ''}>
          <strong>{n(r.duplicates.length)}</strong> {t.uploadReportDuplicates}
          {r.duplicates.length > 0 && `: ${r.duplicates.map((d) => `${d.code} (${t.uploadRowsWord} ${d.rows.join(', ')})`).join('; ')}`}
        </li>
        <li data-testid="report-non-numeric" className={r.nonNumeric ? 'issue-warning' : ''}>
          <strong>{n(r.nonNumeric)}</strong> {t.uploadReportNonNumeric}
        </li>
        <li data-testid="report-out-of-range" className={r.outOfRange ? 'issue-warning' : ''}>
          <strong>{n(r.outOfRange)}</strong> {t.uploadReportOutOfRange}
        </li>
        <li data-testid="report-no-data">
          <strong>{n(r.noData)}</strong> {t.uploadReportNoData}
        </li>
        {r.olderYears > 0 && (
          <li>
            <strong>{n(r.olderYears)}</strong> {t.uploadReportOlder}
          </li>
        )}
        {r.matchedByName > 0 && (
          <li data-testid="report-by-name">
            <strong>{n(r.matchedByName)}</strong> {t.uploadReportByName}
          </li>
        )}
      </ul>
      <p className="note" data-testid="report-rows-note">
        {t.uploadRowsNote}
      </p>
      {dataset &&
        levels.map((level) => {
          const c = uploadCoverage(level, dataset.levels[level].areas, result.figures);
          const kept = onMap && meta?.keepEmbedded ? t.uploadReportKept : onMap ? t.uploadReportBlank : null;
          return (
            <div key={level} className="report-level" data-testid={`report-coverage-${level}`}>
              <h4>
                {t[level]}: {t.uploadReportCoverage}
              </h4>
              <p>
                {fill(t.uploadReportCoverageLine, {
                  areas: formatPct(c.featureCoverage * 100, lang),
                  dwellings: c.dwellingCoverage === null ? '–' : formatPct(c.dwellingCoverage * 100, lang),
                })}{' '}
                ({c.withShare} / {c.features})
              </p>
              <p
                className={c.areasWithoutRow.length && !(onMap && meta?.keepEmbedded) ? 'issue-warning' : ''}
                data-testid={`report-areas-without-${level}`}
              >
                <strong>{n(c.areasWithoutRow.length)}</strong> {t.uploadReportAreasWithout}
                {kept ? ` (${kept})` : ''}
                {c.areasWithoutRow.length > 0 && `: ${byGemeente(c.areasWithoutRow)}`}
              </p>
            </div>
          );
        })}
      {r.unmatchedCount > 0 && (
        <>
          <h4>{t.uploadReportUnmatched}</h4>
          <div>
            <table className="area-table unmatched" data-testid="report-unmatched-table">
              <thead>
                <tr>
                  <th scope="col">{t.uploadColRow}</th>
                  <th scope="col">{t.uploadColKey}</th>
                  <th scope="col">{t.uploadColName}</th>
                  <th scope="col">{t.uploadColReason}</th>
                </tr>
              </thead>
              <tbody>
                {r.unmatched.map((u) => (
                  <tr key={u.row}>
                    <td className="num">{u.row}</td>
                    <td className="mono">{u.key}</td>
                    <td>{u.name}</td>
                    <td>
                      {reasonText(u.reason, t)}
                      {u.candidates.length > 0 && `: ${u.candidates.join(', ')}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {r.unmatchedCount > r.unmatched.length && (
            <p className="note">{fill(t.uploadReportMore, { n: n(r.unmatchedCount - r.unmatched.length) })}</p>
          )}
          {meta && (
            <button type="button" onClick={() => void download()} data-testid="report-download-unmatched">
              {t.uploadReportDownload}
            </button>
          )}
        </>
      )}
      {clean ? <p data-testid="report-all-good">{t.uploadReportAllGood}</p> : <IssueList issues={result.issues} />}
    </div>
  );
}
