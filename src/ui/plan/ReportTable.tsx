/**
 * The table of one report page: every wijk of the gemeente with its dwellings, corporation dwellings (an estimate:
 * CBS rounds the share to whole percents), the share and that of overige verhuurders as CBS publishes them (whole
 * percents), the class against the band and the reference year; the gemeente's own row at the foot.
 */
import type { ReportPage, ReportRow } from '../../state/report-model';
import type { Dict } from '../../i18n/nl';
import { fill } from '../../i18n/text';
import { formatNumber, formatPct, type Lang } from '../../domain/numbers';
import { ClassSwatch } from './ReportPatterns';

function Cells({ r, lang }: { r: ReportRow; lang: Lang }) {
  return (
    <>
      <td className="num">{formatNumber(r.dwellings, 0, lang)}</td>
      <td className="num">{formatNumber(r.corporation === null ? null : Math.round(r.corporation), 0, lang)}</td>
      <td className="num" data-testid="report-pct">
        {formatPct(r.pct, lang, 0)}
      </td>
      <td className="num">{formatPct(r.privatePct, lang, 0)}</td>
    </>
  );
}

export function ReportTable({ page, prefix, t, lang }: { page: ReportPage; prefix: string; t: Dict; lang: Lang }) {
  const g = page.gemeente;
  return (
    <table className="a4-table" data-testid="report-table">
      <caption>{fill(t.a4Table, { gemeente: page.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t.a4Wijk}</th>
          <th scope="col">{t.a4Code}</th>
          <th scope="col" className="num">
            {t.dwellings}
          </th>
          <th scope="col" className="num">
            {t.a4Corporation}
          </th>
          <th scope="col" className="num">
            {t.a4Share}
          </th>
          <th scope="col" className="num">
            {t.a4Private}
          </th>
          <th scope="col">{t.a4Class}</th>
          <th scope="col" className="num">
            {t.a4Year}
          </th>
        </tr>
      </thead>
      <tbody>
        {page.wijken.map((r) => (
          <tr key={r.code} data-code={r.code} data-testid="report-row">
            <th scope="row">{r.displayName}</th>
            <td>{r.code}</td>
            <Cells r={r} lang={lang} />
            <td className="a4-class" data-testid="report-class">
              {r.cls && <ClassSwatch prefix={prefix} cls={r.cls} />}
              {r.cls ? t[r.cls] : ''}
            </td>
            <td className="num">{r.year ?? '–'}</td>
          </tr>
        ))}
      </tbody>
      {g && (
        <tfoot>
          <tr data-code={g.code} data-testid="report-gemeente-row">
            <th scope="row">{fill(t.a4GemeenteRow, { gemeente: page.name })}</th>
            <td>{g.code}</td>
            <Cells r={g} lang={lang} />
            <td />
            <td className="num">{g.year ?? '–'}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
