import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, MAX_HASH_LENGTH } from '../../src/state/url-state';
import { readDecimal, writeDecimal } from '../../src/state/url-fields';
import { decodeProgramme, decodeTargets, encodeProgramme, encodeTargets } from '../../src/state/url-plan';
import { DEFAULT_VIEW, type View } from '../../src/state/view';

const full: View = {
  scope: 'parkstad',
  level: 'buurt',
  band: { kind: 'custom', centre: 30.5, halfWidth: 12 },
  lang: 'en',
  indicator: 'private-rent',
  basemap: 'pdok',
  values: true,
  selected: 'BU09172000',
  position: { lon: 5.97812, lat: 50.88654, zoom: 12.25 },
  layers: ['colonies', 'nplv'],
  pair: ['WK091740', 'WK091736'],
  scenario: 'swap-2030',
  moves: [
    { area: 'WK091740', kind: 'sell-to-occupant', n: 230 },
    { area: 'WK091736', kind: 'build-corporation', n: 100 },
  ],
  planYear: 2030,
  targets: { WK091740: { y2030: 71.8, y2050: 51 } },
  programme: 'BU09172003.demolish.293.2026-2030.pre-versilienbosch-sloop,GM0917.build-unspecified.2352.2025-2029',
};

describe('encodeView', () => {
  it('writes the default view with version, scope, level, lang and basemap only', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('v=1&scope=GM0917&level=wijk&lang=nl&base=offline');
  });
  it('writes every field of a full view in a fixed order', () => {
    expect(encodeView(full)).toBe(
      'v=1&scope=parkstad&level=buurt&band=30.5,12&lang=en&ind=overig&base=pdok&val=1&sel=BU09172000&map=5.97812,50.88654,12.25&layers=colonies,nplv&pair=WK091740,WK091736&scenario=swap-2030&moves=WK091740.sell-to-occupant.230,WK091736.build-corporation.100&jaar=2030&doelen=WK091740-71.8-51&prog=BU09172003.demolish.293.2026-2030.pre-versilienbosch-sloop,GM0917.build-unspecified.2352.2025-2029',
    );
  });
  it('rounds the map position to 5 decimals and the zoom to 2', () => {
    const hash = encodeView({ ...DEFAULT_VIEW, position: { lon: 5.9812345678, lat: 50.8765432, zoom: 11.98765 } });
    expect(hash).toContain('map=5.98123,50.87654,11.99');
  });
});

describe('decodeView round trip', () => {
  it('gives back the full view exactly, without a notice', () => {
    expect(decodeView('#' + encodeView(full))).toEqual({ view: full, notice: null });
  });
  it('gives back the default view exactly', () => {
    expect(decodeView(encodeView(DEFAULT_VIEW))).toEqual({ view: DEFAULT_VIEW, notice: null });
  });
  it('is stable: encoding a decoded link gives the same link', () => {
    const once = encodeView({ ...full, position: { lon: 5.987654321, lat: 50.887654321, zoom: 9.87654 } });
    expect(encodeView(decodeView(once).view)).toBe(once);
  });
  it('keeps a band on the edges of its range (0 ± 0 and 100 ± 50)', () => {
    expect(decodeView('v=1&band=0,0').view.band).toEqual({ kind: 'custom', centre: 0, halfWidth: 0 });
    expect(decodeView('v=1&band=100,50').view.band).toEqual({ kind: 'custom', centre: 100, halfWidth: 50 });
  });
  it("reads and writes the band references: Heerlen's band and the own average", () => {
    expect(decodeView('v=1&band=heerlen').view.band).toEqual({ kind: 'heerlen' });
    expect(decodeView('v=1&band=own').view.band).toEqual({ kind: 'own-average' });
    expect(encodeView({ ...DEFAULT_VIEW, band: { kind: 'heerlen' } })).toBe(
      'v=1&scope=GM0917&level=wijk&band=heerlen&lang=nl&base=offline',
    );
    expect(encodeView({ ...DEFAULT_VIEW, indicator: 'private-rent' })).toBe('v=1&scope=GM0917&level=wijk&lang=nl&ind=overig&base=offline');
  });
  it('accepts the hash with or without #', () => {
    expect(decodeView('v=1&scope=GM0928').view.scope).toBe('GM0928');
    expect(decodeView('#v=1&scope=GM0928').view.scope).toBe('GM0928');
  });
  it('ignores empty parts (a doubled &)', () => {
    expect(decodeView('#v=1&&scope=GM0928&').view.scope).toBe('GM0928');
  });
  it('drops repeated layer ids', () => {
    expect(decodeView('v=1&layers=nplv,nplv,colonies').view.layers).toEqual(['nplv', 'colonies']);
  });
});

