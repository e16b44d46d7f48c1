/**
 * The overlay part of the exported legend (issue 3 layers that are visible): NPLV line styles, the
 * colony status symbols and the project kinds, drawn with the same shapes and letters as the map.
 */
import type { Dict } from '../i18n/nl';
import type { Lang } from '../domain/numbers';
import { FOCUS_COLOR, KIND_STYLE, NPLV_COLOR, STATUS_STYLE, statusLabel, type OverlayId, type Shape } from '../config/overlays';
import { PROJECT_KINDS } from '../domain/overlays/types';
import { DISPLAY_STATUSES } from '../domain/overlays/colony-status';
import { drawWrapped, font, INK, MUTED } from './draw';

function shapePath(ctx: CanvasRenderingContext2D, shape: Shape, cx: number, cy: number, r: number): void {
  ctx.beginPath();
  if (shape === 'square') ctx.rect(cx - r * 0.8, cy - r * 0.8, r * 1.6, r * 1.6);
  else if (shape === 'diamond') {
    ctx.moveTo(cx, cy - r);
    ctx.lineTo(cx + r, cy);
    ctx.lineTo(cx, cy + r);
    ctx.lineTo(cx - r, cy);
    ctx.closePath();
  } else if (shape === 'triangle') {
    ctx.moveTo(cx, cy - r);
    ctx.lineTo(cx + r, cy + r * 0.8);
    ctx.lineTo(cx - r, cy + r * 0.8);
    ctx.closePath();
  } else if (shape === 'triangle-down') {
    ctx.moveTo(cx, cy + r);
    ctx.lineTo(cx + r, cy - r * 0.8);
    ctx.lineTo(cx - r, cy - r * 0.8);
    ctx.closePath();
  } else if (shape === 'ring-slash') {
    ctx.arc(cx, cy, r * 0.7, 0, Math.PI * 2);
    ctx.moveTo(cx + r * 0.7, cy - r * 0.7);
    ctx.lineTo(cx - r * 0.7, cy + r * 0.7);
  } else ctx.arc(cx, cy, shape === 'ring' ? r * 0.7 : r * 0.85, 0, Math.PI * 2);
}

function line(ctx: CanvasRenderingContext2D, x: number, y: number, color: string, dash: number[]): void {
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = 2.5;
  ctx.setLineDash(dash);
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + 18, y);
  ctx.stroke();
  ctx.restore();
}

type Entry = { label: string; draw: (cx: number, cy: number) => void };

/** Draw the entries of the visible overlays from `y`, in two columns; returns the y below them. */
export function drawOverlayLegend(
  ctx: CanvasRenderingContext2D,
  visible: readonly OverlayId[],
  left: number,
  y: number,
  width: number,
  t: Dict,
  lang: Lang,
): number {
  if (visible.length === 0) return y;
  ctx.save();
  ctx.font = font(9.5);
  const colW = width / 2;
  const LH = 11;
  // Entries two by two: each pair shares a row as tall as its longer label.
  const grid = (entries: Entry[]) => {
    for (let i = 0; i < entries.length; i += 2) {
      let bottom = y;
      entries.slice(i, i + 2).forEach((e, j) => {
        const x = left + j * colW;
        e.draw(x + 9, y + 6);
        ctx.fillStyle = INK;
        ctx.textAlign = 'left';
        ctx.font = font(9.5);
        bottom = Math.max(bottom, drawWrapped(ctx, e.label, x + 22, y + 9, colW - 26, LH));
      });
      y = bottom + 2;
    }
    y += 3;
  };
  if (visible.includes('nplv')) {
    grid([
      { label: t.ovNplvConfirmed, draw: (cx, cy) => line(ctx, cx - 9, cy, NPLV_COLOR, []) },
      { label: t.ovNplvInferred, draw: (cx, cy) => line(ctx, cx - 9, cy, NPLV_COLOR, [6, 4]) },
      { label: t.ovFocus, draw: (cx, cy) => line(ctx, cx - 9, cy, FOCUS_COLOR, [1.5, 3.5]) },
    ]);
  }
  if (visible.includes('colonies')) {
    grid(
      DISPLAY_STATUSES.map((s) => {
        const st = STATUS_STYLE[s];
        return {
          label: statusLabel(s, lang),
          draw: (cx, cy) => {
            shapePath(ctx, st.shape, cx, cy, 5.5);
            if (st.shape === 'ring' || st.shape === 'ring-slash') {
              ctx.strokeStyle = st.color;
              ctx.lineWidth = 2.5;
              ctx.stroke();
            } else {
              ctx.fillStyle = st.color;
              ctx.fill();
              ctx.strokeStyle = '#111';
              ctx.lineWidth = 1;
              ctx.stroke();
            }
          },
        };
      }),
    );
  }
  if (visible.includes('projects')) {
    grid(
      PROJECT_KINDS.map((k) => {
        const st = KIND_STYLE[k];
        return {
          label: st[lang],
          draw: (cx, cy) => {
            ctx.fillStyle = st.color;
            ctx.fillRect(cx - 6, cy - 6, 12, 12);
            ctx.fillStyle = '#fff';
            ctx.font = font(8.5, true);
            ctx.textAlign = 'center';
            ctx.fillText(st.letter, cx, cy + 3);
          },
        };
      }),
    );
  }
  if (visible.includes('colonies') || visible.includes('projects')) {
    ctx.fillStyle = MUTED;
    ctx.textAlign = 'left';
    ctx.font = font(9.5);
    y = drawWrapped(ctx, `○ ${t.ovLegendApprox}`, left, y + 8, width, LH);
  }
  ctx.restore();
  return y;
}
