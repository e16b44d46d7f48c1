/** Fact lists for one colony, project or NPLV area; shared by the popup and the side panel. */
import { useT } from '../../i18n';
import { useStore } from '../../state/store';
import { STATUS_STYLE, KIND_STYLE } from '../../config/overlays';
import { FUNDINGS, type Colony, type NplvArea, type NplvData, type Project } from '../../domain/overlays/types';
import type { Dict } from '../../i18n/nl';
import { StatusSymbol, KindSymbol } from './symbols';

export const precisionText = (t: Dict, p: string) => t[`ovPrecision_${p}` as keyof Dict] ?? p;

export function ColonyDetails({ colony: c }: { colony: Colony }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  return (
    <section className="ov-details" data-testid="colony-details">
      <h3>
        <StatusSymbol status={c.status} /> {c.name}
      </h3>
      <dl className="facts">
        <dt>{t.ovYears}</dt>
        <dd>{c.years || '–'}</dd>
        <dt>{t.ovArchitect}</dt>
        <dd>{c.architect || '–'}</dd>
        <dt>{t.ovStatus}</dt>
        <dd>
          {c.status}. {c.statusText}{' '}
          <span className="muted">
            ({t.ovStatusAsPrinted}; {STATUS_STYLE[c.status][lang]})
          </span>
        </dd>
        <dt>{t.ovPrecision}</dt>
        <dd data-testid="colony-precision">
          {precisionText(t, c.precision)}
          {c.cbsCode ? ` (${c.cbsCode})` : ''}
        </dd>
        <dt>{t.ovSource}</dt>
        <dd className="small">{c.source}</dd>
      </dl>
      {c.statusMismatch && <p className="note">{t.ovStatusMismatch}</p>}
      {c.polygonWider && <p className="note">{t.ovWider}</p>}
      {c.precision === 'polygoon' && <p className="note">{t.ovRceCaveat}</p>}
      {c.note && (
        <details>
          <summary>{t.ovNote}</summary>
          <p className="small">{c.note}</p>
        </details>
      )}
    </section>
  );
}

export function ProjectDetails({ project: p }: { project: Project }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const funds = FUNDINGS.filter((f) => p.funding[f]).map((f) => t[`ovFund_${f}` as keyof Dict]);
  return (
    <section className="ov-details" data-testid="project-details">
      <h3>
        <KindSymbol kind={p.kind} /> {p.name}
      </h3>
      <dl className="facts">
        <dt>{t.ovKind}</dt>
        <dd>{KIND_STYLE[p.kind][lang]}</dd>
        <dt>{t.ovGemeente}</dt>
        <dd>{p.gemeente || '–'}</dd>
        <dt>{t.ovCorporations}</dt>
        <dd>{p.corporations || '–'}</dd>
        <dt>{t.ovFunding}</dt>
        <dd>{funds.length ? funds.join(', ') : '–'}</dd>
        <dt>{t.ovDwellings}</dt>
        <dd>{p.dwellings || '–'}</dd>
        <dt>{t.ovPeriod}</dt>
        <dd>{p.period || '–'}</dd>
        <dt>{t.ovPrecision}</dt>
        <dd>
          {precisionText(t, p.precision)}
          {p.cbsCode ? ` (${p.cbsCode})` : ''}
        </dd>
        <dt>{t.ovSource}</dt>
        <dd className="small">{p.source}</dd>
      </dl>
      {p.note && (
        <details>
          <summary>{t.ovNote}</summary>
          <p className="small">{p.note}</p>
        </details>
      )}
    </section>
  );
}

export function NplvFacts({ data }: { data: NplvData }) {
  const t = useT();
  return (
    <div data-testid="nplv-facts">
      <h4>{t.ovFacts}</h4>
      <ul className="small">
        {data.facts.map((f) => (
          <li key={f.key}>
            “{f.quote}” <span className="muted">({f.source})</span>
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
      <p className="small">{area.note}</p>
      <NplvFacts data={facts} />
    </section>
  );
}
