/** The arcs the map draws while the pair finder is open (a hook: state in, plain arc data out). */
import { useStore } from '../state/store';
import { usePairsStore } from '../state/pairs-store';
import { memoLast } from '../state/selectors';
import { usePairFinder } from '../state/use-pairs';
import { levelOfCode } from '../domain/codes';
import { pairId, type RankedPair } from '../domain/pairs/rank';
import type { Dataset } from '../domain/dataset';
import { arcData, type ArcDatum } from './deck-layers';

const NO_ARCS: ArcDatum[] = [];
const arcsFor = memoLast((pairs: readonly RankedPair[], dataset: Dataset, vulnerable: string | null, strong: string | null): ArcDatum[] => {
  const find = (code: string | null) =>
    code
      ? ((levelOfCode(code) === 'buurt' ? dataset.levels.buurt : dataset.levels.wijk).areas.find((a) => a.code === code)?.labelPoint ??
        null)
      : null;
  const source = find(vulnerable),
    target = find(strong);
  const chosen = source && target && vulnerable && strong ? { id: pairId(vulnerable, strong), source, target } : null;
  return arcData(pairs, chosen);
});

/** Arcs for the map while the pair finder is open: the top pairs and the chosen one. */
export function useArcData(): ArcDatum[] {
  const open = useStore((s) => s.panel === 'pairs');
  const dataset = useStore((s) => s.dataset);
  const pair = usePairsStore((s) => s.pair);
  const finder = usePairFinder();
  if (!open || !dataset || !finder) return NO_ARCS;
  return arcsFor(finder.pairs, dataset, pair?.vulnerable ?? null, pair?.strong ?? null);
}
