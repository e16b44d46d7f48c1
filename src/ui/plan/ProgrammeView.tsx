/**
 * The programme: the items (preloaded with their source, or the planner's own), each editable and allocatable; a
 * new item; back to the preload; the programme as a file to share; the ledger and the chart. Projections assume
 * nothing else changes, and there is no history per wijk: both are said here.
 */
import { useState } from 'react';
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { fill } from '../../i18n/text';
import type { Dict } from '../../i18n/nl';
import { selectProgramme, selectProjection } from '../../state/plan-model';
import { programmeFile, readProgrammeFile, type ProgrammeFileError } from '../../domain/programme/file';
import { PARKSTAD, PARKSTAD_SCOPE } from '../../config/policy';
import { downloadBlob } from '../download';
import { ProgrammeItemCard } from './ProgrammeItemCard';
import { AddItemForm } from './AddItemForm';
import { LedgerView } from './LedgerView';
import { PlanChartView } from './PlanChartView';
import { FileButton, FileMessage, type FileMessageState } from './FileTools';

function fileError(e: ProgrammeFileError, t: Dict): string {
  switch (e.kind) {
    case 'not-programme':
      return t.programmeImportFailed;
    case 'item':
      return fill(t.programmeErrItem, { index: e.index });
    case 'area':
      return fill(t.programmeErrAreaFile, { index: e.index, value: e.value });
    case 'group':
      return fill(t.programmeErrGroup, { index: e.index, value: e.value });
  }
}

const GROUPS = new Set([...PARKSTAD.map((g) => g.code), PARKSTAD_SCOPE]);

export function ProgrammeView() {
  const t = useT();
  const items = useStore(selectProgramme);
  const own = useStore((s) => s.programme);
  const setProgramme = useStore((s) => s.setProgramme);
  const projection = useStore(selectProjection);
  const levels = useStore((s) => s.base?.levels);
  const [message, setMessage] = useState<FileMessageState | null>(null);
  if (!levels) return null;
  const read = async (file: File) => {
    const known = new Set([...levels.wijk.areas, ...levels.buurt.areas].map((a) => a.code));
    const r = readProgrammeFile(await file.text(), known, GROUPS);
    if ('error' in r) setMessage({ ok: false, text: `${fileError(r.error, t)} ${t.planNothingRead}` });
    else {
      setProgramme(r.items);
      setMessage({ ok: true, text: fill(t.programmeImported, { n: r.items.length }) });
    }
  };
  const undated = items.filter((i) => projection?.undated.includes(i.id));
  return (
    <section className="programme" data-testid="programme" aria-label={t.planViewProgramme}>
      <p className="note">{t.programmeIntro}</p>
      <p className="note" data-testid="programme-count">
        {fill(t.programmeCount, { n: items.length, unallocated: items.filter((i) => i.area === null).length })}
      </p>
      <PlanChartView />
      <LedgerView />
      <ul className="programme-items">
        {items.map((item) => (
          <ProgrammeItemCard key={item.id} item={item} items={items} />
        ))}
      </ul>
      {undated.length > 0 && <p className="note">{fill(t.programmeUndated, { items: undated.map((i) => i.label).join(', ') })}</p>}
      <AddItemForm items={items} />
      <div className="button-row">
        {own !== null && (
          <button type="button" onClick={() => setProgramme(null)} data-testid="programme-restore">
            {t.programmeRestore}
          </button>
        )}
        <button
          type="button"
          onClick={() => downloadBlob(new Blob([programmeFile(items)], { type: 'application/json' }), 'wijkbalans-programma.json')}
          data-testid="programme-export"
        >
          {t.programmeExport}
        </button>
        <FileButton
          label={t.programmeImport}
          accept=".json,application/json"
          testId="programme-import"
          onFile={(file) => void read(file)}
        />
      </div>
      <FileMessage message={message} testId="programme-message" />
    </section>
  );
}
