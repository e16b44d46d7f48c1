/** Issues with where they are (file, row, column) and what to do; messages from files are plain text. */
import { useT } from '../../i18n';
import type { Issue } from '../../domain/types';
import { hintFor, whereText } from './text';

export function IssueList({ issues }: { issues: readonly Issue[] }) {
  const t = useT();
  if (issues.length === 0) return null;
  return (
    <>
      <h4>{t.uploadReportIssues}</h4>
      <ul className="issues" data-testid="report-issues">
        {issues.map((i, n) => {
          const hint = hintFor(i.code, t);
          const where = whereText(i, t);
          return (
            <li key={n} className={`issue issue-${i.severity}`} data-code={i.code}>
              {where && <span className="muted">{where}: </span>}
              {i.message}
              {hint && <div className="hint">→ {hint}</div>}
            </li>
          );
        })}
      </ul>
    </>
  );
}
