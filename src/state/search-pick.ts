/**
 * Showing a search result: search covers every area of the 7 gemeenten, so a result may lie outside the scope; then
 * the scope switches to the area's own gemeente (a Kerkrade buurt found from Heerlen opens Kerkrade), the level to the
 * area's, and the area is selected.
 */
import type { Area } from '../domain/types';
import { scopeGemeenten, type Scope } from '../config/policy';
import { useStore } from './store';

/** The scope a found area is shown in: the current one when it covers the area's gemeente, else that gemeente. */
export function scopeForArea(gemeenteCode: string, scope: Scope): Scope {
  return scopeGemeenten(scope).includes(gemeenteCode) ? scope : gemeenteCode;
}

/** Switch scope and level where needed, then select the area. */
export function pickArea(a: Area): void {
  if (a.level !== 'wijk' && a.level !== 'buurt') return;
  const s = useStore.getState();
  const scope = scopeForArea(a.gemeenteCode, s.scope);
  if (scope !== s.scope) s.setScope(scope);
  if (useStore.getState().level !== a.level) useStore.getState().setLevel(a.level);
  useStore.getState().select(a.code);
}
