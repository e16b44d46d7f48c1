/**
 * Title, subtitle, date and source lines shared by presentation mode, print and the PNG export (pure).
 * An empty title or subtitle means "automatic": built from the scope, level and band.
 */
import type { Dict } from '../i18n/nl';
import type { Lang } from '../domain/numbers';
import type { MapLevel } from '../domain/types';
import type { Band } from '../domain/band';
import { PARKSTAD, PARKSTAD_SCOPE } from '../config/policy';
import { fill, formatDate } from '../i18n/text';
import { formatEdge } from '../i18n/format';

export interface TitleInput {
  title: string;
  subtitle: string;
  scope: string;
  level: MapLevel;
  band: Band;
  basemap: 'offline' | 'pdok';
  lang: Lang;
  date: Date;
}

export interface Titles {
  title: string;
  subtitle: string;
  date: string;
  /** Data sources, then the basemap line. */
  sources: string[];
}

export function scopeName(scope: string, t: Dict): string {
  return scope === PARKSTAD_SCOPE ? t.parkstad : (PARKSTAD.find((g) => g.code === scope)?.name ?? scope);
}

export function presentationTitles(input: TitleInput, t: Dict): Titles {
  const auto = {
    title: fill(t.councilDefaultTitle, { scope: scopeName(input.scope, t) }),
    subtitle: fill(t.councilDefaultSubtitle, {
      level: t[input.level],
      lower: formatEdge(input.band.lower, input.lang),
      upper: formatEdge(input.band.upper, input.lang),
    }),
  };
  return {
    title: input.title.trim() || auto.title,
    subtitle: input.subtitle.trim() || auto.subtitle,
    date: formatDate(input.date, input.lang),
    sources: [t.sourceLine, input.basemap === 'pdok' ? t.councilBasemapAttribution : t.councilOfflineMap],
  };
}
