/** The candidate rules in words, with the few settings a planner may change, and what was left out and why. */
import { useStore } from '../../state/store';
import { usePairFinder, useView } from '../../state/selectors';
import { useT } from '../../i18n';
import { formatNumber } from '../../domain/numbers';
import type { Exclusion } from '../../domain/pairs/candidates';
import type { Dict } from '../../i18n/nl';
import { formatEdge } from '../../i18n/format';
import { areaName, fill } from './text';

const REASON: Record<Exclusion, keyof Dict> = {
  small: 'pairsExclSmall',
  'no-data': 'pairsExclNoData',
  'no-liveability': 'pairsExclNoLive',
  'no-location': 'pairsExclNoLocation',
};

export function PairCriteriaForm() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const vm = useView();
  const dataset = vm?.today ?? null;
  const criteria = useStore((s) => s.criteria);
  const setCriteria = useStore((s) => s.setCriteria);
  const different = useStore((s) => s.differentGemeente);
  const setDifferent = useStore((s) => s.setDifferentGemeente);
  const finder = usePairFinder();
  if (!dataset || !finder) return null;
  const band = vm?.band ?? { lower: 0, upper: 100, centre: 50 };
  const vars = {
    upper: formatEdge(band.upper, lang),
    lower: formatEdge(band.lower, lang),
    centre: formatEdge(band.centre, lang),
    margin: formatNumber(criteria.vulnerableMargin, 0, lang),
  };
  const number = (raw: string, min: number, max: number) => Math.min(max, Math.max(min, Math.round(Number(raw) || 0)));
  return (
    <details className="pairs-box" open>
      <summary>{t.pairsCriteria}</summary>
      <ul className="rules">
        <li>{fill(t.pairsVulnerableRule, vars)}</li>
        <li>{fill(t.pairsStrongRule, vars)}</li>
        <li data-testid="pairs-reference">
          {fill(t.pairsReference, { year: criteria.year, ref: formatNumber(finder.set.reference, 3, lang) })}
        </li>
      </ul>
      {finder.parkstad && (
        <label className="check">
          <input
            type="checkbox"
            checked={different}
            onChange={(e) => setDifferent(e.target.checked)}
            data-testid="pairs-different-gemeente"
          />
          {t.pairsDifferentGemeente}
        </label>
      )}
      <div className="criteria-fields">
        <label className="field small">
          <span>{t.pairsMinDwellings}</span>
          <input
            type="number"
            min={0}
            max={5000}
            step={50}
            value={criteria.minDwellings}
            onChange={(e) => setCriteria({ minDwellings: number(e.target.value, 0, 5000) })}
          />
        </label>
        <label className="field small">
          <span>{t.pairsVulnerableMargin}</span>
          <input
            type="number"
            min={0}
            max={30}
            step={1}
            value={criteria.vulnerableMargin}
            onChange={(e) => setCriteria({ vulnerableMargin: number(e.target.value, 0, 30) })}
          />
        </label>
      </div>
      {finder.set.excluded.length > 0 && (
        <p className="note">
          {t.pairsExcluded}: {finder.set.excluded.map((x) => `${areaName(dataset, x.code)} (${t[REASON[x.reason]]})`).join(', ')}.
        </p>
      )}
    </details>
  );
}
