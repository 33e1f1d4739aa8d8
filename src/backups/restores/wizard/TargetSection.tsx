import {
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Radio,
} from '@patternfly/react-core';
import { useNameProblemText } from '@shared/hooks/useNameProblemText';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { NamespacePicker } from './NamespacePicker';
import type { useTargetData } from './useTargetData';

type Props = {
  source: string | undefined;
  mode: 'original' | 'other';
  other: string;
  onMode: (mode: 'original' | 'other') => void;
  onOther: (namespace: string) => void;
  target: ReturnType<typeof useTargetData>;
};

/** Target: the VMs' own namespace, or another one (`namespaceMapping`; Velero creates it). */
export const TargetSection = ({ source, mode, other, onMode, onOther, target }: Props) => {
  const { t } = usePluginTranslation();
  const nameText = useNameProblemText();
  const name = mode === 'original' ? (source ?? '') : other;
  const helper =
    mode === 'other' && target.nameProblem
      ? { variant: 'error' as const, text: nameText(target.nameProblem) }
      : target.loading || !name
        ? undefined
        : !target.exists
          ? target.mayCreateNamespace
            ? {
                variant: 'default' as const,
                text: t('Namespace {{name}} will be created.', { name }),
              }
            : {
                variant: 'error' as const,
                text: t('Namespace {{name}} does not exist and you may not create namespaces.', {
                  name,
                }),
              }
          : !target.mayCreateVMs
            ? {
                variant: 'error' as const,
                text: t('You may not create VirtualMachines in {{name}}.', { name }),
              }
            : undefined;
  return (
    <FormGroup
      label={t('Target namespace')}
      role="radiogroup"
      isRequired
      fieldId="vdp-restore-target"
    >
      <Radio
        id="vdp-restore-target-original"
        name="vdp-restore-target"
        label={t('The original namespace ({{namespace}})', { namespace: source ?? '-' })}
        isChecked={mode === 'original'}
        onChange={() => onMode('original')}
        data-test="restore-target-original"
      />
      <Radio
        id="vdp-restore-target-other"
        name="vdp-restore-target"
        label={t('Another namespace')}
        isChecked={mode === 'other'}
        onChange={() => onMode('other')}
        data-test="restore-target-other"
      />
      {mode === 'other' && (
        <NamespacePicker
          value={other}
          onChange={onOther}
          invalid={helper?.variant === 'error'}
          exclude={source}
        />
      )}
      {helper && (
        <FormHelperText>
          <HelperText>
            <HelperTextItem variant={helper.variant} data-test="restore-target-helper">
              {helper.text}
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
      )}
    </FormGroup>
  );
};
