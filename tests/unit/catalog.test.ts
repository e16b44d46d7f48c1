import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/i18n/catalog';
import { ENGLISH } from '../../src/i18n/english';
import { nl } from '../../src/i18n/nl';

describe('the English catalog the page fetches', () => {
  it('is accepted whole, as JSON would bring it', () => {
    expect(readCatalog(JSON.parse(JSON.stringify(ENGLISH)))?.dict.appSubtitle).toBe(ENGLISH.dict.appSubtitle);
  });
  it('is refused when a text is missing or not text (a stale or damaged file): the interface stays Dutch', () => {
    const dict: Record<string, string> = { ...ENGLISH.dict };
    delete dict.legendTitle;
    expect(readCatalog({ ...ENGLISH, dict })).toBeNull();
    expect(readCatalog({ ...ENGLISH, problems: { ...ENGLISH.problems, 'csv.empty': 3 } })).toBeNull();
    expect(readCatalog(null)).toBeNull();
    expect(readCatalog('<html>')).toBeNull();
  });
  it('has every key of the Dutch texts', () => expect(Object.keys(ENGLISH.dict).sort()).toEqual(Object.keys(nl).sort()));
});
