import { useEffect, useRef, useState } from 'react';
import { useStore } from '../state/store';
import { useT } from '../i18n';
import { CouncilActions } from './CouncilActions';
import { AboutButton } from './AboutButton';

interface Props {
  /** Whether the settings bar (search, scope, level, indicator, band) is shown on a phone. */
  settingsOpen: boolean;
  onSettings: () => void;
}

const BUTTON = 'utrecht-button utrecht-button--secondary-action';

/** Title, council actions, basemap switch and language switch; on a phone these fold into a menu. */
export function TopBar({ settingsOpen, onSettings }: Props) {
  const t = useT();
  const lang = useStore((s) => s.langWanted);
  const setLang = useStore((s) => s.setLang);
  const basemap = useStore((s) => s.basemap);
  const basemapFailed = useStore((s) => s.basemapFailed);
  const setBasemap = useStore((s) => s.setBasemap);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  // Escape closes the open menu and gives focus back to its button.
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);
  return (
    <header className={menuOpen ? 'topbar utrecht-page-header menu-open' : 'topbar utrecht-page-header'}>
      <div className="brand">
        <h1 className="utrecht-heading-1">{t.appTitle}</h1>
        <p>{t.appSubtitle}</p>
      </div>
      <div className="topbar-toggles">
        <button
          type="button"
          className={`${BUTTON} settings-toggle`}
          aria-expanded={settingsOpen}
          aria-controls="controls"
          onClick={onSettings}
          data-testid="settings-toggle"
        >
          {t.layoutSettings}
        </button>
        <button
          ref={menuButton}
          type="button"
          className={`${BUTTON} menu-toggle`}
          aria-expanded={menuOpen}
          aria-controls="topbar-menu"
          onClick={() => setMenuOpen((o) => !o)}
          data-testid="menu-toggle"
        >
          {t.layoutMenu}
        </button>
      </div>
      <div className="topbar-right" id="topbar-menu">
        <AboutButton />
        <CouncilActions />
        <label className="check">
          <input
            type="checkbox"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            checked={basemap === 'pdok'}
            onChange={(e) => setBasemap(e.target.checked ? 'pdok' : 'offline')}
            data-testid="basemap-toggle"
          />
          {t.basemap}
        </label>
        {basemapFailed && (
          <span className="quiet-notice" role="status" data-testid="basemap-failed">
            {t.basemapFailed}
          </span>
        )}
        <fieldset className="segmented lang">
          <legend className="sr-only">{t.language}</legend>
          {(['nl', 'en'] as const).map((l) => (
            <label key={l} className={lang === l ? 'active' : ''}>
              <input type="radio" name="lang" value={l} checked={lang === l} onChange={() => setLang(l)} data-testid={`lang-${l}`} />
              <span lang={l}>{l.toUpperCase()}</span>
            </label>
          ))}
        </fieldset>
      </div>
    </header>
  );
}
