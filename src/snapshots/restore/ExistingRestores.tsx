import { Alert, Stack, StackItem } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { V1beta1VirtualMachineRestore } from '@shared/k8s/types';
import { getRestoreState } from '../status/restoreState';
import { useRestoreStateLabels } from '../status/RestoreStatus';
import { DeleteRestoreButton } from './DeleteRestoreButton';

/**
 * Incomplete restores of the VM. KubeVirt refuses a new restore while one exists (failed ones
 * included), so they are shown here with their reason instead of the admission error.
 */
export const ExistingRestores = ({ restores }: { restores: V1beta1VirtualMachineRestore[] }) => {
  const { t } = usePluginTranslation();
  const labels = useRestoreStateLabels();
  if (!restores.length) {
    return null;
  }
  return (
    <Stack hasGutter>
      {restores.map((restore) => {
        const name = restore.metadata?.name ?? '';
        const { state, detail } = getRestoreState(restore);
        const stuck = state === 'Failed' || state === 'Waiting';
        return (
          <StackItem key={name}>
            <Alert
              isInline
              variant={stuck ? 'danger' : 'info'}
              title={t('Restore {{name}} has not completed ({{state}})', {
                name,
                state: labels[state],
              })}
              data-test="existing-restore"
            >
              {detail && <p data-test="existing-restore-reason">{detail}</p>}
              <p>
                {stuck
                  ? t('It blocks new restores of this VM until it is deleted.')
                  : t(
                      'It blocks new restores of this VM until it completes. If it is stuck, delete it.',
                    )}
              </p>
              {state !== 'Deleting' && <DeleteRestoreButton restore={restore} />}
            </Alert>
          </StackItem>
        );
      })}
    </Stack>
  );
};
