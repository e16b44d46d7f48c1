/**
 * The mapping step for a CSV: the detected profile (overridable), the first rows, the column mapping
 * and how to use the figures. Everything from the file is rendered as text.
 */
import { useState } from 'react';
import { useT } from '../../i18n';
import { useStore, type PendingUpload } from '../../state/store';
import { cancelPending, changeChoice, confirmPending } from '../../state/upload-actions';
import type { UploadUse } from '../../data/upload/idb';
import type { CsvChoice } from '../../domain/upload/csv-profile';
import type { ColumnMapping } from '../../domain/upload/mapping';
import { CsvColumnFields } from './CsvColumnFields';
import { UseFields } from './UseFields';
import { baseName } from './download';
import { blankMapping } from './mapping-defaults';
import { problemText } from '../../i18n/problem-text';
import { decimalText, delimiterText, fill } from './text';

type CsvPending = Extract<PendingUpload, { kind: 'csv' }>;

export function CsvMappingForm({ pending }: { pending: CsvPending }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const busy = useStore((s) => s.busy !== null);
  const { preview, choice } = pending;
  const [mapping, setMapping] = useState<ColumnMapping>(pending.mapping ?? blankMapping(preview.header, preview.valueColumns));
  const [use, setUse] = useState<UploadUse>('map');
  const [keepEmbedded, setKeepEmbedded] = useState(true);
  const [label, setLabel] = useState(baseName(pending.fileName));
  const setChoice = (p: Partial<CsvChoice>) => void changeChoice({ ...choice, ...p });
  const detected = preview.profile;
  return (
    <form
      className="mapping"
      data-testid="csv-mapping"
      aria-labelledby="csv-mapping-title"
      onSubmit={(e) => {
        e.preventDefault();
        void confirmPending(mapping, { use, keepEmbedded, label: label.trim() || baseName(pending.fileName) });
      }}
    >
      <h3 id="csv-mapping-title">
        {t.uploadMappingTitle}: <span className="mono">{pending.fileName}</span>
      </h3>
      {pending.remembered && (
        <p className="note" data-testid="mapping-remembered">
          {t.uploadRemembered}
        </p>
      )}
      {!pending.mapping && <p className="note">{t.uploadNoSuggestion}</p>}
      {preview.notices.length > 0 && (
        <div className="upload-notes" role="status" data-testid="mapping-notices">
          <strong>{t.uploadNoticesTitle}</strong>
          {preview.notices.map((n, i) => (
            <p key={i} data-code={n.code}>
              {problemText(n, lang)}
            </p>
          ))}
        </div>
      )}
      <fieldset className="profile">
        <legend>{t.uploadProfile}</legend>
        <div className="field">
          <label htmlFor="csv-encoding">{t.uploadEncoding}</label>
          <select
            id="csv-encoding"
            value={choice.encoding}
            data-testid="profile-encoding"
            onChange={(e) => setChoice({ encoding: e.target.value as CsvChoice['encoding'] })}
          >
            <option value="auto">
              {fill(t.uploadAutoDetected, { value: `${detected.encoding.toUpperCase()}${detected.bom ? ' + BOM' : ''}` })}
            </option>
            {(['utf-8', 'windows-1252', 'utf-16le'] as const).map((v) => (
              <option key={v} value={v}>
                {v.toUpperCase()}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="csv-delimiter">{t.uploadDelimiter}</label>
          <select
            id="csv-delimiter"
            value={choice.delimiter}
            data-testid="profile-delimiter"
            onChange={(e) => setChoice({ delimiter: e.target.value as CsvChoice['delimiter'] })}
          >
            <option value="auto">{fill(t.uploadAutoDetected, { value: delimiterText(detected.delimiter, t) })}</option>
            {([';', ',', '\t', '|'] as const).map((v) => (
              <option key={v} value={v}>
                {delimiterText(v, t)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="csv-decimal">{t.uploadDecimal}</label>
          <select
            id="csv-decimal"
            value={choice.decimal}
            data-testid="profile-decimal"
            onChange={(e) => setChoice({ decimal: e.target.value as CsvChoice['decimal'] })}
          >
            <option value="auto">{fill(t.uploadAutoDetected, { value: decimalText(detected.decimal, t) })}</option>
            {([',', '.'] as const).map((v) => (
              <option key={v} value={v}>
                {decimalText(v, t)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <table className="area-table preview" data-testid="csv-preview">
        <caption>{t.uploadPreview}</caption>
        <thead>
          <tr>
            <th scope="col">{t.uploadColumnHead}</th>
            <th scope="col">{t.uploadExamples}</th>
          </tr>
        </thead>
        <tbody>
          {preview.header.map((h, c) => (
            <tr key={c}>
              <th scope="row">{h}</th>
              <td>
                {preview.sample
                  .slice(0, 3)
                  .map((row) => row[c] ?? '')
                  .join(' · ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <CsvColumnFields header={preview.header} valueColumns={preview.valueColumns} mapping={mapping} onChange={setMapping} />
      <UseFields
        kind="csv"
        use={use}
        onUse={setUse}
        keepEmbedded={keepEmbedded}
        onKeepEmbedded={setKeepEmbedded}
        label={label}
        onLabel={setLabel}
      />
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
