/**
 * Overlay symbolisation: each heritage status has a colour (Okabe–Ito, colour-blind safe) AND a shape,
 * each project kind a colour AND a letter, so no class depends on colour alone.
 */
import type { ProjectKind } from '../domain/overlays/types';
import type { ColonyDisplayStatus } from '../domain/overlays/colony-status';
import type { Lang } from '../domain/numbers';

export type OverlayId = 'nplv' | 'colonies' | 'projects';
export const OVERLAY_IDS: readonly OverlayId[] = ['nplv', 'colonies', 'projects'];

export type Shape = 'square' | 'diamond' | 'triangle' | 'circle' | 'triangle-down' | 'ring' | 'ring-slash';

/** One style per display status: the six printed codes, and `conflict` (code and text disagree) as a struck-through ring. */
export const STATUS_STYLE: Record<ColonyDisplayStatus, { color: string; shape: Shape; nl: string; en: string }> = {
  '1': { color: '#D55E00', shape: 'square', nl: 'rijksmonumenten', en: 'national monuments' },
  '2': { color: '#0072B2', shape: 'diamond', nl: 'rijksbeschermd stadsgezicht', en: 'nationally protected townscape' },
  '3': { color: '#009E73', shape: 'triangle', nl: 'gemeentelijk stadsgezicht', en: 'municipal townscape' },
  '4': { color: '#E69F00', shape: 'circle', nl: 'bestemmingsplan', en: 'zoning plan' },
  '4.5': {
    color: '#CC79A7',
    shape: 'triangle-down',
    nl: 'gedeeltelijke bescherming / wederopbouwgebied',
    en: 'partial protection / post-war reconstruction area',
  },
  '5': { color: '#4D4D4D', shape: 'ring', nl: 'geen bescherming', en: 'no protection' },
  conflict: {
    color: '#4D4D4D',
    shape: 'ring-slash',
    nl: 'code en tekst spreken elkaar tegen (niet als beschermd getekend)',
    en: 'code and text disagree (not drawn as protected)',
  },
};

/** Legend and filter label: `4. bestemmingsplan`; the disagreement has no code of its own. */
export function statusLabel(s: ColonyDisplayStatus, lang: Lang): string {
  return s === 'conflict' ? STATUS_STYLE[s][lang] : `${s}. ${STATUS_STYLE[s][lang]}`;
}

export const KIND_STYLE: Record<ProjectKind, { color: string; letter: string; nl: string; en: string }> = {
  herstructurering: { color: '#5E3C99', letter: 'H', nl: 'herstructurering', en: 'restructuring' },
  nieuwbouw: { color: '#1B7837', letter: 'N', nl: 'nieuwbouw', en: 'new build' },
  transformatie: { color: '#B2182B', letter: 'T', nl: 'transformatie', en: 'transformation' },
  gebiedsontwikkeling: { color: '#2166AC', letter: 'G', nl: 'gebiedsontwikkeling', en: 'area development' },
  'renovatie/verduurzaming': { color: '#8C510A', letter: 'R', nl: 'renovatie / verduurzaming', en: 'renovation / sustainability' },
  overig: { color: '#4D4D4D', letter: 'O', nl: 'overig', en: 'other' },
};

export const NPLV_COLOR = '#5E3C99';
export const FOCUS_COLOR = '#111111';

/** Half the distance (px at icon size 1) between colony symbols that share one point, so none hides another. */
export const STACK_HALF_SPACING = 10;
/** Largest stack slot drawn apart (±6 half-spacings: up to seven symbols on one point). */
export const STACK_MAX_SLOT = 6;

/** Circle radius (px) drawn around an approximately located point: the coarser, the larger. */
export const APPROX_RADIUS: Record<string, number> = { buurt: 14, wijk: 20, stadsdeel: 26 };
