/** Read geodata/programme-preload.json: every item checked, a bad one dropped with a problem (never trusted). */
import { levelOfCode } from '../codes';
import { problem, type Problem } from '../problem';
import type { Parsed } from '../types';
import { isProgrammeKind, type ProgrammeItem } from './types';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : null);
const year = (v: unknown) => (v === null ? null : typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100 ? v : undefined);

/** One item, or null when a field is missing or out of range. */
export function readProgrammeItem(v: unknown): ProgrammeItem | null {
  if (!isObject(v)) return null;
  const id = str(v.id);
  const label = str(v.label);
  const group = str(v.group);
  const area = v.area === null ? null : str(v.area);
  const from = year(v.from);
  const to = year(v.to);
  const n = v.n;
  if (!id || !label || !group || area === undefined || from === undefined || to === undefined || !isProgrammeKind(v.kind)) return null;
  if (area !== null && levelOfCode(area) !== 'wijk' && levelOfCode(area) !== 'buurt') return null;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > 1_000_000) return null;
  if ((from === null) !== (to === null) || (from !== null && to !== null && to < from)) return null;
  const item: ProgrammeItem = { id, label, group, area, kind: v.kind, n, from, to };
  if (typeof v.affordable === 'number' && Number.isFinite(v.affordable)) item.affordable = v.affordable;
  if (typeof v.project === 'string') item.project = v.project;
  const s = v.source;
  if (isObject(s) && typeof s.seed === 'string' && typeof s.section === 'string' && typeof s.quote === 'string')
    item.source = { seed: s.seed, section: s.section, quote: s.quote };
  return item;
}

export function parseProgrammePreload(json: unknown, file: string): Parsed<ProgrammeItem[]> {
  const issues: Problem[] = [];
  if (!isObject(json) || json.version !== 1 || !Array.isArray(json.items)) {
    return { value: [], issues: [problem('error', 'programme.bad-file', { file })] };
  }
  const value: ProgrammeItem[] = [];
  json.items.forEach((raw, i) => {
    const item = readProgrammeItem(raw);
    if (item) value.push(item);
    else issues.push(problem('warning', 'programme.bad-item', { file, row: i + 1 }));
  });
  return { value, issues };
}
