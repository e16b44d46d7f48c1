/**
 * The streefbeeld per wijk (001 afspraak 14): an editable target share for 2030 and 2050 (or the 2050 target as a
 * number of corporation dwellings), starting from the band rule in force; the totals against "mengen zonder te
 * verdringen"; the map mode "afstand tot streefbeeld"; export and import as CSV.
 */
import { useState } from 'react';
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { fill } from '../../i18n/text';
import type { Dict } from '../../i18n/nl';
import { selectTargetRows, selectTargetTotals, type TargetRow } from '../../state/plan-model';
import { readTypedNumber } from '../../domain/band-input';
import { readTargetsCsv, targetsCsv, type TargetFileError } from '../../domain/programme/targets-csv';
import type { AreaTarget } from '../../domain/programme/targets';
import { formatNumber, formatPct, type Lang } from '../../domain/numbers';
import { displayName } from '../../domain/search';
import { PARKSTAD_SCOPE } from '../../config/policy';
import { CommitInput } from '../CommitInput';
import { downloadText } from '../pairs/text';
import { GemeenteSelect } from './GemeenteSelect';
import { FileButton, FileMessage, type FileMessageState } from './FileTools';

const one = (v: number) => Math.round(v * 10) / 10;

function fileError(e: TargetFileError, t: Dict): string {
  switch (e.kind) {
    case 'columns':
      return t.targetsErrColumns;
    case 'empty':
      return t.targetsErrEmpty;
    case 'code':
      return fill(t.targetsErrCode, { row: e.row, value: e.value });
    case 'value':
      return fill(t.targetsErrValue, { row: e.row, value: e.value });
    case 'twice':
      return fill(t.targetsErrTwice, { row: e.row, value: e.value });
  }
}

const signed = (v: number, lang: Lang) => `${v > 0 ? '+' : ''}${formatNumber(Math.round(v), 0, lang)}`;

