/**
 * The interface font in the first request: the built index.html preloads the three Noto Sans weights the page uses
 * (400 text, 600 map labels, 700 headings). Without it the fonts are found only once the CSS is parsed, the page is
 * painted first in a fallback font and then again; under software WebGL that second paint of the whole page competes
 * with the map's own start (`npm run bench`).
 */
import type { Plugin } from 'vite';

/** The font files preloaded, as Vite names them in assets/ (name-hash.woff2). */
export const PRELOADED_FONT = /^assets\/noto-sans-latin-(400|600|700)-normal-[\w-]+\.woff2$/;

export function fontPreloadPlugin(): Plugin {
  return {
    name: 'wijkbalans-font-preload',
    apply: 'build',
    transformIndexHtml(_html, ctx) {
      const files = Object.keys(ctx.bundle ?? {})
        .filter((f) => PRELOADED_FONT.test(f))
        .sort();
      return files.map((f) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `./${f}`, as: 'font', type: 'font/woff2', crossorigin: '' },
        injectTo: 'head' as const,
      }));
    },
  };
}
