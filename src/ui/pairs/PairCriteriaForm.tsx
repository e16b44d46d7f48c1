/**
 * The candidate rules in words (which liveability reference is active, what is left out by default), the settings a
 * planner may change, what was left out and why, and the passages that define a (Park)stadshuwelijk.
 */
import { useStore } from '../../state/store';
import { usePairFinder, useView } from '../../state/selectors';
import { useT } from '../../i18n';
import type { Dict } from '../../i18n/nl';
import { formatNumber, formatPct } from '../../domain/numbers';
import type { MarriageExclusion } from '../../domain/pairs/stadshuwelijk';
import { PARKSTADSHUWELIJK_CRITERIA, STADSHUWELIJK_CRITERIA, STADSHUWELIJK_SOURCES } from '../../config/pair-policy';
import { PolicyQuotes } from './PolicyQuote';
import { areaName } from './text';
import { fill } from '../../i18n/text';

const REASON: Record<MarriageExclusion, keyof Dict> = {
  small: 'pairsExclSmall',
  'no-data': 'pairsExclNoData',
  'no-liveability': 'pairsExclNoLive',
  'no-location': 'pairsExclNoLocation',
  scattered: 'pairsExclScattered',
  'nplv-partner': 'pairsExclNplv',
  'gemeente-not-lower': 'pairsExclGemeenteNotLower',
};

export function PairCriteriaForm() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const vm = useView();
  const settings = useStore((s) => s.pairCriteria);
  const { setPairCriteria, setMinDwellings, resetPairCriteria } = useStore.getState();
  const finder = usePairFinder();
  if (!vm || !finder) return null;
  const { set, criteria } = finder;
  const kind = finder.parkstad ? 'parkstadshuwelijk' : 'stadshuwelijk';
  const anchor = vm.today.gemeenteRows.get(PARKSTADSHUWELIJK_CRITERIA.anchorGemeente)?.corporationPct ?? null;
  const active =
    set.reference.kind === 'national'
      ? fill(t.pairsReferenceActiveNational, { year: criteria.year })
      : fill(t.pairsReferenceActiveScope, { year: criteria.year, ref: formatNumber(set.reference.value, 3, lang) });
  return (
    <details className="pairs-box" open>
      <summary>{t.pairsCriteria}</summary>
      <ul className="rules">
        <li>{finder.parkstad ? fill(t.pairsVulnerableRuleParkstad, { anchor: formatPct(anchor, lang, 0) }) : t.pairsVulnerableRule}</li>
        <li>{finder.parkstad ? t.pairsStrongRuleParkstad : t.pairsStrongRule}</li>
      </ul>
      <fieldset className="segmented" data-testid="pairs-reference-choice">
        <legend>{t.pairsReferenceTitle}</legend>
        {(['national', 'scope-mean'] as const).map((r) => (
          <label key={r} className={settings.reference === r ? 'active' : ''}>
            <input
              type="radio"
              name="pairs-reference"
              value={r}
              checked={settings.reference === r}
              onChange={() => setPairCriteria({ reference: r })}
              data-testid={`pairs-reference-${r}`}
            />
            {r === 'national' ? t.pairsReferenceNational : t.pairsReferenceScope}
          </label>
        ))}
      </fieldset>
      <p className="note" data-testid="pairs-reference">
        {active}
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.excludePartnersInNplv}
          onChange={(e) => setPairCriteria({ excludePartnersInNplv: e.target.checked })}
          data-testid="pairs-exclude-nplv"
        />
        {t.pairsExcludeNplv}
      </label>
      {(finder.nplv === 'pending' || finder.nplv === 'failed') && (
        <p className="issue-warning" role="status" data-testid="pairs-nplv-status">
          {finder.nplv === 'pending' ? t.pairsNplvPending : t.pairsNplvFailed}
        </p>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={settings.excludeScattered}
          onChange={(e) => setPairCriteria({ excludeScattered: e.target.checked })}
          data-testid="pairs-exclude-scattered"
        />
        {t.pairsExcludeScattered}
      </label>
      <div className="criteria-fields">
        <label className="field small">
          <span>{t.pairsMinDwellings}</span>
          <input
            type="number"
            min={0}
            max={5000}
            step={50}
            value={settings.minDwellings[kind]}
            onChange={(e) => setMinDwellings(kind, Number(e.target.value))}
            data-testid="pairs-min-dwellings"
          />
        </label>
      </div>
      <p className="note">
        {fill(t.pairsMinDwellingsNote, { city: STADSHUWELIJK_CRITERIA.minDwellings, parkstad: PARKSTADSHUWELIJK_CRITERIA.minDwellings })}
      </p>
      <button type="button" onClick={resetPairCriteria}>
        {t.pairsCriteriaReset}
      </button>
      {set.excluded.length > 0 && (
        <p className="note" data-testid="pairs-excluded">
          {t.pairsExcluded}: {set.excluded.map((x) => `${areaName(vm.today, x.code)} (${t[REASON[x.reason]]})`).join(', ')}.
        </p>
      )}
      <PolicyQuotes sources={STADSHUWELIJK_SOURCES} summary={t.pairsSources} />
    </details>
  );
}
