import { useStore } from '../state/store';
import { useT } from '../i18n';
import { CouncilActions } from './CouncilActions';
import { AboutButton } from './AboutButton';

/** Title, basemap switch and language switch. */
export function TopBar() {
  const t = useT();
  const lang = useStore((s) => s.langWanted);
  const setLang = useStore((s) => s.setLang);
  const basemap = useStore((s) => s.basemap);
  const basemapFailed = useStore((s) => s.basemapFailed);
  const setBasemap = useStore((s) => s.setBasemap);
  return (
    <header className="topbar">
      <div className="brand">
        <h1>{t.appTitle}</h1>
        <p>{t.appSubtitle}</p>
      </div>
      <div className="topbar-right">
        <AboutButton />
        <CouncilActions />
        <label className="check">
          <input
            type="checkbox"
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
