/**
 * One export from the app's current state: title and legend from the same state as the screen,
 * the map through map/capture.ts, and a PNG blob as the result.
 */
import { useStore } from '../state/store';
import { useCouncil } from '../state/council';
import { activeBand } from '../state/selectors';
import { DICTS } from '../i18n';
import { captureMap } from '../map/capture';
import { composeExport, type ExportMeta } from './compose';
import { legendModel } from './legend-model';
import { usePairsStore } from '../state/pairs-store';
import { useOverlays } from '../state/overlay-store';
import { scenarioResult, viewDataset } from '../state/pairs-selectors';
import { presentationTitles } from './titles';
import { exportFileName, findPreset, type ExportPresetId } from './presets';

export interface ExportOutcome {
  blob: Blob;
  fileName: string;
  meta: ExportMeta;
}

export async function runExport(presetId: ExportPresetId, now = new Date()): Promise<ExportOutcome> {
  const s = useStore.getState();
  const c = useCouncil.getState();
  const preset = findPreset(presetId);
  if (!s.dataset || !preset) throw new Error('De gegevens zijn nog niet geladen.');
  const t = DICTS[s.lang];
  const band = activeBand(s.dataset, s.scope, s.band);
  const titles = presentationTitles(
    { title: c.title, subtitle: c.subtitle, scope: s.scope, level: s.level, band, basemap: s.basemap, lang: s.lang, date: now },
    t,
  );
  // The legend counts what the map shows: a scenario's values while one is shown.
  const pairs = usePairsStore.getState();
  const showing = pairs.showOnMap && pairs.draft.moves.some((m) => m.n > 0);
  const shown = showing ? viewDataset(s.dataset, scenarioResult(s.dataset, pairs.draft.moves).rows) : s.dataset;
  const legend = legendModel(
    shown,
    s.scope,
    s.level,
    s.band,
    [...useOverlays.getState().visible],
    showing ? pairs.draft.name || '–' : null,
  );
  const { canvas, meta } = await composeExport({ preset, titles, legend, t, lang: s.lang, link: window.location.href }, captureMap);
  const blob = await new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG kon niet worden gemaakt.'))), 'image/png');
  });
  return { blob, fileName: exportFileName(s.scope, s.level, preset.id, now), meta };
}
