import type { OverlayComponent } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Checkbox, Content, List, ListItem, Spinner } from '@patternfly/react-core';
import { ModalShell } from '@shared/components/ModalShell';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { useState } from 'react';
import { vmClaims } from '../details/vmClaims';
import { restoreName } from '../restores/build/buildRestore';
import { findConflicts } from '../restores/conflicts/findConflicts';
import { useTargetData } from '../restores/wizard/useTargetData';
import { buildNonAdminRestore } from './buildNonAdminRestore';
import { nonAdminRestoreSelection } from './nonAdminRestoreSelection';
import type { NonAdminBackup } from './nonAdminTypes';
import { sendNonAdminRestore } from './sendNonAdminRestore';

type Props = { nab: NonAdminBackup; vm: V1VirtualMachine };

/**
 * The restore wizard in non-admin mode (research/oadp-velero.md §2.10): into the same namespace
 * only, the conflict check kept (Velero would skip a VM that still exists), and no VM options —
 * the non-admin controller does not pass a restore's labels on to Velero.
 */
export const NonAdminRestoreModal: OverlayComponent<Props> = ({ nab, vm, closeOverlay }) => {
  const { t } = usePluginTranslation();
  const namespace = nab.metadata?.namespace ?? '';
  const ref = { namespace, name: vm.metadata?.name ?? '' };
  const [stamp] = useState(() => new Date());
  const [deleteFirst, setDeleteFirst] = useState(false);
  const target = useTargetData(namespace);
  const conflicts = target.loading
    ? []
    : findConflicts([{ vm: ref, claims: vmClaims(vm) }], {}, target.existing);
  const selection = nonAdminRestoreSelection(nab, ref, target.existing.vms);
  const nar = buildNonAdminRestore({
    name: restoreName({ backupName: nab.metadata?.name ?? '' }, stamp),
    namespace,
    backupName: nab.metadata?.name ?? '',
    selectors: selection.selectors,
  });
  const blocked = target.loading || selection.unselectable.length > 0;
  return (
    <ModalShell
      title={t('Restore {{vm}}?', { vm: ref.name })}
      closeOverlay={closeOverlay}
      onSubmit={() =>
        sendNonAdminRestore(nar, {
          deleteFirst: deleteFirst ? conflicts : [],
          stillThere: (left) =>
            t('{{names}} still exist after 3 minutes; nothing was restored.', {
              names: left.map((c) => `${c.kind} ${c.name}`).join(', '),
            }),
        })
      }
      submitLabel={conflicts.length > 0 ? t('Delete and restore') : t('Restore')}
      canSubmit={!blocked && (conflicts.length === 0 || deleteFirst)}
      errorTitle={t('The restore was not started')}
    >
      <Content data-test="nar-what">
        <p>
          {t(
            'From the backup {{backup}}, back into namespace {{namespace}}: a namespace user restores into the same namespace only.',
            { backup: nab.metadata?.name, namespace },
          )}
        </p>
        <p>
          {t(
            'Power state, new MAC addresses and a new firmware UUID cannot be chosen here: OADP’s non-admin controller does not pass these options to Velero. The VM comes back as it was backed up.',
          )}
        </p>
      </Content>
      {target.loading && <Spinner size="md" aria-label={t('Checking what exists')} />}
      {selection.unselectable.length > 0 && (
        <Alert variant="warning" isInline title={t('This VM cannot be restored alone')}>
          {t(
            'The backup holds other VMs and {{vm}} has no label that only it carries, so a restore would bring back the others too. Ask a cluster administrator.',
            { vm: ref.name },
          )}
        </Alert>
      )}
      {conflicts.length > 0 && (
        <Alert
          variant="warning"
          isInline
          title={t('{{vm}} still exists in {{namespace}}', { vm: ref.name, namespace })}
          data-test="nar-conflicts"
        >
          <p>{t('Velero skips objects that exist, so nothing of the VM would come back:')}</p>
          <List>
            {conflicts.map((c) => (
              <ListItem key={`${c.kind}/${c.name}`}>{`${c.kind} ${c.name}`}</ListItem>
            ))}
          </List>
          <Checkbox
            id="vdp-nar-delete-first"
            label={t('Stop and delete the VM {{vm}} first (its disks are deleted with it)', {
              vm: ref.name,
            })}
            isChecked={deleteFirst}
            onChange={(_e, checked) => setDeleteFirst(checked)}
            data-test="nar-delete-first"
          />
        </Alert>
      )}
    </ModalShell>
  );
};
