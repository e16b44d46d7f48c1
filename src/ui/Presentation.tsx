/**
 * Header and footer of presentation mode and print: title, subtitle, date, data sources and basemap
 * attribution (hidden on the normal screen). While presenting: the titles are editable, arrow keys and
 * Page Up/Down step through the saved views, Escape (or leaving full screen) ends the presentation.
 */
import { useEffect, useRef } from 'react';
import { useT } from '../i18n';
import { fill } from '../i18n/text';
import { useStore } from '../state/store';
import { stepSlide, stopPresentation } from '../state/council-actions';
import { PRESENT_BUTTON_ID } from './CouncilActions';
import { useTitles } from './use-titles';
import { AboutButton } from './AboutButton';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** Leave presentation mode and full screen, and give the focus back to the Present button. */
function leave(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  stopPresentation();
  window.setTimeout(() => document.getElementById(PRESENT_BUTTON_ID)?.focus(), 0);
}

function usePresentationKeys(presenting: boolean): void {
  const wasFullscreen = useRef(false);
  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      // An open dialog ("Over deze kaart") has the keys: Escape closes it, not the presentation.
      if (document.querySelector('dialog[open]')) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        leave();
        return;
      }
      const el = e.target instanceof HTMLElement ? e.target : null;
      if (el?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const delta = NEXT.has(e.key) ? 1 : PREV.has(e.key) ? -1 : 0;
      if (delta === 0) return;
      e.preventDefault();
      e.stopPropagation();
      stepSlide(delta);
    };
    const onFullscreen = () => {
      if (document.fullscreenElement) wasFullscreen.current = true;
      else if (wasFullscreen.current) leave();
    };
    wasFullscreen.current = Boolean(document.fullscreenElement);
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [presenting]);
}

export function PresentationHeader() {
  const t = useT();
  const presenting = useStore((s) => s.presenting);
  const title = useStore((s) => s.title);
  const subtitle = useStore((s) => s.subtitle);
  const { shown, auto } = useTitles();
  usePresentationKeys(presenting);
  return (
    <header className="council-header" data-testid="council-header">
      <div className="council-titles">
        {presenting ? (
          <>
            <input
              className="council-title"
              aria-label={t.councilTitle}
              value={title}
              placeholder={auto.title}
              onChange={(e) => useStore.getState().setTitle(e.target.value)}
              data-testid="presentation-title"
            />
            <input
              className="council-subtitle"
              aria-label={t.councilSubtitle}
              value={subtitle}
              placeholder={auto.subtitle}
              onChange={(e) => useStore.getState().setSubtitle(e.target.value)}
              data-testid="presentation-subtitle"
            />
          </>
        ) : (
          <>
            <p className="council-title" data-testid="print-title">
              {shown.title}
            </p>
            <p className="council-subtitle">{shown.subtitle}</p>
          </>
        )}
      </div>
      <p className="council-date">
        <span className="sr-only">{t.councilDate}: </span>
        {shown.date}
      </p>
      {presenting && <AboutButton testId="about-open-presentation" />}
    </header>
  );
}

export function PresentationFooter() {
  const t = useT();
  const presenting = useStore((s) => s.presenting);
  const views = useStore((s) => s.savedViews);
  const slide = useStore((s) => s.slide);
  const { shown } = useTitles();
  const nav = useRef<HTMLElement>(null);
  const current = slide === null ? null : views[slide];
  // Entering the presentation hides the button that started it: move the focus into the presentation.
  useEffect(() => {
    if (presenting) nav.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [presenting]);
  return (
    <footer className="council-footer" data-testid="council-footer">
      <div className="council-sources">
        {shown.sources.map((s) => (
          <p key={s}>{s}</p>
        ))}
      </div>
      {presenting && (
        <nav ref={nav} className="council-nav" aria-label={t.councilPresentHint}>
          <button
            type="button"
            onClick={() => stepSlide(-1)}
            disabled={views.length === 0 || slide === 0}
            aria-label={t.councilPrev}
            data-testid="slide-prev"
          >
            ◀
          </button>
          <span className="council-slide" data-testid="slide-position" aria-live="polite">
            {current ? `${fill(t.councilSlideOf, { n: (slide ?? 0) + 1, total: views.length })}: ${current.title}` : t.councilCurrentView}
          </span>
          <button
            type="button"
            onClick={() => stepSlide(1)}
            disabled={views.length === 0 || slide === views.length - 1}
            aria-label={t.councilNext}
            data-testid="slide-next"
          >
            ▶
          </button>
          <button type="button" onClick={leave} data-testid="presentation-exit">
            {t.councilExit}
          </button>
        </nav>
      )}
    </footer>
  );
}
