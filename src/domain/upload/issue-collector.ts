/**
 * Collects issues with a cap per issue code, so a 50 MB file with a bad column gives a readable
 * report (the first N of each kind plus one summary line) instead of half a million messages.
 * Every issue is still counted.
 */
import type { Issue } from '../types';

export interface IssueCollector {
  add: (issue: Issue) => void;
  /** Count an issue, building it only when it will be listed (for hot loops over millions of rows). */
  addLazy: (code: string, severity: Issue['severity'], make: () => Issue) => void;
  /** Number of issues added per code, listed or not. */
  counts: ReadonlyMap<string, number>;
  /** The listed issues, followed by one summary issue per code that went over the cap. */
  done: () => Issue[];
}

export function issueCollector(perCode = 50, file?: string): IssueCollector {
  const listed: Issue[] = [];
  const counts = new Map<string, number>();
  const severity = new Map<string, Issue['severity']>();
  const addLazy = (code: string, sev: Issue['severity'], make: () => Issue) => {
    const n = (counts.get(code) ?? 0) + 1;
    counts.set(code, n);
    severity.set(code, sev);
    if (n <= perCode) listed.push(make());
  };
  return {
    counts,
    addLazy,
    add: (issue) => addLazy(issue.code, issue.severity, () => issue),
    done() {
      const extra: Issue[] = [];
      for (const [code, n] of counts) {
        if (n <= perCode) continue;
        const rest = n - perCode;
        extra.push({
          severity: severity.get(code) ?? 'warning',
          code,
          message: `… en nog ${rest} meldingen van deze soort (${n} in totaal).`,
          file,
        });
      }
      return [...listed, ...extra];
    },
  };
}
