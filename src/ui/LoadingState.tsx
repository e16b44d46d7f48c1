/**
 * While the data loads and the map draws its first frame: a visible loading state over the map, announced to screen
 * readers (the map region itself is `aria-busy` meanwhile), instead of an empty map.
 */
import { useStore } from '../state/store';
import { useT } from '../i18n';
import './explain.css';

export function LoadingState() {
  const t = useT();
  const loading = useStore((s) => !s.loadFailed && (!s.base || !s.mapReady));
  if (!loading) return null;
  return (
    <div className="loading-state" role="status" data-testid="loading-state">
      <span className="loading-spinner" aria-hidden="true" />
      {t.loadingMap}
    </div>
  );
}
