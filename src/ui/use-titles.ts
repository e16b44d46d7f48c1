/** The presentation titles as shown now: the user's title and subtitle, or the automatic ones. */
import { useStore } from '../state/store';
import { useView } from '../state/selectors';
import { dictOf } from '../i18n';
import { presentationTitles, type Titles } from '../export/titles';

export function useTitles(): { shown: Titles; auto: Titles } {
  const lang = useStore((s) => s.lang);
  const vm = useView();
  const scope = useStore((s) => s.scope);
  const level = useStore((s) => s.level);
  const basemap = useStore((s) => s.basemap);
  const title = useStore((s) => s.title);
  const subtitle = useStore((s) => s.subtitle);
  const indicator = useStore((s) => s.indicator);
  const input = {
    title,
    subtitle,
    scope,
    level,
    band: vm?.band ?? null,
    indicator,
    year: vm?.dataYear ?? 2024,
    basemap,
    lang,
    date: new Date(),
  };
  const t = dictOf(lang);
  return { shown: presentationTitles(input, t), auto: presentationTitles({ ...input, title: '', subtitle: '' }, t) };
}
