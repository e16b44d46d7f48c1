/** The trend chart's figures as a table (inside <details>): a row per year, a column per region, remarks marked. */
import { useStore } from '../../state/store';
import type { TrendView } from '../../domain/trend-view';
import { useT } from '../../i18n';
import { lineName } from '../../i18n/time-text';
import { formatNumber } from '../../domain/numbers';

export function TrendTable({ view, testId }: { view: TrendView; testId: string }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  return (
    <details className="trend-table">
      <summary>{t.trendTable}</summary>
      <table data-testid={testId}>
        <caption>{t.trendTableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.trendYear}</th>
            {view.lines.map((l) => (
              <th key={l.code} scope="col">
                {lineName(l, t)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.years.map((year) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {view.lines.map((l) => {
                const p = l.points.find((q) => q.year === year);
                const marks = `${p?.basis === 'som-voorgangers' ? t.trendMarkSum : ''}${p?.seriesBreak ? t.trendMarkBreak : ''}`;
                return (
                  <td key={l.code}>
                    {formatNumber(p?.pct ?? null, 1, lang)}
                    {marks}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
