/** Overlay items: mining colonies (seed 000), NPLV Heerlen-Noord (seeds 000/004), restructuring projects (seed 001 + places). */
import type { AreaGeometry } from '../types';
import type { PolicySource } from '../policy-source';
import type { ColonyDisplayStatus } from './colony-status';

export type StatusCode = '1' | '2' | '3' | '4' | '4.5' | '5';
export const STATUS_CODES: readonly StatusCode[] = ['1', '2', '3', '4', '4.5', '5'];

/** How exactly an item is located: an official polygon, a CBS area, a town, a point given by a source, or unknown. */
export type Precision = 'polygoon' | 'buurt' | 'wijk' | 'stadsdeel' | 'locatie' | 'onbekend';

export interface Colony {
  nr: number;
  name: string;
  years: string;
  architect: string;
  status: StatusCode;
  /** The status text exactly as the seed prints it. */
  statusText: string;
  /** True where the seed's code and text disagree (Slakken-Horst-Metten: "4." with "geen"). */
  statusMismatch: boolean;
  /** How the colony is drawn, listed and filtered (colony-status.ts): `conflict` where code and text disagree. */
  display: ColonyDisplayStatus;
  precision: Precision;
  cbsCode: string;
  /** [lon, lat] or null when the location is unknown. */
  point: [number, number] | null;
  /** RCE polygon for colonies inside a protected townscape. */
  polygon: AreaGeometry | null;
  /** The RCE polygon is larger than the colony itself (Leenhof II). */
  polygonWider: boolean;
  source: string;
  note: string;
}

export type ProjectKind = 'herstructurering' | 'nieuwbouw' | 'transformatie' | 'gebiedsontwikkeling' | 'renovatie/verduurzaming' | 'overig';
export const PROJECT_KINDS: readonly ProjectKind[] = [
  'herstructurering',
  'nieuwbouw',
  'transformatie',
  'gebiedsontwikkeling',
  'renovatie/verduurzaming',
  'overig',
];

export type Funding = 'vhf' | 'wbi' | 'sbi' | 'regiodeal' | 'du';
export const FUNDINGS: readonly Funding[] = ['vhf', 'wbi', 'sbi', 'regiodeal', 'du'];

export interface Project {
  id: string;
  /** Number in the seed 001 portfolio, or null for projects from other sources. */
  nr: number | null;
  name: string;
  gemeente: string;
  corporations: string;
  funding: Record<Funding, boolean>;
  kind: ProjectKind;
  dwellings: string;
  period: string;
  precision: Precision;
  cbsCode: string;
  point: [number, number] | null;
  source: string;
  note: string;
}

export interface NplvArea {
  role: 'nplv-wijk' | 'focus';
  code: string;
  name: string;
  basis: 'confirmed' | 'inferred';
  note: string;
  source: string;
  /** Policy passages cited for this area (document, section, verbatim words), e.g. seed 000 for an inferred wijk. */
  sources: PolicySource[];
  geometry: AreaGeometry;
}

export interface NplvFact {
  key: string;
  value: number | null;
  text: string;
  source: string;
  quote: string;
}

export interface NplvData {
  areas: NplvArea[];
  facts: NplvFact[];
  /** Kinds of projects named in seed 004, with quotes. */
  projectKinds: { name: string; quote: string; source: string }[];
  selectionNote: string;
}

export interface OverlayData {
  colonies: Colony[];
  projects: Project[];
  nplv: NplvData;
}
