/**
 * Notes on single areas that the geodata carries as a stable code (buurt property `opmerking`), so the app can
 * explain them in the user's language: a buurt whose 2024 code could not be confirmed (Kunderberg, Hellebeuk),
 * or whose polygon was rebuilt from the gemeente outline. Pure: reads the parsed GeoJSON, returns code → note.
 */
import type { Parsed } from './types';
import { problem, type Problem } from './problem';

export type AreaNote = 'code-2024-onbevestigd' | 'vlak-afgeleid';
const NOTES: ReadonlySet<string> = new Set<AreaNote>(['code-2024-onbevestigd', 'vlak-afgeleid']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The `opmerking` of every feature that has one (empty or absent = no note). An unknown value is a warning and is
 * left out; features without a code are skipped (parseAreaGeoJson reports them).
 */
export function parseAreaNotes(json: unknown, file: string): Parsed<ReadonlyMap<string, AreaNote>> {
  const notes = new Map<string, AreaNote>();
  const issues: Problem[] = [];
  const features = isRecord(json) && Array.isArray(json.features) ? (json.features as unknown[]) : [];
  features.forEach((f, i) => {
    const props = isRecord(f) && isRecord(f.properties) ? f.properties : {};
    const code = typeof props.code === 'string' ? props.code : '';
    const note = props.opmerking;
    if (code === '' || note === undefined || note === '') return;
    if (typeof note === 'string' && NOTES.has(note)) notes.set(code, note as AreaNote);
    else issues.push(problem('warning', 'geojson.unknown-note', { file, row: i + 1, key: code, value: String(note) }));
  });
  return { value: notes, issues };
}
