/** The plan's file controls: a button that picks one file, and the message that says what reading it did. */

/** The outcome of reading a file: what was read, or why nothing was. */
export interface FileMessageState {
  ok: boolean;
  text: string;
}

/** A labelled file picker that hands over one file and can pick the same file again. */
export function FileButton(props: { label: string; accept: string; testId: string; onFile: (file: File) => void }) {
  return (
    <label className="file-button">
      {props.label}
      <input
        type="file"
        accept={props.accept}
        data-testid={props.testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) props.onFile(file);
        }}
      />
    </label>
  );
}

/** A note when the file was read, an alert when it was refused. */
export function FileMessage({ message, testId }: { message: FileMessageState | null; testId: string }) {
  if (!message) return null;
  return (
    <p className={message.ok ? 'note' : 'field-error'} role={message.ok ? 'status' : 'alert'} data-testid={testId}>
      {message.text}
    </p>
  );
}
