import { useStore } from '../state/store';
import { useT } from '../i18n';
import { PARKSTAD, PARKSTAD_SCOPE } from '../config/policy';
import type { MapLevel } from '../domain/types';
import type { Indicator } from '../state/slices/view';
import { ValuesToggle } from './ValuesToggle';

/** Scope (gemeente or Parkstad), level (wijk/buurt) and what the map shows (corporation share or overige verhuurders). */
export function ScopeControls() {
  const t = useT();
  const scope = useStore((s) => s.scope);
  const level = useStore((s) => s.level);
  const setScope = useStore((s) => s.setScope);
  const setLevel = useStore((s) => s.setLevel);
  const indicator = useStore((s) => s.indicator);
  const setIndicator = useStore((s) => s.setIndicator);
  return (
    <div className="control-group">
      <label className="field">
        <span className="utrecht-form-label">{t.scope}</span>
        <select
          className="utrecht-select utrecht-select--html-select"
          value={scope}
          onChange={(e) => setScope(e.target.value)}
          data-testid="scope-select"
        >
          {PARKSTAD.map((g) => (
            <option key={g.code} value={g.code}>
              {g.name}
            </option>
          ))}
          <option value={PARKSTAD_SCOPE}>{t.parkstad}</option>
        </select>
      </label>
      <fieldset className="segmented">
        <legend className="utrecht-form-label">{t.level}</legend>
        {(['wijk', 'buurt'] as MapLevel[]).map((l) => (
          <label key={l} className={level === l ? 'active' : ''}>
            <input type="radio" name="level" value={l} checked={level === l} onChange={() => setLevel(l)} data-testid={`level-${l}`} />
            {t[l]}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="utrecht-form-label">{t.indicator}</span>
        <select
          className="utrecht-select utrecht-select--html-select"
          value={indicator}
          onChange={(e) => setIndicator(e.target.value as Indicator)}
          data-testid="indicator-select"
        >
          <option value="corporation">{t.indicatorCorporation}</option>
          <option value="private-rent">{t.indicatorPrivate}</option>
          <option value="target-distance">{t.indicatorTarget}</option>
        </select>
      </label>
      <ValuesToggle />
    </div>
  );
}
