/**
 * The 0-meting: per gemeente and for Parkstad the dwellings, corporation dwellings and share, the count of wijken
 * per class against the band in force, what it was made from, the CSV (the Dutch profile, formula-safe) and the A4
 * report per gemeente.
 */
import { useState } from 'react';
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { fill } from '../../i18n/text';
import { selectBaseline } from '../../state/plan-model';
import { baselineCsv } from '../../domain/programme/baseline';
import { formatNumber, formatPct } from '../../domain/numbers';
import { downloadText } from '../pairs/text';

export function BaselineView() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const [withBuurten, setWithBuurten] = useState(false);
  const rows = useStore((s) => selectBaseline(s, withBuurten, t.parkstad));
  if (!rows) return null;
  const madeFrom = fill(t.baselineMadeFrom, { sources: t.baselineSources });
  const summary = rows.filter((r) => r.level === 'gemeente' || r.level === 'regio');
  const wijken = (g: string) => rows.filter((r) => r.level === 'wijk' && (g === 'parkstad' || r.gemeenteCode === g));
  const count = (g: string, cls: string) => wijken(g).filter((r) => r.cls === cls).length;
  return (
    <section className="baseline" data-testid="baseline" aria-label={t.planViewBaseline}>
      <table className="area-table compact" data-testid="baseline-table">
        <caption className="note">{madeFrom}</caption>
        <thead>
          <tr>
            <th scope="col">{t.baselineGemeente}</th>
            <th scope="col">{t.dwellings}</th>
            <th scope="col">{t.baselineCorporation}</th>
            <th scope="col">{t.corporationShare}</th>
            <th scope="col">{t.below}</th>
            <th scope="col">{t.within}</th>
            <th scope="col">{t.above}</th>
          </tr>
        </thead>
        <tbody>
          {summary.map((r) => (
            <tr key={r.code} data-code={r.code}>
              <th scope="row">{r.name}</th>
              <td className="num">{formatNumber(r.dwellings, 0, lang)}</td>
              <td className="num">{formatNumber(r.corporation === null ? null : Math.round(r.corporation), 0, lang)}</td>
              <td className="num">{formatPct(r.pct, lang, r.level === 'regio' ? 1 : 0)}</td>
              <td className="num">{count(r.code, 'below')}</td>
              <td className="num">{count(r.code, 'within')}</td>
              <td className="num">{count(r.code, 'above')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="check">
        <input type="checkbox" checked={withBuurten} onChange={(e) => setWithBuurten(e.target.checked)} data-testid="baseline-buurten" />
        {t.baselineWithBuurten}
      </label>
      <p className="note" data-testid="baseline-count">
        {fill(t.baselineRows, { n: rows.length })}
      </p>
      <div className="button-row">
        <button
          type="button"
          data-testid="baseline-csv"
          onClick={() =>
            downloadText(baselineCsv(rows, madeFrom).replace(/^\uFEFF/, ''), `wijkbalans-0-meting-2024${withBuurten ? '-buurten' : ''}.csv`)
          }
        >
          {t.baselineCsv}
        </button>
      </div>
    </section>
  );
}
