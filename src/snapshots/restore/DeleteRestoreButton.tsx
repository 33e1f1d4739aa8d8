import { k8sDelete } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Button, Flex, FlexItem } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useRequestErrorText } from '@shared/hooks/useRequestErrorText';
import { VirtualMachineRestoreModel } from '@shared/k8s/models';
import type { V1beta1VirtualMachineRestore } from '@shared/k8s/types';
import { useState } from 'react';

/** Deletes a blocking restore after its own explicit confirmation. */
export const DeleteRestoreButton = ({ restore }: { restore: V1beta1VirtualMachineRestore }) => {
  const { t } = usePluginTranslation();
  const errorText = useRequestErrorText();
  const name = restore.metadata?.name ?? '';
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  const remove = () => {
    setPending(true);
    setError(undefined);
    k8sDelete({ model: VirtualMachineRestoreModel, resource: restore })
      .then(() => setConfirming(false))
      .catch((err: unknown) => setError(errorText(err)))
      .finally(() => setPending(false));
  };

  if (!confirming) {
    return (
      <Button variant="secondary" isDanger size="sm" onClick={() => setConfirming(true)}>
        {t('Delete restore {{name}}', { name })}
      </Button>
    );
  }
  return (
    <div data-test="confirm-delete-restore">
      <p>
        {t(
          'Delete restore {{name}}? Whatever it already changed (replaced PVCs, VM spec) is not rolled back.',
          { name },
        )}
      </p>
      <Flex spaceItems={{ default: 'spaceItemsSm' }}>
        <FlexItem>
          <Button
            variant="danger"
            size="sm"
            onClick={remove}
            isLoading={pending}
            isDisabled={pending}
          >
            {t('Delete')}
          </Button>
        </FlexItem>
        <FlexItem>
          <Button variant="link" size="sm" onClick={() => setConfirming(false)}>
            {t('Keep it')}
          </Button>
        </FlexItem>
      </Flex>
      {error && (
        <Alert variant="danger" isInline isPlain title={t('Could not delete the restore')}>
          {error}
        </Alert>
      )}
    </div>
  );
};
