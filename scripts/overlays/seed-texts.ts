/**
 * Facts taken from the prose of the seeds by regular expressions on the whitespace-flattened text.
 * Every extractor throws when its passage is missing, so a changed seed stops the build.
 */
import { dutchInt, group, mustMatch } from './text.ts';

export interface Quote {
  seed: string;
  citaat: string;
}

/** A project or area that a seed names, with the words around it that say what kind of work it is. */
export interface NamedItem extends Quote {
  naam: string;
  soortTekst: string;
}

/** The regional label used in seed 001's gemeente column ("Parkstad"), from "Stadsregio Parkstad Limburg". */
export function regionLabel(flat001: string): string {
  return group(mustMatch(flat001, /Stadsregio (\p{Lu}\p{L}+) Limburg/u, 'Stadsregio … Limburg'), 1);
}

export interface WbiMention extends Quote {
  naam: string;
  gemeente: string;
  woningen: string;
}

/** Seed 001: the projects the prose says received the Woningbouwimpuls, with gemeente and dwellings. */
export function wbiMentions(flat001: string, seed: string): WbiMention[] {
  const m = mustMatch(
    flat001,
    /Woningbouwimpuls om sneller.*?Dit geldt onder andere voor het projecten (.+?)\. Uit de beschikking/u,
    'Woningbouwimpuls projects',
  );
  const list = group(m, 1);
  const out: WbiMention[] = [];
  const re = /(?:^|, | en )(?:de |vmlg\. )?(.+?) in (?:de )?gemeente (\p{Lu}\p{L}+) \(([^)]+)\)/gu;
  for (const x of list.matchAll(re)) {
    out.push({ naam: group(x, 1), gemeente: group(x, 2), woningen: group(x, 3), seed, citaat: x[0].replace(/^(, | en )/, '') });
  }
  if (out.length === 0) throw new Error('seed 001: no Woningbouwimpuls projects parsed');
  return out;
}

export interface FundProse extends Quote {
  fonds: string;
  aantal: number;
  jaren: string;
  herstructurering: boolean;
  woningbouw: boolean;
}

/** Seed 001: the four bullets "Stadsregio … heeft in <jaar> voor <n> (herstructurerings)projecten … uit <fonds>". */
export function fundProse(flat001: string, seed: string): FundProse[] {
  const re =
    /Stadsregio Parkstad Limburg heeft in ([\d en]+?) voor (?:een )?(\d+) (\p{L}+) (.{0,120}?)(Volkshuisvestingsfonds|Woningbouwimpuls|Startbouwimpuls)(.{0,120}?\.)/gu;
  const out = [...flat001.matchAll(re)].map((x) => {
    const all = x[0];
    return {
      fonds: group(x, 5),
      aantal: Number(group(x, 2)),
      jaren: group(x, 1).trim(),
      seed,
      citaat: all,
      herstructurering: /herstructurering/.test(group(x, 3)),
      woningbouw: /woningen te realiseren|bouw van woningen/.test(all),
    };
  });
  if (out.length === 0) throw new Error('seed 001: funding bullets not found');
  return out;
}

/** Seed 000: the restructurings and the De Hees wijkontwikkeling. */
export function restructurings000(flat000: string, seed: string): NamedItem[] {
  const m = mustMatch(
    flat000,
    /De (herstructurering) van ([^,]+), (\S+) \(en de (aanpak) van ([^)]+)\)/u,
    'herstructurering Versilienbosch …',
  );
  const h = mustMatch(flat000, /afhankelijk van de (wijkontwikkeling) (De Hees)/u, 'wijkontwikkeling De Hees');
  const c = m[0];
  return [
    { naam: group(m, 2), soortTekst: group(m, 1), seed, citaat: c },
    { naam: group(m, 3), soortTekst: group(m, 1), seed, citaat: c },
    { naam: group(m, 5), soortTekst: group(m, 4), seed, citaat: c },
    {
      naam: group(h, 2),
      soortTekst: group(h, 1),
      seed,
      citaat: `${h[0]}; ${mustMatch(flat000, /gebiedsontwikkeling in Heerlen-Noord én Heerlen-Zuid \(De Hees\)/u, 'De Hees Heerlen-Zuid')[0]}`,
    },
  ];
}

/** Seed 000: the focus areas "Binnen GMS, Vrieheide en de grote Kastelenbuurt e.o …". */
export function focusAreas000(flat000: string, seed: string): NamedItem[] {
  const m = mustMatch(
    flat000,
    /Binnen ([^.•]+?) e\.o zijn de partijen actief bezig met de implementatie van het wijkontwikkelingsplan\./u,
    'focusbuurten',
  );
  return group(m, 1)
    .split(/, | en /)
    .map((n) => ({ naam: n.replace(/^de /, ''), soortTekst: 'focusbuurt', seed, citaat: m[0] }));
}

