/**
 * The app's whole data pipeline in Node, timed per step for `npm run bench`: parse + join (`buildDataset`),
 * classification of every area of both levels, the view model of the Parkstad scope (`selectView`) and the map
 * description (`selectMapDescription`: the GeoJSON of every area of the level, the style, the feature state).
 * The same code the browser runs; every run builds a new dataset, so no memo is reused between runs.
 */
import { performance } from 'node:perf_hooks';
import { buildDataset, type RawGeodata } from '../../src/domain/dataset.ts';
import { bandFromCentre, classify } from '../../src/domain/band.ts';
import { useStore } from '../../src/state/store.ts';
import { selectView } from '../../src/state/view-model.ts';
import { emptyScenario } from '../../src/state/slices/scenario.ts';
import { selectMapDescription } from '../../src/map/describe.ts';
import { PARKSTAD_SCOPE } from '../../src/config/policy.ts';

export interface PipelineTimes {
  /** Areas with a polygon at wijk and buurt level. */
  areas: number;
  /** Areas with a corporation share. */
  withFigures: number;
  parseJoin: number;
  classify: number;
  viewModel: number;
  mapDescription: number;
  total: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Median times (ms) of each step over `runs` runs on `raw`. */
export function pipelineTimes(raw: RawGeodata, runs: number): PipelineTimes {
  const initial = useStore.getState();
  const band = bandFromCentre(36, 15);
  const steps = { parseJoin: [] as number[], classify: [] as number[], viewModel: [] as number[], mapDescription: [] as number[] };
  const totals: number[] = [];
  let areas = 0;
  let withFigures = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const d = buildDataset(raw);
    const t1 = performance.now();
    const all = [...d.levels.wijk.areas, ...d.levels.buurt.areas];
    withFigures = all.filter((a) => classify(a.stock?.corporationPct ?? null, band) !== 'nodata').length;
    const t2 = performance.now();
    useStore.setState({ ...initial, base: d, draft: emptyScenario(), scope: PARKSTAD_SCOPE, level: 'wijk' }, true);
    const vm = selectView(useStore.getState());
    const t3 = performance.now();
    const description = selectMapDescription(useStore.getState(), 'font.woff2');
    const t4 = performance.now();
    if (!vm || !description) throw new Error('no view model');
    steps.parseJoin.push(t1 - t0);
    steps.classify.push(t2 - t1);
    steps.viewModel.push(t3 - t2);
    steps.mapDescription.push(t4 - t3);
    totals.push(t4 - t0);
    areas = all.filter((a) => a.geometry !== null).length;
  }
  useStore.setState(initial, true);
  return {
    areas,
    withFigures,
    parseJoin: median(steps.parseJoin),
    classify: median(steps.classify),
    viewModel: median(steps.viewModel),
    mapDescription: median(steps.mapDescription),
    total: median(totals),
  };
}
