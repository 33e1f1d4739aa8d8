import {
  Checkbox,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Radio,
} from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { PowerChoice, VMOptions } from '../build/restoreLabels';

type Props = {
  options: VMOptions;
  onOptions: (o: VMOptions) => void;
  originalRuns: boolean;
  /** Why the options cannot be chosen (non-admin mode); shown, and every option disabled. */
  disabledReason?: string;
};

const POWER: PowerChoice[] = ['as-backed-up', 'Halted', 'Always'];

/** VM options, sent as the kubevirt plugin's Restore labels (research/oadp-velero.md §3.5). */
export const OptionsSection = ({ options, onOptions, originalRuns, disabledReason }: Props) => {
  const disabled = disabledReason !== undefined;
  const { t } = usePluginTranslation();
  const powerLabel: Record<PowerChoice, string> = {
    'as-backed-up': t('As in the backup'),
    Halted: t('Stopped'),
    Always: t('Running'),
  };
  return (
    <>
      <FormGroup
        label={t('Power state after restore')}
        role="radiogroup"
        fieldId="vdp-restore-power"
      >
        {POWER.map((power) => (
          <Radio
            key={power}
            id={`vdp-restore-power-${power}`}
            name="vdp-restore-power"
            label={powerLabel[power]}
            isChecked={options.power === power}
            isDisabled={disabled}
            onChange={() => onOptions({ ...options, power })}
            data-test={`restore-power-${power}`}
          />
        ))}
      </FormGroup>
      <FormGroup label={t('Identity')} role="group" fieldId="vdp-restore-identity">
        <Checkbox
          id="vdp-restore-new-macs"
          label={t('New MAC addresses')}
          description={
            originalRuns
              ? t('Recommended: the original VM still runs in the cluster.')
              : t('The interfaces get new MAC addresses.')
          }
          isChecked={options.newMACs}
          isDisabled={disabled}
          onChange={(_e, newMACs) => onOptions({ ...options, newMACs })}
          data-test="restore-new-macs"
        />
        <Checkbox
          id="vdp-restore-new-uuid"
          label={t('New firmware UUID')}
          isChecked={options.newFirmwareUUID}
          isDisabled={disabled}
          onChange={(_e, newFirmwareUUID) => onOptions({ ...options, newFirmwareUUID })}
          data-test="restore-new-uuid"
        />
        {disabled && (
          <FormHelperText>
            <HelperText>
              <HelperTextItem data-test="restore-options-disabled">{disabledReason}</HelperTextItem>
            </HelperText>
          </FormHelperText>
        )}
      </FormGroup>
    </>
  );
};
