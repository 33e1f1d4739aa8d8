import { FormSelect, FormSelectOption } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { STALE_PRESETS_HOURS } from '../rules/staleThreshold';

type Props = { hours: number; onChange: (hours: number) => void };

/** "Stale after": the presets, in hours or days. */
export const StaleThresholdSelect = ({ hours, onChange }: Props) => {
  const { t } = usePluginTranslation();
  const label = (h: number) =>
    h < 24
      ? t('{{count}} hour', { count: h, defaultValue_other: '{{count}} hours' })
      : t('{{count}} day', { count: h / 24, defaultValue_other: '{{count}} days' });
  return (
    <FormSelect
      value={String(hours)}
      onChange={(_e, value) => onChange(Number(value))}
      aria-label={t('Stale after')}
      data-test="stale-threshold"
    >
      {STALE_PRESETS_HOURS.map((h) => (
        <FormSelectOption
          key={h}
          value={String(h)}
          label={t('Stale after {{age}}', { age: label(h) })}
        />
      ))}
    </FormSelect>
  );
};
