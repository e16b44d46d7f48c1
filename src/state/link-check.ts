/**
 * A link checked against the data once it has loaded (pure): a pair whose areas do not exist is
 * dropped, and scenario moves that the interface could never have set are refused — on an area that
 * does not exist or has no figures, beyond the dwellings there are for it (selling more corporation
 * dwellings than there are), or a new build larger than the area's present stock (the editor's upper
 * limit). Each refusal names the area and what was asked, so the notice says what was left out.
 */
import { findArea } from '../domain/band-setting';
import type { Dataset } from '../domain/dataset';
import { problem, type Problem } from '../domain/problem';
import { policyMoveCapacity } from '../domain/scenario/policy-moves';
import { policyTenureOf } from '../domain/scenario/policy-apply';
import type { PolicyMove } from '../domain/scenario/policy-types';
import { displayName } from '../domain/search';
import type { Area } from '../domain/types';

export interface LinkCheck {
  /** Codes of the link's pair that do not exist (the pair is then dropped). */
  missingPair: string[];
  /** Moves refused, by area and kind. */
  refused: PolicyMove[];
  /** Areas of refused moves that do not exist at all (removed from the scenario). */
  unknownAreas: string[];
  problems: Problem[];
}

const areaOf = (d: Dataset, code: string): Area | null => findArea(d, 'wijk', code) ?? findArea(d, 'buurt', code);

/** The most of a move the scenario editor offers in an area (whole dwellings): its capacity, at most its stock. */
function editorLimit(area: Area, kind: PolicyMove['kind']): number | null {
  const t = policyTenureOf(area.stock);
  if (!t) return null;
  return Math.floor(Math.min(policyMoveCapacity(t, kind), t.total));
}

/** Check a link's pair and moves against the data (see the module comment). */
export function checkLink(d: Dataset, pair: readonly [string, string] | null, moves: readonly PolicyMove[]): LinkCheck {
  const problems: Problem[] = [];
  const missingPair = pair ? pair.filter((c) => !areaOf(d, c)) : [];
  if (missingPair.length > 0) problems.push(problem('warning', 'views.pair-missing', { key: missingPair.join(', ') }));
  const refused: PolicyMove[] = [];
  const unknown = new Set<string>();
  for (const m of moves) {
    if (m.n <= 0) continue;
    const area = areaOf(d, m.area);
    if (!area) {
      if (!unknown.has(m.area)) problems.push(problem('warning', 'views.move-area-missing', { key: m.area }));
      unknown.add(m.area);
      refused.push(m);
      continue;
    }
    const limit = editorLimit(area, m.kind);
    const name = displayName(area.name);
    if (limit === null) {
      problems.push(problem('warning', 'scenario.no-data', { key: `${name} (${m.area})` }));
      refused.push(m);
    } else if (m.n > limit) {
      const build = m.kind === 'build-corporation' || m.kind === 'build-owner' || m.kind === 'build-private-rent';
      const code = build ? 'views.move-implausible' : 'views.move-beyond-stock';
      problems.push(problem('warning', code, { move: m.kind, n: m.n, name, key: m.area, available: limit }));
      refused.push(m);
    }
  }
  return { missingPair, refused, unknownAreas: [...unknown], problems };
}
