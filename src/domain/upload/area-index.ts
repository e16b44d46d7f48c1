/**
 * The areas an uploaded row can be joined to, indexed by CBS code and by folded name, and the
 * resolution of one row's key (code or name) against it.
 */
import { normaliseCode } from '../codes';
import { displayName, foldText } from '../search';
import type { Level, MapLevel } from '../types';
import type { KeyKind } from './mapping';

export interface AreaKey {
  code: string;
  name: string;
  level: Level;
}

export interface AreaIndex {
  byCode: ReadonlyMap<string, AreaKey>;
  byName: ReadonlyMap<string, AreaKey[]>;
}

export type Resolution =
  | { kind: 'match'; area: AreaKey }
  | { kind: 'empty-key' }
  | { kind: 'bad-code' }
  | { kind: 'no-area'; code: string }
  | { kind: 'unknown-name' }
  | { kind: 'ambiguous'; candidates: AreaKey[] };

/**
 * A name as a lookup key: diacritics, case, spaces and punctuation ignored.
 * `Versiliënbosch` → `versilienbosch`, `Heerlerbaan - Centrum` → `heerlerbaancentrum`.
 */
export function nameKey(name: string): string {
  return foldText(name).replace(/[^a-z0-9]/g, '');
}

/** Index areas by code and by name; a CBS wijk name is indexed with and without its "Wijk 40" prefix. */
export function buildAreaIndex(areas: readonly AreaKey[]): AreaIndex {
  const byCode = new Map<string, AreaKey>();
  const byName = new Map<string, AreaKey[]>();
  for (const a of areas) {
    if (!byCode.has(a.code)) byCode.set(a.code, a);
    for (const k of new Set([nameKey(a.name), nameKey(displayName(a.name))])) {
      if (!k) continue;
      const list = byName.get(k);
      if (!list) byName.set(k, [a]);
      else if (!list.some((x) => x.code === a.code)) list.push(a);
    }
  }
  return { byCode, byName };
}

/**
 * Resolve a key cell. Codes are normalised first (`917` → `GM0917`, `091740` → `WK091740`); a valid code
 * without an area here is `no-area` (e.g. a gemeente outside Parkstad). Names match whatever the case,
 * accents or punctuation, optionally restricted to one level; a name that fits several areas is
 * `ambiguous` (never guessed).
 */
export function resolveKey(raw: string, kind: KeyKind, index: AreaIndex, nameLevel: MapLevel | 'all' = 'all'): Resolution {
  if (raw.trim() === '') return { kind: 'empty-key' };
  if (kind === 'code') {
    const code = normaliseCode(raw);
    if (!code) return { kind: 'bad-code' };
    const area = index.byCode.get(code);
    return area ? { kind: 'match', area } : { kind: 'no-area', code };
  }
  const all = index.byName.get(nameKey(raw)) ?? [];
  const candidates = nameLevel === 'all' ? all : all.filter((a) => a.level === nameLevel);
  const only = candidates[0];
  if (!only) return { kind: 'unknown-name' };
  return candidates.length === 1 ? { kind: 'match', area: only } : { kind: 'ambiguous', candidates };
}
