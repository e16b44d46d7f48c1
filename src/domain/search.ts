/** Diacritics- and case-insensitive search over area names and CBS codes. */

/** `Versiliënbosch` → `versilienbosch`. */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

export interface Searchable {
  code: string;
  name: string;
}

/**
 * Matches by code prefix (`wk0917`, `BU09172000`) or by words of the name (`versilien`, `heerlerbaan c`).
 * Results: exact code first, then name starts-with, then other matches, each alphabetical.
 */
export function searchAreas<T extends Searchable>(items: readonly T[], query: string, limit = 12): T[] {
  const q = foldText(query);
  if (!q) return [];
  const scored: { item: T; score: number }[] = [];
  for (const item of items) {
    const code = item.code.toLowerCase();
    const name = foldText(item.name);
    const display = foldText(displayName(item.name));
    let score = -1;
    if (code === q) score = 0;
    else if (code.startsWith(q)) score = 1;
    else if (display.startsWith(q) || name.startsWith(q)) score = 2;
    else if (q.split(/\s+/).every((w) => name.includes(w))) score = 3;
    if (score >= 0) scored.push({ item, score });
  }
  scored.sort((a, b) => a.score - b.score || a.item.name.localeCompare(b.item.name, 'nl'));
  return scored.slice(0, limit).map((s) => s.item);
}

/** CBS wijk names carry a number prefix ("Wijk 40 Heerlerbaan-Centrum"); show the name without it. */
export function displayName(name: string): string {
  return name.replace(/^Wijk\s?\d+\s+/i, '').trim() || name;
}
