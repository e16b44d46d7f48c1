import { useEffect } from 'react';
import { useStore } from '../state/store';
import { useT } from '../i18n';
import { loadDataset } from '../data/load';
import { initUploads } from '../state/upload-apply';
import { MapView } from '../map/MapView';
import { ScopeControls } from './ScopeControls';
import { BandControls } from './BandControls';
import { Legend } from './Legend';
import { Tooltip } from './Tooltip';
import { SidePanel } from './SidePanel';
import { SearchBox } from './SearchBox';
import { TopBar } from './TopBar';

export function App() {
  const t = useT();
  const status = useStore((s) => s.status);
  const loadError = useStore((s) => s.loadError);
  const lang = useStore((s) => s.lang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

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
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="app">
      <TopBar />
      <div className="controls" role="toolbar" aria-label={t.band}>
        <SearchBox />
        <ScopeControls />
        <BandControls />
      </div>
      <main className="main">
        <div className="map-wrap">
          <MapView />
          {status === 'ready' && <Legend />}
          <Tooltip />
          {status === 'loading' && <div className="overlay-msg" role="status">{t.loading}</div>}
          {status === 'error' && <div className="overlay-msg error" role="alert">{t.loadFailed}: {loadError}</div>}
        </div>
        <SidePanel />
      </main>
    </div>
  );
}
