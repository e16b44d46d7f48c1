/** The moves of one area in the scenario: today → scenario share, six sliders, and compensation shortcuts. */
import { useStore } from '../../state/store';
import { compensationGroupOf, compensationIn } from '../../state/selectors';
import { useT } from '../../i18n';
import { formatPct } from '../../domain/numbers';
import { MOVE_KINDS, type Move } from '../../domain/scenario/types';
import { moveCapacity } from '../../domain/scenario/moves';
import { tenureOf } from '../../domain/scenario/tenure';
import type { Dataset } from '../../domain/dataset';
import type { StockRow } from '../../domain/types';
import { MoveRow } from './MoveRow';
import { areaName, fill, groupName } from './text';

interface Props {
  dataset: Dataset;
  code: string;
  base: StockRow | null;
  after: StockRow | null;
  moves: readonly Move[];
  role: 'vulnerable' | 'strong' | null;
}

export function AreaMoves({ dataset, code, base, after, moves, role }: Props) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const setMove = useStore((s) => s.setMove);
  const removeArea = useStore((s) => s.removeArea);
  const name = areaName(dataset, code);
  const tenure = tenureOf(base);
  const value = (kind: Move['kind']) => moves.find((m) => m.area === code && m.kind === kind)?.n ?? 0;
  const compensate = (kind: 'build' | 'buy') => {
    const c = compensationIn(dataset, moves, code, kind);
    if (c) setMove(code, kind, c.n);
  };
  return (
    <section className={`area-moves ${role ?? ''}`} data-testid={`area-moves-${code}`} aria-labelledby={`area-${code}`}>
      <header className="panel-head">
        <h4 id={`area-${code}`}>
          {role && (
            <span className={`role cls-${role === 'vulnerable' ? 'above' : 'below'}`}>
              {role === 'vulnerable' ? t.pairsVulnerable : t.pairsStrong}:{' '}
            </span>
          )}
          {name}{' '}
          <span className="muted">
            {formatPct(base?.corporationPct ?? null, lang)}
            {after ? ` → ${formatPct(after.corporationPct, lang)}` : ''}
          </span>
        </h4>
        <button type="button" className="icon-button" onClick={() => removeArea(code)} aria-label={fill(t.scenarioRemoveArea, { name })}>
          ×
        </button>
      </header>
      {!tenure && <p className="note">{t.caveatNoData}</p>}
      {tenure &&
        MOVE_KINDS.map((kind) => (
          <MoveRow
            key={kind}
            code={code}
            name={name}
            kind={kind}
            value={value(kind)}
            max={Math.floor(kind === 'build' ? tenure.total : moveCapacity(tenure, kind))}
            onChange={(n) => setMove(code, kind, n)}
          />
        ))}
      {tenure && (
        <div className="compensate">
          <button type="button" onClick={() => compensate('build')} data-testid={`compensate-build-${code}`}>
            {t.scenarioCompensateBuild}
          </button>
          <button type="button" onClick={() => compensate('buy')} data-testid={`compensate-buy-${code}`}>
            {t.scenarioCompensateBuy}
          </button>
          <p className="note">{fill(t.scenarioCompensateNote, { group: groupName(t, compensationGroupOf(moves)) })}</p>
        </div>
      )}
    </section>
  );
}
