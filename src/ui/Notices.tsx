/**
 * Short notices over the map: a link that could not be read in full (naming the fields, never an empty
 * list; a map position far outside Parkstad said as such), what the data check of a link refused
 * (unknown areas and pairs, implausible scenario moves, each named), reported problems, and that the
 * browser blocks storage (the app then works in memory). Text only.
 */
import { useState } from 'react';
import { useStore } from '../state/store';
import { problemText } from '../i18n/problem-text';
import { dictOf } from '../i18n';
import { fill } from '../i18n/text';
import type { Dict } from '../i18n/nl';
import type { Lang } from '../domain/numbers';
import type { ViewNotice } from '../state/view';
import './guard.css';

function fieldNames(t: Dict): Record<string, string> {
  return {
    scope: t.scope,
    level: t.level,
    band: t.band,
    lang: t.language,
    ind: t.viewFieldInd,
    base: t.viewFieldBase,
    sel: t.viewFieldSel,
    map: t.viewFieldMap,
    layers: t.viewFieldLayers,
    pair: t.viewFieldPair,
    scenario: t.viewFieldScenario,
    moves: t.viewFieldMoves,
  };
}

/** A field's name in words; a key this app does not know is quoted (cut short: it is text from a link). */
function fieldName(key: string, t: Dict, lang: Lang): string {
  const known = fieldNames(t)[key];
  if (known) return known.toLocaleLowerCase(lang);
  return fill(t.viewFieldUnknown, { key: key.length > 30 ? `${key.slice(0, 30)}…` : key });
}

/** The sentences of a link notice: never a list without names. */
function linkSentences(n: ViewNotice, t: Dict, lang: Lang): string[] {
  if (n.reason === 'version') return [t.viewNoticeVersion];
  const out: string[] = [];
  if (n.outside) {
    const { lon, lat, zoom } = n.outside;
    out.push(fill(t.viewNoticeOutside, { lon: lon.toFixed(2), lat: lat.toFixed(2), zoom: zoom.toFixed(1) }));
  }
  const fields = n.fields.filter((f) => !(n.outside && f === 'map'));
  if (fields.length > 0) out.push(fill(t.viewNoticeDamaged, { fields: fields.map((f) => fieldName(f, t, lang)).join(', ') }));
  else if (!n.outside) out.push(t.viewNoticeUnreadable);
  return out;
}

export function Notices() {
  const lang = useStore((s) => s.lang);
  const t = dictOf(lang);
  const linkNotice = useStore((s) => s.linkNotice);
  const linkProblems = useStore((s) => s.linkProblems);
  const problem = useStore((s) => s.notice);
  const storageWorks = useStore((s) => s.storageWorks);
  const [storageSeen, setStorageSeen] = useState(false);
  const dismiss = (
    <button type="button" className="icon-button" onClick={() => useStore.getState().setLinkNotice(null)} aria-label={t.councilDismiss}>
      ×
    </button>
  );
  return (
    <div className="notices" role="status" data-testid="notices">
      {!storageWorks && !storageSeen && (
        <p className="notice utrecht-alert utrecht-alert--warning" data-testid="storage-notice">
          <span>{t.storageBlocked}</span>
          <button type="button" className="icon-button" onClick={() => setStorageSeen(true)} aria-label={t.councilDismiss}>
            ×
          </button>
        </p>
      )}
      {linkNotice && (
        <p className="notice utrecht-alert utrecht-alert--warning" data-testid="link-notice">
          <span>{linkSentences(linkNotice, t, lang).join(' ')}</span>
          {dismiss}
        </p>
      )}
      {linkProblems.length > 0 && (
        <div className="notice utrecht-alert utrecht-alert--warning" data-testid="link-problems">
          <ul>
            {linkProblems.map((p, i) => (
              <li key={i} data-code={p.code}>
                {problemText(p, lang)}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="icon-button"
            onClick={() => useStore.getState().setLinkProblems([])}
            aria-label={t.councilDismiss}
          >
            ×
          </button>
        </div>
      )}
      {problem && (
        <p className="notice notice-problem utrecht-alert utrecht-alert--error" data-testid="council-problem">
          <span>{problemText(problem, lang)}</span>
          <button type="button" className="icon-button" onClick={() => useStore.getState().dismissNotice()} aria-label={t.councilDismiss}>
            ×
          </button>
        </p>
      )}
    </div>
  );
}
