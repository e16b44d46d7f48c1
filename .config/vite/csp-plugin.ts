/**
 * Adds a strict Content-Security-Policy to the built index.html (not in dev, where Vite's
 * hot-reload preamble is an inline script). No inline script, no eval; PDOK tiles allowed for the optional basemap.
 */
import type { Plugin } from 'vite';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://service.pdok.nl",
  "connect-src 'self' data: blob: https://service.pdok.nl",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'wijkbalans-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
    },
  };
}
