/** Problems with where they are (row, column) and what to do; values from files are plain text. */
import { useT } from '../../i18n';
import { useStore } from '../../state/store';
import type { Problem } from '../../domain/problem';
import { problemText } from '../../i18n/problem-text';
import { hintFor } from './text';

export function IssueList({ issues }: { issues: readonly Problem[] }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  if (issues.length === 0) return null;
  return (
    <>
      <h4>{t.uploadReportIssues}</h4>
      <ul className="issues" data-testid="report-issues">
        {issues.map((i, n) => {
          const hint = hintFor(i.code, t);
          return (
            <li key={n} className={`issue issue-${i.severity}`} data-code={i.code}>
              {problemText(i, lang)}
              {hint && <div className="hint">→ {hint}</div>}
            </li>
          );
        })}
      </ul>
    </>
  );
}
