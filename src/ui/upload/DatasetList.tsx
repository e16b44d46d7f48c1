/**
 * The uploads kept in this browser: how each is used, its report, removal, and one click back to the
 * embedded data. Records that cannot be read are listed as such, with a remove button; what the last
 * change did besides (a figures file switched off for another) is said above the list.
 */
import { useT } from '../../i18n';
import { useStore } from '../../state/store';
import { removeUnreadable, removeUpload, restoreEmbedded, setUse } from '../../state/upload-apply';
import { problemMessage } from '../../i18n/problem-text';
import type { UploadUse } from '../../data/upload/idb';
import { fileSize, fill } from './text';

export function DatasetList() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const entries = useStore((s) => s.uploads);
  const busy = useStore((s) => s.busy !== null);
  const storageFailed = useStore((s) => s.uploadStorageFailed);
  const unreadable = useStore((s) => s.unreadableUploads);
  const notes = useStore((s) => s.uploadNotes);
  const anyActive = entries.some((e) => e.meta.use !== 'off');
  return (
    <section className="dataset-list" data-testid="upload-list" aria-labelledby="upload-list-title">
      <h3 id="upload-list-title">{t.uploadListTitle}</h3>
      {storageFailed ? (
        <p className="issue-warning" role="status">
          {t.uploadStorageFailed}
        </p>
      ) : (
        <p className="note">{t.uploadStoredNote}</p>
      )}
      {notes.length > 0 && (
        <div className="upload-notes" role="status" data-testid="upload-notes">
          {notes.map((n, i) => (
            <p key={i} data-code={n.code}>
              {problemMessage(n, lang)}
            </p>
          ))}
        </div>
      )}
      {entries.length === 0 && unreadable.length === 0 && <p className="muted">{t.uploadListEmpty}</p>}
      <ul>
        {entries.map(({ meta }) => {
          const uses: UploadUse[] = meta.kind === 'csv' ? ['map', 'indicator', 'off'] : ['map', 'off'];
          const added = new Date(meta.addedAt);
          return (
            <li key={meta.id} data-testid="upload-entry" data-use={meta.use} data-file={meta.fileName}>
              <div>
                <strong className="mono">{meta.fileName}</strong>{' '}
                <span className="muted">
                  {fileSize(meta.size)} · {added.toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB')}{' '}
                  {added.toLocaleTimeString(lang === 'nl' ? 'nl-NL' : 'en-GB', { hour: '2-digit', minute: '2-digit' })}
                </span>
                {meta.kind === 'csv' && meta.use === 'indicator' && <span className="muted"> · {meta.label}</span>}
              </div>
              <div className="entry-actions">
                <select
                  value={meta.use}
                  disabled={busy}
                  aria-label={fill(t.uploadUseOf, { file: meta.fileName })}
                  data-testid="entry-use"
                  onChange={(e) => void setUse(meta.id, e.target.value as UploadUse)}
                >
                  {uses.map((u) => (
                    <option key={u} value={u}>
                      {meta.kind === 'geojson' && u === 'map' ? t.uploadUseGeo_map : t[`uploadUse_${u}`]}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => useStore.setState({ reportId: meta.id, uploadFailure: null })}
                  data-testid="entry-report"
                >
                  {t.uploadShowReport}
                </button>
                <button type="button" disabled={busy} onClick={() => void removeUpload(meta.id)} data-testid="entry-remove">
                  {t.uploadRemove}
                </button>
              </div>
            </li>
          );
        })}
        {unreadable.map((u, i) => (
          <li key={`unreadable-${i}`} className="unreadable-entry" data-testid="upload-unreadable">
            <div>
              <strong className="mono">{u.fileName ?? t.uploadUnreadableName}</strong> {t.uploadUnreadable}
            </div>
            <div className="entry-actions">
              <button
                type="button"
                disabled={busy}
                onClick={() => void removeUnreadable(u.key)}
                aria-label={`${t.uploadRemoveUnreadable}: ${u.fileName ?? t.uploadUnreadableName}`}
                data-testid="unreadable-remove"
              >
                {t.uploadRemoveUnreadable}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="restore"
        disabled={busy || !anyActive}
        onClick={() => void restoreEmbedded()}
        data-testid="upload-restore"
      >
        {t.uploadRestore}
      </button>
    </section>
  );
}
