/** The export dialog: pick a size, make the PNG, see what was saved (or why it failed). */
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n';
import { fill } from '../i18n/text';
import { EXPORT_PRESETS, type ExportPresetId } from '../export/presets';
import { runExport } from '../export/run-export';
import type { ExportMeta } from '../export/compose';
import { downloadBlob } from './download';
import { useStore } from '../state/store';
import { problem } from '../domain/problem';
import { problemMessage } from '../i18n/problem-text';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; fileName: string; meta: ExportMeta } | { kind: 'failed' };

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [preset, setPreset] = useState<ExportPresetId>('a4');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const lang = useStore((s) => s.lang);
  const label: Record<ExportPresetId, string> = { a4: t.exportPresetA4, slide: t.exportPresetSlide, slide4k: t.exportPreset4k };

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const run = async () => {
    setStatus({ kind: 'busy' });
    try {
      const out = await runExport(preset);
      downloadBlob(out.blob, out.fileName);
      setStatus({ kind: 'done', fileName: out.fileName, meta: out.meta });
    } catch {
      setStatus({ kind: 'failed' });
    }
  };

  return (
    <dialog ref={ref} className="export-dialog" aria-labelledby={headingId} onClose={onClose} data-testid="export-dialog">
      <h2 id={headingId}>{t.exportHeading}</h2>
      <fieldset className="export-presets">
        <legend>{t.exportPreset}</legend>
        {EXPORT_PRESETS.map((p) => (
          <label key={p.id} className="check">
            <input
              type="radio"
              name="export-preset"
              value={p.id}
              checked={preset === p.id}
              onChange={() => setPreset(p.id)}
              data-testid={`export-preset-${p.id}`}
            />
            {label[p.id]}
          </label>
        ))}
      </fieldset>
      <div className="dialog-buttons">
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          onClick={() => void run()}
          disabled={status.kind === 'busy'}
          data-testid="export-run"
        >
          {t.exportRun}
        </button>
        <button type="button" onClick={() => ref.current?.close()}>
          {t.close}
        </button>
      </div>
      <p
        role="status"
        className="export-status"
        data-testid="export-status"
        data-meta={status.kind === 'done' ? JSON.stringify(status.meta) : undefined}
      >
        {status.kind === 'busy' && t.exportBusy}
        {status.kind === 'done' && fill(t.exportDone, { file: status.fileName, w: status.meta.width, h: status.meta.height })}
      </p>
      {status.kind === 'failed' && (
        <p role="alert" className="issue-error" data-testid="export-error">
          {problemMessage(problem('error', 'views.export-failed'), lang)}
        </p>
      )}
      <p className="note">{t.exportPrintHint}</p>
    </dialog>
  );
}
