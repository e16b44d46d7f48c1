/** Drag-and-drop area and file picker for CSV and GeoJSON. */
import { useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useStore } from '../../state/store';
import { chooseFile } from '../../state/upload-actions';
import { MAX_CSV_BYTES, MAX_GEOJSON_BYTES } from '../../config/upload';
import { fill, mb } from './text';

export function DropZone() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const busy = useStore((s) => s.busy !== null);
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file && !busy) void chooseFile(file);
  };
  return (
    <div
      className={`drop-zone${over ? ' over' : ''}`}
      data-testid="upload-drop"
      onDragOver={(e) => {
        e.preventDefault();
        e.stopPropagation();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        e.stopPropagation();
        setOver(false);
        take(e.dataTransfer.files);
      }}
    >
      <p>
        {t.uploadDrop}{' '}
        <button type="button" onClick={() => input.current?.click()} disabled={busy} data-testid="upload-choose">
          {t.uploadChoose}
        </button>
      </p>
      <input
        ref={input}
        type="file"
        accept=".csv,.tsv,.txt,.geojson,.json"
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="upload-input"
        onChange={(e) => {
          take(e.target.files);
          e.target.value = '';
        }}
      />
      <p className="note">{fill(t.uploadLimits, { csv: mb(MAX_CSV_BYTES), geo: mb(MAX_GEOJSON_BYTES) })}</p>
    </div>
  );
}
