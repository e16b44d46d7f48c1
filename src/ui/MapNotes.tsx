/**
 * Notes on the map itself (not only in the legend's fine print): at buurt level the band is a wijk-level guideline;
 * a map of a plan year shows a projection, and says so.
 */
import { useView } from '../state/selectors';
import { useT } from '../i18n';
import { fill } from '../i18n/text';

export function MapNotes() {
  const t = useT();
  const vm = useView();
  if (!vm) return null;
  const insight = vm.indicator === 'corporation' && vm.role === 'insight';
  if (!insight && vm.planYear === null) return null;
  return (
    <div className="map-notes">
      {vm.planYear !== null && (
        <p className="map-note plan" role="note" data-testid="map-note-plan">
          {fill(t.planMapNote, { year: vm.planYear })}
        </p>
      )}
      {insight && (
        <p className="map-note" role="note" data-testid="map-note-insight">
          {t.bandInsightMap}
        </p>
      )}
    </div>
  );
}
