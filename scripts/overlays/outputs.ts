/** Turn the built overlay items into geodata/ files (CSV + GeoJSON). Column lists are the file contract. */
import type { Colony } from './colonies.ts';
import { colonyGeometry } from './colonies.ts';
import type { ProjectOut } from './projects.ts';
import type { CsvValue, OutFeature } from './writers.ts';
import { commaCoord, writeCsv, writeGeojson } from './writers.ts';
import { OVERLAY_FILES } from '../../src/config/geodata-files.ts';

import { COLONY_COLUMNS } from '../../src/domain/overlays/parse-colonies.ts';
import { PROJECT_COLUMNS } from '../../src/domain/overlays/parse-projects.ts';

/** The column lists are the app's readers' (one file contract). */
export { COLONY_COLUMNS, PROJECT_COLUMNS };

export function writeColonies(colonies: readonly Colony[]): string[] {
  const rows = colonies.map((c): Record<string, CsvValue> => ({
    nr: c.nr,
    naam: c.naam,
    bouwjaren: c.bouwjaren,
    architect: c.architect,
    status_code: c.status_code,
    status_tekst: c.status_tekst,
    status_afwijking: c.status_afwijking,
    precisie: c.precisie,
    cbs_code: c.cbs_code,
    lat: commaCoord(c.lat),
    lon: commaCoord(c.lon),
    bron: c.bron,
    toelichting: c.toelichting,
  }));
  const features: OutFeature[] = colonies.flatMap((c) => {
    const geometry = colonyGeometry(c);
    if (!geometry) return [];
    const properties = {
      nr: c.nr,
      naam: c.naam,
      bouwjaren: c.bouwjaren,
      architect: c.architect,
      status_code: c.status_code,
      status_tekst: c.status_tekst,
      status_afwijking: c.status_afwijking,
      vlak_ruimer_dan_kolonie: c.vlak_ruimer_dan_kolonie,
      precisie: c.precisie,
      cbs_code: c.cbs_code,
      bron: c.bron,
      toelichting: c.toelichting,
    };
    return [{ geometry, properties }];
  });
  return [writeCsv(OVERLAY_FILES.colonies, COLONY_COLUMNS, rows), writeGeojson(OVERLAY_FILES.coloniesGeo, features)];
}

export function writeProjects(projects: readonly ProjectOut[]): string[] {
  const props = (p: ProjectOut): Record<string, CsvValue> => ({
    id: p.id,
    nr: p.nr,
    naam: p.naam,
    gemeente: p.gemeente,
    corporaties: p.corporaties,
    vhf: p.flags?.vhf ?? null,
    wbi: p.flags?.wbi ?? null,
    sbi: p.flags?.sbi ?? null,
    regiodeal: p.flags?.regiodeal ?? null,
    du: p.flags?.du ?? null,
    soort: p.soort,
    woningen: p.woningen,
    periode: p.periode,
    precisie: p.precisie,
    cbs_code: p.cbs_code,
    bron: p.bron,
    toelichting: p.toelichting,
  });
  const rows = projects.map((p) => ({ ...props(p), lat: commaCoord(p.lat), lon: commaCoord(p.lon) }));
  const features: OutFeature[] = projects.flatMap((p) =>
    p.lat !== null && p.lon !== null ? [{ geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] }, properties: props(p) }] : [],
  );
  return [writeCsv(OVERLAY_FILES.projects, PROJECT_COLUMNS, rows), writeGeojson(OVERLAY_FILES.projectsGeo, features)];
}
