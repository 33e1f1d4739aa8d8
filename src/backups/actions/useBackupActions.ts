import { useOverlay } from '@openshift-console/dynamic-plugin-sdk';
import type { Action } from '@openshift-console/dynamic-plugin-sdk';
import { useAccess } from '@shared/hooks/useAccess';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useMemo } from 'react';
import { backupFileURL } from '../backend/backupFiles';
import { DeleteBackupRequestModel, DownloadRequestModel, RestoreModel } from '../k8s/models';
import type { VeleroBackup } from '../k8s/types';
import { LazyDeleteBackupModal } from '../lazyModals';
import { restoreWizardHref } from '../routes/wizardRoutes';
import type { VMRef } from '../scope/productLabels';
import { vmsFromLabels } from '../scope/productLabels';
import { getBackupStatus } from '../status/backupStatus';

/**
 * `console.action/resource-provider` for velero.io Backups, also the list's row kebab and the
 * details page's menu: Restore, Delete and Download log, each disabled with the reason (the console
 * shows no reason for an access-review denial, console-runtime.md point 5).
 */
export const useBackupActions = (
  backup: VeleroBackup,
  vms?: VMRef[],
): [Action[], boolean, Error | undefined] => {
  const { t } = usePluginTranslation();
  const launchOverlay = useOverlay();
  const namespace = backup.metadata?.namespace;
  const mayDelete = useAccess(DeleteBackupRequestModel, 'create', namespace);
  const mayDownload = useAccess(DownloadRequestModel, 'create', namespace);
  const mayRestore = useAccess(RestoreModel, 'create', namespace);
  const actions = useMemo((): Action[] => {
    const name = backup.metadata?.name ?? '';
    const status = getBackupStatus(backup);
    const deleting = status.state === 'Deleting';
    const named = vms ?? vmsFromLabels(backup.metadata?.labels);
    const noAccess = t('You may not create DeleteBackupRequests in {{namespace}}.', { namespace });
    return [
      {
        id: 'vdp-backup-restore',
        label: t('Restore'),
        cta: { href: restoreWizardHref({ backup: name }) },
        disabled: !mayRestore.allowed || !status.restorable,
        disabledTooltip: !mayRestore.allowed
          ? t('You may not create Restores in {{namespace}}.', { namespace })
          : t('Only a Completed or PartiallyFailed backup can be restored.'),
      },
      {
        id: 'vdp-backup-download-log',
        label: t('Download log'),
        cta: {
          href: `${backupFileURL(namespace ?? '', name, 'log')}?download=true`,
          external: true,
        },
        disabled: !mayDownload.allowed || !status.terminal,
        disabledTooltip: !mayDownload.allowed
          ? t('You may not create DownloadRequests in {{namespace}}.', { namespace })
          : t('The log is available once the backup has finished.'),
      },
      {
        id: 'vdp-backup-delete',
        label: t('Delete backup'),
        cta: () => launchOverlay(LazyDeleteBackupModal, { backup, vms: named }),
        disabled: !mayDelete.allowed || deleting,
        disabledTooltip: !mayDelete.allowed ? noAccess : t('The backup is already being deleted.'),
      },
    ];
  }, [
    backup,
    vms,
    launchOverlay,
    mayDelete.allowed,
    mayDownload.allowed,
    mayRestore.allowed,
    namespace,
    t,
  ]);
  return [actions, !mayDelete.loading && !mayDownload.loading && !mayRestore.loading, undefined];
};

export default useBackupActions;
