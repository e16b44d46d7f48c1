/**
 * NPLV Heerlen-Noord overlay: the CBS wijken of the area (with basis confirmed / inferred), the three
 * focus areas named in seed 000, and the seed 004 facts as top-level metadata.
 *
 * Unverified candidate wijken from nplv.md §2b are judged by population: with the confirmed and inferred
 * wijken summed (CBS 2024 inhabitants, geoinzicht file), a candidate is added (basis "inferred") only
 * when it closes at least half of the remaining gap to seed 004's inhabitant count.
 */
import type { CbsData } from './cbs-areas.ts';
import { areaByCode } from './cbs-areas.ts';
import type { NplvMd } from './nplv-md.ts';
import { sourceKeys } from './nplv-md.ts';
import type { NamedItem, NplvFacts } from './seed-texts.ts';
import { NPLV_MD } from './places.ts';
import { coreNames } from './project-merge.ts';
import type { OutFeature } from './writers.ts';

export interface NplvResult {
  features: OutFeature[];
  metadata: Record<string, unknown>;
  log: string[];
}

export function buildNplv(md: NplvMd, focusItems: readonly NamedItem[], facts: NplvFacts, cbs: CbsData): NplvResult {
  const log: string[] = [];
  const inwoners = (code: string): number => areaByCode(cbs, code).inwoners ?? 0;
  const known = md.wijken.filter((w) => w.basis !== 'unverified');
  const sum = known.reduce((s, w) => s + inwoners(w.code), 0);
  const gap = facts.inwoners.waarde - sum;
  const excluded: Record<string, unknown>[] = [];
  const chosen = md.wijken
    .map((w) => {
      const area = areaByCode(cbs, w.code);
      const keys = sourceKeys(`${w.evidence} ${w.section === '2a' ? md.stadsdelenClaim : ''}`).join(', ');
      if (w.basis !== 'unverified') {
        const why =
          w.section === '2a'
            ? `Stadsdelen Hoensbroek en Heerlerheide horen bij Heerlen-Noord (nplv.md: "${md.stadsdelenClaim}"); wijklijst nplv.md §2a.`
            : `nplv.md §2b: ${w.evidence}`;
        return { w, area, basis: w.basis, toelichting: `${why} Bronnen: ${keys || 'zie nplv.md'}.` };
      }
      const pop = inwoners(w.code);
      const test = `Inwonertoets: ${known.length} bevestigde/afgeleide wijken tellen ${sum} inwoners (CBS 2024), seed 004 noemt ${facts.inwoners.tekst}; verschil ${gap}. ${w.code} heeft ${pop} inwoners`;
      if (gap > 0 && pop >= gap / 2) {
        log.push(`${w.code} opgenomen als inferred (${pop} inwoners, verschil ${gap})`);
        return {
          w,
          area,
          basis: 'inferred' as const,
          toelichting: `nplv.md §2b: ${w.evidence}. ${test} en dicht minstens de helft van dat verschil: opgenomen als afgeleid (inferred), niet bevestigd.`,
        };
      }
      excluded.push({ code: w.code, naam: area.naam, reden: `${test}; dat verklaart het verschil niet. nplv.md §2b: ${w.evidence}` });
      log.push(`${w.code} niet opgenomen (${pop} inwoners, verschil ${gap})`);
      return null;
    })
    .filter((x) => x !== null);
  const wijkFeatures: OutFeature[] = chosen.map(({ w, area, basis, toelichting }) => ({
    geometry: area.geometry,
    properties: {
      rol: 'nplv-wijk',
      code: w.code,
      naam: area.naam,
      basis,
      inwoners_2024: area.inwoners,
      toelichting,
      bron: `${NPLV_MD}; geometrie en inwoners: ${area.file}`,
    },
  }));
  const focusFeatures: OutFeature[] = focusItems.map((it) => {
    const rows = md.focus.filter((f) => coreNames(f.naam.split(':')[0] ?? '').some((c) => coreNames(it.naam).includes(c)));
    const [row] = rows;
    if (rows.length !== 1 || !row || row.basis === 'unverified')
      throw new Error(`Focus area "${it.naam}": ${rows.length} usable rows in ${NPLV_MD}`);
    const [code] = row.codes;
    if (!code) throw new Error(`Focus area "${it.naam}" has no code`);
    const area = areaByCode(cbs, code);
    return {
      geometry: area.geometry,
      properties: {
        rol: 'focus',
        naam: it.naam,
        basis: row.basis,
        code,
        codes: row.codes,
        toelichting: `Seed ${it.seed}: "${it.citaat}". Afbakening volgens nplv.md §3 (${row.naam}): ${row.status}; ${row.mapping}. Vlak = CBS 2024 ${area.level} ${area.code} ${area.naam}.`,
        bron: `seed ${it.seed}; ${NPLV_MD}; geometrie ${area.file}`,
      },
    };
  });
  const fact = (
    f: { waarde: number; tekst: string; seed: string; citaat: string },
    extra: Record<string, unknown> = {},
  ): Record<string, unknown> => ({ waarde: f.waarde, tekst: f.tekst, ...extra, bron: `seed ${f.seed}`, citaat: f.citaat });
  const metadata = {
    titel: 'NPLV-gebied Heerlen-Noord',
    inwoners: fact(facts.inwoners, { aandeel_gemeente: facts.inwoners.aandeel }),
    woningbouwopgave: fact(facts.opgave, { periode: facts.opgave.periode, waarvan_betaalbaar: facts.opgave.betaalbaar }),
    startbouw_circa: fact(facts.startbouw, { periode: facts.startbouw.periode }),
    parkstad_minimaal: fact(facts.parkstad, { heerlen_noord_minimaal: facts.parkstad.heerlenNoord, periode: facts.parkstad.periode }),
    verhuisd_naar_gebied: fact(facts.doorstroming, { jaren: facts.doorstroming.jaren }),
    projectsoorten: facts.soorten.map((s) => ({ naam: s.naam, soort: s.soortTekst, bron: `seed ${s.seed}`, citaat: s.citaat })),
    wijkselectie: {
      bron: NPLV_MD,
      bevestigd: chosen.filter((c) => c.basis === 'confirmed').length,
      afgeleid: chosen.filter((c) => c.basis === 'inferred').length,
      inwoners_2024_som: chosen.reduce((s, c) => s + (c.area.inwoners ?? 0), 0),
      niet_opgenomen: excluded,
      let_op: 'Geen seed noemt de CBS-wijken van Heerlen-Noord; bevestigd/afgeleid volgens nplv.md.',
    },
  };
  return { features: [...wijkFeatures, ...focusFeatures], metadata, log };
}
