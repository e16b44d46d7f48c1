/** Why a pair ranks where it does: each term's raw value, scaled value, weight and contribution, and the dominant term. */
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { formatNumber } from '../../domain/numbers';
import { MARRIAGE_TERMS, type MarriagePair, type MarriageTermKey } from '../../domain/pairs/stadshuwelijk-rank';
import { TERM_LABEL } from './text';
import { fill } from '../../i18n/text';

const DIGITS: Record<MarriageTermKey, number> = { shareVulnerable: 1, shareStrong: 1, liveability: 3, capacity: 0, distance: 1 };

export function WhyRank({ pair, total }: { pair: MarriagePair; total: number }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const weights = useStore((s) => s.weights);
  return (
    <section className="why-rank" aria-labelledby="why-title">
      <h4 id="why-title">
        {t.pairsWhy}: <span data-testid="pair-rank">{fill(t.pairsRank, { rank: pair.rank, n: total })}</span>
      </h4>
      <p className="note" data-testid="pair-dominant">
        {pair.dominant ? fill(t.pairsDominant, { term: t[TERM_LABEL[pair.dominant]].toLowerCase() }) : t.pairsDominantNone}
      </p>
      <table className="area-table">
        <thead>
          <tr>
            <th scope="col">{t.pairsTerm}</th>
            <th scope="col">{t.pairsRaw}</th>
            <th scope="col">{t.pairsNormalised}</th>
            <th scope="col">{t.pairsWeight}</th>
            <th scope="col">{t.pairsContribution}</th>
          </tr>
        </thead>
        <tbody>
          {MARRIAGE_TERMS.map((k) => {
            const term = pair.terms[k];
            return (
              <tr key={k} className={k === pair.dominant ? 'dominant' : undefined}>
                <th scope="row">{t[TERM_LABEL[k]]}</th>
                <td className="num">{formatNumber(term.raw, DIGITS[k], lang)}</td>
                <td className="num">{formatNumber(term.normalised, 2, lang)}</td>
                <td className="num">{formatNumber(weights[k], 2, lang)}</td>
                <td className="num">{formatNumber(term.contribution, 2, lang)}</td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">{t.pairsTotal}</th>
            <td />
            <td />
            <td />
            <td className="num" data-testid="pair-score">
              <strong>{formatNumber(pair.score, 2, lang)}</strong>
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