export function TargetsView() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const scope = useStore((s) => s.scope);
  const rows = useStore(selectTargetRows);
  const totals = useStore(selectTargetTotals);
  const names = useStore((s) => s.base?.levels.wijk.areas);
  const setTarget = useStore((s) => s.setTarget);
  const setTargets = useStore((s) => s.setTargets);
  const own = useStore((s) => s.targets);
  const indicator = useStore((s) => s.indicator);
  const setIndicator = useStore((s) => s.setIndicator);
  const [gemeente, setGemeente] = useState(scope === PARKSTAD_SCOPE ? 'GM0917' : scope);
  const [message, setMessage] = useState<FileMessageState | null>(null);
  if (!rows || !totals || !names) return null;
  const name = new Map(names.map((a) => [a.code, displayName(a.name)] as const));
  const shown = rows.filter((r) => r.gemeenteCode === gemeente);
  const total = totals.get(gemeente);
  const region = totals.get(PARKSTAD_SCOPE);

  const commit = (r: TargetRow, field: keyof AreaTarget, text: string): string | null => {
    const v = readTypedNumber(text);
    if (v === null || v < 0 || v > 100) return t.targetsErrPct;
    const from = r.target ?? { y2030: r.pct ?? v, y2050: r.pct ?? v };
    setTarget(r.code, { ...from, [field]: one(v) });
    return null;
  };
  const commitCount = (r: TargetRow, text: string): string | null => {
    const max = r.dwellings ?? 0;
    const v = readTypedNumber(text.replace(/\./g, ''));
    if (v === null || v < 0 || v > max || max === 0) return fill(t.targetsErrN, { max: formatNumber(max, 0, lang) });
    const from = r.target ?? { y2030: r.pct ?? 0, y2050: r.pct ?? 0 };
    setTarget(r.code, { ...from, y2050: one((v * 100) / max) });
    return null;
  };
  const download = () => {
    const csv = targetsCsv(
      rows.map((r) => ({ ...r, name: name.get(r.code) ?? r.code })),
      t.targetsOwn,
      t.targetsDefault,
    );
    downloadText(csv.replace(/^\uFEFF/, ''), 'wijkbalans-streefbeeld.csv');
  };
  const read = async (file: File) => {
    const result = readTargetsCsv(await file.text(), new Set(rows.map((r) => r.code)));
    if ('error' in result) setMessage({ ok: false, text: `${fileError(result.error, t)} ${t.planNothingRead}` });
    else {
      setTargets({ ...own, ...result.targets });
      setMessage({ ok: true, text: fill(t.targetsImported, { n: Object.keys(result.targets).length }) });
    }
  };
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? '' : formatNumber(v, Number.isInteger(v) ? 0 : 1, lang));

  return (
    <section className="targets" data-testid="targets" aria-label={t.planViewTargets}>
      <p className="note">{t.targetsIntro}</p>
      {gemeente !== 'GM0917' && <p className="note">{t.targetsNoBandNote}</p>}
      <GemeenteSelect value={gemeente} onChange={setGemeente} label={t.targetsGemeente} testId="targets-gemeente" />
      {total && (
        <p className={total.keeps ? 'note' : 'field-error'} data-testid="targets-total" role="status">
          {total.keeps
            ? fill(t.targetsKeeps, { change: signed(total.change, lang) })
            : fill(t.targetsLoses, { loss: formatNumber(Math.round(-total.change), 0, lang) })}
        </p>
      )}
      {region && (
        <p className="note" data-testid="targets-total-parkstad">
          {fill(t.targetsParkstad, { change: signed(region.change, lang) })}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          aria-pressed={indicator === 'target-distance'}
          data-testid="targets-map"
          onClick={() => setIndicator(indicator === 'target-distance' ? 'corporation' : 'target-distance')}
        >
          {t.targetsMap}
        </button>
      </div>
      <div className="table-scroll">
        <table className="area-table compact" data-testid="targets-table">
          <thead>
            <tr>
              <th scope="col">{t.targetsWijk}</th>
              <th scope="col">{t.targetsToday}</th>
              <th scope="col">{t.targets2030}</th>
              <th scope="col">{t.targets2050}</th>
              <th scope="col">{t.targets2050n}</th>
              <th scope="col">
                <span className="sr-only">{t.targetsReset}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => {
              const label = name.get(r.code) ?? r.code;
              const editable = r.dwellings !== null && r.pct !== null;
              return (
                <tr key={r.code} data-code={r.code} className={r.own ? 'own' : undefined}>
                  <th scope="row">{label}</th>
                  <td className="num">{formatPct(r.pct, lang, 0)}</td>
                  {editable ? (
                    <>
                      <td>
                        <CommitInput
                          value={pct(r.target?.y2030)}
                          label={`${t.targets2030} ${label}`}
                          testId={`target-2030-${r.code}`}
                          onCommit={(text) => commit(r, 'y2030', text)}
                        />
                      </td>
                      <td>
                        <CommitInput
                          value={pct(r.target?.y2050)}
                          label={`${t.targets2050} ${label}`}
                          testId={`target-2050-${r.code}`}
                          onCommit={(text) => commit(r, 'y2050', text)}
                        />
                      </td>
                      <td>
                        <CommitInput
                          value={
                            r.target && r.dwellings !== null ? formatNumber(Math.round((r.dwellings * r.target.y2050) / 100), 0, lang) : ''
                          }
                          label={`${t.targets2050n} ${label}`}
                          inputMode="numeric"
                          testId={`target-n-${r.code}`}
                          onCommit={(text) => commitCount(r, text)}
                        />
                      </td>
                    </>
                  ) : (
                    <td colSpan={3} className="note">
                      {t.nodata}
                    </td>
                  )}
                  <td>
                    {r.own ? (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => setTarget(r.code, null)}
                        data-testid={`target-reset-${r.code}`}
                      >
                        {t.targetsReset}
                      </button>
                    ) : (
                      <span className="note">{!editable ? '' : r.target ? t.targetsDefault : t.small}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="note">{t.targetsAsDwellings}</p>
      <div className="button-row">
        <button type="button" onClick={download} data-testid="targets-csv">
          {t.targetsExport}
        </button>
        <FileButton label={t.targetsImport} accept=".csv,text/csv" testId="targets-import" onFile={(file) => void read(file)} />
      </div>
      <FileMessage message={message} testId="targets-message" />
    </section>
  );
}
