/**
 * Headless Chromium and the built app, for the browser tests and the benchmarks: Debian's chromium driven by
 * playwright-core (never a downloaded browser), and Vite's preview server for `dist/` on 127.0.0.1.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { PROJECT_ROOT } from './paths.ts';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Launch arguments that give WebGL2 through SwiftShader on a machine without a GPU (../shared/docs/toolchain.md). */
const ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];

/** Headless Chromium (`$CHROMIUM_PATH`, default /usr/bin/chromium). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

export interface Preview {
  server: PreviewServer;
  /** `http://127.0.0.1:<port>/` */
  baseUrl: string;
  close: () => Promise<void>;
}

/** Serve a built app (default `dist/`, relative to the project root) with Vite's preview server on a free port. */
export async function servePreview(outDir = 'dist'): Promise<Preview> {
  if (!existsSync(resolve(PROJECT_ROOT, outDir, 'index.html'))) {
    throw new Error(`${outDir}/ is missing: run \`npm run build\` (or \`npm run test:e2e\`, which builds first).`);
  }
  const server = await preview({
    root: PROJECT_ROOT,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'error',
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 4173;
  return { server, baseUrl: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
