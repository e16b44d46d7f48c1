/**
 * The pair card: both areas side by side (today → scenario, each against its own gemeente's band, with the share of
 * overige verhuurders beside corporation ownership), their distance, and why the pair ranks where it does, naming
 * the term that dominates its score. Scenario values come from the draft's outcome; today's from the base data.
 */
import { useStore } from '../../state/store';
import { usePairFinder, useView } from '../../state/selectors';
import { scenarioOutcome } from '../../state/view-model';
import { bandOfArea } from '../../state/band-of-area';
import { useT } from '../../i18n';
import { formatNumber } from '../../domain/numbers';
import { distanceKm, pairId } from '../../domain/pairs/rank';
import { levelOfCode } from '../../domain/codes';
import { PairSide } from './PairSide';
import { WhyRank } from './WhyRank';

export function PairCard() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const vm = useView();
  const pair = useStore((s) => s.draft.pair);
  const moves = useStore((s) => s.draft.moves);
  const finder = usePairFinder();
  if (!vm) return null;
  const dataset = vm.today;
  if (!pair)
    return (
      <p className="muted" data-testid="pair-card-empty">
        {t.pairsNoPair}
      </p>
    );
  const levelAreas = dataset.levels[levelOfCode(pair.vulnerable) === 'buurt' ? 'buurt' : 'wijk'].areas;
  const v = levelAreas.find((a) => a.code === pair.vulnerable);
  const s = levelAreas.find((a) => a.code === pair.strong);
  if (!v || !s) return null;
  const rows = scenarioOutcome(dataset, moves).rows;
  const ranked = finder?.pairs.find((p) => p.id === pairId(v.code, s.code)) ?? null;
  const km = v.labelPoint && s.labelPoint ? distanceKm(v.labelPoint, s.labelPoint) : null;
  const average = (code: string) => dataset.gemeenteRows.get(code)?.corporationPct ?? null;
  return (
    <article className="pair-card" data-testid="pair-card" aria-labelledby="pair-card-title">
      <h3 id="pair-card-title">{t.pairsCardTitle}</h3>
      <div className="pair-sides">
        <PairSide area={v} after={rows.get(v.code) ?? null} band={bandOfArea(vm, v)} average={average(v.gemeenteCode)} side="vulnerable" />
        <PairSide area={s} after={rows.get(s.code) ?? null} band={bandOfArea(vm, s)} average={average(s.gemeenteCode)} side="strong" />
      </div>
      <p className="pair-distance">
        {t.pairsDistance}: <strong data-testid="pair-distance">{formatNumber(km, 1, lang)} km</strong>{' '}
        <span className="muted">({t.pairsArrow})</span>
      </p>
      {ranked && finder ? <WhyRank pair={ranked} total={finder.pairs.length} /> : <p className="note">{t.pairsNotRanked}</p>}
    </article>
  );
}
