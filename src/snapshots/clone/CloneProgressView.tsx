import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, ProgressStep, ProgressStepper, Stack, StackItem } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { VirtualMachineModel, toGroupVersionKind } from '@shared/k8s/models';
import type { V1beta1VirtualMachineClone } from '@shared/k8s/types';
import { cloneProgress } from './cloneProgress';

type CloneProgressViewProps = {
  clone: V1beta1VirtualMachineClone | undefined;
  targetName: string;
  namespace: string;
};

const vmGVK = toGroupVersionKind(VirtualMachineModel);

/** The clone's phases as steps; pending and failure say why, success links to the new VM. */
export const CloneProgressView = ({ clone, targetName, namespace }: CloneProgressViewProps) => {
  const { t } = usePluginTranslation();
  const progress = cloneProgress(clone);
  const steps = [t('Waiting for the snapshot'), t('Restoring the disks'), t('Creating the VM')];
  const done = progress.state === 'succeeded';
  const current = progress.state === 'running' ? progress.step : done ? steps.length : 0;
  return (
    <Stack hasGutter data-test="clone-progress">
      {progress.state !== 'failed' && progress.state !== 'pending' && (
        <StackItem>
          <ProgressStepper aria-label={t('Progress of the new VM')}>
            {steps.map((title, i) => (
              <ProgressStep
                key={title}
                id={`vdp-clone-step-${i}`}
                titleId={`vdp-clone-step-${i}-title`}
                variant={i < current ? 'success' : i === current ? 'info' : 'pending'}
                isCurrent={!done && i === current}
              >
                {title}
              </ProgressStep>
            ))}
          </ProgressStepper>
        </StackItem>
      )}
      {progress.state === 'pending' && (
        <StackItem>
          <Alert
            isInline
            variant="warning"
            title={t('Pending: {{reason}}', {
              reason: progress.reason ?? t('no reason given'),
            })}
          >
            {t('The clone waits until this is resolved; it does not time out on its own.')}
          </Alert>
        </StackItem>
      )}
      {progress.state === 'failed' && (
        <StackItem>
          <Alert isInline variant="danger" title={t('Creating the VM failed')}>
            {progress.reason ?? t('The clone gave no reason.')}
          </Alert>
        </StackItem>
      )}
      {progress.state === 'unknown' && (
        <StackItem>
          <Alert isInline variant="info" title={t('Unknown phase: {{phase}}', progress)} />
        </StackItem>
      )}
      {progress.state === 'succeeded' && (
        <StackItem>
          <Alert isInline variant="success" title={t('The VM was created')}>
            <ResourceLink
              groupVersionKind={vmGVK}
              name={progress.targetName ?? targetName}
              namespace={namespace}
              dataTest="new-vm-link"
            />
          </Alert>
        </StackItem>
      )}
    </Stack>
  );
};
