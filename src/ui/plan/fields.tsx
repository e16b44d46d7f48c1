/** Small pieces the plan's tables and forms share: a header row of column names and the programme-kind field. */
import { PROGRAMME_KINDS, type ProgrammeKind } from '../../domain/programme/types';
import type { Dict } from '../../i18n/nl';

/** The interface name of a programme kind. */
const kindText = (k: ProgrammeKind, t: Dict): string => t[`kind_${k}`];

/** The header row of a table: one `<th scope="col">` a label. */
export function HeadRow({ labels }: { labels: readonly string[] }) {
  return (
    <thead>
      <tr>
        {labels.map((l) => (
          <th key={l} scope="col">
            {l}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The programme-kind field (sloop, nieuwbouw, verkoop, aankoop …). */
export function KindField(props: { value: ProgrammeKind; onChange: (k: ProgrammeKind) => void; testId: string; t: Dict }) {
  return (
    <label className="field">
      <span>{props.t.programmeKind}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as ProgrammeKind)} data-testid={props.testId}>
        {PROGRAMME_KINDS.map((k) => (
          <option key={k} value={k}>
            {kindText(k, props.t)}
          </option>
        ))}
      </select>
    </label>
  );
}
