/**
 * One export from the app's current state: titles and legend from the same view model as the screen,
 * the map through map/capture.ts, and a PNG blob as the result.
 */
import { useStore } from '../state/store';
import { selectView } from '../state/view-model';
import { dictOf } from '../i18n';
import { captureMap } from '../map/capture';
import { composeExport, type ExportMeta } from './compose';
import { presentationTitles } from './titles';
import { exportFileName, findPreset, type ExportPresetId } from './presets';

export interface ExportOutcome {
  blob: Blob;
  fileName: string;
  meta: ExportMeta;
}

export async function runExport(presetId: ExportPresetId, now = new Date()): Promise<ExportOutcome> {
  const s = useStore.getState();
  const vm = selectView(s);
  const preset = findPreset(presetId);
  if (!vm || !preset) throw new Error('not ready');
  const t = dictOf(s.lang);
  const titles = presentationTitles(
    {
      title: s.title,
      subtitle: s.subtitle,
      scope: s.scope,
      level: s.level,
      band: vm.band,
      indicator: s.indicator,
      year: vm.dataYear,
      basemap: s.basemap,
      lang: s.lang,
      date: now,
    },
    t,
  );
  const { canvas, meta } = await composeExport(
    { preset, titles, legend: vm.legend, t, lang: s.lang, link: window.location.href },
    captureMap,
  );
  const blob = await new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob'))), 'image/png');
  });
  return { blob, fileName: exportFileName(s.scope, s.level, preset.id, now), meta };
}
