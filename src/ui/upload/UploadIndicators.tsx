/** Extra indicators from uploaded files for one area, in the area panel. */
import { useT } from '../../i18n';
import { useStore, indicatorEntries } from '../../state/store';
import { formatPct } from '../../domain/numbers';

export function UploadIndicators({ code }: { code: string }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const entries = useStore((s) => s.uploads);
  const list = indicatorEntries(entries);
  if (list.length === 0) return null;
  return (
    <>
      <h3>{t.uploadIndicatorsTitle}</h3>
      <dl className="facts" data-testid="panel-indicators">
        {list.map(({ entry, result }) => {
          const f = result.figures.find((x) => x.code === code);
          return [
            <dt key={`${entry.meta.id}-t`}>{entry.meta.kind === 'csv' ? entry.meta.label : entry.meta.fileName}</dt>,
            <dd key={`${entry.meta.id}-d`}>{f ? `${formatPct(f.share, lang)}${f.year ? ` (${f.year})` : ''}` : t.uploadIndicatorNoRow}</dd>,
          ];
        })}
      </dl>
    </>
  );
}
