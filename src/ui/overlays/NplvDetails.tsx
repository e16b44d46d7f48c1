/** NPLV Heerlen-Noord: the seed 004 facts, one area's details with the passages cited for it; popup and side panel. */
import { useT } from '../../i18n';
import { useStore } from '../../state/store';
import type { NplvArea, NplvData } from '../../domain/overlays/types';
import { nameDocuments } from '../../i18n/documents';
import { PolicyQuote } from '../pairs/PolicyQuote';
import { SourceText } from './SourceText';

export function NplvFacts({ data }: { data: NplvData }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  return (
    <div data-testid="nplv-facts">
      <h4>{t.ovFacts}</h4>
      <ul className="small">
        {data.facts.map((f) => (
          <li key={f.key}>
            “{f.quote}” <span className="muted">({nameDocuments(f.source, lang)})</span>
          </li>
        ))}
      </ul>
      <h4>{t.ovProjectKinds}</h4>
      <ul className="small">
        {data.projectKinds.map((k) => (
          <li key={k.name}>{k.name}</li>
        ))}
      </ul>
    </div>
  );
}

/** The policy passages cited for an area, each as document, section and the words. */
export function CitedPassages({ area, inline = true }: { area: NplvArea; inline?: boolean }) {
  const t = useT();
  if (area.sources.length === 0) return null;
  return (
    <div className="small" data-testid="nplv-cited">
      <strong>{t.ovCited}:</strong>
      <ul>
        {area.sources.map((s) => (
          <li key={s.quote}>
            <PolicyQuote source={s} inline={inline} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function NplvDetails({ area, facts }: { area: NplvArea; facts: NplvData }) {
  const t = useT();
  return (
    <section className="ov-details" data-testid="nplv-details">
      <h3>
        {area.role === 'focus' ? `${t.ovFocus}: ` : ''}
        {area.name} <span className="muted">{area.code}</span>
      </h3>
      <p>
        <strong>{t.ovBasis}:</strong>{' '}
        {area.role === 'focus' && area.basis === 'confirmed'
          ? t.ovFocus
          : area.basis === 'confirmed'
            ? t.ovNplvConfirmed
            : t.ovNplvInferred}
      </p>
      <CitedPassages area={area} />
      <p className="small">
        <strong>{t.ovSource}:</strong> <SourceText source={area.source} note={area.note} />
      </p>
      <NplvFacts data={facts} />
    </section>
  );
}
