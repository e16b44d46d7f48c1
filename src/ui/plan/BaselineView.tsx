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
import { ReportDialog } from './ReportDialog';
import { HeadRow } from './fields';

export function BaselineView() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const [withBuurten, setWithBuurten] = useState(false);
  const [report, setReport] = useState(false);
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
        <HeadRow labels={[t.baselineGemeente, t.dwellings, t.baselineCorporation, t.corporationShare, t.below, t.within, t.above]} />
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
        <button type="button" onClick={() => setReport(true)} data-testid="baseline-report">
          {t.baselineReport}
        </button>
      </div>
      {report && <ReportDialog onClose={() => setReport(false)} />}
    </section>
  );
}
