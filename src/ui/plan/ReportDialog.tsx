/**
 * The A4 report of the 0-meting (issue 12): pick one gemeente or all 7, see the pages, print them or save them as
 * PDF with the browser's print dialogue. A modal dialog like the export dialog (labelled, Escape closes, focus
 * goes back to the button that opened it); rendered on <body>, so that in print only the report is shown
 * (report.css hides the app), one gemeente per A4 portrait page.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from '../../state/store';
import { selectReportPages } from '../../state/report-model';
import { PARKSTAD_SCOPE } from '../../config/policy';
import { useT } from '../../i18n';
import { formatDate } from '../../i18n/text';
import { ReportPage } from './ReportPage';
import './report.css';

const ALL = 'all';
/**
 * While the report is open, printed pages are A4 portrait with 15 mm margins (the map view prints landscape). An
 * unnamed @page rule, placed after the app's stylesheets, wins; a named page would not reach the dialog, which
 * the browser lays out outside the normal flow.
 */
const PAGE_RULE = '@page { size: A4 portrait; margin: 15mm; }';

export function ReportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const scope = useStore((s) => s.scope);
  const pages = useStore(selectReportPages);
  const ref = useRef<HTMLDialogElement>(null);
  const uid = useId().replace(/[^a-zA-Z0-9]/g, '');
  const headingId = `${uid}-heading`;
  const [pick, setPick] = useState(scope === PARKSTAD_SCOPE ? ALL : scope);
  const [printed, setPrinted] = useState(() => new Date());

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  useEffect(() => {
    const now = () => setPrinted(new Date());
    window.addEventListener('beforeprint', now);
    return () => window.removeEventListener('beforeprint', now);
  }, []);

  const shown = (pages ?? []).filter((p) => pick === ALL || p.code === pick);
  return createPortal(
    <dialog ref={ref} className="a4-dialog" aria-labelledby={headingId} onClose={onClose} data-testid="report-dialog">
      <style>{PAGE_RULE}</style>
      <div className="a4-toolbar">
        <h2 id={headingId}>{t.baselineReport}</h2>
        <p className="note">{t.a4Intro}</p>
        <label>
          {t.a4Choose}{' '}
          <select value={pick} onChange={(e) => setPick(e.target.value)} data-testid="report-gemeente">
            {(pages ?? []).map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
            <option value={ALL}>{t.a4All}</option>
          </select>
        </label>
        <div className="dialog-buttons">
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => window.print()}
            data-testid="report-print"
          >
            {t.a4Print}
          </button>
          <button type="button" onClick={() => ref.current?.close()} data-testid="report-close">
            {t.close}
          </button>
        </div>
        <p className="note">{t.a4PrintHint}</p>
      </div>
      <section className="a4-pages" aria-label={t.a4Preview} data-testid="report-pages">
        {shown.map((p, i) => (
          <ReportPage
            key={p.code}
            page={p}
            n={i + 1}
            total={shown.length}
            prefix={`${uid}-${p.code}`}
            printed={formatDate(printed, lang)}
            t={t}
            lang={lang}
          />
        ))}
      </section>
    </dialog>,
    document.body,
  );
}
