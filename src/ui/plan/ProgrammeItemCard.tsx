/**
 * One item of the programme: what it is and where it comes from (the document and its words, behind a disclosure),
 * its place (or "niet toegewezen"), kind, dwellings and years — each editable — and, for an item not yet allocated,
 * a part to allocate to a wijk or buurt.
 */
import { useState } from 'react';
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { fill } from '../../i18n/text';
import type { Dict } from '../../i18n/nl';
import { formatNumber } from '../../domain/numbers';
import { allocatePart, changedFromPreload, removeItem, updateItem, type EditError, type ItemEdit } from '../../domain/programme/edit';
import type { ProgrammeItem } from '../../domain/programme/types';
import { readTypedNumber } from '../../domain/band-input';
import { PolicyQuote } from '../pairs/PolicyQuote';
import { CommitInput } from '../CommitInput';
import { AreaSelect } from './AreaSelect';
import { groupName } from '../pairs/text';
import { KindField } from './fields';

export function editErrorText(e: EditError, t: Dict): string {
  return { n: t.programmeErrN, years: t.programmeErrYears, order: t.programmeErrOrder, part: t.programmeErrPart, area: t.programmeErrArea }[
    e
  ];
}

const readWhole = (text: string): number | null => {
  const v = readTypedNumber(text.replace(/\./g, ''));
  return v === null ? null : v;
};

export function ProgrammeItemCard({ item, items }: { item: ProgrammeItem; items: readonly ProgrammeItem[] }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const preload = useStore((s) => s.preload) ?? [];
  const setProgramme = useStore((s) => s.setProgramme);
  const [part, setPart] = useState<{ n: string; area: string | null }>({ n: '', area: null });
  const [error, setError] = useState<string | null>(null);
  const edit = (change: ItemEdit): string | null => {
    const r = updateItem(items, item.id, change, preload);
    if ('error' in r) return editErrorText(r.error, t);
    setProgramme(r.items);
    return null;
  };
  const years = (field: 'from' | 'to', text: string): string | null => {
    if (text.trim() === '' || text.trim() === '?') return edit({ from: null, to: null });
    const v = readWhole(text);
    if (v === null) return t.programmeErrYears;
    // One year typed into an undated item dates it to that single year.
    if (item.from === null || item.to === null) return edit({ from: v, to: v });
    return edit({ [field]: v });
  };
  const allocate = () => {
    const n = readWhole(part.n);
    const r = allocatePart(items, item.id, part.area ?? '', n ?? -1);
    if ('error' in r) {
      setError(editErrorText(r.error, t));
      return;
    }
    setError(null);
    setPart({ n: '', area: null });
    setProgramme(r.items);
  };
  const label = item.label || t.programmeLabelDefault;
  return (
    <li className="programme-item" data-testid="programme-item" data-id={item.id}>
      <p className="programme-item-title">
        <strong>{label}</strong> <span className="note">({groupName(t, item.group)})</span>
        {changedFromPreload(item, preload) && <span className="tag">{t.programmeChanged}</span>}
        {!item.source && <span className="tag">{t.programmeOwn}</span>}
      </p>
      <div className="programme-grid">
        <label className="field">
          <span>{t.programmeArea}</span>
          <AreaSelect
            group={item.group}
            value={item.area}
            onChange={(area) => edit({ area })}
            label={`${t.programmeArea}: ${label}`}
            testId="item-area"
          />
        </label>
        <KindField value={item.kind} onChange={(kind) => edit({ kind })} testId="item-kind" t={t} />
        <label className="field small">
          <span>{t.programmeN}</span>
          <CommitInput
            value={formatNumber(item.n, 0, lang)}
            label={`${t.programmeN}: ${label}`}
            inputMode="numeric"
            testId="item-n"
            onCommit={(text) => edit({ n: readWhole(text) ?? -1 })}
          />
        </label>
        <label className="field small">
          <span>{t.programmeFrom}</span>
          <CommitInput
            value={item.from === null ? '' : String(item.from)}
            label={`${t.programmeFrom}: ${label}`}
            inputMode="numeric"
            testId="item-from"
            onCommit={(text) => years('from', text)}
          />
        </label>
        <label className="field small">
          <span>{t.programmeTo}</span>
          <CommitInput
            value={item.to === null ? '' : String(item.to)}
            label={`${t.programmeTo}: ${label}`}
            inputMode="numeric"
            testId="item-to"
            onCommit={(text) => years('to', text)}
          />
        </label>
      </div>
      {item.from === null && <p className="note">{t.programmeYearUnknown}</p>}
      {item.from !== null && item.from < 2024 && <p className="note">{t.programmeBeforeBaseline}</p>}
      {item.affordable !== undefined && (
        <p className="note">{fill(t.programmeAffordable, { n: formatNumber(item.affordable, 0, lang) })}</p>
      )}
      {item.source && <PolicyQuote source={item.source} />}
      {item.area === null && (
        <div className="programme-allocate" data-testid="item-allocate">
          <input
            type="text"
            inputMode="numeric"
            autoComplete="off"
            aria-label={`${t.programmeAllocateN}: ${label}`}
            value={part.n}
            onChange={(e) => setPart((p) => ({ ...p, n: e.target.value }))}
            data-testid="allocate-n"
          />
          <span>{t.programmeAllocateTo}</span>
          <AreaSelect
            group={item.group}
            value={part.area}
            onChange={(area) => setPart((p) => ({ ...p, area }))}
            label={`${t.programmeAllocateTo}: ${label}`}
            testId="allocate-area"
            allowNone={false}
          />
          <button type="button" onClick={allocate} data-testid="allocate">
            {t.programmeAllocate}
          </button>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="link-button" onClick={() => setProgramme(removeItem(items, item.id))} data-testid="item-remove">
        {t.programmeRemove}
      </button>
    </li>
  );
}
