/** The ranking weights, visible and adjustable (0–3); every change re-ranks at once. */
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import type { Dict } from '../../i18n/nl';
import { WEIGHT_KEYS, type WeightKey } from '../../domain/pairs/rank';
import { formatNumber } from '../../domain/numbers';

export const WEIGHT_LABEL: Record<WeightKey, keyof Dict> = {
  gapVulnerable: 'pairsWeightGapVulnerable',
  gapStrong: 'pairsWeightGapStrong',
  liveability: 'pairsWeightLiveability',
  absorbable: 'pairsWeightAbsorbable',
  distance: 'pairsWeightDistance',
};

export function WeightControls() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const weights = useStore((s) => s.weights);
  const setWeight = useStore((s) => s.setWeight);
  const reset = useStore((s) => s.resetWeights);
  return (
    <details className="pairs-box" open>
      <summary>{t.pairsWeights}</summary>
      {WEIGHT_KEYS.map((k) => (
        <label key={k} className="weight-row">
          <span>{t[WEIGHT_LABEL[k]]}</span>
          <input
            type="range"
            min={0}
            max={3}
            step={0.25}
            value={weights[k]}
            data-testid={`weight-${k}`}
            onChange={(e) => setWeight(k, Number(e.target.value))}
          />
          <output>{formatNumber(weights[k], 2, lang)}</output>
        </label>
      ))}
      <p className="note">{t.pairsFormula}</p>
      <button type="button" onClick={reset}>
        {t.pairsWeightsReset}
      </button>
    </details>
  );
}
