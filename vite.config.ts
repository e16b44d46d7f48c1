/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { geodataPlugin } from './scripts/vite-geodata-plugin.ts';
import { cspPlugin } from './scripts/vite-csp-plugin.ts';

export default defineConfig({
  plugins: [react(), geodataPlugin(), cspPlugin()],
  base: './',
  // Dependencies used only by the upload worker: pre-bundled up front, so the dev server does not reload mid-upload on first use.
  optimizeDeps: { include: ['proj4', '@turf/kinks'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500, sourcemap: false },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/contract/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
});
