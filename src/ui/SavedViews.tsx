/**
 * Saved views ("dia's"): save the current view with a title; show, reorder, rename, delete; present from
 * a view; export and import the list as JSON. Titles are user text and rendered as text only. Stored
 * views that could not be read are kept aside: said here, with a download of each text kept aside.
 * The import count is the number of views actually added.
 */
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useT } from '../i18n';
import { fill } from '../i18n/text';
import { useStore, makeViewId } from '../state/store';
import { saveCurrentView, showSavedView } from '../state/council-actions';
import { viewsFromJson, viewsToJson } from '../state/saved-views';
import { downloadBlob } from './download';
import { problem } from '../domain/problem';
import { problemText } from '../i18n/problem-text';
import { present } from './CouncilActions';
import { PresentationTitles } from './PresentationTitles';

export function SavedViews() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const views = useStore((s) => s.savedViews);
  const importIssues = useStore((s) => s.importProblems);
  const keptAside = useStore((s) => s.viewsKeptAside);
  const writeBlocked = useStore((s) => s.viewsWriteBlocked);
  const [newTitle, setNewTitle] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; text: string } | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const focusAfter = useRef<string[]>([]);

  // Keep the keyboard focus on the moved row: the same button, or the other move button when the row reached an end.
  useEffect(() => {
    const target = focusAfter.current.map((id) => document.getElementById(id)).find((el) => el && !(el as HTMLButtonElement).disabled);
    target?.focus();
    focusAfter.current = [];
  }, [views]);

  const save = (e: FormEvent) => {
    e.preventDefault();
    if (saveCurrentView(newTitle)) setNewTitle('');
  };
  const move = (id: string, delta: number) => {
    const [same, other] = delta < 0 ? ['up', 'down'] : ['down', 'up'];
    focusAfter.current = [`view-${same}-${id}`, `view-${other}-${id}`];
    useStore.getState().moveSavedView(id, delta);
  };
  const rename = (e: FormEvent) => {
    e.preventDefault();
    if (renaming) useStore.getState().renameSavedView(renaming.id, renaming.text);
    setRenaming(null);
  };
  const exportJson = () => {
    downloadBlob(new Blob([viewsToJson(views, new Date().toISOString())], { type: 'application/json' }), 'wijkbalans-weergaven.json');
  };
  const importJson = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setImported(useStore.getState().importViews([], [problem('error', 'views.unreadable', { file: file.name })]));
      return;
    }
    const { views: read, issues } = viewsFromJson(text, makeViewId);
    setImported(useStore.getState().importViews(read, issues));
  };

  return (
    <section className="saved-views" aria-labelledby="views-heading" data-testid="saved-views">
      <h2 id="views-heading">{t.viewsHeading}</h2>
      <p className="note">{t.viewsIntro}</p>
      {keptAside.length > 0 && (
        <div className="views-aside issue-warning" role="status" data-testid="views-aside">
          <h3>{t.viewsAsideTitle}</h3>
          <p>{t.viewsAside}</p>
          {writeBlocked && <p>{t.viewsAsideNotStored}</p>}
          {keptAside.map((text, i) => (
            <button
              key={i}
              type="button"
              onClick={() => downloadBlob(new Blob([text], { type: 'application/json' }), `wijkbalans-weergaven-apart-${i + 1}.json`)}
              data-testid="views-aside-download"
            >
              {t.viewsAsideDownload}
              {keptAside.length > 1 ? ` (${i + 1})` : ''}
            </button>
          ))}
        </div>
      )}
      <PresentationTitles />
      <form className="views-save" onSubmit={save}>
        <label className="field">
          <span>{t.viewsNewTitle}</span>
          <input
            type="text"
            value={newTitle}
            required
            maxLength={200}
            onChange={(e) => setNewTitle(e.target.value)}
            data-testid="view-title-input"
          />
        </label>
        <button type="submit" data-testid="view-save">
          {t.viewsSave}
        </button>
      </form>
      {views.length === 0 && <p className="muted">{t.viewsEmpty}</p>}
      <ol className="views-list" data-testid="views-list">
        {views.map((v, i) => (
          <li key={v.id} data-testid="saved-view">
            {renaming?.id === v.id ? (
              <form className="views-rename" onSubmit={rename}>
                <input
                  type="text"
                  aria-label={`${t.viewsRename}: ${v.title}`}
                  value={renaming.text}
                  maxLength={200}
                  onChange={(e) => setRenaming({ id: v.id, text: e.target.value })}
                />
                <button type="submit">{t.viewsRenameDone}</button>
              </form>
            ) : (
              <span className="view-title">
                <span className="view-num">{i + 1}.</span> {v.title}
              </span>
            )}
            <span className="view-buttons">
              <button type="button" onClick={() => showSavedView(v)} aria-label={`${t.viewsShow}: ${v.title}`} data-testid="view-show">
                {t.viewsShow}
              </button>
              <button type="button" onClick={() => present(i)} aria-label={`${t.viewsPresentFrom}: ${v.title}`} title={t.viewsPresentFrom}>
                ▶
              </button>
              <button
                type="button"
                id={`view-up-${v.id}`}
                onClick={() => move(v.id, -1)}
                disabled={i === 0}
                aria-label={`${t.viewsUp}: ${v.title}`}
                title={t.viewsUp}
              >
                ↑
              </button>
              <button
                type="button"
                id={`view-down-${v.id}`}
                onClick={() => move(v.id, 1)}
                disabled={i === views.length - 1}
                aria-label={`${t.viewsDown}: ${v.title}`}
                title={t.viewsDown}
              >
                ↓
              </button>
              <button
                type="button"
                onClick={() => setRenaming({ id: v.id, text: v.title })}
                aria-label={`${t.viewsRename}: ${v.title}`}
                title={t.viewsRename}
              >
                ✎
              </button>
              <button
                type="button"
                onClick={() => useStore.getState().removeSavedView(v.id)}
                aria-label={`${t.viewsDelete}: ${v.title}`}
                title={t.viewsDelete}
              >
                ×
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div className="views-file">
        <button type="button" onClick={exportJson} disabled={views.length === 0} data-testid="views-export">
          {t.viewsExport}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} data-testid="views-import">
          {t.viewsImport}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          tabIndex={-1}
          aria-label={t.viewsImport}
          onChange={(e) => void importJson(e)}
          data-testid="views-import-input"
        />
      </div>
      {imported !== null && (
        <p role="status" data-testid="views-imported">
          {fill(t.viewsImported, { n: imported })}
        </p>
      )}
      {importIssues.length > 0 && (
        <div data-testid="views-import-issues">
          <h3>{t.viewsImportIssues}</h3>
          <ul>
            {importIssues.map((i, k) => (
              <li key={k} className={`issue-${i.severity}`}>
                {problemText(i, lang)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
