/**
 * The programme (issue 12): dated moves per area — demolition, new build by tenure, sale, purchase
 * (inponden), liberalisation — that a planner enters, or that the agreements state and the app preloads
 * (with the quote as source, unallocated where no wijk is named). 001 afspraak 14: "De basis is een
 * ‘0-meting’ van de verdeling van de sociale huur in de regio."
 */
import type { PolicySource } from '../policy-source';
import type { PolicyMoveKind, Rebuild } from '../scenario/policy-types';

/** A policy move kind, or new build whose tenure the source does not state (counted in the stock, not in the corporation stock). */
export type ProgrammeKind = PolicyMoveKind | 'build-unspecified';

export interface ProgrammeItem {
  /** Stable id: `pre-…` for preloaded items, `own-…` for the planner's. */
  id: string;
  /** What it is, in the source's own words (a project name, "NPLV Heerlen-Noord woningbouwopgave"). */
  label: string;
  /** The gemeente it lies in, or `parkstad` for a regional total. */
  group: string;
  /** The wijk or buurt it is allocated to; null = not (yet) allocated to an area: counts for the gemeente only. */
  area: string | null;
  kind: ProgrammeKind;
  /** Dwellings in all (demolished, built, sold, bought or liberalised). */
  n: number;
  /** First and last year (inclusive) over which `n` is spread evenly; null = year not known (not projected). */
  from: number | null;
  to: number | null;
  rebuild?: Rebuild;
  /** Id of a project in the projects overlay, if the item belongs to one. */
  project?: string;
  /** Where a preloaded item comes from (document, section, verbatim quote); absent for the planner's own items. */
  source?: PolicySource;
  /** Part of `n` the source calls affordable ("betaalbaar"), shown next to it; not a move by itself. */
  affordable?: number;
}

export const PROGRAMME_KINDS: readonly ProgrammeKind[] = [
  'demolish',
  'demolish-rebuild',
  'build-corporation',
  'build-owner',
  'build-private-rent',
  'build-unspecified',
  'sell-to-occupant',
  'sell-to-landlord',
  'buy',
  'liberalise-to-mid',
];

export const isProgrammeKind = (s: unknown): s is ProgrammeKind =>
  typeof s === 'string' && (PROGRAMME_KINDS as readonly string[]).includes(s);
