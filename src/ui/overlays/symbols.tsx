/** Small inline SVG symbols for the legend, lists and popups (same shapes as the map icons). */
import { KIND_STYLE, STATUS_STYLE } from '../../config/overlays';
import type { ProjectKind } from '../../domain/overlays/types';
import type { ColonyDisplayStatus } from '../../domain/overlays/colony-status';

const PATHS: Record<string, string> = {
  square: 'M3 3h10v10H3z',
  diamond: 'M8 1l7 7-7 7-7-7z',
  triangle: 'M8 1.5l6.5 12H1.5z',
  'triangle-down': 'M8 14.5L1.5 2.5h13z',
  circle: 'M8 2a6 6 0 1 0 0.01 0z',
};

export function StatusSymbol({ status }: { status: ColonyDisplayStatus }) {
  const st = STATUS_STYLE[status];
  const ring = st.shape === 'ring' || st.shape === 'ring-slash';
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="symbol">
      {ring ? (
        <>
          <circle cx="8" cy="8" r="5" fill="none" stroke={st.color} strokeWidth="3" />
          {st.shape === 'ring-slash' && <path d="M12.5 3.5L3.5 12.5" stroke={st.color} strokeWidth="2.5" />}
        </>
      ) : (
        <path d={PATHS[st.shape]} fill={st.color} stroke="#111" strokeWidth="1.2" />
      )}
    </svg>
  );
}

export function KindSymbol({ kind }: { kind: ProjectKind }) {
  const st = KIND_STYLE[kind];
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="symbol">
      <rect x="1" y="1" width="14" height="14" rx="3" fill={st.color} stroke="#111" />
      <text x="8" y="12" textAnchor="middle" fontSize="10" fontWeight="700" fill="#fff">
        {st.letter}
      </text>
    </svg>
  );
}
