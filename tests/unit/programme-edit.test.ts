import { describe, expect, it } from 'vitest';
import { addItem, allocatePart, changedFromPreload, checkItem, newItemId, removeItem, updateItem } from '../../src/domain/programme/edit';
import { programmeFile, readProgrammeFile } from '../../src/domain/programme/file';
import { readTargetsCsv, targetsCsv } from '../../src/domain/programme/targets-csv';
import type { ProgrammeItem } from '../../src/domain/programme/types';

const nplv: ProgrammeItem = {
  id: 'pre-nplv-heerlen-noord',
  label: 'NPLV Heerlen-Noord: woningbouwopgave',
  group: 'GM0917',
  area: null,
  kind: 'build-unspecified',
  n: 2352,
  from: 2025,
  to: 2029,
  affordable: 1775,
  source: { seed: 'x', section: 'Opgave woningbouw', quote: 'totaal 2.352 woningen' },
};
const kerkrade: ProgrammeItem = {
  id: 'pre-kerkrade-sloop',
  label: 'Kerkrade: sloop',
  group: 'GM0928',
  area: null,
  kind: 'demolish',
  n: 478,
  from: 2021,
  to: 2025,
};
const preload = [nplv, kerkrade];

describe('allocating an unallocated total', () => {
  it('NPLV 2,352 with 400 to Mariarade: 1,952 stay unallocated, 400 in the wijk, same sum, source and years', () => {
    const r = allocatePart(preload, nplv.id, 'WK091711', 400);
    if ('error' in r) throw new Error(r.error);
    expect(r.items.map((i) => [i.id, i.area, i.n, i.affordable])).toEqual([
      ['pre-nplv-heerlen-noord', null, 1952, 1473],
      ['pre-nplv-heerlen-noord-part-1', 'WK091711', 400, 302],
      ['pre-kerkrade-sloop', null, 478, undefined],
    ]);
    expect(r.items[1]?.source).toEqual(nplv.source);
    expect(r.items[1]?.from).toBe(2025);
    expect(r.items.reduce((s, i) => s + i.n, 0)).toBe(2352 + 478);
    expect(preload[0]?.n).toBe(2352);
  });
  it('allocating all of it moves the item itself', () => {
    const r = allocatePart(preload, kerkrade.id, 'WK092801', 478);
    if ('error' in r) throw new Error(r.error);
    expect(r.items).toHaveLength(2);
    expect(r.items[1]).toEqual({ ...kerkrade, area: 'WK092801' });
  });
  it('refuses 0, fractions, more than there is, and no area', () => {
    expect(allocatePart(preload, nplv.id, 'WK091711', 0)).toEqual({ error: 'part' });
    expect(allocatePart(preload, nplv.id, 'WK091711', 2.5)).toEqual({ error: 'part' });
    expect(allocatePart(preload, nplv.id, 'WK091711', 2353)).toEqual({ error: 'part' });
    expect(allocatePart(preload, nplv.id, '', 10)).toEqual({ error: 'area' });
  });
  it('a second part gets the next id', () => {
    const a = allocatePart(preload, nplv.id, 'WK091711', 400);
    if ('error' in a) throw new Error(a.error);
    const b = allocatePart(a.items, nplv.id, 'WK091702', 100);
    if ('error' in b) throw new Error(b.error);
    expect(b.items.map((i) => i.id)).toContain('pre-nplv-heerlen-noord-part-2');
    expect(b.items.find((i) => i.id === nplv.id)?.n).toBe(1852);
  });
});

describe('editing items', () => {
  it('changes dwellings and years, and says which change it refuses', () => {
    const r = updateItem(preload, nplv.id, { n: 2000 }, preload);
    expect('items' in r && r.items[0]?.n).toBe(2000);
    expect(updateItem(preload, nplv.id, { n: 0 }, preload)).toEqual({ error: 'n' });
    expect(updateItem(preload, nplv.id, { from: 2030, to: 2027 }, preload)).toEqual({ error: 'order' });
    expect(updateItem(preload, nplv.id, { from: 2019 }, preload)).toEqual({ error: 'years' });
    expect(updateItem(preload, nplv.id, { to: 2051 }, preload)).toEqual({ error: 'years' });
  });
  it("a preloaded item keeps its own years before 2024 (Kerkrade 2021–2025), a planner's item may not", () => {
    expect(checkItem(kerkrade, kerkrade)).toBeNull();
    expect(checkItem({ ...kerkrade, id: 'own-1' }, undefined)).toBe('years');
  });
  it('adds own items with fresh ids and removes them', () => {
    const r = addItem(preload, { label: 'Sloop', group: 'GM0917', area: 'WK091740', kind: 'demolish', n: 40, from: 2026, to: 2027 });
    if ('error' in r) throw new Error(r.error);
    expect(r.items[2]?.id).toBe('own-1');
    expect(newItemId(r.items)).toBe('own-2');
    expect(removeItem(r.items, 'own-1')).toEqual(preload);
    expect(addItem(preload, { label: '', group: 'GM0917', area: null, kind: 'buy', n: 10, from: 2031, to: 2030 })).toEqual({
      error: 'order',
    });
  });
  it('knows when a preloaded item was changed', () => {
    expect(changedFromPreload(nplv, preload)).toBe(false);
    expect(changedFromPreload({ ...nplv, n: 10 }, preload)).toBe(true);
    expect(changedFromPreload({ ...nplv, id: 'own-1' }, preload)).toBe(false);
  });
});

