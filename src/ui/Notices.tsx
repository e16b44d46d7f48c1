/** Short notices of council mode: a link that could not be read in full, and reported problems. Text only. */
import { useStore } from '../state/store';
import { problemText } from '../i18n/problem-text';
import { DICTS } from '../i18n';
import { fill } from '../i18n/text';
import type { Dict } from '../i18n/nl';

function fieldNames(t: Dict): Record<string, string> {
  return {
    scope: t.scope,
    level: t.level,
    band: t.band,
    lang: t.language,
    base: t.viewFieldBase,
    sel: t.viewFieldSel,
    map: t.viewFieldMap,
    layers: t.viewFieldLayers,
    pair: t.viewFieldPair,
  };
}

export function Notices() {
  const lang = useStore((s) => s.lang);
  const t = DICTS[lang];
  const linkNotice = useStore((s) => s.linkNotice);
  const problem = useStore((s) => s.notice);
  const names = fieldNames(t);
  const linkText = linkNotice
    ? linkNotice.reason === 'version'
      ? t.viewNoticeVersion
      : fill(t.viewNoticeDamaged, { fields: linkNotice.fields.map((f) => (names[f] ?? f).toLocaleLowerCase(lang)).join(', ') })
    : null;
  return (
    <div className="notices" role="status" data-testid="notices">
      {linkText && (
        <p className="notice" data-testid="link-notice">
          <span>{linkText}</span>
          <button
            type="button"
            className="icon-button"
            onClick={() => useStore.getState().setLinkNotice(null)}
            aria-label={t.councilDismiss}
          >
            ×
          </button>
        </p>
      )}
      {problem && (
        <p className="notice notice-problem" data-testid="council-problem">
          <span>{problemText(problem, lang)}</span>
          <button type="button" className="icon-button" onClick={() => useStore.getState().dismissNotice()} aria-label={t.councilDismiss}>
            ×
          </button>
        </p>
      )}
    </div>
  );
}
