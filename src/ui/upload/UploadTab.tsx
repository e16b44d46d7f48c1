/** The "Own data" tab: upload, mapping step, progress, failure, join report, stored files and export. */
import { useT } from '../../i18n';
import { useStore } from '../../state/store';
import { DropZone } from './DropZone';
import { UploadProgress } from './UploadProgress';
import { UploadFailureBox } from './UploadFailureBox';
import { CsvMappingForm } from './CsvMappingForm';
import { GeoMappingForm } from './GeoMappingForm';
import { UploadReport } from './UploadReport';
import { DatasetList } from './DatasetList';
import { ExportBar } from './ExportBar';
import './upload.css';

export function UploadTab() {
  const t = useT();
  const pending = useStore((s) => s.pending);
  const restored = useStore((s) => s.restored);
  return (
    <div className="upload-tab" data-testid="upload-tab" data-restored={restored}>
      <h2>{t.uploadTitle}</h2>
      <p className="note">{t.uploadIntro}</p>
      {!pending && <DropZone />}
      <UploadProgress />
      <UploadFailureBox />
      {pending?.kind === 'csv' && (
        <CsvMappingForm
          key={`${pending.fileName}:${JSON.stringify(pending.choice)}:${pending.preview.header.join('|')}`}
          pending={pending}
        />
      )}
      {pending?.kind === 'geojson' && <GeoMappingForm key={pending.fileName} pending={pending} />}
      <UploadReport />
      <DatasetList />
      <ExportBar />
    </div>
  );
}
