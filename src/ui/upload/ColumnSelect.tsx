/** A labelled select of column (or property) names; names from the file are shown as text only. */
import { useId } from 'react';

interface Props {
  label: string;
  value: string | null;
  options: readonly string[];
  onChange: (v: string | null) => void;
  /** Label of the empty choice; without it a column is required. */
  noneLabel?: string;
  testid: string;
}

export function ColumnSelect({ label, value, options, onChange, noneLabel, testid }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)} data-testid={testid}>
        {(noneLabel !== undefined || value === null) && <option value="">{noneLabel ?? '—'}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
}
