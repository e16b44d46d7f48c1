/** Choose a wijk or buurt of a gemeente (or of all Parkstad for a regional item), or leave the item unallocated. */
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { displayName } from '../../domain/search';
import { PARKSTAD_SCOPE } from '../../config/policy';

export function AreaSelect({
  group,
  value,
  onChange,
  label,
  testId,
  allowNone = true,
}: {
  group: string;
  value: string | null;
  onChange: (code: string | null) => void;
  label: string;
  testId: string;
  allowNone?: boolean;
}) {
  const t = useT();
  const levels = useStore((s) => s.base?.levels);
  if (!levels) return null;
  const inGroup = (g: string) => group === PARKSTAD_SCOPE || g === group;
  const wijken = levels.wijk.areas.filter((a) => inGroup(a.gemeenteCode));
  const buurten = levels.buurt.areas.filter((a) => inGroup(a.gemeenteCode));
  return (
    <select aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} data-testid={testId}>
      {allowNone ? <option value="">{t.programmeUnallocated}</option> : <option value="">—</option>}
      <optgroup label={t.wijk}>
        {wijken.map((a) => (
          <option key={a.code} value={a.code}>
            {displayName(a.name)}
          </option>
        ))}
      </optgroup>
      <optgroup label={t.buurt}>
        {buurten.map((a) => (
          <option key={a.code} value={a.code}>
            {displayName(a.name)}
          </option>
        ))}
      </optgroup>
    </select>
  );
}
