/** Data contract for the overlays: the real geodata through the app's own overlay parsers. */
import { geodataJson, geodataText } from '../../scripts/lib/read-geodata';
import { describe, expect, it } from 'vitest';
import { OVERLAY_FILES } from '../../src/config/geodata-files';
import { parseColonies } from '../../src/domain/overlays/parse-colonies';
import { parseProjects } from '../../src/domain/overlays/parse-projects';
import { parseNplv } from '../../src/domain/overlays/parse-nplv';
import { colonyPoints, nplvAreas, projectPoints } from '../../src/map/overlay-layers';
import { GEODATA_FILES } from '../../src/config/geodata-files';
import { BEWONERSKRACHTEN, VRIEHEIDE_PLAN } from '../../src/config/overlay-sources';

const text = geodataText;
const json = geodataJson;
const F = OVERLAY_FILES;
const colonies = parseColonies(text(F.colonies), json(F.coloniesGeo));
const projects = parseProjects(text(F.projects));
const nplv = parseNplv(json(F.nplv));
const data = { colonies: colonies.value, projects: projects.value, nplv: nplv.value };

describe('colonies (seed 000, table "Overzicht Mijnkoloniën")', () => {
  it('parses all 29 rows without issues', () => {
    expect(colonies.value).toHaveLength(29);
    expect(colonies.issues).toEqual([]);
  });
  it('has the status counts printed in the seed: 1×10, 2×5, 3×1, 4×5, 4.5×3, 5×5', () => {
    const count = (s: string) => colonies.value.filter((c) => c.status === s).length;
    expect(['1', '2', '3', '4', '4.5', '5'].map(count)).toEqual([10, 5, 1, 5, 3, 5]);
  });
  it('keeps Slakken-Horst-Metten as printed ("4." with "geen") and flags the mismatch', () => {
    const c = colonies.value.find((x) => x.name.startsWith('Slakken'));
    expect(c?.status).toBe('4');
    expect(c?.statusText).toMatch(/^geen/);
    expect(c?.statusMismatch).toBe(true);
  });
  it('draws and lists Slakken-Horst-Metten as "code en tekst spreken elkaar tegen", not as protected', () => {
    const c = colonies.value.find((x) => x.name === 'Slakken-Horst-Metten');
    expect(c?.display).toBe('conflict');
    const drawn = colonyPoints(data).features.find((f) => f.properties.nr === c?.nr);
    expect(drawn?.properties).toMatchObject({ status: '4', display: 'conflict' });
    const count = (s: string) => colonies.value.filter((x) => x.display === s).length;
    expect(['1', '2', '3', '4', '4.5', '5', 'conflict'].map(count)).toEqual([10, 5, 1, 4, 3, 5, 1]);
  });
  it('draws the three colonies at the Hoensbroek town point side by side, Slakken-Horst-Metten in the middle', () => {
    const at = colonyPoints(data).features.filter((f) => f.properties.precision === 'stadsdeel');
    const hoensbroek = at.filter((f) => JSON.stringify(f.geometry) === JSON.stringify(at.find((x) => x.properties.nr === 18)?.geometry));
    expect(hoensbroek.map((f) => [f.properties.nr, f.properties.display, f.properties.stack])).toEqual([
      [8, '1', -2],
      [18, 'conflict', 0],
      [26, '5', 2],
    ]);
  });
  it('draws no colony whose text says "geen" with a protection level', () => {
    const geen = colonies.value.filter((c) => /^geen\b/.test(c.statusText));
    expect(geen.map((c) => c.display).sort()).toEqual(['5', '5', '5', '5', '5', 'conflict']);
  });
  it('draws Beersdal, Eikenderveld, Maria Christinawijk and Molenberg as RCE polygons', () => {
    for (const name of ['Beersdal', 'Eikenderveld', 'Maria Christina', 'Molenberg']) {
      const c = colonies.value.find((x) => x.name.startsWith(name));
      expect(c?.precision, name).toBe('polygoon');
      expect(c?.polygon, name).not.toBeNull();
    }
  });
  it('does not draw Ganzeweide and the two Heideveldweg rows (location unknown)', () => {
    const unknown = colonies.value.filter((c) => c.precision === 'onbekend').map((c) => c.name.split(' ')[0]);
    expect(unknown.sort()).toEqual(['Ganzeweide', 'Heideveldweg', 'Heideveldweg']);
    expect(colonyPoints(data).features).toHaveLength(26);
  });
  it('gives every drawn colony a source and a precision', () => {
    for (const c of colonies.value.filter((x) => x.point)) {
      expect(c.source, c.name).not.toBe('');
      expect(c.precision, c.name).not.toBe('onbekend');
    }
  });
});

