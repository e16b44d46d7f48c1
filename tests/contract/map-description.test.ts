/**
 * The map description on the real geodata (the intermediate representation the controller applies):
 * draw order, sources, validity, and that a change sends only what changed (MapLibre's own style diff).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { diff, validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { readRawGeodata } from '../../scripts/lib/read-geodata';
import { buildDataset } from '../../src/domain/dataset';
import { loadOverlayData } from '../../scripts/lib/read-geodata';
import { useStore } from '../../src/state/store';
import { emptyScenario } from '../../src/state/slices/scenario';
import { selectBlankDescription, selectMapDescription, type MapDescription } from '../../src/map/describe';
import { LAYER, SRC } from '../../src/map/ids';
import { OLAYER } from '../../src/map/overlay-style';

const base = buildDataset(readRawGeodata());
const overlays = loadOverlayData();
const initial = useStore.getState();
const FONT = 'http://127.0.0.1/font.woff2';

beforeEach(() =>
  useStore.setState({ ...initial, base, overlayData: overlays.value, overlayProblems: overlays.issues, draft: emptyScenario() }, true),
);

const describeNow = (): MapDescription => {
  const d = selectMapDescription(useStore.getState(), FONT);
  if (!d) throw new Error('no description');
  return d;
};
const ids = (s: StyleSpecification) => s.layers.map((l) => l.id);
/** The commands MapLibre's diff would run to go from `a` to `b`. */
const commands = (a: StyleSpecification, b: StyleSpecification) => diff(a, b).map((c) => `${c.command} ${String(c.args[0])}`);
const dataCommands = (a: StyleSpecification, b: StyleSpecification) =>
  commands(a, b).filter((c) => /^(setGeoJSONSourceData|addSource|removeSource)/.test(c));

describe('the style the map receives', () => {
  it('validates with the official style-spec validator, with every overlay on', () => {
    useStore.getState().setVisibleOverlays(['nplv', 'colonies', 'projects']);
    expect(validateStyleMin(describeNow().style)).toEqual([]);
  });
  it('has a source for every layer that names one', () => {
    const { style } = describeNow();
    const missing = style.layers.filter((l) => 'source' in l && typeof l.source === 'string' && !(l.source in style.sources));
    expect(missing.map((l) => l.id)).toEqual([]);
  });
  it('draws fill < pattern < outlines < overlays < labels, with no overlay under the choropleth', () => {
    useStore.getState().setVisibleOverlays(['nplv', 'colonies', 'projects']);
    const order = ids(describeNow().style);
    const at = (id: string) => order.indexOf(id);
    expect(at(LAYER.areaFill)).toBeLessThan(at(LAYER.areaPattern));
    expect(at(LAYER.areaPattern)).toBeLessThan(at(LAYER.areaLine));
    for (const id of Object.values(OLAYER)) {
      expect(at(id), id).toBeGreaterThan(at(LAYER.areaPattern));
      expect(at(id), id).toBeLessThan(at(LAYER.labels));
    }
    expect(at(OLAYER.nplvConfirmed)).toBeLessThan(at(OLAYER.colonyIcon));
    expect(at(OLAYER.colonyIcon)).toBeLessThan(at(OLAYER.projectIcon));
    // Labels on top: the names, then the numbers (placed first, so names make way for them).
    expect(order.slice(-2)).toEqual([LAYER.labels, LAYER.labelKeys]);
  });
  it('carries the classes of the view model in the area source: Heerlerbaan-Centrum above-3, Welten-Benzenrade below-2', () => {
    const data = describeNow().style.sources[SRC.areas] as { data: GeoJSON.FeatureCollection };
    const props = (code: string) => data.data.features.find((f) => f.properties?.code === code)?.properties;
    expect(props('WK091740')).toMatchObject({ inScope: true, cls: 'above', step: 'above-3', pct: 78 });
    expect(props('WK091736')).toMatchObject({ inScope: true, cls: 'below', step: 'below-2', pct: 6 });
    expect(props('WK092801')).toMatchObject({ inScope: false, cls: 'nodata' });
  });
  it('uses no remote source while the PDOK basemap is off', () => {
    expect(JSON.stringify(describeNow().style.sources)).not.toMatch(/https?:/);
  });
});

describe('a change sends only what changed (style diff)', () => {
  it('toggling an overlay changes layers only: no GeoJSON source is sent again', () => {
    const a = describeNow().style;
    useStore.getState().toggleOverlay('colonies', true);
    const b = describeNow().style;
    expect(dataCommands(a, b)).toEqual([]);
    expect(commands(a, b).length).toBeGreaterThan(0);
  });
  it('switching the basemap adds the raster source and layer, and sends no GeoJSON again', () => {
    const a = describeNow().style;
    useStore.getState().setBasemap('pdok');
    expect(dataCommands(a, describeNow().style)).toEqual([`addSource ${SRC.basemap}`]);
  });
  it('switching the level sends the areas and the labels, not the gemeenten, wijk borders or overlays', () => {
    const a = describeNow().style;
    useStore.getState().setLevel('buurt');
    expect(dataCommands(a, describeNow().style).sort()).toEqual([
      `setGeoJSONSourceData ${SRC.areas}`,
      `setGeoJSONSourceData ${SRC.labels}`,
    ]);
  });
  it('editing the band sends the areas only', () => {
    const a = describeNow().style;
    useStore.getState().setBand({ kind: 'custom', centre: 40, halfWidth: 10 });
    expect(dataCommands(a, describeNow().style)).toEqual([`setGeoJSONSourceData ${SRC.areas}`]);
  });
  it('hovering and selecting change the feature state only, never the style', () => {
    const a = describeNow();
    useStore.getState().hover({ code: 'WK091740', x: 0, y: 0 });
    useStore.getState().select('WK091736');
    const b = describeNow();
    expect(b.style).toBe(a.style);
    expect([...b.featureState]).toEqual([
      ['WK091736', { selected: true }],
      ['WK091740', { hover: true }],
    ]);
  });
});

