/** Progress of the current step, as a progress bar with a text label (indeterminate when unknown). */
import { useT } from '../../i18n';
import { useStore } from '../../state/store';

export function UploadProgress() {
  const t = useT();
  const busy = useStore((s) => s.busy);
  if (!busy) return null;
  const label = t[`uploadBusy_${busy.step}`];
  const pct = busy.fraction === null ? null : Math.round(busy.fraction * 100);
  return (
    <div className="upload-progress" role="status" data-testid="upload-progress">
      <label>
        <span>
          {label}
          {busy.file ? ` ${busy.file}` : ''}
          {pct !== null ? ` ${pct} %` : ''}
        </span>
        {pct === null ? <progress /> : <progress max={100} value={pct} data-testid="upload-progress-bar" />}
      </label>
    </div>
  );
}
