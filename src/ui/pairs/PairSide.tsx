/** One area of the pair card: share and band class today → scenario, composition, gap, liveability and trend, WOZ. */
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { classify, distanceToBand, dwellingsToBand, type Band } from '../../domain/band';
import { formatNumber, formatPct, formatPoints } from '../../domain/numbers';
import { displayName } from '../../domain/search';
import { liveabilityChange } from '../../domain/summarize';
import type { Area, StockRow } from '../../domain/types';
import { LIVEABILITY_LATEST, PARKSTAD } from '../../config/policy';
import { CompositionBar } from '../CompositionBar';

interface Props {
  area: Area;
  /** The scenario's row, or null when the scenario leaves the area as it is. */
  after: StockRow | null;
  band: Band;
  side: 'vulnerable' | 'strong';
}

export function PairSide({ area, after, band, side }: Props) {
  const role = side;
  const t = useT();
  const lang = useStore((s) => s.lang);
  const now = area.stock;
  const row = after ?? now;
  const pctNow = now?.corporationPct ?? null;
  const pct = row?.corporationPct ?? null;
  const clsNow = classify(pctNow, band);
  const cls = classify(pct, band);
  const toBand = dwellingsToBand(row?.dwellings ?? null, pct, band);
  const live = area.liveability[LIVEABILITY_LATEST];
  const trend = liveabilityChange(area);
  const tag = role === 'vulnerable' ? 'v' : 's';
  return (
    <section className={`pair-side ${role}`} data-testid={`pair-side-${tag}`} aria-label={displayName(area.name)}>
      <p className={`role cls-${role === 'vulnerable' ? 'above' : 'below'}`}>{role === 'vulnerable' ? t.pairsVulnerable : t.pairsStrong}</p>
      <h4>{displayName(area.name)}</h4>
      <p className="muted small">
        {area.code} · {PARKSTAD.find((g) => g.code === area.gemeenteCode)?.name ?? area.gemeenteCode}
      </p>
      <p className="pair-pct">
        <span data-testid={`card-pct-now-${tag}`}>{formatPct(pctNow, lang)}</span>
        {after && (
          <>
            {' '}
            → <strong data-testid={`card-pct-after-${tag}`}>{formatPct(pct, lang)}</strong>
          </>
        )}
      </p>
      <p className={`cls cls-${cls}`} data-testid={`card-class-${tag}`}>
        {after && cls !== clsNow ? `${t[clsNow]} → ${t[cls]}` : t[cls]}
      </p>
      <CompositionBar stock={row} />
      <dl className="facts compact">
        <dt>{t.dwellings}</dt>
        <dd>{formatNumber(row?.dwellings ?? null, 0, lang)}</dd>
        <dt>{t.pairsGap}</dt>
        <dd>{pct === null ? '–' : cls === 'within' ? t.inBand : formatPoints(distanceToBand(pct, band), lang)}</dd>
        <dt>{t.pairsToBand}</dt>
        <dd data-testid={`card-to-band-${tag}`}>
          {!toBand
            ? '–'
            : toBand.direction === 'none'
              ? t.inBand
              : `${formatNumber(toBand.dwellings, 0, lang)} ${toBand.direction === 'remove' ? t.toRemove : t.toAdd}`}
        </dd>
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
