/**
 * Guarded browser storage. Reading or writing `localStorage` can throw (site data blocked, private mode,
 * quota full, a SecurityError at first access): every access goes through here and never throws, so the
 * app always starts and works in memory. `storageAvailable()` tells the interface to say so.
 */

function local(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The text stored under `key`; `null` when absent, `undefined` when storage cannot be read. */
export function readStored(key: string): string | null | undefined {
  try {
    const s = local();
    return s ? s.getItem(key) : undefined;
  } catch {
    return undefined;
  }
}

/** Store `text` under `key`; false when the browser refuses (blocked, full). */
export function writeStored(key: string, text: string): boolean {
  try {
    const s = local();
    if (!s) return false;
    s.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/** True when this browser lets the app keep data between visits. */
export function storageAvailable(): boolean {
  const probe = 'wijkbalans.probe';
  if (!writeStored(probe, '1')) return false;
  try {
    local()?.removeItem(probe);
  } catch {
    return false;
  }
  return true;
}
