/**
 * Old move kinds (scenarios stored before issue 11, links with `moves=WK091740.sell.230`) read as policy moves.
 * The mapping follows what the old arithmetic did, except for `liberalise`, whose old arithmetic contradicted the
 * policy it named:
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
import { problem, type Problem } from '../problem';
import type { Parsed } from '../types';
import { isNewTenure, isPolicyMoveKind, type PolicyMove, type PolicyMoveKind } from './policy-types';

/** The move kinds of the first scenario engine, as stored and linked before issue 11. */
export type LegacyMoveKind = 'sell' | 'liberalise' | 'demolish' | 'demolish-replace' | 'build' | 'buy';
export interface LegacyMove {
  area: string;
  kind: LegacyMoveKind;
  n: number;
}

export const LEGACY_KINDS: Readonly<Record<LegacyMoveKind, PolicyMoveKind>> = {
  sell: 'sell-to-occupant',
  liberalise: 'liberalise-to-mid',
  demolish: 'demolish',
  'demolish-replace': 'demolish-rebuild',
  build: 'build-corporation',
  buy: 'buy',
};

export function isLegacyMoveKind(s: unknown): s is LegacyMoveKind {
  return typeof s === 'string' && Object.hasOwn(LEGACY_KINDS, s);
}

/**
 * One old move as a policy move, with an info problem when its result changes (only `liberalise` with n > 0).
 * An upgraded `liberalise` carries `legacy: 'liberalise'`, so the interface can keep saying why.
 */
export function upgradeMove(m: LegacyMove): Parsed<PolicyMove> {
  const kind = LEGACY_KINDS[m.kind];
  const move: PolicyMove =
    m.kind === 'demolish-replace'
      ? { area: m.area, kind, n: m.n, rebuild: { ratio: 1, tenure: 'owner' } }
      : m.kind === 'liberalise'
        ? { area: m.area, kind, n: m.n, legacy: 'liberalise' }
        : { area: m.area, kind, n: m.n };
  const issues = m.kind === 'liberalise' && m.n > 0 ? [problem('info', 'scenario.legacy-liberalise', { key: m.area, n: m.n })] : [];
  return { value: move, issues };
}

/** All old moves as policy moves, in the same order, with their problems. */
export function upgradeMoves(moves: readonly LegacyMove[]): Parsed<PolicyMove[]> {
  const out = moves.map(upgradeMove);
  return { value: out.map((o) => o.value), issues: out.flatMap((o) => o.issues) };
}

/**
 * The info problems of moves that were read from an old `liberalise` and still change something, one per move,
 * with the area's name for the message (`nameOf`). Derived from the moves, so it lasts as long as the move does.
 */
export function legacyProblems(moves: readonly PolicyMove[], nameOf: (code: string) => string): Problem[] {
  return moves
    .filter((m) => m.legacy === 'liberalise' && m.n > 0)
    .map((m) => problem('info', 'scenario.legacy-liberalise', { key: m.area, name: nameOf(m.area), n: m.n }));
}

export const MAX_MOVE_N = 1_000_000;
export const MAX_REBUILD_RATIO = 100;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A move from stored text or a link, of either vintage: a policy kind is read as is, an old kind through
 * `upgradeMove`. Null when the area is not a wijk or buurt code, the kind is unknown, `n` is not a number in
 * 0–1,000,000, or a given `rebuild` has a ratio outside 0–100 or an unknown tenure, or comes with another kind
 * than `demolish-rebuild`. Old and new kinds share only `demolish` and `buy`, whose arithmetic is the same in
 * both; an old `liberalise` is always legacy.
 */
export function readAnyMove(v: unknown): Parsed<PolicyMove> | null {
  if (!isObject(v) || typeof v.area !== 'string') return null;
  const level = levelOfCode(v.area);
  const n = v.n;
  if ((level !== 'wijk' && level !== 'buurt') || typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > MAX_MOVE_N) return null;
  if (isLegacyMoveKind(v.kind)) return v.rebuild === undefined ? upgradeMove({ area: v.area, kind: v.kind, n }) : null;
  if (!isPolicyMoveKind(v.kind)) return null;
  const r = v.rebuild;
  if (r === undefined) return { value: { area: v.area, kind: v.kind, n }, issues: [] };
  if (v.kind !== 'demolish-rebuild') return null;
  if (!isObject(r) || typeof r.ratio !== 'number' || !(r.ratio >= 0 && r.ratio <= MAX_REBUILD_RATIO) || !isNewTenure(r.tenure)) return null;
  return { value: { area: v.area, kind: v.kind, n, rebuild: { ratio: r.ratio, tenure: r.tenure } }, issues: [] };
}
