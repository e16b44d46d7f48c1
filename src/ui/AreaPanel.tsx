/** The area panel: composition, band distance in points and dwellings, liveability, WOZ, caveats. */
import { useStore } from '../state/store';
import { useView } from '../state/selectors';
import { useT } from '../i18n';
import { findArea } from '../domain/band-setting';
import { distanceToBand } from '../domain/band';
import { viewOfArea } from '../state/view-model';
import { liveabilityChange } from '../domain/summarize';
import { formatNumber, formatPoints } from '../domain/numbers';
import { displayName } from '../domain/search';
import { LIVEABILITY_LATEST, SMALL_AREA_DWELLINGS } from '../config/policy';
import { CompositionBar } from './CompositionBar';
import { UploadIndicators } from './upload/UploadIndicators';
import { BandRoutes } from './BandRoutes';
import { formatEdge, formatShare } from '../i18n/format';
import { ScopeSummary } from './time/ScopeSummary';
import { AreaTime } from './time/AreaTime';
import { areaNoteText } from '../i18n/time-text';

export function AreaPanel() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const vm = useView();
  const selected = useStore((s) => s.selected);
  const select = useStore((s) => s.select);
  if (!vm) return null;
  const { level } = vm;
  const area = findArea(vm.shown, level, selected);
  if (!area)
    return (
      <>
        <p className="muted" data-testid="no-selection">
          {t.noSelection}
        </p>
        <ScopeSummary />
      </>
    );
  const s = area.stock;
  const pct = s?.corporationPct ?? null;
  const view = vm.byCode.get(area.code) ?? viewOfArea(area, vm.allBands);
  const { cls, band } = view;
  const judged = band !== null && (cls === 'above' || cls === 'below' || cls === 'within');
  const live = area.liveability[LIVEABILITY_LATEST];
  const change = liveabilityChange(area);
  const caveats: string[] = [];
  if (pct === null) caveats.push(s ? t.caveatNoData : level === 'buurt' ? t.caveatNoBuurtFigures : t.caveatNoAreaFigures);
  const note = vm.shown.areaNotes.get(area.code);
  if (note) caveats.push(areaNoteText(note, t));
  if (s?.dwellings != null && s.dwellings < SMALL_AREA_DWELLINGS) caveats.push(t.caveatSmall);
  caveats.push(t.caveatOwnership);
  if (level === 'buurt') caveats.push(t.bandInsight);
  if (s?.year != null && s.year !== 2024) caveats.push(t.caveatYear);
  return (
    <article className="area-panel" data-testid="area-panel" aria-labelledby="area-panel-title">
      <header className="panel-head">
        <h2 id="area-panel-title">{displayName(area.name)}</h2>
        <button type="button" className="icon-button" onClick={() => select(null)} aria-label={t.close}>
          ×
        </button>
      </header>
      <p className="muted">
        {area.code} · {area.name}
      </p>
      <div className="big-figure">
        <span data-testid="panel-pct">{formatShare(pct, lang, view.computed)}</span> <span className="muted">{t.ownedByCorporation}</span>
        <div className={`cls cls-${cls}`} data-testid="panel-class">
          {t[cls]}
          {band ? ` (${formatEdge(band.lower, lang)} – ${formatEdge(band.upper, lang)})` : ''}
        </div>
        <div className="muted small" data-testid="panel-band-label">
          {band ? t[band.label] : t.bandNone}
        </div>
      </div>
      <h3>{t.composition}</h3>
      <CompositionBar stock={s} />
      <dl className="facts">
        <dt>{t.dwellings}</dt>
        <dd>
          {formatNumber(s?.dwellings ?? null, 0, lang)}
          {s?.dwellingsYear && s.dwellingsYear !== s.year ? ` (${s.dwellingsYear})` : ''}
        </dd>
        <dt>{t.distance}</dt>
        <dd data-testid="panel-distance">
          {pct === null || !judged ? '–' : cls === 'within' ? t.inBand : formatPoints(distanceToBand(pct, band), lang)}
        </dd>
        <dt>{t.liveability}</dt>
        <dd data-testid="panel-liveability">
          {live?.lbm != null ? `${formatNumber(live.lbm, 3, lang)} (afw ${formatNumber(live.afw, 3, lang)})` : '–'}
          {change !== null && (
            <span className="muted">
              {' '}
              · {t.liveabilityChange}: {change >= 0 ? '+' : '−'}
              {formatNumber(Math.abs(change), 3, lang)}
            </span>
          )}
        </dd>
        <dt>{t.woz}</dt>
        <dd>{s?.wozK != null ? `€ ${formatNumber(s.wozK * 1000, 0, lang)}` : '–'}</dd>
        <dt>{t.inhabitants}</dt>
        <dd>{formatNumber(s?.inhabitants ?? null, 0, lang)}</dd>
        <dt>{t.households}</dt>
        <dd>{formatNumber(s?.households ?? null, 0, lang)}</dd>
        <dt>{t.year}</dt>
        <dd>{s?.year ?? '–'}</dd>
        <dt>{t.source}</dt>
        <dd>{s?.source ?? '–'}</dd>
      </dl>
      {judged && <BandRoutes stock={s} band={band} />}
      <UploadIndicators code={area.code} />
      <p className="note">{t.liveabilityNote}</p>
      <AreaTime />
      <h3>{t.caveats}</h3>
      <ul className="caveats" data-testid="panel-caveats">
        {caveats.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </article>
  );
}
