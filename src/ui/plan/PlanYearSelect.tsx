/** Which moment the map shows: the 0-meting, or the end of a year of the programme (projected; nothing else changes). */
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { fill } from '../../i18n/text';
import { BASE_YEAR, lastYearOf, selectProgramme } from '../../state/plan-model';

export function PlanYearSelect() {
  const t = useT();
  const year = useStore((s) => s.planYear);
  const setYear = useStore((s) => s.setPlanYear);
  const items = useStore(selectProgramme);
  const last = lastYearOf(items);
  const years = Array.from({ length: last - BASE_YEAR + 1 }, (_, i) => BASE_YEAR + i);
  return (
    <label className="field">
      <span>{t.planMapYear}</span>
      <select
        value={year === null ? '' : String(year)}
        onChange={(e) => setYear(e.target.value === '' ? null : Number(e.target.value))}
        data-testid="plan-year"
      >
        <option value="">{t.planMapToday}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {fill(t.planMapEndOf, { year: y })}
          </option>
        ))}
      </select>
    </label>
  );
}
