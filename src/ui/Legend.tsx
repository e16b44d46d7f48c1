/**
 * The legend: the band as a strip on a 0–100 % axis with every area of the scope as a dot, the scope
 * average marked, the band's label (adopted policy, derived, chosen), counts per class with their swatches,
 * the colour ramp and the notes. It draws the view model's legend model: the same one the export draws and
 * the same theme the map colours with.
 */
import { useState } from 'react';
import { useStore } from '../state/store';
import { useView } from '../state/selectors';
import { useT } from '../i18n';
import { MARK_COLORS, BAND_COLORS } from '../config/theme';
import { formatPct } from '../domain/numbers';
import { formatEdge } from '../i18n/format';
import {
  legendAxis,
  legendBandText,
  legendClassLabel,
  legendDotValue,
  legendNoteText,
  legendStripEnds,
  legendTitle,
} from '../i18n/legend-notes';
import { OverlayLegend } from './overlays/OverlayLegend';
import { UploadSourceNote } from './upload/UploadSourceNote';
import { SwatchBox } from './SwatchBox';
import { LabelKey } from './LabelKey';
import { matches, PHONE, ROOMY } from './media';
import { FoldButton } from './FoldButton';

const W = 300;
const H = 64;
const PAD = 10;
const x = (pct: number) => PAD + (pct / 100) * (W - 2 * PAD);

export function Legend() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const select = useStore((s) => s.select);
  const presenting = useStore((s) => s.presenting);
  // On a phone the legend starts folded to its title and class counts; the notes and sources start folded
  // unless the screen has room for them. Presentation mode always shows the whole legend.
  const [folded, setFolded] = useState(() => matches(PHONE));
  const [roomy] = useState(() => matches(ROOMY));
  const vm = useView();
  if (!vm) return null;
  const m = vm.legend;
  const { band, average } = m;
  const ends = legendStripEnds(m, lang);
  const stripLabel = band ? `${t.band}: ${formatEdge(band.lower, lang)} – ${formatEdge(band.upper, lang)}` : legendTitle(m, t);
  return (
    <section className={folded && !presenting ? 'legend folded' : 'legend'} aria-label={legendTitle(m, t)} data-testid="legend">
      <div className="legend-head">
        <h2 className="utrecht-heading-2">{legendTitle(m, t)}</h2>
        <FoldButton
          className="legend-fold"
          open={!folded}
          labels={{ fold: t.layoutLegendHide, unfold: t.layoutLegendShow }}
          onToggle={() => setFolded((f) => !f)}
          testId="legend-fold"
        />
      </div>
      <svg width={W} height={H + 18} role="img" aria-label={stripLabel}>
        <rect x={PAD} y={18} width={W - 2 * PAD} height={H - 24} fill="#ffffff" stroke={MARK_COLORS.stripFrame} />
        {band && (
          <rect
            x={x(band.lower)}
            y={18}
            width={x(band.upper) - x(band.lower)}
            height={H - 24}
            fill={BAND_COLORS.within}
            stroke={MARK_COLORS.bandFrame}
            strokeWidth={1.5}
            data-testid="legend-band"
          />
        )}
        {average !== null && (
          <g>
            <line x1={x(average)} x2={x(average)} y1={12} y2={H - 2} stroke={MARK_COLORS.average} strokeWidth={2} strokeDasharray="3 2" />
            <text x={x(average)} y={9} fontSize={10} textAnchor="middle" fill={MARK_COLORS.averageText}>
              {`${t.legendAverage} ${formatPct(average, lang, 0)}`}
            </text>
          </g>
        )}
        {m.dots.map((d, i) => (
          <circle
            key={d.code}
            cx={x(d.pct)}
            cy={24 + ((i * 7) % (H - 34))}
            r={4}
            fill={d.color}
            stroke={MARK_COLORS.dotStroke}
            strokeWidth={0.8}
            onClick={() => select(d.code)}
            className="legend-dot"
          >
            <title>{`${d.name}: ${legendDotValue(m, d.pct, lang)}`}</title>
          </circle>
        ))}
        {m.indicator === 'target-distance' && (
          <line x1={x(50)} x2={x(50)} y1={18} y2={H - 6} stroke={MARK_COLORS.bandFrame} strokeWidth={1.5} data-testid="legend-target" />
        )}
        {(!band || band.lower >= 20) && (
          <text x={x(0)} y={H + 12} fontSize={10} textAnchor="start">
            {ends[0]}
          </text>
        )}
        {(!band || band.upper <= 80) && (
          <text x={x(100)} y={H + 12} fontSize={10} textAnchor="end">
            {ends[1]}
          </text>
        )}
        {band && (
          <>
            <text x={x(band.lower)} y={H + 12} fontSize={11} fontWeight={700} textAnchor="end" data-testid="legend-lower">
              {formatEdge(band.lower, lang)}
            </text>
            <text x={x(band.upper)} y={H + 12} fontSize={11} fontWeight={700} textAnchor="start" data-testid="legend-upper">
              {formatEdge(band.upper, lang)}
            </text>
          </>
        )}
      </svg>
      <p className="legend-axis">{legendAxis(m, t)}</p>
      {band && (
        <p className="legend-band-label" data-testid="legend-band-label">
          {t[band.label]}
          {band.kind === 'adopted' || band.kind === 'heerlen' ? ` — ${t.bandSourceHeerlen}` : ''}
        </p>
      )}
      {m.bands.length > 0 && (
        <ul className="legend-bands" data-testid="legend-bands">
          {m.bands.map((b) => (
            <li key={b.gemeente}>{legendBandText(b, t, lang)}</li>
          ))}
        </ul>
      )}
      <ul className="legend-classes">
        {m.classes.map((c) => (
          <li key={c.id} data-testid={`legend-count-${c.id}`}>
            <SwatchBox swatch={c.swatch} width={20} height={13} />
            {legendClassLabel(c, t, lang)}: <strong>{c.count}</strong>
          </li>
        ))}
      </ul>
      {m.ramp.length > 0 && (
        <div className="legend-ramp" aria-hidden="true">
          {m.ramp.map((r) => (
            <SwatchBox key={r.step} swatch={r.swatch} width={Math.floor(W / m.ramp.length)} height={12} frame="" />
          ))}
        </div>
      )}
      <LabelKey />
      <OverlayLegend />
      <details className="legend-more" open={roomy || presenting}>
        <summary>{t.layoutLegendMore}</summary>
        {m.notes.map((n) => (
          <p key={n.key} className="legend-note">
            {legendNoteText(n, t)}
          </p>
        ))}
        <p className="legend-source">{t.sourceLine}</p>
      </details>
      <UploadSourceNote />
    </section>
  );
}
