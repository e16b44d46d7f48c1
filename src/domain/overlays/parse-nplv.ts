/** Read nplv.geojson: the NPLV Heerlen-Noord wijken (confirmed / inferred), the focus areas, and seed facts with quotes. */
import type { AreaGeometry, Parsed } from '../types';
import { problem, type Problem } from '../problem';
import { isRecord } from './parse-colonies';
import type { NplvArea, NplvData, NplvFact } from './types';
import type { PolicySource } from '../policy-source';

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const FACT_KEYS = ['inwoners', 'woningbouwopgave', 'startbouw_circa', 'parkstad_minimaal', 'verhuisd_naar_gebied'];

export function parseNplv(json: unknown, file = 'nplv.geojson'): Parsed<NplvData> {
  const issues: Problem[] = [];
  const empty: NplvData = { areas: [], facts: [], projectKinds: [], selectionNote: '' };
  if (!isRecord(json) || !Array.isArray(json.features)) {
    issues.push(problem('error', 'overlay.not-collection', { file }));
    return { value: empty, issues };
  }
  const areas: NplvArea[] = [];
  (json.features as unknown[]).forEach((f, i) => {
    const p = isRecord(f) && isRecord(f.properties) ? f.properties : null;
    const g = isRecord(f) && isRecord(f.geometry) ? f.geometry : null;
    if (!p || !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || (p.rol !== 'nplv-wijk' && p.rol !== 'focus')) {
      issues.push(problem('warning', 'overlay.bad-feature', { file, row: i + 1 }));
      return;
    }
    areas.push({
      role: p.rol,
      code: str(p.code),
      name: str(p.naam),
      basis: p.basis === 'confirmed' ? 'confirmed' : 'inferred',
      note: str(p.toelichting),
      source: str(p.bron),
      sources: citations(p.citaten),
      geometry: g as unknown as AreaGeometry,
    });
  });
  const meta = isRecord(json.metadata) ? json.metadata : {};
  const facts: NplvFact[] = [];
  for (const key of FACT_KEYS) {
    const m = meta[key];
    if (!isRecord(m)) continue;
    facts.push({
      key,
      value: typeof m.waarde === 'number' ? m.waarde : null,
      text: str(m.tekst),
      source: str(m.bron),
      quote: str(m.citaat),
    });
  }
  const kinds = Array.isArray(meta.projectsoorten) ? (meta.projectsoorten as unknown[]).filter(isRecord) : [];
  const selection = selectionNote(meta.wijkselectie);
  return {
    value: {
      areas,
      facts,
      projectKinds: kinds.map((k) => ({ name: str(k.naam), quote: str(k.citaat), source: str(k.bron) })),
      selectionNote: selection,
    },
    issues,
  };
}

/** The `citaten` of a feature as policy sources; entries without seed or words are left out. */
function citations(list: unknown): PolicySource[] {
  if (!Array.isArray(list)) return [];
  return (list as unknown[])
    .filter(isRecord)
    .map((c) => ({ seed: str(c.seed), section: str(c.sectie), quote: str(c.citaat) }))
    .filter((c) => c.seed !== '' && c.quote !== '');
}

/** "Geen beleidsdocument noemt …" plus the counts and what was left out, from the `wijkselectie` metadata. */
function selectionNote(sel: unknown): string {
  if (!isRecord(sel)) return str(sel);
  const left = Array.isArray(sel.niet_opgenomen)
    ? (sel.niet_opgenomen as unknown[]).filter(isRecord).map((n) => `${str(n.naam)} (${str(n.code)}) niet opgenomen: ${str(n.reden)}`)
    : [];
  return [
    str(sel.let_op),
    `${str(sel.bevestigd)} wijken bevestigd, ${str(sel.afgeleid)} afgeleid; samen ${str(sel.inwoners_2024_som)} inwoners (CBS 2024).`,
    ...left,
  ]
    .filter(Boolean)
    .join(' ');
}
