/** The mapping step for GeoJSON boundaries: which property holds the CBS code and which the name. */
import { useState } from 'react';
import { useT } from '../../i18n';
import { useStore, type PendingUpload } from '../../state/store';
import { cancelPending, confirmPending } from '../../state/upload-actions';
import type { UploadUse } from '../../data/upload/idb';
import type { GeoMapping } from '../../domain/upload/ingest-geojson';
import { ColumnSelect } from './ColumnSelect';
import { UseFields } from './UseFields';
import { fill } from './text';

type GeoPending = Extract<PendingUpload, { kind: 'geojson' }>;

export function GeoMappingForm({ pending }: { pending: GeoPending }) {
  const t = useT();
  const busy = useStore((s) => s.busy !== null);
  const { preview } = pending;
  const [mapping, setMapping] = useState<GeoMapping>(pending.mapping);
  const [use, setUse] = useState<UploadUse>('map');
  return (
    <form
      className="mapping"
      data-testid="geo-mapping"
      aria-labelledby="geo-mapping-title"
      onSubmit={(e) => {
        e.preventDefault();
        void confirmPending(mapping, { use, keepEmbedded: true, label: pending.fileName });
      }}
    >
      <h3 id="geo-mapping-title">
        {t.uploadGeoTitle}: <span className="mono">{pending.fileName}</span>
      </h3>
      <p className="muted">{fill(t.uploadFeatureCount, { n: preview.featureCount })}</p>
      {pending.remembered && (
        <p className="note" data-testid="mapping-remembered">
          {t.uploadRemembered}
        </p>
      )}
      <p className="note">{t.uploadGeoNote}</p>
      <ColumnSelect
        label={t.uploadCodeProp}
        value={mapping.codeProperty}
        options={preview.properties}
        noneLabel={t.uploadAutoProp}
        onChange={(v) => setMapping({ ...mapping, codeProperty: v })}
        testid="geo-code-prop"
      />
      <ColumnSelect
        label={t.uploadNameProp}
        value={mapping.nameProperty}
        options={preview.properties}
        noneLabel={t.uploadAutoProp}
        onChange={(v) => setMapping({ ...mapping, nameProperty: v })}
        testid="geo-name-prop"
      />
      <table className="area-table preview" data-testid="geo-preview">
        <caption>{t.uploadPreview}</caption>
        <thead>
          <tr>
            <th scope="col">{t.uploadColumnHead}</th>
            <th scope="col">{t.uploadExamples}</th>
          </tr>
        </thead>
        <tbody>
          {preview.properties.map((h) => (
            <tr key={h}>
              <th scope="row">{h}</th>
              <td>
                {preview.sample
                  .slice(0, 3)
                  .map((row) => row[h] ?? '')
                  .join(' · ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <UseFields kind="geojson" use={use} onUse={setUse} />
      <div className="actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy} data-testid="upload-confirm">
          {t.uploadConfirm}
        </button>
        <button type="button" onClick={cancelPending} disabled={busy}>
          {t.uploadCancel}
        </button>
      </div>
    </form>
  );
}
