import { useStore, type SidePanel as Panel } from '../state/store';
import { useT } from '../i18n';
import { AreaPanel } from './AreaPanel';
import { AreaTable } from './AreaTable';
import { DataReport } from './DataReport';
import { OverlayPanel } from './overlays/OverlayPanel';
import { PairsPanel } from './pairs/PairsPanel';
import { PlanPanel } from './plan/PlanPanel';
import { SavedViews } from './SavedViews';
import { UploadTab } from './upload/UploadTab';
import { UploadAlert } from './upload/UploadAlert';

const TABS: Panel[] = ['area', 'table', 'layers', 'pairs', 'plan', 'upload', 'views', 'report'];

/** Tabbed side panel: area details, the table of areas, the data check. */
export function SidePanel() {
  const t = useT();
  const panel = useStore((s) => s.panel);
  const setPanel = useStore((s) => s.setPanel);
  const status = useStore((s) => (s.base ? 'ready' : 'loading'));
  const label = {
    area: t.areaPanel,
    table: t.tablePanel,
    layers: t.ovTab,
    pairs: t.pairsTab,
    plan: t.planTab,
    upload: t.uploadTab,
    views: t.viewsTab,
    report: t.reportPanel,
  } as const;
  return (
    <aside className="side" aria-label={label[panel]}>
      {status === 'ready' && <UploadAlert />}
      <div role="tablist" className="tabs" aria-label={t.areaPanel}>
        {TABS.map((p) => (
          <button
            key={p}
            type="button"
            role="tab"
            id={`tab-${p}`}
            aria-selected={panel === p}
            aria-controls={`tabpanel-${p}`}
            tabIndex={panel === p ? 0 : -1}
            onClick={() => setPanel(p)}
            data-testid={`tab-${p}`}
            onKeyDown={(e) => {
              const i = TABS.indexOf(p);
              const next =
                e.key === 'ArrowRight'
                  ? TABS[(i + 1) % TABS.length]
                  : e.key === 'ArrowLeft'
                    ? TABS[(i + TABS.length - 1) % TABS.length]
                    : null;
              if (next) {
                setPanel(next);
                document.getElementById(`tab-${next}`)?.focus();
              }
            }}
          >
            {label[p]}
          </button>
        ))}
      </div>
      <div role="tabpanel" tabIndex={0} id={`tabpanel-${panel}`} aria-labelledby={`tab-${panel}`} className="tabpanel">
        {status === 'ready' && panel === 'area' && <AreaPanel />}
        {status === 'ready' && panel === 'table' && <AreaTable />}
        {panel === 'layers' && <OverlayPanel />}
        {status === 'ready' && panel === 'pairs' && <PairsPanel />}
        {status === 'ready' && panel === 'plan' && <PlanPanel />}
        {status === 'ready' && panel === 'report' && <DataReport />}
        {panel === 'views' && <SavedViews />}
        {status === 'ready' && panel === 'upload' && <UploadTab />}
      </div>
    </aside>
  );
}
