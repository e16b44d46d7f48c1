/** Words of the trend view and the coverage notes in both languages, and the one definition of the source lines. */
import { describe, expect, it } from 'vitest';
import { nl } from '../../src/i18n/nl';
import { en } from '../../src/i18n/en';
import { timeEn, timeNl } from '../../src/i18n/sections/time';
import { areaNoteText, listText, noFiguresText, regionName, trendNoteText } from '../../src/i18n/time-text';
import { legendNoteText } from '../../src/i18n/legend-notes';
import { ATTRIBUTION, CITATION } from '../../src/config/sources';
import { TREND_COLORS } from '../../src/config/theme';

describe('time texts', () => {
  it('has an English text for every Dutch key, none empty', () => {
    expect(Object.keys(timeEn).sort()).toEqual(Object.keys(timeNl).sort());
    expect(Object.values(timeEn).filter((v) => v.trim() === '')).toEqual([]);
  });
  it('joins lists the Dutch and the English way', () => {
    expect([listText([], nl), listText(['Simpelveld'], nl), listText(['Simpelveld', 'Voerendaal'], nl)]).toEqual([
      '',
      'Simpelveld',
      'Simpelveld en Voerendaal',
    ]);
    expect(listText([2014, 2015, 2016], en)).toBe('2014, 2015 and 2016');
  });
  it('says that Beekdaelen before 2019 is the sum of Onderbanken, Nuth and Schinnen', () => {
    const note = {
      kind: 'predecessors',
      code: 'GM1954',
      name: 'Beekdaelen',
      from: 2012,
      to: 2018,
      parts: ['Onderbanken', 'Nuth', 'Schinnen'],
    } as const;
    expect(trendNoteText(note, nl)).toBe(
      '* Beekdaelen 2012–2018: som van Onderbanken, Nuth en Schinnen (de gemeenten die in 2019 samen Beekdaelen werden). Gestreept in de grafiek.',
    );
    expect(trendNoteText(note, en)).toContain('sum of Onderbanken, Nuth and Schinnen');
  });
  it("marks Kerkrade's break as not smoothed", () =>
    expect(trendNoteText({ kind: 'break', code: 'GM0928', name: 'Kerkrade', years: [2014, 2015] }, nl)).toBe(
      '† Kerkrade: breuk in de CBS-reeks in 2014 en 2015 (de woningvoorraad wijkt meer dan 4 % af van het jaar ervoor). Niet gladgestreken: de lijn is daar onderbroken.',
    ));
  it('names reference regions in the interface language and gemeenten as CBS does', () => {
    expect([regionName('nederland', 'Nederland', en), regionName('GM0917', 'Heerlen', en)]).toEqual(['Netherlands', 'Heerlen']);
  });
  it('explains gemeenten without buurt figures, in the legend note too', () => {
    expect(noFiguresText('buurt', ['Simpelveld', 'Voerendaal'], nl)).toBe(
      'Geen CBS-cijfers per buurt voor Simpelveld en Voerendaal: deze buurten staan grijs op de kaart, zonder percentage (dat is geen 0 %).',
    );
    expect(legendNoteText({ key: 'legendNoFigures', level: 'buurt', names: ['Simpelveld'] }, en)).toMatch(
      /^No CBS figures per neighbourhood for Simpelveld:/,
    );
  });
  it('explains both kinds of area note', () => {
    expect(areaNoteText('code-2024-onbevestigd', nl)).toMatch(/^De buurtcode van 2024 is niet bevestigd/);
    expect(areaNoteText('vlak-afgeleid', en)).toMatch(/^This neighbourhood boundary is derived/);
  });
});

describe('source lines', () => {
  it('credit the 2016 boundaries (CC BY 3.0), KWB 2024, 82900NED and Leefbaarometer 3.0 in both languages', () => {
    for (const line of [nl.sourceLine, en.sourceLine]) {
      for (const c of [CITATION.boundaries, CITATION.kwb, CITATION.trend, CITATION.liveability]) expect(line).toContain(c);
    }
  });
  it('no longer speak of generalised boundaries anywhere', () => {
    const all = [...Object.values(nl), ...Object.values(en)].join('\n');
    expect(all).not.toMatch(/generalis|gegeneraliseerd|3–12/i);
  });
  it('write the SOURCES.md attribution lines from the same citations', () =>
    expect(ATTRIBUTION.boundaries).toBe(
      "Bron grenzen: CBS/Kadaster, Wijk- en buurtkaart 2016 (CC BY 3.0), via Who's On First; codes en cijfers CBS 2024",
    ));
});

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
const luminance = (hex: string) => {
  const c = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0);
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return ((x ?? 0) + 0.05) / ((y ?? 0) + 0.05);
};

describe('trend colours', () => {
  const lines = [...Object.values(TREND_COLORS.gemeenten), ...Object.values(TREND_COLORS.references), TREND_COLORS.otherGemeente];
  it('has a colour for each of the 7 gemeenten, all different', () => expect(new Set(Object.values(TREND_COLORS.gemeenten)).size).toBe(7));
  it('gives every line at least 3:1 against the band fill and 4,5:1 against white (its label)', () => {
    expect(lines.filter((c) => contrast(c, TREND_COLORS.bandFill) < 3)).toEqual([]);
    expect(lines.filter((c) => contrast(c, '#ffffff') < 4.5)).toEqual([]);
  });
});
