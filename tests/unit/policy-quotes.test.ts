/**
 * Every passage config/ quotes stands verbatim (line breaks aside) in the seed it names, and the numbers next to it
 * agree with the words. Reads `../shared/seeds` (or $WIJKBALANS_SHARED/seeds); skipped where that folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEERLEN_BAND, NO_BAND_ELSEWHERE, SMALL_AREA_SOURCE } from '../../src/config/band-policy';
import { BUILDING_PROGRAMMES, INPONDEN_TARGETS } from '../../src/config/programme';
import { STADSHUWELIJK_SOURCES } from '../../src/config/pair-policy';
import { PRIVATE_RENT_SOURCES } from '../../src/config/private-rent';
import { SCENARIO_SOURCES } from '../../src/config/scenario-policy';
import type { PolicySource } from '../../src/domain/policy-source';

const shared = process.env.WIJKBALANS_SHARED?.trim() || resolve(import.meta.dirname, '..', '..', '..', 'shared');
const seeds = join(shared, 'seeds');
const flat = (s: string) => s.replace(/\s+/g, ' ');
const seedText = (file: string) => flat(readFileSync(join(seeds, file), 'utf8'));

const all: PolicySource[] = [
  ...HEERLEN_BAND.sources,
  NO_BAND_ELSEWHERE,
  SMALL_AREA_SOURCE,
  ...BUILDING_PROGRAMMES.flatMap((p) => p.sources),
  ...STADSHUWELIJK_SOURCES,
  ...PRIVATE_RENT_SOURCES,
  ...Object.values(SCENARIO_SOURCES),
  ...INPONDEN_TARGETS.map((t) => t.source),
];

describe.skipIf(!existsSync(seeds))('quoted passages', () => {
  it.each(all.map((s) => [s.seed, s.quote.slice(0, 60), s]))('%s: “%s…”', (_seed, _start, s) =>
    expect(seedText(s.seed)).toContain(flat(s.quote)),
  );
});

describe('numbers agree with their words', () => {
  it('Heerlen: 36 ± 15 = 21–51, and the passage prints 15%, 36%, 21% and 51%', () => {
    expect([HEERLEN_BAND.centre - HEERLEN_BAND.halfWidth, HEERLEN_BAND.centre + HEERLEN_BAND.halfWidth]).toEqual([
      HEERLEN_BAND.lower,
      HEERLEN_BAND.upper,
    ]);
    const words = HEERLEN_BAND.sources.map((s) => s.quote).join(' ');
    for (const n of [HEERLEN_BAND.halfWidth, HEERLEN_BAND.centre, HEERLEN_BAND.lower, HEERLEN_BAND.upper, HEERLEN_BAND.horizon])
      expect(words).toContain(String(n));
  });
  it('each inponden target prints its number per year', () => {
    for (const t of INPONDEN_TARGETS) expect(t.source.quote).toMatch(new RegExp(`\\b${t.perYear} woningen per jaar`));
  });
  it('each programme prints its numbers in Dutch notation', () => {
    for (const p of BUILDING_PROGRAMMES) {
      const words = p.sources.map((s) => s.quote).join(' ');
      const dutch = (n: number) => n.toLocaleString('nl-NL');
      for (const n of [p.dwellings.min, p.dwellings.max, p.social?.min, p.social?.max])
        if (n !== undefined) expect(words).toContain(dutch(n));
    }
  });
});
