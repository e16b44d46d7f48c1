import { useEffect, useState } from 'react';
import { useStore } from '../state/store';
import { persistPresentation } from '../state/slices/presentation';
import { persistPlan } from '../state/slices/plan';
import { problem } from '../domain/problem';
import { problemMessage } from '../i18n/problem-text';
import { useT } from '../i18n';
import { loadDataset, loadEnglishCatalog, loadOverlays, loadProgrammePreload } from '../data/load';
import { installEnglish, readCatalog } from '../i18n/catalog';
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
import { MapNotes } from './MapNotes';
import { SkipLinks } from './SkipLinks';
import { NorthArrow } from './NorthArrow';
import { PrintMap } from './PrintMap';
import { LoadingState } from './LoadingState';
import { PresentationFooter, PresentationHeader } from './Presentation';
import { startUrlSync } from '../state/view-sync';

export function App() {
  const t = useT();
  const status = useStore((s) => (s.base ? 'ready' : s.loadFailed ? 'error' : 'loading'));
  const lang = useStore((s) => s.lang);
  const presenting = useStore((s) => s.presenting);
  // On a phone the settings bar folds behind the header's Instellingen button (elsewhere it is always shown).
  const [settingsOpen, setSettingsOpen] = useState(false);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // English texts are fetched the first time English is asked for; until they arrive the interface stays Dutch.
  const wantEnglish = useStore((s) => s.langWanted === 'en' && !s.englishReady);
  useEffect(() => {
    if (!wantEnglish) return;
    loadEnglishCatalog()
      .then((json) => {
        const catalog = readCatalog(json);
        if (!catalog) throw new Error('catalog');
        installEnglish(catalog);
        useStore.getState().setEnglishReady();
      })
      .catch(() => {
        useStore.setState({ langWanted: 'nl' });
        useStore.getState().reportProblem('app.english-failed');
      });
  }, [wantEnglish]);

  // The view comes from the link (and goes back into it); saved views persist in this browser.
  useEffect(() => {
    const stopSync = startUrlSync();
    const stopPersist = persistPresentation(useStore.subscribe);
    const stopPlan = persistPlan(useStore.subscribe);
    return () => {
      stopSync();
      stopPersist();
      stopPlan();
    };
  }, []);

  useEffect(() => {
    // Only the last load counts (StrictMode runs effects twice in development): a stale load must not
    // replace the dataset that the restored uploads were applied to.
    let live = true;
    loadDataset()
      .then((d) => {
        if (!live) return;
        useStore.getState().setBase(d);
        void initUploads();
      })
      .catch(() => live && useStore.getState().setLoadFailed());
    loadOverlays()
      .then((o) => live && useStore.getState().setOverlays(o.value, o.issues))
      .catch(() => live && useStore.getState().setOverlaysFailed());
    loadProgrammePreload()
      .then((p) => live && useStore.getState().setPreload(p.value, p.issues))
      .catch(() => live && useStore.getState().setPreload([], []));
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className={presenting ? 'app utrecht-document presenting' : 'app utrecht-document'}>
      <SkipLinks />
      <TopBar settingsOpen={settingsOpen} onSettings={() => setSettingsOpen((o) => !o)} />
      <PresentationHeader />
      <div id="controls" className={settingsOpen ? 'controls open' : 'controls'} role="toolbar" aria-label={t.band}>
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
          <MapNotes />
          <Notices />
          <NorthArrow />
          <LoadingState />
          {status === 'error' && (
            <div className="overlay-msg error" role="alert">
              {problemMessage(problem('error', 'load.failed'), lang)}
            </div>
          )}
        </div>
        <SidePanel />
      </main>
      <PresentationFooter />
    </div>
  );
}
