/**
 * The status a mining colony is drawn, listed and filtered with. The table's code and text stay as printed
 * (`status`, `statusText`); this decides how the map shows them.
 */
import { STATUS_CODES, type Colony, type StatusCode } from './types';

/** A printed status code, or `conflict`: the printed code and text disagree, so no protection level is shown. */
export type ColonyDisplayStatus = StatusCode | 'conflict';

/** Every display status in legend order: the six printed codes, then the disagreement. */
export const DISPLAY_STATUSES: readonly ColonyDisplayStatus[] = [...STATUS_CODES, 'conflict'];

/**
 * Do the printed code and text disagree? True when the build flagged the row (its text belongs to another code) or
 * when the text says "geen" (no protection) under a code other than 5. Slakken-Horst-Metten ("4." with "geen
 * (Metten gesloopt).") is such a row; "geen" under code 5 is not.
 */
export function codeAndTextDisagree(c: Pick<Colony, 'status' | 'statusText' | 'statusMismatch'>): boolean {
  return c.statusMismatch || (c.status !== '5' && /^geen\b/i.test(c.statusText.trim()));
}

/** `conflict` where code and text disagree (never drawn as protected), otherwise the printed code. */
export function colonyDisplayStatus(c: Pick<Colony, 'status' | 'statusText' | 'statusMismatch'>): ColonyDisplayStatus {
  return codeAndTextDisagree(c) ? 'conflict' : c.status;
}

/** The code as the table prints it: "4." for 4, "4.5" for 4.5. */
export function printedCode(status: StatusCode): string {
  return status.includes('.') ? status : `${status}.`;
}
