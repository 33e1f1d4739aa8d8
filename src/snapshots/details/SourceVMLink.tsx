import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Label, Stack, StackItem } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { VirtualMachineModel, toGroupVersionKind } from '@shared/k8s/models';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';
import type { SourceVM } from '../hooks/useSourceVM';

const vmGVK = toGroupVersionKind(VirtualMachineModel);

type SourceVMLinkProps = { snapshot: V1beta1VirtualMachineSnapshot; source: SourceVM };

/** The source VM: a link, "deleted", or a warning that today's VM is a newer one. */
export const SourceVMLink = ({ snapshot, source }: SourceVMLinkProps) => {
  const { t } = usePluginTranslation();
  const name = snapshot.spec?.source?.name ?? '';
  const namespace = snapshot.metadata?.namespace;
  const { vm, error } = source;
  if (vm === null) {
    return <span data-test="source-vm-deleted">{t('{{name}} (deleted)', { name })}</span>;
  }
  if (!vm) {
    return (
      <span data-test="source-vm-unknown">
        {error
          ? t('{{name}} (could not be read: {{error}})', { name, error: error.message })
          : name}
      </span>
    );
  }
  const sourceUID = snapshot.status?.sourceUID;
  const newer = !!sourceUID && sourceUID !== vm.metadata?.uid;
  return (
    <Stack>
      <StackItem>
        <ResourceLink
          groupVersionKind={vmGVK}
          name={name}
          namespace={namespace}
          dataTest="source-vm-link"
        />
      </StackItem>
      {newer && (
        <StackItem data-test="source-vm-newer">
          <Label status="warning" isCompact>
            {t('A newer VM with the same name')}
          </Label>{' '}
          {t(
            'This snapshot was taken from an earlier VM named {{name}}. It cannot be restored into the current one; create a new VM from it instead.',
            { name },
          )}
        </StackItem>
      )}
    </Stack>
  );
};
