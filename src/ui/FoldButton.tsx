/** The chevron button that folds a part of the page (the legend, the side panel) away and back; its name says what it does next. */
interface Props {
  className: string;
  open: boolean;
  /** What the button does: fold when open, unfold when folded. */
  labels: { fold: string; unfold: string };
  onToggle: () => void;
  testId: string;
  controls?: string;
}

export function FoldButton({ className, open, labels, onToggle, testId, controls }: Props) {
  const label = open ? labels.fold : labels.unfold;
  return (
    <button
      type="button"
      className={`${className} utrecht-button utrecht-button--subtle`}
      aria-expanded={open}
      aria-controls={controls}
      aria-label={label}
      title={label}
      onClick={onToggle}
      data-testid={testId}
    >
      <span aria-hidden="true" className="chevron" />
    </button>
  );
}
