/**
 * The legend: the band as a strip on a 0–100 % axis with every area of the scope as a dot, the
 * scope average marked, counts per class and the source line. It reads the same classes as the map.
 */
import { useStore } from '../state/store';
import { useViewDataset } from '../state/use-pairs';
import { useT } from '../i18n';
import { activeBand, classifyAreas, gemeentenWithoutAreas, scopeAreas, scopeAverage } from '../state/selectors';
import { BAND_COLORS } from '../config/theme';
import { PARKSTAD } from '../config/policy';
import { countClasses } from '../domain/summarize';
import { displayName } from '../domain/search';
import { formatPct } from '../domain/numbers';
import { formatEdge } from './format';
import type { BandClass } from '../domain/band';
import { OverlayLegend } from './overlays/OverlayLegend';
import { UploadSourceNote } from './upload/UploadSourceNote';

const W = 300;
const H = 64;
const PAD = 10;
const x = (pct: number) => PAD + (pct / 100) * (W - 2 * PAD);
const CLASS_ORDER: BandClass[] = ['below', 'within', 'above', 'nodata'];

export function Legend() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const dataset = useViewDataset();
  const scope = useStore((s) => s.scope);
  const level = useStore((s) => s.level);
  const setting = useStore((s) => s.band);
  const select = useStore((s) => s.select);
  if (!dataset) return null;
  const band = activeBand(dataset, scope, setting);
  const areas = scopeAreas(dataset, scope, level);
  const classes = classifyAreas(areas, band.lower, band.upper);
  const counts = countClasses(areas, band);
  const avg = scopeAverage(dataset, scope);
  const missing = gemeentenWithoutAreas(dataset, scope, level).map((c) => PARKSTAD.find((g) => g.code === c)?.name ?? c);
  const dotted = areas.filter((a) => a.stock?.corporationPct != null);
  return (
    <section className="legend" aria-label={t.legendTitle} data-testid="legend">
      <h2>{t.legendTitle}</h2>
      <svg width={W} height={H + 18} role="img" aria-label={`${t.band}: ${formatEdge(band.lower, lang)} – ${formatEdge(band.upper, lang)}`}>
        <rect x={PAD} y={18} width={W - 2 * PAD} height={H - 24} fill="#ffffff" stroke="#8a8a8a" />
        <rect
          x={x(band.lower)}
          y={18}
          width={x(band.upper) - x(band.lower)}
          height={H - 24}
          fill={BAND_COLORS.within}
          stroke="#333"
          strokeWidth={1.5}
          data-testid="legend-band"
        />
        {avg !== null && (
          <g>
            <line x1={x(avg)} x2={x(avg)} y1={12} y2={H - 2} stroke="#d6006f" strokeWidth={2} strokeDasharray="3 2" />
            <text x={x(avg)} y={9} fontSize={10} textAnchor="middle" fill="#8a0048">{`${t.legendAverage} ${formatPct(avg, lang, 0)}`}</text>
          </g>
        )}
        {dotted.map((a, i) => {
          const pct = a.stock?.corporationPct ?? 0;
          const step = classes.get(a.code)?.step ?? 'nodata';
          return (
            <circle
              key={a.code}
              cx={x(pct)}
              cy={24 + ((i * 7) % (H - 34))}
              r={4}
              fill={BAND_COLORS[step]}
              stroke="#222"
              strokeWidth={0.8}
              onClick={() => select(a.code)}
              className="legend-dot"
            >
              <title>{`${displayName(a.name)}: ${formatPct(pct, lang, 0)}`}</title>
            </circle>
          );
        })}
        {band.lower >= 20 && (
          <text x={x(0)} y={H + 12} fontSize={10} textAnchor="start">
            0 %
          </text>
        )}
        {band.upper <= 80 && (
          <text x={x(100)} y={H + 12} fontSize={10} textAnchor="end">
            100 %
          </text>
        )}
        <text x={x(band.lower)} y={H + 12} fontSize={11} fontWeight={700} textAnchor="end" data-testid="legend-lower">
          {formatEdge(band.lower, lang)}
        </text>
        <text x={x(band.upper)} y={H + 12} fontSize={11} fontWeight={700} textAnchor="start" data-testid="legend-upper">
          {formatEdge(band.upper, lang)}
        </text>
      </svg>
      <p className="legend-axis">{t.legendAxis}</p>
      <ul className="legend-classes">
        {CLASS_ORDER.map((c) => (
          <li key={c} data-testid={`legend-count-${c}`}>
            <span className={`swatch swatch-${c}`} aria-hidden="true" />
            {t[c]}: <strong>{counts[c]}</strong>
          </li>
        ))}
      </ul>
      <div className="legend-ramp" aria-hidden="true">
        {(['below-3', 'below-2', 'below-1', 'within', 'above-1', 'above-2', 'above-3'] as const).map((s) => (
          <span key={s} style={{ background: BAND_COLORS[s] }} className={`ramp-${s.split('-')[0]}`} />
        ))}
      </div>
      <p className="legend-note">{t.legendSteps}</p>
      <OverlayLegend />
      {level === 'buurt' && <p className="legend-note">{t.generalised}</p>}
      {missing.length > 0 && <p className="legend-note">{`${t.legendNoBuurten}: ${missing.join(', ')}.`}</p>}
      <p className="legend-source">{t.sourceLine}</p>
      <UploadSourceNote />
    </section>
  );
}
