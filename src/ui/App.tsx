import { useEffect } from 'react';
import { useStore } from '../state/store';
import { useT } from '../i18n';
import { loadDataset, loadOverlays } from '../data/load';
import { useOverlays } from '../state/overlay-store';
import { OverlayPopup } from './overlays/OverlayPopup';
import { initUploads } from '../state/upload-apply';
import { MapView } from '../map/MapView';
import { ScopeControls } from './ScopeControls';
import { BandControls } from './BandControls';
import { Legend } from './Legend';
import { Tooltip } from './Tooltip';
import { SidePanel } from './SidePanel';
import { SearchBox } from './SearchBox';
import { TopBar } from './TopBar';
import { ScenarioBanner } from './pairs/ScenarioBanner';
import { Notices } from './Notices';
import { SkipLinks } from './SkipLinks';
import { NorthArrow } from './NorthArrow';
import { PrintMap } from './PrintMap';
import { PresentationFooter, PresentationHeader } from './Presentation';
import { useCouncil, persistCouncil } from '../state/council';
import { startUrlSync } from '../state/view-sync';
import { registerFeatureBindings } from '../state/feature-bindings';

export function App() {
  const t = useT();
  const status = useStore((s) => s.status);
  const loadError = useStore((s) => s.loadError);
  const lang = useStore((s) => s.lang);
  const presenting = useCouncil((s) => s.presenting);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // The view comes from the link (and goes back into it); saved views persist in this browser.
  useEffect(() => {
    registerFeatureBindings();
    const stopSync = startUrlSync();
    const stopPersist = persistCouncil();
    return () => {
      stopSync();
      stopPersist();
    };
  }, []);

  useEffect(() => {
    // Only the last load counts (StrictMode runs effects twice in development): a stale load must not
    // replace the dataset that the restored uploads were applied to.
    let live = true;
    loadDataset()
      .then((d) => {
        if (!live) return;
        useStore.getState().setDataset(d);
        void initUploads(d);
      })
      .catch((e: unknown) => live && useStore.getState().setLoadError(e instanceof Error ? e.message : String(e)));
    loadOverlays()
      .then((o) => live && useOverlays.getState().setData(o.value, o.issues))
      .catch((e: unknown) => live && useOverlays.getState().setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className={presenting ? 'app presenting' : 'app'}>
      <SkipLinks />
      <TopBar />
      <PresentationHeader />
      <div className="controls" role="toolbar" aria-label={t.band}>
        <SearchBox />
        <ScopeControls />
        <BandControls />
      </div>
      <main className="main">
        <div className="map-wrap">
          <MapView />
          <PrintMap />
          {status === 'ready' && <Legend />}
          <Tooltip />
          <OverlayPopup />
          <ScenarioBanner />
          <Notices />
          <NorthArrow />
          {status === 'loading' && (
            <div className="overlay-msg" role="status">
              {t.loading}
            </div>
          )}
          {status === 'error' && (
            <div className="overlay-msg error" role="alert">
              {t.loadFailed}: {loadError}
            </div>
          )}
        </div>
        <SidePanel />
      </main>
      <PresentationFooter />
    </div>
  );
}
