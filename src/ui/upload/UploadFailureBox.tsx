/** What went wrong and where (file, row, column); the map stayed as it was. */
import { useT } from '../../i18n';
import { useStore } from '../../state/store';
import { problemMessage, problemWhere } from '../../i18n/problem-text';
import { hintFor } from './text';

export function UploadFailureBox() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const failure = useStore((s) => s.uploadFailure);
  if (!failure) return null;
  const first = failure.issues.find((i) => i.severity === 'error') ?? failure.issues[0];
  const hint = first ? hintFor(first.code, t) : null;
  const where = first ? problemWhere(first, lang) : '';
  return (
    <div className="upload-failure" role="alert" data-testid="upload-failure">
      <strong>{t.uploadFailed}</strong>: <span data-testid="upload-failure-message">{first ? problemMessage(first, lang) : ''}</span>
      {(failure.file || where) && (
        <div className="muted" data-testid="upload-failure-where">
          {[failure.file, where].filter(Boolean).join(' · ')}
        </div>
      )}
      {hint && <div className="note">{hint}</div>}
      <div className="note">{t.uploadMapIntact}</div>
    </div>
  );
}
