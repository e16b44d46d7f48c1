/**
 * Old move kinds (saved scenarios, links) read as policy moves. The mapping follows what the old arithmetic did
 * (moves.ts), except for `liberalise`, whose old arithmetic contradicted the policy it named:
 * - `sell` (corp → koop) → `sell-to-occupant`, same numbers;
 * - `liberalise` → `liberalise-to-mid`: the planner chose liberalisation to middenhuur, which keeps the dwelling in
 *   corporation ownership (002 §4.5.3). The old arithmetic moved it to overige verhuurders and lowered the share;
 *   now the share stays. Reported as `scenario.legacy-liberalise` (info), so the user sees why the result changed
 *   and can choose `sell-to-landlord` if a sale was meant;
 * - `demolish` → `demolish`, same numbers;
 * - `demolish-replace` (corp → koop, total same) → `demolish-rebuild` one for one as koop, same numbers;
 * - `build` (new corporation dwellings) → `build-corporation`, same numbers;
 * - `buy` (inponden) → `buy`, same numbers.
 */
import { levelOfCode } from '../codes';
import { problem } from '../problem';
import type { Parsed } from '../types';
import type { Move, MoveKind } from './types';
import { isMoveKind } from './types';
import { isNewTenure, isPolicyMoveKind, type PolicyMove, type PolicyMoveKind } from './policy-types';

export const LEGACY_KINDS: Readonly<Record<MoveKind, PolicyMoveKind>> = {
  sell: 'sell-to-occupant',
  liberalise: 'liberalise-to-mid',
  demolish: 'demolish',
  'demolish-replace': 'demolish-rebuild',
  build: 'build-corporation',
  buy: 'buy',
};

/** One old move as a policy move, with an info problem when its result changes (only `liberalise` with n > 0). */
export function upgradeMove(m: Move): Parsed<PolicyMove> {
  const kind = LEGACY_KINDS[m.kind];
  const move: PolicyMove =
    m.kind === 'demolish-replace' ? { area: m.area, kind, n: m.n, rebuild: { ratio: 1, tenure: 'owner' } } : { area: m.area, kind, n: m.n };
  const issues = m.kind === 'liberalise' && m.n > 0 ? [problem('info', 'scenario.legacy-liberalise', { key: m.area, n: m.n })] : [];
  return { value: move, issues };
}

/** All old moves as policy moves, in the same order, with their problems. */
export function upgradeMoves(moves: readonly Move[]): Parsed<PolicyMove[]> {
  const out = moves.map(upgradeMove);
  return { value: out.map((o) => o.value), issues: out.flatMap((o) => o.issues) };
}

const MAX_N = 1_000_000;
const MAX_RATIO = 100;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A move from stored text or a link, of either vintage: a policy kind is read as is, an old kind through
 * `upgradeMove`. Null when the area is not a wijk or buurt code, the kind is unknown, `n` is not a number in
 * 0–1,000,000, or a given `rebuild` has a ratio outside 0–100 or an unknown tenure. Old and new kinds share
 * only `demolish` and `buy`, whose arithmetic is the same in both; an old `liberalise` is always legacy.
 */
export function readAnyMove(v: unknown): Parsed<PolicyMove> | null {
  if (!isObject(v) || typeof v.area !== 'string') return null;
  const level = levelOfCode(v.area);
  const n = v.n;
  if ((level !== 'wijk' && level !== 'buurt') || typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > MAX_N) return null;
  if (isMoveKind(v.kind)) return upgradeMove({ area: v.area, kind: v.kind, n });
  if (!isPolicyMoveKind(v.kind)) return null;
  const r = v.rebuild;
  if (r === undefined) return { value: { area: v.area, kind: v.kind, n }, issues: [] };
  if (!isObject(r) || typeof r.ratio !== 'number' || !(r.ratio >= 0 && r.ratio <= MAX_RATIO) || !isNewTenure(r.tenure)) return null;
  return { value: { area: v.area, kind: v.kind, n, rebuild: { ratio: r.ratio, tenure: r.tenure } }, issues: [] };
}
