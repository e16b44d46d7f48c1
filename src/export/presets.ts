/**
 * Export sizes. Each preset has a layout scale: output pixels per layout unit (a CSS pixel), so text and
 * lines have the same size relative to the page whatever the resolution. A4 at 300 dpi is 300/96 px per
 * CSS px (A4 landscape is 1122.5 × 793.7 CSS px); both slide sizes are laid out on 1280 × 720 units.
 */
import type { MapLevel } from '../domain/types';

export type ExportPresetId = 'a4' | 'slide' | 'slide4k';

export interface ExportPreset {
  id: ExportPresetId;
  width: number;
  height: number;
  scale: number;
}

export const EXPORT_PRESETS: readonly ExportPreset[] = [
  { id: 'a4', width: 3508, height: 2480, scale: 300 / 96 },
  { id: 'slide', width: 1920, height: 1080, scale: 1.5 },
  { id: 'slide4k', width: 3840, height: 2160, scale: 3 },
];

export function findPreset(id: string): ExportPreset | null {
  return EXPORT_PRESETS.find((p) => p.id === id) ?? null;
}

/**
 * File name of an export: `wijkbalans-gm0917-wijk-2025-05-12-a4.png`. The date is the local calendar
 * date; the scope is lower-cased and anything but letters, digits and `-` is dropped.
 */
export function exportFileName(scope: string, level: MapLevel, presetId: ExportPresetId, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const safeScope = scope.toLowerCase().replace(/[^a-z0-9-]/g, '');
  return `wijkbalans-${safeScope}-${level}-${day}-${presetId}.png`;
}
