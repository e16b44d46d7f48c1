/** The option that shows each area's value ("78 %") on the map and in exports. */
import { useStore } from '../state/store';
import { useT } from '../i18n';

export function ValuesToggle() {
  const t = useT();
  const on = useStore((s) => s.showValues);
  const set = useStore((s) => s.setShowValues);
  return (
    <label className="check">
      <input type="checkbox" checked={on} onChange={(e) => set(e.target.checked)} data-testid="values-toggle" />
      {t.showValues}
    </label>
  );
}
