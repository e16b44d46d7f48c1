/** Read projects.csv: the 51-row seed 001 portfolio plus Heerlen-Noord projects, each with its location precision. */
import { parseTable, missingColumns } from '../parse-csv';
import type { Parsed } from '../types';
import { problem, type Problem } from '../problem';
import { readPoint } from './parse-colonies';
import { FUNDINGS, PROJECT_KINDS, type Precision, type Project, type ProjectKind } from './types';

/** The columns of projects.csv, the file contract scripts/overlays writes to. */
export const PROJECT_COLUMNS = [
  'id',
  'nr',
  'naam',
  'gemeente',
  'corporaties',
  'vhf',
  'wbi',
  'sbi',
  'regiodeal',
  'du',
  'soort',
  'woningen',
  'periode',
  'precisie',
  'cbs_code',
  'lat',
  'lon',
  'bron',
  'toelichting',
] as const;

export function parseProjects(csv: string, file = 'projects.csv'): Parsed<Project[]> {
  const table = parseTable(csv, { delimiter: ';', file });
  const issues: Problem[] = [...table.issues, ...missingColumns(table.value, PROJECT_COLUMNS, file)];
  if (issues.some((i) => i.severity === 'error')) return { value: [], issues };
  const projects: Project[] = [];
  for (const { row, cells } of table.value.records) {
    const kind = (PROJECT_KINDS.includes(cells.soort as ProjectKind) ? cells.soort : 'overig') as ProjectKind;
    if (kind !== cells.soort)
      issues.push(problem('warning', 'overlay.unknown-kind', { file, row, column: 'soort', value: cells.soort ?? '' }));
    const precision = (cells.precisie ?? 'onbekend') as Precision;
    const funding = Object.fromEntries(FUNDINGS.map((f) => [f, cells[f] === '1'])) as Project['funding'];
    const nr = cells.nr ? Number(cells.nr) : null;
    projects.push({
      id: cells.id ?? `row-${row}`,
      nr: nr !== null && Number.isFinite(nr) ? nr : null,
      name: cells.naam ?? '',
      gemeente: cells.gemeente ?? '',
      corporations: cells.corporaties ?? '',
      funding,
      kind,
      dwellings: cells.woningen ?? '',
      period: cells.periode ?? '',
      precision,
      cbsCode: cells.cbs_code ?? '',
      point: precision === 'onbekend' ? null : readPoint(cells.lat, cells.lon),
      source: cells.bron ?? '',
      note: cells.toelichting ?? '',
    });
  }
  return { value: projects, issues };
}
