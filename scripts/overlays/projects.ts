/** Projects overlay: merged project records → located, classified output rows. */
import type { CbsData } from './cbs-areas.ts';
import { gemeenteAt } from './cbs-areas.ts';
import type { NplvMd } from './nplv-md.ts';
import type { ProjectRecord } from './project-merge.ts';
import type { Location, Soort } from './project-locate.ts';
import { locateProject, soortOf } from './project-locate.ts';
import type { FundProse } from './seed-texts.ts';
import { FUNDS } from './seed-portfolio.ts';
import type { Fund } from './seed-portfolio.ts';

export interface ProjectOut extends Location {
  id: string;
  nr: number | null;
  naam: string;
  gemeente: string;
  corporaties: string;
  flags: Record<Fund, 0 | 1> | null;
  soort: Soort;
  woningen: string;
  periode: string;
  toelichting: string;
  merged: number;
}

/** The gemeente of a non-portfolio record: the first CBS gemeente name in its context texts. */
function contextGemeente(r: ProjectRecord, cbs: CbsData): string {
  for (const text of r.context) {
    const g = cbs.gemeenten.find((x) => new RegExp(`\\b${x.naam}\\b`).test(text));
    if (g) return g.naam;
  }
  return '';
}

export function finishProjects(records: readonly ProjectRecord[], cbs: CbsData, nplv: NplvMd, prose: readonly FundProse[]): ProjectOut[] {
  const ids = new Set<string>();
  return records.map((r) => {
    if (ids.has(r.id)) throw new Error(`Duplicate project id ${r.id}`);
    ids.add(r.id);
    const notes = [...r.notes];
    let gemeente = r.gemeente || contextGemeente(r, cbs);
    const code = cbs.gemeenten.find((g) => g.naam === gemeente)?.code ?? '';
    const loc = locateProject(r, cbs, nplv, code);
    if (loc.lat !== null && loc.lon !== null && r.nr === null) {
      const at = gemeenteAt(cbs, loc.lon, loc.lat);
      if (at && gemeente !== '' && at.naam !== gemeente) notes.push(`Let op: punt ligt in ${at.naam}, de bron noemt ${gemeente}.`);
      gemeente = at?.naam ?? gemeente;
    }
    if (gemeente === '') notes.push('Gemeente niet af te leiden uit de bronnen.');
    const { soort, regel } = soortOf(r, prose);
    notes.push(loc.note, `Soort "${soort}": ${regel}.`);
    return {
      ...loc,
      id: r.id,
      nr: r.nr,
      naam: r.naam,
      gemeente,
      corporaties: r.corporaties.join(', '),
      flags: r.flags ? (Object.fromEntries(FUNDS.map((f) => [f, r.flags?.[f] ? 1 : 0])) as Record<Fund, 0 | 1>) : null,
      soort,
      woningen: r.woningen.join(' | '),
      periode: r.periode.join(' | '),
      bron: [...r.bron, ...(loc.bron ? [loc.bron] : [])].join(' | '),
      toelichting: notes.join(' '),
      merged: r.merged,
    };
  });
}
