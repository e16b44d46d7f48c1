/** The key of the numbers on the map (wijk level): number and name, behind a disclosure in the legend. */
import { useStore } from '../state/store';
import { selectLabelKey } from '../state/label-key';
import { useT } from '../i18n';
import './explain.css';

export function LabelKey() {
  const t = useT();
  const key = useStore(selectLabelKey);
  if (key.length === 0) return null;
  return (
    <details className="label-key" data-testid="label-key">
      <summary>
        {t.keyTitle} ({key.length})
      </summary>
      <ol>
        {key.map((k) => (
          <li key={k.code} value={k.n}>
            {k.name}
          </li>
        ))}
      </ol>
    </details>
  );
}
