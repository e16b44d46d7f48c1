/**
 * A text field that applies what is typed on Enter or when it is left — never on an intermediate keystroke —
 * and shows a refusal inline (the last valid value stays). Escape puts the shown value back.
 */
import { useId, useState } from 'react';

export function CommitInput({
  value,
  onCommit,
  label,
  testId,
  inputMode = 'decimal',
  className,
}: {
  /** The value in force, as text. */
  value: string;
  /** Apply the text; returns the reason it is refused (shown under the field), or null when applied. */
  onCommit: (text: string) => string | null;
  label: string;
  testId?: string;
  inputMode?: 'decimal' | 'numeric' | 'text';
  className?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const apply = () => {
    if (draft === null || draft === value) {
      setDraft(null);
      return;
    }
    const refused = onCommit(draft);
    setError(refused);
    if (!refused) setDraft(null);
  };
  return (
    <span className={className ? `commit-input ${className}` : 'commit-input'}>
      <input
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        aria-label={label}
        value={draft ?? value}
        data-testid={testId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
          if (e.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
      />
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
