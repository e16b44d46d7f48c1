/**
 * Import direction (architecture.md): domain ← config ← data ← state ← i18n ← map/export ← ui, and only the map
 * controller loads the map libraries.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..', '..', 'src');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}
const all = files(SRC).map((p) => ({ path: relative(SRC, p), text: readFileSync(p, 'utf8') }));
/** Module specifiers of runtime imports (type-only imports left out), static and dynamic. */
const runtimeImports = (text: string) => [
  ...[...text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1] ?? ''),
  ...[...text.matchAll(/^import\s+'([^']+)'/gm)].map((m) => m[1] ?? ''),
  ...[...text.matchAll(/import\('([^']+)'\)/g)].map((m) => m[1] ?? ''),
];
const allImports = (text: string) => [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1] ?? '');

/** The layer of a file under src/, low to high; a file may import its own layer and lower ones only. */
const LAYERS: Record<string, number> = { domain: 0, config: 1, data: 2, workers: 2, state: 3, i18n: 4, map: 5, export: 5, ui: 6 };
const layerOf = (path: string) => LAYERS[path.split('/')[0] ?? ''] ?? 7;

/** `src/`-relative paths of a file's relative imports (type-only ones included: a type is a dependency too). */
function importedPaths(file: { path: string; text: string }): string[] {
  const dir = file.path.split('/').slice(0, -1);
  return allImports(file.text)
    .filter((i) => i.startsWith('.'))
    .map((i) => {
      const parts = [...dir];
      for (const seg of i.split('/')) {
        if (seg === '..') parts.pop();
        else if (seg !== '.') parts.push(seg);
      }
      return parts.join('/');
    });
}

describe('architecture', () => {
  it('follows the layer order domain ← config ← data ← state ← i18n ← map/export ← ui', () => {
    const bad = all.flatMap((f) =>
      importedPaths(f)
        .filter((target) => layerOf(target) > layerOf(f.path))
        .map((target) => `${f.path} → ${target}`),
    );
    expect(bad).toEqual([]);
  });
  it('knows the layer of every folder in src/', () => {
    const folders = [...new Set(all.map((f) => f.path.split('/')[0] ?? ''))].filter((p) => p !== '' && !p.includes('.'));
    expect(folders.filter((f) => !(f in LAYERS))).toEqual([]);
  });
  it('domain/ is pure: no React, DOM stores, map libraries or app layers', () => {
    const bad = all
      .filter((f) => f.path.startsWith('domain/'))
      .flatMap((f) =>
        allImports(f.text)
          .filter((i) => /^(react|maplibre-gl|@deck\.gl|zustand)/.test(i) || /\.\.\/(state|ui|map|data)\//.test(i))
          .map((i) => `${f.path} → ${i}`),
      );
    expect(bad).toEqual([]);
  });
  it('ui/ never imports the map libraries', () => {
    const bad = all
      .filter((f) => f.path.startsWith('ui/'))
      .flatMap((f) =>
        allImports(f.text)
          .filter((i) => /^(maplibre-gl|@deck\.gl)/.test(i))
          .map((i) => `${f.path} → ${i}`),
      );
    expect(bad).toEqual([]);
  });
  it('only map/controller.ts loads maplibre-gl at runtime, and deck.gl only through map/deck-arcs.ts, which the controller loads lazily', () => {
    const users = (lib: RegExp) => all.filter((f) => runtimeImports(f.text).some((i) => lib.test(i))).map((f) => f.path);
    expect(users(/^maplibre-gl/)).toEqual(['map/controller.ts']);
    expect(users(/^@deck\.gl/)).toEqual(['map/deck-arcs.ts']);
    expect(users(/^\.\/deck-arcs$/)).toEqual(['map/controller.ts']);
    expect(all.find((f) => f.path === 'map/controller.ts')?.text).toContain("import('./deck-arcs')");
  });
  it('src/ has no `any`, no ts-ignore and no dangerouslySetInnerHTML', () => {
    const code = (t: string) => t.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const bad = all
      .filter((f) => /:\s*any\b|as any\b|<any>|dangerouslySetInnerHTML/.test(code(f.text)) || /@ts-ignore/.test(f.text))
      .map((f) => f.path);
    expect(bad).toEqual([]);
  });
});
