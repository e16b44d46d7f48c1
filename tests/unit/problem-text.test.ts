import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES, moreProblem, problem } from '../../src/domain/problem';
import { PROBLEMS_NL } from '../../src/i18n/problems';
import { PROBLEMS_EN } from '../../src/i18n/problems-en';
import { problemMessage, problemText, problemWhere } from '../../src/i18n/problem-text';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('problem dictionaries', () => {
  it('have a Dutch and an English text for every code', () => {
    expect(Object.keys(PROBLEMS_NL).sort()).toEqual([...PROBLEM_CODES].sort());
    expect(Object.keys(PROBLEMS_EN).sort()).toEqual([...PROBLEM_CODES].sort());
  });
  it.each(PROBLEM_CODES.map((c) => [c]))('%s names the same values in both languages', (code) =>
    expect(placeholders(PROBLEMS_EN[code])).toEqual(placeholders(PROBLEMS_NL[code])),
  );
  it('never name a developer artefact (file extension, stack trace, "seed")', () => {
    for (const text of [...Object.values(PROBLEMS_NL), ...Object.values(PROBLEMS_EN)]) {
      expect(text).not.toMatch(/\.(csv|geojson|json|ts)\b|seed|TypeError|undefined|null/i);
    }
  });
});

describe('problemText', () => {
  const p = problem('warning', 'csv.non-numeric', { file: 'stock.csv', row: 3, column: 'corporatie_pct', value: 'veel' });
  it('renders the Dutch message with its location', () =>
    expect(problemText(p, 'nl')).toBe('rij 3 · kolom "corporatie_pct": "veel" is geen getal; behandeld als geen gegevens.'));
  it('renders the same problem in English', () =>
    expect(problemText(p, 'en')).toBe('row 3 · column "corporatie_pct": "veel" is not a number; treated as no data.'));
  it('does not repeat a row the message already names', () => {
    const g = problem('error', 'geojson.empty-geometry', { row: 4, key: 'WK091740' });
    expect(problemWhere(g, 'nl')).toBe('');
    expect(problemText(g, 'nl')).toBe('Gebied 4 (WK091740) heeft een lege geometrie.');
  });
  it('formats counts the Dutch way and leaves row numbers plain', () => {
    expect(problemMessage(problem('info', 'upload.older-years', { count: 1275 }), 'nl')).toBe(
      '1.275 rijen van oudere jaren overgeslagen; per gebied is het laatste jaar gebruikt.',
    );
    expect(problemText(problem('warning', 'upload.zero-total', { row: 12345 }), 'nl')).toBe(
      'rij 12345: Totaal aantal woningen is 0; geen aandeel te berekenen.',
    );
    expect(problemMessage(problem('error', 'geojson.syntax', { line: 12345, char: 1002 }), 'nl')).toBe(
      'Dit is geen geldige JSON (regel 12345, teken 1002).',
    );
  });
  it('names move kinds and ring problems in words', () => {
    expect(problemMessage(problem('error', 'geojson.invalid-geometry', { row: 2, key: 'BU1', what: 'not-closed' }), 'en')).toBe(
      'Area 2 (BU1) has an invalid boundary (not closed).',
    );
    expect(problemMessage(problem('warning', 'scenario.limited', { move: 'buy', n: 5, name: 'X', available: 2 }), 'nl')).toBe(
      'Inponden van 5 woningen in X: er zijn er maar 2 voor beschikbaar.',
    );
  });
  it('renders the summary line of a capped list', () =>
    expect(problemMessage(moreProblem('warning', 'csv.field-count', 100, 250), 'nl')).toBe(
      '… en nog 150 meldingen van deze soort (250 in totaal).',
    ));
  it('drops undefined context values', () => expect(problem('info', 'csv.empty', { file: undefined }).context).toEqual({}));
});
