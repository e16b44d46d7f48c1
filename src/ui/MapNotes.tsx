/** Notes on the map itself (not only in the legend's fine print): at buurt level the band is a wijk-level guideline. */
import { useView } from '../state/selectors';
import { useT } from '../i18n';

export function MapNotes() {
  const t = useT();
  const vm = useView();
  if (!vm || vm.indicator !== 'corporation' || vm.role !== 'insight') return null;
  return (
    <p className="map-note" role="note" data-testid="map-note-insight">
      {t.bandInsightMap}
    </p>
  );
}
