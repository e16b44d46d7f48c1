/** Small text helpers for the pairs panels: template filling, move labels, names, the CSV download. */
import type { Dict } from '../../i18n/nl';
import type { MoveKind } from '../../domain/scenario/types';
import type { Dataset } from '../../domain/dataset';
import { levelOfCode } from '../../domain/codes';
import { displayName } from '../../domain/search';
import { PARKSTAD, PARKSTAD_SCOPE } from '../../config/policy';
import { downloadBlob } from '../download';

/** `fill('nr. {rank}', { rank: 2 })` → `nr. 2`. Values are inserted as text (React escapes them). */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

export const MOVE_LABEL: Record<MoveKind, keyof Dict> = {
  sell: 'scenarioMoveSell',
  liberalise: 'scenarioMoveLiberalise',
  demolish: 'scenarioMoveDemolish',
  'demolish-replace': 'scenarioMoveDemolishReplace',
  build: 'scenarioMoveBuild',
  buy: 'scenarioMoveBuy',
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

/** Offer text as a file download (UTF-8 with a byte-order mark, so spreadsheets read ë correctly). */
export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(new Blob(['\uFEFF', text], { type }), filename);
}
