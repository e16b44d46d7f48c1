/** Fact lists for one colony or project; shared by the popup and the side panel. */
import { useT } from '../../i18n';
import { useStore } from '../../state/store';
import { STATUS_STYLE, KIND_STYLE } from '../../config/overlays';
import { FUNDINGS, type Colony, type Project } from '../../domain/overlays/types';
import type { Dict } from '../../i18n/nl';
import { nameDocuments } from '../../i18n/documents';
import { colonyConflictNote, printedStatus } from '../../i18n/colony-status';
import { StatusSymbol, KindSymbol } from './symbols';
import { SourceText } from './SourceText';

export const precisionText = (t: Dict, p: string) => t[`ovPrecision_${p}` as keyof Dict] ?? p;

export function ColonyDetails({ colony: c }: { colony: Colony }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  return (
    <section className="ov-details" data-testid="colony-details">
      <h3>
        <StatusSymbol status={c.display} /> {c.name}
      </h3>
      <dl className="facts">
        <dt>{t.ovYears}</dt>
        <dd>{c.years || '–'}</dd>
        <dt>{t.ovArchitect}</dt>
        <dd>{c.architect || '–'}</dd>
        <dt>{t.ovStatus}</dt>
        <dd>
          {printedStatus(c)}{' '}
          <span className="muted">
            ({t.ovStatusAsPrinted}; {STATUS_STYLE[c.display][lang]})
          </span>
        </dd>
        <dt>{t.ovPrecision}</dt>
        <dd data-testid="colony-precision">
          {precisionText(t, c.precision)}
          {c.cbsCode ? ` (${c.cbsCode})` : ''}
        </dd>
        <dt>{t.ovSource}</dt>
        <dd className="small">
          <SourceText source={c.source} note={c.note} />
        </dd>
      </dl>
      {c.display === 'conflict' && (
        <p className="note" data-testid="colony-conflict">
          {colonyConflictNote(c, t, lang)}
        </p>
      )}
      {c.polygonWider && <p className="note">{t.ovWider}</p>}
      {c.precision === 'polygoon' && <p className="note">{t.ovRceCaveat}</p>}
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
        <dd className="small">
          <SourceText source={p.source} />
        </dd>
      </dl>
      {p.note && (
        <details>
          <summary>{t.ovNote}</summary>
          <p className="small">{nameDocuments(p.note, lang)}</p>
        </details>
      )}
    </section>
  );
}
