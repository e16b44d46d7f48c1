/** The app's store on the real geodata, reset before every test of the file that calls `useRealStore`. */
import { beforeEach } from 'vitest';
import { readRawGeodata } from '../../scripts/lib/read-geodata';
import { buildDataset, type Dataset } from '../../src/domain/dataset';
import { useStore } from '../../src/state/store';
import { selectView, type ViewModel } from '../../src/state/view-model';
import { emptyScenario } from '../../src/state/slices/scenario';

/** The derived view of the store as it is now (throws when there is none). */
export function view(): ViewModel {
  const vm = selectView(useStore.getState());
  if (!vm) throw new Error('no view');
  return vm;
}

/** Register a reset to the app's first state with the real geodata and an empty scenario before every test. */
export function useRealStore(): { base: Dataset } {
  const base = buildDataset(readRawGeodata());
  const initial = useStore.getState();
  beforeEach(() => useStore.setState({ ...initial, base, draft: emptyScenario() }, true));
  return { base };
}