describe('decodeView with nothing to read', () => {
  it.each(['', '#', '   '])('%j is the default view without a notice', (hash) => {
    expect(decodeView(hash)).toEqual({ view: DEFAULT_VIEW, notice: null });
  });
});

describe('decodeView with old, newer or unreadable links: the default view and a notice', () => {
  it.each([
    ['no version', '#scope=GM0928&level=buurt', 'version'],
    ['version 0', '#v=0&scope=GM0928', 'version'],
    ['a newer version', '#v=2&scope=GM0928', 'version'],
    ['a non-numeric version', '#v=one&scope=GM0928', 'version'],
    ['plain text', '#hello', 'damaged'],
    ['a part without =', '#v=1&scope', 'damaged'],
    ['an empty key', '#=1', 'damaged'],
    ['a too long hash', '#v=1&scope=GM0917&x=' + 'a'.repeat(MAX_HASH_LENGTH), 'damaged'],
  ] as const)('%s', (_, hash, reason) => {
    expect(decodeView(hash)).toEqual({ view: DEFAULT_VIEW, notice: { reason, fields: [] } });
  });
});

describe('decodeView with damaged fields: those fields fall back, the rest is kept', () => {
  const base = 'v=1&scope=GM0928&level=wijk';
  it.each([
    ['an unknown scope', 'scope=GM9999', 'scope'],
    ['an unknown level', 'level=gemeente', 'level'],
    ['text as band', 'band=abc', 'band'],
    ['a band with three numbers', 'band=36,15,3', 'band'],
    ['a band with an exponent', 'band=1e1,15', 'band'],
    ['a band with a decimal comma', 'band=36,5,15', 'band'],
    ['a band centre over 100', 'band=101,15', 'band'],
    ['a negative half-width', 'band=36,-1', 'band'],
    ['a half-width over 50', 'band=36,51', 'band'],
    ['a band without half-width', 'band=36', 'band'],
    ['an unknown language', 'lang=de', 'lang'],
    ['an unknown basemap', 'base=osm', 'base'],
    ['values as a word', 'val=ja', 'val'],
    ['markup as selection', 'sel=%3Cscript%3E', 'sel'],
    ['a gemeente code as selection', 'sel=GM0917', 'sel'],
    ['a longitude out of range', 'map=200,50.8,10', 'map'],
    ['a latitude beyond mercator', 'map=5.9,89,10', 'map'],
    ['a zoom over 22', 'map=5.9,50.8,23', 'map'],
    ['a position without zoom', 'map=5.9,50.8', 'map'],
    ['a position with NaN', 'map=NaN,50.8,10', 'map'],
    ['a layer id with a space', 'layers=a%20b', 'layers'],
    ['an empty layer id', 'layers=nplv,', 'layers'],
    ['21 layers', `layers=${Array.from({ length: 21 }, (_, i) => `l${i}`).join(',')}`, 'layers'],
    ['a pair of one area twice', 'pair=WK091740,WK091740', 'pair'],
    ['a pair of one area', 'pair=WK091740', 'pair'],
    ['a scenario with a slash', 'scenario=a%2Fb', 'scenario'],
    ['an unknown key', 'colour=red', 'colour'],
    ['a broken escape', 'scenario=%E0%A4%A', 'scenario'],
  ])('%s', (_, part, key) => {
    const { view, notice } = decodeView(`${base}&${part}`);
    expect(notice).toEqual({ reason: 'damaged', fields: [key] });
    expect(view.scope).toBe(key === 'scope' ? DEFAULT_VIEW.scope : 'GM0928');
    expect(view.band).toEqual({ kind: 'default' });
    expect(view.selected).toBeNull();
    expect(view.position).toBeNull();
    expect(view.layers).toEqual([]);
    expect(view.pair).toBeNull();
    expect(view.scenario).toBeNull();
  });

  it('resets a repeated key to its default (which value was meant is unknown) and keeps the others', () => {
    const { view, notice } = decodeView('v=1&scope=GM0928&scope=GM0882&level=buurt');
    expect(view.scope).toBe('GM0917');
    expect(view.level).toBe('buurt');
    expect(notice).toEqual({ reason: 'damaged', fields: ['scope'] });
  });

  it('drops a buurt selection at wijk level', () => {
    const { view, notice } = decodeView('v=1&level=wijk&sel=BU09172000');
    expect(view.selected).toBeNull();
    expect(notice).toEqual({ reason: 'damaged', fields: ['sel'] });
  });

  it('names every damaged field once, sorted', () => {
    expect(decodeView('v=1&map=x&band=y&lang=zz&map=1,2,3').notice).toEqual({ reason: 'damaged', fields: ['band', 'lang', 'map'] });
  });
});

