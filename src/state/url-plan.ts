/**
 * The plan's part of a link (pure): the plan year the map shows (`jaar=2030`), the planner's own targets
 * (`doelen=WK091740-71.8-51,…`) and the programme when it differs from the preload
 * (`prog=BU09172003.demolish.293.2026-2030.pre-versilienbosch-sloop,GM0917.build-unspecified.2352.2025-2029,…`).
 */
import { isProgrammeKind, type ProgrammeItem } from '../domain/programme/types';
import type { AreaTarget } from '../domain/programme/targets';
import type { FieldCodec } from './url-fields';

const MAX_TARGETS = 120;
const MAX_ITEMS = 100;
const PCT = /^\d{1,3}(\.\d)?$/;
const pct = (s: string | undefined) => (s !== undefined && PCT.test(s) && Number(s) <= 100 ? Number(s) : null);

/** `WK091740-71.8-51,…` → targets by code; null when any entry is malformed. */
export function decodeTargets(raw: string): Record<string, AreaTarget> | null {
  const parts = raw.split(',');
  if (parts.length > MAX_TARGETS) return null;
  const out: Record<string, AreaTarget> = {};
  for (const p of parts) {
    const [code = '', a, b, ...rest] = p.split('-');
    const y2030 = pct(a);
    const y2050 = pct(b);
    if (!/^(WK\d{6}|BU\d{8})$/.test(code) || y2030 === null || y2050 === null || rest.length > 0) return null;
    out[code] = { y2030, y2050 };
  }
  return out;
}

export function encodeTargets(targets: Readonly<Record<string, AreaTarget>>): string {
  const one = (v: number) => String(Math.round(v * 10) / 10);
  return Object.entries(targets)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, t]) => `${code}-${one(t.y2030)}-${one(t.y2050)}`)
    .join(',');
}

const PLACE = /^(WK\d{6}|BU\d{8}|GM\d{4}|parkstad)$/;
const YEARS = /^(\d{4})-(\d{4})$|^x$/;
const ID = /^[a-z0-9-]{1,60}$/;

/**
 * `place.kind.n.years[.preloadId]` per item: place is the wijk/buurt code, or the gemeente (or `parkstad`) of an
 * unallocated item; years `2026-2030` or `x` (unknown). A preloaded item keeps its id, so its label and source
 * come back from the preload; other items are the planner's own. Null when any item is malformed.
 */
export function decodeProgramme(raw: string, preload: readonly ProgrammeItem[]): ProgrammeItem[] | null {
  const parts = raw.split(',');
  if (parts.length > MAX_ITEMS) return null;
  const out: ProgrammeItem[] = [];
  for (const [i, p] of parts.entries()) {
    const [place = '', kind, n, years = '', pre, ...rest] = p.split('.');
    const y = YEARS.exec(years);
    const count = Number(n);
    if (!PLACE.test(place) || !isProgrammeKind(kind) || !/^\d{1,7}$/.test(n ?? '') || !y || rest.length > 0) return null;
    if (pre !== undefined && !ID.test(pre)) return null;
    const from = y[1] ? Number(y[1]) : null;
    const to = y[2] ? Number(y[2]) : null;
    if (from !== null && to !== null && (to < from || from < 1900 || to > 2100)) return null;
    const base = pre ? preload.find((x) => x.id === pre) : undefined;
    const area = place.startsWith('WK') || place.startsWith('BU') ? place : null;
    const group = area ? `GM${area.slice(2, 6)}` : place;
    out.push({
      ...(base ?? { label: '' }),
      id: base ? base.id : `own-link-${String(i + 1)}`,
      label: base?.label ?? '',
      group,
      area,
      kind,
      n: count,
      from,
      to,
    });
  }
  return out;
}

export function encodeProgramme(items: readonly ProgrammeItem[]): string {
  return items
    .map((i) => {
      const years = i.from !== null && i.to !== null ? `${String(i.from)}-${String(i.to)}` : 'x';
      const pre = i.id.startsWith('pre-') ? `.${i.id}` : '';
      return `${i.area ?? i.group}.${i.kind}.${String(Math.round(i.n))}.${years}${pre}`;
    })
    .join(',');
}

/** The link fields of the plan (url-fields.ts lists them with the others). */
export const PLAN_FIELDS: readonly FieldCodec[] = [
  {
    key: 'jaar',
    read: (raw) => (/^20[2-5]\d$/.test(raw) && Number(raw) >= 2024 && Number(raw) <= 2050 ? { planYear: Number(raw) } : null),
    write: (v) => (v.planYear === null ? null : String(v.planYear)),
  },
  {
    key: 'doelen',
    read: (raw) => {
      const targets = decodeTargets(raw);
      return targets ? { targets } : null;
    },
    write: (v) => encodeTargets(v.targets) || null,
  },
  {
    // Read against the preload later (view-sync), when it has loaded: here only the text is checked and kept.
    key: 'prog',
    read: (raw) => (decodeProgramme(raw, []) ? { programme: raw } : null),
    write: (v) => v.programme,
  },
];
