/**
 * Collects issues with a cap per issue code, so a 50 MB file with a bad column gives a readable
 * report (the first N of each kind plus one summary line) instead of half a million messages.
 * Every issue is still counted.
 */
import { moreProblem, type Problem, type ProblemCode, type Severity } from '../problem';

export interface IssueCollector {
  add: (issue: Problem) => void;
  /** Count an issue, building it only when it will be listed (for hot loops over millions of rows). */
  addLazy: (code: ProblemCode, severity: Severity, make: () => Problem) => void;
  /** Number of issues added per code, listed or not. */
  counts: ReadonlyMap<ProblemCode, number>;
  /** The listed issues, followed by one summary issue per code that went over the cap. */
  done: () => Problem[];
}

export function issueCollector(perCode = 50, file?: string): IssueCollector {
  const listed: Problem[] = [];
  const counts = new Map<ProblemCode, number>();
  const severity = new Map<ProblemCode, Severity>();
  const addLazy = (code: ProblemCode, sev: Severity, make: () => Problem) => {
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
      const extra: Problem[] = [];
      for (const [code, n] of counts) {
        if (n <= perCode) continue;
        extra.push(moreProblem(severity.get(code) ?? 'warning', code, perCode, n, file));
      }
      return [...listed, ...extra];
    },
  };
}
