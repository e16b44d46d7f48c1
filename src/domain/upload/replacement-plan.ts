/**
 * What uploaded boundaries would do to the map, before they are applied: per gemeente and level, how
 * many areas there are now and in the file, which would vanish, which are new, and which lie outside
 * their own gemeente. "Dit vervangt de 23 wijken van Heerlen door 2 uit het bestand" is asked, with the
 * choice to replace only the codes in the file; a boundary file never empties a gemeente silently.
 */
import type { Dataset } from '../dataset';
import { bboxWithin, centreText, geometryBbox, type BBox } from '../extent';
import type { AreaFeature, MapLevel } from '../types';
import { problem, type Problem } from '../problem';
import type { BoundaryResult, GeoMapping } from './ingest-geojson';
import type { UploadQuestion, Verdict } from './verdict';

type Named = { code: string; name: string };

export interface LevelReplacement {
  gemeenteCode: string;
  gemeenteName: string;
  level: MapLevel;
  /** Areas of this gemeente and level on the map now, and in the file. */
  before: number;
  after: number;
  /** Areas now on the map whose code is not in the file: they vanish when the whole gemeente is replaced. */
  vanishing: Named[];
  /** Areas in the file whose code is not on the map now. */
  added: Named[];
}

export interface ReplacementPlan {
  changes: LevelReplacement[];
  /** Areas in the file whose label point lies outside their gemeente (with a margin), with that point. */
  misplaced: (Named & { gemeenteName: string; lon: string; lat: string })[];
  /** One problem per change with vanishing areas, and one per misplaced area. */
  problems: Problem[];
  /** `ask` while areas would vanish or lie elsewhere and the user has not chosen how to replace; else `ok`. */
  verdict: Verdict;
  questions: UploadQuestion<GeoMapping>[];
}

/** How far (degrees, about 1,5 km) an uploaded area's label point may lie outside its gemeente's box. */
export const GEMEENTE_MARGIN = 0.02;

const grow = (b: BBox, d: number): BBox => [b[0] - d, b[1] - d, b[2] + d, b[3] + d];
const named = (a: Named): Named => ({ code: a.code, name: a.name });

/**
 * The plan for applying `boundaries` (mode `gemeente`: every wijk or buurt of a gemeente in the file is
 * replaced). Asked about (`verdict: 'ask'`) when any area would vanish or lies outside its gemeente,
 * unless `boundaries.mapping.replace` is already chosen; the answers set it to `gemeente` (replace all,
 * the named areas vanish) or `codes` (replace only the codes in the file).
 */
export function replacementPlan(base: Dataset, boundaries: BoundaryResult): ReplacementPlan {
  const file = boundaries.file;
  const gemeenten = new Map(base.gemeenten.map((g) => [g.code, g] as const));
  const changes: LevelReplacement[] = [];
  for (const level of ['wijk', 'buurt'] as const) {
    const up = boundaries.features.filter((f) => f.level === level);
    for (const code of new Set(up.map((f) => f.gemeenteCode))) {
      const mine = up.filter((f) => f.gemeenteCode === code);
      const now = base.levels[level].areas.filter((a) => a.gemeenteCode === code && a.geometry);
      const inFile = new Set(mine.map((f) => f.code));
      const onMap = new Set(now.map((a) => a.code));
      changes.push({
        gemeenteCode: code,
        gemeenteName: gemeenten.get(code)?.name ?? code,
        level,
        before: now.length,
        after: mine.length,
        vanishing: now.filter((a) => !inFile.has(a.code)).map(named),
        added: mine.filter((f) => !onMap.has(f.code)).map(named),
      });
    }
  }
  const misplaced = boundaries.features.flatMap((f: AreaFeature) => {
    const g = gemeenten.get(f.gemeenteCode);
    const box = g ? geometryBbox(g.geometry) : null;
    if (!g || !box || bboxWithin([f.labelPoint[0], f.labelPoint[1], f.labelPoint[0], f.labelPoint[1]], grow(box, GEMEENTE_MARGIN)))
      return [];
    const at = centreText([f.labelPoint[0], f.labelPoint[1], f.labelPoint[0], f.labelPoint[1]]);
    return [{ ...named(f), gemeenteName: g.name, ...at }];
  });
  const problems: Problem[] = [
    ...changes
      .filter((c) => c.vanishing.length > 0)
      .map((c) =>
        problem('warning', c.level === 'wijk' ? 'geojson.replaces-wijken' : 'geojson.replaces-buurten', {
          file,
          gemeente: c.gemeenteName,
          before: c.before,
          after: c.after,
          vanishing: c.vanishing.length,
          names: c.vanishing.map((v) => v.name).join(', '),
        }),
      ),
    ...misplaced.map((m) =>
      problem('warning', 'geojson.misplaced', { file, key: m.code, name: m.name, gemeente: m.gemeenteName, lon: m.lon, lat: m.lat }),
    ),
  ];
  const open = problems.length > 0 && boundaries.mapping.replace === undefined;
  const questions: UploadQuestion<GeoMapping>[] = open
    ? [
        {
          kind: 'replace-areas',
          problem: problems[0] ?? problem('warning', 'geojson.no-areas', { file }),
          answers: [
            { id: 'replace-gemeente', patch: { replace: 'gemeente' } },
            { id: 'replace-codes', patch: { replace: 'codes' } },
          ],
        },
      ]
    : [];
  return { changes, misplaced, problems, verdict: open ? 'ask' : 'ok', questions };
}
