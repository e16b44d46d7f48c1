/**
 * Browser measurements for `npm run bench`, in headless Chromium (SwiftShader): navigation → `window.__mapReady`
 * of a served page, and the longest main-thread task while the user pans the map or edits the band (from the
 * 'longtask' PerformanceObserver, and the longest gap between animation frames as a second probe).
 */
import type { Browser, Page } from 'playwright-core';

const VIEWPORT = { width: 1400, height: 900 };
type W = Window & { __mapReady?: boolean; __mapReadyAt?: number };

/**
 * Installed before the page's own scripts (as text: a bundled function would carry the bundler's helpers): records
 * every long task and the gap before every animation frame, each as [start, duration].
 */
const PROBE_SCRIPT = `
  window.__probe = { tasks: [], gaps: [] };
  new PerformanceObserver(function (list) {
    for (const e of list.getEntries()) window.__probe.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  let last = performance.now();
  requestAnimationFrame(function frame(t) {
    window.__probe.gaps.push([last, t - last]);
    last = t;
    requestAnimationFrame(frame);
  });
`;

/** The longest task and frame gap that started at or after \`from\` (ms since navigation). */
const LONGEST = `(from) => {
  const p = window.__probe || { tasks: [], gaps: [] };
  let task = 0, gap = 0;
  for (const [t, d] of p.tasks) if (t >= from && d > task) task = d;
  for (const [t, d] of p.gaps) if (t >= from && d > gap) gap = d;
  return { longestTask: task, longestFrameGap: gap };
}`;

/** Open `url` in a fresh context, wait for the map to be ready, and return the page with its ready time (ms). */
export async function openReady(browser: Browser, url: string): Promise<{ page: Page; readyMs: number; close: () => Promise<void> }> {
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  const page = await ctx.newPage();
  await page.addInitScript(PROBE_SCRIPT);
  await page.goto(url);
  await page.waitForFunction(() => (window as W).__mapReady === true, undefined, { timeout: 120_000 });
  const readyMs = await page.evaluate(() => (window as W).__mapReadyAt ?? NaN);
  return { page, readyMs, close: () => ctx.close() };
}

/** Median navigation → ready over `runs` cold loads (a fresh context each). */
export async function readyTimes(browser: Browser, url: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { readyMs, close } = await openReady(browser, url);
    times.push(readyMs);
    await close();
  }
  return times;
}

export interface Responsiveness {
  /** Longest 'longtask' entry in the window, ms (0 when none over 50 ms). */
  longestTask: number;
  /** Longest gap between two animation frames in the window, ms. */
  longestFrameGap: number;
}

/** Run `action`, wait `settleMs`, and report the longest main-thread task and frame gap from its start. */
async function measure(page: Page, action: () => Promise<void>, settleMs: number): Promise<Responsiveness> {
  const start = await page.evaluate(() => performance.now());
  await action();
  await page.waitForTimeout(settleMs);
  return page.evaluate(`(${LONGEST})(${String(start)})`) as Promise<Responsiveness>;
}

/** A drag across the map (300 × 100 px in 20 steps). */
export function pan(page: Page): Promise<Responsiveness> {
  return measure(
    page,
    async () => {
      const box = await page.locator('[data-testid="map"]').boundingBox();
      if (!box) throw new Error('no map');
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x - 300, y - 100, { steps: 20 });
      await page.mouse.up();
    },
    2500,
  );
}

/** Type a new band centre and press Enter (the editor applies it: every area is classified again, the map recoloured). */
export function editBand(page: Page, centre: string): Promise<Responsiveness> {
  return measure(
    page,
    async () => {
      const input = page.locator('[data-testid="band-centre"]');
      await input.fill(centre);
      await input.press('Enter');
    },
    2500,
  );
}
