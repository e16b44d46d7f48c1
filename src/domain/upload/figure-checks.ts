/**
 * Checks on the figures of a whole upload, after every row is read: is any value usable, are enough of
 * them usable, and are the shares fractions drawn as percentages? Each gives a refusal or a question
 * (see verdict.ts), never a silent map.
 */
import { problem, type Problem } from '../problem';
import type { ColumnMapping } from './mapping';
import type { FigureReport, UploadFigure } from './figures';
import { MIN_USABLE_SHARE, type UploadQuestion } from './verdict';

export interface FigureChecks {
  issues: Problem[];
  questions: UploadQuestion<ColumnMapping>[];
}

const valueColumn = (m: ColumnMapping) => (m.value.kind === 'share' ? m.value.share : `${m.value.corporation} / ${m.value.total}`);

/**
 * - No usable value at all among the matched areas: refused (`upload.no-usable-value`, with the counts of
 *   cells that were not a number, blank or secret, or out of range).
 * - Fewer than `MIN_USABLE_SHARE` of the matched areas with a usable value: asked (`few-usable`), unless
 *   the mapping says the user accepted it.
 * - A share column whose usable values all lie within 0–1, at least one above 0, and no scale chosen yet:
 *   asked (`fraction-scale`: × 100, or "they are percentages"), with the first such value and its row.
 *   Never drawn as they are: 0,455 would be painted as 0,46 %.
 * `raw` gives the text of a figure's value cell (for the example in the question).
 */
export function checkFigures(
  figures: readonly UploadFigure[],
  mapping: ColumnMapping,
  report: FigureReport,
  file: string,
  raw: (figure: UploadFigure) => string,
): FigureChecks {
  const issues: Problem[] = [];
  const questions: UploadQuestion<ColumnMapping>[] = [];
  if (figures.length === 0) return { issues, questions };
  const usable = figures.filter((f) => f.share !== null);
  const column = valueColumn(mapping);
  if (usable.length === 0) {
    const { nonNumeric, noData, outOfRange } = report;
    issues.push(problem('error', 'upload.no-usable-value', { file, column, matched: figures.length, nonNumeric, noData, outOfRange }));
    return { issues, questions };
  }
  if (usable.length < MIN_USABLE_SHARE * figures.length && !mapping.acceptFewValues) {
    const context = { file, column, usable: usable.length, matched: figures.length, min: MIN_USABLE_SHARE * 100 };
    questions.push({
      kind: 'few-usable',
      problem: problem('warning', 'upload.few-usable-values', context),
      answers: [{ id: 'accept', patch: { acceptFewValues: true } }],
    });
  }
  const shares = usable.map((f) => f.share ?? 0);
  if (mapping.value.kind === 'share' && mapping.scale === undefined && shares.every((s) => s <= 1) && shares.some((s) => s > 0)) {
    const example = usable.find((f) => (f.share ?? 0) > 0) ?? usable[0];
    const context = { file, column, count: usable.length, value: example ? raw(example) : '', row: example?.row };
    questions.push({
      kind: 'fraction-scale',
      problem: problem('warning', 'upload.fraction-ask', context),
      answers: [
        { id: 'scale-100', patch: { scale: 100 } },
        { id: 'scale-1', patch: { scale: 1 } },
      ],
    });
  }
  return { issues, questions };
}
