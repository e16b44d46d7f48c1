/** Assemble the overlay data (mining colonies, NPLV Heerlen-Noord, projects) from their texts, collecting every problem. */
import type { Parsed } from '../types';
import { parseColonies } from './parse-colonies';
import { parseProjects } from './parse-projects';
import { parseNplv } from './parse-nplv';
import type { OverlayData } from './types';

export interface RawOverlays {
  files: { colonies: string; nplv: string; projects: string };
  coloniesCsv: string;
  coloniesGeo: unknown;
  nplvGeo: unknown;
  projectsCsv: string;
}

export function buildOverlays(raw: RawOverlays): Parsed<OverlayData> {
  const colonies = parseColonies(raw.coloniesCsv, raw.coloniesGeo, raw.files.colonies);
  const nplv = parseNplv(raw.nplvGeo, raw.files.nplv);
  const projects = parseProjects(raw.projectsCsv, raw.files.projects);
  return {
    value: { colonies: colonies.value, nplv: nplv.value, projects: projects.value },
    issues: [...colonies.issues, ...nplv.issues, ...projects.issues],
  };
}
