/**
 * One codec per URL key of the view (pure). `read` returns the fields it sets, or null when the text
 * is not valid for that key; `write` returns the text, or null to leave the key out of the link.
 */
import { isScope } from '../config/policy';
import { LEGACY_KINDS, readAnyMove } from '../domain/scenario/legacy';
import { NEW_TENURES, POLICY_MOVE_KINDS, type PolicyMove } from '../domain/scenario/policy-types';
import { rebuildOf } from '../domain/scenario/policy-moves';
import type { View } from './view';
import { PLAN_FIELDS } from './url-plan';

export interface FieldCodec {
  key: string;
  read: (raw: string) => Partial<View> | null;
  write: (view: View) => string | null;
}

const DECIMAL = /^-?\d{1,3}(\.\d{1,12})?$/;
const AREA_CODE = /^(WK\d{6}|BU\d{8})$/;
const LAYER_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const SCENARIO_ID = /^[A-Za-z0-9_-]{1,60}$/;
const MAX_LAYERS = 20;

/** A plain decimal with a point (`36.5`, `-1`); no exponents, no commas, no empty text. */
export function readDecimal(raw: string, min: number, max: number): number | null {
  if (!DECIMAL.test(raw)) return null;
  const v = Number(raw);
  return v >= min && v <= max ? v : null;
}

/** Shortest text of a number rounded to `digits` decimals: 5.98 → `5.98`, 11.5 → `11.5`, -0 → `0`. */
export function writeDecimal(v: number, digits: number): string {
  const r = Number(v.toFixed(digits));
  return String(Object.is(r, -0) ? 0 : r);
}

const isAreaCode = (s: string) => AREA_CODE.test(s);

const MOVE_KINDS_IN_LINKS = [...new Set<string>([...POLICY_MOVE_KINDS, ...Object.keys(LEGACY_KINDS)])];
const MOVE = `(WK\\d{6}|BU\\d{8})\\.(${MOVE_KINDS_IN_LINKS.join('|')})\\.\\d{1,7}(\\.r\\d{1,5}\\.(${NEW_TENURES.join('|')}))?`;
const MOVES = new RegExp(`^${MOVE}(,${MOVE}){0,59}$`);

/**
 * `WK091740.sell-to-occupant.100,…` for the moves that change something; '' when none does. A demolition with
 * rebuild carries its ratio in percent and its tenure: `WK091740.demolish-rebuild.100.r150.owner` (150 rebuilt
 * as koop per 100 demolished). The ratio is written to whole percents.
 */
export function encodeMoves(moves: readonly PolicyMove[]): string {
  return moves
    .filter((m) => m.n > 0)
    .map((m) => {
      if (m.kind !== 'demolish-rebuild') return `${m.area}.${m.kind}.${m.n}`;
      const r = rebuildOf(m);
      return `${m.area}.${m.kind}.${m.n}.r${Math.round(r.ratio * 100)}.${r.tenure}`;
    })
    .join(',');
}

/**
 * The moves of an encoded text, or null when the text is not valid. Old kinds (`sell`, `liberalise`,
 * `demolish-replace`, `build`) are read as policy moves through `readAnyMove` (legacy.ts); a rebuild suffix on any
 * kind but `demolish-rebuild`, a count above 1,000,000 or a ratio above 100 (r10000) makes the whole text invalid.
 * `demolish-rebuild` without a suffix is one for one as koop.
 */
export function decodeMoves(text: string): PolicyMove[] | null {
  if (!MOVES.test(text)) return null;
  const out: PolicyMove[] = [];
  for (const part of text.split(',')) {
    const [area = '', kind = '', n = '', r, tenure] = part.split('.');
    const raw =
      r === undefined ? { area, kind, n: Number(n) } : { area, kind, n: Number(n), rebuild: { ratio: Number(r.slice(1)) / 100, tenure } };
    const move = readAnyMove(raw);
    if (!move) return null;
    out.push(move.value);
  }
  return out;
}

