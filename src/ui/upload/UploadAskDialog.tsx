/**
 * A question about an upload, asked before anything is drawn (a modal dialog): fractions or
 * percentages, few usable values, swapped axes, replacing boundaries. The facts come from the problem
 * texts (every area that would vanish is named); the answers are the ones the reading offers, plus
 * Cancel, which leaves the map as it was. The first (safe) answer is the first button, so `showModal`
 * focuses it; Escape cancels; focus returns where it was.
 */
import { useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n';
import { useStore } from '../../state/store';
import type { UploadAsk } from '../../state/slices/upload';
import { answerAsk, cancelAsk } from '../../state/upload-ask';
import { problemMessage } from '../../i18n/problem-text';
import type { Dict } from '../../i18n/nl';
import type { AnswerId, UploadQuestion } from '../../domain/upload/verdict';
import { fill } from './text';
import './upload.css';

const TITLE: Record<UploadQuestion<object>['kind'], keyof Dict> = {
  'fraction-scale': 'askTitle_fraction',
  'few-usable': 'askTitle_few',
  'swap-axes': 'askTitle_swap',
  'replace-areas': 'askTitle_replace',
};

const ANSWER: Record<AnswerId, keyof Dict> = {
  'scale-100': 'askAnswer_scale100',
  'scale-1': 'askAnswer_scale1',
  accept: 'askAnswer_accept',
  'swap-axes': 'askAnswer_swap',
  'replace-gemeente': 'askAnswer_replaceGemeente',
  'replace-codes': 'askAnswer_replaceCodes',
};

/** The safe answer first: replacing only the codes in the file keeps the other areas. */
const ORDER: AnswerId[] = ['scale-100', 'scale-1', 'accept', 'swap-axes', 'replace-codes', 'replace-gemeente'];

function vanishing(ask: UploadAsk): number {
  return ask.problems.reduce((n, p) => n + (typeof p.context.vanishing === 'number' ? p.context.vanishing : 0), 0);
}

function AskDialog({ ask }: { ask: UploadAsk }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => {
      if (d?.open) d.close();
      if (before?.isConnected) before.focus();
    };
  }, []);
  const answers = [...ask.question.answers].sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id));
  return (
    <dialog
      ref={ref}
      className="export-dialog upload-ask"
      aria-labelledby={titleId}
      aria-describedby={textId}
      data-testid="upload-ask"
      data-kind={ask.question.kind}
      onCancel={(e) => {
        e.preventDefault();
        cancelAsk();
      }}
    >
      <h2 id={titleId}>{t[TITLE[ask.question.kind]]}</h2>
      <p className="muted mono" data-testid="upload-ask-file">
        {fill(t.askFile, { file: ask.file })}
      </p>
      <div id={textId} data-testid="upload-ask-text">
        {ask.problems.map((p, i) => (
          <p key={i} data-code={p.code}>
            {problemMessage(p, lang)}
          </p>
        ))}
      </div>
      <p className="note">{t.askIntact}</p>
      <div className="dialog-buttons ask-buttons">
        {answers.map((a, i) => (
          <button
            key={a.id}
            type="button"
            className={i === 0 ? 'utrecht-button utrecht-button--primary-action' : undefined}
            onClick={() => void answerAsk(a.id)}
            data-testid={`ask-${a.id}`}
          >
            {fill(t[ANSWER[a.id]], { n: vanishing(ask) })}
          </button>
        ))}
        <button type="button" onClick={cancelAsk} data-testid="ask-cancel">
          {t.askCancel}
        </button>
      </div>
    </dialog>
  );
}

/** The open question, if any (one at a time; each question gets a fresh dialog). */
export function UploadAskDialog() {
  const ask = useStore((s) => s.ask);
  if (!ask) return null;
  return <AskDialog key={`${ask.id}:${ask.question.kind}`} ask={ask} />;
}