describe('pair arcs', () => {
  it('are drawn only while the pair finder is open: the 5 best pairs, then the chosen one in magenta', () => {
    expect(describeNow().arcs).toEqual([]);
    useStore.getState().setPanel('pairs');
    expect(describeNow().arcs).toHaveLength(5);
    useStore.getState().choosePair('WK091740', 'WK091736', 'Plan');
    const arcs = describeNow().arcs;
    expect(arcs.filter((a) => a.selected).map((a) => [a.id, a.color])).toEqual([['WK091740|WK091736', [214, 0, 111, 255]]]);
  });
});

describe('labels: every wijk named or numbered, values on request (issue 13)', () => {
  type Label = { code: string; text: string; key: string };
  const labels = (): Label[] =>
    ((describeNow().style.sources[SRC.labels] as { data: GeoJSON.FeatureCollection }).data.features ?? []).map(
      (f) => f.properties as Label,
    );
  const of = (code: string) => labels().find((l) => l.code === code);
  const NBSP = '\u00a0';

  it('numbers all 23 Heerlen wijken 1–23 in code order at the default view, each with its name', () => {
    const all = labels();
    expect(all).toHaveLength(23);
    expect(all.map((l) => Number(l.key)).sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(of('WK091710')).toEqual({
      code: 'WK091710',
      text: 'Maria Gewanden en Terschuren',
      key: '1',
      size: 12.5,
      rank: expect.any(Number),
    });
    expect(of('WK091740')).toMatchObject({ text: 'Heerlerbaan-Centrum', key: '21' });
    expect(of('WK091742')).toMatchObject({ text: 'De Beitel', key: '23' });
  });
  it('draws the numbers on their own layer, always (allow-overlap), and only features that have one', () => {
    const layer = describeNow().style.layers.find((l) => l.id === LAYER.labelKeys);
    expect(layer).toMatchObject({ type: 'symbol', filter: ['!=', ['get', 'key'], ''], layout: { 'text-allow-overlap': true } });
  });
  it('with values on, puts the CBS share as a whole percentage under the number: 21 / 78 %, 17 / 6 %', () => {
    useStore.getState().setShowValues(true);
    expect(of('WK091740')).toMatchObject({ text: 'Heerlerbaan-Centrum', key: `21\n78${NBSP}%` });
    expect(of('WK091736')).toMatchObject({ key: `17\n6${NBSP}%` });
    expect(validateStyleMin(describeNow().style)).toEqual([]);
  });
  it('with values on at buurt level, puts the value under the name (buurten have no numbers)', () => {
    useStore.getState().setShowValues(true);
    useStore.getState().setLevel('buurt');
    expect(of('BU09172000')).toMatchObject({ text: `Weggebekker\n89${NBSP}%`, key: '' });
    // A blank CBS share is "no data", never 0: In de Cramer shows a dash.
    expect(of('BU09173002')).toMatchObject({ text: 'In de Cramer\n–' });
  });
  it('shows the share of overige verhuurders when the map colours that indicator: Heerlerbaan-Centrum 5 %', () => {
    useStore.getState().setShowValues(true);
    useStore.getState().setIndicator('private-rent');
    expect(of('WK091740')?.key).toBe(`21\n5${NBSP}%`);
  });
  it('a value off again sends the labels back without values; a band edit with values off sends no labels', () => {
    const a = describeNow().style;
    useStore.getState().setShowValues(true);
    const b = describeNow().style;
    expect(dataCommands(a, b)).toEqual([`setGeoJSONSourceData ${SRC.labels}`]);
    useStore.getState().setShowValues(false);
    expect(of('WK091740')?.key).toBe('21');
  });
});

describe('the blank map the page starts with (while the data load)', () => {
  const features = (style: StyleSpecification) =>
    Object.values(style.sources).map((src) => (src.type === 'geojson' ? (src.data as GeoJSON.FeatureCollection).features.length : -1));

  it('has the layers of the data description and empty sources, so the data only fill the sources in', () => {
    useStore.getState().setLevel('buurt');
    const blank = selectBlankDescription(useStore.getState(), FONT);
    const full = describeNow();
    expect([blank.hasData, full.hasData]).toEqual([false, true]);
    expect(ids(blank.style)).toEqual(ids(full.style));
    expect(features(blank.style).every((n) => n === 0)).toBe(true);
    expect(features(full.style).some((n) => n > 0)).toBe(true);
    const steps = commands(blank.style, full.style);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.filter((c) => !c.startsWith('setGeoJSONSourceData'))).toEqual([]);
  });
});