export const CORE_FIELDS: readonly FieldCodec[] = [
  {
    key: 'scope',
    read: (raw) => (isScope(raw) ? { scope: raw } : null),
    write: (v) => v.scope,
  },
  {
    key: 'level',
    read: (raw) => (raw === 'wijk' || raw === 'buurt' ? { level: raw } : null),
    write: (v) => v.level,
  },
  {
    // `heerlen` (Heerlen's band), `own` (own average ± 15), or centre,halfWidth in percent (a custom target);
    // absent = the default (each gemeente's adopted band, or its derived band).
    key: 'band',
    read: (raw) => {
      if (raw === 'heerlen') return { band: { kind: 'heerlen' } };
      if (raw === 'own') return { band: { kind: 'own-average' } };
      const [c, h, ...rest] = raw.split(',');
      const centre = readDecimal(c ?? '', 0, 100);
      const halfWidth = readDecimal(h ?? '', 0, 50);
      return centre === null || halfWidth === null || rest.length > 0 ? null : { band: { kind: 'custom', centre, halfWidth } };
    },
    write: (v) => {
      const b = v.band;
      if (b.kind === 'heerlen') return 'heerlen';
      if (b.kind === 'own-average') return 'own';
      if (b.kind === 'custom') return `${writeDecimal(b.centre, 2)},${writeDecimal(b.halfWidth, 2)}`;
      return null;
    },
  },
  {
    key: 'lang',
    read: (raw) => (raw === 'nl' || raw === 'en' ? { lang: raw } : null),
    write: (v) => v.lang,
  },
  {
    // `overig` when the map shows the share of overige verhuurders; absent = the corporation share.
    key: 'ind',
    read: (raw) => (raw === 'overig' ? { indicator: 'private-rent' } : raw === 'streef' ? { indicator: 'target-distance' } : null),
    write: (v) => (v.indicator === 'private-rent' ? 'overig' : v.indicator === 'target-distance' ? 'streef' : null),
  },
  {
    key: 'base',
    read: (raw) => (raw === 'offline' || raw === 'pdok' ? { basemap: raw } : null),
    write: (v) => v.basemap,
  },
  {
    // `1` when the map shows values ("78 %") on its labels; absent = names and numbers only.
    key: 'val',
    read: (raw) => (raw === '1' ? { values: true } : null),
    write: (v) => (v.values ? '1' : null),
  },
  {
    key: 'sel',
    read: (raw) => (isAreaCode(raw) ? { selected: raw } : null),
    write: (v) => v.selected,
  },
  {
    // lon,lat,zoom: 5 decimals (about 1 m) and 2 for zoom.
    key: 'map',
    read: (raw) => {
      const [x, y, z, ...rest] = raw.split(',');
      const lon = readDecimal(x ?? '', -180, 180);
      const lat = readDecimal(y ?? '', -85, 85);
      const zoom = readDecimal(z ?? '', 0, 22);
      return lon === null || lat === null || zoom === null || rest.length > 0 ? null : { position: { lon, lat, zoom } };
    },
    write: (v) =>
      v.position ? [writeDecimal(v.position.lon, 5), writeDecimal(v.position.lat, 5), writeDecimal(v.position.zoom, 2)].join(',') : null,
  },
  {
    key: 'layers',
    read: (raw) => {
      const ids = raw.split(',');
      if (ids.length > MAX_LAYERS || !ids.every((id) => LAYER_ID.test(id))) return null;
      return { layers: [...new Set(ids)] };
    },
    write: (v) => (v.layers.length > 0 ? v.layers.join(',') : null),
  },
  {
    key: 'pair',
    read: (raw) => {
      const [a, b, ...rest] = raw.split(',');
      if (!a || !b || rest.length > 0 || a === b || !isAreaCode(a) || !isAreaCode(b)) return null;
      return { pair: [a, b] };
    },
    write: (v) => (v.pair ? v.pair.join(',') : null),
  },
  {
    key: 'scenario',
    read: (raw) => (SCENARIO_ID.test(raw) ? { scenario: raw } : null),
    write: (v) => v.scenario,
  },
  {
    // The shown scenario's moves, e.g. `WK091740.sell-to-occupant.100,WK091736.build-corporation.100`.
    key: 'moves',
    read: (raw) => {
      const moves = decodeMoves(raw);
      return moves ? { moves } : null;
    },
    write: (v) => encodeMoves(v.moves) || null,
  },
  ...PLAN_FIELDS,
];
