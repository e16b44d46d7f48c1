/** The draft scenario: its name, the areas with their moves, adding the selected area, save, new, export. */
import { useStore } from '../../state/store';
import { scenarioAreas, scenarioLevel } from '../../domain/scenario/groups';
import { scenarioOutcome, stockIndex } from '../../state/view-model';
import { useView } from '../../state/selectors';
import { findArea } from '../../domain/band-setting';
import { useT } from '../../i18n';
import { levelOfCode } from '../../domain/codes';
import { displayName } from '../../domain/search';
import { AreaMoves } from './AreaMoves';
import { exportScenarios } from './export';
import { fill } from '../../i18n/text';

export function ScenarioEditor() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const vm = useView();
  const dataset = vm?.today ?? null;
  const level = useStore((s) => s.level);
  const selected = useStore((s) => s.selected);
  const draft = useStore((s) => s.draft);
  const pair = useStore((s) => s.draft.pair);
  const showOnMap = useStore((s) => s.showOnMap);
  const aim = useStore((s) => s.compensationAim);
  const { renameDraft, setShowOnMap, addArea, saveDraft, newDraft, setCompensationAim } = useStore.getState();
  if (!vm || !dataset) return null;
  const areas = scenarioAreas(draft);
  const result = scenarioOutcome(dataset, draft.moves);
  const scenarioLvl = scenarioLevel(draft.moves);
  const selectedArea = findArea(dataset, level, selected);
  const canAdd = selectedArea && !areas.includes(selectedArea.code) && (!scenarioLvl || levelOfCode(selectedArea.code) === scenarioLvl);
  const rows = stockIndex(dataset);
  return (
    <section className="scenario-editor" aria-labelledby="scenario-title">
      <h3 id="scenario-title">{t.scenarioTitle}</h3>
      <label className="field">
        <span>{t.scenarioName}</span>
        <input type="text" value={draft.name} maxLength={120} onChange={(e) => renameDraft(e.target.value)} data-testid="scenario-name" />
      </label>
      <label className="check">
        <input type="checkbox" checked={showOnMap} onChange={(e) => setShowOnMap(e.target.checked)} data-testid="scenario-show" />
        {t.scenarioShowOnMap}
      </label>
      <fieldset className="segmented aim" data-testid="scenario-aim">
        <legend>{t.scenarioAim}</legend>
        {(['lower', 'centre'] as const).map((a) => (
          <label key={a} className={aim === a ? 'active' : ''}>
            <input
              type="radio"
              name="compensation-aim"
              value={a}
              checked={aim === a}
              onChange={() => setCompensationAim(a)}
              data-testid={`scenario-aim-${a}`}
            />
            {a === 'lower' ? t.scenarioAimLower : t.scenarioAimCentre}
          </label>
        ))}
      </fieldset>
      {areas.length === 0 && <p className="muted">{t.scenarioEmpty}</p>}
      {areas.map((code) => (
        <AreaMoves
          key={code}
          vm={vm}
          code={code}
          base={rows.get(code) ?? null}
          outcome={result.outcomes.find((o) => o.code === code) ?? null}
          moves={draft.moves}
          role={pair?.vulnerable === code ? 'vulnerable' : pair?.strong === code ? 'strong' : null}
        />
      ))}
      {canAdd ? (
        <button type="button" onClick={() => addArea(selectedArea.code)} data-testid="scenario-add-selected">
          {fill(t.scenarioAddSelected, { name: displayName(selectedArea.name) })}
        </button>
      ) : (
        <p className="note">{selectedArea && !areas.includes(selectedArea.code) ? t.scenarioOtherLevel : t.scenarioAddHint}</p>
      )}
      <div className="button-row">
        <button type="button" onClick={saveDraft} disabled={areas.length === 0} data-testid="scenario-save">
          {t.scenarioSave}
        </button>
        <button type="button" onClick={() => newDraft('')}>
          {t.scenarioNew}
        </button>
        <button type="button" onClick={() => exportScenarios(vm, [draft], t)} disabled={areas.length === 0} data-testid="scenario-export">
          {t.scenarioExportCsv}
        </button>
      </div>
      {draft.savedAt && (
        <p className="note" data-testid="scenario-saved-at">
          {t.scenarioSavedAt}: {new Date(draft.savedAt).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')}
        </p>
      )}
    </section>
  );
}
