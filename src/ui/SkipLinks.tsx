/** Skip links, visible on keyboard focus: straight to the map, or to the table that lists the same areas. */
import { useT } from '../i18n';
import { useStore } from '../state/store';

function focusLater(selector: string): void {
  window.setTimeout(() => document.querySelector<HTMLElement>(selector)?.focus(), 0);
}

const SKIP = 'skip-link utrecht-skip-link utrecht-skip-link--visible-on-focus';

export function SkipLinks() {
  const t = useT();
  return (
    <div className="skip-links">
      <button type="button" className={SKIP} onClick={() => focusLater('.maplibregl-canvas')}>
        {t.councilSkipToMap}
      </button>
      <button
        type="button"
        className={SKIP}
        data-testid="skip-to-table"
        onClick={() => {
          useStore.getState().setPanel('table');
          focusLater('[data-testid="area-table"] tbody tr');
        }}
      >
        {t.councilSkipToTable}
      </button>
    </div>
  );
}
