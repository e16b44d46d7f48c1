/** The presentation titles as shown now: the user's title and subtitle, or the automatic ones. */
import { useStore } from '../state/store';
import { useCouncil } from '../state/council';
import { activeBand } from '../state/selectors';
import { DICTS } from '../i18n';
import { presentationTitles, type Titles } from '../export/titles';

export function useTitles(): { shown: Titles; auto: Titles } {
  const lang = useStore((s) => s.lang);
  const dataset = useStore((s) => s.dataset);
  const scope = useStore((s) => s.scope);
  const level = useStore((s) => s.level);
  const setting = useStore((s) => s.band);
  const basemap = useStore((s) => s.basemap);
  const title = useCouncil((s) => s.title);
  const subtitle = useCouncil((s) => s.subtitle);
  const band = dataset ? activeBand(dataset, scope, setting) : { lower: 21, upper: 51 };
  const input = { title, subtitle, scope, level, band, basemap, lang, date: new Date() };
  const t = DICTS[lang];
  return { shown: presentationTitles(input, t), auto: presentationTitles({ ...input, title: '', subtitle: '' }, t) };
}
