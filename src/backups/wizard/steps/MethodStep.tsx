import { Form, FormGroup, Radio } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { BackupMethod } from '../buildBackup';

/** Step 2: CSI snapshot, or CSI snapshot + data mover. File-system backup is not offered for VMs. */
export const MethodStep = ({
  method,
  onChange,
}: {
  method: BackupMethod;
  onChange: (next: BackupMethod) => void;
}) => {
  const { t } = usePluginTranslation();
  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      <FormGroup role="radiogroup" fieldId="vdp-method" label={t('Backup method')} isStack>
        <Radio
          id="vdp-method-csi"
          name="vdp-method"
          isChecked={method === 'csi-snapshot'}
          onChange={() => onChange('csi-snapshot')}
          label={t('CSI snapshot')}
          description={t(
            'Disks are snapshotted in the cluster storage; the VM definitions go to the storage location. Fast, but the snapshots live with the cluster storage: they are lost with it.',
          )}
          data-test="method-csi-snapshot"
        />
        <Radio
          id="vdp-method-data-mover"
          name="vdp-method"
          isChecked={method === 'data-mover'}
          onChange={() => onChange('data-mover')}
          label={t('CSI snapshot + data mover')}
          description={t(
            'Disks are snapshotted, then their data is copied to the storage location by the node agent. Slower, but the backup survives the loss of the cluster storage.',
          )}
          data-test="method-data-mover"
        />
      </FormGroup>
    </Form>
  );
};
