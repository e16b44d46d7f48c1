/**
 * The same areas as a table: sortable, keyboard-navigable (arrow keys move between rows, Enter or
 * Space selects), and selecting a row selects the area on the map.
 */
import { formatShare } from '../i18n/format';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from '../state/store';
import { useT } from '../i18n';
import { useView } from '../state/selectors';
import type { AreaView } from '../state/view-model';
import { distanceToBand } from '../domain/band';
import { formatNumber } from '../domain/numbers';
import { TableTools } from './TableTools';

type SortKey = 'name' | 'code' | 'pct' | 'dwellings' | 'distance';
const NO_AREAS: AreaView[] = [];
const nullsLast = (v: number | null, dir: number) => (v === null ? Infinity : v * dir);

export function AreaTable() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const vm = useView();
  const selected = useStore((s) => s.selected);
  const select = useStore((s) => s.select);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'pct', dir: -1 });
  const body = useRef<HTMLTableSectionElement>(null);
  const areas = vm?.areas ?? NO_AREAS;
  const band = vm?.band ?? null;
  const rows = useMemo(() => {
    const value = (a: AreaView): number | string | null => {
      const pct = a.pct;
      switch (sort.key) {
        case 'name':
          return a.name;
        case 'code':
          return a.code;
        case 'pct':
          return pct;
        case 'dwellings':
          return a.area.stock?.dwellings ?? null;
        case 'distance':
          return pct === null || !band ? null : distanceToBand(pct, band);
      }
    };
    return [...areas].sort((a, b) => {
      const va = value(a),
        vb = value(b);
      if (typeof va === 'string' && typeof vb === 'string') return va.localeCompare(vb, 'nl') * sort.dir;
      return nullsLast(va as number | null, sort.dir) - nullsLast(vb as number | null, sort.dir);
    });
  }, [areas, sort, band]);
  if (!band) return null;
  const onKey = (e: KeyboardEvent<HTMLTableRowElement>, i: number, code: string) => {
    const go = (j: number) => body.current?.querySelectorAll<HTMLTableRowElement>('tr')[j]?.focus();
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      go(Math.min(rows.length - 1, i + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      go(Math.max(0, i - 1));
    } else if (e.key === 'Home') {
      e.preventDefault();
      go(0);
    } else if (e.key === 'End') {
      e.preventDefault();
      go(rows.length - 1);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select(code);
    }
  };
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        onClick={() => setSort((s) => ({ key, dir: s.key === key ? (-s.dir as 1 | -1) : 1 }))}
        aria-label={`${t.sortBy} ${label}`}
      >
        {label}
        {sort.key === key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
  return (
    <div className="table-wrap">
      <TableTools />
      <table className="area-table" data-testid="area-table">
        <caption>{t.tableCaption}</caption>
        <thead>
          <tr>
            {header('name', t.name)}
            {header('code', t.code)}
            {header('pct', t.corporationShare)}
            {header('dwellings', t.dwellings)}
            {header('distance', t.class)}
          </tr>
        </thead>
        <tbody ref={body}>
          {rows.map((a, i) => {
            return (
              <tr
                key={a.code}
                tabIndex={0}
                aria-selected={selected === a.code}
                className={selected === a.code ? 'selected' : ''}
                onClick={() => select(a.code)}
                onKeyDown={(e) => onKey(e, i, a.code)}
                data-code={a.code}
              >
                <td>{a.name}</td>
                <td className="mono">{a.code}</td>
                <td className="num">{formatShare(a.pct, lang, a.computed)}</td>
                <td className="num">{formatNumber(a.area.stock?.dwellings ?? null, 0, lang)}</td>
                <td>
                  <span className={`cls cls-${a.cls}`}>{t[a.cls]}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
