/**
 * Search by name or CBS code, diacritics-insensitive, over all areas of the 7 gemeenten; picking a result selects it
 * (switching scope and level if needed).
 */
import { useId, useMemo, useState } from 'react';
import { PARKSTAD, PARKSTAD_SCOPE, scopeGemeenten } from '../config/policy';
import { pickArea } from '../state/search-pick';
import { useT } from '../i18n';
import { useView } from '../state/selectors';
import { areasOf } from '../domain/band-setting';
import { displayName, searchAreas } from '../domain/search';
import type { Area } from '../domain/types';

export function SearchBox() {
  const t = useT();
  const vm = useView();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const today = vm?.today ?? null;
  const candidates = useMemo(() => {
    const all = scopeGemeenten(PARKSTAD_SCOPE);
    return today ? [...areasOf(today, all, 'wijk'), ...areasOf(today, all, 'buurt')] : [];
  }, [today]);
  const results = useMemo(() => searchAreas(candidates, query, 10), [candidates, query]);
  const pick = (a: Area) => {
    pickArea(a);
    setQuery('');
  };
  const open = query.trim().length > 0;
  return (
    <div className="search">
      <input
        type="search"
        className="utrecht-textbox utrecht-textbox--html-input"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-label={t.search}
        placeholder={t.searchPlaceholder}
        value={query}
        data-testid="search-input"
        aria-activedescendant={open && results[active] ? `${listId}-${active}` : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((i) => Math.min(results.length - 1, i + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(0, i - 1));
          } else if (e.key === 'Enter' && results[active]) {
            e.preventDefault();
            pick(results[active]);
          } else if (e.key === 'Escape') setQuery('');
        }}
      />
      {open && (
        <ul id={listId} role="listbox" className="search-results" data-testid="search-results">
          {results.length === 0 && (
            <li className="muted" role="option" aria-selected={false} aria-disabled="true">
              {t.searchNoResult}
            </li>
          )}
          {results.map((a, i) => (
            <li
              key={a.code}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(a);
              }}
            >
              {displayName(a.name)}{' '}
              <span className="muted">
                {a.code} · {t[a.level === 'buurt' ? 'buurt' : 'wijk']} · {PARKSTAD.find((g) => g.code === a.gemeenteCode)?.name}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