describe('projects (seed 001 portfolio + Heerlen-Noord)', () => {
  it('parses the 51 portfolio rows, numbered 1–51', () => {
    const portfolio = projects.value.filter((p) => p.nr !== null);
    expect(portfolio.map((p) => p.nr)).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
  });
  it('flags Woningbouwimpuls for the four projects the prose confirms', () => {
    for (const name of ['Schimmert Centrum', 'DSM', 'Industriestraat', 'Schilterstraat']) {
      const p = projects.value.find((x) => x.name.includes(name));
      expect(p?.funding.wbi, name).toBe(true);
    }
  });
  it('includes the restructurings named in seed 000 once each', () => {
    for (const name of ['Versi', 'Kasteel', 'Hoofdstraat West', 'De Hees']) {
      expect(
        projects.value.filter((p) => p.name.includes(name) && p.nr === null).length +
          projects.value.filter((p) => p.name.includes(name) && p.nr !== null).length,
        name,
      ).toBeGreaterThanOrEqual(1);
    }
    const ids = projects.value.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('draws only located projects, each with a source and precision', () => {
    const drawn = projectPoints(data).features;
    expect(drawn.length).toBe(projects.value.filter((p) => p.point).length);
    for (const p of projects.value.filter((x) => x.point)) {
      expect(p.source, p.name).not.toBe('');
      expect(p.precision, p.name).not.toBe('onbekend');
    }
    expect(projects.value.filter((p) => p.precision === 'onbekend').every((p) => p.point === null)).toBe(true);
  });
});

describe('NPLV Heerlen-Noord', () => {
  it('has confirmed and inferred wijken and three focus areas', () => {
    const wijken = nplv.value.areas.filter((a) => a.role === 'nplv-wijk');
    expect(wijken.filter((a) => a.basis === 'confirmed').length).toBe(11);
    expect(wijken.filter((a) => a.basis === 'inferred').length).toBeGreaterThan(0);
    expect(nplv.value.areas.filter((a) => a.role === 'focus').map((a) => a.name)).toEqual(['GMS', 'Vrieheide', 'grote Kastelenbuurt']);
  });
  it('draws the Vrieheide focus area as wijk WK091720 Vrieheide-De Stack, exactly its polygon in wijken.geojson', () => {
    const focus = nplv.value.areas.find((a) => a.role === 'focus' && a.name === 'Vrieheide');
    const wijk = (json(GEODATA_FILES.wijken) as { features: { properties: { code: string }; geometry: unknown }[] }).features.find(
      (f) => f.properties.code === 'WK091720',
    );
    expect(focus?.code).toBe('WK091720');
    expect(focus?.geometry).toEqual(wijk?.geometry);
    expect(focus?.sources).toContainEqual(VRIEHEIDE_PLAN);
    expect(nplvAreas(data).features.find((f) => f.properties.role === 'focus' && f.properties.code === 'WK091720')).toBeDefined();
  });
  it('cites the Bewonerskrachten passage for the inferred wijken Eikenderveld and Meezenbroek-Schaesbergerveld only', () => {
    const citing = nplv.value.areas.filter((a) => a.sources.some((s) => s.quote === BEWONERSKRACHTEN.quote));
    expect(citing.map((a) => `${a.code} ${a.basis}`)).toEqual(['WK091732 inferred', 'WK091734 inferred']);
    expect(citing[0]?.sources).toEqual([BEWONERSKRACHTEN]);
    expect(nplv.value.areas.find((a) => a.code === 'WK091730')?.sources).toEqual([]);
  });
  it('carries the seed 004 facts: 56.000 inhabitants, 2.352 dwellings of which 1.775 affordable', () => {
    const facts = nplv.value.facts.map((f) => f.quote).join(' ');
    expect(nplv.value.facts.find((f) => f.key === 'inwoners')?.value).toBe(56000);
    expect(nplv.value.facts.find((f) => f.key === 'woningbouwopgave')?.value).toBe(2352);
    expect(facts).toContain('1.775');
  });
});
