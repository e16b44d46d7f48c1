/** Choose one of the 7 gemeenten of Parkstad Limburg (and, where it applies, the region itself). */
import { PARKSTAD, PARKSTAD_SCOPE } from '../../config/policy';

export function GemeenteSelect({
  value,
  onChange,
  label,
  testId,
  region,
}: {
  value: string;
  onChange: (code: string) => void;
  label: string;
  testId: string;
  /** The region's name, to offer it as a choice. */
  region?: string;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {PARKSTAD.map((g) => (
          <option key={g.code} value={g.code}>
            {g.name}
          </option>
        ))}
        {region && <option value={PARKSTAD_SCOPE}>{region}</option>}
      </select>
    </label>
  );
}
