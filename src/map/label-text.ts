/**
 * What each area's labels say (pure): its number from the key (wijk level) and, with the values option, its value
 * as the reader sees it elsewhere (`formatShare`: "78 %", computed shares "71,5 %"). The value goes with the number,
 * which is always drawn, or under the name where there is no number (buurten).
 */
import type { Lang } from '../domain/numbers';
import type { AreaView } from '../state/view-model';
import type { Indicator } from '../state/slices/view';
import type { KeyEntry } from '../state/label-key';
import { formatShare } from '../i18n/format';

export interface LabelText {
  /** The number on the map ('' without one), with the value on a second line when values are shown. */
  key: string;
  /** A line under the name ('' when none): the value where the area has no number. */
  value: string;
}

/** The value an area shows for the indicator on the map: the share of overige verhuurders, else the corporation share. */
export function labelValue(v: AreaView, indicator: Indicator, lang: Lang): string {
  return formatShare(indicator === 'private-rent' ? v.privatePct : v.pct, lang, v.computed);
}

/** Numbers and values per area code; `byCode` null = values off. */
export function labelTexts(
  key: readonly KeyEntry[],
  byCode: ReadonlyMap<string, AreaView> | null,
  indicator: Indicator,
  lang: Lang,
): ReadonlyMap<string, LabelText> {
  const out = new Map<string, LabelText>();
  const numbers = new Map(key.map((k) => [k.code, String(k.n)] as const));
  for (const code of new Set([...numbers.keys(), ...(byCode?.keys() ?? [])])) {
    const n = numbers.get(code) ?? '';
    const v = byCode?.get(code);
    const value = v ? labelValue(v, indicator, lang) : '';
    out.set(code, n ? { key: value ? `${n}\n${value}` : n, value: '' } : { key: '', value });
  }
  return out;
}
