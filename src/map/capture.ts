/**
 * The door between the export and the map, without importing a map library: MapView registers a
 * function that renders the live map at a given size and returns a copy of its canvas. The UI and the
 * export call captureMap. While a capture runs, the map's own moves are not reported as view changes.
 */

export interface CaptureRequest {
  /** Size of the map in CSS px; the canvas is `pixelRatio` times larger. */
  cssWidth: number;
  cssHeight: number;
  pixelRatio: number;
}

export interface CaptureResult {
  /** A 2D canvas copy of the rendered map. */
  canvas: HTMLCanvasElement;
  center: [number, number];
  zoom: number;
  bearing: number;
}

type Capturer = (request: CaptureRequest) => Promise<CaptureResult>;

let capturer: Capturer | null = null;
let snapshotter: (() => HTMLCanvasElement | null) | null = null;
let busy = false;

/** Called by MapView once the map exists; returns the unregister function. */
export function registerCapturer(fn: Capturer): () => void {
  capturer = fn;
  return () => {
    if (capturer === fn) capturer = null;
  };
}

/** True while the map is being rendered for an export. */
export function isCapturing(): boolean {
  return busy;
}

/** Render the map at the requested size. Rejects when there is no map or another capture is running. */
export async function captureMap(request: CaptureRequest): Promise<CaptureResult> {
  if (!capturer) throw new Error('Er is geen kaart om vast te leggen.');
  if (busy) throw new Error('Er loopt al een export.');
  busy = true;
  try {
    return await capturer(request);
  } finally {
    busy = false;
  }
}

/** Called by MapView: a synchronous copy of what the map shows now (for print, which cannot wait). */
export function registerSnapshot(fn: () => HTMLCanvasElement | null): () => void {
  snapshotter = fn;
  return () => {
    if (snapshotter === fn) snapshotter = null;
  };
}

/** The map as drawn now, without the strip under the legend; null when there is no map. */
export function snapshotMap(): HTMLCanvasElement | null {
  return snapshotter?.() ?? null;
}
