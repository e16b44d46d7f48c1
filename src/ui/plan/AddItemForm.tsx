/** Add the planner's own item to the programme: gemeente, place (or unallocated), kind, dwellings and years. */
import { useState, type FormEvent } from 'react';
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { addItem } from '../../domain/programme/edit';
import type { ProgrammeItem, ProgrammeKind } from '../../domain/programme/types';
import { readTypedNumber } from '../../domain/band-input';
import { PARKSTAD_SCOPE } from '../../config/policy';
import { AreaSelect } from './AreaSelect';
import { GemeenteSelect } from './GemeenteSelect';
import { editErrorText } from './ProgrammeItemCard';
import { KindField } from './fields';

export function AddItemForm({ items }: { items: readonly ProgrammeItem[] }) {
  const t = useT();
  const scope = useStore((s) => s.scope);
  const setProgramme = useStore((s) => s.setProgramme);
  const [group, setGroup] = useState(scope === PARKSTAD_SCOPE ? 'GM0917' : scope);
  const [area, setArea] = useState<string | null>(null);
  const [kind, setKind] = useState<ProgrammeKind>('build-corporation');
  const [label, setLabel] = useState('');
  const [n, setN] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const count = readTypedNumber(n.replace(/\./g, ''));
    const first = readTypedNumber(from);
    const last = to.trim() === '' ? first : readTypedNumber(to);
    if (count === null) return setError(editErrorText('n', t));
    if (first === null || last === null) return setError(editErrorText('years', t));
    const r = addItem(items, { label: label.trim() || t.programmeLabelDefault, group, area, kind, n: count, from: first, to: last });
    if ('error' in r) return setError(editErrorText(r.error, t));
    setError(null);
    setN('');
    setLabel('');
    setProgramme(r.items);
  };
  return (
    <form className="programme-add" onSubmit={submit} data-testid="programme-add" aria-label={t.programmeAdd}>
      <h3>{t.programmeAdd}</h3>
      <div className="programme-grid">
        <GemeenteSelect
          value={group}
          onChange={(g) => {
            setGroup(g);
            setArea(null);
          }}
          label={t.programmeGroup}
          testId="add-group"
          region={t.programmeParkstad}
        />
        <label className="field">
          <span>{t.programmeArea}</span>
          <AreaSelect group={group} value={area} onChange={setArea} label={t.programmeArea} testId="add-area" />
        </label>
        <KindField value={kind} onChange={setKind} testId="add-kind" t={t} />
        <label className="field">
          <span>{t.programmeLabel}</span>
          <input type="text" value={label} onChange={(e) => setLabel(e.target.value)} data-testid="add-label" maxLength={80} />
        </label>
        <label className="field small">
          <span>{t.programmeN}</span>
          <input type="text" inputMode="numeric" value={n} onChange={(e) => setN(e.target.value)} data-testid="add-n" />
        </label>
        <label className="field small">
          <span>{t.programmeFrom}</span>
          <input type="text" inputMode="numeric" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="add-from" />
        </label>
        <label className="field small">
          <span>{t.programmeTo}</span>
          <input type="text" inputMode="numeric" value={to} onChange={(e) => setTo(e.target.value)} data-testid="add-to" />
        </label>
      </div>
      {error && (
        <p className="field-error" role="alert" data-testid="add-error">
          {error}
        </p>
      )}
      <button type="submit" data-testid="add-submit">
        {t.programmeAdd}
      </button>
    </form>
  );
}
