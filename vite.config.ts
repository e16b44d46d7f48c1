/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { geodataPlugin } from './.config/vite/geodata-plugin.ts';
import { cspPlugin } from './.config/vite/csp-plugin.ts';
import { catalogPlugin } from './.config/vite/catalog-plugin.ts';
import { fontPreloadPlugin } from './.config/vite/font-preload-plugin.ts';

export default defineConfig({
  plugins: [react(), geodataPlugin(), cspPlugin(), catalogPlugin(), fontPreloadPlugin()],
  base: './',
  // Dependencies used only by the upload worker: pre-bundled up front, so the dev server does not reload mid-upload on first use.
  optimizeDeps: { include: ['proj4', '@turf/kinks'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500, sourcemap: false },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
    projects: [
      // Node only: parsing, joins, classification, pairs, scenarios, URL state, style, data contract.
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/contract/**/*.test.ts'],
          environment: 'node',
          // The page fetches the English texts; tests have them at hand.
          setupFiles: ['tests/setup/english.ts'],
        },
      },
      // The built app in headless Chromium (run after `vite build`, one file at a time).
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.e2e.ts'], environment: 'node', testTimeout: 90_000, hookTimeout: 120_000 },
      },
    ],
  },
});
