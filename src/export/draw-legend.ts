/**
 * The legend drawn on the export canvas, in layout units: the band as a strip on a 0–100 % axis with a
 * dot per area, the scope average, the edges, the count per class with its swatch, the colour steps
 * and the notes. The same legend model as the screen legend (state/legend-model.ts), the same theme.
 */
import type { Dict } from '../i18n/nl';
import type { Lang } from '../domain/numbers';
import { formatPct } from '../domain/numbers';
import { BAND_COLORS, MARK_COLORS } from '../config/theme';
import { formatEdge } from '../i18n/format';
import type { Rect } from './layout';
import type { LegendModel } from '../state/legend-model';
import { legendAxis, legendBandText, legendClassLabel, legendNoteText, legendStripEnds, legendTitle } from '../i18n/legend-notes';
import { drawWrapped, font, INK, LINE, MUTED } from './draw';
import { paintSwatch } from './swatch';
import { drawOverlayLegend } from './draw-overlay-legend';

const PAD = 12;

/** Draw the legend into `r` (layout units). Returns the y below the last line drawn. */
export function drawLegend(ctx: CanvasRenderingContext2D, r: Rect, m: LegendModel, t: Dict, lang: Lang): number {
  ctx.save();
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.strokeStyle = LINE;
  ctx.lineWidth = 1;
  ctx.strokeRect(r.x, r.y, r.w, r.h);
  const left = r.x + PAD;
  const width = r.w - 2 * PAD;
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = INK;
  ctx.font = font(15, true);
  let y = drawWrapped(ctx, legendTitle(m, t), left, r.y + PAD + 14, width, 19) + 6;

  // The band strip: 0–100 % across the width, areas as dots, the average dashed.
  const ax = (pct: number) => left + (pct / 100) * width;
  const top = y + 12;
  const stripH = 44;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(left, top, width, stripH);
  ctx.strokeStyle = MARK_COLORS.stripFrame;
  ctx.strokeRect(left, top, width, stripH);
  const band = m.band;
  if (band) {
    ctx.fillStyle = BAND_COLORS.within;
    ctx.fillRect(ax(band.lower), top, ax(band.upper) - ax(band.lower), stripH);
    ctx.strokeStyle = MARK_COLORS.bandFrame;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(ax(band.lower), top, ax(band.upper) - ax(band.lower), stripH);
  }
  if (m.average !== null) {
    ctx.save();
    ctx.strokeStyle = MARK_COLORS.average;
    ctx.lineWidth = 2;
    ctx.setLineDash([3, 2]);
    ctx.beginPath();
    ctx.moveTo(ax(m.average), top - 6);
    ctx.lineTo(ax(m.average), top + stripH + 4);
    ctx.stroke();
    ctx.restore();
    ctx.fillStyle = MARK_COLORS.averageText;
    ctx.font = font(10);
    ctx.textAlign = 'center';
    ctx.fillText(
      `${t.legendAverage} ${formatPct(m.average, lang, 0)}`,
      Math.min(Math.max(ax(m.average), left + 50), left + width - 50),
      top - 8,
    );
  }
  if (m.indicator === 'target-distance') {
    // The streefbeeld in the middle of the −50…+50 points axis.
    ctx.strokeStyle = MARK_COLORS.bandFrame;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(ax(50), top);
    ctx.lineTo(ax(50), top + stripH);
    ctx.stroke();
  }
  m.dots.forEach((d, i) => {
    ctx.beginPath();
    ctx.arc(ax(d.pct), top + 6 + ((i * 7) % (stripH - 12)), 4, 0, Math.PI * 2);
    ctx.fillStyle = d.color;
    ctx.fill();
    ctx.strokeStyle = MARK_COLORS.dotStroke;
    ctx.lineWidth = 0.8;
    ctx.stroke();
  });
  y = top + stripH + 14;
  ctx.fillStyle = INK;
  ctx.font = font(11, true);
  if (band) {
    ctx.textAlign = 'right';
    ctx.fillText(formatEdge(band.lower, lang), ax(band.lower), y);
    ctx.textAlign = 'left';
    ctx.fillText(formatEdge(band.upper, lang), ax(band.upper), y);
  }
  ctx.font = font(10);
  const [start, end] = legendStripEnds(m, lang);
  if (!band || band.lower >= 20) ctx.fillText(start, left, y);
  ctx.textAlign = 'right';
  if (!band || band.upper <= 80) ctx.fillText(end, left + width, y);
  ctx.textAlign = 'left';
  ctx.fillStyle = MUTED;
  y = drawWrapped(ctx, legendAxis(m, t), left, y + 15, width, 13) + 4;
  if (band) y = drawWrapped(ctx, t[band.label], left, y, width, 13) + 2;
  for (const b of m.bands) y = drawWrapped(ctx, legendBandText(b, t, lang), left, y, width, 13);
  if (m.bands.length > 0) y += 4;

  // Classes with counts: pattern and text, never colour alone.
  ctx.font = font(12);
  for (const c of m.classes) {
    paintSwatch(ctx, c.swatch, left, y, 20, 13);
    ctx.fillStyle = INK;
    const label = `${legendClassLabel(c, t, lang)}: `;
    ctx.fillText(label, left + 28, y + 11);
    const w = ctx.measureText(label).width;
    ctx.font = font(12, true);
    ctx.fillText(String(c.count), left + 28 + w, y + 11);
    ctx.font = font(12);
    y += 19;
  }

  // The seven colour steps (the band map only).
  if (m.ramp.length > 0) {
    y += 4;
    const cell = width / m.ramp.length;
    m.ramp.forEach((r, i) => paintSwatch(ctx, r.swatch, left + i * cell, y, cell, 12, ''));
    ctx.strokeStyle = MARK_COLORS.stripFrame;
    ctx.lineWidth = 1;
    ctx.strokeRect(left, y, width, 12);
    y += 26;
  }
  ctx.fillStyle = MUTED;
  ctx.font = font(10);
  for (const note of m.notes) y = drawWrapped(ctx, legendNoteText(note, t), left, y + 3, width, 13);
  if (m.scenario !== null) {
    ctx.fillStyle = MARK_COLORS.averageText;
    ctx.font = font(10, true);
    y = drawWrapped(ctx, `${t.exportScenario}: ${m.scenario || t.scenarioUnnamed}`, left, y + 6, width, 13);
  }
  y = drawOverlayLegend(ctx, m.overlays, left, y + 4, width, t, lang);
  ctx.restore();
  return y;
}
