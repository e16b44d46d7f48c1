/** Error type for data inconsistencies: the message names file and row/feature. */
export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataError';
  }
}

export function fail(message: string): never {
  throw new DataError(message);
}

/** Collects validation problems as `file: where: what` lines. */
export class Issues {
  readonly list: string[] = [];
  /** accepted, documented deviations: printed, not fatal */
  readonly warnings: string[] = [];

  add(file: string, where: string, what: string): void {
    this.list.push(`${file}: ${where}: ${what}`);
  }

  warn(file: string, where: string, what: string): void {
    this.warnings.push(`${file}: ${where}: ${what}`);
  }

  get ok(): boolean {
    return this.list.length === 0;
  }
}
