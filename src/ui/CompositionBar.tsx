import type { StockRow } from '../domain/types';
import { formatShare } from '../i18n/format';
import { useStore } from '../state/store';
import { useT } from '../i18n';
import { TENURE_COLORS } from '../config/theme';

/**
 * A 100 % bar: corporatie, overige huur, koop, and what CBS leaves unexplained. Each part is
 * labelled in text too, so the bar is readable without colour.
 */
export function CompositionBar({ stock }: { stock: StockRow | null }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const parts = [
    { key: 'corp', label: t.corporation, value: stock?.corporationPct ?? null, color: TENURE_COLORS.corporation },
    { key: 'other', label: t.otherRent, value: stock?.otherLandlordPct ?? null, color: TENURE_COLORS.otherRent },
    { key: 'owner', label: t.owner, value: stock?.ownerPct ?? null, color: TENURE_COLORS.owner },
  ];
  const known = parts.reduce((s, p) => s + (p.value ?? 0), 0);
  const rest = Math.max(0, 100 - known);
  return (
    <div className="composition">
      <div className="composition-bar" aria-hidden="true">
        {parts.map((p) => (p.value ? <span key={p.key} style={{ width: `${p.value}%`, background: p.color }} /> : null))}
        {rest > 0 && <span style={{ width: `${rest}%`, background: TENURE_COLORS.unknown }} />}
      </div>
      <ul className="composition-legend">
        {parts.map((p) => (
          <li key={p.key}>
            <span className="dot" style={{ background: p.color }} aria-hidden="true" />
            {p.label}: <strong>{formatShare(p.value, lang, stock?.computed)}</strong>
          </li>
        ))}
        {rest > 0.5 && known > 0 && (
          <li>
            <span className="dot" style={{ background: TENURE_COLORS.unknown }} aria-hidden="true" />
            {t.unknownTenure}: {formatShare(rest, lang, stock?.computed)}
          </li>
        )}
      </ul>
    </div>
  );
}
