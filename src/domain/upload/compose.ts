/**
 * Compose the dataset the app shows from the embedded one and the active uploads: uploaded figures
 * replace the corporation share per area, uploaded boundaries replace the polygons of their level.
 * Always a new Dataset with new Area objects; the embedded dataset is never touched.
 */
import { joinLevel } from '../join';
import { gemeenteOf } from '../codes';
import type { Dataset } from '../dataset';
import type { Area, AreaFeature, Problem, LiveabilityRow, MapLevel, StockRow } from '../types';
import type { FigureResult, UploadFigure } from './ingest-csv';
import type { BoundaryResult } from './ingest-geojson';
import type { AreaKey } from './area-index';

export interface ActiveUploads {
  figures: FigureResult | null;
  /** Areas without a row in the figures keep the embedded share (true) or show no data (false). */
  keepEmbedded: boolean;
  boundaries: BoundaryResult | null;
}

export interface LevelCoverage {
  level: MapLevel;
  features: number;
  /** Areas with a row in the upload, and with a usable share. */
  withRow: number;
  withShare: number;
  areasWithoutRow: { code: string; name: string; gemeenteCode: string }[];
  /** Share (0–1) of areas with an uploaded share. */
  featureCoverage: number;
  /** Share (0–1) of all dwellings of the level that lie in areas with an uploaded share; null without dwelling counts. */
  dwellingCoverage: number | null;
}

export interface Composition {
  dataset: Dataset;
  /** Per level, how well the uploaded figures cover the areas (null without figures). */
  coverage: Record<MapLevel, LevelCoverage> | null;
}

const featureOf = (a: Area): AreaFeature | null =>
  a.geometry && a.labelPoint
    ? { code: a.code, name: a.name, level: a.level, gemeenteCode: a.gemeenteCode, geometry: a.geometry, labelPoint: a.labelPoint }
    : null;

function liveabilityOf(areas: readonly Area[]): LiveabilityRow[] {
  return areas.flatMap((a) =>
    Object.values(a.liveability).flatMap((s) => (s ? [{ ...s, code: a.code, name: a.name, level: a.level, row: 0 }] : [])),
  );
}

/**
 * The polygons per level in force. Uploaded boundaries replace the embedded polygons of the gemeenten
 * they cover, level by level; other gemeenten keep theirs (new Heerlen wijken leave Kerkrade as it was).
 * With `mapping.replace` = `codes`, only the embedded areas whose codes are in the file are replaced.
 * What vanishes either way is shown before applying by `replacementPlan`.
 */
export function featuresInForce(base: Dataset, boundaries: BoundaryResult | null): Record<MapLevel, AreaFeature[]> {
  const onlyCodes = boundaries?.mapping.replace === 'codes';
  const pick = (level: MapLevel) => {
    const embedded = base.levels[level].areas.map(featureOf).filter((f): f is AreaFeature => f !== null);
    const up = boundaries?.features.filter((f) => f.level === level) ?? [];
    if (up.length === 0) return embedded;
    const covered = new Set(up.map((f) => (onlyCodes ? f.code : f.gemeenteCode)));
    return [...embedded.filter((f) => !covered.has(onlyCodes ? f.code : f.gemeenteCode)), ...up];
  };
  return { wijk: pick('wijk'), buurt: pick('buurt') };
}

/** Every area an uploaded row may join to: the gemeenten plus the wijken and buurten in force. */
export function areaKeysInForce(base: Dataset, boundaries: BoundaryResult | null): AreaKey[] {
  const f = featuresInForce(base, boundaries);
  return [...base.gemeenten, ...f.wijk, ...f.buurt].map((a) => ({ code: a.code, name: a.name, level: a.level }));
}

function replaced(row: StockRow | undefined, fig: UploadFigure, file: string): StockRow {
  const dwellings = fig.dwellings ?? row?.dwellings ?? null;
  return {
    code: fig.code,
    name: row?.name ?? fig.name,
    level: fig.level,
    gemeenteCode: row?.gemeenteCode ?? gemeenteOf(fig.code) ?? '',
    gemeenteName: row?.gemeenteName ?? '',
    dwellings,
    dwellingsYear: fig.dwellings !== null ? fig.year : (row?.dwellingsYear ?? null),
    // The tenure split of the embedded row no longer adds up with a new corporation share: left out.
    ownerPct: null,
    rentPct: null,
    otherLandlordPct: null,
    corporationPct: fig.share,
    wozK: row?.wozK ?? null,
    inhabitants: row?.inhabitants ?? null,
    households: row?.households ?? null,
    year: fig.year,
    source: `${file}, rij ${fig.row}`,
    row: fig.row,
  };
}

