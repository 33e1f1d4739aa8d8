import { k8sCreate, k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sModel, K8sResourceCommon, Patch } from '@openshift-console/dynamic-plugin-sdk';
import { useRequestErrorText } from '@shared/hooks/useRequestErrorText';
import { VirtualMachineModel } from '@shared/k8s/models';
import { useCallback, useRef, useState } from 'react';

export type SubmitRequest = {
  model: K8sModel;
  object: K8sResourceCommon;
  /** Label patches the user consented to, sent to each VM first. */
  patches: { vm: K8sResourceCommon; ops: Patch[] }[];
};

/**
 * Sends the wizard's request once: a second click while one is under way does nothing; an
 * error (403, 409, 422…) shows the server's message and the user's choices stay as they were.
 */
export const useSubmitBackup = () => {
  const errorText = useRequestErrorText();
  const inFlight = useRef(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string>();
  const submit = useCallback(
    async ({ model, object, patches }: SubmitRequest): Promise<K8sResourceCommon | undefined> => {
      if (inFlight.current) return undefined;
      inFlight.current = true;
      setSubmitting(true);
      setError(undefined);
      try {
        for (const { vm, ops } of patches)
          await k8sPatch({ model: VirtualMachineModel, resource: vm, data: ops });
        return await k8sCreate({ model, data: object });
      } catch (e) {
        inFlight.current = false;
        setSubmitting(false);
        setError(errorText(e));
        return undefined;
      }
    },
    [errorText],
  );
  return { submit, submitting, error };
};
