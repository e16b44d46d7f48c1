/**
 * Are uploaded boundaries where they claim to be? Areas outside the Netherlands are left out and named;
 * a file that lies outside as it is but inside with x and y swapped is asked about ("assen omwisselen?"),
 * and one that lies outside either way is refused. A file drawn 5,000 km away never passes silently.
 */
import { parseAreaGeoJson, type AreaGeoJsonResult, type GeoJsonOptions } from '../parse-geojson';
import { centreText, geometryBbox, outsideNetherlands, samplePositions, swapCollectionAxes, unionBbox, type BBox } from '../extent';
import { problem, type Problem } from '../problem';
import type { UploadQuestion } from './verdict';
import type { GeoMapping } from './ingest-geojson';

type Collection = Record<string, unknown> & { features: unknown[] };

export interface Placement {
  /** The parse as used (swapped when the mapping says so), with areas outside the Netherlands left out. */
  areas: AreaGeoJsonResult;
  /** A file-level refusal (all areas outside the Netherlands), or none. */
  refusal: Problem[];
  /** The swap question when the file lies in the Netherlands only with x and y swapped. */
  question: UploadQuestion<GeoMapping> | null;
}

const boxOf = (r: AreaGeoJsonResult): BBox | null =>
  unionBbox([...r.value.map((f) => geometryBbox(f.geometry)), ...(r.outside ?? []).map((o) => o.bbox)].filter((b) => b && !isNaN(b[0])));

const nothingInside = (r: AreaGeoJsonResult) => r.value.length === 0 && (r.outside?.length ?? 0) + (r.crs?.crs === null ? 1 : 0) > 0;

/** Centre of the first positions of a collection as written in the file (before any reprojection), as text. */
function givenText(json: Collection): string {
  const pts = json.features
    .slice(0, 50)
    .flatMap((f) => samplePositions((f as { geometry?: { coordinates?: unknown } } | null)?.geometry?.coordinates));
  if (pts.length === 0) return '';
  const mid = (v: number[]) => (Math.min(...v) + Math.max(...v)) / 2;
  const [x, y] = [mid(pts.map((p) => p[0])), mid(pts.map((p) => p[1]))];
  const digits = Math.abs(x) > 1000 || Math.abs(y) > 1000 ? 0 : 5;
  return `${x.toFixed(digits)}, ${y.toFixed(digits)}`;
}

/**
 * Parse the collection with the Netherlands check, swapped first when `mapping.axes` is `swap`. When no
 * area lies in the Netherlands as given (all outside, or a coordinate system that is not recognised),
 * the swapped file is tried: if every area then lies in the Netherlands, the swap is asked about
 * (`geojson.axes-swapped`, with the centre as given and as swapped); otherwise a file with areas outside
 * is refused (`geojson.all-outside-nl`, with their centre).
 */
export function placeBoundaries(json: Collection, mapping: GeoMapping, file: string, options: GeoJsonOptions): Placement {
  const swapped = mapping.axes === 'swap';
  const areas = parseAreaGeoJson(swapped ? swapCollectionAxes(json) : json, file, { ...options, outside: outsideNetherlands });
  if (!nothingInside(areas)) return { areas, refusal: [], question: null };
  if (!swapped) {
    const trial = parseAreaGeoJson(swapCollectionAxes(json), file, {
      ...options,
      selfIntersection: undefined,
      outside: outsideNetherlands,
    });
    const box = boxOf(trial);
    if (trial.value.length > 0 && (trial.outside?.length ?? 0) === 0 && box) {
      const at = centreText(box);
      const context = { file, count: trial.value.length, given: givenText(json), swapped: `${at.lon}, ${at.lat}` };
      const question: UploadQuestion<GeoMapping> = {
        kind: 'swap-axes',
        problem: problem('warning', 'geojson.axes-swapped', context),
        answers: [{ id: 'swap-axes', patch: { axes: 'swap' } }],
      };
      // The question explains it: the per-area "outside the Netherlands" errors of the file as written are left out.
      return { areas: { ...areas, value: [], issues: [], outside: [] }, refusal: [], question };
    }
  }
  const box = boxOf(areas);
  if (areas.outside?.length && box) {
    return {
      areas,
      refusal: [problem('error', 'geojson.all-outside-nl', { file, count: areas.outside.length, ...centreText(box) })],
      question: null,
    };
  }
  return { areas, refusal: [], question: null };
}