describe('moves', () => {
  it('round-trips the moves of a shown scenario', () => {
    const { view, notice } = decodeView('v=1&moves=WK091740.sell-to-occupant.230,WK091736.build-corporation.100');
    expect(notice).toBeNull();
    expect(view.moves).toEqual(full.moves);
  });
  it('reads the old kinds of an old link as the same policy moves (sell → to occupants, build → corporation)', () =>
    expect(decodeView('v=1&moves=WK091740.sell.230,WK091736.build.100').view.moves).toEqual(full.moves));
  it('resets damaged moves and names the field', () =>
    expect(decodeView('v=1&moves=WK091740.steal.1')).toEqual({ view: DEFAULT_VIEW, notice: { reason: 'damaged', fields: ['moves'] } }));
  it('treats an unknown key as damaged', () =>
    expect(decodeView('v=1&opacity=70').notice).toEqual({ reason: 'damaged', fields: ['opacity'] }));
});

describe('decimals', () => {
  it.each([
    ['36', 36],
    ['36.5', 36.5],
    ['-1', -1],
    ['0.000001', 0.000001],
  ])('reads %s', (raw, v) => expect(readDecimal(raw, -10, 100)).toBe(v));
  it.each(['', '.5', '1e2', '36,5', ' 36', 'Infinity', '0x10', '1234'])('rejects %j', (raw) =>
    expect(readDecimal(raw, -1e9, 1e9)).toBeNull(),
  );
  it('rejects values outside the range', () => expect(readDecimal('101', 0, 100)).toBeNull());
  it('writes the shortest rounded text and no negative zero', () => {
    expect(writeDecimal(11.5, 2)).toBe('11.5');
    expect(writeDecimal(5.9812345, 5)).toBe('5.98123');
    expect(writeDecimal(-0.000001, 5)).toBe('0');
  });
});

describe('the plan in a link', () => {
  const preload = [
    {
      id: 'pre-versilienbosch-sloop',
      label: 'Herstructurering Versiliënbosch: sloop',
      group: 'GM0917',
      area: 'BU09172003',
      kind: 'demolish' as const,
      n: 293,
      from: 2026,
      to: 2030,
    },
  ];
  it('reads the programme against the preload: a preloaded item keeps its label, an own item gets an own id', () => {
    const items = decodeProgramme('WK091720.demolish.293.2026-2030.pre-versilienbosch-sloop,GM0928.buy.125.x', preload);
    expect(items?.map((i) => [i.id, i.label, i.group, i.area, i.kind, i.n, i.from, i.to])).toEqual([
      ['pre-versilienbosch-sloop', 'Herstructurering Versiliënbosch: sloop', 'GM0917', 'WK091720', 'demolish', 293, 2026, 2030],
      ['own-link-2', '', 'GM0928', null, 'buy', 125, null, null],
    ]);
  });
  it('round-trips a programme', () => {
    const text = 'BU09172003.demolish.293.2026-2030.pre-versilienbosch-sloop,parkstad.buy.100.2024-2028';
    expect(encodeProgramme(decodeProgramme(text, preload) ?? [])).toBe(text);
  });
  it.each(['WK091720.steal.1.x', 'WK0917.buy.1.x', 'WK091720.buy.-1.x', 'WK091720.buy.1.2030-2025', 'WK091720.buy.1.x.Bad Id'])(
    'refuses %j',
    (raw) => expect(decodeProgramme(raw, preload)).toBeNull(),
  );
  it('reads and writes targets with one decimal', () => {
    expect(decodeTargets('WK091740-71.8-51,WK091736-9.5-21')).toEqual({
      WK091740: { y2030: 71.8, y2050: 51 },
      WK091736: { y2030: 9.5, y2050: 21 },
    });
    expect(encodeTargets({ WK091736: { y2030: 9.54, y2050: 21 }, WK091740: { y2030: 71.8, y2050: 51 } })).toBe(
      'WK091736-9.5-21,WK091740-71.8-51',
    );
    expect(decodeTargets('WK091740-171-51')).toBeNull();
  });
  it('a damaged plan year falls back and is named', () =>
    expect(decodeView('v=1&jaar=2070').notice).toEqual({ reason: 'damaged', fields: ['jaar'] }));
});
