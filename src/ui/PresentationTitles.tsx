/** The title and subtitle used in presentation mode, print and export; empty means automatic. */
import { useT } from '../i18n';
import { useStore } from '../state/store';
import { useTitles } from './use-titles';

export function PresentationTitles() {
  const t = useT();
  const title = useStore((s) => s.title);
  const subtitle = useStore((s) => s.subtitle);
  const { auto } = useTitles();
  return (
    <fieldset className="presentation-titles">
      <legend>{t.viewsPresentation}</legend>
      <label className="field">
        <span>{t.councilTitle}</span>
        <input
          type="text"
          value={title}
          placeholder={auto.title}
          maxLength={200}
          onChange={(e) => useStore.getState().setTitle(e.target.value)}
          data-testid="council-title-input"
        />
      </label>
      <label className="field">
        <span>{t.councilSubtitle}</span>
        <input
          type="text"
          value={subtitle}
          placeholder={auto.subtitle}
          maxLength={200}
          onChange={(e) => useStore.getState().setSubtitle(e.target.value)}
          data-testid="council-subtitle-input"
        />
      </label>
      <p className="note">{t.viewsTitlePlaceholder}</p>
    </fieldset>
  );
}
