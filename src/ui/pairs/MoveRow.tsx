/** One move of one area: a slider and a number field bound to the same count. */
import { useT } from '../../i18n';
import type { PolicyMoveKind } from '../../domain/scenario/policy-types';
import { MOVE_LABEL } from './text';

interface Props {
  code: string;
  name: string;
  kind: PolicyMoveKind;
  value: number;
  max: number;
  onChange: (n: number) => void;
}

export function MoveRow({ code, name, kind, value, max, onChange }: Props) {
  const t = useT();
  const label = t[MOVE_LABEL[kind]];
  const set = (raw: string) => {
    const n = Math.round(Number(raw));
    if (Number.isFinite(n)) onChange(Math.max(0, n));
  };
  return (
    <div className="move-row">
      <span className="move-label" id={`move-${code}-${kind}`}>
        {label}
      </span>
      <input
        type="range"
        min={0}
        max={Math.max(1, max)}
        step={1}
        value={Math.min(value, max)}
        aria-labelledby={`move-${code}-${kind}`}
        aria-describedby={`area-${code}`}
        data-testid={`move-${code}-${kind}`}
        onChange={(e) => set(e.target.value)}
      />
      <input
        type="number"
        min={0}
        step={1}
        value={value}
        aria-label={`${label}, ${t.scenarioCount} (${name})`}
        data-testid={`move-${code}-${kind}-n`}
        onChange={(e) => set(e.target.value)}
      />
    </div>
  );
}
