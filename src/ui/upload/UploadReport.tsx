/** The join report panel: of the chosen upload, or of a failed attempt (then its problems, with where and what to do). */
import { useT } from '../../i18n';
import { useStore, isBoundaries, isFigures } from '../../state/store';
import { FigureReportView } from './FigureReportView';
import { BoundaryReportView } from './BoundaryReportView';
import { IssueList } from './IssueList';

export function UploadReport() {
  const t = useT();
  const entries = useStore((s) => s.uploads);
  const reportId = useStore((s) => s.reportId);
  const failure = useStore((s) => s.uploadFailure);
  const entry = entries.find((e) => e.meta.id === reportId);
  if (failure && failure.issues.length > 0) {
    return (
      <section className="upload-report failed" data-testid="upload-report" aria-labelledby="upload-report-title">
        <h3 id="upload-report-title">
          {t.uploadReportFailedTitle}: <span className="mono">{failure.file}</span>
        </h3>
        <IssueList issues={failure.issues} />
      </section>
    );
  }
  if (!entry?.result) return null;
  return (
    <section className="upload-report" data-testid="upload-report" aria-labelledby="upload-report-title">
      <h3 id="upload-report-title">
        {t.uploadReportTitle}: <span className="mono">{entry.meta.fileName}</span>
      </h3>
      {isFigures(entry.result) && <FigureReportView result={entry.result} meta={entry.meta.kind === 'csv' ? entry.meta : null} />}
      {isBoundaries(entry.result) && <BoundaryReportView result={entry.result} onMap={entry.meta.use === 'map'} />}
    </section>
  );
}
