/** Why a pair ranks where it does: each term's raw value, scaled value, weight and contribution to the score. */
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { formatNumber } from '../../domain/numbers';
import { WEIGHT_KEYS, type RankedPair, type WeightKey } from '../../domain/pairs/rank';
import { WEIGHT_LABEL } from './WeightControls';
import { fill } from './text';

const DIGITS: Record<WeightKey, number> = { gapVulnerable: 1, gapStrong: 1, liveability: 3, absorbable: 0, distance: 1 };

export function WhyRank({ pair, total }: { pair: RankedPair; total: number }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const weights = useStore((s) => s.weights);
  const best = [...WEIGHT_KEYS].filter((k) => k !== 'distance').sort((a, b) => pair.terms[b].contribution - pair.terms[a].contribution)[0];
  return (
    <section className="why-rank" aria-labelledby="why-title">
      <h4 id="why-title">
        {t.pairsWhy}: <span data-testid="pair-rank">{fill(t.pairsRank, { rank: pair.rank, n: total })}</span>
      </h4>
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
          {WEIGHT_KEYS.map((k) => {
            const term = pair.terms[k];
            return (
              <tr key={k}>
                <th scope="row">{t[WEIGHT_LABEL[k]]}</th>
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
      {best && <p className="note">{fill(t.pairsBestOn, { term: t[WEIGHT_LABEL[best]].toLowerCase() })}</p>}
    </section>
  );
}