describe('the programme as a file', () => {
  const areas = new Set(['WK091711', 'WK092801']);
  const groups = new Set(['GM0917', 'GM0928', 'parkstad']);
  it('round-trips with sources', () => {
    expect(readProgrammeFile(programmeFile(preload), areas, groups)).toEqual({ items: preload });
  });
  it('refuses the whole file for one bad item, and names it', () => {
    const bad = JSON.parse(programmeFile(preload)) as { items: unknown[] };
    bad.items[1] = { ...kerkrade, n: -5 };
    expect(readProgrammeFile(JSON.stringify(bad), areas, groups)).toEqual({ error: { kind: 'item', index: 2 } });
    bad.items[1] = { ...kerkrade, area: 'WK091711' };
    expect(readProgrammeFile(JSON.stringify(bad), areas, groups)).toEqual({ error: { kind: 'area', index: 2, value: 'WK091711' } });
    bad.items[1] = { ...kerkrade, area: 'WK099999' };
    expect(readProgrammeFile(JSON.stringify(bad), areas, groups)).toEqual({ error: { kind: 'area', index: 2, value: 'WK099999' } });
    bad.items[1] = { ...kerkrade, group: 'GM0363' };
    expect(readProgrammeFile(JSON.stringify(bad), areas, groups)).toEqual({ error: { kind: 'group', index: 2, value: 'GM0363' } });
  });
  it('refuses what is not a programme', () => {
    expect(readProgrammeFile('{"items":[]}', areas, groups)).toEqual({ error: { kind: 'not-programme' } });
    expect(readProgrammeFile('code;naam', areas, groups)).toEqual({ error: { kind: 'not-programme' } });
  });
});

describe('the streefbeeld as CSV', () => {
  const rows = [
    {
      code: 'WK091740',
      name: 'Heerlerbaan-Centrum',
      gemeenteCode: 'GM0917',
      dwellings: 1275,
      pct: 78,
      target: { y2030: 71, y2050: 51 },
      own: false,
    },
    { code: 'WK091736', name: '=Welten', gemeenteCode: 'GM0917', dwellings: 2000, pct: 6, target: { y2030: 12.5, y2050: 25 }, own: true },
  ];
  const known = new Set(['WK091740', 'WK091736']);
  it('is written in the Dutch profile, formula-safe, and read back', () => {
    const csv = targetsCsv(rows, 'eigen doel', 'volgt de band');
    expect(csv.startsWith('\uFEFFcode;naam;gemeentecode;woningen;aandeel_nu;doel_2030;doel_2050;herkomst\r\n')).toBe(true);
    expect(csv).toContain("WK091736;'=Welten;GM0917;2000;6;12,5;25;eigen doel");
    expect(readTargetsCsv(csv, known)).toEqual({ targets: { WK091740: { y2030: 71, y2050: 51 }, WK091736: { y2030: 12.5, y2050: 25 } } });
  });
  it('refuses the whole file with the spreadsheet row of the first problem', () => {
    expect(readTargetsCsv('code;doel_2030;doel_2050\nWK091740;70;51\nWK099999;1;2\n', known)).toEqual({
      error: { kind: 'code', row: 3, value: 'WK099999' },
    });
    expect(readTargetsCsv('code;doel_2030;doel_2050\nWK091740;70;151\n', known)).toEqual({
      error: { kind: 'value', row: 2, value: '151' },
    });
    expect(readTargetsCsv('code;doel_2030;doel_2050\nWK091740;70;51\nWK091740;70;51\n', known)).toEqual({
      error: { kind: 'twice', row: 3, value: 'WK091740' },
    });
    expect(readTargetsCsv('code;doel\nWK091740;70\n', known)).toEqual({ error: { kind: 'columns' } });
    expect(readTargetsCsv('code;doel_2030;doel_2050\nWK091740;;\n', known)).toEqual({ error: { kind: 'empty' } });
  });
});
