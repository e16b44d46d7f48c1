/**
 * One area of the pair card: share and class against its own band today → scenario, its gemeente's average (the
 * stadshuwelijk's yardstick), composition, the share of overige verhuurders (the second concentration, 002 §2.2.3),
 * the routes to the band, liveability and trend, WOZ.
 */
import { formatShare } from '../../i18n/format';
import { useStore } from '../../state/store';
import type { AreaBand } from '../../state/band-of-area';
import { useT } from '../../i18n';
import type { Dict } from '../../i18n/nl';
import { distanceToBand } from '../../domain/band';
import { classifyArea } from '../../domain/classify-area';
import { routesToBand, type RouteKind } from '../../domain/band-routes';
import { formatNumber, formatPoints } from '../../domain/numbers';
import { displayName } from '../../domain/search';
import { liveabilityChange } from '../../domain/summarize';
import type { Area, StockRow } from '../../domain/types';
import { LIVEABILITY_LATEST, PARKSTAD, SMALL_AREA_DWELLINGS } from '../../config/policy';
import { CompositionBar } from '../CompositionBar';
import { fill } from '../../i18n/text';

interface Props {
  area: Area;
  /** The scenario's row, or null when the scenario leaves the area as it is. */
  after: StockRow | null;
  /** The band of the area's own gemeente; null: not judged. */
  band: AreaBand | null;
  /** The CBS share of the area's gemeente. */
  average: number | null;
  side: 'vulnerable' | 'strong';
}

const ROUTE: Record<RouteKind, keyof Dict> = {
  sale: 'pairsRouteSale',
  demolition: 'pairsRouteDemolition',
  'market-build': 'pairsRouteMarketBuild',
  'corporation-build': 'pairsRouteCorporationBuild',
  inponden: 'pairsRouteInponden',
};

export function PairSide({ area, after, band, average, side }: Props) {
  const role = side;
  const t = useT();
  const lang = useStore((s) => s.lang);
  const now = area.stock;
  const row = after ?? now;
  const pctNow = now?.corporationPct ?? null;
  const pct = row?.corporationPct ?? null;
  const clsNow = classifyArea(pctNow, now?.dwellings ?? null, band, SMALL_AREA_DWELLINGS);
  const cls = classifyArea(pct, row?.dwellings ?? null, band, SMALL_AREA_DWELLINGS);
  const word = (c: typeof cls) => (c === 'small' ? t.scenarioClassSmall : band ? t[c] : t.scenarioNoBand);
  const routes = band ? routesToBand(row?.dwellings ?? null, pct, band) : null;
  const live = area.liveability[LIVEABILITY_LATEST];
  const trend = liveabilityChange(area);
  const tag = role === 'vulnerable' ? 'v' : 's';
  const n = (v: number) => formatNumber(v, 0, lang);
  const routeText = !routes
    ? '–'
    : routes.direction === 'none'
      ? t.inBand
      : routes.routes
          .filter((r) => r.feasible)
          .map((r) => fill(t[ROUTE[r.route]], { n: n(r.dwellings) }))
          .join(t.pairsRouteOr) || '–';
  return (
    <section className={`pair-side ${role}`} data-testid={`pair-side-${tag}`} aria-label={displayName(area.name)}>
      <p className={`role cls-${role === 'vulnerable' ? 'above' : 'below'}`}>{role === 'vulnerable' ? t.pairsVulnerable : t.pairsStrong}</p>
      <h4>{displayName(area.name)}</h4>
      <p className="muted small">
        {area.code} · {PARKSTAD.find((g) => g.code === area.gemeenteCode)?.name ?? area.gemeenteCode}
      </p>
      <p className="pair-pct">
        <span data-testid={`card-pct-now-${tag}`}>{formatShare(pctNow, lang)}</span>
        {after && (
          <>
            {' '}
            → <strong data-testid={`card-pct-after-${tag}`}>{formatShare(pct, lang, true)}</strong>
          </>
        )}
      </p>
      <p className={`cls cls-${cls}`} data-testid={`card-class-${tag}`}>
        {after && cls !== clsNow ? `${word(clsNow)} → ${word(cls)}` : word(cls)}
      </p>
      <CompositionBar stock={row} />
      <dl className="facts compact">
        <dt>{t.dwellings}</dt>
        <dd>{formatNumber(row?.dwellings ?? null, 0, lang)}</dd>
        <dt>{t.pairsGemeenteAverage}</dt>
        <dd>{formatShare(average, lang)}</dd>
        <dt>{t.pairsPrivateRent}</dt>
        <dd data-testid={`card-private-${tag}`}>{formatShare(row?.otherLandlordPct ?? null, lang, row?.computed)}</dd>
        <dt>{t.pairsGap}</dt>
        <dd>{pct === null || !band ? '–' : cls === 'within' ? t.inBand : formatPoints(distanceToBand(pct, band), lang)}</dd>
        <dt>{t.pairsToBand}</dt>
        <dd data-testid={`card-to-band-${tag}`}>{routeText}</dd>
        <dt>{t.pairsLiveability}</dt>
        <dd>{live?.lbm != null ? `${formatNumber(live.lbm, 3, lang)} (afw ${formatNumber(live.afw, 3, lang)})` : '–'}</dd>
        <dt>{t.pairsTrend}</dt>
        <dd>{trend === null ? '–' : `${trend > 0 ? '↑ +' : trend < 0 ? '↓ −' : '± '}${formatNumber(Math.abs(trend), 3, lang)}`}</dd>
        <dt>{t.woz}</dt>
        <dd>{now?.wozK != null ? `€ ${formatNumber(now.wozK * 1000, 0, lang)}` : '–'}</dd>
      </dl>
    </section>
  );
}
