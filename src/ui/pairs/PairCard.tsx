/**
 * The pair card: both areas side by side (today → scenario), their distance, and why the pair ranks where it
 * does. Scenario values come from the draft's result rows; today's from the base data.
 */
import { useStore } from '../../state/store';
import { usePairFinder, useView } from '../../state/selectors';
import { scenarioOutcome } from '../../state/view-model';
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
  const dataset = vm?.today ?? null;
  const pair = useStore((s) => s.draft.pair);
  const moves = useStore((s) => s.draft.moves);
  const finder = usePairFinder();
  if (!dataset) return null;
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
  const band = vm?.band ?? { lower: 0, upper: 100 };
  const ranked = finder?.pairs.find((p) => p.id === pairId(v.code, s.code)) ?? null;
  const km = v.labelPoint && s.labelPoint ? distanceKm(v.labelPoint, s.labelPoint) : null;
  return (
    <article className="pair-card" data-testid="pair-card" aria-labelledby="pair-card-title">
      <h3 id="pair-card-title">{t.pairsCardTitle}</h3>
      <div className="pair-sides">
        <PairSide area={v} after={rows.get(v.code) ?? null} band={band} side="vulnerable" />
        <PairSide area={s} after={rows.get(s.code) ?? null} band={band} side="strong" />
      </div>
      <p className="pair-distance">
        {t.pairsDistance}: <strong data-testid="pair-distance">{formatNumber(km, 1, lang)} km</strong>{' '}
        <span className="muted">({t.pairsArrow})</span>
      </p>
      {ranked && finder ? <WhyRank pair={ranked} total={finder.pairs.length} /> : <p className="note">{t.pairsNotRanked}</p>}
    </article>
  );
}
