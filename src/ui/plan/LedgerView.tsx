/**
 * The ledger of a gemeente (or Parkstad) per year: sold, added to the social stock, built, bought, demolished and
 * the corporation stock against the 0-meting, with the checks the agreements ask for — sales no more than additions
 * (001 afspraak 7), inponden against the target (000; 001 afspraak 8), new build against the building programme,
 * and net corporation dwellings ("mengen zonder te verdringen"). The targets' words sit behind a disclosure.
 */
import { useState } from 'react';
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { fill } from '../../i18n/text';
import { selectLedgers } from '../../state/plan-model';
import { formatNumber } from '../../domain/numbers';
import { BUILD_TARGETS, INPONDEN_TARGETS } from '../../config/programme';
import { PolicyQuotes } from '../pairs/PolicyQuote';
import { GemeenteSelect } from './GemeenteSelect';
import { HeadRow } from './fields';

export function LedgerView() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const scope = useStore((s) => s.scope);
  const ledgers = useStore(selectLedgers);
  const [group, setGroup] = useState(scope);
  const ledger = ledgers?.get(group);
  if (!ledger) return null;
  const n = (v: number) => formatNumber(Math.round(v), 0, lang);
  const signed = (v: number) => `${Math.round(v) > 0 ? '+' : ''}${n(v)}`;
  const sources = [
    ...INPONDEN_TARGETS.filter((x) => x.group === group).map((x) => x.source),
    ...BUILD_TARGETS.filter((x) => x.group === group).flatMap((x) => x.source),
  ];
  return (
    <section className="ledger" data-testid="ledger" aria-labelledby="ledger-title">
      <h3 id="ledger-title">{t.ledgerTitle}</h3>
      <GemeenteSelect value={group} onChange={setGroup} label={t.ledgerFor} testId="ledger-group" region={t.chartParkstad} />
      <div className="table-scroll">
        <table className="area-table compact" data-testid="ledger-table">
          <HeadRow
            labels={[
              t.ledgerYear,
              t.ledgerSold,
              t.ledgerAdded,
              t.ledgerBuilt,
              t.ledgerBought,
              t.ledgerDemolished,
              t.ledgerNet,
              t.ledgerChecks,
            ]}
          />
          <tbody>
            {ledger.years.map((y) => {
              const problems = [
                ...(y.salesHold ? [] : [t.ledgerSalesFail]),
                ...(y.inponden && !y.inponden.met ? [fill(t.ledgerInpondenShort, { target: n(y.inponden.target) })] : []),
              ];
              return (
                <tr key={y.year} data-year={y.year} className={problems.length > 0 || y.netCorporation < 0 ? 'flagged' : undefined}>
                  <th scope="row">{y.year}</th>
                  <td className="num">{n(y.flows.sold)}</td>
                  <td className="num">{n(y.flows.addedSocial)}</td>
                  <td className="num">{n(y.flows.built)}</td>
                  <td className="num">{n(y.flows.bought)}</td>
                  <td className="num">{n(y.flows.demolished)}</td>
                  <td className="num" data-testid="ledger-net">
                    {signed(y.netCorporation)}
                  </td>
                  <td data-testid="ledger-check">{problems.length > 0 ? problems.join('; ') : t.ledgerOk}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {ledger.builds.map((b) => (
        <p
          key={`${String(b.target.from)}-${String(b.target.to)}`}
          className={b.reached ? 'note' : 'field-error'}
          data-testid="ledger-build"
        >
          {fill(b.reached ? t.ledgerBuildReached : t.ledgerBuildShort, {
            from: b.target.from,
            to: b.target.to,
            built: n(b.built),
            min: n(b.target.min),
            max: n(b.target.max),
          })}
        </p>
      ))}
      {sources.length > 0 && <PolicyQuotes sources={sources} summary={t.ledgerSources} />}
    </section>
  );
}
