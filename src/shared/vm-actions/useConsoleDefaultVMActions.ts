/**
 * The console's default VirtualMachine actions, offered by our own VM action providers.
 *
 * In the console (release-4.22 `public/components/default-resource.tsx`, `DefaultList` and
 * `DefaultDetailsPage`), as soon as one `console.action/resource-provider` for a kind is in use
 * the generic list and details page show only the providers' actions (`LazyActionMenu`) and
 * drop `useCommonResourceActions`: Edit labels, Edit annotations, Edit <Kind>, Delete <Kind>.
 * So on a plain console our "Take snapshot" / "Back up" providers must bring those four back.
 * With kubevirt-plugin the VM page and its menu are kubevirt-plugin's, which has its own, so
 * we add none (nor while we do not know yet: never two of each).
 */
import type { Action } from '@openshift-console/dynamic-plugin-sdk';
import {
  useAnnotationsModal,
  useDeleteModal,
  useFlag,
  useLabelsModal,
} from '@openshift-console/dynamic-plugin-sdk';
import { useKubevirtPluginActive } from '@shared/flags/kubevirtPlugin';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { asAccessReview } from '@shared/k8s/accessReview';
import { VirtualMachineModel, toModelRef } from '@shared/k8s/models';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { useMemo } from 'react';

/** The flag of the snapshot provider (`useVMSnapshotActions`), as in console-extensions.json. */
export const VM_SNAPSHOT_PROVIDER_FLAG = 'VDP_VM_SNAPSHOT';

/**
 * Which of our VM providers calls: both may be in use at once, and the defaults must appear
 * once, so the backups provider adds them only when the snapshots provider is not in use.
 */
export type VMActionProvider = 'snapshots' | 'backups';

/** The console's own order, after ours (`$bottom`: the console's last menu group). */
export const useConsoleDefaultVMActions = (
  vm: V1VirtualMachine,
  provider: VMActionProvider,
): Action[] => {
  const { t } = usePluginTranslation();
  const kubevirtPluginActive = useKubevirtPluginActive();
  // Typed boolean, but undefined while pending (then that provider is not in use).
  const snapshotsProviderInUse =
    (useFlag(VM_SNAPSHOT_PROVIDER_FLAG) as boolean | undefined) === true;
  const editLabels = useLabelsModal(vm);
  const editAnnotations = useAnnotationsModal(vm);
  // No redirect: the console's Delete modal goes to the list when deleting from the VM's page.
  const remove = useDeleteModal(vm);
  const offered =
    kubevirtPluginActive === false && (provider === 'snapshots' || !snapshotsProviderInUse);

  return useMemo((): Action[] => {
    if (!offered) return [];
    const namespace = vm.metadata?.namespace;
    const name = vm.metadata?.name;
    const review = (verb: 'patch' | 'update' | 'delete') =>
      asAccessReview(VirtualMachineModel, verb, namespace, name);
    const path = '$bottom';
    return [
      {
        id: 'vdp-vm-edit-labels',
        label: t('Edit labels'),
        cta: editLabels,
        accessReview: review('patch'),
        path,
      },
      {
        id: 'vdp-vm-edit-annotations',
        label: t('Edit annotations'),
        cta: editAnnotations,
        accessReview: review('patch'),
        path,
      },
      {
        id: 'vdp-vm-edit',
        label: t('Edit VirtualMachine'),
        cta: {
          href: `/k8s/ns/${namespace ?? ''}/${toModelRef(VirtualMachineModel)}/${name ?? ''}/yaml`,
        },
        accessReview: review('update'),
        path,
      },
      {
        id: 'vdp-vm-delete',
        label: t('Delete VirtualMachine'),
        cta: remove,
        accessReview: review('delete'),
        path,
      },
    ];
  }, [editAnnotations, editLabels, offered, remove, t, vm.metadata?.name, vm.metadata?.namespace]);
};
