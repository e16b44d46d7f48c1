/** The ranked pairs as a list of buttons: rank, both names, score and distance. Choosing one opens its card. */
import { useState } from 'react';
import { useStore } from '../../state/store';
import { usePairFinder } from '../../state/selectors';
import { useT } from '../../i18n';
import { formatNumber } from '../../domain/numbers';
import { displayName } from '../../domain/search';
import { pairId } from '../../domain/pairs/rank';
import { TERM_LABEL } from './text';
import { fill } from '../../i18n/text';

const STEP = 8;

export function PairList() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const finder = usePairFinder();
  const pair = useStore((s) => s.draft.pair);
  const choose = useStore((s) => s.choosePair);
  const [shown, setShown] = useState(STEP);
  if (!finder) return null;
  const { set, pairs } = finder;
  const chosen = pair ? pairId(pair.vulnerable, pair.strong) : null;
  return (
    <section className="pair-list" aria-labelledby="pair-list-title">
      <h3 id="pair-list-title">{t.pairsListTitle}</h3>
      <p className="muted small" data-testid="pairs-counts">
        {fill(t.pairsCounts, { v: set.vulnerable.length, s: set.strong.length, n: pairs.length })}
      </p>
      {pairs.length === 0 && <p className="muted">{t.pairsNone}</p>}
      <ol className="pairs" data-testid="pair-list">
        {pairs.slice(0, shown).map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className={p.id === chosen ? 'pair chosen' : 'pair'}
              aria-pressed={p.id === chosen}
              data-testid="pair-item"
              data-pair={p.id}
              onClick={() =>
                choose(
                  p.vulnerable.code,
                  p.strong.code,
                  fill(t.scenarioDefaultName, { v: displayName(p.vulnerable.name), s: displayName(p.strong.name) }),
                )
              }
            >
              <span className="pair-rank">{p.rank}.</span>
              <span className="pair-names">
                <span className="cls-above">{displayName(p.vulnerable.name)}</span> <span aria-hidden="true">→</span>{' '}
                <span className="cls-below">{displayName(p.strong.name)}</span>
              </span>
              <span className="pair-meta muted">
                {t.pairsScore} {formatNumber(p.score, 2, lang)} · {formatNumber(p.distanceKm, 1, lang)} km
                {p.dominant && ` · ${fill(t.pairsMostly, { term: t[TERM_LABEL[p.dominant]].toLowerCase() })}`}
              </span>
            </button>
          </li>
        ))}
      </ol>
      {pairs.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + STEP)}>
          {t.pairsShowMore}
        </button>
      )}
    </section>
  );
}
