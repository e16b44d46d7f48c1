/**
 * The routes to the band of one area (issue 11): an above-band wijk comes down by sale, demolition or market
 * new build; a below-band wijk comes up by corporation new build or inponden. Each route on its own, exact and
 * rounded up (domain/band-routes.ts), never the only "constant stock" number.
 */
import { useStore } from '../state/store';
import { useT } from '../i18n';
import { routesToBand } from '../domain/band-routes';
import type { BandReference } from '../domain/band-reference';
import type { StockRow } from '../domain/types';
import { formatNumber } from '../domain/numbers';
import { formatEdge } from '../i18n/format';

export function BandRoutes({ stock, band }: { stock: StockRow | null; band: BandReference }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const pct = stock?.corporationPct ?? null;
  const dwellings = stock?.dwellings ?? null;
  const privateDwellings = dwellings !== null && pct !== null ? dwellings - (dwellings * pct) / 100 : undefined;
  const r = routesToBand(dwellings, pct, band, 'edge', privateDwellings);
  if (!r || r.direction === 'none' || r.targetPct === null) return null;
  return (
    <section className="band-routes" aria-labelledby="band-routes-title" data-testid="panel-routes">
      <h3 id="band-routes-title">{t.routesTitle}</h3>
      <p className="note">
        {t.routesIntro} {formatEdge(r.targetPct, lang)}
      </p>
      <ul>
        {r.routes.map((route) => (
          <li key={route.route} data-testid={`route-${route.route}`}>
            {t[`route.${route.route}`]}: <strong>{route.feasible ? formatNumber(route.dwellings, 0, lang) : t.routeNotFeasible}</strong>
          </li>
        ))}
      </ul>
      <p className="note">{t.roundingNote}</p>
    </section>
  );
}
