import { useEffect, useState } from 'react';
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
import { matches, PHONE, STACKED } from './media';
import { FoldButton } from './FoldButton';

const TABS: Panel[] = ['area', 'table', 'layers', 'pairs', 'plan', 'upload', 'views', 'report'];

/** Keep the chosen tab in view inside the tab list, which scrolls sideways when the tabs do not fit. */
function revealTab(panel: Panel): void {
  const tab = document.getElementById(`tab-${panel}`);
  const list = tab?.parentElement;
  if (!tab || !list) return;
  if (tab.offsetLeft < list.scrollLeft) list.scrollLeft = tab.offsetLeft;
  else if (tab.offsetLeft + tab.offsetWidth > list.scrollLeft + list.clientWidth)
    list.scrollLeft = tab.offsetLeft + tab.offsetWidth - list.clientWidth;
}

/**
 * Tabbed side panel: area details, the table of areas, layers, pairs, plan, uploads, views, the data check.
 * It folds away: beside the map to a narrow strip, on a phone to its tab bar at the bottom (a bottom sheet
 * that opens when a tab or an area is chosen).
 */
export function SidePanel() {
  const t = useT();
  const panel = useStore((s) => s.panel);
  const setPanel = useStore((s) => s.setPanel);
  const selected = useStore((s) => s.selected);
  const status = useStore((s) => (s.base ? 'ready' : 'loading'));
  const [open, setOpen] = useState(() => !matches(PHONE));
  useEffect(() => revealTab(panel), [panel, open]);
  useEffect(() => {
    if (selected && matches(STACKED)) setOpen(true);
  }, [selected]);
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
    <aside className={open ? 'side' : 'side folded'} aria-label={label[panel]}>
      {status === 'ready' && <UploadAlert />}
      <div className="side-head">
        <FoldButton
          className="side-toggle"
          open={open}
          labels={{ fold: t.layoutPanelClose, unfold: t.layoutPanelOpen }}
          onToggle={() => setOpen((o) => !o)}
          testId="side-toggle"
          controls="side-body"
        />
        <div
          role="tablist"
          className="tabs"
          aria-label={t.areaPanel}
          onWheel={(e) => {
            if (e.deltaX === 0) e.currentTarget.scrollLeft += e.deltaY;
          }}
        >
          {TABS.map((p) => (
            <button
              key={p}
              type="button"
              role="tab"
              id={`tab-${p}`}
              aria-selected={panel === p}
              aria-controls={`tabpanel-${p}`}
              tabIndex={panel === p ? 0 : -1}
              onClick={() => {
                setPanel(p);
                setOpen(true);
              }}
              data-testid={`tab-${p}`}
              onKeyDown={(e) => {
                const i = TABS.indexOf(p);
                const next =
                  e.key === 'ArrowRight'
                    ? TABS[(i + 1) % TABS.length]
                    : e.key === 'ArrowLeft'
                      ? TABS[(i + TABS.length - 1) % TABS.length]
                      : e.key === 'Home'
                        ? TABS[0]
                        : e.key === 'End'
                          ? TABS[TABS.length - 1]
                          : null;
                if (next) {
                  e.preventDefault();
                  setPanel(next);
                  document.getElementById(`tab-${next}`)?.focus();
                }
              }}
            >
              {label[p]}
            </button>
          ))}
        </div>
      </div>
      <div id="side-body" className="side-body">
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
      </div>
    </aside>
  );
}