/**
 * Stock rows with the uploaded figures applied: an area with a figure gets a new row (share, dwellings
 * and year from the file); a wijk or buurt without one keeps its embedded row or, with `keepEmbedded`
 * false, gets a copy without percentages. Gemeente rows without a figure are always kept (they set the band).
 */
export function applyFigures(
  stock: readonly StockRow[],
  figures: readonly UploadFigure[],
  keepEmbedded: boolean,
  file: string,
): StockRow[] {
  const byCode = new Map(figures.map((f) => [f.code, f] as const));
  const out = stock.map((row) => {
    const fig = byCode.get(row.code);
    if (fig) return replaced(row, fig, file);
    if (keepEmbedded || row.level === 'gemeente') return row;
    return { ...row, corporationPct: null, ownerPct: null, rentPct: null, otherLandlordPct: null, source: `${file}: geen rij` };
  });
  const known = new Set(stock.map((r) => r.code));
  for (const f of figures) if (!known.has(f.code)) out.push(replaced(undefined, f, file));
  return out;
}

/**
 * How well uploaded figures cover the areas of a level: areas with a row and with a usable share, the
 * areas without a row, and the share of areas and of dwellings covered (dwellings as in the areas' rows).
 */
export function uploadCoverage(level: MapLevel, areas: readonly Area[], figures: readonly UploadFigure[]): LevelCoverage {
  const byCode = new Map(figures.map((f) => [f.code, f] as const));
  const withRow = areas.filter((a) => byCode.has(a.code));
  const withShare = withRow.filter((a) => byCode.get(a.code)?.share != null);
  const dw = (list: readonly Area[]) => list.reduce((s, a) => s + (a.stock?.dwellings ?? 0), 0);
  const all = dw(areas);
  return {
    level,
    features: areas.length,
    withRow: withRow.length,
    withShare: withShare.length,
    areasWithoutRow: areas.filter((a) => !byCode.has(a.code)).map((a) => ({ code: a.code, name: a.name, gemeenteCode: a.gemeenteCode })),
    featureCoverage: areas.length ? withShare.length / areas.length : 0,
    dwellingCoverage: all > 0 ? dw(withShare) / all : null,
  };
}

/** The dataset with the active uploads applied, and the coverage of the uploaded figures per level. */
export function composeDataset(base: Dataset, active: ActiveUploads): Composition {
  const { figures, boundaries } = active;
  const features = featuresInForce(base, boundaries);
  const liveability = liveabilityOf([...base.levels.wijk.areas, ...base.levels.buurt.areas]);
  const stock = figures ? applyFigures(base.stock, figures.figures, active.keepEmbedded, figures.file) : base.stock;
  const joined = {
    wijk: joinLevel('wijk', features.wijk, stock, liveability),
    buurt: joinLevel('buurt', features.buurt, stock, liveability),
  };
  const buurtGemeenten = new Set((boundaries?.features ?? []).filter((f) => f.level === 'buurt').map((f) => f.gemeenteCode));
  const issues: Problem[] = [
    ...base.issues.filter((i) => !i.code.startsWith('join.')),
    ...(boundaries?.issues ?? []),
    ...(figures?.issues ?? []),
    ...joined.wijk.issues,
    ...joined.buurt.issues,
  ];
  const dataset: Dataset = {
    gemeenten: base.gemeenten,
    // Wijk outlines dissolved from the embedded buurten no longer fit uploaded buurt boundaries.
    wijkBorders: base.wijkBorders.filter((f) => !buurtGemeenten.has(f.gemeenteCode)),
    stock,
    gemeenteRows: new Map(stock.filter((r) => r.level === 'gemeente').map((r) => [r.code, r] as const)),
    levels: {
      wijk: { areas: joined.wijk.areas, report: joined.wijk.report },
      buurt: { areas: joined.buurt.areas, report: joined.buurt.report },
    },
    trend: base.trend,
    areaNotes: base.areaNotes,
    issues,
  };
  const coverage = figures
    ? {
        wijk: uploadCoverage('wijk', joined.wijk.areas, figures.figures),
        buurt: uploadCoverage('buurt', joined.buurt.areas, figures.figures),
      }
    : null;
  return { dataset, coverage };
}
