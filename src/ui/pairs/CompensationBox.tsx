/**
 * Compensation for one area of the scenario: the loss of corporation dwellings its gemeente (or Parkstad) has
 * without a compensating move here, what this area can take by new build or inponden before its share reaches the
 * band's lower edge or centre, what remains for elsewhere, and flags for implausible volumes with their sources.
 */
import { useStore } from '../../state/store';
import { compensationIn } from '../../state/selectors';
import { stockIndex, type ViewModel } from '../../state/view-model';
import { useT } from '../../i18n';
import type { Dict } from '../../i18n/nl';
import { formatNumber, formatPct } from '../../domain/numbers';
import type { CompensationOffer } from '../../domain/scenario/compensation';
import type { PolicyMove } from '../../domain/scenario/policy-types';
import type { VolumeFlag } from '../../domain/scenario/volume';
import { PolicyQuote } from './PolicyQuote';
import { groupName } from './text';
import { fill } from '../../i18n/text';

interface Props {
  vm: ViewModel;
  moves: readonly PolicyMove[];
  code: string;
  name: string;
}

const FLAG_TEXT: Record<VolumeFlag, keyof Dict> = {
  'large-for-area': 'scenarioFlagLarge',
  'exceeds-available': 'scenarioFlagExceedsAvailable',
  'above-programme': 'scenarioFlagAboveProgramme',
  'above-social-programme': 'scenarioFlagAboveSocial',
};

function Flags({ offer, dwellings, label }: { offer: CompensationOffer; dwellings: number; label: string }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  if (offer.proposal.flags.length === 0) return null;
  return (
    <ul className="flags">
      {offer.proposal.flags.map((f) => {
        const social = f === 'above-social-programme';
        const programme = offer.programmes[0];
        const sources = (programme?.sources ?? []).filter((s) => /sociale woningen/.test(s.quote) === social);
        return (
          <li key={f} className="issue-warning" data-testid={`compensation-flag-${f}`}>
            {label}:{' '}
            {fill(t[FLAG_TEXT[f]], {
              n: formatNumber(offer.proposal.proposed, 0, lang),
              dwellings: formatNumber(dwellings, 0, lang),
              group: groupName(t, programme?.group ?? offer.group),
            })}{' '}
            {(f === 'above-programme' || social) && sources.map((s) => <PolicyQuote key={s.quote} source={s} inline />)}
          </li>
        );
      })}
    </ul>
  );
}

export function CompensationBox({ vm, moves, code, name }: Props) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const aim = useStore((s) => s.compensationAim);
  const setMove = useStore((s) => s.setMove);
  const build = compensationIn(vm, moves, code, 'build-corporation', aim);
  const buy = compensationIn(vm, moves, code, 'buy', aim);
  const n = (v: number) => formatNumber(v, 0, lang);
  if (!build || !buy)
    return (
      <p className="note" data-testid={`compensate-${code}`}>
        {t.scenarioCompensateNoBand}
      </p>
    );
  const group = groupName(t, build.group);
  const dwellings = stockIndex(vm.today).get(code)?.dwellings ?? 0;
  if (build.proposal.needed === 0)
    return (
      <p className="note" data-testid={`compensate-${code}`}>
        {fill(t.scenarioCompensateNothing, { group })}
      </p>
    );
  const where = {
    name,
    target: formatPct(build.proposal.targetPct, lang, 0),
    aim: aim === 'lower' ? t.scenarioAimLowerShort : t.scenarioAimCentreShort,
  };
  const loss = <p>{fill(t.scenarioCompensateLoss, { group, loss: n(build.proposal.needed) })}</p>;
  if (build.proposal.capacity === 0 && buy.proposal.capacity === 0)
    return (
      <div className="compensate" data-testid={`compensate-${code}`}>
        {loss}
        <p>{fill(t.scenarioCompensateNoRoom, where)}</p>
      </div>
    );
  return (
    <div className="compensate" data-testid={`compensate-${code}`}>
      {loss}
      <p>{fill(t.scenarioCompensateCapacity, { ...where, build: n(build.proposal.capacity), buy: n(buy.proposal.capacity) })}</p>
      <div className="button-row">
        <button
          type="button"
          onClick={() => setMove(code, 'build-corporation', build.proposal.proposed)}
          data-testid={`compensate-build-${code}`}
        >
          {fill(t.scenarioCompensateBuild, { n: n(build.proposal.proposed) })}
        </button>
        <button type="button" onClick={() => setMove(code, 'buy', buy.proposal.proposed)} data-testid={`compensate-buy-${code}`}>
          {fill(t.scenarioCompensateBuy, { n: n(buy.proposal.proposed) })}
        </button>
      </div>
      <p className="small" data-testid={`compensate-remaining-${code}`}>
        {build.proposal.remaining === 0 && buy.proposal.remaining === 0
          ? t.scenarioCompensateFull
          : fill(t.scenarioCompensateRemaining, { build: n(build.proposal.remaining), buy: n(buy.proposal.remaining) })}
      </p>
      <Flags offer={build} dwellings={dwellings} label={t.scenarioMoveBuildCorporation} />
      <Flags offer={buy} dwellings={dwellings} label={t.scenarioMoveBuy} />
    </div>
  );
}
