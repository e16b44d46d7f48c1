/** The scope at a glance (side panel, nothing selected): average, band, areas per class, and the trend over time. */
import { useStore } from '../../state/store';
import { useView } from '../../state/selectors';
import { useT } from '../../i18n';
import { fill } from '../../i18n/text';
import { formatEdge, formatShare } from '../../i18n/format';
import { noFiguresText } from '../../i18n/time-text';
import { legendBandText, legendClassLabel } from '../../i18n/legend-notes';
import { scopeName } from '../../export/titles';
import { SwatchBox } from '../SwatchBox';
import { TrendChart } from './TrendChart';

export function ScopeSummary() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const vm = useView();
  if (!vm) return null;
  return (
    <section className="scope-summary" data-testid="scope-summary" aria-labelledby="scope-summary-title">
      <h2 id="scope-summary-title">{fill(t.summaryTitle, { scope: scopeName(vm.scope, t) })}</h2>
      <dl className="facts">
        <dt>{t.summaryAverage}</dt>
        <dd data-testid="summary-average">{formatShare(vm.average, lang)}</dd>
        {vm.band && (
          <>
            <dt>{t.band}</dt>
            <dd>
              {formatEdge(vm.band.lower, lang)} – {formatEdge(vm.band.upper, lang)}
            </dd>
          </>
        )}
      </dl>
      {vm.legend.bands.length > 0 && (
        <ul className="legend-bands">
          {vm.legend.bands.map((b) => (
            <li key={b.gemeente}>{legendBandText(b, t, lang)}</li>
          ))}
        </ul>
      )}
      <h3>{fill(t.summaryCounts, { level: t[vm.level] })}</h3>
      <ul className="legend-classes" data-testid="summary-counts">
        {vm.legend.classes.map((c) => (
          <li key={c.id}>
            <SwatchBox swatch={c.swatch} width={20} height={13} />
            {legendClassLabel(c, t, lang)}: <strong>{c.count}</strong>
          </li>
        ))}
      </ul>
      {vm.noFigures.length > 0 && (
        <p className="note-strong" data-testid="summary-no-figures">
          {noFiguresText(vm.level, vm.noFigures, t)}
        </p>
      )}
      <TrendChart chart={vm.trend.scope} testId="scope-trend" />
    </section>
  );
}
