/**
 * One A4 page of the 0-meting report: title, the band in force with where it comes from (adopted policy only for
 * Heerlen; elsewhere derived or chosen, and said so), the map with its legend, the table, the sources, what the
 * 0-meting was made from and the date it was printed.
 */
import type { ReportPage as Page } from '../../state/report-model';
import type { Dict } from '../../i18n/nl';
import { fill } from '../../i18n/text';
import { formatEdge } from '../../i18n/format';
import { ATTRIBUTION } from '../../config/sources';
import type { Lang } from '../../domain/numbers';
import { ClassPatterns, ClassSwatch } from './ReportPatterns';
import { ReportMap } from './ReportMap';
import { ReportTable } from './ReportTable';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function bandLine(page: Page, t: Dict, lang: Lang): { head: string; label: string } {
  const b = page.band;
  if (!b) return { head: capital(t.bandNone), label: '' };
  const band = `${formatEdge(b.lower, lang).replace(/\u00a0%$/, '')}–${formatEdge(b.upper, lang)}`;
  const source = b.kind === 'adopted' || b.kind === 'heerlen' ? ` (${t.bandSourceHeerlen})` : '';
  return { head: capital(fill(t[`a4Band_${b.kind}`], { band })), label: `${t[b.label]}${source}` };
}

interface Props {
  page: Page;
  n: number;
  total: number;
  prefix: string;
  printed: string;
  t: Dict;
  lang: Lang;
}

export function ReportPage({ page, n, total, prefix, printed, t, lang }: Props) {
  const band = bandLine(page, t, lang);
  const titleId = `${prefix}-title`;
  return (
    <article className="a4-page" aria-labelledby={titleId} data-testid="report-page" data-code={page.code}>
      <ClassPatterns prefix={prefix} />
      <header className="a4-header">
        <h3 id={titleId} data-testid="report-title">
          {fill(t.a4Title, { gemeente: page.name })}
        </h3>
        <p className="a4-subtitle">{t.a4Subtitle}</p>
        <p className="a4-band" data-testid="report-band" data-kind={page.band?.kind ?? ''}>
          <strong>{band.head}</strong>
          {band.label && ` — ${band.label}`}
        </p>
      </header>
      <div className="a4-figure">
        {page.map ? (
          <ReportMap map={page.map} prefix={prefix} label={fill(t.a4Map, { gemeente: page.name })} lang={lang} />
        ) : (
          <p className="note">{t.a4NoMap}</p>
        )}
        <div className="a4-legend" data-testid="report-legend">
          <h4>{t.a4Legend}</h4>
          <ul>
            {page.counts.map((c) => (
              <li key={c.cls} data-testid={`report-count-${c.cls}`} data-count={c.count}>
                <ClassSwatch prefix={prefix} cls={c.cls} />
                <span>{t[c.cls]}</span>
                <strong>{c.count}</strong>
              </li>
            ))}
          </ul>
          <p>{t.a4MapNumbers}</p>
          <p>{t.a4Patterns}</p>
        </div>
      </div>
      <p className="a4-attribution">{ATTRIBUTION.boundaries}</p>
      <ReportTable page={page} prefix={prefix} t={t} lang={lang} />
      <p className="a4-note">{t.roundingNote}</p>
      {page.buurtFigures === 0 && (
        <p className="a4-note" data-testid="report-no-buurten">
          {fill(t.a4NoBuurten, { gemeente: page.name })}
        </p>
      )}
      <section className="a4-sources" aria-label={t.a4Sources}>
        <h4>{t.a4Sources}</h4>
        <ul data-testid="report-sources">
          <li>{ATTRIBUTION.kwb}</li>
          <li>{ATTRIBUTION.trend}</li>
          <li>{ATTRIBUTION.boundaries}</li>
          <li>{fill(t.a4RowSources, { sources: page.sources.join('; ') })}</li>
        </ul>
        <p data-testid="report-made-from">{fill(t.baselineMadeFrom, { sources: t.baselineSources })}</p>
      </section>
      <footer className="a4-footer">
        <span>Wijkbalans</span>
        <span data-testid="report-printed">{fill(t.a4Printed, { date: printed })}</span>
        <span>{fill(t.a4Page, { n, total })}</span>
      </footer>
    </article>
  );
}
