/**
 * The pair card: both areas side by side (today → scenario), their distance, and why the pair ranks where it
 * does. Scenario values come from the draft's result rows; today's from the base data.
 */
import { useStore } from '../../state/store';
import { usePairsStore } from '../../state/pairs-store';
import { usePairFinder } from '../../state/use-pairs';
import { scenarioResult } from '../../state/pairs-selectors';
import { activeBand } from '../../state/selectors';
import { useT } from '../../i18n';
import { formatNumber } from '../../domain/numbers';
import { distanceKm, pairId } from '../../domain/pairs/rank';
import { levelOfCode } from '../../domain/codes';
import { PairSide } from './PairSide';
import { WhyRank } from './WhyRank';

export function PairCard() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const dataset = useStore((s) => s.dataset);
  const scope = useStore((s) => s.scope);
  const setting = useStore((s) => s.band);
  const pair = usePairsStore((s) => s.pair);
  const moves = usePairsStore((s) => s.draft.moves);
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
  const rows = scenarioResult(dataset, moves).rows;
  const band = activeBand(dataset, scope, setting);
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
