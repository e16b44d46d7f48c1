/**
 * The numbers on the map (pure, memoised). At wijk level every area of the scope gets a number — 1, 2, … in the
 * order of its CBS code — drawn at its label point and listed with its name in the key (screen legend and export),
 * so every wijk can be found even where its name does not fit between its neighbours'. Buurten get none: there are
 * too many for a key, and their names are shown where they fit.
 */
import type { Dataset } from '../domain/dataset';
import type { MapLevel } from '../domain/types';
import { areasOf } from '../domain/band-setting';
import { displayName } from '../domain/search';
import { memoLast } from './memo';
import { selectView } from './view-model';
import type { AppState } from './store';

export interface KeyEntry {
  code: string;
  /** The number drawn on the map, from 1. */
  n: number;
  /** Display name (without the "Wijk 40" prefix). */
  name: string;
}

const NONE: readonly KeyEntry[] = [];

/** The key of a scope at a level: every wijk with a label point, numbered by code; empty at buurt level. */
export const labelKey = memoLast((today: Dataset, gemeenten: readonly string[], level: MapLevel): readonly KeyEntry[] =>
  level !== 'wijk'
    ? NONE
    : areasOf(today, gemeenten, level)
        .filter((a) => a.labelPoint)
        .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
        .map((a, i) => ({ code: a.code, n: i + 1, name: displayName(a.name) })),
);

/** The key of the view shown now (empty before the data has loaded). */
export function selectLabelKey(s: AppState): readonly KeyEntry[] {
  const vm = selectView(s);
  return vm ? labelKey(vm.today, vm.gemeenten, vm.level) : NONE;
}
