import { describe, expect, it } from 'vitest';
import { fill, formatDate } from '../../src/i18n/text';
import { presentationTitles, scopeName, type TitleInput } from '../../src/export/titles';
import { nl } from '../../src/i18n/nl';
import { en } from '../../src/i18n/en';
import { resolveBand } from '../../src/domain/band-reference';
import { BAND_POLICY } from '../../src/config/band-policy';

describe('fill', () => {
  it('replaces placeholders', () => expect(fill('Dia {n} van {total}', { n: 2, total: 5 })).toBe('Dia 2 van 5'));
  it('leaves unknown placeholders as they are', () => expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}'));
  it('does not read placeholders from the values (no second pass)', () => expect(fill('{a}', { a: '{b}', b: 'x' })).toBe('{b}'));
});

describe('formatDate', () => {
  it('writes Dutch dates with the month in words', () => expect(formatDate(new Date(2025, 4, 12), 'nl')).toBe('12 mei 2025'));
  it('writes English dates day first', () => expect(formatDate(new Date(2025, 4, 12), 'en')).toBe('12 May 2025'));
});

const input: TitleInput = {
  title: '',
  subtitle: '',
  scope: 'GM0917',
  level: 'wijk',
  band: resolveBand('GM0917', { kind: 'default' }, 36, BAND_POLICY),
  indicator: 'corporation',
  year: 2024,
  basemap: 'offline',
  lang: 'nl',
  date: new Date(2025, 4, 12),
};

describe('presentation titles', () => {
  it('builds the automatic Dutch title and subtitle from scope, level and band', () => {
    const t = presentationTitles(input, nl);
    expect(t.title).toBe('Aandeel corporatiebezit – Heerlen (CBS 2024)');
    expect(t.subtitle).toBe('Wijken, bandbreedte 21\u00a0% tot 51\u00a0%: vastgestelde richtlijn voor 2050, op wijkniveau');
    expect(t.date).toBe('12 mei 2025');
  });
  it('uses one decimal for a band edge that is not whole, in English', () => {
    const band = resolveBand('GM0928', { kind: 'default' }, 29.8, BAND_POLICY);
    const t = presentationTitles({ ...input, lang: 'en', scope: 'GM0928', level: 'buurt', band }, en);
    expect(t.title).toBe('Share of housing-association dwellings – Kerkrade (CBS 2024)');
    expect(t.subtitle).toBe(
      'Neighbourhoods (buurten), band 14.8\u00a0% to 44.8\u00a0%: derived band: own average ± 15 (no adopted policy)',
    );
  });
  it("says each district is judged against its own municipality's band when the bands differ", () => {
    const t = presentationTitles({ ...input, scope: 'parkstad', band: null }, nl);
    expect(t.subtitle).toBe('Wijken, elke wijk tegen de band van de eigen gemeente');
  });
  it("prefers the user's title and subtitle, trimmed", () => {
    const t = presentationTitles({ ...input, title: '  Raad 12 mei ', subtitle: 'Heerlen-Noord' }, nl);
    expect([t.title, t.subtitle]).toEqual(['Raad 12 mei', 'Heerlen-Noord']);
  });
  it('treats a blank title as automatic', () =>
    expect(presentationTitles({ ...input, title: '   ' }, nl).title).toBe('Aandeel corporatiebezit – Heerlen (CBS 2024)'));
  it('names the data source and the offline map', () => {
    expect(presentationTitles(input, nl).sources).toEqual([nl.sourceLine, 'Kaart zonder achtergrond (offline)']);
  });
  it('credits Kadaster when the PDOK basemap is on', () => {
    expect(presentationTitles({ ...input, basemap: 'pdok' }, nl).sources[1]).toContain('© Kadaster');
  });
  it('names gemeenten by name and unknown scopes by their code', () => {
    expect(scopeName('GM0928', nl)).toBe('Kerkrade');
    expect(scopeName('GM9999', nl)).toBe('GM9999');
  });
});

describe('council texts', () => {
  it('has an English text for every Dutch key and none empty', () => {
    const keys = Object.keys(nl).filter((k) => /^(council|view|export)/.test(k));
    expect(keys.length).toBeGreaterThan(50);
    for (const k of keys) {
      expect(en[k as keyof typeof en], k).toBeTruthy();
      expect(nl[k as keyof typeof nl], k).toBeTruthy();
    }
  });
});
