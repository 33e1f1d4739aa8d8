import {
  Alert,
  Checkbox,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  TextInput,
} from '@patternfly/react-core';
import { NameField } from '@shared/components/NameField';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { ProblemTexts } from '../useWizardProblemText';
import type { LocationOption } from '../wizardProblems';
import { useWizardValues } from '../useWizardValues';
import type { TTLPreset } from '../wizardValues';

const FieldError = ({ id, text }: { id: string; text?: string }) =>
  text ? (
    <FormHelperText>
      <HelperText>
        <HelperTextItem variant="error" data-test={`${id}-error`}>
          {text}
        </HelperTextItem>
      </HelperText>
    </FormHelperText>
  ) : null;

/** Step 3: name, storage location (default first; unavailable ones disabled) and TTL. */
export const OptionsStep = ({
  locations,
  texts,
}: {
  locations: LocationOption[];
  texts: ProblemTexts;
}) => {
  const { t } = usePluginTranslation();
  const { values, set } = useWizardValues();
  const presets: Record<TTLPreset, string> = {
    '1d': t('1 day'),
    '7d': t('7 days'),
    '30d': t('30 days (Velero default)'),
    '90d': t('90 days'),
    custom: t('Custom'),
  };
  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      <NameField
        id="vdp-backup-name"
        label={values.asSchedule ? t('Schedule name') : t('Backup name')}
        value={values.name}
        onChange={(v) => set('name', v)}
        problem={texts.name}
        dataTest="backup-name"
      />
      <FormGroup label={t('Storage location')} fieldId="vdp-location" isRequired>
        <FormSelect
          id="vdp-location"
          value={values.storageLocation}
          onChange={(_e, v) => set('storageLocation', v)}
          validated={texts.storageLocation ? 'error' : 'default'}
          data-test="storage-location"
        >
          {locations.map((l) => (
            <FormSelectOption
              key={l.name}
              value={l.name}
              isDisabled={!l.available}
              label={
                l.available ? (l.label ?? l.name) : t('{{name}} (unavailable: {{message}})', l)
              }
            />
          ))}
        </FormSelect>
        <FieldError id="storage-location" text={texts.storageLocation} />
      </FormGroup>
      <FormGroup label={t('Keep backups for (TTL)')} fieldId="vdp-ttl">
        <FormSelect
          id="vdp-ttl"
          value={values.ttlPreset}
          onChange={(_e, v) => set('ttlPreset', v as TTLPreset)}
          isDisabled={values.neverExpires}
          data-test="ttl-preset"
        >
          {Object.entries(presets).map(([id, label]) => (
            <FormSelectOption key={id} value={id} label={label} />
          ))}
        </FormSelect>
        {values.ttlPreset === 'custom' && !values.neverExpires && (
          <TextInput
            aria-label={t('Custom TTL')}
            className="pf-v6-u-mt-sm"
            value={values.customTTL}
            placeholder="72h"
            onChange={(_e, v) => set('customTTL', v)}
            validated={texts.ttl ? 'error' : 'default'}
            data-test="ttl-custom"
          />
        )}
        <FieldError id="ttl" text={texts.ttl} />
        <Checkbox
          id="vdp-never-expires"
          className="pf-v6-u-mt-sm"
          label={t('Never expires')}
          isChecked={values.neverExpires}
          onChange={(_e, v) => set('neverExpires', v)}
          data-test="never-expires"
        />
        {values.neverExpires && (
          <Alert
            variant="warning"
            isInline
            isPlain
            title={t(
              'Backups are kept for 100 years (Velero has no TTL that never ends): they use storage until someone deletes them.',
            )}
            data-test="never-expires-warning"
          />
        )}
      </FormGroup>
    </Form>
  );
};
