import { k8sGet, k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { VirtualMachineModel } from '@shared/k8s/models';
import type { V1VirtualMachine } from '@shared/k8s/types';

/**
 * Sets the description annotation on the new VM once it exists. It is a normal JSON patch of
 * the VM, not a clone patch, so any text is safe here.
 */
export const applyDescription = async (
  name: string,
  namespace: string,
  description: string,
): Promise<void> => {
  const vm = await k8sGet<V1VirtualMachine>({ model: VirtualMachineModel, name, ns: namespace });
  const data = vm.metadata?.annotations
    ? [{ op: 'add', path: '/metadata/annotations/description', value: description }]
    : [{ op: 'add', path: '/metadata/annotations', value: { description } }];
  await k8sPatch({ model: VirtualMachineModel, resource: vm, data });
};
