/** The dataset as a scenario would leave it: new Area objects for touched areas, everything else shared. */
import type { Dataset } from '../dataset';
import type { Area, StockRow } from '../types';

function swap(areas: Area[], rows: ReadonlyMap<string, StockRow>): Area[] {
  if (!areas.some((a) => rows.has(a.code))) return areas;
  return areas.map((a) => {
    const row = rows.get(a.code);
    return row ? { ...a, stock: row } : a;
  });
}

/**
 * A dataset whose wijk and buurt areas carry the scenario's rows. The base dataset is returned as is when
 * nothing changes; otherwise a new object whose untouched parts (geometry, gemeente rows, reports, the
 * stock list) are the base's own. The gemeente rows are kept, so the band (centred on the CBS average)
 * does not move with a scenario. Nothing in `dataset` is mutated.
 */
export function withScenarioRows(dataset: Dataset, rows: ReadonlyMap<string, StockRow>): Dataset {
  if (rows.size === 0) return dataset;
  const wijk = swap(dataset.levels.wijk.areas, rows);
  const buurt = swap(dataset.levels.buurt.areas, rows);
  return {
    ...dataset,
    levels: {
      wijk: wijk === dataset.levels.wijk.areas ? dataset.levels.wijk : { ...dataset.levels.wijk, areas: wijk },
      buurt: buurt === dataset.levels.buurt.areas ? dataset.levels.buurt : { ...dataset.levels.buurt, areas: buurt },
    },
  };
}
