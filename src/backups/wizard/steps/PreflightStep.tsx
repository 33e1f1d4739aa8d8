import { Alert, Card, CardBody, CardTitle, Checkbox, List, ListItem } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { WizardVM } from '../wizardVMs';
import { refKey } from '../wizardVMs';

type PreflightStepProps = {
  rows: WizardVM[];
  /** Something will be partial or could not be checked: the user must acknowledge it. */
  needsAck: boolean;
  acknowledged: boolean;
  onAcknowledge: (value: boolean) => void;
};

const VMPreflightCard = ({ row }: { row: WizardVM }) => {
  const { t } = usePluginTranslation();
  const { consistency, partial, disks, runtimeProblem } = row.preflight;
  const id = `preflight-${row.ref.namespace}-${row.ref.name}`;
  const consistencyText = {
    consistent: t(
      'Consistent: the guest agent freezes the filesystems while the disks are snapshotted.',
    ),
    'crash-consistent': t(
      'Crash-consistent: no guest agent is connected, so the filesystems are not frozen. Velero reports no error; the disks are as after a power loss.',
    ),
    stopped: t('Stopped: the disks are not in use, the backup is consistent.'),
  }[consistency];
  return (
    <Card isCompact data-test={id}>
      <CardTitle>{refKey(row.ref)}</CardTitle>
      <CardBody>
        <p data-test={`${id}-consistency`} data-consistency={consistency}>
          {consistencyText}
        </p>
        {partial.length > 0 && (
          <Alert
            variant="warning"
            isInline
            isPlain
            title={t('Partial: some disks will not be backed up')}
            data-test={`${id}-partial`}
          >
            <List>
              {partial.map((d) => (
                <ListItem key={d.pvc}>
                  {d.driver
                    ? t(
                        "{{disk}} ({{pvc}}): no VolumeSnapshotClass for driver {{driver}} is labelled velero.io/csi-volumesnapshot-class, and it is not the driver's only class.",
                        { disk: d.volume, pvc: d.pvc, driver: d.driver },
                      )
                    : t('{{disk}} ({{pvc}}): its storage class {{storageClass}} is unknown.', {
                        disk: d.volume,
                        pvc: d.pvc,
                        storageClass: d.storageClass ?? '-',
                      })}
                </ListItem>
              ))}
            </List>
          </Alert>
        )}
        {disks.some((d) => d.eligible === undefined) && (
          <p>
            {t(
              'Snapshot classes could not be read: whether every disk can be backed up is unknown.',
            )}
          </p>
        )}
        {runtimeProblem && (
          <Alert
            variant="danger"
            isInline
            isPlain
            data-test={`${id}-runtime`}
            title={
              runtimeProblem === 'no-instance'
                ? t(
                    'The VM is running but its instance (VMI) is not found: the kubevirt plugin will refuse it ("VM cannot be safely backed up").',
                  )
                : t(
                    'Its instance (VMI) is labelled velero.io/exclude-from-backup: the kubevirt plugin will refuse the VM ("VM cannot be safely backed up").',
                  )
            }
          />
        )}
        {!runtimeProblem && consistency !== 'stopped' && (
          <p>
            {t(
              'Running: its instance and launcher pod are in the backup (no resource filter is set).',
            )}
          </p>
        )}
      </CardBody>
    </Card>
  );
};

/** Step 4: what each picked VM's backup will be, before it is made. */
export const PreflightStep = ({
  rows,
  needsAck,
  acknowledged,
  onAcknowledge,
}: PreflightStepProps) => {
  const { t } = usePluginTranslation();
  return (
    <>
      {rows.map((row) => (
        <VMPreflightCard key={refKey(row.ref)} row={row} />
      ))}
      {needsAck && (
        <Checkbox
          id="vdp-partial-ack"
          className="pf-v6-u-mt-md"
          isChecked={acknowledged}
          onChange={(_e, v) => onAcknowledge(v)}
          label={t('I understand that this backup may be partial or that some checks are unknown.')}
          data-test="partial-ack"
        />
      )}
    </>
  );
};
