/** Top-bar actions of council mode: present (full screen), export as image, copy the link to this view. */
import { useState } from 'react';
import { useT } from '../i18n';
import { useStore } from '../state/store';
import { startPresentation } from '../state/council-actions';
import { ExportDialog } from './ExportDialog';

export const PRESENT_BUTTON_ID = 'council-present';

/** Ask for full screen (needs the click's user gesture) and enter presentation mode either way. */
export function present(from = 0): void {
  const el = document.documentElement;
  if (!document.fullscreenElement && el.requestFullscreen) {
    el.requestFullscreen().catch(() => useStore.getState().reportProblem('views.fullscreen'));
  }
  startPresentation(from);
}

const BUTTON = 'utrecht-button utrecht-button--secondary-action';

export function CouncilActions() {
  const t = useT();
  const [exporting, setExporting] = useState(false);
  const [copied, setCopied] = useState(false);
  const copy = () => {
    setCopied(false);
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) {
      useStore.getState().reportProblem('views.clipboard');
      return;
    }
    clipboard
      .writeText(window.location.href)
      .then(() => setCopied(true))
      .catch(() => useStore.getState().reportProblem('views.clipboard'));
  };
  return (
    <div className="council-actions" role="group" aria-label={t.councilActions}>
      <button
        type="button"
        className={BUTTON}
        id={PRESENT_BUTTON_ID}
        onClick={() => present()}
        title={t.councilPresentHint}
        data-testid="present"
      >
        {t.councilPresent}
      </button>
      <button type="button" className={BUTTON} onClick={() => setExporting(true)} data-testid="export-open">
        {t.exportOpen}
      </button>
      <button type="button" className={BUTTON} onClick={copy} data-testid="copy-link">
        {t.councilCopyLink}
      </button>
      <span className="quiet-notice" role="status" data-testid="copy-status">
        {copied ? t.councilLinkCopied : ''}
      </span>
      {exporting && <ExportDialog onClose={() => setExporting(false)} />}
    </div>
  );
}
