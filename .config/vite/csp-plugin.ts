/**
 * Security headers and the Content-Security-Policy.
 * - The built index.html gets a strict CSP as a <meta> (not in dev, where Vite's hot-reload preamble is an
 *   inline script). No inline script, no eval; PDOK tiles allowed for the optional basemap.
 * - A page must not be framed by another site (clickjacking: a council map overlaid with a hidden button).
 *   `frame-ancestors` is ignored in a <meta> CSP, so it has to be a response header: `npm run preview`
 *   sends the CSP with `frame-ancestors 'none'` and `X-Frame-Options: DENY` (older browsers) as headers,
 *   plus `X-Content-Type-Options: nosniff` and `Referrer-Policy: no-referrer`; the dev server sends the
 *   framing headers only. A production host must send the same (`SECURITY_HEADERS`, see the README).
 */
import type { Connect, Plugin } from 'vite';

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

/** The response headers a host of the built app must send. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'; form-action 'self'`,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** In dev only the framing headers: the full CSP would block Vite's inline hot-reload preamble. */
const DEV_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
};

const sendHeaders =
  (headers: Readonly<Record<string, string>>): Connect.NextHandleFunction =>
  (_req, res, next) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    next();
  };

export function cspPlugin(): Plugin[] {
  return [
    {
      name: 'wijkbalans-csp',
      apply: 'build',
      transformIndexHtml(html) {
        return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
      },
    },
    {
      // `vite preview` and the dev server resolve plugins for `serve`, so this one is not limited to builds.
      name: 'wijkbalans-security-headers',
      configureServer(server) {
        server.middlewares.use(sendHeaders(DEV_HEADERS));
      },
      configurePreviewServer(server) {
        server.middlewares.use(sendHeaders(SECURITY_HEADERS));
      },
    },
  ];
}
