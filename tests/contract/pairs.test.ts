/**
 * The pair finder of the store on the real geodata, as the stadshuwelijk is defined (002 §4.3, 000): the literal
 * candidate rule, the liveability reference in force, NPLV Heerlen-Noord closed to strong partners (and said when
 * the layer has not loaded), the Parkstadshuwelijk anchored on Heerlen, the five-term ranking with its dominant term.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readRawGeodata } from '../../scripts/lib/read-geodata';
import { buildDataset } from '../../src/domain/dataset';
import { parseNplv } from '../../src/domain/overlays/parse-nplv';
import { useStore } from '../../src/state/store';
import { selectPairFinder, type PairFinder } from '../../src/state/selectors';
import { emptyScenario } from '../../src/state/slices/scenario';

const base = buildDataset(readRawGeodata());
const nplv = parseNplv(JSON.parse(readFileSync(resolve(import.meta.dirname, '..', '..', 'geodata', 'nplv.geojson'), 'utf8'))).value;
const overlayData = { colonies: [], projects: [], nplv };
const initial = useStore.getState();
const NPLV_STRONG = ['WK091711', 'WK091713', 'WK091714'];

beforeEach(() => useStore.setState({ ...initial, base, overlayData, draft: emptyScenario() }, true));
const finder = (): PairFinder => {
  const f = selectPairFinder(useStore.getState());
  if (!f) throw new Error('no finder');
  return f;
};
const scattered = (p: PairFinder['pairs'][number]) => /verspreide huizen/i.test(p.vulnerable.name + p.strong.name);

describe('stadshuwelijk within Heerlen (wijken, the defaults)', () => {
  it('says the national reference (afw 0) is active', () => expect(finder().set.reference).toEqual({ kind: 'national', value: 0 }));
  it('has 8 vulnerable wijken (share above Heerlen’s 36 %, afw below 0) and 4 strong ones: 32 pairs', () => {
    const f = finder();
    expect(f.set.vulnerable.map((c) => c.code)).toEqual([
      'WK091712',
      'WK091720',
      'WK091721',
      'WK091731',
      'WK091732',
      'WK091734',
      'WK091739',
      'WK091740',
    ]);
    expect(f.set.strong.map((c) => c.code)).toEqual(['WK091736', 'WK091737', 'WK091738', 'WK091741']);
    expect(f.pairs).toHaveLength(32);
  });
  it('has Vrieheide-De Stack (WK091720) in the pair list: Vrieheide-De Stack → Welten-Benzenrade is nr. 4', () => {
    const p = finder().pairs.find((x) => x.id === 'WK091720|WK091736');
    expect([p?.rank, p?.dominant]).toEqual([4, 'shareStrong']);
  });
  it('ranks Heerlerbaan-Centrum → Welten-Benzenrade first, carried most by Heerlerbaan-Centrum’s share above average', () => {
    const top = finder().pairs[0];
    expect([top?.id, top?.dominant]).toEqual(['WK091740|WK091736', 'shareVulnerable']);
    expect(top?.score).toBeCloseTo(3.27, 2);
  });
  it('leaves out the three wijken under 100 dwellings and no others', () =>
    expect(finder().set.excluded).toEqual([
      { code: 'WK091723', reason: 'small' },
      { code: 'WK091735', reason: 'small' },
      { code: 'WK091742', reason: 'small' },
    ]));
  it('shows distance but gives it no weight', () => expect(finder().pairs.every((p) => p.terms.distance.contribution === 0)).toBe(true));
  it('with the strong partner’s capacity aimed at the band’s centre, Welten-Benzenrade can take 983 instead of 398', () => {
    expect(finder().set.strong.find((c) => c.code === 'WK091736')?.capacity).toBe(398);
    useStore.getState().setCompensationAim('centre');
    expect(finder().set.strong.find((c) => c.code === 'WK091736')?.capacity).toBe(983);
  });
  it('re-ranks on a weight: with only distance (3) the closest pair leads, Heerlerbaan-Centrum → Heerlerbaan-Schil', () => {
    const s = useStore.getState();
    for (const k of ['shareVulnerable', 'shareStrong', 'liveability', 'capacity'] as const) s.setWeight(k, 0);
    s.setWeight('distance', 3);
    expect([finder().pairs[0]?.id, finder().pairs[0]?.dominant]).toEqual(['WK091740|WK091741', 'distance']);
    s.resetWeights();
    expect(finder().pairs[0]?.id).toBe('WK091740|WK091736');
  });
});

describe('NPLV Heerlen-Noord and the liveability reference', () => {
  it('with the scope’s own mean as reference, names it and its value, and leaves out three strong wijken inside NPLV', () => {
    useStore.getState().setPairCriteria({ reference: 'scope-mean' });
    const f = finder();
    expect(f.set.reference.kind).toBe('scope-mean');
    expect(f.set.reference.value).toBeCloseTo(-0.0841, 4);
    expect(f.nplv).toBe('applied');
    expect(f.set.excluded.filter((e) => e.reason === 'nplv-partner').map((e) => e.code)).toEqual(NPLV_STRONG);
    expect(f.pairs).toHaveLength(30);
  });
  it('before the NPLV layer has loaded says so (`pending`) instead of pretending to exclude', () => {
    useStore.setState({ overlayData: null });
    useStore.getState().setPairCriteria({ reference: 'scope-mean' });
    const f = finder();
    expect(f.nplv).toBe('pending');
    expect(f.set.strong.map((c) => c.code)).toEqual(expect.arrayContaining(NPLV_STRONG));
  });
  it('says `failed` when the layer could not load, and `off` when the planner includes NPLV partners', () => {
    useStore.setState({ overlayData: null, overlaysFailed: true });
    expect(finder().nplv).toBe('failed');
    useStore.getState().setPairCriteria({ excludePartnersInNplv: false });
    expect(finder().nplv).toBe('off');
  });
  it('at buurt level leaves out the buurten of NPLV wijken as strong partners', () => {
    useStore.setState({ level: 'buurt' });
    useStore.getState().setPairCriteria({ reference: 'scope-mean' });
    const f = finder();
    const inNplv = (code: string) =>
      NPLV_STRONG.concat(nplv.areas.filter((a) => a.role === 'nplv-wijk').map((a) => a.code)).includes(`WK${code.slice(2, 8)}`);
    expect(f.set.strong.filter((c) => inNplv(c.code))).toEqual([]);
    expect(f.set.excluded.some((e) => e.reason === 'nplv-partner')).toBe(true);
  });
});

describe('Parkstadshuwelijk (Parkstad scope)', () => {
  beforeEach(() => useStore.setState({ scope: 'parkstad' }));
  it('anchors on Heerlen: 8 vulnerable Heerlen wijken, 10 partners elsewhere, 80 pairs', () => {
    const f = finder();
    expect(f.parkstad).toBe(true);
    expect([f.set.vulnerable.length, f.set.strong.length, f.pairs.length]).toEqual([8, 10, 80]);
    expect(f.pairs.every((p) => p.vulnerable.gemeenteCode === 'GM0917' && p.strong.gemeenteCode !== 'GM0917')).toBe(true);
  });
  it('has no "Verspreide huizen" in the top 5; Heerlerbaan-Centrum → Brunssum-Zuid leads', () => {
    const f = finder();
    expect(f.pairs.slice(0, 5).filter(scattered)).toEqual([]);
    expect(f.pairs[0]?.id).toBe('WK091740|WK089904');
  });
  it('uses 500 dwellings as the default minimum, adjustable: Ransdaal (407) comes in at 400', () => {
    expect(finder().criteria.minDwellings).toBe(500);
    expect(finder().set.excluded).toContainEqual({ code: 'WK098605', reason: 'small' });
    useStore.getState().setMinDwellings('parkstadshuwelijk', 400);
    expect(finder().set.excluded.map((e) => e.code)).not.toContain('WK098605');
    expect(useStore.getState().pairCriteria.minDwellings.stadshuwelijk).toBe(100);
  });
  it('leaves out "Verspreide huizen Voerendaal" by its name, unless the planner includes scattered houses', () => {
    useStore.getState().setMinDwellings('parkstadshuwelijk', 100);
    expect(finder().set.excluded).toContainEqual({ code: 'WK098609', reason: 'scattered' });
    useStore.getState().setPairCriteria({ excludeScattered: false });
    expect(finder().set.excluded.map((e) => e.code)).not.toContain('WK098609');
  });
});

describe('the store keeps settings within bounds', () => {
  it('a negative weight is 0; a minimum above 5,000 is 5,000', () => {
    const s = useStore.getState();
    s.setWeight('liveability', -2);
    s.setMinDwellings('stadshuwelijk', 9999);
    expect([useStore.getState().weights.liveability, useStore.getState().pairCriteria.minDwellings.stadshuwelijk]).toEqual([0, 5000]);
  });
});
