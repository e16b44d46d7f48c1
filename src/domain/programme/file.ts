/**
 * The programme as a file to share (pure): JSON with a version and the items as the app keeps them (preloaded
 * items keep their source). Reading is all or nothing: one item that cannot be read, or that names an area or a
 * gemeente this map does not have, refuses the whole file and says which item, so the map never shows half of it.
 */
import { readProgrammeItem } from './parse-preload';
import type { ProgrammeItem } from './types';

export const PROGRAMME_FILE_KIND = 'wijkbalans-programma';

export function programmeFile(items: readonly ProgrammeItem[]): string {
  return `${JSON.stringify({ kind: PROGRAMME_FILE_KIND, version: 1, items }, null, 2)}\n`;
}

export type ProgrammeFileError =
  | { kind: 'not-programme' }
  | { kind: 'item'; index: number }
  | { kind: 'area'; index: number; value: string }
  | { kind: 'group'; index: number; value: string };

export function readProgrammeFile(
  text: string,
  knownAreas: ReadonlySet<string>,
  knownGroups: ReadonlySet<string>,
): { items: ProgrammeItem[] } | { error: ProgrammeFileError } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { error: { kind: 'not-programme' } };
  }
  const data = json as { kind?: unknown; version?: unknown; items?: unknown };
  if (typeof json !== 'object' || json === null || data.kind !== PROGRAMME_FILE_KIND || data.version !== 1 || !Array.isArray(data.items))
    return { error: { kind: 'not-programme' } };
  const items: ProgrammeItem[] = [];
  for (const [index, raw] of (data.items as unknown[]).entries()) {
    const item = readProgrammeItem(raw);
    if (!item) return { error: { kind: 'item', index: index + 1 } };
    if (!knownGroups.has(item.group)) return { error: { kind: 'group', index: index + 1, value: item.group } };
    // An area must exist and lie in the item's gemeente (a regional item may name any area of the region).
    const outside = item.area !== null && item.group.startsWith('GM') && item.area.slice(2, 6) !== item.group.slice(2);
    if (item.area !== null && (!knownAreas.has(item.area) || outside))
      return { error: { kind: 'area', index: index + 1, value: item.area } };
    items.push(item);
  }
  return { items };
}
