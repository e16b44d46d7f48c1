/**
 * Identifiers of the raw sources (file names, CBS table ids, labels, upstream repository and commit as recorded
 * in ../shared/data/{cbs,liveability}/PROVENANCE.md). build-data.ts checks that every commit listed here occurs
 * in the PROVENANCE file it was taken from, so a typo fails the build.
 */

export interface UpstreamRef {
  repo: string;
  path: string;
  commit: string;
  /** PROVENANCE.md (relative to the shared data dir) that records this commit */
  provenance: string;
}

const CBS_PROV = 'cbs/PROVENANCE.md';
const LBM_PROV = 'liveability/PROVENANCE.md';

/** Gemeenten whose gemeente, wijk and buurt rows come from the KWB 2024 dump. */
export const KWB2024_GEMEENTEN = ['GM0882', 'GM0899', 'GM0917', 'GM0928', 'GM1954'] as const;
/** Gemeenten missing from the truncated KWB 2024 dump (Simpelveld, Voerendaal). */
export const FALLBACK_GEMEENTEN = ['GM0965', 'GM0986'] as const;

export const RAW = {
  kwb2024: 'cbs/kwb2024_85984NED_parkstad_rows.csv',
  kwb2024Subset: 'cbs/kwb2024_niquedegraaff_parkstad7_gemeente_wijk.json',
  kwb2025Wijken: 'cbs/kwb2025_86165NED_wijken_simpelveld_voerendaal_tenure.csv',
  gemeenteKaart: 'cbs/kwb_gemeenten_parkstad7_2012_2023_geoinzicht.csv',
  gemeenten: 'cbs/geoinzicht_gemeenten_2024_parkstad7_wgs84.geojson',
  wijken: 'cbs/geoinzicht_wijken_2024_parkstad7_wgs84.geojson',
  buurten: 'cbs/cbs_buurten_2024_parkstad4_wgs84.geojson',
  wijkenDissolved: 'cbs/cbs_wijken_2024_parkstad4_dissolved_wgs84.geojson',
  lbmWijken: 'liveability/leefbaarometer_2024release_wijken_parkstad_2020_2022_2024.csv',
  lbmBuurten: 'liveability/leefbaarometer_2024release_buurten_parkstad_2020_2022_2024.csv',
} as const;

export const BRON = {
  kwb2024: 'CBS KWB 2024 (85984NED)',
  /** The brief's text uses `;` before "woningen"; `,` is used because `;` is the CSV delimiter (no quoting). */
  kwb2025: 'CBS KWB 2025 (86165NED), woningen: CBS KWB 2024 (85984NED)',
  gemeenteKaart: (year: string): string => `CBS Wijk- en buurtkaart ${year} (PDOK)`,
} as const;

export const PEILJAAR = { kwb2024: '2024', kwb2025: '2025' } as const;

export const UPSTREAM = {
  kwb2024: {
    repo: 'dertje/cbs_datasets',
    path: 'output_files/all_datasets/85984NED.csv',
    commit: 'fda6426717585e4e84673ce6b2bb2a4fe1b4fef5',
    provenance: CBS_PROV,
  },
  kwb2024Subset: {
    repo: 'niquedegraaff/Wikipedia-Generator-CBS-Kerncijfers-Wijken-en-Buurten',
    path: '2024/cbs_data/stripped_filtered_data_2024.json',
    commit: '5598198273babd9816e156b4eeb43626f351a17f',
    provenance: CBS_PROV,
  },
  buurten: {
    repo: 'cartomap/nl',
    path: 'rd/buurt_2024.geojson',
    commit: '01e3b4cea860e7bb5dc3bddbfff72d3e4f4709e6',
    provenance: CBS_PROV,
  },
  wijken: {
    repo: 'AnneVersion/geoinzicht-app',
    path: 'wijken_2024.geojson',
    commit: '25103b81c80abe1f18c1097afa83c22dda414edc',
    provenance: CBS_PROV,
  },
  gemeenten: {
    repo: 'AnneVersion/geoinzicht-app',
    path: 'gemeenten_2024.geojson',
    commit: '167d2924cc99b8748885f0bda2f5152dbe2fd3ae',
    provenance: CBS_PROV,
  },
  gemeenteKaart: {
    repo: 'AnneVersion/geoinzicht-app',
    path: 'gemeenten_{2012,2017,2018,2019,2022,2023}.geojson',
    commit: 'e6333c28a97fedd3db3cf68cccbebd1e83dbd8f0',
    provenance: LBM_PROV,
  },
  kwb2025Wijken: {
    repo: 'AnneVersion/geoinzicht-app',
    path: 'wijken_2025.geojson',
    commit: 'b21ea024ae0e319e0bdc96147c314fddfa284ed2',
    provenance: LBM_PROV,
  },
  lbmBuurten: {
    repo: 'Applied-Spatial-Analytics/create-your-report-groupb',
    path: 'Rotterdam_data/Liveablility/Leefbaarometer-scores_buurten.csv',
    commit: 'ff04661b0843aec904ce511235a617e7ed82d439',
    provenance: LBM_PROV,
  },
  lbmWijken: {
    repo: 'Applied-Spatial-Analytics/create-your-report-groupb',
    path: 'Liveablility/Leefbaarometer-scores_wijken.csv',
    commit: '12ca0070d15d7f5c8c047ea4375ad31a7359d2b6',
    provenance: LBM_PROV,
  },
} as const satisfies Record<string, UpstreamRef>;

export const ATTRIBUTION = {
  cbs: 'Bron: CBS, Kerncijfers wijken en buurten 2024 (85984NED); geometrie CBS/Kadaster via PDOK, CC BY 4.0',
  lbm: 'Bron: Leefbaarometer 3.0, Ministerie van BZK (2024)',
  basemap: 'Kaartgegevens © Kadaster (BRT-Achtergrondkaart), CC BY 4.0',
} as const;
