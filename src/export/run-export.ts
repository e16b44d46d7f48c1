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
  const titles = presentationTitles({ title: c.title, subtitle: c.subtitle, scope: s.scope, level: s.level, band, basemap: s.basemap, lang: s.lang, date: now }, t);
  const legend = legendModel(s.dataset, s.scope, s.level, s.band);
  const { canvas, meta } = await composeExport({ preset, titles, legend, t, lang: s.lang, link: window.location.href }, captureMap);
  const blob = await new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG kon niet worden gemaakt.'))), 'image/png');
  });
  return { blob, fileName: exportFileName(s.scope, s.level, preset.id, now), meta };
}
