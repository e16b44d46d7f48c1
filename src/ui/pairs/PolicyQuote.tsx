/**
 * A policy passage, named as a document with its section and the words themselves. `inline` shows the quote next to
 * a flag; otherwise it sits behind a disclosure, for traceability without clutter.
 */
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { sourcePlace } from '../../i18n/documents';
import type { PolicySource } from '../../domain/policy-source';

export function PolicyQuote({ source, inline = false }: { source: PolicySource; inline?: boolean }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const words = (
    <q lang="nl" title={t.sourceDutch}>
      {source.quote}
    </q>
  );
  if (inline)
    return (
      <span className="policy-quote small" data-testid="policy-quote">
        {sourcePlace(source, lang)}: {words}
      </span>
    );
  return (
    <details className="policy-quote small">
      <summary>
        {t.sourceQuote}: {sourcePlace(source, lang)}
      </summary>
      <p>{words}</p>
    </details>
  );
}

/** Several passages behind one disclosure. */
export function PolicyQuotes({ sources, summary }: { sources: readonly PolicySource[]; summary: string }) {
  const lang = useStore((s) => s.lang);
  return (
    <details className="policy-quote small">
      <summary>{summary}</summary>
      <ul>
        {sources.map((s) => (
          <li key={s.quote}>
            {sourcePlace(s, lang)}: <q lang="nl">{s.quote}</q>
          </li>
        ))}
      </ul>
    </details>
  );
}
