/** Import direction (architecture.md): domain ← config ← data ← state ← map/ui, and only MapView loads the map libraries. */
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

describe('architecture', () => {
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
  it('only map/controller.ts loads maplibre-gl and deck.gl at runtime', () => {
    const users = all.filter((f) => runtimeImports(f.text).some((i) => /^(maplibre-gl|@deck\.gl)/.test(i))).map((f) => f.path);
    expect(users).toEqual(['map/controller.ts']);
  });
  it('src/ has no `any`, no ts-ignore and no dangerouslySetInnerHTML', () => {
    const code = (t: string) => t.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const bad = all
      .filter((f) => /:\s*any\b|as any\b|<any>|dangerouslySetInnerHTML/.test(code(f.text)) || /@ts-ignore/.test(f.text))
      .map((f) => f.path);
    expect(bad).toEqual([]);
  });
});
