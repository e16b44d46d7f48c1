import { downloadBlob } from '../download';

/** Save text as a file through a temporary blob: URL (allowed by the CSP; no data leaves the browser). */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** `heerlen 2025.csv` → `heerlen 2025`. */
export const baseName = (file: string) => file.replace(/\.[^.]+$/, '');
