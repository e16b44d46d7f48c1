/**
 * Editing a programme (pure): every function returns a new list and leaves the items it was given untouched.
 * A planner allocates an unallocated total to wijken part by part ("A planner allocates the unallocated totals to
 * wijken", issue 12): the part becomes its own item with the same kind, years and source, and the total shrinks by
 * it, so the programme's sum never changes by allocating.
 */
import type { ProgrammeItem } from './types';

export type ItemEdit = Partial<Pick<ProgrammeItem, 'area' | 'kind' | 'n' | 'from' | 'to' | 'label'>>;

/** Why an edit or a new item is refused. */
export type EditError = 'n' | 'years' | 'order' | 'part' | 'area';

/** First and last year a planner may enter: from the 0-meting to the band's horizon. */
export const EDIT_YEARS = { from: 2024, to: 2050 } as const;

const wholePositive = (n: number) => Number.isInteger(n) && n > 0 && n <= 1_000_000;
const inYears = (y: number | null) => y === null || (Number.isInteger(y) && y >= EDIT_YEARS.from && y <= EDIT_YEARS.to);

/**
 * Check an item as the planner leaves it: a whole number of dwellings above 0, years within 2024–2050 (a
 * preloaded item keeps its own years, e.g. Kerkrade's 2021–2025), the first year not after the last.
 */
export function checkItem(item: ProgrammeItem, preloaded: ProgrammeItem | undefined): EditError | null {
  if (!wholePositive(item.n)) return 'n';
  const ownYears = preloaded && preloaded.from === item.from && preloaded.to === item.to;
  if (!ownYears && (!inYears(item.from) || !inYears(item.to))) return 'years';
  if ((item.from === null) !== (item.to === null)) return 'years';
  if (item.from !== null && item.to !== null && item.from > item.to) return 'order';
  return null;
}

/** The list with item `id` changed by `edit`, or the error that refuses the change (nothing changes then). */
export function updateItem(
  items: readonly ProgrammeItem[],
  id: string,
  edit: ItemEdit,
  preload: readonly ProgrammeItem[],
): { items: ProgrammeItem[] } | { error: EditError } {
  const i = items.findIndex((x) => x.id === id);
  const old = items[i];
  if (!old) return { items: [...items] };
  const next: ProgrammeItem = { ...old, ...edit };
  const error = checkItem(
    next,
    preload.find((p) => p.id === id),
  );
  if (error) return { error };
  return { items: items.map((x) => (x.id === id ? next : x)) };
}

export const removeItem = (items: readonly ProgrammeItem[], id: string): ProgrammeItem[] => items.filter((x) => x.id !== id);

/** A new id for the planner's own item, unique in `items` (`own-1`, `own-2`, …). */
export function newItemId(items: readonly ProgrammeItem[], prefix = 'own'): string {
  const used = new Set(items.map((x) => x.id));
  let k = 1;
  while (used.has(`${prefix}-${String(k)}`)) k += 1;
  return `${prefix}-${String(k)}`;
}

/** Add the planner's own item (no source: it is theirs), or refuse it. */
export function addItem(
  items: readonly ProgrammeItem[],
  item: Omit<ProgrammeItem, 'id'>,
): { items: ProgrammeItem[] } | { error: EditError } {
  const next: ProgrammeItem = { ...item, id: newItemId(items) };
  const error = checkItem(next, undefined);
  if (error) return { error };
  return { items: [...items, next] };
}

/**
 * Allocate `n` dwellings of item `id` to `area`: a new item (`…-part-k`) with the same kind, years, source and
 * label, and the item keeps the rest; allocating all of it moves the item itself. Refused when `n` is not a whole
 * number from 1 to the item's dwellings, or `area` is empty. NPLV's 2,352 with 400 to Mariarade → 1,952
 * unallocated and 400 in Mariarade.
 */
export function allocatePart(
  items: readonly ProgrammeItem[],
  id: string,
  area: string,
  n: number,
): { items: ProgrammeItem[] } | { error: EditError } {
  const item = items.find((x) => x.id === id);
  if (!item) return { items: [...items] };
  if (!area) return { error: 'area' };
  if (!wholePositive(n) || n > item.n) return { error: 'part' };
  if (n === item.n) return { items: items.map((x) => (x.id === id ? { ...x, area } : x)) };
  const affordable = item.affordable === undefined ? undefined : Math.round((item.affordable * n) / item.n);
  const part: ProgrammeItem = {
    ...item,
    id: newItemId(items, `${id}-part`),
    area,
    n,
    ...(affordable === undefined ? {} : { affordable }),
  };
  const rest: ProgrammeItem = {
    ...item,
    n: item.n - n,
    ...(affordable === undefined || item.affordable === undefined ? {} : { affordable: item.affordable - affordable }),
  };
  const out: ProgrammeItem[] = [];
  for (const x of items) {
    if (x.id !== id) out.push(x);
    else out.push(rest, part);
  }
  return { items: out };
}

/** True when the item differs from the preloaded item of the same id (dwellings, years, kind or area). */
export function changedFromPreload(item: ProgrammeItem, preload: readonly ProgrammeItem[]): boolean {
  const p = preload.find((x) => x.id === item.id);
  if (!p) return false;
  return p.n !== item.n || p.from !== item.from || p.to !== item.to || p.kind !== item.kind || p.area !== item.area;
}
