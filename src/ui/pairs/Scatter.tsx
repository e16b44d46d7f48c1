/**
 * Quadrant scatter: x = corporation share (in a gemeente scope with its band as a grey strip and the gemeente
 * average, the stadshuwelijk's yardstick, as a dashed line), y = liveability deviation (afw) with the reference in
 * force (national 0 or the scope's mean). Every area of the scope is a dot in its band colour (a shown scenario
 * moves its dots). Hovering a dot outlines the area on the map; hovering the map enlarges the dot.
 */
import { useStore } from '../../state/store';
import { usePairFinder, useView } from '../../state/selectors';
import { bandOfArea } from '../../state/band-of-area';
import { useT } from '../../i18n';
import { BAND_COLORS, MARK_COLORS } from '../../config/theme';
import { formatNumber } from '../../domain/numbers';
import { formatEdge } from '../../i18n/format';
import { fill } from '../../i18n/text';

const W = 372,
  H = 250,
  L = 44,
  R = 16,
  T = 10,
  B = 34;

export function Scatter() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const vm = useView();
  const mapHover = useStore((s) => s.hovered?.code ?? null);
  const select = useStore((s) => s.select);
  const chartHover = useStore((s) => s.chartHover);
  const setChartHover = useStore((s) => s.setChartHover);
  const pair = useStore((s) => s.draft.pair);
  const finder = usePairFinder();
  if (!vm || !finder) return null;
  const year = finder.criteria.year;
  const single = vm.gemeenten.length === 1 ? (vm.gemeenten[0] ?? null) : null;
  const band = single ? bandOfArea(vm, { gemeenteCode: single }) : null;
  const average = single ? (vm.today.gemeenteRows.get(single)?.corporationPct ?? null) : null;
  const dots = vm.areas.flatMap((a) => {
    const afw = a.area.liveability[year]?.afw ?? null;
    return a.pct === null || afw === null ? [] : [{ a, pct: a.pct, afw }];
  });
  const ref = finder.set.reference.value;
  const ys = [...dots.map((d) => d.afw), ref ?? 0];
  const y0 = Math.min(...ys) - 0.02,
    y1 = Math.max(...ys) + 0.02;
  const x = (pct: number) => L + (pct / 100) * (W - L - R);
  const y = (afw: number) => T + ((y1 - afw) / (y1 - y0)) * (H - T - B);
  const candidates = new Set([...finder.set.vulnerable, ...finder.set.strong].map((c) => c.code));
  const hot = chartHover ?? mapHover;
  const pairDots = pair ? [pair.vulnerable, pair.strong].map((c) => dots.find((d) => d.a.code === c)) : [];
  const yTicks = [y0 + 0.02, (y0 + y1) / 2, y1 - 0.02];
  return (
    <figure className="scatter" data-testid="scatter">
      <figcaption>{t.pairsScatterTitle}</figcaption>
      <svg width={W} height={H} role="img" aria-label={fill(t.pairsScatterLabel, { n: dots.length })}>
        {band && <rect x={x(band.lower)} y={T} width={x(band.upper) - x(band.lower)} height={H - T - B} fill={MARK_COLORS.chartBand} />}
        {average !== null && <line x1={x(average)} x2={x(average)} y1={T} y2={H - B} stroke={MARK_COLORS.average} strokeDasharray="3 2" />}
        {ref !== null && <line x1={L} x2={W - R} y1={y(ref)} y2={y(ref)} stroke={MARK_COLORS.reference} strokeDasharray="4 3" />}
        {ref !== null && (
          <text x={W - R - 2} y={y(ref) - 3} fontSize={9} textAnchor="end" fill={MARK_COLORS.reference}>
            {t.pairsScatterReference}
          </text>
        )}
        <text
          x={band ? x(band.lower) - 4 : L + 70}
          y={T + 10}
          fontSize={10}
          fill={MARK_COLORS.strongText}
          fontWeight={700}
          textAnchor="end"
        >{`↖ ${t.pairsScatterStrongQ}`}</text>
        <text
          x={band ? x(band.upper) + 4 : W - R - 60}
          y={H - B - 5}
          fontSize={10}
          fill={MARK_COLORS.vulnerableText}
          fontWeight={700}
        >{`${t.pairsScatterVulnerableQ} ↘`}</text>
        <line x1={L} x2={W - R} y1={H - B} y2={H - B} stroke="#555" />
        <line x1={L} x2={L} y1={T} y2={H - B} stroke="#555" />
        {[0, 25, 50, 75, 100].map((p) => (
          <text key={p} x={x(p)} y={H - B + 12} fontSize={9} textAnchor="middle">
            {formatEdge(p, lang)}
          </text>
        ))}
        {yTicks.map((v) => (
          <text key={v} x={L - 4} y={y(v) + 3} fontSize={9} textAnchor="end">
            {formatNumber(v, 2, lang)}
          </text>
        ))}
        <text x={(L + W) / 2} y={H - 4} fontSize={10} textAnchor="middle">
          {band ? t.pairsScatterX : t.pairsScatterXParkstad}
        </text>
        <text x={10} y={(T + H - B) / 2} fontSize={10} textAnchor="middle" transform={`rotate(-90 10 ${(T + H - B) / 2})`}>
          {t.pairsScatterY}
        </text>
        {pairDots[0] && pairDots[1] && (
          <line
            x1={x(pairDots[0].pct)}
            y1={y(pairDots[0].afw)}
            x2={x(pairDots[1].pct)}
            y2={y(pairDots[1].afw)}
            stroke={MARK_COLORS.chosen}
            strokeWidth={2}
          />
        )}
        {dots.map(({ a, pct, afw }) => {
          const inPair = pair?.vulnerable === a.code || pair?.strong === a.code;
          const isHot = hot === a.code;
          return (
            <circle
              key={a.code}
              cx={x(pct)}
              cy={y(afw)}
              r={isHot ? 7 : candidates.has(a.code) ? 5 : 3.5}
              data-code={a.code}
              fill={BAND_COLORS[a.step]}
              stroke={inPair ? MARK_COLORS.chosen : MARK_COLORS.dotStroke}
              strokeWidth={inPair || isHot ? 2.5 : 0.8}
              className="scatter-dot"
              onMouseEnter={() => setChartHover(a.code)}
              onMouseLeave={() => setChartHover(null)}
              onClick={() => select(a.code)}
            >
              <title>{`${a.name}: ${formatNumber(pct, 1, lang)} %, afw ${formatNumber(afw, 3, lang)}`}</title>
            </circle>
          );
        })}
      </svg>
    </figure>
  );
}
