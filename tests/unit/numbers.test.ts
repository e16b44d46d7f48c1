import { describe, expect, it } from 'vitest';
import { formatNumber, formatPct, parseCell } from '../../src/domain/numbers';

describe('parseCell (Dutch profile)', () => {
  it('reads a decimal comma', () => expect(parseCell('4,5')).toEqual({ kind: 'number', value: 4.5 }));
  it('reads thousands dots', () => expect(parseCell('46.697')).toEqual({ kind: 'number', value: 46697 }));
  it('reads thousands dots with decimals', () => expect(parseCell('1.234,5')).toEqual({ kind: 'number', value: 1234.5 }));
  it('reads the CBS export style 36.0 as 36', () => expect(parseCell('36.0')).toEqual({ kind: 'number', value: 36 }));
  it.each(['', '.', 'x', '-', '?', '  '])('treats %j as no data, not 0', (s) => expect(parseCell(s)).toEqual({ kind: 'empty' }));
  it('reports text as invalid', () => expect(parseCell('veel')).toEqual({ kind: 'invalid', raw: 'veel' }));
  it('reads a thousands comma in the English profile', () => expect(parseCell('46,697', '.')).toEqual({ kind: 'number', value: 46697 }));
});

describe('formatting', () => {
  it('formats a Dutch percentage', () => expect(formatPct(36, 'nl')).toBe('36,0\u00a0%'));
  it('formats an English percentage', () => expect(formatPct(36, 'en')).toBe('36.0\u00a0%'));
  it('formats thousands with a dot in Dutch', () => expect(formatNumber(46697, 0, 'nl')).toBe('46.697'));
  it('writes a real minus sign and never a signed zero', () => {
    expect(formatNumber(-0.17, 2, 'nl')).toBe('\u22120,17');
    expect(formatNumber(-1234.5, 1, 'nl')).toBe('\u22121.234,5');
    expect(formatNumber(-0.2, 0, 'nl')).toBe('0');
  });
  it('shows a dash for no data', () => expect(formatPct(null, 'nl')).toBe('–'));
});
