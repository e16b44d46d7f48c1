/**
 * The band: which reference judges the wijken (the adopted band where a gemeente has one, else its own average
 * ± 15; Heerlen's band; or a target of one's own), and the band's numbers. A typed number is applied on Enter
 * or when the field is left — never on an intermediate keystroke — Dutch decimal commas are accepted, and an
 * impossible value is refused inline while the map keeps the last valid band.
 */
import { useId, useState } from 'react';
import { useStore } from '../state/store';
import { useView } from '../state/selectors';
import { useT } from '../i18n';
import { editBand, type BandField, type BandInputError } from '../domain/band-input';
import type { BandChoice } from '../domain/band-reference';
import { formatNumber } from '../domain/numbers';
import type { Dict } from '../i18n/nl';

type Kind = BandChoice['kind'];
const KINDS: readonly Kind[] = ['default', 'own-average', 'heerlen', 'custom'];
const FIELDS: readonly BandField[] = ['centre', 'halfWidth', 'lower', 'upper'];

const kindLabel = (k: Kind, t: Dict) =>
  ({ default: t.bandChoiceDefault, 'own-average': t.bandChoiceOwn, heerlen: t.bandChoiceHeerlen, custom: t.bandChoiceCustom })[k];
const fieldLabel = (f: BandField, t: Dict) =>
  ({ centre: t.bandCentre, halfWidth: t.bandHalfWidth, lower: t.bandLower, upper: t.bandUpper })[f];
const errorText = (e: BandInputError, t: Dict) =>
  ({ number: t.bandErrNumber, range: t.bandErrRange, order: t.bandErrOrder, half: t.bandErrHalf })[e];

export function BandControls() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const choice = useStore((s) => s.band);
  const setBand = useStore((s) => s.setBand);
  const vm = useView();
  const id = useId();
  const [drafts, setDrafts] = useState<Partial<Record<BandField, string>>>({});
  const [error, setError] = useState<{ field: BandField; error: BandInputError } | null>(null);
  if (!vm) return null;
  const band = vm.band;
  const shown = (f: BandField) => drafts[f] ?? (band ? formatNumber(band[f], Number.isInteger(band[f]) ? 0 : 1, lang) : '');
  const apply = (f: BandField) => {
    const text = drafts[f];
    if (text === undefined) return;
    const current = band ?? { lower: 0, upper: 100, centre: 50, halfWidth: 50 };
    const next = editBand(f, text, current);
    if ('error' in next) {
      setError({ field: f, error: next.error });
      return;
    }
    setError(null);
    setDrafts({});
    setBand({ kind: 'custom', ...next.band });
  };
  const errorId = `${id}-error`;
  return (
    <fieldset className="control-group band-controls" data-testid="band-controls">
      <legend className="utrecht-form-label">{t.band}</legend>
      <label className="field">
        <span className="utrecht-form-label">{t.bandChoice}</span>
        <select
          className="utrecht-select utrecht-select--html-select"
          value={choice.kind}
          data-testid="band-choice"
          onChange={(e) => {
            const kind = e.target.value as Kind;
            setError(null);
            setDrafts({});
            if (kind === 'custom') setBand({ kind, centre: band?.centre ?? 36, halfWidth: band?.halfWidth ?? 15 });
            else setBand({ kind });
          }}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k, t)}
            </option>
          ))}
        </select>
      </label>
      {FIELDS.map((f) => (
        <label key={f} className="field small">
          <span className="utrecht-form-label">{fieldLabel(f, t)}</span>
          <input
            type="text"
            className="utrecht-textbox utrecht-textbox--html-input"
            inputMode="decimal"
            autoComplete="off"
            value={shown(f)}
            data-testid={`band-${f === 'halfWidth' ? 'halfwidth' : f}`}
            aria-invalid={error?.field === f ? true : undefined}
            aria-describedby={error?.field === f ? errorId : undefined}
            onChange={(e) => setDrafts((d) => ({ ...d, [f]: e.target.value }))}
            onBlur={() => apply(f)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') apply(f);
              if (e.key === 'Escape') {
                setDrafts({});
                setError(null);
              }
            }}
          />
        </label>
      ))}
      {error && (
        <p className="field-error utrecht-form-field-error-message" id={errorId} role="alert" data-testid="band-error">
          {errorText(error.error, t)} {t.bandKept}
        </p>
      )}
      <p className="note band-label" data-testid="band-label">
        {band ? t[band.label] : t.bandPerGemeente}
      </p>
    </fieldset>
  );
}
