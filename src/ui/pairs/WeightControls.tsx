/** The ranking weights of the five terms, visible and adjustable (0–3); every change re-ranks at once. */
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { MARRIAGE_TERMS } from '../../domain/pairs/stadshuwelijk-rank';
import { formatNumber } from '../../domain/numbers';
import { TERM_LABEL } from './text';

export function WeightControls() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const weights = useStore((s) => s.weights);
  const setWeight = useStore((s) => s.setWeight);
  const reset = useStore((s) => s.resetWeights);
  return (
    <details className="pairs-box" open>
      <summary>{t.pairsWeights}</summary>
      {MARRIAGE_TERMS.map((k) => (
        <label key={k} className="weight-row">
          <span>{t[TERM_LABEL[k]]}</span>
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
