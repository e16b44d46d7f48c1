/** What went wrong and where (file, row, column); the map stayed as it was. */
import { useT } from '../../i18n';
import { useUploadStore } from '../../state/upload-store';
import { fill, hintFor, mb, whereText } from './text';

export function UploadFailureBox() {
  const t = useT();
  const failure = useUploadStore((s) => s.failure);
  if (!failure) return null;
  const first = failure.issues.find((i) => i.severity === 'error');
  const hint = first ? hintFor(first.code, t) : null;
  const message = failure.tooLarge
    ? fill(t.uploadTooLarge, { file: failure.file ?? '', size: mb(failure.tooLarge.size), limit: mb(failure.tooLarge.limit) })
    : failure.message;
  return (
    <div className="upload-failure" role="alert" data-testid="upload-failure">
      <strong>{t.uploadFailed}</strong>: <span data-testid="upload-failure-message">{message}</span>
      {!failure.tooLarge && (
        <div className="muted" data-testid="upload-failure-where">
          {whereText(failure, t)}
        </div>
      )}
      {hint && <div className="note">{hint}</div>}
      <div className="note">{t.uploadMapIntact}</div>
    </div>
  );
}
