/**
 * A note on the map (in MapNotes) when gemeenten of the scope have no figures at this level (Simpelveld and Voerendaal
 * buurten): their areas are drawn grey, and the map says why instead of reading as zeros. Offers the wijk level.
 */
import { useStore } from '../../state/store';
import { useView } from '../../state/selectors';
import { useT } from '../../i18n';
import { noFiguresText } from '../../i18n/time-text';
import './time.css';

export function NoFiguresNotice() {
  const t = useT();
  const vm = useView();
  const setLevel = useStore((s) => s.setLevel);
  if (!vm || vm.noFigures.length === 0) return null;
  return (
    <p className="map-note map-note-action" role="note" data-testid="no-figures-notice">
      <span>{noFiguresText(vm.level, vm.noFigures, t)}</span>
      {vm.level === 'buurt' && (
        <button type="button" className="notice-action" onClick={() => setLevel('wijk')} data-testid="no-figures-show-wijken">
          {t.noFiguresShowWijken}
        </button>
      )}
    </p>
  );
}
