/**
 * The checks of a scenario, each with the passage it rests on: mengen zonder te verdringen in corporation dwellings
 * per touched gemeente and Parkstad (any loss flagged; the share beside it as information), 001 afspraak 7 per
 * gemeente, and new build against the building programmes.
 */
import { useStore } from '../../state/store';
import { scenarioOutcome } from '../../state/view-model';
import { totalsOf, useView, type ScenarioChecks } from '../../state/selectors';
import { useT } from '../../i18n';
import { formatNumber } from '../../domain/numbers';
import { formatShare } from '../../i18n/format';
import { scenarioLevel } from '../../domain/scenario/groups';
import { SCENARIO_SOURCES } from '../../config/scenario-policy';
import { PolicyQuote } from './PolicyQuote';
import { groupName, signed } from './text';
import { fill } from '../../i18n/text';

export function ScenarioChecksView({ checks }: { checks: ScenarioChecks }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const vm = useView();
  const moves = useStore((s) => s.draft.moves);
  if (!vm) return null;
  const n = (v: number) => formatNumber(v, 0, lang);
  const totals = totalsOf(vm.today, moves, scenarioOutcome(vm.today, moves).rows);
  const built = checks.programmes.some((c) => c.newDwellings > 0);
  return (
    <>
      <h3>{t.scenarioMixingTitle}</h3>
      <ul className="totals" aria-live="polite">
        {checks.balance.map((b) => {
          const tt = totals.find((g) => g.code === b.group);
          const differs = tt && tt.cbsPct !== null && tt.totals.before !== null && Math.abs(tt.cbsPct - tt.totals.before) >= 0.05;
          return (
            <li key={b.group} data-testid={`balance-${b.group}`} className={b.loss ? 'breaks' : 'holds'}>
              <strong>{groupName(t, b.group)}</strong>:{' '}
              <span data-testid={`balance-change-${b.group}`}>{fill(t.scenarioBalance, { change: signed(b.change, n) })}</span>{' '}
              <span className="verdict" data-testid={`balance-verdict-${b.group}`}>
                {b.loss ? `✗ ${t.scenarioLoss}` : `✓ ${t.scenarioNoLoss}`}
              </span>
              {tt && (
                <span className="muted small">
                  {' '}
                  ·{' '}
                  {fill(t.scenarioShare, {
                    before: formatShare(tt.totals.before, lang, true),
                    after: formatShare(tt.totals.after, lang, true),
                  })}
                  {differs && ` · ${t.scenarioCbsRow}: ${formatShare(tt.cbsPct, lang)}`}
                </span>
              )}
              {b.loss && (
                <>
                  {' '}
                  <PolicyQuote source={SCENARIO_SOURCES.mixing} inline />
                </>
              )}
            </li>
          );
        })}
      </ul>
      <p className="note">
        {t.scenarioMixingNote} {scenarioLevel(moves) === 'buurt' ? t.scenarioTotalsNoteBuurt : t.scenarioTotalsNoteWijk}
      </p>
      <PolicyQuote source={SCENARIO_SOURCES.mixing} />
      <h3>{t.scenarioSalesTitle}</h3>
      <ul className="totals">
        {checks.sales.map((c) => (
          <li key={c.gemeenteCode} data-testid={`sales-${c.gemeenteCode}`} className={c.holds ? 'holds' : 'breaks'}>
            <strong>{groupName(t, c.gemeenteCode)}</strong>: {fill(t.scenarioSales, { sold: n(c.sold), added: n(c.added) })}{' '}
            <span className="verdict" data-testid={`sales-verdict-${c.gemeenteCode}`}>
              {c.holds ? `✓ ${t.scenarioSalesHolds}` : `✗ ${t.scenarioSalesBreaks}`}
            </span>
            {!c.holds && (
              <>
                {' '}
                <PolicyQuote source={SCENARIO_SOURCES.salesLimit} inline />
              </>
            )}
          </li>
        ))}
      </ul>
      <PolicyQuote source={SCENARIO_SOURCES.salesLimit} />
      {built && (
        <>
          <h3>{t.scenarioProgrammeTitle}</h3>
          <ul className="totals">
            {checks.programmes.map((c) => {
              const p = c.programme;
              const above = c.flags.length > 0;
              const range = !p
                ? t.scenarioProgrammeNone
                : fill(p.dwellings.min === p.dwellings.max ? t.scenarioProgrammeExact : t.scenarioProgrammeRange, {
                    period: p.period,
                    min: n(p.dwellings.min),
                    max: n(p.dwellings.max),
                  }) + (p.social ? `; ${fill(t.scenarioProgrammeSocial, { min: n(p.social.min), max: n(p.social.max) })}` : '');
              return (
                <li key={c.group} data-testid={`programme-${c.group}`} className={above ? 'breaks' : 'holds'}>
                  <strong>{groupName(t, c.group)}</strong>: {fill(t.scenarioProgramme, { n: n(c.newDwellings), corp: n(c.newCorporation) })}{' '}
                  <span className="muted small">({range})</span>{' '}
                  {p && (
                    <span className="verdict">
                      {above
                        ? c.flags
                            .map((f) => `✗ ${f === 'above-programme' ? t.scenarioProgrammeAbove : t.scenarioProgrammeAboveSocial}`)
                            .join(' ')
                        : `✓ ${t.scenarioProgrammeWithin}`}
                    </span>
                  )}
                  {above && p && p.sources.map((s) => <PolicyQuote key={s.quote} source={s} inline />)}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
