import { useStore } from '../state/store';
import type { Dict } from './nl';
import { dictOf } from './catalog';

/** The interface texts of the language shown. */
export function useT(): Dict {
  return dictOf(useStore((s) => s.lang));
}

export { dictOf };
