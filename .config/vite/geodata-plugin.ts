/**
 * Serves the committed `geodata/` folder at `/geodata/` in dev and preview, and copies it
 * into the build output, so the app always loads the same files the data scripts wrote.
 * `WIJKBALANS_GEODATA_DIR`, when set, names another folder with the same file names: the dev and preview
 * servers then serve that one instead (the scale benchmark serves the national wijken this way; the build
 * always copies the committed geodata/).
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, Connect } from 'vite';

const GEODATA_DIR = resolve(import.meta.dirname, '..', '..', 'geodata');

const TYPES: Record<string, string> = {
  '.geojson': 'application/geo+json',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

function contentType(file: string): string {
  const ext = file.slice(file.lastIndexOf('.'));
  return TYPES[ext] ?? 'application/octet-stream';
}

function middleware(dir: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = req.url?.split('?')[0] ?? '';
    const m = /\/geodata\/([A-Za-z0-9._-]+)$/.exec(url);
    if (!m?.[1]) return next();
    const file = join(dir, m[1]);
    if (!existsSync(file) || !statSync(file).isFile()) return next();
    res.setHeader('Content-Type', contentType(file));
    res.end(readFileSync(file));
  };
}

export function geodataPlugin(): Plugin {
  const override = process.env['WIJKBALANS_GEODATA_DIR']?.trim();
  const served = override ? resolve(override) : GEODATA_DIR;
  return {
    name: 'wijkbalans-geodata',
    configureServer(server) {
      server.middlewares.use(middleware(served));
    },
    configurePreviewServer(server) {
      // Before the static files of the build, so the override wins over the copy in dist/geodata/.
      if (override) server.middlewares.use(middleware(served));
    },
    generateBundle() {
      for (const name of readdirSync(GEODATA_DIR)) {
        const file = join(GEODATA_DIR, name);
        if (!statSync(file).isFile()) continue;
        this.emitFile({ type: 'asset', fileName: `geodata/${name}`, source: readFileSync(file) });
      }
    },
  };
}
