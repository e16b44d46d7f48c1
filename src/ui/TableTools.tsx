/**
 * Above the table: show it wide (over part of the map) and download it as CSV in the Dutch profile (`;`, decimal
 * comma, UTF-8 BOM, formula-safe: `areasToCsv`), the rows of the scope and level shown, with their class.
 */
import { useState } from 'react';
import { useStore } from '../state/store';
import { useView } from '../state/selectors';
import { useT } from '../i18n';
import { areasToCsv } from '../domain/upload/export';
import { downloadText } from './upload/download';
import './explain.css';

export function TableTools() {
  const t = useT();
  const vm = useView();
  const scope = useStore((s) => s.scope);
  const [wide, setWide] = useState(false);
  if (!vm) return null;
  const download = () => {
    const csv = areasToCsv(
      vm.areas.map((a) => a.area),
      (a) => vm.byCode.get(a.code)?.cls ?? 'nodata',
    );
    const day = new Date().toISOString().slice(0, 10);
    downloadText(csv, `wijkbalans-tabel-${scope.toLowerCase()}-${vm.level}-${day}.csv`, 'text/csv;charset=utf-8');
  };
  return (
    <div className="table-tools" data-wide={wide}>
      <button type="button" aria-pressed={wide} onClick={() => setWide(!wide)} data-testid="table-wide">
        {t.tableWide}
      </button>
      <button type="button" onClick={download} data-testid="table-csv">
        {t.tableCsv}
      </button>
    </div>
  );
}
