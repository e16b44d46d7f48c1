/**
 * A "Bron" value: the documents cited, named as documents; the line as the data records it (research files, rows,
 * reference keys; policy documents by title) stays behind a disclosure, for traceability.
 */
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { nameSeeds, sourceDocuments } from '../../i18n/documents';
import '../explain.css';

export function SourceText({ source, note = '' }: { source: string; note?: string }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  return (
    <>
      {source && (sourceDocuments(source, lang).join('; ') || '–')}
      <details className="trace small">
        <summary>{t.trace}</summary>
        <p>{nameSeeds(source, lang)}</p>
        {note && <p>{nameSeeds(note, lang)}</p>}
      </details>
    </>
  );
}
