/** The area over time: its 2024 tenure beside its gemeente, Parkstad and the Netherlands, and its gemeente's trend. */
import { useStore } from '../../state/store';
import { selectAreaTime } from '../../state/area-time';
import { useT } from '../../i18n';
import { regionName } from '../../i18n/time-text';
import { formatNumber, formatPoints } from '../../domain/numbers';
import { displayName } from '../../domain/search';
import { TrendChart } from './TrendChart';

export function AreaTime() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const time = useStore(selectAreaTime);
  if (!time) return null;
  const pct = (v: number | null) => formatNumber(v, 1, lang);
  return (
    <>
      <h3>{t.compareTitle}</h3>
      <table className="compare" data-testid="panel-compare">
        <thead>
          <tr>
            <th scope="col">{t.compareWhat}</th>
            <th scope="col">{t.compareCorporation} %</th>
            <th scope="col">{t.compareOther} %</th>
            <th scope="col">{t.compareOwner} %</th>
            <th scope="col">{t.compareDifference}</th>
          </tr>
        </thead>
        <tbody>
          {time.comparison.map((r) => (
            <tr key={r.code} data-code={r.code}>
              <th scope="row">
                {r.role === 'area' ? displayName(r.name) : regionName(r.code, r.name, t)}
                {r.year !== null && <span className="muted"> {r.year}</span>}
              </th>
              <td>{pct(r.corporationPct)}</td>
              <td>{pct(r.otherLandlordPct)}</td>
              <td>{pct(r.ownerPct)}</td>
              <td>{r.difference === null ? '–' : formatPoints(r.difference, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{t.compareNote}</p>
      {time.chart && <TrendChart chart={time.chart} testId="panel-trend" />}
    </>
  );
}
