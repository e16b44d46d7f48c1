/**
 * The moves of one area in the scenario: today → scenario share (and corporation middenhuur), the policy moves in
 * three groups (out of the corporation stock, staying in it, added), the rebuild of a demolition, and compensation.
 */
import { formatShare } from '../../i18n/format';
import { useStore } from '../../state/store';
import { useT } from '../../i18n';
import { formatNumber, formatPct } from '../../domain/numbers';
import { policyMoveCapacity, rebuildOf } from '../../domain/scenario/policy-moves';
import { policyTenureOf, type PolicyAreaOutcome } from '../../domain/scenario/policy-apply';
import { NEW_TENURES, type NewTenure, type PolicyMove, type PolicyMoveKind } from '../../domain/scenario/policy-types';
import { shareOf } from '../../domain/scenario/tenure';
import type { StockRow } from '../../domain/types';
import type { ViewModel } from '../../state/view-model';
import { SCENARIO_SOURCES } from '../../config/scenario-policy';
import { MoveRow } from './MoveRow';
import { CompensationBox } from './CompensationBox';
import { PolicyQuote } from './PolicyQuote';
import { areaName, TENURE_LABEL } from './text';
import { fill } from '../../i18n/text';

interface Props {
  vm: ViewModel;
  code: string;
  base: StockRow | null;
  outcome: PolicyAreaOutcome | null;
  moves: readonly PolicyMove[];
  role: 'vulnerable' | 'strong' | null;
}

const GROUPS = [
  {
    legend: 'scenarioGroupOut',
    kinds: ['sell-to-occupant', 'sell-to-landlord', 'demolish', 'demolish-rebuild'],
    source: SCENARIO_SOURCES.demolishRebuild,
  },
  { legend: 'scenarioGroupKeep', kinds: ['liberalise-to-mid'], source: SCENARIO_SOURCES.liberalise },
  {
    legend: 'scenarioGroupAdd',
    kinds: ['build-corporation', 'build-owner', 'build-private-rent', 'buy'],
    source: SCENARIO_SOURCES.marketBuild,
  },
] as const;

export function AreaMoves({ vm, code, base, outcome, moves, role }: Props) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const { setMove, setRebuild, removeArea } = useStore.getState();
  const name = areaName(vm.today, code);
  const tenure = policyTenureOf(base);
  const value = (kind: PolicyMoveKind) => moves.find((m) => m.area === code && m.kind === kind)?.n ?? 0;
  const rebuild = rebuildOf(moves.find((m) => m.area === code && m.kind === 'demolish-rebuild') ?? {});
  const mid = outcome?.after.corporationMid ?? 0;
  const setRatio = (raw: string) => {
    const ratio = Math.round(Number(raw) * 100) / 100;
    if (Number.isFinite(ratio)) setRebuild(code, { ...rebuild, ratio: Math.min(10, Math.max(0, ratio)) });
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
            {formatShare(base?.corporationPct ?? null, lang, base?.computed)}
            {outcome ? ` → ${formatShare(outcome.afterRow.corporationPct, lang, true)}` : ''}
          </span>
        </h4>
        <button type="button" className="icon-button" onClick={() => removeArea(code)} aria-label={fill(t.scenarioRemoveArea, { name })}>
          ×
        </button>
      </header>
      {mid > 0 && outcome && (
        <p className="small" data-testid={`mid-${code}`}>
          {fill(t.scenarioMid, { n: formatNumber(mid, 0, lang), pct: formatPct(shareOf(mid, outcome.after.total), lang) })}
        </p>
      )}
      {!tenure && <p className="note">{t.caveatNoData}</p>}
      {tenure &&
        GROUPS.map((g) => (
          <fieldset key={g.legend} className="move-group">
            <legend>{t[g.legend]}</legend>
            {g.kinds.map((kind) => (
              <MoveRow
                key={kind}
                code={code}
                name={name}
                kind={kind}
                value={value(kind)}
                max={Math.floor(Math.min(policyMoveCapacity(tenure, kind), tenure.total))}
                onChange={(n) => setMove(code, kind, n)}
              />
            ))}
            {g.legend === 'scenarioGroupOut' && (
              <div className="rebuild-row">
                <label className="field small">
                  <span>{t.scenarioRebuildRatio}</span>
                  <input
                    type="number"
                    min={0}
                    max={10}
                    step={0.1}
                    value={rebuild.ratio}
                    onChange={(e) => setRatio(e.target.value)}
                    data-testid={`rebuild-ratio-${code}`}
                  />
                </label>
                <label className="field small">
                  <span>{t.scenarioRebuildTenure}</span>
                  <select
                    value={rebuild.tenure}
                    onChange={(e) => setRebuild(code, { ...rebuild, tenure: e.target.value as NewTenure })}
                    data-testid={`rebuild-tenure-${code}`}
                  >
                    {NEW_TENURES.map((k) => (
                      <option key={k} value={k}>
                        {t[TENURE_LABEL[k]]}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
            )}
            {g.legend === 'scenarioGroupOut' &&
              Object.entries(outcome?.rebuilt ?? {}).map(([k, r]) => (
                <p key={k} className="small muted" data-testid={`rebuilt-${code}`}>
                  {fill(t.scenarioRebuildSummary, {
                    demolished: formatNumber(r.demolished, 0, lang),
                    rebuilt: formatNumber(r.rebuilt, 0, lang),
                    tenure: t[TENURE_LABEL[k as NewTenure]],
                  })}
                </p>
              ))}
            {g.legend === 'scenarioGroupKeep' && <p className="note">{t.scenarioLiberaliseNote}</p>}
            {g.legend === 'scenarioGroupAdd' && <p className="note">{t.scenarioMarketNote}</p>}
            <PolicyQuote source={g.source} />
          </fieldset>
        ))}
      {tenure && <CompensationBox vm={vm} moves={moves} code={code} name={name} />}
    </section>
  );
}
