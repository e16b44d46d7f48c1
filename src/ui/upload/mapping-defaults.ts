import type { ColumnMapping } from '../../domain/upload/mapping';

/**
 * The mapping when nothing was suggested: the first column that holds no figures as the key, the first
 * column with figures as the share. A text column is never pre-selected as the number column.
 */
export function blankMapping(header: readonly string[], valueColumns: readonly string[]): ColumnMapping {
  return {
    key: header.find((h) => !valueColumns.includes(h)) ?? header[0] ?? '',
    keyKind: 'code',
    nameLevel: 'all',
    value: { kind: 'share', share: valueColumns[0] ?? '' },
    dwellings: null,
    year: null,
    name: null,
  };
}
