/**
 * Identifiers of the raw sources (file names, CBS table ids, labels, upstream repository and commit as recorded
 * in ../shared/data/{boundaries,cbs,liveability,trend}/PROVENANCE.md). build-data.ts checks that every commit
 * listed here occurs in the PROVENANCE file it was taken from, so a typo fails the build.
 */
import { ATTRIBUTION as APP_ATTRIBUTION } from '../../src/config/sources.ts';

export interface UpstreamRef {
  repo: string;
  path: string;
  commit: string;
  /** PROVENANCE.md (relative to the shared data dir) that records this commit */
  provenance: string;
}

const CBS_PROV = 'cbs/PROVENANCE.md';
const LBM_PROV = 'liveability/PROVENANCE.md';
const BOUNDARIES_PROV = 'boundaries/PROVENANCE.md';
const TREND_PROV = 'trend/PROVENANCE.md';

/** Gemeenten whose gemeente, wijk and buurt rows come from the KWB 2024 dump. */
export const KWB2024_GEMEENTEN = ['GM0882', 'GM0899', 'GM0917', 'GM0928', 'GM1954'] as const;
/** Gemeenten missing from the truncated KWB 2024 dump (Simpelveld, Voerendaal). */
export const FALLBACK_GEMEENTEN = ['GM0965', 'GM0986'] as const;

export const RAW = {
  kwb2024: 'cbs/kwb2024_85984NED_parkstad_rows.csv',
  kwb2024Subset: 'cbs/kwb2024_niquedegraaff_parkstad7_gemeente_wijk.json',
  kwb2025Wijken: 'cbs/kwb2025_86165NED_wijken_simpelveld_voerendaal_tenure.csv',
  /** Gemeente names and outlines (names used; outlines only to cross-check the dissolved gemeenten). */
  gemeenten: 'cbs/geoinzicht_gemeenten_2024_parkstad7_wgs84.geojson',
  /** Wijk names (the geometry comes from `boundaryWijken`). */
  wijken: 'cbs/geoinzicht_wijken_2024_parkstad7_wgs84.geojson',
  /** The 201 buurten, CBS wijk- en buurtkaart 2016 geometry with 2024 codes, 5 m topology-preserving simplification. */
  boundaryBuurten: 'boundaries/buurten_parkstad7_2024codes_cbsgeom2016_simplified5m_wgs84.geojson',
  /** The same buurten unsimplified: only its `source` record is read (the simplified file has none). */
  boundaryBuurtenFull: 'boundaries/buurten_parkstad7_2024codes_cbsgeom2016_wgs84.geojson',
  /** The 49 wijken dissolved from the simplified buurten. */
  boundaryWijken: 'boundaries/wijken_parkstad7_dissolved_cbsgeom2016_simplified5m_wgs84.geojson',
  trend: 'trend/cbs82900NED_woningvoorraad_eigendom_parkstad_2012_2024.csv',
  gemeenten2024: 'trend/simpelveld_voerendaal_2024_best_available.csv',
  lbmWijken: 'liveability/leefbaarometer_2024release_wijken_parkstad_2020_2022_2024.csv',
  lbmBuurten: 'liveability/leefbaarometer_2024release_buurten_parkstad_2020_2022_2024.csv',
} as const;

export const BRON = {
  kwb2024: 'CBS KWB 2024 (85984NED)',
  /** The brief's text uses `;` before "woningen"; `,` is used because `;` is the CSV delimiter (no quoting). */
  kwb2025: 'CBS KWB 2025 (86165NED), woningen: CBS KWB 2024 (85984NED)',
  /** Simpelveld and Voerendaal gemeente rows (`;` of the table name replaced: it is the CSV delimiter). */
  gemeenten2024: 'CBS Voorraad woningen, eigendom (82900NED) 2024, WOZ: CBS 85036NED',
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
  boundaries: {
    repo: 'whosonfirst-data/whosonfirst-data-admin-nl',
    path: 'data/ (240 records: the 7 gemeenten and Onderbanken, Nuth, Schinnen)',
    commit: 'f7b35802f907eb1eb010f51586586bfaac5bb7e5',
    provenance: BOUNDARIES_PROV,
  },
  trend: {
    repo: 'dertje/cbs_datasets',
    path: 'output_files/all_datasets/82900NED.csv',
    commit: 'd06c9ccb6af130e0d7b341a001554c49f76b8f5a',
    provenance: TREND_PROV,
  },
  woz: {
    repo: 'dertje/cbs_datasets',
    path: 'output_files/all_datasets/85036NED.csv',
    commit: '19ce4e169615533953bd3a40a7c5651294157407',
    provenance: TREND_PROV,
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

/** The attribution lines, as the app names them (src/config/sources.ts). */
export const ATTRIBUTION = APP_ATTRIBUTION;
