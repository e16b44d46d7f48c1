import { describe, expect, it } from 'vitest';
import { parseAreaNotes } from '../../src/domain/area-notes';

const fc = (props: Record<string, unknown>[]) => ({
  type: 'FeatureCollection',
  features: props.map((p) => ({ type: 'Feature', properties: p, geometry: null })),
});

describe('parseAreaNotes', () => {
  it('maps codes to their note and skips empty or absent notes', () => {
    const { value, issues } = parseAreaNotes(
      fc([
        { code: 'BU09860202', opmerking: 'code-2024-onbevestigd' },
        { code: 'BU09860900', opmerking: 'vlak-afgeleid' },
        { code: 'BU09172000', opmerking: '' },
        { code: 'BU09172001' },
      ]),
      'buurten.geojson',
    );
    expect([...value]).toEqual([
      ['BU09860202', 'code-2024-onbevestigd'],
      ['BU09860900', 'vlak-afgeleid'],
    ]);
    expect(issues).toEqual([]);
  });
  it('reports an unknown note as a warning and leaves it out', () => {
    const { value, issues } = parseAreaNotes(fc([{ code: 'BU09860202', opmerking: 'misschien' }]), 'buurten.geojson');
    expect(value.size).toBe(0);
    expect(issues.map((i) => [i.severity, i.code, i.context.row, i.context.key])).toEqual([
      ['warning', 'geojson.unknown-note', 1, 'BU09860202'],
    ]);
  });
  it('gives no notes for something that is not a FeatureCollection', () => expect(parseAreaNotes(null, 'x').value.size).toBe(0));
});
