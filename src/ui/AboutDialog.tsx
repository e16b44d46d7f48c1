/**
 * "Over deze kaart": where the band comes from (Heerlen's, in the words of its document; derived elsewhere), what the
 * figures mean (corporatiebezit is ownership, overige verhuurders, Leefbaarometer lbm and afw), the data year, and
 * the sources with their licences. A modal dialog: labelled by its heading, Escape closes it.
 */
import { useEffect, useId, useRef } from 'react';
import { useStore } from '../state/store';
import { selectView } from '../state/view-model';
import { useT } from '../i18n';
import { fill } from '../i18n/text';
import { formatEdge } from '../i18n/format';
import { sourcePlace } from '../i18n/documents';
import { HEERLEN_BAND, NO_BAND_ELSEWHERE } from '../config/band-policy';
import { CITATION } from '../config/sources';
import { PolicyQuote } from './pairs/PolicyQuote';
import './explain.css';

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const year = useStore((s) => selectView(s)?.dataYear ?? 2024);
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    // The reader starts at the top: the heading takes the focus, not the close button at the bottom.
    heading.current?.focus();
  }, []);
  const b = HEERLEN_BAND;
  const terms: [string, string][] = [
    [t.termCorporation, t.aboutCorporation],
    [t.termOther, t.aboutOther],
    [t.termLbm, t.aboutLbm],
    [t.termAfw, t.aboutAfw],
  ];
  return (
    <dialog ref={ref} className="export-dialog about-dialog" aria-labelledby={headingId} onClose={onClose} data-testid="about-dialog">
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t.aboutButton}
      </h2>
      <p>{t.aboutIntro}</p>
      <h3>{t.aboutBandHead}</h3>
      <p>
        {fill(t.aboutBandText, {
          lower: formatEdge(b.lower, lang),
          upper: formatEdge(b.upper, lang),
          centre: formatEdge(b.centre, lang),
          half: b.halfWidth,
        })}
      </p>
      <figure data-testid="about-band-quote">
        <blockquote lang="nl" title={t.sourceDutch}>
          {b.sources.map((s) => (
            <p key={s.quote}>“{s.quote}”</p>
          ))}
        </blockquote>
        <figcaption>{[...new Set(b.sources.map((s) => sourcePlace(s, lang)))].join('; ')}</figcaption>
      </figure>
      <h3>{t.aboutElsewhereHead}</h3>
      <p>{t.aboutElsewhereText}</p>
      <PolicyQuote source={NO_BAND_ELSEWHERE} inline />
      <h3>{t.aboutTermsHead}</h3>
      <dl>
        {terms.map(([term, text]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      <h3>{t.aboutYearHead}</h3>
      <p data-testid="about-year">{fill(t.aboutYearText, { year })}</p>
      <h3>{t.aboutSourcesHead}</h3>
      <ul data-testid="about-sources">
        {Object.values(CITATION).map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <p className="note">{t.aboutSoftware}</p>
      <div className="dialog-buttons">
        <button type="button" onClick={() => ref.current?.close()} data-testid="about-close">
          {t.close}
        </button>
      </div>
    </dialog>
  );
}
