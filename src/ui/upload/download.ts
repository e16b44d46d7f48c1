/** Save text as a file through a temporary blob: URL (allowed by the CSP; no data leaves the browser). */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `heerlen 2025.csv` → `heerlen 2025`. */
export const baseName = (file: string) => file.replace(/\.[^.]+$/, '');
