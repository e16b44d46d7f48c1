/**
 * The map of one report page: the gemeente's wijken as SVG paths filled by class against the band (with the
 * theme's patterns), their numbers, the gemeente outline, a north arrow and a scale bar. Drawn from the report
 * model's paths: nothing is projected here.
 */
import type { ReportMap as ReportMapModel } from '../../state/report-model';
import { MAP_COLORS } from '../../config/theme';
import { formatNumber, type Lang } from '../../domain/numbers';
import { classFill } from './ReportPatterns';

const scaleLabel = (m: number, lang: Lang) => (m >= 1000 ? `${formatNumber(m / 1000, 0, lang)} km` : `${formatNumber(m, 0, lang)} m`);

export function ReportMap({ map, prefix, label, lang }: { map: ReportMapModel; prefix: string; label: string; lang: Lang }) {
  const { width, height, scaleBar } = map;
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  return (
    <svg className="a4-map" width={w} height={h} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={label} data-testid="report-map">
      <title>{label}</title>
      <rect width={w} height={h} fill="#ffffff" />
      <g stroke={MAP_COLORS.areaLine} strokeWidth={0.6} strokeLinejoin="round" fillRule="evenodd">
        {map.areas.map((a) => (
          <path key={a.code} d={a.d} fill={classFill(prefix, a.cls)} data-code={a.code} data-cls={a.cls} />
        ))}
      </g>
      {map.outline && <path d={map.outline} fill="none" stroke={MAP_COLORS.gemeenteLine} strokeWidth={1.6} fillRule="evenodd" />}
      <g className="a4-map-labels" fontSize={9} fontWeight={700} textAnchor="middle" fill={MAP_COLORS.labelColor}>
        {map.areas.map((a) =>
          a.label ? (
            <text key={a.code} x={a.label[0]} y={a.label[1] + 3} stroke="#ffffff" strokeWidth={2.5} paintOrder="stroke">
              {a.number}
            </text>
          ) : null,
        )}
      </g>
      <g transform={`translate(${w - 26} 8)`}>
        <rect x={-3} y={-4} width={24} height={42} rx={2} fill="#ffffff" opacity={0.85} />
        <path d="M9 0 L17 22 L9 17 L1 22 Z" fill="#14181f" />
        <text x={9} y={33} fontSize={10} fontWeight={700} textAnchor="middle" fill="#14181f">
          N
        </text>
      </g>
      <g transform={`translate(8 ${h - 10})`} fontSize={9} fill="#14181f">
        <rect x={-3} y={-14} width={scaleBar.length + 40} height={18} fill="#ffffff" opacity={0.85} />
        <path d={`M0 -4V0H${scaleBar.length.toFixed(1)}V-4`} fill="none" stroke="#14181f" strokeWidth={1.2} />
        <text x={scaleBar.length + 4} y={0}>
          {scaleLabel(scaleBar.meters, lang)}
        </text>
      </g>
    </svg>
  );
}
