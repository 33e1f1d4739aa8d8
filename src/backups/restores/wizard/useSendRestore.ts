import { k8sCreate, k8sDelete, k8sGet } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useRequestErrorText } from '@shared/hooks/useRequestErrorText';
import { errorCode } from '@shared/k8s/errorMessage';
import {
  DataVolumeModel,
  PersistentVolumeClaimModel,
  VirtualMachineModel,
} from '@shared/k8s/models';
import { useCallback, useRef, useState } from 'react';
import { RestoreModel } from '../../k8s/models';
import type { Conflict } from '../conflicts/findConflicts';

const MODELS: Record<Conflict['kind'], K8sModel> = {
  VirtualMachine: VirtualMachineModel,
  DataVolume: DataVolumeModel,
  PersistentVolumeClaim: PersistentVolumeClaimModel,
};

export type SendState =
  | { phase: 'idle' }
  | { phase: 'deleting' }
  | { phase: 'waiting'; left: Conflict[] }
  | { phase: 'creating' }
  | { phase: 'created'; restore: K8sResourceCommon }
  | { phase: 'failed'; message: string };

const POLL_MS = 1000;
const WAIT_LIMIT = 180;

class StillThere extends Error {
  constructor(readonly left: Conflict[]) {
    super('still there');
  }
}

const gone = async (c: Conflict) => {
  try {
    await k8sGet({ model: MODELS[c.kind], name: c.name, ns: c.namespace });
    return false;
  } catch (error) {
    if (errorCode(error) === 404) return true;
    throw error;
  }
};

/**
 * Sends the Restore once (a second click while sending does nothing). With "delete the
 * existing VM first": the confirmed VMs are deleted, then every conflicting object must be
 * gone (Velero would skip it) before the Restore is created. Failures keep the server's text.
 * `model` is RestoreModel, or NonAdminRestoreModel for a namespace user: one path for both.
 */
export const useSendRestore = (model: K8sModel = RestoreModel) => {
  const { t } = usePluginTranslation();
  const errorText = useRequestErrorText();
  const [state, setState] = useState<SendState>({ phase: 'idle' });
  const busy = useRef(false);
  const send = useCallback(
    async (restore: K8sResourceCommon, deleteFirst: Conflict[] = []) => {
      if (busy.current) return;
      busy.current = true;
      try {
        if (deleteFirst.length > 0) {
          setState({ phase: 'deleting' });
          for (const vm of deleteFirst.filter((c) => c.kind === 'VirtualMachine')) {
            await k8sDelete({
              model: VirtualMachineModel,
              resource: { metadata: { name: vm.name, namespace: vm.namespace } },
            }).catch((error: unknown) => {
              if (errorCode(error) !== 404) throw error;
            });
          }
          let left = deleteFirst;
          for (let i = 0; left.length > 0; i++) {
            if (i >= WAIT_LIMIT) throw new StillThere(left);
            setState({ phase: 'waiting', left });
            await new Promise((resolve) => setTimeout(resolve, POLL_MS));
            const checks = await Promise.all(left.map(gone));
            left = left.filter((_, n) => !checks[n]);
          }
        }
        setState({ phase: 'creating' });
        const created = await k8sCreate({ model, data: restore });
        setState({ phase: 'created', restore: created });
      } catch (error) {
        const message =
          error instanceof StillThere
            ? t('{{names}} still exist after 3 minutes; nothing was restored.', {
                names: error.left.map((c) => `${c.kind} ${c.name}`).join(', '),
              })
            : errorText(error);
        setState({ phase: 'failed', message });
        busy.current = false;
      }
    },
    [errorText, model, t],
  );
  return { state, send };
};
