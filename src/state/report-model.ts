/**
 * The A4 report of the 0-meting (issue 12), one page per gemeente (pure, memoised): the band in force with its
 * kind, the 0-meting rows of the gemeente and its wijken (the rows the CSV has, judged the same way), the map of
 * its wijken as SVG paths with their class, the count per class, whether CBS has buurt figures there, and the
 * sources named by its rows. Made from the embedded data only, like the 0-meting itself.
 */
import type { Dataset } from '../domain/dataset';
import type { BandChoice, BandReference } from '../domain/band-reference';
import type { AreaClass } from '../domain/classify-area';
import { baselineRows, type BaselineRow } from '../domain/programme/baseline';
import { displayName } from '../domain/search';
import { PARKSTAD, PARKSTAD_SCOPE } from '../config/policy';
import { memoLast } from './memo';
import { bandsOf } from './area-view';
import { CLASS_ORDER } from './legend-model';
import { baselineJudge } from './plan-model';
import { bboxOf, frameOf, pathOf, project, scaleBarOf } from './report-map';
import type { AppState } from './store';

/** The map's largest size on the page in CSS px (A4 portrait at 15 mm margins is 680 px wide). */
export const REPORT_MAP_MAX = { width: 460, height: 330, pad: 10 } as const;

export interface ReportArea {
  code: string;
  /** The wijk's number as printed on the map (the last two digits of its code). */
  number: string;
  cls: AreaClass;
  d: string;
  label: readonly [number, number] | null;
}

export interface ReportMap {
  width: number;
  height: number;
  areas: readonly ReportArea[];
  /** The gemeente's outline (path data), '' when it has none. */
  outline: string;
  scaleBar: { meters: number; length: number };
}

export interface ReportRow extends BaselineRow {
  /** The name without the "Wijk 40" prefix. */
  displayName: string;
}

export interface ReportPage {
  code: string;
  name: string;
  band: BandReference | null;
  gemeente: ReportRow | null;
  wijken: readonly ReportRow[];
  map: ReportMap | null;
  counts: readonly { cls: AreaClass; count: number }[];
  /** Buurten of the gemeente with a CBS share (0 in Simpelveld and Voerendaal). */
  buurtFigures: number;
  /** The distinct sources its rows name, in table order. */
  sources: readonly string[];
}

const withName = (r: BaselineRow): ReportRow => ({ ...r, displayName: displayName(r.name) });

function mapOf(base: Dataset, gemeente: string, wijken: readonly ReportRow[]): ReportMap | null {
  const areas = base.levels.wijk.areas.filter((a) => a.gemeenteCode === gemeente && a.geometry);
  const box = bboxOf(areas.flatMap((a) => (a.geometry ? [a.geometry] : [])));
  if (!box) return null;
  const frame = frameOf(box, REPORT_MAP_MAX.width, REPORT_MAP_MAX.height, REPORT_MAP_MAX.pad);
  const cls = new Map(wijken.map((w) => [w.code, w.cls] as const));
  const outline = base.gemeenten.find((g) => g.code === gemeente)?.geometry;
  return {
    width: frame.width,
    height: frame.height,
    areas: areas.map((a) => ({
      code: a.code,
      number: a.code.slice(-2),
      cls: cls.get(a.code) ?? 'nodata',
      d: a.geometry ? pathOf(frame, a.geometry) : '',
      label: a.labelPoint ? project(frame, a.labelPoint) : null,
    })),
    outline: outline ? pathOf(frame, outline) : '',
    scaleBar: scaleBarOf(frame, 90),
  };
}

const pages = memoLast((base: Dataset, choice: BandChoice): readonly ReportPage[] => {
  const bands = bandsOf(base, PARKSTAD_SCOPE, choice);
  const rows = baselineRows(base, PARKSTAD, baselineJudge(bands), false, PARKSTAD_SCOPE, '').map(withName);
  return PARKSTAD.map((g) => {
    const wijken = rows.filter((r) => r.level === 'wijk' && r.gemeenteCode === g.code);
    const gemeente = rows.find((r) => r.level === 'gemeente' && r.code === g.code) ?? null;
    return {
      code: g.code,
      name: g.name,
      band: bands.get(g.code) ?? null,
      gemeente,
      wijken,
      map: mapOf(base, g.code, wijken),
      counts: CLASS_ORDER.map((cls) => ({ cls, count: wijken.filter((w) => w.cls === cls).length })),
      buurtFigures: base.levels.buurt.areas.filter((a) => a.gemeenteCode === g.code && a.stock?.corporationPct != null).length,
      sources: [...new Set([...wijken, ...(gemeente ? [gemeente] : [])].map((r) => r.source).filter((s) => s !== ''))],
    };
  });
});

/** The report's pages: every gemeente of Parkstad, in the order of the 0-meting; null before the data has loaded. */
export const selectReportPages = (s: AppState): readonly ReportPage[] | null => (s.base ? pages(s.base, s.band) : null);
