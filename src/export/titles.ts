/**
 * Title, subtitle, date and source lines shared by presentation mode, print and the PNG export (pure).
 * An empty title or subtitle means "automatic": built from the scope, level and band.
 */
import type { Dict } from '../i18n/nl';
import type { Lang } from '../domain/numbers';
import type { MapLevel } from '../domain/types';
import type { BandReference } from '../domain/band-reference';
import type { Indicator } from '../state/slices/view';
import { PARKSTAD, PARKSTAD_SCOPE } from '../config/policy';
import { fill, formatDate } from '../i18n/text';
import { formatEdge } from '../i18n/format';

export interface TitleInput {
  title: string;
  subtitle: string;
  scope: string;
  level: MapLevel;
  /** The band all areas share, or null when each gemeente has its own. */
  band: BandReference | null;
  indicator: Indicator;
  /** The CBS reference year of the figures shown. */
  year: number;
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
  const scope = scopeName(input.scope, t);
  const private_ = input.indicator === 'private-rent';
  const target = input.indicator === 'target-distance';
  const b = input.band;
  const level = t[input.level];
  const auto = {
    title: fill(private_ ? t.councilDefaultTitlePrivate : target ? t.councilDefaultTitleTarget : t.councilDefaultTitle, {
      scope,
      year: input.year,
    }),
    subtitle:
      private_ || target
        ? fill(t.councilSubtitlePrivate, { level })
        : b
          ? fill(t.councilDefaultSubtitle, {
              level,
              lower: formatEdge(b.lower, input.lang),
              upper: formatEdge(b.upper, input.lang),
              label: t[b.label],
            })
          : fill(t.councilSubtitlePerGemeente, { level }),
  };
  return {
    title: input.title.trim() || auto.title,
    subtitle: input.subtitle.trim() || auto.subtitle,
    date: formatDate(input.date, input.lang),
    sources: [t.sourceLine, input.basemap === 'pdok' ? t.councilBasemapAttribution : t.councilOfflineMap],
  };
}
