/**
 * The English catalog as a JSON asset instead of JavaScript: `virtual:english-catalog` exports its URL. The build
 * writes `assets/english-<hash>.json` from src/i18n/english.ts; the dev server serves the module's current texts
 * at `/@english-catalog.json` (loaded through Vite, so edits show without a restart). Dutch stays in the page.
 */
import type { Plugin } from 'vite';
import { ENGLISH } from '../../src/i18n/english.ts';

const ID = 'virtual:english-catalog';
const RESOLVED = `\0${ID}`;
const DEV_URL = '/@english-catalog.json';

export function catalogPlugin(): Plugin {
  let serve = false;
  return {
    name: 'wijkbalans-english-catalog',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      if (serve) return `export default ${JSON.stringify(DEV_URL)};`;
      const ref = this.emitFile({ type: 'asset', name: 'english.json', source: JSON.stringify(ENGLISH) });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_URL, (_req, res, next) => {
        server
          .ssrLoadModule('/src/i18n/english.ts')
          .then((m) => {
            res.setHeader('Content-Type', 'application/json');
            res.end(JSON.stringify((m as { ENGLISH: unknown }).ENGLISH));
          })
          .catch(next);
      });
    },
  };
}
