/** Opens "Over deze kaart"; the focus comes back to the button when the dialog closes. */
import { useRef, useState } from 'react';
import { useT } from '../i18n';
import { AboutDialog } from './AboutDialog';
import './explain.css';

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
        <AboutDialog
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
