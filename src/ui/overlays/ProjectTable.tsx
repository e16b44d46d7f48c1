/** All projects (every gemeente), filterable by gemeente and funding; unknown locations are listed, not drawn. */
import { useState } from 'react';
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { FUNDINGS, type Funding, type Project } from '../../domain/overlays/types';
import type { Dict } from '../../i18n/nl';
import { KindSymbol } from './symbols';
import { itemBounds } from './zoom';

export function ProjectTable({ projects }: { projects: Project[] }) {
  const t = useT();
  const [gemeente, setGemeente] = useState('all');
  const [funding, setFunding] = useState<Funding | 'all'>('all');
  const focusOn = useStore((s) => s.requestCamera);
  const toggle = useStore((s) => s.toggleOverlay);
  const gemeenten = [...new Set(projects.map((p) => p.gemeente))].sort((a, b) => a.localeCompare(b, 'nl'));
  const shown = projects.filter((p) => (gemeente === 'all' || p.gemeente === gemeente) && (funding === 'all' || p.funding[funding]));
  const fund = (f: Funding) => t[`ovFund_${f}` as keyof Dict];
  return (
    <section className="project-table">
      <h3>{t.ovProjectsTitle}</h3>
      <div className="filters">
        <label className="field">
          <span>{t.ovFilterGemeente}</span>
          <select value={gemeente} onChange={(e) => setGemeente(e.target.value)} data-testid="project-filter-gemeente">
            <option value="all">{t.ovAll}</option>
            {gemeenten.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.ovFilterFunding}</span>
          <select value={funding} onChange={(e) => setFunding(e.target.value as Funding | 'all')} data-testid="project-filter-funding">
            <option value="all">{t.ovAll}</option>
            {FUNDINGS.map((f) => (
              <option key={f} value={f}>
                {fund(f)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="small muted" data-testid="project-count">
        {shown.length} / {projects.length} {t.ovCount}
      </p>
      <table className="area-table">
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.ovGemeente}</th>
            <th scope="col">{t.ovFunding}</th>
            <th scope="col">{t.ovPrecision}</th>
          </tr>
        </thead>
        <tbody data-testid="project-rows">
          {shown.map((p) => {
            const b = itemBounds(p.point, null);
            return (
              <tr key={p.id}>
                <td>
                  <KindSymbol kind={p.kind} /> {p.name}
                  {p.corporations ? <div className="small muted">{p.corporations}</div> : null}
                </td>
                <td>{p.gemeente}</td>
                <td className="small">
                  {FUNDINGS.filter((f) => p.funding[f])
                    .map(fund)
                    .join(', ') || '–'}
                </td>
                <td className="small">
                  {b ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        toggle('projects', true);
                        focusOn({ kind: 'bounds', bounds: b });
                      }}
                    >
                      {p.precision}
                      <span className="sr-only">
                        : {t.ovZoom} {p.name}
                      </span>
                    </button>
                  ) : (
                    <em>{t.ovUnknownLocation}</em>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
