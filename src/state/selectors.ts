/**
 * Selectors over the one store (pure, memoised) and the React hooks that read them: the view model, the
 * pair finder, the chosen pair. Ranking always uses today's data; the map may show a scenario.
 */
import { useStore } from './store';
import { selectView, type ViewModel } from './view-model';
import { selectPairFinder, type PairFinder } from './pair-finder';

export { selectPairFinder, type PairFinder } from './pair-finder';
export { compensationIn, scenarioChecks, totalsOf, type ScenarioChecks } from './scenario-checks';

/** The view model (null before the data has loaded). */
export const useView = (): ViewModel | null => useStore(selectView);

/** The pair finder (null before the data has loaded). */
export const usePairFinder = (): PairFinder | null => useStore(selectPairFinder);
