/** Export of the joined data in force (current level, all gemeenten) as CSV and GeoJSON. */
import { useT } from '../../i18n';
import { useStore, indicatorEntries } from '../../state/store';
import { useView } from '../../state/selectors';
import { viewOfArea } from '../../state/view-model';
import { areasToCsv, areasToGeoJson, type ExportIndicator } from '../../domain/upload/export';
import { downloadText } from './download';
import type { Area } from '../../domain/types';

export function ExportBar() {
  const t = useT();
  const vm = useView();
  const entries = useStore((s) => s.uploads);
  if (!vm) return null;
  const { level } = vm;
  const classOf = (a: Area) => viewOfArea(a, vm.allBands).cls;
  const dataset = vm.today;
  const indicators: ExportIndicator[] = indicatorEntries(entries).map(({ entry, result }) => ({
    label: entry.meta.kind === 'csv' ? entry.meta.label : entry.meta.fileName,
    values: new Map(result.figures.map((f) => [f.code, f.share] as const)),
  }));
  const areas = dataset.levels[level].areas;
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <section className="export-bar" aria-labelledby="upload-export-title">
      <h3 id="upload-export-title">{t.uploadExportTitle}</h3>
      <p className="note">{t.uploadExportNote}</p>
      <button
        type="button"
        data-testid="export-csv"
        onClick={() => downloadText(areasToCsv(areas, classOf, indicators), `wijkbalans-${level}-${stamp}.csv`, 'text/csv;charset=utf-8')}
      >
        {t.uploadExportCsv}
      </button>{' '}
      <button
        type="button"
        data-testid="export-geojson"
        onClick={() =>
          downloadText(areasToGeoJson(areas, classOf, indicators), `wijkbalans-${level}-${stamp}.geojson`, 'application/geo+json')
        }
      >
        {t.uploadExportGeo}
      </button>
    </section>
  );
}