export interface Fact extends Quote {
  waarde: number;
  tekst: string;
}

export interface NplvFacts {
  inwoners: Fact & { aandeel: string };
  opgave: Fact & { periode: string; betaalbaar: number };
  startbouw: Fact & { periode: string };
  parkstad: Fact & { heerlenNoord: number; periode: string };
  doorstroming: Fact & { jaren: number };
  soorten: NamedItem[];
}

/** Seed 004: the NPLV Heerlen Noord facts (inhabitants, housing programme, kinds of projects). */
export function nplvFacts(flat004: string, seed: string): NplvFacts {
  const inw = mustMatch(
    flat004,
    /In Heerlen Noord wonen ([\d.]+) mensen, ongeveer (\d+\/\d+) van de inwoners van de gemeente Heerlen/u,
    'inwoners',
  );
  const opg = mustMatch(
    flat004,
    /In Heerlen Noord is de woningbouwopgave in de periode (\d{4}) t\/m (\d{4}) totaal ([\d.]+) woningen/u,
    'opgave',
  );
  const tab = mustMatch(flat004, /w\.v\. betaalbaar .*?Totaal ([\d.]+) ([\d.]+)/u, 'tabel opgave / betaalbaar');
  if (dutchInt(group(tab, 1)) !== dutchInt(group(opg, 3))) throw new Error('seed 004: table total differs from the opgave sentence');
  const sb = mustMatch(
    flat004,
    /In totaal is de startbouw van circa ([\d.]+) woningen voorzien in de periode (\d{4})-(\d{4})/u,
    'startbouw',
  );
  const pk = mustMatch(
    flat004,
    /In Parkstad worden in de periode (\d{4}) – (\d{4}) in totaal minimaal ([\d.]+) woningen gebouwd, waarvan minimaal ([\d.]+) woningen in Heerlen Noord/u,
    'Parkstad 5.000',
  );
  const ds = mustMatch(
    flat004,
    /in de afgelopen (\d+) jaar zijn maar liefst ([\d.]+) inwoners naar Heerlen Noord verhuist én zijn net zoveel mensen het gebied weer uitgegaan/u,
    'doorstroming',
  );
  const kinds = mustMatch(
    flat004,
    /Het woningbouwprogramma in het NPLV-gebied Heerlen Noord kenmerkt zich door verschillende (herstructureringsprojecten), de ((transformatie) van het centrum van Hoensbroek) en de (gebiedsontwikkelingen) ‘([^’]+)’ en ‘([^’]+)’\./u,
    'soorten projecten',
  );
  const q = kinds[0];
  return {
    inwoners: { waarde: dutchInt(group(inw, 1)), tekst: group(inw, 1), aandeel: group(inw, 2), seed, citaat: inw[0] },
    opgave: {
      waarde: dutchInt(group(opg, 3)),
      tekst: group(opg, 3),
      periode: `${group(opg, 1)}-${group(opg, 2)}`,
      betaalbaar: dutchInt(group(tab, 2)),
      seed,
      citaat: `${opg[0]}; tabel: ${tab[0].replace(/^.*?(Totaal)/u, '$1')} (totaal, w.v. betaalbaar)`,
    },
    startbouw: { waarde: dutchInt(group(sb, 1)), tekst: group(sb, 1), periode: `${group(sb, 2)}-${group(sb, 3)}`, seed, citaat: sb[0] },
    parkstad: {
      waarde: dutchInt(group(pk, 3)),
      tekst: group(pk, 3),
      heerlenNoord: dutchInt(group(pk, 4)),
      periode: `${group(pk, 1)}-${group(pk, 2)}`,
      seed,
      citaat: pk[0],
    },
    doorstroming: { waarde: dutchInt(group(ds, 2)), tekst: group(ds, 2), jaren: Number(group(ds, 1)), seed, citaat: ds[0] },
    soorten: [
      { naam: group(kinds, 1), soortTekst: 'herstructurering', seed, citaat: q },
      { naam: group(kinds, 2), soortTekst: group(kinds, 3), seed, citaat: q },
      { naam: group(kinds, 5), soortTekst: group(kinds, 4), seed, citaat: q },
      { naam: group(kinds, 6), soortTekst: group(kinds, 4), seed, citaat: q },
    ],
  };
}
