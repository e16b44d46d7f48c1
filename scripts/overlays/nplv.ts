/**
 * NPLV Heerlen-Noord overlay: the CBS wijken of the area (with basis confirmed / inferred), the three
 * focus areas named in seed 000, and the seed 004 facts as top-level metadata.
 *
 * Unverified candidate wijken from nplv.md §2b are judged by population: with the confirmed and inferred
 * wijken summed (CBS 2024 inhabitants, geoinzicht file), a candidate is added (basis "inferred") only
 * when it closes at least half of the remaining gap to seed 004's inhabitant count.
 *
 * Every feature carries `citaten` (seed, section, verbatim words): a focus area the seed 000 passage that names it
 * (and, for Vrieheide, the passage that makes it a whole wijk, see nplv-citations.ts); an inferred wijk the seed 000
 * passages that name it or one of its buurten; a confirmed wijk none (its basis is nplv.md).
 */
import type { CbsData } from './cbs-areas.ts';
import { areaByCode } from './cbs-areas.ts';
import type { NplvMd } from './nplv-md.ts';
import type { PolicySource } from '../../src/domain/policy-source.ts';
import { sourceKeys } from './nplv-md.ts';
import type { NamedItem, NplvFacts } from './seed-texts.ts';
import { NPLV_MD } from './places.ts';
import { coreNames } from './project-merge.ts';
import type { OutFeature } from './writers.ts';
import { citation, focusPlanWijk, wijkSources, type Citation } from './nplv-citations.ts';
import { FOCUS_PLAN_SOURCES, INFERRED_WIJK_SOURCES, NPHN_SECTION } from '../../src/config/overlay-sources.ts';

export interface NplvResult {
  features: OutFeature[];
  metadata: Record<string, unknown>;
  log: string[];
  /** One line per cited passage, for overlays-SOURCES.md. */
  cited: string[];
}

/** Seed texts by file name, whitespace flattened: the passages cited must stand in them verbatim. */
export type SeedTexts = ReadonlyMap<string, string>;

export function buildNplv(md: NplvMd, focusItems: readonly NamedItem[], facts: NplvFacts, cbs: CbsData, seeds: SeedTexts): NplvResult {
  const log: string[] = [];
  const cited: string[] = [];
  const cite = (s: PolicySource): Citation => citation(s, seeds.get(s.seed) ?? '');
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
  const wijkFeatures: OutFeature[] = chosen.map(({ w, area, basis, toelichting }) => {
    const citaten = basis === 'inferred' ? wijkSources(area, INFERRED_WIJK_SOURCES, cbs).map(cite) : [];
    for (const c of citaten) cited.push(`${w.code} ${area.naam} (inferred) ← seed ${c.seed} (${c.sectie}): "${c.citaat}"`);
    return {
      geometry: area.geometry,
      properties: {
        rol: 'nplv-wijk',
        code: w.code,
        naam: area.naam,
        basis,
        inwoners_2024: area.inwoners,
        toelichting,
        citaten,
        bron: `${NPLV_MD}${citaten.length ? `; seed ${citaten.map((c) => `${c.seed} (${c.sectie})`).join(', ')}` : ''}; geometrie en inwoners: ${area.file}`,
      },
    };
  });
  const heerlen = cbs.gemeenten.find((g) => g.naam === 'Heerlen')?.code;
  if (!heerlen) throw new Error('gemeente Heerlen not in geodata/');
  const focusFeatures: OutFeature[] = focusItems.map((it) => {
    const rows = md.focus.filter((f) => coreNames(f.naam.split(':')[0] ?? '').some((c) => coreNames(it.naam).includes(c)));
    const [row] = rows;
    if (rows.length !== 1 || !row || row.basis === 'unverified')
      throw new Error(`Focus area "${it.naam}": ${rows.length} usable rows in ${NPLV_MD}`);
    const named: Citation = { seed: it.seed, sectie: NPHN_SECTION, citaat: it.citaat };
    const plan = FOCUS_PLAN_SOURCES[it.naam];
    const md3 = `nplv.md §3 (${row.naam}): ${row.status}; ${row.mapping}`;
    let area = areaByCode(cbs, row.codes[0] ?? '');
    let codes = row.codes;
    let afbakening = `Afbakening volgens ${md3}.`;
    const citaten = [named];
    if (plan) {
      const widened = focusPlanWijk(it.naam, plan, cbs, heerlen);
      area = widened.wijk;
      codes = [area.code];
      citaten.push(cite(plan));
      const buurten = widened.buurten.map((b) => `${b.naam} (${b.code})`).join(' en ');
      afbakening = `Afbakening: de hele wijk ${area.code} ${area.naam}. Seed ${plan.seed} (${plan.section}): "${plan.quote}"; die passage noemt de buurten ${buurten}, ${widened.buurten.length === 2 ? 'allebei' : 'alle'} van deze wijk. ${md3} (alleen de buurt).`;
      cited.push(`focus ${it.naam} = wijk ${area.code} ${area.naam} ← seed ${plan.seed} (${plan.section}): "${plan.quote}"`);
    }
    return {
      geometry: area.geometry,
      properties: {
        rol: 'focus',
        naam: it.naam,
        basis: row.basis,
        code: area.code,
        codes,
        toelichting: `Seed ${it.seed}: "${it.citaat}". ${afbakening} Vlak = CBS 2024 ${area.level} ${area.code} ${area.naam}.`,
        citaten,
        bron: `seed ${it.seed} (${[...new Set(citaten.map((c) => c.sectie))].join('; ')}); ${NPLV_MD}; geometrie ${area.file}`,
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
      let_op: 'Geen beleidsdocument noemt de CBS-wijken van Heerlen-Noord; bevestigd/afgeleid volgens nplv.md.',
    },
  };
  return { features: [...wijkFeatures, ...focusFeatures], metadata, log, cited };
}
