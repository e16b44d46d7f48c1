/**
 * An area beside its gemeente and larger regions (pure): the tenure shares of the area's own row and those of
 * the trend rows of one year (CBS 82900NED), with the difference in corporation share in percentage points.
 */
import type { Area } from './types';
import type { TrendRow } from './parse-trend';

export interface ComparisonRow {
  /** `area` for the area itself, `gemeente` for its gemeente, else the trend key (`parkstad`, `nederland`). */
  role: 'area' | 'gemeente' | 'reference';
  code: string;
  name: string;
  /** Reference year of the figures (an area's own year may differ: Simpelveld's wijken are 2025). */
  year: number | null;
  corporationPct: number | null;
  otherLandlordPct: number | null;
  ownerPct: number | null;
  /** Area's corporation share minus this row's, in points; null for the area itself or when either is unknown. */
  difference: number | null;
}

/**
 * Rows for the area, its gemeente and each of `references`, in that order. The gemeente and the references are
 * the trend rows of `year`; a code without a row that year is left out. The difference is rounded to one decimal
 * (CBS publishes wijk and buurt shares as whole percentages, the trend to one decimal): a wijk at 78 % in a
 * gemeente at 36,3 % differs by +41,7 points.
 */
export function compareArea(area: Area, trend: readonly TrendRow[], year: number, references: readonly string[]): ComparisonRow[] {
  const own = area.stock;
  const pct = own?.corporationPct ?? null;
  const rows: ComparisonRow[] = [
    {
      role: 'area',
      code: area.code,
      name: area.name,
      year: own?.year ?? null,
      corporationPct: pct,
      otherLandlordPct: own?.otherLandlordPct ?? null,
      ownerPct: own?.ownerPct ?? null,
      difference: null,
    },
  ];
  const codes = [area.gemeenteCode, ...references.filter((r) => r !== area.gemeenteCode)];
  for (const code of codes) {
    const r = trend.find((t) => t.code === code && t.year === year);
    if (!r) continue;
    rows.push({
      role: code === area.gemeenteCode ? 'gemeente' : 'reference',
      code,
      name: r.name,
      year: r.year,
      corporationPct: r.corporationPct,
      otherLandlordPct: r.otherLandlordPct,
      ownerPct: r.ownerPct,
      difference: pct === null || r.corporationPct === null ? null : Math.round((pct - r.corporationPct) * 10) / 10,
    });
  }
  return rows;
}
