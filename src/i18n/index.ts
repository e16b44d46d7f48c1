import { useStore } from '../state/store';
import type { Lang } from '../domain/numbers';
import { nl, type Dict } from './nl';
import { en } from './en';

export const DICTS: Record<Lang, Dict> = { nl, en };

/** The interface texts of the current language. */
export function useT(): Dict {
  return DICTS[useStore((s) => s.lang)];
}
