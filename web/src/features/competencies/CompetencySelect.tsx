import type { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useFramework } from '../../api/competencies';
import { useFormat } from '../../i18n/format';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> & {
  /** Codes shown first in their own group (e.g. what the learner's post requires). */
  first?: { code: string; nameEn: string; nameHi: string }[];
  firstLabel?: string;
};

/** A select of every competency of the framework, grouped by area, with an optional group shown first. */
export function CompetencySelect({ first = [], firstLabel, ...select }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const framework = useFramework();
  const firstCodes = new Set(first.map((c) => c.code));
  return (
    <select {...select}>
      <option value="">{t('competencies.choose')}</option>
      {first.length > 0 ? (
        <optgroup label={firstLabel}>
          {first.map((c) => (
            <option key={c.code} value={c.code}>{f.name(c)}</option>
          ))}
        </optgroup>
      ) : null}
      {(framework.data?.areas ?? []).map((area) => (
        <optgroup key={area.code} label={`${t(`competencies.type.${area.type}`)}: ${f.name(area)}`}>
          {area.themes
            .flatMap((theme) => theme.competencies)
            .filter((c) => !firstCodes.has(c.code))
            .map((c) => (
              <option key={c.code} value={c.code}>{f.name(c)}</option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}

/** The five levels as options. */
export function LevelOptions() {
  const { t } = useTranslation();
  return (
    <>
      {[1, 2, 3, 4, 5].map((level) => (
        <option key={level} value={level}>{t('competencies.levelOf', { level })}</option>
      ))}
    </>
  );
}
