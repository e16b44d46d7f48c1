/**
 * Shown above the side panel tabs, whatever tab is open, as long as something is off with the
 * uploads in use (rows without an area, problems) or the last upload failed. It cannot be dismissed:
 * it goes away when the problem does. Also installs the page-wide file drop and holds the dialog that
 * asks about an upload before it is drawn.
 */
import { useT } from '../../i18n';
import { problemMessage } from '../../i18n/problem-text';
import { useStore, isFigures } from '../../state/store';
import { useView } from '../../state/selectors';
import { uploadCoverage } from '../../domain/upload/compose';
import { useWindowDrop } from './use-window-drop';
import { UploadAskDialog } from './UploadAskDialog';
import { fill } from './text';

export function UploadAlert() {
  useWindowDrop();
  return (
    <>
      <UploadAskDialog />
      <AlertBox />
    </>
  );
}

function AlertBox() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const entries = useStore((s) => s.uploads);
  const failure = useStore((s) => s.uploadFailure);
  const restoring = useStore((s) => s.busy?.step === 'restore');
  const setPanel = useStore((s) => s.setPanel);
  const dataset = useView()?.today ?? null;
  const open = (id: string | null) => {
    if (id) useStore.setState({ reportId: id });
    setPanel('upload');
  };
  /** Areas shown without data because the figures on the map have no row for them (when embedded figures are not kept). */
  const blanked = (e: (typeof entries)[number]) => {
    if (!dataset || e.meta.kind !== 'csv' || e.meta.use !== 'map' || e.meta.keepEmbedded || !isFigures(e.result)) return 0;
    const figures = e.result.figures;
    return (['wijk', 'buurt'] as const).reduce((n, l) => n + uploadCoverage(l, dataset.levels[l].areas, figures).areasWithoutRow.length, 0);
  };
  const troubled = entries.filter((e) => {
    if (e.meta.use === 'off' || !e.result) return false;
    const problems = e.result.issues.filter((i) => i.severity !== 'info').length;
    return problems > 0 || (isFigures(e.result) && e.result.report.unmatchedCount > 0) || blanked(e) > 0;
  });
  if (restoring)
    return (
      <div className="upload-alert quiet" role="status" data-testid="upload-restoring">
        {t.uploadBusy_restore}
      </div>
    );
  if (!failure && troubled.length === 0) return null;
  const firstError = failure ? (failure.issues.find((i) => i.severity === 'error') ?? failure.issues[0]) : undefined;
  return (
    <div className="upload-alert" role="status" data-testid="upload-alert">
      <strong>{failure ? t.uploadAlertFailed : t.uploadAlertTitle}</strong>
      {failure && (
        <div>
          {failure.file ? `${failure.file}: ` : ''}
          {firstError ? problemMessage(firstError, lang) : t.uploadFailed}
        </div>
      )}
      {troubled.map((e) => {
        const r = e.result;
        const rows = isFigures(r) ? r.report.unmatchedCount : 0;
        const issues = r ? r.issues.filter((i) => i.severity !== 'info').length : 0;
        const blank = blanked(e);
        return (
          <div key={e.meta.id}>
            {fill(t.uploadAlertSummary, { file: e.meta.fileName, rows, issues })}
            {blank > 0 && ` ${fill(t.uploadAlertBlanked, { n: blank })}`}
          </div>
        );
      })}
      <button type="button" onClick={() => open(failure ? null : (troubled[0]?.meta.id ?? null))} data-testid="upload-alert-open">
        {t.uploadAlertOpen}
      </button>
    </div>
  );
}
