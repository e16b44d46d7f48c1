/**
 * What the trend view and the area comparison show beside the scope's gemeenten (keys of `geodata/trend.csv`), and
 * what a merged gemeente was formed from (geodata/SOURCES.md: Beekdaelen before 2019 is the sum of its predecessors).
 */

/** Reference series drawn beside the gemeenten, in drawing order. */
export const TREND_REFERENCES = ['parkstad', 'limburg', 'nederland'] as const;

/** The groups an area is compared with in the area panel, after its own gemeente. */
export const COMPARISON_REFERENCES = ['parkstad', 'nederland'] as const;

/** The year of the comparison: the reference year of the stock figures (KWB 2024, 82900NED stand 1 januari 2024). */
export const COMPARISON_YEAR = 2024;

/** Gemeenten formed by a merger, with the gemeenten whose sum the trend shows before the merger. */
export const PREDECESSORS: Readonly<Record<string, readonly string[]>> = {
  GM1954: ['Onderbanken', 'Nuth', 'Schinnen'],
};
