/** A source line for the legend when uploaded figures or boundaries are on the map. */
import { useT } from '../../i18n';
import { useStore } from '../../state/store';
import { fill } from './text';

export function UploadSourceNote() {
  const t = useT();
  const entries = useStore((s) => s.uploads);
  const onMap = entries.filter((e) => e.meta.use === 'map' && e.result);
  if (onMap.length === 0) return null;
  return (
    <>
      {onMap.map((e) => (
        <p key={e.meta.id} className="legend-source upload-source" data-testid="legend-upload-source">
          {fill(e.meta.kind === 'csv' ? t.uploadSourceFigures : t.uploadSourceBoundaries, { file: e.meta.fileName })}
        </p>
      ))}
    </>
  );
}
