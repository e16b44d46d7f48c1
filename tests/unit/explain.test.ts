/** Issue 13, the pure parts: sources named as documents, the scope of a search result, label texts, view-slice rules. */
import { afterEach, describe, expect, it } from 'vitest';
import { nameDocuments, nameSeeds, sourceDocuments } from '../../src/i18n/documents';
import { scopeForArea } from '../../src/state/search-pick';
import { labelTexts } from '../../src/map/label-text';
import { useStore } from '../../src/state/store';
import type { AreaView } from '../../src/state/view-model';

const LEENHOF =
  'seed 000_593056608ede5956.txt (tabel Overzicht Mijnkoloniën, rij 1) | places/colonies.csv: [RCE-SDG] BRON_ID 239 part 1; [OMD-LEENHOF]; [SATIJN-LEENHOF] | heritage/rce-gezichten-parkstad.geojson BRON_ID 239 (Heerlen-Landgraaf - Leenhof-Schaesberg)';
const SCHINVELD =
  'seed 001_de395b77aedac6da.txt (regionale projectenportefeuille, rij 2) | CBS 2024 buurt BU19540000 Schinveld (geodata/buurten.geojson)';
const NPLV_WIJK = 'places/nplv.md; seed 000_593056608ede5956.txt (leefbaarheid); geometrie en inwoners: geodata/wijken.geojson';
const FORBIDDEN = /\.(csv|geojson|json|md|txt)\b|seed|BRON_ID|\/work\//i;

describe('sources named as documents', () => {
  it('Leenhof I: the table row of the prestatieafspraken, the colony research and the RCE townscape, no files', () => {
    expect(sourceDocuments(LEENHOF, 'nl')).toEqual([
      'Meerjarige prestatieafspraken Heerlen 2024–2028 (tabel Overzicht Mijnkoloniën, rij 1)',
      'bronnenonderzoek mijnkoloniën',
      'RCE, rijksbeschermd gezicht Heerlen-Landgraaf - Leenhof-Schaesberg',
    ]);
  });
  it('in English too', () => {
    expect(sourceDocuments(LEENHOF, 'en')).toEqual([
      'Multi-year performance agreements Heerlen 2024–2028 (tabel Overzicht Mijnkoloniën, rij 1)',
      'source research on the mining colonies',
      'RCE, protected townscape Heerlen-Landgraaf - Leenhof-Schaesberg',
    ]);
  });
  it('a portfolio project placed in a CBS buurt: the document and the buurt, without the file', () => {
    expect(sourceDocuments(SCHINVELD, 'nl')).toEqual([
      'Regionale prestatieafspraken Parkstad Limburg 2024–2028 (regionale projectenportefeuille, rij 2)',
      'CBS 2024 buurt BU19540000 Schinveld',
    ]);
  });
  it('an NPLV wijk: the research, the passage of the prestatieafspraken, the CBS map', () => {
    expect(sourceDocuments(NPLV_WIJK, 'nl')).toEqual([
      'bronnenonderzoek wijken Heerlen-Noord',
      'Meerjarige prestatieafspraken Heerlen 2024–2028 (leefbaarheid)',
      'geometrie en inwoners: CBS wijk- en buurtkaart',
    ]);
  });
  it('no named source keeps a file name, "seed" or BRON_ID', () => {
    for (const line of [LEENHOF, SCHINVELD, NPLV_WIJK])
      for (const lang of ['nl', 'en'] as const) for (const doc of sourceDocuments(line, lang)) expect(doc).not.toMatch(FORBIDDEN);
  });
  it('notes name the research instead of the file: "volgens nplv.md" → "volgens bronnenonderzoek wijken Heerlen-Noord"', () => {
    expect(nameDocuments('bevestigd/afgeleid volgens nplv.md.', 'nl')).toBe(
      'bevestigd/afgeleid volgens bronnenonderzoek wijken Heerlen-Noord.',
    );
    expect(nameDocuments('punt uit places/projects.csv', 'en')).toBe('punt uit source research on the projects');
  });
  it('the trace keeps the research files but names the policy documents', () => {
    expect(nameSeeds(SCHINVELD, 'nl')).toBe(
      'Regionale prestatieafspraken Parkstad Limburg 2024–2028 (regionale projectenportefeuille, rij 2) | CBS 2024 buurt BU19540000 Schinveld (geodata/buurten.geojson)',
    );
  });
});

describe('search: the scope a found area is shown in', () => {
  it('Rolduckerveld (Kerkrade) found from Heerlen opens Kerkrade', () => expect(scopeForArea('GM0928', 'GM0917')).toBe('GM0928'));
  it('an area of the scope keeps the scope', () => expect(scopeForArea('GM0917', 'GM0917')).toBe('GM0917'));
  it('Parkstad covers all 7 gemeenten', () => expect(scopeForArea('GM0928', 'parkstad')).toBe('parkstad'));
});

describe('label texts', () => {
  const view = (code: string, pct: number | null, computed = false) => ({ code, pct, computed, privatePct: 12 }) as unknown as AreaView;
  const key = [{ code: 'WK091740', n: 21, name: 'Heerlerbaan-Centrum' }];
  it('values off: the number only', () => {
    expect([...labelTexts(key, null, 'corporation', 'nl')]).toEqual([['WK091740', { key: '21', value: '' }]]);
  });
  it('values on: the number with a whole CBS percentage; a computed share with one decimal; a buurt under its name', () => {
    const byCode = new Map([
      ['WK091740', view('WK091740', 78)],
      ['BU09172000', view('BU09172000', 71.5, true)],
    ]);
    expect(Object.fromEntries(labelTexts(key, byCode, 'corporation', 'nl'))).toEqual({
      WK091740: { key: '21\n78\u00a0%', value: '' },
      BU09172000: { key: '', value: '71,5\u00a0%' },
    });
    expect(labelTexts(key, byCode, 'private-rent', 'en').get('WK091740')).toEqual({ key: '21\n12\u00a0%', value: '' });
  });
});

describe('view slice rules of issue 13', () => {
  const initial = useStore.getState();
  afterEach(() => useStore.setState(initial, true));
  it('choosing a row keeps the user in the table; a map click elsewhere opens the area panel', () => {
    useStore.getState().setPanel('table');
    useStore.getState().select('WK091740');
    expect(useStore.getState().panel).toBe('table');
    useStore.getState().setPanel('layers');
    useStore.getState().select('WK091736');
    expect(useStore.getState().panel).toBe('area');
  });
  it('a basemap that cannot load unticks itself (offline again) and says so; ticking it again clears the notice', () => {
    useStore.getState().setBasemap('pdok');
    useStore.getState().setBasemapFailed(true);
    expect(useStore.getState()).toMatchObject({ basemap: 'offline', basemapFailed: true });
    useStore.getState().setBasemap('pdok');
    expect(useStore.getState()).toMatchObject({ basemap: 'pdok', basemapFailed: false });
  });
});

describe('notes without the research’s English words', () => {
  it('drops "nplv.md §2b: unverified candidate (…)" and keeps the Dutch', async () => {
    const { withoutResearchNotes } = await import('../../src/i18n/documents');
    expect(
      withoutResearchNotes(
        'Woonboulevard-Ten Esschen (WK091735) niet opgenomen: WK091735 heeft 170 inwoners; dat verklaart het verschil niet. nplv.md §2b: unverified candidate (mainly woonboulevard / Ten Esschen, few residents)',
      ),
    ).toBe('Woonboulevard-Ten Esschen (WK091735) niet opgenomen: WK091735 heeft 170 inwoners; dat verklaart het verschil niet.');
  });
});
