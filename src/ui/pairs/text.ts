/** Small text helpers for the pairs panels: move and term labels, names, the CSV download. */
import type { Dict } from '../../i18n/nl';
import type { NewTenure, PolicyMoveKind } from '../../domain/scenario/policy-types';
import type { MarriageTermKey } from '../../domain/pairs/stadshuwelijk-rank';
import type { Dataset } from '../../domain/dataset';
import { levelOfCode } from '../../domain/codes';
import { displayName } from '../../domain/search';
import { PARKSTAD, PARKSTAD_SCOPE } from '../../config/policy';
import { downloadBlob } from '../download';

export const MOVE_LABEL: Record<PolicyMoveKind, keyof Dict> = {
  'sell-to-occupant': 'scenarioMoveSellToOccupant',
  'sell-to-landlord': 'scenarioMoveSellToLandlord',
  'liberalise-to-mid': 'scenarioMoveLiberalise',
  demolish: 'scenarioMoveDemolish',
  'demolish-rebuild': 'scenarioMoveDemolishRebuild',
  'build-corporation': 'scenarioMoveBuildCorporation',
  'build-owner': 'scenarioMoveBuildOwner',
  'build-private-rent': 'scenarioMoveBuildPrivateRent',
  buy: 'scenarioMoveBuy',
};

export const TENURE_LABEL: Record<NewTenure, keyof Dict> = {
  corporation: 'scenarioTenureCorporation',
  owner: 'scenarioTenureOwner',
  'private-rent': 'scenarioTenurePrivateRent',
};

/** The five ranking terms, in the order of the formula. */
export const TERM_LABEL: Record<MarriageTermKey, keyof Dict> = {
  shareVulnerable: 'pairsTermShareVulnerable',
  shareStrong: 'pairsTermShareStrong',
  liveability: 'pairsTermLiveability',
  capacity: 'pairsTermCapacity',
  distance: 'pairsTermDistance',
};

/** Display name of a wijk or buurt code ("Heerlerbaan-Centrum"), or the code itself. */
export function areaName(dataset: Dataset, code: string): string {
  const level = levelOfCode(code) === 'buurt' ? 'buurt' : 'wijk';
  const a = dataset.levels[level].areas.find((x) => x.code === code);
  return a ? displayName(a.name) : code;
}

/** Name of a gemeente code or of Parkstad. */
export function groupName(t: Dict, code: string): string {
  return code === PARKSTAD_SCOPE ? t.scenarioParkstad : (PARKSTAD.find((g) => g.code === code)?.name ?? code);
}

/** A signed whole number with a real minus sign: −233, +12, 0. */
export function signed(n: number, format: (v: number) => string): string {
  const r = Math.round(n);
  return r > 0 ? `+${format(r)}` : r < 0 ? `−${format(-r)}` : format(0);
}

/** Offer text as a file download (UTF-8 with a byte-order mark, so spreadsheets read ë correctly). */
export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(new Blob(['\uFEFF', text], { type }), filename);
}
