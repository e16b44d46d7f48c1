/** Opens "Over deze kaart"; the focus comes back to the button when the dialog closes. */
import { lazy, Suspense, useRef, useState } from 'react';
import { useT } from '../i18n';
import './explain.css';

/** The dialog is loaded the first time it is opened (a separate chunk): the page JS stays small. */
const AboutDialog = lazy(() => import('./AboutDialog').then((m) => ({ default: m.AboutDialog })));

export function AboutButton({ testId = 'about-open' }: { testId?: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className="about-button" aria-haspopup="dialog" onClick={() => setOpen(true)} data-testid={testId}>
        {t.aboutButton}
      </button>
      {open && (
        <Suspense fallback={null}>
          <AboutDialog
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
