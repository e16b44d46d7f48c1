/** Issue 11 §5: a colony whose printed code and text disagree is drawn, listed and filtered as such, never as protected. */
import { describe, expect, it } from 'vitest';
import { codeAndTextDisagree, colonyDisplayStatus, DISPLAY_STATUSES, printedCode } from '../../src/domain/overlays/colony-status';
import { parseColonies } from '../../src/domain/overlays/parse-colonies';
import { colonyPoints } from '../../src/map/overlay-layers';
import { overlayLayers, OLAYER } from '../../src/map/overlay-style';
import { ICONS } from '../../src/map/icons';
import { STATUS_STYLE, statusLabel } from '../../src/config/overlays';
import { colonyConflictNote, printedStatus } from '../../src/i18n/colony-status';
import { nl } from '../../src/i18n/nl';
import { en } from '../../src/i18n/en';

const HEADER = 'nr;naam;bouwjaren;architect;status_code;status_tekst;status_afwijking;precisie;cbs_code;lat;lon;bron;toelichting';
const row = (nr: number, naam: string, code: string, text: string, flag: 0 | 1) =>
  `${nr};${naam};1913-1922;X;${code};${text};${flag};stadsdeel;;50,92083;5,92667;bron;`;
const csv = [
  HEADER,
  row(16, 'Wingerd (Kasteelbuurt)', '4', 'bestemmingsplan Hoensbroek Noord 2016', 0),
  row(18, 'Slakken-Horst-Metten', '4', 'geen (Metten gesloopt).', 1),
  row(22, 'Heksenberg', '5', 'geen', 0),
].join('\n');
const colonies = parseColonies(csv, null).value;
const byNr = (nr: number) => colonies.find((c) => c.nr === nr);

describe('display status of a colony', () => {
  it('Slakken-Horst-Metten, printed "4." with "geen (Metten gesloopt).", is shown as the disagreement, not as code 4', () => {
    const c = byNr(18);
    expect(c?.status).toBe('4');
    expect(c?.statusText).toBe('geen (Metten gesloopt).');
    expect(c?.display).toBe('conflict');
  });
  it('a code-4 row with a zoning-plan text stays 4, a code-5 row with "geen" stays 5', () => {
    expect(byNr(16)?.display).toBe('4');
    expect(byNr(22)?.display).toBe('5');
  });
  it('"geen" under a protection code disagrees even without the build flag; the flag alone is enough too', () => {
    expect(codeAndTextDisagree({ status: '2', statusText: 'geen', statusMismatch: false })).toBe(true);
    expect(colonyDisplayStatus({ status: '1', statusText: 'rijksmonumenten', statusMismatch: true })).toBe('conflict');
    expect(colonyDisplayStatus({ status: '1', statusText: 'rijksmonumenten', statusMismatch: false })).toBe('1');
  });
  it('lists the disagreement after the six codes, and prints codes as the table does', () => {
    expect(DISPLAY_STATUSES).toEqual(['1', '2', '3', '4', '4.5', '5', 'conflict']);
    expect([printedCode('4'), printedCode('4.5')]).toEqual(['4.', '4.5']);
    expect(printedStatus({ status: '4', statusText: 'geen (Metten gesloopt).' })).toBe('4. geen (Metten gesloopt).');
  });
});

describe('the map draws the display status', () => {
  it('gives Slakken-Horst-Metten the property display "conflict" next to its printed status 4', () => {
    const data = { colonies, projects: [], nplv: { areas: [], facts: [], projectKinds: [], selectionNote: '' } };
    const f = colonyPoints(data).features.find((x) => x.properties.nr === 18);
    expect(f?.properties).toMatchObject({ status: '4', display: 'conflict' });
  });
  it('puts symbols that share a point side by side, so the disagreement is not hidden under a protected one', () => {
    const data = { colonies, projects: [], nplv: { areas: [], facts: [], projectKinds: [], selectionNote: '' } };
    expect(colonyPoints(data).features.map((f) => [f.properties.nr, f.properties.stack])).toEqual([
      [16, -2],
      [18, 0],
      [22, 2],
    ]);
    const icon = overlayLayers(new Set(['colonies'])).find((l) => l.id === OLAYER.colonyIcon);
    expect(JSON.stringify(icon)).toContain('"icon-offset":["match",["get","stack"],-6,["literal",[-60,0]]');
  });
  it('colours and picks icons by display, and has an icon for the disagreement (a struck-through ring)', () => {
    const icon = overlayLayers(new Set(['colonies'])).find((l) => l.id === OLAYER.colonyIcon);
    expect(JSON.stringify(icon)).toContain('["concat","colony-",["get","display"]]');
    expect(JSON.stringify(icon)).not.toContain('["get","status"]');
    expect(STATUS_STYLE.conflict.shape).toBe('ring-slash');
    expect(Object.keys(ICONS)).toContain('colony-conflict');
  });
});

describe('texts', () => {
  it('labels the legend entry without a code of its own', () => {
    expect(statusLabel('4', 'nl')).toBe('4. bestemmingsplan');
    expect(statusLabel('conflict', 'nl')).toBe('code en tekst spreken elkaar tegen (niet als beschermd getekend)');
  });
  it('says in Dutch that code and text disagree, quoting both and naming the document and its table', () => {
    const c = { status: '4' as const, statusText: 'geen (Metten gesloopt).' };
    expect(colonyConflictNote(c, nl, 'nl')).toBe(
      'Code en tekst spreken elkaar tegen: de tabel drukt code „4.” (bestemmingsplan) met tekst „geen (Metten gesloopt).” (Meerjarige prestatieafspraken Heerlen 2024–2028, tabel Overzicht Mijnkoloniën). Daarom niet als beschermd getekend; beide staan hier zoals gedrukt.',
    );
    expect(colonyConflictNote(c, en, 'en')).toBe(
      'Code and text disagree: the table prints code “4.” (zoning plan) with the text “geen (Metten gesloopt).” (Multi-year performance agreements Heerlen 2024–2028, tabel Overzicht Mijnkoloniën). Therefore not drawn as protected; both are shown here as printed.',
    );
    expect(colonyConflictNote(c, nl, 'nl')).not.toMatch(/seed|\.txt/i);
  });
});
