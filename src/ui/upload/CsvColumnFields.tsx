/**
 * The column mapping fields: area key (code or name), share or counts, dwellings, year, name. The number
 * fields offer the columns with figures (`valueColumns`, judged by content) and never pre-select text.
 */
import { useT } from '../../i18n';
import type { ColumnMapping, ValueSpec } from '../../domain/upload/mapping';
import { ColumnSelect } from './ColumnSelect';

interface Props {
  header: readonly string[];
  /** Columns that hold figures (numbers, or only blanks and CBS symbols). */
  valueColumns: readonly string[];
  mapping: ColumnMapping;
  onChange: (m: ColumnMapping) => void;
}

export function CsvColumnFields({ header, valueColumns, mapping: m, onChange }: Props) {
  const t = useT();
  const patch = (p: Partial<ColumnMapping>) => onChange({ ...m, ...p });
  const first = header[0] ?? '';
  const firstNumber = valueColumns[0] ?? '';
  // Number fields: the columns with figures, plus a column already chosen (a remembered mapping) so it shows as it is.
  const numbers = (chosen: string | null) => (chosen && !valueColumns.includes(chosen) ? [...valueColumns, chosen] : valueColumns);
  const setValueKind = (kind: ValueSpec['kind']) =>
    patch({
      value:
        kind === 'share'
          ? { kind, share: firstNumber }
          : { kind, corporation: firstNumber, total: valueColumns.find((c) => c !== firstNumber) ?? firstNumber },
    });
  return (
    <div className="mapping-fields">
      <ColumnSelect label={t.uploadKey} value={m.key} options={header} onChange={(v) => patch({ key: v ?? first })} testid="map-key" />
      <fieldset className="radio-group">
        <legend>{t.uploadKeyKind}</legend>
        {(['code', 'name'] as const).map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="key-kind"
              checked={m.keyKind === k}
              onChange={() => patch({ keyKind: k })}
              data-testid={`map-key-${k}`}
            />
            {k === 'code' ? t.uploadKeyCode : t.uploadKeyName}
          </label>
        ))}
      </fieldset>
      {m.keyKind === 'name' && (
        <div className="field">
          <label htmlFor="map-name-level">{t.uploadNameLevel}</label>
          <select
            id="map-name-level"
            value={m.nameLevel}
            onChange={(e) => patch({ nameLevel: e.target.value as ColumnMapping['nameLevel'] })}
            data-testid="map-name-level"
          >
            <option value="all">{t.uploadLevelAll}</option>
            <option value="wijk">{t.wijk}</option>
            <option value="buurt">{t.buurt}</option>
          </select>
        </div>
      )}
      <fieldset className="radio-group">
        <legend>{t.uploadValueKind}</legend>
        <label>
          <input
            type="radio"
            name="value-kind"
            checked={m.value.kind === 'share'}
            onChange={() => setValueKind('share')}
            data-testid="map-value-share"
          />
          {t.uploadValueShare}
        </label>
        <label>
          <input
            type="radio"
            name="value-kind"
            checked={m.value.kind === 'counts'}
            onChange={() => setValueKind('counts')}
            data-testid="map-value-counts"
          />
          {t.uploadValueCounts}
        </label>
      </fieldset>
      {m.value.kind === 'share' ? (
        <>
          <ColumnSelect
            label={t.uploadShareCol}
            value={m.value.share}
            options={numbers(m.value.share)}
            onChange={(v) => patch({ value: { kind: 'share', share: v ?? firstNumber } })}
            testid="map-share"
          />
          <ColumnSelect
            label={t.uploadDwellingsCol}
            value={m.dwellings}
            options={numbers(m.dwellings)}
            noneLabel={t.uploadNone}
            onChange={(v) => patch({ dwellings: v })}
            testid="map-dwellings"
          />
        </>
      ) : (
        <>
          <ColumnSelect
            label={t.uploadCorpCol}
            value={m.value.corporation}
            options={numbers(m.value.corporation)}
            onChange={(v) => m.value.kind === 'counts' && patch({ value: { ...m.value, corporation: v ?? firstNumber } })}
            testid="map-corporation"
          />
          <ColumnSelect
            label={t.uploadTotalCol}
            value={m.value.total}
            options={numbers(m.value.total)}
            onChange={(v) => m.value.kind === 'counts' && patch({ value: { ...m.value, total: v ?? firstNumber } })}
            testid="map-total"
          />
        </>
      )}
      <p className="note">{t.uploadNumberColumns}</p>
      <ColumnSelect
        label={t.uploadYearCol}
        value={m.year}
        options={header}
        noneLabel={t.uploadNone}
        onChange={(v) => patch({ year: v })}
        testid="map-year"
      />
      <ColumnSelect
        label={t.uploadNameCol}
        value={m.name}
        options={header}
        noneLabel={t.uploadNone}
        onChange={(v) => patch({ name: v })}
        testid="map-name"
      />
    </div>
  );
}
