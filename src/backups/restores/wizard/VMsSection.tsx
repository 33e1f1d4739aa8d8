import { Alert, Button, Checkbox, FormGroup, Spinner } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { VMRef } from '../../scope/productLabels';
import type { RestoreSourceData } from './useRestoreSourceData';

const key = (vm: VMRef) => `${vm.namespace}/${vm.name}`;

type Props = {
  data: RestoreSourceData;
  picked: VMRef[];
  onPicked: (vms: VMRef[]) => void;
  /** For a VM without known disks, where the backup's contents are not readable. */
  noDiskText?: string;
};

/**
 * The VMs really inside the backup (its archive, through the backend), with their disks.
 * One source namespace per restore: the target mapping is chosen for that namespace.
 */
export const VMsSection = ({ data, picked, onPicked, noDiskText }: Props) => {
  const { t } = usePluginTranslation();
  if (!data.backup) return null;
  if (data.list.error)
    return (
      <Alert
        variant="danger"
        isInline
        title={t('The contents of backup {{name}} could not be read', {
          name: data.backup.metadata?.name,
        })}
        actionLinks={
          <Button variant="link" isInline onClick={data.list.retry} data-test="restore-list-retry">
            {t('Try again')}
          </Button>
        }
        data-test="restore-list-error"
      >
        {data.list.error}
      </Alert>
    );
  if (data.list.loading) return <Spinner size="md" aria-label={t('Loading')} />;
  if (data.vms.length === 0)
    return <Alert variant="warning" isInline isPlain title={t('This backup holds no VM.')} />;
  const namespace = picked[0]?.namespace;
  const toggle = (vm: VMRef, on: boolean) =>
    onPicked(on ? [...picked, vm] : picked.filter((p) => key(p) !== key(vm)));
  return (
    <FormGroup label={t('VMs in this backup')} role="group" isRequired fieldId="vdp-restore-vms">
      {data.vms.map(({ vm, claims }) => (
        <Checkbox
          key={key(vm)}
          id={`vdp-restore-vm-${key(vm)}`}
          label={key(vm)}
          description={
            claims.length > 0
              ? t('Disks: {{claims}}', { claims: claims.join(', ') })
              : (noDiskText ?? t('No disk in the backup'))
          }
          isChecked={picked.some((p) => key(p) === key(vm))}
          isDisabled={!!namespace && namespace !== vm.namespace}
          onChange={(_e, on) => toggle(vm, on)}
          data-test={`restore-vm-${vm.name}`}
        />
      ))}
    </FormGroup>
  );
};
